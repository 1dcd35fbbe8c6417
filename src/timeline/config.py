"""Where the database is: --db, else TIMELINE_DB, else data/db/timeline.db under the current folder."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_URL = "sqlite:///data/db/timeline.db"


def database_url(option: str | None) -> str:
    url = option or os.environ.get("TIMELINE_DB") or DEFAULT_URL
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    return url


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names; None for another database, SQLite in memory or a `file:` URI."""
    scheme, _, rest = url.partition("://")
    if not (scheme == "sqlite" or scheme.startswith("sqlite+")) or not rest.startswith("/"):
        return None  # (SQLite in memory is "sqlite://")
    path = rest[1:].split("?", 1)[0]
    return None if not path or path == ":memory:" or path.startswith("file:") else Path(path)
