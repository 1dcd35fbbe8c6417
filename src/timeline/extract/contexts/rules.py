"""Context-window lengths: "256K", "1M", "100万token", "512 k上下文"; lengths in 字 are characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from timeline.extract.context import DocContext
from timeline.extract.numbers import scaled
from timeline.records import ContextRecord
from timeline.text.windows import finditer_from

_LENGTH = regex.compile(
    r"(?<![\d.A-Za-z])(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[KkMm](?![A-Za-z])|万|千万|亿)\s*"
    r"(?P<what>tokens?|token|字|汉字|characters?|chars?)?"
)
# Where a length can start (for windows.finditer_from): a digit that begins a number followed
# by its unit. (tests/test_name_scan.py checks it finds what _LENGTH finds.)
_LENGTH_START = re.compile(r"\d(?<![\d.A-Za-z]\d)(?=\d*(?:\.\d+)?\s*(?:[KkMm](?![A-Za-z])|万|千万|亿))")
_LONGEST_LENGTH = 64  # characters, with the lookarounds


def lengths(text: str) -> Iterator[regex.Match[str]]:
    """_LENGTH.finditer(text), tried only where a length can start."""
    return finditer_from(_LENGTH_START, _LENGTH, text, _LONGEST_LENGTH)
_CUE_AFTER = regex.compile(r"^\s*(?:长?上下文|context|窗口|输入|长度|的上下文)", regex.I)
_NOT_AFTER = regex.compile(r"^\s*(?:/|每秒|tokens?/|个|条|\+)")
_NOT_BEFORE = regex.compile(r"(?:数据|训练|预训练|语料|超|共)\s*$")


def extract(ctx: DocContext) -> list[ContextRecord]:
    records: list[ContextRecord] = []
    text = ctx.text
    for m in lengths(text):
        after = text[m.end() : m.end() + 8]
        unit, what = m.group("u"), (m.group("what") or "").lower()
        if _NOT_AFTER.match(after) or _NOT_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        if ctx.models_in(m.start(), m.end()):
            continue
        sent_start, _ = ctx.sentence(m.start())
        model = ctx.model_before(m.start(), sent_start)
        if model is None:
            continue
        in_paren = text[model.end : m.start()].strip() in ("(", "（")
        cue = bool(_CUE_AFTER.match(after)) or (unit in "KkMm" and what.startswith("token"))
        if not (cue or (in_paren and unit in "KkMm" and text[m.end() : m.end() + 1] in ")）")):
            continue
        if unit in "万千万亿" and not (what or cue):
            continue
        value = scaled(m.group("n"), unit.upper() if unit in "km" else unit)
        is_chars = what in ("字", "汉字") or what.startswith("char")
        ctx.add(records, ContextRecord, model=model.text, tokens=None if is_chars else value,
                chars=value if is_chars else None, prov=ctx.prov(model.start, m.end()))
    return records
