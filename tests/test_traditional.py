"""Traditional Chinese: matched as simplified, one character for one; names kept as written."""

from __future__ import annotations

import datetime as dt

from timeline.extract.pipeline import extract_text
from timeline.text import traditional
from timeline.text.normalize import normalize

TRADITIONAL = ("2024年5月13日，OpenAI發佈GPT-4o，上下文長度為128K。據傳，騰訊將於下月推出混元T2。"
               "阿里巴巴開源通義千問2.5，總參數720億。")


def test_a_traditional_text_is_matched_in_simplified_characters_offsets_unchanged() -> None:
    norm = normalize(TRADITIONAL)
    assert norm.traditional
    assert "发布" in norm.text and "参数720亿" in norm.text and "据传" in norm.text
    assert len(norm.text) == len(TRADITIONAL)
    start = norm.text.index("发布")
    assert TRADITIONAL[slice(*norm.orig_span(start, start + 2))] == "發佈"


def test_a_simplified_text_with_a_few_traditional_characters_is_left_alone() -> None:
    text = "华为昇腾910B于2024年发布，乾隆年间的故事与此无关。" * 3
    assert traditional.simplified(text) is None
    assert not normalize(text).traditional
    assert traditional.simplified("GPT-4 was released in 2023.") is None


def test_as_written_restores_only_the_characters_that_were_traditional() -> None:
    assert traditional.as_written("通義千問2.5", "通义千问2.5") == "通義千問2.5"
    assert traditional.as_written("ＧＰＴ", "GPT") == "GPT"  # (other normalizations stay)
    assert traditional.as_written("ab", "abc") == "abc"


def test_facts_of_a_traditional_text() -> None:
    facts = extract_text(TRADITIONAL, "t.md", published=dt.date(2024, 5, 20)).facts
    by_kind: dict[str, list[object]] = {}
    for fact in facts:
        by_kind.setdefault(type(fact).__name__, []).append(fact)
    models = {m.name: m for m in by_kind["ModelRecord"]}  # type: ignore[attr-defined]
    assert models["通義千問2.5"].canonical == "Qwen2.5"
    assert models["混元T2"].org == "騰訊"
    events = {(e.date, e.status) for e in by_kind["EventRecord"]}  # type: ignore[attr-defined]
    assert ("2024-05-13", "reported") in events and ("2024-06", "rumored") in events
    counts = [(p.model, p.value) for p in by_kind["ParameterRecord"]]  # type: ignore[attr-defined]
    assert counts == [("通義千問2.5", 72_000_000_000)]
    assert [(c.model, c.tokens) for c in by_kind["ContextRecord"]] == [("GPT-4o", 128_000)]  # type: ignore[attr-defined]
