"""Property-based tests: arbitrary Unicode, markdown fragments and number/date look-alikes
never make an extractor raise, and every fact's quote equals the text at its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import find_times
from timeline.extract.pipeline import extract_text

FRAGMENTS = [
    "# ", "## 2025年预测\n", "- ", "* ", "1. ", "**", "|", "| 模型 | MMLU |\n|---|---|\n", "```\n", "```python\n",
    "---\n", "title: x\n", "\n", "\n\n", "-\n", " ", "　", "，", "。", "：", "（", "）", "(", ")", "“", "”", "、",
    "2025年", "二〇二五年", "1月", "12月底", "上旬", "年初", "去年", "同年", "次年", "Q3", "2025-01-20", "2025/1/20",
    "January 20, 2025", "early 2024", "新华社北京1月5日电", "GPT-4", "Qwen3-235B", "DeepSeek-", "V3", "通义千问",
    "豆包",
    "（字节跳动）", "阿里发布", "发布", "开源", "预计", "将于", "据传", "671B", "1750亿", "1.6万亿", "参数", "激活参数",
    "10^8量级", "4-8B", "MoE-1.8T", "256K", "100万token", "200万字", "上下文", "MMLU", "88.6%", "AIME 2025",
    "(81.5分)", "≥86 %", "↑7 %", "SWE-bench 74.5%", "２０２５", "Ｇｐｔ", "\u200b", "\u202e", "\u0000", "&lt;", "ﬁ",
    "\t", "\r\n", "\r", "模型\t参数\n", "\tFoo-5\tBar-4\n", "发布时间：", "刚刚！", "on the 29th", "29日",
]
markdown = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
look_alikes = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.from_regex(r"[0-9０-９.\-/年月日亿万BKMT%:：]{1,8}", fullmatch=True)),
    max_size=30,
).map("".join)
anything = st.text(max_size=300)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    result = extract_text(text, "p.md")
    lines = text.split("\n")
    for fact in result.facts:
        p = fact.prov
        assert p.quote == text[p.char_start : p.char_end]
        assert 1 <= p.line_start <= p.line_end <= len(lines)
        assert p.line_start == text.count("\n", 0, p.char_start) + 1
    for dated in result.times:
        a, b = result.context.norm.orig_span(dated.time.start, dated.time.end)
        assert 0 <= a <= b <= len(text)


@SETTINGS
@given(anything)
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@SETTINGS
@given(markdown)
def test_markdown_fragments(text: str) -> None:
    _check(text)


@SETTINGS
@given(look_alikes)
def test_number_and_date_look_alikes(text: str) -> None:
    _check(text)
    for mention in find_times(text):
        assert text[mention.start : mention.end] == mention.text
        if mention.earliest and mention.latest:
            assert mention.earliest <= mention.latest
