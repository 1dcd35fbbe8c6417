"""Each extractor's example corpus (src/timeline/extract/<kind>/corpus.yaml) is its test suite:
every case extracts the records it lists; `exact` cases extract nothing else; `absent`
names must not be reported as models, and `absent` records (the fields given) not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.extract.pipeline import extract_text
from timeline.extract.times import find_times
from timeline.jsonl import document_row, fact_row

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "timeline" / "extract"
KIND_OF_FOLDER = {"models": "model", "events": "event", "parameters": "parameters", "benchmarks": "benchmark",
                  "contexts": "context"}


def _cases(folder: str, corpus: Path | None = None) -> list[Any]:
    cases = yaml.safe_load((corpus or EXTRACT / folder / "corpus.yaml").read_text("utf-8"))
    return [pytest.param(case, id=f"{folder}-{i}") for i, case in enumerate(cases)]


def _matches(row: dict[str, Any], want: dict[str, Any]) -> bool:
    for key, value in want.items():
        got = row.get(key)
        if isinstance(value, float) or isinstance(got, float):
            if got is None or value is None or abs(float(got) - float(value)) > 1e-6:
                return False
        elif isinstance(value, list):
            if list(got or []) != value:
                return False
        elif str(got) != str(value) if value is not None else got is not None:
            return False
    return True


def _date(value: Any) -> dt.date | None:
    return value if isinstance(value, dt.date) or value is None else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("case", _cases("documents", EXTRACT.parent / "sources" / "corpus.yaml"))
def test_document_corpus(case: pytest.param) -> None:  # type: ignore[valid-type]
    result = extract_text(case["text"], "case.txt")
    row = document_row(result.document, "case.txt")
    assert _matches(row, case["expect"]), f"want {case['expect']}\n got {row}"


@pytest.mark.parametrize("case", [c for f in KIND_OF_FOLDER for c in _cases(f)])
def test_fact_corpus(case: pytest.param, request: pytest.FixtureRequest) -> None:  # type: ignore[valid-type]
    folder = request.node.callspec.id.split("-")[0]
    kind = KIND_OF_FOLDER[folder]
    result = extract_text(case["text"], "case.txt", published=_date(case.get("published")))
    rows = [fact_row(f, "case.txt") for f in result.facts]
    rows = [r for r in rows if r["kind"] == kind]
    for want in case.get("expect") or []:
        assert any(_matches(r, want) for r in rows), f"missing {want}\n got {rows}"
    if case.get("exact"):
        assert len(rows) == len(case.get("expect") or []), f"unexpected extra records: {rows}"
    for unwanted in case.get("absent") or []:
        if isinstance(unwanted, dict):  # (a record, by the fields given)
            assert not any(_matches(r, unwanted) for r in rows), f"{unwanted} must not be extracted: {rows}"
        else:  # (a name that is no model)
            assert all(r.get("name") != unwanted for r in rows), f"{unwanted!r} must not be a model: {rows}"
    for row in rows:
        assert row["quote"] == case["text"][row["char_start"] : row["char_end"]]
    # (an extractor proposes only records the validation accepts, "0B parameters" made one it rejected with a warning;
    # a case whose text is out of range says so: `rejected: true`, reported and skipped)
    assert bool(result.context.problems) == bool(case.get("rejected")), result.context.problems


@pytest.mark.parametrize("case", _cases("times"))
def test_time_corpus(case: dict[str, Any]) -> None:
    found = [m.as_dict() for m in find_times(case["text"], _date(case.get("reference")))]
    expected = case["expect"]
    assert len(found) == len(expected), f"got {found}"
    for got, want in zip(found, expected, strict=True):
        assert _matches(got, want), f"want {want}, got {got}"
