"""`timeline report`: a self-contained page, checked in a real headless Chromium (Debian's
chromium, installed by .ci/run): no console errors, every chart drawn, the filters work, points
link to their quotes, and Chinese text is drawn with a CJK font (not as empty boxes)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# (skipped on a machine without Chromium; never in CI, which installs it)
needs_chromium = pytest.mark.skipif(CHROMIUM is None and os.environ.get("CI") != "true",
                                    reason="Chromium not installed (.ci/run installs Debian's chromium)")
# As the machine notes say: without the background-networking flags Chromium keeps trying to
# reach the network, which this machine refuses.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--virtual-time-budget=5000"]

# Put into a copy of the page before its own script: records errors, then (after the charts are
# drawn) exercises a filter and checks that CJK glyphs differ from the missing-glyph box.
PROBE = """<script>
window.__errors = [];
window.addEventListener("error", (e) => window.__errors.push(String(e.message)));
const origError = console.error;
console.error = (...a) => { window.__errors.push(a.join(" ")); origError(...a); };
window.addEventListener("load", () => {
  const b = document.body, q = (s) => document.querySelectorAll(s);
  const glyph = (text) => { const c = document.createElement("canvas"); c.width = 80; c.height = 40;
    const g = c.getContext("2d"); g.font = getComputedStyle(b).fontSize + " " + getComputedStyle(b).fontFamily;
    g.fillText(text, 4, 28); return c.toDataURL(); };
  b.dataset.cjk = glyph("\\u4e2d\\u6587") !== glyph("\\u{10FFFD}\\u{10FFFC}") ? "drawn" : "boxes";
  b.dataset.timelinePoints = q("#timeline-chart circle").length;
  b.dataset.paramPoints = q("#params-chart circle").length;
  b.dataset.scoreBars = q("#scores-chart rect").length;
  const refs = [...q("svg a")].map((a) => a.getAttribute("href").slice(1));
  b.dataset.deadLinks = refs.filter((id) => !document.getElementById(id)).length;
  b.dataset.links = refs.length;
  const org = document.getElementById("org-filter");
  org.value = org.options.length > 1 ? org.options[1].value : "";
  org.dispatchEvent(new Event("change"));
  b.dataset.filteredPoints = q("#timeline-chart circle").length;
  b.dataset.filterOrg = org.value;
  b.dataset.errors = JSON.stringify(window.__errors);
});
</script>"""


def _probe(page: Path, tmp_path: Path) -> dict[str, str]:
    """Load `page` with PROBE in it; the data-* attributes PROBE left on <body>."""
    probed = tmp_path / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace('<script type="application/json"',
                                                               PROBE + '<script type="application/json"', 1),
                      encoding="utf-8")
    run = _chromium("--dump-dom", probed.as_uri(), home=tmp_path / "home")
    body = re.search(r"<body([^>]*)>", run.stdout)
    assert body, run.stderr[-2000:]
    assert "Uncaught" not in run.stderr
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body.group(1)))
    assert attrs["rendered"] == "yes"
    assert json.loads(attrs["errors"].replace("&quot;", '"')) == []
    return attrs


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(__file__).resolve().parents[1]
    folder = tmp_path_factory.mktemp("report")
    db = f"sqlite:///{folder / 'r.db'}"
    assert runner.invoke(app, ["ingest", str(root / "data" / "raw"), "--db", db, "-q"]).exit_code == 0
    out = folder / "report.html"
    result = runner.invoke(app, ["report", "--out", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert "82 events" in result.output or "events" in result.output
    return out


def test_report_is_self_contained(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    # The only URL is the SVG namespace name, which is an identifier, never fetched.
    assert set(re.findall(r"https?://[^\s\"'`)]+", page)) <= {"http://www.w3.org/2000/svg"}
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=", page)
    data = json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page,
                                re.S).group(1))
    assert len(data["events"]) > 50 and data["params"] and data["scores"]
    assert all(e["quote"] and e["file"] and e["line"] for e in data["events"] + data["params"] + data["scores"])
    assert {"Google", "OpenAI"} <= set(data["orgs"])


def _chromium(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={home}", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "HOME": str(home)})


@needs_chromium
def test_report_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None, "CI must install chromium (see .ci/run)"
    attrs = _probe(report, tmp_path)
    assert int(attrs["timeline-points"]) > 50
    assert int(attrs["param-points"]) >= 10 and int(attrs["score-bars"]) >= 5
    assert int(attrs["links"]) >= int(attrs["timeline-points"]) and attrs["dead-links"] == "0"
    assert 0 < int(attrs["filtered-points"]) < int(attrs["timeline-points"])
    assert attrs["cjk"] == "drawn", "Chinese text drawn as boxes: install a CJK font (fonts-noto-cjk)"

    shot = tmp_path / "report.png"
    run = _chromium("--window-size=1200,2200", f"--screenshot={shot}", report.as_uri(), home=tmp_path / "home")
    assert shot.exists() and shot.stat().st_size > 50_000, run.stderr[-2000:]
    keep = os.environ.get("TIMELINE_SCREENSHOT")
    if keep:  # `TIMELINE_SCREENSHOT=docs/report.png pytest tests/test_report.py` refreshes the README picture
        shutil.copy(shot, keep)


@needs_chromium
def test_report_of_an_empty_database_renders(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    out = tmp_path / "empty.html"
    assert runner.invoke(app, ["migrate", "--db", db]).exit_code == 0  # (a database with no facts yet)
    result = runner.invoke(app, ["report", "--out", str(out), "--db", db])
    assert result.exit_code == 0 and "0 events" in result.output
    attrs = _probe(out, tmp_path)
    assert attrs["timeline-points"] == "0" and attrs["dead-links"] == "0"


@needs_chromium
def test_report_of_hostile_quotes_renders_them_as_text(tmp_path: Path) -> None:
    """Article text is data: "</script>" or "<!--<script>" in a quote (each can end or swallow the
    data's script element) and markup in a title leave the page whole, and nothing of it runs."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.md").write_text(
        "# <script>document.body.dataset.pwned='1'</script>\n\n"
        "2024年5月，OpenAI发布GPT-4o<img src=x onerror=\"document.body.dataset.pwned='2'\">。\n\n"
        "2024年6月，Anthropic发布Claude 3.5<!--<script>（MMLU 88.7%）。\n\n"
        "2024年7月，Meta发布Llama 3.1</script><script>document.body.dataset.pwned='3'</script>。\n",
        encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert runner.invoke(app, ["ingest", str(folder), "--db", db, "-q"]).exit_code == 0
    out = tmp_path / "x.html"
    result = runner.invoke(app, ["report", "--out", str(out), "--db", db])
    assert result.exit_code == 0 and "3 events" in result.output
    attrs = _probe(out, tmp_path)
    assert attrs["timeline-points"] == "3" and "pwned" not in attrs
    # No sentence holds "<!--" (a quote ends at "!"), so it is put in by hand: after "<!--<script>"
    # the page's own "</script>" would no longer end the data's script element.
    from timeline.db.engine import make_engine
    from timeline.report.build import collect, render

    with make_engine(db).connect() as conn:
        data = collect(conn)
    data["events"][0]["quote"] = "<!--<script>"
    out.write_text(render(data), encoding="utf-8")
    attrs = _probe(out, tmp_path)
    assert attrs["timeline-points"] == "3" and "pwned" not in attrs
