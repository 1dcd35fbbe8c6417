"""Writing one file's extraction: every write in one transaction, upserts on natural keys.

Natural keys: a document by its path; a model by the folded form of any of its names (the
model_aliases table holds one row per form, so "通义千问" and "Qwen" reach one model); a
fact by its document, model and place in the file. A changed file has its facts replaced;
an unchanged one (same SHA-256) is never written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from timeline.db.schema import (
    FACT_TABLES,
    benchmark_scores,
    context_windows,
    documents,
    event_models,
    events,
    model_aliases,
    model_mentions,
    models,
    parameter_counts,
    search_index,
)
from timeline.db.search import index_document
from timeline.records import (
    BenchmarkRecord,
    ContextRecord,
    DocumentRecord,
    EventRecord,
    FactRecord,
    ModelRecord,
    ParameterRecord,
    Provenance,
)
from timeline.registry import fold

KINDS = ("model", "event", "parameters", "benchmark", "context")


def insert_ignore(conn: Connection, table: sa.Table) -> Any:
    """INSERT that skips rows whose natural key exists already (SQLite and PostgreSQL)."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return table.insert()


def _prov(p: Provenance) -> dict[str, Any]:
    return {"line_start": p.line_start, "line_end": p.line_end, "char_start": p.char_start,
            "char_end": p.char_end, "quote": p.quote}


def _model_ids_of_document(conn: Connection, document_id: int) -> set[int]:
    ids: set[int] = set()
    for table in (model_mentions, parameter_counts, benchmark_scores, context_windows):
        ids.update(conn.scalars(sa.select(table.c.model_id).where(table.c.document_id == document_id)))
    ids.update(conn.scalars(sa.select(event_models.c.model_id).join(events).where(events.c.document_id == document_id)))
    return ids


def _delete_facts(conn: Connection, document_id: int) -> set[int]:
    model_ids = _model_ids_of_document(conn, document_id)
    conn.execute(sa.delete(search_index).where(search_index.c.document_id == document_id))
    event_ids = sa.select(events.c.id).where(events.c.document_id == document_id).scalar_subquery()
    conn.execute(sa.delete(event_models).where(event_models.c.event_id.in_(event_ids)))
    for table in FACT_TABLES:
        conn.execute(sa.delete(table).where(table.c.document_id == document_id))
    return model_ids


def drop_orphan_models(conn: Connection, candidates: Iterable[int]) -> None:
    """Remove models (and aliases) that no fact refers to any more."""
    candidates = list(candidates)
    if not candidates:
        return
    used: set[int] = set()
    for table in (model_mentions, parameter_counts, benchmark_scores, context_windows, event_models):
        used.update(conn.scalars(sa.select(table.c.model_id).where(table.c.model_id.in_(candidates))))
    orphans = [i for i in candidates if i not in used]
    if orphans:
        conn.execute(sa.delete(model_aliases).where(model_aliases.c.model_id.in_(orphans)))
        conn.execute(sa.delete(models).where(models.c.id.in_(orphans)))


class ModelCache:
    """Model ids by folded name, kept across the files of one run. A model deleted meanwhile by
    another run makes the insert fail on its foreign key; the retry starts with an empty cache."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def clear(self) -> None:
        self.ids.clear()


def _model_id(conn: Connection, record: ModelRecord, cache: ModelCache) -> int:
    forms = [record.canonical, record.name, *record.aliases]
    keys = [k for k in dict.fromkeys(fold(f) for f in forms) if k]
    if all(k in cache.ids for k in keys) and len({cache.ids[k] for k in keys}) == 1:
        return cache.ids[keys[0]]
    rows = conn.execute(sa.select(model_aliases.c.key, model_aliases.c.model_id).where(model_aliases.c.key.in_(keys)))
    found = dict(rows.all())
    model_id = next((found[k] for k in keys if k in found), None)
    if model_id is None:
        conn.execute(insert_ignore(conn, models), {"key": keys[0], "canonical": record.canonical,
                                                   "organization": record.org})
        model_id = conn.scalar(sa.select(models.c.id).where(models.c.key == keys[0]))
    elif record.org:
        conn.execute(sa.update(models).where(models.c.id == model_id, models.c.organization.is_(None))
                     .values(organization=record.org))
    new_aliases = [{"model_id": model_id, "alias": f, "key": fold(f)} for f in dict.fromkeys(forms)
                   if fold(f) and fold(f) not in found]
    if new_aliases:
        conn.execute(insert_ignore(conn, model_aliases), new_aliases)
    for key in keys:
        cache.ids.setdefault(key, int(model_id))
    return int(model_id)


def store_extraction(conn: Connection, doc: DocumentRecord, facts: Sequence[FactRecord], path: str,
                     cache: ModelCache | None = None, root: str | None = None) -> Counter[str]:
    """Write one file's document and facts inside the caller's transaction; returns fact counts."""
    cache = cache if cache is not None else ModelCache()
    values = {"path": path, "sha256": doc.sha256, "size_bytes": doc.size_bytes, "encoding": doc.encoding,
              "title": doc.title, "published": doc.published, "published_source": doc.published_source,
              "ingested_at": dt.datetime.now(dt.UTC).replace(tzinfo=None), "root": root}
    row = conn.execute(sa.select(documents.c.id, documents.c.sha256).where(documents.c.path == path)).first()
    existing = row.id if row else None
    if row is not None and row.sha256 == doc.sha256:
        return Counter()  # another run stored this very content meanwhile
    stale_models: set[int] = set()
    if existing is not None:
        stale_models = _delete_facts(conn, existing)
        conn.execute(sa.update(documents).where(documents.c.id == existing).values(**values))
        document_id = int(existing)
    else:
        document_id = int(conn.execute(sa.insert(documents).values(**values)).inserted_primary_key[0])
    counts = _insert_facts(conn, document_id, facts, cache)
    index_document(conn, document_id)
    drop_orphan_models(conn, stale_models)
    return counts


def _insert_facts(conn: Connection, document_id: int, facts: Sequence[FactRecord], cache: ModelCache
                  ) -> Counter[str]:
    counts: Counter[str] = Counter()
    model_ids: dict[str, int] = {}
    mention_rows = []
    for fact in facts:
        if isinstance(fact, ModelRecord):
            mid = _model_id(conn, fact, cache)
            for form in (fact.name, fact.canonical, *fact.aliases):
                model_ids.setdefault(fold(form), mid)
            mention_rows.append({"document_id": document_id, "model_id": mid, "name": fact.name,
                                 "organization": fact.org, **_prov(fact.prov)})
    if mention_rows:
        conn.execute(insert_ignore(conn, model_mentions), mention_rows)
        counts["model"] = len(mention_rows)

    def mid_of(name: str) -> int | None:
        return model_ids.get(fold(name))

    rows: dict[str, list[dict[str, Any]]] = {"parameters": [], "benchmark": [], "context": []}
    for fact in facts:
        if isinstance(fact, ParameterRecord) and mid_of(fact.model):
            rows["parameters"].append({"document_id": document_id, "model_id": mid_of(fact.model),
                                       "model_name": fact.model, "value": fact.value, "value_high": fact.value_high,
                                       "approx": fact.approx, "active": fact.active, **_prov(fact.prov)})
        elif isinstance(fact, BenchmarkRecord) and mid_of(fact.model):
            rows["benchmark"].append({"document_id": document_id, "model_id": mid_of(fact.model),
                                      "model_name": fact.model, "benchmark": fact.benchmark, "score": fact.score,
                                      "unit": fact.unit, "comparator": fact.comparator, **_prov(fact.prov)})
        elif isinstance(fact, ContextRecord) and mid_of(fact.model):
            rows["context"].append({"document_id": document_id, "model_id": mid_of(fact.model),
                                    "model_name": fact.model, "tokens": fact.tokens, "chars": fact.chars,
                                    **_prov(fact.prov)})
    for kind, table in (("parameters", parameter_counts), ("benchmark", benchmark_scores),
                        ("context", context_windows)):
        if rows[kind]:
            conn.execute(insert_ignore(conn, table), rows[kind])
            counts[kind] = len(rows[kind])
    event_facts = [f for f in facts if isinstance(f, EventRecord)]
    if not event_facts:
        return counts
    event_rows = [{"document_id": document_id, "date": f.date, "precision": f.precision, "qualifier": f.qualifier,
                   "earliest": f.earliest, "latest": f.latest, "organization": f.org, "action": f.action,
                   "status": f.status, **_prov(f.prov)} for f in event_facts]
    # One statement for all events; ids come back in the order of the rows.
    result = conn.execute(sa.insert(events).returning(events.c.id, sort_by_parameter_order=True), event_rows)
    links = []
    for event_id, fact in zip(result.scalars(), event_facts, strict=True):
        linked: set[int] = set()
        for position, name in enumerate(fact.models):
            mid = mid_of(name)
            if mid is not None and mid not in linked:
                linked.add(mid)
                links.append({"event_id": event_id, "model_id": mid, "name": name, "position": position})
    if links:
        conn.execute(sa.insert(event_models), links)
    counts["event"] = len(event_facts)
    return counts


def delete_document(conn: Connection, path: str) -> bool:
    document_id = conn.scalar(sa.select(documents.c.id).where(documents.c.path == path))
    if document_id is None:
        return False
    stale = _delete_facts(conn, document_id)
    conn.execute(sa.delete(documents).where(documents.c.id == document_id))
    drop_orphan_models(conn, stale)
    return True
