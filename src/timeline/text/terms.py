"""Search terms: how text is cut into the words the full-text index holds.

Chinese has no spaces, so each run of CJK characters is indexed as its overlapping character
pairs ("深度求索" -> 深度 度求 求索): a query is cut the same way and searched as a phrase, which
finds any two-or-more-character word wherever it stands, whatever a segmenter would make of
the sentence. Latin words and numbers are lower-cased words ("GPT-4o" -> gpt 4o).
"""

from __future__ import annotations

import unicodedata

import regex

_CJK_CLASS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_WORD = regex.compile(rf"{_CJK_CLASS}+|(?:(?!{_CJK_CLASS})[\p{{L}}\p{{N}}])+")
_CJK = regex.compile(_CJK_CLASS)


def _pieces(text: str) -> list[list[str]]:
    """One list of index words per run of text (a CJK run, or a Latin/number word)."""
    runs = []
    for m in _WORD.finditer(unicodedata.normalize("NFKC", text).lower()):
        word = m.group(0)
        if _CJK.match(word):
            # Pairs, then the last character alone, so that every character starts some word.
            runs.append([word[i : i + 2] for i in range(len(word) - 1)] + [word[-1]])
        else:
            runs.append([word])
    return runs


def index_terms(text: str) -> str:
    """The words of `text` as the index stores them, separated by spaces."""
    return " ".join(word for run in _pieces(text) for word in run)


def query_terms(text: str) -> list[str]:
    """The phrases a query must all contain: each is a space-separated sequence of index words.

    A single CJK character is a one-character word, which the caller matches as a prefix."""
    return [" ".join(run[:-1] if len(run) > 1 else run) for run in _pieces(text)]
