"""Chinese numerals to integers ("二十一" -> 21, "二〇二五" -> 2025, "两千零四" -> 2004)."""

from __future__ import annotations

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000, "万": 10000}
SPECIAL = {"廿": 20, "卅": 30}


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese (or Arabic) numeral, or None when it is not one."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text in SPECIAL:
        return SPECIAL[text]
    if text[0] in SPECIAL:
        rest = cn_to_int(text[1:])
        return None if rest is None or rest >= 10 else SPECIAL[text[0]] + rest
    if not any(ch in UNITS for ch in text):
        # Digit by digit, as years are read: 二〇二五 -> 2025.
        if all(ch in DIGITS for ch in text):
            return int("".join(str(DIGITS[ch]) for ch in text))
        return None
    total = section = 0
    number = 0
    for ch in text:
        if ch in DIGITS:
            number = DIGITS[ch]
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit == 10000:
                total += (section + number) * unit
                section = 0
            else:
                section += (number or 1) * unit
            number = 0
        else:
            return None
    return total + section + number


def year_from(text: str) -> int | None:
    """A year written in digits or Chinese numerals; two-digit years are 19xx/20xx."""
    value = cn_to_int(text)
    if value is None:
        return None
    digits = len(text.strip())
    if digits == 2 and all(ch.isdigit() or ch in DIGITS for ch in text.strip()):
        return 2000 + value if value < 50 else 1900 + value
    return value


def below_ten_thousand(text: str) -> int | None:
    """A number below 10,000 written with its places ("六千七百一十" -> 6710, "两千" -> 2000, "十二" -> 12), or None
    for what is no such number: digits in a row ("一两", "三四百": a range of guesses, "二〇二五": a year's digits), or
    places out of order."""
    total, digit, place = 0, None, 10_000
    for ch in text:
        if ch in UNITS:
            if UNITS[ch] >= place:
                return None
            place = UNITS[ch]
            total += (1 if digit is None else digit) * place
            digit = None
        elif ch not in DIGITS or (digit is not None and digit != 0):
            return None
        else:
            digit = DIGITS[ch]
    return total + (digit or 0)
