"""Placing events: where each event happened, from the places the places stage resolved.

An event's place is the one attached to its trigger in the dependency parse ("clashes *in* Kidal",
withdraw *from* Chad), else the sentence's most specific place, else a country-level fallback from
the event's context: the recipient's country, the actor's country when the article speaks of it,
the dateline, or the country the article is mostly about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .model import Event, Item, Place

if TYPE_CHECKING:
    from .places import Geocoder

# Prepositions that place what follows them.
LOCATIVE = frozenset(
    ["in", "at", "near", "outside", "inside", "around", "within", "across", "throughout", "into", "on", "over", "off", "along",
     "by", "through"]
)
FINER_MARGIN = 1.0
TOWN_OVER_COUNTRY = 2.0
# A place the sentence attaches to the event at least this well beats the dateline and the article's country
# (below it are the penalised readings: "U.S. troops", a country as subject); one under 1.0 still yields to
# the recipient's country ("notified the United States that the soldiers must leave the country": Niger).
SENTENCE_OVER_ARTICLE = 0.5
REFERENCE_PENALTY = 1.5
DIRECTION_PENALTY = 0.8
# Statements and decisions of a state, which happen where the state is unless the sentence says where: demands,
# accusations, refusals, threats, sanctions, support and talks other than visits ("revoked its accord with the US")
SAID_AT_HOME = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "SUPPORT", "CONSULT"})
PRECISION_RANK: dict[str | None, int] = {"facility": 4, "city": 3, "admin1": 2, "region": 1, "country": 1, None: 0}

# Triggers whose direct object is often the place itself ("bombed Pooneryn", "captured Kasumbalesa").
TARGET_TRIGGERS = frozenset(["attack", "bomb", "shell", "capture", "seize", "storm", "raid", "occupy", "besiege", "strike", "hit", "overrun",
                             "target", "invade", "enter", "liberate", "retake", "recapture", "recover", "regain", "reclaim", "encircle", "surround",
                             "bombard", "pound", "assault", "patrol", "control", "blockade", "destroy", "burn", "loot",
                             "torch", "raze", "ransack", "sack"])
# Triggers of taking something from its holder: what follows "from" is who held it, not where ("captured the
# heights from Syria", "wrested the town from the rebels").
TAKING_TRIGGERS = frozenset(["capture", "seize", "wrest", "recapture", "retake", "snatch", "grab"])
MOVE_TRIGGERS = frozenset(["travel", "visit", "arrive", "deploy", "send", "fly", "go", "come", "return", "move", "head", "transfer", "dispatch"])
LEAVE_TRIGGERS = frozenset(["withdraw", "pull", "leave", "flee", "expel", "evacuate", "retreat", "remove", "depart", "exit"])
# Nouns whose "of" complement is their name ("the town of Adwar") and units that take one when no
# name stands before them ("the province of Damascus", but "Nahrawan district of Baghdad").
SETTLEMENT_NOUNS = frozenset(["city", "town", "village", "capital", "port", "hamlet", "settlement", "camp", "island"])
UNIT_NOUNS = frozenset(["district", "province", "region", "governorate", "state", "county", "municipality", "area",
                        "neighborhood", "neighbourhood", "suburb", "township", "prefecture", "department", "locality",
                        "republic"])
LARGE_UNIT_WORD = re.compile(r"\b(?:LGA|Local Government(?: Area)?|[Ss]tate|[Pp]rovince|[Gg]overnorate|[Cc]ounty|[Rr]egion|[Pp]refecture|[Oo]blast)$")
DIRECTIONS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "north-east", "north-west", "south-east", "south-west"])
# other nouns a place name before them is part of a place ("the Aleppo countryside", "the Gaza border")
PLACE_NOUNS = frozenset(["countryside", "outskirts", "border", "coast", "coastline", "frontier", "valley", "mountains",
                         "strip", "bank", "peninsula", "gulf", "sea", "river", "island", "islands", "desert", "highway",
                         "road", "street", "square", "airport", "base", "prison", "hospital", "market", "suburbs", "heights",
                         "hills", "lake", "delta", "plain", "zone", "corridor", "front", "crossing",
                         # buildings and sites: "his Ashok Vihar residence", "a west Dublin soccer field"
                         "home", "house", "residence", "junction", "intersection", "roundabout", "field", "headquarters", "office", "station", "school", "mosque",
                         "church", "hotel", "restaurant", "stadium", "camp", "compound", "building", "checkpoint", "bridge", "farm", "plantation", "shop", "store", "mall", "park",
                         "neighborhood", "neighbourhood", "district", "village", "town", "city",
                         # land and water: "the Mount Vlasic range", "the Harare township of Highfield"
                         "range", "ridge", "hill", "mount", "forest", "canal", "harbor", "harbour", "beach", "pass",
                         "yard", "yards", "depot", "terminal", "refinery", "mine", "dam",
                         # water a name stands before ("the Shatt al-Arab waterway") and homes ("his Madhuranagar apartment")
                         "waterway", "strait", "straits", "channel", "apartment", "flat", "bungalow", "villa", "colony",
                         "area", "region", "quarter", "section", "township", "enclave", "sector", "port", "waters", "province"])
# Sites a country runs abroad: "a U.S. base", "the British embassy", "a U.S.-run prison".
OPERATED = frozenset(["base", "airbase", "embassy", "consulate", "prison", "camp", "compound", "headquarters", "facility",
                      "installation", "mission", "checkpoint", "position", "outpost", "patrol", "convoy", "ship", "vessel",
                      "warship", "office", "school", "hospital"])
EVENT_NOUNS = frozenset(["attack", "clash", "confrontation", "raid", "ambush", "bombing", "airstrike", "strike", "explosion",
                         "blast", "shooting", "fighting", "battle", "offensive", "assault", "protest", "demonstration",
                         "rally", "march", "riot", "operation", "incident", "violence", "shelling", "firefight",
                         "gunfight", "shootout", "skirmish", "siege", "standoff", "fight", "combat", "crash"])
# Nouns of fighting whose "for" is where it is fought: "the battle for Kobani".
FOUGHT_FOR = frozenset(["battle", "fight", "fighting", "struggle"])
DISTANCES = frozenset(["km", "kilometre", "kilometer", "mile", "metre", "meter", "kms"])
# Event types whose direct object may be the place itself ("attacked Kidal", "seized Menaka").
# (not ASSAULT or COERCE as such: "shot Oudeh", "arrested Henao" take a person)
_PLACE_OBJECT_TYPES = frozenset(["MOBILIZE", "SEIZE", "OCCUPY"])
# the last word of an occasion's name ("the Queens Pride Parade in Jackson Heights" happened in Jackson Heights)
_OCCASIONS = frozenset(["parade", "festival", "carnival", "marathon", "games", "cup", "fair", "pride", "championship",
                        "championships", "open", "rally", "jamboree", "expo", "biennale", "gala", "derby"])
_NEAR = frozenset(["near", "outside", "beside", "by"])
_LOCATING_VERBS = frozenset(["locate", "situate", "lie", "nestle"])
_NAMING_VERBS = frozenset(["call", "name", "know", "dub", "nickname", "rename"])
_REGION_UNITS = frozenset(["province", "governorate", "state", "county", "prefecture", "oblast", "department"])
# the land around a town, which holds the villages it names: "the eastern countryside of Hama", "the Hama countryside"
_RURAL_NOUNS = frozenset(["countryside", "hinterland"])
# units of a region that name a district of it ("in Kailali district"), not a town's quarter
_DISTRICT_UNITS = _REGION_UNITS | {"district", "municipality", "region"}
# buildings a name may open without being a locality: "the Temple of the Tooth", "the National Museum"
_LANDMARKS = frozenset(["temple", "museum", "university", "palace", "shrine"])
# parts of a town that a name after "of" names, the town's name standing before them: "the Harare township of Kuwadzana"
_TOWN_PARTS = frozenset(["neighborhood", "neighbourhood", "suburb", "quarter", "township", "district", "section", "area"])
# What stands between a place and the region that holds it when a comma parts them: "in Fallujah, in the restive
# western province of Al-Anbar", "in Maiduguri, in Borno State"
_REGION_AFTER = re.compile(
    r"^\s*,\s*(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:province|state|region|governorate|county|department|oblast)\s+of\s+)?$",
    re.I,
)
# Named things a place name may open without being where they are (an organisation's may be: "Virginia Tech").
_NOT_PLACE_NAMES = frozenset(["EVENT", "PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "NORP"])


def locate(geo: Geocoder, item: Item, places: Sequence[Place]) -> tuple[Event, ...]:
    """Each event with the place where it happened."""
    if not item.events:
        return item.events
    fallback = _article_fallback(geo, item, places)
    return tuple(
        event if event.place is not None else replace(event, place=locate_event(geo, event, item, places, fallback))
        for event in item.events
    )

def locate_event(geo: Geocoder, event: Event, item: Item, places: Sequence[Place], fallback: Place | None) -> Place | None:
    in_sentence = [p for p in places if event.start <= p.start < _sentence_end(item, event)]
    ranked = _rank(event, item, in_sentence) if in_sentence else None
    if ranked is not None and ranked[0] >= 1.0:
        return ranked[1]
    actors = {a.country for a in event.actor}
    named = {p.country for p in places}
    home = _home(geo, event)
    if home is not None:
        # a state's say is given at home: "Mali ended its defence agreements with France" happened in Mali
        actor, country = home
        return replace(
            geo.point(country.entry()).to_place(actor.text, actor.start, actor.end),
            score=0.3, evidence="no place in the sentence; a statement or a decision of the actor's state, at home",
        )
    for actor in event.recipient:
        # a foreign force's counterpart is usually its host: the recipient's country, if the article names it,
        # at the sentence's own place in that country if it names one ("a man was shot … a west Dublin field")
        if actor.country and actor.country not in actors and actor.country in named:
            here = [p for p in in_sentence if p.country == actor.country and p.lat is not None]
            if here:
                best = max(here, key=fineness)
                return replace(best, score=0.3, evidence=f"{best.evidence}; in the recipient's country")
            country = geo.gaz.country(actor.country)
            if country is not None:
                return replace(
                    geo.point(country.entry()).to_place(actor.text, actor.start, actor.end),
                    score=0.3, evidence="no place in the sentence; the recipient's country",
                )
    if ranked is not None and ranked[0] >= SENTENCE_OVER_ARTICLE:
        return ranked[1]
    if fallback is not None:
        return fallback
    if ranked is not None:
        return ranked[1]
    for actor in event.actor:
        country = geo.gaz.country(actor.country) if actor.country and len(actor.country) == 3 else None
        if country is not None:
            return replace(
                geo.point(country.entry()).to_place(actor.text, actor.start, actor.end),
                score=0.2, evidence="no place in the sentence or the article; the actor's country",
            )
    return None

def _sentence_end(item: Item, event: Event) -> int:
    """Where the event's sentence ends: past the parser's end when that falls where no sentence can end
    ("in an IED blast on Saturday [22 August] in Bajaur Agency's Utmankhel Tehsil area" split at the bracket)."""
    article = item.article
    assert article is not None
    end = event.end
    if re.search(r"[.!?][\s\"'\u201d\u2019)\]]*$", article.text[event.start : end]):
        return end
    following = next((s for s in item.sentences if s.start >= end), None)
    if following is None or article.text[end : following.start].strip(" "):
        return end  # (a line break or a segment's end is where a title or a paragraph ends)
    return following.end


def _rank(event: Event, item: Item, candidates: list[Place]) -> tuple[float, Place] | None:
    """The sentence's place best attached to the trigger, with its attachment score."""
    found = next(((seg, doc) for seg, doc in item.docs if seg.start <= event.trigger.start < seg.end), None)
    tspan = None
    if found is not None:
        seg, doc = found
        tspan = doc.char_span(event.trigger.start - seg.start, event.trigger.end - seg.start, alignment_mode="expand")
    if found is None or tspan is None or not len(tspan):
        return (1.0, max(candidates, key=fineness))
    trigger = tspan.root
    lemma = trigger.lemma_.lower()
    leaving = lemma in LEAVE_TRIGGERS or event.type == "RETREAT"
    moving = lemma in MOVE_TRIGGERS
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    upper = {t.i for t in clause.ancestors}
    # how many verbs up each ancestor is: a participle's act is nearer the clause it hangs from than the one above
    # ("violence flared in Kaduna State when gunmen ambushed a bus near Kajuru, killing nine": near Kajuru)
    verbs_up: dict[int, int] = {}
    n = 0
    for t in clause.ancestors:
        n += t.pos_ in ("VERB", "AUX")
        verbs_up[t.i] = max(n, 1)
    own = tuple(t.i for t in tspan if t.pos_ in ("VERB", "AUX"))  # every verb of a conjoined trigger
    scored: list[tuple[float, Place, Any]] = []
    below: set[int] = set()  # places the act itself names, after its verb
    located: set[int] = set()  # places a locative preposition gives ("in", "near", "north of")
    where = _where_antecedent(clause)
    for place in candidates:
        span = doc.char_span(place.start - seg.start, place.end - seg.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        t, prep, role, hops, reference = _climb(tok, (trigger.i, clause.i, *own))
        if where is not None and (where.i in (tok.i, _unit_of(tok).i) or (where.i == _named_unit(tok).i and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in where.children))):
            # "the X suburb of Y, where 30 residents were killed": the place "where" stands for is the act's
            t, prep, role, hops, reference = clause, "in", "pobj", 0, 0.0
        prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        if prep is None and prev is not None and prev.dep_ == "prt" and prev.lower_ in LOCATIVE and prev.head.i == t.i:
            prep = str(prev.lower_)  # the parser's particle is the place's preposition: "was captured off Aden"
        if prep == "between" and _between_sites(tok):
            prep = "within"  # "positions between X and Y" lie there; a clash "between" two tribes is who
        if t.i in (trigger.i, clause.i, *own):
            score = 3.0
        elif t.i in upper:
            score = max(2.0 - 0.6 * (verbs_up[t.i] - 1), 1.2)
        elif t.i in {a.i for a in tok.ancestors} and trigger.is_ancestor(t):
            score = 1.5
        else:
            score = 1.0
        if prep in LOCATIVE or prep in DIRECTIONS:
            score += 1.0
        elif prep == "from":
            # "received tanks from the US": an origin; "captured the town from Jordan": whom it was taken from
            score += 1.2 if leaving else -1.0 if lemma == "receive" or lemma in TAKING_TRIGGERS else 0.2
        elif prep == "to":
            score += 1.0 if moving else 0.1
        elif prep is None and tok.dep_ == "poss":
            score -= 0.8  # "Niger's junta notified …": the actor's country, often where it acts
        if prep is not None and tok.dep_ == "poss":
            score -= 0.5  # "in Baghdad's Dora district": the possessor contains the place
        elif (prep is None and role == "nsubjpass" and not hops and t.i in (trigger.i, clause.i, *own)
              and tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.dep_ != "poss"
              and not (tok.dep_ in ("compound", "amod", "nmod") and not _place_noun(tok.head))
              and (lemma in TARGET_TRIGGERS or event.type in _PLACE_OBJECT_TYPES)):
            # what was captured, said first, is where, not who took it or from whom: "the West Bank was captured
            # by Israel from Jordan" (a town's name of one word may be a person's, "Arad was captured by Hezbollah",
            # and keeps the subject's penalty; one of two words only goes unpenalised: "East Jerusalem was captured")
            if place.precision in ("country", "admin1", "region") or _place_noun(_named_unit(tok)) or _place_noun(_unit_of(tok)):
                score += 0.5
            elif " " not in _clean_name(place):
                score -= 1.5
        elif prep is None and role in ("nsubj", "nsubjpass", "dative", "agent"):
            # a country as subject is an actor, not a place; but what a country receives, it receives at home
            score -= 0.5 if lemma == "receive" and role == "nsubj" else 1.5
        elif role == "nsubjpass" or (role == "nsubj" and prep == "from"):
            # "detainees at Guantanamo Bay were captured in Afghanistan", "businessmen from Nigeria": it says who,
            # not where (an agent's place is often where it acts: "Muslims in the Middle East demonstrated")
            score -= 1.2
        elif prep is None and role in ("dobj", "attr", "oprd"):
            # the target of an attack is where it happened ("shelled the town of X in Y" is in X)
            # (a name neither the gazetteer nor the text makes a place is as likely the person captured)
            bonus = 1.0 if place.lat is not None or _cued(place) or _called_place(tok) else 0.5
            # (the object of the verb it hangs from: "began their assault by storming the village of X")
            verb = t.lemma_.lower() if t.pos_ == "VERB" else lemma
            targeted = lemma in TARGET_TRIGGERS or verb in TARGET_TRIGGERS or verb in MOVE_TRIGGERS
            score += bonus if event.type in _PLACE_OBJECT_TYPES or moving or targeted else -1.5
        if (event.type in SAID_AT_HOME and (place.precision == "country" or place.feature == "PPLC")
                and prep not in LOCATIVE and prep not in DIRECTIONS
                and not (prep == "to" and moving) and any(r.start <= place.start < r.end for r in event.recipient)):
            continue  # the state addressed is not where: "ended its defence agreements with France" (or "with Paris")
        if event.type == "PROTEST" and _against(tok, trigger):
            score -= 1.5  # "protested in Auckland against the offensive in Gaza": what they protest, not where
        if (tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and not _place_noun(tok.head)
                and not _measured_from(tok)):
            score -= 2.0  # "U.S. troops", "an IRA bomb", "the Utah architect": who or what, not where
        elif tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and (tok.head.ent_type_ in _NOT_PLACE_NAMES or _occasion(tok)):
            score -= 1.5  # part of an event's or a person's name: "the Queens Pride Parade in Jackson Heights"
        elif place.precision == "country" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in OPERATED:
            score -= 1.5  # "a U.S. military base in Habbaniya", "the Chinese embassy": whose, not where
        elif tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and _named(tok.head):
            score -= 0.25  # "the West Bank city of Nablus": the name before the unit contains the one after
        if (t.dep_ == "relcl" and t.head.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.head.i in (trigger.i, clause.i, *own)
                and any(w.lower_ in ("who", "whom") for w in t.children)):
            score -= 1.0  # "a Briton who was born in Pakistan was captured in Ramadi": who the person is, not where
        # the first place of a chain is where it happened, the next ones say where that is ("in Sani area
        # in North Darfur"); a place a distance is measured from is not the place ("60 km north of Y")
        score -= 0.4 * max(hops - 1, 0) + reference
        score += 0.15 * (fineness(place) if place.lat is not None else 3)  # unresolved: mostly small places
        score -= 0.002 * abs(place.start - event.trigger.start)
        scored.append((score, place, tok))
        if (prep in LOCATIVE or prep in DIRECTIONS) and not reference:
            located.add(tok.i)
        if (trigger.is_ancestor(tok) and tok.i > trigger.i and not reference and (place.lat is not None or _cued(place))
                and (prep in LOCATIVE or prep in DIRECTIONS or (prep is None and role == "dobj"))):
            below.add(tok.i)
    if not scored:
        return None
    # a place that contains another place of the same phrase is not where it happened: "the Sayidda
    # Zaynab district of Damascus", "Istanbul's Bayrampasa prison", "Nakuru, regional capital of the Rift Valley"
    adjusted = list(scored)
    for i, (_, place_b, tok_b) in enumerate(scored):
        for score_a, place_a, tok_a in scored:
            if tok_a.i != tok_b.i and score_a > 1.0 and _contains(tok_b, place_b, tok_a, place_a):
                adjusted[i] = (min(adjusted[i][0], score_a - 0.1), place_b, tok_b)
    best = max(adjusted, key=lambda x: x[0])
    # a scene set before the act ("In the province of Quneitra, gunmen shelled the village of Jaba") or a
    # region it reaches into holds the finer place the act itself names
    if best[2].i < trigger.i or _specificity(best[1], best[2]) <= 2:
        # (not the possessor of the unit the best one names, however fine it reads: "Manila's neighbouring province of X")
        finer = [x for x in adjusted if x[2].i in below and x[0] >= best[0] - FINER_MARGIN
                 and _specificity(x[1], x[2]) > _specificity(best[1], best[2]) + 0.5
                 and not (x[1].country and best[1].country and x[1].country != best[1].country)
                 and not (x[2].dep_ == "poss" and x[2].head.i == _named_unit(best[2]).i != best[2].i)]
        if finer:
            best = max(finer, key=lambda x: x[0])
    # a country or a region and a town of it both given for the happening ("in scattered violence across Iraq, gunmen
    # shot an officer near his home in the northern city of Mosul"): a reader places it at the town
    if best[1].precision in ("country", "admin1") and best[1].country:
        inside = [x for x in adjusted if x[2].i in located and x[1].lat is not None and x[1].country == best[1].country
                  and _specificity(x[1], x[2]) > _specificity(best[1], best[2]) + 0.5 and x[0] >= best[0] - TOWN_OVER_COUNTRY and _same_clause(x[2], (trigger.i, clause.i, *own))]
        if inside:
            best = max(inside, key=lambda x: x[0])
    return best[0], best[1]


def _same_clause(tok: Any, stops: tuple[int, ...]) -> bool:
    """Whether a token hangs from one of the act's verbs with no clause of its own subject between ("shot an officer
    walking near his home in Mosul", not "demonstrated across Turkey as leaders gathered in Istanbul" nor "bombed
    bases in Lebanon, including positions near Beirut")."""
    t = tok
    while t.head.i != t.i and t.i not in stops:
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "conj" or (t.dep_ == "prep" and t.lower_ == "including"):
            return False  # another act ("captured eastern Zaire and were advancing on Lubumbashi"), or one of several places
        t = t.head
        if t.i not in stops and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False
    return t.i in stops


def _clean_name(place: Place) -> str:
    """A place's name as written, without a leading article or a possessive."""
    return re.sub(r"^(?:the|The)\s+|['\u2019]s?$", "", (place.text or "").strip())


def _where_antecedent(clause: Any) -> Any | None:
    """The noun a clause opened by "where" speaks of ("the Deir al-Asafir suburb, *where* 33 people were killed")."""
    c = clause
    while c.dep_ == "conj" and c.head.i != c.i:
        c = c.head
    if c.dep_ in ("relcl", "acl", "advcl") and c.head.pos_ in ("NOUN", "PROPN") \
            and any(w.lower_ == "where" and w.dep_ == "advmod" for w in c.children):
        noun = c.head
        # (the clause speaks of the whole phrase: "the X suburb of Damascus, where" is the suburb)
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and _place_noun(noun.head.head):
            noun = noun.head.head
        return noun
    return None


def _home(geo: Geocoder, event: Event) -> tuple[Any, Any] | None:
    """The actor and its country, for a statement or a decision of a state (:data:`SAID_AT_HOME`) by its
    government, its leaders or the state itself: where it is said, when the sentence does not say."""
    if event.type not in SAID_AT_HOME or event.mode == "visit" and event.cameo != "043":
        return None  # a visit is made abroad, a visit hosted (CAMEO 043) at home
    for actor in event.actor:
        if actor.country and len(actor.country) == 3 and actor.sector in (None, "GOV", "MIL", "LEG", "JUD"):
            country = geo.gaz.country(actor.country)
            if country is not None:
                return actor, country
    return None


def _between_sites(tok: Any) -> bool:
    """Whether "between" before a place spans sites ("positions between X and Y", "the area between the villages
    of X and Y"), not the sides of a clash or a tension ("clashes between the X and Y tribes")."""
    t = tok
    while t.head.i != t.i and not (t.dep_ == "prep" and t.lower_ == "between"):
        t = t.head
    noun = t.head
    if _locates(noun):
        noun = noun.head  # "the villages located between X and Y"
    return t.dep_ == "prep" and noun.pos_ == "NOUN" and (_place_noun(noun) or noun.lemma_.lower() in OPERATED)


def _measured_from(tok: Any) -> bool:
    """Whether the parser hung a place's name on the distance or the direction that follows it and measures from
    another place ("the village of Sabr 20 kilometers north of Aden", "the town of al-Wafa west of Ramadi")."""
    head = tok.head
    return head.i > tok.i and (head.lemma_.lower() in DISTANCES or head.lower_ in DIRECTIONS) and any(
        c.dep_ in ("prep", "appos", "advmod") and (c.lower_ == "of" or c.lower_ in DIRECTIONS) for c in head.children)


def _against(tok: Any, trigger: Any) -> bool:
    """Whether a place stands in what a protest is against or about ("against the war on Yugoslavia")."""
    t = tok
    while t.head.i != t.i and t.i != trigger.i:
        if t.dep_ == "prep" and t.lower_ in ("against", "over", "about"):
            return True
        t = t.head
    return False


def _cued(place: Place) -> bool:
    """Whether the text itself calls an unresolved name a place ("the village of X", "X district")."""
    return bool(place.evidence) and (place.evidence or "").startswith("not in the gazetteer;")


def fineness(place: Place) -> float:
    """How fine a place is: a county or district (a "region" with GeoNames' ADM2 code) lies between its
    first-level region and its towns ("at RAF Fairford in Gloucestershire, southwestern England")."""
    if place.feature == "PPLX":
        return 3.5  # a section of a town ("the Shaab neighborhood of Baghdad") is finer than the town
    return 2.5 if place.precision == "region" and place.feature == "ADM2" else PRECISION_RANK.get(place.precision, 0)


def _specificity(place: Place, tok: Any = None) -> float:
    """How small a place is likely to be: a name the gazetteer lacks is mostly a village or a district; one
    the text calls a province ("the province of Quneitra", "Idlib province") is a region whatever its reading."""
    if tok is not None:
        units = {_named_unit(tok).lemma_.lower(), _unit_of(tok).lemma_.lower()}
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _RURAL_NOUNS:
            units.add("countryside")
        if units & (_REGION_UNITS | _RURAL_NOUNS):
            return min(2.0, _specificity(place))
    if place.lat is None:
        # a name the gazetteer lacks is mostly smaller than one it has of the same kind; one the text does not
        # call a village, a district or a camp may be anything
        return {"facility": 4.5, "city": 3.5, "region": 2.0}.get(place.precision or "", 2.5)
    return fineness(place)


def _unit_of(tok: Any) -> Any:
    """The noun a place name stands before ("Sayidda Zaynab *district*", "the Balata refugee *camp*"), or the name
    itself."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("compound", "nmod", "amod") or t.head.pos_ not in ("NOUN", "PROPN") or t.head.i < t.i:
            break
        t = t.head
    return t


def _placed_by(tok: Any) -> str | None:
    """The first preposition other than "of" above a token, before its verb: "in" for "in a marketplace of X"."""
    t = tok
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ != "of":
            return str(t.head.lower_)
        if t.dep_ not in ("pobj", "prep", "compound", "amod", "nmod"):
            return None
        t = t.head
    return None


def _verb_of(tok: Any) -> int:
    """The index of the verb a token hangs from (or of the root)."""
    t = tok
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return int(t.i)


def _contains(tb: Any, b: Place, ta: Any, a: Place) -> bool:
    """Whether the text puts place ``a`` inside place ``b``."""
    unit = _unit_of(ta)
    if unit.i != ta.i and (not _place_noun(unit) or a.precision == "country" and unit.lemma_.lower() in OPERATED):
        return False  # "the U.S. embassies in Kenya", "a U.S. base in Syria": whose embassy or base, not a place in Kenya
    noun = _unit_of(tb)
    if noun.i != tb.i and _place_noun(noun) and ta.dep_ == "appos" and ta.head.i == noun.i:
        return True  # "a nearby Brooklyn neighborhood, Canarsie"
    # "the A neighbourhood of the port city of B": "of" a unit with a name of its own says what contains A
    outer = _named_unit(tb)
    if outer.i != tb.i and outer.dep_ == "pobj" and outer.head.lower_ == "of" and outer.head.head.i == unit.i and unit.i != ta.i:
        return True
    # "the el-Ain refugee camp near the city of Nablus", "the villages of A near the town of B": a place near
    # another is where it happened, the other only says where it is
    if (outer.dep_ == "pobj" and outer.head.lower_ in _NEAR and outer.head.head.i in _nouns_above(ta)
            and not tb.is_ancestor(ta) and (a.lat is not None or _cued(a) or _place_noun(unit) or _named_unit(ta).i != ta.i)):
        return True
    # "A district of B", "the B neighbourhood of A"
    if tb.dep_ == "pobj" and tb.head.lower_ == "of" and tb.head.head.i == unit.i and unit.i != ta.i:
        if _appositive_of(unit) and any(c.dep_ in ("det", "poss") for c in unit.children) and not _large_unit(b) \
                and not any(c.dep_ == "det" for c in tb.children):
            # (a place after "of the" holds the unit: "the al-Bayaa district of the Iraqi capital")
            # "the Homs neighbourhood of Baba Amr" unless A is the smaller ("the Sayid Karam district of Paktya":
            # of two names the gazetteer lacks, the one before the unit is its name)
            # (but "the Al-Ghaab Plains town of X": a settlement's "of" names it)
            unnamed = a.lat is None and b.lat is None and unit.lemma_.lower() in UNIT_NOUNS
            return (_specificity(a) > _specificity(b) or unnamed) and not _part_named(unit, b, a)
        return True
    if ta.dep_ == "pobj" and ta.head.lower_ == "of" and ta.head.head.i == _unit_of(tb).i and _unit_of(tb).i != tb.i:
        noun = _unit_of(tb)
        finer = _specificity(a) > _specificity(b) or _part_named(noun, a, b)
        return _appositive_of(noun) and any(c.dep_ in ("det", "poss") for c in noun.children) and finer
    # "a village called A in B"
    naming = _naming_verb(ta)
    if naming is not None and tb.dep_ == "pobj" and tb.head.dep_ == "prep" and tb.head.head.i == naming.i:
        return _specificity(a) >= _specificity(b) or a.lat is None
    # "Istanbul's Bayrampasa prison", "Narathiwat's Sungai Padi district", "Manila's neighbouring province of
    # Bulacan" (the possessor of the unit the place names holds it or only says where it lies)
    if tb.dep_ == "poss" and tb.head.i in (unit.i, ta.i, _named_unit(ta).i):
        return True
    # "A in B", "the A neighbourhood in central B"
    if tb.dep_ == "pobj" and tb.head.lower_ in ("in", "of") and tb.head.head.i in (unit.i, ta.i):
        return _specificity(a) >= _specificity(b) or (tb.head.lower_ == "in" and _lacked_first(ta, a, tb, b))
    # "near A in B district", "the village of A in B district": a name before a district's word is the district,
    # however the gazetteer or the cue reads it, and holds what is said to be in it
    holder = _unit_of(tb)
    if (holder.i != tb.i and holder.lemma_.lower() in _DISTRICT_UNITS and holder.dep_ == "pobj" and holder.head.lower_ == "in"
            and holder.head.head.i in (unit.i, ta.i, _named_unit(ta).i, _verb_of(ta)) and _placed_by(unit) in _NEAR | {"in", "at"}
            and a.precision != "country" and ta.i < tb.i):
        return True
    # "parking in the Iwadhiyah neighborhood in central Baghdad", "killed in southern Baghdad in a marketplace of
    # Zafaraniyah neighborhood": of two places the same word puts "in", the larger holds the smaller
    # (only where the gazetteer does not put them in different countries: "detainees at Guantanamo Bay were
    # captured in Afghanistan")
    if (tb.dep_ == "pobj" and tb.head.lower_ == "in" and _verb_of(tb) == _verb_of(unit) and not tb.is_ancestor(unit)
            and _placed_by(unit) in ("in", "at", "inside", "near", "outside")
            and not (a.country and b.country and a.country != b.country)):
        if b.lat is None and a.lat is not None and tb.i < ta.i:
            return False  # "in Djakana in the commune of Mora": a name the gazetteer lacks, first, lies in the known one
        return _specificity(a) > _specificity(b) or (_specificity(a) == _specificity(b) and ta.i < tb.i)
    # "in southern Baghdad in a marketplace of Zafaraniyah neighborhood" read as hanging from Baghdad (not a name
    # the text calls a district: "near A in B district")
    if (tb.is_ancestor(ta) and _specificity(a) > _specificity(b) and _unit_of(ta).lemma_.lower() not in _DISTRICT_UNITS
            and not _lacked_first(tb, b, ta, a)):
        t = ta
        preps: set[str] = set()
        while t.i != tb.i and t.dep_ in ("pobj", "prep", "compound"):
            if t.dep_ == "prep":
                preps.add(t.lower_)
            t = t.head
        # (but "the Al-Malaah Farms of northern Aleppo": a known place after "of" alone holds the name before it)
        if t.i == tb.i and preps != {"of"}:
            return True
    # "in Fallujah, in the western province of Al-Anbar": a region after a comma holds the place before it
    if (tb.i > ta.i and _specificity(b, tb) <= 2 < _specificity(a, ta)
            and _REGION_AFTER.match(ta.doc[ta.i + 1 : tb.left_edge.i].text_with_ws + " ")):
        return True
    # "Nakuru, regional capital of the Rift Valley", "Gidan Sule, a small village near Kadarko town", "Kobane, Aleppo province"
    t = tb
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        # (the unit: "Shuola city, a suburb in northwestern Baghdad", "Kapho district, Pattani", but not "a Brooklyn
        # neighborhood, Canarsie", where the name after the comma names the unit)
        if t.dep_ == "appos" and (t.head.i == ta.i or (t.head.i == unit.i and (
                t.i != tb.i or not any(c.dep_ in ("det", "poss") for c in unit.children)))):
            return True
        t = t.head
    return False


def _part_named(unit: Any, named: Place, before: Place) -> bool:
    """Whether "the A township of B" names a part of town A by B, a name the gazetteer lacks: the known town before a
    word for a town's part holds it ("the Harare township of Kuwadzana"); a name after "of" that it knows may be
    either ("the Baghdad neighbourhood of Karradah", "the Huriyah neighbourhood of Baghdad")."""
    return (unit.lemma_.lower() in _TOWN_PARTS and named.lat is None and before.lat is not None
            and before.precision == "city")


def _lacked_first(tx: Any, x: Place, ty: Any, y: Place) -> bool:
    """Whether a locality the gazetteer lacks comes first and a place it knows after it: written "X in Y", the known
    place is how a reader is told where the little-known one lies ("arrested at Ganapathy Nagar in Coimbatore"), not
    inside it. (Not a site's or a river's name, which the known town still places the act in: "a bridge over the Nile
    River in Cairo", "near the Temple of the Tooth in Kandy".)"""
    words = set(re.findall(r"[a-z]+", _clean_name(x).lower()))
    site = words & (PLACE_NOUNS | OPERATED | _LANDMARKS) - SETTLEMENT_NOUNS - UNIT_NOUNS
    return x.lat is None and y.lat is not None and tx.i < ty.i and not site


def _occasion(tok: Any) -> bool:
    """Whether a place name opens the name of an occasion: "the Queens Pride Parade", "the West Indian Day Parade"."""
    t = tok
    while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i:
        t = t.head
    return t.i != tok.i and t.lemma_.lower() in _OCCASIONS


def _nouns_above(tok: Any) -> set[int]:
    """A place name's token, its unit noun and the nouns whose phrase holds it: "the entrance to the X camp"."""
    found = {tok.i}
    t = _unit_of(tok)
    for _ in range(3):
        found.add(t.i)
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        t = t.head.head
    return found


def _appositive_of(noun: Any) -> bool:
    """Whether "of" after ``noun`` names it: "the city of Nablus", "the Los Angeles suburb of Rosemead",
    "Baghdad's neighbourhood of Waziriyah", but not "Nahrawan district of Baghdad" or "Silopi town
    of Sirnak province", where the name stands bare before the unit and "of" says what contains it."""
    lemma = noun.lemma_.lower()
    if lemma not in SETTLEMENT_NOUNS and lemma not in UNIT_NOUNS:
        return False
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return True
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _large_unit(place: Place) -> bool:
    """Whether a name carries its own large unit ("Riyom LGA", "Plateau State"): it contains, it is not named."""
    return bool(LARGE_UNIT_WORD.search(place.text))


def _named_unit(tok: Any) -> Any:
    """The unit noun a name names ("the port city *of* Jiddah": city), or the name itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and _appositive_of(tok.head.head):
        return tok.head.head
    return tok


def _place_noun(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in SETTLEMENT_NOUNS or lemma in UNIT_NOUNS or lemma in PLACE_NOUNS


def _named(noun: Any) -> bool:
    """Whether a unit noun has its own name after it ("the Brooklyn neighbourhood, Canarsie")."""
    # (not "the Zahra neighborhood of the port city of Jiddah": a unit after "of" is what contains it)
    return any(c.dep_ == "appos" for c in noun.children) or (
        _appositive_of(noun)
        and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
                for c in noun.children)
    )


def _climb(tok: Any, stops: tuple[int, ...]) -> tuple[Any, str | None, str, int, float]:
    """From a place's head token up to the verb it hangs from: that token, the first preposition
    that places it, its role there, how many prepositional links it sits below, and whether it is
    how much less it is the place for being only a reference point ("30 km from X"; "just south of X" names
    the place less precisely but still by X)."""
    prep: str | None = None
    role = tok.dep_
    t = tok
    hops = 0
    reference = 0.0
    while t.head.i != t.i and t.i not in stops and (t.pos_ not in ("VERB", "AUX") or _names(t) or _locates(t) or _lists(t)
                                                    or _noun_as_verb(t)):
        if t.dep_ == "pobj" and _lists(t.head):  # "key towns in X, including A and B": A stands as the towns do
            t = t.head.head
            role = t.dep_
            continue
        naming = _naming_verb(t)
        if naming is not None:  # "a village called Jibu", "two areas known as Al-Karra'a": the name of the noun
            role = t.dep_
            t = naming.head
            continue
        if t.dep_ == "conj" and t.head.pos_ in ("PROPN", "NOUN"):  # "the US and Niger worked": as the first conjunct
            t = t.head
            role = t.dep_
            continue
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            p, noun = t.head, t.head.head
            naming = p.lower_ == "of" and _appositive_of(noun)
            if not naming and not (noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in EVENT_NOUNS):
                hops += 1  # "killed in a clash near X" is as near to the verb as "killed near X"
            if p.lower_ in ("of", "from"):
                # (the distance may hang elsewhere: "about 200 kilometers (120 miles) north of Lisbon")
                before = noun.doc[max(0, noun.i - 6) : p.i] if noun.lower_ in DIRECTIONS else noun.subtree
                if noun.lemma_.lower() in DISTANCES or any(c.lemma_.lower() in DISTANCES for c in before if c.i < p.i):
                    reference = max(reference, REFERENCE_PENALTY)
                elif noun.lower_ in DIRECTIONS:
                    reference = max(reference, DIRECTION_PENALTY)
                    prep = prep or str(noun.lower_)  # "north of X" places like "near X"
            if prep is None and p.lower_ != "of":
                # (what a battle is for is where it is fought: "killed in the battle for Kobani")
                prep = "at" if p.lower_ == "for" and noun.lemma_.lower() in FOUGHT_FOR else p.lemma_.lower()
        role = t.dep_
        t = t.head
    return t, prep, role, hops, reference


def _noun_as_verb(tok: Any) -> bool:
    """A place's noun the tagger took for a verb after a preposition ("demonstrated in Brussels *streets*")."""
    return tok.pos_ == "VERB" and tok.dep_ == "pobj" and not tok.lower_.endswith("ing") and _place_noun(tok)


def _naming_verb(tok: Any) -> Any | None:
    """The participle that gives ``tok`` as a noun's name ("a village *called* Jibu", "an area *known* as X")."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ not in ("oprd", "attr", "dobj", "pobj", "npadvmod"):
        return None
    return verb if _names(verb) else None


def _called_place(tok: Any) -> bool:
    """Whether the text gives ``tok`` as a place's name: "a village called Jibu"."""
    naming = _naming_verb(tok)
    return naming is not None and _place_noun(naming.head)


def _locates(verb: Any) -> bool:
    """A participle that only says where its noun is: "the checkpoints *located* at the outskirts of X"."""
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.lemma_.lower() in _LOCATING_VERBS and verb.head.i != verb.i


def _lists(prep: Any) -> bool:
    """Whether ``prep`` is "including" after places ("key towns in X, including A and B"): what follows is some of them."""
    return prep.lower_ == "including" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and _place_noun(prep.head)


def _names(verb: Any) -> bool:
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.lemma_.lower() in _NAMING_VERBS and verb.head.i != verb.i


def _article_fallback(geo: Geocoder, item: Item, places: Sequence[Place]) -> Place | None:
    """The dateline's place, else the country the article names most, at country precision."""
    article = item.article
    assert article is not None
    dateline = next((s for s in article.segments if s.kind == "dateline"), None)
    if dateline is not None:
        here = [p for p in places if dateline.start <= p.start < dateline.end and p.lat is not None]
        if here:
            best = max(here, key=fineness)
            return replace(best, score=0.4, evidence=f"the dateline ({best.text})")
    body = next((s for s in article.segments if s.kind == "body"), None)
    if body is not None:
        for p in places:
            if body.start <= p.start < body.start + 60 and p.lat is not None:
                after = article.text[p.end : p.end + 40]
                if re.match(r"^[^.\n]{0,30}?(?:\s[-\u2013\u2014]{1,2}\s|\(\w+\)\s*[-\u2013\u2014])", after):
                    return replace(p, score=0.4, evidence=f"the dateline ({p.text})")
    focus = _focus(item, places)
    if focus is None:
        return None
    country = geo.gaz.country(focus)
    if country is None:
        return None
    first = next(p for p in places if p.country == focus)
    return replace(
        geo.point(country.entry()).to_place(first.text, first.start, first.end),
        score=0.2, evidence=f"no place in the sentence; the country the article is about ({country.name})",
    )

def _focus(item: Item, places: Sequence[Place]) -> str | None:
    """The country the article is about: named in its title, or as where things happen ("in Niger")."""
    article = item.article
    assert article is not None
    title = next((s for s in article.segments if s.kind == "title"), None)
    weights: dict[str, float] = {}
    for p in places:
        if not p.country:
            continue
        before = article.text[max(0, p.start - 12) : p.start].lower()
        weight = 1.0
        if title is not None and title.start <= p.start < title.end:
            weight = 3.0
        elif re.search(r"\b(in|to|at|into|across|of|inside|from)\s+(the\s+)?(\w+\s+)?$", before):
            weight = 2.0
        weights[p.country] = weights.get(p.country, 0.0) + weight
    return max(weights, key=lambda k: weights[k]) if weights else None
