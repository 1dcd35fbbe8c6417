"""`timeline report`: one self-contained HTML page (no network) with the timeline of events,
parameter counts over time and benchmark scores; every point links to its source quote.

The page is page.html with style.css and charts.js inlined and the data as a JSON island.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from importlib import resources
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from timeline.registry import load_registry


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def collect(conn: Connection) -> dict[str, Any]:
    """Everything the page draws, as plain JSON-ready values."""
    reg = load_registry()
    q = lambda sql: conn.execute(sa.text(sql)).mappings().all()  # noqa: E731
    model_org = {r["canonical"]: r["organization"] for r in q("SELECT canonical, organization FROM models")}
    events = []
    for r in q("SELECT t.event_id, t.date, t.precision, t.qualifier, t.earliest, t.latest, t.models, "
               "t.organization, t.action, t.status, t.file, t.line_start, t.quote, "
               "(SELECT m.canonical FROM event_models em JOIN models m ON m.id = em.model_id "
               " WHERE em.event_id = t.event_id ORDER BY em.position LIMIT 1) AS first_model "
               "FROM timeline t ORDER BY t.earliest, t.file, t.line_start"):
        org = reg.canonical_org(r["organization"]) or model_org.get(r["first_model"]) or "(none)"
        events.append({"ref": f"event:{r['event_id']}", "date": r["date"], "precision": r["precision"],
                       "qualifier": r["qualifier"], "earliest": str(r["earliest"]), "latest": str(r["latest"]),
                       "models": r["models"] or "", "org": org, "action": r["action"] or "", "status": r["status"],
                       "file": r["file"], "line": r["line_start"], "quote": r["quote"]})
    params = [{"ref": f"parameters:{r['id']}", "model": r["model"], "released": r["released"],
               "value": int(r["parameters"]), "org": r["organization"] or "(none)", "file": r["parameters_file"],
               "line": r["parameters_line"], "quote": r["parameters_quote"]}
              for r in q("SELECT mf.model, mf.released, mf.parameters, mf.organization, mf.parameters_file, "
                         "mf.parameters_line, mf.parameters_quote, mf.parameters_fact AS id "
                         "FROM model_facts mf WHERE mf.parameters IS NOT NULL AND mf.released IS NOT NULL "
                         "ORDER BY mf.released, mf.model")]
    scores = [{"ref": f"benchmark:{r['id']}", "model": r["model"], "benchmark": r["benchmark"],
               "score": float(r["score"]), "unit": r["unit"] or "", "file": r["file"], "line": r["line_start"],
               "quote": r["quote"]}
              for r in q("SELECT s.model, s.benchmark, s.score, s.unit, s.file, s.line_start, s.quote, "
                         "s.fact_id AS id FROM best_scores s ORDER BY s.benchmark, s.score DESC, s.model")]
    counts = Counter(e["org"] for e in events)
    return {
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "documents": int(conn.scalar(sa.text("SELECT COUNT(*) FROM documents")) or 0),
        "conflicts": int(conn.scalar(sa.text("SELECT COUNT(*) FROM conflicts")) or 0),
        "orgs": [org for org, _ in counts.most_common()],
        "statuses": ["reported", "planned", "predicted", "rumored"],
        "events": events,
        "params": params,
        "scores": scores,
    }


def render(data: dict[str, Any], title: str = "AI 时间线 · Timeline report") -> str:
    # Inside a script element "</script" would end it, and "<!--<script>" would keep the page's own
    # "</script>" from ending it: the JSON writes every "<" as \u003c (it holds no "<" otherwise).
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    page = _asset("page.html")
    return (page.replace("{{title}}", html.escape(title))
                .replace("/*{{style}}*/", _asset("style.css"))
                .replace("/*{{charts}}*/", _asset("charts.js"))
                .replace("{{data}}", payload))
