"""Traditional Chinese matched as simplified: one character for another, so offsets hold.

The rules' words (发布, 参数, 亿, 据传) are simplified characters. A text written in traditional
ones (Taiwan, Hong Kong: 發佈, 參數, 億, 據傳) is matched in its simplified twin, and names keep the
characters they are written in (`as_written`). The table is OpenCC's character table, which
opencc-python-reimplemented ships as text.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from timeline.text.scripts import HAN

# A text is traditional when at least this share of its Han characters is traditional only (about
# a third in news from Taiwan); a simplified text holds a few (华为昇腾).
_SHARE = 0.1
_LEAST = 5
_SAMPLE = 4000  # characters looked at first: a simplified text with none there is done with


@cache
def _tables() -> tuple[dict[int, str], frozenset[int]]:
    """Traditional character -> its simplified one (the first OpenCC gives, when it gives several),
    and those that simplified text does not use as well (乾 and 於 are also simplified)."""
    source = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    pairs: dict[int, str] = {}
    only: set[int] = set()
    for line in source.splitlines():
        trad, _, simp = line.partition("\t")
        options = simp.split(" ")
        if len(trad) == 1 and len(options[0]) == 1 and options[0] != trad:
            pairs[ord(trad)] = options[0]
            if trad not in options:
                only.add(ord(trad))
    return pairs, frozenset(only)


def table() -> dict[int, str]:
    return _tables()[0]


@cache
def _traditional() -> re.Pattern[str]:
    # (the basic plane's only: with one character beyond it, `re` tests a class member by member)
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_tables()[1]) if cp <= 0xFFFF) + "]")


def simplified(text: str) -> str | None:
    """`text` in simplified characters when it is written in traditional ones, else None."""
    traditional = _traditional()
    if traditional.search(text, 0, _SAMPLE) is None:
        return None
    count = traditional.subn("", text)[1]  # (counts without a list of every match)
    if count < _LEAST or count < _SHARE * HAN.subn("", text)[1]:
        return None
    phrases, simple, _ = _phrases()
    return phrases.sub(lambda m: _phrase_written(m.group(0), simple), text.translate(table()))


def _phrase_written(found: str, simple: dict[str, str]) -> str:
    """The phrase `found` (perhaps cut by a line break, "計\n畫") as its simplified one, the break kept."""
    chars = iter(simple["".join(found.split())])
    return "".join(ch if ch.isspace() else next(chars) for ch in found)


@cache
def _phrases() -> tuple[re.Pattern[str], dict[str, str], frozenset[tuple[str, str]]]:
    """OpenCC's phrases whose characters simplify otherwise than one by one (計畫 is 计划, not 计画; 憑藉 is 凭借), of
    the same length: a pattern for their form translated character by character, the phrase each such form is, and
    the (traditional, simplified) characters they pair otherwise (畫, 划)."""
    pairs = table()
    simple: dict[str, str] = {}
    chars: set[tuple[str, str]] = set()
    for line in files("opencc").joinpath("dictionary/TSPhrases.txt").read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0]
        # (not a name kept traditional, 乾隆 or 於世成: the rules read 干 and 于 as every other text writes them)
        if len(first) == len(trad) and (translated := trad.translate(pairs)) != first \
                and first.translate(pairs) == first:
            simple[translated] = first
            chars.update((t, f) for t, c, f in zip(trad, translated, first, strict=True) if c != f)
    # (a phrase may be cut by a wrapped line's break: "並計\n畫於…")
    cut = r"(?:[ \t]*\n[ \t]*)?"
    pattern = "|".join(cut.join(map(re.escape, phrase)) for phrase in sorted(simple, key=len, reverse=True))
    return re.compile(pattern), simple, frozenset(chars)


def as_written(original: str, normalized: str) -> str:
    """`normalized` (a name, simplified) with each character that was traditional in `original`,
    its source of the same length, as written."""
    if len(original) != len(normalized):
        return normalized
    pairs = table()
    phrased = _phrases()[2]
    return "".join(o if o != n and (pairs.get(ord(o)) == n or (o, n) in phrased) else n
                   for o, n in zip(original, normalized, strict=True))
