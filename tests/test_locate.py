"""Placing events: the place attached to the trigger, on sentences written for these tests, and the
seed article's placements (read from ../shared at test time)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import sitrep
from sitrep.model import Event, Item


def place_of(text: str, trigger: str) -> str | None:
    """The place text of the event whose trigger contains ``trigger``."""
    events = [e for e in sitrep.extract(text, "2024-05-03").events if trigger in e.trigger.text]
    assert events, f"no event at {trigger!r}"
    place = events[0].place
    return place.text if place is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # "the town of X" names the town: the event is in X, not in the country or region before it
        ("Soldiers shot dead three men in the Malian town of Gao on Tuesday.", "shot", "Gao"),
        ("Two soldiers were killed in an ambush near the village of Inates in western Niger.", "killed", "Inates"),
        # a place a distance is measured from is not where it happened
        ("Gunmen killed two farmers in Dosso, 140 km east of Niamey, on Sunday.", "killed", "Dosso"),
        # a fronted locative places the clause after it
        ("In Kidal, rebels attacked an army convoy on Sunday.", "attacked", "Kidal"),
        # an appositive describes the place, the first name is where it happened
        ("Hundreds of protesters marched in Zinder, Niger's second city, on Friday.", "marched", "Zinder"),
        # a participle act that names its own place is placed there
        ("The army launched an offensive in the Tillaberi region on Monday, targeting the town of Ayorou.", "targeting", "Ayorou"),
        # the most specific place named for the event, even one the gazetteer lacks, not its container
        ("A car bomb struck the Karrada district of Baghdad on Sunday, killing 12 people.", "struck", "Karrada"),
        ("Gunmen attacked Kwatarkwashi village of Gusau local government area of Zamfara State.", "attacked", "Kwatarkwashi"),
        ("Inmates in Istanbul's Metris prison seized 12 guards on Monday.", "seized", "Metris"),
        ("Dozens of shops were burned in Eldoret, the main town of the Rift Valley, on Monday.", "burned", "Eldoret"),
        # a country naming who was there ("a U.S. patrol") is not where a bomb went off near a named camp
        ("A roadside bomb exploded near a U.S. patrol close to the Speicher Camp, north of Tikrit.", "exploded", "Speicher Camp"),
        # a place describing who was acted on is not where: "a minister from Niger was arrested in Mali"
        ("Two aid workers from Niger were kidnapped in Menaka on Sunday.", "kidnapped", "Menaka"),
        ("Prisoners at Guantanamo Bay were captured in Afghanistan in 2001.", "captured", "Afghanistan"),
        # what was captured, said first, is where, not who took it or from whom
        ("The Golan Heights were captured by Israel from Syria in the 1967 war.", "captured", "Golan Heights"),
        ("Crimea was seized by Russian forces from Ukraine in February 2014.", "seized", "Crimea"),
        # a town troops take or overrun is a place whatever the NER called it (a person, a product, a body)
        ("Seleka rebels captured Bria on Sunday.", "captured", "Bria"),
        ("Boko Haram fighters overran Baga on Saturday.", "overran", "Baga"),
        ("The army recaptured Bentiu on Friday.", "recaptured", "Bentiu"),
        # a fight the act happened in is as near as the act itself ("wounded in a firefight near X")
        ("A soldier was captured after being wounded in a firefight near Khost, a town in eastern Afghanistan.",
         "captured", "Khost"),
        # what contains the place, said after it, is not where
        ("Gunmen attacked a village called Kadji in Tillaberi on Tuesday.", "attacked", "Kadji"),
        ("Police clashed with protesters in the Plateau neighbourhood of the capital city of Niamey.", "clashed",
         "Plateau"),
        ("Security forces raided Sadr City, a Shiite district in eastern Baghdad, on Monday.", "raided", "Sadr City"),
        ("A bomb exploded at Kilometre Four junction in Mogadishu, killing two soldiers.", "exploded", "Kilometre Four"),
        # "the X district of Y": of two names the gazetteer lacks, X names the district; "of Y State" contains it
        ("Gunmen killed nine villagers in the Tsaunin Kura district of Zamfara State on Monday.", "killed", "Tsaunin Kura"),
        # a bare direction still names the place ("just south of X"), a distance makes it a reference point
        ("The army launched an offensive in the Tillaberi region, targeting positions just north of Ayorou.", "targeting",
         "Ayorou"),
        # a country's site abroad is whose, not where ("a U.S. base at Balad")
        ("A French soldier was killed near a French base at Gao on Sunday.", "killed", "Gao"),
        ("Soldiers were patrolling near a U.S. military base in Agadez when a bomb went off.", "patrolling", "Agadez"),
        # "X district, Y": the name before the unit is the place, the one after the comma holds it
        ("Soldiers were patrolling a road in Kapho district, Pattani, when a bomb went off.", "patrolling", "Kapho"),
        # a name before a range, a township or a port is part of a place
        ("Soldiers captured a radio mast in the Mount Hombori range of central Mali.", "captured", "Mount Hombori"),
        ("In the province of Gao, gunmen shelled the town of Ansongo.", "shelled", "Ansongo"),
        # "located at", "situated near" only say where the noun is: as if the place hung from the noun
        ("Troops are storming positions located at the northern edge of Boni in the Mopti region.", "storming", "Boni"),
        # the object of the verb the place hangs from, not only of the trigger's own
        ("Jihadists began their offensive by storming the town of Boni in central Mali.", "began", "Boni"),
        # a region set as the scene holds the finer place the act itself names
        ("On Sunday morning in the Tillaberi region, jihadists launched an offensive on the town of Ayorou.", "launched",
         "Ayorou"),
    ],
)
def test_place_attached_to_the_trigger(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_conjoined_verbs_are_one_event_placed_once() -> None:
    events = sitrep.extract("A policeman was shot and killed near the market in Tahoua on Monday.", "2024-05-03").events
    assault = [e for e in events if e.type == "ASSAULT"]
    assert len(assault) == 1, [(e.type, e.trigger.text) for e in events]
    assert assault[0].trigger.text == "shot and killed"
    assert assault[0].place is not None and assault[0].place.text == "Tahoua"


# ---------------------------------------------------------------- the seed article


def _first(events: Iterable[Event], trigger: str, actor: str) -> Event:
    found = [e for e in events if trigger in e.trigger.text and actor in {a.country for a in e.actor}]
    assert found, f"no event at {trigger!r} by {actor}"
    return found[0]


def test_seed_placements(seed_item: Item) -> None:
    evs = seed_item.events
    takeover = _first(evs, "take", "RUS")  # "let the Russians take over Airbase 101" (its type is the typer's)
    assert takeover.place is not None and takeover.place.precision == "facility"
    assert takeover.place.lat is not None and takeover.place.lon is not None
    assert abs(takeover.place.lat - 13.5) < 0.3 and abs(takeover.place.lon - 2.1) < 0.3, "Air Base 101 is at Niamey"
    pulling = [e for e in evs if e.type == "RETREAT" and "TCD" in {a.country for a in e.recipient}]
    assert pulling and pulling[0].place is not None and pulling[0].place.country == "TCD"
    visit = _first(evs, "traveled", "USA")
    assert visit.place is not None and visit.place.country == "NER"
    # "notified the United States that the American soldiers must leave the country": the country they leave
    leave = _first(evs, "leave", "USA")
    assert leave.place is not None and leave.place.country == "NER"
    assert not [e for e in evs if e.place is not None and e.place.country == "NGA"]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a sea is a place; a demonym before it is part of its name
        ("Two fishermen were captured by Iranian forces in the Persian Gulf on Monday.", "captured", "Persian Gulf"),
        # an organisation's acronym is who, not where
        ("Hundreds of veterans demonstrated outside UN headquarters in Maputo on Wednesday.", "demonstrated", "Maputo"),
        # the person captured is not the place ("captured Ocalan in Kenya")
        ("Commandos captured Bazoumi in Kenya in February.", "captured", "Kenya"),
        # a building named by its town is in that town
        ("A man was shot dead as he left a west Dublin football pitch on Monday.", "shot", "Dublin"),
        # a facility or district named in capitals is the place, resolved or not
        ("Militants stormed the Central Hospital on Tuesday, a source in Mosul said.", "stormed", "Central Hospital"),
        ("A bomber blew himself up inside the Al-Karama District of Homs City on Monday.", "blew", "Al-Karama District"),
        # of two places the same verb puts "in", the larger holds the smaller
        ("A car bomb parked in the Karrada neighbourhood in central Baghdad exploded on Monday.", "exploded", "Karrada"),
        ("Two people were killed in a bombing in western Baghdad in a busy market of Bayaa neighbourhood.", "killed", "Bayaa"),
        ("In Canberra, about 300 Serbians protested outside the US embassy against the NATO bombing of Yugoslavia.",
         "protested", "Canberra"),
        # a name the text calls a town, a neighbourhood or a place ("al-Rai, a border town", "in Nice Saturday")
        ("Rebels are now on the outskirts of al-Bab, a town they have entered twice.", "entered", "al-Bab"),
        ("Four teenagers were shot in a nearby Brooklyn neighborhood, Brownsville.", "shot", "Brownsville"),
        ("Hunters demonstrated in Lyon Saturday against the wolf plan.", "demonstrated", "Lyon"),
        ("Bombs exploded near the U.S. embassies in Kenya and Tanzania on Friday.", "exploded", "Kenya"),
        ("Militiamen attacked a U.S. base in Syria on Sunday.", "attacked", "Syria"),
        # the person shot is not the place
        ("Gunmen shot Haddad twice as he stood outside the Europa Hotel in Belfast.", "shot", "Europa Hotel"),
    ],
)
def test_what_is_not_a_place_does_not_place_the_event(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a state's statement or decision is made at home, not where the state it addresses is
        ("Mali's junta ended its defence agreements with France on Monday.", "ended", "MLI"),
        ("Burkina Faso's military rulers demanded in January that the French forces leave within a month.", "demanded",
         "BFA"),
        ("The junta in Bamako revoked its accord with Paris on Saturday.", "revoked", "MLI"),
        ("Niger's General Abdourahamane Tiani hosted Burkina Faso's Captain Ibrahim Traore for talks on Saturday.",
         "hosted", "NER"),
        # a visit made is abroad, and a place the sentence gives still rules
        ("Ghana's president visited Togo on Tuesday.", "visited", "TGO"),
        ("Mali's foreign minister condemned France's stance in a speech in Dakar.", "condemned", "SEN"),
    ],
)
def test_a_state_says_and_decides_at_home(text: str, trigger: str, country: str) -> None:
    event = next(e for e in sitrep.extract(text, "2024-05-03").events if e.trigger.text == trigger)
    assert event.place is not None and event.place.country == country


def test_a_county_is_finer_than_the_region_it_lies_in() -> None:
    text = "Armed police patrolled the perimeter of RAF Fairford in Gloucestershire, southwestern England, on Saturday."
    assert place_of(text, "patrolled") == "Gloucestershire"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Some 300 students protested on Tuesday against the Israeli offensive in Gaza and burned a flag outside the "
         "consulate in Wellington.", "protested", "Wellington"),
        ("Several thousand students at Dhaka universities demonstrated on Sunday against the blockade of the Gaza Strip.",
         "demonstrated", "Dhaka"),
    ],
)
def test_what_a_protest_is_against_is_not_where_it_is(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_nigerian_local_government_area_holds_the_village_named_in_it() -> None:
    text = ("Five people were killed in Dogo Noma in Kamuru chiefdom of Kajuru Local Government Area of Kaduna State "
            "on Sunday when gunmen opened fire on a market.")
    assert place_of(text, "killed") == "Dogo Noma"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a place near another is where it happened; the other only says where it lies
        ("A journalist was shot at the gate of the Balata refugee camp near the city of Nablus on Friday.", "shot",
         "Balata"),
        ("Government troops launched an assault to recover the villages of Kafr Nabl and Hass near the town of Maarat "
         "al-Numan.", "launched", "Kafr Nabl"),
        # a town opening the name of a parade or a festival is not where the marchers were
        ("Thousands of people were marching in the Brooklyn Carnival Parade in Crown Heights on Monday.", "marching",
         "Crown Heights"),
    ],
)
def test_a_place_named_only_to_locate_another_is_not_the_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # sites "between" two places lie there: the first of them is finer than the province set as the scene
        ("In Idlib province, artillery shelled the road between Ariha and Jisr al-Shughur on Tuesday.", "shelled", "Ariha"),
        # (and so do sites said to lie there: "villages lying between X and Y")
        ("Jets bombed villages lying between Ain Issa and Tal Abyad in the Raqqa countryside.", "bombed", "Ain Issa"),
        # but the two sides of a clash are who fought, not where
        ("Three herders were killed in a clash between Fulani and Tiv villagers near Makurdi on Sunday.", "killed",
         "Makurdi"),
    ],
)
def test_sites_between_two_places_lie_there(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_name_the_gazetteer_lacks_lies_in_the_known_place_after_it() -> None:
    # "in A in B": a village the gazetteer lacks, named first, lies in the town it knows, however coarse it reads A
    text = "Suicide bombers killed nine people in Kangaleri in the commune of Mora in northern Cameroon on Sunday."
    assert place_of(text, "killed") == "Kangaleri"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # "at A in B": a locality the gazetteer lacks, named first, lies in the town it knows after it
        ("Police arrested two men at Ganapathy Nagar in Coimbatore on Tuesday.", "arrested", "Ganapathy Nagar"),
        # but a temple's or a river's name is a site the town still places the act in
        ("Soldiers patrolled the streets near the Temple of the Tooth in Kandy after the riots.", "patrolled", "Kandy"),
        # "the A township of B": a township the gazetteer lacks, named after "of", is a part of the known town A
        ("Police shot dead an activist in the Harare township of Kuwadzana in 2008.", "shot", "Kuwadzana"),
    ],
)
def test_a_locality_the_gazetteer_lacks_lies_in_the_known_town_that_places_it(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_region_after_a_comma_holds_the_place_before_it() -> None:
    text = ("Twenty army recruits were killed on Monday when a suicide bomber struck the queue they stood in outside a base "
            "in Ramadi, in the western province of Anbar.")
    assert place_of(text, "killed") == "Ramadi"


def test_a_section_named_by_its_town_is_finer_than_the_town() -> None:
    # "Brooklyn's Crown Heights section": a name before "section" names a part of the town, as before "quarter"
    text = "Protesters clashed with police in Brooklyn's Crown Heights section in August 1991."
    assert place_of(text, "clashed") == "Crown Heights"


def test_places_listed_after_including_stand_as_the_places_they_are_some_of() -> None:
    # "towns in X, including A and B": A is one of the towns taken, finer than the province they lie in
    text = "M23 rebels captured several towns in North Kivu province, including Rutshuru and Kiwanja, in late 2022."
    assert place_of(text, "captured") == "Rutshuru"


def test_a_known_place_after_of_holds_the_name_before_it() -> None:
    # "the X Farms of northern Aleppo": the city after "of" says where the farms are, however coarse an unknown name reads
    text = "Rebels launched a counter-offensive at the Mallah Farms of northern Aleppo in July 2016."
    assert place_of(text, "launched") == "Mallah Farms"


def test_a_sentence_the_parser_splits_where_none_can_end_keeps_its_place() -> None:
    # the parser ends a sentence at "[12 May]"; the place after it is still the bombing's
    text = ("Three soldiers were killed and four wounded in a roadside bombing on Sunday [12 May] in the Mir Ali area of "
            "North Waziristan.")
    assert len(sitrep.extract(text, "2024-05-03").sentences) == 2  # (else this tests nothing)
    assert place_of(text, "killed") == "Mir Ali"


def test_a_name_after_a_locative_and_a_word_for_its_part_is_a_place() -> None:
    # "in western Samarra": the NER takes the name for a people; "in" before "western" still makes it a place
    text = "A car bomb exploded near an army checkpoint in western Samarra on Monday, killing three soldiers."
    assert place_of(text, "exploded") == "Samarra"


def test_a_name_the_ner_took_for_someone_is_a_place_right_after_at() -> None:
    # "at Idomeni": a bare name after "at", as after "in" or "near", is a place the gazetteer may not know
    text = "Yet at Idomeni, hundreds of stranded migrants protested against the closed border in March 2016."
    assert place_of(text, "protested") == "Idomeni"


def test_the_possessor_of_the_unit_a_place_names_is_not_finer_than_it() -> None:
    # "Manila's neighbouring province of X": the city only says where the province lies
    text = "Police detonated two bombs found on Sunday in Manila's neighbouring province of Bulacan."
    assert place_of(text, "detonated") == "Bulacan"


def test_a_particle_before_a_place_is_its_preposition() -> None:
    # the parser reads "off" as the verb's particle and the port as a bare noun; it still places the seizure
    text = "A Thai trawler with 18 crew en route to Oman was captured off Mogadishu, on Somalia's eastern coast."
    assert place_of(text, "captured") == "Mogadishu"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # "near A in B district": the name before "district" is the district, and holds A however it reads
        ("A landmine exploded near Sukkhad Bazar in Kailali district on Monday.", "exploded", "Sukkhad Bazar"),
        ("Gunmen shot dead a shopkeeper at Melpattambakkam in Cuddalore district on Friday.", "shot", "Melpattambakkam"),
        # but a city's district said first lies in the city after it
        ("A car bomb detonated in Dora district in southern Baghdad on Tuesday.", "detonated", "Dora"),
    ],
)
def test_a_district_named_after_a_place_holds_it(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a clause opened by "where" happens at the noun it hangs from, not at the places of the clause above it
        ("The envoy flew from Freetown to the Kenema district, where a nurse was shot by soldiers last month.", "shot",
         "Kenema"),
        # and at the whole phrase that noun ends: "the X suburb of Damascus, where" is the suburb
        ("Reports spoke of shelling in the Kafr Batna suburb of Damascus, where 20 people were killed on Monday by the "
         "air force.", "killed", "Kafr Batna"),
    ],
)
def test_a_clause_opened_by_where_happens_at_its_noun(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_place_in_a_who_clause_says_who_the_person_is_not_where() -> None:
    # "a Dutchman who was born in Morocco": the birthplace describes the man taken, the town is where he was taken
    text = ("A 31-year-old Dutchman who was born in Morocco was captured by French troops following an exchange of gunfire "
            "in the city of Gao on Sunday.")
    assert place_of(text, "captured") == "Gao"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a participle that strikes a place the text calls a village or a camp is an act of its own, there (the NER may
        # take the village's name for a person's or a date's, or the camp into an actor's words)
        ("Rebels launched an offensive in the Quneitra countryside on Friday, targeting the village of Jaba near the "
         "frontier.", "targeting", "Jaba"),
        ("Islamic State fighters launched an assault in the Damascus countryside on Thursday, targeting the militant-held "
         "Yarmouk Refugee Camp.", "launched", "Damascus"),
    ],
)
def test_a_participle_on_a_place_called_a_village_or_a_camp_is_its_own_act(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_participle_striking_near_a_place_called_a_town_is_the_same_raid() -> None:
    # the place the strikes were near is where they fell, no target of a second act
    text = "Russian jets carried out air strikes in Syria on Friday, hitting targets near the city of Damascus."
    assert [e.type for e in sitrep.extract(text, published="2024-05-03").events].count("ASSAULT") == 1


@pytest.mark.parametrize(
    ("text", "trigger", "places"),
    [
        # names listed before a plural unit are each that unit, whatever the NER read: the act is there, not in the
        # town or the country the list lies in
        ("Government troops patrolled Chak and Jalrez districts on Tuesday after the attack.", "patrolled",
         {"Chak", "Jalrez"}),
        ("Troops raided the Karrada and Jadriya neighbourhoods of Baghdad overnight.", "raided", {"Karrada", "Jadriya"}),
        ("Thousands of people protested in the Sadr and Shula neighbourhoods of Baghdad on Friday.", "protested",
         {"Sadr", "Shula"}),
    ],
)
def test_names_listed_before_a_plural_unit_are_places(text: str, trigger: str, places: set[str]) -> None:
    assert place_of(text, trigger) in places


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a town of two words captured, said first, is where; whom it was taken "from" is not
        ("Port Stanley was captured by Argentine troops from Britain on April 2, 1982.", "captured", "Port Stanley"),
        # but a bare one-word name may be a captured person's, and the place the sentence gives still wins
        ("Arad was captured by Amal militiamen after his plane came down over Lebanon in 1986.", "captured", "Lebanon"),
    ],
)
def test_a_place_captured_said_first_is_where_not_its_former_holder(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "places"),
    [
        # a town troops encircle or shell is a place whatever the NER read (a person's name, or nothing), said first
        # or listed, and is where it happened, not the country of the troops who did it
        ("Shusha and Lachin were encircled by Armenian forces in May 1992.", "encircled", {"Shusha", "Lachin"}),
        ("Rebels encircled Shusha and Lachin in May 1992.", "encircled", {"Shusha", "Lachin"}),
        ("Brcko was shelled by Serb artillery on Sunday.", "shelled", {"Brcko"}),
    ],
)
def test_a_town_encircled_or_shelled_is_a_place_whatever_the_ner_read(text: str, trigger: str, places: set[str]) -> None:
    assert place_of(text, trigger) in places


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a town's name before a site, past the nouns that say what kind of site it is, is where the site is
        ("A fire destroyed the Enniskillen home of a local councillor on Monday.", "destroyed", "Enniskillen"),
        # (a name the NER left alone too)
        ("Insurgents bombed the Rutba water pumping station on Sunday.", "bombed", "Rutba"),
    ],
)
def test_a_town_before_a_site_is_where_the_site_is(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # what a battle or a fight is for is where it is fought, whatever the NER read the name as
        ("Dozens of militants were killed in the fight for Marea last week.", "killed", "Marea"),
        ("Hundreds were killed in the battle for Kessab.", "killed", "Kessab"),
    ],
)
def test_the_place_a_battle_is_for_is_where_it_is_fought(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_the_countryside_of_a_town_is_a_region_that_holds_the_village_named_in_it() -> None:
    # "the Hama countryside" is the land around the city: the village the act names is finer than it
    text = ("In the northern Hama countryside, government troops launched an assault on rebel fighters inside the town "
            "of Kafr Zita on Sunday.")
    assert place_of(text, "launched") == "Kafr Zita"


def test_the_township_of_a_city_names_the_township() -> None:
    # "the Johannesburg township of Soweto": "of" after a township with a determiner gives its name
    text = "Police fired rubber bullets at striking miners in the Johannesburg township of Soweto on Tuesday."
    assert place_of(text, "fired") == "Soweto"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a name before a strait, a waterway or a channel is the water's name, where the act happened
        ("Houthi boats seized a cargo ship in the Bab el-Mandeb strait off Yemen on Sunday.", "seized", "Bab el-Mandeb"),
        # and one before a home is the quarter the home is in, not who or what the home is
        ("A retired judge was found murdered in his Banjara Hills apartment in Hyderabad on Sunday.", "murdered",
         "Banjara Hills"),
    ],
)
def test_a_name_before_a_waterway_or_a_home_is_a_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_name_the_parser_hung_on_the_direction_after_it_is_still_the_place() -> None:
    # "the town of Hit west of Ramadi": Hit read as a modifier of "west" is still where, not who or what
    text = "A suicide bomber blew himself up at a checkpoint in the town of Hit west of Ramadi in the province of Anbar."
    assert place_of(text, "blew") == "Hit"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a participle's act is placed by the clause it hangs from before the clause above that one
        ("Violence flared in Kaduna State on Sunday when gunmen appeared on a road near Kajuru village, killing nine "
         "passengers.", "killing", "Kajuru"),
        ("Fear spread in Borno State on Friday after insurgents rode into a market near Gwoza town, killing twelve "
         "traders.", "killing", "Gwoza"),
    ],
)
def test_a_participle_is_placed_by_the_clause_it_hangs_from_first(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a country set as the scene and a city of it named in the act's own phrase: the city
        ("Amid a wave of violence across Afghanistan, gunmen shot dead a judge walking near his office in the southern "
         "city of Kandahar on Tuesday.", "shot", "Kandahar"),
    ],
)
def test_a_town_given_for_the_happening_beats_its_country(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a town in another clause with its own subject is another happening
        ("Students rallied across Chile on Thursday as ministers met in Valparaiso to debate the education bill.",
         "rallied", "Chile"),
        # a town after "including" is one of several places the whole act covers
        ("Israeli jets struck targets in Syria on Monday, including positions near Damascus.", "struck", "Syria"),
    ],
)
def test_a_town_of_another_clause_or_a_list_leaves_the_country(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_place_noun_the_tagger_reads_as_a_verb_still_leads_up_to_the_act() -> None:
    # the parse the tagger sometimes gives "demonstrated in Paris streets": "streets" a VERB under "in"
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitrep.locate import _climb

    words = ["Nurses", "demonstrated", "in", "Paris", "streets", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
              pos=["NOUN", "VERB", "ADP", "PROPN", "VERB", "PUNCT"], lemmas=["nurse", "demonstrate", "in", "Paris", "street", "."])
    top, prep, _role, _hops, _reference = _climb(doc[3], (1,))
    assert (top.i, prep) == (1, "in")
