"""Every fact from the five bundled articles points at its exact source: the quote equals
the original text at its offsets, and the line numbers are those of the file as stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.pipeline import extract_text
from timeline.sources.decode import decode

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
ARTICLES = sorted(RAW.iterdir())


def test_five_articles_are_the_seeds() -> None:
    seeds = RAW.parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    assert sorted(p.name for p in ARTICLES) == sorted(p.name for p in seeds.iterdir())
    for path in ARTICLES:
        assert path.read_bytes() == (seeds / path.name).read_bytes()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_quotes_and_lines_are_exact(path: Path) -> None:
    data = path.read_bytes()
    text = decode(data).text
    result = extract_text(text, path.name, data=data)
    lines = text.split("\n")
    for fact in result.facts:
        p = fact.prov
        assert p.quote == text[p.char_start : p.char_end]
        assert p.quote.strip(), f"empty quote for {fact}"
        assert p.line_start == text.count("\n", 0, p.char_start) + 1
        assert p.line_end == text.count("\n", 0, max(p.char_start, p.char_end - 1)) + 1
        first_line = lines[p.line_start - 1]
        assert p.quote.split("\n")[0] in first_line


def test_every_article_yields_facts_and_no_invalid_record() -> None:
    kinds = set()
    for path in ARTICLES:
        data = path.read_bytes()
        result = extract_text(decode(data).text, path.name, data=data)
        kinds.update(type(f).__name__ for f in result.facts)
        assert not [w for w in result.warnings if "invalid" in w], result.warnings
    assert kinds == {"ModelRecord", "EventRecord", "ParameterRecord", "BenchmarkRecord", "ContextRecord"}


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"], ids=["CR", "CRLF", "LF"])
def test_lines_are_those_an_editor_shows_whatever_the_line_ends(end: str) -> None:
    # (a classic Mac file ends its lines with CR alone: its facts are on their own lines, not all on line 1)
    lines = ["# Foo-3 arrives", "", "Published November 19, 2025", "", "Acme released Foo-3 Pro on November 18, 2025.",
             "It scores 91.9% on GPQA Diamond."]
    data = end.join(lines).encode()
    text = decode(data).text
    assert len(text) == len(data.decode())  # (offsets are the file's characters')
    result = extract_text(text, "notes.txt", data=data)
    assert result.document.title == "Foo-3 arrives"
    assert str(result.document.published) == "2025-11-19"
    event = next(f for f in result.facts if type(f).__name__ == "EventRecord")
    score = next(f for f in result.facts if type(f).__name__ == "BenchmarkRecord")
    assert (event.prov.line_start, score.prov.line_start, score.prov.line_end) == (5, 6, 6)
