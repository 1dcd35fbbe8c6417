"""Facts as JSON objects with the field names of ../shared/gold/GUIDELINES.md (plus line,
line_end and quote): the contract of `timeline export --format jsonl`."""

from __future__ import annotations

from typing import Any

from timeline.records import (
    BenchmarkRecord,
    ContextRecord,
    DocumentRecord,
    EventRecord,
    FactRecord,
    ModelRecord,
    ParameterRecord,
)


def document_row(doc: DocumentRecord, file: str) -> dict[str, Any]:
    return {"kind": "document", "file": file, "line": 1, "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "published_source": doc.published_source, "sha256": doc.sha256}


def fact_row(fact: FactRecord, file: str) -> dict[str, Any]:
    row: dict[str, Any] = {"file": file, "line": fact.prov.line_start, "line_end": fact.prov.line_end}
    if isinstance(fact, ModelRecord):
        row.update(kind="model", name=fact.name, canonical=fact.canonical, aliases=list(fact.aliases), org=fact.org)
    elif isinstance(fact, EventRecord):
        row.update(kind="event", date=fact.date, precision=fact.precision, qualifier=fact.qualifier,
                   earliest=fact.earliest.isoformat(), latest=fact.latest.isoformat(), models=list(fact.models),
                   org=fact.org, action=fact.action, status=fact.status)
    elif isinstance(fact, ParameterRecord):
        row.update(kind="parameters", model=fact.model, value=fact.value, value_high=fact.value_high,
                   approx=fact.approx, active=fact.active)
    elif isinstance(fact, BenchmarkRecord):
        row.update(kind="benchmark", model=fact.model, benchmark=fact.benchmark, score=fact.score, unit=fact.unit,
                   comparator=fact.comparator)
    elif isinstance(fact, ContextRecord):
        row.update(kind="context", model=fact.model, tokens=fact.tokens, chars=fact.chars)
    row.update(char_start=fact.prov.char_start, char_end=fact.prov.char_end, quote=fact.prov.quote)
    return row
