"""The answer to `timeline ingest` when nothing changed, for a SQLite database, found with the
standard library alone: loading SQLAlchemy and the extractors would take longer than reading
and hashing a whole corpus. Any doubt (a changed, new or unreadable file, another database,
an older schema) returns None and the full ingest runs."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from timeline.config import sqlite_file
from timeline.db.revisions import head_revisions
from timeline.sources.walk import Candidate, not_a_file, walk


class _Changed(Exception):
    pass


def _sqlite_file(url: str) -> Path | None:
    path = None if "?" in url else sqlite_file(url)  # (options in the URL: the full ingest honours them)
    return path if path is not None and path.is_file() else None


def count_if_unchanged(url: str, roots: list[Path], include: tuple[str, ...], exclude: tuple[str, ...],
                       max_bytes: int) -> int | None:
    """How many files were checked, if every one is stored with the same SHA-256; else None."""
    path = _sqlite_file(url)
    if path is None:
        return None
    try:
        with sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True) as conn:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            stored = dict(conn.execute("SELECT path, sha256 FROM documents").fetchall())
    except sqlite3.Error:
        return None
    if version is None or {version[0]} != head_revisions():
        return None

    def changed(_path: str, _reason: str) -> None:
        raise _Changed

    seen: set[str] = set()

    def same(cand: Candidate) -> bool:
        digest = stored.get(cand.rel)
        if digest is None or cand.rel in seen:
            return False  # (a path met twice: the full ingest reports the second)
        info = cand.path.stat()
        if not_a_file(info.st_mode) is not None or info.st_size > max_bytes:
            return False
        return hashlib.sha256(cand.path.read_bytes()).hexdigest() == digest

    count = 0
    try:
        for cand in walk(roots, include, exclude, on_skip=changed):
            if not same(cand):
                return None  # the first changed file ends the check: the full ingest takes over
            seen.add(cand.rel)
            count += 1
    except (_Changed, OSError):
        return None
    return count
