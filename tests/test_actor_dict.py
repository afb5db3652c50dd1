"""Tests of the actor dictionaries and the actor-phrase resolver (sitrep.actor_dict)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.actor_dict import ActorDictionary, parse_cameo, pattern_key, resolve, ruler_patterns, skeleton

PETRARCH = Path("/work/shared/reference/petrarch2_dictionaries")
D = dt.date


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Niger's military junta", "NER", "MIL"),
        ("the Nigerien army", "NER", "MIL"),
        ("Nigerian soldiers", "NGA", "MIL"),
        ("US defense officials", "USA", "GOV"),
        ("U.S. troops", "USA", "MIL"),
        ("american special forces", "USA", "MIL"),
        ("the Pentagon", "USA", "MIL"),
        ("AFRICOM", "USA", "MIL"),
        ("the White House", "USA", "GOV"),
        ("the State Department", "USA", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("French troops", "FRA", "MIL"),
        ("French-led forces", "FRA", "MIL"),
        ("Russian military instructors", "RUS", "MIL"),
        ("Wagner Group mercenaries", "RUS", "PRM"),
        ("Russia's Africa Corps", "RUS", "MIL"),
        ("Malian soldiers", "MLI", "MIL"),
        ("the government of Burkina Faso", "BFA", "GOV"),
        ("Burkinabè authorities", "BFA", "GOV"),
        ("Chadian police", "TCD", "COP"),
        ("Washington", "USA", "GOV"),
        ("Moscow", "RUS", "GOV"),
        ("Paris", "FRA", "GOV"),
        ("Niamey", "NER", "GOV"),
        ("Great Britain", "GBR", None),
        ("rebels", None, "REB"),
        ("the junta", None, "MIL"),
        ("Mali's ruling junta", "MLI", "GOV"),
        ("a former Nigerien minister", "NER", "ELI"),
        ("JNIM fighters", "IMG", "REB"),
        ("the Islamic State in the Greater Sahara", "IMG", "REB"),
        ("Boko Haram", "NGA", "REB"),
        ("ECOWAS", "IGO", "IGO"),
        ("the Alliance of Sahel States", "IGO", "IGO"),
        ("UN peacekeepers", "UNO", "MIL"),
        ("MINUSMA", "UNO", "MIL"),
        ("EU lawmakers", "EUR", "LEG"),
        ("the governor's spokesman", None, "GOV"),
        ("rebel spokesman", None, "REB"),
        ("Sudanese refugees", "SDN", "REF"),
        ("the CNSP", "NER", "MIL"),
        ("SOUTH OSSETIA", "GEO", "PRE"),
        ("Biafran troops", "NGA", "PRE"),  # Nigeria's secession of 1967-70
        # generic nouns PETRARCH2's agents file has only inside longer phrases
        ("Ghanaian officials", "GHA", "GOV"),
        ("Peruvian opposition leaders", "PER", "OPP"),
        ("the Tunisian leadership", "TUN", "GOV"),
        ("a Kenyan trade union", "KEN", "LAB"),
        # plurals in "-as" are the singular's ("guerrilla", "militia")
        ("Colombian guerrillas", "COL", "REB"),
        ("the PRC", "CHN", None),
        ("the European Community", "EUR", "IGO"),
        ("Islamic Jihad fighters", "PSE", "REB"),
        # a court and a parliament are their branch, not the executive
        ("the U.S. Supreme Court", "USA", "JUD"),
        ("the Israeli Knesset", "ISR", "LEG"),
        # major parties; an acronym that is also a word ("PAN") is not one
        ("India's ruling BJP", "IND", "GOV"),
        ("the opposition Congress Party", "IND", "PTY"),
        # state media speak for the state
        ("an official Syrian newspaper", "SYR", "GOV"),
        ("the state-run Xinhua news agency", "CHN", "GOV"),
        ("a Syrian newspaper", "SYR", "JRN"),
    ],
)
def test_resolve_phrase(actors: ActorDictionary, phrase: str, country: str | None, sector: str | None) -> None:
    code = actors.resolve(phrase, D(2024, 3, 1))
    assert code is not None, phrase
    assert (code.country, code.sector) == (country, sector), code


@pytest.mark.parametrize("phrase", ["a demand", "the weather", "", "Marcus Beam", "—", "pan-African"])
def test_unknown_phrases_resolve_to_none(actors: ActorDictionary, phrase: str) -> None:
    assert actors.resolve(phrase) is None


def test_hamas_is_not_a_plural(actors: ActorDictionary) -> None:
    code = actors.resolve("Hamas")
    assert code is not None and code.name == "Hamas"
    hama = actors.resolve("Hama")
    assert hama is None or hama.name != "Hamas"


@pytest.mark.parametrize(
    ("spellings", "consonants"),
    [
        (("Zelenskiy", "Zelensky", "ZELENSKYY"), "slnsk"),  # later vowels and doubled letters go
        (("Mohammed", "Muhammad", "Mohamed"), "mhmd"),
        (("Gaddafi", "Qaddafi", "Kadhafi"), "kdf"),  # letters of one sound are one
        (("Goïta", "Goita"), "kt"),  # accents fold
        (("O'Neill", "ONeil"), "onl"),  # what is no letter goes
        (("Philippe", "Filip"), "flp"),
        (("", "'"), ""),
    ],
)
def test_transliterations_of_a_name_share_its_skeleton(spellings: tuple[str, ...], consonants: str) -> None:
    assert {skeleton(s) for s in spellings} == {consonants}


def test_a_leader_named_in_another_transliteration_is_found(actors: ActorDictionary) -> None:
    assert actors.variant("Mohammed Bazoum", D(2022, 3, 1)) == "Mohamed Bazoum"
    assert actors.variant("Mohammed Bazoum", D(2024, 3, 1)) is None  # out of office: a rarer spelling names no one


def test_a_region_or_heritage_before_a_peoples_word_names_no_state(actors: ActorDictionary) -> None:
    for phrase in ("Latin American countries", "Afro-Brazilian activists", "Pan-African lawmakers"):
        code = actors.resolve(phrase, cased=True)
        assert code is None or code.country not in ("USA", "BRA", "CAF"), (phrase, code)
    assert actors.resolve("American troops", cased=True).country == "USA"  # type: ignore[union-attr]


def test_a_part_of_the_americas_before_american_names_a_continent(actors: ActorDictionary) -> None:
    for phrase in ("the South American trade bloc", "Central American migrants", "North American leaders"):
        code = actors.resolve(phrase, cased=True)
        assert code is None or code.country is None, (phrase, code)
    # (a people's word after "North" or "South" keeps its state: Vietnam's, as Korea's and South Sudan's names do)
    assert actors.resolve("North Vietnamese troops", cased=True).country == "VNM"  # type: ignore[union-attr]
    assert actors.resolve("South Korean police", cased=True).country == "KOR"  # type: ignore[union-attr]


def test_nigerien_is_niger_and_nigerian_is_nigeria(actors: ActorDictionary) -> None:
    assert actors.resolve("Nigerien troops").country == "NER"  # type: ignore[union-attr]
    assert actors.resolve("Nigerian troops").country == "NGA"  # type: ignore[union-attr]
    assert actors.resolve("Niger").country == "NER"  # type: ignore[union-attr]
    assert actors.resolve("Nigeria").country == "NGA"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("phrase", "date", "country", "sector"),
    [
        ("Mohamed Bazoum", D(2022, 6, 1), "NER", "GOV"),
        # office_holders.yaml: roles PETRARCH2's dictionaries end before
        ("Iranian Foreign Minister Javad Zarif", D(2019, 5, 1), "IRN", "GOV"),
        ("Ahmed al-Sharaa", D(2020, 1, 1), "SYR", "REB"),
        ("Ahmed al-Sharaa", D(2025, 3, 1), "SYR", "GOV"),
        ("Shinzo Abe", D(2021, 6, 1), "JPN", "ELI"),
        ("Defence Minister Boris Pistorius", D(2024, 2, 1), "DEU", "GOV"),
        ("General Valery Gerasimov", D(2023, 1, 1), "RUS", "MIL"),
        ("Mohamed Bazoum", D(2023, 8, 1), "NER", "ELI"),
        ("General Tiani", D(2023, 1, 1), "NER", "MIL"),
        ("General Tiani", D(2023, 8, 1), "NER", "GOV"),
        ("Captain Ibrahim Traoré", D(2022, 6, 1), "BFA", "MIL"),
        ("Captain Ibrahim Traoré", D(2023, 6, 1), "BFA", "GOV"),
        ("Assimi Goïta", D(2024, 1, 1), "MLI", "GOV"),
        ("Joe Biden", D(2022, 1, 1), "USA", "GOV"),
        ("Joe Biden", D(2015, 1, 1), "USA", "GOV"),
        ("Joe Biden", D(2019, 1, 1), "USA", "ELI"),
        ("Donald Trump", D(2022, 4, 1), "USA", "ELI"),
        ("Vladimir Putin", D(2009, 1, 1), "RUS", "GOV"),
        ("Emmanuel Macron", D(2022, 3, 1), "FRA", "GOV"),
        ("Mahamat Idriss Déby", D(2023, 1, 1), "TCD", "GOV"),
    ],
)
def test_date_bounded_roles(actors: ActorDictionary, phrase: str, date: dt.date, country: str, sector: str) -> None:
    code = actors.resolve(phrase, date)
    assert code is not None and (code.country, code.sector) == (country, sector), code


@pytest.mark.parametrize(
    ("phrase", "date", "country", "sector"),
    [
        # whole classes of office holders the dictionaries lacked: Hong Kong's chief executives (Hong Kong is China's)
        ("Chief Executive Carrie Lam", D(2019, 7, 2), "CHN", "GOV"),
        ("Leung Chun-ying", D(2014, 10, 1), "CHN", "GOV"),
        # North Macedonia's and Serbia's heads of government, the opposition leader before office
        ("Zoran Zaev", D(2018, 6, 12), "MKD", "GOV"),
        ("Zoran Zaev", D(2015, 5, 17), "MKD", "OPP"),
        ("Hristijan Mickoski", D(2024, 9, 1), "MKD", "GOV"),
        ("Milos Vucevic", D(2024, 11, 5), "SRB", "GOV"),
        # the Baltic, Slovene, Moldovan, Montenegrin, Pacific and Caribbean heads of government
        ("Janez Jansa", D(2021, 3, 1), "SVN", "GOV"),
        ("Evika Silina", D(2024, 1, 1), "LVA", "GOV"),
        ("Dorin Recean", D(2024, 1, 1), "MDA", "GOV"),
        ("Milojko Spajic", D(2024, 1, 1), "MNE", "GOV"),
        ("Fiame Naomi Mata'afa", D(2022, 1, 1), "WSM", "GOV"),
        ("Mark Brown", D(2025, 2, 1), "COK", "GOV"),
        # the leaders of the US Congress and the UK's leaders of the opposition
        ("Chuck Schumer", D(2022, 3, 1), "USA", "LEG"),
        ("Mitch McConnell", D(2016, 3, 1), "USA", "LEG"),
        ("Jeremy Corbyn", D(2019, 1, 15), "GBR", "OPP"),
        ("Ian Paisley", D(2007, 3, 26), "GBR", "OPP"),
        ("Ian Paisley", D(2007, 6, 1), "GBR", "GOV"),
        # a pope by his regnal name alone
        ("John Paul II", D(1998, 1, 21), "VAT", "REL"),
        ("Paul VI", D(1965, 10, 4), "VAT", "REL"),
        # spellings the wire uses beside the dictionary's own
        ("Abbas Araqchi", D(2025, 4, 12), "IRN", "GOV"),
        ("Gurbanguly Berdymukhamedov", D(2015, 12, 13), "TKM", "GOV"),
        ("President Mohamed Abdullahi Farmajo", D(2017, 10, 15), "SOM", "GOV"),
        ("Isaias", D(2018, 7, 9), "ERI", "GOV"),
        # a namesake of another state: Mali's foreign minister since 2021, Senegal's minister before
        ("Abdoulaye Diop", D(2023, 6, 16), "MLI", "GOV"),
    ],
)
def test_office_holders_by_class(actors: ActorDictionary, phrase: str, date: dt.date, country: str, sector: str) -> None:
    code = actors.resolve(phrase, date)
    assert code is not None and (code.country, code.sector) == (country, sector), code


@pytest.mark.parametrize(
    ("phrase", "date", "country"),
    [
        # an armed group is coded where it fights, not to a region or to the transnational IMG
        ("Black September gunmen", D(1972, 9, 5), "PSE"),
        ("Free Aceh Movement rebels", D(2005, 7, 17), "IDN"),
        ("the Moro Islamic Liberation Front", D(2014, 3, 27), "PHL"),
        ("Viet Cong commandos", D(1968, 1, 31), "VNM"),
        # a longer name outranks the one inside it
        ("Kataib Hezbollah", D(2019, 12, 29), "IRQ"),
        # two groups of one name, told apart by the date
        ("the National Liberation Army", D(2022, 11, 21), "COL"),
        ("the National Liberation Army", D(2001, 6, 1), "MKD"),
        ("the Army of Islam", D(2007, 7, 4), "PSE"),
        ("the Army of Islam", D(2016, 2, 1), "SYR"),
        ("the 400 Mawozo gang", D(2021, 10, 17), "HTI"),
        # "Islamic Jihad" of the Beirut kidnappings (William Buckley, March 1984), then the Gaza group
        ("Islamic Jihad kidnappers", D(1984, 3, 17), "LBN"),
        ("Islamic Jihad militants", D(2023, 5, 10), "PSE"),
        ("the Islamic Jihad Organization", D(2005, 1, 1), "LBN"),
    ],
)
def test_armed_groups_where_they_fight(actors: ActorDictionary, phrase: str, date: dt.date, country: str) -> None:
    code = actors.resolve(phrase, date)
    assert code is not None and code.country == country, code


def test_phoenix_dated_role_from_petrarch_data(actors: ActorDictionary) -> None:
    # Phoenix: MAMADOU_TANDJA_ [NERELI 560101-000101] [NERGOV >991222] [NERELI]
    code = actors.resolve("Mamadou Tandja", D(2005, 1, 1))
    assert code is not None and (code.country, code.sector, code.code) == ("NER", "GOV", "NERGOV")


@pytest.mark.parametrize(
    "phrase",
    ["niger's military junta", "NIGER'S MILITARY JUNTA", "Niger’s military junta", "Niger's military juntas"],
)
def test_case_apostrophes_and_plurals(actors: ActorDictionary, phrase: str) -> None:
    code = actors.resolve(phrase)
    assert code is not None and (code.country, code.sector) == ("NER", "MIL")


def test_accents_fold(actors: ActorDictionary) -> None:
    assert pattern_key("Goïta") == pattern_key("GOITA")
    plain, accented = actors.resolve("Assimi Goita"), actors.resolve("Assimi Goïta")
    assert plain is not None and accented is not None
    assert (plain.country, plain.sector, plain.name) == (accented.country, accented.sector, accented.name)


def test_result_fields(actors: ActorDictionary) -> None:
    code = actors.resolve("the Pentagon's top general")
    assert code is not None
    assert code.name == "United States Department of Defense"
    assert code.code == "USAMIL"
    assert code.matched.startswith("Pentagon")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("NERGOV", ("NER", "GOV", ())),
        ("~GOVMIL", (None, "GOV", ("MIL",))),
        ("IGOUNOJUDICJ", ("UNO", "JUD", ())),
        ("IGOWAFWAS", ("IGO", "IGO", ())),
        ("IMGMUSALQ", ("IMG", "REB", ())),
        ("ROMGOV", ("ROU", "GOV", ())),
        ("KSV", ("XKX", None, ())),
        ("MUS", ("MUS", None, ())),
        ("~MED", (None, "JRN", ())),
        ("~HLH", (None, "MED", ())),
        ("WAFREB", (None, "REB", ())),
        ("ARNGOV", ("ARN", "GOV", ())),
        # PETRARCH2's own spellings of states (UNITA is "ANGREB") are ISO's, and a faith first is no country
        ("ANGREB", ("AGO", "REB", ())),
        ("MNCTRKMED", ("TUR", "BUS", ())),
        ("HINRAD", (None, "REL", ())),
    ],
)
def test_parse_cameo(code: str, expected: tuple[object, ...]) -> None:
    assert parse_cameo(code) == expected


def test_default_is_cached() -> None:
    assert ActorDictionary.default() is ActorDictionary.default()


def test_yaml_user_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Sahel Liberation Front\n"
        "    aliases: [SLF]\n"
        "    roles: [{country: NER, sector: REB, from: 2024-01-01}, {country: NER, sector: CVL}]\n"
        "agents:\n  - {pattern: herder, sector: AGR}\n"
        "places:\n  - {name: Agadez, country: NER, kind: place}\n",
        encoding="utf-8",
    )
    mine = ActorDictionary.load(path)
    assert mine.resolve("SLF", D(2024, 2, 1)).sector == "REB"  # type: ignore[union-attr]
    assert mine.resolve("SLF", D(2023, 2, 1)).sector == "CVL"  # type: ignore[union-attr]
    herders = mine.resolve("herders near Agadez")
    assert herders is not None and (herders.country, herders.sector) == ("NER", "AGR")


def test_two_entries_of_one_name_with_dated_roles_pool_them(tmp_path: Path) -> None:
    # a name two files date differently: each date finds its role, whichever file came last
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("actors:\n  - name: Ana Duarte\n    roles: [{country: PRT, sector: GOV, from: 2015-01-01, to: 2019-12-31}]\n",
                     encoding="utf-8")
    second.write_text("actors:\n  - name: Ana Duarte\n    roles: [{country: IGO, sector: IGO, from: 2021-01-01, to: 2022-12-31}]\n",
                      encoding="utf-8")
    both = ActorDictionary.load(first, second)
    assert both.resolve("Ana Duarte", D(2017, 6, 1)).country == "PRT"  # type: ignore[union-attr]
    assert both.resolve("Ana Duarte", D(2022, 6, 1)).country == "IGO"  # type: ignore[union-attr]
    # and in the packaged data: Greece's prime minister in 2010, who chaired the EU's council in 2003
    assert ActorDictionary.default().resolve("George Papandreou", D(2010, 4, 23)).country == "GRC"  # type: ignore[union-attr]


def test_extend_overrides_packaged(tmp_path: Path) -> None:
    path = tmp_path / "override.txt"
    path.write_text("JUNTA [~GOV]\n", encoding="utf-8")
    actors = ActorDictionary.load(path, packaged=True)
    assert actors.resolve("the junta").sector == "GOV"  # type: ignore[union-attr]
    assert ActorDictionary.default().resolve("the junta").sector == "MIL"  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def middle_earth() -> ActorDictionary:
    actors_file = PETRARCH / "PETR.Validate.actors.txt"
    if not actors_file.exists():
        pytest.skip(f"PETRARCH2 validation dictionaries not found at {PETRARCH} (/work/shared absent)")
    return ActorDictionary.load(actors_file, PETRARCH / "PETR.Validate.agents.txt")


@pytest.mark.parametrize(
    ("phrase", "date", "country", "sector", "code"),
    [
        ("Arnor", None, "ARN", None, "ARN"),
        ("Gondor", None, "GON", None, "GON"),
        ("Minas Tirith", None, "GON", None, "GON"),
        ("the Gondor government", None, "GON", "GOV", "GONGOV"),
        ("Eriadorian armed forces", None, "ERI", "MIL", "ERIMIL"),
        ("Ithilen military", None, "ITH", "MIL", "ITHMIL"),
        ("Gollum", D(1990, 1, 1), "HOB", None, "HOB"),
        ("Smeagol", D(1997, 1, 1), "HOB", "GOV", "HOBGOV"),
        ("Gollum", D(2005, 1, 1), "HOB", "REB", "HOBREB"),
        ("Interpol", None, "IGO", "COP", "IGOCOPITP"),
    ],
)
def test_petrarch_validation_world(
    middle_earth: ActorDictionary, phrase: str, date: dt.date | None, country: str, sector: str | None, code: str
) -> None:
    got = middle_earth.resolve(phrase, date)
    assert got is not None and (got.country, got.sector, got.code) == (country, sector, code), got


def test_petrarch_do_not_code(middle_earth: ActorDictionary) -> None:
    assert middle_earth.resolve("Boromir") is None  # [---]


def test_ruler_patterns_shape() -> None:
    patterns = ruler_patterns()
    assert patterns
    by_id = {p["id"] for p in patterns}
    assert "actor:RUSPRMWGR" in by_id
    wagner = next(p for p in patterns if p["pattern"] == [{"LOWER": "wagner"}, {"LOWER": "group"}])
    assert wagner["label"] == "ORG"
    tiani = next(p for p in patterns if p["pattern"] == [{"LOWER": "tiani"}])
    assert tiani["label"] == "PERSON" and tiani["id"].startswith("actor:NER")
    assert all(set(p) == {"label", "pattern", "id"} for p in patterns)


def test_ruler_patterns_load_into_spacy() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(ruler_patterns())
    doc = nlp("Wagner Group fighters left Mali as Abdourahamane Tiani met ECOWAS envoys.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Wagner Group", "ORG") in found
    assert ("Abdourahamane Tiani", "PERSON") in found
    assert ("ECOWAS", "ORG") in found


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        # national institutions by their own names (institutions.yaml)
        ("Poland's Sejm", "POL", "LEG"),
        ("the Verkhovna Rada", "UKR", "LEG"),
        ("Estonia's Riigikogu", "EST", "LEG"),
        ("SANDF soldiers", "ZAF", "MIL"),
        ("the FARDC", "COD", "MIL"),
        ("the Black Sea Fleet", "RUS", "MIL"),
        ("Pakistan's ISI", "PAK", "SPY"),
        ("the Collective Security Treaty Organization", "IGO", "IGO"),
        ("Kenyan KDF troops", "KEN", "MIL"),
        # Northern Ireland is in the United Kingdom, not Ireland
        ("Northern Ireland police", "GBR", "COP"),
        # a demonym before a generic institution keeps its country ("German Foreign Office")
        ("the German Foreign Office", "DEU", "GOV"),
    ],
)
def test_institutions(actors: ActorDictionary, phrase: str, country: str, sector: str) -> None:
    code = actors.resolve(phrase, D(2024, 5, 3))
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_the_rapid_support_forces_turned_rebels_in_april_2023(actors: ActorDictionary) -> None:
    before = actors.resolve("the Rapid Support Forces", D(2021, 1, 1))
    after = actors.resolve("the Rapid Support Forces", D(2024, 1, 1))
    assert before is not None and (before.country, before.sector) == ("SDN", "PRM")
    assert after is not None and (after.country, after.sector) == ("SDN", "REB")


def test_every_curated_yaml_entry_is_well_formed() -> None:
    """A comma inside an unquoted flow-mapping name splits it into stray keys ("Foreign," would
    become a name matching every "foreign"): every entry has only the schema's keys."""
    import importlib.resources

    import yaml

    root = importlib.resources.files("sitrep") / "data" / "actors"
    for name in ("institutions.yaml", "office_holders.yaml", "curated.yaml"):
        data = yaml.safe_load((root / name).read_text("utf-8"))
        for spec in data.get("actors") or ():
            assert set(spec) <= {"name", "aliases", "type", "roles"}, (name, spec)
            assert all(isinstance(a, str) for a in spec.get("aliases") or ()), (name, spec)
        for spec in data.get("places") or ():
            assert set(spec) <= {"name", "aliases", "country", "kind"}, (name, spec)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # PETRARCH writes a group's acronym inside its name ("IRISH_REPUBLICAN_ARMY_(IRA)_"): the name
        # alone and the acronym alone both match
        ("the Irish Republican Army", "Irish Republican Army"),
        ("the INLA", "Irish National Liberation Army"),
        ("Democratic Front for the Liberation of Palestine", "Democratic Front For The Liberation Of Palestine"),
        ("the DFLP", "Democratic Front For The Liberation Of Palestine"),
    ],
)
def test_group_names_and_their_acronyms(actors: ActorDictionary, phrase: str, name: str) -> None:
    code = actors.resolve(phrase)
    assert code is not None and code.name == name


def test_a_parenthesised_word_is_no_acronym(actors: ActorDictionary) -> None:
    assert actors.resolve("dawn") is None  # "DEVELOPMENT ALTERNATIVES WITH WOMEN FOR A NEW ERA (DAWN)"
    code = actors.resolve("People's Liberation Army")  # listed under the INLA too, but China's army
    assert code is not None and code.country == "CHN"


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("the Iran-backed Houthis", "YEM"), ("the Al Qaeda-linked Somali group al-Shabaab", "SOM"), ("Hezbollah", "LBN")],
)
def test_a_sponsor_before_a_hyphen_is_not_the_actor(actors: ActorDictionary, phrase: str, country: str) -> None:
    code = actors.resolve(phrase)
    assert code is not None and code.country == country


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Rwanda's Senate", "RWA", "LEG"),
        ("the Philippine Senate", "PHL", "LEG"),
        ("the US Senate", "USA", "LEG"),
        ("the Pakistani Taliban", "PAK", "REB"),
        ("the German Red Cross", "NGO", "NGO"),
    ],
)
def test_a_country_named_before_an_organisation_is_its_country(actors: ActorDictionary, phrase: str, country: str,
                                                               sector: str) -> None:
    code = actors.resolve(phrase, D(2024, 5, 3))
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_a_title_in_the_text_outranks_the_dictionary_dates(actors: ActorDictionary) -> None:
    # Levy Mwanawasa became Zambia's president in 2002: a 2000 text calling him President is still believed
    code = actors.resolve("President Levy Mwanawasa", D(2000, 1, 1))
    assert code is not None and (code.country, code.sector) == ("ZMB", "GOV")
    bare = actors.resolve("Levy Mwanawasa", D(2000, 1, 1))
    assert bare is not None and bare.sector == "ELI"
    # Imran Khan led Pakistan's opposition from April 2022: a text of 2023 calling him Prime Minister is believed too
    titled = actors.resolve("Pakistani Prime Minister Imran Khan", D(2023, 6, 1))
    assert titled is not None and (titled.country, titled.sector) == ("PAK", "GOV")
    assert actors.resolve("opposition leader Imran Khan", D(2023, 6, 1)).sector == "OPP"  # type: ignore[union-attr]


@pytest.mark.parametrize("phrase", ["Russian helicopter gunships", "Israeli battle tanks", "US Predator drones"])
def test_military_vehicles_act_for_their_military(actors: ActorDictionary, phrase: str) -> None:
    code = actors.resolve(phrase)
    assert code is not None and code.sector == "MIL"


@pytest.mark.parametrize("phrase", ["a Washington think tank", "the fuel tank"])
def test_a_tank_that_is_not_armour_is_no_military(actors: ActorDictionary, phrase: str) -> None:
    code = actors.resolve(phrase)
    assert code is None or code.sector != "MIL"


def test_a_possessive_name_before_a_common_noun_is_the_person(actors: ActorDictionary) -> None:
    code = actors.resolve("Netanyahu's decision", D(2020, 1, 1))
    assert code is not None and code.name == "Benjamin Netanyahu"


@pytest.mark.parametrize("phrase", ["the march", "the order", "the executive order"])
def test_ordinary_words_name_no_actor(actors: ActorDictionary, phrase: str) -> None:
    code = actors.resolve(phrase)
    assert code is None or code.country is None


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Kremlin critics", "RUS"), ("opponents of Niger's junta", "NER"), ("a critic of President Tinubu", "NGA"),
     ("critics of the United Nations", None)],
)
def test_those_against_an_actor_are_its_countrys_opposition_not_it(actors: ActorDictionary, phrase: str,
                                                                   country: str | None) -> None:
    code = actors.resolve(phrase, D(2024, 5, 3))
    assert code is not None and (code.country, code.sector) == (country, "OPP") and code.name is None


@pytest.mark.parametrize("phrase", ["Aum Shinrikyo", "Vishwa Hindu Parishad"])
def test_a_faiths_code_is_no_state_in_the_packaged_data(phrase: str) -> None:
    # the packaged TSVs code states by ISO 3166; PETRARCH's BUD (Buddhist) or HIN (Hindu) before a sector names none
    got = resolve(phrase)
    assert got is not None and got.country is None, got


@pytest.mark.parametrize(
    ("phrase", "day", "country", "sector"),
    [
        # Cold-War rulers the world dictionary held undated or not at all: a title and the surname, on a day in office
        ("President Figueiredo", D(1979, 8, 28), "BRA", "GOV"),
        ("General Stroessner", D(1975, 6, 2), "PRY", "GOV"),
        ("President Galtieri", D(1982, 4, 10), "ARG", "GOV"),
        ("President Nyerere", D(1977, 2, 5), "TZA", "GOV"),
        ("General Gowon", D(1970, 1, 15), "NGA", "GOV"),
        # out of office, a former official of the state he ruled
        ("Galtieri", D(1986, 5, 16), "ARG", "ELI"),
        ("Gowon", D(1980, 1, 15), "NGA", "ELI"),
    ],
)
def test_a_cold_war_ruler_named_by_title_and_surname(actors: ActorDictionary, phrase: str, day: dt.date, country: str,
                                                      sector: str) -> None:
    code = actors.resolve(phrase, day, cased=True)
    assert code is not None and (code.country, code.sector) == (country, sector), code


@pytest.mark.parametrize(
    ("surname", "day", "country"),
    [
        # a common surname names the ruler only while he holds office
        ("Vargas", D(1953, 10, 3), "BRA"),
        ("Sarney", D(1986, 2, 28), "BRA"),
        ("Kaunda", D(1973, 12, 13), "ZMB"),
        ("Vargas", D(1960, 1, 1), None),
    ],
)
def test_a_cold_war_ruler_named_by_surname_alone_while_in_office(actors: ActorDictionary, surname: str, day: dt.date,
                                                                 country: str | None) -> None:
    code = actors.by_surname(surname, day)
    assert (code.country if code else None) == country, code


def test_a_phrase_resolved_again_is_read_once_and_extending_forgets_it(tmp_path: Path) -> None:
    # an article names its actors again and again: the second reading is the first's, until the dictionary grows
    path = tmp_path / "mine.yaml"
    path.write_text("agents:\n  - {pattern: herder, sector: AGR}\n", encoding="utf-8")
    mine = ActorDictionary.load(path)
    first = mine.resolve("Benue herders", D(2018, 6, 24), cased=True)
    assert first is not None and first.sector == "AGR" and first.country is None
    assert mine.resolve("Benue herders", D(2018, 6, 24), cased=True) is first
    places = tmp_path / "places.yaml"
    places.write_text("places:\n  - {name: Benue, country: NGA, kind: place}\n", encoding="utf-8")
    mine.extend(places)
    again = mine.resolve("Benue herders", D(2018, 6, 24), cased=True)
    assert again is not None and (again.country, again.sector) == ("NGA", "AGR")
