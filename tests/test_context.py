"""The document context: its sentence, clause and line bounds equal their plain definitions, and
a sentence without stops is cut to a bounded span."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.context import LONGEST_SPAN, DocContext
from timeline.extract.pipeline import extract_text
from timeline.records import EventRecord
from timeline.text.normalize import normalize

# A sentence ends after a line break (not one after a comma, unless a list's item, a heading, a table's row, a quote
# or a blank line follows), a CJK or Latin full stop (a point only before white space and a capital, or at a line
# end, with the footnote marks after it; or before white space and a Chinese character, unless it ends a list's
# number at a line start; before white space and a name in lower case, "o3-pro", "gpt-4.1", "iPhone", past a closing
# quote and an opening one or a parenthesis, not before a time zone, "11:05 a.m. PT"; or before blanks and a digit
# after a word of two letters or more that is no abbreviation, or after a day's or a year's digits: "… the API. 128K
# …", "… in March. 18.8% …", "… March 25. 18.8% …", not "vol. 2" nor "Oct. 22") or a semicolon; a clause also after a
# comma not inside a number.
_ABBREVIATIONS = ("approx", "incl", "est", "ver", "vol", "fig", "sec", "eq", "vs", "no", "pp", "ch", "ed")
_CAPITALIZED_ABBREVIATIONS = ("Sept", "Corp", "Prof", "Dept", "Univ")
_SENTENCE = re.compile(r"(?<![,、])\n|\n(?=[ \t]*(?:[-*+•·▶►▪◆●■]|\d{1,2}[.)、]|#|\||>|\n|$))"
                       r"|[。！？!?；;]|\.(?![ \t]+(?:PT|PST|PDT|ET|EST|EDT|GMT|UTC|BST|CET)\b)"
                       r"(?:\[(?:\d{1,3}|\^[\w-]{1,16})\])*[\"”’)）]?"
                       r"(?=\s+[\"'(]?(?:[A-Z]|[a-z]{1,3}[A-Z]|[a-z]\d|gpt-)|$)"
                       r"|(?<!^\d)(?<!^\d\d)\.(?=\s+[\u3400-\u9fff“《「])"
                       r"|(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=[ \t]\d\d)|(?<=[ \t]\d{4}))"
                       r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})"
                       + "".join(f"(?<!{word})" for word in _CAPITALIZED_ABBREVIATIONS)
                       + "".join(rf"(?<!\b{word})" for word in _ABBREVIATIONS) + r"\.(?=[ \t]+\d)", re.M)
def _clause_commas(text: str) -> list[int]:
    """Ends of the commas that end clauses: all but a thousands separator (a digit before it, then
    exactly three digits), a date's before its year (a digit or an ordinal's suffix before it, then a blank and a
    year of four digits: "May 3, 2025", "September 27th, 2023") and one inside parentheses ("(Haiku, Sonnet)")."""
    return [i + 1 for i, ch in enumerate(text) if (ch == "，" or (ch == "," and not (
        i > 0 and text[i - 1].isdigit() and text[i + 1 : i + 4].isdigit() and len(text[i + 1 : i + 4]) == 3
        and not text[i + 4 : i + 5].isdigit()) and not _year_after(text, i))) and not _in_parentheses(text, i)]


def _in_parentheses(text: str, i: int) -> bool:
    """Whether the comma at `i` stands in a parenthesis opened before it on its line, fewer than 80 characters
    before, that closes after it on its line within those 80 characters, none other opened between."""
    opening = max(text.rfind("(", 0, i), text.rfind("（", 0, i))
    if opening == -1 or i + 1 - (opening + 1) >= 80 or any(c in text[opening + 1 : i] for c in ")）\n"):
        return False
    for j in range(i + 1, min(len(text), opening + 80)):
        if text[j] == "\n" or text[j] in "(（":
            return False
        if text[j] in ")）":
            return True
    return False


def _year_after(text: str, i: int) -> bool:
    before = text[max(0, i - 2) : i]
    year = text[i + 2 : i + 6]
    return (before[-1:].isdigit() or before in ("st", "nd", "rd", "th")) and text[i + 1 : i + 2] in (" ", "\t") \
        and len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") and not text[i + 6 : i + 7].isdigit()


_PIECES = ["\n", ",\n", "，\n", "、\n", "\n- ", "\n#", "\n|", "\n1. ",
           "。", "！", "?", ";", ".", ". A", ".\n", "a.b", "，", ",", "1,000", "1,0000", ",2023", " ", "中", "Z",
           "x", "\n\n", "[8]", ".[3] B", "[12]", ". 中", "3. 中", "12. 《", "BZ. 1", "the API. 12", "vol. 2", "Oct. 22",
           ". o3", ". gpt-4", "a.m. PT", ". ET", ". UTC", "in March. 18", " 25. 18", " 2024. 12", "Yeah. 1", "Sept. 3",
           "released. 1", " 1. 2"]
texts = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.text(max_size=60))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_bounds_equal_their_definitions(text: str) -> None:
    ctx = DocContext.build(normalize(text))
    norm = ctx.text
    sentence_ends = [m.end() for m in _SENTENCE.finditer(norm)]
    assert ctx._sentence_ends == sentence_ends
    assert ctx._clause_ends == sorted(sentence_ends + _clause_commas(norm))
    assert [norm[a:b] for a, b in ctx.lines] == norm.split("\n")
    assert ctx.line_starts == [a for a, _ in ctx.lines]


def test_sentence_and_clause_of_a_position() -> None:
    ctx = DocContext.build(normalize("GPT-4发布，参数1,000亿。下一句\nv2.5 is out. Next one"))
    text = ctx.text
    pos = text.index("参数")
    assert text[slice(*ctx.sentence(pos))] == "GPT-4发布,参数1,000亿。"  # (a full-width comma is normalized)
    assert text[slice(*ctx.clause(pos))] == "参数1,000亿。"
    assert text[slice(*ctx.sentence(text.index("is")))] == "v2.5 is out."
    assert text[slice(*ctx.sentence(text.index("Next")))] == " Next one"


def test_a_sentence_without_stops_is_cut_around_the_position() -> None:
    text = "x GPT-4 2024年 " * 400  # one line, no stop: 5,200 characters
    ctx = DocContext.build(normalize(text))
    for pos in (0, 100, 2600, len(text) - 1):
        for start, end in (ctx.sentence(pos), ctx.clause(pos)):
            assert start <= pos < end and end - start <= LONGEST_SPAN
    assert ctx.sentence(len(text) - 1)[1] == len(text)


def test_facts_on_a_line_without_stops_quote_a_bounded_span() -> None:
    """Each of the line's dated model mentions is an event quoting its own neighbourhood, not the
    whole line (which made the work per fact grow with the line: quadratic in it)."""
    text = "x GPT-4 2024年 " * 400
    events = [f for f in extract_text(text, "long.md").facts if isinstance(f, EventRecord)]
    assert len(events) > 100
    assert all(len(e.prov.quote) <= LONGEST_SPAN for e in events)


def test_a_long_run_of_parts_after_semicolons_is_read_without_recursing_through_it() -> None:
    """A sentence of parts after semicolons with no model in them looks back a few runs of parts for its subject, not
    to the run's start: a line of 1,600 dated parts had recursed past Python's limit (RecursionError)."""
    text = "by the end of next month; " * 1600
    assert extract_text(text, "parts.md", published=None).facts == []
    ctx = DocContext.build(normalize("Foo-3 was released in May; 128K context; " + "by the end of next month; " * 40))
    last = ctx.sentence(len(ctx.text) - 2)[0]
    assert ctx.referred_model(last) is None  # (too many runs back to its subject)
    near = ctx.sentence(len("Foo-3 was released in May; 128K context; by the end of next month; ") + 1)[0]
    assert (subject := ctx.referred_model(near)) is not None and subject.text == "Foo-3"
