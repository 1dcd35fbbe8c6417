"""Candidate scans must find exactly what their full patterns find.

Registry and organization names are scanned without a lookbehind in front (so the stdlib re
engine can skip ahead), the word-start condition checked afterwards; a name before 模型 is found
from the cue back; parameter counts, benchmark names and context lengths are tried only where one
can start (windows.finditer_from); headings are found from their # marks."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex
import yaml

from timeline.extract.benchmarks import rules as benchmarks
from timeline.extract.contexts import rules as contexts
from timeline.extract.events import rules as events
from timeline.extract.models import rules
from timeline.extract.parameters import rules as parameters
from timeline.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [normalize(p.read_text("utf-8")).text for p in sorted((ROOT / "data" / "raw").iterdir())]
TEXTS += ["aFoo模型 Bar-2大模型 x.Baz系列模型"]
TEXTS += ["x通义千问与千问", "AGemini Gemini", "(GPT-4)", "·Qwen", "-Llama 3", "a.GPT-4 b GPT-4", "谷歌Google的Gemini",
          "2017.06谷歌发表", "鹏城-百度·文心", "AI谷歌", "x.谷歌 _百度"]
TEXTS += ["Foo-3.5 Pro Max, xBar2-7B Instruct _Baz3 ·Qux-2 MixedCase-4 Zed9\x1cPro"]
TEXTS += ["Ab" * 300 + "1", "AB1" * 200, "Ab" * 200 + "-2 Cd" + "Ef" * 200 + "-3", "A" * 300 + "-"]


@pytest.mark.parametrize("pattern", [rules._registry_pattern, rules._org_pattern, lambda: rules._GENERIC])
@pytest.mark.parametrize("text", TEXTS)
def test_word_start_scan_equals_the_lookbehind_pattern(pattern, text: str) -> None:  # type: ignore[no-untyped-def]
    with_lookbehind = regex.compile(rules._LEFT_NAME + pattern().pattern)
    expected = [m.span() for m in with_lookbehind.finditer(text)]
    assert [m.span() for m in rules._names_at_word_starts(pattern(), text)] == expected


def _before_cues() -> list[str]:
    """Strings of name characters, cues and long runs (the scan looks back 64 characters at a time)."""
    rng = random.Random(11)
    pieces = ["A", "a", "1", "-", ".", "_", "·", " ", " 1.0", "中", "模型", "系列", "大模型", "GPT-4", "X" * 70,
              "b" * 130]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    return [*TEXTS, "模型", "A模型", "Ab模型", "_Ab模型", "a.Ab模型", "Ab-模型", "Ab--C模型", "X" * 64 + "模型",
            "Ab 1.0模型", "Ab 1 2模型", "中 1.0模型", "Ab  1.0模型", "Ab 1.0.模型", "_Ab 1.0模型", *made]


@pytest.mark.parametrize("text", _before_cues())
def test_names_before_model_equal_the_lookbehind_pattern(text: str) -> None:
    pattern = regex.compile(rules._LEFT + f"({rules._BEFORE_MODEL_NAME.pattern}(?:{rules._VERSION_APART.pattern})?)"
                             f"(?={rules._MODEL_CUE})")
    assert rules._names_by_model_word(text)[0] == [m.span() for m in pattern.finditer(text)]


def _with_corpus(kind: str, *extra: str) -> list[str]:
    """The seeds, the inputs of an extractor's example corpus, and `extra`."""
    cases = yaml.safe_load((ROOT / "src" / "timeline" / "extract" / kind / "corpus.yaml").read_text("utf-8"))
    return [*TEXTS, *(normalize(case["text"]).text for case in cases), *extra]


# kind: (candidate scan, the full pattern's finditer, texts)
SCANS = {
    "parameters": (parameters.counts, parameters._COUNT.finditer, _with_corpus(
        "parameters", "from 1.5 billion to 2 trillion parameters", "10^12参数, 210^8参数",
        "参数量达到 6710亿, 参数规模：30亿", "4 - 8B, 3.8 B参数, 7Bx, 12 T",
        "1,000亿个的激活参数 百亿级别的参数 千亿规模", "x3.5亿参数 v2.7B")),
    "benchmarks": (benchmarks.known_names, lambda text: benchmarks._benchmark_pattern().finditer(text),
                   _with_corpus("benchmarks", "mmlu-pro 80%, MMLU 2024 x-MMLU aMMLU τ-bench Τ-Bench swe-bench",
                                "SWE-Bench Verified 高考数学 司法考试 律考 | GPQA | HumanEval | 1MMLU")),
    "contexts": (contexts.lengths, contexts._LENGTH.finditer, _with_corpus(
        "contexts", "128K tokens, 1M上下文, 100万token, 512 k上下文, 2.5万字, 1千万 x12K 3.5Mb 10 M",
        "v2.128K 200k 4m token", "one million tokens, a two-million-token window, 3 million tokens",
        "ten  million-tokens",
        "someone million tokens, million tokens, One million token",
        "a context length of 32,768. 上下文长度为32768，context window: 8192 tokens",
        "Context Length: 2048x, context 4096, context length of 1,000,000.")),
}


@pytest.mark.parametrize(("kind", "text"), [(kind, text) for kind, (*_, texts) in SCANS.items() for text in texts])
def test_candidate_scan_equals_the_full_pattern(kind: str, text: str) -> None:
    scan, full, _ = SCANS[kind]
    assert [m.span() for m in scan(text)] == [m.span() for m in full(text)]  # type: ignore[operator]


@pytest.mark.parametrize("text", [*SCANS["benchmarks"][2], "KoMT-Bench, MixEval-Hard; FinQA, xQA, Bench, FooBench-v2"
                                  " MMLU SimpleQA, MT-Bench, DocVQA-Eval LongBench v2, 7Bench, A-Bench-B"])
def test_suffixed_scan_equals_the_full_pattern(text: str) -> None:
    known = benchmarks.known_names(text)
    expected = [m.span() for m in benchmarks._SUFFIXED.finditer(text)
                if not benchmarks._benchmark_pattern().fullmatch(m.group(0))
                and not any(k.start() < m.end() and m.start() < k.end() for k in known)]
    assert [m.span() for m in benchmarks.suffixed_names(text, known)] == expected


@pytest.mark.parametrize("text", [*TEXTS, "## a\n  ### b\n####### c\n#\tx\n a ## b\n##\n###x\n\u3000## y\n######  z"])
def test_heading_scan_equals_the_line_pattern(text: str) -> None:
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    expected = {i: len(m.group(1)) for i, line in enumerate(lines) if (m := events._HEADING.match(line))}
    assert events._heading_levels(text, starts) == expected


def _lists() -> list[str]:
    """List-like strings: runs of 、-separated items around the 40-character item limit."""
    rng = random.Random(7)
    pieces = ["a", "GPT-4", "、", "、、", "，", "\n", "(", "模型", "x" * 39, "y" * 40, "z" * 41]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    return [*TEXTS, "、a", "a、", "a、、b", "、、", "(a、b)", "q" * 45 + "、b、c", *made]


@pytest.mark.parametrize("text", _lists())
def test_list_run_scan_equals_the_list_pattern(text: str) -> None:
    assert [m.span() for m in rules._list_runs(text)] == [m.span() for m in rules._LIST_RUN.finditer(text)]


def test_no_suffix_starts_where_extend_does_not_try_one() -> None:
    """_extend tries the suffix pattern only at a character of _SUFFIX_FIRST, a digit, or 模型 ahead: at
    any other character of the Basic Multilingual Plane it finds nothing."""
    tails = ["1", "12B", "x7B", "Pro", "-Pro", "Max", "α", ""]
    starting = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000
                and chr(c) not in rules._SUFFIX_FIRST and not chr(c).isdecimal()
                if any(rules._SUFFIX.match(f"Foo{chr(c)}{tail}", 3) for tail in tails)]
    assert starting == []
    assert rules._extend("GPT-4发布", 0, 5) == 5 and rules._extend("Foo 3.5 Pro发布", 0, 3) == 11
    assert rules._extend("文心大模型4.0", 0, 2) == 8


@pytest.mark.parametrize("seed", range(20))
def test_overlap_by_bisection_equals_a_pass_over_every_span(seed: int) -> None:
    """placed_names leaves out a name that overlaps one found before, by bisection over the spans (overlapping each
    other too: a known name and a suffixed one): what testing every span finds."""
    rng = random.Random(seed)
    spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 25)))]
    taken = sorted(spans)
    starts = [a for a, _ in taken]
    reach = [max(b for _, b in taken[: i + 1]) for i in range(len(taken))]
    for _ in range(200):
        start = rng.randint(0, 330)
        end = start + rng.randint(1, 20)
        assert benchmarks._overlaps(starts, reach, start, end) == any(a < end and start < b for a, b in spans)
