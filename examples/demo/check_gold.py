"""Check the demo corpus gold against the files it describes.

Run from anywhere: ``python examples/demo/check_gold.py``. Exits non-zero and lists the problems
if the gold and the corpus disagree: a gold entry for a missing file, a file without gold, a
trigger or title that does not occur in its document, an unknown PLOVER type or presence status.
"""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"arriving", "present", "withdrawal_announced", "withdrawing", "withdrawn"}
KINDS = {"agency", "outlet", "official", "anonymous", "person", "organisation"}
CORPUS_SUFFIXES = {".txt", ".html", ".xml"}
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def document_texts() -> dict[str, str]:
    """Every document of the corpus by its gold key: file name, or feed.xml#N for feed items."""
    texts: dict[str, str] = {}
    for path in sorted(HERE.iterdir()):
        if path.suffix not in CORPUS_SUFFIXES:
            continue
        if path.name == "feed.xml":
            for n, item in enumerate(ET.parse(path).iter("item"), start=1):
                parts = [item.findtext("title") or "", item.findtext("description") or "",
                         _plain(item.findtext(CONTENT) or "")]
                texts[f"feed.xml#{n}"] = "\n".join(parts)
        elif path.suffix == ".html":
            texts[path.name] = _plain(path.read_text(encoding="utf-8"))
        else:
            texts[path.name] = path.read_text(encoding="utf-8")
    return texts


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def check() -> list[str]:
    problems: list[str] = []
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    ledger = yaml.safe_load((HERE / "ledger.yaml").read_text(encoding="utf-8"))
    texts = document_texts()

    keys = []
    for entry in gold:
        key = entry["file"] + (f"#{entry['entry']}" if "entry" in entry else "")
        keys.append(key)
        if key not in texts:
            problems.append(f"{key}: gold entry for a document that does not exist")
            continue
        text = _norm(texts[key])
        if entry["file"].endswith(".txt"):
            words = len(texts[key].split())
            if not 120 <= words <= 350:
                problems.append(f"{key}: {words} words, expected 120-350")
        if _norm(entry["title"]) not in text:
            problems.append(f"{key}: title not found: {entry['title']!r}")
        for ev in entry["events"]:
            if ev["type"] not in PLOVER:
                problems.append(f"{key}: unknown PLOVER type {ev['type']}")
            if _norm(ev["trigger"]) not in text:
                problems.append(f"{key}: trigger not found: {ev['trigger']!r}")
            for link in ev.get("attribution") or []:
                if link["kind"] not in KINDS:
                    problems.append(f"{key}: unknown attribution kind {link['kind']}")
        for p in entry["presence"]:
            if p["status"] not in STATUSES:
                problems.append(f"{key}: unknown presence status {p['status']}")

    for key in texts:
        if key not in keys:
            problems.append(f"{key}: document without a gold entry")
    for key in {k for k in keys if keys.count(k) > 1}:
        problems.append(f"{key}: more than one gold entry")

    for row in ledger:
        for change in row["changes"] + row.get("events", []):
            if "status" in change and change["status"] not in STATUSES:
                problems.append(f"ledger: unknown status {change['status']}")
            for ev in change["evidence"]:
                if ev not in texts:
                    problems.append(f"ledger: evidence {ev} does not exist")
    return problems


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
