from __future__ import annotations

import pytest

from sitrep.errors import SitrepError
from sitrep.pipeline import BUILTIN_STAGES, Pipeline, Stage, check_order, registry
from sitrep.settings import Settings


def test_builtin_stages_snapshot() -> None:
    # a dropped or reordered stage must fail here, not silently in production
    assert [registry()[m.rsplit(".", 1)[1]].name for m in BUILTIN_STAGES] == [
        "ingest",
        "metadata",
        "parse",
        "actors",
        "events",
        "places",
        "dates",
        "attribution",
        "corroboration",
        "store",
        "presence",
    ]


def test_builtin_order_is_valid() -> None:
    check_order([registry()[m.rsplit(".", 1)[1]] for m in BUILTIN_STAGES])


def test_dates_before_metadata_is_refused() -> None:
    stages = registry()
    with pytest.raises(SitrepError) as err:
        check_order([stages["ingest"], stages["dates"], stages["metadata"]])
    assert err.value.code == "E101"
    assert "article.published" in str(err.value)


def test_unknown_stage_is_refused() -> None:
    with pytest.raises(SitrepError) as err:
        Pipeline(["ingest", "telepathy"], Settings())
    assert err.value.code == "E102"


def test_stage_declarations_are_complete() -> None:
    for stage in registry().values():
        assert isinstance(stage, Stage)
        assert stage.sets, f"{stage.name} declares nothing it sets"
        assert stage.help
