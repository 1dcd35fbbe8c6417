"""How articles join the items of a list ("8B、70B", "8B and 70B", "1B, 4B and 12B", "A和B")."""

# Between two items: 、 or a slash, a comma (perhaps with "and"/"or" after it), a word for "and"/"or".
ITEM_SEPARATOR = r"(?:\s*(?:、|/|,\s*(?:and\s+|or\s+)?)|\s+(?:and|or|&)\s+|\s*(?:和|与|及|以及|或)\s*)"
# The marks bullets are written with (· and the geometric ones as Chinese posts write them: "· 谷歌发布…", "▶ …")
BULLET_MARKS = "-*+•·▶►▪◆●■"
BULLET_CLASS = "[" + BULLET_MARKS.replace("-", r"\-") + "]"
# A bullet item's mark, and what may open a line before its words: a bullet, then bold ("- **Context:** 128K")
BULLET = rf"{BULLET_CLASS}[ \t]"
LINE_LEAD = rf"[ \t]*(?:{BULLET}[ \t]*)?(?:\*\*)?"
# A blank line, where a paragraph, a list or a record's block of fields ends
BLANK_LINE = r"\n[ \t]*\n"
RECORD_REACH = 400  # characters a record's block of fields is looked over, each way
