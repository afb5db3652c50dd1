"""Find time expressions in news text and normalise them against the publication date.

The finder is table driven: vocabulary tables (month, weekday, season, number words, cues)
are compiled once into a handful of regular expressions, each tied to a *kind*; every kind
has one resolver in ``_RESOLVERS``. A pass over the text collects candidate spans from all
patterns, keeps the longest non-overlapping ones, widens them with a modifier written just
before them ("early", "mid-", "the end of", "since", "for the past"), and then resolves
them left to right, so that anaphoric expressions ("the previous day", "a year earlier"
after "the third quarter") can look at what the text mentioned before.

Values follow TIMEX3 at the expression's precision: day ``2024-05-03``, week ``2024-W18``
(ISO weeks; a weekend is ``2024-W18-WE``), month ``2024-04``, season ``2024-SU``, quarter
``2024-Q1``, year ``2023``, decade ``201``, century ``19``. ``start_date``/``end_date`` give the
ISO first and last day of the range the expression covers; modifiers ("early", "late
last year") narrow the range but, as in TIMEX3, not the value.

Conventions (kept simple on purpose, since news is written from the publication date):

* A weekday name is the most recent such day, the publication day included ("on Friday" in
  a Friday story is that day), unless a future cue ("will", "next", "scheduled", "plans")
  comes earlier in its clause; then it is the next such day, today included. "last Friday"
  is strictly before the anchor, "next Friday" strictly after.
* A month, season or quarter name without a year is the most recent one that has started by
  the anchor (the current one included), or the next one under a future cue.
* A month and day without a year is the nearest such date, preferring the past: a future
  date wins only when it is less than a third as far away (news style omits the year for
  dates of the current year), or under a future cue.
* "N weeks ago" is the ISO week (TIMEX3 style); "N days/months/years ago" use their own unit.
  "a few weeks ago" is a range of 2 to 5 weeks back, precision week, valued at its middle.
* Durations back from the anchor ("since 2018", "for almost ten years" with a perfect
  tense, "in the past year") are ranges from their start to the anchor, with the value and
  precision of their start ("since 2018" → ``2018``; "for ten years" → the year ten years
  back, its range starting on the exact day).
* Anaphora ("the previous day", "that year", "the following month") resolve against the
  last date the text mentioned at that precision or finer, falling back on the anchor for
  days; "a year earlier"/"year-ago" right after a quarter name is that quarter a year back.
* Without an anchor, expressions that need one get ``value=None`` (and no range).
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.model import EventDate, Precision

__all__ = [
    "find_dates",
    "resolve_numeric_date",
    "weekday_mentions",
    "resolve_weekday",
    "has_future_cue",
    "shift_months",
]

# --------------------------------------------------------------------------------------------
# Vocabulary tables
# --------------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# northern-hemisphere meteorological seasons: first month and length; winter Y is Dec Y..Feb Y+1
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22,
}
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter", "quarters": "quarter",
}
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "a couple of": 2, "a couple": 2,
}
# vague quantities: (fewest, most) units
VAGUE_NUMBERS: dict[str, tuple[int, int]] = {
    "a few": (2, 5), "few": (2, 5), "several": (3, 7), "some": (2, 7), "a number of": (2, 7),
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
YEAR_TENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
UNIT_DIGITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")
# relative words before a unit or a name: how they pick the occurrence
RELATIVE_WORDS: dict[str, str] = {
    "last": "last", "past": "last", "previous": "last", "preceding": "last", "this past": "last",
    "this": "this", "current": "this", "present": "this", "same": "this",
    "next": "next", "coming": "next", "this coming": "next", "upcoming": "next",
    "following": "following",
}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "easter sunday": _easter,
    "easter": _easter,
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "independence day": lambda y: dt.date(y, 7, 4),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}

# Words before an expression (same clause) that put it in the future.
FUTURE_CUES = (
    "will", "'ll", "shall", "would", "going to", "expected", "expects", "expect", "plans",
    "planned", "plan to", "scheduled", "schedule", "set to", "set for", "due", "upcoming",
    "intends", "intend", "aims", "hopes to", "hope to", "is to", "are to",
    "to be held", "postponed", "delayed", "deadline", "ahead of", "next", "the coming",
    "forecast", "projected", "will be", "resume", "to begin", "to start",
    "to take place", "to meet", "to leave", "to visit", "to travel", "to arrive", "to return",
    "as soon as", "as early as", "no later than",
)
# A deadline word right before the expression ("by August", "through January").
_IMMEDIATE_FUTURE = re.compile(r"\b(?:by|through|as\s+(?:soon|early)\s+as)\s+(?:early\s+|mid-?|late\s+)?$",
                               re.IGNORECASE)
# Reporting verbs end the clause a cue can reach back into ("officials who will attend said
# on Monday" is about Monday, not a future Monday).
_CLAUSE_BREAK = re.compile(
    r"(?:\b(?:said|says|told|announced|reported|added|stated|confirmed|noted|that|when|while|"
    r"after|and|but|because|although|as)\b|[,;:()\"“”]|--|—)",
    re.IGNORECASE,
)
_FUTURE_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(c) for c in sorted(FUTURE_CUES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# a span of time given before an infinitive cue ("90 days to leave"): what the span is for, not a date ahead
_TIME_ALLOWED = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
                           r"(?:days?|weeks?|months?|years?|hours?)\s+$", re.IGNORECASE)
# a present perfect ("has ruled", "have been held") makes "for ten years" run up to the anchor
_PERFECT_CUE = re.compile(
    r"(?:\b(?:has|have)|['’]ve)\s+(?:(?:not|never|long|already|now|also|just|effectively)\s+)?"
    r"(?!(?:to|no|a|an|the|two|three|four|five|many|some|several)\b)[a-z]+\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------------
# Regular-expression fragments, built from the tables
# --------------------------------------------------------------------------------------------


def _alt(words: Iterable[str], *, title: bool = False) -> str:
    """A non-capturing alternation, longest first; ``title`` allows Title and lower case only."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w).replace(r"\ ", r"\s+")
        out.append(f"[{w[0].upper()}{w[0]}]{esc[1:]}" if title and w[0].isalpha() else esc)
    return "(?:" + "|".join(out) + ")"


def _cap(words: Iterable[str]) -> str:
    """Alternation of capitalised words (and ALL CAPS), longest first."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w.capitalize()))
        out.append(re.escape(w.upper()))
    return "(?:" + "|".join(out) + ")"


_MONTH_FULL = _cap(MONTHS)
_MONTH_ABBR = _cap(MONTH_ABBREVIATIONS)
# a month before/after a day or year: full, or abbreviated with or without a dot
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}\.?)(?![\w])"
# a month on its own: full name, or abbreviation with its dot
_MONTH_ALONE = rf"(?:{_MONTH_FULL}(?![\w'])|{_MONTH_ABBR}\.)"
_WEEKDAY = rf"(?:{_cap(WEEKDAYS)}|{_cap(WEEKDAY_ABBREVIATIONS)}\.)(?![\w])"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
_I = "(?i:{})".format
_NUM = _I(r"\d{1,3}|" + _alt([k for k in SMALL_NUMBERS if k not in ("a", "an")])
          + r"(?:[- ](?:" + "|".join(UNIT_DIGITS) + r"))?|an?")
_VAGUE = _I(_alt(VAGUE_NUMBERS))
_UNIT = _I(_alt(UNITS))
_APPROX = _I(r"(?:almost|nearly|about|around|roughly|some|approximately|more\s+than|over|"
             r"just\s+over|just\s+under|less\s+than|under|at\s+least|close\s+to|barely|only|"
             r"just|well\s+over|upwards\s+of)\s+")
_SPELLED_YEAR = _I(
    r"(?:nineteen|eighteen)[- ](?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))(?![\w-])"
)
_RELATIVE = _I(_alt(RELATIVE_WORDS))
_PART = _I(_alt(PARTS_OF_DAY))
_SEASON = _I(_alt(SEASONS))
_HOLIDAY = "(?:" + "|".join(
    re.escape(h.title()).replace(r"\ ", r"\s+").replace("'S", "'s") for h in sorted(HOLIDAYS, key=len, reverse=True)
) + r")(?![\w]|\s+Island)"
_ORD = _I(_alt(ORDINALS))

# a day's year told relative to the anchor's: "on May 15 last year", "Nov. 26 this year", "since May 10 of last year"
_DAY_REL_YEAR = r"\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)(?!['’]s)"

# Each rule: kind → pattern. Named groups are read by the kind's resolver.
_RULES: dict[str, str] = {
    "iso": r"(?<![\d-])(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?![\d])",
    "numeric": r"(?<![\d./-])(?P<num>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d]|[./-]\d)",
    "day_month": (rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?i:the\s+)?(?P<d>{_DAYNUM})\s+(?i:of\s+)?"
                  rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})|{_DAY_REL_YEAR})?"),
    "month_day": (rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?i:the\s+)?)?(?P<mon>{_MONTH})\s+(?P<d>{_DAYNUM})"
                  rf"(?!\s*(?:%|percent|per\b|[:.,]\d))(?:,?\s+(?P<y>{_YEAR})|{_DAY_REL_YEAR})?"),
    "month_year": (rf"(?P<mon>{_MONTH})(?:,?\s+(?i:of\s+)?(?P<y>{_YEAR})|\s+(?P<sy>{_SPELLED_YEAR})"
                   rf"|\s+(?i:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)(?!['’]s))"),
    "month": rf"(?:(?P<rel>{_RELATIVE})\s+)?(?P<mon>{_MONTH_ALONE})",
    "year": (rf"(?<![\d$£€#.,/])(?<!\d-)(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY|the\s+year))\s*)?"
             rf"(?P<y>{_YEAR})(?!\s*(?:%|percent)|[.,]\d|-\d)"),
    "spelled_year": rf"(?:(?i:the\s+year)\s+)?(?P<sy>{_SPELLED_YEAR})|(?P<y2k>(?i:the\s+year\s+two\s+thousand))",
    "decade": (rf"(?:(?i:the)\s+)?(?:(?P<rel>(?i:last|past|previous|this|current|next))\s+decade"
               rf"|(?P<dy>1[5-9]\d0|20[0-9]0)['’]?s\b|['’](?P<d2>\d0)['’]?s\b|(?P<dw>{_I(_alt(DECADE_WORDS))})"
               rf"(?:\s+(?i:of\s+the\s+)?(?P<dc>(?i:eighteen|nineteen|twenty|two thousand))(?:\s+(?i:hundreds))?)?)"),
    "century": (rf"(?:(?i:the)\s+)?(?:(?P<ord>{_ORD}|\d{{1,2}}(?:st|nd|rd|th))|(?P<rel>(?i:last|this|next|current|previous)))"
                rf"[-\s]+(?i:century)"),
    "quarter": (rf"(?:(?i:the|its|a)\s+)?(?:(?P<y>{_YEAR})(?:['’]s)?\s+|(?P<rel>(?i:last|this|next))\s+(?i:year['’]s)\s+)?"
                rf"(?:(?i:fiscal|calendar)[-\s]+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
                rf"[-\s]+(?i:quarter|qtr\.?)(?!s)(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?P<y2>{_YEAR})|"
                rf"(?P<rel2>(?i:last|this|next))\s+(?i:year)|(?i:the\s+year)))?"
                rf"|(?P<qn>Q[1-4])(?:[\s/-]+(?P<y3>{_YEAR}))?\b|(?P<y4>{_YEAR})[\s/-]?(?P<qn2>Q[1-4])\b"),
    "quarter_ref": (rf"(?i:the|that|this|its|last\s+year['’]s)\s+(?:(?P<y>{_YEAR})\s+|"
                    rf"(?P<mod>(?i:latest|current|same|comparable|corresponding|year-ago|year-earlier|previous|prior|recent|most\s+recent|just-ended|just\s+ended|year-before))"
                    rf"(?:\s+(?P<mod2>(?i:year-ago|year-earlier|fiscal)))?\s+)?(?P<unit>(?i:quarter|period|fiscal\s+year))(?!s|\s+of\b)"
                    rf"(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)))?"),
    "year_ago_adj": r"(?P<adj>(?i:year-ago|year-earlier|year-before|a\s+year\s+(?:ago|earlier|before)))",
    "season": (rf"(?:(?P<rel>{_RELATIVE}|(?i:the|early|late|mid|mid-))\s*)?(?P<s>{_SEASON})"
               rf"(?:\s+(?i:of\s+)?(?:(?P<y>{_YEAR})|(?P<sy>{_SPELLED_YEAR})))?"),
    "holiday": rf"(?:(?P<rel>{_RELATIVE})\s+)?(?P<h>{_HOLIDAY})(?:\s+(?P<y>{_YEAR}))?",
    "deictic": _I(r"(?P<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
                  r"last\s+night|(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow)"
                  r"(?!\w)"),
    "weekday": (rf"(?:(?P<rel>{_RELATIVE})\s+)?(?P<wd>{_WEEKDAY})"
                rf"(?:\s+(?P<part>{_PART}))?"),
    "unit_relative": (r"(?P<rel>(?i:last|past|previous|preceding|this|current|next|coming|following|same|that|the\s+past|the\s+last|the\s+previous|the\s+preceding|the\s+current|the\s+next|the\s+coming|the\s+following|the\s+same|this\s+past|this\s+coming))"
                      r"\s+(?P<u>(?i:day|week|weekend|month|year|fiscal\s+year|decade|morning|afternoon|evening|night))(?![\w-])"),
    "the_unit": r"(?P<u>(?i:the\s+weekend|the\s+year|the\s+month|the\s+week|the\s+day|the\s+night|the\s+morning|the\s+evening|year-end|year\s+end|year['’]s\s+end))(?![\w-])",
    "ago": (rf"(?:(?P<approx>{_APPROX}))?(?:(?P<vague>{_VAGUE})|(?P<n>{_NUM}))\s+(?:more\s+)?(?P<u>{_UNIT})"
            rf"(?:\s+(?i:or\s+so|or\s+more))?\s+(?P<dir>(?i:ago|earlier|later|before|after|previously|back|from\s+now|hence))(?!\w)"),
    "past_n": (rf"(?P<rel>(?i:(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|previous)|the\s+(?:past|last)))\s+"
               rf"(?:(?P<vague>{_VAGUE})\s+|(?P<n>{_NUM})\s+)?(?P<u>{_UNIT})(?![\w-])"),
    "for_n": (rf"(?i:for)\s+(?:(?P<approx>{_APPROX}))?(?:(?P<vague>{_VAGUE})|(?P<n>{_NUM}))\s+(?:more\s+)?(?P<u>{_UNIT})"
              rf"(?!\w)"),
}

# Modifiers just before a core expression: (pattern, kind); the kind narrows the range.
_MODIFIERS: dict[str, str] = {
    r"(?:the\s+)?(?:very\s+)?early(?:\s+in)?(?:\s+the)?": "early",
    r"earlier(?:\s+in)?(?:\s+the)?": "earlier",
    r"(?:the\s+)?(?:very\s+)?late(?:\s+in)?(?:\s+the)?": "late",
    r"later(?:\s+in)?(?:\s+the)?": "later",
    r"mid-?|the\s+middle\s+of(?:\s+the)?|the\s+mid-": "mid",
    r"(?:the\s+|by\s+the\s+)?(?:end|close)\s+of(?:\s+the)?": "end",
    r"(?:the\s+)?(?:beginning|start|dawn|turn)\s+of(?:\s+the)?": "start",
    r"(?:the\s+)?first\s+half\s+of(?:\s+the)?": "first_half",
    r"(?:the\s+)?(?:second|last|latter)\s+half\s+of(?:\s+the)?": "second_half",
    r"since(?:\s+the)?|ever\s+since": "since",
    r"(?:as\s+)?(?:far\s+back\s+as|as\s+early\s+as)": "since",
}
_MODIFIER_RE = re.compile(
    "(?:" + "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(_MODIFIERS)) + r")[\s-]*$",
    re.IGNORECASE,
)
_MODIFIER_KINDS = list(_MODIFIERS.values())

# Every rule starts at a word start; patterns are searched only near a trigger word (below).
_COMPILED: dict[str, re.Pattern[str]] = {k: re.compile(r"(?<![\w])(?:" + p + ")") for k, p in _RULES.items()}

# Trigger words: a rule is only tried in a window around a trigger of one of its classes, which
# keeps find_dates far below a millisecond per article (most of a text holds no time words).
_TRIGGERS: dict[str, str] = {
    "month": rf"{_MONTH_FULL}|{_MONTH_ABBR}",
    "weekday": rf"{_cap(WEEKDAYS)}|{_cap(WEEKDAY_ABBREVIATIONS)}\.",
    "digits": r"\d{4}|\d{1,2}[/.]\d|['’]\d0s|Q[1-4]",
    "unit": _I(r"days?|weeks?|weekends?|months?|years?|decades?|century|centuries|quarters?|"
               r"period|fiscal|morning|afternoon|evening|night|year-\w+"),
    "deictic": _I(r"today|tonight|yesterday|tomorrow"),
    "season": _I(_alt(SEASONS)),
    "holiday": _I(r"christmas|new\s+year|thanksgiving|easter|good\s+friday|halloween|valentine|"
                  r"boxing\s+day|independence\s+day|election\s+day"),
    "spelled": _I(r"nineteen|eighteen|two\s+thousand|" + "|".join(DECADE_WORDS)),
}
_TRIGGER_RE = re.compile(
    "(?<![\\w])(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _TRIGGERS.items()) + ")"
)
_RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("digits",), "numeric": ("digits",), "day_month": ("month",), "month_day": ("month",),
    "month_year": ("month",), "month": ("month",), "year": ("digits",), "spelled_year": ("spelled",),
    "decade": ("digits", "spelled", "unit"), "century": ("unit",), "quarter": ("unit", "digits"),
    "quarter_ref": ("unit",), "year_ago_adj": ("unit",), "season": ("season",),
    "holiday": ("holiday",), "deictic": ("deictic", "unit"), "weekday": ("weekday",),
    "unit_relative": ("unit",), "the_unit": ("unit",), "ago": ("unit",), "past_n": ("unit",),
    "for_n": ("unit",),
}
_WINDOW = 48  # characters searched either side of a trigger
# Kinds preferred when two candidates cover exactly the same span (lower wins).
_KIND_RANK = {k: i for i, k in enumerate(_RULES)}

_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n")
_WEEKDAY_WORD = re.compile(rf"\b(?P<wd>{_cap(WEEKDAYS)})(?![\w])")
_TEMPORAL_PREP = re.compile(
    r"(?:\b(?:in|on|of|since|by|until|till|from|to|through|during|before|after|last|this|next|"
    r"early|late|mid|around|between|and|or|until|since|past|each|every|as\s+of|from|late|"
    r"end)|-)\s*$",
    re.IGNORECASE,
)
_YEAR_COUNT_NOUN = re.compile(r"\s+(?:[a-z]+s|people|men|women|children|staff|police|personnel)\b(?!['’])")
# months that are also common words or first names need more context when alone
_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}


# --------------------------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    value: str
    precision: Precision
    start: dt.date
    end: dt.date


def _day(d: dt.date) -> _Period:
    return _Period(d.isoformat(), "day", d, d)


def _week(d: dt.date) -> _Period:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return _Period(f"{iso.year}-W{iso.week:02d}", "week", monday, monday + dt.timedelta(days=6))


def _weekend(d: dt.date) -> _Period:
    wk = _week(d)
    return _Period(wk.value + "-WE", "week", wk.start + dt.timedelta(days=5), wk.end)


def _month(y: int, m: int) -> _Period:
    return _Period(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]))


def _quarter(y: int, q: int) -> _Period:
    first = 3 * q - 2
    return _Period(f"{y:04d}-Q{q}", "quarter", dt.date(y, first, 1), _month(y, first + 2).end)


def _season(y: int, code: str) -> _Period:
    first = SEASON_MONTHS[code]
    start = dt.date(y, first, 1)
    end_y, end_m = (y + 1, 2) if code == "WI" else (y, first + 2)
    return _Period(f"{y:04d}-{code}", "season", start, _month(end_y, end_m).end)


def _year(y: int) -> _Period:
    return _Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))


def _decade(y: int) -> _Period:
    d = y // 10
    return _Period(f"{d:03d}", "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31))


def _century(c: int) -> _Period:
    """Century ``c`` as TIMEX3 writes it: "19" is 1900-1999."""
    return _Period(f"{c:02d}", "century", dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31))


def shift_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months, the day clipped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _shift(d: dt.date, unit: str, n: float) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=round(n))
    if unit == "week":
        return d + dt.timedelta(days=round(7 * n))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return shift_months(d, round(months * n))


def _period_at(d: dt.date, unit: str) -> _Period:
    """The period of ``unit`` containing ``d``."""
    if unit == "day":
        return _day(d)
    if unit == "week":
        return _week(d)
    if unit == "month":
        return _month(d.year, d.month)
    if unit == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "decade":
        return _decade(d.year)
    if unit == "century":
        return _century(d.year // 100)
    return _year(d.year)


def _choose(candidates: list[_Period], anchor: dt.date, mode: str) -> _Period:
    """Pick one occurrence of a recurring period (sorted by start) relative to ``anchor``.

    ``past``: the latest that has started by the anchor; ``future``: the earliest not yet
    over; ``last``: the latest wholly before the anchor; ``next``: the earliest starting
    after it; ``this``: the one containing the anchor, else the future one.
    """
    if mode == "last":
        pool = [c for c in candidates if c.end < anchor]
        return pool[-1]
    if mode == "next":
        return next(c for c in candidates if c.start > anchor)
    if mode in ("this", "future"):
        return next(c for c in candidates if c.end >= anchor)
    pool = [c for c in candidates if c.start <= anchor]
    return pool[-1]


# --------------------------------------------------------------------------------------------
# Public helpers
# --------------------------------------------------------------------------------------------


def weekday_mentions(text: str) -> set[int]:
    """Weekdays (0=Monday) named in ``text``, capitalised as in running prose."""
    return {WEEKDAYS[m.group("wd").lower()] for m in _WEEKDAY_WORD.finditer(text)}


def resolve_weekday(weekday: int, anchor: dt.date, mode: str = "past") -> dt.date:
    """The date of ``weekday`` (0=Monday) seen from ``anchor``.

    ``past`` (the default for news): the most recent such day, ``anchor`` included;
    ``future``: the next one, ``anchor`` included; ``last``/``next``: strictly before/after;
    ``this``: the one in the anchor's ISO week.
    """
    if mode == "this":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if mode == "past":
        return anchor - dt.timedelta(days=back)
    if mode == "last":
        return anchor - dt.timedelta(days=back or 7)
    if mode == "next":
        return anchor + dt.timedelta(days=fwd or 7)
    return anchor + dt.timedelta(days=fwd)


def has_future_cue(text: str, pos: int, *, window: int = 80) -> bool:
    """Whether the clause before ``pos`` in ``text`` puts what follows in the future."""
    lo = max(0, pos - window)
    seg = text[lo:pos]
    if _IMMEDIATE_FUTURE.search(seg):
        return True
    cut = _SENTENCE_END.split(seg)[-1]
    breaks = list(_CLAUSE_BREAK.finditer(cut))
    if breaks:
        cut = cut[breaks[-1].end():]
    # time allowed, not a time ahead: "gave them 90 days to leave on July 29" was given on July 29
    return any(not _TIME_ALLOWED.search(cut, 0, m.start()) for m in _FUTURE_RE.finditer(cut))


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 70 else 1900 + yy


def resolve_numeric_date(
    s: str,
    *,
    dayfirst: bool | None,
    weekday_hint: int | None = None,
    support: Callable[[dt.date], float] | None = None,
) -> tuple[dt.date, str]:
    """Read a numeric date ("05/03/2024", "2024-05-03", "5.3.24"); return it and why.

    Year-first forms are unambiguous ("iso"). For ``a/b/y``, if only one of day-first and
    month-first is a valid date it wins ("only-valid"); if both are, a ``weekday_hint``
    (0=Monday, e.g. the story says "on Friday") matching exactly one reading decides
    ("weekday"), since it is evidence about this very date while the locale is only a
    habit; else ``dayfirst`` decides ("locale"); else month-first ("default").
    ``support`` weighs other evidence for a reading in place of ``weekday_hint`` (a byline's
    date is supported by the weekdays the whole story names); the better-supported reading wins.
    Raises ``ValueError`` when no reading is a valid date.
    """
    parts = re.split(r"[/.\-]", s.strip())
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a numeric date: {s!r}")
    if len(parts[0]) == 4:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2])), "iso"
    a, b, y = int(parts[0]), int(parts[1]), int(parts[2])
    if len(parts[2]) == 2:
        y = _two_digit_year(y)
    readings: dict[str, dt.date] = {}
    for name, (day, month) in (("dayfirst", (a, b)), ("monthfirst", (b, a))):
        with contextlib.suppress(ValueError):
            readings[name] = dt.date(y, month, day)
    if not readings:
        raise ValueError(f"no valid reading of {s!r}")
    if len(readings) == 1 or readings["dayfirst"] == readings["monthfirst"]:
        return next(iter(readings.values())), "only-valid"
    if support is None and weekday_hint is not None:
        support = lambda d: float(d.weekday() == weekday_hint)  # noqa: E731
    if support is not None:
        scores = {name: support(d) for name, d in readings.items()}
        if scores["dayfirst"] != scores["monthfirst"]:
            return readings[max(scores, key=lambda k: scores[k])], "weekday"
    if dayfirst is not None:
        return readings["dayfirst" if dayfirst else "monthfirst"], "locale"
    return readings["monthfirst"], "default"


# --------------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------------


@dataclass
class _Context:
    text: str
    anchor: dt.date | None
    dayfirst: bool | None
    # last resolved mentions, for anaphora: precision → (period, end offset)
    last: dict[str, tuple[_Period, int]] = field(default_factory=dict)
    last_day: _Period | None = None
    # the last year written out in digits ("August 1982", "in 1982") and where its mention ends
    told_year: tuple[int, int] | None = None

    def year_in_sentence(self, pos: int) -> int | None:
        """The year a mention earlier in the sentence wrote out: a bare month after it is in that year ("seized it
        in August 1982 and lost it in September" is September 1982, not the last September before the anchor). A day
        keeps the anchor's reading, as TimeBank's do ("a fund set up in 2015 paid out the first grants on Jan. 4" is
        the story's January), and so does a month under a future cue."""
        if self.told_year is None or _SENTENCE_END.search(self.text, self.told_year[1], pos):
            return None
        return self.told_year[0]


@dataclass
class _Result:
    period: _Period | None
    precision: Precision | None
    mention: bool = True  # whether later anaphora may refer back to it


def _num(s: str | None) -> int:
    if not s:
        return 1
    s = re.sub(r"\s+", " ", s.lower()).strip()
    if s.isdigit():
        return int(s)
    if s in SMALL_NUMBERS:
        return SMALL_NUMBERS[s]
    head, _, tail = s.replace("-", " ").partition(" ")
    return SMALL_NUMBERS.get(head, 1) + UNIT_DIGITS.get(tail, 0)


def _spelled_year(s: str) -> int:
    words = re.split(r"[\s-]+", s.lower())
    century = 1900 if words[0] == "nineteen" else 1800
    rest = words[1:]
    if rest[0] == "hundred":
        return century
    if rest[0] == "oh":
        return century + UNIT_DIGITS[rest[1]]
    return century + YEAR_TENS[rest[0]] + (UNIT_DIGITS[rest[1]] if len(rest) > 1 else 0)


def _month_num(s: str) -> int:
    key = s.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _mode(rel: str | None, future: bool) -> str:
    if rel:
        return RELATIVE_WORDS.get(re.sub(r"\s+", " ", rel.lower()), "this")
    return "future" if future else "past"


def _yearly(make: Callable[[int], _Period], anchor: dt.date, mode: str) -> _Period:
    cands = [make(y) for y in range(anchor.year - 2, anchor.year + 3)]
    if mode == "this":
        return make(anchor.year)
    return _choose(cands, anchor, mode)


def _r_iso(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    try:
        return _Result(_day(dt.date(int(m["y"]), int(m["m"]), int(m["d"]))), "day")
    except ValueError:
        return _Result(None, None)


def _r_numeric(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    sentence = _sentence_around(ctx.text, pos)
    hints = weekday_mentions(sentence)
    try:
        d, _why = resolve_numeric_date(m["num"], dayfirst=ctx.dayfirst,
                                       weekday_hint=next(iter(hints)) if len(hints) == 1 else None)
    except ValueError:
        return _Result(None, None)
    return _Result(_day(d), "day")


def _resolve_month_day(month: int, day: int, year: int | None, weekday: int | None,
                       ctx: _Context, pos: int) -> _Result:
    if year is not None:
        try:
            return _Result(_day(dt.date(year, month, day)), "day")
        except ValueError:
            return _Result(None, None)
    anchor = ctx.anchor
    if anchor is None:
        return _Result(None, "day")
    cands: list[dt.date] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        with contextlib.suppress(ValueError):
            cands.append(dt.date(y, month, day))
    if not cands:
        return _Result(None, None)
    if weekday is not None:
        fits = [c for c in cands if c.weekday() == weekday]
        if fits:
            cands = fits
    future = has_future_cue(ctx.text, pos)

    def cost(c: dt.date) -> int:
        delta = (c - anchor).days
        if future:
            return delta if delta >= 0 else 10 * -delta
        return -delta if delta <= 0 else 3 * delta

    return _Result(_day(min(cands, key=cost)), "day")


def _r_day_month(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    wd = WEEKDAYS.get(m["wd"].lower().rstrip(".")) if m["wd"] else None
    if wd is None and m["wd"]:
        wd = WEEKDAY_ABBREVIATIONS.get(m["wd"].lower().rstrip("."))
    day = int(re.sub(r"\D", "", m["d"]))
    year = int(m["y"]) if m["y"] else None
    if m["rel"] and ctx.anchor is not None:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return _resolve_month_day(_month_num(m["mon"]), day, year, wd, ctx, pos)


def _r_month_year(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    month = _month_num(m["mon"])
    if m["y"]:
        return _Result(_month(int(m["y"]), month), "month")
    if m["sy"]:
        return _Result(_month(_spelled_year(m["sy"]), month), "month")
    if ctx.anchor is None:
        return _Result(None, "month")
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return _Result(_month(ctx.anchor.year + shift, month), "month")


def _r_month(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    month = _month_num(m["mon"])
    future = has_future_cue(ctx.text, pos)
    told = None if m["rel"] or future else ctx.year_in_sentence(pos)
    if told is not None:
        return _Result(_month(told, month), "month")
    if ctx.anchor is None:
        return _Result(None, "month")
    mode = _mode(m["rel"], future)
    return _Result(_yearly(lambda y: _month(y, month), ctx.anchor, mode), "month")


def _r_year(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    return _Result(_year(int(m["y"])), "year")


def _r_spelled_year(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    return _Result(_year(2000 if m["y2k"] else _spelled_year(m["sy"])), "year")


def _r_decade(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    if m["dy"]:
        return _Result(_decade(int(m["dy"])), "decade")
    if m["d2"] or m["dw"]:
        tens = int(m["d2"][0]) if m["d2"] else DECADE_WORDS[m["dw"].lower()]
        if m["dc"]:
            century = {"eighteen": 1800, "nineteen": 1900}.get(m["dc"].lower(), 2000)
        elif ctx.anchor is not None:
            # "the '80s" is the latest such decade that has begun
            century = ctx.anchor.year // 100 * 100
            if century + 10 * tens > ctx.anchor.year:
                century -= 100
        else:
            return _Result(None, "decade")
        return _Result(_decade(century + 10 * tens), "decade")
    if ctx.anchor is None:
        return _Result(None, "decade")
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[m["rel"].lower()]
    return _Result(_decade(ctx.anchor.year + 10 * shift), "decade")


def _r_century(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    if m["ord"]:
        o = m["ord"].lower()
        n = ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        return _Result(_century(n - 1), "century")
    if ctx.anchor is None:
        return _Result(None, "century")
    shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[m["rel"].lower()]
    return _Result(_century(ctx.anchor.year // 100 + shift), "century")


def _r_quarter(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    if m["qn"] or m["qn2"]:
        q = int((m["qn"] or m["qn2"])[1])
        year_s = m["y3"] or m["y4"]
    else:
        q = ORDINALS[m["ord"].lower()]
        year_s = m["y"] or m["y2"]
    if year_s:
        return _Result(_quarter(int(year_s), q), "quarter")
    if ctx.anchor is None:
        return _Result(None, "quarter")
    rel = m["rel"] if not (m["qn"] or m["qn2"]) else None
    rel = rel or (m["rel2"] if not (m["qn"] or m["qn2"]) else None)
    if rel:
        shift = {"last": -1, "this": 0, "next": 1}[rel.lower()]
        return _Result(_quarter(ctx.anchor.year + shift, q), "quarter")
    # quarters are reported after the fact: the latest one that has begun
    return _Result(_yearly(lambda y: _quarter(y, q), ctx.anchor, "past"), "quarter")


def _recent(ctx: _Context, precision: str, pos: int, reach: int = 400) -> _Period | None:
    hit = ctx.last.get(precision)
    if hit and pos - hit[1] <= reach:
        return hit[0]
    return None


def _r_quarter_ref(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    unit = re.sub(r"\s+", " ", m["unit"].lower())
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    text_l = m.group(0).lower()
    back = bool(m["ago"]) or "year-" in mod or "year-" in (m["mod2"] or "").lower() or text_l.startswith("last year")
    if unit == "fiscal year":
        if ctx.anchor is None:
            return _Result(None, "year")
        if m["y"]:
            return _Result(_year(int(m["y"])), "year")
        shift = -1 if mod in ("latest", "previous", "prior", "most recent") or back else 0
        return _Result(_year(ctx.anchor.year + shift), "year")
    prior = _recent(ctx, "quarter", pos, reach=2000)
    if unit == "period" and prior is None and not m["y"]:
        return _Result(None, None)  # "the period" with no quarter in view is not a date
    if ctx.anchor is None and prior is None:
        return _Result(None, "quarter")
    if mod == "current" and ctx.anchor is not None:
        base = _period_at(ctx.anchor, "quarter")
    elif mod in ("latest", "most recent", "recent", "just-ended", "just ended") and ctx.anchor is not None:
        base = _period_at(shift_months(ctx.anchor, -3), "quarter")
    elif prior is not None and mod not in ("previous", "prior"):
        base = prior
    elif ctx.anchor is not None:
        base = _period_at(shift_months(ctx.anchor, -3), "quarter")  # the latest complete quarter
    else:
        return _Result(None, "quarter")
    y, q = int(base.value[:4]), int(base.value[-1])
    if m["y"]:
        y = int(m["y"])
    elif back:
        y -= 1
    return _Result(_quarter(y, q), "quarter", mention=not back)


def _r_year_ago_adj(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    prior = _recent(ctx, "quarter", pos, reach=300)
    if prior is not None:
        return _Result(_quarter(int(prior.value[:4]) - 1, int(prior.value[-1])), "quarter", mention=False)
    if ctx.anchor is None:
        return _Result(None, "year")
    return _Result(_year(ctx.anchor.year - 1), "year")


def _r_season(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    code = SEASONS[m["s"].lower()]
    if m["y"] or m["sy"]:
        return _Result(_season(int(m["y"]) if m["y"] else _spelled_year(m["sy"]), code), "season")
    rel = (m["rel"] or "").lower()
    if code == "FA" and (not rel or re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4])):
        return _Result(None, None)  # bare "fall" is mostly the verb; "the fall of Kabul" the collapse
    if ctx.anchor is None:
        return _Result(None, "season")
    mode = _mode(m["rel"] if rel in RELATIVE_WORDS else None, has_future_cue(ctx.text, pos))
    return _Result(_yearly(lambda y: _season(y, code), ctx.anchor, mode), "season")


def _r_holiday(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    key = re.sub(r"\s+", " ", m["h"].lower())
    make = HOLIDAYS[key]
    if m["y"]:
        return _Result(_day(make(int(m["y"]))), "day")
    if ctx.anchor is None:
        return _Result(None, "day")
    mode = _mode(m["rel"], has_future_cue(ctx.text, pos))
    return _Result(_yearly(lambda y: _day(make(y)), ctx.anchor, mode), "day")


_DEICTIC_SHIFT = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
    "day before yesterday": -2, "the day after tomorrow": 2, "day after tomorrow": 2,
}


def _r_deictic(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    if ctx.anchor is None:
        return _Result(None, "day")
    shift = _DEICTIC_SHIFT[re.sub(r"\s+", " ", m["w"].lower())]
    return _Result(_day(ctx.anchor + dt.timedelta(days=shift)), "day")


def _r_weekday(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    key = m["wd"].lower().rstrip(".")
    wd = WEEKDAYS.get(key, WEEKDAY_ABBREVIATIONS.get(key))
    if wd is None:
        return _Result(None, None)
    if ctx.anchor is None:
        return _Result(None, "day")
    # "Wednesday's ruling" names something that has happened
    possessive = ctx.text[m.end():m.end() + 2] in ("'s", "’s")
    mode = _mode(m["rel"], not possessive and has_future_cue(ctx.text, pos))
    if mode == "following":
        base = ctx.last_day.start if ctx.last_day else ctx.anchor
        return _Result(_day(resolve_weekday(wd, base, "next")), "day")
    return _Result(_day(resolve_weekday(wd, ctx.anchor, mode)), "day")


_UNIT_OF = {"fiscal year": "year", "morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


def _r_unit_relative(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    rel = re.sub(r"\s+", " ", m["rel"].lower()).removeprefix("the ")
    u = re.sub(r"\s+", " ", m["u"].lower())
    unit = _UNIT_OF.get(u, u)
    if u == "day":
        if rel in ("last", "past", "this", "current", "coming", "this past", "this coming"):
            return _Result(None, None)  # "the last day of", "to this day" are not dates
        if rel == "next":
            rel = "following"  # "the next day" follows the story's day, not the anchor
    if rel == "next" and u in ("morning", "afternoon", "evening", "night"):
        rel = "following"
    precision: Precision = "week" if unit == "weekend" else unit  # type: ignore[assignment]
    anaphoric = rel in ("following", "same", "that", "previous", "preceding") and not (
        unit == "night" and rel == "previous")
    if rel == "last" and u == "night":
        anaphoric = False
    if anaphoric and rel in ("same", "that") and unit == "day" and (vague := _vague_antecedent(ctx)):
        return _Result(vague, vague.precision)  # "in April ... the same day" is some day of April
    if anaphoric:
        base = _antecedent(ctx, unit if unit != "weekend" else "week", pos)
        if base is None:
            return _Result(None, precision)
        shift = {"following": 1, "same": 0, "that": 0, "previous": -1, "preceding": -1}[rel]
        ref = base.start
    else:
        if ctx.anchor is None:
            return _Result(None, precision)
        shift = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
                 "next": 1, "coming": 1, "this past": -1, "this coming": 1}.get(rel, 0)
        ref = ctx.anchor
    if unit == "weekend":
        if not anaphoric and rel in ("this",) and ref.weekday() < 5 and not has_future_cue(ctx.text, pos):
            shift = 0
        return _Result(_weekend(ref + dt.timedelta(weeks=shift)), "week")
    if unit == "day" and u != "day":  # "that night", "the following morning"
        return _Result(_day(ref + dt.timedelta(days=shift)), "day")
    return _Result(_period_at(_shift(ref, unit, shift), unit), precision)


def _antecedent(ctx: _Context, unit: str, pos: int) -> _Period | None:
    """The last mention at ``unit`` precision or finer; the anchor's period for days and weeks."""
    order = ["day", "week", "month", "season", "quarter", "year", "decade", "century"]
    finer = order[: order.index(unit) + 1] if unit in order else ["day"]
    best: tuple[_Period, int] | None = None
    for p in finer:
        hit = ctx.last.get(p)
        if hit and (best is None or hit[1] > best[1]):
            best = hit
    if best is not None:
        return _period_at(best[0].start, unit)
    if ctx.anchor is not None and unit in ("day", "week"):
        return _period_at(ctx.anchor, unit)
    return None


def _vague_antecedent(ctx: _Context) -> _Period | None:
    """The last mention when it is a week or a month and no day was named after it: the day "the same day" means is
    one of it, not the anchor's."""
    latest = max(ctx.last.values(), key=lambda hit: hit[1], default=None)
    if latest is None or latest[0].precision not in ("week", "month"):
        return None
    return latest[0]


def _r_the_unit(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    u = re.sub(r"\s+", " ", m["u"].lower())
    if ctx.anchor is None:
        return _Result(None, None)
    if u == "the weekend":
        future = has_future_cue(ctx.text, pos)
        wd = ctx.anchor.weekday()
        if wd >= 5:
            return _Result(_weekend(ctx.anchor), "week")
        shift = 0 if future else -1
        return _Result(_weekend(ctx.anchor + dt.timedelta(weeks=shift)), "week")
    if u in ("year-end", "year end", "year's end", "year’s end"):
        return _Result(_year(ctx.anchor.year), "year", mention=False)
    if u == "the year":
        return _Result(_year(ctx.anchor.year), "year", mention=False)
    # "the day", "the month": only with an antecedent, else too vague to be a date
    unit = {"the month": "month", "the week": "week"}.get(u, "day")
    hit = _recent(ctx, unit, pos, reach=300) if unit != "day" else (ctx.last_day if ctx.last_day else None)
    if hit is None and unit != "day" and not re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        hit = _period_at(ctx.anchor, unit)  # "by the end of the month": the anchor's month
    if hit is None:
        return _Result(None, None)
    return _Result(_period_at(hit.start, unit), unit, mention=False)  # type: ignore[arg-type]


def _r_ago(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    unit = UNITS[m["u"].lower()]
    precision: Precision = unit  # type: ignore[assignment]
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    deictic = direction in ("ago", "back", "from now", "hence")
    if deictic:
        ref = ctx.anchor
    else:
        if unit == "year" and m["n"] and _num(m["n"]) == 1 and sign < 0:
            prior = _recent(ctx, "quarter", pos, reach=300)
            if prior is not None:
                return _Result(_quarter(int(prior.value[:4]) - 1, int(prior.value[-1])), "quarter", mention=False)
        if not ctx.last and direction in ("after", "before") and re.match(r"\s+[A-Za-z]", ctx.text[m.end():m.end() + 2]):
            # "comes a week after Washington agreed": counted from another event, whose date the text does not give
            return _Result(None, precision)
        base = _antecedent(ctx, "day", pos) if unit in ("day", "week") else None
        if base is None:
            hit = [v for p, v in ctx.last.items() if p in ("day", "week", "month", "quarter", "year")]
            base = max(hit, key=lambda h: h[1])[0] if hit else None
        ref = base.start if base is not None else ctx.anchor
    if ref is None:
        return _Result(None, precision)
    if m["vague"]:
        lo, hi = VAGUE_NUMBERS[re.sub(r"\s+", " ", m["vague"].lower())]
        near, far = _shift(ref, unit, sign * lo), _shift(ref, unit, sign * hi)
        mid = _shift(ref, unit, sign * (lo + hi) / 2)
        first, last = sorted((near, far))
        p = _period_at(mid, unit)
        return _Result(_Period(p.value, p.precision, _period_at(first, unit).start, _period_at(last, unit).end), precision)
    return _Result(_period_at(_shift(ref, unit, sign * _num(m["n"])), unit), precision)


def _back_range(ref: dt.date, unit: str, n: float, anchor: dt.date) -> _Period:
    start = _shift(anchor, unit, -n)
    p = _period_at(start, unit)
    return _Period(p.value, p.precision, start, anchor)


def _r_past_n(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    unit = UNITS.get(m["u"].lower())
    if unit is None:
        return _Result(None, None)
    precision: Precision = unit  # type: ignore[assignment]
    if ctx.anchor is None:
        return _Result(None, precision)
    n = VAGUE_NUMBERS[re.sub(r"\s+", " ", m["vague"].lower())][1] if m["vague"] else _num(m["n"]) if m["n"] else 1
    return _Result(_back_range(ctx.anchor, unit, n, ctx.anchor), precision, mention=False)


def _r_for_n(m: re.Match[str], ctx: _Context, pos: int) -> _Result:
    # only a perfect tense makes "for ten years" run up to the anchor ("has ruled for ten years")
    if ctx.anchor is None or not _PERFECT_CUE.search(_sentence_before(ctx.text, pos)):
        return _Result(None, None)
    unit = UNITS[m["u"].lower()]
    n = VAGUE_NUMBERS[re.sub(r"\s+", " ", m["vague"].lower())][1] if m["vague"] else _num(m["n"])
    return _Result(_back_range(ctx.anchor, unit, n, ctx.anchor), unit, mention=False)  # type: ignore[arg-type]


_RESOLVERS: dict[str, Callable[[re.Match[str], _Context, int], _Result]] = {
    "iso": _r_iso,
    "numeric": _r_numeric,
    "day_month": _r_day_month,
    "month_day": _r_day_month,
    "month_year": _r_month_year,
    "month": _r_month,
    "year": _r_year,
    "spelled_year": _r_spelled_year,
    "decade": _r_decade,
    "century": _r_century,
    "quarter": _r_quarter,
    "quarter_ref": _r_quarter_ref,
    "year_ago_adj": _r_year_ago_adj,
    "season": _r_season,
    "holiday": _r_holiday,
    "deictic": _r_deictic,
    "weekday": _r_weekday,
    "unit_relative": _r_unit_relative,
    "the_unit": _r_the_unit,
    "ago": _r_ago,
    "past_n": _r_past_n,
    "for_n": _r_for_n,
}
assert set(_RESOLVERS) == set(_RULES), "every rule kind needs a resolver"


def _sentence_before(text: str, pos: int, window: int = 200) -> str:
    lo = max(0, pos - window)
    return _SENTENCE_END.split(text[lo:pos])[-1]


def _sentence_around(text: str, pos: int, window: int = 200) -> str:
    after = text[pos: pos + window]
    end = _SENTENCE_END.search(after)
    return _sentence_before(text, pos, window) + (after[: end.start()] if end else after)


def _narrow(p: _Period, kind: str, anchor: dt.date | None) -> _Period:
    """Narrow ``p``'s range for a modifier; the value stays (TIMEX3 puts it in ``mod``)."""
    days = (p.end - p.start).days + 1
    third = max(days // 3, 1)
    start, end = p.start, p.end
    if kind == "early":
        end = p.start + dt.timedelta(days=third - 1)
    elif kind == "late":
        start = p.end - dt.timedelta(days=third - 1)
    elif kind == "mid":
        start, end = p.start + dt.timedelta(days=third), p.end - dt.timedelta(days=third)
    elif kind == "end":
        start = p.end - dt.timedelta(days=max(days // 10, 1) - 1)
    elif kind == "start":
        end = p.start + dt.timedelta(days=max(days // 10, 1) - 1)
    elif kind == "first_half":
        end = dt.date(p.start.year, 6, 30) if p.precision == "year" else p.start + dt.timedelta(days=days // 2 - 1)
    elif kind == "second_half":
        start = dt.date(p.start.year, 7, 1) if p.precision == "year" else p.start + dt.timedelta(days=days // 2)
    elif kind == "earlier" and anchor is not None and p.start <= anchor <= p.end:
        end = anchor
    elif kind == "later" and anchor is not None and p.start <= anchor <= p.end:
        start = anchor
    elif kind == "earlier":
        end = p.start + dt.timedelta(days=days // 2 - 1)
    elif kind == "later":
        start = p.start + dt.timedelta(days=days // 2)
    elif kind == "since" and anchor is not None and p.start <= anchor:
        end = anchor
    if end < start:
        start, end = p.start, p.end
    return _Period(p.value, p.precision, start, end)


# --------------------------------------------------------------------------------------------
# Candidate filters: context a pattern cannot express cheaply
# --------------------------------------------------------------------------------------------


def _keep(kind: str, m: re.Match[str], text: str) -> bool:
    s, e = m.span()
    before = text[max(0, s - 24):s]
    if kind == "month":
        word = m["mon"].lower().rstrip(".")
        if m["rel"] or word not in _AMBIGUOUS_MONTHS:
            return True
        # "May", "March", "April"... alone: need a temporal word before or no name after
        if _TEMPORAL_PREP.search(before):
            return True
        after = text[e:e + 20]
        if word == "may":
            return bool(re.match(r"\s*(?:[,.;:)]|$|\d)", after))
        return not re.match(r"\s+(?:[A-Z]|[a-z]+(?:ed|s)\b)", after) and not re.search(r"[A-Z][a-z]+\s+$", before)
    if kind == "year":
        if m["fiscal"]:
            return True
        after = text[e:e + 30]
        if _YEAR_COUNT_NOUN.match(after) and not _TEMPORAL_PREP.search(before):
            return False
        return not re.search(r"(?:[Nn]o\.|[Nn]umber|[Rr]oom|[Ff]light|[Rr]oute|[Rr]esolution|[Pp]age|[Uu]nit|[Ss]eat)\s*$", before)
    if kind == "weekday":
        return True
    if kind == "decade" and m["dw"]:
        # "in his forties" is an age, not a decade
        return not re.search(r"\b(?:his|her|their|my|your|its|our|mid|late|early)\s*-?\s*$", before, re.I) or bool(m["dc"])
    return True


# --------------------------------------------------------------------------------------------
# The finder
# --------------------------------------------------------------------------------------------


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the merged text windows around its trigger words."""
    spans: dict[str, list[tuple[int, int]]] = {k: [] for k in _TRIGGERS}
    n = len(text)
    for m in _TRIGGER_RE.finditer(text):
        cls = m.lastgroup or ""
        lo, hi = max(0, m.start() - _WINDOW), min(n, m.end() + _WINDOW)
        win = spans[cls]
        if win and lo <= win[-1][1]:
            win[-1] = (win[-1][0], hi)
        else:
            win.append((lo, hi))
    return spans


def _merge(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    found = []
    seen: set[tuple[int, int, str]] = set()
    by_class = _windows(text)
    for kind, rx in _COMPILED.items():
        classes = _RULE_TRIGGERS[kind]
        wins = by_class[classes[0]] if len(classes) == 1 else _merge(w for c in classes for w in by_class[c])
        for lo, hi in wins:
            for m in rx.finditer(text, lo, hi):
                key = (m.start(), m.end(), kind)
                if m.end() > m.start() and key not in seen and _keep(kind, m, text):
                    seen.add(key)
                    found.append((m.start(), m.end(), kind, m))
    # longest first, then earlier, then rule order; greedy non-overlapping selection
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0], _KIND_RANK[c[2]]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    occupied = bytearray(len(text))  # 1 where a kept expression already lies
    for c in found:
        if 1 in occupied[c[0]:c[1]]:
            continue
        taken.append(c)
        occupied[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
    taken.sort(key=lambda c: c[0])
    return taken


def find_dates(text: str, anchor: dt.date | None, *, offset: int = 0, dayfirst: bool | None = None) -> list[EventDate]:
    """Every time expression in ``text``, normalised against ``anchor`` (the publication date).

    Spans are ``offset + position`` in ``text``; results come in text order with
    ``source="text"``. ``dayfirst`` reads ambiguous numeric dates ("05/03/2024") day first
    when True, month first when False; a weekday named in the same sentence outranks it.
    Expressions that need an anchor get ``value=None`` when ``anchor`` is None.
    """
    if anchor is not None and isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    ctx = _Context(text=text, anchor=anchor, dayfirst=dayfirst)
    out: list[EventDate] = []
    for s, e, kind, m in _candidates(text):
        res = _RESOLVERS[kind](m, ctx, s)
        if res.period is None and res.precision is None:
            continue
        start = s
        period = res.period
        mod = _MODIFIER_RE.search(text, max(0, s - 30), s)
        if mod is not None and (not out or (out[-1].end or 0) - offset <= mod.start()):
            mkind = next(_MODIFIER_KINDS[i] for i in range(len(_MODIFIER_KINDS)) if mod.group(f"m{i}"))
            start = mod.start()
            if period is not None:
                period = _narrow(period, mkind, anchor)
        if period is not None and res.mention:
            ctx.last[period.precision] = (period, e)
            if period.precision == "day":
                ctx.last_day = period
            if period.start.year == period.end.year and _DIGIT_YEAR.search(text, s, e):
                ctx.told_year = (period.start.year, e)
        out.append(EventDate(
            text=text[start:e],
            start=offset + start,
            end=offset + e,
            value=period.value if period else None,
            precision=period.precision if period else res.precision,
            start_date=period.start.isoformat() if period else None,
            end_date=period.end.isoformat() if period else None,
            source="text",
        ))
    return out
