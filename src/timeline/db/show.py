"""`timeline show KIND:ID`: one fact, its source lines with the quote marked, and the other
claims about the same model and attribute (from the claims and conflicts views)."""

from __future__ import annotations

import hashlib
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.db.schema import KIND_TABLES
from timeline.records import DB_INT_MAX

# What each kind shows besides its provenance, in this order.
FIELDS = {
    "model": ("name", "canonical", "organization"),
    "event": ("date", "precision", "qualifier", "models", "organization", "action", "status"),
    "parameters": ("model", "model_name", "value", "value_high", "approx", "active"),
    "benchmark": ("model", "model_name", "benchmark", "comparator", "score", "unit"),
    "context": ("model", "model_name", "tokens", "chars"),
}
CONTEXT_LINES = 2


class UnknownFact(LookupError):
    pass


def parse_ref(ref: str) -> tuple[str, int]:
    kind, _, number = ref.partition(":")
    if kind not in KIND_TABLES or not (number.isascii() and number.isdigit()):  # (isdigit takes "²" too)
        raise UnknownFact(f"expected KIND:ID with KIND one of {', '.join(KIND_TABLES)} (as `timeline search` "
                          f"prints it), got {ref!r}")
    return kind, int(number)


def _fact(conn: Connection, kind: str, fact_id: int) -> dict[str, Any]:
    if fact_id > DB_INT_MAX:  # (no database integer: the driver would refuse to bind it)
        raise UnknownFact(f"no {kind} fact with id {fact_id}")
    table = KIND_TABLES[kind].name
    model = "" if kind == "event" else ", m.canonical" + ("" if kind == "model" else " AS model")
    join = "" if kind == "event" else " JOIN models m ON m.id = f.model_id"
    sql = (f"SELECT f.*, d.path, d.root, d.sha256{model} FROM {table} f "
           f"JOIN documents d ON d.id = f.document_id{join} WHERE f.id = :i")
    row = conn.execute(sa.text(sql), {"i": fact_id}).first()
    if row is None:
        raise UnknownFact(f"no {kind} fact with id {fact_id}")
    fact = dict(row._mapping)
    if kind == "event":
        names = conn.scalars(sa.text("SELECT name FROM event_models WHERE event_id = :i ORDER BY position"),
                             {"i": fact_id})
        fact["models"] = "; ".join(names)
    return fact


def _source_lines(fact: dict[str, Any], mark: tuple[str, str]) -> list[str]:
    """The fact's lines with CONTEXT_LINES around them, the quote between the `mark` strings."""
    from timeline.sources.decode import SkipFile, decode
    from timeline.sources.walk import on_disk

    path = on_disk(fact["root"]) / on_disk(fact["path"]) if fact["root"] else on_disk(fact["path"])
    try:
        data = path.read_bytes()
        text = decode(data).text
    except (OSError, SkipFile) as exc:
        return [f"(source not readable: {path}: {getattr(exc, 'strerror', None) or exc})"]
    if hashlib.sha256(data).hexdigest() != fact["sha256"]:
        return [f"(source changed since it was ingested: {path}; run `timeline ingest` again)"]
    a, b = fact["char_start"], fact["char_end"]
    marked = text[:a] + mark[0] + text[a:b] + mark[1] + text[b:]
    lines = marked.split("\n")
    first = max(1, fact["line_start"] - CONTEXT_LINES)
    last = min(len(lines), fact["line_end"] + CONTEXT_LINES)
    width = len(str(last))
    return [f"{'>' if fact['line_start'] <= n <= fact['line_end'] else ' '} {str(n).rjust(width)} | "
            f"{lines[n - 1].rstrip()}" for n in range(first, last + 1)]


def _other_claims(conn: Connection, kind: str, fact_id: int) -> list[str]:
    own = conn.execute(sa.text("SELECT DISTINCT model_id, attribute FROM claims WHERE kind = :k AND fact_id = :i"),
                       {"k": kind, "i": fact_id}).all()
    if kind == "model":  # a mention claims the model's organization
        own = conn.execute(sa.text("SELECT model_id, 'organization' FROM model_mentions WHERE id = :i"),
                           {"i": fact_id}).all()
    out = []
    for model_id, attribute in own:
        name = conn.scalar(sa.text("SELECT canonical FROM models WHERE id = :m"), {"m": model_id})
        if attribute == "organization":
            rows = conn.execute(sa.text(
                "SELECT 'model' AS kind, mm.id AS fact_id, mm.organization AS value, d.path, mm.line_start, mm.quote "
                "FROM model_mentions mm JOIN documents d ON d.id = mm.document_id "
                "WHERE mm.model_id = :m AND mm.id <> :i ORDER BY d.path, mm.line_start"), {"m": model_id, "i": fact_id})
        else:
            rows = conn.execute(sa.text(
                "SELECT c.kind, c.fact_id, c.value, d.path, c.line_start, c.quote FROM claims c "
                "JOIN documents d ON d.id = c.document_id WHERE c.model_id = :m AND c.attribute = :a "
                "AND NOT (c.kind = :k AND c.fact_id = :i) ORDER BY d.path, c.line_start"),
                {"m": model_id, "a": attribute, "k": kind, "i": fact_id})
        claims = rows.all()
        conflicting = {(k, i) for k, i in conn.execute(sa.text(
            "SELECT kind_b, fact_b FROM conflicts WHERE kind_a = :k AND fact_a = :i AND model_id = :m "
            "AND attribute = :a UNION SELECT kind_a, fact_a FROM conflicts WHERE kind_b = :k AND fact_b = :i "
            "AND model_id = :m AND attribute = :a"), {"k": kind, "i": fact_id, "m": model_id, "a": attribute})}
        out.append(f"other claims about {name} / {attribute}: {len(claims)}")
        for r in claims:
            flag = "CONFLICTS" if (r.kind, r.fact_id) in conflicting else "agrees"
            out.append(f"  {r.kind}:{r.fact_id}  {r.value}  {flag}  {r.path}:{r.line_start}  {r.quote}")
    return out


def render(conn: Connection, ref: str, *, color: bool = False) -> str:
    kind, fact_id = parse_ref(ref)
    fact = _fact(conn, kind, fact_id)
    mark = ("\x1b[1;4m", "\x1b[0m") if color else ("[[", "]]")
    fields = "  ".join(f"{name}: {fact[name]}" for name in FIELDS[kind] if fact.get(name) not in (None, ""))
    lines = [f"{kind}:{fact_id}  {fields}",
             f"source: {fact['path']} line {fact['line_start']}"
             + (f"-{fact['line_end']}" if fact["line_end"] != fact["line_start"] else "")
             + f", characters {fact['char_start']}-{fact['char_end']}",
             f"quote: {fact['quote']}", ""]
    lines += _source_lines(fact, mark)
    lines += ["", *_other_claims(conn, kind, fact_id)]
    return "\n".join(lines).rstrip() + "\n"
