"""Reading and checking inputs: every bad document gets its code; the good ones all go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import content_hash, guess_language, process, read
from sitrep.model import Batch, Failure, Item, RawInput
from sitrep.settings import Settings

STORY = (
    "Chad asks US troops to leave\n\n"
    "N'DJAMENA, April 25 (Reuters) - Chad's government has asked the United States to withdraw some of "
    "its soldiers from a base near the capital, two officials said on Thursday, in a letter sent to the "
    "US defence attache earlier this month.\n"
)
NORWEGIAN = (
    "Russiske soldater har ankommet flybasen i Niamey, der amerikanske styrker fortsatt er stasjonert. "
    "Det er ikke kjent hvor mange som er på basen, og det skal være en avtale om tilbaketrekning."
)


def _run(paths: list[str], settings: Settings | None = None) -> tuple[list[Item], list[Failure]]:
    settings = settings or Settings(on_error="skip")
    raws = list(read(paths))
    failures = [r for r in raws if isinstance(r, Failure)]
    batch = process(Batch(tuple(Item(raw=r) for r in raws if isinstance(r, RawInput))), settings)
    return list(batch.items), failures + list(batch.failures)


def test_bad_folder_keeps_every_good_file(tmp_path: Path) -> None:
    (tmp_path / "good1.txt").write_text(STORY)
    (tmp_path / "good2.txt").write_text(STORY.replace("Thursday", "Friday"))
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "latin1.txt").write_bytes("Niamey — l’armée a déclaré".encode("cp1252") + b" " + STORY.encode())
    (tmp_path / "huge.txt").write_text(STORY * 2000)
    (tmp_path / "norsk.txt").write_text(NORWEGIAN)
    (tmp_path / "broken.html").write_text("<html><body><div><script>var x = 1;</script></div>")
    items, failures = _run([str(tmp_path)], Settings(on_error="skip", max_bytes=100_000))
    assert sorted(Path(i.article.source).name for i in items if i.article) == ["good1.txt", "good2.txt"]
    codes = {Path(f.source).name: f.code for f in failures}
    assert codes == {
        "empty.txt": "E001",
        "binary.txt": "E002",
        "huge.txt": "E003",
        "latin1.txt": "E004",
        "broken.html": "E005",
        "norsk.txt": "E006",
    }
    assert all(f.message for f in failures)


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    rows = [
        json.dumps({"id": "a1", "text": STORY, "published": "2024-04-25", "source": "Example Site"}),
        "{not json",
        json.dumps({"id": "a2", "title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "Malian soldiers patrolled the streets of Gao on Monday after an attack by militants."}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(rows) + "\n")
    items, failures = _run([str(path)])
    assert [i.article.id for i in items if i.article] == ["a1", "7"]
    assert items[0].article and items[0].article.site == "Example Site"
    assert [(f.source.rsplit(":", 1)[1], f.code) for f in failures] == [("2", "E008"), ("3", "E009"), ("4", "E008")]


def test_missing_path_is_reported() -> None:
    _, failures = _run(["/no/such/dir/*.txt"])
    assert [f.code for f in failures] == ["E011"]


def test_html_page_is_extracted(tmp_path: Path) -> None:
    page = f"""<!doctype html><html><head><title>Chad asks US troops to leave | Example Site</title>
    <meta property="og:site_name" content="Example Site">
    <meta property="article:published_time" content="2024-04-25T09:00:00Z"></head>
    <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Chad asks US troops to leave</h1><p class="byline">By Ann Example</p>
    {"".join(f"<p>{s}</p>" for s in STORY.split(". "))}</article>
    <footer>Copyright Example Site 2024</footer></body></html>"""
    (tmp_path / "page.html").write_text(page)
    items, failures = _run([str(tmp_path / "page.html")])
    assert not failures
    a = items[0].article
    assert a is not None
    assert "withdraw some of its soldiers" in " ".join(a.text.split())
    assert "Home" not in a.text.split()
    assert a.published.value == "2024-04-25T09:00:00Z" and a.published.source == "html-meta"
    assert a.site == "Example Site"


def test_rss_feed_entries(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Desk</title>
    <item><title>Chad asks US troops to leave</title><link>https://example.org/1</link>
    <pubDate>Thu, 25 Apr 2024 09:00:00 GMT</pubDate><description><![CDATA[<p>{STORY}</p>]]></description></item>
    <item><title>Empty</title><link>https://example.org/2</link><description></description></item>
    </channel></rss>"""
    (tmp_path / "feed.xml").write_text(feed)
    items, failures = _run([str(tmp_path / "feed.xml")])
    assert len(items) == 1 and [f.code for f in failures] == ["E001"]
    a = items[0].article
    assert a is not None
    assert (a.url, a.site, a.title) == ("https://example.org/1", "Sahel Desk", "Chad asks US troops to leave")
    assert a.published.value == "2024-04-25T09:00:00Z"


def test_same_content_same_hash() -> None:
    assert content_hash(STORY) == content_hash(STORY.replace("\n", "\r\n").replace(" ", "  "))
    assert content_hash(STORY) != content_hash(STORY + " Extra.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STORY, "en"),
        (NORWEGIAN, "nb"),
        (
            "Le gouvernement du Niger a demandé le départ des soldats français et la fin de la coopération militaire avec la France.",
            "fr",
        ),
        ("Niger junta talks", None),  # too short to tell
    ],
)
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text, 0.03) == expected


def test_folder_reads_articles_not_notes(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "README.md").write_text("# Notes about this folder\n\nNot an article.")
    (tmp_path / "gold.yaml").write_text("- file: story.txt\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text("<html><body><p>x</p></body></html>")
    assert sorted(Path(r.source).name for r in read([str(tmp_path)])) == ["page.html", "story.txt"]
    # named explicitly, a file is read whatever its suffix
    assert [Path(r.source).name for r in read([str(tmp_path / "README.md")])] == ["README.md"]
