"""Analyst commands on real ingests: the claims views (model_facts, conflicts), stats, search,
show and the export filters. Each runs on SQLite and, in CI, on PostgreSQL."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from timeline.cli import app
from timeline.db.engine import make_engine

runner = CliRunner()

# Three articles that agree and disagree about two models:
#   DeepSeek-V3 released 2024-12-26 (a) and 2024-12 (b) agree; 2025-03-10 (c) conflicts with both.
#   671B (a, as 6710亿; b) agree; 600B (c) is more than 5 % off both and off c's own 700B; 700B is
#   within 5 % of 671B.  Claude 2: 100K (a) against 200K (b).
ARTICLES = {
    "a.md": "---\ntitle: A\npublished: 2025-01-02\n---\n2024年12月26日，DeepSeek发布DeepSeek-V3（6710亿参数）。\n\n"
            "Claude 2支持100K token的上下文窗口。\n",
    "b.md": "---\ntitle: B\npublished: 2025-01-05\n---\n2024年12月，DeepSeek发布DeepSeek-V3（671B参数）。\n\n"
            "Claude 2支持200K token的上下文窗口。\n",
    "c.md": "---\ntitle: C\npublished: 2025-04-01\n---\n2025年3月10日，DeepSeek发布DeepSeek-V3，拥有6000亿参数。\n\n"
            "另一篇报道称DeepSeek-V3（约7000亿参数）。\n",
}


def _ingest(folder: Path, url: str) -> None:
    result = runner.invoke(app, ["ingest", str(folder), "--db", url, "--quiet"])
    assert result.exit_code == 0, result.output


@pytest.fixture
def claims_db(db_url: str, tmp_path: Path) -> str:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    _ingest(folder, db_url)
    return db_url


@pytest.fixture
def seeds_db(db_url: str, raw_dir: Path) -> str:
    _ingest(raw_dir, db_url)
    return db_url


def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    with make_engine(url).connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def test_conflicts_flag_disagreements_and_spare_agreements(claims_db: str) -> None:
    found = sorted(_rows(claims_db, "SELECT model, attribute, value_a, value_b, file_a, file_b FROM conflicts"))
    assert found == [
        ("Claude 2", "context tokens", "100000", "200000", "a.md", "b.md"),
        ("DeepSeek-V3", "parameters", "600000000000", "700000000000", "c.md", "c.md"),
        ("DeepSeek-V3", "parameters", "671000000000", "600000000000", "a.md", "c.md"),
        ("DeepSeek-V3", "parameters", "671000000000", "600000000000", "b.md", "c.md"),
        ("DeepSeek-V3", "release", "2024-12", "2025-03-10", "b.md", "c.md"),
        ("DeepSeek-V3", "release", "2024-12-26", "2025-03-10", "a.md", "c.md"),
    ]


def test_order_of_magnitude_statements_do_not_conflict(db_url: str, tmp_path: Path) -> None:
    # "万亿参数" (approx 10^12) agrees with 1.6万亿; a second exact value 5 % away would not.
    (tmp_path / "x.md").write_text("Google发布Switch Transformer（1.6万亿参数），迈入万亿参数时代。\n"
                                   "Switch Transformer（1.58万亿参数）。\n", encoding="utf-8")
    _ingest(tmp_path, db_url)
    values = sorted(v for (v,) in _rows(db_url, "SELECT value FROM claims WHERE attribute = 'parameters'"))
    assert len(values) >= 2
    assert _rows(db_url, "SELECT * FROM conflicts") == []


def test_model_facts_consolidate_with_sources(claims_db: str) -> None:
    rows = _rows(claims_db, "SELECT model, released, released_file, parameters, parameters_file, context_tokens, "
                            "context_file, sources, conflicts FROM model_facts ORDER BY model")
    assert rows == [
        ("Claude 2", None, None, None, None, 100000, "a.md", 2, 1),
        # the earliest reported release; the parameter count most sources state
        ("DeepSeek-V3", "2024-12-26", "a.md", 671000000000, "a.md", None, None, 3, 5),
    ]


def test_model_facts_best_scores_on_the_seeds(seeds_db: str) -> None:
    rows = _rows(seeds_db, "SELECT best_scores FROM model_facts WHERE model = 'GPT-5.2'")
    assert rows and "MMLU 87.2% (000_a331704601f157e2.txt:130)" in str(rows[0][0])
    best = _rows(seeds_db, "SELECT model, benchmark, score FROM best_scores WHERE model = 'Qwen3-235B' "
                           "AND benchmark = 'MMLU'")
    assert best == [("Qwen3-235B", "MMLU", 88.6)]


def test_stats_counts_match_the_tables(claims_db: str) -> None:
    result = runner.invoke(app, ["stats", "--db", claims_db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("documents: 3    models: 2    conflicts: 6")
    assert "context tokens: 1" in lines[0] and "parameters: 3" in lines[0] and "release: 2" in lines[0]
    events = _rows(claims_db, "SELECT COUNT(*) FROM events")[0][0]
    assert f"{events} event" in lines[1]
    per_doc = {line.split()[0]: line.split()[1:] for line in lines[4:]}
    assert set(per_doc) == {"a.md", "b.md", "c.md", "total"}
    assert per_doc["c.md"][2] == "2"  # two parameter counts in c.md


@pytest.mark.parametrize(
    ("query", "expected_line"),
    [
        ("发布", "a.md:5"),  # a two-character Chinese word inside a sentence
        ("深度求", None),  # not in the texts: the company is written DeepSeek
        ("支持", "a.md:7"),
        ("DeepSeek-V3 6000亿", "c.md:5"),  # English name with a Chinese number
        ("token", "b.md:7"),
        ("持", "b.md:7"),  # one character: a prefix of the pairs it starts
    ],
)
def test_search_finds_chinese_and_english(claims_db: str, query: str, expected_line: str | None) -> None:
    result = runner.invoke(app, ["search", query, "--db", claims_db])
    if expected_line is None:
        assert result.exit_code == 1 and "no fact matches" in result.output
        return
    assert result.exit_code == 0, result.output
    hits = [line.split("\t") for line in result.output.splitlines()]
    assert expected_line in [h[1] for h in hits]
    for ref, _, quote in hits:
        kind, fact_id = ref.split(":")
        assert kind in ("model", "event", "parameters", "benchmark", "context") and fact_id.isdigit()
        words = [w for w in query.split() if w.isascii()]
        assert all(w.lower() in quote.lower() or kind == "event" for w in words)


def test_search_reads_pdf_spaced_chinese_and_follows_reingest(seeds_db: str, tmp_path: Path) -> None:
    # 002 is PDF text: "底 发 布 混 合 专 家 模 型 DeepSeek- V3"
    result = runner.invoke(app, ["search", "混合专家模型", "--db", seeds_db])
    assert "002_bad53bc446689f33.txt:196" in result.output
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "n.md").write_text("2023年3月，OpenAI发布GPT-4。\n", encoding="utf-8")
    _ingest(folder, seeds_db)
    assert runner.invoke(app, ["search", "GPT-4", "--db", seeds_db]).output.count("n.md:1") >= 1
    (folder / "n.md").write_text("2024年5月，OpenAI发布GPT-4o。\n", encoding="utf-8")
    _ingest(folder, seeds_db)
    output = runner.invoke(app, ["search", "2023", "OpenAI", "--db", seeds_db]).output
    assert "n.md" not in output  # the replaced facts left the index with them
    assert "n.md:1" in runner.invoke(app, ["search", "GPT-4o", "--db", seeds_db]).output


def test_show_marks_the_quote_and_lists_other_claims(claims_db: str) -> None:
    ref = runner.invoke(app, ["search", "Claude 2 100K", "--db", claims_db]).output.split("\t")[0]
    assert ref.startswith("context:")
    result = runner.invoke(app, ["show", ref, "--db", claims_db])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "tokens: 100000" in out and "source: a.md line 7" in out
    assert "> 7 | [[Claude 2支持100K token]]的上下文窗口。" in out
    assert "  5 | 2024年12月26日" in out  # context lines around it
    assert "other claims about Claude 2 / context tokens: 1" in out
    assert "200000  CONFLICTS  b.md:7" in out


def test_show_says_when_the_source_changed_and_rejects_bad_refs(claims_db: str, tmp_path: Path) -> None:
    ref = runner.invoke(app, ["search", "6000亿", "--db", claims_db]).output.split("\t")[0]
    (tmp_path / "articles" / "c.md").write_text("changed\n", encoding="utf-8")
    out = runner.invoke(app, ["show", ref, "--db", claims_db]).output
    assert "source changed since it was ingested" in out and "quote: DeepSeek-V3，拥有6000亿参数" in out
    for bad in ("event", "event:x", "nope:1", "event:99999", "event:²", "event:" + "9" * 30):
        result = runner.invoke(app, ["show", bad, "--db", claims_db])
        assert result.exit_code == 2 and "timeline:" in result.output


def _csv(url: str, *args: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["export", "--csv", "--db", url, *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_export_filters(seeds_db: str) -> None:
    every = _csv(seeds_db)
    in_2024 = _csv(seeds_db, "--since", "2024", "--until", "2024-12")
    assert in_2024 and all(r["latest"] >= "2024-01-01" and r["earliest"] <= "2024-12-31" for r in in_2024)
    assert len(in_2024) < len(every)
    predicted = _csv(seeds_db, "--status", "predicted")
    assert predicted and {r["status"] for r in predicted} == {"predicted"}
    # a model by any of its names: 通义千问 is Qwen
    qwen = _csv(seeds_db, "--model", "通义千问")
    assert qwen and all("Qwen" in r["models"] or "通义千问" in r["models"] for r in qwen)
    # an organization by any of its names: 谷歌 is Google, in the event or through its models
    google = _csv(seeds_db, "--org", "谷歌")
    assert {"Word2Vec", "Gemini 1.0 Ultra"} <= {r["models"] for r in google}
    params = _csv(seeds_db, "--table", "parameters", "--org", "Google")
    assert params and "BERT" in {r["model"] for r in params}
    assert _csv(seeds_db, "--model", "no such model") == []


def test_export_excel_bom_and_bad_filters(seeds_db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--csv", "--excel", "--db", seeds_db])
    assert result.output.startswith("\ufeffdate,precision,")
    out = tmp_path / "csv"
    runner.invoke(app, ["export", "--out", str(out), "--excel", "--db", seeds_db])
    assert (out / "models.csv").read_bytes().startswith(b"\xef\xbb\xbfcanonical,")
    for args in (["--since", "2024-13"], ["--status", "maybe"], ["--table", "models", "--status", "reported"]):
        bad = runner.invoke(app, ["export", "--db", seeds_db, *args])
        assert bad.exit_code == 2, args


def test_excel_export_keeps_text_from_running_as_a_formula(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "f.md").write_text('# =HYPERLINK("http://example.com","x")\n\n2024年5月，OpenAI发布GPT-4o。\n',
                                 encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'f.db'}"
    assert runner.invoke(app, ["ingest", str(folder), "--db", url, "-q"]).exit_code == 0

    def titles(*extra: str) -> list[str]:
        result = runner.invoke(app, ["export", "--csv", "--table", "documents", "--db", url, *extra])
        return [row["title"] for row in csv.DictReader(io.StringIO(result.output.lstrip("\ufeff")))]

    assert titles() == ['=HYPERLINK("http://example.com","x")']  # the data as it is
    assert titles("--excel") == ['\'=HYPERLINK("http://example.com","x")']  # text, for a spreadsheet


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "NEAR(a b)", "x\"y", "，。", ""])
def test_search_takes_query_syntax_as_plain_text(claims_db: str, query: str) -> None:
    result = runner.invoke(app, ["search", query, "--db", claims_db])
    assert result.exit_code == 1 and "no fact matches" in result.output
