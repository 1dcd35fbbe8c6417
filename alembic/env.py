"""Alembic environment: migrations run on a connection handed over by timeline.db.migrate,
or on TIMELINE_DB (default sqlite:///data/db/timeline.db) when run as `alembic upgrade head`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from timeline.config import database_url
from timeline.db.schema import metadata

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config({"sqlalchemy.url": database_url(None)}, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
