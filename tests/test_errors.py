from __future__ import annotations

from sitrep.errors import CODES, SitrepError
from tests.conftest import REPO


def test_every_code_is_documented() -> None:
    doc = (REPO / "docs" / "errors.md").read_text("utf-8")
    for code, message in CODES.items():
        assert f"| {code} | {message.replace('|', '/')} |" in doc, f"{code} missing or stale in docs/errors.md"


def test_message_carries_code_and_values() -> None:
    err = SitrepError("E003", size=3_000_000, limit=2_000_000)
    assert str(err) == "[E003] input too large: 3000000 bytes is over the limit of 2000000 bytes (setting max_bytes)"
    assert err.code == "E003"
