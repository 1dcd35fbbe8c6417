"""Numbers as articles write them: 1750亿, 1.6万亿, 671B, 3.8B, 100万, 256K."""

from __future__ import annotations

CN_MULTIPLIER = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7,
                 "百万": 10**6, "万": 10**4, "千": 10**3}  # fmt: skip
LATIN_MULTIPLIER = {"T": 10**12, "B": 10**9, "M": 10**6, "K": 10**3, "k": 10**3, "m": 10**6}
# Numbers below a hundred in English words, as "two trillion parameters", "seventy billion parameters",
# "thirty-seven billion active parameters" and "one million tokens" write them
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_NUMBER_WORDS = {"a": 1, **{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: i + 10 for i, w in enumerate(_TEENS)},
                   **{w: 10 * (i + 2) for i, w in enumerate(_TENS)},
                   **{f"{t}{gap}{u}": 10 * (i + 2) + j + 1 for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS)
                      for gap in ("-", " ")}}


def scaled(number: str, unit: str) -> int:
    """number x unit multiplier, exact for decimal input ("1.17", "亿" -> 117000000)."""
    multiplier = CN_MULTIPLIER.get(unit) or LATIN_MULTIPLIER.get(unit) or 1
    whole, _, frac = number.partition(".")
    digits = int(whole + frac) if (whole + frac) else 0
    return digits * multiplier // (10 ** len(frac))
