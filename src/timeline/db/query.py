"""`timeline query`: one read-only statement.

Read-only is enforced by the database, not by guessing at the SQL: SQLite is opened with
mode=ro and PRAGMA query_only; PostgreSQL runs the statement in a READ ONLY transaction that
is rolled back. ATTACH and PRAGMA assignments are refused up front as well, since they act
on the connection rather than the data.
"""

from __future__ import annotations

from typing import Any

import regex
from sqlalchemy.engine import Engine

_CONNECTION_WRITES = regex.compile(r"^\s*(?:ATTACH|DETACH)\b|^\s*PRAGMA\b[^;]*=", regex.I)


class ReadOnlyViolation(Exception):
    pass


def run_read_only(engine: Engine, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    if _CONNECTION_WRITES.search(sql):
        raise ReadOnlyViolation("timeline query is read-only: ATTACH, DETACH and PRAGMA assignments are refused")
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        try:
            result = conn.exec_driver_sql(sql)
            if not result.returns_rows:
                return [], []
            return list(result.keys()), [tuple(row) for row in result]
        finally:
            conn.rollback()
