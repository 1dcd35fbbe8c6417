"""Anchored matching in a bounded window, and scans that try a pattern only where it can start.

The `regex` module, asked to match at a position of a long string, may first scan the whole
rest of the string for a literal the pattern needs; giving an end position keeps each call
proportional to the window, which keeps extraction linear on multi-megabyte lines.

The `regex` module also tries a pattern at every position of the text, where the stdlib `re`
engine jumps from one possible first character to the next when the pattern starts with a plain
character class. `finditer_from` uses such a class (with what must follow it) to find where a
`regex` pattern can start, and tries the pattern only there. `Alternation` searches an alternation
part by part, where the `regex` engine would try the whole of it at every position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

WINDOW = 256


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding `pos` ends: its line break, else the text's end."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def match_at(pattern: regex.Pattern[str] | re.Pattern[str], text: str, pos: int, window: int = WINDOW
             ) -> regex.Match[str] | re.Match[str] | None:
    return pattern.match(text, pos, min(len(text), pos + window))


def finditer_from(starts: re.Pattern[str], pattern: regex.Pattern[str], text: str, longest: int
                  ) -> Iterator[regex.Match[str]]:
    """pattern.finditer(text), given that every match begins where `starts` matches and is at most
    `longest` characters long (with its lookarounds)."""
    return finditer_at((candidate.start() for candidate in starts.finditer(text)), pattern, text, longest)


def finditer_at(starts: Iterable[int], pattern: regex.Pattern[str], text: str, longest: int
                ) -> Iterator[regex.Match[str]]:
    """finditer_from, given the positions where a match may begin (rising)."""
    end = 0
    size = len(text)
    match = pattern.match
    for pos in starts:
        if pos < end:
            continue
        m = match(text, pos, min(size, pos + longest))
        if m is not None:
            end = m.end()
            yield m


def group_numbers(pattern: regex.Pattern[str] | re.Pattern[str], *names: str) -> tuple[int, ...]:
    """The numbers of `pattern`'s groups `names`, for reading a match by number: the `regex` module takes a group's
    name as a number first and raises, about a thousand instructions a call."""
    index = pattern.groupindex
    return tuple(index[name] for name in names)


def contains_any(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether any of `words` stands in text[start:end]: str.find for each, a cheap test before a pattern that
    leads with no literal."""
    return any(text.find(word, start, end) != -1 for word in words)


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, left to right, without overlaps (str.find finds a rare literal
    faster than a pattern with other branches does)."""
    pos = text.find(word)
    while pos != -1:
        yield pos
        pos = text.find(word, pos + len(word))


class Alternation:
    """The alternation of `parts` (`regex` patterns, in order), searched part by part. The `regex` engine scans an
    alternation of Chinese words and English words behind `\\b` by trying every position; each part alone it scans by
    its first characters (the events' verbs: about 330 ns a character at once, 120 for both parts). The same matches as
    the parts' sources joined by `|`: the leftmost, and at one position the earliest part's (for parts that match no
    empty string)."""

    def __init__(self, *parts: regex.Pattern[str]) -> None:
        self.parts = parts
        self.pattern = "|".join(part.pattern for part in parts)  # (the alternation it stands for, for the tests)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        best: regex.Match[str] | None = None
        for part in self.parts:
            found = part.search(text, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if best.start() == pos:
                    break  # (none further left, and at one position the earlier part wins)
        return best

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        for part in self.parts:
            found = part.match(text, pos, endpos)
            if found is not None:
                return found
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1  # (never stuck on an empty one)
