"""The compiled build (setup.py, mypyc): the listed modules are the ones loaded, and they extract
exactly what their Python sources extract."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import RAW, ROOT, build_script

# The build compiles unless told not to, or unless it cannot (then setup.py warns and goes pure).
COMPILING = (os.environ.get("TIMELINE_PURE_PYTHON") != "1" and shutil.which("cc") is not None
             and (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file())

# Every seed's document, facts and warnings as JSON lines (run here, and on the pure sources).
DUMP = """
import json, sys
from pathlib import Path
from timeline.extract.pipeline import extract_text
for path in sorted(Path(sys.argv[1]).iterdir()):
    e = extract_text(path.read_text("utf-8"), path.name)
    print(e.document.model_dump_json())
    for fact in e.facts:
        print(type(fact).__name__, fact.model_dump_json())
    print(json.dumps(e.warnings, ensure_ascii=False))
"""


def _dump(python_path: Path | None) -> str:
    env = dict(os.environ)
    if python_path is not None:
        env["PYTHONPATH"] = str(python_path)  # ahead of the installed (editable) package
    return subprocess.run([sys.executable, "-c", DUMP, str(RAW)], capture_output=True, text=True, check=True,
                          env=env, cwd=ROOT).stdout


def test_the_list_names_existing_modules() -> None:
    modules = build_script().COMPILED
    assert modules and all((ROOT / "src" / path).is_file() for path in modules)


@pytest.mark.skipif(not COMPILING, reason="built without compiling (TIMELINE_PURE_PYTHON=1, or no C compiler)")
def test_the_compiled_modules_are_loaded() -> None:
    for path in build_script().COMPILED:
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert module.__file__ is not None and module.__file__.endswith(".so"), f"{path} is not compiled"


@pytest.mark.skipif(not COMPILING, reason="built without compiling (TIMELINE_PURE_PYTHON=1, or no C compiler)")
def test_compiled_and_pure_extract_the_same_facts(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "src" / "timeline", tmp_path / "timeline", ignore=shutil.ignore_patterns("*.so"))
    pure = _dump(tmp_path)
    compiled = _dump(None)
    assert compiled == pure
    lines = compiled.splitlines()  # (and the dump is real: every seed, with its facts)
    assert sum(line.startswith('{"path"') for line in lines) == len(list(RAW.iterdir()))
    assert sum(line.startswith("EventRecord ") for line in lines) > 20
