"""Bytes to text: encoding detection and binary refusal."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes


class SkipFile(Exception):
    """A file that cannot be ingested; the message says why, in a few words."""


# Magic numbers of common binary formats (images, PDF, archives, office files, executables).
_MAGIC = {
    b"%PDF": "a PDF file (convert it to text first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive or office document",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7z archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"MZ": "an executable",
    b"SQLite format 3": "a SQLite database",
}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_LONE_CR = re.compile("\r(?!\n)")


def decode(data: bytes) -> Decoded:
    """Decode `data`, or raise SkipFile. BOMs win; then strict UTF-8; then a detector."""
    if not data or data.isspace():  # (not data.strip(): no copy of the whole file)
        raise SkipFile("empty file" if not data else "only whitespace")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise SkipFile(f"undecodable {name} ({exc.reason})") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise SkipFile(f"binary file: {what}")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise SkipFile("binary file (NUL bytes)")
    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        raise SkipFile("undecodable: no text encoding fits")
    try:
        return _checked(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise SkipFile(f"undecodable as detected {best.encoding}") from None


def _checked(text: str, encoding: str) -> Decoded:
    if not text or text.isspace():
        raise SkipFile("only whitespace")
    controls = len(_CONTROLS.findall(text, 0, 8192))
    if controls > 0.05 * min(len(text), 8192):
        raise SkipFile("binary file (control characters)")
    if "\x00" in text:  # PostgreSQL's text holds no NUL: a quote or title with one could not be stored
        text = text.replace("\x00", "\ufffd")  # (one character for one: offsets unchanged)
    if "\r" in text:  # (a classic Mac file's lines end with CR alone: lines as an editor shows them, offsets unchanged)
        text = _LONE_CR.sub("\n", text)
    return Decoded(text, encoding)
