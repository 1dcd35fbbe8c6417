"""Tables (markdown, or laid out with spaces): their header cells, and each row's cells with where they
stand in the text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from timeline.text.scripts import HAN_RANGES
from timeline.text.windows import end_of_line, occurrences

if TYPE_CHECKING:
    from timeline.text.normalize import NormText

# The header of a table's model column (the models' own names are down it): "模型", "Model name".
MODEL_COLUMN = r"(?:(?i:models?(?: name)?)|模型(?:名[称稱]|名)?)"  # (and in traditional characters: 模型名稱)
# (a header's cell: or the one that stands for a row's technique, "| 技术 | 代表模型 | 最大上下文 |", "| Method |
# Example model |"; the one a notice retires, beside its replacement's, "| Shutdown date | Legacy model | Recommended
# replacement |", "| 旧模型 | 替代模型 |"; not in MODEL_COLUMN, which the scans for a header search text with: its
# literal start keeps them fast)
MODEL_HEAD = (r"(?:(?i:(?:representative|example|key|legacy|deprecated|retired|old(?:er)?|previous|affected)\s+)"
              rf"|代表|典型|主要|旧|弃用|下线)?{MODEL_COLUMN}")
# The header of a table's column of the models' makers: "Organization", "Developer", "发布机构", "厂商" (and who filed
# it, in a registry's list: "备案单位"); the tables' own text is read too, in traditional characters ("廠商", "機構")
MAKER_HEAD = (r"(?:(?i:developers?|developed\s+by|organi[sz]ations?|org|company|companies|vendors?|providers?|creators?"
              r"|makers?|labs?|made\s+by)|(?:发布|發布|开发|開發|研发|研發)?(?:机构|機構|方|者|商|公司)|厂商|廠商"
              r"|(?:备案|備案|开发|開發|研发|研發|发布|發布)(?:单位|單位))")
_TABLE_LINE_BODY = r"[ \t]*\|.*\|[ \t]*$"
_TABLE_LINE = re.compile(_TABLE_LINE_BODY, re.M)  # (matched at the text's start)
# (the next ones led by their line break, a literal found fast, and tested for the bar in a lookahead: a pattern led by
# "^" was tried at every character of the text, 75 instructions each)
_NEXT_TABLE_LINE = re.compile(r"\n(?=[ \t]*\|)" + _TABLE_LINE_BODY, re.M)
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


# (a reference's mark after a cell's text, as an encyclopedia's table copied as text has it: "Release date[a]",
# "Number of parameters (billion)[b]", "405[12]")
_REFERENCE_MARK = re.compile(r"(?:\[(?:\d{1,3}|[a-z])\])+$")
# A footnote's marks after a cell's figure ("70B†", "1M*", "47.6%¹"): the figure's all the same
FOOTNOTE_MARKS = r"[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]*"


def unemphasized(text: str) -> str:
    """A cell's text without the emphasis around it ("**Magistral Small**", "**73.4**") and a reference's mark after
    it."""
    text = text.strip("*").strip()
    return _REFERENCE_MARK.sub("", text).rstrip() if text.endswith("]") else text


def rows_under_headers(text: str) -> Iterator[tuple[list[Cell], Row]]:
    """(header cells, row) for every data row of every table: a table is a run of adjacent lines
    that start and end with |, its first line the header, a separator line skipped; or one without
    the outer pipes (bare_rows_under_headers); or a sheet's values apart by commas (comma_rows_under_headers)."""
    yield from comma_rows_under_headers(text)
    if "|" not in text:
        return
    header: list[Cell] | None = None
    previous_end = -2
    for start, end in _table_lines(text):
        cells = _cells(text, start, end)
        if start != previous_end + 1 and not _grid_borders(text, previous_end + 1, start):
            header = cells  # a new table starts
        elif header is not None and not _separator(cells):
            yield header, Row(start, end, cells)
        previous_end = end
    yield from bare_rows_under_headers(text)


def _table_lines(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of every line that starts and ends with a bar (blanks around), in order."""
    if (first := _TABLE_LINE.match(text)) is not None:
        yield first.start(), first.end()
    for line in _NEXT_TABLE_LINE.finditer(text):
        yield line.start() + 1, line.end()


# A grid table's border lines between its rows ("+------+-----+", "+======+=====+", as reStructuredText and pandoc
# draw them): still one table
_GRID_BORDERS = re.compile(r"(?:[ \t]*\+(?:[-=:]+\+)+[ \t]*\n)+")


def _grid_borders(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a grid table's border lines (found after a "+" first: most gaps have none)."""
    return 0 < start < end and text.find("+", start, start + 8) != -1 \
        and _GRID_BORDERS.fullmatch(text, start, end) is not None


def _separator(cells: list[Cell]) -> bool:
    return all(_SEPARATOR_CELL.fullmatch(c.text) for c in cells if c.text)


# A table without the outer pipes ("模型名称 | 发布机构 | 参数量", as markdown allows it and plain text writes
# it): its header led by the model column, or followed by a separator line ("--- | ---"); then the lines
# with as many pipes, none at their start. (Found from the lines that hold a pipe, by str.find: a pattern
# led by a line break was tried at every line of every text, three times the cost of the markdown tables.)
_BARE_HEAD = re.compile(rf"[ \t]*{MODEL_COLUMN}[ \t]*\|")


def _separator_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a table's separator line ("--- | ---", with its pipes or without)."""
    cells = _bare_cells(text, start, end) if text.find("|", start, end) != -1 else []
    return any(c.text for c in cells) and _separator(cells)


def _bare_cells(text: str, start: int, end: int, sep: str = "|") -> list[Cell]:
    """The cells of text[start:end] apart by `sep` (a bare table's pipes, or a sheet's commas)."""
    cells, pos = [], start
    for raw in text[start:end].split(sep):
        stripped = raw.strip()
        offset = raw.find(stripped) if stripped else 0
        cells.append(Cell(pos + offset, pos + offset + len(stripped), stripped))
        pos += len(raw) + 1
    return cells


def _unquoted(text: str, start: int, end: int, sep: str) -> list[int]:
    """Where each `sep` outside double quotes stands in text[start:end] (a quote doubled inside a quoted cell toggles
    twice)."""
    found, quoted = [], False
    for pos in range(start, end):
        ch = text[pos]
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            found.append(pos)
    return found


def _sheet_cells(text: str, start: int, end: int, sep: str) -> list[Cell]:
    """A sheet's row's cells apart by `sep`, as CSV writes them: a cell in double quotes may hold the separator, its
    quotes no part of its text ("\"Acme AI, Inc.\"", "\"32,768\"")."""
    if text.find('"', start, end) == -1:
        return _bare_cells(text, start, end, sep)
    cells = []
    for cut_start, cut_end in itertools.pairwise([start - 1, *_unquoted(text, start, end, sep), end]):
        a, b = _stripped(text, cut_start + 1, cut_end)
        if b - a >= 2 and text[a] == text[b - 1] == '"':
            a, b = _stripped(text, a + 1, b - 1)
        cells.append(Cell(a, b, text[a:b]))
    return cells


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the blanks at its ends."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return start, end


def bare_rows_under_headers(text: str) -> Iterator[tuple[list[Cell], Row]]:
    pipe = text.find("|")
    while pipe != -1:
        head = text.rfind("\n", 0, pipe) + 1
        head_end = end_of_line(text, pipe)
        pipe = text.find("|", head_end)
        pipes = text.count("|", head, head_end)
        if text[head:head_end].lstrip().startswith("|") or head_end == len(text) or not (
                (pipes >= 2 and _BARE_HEAD.match(text, head, head_end))
                or _separator_line(text, head_end + 1, end_of_line(text, head_end + 1))):
            continue  # (a table with outer pipes; a line of text; no rows)
        header = _bare_cells(text, head, head_end)
        pos = head_end + 1
        while pos < len(text):
            end = end_of_line(text, pos)
            if text.count("|", pos, end) != pipes or text[pos:end].lstrip().startswith("|"):
                break
            cells = _bare_cells(text, pos, end)
            if not _separator(cells):
                yield header, Row(pos, end, cells)
            pos = end + 1
        pipe = text.find("|", pos)


# A table written as comma-separated values, as a sheet exported to text has it ("model,org,date,params"; or with
# semicolons, as sheets set to a decimal comma export it, "Model;Organization;Release date"): its header led by the
# model column, then the lines with as many separators. (Found from the header's word by str.find: most texts have
# none.)
_COMMA_HEAD = re.compile(rf"[ \t]*{MODEL_COLUMN}[ \t]*(?P<sep>[,;])")
_COMMA_HEAD_WORDS = ("odel,", "odel ,", "odels,", "odel name,", "模型,", "模型名称,", "odel;", "odels;", "模型;")


def comma_rows_under_headers(text: str) -> Iterator[tuple[list[Cell], Row]]:
    heads = sorted({text.rfind("\n", 0, at) + 1 for word in _COMMA_HEAD_WORDS if word in text
                    for at in occurrences(text, word)})
    done = 0
    for head in heads:
        if head < done or (lead := _COMMA_HEAD.match(text, head)) is None:
            continue
        sep = lead.group("sep")
        head_end = end_of_line(text, head)
        # (its keys as words: "release_date", "context_window", as a sheet's columns are often named)
        header = [c._replace(text=c.text.replace("_", " ")) for c in _sheet_cells(text, head, head_end, sep)]
        if len(header) < 3 or "|" in text[head:head_end]:
            continue
        pos = head_end + 1
        while pos < len(text):
            end = end_of_line(text, pos)
            if "|" in text[pos:end] or len(cells := _sheet_cells(text, pos, end, sep)) != len(header):
                break
            yield header, Row(pos, end, cells)
            pos = end + 1
        done = pos


# Tables laid out with spaces, as text taken from a PDF has them: a header line that opens with the
# model column ("模型", "Model") and has its cells apart by a tab or two spaces or more, or by single
# spaces when each of its three or more cells is one short word, Chinese or capitalized; then rows
# with as many cells. A row's first cell (the model's name) may hold single spaces, so a row read by
# single spaces is split from the right. The table ends at the first line that is not such a row
# (one blank line between rows is passed over). Read off the original text: normalization drops the
# spaces between CJK cells.
# (or of its benchmark column, the models across: a paper's "Benchmark     Nova-7   Nova-6", cells two spaces apart)
_BENCH_COLUMN = (r"(?:(?i:benchmarks?|tasks?|datasets?)|基[准準](?:[测測][试試])?|[评評][测測](?:基[准準]|集|[项項]目)?"
                 r"|[测測][试試]集)")  # (the tables' own text is read, in traditional characters too: 基準測試)
# (after a column of the rows' numbers too, as a report's tables have: "序号  模型名称  研发机构  参数规模",
# "Rank   Model")
_ROW_NUMBER_COLUMN = r"(?:序号|序號|编号|編號|排名|No\.?|NO\.?|Rank|RANK)(?:[ \t]{2,}|\t)"
# (or after a column of the models' makers, as an analyst's report lists them: "厂商  模型  发布时间  参数规模",
# "Company   Model   Released")
_HEADER_START = (rf"[ \t]*(?:{_ROW_NUMBER_COLUMN})?(?:{MAKER_HEAD}[ \t]+(?={MODEL_COLUMN}))?"
                 rf"(?:{MODEL_COLUMN}[ \t]+|{_BENCH_COLUMN}(?:[ \t]{{2,}}|\t))(?=\S)")
_SPACED_HEADER = re.compile(_HEADER_START)  # (at a line's start)
# (led by the line break, a literal found fast, then the first characters a header may open with, in a lookahead: most
# lines fail it at once, where the branches cost each line's start 2.5 times as much)
# (a makers' column's by its capital or its Chinese: "Company", "Vendor", "厂商", "研发机构"; not a line in lower case)
_HEADER_FIRSTS = "MmBbTtDd模基評评測测序編编排NRCVOLP厂廠公研發发機机开開备備"
_NEXT_SPACED_HEADER = re.compile(f"\n(?=[ \t]*[{_HEADER_FIRSTS}])" + _HEADER_START)
_WIDE_GAP = re.compile(r"\t[ \t]*| {2,}\t*")
_ANY_GAP = re.compile(r"[ \t]+")
# A header cell read by single spaces: one short word, Chinese or capitalized ("参数量", "Params", "MMLU")
_HEAD_WORD = re.compile(rf"(?:[{HAN_RANGES}]|[A-Z0-9])\S{{0,11}}")
# A line of prose, no row of a table read by single spaces: three words in lower case ("As shown in Table 2, our model
# outperforms Llama-2-70B on GSM8K by 17.8 points" after the table: split from the right, "17.8" under GSM8K); a row
# has its name's variant at most ("GPT-4o mini 8B 82.0")
_PROSE_WORDS = re.compile(r"(?<![\w.-])[a-z]{2,}(?![\w.-])")
_PROSE_LEAST = 3


def _pieces(line: str, gap: re.Pattern[str]) -> list[tuple[int, int]]:
    """[start, end) of the parts of `line` (stripped) between gaps, relative to the line."""
    body_start = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    pieces, pos = [], body_start
    for m in gap.finditer(line, body_start, body_end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, body_end))
    return pieces


def _row_pieces(line: str, gap: re.Pattern[str], n: int) -> list[tuple[int, int]] | None:
    pieces = _pieces(line, gap)
    if gap is _WIDE_GAP:
        return pieces if len(pieces) == n else None
    if len(pieces) < n:
        return None
    return [(pieces[0][0], pieces[len(pieces) - n][1]), *pieces[len(pieces) - n + 1 :]]  # (the name keeps its spaces)


def _tab_pieces(line: str, n: int) -> list[tuple[int, int]] | None:
    """[start, end) of the `n` cells of a sheet's row pasted as text, split at each tab, its empty cells kept
    ("0.117\t\tMIT", a last cell left empty: "Apache 2.0\t"), which a run of blanks taken as one gap loses."""
    parts = line.rstrip("\r").split("\t")
    if len(parts) != n:
        return None
    pieces, pos = [], 0
    for part in parts:
        start = pos + len(part) - len(part.lstrip(" "))
        pieces.append((start, max(start, pos + len(part.rstrip(" ")))))
        pos += len(part) + 1
    return pieces


def _tab_headers(original: str) -> list[int]:
    """Where each line of three cells or more apart by tabs starts (found from the tabs, by str.find: most texts
    have none): a header whatever its first cell, a sheet's rows pasted as text ("Benchmark\tFoo-2\tBar-3")."""
    heads: list[int] = []
    tab = original.find("\t")
    while tab != -1:
        line_start = original.rfind("\n", 0, tab) + 1
        line_end = end_of_line(original, tab)
        # (its first cell may be empty: a sheet's corner over its rows' names)
        if len(_pieces(original[line_start:line_end], _WIDE_GAP)) + (original[line_start] == "\t") >= 3:
            heads.append(line_start)
        tab = original.find("\t", line_end)
    return heads


def spaced_rows_under_headers(norm: NormText) -> Iterator[tuple[list[Cell], Row]]:
    """(header cells, row) for every data row of every table laid out with spaces, in the offsets
    and characters of the normalized text."""
    original = norm.original
    starts = norm.starts

    def to_norm(offset: int) -> int:
        return bisect.bisect_left(starts, offset)

    def cells(line_start: int, pieces: list[tuple[int, int]]) -> list[Cell]:
        found = []
        for a, b in pieces:
            start, end = to_norm(line_start + a), to_norm(line_start + b)
            found.append(Cell(start, end, norm.text[start:end].strip()))
        return found

    pos = 0
    heads = [m.end() for m in _NEXT_SPACED_HEADER.finditer(original)]
    if _SPACED_HEADER.match(original):
        heads.insert(0, 0)
    if "\t" in original:
        heads = sorted({*heads, *_tab_headers(original)})
    for head_end in heads:
        line_start = original.rfind("\n", 0, head_end) + 1
        if line_start < pos:
            continue  # (inside a table read already)
        line_end = original.find("\n", head_end)
        line_end = len(original) if line_end == -1 else line_end
        line = original[line_start:line_end]
        if "|" in line:
            continue  # (a markdown table's)
        gap = _WIDE_GAP if _WIDE_GAP.search(line.strip()) else _ANY_GAP
        head = _pieces(line, gap)
        if line.startswith("\t") and not original[line_end + 1 : line_end + 2].isspace():
            head.insert(0, (0, 0))  # (a sheet's empty corner cell over its rows' names: "\tFoo-2\tBar-3")
        if len(head) < (2 if gap is _WIDE_GAP else 3) or (
                gap is _ANY_GAP and not all(_HEAD_WORD.fullmatch(line, a, b) for a, b in head)):
            continue
        header = cells(line_start, head)
        # (a sheet's header, one tab between each two cells: its rows' empty cells are cells too)
        tabbed = "\t" in line and _tab_pieces(line, len(head)) is not None
        pos, blank = line_end + 1, 0
        while pos < len(original) and blank < 2:
            end = original.find("\n", pos)
            end = len(original) if end == -1 else end
            row_line = original[pos:end]
            if not row_line.strip():
                blank += 1
            else:
                pieces = _row_pieces(row_line, gap, len(head))
                if pieces is None and tabbed:
                    pieces = _tab_pieces(row_line, len(head))
                if pieces is None or _SPACED_HEADER.match(row_line) or (
                        gap is _ANY_GAP and len(_PROSE_WORDS.findall(row_line)) >= _PROSE_LEAST):
                    break  # (not a row; or the next table's header)
                blank = 0
                yield header, Row(to_norm(pos), to_norm(end), cells(pos, pieces))
            pos = end + 1
