"""The ingest writer: files committed in groups, each file all or nothing (timeline/db/writer.py)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from timeline.db import driver, migrate
from timeline.db.engine import make_engine
from timeline.db.writer import FileNotWritten, Writer, retry_locked


@pytest.fixture
def engine(db_url: str) -> sa.Engine:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    return engine


def _add(path: str):  # type: ignore[no-untyped-def]
    """One file's writes: a document row."""
    def work(conn: sa.Connection) -> str:
        driver.run(conn, "INSERT INTO documents (path, sha256, size_bytes, encoding, ingested_at) "
                         "VALUES (?, 'x', 1, 'utf-8', '2026-01-01')", (path,))
        return path
    return work


def _paths(engine: sa.Engine) -> list[str]:
    """What another process sees (a reader: the writer holds the write lock)."""
    reader = make_engine(engine.url.render_as_string(hide_password=False), read_only=True)
    try:
        with reader.connect() as conn:
            return sorted(conn.scalars(sa.text("SELECT path FROM documents")))
    finally:
        reader.dispose()


def test_files_are_committed_in_groups(engine: sa.Engine) -> None:
    with Writer(engine, max_files=3, max_seconds=3600) as writer:
        assert writer.write(_add("a")) == "a"
        writer.write(_add("b"))
        assert _paths(engine) == []  # not committed yet
        writer.write(_add("c"))
        assert _paths(engine) == ["a", "b", "c"]
        writer.write(_add("d"))
        assert _paths(engine) == ["a", "b", "c"]
    assert _paths(engine) == ["a", "b", "c", "d"]  # the last group on leaving


def test_a_failing_file_is_rolled_back_alone(engine: sa.Engine) -> None:
    def half_then_fail(conn: sa.Connection) -> None:
        _add("half")(conn)
        raise ValueError("extractor bug")

    with Writer(engine, max_files=10, max_seconds=3600) as writer:
        writer.write(_add("a"))
        with pytest.raises(FileNotWritten, match="ValueError: extractor bug"):
            writer.write(half_then_fail)
        writer.write(_add("b"))  # the group goes on

        def refused(conn: sa.Connection) -> None:
            _add("half")(conn)
            raise DataError("INSERT INTO documents ...", (), ValueError("text fields cannot contain NUL"))

        with pytest.raises(FileNotWritten) as failed:
            writer.write(refused)
        assert str(failed.value) == "ValueError: text fields cannot contain NUL"  # the driver's words alone
    assert _paths(engine) == ["a", "b"]  # the whole files around it are kept, nothing of the failed ones


def test_an_error_of_the_database_itself_ends_the_run(engine: sa.Engine) -> None:
    def locked(conn: sa.Connection) -> None:
        _add("half")(conn)
        raise OperationalError("INSERT ...", (), Exception("database is locked"))

    with pytest.raises(OperationalError), Writer(engine, max_files=10, max_seconds=3600) as writer:
        writer.write(_add("a"))
        writer.write(locked)
    assert _paths(engine) == ["a"]


def test_an_interrupted_run_keeps_the_files_written(engine: sa.Engine) -> None:
    with pytest.raises(KeyboardInterrupt), Writer(engine, max_files=10, max_seconds=3600) as writer:
        writer.write(_add("a"))
        writer.write(_add("b"))
        raise KeyboardInterrupt
    assert _paths(engine) == ["a", "b"]


def test_an_integrity_error_writes_the_file_again_with_an_empty_cache(engine: sa.Engine) -> None:
    tries: list[dict[str, int]] = []
    cache = {"stale": 99}

    def stale_once(conn: sa.Connection) -> str:
        tries.append(dict(cache))
        _add("a")(conn)
        if len(tries) == 1:  # as when a cached model id was deleted by a concurrent run
            _add("a")(conn)  # the unique path fails
        return "a"

    with Writer(engine, max_files=10, max_seconds=3600) as writer:
        assert writer.write(stale_once, on_retry=cache.clear) == "a"
    assert tries == [{"stale": 99}, {}]
    assert _paths(engine) == ["a"]


def test_integrity_errors_that_persist_are_raised(engine: sa.Engine) -> None:
    def always(conn: sa.Connection) -> None:
        _add("a")(conn)
        _add("a")(conn)

    with pytest.raises(IntegrityError), Writer(engine, attempts=2) as writer:
        writer.write(_add("kept"))
        writer.write(always)
    assert _paths(engine) == ["kept"]


def test_start_up_steps_are_run_again_while_the_database_answers_locked_at_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (SQLite can answer "locked" without waiting while a concurrent run makes a new database: two
    # `timeline ingest` runs started together on one new file once ended one with exit code 3)
    monkeypatch.setattr("timeline.db.writer.time.sleep", lambda _: None)
    calls = []

    def locked_twice() -> str:
        calls.append(1)
        if len(calls) <= 2:
            raise OperationalError("PRAGMA journal_mode = WAL", (), Exception("database is locked"))
        return "migrated"

    assert retry_locked(locked_twice) == "migrated" and len(calls) == 3

    def failing(message: str) -> None:
        calls.append(1)
        raise OperationalError("INSERT ...", (), Exception(message))

    for message, attempts in (("database is locked", 3), ("attempt to write a readonly database", 1)):
        calls.clear()
        with pytest.raises(OperationalError):  # locked for good: after the last attempt; not a lock: at once
            retry_locked(lambda message=message: failing(message), attempts=3)  # type: ignore[misc]
        assert len(calls) == attempts
