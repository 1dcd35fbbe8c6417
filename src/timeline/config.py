"""Where the database is: --db, else TIMELINE_DB, else data/db/timeline.db under the current folder."""

from __future__ import annotations

import os

DEFAULT_URL = "sqlite:///data/db/timeline.db"


def database_url(option: str | None) -> str:
    url = option or os.environ.get("TIMELINE_DB") or DEFAULT_URL
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    return url
