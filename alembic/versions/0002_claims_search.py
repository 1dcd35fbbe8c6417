"""Claims and consolidation (views claims, model_facts, best_scores, conflicts), the full-text
search index, and documents.root.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Event actions that state a release (the first public availability of a model).
RELEASE_ACTIONS = ("发布", "推出", "正式推出", "面世", "问世", "亮相", "发表", "释出", "launch", "launched",
                   "launches", "release", "released", "releases", "unveil", "unveiled", "unveils")
# Two numeric claims conflict when the gap between their ranges is more than 5 % of the larger.
# An exact claim's range is its value (or its stated range); an approximate one ("约", "about",
# "over") spans 0.75x to 1.25x, and a bare power of ten ("万亿规模", "hundreds of billions")
# 0.75x to 10x: it states an order of magnitude, which 1.6万亿 agrees with.
TOLERANCE = 0.05
# Benchmark scores conflict when they differ by more than this (rounding: 88.5 vs 88 agrees).
SCORE_TOLERANCE = 0.5


_UNIT = "(CASE WHEN {t}.unit IS NULL THEN '' WHEN {t}.unit = '%' THEN '%' ELSE ' ' || {t}.unit END)"


def _greatest(a: str, b: str) -> str:
    return f"(CASE WHEN {a} >= {b} THEN {a} ELSE {b} END)"


def _least(a: str, b: str) -> str:
    return f"(CASE WHEN {a} <= {b} THEN {a} ELSE {b} END)"


def _agg(dialect: str, expr: str, order: str, source: str) -> str:
    """`expr` of every row of `source`, joined with '; ' in `order`."""
    if dialect == "postgresql":
        return f"(SELECT string_agg({expr}, '; ' ORDER BY {order}) FROM {source})"
    return f"(SELECT group_concat(x, '; ') FROM (SELECT {expr} AS x FROM {source} ORDER BY {order}))"


CLAIMS = f"""
CREATE VIEW claims AS
SELECT em.model_id, 'release' AS attribute, e.date AS value, CAST(NULL AS DOUBLE PRECISION) AS number,
       e.earliest, e.latest, CAST(NULL AS DOUBLE PRECISION) AS low, CAST(NULL AS DOUBLE PRECISION) AS high,
       FALSE AS approx,
       e.document_id, 'event' AS kind, e.id AS fact_id, e.line_start, e.line_end, e.quote
FROM event_models em JOIN events e ON e.id = em.event_id
WHERE e.status = 'reported' AND lower(e.action) IN ({", ".join(f"'{a}'" for a in RELEASE_ACTIONS)})
UNION ALL
SELECT p.model_id, CASE WHEN p.active THEN 'active parameters' ELSE 'parameters' END,
       CASE WHEN p.value_high IS NULL THEN CAST(p.value AS TEXT)
            ELSE CAST(p.value AS TEXT) || '-' || CAST(p.value_high AS TEXT) END,
       CAST(p.value AS DOUBLE PRECISION), NULL, NULL,
       CAST(p.value AS DOUBLE PRECISION) * (CASE WHEN p.approx THEN 0.75 ELSE 1 END),
       CAST(COALESCE(p.value_high, p.value) AS DOUBLE PRECISION) * (CASE
           WHEN NOT p.approx THEN 1
           WHEN p.value_high IS NULL AND CAST(p.value AS TEXT) LIKE '1%'
                AND REPLACE(SUBSTR(CAST(p.value AS TEXT), 2), '0', '') = '' THEN 10
           ELSE 1.25 END),
       p.approx, p.document_id, 'parameters', p.id, p.line_start, p.line_end, p.quote
FROM parameter_counts p
UNION ALL
SELECT c.model_id, 'context tokens', CAST(c.tokens AS TEXT), CAST(c.tokens AS DOUBLE PRECISION), NULL, NULL,
       CAST(c.tokens AS DOUBLE PRECISION),
       CAST(c.tokens AS DOUBLE PRECISION), FALSE, c.document_id, 'context', c.id, c.line_start, c.line_end, c.quote
FROM context_windows c WHERE c.tokens IS NOT NULL
UNION ALL
SELECT b.model_id, 'benchmark ' || b.benchmark, CAST(b.score AS TEXT) || {_UNIT.format(t="b")},
       CAST(b.score AS DOUBLE PRECISION), NULL, NULL, CAST(b.score AS DOUBLE PRECISION),
       CAST(b.score AS DOUBLE PRECISION), FALSE, b.document_id, 'benchmark',
       b.id, b.line_start, b.line_end, b.quote
FROM benchmark_scores b WHERE b.comparator = '='
"""

_GAP = f"{_greatest('a.low', 'b.low')} - {_least('a.high', 'b.high')}"
CONFLICTS = f"""
CREATE VIEW conflicts AS
SELECT a.model_id, m.canonical AS model, a.attribute,
       a.value AS value_a, da.path AS file_a, a.line_start AS line_a, a.quote AS quote_a,
       b.value AS value_b, db.path AS file_b, b.line_start AS line_b, b.quote AS quote_b,
       a.kind AS kind_a, a.fact_id AS fact_a, b.kind AS kind_b, b.fact_id AS fact_b
FROM claims a
JOIN claims b ON b.model_id = a.model_id AND b.attribute = a.attribute
     AND (a.document_id < b.document_id OR (a.document_id = b.document_id AND a.fact_id < b.fact_id))
JOIN models m ON m.id = a.model_id
JOIN documents da ON da.id = a.document_id
JOIN documents db ON db.id = b.document_id
WHERE (a.attribute = 'release' AND (a.latest < b.earliest OR b.latest < a.earliest))
   OR (a.attribute LIKE 'benchmark %' AND ABS(a.low - b.low) > {SCORE_TOLERANCE})
   OR (a.attribute NOT LIKE 'benchmark %' AND a.attribute <> 'release'
       AND {_GAP} > {TOLERANCE} * {_greatest('a.low', 'b.low')})
"""


def _best(attribute: str) -> str:
    """Per model, the claim of `attribute` made by most sources (exact before approximate, then the
    earliest published document)."""
    return f"""(SELECT c.model_id, c.value, c.number, c.approx, d.path AS file, c.line_start, c.quote, c.fact_id,
       ROW_NUMBER() OVER (PARTITION BY c.model_id ORDER BY c.approx,
           (SELECT COUNT(DISTINCT o.document_id) FROM claims o
            WHERE o.model_id = c.model_id AND o.attribute = c.attribute AND o.value = c.value) DESC,
           CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published, d.path, c.line_start) AS rn
     FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.attribute = '{attribute}')"""


BEST_SCORES = """
CREATE VIEW best_scores AS
SELECT model_id, model, benchmark, score, unit, file, line_start, quote, fact_id FROM (
  SELECT b.model_id, m.canonical AS model, b.benchmark, b.score, b.unit, d.path AS file, b.line_start, b.quote,
         b.id AS fact_id,
         ROW_NUMBER() OVER (PARTITION BY b.model_id, b.benchmark
                            ORDER BY b.score DESC, d.path, b.line_start) AS rn
  FROM benchmark_scores b JOIN models m ON m.id = b.model_id JOIN documents d ON d.id = b.document_id
  WHERE b.comparator IN ('=', '>=', '>')) ranked
WHERE rn = 1
"""


def _model_facts(dialect: str) -> str:
    aliases = _agg(dialect, "a.alias", "a.alias", "model_aliases a WHERE a.model_id = m.id AND a.alias <> m.canonical")
    score = ("s.benchmark || ' ' || CAST(s.score AS TEXT) || " + _UNIT.format(t="s")
             + " || ' (' || s.file || ':' || CAST(s.line_start AS TEXT) || ')'")
    scores = _agg(dialect, score, "s.benchmark", "best_scores s WHERE s.model_id = m.id")
    sources = " UNION ".join(
        f"SELECT document_id FROM {table} WHERE model_id = m.id"
        for table in ("model_mentions", "parameter_counts", "benchmark_scores", "context_windows")
    ) + " UNION SELECT e.document_id FROM event_models em JOIN events e ON e.id = em.event_id WHERE em.model_id = m.id"
    release = """(SELECT c.model_id, c.value, d.path AS file, c.line_start, c.quote,
       ROW_NUMBER() OVER (PARTITION BY c.model_id ORDER BY c.latest, c.earliest, d.path, c.line_start) AS rn
     FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.attribute = 'release')"""
    return f"""
CREATE VIEW model_facts AS
SELECT m.id AS model_id, m.canonical AS model, m.organization, {aliases} AS aliases,
       (SELECT COUNT(*) FROM ({sources}) s) AS sources,
       r.value AS released, r.file AS released_file, r.line_start AS released_line, r.quote AS released_quote,
       CAST(p.number AS BIGINT) AS parameters, p.value AS parameters_stated, p.approx AS parameters_approx,
       p.file AS parameters_file, p.line_start AS parameters_line, p.quote AS parameters_quote,
       p.fact_id AS parameters_fact,
       CAST(ap.number AS BIGINT) AS active_parameters, ap.file AS active_parameters_file,
       ap.line_start AS active_parameters_line,
       CAST(c.number AS BIGINT) AS context_tokens, c.file AS context_file, c.line_start AS context_line,
       c.quote AS context_quote,
       {scores} AS best_scores,
       (SELECT COUNT(*) FROM conflicts x WHERE x.model_id = m.id) AS conflicts
FROM models m
LEFT JOIN {release} r ON r.model_id = m.id AND r.rn = 1
LEFT JOIN {_best('parameters')} p ON p.model_id = m.id AND p.rn = 1
LEFT JOIN {_best('active parameters')} ap ON ap.model_id = m.id AND ap.rn = 1
LEFT JOIN {_best('context tokens')} c ON c.model_id = m.id AND c.rn = 1
"""


# The writer keeps search_fts in step itself, one statement per file (timeline/db/search.py):
# per-row triggers cost more than the rest of the write.
FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='search_index', content_rowid='id', "
    "tokenize='unicode61')",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("documents", sa.Column("root", sa.Text))  # ALTER TABLE: no table copy
    search_index = op.create_table(
        "search_index",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("fact_id", sa.Integer, nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_search_index_document_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_search_index"),
        sa.UniqueConstraint("kind", "fact_id", name="uq_search_index_kind"),
    )
    op.create_index("ix_search_index_document_id", "search_index", ["document_id"])
    if dialect != "postgresql":  # PostgreSQL matches the terms column with LIKE (no parser, no locale)
        for statement in FTS:
            op.execute(statement)
    op.execute(CLAIMS)
    op.execute(CONFLICTS)
    op.execute(BEST_SCORES)
    op.execute(_model_facts(dialect))
    # Facts stored before this revision get their search rows now.
    from timeline.db.search import index_all

    index_all(op.get_bind(), search_index)


def downgrade() -> None:
    for view in ("model_facts", "best_scores", "conflicts", "claims"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_index")
    op.drop_column("documents", "root")  # SQLite >= 3.35 drops a column in place
