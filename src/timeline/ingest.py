"""`timeline ingest`: walk folders, read and decode each file, extract, store.

Which files: every regular file under a folder whose name ends in one of TEXT_SUFFIXES,
except hidden files and folders (names starting with "."); `--include`/`--exclude` globs
change that. A file named on the command line is always read. Each skipped file gets one
reason; nothing skipped stops the run.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from timeline.db import store
from timeline.sources.decode import SkipFile, decode

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".rst")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Candidate:
    path: Path  # on disk
    rel: str  # relative to its ingest root, "/"-separated: the document's natural key


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    pruned: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)
    bytes_read: int = 0


def _display(path: Path) -> str:
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


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
        if root.is_file() or (root.is_symlink() and not root.is_dir()):
            yield Candidate(root, _display(Path(root.name)))
            continue
        if not root.is_dir():
            if on_skip:
                on_skip(_display(root), "no such file or folder")
            continue
        for folder, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or not _wanted(name, include, exclude):
                    continue
                path = Path(folder) / name
                yield Candidate(path, _display(path.relative_to(root)).replace(os.sep, "/"))


def _with_retries(engine: Engine, work: Callable[[sa.Connection], object], attempts: int = 8) -> object:
    """Run `work` in one transaction, retrying when a concurrent run holds the lock or has just
    inserted the same natural key (the retry then sees its row)."""
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return work(conn)
        except (OperationalError, IntegrityError) as exc:
            transient = isinstance(exc, IntegrityError) or "locked" in str(exc).lower() or "busy" in str(exc).lower()
            if not transient or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)
    return None


def ingest(
    roots: list[Path],
    engine: Engine,
    *,
    prune: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    progress: Callable[[str], None] | None = None,
    debug: bool = False,
) -> IngestReport:
    from timeline.extract.pipeline import extract_text

    report = IngestReport()

    def skip(path: str, reason: str) -> None:
        report.skipped.append((path, reason))

    with engine.connect() as conn:
        stored = store.known_hashes(conn)
    candidates = list(walk(roots, include, exclude, on_skip=skip))
    seen_paths: set[str] = set()
    for cand in candidates:
        report.seen += 1
        seen_paths.add(cand.rel)
        if progress:
            progress(cand.rel)
        try:
            size = cand.path.stat().st_size
            if size > max_bytes:
                raise SkipFile(f"larger than --max-bytes ({size} > {max_bytes} bytes)")
            data = cand.path.read_bytes()
        except SkipFile as exc:
            skip(_display(cand.path), str(exc))
            continue
        except OSError as exc:
            skip(_display(cand.path), f"cannot read: {exc.strerror or exc}")
            continue
        report.bytes_read += len(data)
        digest = hashlib.sha256(data).hexdigest()
        if stored.get(cand.rel) == digest:
            report.unchanged += 1
            continue
        try:
            decoded = decode(data)
            extraction = extract_text(decoded.text, cand.rel, data=data, encoding=decoded.encoding)
        except SkipFile as exc:
            skip(_display(cand.path), str(exc))
            continue
        except Exception as exc:  # an extractor bug must not stop the run
            if debug:
                raise
            skip(_display(cand.path), f"internal error while extracting ({type(exc).__name__}: {exc})")
            continue
        for warning in extraction.warnings:
            report.warnings.append((_display(cand.path), warning))
        counts = _with_retries(engine, lambda conn, ex=extraction, rel=cand.rel: store.store_extraction(conn, ex, rel))
        report.facts.update(counts)  # type: ignore[arg-type]
        if cand.rel in stored:
            report.replaced += 1
        else:
            report.added += 1
    if prune:
        gone = [p for p in stored if p not in seen_paths]
        for path in gone:
            _with_retries(engine, lambda conn, p=path: store.delete_document(conn, p))
        report.pruned = len(gone)
    return report
