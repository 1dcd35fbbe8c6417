"""The ingest writer: several files a transaction, each file all or nothing in a savepoint.

A commit costs about as much as writing one file's facts (SQLite copies every page the file
touched, index pages included, to its log; the FTS5 index adds a segment), so the writer commits
after `max_files` files or `max_seconds` seconds, whichever comes first. Each file's writes still
happen in one transaction, inside a savepoint of their own: a file whose writes fail is rolled
back to its savepoint alone, and a killed run loses only the files of its open group, whole (the
next run writes them again). An interruption (Ctrl-C, an error outside a file's writes) commits
the files already written.

Retries: a lock held by a concurrent run is waited for when the transaction begins (busy timeout,
then backoff); a natural key that a concurrent run has just inserted (PostgreSQL), or a cached
model id that a concurrent run has just deleted, rolls back to the savepoint and writes the file
again, after the caller's `on_retry` (which empties its caches).

Failures: a file whose writes fail on its own data (a value the driver cannot bind) is rolled
back to its savepoint and raises FileNotWritten, after which the writer takes the next file; an
error of the database itself (locked past the retries, full, read-only) is raised as it is.

Hooks: `on_begin(conn)` runs when a transaction begins, `before_commit(conn)` just before it
commits (a whole group's search terms go to FTS5 there, timeline/db/fts.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from sqlalchemy.engine import Connection, Engine, RootTransaction
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from timeline.db import driver

T = TypeVar("T")
_SAVEPOINT = "timeline_file"


def _transient(exc: OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def retry_locked(work: Callable[[], T], attempts: int = 8) -> T:
    """`work()`, run again after a backoff while the database answers "locked" or "busy": past the
    busy timeout, or at once, as SQLite can while a concurrent run makes a new database."""
    for attempt in range(attempts - 1):
        try:
            return work()
        except OperationalError as exc:
            if not _transient(exc):
                raise
            time.sleep(0.05 * 2**attempt)
    return work()


class FileNotWritten(Exception):
    """One file's writes failed on its own data and were rolled back; the writer goes on."""


class Writer:
    """Use as a context manager; `write(work, on_retry)` runs one file's writes, `work(conn)`."""

    # (groups of up to two seconds: against half a second, about 15 % less of the writing process's CPU over the bench's
    # 2,000 files, the commits' and FTS5's merges fewer; a killed run still loses no more than those seconds' files)
    def __init__(self, engine: Engine, *, max_files: int = 256, max_seconds: float = 2.0, attempts: int = 8,
                 on_begin: Callable[[Connection], None] | None = None,
                 before_commit: Callable[[Connection], None] | None = None) -> None:
        self.engine = engine
        self.on_begin = on_begin
        self.before_commit = before_commit
        self.max_files = max_files
        self.max_seconds = max_seconds
        self.attempts = attempts
        self._conn: Connection | None = None
        self._tx: RootTransaction | None = None
        self._files = 0
        self._began = 0.0

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
                 ) -> None:
        try:
            self.commit()  # the files written so far are whole: keep them, whatever stopped the run
        except Exception:
            self._end(commit=False)
            if kind is None:
                raise

    def write(self, work: Callable[[Connection], T], on_retry: Callable[[], None] | None = None) -> T:
        for attempt in range(self.attempts):
            conn = self._begin()
            driver.run(conn, f"SAVEPOINT {_SAVEPOINT}")
            try:
                result = work(conn)
            except IntegrityError:
                self._undo(conn)
                if attempt == self.attempts - 1:
                    raise
                if on_retry is not None:
                    on_retry()
                continue
            except Exception as exc:
                # An error of this file's own data (a value the driver cannot bind, a constraint)
                # costs this file alone; one of the database itself (locked, full, read-only) ends
                # the run, as does a rollback that took the whole group with it.
                if self._undo(conn) and not isinstance(exc, (OperationalError, MemoryError)):
                    detail = getattr(exc, "orig", None) or exc  # (the driver's words, without SQLAlchemy's SQL)
                    raise FileNotWritten(f"{type(detail).__name__}: {detail}") from exc
                raise
            except BaseException:
                self._undo(conn)
                raise
            driver.run(conn, f"RELEASE SAVEPOINT {_SAVEPOINT}")
            self._files += 1
            if self._files >= self.max_files or time.monotonic() - self._began >= self.max_seconds:
                self.commit()
            return result
        raise AssertionError("unreachable")  # the last attempt returns or raises

    def commit(self) -> None:
        self._end(commit=True)

    def _begin(self) -> Connection:
        """The open transaction, begun if none is (BEGIN IMMEDIATE on SQLite: it waits for the lock)."""
        if self._conn is not None:
            return self._conn
        conn, self._tx = retry_locked(self._connect, self.attempts)
        self._conn, self._files, self._began = conn, 0, time.monotonic()
        if self.on_begin is not None:
            self.on_begin(conn)
        return conn

    def _connect(self) -> tuple[Connection, RootTransaction]:
        conn = self.engine.connect()  # (its pragmas may meet the lock too)
        try:
            return conn, conn.begin()
        except BaseException:
            conn.close()
            raise

    def _undo(self, conn: Connection) -> bool:
        """Roll back the file being written; whether that was all. Some errors (a full disk on
        SQLite) have already ended the whole transaction: then the group is gone and the
        connection is reset."""
        try:
            driver.run(conn, f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
            driver.run(conn, f"RELEASE SAVEPOINT {_SAVEPOINT}")
        except DBAPIError:
            self._end(commit=False)
            return False
        return True

    def _end(self, *, commit: bool) -> None:
        conn, tx = self._conn, self._tx
        self._conn = self._tx = None
        if conn is None or tx is None:
            return
        try:
            if commit:
                if self.before_commit is not None:
                    self.before_commit(conn)
                tx.commit()
            else:
                tx.rollback()
        finally:
            conn.close()
