"""Full-text search over fact quotes and event summaries (`timeline search`).

Workers compute each fact's terms (`record_terms`); the writer stores them with the facts in the
file's own transaction and keeps SQLite's FTS5 table in step (timeline/db/fts.py). Terms come
from timeline/text/terms.py (CJK character pairs, lower-cased Latin words); SQLite looks them up
in the FTS5 table search_fts, ranked by bm25; PostgreSQL matches the stored terms with LIKE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.db.schema import KIND_TABLES, documents
from timeline.records import KIND_OF, FactRecord
from timeline.text.terms import index_terms, query_terms


def fact_terms(kind: str, quote: str, field: Callable[[str], Any]) -> str:
    """The index words of one fact: its quote plus, for an event, its summary (date,
    organization, action, status, models); for the other kinds, the model (and benchmark).
    `field(name)`: the fact's value of a field (a record's attribute or a stored column)."""
    if kind == "event":
        extra = [field("date"), field("org") or "", field("action") or "", field("status"), *field("models")]
    elif kind == "model":
        extra = [field("name")]
    elif kind == "benchmark":
        extra = [field("model"), field("benchmark")]
    else:
        extra = [field("model")]
    return index_terms(" ".join([quote, *extra]))


def record_terms(record: FactRecord) -> str:
    """fact_terms of an extracted record (computed in the worker processes)."""
    return fact_terms(KIND_OF[type(record)], record.prov.quote, partial(getattr, record))


# The view search_index (migration 0004) numbers a fact's row as its id times 8 plus its kind's code.
KIND_OF_CODE = ("model", "event", "parameters", "benchmark", "context")

# kind -> the columns fact_terms reads, as SQL (for facts stored before the index existed)
_STORED_FIELDS = {
    "model": "name",
    "event": "date, organization AS org, action, status",
    "parameters": "model_name AS model",
    "benchmark": "model_name AS model, benchmark",
    "context": "model_name AS model",
}


def index_all(conn: Connection, search_index: sa.Table) -> None:
    """Search rows for every stored fact, in `search_index` as migration 0002 made it (a table of
    its own then; since 0004 the terms are a column of each fact table)."""
    models: dict[int, list[str]] = {}
    for event_id, name in conn.execute(sa.text("SELECT event_id, name FROM event_models ORDER BY event_id, position")):
        models.setdefault(event_id, []).append(name)
    rows = []
    for kind, fields in _STORED_FIELDS.items():
        for fact in conn.execute(sa.text(f"SELECT id, document_id, quote, {fields} FROM {KIND_TABLES[kind].name}")
                                 ).mappings():
            terms = fact_terms(kind, fact["quote"], {**fact, "models": models.get(fact["id"], [])}.__getitem__)
            rows.append({"document_id": fact["document_id"], "kind": kind, "fact_id": fact["id"], "terms": terms})
    if rows:
        conn.execute(search_index.insert(), rows)
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))


@dataclass(frozen=True)
class Hit:
    kind: str
    fact_id: int
    file: str
    line_start: int
    line_end: int
    quote: str

    @property
    def ref(self) -> str:
        """How `timeline show` names this fact."""
        return f"{self.kind}:{self.fact_id}"


def _matching_ids(conn: Connection, phrases: list[tuple[str, bool]], limit: int) -> list[int]:
    """search_index ids whose terms hold every phrase, best first."""
    if conn.dialect.name == "sqlite":
        expr = " AND ".join('"' + p.replace('"', '""') + '"' + ("*" if prefix else "") for p, prefix in phrases)
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY bm25(search_fts), rowid LIMIT :n"
        return [r[0] for r in conn.execute(sa.text(sql), {"q": expr, "n": limit})]
    # ' ' || terms || ' ' LIKE '% w1 w2 %': the phrase as whole words; one CJK character as a prefix
    params: dict[str, object] = {"n": limit}
    clauses = []
    for i, (phrase, prefix) in enumerate(phrases):
        params[f"p{i}"] = f"% {phrase}{'%' if prefix else ' %'}"
        clauses.append(f"(' ' || terms || ' ') LIKE :p{i}")
    sql = f"SELECT id FROM search_index WHERE {' AND '.join(clauses)} ORDER BY id LIMIT :n"
    return [r[0] for r in conn.execute(sa.text(sql), params)]


def search(conn: Connection, text: str, limit: int = 20) -> list[Hit]:
    phrases = query_terms(text)
    if not phrases:
        return []
    ids = _matching_ids(conn, phrases, limit)
    if not ids:
        return []
    found = [(KIND_OF_CODE[row_id % 8], row_id // 8) for row_id in ids]  # best first
    wanted: dict[str, list[int]] = {}
    for kind, fact_id in found:
        wanted.setdefault(kind, []).append(fact_id)
    facts: dict[tuple[str, int], Hit] = {}
    for kind, fact_ids in wanted.items():  # one query per kind, not per hit
        table = KIND_TABLES[kind]
        rows = conn.execute(sa.select(table.c.id, documents.c.path, table.c.line_start, table.c.line_end,
                                      table.c.quote).join(documents, documents.c.id == table.c.document_id)
                            .where(table.c.id.in_(fact_ids)))
        for fact_id, path, line_start, line_end, quote in rows:
            facts[kind, fact_id] = Hit(kind, fact_id, path, line_start, line_end, quote)
    return [facts[hit] for hit in found if hit in facts]
