"""The HTTP API, in-process through httpx.ASGITransport, on the hand-made sample store."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sitrep.errors import CODES
from sitrep.server import create_app, sample
from sitrep.server.params import (
    MSG_BOOL,
    MSG_CONFIDENCE,
    MSG_COUNTRY,
    MSG_DATE,
    MSG_FORMAT,
    MSG_INTERVAL,
    MSG_LIMIT,
    MSG_OFFSET,
    MSG_RANGE,
    MSG_REQUIRED,
    MSG_SECTOR,
    MSG_SORT,
    MSG_TEXT,
    MSG_TYPE,
    MSG_UNKNOWN,
    MSG_WORD,
)
from sitrep.settings import load_settings

TOKEN = "s3cret"


class Client:
    """A synchronous face on httpx.AsyncClient over the app's ASGI interface (no server, no sockets)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://sitrep.test") as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(go())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "sample.duckdb")
    sample.build(path)
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[Client]:
    app = create_app(load_settings(db=db))
    yield Client(app)
    app.state.store.close()


@pytest.fixture()
def writable(tmp_path: Path) -> Iterator[Client]:
    path = str(tmp_path / "w.duckdb")
    sample.build(path)
    app = create_app(load_settings(db=path), write_token=TOKEN)
    yield Client(app)
    app.state.store.close()


def error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    return body["error"]


# ------------------------------------------------------------------ reading


def test_index_lists_endpoints_and_counts(client: Client) -> None:
    body = client.get("/api").json()
    assert body["counts"]["events"] == 7
    assert body["writable"] is False
    assert "/api/events" in body["endpoints"]


def test_events_russia_to_niger(client: Client) -> None:
    body = client.get("/api/events", params={"actor": "rus", "recipient": "NER"}).json()
    assert body["total"] == 5
    assert [e["type"] for e in body["events"]] == ["COOPERATE", "AID", "MOBILIZE", "COOPERATE", "ASSAULT"]
    first = body["events"][0]
    assert first["actor"][0]["country"] == "RUS" and first["article_id"] == "rtn-instructors"
    assert first["date"]["value"] == "2024-04-10" and first["place"]["name"] == "Niamey"
    assert body["next"] is None


@pytest.mark.parametrize(
    "params, ids_or_total",
    [
        ({"type": "RETREAT"}, 1),
        ({"actor_sector": "mil"}, 3),
        ({"recipient_sector": "MIL"}, 2),
        ({"mode": "withdraw"}, 1),
        ({"context": "military"}, 6),
        ({"place": "ner"}, 4),
        ({"since": "2024-05", "until": "2024-05"}, 3),
        ({"until": "2024-03-31"}, 1),
        ({"q": "AIRBASE"}, 1),
        ({"min_confidence": "0.85"}, 3),
        ({"negated": "true"}, 1),
        ({"negated": "false", "future": "false"}, 5),
        ({"hypothetical": "true"}, 0),
    ],
)
def test_event_filters(client: Client, params: dict[str, str], ids_or_total: int) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == ids_or_total


def test_paging_and_sorting(client: Client) -> None:
    page = client.get("/api/events", params={"limit": 2, "sort": "-confidence"}).json()
    assert [e["confidence"] for e in page["events"]] == [0.92, 0.9]
    assert page["total"] == 7 and page["next"].endswith("offset=2")
    rest = client.get(page["next"].replace("http://sitrep.test", "")).json()
    assert [e["confidence"] for e in rest["events"]] == [0.86, 0.84]


def test_event_with_evidence_and_mentions(client: Client) -> None:
    listed = client.get("/api/events", params={"type": "MOBILIZE"}).json()["events"][0]
    body = client.get(f"/api/events/{listed['id']}").json()
    assert body["event"]["id"] == listed["id"]
    assert body["article"]["title"].startswith("Russian troops enter base")
    assert [a["source"] for a in body["event"]["attribution"]] == ["Reuters", "a senior US defence official"]
    kinds = {s["kind"]: s["text"] for s in body["evidence"]["spans"]}
    assert kinds == {"actor": "Russian troops", "trigger": "moved into", "recipient": "Niamey", "place": "Niamey"}
    assert body["mentions"][0]["article_id"] == "reuters-airbase"


def test_article_with_text_events_places_dates(client: Client) -> None:
    body = client.get("/api/articles/afp-accord").json()
    assert body["text"][body["places"][0]["start"] : body["places"][0]["end"]] == "Niamey"
    assert body["dates"][0]["value"] == "2024-03-16"
    assert [e["type"] for e in body["events"]] == ["REJECT"]
    listing = client.get("/api/articles", params={"limit": 2}).json()
    assert listing["total"] == 4 and len(listing["articles"]) == 2 and listing["next"]


def test_presence_as_of(client: Client) -> None:
    assert {p["force"]["country"] for p in client.get("/api/presence").json()["presence"]} == {"RUS", "USA"}
    early = client.get("/api/presence", params={"as_of": "2024-04-05"}).json()
    assert [p["force"]["country"] for p in early["presence"]] == ["USA"]  # the US "since April" entry
    assert client.get("/api/presence", params={"as_of": "2024-03"}).json()["presence"] == []


def test_dyads_score_cooperation_and_conflict(client: Client) -> None:
    body = client.get("/api/dyads", params={"actor": "RUS", "recipient": "NER", "interval": "month"}).json()
    by_month = {p["period"]: p for p in body["periods"]}
    assert by_month["2024-04-01"]["types"] == {"COOPERATE": 1}  # the future AID is left out
    assert by_month["2024-04-01"]["score"] == 6.0
    assert by_month["2024-05-01"]["types"] == {"MOBILIZE": 1, "COOPERATE": 1}  # the negated ASSAULT is left out
    assert by_month["2024-05-01"]["score"] == pytest.approx((6.0 - 7.2) / 2, abs=0.01)


def test_timeline_counts_per_week(client: Client) -> None:
    body = client.get("/api/timeline", params={"actor": "RUS"}).json()
    assert sum(p["count"] for p in body["periods"]) == 5
    assert all(p["period"] <= "2024-05-31" for p in body["periods"])


def test_facets(client: Client) -> None:
    body = client.get("/api/facets").json()
    assert body["actor_country"][0] == {"value": "RUS", "count": 5}


@pytest.mark.parametrize("fmt, media", [("csv", "text/csv"), ("geojson", "application/geo+json"), ("plover", "application/json")])
def test_export_endpoint(client: Client, fmt: str, media: str) -> None:
    response = client.get("/api/export", params={"format": fmt, "actor": "USA"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert "sitrep-events" in response.headers["content-disposition"]
    if fmt == "plover":
        assert [r["event_type"] for r in response.json()] == ["RETREAT"]


def test_ui_and_basemap_are_served(client: Client) -> None:
    assert "<title>Sitrep</title>" in client.get("/").text
    assert client.get("/static/app.js").status_code == 200
    basemap = client.get("/basemap.json").json()
    assert any(f["properties"]["iso_a3"] == "NER" for f in basemap["features"])
    assert client.get("/api/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]


# ------------------------------------------------------------------ errors: one shape, pinned messages


@pytest.mark.parametrize(
    "path, params, fields",
    [
        ("/api/events", {"actor": "RUSSIA"}, [("actor", MSG_COUNTRY)]),
        ("/api/events", {"recipient": "N1R"}, [("recipient", MSG_COUNTRY)]),
        ("/api/events", {"place": "NE"}, [("place", MSG_COUNTRY)]),
        ("/api/events", {"actor_sector": "G"}, [("actor_sector", MSG_SECTOR)]),
        ("/api/events", {"type": "assault"}, [("type", MSG_TYPE)]),
        ("/api/events", {"mode": "with-draw"}, [("mode", MSG_WORD)]),
        ("/api/events", {"since": "yesterday"}, [("since", MSG_DATE)]),
        ("/api/events", {"until": "2024-02-30"}, [("until", MSG_DATE)]),
        ("/api/events", {"since": "2024-05-01", "until": "2024-04-01"}, [("until", MSG_RANGE)]),
        ("/api/events", {"min_confidence": "high"}, [("min_confidence", MSG_CONFIDENCE)]),
        ("/api/events", {"min_confidence": "1.5"}, [("min_confidence", MSG_CONFIDENCE)]),
        ("/api/events", {"negated": "maybe"}, [("negated", MSG_BOOL)]),
        ("/api/events", {"limit": "0"}, [("limit", MSG_LIMIT)]),
        ("/api/events", {"limit": "5000"}, [("limit", MSG_LIMIT)]),
        ("/api/events", {"offset": "-1"}, [("offset", MSG_OFFSET)]),
        ("/api/events", {"sort": "when"}, [("sort", MSG_SORT)]),
        ("/api/events", {"q": "x" * 201}, [("q", MSG_TEXT)]),
        ("/api/events", {"actr": "RUS"}, [("actr", MSG_UNKNOWN)]),
        ("/api/events", {"actor": "RUSSIA", "limit": "x"}, [("actor", MSG_COUNTRY), ("limit", MSG_LIMIT)]),
        ("/api/articles", {"limit": "many"}, [("limit", MSG_LIMIT)]),
        ("/api/presence", {"as_of": "soon"}, [("as_of", MSG_DATE)]),
        ("/api/dyads", {}, [("actor", MSG_REQUIRED), ("recipient", MSG_REQUIRED)]),
        ("/api/dyads", {"actor": "RUS", "recipient": "NER", "interval": "fortnight"}, [("interval", MSG_INTERVAL)]),
        ("/api/timeline", {"interval": "hour"}, [("interval", MSG_INTERVAL)]),
        ("/api/export", {}, [("format", MSG_REQUIRED)]),
        ("/api/export", {"format": "xlsx"}, [("format", MSG_FORMAT)]),
    ],
)
def test_invalid_fields(client: Client, path: str, params: dict[str, str], fields: list[tuple[str, str]]) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    err = error(response)
    assert err["code"] == "E401"
    assert err["message"] == f"invalid request: {len(fields)} field(s) failed validation"
    assert sorted((f["field"], f["message"]) for f in err["fields"]) == sorted(fields)


@pytest.mark.parametrize(
    "method, path, status, code, message",
    [
        ("GET", "/api/events/nope", 404, "E404", "no event with id 'nope'"),
        ("GET", "/api/articles/nope", 404, "E404", "no article with id 'nope'"),
        ("GET", "/api/nothing", 404, "E405", "no such page or endpoint: /api/nothing"),
        ("DELETE", "/api/events", 405, "E406", "method DELETE is not allowed on /api/events"),
        ("POST", "/api/ingest", 403, "E403", CODES["E403"]),
    ],
)
def test_errors(client: Client, method: str, path: str, status: int, code: str, message: str) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    err = error(response)
    assert (err["code"], err["message"], err["fields"]) == (code, message, [])


# ------------------------------------------------------------------ writing


@pytest.mark.parametrize(
    "headers, body, status, code, message, fields",
    [
        ({}, {"text": "x"}, 401, "E402", CODES["E402"], []),
        ({"Authorization": "Bearer wrong"}, {"text": "x"}, 401, "E402", CODES["E402"], []),
        ({"Authorization": f"Token {TOKEN}"}, {"text": "x"}, 401, "E402", CODES["E402"], []),
        ({"Authorization": f"Bearer {TOKEN}"}, b"{not json", 400, "E407", None, []),
        ({"Authorization": f"Bearer {TOKEN}"}, [], 400, "E401", None, [("body", "must hold at least one document")]),
        ({"Authorization": f"Bearer {TOKEN}"}, {"title": "t"}, 400, "E401", None, [("text", "is required and must be a non-empty string")]),
        (
            {"Authorization": f"Bearer {TOKEN}"},
            [{"text": "ok"}, {"text": " ", "published": "May 3", "lang": "en", "url": 5}],
            400,
            "E401",
            "invalid request: 4 field(s) failed validation",
            [
                ("[1].lang", "unknown field; known: text, title, published, url, source, id"),
                ("[1].text", "is required and must be a non-empty string"),
                ("[1].url", "must be a string"),
                ("[1].published", "must be an ISO date or datetime, e.g. 2024-05-03"),
            ],
        ),
        ({"Authorization": f"Bearer {TOKEN}"}, ["just text"], 400, "E401", None, [("[0]", "must be a JSON object with a text field")]),
        (
            {"Authorization": f"Bearer {TOKEN}"},
            [{"text": "a"}] * 101,
            413,
            "E408",
            "too many documents in one request: 101 is over the limit of 100",
            [],
        ),
    ],
)
def test_ingest_refusals(
    writable: Client,
    headers: dict[str, str],
    body: Any,
    status: int,
    code: str,
    message: str | None,
    fields: list[tuple[str, str]],
) -> None:
    kwargs: dict[str, Any] = {"content": body} if isinstance(body, bytes) else {"json": body}
    response = writable.post("/api/ingest", headers=headers, **kwargs)
    assert response.status_code == status
    err = error(response)
    assert err["code"] == code
    if message:
        assert err["message"] == message
    if code == "E407":
        assert err["message"].startswith("the request body is not valid JSON: ")
    assert sorted((f["field"], f["message"]) for f in err["fields"]) == sorted(fields)


@pytest.mark.slow
def test_ingest_runs_the_pipeline_and_stores(writable: Client) -> None:
    doc = {
        "text": "Niger's junta ordered French troops to leave the country on Friday, state television said.",
        "title": "Niger orders French troops out",
        "published": "2023-08-04",
        "source": "Test Wire",
    }
    response = writable.post("/api/ingest", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["read"] == 1 and body["added"] == 1 and body["failures"] == []
    article_id = body["articles"][0]["id"]
    stored = writable.get(f"/api/articles/{article_id}").json()
    assert stored["title"] == "Niger orders French troops out"
    again = writable.post("/api/ingest", json=[doc], headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["added"] == 0 and again["existing"] == 1
