"""The README's set-up commands exist and its example SQL queries run and return rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.db import migrate
from timeline.db.engine import make_engine
from timeline.db.query import run_read_only
from timeline.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
QUERIES = re.findall(r"```sql\n(.*?)```", README, re.S)


def test_readme_has_two_setup_commands_that_the_makefile_defines() -> None:
    setup = re.search(r"## Set-up.*?```sh\n(.*?)```", README, re.S)
    assert setup is not None
    commands = [line.split("#")[0].strip() for line in setup.group(1).splitlines() if line.strip()]
    assert commands == ["make ingest", "make test"]
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^ingest:.*\n\t.*timeline ingest data/raw", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 't.db'}")
    migrate.upgrade(engine)
    ingest([ROOT / "data" / "raw"], engine)
    return engine


def test_readme_has_at_least_five_queries() -> None:
    assert len(QUERIES) >= 5


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i}" for i in range(len(QUERIES))])
def test_readme_query_runs(loaded, sql: str) -> None:  # type: ignore[no-untyped-def]
    columns, rows = run_read_only(loaded, sql.strip().rstrip(";"))
    assert columns and rows, sql


def test_readme_lists_the_csv_columns_of_every_table(loaded) -> None:  # type: ignore[no-untyped-def]
    from timeline.db.export import TABLES, table_rows

    section = README.split("### CSV columns")[1].split("###")[0]
    documented = dict(re.findall(r"^\| `(\w+)` \| (`[^|]+`) \|$", section, re.M))
    with loaded.connect() as conn:
        for name in TABLES:
            columns, _ = table_rows(conn, name)
            assert documented[name] == ", ".join(f"`{c}`" for c in columns), name
