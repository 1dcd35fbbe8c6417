"""How articles join the items of a list ("8B、70B", "8B and 70B", "1B, 4B and 12B", "A和B")."""

# Between two items: 、 or a slash, a comma (perhaps with "and"/"or" after it), a word for "and"/"or".
ITEM_SEPARATOR = r"(?:\s*(?:、|/\s*|,\s*(?:and\s+|or\s+)?)|\s+(?:and|or|&)\s+|\s*(?:和|与|及|以及|或)\s*)"
# The marks bullets are written with (· and the geometric ones as Chinese posts write them: "· 谷歌发布…", "▶ …")
BULLET_MARKS = "-*+•·▶►▪◆●■✅✔☑➤▸◦🔹🔸👉📌"  # (and the check marks and arrows of a post: "✅ 上下文128K")
BULLET_CLASS = "[" + BULLET_MARKS.replace("-", r"\-") + "]"
# A bullet item's mark, and what may open a line before its words: a bullet, then bold ("- **Context:** 128K")
BULLET = rf"{BULLET_CLASS}[ \t]"
LINE_LEAD = rf"[ \t]*(?:{BULLET}[ \t]*)?(?:\*\*)?"
# A numbered item's number, in figures or in Chinese numerals ("3.", "2)", "1、", "三、"; a heading's: "### 1. Foo-3")
ITEM_NUMBER = r"(?:\d{1,2}[.、)]|[一二三四五六七八九十]{1,3}、)"
# A point's order word that opens its sentence, as an answer counts its points ("第三，HLE带工具44.9%", "最后，…")
ORDINAL_LEAD = r"(?:第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|另外|此外)[，,、]\s*"
# A blank line, where a paragraph, a list or a record's block of fields ends
BLANK_LINE = r"\n[ \t]*\n"
RECORD_REACH = 400  # characters a record's block of fields is looked over, each way


def heading_level(text: str, start: int) -> int:
    """How many # open the line at `start`: its markdown heading's level (0: no heading)."""
    head = text[start : start + 7]
    return len(head) - len(head.lstrip("#"))


def bold_question_above(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of a question in bold alone on its line right over the line at `line_start` (one blank line
    between them at most), as interviews and FAQs set them ("**When did you ship Foo-3?**" over "On September
    30."); None else. (The question mark and the marks found with str.endswith: most lines have neither.)"""
    end = line_start - 1
    while end > 0 and text[end - 1 : end] in (" ", "\t"):
        end -= 1
    if end > 0 and text[end - 1] == "\n":
        end -= 1  # (over one blank line)
    if not text.endswith(("?**", "？**"), 0, end):
        return None
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if text.startswith("**", start) else None
