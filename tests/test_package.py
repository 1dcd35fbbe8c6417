"""The package surface: a light import, find_times, jieba fed by the registry, the interpreter
`make` picks (scripts/fast-python), and a wheel that works without the repository."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import timeline
from timeline.db.revisions import head_revisions


def test_import_is_light() -> None:
    code = ("import sys, timeline; "
            "print({'jieba', 'sqlalchemy', 'dateparser', 'typer'} & set(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "set()"


def test_find_times_public_function() -> None:
    found = timeline.find_times("2024年12月底发布，次年开源", reference=dt.date(2025, 1, 5))
    assert [(m.text, m.value, m.precision, m.qualifier) for m in found] == [
        ("2024年12月底", "2024-12", "month", "late"), ("次年", "2025", "year", None)]
    assert found[0].earliest == dt.date(2024, 12, 21) and found[0].latest == dt.date(2024, 12, 31)
    assert (found[0].start, found[0].end) == (0, 9)


def test_find_times_takes_a_reference_as_a_date_a_datetime_or_an_iso_string() -> None:
    want = [(m.value, m.qualifier) for m in timeline.find_times("上个月底", reference=dt.date(2025, 3, 5))]
    assert want == [("2025-02", "late")]
    for reference in ("2025-03-05", " 2025-03-05\n", dt.datetime(2025, 3, 5, 23, 59)):
        assert [(m.value, m.qualifier) for m in timeline.find_times("上个月底", reference=reference)] == want
    with pytest.raises(ValueError, match="not an ISO date"):
        timeline.find_times("上个月底", reference="March 5")
    with pytest.raises(TypeError, match="not int"):
        timeline.find_times("上个月底", reference=20250305)  # type: ignore[arg-type]


def test_relative_dates_never_resolve_against_today() -> None:
    found = timeline.find_times("去年下半年和上个月")
    assert found and all(m.value is None for m in found)


def test_jieba_keeps_registry_names_whole() -> None:
    from timeline.text.segment import words

    segmented = words("阿里巴巴发布通义千问，月之暗面推出Kimi Chat")
    assert "通义千问" in segmented and "月之暗面" in segmented and "阿里巴巴" in segmented


def _fast_python(*candidates: str) -> str:
    script = Path(__file__).resolve().parents[1] / "scripts" / "fast-python"
    return subprocess.run([str(script), *candidates], capture_output=True, text=True, check=True).stdout.strip()


def test_fast_python_takes_the_first_usable_candidate(tmp_path: Path) -> None:
    old = tmp_path / "python-old"
    old.write_text(f"#!/bin/sh\nexec {sys.executable} -c 'import sys; sys.exit(1)'\n")
    old.chmod(0o755)
    assert _fast_python(str(tmp_path / "missing"), str(old), sys.executable) == sys.executable


def test_fast_python_falls_back_to_python3(tmp_path: Path) -> None:
    assert _fast_python(str(tmp_path / "missing"), "/bin/false") == "python3"


def test_a_wheel_carries_its_migrations(tmp_path: Path) -> None:
    """A non-editable install has no repository around it: its wheel holds alembic/, and it
    ingests into a new database. (Built pure, from a copy: a pure build removes in-place extensions.)"""
    root = Path(__file__).resolve().parents[1]
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(root / name, project / name)
    skip = shutil.ignore_patterns("__pycache__", "*.so")
    for name in ("src", "alembic"):
        shutil.copytree(root / name, project / name, ignore=skip)
    env = {**os.environ, "TIMELINE_PURE_PYTHON": "1"}
    pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "wheel", "--no-build-isolation", "--no-deps", "-w", tmp_path / "dist", project],
                   check=True, env=env, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("timeline-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packed = {name for name in archive.namelist() if name.startswith("timeline/_alembic/")}
    assert {f"timeline/_alembic/versions/{p.name}" for p in (root / "alembic" / "versions").glob("*.py")} < packed
    assert "timeline/_alembic/env.py" in packed
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", site, wheel], check=True, capture_output=True)
    db = tmp_path / "t.db"
    code = ("import sys; from timeline.cli import main; "
            f"sys.argv = ['timeline', 'ingest', {str(root / 'data' / 'raw')!r}, '--db', 'sqlite:///{db}']; main()")
    ran = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(site)},
                         capture_output=True, text=True, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert "5 added" in ran.stdout + ran.stderr  # (the summary is a message, on stderr)
    with sqlite3.connect(db) as conn:
        assert {v for (v,) in conn.execute("SELECT version_num FROM alembic_version")} == head_revisions()
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_no_module_defines_a_name_twice() -> None:
    """A module-level name assigned or defined twice: the second silently replaces the first for every use, even
    those above it (a rule's pattern, a helper), which is how a numbered item's wider pattern went unused."""
    import ast
    import collections

    twice = {}
    for path in sorted((Path(timeline.__file__).parent).rglob("*.py")):
        names: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
        if repeated := sorted(name for name, count in names.items() if count > 1):
            twice[path.name] = repeated
    assert twice == {}
