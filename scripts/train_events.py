#!/usr/bin/env python3
"""Train Sitrep's event classifier (``sitrep/data/events/classifier.json`` + ``classifier.npy``).

The lexicon coder (:mod:`sitrep.events`) proposes candidate predicates; this script learns to type
them. For every training sentence the pipeline runs up to the actors stage, the candidate the
PLV scorer would take (the one whose actor or recipient overlaps the marked span, else the first)
is featurised with :func:`sitrep.classify.features`, and a multinomial logistic regression (NumPy,
full-batch Adam, L2, zero initialisation: deterministic) learns the PLV root.

Training data (read from the shared folder, never copied into the repository):

``train/plv/plv.train.jsonl``
    PLV training split (Zero-Shot PLOVER), 15 roots; no licence: used for training only.
``eval/plover_gsr/plover_gsr.dev.jsonl`` (unless ``--plv-only``)
    PLOVER gold records, dev split (CC BY-SA 4.0); types mapped to the PLV roots. Its PLOVER
    readings (ending an agreement is SANCTION, demands are REQUEST) temper PLV's conventions.

It prints k-fold cross-validated accuracy (folds over sentences, fixed seed) on PLV and on GSR
(or, with ``--plv-only``, the accuracy on GSR as a held-out set); then trains on everything and
writes the weights. When GSR dev is trained on, ``score.py gsr`` on that split is in-sample: the
cross-validated figure is the honest one.

usage: python scripts/train_events.py [--shared ../shared] [--folds 5] [--plv-only] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep import classify as cl  # noqa: E402
from sitrep import events as ev  # noqa: E402
from sitrep import lexicon  # noqa: E402
from sitrep.evaluate import GSR_TYPE, _marked_span, _matches  # noqa: E402
from sitrep.model import RawInput  # noqa: E402
from sitrep.settings import Settings  # noqa: E402

OUT = ROOT / "sitrep" / "data" / "events"
SEED = 13
MIN_COUNT = 2


def parse(rows: list[dict[str, Any]], published: str) -> dict[str, Any]:
    from sitrep.api import run

    raws = [RawInput(f"gold:{r['id']}", r["text"].encode("utf-8"), "jsonl", input_id=str(r["id"]), published=published)
            for r in rows]
    items: dict[str, Any] = {}
    for batch in run(raws, replace(Settings(), on_error="skip"), ("ingest", "metadata", "parse", "actors")):
        for item in batch.items:
            if item.article is not None:
                items[item.article.id] = item
    return items


def candidate_features(item: Any, row: dict[str, Any], lex: lexicon.Lexicon) -> tuple[list[str], Reading] | None:
    """Features of the candidate the scorer would take for ``row``, and its verb and reading; None without one."""
    cands: list[ev.Candidate] = []
    for seg, doc in item.docs:
        if seg.kind not in ev.CODED_SEGMENTS:
            continue
        for sent in doc.sents:
            cands += ev.candidates(sent, seg.start, item, lex, ())
    if not cands:
        return None
    marked = row.get("marked", "")
    a_span, r_span = _marked_span(marked, "s"), _marked_span(marked, "t")
    best = next((c for c in cands if _matches(c.actors, row.get("actor_text", ""), a_span)
                 or _matches(c.recipients, row.get("recipient_text", ""), r_span)), cands[0])
    return cl.features(best.verb, best.reading), (best.verb, best.reading)


def gsr_root(row: dict[str, Any]) -> str:
    typ = GSR_TYPE.get(row["expected_events"][0]["event_type"], row["expected_events"][0]["event_type"])
    return cl.plv_root(typ) or typ


Reading = tuple[Any, lexicon.Reading | None]  # a candidate's verb and its lexicon reading
Example = tuple[list[str] | None, str, Reading | None]  # features (None: no candidate), gold root, candidate


def examples(rows: list[dict[str, Any]], items: dict[str, Any], label: Any) -> list[Example]:
    lex = lexicon.load_lexicon()
    out: list[Example] = []
    for r in rows:
        found = candidate_features(items[str(r["id"])], r, lex) if str(r["id"]) in items else None
        out.append((found[0], label(r), found[1]) if found else (None, label(r), None))
    return out


def vocabulary(data: list[Example]) -> list[str]:
    counts = Counter(f for feats, *_ in data if feats for f in feats)
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


class Sparse:
    """A binary sparse matrix as (row, column) pairs, with the two products training needs."""

    def __init__(self, rows: Any, cols: Any, shape: tuple[int, int]) -> None:
        self.rows, self.cols, self.shape = rows, cols, shape

    def dot(self, w: Any) -> Any:  # X @ W
        out = np.zeros((self.shape[0], w.shape[1]))
        for k in range(w.shape[1]):
            out[:, k] = np.bincount(self.rows, weights=w[self.cols, k], minlength=self.shape[0])
        return out

    def tdot(self, g: Any) -> Any:  # X.T @ G
        out = np.zeros((self.shape[1], g.shape[1]))
        for k in range(g.shape[1]):
            out[:, k] = np.bincount(self.cols, weights=g[self.rows, k], minlength=self.shape[1])
        return out


def matrix(data: list[Example], index: dict[str, int]) -> tuple[Sparse, Any]:
    """Features as a sparse matrix with a last bias column; labels as class indices."""
    rows: list[int] = []
    cols: list[int] = []
    for i, (feats, *_) in enumerate(data):
        js = sorted({index[f] for f in feats or () if f in index}) + [len(index)]
        rows += [i] * len(js)
        cols += js
    y = np.array([cl.ROOTS.index(lab) for _, lab, _ in data])
    return Sparse(np.array(rows), np.array(cols), (len(data), len(index) + 1)), y


def train(x: Sparse, y: Any, l2: float, steps: int = 300, lr: float = 0.05) -> Any:
    """Weights (features + 1, classes), the last row the bias: full-batch Adam on the mean log-loss + L2."""
    n, k = x.shape[0], len(cl.ROOTS)
    w = np.zeros((x.shape[1], k))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    onehot = np.eye(k)[y]
    for t in range(1, steps + 1):
        z = x.dot(w)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = x.tdot(p - onehot) / n
        g[:-1] += l2 * w[:-1]
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w.astype(np.float32)


def correct(w: Any, x: Sparse, y: Any, present: Any, readings: list[Reading | None]) -> Any:
    """Per example, whether the pipeline's root is right: the model's, unless :func:`sitrep.classify.keeps`
    the curated reading."""
    z = x.dot(w.astype(np.float64))
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    pred = p.argmax(axis=1)
    for i, found in enumerate(readings):
        verb, reading = found if found is not None else (None, None)
        if reading is not None and cl.ROOTS[pred[i]] != cl.plv_root(reading.type) and cl.keeps(verb, reading, p[i], cl.ROOTS):
            pred[i] = cl.ROOTS.index(cl.plv_root(reading.type) or "")
    return (pred == y) & present


def fit(data: list[Example], l2: float) -> tuple[list[str], Any]:
    vocab = vocabulary(data)
    x, y = matrix(data, {f: i for i, f in enumerate(vocab)})
    return vocab, train(x, y, l2)


def evaluate(train_data: list[Example], test_data: list[Example], l2: float) -> Any:
    """Per test example, whether a model fitted on ``train_data`` gets it right."""
    vocab, w = fit(train_data, l2)
    x, y = matrix(test_data, {f: i for i, f in enumerate(vocab)})
    return correct(w, x, y, np.array([feats is not None for feats, *_ in test_data]), [c for *_, c in test_data])


def cross_validate(data: list[Example], folds: int, l2: float) -> tuple[Any, Any]:
    """Out-of-fold correctness of every example, and each example's fold (folds over examples, fixed seed)."""
    order = np.random.default_rng(SEED).permutation(len(data))
    right = np.zeros(len(data), dtype=bool)
    fold = np.zeros(len(data), dtype=int)
    for k in range(folds):
        test = sorted(order[k::folds].tolist())
        held = set(test)
        right[test] = evaluate([d for i, d in enumerate(data) if i not in held], [data[i] for i in test], l2)
        fold[test] = k
    return right, fold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--plv-only", action="store_true", help="train on PLV alone (GSR dev is then a held-out set)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    plv_rows = [json.loads(line) for line in (shared / "train/plv/plv.train.jsonl").read_text("utf-8").splitlines() if line]
    gsr_rows = [json.loads(line) for line in (shared / "eval/plover_gsr/plover_gsr.dev.jsonl").read_text("utf-8").splitlines()
                if line]
    plv = examples(plv_rows, parse(plv_rows, "2020-01-01"), lambda r: r["root"])
    gsr = examples(gsr_rows, parse(gsr_rows, "2000-01-01"), gsr_root)
    print(f"plv: {len(plv)} sentences, {sum(f is None for f, *_ in plv)} without a candidate")
    data = plv if args.plv_only else plv + gsr
    right, fold = cross_validate(data, args.folds, args.l2)
    on_plv, plv_fold = right[: len(plv)], fold[: len(plv)]
    scores = [float(on_plv[plv_fold == k].mean()) for k in range(args.folds)]
    print(f"{args.folds}-fold cross-validated accuracy on plv ({'plv' if args.plv_only else 'plv+gsr'} folds): "
          f"{on_plv.mean():.3f} (folds {', '.join(f'{s:.3f}' for s in scores)})")
    if args.plv_only:
        print(f"gsr held out: {evaluate(plv, gsr, args.l2).mean():.3f}")
    else:
        print(f"{args.folds}-fold cross-validated accuracy on gsr dev: {right[len(plv):].mean():.3f}")
    if args.no_write:
        return
    vocab, w = fit(data, args.l2)
    meta = {
        "about": "Sitrep event classifier: multinomial logistic regression over sitrep.classify.features; "
                 "weights in classifier.npy (features + 1 bias row, classes). Built by scripts/train_events.py.",
        "training_data": ["Zero-Shot PLOVER PLV training split (snowood1/Zero-Shot-PLOVER, no licence stated; "
                          "used for training only, its text is not included)"]
                         + ([] if args.plv_only else ["PLOVER gold standard records, dev split "
                                                      "(openeventdata/PLOVER, CC BY-SA 4.0; its text is not included)"]),
        "licence": "weights: same licence as Sitrep (MIT)",
        "cross_validation": {"folds": args.folds, "seed": SEED, "plv_accuracy": round(float(on_plv.mean()), 4),
                             "gsr_accuracy": None if args.plv_only else round(float(right[len(plv):].mean()), 4)},
        "l2": args.l2,
        "classes": list(cl.ROOTS),
        "features": vocab,
    }
    (OUT / "classifier.json").write_text(json.dumps(meta, indent=0, ensure_ascii=False) + "\n", "utf-8")
    np.save(OUT / "classifier.npy", w, allow_pickle=False)
    print(f"wrote {len(vocab)} features x {len(cl.ROOTS)} classes to {OUT}")


if __name__ == "__main__":
    main()
