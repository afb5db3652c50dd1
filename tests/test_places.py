"""Places: toponyms found and resolved with evidence, facilities placed, events located.

Texts are written for these tests; the seed article is read from ../shared at test time.
"""

from __future__ import annotations

import pytest

import sitrep
from sitrep.model import Event, Item, Place
from sitrep.places import DEMONYM, GOVERNMENT, Geocoder

NIAMEY = (13.51, 2.11)
AGADEZ = (16.97, 7.99)


def near(place: Place | None, point: tuple[float, float], km: float = 40) -> bool:
    from sitrep.evaluate import haversine

    return place is not None and place.lat is not None and place.lon is not None and haversine((place.lat, place.lon), point) <= km


def places_named(item: Item, text: str) -> list[Place]:
    return [p for p in item.places if p.text == text]


def event_at(item: Item, trigger: str) -> Event:
    found = [e for e in item.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[(e.type, e.trigger.text) for e in item.events]}"
    return found[0]


SAHEL = """Troops leave drone base in Agadez

NIAMEY, Niger (Reuters) - Nigerien soldiers took control of Air Base 201 in Agadez on Monday after
the last American troops left, the army said. Fighting was also reported near Menaka in Mali, where
jihadists attacked an army post.

A second base, Camp Example 7 located in the capital Niamey, will be handed over next month.
"""


@pytest.fixture(scope="module")
def sahel() -> Item:
    return sitrep.extract(SAHEL, "2024-08-05")


def test_niger_is_niger_and_a_demonym_names_its_country(sahel: Item) -> None:
    assert all(p.country != "NGA" for p in sahel.places)
    (nigerien,) = places_named(sahel, "Nigerien")
    assert nigerien.country == "NER" and nigerien.precision == "country" and nigerien.feature == DEMONYM
    # a demonym names a country's people: no event is placed at it
    assert all(e.place is None or e.place.feature != DEMONYM for e in sahel.events)
    niger = places_named(sahel, "Niger")
    assert niger and all(p.country == "NER" and p.precision == "country" for p in niger)


def test_every_place_has_evidence_and_a_score(sahel: Item) -> None:
    resolved = [p for p in sahel.places if p.lat is not None]
    assert resolved
    assert all(p.evidence for p in sahel.places)
    assert all(p.score is not None and 0 <= p.score <= 1 for p in resolved)


def test_curated_facility_and_city(sahel: Item) -> None:
    (base,) = places_named(sahel, "Air Base 201")
    assert base.precision == "facility" and near(base, AGADEZ)
    (menaka,) = places_named(sahel, "Menaka")
    assert menaka.country == "MLI" and menaka.precision in ("city", "admin1")


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Troops arrived in Niamey on Monday, officials said.", "city"),
        ("Fighting spread across the Tillaberi region and reached the Niamey region on Monday.", "admin1"),
        ("Gunmen attacked a village in the region of Niamey on Monday.", "admin1"),
    ],
)
def test_region_named_after_its_town(text: str, precision: str) -> None:
    item = sitrep.extract(text, published="2024-05-03")
    (place,) = [p for p in item.places if p.text == "Niamey"]
    assert place.country == "NER" and place.precision == precision


def test_facility_learned_from_the_text(sahel: Item) -> None:
    (camp,) = places_named(sahel, "Camp Example 7")
    assert camp.precision == "facility" and near(camp, NIAMEY)
    assert "Niamey" in (camp.evidence or "")


def test_event_place_is_attached_to_its_trigger(sahel: Item) -> None:
    attacked = event_at(sahel, "attacked")
    assert attacked.place is not None and attacked.place.text in ("Menaka", "Mali")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Flooding closed roads around Alexandria, Louisiana, and nearby Pineville on Sunday.", "Alexandria", "USA"),
        ("Protesters gathered in Alexandria and Cairo as Egypt's parliament met.", "Alexandria", "EGY"),
        ("Police in Paris, Texas, arrested two men.", "Paris", "USA"),
        ("The minister flew from Paris to Lyon for talks with French farmers.", "Paris", "FRA"),
    ],
)
def test_ambiguous_names_follow_their_context(text: str, name: str, country: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].country == country, [(p.text, p.country, p.evidence) for p in item.places]


def test_a_town_is_the_same_place_each_time_the_article_names_it() -> None:
    text = (
        "Harwell man held after fire. A farmer of Harwell, England, was arrested on Monday. "
        "Harwell police said the HARWELL fire station was called at noon. West Harwell was not affected."
    )
    item = sitrep.extract(text, "2024-05-03")
    assert item.article is not None
    found = [p for p in item.places if p.text.lower() == "harwell"]
    assert len(found) == 4 and all(p.country == "GBR" for p in found), [(p.text, p.country) for p in item.places]
    # "West Harwell" is another name, not a second mention of Harwell
    at = text.index("West Harwell") + len("West ")
    assert not any(p.start == at for p in item.places)


@pytest.mark.parametrize(
    ("text", "name", "resolved"),
    [
        ("A teacher from New London was honoured by the Connecticut school board.", "New London", "New London"),
        ("Crews cleared roads in South Charleston, West Virginia, after the storm.", "South Charleston", "South Charleston"),
        ("Traffic slowed across North Dallas on Friday.", "North Dallas", "Dallas"),
        # a lower-case particle inside the name: not Cape Verde's capital
        ("Rwandan troops recaptured Mocimboa da Praia in August 2021.", "Mocimboa da Praia", "Mocímboa da Praia"),
    ],
)
def test_a_place_named_after_another_is_one_span(text: str, name: str, resolved: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = [p for p in item.places if name in p.text or p.text in name]
    assert place.text == name and place.name == resolved, [(p.text, p.name) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a region named after a country is not that country, and its people not that country's
        ("Militants attacked an oil pipeline in the Niger Delta on Monday.", "Niger Delta", "NGA"),
        ("Separatists clashed with Senegalese troops in Casamance.", "Casamance", "SEN"),
        # a name the NER runs on into a small lower-case word ends before it
        ("Jihadists attacked a convoy in the Sahel on Monday.", "Sahel", None),
    ],
)
def test_regions_news_names(text: str, name: str, country: str | None) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = [p for p in item.places if p.text == name]
    assert place.precision == "region" and place.country == country
    assert "NER" not in {a.country for a in item.actors}


def test_a_list_of_counties_is_counties() -> None:
    item = sitrep.extract("Storms damaged barns in Harvey, Harper and Kingman counties in Kansas.", "2024-05-03")
    for name in ("Harvey", "Harper", "Kingman"):
        (place,) = places_named(item, name)
        assert place.name == f"{name} County" and place.admin1 == "Kansas" and place.precision == "region"


def test_state_abbreviations_are_places() -> None:
    item = sitrep.extract("The S.C. Highway Patrol stopped a driver from Dothan, Ala., on Monday.", "2024-05-03")
    assert [(p.name, p.precision) for p in item.places if p.text in ("S.C.", "Ala.")] == [
        ("South Carolina", "admin1"), ("Alabama", "admin1")
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rockets were fired from Gaza overnight, the Israeli army said.", "PSE"),
        ("Floods hit Gaza province in southern Mozambique, near Xai-Xai.", "MOZ"),
    ],
)
def test_gaza_is_the_strip_unless_the_text_is_in_mozambique(text: str, country: str | None) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (gaza,) = places_named(item, "Gaza")
    assert gaza.country == country and gaza.lat is not None
    assert country or near(gaza, (31.42, 34.33))


def test_capital_as_government_is_named_but_nothing_is_placed_there() -> None:
    # a geoparser names the city ("Tbilisi says ..." is a toponym in the gold sets), but it is where no event happens
    item = sitrep.extract("Washington said on Friday that its troops attacked a convoy in Niger.", "2024-05-03")
    (washington,) = places_named(item, "Washington")
    assert washington.feature == GOVERNMENT and washington.country == "USA"
    assert places_named(item, "Niger")
    assert all(e.place is None or e.place.feature != GOVERNMENT for e in item.events)
    assert any(e.place is not None and e.place.text == "Niger" for e in item.events), [(e.trigger.text, e.place) for e in item.events]


def test_unknown_name_keeps_its_span() -> None:
    item = sitrep.extract("Gunmen attacked the village of Zorbotanga in Mali on Sunday.", "2024-05-03")
    unknown = [p for p in item.places if p.lat is None]
    for p in unknown:
        assert item.article is not None and item.article.text[p.start : p.end] == p.text


def test_country_points_are_not_capitals() -> None:
    geocoder = Geocoder()
    usa = geocoder.gaz.country("USA")
    assert usa is not None
    point = geocoder.point(usa.entry())
    assert point.lat is not None and 35 < point.lat < 45 and -105 < (point.lon or 0) < -90


# ---------------------------------------------------------------- the seed article


def test_seed_air_base_101_in_niamey(seed_item: Item) -> None:
    bases = [p for p in seed_item.places if p.name == "Air Base 101"]
    assert bases and all(p.precision == "facility" and near(p, NIAMEY) for p in bases)
    texts = {p.text for p in bases}
    assert {"Air Base 101", "Airbase 101"} <= texts


def test_seed_air_base_201_in_agadez(seed_item: Item) -> None:
    bases = places_named(seed_item, "Air Base 201")
    assert len(bases) >= 2 and all(near(p, AGADEZ) for p in bases)


def test_seed_russians_at_air_base_101(seed_item: Item) -> None:
    at_base = [e for e in seed_item.events if e.place is not None and e.place.name == "Air Base 101"]
    assert at_base and all(near(e.place, NIAMEY) and e.place.precision == "facility" for e in at_base)  # type: ignore[union-attr]


def test_seed_chad_withdrawal_in_chad(seed_item: Item) -> None:
    pulling = event_at(seed_item, "pulling")
    assert pulling.place is not None and pulling.place.country == "TCD"


def test_seed_march_visit_in_niger(seed_item: Item) -> None:
    traveled = event_at(seed_item, "traveled")
    assert traveled.place is not None and traveled.place.country == "NER"


def test_seed_nothing_in_nigeria(seed_item: Item) -> None:
    assert all(p.country != "NGA" for p in seed_item.places)
    assert all(e.place is None or e.place.country != "NGA" for e in seed_item.events)


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        # a village or district too small for the gazetteer is still a place when the text says so
        ("Gunmen raided the village of Tungan Bako on Sunday.", "Tungan Bako", "village of"),
        ("A bomb went off in the Sadriya district on Monday.", "Sadriya", "district"),
        ("Troops came under fire near the al-Tanf Camp on Friday.", "al-Tanf Camp", "Camp"),
    ],
)
def test_a_name_the_text_calls_a_place_is_kept_unresolved(text: str, name: str, cue: str) -> None:
    found = places_named(sitrep.extract(text, "2024-05-03"), name)
    assert found, name
    assert found[0].lat is None and found[0].evidence is not None and cue in found[0].evidence
    # its precision is what the text calls it: a camp is a facility, a village or a district a town's reach
    assert found[0].precision == ("facility" if cue == "Camp" else "city")


def test_an_article_the_ner_cut_off_is_joined_to_its_name() -> None:
    item = sitrep.extract("Rebels shelled Al-Raqqa on Tuesday.", "2024-05-03")
    assert [p.text for p in item.places] == ["Al-Raqqa"]
    assert item.places[0].country == "SYR"


def test_a_news_agency_spoken_to_is_no_place() -> None:
    item = sitrep.extract("Three people were killed in Baghdad, a police source told Xinhua.", "2024-05-03")
    assert [p.text for p in item.places] == ["Baghdad"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a faith or a sect is no place, whatever follows it
        ("Gunmen attacked a Sunni mosque in Quetta, and a bomb hit a Shiite Muslim shrine near Kohat.", ["Quetta", "Kohat"]),
        ("Violence has killed hundreds in this mainly Muslim region of Buddhist Myanmar.", ["Myanmar"]),
        # a name given an age is a person's
        ("Abilene, 31, was shot dead in Juarez on Friday.", ["Juarez"]),
    ],
)
def test_faiths_and_people_given_an_age_are_no_places(text: str, places: list[str]) -> None:
    assert [p.text for p in sitrep.extract(text, "2015-06-01").places] == places


def test_a_region_the_build_could_not_place_still_has_coordinates() -> None:
    item = sitrep.extract("Clashes were reported in Ramallah, and floods hit Hunan province on Monday.", "2024-05-03")
    for name, point in (("Ramallah", (31.90, 35.20)), ("Hunan", (27.6, 111.7))):
        found = places_named(item, name)
        assert found and near(found[0], point, km=150), (name, found)


def test_a_us_state_alone_is_the_state_and_its_people_name_it() -> None:
    item = sitrep.extract("Thousands of Minnesotans drove south to Florida and on to Nevada for the winter.", "2024-05-03")
    florida = places_named(item, "Florida")
    nevada = places_named(item, "Nevada")
    assert florida and florida[0].precision == "admin1" and nevada and nevada[0].precision == "admin1"
    people = places_named(item, "Minnesotans")
    assert people and people[0].feature == DEMONYM and people[0].admin1 == "Minnesota"


def test_the_people_of_a_breakaway_region_name_it_and_place_no_event() -> None:
    item = sitrep.extract("South Ossetian militias and Abkhaz fighters shelled Georgian villages on Friday.", "2024-05-03")
    ossetian = places_named(item, "South Ossetian")
    abkhaz = places_named(item, "Abkhaz")
    assert ossetian and ossetian[0].feature == DEMONYM and near(ossetian[0], (42.3, 44.0), km=100)
    assert abkhaz and abkhaz[0].feature == DEMONYM and abkhaz[0].country == "GEO"


def test_a_country_opening_an_organisations_name_is_named() -> None:
    item = sitrep.extract("The US military said on Monday that a United States Navy ship had left port.", "2024-05-03")
    names = [(p.text, p.country) for p in item.places]
    assert ("US", "USA") in names and ("United States", "USA") in names


def test_a_place_the_ner_ran_into_an_organisation_or_people_is_found() -> None:
    item = sitrep.extract("Students at St. Mary's Catholic School in Naperville won the prize.", "2024-05-03")
    found = places_named(item, "Naperville")
    assert found and found[0].country == "USA"


def test_a_dateline_the_ner_took_for_a_people_is_a_place() -> None:
    item = sitrep.extract(
        "County weighs new taxes on perks. DANIELSVILLE - Madison County commissioners voted Monday to raise fees.",
        "2024-05-03",
    )
    assert places_named(item, "DANIELSVILLE") and places_named(item, "DANIELSVILLE")[0].country == "USA"


def test_a_town_opening_its_council_or_police_is_named() -> None:
    item = sitrep.extract("The Naperville City Council voted on Monday to hire more officers.", "2024-05-03")
    found = places_named(item, "Naperville")
    assert found and found[0].country == "USA"


def test_a_region_named_after_its_big_city_is_the_city_unless_the_text_says_region() -> None:
    item = sitrep.extract("Gunmen attacked a market in Gao on Monday, and unrest spread across the Gao region.", "2024-05-03")
    assert [(p.text, p.precision) for p in item.places if p.text == "Gao"] == [("Gao", "city"), ("Gao", "admin1")]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # every state has a Richmond and a Madison County; only Kentucky's Richmond is in its Madison County
        ("The Madison County fiscal court met in Richmond on Tuesday to approve a new jail.", "Richmond", "Kentucky"),
        # Paris is the seat of Henry County, Tennessee; Texas' Paris is larger but far from any Henry County
        ("Paris and Henry County officials opened the new library on Friday.", "Paris", "Tennessee"),
    ],
)
def test_a_town_is_the_one_near_the_articles_other_places(text: str, name: str, admin1: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].admin1 == admin1, [(p.text, p.admin1, p.evidence) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floodwater covered the road into East Bank on Monday, the sheriff said.", "East Bank"),
        ("Rescuers reached villages in West Java after the earthquake on Monday.", "West Java"),
    ],
)
def test_a_compass_word_before_a_small_namesake_is_no_reading_of_it(text: str, name: str) -> None:
    # "North Dallas" is a part of Dallas; "East Bank" is not India's Bank, nor "West Java" Georgia's Java
    item = sitrep.extract(text, "2024-05-03")
    assert all(p.country not in ("IND", "GEO") for p in places_named(item, name)), [
        (p.text, p.name, p.country) for p in item.places
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Exports from China, Japan and South Korea fell in March, customs data showed.", "China", "CHN"),
        ("The Dallas company said its sales to Italy and France rose last year, Texas officials said.", "Italy", "ITA"),
        ("Police in Palestine, Texas, arrested two men on Friday.", "Palestine", "USA"),
    ],
)
def test_a_country_name_is_the_country_unless_a_town_is_plainly_meant(text: str, name: str, country: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].country == country, [(p.text, p.name, p.country, p.evidence) for p in item.places]


def test_a_canadian_province_alone_is_the_province() -> None:
    # an American story: Ohio and California have towns called Ontario, but alone the name is the province
    text = "Trucks from Detroit, Michigan, and Toledo, Ohio, crossed into Ontario on Monday after the bridge reopened."
    item = sitrep.extract(text, "2024-05-03")
    (ontario,) = places_named(item, "Ontario")
    assert ontario.country == "CAN" and ontario.precision == "admin1", ontario


def test_an_australian_state_is_placed_at_its_centre() -> None:
    # Queensland's centre is near Muttaburra, not the middle of its extent out towards Cairns
    item = sitrep.extract("Floods cut roads across Queensland on Tuesday, the state's premier said.", "2024-05-03")
    (queensland,) = places_named(item, "Queensland")
    assert queensland.precision == "admin1" and near(queensland, (-22.6, 144.5), km=60), queensland


def test_la_with_two_capitals_is_not_louisiana() -> None:
    # "La." is Louisiana's abbreviation; "L.A." is Los Angeles
    item = sitrep.extract("Two men were arrested in L.A. on Friday after a chase, police in Shreveport, La., said.", "2024-05-03")
    assert all(p.admin1 != "Louisiana" for p in places_named(item, "L.A.")), [(p.text, p.name) for p in item.places]
    assert any(p.admin1 == "Louisiana" and p.precision == "admin1" for p in places_named(item, "La."))


def test_a_county_after_a_hyphen_is_a_county() -> None:
    item = sitrep.extract("Volunteers of the Paris-Henry County Rescue Squad searched the lake on Sunday.", "2024-05-03")
    (county,) = places_named(item, "Henry County")
    assert county.precision == "region" and county.country == "USA", county


def test_the_people_of_a_region_in_i_name_it() -> None:
    item = sitrep.extract("Dagestani police shot two men in Makhachkala on Tuesday, officials said.", "2024-05-03")
    (people,) = places_named(item, "Dagestani")
    assert people.name == "Dagestan" and people.feature == DEMONYM and people.country == "RUS", people


@pytest.mark.parametrize(
    ("text", "admin1", "precision"),
    [
        ("Health officials are investigating cases in Washington, Pennsylvania and California.", "Washington", "admin1"),
        ("Police in Washington, Pa., arrested two men on Friday.", "Pennsylvania", "city"),
    ],
)
def test_a_state_in_a_list_of_states_is_the_state(text: str, admin1: str, precision: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, "Washington")
    assert found and found[0].admin1 == admin1 and found[0].precision == precision, found


def test_a_facility_named_after_a_town_of_the_article_is_at_that_town() -> None:
    text = ("Flooding closed roads around Beckley, West Virginia, on Monday. Two people were taken to "
            "Beckley Memorial Hospital after their car was swept off the road, officials said.")
    item = sitrep.extract(text, "2024-05-03")
    (hospital,) = places_named(item, "Beckley Memorial Hospital")
    assert hospital.admin1 == "West Virginia" and hospital.precision == "facility", hospital
    assert "named after the town Beckley" in (hospital.evidence or "")


def test_a_river_is_not_placed_at_the_town_it_opens_with() -> None:
    item = sitrep.extract("Kayakers paddled the Red River north of Fargo, North Dakota, on Sunday.", "2024-05-03")
    assert all(p.lat is None or p.country == "USA" for p in places_named(item, "Red River"))


def test_a_town_after_of_inside_an_organisation_is_a_place() -> None:
    item = sitrep.extract("A spokesman for Acme Tool Company of Wallingford said the plant would reopen on Monday.", "2024-05-03")
    (town,) = places_named(item, "Wallingford")
    assert town.country == "USA" and town.precision == "city", town


def test_a_county_by_its_bare_name_opening_an_office_is_a_place() -> None:
    item = sitrep.extract("The Gwinnett Sheriff's Office said deputies closed the road on Monday.", "2024-05-03")
    (county,) = places_named(item, "Gwinnett")
    assert county.name == "Gwinnett County" and county.admin1 == "Georgia" and county.precision == "region", county


def test_a_town_geonames_lists_without_a_population_is_a_place_after_in() -> None:
    # the NER calls Jezzine, a south Lebanese town GeoNames lists with no population, a people
    item = sitrep.extract("A roadside bomb was detonated on a road in Jezzine on Sunday as an army patrol passed.",
                          "2024-05-03")
    found = places_named(item, "Jezzine")
    assert found and found[0].country == "LBN" and found[0].precision == "city"
    assert event_at(item, "detonated").place == found[0]


def test_a_list_after_a_locative_word_is_a_list_of_places() -> None:
    # the NER calls the first town a person and the second an organisation
    item = sitrep.extract("The UN mission had already left its bases in Tessalit and Aguelhok earlier this month.",
                          "2023-10-20")
    assert [(p.name, p.country) for p in item.places if p.text in ("Tessalit", "Aguelhok")] == [
        ("Tessalit", "MLI"), ("Aguelhok", "MLI")]


def test_a_state_the_article_names_draws_its_towns_even_when_towns_share_its_name() -> None:
    # "Virginia" is also a town in Minnesota, but read as the state it still puts Alexandria in Virginia, not Egypt
    item = sitrep.extract("Virginia lawmakers approved a new budget on Thursday. In Alexandria, the city council said "
                          "it would hire more teachers.", "2024-05-03")
    (alexandria,) = places_named(item, "Alexandria")
    assert alexandria.admin1 == "Virginia", alexandria


def test_a_persons_surname_alone_is_the_person_not_a_town() -> None:
    # Hill, New Hampshire is a town; here it is the officer named in the sentence before
    item = sitrep.extract("Detectives in Alexandria, Virginia, charged a man on Friday in the death of Navy petty "
                          "officer Karen Hill. The wounds inflicted on Hill were severe, the medical examiner said.",
                          "2024-05-03")
    assert not places_named(item, "Hill"), [(p.text, p.name, p.admin1) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A Glen Allen woman was charged on Tuesday after a crash on Interstate 95, Henrico County police said.",
         "Glen Allen", "Virginia"),
        ("A Tewksbury man was arrested on Friday after a break-in at a pharmacy, police said.", "Tewksbury",
         "Massachusetts"),
    ],
)
def test_a_town_describing_its_people_is_a_place(text: str, name: str, admin1: str) -> None:
    # local news names a town before the people from it; the small NER tags it as nothing, a person or a company
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].admin1 == admin1, [(p.text, p.name, p.admin1) for p in item.places]


def test_an_armed_group_the_dictionary_knows_is_no_town_it_shares_a_name_with() -> None:
    # an alternate name of Hamm, Germany; the Gaza Strip, also coded as an actor, stays a place
    item = sitrep.extract("Hamas released two hostages in the Gaza Strip on Sunday.", "2024-05-03")
    assert [p.name for p in item.places if p.text == "Hamas"] == []
    assert [p.name for p in item.places if p.text == "Gaza Strip"] == ["Gaza Strip"]


@pytest.mark.parametrize(("text", "country"), [("Fighting erupted again in Darfur on Monday.", "SDN"),
                                                ("Russian peacekeepers began leaving Nagorno-Karabakh.", "AZE")])
def test_a_region_inside_one_country_gives_its_events_that_country(text: str, country: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    assert [e.place.country for e in item.events if e.place] == [country]


def test_the_region_an_article_keeps_naming_outweighs_neighbours_named_once() -> None:
    # every one of these states has a Montgomery County; the story is about Indiana, the others are listed once
    text = ("Montgomery County's jobless rate rose to 7.7 percent in February, the Indiana Department of Workforce "
            "Development said on Friday. Indiana's rate was 9.4 percent, and Montgomery County sits in the middle of "
            "Indiana's 92 counties. Ohio, Kentucky and Michigan also reported higher rates.")
    item = sitrep.extract(text, "2024-05-03")
    counties = places_named(item, "Montgomery County")
    assert counties and all(p.admin1 == "Indiana" for p in counties), [(p.text, p.admin1, p.evidence) for p in counties]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli troops shot dead a teenager in the West Bank town of Bethlehem on Friday, witnesses said.", "Bethlehem"),
        ("Gunmen stormed a police post near the city of Nablus overnight, the army said.", "Nablus"),
        ("Police said the blast hit a market in Hebron town on Sunday.", "Hebron"),
    ],
)
def test_a_name_the_text_calls_a_town_is_the_town_not_its_province(text: str, name: str) -> None:
    # each of these is also a Palestinian governorate, which the gazetteer ranks above a town of its name
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].precision == "city" and found[0].country == "PSE", [(p.text, p.precision, p.evidence) for p in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the small NER takes these for an organisation and a person; the gazetteer lacks them
        ("Four people were killed on Tuesday when a roadside bomb exploded in Mussayib, police said.", "Mussayib"),
        ("Four people were killed on Tuesday when a roadside bomb exploded near Aqrabat, police said.", "Aqrabat"),
    ],
)
def test_a_name_bare_after_in_or_near_is_a_place_whatever_the_ner_says(text: str, name: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    assert places_named(item, name), [(p.text, p.evidence) for p in item.places]
    assert all(e.place is not None and e.place.text == name for e in item.events), [(e.trigger.text, e.place) for e in item.events]


def test_an_organisation_after_in_stays_an_organisation() -> None:
    item = sitrep.extract("The proposal was debated in Hamas Radio studios on Tuesday.", "2024-05-03")
    assert not places_named(item, "Hamas Radio")


@pytest.mark.parametrize(
    ("part", "town", "country"),
    [("Hamra", "Beirut", "LBN"), ("Dora", "Baghdad", "IRQ"), ("Zamalek", "Cairo", "EGY")],
)
def test_a_part_of_a_town_is_placed_at_the_town(part: str, town: str, country: str) -> None:
    # the gazetteer lacks these neighbourhoods or knows only a namesake abroad (a Hamra in the Emirates, a Dora in the US)
    text = f"A car bomb exploded near a bakery in the {part} neighbourhood of {town} on Sunday, killing four people, police said."
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, part)
    assert found and found[0].country == country and found[0].lat is not None, [(p.text, p.country, p.evidence) for p in found]
    assert all(e.place is not None and e.place.text == part for e in item.events), [(e.trigger.text, e.place) for e in item.events]


@pytest.mark.parametrize(
    "text",
    ["Police captured Omar Khalid Hassan in a raid in Mosul on Friday.",
     "Soldiers arrested Ahmed Saleh Hassan at a checkpoint in Basra on Monday."],
)
def test_the_end_of_a_persons_name_is_no_place(text: str) -> None:
    # the small NER ends the person before 'Hassan' and takes 'Hassan' for the town in India
    item = sitrep.extract(text, "2024-05-03")
    assert not places_named(item, "Hassan"), [(p.text, p.country) for p in item.places]
    assert all(e.place is not None and e.place.text in ("Mosul", "Basra") for e in item.events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels shelled army positions on Tal Hamid overnight, killing two soldiers.", "Tal Hamid"),
        ("Militants stormed Kafr Hamra at dawn on Monday, a monitoring group said.", "Kafr Hamra"),
    ],
)
def test_a_name_opened_by_a_word_for_a_hill_or_a_village_is_a_place(text: str, name: str) -> None:
    # 'Tal' is a hill, 'Kafr' a village: the small NER takes such names for people
    item = sitrep.extract(text, "2024-05-03")
    assert places_named(item, name), [(p.text, p.evidence) for p in item.places]
    assert all(e.place is not None and e.place.text == name for e in item.events), [(e.trigger.text, e.place) for e in item.events]


@pytest.mark.parametrize("name", ["Uqlah", "Ayn Issa"])
def test_a_name_after_an_opening_quote_mark_still_follows_its_place_noun(name: str) -> None:
    # transliterations open with an ayn written as a quote mark: "the village of ‘Uqlah" is the village of Uqlah
    text = f"Gunmen attacked an army checkpoint near the village of \u2018{name} on Sunday, killing two soldiers."
    item = sitrep.extract(text, "2024-05-03")
    assert places_named(item, name), [(p.text, p.evidence) for p in item.places]
    assert all(e.place is not None and e.place.text == name for e in item.events), [(e.trigger.text, e.place) for e in item.events]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two tanks were destroyed on the outskirts of Khan Al-Asal on Monday, a monitoring group said.", "Khan Al-Asal"),
        ("Two tanks were destroyed on the outskirts of Bza'a on Monday, a monitoring group said.", "Bza'a"),
    ],
)
def test_the_outskirts_or_the_hilltop_of_a_name_make_it_a_place(text: str, name: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    assert places_named(item, name), [(p.text, p.evidence) for p in item.places]
    assert all(e.place is not None and e.place.text == name for e in item.events), [(e.trigger.text, e.place) for e in item.events]


def test_an_abbreviated_saint_is_part_of_the_towns_name() -> None:
    # GeoNames writes the town "Saint Paris"; the text's "St. Paris" is the same name, not "St." and Paris
    item = sitrep.extract("Fire destroyed a barn just west of St. Paris on Sunday, the Champaign County sheriff said. "
                          "Firefighters from Urbana helped.", "2024-05-03")
    found = places_named(item, "St. Paris")
    assert found and found[0].name == "Saint Paris" and found[0].admin1 == "Ohio", [(p.text, p.name, p.admin1) for p in item.places]


@pytest.mark.parametrize(
    "text",
    ["New York lawmakers on Tuesday approved money for rural bus lines across New York, a plan modelled on one in Boston.",
     "Farmers in upstate New York said on Monday that prices had fallen, and buyers in Boston had cancelled orders."],
)
def test_a_great_citys_name_outweighs_a_village_in_the_state_the_article_names(text: str) -> None:
    # New York has a village called Boston; naming the state does not make 'Boston' that village
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, "Boston")
    assert found and found[0].admin1 == "Massachusetts", [(p.text, p.admin1, p.evidence) for p in found]


def test_the_areas_of_names_make_them_places() -> None:
    item = sitrep.extract("Militiamen raided the areas of Um Jalul and Shegeg Karo in North Darfur on Sunday, killing five "
                          "people.", "2024-05-03")
    assert places_named(item, "Um Jalul") and places_named(item, "Shegeg Karo"), [(p.text, p.evidence) for p in item.places]
    raid = next(e for e in item.events if e.trigger.text.startswith("raided"))
    assert raid.place is not None and raid.place.text == "Um Jalul"


def test_an_abbreviated_mount_reads_as_every_town_of_the_full_name() -> None:
    # GeoNames spells only some Mount Pleasants "Mt. Pleasant" too; the Iowa one must still compete
    item = sitrep.extract("The Mt. Pleasant school board voted on Monday to repair the gym roof, and the district's "
                          "debate team will compete in Des Moines and Iowa City next month.", "2024-05-03")
    found = places_named(item, "Mt. Pleasant")
    assert found and found[0].admin1 == "Iowa", [(p.text, p.name, p.admin1, p.evidence) for p in found]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Albany firefighters put out a kitchen fire on Monday night, the second in Albany this week. Georgia fire "
      "officials said no one was hurt.", "Georgia", "USA"),
     ("A woman was robbed outside a bank in Berea on Friday, and officers from Brooklyn helped search for the suspect.",
      "Berea", "USA")],
)
def test_a_towns_name_nearly_always_american_sets_the_story_in_the_united_states(text: str, name: str, country: str) -> None:
    # Albany and Brooklyn have namesakes abroad, but most of their readings, and the largest, are American towns:
    # that makes Georgia the state, and Berea the Ohio or Kentucky town rather than Lesotho's district
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].country == country, [(p.text, p.country, p.evidence) for p in found]


@pytest.mark.parametrize(
    ("text", "state"),
    [("A startup from Louisville, Ky., opened an office in Boulder, Colo., on Tuesday. Its founders met investors in "
      "Denver and Boulder before flying home to Louisville.", "Kentucky"),
     ("A bakery chain from Columbia, Mo., is opening shops in Charleston and Greenville, S.C. The owners will keep "
      "their headquarters in Columbia.", "Missouri")],
)
def test_a_name_once_given_with_its_state_is_that_town_when_it_comes_again(text: str, state: str) -> None:
    # the bare second mention sits among another state's towns; the text has already said which one it is
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, text.split(",")[0].split()[-1])
    assert len(found) == 2 and all(p.admin1 == state for p in found), [(p.text, p.admin1, p.evidence) for p in found]


@pytest.mark.parametrize(
    "text",
    ["Portland police said a man was arrested after a break-in at a hardware store on Tuesday night.",
     "The school board in Portland voted on Monday to delay the start of classes by a week."],
)
def test_a_big_towns_name_outweighs_a_foreign_region_the_article_says_nothing_of(text: str) -> None:
    # Jamaica has a parish called Portland; with no word of Jamaica, the name is the city of 650,000 people
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, "Portland")
    assert found and found[0].country == "USA", [(p.text, p.country, p.evidence) for p in found]


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [("The DeKalb County Commission voted on Tuesday to widen a road between Decatur and Stone Mountain, east of "
      "Atlanta. DeKalb officials said work would start in June.", "DeKalb", "Georgia"),
     ("A tornado damaged barns across Madison County, Ky., on Friday, and the Richmond fire chief said two people were "
      "hurt. Madison schools will stay closed on Monday.", "Madison", "Kentucky")],
)
def test_a_bare_name_beside_its_county_is_that_county(text: str, name: str, state: str) -> None:
    # a bigger town of the name in another state (DeKalb, Illinois; Madison, Alabama) is not what the article means
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].admin1 == state, [(p.text, p.admin1, p.evidence) for p in found]


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Chadian troops fought jihadists in the Adrar des Ifoghas mountains north of Kidal on Friday.", None),
     ("Troops of the regional force were deployed to Davao del Norte last week.", "Davao"),
     ("The cyclist won the Tour de France in July.", "France")],
)
def test_a_name_joined_to_another_by_a_particle_is_part_of_a_longer_one(text: str, kept: str | None) -> None:
    # Adrar alone is a town in Algeria; "Adrar des Ifoghas" is a Malian massif the gazetteer does not know. A country,
    # or a town a region is named after, still stands near enough for the longer name.
    item = sitrep.extract(text, "2024-05-03")
    assert not [p for p in places_named(item, "Adrar") if p.country]
    if kept:
        assert places_named(item, kept), [(p.text, p.country) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [("The school funding bill cleared the Senate in Columbia on Thursday. State Sen. Mary Jones, D-Ocilla, said she "
      "would vote for it.", "Ocilla", "Georgia"),
     ("The Charleston delegation met the governor. Del. Tom Price, R-Monongalia; and Del. Ann Lee, D-Braxton, asked for "
      "road money in West Virginia.", "Braxton", "West Virginia"),
     ("Rep. Sam Roe (R-Pleasanton) said the veterans bill would pass the House.", "Pleasanton", "California")],
)
def test_a_lawmakers_home_after_the_party_letter_is_a_town_or_county(text: str, name: str, admin1: str) -> None:
    # the NER tags the home with its party letter ("D-Ocilla") or not at all; the county of a bare name counts
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].admin1 == admin1 and found[0].country == "USA", [(p.text, p.admin1) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "place", "admin1"),
    [("L.A. firefighters put out a brush fire near the freeway on Sunday.", "L.A.", "Los Angeles", "California"),
     ("The storm cut power to thousands of homes across B.C. on Tuesday, the utility said.", "B.C.", "British Columbia",
      "British Columbia"),
     ("Crews cleared the highway outside Moncton, N.B., after the crash.", "N.B.", "New Brunswick", "New Brunswick"),
     ("The parish of Grand Coteau, La., held a fair on Sunday.", "La.", "Louisiana", "Louisiana")],
)
def test_a_city_and_canadian_provinces_by_their_news_abbreviations(text: str, name: str, place: str, admin1: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].name == place and found[0].admin1 == admin1, [(p.text, p.name) for p in item.places]


def test_an_era_is_no_province() -> None:
    item = sitrep.extract("The temple near Luxor was built around 1400 B.C. by the pharaoh's workers.", "2024-05-03")
    assert all(p.lat is None for p in places_named(item, "B.C.")), [(p.text, p.name) for p in item.places]


def test_an_abbreviated_county_is_the_county() -> None:
    item = sitrep.extract("A Gwinnett Co. deputy stopped the truck near the mall on Saturday, Georgia police said.", "2024-05-03")
    found = places_named(item, "Gwinnett Co.")
    assert found and found[0].name == "Gwinnett County" and found[0].admin1 == "Georgia", [(p.text, p.name) for p in item.places]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [("The Czechs will chair the summit in the spring, diplomats said.", "Czechs", "CZE"),
     ("Sinhalese voters backed the president in the southern districts.", "Sinhalese", "LKA"),
     ("The French sent two frigates to the gulf.", "French", "FRA")],
)
def test_a_peoples_word_names_its_country(text: str, word: str, country: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, word)
    assert found and found[0].country == country and found[0].feature == DEMONYM, [(p.text, p.country) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "county"),
    [("Deputies searched the woods in Henrico after the boy went missing near Mechanicsville on Monday. Chesterfield "
      "County officers and Hanover County firefighters joined them.", "Henrico", "Henrico County"),
     ("Prosecutors in Vanderburgh filed charges against the contractor on Friday. He had built homes in Evansville "
      "and in Posey County.", "Vanderburgh", "Vanderburgh County")],
)
def test_a_bare_name_known_only_as_a_county_is_that_county_in_an_american_story(text: str, name: str, county: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].name == county, [(p.text, p.name, p.evidence) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [("Farmers in Western Mass. lost much of the apple crop to a late frost.", "Western Mass.", "Massachusetts"),
     ("The charter school will move from Northwest D.C. to a bigger building next year.", "Northwest D.C.",
      "District of Columbia")],
)
def test_a_compass_word_before_an_abbreviation_names_part_of_its_place(text: str, name: str, place: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = [p for p in item.places if p.lat is not None and p.text in name]
    assert found and found[0].name == place, [(p.text, p.name) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [("The council thanked the volunteers. The overtime Wooster police worked was paid by a state grant in Ohio.",
      "Wooster", "Ohio"),
     ("The driver, Mary Stone of Jeannette, was taken to a hospital in Greensburg, Pennsylvania.", "Jeannette",
      "Pennsylvania"),
     ("The award went to Tom Hale, of Wooster, who coached in Ohio for 30 years.", "Wooster", "Ohio")],
)
def test_a_town_before_its_police_or_after_a_persons_of_is_a_place(text: str, name: str, admin1: str) -> None:
    # the NER takes the town for an organisation or a person; its police, or "of" after a person's name, say otherwise
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].admin1 == admin1, [(p.text, p.admin1) for p in item.places]


def test_a_lake_named_after_a_place_is_not_that_place() -> None:
    # "Lake Ontario" is not the province, nor "Lake Huron" a town called Huron, nor a lone "Lake" the Ohio town
    # GeoNames also calls so
    text = "Anglers drifted on Lake Huron and near Lake Ontario all week, the Ontario ministry said."
    item = sitrep.extract(text, "2024-05-03")
    assert not [p for p in item.places if p.lat is not None and "Lake " in text[p.start - 5 : p.end]], [
        (p.text, p.name) for p in item.places
    ]
    # a lake the gazetteer knows, or a country, stays placed
    chad = sitrep.extract("Fishermen on Lake Chad said the water had fallen again.", "2024-05-03")
    assert [p for p in chad.places if "Chad" in p.text and p.lat is not None]


# Post-office villages too small for GeoNames' cities1000 (us_places.tsv.gz): real places, our own sentences.
MINNESOTA_ROADS = """Heavy rain closes county roads

ALEXANDRIA, Minn. - Douglas County crews closed County Road 7 on Tuesday after water washed over it southwest of
Brandon, the county highway engineer said. A culvert also failed northeast of Kensington, near Garfield, and a detour
sends traffic through Evansville. Minnesota transportation officials asked drivers to slow down.
"""


@pytest.mark.parametrize(("name", "town"), [("Brandon", (45.97, -95.59)), ("Kensington", (45.78, -95.70))])
def test_a_village_of_a_local_american_story_is_its_post_office_town(name: str, town: tuple[float, float]) -> None:
    # GeoNames' cities1000 knows a Brandon in Florida and a Kensington in New York; the Minnesota villages only have
    # post offices, and the story's state and its other towns place them
    item = sitrep.extract(MINNESOTA_ROADS, "2024-05-07")
    found = places_named(item, name)
    assert found and found[0].admin1 == "Minnesota" and near(found[0], town), [(p.text, p.name, p.admin1) for p in found]


def test_a_post_office_town_needs_the_story_behind_it() -> None:
    # a village of that name in Florida is no reading of Sumatra in a story set in Indonesia, though it names Atlanta,
    # Georgia; nor is a Tennessee village "Alexandria" beside Memphis, with a town of 48,000 in Louisiana
    item = sitrep.extract(
        "Samples from farmers in a village of Sumatra in Indonesia tested negative for bird flu, the health minister said."
        " Final results are expected from the Centers for Disease Control in Atlanta, Georgia, and from a laboratory in"
        " Decatur, Georgia.", "2024-05-07")
    assert all(p.admin1 != "Florida" for p in places_named(item, "Sumatra")), [(p.text, p.admin1) for p in item.places]
    game = sitrep.extract("Alexandria beat Memphis 72-65 on Saturday. Alexandria led at the half, and Memphis never"
                          " caught up.", "2024-05-07")
    assert all(p.admin1 != "Tennessee" for p in places_named(game, "Alexandria")), [(p.text, p.admin1) for p in game.places]



# GeoNames villages of 500 to 999 people (villages.tsv.gz, from cities500): real places, our own sentences.
KENYA_FLOODS = """Floods cut roads in central Kenya

NAIROBI, Kenya - Rising water swept away a footbridge near Kandara on Sunday and forced families from their homes
in Murang'a County, the Kenya Red Cross said. Police in Thika and Nairobi warned drivers to avoid flooded roads.
"""


def test_a_village_under_a_thousand_people_is_read_in_a_story_set_in_its_country() -> None:
    # Kandara, Kenya, has some 900 people: too few for GeoNames' cities1000, and the only place of that name
    item = sitrep.extract(KENYA_FLOODS, "2024-04-28")
    found = places_named(item, "Kandara")
    assert found and found[0].country == "KEN" and near(found[0], (-0.90, 37.00)), [(p.text, p.country) for p in found]
    assert found[0].precision == "city" and found[0].geonameid is not None


def test_a_village_is_no_reading_in_a_story_set_elsewhere() -> None:
    # the same name in a story about France: nothing says Kenya, so the village is not what it means
    item = sitrep.extract(
        "Families from Kandara arrived in Lyon on Friday, and French officials in Marseille and Paris said more would"
        " follow.", "2024-04-28")
    assert all(p.lat is None for p in places_named(item, "Kandara")), [(p.text, p.country) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [("The turnpike authority will hear residents on Monday at Ludlow Town Hall, Massachusetts officials said.",
      "Ludlow Town Hall", "Massachusetts"),
     ("Two nurses at Woodstock General Hospital in Ontario were honoured for their work during the flood.",
      "Woodstock General Hospital", "Ontario")],
)
def test_a_towns_hall_or_hospital_is_placed_at_a_small_town_too(text: str, name: str, admin1: str) -> None:
    # named after a town of 20,000 to 40,000 people, too small to lend its name to any proper name, but a town hall
    # or a general hospital is the town's
    item = sitrep.extract(text, "2024-05-03")
    found = places_named(item, name)
    assert found and found[0].admin1 == admin1 and found[0].lat is not None, [(p.text, p.admin1) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Floods on Java forced thousands from their homes, Indonesia's disaster agency said.", "Java", "IDN"),
     ("A boat carrying 40 migrants reached Lampedusa overnight, the Italian coast guard said.", "Lampedusa", "ITA"),
     ("Wildfires on Crete and Rhodes forced tourists to leave their hotels.", "Crete", "GRC"),
     ("Rescuers searched the sea off Sicily for survivors of the shipwreck.", "Sicily", "ITA")],
)
def test_an_island_in_the_news_is_that_island(text: str, name: str, country: str) -> None:
    # the island, not a village of Georgia called Java; Sicily and Crete are regions ISO writes Sicilia and Kríti
    item = sitrep.extract(text, "2024-05-03")
    found = [p for p in places_named(item, name) if p.lat is not None]
    assert found and found[0].country == country, [(p.text, p.name, p.country) for p in item.places]


def test_a_name_two_far_apart_towns_share_alike_is_left_open() -> None:
    # nothing in the story tells Crestwood, Missouri from Crestwood, Illinois, towns of about the same size: the name
    # keeps its span but no coordinates, and says why
    item = sitrep.extract("Crestwood police said a man was hurt in a crash on Tuesday. The mayor of Crestwood thanked"
                          " the firefighters.", "2024-03-05")
    found = places_named(item, "Crestwood")
    assert found and all(p.lat is None and p.evidence.startswith("two readings score alike") for p in found), [
        (p.text, p.admin1, p.evidence) for p in found]
    # once the story gives the state, the name is read again, bare or not
    named = sitrep.extract("Firefighters from Crestwood, Illinois, put out a warehouse fire on Tuesday. Crestwood police"
                           " closed the road for two hours.", "2024-03-05")
    found = places_named(named, "Crestwood")
    assert len(found) == 2 and all(p.admin1 == "Illinois" for p in found), [(p.text, p.admin1) for p in found]


@pytest.mark.parametrize("text", [
    "BEIRUT: Parliament failed again on Thursday to elect a president, lawmakers said. The speaker called another"
    " session for next week.",
    "Talks end without a deal. BEIRUT --- Parliament failed again on Thursday to elect a president, lawmakers said.",
])
def test_a_dateline_with_a_colon_or_a_long_dash_is_a_place(text: str) -> None:
    item = sitrep.extract(text, "2024-03-05")
    found = places_named(item, "BEIRUT")
    assert found and found[0].country == "LBN" and found[0].lat is not None, [(p.text, p.country) for p in item.places]


def test_a_town_followed_by_a_country_it_is_in_places_the_story_there() -> None:
    # our own story: American names everywhere, a South Carolina town, and a country that shares its name with a
    # Mississippi town; the dateline ties the story to the island
    item = sitrep.extract(
        "ST. GEORGE'S, Grenada, Oct 28 (AP) - U.S. forces held almost the whole of Grenada on Friday, three days after "
        "American paratroopers landed on the island, officials said. A second flight of evacuated American students "
        "reached Charleston, South Carolina, late on Thursday.",
        "1983-10-28",
    )
    assert {p.country for p in places_named(item, "Grenada")} == {"GRD"}
    assert places_named(item, "Charleston")[0].country == "USA"


def test_the_field_an_office_is_for_is_no_place() -> None:
    # "Justice" and "Commerce" are towns in Illinois and Texas; in an office's name they are its field
    item = sitrep.extract("Gambia asked the International Court of Justice on Monday to rule on Myanmar's treatment of"
                          " the Rohingya, and the Department of Commerce said it would review the case.", "2019-11-12")
    assert not places_named(item, "Justice") and not places_named(item, "Commerce"), [(p.text, p.country) for p in item.places]


def test_a_first_name_before_a_middle_initial_is_no_town() -> None:
    # "Ann" is a town in Myanmar; "Ann H. Grose" is a candidate in a Massachusetts town election
    item = sitrep.extract("AMHERST, Mass. - Incumbents Merrylees Turner and Ann H. Grose did not seek re-election to the"
                          " town's select board on Tuesday.", "2009-04-01")
    assert not places_named(item, "Ann"), [(p.text, p.country) for p in item.places]
    assert {p.country for p in item.places} <= {"USA"}


def test_an_acronym_is_no_town_spelt_like_it() -> None:
    # "Eu" is a town in Normandy; "the EU" is the European Union, and a story in it happens in no French town
    item = sitrep.extract("Sweden became the ninth country in the EU to confirm bird flu on Monday after swans were"
                          " found dead near Oskarshamn.", "2006-02-27")
    assert not [p for p in places_named(item, "EU") if p.lat is not None], [(p.text, p.name) for p in item.places]
    assert places_named(item, "Oskarshamn")[0].country == "SWE"


def test_a_countrys_capital_the_text_does_not_name_is_that_capital() -> None:
    # our own sentences: the capital by its country's name or demonym is a city; one the text names is that name
    item = sitrep.extract("Gunmen stormed a hotel in Somalia's capital on Friday, police said. Troops later patrolled"
                          " the centre of the Malian capital, and rebels vowed to march on the Congolese capital"
                          " Kinshasa.", "2019-03-02")
    capitals = [(p.text, p.name, p.precision) for p in item.places if "capital" in p.text]
    assert capitals == [("Somalia's capital", "Mogadishu", "city"), ("Malian capital", "Bamako", "city")], capitals
    assert event_at(item, "stormed").place.name == "Mogadishu"
    assert places_named(item, "Kinshasa")[0].precision == "city"
    assert not [p for p in sitrep.extract("Russia's capital markets fell on Monday.", "2019-03-02").places
                if p.precision == "city"]


def test_a_name_the_ner_takes_with_its_village_is_a_place() -> None:
    # the small NER sometimes takes "village" into the name; the name is then a place by the text, as "X village" is
    from sitrep.parse import load_nlp
    from sitrep.places import _cue

    doc = load_nlp()("Gunmen invaded Maitsaba village in Zurmi on Sunday.")
    assert _cue(doc, 2, 4) == "a place's name (village)"
    assert _cue(doc, 0, 2) is None  # "Gunmen invaded": no name before the noun


def test_a_village_set_on_fire_is_where_the_raid_happened() -> None:
    # our own sentences: what raiders torch or raze is the place of the raid, not the town that locates it, and a
    # capital a direction measures from is no place of the act
    item = sitrep.extract("Raiders torched Tungan Bako village in Sokoto on Monday, residents said.", "2021-06-08")
    assert event_at(item, "torched").place.text == "Tungan Bako"
    item = sitrep.extract("Houthi fighters shelled an army post in Dhamar province south of Sanaa on Sunday.", "2016-04-25")
    assert event_at(item, "shelled").place.name.startswith("Dham")


def test_south_georgia_is_the_island_abroad_and_the_south_of_the_state_at_home() -> None:
    # our own sentences: a territory named like a part of a country competes with that part, the article decides
    island = sitrep.extract("Argentine marines seized South Georgia on Saturday, a day after the invasion of the"
                            " Falklands.", "1982-04-04")
    assert places_named(island, "South Georgia")[0].country == "SGS"
    state = sitrep.extract("Storms flooded roads across South Georgia on Sunday, a day after tornadoes hit Atlanta and"
                           " Savannah.", "2020-04-13")
    assert places_named(state, "South Georgia")[0].country == "USA"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # our own sentences: a capitalised name ending in a site noun, governed by a locative word or a verb of taking
        ("Rebels shelled army posts near the eastern edge of the Al-Rawda Orchards on Tuesday.", "shelled",
         "Al-Rawda Orchards"),
        ("Militants attacked a convoy outside the Qaryat Sugar Factory on Friday.", "attacked", "Qaryat Sugar Factory"),
        # a lower-case site noun after the name stays outside it
        ("Government troops captured the Al-Tawil Al-Kabir hill on Sunday after a night of clashes.", "captured",
         "Al-Tawil Al-Kabir"),
        # a numbered hill
        ("Soldiers shelled Hill 412 on Monday, killing several fighters.", "shelled", "Hill 412"),
    ],
)
def test_a_sites_name_the_gazetteer_lacks_is_a_place_of_the_act(text: str, trigger: str, place: str) -> None:
    item = sitrep.extract(text, "2016-05-03")
    (site,) = places_named(item, place)
    assert site.lat is None and site.evidence and "a site's name" in site.evidence
    (event, *_) = [e for e in item.events if trigger in e.trigger.text]
    assert event.place is not None and event.place.text == place


@pytest.mark.parametrize(
    "text",
    [
        # an armed group's name is who fought, and a site's name nothing governs is only a club's or a film's
        "Jets struck fighters of Jaysh Al-Qadisiya Valley near the border on Monday.",
        "The Green Ridge Football Club beat its rivals in March.",
        # a people's or a faith's word before the noun says who lives there, not the place's name
        "Gunmen shot three men in a Kurdish district of the city on Monday.",
    ],
)
def test_a_groups_name_or_an_ungoverned_one_is_no_site(text: str) -> None:
    item = sitrep.extract(text, "2016-05-03")
    assert not any("a site's name" in (p.evidence or "") for p in item.places)


def test_a_quote_opening_a_transliterated_name_does_not_hide_it() -> None:
    # our own sentence: the ayn written as a typographic quote is a token of its own before the name
    item = sitrep.extract("Troops shelled rebel positions in \u2018Ayn Al-Fijah on Friday.", "2017-01-10")
    assert [p.country for p in places_named(item, "Ayn Al-Fijah")] == ["SYR"]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # our own sentences: a name the gazetteer lacks that troops storm or enter is a place, kept unresolved
        ("Pro-government fighters stormed Umm Sahrij on Saturday.", "stormed", "Umm Sahrij"),
        ("Rebel units entered Dahiyat Al-Wahda after a car bomb hit its gate.", "entered", "Dahiyat Al-Wahda"),
    ],
)
def test_a_name_troops_storm_or_enter_is_a_place(text: str, trigger: str, place: str) -> None:
    item = sitrep.extract(text, "2016-05-03")
    (found,) = places_named(item, place)
    assert found.lat is None and "the object of" in (found.evidence or "")
    (event, *_) = [e for e in item.events if trigger in e.trigger.text]
    assert event.place is not None and event.place.text == place


def test_a_canadian_town_gains_from_its_province_named_in_the_story() -> None:
    # GeoNames gives Chatham no province; it takes its neighbours', so "Ontario" in the story counts for it
    text = "A truck driver from Chatham was hurt on Tuesday when his rig left the highway, Ontario provincial police said."
    item = sitrep.extract(text, "2024-05-03")
    (chatham,) = places_named(item, "Chatham")
    assert chatham.country == "CAN" and chatham.admin1 == "Ontario", chatham
    assert "region Ontario named in the article" in (chatham.evidence or ""), chatham


@pytest.mark.parametrize(
    ("text", "name", "resolved"),
    [
        # two names the tagger split are one town when the gazetteer knows them together, if only as an alternate
        ("Aid workers drove from Luanda to Mbanza Congo on Tuesday and stayed in Mbanza Congo overnight.",
         "Mbanza Congo", "Mbanza Kongo"),
        # a bare word for a kind of facility is no place of its own: the port is the city's
        ("Dockworkers at the Port of Oakland in California walked out on Monday.", "Oakland", "Oakland"),
    ],
)
def test_a_name_split_by_the_tagger_is_read_whole(text: str, name: str, resolved: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    found = [p for p in item.places if p.text == name]
    assert found and all(p.name == resolved for p in found), [(p.text, p.name) for p in item.places]
    assert not any(p.text in ("Congo", "Port") for p in item.places), [(p.text, p.name) for p in item.places]


def test_a_compass_part_of_a_region_abroad_is_left_open() -> None:
    # the gazetteer's only "Midlands" is a province of Zimbabwe, which the story never names
    item = sitrep.extract("Flu cases rose across the West Midlands this winter, nurses in Birmingham said.", "2024-05-03")
    (place,) = [p for p in item.places if p.text == "West Midlands"]
    assert place.country != "ZWE" and place.lat is None, (place.name, place.country)
    # in a country the article is about, the part is still placed in its region
    item = sitrep.extract("Floods hit West Java, Indonesian officials said, and the army sent boats.", "2024-05-03")
    (place,) = [p for p in item.places if p.text == "West Java"]
    assert place.country == "IDN", (place.name, place.country)


def test_a_compass_word_and_a_country_are_not_a_village() -> None:
    # a US post office is called South China; the story means the south of the country
    item = sitrep.extract("Typhoon rains flooded farms in South China on Sunday, state media said.", "2024-05-03")
    assert not any(p.country == "USA" for p in item.places), [(p.text, p.name, p.country) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the gazetteer has no Stroud or Bradford in Ontario: England's towns of the names are no answer
        ("A truck overturned on a highway near Stroud, Ontario, on Tuesday, provincial police said.", "Stroud"),
        ("The driver will appear before a Bradford, Ontario judge next month.", "Bradford"),
    ],
)
def test_a_town_the_text_puts_in_a_region_is_not_a_namesake_elsewhere(text: str, name: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = [p for p in item.places if p.text == name]
    assert place.country != "GBR" and place.lat is None, (place.name, place.country, place.evidence)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a region named after a town still picks the town's reading there
        ("The flight was diverted to Billings, Mont., because of ice.", "Billings", (45.78, -108.50)),
        # a country after a town in a list is one more item, not the town's country
        ("Delegates arrived from Moscow, Georgia and Armenia for the talks.", "Moscow", (55.75, 37.62)),
    ],
)
def test_a_town_agreeing_with_its_region_or_listed_stays(text: str, name: str, point: tuple[float, float]) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = [p for p in item.places if p.text == name]
    assert near(place, point, 60), (place.name, place.country, place.evidence)


def test_the_name_of_a_stronghold_is_a_place() -> None:
    # "the stronghold of X" names a town held by someone, whatever the NER read the name as
    item = sitrep.extract("Troops advanced on the Taliban stronghold of Marjah on Saturday.", "2010-02-13")
    assert places_named(item, "Marjah")


def test_a_states_name_and_the_word_after_it_may_be_a_village() -> None:
    # Tennessee Colony is a Texas village by the Coffield prison; the NER takes only "Tennessee" for a name
    item = sitrep.extract(
        "Guards searched every cell of the state prison near Tennessee Colony after an inmate escaped on Friday.",
        "2024-05-03",
    )
    assert [p.text for p in item.places] == ["Tennessee Colony"], [(p.text, p.name) for p in item.places]
    assert not any(p.admin1 == "Tennessee" for p in item.places)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a country's name with a town's police or school, in a story that points only to the United States, is a
        # town there (Mexico, Missouri; Lebanon, Tennessee)
        ("Mexico police and the United States Forest Service searched for a missing hiker on Sunday.", "Mexico", "USA"),
        ("Parents packed the Lebanon middle school gym to hear the United States Secretary of Education.", "Lebanon", "USA"),
        # a story that names the country's neighbour keeps the country
        ("Jordan police said the man crossed from Syria before dawn.", "Jordan", "JOR"),
    ],
)
def test_a_countrys_name_with_a_towns_police_or_school(text: str, name: str, country: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = places_named(item, name)
    assert place.country == country, (place.name, place.country, place.evidence)


def test_a_persons_surname_said_again_alone_is_no_town() -> None:
    # the NER tags the bare "Bingham" a place; the story has named Hiram Bingham in full (not Bingham, England)
    item = sitrep.extract(
        "Bingham to lead Yale expedition. Lecturer Hiram Bingham will sail for Peru next month. "
        "Bingham will announce the route on his return.",
        "1911-05-03",
    )
    assert not places_named(item, "Bingham"), [(p.text, p.name, p.country) for p in item.places]
    assert [p.country for p in places_named(item, "Peru")] == ["PER"]


def test_a_name_of_compass_words_alone_is_a_region_abroad_only_in_a_story_about_it() -> None:
    # Cameroon's "South-West" is no answer for the south-west of England; in a story about Cameroon it is
    item = sitrep.extract(
        "Storms cut power to homes across the South West on Sunday, and trains from Exeter to Plymouth were cancelled.",
        "2024-05-03",
    )
    (place,) = places_named(item, "South West")
    assert place.country != "CMR" and place.lat is None, (place.name, place.country)
    item = sitrep.extract("Separatists attacked a checkpoint in Cameroon's South West on Monday, officials in Buea said.", "2024-05-03")
    (place,) = places_named(item, "South West")
    assert place.country == "CMR", (place.name, place.country)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a compass part of a continent that the world table holds whole is that part, not the continent's middle
        ("The locust swarms moved across East Africa in February, the FAO said.", "East Africa", (0.0, 37.0)),
        ("Ebola cases rose in West Africa last month, the WHO said.", "West Africa", (12.0, -3.0)),
    ],
)
def test_a_world_region_named_with_a_compass_word_is_itself(text: str, name: str, point: tuple[float, float]) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = places_named(item, name)
    assert place.name == name and near(place, point, km=100), (place.name, place.lat, place.lon)


def test_a_lower_case_compass_word_is_no_part_of_a_world_regions_name() -> None:
    item = sitrep.extract("Drought has hit east Africa hard this year.", "2024-05-03")
    (place,) = [p for p in item.places if p.text.endswith("Africa")]
    assert place.name == "Africa", place.name


@pytest.mark.parametrize(
    "text",
    [
        "The utility serves farms from the Kentucky border to the Georgia state line, its manager said.",
        "Georgia state lawmakers voted on Tuesday to raise the tax on motor fuel.",
    ],
)
def test_a_name_with_a_state_line_or_state_lawmakers_is_the_state(text: str) -> None:
    item = sitrep.extract(text, "2024-05-03")
    (place,) = places_named(item, "Georgia")
    assert place.country == "USA" and place.precision == "admin1", (place.name, place.country)


def test_a_country_named_before_its_state_media_stays_the_country() -> None:
    item = sitrep.extract("Georgia state television reported shelling near Tskhinvali overnight.", "2024-05-03")
    (place,) = places_named(item, "Georgia")
    assert place.country == "GEO" and place.precision == "country"


def test_a_church_in_a_town_is_in_that_town_not_in_its_saints_namesake() -> None:
    item = sitrep.extract("The couple were married in 1952 at St. Paul’s United Brethren Church in Elizabethtown.", "2024-05-03")
    (place,) = [p for p in item.places if p.text.endswith("Elizabethtown")]
    assert place.name is not None and place.admin1 != "Minnesota" and "Elizabethtown" in (place.evidence or ""), place


def test_a_towns_old_name_is_no_reading_beside_a_larger_town_that_bears_it() -> None:
    # GeoNames lists "Maryville" among the old names of Beeville, Texas; a story that names Texas still means a
    # Maryville, the town whose own name it is (and "Kiev" stays Kyiv, larger than any village spelt so)
    text = ("Fire crews in Maryville put out a blaze at a feed store on Tuesday, the fire marshal said. "
            "The owner, who moved from Austin, Texas, last spring, said no animals were hurt.")
    item = sitrep.extract(text, "2024-05-03")
    (place,) = places_named(item, "Maryville")
    assert place.name == "Maryville", (place.name, place.admin1, place.evidence)
    item = sitrep.extract("Air raid sirens sounded in Kiev overnight, the city's mayor said.", "2024-05-03")
    (place,) = places_named(item, "Kiev")
    assert place.country == "UKR", (place.name, place.country)


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("A blood drive will be held at the Wamego Seniors Center on Saturday, organizers said.", "Wamego", "Kansas"),
        ("No one was hurt in the barn fire, Zionsville Fire Chief James VanGorder said on Monday.", "Zionsville", "Indiana"),
        ("The two men were arraigned before Feltham Magistrates' Court on Tuesday.", "Feltham", "England"),
    ],
)
def test_a_towns_name_before_its_office_or_officer_is_the_town(text: str, name: str, region: str) -> None:
    # the small NER reads "Zionsville Fire" as a person's name and "the Wamego Seniors Center" as a body's
    item = sitrep.extract(text, "2009-05-03")
    (place,) = places_named(item, name)
    assert place.admin1 == region and place.lat is not None, [(p.text, p.evidence) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("The three school systems - Athens, McMinn County and Etowah - will study a merger.", "Etowah", "Tennessee"),
        ("The flood closed roads between Moorhead, Fargo and Hawley on Friday.", "Hawley", "Minnesota"),
    ],
)
def test_a_name_listed_with_towns_is_a_town(text: str, name: str, region: str) -> None:
    # the small NER reads "Etowah" as a person's name and "Hawley" as a body's
    item = sitrep.extract(text, "2009-05-03")
    (place,) = places_named(item, name)
    assert place.admin1 == region and place.lat is not None, [(p.text, p.evidence) for p in item.places]


def test_a_surname_listed_with_a_country_is_no_town() -> None:
    item = sitrep.extract("Clinton and Russia discussed arms control on Monday.", "2009-05-03")
    assert not places_named(item, "Clinton"), [(p.text, p.evidence) for p in item.places]


def test_a_name_listed_with_a_place_is_no_namesake_village_abroad() -> None:
    # Santon is a village on the Isle of Man; the hills above Oran have nothing to do with it
    item = sitrep.extract("France dug its fuel stores deep under the Santon and Murdjadjo hills above Oran.", "1968-02-01")
    assert not [p for p in places_named(item, "Santon") if p.country == "IMN"], [(p.text, p.evidence) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Corporate officials for Northbrook-based Crate & Barrel declined to comment.", "Northbrook", "Illinois"),
        ("The mother, a Sligo-based nurse, has campaigned for two years.", "Sligo", "Connaught"),
        ("Journalists visited the Gori-based first infantry brigade on Wednesday.", "Gori", "Shida Kartli"),
    ],
)
def test_where_a_body_is_based_is_a_place(text: str, name: str, region: str) -> None:
    item = sitrep.extract(text, "2009-05-03")
    (place,) = places_named(item, name)
    assert place.admin1 == region and place.lat is not None, [(p.text, p.evidence) for p in item.places]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("The spring meeting of the East Texas Environmental Concerns Organization will be held in Tyler on Tuesday.",
         "East Texas", "Texas"),
        ("Judges of the Western Pennsylvania Kennel Association show in Monroeville picked a beagle on Sunday.",
         "Western Pennsylvania", "Pennsylvania"),
    ],
)
def test_a_compass_word_joins_the_region_after_it_not_the_body_named_after_both(text: str, name: str, region: str) -> None:
    item = sitrep.extract(text, "2009-05-03")
    (place,) = places_named(item, name)
    assert place.admin1 == region and place.lat is not None, [(p.text, p.evidence) for p in item.places]


def test_a_name_before_someones_home_says_where_the_home_is() -> None:
    # "her X home": the possessive is the owner, so a name the NER leaves out or takes for a body is where the home is
    item = sitrep.extract(
        "Gunmen shot dead journalist Gauri Lankesh outside her Rajarajeshwari Nagar home in September 2017.", "2017-09-06"
    )
    assert [p.text for p in item.places] == ["Rajarajeshwari Nagar"]
    assert event_at(item, "shot").place is not None and event_at(item, "shot").place.text == "Rajarajeshwari Nagar"
