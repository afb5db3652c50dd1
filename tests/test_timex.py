"""Temporal expressions in news sentences, anchored on Friday 3 May 2024."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.timex import find_dates, resolve_numeric_date, resolve_weekday, weekday_mentions

ANCHOR = dt.date(2024, 5, 3)  # a Friday

# sentence, expression, value, precision, start_date, end_date
CASES = [
    # weekdays: the most recent such day, the anchor included; future cues look ahead
    ("The junta said on Friday it had arrested the mayor.", "Friday", "2024-05-03", "day", "2024-05-03", "2024-05-03"),
    ("Soldiers entered the town on Tuesday, residents said.", "Tuesday", "2024-04-30", "day", "2024-04-30", "2024-04-30"),
    ("Gunmen attacked the village on Monday night.", "Monday night", "2024-04-29", "day", "2024-04-29", "2024-04-29"),
    ("Last Thursday the bridge at Gao was blown up.", "Last Thursday", "2024-05-02", "day", "2024-05-02", "2024-05-02"),
    ("The minister will travel to Niamey on Tuesday.", "Tuesday", "2024-05-07", "day", "2024-05-07", "2024-05-07"),
    ("Talks are scheduled to resume next Friday.", "next Friday", "2024-05-10", "day", "2024-05-10", "2024-05-10"),
    ("Opponents vowed to fight Wednesday's ruling, which they say they will appeal.", "Wednesday",
     "2024-05-01", "day", "2024-05-01", "2024-05-01"),
    # deictic days
    ("Protests began today in Bamako.", "today", "2024-05-03", "day", "2024-05-03", "2024-05-03"),
    ("Talks collapsed yesterday after the delegation walked out.", "yesterday", "2024-05-02", "day", "2024-05-02", "2024-05-02"),
    ("A general strike is planned for tomorrow.", "tomorrow", "2024-05-04", "day", "2024-05-04", "2024-05-04"),
    ("Shots were heard in the capital last night.", "last night", "2024-05-02", "day", "2024-05-02", "2024-05-02"),
    ("The raid happened three days ago, a local official said.", "three days ago", "2024-04-30", "day", "2024-04-30",
     "2024-04-30"),
    # weeks (ISO weeks, as TIMEX3)
    ("Troops arrived in Kidal this week.", "this week", "2024-W18", "week", "2024-04-29", "2024-05-05"),
    ("Clashes broke out last week near the border.", "last week", "2024-W17", "week", "2024-04-22", "2024-04-28"),
    ("The convoy was ambushed two weeks ago.", "two weeks ago", "2024-W16", "week", "2024-04-15", "2024-04-21"),
    ("The group seized the base a few weeks ago.", "a few weeks ago", "2024-W15", "week", "2024-03-25", "2024-04-21"),
    ("Rallies are expected over the weekend.", "the weekend", "2024-W18-WE", "week", "2024-05-04", "2024-05-05"),
    # months
    ("Fighting intensified last month in the north.", "last month", "2024-04", "month", "2024-04-01", "2024-04-30"),
    ("The attack took place in March, according to the UN.", "March", "2024-03", "month", "2024-03-01", "2024-03-31"),
    ("The election will be held next month.", "next month", "2024-06", "month", "2024-06-01", "2024-06-30"),
    ("Earlier this month, rebels attacked a checkpoint.", "Earlier this month", "2024-05", "month", "2024-05-01",
     "2024-05-03"),
    ("The referendum is scheduled for June.", "June", "2024-06", "month", "2024-06-01", "2024-06-30"),
    ("The rains usually arrive by mid-May.", "mid-May", "2024-05", "month", "2024-05-11", "2024-05-21"),
    ("Talks in May 2024 produced little.", "May 2024", "2024-05", "month", "2024-05-01", "2024-05-31"),
    ("Wagner fighters arrived in December 2021.", "December 2021", "2021-12", "month", "2021-12-01", "2021-12-31"),
    ("The mine was raided in June last year.", "June last year", "2023-06", "month", "2023-06-01", "2023-06-30"),
    # absolute days
    ("The mine was attacked on 16 April 2018.", "16 April 2018", "2018-04-16", "day", "2018-04-16", "2018-04-16"),
    ("The accord was signed April 16, 2018, in Algiers.", "April 16, 2018", "2018-04-16", "day", "2018-04-16", "2018-04-16"),
    ("The statement was dated 16/04/2018.", "16/04/2018", "2018-04-16", "day", "2018-04-16", "2018-04-16"),
    ("Published 2024-05-03 at noon.", "2024-05-03", "2024-05-03", "day", "2024-05-03", "2024-05-03"),
    ("The curfew was lifted on Sept. 30.", "Sept. 30", "2023-09-30", "day", "2023-09-30", "2023-09-30"),
    ("Voting ends on May 12, the commission said.", "May 12", "2024-05-12", "day", "2024-05-12", "2024-05-12"),
    # a day's year told relative to the story's: in the year before it, not the day nearest the story
    ("The first convoy left on March 9 last year.", "March 9 last year", "2023-03-09", "day", "2023-03-09", "2023-03-09"),
    ("The curfew was imposed on 14 June last year.", "14 June last year", "2023-06-14", "day", "2023-06-14", "2023-06-14"),
    ("The garrison took the port on June 2 of last year.", "June 2 of last year", "2023-06-02", "day", "2023-06-02",
     "2023-06-02"),
    # the time given to do something is no cue that the date is ahead: the order was given that day
    ("The junta gave the envoy 30 days to leave on March 9.", "March 9", "2024-03-09", "day", "2024-03-09", "2024-03-09"),
    # seasons, quarters, years, decades, centuries
    ("The coup in summer 2023 surprised diplomats.", "summer 2023", "2023-SU", "season", "2023-06-01", "2023-08-31"),
    ("Pilgrims gathered over Easter in Jerusalem.", "Easter", "2024-03-31", "day", "2024-03-31", "2024-03-31"),
    ("Exports fell in the first quarter.", "the first quarter", "2024-Q1", "quarter", "2024-01-01", "2024-03-31"),
    ("Last year's coup drew sanctions.", "Last year", "2023", "year", "2023-01-01", "2023-12-31"),
    ("Elections are due this year.", "this year", "2024", "year", "2024-01-01", "2024-12-31"),
    ("France withdrew its troops late last year.", "late last year", "2023", "year", "2023-09-02", "2023-12-31"),
    ("The group was founded in 2018 in Menaka.", "2018", "2018", "year", "2018-01-01", "2018-12-31"),
    ("The rebellion dates back to the 1990s.", "the 1990s", "199", "decade", "1990-01-01", "1999-12-31"),
    ("Borders were drawn in the 19th century.", "the 19th century", "18", "century", "1800-01-01", "1899-12-31"),
    ("The dam was built in nineteen seventy-nine.", "nineteen seventy-nine", "1979", "year", "1979-01-01", "1979-12-31"),
    # durations back from the anchor: a range from their start to the anchor
    ("Violence has risen sharply since 2018.", "since 2018", "2018", "year", "2018-01-01", "2024-05-03"),
    ("The army has fought the insurgents for almost ten years.", "for almost ten years", "2014", "year", "2014-05-03",
     "2024-05-03"),
    ("Attacks rose in the past year, the report found.", "in the past year", "2023", "year", "2023-05-03", "2024-05-03"),
    ("Since last year's coup, the junta has ruled by decree.", "Since last year", "2023", "year", "2023-01-01",
     "2024-05-03"),
]


def _one(sentence: str, expression: str):
    found = [d for d in find_dates(sentence, ANCHOR) if d.text == expression]
    assert found, f"{expression!r} not found in {[d.text for d in find_dates(sentence, ANCHOR)]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "expression", "value", "precision", "start", "end"), CASES)
def test_normalise(sentence: str, expression: str, value: str, precision: str, start: str, end: str) -> None:
    d = _one(sentence, expression)
    assert (d.value, d.precision, d.start_date, d.end_date) == (value, precision, start, end)
    assert d.source == "text"
    assert sentence[d.start:d.end] == expression


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # anaphora resolve against the last date mentioned
        ("Rebels took Tessit on 12 March 2022. The previous day, the army had left.", "The previous day", "2022-03-11"),
        ("The coup came in 2020. That year, the economy shrank.", "That year", "2020"),
        ("Profits rose in the third quarter, against a loss a year earlier.", "a year earlier", "2022-Q3"),
        # without such a mention, the anchor is the story's day
        ("The previous day, soldiers had left the camp.", "The previous day", "2024-05-02"),
        # "the same day" as a mention told only to its month is a day of that month, not the story's
        ("French troops left Gao in August 2022. That same day, Mali's junta accused Paris of spying.", "same day",
         "2022-08"),
        ("French troops left Gao on 15 August 2022. That same day, the junta complained.", "same day",
         "2022-08-15"),
        # a bare month takes the year the sentence wrote out before it; the next sentence, a day or a future does not
        ("Rebels seized Menaka in August 2019 and the army retook it in September.", "September", "2019-09"),
        ("Rebels seized Menaka in 2019. The army retook it in September.", "September", "2023-09"),
        ("A fund set up in 2015 paid out the first grants on Jan. 4.", "Jan. 4", "2024-01-04"),
        ("The pact signed in May 2019 will take effect in July.", "July", "2024-07"),
    ],
)
def test_anaphora(sentence: str, expression: str, value: str) -> None:
    assert _one(sentence, expression).value == value


def test_an_offset_from_another_event_is_not_counted_from_the_story_date() -> None:
    # "a week after Washington agreed": after the agreement, whose date the text does not give
    assert _one("The announcement comes a week after Washington agreed to withdraw.", "a week after").value is None
    assert _one("Talks resumed two days after the vote in Niamey.", "two days after").value is None
    # with a date before it, the offset counts from that date
    assert _one("The vote was held on Monday. Two days after the vote, talks resumed.", "Two days after").value == "2024-05-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1,500 people fled the town.",
        "Some 2000 troops were deployed to the region.",
        "May the talks succeed, he said.",
        "Prices could fall further, traders warned.",
        "April Ryan asked the first question.",
        "Room 1204 was searched by police.",
        "He has been in his forties since the war.",
        "Turnout was 19.95 percent.",
        "Tourists flocked to Easter Island and Eastern Europe.",
        "A quarter of the population has fled.",
        "After the fall of Kabul, the embassy closed.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert [d.text for d in find_dates(sentence, ANCHOR)] == []


def test_offsets_are_shifted() -> None:
    d = find_dates("Clashes erupted on Tuesday.", ANCHOR, offset=100)[0]
    assert (d.start, d.end) == (119, 126)


def test_no_anchor_gives_no_invented_value() -> None:
    got = {d.text: d for d in find_dates("Yesterday's raid followed clashes in March 2019 and last week.", None)}
    assert got["Yesterday"].value is None and got["Yesterday"].precision == "day"
    assert got["last week"].value is None
    assert got["March 2019"].value == "2019-03"  # absolute dates need no anchor


@pytest.mark.parametrize(
    ("text", "dayfirst", "hint", "expected", "reason"),
    [
        # the NTB case: a Norwegian agency, yet month first, because the story says "on Friday"
        ("05/03/2024", True, 4, dt.date(2024, 5, 3), "weekday"),
        ("05/03/2024", True, None, dt.date(2024, 3, 5), "locale"),
        ("05/03/2024", False, None, dt.date(2024, 5, 3), "locale"),
        ("05/03/2024", None, None, dt.date(2024, 5, 3), "default"),
        ("05/03/2024", False, 1, dt.date(2024, 3, 5), "weekday"),  # 5 March 2024 was a Tuesday
        ("05/03/2024", True, 6, dt.date(2024, 3, 5), "locale"),  # a hint matching neither is no evidence
        ("16/04/2018", False, None, dt.date(2018, 4, 16), "only-valid"),
        ("2024-05-03", None, None, dt.date(2024, 5, 3), "iso"),
        ("3.5.24", True, None, dt.date(2024, 5, 3), "locale"),
        ("07/07/2024", True, 0, dt.date(2024, 7, 7), "only-valid"),
    ],
)
def test_resolve_numeric_date(text: str, dayfirst: bool | None, hint: int | None, expected: dt.date, reason: str) -> None:
    assert resolve_numeric_date(text, dayfirst=dayfirst, weekday_hint=hint) == (expected, reason)


def test_resolve_numeric_date_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        resolve_numeric_date("31/31/2024", dayfirst=True)


def test_numeric_date_in_text_uses_weekday_in_sentence() -> None:
    d = find_dates("On Friday 05/03/2024 the convoy left Gao.", ANCHOR, dayfirst=True)
    assert [x.value for x in d if x.text == "05/03/2024"] == ["2024-05-03"]


def test_weekday_helpers() -> None:
    assert weekday_mentions("Clashes on Monday; talks resume on Friday. friday is not counted.") == {0, 4}
    assert resolve_weekday(4, ANCHOR) == ANCHOR
    assert resolve_weekday(4, ANCHOR, "last") == dt.date(2024, 4, 26)
    assert resolve_weekday(0, ANCHOR, "future") == dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        # "coming" as a verb ("started coming ashore") tells no time ahead; "the coming" days or week does
        ("Troops started coming ashore on Monday.", False),
        ("Refugees kept coming across the border on Monday.", False),
        ("The envoy is expected in the capital on Monday.", True),
    ],
)
def test_a_weekday_after_coming_as_a_verb_is_past(sentence: str, future: bool) -> None:
    assert (_one(sentence, "Monday").start_date > ANCHOR.isoformat()) == future
