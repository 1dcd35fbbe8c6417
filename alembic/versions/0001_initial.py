"""Initial schema: documents, models and aliases, the five fact tables, the timeline view.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _provenance() -> list[sa.Column]:
    return [
        sa.Column("line_start", sa.Integer, nullable=False),
        sa.Column("line_end", sa.Integer, nullable=False),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
    ]


def _fk(table: str, column: str, referred: str, cascade: bool) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=f"fk_{table}_{column}_{referred}",
                                   ondelete="CASCADE" if cascade else None)


def _fact_table(name: str, *columns: sa.Column, unique: tuple[str, ...], with_model: bool = True) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        *([sa.Column("model_id", sa.Integer, nullable=False)] if with_model else []),
        *columns,
        *_provenance(),
        _fk(name, "document_id", "documents", True),
        *([_fk(name, "model_id", "models", False)] if with_model else []),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        sa.UniqueConstraint(*unique, name=f"uq_{name}_{unique[0]}"),
    )
    op.create_index(f"ix_{name}_document_id", name, ["document_id"])
    if with_model:
        op.create_index(f"ix_{name}_model_id", name, ["model_id"])


TIMELINE_VIEW = {
    "sqlite": "(SELECT group_concat(name, '; ') FROM (SELECT em.name FROM event_models em "
              "WHERE em.event_id = e.id ORDER BY em.position))",
    "postgresql": "(SELECT string_agg(em.name, '; ' ORDER BY em.position) FROM event_models em "
                  "WHERE em.event_id = e.id)",
}


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger, nullable=False),
        sa.Column("encoding", sa.String(40), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_source", sa.String(20)),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("path", name="uq_documents_path"),
    )
    op.create_table(
        "models",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("canonical", sa.Text, nullable=False),
        sa.Column("organization", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_models"),
        sa.UniqueConstraint("key", name="uq_models_key"),
    )
    op.create_table(
        "model_aliases",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("model_id", sa.Integer, nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        _fk("model_aliases", "model_id", "models", True),
        sa.PrimaryKeyConstraint("id", name="pk_model_aliases"),
        sa.UniqueConstraint("key", name="uq_model_aliases_key"),
    )
    op.create_index("ix_model_aliases_model_id", "model_aliases", ["model_id"])
    _fact_table("model_mentions", sa.Column("name", sa.Text, nullable=False), sa.Column("organization", sa.Text),
                unique=("document_id", "model_id"))
    _fact_table(
        "events",
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("precision", sa.String(5), nullable=False),
        sa.Column("qualifier", sa.String(5)),
        sa.Column("earliest", sa.Date, nullable=False),
        sa.Column("latest", sa.Date, nullable=False),
        sa.Column("organization", sa.Text),
        sa.Column("action", sa.Text),
        sa.Column("status", sa.String(10), nullable=False),
        unique=("document_id", "date", "char_start", "char_end"),
        with_model=False,
    )
    op.create_table(
        "event_models",
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("model_id", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _fk("event_models", "event_id", "events", True),
        _fk("event_models", "model_id", "models", False),
        sa.PrimaryKeyConstraint("event_id", "model_id", name="pk_event_models"),
    )
    op.create_index("ix_event_models_model_id", "event_models", ["model_id"])
    _fact_table(
        "parameter_counts",
        sa.Column("model_name", sa.Text, nullable=False),
        sa.Column("value", sa.BigInteger, nullable=False),
        sa.Column("value_high", sa.BigInteger),
        sa.Column("approx", sa.Boolean, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        unique=("document_id", "model_id", "value", "char_start"),
    )
    _fact_table(
        "benchmark_scores",
        sa.Column("model_name", sa.Text, nullable=False),
        sa.Column("benchmark", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("unit", sa.String(10)),
        sa.Column("comparator", sa.String(2), nullable=False),
        unique=("document_id", "model_id", "benchmark", "char_start"),
    )
    _fact_table(
        "context_windows",
        sa.Column("model_name", sa.Text, nullable=False),
        sa.Column("tokens", sa.BigInteger),
        sa.Column("chars", sa.BigInteger),
        unique=("document_id", "model_id", "char_start"),
    )
    models_of_event = TIMELINE_VIEW.get(op.get_bind().dialect.name, TIMELINE_VIEW["sqlite"])
    op.execute(
        "CREATE VIEW timeline AS SELECT e.id AS event_id, e.date, e.precision, e.qualifier, e.earliest, e.latest, "
        f"{models_of_event} AS models, e.organization, e.action, e.status, d.path AS file, "
        "e.line_start, e.line_end, e.quote FROM events e JOIN documents d ON d.id = e.document_id"
    )


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS timeline")
    for table in ("context_windows", "benchmark_scores", "parameter_counts", "event_models", "events",
                  "model_mentions", "model_aliases", "models", "documents"):
        op.drop_table(table)
