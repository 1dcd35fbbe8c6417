"""The records' own checks: what no extractor may hand to the database, whatever its bug."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from timeline.records import DB_INT_MAX, BenchmarkRecord, ContextRecord, EventRecord, ParameterRecord, Provenance

PROV = {"line_start": 3, "line_end": 3, "char_start": 10, "char_end": 14, "quote": "GPT4"}
DAY = dt.date(2024, 5, 13)
EVENT = {"date": "2024-05-13", "precision": "day", "earliest": DAY, "latest": DAY, "prov": PROV}

# (record class, fields, accepted?)
CASES: list[tuple[type, dict[str, Any], bool]] = [
    (Provenance, PROV, True),
    (Provenance, {**PROV, "line_end": 2}, False),  # lines run backwards
    (Provenance, {**PROV, "char_end": 9, "quote": ""}, False),  # offsets run backwards
    (Provenance, {**PROV, "quote": "GPT-4"}, False),  # quote longer than its span
    (Provenance, {**PROV, "line_start": 0}, False),  # lines are 1-based
    (EventRecord, EVENT, True),
    (EventRecord, {**EVENT, "date": "2024-05", "precision": "month", "latest": dt.date(2024, 5, 31)}, True),
    (EventRecord, {**EVENT, "date": "2024", "precision": "year"}, True),
    (EventRecord, {**EVENT, "date": "2024-05", "precision": "day"}, False),
    (EventRecord, {**EVENT, "date": "2024-05-13", "precision": "month"}, False),
    (EventRecord, {**EVENT, "date": "2024\n", "precision": "year"}, False),  # the whole date, nothing after
    (EventRecord, {**EVENT, "date": "24-05-13"}, False),
    (EventRecord, {**EVENT, "latest": dt.date(2024, 5, 12)}, False),
    (EventRecord, {**EVENT, "status": "hoped"}, False),
    (ParameterRecord, {"model": "GPT-4", "value": 10**12, "value_high": 2 * 10**12, "prov": PROV}, True),
    (ParameterRecord, {"model": "GPT-4", "value": 10**12, "value_high": 10**11, "prov": PROV}, False),
    (ParameterRecord, {"model": "", "value": 10**12, "prov": PROV}, False),
    (ParameterRecord, {"model": "GPT-4", "value": DB_INT_MAX, "prov": PROV}, True),
    (ParameterRecord, {"model": "GPT-4", "value": DB_INT_MAX + 1, "prov": PROV}, False),  # no database integer
    (ParameterRecord, {"model": "GPT-4", "value": 10**12, "value_high": 10**40, "prov": PROV}, False),
    (BenchmarkRecord, {"model": "GPT-4", "benchmark": "MMLU", "score": 86.4, "prov": PROV}, True),
    (BenchmarkRecord, {"model": "GPT-4", "benchmark": "MMLU", "score": float("inf"), "prov": PROV}, False),
    (BenchmarkRecord, {"model": "GPT-4", "benchmark": "MMLU", "score": float("nan"), "prov": PROV}, False),
    (ContextRecord, {"model": "GPT-4", "tokens": 128_000, "prov": PROV}, True),
    (ContextRecord, {"model": "GPT-4", "prov": PROV}, False),  # neither tokens nor chars
    (ContextRecord, {"model": "GPT-4", "chars": 10**30, "prov": PROV}, False),
    (ContextRecord, {"model": "GPT-4", "tokens": 1, "chars": 1, "prov": PROV}, False),  # both
]


@pytest.mark.parametrize(("cls", "fields", "accepted"), CASES)
def test_record_checks(cls: type, fields: dict[str, Any], accepted: bool) -> None:
    if accepted:
        cls(**fields)
    else:
        with pytest.raises(ValidationError):
            cls(**fields)
