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
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from timeline.db.schema import (
    FACT_TABLES,
    KIND_TABLES,
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
from timeline.db.search import record_terms
from timeline.jsonl import fact_row
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


def _model_ids(conn: Connection, records: Sequence[ModelRecord], cache: ModelCache) -> list[int]:
    """The model id of each record, creating models and aliases as needed: one look-up for all
    the names the cache does not know, one insert per new model, one insert for new aliases."""
    keyed = [(r, [k for k in dict.fromkeys(fold(f) for f in (r.canonical, r.name, *r.aliases)) if k])
             for r in records]
    unknown = sorted({k for _, keys in keyed for k in keys if k not in cache.ids})
    found: dict[str, int] = {}
    if unknown:
        rows = conn.execute(sa.select(model_aliases.c.key, model_aliases.c.model_id)
                            .where(model_aliases.c.key.in_(unknown)))
        found = {k: int(i) for k, i in rows}
    ids, new_aliases = [], []
    for record, keys in keyed:
        if all(k in cache.ids for k in keys) and len({cache.ids[k] for k in keys}) == 1:
            ids.append(cache.ids[keys[0]])
            continue
        model_id = next((cache.ids.get(k) or found.get(k) for k in keys if k in cache.ids or k in found), None)
        if model_id is None:  # a concurrent run inserting the same key makes this fail; the run retries
            model_id = int(conn.scalar(sa.insert(models).returning(models.c.id),
                                       {"key": keys[0], "canonical": record.canonical, "organization": record.org}))
        elif record.org:
            conn.execute(sa.update(models).where(models.c.id == model_id, models.c.organization.is_(None))
                         .values(organization=record.org))
        for form in dict.fromkeys((record.canonical, record.name, *record.aliases)):
            key = fold(form)
            if key and key not in found and key not in cache.ids:
                new_aliases.append({"model_id": model_id, "alias": form, "key": key})
                found[key] = model_id
        for key in keys:
            cache.ids.setdefault(key, model_id)
        ids.append(model_id)
    if new_aliases:
        conn.execute(insert_ignore(conn, model_aliases), new_aliases)
    return ids


def store_extraction(conn: Connection, doc: DocumentRecord, facts: Sequence[FactRecord], path: str,
                     cache: ModelCache | None = None, root: str | None = None,
                     terms: Sequence[str] | None = None) -> Counter[str]:
    """Write one file's document and facts inside the caller's transaction; returns fact counts.
    `terms` are the facts' search terms (search.record_terms), computed here when not given."""
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
    if terms is None:
        terms = [record_terms(f) for f in facts]
    counts = _insert_facts(conn, document_id, facts, terms, cache)
    drop_orphan_models(conn, stale_models)
    return counts


def _fact_values(document_id: int, fact: FactRecord, model_id: int | None) -> dict[str, Any] | None:
    """The row of one fact (None when it names no stored model)."""
    row: dict[str, Any] = {"document_id": document_id, **_prov(fact.prov)}
    if isinstance(fact, EventRecord):
        return row | {"date": fact.date, "precision": fact.precision, "qualifier": fact.qualifier,
                      "earliest": fact.earliest, "latest": fact.latest, "organization": fact.org,
                      "action": fact.action, "status": fact.status}
    if model_id is None:
        return None
    row["model_id"] = model_id
    if isinstance(fact, ModelRecord):
        return row | {"name": fact.name, "organization": fact.org}
    if isinstance(fact, ParameterRecord):
        return row | {"model_name": fact.model, "value": fact.value, "value_high": fact.value_high,
                      "approx": fact.approx, "active": fact.active}
    if isinstance(fact, BenchmarkRecord):
        return row | {"model_name": fact.model, "benchmark": fact.benchmark, "score": fact.score, "unit": fact.unit,
                      "comparator": fact.comparator}
    assert isinstance(fact, ContextRecord)
    return row | {"model_name": fact.model, "tokens": fact.tokens, "chars": fact.chars}


@cache
def _unique_columns(table: sa.Table) -> tuple[sa.Column[Any], ...]:
    """The columns of the table's unique constraint: its natural key."""
    return tuple(next(c for c in table.constraints if isinstance(c, sa.UniqueConstraint)).columns)


def _natural_key(table: sa.Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in _unique_columns(table))


def _insert_facts(conn: Connection, document_id: int, facts: Sequence[FactRecord], terms: Sequence[str],
                  cache: ModelCache) -> Counter[str]:
    """One INSERT .. RETURNING per fact table, then the event links and the search rows. Facts
    that repeat a natural key are dropped here, so every inserted row's id is known."""
    model_records = [f for f in facts if isinstance(f, ModelRecord)]
    model_ids: dict[str, int] = {}
    record_ids: dict[int, int] = {}  # id(record) -> model id, for the mentions themselves
    for record, mid in zip(model_records, _model_ids(conn, model_records, cache), strict=True):
        record_ids[id(record)] = mid
        for form in (record.name, record.canonical, *record.aliases):
            model_ids.setdefault(fold(form), mid)
    by_table: dict[str, list[tuple[dict[str, Any], FactRecord, str]]] = {kind: [] for kind in KIND_TABLES}
    seen: set[tuple[Any, ...]] = set()
    for fact, fact_terms in zip(facts, terms, strict=True):
        kind = fact_row(fact, "")["kind"]
        name = getattr(fact, "model", None)
        mid = record_ids[id(fact)] if isinstance(fact, ModelRecord) else model_ids.get(fold(name)) if name else None
        row = _fact_values(document_id, fact, mid)
        key = (kind, *_natural_key(KIND_TABLES[kind], row)) if row is not None else None
        if row is None or key in seen:
            continue
        seen.add(key)
        by_table[kind].append((row, fact, fact_terms))
    counts: Counter[str] = Counter()
    search_rows, links = [], []
    for kind, items in by_table.items():
        if not items:
            continue
        table = KIND_TABLES[kind]
        conn.execute(table.insert(), [row for row, _, _ in items])
        # The new ids by natural key: one SELECT instead of INSERT .. RETURNING, which SQLAlchemy
        # runs row by row when it must keep the order.
        unique = _unique_columns(table)
        id_of = {tuple(r[1:]): r[0] for r in conn.execute(
            sa.select(table.c.id, *unique).where(table.c.document_id == document_id))}
        for row, fact, fact_terms in items:
            fact_id = id_of[_natural_key(table, row)]
            search_rows.append({"document_id": document_id, "kind": kind, "fact_id": fact_id, "terms": fact_terms})
            if isinstance(fact, EventRecord):
                linked: set[int] = set()
                for position, name in enumerate(fact.models):
                    mid = model_ids.get(fold(name))
                    if mid is not None and mid not in linked:
                        linked.add(mid)
                        links.append({"event_id": fact_id, "model_id": mid, "name": name, "position": position})
        counts[kind] = len(items)
    if links:
        conn.execute(sa.insert(event_models), links)
    if search_rows:
        conn.execute(sa.insert(search_index), search_rows)
    return counts


def delete_document(conn: Connection, path: str) -> bool:
    document_id = conn.scalar(sa.select(documents.c.id).where(documents.c.path == path))
    if document_id is None:
        return False
    stale = _delete_facts(conn, document_id)
    conn.execute(sa.delete(documents).where(documents.c.id == document_id))
    drop_orphan_models(conn, stale)
    return True
