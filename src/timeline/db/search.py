"""Full-text search over fact quotes and event summaries (`timeline search`).

The writer calls `index_document` in the file's own transaction. Terms come from
timeline/text/terms.py (CJK character pairs, lower-cased Latin words); SQLite looks them up in
the FTS5 table search_fts, ranked by bm25; PostgreSQL matches the stored terms with LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.db.schema import KIND_TABLES, search_index
from timeline.text.terms import index_terms, query_terms

# kind -> what besides the quote is searchable about a fact (an event's summary; the model name)
SEARCHABLE: dict[str, str] = {
    "model": "name",
    "event": "date || ' ' || COALESCE(organization, '') || ' ' || COALESCE(action, '') || ' ' || status",
    "parameters": "model_name",
    "benchmark": "model_name || ' ' || benchmark",
    "context": "model_name",
}


def event_models(conn: Connection, event_ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    if event_ids:
        rows = conn.execute(sa.text("SELECT event_id, name FROM event_models WHERE event_id IN :ids "
                                    "ORDER BY event_id, position").bindparams(sa.bindparam("ids", expanding=True)),
                            {"ids": event_ids})
        for event_id, name in rows:
            names.setdefault(event_id, []).append(name)
    return names


def index_document(conn: Connection, document_id: int) -> int:
    """(Re)build the search rows of one document's facts; returns how many."""
    conn.execute(sa.delete(search_index).where(search_index.c.document_id == document_id))
    rows = []
    for kind, extra in SEARCHABLE.items():
        facts = conn.execute(sa.text(f"SELECT id, quote, {extra} FROM {KIND_TABLES[kind].name} WHERE document_id = :d"),
                             {"d": document_id}).all()
        models = event_models(conn, [f[0] for f in facts]) if kind == "event" else {}
        for fact_id, quote, summary in facts:
            text = " ".join([quote, summary or "", *models.get(fact_id, [])])
            rows.append({"document_id": document_id, "kind": kind, "fact_id": fact_id, "terms": index_terms(text)})
    if rows:
        conn.execute(search_index.insert(), rows)
    return len(rows)


def index_all(conn: Connection) -> None:
    for (document_id,) in conn.execute(sa.text("SELECT id FROM documents ORDER BY id")).all():
        index_document(conn, document_id)


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
    found = conn.execute(sa.select(search_index.c.id, search_index.c.kind, search_index.c.fact_id)
                         .where(search_index.c.id.in_(ids))).all()
    order = {row_id: i for i, row_id in enumerate(ids)}
    hits = []
    for _, kind, fact_id in sorted(found, key=lambda r: order[r[0]]):
        row = conn.execute(sa.text(f"SELECT d.path, f.line_start, f.line_end, f.quote FROM {KIND_TABLES[kind].name} f "
                                   "JOIN documents d ON d.id = f.document_id WHERE f.id = :i"), {"i": fact_id}).first()
        if row is not None:
            hits.append(Hit(kind, fact_id, row.path, row.line_start, row.line_end, row.quote))
    return hits
