"""Keeping SQLite's FTS5 table search_fts in step with the facts' search terms, which it reads
through the view search_index (external content: FTS5 holds only the index, and is told of
every row added or deleted). PostgreSQL has no FTS5 table: nothing is done there.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from timeline.db import driver

# Rows go to FTS5 in rising rowid order: it buffers what a statement adds only while the rowids
# rise, and writes out a segment each time one does not (the view lists them kind by kind).
_ADD = "INSERT INTO search_fts(rowid, terms) SELECT id, terms FROM search_index WHERE document_id {} ORDER BY id"
_DELETE = ("INSERT INTO search_fts(search_fts, rowid, terms) SELECT 'delete', id, terms FROM search_index "
           "WHERE document_id = ? ORDER BY id")


class FtsBatch:
    """Adds documents' search rows to FTS5 and takes them out. Between `begin` (when a transaction
    begins) and `flush` (just before it commits), the documents added are only noted, and `flush`
    adds them all in one statement; outside, each is added at once.

    FTS5 turns what a statement adds into a segment of its own once a savepoint is released, and
    merges segments as they pile up: one statement per group of files instead of one per file
    takes about half of the FTS5 time off an ingest. `flush` reads the rows as they are then: a
    document rolled back to its savepoint, replaced or deleted since it was noted gets what is
    left of it (its id may be given again, which a set absorbs)."""

    def __init__(self) -> None:
        self.pending: set[int] | None = None  # a set while a transaction is open (SQLite only)

    def begin(self, conn: Connection) -> None:
        self.pending = set() if conn.dialect.name == "sqlite" else None

    def add(self, conn: Connection, document_id: int) -> None:
        """Index a document's search rows (now, or when the batch is flushed)."""
        if self.pending is not None:
            self.pending.add(document_id)
        elif conn.dialect.name == "sqlite":
            driver.run(conn, _ADD.format("= ?"), (document_id,))

    def remove(self, conn: Connection, document_id: int) -> None:
        """Take a document's search rows out of the index (before its facts are deleted)."""
        if self.pending is not None and document_id in self.pending:
            return  # written in this transaction, so not in FTS5 yet: flush indexes what is left of it
        if conn.dialect.name == "sqlite":
            driver.run(conn, _DELETE, (document_id,))

    def save(self) -> frozenset[int]:
        """The documents noted so far (for `restore`)."""
        return frozenset(self.pending or ())

    def restore(self, saved: frozenset[int]) -> None:
        """Forget the documents noted since `save`: their writes were rolled back."""
        if self.pending is not None:
            self.pending &= saved

    def flush(self, conn: Connection) -> None:
        pending, self.pending = sorted(self.pending or ()), None
        for i in range(0, len(pending), 500):  # (under any limit on bound values)
            chunk = pending[i : i + 500]
            driver.run(conn, _ADD.format(f"IN ({', '.join(['?'] * len(chunk))})"), chunk)
