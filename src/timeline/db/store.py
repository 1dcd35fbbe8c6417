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
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

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
from timeline.db.search import index_in_fts, record_terms, unindex_in_fts
from timeline.records import (
    BenchmarkRecord,
    ContextRecord,
    DocumentRecord,
    EventRecord,
    FactRecord,
    ModelRecord,
    ParameterRecord,
)
from timeline.registry import fold


def insert_ignore(conn: Connection, table: sa.Table) -> Any:
    """INSERT that skips rows whose natural key exists already (SQLite and PostgreSQL)."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return table.insert()


def _model_ids_of_document(conn: Connection, document_id: int) -> set[int]:
    ids: set[int] = set()
    for table in (model_mentions, parameter_counts, benchmark_scores, context_windows):
        ids.update(conn.scalars(sa.select(table.c.model_id).where(table.c.document_id == document_id)))
    ids.update(conn.scalars(sa.select(event_models.c.model_id).join(events).where(events.c.document_id == document_id)))
    return ids


def _delete_facts(conn: Connection, document_id: int) -> set[int]:
    model_ids = _model_ids_of_document(conn, document_id)
    unindex_in_fts(conn, document_id)
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


def _model_ids(conn: Connection, records: Sequence[ModelNames], cache: ModelCache) -> list[int]:
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


class ModelNames(NamedTuple):
    """What the writer needs of a ModelRecord (a plain tuple pickles ten times faster)."""

    canonical: str
    name: str
    aliases: tuple[str, ...]
    org: str | None


def _filled_by_worker(kind: str) -> tuple[str, ...]:
    """The columns a worker fills for a fact kind, in table order: all but the ids."""
    return tuple(c.name for c in KIND_TABLES[kind].columns if c.name not in ("id", "document_id", "model_id"))


class Row(NamedTuple):
    values: tuple[Any, ...]  # _filled_by_worker(kind), in order (prepare() writes them in table order)
    model: int | str | None  # index into Prepared.models (mentions), a model name, or None (events)
    terms: str  # search terms
    event_models: tuple[str, ...] = ()


@dataclass
class Prepared:
    """One file's facts as plain tuples, built in a worker process (cheap to send and to write)."""

    models: list[ModelNames] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {kind: [] for kind in KIND_TABLES})


def prepare(facts: Sequence[FactRecord]) -> Prepared:
    """The rows of `facts`, each with its search terms."""
    out = Prepared()
    for fact in facts:
        p, terms = fact.prov, record_terms(fact)
        prov = (p.line_start, p.line_end, p.char_start, p.char_end, p.quote)
        if isinstance(fact, ModelRecord):
            out.rows["model"].append(Row((fact.name, fact.org, *prov), len(out.models), terms))
            out.models.append(ModelNames(fact.canonical, fact.name, tuple(fact.aliases), fact.org))
        elif isinstance(fact, EventRecord):
            out.rows["event"].append(Row((fact.date, fact.precision, fact.qualifier, fact.earliest, fact.latest,
                                          fact.org, fact.action, fact.status, *prov), None, terms, tuple(fact.models)))
        elif isinstance(fact, ParameterRecord):
            out.rows["parameters"].append(Row((fact.model, fact.value, fact.value_high, fact.approx, fact.active,
                                               *prov), fact.model, terms))
        elif isinstance(fact, BenchmarkRecord):
            out.rows["benchmark"].append(Row((fact.model, fact.benchmark, fact.score, fact.unit, fact.comparator,
                                              *prov), fact.model, terms))
        elif isinstance(fact, ContextRecord):
            out.rows["context"].append(Row((fact.model, fact.tokens, fact.chars, *prov), fact.model, terms))
    return out


def store_extraction(conn: Connection, doc: DocumentRecord, facts: Sequence[FactRecord] | Prepared, path: str,
                     cache: ModelCache | None = None, root: str | None = None) -> Counter[str]:
    """Write one file's document and facts inside the caller's transaction; returns fact counts."""
    prepared = facts if isinstance(facts, Prepared) else prepare(facts)
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
    counts = _insert_facts(conn, document_id, prepared, cache)
    drop_orphan_models(conn, stale_models)
    return counts


@cache
def _layout(kind: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The insert columns of a kind, the positions of its natural key in them, and the
    positions of its date columns."""
    table = KIND_TABLES[kind]
    columns = ("document_id", *(("model_id",) if "model_id" in table.c else ()), *_filled_by_worker(kind))
    unique = next(c for c in table.constraints if isinstance(c, sa.UniqueConstraint)).columns
    dates = tuple(i for i, c in enumerate(columns) if isinstance(table.c[c].type, sa.Date))
    return columns, tuple(columns.index(c.name) for c in unique), dates


def _insert_rows(conn: Connection, table: sa.Table, columns: Sequence[str], rows: list[tuple[Any, ...]],
                 dates: Sequence[int] = ()) -> None:
    """One executemany straight to the driver: SQLAlchemy's per-row parameter handling costs
    more than the insert itself. SQLite gets dates as the ISO strings SQLAlchemy would store."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {table.name} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join([mark] * len(columns))})")
    if dates and conn.dialect.name == "sqlite":
        rows = [tuple(v.isoformat() if i in dates and v is not None else v for i, v in enumerate(r)) for r in rows]
    conn.exec_driver_sql(sql, rows)


def _insert_facts(conn: Connection, document_id: int, prepared: Prepared, cache: ModelCache) -> Counter[str]:
    """One insert per fact table, then the event links and the search rows. Rows that repeat a
    natural key are dropped here, so that every stored row's id can be read back by its key."""
    record_ids = _model_ids(conn, prepared.models, cache)
    model_ids: dict[str, int] = {}
    for record, mid in zip(prepared.models, record_ids, strict=True):
        for form in (record.name, record.canonical, *record.aliases):
            model_ids.setdefault(fold(form), mid)
    counts: Counter[str] = Counter()
    search_rows: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    for kind, candidates in prepared.rows.items():
        if not candidates:
            continue
        table = KIND_TABLES[kind]
        columns, key_at, dates = _layout(kind)
        with_model = columns[1] == "model_id"
        kept: list[tuple[tuple[Any, ...], Row]] = []
        seen: set[tuple[Any, ...]] = set()
        for row in candidates:
            if with_model:
                ref = row.model
                mid = record_ids[ref] if isinstance(ref, int) else model_ids.get(fold(str(ref)))
                if mid is None:
                    continue  # names no stored model
                values = (document_id, mid, *row.values)
            else:
                values = (document_id, *row.values)
            key = tuple(values[i] for i in key_at)
            if key not in seen:
                seen.add(key)
                kept.append((values, row))
        if not kept:
            continue
        _insert_rows(conn, table, columns, [values for values, _ in kept], dates)
        # the new ids, by natural key
        unique = [table.c[columns[i]] for i in key_at]
        id_of = {tuple(r[1:]): r[0] for r in conn.execute(
            sa.select(table.c.id, *unique).where(table.c.document_id == document_id))}
        for values, row in kept:
            fact_id = id_of[tuple(values[i] for i in key_at)]
            search_rows.append((document_id, kind, fact_id, row.terms))
            linked: set[int] = set()
            for position, name in enumerate(row.event_models):
                mid = model_ids.get(fold(name))
                if mid is not None and mid not in linked:
                    linked.add(mid)
                    links.append((fact_id, mid, name, position))
        counts[kind] = len(kept)
    if links:
        _insert_rows(conn, event_models, ("event_id", "model_id", "name", "position"), links)
    if search_rows:
        _insert_rows(conn, search_index, ("document_id", "kind", "fact_id", "terms"), search_rows)
        index_in_fts(conn, document_id)
    return counts


def delete_document(conn: Connection, path: str) -> bool:
    document_id = conn.scalar(sa.select(documents.c.id).where(documents.c.path == path))
    if document_id is None:
        return False
    stale = _delete_facts(conn, document_id)
    conn.execute(sa.delete(documents).where(documents.c.id == document_id))
    drop_orphan_models(conn, stale)
    return True
