"""Ray Data runs the same stages as a local run and stores the same result."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import api
from sitrep.settings import Settings

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'sitrep[ray]')")

STORIES = {
    "chad.txt": "Chad asks US to pull troops\n\nN'DJAMENA, April 25 (Reuters) - Chad's government asked the United States "
    "to withdraw its soldiers from the Adji Kossei air base, two officials said on Thursday.",
    "mali.txt": "BAMAKO, May 2 (AFP) - Mali's military rulers said on Monday they were ending the country's defence "
    "agreements with France, accusing French forces of violating Malian airspace.",
    "niger.txt": "NIAMEY, March 17 (Reuters) - Niger's junta revoked its military accord with the United States on "
    "Saturday, a spokesman said on state television.",
}


@pytest.fixture(scope="module")
def ray_session():  # noqa: ANN201
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def _stored(db: str) -> tuple[list[tuple], list[tuple]]:
    with api.open(db, Settings(db=db)) as store:
        arts = sorted((a["content_hash"], a["published"]["value"], a["original_source"]) for a in store.articles())
        evs = sorted((e["id"], e["type"], e["trigger"]["text"]) for e in store.events())
        return arts, evs


def test_ray_ingest_matches_local(tmp_path: Path, ray_session: None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    local = api.ingest([str(folder)], Settings(db=str(tmp_path / "local.duckdb"), on_error="skip"))
    on_ray = api.ingest([str(folder)], Settings(db=str(tmp_path / "ray.duckdb"), on_error="skip"), engine="ray", workers=1)
    assert on_ray.stored.added == local.stored.added == 3
    assert [f.code for f in on_ray.failures] == [f.code for f in local.failures] == ["E002"]
    assert _stored(str(tmp_path / "ray.duckdb")) == _stored(str(tmp_path / "local.duckdb"))
