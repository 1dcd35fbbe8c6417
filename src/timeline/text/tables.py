"""Markdown tables: their header cells, and each row's cells with where they stand in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_TABLE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_SEPARATOR_CELL = re.compile(r":?-{2,}:?")


class Cell(NamedTuple):
    start: int  # offsets of the cell's text, without the spaces around it
    end: int
    text: str


class Row(NamedTuple):
    start: int  # offsets of the whole line
    end: int
    cells: list[Cell]


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells = []
    line = text[start:end]
    first = line.index("|")
    last = line.rindex("|")
    pos = start + first + 1
    for raw in line[first + 1 : last].split("|"):
        stripped = raw.strip()
        offset = raw.find(stripped) if stripped else 0
        cells.append(Cell(pos + offset, pos + offset + len(stripped), stripped))
        pos += len(raw) + 1
    return cells


def unemphasized(text: str) -> str:
    """A cell's text without the emphasis around it ("**Magistral Small**", "**73.4**")."""
    return text.strip("*").strip()


def rows_under_headers(text: str) -> Iterator[tuple[list[Cell], Row]]:
    """(header cells, row) for every data row of every table: a table is a run of adjacent lines
    that start and end with |, its first line the header, a separator line skipped."""
    if "|" not in text:
        return
    header: list[Cell] | None = None
    previous_end = -2
    for line in _TABLE_LINE.finditer(text):
        cells = _cells(text, line.start(), line.end())
        if line.start() != previous_end + 1:
            header = cells  # a new table starts
        elif header is not None and not all(_SEPARATOR_CELL.fullmatch(c.text) for c in cells if c.text):
            yield header, Row(line.start(), line.end(), cells)
        previous_end = line.end()
