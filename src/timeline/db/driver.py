"""Statements straight to the transaction's DBAPI cursor, for the writer's per-file work.

SQLAlchemy's execution layer costs about 50 µs a statement, more than most of the writer's
statements themselves. Statements are written with `?` marks; errors come out as SQLAlchemy's
own exceptions, so the ingest retry logic sees what it would see through `Connection.execute`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def _marks(conn: Connection, sql: str) -> str:
    """`sql` written with ? marks, in the driver's own parameter style."""
    return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def run(conn: Connection, sql: str, params: Sequence[Any] = (), *, many: bool = False) -> Any:
    """Execute `sql` (? marks) in the connection's transaction; returns the DBAPI cursor."""
    statement = _marks(conn, sql)
    cursor = conn.connection.cursor()
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        if many:
            cursor.executemany(statement, params)
        else:
            cursor.execute(statement, params)
    except dbapi_error as exc:
        raise sa.exc.DBAPIError.instance(statement, params, exc, dbapi_error) from exc
    return cursor
