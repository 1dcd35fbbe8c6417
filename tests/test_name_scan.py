"""Registry and organization names are scanned without a lookbehind in front (so the stdlib re
engine can skip ahead), the word-start condition checked afterwards; this must find exactly
what the pattern with the lookbehind finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from timeline.extract.models import rules
from timeline.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [normalize(p.read_text("utf-8")).text for p in sorted((ROOT / "data" / "raw").iterdir())]
TEXTS += ["aFoo模型 Bar-2大模型 x.Baz系列模型"]
TEXTS += ["x通义千问与千问", "AGemini Gemini", "(GPT-4)", "·Qwen", "-Llama 3", "a.GPT-4 b GPT-4", "谷歌Google的Gemini"]


@pytest.mark.parametrize("pattern", [rules._registry_pattern, rules._org_pattern, lambda: rules._BEFORE_MODEL])
@pytest.mark.parametrize("text", TEXTS)
def test_word_start_scan_equals_the_lookbehind_pattern(pattern, text: str) -> None:  # type: ignore[no-untyped-def]
    with_lookbehind = regex.compile(rules._LEFT + pattern().pattern)
    expected = [m.span() for m in with_lookbehind.finditer(text)]
    assert [m.span() for m in rules._names_at_word_starts(pattern(), text)] == expected
