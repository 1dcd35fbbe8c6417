"""Shared fixtures: the bundled articles, the shared gold and a fresh database per test."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


def compiled_modules() -> list[str]:
    """The modules the build compiles (pyproject.toml, [tool.timeline]), as paths under src/."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        return list(tomllib.load(f)["tool"]["timeline"]["compiled"])


def pytest_sessionstart(session: pytest.Session) -> None:
    """An extension built in place shadows its source: after an edit the tests would run the old
    code, and one of a module no longer compiled would not load. Refuse to run then."""
    src = ROOT / "src"
    listed = set(compiled_modules())
    stale = []
    for built in src.glob("timeline/**/*.cpython-*"):
        source = built.parent / (built.name.split(".")[0] + ".py")
        if str(source.relative_to(src)) not in listed or built.stat().st_mtime < source.stat().st_mtime:
            stale.append(str(source.relative_to(src)))
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
