"""Benchmark figures for ingestion: prints a table and saves it as JSON. Asserts nothing.

    python bench/run.py [--files 2000] [--mb 50] [--runs 3] [--out bench/out]

Each figure is the median of --runs runs. End-to-end runs are real `timeline ingest`
processes into a fresh SQLite database; peak memory is the largest summed resident size of
the process tree, sampled every 20 ms, also measured on a corpus half as large (memory must
not grow with the corpus). In the same run two references are measured on the
same text: one `regex` pass of a date-and-number pattern (the floor) and
`dateparser.search_dates` on a sample (the obvious alternative). The machine's speed drifts
between runs, so an ingest's "x floor" pairs each run with a floor pass over the whole corpus
made right after it (the median of those ratios); the steps' "x floor" is against the floor on
their own sample, measured alongside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate

ROOT = Path(__file__).resolve().parents[1]
TIMELINE = str(Path(sys.executable).with_name("timeline"))
FLOOR = regex.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d+(?:\.\d+)?\s*(?:亿|万|[BKMT]\b|%)")


def _tree_rss_kb(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as handle:
                    todo += [int(c) for c in handle.read().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def timed_process(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident KB (whole process tree) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {err.decode(errors='replace')[-500:]}")
    return elapsed, peak


def median_of(runs: int, measure: Callable[[], tuple[float, int]]) -> tuple[float, int]:
    results = [measure() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def fact_count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return sum(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (
            "model_mentions", "events", "parameter_counts", "benchmark_scores", "context_windows"))


def floor_seconds(texts: list[str]) -> float:
    """One pass of the floor pattern over `texts`."""
    start = time.perf_counter()
    for text in texts:
        FLOOR.findall(text)
    return time.perf_counter() - start


def ingest_figures(corpus: Path, size_mb: float, files: int, runs: int, tmp: Path, half: Path
                   ) -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    texts = [path.read_text("utf-8") for path in sorted(corpus.iterdir())]
    floors: list[float] = []
    for workers in (1, 2):
        ratios: list[float] = []

        def fresh(w: int = workers, ratios: list[float] = ratios) -> tuple[float, int]:
            db = tmp / f"w{w}.db"
            for f in tmp.glob(f"w{w}.db*"):
                f.unlink()
            seconds, peak = timed_process([TIMELINE, "ingest", str(corpus), "--db", str(db), "--workers", str(w), "-q"])
            floors.append(floor_seconds(texts))  # right after: the machine as the ingest found it
            ratios.append(seconds / floors[-1])
            return seconds, peak

        seconds, peak = median_of(runs, fresh)
        facts = fact_count(tmp / f"w{workers}.db")
        figures[f"ingest, {workers} worker{'s' if workers > 1 else ''}"] = {
            "seconds": seconds, "MB/s": size_mb / seconds, "files/s": files / seconds, "facts/s": facts / seconds,
            "peak RSS MB": peak / 1024, "x floor": statistics.median(ratios)}
    floor = statistics.median(floors)
    figures["floor: one regex pass, whole corpus"] = {"seconds": floor, "MB/s": size_mb / floor, "x floor": 1.0}
    # Memory must not grow with the corpus: the same ingest on a corpus half as large.
    for f in tmp.glob("half.db*"):
        f.unlink()
    _, peak = timed_process([TIMELINE, "ingest", str(half), "--db", str(tmp / "half.db"), "--workers", "2", "-q"])
    figures[f"ingest, 2 workers, {files // 2} files"] = {"peak RSS MB": peak / 1024}
    seconds, peak = median_of(runs, lambda: timed_process(
        [TIMELINE, "ingest", str(corpus), "--db", str(tmp / "w2.db"), "-q"]))
    figures["re-ingest, unchanged"] = {"seconds": seconds, "MB/s": size_mb / seconds, "peak RSS MB": peak / 1024}
    seconds, _ = median_of(max(runs, 5), lambda: timed_process([TIMELINE, "--help"]))
    figures["timeline --help (cold)"] = {"seconds": seconds}

    def five() -> tuple[float, int]:
        for f in tmp.glob("five.db*"):
            f.unlink()
        return timed_process([TIMELINE, "ingest", str(ROOT / "data" / "raw"), "--db", str(tmp / "five.db"), "-q"])

    seconds, peak = median_of(runs, five)
    figures["ingest the five articles"] = {"seconds": seconds, "peak RSS MB": peak / 1024}
    return figures


def extractor_figures(corpus: Path, runs: int, sample_mb: float) -> dict[str, dict[str, float]]:
    """Throughput of each step on its own, in this process, on a sample of the corpus."""
    from timeline.extract.benchmarks import rules as benchmarks
    from timeline.extract.context import DocContext
    from timeline.extract.contexts import rules as contexts
    from timeline.extract.events import rules as events
    from timeline.extract.models import facts as models
    from timeline.extract.models.rules import find_models
    from timeline.extract.parameters import rules as parameters
    from timeline.extract.times import scan
    from timeline.text.normalize import normalize

    texts, size = [], 0
    for path in sorted(corpus.iterdir()):
        texts.append(path.read_text("utf-8"))
        size += path.stat().st_size
        if size > sample_mb * 1e6:
            break
    mb = size / 1e6
    norms = [normalize(t) for t in texts]
    contexts_ = [DocContext.build(n) for n in norms]
    times = [events.document_times(c) for c in contexts_]
    steps: dict[str, Callable[[], object]] = {
        "normalize (offset map)": lambda: [normalize(t) for t in texts],
        "times (scan)": lambda: [scan(n.text) for n in norms],
        "model mentions": lambda: [find_models(n.text) for n in norms],
        "context (mentions + segmentation)": lambda: [DocContext.build(n) for n in norms],
        "models (facts)": lambda: [models.extract(c) for c in contexts_],
        "events": lambda: [events.extract(c, d) for c, d in zip(contexts_, times, strict=True)],
        "parameters": lambda: [parameters.extract(c) for c in contexts_],
        "benchmarks": lambda: [benchmarks.extract(c) for c in contexts_],
        "contexts": lambda: [contexts.extract(c) for c in contexts_],
        "floor: one regex pass, the steps' sample": lambda: [FLOOR.findall(t) for t in texts],
    }
    figures = {}
    for name, step in steps.items():
        durations = []
        for _ in range(runs):
            start = time.perf_counter()
            step()
            durations.append(time.perf_counter() - start)
        seconds = statistics.median(durations)
        figures[name] = {"seconds": seconds, "MB/s": mb / seconds}
    import dateparser.search

    sample = "".join(texts)[:60_000]
    start = time.perf_counter()
    dateparser.search.search_dates(sample, languages=["zh", "en"])
    seconds = time.perf_counter() - start
    figures["alternative: dateparser.search_dates"] = {"seconds": seconds, "MB/s": len(sample.encode()) / 1e6 / seconds}
    return figures


def _corpus(out: Path, files: int, mb: float) -> Path:
    """The generated corpus of that size (made once, then reused)."""
    corpus = out / f"corpus-{files}-{mb:g}"
    if not corpus.is_dir():
        generate(corpus, files, mb)
    return corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    corpus = _corpus(args.out, args.files, args.mb)
    size_mb = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        figures = ingest_figures(corpus, size_mb, args.files, args.runs, Path(tmp),
                                 half=_corpus(args.out, args.files // 2, args.mb / 2))
    figures.update(extractor_figures(corpus, args.runs, sample_mb=min(5.0, size_mb)))
    floor = figures["floor: one regex pass, the steps' sample"]["MB/s"]
    alternative = figures["alternative: dateparser.search_dates"]["MB/s"]
    for row in figures.values():
        if "MB/s" in row:
            row.setdefault("x floor", floor / row["MB/s"])  # (an ingest's is paired with its own floor)
            row["x dateparser"] = row["MB/s"] / alternative
    python = f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"
    print(f"corpus: {args.files} files, {size_mb:.1f} MB; median of {args.runs} runs; {os.cpu_count()} cores;"
          f" {python}\n")
    columns = ["seconds", "MB/s", "files/s", "facts/s", "peak RSS MB", "x floor", "x dateparser"]
    print(f"{'figure':<40}" + "".join(f"{c:>14}" for c in columns))
    for name, row in figures.items():
        print(f"{name:<40}" + "".join(f"{row[c]:>14.2f}" if c in row else f"{'':>14}" for c in columns))
    args.out.mkdir(parents=True, exist_ok=True)
    result = {"corpus": {"files": args.files, "mb": size_mb}, "runs": args.runs, "python": python,
              "figures": figures}
    (args.out / "results.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"\nsaved {args.out / 'results.json'}  (x floor: times slower than the regex floor;"
          " x dateparser: times faster than dateparser)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
