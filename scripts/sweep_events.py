"""Score every blind events round and the GSR dev records in one process, and list a released round's misses.

    python scripts/sweep_events.py OUT.pkl [SET ...]      # per set: type F1, actor country, P, R; rows kept in OUT.pkl
    python scripts/sweep_events.py --fails OUT.pkl SET    # the rows of one released set whose types or actors miss
    python scripts/sweep_events.py --diff A.pkl B.pkl     # the rows whose coding changed between two sweeps

Sets are r1odd and r1even (round 1's odd and even rows), r2 … rN (examples/events_check/roundN.jsonl), rNa and rNb
(a round's rows 1-100, security, and 101-200, politics) and gsr (../shared/eval/plover_gsr/plover_gsr.dev.jsonl). Held-out sets are scored but their rows are never printed.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

from sitrep.actor_dict import NONSTATE
from sitrep.evaluate import GSR_COUNTRY, GSR_NONSTATE, GSR_TYPE, _f1, extract_rows, gsr_tally, load_jsonl
from sitrep.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "examples" / "events_check"
EVAL = Path(os.environ.get("SITREP_EVAL_DIR", ROOT.parent / "shared" / "eval"))
# held out: scores may be read, rows may not (examples/events_check/README.md)
HELD = {"r1even", "r2", "r26"}


def gold_rows(name: str) -> list[dict[str, Any]]:
    if name == "gsr":
        return load_jsonl(EVAL / "plover_gsr" / "plover_gsr.dev.jsonl")
    if name in ("r1odd", "r1even"):
        rows = load_jsonl(CHECK / "round1.jsonl")
        return rows[0::2] if name == "r1odd" else rows[1::2]
    if name[-1] in "ab":
        rows = load_jsonl(CHECK / f"round{name[1:-1]}.jsonl")
        return rows[:100] if name[-1] == "a" else rows[100:]
    return load_jsonl(CHECK / f"round{name[1:]}.jsonl")


def all_sets() -> list[str]:
    rounds = sorted(int(p.stem[5:]) for p in CHECK.glob("round*.jsonl"))
    return ["r1odd", "r1even"] + [f"r{n}" for n in rounds if n > 1] + ["gsr"]


def coded(event: Any) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    return (
        event.type,
        tuple(sorted({a.country or "-" for a in event.actor})),
        tuple(sorted({a.country or "-" for a in event.recipient})),
        event.trigger.text if getattr(event, "trigger", None) else "",
    )


def sweep(out: Path, names: list[str]) -> None:
    settings = Settings()
    # every set in one run, so the pipeline loads once
    plan = [(n, gold_rows(n)) for n in names]
    flat = [r for _, rows in plan for r in rows]
    items = extract_rows(flat, settings, lambda r: r.get("date") or "2000-01-01")
    kept: dict[str, list[tuple[dict[str, Any], list[Any]]]] = {}
    at = 0
    for name, rows in plan:
        events = [list(item.events) if item else [] for item in items[at : at + len(rows)]]
        at += len(rows)
        tp, fp, fn, ok, n = gsr_tally(rows, events)
        p, r, f1 = _f1(tp, fp, fn)
        print(f"{name:7} type_f1 {f1:.3f} actor {ok / n if n else 0:.3f} P {p:.3f} R {r:.3f}", flush=True)
        kept[name] = [(g, [coded(e) for e in evs]) for g, evs in zip(rows, events, strict=True)]
    out.write_bytes(pickle.dumps(kept))


def wanted(g: dict[str, Any]) -> list[tuple[str, set[str]]]:
    return [
        (GSR_TYPE.get(e["event_type"], e["event_type"]), {GSR_COUNTRY.get(s["code"], s["code"]) for s in e.get("source") or []})
        for e in g.get("expected_events") or []
    ]


def fails(path: Path, name: str) -> None:
    if name in HELD or name.rstrip("ab") in HELD:
        sys.exit(f"{name} is held out: its rows are not to be read")
    for g, got in pickle.loads(path.read_bytes())[name]:
        want = wanted(g)
        types = sorted(t for t, _ in want)
        got_types = sorted("CONCEDE" if t == "RETREAT" and "CONCEDE" in types and "RETREAT" not in types else t for t, *_ in got)
        countries = {c for _, actors, *_ in got for c in actors}
        if countries & NONSTATE:
            countries |= GSR_NONSTATE
        actor_miss = [sorted(codes) for _, codes in want if codes and len(next(iter(codes))) == 3 and not codes & countries]
        if types != got_types or actor_miss:
            print(f"{g['id']} @{g.get('date')}  {g['text']}")
            print(f"   want {[(t, sorted(c)) for t, c in want]}")
            print(f"   got  {got}" + (f"   ACTOR MISS {actor_miss}" if actor_miss else ""))


def diff(a: Path, b: Path) -> None:
    old, new = pickle.loads(a.read_bytes()), pickle.loads(b.read_bytes())
    for name in new:
        for (g, x), (_, y) in zip(old.get(name, []), new[name], strict=False):
            if x != y:
                if name in HELD or name.rstrip("ab") in HELD:
                    print(f"{name}: a held-out row changed")
                    continue
                print(f"{g['id']} {g['text'][:150]}\n   want {wanted(g)}\n   was  {x}\n   now  {y}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help") or (args[0].startswith("-") and args[0] not in ("--fails", "--diff")):
        sys.exit(__doc__)
    if args[:1] == ["--fails"]:
        fails(Path(args[1]), args[2])
    elif args[:1] == ["--diff"]:
        diff(Path(args[1]), Path(args[2]))
    else:
        sweep(Path(args[0]), args[1:] or all_sets())
