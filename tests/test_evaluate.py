"""The scorers read the gold sets' conventions, not ours."""
import json
from pathlib import Path

from sitrep.evaluate import score_evloc, score_gsr
from sitrep.settings import load_settings


def _gsr_row(ident: str, text: str, event_type: str, actor: str, code: str) -> dict[str, object]:
    return {"id": ident, "text": text, "date": "2000-01-01",
            "expected_events": [{"event_type": event_type, "source": [{"actorText": actor, "code": code}], "target": []}]}


def test_gsr_actor_codes_of_the_cameo_era_are_read_as_iso_and_as_bodies(tmp_path: Path) -> None:
    # PLOVER's gold codes Italy "ITL" and any international body "IGO"; Sitrep says ITA and names the body ("UNO")
    rows = [
        _gsr_row("a", "Italy suspended flights to Belgrade on Tuesday.", "SANCTION", "Italy", "ITL"),
        _gsr_row("b", "The United Nations sent 40 tonnes of food aid to Liberia on Monday.", "AID", "United Nations", "IGO"),
        _gsr_row("c", "Egypt sent 40 tonnes of food aid to Sudan on Monday.", "AID", "Egypt", "IGO"),
    ]
    path = tmp_path / "gsr.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = score_gsr(path, load_settings(), None)
    assert result.metrics["actor_country"] == 2 / 3  # a state is no international body


def test_cameos_kosovo_code_is_read_as_the_one_sitrep_gives(tmp_path: Path) -> None:
    rows = [_gsr_row("k", "Kosovo's prime minister accused Serbia on Sunday of backing the gunmen.", "ACCUSE", "Kosovo", "KOS")]
    path = tmp_path / "gsr.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert score_gsr(path, load_settings(), None).metrics["actor_country"] == 1.0  # Sitrep codes Kosovo XKX


def test_evloc_counts_the_rows_no_answer_can_match(tmp_path: Path) -> None:
    text = "Gunmen attacked a police station in Kidal on Sunday."
    verb = {"text": "attacked", "start": 7, "end": 15}
    rows = [{"id": 1, "text": text, "event_verb": [verb], "event_locations": [{"text": "Kidal", "start": 36, "end": 41}]},
            {"id": 2, "text": text, "event_verb": [verb], "event_locations": [{"text": "", "start": 0, "end": 0}]}]
    path = tmp_path / "evloc.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = score_evloc(path, load_settings(), None)
    assert result.counts["blank_gold"] == 1 and result.metrics["ceiling"] == 0.5
    assert result.metrics["event_place_accuracy"] == 0.5  # Kidal is found; the blank row counts against, as released


def test_our_own_blind_set_is_scored_from_the_repository_under_its_name() -> None:
    from sitrep.evaluate import run

    (result,) = run(load_settings(), ["events_check"], limit=4)
    assert result.skipped is None and result.name == "events_check"
    assert result.counts["sentences"] == 4 and 0.0 <= result.metrics["type_f1"] <= 1.0


def test_rows_that_share_an_id_are_each_scored_on_their_own_sentence(tmp_path: Path) -> None:
    # the event-location release gives sentences of one document the document's id; each row keeps its own text
    first = "Gunmen attacked a police station in Kidal on Sunday."
    second = "Soldiers stormed a village near Gao on Monday."
    rows = [{"id": 7, "text": first, "event_verb": [{"text": "attacked", "start": 7, "end": 15}],
             "event_locations": [{"text": "Kidal", "start": 36, "end": 41}]},
            {"id": 7, "text": second, "event_verb": [{"text": "stormed", "start": 9, "end": 16}],
             "event_locations": [{"text": "Gao", "start": 32, "end": 35}]}]
    path = tmp_path / "evloc.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert score_evloc(path, load_settings(), None).metrics["event_place_accuracy"] == 1.0
