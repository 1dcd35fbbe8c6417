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
from timeline.records import DocumentRecord, FactRecord
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


def _with_retries(engine: Engine, work: Callable[[sa.Connection], object], attempts: int = 8,
                  on_retry: Callable[[], None] | None = None) -> object:
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
            if on_retry is not None:
                on_retry()
            time.sleep(0.05 * 2**attempt)
    return None


@dataclass(frozen=True)
class Outcome:
    """What reading and extracting one file gave, computed in a worker process."""

    cand: Candidate
    status: str  # "changed" | "unchanged" | "skipped"
    size: int = 0
    reason: str = ""
    document: DocumentRecord | None = None
    facts: tuple[FactRecord, ...] = ()
    warnings: tuple[str, ...] = ()


# Set in each worker by _init_worker (inherited on fork): what the database holds.
_STORED: dict[str, str] = {}
_OPTIONS: dict[str, object] = {}


def _init_worker(stored: dict[str, str], options: dict[str, object]) -> None:
    _STORED.clear()
    _STORED.update(stored)
    _OPTIONS.clear()
    _OPTIONS.update(options)


def _process(cand: Candidate) -> Outcome:
    """Read, hash, decode and extract one file (no database access: safe in any process)."""
    max_bytes = int(_OPTIONS.get("max_bytes", DEFAULT_MAX_BYTES))  # type: ignore[call-overload]
    try:
        size = cand.path.stat().st_size
        if size > max_bytes:
            raise SkipFile(f"larger than --max-bytes ({size} > {max_bytes} bytes)")
        data = cand.path.read_bytes()
    except SkipFile as exc:
        return Outcome(cand, "skipped", reason=str(exc))
    except OSError as exc:
        return Outcome(cand, "skipped", reason=f"cannot read: {exc.strerror or exc}")
    if _STORED.get(cand.rel) == hashlib.sha256(data).hexdigest():
        return Outcome(cand, "unchanged", size=len(data))
    from timeline.extract.pipeline import extract_text  # only when something changed: it is the heavy part

    try:
        decoded = decode(data)
        extraction = extract_text(decoded.text, cand.rel, data=data, encoding=decoded.encoding)
    except SkipFile as exc:
        return Outcome(cand, "skipped", size=len(data), reason=str(exc))
    except Exception as exc:  # an extractor bug must not stop the run
        if _OPTIONS.get("debug"):
            raise
        return Outcome(cand, "skipped", size=len(data),
                       reason=f"internal error while extracting ({type(exc).__name__}: {exc})")
    return Outcome(cand, "changed", size=len(data), document=extraction.document, facts=tuple(extraction.facts),
                   warnings=tuple(extraction.warnings))


def _outcomes(candidates: list[Candidate], workers: int, stored: dict[str, str],
              options: dict[str, object]) -> Iterator[Outcome]:
    """Outcomes in input order; with workers > 1, extraction runs in that many processes."""
    _init_worker(stored, options)
    if workers <= 1 or len(candidates) < 2 * workers:
        yield from map(_process, candidates)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(stored, options)) as pool:
        # Ordered and lazy: at most a few files per worker are in flight, so memory stays flat.
        yield from pool.imap(_process, candidates, chunksize=4)


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
    workers: int = 1,
) -> IngestReport:
    """Ingest every file under `roots`: workers extract, this process writes, one file per transaction."""
    report = IngestReport()

    def skip(path: str, reason: str) -> None:
        report.skipped.append((path, reason))

    with engine.connect() as conn:
        stored = store.known_hashes(conn)
    if workers > 1:
        engine.dispose()  # no open connection is inherited by worker processes
    candidates = list(walk(roots, include, exclude, on_skip=skip))
    seen_paths = {cand.rel for cand in candidates}
    cache = store.ModelCache()
    for outcome in _outcomes(candidates, workers, stored, {"max_bytes": max_bytes, "debug": debug}):
        cand = outcome.cand
        report.seen += 1
        report.bytes_read += outcome.size
        if progress:
            progress(cand.rel)
        if outcome.status == "skipped":
            skip(_display(cand.path), outcome.reason)
            continue
        if outcome.status == "unchanged":
            report.unchanged += 1
            continue
        for warning in outcome.warnings:
            report.warnings.append((_display(cand.path), warning))
        counts = _with_retries(
            engine, lambda conn, o=outcome: store.store_extraction(conn, o.document, o.facts, o.cand.rel, cache),
            on_retry=cache.clear,
        )
        report.facts.update(counts)  # type: ignore[arg-type]
        if cand.rel in stored:
            report.replaced += 1
        else:
            report.added += 1
    if prune:
        gone = [p for p in stored if p not in seen_paths]
        for path in gone:
            _with_retries(engine, lambda conn, p=path: store.delete_document(conn, p), on_retry=cache.clear)
        report.pruned = len(gone)
    return report
