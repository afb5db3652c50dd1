"""Score the actor resolver on NGEC's harvested actor-resolution tests.

Input: a JSONL file of NGEC test cases (default
``/work/shared/eval/ngec_actor_tests/ngec_actor_tests.dev.jsonl``; internal evaluation data,
never copied into the repository). Each row names an NGEC ``method`` and its ``args``; this
script maps each onto :meth:`sitrep.actor_dict.ActorDictionary.resolve`:

- ``search_nat(text)``, ``short_text_to_agent(text)``, ``trf_agent_match(text)``: resolve text;
- ``agent_to_code(text, [context_country, [date]])`` and kwargs ``known_country`` /
  ``query_date``: resolve text on that date; when it yields no country, the context country
  is resolved and used (NGEC's behaviour for a known country);
- ``query_wiki(text)``: NGEC's Wikipedia lookup; scored only as "names the same thing"
  (resolved canonical name equals the expected title, accents and case folded).

Scores: country accuracy over rows that expect a country (``""`` expects none,
``country__not`` a different one, ``returns_none`` no resolution at all), sector accuracy
over rows that expect ``code_1``. xfail rows are scored separately. Prints overall and
per-method figures; ``--show-errors`` lists the misses.

    .venv/bin/python scripts/eval_actors.py [--data FILE] [--show-errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.actor_dict import ActorCode, ActorDictionary  # noqa: E402

DATA = Path("/work/shared/eval/ngec_actor_tests/ngec_actor_tests.dev.jsonl")


def parse_date(text: str | None) -> dt.date | None:
    """NGEC dates: "", "today", ISO, or free text such as "1 july 2021"."""
    if not text or text.strip().lower() == "today":
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        from dateutil import parser

        try:
            return parser.parse(text).date()
        except (ValueError, OverflowError):
            return None


def call(actors: ActorDictionary, row: dict[str, Any]) -> ActorCode | None:
    args = list(row["args"])
    kwargs = row.get("kwargs") or {}
    text = args[0]
    if row["method"] != "agent_to_code":
        return actors.resolve(text)
    context = kwargs.get("known_country") or (args[1] if len(args) > 1 else "")
    date = parse_date(kwargs.get("query_date") or (args[2] if len(args) > 2 else None))
    code = actors.resolve(text, date)
    if context and (code is None or code.country is None):
        where = actors.resolve(context, date)
        if where is not None and where.country:
            if code is None:
                return ActorCode(where.country, None, None, where.code, "")
            return ActorCode(where.country, code.sector, code.name, code.code, code.matched, code.other_sectors)
    return code


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in text if not unicodedata.combining(c)).strip()


def score(row: dict[str, Any], got: ActorCode | None) -> dict[str, bool]:
    """Which of country / sector / name this row checks, and whether ``got`` passes."""
    exp = row["expected"]
    out: dict[str, bool] = {}
    if exp.get("returns_none"):
        out["country"] = got is None
        return out
    country = got.country if got else None
    sector = got.sector if got else None
    if "country" in exp:
        out["country"] = (country or "") == exp["country"]
    if "country__not" in exp:
        out["country"] = country != exp["country__not"]
    if "code_1" in exp:
        out["sector"] = (sector or "") == exp["code_1"]
    if "title" in exp:
        out["name"] = got is not None and fold(got.name) == fold(exp["title"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no evaluation data at {args.data}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    actors = ActorDictionary.default()
    print(f"loaded {len(actors)} entries in {time.perf_counter() - started:.2f}s")
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]

    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    errors: list[str] = []
    for row in rows:
        got = call(actors, row)
        group = "xfail" if row.get("xfail") else "main"
        for metric, ok in score(row, got).items():
            for method in (row["method"], "ALL"):
                cell = tally[(group, method, metric)]
                cell[0] += int(ok)
                cell[1] += 1
            if not ok and group == "main":
                errors.append(f"{metric:7} {row['method']:18} {row['args']!r:60} expected {row['expected']} got {got}")

    for group in ("main", "xfail"):
        methods = sorted({m for g, m, _ in tally if g == group}, key=lambda m: (m == "ALL", m))
        if not methods:
            continue
        print(f"\n{'scored rows' if group == 'main' else 'xfail rows (not in the main figures)'}")
        print(f"  {'method':22} {'country':>14} {'sector':>14} {'name':>14}")
        for method in methods:
            cells = []
            for metric in ("country", "sector", "name"):
                right, n = tally.get((group, method, metric), [0, 0])
                cells.append(f"{right / n:.3f} ({n:3d})" if n else "-")
            print(f"  {method:22} {cells[0]:>14} {cells[1]:>14} {cells[2]:>14}")
    if args.show_errors:
        print("\nmisses:")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
