"""Deterministic benchmark corpus: N files totalling about M MB, recombined from the paragraphs
of data/raw with model names, numbers and dates varied, so every line gives the extractors work.

    python bench/corpus.py OUT_DIR [--files 2000] [--mb 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import regex as re

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?=年|-\d|/\d|\b)")
_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:亿|万亿|B\b|K\b|M\b|%|分|万))")
_VERSION = re.compile(r"(?<=[A-Za-z][-\s]?)(\d+)(?=(?:\.\d+)?(?:[-\s]|$|[^\d.]))")


def paragraphs() -> list[str]:
    blocks: list[str] = []
    for path in sorted(RAW.iterdir()):
        text = path.read_text("utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[-1]
        blocks += [b.strip("\n") for b in _blocks(text) if len(b.strip()) > 20]
    return blocks


_FENCE = re.compile(r"[ \t]*(?:```|~~~)")


def _blocks(text: str) -> list[str]:
    """The text's paragraphs, split at blank lines, a fenced listing whole with its blank lines (split, its marks
    came apart: a closing mark recombined alone opened a block over the paragraphs after it)."""
    blocks: list[str] = []
    lines: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            blocks.append("\n".join(lines))
            lines = []
        else:
            lines.append(line)
    return [*blocks, "\n".join(lines)]


def vary(block: str, rng: random.Random) -> str:
    shift = rng.randint(-3, 3)
    block = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), block)
    block = _AMOUNT.sub(lambda m: f"{float(m.group(1)) * rng.choice((0.5, 1, 1.5, 2)):g}", block)
    return _VERSION.sub(lambda m: str(int(m.group(1)) + rng.randint(0, 2)), block)


def generate(out: Path, files: int = 2000, megabytes: float = 50, seed: int = 7) -> Path:
    rng = random.Random(seed)
    blocks = paragraphs()
    per_file = int(megabytes * 1024 * 1024 / files)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        day = rng.randint(1, 28)
        date = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{day:02d}"
        parts = [f"---\ntitle: 'Bench article {i}'\npublished: {date}"
                 "\n---\n"]
        size = len(parts[0].encode())
        while size < per_file:
            block = vary(rng.choice(blocks), rng)
            parts.append(block + "\n\n")
            size += len(block.encode()) + 2
        (out / f"{i:05d}.md").write_text("".join(parts), encoding="utf-8")
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.files, args.mb, args.seed)
    total = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{args.files} files, {total / 1e6:.1f} MB in {args.out}")
