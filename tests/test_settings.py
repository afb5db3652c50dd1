from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import SitrepError
from sitrep.settings import load_settings


def test_precedence_defaults_file_env_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "sitrep.toml"
    cfg.write_text('[sitrep]\nbatch_size = 16\ndb = "from-file.duckdb"\nmax_bytes = 1000\n')
    env = {"SITREP_BATCH_SIZE": "48", "SITREP_CONFIG": str(cfg)}
    s = load_settings(None, env, db="from-flag.duckdb")
    assert s.max_bytes == 1000  # file over default
    assert s.batch_size == 48  # env over file
    assert s.db == "from-flag.duckdb"  # flag over everything


def test_defaults_without_file() -> None:
    s = load_settings(None, {})
    assert s.db == "sitrep.duckdb" and s.backend == "duckdb" and s.batch_size == 32


def test_postgres_url_selects_backend() -> None:
    assert load_settings(None, {}, db="postgresql://localhost/sitrep").backend == "postgresql"


@pytest.mark.parametrize(
    ("env", "name"),
    [({"SITREP_BATCH_SIZE": "many"}, "batch_size"), ({"SITREP_ON_ERROR": "ignore"}, "on_error")],
)
def test_bad_values_have_a_code(env: dict[str, str], name: str) -> None:
    with pytest.raises(SitrepError) as err:
        load_settings(None, env)
    assert err.value.code == "E103" and name in str(err.value)


def test_unknown_setting_in_file(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[sitrep]\nbatchsize = 3\n")
    with pytest.raises(SitrepError) as err:
        load_settings(cfg, {})
    assert err.value.code == "E103" and "batchsize" in str(err.value)
