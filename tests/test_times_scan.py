"""The time scan only tries the full pattern where an expression can start (a fast candidate
search); it must find exactly what trying the pattern at every position finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.extract.times import rules
from timeline.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
CONFORMANCE = ROOT.parent / "shared" / "conformance"


def _texts() -> list[str]:
    texts = [normalize(p.read_text("utf-8")).text for p in sorted((ROOT / "data" / "raw").iterdir())]
    for path in sorted(CONFORMANCE.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            case = json.loads(line)
            texts += [v for v in case.values() if isinstance(v, str) and len(v) > 1]
    texts += ["１２０天前", "GPT4在2023年3月14日发布", "126 March 2024", "Q3 2024 and early 2025", "3.2024年"]
    return texts


def _everywhere(text: str) -> list[tuple[int, int]]:
    matches = (m for m in rules._pattern().finditer(text) if m.group(0).strip())
    return [(r.start, r.end) for r in map(rules._raw_from_match, matches) if r is not None]


@pytest.mark.parametrize("text", _texts())
def test_candidate_scan_finds_what_the_full_pattern_finds(text: str) -> None:
    found = [(r.start, r.end) for r in rules.scan(text)]
    if found != _everywhere(text):
        # The only allowed difference: no expression starts inside a number ("120天前" is not "20天前").
        # What the scan finds instead lies inside such a dropped expression ("2024" of "126 March 2024").
        dropped = set(_everywhere(text)) - set(found)
        for start, _ in dropped:
            assert start > 0 and (text[start - 1].isdigit() or text[start - 1] == ".")
        for start, end in set(found) - set(_everywhere(text)):
            assert any(a <= start and end <= b for a, b in dropped)
