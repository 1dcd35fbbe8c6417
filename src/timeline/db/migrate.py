"""Bring a database to the newest schema with the migrations in alembic/ (top of the repo)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

_REPO_ALEMBIC = Path(__file__).resolve().parents[3] / "alembic"


def alembic_config() -> Config:
    if not _REPO_ALEMBIC.is_dir():
        raise RuntimeError(f"migrations not found at {_REPO_ALEMBIC}; install the package with `pip install -e .`")
    config = Config()
    config.set_main_option("script_location", str(_REPO_ALEMBIC))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to `revision` (default head); a database already there is left untouched."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
