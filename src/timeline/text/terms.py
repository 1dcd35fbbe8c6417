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

from timeline.text.scripts import CJK_RANGES, SPACE

# A CJK run (group 1), or a run of other letters and digits (group 2; [^\W_] is \p{L} and \p{N}
# in `re`).
_WORD = re.compile(f"([{CJK_RANGES}]+)|([^\\W_{CJK_RANGES}]+)")
_CJK = re.compile(f"[{CJK_RANGES}]")
# (The space comes first and the lookbehind after it, so the engine jumps between spaces.)
_SPACED_CJK = re.compile(f"{SPACE}(?<=[{CJK_RANGES}]{SPACE}){SPACE}*(?=[{CJK_RANGES}])")


def _pieces(text: str) -> list[list[str]]:
    """One list of index words per run of text (a CJK run, or a Latin/number word)."""
    runs = []
    text = _SPACED_CJK.sub("", unicodedata.normalize("NFKC", text).lower())  # "发 布" from a PDF is 发布
    for cjk, other in _WORD.findall(text):
        if cjk:
            # Pairs, then the last character alone, so that every character starts some word.
            runs.append([*map(operator.add, cjk, cjk[1:]), cjk[-1]])
        else:
            runs.append([other])
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
