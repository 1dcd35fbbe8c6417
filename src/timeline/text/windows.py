"""Anchored matching in a bounded window.

The `regex` module, asked to match at a position of a long string, may first scan the whole
rest of the string for a literal the pattern needs; giving an end position keeps each call
proportional to the window, which keeps extraction linear on multi-megabyte lines.
"""

from __future__ import annotations

import re

import regex

WINDOW = 256


def match_at(pattern: regex.Pattern[str] | re.Pattern[str], text: str, pos: int, window: int = WINDOW
             ) -> regex.Match[str] | re.Match[str] | None:
    return pattern.match(text, pos, min(len(text), pos + window))
