"""Faults: a killed ingest leaves no half-written document, concurrent ingests agree, a
read-only database or a full disk gives a clear error and no corruption."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from timeline.cli import app
from timeline.extract.pipeline import extract_text
from timeline.records import KIND_OF

TIMELINE = str(Path(sys.executable).with_name("timeline"))
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, ) -> Path:
    """60 distinct articles made from the bundled ones (each a little different)."""
    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    folder = tmp_path_factory.mktemp("corpus")
    sources = sorted(raw.iterdir())
    for i in range(60):
        text = sources[i % len(sources)].read_text("utf-8")
        (folder / f"{i:03d}.md").write_text(text + f"\n\n{2000 + i}年{i % 12 + 1}月，Foo-{i}.5发布。\n",
                                            encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def long_corpus(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 60 articles six times over, in folders (so that a run interrupted 0.3 s after its workers
    start is still extracting: the 60 alone were once all written by then, on a fast machine)."""
    folder = tmp_path_factory.mktemp("long")
    for copy in range(6):
        shutil.copytree(corpus, folder / f"copy{copy}")
    return folder


@pytest.fixture(scope="module")
def expected(corpus: Path) -> dict[str, Counter[str]]:
    """Fact counts per file, straight from extraction."""
    counts = {}
    for path in sorted(corpus.iterdir()):
        result = extract_text(path.read_text("utf-8"), path.name)
        counts[path.name] = Counter(KIND_OF[type(f)] for f in result.facts)
    return counts


def _stored(url: str) -> dict[str, Counter[str]]:
    engine = sa.create_engine(url)
    tables = {"model": "model_mentions", "event": "events", "parameters": "parameter_counts",
              "benchmark": "benchmark_scores", "context": "context_windows"}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        stored = {path: Counter() for path in conn.scalars(sa.text("SELECT path FROM documents"))}
        for kind, table in tables.items():
            for path, n in conn.execute(sa.text(f"SELECT d.path, COUNT(*) FROM {table} t JOIN documents d "
                                                "ON d.id = t.document_id GROUP BY d.path")):
                stored[path][kind] = n
    engine.dispose()
    return stored


@pytest.mark.parametrize("delay", [0.9, 1.6, 2.4, 3.5])
def test_sigkill_leaves_whole_documents_and_rerun_completes(corpus: Path, expected, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            delay: float) -> None:
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    first = subprocess.run([TIMELINE, "ingest", str(corpus), "--db", url, "-q"], capture_output=True, check=False)
    assert first.returncode == 0  # warm run on another database: imports are cached
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    proc = subprocess.Popen([TIMELINE, "ingest", str(corpus), "--db", url, "-q"])
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if (tmp_path / "kill.db").exists():
        partial = _stored(url) if _has_schema(url) else {}
        for path, counts in partial.items():
            assert counts == expected[path], f"half-written {path}"
    rerun = subprocess.run([TIMELINE, "ingest", str(corpus), "--db", url, "-q"], capture_output=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert _stored(url) == expected


def _children(pid: int) -> set[int]:
    """The processes `pid` has started (Linux)."""
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


def _started_workers(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> set[int]:
    deadline = time.monotonic() + timeout
    while len(workers := _children(proc.pid)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, "no workers started"
        time.sleep(0.02)
    time.sleep(0.3)  # (extracting)
    return workers


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_workers_end_with_a_killed_ingest(corpus: Path, tmp_path: Path) -> None:
    """SIGKILL leaves no extraction worker behind (each would wait for work forever)."""
    proc = subprocess.Popen([TIMELINE, "ingest", str(corpus), "--db", str(tmp_path / "k.db"), "--workers", "2",
                             "-q"])
    workers = _started_workers(proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers))


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_ctrl_c_stops_soon_and_keeps_whole_documents(long_corpus: Path, expected,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group: the run stops after the files in flight, keeps
    the files written, and ends its workers."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    proc = subprocess.Popen([TIMELINE, "ingest", str(long_corpus), "--db", url, "--workers", "2", "-q"],
                            start_new_session=True, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    workers = _started_workers(proc)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err.decode().startswith("timeline: interrupted;") and b"Traceback" not in err
    assert not any(map(_alive, workers))
    for path, counts in (_stored(url) if _has_schema(url) else {}).items():  # (stopped while migrating?)
        assert counts == expected[path.rsplit("/", 1)[-1]], f"half-written {path}"


def _has_schema(url: str) -> bool:
    engine = sa.create_engine(url)
    try:
        return "documents" in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_two_concurrent_ingests_agree(corpus: Path, expected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'both.db'}"
    procs = [subprocess.Popen([TIMELINE, "ingest", str(corpus), "--db", url], stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert not any("locked" in out for out in outputs)
    assert _stored(url) == expected
    with sa.create_engine(url).connect() as conn:
        dupes = conn.scalar(sa.text("SELECT COUNT(*) FROM (SELECT key FROM models GROUP BY key HAVING COUNT(*) > 1)"))
        assert dupes == 0


def test_read_only_database_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.md").write_text("2024年3月，Anthropic发布Claude 3。\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(one), "--db", f"sqlite:///{db}", "-q"]).exit_code == 0
    before = _dump(db)
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", url])
    assert result.exit_code == 3
    assert "readonly database" in result.output and "Traceback" not in result.output
    assert _dump(db) == before


def _dump(db: Path) -> list[str]:
    """The database's whole content as SQL (its file bytes may move with WAL checkpoints)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(conn.iterdump())


def test_full_disk_is_a_clear_error_and_keeps_whole_documents(corpus: Path, expected, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.db import engine as engine_module

    real = engine_module.make_engine

    def small_disk(url: str, **kwargs: object) -> sa.Engine:
        engine = real(url, **kwargs)

        @sa.event.listens_for(engine, "connect")
        def _limit(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA max_page_count = 120")  # about 480 KB: fills part-way

        return engine

    monkeypatch.setattr(engine_module, "make_engine", small_disk)
    url = f"sqlite:///{tmp_path / 'full.db'}"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", url, "--include", "00[0-5].md"])
    assert first.exit_code == 0, first.output
    result = runner.invoke(app, ["ingest", str(corpus), "--db", url])
    assert result.exit_code == 3
    assert "database or disk is full" in result.output and "Traceback" not in result.output
    stored = _stored(url)
    # Committed documents stay; the files of the group being written when the disk filled are lost
    # whole (timeline/db/writer.py), and none is half-written.
    assert {f"00{i}.md" for i in range(6)} <= set(stored) and len(stored) < len(expected)
    for path, counts in stored.items():
        assert counts == expected[path]
