"""The commands as a user runs them: ingest, export (both formats), extract, query."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

runner = CliRunner()


@pytest.fixture
def db(db_url: str, raw_dir: Path) -> str:
    url = db_url
    result = runner.invoke(app, ["ingest", str(raw_dir), "--db", url])
    assert result.exit_code == 0, result.output
    assert "5 read, 5 added" in result.output
    return url


def test_ingest_summary_and_env_var(tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.db"))
    result = runner.invoke(app, ["ingest", str(raw_dir)])
    assert result.exit_code == 0
    assert "facts written:" in result.output and (tmp_path / "env.db").exists()
    again = runner.invoke(app, ["ingest", str(raw_dir)])
    assert "5 unchanged" in again.output


def test_export_csv_timeline_is_sorted_by_date(db: str) -> None:
    result = runner.invoke(app, ["export", "--csv", "--db", db])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0])[:9] == ["date", "precision", "qualifier", "earliest", "latest", "models",
                                         "organization", "action", "status"]
    earliest = [r["earliest"] for r in rows]
    assert earliest == sorted(earliest)
    r1 = next(r for r in rows if r["date"] == "2025-01-20")
    assert "DeepSeek-R1" in r1["models"] and r1["file"] == "001_1b612909b090eb0a.txt" and r1["line_start"] == "77"


def test_export_tables_and_out_folder(db: str, tmp_path: Path) -> None:
    for table in ("documents", "models", "parameters", "benchmarks", "contexts"):
        result = runner.invoke(app, ["export", "--csv", "--table", table, "--db", db])
        assert result.exit_code == 0 and len(result.stdout.splitlines()) > 1, table
    out = tmp_path / "out"
    assert runner.invoke(app, ["export", "--out", str(out), "--db", db]).exit_code == 0
    assert {p.name for p in out.iterdir()} == {"timeline.csv", "documents.csv", "models.csv", "parameters.csv",
                                               "benchmarks.csv", "contexts.csv"}
    bad = runner.invoke(app, ["export", "--table", "nope", "--db", db])
    assert bad.exit_code == 2


def test_export_jsonl_has_gold_fields(db: str) -> None:
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {r["kind"] for r in rows}
    assert kinds == {"document", "model", "event", "parameters", "benchmark", "context"}
    doc = next(r for r in rows if r["kind"] == "document" and r["file"].startswith("004"))
    assert doc["published"] == "2023-12-25"
    gpt3 = next(r for r in rows if r["kind"] == "parameters" and r["model"] == "GPT-3")
    assert gpt3["value"] == 175_000_000_000 and gpt3["line"] == 42 and "1750亿参数" in gpt3["quote"]


def test_extract_prints_facts_and_times_without_a_database(tmp_path: Path) -> None:
    text = "OpenAI在2024年9月发布推理模型o1，并在12月升级到o3。去年的对比。\n"
    result = runner.invoke(app, ["extract", "-", "--published", "2025-01-05"], input=text)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    times = [r for r in rows if r["kind"] == "time"]
    assert [(t["text"], t["value"]) for t in times] == [("2024年9月", "2024-09"), ("12月", "2024-12"),
                                                        ("去年", "2024")]
    events = [r for r in rows if r["kind"] == "event"]
    assert {e["date"] for e in events} == {"2024-09", "2024-12"}
    assert not list(tmp_path.iterdir())


def test_query_prints_a_table(db: str) -> None:
    result = runner.invoke(app, ["query", "SELECT COUNT(*) AS n FROM documents", "--db", db])
    assert result.exit_code == 0 and "5" in result.stdout and "(1 row)" in result.stdout


@pytest.mark.parametrize("sql", [
    "INSERT INTO documents (path, sha256, size_bytes, encoding, ingested_at) VALUES ('x', 'y', 0, 'u', '2020-01-01')",
    "UPDATE events SET status = 'rumored'",
    "DELETE FROM events",
    "DROP TABLE events",
    "ATTACH DATABASE 'other.db' AS other",
    "PRAGMA user_version = 7",
    "CREATE TABLE t (x INTEGER)",
])
def test_query_refuses_writes(db: str, sql: str) -> None:
    before = runner.invoke(app, ["query", "SELECT COUNT(*) AS n FROM events", "--db", db]).stdout
    result = runner.invoke(app, ["query", sql, "--db", db])
    assert result.exit_code == 3
    assert runner.invoke(app, ["query", "SELECT COUNT(*) AS n FROM events", "--db", db]).stdout == before
    if db.startswith("sqlite"):
        version = runner.invoke(app, ["query", "PRAGMA user_version", "--db", db]).stdout
        assert "7" not in version


def test_sqlite_and_postgresql_exports_are_identical(raw_dir: Path, tmp_path: Path) -> None:
    import os

    if not os.environ.get("TIMELINE_TEST_POSTGRES"):
        pytest.skip("no PostgreSQL server (scripts/with-postgres starts one)")
    import sqlalchemy as sa

    base = os.environ["TIMELINE_TEST_POSTGRES"]
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql("DROP DATABASE IF EXISTS t_identical")
        conn.exec_driver_sql("CREATE DATABASE t_identical")
    pg = sa.engine.make_url(base).set(database="t_identical").render_as_string(hide_password=False)
    outputs = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'same.db'}"), ("postgresql", pg)):
        assert runner.invoke(app, ["ingest", str(raw_dir), "--db", url, "-q"]).exit_code == 0
        jsonl = runner.invoke(app, ["export", "--format", "jsonl", "--db", url]).stdout
        timeline = runner.invoke(app, ["export", "--csv", "--db", url]).stdout
        outputs[name] = (jsonl, timeline)
    assert outputs["sqlite"] == outputs["postgresql"]
    assert len(outputs["sqlite"][0].splitlines()) > 300


@pytest.mark.parametrize(("cores", "expected"), [(1, 1), (2, 2), (64, 4)])
def test_default_workers_one_per_core_available_at_most_four(cores: int, expected: int, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from timeline import ingest as ingest_module

    seen: list[int] = []
    real = ingest_module.ingest

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs["workers"])
        return real(*args, **kwargs)

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(ingest_module, "ingest", spy)
    (tmp_path / "a.md").write_text("2024年5月，OpenAI发布GPT-4o。\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.md"), "--db", str(tmp_path / "w.db"), "-q"])
    assert result.exit_code == 0 and seen == [expected]


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["ingest"]).exit_code == 2
    assert runner.invoke(app, ["export", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(tmp_path), "--max-bytes", "-5"]).exit_code == 2
    assert runner.invoke(app, ["search", "GPT", "--limit", "9" * 20]).exit_code == 2  # (was a database error)


def test_query_json_is_strict_json_and_formats_are_checked(db: str) -> None:
    def refuse(constant: str) -> None:
        raise AssertionError(f"not JSON: {constant}")

    sql = ("SELECT 1e999 AS big, -1e999 AS small, CAST(1.5 AS DOUBLE PRECISION) AS x" if db.startswith("sqlite") else
           "SELECT 'Infinity'::float8 AS big, '-Infinity'::float8 AS small, 'NaN'::float8 AS nan, "
           "CAST(1.5 AS DOUBLE PRECISION) AS x")
    result = runner.invoke(app, ["query", sql, "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output, parse_constant=refuse)
    assert row == {"big": "inf", "small": "-inf", "x": 1.5, **({} if db.startswith("sqlite") else {"nan": "nan"})}
    assert runner.invoke(app, ["query", "SELECT 1", "--db", db, "--format", "xml"]).exit_code == 2


def test_a_database_without_its_driver_says_what_to_install() -> None:
    result = runner.invoke(app, ["stats", "--db", "mysql://user@localhost/timeline"])
    assert result.exit_code == 3 and "no driver for this database" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["export", "--csv"], ["stats"], ["search", "GPT"], ["show", "event:1"],
                                     ["report", "--out", "r.html"], ["query", "SELECT 1"]])
def test_reading_a_database_that_is_not_there_is_an_error(command: list[str], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A mistyped path is not an empty database: nothing is made there, and the exit code says so."""
    monkeypatch.chdir(tmp_path)
    for db in ("typo.db", f"sqlite:///{tmp_path / 'sub' / 'typo.db'}"):
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 3 and "no database at" in result.output and "typo.db" in result.output
    assert list(tmp_path.iterdir()) == []


def test_console_script_help_runs() -> None:
    exe = Path(sys.executable).with_name("timeline")
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "ingest" in result.stdout
