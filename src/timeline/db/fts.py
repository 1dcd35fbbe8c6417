"""Keeping SQLite's FTS5 table search_fts in step with the facts' search terms, which it reads
through the view search_index (external content: FTS5 holds only the index, and is told of
every row added or deleted). PostgreSQL has no FTS5 table: these do nothing there.

Rows are added one statement per document, or, when the writer groups several files a
transaction, one statement per group (`FtsBatch`).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from timeline.db import driver

# Rows go to FTS5 in rising rowid order: it buffers what a statement adds only while the rowids
# rise, and writes out a segment each time one does not (the view lists them kind by kind).
_ADD = "INSERT INTO search_fts(rowid, terms) SELECT id, terms FROM search_index WHERE document_id {} ORDER BY id"
_DELETE = ("INSERT INTO search_fts(search_fts, rowid, terms) SELECT 'delete', id, terms FROM search_index "
           "WHERE document_id = ? ORDER BY id")


def index_in_fts(conn: Connection, document_id: int, batch: FtsBatch | None = None) -> None:
    """Add a document's search rows to SQLite's FTS5 table, in one statement (per-row triggers
    cost more than the rest of the write); within a batch, when the batch is flushed."""
    if batch is not None and batch.pending is not None:
        batch.pending.add(document_id)
    elif conn.dialect.name == "sqlite":
        driver.run(conn, _ADD.format("= ?"), (document_id,))


def unindex_in_fts(conn: Connection, document_id: int, batch: FtsBatch | None = None) -> None:
    """Take a document's search rows out of the FTS5 table (before its facts are deleted)."""
    if batch is not None and batch.pending is not None and document_id in batch.pending:
        batch.pending.discard(document_id)  # written in this transaction: not in FTS5 yet
    elif conn.dialect.name == "sqlite":
        driver.run(conn, _DELETE, (document_id,))


class FtsBatch:
    """The search rows of one transaction's documents, added to FTS5 in one statement just before
    it commits (`begin` when the transaction begins, `flush` before the commit).

    FTS5 turns what a statement adds into a segment of its own once a savepoint is released, and
    merges segments as they pile up: one statement per group of files instead of one per file
    takes about half of the FTS5 time off an ingest. A document rolled back to its savepoint has
    no rows left to add; its id may be given again, which a set absorbs."""

    def __init__(self) -> None:
        self.pending: set[int] | None = None  # a set while a transaction is open (SQLite only)

    def begin(self, conn: Connection) -> None:
        self.pending = set() if conn.dialect.name == "sqlite" else None

    def flush(self, conn: Connection) -> None:
        pending, self.pending = sorted(self.pending or ()), None
        for i in range(0, len(pending), 500):  # (under any limit on bound values)
            chunk = pending[i : i + 500]
            driver.run(conn, _ADD.format(f"IN ({', '.join(['?'] * len(chunk))})"), chunk)
