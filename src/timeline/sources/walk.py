"""Which files an ingest reads.

Every regular file under a folder whose name ends in one of TEXT_SUFFIXES, except hidden
files and folders (names starting with "."); `--include`/`--exclude` globs change that. A file
named on the command line is always read. Symbolic links to folders are not followed (no loops).
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# (and a video's subtitles, SRT or WebVTT: a talk's or a news show's words, read as one flow of speech)
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".rst", ".srt", ".vtt")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Candidate:
    path: Path  # on disk
    rel: str  # relative to its ingest root, "/"-separated: the document's natural key


def display(path: Path) -> str:
    """The path as text. Bytes that are no UTF-8 (a name made under another encoding, such as GBK)
    are written \\xNN: as replacement characters, two such names became one document."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_ESCAPED = re.compile(r"\\x([89a-f][0-9a-f])")  # (UTF-8 leaves no byte below 0x80 undecoded)


def on_disk(shown: str) -> Path:
    """The path that `display` wrote as `shown`."""
    # Python names an undecodable byte B by the code point U+DC00 + B (PEP 383).
    return Path(_ESCAPED.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), shown))


def not_a_file(mode: int) -> str | None:
    """Why a path with this stat mode cannot be read as an article (a named pipe would block
    the read forever), or None for a regular file."""
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file ({next((what for test, what in kinds if test(mode)), 'of an unknown kind')})"


def _wanted(name: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    if any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
        return False
    if include:
        return any(fnmatch.fnmatch(name, pattern) for pattern in include)
    return name.lower().endswith(TEXT_SUFFIXES)


def walk(roots: list[Path], include: tuple[str, ...] = (), exclude: tuple[str, ...] = (),
         on_skip: Callable[[str, str], None] | None = None) -> Iterator[Candidate]:
    """Files to ingest, in a stable order; symlinked folders are not followed (no loops)."""
    for root in roots:
        if not root.is_dir() and (root.exists() or root.is_symlink()):  # (reading says what is wrong with it)
            yield Candidate(root, display(Path(root.name)))
            continue
        if not root.is_dir():
            if on_skip:
                on_skip(display(root), "no such file or folder")
            continue
        for folder, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or not _wanted(name, include, exclude):
                    continue
                path = Path(folder) / name
                yield Candidate(path, display(path.relative_to(root)).replace(os.sep, "/"))


