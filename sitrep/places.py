"""Places: find every place name in an article, resolve it against the gazetteer, place each event.

**Finding.** Place names are the parser's GPE, LOC and FAC entities (the entity ruler has already
tagged the gazetteer's countries, regions, big cities and facilities), plus capitalised spans the
small NER missed or mistook for a person or organisation that the gazetteer knows as a place.
A demonym ("Nigerien troops") is a place of its country at country precision, flagged with
the feature ``DEMONYM`` and never used to place an event. The NER's persons and organisations
are places when the words around them say so ("of Chiefland,", "from Jordan"), and once a name is a
place every other occurrence of it is the same place ("Chiefland police"). A capital used as its government ("Washington said …",
the subject of a speech or decision verb) is named, but flagged ``GOVERNMENT``: nothing happens there, so no event is
placed at it.

**Resolving.** Every reading the gazetteer offers is scored (:func:`_score`): its kind and
population, whether its country is one the article talks about (country names, demonyms and
unambiguous places count), whether its region is named in the article or right after it
("Alexandria, Louisiana"), how close it lies to the article's other confidently resolved
places, and, for a town or county, how many of the article's other names have a reading close to it
("Paris" beside "Henry County" is Paris, Tennessee). The best reading wins and its ``evidence`` says why. A country is read as itself, never
as a namesake region ("Niger" is not Nigeria's Niger State) unless "State" follows. A name the
gazetteer does not know keeps its span with no coordinates, and so does a town's name whose best readings, places
far apart, score alike: nothing in a story that says "Crestwood police" tells Missouri's from Illinois's. Facilities come from the curated
file, or are learned from the text: "Air Base 201 in Agadez" places the base at Agadez.

**Placing events** is :mod:`sitrep.locate`'s work, in the same stage.
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Span

from .arguments import entity_bounds
from .gazetteer import Entry, Gazetteer, fold, in_titled_name, lookup_key
from .locate import FOUGHT_FOR, LOCATIVE, locate
from .model import Batch, Item, Place, PlacePrecision, Segment
from .pipeline import Stage
from .settings import Settings

PLACE_LABELS = ("GPE", "LOC", "FAC")
# The feature code of a demonym's place: "Russian troops" names Russia, at country precision.
DEMONYM = "DEMONYM"
# The feature code of a capital standing for its government ("Tbilisi says ..."): the city is named, at its point,
# but nothing happens there, so no event or force is placed at it.
GOVERNMENT = "GOVERNMENT"
# Verbs of which a capital as subject is its government, not the city.
SPEECH_VERBS = frozenset(
    ["say", "tell", "announce", "state", "declare", "decide", "agree", "refuse", "reject", "demand", "urge", "warn", "accuse", "deny", "insist", "claim", "respond", "reply", "confirm", "condemn", "criticize", "criticise", "threaten", "vow", "pledge", "promise", "order", "ask", "call", "want", "approve", "insist", "welcome", "sanction", "impose", "recognize", "recognise", "protest", "oppose", "support", "back"]
)
# Units below the first-level region that the gazetteer lacks; they are placed at the article's local centre.
_LOCAL_UNIT = re.compile(r"\s(County|Parish|Township|Twp\.?|Borough)$", re.I)
# "Butler County", "Rapides Parish", "Platte Co.": up to three capitalised words before the unit.
_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+\.?[ -]){1,3})(County\b|Parish\b|Co\.(?!\w))")
# "Clarke, Madison, Oconee and Oglethorpe counties": a list of county names before the plural.
_COUNTY_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_COUNTY_LIST = re.compile(
    rf"\b((?:{_COUNTY_NAME}, ){{0,8}}{_COUNTY_NAME},? (?:and|or|&) {_COUNTY_NAME}) (counties|parishes)\b"
)
# A state abbreviation as news writes it: "Ga.", "Calif.", "S.C.", "W.Va.", "W. Va.".
_ABBREVIATION = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,2}[A-Z][a-z]?\.|[A-Z][a-z]{1,4}\.)")
# Suffixes of official first-level region names that news leaves out ("Hubei" for "Hubei Sheng").
_REGION_SUFFIXES = (" Sheng", " Province", " Region", " Governorate", " State", " Oblast", " Shi")
_FACILITY_WORDS = re.compile(
    r"\b(air ?base|base|camp|airport|airfield|port|barracks|fort|garrison|outpost|station)\b", re.I
)
# "Air Base 201 in Agadez", "Air Base 101 … located in the capital Niamey"
_FACILITY_IN = re.compile(
    r"^[^.;]{0,60}?\b(?:in|at|near|outside)\s+(?:the\s+(?:capital|city|town|region)(?:\s+of)?\s+)?$", re.I
)
# "the Agadez region", "region of Tillabéri": the region, not its chief town
_REGION_WORD_AFTER = re.compile(r"\s+(?:region|province|state|department|governorate|oblast|district)\b", re.I)
_REGION_WORD_BEFORE = re.compile(r"\b(?:region|province|state|department|governorate|district)\s+of\s+$", re.I)
# "the West Bank town of Bethlehem", "the city of Nablus", "Potiskum town": the text calls the name a town (but
# "Gwoza town of Borno State" names the town before "of", and "the capital of X" is in X)
_TOWN_WORD_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:(?!of\s)[\w'’-]+\s+){0,4}(?:city|town|village|hamlet)\s+of\s+$", re.I)
# what only a state of a federation has after its name: "the Georgia state line", "Georgia state lawmakers"
_STATE_OF_UNION = re.compile(
    r"\s+state\s+(?:lines?|legislature|legislators|lawmakers|senator|senate|capitol|troopers?|patrol)\b")
_TOWN_WORD_AFTER = re.compile(r"\s+(?:city|town|village)\b")
# What stands between a part of a town and the town: "the Shaab *neighborhood of* Baghdad", "the Wadi Barada *area
# of rural* Damascus", "the Chelsea *section of* Manhattan"
_SECTION_OF = re.compile(
    r"\s+(neighbou?rhood|district|area|suburb|quarter|section|sector|township)\s+of\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|rural|downtown|old|greater)\s+)?"
)
# Words for a kind of place that open or end a name and are none alone.
_FEATURE_WORDS = frozenset(["lake", "river", "mount", "bay", "creek", "gulf", "sea", "ocean", "island", "islands", "valley",
                            "park", "mountain", "mountains", "harbor", "harbour", "cape", "point", "beach", "falls"])
_FEATURE_BEFORE = re.compile(r"\b(?:Lake|Mount|Mt\.|Gulf of|Bay of|Sea of) $")
# Capitalised words that name a time, never a place, whatever small town shares them.
_NOT_PLACES = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
     "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "easter", "christmas", "ramadan", "eid",
     "thanksgiving", "passover", "hanukkah", "diwali",
     # a word that opens a force's or a body's name the NER may cut short ("Royal Air Force", "Royal Scots Greys")
     "royal"]
)
# Nouns after a name that make it a place whether or not the gazetteer knows it ("the Sayidda Zaynab
# district", "Garubula village", "Maru LGA"), and before "of" ("the village of Aabed").
_PLACE_UNITS = frozenset(
    ["district", "neighbourhood", "neighborhood", "village", "town", "city", "area", "sub-district", "subdistrict",
     "quarter", "suburb", "county", "province", "governorate", "region", "tehsil", "lga", "municipality", "township",
     "settlement", "locality", "hamlet", "camp", "refugee", "valley", "countryside", "outskirts", "junction",
     "island", "mountain", "mountains", "peninsula", "prefecture", "commune", "borough", "parish", "oblast"]
)
_PLACE_OF = frozenset(
    ["village", "villages", "town", "towns", "city", "settlement", "settlements", "district", "districts",
     "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "hamlet", "locality", "suburb", "province",
     "governorate", "region", "island", "port", "camp", "area", "municipality", "county",
     # land and its edges: "the strategic hilltop of Tal Al-Madafa", "the outskirts of Bza'a"
     "hilltop", "hill", "hills", "mountain", "mountaintop", "outskirts", "countryside", "vicinity", "farms", "plains",
     # a place held: "the rebel stronghold of X", "X, the onetime bastion of the rebels"
     "stronghold", "bastion",
     # and the plurals of the units: "the areas of Ed El Gerid and Birdik"
     "areas", "suburbs", "localities", "communities", "community", "hamlets", "camps", "islands", "hilltops"]
)
# Units of settlement the NER may take into a name ("invaded Maitsaba village"), lower case.
_SETTLEMENTS = frozenset(["village", "town", "hamlet", "settlement", "district", "neighbourhood", "neighborhood", "camp"])
# Arabic and Hebrew words for a hill, a mountain, a valley, a village, a well or a spring that open a place's name
# ("Jabal al-Sayyid", "Tal Al-Madafa", "Wadi Barada", "Kafr Nabuda", "Deir Khabiyeh", "Beit Ummar", "Kfar Darom").
_PLACE_GENERICS = frozenset(
    ["Jabal", "Jebel", "Jbel", "Wadi", "Kafr", "Kfar", "Deir", "Dayr", "Khirbet", "Khirbat", "Tal", "Tall", "Tell", "Ain",
     "Ein", "Bir", "Beit", "Bayt", "Qasr", "Jisr"]
)
# The last word of a facility's name ("al-Ghizlani Camp", "Heart Hospital", "Nusour Square").
_FACILITY_NOUNS = frozenset(
    ["camp", "airport", "airbase", "base", "prison", "jail", "hospital", "square", "bridge", "mosque", "church",
     "shrine", "stadium", "hotel", "palace", "plant", "refinery", "barracks", "checkpoint", "crossing", "academy",
     "embassy", "consulate", "airfield", "port", "harbour", "harbor", "garrison", "complex", "school", "college"]
)
# Verbs whose object is a place when it is a name the gazetteer knows, whatever the NER called it.
_PLACE_TAKING = frozenset(["storm", "overrun", "retake", "recapture", "enter", "patrol", "besiege", "shell", "bombard",
                           "occupy", "invade", "liberate"])
# A home a name stands before after a possessive ("his Andheri flat", "at her Bandra residence"): the owner is the
# possessive, so the name says where the home is.
_HOMES = frozenset(["home", "house", "residence", "apartment", "flat", "bungalow", "villa"])
_POSSESSIVES = frozenset(["his", "her", "their", "my", "our"])
# Words before a span the NER took for a person that make it a place ("from Jordan", "in Chad").
_PERSON_CUES = frozenset(["in", "at", "near", "outside", "inside", "from", "into", "across", "throughout"])
# First words of place names that the small NER takes for first names ("West Harwell").
_NAME_PREFIXES = frozenset(
    ["North", "South", "East", "West", "New", "Old", "Fort", "Port", "Lake", "Mount", "St.", "Saint", "Upper", "Lower",
     "Great", "Little", "Glen", "Point", "Cape"]
)
# Words around a mention that may belong to a longer place name ("New" London, Kansas "City").
_CITY_SHARE = 0.3  # of its namesake region's people: a city this big is what the region's name means
# A town or county near the article's other names' towns and counties ("Paris" beside "Henry County" is
# Paris, Tennessee): nearness decays over about a county's width, a name with many readings is a weaker
# witness, and the bonus is capped at what a "Paris, Texas" qualifier gives.
_COMPANY_KM = 50.0
_COUNTY_KM = 60.0  # from a county's point to a town of its name in it
_SPREAD_PENALTY = 0.5
_COMPANY_WEIGHT = 2.5
_COMPANY_CAP = 1.2
_WORD = r"[A-Z][\w'\u2019.]*"
_LAST_WORD = r"[A-Z][\w'\u2019]*(?![\w'\u2019]|\.\w)"
_WORD_BEFORE = re.compile(rf"(?<![\w.])(?!The\b){_WORD}[ -]$")
_TWO_WORDS_BEFORE = re.compile(rf"(?<![\w.])(?!The\b){_WORD}[ -]{_WORD}[ -]$")
_OF_BEFORE = re.compile(rf"(?<![\w.])(?!The\b){_WORD} of $")
# a lower-case particle inside a name: "Mocimboa da Praia", "Rio de Janeiro", "Ras al Khaimah"
_PARTICLE = r"(?:da|de|do|dos|das|del|della|di|du|des|la|el|al|ar|as|ad|ash|ul|van|von|ben|bin)"
_PARTICLE_BEFORE = re.compile(rf"(?<![\w.])(?!The\b){_WORD}[ -]{_PARTICLE}[ -]$")
_WORD_AFTER = re.compile(rf"[ -]{_LAST_WORD}")
_TWO_WORDS_AFTER = re.compile(rf"[ -][A-Z][\w'\u2019]*[ -]{_LAST_WORD}")
_PARTICLE_AFTER = re.compile(rf"[ -]{_PARTICLE}[ -]{_LAST_WORD}")
_NAME_AFTER = re.compile(rf"[ -](?:[A-Z][\w'\u2019]*[ -])?{_LAST_WORD}")
# Countries whose first-level regions' names many towns abroad share ("Ontario", "Queensland", "Alberta"),
# and the people a namesake town needs to compete with the region.
_FEDERAL = frozenset(["CAN", "AUS"])
_PROVINCE_NAMESAKE = 200_000
#: The last word of a town's building or body, named after the town ("Ludlow Town Hall", "Stonington H.S."), folded.
_CIVIC_NOUNS = frozenset(["hall", "library", "courthouse", "hs", "village", "center", "centre", "hospital", "school",
                          "college", "academy", "airport", "stadium", "jail", "prison"])
#: The bodies and schools of a town, after its name ("Lebanon Police", "the Jordan middle school"); a country's are
#: called otherwise ("the Jordanian police", "schools in Jordan").
_TOWN_BODIES = re.compile(r"(?:[Ss]chools?|[Pp]olice|[Ff]ire [Dd]epartment|(?:[Cc]ity|[Tt]own|[Vv]illage) [Cc]ouncil|"
                          r"[Cc]ity [Hh]all|[Pp]ublic [Ll]ibrary|[Bb]oard of [Ee]ducation|[Mm]ayor)\b")
# Words that make a name a natural feature or a park of its own, never placed at the town it opens with.
_NATURAL = frozenset(
    ["river", "lake", "creek", "park", "island", "islands", "valley", "mountain", "mountains", "head", "bay", "national",
     "forest", "beach", "canyon", "springs", "falls"]
)
_BIG_TOWN = 100_000  # people in a town whose name outweighs a region abroad that the article gives no clue to
_COUNTRY_NAMESAKE = 5_000  # people in a town that may take a country's name ("Palestine", Texas)
_COMPASS_BASE = 50_000  # people in a town that "North", "South" ... before its name make a part of
_COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"])
# before an abbreviation only ("Northwest D.C."): as words that grow a span they cost more than they gave
_INTERCARDINAL = frozenset(["northeast", "northwest", "southeast", "southwest"])
# A US lawmaker's party and home after the name: "Rep. Jane Roe, D-Hometown," "(R-Oakville)", "DFL-Lakeside".
_LEGISLATOR_HOME = re.compile(
    r"(?:[a-z.],\s|\()(?:D|R|I|DFL)-((?:(?:St|Mt|Ft)\. )?[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*){0,2})(?![\w'\u2019-])"
)
_LEGISLATOR_CUE = "a lawmaker's home"
#: People in a namesake town that make a small place (a post office, a village) need more than its region named.
_MINOR_RIVAL = 5_000
# Two readings of a town's or a county's name that score within this of each other, and lie far enough apart to be
# two places, leave it unread: the article says nothing that tells "Clinton" in Iowa from Clinton in Ohio.
_TIE = 0.05
_TIE_KM = 100.0
# The reasons, added after the scoring, that settle a tie: the name given with its region elsewhere, its county named.
_SETTLED = ("where the text gives its region or country", "the article names ")
# The place names of a dateline: capitalised words, up to the agency, date or dash.
# "Somalia's capital", "the Malian capital", not "the capital city" of a name after it nor "capital punishment"
_CAPITAL_AFTER = re.compile(r"(?:['\u2019]s)?\s+capital\b(?![ -](?:punishment|markets?|goods|expenditure|investment|gains|flight))")
_NAME_AFTER_CAPITAL = re.compile(r"(?:\s+city)?\s*,?\s*(?:(?:the\s+)?(?:city\s+)?of\s+)?")
_ACRONYM = re.compile(r"[A-Z]{2,3}")
_DATELINE = re.compile(r"[A-Z][\w'.\u2019-]*(?:[ -][A-Z][\w'.\u2019-]*)*")
# ", Region" after a name: the region's name, or its abbreviation ("W. Va.")
_QUALIFIER = re.compile(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?![\w.])(?!\s+[A-Z])")


#: Offices named for their field, not a place: "Court of Justice", "Department of Commerce", "Ministry of Defence".
_OFFICES = frozenset({"ministry", "department", "court", "office", "bureau", "secretary", "minister", "tribunal",
                      "commissioner", "chamber"})


@dataclass
class _Mention:
    text: str
    start: int  # in the article text
    end: int
    label: str
    key: str | None  # the entity ruler's id ("city:2440485"), if any
    sentence: int  # index into the article's sentence list, -1 if none
    lookup: str | None = None  # the name to look up, when not the text ("Oconee" of "Oconee and Walton counties")
    cue: str | None = None  # the words that make it a place when the gazetteer does not know it ("village of")
    government: bool = False  # a capital standing for its government: "Tbilisi said"


@dataclass
class _Context:
    """What the article says about where it is: countries, regions and anchor coordinates.

    Every clue remembers the name that gave it, so that a name is never its own evidence: the
    three "Georgia"s of a story do not make it a story about the country Georgia.
    """

    countries: Counter[str]
    admin1: set[str]
    anchors: list[tuple[float, float, str]]  # lat, lon, the folded name that placed them
    by_name: dict[str, Counter[str]] = field(default_factory=dict)  # folded name -> its country votes
    local: Counter[str] = field(default_factory=Counter)  # countries of the article's towns, counties, regions
    local_by_name: dict[str, Counter[str]] = field(default_factory=dict)
    regions: dict[str, set[str]] = field(default_factory=dict)  # admin1 name -> the names that put the article there
    region_counts: dict[str, Counter[str]] = field(default_factory=dict)  # admin1 name -> its names' mentions
    largest: dict[tuple[str, str], int] = field(default_factory=dict)  # (name, country) -> its largest town reading's people
    spread: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # name -> (country, admin1) of its readings
    points: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # name -> its towns' and counties' points
    readings: dict[str, set[str]] = field(default_factory=dict)  # name -> the countries of its readings

    def share(self, country: str, name: str, local: bool = False) -> float:
        """The share of the article's country clues, other than ``name``'s own, that point to ``country``."""
        counts = self.local if local else self.countries
        own = (self.local_by_name if local else self.by_name).get(name, Counter())
        total = sum(counts.values()) - sum(own.values())
        return (counts.get(country, 0) - own.get(country, 0)) / total if total > 0 else 0.0

    def region_named(self, admin1: str | None, name: str) -> bool:
        return bool(admin1) and bool(self.regions.get(admin1 or "", set()) - {name})

    def region_weight(self, admin1: str | None, name: str) -> float:
        """How much the article is about this region next to the others it names, 0 to 1: the mentions that put it
        there, other than ``name``'s, against the most-mentioned region's ("Indiana" six times outweighs the
        neighbouring states listed once)."""
        def count(region: str) -> int:
            return sum(n for other, n in self.region_counts.get(region, Counter()).items() if other != name)

        top = max((count(r) for r in self.region_counts), default=0)
        return count(admin1 or "") / top if top else 0.0

    def add_region(self, admin1: str, name: str) -> None:
        self.regions.setdefault(admin1, set()).add(name)
        self.region_counts.setdefault(admin1, Counter())[name] += 1

    def company(self, lat: float, lon: float, name: str) -> float:
        """How many other names of the article have a town or county reading close to this point, each
        counted by its closest reading's nearness: "Paris" next to "Henry County" is the Paris in Henry County."""
        total = 0.0
        for other, spots in self.points.items():
            if other == name or not spots:
                continue
            near = min(_flat_km((lat, lon), p) for p in spots)
            if near < _COMPANY_KM * 4:
                total += math.exp(-near / _COMPANY_KM) / (1 + math.log(len(spots)) * _SPREAD_PENALTY)
        return total

    def neighbours(self, country: str, admin1: str | None, name: str) -> float:
        """How many other names of the article have a reading in this region, each counted by the share of
        its readings there: "Douglas County" with readings in 30 states says little about any one of them."""
        if not admin1:
            return 0.0
        return sum(1 / len(spots) for other, spots in self.spread.items() if other != name and (country, admin1) in spots)


def _era(text: str, start: int, end: int) -> bool:
    """Whether "B.C." after a year is the era: "built in 1400 B.C." is not British Columbia."""
    return text[start:end].replace(".", "").replace(" ", "") == "BC" and bool(re.search(r"\d\s*$", text[max(0, start - 3) : start]))


def _of_after_person(doc: Any, start: int, end: int) -> bool:
    """Whether a name follows "of" after a person's name and ends the clause: "Jane Roe, of Dover, said",
    "Sam Lee of Dover was"; where news gives a person's home town."""
    k = start - 2
    if start < 2 or doc[start - 1].lower_ != "of" or end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return False
    if doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].ent_type_ == "PERSON"


def _tail_of_name(before: str, at_segment_start: bool) -> bool:
    """Whether the text ``before`` a name ends in a capitalised word of the same name, not a sentence's first word."""
    m = re.search(r"([.!?:\n\u2014\u2013\"]?)(\s*)([A-Z][\w'\u2019]*)[ -]$", before)
    if m is None:
        return False
    starts_sentence = bool(m.group(1)) or (at_segment_start and m.start(2) == 0 and m.start() == 0)
    return not starts_sentence


_NAME_CHAR_BEFORE = re.compile(r"[\w.\-'\u2019]")
_NAME_CHAR_AFTER = re.compile(r"[\w\-]")


def _standalone(text: str, forms: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Where one of ``forms`` stands as a whole word between ``start`` and ``end``, left to right, never overlapping,
    the first form of the list winning at one place (what ``re.finditer`` gives for their alternation, without compiling
    a pattern for every name of every article)."""
    found = sorted((at, k, at + len(form)) for k, form in enumerate(forms) for at in _finds(text, form, start, end)
                   if not (at and _NAME_CHAR_BEFORE.match(text, at - 1)) and not (at + len(form) < end and _NAME_CHAR_AFTER.match(text, at + len(form))))
    out: list[tuple[int, int]] = []
    for at, _k, stop in found:
        if not out or at >= out[-1][1]:
            out.append((at, stop))
    return out


def _finds(text: str, form: str, start: int, end: int) -> Iterable[int]:
    """Every place ``form`` occurs between ``start`` and ``end``, overlaps too."""
    at = text.find(form, start, end)
    while at >= 0:
        yield at
        at = text.find(form, at + 1, end)


# lower-case particles inside a longer Romance or Arabic-French name: "Adrar des Ifoghas", "Ciudad del Este"
_PARTICLES = frozenset({"des", "de", "du", "del", "della", "di", "da", "dos", "das", "do"})
_COMPASS_SUFFIXES = frozenset({"Norte", "Sur", "Este", "Oeste", "Nord", "Sud", "Est", "Ouest", "Centro", "Centre"})
# sectors of a coded actor that make its name a body's, not a territory's ("Hamas" is PSEREBHMS; "Gaza Strip",
# coded PSEGZA, and "South Ossetia", GEOPRE, stay places)
_BODY_SECTORS = frozenset({"REB", "INS", "PTY", "MIL", "GOV", "COP", "SPY", "UAF", "PRM", "CRM", "OPP", "NGO", "NGM", "IGO"})


def _body(ent_id: str) -> bool:
    """Whether the parse stage tagged the entity as an actor dictionary's armed group, party, force or organisation."""
    if not ent_id.startswith("actor:"):
        return False
    code = ent_id[6:]
    return code[:3] in ("IMG", "IGO", "NGO") or any(code[i : i + 3] in _BODY_SECTORS for i in range(3, len(code), 3))


def _cue(doc: Any, start: int, end: int) -> str | None:
    """The words that make a capitalised span a place whatever the gazetteer knows, if any.

    "the Sayidda Zaynab district", "Garubula village", "the village of Aabed", "the villages of Durwa
    and Maforo", "al-Ghizlani Camp": a villages or a neighbourhood is often too small for the gazetteer,
    and the NER reads its name as an organisation or a person.
    """
    if doc[start].lower_ == "the":
        start += 1
    if start >= end:
        return None
    span = doc[start:end]
    name = re.sub(r"^(?:al|el)-", "", span.text.lstrip("\u2018\u2019'"))  # "al-Ghizlani Camp", "‘Ayishah"
    if not name[:1].isupper() or span.text.isupper() and len(span.text) <= 4 or fold(span.text) in _NOT_PLACES:
        return None  # "IRA", "BSF": an acronym before "camp" or "area" is who, not where
    if end < len(doc) and (doc[end].lower_ in _PLACE_UNITS or doc[end].lower_ in _FACILITY_NOUNS) and doc[end].pos_ in ("NOUN", "PROPN"):
        return f"followed by {doc[end].text!r}"
    if start and doc[start - 1].lower_ in _POSSESSIVES and end < len(doc) and doc[end].text in _HOMES:
        return f"where {doc[start - 1].text} {doc[end].text} is"
    first = span[0].text.lstrip("\u2018\u2019'")
    if len(span) > 1 and first in _PLACE_GENERICS:
        return f"a place's name ({first})"  # "Jabal al-Sayyid", "Tal Al-Madafa", "Kafr Nabuda"
    k = start - 1
    while k > 0 and (doc[k].is_space or doc[k].text in ("\u2018", "'", "\u201c", '"')):  # "the town of  Dhuluiya", "of ‘Uqayrib"
        k -= 1
    if k > 0 and doc[k].lower_ in ("and", ","):
        # "the villages of Durwa and Maforo": a name further down a list shares the first name's noun
        while k > 0 and (doc[k].lower_ in ("and", ",") or doc[k].pos_ == "PROPN") and start - k < 8:
            k -= 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _PLACE_OF:
        return f"named after '{doc[k - 1].text} of'"
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    unit = first.head
    if (first.dep_ in ("compound", "nmod") and unit.i >= end and unit.pos_ == "NOUN" and unit.text.islower()
            and (unit.lemma_.lower() in _PLACE_UNITS or unit.lower_ in _PLACE_UNITS) and unit.lemma_.lower() != "camp"
            and not any(t.lower_ in _GROUP_WORDS or t.lower_ in _BODY_WORDS or _FAITH.match(t.text) for t in span)):
        # a list before its plural noun shares it: "Sholgara and Darai Souf districts", "the A and B suburbs" (but a
        # group's or a faith's name says whose: "the Jaysh Al-Islam town of X", "mostly Shiite neighbourhoods", and
        # camps are often their holder's: "two rebel leader's camps")
        return f"followed by {unit.text!r}"
    if root.dep_ == "appos" and root.head.lemma_.lower() in _PLACE_OF:
        return f"named as the {root.head.text}"  # "a nearby Brooklyn neighborhood, Canarsie"
    if end < len(doc) and doc[end].text == "," and any(
        c.dep_ == "appos" and c.lemma_.lower() in _PLACE_OF and c.i > end for c in root.children
    ):
        return "described as a place"  # "al-Rai, a strategic border town"
    if len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in _FACILITY_NOUNS:
        return f"a facility's name ({span[-1].text})"
    if len(span) > 2 and re.search(r"\bLocal Government(?: Area)?$", span.text):
        return "a place's name (LGA)"  # "Zangon Kataf Local Government Area": a Nigerian county, not a town's area
    if len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in _PLACE_UNITS:
        return f"a place's name ({span[-1].text})"  # "Al-Halaliyah District", "Maru LGA"
    if len(span) > 1 and span[-1].lower_ in _SETTLEMENTS and span[-2].pos_ == "PROPN":
        return f"a place's name ({span[-1].text})"  # "Maitsaba village", taken whole by the NER
    return None


# The Arabic article as GeoNames writes it before a name ("Ad Dīwānīyah", "Ar Ramādī", "Al Fallūjah").
_ARABIC_ARTICLES = ("al", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath")
# The local bodies a town's name opens the name of ("Roselle police", "the DeKalb City Council").
_LOCAL_BODIES = frozenset(
    ["police", "city", "town", "village", "township", "county", "board", "council", "school", "schools", "fire",
     "public", "high", "municipal", "planning", "zoning", "housing", "water", "park", "parks", "library", "chamber",
     "sheriff", "circuit", "superior", "regional", "commission", "commissioners"]
)
# The officers and the buildings of a town that follow its name in a person's title or a body's name, capitalised:
# "Avondale Mayor Ed Rieker", "Litchfield Fire Chief", "the Wamego Seniors Center", "Feltham Magistrates' Court".
_LOCAL_OFFICES = frozenset(
    ["mayor", "vice", "deputy", "superintendent", "elementary", "middle", "community", "senior", "seniors", "district",
     "education", "correctional", "magistrates", "volunteer", "labour"]
)
# Faiths and sects the NER tags as a people: never a place's name.
_FAITH = re.compile(r"(?:buddhist|muslim|moslem|shiite|shia|shi'ite|shi'i|sunni|christian|catholic|protestant|orthodox|hindu|"
                    r"jewish|sikh|alawite|druze|coptic|evangelical|anglican|lutheran|methodist|baptist|islamist|salafist|"
                    r"wahhabi|sufi|yazidi|maronite|mormon|pentecostal)s?$", re.I)
# Words for a people or a faith that the NER tags like a name ("a Shiite city", "a Sunni mosque").
_PEOPLE = re.compile(r"(?:ish|ite|ites|ic|ian|ians|ean|ese|ni|nis|ia|ze|an|ans|u|s)$|^(?:arab|muslim|sikh|hindu|jew)", re.I)


def _listed_after_locative(tok: Any) -> bool:
    """Whether ``tok`` is a later conjunct of a locative preposition's object ("in Tessalit and Aguelhok")."""
    if tok.dep_ != "conj":
        return False
    head = tok.head
    for _ in range(10):
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _PERSON_CUES


# Words that make a name an organisation's or a person's, not a place's ("in Hamas Radio", "at Ford Motor").
_BODY_WORDS = frozenset(
    ["party", "ministry", "university", "council", "company", "corp", "corporation", "inc", "group", "army", "forces",
     "force", "front", "brigade", "brigades", "movement", "committee", "court", "bank", "news", "times", "post", "agency",
     "association", "union", "radio", "television", "tv", "motor", "motors", "airlines", "league", "foundation", "institute",
     "organization", "organisation", "department", "office", "parliament", "congress", "senate", "assembly", "government"]
)


# Words for a part of a place between a preposition and the place's name: "in central Maree", "in western Samarra"
_COMPASS_WORDS = frozenset(["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                            "southeastern", "southwestern", "downtown"])


# Nouns for a site or a stretch of land that end the name of a place too small for the gazetteer, written with a
# capital ("the Hayyan Gas Fields", "Biju Hill", "the Badiyah Cement Factory") or after it in lower case ("the
# Tal Jamus hill", "the Qaryatayn checkpoints").
_SITE_NOUNS = frozenset(
    ["hill", "hills", "hilltop", "mountain", "mountains", "heights", "ridge", "gorge", "valley", "plain", "plains",
     "farms", "orchards", "fields", "district", "districts", "quarter", "quarters", "area", "suburb", "neighbourhood",
     "neighborhood", "village", "villages", "town", "camp", "base", "airbase", "factory", "plant", "airport",
     "crossing", "checkpoint", "checkpoints", "roundabout", "dam", "strip"]
)  # (not "road" or "street": gold places an act on a city's street in the city, and we would place it on the street)
# Site nouns a number names one of ("Hill 30", "Checkpoint 4").
_NUMBERED_SITES = frozenset(["hill", "height", "checkpoint", "point"])
# Nouns for a part of a place that a locative word governs through "of" ("near the western part of X").
_PLACE_PARTS = frozenset(
    ["part", "parts", "outskirts", "edge", "edges", "perimeter", "flank", "flanks", "fringes", "vicinity", "side",
     "entrance", "heart", "centre", "center", "countryside", "west", "east", "north", "south"]
)
# Words before a site that put the act there ("near", "inside"), and verbs whose object is the site.
_SITE_PREPOSITIONS = frozenset(["in", "near", "at", "around", "outside", "inside", "towards", "toward", "into", "on",
                                "across", "along", "within"])
_SITE_VERBS = frozenset(["capture", "storm", "enter", "shell", "target", "seize", "retake", "recapture", "overrun",
                         "attack", "besiege", "bombard", "raid", "strike", "hit", "reach", "control", "liberate",
                         "occupy", "encircle", "take"])
# Words of Arabic armed groups' names: a name with one is who fought, never where ("Jaysh Al-Fateh", "Liwaa Al-Quds").
_GROUP_WORDS = frozenset(
    ["jaysh", "jaish", "jeish", "liwaa", "liwa", "jabhat", "harakat", "faylaq", "failaq", "katibat", "kataib", "ahrar",
     "jund", "ansar", "hayat", "tahrir", "saraya", "usbat", "firqa", "alwiya", "fatah", "fateh", "nusra", "hezbollah"]
)


def _site_governed(tok: Any) -> str | None:
    """What puts a site noun's name as a place of an act: a locative preposition ("near the X Farms"), through "of"
    after a part of it ("the western part of the X Farms"), a list it ends ("X and Y districts"), or a verb it is the
    object of ("captured the X hill"); None if nothing does."""
    for _ in range(4):
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in _SITE_PREPOSITIONS:
            return f"after {tok.head.lower_!r}"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PLACE_PARTS | _PLACE_OF:
            tok = tok.head.head  # "the outskirts of X": where the outskirts are
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _SITE_VERBS:
            return f"the object of {tok.head.text!r}"
        return None
    return None


def _site_name_start(doc: Any, end: int) -> int:
    """The first token of the capitalised name before ``end``: words with a capital, an Arabic article and the hyphen
    after it ("Al-Dahr Al-Aswad"); a quote opening the name ("‘Anadan") stays outside it; ``end`` if there is none."""
    start = end
    while start > 0 and end - start < 9:
        tok = doc[start - 1]
        if tok.text == "-" and start - 2 >= 0 and doc[start - 2].lower_ in ("al", "el") and not tok.whitespace_:
            start -= 1  # the hyphen of "Al-"; the article joins on the next step
            continue
        if not tok.text[:1].isupper() or tok.pos_ in _TRAILING or tok.lower_ == "the":
            break  # (a quote has no capital: the name starts after it)
        start -= 1
    while start < end and doc[start].text == "-":
        start += 1  # (the hyphen of a lower-case "al-" the loop stopped at)
    return start


def _taken_place(tok: Any, label: str) -> bool:
    """Whether a name is what troops storm, enter or patrol ("stormed Najaf", "patrolling Korangi"), as the object or
    said first ("Najaf was stormed"), alone or in a list: a place whatever the NER called it (but a person may be
    captured or seized, "captured Granda", or encircled, "troops encircled Arafat in his compound"; towns encircled
    are said first or listed: "Grozny was encircled", "encircled Samashki and Bamut")."""
    if tok.ent_id_.startswith("actor:"):
        return False  # (a body the actor dictionary knows is taken as a body: "captured Taliban in the caves")
    listed = any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":
        tok, listed = tok.head, True
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return False
    verb = tok.head.lemma_.lower()
    if verb in ("encircle", "surround"):
        return label != "PERSON" or listed or tok.dep_ == "nsubjpass"
    return verb in _PLACE_TAKING or (label != "PERSON" and verb in ("capture", "seize"))


def _stormed(doc: Any, ent: Any, label: str) -> str | None:
    """The verb of taking or striking a name the gazetteer lacks is the object of ("stormed Najarah", "shelling Fuah
    and Kafraya", "entered Dahiyat Al-Assad"), as a cue; None if it is none, or the name reads as a body's (a
    person may still be captured or seized, so those verbs count only for a name the NER did not take for one)."""
    if len(ent) > 6 or doc[ent.start].lower_ == "the":
        return None
    # a name the actor dictionary codes is that body, but not a longer name the NER split before it ("Dahiyat Al-"
    # and "Assad": the joined span takes its root's code)
    coded = entity_bounds(ent.root)
    if ent.ent_id_.startswith("actor:") and (coded is None or coded[0] <= ent.start):
        return None
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "shelling Fuah and Kafraya": the list shares its verb
    fought = _fought_over(tok, label)
    if fought is not None:
        return fought if _name_words(ent) else None
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    verb = tok.head.lemma_.lower()
    if verb not in _PLACE_TAKING | {"raid"} and (label == "PERSON" or verb not in ("capture", "seize")):
        return None
    if not _name_words(ent):
        return None
    return f"the object of {tok.head.text!r}"


def _name_words(ent: Any) -> bool:
    """Whether a span's words are a place's name: capitalised (or an Arabic article), not a body's, a group's or an
    acronym."""
    words = [t for t in ent if t.is_alpha]
    return bool(words) and all(t.text[:1].isupper() or t.lower_ in ("al", "el") for t in words) \
        and not any(t.lower_ in _BODY_WORDS or t.lower_ in _GROUP_WORDS for t in words) and not (len(words) == 1 and words[0].is_upper)


# Nouns of striking whose "on" or "against" is the place struck ("an attack on Kafr Nabl"; a person may be attacked, so
# not a name read as one), beside those of fighting whose "for" is the place fought over (locate's FOUGHT_FOR).
_STRUCK_ON = frozenset(["attack", "assault", "offensive", "raid", "push", "advance", "siege", "bombardment", "shelling",
                        "airstrike", "airstrikes", "strike", "strikes"])


def _fought_over(tok: Any, label: str) -> str | None:
    """The noun of fighting a name is fought over or struck by ("the fight for X", "an assault on X"), as a cue."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    prep, noun = tok.head.lower_, tok.head.head
    if noun.pos_ != "NOUN":
        return None
    if prep == "for" and noun.lemma_.lower() in FOUGHT_FOR:
        return f"fought over after {noun.text!r}"
    if prep in ("on", "against") and noun.lower_ in _STRUCK_ON and label != "PERSON":
        return f"struck after {noun.text!r}"
    return None


# Sites a town's name stands before, past nouns saying what kind of site it is: "the Taji purification station", "the
# Tororo railway yard", "the Rafah border terminal", "the Omagh home of".
# (and facilities: "the Kweyris air base")
_NAMED_SITES = frozenset(["station", "yard", "yards", "depot", "terminal", "plant", "factory", "refinery", "mine", "dam",
                          "market", "home"]) | _FACILITY_NOUNS


def _before_site(doc: Any, start: int, end: int, label: str) -> bool:
    """Whether a name modifies a site noun, directly or past other lower-case nouns ("the Taji purification station"):
    where the site is, if the gazetteer knows the name (a person's name stands so before a home: "the Jackson home")."""
    k = end
    while k < len(doc) and k - end < 3 and doc[k].pos_ == "NOUN" and doc[k].text.islower() and doc[k].lower_ not in _NAMED_SITES:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _NAMED_SITES or doc[k].pos_ not in ("NOUN", "PROPN") or not doc[k].text.islower():
        return False
    if doc[k].lower_ == "home" and label == "PERSON":
        return False
    root = doc[start:end].root
    return root.dep_ in ("compound", "nmod") and end <= root.head.i <= k


def _word_before(doc: Any, start: int) -> str:
    """The word before a name, past a word for a part of it: "in" for "in western Samarra"."""
    if start and doc[start - 1].lower_ in _COMPASS_WORDS:
        start -= 1
    return str(doc[start - 1].lower_) if start else ""


def _past_opening_quote(doc: Any, start: int) -> int:
    """The start of a name with the typographic quote before it, if any: transliterations write the ayn so
    ("‘Ayn Al-Fijah", "‘Anadan"), and the tokenizer makes it a token of its own."""
    if start and doc[start - 1].text in ("\u2018", "\u2019", "'", "`") and not doc[start - 1].whitespace_:
        return start - 1
    return start


def _bare_after_locative(doc: Any, ent: Any) -> bool:
    """Whether a name the NER took for a person or an organisation stands bare after "in", "at", "near", "inside"
    or "outside" ("killed in Ishaki", "shelling near Aqrabat", "at Idomeni"): a place, though the gazetteer may not know it."""
    start = _past_opening_quote(doc, ent.start)  # "in ‘Ayn Al-Fijah": the quote is the transliteration's ayn
    start = start - 1 if start and doc[start - 1].lower_ in _COMPASS_WORDS else start
    if start == 0 or doc[start - 1].lower_ not in ("in", "at", "near", "inside", "outside") or doc[start - 1].pos_ != "ADP":
        return False
    if len(ent) > 4 or doc[ent.start].lower_ == "the" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS"):
        return False  # "in Obama's speech"
    words = [t for t in ent if t.is_alpha]
    return bool(words) and all(t.text[:1].isupper() or t.lower_ in ("al", "el") for t in words) \
        and not any(t.lower_ in _BODY_WORDS for t in words) and not (len(words) == 1 and words[0].is_upper)


def _in_person_name(doc: Any, ent: Any, text: str) -> bool:
    """Whether a place entity runs on from a person's name with nothing between: "captured Sufyan Maher Hassan"
    (the NER ends the person at Maher), where the article does not name the place again; or starts one ("Ann H. Grose")."""
    before = doc[ent.start - 1] if ent.start else None
    if in_titled_name(doc, ent.start, ent.end):
        return True
    if ent.end + 1 < len(doc) and re.fullmatch(r"[A-Z]\.", doc[ent.end].text) and doc[ent.end + 1].text[:1].isupper() \
            and doc[ent.end + 1].is_alpha:
        return True  # a first name before a middle initial and a surname: "Ann H. Grose" is no town in Myanmar
    if ent.end + 2 < len(doc) and doc[ent.end].text == "," and re.fullmatch(r"\d{1,3}", doc[ent.end + 1].text) \
            and doc[ent.end + 2].text == ",":
        return True  # a name given an age is a person's: "Millan, 41, was shot" is no town in France
    return (before is not None and before.ent_type_ == "PERSON" and before.is_alpha and before.text[:1].isupper()
            and bool(before.whitespace_)
            and len(re.findall(rf"\b{re.escape(ent.text)}\b", text)) == 1)


_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def _unabbreviated(key: str) -> str:
    """A lookup key with an abbreviated first word written out: "st paris" -> "saint paris"."""
    first, _, rest = key.partition(" ")
    return f"{_ABBREVIATED[first]} {rest}" if first in _ABBREVIATED and rest else key


def _people(doc: Any, ent: Any) -> bool:
    """Whether a people's word stands before a place noun: "the holy Shiite city of Najaf", "a Kurdish area",
    not "Garubula village"."""
    noun = doc[ent.end] if ent.end < len(doc) else None
    has_name = noun is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and any(
        c.dep_ in ("det", "poss") for c in noun.children
    )
    return has_name or bool(_PEOPLE.search(ent.text))


# Administrative units the text may name a place by, larger than a town ("Maru LGA", "the Sweida Governorate").
_LARGE_UNITS = frozenset(
    ["county", "province", "governorate", "tehsil", "lga", "municipality", "township", "prefecture", "borough", "parish",
     "oblast", "state", "department"]
)


def _cue_precision(cue: str | None) -> PlacePrecision | None:
    """The precision the words that make a name a place imply: a camp or a hospital is a facility, a village or
    a district a place within a town's reach, a governorate or a county a region; none without such words."""
    if not cue:
        return None
    words = set(re.findall(r"[a-z-]+", cue.lower()))
    if words & _FACILITY_NOUNS:
        return "facility"
    if words & _LARGE_UNITS:
        return "region"
    return "city"


# People and officers a town's name describes when it stands before them ("a Crafton man", "Woodstock Mayor").
_RESIDENTS = frozenset(
    ["man", "woman", "men", "women", "resident", "residents", "native", "natives", "couple", "teen", "teenager",
     "teens", "boy", "girl", "mayor", "homeowner", "homeowners", "landowner"]
)


def _resident(doc: Any, start: int, end: int) -> bool:
    """Whether a capitalised span describes the people after it ("a Glen Allen woman", "the Woodstock mayor"):
    a town's name does, a person's or a company's seldom."""
    if end >= len(doc) or doc[end].lower_ not in _RESIDENTS or doc[end].dep_ in ("appos", "conj"):
        return False
    if start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
        return False  # only the end of a longer name ("a Meadow Grove man" is not from Grove)
    head = doc[end - 1]
    return head.head.i == end or head.dep_ in ("compound", "amod", "nmod")


def _entity_text(tok: Any) -> str:
    """The text of the entity a token is in: "McMinn County" for its "County"."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return str(doc[start:end].text)


def _based(doc: Any, end: int) -> bool:
    """Whether "-based" follows a name: "the Sligo-based charity", "Northbrook-based Crate & Barrel"; where a body
    has its seat is a place."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based" and not doc[end].whitespace_


def _listener(ent: Any) -> bool:
    """Whether an organisation or person is spoken to or speaks ("told Xinhua", "Xinhua reported"): not a place."""
    root = ent.root
    return root.dep_ in ("dative", "dobj", "nsubj") and root.head.lemma_.lower() in ("tell", "say", "report", "inform")


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _flat_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """A quick distance, good enough within a few hundred kilometres."""
    dlat = a[0] - b[0]
    dlon = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 111.2 * math.hypot(dlat, dlon)


@functools.lru_cache(maxsize=1 << 14)
def _clean(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return re.sub(r"^(?:the|The)\s+", "", text).strip(" ,.;:")


def _same_name(entry: Entry, name: str) -> bool:
    """Whether the gazetteer's own name of ``entry`` is ``name``, an abbreviated "St." or "Mt." written out, not only
    one of its alternates."""
    return _unabbreviated(lookup_key(entry.name)) == _unabbreviated(lookup_key(name))


def _without_lesser_alternates(entries: list[Entry], name: str) -> list[Entry]:
    """The readings of ``name`` less the towns that GeoNames gives it as an old or other name, not a short form of
    their own ("Avondale" for Avondale Estates), when they are smaller than a town whose own name it is: "Maryville" is
    one of the Maryvilles, not Beeville, Texas, once called so; "Kiev" still reads as Kyiv, larger than any village
    spelt "Kiev"."""
    own = max((e.population or 0 for e in entries if e.kind == "city" and _same_name(e, name)), default=None)
    if own is None:
        return entries
    stem = lookup_key(name).replace(" ", "")[:4]
    return [e for e in entries if e.kind != "city" or _same_name(e, name) or (e.population or 0) >= own
            or lookup_key(e.name).replace(" ", "").startswith(stem)]


def _rows(name: str) -> list[list[str]]:
    """Rows of a packaged TSV under ``data/places/``, without comments and header."""
    text = importlib.resources.files("sitrep").joinpath("data", "places", name).read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


# parts of speech a place name does not end with, in lower case ("the Sahel on", "Kidal and")
_TRAILING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX", "ADV"})


class Geocoder:
    """Finds and resolves an article's place names and places its events."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self.country_points = {iso3: (float(lat), float(lon)) for iso3, lat, lon in _rows("country_points.tsv")}
        self.region_points = {code: (float(lat), float(lon)) for code, lat, lon in _rows("region_points.tsv")}
        self.abbreviations: dict[str, Entry] = {}
        self._abbreviation_forms: dict[str, str] = {}  # folded -> as written ("la" -> "La.")
        self._city_abbreviations: dict[str, Entry] = {}  # as written, without its last period -> the city ("L.A")
        for alias, code in _rows("region_abbreviations.tsv"):
            if ":" in code:
                if (city := self.gaz.get(code)) is not None:
                    self._city_abbreviations[alias.rstrip(".")] = city
                continue
            entry = self.gaz.get(f"admin1:{code}")
            if entry is not None:
                self.abbreviations[fold(alias)] = self.point(entry)
                self._abbreviation_forms[fold(alias)] = alias
        self.world: dict[str, Entry] = {}
        self.world_country: dict[str, str] = {}  # key -> the country a region lies in ("Gaza Strip": PSE)
        for name, gid, lat, lon, feature, country in _rows("continents.tsv"):
            if country:
                self.world_country[f"world:{fold(name)}"] = country
            self.world[fold(name)] = Entry(
                geonameid=int(gid) if gid else None, name=name, kind="country", country="", admin1=None,
                lat=float(lat), lon=float(lon), population=None, feature=feature, key=f"world:{fold(name)}",
            )

    def abbreviation(self, text: str) -> Entry | None:
        """The region a written abbreviation stands for: "Ga.", "S.C.", "NSW"; not "L.A." for "La."
        (letters with periods between them are capitals only in an abbreviation of capitals)."""
        city = self._city_abbreviations.get(text.rstrip("."))
        if city is not None:
            return city  # written exactly so: "L.A." is Los Angeles, "La." still Louisiana
        key = fold(text)
        entry = self.abbreviations.get(key)
        if entry is None:
            return None
        if re.search(r"[A-Za-z]\.[A-Za-z]", text):
            letters = text.replace(".", "").replace(" ", "")
            if letters.isupper() != self._abbreviation_forms[key].replace(".", "").replace(" ", "").isupper():
                return None
        return entry

    def point(self, entry: Entry) -> Entry:
        """The entry at its representative point: a country's or US state's middle, not its capital."""
        if entry.kind == "country" and entry.country in self.country_points:
            lat, lon = self.country_points[entry.country]
            return replace(entry, lat=lat, lon=lon)
        if entry.kind == "admin1" and entry.key[7:] in self.region_points:
            lat, lon = self.region_points[entry.key[7:]]
            return replace(entry, lat=lat, lon=lon)
        if entry.kind == "admin1" and entry.lat is None:
            # a region the build could not place is near its namesake town ("Ramallah", "Jenin"), if any
            town = next(
                (c for c in self.gaz.candidates(entry.name) if c.kind == "city" and c.country == entry.country and c.lat is not None),
                None,
            )
            if town is not None:
                return replace(entry, lat=town.lat, lon=town.lon)
        return entry

    # -- finding -------------------------------------------------------------------------

    def mentions(self, item: Item) -> list[_Mention]:
        """Place-name spans of the parsed segments, in text order."""
        out: list[_Mention] = []
        sentences = item.sentences
        surnames = self._surnames(item)
        assert item.article is not None
        text = item.article.text
        for seg, doc in item.docs:
            taken: set[int] = set()
            for ent in self._joined(doc):
                if ent.label_ in PLACE_LABELS:
                    if fold(ent.text) in _NOT_PLACES or _in_person_name(doc, ent, text) or self._in_longer_name(doc, ent):
                        taken.update(range(ent.start, ent.end))
                        continue
                    if (ent.text in surnames and not self._known_place(ent.text, strict=True)
                            and not self._place_cue(doc, ent.start, ent.end, ent.label_)):
                        # the person the article named in full, again by surname, whatever the NER took it for:
                        # "Mayor Ryan Bingham ... Bingham said" is not Bingham, England
                        taken.update(range(ent.start, ent.end))
                        continue
                    if self._metonymic(ent):
                        taken.update(range(ent.start, ent.end))
                        out.append(replace(self._mention(seg, ent, ent.label_, ent.ent_id_ or None, sentences), government=True))
                        continue
                    out.append(self._mention(seg, ent, ent.label_, ent.ent_id_ or None, sentences, _cue(doc, ent.start, ent.end)))
                    taken.update(range(ent.start, ent.end))
                elif ent.label_ == "NORP":
                    taken.update(range(ent.start, ent.end))
                    if ent.ent_id_.startswith("demonym:"):
                        out.append(self._mention(seg, ent, "NORP", ent.ent_id_, sentences))
                    elif (iso3 := self.gaz.demonym(ent.text)) is not None:
                        # a plural the name tagger does not list ("the Czechs"): the gazetteer still knows it
                        out.append(self._mention(seg, ent, "NORP", f"demonym:{iso3}", sentences))
                    elif (home := self._home_of(ent.text)) is not None:
                        # "Minnesotans", "Londoners": the people of a region or a city, placed like a demonym
                        mention = self._mention(seg, ent, "NORP", None, sentences)
                        out.append(replace(mention, lookup=home))
                    elif all(_FAITH.match(w) for w in ent.text.split()):
                        pass  # a faith or a sect is no place, whatever noun follows: "a Shiite Muslim mosque", "Buddhist Thailand"
                    elif self._place_cue(doc, ent.start, ent.end, "PERSON") and self._known_place(ent.text):
                        out.append(self._mention(seg, ent, "GPE", None, sentences))  # "a school in Lombard"
                    elif (cue := _cue(doc, ent.start, ent.end)) and (cue.startswith("named after") or not _people(doc, ent)):
                        # "the village of X", "Garubula village" the NER took for a people
                        out.append(self._mention(seg, ent, "GPE", None, sentences, cue))
                    elif cue := _stormed(doc, ent, ent.label_):
                        out.append(self._mention(seg, ent, "GPE", None, sentences, cue))  # "shelled Gagrian", a people's word?
                elif ent.label_ in ("EVENT", "WORK_OF_ART"):
                    taken.update(range(ent.start, ent.end))
                    if cue := _cue(doc, ent.start, ent.end) or _stormed(doc, ent, ent.label_):
                        out.append(self._mention(seg, ent, "GPE", None, sentences, cue))
                elif ent.label_ in ("PERSON", "ORG", "PRODUCT"):  # "Maru LGA", "Manbij" as products
                    taken.update(range(ent.start, ent.end))
                    if ent.label_ in ("ORG", "PERSON") and (
                            named := ent.label_ == "ORG" and self._country_prefix(doc, ent) or self._town_prefix(doc, ent)):
                        # "the US military", "Roselle police", "Avondale Mayor Ed Rieker" (the small NER takes an
                        # officer's town into the officer's name): the place is named
                        out.append(named(seg, sentences))
                    inner = next((k for k in range(ent.start + 1, ent.end - 1) if doc[k].lower_ in ("in", "at", "of")), None)
                    if inner is not None and self._known_place(doc[inner + 1 : ent.end].text) and not (
                            doc[inner].lower_ == "of" and doc[inner - 1].lower_ in _OFFICES):
                        # the NER ran a name on into its place: "Lutheran School in Lombard", "United Concrete
                        # Products of Wallingford" (and "Bank of America" names America: a known cost), not the
                        # field an office is for ("the International Court of Justice", "the Department of Commerce")
                        out.append(self._mention(seg, doc[inner + 1 : ent.end], "GPE", None, sentences))
                        continue
                    if ent.label_ == "ORG" and (home := self._home_of(ent.text)) is not None and (
                        fold(home) in self.world or any(e.kind == "admin1" for e in self.gaz.candidates(home))
                    ):
                        # "South Ossetian" coded as an actor: the people of a breakaway region, placed like a demonym
                        out.append(replace(self._mention(seg, ent, "NORP", None, sentences), lookup=home))
                        continue
                    if self._metonymic(ent) or _listener(ent) or self._acronym(ent.text):
                        continue
                    if ent.text in surnames and not self._known_place(ent.text, strict=True):
                        continue  # "Juantissa Hill ... on Hill": the person again, not Hill, New Hampshire
                    # a name the actor dictionary codes as a body is that body ("Hamas released …" is not Hamm,
                    # Germany), unless the text puts it as a place
                    if self._known_place(ent.text, strict=True) and not _body(ent.ent_id_) or (
                        self._place_cue(doc, ent.start, ent.end, ent.label_) and self._known_place(ent.text)
                    ):
                        out.append(self._mention(seg, ent, "GPE", None, sentences))
                    elif not ent.ent_id_.startswith("actor:") and (cue := _cue(doc, ent.start, ent.end)):
                        out.append(self._mention(seg, ent, "GPE", None, sentences, cue))
                    elif not ent.ent_id_.startswith("actor:") and ent.text not in surnames and _bare_after_locative(doc, ent):
                        out.append(self._mention(seg, ent, "GPE", None, sentences))  # "killed in Ishaki", unplaced
                    elif ent.text not in surnames and (cue := _stormed(doc, ent, ent.label_)):
                        out.append(self._mention(seg, ent, "GPE", None, sentences, cue))  # "stormed Najarah", unplaced
            out.extend(self._missed(seg, doc, taken, sentences))
            out = self._sites(seg, doc, out, sentences)
        assert item.article is not None
        out.extend(self._dateline(item.article.text, item.article.segments))
        out = self._counties(item.article.text, out, sentences)
        out += self._abbreviated(item, out)
        out = self._legislators(item, out)
        out = self._extended(item.article.text, out)
        again = self._repeated(item, out)
        out = [m for m in out if not any(r.start <= m.start and m.end <= r.end for r in again)] + again
        # a place's name has a capital ("mosques" is never one, whatever the NER says), and is more than the word for
        # a kind of place ("near Lake Vermont" cut short is not the Ohio town GeoNames also calls "Lake"; "the Port of
        # Oakland" is no French town called Port)
        out = [m for m in out if any(ch.isupper() for ch in m.text)
               and fold(_clean(m.text)) not in _FEATURE_WORDS | _FACILITY_NOUNS]
        out = [self._feature_named_after(text, m) for m in out]
        out.sort(key=lambda m: m.start)
        return out

    def _feature_named_after(self, text: str, m: _Mention) -> _Mention:
        """A lake, a mountain or a gulf named after a place the gazetteer knows, and it not: the whole name, with no
        reading ("Lake Ontario" is not the province, "the Gulf of Alaska" not the state); a country stays itself
        ("Lake Chad" still names Chad)."""
        w = _FEATURE_BEFORE.search(text, max(0, m.start - 12), m.start)
        if w is None or m.label == "NORP" or self.gaz.country_by_name(_clean(m.text)) is not None:
            return m
        return _Mention(text[w.start() : m.end], w.start(), m.end, "LOC", None, m.sentence, lookup=text[w.start() : m.end])

    def _abbreviated(self, item: Item, found: list[_Mention]) -> list[_Mention]:
        """US state abbreviations the NER leaves out: "Monroeville, Ala.", "D-S.C.", "the S.C. Highway Patrol".

        An abbreviation with two capitals ("S.C.", "W.Va.") is a state anywhere; a short one that is
        also a word or a title ("Miss.", "Ind.", "La.") only after a comma or a party letter.
        """
        article = item.article
        assert article is not None
        text = article.text
        out: list[_Mention] = []
        for seg in article.segments:
            if seg.kind not in ("title", "caption", "body", "dateline"):
                continue
            for m in _ABBREVIATION.finditer(text, seg.start, seg.end):
                word = m.group(1)
                if self.abbreviation(word) is None:
                    continue
                start, end = m.start(1), m.end(1)
                capitals = sum(ch.isupper() for ch in word)
                if capitals < 2 and not re.search(r"(?:,|\b[DRI]-)\s*$", text[max(seg.start, start - 3) : start]):
                    continue
                if _era(text, start, end):
                    continue  # "in 300 B.C." is no province
                if any(o.start < end and start < o.end for o in found):
                    continue
                index = next((s.index for s in item.sentences if s.start <= start < s.end), -1)
                out.append(_Mention(word, start, end, "GPE", None, index))
        return out

    def _legislators(self, item: Item, found: list[_Mention]) -> list[_Mention]:
        """The home a US lawmaker is given after the party letter: "Sen. Jane Roe, D-Hometown," or "(R-Oakville)".

        American papers write every legislator so, and the small NER tags the town with the letter ("D-Hometown")
        or not at all; the name is a town or a county of the lawmaker's state (see :meth:`candidates`).
        """
        article = item.article
        assert article is not None
        text = article.text
        out = list(found)
        for seg in article.segments:
            if seg.kind not in ("title", "caption", "body"):
                continue
            for m in _LEGISLATOR_HOME.finditer(text, seg.start, seg.end):
                name, start, end = m.group(1), m.start(1), m.end(1)
                if self.abbreviation(name) is not None or fold(name) in _NOT_PLACES:
                    continue  # "D-S.C." is read as the state's abbreviation
                if not self._lookup(name) and not any(e.kind == "admin2" for e in self.gaz.candidates(f"{name} County")):
                    continue
                out = [o for o in out if not (o.start < end and start < o.end)]  # "D-Charleston" as one entity
                index = next((s.index for s in item.sentences if s.start <= start < s.end), -1)
                out.append(_Mention(name, start, end, "GPE", None, index, cue=_LEGISLATOR_CUE))
        return out

    def _extended(self, text: str, found: list[_Mention]) -> list[_Mention]:
        """Mentions grown to the longest place name around them: "New London", "South Charleston", "Gulf of Alaska".

        The name tagger knows "London" and "Charleston" and the small NER leaves the word before
        them alone, so a town named after another place splits in two. A span grows by up to two
        capitalised words on either side (or "X of" before it) when the longer name is in the
        gazetteer; a bare compass word ("South", "North") joins the name after it whatever that is.
        """
        out: list[_Mention] = []
        starts = {m.start for m in found}
        ends = {m.end for m in found}
        for m in sorted(found, key=lambda m: m.start):
            if out and out[-1].end > m.start:
                continue  # swallowed by the mention before it
            start, end = m.start, m.end
            grown = False
            line_start = text.rfind("\n", 0, start) + 1
            before = text[max(line_start, start - 40) : start]
            for pattern in (_WORD_BEFORE, _TWO_WORDS_BEFORE, _OF_BEFORE, _PARTICLE_BEFORE):
                w = pattern.search(before)
                joins = start - len(w.group(0)) in starts and text[start - 1 : start] == " " if w else False
                if w and self._known_name(text[start - len(w.group(0)) : end], joins):
                    start, grown = start - len(w.group(0)), True
                    break
            line_end = text.find("\n", end)
            after = text[end : min(end + 40, len(text) if line_end < 0 else line_end)]
            for pattern in (_WORD_AFTER, _TWO_WORDS_AFTER, _PARTICLE_AFTER):
                w = pattern.match(after)
                # (a town and its county joined by a hyphen are two places: "Athens-Clarke County")
                joins = end + len(w.group(0)) in ends and w.group(0)[0] == " " if w else False
                # (a state's name with a word after it that makes a village's name is that village, whether or not
                # the NER took the word for a name: "a Tennessee Colony man" is from Texas, not Tennessee)
                joins = joins or (w is not None and w.group(0)[0] == " " and self._us_state(m.text))
                if w and self._known_name(text[start : end + len(w.group(0))], joins):
                    end, grown = end + len(w.group(0)), True
                    break
            if not grown and fold(m.text) in _COMPASS:
                w = _NAME_AFTER.match(after)
                if w:
                    # (up to the end of a name found right after it, not into the body named after the region: "the
                    # East Texas Environmental Concerns Organization" names East Texas)
                    named = next((o.end for o in found if o.start == end + 1 and o.end < end + len(w.group(0))), None)
                    end, grown = named or end + len(w.group(0)), True
            if grown:
                while out and out[-1].end > start:
                    out.pop()
                m = _Mention(text[start:end], start, end, "GPE", None, m.sentence)
            out.append(m)
        return out

    def _us_state(self, text: str) -> bool:
        """Whether ``text`` is the name of a state of the United States."""
        name = fold(_clean(text))
        return any(e.kind == "admin1" and e.country == "USA" and fold(e.name) == name for e in self.gaz.candidates(_clean(text)))

    def _known_name(self, name: str, two_names: bool = False) -> bool:
        """Whether ``name`` is the name of a place (not only an alternate: "Dublin City" is no town's name), an
        abbreviated "St." or "Mt." standing for the word it shortens ("St. Paris" is Saint Paris, Ohio).

        With ``two_names`` the words joined are both place names of their own, which the NER split: any name the
        gazetteer has for the whole is enough, an alternate or a US post office ("Mbanza Congo" is Mbanza Kongo,
        not a town and the Congo; "Tennessee Colony" a Texas village, not the state and The Colony)."""
        key = _unabbreviated(lookup_key(name))
        # (not when a reading is named by one of the parts alone: "Gaza City" is Gaza, already read)
        if two_names and (found := self.gaz.candidates(name)) and not any(
                fold(e.name) in map(fold, name.split()) for e in found):
            return True
        # (a village's post office is no reading of a country's part or of a name with a country in it: "South China")
        words = name.split()
        if two_names and fold(words[0]) not in _COMPASS and not any(self.gaz.country_by_name(w) for w in words) and any(
                e.postal for e in self.gaz.candidates(name, minor=True)):
            return True
        return key in self.world or any(
            _unabbreviated(lookup_key(e.name)) == key or e.kind != "city" for e in self.gaz.candidates(name)
        )

    def _place_cue(self, doc: Any, start: int, end: int, label: str) -> bool:
        """Whether the words around a span the NER called a person or organisation say it is a place.

        "of Chiefland," and "in Grovetown" are places whatever the small NER says; a person needs a
        plainly locative word before it ("by Jordan" is an author, "from Jordan" a place).
        """
        prev = _word_before(doc, start)
        if _listed_after_locative(doc[end - 1]) or self._listed_with_town(doc[start:end]):
            return True  # "its bases in Tessalit and Aguelhok": the list shares its preposition
        if _resident(doc, start, end) or _based(doc, end):
            return True
        if end < len(doc) and doc[end].lower_ in _LOCAL_BODIES and doc[end].pos_ == "NOUN" and end - start == 1:
            return True  # "the grant money Roselle police received": the NER left the body out of the name
        if _taken_place(doc[start:end].root, label):
            return True
        if _before_site(doc, start, end, label):
            return True
        if label == "PERSON":
            return prev in _PERSON_CUES or self._qualified(doc, end) or _of_after_person(doc, start, end)
        return prev in LOCATIVE or prev in ("from", "of") or (end < len(doc) and doc[end].text == "," and prev != "")

    def _listed_with_town(self, span: Any) -> bool:
        """Whether a name is listed with one the NER took for a place smaller than a country, and both have readings
        in one country ("Newark, Heath and Pataskala", "Decatur and Avondale Estates"): a list of names is a list of
        one kind of thing. Not beside a country, which persons and firms are listed with ("Obama and Israel", "Nokia
        and Finland"), nor a body the actor dictionary codes ("Hamas"); and a village abroad that shares a name is no
        reason ("the Santon and Murdjadjo hills" of Oran are not Santon on the Isle of Man)."""
        if any(t.ent_id_.startswith("actor:") for t in span):
            return False
        countries: set[str] | None = None  # looked up once a listed place is found
        for tok in span.root.conjuncts:
            if tok.ent_type_ not in ("GPE", "LOC") or not tok.text[:1].isupper():
                continue
            listed = _entity_text(tok)
            if self.gaz.country_by_name(listed) is not None:
                continue
            if countries is None:
                countries = {e.country for e in self._lookup(_clean(span.text))}
            if countries & {e.country for e in self._lookup(_clean(listed))}:
                return True
        return False

    def _qualified(self, doc: Any, end: int) -> bool:
        """Whether a span is followed by ", <region or country>": "of Harwell, England", "Chiefland, Fla."."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return False
        for width in (1, 2, 3):
            qual = doc[end + 1 : end + 1 + width].text
            if fold(qual) in self.abbreviations or self.gaz.country_by_name(qual) is not None:
                return True
            if any(e.kind == "admin1" for e in self.gaz.candidates(qual)):
                return True
        return False

    def _repeated(self, item: Item, found: list[_Mention]) -> list[_Mention]:
        """Other occurrences of names the article already uses as places (one sense per discourse).

        A local paper names its town once as a place ("of Chiefland,") and then as a modifier the
        small NER reads as an organisation ("Chiefland police", "the Chiefland man"). Every other
        occurrence of the name, in capitals too, is the same place, unless it is inside a person's
        name or part of a longer capitalised name before it ("South Charleston" is not "Charleston").
        """
        article = item.article
        assert article is not None
        text = article.text
        names = {_clean(m.text) for m in found if m.label != "NORP" and m.lookup is None}
        names = {n for n in names if len(n) > 2 and n[:1].isupper() and fold(n) not in _NOT_PLACES}
        if not names:
            return []
        persons: list[tuple[int, int]] = []
        for seg, doc in item.docs:
            for e in doc.ents:
                if e.label_ != "PERSON":
                    continue
                if len(e) > 1 or e.text not in names:
                    persons.append((seg.start + e.start_char, seg.start + e.end_char))
        # a name that is also the surname of a person in the article is that person when alone ("Lincoln said")
        names -= self._surnames(item)
        coded = [s for s in article.segments if s.kind in ("title", "caption", "body", "dateline")]
        occupied = [(m.start, m.end) for m in found]
        out: list[_Mention] = []
        for name in sorted(names, key=len, reverse=True):
            known = " " in name and bool(self._lookup(name))
            forms = {name, name.upper()} if not name.isupper() else {name, name.title()}
            for seg in coded:
                for start, end in _standalone(text, sorted(forms), seg.start, seg.end):
                    # (a longer name the gazetteer knows may take in a shorter one the NER found inside it: "Mbanza
                    # Congo" again)
                    if any(a < end and start < b and not (start <= a and b <= end and b - a < end - start and known)
                           for a, b in occupied) or any(a <= start < b for a, b in persons):
                        continue
                    if _tail_of_name(text[max(seg.start, start - 40) : start], start - 40 <= seg.start):
                        continue  # the tail of a longer name ("South Charleston", "New London")
                    index = next((s.index for s in item.sentences if s.start <= start < s.end), -1)
                    out.append(_Mention(text[start:end], start, end, "GPE", None, index))
                    occupied.append((start, end))
        return out

    def _in_longer_name(self, doc: Any, ent: Any) -> bool:
        """Whether the name is one part of a longer one joined by a particle the gazetteer does not know: "Adrar" and
        "Ifoghas" of "the Adrar des Ifoghas mountains" (Adrar alone is a town in Algeria)."""
        def particle(k: int) -> bool:
            return 0 <= k < len(doc) and doc[k].text in _PARTICLES

        if particle(ent.end) and ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper():
            if doc[ent.end + 1].text in _COMPASS_SUFFIXES:
                return False  # a region named for its town, which stands near enough for it: "Davao del Norte"
            joined = doc[ent.start : ent.end + 2]
        elif particle(ent.start - 1) and ent.start >= 2 and doc[ent.start - 2].text[:1].isupper() \
                and not doc[ent.start - 2].is_sent_start:
            joined = doc[ent.start - 2 : ent.end]
        else:
            return False  # (the gazetteer is asked only about names beside a particle, not every place name)
        if any(e.kind == "country" for e in self.gaz.candidates(ent.text)):
            return False  # a country stays one inside a longer name: "the Tour de France"
        return not self.gaz.candidates(joined.text)

    def _surnames(self, item: Item) -> set[str]:
        """The last words of the article's persons' full names ("Hill" of "Juantissa Hill"), unless the full
        name is a place's ("West Harwell", "Fort Worth")."""
        out: set[str] = set()
        for _seg, doc in item.docs:
            for e in doc.ents:
                if e.label_ == "PERSON" and len(e) > 1 and e[0].text not in _NAME_PREFIXES and not self.gaz.candidates(e.text):
                    out.add(e[-1].text)
        return out

    def _counties(self, text: str, found: list[_Mention], sentences: Sequence[Any]) -> list[_Mention]:
        """Every "X County" / "X Parish" the gazetteer knows, wherever the NER put it.

        The NER often swallows a county into an organisation ("Boone County Sheriff's Office",
        "the Henry County Courthouse") or a person ("Miss Butler County"); the county is the place.
        """
        out = list(found)
        for m in _COUNTY.finditer(text):
            words = re.split(r"[ -]", m.group(1).strip())  # "the Paris-Henry County Rescue Squad"
            unit = "County" if m.group(2) == "Co." else m.group(2)  # "Platte Co." abbreviates it
            for i in range(len(words)):
                lookup = " ".join([*words[i:], unit])
                if any(e.kind == "admin2" for e in self.gaz.candidates(lookup)):
                    start = m.end() - len(" ".join([*words[i:], m.group(2)]))
                    name = text[start : m.end()]
                    break
            else:
                continue
            end = m.end()
            if any(o.start == start and o.end == end for o in out):
                continue
            # a longer span around the county gives way to it; one that only overlaps it stays
            out = [o for o in out if not (o.start <= start and end <= o.end) and not (start <= o.start and o.end <= end)]
            index = next((s.index for s in sentences if s.start <= start < s.end), -1)
            out.append(_Mention(name, start, end, "GPE", None, index, lookup=lookup if unit != m.group(2) else None))
        # "Clarke, Madison and Oconee counties": each name of the list is a county
        for m in _COUNTY_LIST.finditer(text):
            unit = "Parish" if m.group(2).lower().startswith("parish") else "County"
            for w in re.finditer(rf"{_COUNTY_NAME}", m.group(1)):
                name, start = w.group(0), m.start(1) + w.start()
                end = start + len(name)
                if not any(e.kind == "admin2" for e in self.gaz.candidates(f"{name} {unit}")):
                    continue
                out = [o for o in out if not (o.start < end and start < o.end)]
                index = next((s.index for s in sentences if s.start <= start < s.end), -1)
                out.append(_Mention(name, start, end, "GPE", None, index, lookup=f"{name} {unit}"))
        return out

    def _dateline(self, text: str, segments: Sequence[Segment]) -> Iterable[_Mention]:
        """The places of a dateline segment, which is never parsed: "NIAMEY, Niger (Reuters) -"."""
        for seg in segments:
            if seg.kind != "dateline":
                continue
            for m in _DATELINE.finditer(text, seg.start, seg.end):
                name = m.group(0).strip()
                if name and self._known_place(name.title() if name.isupper() else name):
                    yield _Mention(name, m.start(), m.start() + len(name), "GPE", None, -1)

    def _mention(
        self, seg: Segment, span: Any, label: str, key: str | None, sentences: Sequence[Any], cue: str | None = None
    ) -> _Mention:
        start, end = seg.start + span.start_char, seg.start + span.end_char
        # drop a leading "the" and a trailing possessive from the span
        text = span.text
        if text.lower().startswith("the "):
            start += 4
            text = text[4:]
        for suffix in ("'s", "\u2019s"):
            if text.endswith(suffix):
                end -= len(suffix)
                text = text[: -len(suffix)]
        index = next((s.index for s in sentences if s.start <= start < s.end), -1)
        return _Mention(text, start, end, label, key, index, cue=cue)

    def _lookup(self, name: str) -> list[Entry]:
        """The gazetteer's entries for a name, or for the name without an Arabic article it lacks them
        under ("Al-Raqqa", "al-Ramadi": towns only, so "Al-Sham" never becomes a country)."""
        found = self.gaz.candidates(name)
        key = lookup_key(name)
        if _unabbreviated(key) != key:
            # "Mt. Pleasant" is every Mount Pleasant, not only those GeoNames also spells "Mt. Pleasant"
            seen = {e.key for e in found}
            found = found + [e for e in self.gaz.candidates(_unabbreviated(key)) if e.key not in seen]
        if found:
            return found
        article = re.match(r"(?:[Aa]l|[Ee]l)[- ](?=[A-Z\u2018\u2019'])", name)
        if article is not None:
            return [e for e in self.gaz.candidates(name[article.end() :].lstrip("\u2018\u2019'")) if e.kind == "city"]
        if len(name) >= 5 and name[:1].isupper() and " " not in name:
            # "Diwaniyah" is GeoNames' "Ad Dīwānīyah": the article assimilates to the first letter
            for prefix in _ARABIC_ARTICLES:
                towns = [e for e in self.gaz.candidates(f"{prefix} {name}") if e.kind == "city"]
                if towns:
                    return towns
        return []

    def _known_place(self, text: str, strict: bool = False) -> bool:
        """Whether the gazetteer knows ``text`` as a country, region or (for strict) a sizeable city."""
        name = _clean(text)
        if fold(name) in _NOT_PLACES:
            return False
        if not name or not name[0].isupper() or fold(name) in self.world:
            return bool(name) and fold(name) in self.world
        if name.replace(".", "").isupper() and self.abbreviation(name) is not None:
            return True  # "NSW", "S.C."; "Miss." and "Ind." are words too
        for entry in self._lookup(name):
            if entry.kind in ("country", "admin1", "facility") or entry.feature == "PPLC":
                return True
            if (entry.population or 0) >= (50_000 if strict else 1_000):
                return True
            if not strict and entry.kind == "city" and entry.population is None:
                return True  # a town GeoNames lists without a population ("in Jezzine", "in Tessalit")
        return False

    def _missed(self, seg: Segment, doc: Any, taken: set[int], sentences: Sequence[Any]) -> Iterable[_Mention]:
        """Capitalised proper-noun runs outside any entity that the gazetteer knows as places."""
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            article = tok.lower_ in ("al", "el") and i + 2 < n and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper()
            if i in taken or (tok.pos_ != "PROPN" and not article) or not (tok.text[:1].isupper() or article):
                i += 1
                continue
            j = i + 2 if article else i  # "al-Rai": the article and its hyphen start the name
            while (j < n and j not in taken and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j - i < 4
                   and fold(doc[j].text) not in _NOT_PLACES):  # "in Nice Saturday"
                j += 1
            if j == i:
                i += 1
                continue
            span = doc[i:j]
            # only a span preceded by a locative preposition, or followed by ", Region", is trusted, or one troops storm,
            # shell or encircle ("Brcko was shelled"), even at a sentence's start, where any word has a capital (a name
            # the NER left alone may be a person's, and a person may be captured: "police captured Troia")
            prev = doc[i - 1].lower_ if i else ""
            if tok.is_sent_start:
                trusted = not (article or tok.ent_type_) and _taken_place(span.root, "PERSON")
            else:
                trusted = (prev in LOCATIVE or prev in ("from", "of", "to", "toward", "towards") or (j < n and doc[j].text == ",")
                           or _resident(doc, i, j) or _taken_place(span.root, "PERSON") or _before_site(doc, i, j, "PERSON")
                           or self._listed_with_town(span) or _based(doc, j))
            if trusted and self._known_place(span.text):
                yield self._mention(seg, span, "GPE", None, sentences)
            elif not tok.is_sent_start and (cue := _cue(doc, i, j)):
                yield self._mention(seg, span, "GPE", None, sentences, cue)
            i = j
        yield from self._datelines(seg, doc, taken, sentences)

    def _sites(self, seg: Segment, doc: Any, found: list[_Mention], sentences: Sequence[Any]) -> list[_Mention]:
        """Names of sites and stretches of land too small for the gazetteer, which the NER reads as organisations or
        persons or splits at an Arabic article: a capitalised name that ends in a site noun ("the Hayyan Gas Fields",
        "Biju Hill"), comes before one in lower case ("the Al-Dahr Al-Aswad hill") or is numbered ("Hill 30"), when
        a locative word or a verb of taking or striking governs it. Unresolved unless the gazetteer knows the name.

        Returns ``found`` with the sites added; a mention of the bare site noun gives way to its site ("Hill" of
        "Hill 30" is no town called Hill)."""
        bare = [m for m in found if fold(_clean(m.text)) in _SITE_NOUNS | _NUMBERED_SITES]
        occupied = [(m.start, m.end) for m in found if m not in bare]
        out = list(found)
        for k, tok in enumerate(doc):
            noun = tok.lower_
            if noun in _NUMBERED_SITES and tok.text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].like_num \
                    and doc[k + 1].text.isdigit():
                start, end, head = k, k + 2, tok  # "Hill 30"
            elif noun in _SITE_NOUNS:
                start = _site_name_start(doc, k)
                end = k + 1 if tok.text[:1].isupper() else k  # a capitalised noun is part of the name
                head = tok
            else:
                continue
            words = [t for t in doc[start:end] if t.is_alpha]
            if not words or end - start < (2 if end == k + 1 and start < k else 1) or start == k and end == k + 1:
                continue
            folded = {t.lower_ for t in words}
            if folded & (_BODY_WORDS | _GROUP_WORDS) or any(fold(t.text) in _NOT_PLACES for t in words) \
                    or any(t.is_upper and len(t) > 1 for t in words if t.lower_ not in _SITE_NOUNS):
                continue  # an army's or a group's name, a month, an acronym ("the SAA checkpoint")
            if any(t.ent_type_ == "NORP" or _FAITH.match(t.text) or self.gaz.demonym(t.text) for t in words):
                continue  # who lives there, not its name: "a Kurdish district", "the Shiite neighbourhood of X"
            why = _site_governed(head)
            if why is None:
                continue
            span = doc[start:end]
            first, last = seg.start + span.start_char, seg.start + span.end_char
            if any(a < last and first < b for a, b in occupied):
                continue
            occupied.append((first, last))
            out = [m for m in out if not (m in bare and first <= m.start and m.end <= last)]
            out.append(self._mention(seg, span, "LOC", None, sentences, f"a site's name ({tok.text}), {why}"))
        return out

    def _datelines(self, seg: Segment, doc: Any, taken: set[int], sentences: Sequence[Any]) -> Iterable[_Mention]:
        """A dateline in capitals at a sentence start: "HAMILTON —", "BEIRUT, Lebanon (AP) -", "BEIRUT:", "COLUMBIA ---"."""
        for sent in doc.sents:
            j = sent.start
            # a dateline the NER took for a people or a person ("HAMILTON —" as NORP) is still one
            while (j < sent.end and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1
                   and (j not in taken or doc[j].ent_type_ in ("NORP", "PERSON", "ORG"))):
                j += 1
            if j == sent.start or j >= sent.end or doc[j].text not in ("\u2014", "\u2013", "-", "--", "---", ",", "(", ":"):
                continue
            span = doc[sent.start : j]
            if self._known_place(span.text.title()):
                yield self._mention(seg, span, "GPE", None, sentences)

    @staticmethod
    def _joined(doc: Any) -> list[Any]:
        """The entities of a parsed segment, with an article the NER cut off joined to its name again:
        "Al-" + "Nasiriyah" is "Al-Nasiriyah", not a Norwegian town called Ål."""
        ents = list(doc.ents)
        out: list[Any] = []
        i = 0
        while i < len(ents):
            ent = ents[i]
            if ent.text.endswith("-") and ent.end < len(doc) and doc[ent.end].idx == ent.end_char:
                nxt = ents[i + 1] if i + 1 < len(ents) and ents[i + 1].start == ent.end else None
                if nxt is not None:
                    label = nxt.label_ if nxt.label_ in PLACE_LABELS else ent.label_
                    out.append(Span(doc, ent.start, nxt.end, label=label))
                    i += 2
                    continue
                end = ent.end + 1
                while end < len(doc) and doc[end].idx == doc[end - 1].idx + len(doc[end - 1]) and not doc[end].is_punct:
                    end += 1
                out.append(Span(doc, ent.start, end, label=ent.label_))
                i += 1
                continue
            if len(ent) > 1 and fold(ent[-1].text) in _NOT_PLACES and ent.label_ in ("EVENT", "GPE", "LOC", "FAC"):
                # "in Nice Saturday" tagged as one event: the name without its day
                ent = Span(doc, ent.start, ent.end - 1, label="GPE")
            end = ent.end
            while end - ent.start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in _TRAILING:
                end -= 1  # "in the Sahel on Monday" tagged "the Sahel on": a name ends before a small lower-case word
            if end < ent.end:
                ent = Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_)
            out.append(ent)
            i += 1
        return out

    def _town_prefix(self, doc: Any, ent: Any) -> Any:
        """A town's name opening the name of its local institution or officer ("Roselle police", "the DeKalb City
        Council", "Canaan Board of Finance", "Litchfield Fire Chief Jim Koser"), as a function that makes its mention;
        None if there is none."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        for width in (2, 1):
            if start + width >= ent.end:
                continue
            body = doc[start + width]
            if body.lower_ not in _LOCAL_BODIES and not (body.lower_ in _LOCAL_OFFICES and body.text[:1].isupper()):
                continue
            prefix = doc[start : start + width]
            if prefix.text[:1].isupper() and self._known_place(prefix.text):
                return lambda seg, sentences: self._mention(seg, prefix, "GPE", None, sentences)
            county = f"{prefix.text} County"
            if prefix.text[:1].isupper() and 0 < sum(e.kind == "admin2" for e in self.gaz.candidates(county)) <= 2:
                # a county by its bare name, when few states have one so named ("DuPage Sheriff John Zaruba")
                return lambda seg, sentences: replace(self._mention(seg, prefix, "GPE", None, sentences), lookup=county)
        return None

    def _country_prefix(self, doc: Any, ent: Any) -> Any:
        """A country's name opening an organisation's name ("US military", "United States Navy"), as a
        function that makes its mention; None if there is none."""
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        for width in (3, 2, 1):
            if start + width >= ent.end:
                continue
            prefix = doc[start : start + width]
            country = self.gaz.country_by_name(prefix.text)
            if country is not None and prefix.text[:1].isupper():
                return lambda seg, sentences: self._mention(seg, prefix, "GPE", f"country:{country.iso3}", sentences)
        return None

    def _home_of(self, word: str) -> str | None:
        """The region or city a people's word names ("Minnesotans" -> Minnesota, "Texan" -> Texas,
        "Londoners" -> London), when the gazetteer knows it as a region or a city of 100,000 or more."""
        if not word[:1].isupper() or " " in word.strip() and not word.startswith(("New ", "North ", "South ")):
            return None
        one = word[:-1] if word.endswith("s") else word
        stems = []
        for suffix, replacement in (("n", ""), ("an", ""), ("ian", "a"), ("an", "as"), ("er", ""), ("ite", ""), ("i", "")):
            if one.endswith(suffix) and len(one) > len(suffix) + 2:
                stems.append(one[: -len(suffix)] + replacement)
        if one.endswith("z"):
            stems.append(one + "ia")  # "Abkhaz" -> Abkhazia
        for stem in stems:
            if fold(stem) in self.world:
                return stem  # "South Ossetians"
            for entry in self.gaz.candidates(stem):
                if fold(entry.name) != fold(stem):
                    continue
                if entry.kind in ("country", "admin1") or (entry.kind == "city" and (entry.population or 0) >= 100_000):
                    return stem
        return None

    def _acronym(self, text: str) -> bool:
        """An organisation's short capitals ("UN", "IRA", "NDF") that name no country or region are the organisation."""
        letters = text.replace(".", "")
        return (
            letters.isupper() and len(letters) <= 5 and self.gaz.country_by_name(text) is None
            and fold(text) not in self.abbreviations
        )

    def _metonymic(self, ent: Any) -> bool:
        """A capital or country as the subject of a speech or decision verb is its government."""
        root = ent.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_.lower() not in SPEECH_VERBS:
            return False
        key = ent.ent_id_ or ""
        if key.startswith("city:"):
            entry = self.gaz.get(key)
            return entry is not None and entry.feature == "PPLC"
        return False

    # -- resolving -----------------------------------------------------------------------

    def candidates(self, mention: _Mention, text: str, home: frozenset[str] = frozenset()) -> list[Entry]:
        """Every reading of a mention; ``home`` holds the countries the article is plainly set in."""
        name = mention.lookup or _clean(mention.text)
        if mention.label == "NORP" and mention.key:
            # a demonym stands for its country ("Russian troops", "the Palestinians")
            country = self.gaz.get(mention.key.replace("demonym:", "country:"))
            return [self.point(country)] if country is not None else []
        found: dict[str, Entry] = {}
        acronym = _ACRONYM.fullmatch(mention.text) is not None
        for entry in self._lookup(name):
            if not (acronym and entry.kind == "city" and entry.name != mention.text):
                found.setdefault(entry.key, entry)  # "the EU", "UN" are no towns spelt like them (Eu, France)
        if mention.key and lookup_key(name) in map(lookup_key, self.gaz.names_of(mention.key)):
            # the ruler's id may name only a part of a longer span ("South" of "South Charleston"):
            # that is no reading of the whole
            ruled = self.gaz.get(mention.key)
            if ruled is not None:
                found.setdefault(ruled.key, ruled)
        abbreviation = self.abbreviation(mention.text)
        if abbreviation is not None and not _era(text, mention.start, mention.end):
            found[abbreviation.key] = abbreviation
        # (a compass word in lower case describes a part of the region, it is no name of one: "in east Africa")
        world = self.world.get(fold(name)) if name[:1].isupper() else None
        if world is not None:
            # a continent or world region is itself; a territory ("Gaza") competes with its namesakes
            found = {**found, "world": world} if world.feature == "TERR" else {"world": world}
        words = name.split(maxsplit=1)
        named = any(lookup_key(e.name) == lookup_key(name) or e.kind != "city" for e in found.values())
        # (a territory of few people named like a region's part: "South Georgia"; not "South Africa")
        # (never a world region the table holds whole: "West Africa" is no part of Africa's point)
        territory = world is None and bool(found) and all(
            e.kind == "country" and (e.population or 0) < _COMPASS_BASE for e in found.values())
        if (not named or territory) and len(words) == 2 and fold(words[0]) in _COMPASS:
            # "North Dallas", "South Los Angeles": a part of the place the gazetteer knows
            base = lookup_key(words[1])
            # a part of a town is named after a big one ("North Dallas"); a small namesake is no reading
            # ("East Bank" is not India's Bank, "West Java" not Georgia's Java); a territory of the name competes with
            # a region's part ("South Georgia" the island, or the south of the state of Georgia)
            found = {**(found if territory else {}), **{
                e.key: e for e in self.gaz.candidates(base)
                if e.kind not in ("country", "city") or lookup_key(e.name) == base and (e.population or 0) >= _COMPASS_BASE
            }}
            if base in self.world:
                found = {"world": self.world[base]}
        if (not named and len(words) == 2 and fold(words[0]) in _COMPASS | _INTERCARDINAL
                and (part_of := self.abbreviation(words[1])) is not None):
            found = {part_of.key: part_of}  # "Western Mass.", "Northwest D.C.": a part of the state or the city
        if not any(key != "world" for key in found):
            for suffix in _REGION_SUFFIXES:
                for entry in self.gaz.candidates(name + suffix):
                    if entry.kind == "admin1":
                        found.setdefault(entry.key, entry)
        if not found and "USA" in home and name[:1].isupper() and " " not in name:
            # a story set in the United States names a county bare as often as a town ("Henrico police", "Clarke
            # and Oconee schools"): a name the gazetteer knows only with "County" or "Parish" after it is that county
            for unit in ("County", "Parish"):
                found.update((e.key, e) for e in self.gaz.candidates(f"{name} {unit}") if e.kind == "admin2" and e.country == "USA")
        if home and mention.cue != _LEGISLATOR_CUE:
            # a story set in a country may name a village of it too small for GeoNames' cities1000: a GeoNames
            # village of 500 to 999 people, or in the United States a post office ("two miles east of Brandon" in a
            # Minnesota paper)
            found.update((e.key, e) for e in self.gaz.candidates(name, minor=True) if e.minor and e.country in home)
        if mention.cue == _LEGISLATOR_CUE:
            # a state lawmaker's home is a town or a county of the United States, never a namesake abroad
            found.update((e.key, e) for e in self.gaz.candidates(f"{name} County") if e.kind == "admin2")
            found = {k: e for k, e in found.items() if e.country == "USA" and (e.kind != "city" or fold(e.name) == fold(name))}
        after = text[mention.end : mention.end + 12]
        entries = [self.point(e) for e in _without_lesser_alternates(list(found.values()), name)]
        if any(e.lat is not None for e in entries):
            entries = [e for e in entries if e.lat is not None]  # a reading without coordinates places nothing
        if any(e.kind == "country" and e.country and fold(e.name) == fold(name) for e in entries):
            # "Mexico" is the country, not Mexico City under one of its alternate names
            entries = [e for e in entries if e.kind != "city" or fold(e.name) == fold(name)]
            # and a village named after a country is not what the country's name means ("China", Texas);
            # a town may be, on the article's evidence ("Palestine", Texas; "Lebanon", Indiana)
            if not re.match(r",\s*[A-Z]", text[mention.end : mention.end + 12]):  # "China, Texas" is the town
                entries = [
                    e for e in entries
                    if e.kind != "city" or (e.population or 0) >= _COUNTRY_NAMESAKE or e.feature == "PPLC"
                ]
        states = {fold(e.name) for e in entries if e.kind == "admin1" and e.country == "USA"}
        listed = fold(name) in states and self._in_list_of_states(text, mention)
        if fold(name) in states and (not re.match(r",\s*[A-Z]", after) or listed):
            # a US state's name alone is the state: "Florida" is not Florida, N.Y., nor "Nevada" a town in Iowa;
            # among other states' names it is not even the capital ("Oregon, Washington and Idaho")
            entries = [
                e for e in entries
                if not (e.kind == "city" and e.country == "USA" and fold(e.name) == fold(name) and (e.feature != "PPLC" or listed))
            ]
        provinces = {fold(e.name) for e in entries if e.kind == "admin1" and e.country in _FEDERAL}
        if fold(name) in provinces and not re.match(r",\s*[A-Z]", after):
            # so is a Canadian province's or an Australian state's: "Ontario" is not Ontario, California,
            # though a big city of the name still competes ("Victoria", British Columbia)
            entries = [
                e for e in entries
                if not (e.kind == "city" and fold(e.name) == fold(name) and (e.population or 0) < _PROVINCE_NAMESAKE
                        and e.feature != "PPLC")
            ]
        if _LOCAL_UNIT.search(name):
            # a county or township is not a namesake town; it is placed after the rest (see resolve)
            entries = [e for e in entries if e.kind != "city"]
        capitals = {(e.country, fold(e.name)) for e in entries if e.kind == "city" and e.feature == "PPLC"}
        # so is a region named after the city that holds much of its people ("Gao", "Lagos", "Abidjan")
        regions = {(e.country, fold(e.name)): e.population or 0 for e in entries if e.kind == "admin1"}
        capitals |= {(e.country, fold(e.name)) for e in entries if e.kind == "city"
                     and (e.population or 0) >= _CITY_SHARE * regions.get((e.country, fold(e.name)), -1) > 0}
        before = text[max(0, mention.start - 12) : mention.start]
        if capitals and not _REGION_WORD_AFTER.match(after) and not _REGION_WORD_BEFORE.search(before):
            # a capital's namesake region (Niamey, Bamako, Kabul) is the capital unless the text says
            # "region" or "province"; for smaller towns the context decides ("New York" is often the state)
            entries = [e for e in entries if not (e.kind == "admin1" and (e.country, fold(e.name)) in capitals)]
        # a country is itself; a namesake region abroad needs "State" after it ("Niger State" is Nigeria's),
        # while one in the country of the article's towns and regions may win on context ("Georgia" in a
        # story from Atlanta)
        # a region of the country itself ("Mexico", México state) never does
        countries = {e.country for e in entries if e.kind == "country" and e.country and fold(e.name) == fold(name)}
        union = _STATE_OF_UNION.match(text, mention.end) is not None
        if union and any(e.kind == "admin1" and fold(e.name) == fold(name) for e in entries):
            # a country has no state line nor state lawmakers: "the Georgia state line" is the state's
            entries = [e for e in entries if e.kind != "country"]
        if countries and not re.match(r"\s+State\b", after) and not union:
            entries = [
                e for e in entries
                if not (e.kind == "admin1" and fold(e.name) in (fold(name), fold(name) + " state")
                        and (e.country not in home or e.country in countries))
            ]
        return entries

    def _qualifier(self, text: str, end: int) -> tuple[frozenset[str], frozenset[str]] | None:
        """The countries and first-level regions (by name) that a ", Region" after a name puts it in: "Stroud, Ontario",
        "Keyser, W.Va., police", "Hamilton, Ontario, Canada"; None when what follows is no region or country, or is one
        item of a list ("Moscow, Georgia and Armenia", "Suba, Migori, Homa Bay")."""
        m = _QUALIFIER.match(text, end)
        if m is None or fold(m.group(1)) in _COMPASS | _INTERCARDINAL:
            return None  # ("Kansas City, North" is a part of the city, not Cameroon's North Region)
        rest = text[m.end() : m.end() + 30]
        abbreviated = self.abbreviations.get(fold(m.group(1)))
        if abbreviated is not None and abbreviated.admin1:
            return frozenset(), frozenset([abbreviated.admin1])  # news style abbreviates only a qualifier: "Ky."
        countries: set[str] = set()
        regions = {e.name for e in self.gaz.candidates(m.group(1)) if e.kind == "admin1"}
        if (country := self.gaz.country_by_name(m.group(1))) is not None:
            countries.add(country.iso3)
        after = re.match(r",\s*([A-Z][\w'\u2019-]*(?:[ -][A-Z][\w'\u2019-]*)*)", rest)
        if (not regions and not countries) or re.match(r"\s+(?:and|or|&)\s", rest) or (
                after is not None and self.gaz.country_by_name(after.group(1)) is None):
            return None  # (", Canada" after "Hamilton, Ontario" still qualifies)
        return frozenset(countries), frozenset(regions)

    def _against_qualifier(self, entry: Entry, text: str, end: int, readings: Sequence[Entry] = ()) -> str | None:
        """Why a town or county reading is not the place the text puts it in ("Stroud, Ontario" read as Stroud in
        England): no reading of the name lies there, so the far namesake is no answer. None when the reading, or
        another of the name's ``readings``, agrees."""
        if entry.kind not in ("city", "admin2"):
            return None
        qualifier = self._qualifier(text, end)
        if qualifier is None:
            return None
        countries, regions = qualifier

        def region_point(name: str, country: str | None) -> tuple[float, float] | None:
            region = next((self.point(r) for r in self.gaz.candidates(name) if r.kind == "admin1" and r.country == country), None)
            return (region.lat, region.lon) if region is not None and region.lat is not None and region.lon is not None else None

        def agrees(e: Entry) -> bool:
            if e.country in countries or (e.admin1 and e.admin1 in regions):
                return True
            named = [pt for q in regions if (pt := region_point(q, e.country)) is not None]
            if not named:
                return False
            if not e.admin1 or e.lat is None or e.lon is None:
                return True  # a town the gazetteer gives no region may well be in the one named
            # or one it files under a neighbour by mistake: nearer the region named than its own
            own = region_point(e.admin1, e.country)
            return own is None or min(_distance((e.lat, e.lon), pt) for pt in named) < _distance((e.lat, e.lon), own)

        if any(agrees(e) for e in (entry, *readings)):
            return None
        where = ", ".join(sorted(regions | countries))
        return f"the text puts it in {where}, where the gazetteer has no place of the name"

    def _in_list_of_states(self, text: str, mention: _Mention) -> bool:
        """Whether a state's name stands in a list of states ("Virginia, Washington, West Virginia and
        Wyoming", "in Washington, Pennsylvania and California"), where a comma after it qualifies nothing."""
        def state(words: str) -> bool:
            region = self.abbreviation(words)
            return region is not None or any(
                e.kind == "admin1" and e.country == "USA" and fold(e.name) == fold(words) for e in self.gaz.candidates(words)
            )

        before = re.search(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*$", text[max(0, mention.start - 30) : mention.start])
        if before and state(before.group(1)):
            return True
        after = re.match(
            r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*|\s+(?:and|or)\s+)([A-Z][a-z]+(?: [A-Z][a-z]+)?)",
            text[mention.end : mention.end + 60],
        )
        return after is not None and state(after.group(1)) and state(after.group(2))

    def context(self, item: Item, mentions: list[_Mention], cands: list[list[Entry]]) -> _Context:
        """The article's country and region clues, each credited to the name that gave it."""
        ctx = _Context(Counter(), set(), [])

        def vote(name: str, country: str, weight: int, local: bool = False) -> None:
            ctx.countries[country] += weight
            ctx.by_name.setdefault(name, Counter())[country] += weight
            if local:
                ctx.local[country] += weight
                ctx.local_by_name.setdefault(name, Counter())[country] += weight

        for _seg, doc in item.docs:
            for ent in doc.ents:
                if ent.ent_id_.startswith("demonym:"):
                    vote(fold(ent.text), ent.ent_id_[8:], 1)
        for m, cs in zip(mentions, cands, strict=True):
            cs = [c for c in cs if not c.minor]  # a village's name is no clue to the others
            if not cs or m.label == "NORP":  # demonyms have voted above
                continue
            name = fold(_clean(m.text))
            ctx.spread.setdefault(name, set()).update(
                (c.country, c.admin1) for c in cs if c.kind in ("city", "admin2") and c.admin1
            )
            ctx.readings.setdefault(name, set()).update(c.country for c in cs)
            for c in cs:
                if c.kind == "city" and c.country:
                    ctx.largest[name, c.country] = max(ctx.largest.get((name, c.country), 0), c.population or 0)
            if name not in ctx.points:
                ctx.points[name] = [
                    (c.lat, c.lon) for c in cs if c.kind in ("city", "admin2") and c.lat is not None and c.lon is not None
                ]
            kinds = {c.country for c in cs}
            towns = [c for c in cs if c.kind == "city"]
            top = max(towns, key=lambda c: c.population or 0, default=None)
            if (
                len(kinds) > 1 and top is not None and len(towns) == len(cs) and len(towns) >= 4
                and sum(c.country == top.country for c in towns) >= 0.75 * len(towns)
            ):
                # a town's name that is nearly always a town of one country, its largest among them ("Albany")
                vote(name, top.country, 1, local=True)
            if len(kinds) == 1:
                if cs[0].kind == "country":
                    # a country that is also a region's name abroad ("Georgia") is a weaker clue
                    vote(name, cs[0].country, 1 if self._namesake_region(m.text) else 2)
                else:
                    vote(name, cs[0].country, 1, local=True)
            regions = {c.admin1 for c in cs}
            if cs[0].kind in ("admin1", "admin2") and all(c.kind in ("admin1", "admin2") for c in cs) and len(regions) == 1:
                ctx.add_region(cs[0].admin1 or cs[0].name, name)
                ctx.admin1.add(cs[0].admin1 or cs[0].name)
            if m.key and m.key.startswith("country:"):
                vote(name, m.key[8:], 1)
        text = item.article.text if item.article is not None else ""
        for (m, cs), (n, ns) in itertools.pairwise(zip(mentions, cands, strict=True)):
            country = next((c.country for c in ns if c.kind == "country"), None)
            if country and re.fullmatch(r",\s*", text[m.end : n.start]) and any(
                    c.country == country and c.kind in ("city", "admin1", "admin2", "facility") for c in cs):
                # a town followed by a country it has a reading in tells where the story is, whatever else either
                # name could be: "ST. GEORGE'S, Grenada" (not Grenada, Mississippi), credited to the town
                vote(fold(_clean(m.text)), country, 1)
        return ctx

    @staticmethod
    def _company_country(country: str, name: str, ctx: _Context) -> bool:
        """Whether ``country`` is as much the article's as any other country a reading of ``name`` is in."""
        def weight(c: str) -> float:
            return ctx.share(c, name) + ctx.share(c, name, local=True)

        own = weight(country)
        return all(own >= weight(c) for c in ctx.readings.get(name, ()))

    @staticmethod
    def _has_town_body(text: str, name: str) -> bool:
        """Whether the text gives ``name`` a body or a school only a town has: "the Jordan middle school",
        "Lebanon Police", "Malta Town Council"."""
        return re.search(rf"\b{re.escape(name)}\s+(?:[a-z]+\s+)?{_TOWN_BODIES.pattern}", text) is not None

    def _names_region(self, text: str) -> bool:
        """Whether ``text`` is the name of a country or a first-level region."""
        name = fold(_clean(text))
        return self.gaz.country_by_name(_clean(text)) is not None or any(
            e.kind == "admin1" and fold(e.name) == name for e in self.gaz.candidates(_clean(text))
        )

    def _namesake_region(self, text: str) -> bool:
        name = fold(_clean(text))
        return any(e.kind == "admin1" and fold(e.name) == name for e in self.gaz.candidates(_clean(text)))

    def _score(self, entry: Entry, mention: _Mention, ctx: _Context, text: str) -> tuple[float, list[str]]:
        why: list[str] = []
        pop = entry.population or 0
        name = fold(_clean(mention.text))
        share = ctx.share(entry.country, name)
        if entry.kind == "country":
            # a country's name is rarely anything else: only a strong local reading beats it
            score = 4.5 + 1.5 * share
        elif entry.kind == "facility":
            score = 4.0
        elif entry.kind == "admin1":
            score = 4.0 + min(pop, 10_000_000) / 10_000_000
            rival = max((n for (other, c), n in ctx.largest.items() if other == name and c != entry.country), default=0)
            if pop < rival and not share and not ctx.share(entry.country or "", name, local=True) and (
                sum(ctx.countries.values()) > sum(ctx.by_name.get(name, Counter()).values()) or rival >= _BIG_TOWN
            ):
                # a region of a country the article gives no other clue to, smaller than a town of its name abroad,
                # when the article points elsewhere or that town is big: "Berea" or "Portland" is no district of
                # Lesotho or parish of Jamaica (Virginia, with more people than its South African namesake, stays)
                score -= 2.0
        elif entry.kind == "admin2":
            score = 2.0
        else:
            score = math.log10(pop + 10) / 2.2
            if entry.feature == "PPLC":
                score += 0.8
            elif entry.feature in ("PPLA", "PPLA2"):
                score += 0.3
            if not _same_name(entry, _clean(mention.text)):
                score -= 1.5  # matched only through an alternate name ("Califon" for "California")
        if mention.key and mention.key == entry.key:
            score += 0.3
        if share and entry.kind != "country":
            score += 1.0 + 1.5 * share
            why.append(f"country {entry.country} named in the article")
        # a great city's name is that city unless the text ties it to a village of its country more than by naming
        # the village's state ("Boston" in a story that names New York is not Boston, New York)
        largest = ctx.largest.get((name, entry.country or ""), 0)
        damp = 0.5 if entry.kind == "city" and largest >= 400_000 and pop * 50 < largest else 1.0
        if entry.kind in ("city", "facility", "admin2") and ctx.region_named(entry.admin1, name):
            score += 1.5 * damp * max(ctx.region_weight(entry.admin1, name), 0.3)
            why.append(f"region {entry.admin1} named in the article")
        if entry.kind in ("city", "admin2"):
            near_names = ctx.neighbours(entry.country, entry.admin1, name)
            if near_names >= 0.1:
                score += 0.2 * damp * min(near_names, 3)
                why.append(f"other names of the article have readings in {entry.admin1} (weight {near_names:.1f})")
            if (
                entry.lat is not None and entry.lon is not None and fold(entry.name) == name
                and self._company_country(entry.country, name, ctx) and not self._names_region(mention.text)
            ):
                # only among the article's own country's towns, and never for a country's or a region's
                # name: Ohio has a Toronto, a Mecca and a Medina next to each other
                company = ctx.company(entry.lat, entry.lon, name)
                if company >= 0.05:
                    score += _COMPANY_WEIGHT * min(company, _COMPANY_CAP)
                    why.append(f"near the article's other names (weight {company:.1f})")
            country = self.gaz.country_by_name(_clean(mention.text))
            if (
                country is not None and country.iso3 != entry.country and pop >= 5_000
                and ctx.share(country.iso3, name) == 0 and (
                    ctx.share(entry.country, name, local=True) >= 0.5 and ctx.local[entry.country] >= 2
                    # or a story that points only to the town's country and gives the name a town's school or
                    # police: "the Jordan middle school" beside the United States is Jordan, Minnesota
                    or ctx.share(entry.country, name) >= 0.5 and self._has_town_body(text, _clean(mention.text))
                )
            ):
                # "Lebanon Police", "of Palestine": a town in a local story that says nothing else of the country
                score += 3.0
                why.append(f"a town of the article's country ({entry.country}); nothing else in it is in {country.name}")
        after = text[mention.end : mention.end + 40]
        m = re.match(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", after)
        if m and entry.kind != "country":
            qual = m.group(1)
            region = self.abbreviations.get(fold(qual))
            if region is not None:
                qual = region.name
            if entry.admin1 and fold(qual) == fold(entry.admin1):
                score += 3.0
                why.append(f"followed by its region {qual!r}")
            else:
                country = self.gaz.country_by_name(qual)
                # (a country's name before another's is a list: "China, Japan and Korea")
                if country is not None and country.iso3 == entry.country and self.gaz.country_by_name(name) is None:
                    score += 3.0
                    why.append(f"followed by its country {qual!r}")
        if ctx.anchors and entry.lat is not None and entry.lon is not None and entry.kind != "country":
            key = fold(_clean(mention.text))
            near = min(
                (_distance((entry.lat, entry.lon), (lat, lon)) for lat, lon, name in ctx.anchors if name != key),
                default=None,
            )
            if near is not None:
                score += 2.0 * math.exp(-near / 250)
                if near < 250:
                    why.append(f"{near:.0f} km from the article's other places")
        return score, why

    def _minor_supported(self, entry: Entry, mention: _Mention, ctx: _Context, text: str, known: int,
                         readings: list[Entry], home: frozenset[str]) -> bool:
        """Whether the article backs a small place (a village, a US post office): its region or country is named after
        it ("Grantville, Pennsylvania"), or, when no town of ``known`` people or more shares its name, its region
        anywhere in the story; or another place the story names is within 100 km; or it is the only reading of its
        name and lies in a country the story is set in. A village is never the best-known reading of a name, so without
        such evidence it is none ("Sumatra" in a story from Indonesia is not Sumatra, Florida; "Alexandria" beside
        Memphis is not Alexandria, Tennessee, a village 300 km away, while there is a town of 48,000 in Louisiana)."""
        name = fold(_clean(mention.text))
        if known < _MINOR_RIVAL and ctx.region_named(entry.admin1, name):
            return True
        qualifier = re.match(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text[mention.end : mention.end + 40])
        if qualifier is not None:
            region = self.abbreviations.get(fold(qualifier.group(1)))
            if fold(region.name if region is not None else qualifier.group(1)) == fold(entry.admin1 or ""):
                return True
            country = self.gaz.country_by_name(qualifier.group(1))
            if country is not None and country.iso3 == entry.country:
                return True
        if entry.lat is not None and entry.lon is not None and any(
                _distance((entry.lat, entry.lon), (lat, lon)) < 100 for lat, lon, other in ctx.anchors if other != name):
            return True
        return entry.country in home and all(c is entry or c.minor and c.country != entry.country for c in readings)

    def resolve(self, item: Item) -> list[Place]:
        """Every place name in the article with its best reading."""
        assert item.article is not None
        text = item.article.text
        mentions = self.mentions(item)
        cands = [self.candidates(m, text) for m in mentions]
        ctx = self.context(item, mentions, cands)
        total = sum(ctx.local.values())
        home = frozenset(c for c, n in ctx.local.items() if n >= 2 and n / total >= 0.5)
        if home:
            cands = [self.candidates(m, text, home) for m in mentions]
            ctx = self.context(item, mentions, cands)
        chosen: list[tuple[Entry | None, float, list[str]]] = []
        for rnd in range(2):
            chosen = []
            tied: dict[int, tuple[str, str | None]] = {}
            for m, cs in zip(mentions, cands, strict=True):
                if not cs:
                    chosen.append((None, 0.0, []))
                    continue
                known = max((c.population or 0 for c in cs if c.kind == "city" and not c.minor), default=0)
                scored = [(self._score(c, m, ctx, text), c) for c in cs
                          if not c.minor or self._minor_supported(c, m, ctx, text, known, cs, home)]
                if not scored:
                    chosen.append((None, 0.0, []))
                    continue
                scored.sort(key=lambda x: -x[0][0])
                (best_score, why), best = scored[0]
                margin = best_score - scored[1][0][0] if len(scored) > 1 else 3.0
                tie = self._tie(best, best_score, scored, fold(_clean(m.text)), ctx)
                if tie is not None:
                    tied[len(chosen)] = tie
                words = _clean(m.text).split()
                folded = fold(_clean(m.text))
                # (so is a name of compass words alone, even when it is the region's whole name: "South West" is
                # Cameroon's South-West only in a story about Cameroon)
                if (best.kind == "admin1" and len(words) > 1 and fold(words[0]) in _COMPASS | _INTERCARDINAL
                        and (fold(best.name) != folded or all(fold(w) in _COMPASS | _INTERCARDINAL for w in words))
                        and self.abbreviation(" ".join(words[1:])) is None
                        and not ctx.share(best.country or "", folded) and not ctx.share(best.country or "", folded, local=True)):
                    # a part of a region read as the region ("West Midlands" as Zimbabwe's Midlands) only in a country
                    # the article is about, or when abbreviated ("Western Mass."): elsewhere it is some other
                    # country's region the gazetteer lacks
                    chosen.append((None, 0.0, ["a part of a region of a country the article does not name"]))
                    continue
                if (against := self._against_qualifier(best, text, m.end, cs)) is not None:
                    chosen.append((None, 0.0, [against]))
                    continue
                if best.kind == "admin1" and self._called_town(m, text):
                    # the province wins on the article's evidence, but the text says town: its namesake town
                    town = next((c for _, c in scored if c.kind == "city" and c.country == best.country
                                 and fold(c.name) == fold(best.name)), None)
                    if town is not None:
                        best, why = town, [*why, "the text calls it a town"]
                chosen.append((best, margin, why))
            chosen = self._as_qualified(mentions, cands, chosen)
            if rnd == 0:
                # (a small place chosen on this evidence adds none of its own)
                firm = [(m, e) for m, (e, margin, _) in zip(mentions, chosen, strict=True)
                        if e is not None and margin >= 1.0 and not e.minor]
                for m, e in firm:
                    if e.kind in ("city", "admin2", "admin1") and e.admin1:
                        ctx.add_region(e.admin1, fold(_clean(m.text)))
                ctx.anchors = [(e.lat, e.lon, fold(_clean(m.text))) for m, e in firm
                               if e.lat is not None and e.lon is not None and e.kind != "country"]
        chosen = self._as_county(mentions, cands, chosen)
        # a reading tied with another place's is left open, unless a qualified mention of the name or a county the
        # article names settles it
        left_open = {i: tie for i, tie in tied.items() if not any(w.startswith(_SETTLED) for w in chosen[i][2])}
        chosen = [(None, 0.0, [left_open[i][0]]) if i in left_open else c for i, c in enumerate(chosen)]
        places: list[Place] = []
        learned: dict[str, Place] = {}
        named = {fold(_clean(m.text)): e for m, (e, _, _) in zip(mentions, chosen, strict=True) if e is not None}
        local = self._local_centre(chosen)
        for i, (m, cs, (entry, margin, why)) in enumerate(zip(mentions, cands, chosen, strict=True)):
            if entry is None:
                place = self._learn_facility(m, text, learned, mentions, chosen)
                if place is None:
                    place = self._named_after_town(m, text, ctx, home, named)
                if (place is None and local is not None and _LOCAL_UNIT.search(m.text)
                        and self._against_qualifier(local, text, m.end) is None):
                    place = replace(
                        local.to_place(m.text, m.start, m.end), name=_clean(m.text), precision="region", geonameid=None,
                        feature="ADM2", score=0.3, evidence=f"a local unit the gazetteer lacks: placed at the article's local centre, {local.name}",
                    )
                unread = why[0] if why else "not in the gazetteer"
                evidence = f"{unread}; {m.cue}" if m.cue else unread
                # (a name left open between two towns of one country is still in that country: "Berea" is American)
                places.append(place or Place(
                    m.text, m.start, m.end, name=_clean(m.text), country=left_open[i][1] if i in left_open else None,
                    precision=_cue_precision(m.cue), evidence=evidence,
                ))
                continue
            score = round(1 - math.exp(-max(margin, 0.0)), 3)
            evidence = "; ".join(why) or ("the only reading" if len(cs) == 1 else "largest or best-known reading")
            place = entry.to_place(m.text, m.start, m.end, score=score, evidence=evidence)
            if entry.key.startswith("world:"):
                place = replace(place, country=self.world_country.get(entry.key), precision="region")
            if m.label == "NORP":
                place = replace(place, feature=DEMONYM, score=1.0, evidence=f"a demonym of {entry.name}")
            elif m.government:
                place = replace(place, feature=GOVERNMENT, evidence=f"{evidence}; the capital stands for its government")
            places.append(place)
        return self._capitals(text, self._sections(text, places))

    @staticmethod
    def _tie(
        best: Entry, best_score: float, scored: list[tuple[tuple[float, list[str]], Entry]], name: str, ctx: _Context
    ) -> tuple[str, str | None] | None:
        """Why a town's or county's best reading is no better than another place's, far from it, within :data:`_TIE`,
        and the country both are in, if one; None when the best stands (or its region is the one the article talks
        about more: "Montgomery County" in a story about Indiana that lists Kentucky once)."""
        if best.kind not in ("city", "admin2") or best.lat is None or best.lon is None:
            return None
        for (score, _), other in scored[1:]:
            if best_score - score >= _TIE:
                return None
            if other.lat is None or other.lon is None or _distance((best.lat, best.lon), (other.lat, other.lon)) <= _TIE_KM:
                continue
            if ctx.region_named(best.admin1, name) and ctx.region_weight(best.admin1, name) > ctx.region_weight(other.admin1, name):
                return None
            why = (f"two readings score alike, {best.name}, {best.admin1 or best.country} and {other.name}, "
                   f"{other.admin1 or other.country}: left open")
            return why, best.country if best.country == other.country else None
        return None

    @staticmethod
    def _as_qualified(
        mentions: list[_Mention], cands: list[list[Entry]], chosen: list[tuple[Entry | None, float, list[str]]]
    ) -> list[tuple[Entry | None, float, list[str]]]:
        """A name the text once gives with its state or country ("Louisville, Ky.") is that place each time it
        comes again bare, as long as that place is one of its readings there."""
        qualified: dict[str, tuple[Entry, float]] = {}
        for m, (entry, margin, why) in zip(mentions, chosen, strict=True):
            if entry is not None and any(w.startswith("followed by its ") for w in why):
                qualified.setdefault(fold(_clean(m.text)), (entry, margin))
        if not qualified:
            return chosen
        out = list(chosen)
        for i, (m, cs, (entry, _, why)) in enumerate(zip(mentions, cands, chosen, strict=True)):
            hit = qualified.get(fold(_clean(m.text)))
            if hit is None or entry is None or entry.key == hit[0].key or all(c.key != hit[0].key for c in cs):
                continue
            out[i] = (hit[0], hit[1], [*why, f"where the text gives its region or country, it is {hit[0].name}, {hit[0].admin1 or hit[0].country}"])
        return out

    @staticmethod
    def _as_county(
        mentions: list[_Mention], cands: list[list[Entry]], chosen: list[tuple[Entry | None, float, list[str]]]
    ) -> list[tuple[Entry | None, float, list[str]]]:
        """A bare name whose county the article names ("DeKalb" beside "DeKalb County") is that county, or its town
        of the name there, when its own best reading lies far from it."""
        counties: dict[str, Entry] = {}
        for m, (entry, _, _) in zip(mentions, chosen, strict=True):
            if entry is not None and entry.kind == "admin2" and entry.lat is not None and entry.lon is not None:
                bare = _LOCAL_UNIT.sub("", _clean(m.text))
                if bare != _clean(m.text):
                    counties.setdefault(fold(bare), entry)
        if not counties:
            return chosen
        out = list(chosen)
        for i, (m, cs, (entry, margin, why)) in enumerate(zip(mentions, cands, chosen, strict=True)):
            county = counties.get(fold(_clean(m.text)))
            if county is None or entry is None or entry.kind not in ("city", "admin2") or entry.lat is None or entry.lon is None:
                continue
            here = (county.lat or 0.0, county.lon or 0.0)
            if _distance((entry.lat, entry.lon), here) <= _COUNTY_KM:
                continue
            town = min(
                (c for c in cs if c.kind == "city" and c.lat is not None and c.lon is not None
                 and _distance((c.lat, c.lon), here) <= _COUNTY_KM),
                key=lambda c: _distance((c.lat or 0.0, c.lon or 0.0), here), default=None,
            )
            out[i] = (town or county, margin, [*why, f"the article names {county.name}, {county.admin1}"])
        return out

    @staticmethod
    def _sections(text: str, places: list[Place]) -> list[Place]:
        """A name the text makes a part of a town ("the Shaab neighborhood of Baghdad") is placed at that town when
        the gazetteer lacks it or knows it only in another country (a Shaab in Israel), as a section of it."""
        out = list(places)
        for i, (part, town) in enumerate(zip(places, places[1:], strict=False)):
            m = _SECTION_OF.fullmatch(text[part.end : town.start])
            if (m is None or town.lat is None or town.precision != "city" or part.feature == DEMONYM
                    or part.precision not in (None, "city") or (part.lat is not None and part.country == town.country)
                    or _tail_of_name(text[max(0, part.start - 40) : part.start], False)):
                continue  # (nor the end of a longer name the NER cut: "the French Hill neighborhood of Jerusalem")
            out[i] = replace(
                town, text=part.text, start=part.start, end=part.end, name=part.name or _clean(part.text), geonameid=None,
                feature="PPLX", score=0.5, evidence=f"part of {town.name} ('{m.group(1)} of')",
            )
        return out

    def _capitals(self, text: str, places: list[Place]) -> list[Place]:
        """A country's capital the text does not name ("in Somalia's capital", "the Malian capital") is a place of
        its own, at that capital: the capital the gazetteer gives the country."""
        out = list(places)
        for i, place in enumerate(places):
            m = _CAPITAL_AFTER.match(text, place.end)
            if m is None or place.precision != "country" or place.country is None:
                continue
            if i + 1 < len(places) and _NAME_AFTER_CAPITAL.fullmatch(text[m.end() : places[i + 1].start]):
                continue  # "the Zairean capital Kinshasa", "the capital of Tunis": the capital is named
            country = self.gaz.country(place.country)
            capital = self.gaz.get(f"city:{country.capital_geonameid}") if country and country.capital_geonameid else None
            if capital is None:
                continue
            out.append(capital.to_place(
                text[place.start : m.end()], place.start, m.end(), score=place.score,
                evidence=f"the capital of {country.name if country else place.country}",
            ))
        return sorted(out, key=lambda p: (p.start, p.end))

    @staticmethod
    def _called_town(m: _Mention, text: str) -> bool:
        """Whether the text calls a name a town: "the West Bank town of Bethlehem", "Potiskum town"."""
        after = text[m.end : m.end + 12]
        return bool(_TOWN_WORD_BEFORE.search(text[max(0, m.start - 60) : m.start]) or _TOWN_WORD_AFTER.match(after)) \
            and not _REGION_WORD_AFTER.match(after)

    def _named_after_town(
        self, m: _Mention, text: str, ctx: _Context, home: frozenset[str], named: dict[str, Entry]
    ) -> Place | None:
        """A name the gazetteer lacks that opens with a town's ("Princeton Community Hospital", "the New Concord
        Reservoir", "Sligo Town Hall"), placed at that town: a facility if its last word says so."""
        words = m.text.split()
        if any(fold(w) in _NATURAL or fold(w) in _LARGE_UNITS for w in words) or _LOCAL_UNIT.search(m.text):
            # "Red River", "River Lune", "Lake Lanier Islands": a feature of its own, not at a town; nor is
            # "Nyanza Province" or "Jackson Township"
            return None
        inside = re.search(r"\s(?:in|at)\s+((?:[A-Z][\w.'\u2019-]*\s?){1,3})$", m.text)
        spans = [(m.text[inside.start(1):].strip(), m.start + inside.start(1))] if inside else []
        # a building named "in" a town is there ("St. Paul's Church in Elizabethtown"), whatever its own name opens with
        spans += [(" ".join(words[:width]), m.start) for width in range(min(3, len(words) - 1), 0, -1)
                  if words[width][:1].isupper() and not inside]
        for head, start in spans:
            if fold(head) in _COMPASS or re.search(r"['\u2019]s$", head):
                continue  # (a saint's or a person's possessive is no town: "St. Paul's Cathedral")
            best = named.get(fold(head))  # the town the article names on its own ("Princeton ... Princeton Community Hospital")
            if best is None:
                # a sizeable town, or any town when the name ends in a building of a town's ("Ludlow Town Hall",
                # "Woodstock General Hospital") or goes on with a body or an office of one ("the Woodstock
                # District Chamber of Commerce"): a person's or a firm's name seldom does
                civic = fold(words[-1].rstrip(".’'s")) in _CIVIC_NOUNS or not inside and (
                    fold(words[len(head.split())]) in _LOCAL_BODIES | _LOCAL_OFFICES)
                if not self._known_place(head, strict=not civic):
                    continue
                sub = _Mention(head, start, start + len(head), "GPE", None, m.sentence)
                cands = self.candidates(sub, text, home)
                if not cands:
                    continue
                best = max(cands, key=lambda c: self._score(c, sub, ctx, text)[0])
                if fold(words[-1]) == "airport" and ctx.countries.total() and not ctx.share(best.country, fold(head)):
                    # a town of a country the article never points to, though it points to others: an airport is
                    # more often named after a person ("Torrijos International Airport" in Panama) than after a town
                    # abroad (an air base after the town beside it, known or not: "San Isidro air base")
                    return None
            if best.kind not in ("city", "admin2") or best.lat is None:
                return None
            precision: PlacePrecision = "facility" if fold(words[-1]) in _FACILITY_NOUNS else "city"
            return replace(
                best.to_place(m.text, m.start, m.end, score=0.3,
                              evidence=f"{'in' if inside else 'named after'} the town {best.name}"),
                name=_clean(m.text), precision=precision, geonameid=None,
            )
        return None

    @staticmethod
    def _local_centre(chosen: list[tuple[Entry | None, float, list[str]]]) -> Entry | None:
        """The town the article names most among its confidently resolved towns."""
        towns = Counter(e.key for e, margin, _ in chosen if e is not None and e.kind == "city" and margin >= 0.5)
        if not towns:
            return None
        key = towns.most_common(1)[0][0]
        return next(e for e, _, _ in chosen if e is not None and e.key == key)

    def _learn_facility(
        self, m: _Mention, text: str, learned: dict[str, Place],
        mentions: list[_Mention], chosen: list[tuple[Entry | None, float, list[str]]],
    ) -> Place | None:
        """A facility the gazetteer lacks, placed at the city the text puts it in."""
        if not _FACILITY_WORDS.search(m.text):
            return None
        key = re.sub(r"\s+", "", fold(m.text))
        if key in learned:
            prior = learned[key]
            return replace(prior, text=m.text, start=m.start, end=m.end)
        sentence_end = text.find(".", m.end)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        for other, (entry, _, _) in zip(mentions, chosen, strict=True):
            if entry is None or entry.kind not in ("city", "admin1") or not (m.end <= other.start <= sentence_end):
                continue
            between = text[m.end : other.start]
            if _FACILITY_IN.match(between):
                cue = text[m.start : other.end]
                place = replace(
                    entry.to_place(m.text, m.start, m.end, score=0.6, evidence=f"learned from the text: {cue!r}"),
                    name=_clean(m.text), precision="facility", geonameid=None, feature="facility",
                )
                learned[key] = place
                return place
        return None


def process(batch: Batch, geocoder: Geocoder | None = None) -> Batch:
    """Find and resolve every place name in each article and place each of its events."""
    geocoder = geocoder or Geocoder()
    items: list[Item] = []
    for item in batch.items:
        if item.article is None:
            items.append(item)
            continue
        places = tuple(geocoder.resolve(item))
        # a demonym names a country's people, and a capital speaking its government, never where an event happened
        where = tuple(p for p in places if p.feature not in (DEMONYM, GOVERNMENT))
        items.append(replace(item, places=places, events=locate(geocoder, item, where)))
    return replace(batch, items=tuple(items))


def _factory(settings: Settings) -> Any:
    geocoder = Geocoder()
    return lambda batch: process(batch, geocoder)


STAGE = Stage(
    name="places",
    requires=("sentences", "events"),
    sets=("places", "events.place"),
    factory=_factory,
    help="find and geocode place names; place each event",
)
