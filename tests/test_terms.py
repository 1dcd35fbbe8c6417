"""Search terms (timeline/text/terms.py): CJK pairs and lower-cased words, cut with stdlib `re`
classes (timeline/text/scripts.py) that must equal the Unicode properties they stand for."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import regex

from timeline.text import terms
from timeline.text.scripts import CJK_RANGES
from timeline.text.terms import index_terms, query_terms

_PROPERTIES = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# What the cut was defined as, with Unicode properties (the `regex` module).
_REFERENCE_WORD = regex.compile(rf"{_PROPERTIES}+|(?:(?!{_PROPERTIES})[\p{{L}}\p{{N}}])+")
_REFERENCE_SPACED = regex.compile(rf"(?<={_PROPERTIES})\s+(?={_PROPERTIES})")


def _code_points() -> list[str]:
    return [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]


def test_cjk_ranges_equal_the_unicode_properties() -> None:
    ours, theirs = re.compile(f"[{CJK_RANGES}]"), regex.compile(_PROPERTIES)
    assert [c for c in _code_points() if bool(ours.match(c)) != bool(theirs.match(c))] == []


def test_words_are_cut_as_with_unicode_properties() -> None:
    """Every character this Python's Unicode database assigns is a word character (or not) as
    \\p{L}\\p{N} says; a CJK character always starts a run of its own kind."""
    assigned = [c for c in _code_points() if unicodedata.category(c) != "Cn"]
    for c in assigned:
        assert bool(terms._WORD.fullmatch(c)) == bool(_REFERENCE_WORD.fullmatch(c)), hex(ord(c))
        mixed = f"a{c}字 {c}"
        assert [m.group(0) for m in terms._WORD.finditer(mixed)] == _REFERENCE_WORD.findall(mixed), hex(ord(c))
    spaces = [c for c in assigned if c.isspace() or regex.match(r"\s", c)]
    for c in spaces:
        joined = f"发{c}布"
        assert terms._SPACED_CJK.sub("", joined) == _REFERENCE_SPACED.sub("", joined), hex(ord(c))


def test_articles_are_cut_as_with_unicode_properties(raw_dir: Path) -> None:
    for path in sorted(raw_dir.iterdir()):
        text = unicodedata.normalize("NFKC", path.read_text("utf-8")).lower()
        assert terms._SPACED_CJK.sub("", text) == _REFERENCE_SPACED.sub("", text)
        assert [m.group(0) for m in terms._WORD.finditer(text)] == _REFERENCE_WORD.findall(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("深度求索", "深度 度求 求索 索"),
    ("GPT-4o", "gpt 4o"),
    ("发 布了Qwen3的模型", "发布 布了 了 qwen3 的模 模型 型"),
    ("ｃｌａｕｄｅ　３", "claude 3"),
    ("Ｔ_ｔ", "t t"),
    ("", ""),
])
def test_index_terms(text: str, expected: str) -> None:
    assert index_terms(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("深度求", [("深度 度求", False)]),
    ("深 DeepSeek-V3", [("深", True), ("deepseek v3", False)]),
    ("发布", [("发布", False)]),
    ("  ", []),
])
def test_query_terms(text: str, expected: list[tuple[str, bool]]) -> None:
    assert query_terms(text) == expected
