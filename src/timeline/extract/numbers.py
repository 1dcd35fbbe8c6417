"""Numbers as articles write them: 1750亿, 1.6万亿, 671B, 3.8B, 100万, 256K."""

from __future__ import annotations

# Between what a figure was and what it is: "Context window: 200K → 1M", "SWE-bench Verified: 70.3% -> 74.5%"
ARROW = r"(?:→|->|⟶|⇒|=>)"

CN_MULTIPLIER = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7,
                 "百万": 10**6, "万": 10**4, "千": 10**3}  # fmt: skip
LATIN_MULTIPLIER = {"T": 10**12, "B": 10**9, "M": 10**6, "K": 10**3, "k": 10**3, "m": 10**6}
# Small numbers in English words, as "two trillion parameters" and "one million tokens" write them
EN_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                   "nine": 9, "ten": 10}
# ... and any below a hundred, as a pattern and its value, for counts of parameters ("seventy billion", "thirty-seven
# billion"; a pattern of their parts: the hundred and more names as alternatives cost the patterns that hold them
# a tenth of a second to compile, in every process)
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_WORDS = "|".join(w for w in EN_NUMBER_WORDS if w != "a")
_BELOW_HUNDRED = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{_UNIT_WORDS}))?|{'|'.join(_TEENS)}|{_UNIT_WORDS})"
# (and hundreds: "four hundred and five billion", "one hundred seventy-five billion")
EN_NUMBER = rf"(?:(?:a|{_UNIT_WORDS})\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED}|a)"


def en_number(words: str) -> int:
    """The value of a number that EN_NUMBER matched ("Thirty-seven" -> 37, "four hundred and five" -> 405)."""
    value = 0
    for part in words.lower().replace("-", " ").split():
        if part == "hundred":
            value = (value or 1) * 100
        elif part != "and":
            value += _TENS.get(part) or _TEENS.get(part) or EN_NUMBER_WORDS[part]
    return value


def scaled(number: str, unit: str) -> int:
    """number x unit multiplier, exact for decimal input ("1.17", "亿" -> 117000000)."""
    multiplier = CN_MULTIPLIER.get(unit) or LATIN_MULTIPLIER.get(unit) or 1
    whole, _, frac = number.replace(",", "").partition(".")  # ("1,200" billion)
    digits = int(whole + frac) if (whole + frac) else 0
    return digits * multiplier // (10 ** len(frac))
