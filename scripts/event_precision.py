#!/usr/bin/env python3
"""Print the events Sitrep codes in a fixed, seeded sample of ordinary news articles, for judging.

The gold sets (PLV, PLOVER GSR, event location) hold only sentences that report an event, so they
cannot say how often the coder finds an event where an analyst would see none. This script codes a
seeded sample of Wikinews articles (business and technology news, ``eval/wikinews_semeval2015``)
and prints every event with its sentence, trigger, type and actors, one key per event
(``article:start-end``). A judge marks each key ``y`` (an analyst would keep the event: a PLOVER
event of the printed type, or of a near type) or ``n`` in a tab-separated file kept outside the
repository; given that file (``--judged``), the script prints the precision over the judged events
and which events of the sample are new, and how many of the kept ones are still found.

usage: python scripts/event_precision.py [--seed 1] [--articles 6] [--part 0] [--judged FILE] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.api import extract_many  # noqa: E402
from sitrep.model import Item  # noqa: E402


def sample(path: Path, seed: int, n: int, part: int) -> list[dict[str, Any]]:
    """The ``part``-th ``n`` articles of the file shuffled with ``seed``: the same seed and file always
    give the same articles, and the parts of one seed do not overlap."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: str(r["id"]))
    random.Random(seed).shuffle(rows)
    return rows[part * n : (part + 1) * n]


def judged(path: Path | None) -> dict[str, bool]:
    if path is None or not path.exists():
        return {}
    out: dict[str, bool] = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].strip() in ("y", "n"):
            out[parts[0].strip()] = parts[1].strip() == "y"
    return out


def _actors(actors: Any) -> str:
    return ", ".join(f"{a.text}[{a.country or '-'}/{a.sector or '-'}]" for a in actors) or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=6)
    ap.add_argument("--part", type=int, default=0, help="which sample of the seed's shuffle (0, 1, ...: disjoint)")
    ap.add_argument("--judged", type=Path, help="tab-separated key and y/n per judged event")
    args = ap.parse_args()
    rows = sample(Path(args.shared) / "eval/wikinews_semeval2015/wikinews_semeval2015.jsonl", args.seed, args.articles,
                  args.part)
    docs = [{"id": r["id"], "text": r["text"], "title": r.get("title"), "published": r.get("publication_date")}
            for r in rows]
    marks = judged(args.judged)
    seen: set[str] = set()
    n = kept = unjudged = 0
    for item in extract_many(docs):
        if not isinstance(item, Item) or item.article is None:
            continue
        print(f"## {item.article.id} {item.article.title or ''}")
        for e in item.events:
            key = f"{item.article.id}:{e.trigger.start}-{e.trigger.end}"
            seen.add(key)
            mark = marks.get(key)
            n += 1
            kept += mark is True
            unjudged += mark is None
            flags = "".join(f" {f}" for f in ("negated", "future", "hypothetical", "historical") if getattr(e, f))
            print(f"{key}\t{'?' if mark is None else 'y' if mark else 'n'}\t{e.type}/{e.mode or '-'} "
                  f"'{e.trigger.text}' conf={e.confidence}{flags}\n    A: {_actors(e.actor)}  R: {_actors(e.recipient)}\n"
                  f"    S: {e.sentence.strip()}")
    lost = sorted(k for k, v in marks.items() if v and k not in seen)
    print(f"\nevents {n}, judged keepers {kept}, unjudged {unjudged}; "
          f"precision over judged {kept / (n - unjudged) if n > unjudged else 0.0:.3f}; "
          f"keepers judged before and no longer found {len(lost)}" + (f": {', '.join(lost)}" if lost else ""))


if __name__ == "__main__":
    main()
