"""Shared fixtures: the bundled articles, the shared gold and a fresh database per test."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


def build_script() -> ModuleType:
    """setup.py as a module: the compiled modules (COMPILED) and its checks of in-place builds."""
    spec = importlib.util.spec_from_file_location("timeline_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pytest_sessionstart(session: pytest.Session) -> None:
    """An extension built in place shadows its source: after an edit the tests would run the old
    code, and one of a module no longer compiled would not load. Refuse to run then."""
    stale = build_script().stale_builds()
    if stale:
        pytest.exit(f"compiled modules are older than their sources, or no longer listed ({', '.join(stale)}): "
                    "run `make install` to rebuild them, or `TIMELINE_PURE_PYTHON=1 make install` to go without",
                    returncode=4)


def database_urls() -> list[str]:
    """SQLite always; PostgreSQL too when TIMELINE_TEST_POSTGRES names a server."""
    urls = ["sqlite"]
    if os.environ.get("TIMELINE_TEST_POSTGRES"):
        urls.append("postgresql")
    return urls


@pytest.fixture(params=database_urls())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'timeline.db'}"
        return
    import sqlalchemy as sa

    base = os.environ["TIMELINE_TEST_POSTGRES"]
    name = f"t_{os.getpid()}_{abs(hash(request.node.nodeid)) % 10**8}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = sa.engine.make_url(base).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture
def raw_dir() -> Path:
    return RAW
