"""`timeline stats`: how many facts of each kind, per document, and how many conflicts."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.db.schema import KIND_TABLES


@dataclass(frozen=True)
class Stats:
    documents: int
    models: int
    totals: dict[str, int]
    per_document: list[tuple[str, dict[str, int]]]
    conflicts: int
    conflicts_by_attribute: dict[str, int]


def collect(conn: Connection) -> Stats:
    scalar = lambda sql: int(conn.scalar(sa.text(sql)) or 0)  # noqa: E731
    per_doc: dict[str, dict[str, int]] = {
        path: dict.fromkeys(KIND_TABLES, 0) for (path,) in conn.execute(sa.text("SELECT path FROM documents"))
    }
    for kind, table in KIND_TABLES.items():
        for path, count in conn.execute(sa.text(f"SELECT d.path, COUNT(*) FROM {table.name} f JOIN documents d "
                                                "ON d.id = f.document_id GROUP BY d.path")):
            per_doc[path][kind] = int(count)
    by_attribute = {attr: int(n) for attr, n in conn.execute(
        sa.text("SELECT attribute, COUNT(*) FROM conflicts GROUP BY attribute ORDER BY attribute"))}
    return Stats(
        documents=len(per_doc),
        models=scalar("SELECT COUNT(*) FROM models"),
        totals={kind: sum(counts[kind] for counts in per_doc.values()) for kind in KIND_TABLES},
        per_document=sorted(per_doc.items()),
        conflicts=sum(by_attribute.values()),
        conflicts_by_attribute=by_attribute,
    )


def render(stats: Stats) -> str:
    kinds = list(KIND_TABLES)
    lines = [f"documents: {stats.documents}    models: {stats.models}    conflicts: {stats.conflicts}"
             + (f" ({', '.join(f'{a}: {n}' for a, n in stats.conflicts_by_attribute.items())})"
                if stats.conflicts else ""),
             "facts: " + ", ".join(f"{stats.totals[k]} {k}" for k in kinds), ""]
    width = max([len("document")] + [len(path) for path, _ in stats.per_document])
    lines.append("document".ljust(width) + "".join(k.rjust(12) for k in kinds))
    for path, counts in stats.per_document:
        lines.append(path.ljust(width) + "".join(str(counts[k]).rjust(12) for k in kinds))
    lines.append("total".ljust(width) + "".join(str(stats.totals[k]).rjust(12) for k in kinds))
    return "\n".join(lines) + "\n"
