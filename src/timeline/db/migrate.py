"""Bring a database to the newest schema with the migrations in alembic/ (timeline/db/revisions.py
says where they are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from timeline.db.revisions import ALEMBIC, head_revisions

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    if not ALEMBIC.is_dir():
        raise RuntimeError(f"migrations not found at {ALEMBIC}; reinstall the package (`make`, or `pip install .`)")
    config = Config()
    config.set_main_option("script_location", str(ALEMBIC))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.scalar(sa.text("SELECT version_num FROM alembic_version"))


def _is_at_head(engine: Engine) -> bool:
    heads = head_revisions()
    return len(heads) == 1 and current_revision(engine) in heads


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to `revision` (default head); a database already there is left untouched."""
    if revision == "head" and ALEMBIC.is_dir() and _is_at_head(engine):
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
