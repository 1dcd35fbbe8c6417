"""Where the migrations are, and the newest schema revision, read off their files without
importing Alembic or SQLAlchemy (every `timeline ingest` checks it)."""

from __future__ import annotations

import re
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
# A wheel carries a copy of alembic/ (setup.py); an editable install reads the repository's own.
ALEMBIC = _PACKAGE / "_alembic" if (_PACKAGE / "_alembic").is_dir() else _PACKAGE.parents[1] / "alembic"
_REVISION = re.compile(r"^(revision|down_revision) = (None|\"[^\"]*\")", re.M)


def head_revisions() -> set[str]:
    revisions, parents = set(), set()
    for path in (ALEMBIC / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text("utf-8")))
        revisions.add(found.get("revision", "").strip('"'))
        parents.add(found.get("down_revision", "None").strip('"'))
    return revisions - parents
