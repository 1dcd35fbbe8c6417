"""Search terms: how text is cut into the words the full-text index holds.

Chinese has no spaces, so each run of CJK characters is indexed as its overlapping character
pairs ("深度求索" -> 深度 度求 求索): a query is cut the same way and searched as a phrase, which
finds any two-or-more-character word wherever it stands, whatever a segmenter would make of
the sentence. Latin words and numbers are lower-cased words ("GPT-4o" -> gpt 4o).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import lru_cache

# \p{Han}, \p{Hiragana}, \p{Katakana} and \p{Hangul} as explicit ranges, for the stdlib `re`
# engine, several times faster than `regex` here (tests/test_terms.py checks them).
CJK_RANGES = (
    "\u1100-\u11ff\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u302e-\u302f"
    "\u3038-\u303b\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u3131-\u318e\u31f0-\u321e"
    "\u3260-\u327e\u32d0-\u32fe\u3300-\u3357\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97c\uac00-\ud7a3"
    "\ud7b0-\ud7c6\ud7cb-\ud7fb\uf900-\ufa6d\ufa70-\ufad9\uff66-\uff6f\uff71-\uff9d\uffa0-\uffbe"
    "\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
    "\U0001aff0-\U0001aff3\U0001aff5-\U0001affb\U0001affd-\U0001affe\U0001b000-\U0001b128\U0001b132"
    "\U0001b150-\U0001b152\U0001b155\U0001b164-\U0001b168\U0001f200\U00020000-\U0002a6df"
    "\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d"
    "\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479"
)
# A CJK run, or a run of other letters and digits ([^\W_] is \p{L} and \p{N} in `re`).
_WORD = re.compile(f"[{CJK_RANGES}]+|[^\\W_{CJK_RANGES}]+")
_CJK = re.compile(f"[{CJK_RANGES}]")
# White space as the `regex` module has it (`re` also counts the separators U+001C-U+001F).
# (The space comes first and the lookbehind after it, so the engine jumps between spaces.)
_SPACE = "[^\\S\x1c-\x1f]"
_SPACED_CJK = re.compile(f"{_SPACE}(?<=[{CJK_RANGES}]{_SPACE}){_SPACE}*(?=[{CJK_RANGES}])")


def _pieces(text: str) -> list[list[str]]:
    """One list of index words per run of text (a CJK run, or a Latin/number word)."""
    runs = []
    text = _SPACED_CJK.sub("", unicodedata.normalize("NFKC", text).lower())  # "发 布" from a PDF is 发布
    for word in _WORD.findall(text):
        if _CJK.match(word):
            # Pairs, then the last character alone, so that every character starts some word.
            runs.append([*map(operator.add, word, word[1:]), word[-1]])
        else:
            runs.append([word])
    return runs


@lru_cache(maxsize=8192)  # model names and short quotes recur across facts and files
def index_terms(text: str) -> str:
    """The words of `text` as the index stores them, separated by spaces."""
    return " ".join(" ".join(run) for run in _pieces(text))


def query_terms(text: str) -> list[tuple[str, bool]]:
    """The phrases a query must all contain, one per whitespace-separated chunk, as
    (space-separated index words, whether the last word is only a prefix).

    Inside a chunk the words must follow each other ("DeepSeek-V3" -> deepseek v3). A chunk's
    last CJK run stops at its last pair, since the text may go on after it ("深度求" finds
    深度求索); a run of one CJK character is matched as the prefix of the words it starts."""
    phrases = []
    for chunk in text.split():
        runs = _pieces(chunk)
        if not runs:
            continue
        last = runs[-1]
        prefix = bool(_CJK.match(last[0])) and len(last) == 1
        if _CJK.match(last[0]) and len(last) > 1:
            runs[-1] = last[:-1]
        phrases.append((" ".join(word for run in runs for word in run), prefix))
    return phrases
