"""Build hook: the extraction modules are compiled to C extensions with mypyc.

Everything else about the package is in pyproject.toml. mypyc turns type-checked Python into C
(what it gains: README, Performance). The sources stay in the package and mean the same:
TIMELINE_PURE_PYTHON=1 builds without compiling (`TIMELINE_PURE_PYTHON=1 make install`), and a
machine without a C compiler gets the pure package with a warning. tests/conftest.py imports
this file for `stale_builds` (setup() runs only as a script, which is how setuptools runs it).
"""

from __future__ import annotations

import os
import shutil
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent

# The modules every file's extraction runs through (where the workers' time goes).
COMPILED: list[str] = tomllib.loads((HERE / "pyproject.toml").read_text("utf-8"))["tool"]["timeline"]["compiled"]


def in_place_builds() -> list[Path]:
    """Extensions that in-place builds left next to the sources, which they shadow."""
    src = HERE / "src"
    return [*src.glob("timeline__mypyc.*"), *src.glob("timeline/**/*.cpython-*")]


def _compiled_from(built: Path) -> str:
    """The source path (as in COMPILED) of an in-place extension."""
    return f"{built.relative_to(HERE / 'src').parent / built.name.split('.')[0]}.py"


def stale_builds() -> list[str]:
    """Modules whose in-place extension is older than their source, or no longer listed."""
    stale = []
    for built in in_place_builds():
        if built.parent == HERE / "src":
            continue  # (the shared library of them all)
        source = _compiled_from(built)
        if source not in COMPILED or built.stat().st_mtime < (HERE / "src" / source).stat().st_mtime:
            stale.append(source)
    return stale


class ParallelBuildExt(build_ext):
    """Compiles an extension's C files side by side: mypyc writes one file per module, and
    setuptools would compile them one after another."""

    def build_extension(self, ext: Any) -> None:
        compile_one = self.compiler.compile

        def compile_all(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
            if len(sources) < 2:
                return compile_one(sources, *args, **kwargs)
            first = compile_one(sources[:1], *args, **kwargs)  # makes the output folders
            with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
                rest = pool.map(lambda source: compile_one([source], *args, **kwargs), sources[1:])
                return first + [obj for objs in rest for obj in objs]

        self.compiler.compile = compile_all
        try:
            super().build_extension(ext)
        finally:
            self.compiler.compile = compile_one

    def run(self) -> None:
        super().run()
        outputs = [Path(self.get_ext_fullpath(ext.name)) for ext in self.extensions]
        if outputs and not all(path.exists() for path in outputs):  # (optional: failures were warnings)
            for path in outputs:  # a module's extension without the shared one would not even import
                path.unlink(missing_ok=True)
            print("timeline: the C extensions could not be built (is a C compiler with Python's headers "
                  "installed?); the package stays pure Python: the same facts, more slowly")
        elif self.inplace:  # up to date now, even those not rewritten (tests/conftest.py checks the times)
            for built in in_place_builds():
                built.touch()


class BuildPyWithMigrations(build_py):
    """A wheel carries the migrations (alembic/, at the top of the repository) as timeline/_alembic,
    where timeline/db/revisions.py looks first; an editable install reads alembic/ itself."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            shutil.copytree(HERE / "alembic", Path(self.build_lib) / "timeline" / "_alembic", dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__"))


def _extensions() -> list[Any]:
    pure = os.environ.get("TIMELINE_PURE_PYTHON") == "1"
    for built in in_place_builds():  # all of them when pure; else those of modules no longer listed
        if pure or (built.parent != HERE / "src" and _compiled_from(built) not in COMPILED):
            built.unlink()
    if pure:
        return []
    from mypyc.build import mypycify

    os.chdir(HERE)  # mypyc reads [tool.mypy] from pyproject.toml in the working directory
    extensions = mypycify([f"src/{module}" for module in COMPILED], group_name="timeline",
                          opt_level="3", debug_level="0", multi_file=True)
    for ext in extensions:
        ext.optional = True  # no C compiler: a warning, and the package stays pure Python
    return extensions


if __name__ == "__main__":
    setup(ext_modules=_extensions(), cmdclass={"build_ext": ParallelBuildExt, "build_py": BuildPyWithMigrations})
