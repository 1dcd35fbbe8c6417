"""Drop the document_id indexes of the fact tables: each table's natural key starts with
document_id, so its unique index already serves look-ups and deletes by document, and every
insert kept one more B-tree up to date for nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("model_mentions", "events", "parameter_counts", "benchmark_scores", "context_windows")


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_document_id", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_document_id", table, ["document_id"])
