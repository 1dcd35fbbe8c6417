"""Extraction quality on the shared gold and date conformance: the build fails below the targets."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.extract.pipeline import extract_text
from timeline.jsonl import document_row, fact_row

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared is not present")


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@needs_shared
def test_gold_scores_meet_targets() -> None:
    preds = []
    for path in sorted((ROOT / "data" / "raw").iterdir()):
        result = extract_text(path.read_text("utf-8"), path.name, data=path.read_bytes())
        preds.append(document_row(result.document, path.name))
        preds += [fact_row(f, path.name) for f in result.facts]
    score = _scorer()
    totals, docs, _ = score.score(score.load_gold([str(SHARED / "gold")]), json.loads(json.dumps(preds)), False)
    f1s = {}
    for kind, t in totals.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
        r = t["tp"] / t["gold"] if t["gold"] else 0.0
        f1s[kind] = 2 * p * r / (p + r) if p + r else 0.0
        assert f1s[kind] >= 0.93, (kind, f1s[kind])
        assert t["line_ok"] / t["tp"] >= 0.98, (kind, "line exact")
    assert sum(f1s.values()) / len(f1s) >= 0.96
    events = totals["event"]
    assert events["status_ok"] / events["tp"] >= 0.95 and events["models_ok"] / events["tp"] >= 0.95
    assert totals["model"]["org_ok"] / totals["model"]["org_n"] >= 0.90
    assert docs[0] == docs[1]


@needs_shared
@pytest.mark.parametrize("name", ["dates_duckling_zh.jsonl", "dates_recognizers_zh.jsonl"])
def test_date_conformance(name: str) -> None:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "dates.py"), str(SHARED / "conformance" / name)],
                         capture_output=True, text=True, check=True).stdout
    share = float(out.strip().splitlines()[-1].split("=")[1])
    assert share >= 0.90, out
    assert "cases crashed 0" in out
