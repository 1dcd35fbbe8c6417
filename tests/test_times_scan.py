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


_SHAPE_CASES = [
    "3天前 5个月后 12周前 三个月前 两年后 十天前 一个星期后", "二〇二四年十一月 二零二五年 十二月 一月份",
    "12th of March 2024, 3 Sept. 2025, 1st Jan 2023", "5/12/2024 12.5.2024 24-05-12 2024/5/1 2024-05",
    "这星期五 這個禮拜 这周 这一年 这个月 上上周 下下个星期 下个半年 上半年 下一年 上月 下個月",
    "Decode, Marching, Maybe, Augment, Octopus, Junes, mid-2024, late 2023, early March 2024",
    "the end of March 2024, beginning of June 2024, end of May 2025, Q3 2024, 2024 Q1",
    "元旦 国际劳动节 三八妇女节 消费级 2024 05 12 2023-2024年 1999 2000亿参数 1006.5 2024:Q1",
    "5日前 10号 3.5亿 4-8B 1/10 7×24小时 60% 2025年3月 25年 3月下旬 2024年底",
    "On May 22, in March, since January, the 5th of April, mid-April, early June, May we, Apple may 5",
    "later this year, earlier in this year, last month, next year, this month, yesterday, tomorrow, lately, nextgen",
    "阿里巴巴6日凌晨发布，3日内 近7日 日均 6日电 第3日 每日 16 日 31日",
    "当天 當天 同日 同一天 次日 次日留存 翌日 当日 today announced, AI today is, todays",
    "15 March 2024, 3-Mar-2025, 2026 H1, 2026H2, 2H25, 1H 2026, 4 days ago, 2 weeks later, 12th of June 2025, 7 B",
]


def test_shapes_only_filter() -> None:
    """The shapes only skip positions where the full pattern cannot match: the pattern built
    without them finds exactly the same expressions."""
    loose = rules._build_pattern(shapes=False)
    texts = _texts() + _SHAPE_CASES
    for text in texts:
        spans = [m.span() for m in rules._pattern().finditer(text)]
        assert spans == [m.span() for m in loose.finditer(text)], text
