"""Writing one file's extraction: every write in one transaction, upserts on natural keys.

Natural keys: a document by its path; a model by the folded form of any of its names (the
model_aliases table holds one row per form, so "通义千问" and "Qwen" reach one model); a
fact by its document, model and place in the file. A changed file has its facts replaced;
an unchanged one (same SHA-256) is never written.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.db import driver
from timeline.db.fts import FtsBatch
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
)
from timeline.db.search import record_terms
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


def _model_ids_of_document(conn: Connection, document_id: int) -> set[int]:
    ids: set[int] = set()
    for table in (model_mentions, parameter_counts, benchmark_scores, context_windows):
        ids.update(conn.scalars(sa.select(table.c.model_id).where(table.c.document_id == document_id)))
    ids.update(conn.scalars(sa.select(event_models.c.model_id).join(events).where(events.c.document_id == document_id)))
    return ids


def _delete_facts(conn: Connection, document_id: int, batch: FtsBatch) -> set[int]:
    model_ids = _model_ids_of_document(conn, document_id)
    batch.remove(conn, document_id)
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
        self.records: dict[ModelNames, int] = {}  # a model's names as a file states them -> its id

    def clear(self) -> None:
        self.ids.clear()
        self.records.clear()


def _model_ids(conn: Connection, records: Sequence[ModelNames], cache: ModelCache) -> list[int]:
    """The model id of each record, creating models and aliases as needed: one look-up for all
    the names the cache does not know, one insert per new model, one insert for new aliases."""
    resolved = cache.records
    keyed = [(r, _keys(r)) for r in records if r not in resolved]
    unknown = sorted({k for _, keys in keyed for k in keys if k not in cache.ids})
    found: dict[str, int] = {}
    if unknown:
        marks = ", ".join(["?"] * len(unknown))
        rows = driver.run(conn, f'SELECT "key", model_id FROM model_aliases WHERE "key" IN ({marks})', unknown)
        found = {k: int(i) for k, i in rows.fetchall()}
    new_aliases = []
    for record, keys in keyed:
        if record in resolved:  # named twice in this file
            continue
        if all(k in cache.ids for k in keys) and len({cache.ids[k] for k in keys}) == 1:
            resolved[record] = cache.ids[keys[0]]
            continue
        model_id = next((cache.ids.get(k) or found.get(k) for k in keys if k in cache.ids or k in found), None)
        if model_id is None:  # a concurrent run inserting the same key makes this fail; the run retries
            model_id = int(driver.run(conn, _insert_sql(conn, models, ("key", "canonical", "organization"),
                                                        " RETURNING id"),
                                      (keys[0], record[0], record[3])).fetchone()[0])
        elif record[3]:
            driver.run(conn, "UPDATE models SET organization = ? WHERE id = ? AND organization IS NULL",
                       (record[3], model_id))
        for form in dict.fromkeys((record[0], record[1], *record[2])):
            key = fold(form)
            if key and key not in found and key not in cache.ids:
                new_aliases.append((model_id, form, key))
                found[key] = model_id
        for key in keys:
            cache.ids.setdefault(key, model_id)
        resolved[record] = model_id
    if new_aliases:  # (a concurrent run may have added one: ON CONFLICT, SQLite and PostgreSQL alike)
        driver.run(conn, _insert_sql(conn, model_aliases, ("model_id", "alias", "key"), " ON CONFLICT DO NOTHING"),
                   new_aliases, many=True)
    return [resolved[r] for r in records]


@lru_cache(maxsize=16384)  # the same models recur in every file
def _keys(record: ModelNames) -> list[str]:
    """The folded forms of a model's names, canonical first (the first is the model's key)."""
    return [k for k in dict.fromkeys(fold(f) for f in (record[0], record[1], *record[2])) if k]


# What the writer needs of a ModelRecord: (canonical, name, aliases, organization). A plain tuple:
# pickle rebuilds a NamedTuple through Python, which took 5 % of the writing process's time.
ModelNames = tuple[str, str, tuple[str, ...], str | None]


def _filled_by_worker(kind: str) -> tuple[str, ...]:
    """The columns a worker fills for a fact kind, in table order: all but the ids."""
    return tuple(c.name for c in KIND_TABLES[kind].columns if c.name not in ("id", "document_id", "model_id"))


# One fact as a worker hands it over: (values, model, event models), where
# - values: _filled_by_worker(kind), in order (prepare() writes them in table order, search terms last);
# - model: an index into Prepared.models (mentions), a model name, or None (events);
# - event models: the names an event links to.
# (A plain tuple: pickle rebuilds a NamedTuple through Python, three times slower for a file's rows.)
Row = tuple[tuple[Any, ...], int | str | None, tuple[str, ...]]


@dataclass
class Prepared:
    """One file's facts as plain tuples, built in a worker process (cheap to send and to write)."""

    models: list[ModelNames] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {kind: [] for kind in KIND_TABLES})


def prepare(facts: Sequence[FactRecord]) -> Prepared:
    """The rows of `facts`, each with its search terms."""
    out = Prepared()
    for fact in facts:
        p = fact.prov
        # every fact table ends with the provenance columns, then the search terms
        last = (p.line_start, p.line_end, p.char_start, p.char_end, p.quote, record_terms(fact))
        if isinstance(fact, ModelRecord):
            out.rows["model"].append(((fact.name, fact.org, *last), len(out.models), ()))
            out.models.append((fact.canonical, fact.name, tuple(fact.aliases), fact.org))
        elif isinstance(fact, EventRecord):
            out.rows["event"].append(((fact.date, fact.precision, fact.qualifier, fact.earliest, fact.latest,
                                       fact.org, fact.action, fact.status, *last), None, tuple(fact.models)))
        elif isinstance(fact, ParameterRecord):
            out.rows["parameters"].append(((fact.model, fact.value, fact.value_high, fact.approx, fact.active,
                                            *last), fact.model, ()))
        elif isinstance(fact, BenchmarkRecord):
            out.rows["benchmark"].append(((fact.model, fact.benchmark, fact.score, fact.unit, fact.comparator,
                                           *last), fact.model, ()))
        elif isinstance(fact, ContextRecord):
            out.rows["context"].append(((fact.model, fact.tokens, fact.chars, *last), fact.model, ()))
    return out


@cache
def _processors(dialect: sa.Dialect, table: sa.Table, columns: tuple[str, ...]) -> tuple[tuple[int, Any], ...]:
    """(position, bind processor) of the columns whose values the driver does not take as they are
    (SQLite stores dates as ISO strings, the way SQLAlchemy writes them)."""
    found = ((i, table.c[c].type.bind_processor(dialect)) for i, c in enumerate(columns))
    return tuple((i, proc) for i, proc in found if proc is not None)


def _driver_rows(conn: Connection, table: sa.Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
                 ) -> list[tuple[Any, ...]]:
    processors = _processors(conn.dialect, table, columns)
    if not processors:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for i, proc in processors:
            values[i] = proc(values[i])
        converted.append(tuple(values))
    return converted


def _insert_sql(conn: Connection, table: sa.Table, columns: tuple[str, ...], returning: str = "") -> str:
    return _insert_sql_of(conn.dialect, table, columns, returning)


@cache
def _insert_sql_of(dialect: sa.Dialect, table: sa.Table, columns: tuple[str, ...], returning: str) -> str:
    quote = dialect.identifier_preparer.quote
    return (f"INSERT INTO {table.name} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join(['?'] * len(columns))}){returning}")


def store_extraction(conn: Connection, doc: DocumentRecord, facts: Sequence[FactRecord] | Prepared, path: str,
                     cache: ModelCache | None = None, root: str | None = None, batch: FtsBatch | None = None
                     ) -> Counter[str]:
    """Write one file's document and facts inside the caller's transaction; returns fact counts.
    The statements of every new file go straight to the driver (timeline/db/driver.py). `batch`:
    the caller adds the facts' terms to FTS5 for several files at once (timeline/db/fts.py)."""
    prepared = facts if isinstance(facts, Prepared) else prepare(facts)
    cache = cache if cache is not None else ModelCache()
    batch = batch if batch is not None else FtsBatch()  # (not begun: indexes at once)
    values = {"path": path, "sha256": doc.sha256, "size_bytes": doc.size_bytes, "encoding": doc.encoding,
              "title": doc.title, "published": doc.published, "published_source": doc.published_source,
              "ingested_at": dt.datetime.now(dt.UTC).replace(tzinfo=None), "root": root}
    row = driver.run(conn, "SELECT id, sha256 FROM documents WHERE path = ?", (path,)).fetchone()
    if row is not None and row[1] == doc.sha256:
        return Counter()  # another run stored this very content meanwhile
    stale_models: set[int] = set()
    if row is not None:
        document_id = int(row[0])
        stale_models = _delete_facts(conn, document_id, batch)
        conn.execute(sa.update(documents).where(documents.c.id == document_id).values(**values))
    else:
        columns = tuple(values)
        (document,) = _driver_rows(conn, documents, columns, [tuple(values.values())])
        document_id = int(driver.run(conn, _insert_sql(conn, documents, columns, " RETURNING id"),
                                     document).fetchone()[0])
    counts = _insert_facts(conn, document_id, prepared, cache, batch)
    drop_orphan_models(conn, stale_models)
    return counts


@cache
def _layout(kind: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The insert columns of a kind and the positions of its natural key in them."""
    table = KIND_TABLES[kind]
    columns = ("document_id", *(("model_id",) if "model_id" in table.c else ()), *_filled_by_worker(kind))
    unique = next(c for c in table.constraints if isinstance(c, sa.UniqueConstraint)).columns
    return columns, tuple(columns.index(c.name) for c in unique)


def _insert_rows(conn: Connection, table: sa.Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """One executemany straight to the driver."""
    driver.run(conn, _insert_sql(conn, table, columns), _driver_rows(conn, table, columns, rows), many=True)


def _max_id(conn: Connection, table: sa.Table) -> int:
    return int(driver.run(conn, f"SELECT max(id) FROM {table.name}").fetchone()[0] or 0)


def _insert_returning_ids(conn: Connection, table: sa.Table, columns: tuple[str, ...], key_at: tuple[int, ...],
                          document_id: int, rows: list[tuple[Any, ...]]) -> list[int]:
    """Insert one document's rows of `table`; their ids, in order. SQLite gives each new row the
    largest id plus one, and this transaction holds the write lock (BEGIN IMMEDIATE), so the ids
    follow the largest one before the insert; checked after it. Otherwise (PostgreSQL) the rows
    are read back by their natural key."""
    if conn.dialect.name == "sqlite":
        before = _max_id(conn, table)
        _insert_rows(conn, table, columns, rows)
        if _max_id(conn, table) == before + len(rows):
            return list(range(before + 1, before + 1 + len(rows)))
    else:
        _insert_rows(conn, table, columns, rows)
    quote = conn.dialect.identifier_preparer.quote
    keys = [columns[i] for i in key_at]
    stored = driver.run(conn, f"SELECT id, {', '.join(map(quote, keys))} FROM {table.name} WHERE document_id = ?",
                        (document_id,))
    id_of = {tuple(r[1:]): r[0] for r in stored.fetchall()}
    return [id_of[tuple(values[i] for i in key_at)] for values in _driver_rows(conn, table, columns, rows)]


def _insert_facts(conn: Connection, document_id: int, prepared: Prepared, cache: ModelCache, batch: FtsBatch
                  ) -> Counter[str]:
    """One insert per fact table, then the event links and the full-text index. Rows that repeat a
    natural key are dropped here (a file states a fact once). Only events need their new ids
    (for their links to models)."""
    record_ids = _model_ids(conn, prepared.models, cache)
    model_ids: dict[str, int] = {}
    for record, record_id in zip(prepared.models, record_ids, strict=True):
        for key in _keys(record):
            model_ids.setdefault(key, record_id)
    counts: Counter[str] = Counter()
    links: list[tuple[Any, ...]] = []
    for kind, candidates in prepared.rows.items():
        if not candidates:
            continue
        table = KIND_TABLES[kind]
        columns, key_at = _layout(kind)
        key_of = operator.itemgetter(*key_at)
        with_model = columns[1] == "model_id"
        kept: list[tuple[tuple[Any, ...], Row]] = []
        seen: set[tuple[Any, ...]] = set()
        for row in candidates:
            if with_model:
                ref = row[1]
                mid = record_ids[ref] if isinstance(ref, int) else model_ids.get(fold(str(ref)))
                if mid is None:
                    continue  # names no stored model
                values = (document_id, mid, *row[0])
            else:
                values = (document_id, *row[0])
            key = key_of(values)
            if key not in seen:
                seen.add(key)
                kept.append((values, row))
        if not kept:
            continue
        counts[kind] = len(kept)
        if table is not events:
            _insert_rows(conn, table, columns, [values for values, _ in kept])
            continue
        event_ids = _insert_returning_ids(conn, table, columns, key_at, document_id, [values for values, _ in kept])
        for event_id, (_, (_, _, names)) in zip(event_ids, kept, strict=True):
            linked: set[int] = set()
            for position, name in enumerate(names):
                linked_id = model_ids.get(fold(name))
                if linked_id is not None and linked_id not in linked:
                    linked.add(linked_id)
                    links.append((event_id, linked_id, name, position))
    if links:
        _insert_rows(conn, event_models, ("event_id", "model_id", "name", "position"), links)
    if counts:
        batch.add(conn, document_id)
    return counts


def delete_document(conn: Connection, path: str, batch: FtsBatch | None = None) -> bool:
    document_id = conn.scalar(sa.select(documents.c.id).where(documents.c.path == path))
    if document_id is None:
        return False
    stale = _delete_facts(conn, document_id, batch if batch is not None else FtsBatch())
    conn.execute(sa.delete(documents).where(documents.c.id == document_id))
    drop_orphan_models(conn, stale)
    return True
