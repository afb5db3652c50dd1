"""Presence: whose forces are where, since when, and who says so.

Two steps, both pure functions over typed records:

1. ``statements(item)`` reads an article's statements of a foreign force's status: deployments,
   arrivals, stationing, troop numbers, withdrawal announcements, withdrawals. It reads each
   clause with the cue lexicon (``data/presence/cues.yaml``): who the force is (a demonym or
   country next to a force noun, or a country holding troops), its status, its strength, the
   host country and site (the clause's places, else the article's main country), the date (the
   clause's time expression nearest the cue, a "since" date, else the publication date), and
   links the coded events of the same sentence (MOBILIZE/AID → arriving, CONCEDE → announced,
   RETREAT → withdrawing) as evidence; an event the cues miss still makes a statement.
2. ``ledger(statements)`` folds statements per (force country and sector, host, site) into a
   timeline of status changes. Statuses move forward (arriving → present → withdrawal_announced →
   withdrawing → withdrawn); a later report of a weaker status corroborates the current one
   rather than reversing it, except that a new arrival reopens a withdrawn entry and a withdrawal reported halted
   ("froze the planned pullout") takes an announced or begun withdrawal back to present. Statements are
   sorted by a total order first, so the ledger does not depend on ingest order.

The ``presence`` stage sets ``Item.presence`` to the ledger of the article alone (what
``sitrep extract`` prints). Across a store, the corroboration stage records each new article's
statements and refolds the entries they touch (``refold``); ``sitrep presence`` folds the stored
statements again for ``--as-of``.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .gazetteer import Gazetteer
from .model import Batch, Event, EventDate, Item, Place, Presence, PresenceForce, PresenceSite, Sentence
from .output import presence_json
from .pipeline import Stage
from .places import DEMONYM, GOVERNMENT
from .resources import GuardedPattern, load_yaml, word_alternation

RANK = {"arriving": 0, "present": 1, "withdrawal_announced": 2, "withdrawing": 3, "withdrawn": 4}
EVENT_STATUS = {"MOBILIZE": "arriving", "AID": "arriving", "CONCEDE": "withdrawal_announced", "RETREAT": "withdrawing"}
_CLAUSE = re.compile(r",\s+(?:and|while|whereas|but|where|whose|who|even\s+as|even\s+though|although|though)\s+|;\s+|\s+while\s+|\s+[–—]\s+|"
                     r",?\s+which\s+|"
                     # a second verb of the same subject with its own place and time: "handed Mukden over in March and left
                     # Changchun on April 14"
                     r"\s+and\s+(?=(?:then\s+|later\s+)?(?:left|withdrew|departed|pulled\s+out|handed|vacated|quit|evacuated)\s+(?-i:[A-Z]))|"
                     # a clause of time with its own subject: "…, hours after the final UN peacekeepers sailed out"
                     r",\s+(?:hours|minutes|moments|shortly|soon|a\s+day|days|a\s+week|weeks)\s+(?:after|before)\s+|"
                     # and one told with "when", its subject a people or a country doing a thing of its own: "Libya's first
                     # units left only in October, when the French also evacuated their garrison at Biltine"
                     r",\s+when\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.'-]+\s+(?:also\s+|then\s+|finally\s+)?(?:\w+ed|left|withdrew|sent|took|began|flew)\s)")
_SITE_WORDS = re.compile(r"\b(the|that|this) (sprawling |main |former |huge |vast |big |desert )?(military |air |drone |same )?(base|airbase|air base|camp|site|airport|airfield)\b|\bhangar\b",
                         re.I)
_AIRPORT_WORD = re.compile(r"\b(airport|airfield|air)\b", re.I)


def _again(clause: str, site: Place) -> bool:
    """Whether the clause names ``site`` again by a definite noun ("the base"); an airport is named again only as one
    ("the airport base" after "pulled out of the palace" is another site)."""
    m = _SITE_WORDS.search(clause)
    if m is None:
        return False
    return not re.search(r"\b(airport|airfield)\b", m.group(0), re.I) or _AIRPORT_WORD.search(site.name or site.text or "") is not None


_OTHER_BASE = re.compile(r"\b(a|an)( \w+){0,2} (base|airbase|air base)\b", re.I)
# a part of the force: "some of the troops", "the first French soldiers", "part of its contingent", "a first group of"
# (or a group counted after others: "a second batch of", "another wave of", the force not yet all gone; and its aircraft
# or ships: "the first aircraft left")
_PARTIAL = re.compile(r"\b(some|part|half|first|many|several|most)\s+(of\b|(group|batch|wave|detachment|convoy|rotation)s?\s+of\b|"
                      r"(\S+\s+){0,2}(troops|soldiers|forces|personnel|units|divisions|brigades|battalions|regiments|marines|instructors|contingent|members|paratroopers|commandos|guards|"
                      r"peacekeepers|police|aircraft|warplanes|planes|jets|bombers|fighters|helicopters|warships|ships)\b)|\b(second|third|fourth|fifth|another|next|further)\s+(group|batch|wave|detachment|convoy|"
                      r"rotation)s?\s+of\b|\b\d[\d,]*\s+of\s+them\b", re.I)
# the head's own verb taken up again after a relative clause set off by commas: "Guinea, which sent several hundred
# soldiers, has brought its troops home"
_RESUMED = re.compile(r",\s+(also\s+|now\s+|since\s+)?(has|have|had|is|are|was|were)\b", re.I)
# (or by the verb of the going itself, right after the comma: "…, which flew in several hundred soldiers in March,
# brought them home in May")
_RESUMED_BY_CUE = re.compile(r",\s+(also\s+|later\s+|then\s+)?$", re.I)


def _part_leaving(clause: str, at: int) -> bool:
    """Whether the words before the going at ``at`` say only a part of the force goes ("most of the soldiers have
    left", "the first units left"), not words of a relative clause on its head (", which sent several hundred
    soldiers, has brought its troops home": all of them)."""
    part = _PARTIAL.search(clause, 0, at)
    return part is not None and _RESUMED.search(clause, part.end(), at) is None \
        and _RESUMED_BY_CUE.search(clause, part.end(), at) is None


# a part of the force taken by the verb itself: "has brought most of its troops home"
_PART_TAKEN = re.compile(r"\w+\s+(most|some|half|part)\s+of\b", re.I)
# a number of a stated total, before the cue or after it: "withdrew 600 of its 1,200 soldiers"
_NUMBER_OF = re.compile(r"\b\d[\d,]*\s+of\s+(the|its|their)\s+\d[\d,]*\b", re.I)
# some of the force's bases after the cue: "handed over two of its military sites"
_SOME_SITES = re.compile(r"\b(two|three|four|five|some|several|\d+) of (its|their|the) (\w+ )?(sites|bases|camps|facilities)\b", re.I)
# a force named again by a definite noun anywhere in a clause that names none: "decided in June to end the mission"
# (each reading opens with a word of one of the letters of the first lookahead: where the letter is another, the search
# moves on at once instead of trying every reading, and the lookbehinds come after "the ": a search of the clauses five
# times faster)
_ANAPHOR = re.compile(r"(?=[acdenprstw])(?:"
                      r"\bthe (?<!\bfor the )(?<!\bwith the )(?<!\bof the )(?<!\bto the )(?<!\bin the )(?<!\bfrom the )"
                      r"(mission|troops|soldiers|peacekeepers|contingent|air force|navy|marines|rangers|paratroopers|"
                      r"commandos|servicemen)\b"  # not "personnel for the mission"
                      # "decided in March to end it", "to wind it down": the mission
                      r"|\b(end|terminate|wind down|wind up) it\b|\bwind it (down|up)\b"
                      # (and so is the mandate it ends or renews: "voted on December 22 to end the mandate", "to extend
                      # the mandate for a final year")
                      r"|\b(end|terminate|wind down|wind up|extend|renew) (the|its) mandate\b"
                   r"|\bnone\b(?= (of them )?(were|was|are|is) (left|still there)\b| (of them )?remain(s|ed)?\b)"  # "none were left"
                      # the subject of what a government said of the force just named: "London announced in March that
                      # they would be withdrawn", "Havana said its soldiers would be home by May"
                      # ("they" not after speakers who are many: "officials said they were concerned" is the officials)
                      # (group "one" is set when the speaker is not plural, and only then may "they" follow)
                      r"|\b(?:(?<!s )(?P<one>)|)(said|says|announced|announces|declared|confirmed|promised|pledged|told [^,;]{1,40}?)"
                      r"\b[^,;]{0,50}?"
                      r"\b(that )?((?(one)they|(?!))|(its|their) (\S+ ){0,2}(troops|soldiers|forces|personnel|units|men|garrison|brigade))"
                      r"(?= (too |also |all |both )?(would|will|were|had|should|must|are|is|was)\b))", re.I)
# the force just named, named again by a pronoun, its kind or its unit ("the engineers", "the battalion", "their
# units"; not "the garrison", as often the side that leaves a town as the force that comes)
_PRONOUN = re.compile(r"^\s*(they|these|those|the (([\w-]+ ){1,2}of (the )?|(first|last|remaining) )?(troops|soldiers|forces|force|instructors|"
                      r"personnel|contingent|mission|peacekeepers|engineers|airmen|sailors|advisers|advisors|trainers|battalion|brigade|division|"
                      r"regiment|blue helmets)|(its|their) (\S+ ){0,2}(troops|soldiers|forces|personnel|units)|it (has|had)|"
                      # or its going by "its" or "their": "Their withdrawal was agreed in July"
                      r"(its|their) (withdrawal|pullout|pull-out|departure)(?= (was|were|had|has|is|will)\b)|"
                      # the force just named holding ground: "It held a line across the country, with its headquarters in …"
                      r"it (also |still )?(held|holds|keeps|kept|maintains|maintained)|"
                      # or giving up a post of its own: "It handed the air base to the army in June", "It closed its base at …"
                      r"it (also |then |later )?(handed|closed|shut|vacated|evacuated|abandoned|gave up)|"
                      # or beginning its going: "…, and it began bringing them home the same month"
                      r"it (has |had )?(also |then |later |soon )?(began|begun|started)|"
                      # a part of the force just named: "…, while the last of them left the third country in August", "Most
                      # of them flew home in December" (not what they say: "most of them said …")
                      r"the (first|last|final|rest|remainder|bulk) of them|(most|many|some|half|all|several) of them\b(?! (said|say))|"
                      # (or a number of them: "About 30,000 of them began arriving in Belarus")
                      r"((about|around|some|roughly|nearly|almost|more than|over|up to) )?\d[\d,]* of them\b(?! (said|say))|"
                      # the last unit or men of the force just named, by a word of no people: "the last combat unit sailed
                      # from the port", "the last officers of the command left the town"
                      r"the first units|the (last|final|remaining) ([\w-]+ )?(units?|battalions?|officers|convoys?|groups?|contingents?|detachments?)|"
                      # a kind of troops with no people named, at the clause's head: "Marines came ashore …", "The Rangers …"
                      r"(the )?(marines|rangers|paratroopers|commandos|servicemen)(?= (\w+ )?\w+ed\b)|"
                      r"the (handover|hand-over|pullout|pull-out|drawdown|run-down|rundown) of|"
                      # a change named as the subject of its own verb: "The departure follows the handover of …"
                      r"the (departure|withdrawal|pullout|pull-out|drawdown|exit|handover|hand-over)(?=\s+(?!of\b)[a-z]+))\b", re.I)
# (and after a phrase of time or of terms set off by a comma: "Under the truce, they pulled back", "After the vote, the
# troops left")
_LED_PRONOUN = re.compile(r"^\s*(under|after|before|since|following|within|by|in|on|at|during)\b[^,;]{2,60}?,"
                          + _PRONOUN.pattern[1:], re.I)
# a kind of troops that names no people: "Marines", "paratroopers", "Royal Marines", "legionnaires"
_BARE_KIND = re.compile(r"\b(marines|paratroopers|commandos|rangers|legionnaires)\b", re.I)
# guards for an embassy, which are no force in the country (the gold sets code none): "to guard the embassy", "the
# embassy, as do the Marines who guard it"
_EMBASSY_GUARD = re.compile(r"\bguard(s|ing)?\b[^;]{0,40}?\b(embassy|embassies|ambassador|consulate)\b|"
                            r"\b(embassy|ambassador|consulate)\b[^;]{0,40}?\bguard(s|ing)?\b", re.I)
# a clause that goes on without a subject shares the last clause's: "…, and handed over its base in Ivory Coast"
_NO_SUBJECT = re.compile(r"^\s*((also |then |later |has |have |had )?(\w+ed|left|withdrew|began|kept|sent|took|flew)|"
                         r"(is|are|was|were) (now |still |also )?\w+ing)\b")  # (or under way: "and is bringing its troops home")
# a force that goes back to a country goes home: "the soldiers crossed back into Chad" are Chad's
_BACK_HOME = re.compile(r"\b(back|home)\s+(to|into)\s+(the\s+)?$", re.I)
_GAPPED = re.compile(r"^\s*(at|in)\s+(the\s+)?[A-Z]")
_RELATIVE_BEFORE = re.compile(r",\s+(where|who|whose|which)\s+$|\s+which\s+$", re.I)
_SINCE = re.compile(r"\b(since|for)\b", re.I)
# a force's own headquarters told in a town: the force is there ("its headquarters are in Gaza", "said from the force's
# headquarters in Monrovia", "whose headquarters are in Saigon"; not a commander's, "his headquarters", which may be a
# host's general's, nor an organisation's by its name, "NATO's headquarters in Brussels")
# (or a port the force sails from or into: "the first units sailed from Hodeidah")
_TOWN_OF_BEFORE = re.compile(r"\b((port|town|city|village|harbour|harbor)\s+of|(sailed|steamed)\s+(away\s+)?(from|into))\s+$", re.I)
_HEADQUARTERS_IN = re.compile(r"\b(its|their|whose|the\s+(force|mission|command|operation)['\u2019]s)\s+"
                              r"((?!(in|at)\b)[\w-]+\s+){0,2}headquarters\s+((is|are|was|were|remains?|remained)\s+)?(in|at)\s+$", re.I)
_ACCORDING = re.compile(r"\baccording to ((?:the |an? )?[^,.;]{2,60}?)(?=[,.;]|$| which| who| that)", re.I)


# force nouns that count no people: "the French pullout", "about 20 warplanes"
_NOT_STRENGTH = frozenset({"ones", "presence", "mission", "army", "navy", "air force", "warplanes", "fighter jets", "warships",
                           "coalition", "pullout", "pull-out", "drawdown", "withdrawal"})


@dataclass(frozen=True)
class Cues:
    force_words: list[tuple[str, str]]  # (lower-case word, country), longest first
    force_re: re.Pattern[str]
    noun_re: re.Pattern[str]
    statuses: list[tuple[str, list[GuardedPattern]]]
    negation: re.Pattern[str]
    strength_re: re.Pattern[str]
    numbers: dict[str, int]
    flags_re: re.Pattern[str]
    curated: frozenset[str] = frozenset()  # the lower-case force words of cues.yaml (the rest come from the gazetteer)
    table: dict[str, str] = field(default_factory=dict)  # force_words as a lookup
    countries: frozenset[str] = frozenset()  # every country a force word names
    units: re.Pattern[str] | None = None  # the named units and operations ("Wagner", "Africa Corps")
    missions: frozenset[str] = frozenset()  # lower-case names of regional missions, forces by name alone ("SAMIDRC")
    halts: re.Pattern[str] | None = None  # a withdrawal halted ("froze the planned drawdown"): the force stays


# a UN mission by its full name, whatever the mission: "the United Nations Emergency Force", "the U.N. Protection Force"
# (and one that governs a territory for a time, with troops of its own: "the U.N. Transitional Authority in Cambodia")
_UN_NAME = r"(?:united nations|u\.n\.|un)\s+(?:{word}\s+){{1,3}}?(?:force|mission|operation|authority|administration)"
_UN_NAMED = re.compile(_UN_NAME.format(word=r"(?-i:[A-Z])[\w-]+"), re.I)
# (or named by the country it serves, its word in capitals: "the United Nations Mission in Liberia", not "a U.N. mission
# to Liberia")
_UN_MISSION_IN = re.compile(r"(?:united nations|u\.n\.|un)\s+(?-i:M)ission", re.I)
_NAMED_FOR_COUNTRY = re.compile(r"\s+(in|for)\s+(the\s+)?(?-i:[A-Z])")
_UN_NAMED_LOWER = re.compile(_UN_NAME.format(word=r"[\w-]+"))  # (a key is in lower case, the name's capitals gone)


class _ForceWords(dict[str, str]):
    """The force words by lower-case text, and a UN mission by any full name (UNO)."""

    def __missing__(self, key: str) -> str:
        if _UN_NAMED_LOWER.fullmatch(key):
            return "UNO"
        raise KeyError(key)


@functools.cache
def cues() -> Cues:
    data = load_yaml("presence/cues.yaml")
    table = {w.lower(): c for c, ws in data["forces"].items() for w in ws}
    for w, c in _country_words():
        table.setdefault(w.lower(), c)  # the curated words first: "Niger" is Niger, not a Nigerian form
    words = sorted(table.items(), key=lambda x: -len(x[0]))
    # (not a people's word inside a word of several peoples: "the Inter-American force", "a Pan-African brigade"; and a
    # curated word of two capitals is an acronym, matched in capitals only: "AU troops", not the "au" of Port-au-Prince)
    acronyms = sorted({w for ws in data["forces"].values() for w in ws if len(w) == 2 and w.isupper()})
    lower_acronym = r"(?!(?:" + "|".join(acronyms) + r")(?!\w)(?<!(?-i:" + "|".join(acronyms) + r")))"
    force_re = re.compile(r"(?<![\w.])(?<!inter-)(?<!pan-)" + lower_acronym + "(" + _UN_NAMED.pattern + "|"
                          + word_alternation(w for w, _ in words) + r")(?:'s)?(?![\w])", re.I)
    nouns = sorted(data["force_nouns"], key=len, reverse=True)
    noun_re = re.compile(r"\b(" + "|".join(re.escape(n) for n in nouns) + r")\b", re.I)
    statuses = [(s, [GuardedPattern(re.compile(p, re.I)) for p in ps]) for s, ps in data["statuses"].items()]
    negation = re.compile("|".join(data["negations"]), re.I)
    numbers = {k.lower(): int(v) for k, v in data["numbers"].items()}
    num = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(re.escape(k) for k in sorted(numbers, key=len, reverse=True)) + ")"
    strength_re = re.compile(
        r"\b(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least|an estimated)?\s*" + num
        # (not a span of time or a distance: "a hub that for 12 years moved troops")
        + r"(?!\s+(?:years?|months?|weeks?|days?|hours?|decades?|miles?|km|kilometres?|kilometers?)\b)"
        + r"\s+(?:[\w.-]+\s+){0,4}?(" + "|".join(re.escape(n) for n in nouns if n not in _NOT_STRENGTH) + r")\b",
        re.I,
    )
    curated = frozenset(w.lower() for ws in data["forces"].values() for w in ws)
    units = re.compile(r"\b(" + "|".join(re.escape(u) for u in sorted(data["units"], key=len, reverse=True)) + r")\b", re.I)
    return Cues(words, force_re, noun_re, statuses, negation, strength_re, numbers, re.compile(data["flags"], re.I), curated,
                _ForceWords(words), frozenset(c for _, c in words), units, frozenset(m.lower() for m in data.get("missions") or ()),
                re.compile(data["halts"], re.I) if data.get("halts") else None)


def _country_words() -> list[tuple[str, str]]:
    """Every country's demonyms, their plurals and its short name ("Rwandan", "Rwandans", "Rwanda"), by ISO3."""
    from .gazetteer import Gazetteer, plurals
    from .resources import data_file

    out: list[tuple[str, str]] = []
    lines = data_file("gazetteer/demonyms.tsv").read_text(encoding="utf-8").split("\n")
    for line in [x for x in lines if x and not x.startswith("#")][1:]:
        iso3, form = line.split("\t")[:2]
        out += [(f, iso3) for f in (form, *plurals(form))]
    for country in Gazetteer.load().countries():
        for name in (country.name, *country.variants):
            name = re.sub(r"^the\s+", "", name, flags=re.I)  # "The United States" is "United States"
            if "," not in name and not name.lower().startswith(("republic", "state of", "kingdom", "federal")):
                out.append((name, country.iso3))
    return out


@dataclass(frozen=True)
class _Force:
    country: str
    text: str
    start: int  # offsets in the clause


_NOMINAL = re.compile(r"\b(departures?|withdrawals?|pullouts?|exits?|arrivals?|presence|expulsion|return) of "
                      r"(the |all |its |their )?((about|around|roughly|some|nearly) )?([\d,]+ )?$|\bas part of (the )?$", re.I)


def _nominal(clause: str, at: int) -> bool:
    """Whether the force named at ``at`` is the complement of a noun of change ("the departures of French troops")."""
    return _NOMINAL.search(clause[max(0, at - 40) : at]) is not None


# an invasion begun, which is an army's: "Tanzania invaded Uganda", "launched its intervention"
_INVADING = r"invaded|invades|launched\s+(its|their|an?)\s+([\w-]+\s+)?(intervention|invasion|incursion)"
# what a country that holds troops does next: "France keeps …", "Rwanda began deploying …"
_HOLDS = (r"\s*(also\s+|now\s+)?(has|have|had|keeps?|kept|maintains?|maintained|still|already|first|began|agreed|will|would|withdrew|"
          r"pulled|moved|completed|handed|gave|built|opened|sent|"
          # (a base, a station or a post of its own closed, not a border: "Russia closed its base at Gudauta", "Canada shut
          # its radio station")
          r"(closed|shut|shut\s+down)\s+(its|their)\s+([\w-]+\s+){0,2}?(bases?|air\s*base|garrison|camp|outpost|"
          r"(naval|air|naval\s+air|radio|radar|listening|tracking)\s+(station|post))|flew|deployed|reinforced|reinforces|with\s+(\w+\s+){0,2}bases|"
          # (running a post of its own, or flying from one: "Britain runs a radar station on the island", "flies its
          # patrols from the airfield")
          r"(runs|ran|operates|operated)\s+(\w+\s+){0,3}(stations?|posts?|bases?|facilit(y|ies)|airfields?|outposts?|depots?)|"
          r"(flies|flew)\s+(\w+\s+){0,3}(missions|flights|sorties|patrols)\s+(from|out\s+of)|"
          + _INVADING + r"|"
          r"(is|are|was|were)\s+(also\s+|now\s+)?(sending|deploying|reinforcing|withdrawing|pulling)|"
          r"(was|were|had\s+been|has\s+been|have\s+been)\s+(forced|pushed|kicked|driven|ordered)\s+out|"
          # a headline's present and its "to": "Germany pulls troops out of Niger", "Britain to withdraw troops from Mali"
          r"sends|pulls|withdraws|deploys|moves|hands|completes|begins|starts|"
          r"((is|are)\s+)?to\s+(withdraw|pull|send|deploy|keep|leave|cut|reduce|station|move|end|hand|bring))\b")
# a country's own force named after its verb: "Turkey signaled that its soldiers", "Ankara says its forces"
_OWN = re.compile(r"\s+(\w+\s+){1,8}?(its|their)\s+([\w,]+\s+){0,2}", re.I)  # "… announced in July that it would pull its troops"
# (and further on, past its clause's words of time and address: "told the council the same month that they would
# withdraw their troops")
_OWN_FAR = re.compile(r"\s+(\w+\s+){1,12}?(its|their)\s+([\w,]+\s+){0,2}", re.I)
# the verbs of a blow, after which "its soldiers" are the ones struck, not the striker's
_HARMED = re.compile(r"\b(killed|killing|kills|wounded|wounding|wounds|attacked|attacking|struck|bombed|shelled)\b", re.I)
# a noun phrase of a change that did happen, a reference point: "follows the expulsion of French troops from Mali"
# a treaty's terms for the going of the force named next: "the accord provides for the withdrawal of Cuban troops"
_PROVIDED_FOR = re.compile(r"\b(provid(e|es|ed|ing)|stipulat(e|es|ed|ing))\s+(for\s+)?(the\s+|a\s+)?((full|complete|phased|gradual|total)\s+)?"
                           r"(withdrawal|departure|pullout|pull-out|evacuation|exit|removal)\s+of\s+(the\s+|all\s+)?", re.I)


def _signed_before(text: str, dates: Sequence[EventDate], sentences: Sequence[Sentence], index: int) -> EventDate | None:
    """The date the sentence before tells a deal was signed ("the memorandum signed in London on October 5"), which dates
    the terms a clause of this one gives it ("It provided for the withdrawal of …")."""
    before = next((x for x in sentences if x.index == index - 1), None)
    if before is None:
        return None
    return next((d for d in reversed(dates) if before.start <= (d.start or -1) < before.end
                 and _SIGNED_WHEN.search(text, max(before.start, (d.start or 0) - 60), d.start or 0)), None)
_PAST_NOMINAL = re.compile(r"\b(after|follows|followed|following|since) the (\w+ )?(expulsion|departure|withdrawal|exit|pullout|"
                           r"pull-out|ouster) of (the |all )?$", re.I)


_SUBORDINATE_BEFORE = re.compile(r"\b(when|after|as|while|because|since|before|until|once)\s+(the\s+)?$", re.I)
# (or from its bases there: "reinforcements flew in from French bases in Gabon and Chad")
_FROM_BEFORE = re.compile(r"\bfrom\s+(the\s+)?(([\w-]+\s+){0,2}?(bases?|camps?|garrisons?)\s+(in|at)\s+)?([\w-]+\s*(and|,)\s+)?$", re.I)
# the towns a force's garrisons or camps are in, which are its sites whatever base the clause names
_GARRISONS_IN = re.compile(r"\b(garrisons?|camps|bases|barracks)\s+(in|at)\s+$", re.I)


_PEOPLES_TOWN = re.compile(r"\bthe\s+([A-Z][\w.-]+)\s+(towns?|city|cities|villages?|ports?)\s+of\s+"
                           r"([A-Z][\w'-]+\s*(,|and)\s+)?$")


def _peoples_town(text: str, place: Place) -> str | None:
    """The country a people's word before a town names ("the Soviet town of Termez"), when it is not the gazetteer's."""
    m = _PEOPLES_TOWN.search(text, max(0, (place.start or 0) - 60), place.start or 0)
    if m is None or place.precision != "city":
        return None
    country = cues().table.get(m.group(1).lower())
    return country if country not in (None, place.country, *_MISSIONS) else None


def _country_prefixed_facilities(places: Sequence[Place]) -> list[Place]:
    """A facility the gazetteer does not know, named right after a country ("Kuwait International Airport", read as
    "Kuwait" and "International Airport"): one site in that country, its name whole, and the country no place of its own
    (else the site takes whatever host the clause's context gives)."""
    out: list[Place] = []
    for p in places:
        before = out[-1] if out else None
        if p.precision == "facility" and p.country is None and before is not None and before.precision == "country" \
                and before.country and before.end is not None and p.start == before.end + 1:
            name = f"{before.text} {p.text}"
            out[-1] = replace(p, text=name, name=name, start=before.start, country=before.country)
        else:
            out.append(p)
    return out


def _named_like_country(place: Place) -> Place:
    """A town named like another country is the gazetteer's misreading of that country ("home from Poland", read as a
    town in Maine): the country."""
    named = Gazetteer.load().country_by_name(place.text or "") if place.precision == "city" else None
    if named is None or named.iso3 == place.country:
        return place
    return replace(place, country=named.iso3, precision="country", feature="PCLI", geonameid=None, lat=None, lon=None)


# a force's way in, told before where it set out from: "flown in from Martinique", "brought in from Germany"
_BROUGHT_IN_FROM = re.compile(r"\b(flown|airlifted|shipped|brought|ferried|trucked|moved)\s+in\s+from\s+(the\s+)?$", re.I)


def _came_from(text: str, place: Place) -> bool:
    """Whether ``place`` is named after "from": where a force came from ("flew from Niamey to Mali")."""
    return _FROM_BEFORE.search(text, max(0, (place.start or 0) - 60), place.start or 0) is not None


def _sent_to_mission(text: str, at: int) -> bool:
    """Whether the country named at ``at`` is one of those a mission's troops are said to come from ("AU troops from
    Tanzania and Sudan"): it sends a contingent, it is no host."""
    # (the pattern opens on any word, so it is tried only where its "from" is: most countries have none before them)
    start = max(0, at - 100)
    if "from" not in text[start:at].lower():
        return False
    sent = _CONTRIBUTED.search(text, start, at)
    return sent is not None and cues().table.get(sent.group("org").lower()) in _MISSIONS


_REGIONAL = re.compile(r"\b(?i:soldiers|troops|forces|peacekeepers|contingents)\s+from\s+(several\s+|other\s+|neighbou?ring\s+)?"
                       r"([A-Z][\w-]*\s+){1,2}(states|countries|nations)\b")
# (a region's adjective, not a country's people: not "Central African" or "South African")
_REGION_FORCE = re.compile(r"\b(?-i:West|East|Horn of)\s+African\s+((regional|peacekeeping|intervention|standby)\s+)?"
                           r"(force|forces|troops|soldiers|peacekeepers|contingents?)\b", re.I)
_INVADES = re.compile(rf"\s*({_INVADING})\b", re.I)
_ORDERED_BEFORE = re.compile(r"\b(gave|give|gives|giving|given|granted|grants|ordered|orders|told|tells|asked|asks)\s+(the\s+)?$", re.I)
_TO_GO_AFTER = re.compile(r"\s+(\S+\s+){0,6}?to\s+(leave|withdraw|pull\s+out|depart|get\s+out|go\s+home)\b", re.I)


_EQUIPPED_BEFORE = re.compile(r"\b(equip|equipping|re-equip|re-equipping|rearm|rearming|re-arm|arm|arming|modernise|modernising|"
                              r"modernize|modernizing|rebuild|rebuilding)\s+(the\s+)?$", re.I)
# a country whose verb has its base as object: "Russia has handed the naval and air base at Cam Ranh back to Vietnam"
# (or by the base's name alone: "Britain handed Sharjah Air Base to the emirate")
_HOLDS_BASE = re.compile(r"\s*(\w+\s+){1,3}?((its|their|the)\s+([\w-]+\s+){0,4}?|((?-i:[A-Z])[\w-]+\s+){1,3})(base|airbase|garrison|barracks)\b",
                         re.I)
_MEMBER = re.compile(r"\s+(ally|allies|members?|member (states?|countries|nations)|partners?|countr(y|ies)|states|nations)\b", re.I)
# the names of a list before the last of its countries ("Tanzania and " of "from Tanzania and Sudan")
_NAMES_BEFORE_LAST = r"((?-i:[A-Z])[\w'-]*(\s+(?-i:[A-Z])[\w'-]*){0,2}\s*(,|,?\s+and)\s+(the\s+)?){0,4}$"
# the countries an organisation's troops come from, a list ("AU troops from Tanzania and Sudan"): each sends its own
# (or the force's number in apposition after its name: "the ECOWAS force, about 3,000 soldiers from Nigeria and Ghana")
_CONTRIBUTED = re.compile(r"(?P<org>\S+)(\s+(force|mission),\s+((about|around|some|roughly|nearly|more\s+than|over|up\s+to)\s+)?"
                          r"\d[\d,]*)?\s+(troops|soldiers|peacekeepers|forces|contingents)\s+from\s+(the\s+)?" + _NAMES_BEFORE_LAST,
                          re.I)


# a clause telling what a force is made of: its contingents, units from a list of countries, its number
_MAKEUP = re.compile(r"\bcontingents?\b|\b(battalions|units|companies|detachments)\s+from\b|"
                     r"\bnumbers\s+((about|some|around|roughly|nearly|more\s+than|over)\s+)?\d", re.I)
# a country's share of a force, told by its size or its giving: "Tonga smaller contingents", "provides the largest
# contingent" (the force being the one the story is about, though no mission is named)
_SHARE_OF_FORCE = re.compile(r"\b(smaller|small|largest|biggest|second[- ]largest|main)\s+contingents?\b|"
                             r"\b(provides?|provided|providing|supplies|supplied|supplying|contributes?|contributed|contributing)\s+"
                             r"(the\s+)?([\w-]+\s+){0,2}contingents?\b", re.I)
# the countries of such a list, each with its own contingent ("units from Peru, Benin and Nepal")
_CONTINGENTS_FROM = re.compile(r"\b(contingents?|battalions|units|companies|detachments)\s+from\s+(the\s+)?" + _NAMES_BEFORE_LAST,
                               re.I)
# a clause of what may or is to be, not of what is
_MODAL = re.compile(r"\b(will|would|should|shall|could|may|might|must|is\s+to|are\s+to)\b", re.I)
_PEOPLE_APPOSITIVE = re.compile(r",\s+((?-i:[A-Z])[a-z]+s)(?:\s+and\s+((?-i:[A-Z])[a-z]+s))?\s*,")
# a number that is the force's own, told after its noun: "a Chilean contingent of about 500"
_OWN_NUMBER = re.compile(r"\s+of\s+((about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to)\s+)?\d", re.I)


# the words that may come before a force noun that begins its clause: "About 300 troops from Ghana landed …" (the
# countries after "from" are the subject's, whatever its verb; not "pulled troops from Mali", where they are a place)
_LEADS_CLAUSE = re.compile(r"\s*((the|about|around|some|roughly|nearly|more\s+than|over|up\s+to|several|hundreds\s+of|"
                           r"thousands\s+of|other|more|first|new|fresh|\d[\d,]*)\s+)*", re.I)


# a country's army speaking of its own troops, by "its" or by what it sent: "Turkey's military said that the troops it
# sent into Iraq …", "Kenya's army said its soldiers …"
_ARMY_SAYS_OWN = re.compile(r"(army|military|armed forces)\s+(said|says|announced|reported)\b[^.;]{0,60}?\b(?P<own>(its|their)\s+"
                            r"([\w-]+\s+){0,2}?(troops|soldiers|forces|units)\b|the\s+([\w-]+\s+){0,2}?(troops|soldiers|forces|units)\s+"
                            r"(it|they)\s+(had\s+|has\s+|have\s+)?(sent|deployed|dispatched)\b)", re.I)


@functools.lru_cache(maxsize=1 << 12)
def _force_matches(clause: str) -> tuple[re.Match[str], ...]:
    """The country and force words of a clause (``Cues.force_re``), in order. Kept for the clause: the statement reader
    looks for them in one clause up to four times, and the pattern holds a thousand words."""
    return tuple(cues().force_re.finditer(clause))


def _forces(clause: str) -> list[_Force]:
    """The forces a clause names: a country word next to a force noun, or a country holding troops."""
    c = cues()
    table = c.table
    out: list[_Force] = []
    previous: re.Match[str] | None = None
    matches = _force_matches(clause)
    # (the force nouns are read only beside a country word: most clauses have none)
    nouns = list(c.noun_re.finditer(clause)) if matches else []
    for m in matches:
        country = table[m.group(1).lower()]
        national = previous is not None and not clause[previous.end() : m.start()].strip()
        previous_word = previous.group(1) if previous is not None else ""
        previous = m
        if country == "UNO" and national:
            continue  # "Russian peacekeepers" are Russia's, not a UN mission
        if country in ("IGO", "UNO") and _MEMBER.match(clause, m.end()):
            continue  # "the first NATO ally to bring its combat troops home": a member state's, not the alliance's
        if national and m.group(1).lower() not in c.curated and m.group(1).lower().endswith("s") \
                and table[previous_word.lower()] != country:
            continue  # "Bosnian Serbs": a people of the country named first, not Serbia's
        # an appositive after the country is skipped: "France, Chad's former colonial ruler, prepares to withdraw its …"
        app = _APPOSITIVE.match(clause, m.end()) or _ACRONYM_APPOSITIVE.match(clause, m.end())
        end = app.end() if app is not None and not c.force_re.fullmatch(app.group(1).strip()) else m.end()
        after = clause[end : end + 60]
        base_held = _HOLDS_BASE.match(after) is not None  # "Russia has handed the naval base …": the base is its own
        # (or one that begins inside the force's words: "U.N. peacekeeping" + "peacekeeping force")
        # (or its own, further on, of a country that is the subject: "France's government announced on September 24 that
        # its soldiers would leave"; not "in Afghanistan in July and is bringing most of its soldiers home")
        subject = not _PREPOSITION_BEFORE.search(clause, max(0, m.start() - 20), m.start())
        noun = next((n for n in nouns if 0 <= n.start() - end <= 45 or m.start() <= n.start() < end < n.end()
                     or subject and 45 < n.start() - end <= 90 and _OWN_FAR.fullmatch(clause[end : n.start()])
                     and not re.search(r"\band\b", clause[end : n.start()])), None)
        between = clause[end : noun.start()] if noun else ""
        # "French and Chadian troops", "French, Spanish and Italian troops", and with the second people's number: "1,800
        # American and 350 Italian marines"
        compound = re.fullmatch(r"(,\s+(?-i:[A-Z])[\w.-]+)*,?\s+and\s+\S+\s+|\s+and\s+((about|some|around|roughly|nearly)\s+)?\d[\d,]*\s+(?-i:[A-Z])[\w.-]*\s+",
                                between) is not None
        named = noun is not None and (compound or not re.search(r"(?<!\d),|,(?!\d{3})|;|\b(and|from|with|to|in|of|at|on|against|than|by|since|that|said|says|"
                                                               r"announced|told|after|before|during|until|when|while)\b", between))
        if noun is not None and not named and (_OWN if noun.start() - end <= 45 else _OWN_FAR).fullmatch(between) and subject \
                and not _HARMED.search(between):
            named = True  # "Turkey signaled that its soldiers …": the country's own (not a place's, after a preposition:
            # "admits Libyan troops are still in Chad after its own pullout" is the pullout of the one who admits it; nor
            # the victims of its strike: "a NATO air strike killed 24 of its soldiers" are the other side's)
        if named and not compound and c.force_re.search(between):
            named = False  # "Niger pushed French forces out": the forces are France's
        holds = re.match(_HOLDS, after, re.I)
        # a country given time or told to leave is the force that is to go: "Lisbon gave Washington 90 days to leave"
        ordered = _ORDERED_BEFORE.search(clause, max(0, m.start() - 30), m.start()) is not None \
            and _TO_GO_AFTER.match(clause, m.end()) is not None
        # a country after a preposition is no subject ("soldiers sent from Germany began arriving"), unless it owns the
        # force noun before it ("troops from Chad", "troops of the Collective Security Treaty Organization")
        owner = _owned_noun().search(clause, max(0, m.start() - 60), m.start())
        if holds and owner is None and _PREPOSITION_BEFORE.search(clause[max(0, m.start() - 20) : m.start()]):
            holds = None
        if holds and not named:
            ahead = next((n for n in nouns if n.start() > m.end()), None)
            if ahead is not None and c.force_re.search(clause[m.end() : ahead.start()]) and not base_held:
                holds = None  # "Chad has been one of the countries where French troops are": the troops are not Chad's
                # (but "France handed over its base in Kidal to the Malian army": the base is France's)
        if named and noun is not None and re.match(r"\s+(chief|commander|head|spokes\w+|officials?|officer|attach|government|junta|rulers?|"
                                         r"leaders?|regime|authorities|cooperation|agreements?|accords?|ties|support|aid|partners?|allies|ally|"
                                         r"sources?|said|says|say|told)\b",
                                         clause[noun.end() :], re.I):
            # (but an army speaking of its own troops speaks of the country's force: "Turkey's military said that the
            # troops it sent into Iraq had returned")
            if (own := _ARMY_SAYS_OWN.match(clause, noun.start())) is not None:
                out.append(_Force(country, own.group("own"), own.start("own")))
            continue  # "Chad's air force chief", "an Indian army officer": a person, not the force
        if named and _EQUIPPED_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
            continue  # "promised to help re-equip the Tajik army": an army supplied, not a force sent anywhere
        if _nominal(clause, m.start()) and not _PAST_NOMINAL.search(clause[max(0, m.start() - 60) : m.start()]) \
                and not re.search(_PROVIDED_FOR.pattern + "$", clause[max(0, m.start() - 70) : m.start()], re.I) \
                and not (c.halts is not None and any(h.end() >= m.start() - 45 for h in c.halts.finditer(clause[: m.start()]))):
            continue  # (but "froze the pullout of U.S. troops": the force whose withdrawal is halted stays)  # "the recent departures of French troops from Mali": a noun phrase, no verb of theirs in the clause
        operation = m.group(1).lower().startswith(("operation", "wagner", "africa co", "barkhane")) or (
            country == "UNO" and m.group(1).isupper() and len(m.group(1)) >= 4) or (  # a UN mission's acronym: "MONUSCO"
            _UN_NAMED.fullmatch(m.group(1))) or (  # or its full name: "the United Nations Emergency Force"
            _UN_MISSION_IN.fullmatch(m.group(1)) and _NAMED_FOR_COUNTRY.match(clause, m.end())) or (  # "the U.N. Mission in Liberia"
            m.group(1).lower() in c.missions) or (  # a regional mission's: "SAMIDRC"
            re.search(r"\S\s+(peacekeepers|peacekeeping force|troops|soldiers|forces)$", m.group(1), re.I) is not None)  # "UN peacekeepers"
        if operation and not named and m.group(0).endswith("'s") and not c.noun_re.match(clause, m.end() + 1):
            operation = False  # "much of Wagner's work": the unit's work, not the unit
        if holds and not named and m.group(1).lower() not in c.curated and not any(n.start() > m.end() for n in nouns) \
                and not _INVADES.match(after) and not base_held:
            # (an invasion is an army's: "Tanzania invaded Uganda"; so is a base: "Russia handed the naval base back")
            continue  # any country may hold troops ("Rwanda began deploying 1,000 soldiers"), not just "remain" somewhere
        if country not in _MISSIONS and _sent_to_mission(clause, m.start()):
            # "About 1,500 AU troops from Tanzania and Sudan came ashore": each country's contingent of the force, not
            # where it is
            out.append(_Force(country, m.group(0), m.start()))
            continue
        if owner is not None and (owner.group(2).lower() == "of" or _COMPANION.search(clause, 0, owner.start())
                                  or _LEADS_CLAUSE.fullmatch(clause, 0, owner.start())) \
                and not named and not holds \
                and not _nominal(clause, owner.start()) \
                and not re.search(r"(\b(its|their|his|her|our)|'s)\s+(\S+\s+){0,2}$", clause[: owner.start()], re.I) \
                and not c.force_re.search(clause, max(0, owner.start() - 25), owner.start()):
            # "troops of the Collective Security Treaty Organization": the organisation's (not "French troops of …")
            out.append(_Force(country, clause[owner.start() : m.end()], owner.start()))
            continue
        if named or holds or operation or ordered:
            text = clause[m.start() : noun.end()] if named and noun else m.group(0)
            if text.endswith("ones") and not any(n.group(1).lower() != "ones" for n in nouns):
                continue
            out.append(_Force(country, text, m.start()))
    # soldiers of several states of a region are a regional force: "troops from West African states are arriving"
    # and so are the soldiers of a region's force, named by the region: "a West African regional force"
    for r in [*_REGIONAL.finditer(clause), *_REGION_FORCE.finditer(clause)]:
        if not any(f.start <= r.start() < f.start + len(f.text) + 60 for f in out):
            out.append(_Force("IGO", r.group(0), r.start()))
    # a subject of several countries holds troops together: "Japan and Italy also keep troops there"
    # (and so does each country of a longer list, back to its first: "The United States, Canada and Britain said that
    # their trainers would leave")
    taken = {f.start for f in out}
    shared: set[int] = set()
    for m, nxt in reversed(list(zip(matches, matches[1:], strict=False))):
        if nxt.start() in taken \
                and _listed(clause, m.end(), nxt.start(), nxt.end()) \
                and (re.match(_HOLDS, clause[nxt.end() :], re.I) or nxt.start() in shared
                     # (or owning the forces named further on together: "Britain and France said that they would pull
                     # their troops out")
                     or any(f.start == nxt.start() and re.search(r"\btheir\b", f.text) for f in out)) \
                and not _nominal(clause, m.start()):
            shared.add(m.start())
            if m.start() not in taken:
                out.append(_Force(table[m.group(1).lower()], m.group(0), m.start()))
                taken.add(m.start())
    # a people named beside a force shares its noun: "South African soldiers … were among the first to leave,
    # alongside Tanzanians"
    for m in matches:
        if out and m.start() not in taken and _PEOPLE.fullmatch(m.group(1)) \
                and any(f.start < m.start() for f in out) and _ALONGSIDE.search(clause[max(0, m.start() - 25) : m.start()]):
            out.append(_Force(table[m.group(1).lower()], m.group(0), m.start()))
            taken.add(m.start())
    # a mission's troops named by the people they are, set off by commas: "The first U.N. troops, Nepalese, flew in"
    for f in [f for f in out if f.country in _MISSIONS]:
        if (a := _PEOPLE_APPOSITIVE.match(clause, f.start + len(f.text))) is not None:
            out += [_Force(table[g.lower()], g, a.start(k)) for k, g in enumerate(a.groups(), 1) if g and g.lower() in table]
    out.sort(key=lambda f: f.start)
    seen: set[str] = set()
    return [f for f in out if not (f.country in seen or seen.add(f.country))]  # type: ignore[func-returns-value]


def _listed(clause: str, end: int, start: int, after: int) -> bool:
    """Whether the names ending at ``end`` and spanning ``start``-``after`` are neighbours in one list: "Japan and Italy",
    "Belgium, the Netherlands and Luxembourg" (a bare comma before "the" only when the list goes on after the second
    name: not "In neighbouring Chad, the United States moved …")."""
    between = clause[end:start]
    if re.fullmatch(r"\s*(,|and|,\s*and)\s*|\s*,?\s*and\s+the\s+", between):
        return True
    return re.fullmatch(r"\s*,\s*the\s+", between) is not None and re.match(r"\s*(,|,?\s+and)\s", clause[after:]) is not None


@functools.cache
def _owned_noun() -> re.Pattern[str]:
    """A force noun owned by the country named next: "troops from Chad", "soldiers of the CSTO", and by each country of
    a list after it: "troops from Tanzania and Sudan"."""
    nouns = sorted(load_yaml("presence/cues.yaml")["force_nouns"], key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in nouns if n not in _NOT_STRENGTH)
    # (and with a second noun sharing the list: "soldiers and policemen from Ghana and Togo"; and set off by a comma:
    # "its first troops, from Ghana, landed")
    return re.compile(r"\b(" + alternation + r")(?:\s+and\s+(?-i:[a-z]+))?(?:\s+|,\s+(?=from\b))(from|of)\s+(the\s+|an?\s+)?"
                      + _NAMES_BEFORE_LAST, re.I)


_LED = re.compile(r"\.?-(led|backed|based|sponsored|supported|allied|brokered|funded|trained|armed|aligned)\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(from|in|into|to|of|at|by|with|for|against|across|through|near|towards?|on)\s+(the\s+)?$", re.I)
# a noun phrase set off by commas, with a common noun and no list or clause in it: ", Chad's former colonial ruler,"
_APPOSITIVE = re.compile(r",\s+((?!(and|or|which|who|whose|where|when|while|but|as|after|before|if)\b)(?=[^,;]*\b[a-z]{3,}\b)"
                         r"(?![^,;]*\b(and|or|said|says|told)\b)[^,;]{3,60}),(?=\s)")
# and a name spelt by its acronym alone: "The UN mission, UNTAC, has about 16,000 troops in Cambodia"
_ACRONYM_APPOSITIVE = re.compile(r",\s+((?-i:[A-Z][A-Z0-9-]{2,})),(?=\s)")
# a force that goes with another, named by where it is from: "together with about 500 police officers from the Emirates"
_COMPANION = re.compile(r"\b(together with|along with|alongside|joined by|accompanied by)\s+((about|around|some|roughly|nearly|"
                        r"more than|up to)\s+)?([\d,]+\s+)?([a-z]+\s+)?$", re.I)
_ALONGSIDE = re.compile(r"\b(alongside|along with|together with|as well as)\s+(the\s+)?$", re.I)
_PEOPLE = re.compile(r"[A-Z][a-z]+(s|ese)")  # a people named alone: "Tanzanians", "the Senegalese"
_THE_BEFORE = re.compile(r"\bthe\s+((first|last|final|remaining)\s+)?$", re.I)  # "the Nigerians", "the first Brazilians"
# a people whose name is its adjective, standing alone before a verb or a stop: "most of the British have now gone home"
# (not "the British embassy", where the word qualifies the noun after it)
_ADJECTIVE_PEOPLE = re.compile(r"[A-Z][a-z]+(sh|ch)")
_PEOPLE_VERB_AFTER = re.compile(r"\s*[,.;]|\s*$|\s+(have|has|had|were|are|was|is|will|would|also|still|now|then|began|left|withdrew|"
                                r"pulled|moved|landed|arrived|came|went|stayed|remained)\b", re.I)


# the comma that closes a relative clause, before its head's own verb: "France, which keeps its headquarters in
# N'Djamena, announced in June …", or its auxiliary: "Spain, which has 600 troops in Lebanon, is keeping them there"
_RELATIVE_END = re.compile(r",\s+(?=(also\s+|later\s+|then\s+)?(announced|said|says|agreed|decided|warned|told|insisted|denied|"
                           r"(is|are|was|were|has|have|had|will|would)\s+(also\s+|now\s+|still\s+)?\w+(ing|ed)\b|"
                           # or being somewhere: "New Zealand's battalion, which moved down from Malaysia, has been at
                           # the barracks since June"
                           r"(has|have|had)\s+(also\s+|now\s+|still\s+|long\s+)?been\s+(in|at|on|there|based|stationed)\b|"
                           # or a verb of its own on what is its own: "Denmark, whose troops served in Iraq, brought its
                           # battalion home"
                           r"(\w+ed|brought|sent|took|kept|withdrew|began|left|flew|pulled)\s+(its|their)\b|"
                           # or a going of its own told by its time: "American troops, who ran the supply route, left at the
                           # end of last year"
                           r"(left|withdrew|departed|arrived)\s+(at|in|on|by|last|early|late|before|after)\b))", re.I)


def _clauses(sentence: str) -> list[str]:
    """The sentence's clauses; a relative clause set off by commas ends where its head's verb begins, so that what
    the relative clause places ("keeps its headquarters in N'Djamena") is not what the head's verb says ("announced
    that it would cut its troops in the Sahel")."""
    out: list[str] = []
    pos = 0
    for part in _CLAUSE.split(sentence):
        at = sentence.find(part, pos)
        pos = at + len(part)
        end = _RELATIVE_END.search(part) if _RELATIVE_BEFORE.search(sentence[:at]) else None
        out += [part[: end.start()], part[end.end() :]] if end is not None else [part]
    return out


_ASIDE_BEFORE = re.compile(r",\s+(whose|who|which)\b[^,;]*$", re.I)  # an open relative clause set off by commas
_OF_STRENGTH = re.compile(r"\s+of\s+((about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to)\s+)?\d[\d,]*\s+[\w-]+$", re.I)
_PLACE_BEFORE = re.compile(r"\b(in|into|to|from|at|across|through|within|inside|near)\s+(the\s+)?([a-z]+ern\s+)?$", re.I)


# the peoples a force is drawn from, told by their words alone after it: "soldiers from five countries, but mostly
# Nigerian and Ghanaian", "Several hundred African soldiers, most of them Senegalese" (or by their countries: "most of
# them from Nigeria and Ghana")
_MOSTLY = re.compile(r",?\s+(but\s+)?(mostly|most\s+of\s+them|many\s+of\s+them|largely|mainly|chiefly)\s+(from\s+(the\s+)?)?"
                     r"(?P<peoples>(?-i:[A-Z])[\w-]+((\s*,\s*|,?\s+and\s+)(?-i:[A-Z])[\w-]+)*)")


def _peoples_of_makeup(clause: str) -> list[_Force]:
    """The national forces a clause names by their peoples' words after a force it names ("mostly Nigerian and
    Ghanaian"), each a force of its own (the caller drops those a force's own name covers: "most of them Russian
    paratroopers")."""
    table = cues().table
    out = []
    for m in _MOSTLY.finditer(clause):
        if not cues().noun_re.search(clause, 0, m.start()):
            continue  # the makeup of something that is no force: "a crowd, mostly Kenyans"
        for w in re.finditer(r"(?-i:[A-Z])[\w-]+", m.group("peoples")):
            country = table.get(w.group(0).lower())
            if country is not None and country not in _MISSIONS:
                out.append(_Force(country, w.group(0), m.start("peoples") + w.start()))
    return out


def _relative_head(before: str, clause: str = "") -> _Force | None:
    """The force a relative clause speaks of: the sentence so far is just its name ("France, which …"), or ends in it;
    a country that ends it holds the troops its relative clause gives it ("The move alarmed Rwanda, which keeps …")."""
    m = re.fullmatch(r"\s*(?:the\s+)?(.+?),\s+(?:which|who|whose)\s+", before, re.I)
    if m is None:
        return None
    c = cues()
    f = c.force_re.fullmatch(m.group(1))
    if f is None and not re.search(r"\b(in|of|from|to|at|on|with|for|by)\b", m.group(1)) and c.units is not None:
        # a noun phrase that ends in a unit's name: "The Russian defence ministry's Africa Corps, which …"
        u = next((u for u in c.units.finditer(m.group(1)) if u.end() == len(m.group(1))), None)
        f = c.force_re.search(m.group(1), u.start()) if u else None
    if f is None:
        # a force that ends the clause before: "work with Russian mercenaries of the Wagner Group, who have been
        # deployed …", "Burundian soldiers, who arrived in March, …"
        last = next(reversed(list(c.force_re.finditer(before))), None)
        # (not a place the sentence names: "deployed to Mali, which has hosted French troops since 2013", "the UN
        # force in southern Lebanon, which has about 4,500 troops")
        placed = last is not None and _PLACE_BEFORE.search(before[: last.start()]) is not None
        # (its strength told after the noun: "the Greek contingent of about 800 soldiers, which …")
        noun_phrase = _OF_STRENGTH.sub("", before[last.end() : m.end(1)].strip()) if last is not None else ""
        # (and its kind or its unit's number and name before the noun: "New Zealand's infantry battalion, which …", "The
        # British 1st Airborne Division, which …")
        noun_phrase = re.sub(r"^([a-z][\w-]*\s+|\d+(st|nd|rd|th)\s+|(?-i:[A-Z])[a-z]+\s+(?=(?-i:[A-Z]))){1,3}(?=[\w-]+$)", "",
                             noun_phrase)
        if last is not None and c.noun_re.fullmatch(noun_phrase or "force") and not placed \
                and c.table[last.group(1).lower()] in {x.country for x in _forces(before[: m.end(1)])}:
            return _Force(c.table[last.group(1).lower()], before[last.start() : m.end(1)], 0)
        if last is not None and last.end() == m.end(1) and re.match(_HOLDS, clause, re.I) and c.noun_re.search(clause) and not placed:
            return _Force(c.table[last.group(1).lower()], last.group(0), 0)
        if last is not None and last.end() == m.end(1) and before.rstrip().lower().endswith("whose") \
                and _WHOSE_FORCE.match(clause) and not placed:
            return _Force(c.table[last.group(1).lower()], last.group(0), 0)  # "France, whose garrisons …": France's
        # a force named first and placed after: "The U.N. peacekeeping force in southern Lebanon, which has …"
        first = c.force_re.match(m.group(1))
        if first is not None and c.noun_re.match(m.group(1), first.end() + 1) and re.match(_HOLDS, clause, re.I):
            return _Force(c.table[first.group(1).lower()], m.group(1), 0)
    return _Force(c.table[f.group(1).lower()], m.group(1), 0) if f else None


# a force a relative clause gives the country before it, and places: "France, whose garrisons in West Berlin …",
# "Italy, whose 300 soldiers at the airport …" (not "Chad, whose soldiers make up most of the force": placed nowhere)
_WHOSE_FORCE = re.compile(r"\s*([\w,-]+\s+){0,2}?(troops|soldiers|forces|garrisons?|contingents?|units|bases|peacekeepers|marines)\s+"
                          r"((stationed|based|deployed)\s+)?(in|at|on)\s+(the\s+)?(?-i:[A-Z])", re.I)
_LIST_BETWEEN = re.compile(r"\s*(,|,?\s+and)\s+(the\s+)?")


def _sharing_noun(before: str, head: _Force, named: Sequence[_Force]) -> list[_Force]:
    """The other peoples or countries of a list that ends in a relative clause's head: sharing its noun ("Saudi and
    Sudanese soldiers, who …": the Saudis too) or its relative clause ("The United States, Britain and France, whose
    garrisons …"), not already among ``named``."""
    countries = {head.country, *(f.country for f in named)}
    sharing = [_Force(f.country, f.text, 0) for f in _forces(before) if f.country not in countries
               and f.text.endswith(head.text) and len(f.text) > len(head.text)]
    words = list(cues().force_re.finditer(before))
    listed: list[_Force] = []
    if words and before[words[-1].start() :].startswith(head.text):
        for prev, cur in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
            if not _LIST_BETWEEN.fullmatch(before, prev.end(), cur.start()):
                break
            listed.append(_Force(cues().table[prev.group(1).lower()], prev.group(0), 0))
    return sharing + [f for f in listed if f.country not in countries]


def _headquarters_owner(text: str, town: Place, ctx: _Context, prior: _Force | None, index: int) -> _Force | None:
    """The force whose headquarters a clause places in ``town`` with no force of its own named: the mission named before
    for "its" or "the force's", else the force just spoken of ("their", "whose")."""
    mission = ctx.mission if ctx.mission is not None and index - ctx.mission_sentence <= 8 else None
    hq = _HEADQUARTERS_IN.search(text, max(0, (town.start or 0) - 80), town.start or 0)
    if hq is not None and hq.group(1).lower() in ("their", "whose"):
        return prior or mission
    return mission or prior


def _placed(force: _Force, town: Place, out: Sequence[Presence], home: str | None) -> bool:
    """Whether ``town`` lies where the article places ``force``: in ``home``, the country it is about, or in one an
    earlier statement put the force in (a headquarters abroad may be the force's home command's)."""
    return town.country == home or any(p.force.country == force.country and p.host == town.country for p in out)


def _subject(clause: str) -> _Force | None:
    """A country that opens a clause as its subject ("Turkey has become …"), for a pronoun after it."""
    c = cues()
    m = c.force_re.match(clause.lstrip())
    if m is None or not re.match(r"\s+(has|have|had|is|was|also|still|will)\b", clause.lstrip()[m.end() :]):
        return None
    return _Force(c.table[m.group(1).lower()], m.group(0), 0)


def _flag_forces(clause: str) -> tuple[list[_Force], int]:
    """The countries whose flags fly in the clause ("the American and Nigerien flags side by side"), and the cue's offset."""
    c = cues()
    m = c.flags_re.search(clause)
    if m is None:
        return [], -1
    table = c.table
    out: list[_Force] = []
    end = m.start()
    for f in reversed(list(c.force_re.finditer(clause[: m.start()]))):
        if not re.fullmatch(r"\s*(,|and|,\s*and)?\s*", clause[f.end() : end]):
            break  # only the words naming the flags, next to each other
        out.insert(0, _Force(table[f.group(1).lower()], f.group(0), f.start()))
        end = f.start()
    return out, m.start()


_MONTH_BEFORE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I)


@functools.cache
def _elided_strength() -> re.Pattern[str]:
    """A number whose force noun is left out after a stated strength: "2,500 troops in Iraq and 900 in Syria"."""
    num = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(re.escape(k) for k in sorted(cues().numbers, key=len, reverse=True)) + ")"
    return re.compile(r"(?:,|\band)\s+(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least|another|"
                      r"a further)?\s*" + num + r"\s+(?:more\s+)?(?:in|at)\b", re.I)


def _strengths(clause: str) -> list[tuple[int, int]]:
    """Each troop number the clause states, with its offset; a number whose noun is left out counts after one that
    has it."""
    c = cues()
    found: list[tuple[int, int]] = []
    stated = list(c.strength_re.finditer(clause))
    elided = [m for m in _elided_strength().finditer(clause) if stated and m.start() > stated[0].start()]
    for m in sorted(stated + elided, key=lambda m: m.start(1)):
        raw = m.group(1).lower()
        value = c.numbers.get(raw) or int(raw.replace(",", "")) if raw[0].isdigit() or raw in c.numbers else None
        if value is None or (1900 <= value <= 2100 and "," not in raw) or _MONTH_BEFORE.search(clause[: m.start(1)]):
            continue  # a year, or a day of the month ("on September 24 that the soldiers …")
        if not any(o == m.start(1) for o, _ in found):
            found.append((m.start(1), value))
    return found


def _strength(clause: str, force: _Force) -> int | None:
    """The number nearest the force."""
    best = min(_strengths(clause), key=lambda n: abs(n[0] - force.start), default=None)
    return best[1] if best else None


def _host_strength(clause: str, host_at: Sequence[tuple[int, str]], host: str) -> int | None:
    """The number tied to one of several hosts: the last one stated before the host is named and after the host
    named before it ("about 2,500 troops in Iraq and 900 in Syria": Syria's is 900; "2,500 in Iraq and Syria": none
    is Syria's alone)."""
    numbers = _strengths(clause)
    previous = -1
    for at, country in sorted(host_at):
        if country == host:
            mine = [v for o, v in numbers if previous < o < at]
            return mine[-1] if mine else None
        previous = at
    return None


# a force that drives someone out (active, not "were driven out"): the cue is said of those it drives out
# the last of a force to leave, an infinitive that tells who left last: "was the last of his soldiers to leave the
# country" (not "the last troops are due to leave")
_LAST_TO_GO = re.compile(r"\b(last|final)\b(?![^.;]*?\b(due|set|expected|scheduled|will|would|shall|is|are|plans?|going)\s+to\b)"
                         r"[^.;]{0,60}?\b(troops?|soldiers?|forces|units?|ones|m[ae]n|personnel|contingents?|peacekeepers?|marines?|"
                         r"officers?|servicem[ae]n|of them)"
                         r"\s+to\s+(leave|withdraw|pull out|depart)\b", re.I)
_DROVE_OUT = re.compile(r"(pushed|forced|kicked|drove)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(was|were|been|being|be|is|are|got|get)\s+(\w+\s+)?$", re.I)
_PLANNED = re.compile(r"\b(due|set|expected|scheduled|poised|about|yet|going|plans?|planned|planning|hopes?|hoped|wants?|wanted|"
                      r"offered|offers|pledged|pledges|promised|promises|agreed|agrees|proposed|proposes|ready|willing) to\s+(be\s+)?$", re.I)
_POSSIBLE = re.compile(r"\b(could|might|may)\s+(\w+\s+)?(be\s+)?$", re.I)
# a post to come: "will be based", "are to be stationed", "will guard" (not a stay: "will stay", "will keep")
_TO_BE = re.compile(r"\b(will|would|shall|is\s+to|are\s+to)\s+(then\s+|also\s+|later\s+)?(be\s+)?$", re.I)
_LEFT_BEHIND = re.compile(r"\b(remaining|residual|rest\s+of|who\s+(stay|remain))\b", re.I)
_STATIONING = re.compile(r"(stationed|based|deployed|garrisoned|guard|guards|guarding)\b", re.I)
# a departure that was planned, and a stay that replaces it: "troops that were due to leave when the drills ended will stay on"
_PAST_PLAN = re.compile(r"\b(was|were|had been)\s+(due|supposed|scheduled|expected|set|meant)\s+to\s+\w+$", re.I)
_STAYS_ON = re.compile(r"\b(will|would|to|now)\s+(stay|remain)\b|\b(stay|stays|stayed|remain|remains|remained)\s+(on|behind|in place)\b",
                       re.I)
# a presence told with its start, kept beside the change that ends it and dated by it: "ending a presence that began in 1960"
_PRESENCE_BEGAN = re.compile(r"\bpresence that (began|begun|started|opened)\b", re.I)
# a presence kept since then: "has kept troops in the north since it invaded in 1974" (there now, arrived then)
_KEPT_SINCE = re.compile(r"\b(has|have)\s+(kept|maintained|had|stationed)\b[^.;]{0,80}\bsince\b", re.I)
_CONDITION = re.compile(r"\b(if|unless|whether)\b", re.I)
# someone asking a force, or its commander, to go: "urged Paris to withdraw", "a letter asking him to pull out"
_ASKED = re.compile(r"\b(ask|asks|asked|asking|urge|urges|urged|urging|request|requests|requested|requesting|call(s|ed|ing)? on|"
                    r"press(es|ed|ing)?|demand(s|ed|ing)?)\s+(\S+\s+){1,4}?$", re.I)
# a condition told after the going it holds back: "will withdraw unless …", "will leave once the reasons no longer exist",
# "will go home when conditions allow"
# a going only asked about: "asked when the troops would come home, the minister would not say"
_ASKED_WHEN = re.compile(r"\b(asked|asking|asks|ask|question(ed|s)?|wonder(ed|s)?|unclear|not\s+(say|said|know|known))\b[^.;]{0,50}?"
                         r"\b(when|how\s+soon|whether)\s+(\S+\s+){0,6}$", re.I)
_CONDITION_AFTER = re.compile(r"\b(unless|if)\b|\b(once|when|as soon as)\b[^.;]{0,60}?\b(no longer|allows?|permits?)\b", re.I)
# a going its speaker promises for a time to come that hangs on a state of things: "would come home once the general
# was in custody" (not a going others want: "wants them to leave once the fighting is over")
_PROMISED_ONCE = re.compile(r"\b(would|will|shall)\s+(\w+\s+){0,2}$")
_ONCE_AFTER = re.compile(r"\s+(\w+\s+){0,8}?(?<!\bat\s)(once|as soon as)\b(?!\s+(possible|practicable|feasible))", re.I)


def _promised_once(text: str, start: int, end: int) -> bool:
    """Whether the going cued at ``text[start:end]`` is promised on a condition ("would come home once …")."""
    return bool((_PROMISED_ONCE.search(text, max(0, start - 30), start) or _PROMISED_ONCE.search(text[start:end] + " "))
                and _ONCE_AFTER.match(text, end))
# a force leaving a post of its own that no place after it puts anywhere moves inside the host: "the contingent left its
# camp at Christmas and has since held positions along the road" (not "left its base at Sharjah" or "its bases in the
# far north", places it goes from)
_OWN_POST_LEFT = re.compile(r"(left|leaves|leaving|quit|abandoned|moved out of|pulled out of|withdrew from) (its|their) (own )?"
                            r"([\w-]+ )?(camps?|barracks|bases?|positions?|quarters|posts?|billets)\b(?!\s+(in|at|on|near|outside|"
                            r"around)\s+(?!(christmas|easter|dawn|dusk|night|noon|midnight|the (weekend|end|start)|(mon|tues|wednes|thurs|fri|"
                            r"satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)\w)", re.I)
_CROSSING_OUT = 100  # a leaving cue this near a crossing (in characters) says the crossing is the way out
# a force's surrender ("the garrison laid down its arms") ends a presence the article tells of otherwise; alone it says
# nothing of whose ground it was ("the garrison in the province surrendered" may be a state's own army at home)
_SURRENDER = re.compile(r"(?<!to )(?<!would )(?<!will )\b(surrendered|capitulated|laid down (its|their) (arms|weapons))\b", re.I)
_OTHERS_SEIZED = re.compile(r"\b(after|before|since|when|until|once)\s+((\S+\s+){0,4})$", re.I)  # who seized a town, told in a subordinate clause
# a person by title and name, the subject of the cue after it: "hours after President Ortega left the country" (the
# leader goes, not the force the clause is about)
_PERSON_BEFORE = re.compile(r"\b(President|Prime Minister|Premier|King|Queen|Emperor|Shah|Chancellor|Pope|Sheikh|Emir)\s+"
                            r"([A-Z][\w.'-]*\s+){1,3}$")
# what a cut falls on, when no force does: "will cut the price of the gas it sells" (not "will halve its 2,000
# soldiers", "to reduce the number of its soldiers", "would cut the size of its garrison", "will cut them by half")
_CUT_VERB = re.compile(r"(reduce|cut|halve|shrink|scale back|reducing|cutting|halving|shrinking|scaling back)$", re.I)
_CUT_OBJECT = re.compile(r"\s+(the|its|their|his|her|a|an)\s+([^.;,]|(?<=\d),(?=\d)){0,70}", re.I)
_CUT_FORCE = re.compile(r"\b(number|numbers|size|strength|footprint|presence|deployment|levels?|ranks)\b", re.I)
# no force at all, the subject of the cue: "no American troops would be deployed on the ground"
_NO_FORCE = re.compile(r"\bno\s+([\w.-]+\s+){0,2}(troops|soldiers|forces|personnel|units)\s+(\w+\s+){0,3}$", re.I)
# and so is a holding cue whose force is "no" force: "has said that no U.S. troops will go ashore" (not "no fewer than")
_NO_FORCE_HELD = re.compile(r"\bno\s+(?!(fewer|less|more)\b)([\w.-]+\s+){0,2}[\w.-]+$", re.I)


# a status denied by the lack of any sign of it, the cue told further on: "we have seen nothing to suggest that any unit
# is still there", "there was no sign that the troops had left"
_NO_SIGN = re.compile(r"\b(nothing|no\s+(sign|signs|evidence|indication|trace))\s+(to\s+(suggest|show|indicate)\s+)?(that|of)\b[^.;]*$",
                      re.I)


_TAKEN = re.compile(r"(took|overran|stormed)\b", re.I)
_TAKEN_BY_FORCE_WITHIN = 80  # characters from the force noun to the verb that takes a town


def _taken_by_others(clause: str, at: int) -> bool:
    """A town taken is a force's arrival only when a force noun stands just before the verb, with no comma between
    ("Chinese troops attacked … and took the town of Tawang"); else the taker is a subject of its own."""
    nouns = list(cues().noun_re.finditer(clause, 0, at))
    return not nouns or at - nouns[-1].end() > _TAKEN_BY_FORCE_WITHIN or re.search(r"[,;]", clause[nouns[-1].end() : at]) is not None


# a force given the right to use bases, not placed at them: "an accord that gives U.S. forces access to the air bases",
# "granted the Soviet navy access to the port"
_ACCESS_GIVEN = re.compile(r"\b(give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|allowing|offer|offers|"
                           r"offered|offering|gain|gains|gained|gaining|seek|seeks|sought|seeking|win|wins|won)\s+([\w.'’-]+\s+){0,4}?"
                           r"access\s+to\b", re.I)


def _status_cues(clause: str) -> list[tuple[str, int]]:
    """Each status the clause states, with the offset of its cue; a negated cue reads as ``present``."""
    c = cues()
    found: list[tuple[str, int]] = []
    lower = clause.lower() if clause.isascii() else None
    for status, patterns in c.statuses:
        # the earliest cue of each status, so that it sits next to its subject
        matches = sorted((m for p in patterns if (m := p.search(clause, lower)) is not None), key=lambda m: m.start())
        for m in matches[:1]:
            before = clause[max(0, m.start() - 25) : m.start()]
            if _CONDITION.search(clause[max(0, m.start() - 40) : m.start()]):
                continue  # "if the Saudi army entered Syria", "if they had not left by then": a condition, not a report
            if c.negation.search(before) or c.negation.search(m.group(0)) or _NO_FORCE.search(clause, max(0, m.start() - 60), m.start()) \
                    or _NO_FORCE_HELD.search(m.group(0)) or _NO_SIGN.search(clause, max(0, m.start() - 70), m.start()):
                if status in ("withdrawn", "withdrawing", "withdrawal_announced"):
                    found.append(("present", m.start()))  # "has no plans to withdraw its troops": they stay
                continue
            if status in ("withdrawn", "withdrawing") and _OWN_POST_LEFT.match(clause, m.start()):
                found.append(("present", m.start()))
                continue
            if status == "arriving" and re.match(r"cross|dr[io]v|roll", m.group(0), re.I) \
                    and any(st in ("withdrawn", "withdrawing") and abs(o - m.start()) <= _CROSSING_OUT for st, o in found):
                continue  # "crossed the border on Friday, the last of his soldiers to leave": crossing out, not in
                # (not a leaving told far on, of another force: "crossed into Uganda …, after throwing back Ugandan
                # troops who … held it until November")
            if status == "arriving" and m.group(0).lower().startswith("seiz") and (other := _OTHERS_SEIZED.search(clause, 0, m.start())) \
                    and not cues().noun_re.search(other.group(2)) and not cues().force_re.search(other.group(2)):
                continue  # "stayed after the rebels seized the town": a subject of its own, no force
            if status == "arriving" and _TAKEN.match(m.group(0)) and _taken_by_others(clause, m.start()):
                continue  # "where American advisers serve, the guerrillas took Nam Tha": another subject's town
            if status != "withdrawal_announced" and _PERSON_BEFORE.search(clause, max(0, m.start() - 60), m.start()):
                continue  # "after President Ortega left the country": a leader's going, not a force's (but a leader's
                # word is the announcement: "President Ortega announced that the troops would leave")
            if status == "arriving" and (_PLANNED.search(clause[max(0, m.start() - 40) : m.start()])
                                         or _POSSIBLE.search(clause, max(0, m.start() - 30), m.start())):
                continue  # "were due to arrive in January", "has offered to send": a plan, not an arrival (nor a
                # possibility: "more troops could be sent to the border")
            if status in ("present", "arriving") and _ACCESS_GIVEN.search(clause, 0, m.start()):
                continue  # "gives U.S. forces access to the air bases at Palanquero and the navy's bases at Cartagena": a
                # right to use the host's bases, no force there yet
            if status == "present" and _STATIONING.match(m.group(0)) and _TO_BE.search(clause, max(0, m.start() - 30), m.start()) \
                    and not _LEFT_BEHIND.search(clause):
                continue  # "they will be based in the capital", "will guard the airport": where they are to serve, not yet
                # (but where those who stay will be is where they are: "where the remaining soldiers will be based")
            if status == "withdrawn" and _DROVE_OUT.match(m.group(0)) and not _PASSIVE_BEFORE.search(clause[: m.start()]) \
                    and not _forces(clause[m.start() : m.end() + 40]):
                continue  # "since 2013, when they drove out the jihadists": those driven out are no force
            last_to_go = _LAST_TO_GO.search(clause)
            if status == "withdrawn" and re.search(r"\b(to|will|would|shall|must)\s+(\w+\s+)?(leave|withdraw|pull out|depart|out of)\b$",
                                                   m.group(0), re.I) and last_to_go is None:
                continue  # "the last US troops are due to leave", "would be out of": the departure is to come (announced, not done)
            if status == "withdrawal_announced" and last_to_go is not None and last_to_go.start() <= m.start() < last_to_go.end():
                continue  # "the last of his soldiers to leave the country": who left last, not a plan
            if status == "withdrawal_announced" and _PAST_PLAN.search(clause[max(0, m.start() - 40) : m.end()]) \
                    and _STAYS_ON.search(clause, m.end()):
                found.append(("present", m.start()))  # "troops that were due to leave … will stay on": the plan is off
                continue
            if status == "withdrawal_announced" and m.group(0).lower().startswith("to ") \
                    and _ASKED.search(clause, max(0, m.start() - 60), m.start()):
                continue  # "a letter asking him to withdraw the troops": a request of others, not the force's word (but a
                # deadline set is: "asked that they be gone by August 1")
            if status == "withdrawal_announced" and _CUT_VERB.search(m.group(0)) \
                    and (what := _CUT_OBJECT.match(clause, m.end())) is not None \
                    and not c.noun_re.search(what.group(0)) and not _CUT_FORCE.search(what.group(0)):
                continue  # "Russia will cut the price of the gas it sells": a cut of something else, no force's going
            if status == "withdrawal_announced" and _ASKED_WHEN.search(clause, max(0, m.start() - 90), m.start()):
                continue  # "asked when the troops would come home": a question, not an announcement
            if status == "withdrawal_announced" and (_CONDITION_AFTER.search(clause, m.end())
                                                     or _promised_once(clause, m.start(), m.end())
                                                     or re.search(r"\bthreat", clause[: m.start()], re.I)):
                continue  # "will withdraw its force from Chad unless …", "threatened to pull out": a threat, not an announcement
                # (nor a going tied to a state of things to come: "will leave once the threat no longer exists")
            found.append((status, m.start()))
    halt = c.halts.search(clause) if c.halts is not None else None
    if halt is not None and not c.negation.search(clause[max(0, halt.start() - 25) : halt.start()]) \
            and not _CONDITION.search(clause[max(0, halt.start() - 40) : halt.start()]):
        # "Biden froze the withdrawal of U.S. troops from Germany": the force stays; the withdrawal it names is not one
        found = [(st, at) for st, at in found if st not in _CHANGES] + [("present", halt.start())]
    if any(st == "withdrawal_announced" for st, _ in found):
        # a participle takes its main verb's mood: "said the last soldiers would be out within a week, ending a presence
        # that began in 1915" (to end, not ended)
        found = [(st, at) for st, at in found if not (st == "withdrawn" and re.match(r"ending\b", clause[at:], re.I)
                                                      and any(s2 == "withdrawal_announced" and a2 < at for s2, a2 in found))]
    strongest: dict[str, int] = {}
    for status, at in found:
        if status == "withdrawn" and (_part_leaving(clause, at) or _SOME_SITES.search(clause, at, at + 60)
                                      or _NUMBER_OF.search(clause) or _PART_TAKEN.match(clause, at)):
            status = "withdrawing"  # "more than half of the soldiers ... have left", "brought most of its troops home"
        strongest.setdefault(status, at)
    # a change verb outranks the stationing words of the same clause ("soldiers stationed in Niger left")
    changes = [s for s in strongest if s != "present"]
    # (a casualty places the force the verb acts on: "after the rebels seized Goma, killing 14 South African soldiers")
    if changes and "present" in strongest and not re.search(r"\b(still|remain|dat(ed|es|ing) back to|killing|killed|wounding|wounded)",
                                                            clause, re.I) and not _PRESENCE_BEGAN.search(clause) \
            and not _KEPT_SINCE.search(clause):
        del strongest["present"]
    return sorted(strongest.items(), key=lambda x: x[1])


_BEARING_FROM_CITY = re.compile(r"(\s+(air\s*base|airport|airfield|base|camp|barracks))?,\s+((about|some)\s+[\d,]+\s+(km|kilometres|kilometers|miles)\s+)?"
                                r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+the\s+(city|capital|town)\b",
                                re.I)


# (or by its bearing alone: "Slatina, south-west of Pristina")
_BEARING_FROM_TOWN = re.compile(r",\s+((a|an|the)\s+([\w-]+\s+){0,2}?(village|town|city|hamlet|settlement|port|district)\s+)?"
                                r"((about|some|just)\s+)?([\d,]+\s+(km|kilometres|kilometers|miles)\s+)?"
                                r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$", re.I)


def _beside_city(place: Place, places: Sequence[Place], text: str) -> Place:
    """``place`` in the country of the capital named last before it (else of the town), when the text places it by
    its bearing from "the city" ("San Isidro air base, east of the city"), or in the country of the town it is placed
    from by name ("Ali, a village northwest of Gori", not a town in India; "Slatina, south-west of Pristina", not the
    Romanian town); else ``place`` as it is."""
    if place.precision == "city":
        after = next((p for p in places if (p.start or 0) > (place.end or 0)), None)
        if after is not None and after.precision == "city" and after.country and after.country != place.country \
                and _BEARING_FROM_TOWN.fullmatch(text, place.end or 0, after.start or 0):
            return replace(place, country=after.country, lat=after.lat, lon=after.lon)
    if place.precision != "city" or not _BEARING_FROM_CITY.match(text, place.end or 0):
        return place
    towns = [p for p in places if p.precision == "city" and p.country and (p.end or 0) <= (place.start or 0) and p.text != place.text]
    # (a capital first: wire copy calls the capital it is told from "the city", and a bridge or street named after
    # someone is read as a town anywhere: "the Duarte bridge")
    before = [p for p in towns if p.feature == "PPLC"] or towns
    if not before or before[-1].country == place.country:
        return place
    return replace(place, country=before[-1].country, lat=before[-1].lat, lon=before[-1].lon)


# the words before a town that say something is, goes or is taken there: "at", "into", "captured", "the towns of"
# (not "in" or "into", which a region takes as well: "in Katanga", "into Carinthia")
_AT_TOWN = re.compile(r"\b(at|near|outside|around|left|quit|evacuated|entered|reached|took|captured|seized|held|occupied|"
                      r"abandoned|vacated|(towns?|villages?|ports?|settlements?) of)\s+(the\s+)?$", re.I)
_NOT_TOWN_WORDS = frozenset({"sea", "ocean", "river", "gulf", "caribbean", "pacific", "atlantic", "mediterranean", "channel",
                             "strait", "straits", "bay", "mountains", "desert", "lake", "province", "region", "state", "district",
                             "territory", "zone", "strip"})


def _unknown_town(text: str, place: Place) -> bool:
    """Whether a name no gazetteer entry reads is told as a town where something is or happens ("at Long Tan", "the
    towns of Batugade and Balibo"): not a sea, a river or a part of the world, nor a pact's or a region's name."""
    name = place.text or ""
    words = name.lower().split()
    if place.start is None or not words or not name[:1].isupper() or any(w in _NOT_TOWN_WORDS for w in words) \
            or re.search(r"(land|ese|ian|ians)$", words[-1]) \
            or all(w in _COMMON_REGIONS or w.rstrip("ern") in _COMMON_REGIONS for w in words) \
            or name.lower() in cues().table or _PACT_AFTER.match(text, place.end or 0) \
            or _DISTRICT_AFTER.match(text, place.end or 0) or _PROVINCE_WORD.match(text, place.end or 0):
        return False
    before = text[max(0, place.start - 40) : place.start]
    if _NOT_LOCATIVE.search(before):
        return False
    if _AT_TOWN.search(before):
        return True
    # the second of a list: "the towns of Batugade and Balibo"
    m = re.search(r"(?<![\w'.-])[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}\s*(,|\band)\s+$", before)
    return m is not None and _AT_TOWN.search(text, max(0, place.start - len(before) + m.start() - 40),
                                             place.start - len(before) + m.start()) is not None


# a town read from a piece of a longer name: "Nui" of "Nui Dat", "Sabha" of "El Sabha", "Wales" of "Prince of Wales
# Barracks"; the words that may follow a town's name in its own right ("Kabul Airport", "Gaza Strip") or that name a
# time ("Kabul Monday") make no longer name
_NAME_WORD_AFTER = re.compile(r" ((?-i:[A-Z])[a-z][\w'-]*)(?: ((?-i:[A-Z])[a-z][\w'-]*))?")
_NOT_NAME_AFTER = frozenset({"air", "airport", "airfield", "airbase", "base", "barracks", "camp", "province", "region", "district",
                             "valley", "river", "strip", "city", "island", "islands", "bay", "sea", "gulf", "canal", "peninsula",
                             "port", "harbour", "harbor", "station", "state", "coast", "desert", "mountains", "hills", "lake",
                             "international", "naval", "military", "army", "heights", "ridge", "governorate", "oblast",
                             "county", "zone", "pass", "road", "highway", "bridge", "square", "palace", "stadium", "hotel",
                             "accord", "accords", "agreement", "treaty", "pact", "talks", "summit", "conference", "declaration",
                             "protocol", "convention", "process", "government", "police", "radio", "times"})
_PARTICLE_BEFORE_NAME = re.compile(r"(?<![\w'-])(?-i:El|Al|Le|La|Las|Los|Les|Bir|Ras|Tel|Wadi|Jebel|Ain|Sidi|Abu|Umm|Beit|Kafr|"
                                   r"Bou|Ban|(?<=[a-z] )(?-i:[A-Z])[a-z]+ of) $")  # ("the Prince of Wales", not "Residents of")


def _whole_name(text: str, place: Place) -> Place:
    """A town read from a piece of a longer name ("at Nui Dat", "at El Sabha") as that longer name, which no gazetteer
    entry reads (not a country, nor a name in a headline, whose words all take capitals)."""
    if place.start is None or place.end is None or place.precision == "country" or place.feature in (DEMONYM, GOVERNMENT) \
            or "\n" not in text[: place.start]:
        return place
    start, end = place.start, place.end
    if (m := _NAME_WORD_AFTER.match(text, end)) is not None and m.group(1).lower() not in _NOT_NAME_AFTER \
            and not re.fullmatch(rf"({_MONTHS}|{_DAYS})", m.group(1), re.I) and m.group(1).lower() not in cues().table:
        end = m.end(1) if m.group(2) is None or m.group(2).lower() in _NOT_NAME_AFTER else m.end()
    if (b := _PARTICLE_BEFORE_NAME.search(text, max(0, start - 20), start)) is not None:
        start = b.start()
    if (start, end) == (place.start, place.end):
        return place
    name = text[start:end]
    return Place(name, start, end, name, None, precision=None)


def _country_after(place: Place, places: Sequence[Place], text: str) -> str | None:
    """The country named right after a place, as where it is: "Howard Air Force Base in Panama"."""
    return next((p.country for p in places if p.precision == "country" and p.start is not None
                 and re.fullmatch(r"\s+in\s+(the\s+)?", text[place.end or 0 : p.start])), None)


def _owner(place: Place, places: Sequence[Place], text: str) -> Place | None:
    """The place that owns a place by "'s" right before it: "Havana's Jose Marti airport"."""
    return next((p for p in places if p.country and p.end is not None and p.start is not None
                 and p.end <= (place.start or 0) and re.fullmatch(r"['\u2019]s\s+", text[p.end : place.start or 0])), None)


def _owner_of(place: Place, places: Sequence[Place], text: str) -> str | None:
    """The country of the place that owns ``place``."""
    owner = _owner(place, places, text)
    return owner.country if owner is not None else None


def _town_named(site: Place, places: Sequence[Place], text: str) -> Place:
    """A site the gazetteer does not know named with the town that owns it ("Vientiane's Wattay airport" is "Wattay,
    Vientiane"): the town says which site it is to a reader who does not know the airport's own name."""
    owner = _owner(site, places, text)
    if owner is None or owner.precision != "city":
        return site
    return replace(site, name=f"{site.name}, {owner.text}")


_FRONTED = re.compile(r"\s*((Elsewhere|Meanwhile),\s+)?(In|Inside)\s+(the\s+)?")


def _fronted_country(place: Place, places: Sequence[Place], text: str, sentences: Sequence[Sentence]) -> str | None:
    """The country a sentence opens with to say where it speaks of: "In the Philippines, U.S. forces remain at Clark"."""
    s = next((s for s in sentences if s.start <= (place.start or 0) < s.end), None)
    if s is None:
        return None
    return next((p.country for p in places if p.precision == "country" and p.start is not None and p.end is not None
                 and p.end <= (place.start or 0) and text.startswith(",", p.end) and _FRONTED.fullmatch(text, s.start, p.start)),
                None)


# what places a town beside another place: "Comalapa airport in El Salvador", "Lourdes, outside Havana"
_BESIDE_AFTER = re.compile(r"(\s+(international\s+)?(airport|air\s*base|airbase|airfield|base|barracks|camp|naval\s+base))?,?\s+"
                           r"(just\s+)?(in|outside|near|on\s+the\s+(edge|outskirts)\s+of)\s+(the\s+)?", re.I)


def _country_beside(town: Place, places: Sequence[Place], text: str) -> str | None:
    """The country of the place named right beside a town to say where it is, when another than the town's own."""
    m = _BESIDE_AFTER.match(text, town.end or 0)
    if m is None:
        return None
    return next((p.country for p in places if p.start == m.end() and p.country and p.country != town.country
                 and p.precision in ("country", "city", "admin1")), None)


def _possessor(town: Place, places: Sequence[Place], text: str) -> str | None:
    """The country named as the owner of a town, another than the gazetteer's: "Ecuador's Manta air base"."""
    return next((p.country for p in places if p.precision == "country" and p.country and p.country != town.country
                 and p.end is not None and re.fullmatch(r"['\u2019]s\s+", text[p.end : town.start or 0])), None)


def _in(span: tuple[int, int], start: int | None) -> bool:
    return start is not None and span[0] <= start < span[1]


_MISSIONS = frozenset({"UNO", "IGO"})
# the name of a state, not of an office or a unit ("the Soviet Union", "USSR"; not "the Kremlin", "Wagner")
_STATE_NAME = re.compile(r"[A-Z][\w.-]*\s+(?:[A-Z][\w.-]*\s+)*(?:Union|Republic|Kingdom|States|Emirates)|[A-Z]{3,5}")


@dataclass
class _Context:
    """What earlier sentences of the article established: the force, the site, the main countries."""

    force: _Force | None = None
    force_sentence: int = -10
    site: Place | None = None
    site_sentence: int = -10
    hosts: dict[str, tuple[str, int]] | None = None  # force country -> (host, sentence index)
    subject: _Force | None = None  # a country that opened a clause without naming forces ("Turkey has become …")
    subject_sentence: int = -10
    based: set[str] = field(default_factory=set)  # cities whose one known military base the article has named
    mission: _Force | None = None  # the last UN or regional mission named ("the U.N. Operation in Somalia")
    mission_sentence: int = -10
    countries: set[str] = field(default_factory=set)  # the countries whose forces the article has named so far


_DISTRICT_AFTER = re.compile(r"\s+(?:district|province|region|governorate|prefecture|oblast|raion|river|valley|canal|peninsula)\b", re.I)
_PROVINCE_WORD = re.compile(r"\s+(?:province|region|state|governorate|prefecture)\b", re.I)


def _province_named(text: str, p: Place) -> bool:
    """Whether a province is named as itself, not a misreading of a common name ("in the Gulf", read as a province of
    Papua New Guinea): by its own name, without "the", or with the word "province" after it ("left Uruzgan province")."""
    if _PROVINCE_WORD.match(text, p.end or 0):
        return True
    return (p.text == p.name and (p.text or "").lower() not in _COMMON_REGIONS
            and not text[max(0, (p.start or 0) - 4) : p.start or 0].lower().endswith("the ")
            and not re.match(r"\s+[A-Z]", text[p.end or 0 :]))  # (not a word of a longer name: "South Vietnam")


# the word after a town that makes the town the name of an agreement or a meeting held there, not a place spoken of
_PACT_AFTER = re.compile(r"\s+(peace\s+|general\s+peace\s+)?(pact|treaty|accords?|agreements?|conventions?|protocol|declaration|charter|conference|summit|"
                         r"talks|process|format|peace plan)\b", re.I)
# the words after a town that names an event there: "after the Paris attacks", "since the Beirut blast", "the Suez war"
_EVENT_AFTER = re.compile(r"\s+(attacks|bombings?|blasts?|massacres?|shootings|riots|uprising|earthquake|crisis|war)\b", re.I)
# the words after a person's name read as a town: "Augusto Cesar Sandino, the rebel leader" (the rest of the name, then
# the person's role in apposition; not "Kidal, the birthplace of the rebel leader")
_PERSON_AFTER = re.compile(r"(\s+(?-i:[A-Z])[\w'.-]+){0,2},\s+(the|a|an)\s+((?!of\b)[\w-]+\s+){0,3}?(leader|chief|commander|"
                           r"president|premier|minister|general|colonel|king|ruler|warlord|dictator|strongman|founder|"
                           r"spokes(man|woman)|envoy|ambassador)\b", re.I)

# the words before a ship's name
_SHIP_BEFORE = re.compile(r"\b(ship|vessel|freighter|tanker|liner|steamer|carrier|cruiser|destroyer|frigate|corvette|warship|"
                          r"submarine|ferry|trawler|yacht|USS|HMS|SS|MV|RFS)\s+$")


_COMMON_REGIONS = frozenset({"north", "south", "east", "west", "centre", "center", "central", "coast", "gulf", "littoral",
                             "lakes", "islands", "capital", "northern", "southern", "eastern", "western", "plateau"})


def statements(item: Item) -> list[Presence]:
    """Every statement of a foreign force's status in one article (unfolded)."""
    a = item.article
    if a is None:
        return []
    text = a.text
    # a demonym ("Russian forces") names a force's country, not where anything is; nor does a force's name read as
    # a town of another country ("Wagner", a town in Brazil)
    table = cues().table
    places = sorted((p for p in map(_named_like_country, map(lambda p: _whole_name(text, p), item.places))
                     if p.feature not in (DEMONYM, GOVERNMENT)
                     and table.get((p.text or "").lower(), p.country) == p.country
                     # an acronym read as a town: "a UN spokesman" is not Un, India
                     and not (p.precision not in ("country", None) and re.fullmatch(r"[A-Z]{2,3}", p.text or "")
                              and (p.name or "") != p.text)
                     # a town that names a pact or a meeting: "under the Warsaw Pact", "the Geneva accords"
                     and not (p.precision != "country" and _PACT_AFTER.match(text, p.end or 0))
                     # nor one that names an event: "deployed there after the Paris attacks" (not to France)
                     and not (p.precision != "country" and _EVENT_AFTER.match(text, p.end or 0))
                     # nor a month's name: "after the August war", read as a town in California
                     and not re.fullmatch(rf"(the\s+)?({_MONTHS})", p.text or "", re.I)
                     # nor a force's noun: "backed by U.S. Marines", read as a town in France
                     and not (p.precision != "country" and cues().noun_re.fullmatch(p.text or ""))
                     # nor a person's name: "Augusto Cesar Sandino, the rebel leader", read as towns in Colombia and Nicaragua
                     and not (p.precision != "country" and _PERSON_AFTER.match(text, p.end or 0))
                     # nor is a ship's name a place: "the merchant ship Mayaguez", "the aircraft carrier Hermes"
                     and not _SHIP_BEFORE.search(text, max(0, (p.start or 0) - 30), p.start or 0)), key=lambda p: p.start)
    # but a people's word before a base names the country the base is in: "withdrew from a Syrian air base" (not before
    # a garrison, which is that people's troops: "seized the island from the Danish garrison")
    places = sorted(places + [replace(p, feature=_BASE_OF, precision="country", lat=None, lon=None) for p in item.places
                              if p.feature == DEMONYM and p.country and (m := _DEMONYM_BASE.match(text, p.end or 0))
                              and m.group(2).lower() != "garrison"],
                    key=lambda p: p.start)
    # a state the gazetteer leaves unplaced but a force word names is that country: "crossed into the Soviet Union"
    # (the last of its troops going home), as the force words code its forces
    places = sorted(places + [replace(p, country=table[(p.text or "").lower()], precision="country") for p in item.places
                              if p.country is None and p.precision in (None, "country") and _STATE_NAME.fullmatch(p.text or "")
                              and table.get((p.text or "").lower()) not in (None, *_MISSIONS)], key=lambda p: p.start)
    # a town a people's word places ("the Soviet towns of Termez and Kushka") lies in that people's country, whatever
    # state holds it today: where a force set out from at home is no host
    places = [replace(p, country=own) if (own := _peoples_town(text, p)) is not None else p for p in places]
    places = _country_prefixed_facilities(places)
    # the countries a force is drawn from are where it comes from, no place the story puts anything: "10,000 troops,
    # most of them from Nigeria and Ghana"
    drawn_from = [(m.start("peoples"), m.end()) for m in _MOSTLY.finditer(text)]
    places = [p for p in places if not any(a <= (p.start or 0) < b for a, b in drawn_from)
              # and so is where a force was flown in from: "800 soldiers, flown in from Freetown, landed at Monrovia"
              and not _BROUGHT_IN_FROM.search(text, max(0, (p.start or 0) - 40), p.start or 0)
              # and so are the countries a mission's troops come from: "the ECOWAS force, about 3,000 soldiers from
              # Nigeria and Ghana" (each its contingent, none a host)
              and not (p.precision == "country" and _sent_to_mission(text, p.start or 0))]
    # "the Malian capital", "the Solomon Islands capital": the capital city of that country, a site
    places = sorted(places + [c for p in item.places if (c := _capital_named(p, text)) is not None], key=lambda p: p.start)
    # a town placed by its bearing from "the city" lies in the country of the capital named last before it: "landed at
    # San Isidro air base, east of the city" in a story told in Santo Domingo (not the homonym in Puerto Rico)
    places = [_beside_city(p, places, text) for p in places]
    # a town's name before a province's or a river's word names the province or the river, no site: "remain in the
    # Akhalgori district", "east of the Cuito River" (and a canal's or a peninsula's: "the Corinth Canal")
    places = [replace(p, precision="region", lat=None, lon=None)
              if p.precision == "city" and _DISTRICT_AFTER.match(text, p.end or 0) else p for p in places]
    # and a name no gazetteer entry places, which the article calls a province's or a peninsula's once ("the Bakassi
    # peninsula"), is that land at every mention ("troops have held Bakassi"), no town the story puts a force at
    lands = {p.text for p in places if p.country is None and _DISTRICT_AFTER.match(text, p.end or 0)}
    places = [replace(p, precision="region") if p.country is None and p.text in lands else p for p in places]
    # a headquarters is in a town, whatever else its name reads as: "with their headquarters at Szekesfehervar" (a county
    # of the same name)
    places = [replace(p, precision="city") if p.precision == "admin1" and _HEADQUARTERS_IN.search(
        text, max(0, (p.start or 0) - 80), p.start or 0) else p for p in places]
    # and so is a port's or a town's name read as its province's: "the Red Sea port of Hodeidah"
    places = [replace(p, precision="city", name=p.text) if p.precision == "admin1" and _TOWN_OF_BEFORE.search(
        text, max(0, (p.start or 0) - 30), p.start or 0) else p for p in places]
    # a capital named like its country ("in Djibouti") is the country, not a site in it
    places = [replace(p, precision="country", lat=None, lon=None)
              if p.precision == "city" and table.get((p.text or "").lower()) == p.country
              and (p.text or "").lower() not in cues().curated else p  # "Berlin" names Germany's government, not the country
              for p in places]
    dates = sorted((d for d in item.dates if d.start is not None), key=lambda d: d.start or 0)
    events_by_sentence: dict[int, list[Event]] = {}
    for e in item.events:
        events_by_sentence.setdefault(e.sentence_index, []).append(e)
    published = _publication(item)
    ctx = _Context(hosts={})
    # the countries the article names, by name or people ("Mozambican units"), with a capital ("the two Baltic states"
    # names no United States)
    mentioned = {p.country for p in item.places if p.precision == "country"} | {
        table[m.group(1).lower()] for m in cues().force_re.finditer(text) if m.group(1)[0].isupper()}
    # a namesake town the article once places beside another country's place ("the Shamsi air base in Pakistan", read
    # as a village in Iran, a country the article never names) is that country's town wherever the article names it
    # again ("flew out of Shamsi")
    namesakes = {p.text: beside for p in places if p.precision == "city" and p.country not in mentioned
                 and (beside := _country_beside(p, places, text)) is not None}
    # (and a town the article once gives a country by name, whatever else it names: "Ecuador's Manta air base", read as
    # a town in Colombia, the story's country, is Ecuador's at "left Manta" too)
    owned = {p.text: iso3 for p in places if p.precision == "city" and (iso3 := _possessor(p, places, text)) is not None}
    places = [replace(p, country=owned[p.text], lat=None, lon=None) if p.precision == "city" and p.text in owned
              else replace(p, country=namesakes[p.text], lat=None, lon=None)
              if p.precision == "city" and p.country not in mentioned and p.text in namesakes else p for p in places]
    # the article's subject country: the one it names most, where things are said to be ("in Niger") counting double
    located: Counter[str] = Counter()
    speakers: Counter[str] = Counter()  # the towns where speakers are, by country
    capitals = [p for p in places if p.precision == "city" and p.feature == "PPLC"]
    for p in places:
        if _SIGNED_IN.search(text, max(0, (p.start or 0) - 120), p.start or 0):
            continue  # where a deal was signed is no place the story is about: "signed at Algiers, in Algeria"
        if p.country and p.precision == "country" and not _LED.match(text, p.end or 0) \
                and not cues().noun_re.match(text, (p.end or 0) + 1) and not _A_BEFORE.search(text, max(0, (p.start or 0) - 30), p.start or 0):
            # (not "US-led", "Iran-backed": who leads or backs; nor "U.S. paratroopers", whose force it is; nor "a small
            # New Zealand team", a name that modifies a noun)
            located[p.country] += 2 if _locative(text, p) else 1
        elif p.country and p.precision == "city" and not _misread_town(p, mentioned, capitals) and not _came_from(text, p):
            # and its towns: a story told in Abidjan, Bouaké and Yamoussoukro is Ivory Coast's (not where a force came
            # from: "after flying from Fort Bragg"); where a speaker is counts only when nothing else does ("officials in
            # Washington say", "a diplomat in Nairobi said" of a war in Uganda)
            (speakers if _TARGET.search(text, max(0, (p.start or 0) - 30), p.start or 0) else located)[p.country] += 1
    located = located or speakers
    home = located.most_common(1)[0][0] if located else None
    # a country a speaker is in is where the words come from, no host: "…, a Western diplomat in Singapore said"
    places = [p for p in places if not (p.precision == "country" and _SPEAKER_IN.search(text, max(0, (p.start or 0) - 40), p.start or 0))]
    if home is not None:
        # a base by its name the gazetteer does not know ("Camp de Gaulle", "the Ali Ben Said base") is a site in the
        # country the article is about
        # (or in the country named right after it: "Howard Air Force Base in Panama" in a story told in Ecuador; or of
        # the place that owns it: "Havana's Jose Marti airport"; or in the country the sentence opens with: "In the
        # Philippines, U.S. forces remain at Clark Air Base")
        item_sentences = item.sentences or ()

        def site_country(p: Place) -> str | None:
            return (_owner_of(p, places, text) or _country_after(p, places, text)
                    or _fronted_country(p, places, text, item_sentences) or home)

        places = [_town_named(replace(p, country=site_country(p), precision="facility"), places, text)
                  if p.country is None and p.precision in (None, "facility")
                  and (_NAMED_BASE.fullmatch(p.text or "") or _SITE_KIND_AFTER.match(text, p.end or 0)) else p for p in places]
        # and so is a town the gazetteer does not know, named where a force is, goes or leaves ("set up camp at Long
        # Tan", "took the border towns of Batugade and Balibo"), not a sea's or a river's name
        places = [replace(p, country=site_country(p), precision="facility")
                  if p.country is None and p.precision in (None, "city") and _unknown_town(text, p) else p for p in places]
    places = sorted([*places, *_named_sites(text, places, home)], key=lambda p: p.start)
    out: list[Presence] = []
    yielded: list[Presence] = []  # the statements read from a surrender alone
    sentences = _paragraphs(text, item.sentences or ())
    lead = _lead_date(sentences, dates, published)
    for s in sentences:
        sentence = text[s.start : s.end]
        events = events_by_sentence.get(s.index, [])
        sources = _sources(item, s, sentence, events)
        made = False
        pos = 0
        frame = _sentence_hosts(text, s.start, s.end, places)
        opened = _base_opened(text, s.start, s.end, dates)
        # a photo caption is dated as a whole: "… at Air Base 201. The picture was taken on 16 April 2018."
        caption = next(((g.start, g.end) for g in a.segments if g.kind == "caption" and g.start <= s.start < g.end), None)
        last: list[_Force] = []  # the forces of the sentence's previous clause
        last_cues: list[str] = []  # and its statuses
        relative: _Force | None = None  # the head of a relative clause set off by commas, the subject of the verb after it
        for part in _clauses(sentence) + [""]:
            if not part:
                continue
            at = sentence.find(part, pos)
            pos = at + len(part)
            span = (s.start + at, s.start + at + len(part))
            named_forces = _forces(part)
            drawn = [f for f in _peoples_of_makeup(part) if not any(g.start <= f.start < g.start + len(g.text) for g in named_forces)]
            named_forces = sorted(named_forces + drawn, key=lambda f: f.start)
            # a force named again by its people alone, once the article has named it ("a battalion of Nigerian soldiers
            # … The Nigerians flew into Dar es Salaam"; not a country's name: "the Philippines")
            named_forces = sorted(named_forces + [
                _Force(country, m.group(0), m.start()) for m in _force_matches(part)
                if (_PEOPLE.fullmatch(m.group(1).split()[-1])
                    or _ADJECTIVE_PEOPLE.fullmatch(m.group(1)) and _PEOPLE_VERB_AFTER.match(part, m.end()))
                and _THE_BEFORE.search(part, 0, m.start())
                and not any(p.start == s.start + at + m.start() and p.precision == "country" for p in places)
                and (country := cues().table[m.group(1).lower()]) in ctx.countries - {home}
                and country not in {f.country for f in named_forces}], key=lambda f: f.start)
            flagged, flag_at = ([], -1) if named_forces else _flag_forces(part)
            forces = named_forces or flagged
            # "keeps troops at Manda Bay, where …, and at Camp Lemonnier": the verb and its force are left out
            gapped = not forces and _GAPPED.match(part) is not None
            # a force named again before the clause names another: "decided to end it after …, killing 14 South African soldiers"
            pronoun = _PRONOUN.match(part) or (_LED_PRONOUN.match(part) if not forces else None) \
                or _ANAPHOR.search(part, 0, forces[0].start if forces else len(part))
            if pronoun and forces and re.match(r"\s+of\b|\s*,", part[pronoun.end() :]) and any(
                    0 <= f.start - pronoun.end() <= 30 for f in forces):
                pronoun = None  # "The last soldiers of the Sabre task force": the noun phrase names its force (not "The
                # Marines of Fox Company …": a unit of the force spoken of); "The last of them, a Nigerian battalion,
                # left …": the apposition names it
            if pronoun and part[pronoun.end() : pronoun.end() + 2] in ("'s", "’s"):
                pronoun = None  # "the force's commander left Almaty": a person of the force, not the force
            prior = ctx.force if ctx.force is not None and s.index - ctx.force_sentence <= 2 else None
            if pronoun and re.search(r"\bmission\b|\bforce\b|\bit\b|\bmandate\b", pronoun.group(0), re.I) and ctx.mission is not None \
                    and s.index - ctx.mission_sentence <= 8 and (prior is None or prior.country not in _MISSIONS):
                prior = ctx.mission  # "voted to wind up the mission": the UN or regional mission named before, not a contingent
            if pronoun and pronoun.group(0).strip().lower().startswith("it ") and len(last) == 1 \
                    and last[0].country not in _MISSIONS and re.search(r",?\s+and\s+$", sentence[:at]):
                prior = last[0]  # "Kenya said … that it would pull its soldiers out of the mission, and it began …": the
                # country of the clause before, not the mission it leaves
            elif pronoun and pronoun.group(0).strip().lower().startswith("it ") and ctx.subject is not None \
                    and s.index - ctx.subject_sentence <= 1 and ctx.subject_sentence >= ctx.force_sentence:
                prior = ctx.subject  # "It has also trained …": the country that opened the last sentence
            # the towns the clause names as the headquarters of a force ("whose headquarters are in Saigon")
            headquarters = [p for p in places if _in(span, p.start) and p.precision in ("city", "facility") and p.country
                            and _HEADQUARTERS_IN.search(text, max(s.start, (p.start or 0) - 80), p.start or 0)]
            back = next((p.country for p in places if _in(span, p.start) and p.precision == "country"
                         and _BACK_HOME.search(text[max(0, (p.start or 0) - 20) : p.start or 0])), None)
            if pronoun and prior is not None and back is not None and back != prior.country:
                prior = _Force(back, pronoun.group(0).strip(), 0)  # "the soldiers had crossed back into Chad": Chad's own
            if pronoun and prior is not None \
                    and not any(f.start < pronoun.end() for f in forces) and prior.country not in {f.country for f in forces}:
                # "The troops have since been operating alongside Mozambican units": the troops are the earlier force's
                forces = [_Force(prior.country, prior.text, 0), *forces]
                ctx.force_sentence = s.index  # named again, the force stays the one spoken of
            elif not forces and last and (_NO_SUBJECT.match(part) or gapped) and re.search(r",?\s+and\s+$", sentence[:at]):
                forces = [_Force(f.country, f.text, 0) for f in last]
            elif not forces and last and "arriving" in last_cues and re.search(r",\s+where\s+$", sentence[:at]) \
                    and cues().noun_re.search(part) and any(st == "arriving" for st, _ in _status_cues(part)):
                # "is reinforcing Poland, where the first of 1,700 paratroopers landed last weekend": the forces the
                # country sends, arriving where it sends them
                forces = [_Force(f.country, f.text, 0) for f in last]
            elif not any(f.start < 3 for f in forces) and (head := _relative_head(sentence[:at], part)) is not None:
                relative = head
                if head.country not in {f.country for f in forces}:
                    forces = [head, *forces]  # "France, which keeps about 1,000 troops in Chad, …": the clause is France's
                # and the peoples that share the head's noun: "Saudi and Sudanese soldiers, who came to Lebanon …"
                forces = [*_sharing_noun(sentence[:at], head, forces), *forces]
            elif not forces and relative is not None and _RELATIVE_END.match(sentence, sentence.rfind(",", 0, at)):
                forces = [relative]  # "…, announced in June that it would cut …": the head's own verb
            elif not forces and (kind := _BARE_KIND.search(part)) is not None and len(ctx.countries - {home}) == 1 \
                    and not _EMBASSY_GUARD.search(sentence):
                # a kind of troops with no people named, anywhere in the clause ("About 1,900 Marines came ashore at
                # …", "Royal Marines were lifted to the airport"), is the one foreign country's whose forces the article
                # has named (not guards for an embassy: "Marines went ashore to guard the embassy")
                forces = [_Force(next(iter(ctx.countries - {home})), kind.group(0), kind.start())]
            elif not forces and headquarters and (owner := _headquarters_owner(text, headquarters[0], ctx, prior, s.index)) \
                    and _placed(owner, headquarters[0], out, home if owner.country in _MISSIONS else None):
                forces = [owner]  # "…, whose headquarters are in Saigon": the force named before has them
            if missions := [f for f in named_forces if f.country in _MISSIONS]:
                ctx.mission, ctx.mission_sentence = missions[-1], s.index
            ctx.countries.update(f.country for f in named_forces if f.country not in _MISSIONS)
            if named_forces or flagged:
                # the host's own army is not the force spoken of next ("sent the mission … to help Congo's army")
                spoken = next((f for f in reversed(forces) if f.country != home), forces[-1])
                if spoken.country not in _MISSIONS and _sent_to_mission(part, spoken.start):
                    # "the ECOWAS force, 3,000 soldiers from Nigeria and Ghana. Its first troops …": the force, not the
                    # last of the countries its troops come from
                    spoken = next((f for f in forces if f.country in _MISSIONS), spoken)
                k = forces.index(spoken)
                if k > 0 and forces[k - 1].start + len(forces[k - 1].text) <= spoken.start \
                        and _PART_OF_THEM.fullmatch(part[forces[k - 1].start + len(forces[k - 1].text) : spoken.start]):
                    spoken = forces[k - 1]  # "troops of the MNJTF, most of them Chadian soldiers": the whole is spoken of next
                ctx.force, ctx.force_sentence = spoken, s.index
            elif (subject := _subject(part)) is not None:
                ctx.subject, ctx.subject_sentence = subject, s.index  # "Turkey has become a partner … It has trained …"
            if forces or not _RELATIVE_BEFORE.search(sentence[:at]):
                last = forces  # a relative clause naming no force ("…, where rebels killed three") is an aside
                if not forces:
                    last_cues = []
            found = [p for p in places if _in(span, p.start)]
            if (where := re.search(r",\s+where\s+$", sentence[:at])) is not None and not _CEREMONY.search(part):
                # "where" is the place named just before it: "to the Manas air base outside Bishkek, where US forces have
                # been based since 2001" (not the venue of a ceremony: "in Berlin, where they held a ceremony marking …")
                comma = s.start + where.start()
                found = [p for p in places if p.start is not None and p.end is not None and comma - 80 <= p.start
                         and p.end <= comma and not re.search(r"[,;]", text[p.end : comma])] + found
            if (which := re.search(r",\s+which\s+$", sentence[:at])) is not None and _forces(part):
                # a base a force's own relative clause speaks of is the one named just before it: "from Howard Air Force
                # Base in Panama, which the United States handed over that year"
                comma = s.start + which.start()
                found = [p for p in places if p.precision == "facility" and p.start is not None and p.end is not None
                         and comma - 80 <= p.start and p.end <= comma and not re.search(r"[,;]", text[p.end : comma])] + found
            sites = [p for p in found if p.precision == "facility" and p.country and not _landmark(text, p)
                     and not _venue(text, p, part)]
            if sites:
                ctx.site, ctx.site_sentence = sites[0], s.index
            elif _OTHER_BASE.search(part):
                ctx.site = None  # "a French military base in Chad": some other, unnamed base
            site_again = not sites and ctx.site is not None and s.index - ctx.site_sentence <= 3 and _again(part, ctx.site)
            if site_again:
                ctx.site_sentence = s.index  # "the departure from the sprawling base …": the base stays the one spoken of
            if not forces:
                continue
            status_cues = [("present", flag_at)] if flagged else _status_cues(part)
            if not status_cues and named_forces and last_cues == ["present"] and re.search(r",\s+and\s+$", sentence[:at]) \
                    and cues().force_re.match(part) and not re.search(r"\b[a-z]{3,}ed\b", part.split(",")[0]):
                # (not a clause with a verb of its own: "…, and U.S. Navy ships later unloaded aid at Batumi")
                status_cues = [("present", 0)]  # "… hosts Camp Lemonnier, …, and China's first overseas military base"
            if not status_cues and gapped and last_cues:
                status_cues = [(st, 0) for st in last_cues]
            if not status_cues and headquarters and (owner := _headquarters_owner(text, headquarters[0], ctx, prior, s.index)) \
                    and _placed(owner, headquarters[0], out, home if owner.country in _MISSIONS else None):
                # a force the article has placed in a country keeps its headquarters in a town of it, and the clause
                # places it nowhere else ("officers from Ghana and Kenya met at the mission's headquarters in Freetown":
                # the officers' countries are no hosts); a town abroad may be its home command's
                status_cues = [("present", (headquarters[0].start or 0) - span[0])]
                forces, found = [owner], headquarters
            whole = next((f for f in forces if f.country in _MISSIONS), None) or (
                ctx.mission if ctx.mission is not None and s.index - ctx.mission_sentence <= 3 else None)
            # (where and how the article last said the whole force was, else in the country it is about)
            told = next((p for p in reversed(out) if whole is not None and p.force.country == whole.country), None)
            whole_host = (told.host if told is not None else home) if whole is not None else None
            if whole_host is None and _SHARE_OF_FORCE.search(part):
                whole_host = home  # "New Zealand, Fiji and Tonga smaller contingents": of the force the story is about
            # (not one still to come: "its force, with contingents from Mali and Niger, should be in place by June")
            makeup = _MAKEUP.search(part) if not status_cues and whole_host is not None and not _MODAL.search(part) else None
            if makeup is not None:
                # the make-up of a mission named by no country ("The force numbers 6,000 men, with a Chilean contingent
                # of 500 and units from Peru and Nepal"): each country's contingent is there, as the force is
                contingents = [_Force(table[m.group(1).lower()], m.group(0), m.start()) for m in _force_matches(part)
                               if _CONTINGENTS_FROM.search(part, max(0, m.start() - 100), m.start())]
                # (and a list of countries before a contingent's: "Peru, Benin and Nepal sent smaller contingents")
                words = _force_matches(part)
                for k, w in enumerate(words):
                    if any(f.start == w.start() and f.country not in _MISSIONS for f in forces):
                        while k > 0 and _LIST_BETWEEN.fullmatch(part, words[k - 1].end(), words[k].start()):
                            k -= 1
                            contingents.append(_Force(table[words[k].group(1).lower()], words[k].group(0), words[k].start()))
                forces = sorted({f.country: f for f in [*contingents, *forces] if f.country not in _MISSIONS and f.country != home}.values(),
                                key=lambda f: f.start)
                found = [p for p in found if p.country not in {f.country for f in contingents}]  # where they come from, no host
                status_cues = [(told.status if told is not None else "present", makeup.start())] if forces else []
            last_cues = [st for st, _ in status_cues]
            if not status_cues:
                continue
            if site_again and ctx.site is not None:
                sites = [ctx.site]
            sites += [p for p in headquarters if p not in sites]
            cities = [p for p in found if p.precision == "city" and p.country and not _acting(text, p) and not _venue(text, p, part)
                      and not _TARGET.search(text[max(0, (p.start or 0) - 20) : p.start or 0])
                      and not _SEIZED_BEFORE.search(text[max(0, (p.start or 0) - 70) : p.start or 0])
                      # where another event happened that dates this one: "invaded days after a coup in Nicosia"
                      and not _EVENT_IN_BEFORE.search(text[max(0, (p.start or 0) - 50) : p.start or 0])
                      # a partner, not a place: "deployed under a bilateral agreement with Kinshasa"
                      # (or the second of two: "a matter between Athens and Tirana"; or by "the": "an accord with the
                      # Niamey government")
                      and not re.search(r"\b(with|between)\s+(the\s+)?([A-Z][\w'-]+\s+and\s+)?$", text[max(0, (p.start or 0) - 30) : p.start or 0])
                      # where a deal was signed: "agreed in a deal signed with Bamako in Algiers to withdraw"
                      and not _SIGNED_IN.search(text, max(0, (p.start or 0) - 120), p.start or 0)
                      # a town the clause sets itself apart from: "Outside Kabul, Taliban fighters hold …"
                      and not (_APART.fullmatch(text, s.start + at, p.start or 0) and text[p.end or 0 : (p.end or 0) + 1] == ",")
                      and not any(g.kind == "dateline" and g.start <= (p.start or 0) < g.end for g in a.segments)
                      # a town named as where a site is lies in the site's country: "Camp Marmal in the northern city
                      # of Mazar-i-Sharif" read as a town of another country is a misreading
                      and not any(b.country != p.country and b.end is not None and (p.start or 0) > b.end
                                  and _SITE_AFTER.fullmatch(text[b.end : p.start or 0]) for b in sites)]
            others = {p.country for p in found if p.precision == "country" and p.country} - {f.country for f in forces}
            # a town of a country the article never names, placed right beside a place of another ("Comalapa airport
            # in El Salvador", "at Lourdes, outside Havana"), is a namesake: it lies in that place's country
            cities = [replace(c, country=beside, lat=None, lon=None)
                      if c.country not in mentioned and (beside := _country_beside(c, places, text)) is not None else c
                      for c in cities]
            if misread := [c for c in cities if c.country not in mentioned and all(_far(c, o) for o in others)
                           and (others or _far(c, home or ""))
                           # (a capital named by its own name is no misreading: "keeps 1,000 troops in N'Djamena")
                           and not (c.feature == "PPLC" and c.text == c.name)]:
                # a town of a country the article never names, far from every country the clause names, is the
                # gazetteer's misreading ("in Lebanon … the border town of Anjar", read as a town in India): it lies in
                # the one country the clause names, else in none we know; and so is one far from the country the
                # article is about, in a clause that names none ("moved to Prince Sultan", read as Port-au-Prince)
                cities = [replace(c, country=next(iter(others)), lat=None, lon=None) if c in misread else c
                          for c in cities if c not in misread or len(others) == 1]
            base_towns = []
            if not sites and _BASE_WORD.search(part):
                # "an air base near the capital N'Djamena": the site is a base the clause does not name, in that
                # country; it is the city's military base when we know of just one
                # ("a base in Abeche and its main camp in N'Djamena": each city named after a base word)
                # (and a station a force names its own in the same breath: "its base at Trincomalee and its air station
                # at Katunayake")
                based = [c for c in cities if _BASE_WORD.search(text[max(0, (c.start or 0) - 30) : c.start or 0])
                         or _OWN_STATION.search(text, max(0, (c.start or 0) - 30), c.start or 0)] or cities[:1]
                sites = [b for b in map(_base_in, based) if b is not None]
                # a base we do not know in a city ("its military base in Mogadishu"): the city is the site
                unknown = [c for c in based if _base_in(c) is None]
                cities, base_towns = unknown, [c for c in cities if c not in unknown]
                ctx.based.update(c.name for c in based if c not in unknown and c.name)
                if unknown and _BASE_WORD.search(text, max(0, (unknown[0].start or 0) - 30), (unknown[0].end or 0) + 30):
                    # the town stands for the base we do not know there, named again later as "the base"
                    ctx.site, ctx.site_sentence = unknown[0], s.index
            elif not sites and (again := [c for c in cities if c.name in ctx.based]):
                # a city whose base the article has named is that base again: "handed over their base in Kidal …
                # had been in Kidal since 2013"
                sites = [b for b in map(_base_in, again) if b is not None]
                cities, base_towns = [c for c in cities if c not in again], again
            # the forces the clause names are not hosts, but the home army of the article's country is at home
            named = {f.country for f in named_forces} - {home}
            assert ctx.hosts is not None
            towns, clause_sites = cities, sites
            # (every contingent of a make-up shares the whole force's status)
            heads = [f for f in forces if f not in drawn] or forces
            assigned = _assign(part, heads, status_cues) if makeup is None else [(f, status_cues) for f in forces]
            # (the peoples a force is drawn from share its statuses: "About 300 soldiers, mostly Togolese, arrived")
            assigned += [(f, cues_) for f in drawn if f in forces and f not in heads and makeup is None
                         for cues_ in [next((c for g, c in reversed(assigned) if g.start < f.start), [])] if cues_]
            for force, force_cues in assigned:
                # a town named after the subject of a clause of time or reason, a force of the town's own country, is
                # where that force acts, not this force's site: "… when Nigerien troops fired on protesters in Agadez"
                # (not a partner or an object: "Rwandan and Mozambican forces recaptured the town", "trained Somali
                # soldiers at its base in Mogadishu")
                cities = [c for c in towns if not any(f.country == c.country and force.start < f.start < (c.start or 0) - span[0]
                                                       and _SUBORDINATE_BEFORE.search(part, 0, f.start) for f in forces)]
                # (a town or base another force of the clause works from places this one in its country, at no site)
                others_bases = [p for p in clause_sites + cities if _works_from_others_base(text, p, force, forces, span[0])]
                sites = [p for p in clause_sites if p not in others_bases]
                cities = [c for c in cities if c not in others_bases]
                strength = _strength(part, force)
                if makeup is not None and not _OWN_NUMBER.match(part, force.start + len(force.text)) \
                        or any(f.start == force.start and f.country != force.country for f in forces) \
                        or force.country not in _MISSIONS and _sent_to_mission(part, force.start):
                    # the whole force's number is no contingent's: only "a Chilean contingent of 500" (nor is it of each
                    # country of a list sharing one noun: "300 soldiers from Ghana and Togo")
                    strength = None
                # a country, or a province of one ("to Cabo Delgado"), that the clause places something in
                # (a province of a country the article never names is a misreading: "in the Gulf", read as a province
                # of Papua New Guinea)
                local = [p for p in found if p.country and p.precision in ("country", "admin1", "region")
                         and p.country != force.country and _locative(text, p)
                         and (p.precision == "country" or p.country in mentioned or _province_named(text, p))
                         # (not a country a route leads to: "a port on the sea route to India")
                         and not _ROUTE_TO.search(text, max(0, (p.start or 0) - 30), p.start or 0)
                         # (nor a state where a deal was struck: "agreed in New York to withdraw")
                         and not _SIGNED_IN.search(text, max(0, (p.start or 0) - 120), p.start or 0)
                         # (nor the land of a war that dates the clause: "the first killed since the war in Gaza began")
                         and not _SINCE_WAR_IN.search(text, max(0, (p.start or 0) - 50), p.start or 0)]
                abroad = local or [p for p in sites + cities if p.country != force.country]
                said_at = s.start + at + force.start
                # a force moving its own command home is leaving the host: "moved its headquarters from Quarry Heights to
                # Miami in 1997"
                if any(st == "arriving" for st, _ in force_cues) and _MOVED_OWN.search(part) \
                        and any(p.country == force.country and _destination(text, p) for p in found) \
                        and not any(p.country != force.country and _destination(text, p) for p in found):
                    force_cues = [("withdrawing" if st == "arriving" else st, at) for st, at in force_cues]
                    abroad = [p for p in abroad if not _came_from(text, p)]
                    found = [p for p in found if not (p.country == force.country and _destination(text, p))]
                    local = [p for p in local if p in found]
                # a force gone back to its own country has left where the clause placed it: "flew into Oslo in May and
                # returned to Britain in August" (an arrival's verb, read with the force's own country after it)
                gone_home = [m.start() for p in found if p.country == force.country and p.precision == "country"
                             and (m := _RETURNED_TO.search(text, max(span[0], (p.start or 0) - 40), p.start or 0)) is not None]
                if gone_home and abroad and not any(st in _CHANGES for st, _ in force_cues):
                    force_cues = sorted([*force_cues, ("withdrawn", gone_home[0] - span[0])], key=lambda c: c[1])
                if not abroad and any(p.country == force.country and p.feature != _BASE_OF
                                      # (not where an arriving force comes from: "crossed the bridge from Jordan", nor
                                      # where a leaving one heads: "the last soldiers drove out towards Eilat")
                                      and not (_came_from(text, p) and all(st == "arriving" for st, _ in force_cues))
                                      and not (_HEADING.search(text, max(0, (p.start or 0) - 30), p.start or 0)
                                               and all(st in _CHANGES for st, _ in force_cues))
                                      and (p.precision != "country" or _locative(text, p))
                                      and not said_at <= (p.start or 0) < said_at + len(force.text)  # "Moscow has had …"
                                      # (not where a treaty was signed: "the treaties signed in Washington in 1977")
                                      and not _SIGNED_IN.search(text, max(0, (p.start or 0) - 40), p.start or 0)
                                      # (nor where a speaker is: "officials in Washington said …")
                                      and not _TARGET.search(text, max(0, (p.start or 0) - 30), p.start or 0)
                                      and not _acting(text, p) for p in found):
                    continue  # the force at home ("Nigerien units fighting in Niger") is no foreign presence
                if any(st in _CHANGES for st, _ in force_cues):
                    # "from Niger to Chad", "will leave Somalia, with some moving to Kenya": the destination is not
                    # where the force is leaving
                    local = [p for p in local if not _destination(text, p)]
                    if all(st in _CHANGES for st, _ in force_cues):
                        # nor is a town it goes to: "the commander left for Kiev as the last soldier in the country"
                        cities = [c for c in cities if not _destination(text, c)]
                elif all(st == "arriving" for st, _ in force_cues) and (came_from := [
                        p for p in local if _came_from(text, p)]) \
                        and (len(came_from) < len(local) or _owned_noun().search(text, max(0, (came_from[0].start or 0) - 60), came_from[0].start or 0)
                             or any(not _came_from(text, c) for c in sites + cities)):
                    # "crossed into Poland from Germany": the country it comes from is not where it arrives (nor are the
                    # countries of its bases when the clause names a town it reached: "secured the airport in Niamey as
                    # reinforcements flew in from French bases in Gabon and Chad")
                    local = [p for p in local if p not in came_from]
                hosts = list(dict.fromkeys([p.country for p in local if p.country] +
                                           [p.country for p in sites + cities + base_towns + others_bases
                                            if p.country and p.country != force.country]))
                onward = [p.country for p in local if p.country in hosts
                          and _ONWARD.search(text, max(0, (p.start or 0) - 40), p.start or 0)]
                if onward and not any(st in _CHANGES for st, _ in force_cues):
                    hosts = onward  # "flown to Niamey and crossed into Mali by road": Niger was on the way
                if not hosts and _BOTH_COUNTRIES.search(part):
                    # "would withdraw from both countries": the pair the sentence before named ("Syria and Lebanon …")
                    hosts = _pair_before(text, places, sentences, s.index, force.country)
                if not hosts and _ANAPHORIC_PLACE.search(part):
                    continue  # "left both of those countries": the host is somewhere earlier, unresolved
                earlier = _named_countries(text, places, s.start, span[0], force.country)
                if makeup is not None and whole_host is not None and not local:
                    hosts = [whole_host]  # a contingent is where its whole force is
                elif hosts:
                    ctx.hosts[force.country] = (hosts[0], s.index)
                elif any(st in _CHANGES for st, _ in force_cues) and any(p.precision == "region" and p.country is None
                                                                          and _locative(text, p) for p in found):
                    continue  # "would cut its troop numbers in the Sahel": a change across a region, in no one host
                elif _COMPASS_NOUN.search(part):
                    continue  # "keeps two army divisions in the South": a half of some country, not the article's own
                elif not any(st in _CHANGES for st, _ in force_cues) and any(
                        p.precision == "country" and _BORDER_OF.match(text, p.end or 0)
                        and _NEAR_BEFORE.search(text, max(0, (p.start or 0) - 20), p.start or 0) for p in found):
                    continue  # "has gathered 100,000 troops near Ukraine's borders": at its edge, in no host the clause names
                elif _THAT_COUNTRY.search(part) and len(earlier) == 1:
                    hosts = earlier  # "Chad ended the agreement, and French troops have been leaving that country"
                elif _THAT_COUNTRY.search(part) and not earlier and home is not None and home != force.country:
                    # "the country" told before any is named in the sentence is the one the article is about: "The last
                    # contingent left the country on Friday, and officers from Ghana and Kenya lowered the flag" (not a
                    # country named later, in another clause)
                    hosts = [home]
                elif frame.get(force.country):
                    hosts = [frame[force.country]]
                elif force.country in ctx.hosts and s.index - ctx.hosts[force.country][1] <= 1:
                    hosts = [ctx.hosts[force.country][0]]
                elif len(named_here := _named_countries(text, places, s.start, s.end, force.country)) == 1:
                    hosts = named_here  # "Neighbouring Mali ended the accords, and the last French troops left"
                elif force.country in ctx.hosts:
                    hosts = [ctx.hosts[force.country][0]]  # where the article last placed this force
                elif home == force.country and not any(st in _CHANGES for st, _ in force_cues):
                    continue  # the army of the article's own country ("alongside Mozambican units"), at home
                    # (not one that withdraws: "Chad has withdrawn 600 of the soldiers it sent" were abroad)
                else:
                    default = next((c for c, _ in located.most_common()
                                    if c != force.country and c not in named and c not in ctx.hosts), None)
                    hosts = [default] if default else []
                cue_hosts = _cue_hosts(force_cues, [p for p in local + sites + cities if p.country in hosts], span[0]) \
                    if len(hosts) > 1 else {}
                host_at = [((p.start or 0) - span[0], p.country) for p in local + sites + cities + base_towns
                           if p.country in hosts and p.start is not None]
                for host in hosts:
                    if len(hosts) > 1 and len(_strengths(part)) > 1:
                        strength = _host_strength(part, host_at, host)  # "2,500 in Iraq and 900 in Syria": each its own
                    listed = _town_list([p for p in cities if p.country == host], text)
                    at_sites = [p for p in sites if p.country == host] or listed
                    if listed and _GARRISONS_IN.search(text, max(0, (listed[0].start or 0) - 30), listed[0].start or 0):
                        at_sites = listed  # "the 201st base has 7,000 soldiers in garrisons in Dushanbe, Kulob and …": the towns
                    for status, cue_at in force_cues:
                        if host not in cue_hosts.get(cue_at, (host,)):
                            continue  # "left Chad last month and is preparing to withdraw from Senegal": each verb its place
                        if status in ("withdrawing", "withdrawn") and not at_sites and not _SURRENDER.match(part, cue_at):
                            # leaving a province is not leaving the country: "its withdrawal from South Kivu" (but a
                            # garrison that surrendered is gone as a force: "the garrison in Katanga laid down its arms")
                            # (not one an aside names: "The French, whose zone was in the Tyrol, have only a few men left")
                            # (one left, not one only reached before: "were sent to Cabo Delgado in 2019 and had left by
                            # early 2020" leave the country the province was all of their stay in)
                            at_sites = [p for p in found if p.precision == "admin1" and p.country == host
                                        and (p.start or 0) - span[0] > cue_at
                                        and not _ASIDE_BEFORE.search(text, s.start, p.start or 0)
                                        # (not a province that only bounds what was left: "the zones around Abkhazia")
                                        and not _AROUND_BEFORE.search(text, max(0, (p.start or 0) - 60), p.start or 0)][:1]
                        if status in ("withdrawing", "withdrawn") and not at_sites and _LEFT_THE_TOWN.search(part):
                            # leaving "the city" is leaving the town the sentence named before, not the country: "reached
                            # Hue and found that the defenders had pulled out of the city overnight"
                            town = [p for p in places if p.precision == "city" and p.country == host
                                    and s.start <= (p.start or 0) < span[0]][-1:]
                            if not town:
                                continue
                            at_sites = town
                        if status == "withdrawn" and not at_sites and (_LEFT_BASES.search(part) or _LEFT_A_BASE.search(part)):
                            status = "withdrawing"  # "left its bases in Tessalit and Aguelhok", towns we cannot place: not the country
                        if status == "withdrawn" and (_KEEPS_SOME.match(sentence, at + len(part))
                                                      or _KEEPS_SOME.search(part, cue_at)):
                            status = "withdrawing"  # "ended its operation …, but it will keep about 350 soldiers": a part stays
                        date_at = cue_at
                        if len(hosts) > 1:
                            # "the departure of French forces from Mali in 2022, from Burkina Faso in 2023": each its date
                            # (by the first of its places, a site too: "lowered its flag at Camp des Loges on March 14 and
                            # raised it at Stuttgart in West Germany the next day": France's date is March 14)
                            named_at = sorted((p.start or 0) - span[0] for p in local + sites + cities
                                              if p.country == host and (p.start or 0) - span[0] > cue_at)
                            date_at = named_at[0] if named_at else cue_at
                        when, since = _date_near(text, dates, caption or span, s.start + at + date_at, published, status,
                                                 [s.start + at + o for _, o in status_cues if o != cue_at])
                        if when is published and not caption:
                            when = _time_clause_date(text, dates, s.start, s.start + at) or when
                        if s.segment == "title" and when is published:
                            when = lead or when  # "Last Soviet soldiers leave Austria" left when the lead says they did
                        if status == "withdrawal_announced" and when is published and _PROVIDED_FOR.match(part, cue_at) \
                                and (signed := _signed_before(text, dates, sentences, s.index)) is not None:
                            when = signed  # "… signed in London on October 5. It provided for the withdrawal of …"
                        if status == "present" and since is None and when is not None and when is not published \
                                and _KEPT_SINCE.search(part, 0, max(0, (when.start or 0) - span[0])):
                            # "has kept troops there since it invaded in 1974": there now, and the arrival the clause tells
                            # begins the presence (its date is the arrival's, not this phase's); else there since then
                            when, since = published, None if any(st == "arriving" for st, _ in status_cues) else when
                        if status == "present" and when is not None and _dated_by_arrival(
                                text, dates, caption or span, s.start + at, published, since or when, force_cues, status_cues):
                            # "Cuba's force, which began arriving in November, remains": the arrival's date begins the
                            # stay the clause tells of, and the report's date finds the force there
                            when, since = published, None
                        if opened is not None and status == "present" and since is None and when in (opened, published):
                            when, since = published, opened  # "at its base in Djibouti, which opened in 2017": there since
                        # an arrival's town after "from" is where the force came from: "flew from Niamey to Mali"
                        targets: list[Place | None] = [p for p in at_sites if status != "arriving" or p.precision != "city"
                                                       or not _came_from(text, p)]
                        if status == "arriving" and not any(p.country == host for p in sites) and (reached := [
                                p for p in cities if p.country == host and _destination(text, p)]):
                            targets[:] = reached  # "crossed at Olszyna and drove on to Zagan": it arrives where it goes
                        if status == "withdrawn" and _LAST_BASE_IN.search(part):
                            # its last base in the town: the town left (by its name in the story, not the dateline's)
                            targets += _towns_named_by(at_sites, [p for p in places if not any(
                                g.kind == "dateline" and g.start <= (p.start or 0) < g.end for g in a.segments)], host)
                        left_host = status in ("withdrawing", "withdrawn") and any(
                            p.country == host and p.precision == "country" and _LEAVES.search(text[max(0, (p.start or 0) - 60) : p.start or 0])
                            # (not a country owning the place left: "leaving the Congo's capital")
                            and not re.match(r"['\u2019]s\b", text[p.end or 0 :])
                            for p in local) or (status == "withdrawn" and (_LAST_LEFT.search(part) or _BACK_ABOARD.search(part)
                                                                           or _SAILED_OUT.search(part)) is not None) \
                            or (status == "withdrawn" and any(p.country == host and p.precision == "country" and _PRESENCE_ENDS.search(
                                text, max(0, (p.start or 0) - 60), p.start or 0) for p in local)) \
                            or (status == "withdrawn" and _WHOLE_PRESENCE_ENDS.match(part, cue_at) is not None) \
                            or (status == "withdrawing" and _FIRST_SAILED.search(part) is not None)
                        # "left Afghanistan on Monday, flying out of Kabul airport": the country too, and so when the last
                        # of the force left with no place said ("the last Belgian units left in 2022, after …")
                        if not at_sites or status in ("present", "arriving") or (strength and len(at_sites) > 1) or left_host:
                            targets.append(None)
                        for site in targets:
                            n = strength if (site is None or len(at_sites) == 1) else None
                            # the base a relative clause dates: "among them the Kant air base, which Russia opened in 2003"
                            opened_here = opened is not None and status == "present" and since is None and site is not None \
                                and site.end is not None and 0 <= (opened.start or 0) - site.end <= 60
                            site_when, site_since = when, since
                            if status == "arriving" and site is not None and site.start is not None \
                                    and (entered := _ENTERED_BEFORE.search(text, max(span[0], site.start - 30), site.start)) is not None \
                                    and entered.start() > s.start + at + cue_at:
                                # a town entered after the clause's first arrival has its own time: "crossed into
                                # Slovakia in the autumn and entered Prague on May 9" (Prague on May 9)
                                site_when, site_since = _date_near(text, dates, caption or span, entered.start(), published, status)
                            said = _statement(item, s.index, sentence, events, sources, force, host, site, status, n, site_when,
                                              opened if opened_here else site_since)
                            out.append(said)
                            if status == "withdrawn" and _SURRENDER.match(part, cue_at):
                                yielded.append(said)
                            if status == "arriving" and _arrived_before(part, when, published) \
                                    and not any(st in ("withdrawn", "withdrawing") for st, _ in force_cues) \
                                    and not _going_after(sentence, at + len(part)):  # (not one gone or going since)
                                # an arrival dated only by a year long past ("returned to Iraq in 2014"): there that year
                                years_ago = when is not None and published is not None and _whole_years(when) \
                                    and _period_end(when.value or "") < (published.start_date or "")
                                out.append(replace(said, status="present", since=when if years_ago else None, as_of=published))
                            made = True
        if not made:
            out.extend(_from_events(item, s.index, s.start, sentence, events, sources, places, published))
    out += _missions_named_in(item, sentences, places, published, out)
    out += _allies_gone(item, sentences, places, dates, published, out, home)
    out += _contingents_told_to_go(out, home)
    out += _agreed_goings(text, sentences, dates, out)
    return _told_otherwise(out, yielded)


# a mission named by the country it serves in: "the U.N. mission in Congo", "NATO's training mission in Iraq", "the United
# Nations force in Cyprus" (the name runs up to the country's)
_MISSION_IN = re.compile(r"\bthe\s+(?P<org>(?-i:[A-Z])[\w.'\u2019 -]{1,40}?)\s+in\s+(the\s+)?(neighbou?ring\s+)?$", re.I)
_MISSION_WORD = re.compile(r"(?P<org>.+?)(['\u2019]s)?\s+((\w+\s+)?(peacekeeping\s+)?(mission|force|operation))", re.I)
_MISSION_GONE = re.compile(r"\b(end|ends|ended|ending|wind\s+up|winds\s+up|wound\s+up|clos(e|es|ed|ing)|terminat\w+|replac\w+|"
                           r"former|proposed|planned|new|future|after|since|during|until|before)\b", re.I)
_MISSION_ENDED_AFTER = re.compile(r",?\s+(which|that)\s+((has|had|was)\s+)?(been\s+)?(ended|closed|wound\s+up|left|withdrew|"
                                  r"pulled\s+out|terminated)\b", re.I)
# a contingent of it, by its people: "700 Uruguayan peacekeepers of the …", "Mongolian soldiers serving with the …"
_CONTINGENT_OF = re.compile(r"\b(?P<people>(?-i:[A-Z])[\w-]+)\s+(peacekeepers|soldiers|troops|observers|officers|battalions?|"
                            r"contingents?|units?)\s+(of|from|serving\s+with|with)\s+$", re.I)


# the last of several countries' forces gone together, named by no country: "The last allied soldiers left northern Iraq
# on Monday", "the last foreign troops pulled out of the city"
_ALLIES_LAST = re.compile(r"\b(last|final)\s+(allied|coalition|multinational|foreign|western)\s+(troops|soldiers|forces|units|contingents)\b"
                          r"[^.;]{0,30}?\b(left|withdrew\s+from|pulled\s+out\s+of|departed)\b", re.I)


def _allies_gone(item: Item, sentences: Sequence[Sentence], places: Sequence[Place], dates: Sequence[EventDate],
                 published: EventDate | None, found: Sequence[Presence], home: str | None) -> list[Presence]:
    """The going of every national force the article places in a country, when it tells that the last allied or
    foreign troops left that country (the U.N.'s and the host's own aside)."""
    assert item.article is not None
    text = item.article.text
    out: list[Presence] = []
    for s in sentences:
        if (m := _ALLIES_LAST.search(text, s.start, s.end)) is None:
            continue
        # (the country left, named right after the verb: "left northern Iraq")
        host = next((p.country for p in places if p.precision in ("country", "admin1", "region") and p.country
                     and m.end() <= (p.start or 0) <= m.end() + 25), None)
        if host is None:
            continue
        when, _ = _date_near(text, dates, (s.start, s.end), m.start(), published, "withdrawn")
        for country in dict.fromkeys(p.force.country for p in found if p.host == host and p.force.country not in (*_MISSIONS, home, host)):
            force = _Force(country, m.group(0), 0)
            out.append(_statement(item, s.index, text[s.start : s.end], [], _sources(item, s, text[s.start : s.end], []),
                                  force, host, None, "withdrawn", None, when, None))
    return out


def _missions_named_in(item: Item, sentences: Sequence[Sentence], places: Sequence[Place], published: EventDate | None,
                       found: Sequence[Presence]) -> list[Presence]:
    """A UN or regional mission named by the country it serves in, and the contingents told as its, are there when
    the story is told, if nothing else in the article says where they stand.

    "troops from the U.N. mission in Liberia will take over": whatever the clause's verb, the mission's name places it.
    """
    assert item.article is not None
    text = item.article.text
    table = cues().table
    told = {(p.force.country, p.host) for p in found}
    out: list[Presence] = []
    for s in sentences:
        sentence = text[s.start : s.end]
        for p in places:
            if p.precision != "country" or not p.country or not s.start <= (p.start or 0) < s.end:
                continue
            m = _MISSION_IN.search(text, max(s.start, (p.start or 0) - 70), p.start or 0)
            # (not one ended, proposed or past: "voted to end the U.N. mission in Sudan", "the former NATO force in …")
            if m is None or _MISSION_GONE.search(text, max(s.start, m.start() - 30), m.end("org")) \
                    or _MISSION_ENDED_AFTER.match(text, p.end or 0):  # "the UN mission in Mali, which ended last year"
                continue
            org = m.group("org")
            word = _MISSION_WORD.fullmatch(org)
            country = table.get(org.lower()) or (table.get(word.group("org").lower()) if word else None)
            if country not in _MISSIONS:
                continue
            forces = [_Force(country, org, m.start("org") - s.start)]
            if (c := _CONTINGENT_OF.search(text, max(s.start, m.start() - 60), m.start())) is not None \
                    and table.get(c.group("people").lower()) not in (None, *_MISSIONS, p.country):
                forces.append(_Force(table[c.group("people").lower()], c.group(0).strip(), c.start() - s.start))
            for force in forces:
                if (force.country, p.country) not in told:
                    told.add((force.country, p.country))
                    out.append(_statement(item, s.index, sentence, [], _sources(item, s, sentence, []), force, p.country, None, "present", None,
                                          published, None))
    return out


# the accord a going is told to carry out, and when it was made: "began pulling back under the ceasefire agreed on
# August 12", "left in June, under the evacuation agreement Britain signed with Egypt in 1954"
_UNDER_ACCORD = re.compile(r"\b(under|in\s+line\s+with|in\s+keeping\s+with)\s+(a|an|the|its|their)\s+([\w'-]+\s+){0,4}?"
                           r"(?P<noun>agreements?|accords?|treaty|treaties|deals?|ceasefire|cease-fire|truce|pact|declaration)\b[^.;]{0,100}",
                           re.I)


def _agreed_goings(text: str, sentences: Sequence[Sentence], dates: Sequence[EventDate], found: Sequence[Presence]) -> list[Presence]:
    """An accord that a force leave, dated in the sentence that tells it leaving under it, is the going's announcement
    at that date: the ledgers code a government's statement or an agreement that its troops will leave as
    ``withdrawal_announced`` when it is made, before the going it brings about."""
    out: list[Presence] = []
    for s in sentences:
        accords = list(_UNDER_ACCORD.finditer(text, s.start, s.end))
        if not accords:
            continue  # (most sentences name no accord: the goings they tell are not looked for)
        sentence = text[s.start : s.end].strip()
        goings = [p for p in found if p.status in _CHANGES and sentence in p.sentences]
        for m in accords if goings else ():
            made = next((d for d in dates if d.value and d.start_date and m.end("noun") <= (d.start or 0) < m.end()), None)
            if made is None:
                continue
            out += [replace(p, status="withdrawal_announced", since=made, as_of=made, strength=None) for p in goings
                    if (made.end_date or made.start_date or "") <= _start(p)]  # (made before the going it carries out)
    return out


# a sentence that tells of a mission's national contingents: "Rwanda provides the largest contingent", "Nigerian
# peacekeepers still guard the court"
_CONTINGENT_WORD = re.compile(r"\b(contingents?|peacekeepers|blue helmets)\b", re.I)
# a sentence that tells of the mission itself, by its mandate or the council that gives it
_MISSION_TOLD = re.compile(r"\b(mission|mandate|council|peacekeeping)\b", re.I)


def _contingents_told_to_go(found: Sequence[Presence], home: str | None) -> list[Presence]:
    """A mission's announced going, given to each national contingent the article tells of in the same host.

    A Security Council vote to end a mandate, or an organisation's decision that its force will leave, sends every
    contingent home with it (the ledgers code the vote for the mission and each contingent it names), when the sentence
    names the mission, its mandate or its council. A contingent is a
    national force placed in the host by a sentence that speaks of contingents or peacekeepers; one already told to be
    going, or gone, by that day keeps its own word, and one arriving after it is no part of the force it sends home.
    """
    out: list[Presence] = []
    for announced in [p for p in found if p.force.country in _MISSIONS and p.status == "withdrawal_announced" and p.site.name is None]:
        if not any(_MISSION_TOLD.search(t) or announced.force.text in t for t in announced.sentences):
            continue  # (a mission's troops told of by no word of the mission: "Ivanov said the troops would leave at once")
        # (nor one that arrives on or after that day, sent to cover the going: "marines came ashore to guard the departure")
        going = {p.force.country for p in found if p.host == announced.host and (
            RANK[p.status] >= RANK["withdrawal_announced"] and _start(p) <= _start(announced)
            or p.status == "arriving" and _start(p) >= _start(announced))}
        contingents = dict.fromkeys(
            p.force.country for p in found if p.host == announced.host and p.articles == announced.articles
            and p.force.country not in (*_MISSIONS, home, announced.host) and any(_CONTINGENT_WORD.search(t) for t in p.sentences))
        out += [replace(announced, force=PresenceForce(country, announced.force.sector, announced.force.text), strength=None)
                for country in contingents if country not in going]
    return out


# a town left by its common noun: "pulled out of the city", "withdrew from the town during the night"
_LEFT_THE_TOWN = re.compile(r"\b(left|leave|leaving|quit|abandoned|evacuated|withdr[ae]wn? from|withdrawing from|pulled out of|"
                            r"pulling out of)\s+the\s+(city|town|port|village)\b(?!\s+of\b)", re.I)


def _told_otherwise(found: list[Presence], yielded: Sequence[Presence]) -> list[Presence]:
    """The statements, less the surrenders of a force the article places in that host by nothing else."""
    surrenders = {id(y) for y in yielded}
    told = {(p.force.country, p.host) for p in found if id(p) not in surrenders}
    return [p for p in found if id(p) not in surrenders or (p.force.country, p.host) in told]


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# the last of a force left, with no place said: when, how or after what, not where ("left in March 1994, five months …")
_LAST_LEFT = re.compile(r"\b(last|final)\b(?! (year|month|week|time)\b)[^.;]{0,50}?\b(left|departed|withdrew|pulled out)"
                        r"(?=\s*([,;]|$)|\s+(early|late|overnight|aboard|after|before|when|as)\b|\s+on (a|an|board)\b|"
                        rf"\s+(in|on|by|during|at) (early |late |mid-)?(\d|({_MONTHS}|{_DAYS})\b|the (morning|night|evening|weekend)\b|dawn\b))",
                        re.I)
# the last of a force sailing or flying out of a town: it has left the country by sea or air, not just the town ("the
# last British soldiers sailed out of Port Said", and with the group told between: "the final group, 78 officers and men of
# the advisory mission, flew out of the capital's airport")
_SAILED_OUT = re.compile(r"\b(last|final)\b[^.;]{0,90}?\b((sailed|steamed|flew|flown|airlifted) (out|away) (of|from)|(sailed|steamed) from)\b",
                         re.I)
# (and the first of it sailing from a port: its going from the country has begun, "the first units sailed from Haiphong")
_FIRST_SAILED = re.compile(r"\b(first|some|part|half|many)\b[^.;]{0,60}?\b(sailed|steamed) (away )?from\b", re.I)
# back aboard the ships it came from: the force has left the country, wherever it embarked
_BACK_ABOARD = re.compile(r"\b(re-?embark(ed|ing)?|(climbed|went|got|headed|sailed) back (aboard|into|onto|to) (their|the) (\w+ ){0,2}"
                          r"(ships|warships|landing craft|boats|vessels|transports))\b", re.I)


# the end of a presence in a country, after a site left: "lowered its flag at the camp, marking the official end of the
# American military presence in France" (the country left too)
_PRESENCE_ENDS = re.compile(r"\b(end|ending|ended|ends)\s+(of\s+)?(the|its|their|a)\s+([\w.-]+\s+){0,3}?presence\s+(in|on)\s+(the\s+)?$",
                            re.I)
# a presence ended as a whole, with no country after it: "sailed from the port, ending a military presence that began
# in 1882" (the country left, not only the port)
_WHOLE_PRESENCE_ENDS = re.compile(r"(ending|ended|ends)\s+(the|its|their|a)\s+([\w.-]+\s+){0,3}?presence\b(?!\s+(in|on|at)\b)", re.I)
_RETURNED_TO = re.compile(r"\b(returned|went|came|flew|sailed|headed|was flown|were flown|was shipped|were shipped)\s+(back\s+)?"
                          r"(home\s+)?to\s+(the\s+)?$", re.I)
_MOVED_OWN = re.compile(r"\bmoved (its|their) [^.;]{0,60}?\bto\b", re.I)


# between two towns of a list, each told by its own "at" or "in", with where the first lies between: " on the Black Sea
# coast and at ", ", and in "
_AND_AT_TOWN = re.compile(r"(\s+(on|near|in|outside|off|along)\s+[^,;]{1,40}?)?\s*,?\s+(and|or)\s+(at|in)\s+(the\s+)?")


def _town_list(towns: Sequence[Place], text: str) -> list[Place]:
    """The first town a clause names, and the towns listed with it: "in garrisons in Dushanbe, Kulob and Qurghonteppa",
    "at Batumi on the coast and at Akhalkalaki"."""
    out = list(towns[:1])
    for town in towns[1:]:
        if _AND_AT_TOWN.fullmatch(text, out[-1].end or 0, town.start or 0):
            out.append(town)
            continue
        # (and a town each base of a list is in: "its air base at Agadez and its garrison at Dirkou", and with a
        # gapped subject of its own: "the navy keeps its base at Souda and the air force its station at Akrotiri")
        if not re.fullmatch(r"\s*(,|,?\s+and|,?\s+or)\s+(((the\s+)?((?-i:[A-Z])[\w-]*\s+){1,4})?(its|their|the)\s+(\w+\s+){0,2}"
                            r"(bases?|airbase|garrisons?|camps?|barracks|stations?)\s+(at|in)\s+)?", text[out[-1].end or 0 : town.start or 0]):
            break
        out.append(town)
    return out


# the last base a force had in a town: "pulled out of the citadel, their last base inside the city"
_LAST_BASE_IN = re.compile(r"\b(its|their|the) (last|final|only remaining|remaining) (\w+ ){0,2}(base|camp|garrison|outpost) "
                           r"(in|inside|within)\b", re.I)


def _towns_named_by(sites: Sequence[Place], places: Sequence[Place], host: str) -> list[Place]:
    """The towns of ``host`` the article names whose name is a word of one of the sites' ("Kandahar" of "Kandahar
    Airfield")."""
    words = {w.lower() for site in sites if site.precision == "facility" for w in re.findall(r"[\w'-]+", site.name or site.text or "")}
    out: dict[str, Place] = {}
    for p in places:
        if p.precision == "city" and p.country == host and (p.text or "").lower() in words:
            out.setdefault((p.text or "").lower(), p)
    return list(out.values())


def _paragraphs(text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences, each cut at a blank line the parser ran over ("… over the country.\n\nMINUSCA, which …"), or at a
    line's end after a full stop, before a capital ("… for the U.N.\nThe first troops …", an abbreviation's dot read as
    no sentence's end): a paragraph's end is a sentence's. The pieces keep their sentence's index (its events)."""
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        for m in re.finditer(r"\n\s*\n(?=\s*\S)|(?<=[.!?\"\u201d])[ \t]*\n(?=[ \t]*[A-Z\"\u201c])", text[s.start : s.end]):
            out.append(replace(s, start=start, end=s.start + m.start()))
            start = s.start + m.end()
        out.append(replace(s, start=start) if start != s.start else s)
    return out


def _cue_hosts(cues_: Sequence[tuple[str, int]], placed: Sequence[Place], offset: int) -> dict[int, tuple[str, ...]]:
    """For each status cue of a clause naming several hosts, the hosts named after it and before the next cue
    (else after it at all); a cue with none after it keeps them all."""
    starts = sorted(at for _, at in cues_)
    out: dict[int, tuple[str, ...]] = {}
    for at in starts:
        after = [p for p in placed if (p.start or 0) - offset > at]
        nxt = next((x for x in starts if x > at), None)
        until = [p for p in after if nxt is None or (p.start or 0) - offset < nxt] or after
        if until:
            out[at] = tuple(dict.fromkeys(p.country for p in until if p.country))
    return out


_LOCATIVE = re.compile(
    r"\b(in|into|inside|from|out of|to|near|across|throughout|within|left|leave|leaving|leaves|quit|entered|enter|"
    r"arrived in|withdrew from|towards|reinforc(e|es|ed|ing))\s+(the\s+)?(neighbou?ring\s+|west african\s+|central\s+|"
    r"(far[\s-]+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern\s+)?$", re.I)  # "in eastern Congo"
_LIST_BEFORE = re.compile(r"(,|\band|\bor)\s+(the\s+)?(neighbou?ring\s+)?$", re.I)
_NOT_LOCATIVE = re.compile(r"\b(turn(ed|s|ing)?|close|next|according|ties|relations|appeal(ed)?|talk(ed)?|speak|closer|"
                           r"pivot(ed)?|allegiance|sold|belonging|known|ally|allied)\s+to\s+(the\s+)?\S*\s*$|"
                           # where someone else came from: "fighters recruited in Syria", "mercenaries hired from Sudan"
                           r"\b(recruited|hired|born|raised|brought)\s+(in|from)\s+(the\s+)?$|"
                           # the state a country broke away from: "oversaw its independence from South Africa"
                           r"\b(independence|secession|separation)\s+from\s+(the\s+)?$|"
                           # a war supported from elsewhere: "a base used since 2001 to support the war in Afghanistan"
                           r"\b(support|supply|supporting|supplying)\s+(the\s+)?(war|fight|campaign|operations?)\s+in\s+(the\s+)?$|"
                           # people moved to a war: "a hub that moved troops in and out of the war in Afghanistan"
                           r"\b(in|into|out\s+of|to|from)\s+the\s+(war|fighting|conflict)\s+in\s+(the\s+)?$",
                           re.I)
# a country's border is its edge, not inside it: "troops near Ukraine's northern border" (but "in its border regions")
_BORDER_OF = re.compile(r"'s\s+((\w+ern|own)\s+)?(borders?|frontiers?)\b(?!\s+(regions?|areas?|towns?|provinces?|districts?|zones?))", re.I)
_NEAR_BEFORE = re.compile(r"\b(near|close\s+to|along|on|at|towards?)\s+$", re.I)
_DESTINATION = re.compile(r"\b(to|towards|for|into)\s+(the\s+)?(neighbou?ring\s+)?$", re.I)
_HEADING = re.compile(r"\b(towards?|for)\s+(the\s+)?(\w+\s+)?$", re.I)
# a country's half named by its compass point alone, as a noun: "in the South", "to the North"
_COMPASS_NOUN = re.compile(r"\b(in|into|to|across) the (?-i:North|South|East|West)\b(?!\s*(?-i:[A-Z])|-)", re.I)
_THAT_COUNTRY = re.compile(r"\b(that|this|the) country\b", re.I)
_ANAPHORIC_PLACE = re.compile(r"\b(those|these|both|the two|all three|the three)( of those| of these)? countries\b|\bleft both\b|"
                              r"\b(left|leave|leaving|withdrew from|withdrawn from|pulled out of) (the|that|this) (province|region|district)\b",
                              re.I)


def _locative(text: str, place: Place, depth: int = 0) -> bool:
    """Whether a place is where something is, by the words before it: "in/from/out of X", "X's capital", "A, B and X"."""
    if place.start is None or _BORDER_OF.match(text, place.end or place.start):
        return False
    if (led := _LED.match(text, place.end or place.start)) is not None and led.group(1).lower() != "based":
        return False  # who leads or backs, not where: "sent troops to the U.S.-led invasion of Iraq"
    before = text[max(0, place.start - 40) : place.start]
    if _LOCATIVE.search(before) and not _NOT_LOCATIVE.search(before):
        return True
    after = text[place.end or place.start : (place.end or place.start) + 20]
    if re.match(r"'s (capital|north|south|east|west|centre|center)(?!\w* neighbo)|\s+(hosts|hosted|has hosted|is hosting|still hosts)\b",
                after):  # (not the country a neighbour is named by: "Belarus, Ukraine's northern neighbour")
        return True
    if depth < 4 and _LIST_BEFORE.search(before) and not re.match(r"['\u2019]s\s+(\w+ern\s+)?neighbo", after):
        # a list continues a locative head: "out of Niger, Mali and Burkina Faso" (not an apposition naming a neighbour:
        # "in Belarus, Ukraine's northern neighbour")
        # the item before is its last one, two or three words ("in Mali and Niger", "in Burkina Faso and Niger")
        for words in (1, 2, 3):
            m = re.search(rf"(?<![\w'.-])([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){{{words - 1}}})\s*(,|\band|\bor)\s+(the\s+)?"
                          r"(neighbou?ring\s+)?$", before)
            if m is None:
                break
            prev = Place(m.group(1), place.start - len(before) + m.start(1), place.start - len(before) + m.end(1),
                         m.group(1), None, None, None, None)
            if _locative(text, prev, depth + 1):
                return True
    return False


# a base or airport named by words the NER left untagged: "Romania's Mihail Kogalniceanu air base", "its 102nd military
# base", "Yerevan's Zvartnots international airport"
_SITE_NAME = re.compile(r"(?<![\w'-])((?:(?-i:[A-Z])[\w-]+\s+){1,3}|\d+(?:st|nd|rd|th)\s+(?:military\s+|air\s+|naval\s+)?)"
                        r"(air\s*base|airbase|airfield|air field|(?:international\s+)?airport|naval base|military base|base|barracks)\b",
                        re.I)
_NOT_NAME = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "one", "another", "new", "main", "former",
                       "military", "air", "naval", "army", "international", "largest", "only", "key", "big", "first", "last",
                       "cold", "war", "soviet", "colonial", "wartime", "old", "abandoned", "disused"})  # of an era
_KIND = frozenset({"air", "naval", "military", "international"})
# where a named site is: the place that owns it ("Romania's"), else the place named just after ("in the city of Gyumri")
_SITE_AFTER = re.compile(r"\s*(,\s*)?(in|near|outside|at|on the outskirts of)\s+(the\s+)?((\w+\s+){0,2}(city|town|port|region) of\s+)?$", re.I)


def _named_sites(text: str, places: Sequence[Place], home: str | None) -> list[Place]:
    """Bases and airports named by words no place covers ("Romania's Mihail Kogalniceanu air base", "its 102nd military
    base in the northern city of Gyumri"), as facilities in the country that owns them, else of the place named just
    after, else of the article's country. A country's or a people's word is no name ("a French military base")."""
    table = cues().table
    out: list[Place] = []
    for m in _SITE_NAME.finditer(text):
        words = [] if m.group(1)[0].isdigit() else m.group(1).split()  # "its 102nd military base" is a name
        while words and words[-1].lower() in _KIND:
            words.pop()  # "Lambert Air Base": the name is "Lambert", "Air" says what kind of base
            if not words:
                words = ["the"]  # "The Air Base" alone names none
        if any(w.lower() in table or w.lower() in _NOT_NAME or w.lower().endswith("-era") for w in words):
            continue
        if re.search(r"\b(an?|another|one|any|some)\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "a Soviet-era air base", "an Islamic State base": some base of that kind, not one by its name
        if any((p.start or 0) < m.end() and (p.end or 0) > m.start() for p in places):
            continue  # a place the gazetteer knows ("Kabul airport", "Air Base 101") or the NER tagged
        if any(f.start() < m.end() and f.end() > m.start() for f in cues().force_re.finditer(text, max(0, m.start() - 40), m.end())):
            continue  # a force's name: "the Multinational Joint Task Force base"
        name = re.sub(r"\s+", " ", m.group(0))
        known = _curated_site(name)
        if known is not None:
            out.append(known.to_place(name, m.start(), m.end()))  # "the Adji Kossei air base": Kossei base
            continue
        owner = next((p for p in places if p.country and p.end is not None and re.fullmatch(r"'s\s+", text[p.end : m.start()])), None)
        after = next((p for p in places if p.country and p.start is not None and m.end() < p.start <= m.end() + 60
                      and _SITE_AFTER.fullmatch(text[m.end() : p.start])), None)
        country = owner.country if owner else after.country if after else home
        if country is None:
            continue
        out.append(_town_named(Place(name, m.start(), m.end(), name, country, precision="facility", feature="FAC"), places, text))
    return out


def _curated_site(name: str) -> Any:
    """The one curated facility one of whose names holds every distinctive word of ``name``, or None."""
    from .gazetteer import Gazetteer

    words = _site_words(name)
    if not words:
        return None
    gaz = Gazetteer.load()
    found = [e for e in gaz.facilities() if any(words <= _site_words(n) for n in gaz.names_of(e.key))]
    return found[0] if len(found) == 1 else None


_BASE_WORD = re.compile(r"\b(base|airbase|camp|barracks|garrison|airfield|hangar)\b", re.I)
_OWN_STATION = re.compile(r"\b(its|their|air|naval)\s+station\s+(at|in)\s+$", re.I)
_LANDMARK = re.compile(r"\b(next to|near|close to|beside|alongside|adjacent to|opposite)\s+(the\s+)?$", re.I)


_MILITARY_SITES = frozenset({"air_base", "camp", "naval_base"})
_MISREAD_KM = 2000.0  # a town this far from a country's capital is not one the story places in or beside it


def _far(town: Place, country: str) -> bool:
    """Whether ``town`` lies over _MISREAD_KM from the capital of ``country`` (not when either is unplaced)."""
    from .gazetteer import Gazetteer

    c = Gazetteer.load().country(country)
    if town.lat is None or town.lon is None or c is None or c.lat is None or c.lon is None:
        return False
    return _km(town.lat, town.lon, c.lat, c.lon) > _MISREAD_KM


def _misread_town(town: Place, mentioned: set[str | None], capitals: Sequence[Place]) -> bool:
    """Whether ``town`` is a town of a country the article never names, no capital, far from every country it does
    name and from every capital it names (one at least): the gazetteer's misreading of a name ("the Warsaw Pact",
    "Bohemia and Moravia" in a story on Prague, read as towns in the United States), which says nothing of what country
    the article is about (a story told in towns alone, with no capital, keeps them all)."""
    named = {c for c in mentioned if c}
    return town.country not in named and town.feature != "PPLC" and bool(named) and bool(capitals) \
        and all(_far(town, c) for c in named) and all(_far_from(town, c) for c in capitals)


def _far_from(town: Place, other: Place) -> bool:
    """Whether two placed towns lie over _MISREAD_KM apart (not when either is unplaced)."""
    if town.lat is None or town.lon is None or other.lat is None or other.lon is None:
        return False
    return _km(town.lat, town.lon, other.lat, other.lon) > _MISREAD_KM


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """The distance in km between two points, flat-earth: near enough at the scales these tests draw."""
    return math.hypot(lat - lat2, (lon - lon2) * math.cos(math.radians(lat))) * 111.2
_BASE_RADIUS_KM = 30.0


def _base_in(city: Place) -> Place | None:
    """The one curated military base in or beside ``city`` (its mention made the base's), or None."""
    from .gazetteer import Gazetteer

    if city.lat is None or city.lon is None:
        return None
    near = [e for e in Gazetteer.load().facilities()
            if e.feature in _MILITARY_SITES and e.country == city.country and e.lat is not None and e.lon is not None
            and _km(city.lat, city.lon, e.lat, e.lon) <= _BASE_RADIUS_KM]
    return near[0].to_place(city.text, city.start, city.end) if len(near) == 1 else None


_ACTS = re.compile(r"(\s+and\s+[A-Z][\w'-]+(\s+[A-Z][\w'-]+)?)?\s+(has |have |had |also |then |now )?(both |all |jointly )?(\w+ed|said|says|told|tells|wants|broke|cut|sent|sought|won|"
                   r"begins|began|plans|will|would|continues|seeks|hopes|insists|agrees|denies|warns|asks|says|wants|intends|"
                   r"shut|shuts|close|closes|end|ends|expel|expels|gave|gives|give|"
                   r"welcomes|greets|hails|praises|thanks)\b")  # "demanded that Doha shut the base", "Castro welcomes troops home"


# a town something moves on or is said in is not where the force is: "advancing towards Kidal", "told reporters in Male"
# and where a speaker is: "a security source in Niamey said", "a diplomat in the capital"
_SPEAKER_IN = re.compile(r"\b(said|says|told \w+|speaking|spoke)\s+(in|from)\s+$|"
                         # (and the military attaches of embassies, who speak of armies from a capital: "Western military
                         # attaches in New Delhi estimated that …")
                         r"\b(sources?|officials?|diplomats?|spokes\w+|residents?|witness(es)?|analysts?|correspondents?|"
                         r"journalists?|attach[eé]s?)\s+(in|from|based in)\s+$", re.I)
_TARGET = re.compile(r"\b(towards?|on|against)\s+$|" + _SPEAKER_IN.pattern, re.I)
# a town someone else took in a clause that dates or explains: "decided to end it after the rebels seized Goma"
_ROUTE_TO = re.compile(r"\b(route|road|way|gateway|passage|sea lanes?|corridor|approaches)\s+(to|into)\s+(the\s+)?$", re.I)
_SEIZED_BEFORE = re.compile(r"\b(after|before|since|when|until|once)\s+(the\s+|a\s+)?([\w-]+\s+){0,3}(seized|captured|took|overran|attacked|"
                            r"stormed|shelled|bombed|besieged)\s+(control\s+of\s+)?(the\s+)?([\w-]+\s+){0,2}(of\s+)?$", re.I)
_SINCE_WAR_IN = re.compile(r"\b(since|after|before|until|when)\s+the\s+([\w-]+\s+)?(war|fighting|conflict|crisis|uprising|insurgency)\s+"
                           r"in\s+(the\s+)?$", re.I)
_EVENT_IN_BEFORE = re.compile(r"\b(after|before|following)\s+(a|an|the)\s+([\w-]+\s+){1,2}(in|at)\s+$|"
                              # (and the unrest told by a verb: "flown in after soldiers mutinied at the barracks in Jinja")
                              r"\b(after|before|when|as|once|until)\s+([\w-]+\s+){1,3}(mutinied|rioted|rebelled|revolted|rose\s+up|"
                              r"protested|demonstrated|staged\s+a\s+coup)\s+((\w+\s+){0,3}(in|at)\s+)?$", re.I)
_NAMED_BASE = re.compile(r"(Camp|Fort|Base)\s+\S.*|[A-Z].*\s+(Base|Camp|Barracks|Airbase|Air Base|Naval Base|Harbour|Harbor|Airport|Airfield)|"
                         r"[A-Z].*\s+(?i:international\s+airport)")  # (the kind in small letters: "Lungi international airport")
# the kind of site after a name: "the Ndjili airport", "the Shek Kong airfield", "Terendak camp"
_SITE_KIND_AFTER = re.compile(r"\s+(military\s+|army\s+|air\s+force\s+|naval\s+|international\s+)?"
                              r"(base|airbase|air\s+base|camp|barracks|garrison|airfield|airport|airstrip)\b", re.I)
# (and with the force between: "pulled its last troops out of Libya")
_LEAVES = re.compile(r"\b(left|leave|leaves|leaving|quit|withdr[ae]w(n)? from|pulled out of|"
                     # (and the going as a noun, its own, not a stage of it: "completed its withdrawal from Germany",
                     # not "completing the first stage of the US withdrawal from Niger")
                     r"(?<!\bof )(its|their|the)\s+([\w.'-]+\s+)?(withdrawal|pullout|pull-out|departure|exit)\s+from|"
                     r"(pulled|took|brought|moved)\s+(its|their|the)\s+(\S+\s+){0,3}out\s+of)\s+(the\s+)?$", re.I)
# leaving some of its bases, not its last: the force is still in the country
_LEFT_BASES = re.compile(r"\b(left|vacated|quit|closed|withdrew from|pulled out of|handed over)\s+(its|their|the)\s+"
                         r"(?!last\b|final\b|only\b|remaining\b)(\w+\s+)?(bases|camps|garrisons|positions|sites)\b", re.I)
# leaving some base, not named: "have withdrawn from a base near the town", "left one of its camps"
_LEFT_A_BASE = re.compile(r"\b(left|vacated|quit|closed|withdr[ae]wn? from|pulled out of|handed over|out of)\s+(a|an|one of (its|their|the))\s+"
                          r"(\w+\s+){0,2}(bases?|airbases?|camps?|garrisons?|outposts?|positions?|sites?)\b", re.I)
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(city|of)\b)|'s\s+capital\b", re.I)


def _capital_named(place: Place, text: str) -> Place | None:
    """The capital city that a people's word or a country's name before "capital" names ("in the Malian capital",
    "the Solomon Islands capital", "Mali's capital"), as a city place over the words."""
    if place.country is None or place.precision != "country" or place.end is None \
            or (m := _CAPITAL_AFTER.match(text, place.end)) is None:
        return None
    country = Gazetteer.load().country(place.country)
    if country is None or not country.capital or country.lat is None:
        return None
    return replace(place, end=m.end(), text=text[place.start or 0 : m.end()], name=country.capital, feature="PPLC",
                   geonameid=None, precision="city", lat=country.lat, lon=country.lon)


_BASE_OF = "BASE_OF"  # a people's word read as the country of the base it names
_DEMONYM_BASE = re.compile(r"\s+(military\s+|army\s+|air\s+force\s+|naval\s+)?(base|airbase|air\s+base|camp|barracks|garrison|airfield)\b",
                           re.I)
_SEAT = re.compile(r"\b(government|authorities|administration|junta|regime|parliament|rulers|leaders|embassy|ministry|ministries)\s+"
                   r"(in|of|based in)\s+$",
                   re.I)
_BEHALF = re.compile(r"'s\s+(request|invitation|behest|demand|decision|approval|consent|permission|orders?|deadline|ultimatum)\b|"
                     # (and a capital naming its government's deadline with no "'s": "as the Bangkok deadline runs out"; or
                     # naming its government: "at the Kabul government's request", "the Niamey authorities")
                     r"\s+(deadline|ultimatum|government|regime|authorities|junta)\b|"
                     # or a deal named by where it was struck: "the Istanbul pledge", "under the Lome accord"
                     r"\s+(pledge|accords?|agreements?|treaty|declaration|protocol|communique)\b", re.I)


def _acting(text: str, place: Place) -> bool:
    """A capital that acts is its government, not a site: "two months after N'Djamena ended the agreement"."""
    end = place.end or place.start or 0
    if _BEHALF.match(text, end):
        return True  # "at Baghdad's request"
    if _SEAT.search(text[max(0, (place.start or 0) - 40) : place.start or 0]):
        return True  # "the U.N.-recognized government in Tripoli": where a government sits
    if _ORDERED_BEFORE.search(text, max(0, (place.start or 0) - 30), place.start or 0) and _TO_GO_AFTER.match(text, end):
        return True  # "gave Washington 90 days to leave": the government told to go
    return _ACTS.match(text, end) is not None and not _locative(text, place)


def _landmark(text: str, place: Place) -> bool:
    """A facility named to say where something else is ("a base next to the international airport")."""
    return _LANDMARK.search(text[max(0, (place.start or 0) - 20) : place.start or 0]) is not None


# where a ceremony was held: "a farewell parade at the Rayak air base" (the venue, not a site the force holds; but
# "a ceremony at the camp in Port-Bouet" names the camp the ceremony handed over)
_VENUE = re.compile(r"\b(ceremony|parade|farewell)\s+((with|for|of|by)\s+[^.;,]{1,40}?\s+)?(at|in)\s+(the\s+)?((?!(at|in|near)\b)[\w-]+\s+){0,2}$",
                    re.I)


_SIGNED_IN = re.compile(r"\b(signed|initialled|sealed|concluded|negotiated|reached|struck|met|meeting|summit|talks|conference|"
                        # (and where a promise was made: "Raab's delegation promised in Moscow that Austria would stay neutral")
                        # (and by whom, named between: "the accord signed by the two prime ministers in Lome")
                        r"promised|pledged|vowed|agreed)\s+((\w+\s+)?|with\s+(\S+\s+){1,3}?|by\s+[^.;,]{1,80}?\s+)"
                        # (and the country or the town of the venue, named after it: "signed by the generals at Kumanovo, in
                        # Macedonia", "talks at Camp David, near Washington")
                        r"(in|at)\s+(the\s+)?((?-i:[A-Z])[\w'.-]+(\s+(?-i:[A-Z])[\w'.-]+)?,\s+((in|near|outside)\s+)?)?$",
                        re.I)
_APART = re.compile(r"\W*(outside|beyond|away from)\s+(the\s+)?", re.I)
_CEREMONY = re.compile(r"\b(ceremony|ceremonies|parade|farewell)\b", re.I)
_HANDOVER = re.compile(r"\b(hand(s|ed|ing)?\s+(\w+\s+){0,3}over|handover|hand-over|transferr?(ed|ing)?)\b", re.I)


# a town a leader stopped at or visited: "When President Eisenhower stopped at Casablanca", "as the Emperor toured Asmara"
_LEADER_STOPPED = re.compile(r"\b(President|Prime\s+Minister|Premier|King|Queen|Emperor|Shah|Chancellor|Pope|Sheikh|Emir|"
                             r"Secretary)\s+([A-Z][\w.'-]*\s+){1,3}((stopped|stopping|called|calling)\s+(over\s+)?(at|in)|"
                             r"visited|visiting|toured|touring)\s+(the\s+)?$")


def _venue(text: str, place: Place, clause: str) -> bool:
    """A place named as where a ceremony or parade was held ("after a farewell parade at the airport"), in a clause
    that hands nothing over (a handover's ceremony is held at the site handed over), or as where a leader stopped."""
    before = text[max(0, (place.start or 0) - 80) : place.start or 0]
    return _VENUE.search(before) is not None and not _HANDOVER.search(clause) or _LEADER_STOPPED.search(before) is not None


def _destination(text: str, place: Place) -> bool:
    """Where something goes: "to Chad", "to neighbouring Kenya and Djibouti" (a list continues its head)."""
    before = text[max(0, (place.start or 0) - 30) : place.start or 0]
    if _DESTINATION.search(before):
        return True
    m = re.search(r"(?<![\w'.-])([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})\s*(,|\band|\bor)\s+(the\s+)?$", before)
    if m is None or not _LIST_BEFORE.search(before):
        return False
    start = (place.start or 0) - len(before) + m.start(1)
    return _destination(text, Place(m.group(1), start, start + len(m.group(1)), m.group(1), None, None, None, None))


def _sentence_hosts(text: str, start: int, end: int, places: Sequence[Place]) -> dict[str, str]:
    """The sentence's frame: for each force country, the first foreign country the sentence places something in."""
    located = [p.country for p in places if p.country and p.precision == "country" and _in((start, end), p.start)
               and _locative(text, p) and not _destination(text, p)
               # (not whose a force noun is: "with 500 police officers from the Emirates")
               and not _owned_noun().search(text, max(0, (p.start or 0) - 60), p.start or 0)
               # (nor where a deal was signed: "an agreement signed at Kumanovo, in Macedonia")
               and not _SIGNED_IN.search(text, max(0, (p.start or 0) - 120), p.start or 0)]
    if not located:
        return {}
    first = located[0]
    frame = dict.fromkeys(cues().countries, first)
    second = next((c for c in located if c != first), None)
    if second:
        frame[first] = second  # the force of the first country is placed in the next one
    else:
        frame.pop(first, None)
    return frame


# a force going on from where it was sent: "were flown to Dakar and crossed into Mali by road"
# a part of the force kept, said after its going: "…, but it will keep about 350 soldiers in the country"
_AROUND_BEFORE = re.compile(r"\b(around|near|outside|beyond|bordering|next\s+to|off)\s+(the\s+)?(([\w-]+\s+){1,3}(and|or|,)\s+)?$", re.I)
# (a number kept, or a small body: "but will keep a smaller team in the province until the end of the year")
_KEEPS_SOME = re.compile(r"\W*(?<!\w)(but|while|although|though)\s+(it|they|\w+)?\s*(will\s+|would\s+|is\s+to\s+|are\s+to\s+)?"
                         r"(keep|keeps|keeping|kept|retain|retains|retaining|retained|maintain|maintains|leave|leaves|leaving)\s+"
                         r"((about|around|some|nearly|up\s+to|roughly|almost)?\s*\d|(a|an)\s+(small|smaller|residual|reduced|rear|"
                         r"skeleton)\s+([\w-]+\s+)?(team|group|contingent|detachment|force|unit|party|garrison)\b)", re.I)
_ONWARD = re.compile(r"\band\s+(then\s+|later\s+)?(crossed|moved|drove|went|pushed|continued|travel+ed|marched)(\s+on|\s+over)?"
                     r"\s+(in)?to\s+(the\s+)?(neighbou?ring\s+)?$", re.I)


_BACKGROUND_BEFORE = re.compile(r"\b(after|before|since|when|because|until|as)\s+(the\s+)?$", re.I)
# a country naming who speaks, not where anyone is: "U.S. officials said", "Turkish defence sources"
_SPEAKERS_AFTER = re.compile(r"\s+([\w-]+\s+)?(officials?|diplomats?|spokes(man|woman|men|women|person)|sources?|analysts?|"
                             r"intelligence|envoys?|negotiators?)\b", re.I)
_RELATION_BEFORE = re.compile(r"\b(to|with|towards?|against|by|for|on|than)\s+(the\s+)?$", re.I)


_BOTH_COUNTRIES = re.compile(r"\b(both|the two)\s+countries\b", re.I)


def _pair_before(text: str, places: Sequence[Place], sentences: Sequence[Sentence], index: int, force: str) -> list[str]:
    """The last two countries named as a pair ("Syria and Lebanon") in the two sentences before ``index``, not ``force``'s."""
    window = [x for x in sentences if index - 2 <= x.index < index]
    if not window:
        return []
    start, end = window[0].start, window[-1].end
    named = [p for p in places if p.precision == "country" and p.country and p.country != force and _in((start, end), p.start)]
    pairs = [[a.country or "", b.country or ""] for a, b in zip(named, named[1:], strict=False)
             if a.country != b.country and re.fullmatch(r"\s+and\s+(the\s+)?", text[a.end or 0 : b.start or 0])]
    return pairs[-1] if pairs else []


def _named_countries(text: str, places: Sequence[Place], start: int, end: int, force: str) -> list[str]:
    """The countries a sentence names that may host ``force``: not its own, not another force of the
    sentence ("hosts French forces"), not a partner named after a preposition ("turned to Russia")."""
    forces = {f.country for f in _forces(text[start:end])}
    return list(dict.fromkeys(
        p.country for p in places
        if p.country and p.country != force and p.country not in forces and p.precision == "country"
        and _in((start, end), p.start) and not _RELATION_BEFORE.search(text[max(0, (p.start or 0) - 20) : p.start or 0])
        # nor one acting in a clause that dates or explains: "since 2017, when NATO moved forces east after Russia annexed Crimea"
        and not (_BACKGROUND_BEFORE.search(text[max(0, (p.start or 0) - 20) : p.start or 0]) and _ACTS.match(text, p.end or 0))
        # nor one whose officials speak, nor one whose border the force is near: "U.S. officials say Russia has 150,000
        # troops near Ukraine's borders"
        and not _SPEAKERS_AFTER.match(text, p.end or 0) and not _BORDER_OF.match(text, p.end or 0)
        # nor one whose name modifies a noun after "a": "a small New Zealand training team will also remain"
        and not _A_BEFORE.search(text, max(0, (p.start or 0) - 30), p.start or 0)
        # nor where a deal was signed
        and not _SIGNED_IN.search(text, max(0, (p.start or 0) - 120), p.start or 0)
        # nor whose ruler a title names: "agreed with King Faisal of Saudi Arabia to bring the troops home"
        and not _RULER_OF.search(text, max(0, (p.start or 0) - 60), p.start or 0)
        # nor whose troops a force noun names: "its first troops, from Ghana, landed"
        and not _owned_noun().search(text, max(0, (p.start or 0) - 60), p.start or 0)
    ))


_RULER_OF = re.compile(r"\b(President|Prime\s+Minister|Premier|King|Queen|Emperor|Shah|Sultan|Emir|Sheikh|Prince|Crown\s+Prince)\s+"
                       r"((?-i:[A-Z])[\w.'-]*\s+){0,3}of\s+(the\s+)?$")
_A_BEFORE = re.compile(r"\b(a|an)\s+((?-i:[a-z])[\w-]*\s+){0,2}$", re.I)


_REPLACED_BEFORE = re.compile(r"\b(took|take|takes|taking|taken)\s+over\s+from\s+(the\s+|an?\s+)?$|"
                             r"\b(replaced|replacing|relieved|relieving|succeeded|succeeding)\s+(the\s+|an?\s+)?$", re.I)
_JOINED = re.compile(r"joined\b", re.I)
_OBJECT_BEFORE = re.compile(r"\b(with|for|from|alongside|under|against|by|beside|among)\s+(the\s+|an?\s+)?$", re.I)
_PART_OF_THEM = re.compile(r"\s*(\([^()]{1,30}\))?\s*,\s*(most|many|some|all|half|part|several|two|three|a few|the rest|the bulk|"
                           r"two-thirds|a third|a majority) of (them|whom)\s+", re.I)
_OBJECT_CUE = re.compile(r"(pushed|forced|kicked|drove|driven|expelled|killing|killed|wounding|wounded|fought|attacked|ambushed)\b", re.I)


# a base handed to a force: "handed the base to U.S. forces", "turned the camp over to British troops" (not a town or a
# person: "handed the town over to French troops", "was handed over to U.S. forces")
_HANDED_TO = re.compile(r"\b(hand(s|ed|ing)?|turn(s|ed|ing)?)\s+(over\s+)?(the|its|their)\s+([\w-]+\s+){0,3}?(base|bases|camp|camps|barracks|"
                        r"airfield|airbase|garrison|positions)\b[^.;,]{0,40}?\bto\s+(the\s+)?$", re.I)


def _within(inner: _Force, outer: _Force) -> bool:
    return outer.start <= inner.start and inner.start + len(inner.text) <= outer.start + len(outer.text)


_LAST_OF = re.compile(r"(last|final)\s", re.I)
# a plural noun, no force's, just before a verb: its subject ("many guerrillas withdrew", "the settlers had left")
_OTHER_SUBJECT = re.compile(r"\b(?!(?:always|perhaps|whereas|towards|afterwards|besides|sometimes|across|unless)\b)"
                            r"((?-i:[a-z]){3,}s)\s+((have|has|had|also|then|later|quickly|soon)\s+)?$", re.I)
# what others say the force after it will do: "the two leaders announced that American forces would leave" (the force
# leaves, not the leaders)
_SAID_THAT = re.compile(r"(announced|announces|said|says|declared|agreed|decided)\s+([\w,]+\s+){0,4}?that\s+(the\s+|all\s+)?", re.I)
# a participle's agent after a cue with no force before it: the force after is another verb's agent
_WATCHED_BY = re.compile(r"\b\w+ed\s+by\b", re.I)
# what joins the forces of one subject beyond a bare "and": the countries an organisation's troops come from, and the
# forces that go with them ("1,500 AU troops from Tanzania and Sudan, together with a small Senegalese detachment and
# some 400 Comorian soldiers, came ashore": all of them)
_SUBJECT_LINK = re.compile(r"\s+from\s+(the\s+)?|\s*,?\s*(and|together\s+with|along\s+with|as\s+well\s+as)\s+(the\s+|an?\s+)?"
                           r"((about|around|some|roughly|nearly)\s+)?([\d,]+\s+)?((?-i:[a-z])+\s+)?", re.I)


_FROM_A_BASE = re.compile(r"\bfrom\s+(a|an|the|its|their)\s+([\w-]+\s+){0,2}?(base|airbase|camp|airfield|airstrip|outpost)\s+(at|in)\s+$",
                          re.I)


def _works_from_others_base(text: str, town: Place, force: _Force, forces: Sequence[_Force], offset: int) -> bool:
    """Whether ``town`` is where another force of the clause works from, not ``force``'s site.

    "Kenyan troops hunt the militants from a base at Dhobley, helped by U.S. advisers": the base is the subject's, the
    force whose verb it follows; a force named after "from a base at" (the advisers helping) is in the country, but the
    clause does not say where. (The subject may follow a phrase put first: "From a base at Dhobley, Kenyan troops …")
    """
    phrase = _FROM_A_BASE.search(text, max(0, (town.start or 0) - 60), town.start or 0)
    return phrase is not None and force.start > phrase.start() - offset and force.start > min(f.start for f in forces)


def _assign(clause: str, forces: Sequence[_Force], status_cues: Sequence[tuple[str, int]]
            ) -> list[tuple[_Force, list[tuple[str, int]]]]:
    """Each status cue goes to the force named last before it (its subject), else to the first force after it.

    A force left without a cue of its own shares the clause's ``present`` cue: "the Russian forces are in a
    different hangar from the American ones" places both.
    """
    out: dict[int, list[tuple[str, int]]] = {}
    for status, at in status_cues:
        before = [n for n, f in enumerate(forces) if f.start <= at]
        # not a force in a modifier of the subject: "The last Danish soldiers serving with NATO's training mission in Iraq
        # returned home" (the mission is the object of "with", the soldiers return)
        subjects = [k for k in before if not _OBJECT_BEFORE.search(clause[max(0, forces[k].start - 25) : forces[k].start])]
        n = subjects[-1] if subjects else before[-1] if before else 0
        if _LAST_OF.match(clause, at) and (last := [k for k, f in enumerate(forces) if 0 < f.start - at <= 20]):
            # a cue that opens on "last" holds its own subject: "U.N. troops moved in as the last Israeli soldiers left"
            # (the Israelis leave, not the U.N. troops named before the cue)
            n = last[0]
        if not before and re.search(r"\b(to|by|with|out of|from|quit|quitting|leave|leaving)\s+(the\s+)?$", clause[: forces[0].start]):
            # "handed over to U.S. forces": the force after the verb receives, it does not leave; "pull his country out
            # of the Multinational Joint Task Force": the force is what is left, not who leaves
            continue
        if not before and (other := _OTHER_SUBJECT.search(clause, max(0, at - 40), at)) is not None \
                and not cues().noun_re.fullmatch(other.group(1)) and not cues().force_re.search(clause, 0, at) \
                and not _OBJECT_CUE.match(clause, at) and not _SAID_THAT.fullmatch(clause, at, forces[0].start):
            # "many guerrillas withdrew … ahead of the Syrians' arrival": the verb is its own subject's (not a people's
            # gear: "American tanks and armoured vehicles rolled into Bosnia"; nor a verb acting on the force after it:
            # "the militias pushed the Turkish soldiers out")
            continue
        if not before and _WATCHED_BY.search(clause, at, forces[0].start):
            continue  # "crossed into Gisenyi watched by observers from the UN mission, MONUC": onlookers, not who crossed
        if _OBJECT_CUE.match(clause, at):
            # "the rulers forced out French and U.S. troops": the forces the verb acts on are the ones that leave
            acted = [k for k, f in enumerate(forces) if 0 < f.start - at <= 40]
            for k in acted[1:]:
                out.setdefault(k, []).append((status, at))
            n = acted[0] if acted else n
        out.setdefault(n, []).append((status, at))
        # a subject of several forces shares its verb: "Rwanda and Russia have sent …"
        # and so does a force whose part the next one is: "2,000 troops of the CSTO, most of them Russian paratroopers, began …"
        while n > 0 and forces[n - 1].start + len(forces[n - 1].text) <= forces[n].start \
                and (_listed(clause, forces[n - 1].start + len(forces[n - 1].text), forces[n].start, forces[n].start + len(forces[n].text))
                     or _SUBJECT_LINK.fullmatch(clause[forces[n - 1].start + len(forces[n - 1].text) : forces[n].start])
                     or _PART_OF_THEM.fullmatch(clause[forces[n - 1].start + len(forces[n - 1].text) : forces[n].start])):
            n -= 1
            out.setdefault(n, []).append((status, at))
        # two peoples sharing one noun share its verb: "the last French and Italian soldiers left" (the words of the
        # first force hold the second's)
        for k, f in enumerate(forces):
            if k != n and (_within(f, forces[n]) or _within(forces[n], f)) and (status, at) not in out.get(k, []):
                out.setdefault(k, []).append((status, at))
        # the mission a force joins is there: "joined the mission, MINUSMA, in December 2020"
        if _JOINED.match(clause, at):
            for k, f in enumerate(forces):
                if k != n and 0 < f.start - at <= 40:
                    out.setdefault(k, []).append(("present", at))
    for k in range(1, len(forces)):
        if k not in out and k - 1 in out and (_PEOPLE.fullmatch(forces[k].text)
                                               and _ALONGSIDE.search(clause[max(0, forces[k].start - 25) : forces[k].start])
                                               # and a force that goes with it, named by where it is from: "together with
                                               # 500 police from the Emirates" (not "working alongside the Malian army")
                                               or re.search(r"\sfrom\s", forces[k].text) is not None
                                               and _COMPANION.search(clause, max(0, forces[k].start - 40), forces[k].start)):
            # "were among the first to leave, alongside Tanzanians": the same verb (not "working alongside the Malian
            # army", a force of its own)
            out[k] = out[k - 1]
    for k, f in enumerate(forces):
        if k not in out and (to := _HANDED_TO.search(clause, max(0, f.start - 80), f.start)) is not None \
                and any(st == "withdrawn" for st, _ in status_cues):
            out[k] = [("arriving", to.start())]  # "handed the base to U.S. forces on Sunday": the new holders move in
    stays = [(st, at) for st, at in status_cues if st == "present"]
    for n in range(len(forces)):
        if n not in out and stays and not _REPLACED_BEFORE.search(clause[max(0, forces[n].start - 40) : forces[n].start]):
            out[n] = stays  # (not a force replaced: "took over from an African Union force in 2014" is gone)
    return [(forces[n], out[n]) for n in sorted(out)]


def _publication(item: Item) -> EventDate | None:
    assert item.article is not None
    p = item.article.published
    if not p.value:
        return None
    day = p.value[:10]
    return EventDate(None, None, None, day, "day" if len(day) == 10 else p.precision, day, day, "publication")


_ARRIVED = re.compile(r"\b(arrived|returned to|(began|begun|started) arriving|(has|have|had) (arrived|moved in|been (sent|deployed|flown))|moved into|entered|"
                      r"moved (its|their) [^.;]{0,60}?\bto|"
                      r"(sent|deployed|dispatched|flown) ([\w,-]+ ){0,4}?(to|into)|"  # "first deployed troops to Mali in 2013"
                      r"(sent|deployed|dispatched) (in|on|last|earlier|early|late))\b", re.I)  # "deployed in February"
ARRIVAL_DAYS = 7  # an arrival reported this long after it happened means the force is there


def _lead_date(sentences: Sequence[Sentence], dates: Sequence[EventDate], published: EventDate | None) -> EventDate | None:
    """The day the lead (the first body sentence) tells its news of, which a wire headline tells in the present ("Last
    Soviet soldiers leave Austria" over "… left Austria on Tuesday evening"): its first date to the day, of the week
    before publication; None when it gives none."""
    from datetime import date

    body = next((s for s in sentences if s.segment == "body"), None)
    day = (published.start_date or "")[:10] if published else ""
    if body is None or len(day) != 10:
        return None
    for d in dates:
        if _in((body.start, body.end), d.start) and d.precision == "day" and len(begun := (d.start_date or "")[:10]) == 10:
            return d if 0 <= (date.fromisoformat(day) - date.fromisoformat(begun)).days <= ARRIVAL_DAYS else None
    return None


def _whole_years(d: EventDate) -> bool:
    """A date that says no more than its year ("in 2014", not "at the end of 2021")."""
    from datetime import date

    try:
        return (date.fromisoformat((d.end_date or "")[:10]) - date.fromisoformat((d.start_date or "")[:10])).days >= 360
    except ValueError:
        return False


# the verb of a town's own arrival, just before its name
_ENTERED_BEFORE = re.compile(r"\b(entered|reached|captured|took|seized|occupied|(landed|arrived|rolled|marched|drove)\s+(at|in|into))\s+"
                             r"(the\s+)?$", re.I)


def _going_after(sentence: str, end: int) -> bool:
    """Whether the rest of the sentence after a relative clause tells its head's going: "The Red Army, which entered
    Prague in 1945, is leaving too" (not there by now, but going)."""
    return bool(_RELATIVE_END.match(sentence, end) or re.match(r",\s+", sentence[end:])) \
        and any(st in ("withdrawn", "withdrawing") for st, _ in _status_cues(sentence[end:]))


def _dated_by_arrival(text: str, dates: Sequence[EventDate], span: tuple[int, int], part_at: int, published: EventDate | None,
                      start: EventDate, own_cues: Sequence[tuple[str, int]], status_cues: Sequence[tuple[str, int]]) -> bool:
    """Whether a presence's date is the date of the force's own arrival, told in the same clause: "Marines who landed
    at Tientsin in September still guard the city" (the arrival is September's; the guard is the report's), not
    another's ("has had forces in Syria since 2015, the year the first U.S. troops arrived")."""
    if start is published:
        return False
    for status, cue_at in own_cues:
        if status == "arriving":
            arrived, arrived_since = _date_near(text, dates, span, part_at + cue_at, published, status,
                                                [part_at + o for _, o in status_cues if o != cue_at])
            return (arrived_since or arrived) is start
    return False


def _arrived_before(clause: str, when: EventDate | None, published: EventDate | None) -> bool:
    """A completed arrival begun well before the report ("arrived in Burkina Faso in January"): present by now."""
    from datetime import date, timedelta

    if when is None or published is None or when.source == "publication" or not _ARRIVED.search(clause):
        return False
    begun, day = when.start_date or when.value or "", published.start_date or ""
    try:
        return date.fromisoformat(begun[:10]) + timedelta(days=ARRIVAL_DAYS) <= date.fromisoformat(day[:10])
    except ValueError:
        return False


# a relative clause dating a base: "a base which opened in 2017", "its camp in Gao, set up in 2013"
_BASE_OPENED = re.compile(r"\b(base|airbase|camp|barracks|garrison|airfield|outpost|facility)\b[^.;:]{0,60}?(?:,\s*|\s+)"
                          r"(?:which|that)\s+(?:it\s+|they\s+|\w+\s+)?(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?"
                          r"(?:first\s+)?(opened|set up|built|established|inaugurated|founded|created|began operating|"
                          r"started operating)\b[^.;]{0,40}?$", re.I)


def _base_opened(text: str, start: int, end: int, dates: Sequence[EventDate]) -> EventDate | None:
    """The date a relative clause of the sentence gives a base's opening ("China's base in Djibouti, which opened in
    2017"): a presence at that base is dated from it."""
    for d in dates:
        if d.start is None or not start <= d.start < end or not d.value or _SINCE.match((d.text or "")[:6]):
            continue
        if _BASE_OPENED.search(text[start : d.start]):
            return d
    return None


_OTHER_START = re.compile(r"\b(began|begun|started|launched)\s+(in\s+|on\s+)?$", re.I)
# a relative clause telling when something began, however far on its date: "completing a withdrawal that began days after
# the ceasefire of June 5" (the start, not the completion)
# (a going's start: not "a presence that began when it seized the colony in 1915", "the war that began in 1998")
_BEGAN_CLAUSE = re.compile(r"\b(withdrawal|pullout|pull-out|drawdown|departure|evacuation|exit)\b[^,;]{0,40}?\b(that|which)\s+"
                           r"(began|started)\b[^,;]{0,60}$", re.I)
_AFTER = re.compile(r"\b(after|following)\s+$", re.I)
_DEADLINE = re.compile(r"\b(by|until|before)\s+(the\s+)?((end|last day|close) of\s+)?$|^(by|until|before)\b", re.I)
# time given to leave: "gave Washington until the end of 1992 to leave" (a deadline, not when the status began), or a
# stay granted to an end: "the treaty let the garrison remain until 1994"; the date it runs to is no date of the change
_GIVEN_TIME = re.compile(r"\b(gave|give|gives|given|granted|grants)\s+[^.;]{0,60}?\bto\s+(leave|withdraw|pull\s+out|depart|get\s+out)\b|"
                         r"\b(let|lets|allowed|allows|permitted|permits)\b[^.;]{0,60}?\b(stay|remain)\b|"
                         # or a mandate stretched to an end: "voted on June 30 to extend the mandate until December 31"
                         r"\b(extend|extends|extended|extending|renew|renews|renewed|renewing)\s+(the\s+|its\s+|their\s+)?(\w+\s+)?mandate\b",
                         re.I)
# (and a plan told in the past: "under the agreement the troops were to leave in stages, the last by June 30", and a
# pledge: "promised on Tuesday to pull its troops out by February 15")
_FUTURE = re.compile(r"\b(will|would|must|shall|to be out|be gone|be out|requires?|required|deadline|due to|(is|are|was|were) to|"
                     r"provides? for|provided for)\b|"
                     r"\b(promis|pledg|vow|undert[oa]k)\w*\s+([\w,]+\s+){0,4}?to\s+(?!the\b|an?\b)\w+",
                     re.I)


_SPAN_FROM = re.compile(r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(?P<u>day|week|month|year)s?\s+(?P<dir>after|before)", re.I)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _counted_back(span_date: EventDate, earlier: Sequence[EventDate]) -> EventDate | None:
    """The date of the event a span is counted from ("in March 1994, five months after …": October 1993), from the
    date the span is counted to, the last one before it in the clause; None when there is none."""
    from datetime import date, timedelta

    m = _SPAN_FROM.fullmatch(span_date.text or "")
    anchor = next((e for e in reversed(earlier) if e.start_date and e.precision in ("day", "month", "year")), None)
    if m is None or anchor is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _SMALL_NUMBERS[m["n"].lower()]
    n = n if m["dir"].lower() == "after" else -n  # the other event lies the span before the anchor, or after it
    unit = m["u"].lower()
    day = date.fromisoformat((anchor.start_date or "")[:10])
    if unit in ("day", "week"):
        day -= timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = day.year * 12 + day.month - 1 - n * (12 if unit == "year" else 1)
        day = date(months // 12, months % 12 + 1, 1)
    precision = "day" if anchor.precision == "day" and unit in ("day", "week") else "year" if anchor.precision == "year" else "month"
    value = day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    return EventDate(span_date.text, span_date.start, span_date.end, value, precision,  # type: ignore[arg-type]
                     value if precision == "day" else f"{value}-01" if precision == "month" else f"{value}-01-01",
                     _period_end(value), "text")


# a clause of time split off from the one before it by a counted span: "…, a day after", "…, two weeks before"
_TIME_CLAUSE = re.compile(r",\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:day|week)s?\s+(?:after|before)\s+", re.I)


def _time_clause_date(text: str, dates: Sequence[EventDate], start: int, at: int) -> EventDate | None:
    """The date of what is told at ``at`` in a clause of time of the sentence beginning at ``start``, counted from the
    date of the clause before it: "patrolled Moroni on Thursday, a day after French troops landed" (the landing is
    Wednesday's); None when ``at`` is in no such clause or the clause before gives no date. (Not "…, hours after
    protesting that …": what such a clause reports may be of any time before.)"""
    m = next(reversed(list(_TIME_CLAUSE.finditer(text, start, at))), None)
    counted = next((d for d in dates if m is not None and d.start is not None and m.start() <= d.start < m.end()), None)
    if m is None or counted is None:
        return None
    return _counted_back(counted, [d for d in dates if d.start is not None and start <= d.start < m.start() and d.value])


# a date that names an event by its month or year ("the July fighting", "the 1986 referendum"), and one told as when a
# deal was signed ("the accords signed in New York in December 1988")
_EVENT_NAMED_AFTER = re.compile(r"\s+(fighting|war|coup|attacks?|bombings?|riots|clashes|uprising|massacre|elections?|referendum|"
                                r"crisis|offensive|invasion|revolution|earthquake|floods?)\b", re.I)
_SIGNED_WHEN = re.compile(r"\b(signed|initialled|sealed|concluded|reached|struck|ratified)\s+([^.;,]{0,40}?\s+)?(in|on)\s+$", re.I)
# a relative clause after a going announced, dating a noun by a verb of its own (not the going's: "a pullout that began
# in April", nor the force's: "the troops, which arrived in April")
_OTHER_NOUNS_TIME = re.compile(r"\b(that|which)\s+(?!(began|begun|started|ended|finished|was\s+completed|arrived|came|landed|"
                               r"deployed|left)\b)([\w-]+\s+){1,2}(on|in)\s+$", re.I)
_DEADLINE_AFTER = re.compile(r"\s+(deadline|cut-?off\s+date|target\s+date)\b", re.I)


def _date_near(text: str, dates: Sequence[EventDate], span: tuple[int, int], cue: int, published: EventDate | None,
               status: str = "present", others: Sequence[int] = ()) -> tuple[EventDate | None, EventDate | None]:
    """The clause's time expression nearest the cue (after it first), and a "since" date if one is given.

    Skipped: a deadline or a planned date ("will withdraw … in January", said on 1 January), the start of
    something else ("completing a withdrawal that started in April"), a reference point ("after the fall"), and a
    date before the cue that another cue of the clause (``others``) stands nearer ("left Chad last month and is
    preparing to withdraw").
    """
    when: EventDate | None = None
    since: EventDate | None = None
    best = None
    clause = text[span[0] : span[1]]
    day = (published.start_date or "")[:10] if published else ""
    for d in dates:
        if not _in(span, d.start) or not d.value:
            continue
        lead = (d.text or "")[:6]
        before = text[max(0, (d.start or 0) - 25) : d.start or 0]
        if (_DEADLINE.search(before) or _DEADLINE.search(before[-12:] + lead) or _DEADLINE.search(lead)) \
                and (_FUTURE.search(clause) or _GIVEN_TIME.search(clause)):
            continue  # "must be out by 15 September": a deadline, not when the status began (the timex may hold the "by")
        if day and _FUTURE.search(clause) and (d.end_date or "")[:10] > day:
            continue  # "will withdraw … in January", said on 31 December: when it is to happen, not when it was said
        if (_OTHER_START.search(before) or _BEGAN_CLAUSE.search(clause, 0, max(0, (d.start or 0) - span[0]))) \
                and status not in ("arriving", "withdrawing") \
                and not (status == "present" and _PRESENCE_BEGAN.search(before)):
            continue  # (but "a presence that began in 1960" dates the presence)
        if _AFTER.search(before):
            continue
        if status in _CHANGES and (d.start or 0) > cue and _WHOLE_PRESENCE_ENDS.match(text, cue) \
                and _PRESENCE_BEGAN.search(text, cue, d.start or 0):
            continue  # "ending a presence that began in 1882": the start of what ends, not when it ended
        if _DEADLINE_AFTER.match(text, d.end or 0):
            continue  # "as troops count down to the October deadline": when they must be gone, not when anything happened
        if _EVENT_NAMED_AFTER.match(text, d.end or 0) and re.search(r"\bthe\s+$", before) \
                and not re.search(r"\b(after|since|following)\s+the\s+$", before):
            continue  # "over the response to the July fighting": a date that names another event, not this one's (but
            # "set up after the August war" is dated by it, as near as the story tells)
        if status == "withdrawal_announced" and (d.start or 0) > cue and _OTHER_NOUNS_TIME.search(before):
            continue  # "would withdraw to the line of control that existed on November 7, 1959": that line's date, not the going's
        if (d.start or 0) > cue and _SIGNED_WHEN.search(before):
            continue  # "flew home from Luanda, before the deadline of the accords signed in New York in December 1988"
        if re.search(r"\b(after|before)$", d.text or "", re.I) and re.match(r"\s+[A-Za-z0-9]", text[d.end or 0 : (d.end or 0) + 2]):
            if (d.end or 0) > cue:
                continue  # "ten years after Brussels sent them in": counted from another event, not a date of this one
            # the cue is in that other event: "left in March 1994, five months after 18 soldiers were killed" dates the
            # killing five months before March 1994
            counted = _counted_back(d, [e for e in dates if _in(span, e.start) and (e.end or 0) <= (d.start or 0)])
            if counted is None:
                continue
            d = counted
        if _SINCE.match(lead) or re.search(r"\bsince\s+$", before):  # the timex keeps "since"/"for" in its text
            since = since or d
            continue
        distance = (d.start or 0) - cue
        if distance < 0 and any(o < (d.start or 0) and (d.start or 0) - o < cue - (d.start or 0) for o in others):
            continue
        score = distance if distance >= 0 else 1000 - distance
        if best is None or score < best:
            best, when = score, d
    return when or published, since


def _sources(item: Item, sentence: Sentence, text: str, events: Sequence[Event]) -> tuple[str, ...]:
    """Who says so, each chain written outermost first: "NTB < Reuters < An unnamed US defense source"."""
    assert item.article is not None
    chains = [sentence.attribution] if sentence.attribution else []
    chains += [e.attribution for e in events if e.attribution]
    agency = item.article.original_source or item.article.site
    found = [" < ".join(dict.fromkeys([*([agency] if agency else []), *(x.source for x in reversed(c))])) for c in chains]
    if not chains:
        found = [f"{agency} < {m.group(1).strip()}" if agency else m.group(1).strip() for m in _ACCORDING.finditer(text)]
    return tuple(dict.fromkeys(found)) or ((agency,) if agency else ())


def _site_name(site: Place) -> str | None:
    """A town by the text's own spelling of it ("Samawah", not the gazetteer's "As Samawah"), so that a reader finds the
    site as the story names it; a curated facility keeps its one name ("Air Base 101" however the story calls it), and a
    capital the story gives by its country ("Haiti's capital") its own name."""
    by_text = site.precision == "city" and site.geonameid is not None and not site.text.endswith("capital")
    return site.text if by_text else site.name


def _statement(item: Item, index: int, sentence: str, events: Sequence[Event], sources: tuple[str, ...], force: _Force,
               host: str, site: Place | None, status: str, strength: int | None, when: EventDate | None,
               since: EventDate | None) -> Presence:
    assert item.article is not None
    evidence = tuple(e.id for e in events if e.type in EVENT_STATUS or force.country in _countries(e))
    return Presence(
        force=PresenceForce(force.country, "MIL", force.text),
        host=host,
        site=PresenceSite(_site_name(site), site.lat, site.lon, site.precision) if site else PresenceSite(None),
        status=status,  # type: ignore[arg-type]
        strength=strength,
        # "have been leaving since mid-December": a change holds since then too; "for a year" dates only a presence
        since=since if since and (status == "present" or not (since.text or "").lower().startswith("for")) else when,
        as_of=when,
        evidence=evidence,
        articles=(item.article.id,),
        sentences=(sentence.strip(),),
        sources=sources,
    )


_GOVERNMENT = re.compile(r"\b(government|junta|rulers|leaders?|officials?|president|minister|ministry|spokes\w+|"
                         r"authorities|regime|diplomats?|ambassador|embassy)\b", re.I)


def _is_force(text: str, country: str) -> bool:
    """An actor is a force of ``country`` when it names the country's forces ("last French soldiers", "Barkhane")."""
    if _GOVERNMENT.search(text):
        return False
    c = cues()
    table = c.table
    return any(table[m.group(1).lower()] == country for m in c.force_re.finditer(text)) and (
        c.noun_re.search(text) is not None or any(f.text == text for f in _forces(text)))


def _countries(e: Event) -> set[str]:
    return {x.country for x in e.actor + e.recipient if x.country}


def _from_events(item: Item, index: int, start: int, sentence: str, events: Sequence[Event], sources: tuple[str, ...],
                 places: Sequence[Place], published: EventDate | None) -> list[Presence]:
    """Statements from coded events the cues missed (military deployments, withdrawals) by a named foreign force."""
    assert item.article is not None
    text = item.article.text
    out = []
    for e in events:
        status = EVENT_STATUS.get(e.type)
        if status is None or e.negated or e.hypothetical or not cues().noun_re.search(sentence):
            continue
        if status == "withdrawal_announced" and _promised_once(text, e.trigger.start, e.trigger.end):
            continue  # "would come home once the general was in custody": a promise on a condition
        if e.type == "AID" and "military" not in e.context and not re.search(r"instructor|troop|soldier", sentence, re.I):
            continue
        actor = next((x for x in e.actor if x.country and _is_force(x.text, x.country)), None)
        if actor is None or actor.country is None:
            continue
        # the host is a country the sentence places the force in, not a coded recipient ("told France")
        located = [p for p in places if p.country and p.country != actor.country and p.precision == "country"
                   and _in((start, start + len(sentence)), p.start) and _locative(text, p)
                   and not (status in ("withdrawing", "withdrawn") and _destination(text, p))
                   and not _SIGNED_IN.search(text, max(0, (p.start or 0) - 120), p.start or 0)]
        host = located[0].country if located else None
        # the event's own place as this stage reads it: "Ali, a village northwest of Gori" is Georgia's, not India's
        place = e.place and next((p for p in places if p.start == e.place.start and p.end == e.place.end), e.place)
        in_sentence = place is not None and _in((start, start + len(sentence)), place.start)
        if host is None and in_sentence and place and place.precision in ("facility", "city") \
                and place.country != actor.country \
                and not _SIGNED_IN.search(text, max(0, (place.start or 0) - 60), place.start or 0):
            # the event's own place, not an article-wide fallback (nor where a deal was signed: "after the peace
            # agreement was signed in Paris")
            host = place.country
        if host is None:
            continue
        if e.type == "RETREAT" and _DROVE_OUT.match(e.trigger.text) \
                and not _PASSIVE_BEFORE.search(text, max(0, e.trigger.start - 30), e.trigger.start):
            continue  # "Syrian troops drove the guerrillas out of the town": the actor drives others out, it stays
        site = place if in_sentence and place and place.precision == "facility" else None
        if e.type == "RETREAT" and re.search(r"\b(complet|last|final)", sentence, re.I):
            status = "withdrawn"
        force = _Force(actor.country, actor.text, 0)
        # (an arrival at a site is one in its country too, as the cues read it; leaving a site is not leaving the country)
        for at in [site, None] if site is not None and status == "arriving" else [site]:
            p = _statement(item, index, sentence, [e], sources, force, host, at, status, None, e.date or published, None)
            out.append(replace(p, evidence=(e.id,)))
    return out


# ---------------------------------------------------------------- the ledger
def key_of(p: Presence) -> str:
    return f"{p.force.country}|{p.force.sector or ''}|{p.host}|{p.site.name or ''}"


def _start(p: Presence) -> str:
    d = p.since or p.as_of
    return (d.start_date or d.value or "") if d else ""


_CHANGES = frozenset({"withdrawal_announced", "withdrawing", "withdrawn"})
# a new phase keeps the strength last stated until troops leave
_CARRIES_STRENGTH = frozenset({"present", "withdrawal_announced"})
_COARSE = frozenset({"season", "year", "decade", "century"})


def _when(p: Presence) -> str:
    """When the ledger takes a statement's status to hold: a change dated only by a season or a year
    ("soldiers who left Niger in 2023") holds by the end of it, so finer-dated reports of the same
    period order it; everything else from the start of its date. A change dated to the day keeps its
    day when a later, vaguer report ("earlier this year") corroborates it."""
    d = p.since or p.as_of
    if p.status in _CHANGES and d is not None and d.precision in _COARSE and d.end_date:
        return d.end_date
    return _start(p)


def _end(p: Presence) -> str:
    d = p.as_of or p.since
    return (d.end_date or d.start_date or d.value or "") if d else ""


def _order(p: Presence) -> tuple[str, int, str, str]:
    return (_when(p), RANK[p.status], p.articles[0] if p.articles else "", p.sentences[0] if p.sentences else "")


def ledger(found: Iterable[Presence], as_of: str | None = None) -> list[Presence]:
    """Fold statements into each (force, host, site)'s timeline of status changes, oldest first.

    A site's timeline also takes the country-wide changes that move it forward after its first
    report: a withdrawal agreed for "US troops in Niger" is agreed for each US base in Niger, and a
    force reported arriving at a base is present there once it is reported present in the country.
    The country-wide timeline in turn is ``withdrawing`` once the force leaves one of its bases, but not when it leaves
    a province while reported still in the country. Before folding, a presence "since" the period of a reported arrival
    is dated from its report, and the withdrawals of one named unit ("Wagner") are dropped when another unit of the
    same country ("Africa Corps") is reported staying on that day or later.
    """
    groups: dict[str, list[Presence]] = {}
    for p in found:
        if not _start(p):
            continue  # an undated statement has no place in a timeline
        if as_of and _when(p) > as_of:
            continue  # not yet held on that day: a change dated "in 2023" holds by the year's end
        groups.setdefault(key_of(p), []).append(p)
    folded = {key: _fold(sorted(_other_unit_stays(_present_after_arrival(groups[key])), key=_order)) for key in sorted(groups)}
    sites: dict[str, list[str]] = {}  # country-wide key -> the keys of its sites
    for key in folded:
        if not key.endswith("|"):
            sites.setdefault(key[: key.rindex("|") + 1], []).append(key)
    for wide_key, keys in sites.items():
        if wide_key not in folded:
            # a force the story places only at its sites is in the host country as long as it is at one: "the last
            # British soldiers sailed out of Port Said" left Egypt (leaving one site while at another is withdrawing)
            folded[wide_key] = _fold(sorted((_country_wide(p, [folded[k] for k in keys if k != key]) for key in keys
                                             for p in folded[key]), key=_order))
    folded = dict(sorted(folded.items()))
    out: list[Presence] = []
    for key, phases in folded.items():
        if key.endswith("|"):
            # a force leaving one of its bases in the host is withdrawing from the host
            # but leaving a province while reported still in the country ("remains deployed in North Kivu") is a
            # redeployment: the country-wide entry stays present
            # and so is leaving a base while reported still holding troops in the country on that day or later
            # ("handed over the base … The United States still has about 5,000 soldiers in Iraq")
            still = max((_end(p) for p in phases if p.status == "present"), default="")
            staying = max((_end(p) for p in groups.get(key, ()) if p.status == "present" and any(_STILL.search(x) for x in p.sentences)),
                          default="")
            left = [replace(p, site=phases[0].site, status="withdrawing") for k in sites.get(key, ())
                    for p in folded[k] if p.status in ("withdrawing", "withdrawn")
                    and not (p.site.precision == "admin1" and still >= _when(p)) and not staying >= _when(p)]
            out.extend(_inherit(phases, left) if left else phases)
            continue
        wide = folded.get(key[: key.rindex("|") + 1])
        # a site reported kept on the day of a country-wide change or later is not left by it: "will shrink its
        # force …, but will keep troops at Gao"
        kept = max((_end(p) for p in groups[key] if p.status == "present" and any(_KEEPS.search(x) for x in p.sentences)),
                   default="")
        wide = [w for w in wide or () if w.status not in _CHANGES or kept < _when(w)]
        out.extend(_inherit(phases, wide) if wide else phases)
    return out


def _country_wide(p: Presence, others: list[list[Presence]]) -> Presence:
    """A site's change as the host country's: leaving it while still at another site is withdrawing from the host."""
    status = p.status
    if status == "withdrawn" and any(q.status not in ("withdrawn", "withdrawing") and _when(q) >= _when(p)
                                     for phases in others for q in phases[-1:]):
        status = "withdrawing"
    return replace(p, site=PresenceSite(None), status=status)


_KEEPS = re.compile(r"\b(keeps?|kept|keeping|remains?|remained|remaining|stays?|stayed|staying)\b(?! (expected|due|to|set|scheduled))", re.I)
# (or "now": "has about 900 troops in Iraq, most of them now at the airport")
_STILL = re.compile(r"\b(still|now)\b(?! (expected|due|to|set|scheduled|planned|plans|waiting|leaving|withdrawing|pulling))", re.I)  # not "still due to leave"


def _present_after_arrival(found: list[Presence]) -> list[Presence]:
    """A presence "since" the period a reported arrival falls in ("operating in Mali since December", when they began
    arriving in December) is that arrival seen later: the force is present from the report, not from the arrival."""
    arrivals = [_start(p) for p in found if p.status == "arriving" and _start(p)]
    if not arrivals:
        return found
    # "returned to Iraq in 2014", read as present since then: that arrival's own presence stays where it is
    own = {(p.articles, p.since or p.as_of) for p in found if p.status == "arriving"}
    out = []
    for p in found:
        d = p.since
        if p.status == "present" and d is not None and p.as_of is not None and d is not p.as_of and (p.articles, d) not in own \
                and any((d.start_date or "") <= a <= _period_end(d.value or d.start_date or "") for a in arrivals):
            p = replace(p, since=p.as_of)
        out.append(p)
    return out


def _unit(p: Presence) -> str | None:
    """The named unit a statement is about ("Wagner", "Africa Corps"), folded to one spelling, or None."""
    units = cues().units
    m = units.search(p.force.text) if units is not None else None
    if m is None:
        return None
    return re.sub(r"^operation |\s+group$", "", m.group(1).lower()).replace("korps", "corps")


def _other_unit_stays(found: list[Presence]) -> list[Presence]:
    """Without the withdrawals of one named unit when another unit of the same country is reported there on that day
    or later: "Wagner is leaving Mali; the Africa Corps will remain" leaves Russia's forces present."""
    staying = [(u, _end(p)) for p in found if p.status == "present" and (u := _unit(p))]
    if not staying:
        return found
    return [p for p in found if p.status not in _CHANGES or (u := _unit(p)) is None
            or not any(v != u and end >= _when(p) for v, end in staying)]


def _halted(p: Presence) -> bool:
    """A presence stated with a halt of the withdrawal ("froze the planned pullout"), which takes an announced or begun
    withdrawal back to present."""
    halts = cues().halts
    return p.status == "present" and halts is not None and any(halts.search(s) for s in p.sentences)


def _forward(cur: Presence, p: Presence) -> bool:
    return RANK[p.status] > RANK[cur.status] or (p.status == "arriving" and cur.status == "withdrawn") or (
        cur.status in ("withdrawal_announced", "withdrawing") and _halted(p))


def _fold(ordered: Sequence[Presence]) -> list[Presence]:
    phases: list[Presence] = []
    for p in ordered:
        if not phases or _forward(phases[-1], p):
            if phases and p.strength is None and p.status in _CARRIES_STRENGTH:
                p = replace(p, strength=phases[-1].strength)  # the 100 who arrived are the 100 present
            phases.append(p)
        else:
            phases[-1] = _merge(phases[-1], p)
    return phases


def _inherit(phases: list[Presence], wide: Sequence[Presence]) -> list[Presence]:
    """A site's phases with the country-wide phases that move it forward, begun after its first report."""
    first = _when(phases[0])
    site = phases[0].site
    # the country-wide strength is not the site's
    # (a change the same day as the site's first report moves it too: "had been based at Camp Geille", "handed over")
    # and a site first reported left was held before it: the withdrawal announced for the country earlier was its too
    # ("given until the end of the year to leave" in December, then "handed over the naval base")
    left_first = phases[0].status in ("withdrawing", "withdrawn")
    # but a site the story tells only as reached keeps its arrival: a withdrawal announced for the whole force is no change
    # the story tells of a base it has just landed at ("landed at the air base on Saturday … Brussels said on Monday the
    # troops would be brought home")
    reached = phases[-1].status == "arriving"
    inherited = [replace(w, site=site, strength=None) for w in wide
                 if (_when(w) > first or _when(w) == first and w.status in _CHANGES
                     or left_first and w.status == "withdrawal_announced") and w.status != "arriving"
                 and not (reached and w.status == "withdrawal_announced")]
    if not inherited:
        return phases
    out: list[Presence] = []
    for p in sorted([*phases, *inherited], key=_order):
        if not out or _forward(out[-1], p):
            out.append(p)
        elif p not in inherited:
            out[-1] = _merge(out[-1], p)
    return out


def _phase_since(cur: Presence, p: Presence) -> EventDate | None:
    """The start of a phase that ``p`` corroborates: the earlier of the two; a later "since" does not move a phase
    that began with a report ("present" on 3 May, then "present since" a later report's date)."""
    if p.since is None:
        return cur.since
    if _when(p) < _when(cur):
        return p.since
    return cur.since or cur.as_of


def _merge(cur: Presence, p: Presence) -> Presence:
    """``p`` corroborates the current phase: later as-of date, stated strength, evidence joined."""
    later = _end(p) >= _end(cur)
    return replace(
        cur,
        # a strength counts for the phase it is stated in: a background "1,500 were stationed" is not the withdrawn's
        strength=(cur.strength if p.status != cur.status else p.strength if later and p.strength else cur.strength or p.strength),
        as_of=p.as_of if later else cur.as_of,
        since=_phase_since(cur, p),
        force=cur.force if len(cur.force.text) >= len(p.force.text) else replace(cur.force, text=p.force.text),
        evidence=tuple(dict.fromkeys(cur.evidence + p.evidence)),
        articles=tuple(dict.fromkeys(cur.articles + p.articles)),
        sentences=tuple(dict.fromkeys(cur.sentences + p.sentences)),
        sources=tuple(dict.fromkeys(cur.sources + p.sources)),
    )


# ---------------------------------------------------------------- scoring against a gold ledger
@dataclass(frozen=True)
class GoldEntry:
    """One entry of a gold ledger (``examples/demo/ledger.yaml``): its status changes and final status."""

    force: str
    host: str
    site: str | None
    changes: tuple[tuple[str, str], ...]  # (status, date as written: "2013", "2023-12", "2024-W04", "2022-08-15")
    final: str | None


@dataclass(frozen=True)
class LedgerScore:
    """How a ledger compares with a gold one, per (force, host, site) entry."""

    precision: float  # system entries that are real
    recall: float  # gold entries found
    pair_precision: float  # system (force, host) pairs that are real
    pair_recall: float  # gold (force, host) pairs found
    status_agreement: float  # gold checkpoints (each change's date, and the final status) where the statuses agree
    false_entries: tuple[str, ...]
    missed_entries: tuple[str, ...]
    disagreements: tuple[str, ...]  # "FRA|NER|-: 2023-09-24 gold withdrawal_announced, system present"


def load_gold_ledger(path: str | Any) -> list[GoldEntry]:
    """A gold ledger file: a YAML list of entries with force, host, site, changes and final."""
    import yaml

    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or []
    return [
        GoldEntry(d["force"]["country"], d["host"], d.get("site"),
                  tuple((c["status"], str(c["date"])) for c in d.get("changes") or ()), d.get("final"))
        for d in data
    ]


_SITE_NOISE = {"air", "base", "airbase", "military", "the", "camp", "airport", "international"}


def _site_words(name: str | None) -> set[str]:
    from .gazetteer import fold  # "Abéché" is "Abeche"

    return {w for w in re.findall(r"\w+", fold(name or "")) if w not in _SITE_NOISE}


def _same_site(gold: str | None, system: str | None) -> bool:
    """Null matches null; named sites match when they share a distinctive word ("Kossei base" ~ "Adji Kossei air base")
    or name one curated facility."""
    if gold is None or system is None:
        return gold is None and system is None
    if _site_words(gold) & _site_words(system):
        return True
    from .gazetteer import Gazetteer  # two names of one curated facility ("Niamey air base", "Air Base 101")

    gaz = Gazetteer.load()
    return bool({e.key for e in gaz.facility(gold)} & {e.key for e in gaz.facility(system)})


def _period_end(value: str) -> str:
    """The last day of a date as the gold writes it: a year, month, ISO week or day."""
    import calendar
    from datetime import date

    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7).isoformat()
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12-31"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{value}-{calendar.monthrange(int(m.group(1)), int(m.group(2)))[1]:02d}"
    return value[:10]


def _status_on(timeline: Sequence[Presence], day: str) -> str | None:
    """The status a folded timeline gives on ``day``: its latest phase begun by then."""
    status = None
    for p in timeline:
        if _when(p) and _when(p)[:10] <= day:
            status = p.status
    return status


def score_ledger(system: Iterable[Presence], gold: Sequence[GoldEntry]) -> LedgerScore:
    """Entry precision and recall, and status-at-date agreement, of a folded ledger against a gold one.

    A system entry is real when the gold has its force in its host and, if it names a site, an entry at
    that site; a country-wide entry (no site) is real whenever the force is in the host. A gold entry is
    found when the system has its (force, host, site). Status agreement is checked at each gold change's
    date (the system's latest status begun by the end of that period) and for the final status; a gold
    entry the system misses is checked against the force's country-wide entry in the host, if any
    (most reports do not name the base), and otherwise disagrees everywhere.
    """
    timelines: dict[tuple[str, str, str | None], list[Presence]] = {}
    for p in system:
        timelines.setdefault((p.force.country, p.host, p.site.name), []).append(p)
    for t in timelines.values():
        t.sort(key=_start)
    pairs = {(g.force, g.host) for g in gold}
    real: list[str] = []
    false: list[str] = []
    for f, h, s in sorted(timelines, key=lambda k: (k[0], k[1], k[2] or "")):
        ok = (f, h) in pairs and (s is None or any(_same_site(g.site, s) for g in gold if (g.force, g.host) == (f, h)))
        (real if ok else false).append(f"{f}|{h}|{s or '-'}")
    checks = agreed = found = 0
    missed: list[str] = []
    disagreements: list[str] = []
    for g in gold:
        key = next((k for k in sorted(timelines, key=lambda k: k[2] or "")
                    if k[:2] == (g.force, g.host) and _same_site(g.site, k[2])), None)
        name = f"{g.force}|{g.host}|{g.site or '-'}"
        if key is None:
            missed.append(name)
        else:
            found += 1
        timeline = timelines.get(key or (g.force, g.host, None), [])
        points = [(_period_end(d), status, d) for status, d in g.changes]
        if g.final:
            points.append(("9999-12-31", g.final, "final"))
        for day, want, shown in points:
            got = _status_on(timeline, day)
            checks += 1
            if got == want:
                agreed += 1
            else:
                disagreements.append(f"{name}: {shown} gold {want}, system {got}")
    n = len(real) + len(false)
    system_pairs = {k[:2] for k in timelines}
    return LedgerScore(
        precision=len(real) / n if n else 0.0,
        recall=found / len(gold) if gold else 0.0,
        pair_precision=len(system_pairs & pairs) / len(system_pairs) if system_pairs else 0.0,
        pair_recall=len(system_pairs & pairs) / len(pairs) if pairs else 0.0,
        status_agreement=agreed / checks if checks else 0.0,
        false_entries=tuple(false),
        missed_entries=tuple(missed),
        disagreements=tuple(disagreements),
    )


# ---------------------------------------------------------------- JSON and the store
def _date(d: dict[str, Any] | None) -> EventDate | None:
    if not d:
        return None
    return EventDate(d.get("text"), None, None, d.get("value"), d.get("precision"), d.get("start"), d.get("end"), d.get("source"))


def from_json(d: dict[str, Any]) -> Presence:
    """A ``Presence`` from its contract JSON (``docs/schema.md``)."""
    site = d.get("site") or {}
    return Presence(
        force=PresenceForce(d["force"]["country"], d["force"].get("sector"), d["force"].get("text") or ""),
        host=d["host"],
        site=PresenceSite(site.get("name"), site.get("lat"), site.get("lon"), site.get("precision")),
        status=d["status"],
        strength=d.get("strength"),
        since=_date(d.get("since")),
        as_of=_date(d.get("as_of")),
        evidence=tuple(d.get("evidence") or ()),
        articles=tuple(d.get("articles") or ()),
        sentences=tuple(d.get("sentences") or ()),
        sources=tuple(d.get("sources") or ()),
    )


def statement_rows(item: Item) -> list[tuple[str, str, str, str, str | None, dict[str, Any]]]:
    """An article's statements as store rows: (id, article id, force country, host, date, JSON with its key)."""
    assert item.article is not None
    rows = {}
    for p in statements(item):
        body = {**presence_json(p), "key": key_of(p)}
        ident = hashlib.sha256(repr(sorted(body.items())).encode("utf-8")).hexdigest()[:20]
        rows[ident] = (ident, item.article.id, p.force.country, p.host, _start(p) or None, body)
    return [rows[k] for k in sorted(rows)]


def refold(store: Any, rows: Sequence[tuple[str, str, str, str, str | None, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The ledger entries the new statement rows touch, refolded with what the store already holds.

    Every entry of a touched (force, host) is refolded: its sites inherit its country-wide changes.
    """
    pairs = sorted({(r[2], r[3]) for r in rows})
    if not pairs:
        return {}
    found: dict[str, dict[str, Any]] = {}
    for force, host in pairs:
        found.update({json_id(d): d for d in store.presence_statements(host, force)})
    found.update({r[0]: r[5] for r in rows})
    folded: dict[str, list[dict[str, Any]]] = {d["key"]: [] for d in found.values()}
    for p in ledger(from_json(d) for d in found.values()):
        folded.setdefault(key_of(p), []).append(presence_json(p))  # (a country-wide entry may come from its sites alone)
    return folded


def json_id(d: dict[str, Any]) -> str:
    return hashlib.sha256(repr(sorted(d.items())).encode("utf-8")).hexdigest()[:20]


def stored_ledger(store: Any, host: str | None = None, force: str | None = None, as_of: str | None = None) -> list[Presence]:
    """The ledger of everything in the store, folded again (``sitrep presence``)."""
    return ledger((from_json(d) for d in store.presence_statements(host, force)), as_of)


def process(batch: Batch) -> Batch:
    """Each article's own ledger (the store-wide one is folded by corroboration and ``sitrep presence``)."""
    return replace(batch, items=tuple(replace(i, presence=tuple(ledger(statements(i)))) for i in batch.items))


STAGE = Stage(
    name="presence",
    requires=("events",),
    sets=("presence",),
    factory=lambda settings: process,
    help="which foreign forces are where, from events and statements of deployment and withdrawal",
)
