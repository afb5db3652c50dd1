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

``eval/event_location/event_location.dev.jsonl`` (every third sentence)
    Event-location records (MIT), for the trigger model only: each marks the verb of one event.

First the trigger model (``trigger.json`` + ``.npy``): every predicate the coder proposes in a gold
sentence, labelled EVENT when it is the gold trigger (GSR's EVT marks, the event-location verb, the
PLV proposal linking the marked actors) and NONE otherwise; it prints, per set and for several
floors, the cross-validated share of gold triggers kept and of other proposals dropped. Then the
type classifier, on the candidates that pass the trigger model.

It prints k-fold cross-validated accuracy (folds over sentences, fixed seed) on PLV and on GSR
(or, with ``--plv-only``, the accuracy on GSR as a held-out set); then trains on everything and
writes the weights. When GSR dev is trained on, ``score.py gsr`` on that split is in-sample: the
cross-validated figure is the honest one.

usage: python scripts/train_events.py [--shared ../shared] [--folds 5] [--plv-only] [--no-write] [--trigger-only]
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
from sitrep.evaluate import GSR_TYPE, _f1, _marked_span, _matches, gsr_tally, plv_root  # noqa: E402
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


def candidate_features(item: Any, row: dict[str, Any], lex: lexicon.Lexicon,
                       trigger: cl.Classifier | None = None) -> tuple[list[str], Reading] | None:
    """Features of the candidate the scorer would take for ``row``, and its verb and reading; None without one."""
    cands: list[ev.Candidate] = []
    for seg, doc in item.docs:
        if seg.kind not in ev.CODED_SEGMENTS:
            continue
        for sent in doc.sents:
            cands += ev.candidates(sent, seg.start, item, lex, (), trigger)
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


def examples(rows: list[dict[str, Any]], items: dict[str, Any], label: Any, trigger: cl.Classifier | None = None) -> list[Example]:
    lex = lexicon.load_lexicon()
    out: list[Example] = []
    for r in rows:
        found = candidate_features(items[str(r["id"])], r, lex, trigger) if str(r["id"]) in items else None
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


def matrix(data: list[Example], index: dict[str, int], classes: tuple[str, ...] = cl.ROOTS) -> tuple[Sparse, Any]:
    """Features as a sparse matrix with a last bias column; labels as class indices."""
    rows: list[int] = []
    cols: list[int] = []
    for i, (feats, *_) in enumerate(data):
        js = sorted({index[f] for f in feats or () if f in index}) + [len(index)]
        rows += [i] * len(js)
        cols += js
    y = np.array([classes.index(lab) for _, lab, _ in data])
    return Sparse(np.array(rows), np.array(cols), (len(data), len(index) + 1)), y


def train(x: Sparse, y: Any, l2: float, steps: int = 300, lr: float = 0.05, k: int = len(cl.ROOTS)) -> Any:
    """Weights (features + 1, classes), the last row the bias: full-batch Adam on the mean log-loss + L2."""
    n = x.shape[0]
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


def coder_cross_validate(sets: list[tuple[list[dict[str, Any]], dict[str, Any]]], data: list[Example], fold: Any,
                         folds: int, l2: float, trigger: cl.Classifier) -> list[dict[str, Any]]:
    """The whole coder's events for every row of ``sets`` (rows and their parsed items, whose examples start ``data``
    in that order), each row coded with the type model trained on the other folds: the classifier's own CV leaves out
    what the coder does after it (an announced withdrawal is CONCEDE, a demand reported by a speaker is the
    speaker's, …). The trigger model is the one trained on every set, as in the classifier's CV. Returns, per set,
    the row id -> events."""
    lex = lexicon.load_lexicon()
    coded: list[dict[str, Any]] = [{} for _ in sets]
    for k in range(folds):
        vocab, w = fit([d for d, f in zip(data, fold, strict=True) if f != k], l2)
        model = cl.Classifier(cl.ROOTS, {f: i for i, f in enumerate(vocab)}, w)
        start = 0
        for (rows, items), out in zip(sets, coded, strict=True):
            for r, f in zip(rows, fold[start : start + len(rows)], strict=True):
                if f == k and str(r["id"]) in items:
                    out[str(r["id"])] = ev.code_item(items[str(r["id"])], lex, model, trigger).events
            start += len(rows)
    return coded


# ---------------------------------------------------------------------------------------------
# the trigger model: an event's predicate, or a verb that tells none

TRIGGER_CLASSES = ("NONE", "EVENT")
EVLOC_EVERY = 3  # every third event-location sentence: enough verbs, a third of the parsing time
FLOORS = (0.1, 0.2, 0.3, 0.4, 0.5)


def proposals(item: Any, lex: lexicon.Lexicon) -> list[ev.Candidate]:
    """Every proposal the coder weighs in the item's sentences, before they compete."""
    seen: list[ev.Candidate] = []
    for seg, doc in item.docs:
        if seg.kind in ev.CODED_SEGMENTS:
            for sent in doc.sents:
                ev.candidates(sent, seg.start, item, lex, (), observe=seen.append)
    return list({c.verb.i: c for c in seen}.values())


def _linked(a: Any, b: Any) -> bool:
    """Verbs of one happening: conjoined ("shot and killed") or one the other's clause ("…, killing six")."""
    return a.i == b.i or a.head.i == b.i and a.dep_ in ("conj", "advcl", "xcomp") or b.head.i == a.i and b.dep_ in (
        "conj", "advcl", "xcomp")


def gsr_triggers(row: dict[str, Any]) -> set[str]:
    """The words of the record's ``(EVT: …)`` marks."""
    import re

    return {w.lower() for m in re.finditer(r"\(EVT: ([^()]*)\)", row.get("markup", "")) for w in m.group(1).split()}


def trigger_examples(kind: str, rows: list[dict[str, Any]], items: dict[str, Any]) -> list[tuple[list[str], str, int]]:
    """(features, NONE/EVENT, sentence number) for every proposal of the gold sentences: the gold's
    trigger is EVENT, the other proposals NONE; verbs of the trigger's own happening are left out."""
    lex = lexicon.load_lexicon()
    out: list[tuple[list[str], str, int]] = []
    for n, r in enumerate(rows):
        item = items.get(str(r["id"]))
        if item is None:
            continue
        props = proposals(item, lex)
        if kind == "gsr":
            words = gsr_triggers(r)
            gold = [c.verb for c in props if c.verb.lower_ in words]
        elif kind == "evloc":
            span = r["event_verb"][0]
            gold = [c.verb for c in props if c.verb.idx < span["end"] and span["start"] < c.verb.idx + len(c.verb)]
        else:  # plv: the proposal the scorer takes, when one links the marked actors
            found = candidate_features(item, r, lex)
            marked = r.get("marked", "")
            a_span, r_span = _marked_span(marked, "s"), _marked_span(marked, "t")
            gold = [c.verb for c in props if found is not None and c.verb.i == found[1][0].i
                    and (_matches(c.actors, r.get("actor_text", ""), a_span) or _matches(c.recipients, r.get("recipient_text", ""), r_span))]
        if not gold:
            continue  # the coder proposes no gold trigger here: nothing to contrast
        for c in props:
            is_gold = any(c.verb.i == g.i for g in gold)
            if not is_gold and any(_linked(c.verb, g) for g in gold):
                continue
            if not is_gold and kind == "evloc" and c.reading is not None and c.reading.type in ev.MATERIAL:
                continue  # a record marks one act of its sentence: the others are not known to be no events
            out.append((cl.trigger_features(c.verb, c.reading, c.actors, c.recipients), "EVENT" if is_gold else "NONE", n))
    return out


def fit_trigger(data: list[tuple[list[str], str, int]], l2: float) -> tuple[list[str], Any]:
    plain: list[Example] = [(f, lab, None) for f, lab, _ in data]
    vocab = vocabulary(plain)
    x, y = matrix(plain, {f: i for i, f in enumerate(vocab)}, TRIGGER_CLASSES)
    return vocab, train(x, y, l2, k=2)


def event_probability(vocab: list[str], w: Any, data: list[tuple[list[str], str, int]]) -> Any:
    x, _ = matrix([(f, lab, None) for f, lab, _ in data], {f: i for i, f in enumerate(vocab)}, TRIGGER_CLASSES)
    z = x.dot(w.astype(np.float64))
    p = np.exp(z - z.max(axis=1, keepdims=True))
    return (p / p.sum(axis=1, keepdims=True))[:, 1]


def cross_validate_trigger(sets: dict[str, list[tuple[list[str], str, int]]], folds: int, l2: float) -> None:
    """k-fold CV over sentences: per set and floor, the share of gold triggers kept and of other proposals dropped."""
    tagged = [(name, ex) for name, rows in sets.items() for ex in rows]
    keys = sorted({(name, n) for name, (_, _, n) in tagged})
    order = np.random.default_rng(SEED).permutation(len(keys))
    fold_of = {keys[j]: k % folds for k, j in enumerate(order)}
    prob = np.zeros(len(tagged))
    for k in range(folds):
        test = [i for i, (name, (_, _, n)) in enumerate(tagged) if fold_of[(name, n)] == k]
        held = set(test)
        vocab, w = fit_trigger([ex for i, (_, ex) in enumerate(tagged) if i not in held], l2)
        prob[test] = event_probability(vocab, w, [tagged[i][1] for i in test])
    for name in sets:
        idx = np.array([i for i, (nm, _) in enumerate(tagged) if nm == name])
        pos = np.array([tagged[i][1][1] == "EVENT" for i in idx])
        cells = [f"{f}: kept {(prob[idx][pos] >= f).mean():.3f} dropped {(prob[idx][~pos] < f).mean():.3f}" for f in FLOORS]
        print(f"trigger {folds}-fold CV on {name} ({pos.sum()} triggers, {(~pos).sum()} others): " + "; ".join(cells))


def write(name: str, meta: dict[str, Any], vocab: list[str], w: Any) -> None:
    meta["features"] = vocab
    (OUT / f"{name}.json").write_text(json.dumps(meta, indent=0, ensure_ascii=False) + "\n", "utf-8")
    np.save(OUT / f"{name}.npy", w, allow_pickle=False)
    print(f"wrote {len(vocab)} features x {w.shape[1]} classes to {OUT / name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--plv-only", action="store_true", help="train on PLV alone (GSR dev is then a held-out set)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--trigger-only", action="store_true", help="train the trigger model only")
    args = ap.parse_args()
    shared = Path(args.shared)
    plv_rows = [json.loads(line) for line in (shared / "train/plv/plv.train.jsonl").read_text("utf-8").splitlines() if line]
    gsr_rows = [json.loads(line) for line in (shared / "eval/plover_gsr/plover_gsr.dev.jsonl").read_text("utf-8").splitlines()
                if line]
    evloc_rows = [json.loads(line) for line in (shared / "eval/event_location/event_location.dev.jsonl").read_text("utf-8")
                  .splitlines() if line][::EVLOC_EVERY]
    plv_items, gsr_items = parse(plv_rows, "2020-01-01"), parse(gsr_rows, "2000-01-01")
    evloc_items = parse([r for r in evloc_rows if r.get("event_verb")], "2015-01-01")
    sets = {"plv": trigger_examples("plv", plv_rows, plv_items), "evloc": trigger_examples("evloc", evloc_rows, evloc_items)}
    if not args.plv_only:
        sets["gsr"] = trigger_examples("gsr", gsr_rows, gsr_items)
    cross_validate_trigger(sets, args.folds, args.l2)
    t_vocab, t_w = fit_trigger([ex for rows in sets.values() for ex in rows], args.l2)
    trigger = cl.Classifier(TRIGGER_CLASSES, {f: i for i, f in enumerate(t_vocab)}, t_w)
    if not args.no_write:
        write("trigger", {
            "about": "Sitrep trigger model: logistic regression over sitrep.classify.trigger_features, NONE (a verb that "
                     "tells no event) or EVENT (an event's predicate); weights in trigger.npy (features + 1 bias row, "
                     "classes). Built by scripts/train_events.py.",
            "training_data": ["Zero-Shot PLOVER PLV training split (the proposal linking the marked actors)",
                              f"event_location dev (ahalterman/event_location, MIT; every {EVLOC_EVERY}rd sentence, its "
                              "event verb)"] + ([] if args.plv_only else ["PLOVER gold standard records, dev split (EVT marks)"]),
            "licence": "weights: same licence as Sitrep (MIT); no text of the training data is included",
            "l2": args.l2, "classes": list(TRIGGER_CLASSES)}, t_vocab, t_w)
    if args.trigger_only:
        return
    plv = examples(plv_rows, plv_items, lambda r: r["root"], trigger)
    gsr = examples(gsr_rows, gsr_items, gsr_root, trigger)
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
    sets = [(plv_rows, plv_items)] if args.plv_only else [(plv_rows, plv_items), (gsr_rows, gsr_items)]
    coded = coder_cross_validate(sets, data, fold, args.folds, args.l2, trigger)
    hits = [plv_root(r, coded[0].get(str(r["id"]), ())) == r["root"] for r in plv_rows]
    coder = [sum(h for h, f in zip(hits, plv_fold, strict=True) if f == k) / int((plv_fold == k).sum()) for k in range(args.folds)]
    print(f"{args.folds}-fold cross-validated accuracy of the whole coder on plv (as sitrep eval plv scores it): "
          f"{sum(hits) / len(hits):.3f} (folds {', '.join(f'{s:.3f}' for s in coder)})")
    if not args.plv_only:
        tp, fp, fn, actor_ok, actor_n = gsr_tally(gsr_rows, [coded[1].get(str(r["id"]), ()) for r in gsr_rows])
        p, r, f1 = _f1(tp, fp, fn)
        print(f"{args.folds}-fold cross-validated whole coder on gsr dev (as sitrep eval gsr scores it): type F1 {f1:.3f} "
              f"(P {p:.3f} R {r:.3f}), actor country {actor_ok / actor_n:.3f}")
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
