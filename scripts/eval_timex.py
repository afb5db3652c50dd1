"""Score ``sitrep.timex.find_dates`` on TempEval-3 (TimeBank + AQUAINT) DATE timexes.

Counts as the release scorer does (``score_te3`` in the shared ``score.py``): gold DATE timexes
whose value starts with 1 or 2 and has no X; a gold timex is detected by any system date whose
span overlaps it, and is value-exact when the first overlapping date's value, cut at its
precision, equals the gold value. Misses are broken down by category to guide rule work.

usage: .venv/bin/python scripts/eval_timex.py [--gold PATH] [--show CATEGORY] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.model import EventDate
from sitrep.timex import find_dates

GOLD = Path("/work/shared/eval/tempeval3_tbaq/tempeval3_tbaq.jsonl")
_CUT = {"day": 10, "month": 7, "year": 4, "decade": 3, "century": 2}


def system_value(d: EventDate) -> str:
    """The date at its own precision, written as TIMEX3 writes values (as ``timex_value``)."""
    v = d.value or ""
    cut = _CUT.get(d.precision or "")
    return v[:cut] if cut and len(v) >= cut and v[:4].isdigit() else v


def category(text: str, value: str) -> str:
    """A rough class of the gold expression, for the miss breakdown."""
    t = text.lower()
    shapes = [
        (r"quarter|period", "quarter"), (r"ago|earlier|later|before|after", "relative-offset"),
        (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", "weekday"),
        (r"today|tonight|yesterday|tomorrow", "deictic"),
        (r"\b(last|this|next|past|current|coming|following|that)\b", "relative-unit"),
        (r"spring|summer|fall|autumn|winter", "season"), (r"\d0s|ties\b|decade|century", "decade/century"),
        (r"^[a-z.]+\s+\d{1,2}(,\s*\d{4})?$|^\d{1,2}\s+[a-z]+", "month-day"),
        (r"^(early |late |mid-?)?[a-z]+\.?$", "month-or-word"), (r"\d{4}", "year-ish"),
    ]
    for rx, name in shapes:
        if re.search(rx, t):
            return name
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--show", help="print the misses of this category ('all' for every one)")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.gold.open()]
    if args.limit:
        rows = rows[: args.limit]
    n = found = ok = 0
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    elapsed = 0.0
    words = 0
    for g in rows:
        anchor = dt.date.fromisoformat(g["dct"][:10])
        t0 = time.perf_counter()
        dates = find_dates(g["text"], anchor)
        elapsed += time.perf_counter() - t0
        words += len(g["text"].split())
        for t in g.get("timexes") or []:
            v = t.get("value")
            if t.get("type") != "DATE" or not v or v[0] not in "12" or "X" in v:
                continue
            n += 1
            cat = category(t["text"], v)
            totals[cat] += 1
            hit = [d for d in dates if d.start is not None and d.end is not None
                   and d.start < t["end"] and t["start"] < d.end]
            if not hit:
                missed[cat] += 1
                examples[cat].append(f"MISS  dct={anchor} {t['text']!r} gold={v}")
                continue
            found += 1
            if system_value(hit[0]) == v:
                ok += 1
            else:
                wrong[cat] += 1
                examples[cat].append(
                    f"WRONG dct={anchor} {t['text']!r} gold={v} got={hit[0].value} ({hit[0].precision}) "
                    f"span={hit[0].text!r}")
    print(f"te3: DATE timexes with calendar values={n} detected={found} value_exact={ok}")
    print(f"detection={found / n:.3f} value_accuracy={ok / n:.3f} (goal 0.85)")
    print(f"speed: {elapsed * 1000 / len(rows):.2f} ms/doc, {elapsed * 1e6 / max(words, 1) * 600 / 1000:.2f} ms per 600 words")
    print("\ncategory          total  missed  wrong")
    for cat, tot in totals.most_common():
        print(f"{cat:16s} {tot:6d} {missed[cat]:7d} {wrong[cat]:6d}")
    if args.show:
        for cat, lines in sorted(examples.items()):
            if args.show in ("all", cat):
                print(f"\n## {cat}")
                print("\n".join(lines))


if __name__ == "__main__":
    main()
