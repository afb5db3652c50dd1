#!/usr/bin/env python3
"""Build Sitrep's event lexicon (``sitrep/data/events/``) from PETRARCH2's CAMEO verb dictionary.

Reads ``CAMEO.2.0.txt`` (PETRARCH2, MIT licence, Open Event Data Alliance) and the PLOVER
manual's CAMEO→PLOVER table (``CAMEO2PLOVER-2021.txt``, PLOVER draft 0.8), and writes:

``verbs.tsv``
    one row per verb lemma: its default CAMEO code (the code on the verb line, else its block's).
``patterns.tsv``
    one row per verb pattern: lemma, CAMEO code, and the words the pattern needs in the verb's
    clause. Each slot is ``a|b|c`` (any of; synonym sets such as ``&MILITARY`` expanded);
    every slot must be found. PETRARCH's positions are dropped but one: Sitrep matches the
    words anywhere in the verb's clause, which is looser but needs no constituency parse, except
    that the nouns before the verb ("subj:" slots) must be in its active subject.
    The file is read by :func:`sitrep.verb_dict.read_verbs`, as users' verb dictionaries are.
``cameo2plover.tsv``
    CAMEO code → PLOVER type, mode, context, copied from the PLOVER table, with CAMEO's 01
    (statements, not coded) and 02 (appeals, PLOVER REQUEST) added from the PLOVER manual.

Hand curation (PLOVER-specific readings that CAMEO lacks, e.g. withdrawals) lives in
``curated.tsv`` beside them and is not touched by this script.

usage: python scripts/build_verbs.py [--ref ../shared/reference] [--out sitrep/data/events]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.verb_dict import read_verbs  # noqa: E402  (the reader users' verb dictionaries go through)

HEADER = (
    "# Derived by scripts/build_verbs.py from PETRARCH2's CAMEO.2.0.txt verb dictionary\n"
    "# (Open Event Data Alliance, MIT licence, (c) 2015) and the PLOVER manual's CAMEO2PLOVER-2021\n"
    "# table (PLOVER draft 0.8, Schrodt 2021). Do not edit by hand: rerun the script.\n"
)


def read_plover(path: Path) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([^#]*)", raw)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        rows.append((m.group(1), parts[0], parts[1], ";".join(c.strip() for c in parts[2].split(";") if c.strip())))
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    # CAMEO 02 (appeals) is PLOVER REQUEST (PLOVER manual, REQUEST: "combines CAMEO 02 and 10").
    for code, context in (("020", ""), ("021", ""), ("0211", "economic"), ("0212", "military"), ("0213", "legal"),
                          ("0214", "intelligence"), ("022", "diplomatic"), ("023", ""), ("0231", "economic"),
                          ("0232", "military"), ("0233", "humanitarian"), ("0234", "peacekeeping"),
                          ("024", "political_institutions"), ("025", ""), ("026", "diplomatic"),
                          ("027", "diplomatic"), ("028", "diplomatic")):
        if code not in seen:
            unique.append((code, "REQUEST", "", context))
    return sorted(unique)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default=str(ROOT.parent / "shared" / "reference"))
    ap.add_argument("--out", default=str(ROOT / "sitrep" / "data" / "events"))
    args = ap.parse_args()
    ref, out = Path(args.ref), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    text = (ref / "petrarch2_dictionaries" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    cameo = read_verbs(text, subjects=True)
    verbs, patterns = cameo.verbs, cameo.patterns
    plover = read_plover(ref / "plover" / "CAMEO2PLOVER-2021.txt")
    with (out / "verbs.tsv").open("w", encoding="utf-8") as f:
        f.write(HEADER + "# lemma\tcameo\n")
        for lemma in sorted(verbs):
            f.write(f"{lemma}\t{verbs[lemma]}\n")
    by_lemma: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for lemma, code, slots in patterns:
        if slots:
            by_lemma[lemma].add((code, slots))
    with (out / "patterns.tsv").open("w", encoding="utf-8") as f:
        f.write(HEADER + "# lemma\tcameo\tslots (space-separated; a|b = any of)\n")
        for lemma in sorted(by_lemma):
            for code, slots in sorted(by_lemma[lemma]):
                f.write(f"{lemma}\t{code}\t{slots}\n")
    with (out / "cameo2plover.tsv").open("w", encoding="utf-8") as f:
        f.write(HEADER + "# cameo\ttype\tmode\tcontext (;-separated)\n")
        for code, typ, mode, context in plover:
            f.write(f"{code}\t{typ}\t{mode}\t{context}\n")
    print(f"{len(verbs)} verbs, {sum(len(v) for v in by_lemma.values())} patterns, {len(plover)} CAMEO codes → {out}")


if __name__ == "__main__":
    main()
