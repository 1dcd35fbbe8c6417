"""SQLAlchemy tables. The schema is created only by Alembic migrations (alembic/versions);
tests/test_migrations.py proves the migrations produce exactly this metadata."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)


def _provenance() -> list[sa.Column]:
    """Where the fact stands in its file (1-based lines, offsets into the decoded text)."""
    return [
        sa.Column("line_start", sa.Integer, nullable=False),
        sa.Column("line_end", sa.Integer, nullable=False),
        sa.Column("char_start", sa.Integer, nullable=False),
        sa.Column("char_end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
    ]


def _terms() -> sa.Column:
    """The fact's search terms (timeline/db/search.py): the view search_index lists them, one row
    per fact, and on SQLite the FTS5 table search_fts indexes them (both made in migrations)."""
    return sa.Column("terms", sa.Text, nullable=False, server_default="")


def _document_fk(index: bool = False) -> sa.Column:
    """A fact's document. Fact tables need no index of their own on it: their natural key starts
    with document_id, and its unique index serves look-ups and deletes by document."""
    return sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"),
                     nullable=False, index=index)


def _model_fk(nullable: bool = False) -> sa.Column:
    return sa.Column("model_id", sa.Integer, sa.ForeignKey("models.id"), nullable=nullable, index=True)


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("path", sa.Text, nullable=False, unique=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("encoding", sa.String(40), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_source", sa.String(20)),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Column("root", sa.Text),  # absolute folder `path` was found under, for `timeline show`
)

models = sa.Table(
    "models",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),  # folded canonical name
    sa.Column("canonical", sa.Text, nullable=False),
    sa.Column("organization", sa.Text),
)

model_aliases = sa.Table(
    "model_aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("model_id", sa.Integer, sa.ForeignKey("models.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("alias", sa.Text, nullable=False),
    sa.Column("key", sa.Text, nullable=False, unique=True),  # folded alias: one model per alias
)

model_mentions = sa.Table(
    "model_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    _model_fk(),
    sa.Column("name", sa.Text, nullable=False),  # as first written in the file
    sa.Column("organization", sa.Text),
    *_provenance(),
    _terms(),
    sa.UniqueConstraint("document_id", "model_id"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    sa.Column("date", sa.String(10), nullable=False),
    sa.Column("precision", sa.String(5), nullable=False),
    sa.Column("qualifier", sa.String(5)),
    sa.Column("earliest", sa.Date, nullable=False),
    sa.Column("latest", sa.Date, nullable=False),
    sa.Column("organization", sa.Text),
    sa.Column("action", sa.Text),
    sa.Column("status", sa.String(10), nullable=False),
    *_provenance(),
    _terms(),
    sa.UniqueConstraint("document_id", "date", "char_start", "char_end"),
)

event_models = sa.Table(
    "event_models",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("model_id", sa.Integer, sa.ForeignKey("models.id"), primary_key=True, index=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
)

parameter_counts = sa.Table(
    "parameter_counts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    _model_fk(),
    sa.Column("model_name", sa.Text, nullable=False),
    sa.Column("value", sa.BigInteger, nullable=False),
    sa.Column("value_high", sa.BigInteger),
    sa.Column("approx", sa.Boolean, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    *_provenance(),
    _terms(),
    sa.UniqueConstraint("document_id", "model_id", "value", "char_start"),
)

benchmark_scores = sa.Table(
    "benchmark_scores",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    _model_fk(),
    sa.Column("model_name", sa.Text, nullable=False),
    sa.Column("benchmark", sa.Text, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("unit", sa.String(10)),
    sa.Column("comparator", sa.String(2), nullable=False),
    *_provenance(),
    _terms(),
    # (its score too: "88.1 on MMLU (5-shot) and 90.0 on MMLU (CoT)" start at one place, two facts)
    sa.UniqueConstraint("document_id", "model_id", "benchmark", "char_start", "score"),
)

context_windows = sa.Table(
    "context_windows",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    _model_fk(),
    sa.Column("model_name", sa.Text, nullable=False),
    sa.Column("tokens", sa.BigInteger),
    sa.Column("chars", sa.BigInteger),
    *_provenance(),
    _terms(),
    # (where it ends too: "256K tokens natively and 1M with extrapolation" start at one place, two facts; not its
    # length, which is tokens or chars, the other null, and nulls never repeat a key)
    sa.UniqueConstraint("document_id", "model_id", "char_start", "char_end"),
)

FACT_TABLES = (model_mentions, events, parameter_counts, benchmark_scores, context_windows)
# Fact kinds as GUIDELINES.md names them -> their tables.
KIND_TABLES = {"model": model_mentions, "event": events, "parameters": parameter_counts,
               "benchmark": benchmark_scores, "context": context_windows}
