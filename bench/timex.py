"""Speed of the temporal normaliser alone: ``find_dates`` over news-like prose.

    .venv/bin/python bench/timex.py [--words 600] [--repeat 50]

Prints milliseconds per call and words per second for a text with a date every few sentences. It
replaces a timed unit test: speed is measured here, not asserted in tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from sitrep.timex import find_dates

SENTENCE = ("Officials said on Tuesday that fighters attacked an army post near the border, killing 12 soldiers, "
            "after talks in March 2024 had collapsed. The regional governor told reporters that the situation "
            "remained tense and that reinforcements were being sent from the capital two weeks ago. Aid groups "
            "warned that thousands of displaced people lacked food, water and shelter since last year. ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=600, help="words per text (default 600)")
    ap.add_argument("--repeat", type=int, default=50, help="calls to time (default 50)")
    args = ap.parse_args()
    per = len(SENTENCE.split())
    text = SENTENCE * max(1, args.words // per)
    anchor = dt.date(2024, 5, 3)
    found = find_dates(text, anchor)  # warm the compiled patterns
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        find_dates(text, anchor)
    per_call = (time.perf_counter() - t0) / args.repeat
    words = len(text.split())
    print(f"timex: {words} words, {len(found)} dates per call, {per_call * 1000:.2f} ms per call, "
          f"{words / per_call:,.0f} words/s")


if __name__ == "__main__":
    main()
