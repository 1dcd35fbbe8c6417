"""The newest schema revision, read off alembic/versions without importing Alembic or SQLAlchemy
(every `timeline ingest` checks it)."""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS = Path(__file__).resolve().parents[3] / "alembic" / "versions"
_REVISION = re.compile(r"^(revision|down_revision) = (None|\"[^\"]*\")", re.M)


def head_revisions() -> set[str]:
    revisions, parents = set(), set()
    for path in VERSIONS.glob("*.py"):
        found = dict(_REVISION.findall(path.read_text("utf-8")))
        revisions.add(found.get("revision", "").strip('"'))
        parents.add(found.get("down_revision", "None").strip('"'))
    return revisions - parents
