"""Search terms stored with the facts: each fact table gets a `terms` column, and `search_index`
becomes a view of them (one row per fact, as before), behind the FTS5 table search_fts on SQLite.

Writing the terms in a table of their own cost one more row, with two indexes, for every fact:
about a quarter of the writer's time.

A view row's id is its fact's id times 8 plus its kind's code (model 0, event 1, parameters 2,
benchmark 3, context 4), so a full-text hit names its fact without a look-up.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (kind, code, table), frozen here: timeline/db/search.py decodes the ids with the same codes.
KINDS = (("model", 0, "model_mentions"), ("event", 1, "events"), ("parameters", 2, "parameter_counts"),
         ("benchmark", 3, "benchmark_scores"), ("context", 4, "context_windows"))
VIEW = "CREATE VIEW search_index AS " + " UNION ALL ".join(
    f"SELECT id * 8 + {code} AS id, document_id, '{kind}' AS kind, id AS fact_id, terms FROM {table}"
    for kind, code, table in KINDS)
FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='search_index', content_rowid='id', "
       "tokenize='unicode61')")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    for kind, _, table in KINDS:
        op.add_column(table, sa.Column("terms", sa.Text, nullable=False, server_default=""))  # ALTER TABLE
        op.execute(f"UPDATE {table} SET terms = coalesce((SELECT s.terms FROM search_index s "
                   f"WHERE s.kind = '{kind}' AND s.fact_id = {table}.id), '')")
    if _sqlite():
        op.execute("DROP TABLE search_fts")
    op.drop_index("ix_search_index_document_id", table_name="search_index")
    op.drop_table("search_index")
    op.execute(VIEW)
    if _sqlite():
        op.execute(FTS)
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if _sqlite():
        op.execute("DROP TABLE search_fts")
    op.execute("DROP VIEW search_index")
    op.create_table(  # as 0002 made it
        "search_index",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("fact_id", sa.Integer, nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_search_index_document_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_search_index"),
        sa.UniqueConstraint("kind", "fact_id", name="uq_search_index_kind"),
    )
    op.create_index("ix_search_index_document_id", "search_index", ["document_id"])
    for kind, _, table in KINDS:
        op.execute(f"INSERT INTO search_index (document_id, kind, fact_id, terms) "
                   f"SELECT document_id, '{kind}', id, terms FROM {table} ORDER BY id")
        op.drop_column(table, "terms")  # SQLite >= 3.35 drops a column in place
    if _sqlite():
        op.execute(FTS)
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
