"""One normalized string for matching, with an exact map back to the original text.

Every normalized character `i` remembers the original span `[starts[i], ends[i])` it came
from, so a match `[s, e)` in normalized text is `[starts[s], ends[e-1])` in the original.
Normalization only ever keeps, replaces or deletes characters; it never invents text whose
origin is unknown, which is what keeps quotes and line numbers exact.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import string
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import regex

from timeline.text.lists import BULLET, LINE_LEAD
from timeline.text.numerals import DIGITS, UNITS, below_ten_thousand
from timeline.text.scripts import CJK_RANGES, HAN_RANGES
from timeline.text.traditional import simplified
from timeline.text.windows import end_of_line, occurrences

Match = re.Match[str] | regex.Match[str]  # what _rewrite's patterns yield

# CJK ideographs (and the marks that sit between them) for join decisions.
CJK = r"\p{Han}"
_CJK_CHAR = regex.compile(CJK)

# Full-width ASCII to ASCII, ideographic space to space, curly and CJK quotes to plain ones.
_TRANSLATE: dict[int, int | str] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TRANSLATE.update(
    {
        0x3000: " ",
        0x00A0: " ",
        0x2009: " ",
        0x202F: " ",
        0x0000: " ",
        0xFFFD: " ",  # (what decoding reads a NUL as: timeline/sources/decode.py)
        0x201C: '"',
        0x201D: '"',
        0x201E: '"',
        0x300C: '"',
        0x300D: '"',
        0x300E: '"',
        0x300F: '"',
        0x2018: "'",
        0x2019: "'",
        0x2212: "-",
        0x2010: "-",
        0x2011: "-",
        0x2013: "-",
        0x2219: "·",  # (a bullet operator or a dot operator between a byline's parts: "Nov 25, 2025 ∙ Paid")
        0x22C5: "·",
    }
)
_NEEDS_TRANSLATION = re.compile("[" + "".join(regex.escape(chr(cp)) for cp in _TRANSLATE) + "]")
_TABLE: dict[int, str] = str.maketrans({k: (chr(v) if isinstance(v, int) else v) for k, v in _TRANSLATE.items()})


# A Latin full stop right after Chinese, before a letter or more Chinese, as text typed with Latin stops has it
# ("开源模型迎来爆发.DeepSeek于1月…"): the Chinese one, so that a sentence ends there and a name may start after it
# (led by the point, the engine jumps between points: led by the lookbehind, it was tried everywhere, 30x slower)
_HAN_STOP_RE = re.compile(r"\.(?<=[\u3400-\u9fff]\.)(?=[A-Za-z\u3400-\u9fff\"“《「])")


def _translate(text: str) -> str:
    """text.translate(_TABLE), 1:1 per character, so offsets are unchanged. str.translate with a
    non-ASCII table looks up every character of the text, and a substitution per match calls
    Python for each of the many full-width commas: one str.replace per character present is
    several times faster. Each search goes on from the first character still to translate."""
    pos = 0
    while (m := _NEEDS_TRANSLATION.search(text, pos)) is not None:
        pos = m.start()
        text = text.replace(m.group(0), _TABLE[ord(m.group(0))])
    return text


# A number written in Han before a large unit, as a figure: "一万亿参数", "三百二十亿", "六千七百一十亿" read as
# "1万亿", "320亿", "6710亿"; a round one keeps its last place, its digits being longer than the Han ("两千亿" ->
# "2千亿", "一百万" -> "1百万"). Each Han character becomes a digit or nothing, so the map back stays exact. Not an
# order alone ("十亿级", "千亿", "数十万"), nor what a longer number holds ("十一万" is whole; "万一" is no number).
# (Found back from each unit, which str.find finds: a pattern led by the numerals tried every 一 of a text.)
_HAN_NUMERALS = frozenset(DIGITS.keys() | UNITS.keys() - {"万"})  # (the numerals' own tables: 〇, 两, 拾, …)
_HAN_FIRST = frozenset(numeral for numeral, value in DIGITS.items() if value)
_HAN_REACH = 12  # numerals before a unit, at most


def _han_number_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    last_end = 0
    for end in sorted({*occurrences(text, "亿"), *occurrences(text, "万")}):
        if text.startswith("万一", end):
            continue
        start = end
        while start > last_end and end - start < _HAN_REACH and text[start - 1] in _HAN_NUMERALS:
            start -= 1
        if start == end or not (text[start] in _HAN_FIRST or (text[start] == "十" and text[start + 1 : start + 2]
                                                              and text[start + 1] in _HAN_FIRST)):
            continue
        value = below_ten_thousand(text[start:end])
        if value is None:
            continue
        last_end = end
        digits = str(value)
        if len(digits) > end - start:  # (round: "两千" -> "2" before the kept "千")
            if end - start != 2 or text[start + 1] not in "百千" or value % 100:
                continue
            digits, end = digits[0], start + 1
        edits += [(start + i, start + i + 1, digits[i]) for i in range(len(digits) - 1)]
        edits += [(start + i, start + i + 1, "") for i in range(len(digits) - 1, end - start - 1)]
        tail = _ten_thousands_tail(text, end + 1) if text[end] == "万" else None
        if tail is None:
            edits.append((end - 1, end, digits[-1]))
            continue
        # (the thousands after 万 as its decimals: "十二万八千" -> "12.8万", "三万两千五百" -> "3.25万")
        tail_end, value = tail
        edits.append((end - 1, end, f"{digits[-1]}.{value:04d}".rstrip("0")))
        edits.append((end, tail_end, "万"))  # (which stands for all of it: a quote that ends there holds the tail)
        last_end = tail_end
    return edits


def _ten_thousands_tail(text: str, start: int) -> tuple[int, int] | None:
    """(end, value) of the thousands written in Han after a count of 万 ("八千" of "十二万八千"), when a place follows
    their first digit and no larger unit ends them ("三万两千亿" is no such count)."""
    if text[start : start + 1] not in _HAN_FIRST or text[start + 1 : start + 2] not in ("千", "百"):
        return None
    end = start
    while end < len(text) and end - start < _HAN_REACH and text[end] in _HAN_NUMERALS:
        end += 1
    if text[end : end + 1] in ("万", "亿"):
        return None
    value = below_ten_thousand(text[start:end])
    return (end, value) if value else None


# A trillion as Taiwan's press writes it, 兆 ("1.8 兆個參數", "參數量超過 1 兆"), read as 万亿 where it counts
# parameters: a count right before 参数, or one a few characters after 参数 in its clause. Not elsewhere, where 兆 is
# mega, as mainland text writes it ("100兆宽带", "兆字节").
_TRILLION_PARAMS = re.compile(r"[ \t]?(?:个)?[ \t]?参数")
_TRILLION_CUE_REACH = 12  # characters from 参数 to the count
_CLAUSE_BREAKS = "。,;:\n"  # (normalized: "，" is "," here, as "；" and "：" are)


def _trillion_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for pos in occurrences(text, "兆"):
        last = pos - 2 if text[pos - 1 : pos] in (" ", "\t") else pos - 1
        if last < 0 or not text[last].isdigit():
            continue
        if _TRILLION_PARAMS.match(text, pos + 1) is None:
            window = text[max(0, last - _TRILLION_CUE_REACH) : last]
            cue = window.rfind("参数")
            if cue < 0 or any(ch in _CLAUSE_BREAKS for ch in window[cue:]):
                continue
        edits.append((pos, pos + 1, "万亿"))
    return edits


# Link targets and bare URLs: their words (HuggingFaceH4, 2023) are not facts. A markdown link is its
# text alone ("released [GPT-4.1](https://…) on April 14" reads "released GPT-4.1 on April 14": a bracket
# before a name, or a run of blanks in a sentence, which a table laid out with spaces has, hid facts);
# a bare URL is blanked in place.
_LINK_TARGET_RE = re.compile(r"\]\([^)\s]*\)")
_URL_RE = re.compile(r"https?://[^\s)\]）]+")
# A footnote's mark in the text ("a 1M-token window[^1], and …"): blanked, as it says nothing of what it follows; not
# the note's own line ("[^1]: Google blog, March 25, 2025.")
_NOTE_REF_RE = re.compile(r"\[\^[^\]\s]{1,20}\](?![:：])")
# A quotation's marks before a list's item ("> - Released: November 18, 2025" in a box of key facts): blanked, the item
# then read as any list's (not other quoted lines: a quoted summary's label, "> **核心速览**：…", is no field of the
# model a heading far above names)
_QUOTED_ITEM_RE = re.compile(r"(?:>[ \t]?)+(?=[-*+•][ \t]|\d{1,2}[.)][ \t])")


def _quoted_items(text: str) -> list[tuple[int, int]]:
    """The spans of _QUOTED_ITEM_RE's marks, tried where str.find finds a line that opens with ">" (a pattern anchored
    at every line's start was tried at every character)."""
    starts = ([0] if text.startswith(">") else []) + [pos + 1 for pos in occurrences(text, "\n>")]
    return [m.span() for start in starts if (m := _QUOTED_ITEM_RE.match(text, start)) is not None]
# Inline code that quotes one name, as changelogs and API docs write model ids ("Added `gpt-5`, `gpt-5-mini` and
# `gpt-5-nano`"): its backticks would stand between a list's items (or between a name of a few words and what follows
# it: "在 `AIME 2025` 上得分 89.3")
# (its mark first, the one before it looked behind only there)
_CODE_NAME_RE = re.compile(r"`(?<!``)[\w][\w.:/@+-]{0,80}(?: [\w.:/@+-]{1,40}){0,3}`(?!`)")


def _link_marks(text: str) -> list[tuple[int, int, str]]:
    """Edits that drop each markdown link's target and the bracket (and an image's "!") that opens its text
    on its line."""
    edits: list[tuple[int, int, str]] = []
    done = 0
    opened = -1  # (where the edits of the last link's opening bracket stand in `edits`)
    for m in _LINK_TARGET_RE.finditer(text):
        a = m.start()
        if a == done and opened >= 0 and (outer := edits[opened][0] - 1) >= 0 and text[outer] == "[":
            # (a link around an image, a README's badge: "[![Awesome](badge.svg)](https://awesome.re)" is "Awesome")
            edits.insert(opened, (outer, outer + 1, ""))
            edits.append((a, m.end(), ""))
            done, opened = m.end(), -1
            continue
        lowest = max(done, text.rfind("\n", 0, a) + 1)
        opening, depth = a - 1, 0  # (the bracket that balances it: "[[1]](#note)" is a link of "[1]")
        while opening >= lowest and (text[opening] != "[" or depth):
            depth += (text[opening] == "]") - (text[opening] == "[")
            opening -= 1
        opened = -1
        if opening >= lowest:
            opened = len(edits)
            edits.append((opening - 1 if text[opening - 1 : opening] == "!" else opening, opening + 1, ""))
        edits.append((a, m.end(), ""))
        done = m.end()
    return edits


# HTML tags left in text copied from web pages ("<br>", "<p class=…>", "</strong>"): markup, no words.
# An HTML table's rows, as README files write them (a row's cells on one line or on several): rewritten as a
# markdown table's, one line a row, its cells between pipes; the head's and body's tags and the line breaks
# inside a row dropped.
_HTML_TABLE_RE = re.compile(r"<table\b.*?</table>", re.S | re.I)
_HTML_CELL_RE = re.compile(r"\s*<(?i:t[dh])\b[^<>]*>\s*|\s*</(?i:t[dh])>\s*|<(?i:tr)\b[^<>]*>\s*|\s*</(?i:tr)>"
                           r"|\s*</?(?i:thead|tbody|tfoot)\b[^<>]*>")


def _html_cell(m: Match) -> str:
    tag = m.group(0).strip().lower()
    if tag.startswith(("<td", "<th")) and not tag.startswith("<thead"):
        return "|"
    if tag == "</tr>":
        return "|"
    if tag.startswith("<tr"):
        line_start = m.string.rfind("\n", 0, m.start()) + 1
        return "" if not m.string[line_start : m.start()].strip() else "\n"  # (a row that shares its line: its own)
    return ""


# An HTML comment, which a page never shows: an author's note to self ("<!-- TODO: mention Foo-3 (released Nov 24) -->")
_HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_TAG_RE = re.compile(
    # (a saved page's frame too: "<html><head><title>…</title></head>")
    r"</?(?i:a|abbr|article|aside|b|blockquote|body|br|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure"
    r"|font|footer|h[1-6]|head|header|hr|html|i|img|ins|li|main|mark|meta|nav|ol|p|pre|q|s|section|small|span|strong"
    # (a page's day in its tag too: "<time datetime=…>")
    r"|sub|summary|sup|table|tbody|td|th|thead|time|title|tr|u|ul)\b[^<>\n]{0,200}>"
    r"|<!(?i:doctype)\b[^<>\n]{0,200}>"  # (and its document type's line: "<!DOCTYPE html>")
)
# A wiki's citation in its source, the reference's markup and all it holds ("<ref>{{cite news |access-date=19 November
# 2025 |title=Google unveils Gemini 3}}</ref>"): the days it was read and the titles it quotes are no news of the text
_WIKI_REF_RE = re.compile(r"<ref(?:[ \t][^<>\n]{0,200})?>[^<]{0,2000}</ref>|<ref[ \t][^<>\n]{0,200}/>"
                          r"|\{\{[Cc]ite[ \t][^{}]{0,2000}\}\}")
# A wiki's markup in its source (MediaWiki's, a notes app's): a link's brackets and target ("[[Anthropic]]",
# "[[SWE-bench]] Verified", "[[Claude (language model)|Claude]]": what it shows), a file's or a category's link whole,
# bold and italic's quotes ("'''Claude Opus 4.5'''"); a heading's marks ("== History ==") are a markdown heading's
# (not a markdown link of a bracketed note: "[[1]](#note)")
_WIKI_LINK_RE = re.compile(r"\[\[(?:(?P<page>(?:File|Image|Category|文件|图像|分类):[^\[\]\n]{0,300})"
                           r"|(?:[^\[\]|\n]{1,200}\|)?[^\[\]|\n]{1,200})\]\](?!\()")
_WIKI_EMPHASIS_RE = re.compile(r"(?<!')(?:'{5}|'{2,3})(?!')")
_WIKI_HEADING_RE = re.compile(r"^(={2,6})[ \t]*(?=[^=\s])([^\n]*?)[ \t]*\1[ \t]*$", re.M)


def _wiki_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    if "[[" in text:
        for m in _WIKI_LINK_RE.finditer(text):
            if m.group("page") is not None:
                edits.append((m.start(), m.end(), ""))
            else:
                shown = text.rfind("|", m.start(), m.end()) + 1 or m.start() + 2
                edits += ((m.start(), shown, ""), (m.end() - 2, m.end(), ""))
    if "''" in text:
        edits += ((m.start(), m.end(), "") for m in _WIKI_EMPHASIS_RE.finditer(text))
    if "==" in text:
        for m in _WIKI_HEADING_RE.finditer(text):
            edits += ((m.start(), m.start(2), "#" * len(m.group(1)) + " "), (m.end(2), m.end(), ""))
    edits.sort()
    kept: list[tuple[int, int, str]] = []
    for edit in edits:  # (none inside a file's link dropped whole: its caption's emphasis)
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)
    return kept


# A paper's citation of an author and a year in brackets ("Qwen2.5-Math-7B [Yang et al. 2024] reaches 83.6"): blanked,
# as it stands between a model and what is said of it (one in parentheses reads as an aside already)
_BRACKET_CITATION_RE = re.compile(r"\[[A-Z][A-Za-z'-]+ et al\.?,? (?:19|20)\d\d[a-z]?(?:[;,] [^\[\]\n]{1,80})?\]")
# HTML's character references, as text scraped from a page keeps them ("Foo&nbsp;Labs", "128K&#8209;token", "&amp;"):
# the character each stands for (one the standard library decodes; an unknown name is left as written)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")


def _entity(m: Match) -> str:
    decoded = html.unescape(m.group(0))
    return (" " if decoded == "\u00a0" else decoded) if len(decoded) == 1 else m.group(0)


def unescape_references(text: str) -> str:
    """`text` with HTML's character references as the characters they stand for (a title read off the original)."""
    return _ENTITY_RE.sub(_entity, text) if "&" in text else text

# Patterns without Unicode properties use the stdlib `re` engine: about twice as fast here.
# Zero-width and direction marks and soft hyphens ("o3\u00ad-pro") carry no meaning for matching (nor does the
# carriage return of a CRLF line end, dropped first).
# (nor do trademark signs after a name: "NVIDIA Nemotron™ 3", "Llama®")
_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u2122\u00ae\u2120]")
_CRLF_RE = re.compile(r"\r(?=\n)")
_FENCE_MARK = re.compile("```|~~~")
# A prose line flattened out of a code listing: several call/assignment/import signals.
_CODE_SIGNAL_RE = re.compile(
    r"(?=[A-Za-z0-9_])(?:import\s+[A-Za-z_]|from\s+[A-Za-z0-9_.]+\s+import\b|def\s+[A-Za-z0-9_]+\("
    r"|[A-Za-z0-9_]\.[A-Za-z0-9_]+\(|[A-Za-z0-9_]\s*=\s*[A-Za-z0-9_][A-Za-z0-9_.]*\(|for\s+[A-Za-z0-9_]+\s+in\s+\w)"
)
# Spaces that PDF extraction puts between CJK characters (and between CJK and digits): a whole
# run of spaces and tabs is dropped (not tabs alone: _drop_spaces). (The pattern starts with the space
# itself, so the engine jumps from one space or tab to the next, and goes on only after a digit or a non-ASCII
# character: not inside a run (blanked code and links are long runs), nor after a Latin word,
# the common case. It matches only what is dropped: no Python runs for the many spaces kept.)
_SPACED_CJK_RE = re.compile(
    rf"[ \t](?<=[^\x00-\x2f:-\x7f][ \t])"
    rf"(?:(?<=[{HAN_RANGES}][ \t])[ \t]*(?=[{HAN_RANGES}]|\d)|(?<=\d[ \t])[ \t]*(?=[{HAN_RANGES}]))"
)


def _drop_spaces(m: Match) -> str:
    """A run of _SPACED_CJK_RE dropped, unless it is tabs alone: a sheet's cells pasted as text ("模型\t发布时间")."""
    return m.group(0) if not m.group(0).strip("\t") else ""


def _drop(m: Match) -> str:
    return ""


_TERMINAL = set("。！？!?；;:：")
# A line that gives a field of a record ("Model Release Date: July 23, 2024", "- **Context:** 128K"), as model cards
# and fact sheets list them, or a feed's item its fields ("pubDate: …"): it starts its line, it does not go on a cut
# sentence. (Not in Chinese: a line cut before "表示：" would look the same.)
_FIELD_LINE = re.compile(rf"{LINE_LEAD}(?:[A-Z][A-Za-z0-9/()&.-]*|[a-z]+[A-Z][A-Za-z]*)(?: [A-Za-z0-9/()&.-]+){{0,3}}"
                         r"(?:\*\*)?[ \t]*:")
# A line that opens with a date and a separator is an entry of a timeline ("2023年3月14日｜OpenAI发布GPT-4",
# "2024-05-13: GPT-4o", "Jan 2024 - Meta announces …"): it starts its line. (Or a log's, its date set apart by a tab
# or by two blanks, a time of day between: "2025-11-18T16:00Z  gemini-3-pro-preview added", "18 Nov 2025    …".)
_ENTRY_SEPARATOR = r"(?:[ \t]*(?:[｜|:：—–]|-[ \t])|\t|[ \t]{2,})"
# (a year's own timeline writes its days without it: "1月27日：DeepSeek应用登顶…" under "1月")
# (spaced too, before normalization drops the spaces: "1 月 27 日：")
# (and a month's days written alone: "18日：谷歌发布Gemini 3 Pro" under "2025年11月")
_DATED_ENTRY = re.compile(r"[ \t]*(?:(?:\d{4}[ \t]?年[ \t]?)?\d{1,2}[ \t]?月(?:[ \t]?\d{1,2}[ \t]?日)?|\d{1,2}[ \t]?日"
                          r"|\d{4}([-/.])\d{1,2}(?:\1\d{1,2})?"
                          r"|\d{4}[ \t]?年?[ \t]?[QH][1-4]"  # (a quarter's or a half's: "2026 Q1：…", "2026H2 - …")
                          r"|\d{1,2}/\d{1,2}/\d{4})"
                          rf"(?:T\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?[ \t]|{_ENTRY_SEPARATOR})")
_MONTH_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH_ENTRY = re.compile(rf"(?:\d{{1,2}}[ \t]+)?(?:{_MONTH_ABBR})[a-z]*\.?[ \t]+"
                          rf"(?:\d{{1,2}},?[ \t]+)?\d{{4}}{_ENTRY_SEPARATOR}")


# A Chinese field's line ("发布时间：2025年1月20日", "**参数规模**：671B"): in a run of two or more, each starts its
# line (alone, a line cut before "表示：" would look the same)
_ZH_FIELD = re.compile(rf"{LINE_LEAD}[\u4e00-\u9fff]{{2,6}}(?:\*\*)?[ \t]*[:：]")


def _fields_run(line: str, start: int, next_line: str, next_start: int) -> bool:
    """Whether the line at `start` and the next, at `next_start`, are both a Chinese field's."""
    return _ZH_FIELD.match(line, start) is not None and _ZH_FIELD.match(next_line, next_start) is not None


# (or a show's or a video's time mark: "03:15 Gemini 2.5 Pro launched …", "1:02:40 Q&A")
_CLOCK_ENTRY = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+(?=\S)")


def _opens_its_line(text: str, pos: int = 0) -> bool:
    """Whether a field line or a timeline's dated entry starts at `pos`: it starts its line, however the line
    before it ends."""
    return _FIELD_LINE.match(text, pos) is not None \
        or (text[pos : pos + 1].isdigit()
            and (_DATED_ENTRY.match(text, pos) or _MONTH_ENTRY.match(text, pos) or _CLOCK_ENTRY.match(text, pos))
            is not None) \
        or (text[pos : pos + 1].isupper() and _MONTH_ENTRY.match(text, pos) is not None)
# (a list item's number, "1." "2、", or a section's, "3.1 "; not a decimal that goes on a cut sentence: "得分为\n79.8%")
# (nor one before a word in lower case: "(54.8 and" over "3.0 respectively).")
# (or a post's bullet, a keycap's or a circled number: "✅ …", "2️⃣ Qwen3-Max：…", "② …")
_MD_START_RE = re.compile(
    r"^\s*(?:#|[-*+>|]\s|\d+(?:[.)、](?!\d)|(?:\.\d+)+[ \t](?![a-z]))|\*\*|```|[一二三四五六七八九十]+、"
    rf"|{BULLET}|\d\ufe0f?\u20e3|[\u2460-\u2473\u2776-\u277f\u2780-\u2789])")


@dataclass
class NormText:
    """Normalized text plus the map back to the original."""

    original: str
    text: str
    starts: array[int]
    ends: array[int]
    line_starts: list[int] = field(default_factory=list)
    traditional: bool = False  # matched in simplified characters (timeline/text/traditional.py)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = line_starts(self.original)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalized span [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def line_of(self, orig_offset: int) -> int:
        """1-based line of an original offset."""
        return bisect.bisect_right(self.line_starts, orig_offset)

    def provenance(self, start: int, end: int) -> tuple[int, int, int, int, str]:
        """(line_start, line_end, char_start, char_end, quote) in original terms."""
        return self.original_provenance(*self.orig_span(start, end))

    def original_provenance(self, a: int, b: int) -> tuple[int, int, int, int, str]:
        """provenance() of a span given in the original text's offsets."""
        return self.line_of(a), self.line_of(max(a, b - 1)), a, b, self.original[a:b]


def line_starts(text: str) -> list[int]:
    # (line lengths plus one, summed, all in C)
    return list(itertools.accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0))


def _rewrite(
    text: str,
    starts: array[int],
    ends: array[int],
    pattern: re.Pattern[str] | regex.Pattern[str],
    replace: Callable[[Match], str],
    within: list[tuple[int, int]] | None = None,
) -> tuple[str, array[int], array[int]]:
    """Replace each match (inside the sorted spans `within`, if given) by `replace(m)`, which must be
    empty, one char, or as long as the match."""
    edits: list[tuple[int, int, str]] = []
    resized = False
    found = pattern.finditer(text) if within is None else (m for a, b in within for m in pattern.finditer(text, a, b))
    for m in found:
        rep = replace(m)
        if rep == m.group(0):
            continue
        a, b = m.span()
        if len(rep) != b - a:
            if len(rep) > 1:
                raise ValueError("replacement must be empty, one character, or the match's length")
            resized = True
        edits.append((a, b, rep))
    return _apply(text, starts, ends, edits, resized)


def _apply(text: str, starts: array[int], ends: array[int], edits: list[tuple[int, int, str]], resized: bool
           ) -> tuple[str, array[int], array[int]]:
    """`text` with each (start, end, replacement) of `edits` (sorted, apart) made, and the map kept; `resized`:
    whether some replacement is not as long as what it replaces."""
    if not edits:
        return text, starts, ends
    parts: list[str] = []
    pos = 0
    for a, b, rep in edits:
        parts += (text[pos:a], rep)
        pos = b
    parts.append(text[pos:])
    if not resized:  # every character keeps its place, and its origin
        return "".join(parts), starts, ends
    # Machine integers, allocated once at their final size and copied as memory between views
    # (appending chunk by chunk would reallocate, and a slice of an array is a copy of its own).
    size = len(starts) - sum(b - a - len(rep) for a, b, rep in edits)
    new_starts, new_ends = array(starts.typecode, [0]) * size, array(ends.typecode, [0]) * size
    with memoryview(starts) as from_starts, memoryview(ends) as from_ends, \
            memoryview(new_starts) as to_starts, memoryview(new_ends) as to_ends:
        pos = out = 0
        for a, b, rep in edits:
            if len(rep) == b - a:  # kept in place: copied with what precedes it
                continue
            to_starts[out : out + a - pos] = from_starts[pos:a]
            to_ends[out : out + a - pos] = from_ends[pos:a]
            out += a - pos
            for k in range(len(rep)):  # (each character of it for the whole match, most often one)
                to_starts[out + k] = from_starts[a]
                to_ends[out + k] = from_ends[b - 1]
            out += len(rep)
            pos = b
        to_starts[out:] = from_starts[pos:]
        to_ends[out:] = from_ends[pos:]
    return "".join(parts), new_starts, new_ends


# A heading underlined, as markdown's setext headings and reStructuredText's are ("Release notes" over "=====",
# "Gemini 2.5 Flash-Lite" over "-----"): a line of text right over a line of "=" (a title) or "-" (a section), marked
# as the heading it is ("# …", "## …") and its underline blanked. Not a list's item, a table's row, a quotation, nor a
# sentence (a paragraph's last line over a rule).
# (its line break taken, not looked behind: a lookbehind that opens a pattern is tried at every character)
_UNDERLINE = re.compile(r"\n(?P<line>[ \t]{0,3}(?:={3,}|-{3,})[ \t]*)(?=\n|$)")
_UNDERLINE_ALONE = re.compile(r"[ \t]{0,3}(?:={3,}|-{3,})[ \t]*")
_NO_HEADING_START = frozenset("#|>-*+ \t")
# A numbered list's item at its line's start ("3. ", "2) ", "1、"; also read by the context's title)
NUMBERED_ITEM = r"\d{1,2}[.)、][ \t]"
_LIST_ITEM_START = re.compile(NUMBERED_ITEM)


def _setext_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _UNDERLINE.finditer(text):
        line_end = m.start("line") - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        over_start = text.rfind("\n", 0, line_start - 1) + 1 if line_start > 1 else line_start
        over = _UNDERLINE_ALONE.fullmatch(text, over_start, line_start - 1) if line_start > 1 else None
        if over is None and line_start > 1 and text[over_start : line_start - 1].strip():
            continue  # (the line over it holds text too: a paragraph's, or a masthead's over its issue's line)
        title = text[line_start:line_end].rstrip()
        if not title or title[0] in _NO_HEADING_START or len(title) > 80 or title[-1] in _TERMINAL or title[-1] == "." \
                or _LIST_ITEM_START.match(title) is not None:
            continue
        mark = "# " if "=" in m.group("line") else "## "
        if over is not None and not (edits and edits[-1][0] == over.start()):
            # (reStructuredText's title, between an overline and its underline; not one blanked already, the underline
            # of the heading right over it)
            edits.append((over.start(), over.end(), " " * (over.end() - over.start())))
        edits += ((line_start, line_start + 1, mark + text[line_start]),
                  (m.start("line"), m.end(), " " * (m.end() - m.start("line"))))
    return edits


def _only_blanks(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds only spaces and tabs."""
    return not text[start:end].strip(" \t")


def fence_spans(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks: from a line that starts (after spaces and tabs) with ``` or ~~~ and ends
    in a newline, through the next line that is that mark alone, or to the end of the text. Found
    by going from one mark to the next (a multiline regex with a lazy body was tried at every
    position of the text); tests/test_normalize.py holds it to that regex. A line whose first mark
    fails is left at once (no later mark on it can succeed), which keeps this linear on long lines."""
    return list(_fences_from(text, 0))


def _fences_from(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """fence_spans(text) from `pos` on, one at a time (code_fences goes on from a stray mark's line)."""
    while (mark := _FENCE_MARK.search(text, pos)) is not None:
        start = text.rfind("\n", 0, mark.start()) + 1
        opening_end = text.find("\n", mark.end())
        if opening_end == -1:
            break  # an opening line needs its newline, and no line starts after this one
        if not _only_blanks(text, start, mark.start()):
            pos = opening_end + 1
            continue
        fence, end, line_start = mark.group(0), len(text), opening_end + 1
        while (close := text.find(fence, line_start)) != -1:
            line_end = end_of_line(text, close)
            if _only_blanks(text, text.rfind("\n", 0, close) + 1, close) and \
                    _only_blanks(text, close + len(fence), line_end):
                end = line_end
                break
            line_start = line_end + 1
        yield start, end
        pos = end


def code_fences(text: str) -> list[tuple[int, int]]:
    """fence_spans(text) without a stray mark's: a block opened by a bare mark, or left open to the text's end, whose
    lines are mostly prose is none (a "```" that closed a listing whose opening line was cut away, over paragraphs and
    lists: blanked as code, they hid their facts); the marks after such a one are paired again."""
    found: list[tuple[int, int]] = []
    spans = _fences_from(text, 0)
    while (span := next(spans, None)) is not None:
        start, end = span
        opening_end = text.find("\n", start)
        if (end == len(text) or text[start:opening_end].strip() in ("```", "~~~")) \
                and _mostly_prose(text, opening_end + 1, end):
            spans = _fences_from(text, opening_end + 1)  # (the next mark may open a block, or be stray too)
            continue
        found.append(span)
    return found


# A line of prose, not code: Chinese without a statement's marks, not a comment ("# 路由器判断任务复杂度")
_CODE_MARKS = re.compile(r"[=(){};<>]|^[ \t]*(?:#(?!#)|//)")


def _mostly_prose(text: str, start: int, end: int) -> bool:
    """Whether the lines of text[start:end] are prose: five or more, and three in five of those that hold text."""
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    prose = sum(1 for line in lines if _CJK_CHAR.search(line) and not _CODE_MARKS.search(line))
    return prose >= _PROSE_LINES and prose >= _PROSE_SHARE * len(lines)


_PROSE_LINES = 5
_PROSE_SHARE = 0.6


def _blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each span blanked (same length: offsets unchanged)."""
    parts: list[str] = []
    pos = 0
    for a, b in spans:
        parts += (text[pos:a], _blank(text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _blank(text: str) -> str:
    """Spaces for every character but newlines (same length: offsets unchanged)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


# A longer line is prose (a whole article on one line, as some PDF tools give it) that may hold a
# listing, not a listing: only its runs of signals are code, each from its first signal to the end of
# the last one's word, signals no further apart than _CODE_GAP.
_LONG_LINE = 500
_CODE_GAP = 200


def _code_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that carry three or more code signals (of a long line, its runs of them)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        # Three signals need a call or an import: other lines are not scanned (the scan is slow).
        if "(" in line or "import" in line:
            signals = [m.span() for m in _CODE_SIGNAL_RE.finditer(line)]
            if len(line) <= _LONG_LINE:
                if len(signals) >= 3:
                    spans.append((start, start + len(line)))
            else:
                spans += [(start + a, start + b) for a, b in _code_runs(line, signals)]
        start += len(line) + 1
    return spans


def _code_runs(line: str, signals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[list[tuple[int, int]]] = []
    for span in signals:
        if runs and span[0] - runs[-1][-1][1] <= _CODE_GAP:
            runs[-1].append(span)
        else:
            runs.append([span])
    spans = []
    for run in runs:
        if len(run) >= 3:
            end = run[-1][1]
            while end < len(line) and not line[end].isspace():
                end += 1
            spans.append((run[0][0], end))
    return spans


def _text_lines(text: str) -> list[str]:
    """The lines that hold text, stripped."""
    return [ln for ln in map(str.strip, text.split("\n")) if ln]


def is_hard_wrapped(text: str, lines: list[str] | None = None) -> bool:
    """True for text whose lines were cut mid-sentence (typical of PDF extraction); `lines`:
    _text_lines(text), when the caller has them."""
    lines = _text_lines(text) if lines is None else lines
    prose = 0
    cut: list[int] = []  # (the lengths of the lines cut)
    for cur, nxt in itertools.pairwise(lines):
        if _MD_START_RE.match(cur) or _piped_row(cur):
            continue
        prose += 1
        # (the next line opening with a mark no line opens with is cut too: "（记者张三" over "）记者20日…")
        if cur[-1] not in _TERMINAL and (cur[-1].isalnum() or cur[-1] in "-、,，") \
                and (nxt[0].isalnum() or nxt[0] in _NO_LINE_START) \
                and not _opens_its_line(nxt) and not _fields_run(cur, 0, nxt, 0):
            cut.append(len(cur))
    breaks = len(cut)
    # (a short text, a paragraph or two, is wrapped only when almost every line is cut)
    if not ((prose >= 8 and breaks >= 0.4 * prose) or (prose >= 3 and breaks >= 0.75 * prose)):
        return False
    # The lines cut are a wrapped text's full ones, near its width: not short headings, each over a paragraph on
    # one long line ("一月：DeepSeek-R1横空出世" over "1月20日，深度求索正式发布…").
    cut.sort()
    widths = sorted(map(len, lines))
    return cut[breaks // 2] >= _CUT_WIDTH * widths[len(widths) * 9 // 10]


_CUT_WIDTH = 0.5  # (the median line cut, against the longest lines: 0.6 to 1.0 in wrapped texts, under 0.2 else)


# A break starts right after a line's last character, never inside a run of blanks: tried from
# every blank of a run, a run not followed by text (blanked code at the end) was scanned once per
# blank, in time quadratic in its length (1.4 to 2.0 s for 12K of blanked code).
# (with the hyphen of a word cut at its line's end and going on in lower case on the next: "70B param-\neters"; or on
# the one after a blank line, as a PDF's double-spaced lines: "SWE-bench Veri-\n\nfied")
# Led by the break's first character, not a lookahead: the `re` engine then jumps from one such character to the
# next instead of trying the pattern at every position (0.09 s instead of 0.14 s over 200 of the bench's articles).
# (past a page's number alone on a line between blank ones, as a PDF's text has it: "…followed in" over "12" over "July
# 2024 …")
_WRAP_BREAK_RE = re.compile(r"[ \t\n-](?:(?<=[a-z][a-z]-)(?=[ \t]*\n(?:[ \t]*\n)?[ \t]*[a-z][a-z])[ \t]*\n"
                            r"|(?<=[^ \t\n][ \t])[ \t]*\n|(?<=[^ \t\n]\n))"
                            r"(?:(?:[ \t]*\n)+[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*\n)+|(?:[ \t]*\n)*)[ \t]*(?=[^\s])")


# A subtitle file's cues (SRT, WebVTT): each cue's number and timing line is blanked, and its text is joined to the
# next cue's as wrapped text is, one flow of speech ("…开源了DeepSeek-V3，" then "总参数6710亿，…" in the next cue)
_CUE_RE = re.compile(r"^[ \t]*(?:\d+[ \t]*\n[ \t]*)?(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*"
                     r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*$|\A\ufeff?WEBVTT[^\n]*$", re.M)


def _join_cue(m: Match) -> str:
    """What the break between two cues becomes: as wrapped text's, but a comma after a cue in Chinese that ends with
    no mark, as Chinese subtitles leave their clauses ("…推出了Claude Opus 4.5" then "它在SWE-bench…" then
    "据说DeepSeek明年2月可能会发布V4": one clause each, not one run of three)."""
    joined = _join_wrapped(m)
    if "\n" in joined or m.string[m.start() - 1] in _TERMINAL or m.string[m.start() - 1] in ",、":
        return joined
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return "," if _CJK_CHAR.search(m.string, line_start, m.start()) else joined


def _cues(text: str) -> list[tuple[int, int]]:
    """Spans of a subtitle file's cue numbers and timings (and WebVTT's header), when it has two cues or more."""
    if "-->" not in text:
        return []
    spans = [m.span() for m in _CUE_RE.finditer(text)]
    return spans if len(spans) >= 2 else []


def _short_line(lines: list[str]) -> int:
    """Lines shorter than this end where they do (a heading, a title, a paragraph's last line):
    half the length that a quarter of the lines that hold text (`lines`) reach, as a wrapped paragraph's do (the
    median's half was a byline's length in a short text: a title, a byline and one paragraph)."""
    lengths = sorted(map(len, lines))
    return lengths[len(lengths) * 3 // 4] // 2 if lengths else 0


# Lines that end where they do in wrapped text: headings (markdown, numbered chapters and sections,
# captions), rows of a table laid out with spaces, titles in title case.
_HEADING_LINE = re.compile(r"[ \t]*(?:#{1,6}[ \t]|(?:Chapter|Section|Part|Appendix|Table|Figure)\s+[\dIVX]+"
                           r"(?:\.\d+)*[.:]?\s|第[一二三四五六七八九十\d]+[章节部分篇]|(?:图表|[表图])\s*\d+(?:[.-]\d+)*(?:\s|[:：]))")
_COLUMNS = re.compile(r"\S(?:[ \t]{3,}|[ \t]*\t[ \t]*)\S")  # (or a tab: a sheet's rows pasted as text)
# A row of a table laid out with single spaces: a few short cells, two or more of them with digits,
# and no sentence's punctuation nor run of three small words ("DeepSeek-R1 2025.01 671B 128K"; not
# "Gemini 2.0 Pro generally available in Q1 2025.", nor "achieves 87.5% on MMLU and 88.4% on HumanEval.",
# a sentence's end).
# (a full stop within the line before a capital ends a sentence: "Flash and Veo 3. WWDC25 ran June 9-13."; so does one
# after a number at the line's end: "from the 15th of January 2026.")
# (and Chinese spaced from its numbers, as many write it, is prose: "OpenAI 在 2024 年 9 月发布推理模型")
# (a line that ends with a word that needs what follows is a sentence cut there: "… and DeepSeek-V3.2-Speciale on")
_SENTENCE_CUT = re.compile(r"[ \t](?:on|in|at|of|to|for|with|by|and|or|the|a|an|from|than)[ \t]*$")
_SENTENCE_MARK = re.compile(r"[,，。；;:：!！?？]|\b[a-z]+ [a-z]+ [a-z]+\b|[A-Za-z%)\d]\.[ \t]*$|[a-z0-9]\.[ \t]+[A-Z]"
                            rf"|{_SENTENCE_CUT.pattern}"
                            r"|\d[ \t]+[年月日号亿万]"
                            # (a verb or a word between its spaced names and numbers, "GLM-4.5 是 128K", and a
                            # clause's aside, "打成平手（48.6": prose, as many write Chinese)
                            r"|(?:^|[ \t])[是为在和与比约达的][ \t]|[\u4e00-\u9fff][(（]\d"
                            # (or a Chinese word between two names with none: "发布Llama 4 Scout和Llama 4 M")
                            r"|[A-Za-z0-9][\u4e00-\u9fff]{1,3}[A-Za-z]")


_QUOTED_CELL_RE = re.compile(r'"[^"\n]*"')


def _csv_row(line: str) -> bool:
    """Whether `line` is a row of comma-separated values ("2024-07-23,Llama 3.1 405B,Meta,405B,128K"; or of
    semicolon-separated ones, "Foo-2;Acme AI;2025-03-04;24B"): three cells or more, none led by a space as a
    sentence's would be, two with a letter (not a number's thousands, "1,048,576"); no Chinese, whose full-width
    commas the text holds as ASCII ones."""
    if '"' in line:
        line = _QUOTED_CELL_RE.sub('""', line)  # (a quoted cell may hold the separator and a space: "Acme AI, Inc.")
    sep = "," if line.count(",") >= 2 else ";"
    if line.count(sep) < 2 or f"{sep} " in line or _CJK_CHAR.search(line):
        return False
    cells = line.split(sep)
    return sum(any(ch.isalpha() for ch in cell) for cell in cells) >= 2 \
        and sum(not (a[-1:].isdigit() and b[:1].isdigit()) for a, b in itertools.pairwise(cells)) >= 2


def _piped_row(line: str) -> bool:
    """Whether `line` is a table's row, perhaps without the outer pipes ("模型名称 | 发布机构 | 参数量")."""
    return line.count("|") >= 2


def _cells_row(line: str) -> bool:
    if _piped_row(line) or _csv_row(line):
        return True
    cells = line.split()
    return 3 <= len(cells) <= 8 and sum(any(ch.isdigit() for ch in cell) for cell in cells) >= 2 \
        and not _SENTENCE_MARK.search(line)


# The end of a line whose sentence the day on the next line completes ("Both models were released on" over "15 March
# 2025."): that day's line is no byline's, the break a wrapped one
_CUT_BEFORE_DAY = re.compile(r"(?:(?<![A-Za-z])(?:on|in|at|since|from|until|before|after|of|by)|[于在自从])[ \t]*\Z")


def cut_before_day(text: str, end: int) -> bool:
    """Whether the line ending at `end` breaks its sentence before a day (_CUT_BEFORE_DAY)."""
    return _CUT_BEFORE_DAY.search(text, max(0, end - 12), end) is not None


# A weekday, in full or short (read by bylines and a day's line; and by the events: an English digest's weekday before
# its line's day)
WEEKDAY_WRITTEN = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                   r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)")
# A time zone's abbreviation after a time of day ("10:00 AM PT", "18.00 GMT")
TIME_ZONE = r"(?:UTC|GMT|CST|EST|PST|BJT|EDT|PDT|CDT|ET|PT|CT|BST|CET)"
# A day's Chinese label, as a byline writes it ("发布时间：", "日期："; also read by the byline's lead)
DAY_LABEL_ZH = r"(?:发布|发表|更新)?(?:时间|日期)"
# An arXiv paper's stamp, as a PDF's text puts it over the title or in the margin ("arXiv:2507.20534v1 [cs.CL] 28 Jul
# 2025"; also read by the byline's lead)
ARXIV_STAMP = r"arXiv:\d{4}\.\d{4,5}(?:v\d+)?[ \t]*\[[^\]\n]{1,20}\][ \t]*"
# A line that holds only a day (a report's or a post's date under its title) is no wrapped text.
_DAY_LINE = re.compile(
    # (labelled, or in English: "Published June 10, 2025", "Updated: 10 June 2025"; or stamped, arXiv's)
    # (and who posted it before it: "posted by throwaway123 on Oct 3, 2025 | 214 comments")
    r"[ \t*_]*(?:(?i:Published|Posted|Updated|Last[ \t]+updated|Released|Date)(?:[ \t]+by[ \t]+\S+(?:[ \t]+\S+)?)?"
    rf"(?:[ \t]+on)?[ \t]*:?[ \t]*|{ARXIV_STAMP}"
    # (or a reporter's credit in brackets before it, as Taiwan's papers write it: "【記者王小明／台北報導】")
    r"|[【〔][^】〕\n]{1,30}[】〕][ \t]*"
    # (or its Chinese label, after the source's: "来源：工业和信息化部网站　　发布时间：2025-08-20")
    rf"|(?:来源[ \t]*[:：][^\n:：]{{1,30}}?[ \t\u3000]+)?{DAY_LABEL_ZH}[ \t]*[:：][ \t]*)?"
    # (its weekday first: "Thu 11 Dec 2025 18.00 GMT", as British papers date a story)
    rf"(?:{WEEKDAY_WRITTEN},?[ \t]+)?"
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}([-/.])\d{1,2}\1\d{1,2}"
    rf"|(?:{_MONTH_ABBR})[a-z]*\.?[ \t]+\d{{1,2}},[ \t]*\d{{4}}|\d{{1,2}}[ \t]+(?:{_MONTH_ABBR})[a-z]*\.?[ \t]+\d{{4}})"
    # (and who wrote it or where, after it: "Posted on 2025-01-15 by the research team", "June 10, 2025 | Reuters")
    rf"[ \t*_]*(?:\d{{1,2}}[:.]\d{{2}}[ \t]*(?:{TIME_ZONE}[ \t]*)?)?"
    r"(?:(?:[Bb]y[ \t]|[|·•][ \t]*)[^\n]{1,60})?")
# A day with its time of day, as a post's byline writes them ("2025年07月18日 08:30", "2025-07-18 08:30")
# (spaced from the Chinese words before normalization drops those spaces: "2025 年 07 月 18 日 08:30")
DAY_AND_TIME = r"\d{4}[ \t]?[-/.年][ \t]?\d{1,2}[ \t]?[-/.月][ \t]?\d{1,2}[ \t]?日?(?:\s*|T)\d{1,2}:\d{2}"
_DAY_AND_TIME = re.compile(DAY_AND_TIME)
# A byline's line: who wrote the text, names alone after the word ("本报记者  张伟", "记者 王明 李华", "文/李华",
# "By Jane Doe")
_BYLINE_LINE = re.compile(
    r"[ \t]*(?:(?:本报记者|本报通讯员|记者|作者|文|责任编辑)[ \t]*[/／:：]?[ \t]*[^\s\d,，。:：]{2,4}"
    r"(?:[ \t]+[^\s\d,，。:：]{2,4}){0,3}|By[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z.]+){1,2}"
    # (two writers, or one with a role after a comma: "By Jane Roe and John Doe", "By Jane Roe, Staff Writer")
    r"(?:[ \t]+and[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z.]+){1,2}|,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,3})?)[ \t]*")
# A writer's name alone on its line (two or three capitalized words; or after a "by" in lower case: "by Jane Roe"),
# which a day's line under it makes a byline
_NAME_ALONE = re.compile(r"[ \t]*(?:by[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z.]*){1,2}[ \t]*")
# ("Cohere Launches Command A, Its Most Efficient Enterprise Model Yet": a comma may end a capitalized word)
# (its words without Chinese: "00:35:12 Gemini 3 Pro和Nano Ba" is a cut line of Chinese prose)
_TITLE_WORD = r"[A-Z0-9](?:[^\W\u3400-\u9fff]|['’.:-])*,?"
_TITLE_CASE = re.compile(
    rf"[ \t]*(?:{_TITLE_WORD}|of|and|the|in|for|a|an|to|on|with|vs\.?)(?:[ \t]+(?:{_TITLE_WORD}|of|and|the"
    r"|in|for|a|an|to|on|with|vs\.?)){2,}[ \t]*")


# (or a Chinese one: "一、大模型进入推理时代", "（二）开源生态")
_NUMBERED_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+|[一二三四五六七八九十]{1,3}、[ \t]*"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）][ \t]*)[A-Z\u4e00-\u9fff][^\n.。,，;；:：]{0,60}")
_ENGLISH_PROSE = re.compile(r"[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){3}")


_VERSION_START = re.compile(r"\d+(?:\.\d+)+[ \t]")


def _version_goes_on(m: Match, before: str, short: int, spaced: bool = False) -> bool:
    """Whether a line that opens with a section's number ("2.0 Flash arrived in …") goes on the line before instead,
    a name cut before its version ("Google's Gemini" over it): right under a letter (or over the blank line after
    every line of a double-spaced text, `spaced`), and no short line (a section's heading is one; `short`: see
    _short_line, 0 in a paragraph wrapped in a text that is not)."""
    text = m.string
    if not (before.isalpha() and m.group(0).count("\n") <= (2 if spaced else 1)
            and _VERSION_START.match(text, m.end())):
        return False
    end = text.find("\n", m.end())
    return (len(text) if end < 0 else end) - m.end() >= (short or _WRAP_WIDTH)  # (in a paragraph wrapped alone)


def _join_wrapped(m: Match, short: int = 0, title_end: int = -1, spaced: bool = True) -> str:
    """What a line break inside wrapped text becomes: itself where a line ends anyway, else a space
    (nothing between CJK). `short`: see _short_line; `title_end`: where the text's first line that
    holds text ends (a headline over a blank line ends there, however long); `spaced`: whether every
    line may be followed by a blank one (else a blank line after a full stop ends a paragraph)."""
    text = m.string
    if text[m.start()] == "-":
        return ""  # one word again (a compound cut at its own hyphen loses it, "open-\nsource": no rule reads that)
    before, after = text[m.start() - 1], text[m.end()]
    if before == "-" and m.group(0).count("\n") == 1 and text[m.start() - 2 : m.start() - 1].isalnum() \
            and (after.isdigit() or after.isupper()):
        return ""  # a name cut after its hyphen, before its version or its capital: "GLM-\n4.5", "Qwen3-235B-\nA22B"
    if before == "." and not spaced and m.group(0).count("\n") > 1:
        return m.group(0)  # ("…a context length of 16K." over a blank line and "Bar-13B achieves …": two paragraphs)
    if not spaced and m.group(0).count("\n") > 1 and before.isascii() and before.isalnum() \
            and (after.isupper() or after.isdigit()) \
            and not _SENTENCE_CUT.search(text, max(0, m.start() - 8), m.start()):
        return m.group(0)  # (nor one that ends in a word or a number over a blank line and a capital: a mail's "Date:
        # Thu, 4 Dec 2025 09:14:22 +0800" over "Hi all,"; one that ends with "on" or "the" goes on, a page's break)
    if after in _NO_LINE_START and before not in _TERMINAL and not before.isspace():
        return ""  # ("…发布推理模型DeepSeek-R1" over "，其性能…": no line opens with a comma or a full stop)
    if after in ".-" and before.isascii() and before.isalnum() and _cut_in_cjk(text, m.start(), m.end()):
        return ""  # (a name cut before its hyphen or its decimal point: "Qwen3" over "-235B", "GLM-4" over ".5")
    if before in _TERMINAL or not (after.isalnum() or after in "\"'(（“《$€£¥"):  # ("It costs" over "$5 per …")
        return m.group(0)
    if m.start() == title_end and m.group(0).count("\n") > 1:
        return m.group(0)
    if after.isdigit() and m.group(0).count("\n") == 1 and cut_before_day(text, m.start()):
        # (a sentence cut before its day, which no byline's nor entry's line opens: "released on" over "15 March 2025.")
        return "" if _CJK_CHAR.match(before) else " "
    if (_MD_START_RE.match(text[m.end() : m.end() + 8]) and not _version_goes_on(m, before, short, spaced)) \
            or _opens_its_line(text, m.end()):
        return m.group(0)
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not spaced and m.group(0).count("\n") > 1 and _MD_START_RE.match(text[line_start : line_start + 8]):
        return m.group(0)  # (a list's last item over a blank line, in a text not double-spaced: the list ends there)
    if _fields_run(text, line_start, text, m.end()):
        return m.group(0)  # (a run of Chinese fields' lines)
    if _HEADING_LINE.match(text, line_start) or _HEADING_LINE.match(text, m.end()):
        return m.group(0)  # a heading ends its line, whatever its last character, and starts one
    next_end = end_of_line(text, m.end())
    if _DAY_LINE.fullmatch(text, line_start, m.start()) or _DAY_LINE.fullmatch(text, m.end(), next_end):
        return m.group(0)
    if _BYLINE_LINE.fullmatch(text, line_start, m.start()) or _BYLINE_LINE.fullmatch(text, m.end(), next_end):
        return m.group(0)  # ("本报记者  张伟" under a headline: a byline ends its line, and the headline over it)
    if m.group(0).count("\n") == 1 and next_end < len(text) and _NAME_ALONE.fullmatch(text, m.end(), next_end) \
            and _DAY_LINE.fullmatch(text, next_end + 1, end_of_line(text, next_end + 1)):
        return m.group(0)  # (so is a name alone over a day's line: "Jane Roe" over "December 11, 2025")
    if _DAY_AND_TIME.search(text, line_start, m.start()):
        return m.group(0)  # (a post's byline: "原创 张三 机器之心 2025年07月18日 08:30 北京")
    if _COLUMNS.search(text, line_start, m.start()) or _COLUMNS.search(text, m.end(), next_end) \
            or _cells_row(text[line_start : m.start()]) or _cells_row(text[m.end() : next_end]):
        return m.group(0)  # a table laid out with spaces: rows, not a sentence cut
    if m.group(0).count("\n") > 1 and _NUMBERED_HEADING.fullmatch(text, line_start, m.start()):
        return m.group(0)  # "2.1 Model architecture" over a blank line: a section's heading
    if _TITLE_CASE.fullmatch(text, line_start, m.start()):
        return m.group(0)  # "State of Open Models 2025": a title, not the start of a sentence
    if len(text[line_start : m.start()].strip()) < short:
        return m.group(0)  # "2024年人工智能大模型发展报告", "第一章 国际进展": not cut, ended
    # Bilingual text: an English sentence, then a Chinese one; a Chinese line, then English prose
    # ("About Moonshot AI / 关于月之暗面" over "Moonshot AI was founded in …"): not one cut.
    if (before == "." and _CJK_CHAR.match(after)) or (_CJK_CHAR.match(before) and _ENGLISH_PROSE.match(text, m.end())):
        return m.group(0)
    if before == "-" or _CJK_CHAR.match(before) or _CJK_CHAR.match(after):
        return ""
    if after.isascii() and after.isalnum() and _cut_in_cjk(text, m.start(), m.end()):
        return ""
    return " "


_NAME_CHARS = string.ascii_letters + string.digits + ".-"


def _cut_in_cjk(text: str, start: int, end: int) -> bool:
    """Whether the break from `start` to `end` cuts a number or a Latin name in CJK text (its run of Latin letters and
    digits opened by a CJK character or mark): "激活2\n10亿" is 210亿, "GLM-4.\n5" and "GLM-4\n.5" GLM-4.5,
    "模型DeepSe\nek-R1" DeepSeek-R1, "DeepSeek-V\n3.2" DeepSeek-V3.2, "在H\nLE上" HLE; not between words, "Kimi\nK2",
    "AI\nAgent"."""
    before, after = text[start - 1], text[end]
    prev, next_ = text[start - 2 : start - 1], text[end + 1 : end + 2]  # (the characters around the two)
    cut = (before.isdigit() and after.isdigit() and not _numbers_apart(text, start, end)) \
        or (before.isalnum() and after in ".-" and next_.isascii() and next_.isalnum()) \
        or (before == "." and after.isdigit() and prev.isdigit()) \
        or (before.islower() and after.islower()) \
        or (before.isupper() and after.isdigit() and prev == "-") \
        or (before.isupper() and after.isupper() and not next_.islower()) \
        or (before.isdigit() and after in "BKMT" and not _latin(next_)) \
        or (before.isdigit() and after.islower() and not next_.islower())  # ("671\nB", "128\nK"; "GPT-4\no")
    if not cut and before.islower() and (after.isupper() or after.isdigit()):
        # (a name the registry knows, cut before its inner capital, "Deep\nSeek"; or a family's that writes its version
        # right after it, "Qwen\n3-Coder", not "Llama\n3.1")
        cut = _known_whole(text, start, end) if after.isupper() else _version_glued(text, start)
    if not cut and before.isupper() and (after.islower() or after.isdigit()):
        # (a capital alone, "Q\nwen3", "Kimi K\n2", or one after lower case, "DeepW\nord-1"; not "AI\nAgent",
        # "OpenAI\no1")
        cut = not (_latin(prev) and prev.isupper()) and (not _latin(prev) or (after.islower() and prev.islower()))
    if not cut or not before.isascii() or text.find(" ", start, end) != -1 or text.find("\t", start, end) != -1:
        return False  # (a blank at the break is the one between words: "OpenAI\n o1")
    # (the run's opening: a CJK character, or a Chinese mark made ASCII, no blank after it as English writes one:
    # "，Cha\ntGPT"; past the blanks and breaks of a Latin name of several words: "发布了 Claude Sonn\net 4")
    window = text[max(0, start - 24) : start]
    lead = window.rstrip(_NAME_CHARS + " \n")
    return bool(lead) and (_CJK_CHAR.match(lead[-1]) is not None or lead[-1] in _CJK_MARKS or (
        lead[-1] in _CJK_MARKS_MADE_ASCII and window[len(lead) : len(lead) + 1] not in (" ", "\n")))


def _numbers_apart(text: str, start: int, end: int) -> bool:
    """Whether the digits a break (from `start` to `end`) parts are two numbers, not one cut: each with a decimal
    point ("DeepSeek-V3.2" over "67.8%"), a year that opens the line ("Grok 5" over "2026 Q2"), or a month, a day or a
    year that one number would spoil ("GLM-4.5" over "7月11日"; not "2024年1" over "2月", "2" over "023年")."""
    first = start
    while first > 0 and (text[first - 1].isdigit() or text[first - 1] == "."):
        first -= 1
    last = end
    while last < len(text) and (text[last].isdigit() or text[last] == "."):
        last += 1
    head, tail = text[first:start], text[end:last]
    if "." in tail:
        return "." in head
    if len(tail) == 4 and tail.startswith(("19", "20")) and not text[last : last + 1].isdigit():
        return True  # (a year opens the line: "Grok 5" over "2026 Q2：…", "Gemini 3.5" over "2026 H2")
    unit = text[last : last + 1]
    if unit not in _DATE_UNITS:
        return False
    if "." in head:
        return True  # (no date's number has a decimal point)
    most = _DATE_UNITS[unit]
    return int(head + tail) > most >= int(tail) if most else len(head + tail) != 4 and len(tail) == 4


_DATE_UNITS = {"月": 12, "日": 31, "年": 0}  # (the most a month's or a day's number may be; a year has four digits)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _latin_before(text: str, start: int) -> str:
    """The run of Latin letters that ends at `start`."""
    first = start
    while first > 0 and _latin(text[first - 1]):
        first -= 1
    return text[first:start]


def _known_whole(text: str, start: int, end: int) -> bool:
    """Whether the Latin letters before the break from `start` to `end` and those after it make one of the registry's
    names written with an inner capital ("Deep" over "Seek" is DeepSeek, "Open" over "AI" OpenAI)."""
    last = end
    while last < len(text) and _latin(text[last]):
        last += 1
    return _latin_before(text, start) + text[end:last] in _inner_capital_names()


def _version_glued(text: str, start: int) -> bool:
    """Whether the Latin letters before `start` are a family's name whose models the registry writes with their version
    right after it ("Qwen" of Qwen2.5)."""
    from timeline.registry import load_registry, version_joint

    family = load_registry().family_by_form.get(_latin_before(text, start))
    return family is not None and version_joint(family.name) == ""


@cache
def _inner_capital_names() -> frozenset[str]:
    """The registry's one-word Latin names with a capital inside ("DeepSeek", "OpenAI", "MiniMax")."""
    from timeline.registry import load_registry

    reg = load_registry()
    forms = [*reg.org_names, *reg.family_by_form, *(f for m in reg.models for f in (m.name, *m.aliases))]
    return frozenset(f for f in forms if f.isascii() and f.isalpha() and any(
        a.islower() and b.isupper() for a, b in itertools.pairwise(f)))


_CJK_MARKS = frozenset("、。《》【】「」『』〔〕")  # (not "—", "…", "·": English writes them too)
_CJK_MARKS_MADE_ASCII = frozenset(",;:!?()")


# A paragraph wrapped by its writer in a text that is not wrapped as a whole (soft breaks, as
# markdown allows): two or more lines, every one but the last at least this long and within
# _WRAP_SLACK of the longest (words moved to the next line leave a ragged but narrow edge).
_WRAP_WIDTH = 40
_HEADLINE = 100  # columns a text's first line may take as its headline (a wrapped paragraph's first line is wider)
_WRAP_SLACK = 0.7
_PARAGRAPH_END = re.compile(r"\n[ \t]*(?:\n|$)")
_TEXT_CHAR = re.compile(r"\S")
# (with letters and digits: a line cut mid-sentence ends so; a parenthesis or a percent sign too, before a
# line that goes on in lower case: "ahead of GPT-4o (1316)\nand Gemini 1.5 Pro (1301)")
_CUT_AFTER = frozenset(",，、-_")
# (a text's line never opens with these: a cut before them; full-width commas and corner quotes are ASCII by then)
_NO_LINE_START = frozenset(",;)。、》")
_CUT_AFTER_IF_LOWER = frozenset(")%")
_CUT_BEFORE = frozenset("_\"'(（“《")  # (and so does the next line start)


# (a wide character, CJK's, takes two columns of a page's width: a Chinese PDF's lines are cut at 20 to 40 of them)
_WIDE = re.compile(f"[{CJK_RANGES}]")


def _width(text: str, start: int = 0, end: int = -1) -> int:
    """Columns that text[start:end] takes: its characters, wide ones twice."""
    end = len(text) if end < 0 else end
    return end - start + len(_WIDE.findall(text, start, end))


def _cut_line(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) is at least _WRAP_WIDTH columns wide from its text on, cut mid-sentence,
    with text on the next line (not a table's row). (Cheapest tests first: most lines fail them.)"""
    if end - start < _WRAP_WIDTH // 2:
        return False
    last = text[end - 1]
    if not (last.isalnum() or last in _CUT_AFTER or last in _CUT_AFTER_IF_LOWER):
        return False
    nxt = _TEXT_CHAR.search(text, end + 1, min(len(text), end + 64))
    if nxt is None or text.find("\n", end + 1, nxt.start()) != -1:
        return False
    after = nxt.group(0)
    if not (after.isalnum() or after in _CUT_BEFORE):
        return False
    if last in _CUT_AFTER_IF_LOWER and (not after.islower() or _CODE_SIGNAL_RE.search(text, start, end)):
        return False  # ("x = f(a)" over "y = g(b)": lines of code)
    first = _TEXT_CHAR.search(text, start, end)
    return first is not None and first.group(0) != "|" and (
        end - first.start() >= _WRAP_WIDTH or _width(text, first.start(), end) >= _WRAP_WIDTH)


def _wrapped_paragraphs(text: str, titled: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each paragraph whose lines were wrapped at a width, from its first line cut
    mid-sentence to the blank line after it (`titled`: the text's first line is its title, left out;
    not under front matter, which holds the title). Line by line with str.find: a pattern for the
    first such line cost a pass of the regex engine over every text."""
    spans: list[tuple[int, int]] = []
    first = _TEXT_CHAR.search(text) if titled else None
    title_end = text.find("\n", first.start()) if first is not None else -1  # (-1: none, or one line)
    if first is not None and title_end > 0 and _cut_line(text, first.start(), title_end) \
            and (text[title_end + 1 : title_end + 2].islower() or _width(text, first.start(), title_end) > _HEADLINE):
        title_end = -1  # (a first line cut mid-sentence, the next going on in lower case: a paragraph's, no title; so
        # is one wider than a headline, "36氪获悉，智谱今日…对齐Claude" over "Sonnet 4。")
    end = -1
    start = 0
    while (line_end := text.find("\n", start)) != -1:
        if start > max(end, title_end) and _cut_line(text, start, line_end):
            if _ITEM_START.match(text, start) is not None and (going := _item_goes_on(text, line_end)) > line_end:
                # (a list's item wrapped, the next lines going on without a mark of their own: "3. 2023年10月，…次年3"
                # over "月扩展至200万字。"; each item apart, its list's lines not measured as one paragraph)
                spans.append((start, going))
                end = going
            else:
                after = _PARAGRAPH_END.search(text, line_end)
                end = _indented_start(text, line_end, after.start() if after is not None else len(text))
                # (in columns when it holds wide characters: most wrapped paragraphs hold none)
                measure = _width if _WIDE.search(text, start, end) else len
                sizes = [measure(line.strip()) for line in text[start:end].split("\n")]
                body = sizes[:-1]
                if min(body) >= max(_WRAP_WIDTH, _WRAP_SLACK * max(max(body), sizes[-1])):
                    spans.append((start, end))
        start = line_end + 1
    return spans


_ITEM_START = re.compile(rf"[ \t]*(?:[-*+•][ \t]|{NUMBERED_ITEM})")
# A paragraph's first line indented, after a line that ends a sentence, as a PDF's text sets paragraphs with no blank
# line between them ("…多模态思考模型。" over "    7月11日，月之暗面开源…"): where the paragraph before ends
# (led by the line break, a literal, so the engine jumps from one to the next; the sentence's end looked behind after)
_INDENTED_START = re.compile(r"\n(?<=[。.!?！？;；:：”\"]\n)(?:[ \t]{2,}|\u3000)(?=\S)")


def _indented_start(text: str, line_end: int, end: int) -> int:
    """`end`, or where a paragraph indented on its first line starts before it (_INDENTED_START), past `line_end`."""
    indented = _INDENTED_START.search(text, line_end, end)
    return indented.start() if indented is not None else end


# (where a break cuts a list's item for sure: after a comma, inside a number or a word, before a number's unit; a
# break between two Chinese characters may end the list, a paragraph going on under it with no blank line)
_ITEM_CUT = re.compile(r"[,，、]\n|[0-9A-Za-z.]\n[ \t]*[0-9a-z年月日亿万%]")


def _item_goes_on(text: str, line_end: int) -> int:
    """Where the lines that go on a list's item cut at `line_end` end (no mark of their own, each but the last cut
    too), or `line_end` when none does."""
    going = line_end
    while going < len(text):
        next_end = text.find("\n", going + 1)
        next_end = len(text) if next_end == -1 else next_end
        if not text[going + 1 : next_end].strip() or _MD_START_RE.match(text, going + 1, next_end) \
                or _ITEM_CUT.match(text, going - 1) is None:
            break
        cut = _cut_line(text, going + 1, next_end)
        going = next_end
        if not cut:
            break
    return going


_COUNTING: array[int] = array("q")


def _identity(n: int) -> tuple[array[int], array[int]]:
    """Starts 0..n-1 and ends 1..n, sliced from one growing array (slicing copies memory)."""
    global _COUNTING
    if len(_COUNTING) <= n:
        # (4-byte integers while offsets fit them: half the memory to copy and keep, 5 % of normalization's cost)
        size = max(n + 1, 2 * len(_COUNTING))
        _COUNTING = array("i" if size < 2**31 else "q", range(size))
    return _COUNTING[:n], _COUNTING[1 : n + 1]


# Emphasis marks nothing a rule reads when text goes on after it on its line ("激活参数：**32B**", "SWE-bench Verified
# **65.8%**", "- **GPQA Diamond:** o3 83.3%"): its marks are dropped. Emphasis that holds all of its line's text
# ("**2024年3月**", "**2025年AI独角兽融资：**") stays: it makes a lead or a heading of what it holds, as rules read it.
_BOLD_SPAN = re.compile(r"\*\*(?=[^\s*])[^*\n]{1,120}(?<=[^\s*])\*\*")  # (greedy: no * inside to run past)
# (and italics, one mark each side: "76.3% on *SWE-bench Verified*"; not a footnote's or a product's star, "GPT-4*",
# "2*3", nor a list's mark, "* item")
# (its mark first, the character before it looked behind only there: a lookbehind that opens a pattern is tried at every
# character of the text)
_ITALIC_SPAN = re.compile(r"\*(?<![*\w]\*)(?=[^\s*])[^*\n]{1,120}(?<=[^\s*])\*(?![*\w])")
_LINE_LEAD_ONLY = re.compile(r"[ \t]*(?:(?:[-*+•>]|\d{1,2}[.)、]|#{1,6})[ \t]*)*")
_LINE_END_ONLY = re.compile(r"[ \t]*[:：]?[ \t]*(?:\n|$)")
_END_FIRST = frozenset((*" \t:：\n", ""))  # (what _LINE_END_ONLY may start with; "": the text's end)


def _inline_emphasis_edits(text: str, span: re.Pattern[str] = _BOLD_SPAN, width: int = 2) -> list[tuple[int, int, str]]:
    """The marks of emphasis (`width` characters each side) that does not hold all of its line's text, dropped; but a
    question in bold that opens its line keeps them and has its answer after it on a line of its own, as when the
    answer is under it ("**When did it launch?** November 24, 2025.", a FAQ's)."""
    edits: list[tuple[int, int, str]] = []
    for m in span.finditer(text):
        start, end = m.span()
        # (text right after it, the common case, settles it without a pattern)
        if text[end : end + 1] not in _END_FIRST or _LINE_END_ONLY.match(text, end) is None \
                or _LINE_LEAD_ONLY.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is None:
            if text[end - width - 1 : end - width] in ("?", "？") and text[end : end + 1] in (" ", "\t") \
                    and _LINE_LEAD_ONLY.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None:
                blanks = end
                while text[blanks : blanks + 1] in (" ", "\t"):
                    blanks += 1
                edits.append((end, blanks, "\n"))
            else:
                edits += ((start, start + width, ""), (end - width, end, ""))
    return edits


def normalize(original: str, mask: tuple[tuple[int, int], ...] = ()) -> NormText:
    """Normalize `original` for matching (see module doc); `mask` spans (front matter) are blanked."""
    n = len(original)
    starts, ends = _identity(n)
    # Front matter, then code while line structure is untouched, then HTML tags and bare URLs: blanked to
    # spaces, so offsets are unchanged (a markdown link loses its target and brackets).
    text = _blank_spans(original, mask)
    if "\r" in text:  # (a file saved with CRLF line ends: each line's rules read it as it reads one ended by LF)
        text, starts, ends = _rewrite(text, starts, ends, _CRLF_RE, _drop)
    if "```" in text or "~~~" in text:
        text = _blank_spans(text, code_fences(text))
    text = _blank_spans(text, _code_lines(text))
    if "\n==" in text or "\n--" in text:  # (found in C first: most texts underline no heading)
        text, starts, ends = _apply(text, starts, ends, _setext_edits(text), True)
    if "<table" in text or "<TABLE" in text:
        tables = [m.span() for m in _HTML_TABLE_RE.finditer(text)]
        text, starts, ends = _rewrite(text, starts, ends, _HTML_CELL_RE, _html_cell, tables)
    if "{{" in text or ("<" in text and "<ref" in text):
        text = _blank_spans(text, (m.span() for m in _WIKI_REF_RE.finditer(text)))
    if "<!--" in text:
        text = _blank_spans(text, (m.span() for m in _HTML_COMMENT_RE.finditer(text)))
    if ("[[" in text or "''" in text or "\n==" in text) and (wiki := _wiki_edits(text)):
        text, starts, ends = _apply(text, starts, ends, wiki, True)
    if "<" in text:
        text = _blank_spans(text, (m.span() for m in _TAG_RE.finditer(text)))
    if "](" in text:
        text, starts, ends = _apply(text, starts, ends, _link_marks(text), True)
    text = _blank_spans(text, (m.span() for m in _URL_RE.finditer(text)))
    if "[^" in text:
        text = _blank_spans(text, (m.span() for m in _NOTE_REF_RE.finditer(text)))
    if " et al" in text:
        text = _blank_spans(text, (m.span() for m in _BRACKET_CITATION_RE.finditer(text)))
    if "\n>" in text or text.startswith(">"):  # (a quotation's marks before a list's items: its items read as any)
        text = _blank_spans(text, _quoted_items(text))
    if "`" in text:  # (code quoting a name alone: its marks only)
        text = _blank_spans(text, (span for m in _CODE_NAME_RE.finditer(text) for span in (
            (m.start(), m.start() + 1), (m.end() - 1, m.end()))))
    if "&" in text:  # (found in C first: most texts have none)
        text, starts, ends = _rewrite(text, starts, ends, _ENTITY_RE, _entity)
    text, starts, ends = _rewrite(text, starts, ends, _INVISIBLE_RE, _drop)
    text = _translate(text)
    if "." in text:  # (found in C first)
        text = _HAN_STOP_RE.sub("。", text)
    twin = simplified(text)
    if twin is not None:
        text = twin
    cues = _cues(text)
    if cues:
        text = _blank_spans(text, cues)
    lines = _text_lines(text)
    # (the text's first line is its headline; under front matter, only when it is the title's value that the mask left,
    # not the body's first line)
    first = _TEXT_CHAR.search(text)
    titled = first is not None and (not mask or first.start() < mask[-1][1])
    if cues:
        text, starts, ends = _rewrite(text, starts, ends, _WRAP_BREAK_RE, _join_cue)
    elif is_hard_wrapped(text, lines):
        short = _short_line(lines)
        # (the first line's end, where a headline over a blank line ends: not in a text whose every line is
        # followed by a blank one, cut and double-spaced, where the first is cut like the others)
        # (counted in the body: front matter's blanked lines are no spacing)
        body = text[mask[-1][1] :] if mask else text
        body_lines = _text_lines(body) if mask else lines
        spaced = body.rstrip().count("\n") + 1 - len(body_lines) >= 0.8 * (len(body_lines) - 1)
        title_end = text.find("\n", first.start()) if first is not None and titled and not spaced else -1
        title_end = len(text[:title_end].rstrip(" \t")) if title_end > 0 else -1
        text, starts, ends = _rewrite(text, starts, ends, _WRAP_BREAK_RE,
                                      lambda m: _join_wrapped(m, short, title_end, spaced))
    elif paragraphs := _wrapped_paragraphs(text, titled=titled):
        # (the breaks inside them: each ends before the blank line that follows it)
        text, starts, ends = _rewrite(text, starts, ends, _WRAP_BREAK_RE, _join_wrapped, paragraphs)
    text, starts, ends = _rewrite(text, starts, ends, _SPACED_CJK_RE, _drop_spaces)
    # (numbers in Han read once the wrapped lines are joined, and the spaced ones closed up: "三百二" over "十亿")
    if ("亿" in text or "万" in text) and (edits := _han_number_edits(text)):
        text, starts, ends = _apply(text, starts, ends, edits, True)
    if "兆" in text and (edits := _trillion_edits(text)):
        text, starts, ends = _apply(text, starts, ends, edits, True)
    if "**" in text and (bold := _inline_emphasis_edits(text)):
        text, starts, ends = _apply(text, starts, ends, bold, True)
    if "*" in text and (italic := _inline_emphasis_edits(text, _ITALIC_SPAN, 1)):
        text, starts, ends = _apply(text, starts, ends, italic, True)
    return NormText(original=original, text=text, starts=starts, ends=ends, traditional=twin is not None)
