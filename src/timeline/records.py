"""Pydantic records: the only shapes that cross from extraction to storage and export.

Field names follow ../shared/gold/GUIDELINES.md so that the JSONL export is the scorer's input.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Status = Literal["reported", "planned", "predicted", "rumored"]
Qualifier = Literal["early", "mid", "late"]
Precision = Literal["day", "month", "year"]
Comparator = Literal["=", ">=", ">", "<", "<="]
DATE_PATTERNS = {"year": re.compile(r"\d{4}"), "month": re.compile(r"\d{4}-\d{2}"),
                 "day": re.compile(r"\d{4}-\d{2}-\d{2}")}  # (whole dates: fullmatch)

NonEmpty = Annotated[str, Field(min_length=1)]
# What a database integer (BIGINT, SQLite's INTEGER) holds: a larger count written in a text is
# no fact, and binding it would fail the whole file's writes.
DB_INT_MAX = 2**63 - 1
Count = Annotated[int, Field(gt=0, le=DB_INT_MAX)]


class Provenance(BaseModel):
    """Where a fact stands in its file: lines are 1-based, offsets index the decoded text."""

    model_config = ConfigDict(frozen=True)

    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    quote: str

    @model_validator(mode="after")
    def _ordered(self) -> Provenance:
        if self.line_end < self.line_start or self.char_end < self.char_start:
            raise ValueError("provenance span runs backwards")
        if len(self.quote) != self.char_end - self.char_start:
            raise ValueError("quote length does not match its offsets")
        return self


class Fact(BaseModel):
    model_config = ConfigDict(frozen=True)

    prov: Provenance


class DocumentRecord(BaseModel):
    path: NonEmpty  # relative to the ingest root, "/"-separated
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    size_bytes: int = Field(ge=0)
    encoding: str
    title: str | None = None
    published: dt.date | None = None
    published_source: Literal["front_matter", "dateline", "byline", "headline"] | None = None


class ModelRecord(Fact):
    name: NonEmpty  # as first written in the file
    canonical: NonEmpty  # one name per set of aliases, across files
    aliases: tuple[str, ...] = ()
    org: str | None = None


class EventRecord(Fact):
    date: NonEmpty
    precision: Precision
    qualifier: Qualifier | None = None
    earliest: dt.date
    latest: dt.date
    models: tuple[str, ...] = ()
    org: str | None = None
    action: str | None = None
    status: Status = "reported"

    @model_validator(mode="after")
    def _date_matches_precision(self) -> EventRecord:
        if not DATE_PATTERNS[self.precision].fullmatch(self.date):
            raise ValueError(f"date {self.date!r} does not have precision {self.precision}")
        if self.latest < self.earliest:
            raise ValueError("latest day before earliest day")
        return self


class ParameterRecord(Fact):
    model: NonEmpty
    value: Count
    value_high: Count | None = None
    approx: bool = False
    active: bool = False  # activated (MoE) rather than total parameters

    @model_validator(mode="after")
    def _range(self) -> ParameterRecord:
        if self.value_high is not None and self.value_high < self.value:
            raise ValueError("range ends below its start")
        return self


class BenchmarkRecord(Fact):
    model: NonEmpty
    benchmark: NonEmpty
    score: float = Field(ge=0, allow_inf_nan=False)  # ("1e400" reads as infinity)
    unit: Literal["%", "points"] | None = None
    comparator: Comparator = "="


class ContextRecord(Fact):
    model: NonEmpty
    tokens: Count | None = None
    chars: Count | None = None

    @model_validator(mode="after")
    def _one_length(self) -> ContextRecord:
        if (self.tokens is None) == (self.chars is None):
            raise ValueError("a context window has either tokens or chars")
        return self


FactRecord = ModelRecord | EventRecord | ParameterRecord | BenchmarkRecord | ContextRecord
KIND_OF: dict[type, str] = {
    ModelRecord: "model",
    EventRecord: "event",
    ParameterRecord: "parameters",
    BenchmarkRecord: "benchmark",
    ContextRecord: "context",
}
