"""A regex alternation of literal words shaped as a trie: "GPT|GPTs|Gemini" becomes
"G(?:PT(?:s)?|emini)". The regex engines try a flat alternation word by word at every
position; the trie form fails after one or two characters. Longer words are preferred, and
a shorter one is still tried when what follows rejects the longer."""

from __future__ import annotations

from collections.abc import Iterable

import regex

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _render(root)


def _render(node: dict[str, dict]) -> str:
    ends = _END in node
    branches = [regex.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
