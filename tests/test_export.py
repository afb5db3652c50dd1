"""Exports: CSV, Parquet, GeoJSON and PLOVER JSON, through the library and `sitrep export`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitrep import export as exporter
from sitrep.cli import app
from sitrep.server import sample
from sitrep.storage import EventQuery, open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("export") / "sample.duckdb")
    sample.build(path)
    return path


def run(db: str, fmt: str, query: EventQuery = EventQuery(limit=10**9)) -> tuple[bytes, exporter.ExportResult]:
    out = io.BytesIO()
    with open_store(db, read_only=True) as store:
        result = exporter.export(store, query, fmt, out)
    return out.getvalue(), result


def test_csv_one_flat_row_per_event(db: str) -> None:
    data, result = run(db, "csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert result.events == len(rows) == 7
    assert list(rows[0]) == [c for c, _ in exporter.COLUMNS]
    mobilize = next(r for r in rows if r["type"] == "MOBILIZE")
    assert mobilize["attribution"] == "Reuters > a senior US defence official"
    assert (mobilize["actor_country"], mobilize["place_name"], mobilize["lat"]) == ("RUS", "Niamey", "13.51366")


def test_parquet_typed_columns(db: str) -> None:
    data, result = run(db, "parquet", EventQuery(actor_country="RUS", limit=10**9))
    table = pq.read_table(io.BytesIO(data))
    assert table.num_rows == result.events == 5
    assert str(table.schema.field("lat").type) == "double" and str(table.schema.field("negated").type) == "bool"
    assert sorted(table.column("type").to_pylist()) == ["AID", "ASSAULT", "COOPERATE", "COOPERATE", "MOBILIZE"]


def test_geojson_points_for_qgis(db: str) -> None:
    data, result = run(db, "geojson")
    collection = json.loads(data)
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == result.events == 4 and result.skipped == 3
    feature = collection["features"][0]
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert (feature["properties"]["lon"], feature["properties"]["lat"]) == (lon, lat)


def test_plover_records(db: str) -> None:
    data, _ = run(db, "plover", EventQuery(type="REJECT", limit=10**9))
    (record,) = json.loads(data)
    assert record["event_type"] == "REJECT" and record["date"] == "2024-03-16"
    assert record["source"] == [{"actorText": "Niger's junta", "code": "NER", "sector": "GOV"}]
    assert record["target"][0]["code"] == "USA" and record["location"]["placename"] == "Niamey"
    assert record["sitrep"]["attribution"][0]["source"] == "Amadou Abdramane"


def test_paging_covers_every_event_once(db: str) -> None:
    with open_store(db, read_only=True) as store:
        pages = list(exporter.iter_events(store, EventQuery(limit=10**9), page=3))
        capped = list(exporter.iter_events(store, EventQuery(limit=4), page=3))
    assert [len(p) for p in pages] == [3, 3, 1]
    assert len({e["id"] for p in pages for e in p}) == 7
    assert [len(p) for p in capped] == [3, 1]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "geojson", "plover"])
def test_cli_export(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(app, ["export", "--db", db, "--format", fmt, "--out", str(out), "--actor", "rus", "--recipient", "NER"])
    assert result.exit_code == 0, result.output
    assert "Wrote " in result.output
    assert out.stat().st_size > 0
    if fmt == "csv":
        assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 5


def test_cli_refuses_unknown_format(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", db, "--format", "xlsx", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
