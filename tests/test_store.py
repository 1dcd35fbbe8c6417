"""Upserts on natural keys: idempotent re-runs, per-file replacement, prune, one model per alias set."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from timeline.db import migrate
from timeline.db.engine import make_engine
from timeline.extract.context import DocContext
from timeline.ingest import ingest
from timeline.records import ContextRecord, Provenance
from timeline.text.normalize import normalize

TABLES = ("documents", "models", "model_aliases", "model_mentions", "events", "event_models",
          "parameter_counts", "benchmark_scores", "context_windows")


def _engine(url: str) -> sa.Engine:
    engine = make_engine(url)
    migrate.upgrade(engine)
    return engine


def _counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.scalar(sa.text(f"SELECT COUNT(*) FROM {t}")) for t in TABLES}


def _ids(engine: sa.Engine, table: str, path: str) -> list[int]:
    with engine.connect() as conn:
        return list(conn.scalars(sa.text(f"SELECT t.id FROM {table} t JOIN documents d ON d.id = t.document_id "
                                         "WHERE d.path = :p ORDER BY t.id"), {"p": path}))


@pytest.fixture
def corpus(tmp_path: Path, raw_dir: Path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(raw_dir, folder)
    return folder


def test_two_ingests_leave_identical_counts(db_url: str, corpus: Path) -> None:
    engine = _engine(db_url)
    first = ingest([corpus], engine)
    counts = _counts(engine)
    assert first.added == 5 and all(counts[t] > 0 for t in TABLES)
    with engine.connect() as conn:
        stamps = dict(conn.execute(sa.text("SELECT path, ingested_at FROM documents")).all())
    second = ingest([corpus], engine)
    assert (second.unchanged, second.added, second.replaced) == (5, 0, 0)
    assert sum(second.facts.values()) == 0
    assert _counts(engine) == counts
    with engine.connect() as conn:
        assert dict(conn.execute(sa.text("SELECT path, ingested_at FROM documents")).all()) == stamps


def test_changed_file_replaces_only_its_facts(db_url: str, corpus: Path) -> None:
    engine = _engine(db_url)
    ingest([corpus], engine)
    changed, other = "002_bad53bc446689f33.txt", "001_1b612909b090eb0a.txt"
    other_ids = {t: _ids(engine, t, other) for t in ("events", "model_mentions", "parameter_counts")}
    before = len(_ids(engine, "events", changed))
    with open(corpus / changed, "a", encoding="utf-8") as handle:
        handle.write("\n\n2025年3月，Foo-3.5-Turbo正式开源。\n")
    report = ingest([corpus], engine)
    assert (report.replaced, report.unchanged) == (1, 4)
    assert len(_ids(engine, "events", changed)) == before + 1
    assert {t: _ids(engine, t, other) for t in other_ids} == other_ids
    again = _counts(engine)
    ingest([corpus], engine)
    assert _counts(engine) == again


def test_prune_drops_vanished_documents_and_orphan_models(db_url: str, corpus: Path) -> None:
    engine = _engine(db_url)
    ingest([corpus], engine)
    (corpus / "000_a331704601f157e2.txt").unlink()
    kept = ingest([corpus], engine)
    assert kept.pruned == 0 and _counts(engine)["documents"] == 5
    report = ingest([corpus], engine, prune=True)
    assert report.pruned == 1
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM documents")) == 4
        # Models only that article named (Gemini Audio) are gone with it; shared ones stay.
        names = set(conn.scalars(sa.text("SELECT canonical FROM models")))
        assert "Gemini Audio" not in names and "ChatGPT" in names
        orphans = conn.scalar(sa.text(
            "SELECT COUNT(*) FROM models m WHERE NOT EXISTS (SELECT 1 FROM model_mentions x WHERE x.model_id = m.id)"))
        assert orphans == 0
        # The search index forgets the article too (on SQLite, its FTS5 table as well).
        from timeline.db.search import search

        assert conn.scalar(sa.text("SELECT COUNT(*) FROM search_index si LEFT JOIN documents d "
                                   "ON d.id = si.document_id WHERE d.id IS NULL")) == 0
        assert all(h.file != "000_a331704601f157e2.txt" for h in search(conn, "Gemini", limit=500))
        if conn.dialect.name == "sqlite":
            assert conn.scalar(sa.text("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH 'gemini'")) == \
                conn.scalar(sa.text("SELECT COUNT(*) FROM search_index WHERE ' ' || terms || ' ' LIKE '% gemini %'"))


def test_prune_looks_only_under_the_folders_given(db_url: str, tmp_path: Path) -> None:
    """Pruning with one folder left the documents of another folder gone, their files still there."""
    engine = _engine(db_url)
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, name, text in ((first, "a.md", "2024年5月，OpenAI发布GPT-4o。\n"),
                               (second, "b.md", "2024年3月，Anthropic发布Claude 3。\n"),
                               (second, "c.md", "2025年1月，OpenAI发布o3。\n")):
        folder.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    ingest([first, second], engine)
    assert ingest([second], engine, prune=True).pruned == 0
    (second / "c.md").unlink()
    assert ingest([second / "b.md"], engine, prune=True).pruned == 0  # a file given: no folder looked through
    assert ingest([second], engine, prune=True).pruned == 1
    with engine.connect() as conn:
        assert sorted(conn.scalars(sa.text("SELECT path FROM documents"))) == ["a.md", "b.md"]


def test_aliases_reach_one_model_across_files(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text("2023年4月，阿里发布通义千问。\n", encoding="utf-8")
    (folder / "b.md").write_text("2024年9月，Qwen登顶开源榜单。\n", encoding="utf-8")
    engine = _engine(db_url)
    ingest([folder], engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT d.path, mm.name, mm.model_id FROM model_mentions mm "
                                    "JOIN documents d ON d.id = mm.document_id ORDER BY d.path")).all()
        assert [(r.path, r.name) for r in rows] == [("a.md", "通义千问"), ("b.md", "Qwen")]
        assert rows[0].model_id == rows[1].model_id
        aliases = set(conn.scalars(sa.text("SELECT alias FROM model_aliases WHERE model_id = :m"),
                                   {"m": rows[0].model_id}))
        assert {"通义千问", "Qwen"} <= aliases


def test_two_values_claimed_from_one_place_are_two_facts(db_url: str, tmp_path: Path) -> None:
    """Two scores (or lengths) whose quotes start at the same place are both kept: the natural key holds the score
    and the length's end, not only where the claim starts."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text("Foo-4 scores 88.1 on MMLU (5-shot) and 90.0 on MMLU (CoT).\n\n"
                                 "Bar-2 supports 256K tokens natively and 1M with extrapolation.\n", encoding="utf-8")
    engine = _engine(db_url)
    ingest([folder], engine)
    with engine.connect() as conn:
        scores = conn.execute(sa.text("SELECT score, char_start FROM benchmark_scores ORDER BY score")).all()
        lengths = conn.execute(sa.text("SELECT tokens, char_start FROM context_windows ORDER BY tokens")).all()
    assert [s.score for s in scores] == [88.1, 90.0] and scores[0].char_start == scores[1].char_start
    assert [c.tokens for c in lengths] == [256000, 1000000] and lengths[0].char_start == lengths[1].char_start


def test_invalid_record_is_reported_and_skipped() -> None:
    ctx = DocContext.build(normalize("GPT-4支持8K上下文"))
    prov = Provenance(line_start=1, line_end=1, char_start=0, char_end=5, quote="GPT-4")
    assert ctx.record(ContextRecord, model="GPT-4", tokens=None, chars=None, prov=prov) is None
    assert ctx.problems and "line 1: invalid ContextRecord" in ctx.problems[0]
    assert ctx.record(ContextRecord, model="GPT-4", tokens=8000, prov=prov) is not None


def _links(engine: sa.Engine) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Search rows and event links, each with the quote of the fact it points at."""
    with engine.connect() as conn:
        search: list[tuple[object, ...]] = []
        for kind, table in (("model", "model_mentions"), ("event", "events"), ("parameters", "parameter_counts"),
                            ("benchmark", "benchmark_scores"), ("context", "context_windows")):
            search += conn.execute(sa.text(
                f"SELECT s.kind, s.terms, f.quote, f.document_id = s.document_id FROM search_index s "
                f"JOIN {table} f ON f.id = s.fact_id WHERE s.kind = '{kind}'")).all()
        links = sorted(conn.execute(sa.text("SELECT e.quote, m.name, m.position FROM event_models m "
                                         "JOIN events e ON e.id = m.event_id")).all())
    return sorted(search), links


def test_new_fact_ids_reach_their_own_rows(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On SQLite the writer takes the ids of new events to follow the largest id before the insert,
    checked after it; when the check fails it reads them back by natural key. Both give every
    event link the event it was made for (and the search view lists every fact with its terms)."""
    from timeline.db import store

    fast = _engine(f"sqlite:///{tmp_path / 'fast.db'}")
    ingest([corpus], fast)
    monkeypatch.setattr(store, "_max_id", lambda conn, table: -1)  # the check never holds
    by_key = _engine(f"sqlite:///{tmp_path / 'by_key.db'}")
    ingest([corpus], by_key)
    search, links = _links(fast)
    assert len(search) > 300 and all(same_document for *_, same_document in search) and len(links) > 20
    assert _links(by_key) == (search, links)
    with fast.connect() as conn:
        rows = conn.scalar(sa.text("SELECT COUNT(*) FROM search_index"))
    assert len(search) == rows  # every search row joined its fact


def test_driver_statements_raise_sqlalchemy_errors(db_url: str) -> None:
    """The writer's direct statements fail the way Connection.execute does, so the ingest
    retry logic (IntegrityError, OperationalError) still applies."""
    from timeline.db import driver

    engine = _engine(db_url)
    with engine.begin() as conn:
        model = driver.run(conn, "INSERT INTO models (key, canonical) VALUES (?, ?) RETURNING id", ("gpt4", "GPT-4"))
        model_id = model.fetchone()[0]
        driver.run(conn, "INSERT INTO model_aliases (model_id, alias, key) VALUES (?, ?, ?)",
                   (model_id, "GPT-4", "gpt4"))
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        driver.run(conn, "INSERT INTO model_aliases (model_id, alias, key) VALUES (?, ?, ?)",
                   [(model_id, "GPT 4", "gpt4")], many=True)
    with pytest.raises(sa.exc.ProgrammingError if "postgres" in db_url else sa.exc.OperationalError), \
            engine.begin() as conn:
        driver.run(conn, "SELECT nothing FROM nowhere")
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM model_aliases")) == 1


def _fts_consistent(engine: sa.Engine) -> bool:
    """FTS5's own check of search_fts against its content table: a row missing from the index or
    indexed twice fails it."""
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        except sa.exc.DatabaseError:
            return False
    return True


def test_full_text_index_follows_every_write(tmp_path: Path, corpus: Path) -> None:
    """Ingest adds a group's search rows to FTS5 before each commit: after adding, replacing and
    pruning files, FTS5 holds every search row once."""
    engine = _engine(f"sqlite:///{tmp_path / 'fts.db'}")
    ingest([corpus], engine)
    assert _fts_consistent(engine)
    with engine.begin() as conn:  # (the check can fail: terms the index does not hold)
        conn.exec_driver_sql("UPDATE events SET terms = 'x' WHERE id = (SELECT min(id) FROM events)")
    assert not _fts_consistent(engine)
    engine = _engine(f"sqlite:///{tmp_path / 'fts2.db'}")
    ingest([corpus], engine)
    with open(corpus / "002_bad53bc446689f33.txt", "a", encoding="utf-8") as handle:
        handle.write("\n\n2025年3月，Foo-3.5-Turbo正式开源。\n")
    (corpus / "000_a331704601f157e2.txt").unlink()
    report = ingest([corpus], engine, prune=True)
    assert (report.replaced, report.pruned) == (1, 1)
    assert _fts_consistent(engine)
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH 'foo'")) >= 1


def test_a_batch_indexes_what_its_transaction_keeps(tmp_path: Path) -> None:
    """Within one group: a document deleted after it was written, a file rolled back to its
    savepoint, and the document id either one leaves free given again."""
    from timeline.db import store
    from timeline.db.fts import FtsBatch
    from timeline.db.search import search
    from timeline.db.writer import FileNotWritten, Writer
    from timeline.extract.pipeline import extract_text

    engine = _engine(f"sqlite:///{tmp_path / 'batch.db'}")

    def write(path: str, text: str, fail: bool = False):  # type: ignore[no-untyped-def]
        extraction = extract_text(text, path)
        def work(conn: sa.Connection) -> None:
            store.store_extraction(conn, extraction.document, extraction.facts, path, batch=batch)
            if fail:
                raise ValueError("after the writes")
        return work

    batch = FtsBatch()
    with Writer(engine, max_files=100, max_seconds=3600, on_begin=batch.begin, before_commit=batch.flush) as writer:
        writer.write(write("a.md", "2024年5月，OpenAI发布GPT-4o。\n"))
        writer.write(lambda conn: store.delete_document(conn, "a.md", batch))
        with pytest.raises(FileNotWritten):
            writer.write(write("b.md", "2024年6月，Anthropic发布Claude 3.5 Sonnet。\n", fail=True))
        writer.write(write("c.md", "2024年7月，Meta发布Llama 3.1。\n"))
    assert _fts_consistent(engine)
    with engine.connect() as conn:
        assert {h.file for h in search(conn, "Llama")} == {"c.md"}
        assert not search(conn, "GPT-4o") and not search(conn, "Claude")


def test_a_file_that_cannot_be_stored_is_skipped_and_the_run_goes_on(tmp_path: Path, corpus: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose writes fail on its own data (here, after all of them) is rolled back alone and
    reported; the files around it are stored, a replaced file keeps its stored version, and the
    full-text index holds each kept row once."""
    from timeline import ingest as ingest_module
    from timeline.db.search import search

    engine = _engine(f"sqlite:///{tmp_path / 'fail.db'}")
    ingest([corpus], engine)
    before = _counts(engine)
    real_store = ingest_module._store
    failing: set[str] = set()

    def store_then_fail(conn, outcome, cache, batch):  # type: ignore[no-untyped-def]
        counts = real_store(conn, outcome, cache, batch)
        if outcome.cand.rel in failing:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return counts

    monkeypatch.setattr(ingest_module, "_store", store_then_fail)
    changed = "002_bad53bc446689f33.txt"
    with open(corpus / changed, "a", encoding="utf-8") as handle:
        handle.write("\n\n2025年3月，Foo-3.5-Turbo正式开源。\n")
    (corpus / "new.md").write_text("2024年7月，Meta发布Zorblax-7。\n", encoding="utf-8")
    (corpus / "bad.md").write_text("2024年6月，Anthropic发布Quuxite-2。\n", encoding="utf-8")
    failing.update({changed, "bad.md"})
    report = ingest([corpus], engine)
    reason = "internal error while storing (OverflowError: Python int too large to convert to SQLite INTEGER)"
    assert sorted((Path(p).name, r) for p, r in report.skipped) == [(changed, reason), ("bad.md", reason)]
    assert (report.added, report.replaced, report.unchanged) == (1, 0, 4)
    counts = _counts(engine)
    assert counts["documents"] == before["documents"] + 1 and counts["events"] == before["events"] + 1
    assert _fts_consistent(engine)
    with engine.connect() as conn:
        assert {h.file for h in search(conn, "Zorblax-7")} == {"new.md"}
        assert not search(conn, "Foo-3.5-Turbo") and not search(conn, "Quuxite-2")


def test_without_a_batch_each_file_is_indexed_at_once(tmp_path: Path) -> None:
    """store_extraction and delete_document outside a writer group keep FTS5 in step themselves."""
    from timeline.db import store
    from timeline.db.search import search
    from timeline.extract.pipeline import extract_text

    engine = _engine(f"sqlite:///{tmp_path / 'single.db'}")
    for path, text in (("a.md", "2024年5月，OpenAI发布GPT-4o。\n"), ("b.md", "2024年7月，Meta发布Llama 3.1。\n")):
        extraction = extract_text(text, path)
        with engine.begin() as conn:
            store.store_extraction(conn, extraction.document, extraction.facts, path)
    with engine.begin() as conn:
        assert store.delete_document(conn, "a.md")
    assert _fts_consistent(engine)
    with engine.connect() as conn:
        assert {h.file for h in search(conn, "Llama")} == {"b.md"} and not search(conn, "GPT-4o")
