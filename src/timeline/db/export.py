"""Reading facts back out: JSONL in the gold field names, and CSV tables for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.jsonl import document_row, fact_row
from timeline.records import (
    BenchmarkRecord,
    ContextRecord,
    DocumentRecord,
    EventRecord,
    ModelRecord,
    ParameterRecord,
    Provenance,
)
from timeline.registry import fold, load_registry

# CSV tables: name -> SQL. Columns are documented in the README and kept stable.
TABLES: dict[str, str] = {
    "timeline": (
        "SELECT date, precision, qualifier, earliest, latest, models, organization, action, status, "
        "file, line_start, line_end, quote FROM timeline {where} ORDER BY earliest, date, file, line_start"
    ),
    "documents": (
        "SELECT path AS file, title, published, published_source, sha256, size_bytes, encoding, ingested_at "
        "FROM documents {where} ORDER BY path"
    ),
    "models": (
        "SELECT m.canonical, m.organization, "
        "(SELECT COUNT(DISTINCT mm.document_id) FROM model_mentions mm WHERE mm.model_id = m.id) AS documents, "
        "a.aliases FROM models m LEFT JOIN (SELECT model_id, {agg} AS aliases FROM model_aliases "
        "GROUP BY model_id) a ON a.model_id = m.id {where} ORDER BY m.canonical"
    ),
    "parameters": (
        "SELECT m.canonical AS model, p.model_name, p.value, p.value_high, p.approx, p.active, "
        "d.path AS file, p.line_start, p.line_end, p.quote FROM parameter_counts p "
        "JOIN models m ON m.id = p.model_id JOIN documents d ON d.id = p.document_id {where} "
        "ORDER BY m.canonical, p.value, d.path, p.line_start"
    ),
    "benchmarks": (
        "SELECT m.canonical AS model, b.model_name, b.benchmark, b.comparator, b.score, b.unit, "
        "d.path AS file, b.line_start, b.line_end, b.quote FROM benchmark_scores b "
        "JOIN models m ON m.id = b.model_id JOIN documents d ON d.id = b.document_id {where} "
        "ORDER BY b.benchmark, m.canonical, d.path, b.line_start"
    ),
    "contexts": (
        "SELECT m.canonical AS model, c.model_name, c.tokens, c.chars, d.path AS file, c.line_start, "
        "c.line_end, c.quote FROM context_windows c JOIN models m ON m.id = c.model_id "
        "JOIN documents d ON d.id = c.document_id {where} ORDER BY m.canonical, d.path, c.line_start"
    ),
}


def _aggregate(conn: Connection) -> str:
    return "string_agg(alias, '; ')" if conn.dialect.name == "postgresql" else "group_concat(alias, '; ')"


@dataclass(frozen=True)
class Filter:
    """Row filters of `timeline export`. Dates bound an event's [earliest, latest] (an event is kept
    when it overlaps [since, until]); model and organization apply to every table with a model."""

    since: dt.date | None = None
    until: dt.date | None = None
    model: str | None = None
    org: str | None = None
    status: str | None = None

    def event_only(self) -> list[str]:
        return [name for name, value in (("--since", self.since), ("--until", self.until),
                                         ("--status", self.status)) if value is not None]


def org_forms(org: str) -> list[str]:
    """Every written form of an organization the registry knows ("谷歌" -> google, 谷歌, ...), lower-cased."""
    reg = load_registry()
    canonical = reg.canonical_org(org) or org
    return sorted({org.lower(), canonical.lower()} | {form.lower() for form, c in reg.org_names.items()
                                                      if c == canonical})


def _where(conn: Connection, name: str, f: Filter) -> tuple[str, list[sa.BindParameter[Any]]]:
    clauses: list[str] = []
    params: list[sa.BindParameter[Any]] = []
    if f.model is not None:
        ids = list(conn.scalars(sa.text("SELECT model_id FROM model_aliases WHERE key = :k"), {"k": fold(f.model)}))
        params.append(sa.bindparam("mids", ids or [-1], expanding=True))
    if f.org is not None:
        params.append(sa.bindparam("orgs", org_forms(f.org), expanding=True))
    if name == "timeline":
        if f.since is not None:
            clauses.append("latest >= :since")
            params.append(sa.bindparam("since", f.since, type_=sa.Date))
        if f.until is not None:
            clauses.append("earliest <= :until")
            params.append(sa.bindparam("until", f.until, type_=sa.Date))
        if f.status is not None:
            clauses.append("status = :status")
            params.append(sa.bindparam("status", f.status))
        if f.model is not None:
            clauses.append("event_id IN (SELECT event_id FROM event_models WHERE model_id IN :mids)")
        if f.org is not None:
            clauses.append("(lower(organization) IN :orgs OR event_id IN (SELECT em.event_id FROM event_models em "
                           "JOIN models m ON m.id = em.model_id WHERE lower(m.organization) IN :orgs))")
    elif name != "documents":
        if f.model is not None:
            clauses.append("m.id IN :mids")
        if f.org is not None:
            clauses.append("lower(m.organization) IN :orgs")
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def table_rows(conn: Connection, name: str, where: Filter | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    clause, params = _where(conn, name, where or Filter())
    statement = sa.text(TABLES[name].format(agg=_aggregate(conn), where=clause))
    result = conn.execute(statement.bindparams(*params) if params else statement)
    return list(result.keys()), [tuple(row) for row in result]


# What makes a spreadsheet read a cell as a formula ("=HYPERLINK(...)" in an article's title).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _for_excel(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula, prefixed with ' (shown as text)."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_csv(conn: Connection, name: str, out: TextIO, where: Filter | None = None, excel: bool = False) -> int:
    """One table as CSV; `excel` starts it with a UTF-8 byte order mark, which Excel needs to read
    the file as UTF-8 (Chinese text is garbled otherwise), and keeps text from being run as a formula."""
    columns, rows = table_rows(conn, name, where)
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        cells = ["" if v is None else (int(v) if isinstance(v, bool) else v) for v in row]
        writer.writerow([_for_excel(v) for v in cells] if excel else cells)
    return len(rows)


def write_all_csv(conn: Connection, folder: Path, where: Filter | None = None, excel: bool = False
                  ) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        if where is not None and where.event_only() and name != "timeline":
            continue  # event filters do not apply to the other tables
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
            counts[name] = write_csv(conn, name, handle, where, excel)
    return counts


def _prov(row: Any) -> Provenance:
    return Provenance(line_start=row.line_start, line_end=row.line_end, char_start=row.char_start,
                      char_end=row.char_end, quote=row.quote)


def jsonl_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """Every stored fact as a dict with the gold field names (GUIDELINES.md) plus line, line_end,
    offsets and quote. Rows become records again, so `timeline extract` and this export share
    one mapping (timeline/jsonl.py)."""
    q = lambda sql: conn.execute(sa.text(sql))  # noqa: E731
    for d in q("SELECT path, sha256, size_bytes, encoding, title, published, published_source FROM documents "
               "ORDER BY path"):
        yield document_row(DocumentRecord(**d._mapping), d.path)
    aliases: dict[int, list[str]] = defaultdict(list)
    for a in q("SELECT model_id, alias FROM model_aliases ORDER BY id"):
        aliases[a.model_id].append(a.alias)
    for r in q("SELECT d.path, mm.*, m.canonical FROM model_mentions mm JOIN models m ON m.id = mm.model_id "
               "JOIN documents d ON d.id = mm.document_id ORDER BY d.path, mm.line_start, mm.id"):
        record = ModelRecord(name=r.name, canonical=r.canonical, org=r.organization, prov=_prov(r),
                             aliases=tuple(a for a in aliases[r.model_id] if a != r.name))
        yield fact_row(record, r.path)
    names: dict[int, list[str]] = defaultdict(list)
    for em in q("SELECT event_id, name FROM event_models ORDER BY event_id, position"):
        names[em.event_id].append(em.name)
    for r in q("SELECT d.path, e.* FROM events e JOIN documents d ON d.id = e.document_id "
               "ORDER BY d.path, e.line_start, e.id"):
        yield fact_row(EventRecord(date=r.date, precision=r.precision, qualifier=r.qualifier, earliest=r.earliest,
                                   latest=r.latest, models=tuple(names[r.id]), org=r.organization, action=r.action,
                                   status=r.status, prov=_prov(r)), r.path)
    for r in q("SELECT d.path, p.* FROM parameter_counts p JOIN documents d ON d.id = p.document_id "
               "ORDER BY d.path, p.line_start, p.id"):
        yield fact_row(ParameterRecord(model=r.model_name, value=r.value, value_high=r.value_high,
                                       approx=bool(r.approx), active=bool(r.active), prov=_prov(r)), r.path)
    for r in q("SELECT d.path, b.* FROM benchmark_scores b JOIN documents d ON d.id = b.document_id "
               "ORDER BY d.path, b.line_start, b.id"):
        yield fact_row(BenchmarkRecord(model=r.model_name, benchmark=r.benchmark, score=r.score, unit=r.unit,
                                       comparator=r.comparator, prov=_prov(r)), r.path)
    for r in q("SELECT d.path, c.* FROM context_windows c JOIN documents d ON d.id = c.document_id "
               "ORDER BY d.path, c.line_start, c.id"):
        yield fact_row(ContextRecord(model=r.model_name, tokens=r.tokens, chars=r.chars, prov=_prov(r)), r.path)


def write_jsonl(conn: Connection, out: TextIO) -> int:
    count = 0
    for row in jsonl_rows(conn):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def format_table(columns: list[str], rows: list[tuple[Any, ...]], max_width: int = 60) -> str:
    """A plain text table (for `timeline query`)."""
    def cell(v: Any) -> str:
        text = "" if v is None else str(v).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out = io.StringIO()
    out.write(" | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return out.getvalue()
