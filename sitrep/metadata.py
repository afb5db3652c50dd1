"""Article metadata: sections, title, byline, agency versus site, and the publication date.

A wire story pasted as text carries its metadata in its first and last lines: a site's page date,
the title, a photo caption, a byline with the agency's date ("Of NTB | 05/03/2024 10:24:48"), a
dateline ("NIAMEY, May 3 (Reuters) -"), and copyright footers ("(© NTB)", "© Some Site"). This
stage splits those off as segments, so that only the body and captions are coded, and reads each
value with a note of where it came from. Ambiguous numeric dates are resolved with evidence:
weekday mentions in the story first, then the agency's locale.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .model import Article, Batch, Item, Published, Segment, SegmentKind
from .pipeline import Stage
from .resources import load_yaml
from .settings import Settings
from .timex import resolve_numeric_date

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2})?)?"
DATE_TEXT = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|(?P<num>\d{{1,2}}(?P<sep>[/.-])\d{{1,2}}(?P=sep)\d{{4}})"
    rf"|(?P<mdy>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    rf"|(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
    rf"|(?P<my>{_MONTH}\s+\d{{4}})"
    rf"){_TIME}",
    re.I,
)
DATE_ONLY_LINE = re.compile(
    rf"^\s*(?:(?:Published|Updated|Posted|Last updated)\s*:?\s*)?{_TIME.replace('?:,?', '?:')}\s*,?\s*{DATE_TEXT.pattern}\s*$",
    re.I,
)
BYLINE = re.compile(r"^\s*(?:By|BY|Of|OF|Av|Von|Par)\s+(?P<who>[^|\n]{2,80}?)\s*(?:[|•·,]\s*(?P<rest>.*))?$")
CAPTION = re.compile(
    r"(?:\b(?:Photos?|Foto|Picture|Image|Photograph|File photo|Illustration)\s*(?:credit)?\s*:"
    r"|\((?:[A-Z]+\s+)?Photo\b|\bREUTERS/[A-Z]|\bAFP PHOTO\b|\bAP Photo/|\(Photo by\b|\bFILE PHOTO\b)",
)
FOOTER = re.compile(
    r"^\s*(?:\(?\s*©|\(?\s*\(c\)\s|Copyright\b|All rights reserved|\((?:Reporting|Writing|Editing|Additional reporting|Compiled)\b)",
    re.I,
)
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’./\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?)"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}))?\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{{1,40}})\)\s*[-–—]+\s*"
)
DESK_CODES = re.compile(r"^(?P<agency>[A-Za-z]{2,8})(?:\s+[a-z0-9]{1,4}){2,8}\s*$")
# "dpa | 12.04.2024 16:05", "2024-04-26 | dpa", "Salma Idriss   |20.04.2024 - Update : 20.04.2024"
PIPE_LINE = re.compile(r"^\s*(?P<left>[^|\n]{2,80}?)\s*\|\s*(?P<right>[^|\n]{2,80}?)\s*$")
SOURCE_LABEL = re.compile(r"^\s*(?:Source|Agency|Via|Published|Updated)\s*:\s*", re.I)
# a dateline with no agency: "NIAMEY — ", or a line of its own: "OUAGADOUGOU, Burkina Faso"
CAPS_DATELINE = re.compile(r"^[A-Z][A-Z'’./\-]{2,}(?: [A-Z'’./\-]{2,}){0,3}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?(?:\s*[-–—]+\s+|\s*$)")
COPYRIGHT = re.compile(r"©\s*(?:(?:19|20)\d{2}\s+)?(?P<who>[^()\n]+?)\.?\s*(?:All rights reserved\.?)?\s*\)?\s*$", re.I)
ON_WEEKDAY = re.compile(r"\b(?:on|last|this|since|until|by)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


@dataclass(frozen=True)
class Agency:
    name: str
    country: str
    dayfirst: bool
    aliases: tuple[str, ...]


@functools.cache
def agencies() -> dict[str, Agency]:
    """Agencies by every alias, lower-cased."""
    out = {}
    for row in load_yaml("agencies.yaml")["agencies"]:
        agency = Agency(row["name"], row["country"], bool(row["dayfirst"]), tuple(row["aliases"]))
        for alias in agency.aliases:
            out[alias.lower()] = agency
    return out


def find_agency(text: str) -> Agency | None:
    return agencies().get(text.strip().strip("()© ").lower())


# ---------------------------------------------------------------- dates
def weekday_hints(text: str) -> set[int]:
    """Weekdays the story names as when things happened ("on Friday")."""
    return {WEEKDAYS[m.group(1).lower()] for m in ON_WEEKDAY.finditer(text)}


_NUMERIC_REASONS = {"only-valid": "unambiguous", "locale": "agency locale", "default": "default month-first"}


def resolve_numeric(
    day_or_month: int, month_or_day: int, year: int, *, dayfirst: bool | None, hints: set[int]
) -> tuple[dt.date, str] | None:
    """Read a byline's ``a/b/yyyy``: the story's weekdays first, then the agency's locale, then month-first."""

    def support(d: dt.date) -> float:
        # a story usually reports the day it is filed, or the day before
        return (d.weekday() in hints) + 0.5 * ((d.weekday() - 1) % 7 in hints)

    try:
        date, why = resolve_numeric_date(f"{day_or_month}/{month_or_day}/{year}", dayfirst=dayfirst, support=support)
    except ValueError:
        return None
    return date, _NUMERIC_REASONS.get(why, f"weekday: the story names {date:%A}")


def parse_date(
    text: str, *, dayfirst: bool | None = None, hints: Iterable[int] = (), year: int | None = None
) -> tuple[str, str, str] | None:
    """(ISO value, precision, how) for a date string, or None."""
    s = text.strip()
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        try:
            return dt.date(*map(int, m.groups())).isoformat(), "day", "yyyymmdd"
        except ValueError:
            return None
    rfc = email.utils.parsedate_tz(s) if re.match(r"^[A-Z][a-z]{2},", s) else None
    if rfc:
        return dt.date(*rfc[:3]).isoformat(), "day", "rfc822"
    m = DATE_TEXT.search(s)
    if not m:
        m2 = re.search(rf"({_MONTH})\s+(\d{{1,2}})\b", s, re.I)
        if m2 and year:
            try:
                return (
                    dt.date(year, MONTHS[m2.group(1).lower().rstrip(".")], int(m2.group(2))).isoformat(),
                    "day",
                    "month-day + year",
                )
            except (ValueError, KeyError):
                return None
        m3 = re.fullmatch(r"(\d{4})", s)
        return (s, "year", "year") if m3 else None
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso")).isoformat(), "day", "iso"
        if m.group("num"):
            a, b, y = map(int, re.split(r"[/.-]", m.group("num")))
            got = resolve_numeric(a, b, y, dayfirst=dayfirst, hints=set(hints))
            return (got[0].isoformat(), "day", got[1]) if got else None
        words = re.findall(r"[A-Za-z]+|\d+", m.group("mdy") or m.group("dmy") or m.group("my"))
        nums = [int(w) for w in words if w.isdigit()]
        month = next(MONTHS[w.lower()] for w in words if w.lower() in MONTHS)
        if m.group("my"):
            return f"{nums[0]:04d}-{month:02d}", "month", "text"
        day, y = (nums[0], nums[1])
        return dt.date(y, month, day).isoformat(), "day", "text"
    except (ValueError, StopIteration):
        return None


# ---------------------------------------------------------------- sections
@dataclass
class _Block:
    start: int
    end: int
    text: str
    kind: SegmentKind = "body"


def _blocks(text: str) -> list[_Block]:
    """Paragraphs (blank-line separated); where there are none, lines."""
    sep = r"\n[ \t]*\n+" if re.search(r"\n[ \t]*\n", text) else r"\n"
    out, pos = [], 0
    for m in list(re.finditer(sep, text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(_Block(pos + lead, pos + len(chunk.rstrip()), chunk.strip()))
        pos = m.end() if m else end
    return out


def _split_lines(blocks: list[_Block]) -> list[_Block]:
    """Blocks of several lines at the top are split, so a title line and a byline line part."""
    out = []
    for b in blocks:
        lines = b.text.split("\n")
        if len(lines) == 1:
            out.append(b)
            continue
        pos = b.start
        for line in lines:
            if line.strip():
                lead = len(line) - len(line.lstrip())
                out.append(_Block(pos + lead, pos + len(line.rstrip()), line.strip()))
            pos += len(line) + 1
    return out


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 25
        and len(text) <= 200
        and not text.endswith((".", ":", ";", ","))
        or (len(words) <= 14 and text.endswith("?"))
    )


def analyse(article: Article) -> Article:
    """The article with its segments and the metadata read from its text."""
    text = article.text
    blocks = _blocks(text)
    prov = dict(article.provenance)
    title, byline, agency, site = article.title, article.byline, None, article.site
    date_candidates: list[tuple[int, str, str]] = []  # (rank, text, source)
    multi = len(blocks) > 1
    # the site's name in its copyright footer also stands as its masthead above the title
    mastheads = {m.group("who").strip(" .").casefold() for b in blocks[-3:] for m in [COPYRIGHT.search(b.text)] if m}
    if multi:
        # the first blocks and the last ones carry the metadata
        head = _split_lines(blocks[: min(6, len(blocks))]) + blocks[min(6, len(blocks)) :]
        blocks = head
        in_head = True
        for i, b in enumerate(blocks):
            if CAPTION.search(b.text):
                b.kind = "caption"
                continue
            if FOOTER.match(b.text) or (i >= len(blocks) - 3 and COPYRIGHT.search(b.text) and len(b.text) < 120):
                b.kind = "footer"
                continue
            credit = SOURCE_LABEL.match(b.text) if i >= len(blocks) - 3 and len(b.text) < 40 else None
            if credit and find_agency(b.text[credit.end() :]):
                b.kind = "footer"
                agency = agency or find_agency(b.text[credit.end() :])
                prov.setdefault("original_source", f"credit line ({b.text})")
                continue
            desk = DESK_CODES.match(b.text) if i >= len(blocks) - 2 else None
            if desk and find_agency(desk.group("agency")):
                b.kind = "footer"
                agency = agency or find_agency(desk.group("agency"))
                prov.setdefault("original_source", f"desk codes ({b.text})")
                continue
            if not in_head:
                continue
            if DATE_ONLY_LINE.match(b.text):
                b.kind = "header"
                label = "published-line" if re.match(r"\s*(Published|Updated|Posted)", b.text, re.I) else "header"
                date_candidates.append((2 if label == "published-line" else 4, b.text, label))
                continue
            if b.text.strip(" .").casefold() in mastheads and len(b.text) < 60:
                b.kind = "header"
                site = site or b.text.strip()
                prov.setdefault("site", "masthead")
                continue
            found = _byline(b.text)
            if found:
                b.kind = "byline"
                who, ag, when = found
                if ag:
                    agency = agency or ag
                    prov.setdefault("original_source", f"byline ({b.text.strip()})")
                if who:
                    byline = byline or who
                    prov.setdefault("byline", "byline line")
                if when:
                    date_candidates.append((1, when, "byline"))
                continue
            nxt = blocks[i + 1 : i + 3]
            if (
                title is None
                and site is None
                and len(nxt) == 2
                and DATE_ONLY_LINE.match(nxt[0].text)
                and _looks_like_title(b.text)
                and _looks_like_title(nxt[1].text)
                and len(b.text.split()) <= 6
            ):
                b.kind = "header"  # a masthead: the site's name above its page date and the title
                site = b.text
                prov.setdefault("site", "masthead")
                continue
            if title is None and _looks_like_title(b.text) and i < len(blocks) - 1:
                b.kind = "title"
                title = b.text
                prov.setdefault("title", "first line")
                continue
            in_head = False
    body = [b for b in blocks if b.kind == "body"]
    if body:
        first = body[0]
        dm = DATELINE.match(first.text)
        if dm:
            ag = find_agency(dm.group("agency"))
            if ag:
                agency = agency or ag
                prov.setdefault("original_source", f"dateline ({dm.group('agency')})")
            if dm.group("date"):
                date_candidates.append((3, dm.group("date"), "dateline"))
        if multi:  # without an agency, a dateline is told only in a story of several paragraphs
            dm = dm or CAPS_DATELINE.match(first.text)
        if dm:
            # the dateline is not part of the lead sentence: it would derail its parse
            cut = len(first.text[: dm.end()].rstrip())
            rest = first.text[dm.end() :]
            blocks.insert(blocks.index(first), _Block(first.start, first.start + cut, first.text[:cut], "dateline"))
            if rest.strip():
                first.start, first.text = first.end - len(rest), rest
            else:
                blocks.remove(first)
    for b in blocks:
        if b.kind == "footer":
            cm = COPYRIGHT.search(b.text)
            if cm:
                who = cm.group("who").strip(" .")
                ag = find_agency(who)
                if ag:
                    agency = agency or ag
                    prov.setdefault("original_source", f"footer ({b.text.strip()})")
                elif site is None and len(who) < 60:
                    site = who
                    prov.setdefault("site", f"footer ({b.text.strip()})")
    if agency and "original_source" not in prov:
        prov["original_source"] = "byline"
    published, how = _publication(article, date_candidates, agency, text)
    if published.value:
        prov["published"] = f"{published.source}: {published.evidence!r} read as {published.value} ({how})"
    return replace(
        article,
        title=title,
        byline=byline,
        site=site,
        original_source=agency.name if agency else article.original_source,
        published=published,
        segments=_segments(blocks),
        provenance=tuple(sorted(prov.items())),
    )


def _byline(line: str) -> tuple[str | None, Agency | None, str | None] | None:
    """(author, agency, date text) of a byline line, or None when the line is not one.

    Forms: "By Ann Example", "Of NTB | 05/03/2024 10:24:48", "By AP | 07/08/2024 10:12 AM",
    "dpa | 12.04.2024 16:05", "2024-04-26 | dpa", "Salma Idriss   |20.04.2024 - Update : 20.04.2024".
    """
    if len(line) > 140:
        return None
    bm = BYLINE.match(line)
    if bm:
        who = bm.group("who").strip()
        rest = bm.group("rest") or ""
        parts = [who, *re.split(r"[|,/]", rest)]
    else:
        pm = PIPE_LINE.match(line)
        if not pm:
            return None
        left, right = pm.group("left"), pm.group("right")
        if not (DATE_TEXT.search(left) or DATE_TEXT.search(right)):
            return None
        who, rest = (right, left) if DATE_TEXT.search(left) and not DATE_TEXT.search(right) else (left, right)
        parts = [who]
    parts = [SOURCE_LABEL.sub("", p) for p in parts]
    agency = next((a for a in map(find_agency, parts) if a), None)
    author = SOURCE_LABEL.sub("", re.sub(r"\s*(?:Associated Press|Reuters|AFP)$", "", who)).strip(" ,")
    if find_agency(author):
        author = ""  # "Of NTB", "By AP": the agency, not an author
    dm = DATE_TEXT.search(rest)
    return author or None, agency, (rest[dm.start() :] if dm else None)


def _segments(blocks: list[_Block]) -> tuple[Segment, ...]:
    """Contiguous runs of the same kind become one segment."""
    out: list[Segment] = []
    for b in blocks:
        if out and out[-1].kind == b.kind and b.kind == "body":
            out[-1] = Segment(b.kind, out[-1].start, b.end)
        else:
            out.append(Segment(b.kind, b.start, b.end))
    return tuple(out)


def _publication(
    article: Article, candidates: list[tuple[int, str, str]], agency: Agency | None, text: str
) -> tuple[Published, str]:
    hints = weekday_hints(text)
    dayfirst = agency.dayfirst if agency else None
    if article.published.value:
        got = parse_date(article.published.value, dayfirst=dayfirst, hints=hints)
        if got:
            return Published(got[0], got[1], article.published.source, article.published.evidence), got[2]  # type: ignore[arg-type]
        return Published(None, None, None, article.published.evidence), "unreadable"
    # the year for a dateline's "May 3" comes from the other dates found
    years = [int(m.group(0)) for _, t, _ in candidates for m in [re.search(r"\b(19|20)\d{2}\b", t)] if m]
    for _, value, source in sorted(candidates):
        year = years[0] if years else None
        if year is None and source == "dateline":
            year = _year_from_weekdays(value, hints)
        got = parse_date(value, dayfirst=dayfirst, hints=hints, year=year)
        if got and got[1] == "day":
            got = _as_written(value, got, [v for _, v, src in candidates if src != source]) or got
        if got and source == "dateline" and not years:
            got = (got[0], got[1], "dateline; year from the weekdays the story names")
        if got:
            return Published(got[0], got[1], source, value.strip()), got[2]  # type: ignore[arg-type]
    return Published(), "none found"


def _as_written(value: str, got: tuple[str, str, str], others: list[str]) -> tuple[str, str, str] | None:
    """A byline's ambiguous "11/02/2022" read as the date another line of the header writes in words ("Friday, 11
    February 2022"), when that is its other reading: the words settle what the story's weekdays may not."""
    m = DATE_TEXT.search(value)
    if m is None or not m.group("num"):
        return None
    a, b, y = map(int, re.split(r"[/.-]", m.group("num")))
    if a > 12 or b > 12 or a == b:
        return None
    for other in others:
        o = DATE_TEXT.search(other)
        if o is None or not (o.group("mdy") or o.group("dmy")):
            continue
        written = parse_date(o.group(0))
        if written is None:
            continue
        for month, day in ((a, b), (b, a)):
            try:
                reading = dt.date(y, month, day).isoformat()
            except ValueError:
                continue
            if reading == written[0] and reading != got[0]:
                return reading, "day", "numeric, as a header line writes it"
    return None


def _year_from_weekdays(month_day: str, hints: set[int], back: int = 15) -> int | None:
    """The most recent year (this one or up to ``back`` before) in which a dateline's "July 27"
    fell on a weekday the story names as today or yesterday ("on Wednesday", "on Thursday")."""
    m = re.search(rf"({_MONTH})\s+(\d{{1,2}})", month_day, re.I)
    if not m or not hints:
        return None
    month, day = MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
    this_year = dt.date.today().year
    for year in range(this_year, this_year - back, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= dt.date.today() and d.weekday() in hints:
            return year
    return None


def process(batch: Batch) -> Batch:
    items: list[Item] = [replace(item, article=analyse(item.article)) if item.article else item for item in batch.items]
    return replace(batch, items=tuple(items))


def _factory(settings: Settings):  # noqa: ANN202 - a Process
    return process


STAGE = Stage(
    name="metadata",
    requires=("article",),
    sets=("article.segments", "article.published", "article.original_source"),
    factory=_factory,
    help="split header, title, caption, byline and footers from the body; read the publication date",
)
