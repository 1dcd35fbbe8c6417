"""The package surface: a light import, find_times, jieba fed by the registry, and the
interpreter `make` picks (scripts/fast-python)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import timeline


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
