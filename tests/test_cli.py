"""The command line, through typer's runner (no shelling out)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import CODES
from sitrep.output import schema

runner = CliRunner()

STORY = (
    "Niger's junta revokes military accord with US\n\n"
    "NIAMEY, March 17 (Reuters) - Niger's military government said on Saturday it had revoked, with immediate "
    "effect, the agreement that allowed about 1,000 US troops to be stationed in the country, after a visit by a "
    "US delegation earlier this week.\n\n"
    "(Reporting by Ann Example; Editing by Bo Sample)\n"
)


def _json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_seed_prints_valid_contract(seed_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(seed_path)])
    assert result.exit_code == 0, result.output
    (doc,) = _json_lines(result.stdout)
    jsonschema.validate(doc, schema())
    article = doc["article"]
    assert article["published"] == {"value": "2024-05-03", "precision": "day", "source": "byline"}
    assert article["original_source"] == "NTB"
    (caption,) = article["captions"]
    assert "Agadez" in caption["text"]
    body = [s for s in article["segments"] if s["kind"] == "body"]
    assert all(not (b["start"] < caption["end"] and caption["start"] < b["end"]) for b in body)


def test_extract_jsonl_keeps_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "n-1", "text": STORY, "published": "2024-03-17"}) + "\n" + "oops\n")
    result = runner.invoke(app, ["extract", "--input", "jsonl", str(path)])
    assert result.exit_code == 1  # one input failed
    docs = _json_lines(result.stdout)
    assert [d["article"]["id"] for d in docs] == ["n-1"]
    assert "[E008]" in result.stderr
    for d in docs:
        jsonschema.validate(d, schema())


def test_extract_stdin_with_published() -> None:
    result = runner.invoke(app, ["extract", "-", "--published", "2024-03-17"], input=STORY)
    assert result.exit_code == 0, result.output
    (doc,) = _json_lines(result.stdout)
    assert doc["article"]["published"]["value"] == "2024-03-17"
    assert doc["article"]["original_source"] == "Reuters"


def test_ingest_folder_with_broken_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY)
    (folder / "good2.txt").write_text(STORY.replace("Saturday", "Sunday").replace("1,000", "1,100"))
    (folder / "empty.txt").write_text("")
    (folder / "bad.txt").write_bytes(b"caf\xe9 " * 40)
    db = str(tmp_path / "t.duckdb")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 new articles" in result.stdout and "2 failed" in result.stdout
    assert "[E001]" in result.stderr and "[E004]" in result.stderr
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert "0 new articles, 2 already stored" in again.stdout
    listed = runner.invoke(app, ["articles", "--db", db, "--format", "json"])
    assert sorted(Path(json.loads(x)["source"]).name for x in listed.stdout.splitlines()) == ["good.txt", "good2.txt"]
    failed = runner.invoke(app, ["failures", "--db", db, "--format", "csv"])
    assert failed.stdout.splitlines()[0] == "code,source,stage,message"
    assert sorted(line.split(",")[0] for line in failed.stdout.splitlines()[1:]) == ["E001", "E004"]


def test_events_on_empty_store(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.duckdb")
    runner.invoke(app, ["ingest", "--db", db, str(tmp_path / "nothing-here.txt")])
    result = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("date,type,mode,actor")


def test_errors_lists_every_code() -> None:
    result = runner.invoke(app, ["errors"])
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(CODES)


def test_eval_skips_absent_sets(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "te3", "--eval-dir", str(tmp_path / "eval")])
    assert result.exit_code == 0
    assert "skipped" in result.stdout and "E301" in result.stdout


def test_help_teaches() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert "sitrep extract --input jsonl" in result.stdout


def test_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "sitrep", "eval", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "Usage: sitrep eval" in result.stdout
