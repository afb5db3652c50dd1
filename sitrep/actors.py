"""Actors: every actor mention in the coded sentences, with its country (ISO3) and sector.

Candidates are spaCy's noun chunks and the entities the ruler and NER tag (countries, demonyms,
capitals, IGOs, armed groups, persons); each is coded with the actor dictionary
(:mod:`sitrep.actor_dict`), packaged plus the user's ``settings.actor_dictionaries``.

What a phrase leaves open is filled from the article, in reading order:

* a generic agent without a country ("the junta", "the soldiers") takes the country last named
  with the same agent noun ("Niger's military junta"), else with the same sector, else the
  country of a complement ("forces in Mali"), else the article's dateline;
* "the country" / "the nation" is the country last named as a country;
* "the American ones" takes the sector of the last actor with a sector ("Russian forces");
* a compound modifier ("Hungarian and Romanian officials") gives one actor per conjunct.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .actor_dict import BODY_CODES, NONSTATE, SPONSORED, ActorCode, ActorDictionary
from .arguments import entity_bounds, misparsed_predicate, sentence_start, subject
from .model import Actor, Batch, Item
from .pipeline import Stage
from .settings import Settings

CODED_SEGMENTS = ("body", "caption", "title")
_ENT_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
#: Nouns a story refers back to a state by: "the country", "the republic's leaders", "the kingdom".
_COUNTRY_NOUNS = frozenset({"country", "nation", "state", "republic", "kingdom", "emirate"})
_ONES = frozenset({"one", "ones"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "its", "their"})
_PLACE_PREPS = frozenset({"of", "in", "from", "throughout", "across", "inside", "within"})
_PLACED = frozenset({"based", "operating", "affiliated", "living", "located"})
#: Sectors a participle does not place: "troops based in Niger" are often foreign troops.
_PRESENT_ABROAD = frozenset({"MIL", "GOV", "COP", "SPY", "IGO"})
_TWO = frozenset({"two", "both"})
#: Modifiers that say an agent is not of the country in view: "foreign investors", "overseas businesses".
_ABROAD = frozenset({"foreign", "overseas", "international", "multinational", "global", "outside", "world", "western"})
#: ... unless "foreign" names the portfolio of someone's ministers: "the bloc's foreign ministers".
_FOREIGN_OFFICE = frozenset({"minister", "ministry", "secretary", "office", "affairs", "service", "policy", "chief"})
#: A minister's or ministry's portfolio, which spaCy often tags as an organisation ("Interior Minister").
_PORTFOLIOS = frozenset({"interior", "defense", "defence", "foreign", "finance", "justice", "health", "education",
                         "home", "trade", "energy", "economy", "agriculture", "transport", "information", "security",
                         "state", "treasury", "labor", "labour", "environment", "commerce", "culture", "communications",
                         "housing", "water", "mines", "petroleum", "oil", "planning", "development", "tourism",
                         "youth", "sports", "industry", "infrastructure", "immigration", "war"})
#: Nouns of bodies, which a name before them names rather than owns: "the Umma party", "the M23 movement".
_ORG_NOUNS = frozenset({"party", "group", "movement", "front", "union", "alliance", "council", "army", "force",
                        "militia", "company", "firm", "organization", "organisation", "coalition", "league",
                        "committee", "association", "federation", "brigade", "network", "bloc", "faction"})
#: Bodies that are their armed modifier's kind: "a militant group", "a jihadist faction", "an armed cell".
_ARMED_BODIES = frozenset({"group", "faction", "movement", "network", "cell", "outfit", "organization", "organisation",
                           "militia", "brigade", "unit"})
_ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "CRM"})
#: Words that place a body in its region, not in a state: "the West African bloc", "the European bloc".
_REGION_WORDS = frozenset({"west", "east", "north", "south", "central", "southern", "northern", "eastern", "western",
                           "african", "european", "asian", "arab", "american", "latin", "gulf", "nordic", "pacific",
                           "caribbean", "andean", "baltic"})
#: What an international body is called again: "the bloc", "the alliance", "the organisation".
_BODY_NOUNS = frozenset({"bloc", "alliance", "organisation", "organization", "grouping", "body", "union", "league"})
#: Nouns by which a story refers back to the company it named: "Chrysler ... the company".
_COMPANY_NOUNS = frozenset({"company", "firm", "carmaker", "automaker", "manufacturer", "airline", "bank",
                            "group", "corporation", "retailer", "insurer", "lender", "conglomerate", "maker"})
#: Heads that name a thing a country has, never someone who acts: "the U.S. dollar rose", "Indian
#: shares fell", "the Shanghai Composite Index", "Japanese cars", "the Malaysia visit". The country
#: still counts as named, for later references ("the country"), but the phrase is no actor.
_NOT_ACTOR_HEADS = frozenset({
    # money and markets
    "dollar", "euro", "yen", "yuan", "renminbi", "pound", "sterling", "ruble", "rouble", "rupee", "peso", "franc",
    "lira", "dinar", "riyal", "rial", "shekel", "krona", "krone", "zloty", "forint", "hryvnia", "naira", "rand",
    "baht", "ringgit", "rupiah", "currency", "cent", "market", "stock", "share", "index", "bond", "economy",
    "inflation", "price", "debt", "deficit", "loss", "profit", "revenue", "earnings", "growth", "gdp", "export",
    "import", "output", "level", "rate", "asset", "investment", "contract", "sale", "demand", "supply",
    # goods
    "product", "goods", "brand", "car", "oil", "gas", "crude", "wheat", "grain", "steel", "coal",
    # times and occasions
    "holiday", "day", "anniversary", "visit", "tour", "date", "season", "year", "week", "month", "time",
    # words and rules
    "language", "law", "name", "word", "version", "model", "design", "standard", "number", "total",
})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "president", "premier", "minister", "general", "gen", "sheikh", "king"})
#: The other words of an office's title before a surname ("Foreign Secretary Hunt", "Defence Secretary Wallace").
_TITLE_WORDS = frozenset({"foreign", "defence", "defense", "interior", "home", "finance", "trade", "prime", "deputy", "vice",
                          "secretary", "chancellor", "state", "of", "field", "marshal", "chief", "army"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,40}?)(?:,\s*([A-Z][A-Za-z .'-]{2,30}))?\s*(?:\([^)]{1,30}\))?\s*[-–—]")


@dataclass
class Context:
    """What the article has named so far, for references the phrase alone leaves open."""

    by_head: dict[str, str] = field(default_factory=dict)  # agent noun lemma -> country
    by_sector: dict[str, list[str]] = field(default_factory=dict)  # sector -> countries, in mention order
    countries: list[str] = field(default_factory=list)  # countries named as such, most recent last
    states: list[str] = field(default_factory=list)  # countries named on their own ("Mali", not "Bamako")
    mentions: dict[str, int] = field(default_factory=dict)  # country -> actors coded to it so far
    last_sector: str | None = None
    dateline: str | None = None
    people: dict[str, Actor] = field(default_factory=dict)  # a person's surname -> the actor first named in full
    business: Actor | None = None  # the company last named ("Chrysler"), for "the company"
    body: Actor | None = None  # the international body last named ("ECOWAS"), for "the bloc", "the alliance"
    court: Actor | None = None  # the court last named ("the International Criminal Court"), for "the court"
    group: Actor | None = None  # the armed group or NGO last named ("Hezbollah", "Amnesty"), for "the group"

    def sector_country(self, sector: str | None) -> str | None:
        """The country an unmarked agent of ``sector`` most likely belongs to.

        Of the countries named with that sector so far, the one the article names most often
        (on a tie, the most recent): foreign actors are usually marked ("American troops"),
        while the country the story is about is named again and again.
        """
        seen = self.by_sector.get(sector or "")
        if not seen:
            return None
        return max(reversed(seen), key=lambda c: self.mentions.get(c, 0))

    def note(self, actor: Actor, head: str | None) -> None:
        if actor.sector == "BUS":
            return  # a company's home country says nothing of which country the story is about
        if actor.country and actor.country not in NONSTATE:
            if actor.source == "dictionary":  # what the text says, not what was inferred
                self.mentions[actor.country] = self.mentions.get(actor.country, 0) + 1
            if head and actor.sector:
                self.by_head[head] = actor.country
            if actor.sector:
                self.by_sector.setdefault(actor.sector, []).append(actor.country)
            # (a news outlet's home is no country the story is about: "shut down Al Jazeera's operations in the country")
            if actor.source == "dictionary" and actor.sector not in ("JRN", "MED"):
                if actor.country in self.countries:
                    self.countries.remove(actor.country)
                self.countries.append(actor.country)
                if actor.sector is None:
                    if actor.country in self.states:
                        self.states.remove(actor.country)
                    self.states.append(actor.country)
        if actor.sector:
            self.last_sector = actor.sector


@functools.cache
def load_dictionary(extra: tuple[str, ...] = ()) -> ActorDictionary:
    """The packaged actor dictionary, plus the user's dictionaries when given (cached per set)."""
    if not extra:
        return ActorDictionary.default()
    return ActorDictionary.load(*extra, packaged=True)


def publication_day(item: Item) -> dt.date | None:
    value = item.article.published.value if item.article else None
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _strip(span: Any) -> Any:
    """The span without leading determiners, possessive pronouns and trailing punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _leading_filler(doc[start]):
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    return doc[start:end]


def _leading_filler(tok: Any) -> bool:
    """A determiner, punctuation or possessive pronoun opening a span (not "US", which is a country)."""
    return tok.pos_ in ("DET", "PUNCT") or tok.lower_ in _PRONOUNS and tok.text != "US"


def _place_preps(head: Any, sector: str | None) -> Iterator[Any]:
    """Prepositions that place ``head``: "forces in Mali", "students throughout Indonesia",
    and through a participle, "a group based in Trinidad", "workers affiliated with the union"
    (not for state sectors: "troops based in Niger" may be anyone's)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            yield child
        elif child.dep_ == "acl" and child.lower_ in _PLACED and sector not in _PRESENT_ABROAD:
            yield from (p for p in child.children if p.dep_ == "prep" and p.lower_ in ("in", "with", "from", "at"))


#: Last words of the names of seas and straits, which lend no one a country.
WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "channel"})


def _proper(head: Any) -> bool:
    """Whether a word is a name: a proper noun, or a capitalised noun opening its sentence as its subject, which the
    parser may take for a common one ("Morales ordered the expulsion", "Santos said")."""
    return head.pos_ == "PROPN" or (head.tag_ in ("NN", "NNS") and head.text[:1].isupper() and head.i == sentence_start(head)
                                    and head.dep_ in ("nsubj", "nsubjpass"))


def _person_named(span: Any) -> Any | None:
    """The name the NER tags as a person's that ends ``span`` ("President Mohammed Bazoum"), of two words or more."""
    if len(span) == 0 or span[-1].ent_type_ != "PERSON":
        return None
    start, end = entity_bounds(span[-1]) or (0, 0)
    if end != span.end or start < span.start or end - start < 2:
        return None  # (a name begun before the span is not one of its own)
    ent = span.doc[start:end]
    return ent if all(t.pos_ == "PROPN" or t.text == "-" for t in ent) else None


def _long_surname(span: Any, head: Any) -> Any | None:
    """The proper words, two or more, that end ``span`` at its head after any title ("Abdul Mahdi", "Prime Minister
    Ayub Khan"): a surname of several words, which the dictionary knows as the end of a full name ("Adel Abdul
    Mahdi")."""
    words = [t for t in span if t.lower_.rstrip(".") not in _HONORIFICS | _TITLE_WORDS and t.pos_ != "DET"]
    if len(words) < 2 or words[-1].i != head.i or words[-1].i - words[0].i != len(words) - 1 or any(
            t.pos_ != "PROPN" for t in words):
        return None
    return span.doc[words[0].i : head.i + 1]


def _town_or_surname(span: Any, head: Any, code: ActorCode | None, dictionary: ActorDictionary) -> bool:
    """A one-word name that reads as a town's but stands where a person does: the subject of an active verb, a
    possessor, or what the NER takes for a person, and no country's or capital's name (a capital speaks for its
    government: "Moscow warned")."""
    if len(span) != 1 or not _proper(head) or head.dep_ not in ("nsubj", "poss") and head.ent_type_ != "PERSON":
        return False
    if code is not None and not (code.name == head.text and code.sector == "CVL"):
        return False  # (a lone town the dictionary knows is a civilian place, coded with its own name)
    return all(e.kind == "place" for e in dictionary.lookup(head.text))


def _names_water(token: Any) -> bool:
    """Whether ``token`` is in the name of a sea or a strait: "the Red Sea", "the Gulf of Aden", "the Sea of Japan"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in WATERS:
        return True
    if not token.ent_type_ or token.ent_id_.startswith("actor:"):
        return False  # (a known body named after a sea is the body: "the International Tribunal for the Law of the Sea")
    first, end = entity_bounds(token) or (token.i, token.i + 1)
    return token.doc[first].lower_ in WATERS or token.doc[end - 1].lower_ in WATERS


def _gazetteer_country(token: Any) -> str | None:
    """The country of the gazetteer place the parse's ruler tagged ``token`` with ("Sindh"); none for a sea, whatever
    region shares its name (a tanker "in the Red Sea" is not Sudan's)."""
    key = token.ent_id_
    if not key or ":" not in key or key.startswith("actor:"):
        return None
    if _names_water(token):
        return None
    if key.startswith("demonym:"):
        return key.split(":", 1)[1]  # "Swedish prosecutors", "Namibian police": the people's country
    from .gazetteer import Gazetteer, in_titled_name

    if in_titled_name(token.doc, token.i, token.i + 1):
        return None  # "Prime Minister Hassan Diab"

    entry = Gazetteer.load().get(key)
    return entry.country if entry else None


def _first_country(tokens: Iterable[Any]) -> str | None:
    """The country of the first gazetteer place among ``tokens`` that is no sponsor ("an Iran-backed militia" names
    none)."""
    return next(filter(None, (_gazetteer_country(t) for t in tokens if not _sponsor(t.doc, t.i + 1))), None)


def _complement_country(head: Any, dictionary: ActorDictionary, day: dt.date | None, sector: str | None = None) -> str | None:
    """The country of a complement that places ``head`` (see :func:`_place_preps`); none for an envoy, whom the place
    names as his post, not his state ("the ambassador in Kyiv" is another state's)."""
    if _posts(head):
        return None
    places = (obj for prep in _place_preps(head, sector) for obj in prep.children if obj.dep_ == "pobj")
    return next(filter(None, (_place_country(obj, dictionary, day) for obj in places)), None)


def _phrase_code(token: Any, dictionary: ActorDictionary, day: dt.date | None) -> ActorCode | None:
    """The dictionary's code for the phrase ``token`` ends, from its left edge: "the Stern Gang", "South Sudan's"."""
    return dictionary.resolve(token.doc[token.left_edge.i : token.i + 1].text, day, cased=True)


def _place_country(obj: Any, dictionary: ActorDictionary, day: dt.date | None) -> str | None:
    """The state a preposition's object names or lies in: "in Mali", "from the Niger Delta"."""
    code = _phrase_code(obj, dictionary, day)
    if code and code.country and code.country not in NONSTATE:
        return code.country
    return _first_country(obj.subtree)


#: Prepositions naming an envoy's post: "the ambassador to Niger", "the envoy in Kyiv", "the consul at Jerusalem".
_POSTED = frozenset({"to", "in", "at"})


def _posts(head: Any) -> list[Any]:
    """The places an envoy is posted to, which name the state he is sent to, never the one he stands for: "the
    ambassador to Niger", "the envoy in Kyiv"."""
    if head.lemma_.lower() not in ENVOYS:
        return []
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in _POSTED for o in p.children if o.dep_ == "pobj"]


def _armed_group_of(head: Any, dictionary: ActorDictionary, day: dt.date | None) -> ActorCode | None:
    """The armed group, known by name, that armed men are "of": "gunmen of the Stern Gang", "fighters of the Islamic
    State group" (not a place: "gunmen of the region")."""
    codes = (_phrase_code(obj, dictionary, day) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for obj in prep.children if obj.dep_ == "pobj")
    return next((c for c in codes if c is not None and c.name and c.country and c.sector in _ARMED_SECTORS), None)


def _body_served(head: Any, dictionary: ActorDictionary, day: dt.date | None, last_body: Actor | None) -> str | None:
    """The international body an agent serves, named after it ("judges at the International Criminal Court", "officials
    of the European Commission") or as the body named last ("the bloc's leaders")."""
    # (or the body of an organ it sits on: "Ministers" in "the organisation's Committee of Ministers")
    organ = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if last_body is not None and any(c.dep_ == "poss" and c.lemma_.lower() in _BODY_NOUNS
                                     for c in (*head.children, *(organ.children if organ is not None else ()))):
        return last_body.country
    # (a body's name after the noun that calls it a bloc may hang on the agent: "Leaders of the West African bloc ECOWAS")
    names = [a for a in head.children if a.dep_ == "appos" and (a.pos_ == "PROPN" or a.ent_type_ == "ORG")]
    # (members "in" a body are the body's: "creditor nations in the Paris Club")
    # (and those who negotiate or speak "for" it: "truce negotiators for the United Nations Command")
    within = ("at", "of", "from", "with", "for", "in") if head.lemma_.lower() in _MEMBERS else ("at", "of", "from", "with", "for")
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in within:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    names = [obj, *(a for a in obj.children if a.dep_ == "appos"), *names]
    for name in names:
        # (or by the whole name it begins: "ministers of the Group of Eight rich nations")
        bounds = entity_bounds(name) if name.ent_type_ == "ORG" else None
        code = _phrase_code(name, dictionary, day) or (
            dictionary.resolve(name.text, day, cased=True) if name.pos_ == "PROPN" or name.ent_type_ == "ORG" else None) or (
            dictionary.resolve(name.doc[bounds[0] : bounds[1]].text, day, cased=True) if bounds else None)
        if code is not None and code.country in BODY_CODES:
            return code.country
    return None


_PRIVATE = frozenset({"CVL", "LAB", "MED", "EDU", "JRN", "REF", "REL", "AGR", "SOC", "NGO"})
#: The states that make up a body.
_MEMBERS = frozenset({"nation", "country", "member", "state", "government", "creditor"})


_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates"})


def _private(actor: Actor, doc: Any, offset: int) -> bool:
    """Whether an actor is private people of a nationality ("two Finnish aid workers", "three Italian nuns", "New
    Zealand pilot Phillip Mehrtens", a person the dictionary knows by no office), or a foreign state's mission, which
    stands in another country ("marched to the German embassy in Bangkok")."""
    if actor.text.lower().rpartition(" ")[2] in _MISSIONS:  # its last word
        return True
    if actor.sector is not None:
        return actor.sector in _PRIVATE
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is not None and span.root.ent_type_ == "PERSON" and actor.name is None:
        return True
    return span is not None and span.root.pos_ == "NOUN" and span.root.tag_ == "NNS"


def _fill_from_sentence(actors: list[Actor], kin: dict[int, str], doc: Any, offset: int, dateline: str | None,
                        settled: set[int]) -> None:
    """Give an actor the context left without a country the nearest country of its sentence.

    A generic agent the article leaves open ("Islamic fundamentalists ... the Algerian
    president", "the Federal Minister for Interior <name>") is most often of the country its
    sentence is about. An ethnic group ("ethnic Albanians") takes the country it lives in, the
    nearest other country named; its kin state (``kin``, by index) only when there is none.
    With no country in the sentence, an agent takes the dateline's. Businesses neither lend nor
    take a country this way ("Boeing" is no clue to who "European leaders" are, nor "China" to whose
    "investors" they are), news outlets lend none ("France 24 reported that the junta …"), and actors
    in ``settled`` (by index) are left as they are.
    """
    sents = list(doc.sents)
    for sent, inside in zip(sents, _by_sentence(actors, sents, offset), strict=True):
        # "the West African country's junta" is a reference for the article, not the sentence, to settle
        open_ = [i for i in inside if actors[i].country is None and (actors[i].sector is not None or i in kin)
                 and i not in settled and not _names_its_country(actors[i].text)]
        if not open_:
            continue
        # (nor does a news outlet lend its own: "France 24 reported that the junta …" is no French junta)
        named = [(actors[j].start, actors[j].country, j) for j in inside
                 if actors[j].country and actors[j].sector not in ("BUS", "JRN")]
        # places only the gazetteer knows ("Sindh", small towns) count as well
        # (inside an actor the dictionary coded, its reading rules: "the Niger Delta" is Nigeria's, whatever "Niger" is)
        # (a sponsor is not where the sponsored are: "an Iran-backed militia" in Baghdad is Iraq's)
        named += [(offset + e.start_char, _gazetteer_country(e[0]), -1) for e in sent.ents if e.label_ in ("GPE", "LOC")
                  and not any(a.country and a.start <= offset + e.start_char < a.end for a in actors)
                  and not _sponsor(doc, e.end) and not _names_war(e)]
        if not any(c for _, c, _ in named):
            # a town the parse did not take for a place ("in Mpeketoni", "rioting in Londonderry"), when the sentence
            # names no country at all
            named += [(offset + t.idx, country, -1) for t in sent if (country := _town_country(t))]
        coded = {at for at, _, j in named if j >= 0}
        for i in open_:
            actor = actors[i]
            span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
            leader = _loyal_to(span.root) if span is not None else None
            if leader is not None and (sides := [a.country for a in actors if a.country and a.country not in NONSTATE
                                                 and a.start <= offset + leader.idx < a.end]):
                # forces loyal to a leader are his country's, whoever backs them: "forces loyal to Ouattara, backed
                # by French armour" are Ivorian
                actors[i] = replace(actor, country=sides[0], source="coref")
                continue
            allied = (_allied_against(actor, actors, doc, offset) | _partners(actor, actors, doc, offset)
                      | _visited(actor, actors, doc, offset) | _posted(actor, actors, doc, offset))
            owners = _owners_struck(actor, doc, offset) | _agents_of_its_participle(actor, doc, offset)
            # private people's nationality says who they are, not who acts beside them: "gunmen killed two Finnish aid
            # workers in the Afghan city of Herat" are of the place, not Finnish; it serves when nothing else is named
            known = [(j >= 0 and _private(actors[j], doc, offset), at, c) for at, c, j in named
                     if j != i and c and c not in NONSTATE and c != kin.get(i) and c not in allied and at not in owners]
            located = _located(sent, actors, offset) if i in kin else set()
            if inside_of := [k for k in known if k[2] in located]:
                known = inside_of  # a people lives where the sentence places things: "militias fired at a U.S. base in Iraq"
            if actor.sector in _PRIVATE and span is not None and span.root.dep_ == "nsubj" and (
                    bounds := _subclause_bounds(span.root, offset)) and (
                    here := [k for k in known if bounds[0] <= k[1] < bounds[1] and k[1] in coded]):
                # a crowd acting in a clause of its own is where that clause puts it, not of the states the main clause
                # names: "…, a day after protesters stormed his house in Colombo" (by the places the dictionary knows:
                # the gazetteer's namesakes of a district mislead)
                known = here
            if known and actor.sector != "BUS":
                *_, country = min(known, key=lambda k: (k[0], abs(k[1] - actor.start), k[1] < actor.start))
                actors[i] = replace(actor, country=country, source="coref")
            elif i in kin:
                actors[i] = replace(actor, country=kin[i])
            elif dateline and actor.name is None:
                actors[i] = replace(actor, country=dateline, source="coref")


def _by_sentence(actors: list[Actor], sents: list[Any], offset: int) -> list[list[int]]:
    """For each sentence, the indices of the actors that start in it, in order: each actor's sentence is found by
    bisection, not by reading every actor again for every sentence (a long article has hundreds of both)."""
    starts = [offset + sent.start_char for sent in sents]
    out: list[list[int]] = [[] for _ in sents]
    for i, actor in enumerate(actors):
        k = bisect.bisect_right(starts, actor.start) - 1
        if k >= 0 and actor.start < offset + sents[k].end_char:
            out[k].append(i)
    return out


_SUBCLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl"})


def _subclause_bounds(token: Any, offset: int) -> tuple[int, int] | None:
    """The article offsets of the clause below the sentence's main one that ``token`` stands in ("after protesters
    stormed the embassy in Khartoum", ", and crowds set fire to …"), or None when it stands in the main clause."""
    verb = token.head
    while verb.dep_ not in _SUBCLAUSES and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in _SUBCLAUSES or verb.pos_ not in ("VERB", "AUX"):
        return None
    return offset + verb.left_edge.idx, offset + verb.right_edge.idx + len(verb.right_edge)


#: Prepositions that place what happens in a town: "rioting in Londonderry", "a raid near Mpeketoni".
_IN_TOWN = frozenset({"in", "near", "outside", "around", "throughout", "inside"})
_TOWN_KINDS = frozenset({"city", "admin1", "admin2"})


def _town_country(token: Any) -> str | None:
    """The country of a town that a place's preposition governs but that the parse takes for a person's or a body's
    name, or none ("in Marawi" is the Philippines'): a name no dictionary actor bears, whose largest namesake in the
    gazetteer has some thousands of people and at least twice the people of any namesake in another country (the
    Armenian "Goris" is too small beside Georgia's "Gori")."""
    if not (token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in _IN_TOWN and token.ent_type_ in (
            "PERSON", "ORG", "GPE", "") and not token.ent_id_):
        return None
    name = token.doc[min([token.i, *(c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN")]) : token.i + 1]
    if load_dictionary().lookup(name.text):
        return None
    from .gazetteer import Gazetteer, lookup_key

    found = [e for e in Gazetteer.load().candidates(name.text) if e.kind in _TOWN_KINDS]
    if not found:
        return None
    best = max(found, key=lambda e: e.population or 0)
    rival = max((e.population or 0 for e in found if e.country != best.country), default=0)
    # (the largest bearing the name itself must be of that country too: "Jermuk" is an Armenian spa, whatever Turkish
    # town has it for an alternate name)
    same = max((e for e in found if lookup_key(e.name) == lookup_key(name.text)), key=lambda e: e.population or 0, default=best)
    people = best.population or 0
    return best.country if people >= 2000 and people >= 2 * rival and same.country == best.country else None


def _names_war(ent: Any) -> bool:
    """Whether a place's name only names a war ("protesters against the Vietnam War", "the Iraq war"), whose
    opponents or veterans it says nothing of."""
    return ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.lemma_.lower() == "war"


def _located(sent: Any, actors: list[Actor], offset: int) -> set[str]:
    """The countries of the places a sentence puts things "in" ("a U.S. base in Iraq": Iraq)."""
    found = set()
    for e in sent.ents:
        if e.label_ in ("GPE", "LOC") and e.root.dep_ == "pobj" and e.root.head.lower_ in ("in", "inside", "across", "throughout"):
            start = offset + e.start_char
            country = next((a.country for a in actors if a.start <= start < a.end and a.country), None) or _gazetteer_country(e[0])
            if country:
                found.add(country)
    return found


def _allegiance(span: Any) -> bool:
    """Whether a phrase names whom its people side with, not their country: "pro-Russian separatists", "pro-Jakarta
    militias" (PLOVER codes armed groups to where they fight)."""
    return any(t.lower_ == "pro" and t.i + 2 < span.end and t.nbor().text == "-" or t.lower_.startswith("pro-")
               for t in span)


#: Those who speak or act for the body named before them ("an army spokesman", "a navy officer", "militia leaders"),
#: its ranks among them ("army sergeants", "army intelligence agents", "police inspectors").
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "commander", "officer", "leader", "chief",
                     "sergeant", "corporal", "lieutenant", "captain", "colonel", "inspector", "agent", "operative"})


def _sponsor(doc: Any, end: int) -> bool:
    """Whether the name ending before token ``end`` backs what follows ("Iran-backed", "Russian-funded")."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SPONSORED or (
        end < len(doc) and doc[end].text[:1] == "-" and doc[end].lower_.lstrip("-") in SPONSORED)


#: Those who stand beside a state, not within it: "Austria's EU partners", "Israel's Arab neighbours".
_BESIDE = frozenset({"partner", "ally", "neighbour", "neighbor", "counterpart", "rival", "foe", "enemy", "adversary"})


def _possessor_state(span: Any, head: Any, dictionary: ActorDictionary, day: dt.date | None) -> str | None:
    """The state a possessive before a body's name names: "Russia's Security Council" (Russia); none before those
    who stand beside the possessor ("Austria's European Union partners" are the other members)."""
    if head.lemma_.lower() in _BESIDE:
        return None
    for t in span:
        if t.dep_ == "poss" and t.i < head.i and t.head.i != t.i:
            code = _phrase_code(t, dictionary, day)  # "South Sudan's"
            if code is not None and code.country and len(code.country) == 3 and code.country not in NONSTATE:
                return code.country
    return None


#: Combining forms of nations written before a hyphen: "Sino-Soviet", "Franco-German", "Indo-Pakistani".
_COMBINING_FORMS = frozenset({"sino", "franco", "indo", "anglo", "russo", "italo", "greco", "turco", "austro", "hispano",
                              "luso", "germano", "nippo", "polono"})


#: What lies between two states, no act of either: "the Sino-Soviet summit", "the Indo-Pakistani border".
_BETWEEN_STATES = frozenset({"summit", "talk", "talks", "meeting", "negotiation", "negotiations", "relation", "relations",
                             "tie", "ties", "border", "frontier", "agreement", "accord", "treaty", "pact", "split", "rift",
                             "dispute", "rapprochement", "detente", "friendship"})


def _foreign_demonym(span: Any, code: ActorCode) -> str | None:
    """The country of a demonym put before the name of a state's body the dictionary matched, when it is another
    state's: an agency named like a foreign one ("the Korean Central Intelligence Agency", not the American CIA) is its
    own country's. None when no demonym comes before the matched name."""
    at = span.text.find(code.matched)
    if at <= 0:
        return None
    before = [t for t in span if t.idx - span.start_char < at and t.ent_id_.startswith("demonym:")]
    return before[-1].ent_id_.split(":", 1)[1] if before else None


def _joins_two_nations(span: Any, dictionary: ActorDictionary, day: dt.date | None) -> bool:
    """Whether a phrase names what lies between two nations joined by a hyphen ("the Sino-Soviet summit", "Franco-German
    relations", "the Indo-Pakistani border"), which is no actor of either (unlike what they do jointly: "US-Israeli
    strikes")."""
    if span.root.lemma_.lower() not in _BETWEEN_STATES and span.root.lower_ not in _BETWEEN_STATES:
        return False
    def nation(word: str) -> str | None:
        if word.lower() in _COMBINING_FORMS:
            return word.lower()
        code = dictionary.resolve(word, day, cased=True)
        return code.country if code is not None and code.country and code.name is None else None

    def pair(left: str, right: str) -> bool:
        return (one := nation(left)) is not None and (other := nation(right)) is not None and one != other
    doc = span.doc
    # the parser splits "Sino-Soviet" at its hyphen and keeps "U.S.-Soviet" whole
    return any(t.tag_ == "HYPH" and span.start < t.i < span.root.i - 1 and pair(doc[t.i - 1].text, doc[t.i + 1].text)
               or t.i < span.root.i and "-" in t.text.strip("-") and pair(*t.text.rsplit("-", 1)) for t in span)


#: What a state was as part of a union or an empire: "a former Soviet republic", "former French colonies".
_ONCE_PARTS = frozenset({"republic", "state", "country", "nation", "member", "satellite", "colony", "territory"})


def _once_part_of(span: Any) -> bool:
    """Whether a phrase names states that were once part of the nation it names ("the two former Soviet republics", "a
    former Yugoslav republic", "former French colonies"), which are not that nation."""
    return span.root.lemma_.lower() in _ONCE_PARTS and any(t.lower_ == "former" and t.i < span.root.i - 1 for t in span)


def _names_its_country(text: str) -> bool:
    """Whether an agent names its country by a reference ("the West African country's junta", "the nation"), not by
    a modifier ("the state communications regulator", "state media")."""
    words = text.lower().split()
    return bool(words) and (words[-1] in _COUNTRY_NOUNS or any(w.endswith("'s") and w[:-2] in _COUNTRY_NOUNS for w in words))


def _allied_against(actor: Actor, actors: list[Actor], doc: Any, offset: int) -> set[str]:
    """The countries of a subject of two or more states whose verb acts on ``actor``: "Niger and the United States
    worked together to put down an insurgency" names neither as the insurgency's, whichever is nearer."""
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None:
        return set()
    tok = span.root
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" and not (tok.dep_ == "prep" and tok.head.pos_ == "VERB"):
        return set()
    doers, passive = subject(tok.head)  # (borrowed from the verb it completes: "worked together to put down …")
    if passive:
        return set()
    states = {a.country for a in actors if a.country and a.country not in NONSTATE
              and any(a.start <= offset + t.idx < a.end for t in doers)}
    return states if len(states) >= 2 else set()


#: Things a state owns or sends that an attack may strike: the state named before them is the target's, not the attacker's.
_OWNED = frozenset({"base", "airbase", "embassy", "consulate", "convoy", "patrol", "outpost", "camp", "position", "ship",
                    "vessel", "warship", "troop", "soldier", "force", "drone", "aircraft", "plane", "jet", "helicopter",
                    "checkpoint", "compound", "tanker", "facility", "installation"})


def _owners_struck(actor: Actor, doc: Any, offset: int) -> set[int]:
    """Where in the text the states stand that own what ``actor``'s own verb acts on: "militiamen attacked a U.S. base
    in Syria" names the base's state, no clue to who the militiamen are (Syria, the place, still is)."""
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return set()
    verb = span.root.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "against", "into", "to")
                for o in p.children if o.dep_ == "pobj"]
    # (or a part of it: "stormed the outer wall of the U.S. embassy compound")
    objects += [o for d in objects for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"]
    return {offset + m.idx for o in objects if o.lemma_.lower() in _OWNED for t in o.children
            if t.dep_ in ("compound", "amod", "nmod") for m in t.subtree if m.ent_type_ in ("GPE", "NORP")}


def _agents_of_its_participle(actor: Actor, doc: Any, offset: int) -> set[int]:
    """Where in the text the "by" agent of a participle on ``actor`` stands, a state that moves or backs the actor and
    is not its own: "rioters angered by a Chinese oil rig set fire to factories in Vietnam" are moved by China, not
    Chinese; "rebels, backed by French helicopters" are backed by France, not French."""
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None:
        return set()
    return {offset + t.idx for v in span.root.children if v.dep_ == "acl" and v.tag_ == "VBN"
            for c in v.children if c.dep_ == "agent" for t in c.subtree}


def _loyal_to(head: Any) -> Any | None:
    """Whom the agent ``head`` is "loyal to" ("forces loyal to President Ouattara"), or None."""
    return next((o for a in head.children if a.dep_ == "amod" and a.lower_ in ("loyal", "faithful")
                 for p in a.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"),
                None)


_STATE_ORGANS = frozenset({"GOV", "MIL", "LEG", "JUD"})
#: Names of peoples that live across several states, unlike the state's own adjective ("Serb" beside "Serbian").
_PEOPLES = frozenset({"serb", "serbs", "croat", "croats"})
#: Those who stand for a state abroad.
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary", "attache", "chargé", "charge"})
#: ... and those who stand for another state across the table, or for it abroad.
_FOREIGN = ENVOYS | {"counterpart", "embassy", "consulate", "delegation"}


def _partners(actor: Actor, actors: list[Actor], doc: Any, offset: int) -> set[str]:
    """The states an organ of state deals "with" or acts "against" in its own clause, or whose envoys it acts on, or
    that it acts on by name: "The military junta that seized power in July ended the military agreements with France"
    is not French, nor is a junta that expels the French ambassador, nor an army that accuses Rwanda ("rebels clashed
    with Malian soldiers near Gao" may still be Malian)."""
    if actor.sector not in _STATE_ORGANS:
        return set()
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return set()
    verb = span.root.head
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    words = {i for p in preps if p.lower_ in ("with", "against") for i in _named_beside(p)}
    # another state's envoys, and a counterpart, are foreign to whoever acts on them: "the junta expelled the French
    # ambassador", "the minister met his Chinese counterpart"
    words |= {t.i for o in verb.children if o.dep_ in ("dobj", "dative") and o.lemma_.lower() in _FOREIGN for t in o.subtree}
    found = {a.country for a in actors if a.country and a.sector in (None, "GOV")
             and any(a.start <= offset + doc[i].idx < a.end for i in words)}
    # so are another state's forces it acts on: "the junta ordered French troops to leave the country" (forces named
    # by their state, not by their leader: "the government blamed forces loyal to Khalifa Haftar" are Libya's own)
    forces = {t.i for o in verb.children if o.dep_ in ("dobj", "dative") and o.lemma_.lower() in _FORCE_WORDS
              and any(m.i < o.i and m.ent_type_ in ("NORP", "GPE") for m in o.children) for t in o.subtree}
    found |= {a.country for a in actors if a.country and a.sector == "MIL"
              and any(a.start <= offset + doc[i].idx < a.end for i in forces)}
    # and a state it acts on by name is another state: "the army accused Rwanda of backing the rebels" (not a person
    # of a state: "soldiers detained Guinea's President Alpha Conde")
    named = [o for o in verb.children if o.dep_ in ("dobj", "dative") and o.pos_ == "PROPN"]
    return found | {a.country for a in actors if a.country and a.sector in (None, "GOV") for o in named
                    if a.start == offset + o.idx and a.end == offset + o.idx + len(o)}


def _named_beside(prep: Any) -> set[int]:
    """The token indices of the side a "with" or "against" names, less the places it puts that side: an operation
    "against rebels in the Tajik town of Khorog" is against the rebels, and Tajikistan may well be the one waging it."""
    placed = {t.i for p in prep.subtree if p.dep_ == "prep" and p.lower_ in _IN_TOWN and p.i != prep.i for t in p.subtree}
    return {t.i for t in prep.subtree} - placed


_FORCE_WORDS = frozenset({"troop", "soldier", "force", "peacekeeper", "contingent", "garrison", "instructor"})
#: Verbs of going to a place as a visitor, and the prepositions naming it ("visited Iraq", "arrived in Baghdad").
_VISITING = {"visit": ("dobj",), "tour": ("dobj",), "travel": ("to",), "fly": ("to",), "arrive": ("in", "at"),
             "land": ("in", "at")}


def _visited(actor: Actor, actors: list[Actor], doc: Any, offset: int) -> set[str]:
    """The states a visitor goes to, which are not the visitor's: "the pope visited Iraq", "the envoy arrived in Niamey"."""
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in _VISITING:
        return set()
    verb = span.root.head
    ways = _VISITING[verb.lemma_.lower()]
    places = [o for o in verb.children if o.dep_ == "dobj" and "dobj" in ways]
    places += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ways for o in p.children if o.dep_ == "pobj"]
    return {a.country for a in actors if a.country and any(a.start <= offset + o.idx < a.end for o in places)}


def _posted(actor: Actor, actors: list[Actor], doc: Any, offset: int) -> set[str]:
    """The states an envoy is sent to (see :func:`_posts`), which are not the envoy's."""
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    posts = _posts(span.root) if span is not None else []
    return {a.country for a in actors if a.country and any(a.start <= offset + o.idx < a.end for o in posts)}


def _is_subject_of(actor: Actor, token: Any, offset: int) -> bool:
    """Whether ``actor`` lies in the subject of the clause ``token`` belongs to."""
    verb = token
    while verb.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and verb.head.i != verb.i:
        verb = verb.head  # through "are said to have left": xcomp borrows its head's subject
    deps = {"nsubj", "nsubjpass"}
    if any(c.dep_ == "expl" for c in verb.children):
        deps.add("attr")  # "there were American soldiers in the country"
    for child in verb.children:
        if child.dep_ in deps:
            a, b = offset + child.left_edge.idx, offset + child.right_edge.idx + len(child.right_edge)
            if a <= actor.start and actor.end <= b:
                return True
    return False


def _the_country(noun: Any, found: list[Actor], offset: int, countries: list[str]) -> str:
    """The country "the country" means: the last one named that is not its clause's subject's ("the American
    soldiers must leave the country", "the United States will withdraw its troops from Niger after the country's
    junta revoked the accord"), nor, when an order sends someone out of it, theirs ("ordered the French ambassador to
    leave the country")."""
    mover = _sent_away(noun)
    if mover is not None:  # "ordered the French ambassador to leave the country": the ambassador leaves it
        a0, b0 = offset + mover.left_edge.idx, offset + mover.right_edge.idx + len(mover.right_edge)
        own = {a.country for a in found if a0 <= a.start and a.end <= b0}
    else:
        own = {a.country for a in found if _is_subject_of(a, noun, offset)} | _envoys_acted_on(noun)
    asides = _named_in_asides(noun, found, offset)
    countries = [c for c in countries if c not in asides] or countries
    lands = {c for t in noun.children if t.dep_ in ("amod", "compound") for c in _REGION_CONTINENTS.get(t.lower_, ())}
    if lands:
        # "the Caribbean country", "the Pacific nation": the last one named that lies there
        from .gazetteer import Gazetteer

        gaz = Gazetteer.load()
        there = [c for c in countries if (entry := gaz.country(c)) is not None and entry.continent in lands]
        countries = there or countries
    return next((c for c in reversed(countries) if c not in own), countries[-1])


def _envoys_acted_on(noun: Any) -> set[str]:
    """The states whose envoys or counterparts "the country", or its organ, acts on as the subject, which it is not
    (as in :func:`_partners`): "the country's junta summoned the Algerian ambassador" is not Algeria's junta."""
    subj = noun.head if noun.dep_ == "poss" else noun
    if subj.dep_ != "nsubj":
        return set()
    return {c for o in subj.head.children if o.dep_ in ("dobj", "dative") and o.lemma_.lower() in _FOREIGN
            for t in o.subtree if t.i < o.i and (c := _gazetteer_country(t))}


def _named_in_asides(noun: Any, found: list[Actor], offset: int) -> set[str]:
    """The states named only in a relative clause of ``noun``'s sentence that ``noun`` is outside of, an aside about
    another: "Niger, which expelled French troops last year, said the country's junta would …" is Niger's junta (but
    "Russia's law, which the country's parliament passed" reads the country from inside the clause)."""
    sent = noun.sent
    spans = [(offset + r.left_edge.idx, offset + r.right_edge.idx + len(r.right_edge)) for r in sent
             if r.dep_ == "relcl" and r.i < noun.i and not r.left_edge.i <= noun.i <= r.right_edge.i]
    if not spans:
        return set()
    start = offset + sent.start_char
    inside = {a.country for a in found if a.country and a.start >= start and any(a0 <= a.start and a.end <= b0 for a0, b0 in spans)}
    outside = {a.country for a in found if start <= a.start < offset + noun.idx
               and not any(a0 <= a.start and a.end <= b0 for a0, b0 in spans)}
    return inside - outside


#: Regional words before "country" or "nation" and the continents where it lies (GeoNames' codes).
_REGION_CONTINENTS = {"caribbean": ("NA",), "pacific": ("OC",), "african": ("AF",), "asian": ("AS",), "european": ("EU",),
                      "american": ("NA", "SA"), "arab": ("AS", "AF"), "gulf": ("AS",), "balkan": ("EU",), "baltic": ("EU",),
                      "nordic": ("EU",), "scandinavian": ("EU",), "andean": ("SA",), "sahel": ("AF",), "sahelian": ("AF",),
                      "himalayan": ("AS",), "caucasus": ("AS", "EU"), "caucasian": ("AS", "EU")}


def _sent_away(noun: Any) -> Any | None:
    """The object of an order or a request whose clause sends it out of "the country": "ordered the ambassador to
    leave the country", "asked the soldiers to leave the country", "ordered the envoy out of the country"."""
    tok = noun
    while tok.dep_ in ("pobj", "prep", "dobj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ == "out":
            return next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    return next((c for c in tok.head.children if c.dep_ == "dobj"), None) if tok.dep_ == "xcomp" else None


def _possessor_country(head: Any, found: list[Actor], offset: int) -> str | None:
    """The country of the owner a possessive pronoun points to: "the United States has not
    withdrawn its troops" (the clause's subject), "Niger, whose military government" (the
    noun the relative clause modifies)."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "whose")), None)
    if poss is None:
        return None
    states = [a for a in reversed(found) if a.country and a.country not in NONSTATE]
    if poss.lower_ == "whose":
        verb = head
        while verb.dep_ != "relcl" and verb.head.i != verb.i:
            verb = verb.head
        noun = verb.head
        a0, a1 = offset + noun.idx, offset + noun.idx + len(noun)
        return next((a.country for a in states if a.start <= a0 and a1 <= a.end), None)
    owner = next((a.country for a in states if _is_subject_of(a, head, offset)), None)
    if owner is None and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp" and head.head.head.i != head.head.i:
        # the subject of what a body says is the body's own: "the ICC said its judges had authorised an inquiry"
        bodies = [a for a in reversed(found) if _owner_kind(a)]
        owner = next((a.country for a in bodies if a.start < offset + head.idx and _is_subject_of(a, head.head.head, offset)), None)
    if owner is None and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "conj" and not any(
            c.dep_ == "mark" for c in head.head.children):
        # so is the subject of a clause joined to the body's: "China recalled its envoy, and its foreign ministry
        # demanded …" is China's ministry, not that of the state China acted on (the subject's own head, not a place
        # in it: "leaders meeting in Wellington"; and no "after" clause the parser joined to the first)
        first = next((c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is not None:
            at = offset + first.idx
            owner = next((a.country for a in found if a.start <= at < a.end and _owner_kind(a)), None)
    return owner


def _owner_kind(actor: Actor) -> bool:
    """Whether an actor can own what "its" names: a state, or an international body ("the ICC said its judges")."""
    return bool(actor.country in BODY_CODES or actor.country and actor.country not in NONSTATE)


def _owners_country(noun: Any, found: list[Actor], offset: int) -> str | None:
    """The country "his country" or "her nation" is: that of the person whose clause it stands in, or, when it is
    the subject, of the one who says what it does ("Tokayev said his country would not recognise them")."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
        return None
    verb = noun
    while verb.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    people = [a for a in reversed(found) if a.country and a.country not in NONSTATE and a.start < offset + noun.idx]
    return next((a.country for a in people if _is_subject_of(a, verb, offset)), None)


def _named_states(found: list[Actor], sent_start: int, before: int) -> list[str]:
    """Every state named earlier in the sentence, in order, once each."""
    return list(dict.fromkeys(a.country for a in found if sent_start <= a.start < before and a.country
                              and a.country not in NONSTATE and len(a.country) == 3))


def _sentence_countries(found: list[Actor], sent_start: int, before: int) -> list[str]:
    """Countries named on their own earlier in the sentence: the last one, or the last coordinated run."""
    named = [a for a in found if sent_start <= a.start < before and a.sector is None and a.country
             and a.country not in NONSTATE and a.source == "dictionary"]
    if not named:
        return []
    run = [named[-1]]
    for a in reversed(named[:-1]):
        if run[0].start - a.end <= 5:  # "Mali and Burkina Faso"
            run.insert(0, a)
        else:
            break
    return list(dict.fromkeys(a.country for a in run if a.country))


def _text_states(sent: Any, skip: Any, dictionary: ActorDictionary, day: dt.date | None) -> set[str]:
    """The states a sentence names, by its names of countries, peoples, places and known actors (``skip`` aside)."""
    found = set()
    for ent in sent.ents:
        if ent.label_ not in _ENT_LABELS or ent.start <= skip.i < ent.end:
            continue
        code = dictionary.resolve(ent.text, day, cased=True)
        country = code.country if code is not None else _first_country(ent)
        if country and len(country) == 3 and country not in NONSTATE:
            found.add(country)
    return found


def _namesake(head: Any, dictionary: ActorDictionary, day: dt.date | None, ctx: Context) -> ActorCode | None:
    """Of the office holders of several states who share the surname ``head`` ("Morales" in 2018: Bolivia's and
    Guatemala's presidents; "Santos" in 2014: Colombia's and Angola's), the one whose state the sentence names, else the
    one whose state the article has named; none when the text names neither or both."""
    held = dictionary.namesakes(head.text, day)
    if len({code.country for code in held}) < 2:
        return None
    for named in (_text_states(head.sent, head, dictionary, day), {*ctx.countries, *filter(None, [ctx.dateline])}):
        fits = [code for code in held if code.country in named]
        if len({code.country for code in fits}) == 1:
            return fits[0] if len(fits) == 1 else replace(fits[0], name=None)
        if fits:
            break  # both states are named: who is meant stays open
    return None


def _actor(span: Any, offset: int, code: ActorCode, source: str) -> Actor:
    return Actor(span.text, offset + span.start_char, offset + span.end_char, code.country, code.sector, code.name, source)


def _chunks(doc: Any) -> Iterator[Any]:
    """Noun chunks, then entities outside every chunk, in text order. A known actor's name that the
    chunker cut in two ("The Department | for | International Development") is one chunk; so is a
    country's that it cut short ("the Republic of | Congo"), with the noun it modifies right after
    it ("the Republic of Congo's president", "Republic of Korea troops")."""
    chunks = list(doc.noun_chunks)
    ents = doc.ents  # (built anew at every reading of the property)
    for ent in ents:
        if not ent.ent_id_.startswith(("actor:", "country:")):
            continue  # only a known actor's or country's name mends the chunks
        cut = [c for c in chunks if c.start < ent.end and ent.start < c.end]
        if ent.ent_id_.startswith("actor:") and (len(cut) > 1 or cut and cut[0].end < ent.end):
            # (or one the chunker cut short: "France | 24 reported")
            chunks = [c for c in chunks if c not in cut] + [doc[min(c.start for c in cut) : max(ent.end, *(c.end for c in cut))]]
        elif ent.ent_id_.startswith("country:") and cut and all(ent.start < c.start or c.end < ent.end for c in cut):
            start, end = min(ent.start, *(c.start for c in cut)), max(ent.end, *(c.end for c in cut))
            head = ent.root.head
            if ent.root.dep_ in ("nmod", "compound", "poss") and head.pos_ in ("NOUN", "PROPN") and (
                    head.i == end or head.i == end + 1 and doc[end].tag_ == "POS"):
                end = head.i + 1
            chunks = [c for c in chunks if c.end <= start or end <= c.start] + [doc[start:end]]
        elif ent.ent_id_.startswith("actor:") and not cut:
            # a known body's name the parser read as a verb before the noun it modifies ("ECOWAS leaders meeting in
            # Abuja gave …" parsed "ECOWAS" as a verb): one chunk with that noun
            after = next((c for c in chunks if c.start == ent.end and c.root.pos_ == "NOUN"), None)
            if after is not None and all(t.pos_ != "DET" for t in after):
                chunks = [c for c in chunks if c is not after] + [doc[ent.start : after.end]]
    # a verb the parser took for an adjective splits its chunk: "[Trump] hosted [Pakistan's army chief]", "sentenced
    # [journalist Evan Gershkovich]" (see misparsed_predicate), whose doer and whose object are two actors, neither the verb
    for chunk in list(chunks):
        verb = next((t for t in chunk if misparsed_predicate(t) is not None), None)
        if verb is not None:
            # (nor the word a verb is hyphened to: "[North Korea] test-fired [two missiles]")
            end = verb.i - 2 if verb.nbor(-1).text == "-" else verb.i
            chunks = [c for c in chunks if c is not chunk] + [c for c in (doc[chunk.start : end], doc[verb.i + 1 : chunk.end])
                                                              if len(c)]
    covered = {i for c in chunks for i in range(c.start, c.end)}
    extra = [e for e in ents if e.label_ in _ENT_LABELS and not any(i in covered for i in range(e.start, e.end))]
    yield from sorted(chunks + extra, key=lambda s: s.start)


def _covered(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of the ``[start, end)`` spans, found by bisection over the spans by start and the
    furthest end reached so far, not by reading every span for every noun chunk."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def covers(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and at < reach[k]

    return covers


def code_doc(
    doc: Any, offset: int, dictionary: ActorDictionary, day: dt.date | None, ctx: Context, sentences: list[tuple[int, int]]
) -> list[Actor]:
    """Actors in one parsed segment; ``offset`` maps the doc's characters to the article's."""
    out: list[Actor] = []
    kin: dict[int, str] = {}  # index in out -> the kin state of an ethnic group
    settled: set[int] = set()  # indices in out whose country the sentence must not fill
    coded = _covered(sentences) if sentences else None
    for chunk in _chunks(doc):
        start = offset + chunk.start_char
        if coded is not None and not coded(start):
            continue
        span = _strip(chunk)
        if not len(span):
            continue
        head = span.root
        if head.ent_type_ in _NOT_ACTORS:
            # "met with Syrian President Bashar Assad Tuesday": the chunk's head is the date after the name
            end = span.end
            while end > span.start and doc[end - 1].ent_type_ in _NOT_ACTORS:
                end -= 1
            if end == span.end or end == span.start or doc[end - 1].pos_ not in ("PROPN", "NOUN"):
                continue
            span = doc[span.start : end]
            head = span.root
            if head.ent_type_ in _NOT_ACTORS:
                continue
        if _names_water(head):
            continue  # "the Gulf of Aden", "the Sea of Japan" name a sea, not Aden or Japan
        lemma = head.lemma_.lower()
        # "Senior Hungarian and Romanian officials": one actor per coordinated modifier
        mods = [t for t in head.children if t.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in t.children)]
        if mods:
            parts = [mods[0], *[c for c in mods[0].conjuncts]]
            # "Ethiopian, Mozambican and South African troops": a listed modifier before the coordination too
            parts = [t for t in head.children if t.dep_ == "amod" and t.i < mods[0].i and t.ent_type_ in ("NORP", "GPE")
                     and any(c.text == "," for c in t.children)] + parts
            for part in parts:
                words = doc[min(part.left_edge.i, part.i) : part.i + 1]  # "South African"
                # a common noun is a whole phrase the parser hung on the head, with the possessor it gave the head:
                # "[Colombia's government] and FARC rebels"
                whole = part.pos_ == "NOUN" and part.i < head.i - 1
                if whole:
                    words = doc[min([words.start, *(c.i for c in head.children if c.dep_ == "poss" and c.i < part.i)]) : part.i + 1]
                code = dictionary.resolve(words.text if whole else f"{words.text} {head.text}", day, cased=True)
                if code and code.country:
                    actor = Actor(words.text, offset + words.start_char, offset + words.end_char,
                                  code.country, code.sector, code.name, "dictionary")
                    out.append(actor)
                    ctx.note(actor, lemma)
            if any(a.start >= start for a in out):
                continue
        code = dictionary.resolve(span.text, day, cased=True)
        if (code is None or code.name is None and code.country is None) and (person := _person_named(span)) is not None and (
                spelled := dictionary.variant(person.text, day)):
            # a person the dictionary knows, in another transliteration ("Mohammed Bazoum", "Aly Khamenei")
            respelled = dictionary.resolve(doc[span.start : person.start].text + " " + spelled, day, cased=True)
            code = replace(respelled, matched=span.text) if respelled is not None and respelled.name else code
        if (code is not None and code.name is None and head.text not in code.matched and head.pos_ != "PROPN"
                and not (lemma in _ARMED_BODIES and code.sector in _ARMED_SECTORS)
                # (but a body's voice speaks for the body: "an army spokesman", "a navy officer")
                and not (lemma in _VOICES and code.sector)):
            # "military base", "Russian presence": the agent word is a modifier, not the head
            # (before a name it is a title: "Interior Minister <name>"); "a militant group" is militants
            code = replace(code, sector=None) if code.country else None
        if code is None and head.ent_type_ == "NORP" and head.ent_id_.startswith("demonym:"):
            # a people the gazetteer's demonyms know and the dictionary lacks: "thousands of Serbs", "Uzbeks"
            iso3 = head.ent_id_.split(":", 1)[1]
            code = ActorCode(iso3, None, None, iso3, head.text)
        if code is None and head.pos_ == "PROPN" and head.text.lower() in ctx.people and all(
                t.i == head.i or t.pos_ != "PROPN" or t.lower_.rstrip(".") in _HONORIFICS for t in span):
            # "Prime Minister Andrej Babis ... Babis said": a surname takes the code of the full name
            known = ctx.people[head.text.lower()]
            out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, known.country, known.sector,
                             known.name, "coref"))
            continue
        if (code is None or code.country is None and code.name is None) and _proper(head) and head.ent_type_ not in (
                "GPE", "LOC", "FAC") and all(t.i == head.i or t.lower_.rstrip(".") in _HONORIFICS | _TITLE_WORDS
                                                 or t.pos_ == "DET" for t in span):
            # a leader named by surname alone, as wire copy names them ("Erdogan said", "President Deby", "Foreign
            # Secretary Hunt"): the one holding office then (the small NER often takes such a name for an organisation,
            # or for nothing)
            code = dictionary.by_surname(head.text, day) or _namesake(head, dictionary, day, ctx) or code
        elif (code is None or code.country is None and code.name is None) and (surname := _long_surname(span, head)) and (
                held := dictionary.by_surname(surname.text, day)):
            code = held  # "Abdul Mahdi said", "Ayub Khan agreed": the end of a leader's full name
        elif _town_or_surname(span, head, code, dictionary):
            # a leader's surname that is also a town's name ("Kennedy warned Moscow" in 1962 is not Bogota's Kennedy
            # district, "Moreno imposed a curfew" in 2019 no Argentine town): a town does not speak or act, the one
            # person holding office then under that name does
            held = dictionary.by_surname(head.text, day)
            if held is not None and held.name:
                code = held
            elif held is None and len({c.country for c in dictionary.namesakes(head.text, day)}) > 1:
                # leaders of several states bear it ("Santos" in 2014, also a Brazilian port): the one the text points
                # to, else no one, nor the town
                code = _namesake(head, dictionary, day, ctx)
        if code is None:
            if head.pos_ == "NOUN" and _loyal_to(head) is not None:
                # "tanks loyal to Yeltsin", "units loyal to the general": whatever they are, they fight for him, and are
                # his country's (see _fill_from_sentence)
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, None, "MIL", None, "coref"))
                continue
            if lemma in _COUNTRY_NOUNS and head.tag_ == "NNS" and any(t.lower_ == "their" and t.dep_ == "poss" for t in head.children):
                # "the rulers of Mali, Burkina Faso and Niger said their countries would leave": the countries named
                # before in the sentence
                group = _named_states(out, offset + head.sent.start_char, start)
                if len(group) >= 2:
                    out.extend(Actor(span.text, offset + span.start_char, offset + span.end_char, c, None, None, "coref")
                               for c in group)
                    continue
            if lemma in _COUNTRY_NOUNS and head.tag_ == "NNS" and (body := _body_served(head, dictionary, day, None)):
                # "creditor nations in the Paris Club", "member states of the African Union": the body's
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, body, None, None, "coref"))
                continue
            if lemma in _COUNTRY_NOUNS and head.tag_ == "NNS" and any(t.lower_ in _TWO for t in head.children):
                # "the two countries", "both nations": the last two countries named
                pair = (_sentence_countries(out, offset + head.sent.start_char, start) or ctx.states)[-2:]
                if len(pair) == 2:
                    out.extend(Actor(span.text, offset + span.start_char, offset + span.end_char, c, None, None, "coref")
                               for c in pair)
                continue
            definite = chunk[0].lower_ in ("the", "this", "that")
            if lemma in _BODY_NOUNS and head.text.islower() and definite and ctx.body is not None and not any(
                    t.ent_type_ in ("GPE", "NORP", "ORG") and t.lower_ not in _REGION_WORDS for t in span):
                # "the alliance said it would send peacekeepers", "the bloc": the international body named last
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, ctx.body.country,
                                 ctx.body.sector, ctx.body.name, "coref"))
                continue
            if lemma in _ARMED_BODIES and head.text.islower() and definite and ctx.group is not None:
                # "Hezbollah fighters seized two soldiers, and the group demanded an exchange": the group named last
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, ctx.group.country,
                                 ctx.group.sector, ctx.group.name, "coref"))
                continue
            if lemma in _COUNTRY_NOUNS and head.tag_ == "NN" and definite and ctx.countries:
                # "the American soldiers must leave the country": not the subject's own country
                country = _the_country(head, out, offset, ctx.countries)
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, country, None, None, "coref"))
            elif lemma in _COUNTRY_NOUNS and head.tag_ == "NN" and (owner := _owners_country(head, out, offset)):
                # "Tokayev said his country would not recognise the republics": the speaker's country
                out.append(Actor(span.text, offset + span.start_char, offset + span.end_char, owner, None, None, "coref"))
            continue
        if code.sector is None and code.name is None and _joins_two_nations(span, dictionary, day):
            continue  # "the Sino-Soviet summit", "the Indo-Pakistani border": something between two states, neither's
        if code.name is None and _once_part_of(span):
            continue  # "the two former Soviet republics": states that were the union's, not the union nor its heir
        actor = _actor(span, offset, code, "dictionary")
        if code.name and actor.country not in NONSTATE and (other := _foreign_demonym(span, code)) not in (None, actor.country):
            actor = replace(actor, country=other, name=None)  # "the Korean Central Intelligence Agency" is no CIA
        if actor.country in NONSTATE and (owner_state := _possessor_state(span, head, dictionary, day)) is not None:
            actor = replace(actor, country=owner_state)  # "Russia's Security Council" is no UN body
        elif code.name and head.pos_ == "PROPN" and actor.country and (
                owner_state := _possessor_state(span, head, dictionary, day)) not in (None, actor.country):
            # a person the text gives a state other than the dictionary's namesake's: "Mali's foreign minister Abdoulaye
            # Diop" is not Senegal's minister of that name
            actor = replace(actor, country=owner_state)
        if head.text not in code.matched and (
                head.lemma_.lower() in _NOT_ACTOR_HEADS or head.lower_ in _NOT_ACTOR_HEADS
                # a war a country names ("demonstrators against the Vietnam War" are not Vietnamese), not one a
                # possessor wages ("Duterte's war on drugs")
                or head.lemma_.lower() == "war" and not any(c.dep_ == "poss" for c in head.children)
                # "the Airbus A380", "Boeing's Delta IV", "Rolls-Royce Trent 900 engines": a company's product
                or code.sector == "BUS" and code.name and any(c.isdigit() or c.isupper() for c in head.text)
                and (any(c.isdigit() for t in span for c in t.text) or re.fullmatch(r"[IVX]+", head.text))):
            if code.name is None:
                ctx.note(actor, None)
            continue
        if actor.country is None and actor.sector:
            # "Rakhine rebels", "Kandahar police": a place only the gazetteer knows names the country
            inner = _first_country(t for t in span if t.ent_type_ != "PERSON")
            if inner:
                actor = replace(actor, country=inner)
        if code.name is None and actor.country and (any(t.lower_ == "ethnic" for t in span) or _allegiance(span) or (
                # (a people's name that is no state's adjective marks a people, when its bearers hold no office: "Serb
                # gunmen killed a Kosovo police officer" are Kosovo's Serbs, "Serbian police" are Serbia's)
                # (nor when a state's name says where they live: "the Bosnian Serb army commander")
                any(t.lower_ in _PEOPLES for t in span) and actor.sector not in _STATE_ORGANS | {"COP", "SPY"}
                and _first_country(t for t in span if t.lower_ not in _PEOPLES) is None)):
            # "ethnic Albanians in Serbia": a people, coded where it lives (see _fill_from_sentence); so are fighters
            # for another state ("pro-Russian separatists" in Ukraine)
            kin[len(out)] = actor.country
            actor = replace(actor, country=None, sector=actor.sector or "CVL")
            out.append(actor)
            continue
        if lemma in _ONES and actor.sector is None and ctx.last_sector:
            actor = replace(actor, sector=ctx.last_sector, source="coref")
        # "Airbus chief executive Noel Forgeard": an agent of an organisation the dictionary does not know
        owner = next((t for t in span if t.i < head.i and t.ent_type_ == "ORG" and t.pos_ == "PROPN"
                      and t.lower_ not in _PORTFOLIOS and not t.ent_id_.startswith("actor:")
                      and head.ent_type_ != "ORG" and lemma not in _ORG_NOUNS
                      and dictionary.resolve(t.text, day, cased=True) is None), None)
        if owner is not None and code.name is None and code.matched.lower().endswith("chief executive"):
            actor = replace(actor, sector="BUS")
        definite = chunk[0].lower_ in ("the", "this", "that")
        if actor.country is None and actor.sector == "BUS" and code.name is None and owner is None:
            # "the company" is the company named last; other business people are not placed by what is near
            if definite and lemma in _COMPANY_NOUNS and head.tag_ == "NN" and ctx.business is not None:
                actor = replace(actor, country=ctx.business.country, name=ctx.business.name, source="coref")
            else:
                placed = _possessor_country(head, out, offset) or _complement_country(head, dictionary, day, "BUS")
                actor = replace(actor, country=placed, source="coref") if placed else actor
        elif actor.country is None and actor.sector and code.name is None and (
                # (an armed agent's unknown name is a local group's, as often as not: "Malaitan militiamen", placed by
                # the sentence as armed groups are, where they fight; so is an opposition movement's, which opposes a
                # government where it marches: "Red Shirt protest leaders surrendered to police in Bangkok")
                owner is not None and actor.sector not in _ARMED_SECTORS | {"OPP"} or any(
                t.lower_ in _ABROAD and not (t.lower_ == "foreign" and t.head.lemma_.lower() in _FOREIGN_OFFICE and (
                    # (someone's, or of somewhere: "the bloc's foreign ministers", "the foreign ministers of Congo and
                    # Rwanda"; one foreign minister is one state's)
                    t.head.tag_ == "NN" or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                               for c in t.head.children))) for t in span)):
            settled.add(len(out))  # "foreign investors", "Airbus executives": not of any country in view
        elif actor.country is None and code.name is None and lemma in _ARMED_BODIES and len(span) == 1 and definite and (
                ctx.group is not None):
            # "the militia" alone refers back, as "the group" does, to the group named last: "Hezbollah's envoy said the
            # militia would not disarm" is Hezbollah, whichever country stands nearer
            actor = replace(actor, country=ctx.group.country, sector=ctx.group.sector, name=ctx.group.name, source="coref")
        elif actor.country is None and actor.sector in _ARMED_SECTORS and code.name is None and (
                armed := _armed_group_of(head, dictionary, day)) is not None:
            # "gunmen of the Stern Gang", "fighters of Hezbollah": the group's own, whatever place the sentence names
            actor = replace(actor, country=armed.country, sector=armed.sector, name=armed.name, source="coref")
        elif actor.country is None and actor.sector and code.name is None and _loyal_to(head) is not None:
            pass  # "forces loyal to Ouattara": the leader's country, once the sentence has coded him (_fill_from_sentence)
        elif actor.country is None and actor.sector and code.name is None and (court := _court_meant(head, chunk, ctx)):
            # "the court ruled", "the court's prosecutor": the court named last, not the state the sentence names
            actor = replace(actor, country=court.country, name=court.name if lemma in _COURT_NOUNS else None, source="coref")
        elif actor.country is None and actor.sector and code.name is None and (
                body := _body_served(head, dictionary, day, ctx.body)) is not None:
            actor = replace(actor, country=body, source="coref")  # "judges at the International Criminal Court"
        elif actor.country is None and actor.sector and code.name is None:
            # rebels and civilians are not the states named beside them ("the US and Niger fought rebels")
            bare = not any(t.dep_ in ("det", "poss") for t in head.children) and actor.sector not in ("REB", "OPP", "CRM", "CVL")
            local = _sentence_countries(out, offset + head.sent.start_char, start) if bare else []
            if local:
                # not noted for later references: "the junta" still means the one named explicitly
                out.extend(replace(actor, country=c, source="coref") for c in local)
                continue
            owner = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in _COUNTRY_NOUNS
                          and any(d.lower_ == "the" for d in c.children)), None)
            # "the bloc's leaders", "the group's foreign ministers": the international body named last
            body_owner = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in _BODY_NOUNS | {"group"}
                               and any(d.lower_ == "the" for d in c.children)), None)
            inferred = (
                # "the country's junta" is the junta of the country "the country" means
                (_the_country(owner, out, offset, ctx.countries) if owner is not None and ctx.countries else None)
                or (ctx.body.country if body_owner is not None and ctx.body is not None else None)
                or _possessor_country(head, out, offset)
                or _complement_country(head, dictionary, day, actor.sector)
                or ctx.by_head.get(lemma)
                or ctx.sector_country(actor.sector)
                or (ctx.sector_country("GOV") if actor.sector == "MIL" else ctx.sector_country("MIL") if actor.sector == "GOV" else None)
            )
            if inferred in {_place_country(o, dictionary, day) for o in _posts(head)}:
                inferred = None  # "the ambassador to Niger" is not Niger's, whatever the article said of Niger before
            if inferred:
                actor = replace(actor, country=inferred, source="coref")
        ctx.note(actor, lemma)
        _note_person(actor, doc, offset, ctx)
        if actor.sector == "BUS" and actor.source == "dictionary" and (actor.name or head.pos_ == "PROPN"):
            ctx.business = actor  # "automaker Chrysler LLC", "Boeing": what "the company" refers to next
        if actor.country in BODY_CODES and actor.source == "dictionary" and (
                head.pos_ == "PROPN" or any(t.pos_ == "PROPN" or t.ent_id_.startswith("actor:") for t in span)):
            ctx.body = actor  # "ECOWAS", "the Collective Security Treaty Organization": what "the bloc" is next
        if actor.sector == "JUD" and actor.country and actor.source == "dictionary" and any(
                word in _COURT_NOUNS for word in re.findall(r"[a-z]+", (actor.name or actor.text).lower())):
            ctx.court = actor  # "Kenya's Supreme Court", "the ICJ": what "the court" is next
        if actor.name and actor.source == "dictionary" and actor.sector in _ARMED_SECTORS | {"NGO"} and not any(
                t.ent_type_ == "PERSON" for t in span):
            ctx.group = actor  # "Hezbollah members", "Human Rights Watch": what "the group" is next
        out.append(actor)
    _fill_from_sentence(out, kin, doc, offset, ctx.dateline, settled)
    return out


#: What a story calls a court it has named: "the court", "the tribunal".
_COURT_NOUNS = frozenset({"court", "tribunal"})


def _court_meant(head: Any, chunk: Any, ctx: Context) -> Actor | None:
    """The court the article named last, when the phrase refers back to it: "the court" ("The International Court of
    Justice ruled ... the court said"), or a possessor ("the court's prosecutor"); none for a phrase that names a court
    of its own ("a military court", "the Supreme Court")."""
    if ctx.court is None:
        return None
    if head.lemma_.lower() in _COURT_NOUNS and len(chunk) == 2 and chunk[0].lower_ in ("the", "this", "that"):
        return ctx.court
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in _COURT_NOUNS), None)
    if owner is not None and [t.lower_ for t in owner.subtree] in (["the", "court", "'s"], ["the", "tribunal", "'s"]):
        return ctx.court
    return None


def _note_person(actor: Actor, doc: Any, offset: int, ctx: Context) -> None:
    """Remember a person named with a first name and a code under the surname, for later mentions."""
    if actor.source == "coref" or not (actor.country or actor.sector):
        return
    span = doc.char_span(actor.start - offset, actor.end - offset, alignment_mode="expand")
    if span is None or span.root.ent_type_ != "PERSON":
        return
    names = [t for t in span if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if len(names) >= 2 and names[-1].i == span.root.i:
        ctx.people.setdefault(names[-1].text.lower(), actor)


def dateline_country(item: Item, dictionary: ActorDictionary, day: dt.date | None) -> str | None:
    """The country of an opening dateline ("NIAMEY, Niger (AP) —"): the metadata stage's dateline
    segment, else the start of the body."""
    article = item.article
    if article is None:
        return None
    seg = next((s for s in article.segments if s.kind == "dateline"), None)
    if seg is not None:
        text = article.text[seg.start : seg.end].rstrip(" -–—:") + " -"
    else:
        body = next((s for s in article.segments if s.kind == "body"), None)
        if body is None:
            return None
        text = article.text[body.start : body.start + 80]
    m = _DATELINE.match(text)
    if not m:
        return None
    for part in (m.group(2), m.group(1)):
        if part:
            code = dictionary.resolve(part.title(), day)
            if code and code.country and len(code.country) == 3:
                return code.country
    return None


def code_item(item: Item, dictionary: ActorDictionary) -> Item:
    """The item with ``actors`` set: every actor mention of its coded segments, in text order."""
    if item.article is None or not item.docs:
        return item
    day = publication_day(item)
    ctx = Context(dateline=dateline_country(item, dictionary, day))
    spans = [(s.start, s.end) for s in item.sentences if s.segment in CODED_SEGMENTS]
    actors: list[Actor] = []
    # captions first describe the picture; the body's references should not lean on them,
    # so the body is read first, in order, and captions and title after it
    ordered = sorted(item.docs, key=lambda sd: (sd[0].kind != "body", sd[0].start))
    for seg, doc in ordered:
        if seg.kind not in CODED_SEGMENTS:
            continue
        actors.extend(code_doc(doc, seg.start, dictionary, day, ctx, spans))
    actors.sort(key=lambda a: (a.start, a.end))
    return replace(item, actors=tuple(actors))


def make(settings: Settings) -> Any:
    dictionary = load_dictionary(tuple(settings.actor_dictionaries)).build_indexes()

    def process(batch: Batch) -> Batch:
        return replace(batch, items=tuple(code_item(item, dictionary) for item in batch.items))

    return process


def process(batch: Batch) -> Batch:
    """Code the actors of a batch with the packaged dictionary."""
    result: Batch = make(Settings())(batch)
    return result


STAGE = Stage(
    name="actors",
    requires=("sentences",),
    sets=("actors",),
    factory=make,
    help="code the actors in each sentence: country (ISO3) and sector, resolving references within the article",
)
