"""Metadata read from wire stories as they are pasted: our own texts in each agency's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import make_article, read
from sitrep.metadata import analyse, parse_date, resolve_numeric
from sitrep.model import Article, RawInput
from sitrep.settings import Settings

REUTERS = """US agrees to pull troops out of Niger

By Ann Example

WASHINGTON, April 19 (Reuters) - The United States has agreed to withdraw its roughly 1,000
troops from Niger, a senior State Department official said on Friday, after talks with the
junta in Niamey.

The official said a delegation would travel to Niger in the coming months.

(Reporting by Ann Example; Editing by Bo Sample)
"""

AP = """Last French soldiers leave Niger after coup

By JOHN EXAMPLE Associated Press

Published 4:10 PM GMT, December 22, 2023

NIAMEY, Niger (AP) — The last French troops left Niger on Friday, ending a decade of
counterterrorism operations in the country, the army said.
"""

SEEDLIKE = """Wednesday, June 12, 2024

Drone base handed over

The runway of a desert air base, pictured in 2019 during a joint exercise. Photo: Some One / AP / NTB

Of NTB | 06/07/2024 18:02:11

The last American soldiers left the air base in Niamey on Friday, officials said.

Russian instructors remain at a nearby hangar, according to local media.

(© NTB)

© Fjord Wire English
"""


def _article(text: str, **raw: str) -> Article:
    return analyse(make_article(RawInput("<test>", text.encode(), "text", **raw), Settings()))


def _kinds(a: Article) -> list[str]:
    return [s.kind for s in a.segments]


def test_reuters_dateline_byline_and_footer() -> None:
    a = _article(REUTERS)
    assert a.title == "US agrees to pull troops out of Niger"
    assert a.byline == "Ann Example"
    assert a.original_source == "Reuters"
    # the dateline gives the day and no year: the year is the latest in which April 19 was the
    # Friday the story names (2024, until 2030 comes)
    assert (a.published.value, a.published.source) == ("2024-04-19", "dateline")
    assert "weekdays" in dict(a.provenance)["published"]
    assert _kinds(a) == ["title", "byline", "dateline", "body", "footer"]
    dateline, body = a.segments[2], a.segments[3]
    assert a.text[dateline.start : dateline.end] == "WASHINGTON, April 19 (Reuters) -"
    assert a.text[body.start :].startswith("The United States has agreed")


def test_dateline_without_weekday_gets_no_year() -> None:
    a = _article(REUTERS.replace("on Friday", "late in the day"))
    assert a.published.value is None


@pytest.mark.parametrize(
    ("line", "author", "agency", "date"),
    [
        ("dpa | 12.04.2024 16:05", None, "dpa", "2024-04-12"),
        ("2024-04-26 | dpa", None, "dpa", "2024-04-26"),
        ("Salma Example   |20.04.2024 - Update : 21.04.2024", "Salma Example", None, "2024-04-20"),
        ("By AP | 07/08/2024 10:12 AM", None, "AP", "2024-07-08"),
        ("Published: 2024-04-12 17:30 | Source: dpa", None, "dpa", "2024-04-12"),
    ],
)
def test_pipe_bylines(line: str, author: str | None, agency: str | None, date: str) -> None:
    text = f"Juntas sign defence pact\n\n{line}\n\nBAMAKO, Mali\n\nThe three military governments signed a mutual defence pact on Saturday."
    a = _article(text)
    assert a.byline == author and a.original_source == agency and a.published.value == date


def test_masthead_and_desk_codes() -> None:
    text = (
        "West Example Wire\nMonday, July 8, 2024\n\nUS troops leave Niamey air base\n\n"
        "Niamey/Agadez (dpa) - US forces completed their withdrawal from the air base on Sunday, officials said.\n\n"
        "dpa kas xx n1 ed\n\n© 2024 West Example Wire. All rights reserved."
    )
    a = _article(text)
    assert (a.site, a.title, a.original_source) == ("West Example Wire", "US troops leave Niamey air base", "dpa")
    assert a.published.value == "2024-07-08"
    assert [s.kind for s in a.segments] == ["header", "header", "title", "dateline", "body", "footer", "footer"]


def test_ap_published_line_gives_the_date() -> None:
    a = _article(AP)
    assert a.original_source == "AP"
    assert a.byline == "JOHN EXAMPLE"
    assert (a.published.value, a.published.precision, a.published.source) == ("2023-12-22", "day", "published-line")


SYNDICATED_HEADER = """Monday, 3 June 2024

Chinese engineers reach Djibouti port


By Reuters | 03/06/2024 6:05 PM

DJIBOUTI (Reuters) - A team of Chinese engineers who set out on Wednesday reached the port, officials said.

© 2024 Gulf Shipping Monitor
"""


def test_numeric_byline_date_read_as_the_header_writes_it() -> None:
    # 03/06/2024: 6 March (a Wednesday) or 3 June (a Monday)? The story's "on Wednesday" is days before; the header line
    # writes the date in words
    a = _article(SYNDICATED_HEADER)
    assert a.published.value == "2024-06-03"


def test_numeric_byline_date_resolved_by_weekday() -> None:
    # 06/07/2024: 6 July (a Saturday) or 7 June (a Friday)? The story says "on Friday".
    a = _article(SEEDLIKE)
    assert a.published.value == "2024-06-07"
    assert a.published.source == "byline"
    assert "weekday" in dict(a.provenance)["published"]
    assert a.original_source == "NTB" and a.site == "Fjord Wire English"
    caption = [s for s in a.segments if s.kind == "caption"]
    assert len(caption) == 1 and "pictured in 2019" in a.text[caption[0].start : caption[0].end]
    body = " ".join(a.text[s.start : s.end] for s in a.segments if s.kind == "body")
    assert "Photo:" not in body and "©" not in body and "Of NTB" not in body


def test_segments_are_spans_of_the_original_text() -> None:
    a = _article(SEEDLIKE)
    for s in a.segments:
        assert a.text[s.start : s.end].strip() == a.text[s.start : s.end]
    assert [s.start for s in a.segments] == sorted(s.start for s in a.segments)


def test_single_paragraph_is_all_body() -> None:
    a = _article("Mali's junta ended its defence agreements with France on Monday.")
    assert _kinds(a) == ["body"] and a.title is None


def test_input_date_outranks_text() -> None:
    a = _article(SEEDLIKE, published="2024-06-08")
    assert (a.published.value, a.published.source) == ("2024-06-08", "input")


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected"),
    [
        ("2024-05-03T10:24:48+02:00", None, ("2024-05-03", "day")),
        ("20080804", None, ("2008-08-04", "day")),
        ("Fri, 03 May 2024 10:24:48 GMT", None, ("2024-05-03", "day")),
        ("Tuesday, May 28, 2024", None, ("2024-05-28", "day")),
        ("28 May 2024", None, ("2024-05-28", "day")),
        ("May 2024", None, ("2024-05", "month")),
        ("13/03/2024", False, ("2024-03-13", "day")),  # only one reading is a date
        ("05/03/2024", True, ("2024-03-05", "day")),  # no weekday evidence: the locale decides
        ("05/03/2024", False, ("2024-05-03", "day")),
        ("03-02-2009", True, ("2009-02-03", "day")),  # dashes as well as slashes and dots
        ("12-31-2009", None, ("2009-12-31", "day")),
        ("2009-03-29 22:13:35.464264-05", None, ("2009-03-29", "day")),
    ],
)
def test_parse_date(text: str, dayfirst: bool | None, expected: tuple[str, str]) -> None:
    got = parse_date(text, dayfirst=dayfirst)
    assert got is not None and got[:2] == expected


def test_weekday_evidence_outranks_locale() -> None:
    friday = {4}
    got = resolve_numeric(5, 3, 2024, dayfirst=True, hints=friday)
    assert got is not None and got[0].isoformat() == "2024-05-03" and got[1].startswith("weekday")


def test_seed_metadata(seed_path: Path) -> None:
    raw = next(read([str(seed_path)]))
    assert isinstance(raw, RawInput)
    a = analyse(make_article(raw, Settings()))
    assert (a.published.value, a.published.precision) == ("2024-05-03", "day")
    assert a.original_source == "NTB"
    assert a.site == "Jaun News English"
    assert a.title and "Niger" in a.title
    captions = [a.text[s.start : s.end] for s in a.segments if s.kind == "caption"]
    assert len(captions) == 1 and "2018" in captions[0]
    body = " ".join(a.text[s.start : s.end] for s in a.segments if s.kind == "body")
    assert "Agadez in central Niger" not in body and "Reuters" in body


def test_masthead_named_in_the_footer() -> None:
    text = (
        "Example Monitor\n\nNiger junta ends military accords with France\n\nAugust 4, 2023\n\nBy Ann Example\n\n"
        "NIAMEY — Niger's military rulers ended the country's military cooperation agreements with France on Thursday.\n\n"
        "Source: dpa\n\n© 2023 Example Monitor. All rights reserved."
    )
    a = _article(text)
    assert (a.site, a.title, a.byline, a.published.value) == (
        "Example Monitor",
        "Niger junta ends military accords with France",
        "Ann Example",
        "2023-08-04",
    )
    assert a.original_source == "dpa"
    assert [s.kind for s in a.segments] == ["header", "title", "header", "byline", "dateline", "body", "footer", "footer"]
