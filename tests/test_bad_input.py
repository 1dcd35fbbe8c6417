"""Bad input never produces a traceback or a half-written database: each bad file gets one
line on stderr (path and reason), the rest of the run goes on, and the exit code says so."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from timeline.cli import app
from timeline.extract.pipeline import extract_text
from timeline.sources.decode import SkipFile, decode

GOOD = "2023年4月，阿里发布通义千问。\n2024年3月，Anthropic发布Claude 3（200K上下文）。\n"
runner = CliRunner()


def _ingest(folder: Path, tmp_path: Path, *extra: str):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'bad.db'}"
    result = runner.invoke(app, ["ingest", str(folder), "--db", url, *extra])
    return result, sa.create_engine(url)


def _docs(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT path, encoding FROM documents")).all())


@pytest.mark.parametrize(("name", "data", "encoding"), [
    ("utf8.md", GOOD.encode("utf-8"), "utf-8"),
    ("utf8bom.md", codecs.BOM_UTF8 + GOOD.encode("utf-8"), "utf-8-sig"),
    ("utf16le.md", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), "utf-16"),
    ("utf16be.md", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), "utf-16"),
    ("gb18030.md", (GOOD * 3).encode("gb18030"), "gb18030"),
    ("gbk.md", (GOOD * 3).encode("gbk"), "gb18030|gbk|gb2312"),
    ("big5.md", ("2023年4月，阿里發布通義千問，開啟國內雲端大模型生態。" * 3).encode("big5"), "big5|cp950"),
])
def test_encodings_are_detected(name: str, data: bytes, encoding: str, tmp_path: Path) -> None:
    decoded = decode(data)
    assert decoded.encoding.replace("_", "-").lower() in encoding.split("|")
    assert "通义千问" in decoded.text or "通義千問" in decoded.text
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 0, result.output
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT quote, line_start FROM events ORDER BY line_start")).first()
    assert row is not None and row.line_start == 1 and row.quote.startswith("2023年4月")


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.md", b"", "empty file"),
    ("blank.md", b" \n\t\n  ", "only whitespace"),
    ("image.md", b"\x89PNG\r\n\x1a\n" + os.urandom(200), "PNG image"),
    ("doc.txt", b"%PDF-1.7\n" + os.urandom(200), "PDF"),
    ("archive.txt", b"PK\x03\x04" + os.urandom(200), "ZIP"),
    ("nul.txt", b"abc\x00\x01\x02" * 100 + bytes(range(256)) * 4, "binary"),
    ("random.txt", bytes(range(128, 256)) * 40 + b"\x00", "binary"),
])
def test_unreadable_content_is_skipped_with_a_reason(name: str, data: bytes, reason: str, tmp_path: Path) -> None:
    with pytest.raises(SkipFile, match=reason):
        decode(data)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("skipped")]
    assert len(lines) == 1 and name in lines[0] and reason.lower() in lines[0].lower()
    assert "Traceback" not in result.output
    assert list(_docs(engine)) == ["good.md"]


def test_front_matter_broken_or_hostile_is_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.md").write_text("---\ntitle: [unclosed\ndate: 2025-01-01\n---\n" + GOOD, encoding="utf-8")
    (folder / "hostile.md").write_text(
        "---\ntitle: !!python/object/apply:os.system ['touch /tmp/pwned-by-yaml']\n---\n" + GOOD, encoding="utf-8")
    (folder / "list.md").write_text("---\n- a\n- b\n---\n" + GOOD, encoding="utf-8")
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 0
    warnings = [line for line in result.output.splitlines() if line.startswith("warning")]
    assert len(warnings) == 3 and all("front matter" in w for w in warnings)
    assert not Path("/tmp/pwned-by-yaml").exists()
    assert sorted(_docs(engine)) == ["broken.md", "hostile.md", "list.md"]


@pytest.mark.parametrize(("front", "title", "published"), [
    # (a title with a colon of its own, unquoted: the commonest slip)
    ("title: Gemini 3: a first look\ndate: 2025-11-20\n", "Gemini 3: a first look", "2025-11-20"),
    ("title: \"Foo-2: notes\"\ntags: [a, b\npublished: 2025-06-01\n", "Foo-2: notes", "2025-06-01"),
    # (nothing YAML would build is read: a tag, an unclosed list)
    ("title: !!python/object/apply:os.system ['true']\n", None, None),
    ("title: [unclosed\ndate: 2025-01-01\n", None, "2025-01-01"),
])
def test_broken_front_matter_keeps_its_plain_fields(front: str, title: str | None, published: str | None) -> None:
    extraction = extract_text(f"---\n{front}---\n\n{GOOD}", "broken.md")
    assert any("front matter" in warning for warning in extraction.warnings)
    assert extraction.document.title == title
    assert (extraction.document.published.isoformat() if extraction.document.published else None) == published
    assert "title" not in extraction.context.text  # (its block is front matter still: no line of it is read as text)


@pytest.mark.parametrize(("front", "title", "published"), [
    # (TOML's, between +++ lines: an unclosed list, a day that is none)
    ('title = "Foo-2: notes"\ntags = ["a", "b"\ndate = 2025-06-01\n', "Foo-2: notes", "2025-06-01"),
    ('title = "Kept"\ndate = 2024-13-45\n', "Kept", None),
])
def test_broken_toml_front_matter_keeps_its_plain_fields(front: str, title: str | None, published: str | None) -> None:
    extraction = extract_text(f"+++\n{front}+++\n\n{GOOD}", "broken.md")
    assert any("front matter" in warning for warning in extraction.warnings)
    assert extraction.document.title == title
    assert (extraction.document.published.isoformat() if extraction.document.published else None) == published
    assert "title" not in extraction.context.text


def test_front_matter_dates_that_name_no_day_are_warnings(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # YAML reads 2024-13-45 as a timestamp, and its constructor raised: the file was lost.
    (folder / "no-day.md").write_text("---\ntitle: Kept\ndate: 2024-13-45\n---\n" + GOOD, encoding="utf-8")
    (folder / "month.md").write_text("---\npublished: 2024年5月\n---\n" + GOOD, encoding="utf-8")
    (folder / "written.md").write_text("---\ndate: 2024年5月13日\n---\n" + GOOD, encoding="utf-8")
    # Aliases nest a list of 9**7 strings in a few lines (written out, 30 MB; a few lines more,
    # and it would never end): the warning names what the field holds.
    aliases = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    aliases += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 7)]
    (folder / "bomb.md").write_text("---\n" + "\n".join(aliases) + "\ndate: *a6\n---\n" + GOOD, encoding="utf-8")
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 0 and "Traceback" not in result.output
    warnings = sorted(line for line in result.output.splitlines() if line.startswith("warning"))
    assert len(warnings) == 3
    assert "bomb.md" in warnings[0] and "date (a list) is not a date" in warnings[0]
    assert "month.md" in warnings[1] and "2024年5月" in warnings[1] and "not a date" in warnings[1]
    assert "no-day.md" in warnings[2] and "2024-13-45" in warnings[2]
    with engine.connect() as conn:
        docs = {r.path: (r.title, r.published) for r in conn.execute(sa.text("SELECT path, title, published "
                                                                              "FROM documents"))}
        events = conn.scalar(sa.text("SELECT count(*) FROM events"))
    assert docs == {"no-day.md": ("Kept", None), "month.md": (None, None), "written.md": (None, "2024-05-13"),
                    "bomb.md": (None, None)}
    assert events == 8  # every file's facts


def test_a_count_no_database_integer_holds_is_a_warning_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    huge = "9" * 23  # more than 2**63
    (folder / "huge.md").write_text(GOOD + f"GPT-4有{huge}B参数，支持{huge}K上下文。\n", encoding="utf-8")
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 0 and "Traceback" not in result.output  # (it stopped the run: an overflow)
    warnings = [line for line in result.output.splitlines() if line.startswith("warning")]
    assert len(warnings) == 2 and all("huge.md" in w and "line 3" in w for w in warnings)
    assert sorted(_docs(engine)) == ["good.md", "huge.md"]


def test_odd_unicode_keeps_exact_provenance(tmp_path: Path) -> None:
    text = ("\u200b2023年\u200d4月，阿\u200c里发布\u202e通义千问\u202c。\n"  # zero-width and bidi marks
            "Ａｎｔｈｒｏｐｉｃ在２０２４年３月发布Ｃｌａｕｄｅ ３。\n"  # full-width forms
            "NUL\x00 in text, 2025年1月DeepSeek发布V3.1。\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "odd.md").write_text(text, encoding="utf-8")
    (folder / "surrogate.md").write_bytes("2025年1月，OpenAI发布o3。".encode() + b"\xed\xa0\x80 tail")
    result, engine = _ingest(folder, tmp_path)
    assert "Traceback" not in result.output
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT e.date, e.char_start, e.char_end, e.quote FROM events e JOIN documents d "
                                    "ON d.id = e.document_id WHERE d.path = 'odd.md' ORDER BY e.char_start")).all()
    assert [r.date for r in rows] == ["2023-04", "2024-03", "2025-01"]
    for r in rows:
        assert text[r.char_start : r.char_end] == r.quote


def test_nul_characters_are_stored_alike_in_every_database(db_url: str, tmp_path: Path) -> None:
    """PostgreSQL's text holds no NUL (the file was skipped there): NUL is read as U+FFFD, one
    character for one, so offsets, quotes and titles agree with the file's other characters."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = "# Ti\x00tle\n" + "正文。" * 100 + "\n2024年5月，OpenAI\x00发布GPT-4o。\n"
    (folder / "nul.md").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db_url])
    assert result.exit_code == 0, result.output
    with sa.create_engine(db_url).connect() as conn:
        assert conn.scalar(sa.text("SELECT title FROM documents")) == "Ti\ufffdtle"
        quote, start, end = conn.execute(sa.text("SELECT quote, char_start, char_end FROM events")).one()
    assert quote == text[start:end].replace("\x00", "\ufffd") and "OpenAI\ufffd发布" in quote


def test_a_nul_is_matched_as_a_space_still() -> None:
    """Reading NUL as U+FFFD (for storage) left matching as it was: the same facts as with a space."""
    def facts(separator: str) -> list[tuple[str, ...]]:
        text = decode(f"2024年5月，OpenAI{separator}发布GPT-4o，上下文128K{separator}tokens。\n".encode()).text
        return sorted(tuple(map(str, f.model_dump(exclude={"prov"}).values()))
                      for f in extract_text(text, "n.md").facts)

    assert facts("\x00") == facts(" ") and len(facts(" ")) == 3


def test_long_lines_and_large_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one-line.txt").write_text(("2024年3月，Anthropic发布Claude 3。" + "文" * 200) * 60_000,
                                         encoding="utf-8")  # ~20 MB, no line break
    with open(folder / "huge.txt", "wb") as handle:  # 100 MB, sparse
        handle.truncate(100 * 1024 * 1024)
    result, engine = _ingest(folder, tmp_path, "--max-bytes", str(50 * 1024 * 1024))
    assert result.exit_code == 1
    assert "skipped" in result.output and "huge.txt" in result.output and "--max-bytes" in result.output
    assert list(_docs(engine)) == ["one-line.txt"]


def test_paths_links_hidden_files_and_extensions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    (folder / ".hidden").mkdir(parents=True)
    (folder / "sub").mkdir()
    (folder / "ok.md").write_text(GOOD, encoding="utf-8")
    (folder / ".secret.md").write_text(GOOD, encoding="utf-8")
    (folder / ".hidden" / "x.md").write_text(GOOD, encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "broken.md").symlink_to(folder / "missing.md")
    (folder / "loop.md").symlink_to(folder / "loop.md")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a folder loop
    (folder / "locked.md").write_text(GOOD, encoding="utf-8")
    odd_name = os.fsencode(str(folder)) + b"/caf\xe9.md"  # not UTF-8
    with open(odd_name, "wb") as handle:
        handle.write(GOOD.encode())
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 1
    skipped = sorted(line for line in result.output.splitlines() if line.startswith("skipped"))
    assert len(skipped) == 3
    reasons = {line.split(": ", 1)[0].rsplit("/", 1)[1]: line.split(": ", 1)[1] for line in skipped}
    assert reasons["broken.md"] == "cannot read: No such file or directory"
    assert reasons["loop.md"] == "cannot read: Too many levels of symbolic links"
    assert reasons["locked.md"] == "cannot read: Permission denied"
    assert sorted(_docs(engine)) == ["caf\\xe9.md", "ok.md"]
    only_csv = runner.invoke(app, ["ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'b.db'}",
                                   "--include", "*.csv", "-q"])
    assert only_csv.exit_code == 0
    excluded = runner.invoke(app, ["ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'c.db'}",
                                   "--exclude", "b*", "--exclude", "l*", "--exclude", "caf*", "-q"])
    assert excluded.exit_code == 0


def test_subtitle_files_are_read_and_their_cues_are_no_facts(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talk.srt").write_text("1\n00:00:01,000 --> 00:00:04,500\n2024年3月Anthropic发布Claude 3\n\n"
                                     "2\n00:00:04,500 --> 00:00:09,200\n上下文窗口200K\n", encoding="utf-8")
    (folder / "talk.vtt").write_text("WEBVTT\n\n00:01.000 --> 00:04.000\nIn March 2024 Anthropic released Claude 3\n",
                                     encoding="utf-8")
    (folder / "talk.ass").write_text(GOOD, encoding="utf-8")  # (no subtitle format we read)
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 0 and sorted(_docs(engine)) == ["talk.srt", "talk.vtt"]
    with engine.connect() as conn:
        quotes = conn.execute(sa.text("SELECT quote FROM events")).scalars().all()
    assert len(quotes) == 2 and not any("-->" in quote or "00:0" in quote for quote in quotes)


def test_file_names_that_are_no_utf8_stay_apart_and_can_be_shown(tmp_path: Path) -> None:
    """Names made under another encoding (GBK here): their undecodable bytes are written \\xNN in
    the stored path, so each file is a document of its own, and `show` finds the file again."""
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"数据": "2024年3月，Anthropic发布Claude 3。\n", "新闻": "2024年5月，OpenAI发布GPT-4o。\n"}
    for name, text in texts.items():
        with open(os.fsencode(str(folder)) + b"/" + name.encode("gbk") + b".md", "wb") as handle:
            handle.write(text.encode())
    result, engine = _ingest(folder, tmp_path)
    assert result.exit_code == 0 and "2 added" in result.output
    paths = sorted(_docs(engine))
    assert len(paths) == 2 and all("\\x" in p for p in paths)  # (replacement characters made them one)
    again, _ = _ingest(folder, tmp_path)
    assert "0 added, 0 replaced, 2 unchanged" in again.output
    url = f"sqlite:///{tmp_path / 'bad.db'}"
    ref = runner.invoke(app, ["search", "GPT-4o", "--db", url]).output.split("\t")[0]
    shown = runner.invoke(app, ["show", ref, "--db", url]).output
    assert "2024年5月，OpenAI发布" in shown and "not readable" not in shown


def test_a_message_is_one_line_whatever_the_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two\nlines.md").write_bytes(b"")
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    result, _ = _ingest(folder, tmp_path, "-q")
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"skipped {folder}/two\\x0alines.md: empty file"]


def test_two_files_with_one_stored_path_are_not_one_document(tmp_path: Path) -> None:
    """Two folders given with the same relative path in each: the first is stored, the second is
    reported; re-running changes nothing (before, each run replaced one with the other)."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, text in ((first, GOOD), (second, "2025年1月，OpenAI发布o3。\n")):
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "x.md").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'two.db'}"
    for run in range(2):
        result = runner.invoke(app, ["ingest", str(first), str(second), "--db", url])
        assert result.exit_code == 1
        skipped = [line for line in result.output.splitlines() if line.startswith("skipped")]
        assert skipped == [f"skipped {second}/sub/x.md: same stored path 'sub/x.md' as {first}/sub/x.md "
                           "(a document is keyed by its path under the folder given)"]
        assert ("1 added, 0 replaced, 0 unchanged" if run == 0 else "0 added, 0 replaced, 1 unchanged") in result.output
    with sa.create_engine(url).connect() as conn:
        assert conn.execute(sa.text("SELECT path, root FROM documents")).all() == [("sub/x.md", str(first))]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_what_is_no_regular_file_is_skipped_not_read(tmp_path: Path) -> None:
    """A named pipe among the articles blocked the run forever (reading it waits for a writer);
    a device named on the command line was reported as missing."""
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    exe = str(Path(sys.executable).with_name("timeline"))
    run = subprocess.run([exe, "ingest", str(folder), "/dev/null", "--db", str(tmp_path / "p.db"), "-q"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 1
    assert sorted(run.stderr.splitlines()) == ["skipped /dev/null: not a regular file (a character device)",
                                               f"skipped {folder}/pipe.md: not a regular file (a named pipe)"]
    endless = subprocess.run([exe, "extract", "/dev/zero"], capture_output=True, text=True, timeout=120,
                             check=False)
    assert endless.returncode == 1 and "larger than" in endless.stderr


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result, _ = _ingest(tmp_path / "nowhere", tmp_path)
    assert result.exit_code == 1 and "no such file or folder" in result.output
