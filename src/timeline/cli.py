"""The `timeline` command. Commands only parse arguments and call the library.

Exit codes: 0 all went well; 1 some files were skipped; 2 usage error; 3 the run could not
proceed (database unreachable, read-only, disk full). No traceback reaches the user
unless --debug is given.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn articles about AI into a queryable timeline database with exact provenance.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: loading rich would double the start-up time of --help
)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy URL or SQLite path [env TIMELINE_DB; default sqlite:///data/db/timeline.db]"),
]
EXIT_SKIPPED, EXIT_FATAL, EXIT_INTERRUPTED = 1, 3, 130  # (130: 128 + SIGINT, as shells report it)


# This process writes what every worker extracts, and writing costs about a third of what
# extracting does (bench: 6 CPU seconds against 20): past 3 or 4 workers the writer sets the pace,
# and each worker more only takes memory (about 100 MB).
MAX_DEFAULT_WORKERS = 4


def default_workers() -> int:
    """One worker per core this process may run on (its affinity, not the machine's count), at most
    MAX_DEFAULT_WORKERS."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_DEFAULT_WORKERS))


def _err(message: str) -> None:
    typer.echo(message, err=True)


# Control characters (a line break in a file name) written \xNN: one message, one line.
_CONTROLS = {**{i: f"\\x{i:02x}" for i in range(32)}, 0x7F: "\\x7f", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _one_line(text: str) -> str:
    return text.translate(_CONTROLS)


def _fatal(exc: BaseException, debug: bool) -> typer.Exit:
    if isinstance(exc, BrokenPipeError):  # `timeline export | head`: the reader has seen enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return typer.Exit(0)
    if debug:
        raise exc
    from sqlalchemy.exc import SQLAlchemyError

    detail = getattr(exc, "orig", None) or exc
    kind = "database error" if isinstance(exc, SQLAlchemyError) else "error"
    if isinstance(exc, ModuleNotFoundError):  # (SQLAlchemy loads a URL's driver when it makes the engine)
        detail = f"no driver for this database ({exc}); for PostgreSQL: pip install 'psycopg[binary]'"
    _err(f"timeline: {kind}: {detail}")
    return typer.Exit(EXIT_FATAL)


def _engine(db: str | None, *, read_only: bool = False, own_schema: bool = False):  # type: ignore[no-untyped-def]
    """The database's engine, its schema brought up to date unless `read_only`. `own_schema`: the
    command makes and migrates the database itself (ingest, migrate); the others need one there
    (a mistyped path must not read as an empty database)."""
    from timeline.config import database_url, sqlite_file
    from timeline.db.engine import make_engine
    from timeline.db.migrate import upgrade
    from timeline.db.writer import retry_locked

    url = database_url(db)
    path = None if own_schema else sqlite_file(url)
    if path is not None and not path.exists():
        raise FileNotFoundError(f"no database at {path} (`timeline ingest` makes one; --db or TIMELINE_DB "
                                "names another)")
    engine = make_engine(url, read_only=read_only)
    if not (own_schema or read_only):
        retry_locked(lambda: upgrade(engine))
    return engine


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles")],
    db: DbOption = None,
    prune: Annotated[bool, typer.Option(help="Drop the stored documents of the folders given that this run "
                                             "does not find")] = False,
    max_bytes: Annotated[int, typer.Option(help="Skip files larger than this many bytes", min=1)] = 64 * 1024 * 1024,
    include: Annotated[list[str] | None, typer.Option(help="Glob of file names to read (repeatable)")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Glob of file names to leave out (repeatable)")] = None,
    workers: Annotated[int, typer.Option(help="Extraction processes (0: one per CPU core, at most "
                                                f"{MAX_DEFAULT_WORKERS})", min=0)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary")] = False,
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """Read every article under PATHS, extract facts and upsert them into the database."""

    from timeline.config import database_url
    from timeline.db.unchanged import count_if_unchanged

    unchanged = None if prune else count_if_unchanged(database_url(db), paths, tuple(include or ()),
                                                     tuple(exclude or ()), max_bytes)
    if unchanged is not None:
        if not quiet:
            _err(f"files: {unchanged} read, 0 added, 0 replaced, {unchanged} unchanged, 0 skipped")
            _err("facts written: 0 model, 0 event, 0 parameters, 0 benchmark, 0 context")
        return
    from timeline.db.migrate import upgrade
    from timeline.db.writer import retry_locked
    from timeline.ingest import ingest as run

    try:
        engine = _engine(db, own_schema=True)  # migrated once the extraction workers have started
        with _progress(quiet) as tick:
            report = run(paths, engine, prune=prune, max_bytes=max_bytes, include=tuple(include or ()),
                         exclude=tuple(exclude or ()), progress=tick, debug=debug,
                         workers=workers or default_workers(),
                         before_writing=lambda: retry_locked(lambda: upgrade(engine)))
    except KeyboardInterrupt:
        _err("timeline: interrupted; the files written so far are kept (the same command goes on from there)")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        raise _fatal(exc, debug) from None
    for path, reason in report.skipped:
        _err(_one_line(f"skipped {path}: {reason}"))
    for path, warning in report.warnings:
        _err(_one_line(f"warning {path}: {warning}"))
    if not quiet:
        facts = ", ".join(f"{report.facts.get(k, 0)} {k}" for k in ("model", "event", "parameters", "benchmark",
                                                                       "context"))
        _err(f"files: {report.seen} read, {report.added} added, {report.replaced} replaced, "
             f"{report.unchanged} unchanged, {len(report.skipped)} skipped"
             + (f", {report.pruned} pruned" if prune else ""))
        _err(f"facts written: {facts}")
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


class _progress:
    """A progress line on a terminal; nothing when output is piped."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if not self.enabled:
            return None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.completed} files"), TextColumn("{task.description}"),
                            TimeElapsedColumn(), transient=True)
        self.bar.start()
        task = self.bar.add_task("", total=None)
        return lambda path: self.bar.update(task, advance=1, description=path[-60:])  # type: ignore[union-attr]

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


STATUSES = ("reported", "planned", "predicted", "rumored")


def _period(text: str | None, option: str, *, last: bool):  # type: ignore[no-untyped-def]
    """First (or last) day of YYYY, YYYY-MM or YYYY-MM-DD."""
    import calendar
    import datetime as dt

    if text is None:
        return None
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1] if last else 1)
        if len(parts) == 3:
            return dt.date(*parts)
    except ValueError:
        pass
    raise typer.BadParameter("expected YYYY, YYYY-MM or YYYY-MM-DD", param_hint=option)


@app.command()
def export(
    db: DbOption = None,
    csv_: Annotated[bool, typer.Option("--csv", help="The timeline of events as CSV (the default)")] = False,
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl (every fact, gold field names)")] = "csv",
    table: Annotated[
        str, typer.Option(help="timeline, documents, models, parameters, benchmarks, contexts")
    ] = "timeline",
    out: Annotated[Path | None, typer.Option(help="Write every table as CSV into this folder")] = None,
    since: Annotated[str | None, typer.Option(help="Events from this date on: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Events up to this date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    model: Annotated[str | None, typer.Option(help="Only facts about this model (any of its names)")] = None,
    org: Annotated[str | None, typer.Option(help="Only facts about this organization (any of its names)")] = None,
    status: Annotated[str | None, typer.Option(help="Events of this status: reported, planned, predicted, rumored")
                      ] = None,
    excel: Annotated[bool, typer.Option(help="Start CSV with a UTF-8 byte order mark, for Excel")] = False,
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """Export facts: CSV tables for spreadsheets or JSONL for scoring and other tools."""
    from timeline.db import export as ex

    if fmt not in ("csv", "jsonl"):
        raise typer.BadParameter("choose csv or jsonl", param_hint="--format")
    if table not in ex.TABLES:
        raise typer.BadParameter(f"choose one of {', '.join(ex.TABLES)}", param_hint="--table")
    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"choose one of {', '.join(STATUSES)}", param_hint="--status")
    where = ex.Filter(since=_period(since, "--since", last=False), until=_period(until, "--until", last=True),
                      model=model, org=org, status=status)
    if where.event_only() and out is None and (fmt == "jsonl" or table != "timeline"):
        raise typer.BadParameter("these filters apply to the timeline table only",
                                 param_hint=" / ".join(where.event_only()))
    if fmt == "jsonl" and (model or org):
        raise typer.BadParameter("filters apply to CSV exports", param_hint="--model / --org")
    try:
        engine = _engine(db)
        with engine.connect() as conn:
            if out is not None:
                counts = ex.write_all_csv(conn, out, where, excel)
                _err(", ".join(f"{name}.csv: {n} rows" for name, n in counts.items()))
            elif fmt == "jsonl":
                ex.write_jsonl(conn, sys.stdout)
            else:
                ex.write_csv(conn, table, sys.stdout, where, excel)
    except Exception as exc:
        raise _fatal(exc, debug) from None


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="A text file, or - for standard input")],
    published: Annotated[str | None, typer.Option(help="Document date YYYY-MM-DD for relative dates")] = None,
) -> None:
    """Print the facts and time expressions of one text as JSON lines; the database is not touched."""
    import datetime as dt
    import json

    from timeline.extract.pipeline import extract_text
    from timeline.jsonl import document_row, fact_row
    from timeline.sources.decode import SkipFile, decode

    reference = None
    if published:
        try:
            reference = dt.date.fromisoformat(published)
        except ValueError:
            raise typer.BadParameter("expected YYYY-MM-DD", param_hint="--published") from None
    from timeline.sources.walk import DEFAULT_MAX_BYTES

    try:
        # (a pipe is fine, `<(curl ...)` included; an endless source such as /dev/zero stops here)
        with sys.stdin.buffer if source == "-" else open(source, "rb") as handle:
            data = handle.read(DEFAULT_MAX_BYTES + 1)
        if len(data) > DEFAULT_MAX_BYTES:
            raise SkipFile(f"larger than {DEFAULT_MAX_BYTES} bytes")
        decoded = decode(data)
    except (OSError, SkipFile) as exc:
        _err(f"timeline: cannot read {source}: {exc}")
        raise typer.Exit(EXIT_SKIPPED) from None
    name = "-" if source == "-" else Path(source).name
    result = extract_text(decoded.text, name, data=data, encoding=decoded.encoding, published=reference)
    rows = [document_row(result.document, name)] + [fact_row(f, name) for f in result.facts]
    norm = result.context.norm
    for dated in result.times:
        t = dated.time
        line_start, line_end, a, b, quote = norm.provenance(t.start, t.end)
        rows.append({"kind": "time", "file": name, "text": quote, "value": t.value, "precision": t.precision,
                     "qualifier": t.qualifier, "earliest": t.earliest.isoformat() if t.earliest else None,
                     "latest": t.latest.isoformat() if t.latest else None, "line": line_start, "line_end": line_end,
                     "char_start": a, "char_end": b})
    for row in rows:
        typer.echo(json.dumps(row, ensure_ascii=False))
    for warning in result.warnings:
        _err(f"warning {name}: {warning}")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One SQL statement (read-only)")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """Run a read-only SQL query and print the result; the database cannot be changed through it."""
    from timeline.db.query import run_read_only

    if fmt not in ("table", "csv", "json"):
        raise typer.BadParameter("choose table, csv or json", param_hint="--format")
    try:
        columns, rows = run_read_only(_engine(db, read_only=True), sql)
    except Exception as exc:
        raise _fatal(exc, debug) from None
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        import json

        for row in rows:
            typer.echo(json.dumps({c: _json_value(v) for c, v in zip(columns, row, strict=True)},
                                  ensure_ascii=False, default=str, allow_nan=False))
    else:
        from timeline.db.export import format_table

        typer.echo(format_table(columns, rows), nl=False)


def _json_value(value: object) -> object:
    """JSON has no infinity nor NaN (SQLite gives one for 1e999, PostgreSQL either): written as
    text, as CSV writes them."""
    import math

    return str(value) if isinstance(value, float) and not math.isfinite(value) else value


@app.command()
def stats(db: DbOption = None, debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False) -> None:
    """Counts of facts per kind and per document, and the number of conflicts."""
    from timeline.db import stats as st

    try:
        with _engine(db).connect() as conn:
            typer.echo(st.render(st.collect(conn)), nl=False)
    except Exception as exc:
        raise _fatal(exc, debug) from None


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find (Chinese or English); every word must occur")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many results", min=1, max=10**9)] = 20,
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """Full-text search over fact quotes and event summaries; prints KIND:ID, file:line and quote."""
    from timeline.db.search import search as find

    try:
        with _engine(db).connect() as conn:
            hits = find(conn, text, limit)
    except Exception as exc:
        raise _fatal(exc, debug) from None
    for hit in hits:
        typer.echo(f"{hit.ref}\t{hit.file}:{hit.line_start}\t{' '.join(hit.quote.split())}")
    if not hits:
        _err(f"no fact matches {text!r}")
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def show(
    fact: Annotated[str, typer.Argument(help="KIND:ID as `timeline search` prints it, e.g. event:12")],
    db: DbOption = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """One fact: its fields, its source lines with the quote marked, and the other claims about
    the same model and attribute (marked CONFLICTS where they disagree)."""
    from timeline.db import show as sh

    try:
        with _engine(db).connect() as conn:
            typer.echo(sh.render(conn, fact, color=sys.stdout.isatty()), nl=False)
    except sh.UnknownFact as exc:
        _err(f"timeline: {exc}")
        raise typer.Exit(2) from None
    except Exception as exc:
        raise _fatal(exc, debug) from None


@app.command()
def report(
    out: Annotated[Path, typer.Option(help="The HTML file to write")] = Path("report.html"),
    db: DbOption = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """Write one self-contained HTML page: the timeline of events (filter by organization and
    status), parameter counts over time on a log scale, benchmark scores per model; every point
    links to its source quote."""
    from timeline.report.build import collect, render

    try:
        with _engine(db).connect() as conn:
            data = collect(conn)
        out.write_text(render(data), encoding="utf-8")
    except Exception as exc:
        raise _fatal(exc, debug) from None
    _err(f"{out}: {len(data['events'])} events, {len(data['params'])} parameter counts, "
         f"{len(data['scores'])} benchmark scores")


@app.command()
def migrate(
    db: DbOption = None,
    revision: Annotated[str, typer.Option(help="Target revision (head, or an id to downgrade to)")] = "head",
    debug: Annotated[bool, typer.Option(help="Show tracebacks")] = False,
) -> None:
    """Bring the database schema to a revision (ingest does this to head by itself)."""
    from timeline.db import migrate as mig

    try:
        engine = _engine(db, own_schema=True)
        current = mig.current_revision(engine)
        if revision == "head":
            mig.upgrade(engine)
        else:
            mig.downgrade(engine, revision)
        _err(f"schema: {current} -> {mig.current_revision(engine)}")
    except Exception as exc:
        raise _fatal(exc, debug) from None


def main() -> None:
    app()
