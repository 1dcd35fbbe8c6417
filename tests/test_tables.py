"""Tables laid out with spaces (text taken from PDFs) or drawn with pipes: which lines are a table, and each
cell's place in the normalized text."""

from __future__ import annotations

from timeline.text.normalize import normalize
from timeline.text.tables import bare_rows_under_headers, rows_under_headers, spaced_rows_under_headers


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


def test_every_header_word_opens_a_table_after_the_first_line() -> None:
    # (a header is looked for after each line break only where the line opens with one of a few characters: each word
    # of the model column, the benchmark column and the rows' numbers must be among them, in either case)
    for head in ["Model", "model", "MODELS", "Model name", "模型", "模型名称", "Benchmark", "benchmarks", "TASK",
                 "Tasks", "Dataset", "基准", "基準測試", "评测", "評測集", "测试集"]:
        assert _read(f"Intro line.\n  {head}    Score\nFoo-2      85.5\n") == [([head, "Score"], ["Foo-2", "85.5"])]
    for number in ["序号", "序號", "编号", "編號", "排名", "No.", "NO", "Rank", "RANK"]:
        assert _read(f"Intro line.\n{number}    Model    Score\n1    Foo-2    85.5\n") == [
            ([number, "Model", "Score"], ["1", "Foo-2", "85.5"])], number


def test_what_is_no_spaced_table() -> None:
    assert _read("| 模型 | 参数量 |\n|---|---|\n| Foo-2 | 7B |") == []  # (markdown: read elsewhere)
    assert _read("这个模型 参数量 很大 真的\nFoo-2 7B 很大 真的") == []  # (the model column does not open the line)
    assert _read("Model parameters are counted in billions\nFoo-2 has 7 billion parameters in all") == []  # (prose)
    assert _read("模型 参数量 上下文长度是指模型一次能读入的最大长度\nFoo-2 7B 32K") == []  # (a long word)
    assert _read("Model  Params\n") == []  # (a header without rows)


def test_a_table_without_outer_pipes_is_read_from_its_header_to_its_last_row() -> None:
    """A header led by the model column, or one over a separator line; rows with as many pipes, none at
    their start; a line of prose with a pipe is no table."""

    def read(text: str) -> list[tuple[list[str], list[str]]]:
        return [([c.text for c in h], [c.text for c in r.cells]) for h, r in bare_rows_under_headers(text)]

    text = "整理:某某\n\n模型名称 | 参数量 | 发布\nFoo-3 | 1750亿 | 2020.05\nBar-2 | 70亿 | 2023.02\n正文 | 一句\n"
    assert read(text) == [(["模型名称", "参数量", "发布"], ["Foo-3", "1750亿", "2020.05"]),
                          (["模型名称", "参数量", "发布"], ["Bar-2", "70亿", "2023.02"])]
    assert read("Name|Params\n---|---\nFoo-2|7B\n") == [(["Name", "Params"], ["Foo-2", "7B"])]
    assert read("| Model | Params |\n|---|---|\n| Foo-2 | 7B |\n") == []  # (outer pipes: read by rows_under_headers)
    assert read("A or B | C, as the shell writes it\nFoo-2 | 7B\n") == []  # (no model column, no separator)


def test_a_grid_tables_border_lines_keep_its_rows_under_its_header() -> None:
    text = ("+---------+--------+\n| Model   | Params |\n+=========+========+\n| Foo-2   | 123B   |\n"
            "+---------+--------+\n| Bar-1   | 22B    |\n+---------+--------+\n\n| Other | Table |\n| Baz-3 | 7B |\n")
    found = [([c.text for c in header], [c.text for c in row.cells]) for header, row in rows_under_headers(text)]
    assert found == [(["Model", "Params"], ["Foo-2", "123B"]), (["Model", "Params"], ["Bar-1", "22B"]),
                     (["Other", "Table"], ["Baz-3", "7B"])]
