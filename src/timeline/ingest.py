"""`timeline ingest`: walk folders, read and decode each file, extract, store.

Which files are read is decided in timeline/sources/walk.py. Each skipped file gets one
reason; nothing skipped stops the run. Workers extract; this process writes (timeline/db/writer.py:
several files a transaction, each file all or nothing).
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from timeline.db.fts import FtsBatch
from timeline.db.writer import FileNotWritten, Writer, retry_locked
from timeline.sources.decode import SkipFile, decode
from timeline.sources.walk import DEFAULT_MAX_BYTES, Candidate, display, not_a_file, walk

if TYPE_CHECKING:  # records (pydantic) and the writer load only once a file has changed
    from concurrent.futures import Executor, Future

    from sqlalchemy.engine import Connection

    from timeline.db.store import ModelCache, Prepared
    from timeline.records import DocumentRecord


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


@dataclass(frozen=True)
class Outcome:
    """What reading and extracting one file gave, computed in a worker process."""

    cand: Candidate
    status: str  # "changed" | "unchanged" | "skipped"
    size: int = 0
    reason: str = ""
    document: DocumentRecord | None = None
    prepared: Prepared | None = None  # the facts as rows, ready for the writer
    warnings: tuple[str, ...] = ()


# Set in each worker by _init_worker (inherited on fork): what the database holds.
_STORED: dict[str, str] = {}
_OPTIONS: dict[str, object] = {}


def _init_worker(stored: dict[str, str], options: dict[str, object]) -> None:
    _STORED.clear()
    _STORED.update(stored)
    _OPTIONS.clear()
    _OPTIONS.update(options)


def _init_pool_worker(stored: dict[str, str], options: dict[str, object]) -> None:
    _init_worker(stored, options)
    # Ctrl-C reaches the whole process group: this process stops the run (the workers finish the
    # files in flight, then end), so a worker has nothing to do with it but print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker waits for tasks on a queue that it holds open itself: if this process is killed
    # (SIGKILL, out of memory), nothing would ever tell it to end.
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    # Extracting a file keeps fewer than 10,000 new container objects alive at once, so with this
    # threshold a worker's garbage collector seldom runs (it took 1.5 % of the extraction time);
    # cycles, which extraction seldom makes, are still collected once that many pile up.
    gc.set_threshold(10_000, 20, 50)


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _read(cand: Candidate, settle_only: bool = False) -> tuple[bytes | None, Outcome | None]:
    """The file's bytes, or the outcome that ends its processing (skipped, or unchanged).
    `settle_only`: only decide that; a path not stored yet is not read (its worker reads it)."""
    max_bytes = int(_OPTIONS.get("max_bytes", DEFAULT_MAX_BYTES))  # type: ignore[call-overload]
    stored = _STORED.get(cand.rel)  # a new path needs no hash here: extraction hashes it once
    try:
        info = cand.path.stat()
        if (why := not_a_file(info.st_mode)) is not None:
            raise SkipFile(why)
        size = info.st_size
        if size > max_bytes:
            raise SkipFile(f"larger than --max-bytes ({size} > {max_bytes} bytes)")
        if settle_only and stored is None:
            return None, None
        data = cand.path.read_bytes()
    except SkipFile as exc:
        return None, Outcome(cand, "skipped", reason=str(exc))
    except OSError as exc:
        return None, Outcome(cand, "skipped", reason=f"cannot read: {exc.strerror or exc}")
    if stored is not None and stored == hashlib.sha256(data).hexdigest():
        return None, Outcome(cand, "unchanged", size=len(data))
    return data, None


def _process(cand: Candidate) -> Outcome:
    """Read, hash, decode and extract one file (no database access: safe in any process)."""
    data, done = _read(cand)
    if done is not None or data is None:
        return done  # type: ignore[return-value]
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
    from timeline.db.store import prepare

    return Outcome(cand, "changed", size=len(data), document=extraction.document,
                   prepared=prepare(extraction.facts), warnings=tuple(extraction.warnings))


_CHUNK = 4  # files a task: fewer round trips between processes, yet an even share at the end
_WINDOW = 4  # tasks in flight a worker: it never waits for this process, and memory stays flat


@contextmanager
def _outcomes(candidates: list[Candidate], workers: int, stored: dict[str, str],
              options: dict[str, object]) -> Iterator[Iterator[Outcome]]:
    """Every candidate's outcome. Unchanged and unreadable files are settled here (reading and
    hashing is fast); with workers > 1, the changed ones are extracted in that many processes,
    which have started (and stay alive) by the time this context is entered."""
    _init_worker(stored, options)
    if workers <= 1:
        yield map(_process, candidates)
        return
    settled, changed = [], []
    for cand in candidates:
        _, done = _read(cand, settle_only=True)
        if done is not None:
            settled.append(done)
        else:
            changed.append(cand)  # read by its worker (a changed one again, from the page cache)
    if len(changed) < 2 * workers:
        yield itertools.chain(settled, map(_process, changed))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from timeline.extract.pipeline import extract_text

    extract_text("", "warm-up")  # the patterns compiled once here are shared by the forked workers
    tasks = (changed[i : i + _CHUNK] for i in range(0, len(changed), _CHUNK))
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_pool_worker,
                                   initargs=(stored, options))  # (the workers start at the first task)
    try:
        # What is loaded now (patterns, registry, modules) lives as long as the workers: their
        # garbage collections need not walk it again, nor touch (and so copy) its shared pages.
        gc.freeze()
        try:
            pending = deque(executor.submit(_process_all, task) for task in itertools.islice(tasks, _WINDOW * workers))
        finally:
            gc.unfreeze()  # (this process may live on: its objects stay collectable)
        yield itertools.chain(settled, _in_order(executor, tasks, pending))
    finally:
        # A run that stops early (an error, Ctrl-C) waits for the few tasks in flight and kills no
        # worker midway: multiprocessing.Pool.terminate did, and could then hang on a lock the
        # killed worker held.
        executor.shutdown(wait=True, cancel_futures=True)


def _process_all(cands: list[Candidate]) -> list[Outcome]:
    return [_process(cand) for cand in cands]


def _in_order(executor: Executor, tasks: Iterator[list[Candidate]], pending: deque[Future[list[Outcome]]]
              ) -> Iterator[Outcome]:
    """The outcomes of the tasks submitted (`pending`) and to come, in order: one more is submitted
    as each one's outcomes are taken."""
    while pending:
        done = pending.popleft().result()
        pending.extend(executor.submit(_process_all, task) for task in itertools.islice(tasks, 1))
        yield from done


def _stored(engine: Engine, column: str) -> dict[str, Any]:
    """Path -> `column` of every stored document (none in a database not made yet, or made
    before the column was)."""
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        if not inspector.has_table("documents") or column not in {c["name"] for c in
                                                                  inspector.get_columns("documents")}:
            return {}
        return dict(conn.execute(sa.text(f"SELECT path, {column} FROM documents")).all())


def _root_of(cand: Candidate) -> str:
    """The absolute folder the file's stored path is relative to."""
    return display(Path(os.path.abspath(cand.path)).parents[cand.rel.count("/")])


def _store(conn: Connection, outcome: Outcome, cache: ModelCache, batch: FtsBatch) -> Counter[str]:
    """One changed file's document and facts: the writer's unit of work."""
    from timeline.db import store

    assert outcome.document is not None and outcome.prepared is not None  # a changed file has both
    return store.store_extraction(conn, outcome.document, outcome.prepared, outcome.cand.rel, cache,
                                  _root_of(outcome.cand), batch)


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
    before_writing: Callable[[], None] | None = None,
) -> IngestReport:
    """Ingest every file under `roots`: workers extract, this process writes. `before_writing`
    runs once the workers have started (the CLI brings the schema up to date there, while they
    extract; stored paths and hashes are read before, which every revision has)."""
    report = IngestReport()

    def skip(path: str, reason: str) -> None:
        report.skipped.append((path, reason))

    stored: dict[str, str] = retry_locked(lambda: _stored(engine, "sha256"))
    # Prune looks only under the folders given: a document read under another folder (or stored
    # before roots were recorded) is not gone because this run did not look for it.
    folders = {display(Path(os.path.abspath(root))) for root in roots if root.is_dir()} if prune else set()
    roots_of = retry_locked(lambda: _stored(engine, "root")) if prune else {}
    if workers > 1:
        engine.dispose()  # no open connection is inherited by worker processes
    candidates = []
    first_of: dict[str, Candidate] = {}  # stored path -> the file that has it in this run
    for cand in walk(roots, include, exclude, on_skip=skip):
        first = first_of.setdefault(cand.rel, cand)
        if first is cand:
            candidates.append(cand)
        else:  # (both would be one document, each run replacing the other)
            skip(display(cand.path), f"same stored path {cand.rel!r} as {display(first.path)} (a document is keyed "
                                     "by its path under the folder given)")
    seen_paths = set(first_of)
    cache = None  # model ids across files (timeline/db/store.py), made once a file has changed
    batch = FtsBatch()  # each transaction's search rows go to FTS5 in one statement
    options: dict[str, object] = {"max_bytes": max_bytes, "debug": debug}
    with _outcomes(candidates, workers, stored, options) as outcomes, \
            Writer(engine, on_begin=batch.begin, before_commit=batch.flush) as writer:
        if before_writing is not None:
            before_writing()
        for outcome in outcomes:
            cand = outcome.cand
            report.seen += 1
            if progress:
                progress(cand.rel)
            if outcome.status == "skipped":
                skip(display(cand.path), outcome.reason)
                continue
            if outcome.status == "unchanged":
                report.unchanged += 1
                continue
            for warning in outcome.warnings:
                report.warnings.append((display(cand.path), warning))
            from timeline.db import store

            cache = cache or store.ModelCache()
            noted = batch.save()
            try:
                report.facts.update(writer.write(
                    partial(_store, outcome=outcome, cache=cache, batch=batch), on_retry=cache.clear))
            except FileNotWritten as exc:
                if debug:
                    raise
                # What the rolled-back writes noted: model ids they created, a document to index.
                cache.clear()
                batch.restore(noted)
                skip(display(cand.path), f"internal error while storing ({exc})")
                continue
            if cand.rel in stored:
                report.replaced += 1
            else:
                report.added += 1
        if prune:  # after every write, so no cached model id can go stale
            from timeline.db import store

            gone = [p for p in stored if p not in seen_paths and roots_of.get(p) in folders]
            for path in gone:
                writer.write(partial(store.delete_document, path=path, batch=batch))
            report.pruned = len(gone)
    return report
