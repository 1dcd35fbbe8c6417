"""scripts.HAN_RANGES (for the stdlib re engine) is exactly the regex module's \\p{Han}."""

from __future__ import annotations

import re

import regex

from timeline.text.scripts import HAN_RANGES


def test_han_ranges_equal_the_unicode_property() -> None:
    ours = re.compile(f"[{HAN_RANGES}]")
    theirs = regex.compile(r"\p{Han}")
    differ = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
              and bool(ours.match(chr(cp))) != bool(theirs.match(chr(cp)))]
    assert differ == []
