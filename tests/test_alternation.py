"""A pattern searched part by part (timeline.text.windows.Alternation) finds what its parts joined
by `|` find: with search, match and finditer, over any window of any text."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.extract
from timeline.text.windows import Alternation

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [p.read_text("utf-8") for p in sorted((ROOT / "data" / "raw").iterdir())]
# (words that start a match in one part next to words of another, and a match at a window's edge)
WORDS = ["发布", "已于", "号发的", "released", "is now available", "will be removed on", "launch", "GA", "公开了",
         "开源社区", "open-sourced", "rolled out", " ", "，", "\n", "Foo-3", "2025年", "today", "the", "pre", "view"]


def _alternations() -> list[tuple[str, Alternation]]:
    found = []
    for info in pkgutil.walk_packages(timeline.extract.__path__, "timeline.extract."):
        module = importlib.import_module(info.name)
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, Alternation)]
    return found


ALTERNATIONS = _alternations()


def _spans(matches: list[regex.Match[str] | None]) -> list[tuple[tuple[int, int], str] | None]:
    return [None if m is None else (m.span(), m.group(0)) for m in matches]


def _agree(alternation: Alternation, text: str, pos: int, endpos: int) -> None:
    joined = regex.compile(alternation.pattern, alternation.parts[0].flags)
    assert _spans([alternation.search(text, pos, endpos)]) == _spans([joined.search(text, pos, endpos)])
    assert _spans([alternation.match(text, pos, endpos)]) == _spans([joined.match(text, pos, endpos)])
    assert _spans(list(alternation.finditer(text, pos, endpos))) == _spans(list(joined.finditer(text, pos, endpos)))


def test_some_are_found() -> None:
    assert ALTERNATIONS


@pytest.mark.parametrize(("name", "alternation"), ALTERNATIONS)
def test_parts_share_flags(name: str, alternation: Alternation) -> None:
    assert len({part.flags for part in alternation.parts}) == 1, name


@pytest.mark.parametrize(("name", "alternation"), ALTERNATIONS)
def test_same_matches_over_the_seeds(name: str, alternation: Alternation) -> None:
    for text in SEEDS:
        for pos in range(0, len(text), 97):
            for width in (3, 40, 400):
                _agree(alternation, text, pos, min(len(text), pos + width))
        _agree(alternation, text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALTERNATIONS), st.lists(st.sampled_from(WORDS), max_size=12).map("".join), st.data())
def test_same_matches_over_word_mixes(named: tuple[str, Alternation], text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    _agree(named[1], text, pos, data.draw(st.integers(pos, len(text))))
