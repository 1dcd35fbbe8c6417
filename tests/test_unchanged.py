"""The stdlib-only answer for an unchanged corpus agrees with the full ingest, and steps aside
whenever anything differs."""

from __future__ import annotations

import shutil
from pathlib import Path

from timeline.db import migrate
from timeline.db.engine import make_engine
from timeline.db.unchanged import count_if_unchanged
from timeline.ingest import ingest


def test_fast_path_only_when_nothing_changed(tmp_path: Path, raw_dir: Path) -> None:
    folder = tmp_path / "raw"
    shutil.copytree(raw_dir, folder)
    url = f"sqlite:///{tmp_path / 'u.db'}"
    assert count_if_unchanged(url, [folder], (), (), 1 << 30) is None  # no database yet
    engine = make_engine(url)
    migrate.upgrade(engine)
    ingest([folder], engine)
    assert count_if_unchanged(url, [folder], (), (), 1 << 30) == 5
    assert count_if_unchanged(url, [folder], (), (), 100) is None  # a file over --max-bytes
    (folder / "new.md").write_text("2024年3月，Anthropic发布Claude 3。\n", encoding="utf-8")
    assert count_if_unchanged(url, [folder], (), (), 1 << 30) is None  # a new file
    ingest([folder], engine)
    assert count_if_unchanged(url, [folder], (), (), 1 << 30) == 6
    with open(folder / "new.md", "a", encoding="utf-8") as handle:
        handle.write("更多内容。\n")
    assert count_if_unchanged(url, [folder], (), (), 1 << 30) is None  # a changed file
    assert count_if_unchanged(url + "?mode=ro", [folder], (), (), 1 << 30) is None  # not a plain SQLite URL
    migrate.downgrade(engine, "base")
    assert count_if_unchanged(url, [folder], (), (), 1 << 30) is None  # an older schema
