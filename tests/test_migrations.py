"""The schema comes only from Alembic migrations, and they produce exactly the ORM metadata."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from timeline.db import migrate
from timeline.db.engine import make_engine
from timeline.db.schema import metadata


def _not_fts(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """search_fts is SQLite's own FTS5 table (and its shadow tables): made by SQL in the
    migration, outside the ORM metadata on purpose."""
    return not (name or "").startswith("search_fts")


def _diff(engine: sa.Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _not_fts})
        return compare_metadata(context, metadata)


def test_migrations_match_metadata(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _diff(engine) == []


def test_downgrade_and_upgrade_round_trip(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    tables = set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    migrate.upgrade(engine)
    assert _diff(engine) == []
    assert {"timeline", "claims", "conflicts", "model_facts", "best_scores"} <= set(sa.inspect(engine).get_view_names())


def test_ingest_upgrades_an_older_database(db_url: str, raw_dir) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    from typer.testing import CliRunner

    from timeline.cli import app

    result = CliRunner().invoke(app, ["ingest", str(raw_dir), "--db", db_url, "--quiet"])
    assert result.exit_code == 0, result.output
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM documents")) == 5


def test_prune_keeps_documents_stored_before_roots_were(db_url: str, raw_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Documents stored at 0001 have no root: no folder given can tell that their files are gone."""
    from typer.testing import CliRunner

    from timeline.cli import app
    from timeline.ingest import ingest

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    ingest([raw_dir], engine)
    migrate.downgrade(engine, "0001")  # (which has no documents.root)
    empty = tmp_path / "empty"
    empty.mkdir()
    for _ in range(2):  # before the upgrade, then with the roots left empty by it
        result = CliRunner().invoke(app, ["ingest", str(empty), "--db", db_url, "--prune"])
        assert result.exit_code == 0 and "0 pruned" in result.output, result.output
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM documents")) == 5


def test_upgrade_from_0001_indexes_the_facts_already_stored(db_url: str, raw_dir) -> None:  # type: ignore[no-untyped-def]
    from timeline.db.search import search
    from timeline.ingest import ingest

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    ingest([raw_dir], engine)
    migrate.downgrade(engine, "0001")  # as a database made before the search index existed
    with engine.connect() as conn:
        assert not sa.inspect(conn).has_table("search_index")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        facts = sum(conn.scalar(sa.text(f"SELECT COUNT(*) FROM {t}")) for t in
                    ("model_mentions", "events", "parameter_counts", "benchmark_scores", "context_windows"))
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM search_index")) == facts
        if conn.dialect.name == "sqlite":  # FTS5 holds every fact's terms once (this raises if not)
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        hits = search(conn, "混合专家模型")
    assert any(h.file == "002_bad53bc446689f33.txt" and h.line_start == 196 for h in hits)


def test_cli_ingest_migrates_while_extracting(tmp_path, raw_dir) -> None:  # type: ignore[no-untyped-def]
    """`timeline ingest` reads the stored hashes first, starts its workers, then upgrades the
    schema while they extract: an older database keeps its unchanged files and gets the new one."""
    import shutil

    from typer.testing import CliRunner

    from timeline.cli import app
    from timeline.ingest import ingest

    corpus = tmp_path / "raw"
    shutil.copytree(raw_dir, corpus)
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    ingest([corpus], engine)
    migrate.downgrade(engine, "0001")
    for i in range(4):  # (enough new files for the worker processes)
        (corpus / f"extra{i}.md").write_text(f"2025年{i + 1}月，Foo-3.{i}-Turbo正式开源。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", url, "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "9 read, 4 added, 0 replaced, 5 unchanged" in result.output
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH 'foo'")) >= 1
