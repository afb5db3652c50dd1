"""The ``sitrep`` command: thin wrappers over the library functions in ``sitrep.api``."""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import api
from .errors import CODES, SitrepError
from .model import Failure
from .output import dumps, item_json
from .pipeline import BUILTIN_STAGES, EXTRACT, registry
from .settings import Settings, describe, load_settings
from .storage import Store, redact

app = typer.Typer(
    name="sitrep",
    help=(
        "Political events from news text: who did what to whom, where, when — and who says so.\n\n"
        "Start with `sitrep extract ARTICLE.txt` to see what Sitrep reads from one article, or\n"
        "`sitrep ingest FOLDER` to build a store, then `sitrep events` to query it."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
log = logging.getLogger("sitrep")


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"
    feed = "feed"


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOpt = Annotated[Optional[str], typer.Option(
    "--db", help="The store: a DuckDB file (default sitrep.duckdb) or a postgresql://user@host/dbname URL.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="A TOML file with a [sitrep] table of settings.")]
InputOpt = Annotated[
    InputFormat,
    typer.Option("--input", "-i", help="How to read the inputs; auto goes by file suffix (.html, .jsonl, .xml/.rss)."),
]
VerboseOpt = Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output (-vv for debug).")]


def _setup(verbose: int, config: Path | None, **overrides: Any) -> Settings:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return load_settings(config, **overrides)
    except SitrepError as exc:
        _fail(exc)
        raise  # unreachable


def _fail(exc: SitrepError) -> None:
    typer.echo(f"sitrep: {exc}", err=True)
    raise typer.Exit(2)


def _report_failures(failures: list[Failure]) -> None:
    for f in failures:
        typer.echo(f"[{f.code}] {f.source}: {f.message}", err=True)


def _fmt(value: InputFormat) -> str | None:
    return None if value is InputFormat.auto else value.value


def _progress(desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(desc=desc, unit=" docs", file=sys.stderr, disable=None, dynamic_ncols=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    input: InputOpt = InputFormat.auto,
    published: Annotated[
        Optional[str], typer.Option(help="Publication date for inputs that do not carry one (ISO, e.g. 2024-05-03).")
    ] = None,
    pretty: Annotated[bool, typer.Option(help="Indented JSON instead of one line per article.")] = False,
    config: ConfigOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Print one JSON object per article: its metadata, events, places, dates and presence.

    Nothing is stored. The output contract is docs/schema.md. Examples:

        sitrep extract story.txt

        sitrep extract --input jsonl articles.jsonl > out.jsonl

        cat story.txt | sitrep extract - --published 2024-05-03

    Inputs that cannot be read are reported on stderr with their error code, and the
    rest go on; the exit status is 1 when any input failed.
    """
    settings = _setup(verbose, config, on_error="skip")
    sources = api.read_inputs(paths, _fmt(input), published=published)
    failed = 0
    bar = _progress("extract")
    try:
        for batch in api.run(sources, settings, EXTRACT):
            for item in batch.items:
                sys.stdout.write(json.dumps(item_json(item), ensure_ascii=False, indent=2 if pretty else None) + "\n")
            sys.stdout.flush()
            _report_failures(list(batch.failures))
            failed += len(batch.failures)
            bar.update(len(batch.items) + len(batch.failures))
    except SitrepError as exc:
        _fail(exc)
    finally:
        bar.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    db: DbOpt = None,
    input: InputOpt = InputFormat.auto,
    published: Annotated[Optional[str], typer.Option(help="Publication date for inputs that carry none.")] = None,
    batch_size: Annotated[Optional[int], typer.Option(help="Documents per batch (one transaction each).")] = None,
    engine: Annotated[
        Engine, typer.Option(help="local: this process; ray: extraction on Ray Data workers (pip install 'sitrep[ray]').")
    ] = Engine.local,
    workers: Annotated[int, typer.Option(help="Ray workers (with --engine ray).")] = 2,
    config: ConfigOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Read articles, extract their events, and add them to the store.

    Ingest is idempotent: an article whose content is already stored is counted, not added
    again. Each batch is written in one transaction. Inputs that fail are recorded in the
    store with their error code (see `sitrep failures`) and the rest go on.

        sitrep ingest examples/demo --db demo.duckdb
    """
    settings = _setup(verbose, config, on_error="skip", db=db, batch_size=batch_size)
    try:
        summary = api.ingest(
            paths, settings, _fmt(input), published=published, progress=_progress("ingest"), engine=engine.value, workers=workers
        )
    except SitrepError as exc:
        _fail(exc)
    _report_failures(summary.failures)
    s = summary.stored
    typer.echo(
        f"Read {summary.read} documents: {s.added} new articles, {s.existing} already stored, "
        f"{len(summary.failures)} failed; {s.events} events. Store: {redact(settings.db)}"
    )
    if summary.failures:
        codes = Counter(f.code for f in summary.failures)
        typer.echo("Failures by code: " + ", ".join(f"{c} ×{n}" for c, n in sorted(codes.items())))


def _print_rows(rows: list[dict[str, Any]], fmt: OutputFormat, columns: list[tuple[str, str]]) -> None:
    if fmt is OutputFormat.json:
        for row in rows:
            typer.echo(dumps(row))
        return
    flat = [{title: _cell(row, key) for title, key in columns} for row in rows]
    if fmt is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=[t for t, _ in columns])
        writer.writeheader()
        writer.writerows(flat)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for title, _ in columns:
        table.add_column(title, overflow="fold")
    for row in flat:
        table.add_row(*[str(v) if v is not None else "" for v in row.values()])
    Console().print(table)


def _cell(row: dict[str, Any], key: str) -> Any:
    value: Any = row
    for part in key.split("."):
        if isinstance(value, list):
            value = ";".join(str(v.get(part) or "") for v in value if isinstance(v, dict))
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


# The event filters, shared by `sitrep events` and `sitrep export` (and matching the API's).
ActorOpt = Annotated[Optional[str], typer.Option(help="Actor country, ISO 3166 alpha-3 (e.g. RUS).")]
RecipientOpt = Annotated[Optional[str], typer.Option(help="Recipient country, ISO 3166 alpha-3 (e.g. NER).")]
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="PLOVER event type (e.g. RETREAT).")]
SinceOpt = Annotated[Optional[str], typer.Option(help="Events on or after this date (ISO).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Events on or before this date (ISO).")]
TextOpt = Annotated[Optional[str], typer.Option(help="Words in the evidence sentence.")]
ActorSectorOpt = Annotated[Optional[str], typer.Option(help="Actor sector (GOV, MIL, REB …).")]
RecipientSectorOpt = Annotated[Optional[str], typer.Option(help="Recipient sector.")]
ModeOpt = Annotated[Optional[str], typer.Option(help="PLOVER mode.")]
ContextOpt = Annotated[Optional[str], typer.Option(help="A PLOVER context the event carries.")]
PlaceOpt = Annotated[Optional[str], typer.Option(help="Country of the event's place, ISO 3166 alpha-3.")]
MinConfidenceOpt = Annotated[Optional[float], typer.Option(help="Only events with at least this confidence (0-1).")]


def _event_query(
    actor: str | None, recipient: str | None, type: str | None, since: str | None, until: str | None, text: str | None,
    actor_sector: str | None, recipient_sector: str | None, mode: str | None, context: str | None, place: str | None,
    min_confidence: float | None, limit: int,
) -> Any:
    from .storage import EventQuery

    upper = lambda v: v.upper() if v else None  # noqa: E731
    return EventQuery(
        actor_country=upper(actor),
        recipient_country=upper(recipient),
        type=upper(type),
        since=since,
        until=until,
        text=text,
        actor_sector=upper(actor_sector),
        recipient_sector=upper(recipient_sector),
        mode=mode,
        context=context,
        place_country=upper(place),
        min_confidence=min_confidence,
        limit=limit,
    )


EVENT_COLUMNS = [
    ("date", "date.value"),
    ("type", "type"),
    ("mode", "mode"),
    ("actor", "actor.country"),
    ("actor sector", "actor.sector"),
    ("recipient", "recipient.country"),
    ("place", "place.name"),
    ("says who", "attribution.source"),
    ("trigger", "trigger.text"),
    ("article", "article_id"),
]


@app.command()
def events(
    db: DbOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    text: TextOpt = None,
    actor_sector: ActorSectorOpt = None,
    recipient_sector: RecipientSectorOpt = None,
    mode: ModeOpt = None,
    context: ContextOpt = None,
    place: PlaceOpt = None,
    min_confidence: MinConfidenceOpt = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json (one per line) or csv.")
    ] = OutputFormat.table,
    config: ConfigOpt = None,
) -> None:
    """List stored events, filtered.

    sitrep events --actor RUS --recipient NER --since 2024-01-01 --format json
    """
    settings = _setup(0, config, db=db)
    query = _event_query(
        actor, recipient, type, since, until, text, actor_sector, recipient_sector, mode, context, place, min_confidence, limit
    )
    with _store(settings) as store:
        rows = store.events(query)
    _print_rows(rows, format, EVENT_COLUMNS)


@app.command()
def articles(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="At most this many articles.")] = 100,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="table, json or csv.")] = OutputFormat.table,
    config: ConfigOpt = None,
) -> None:
    """List stored articles with their metadata and event counts."""
    settings = _setup(0, config, db=db)
    with _store(settings) as store:
        rows = store.articles(limit=limit)
    columns = [
        ("published", "published.value"),
        ("title", "title"),
        ("agency", "original_source"),
        ("site", "site"),
        ("events", "n_events"),
        ("id", "id"),
    ]
    _print_rows(rows, format, columns)


@app.command()
def failures(
    db: DbOpt = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    config: ConfigOpt = None,
) -> None:
    """List the inputs that could not be ingested, with their error codes (see `sitrep errors`)."""
    settings = _setup(0, config, db=db)
    with _store(settings) as store:
        rows = store.failures(limit)
    _print_rows(rows, format, [("code", "code"), ("source", "source"), ("stage", "stage"), ("message", "message")])


@app.command()
def errors() -> None:
    """List every error code Sitrep can report, with what it means."""
    for code, message in CODES.items():
        typer.echo(f"{code}  {message}")


@app.command()
def config(config: ConfigOpt = None) -> None:
    """Show every setting, its value and what it does (defaults < --config file < SITREP_* env)."""
    settings = _setup(0, config)
    for name, _default, help_ in describe():
        typer.echo(f"{name} = {getattr(settings, name)!r}\n    {help_}")


@app.command()
def stages() -> None:
    """List the pipeline's stages in order, with what each requires and sets."""
    known = registry()
    for name in [m.rsplit(".", 1)[1] for m in BUILTIN_STAGES] + [n for n in known if f"sitrep.{n}" not in BUILTIN_STAGES]:
        s = known[name]
        typer.echo(f"{s.name:14} requires {', '.join(s.requires) or '-':40} sets {', '.join(s.sets)}\n{'':14} {s.help}")


@app.command(name="eval")
def eval_(
    sets: Annotated[Optional[list[str]], typer.Argument(help="Which gold sets (default: all that are present).")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Score an evenly spaced sample of this many items per set.")] = None,
    check: Annotated[
        bool, typer.Option(help="Score the sets pinned in eval/floors.toml; exit 1 when a score is below its floor.")
    ] = False,
    eval_dir: Annotated[Optional[str], typer.Option(help="Where the gold sets are (default ../shared/eval).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Score Sitrep on the gold sets in ../shared/eval and print precision, recall and F1 by stage.

    Sets that are absent are skipped with a message. With --check, scores below their
    pinned floors fail (CI runs this).
    """
    from . import evaluate

    settings = _setup(0, config, eval_dir=eval_dir)
    if check and not sets:
        sets = list(evaluate.load_floors())  # the pinned sets, at their pinned sample sizes
    results = evaluate.run(settings, sets or None, limit)
    for line in evaluate.report(results):
        typer.echo(line)
    if check:
        below = evaluate.below_floors(results)
        for message in below:
            typer.echo(message, err=True)
        if below:
            raise typer.Exit(1)


@app.command()
def demo(
    path: Annotated[Path, typer.Argument(help="The demo corpus folder.")] = Path("examples/demo"),
    db: DbOpt = "demo.duckdb",
) -> None:
    """Ingest the bundled demo corpus and print what Sitrep found in it."""
    if not path.exists():
        typer.echo(f"sitrep: no demo corpus at {path} (run from the repository root)", err=True)
        raise typer.Exit(2)
    settings = _setup(0, None, on_error="skip", db=db)
    try:
        summary = api.ingest([str(path)], settings, None, progress=_progress("demo"))
    except SitrepError as exc:
        _fail(exc)
    _report_failures(summary.failures)
    with _store(settings) as store:
        counts = store.counts()
        rows = store.articles(limit=1000)
        facets = store.facets()
        ledger = store.presence()
    typer.echo(f"\nDemo store {db}: {counts['articles']} articles, {counts['events']} events, {counts['failures']} failures")
    by_agency = Counter(r.get("original_source") or "(none)" for r in rows)
    typer.echo("Agencies: " + ", ".join(f"{k} {v}" for k, v in by_agency.most_common()))
    dated = sorted(r["published"]["value"] for r in rows if r["published"]["value"])
    if dated:
        typer.echo(f"Published between {dated[0]} and {dated[-1]}")
    if facets["type"]:
        typer.echo("Events by type: " + ", ".join(f"{t} {n}" for t, n in facets["type"]))
        typer.echo("Most frequent actors: " + ", ".join(f"{c} {n}" for c, n in facets["actor_country"][:8]))
    if ledger:
        typer.echo("Presence ledger (latest status of each foreign force):")
        for p in sorted(ledger, key=lambda p: (p["host"], p["force"]["country"], p["site"]["name"] or "")):
            when = (p.get("as_of") or {}).get("value") or "?"
            strength = f", {p['strength']} troops" if p.get("strength") else ""
            site = f" at {p['site']['name']}" if p["site"]["name"] else ""
            typer.echo(f"  {p['force']['country']} in {p['host']}{site}: {p['status']} as of {when}{strength}")
    typer.echo(f"Try: sitrep events --db {db}    sitrep presence --db {db}    sitrep serve --db {db}")


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"
    plover = "plover"


@app.command(name="export")
def export_(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, parquet, geojson (for QGIS) or plover (JSON).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write.")],
    db: DbOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    text: TextOpt = None,
    actor_sector: ActorSectorOpt = None,
    recipient_sector: RecipientSectorOpt = None,
    mode: ModeOpt = None,
    context: ContextOpt = None,
    place: PlaceOpt = None,
    min_confidence: MinConfidenceOpt = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events (default: all).")] = None,
    config: ConfigOpt = None,
) -> None:
    """Write the stored events, filtered as for `sitrep events`, to a file.

        sitrep export --format geojson --out events.geojson --actor RUS --recipient NER

    CSV and Parquet have one flat row per event; GeoJSON has one point per event that has
    coordinates (open it in QGIS); plover writes PLOVER JSON records.
    """
    from . import export as exporter

    settings = _setup(0, config, db=db)
    query = _event_query(
        actor, recipient, type, since, until, text, actor_sector, recipient_sector, mode, context, place, min_confidence,
        limit if limit is not None else 10**12,
    )
    with _store(settings) as store, out.open("wb") as f:
        result = exporter.export(store, query, format.value, f)
    skipped = f" ({result.skipped} without coordinates left out)" if result.skipped else ""
    typer.echo(f"Wrote {result.events} events to {out}{skipped}", err=True)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
    write_token: Annotated[
        Optional[str],
        typer.Option(envvar="SITREP_WRITE_TOKEN", help="Allow POST /api/ingest with 'Authorization: Bearer TOKEN'."),
    ] = None,
    config: ConfigOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Serve the web UI (map, timeline, evidence) and the HTTP API over a store.

        sitrep serve --db demo.duckdb

    Read-only unless started with --write-token (or SITREP_WRITE_TOKEN). API docs at /api/docs.
    """
    import uvicorn

    from .server import create_app

    settings = _setup(verbose, config, db=db)
    try:
        application = create_app(settings, write_token=write_token or None)
    except SitrepError as exc:
        _fail(exc)
    mode = "writes allowed with the token" if write_token else "read-only"
    typer.echo(f"Sitrep on {redact(settings.db)} ({mode}): http://{host}:{port}/   API docs: http://{host}:{port}/api/docs", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning" if verbose == 0 else "info")


PRESENCE_COLUMNS = [
    ("force", "force.country"),
    ("host", "host"),
    ("site", "site.name"),
    ("status", "status"),
    ("strength", "strength"),
    ("since", "since.value"),
    ("as of", "as_of.value"),
    ("says who", "sources"),
    ("articles", "articles"),
]


@app.command()
def presence(
    db: DbOpt = None,
    host: Annotated[Optional[str], typer.Option(help="Host country, ISO 3166 alpha-3 (e.g. NER).")] = None,
    force: Annotated[Optional[str], typer.Option(help="The force's country, ISO 3166 alpha-3 (e.g. RUS).")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Only what was reported up to this date (ISO).")] = None,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json (one status change per line) or csv.")
    ] = OutputFormat.table,
    config: ConfigOpt = None,
) -> None:
    """The presence ledger: whose forces are where, since when, and who says so.

    One row per status change of each (force, host, site): arriving, present,
    withdrawal_announced, withdrawing, withdrawn.

        sitrep presence --host NER --as-of 2024-05-03
    """
    from .output import presence_json
    from .presence import stored_ledger

    settings = _setup(0, config, db=db)
    with _store(settings) as store:
        rows = [presence_json(p) for p in stored_ledger(store, host and host.upper(), force and force.upper(), as_of)]
    if format is not OutputFormat.json:
        for r in rows:
            r["sources"] = "; ".join(r["sources"])
            r["articles"] = len(r["articles"])
    _print_rows(rows, format, PRESENCE_COLUMNS)


def _store(settings: Settings) -> Store:
    """The store for reading: read-only when the file exists, so a running ingest is not blocked."""
    try:
        return api.open(settings.db, settings, read_only=Path(settings.db).exists())
    except SitrepError as exc:
        _fail(exc)
        raise  # unreachable


def main() -> None:
    app()


if __name__ == "__main__":
    main()
