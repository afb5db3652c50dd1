"""Score the presence ledger on the presence_check sets, as tests/test_presence.py does, and list a released set's misses.

    python scripts/presence_scores.py [--detail] [SET ...]    # "" is the first set, then round2 … roundN

Held-out sets are scored but their misses are never printed.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from sitrep import api, presence
from sitrep.settings import load_settings
from sitrep.storage import open_store

CHECK = Path(__file__).resolve().parent.parent / "examples" / "presence_check"
# held out: scores may be read, misses may not (examples/presence_check/README.md)
HELD = {"round37", "round38"}


def score(part: str) -> presence.LedgerScore:
    folder = CHECK / part
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "check.duckdb")
        api.ingest([str(p) for p in sorted(folder.glob("*.txt"))], replace(load_settings(), db=db, on_error="skip"))
        with open_store(db, read_only=True) as store:
            found = presence.stored_ledger(store)
    return presence.score_ledger(found, presence.load_gold_ledger(folder / "ledger.yaml"))


def main(args: list[str]) -> None:
    detail = "--detail" in args
    parts = [a for a in args if a != "--detail"]
    if not parts:
        parts = [""] + sorted((p.name for p in CHECK.glob("round*") if p.is_dir()), key=lambda n: int(n[5:]))
    for part in parts:
        s = score(part)
        print(f"{part or 'check':8} P {s.precision:.3f} R {s.recall:.3f} pairs {s.pair_precision:.3f}/{s.pair_recall:.3f} "
              f"status {s.status_agreement:.3f}", flush=True)
        if detail:
            if part in HELD:
                sys.exit(f"{part} is held out: its misses are not to be read")
            print("  false: " + ", ".join(s.false_entries))
            print("  missed: " + ", ".join(s.missed_entries))
            for line in s.disagreements:
                print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
