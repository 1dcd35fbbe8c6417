"""Tables laid out with spaces (text taken from PDFs): which lines are a table, and each cell's
place in the normalized text."""

from __future__ import annotations

from timeline.text.normalize import normalize
from timeline.text.tables import spaced_rows_under_headers


def _read(text: str) -> list[tuple[list[str], list[str]]]:
    norm = normalize(text)
    found = []
    for header, row in spaced_rows_under_headers(norm):
        for cell in (*header, *row.cells):  # (each cell's text is the normalized text at its place)
            assert norm.text[cell.start : cell.end].strip() == cell.text
        found.append(([c.text for c in header], [c.text for c in row.cells]))
    return found


def test_wide_gaps_split_cells_and_a_row_with_another_count_ends_the_table() -> None:
    text = ("Model            Params    Context\nLlama 3.1 405B   405B      128K\n\nGPT-4o           N/A       128K\n"
            "Notes: scores    from      the papers    here\nPhi-4            14B       16K\n")
    assert _read(text) == [
        (["Model", "Params", "Context"], ["Llama 3.1 405B", "405B", "128K"]),
        (["Model", "Params", "Context"], ["GPT-4o", "N/A", "128K"]),
    ]


def test_single_spaces_split_a_header_of_short_words_and_rows_from_the_right() -> None:
    text = "图表1：对比\n模型 发布时间 参数量 上下文长度\nKimi k1.5 2025.01 未披露 128K\no1 2024.12 200K\n资料来源"
    assert _read(text) == [(["模型", "发布时间", "参数量", "上下文长度"], ["Kimi k1.5", "2025.01", "未披露", "128K"])]


def test_what_is_no_spaced_table() -> None:
    assert _read("| 模型 | 参数量 |\n|---|---|\n| Foo-2 | 7B |") == []  # (markdown: read elsewhere)
    assert _read("这个模型 参数量 很大 真的\nFoo-2 7B 很大 真的") == []  # (the model column does not open the line)
    assert _read("Model parameters are counted in billions\nFoo-2 has 7 billion parameters in all") == []  # (prose)
    assert _read("模型 参数量 上下文长度是指模型一次能读入的最大长度\nFoo-2 7B 32K") == []  # (a long word)
    assert _read("Model  Params\n") == []  # (a header without rows)
