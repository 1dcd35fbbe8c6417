"""A score in its natural key, and where a context length's claim ends in its: two claims that
start at the same place are two facts when they give two values ("Foo-4 scores 88.1 on MMLU
(5-shot) and 90.0 on MMLU (CoT)", "supports 256K tokens natively and 1M with extrapolation"); the
writer had kept the first only, as a fact stated twice. (A length is in tokens or in characters,
the other null, and a null never repeats a key: the claim's end stands for it.)

SQLite cannot drop a table's unique constraint: the two tables are copied (Alembic's batch mode),
and the views over them, which SQLite checks when a table is renamed, are dropped first and made
again as they were.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> (its natural key before, after)
KEYS = {
    "benchmark_scores": (("document_id", "model_id", "benchmark", "char_start"),
                         ("document_id", "model_id", "benchmark", "char_start", "score")),
    "context_windows": (("document_id", "model_id", "char_start"),
                        ("document_id", "model_id", "char_start", "char_end")),
}


def _rekey(after: int) -> None:
    bind = op.get_bind()
    views: list[tuple[str, str]] = []
    if bind.dialect.name == "sqlite":
        views = [(name, sql) for name, sql in bind.execute(sa.text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid"))]
        for name, _ in reversed(views):
            op.execute(f"DROP VIEW {name}")
    for table, keys in KEYS.items():
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_document_id", type_="unique")
            batch.create_unique_constraint(f"uq_{table}_document_id", list(keys[after]))
    for _, sql in views:
        op.execute(sql)


def upgrade() -> None:
    _rekey(1)


def downgrade() -> None:
    _rekey(0)
