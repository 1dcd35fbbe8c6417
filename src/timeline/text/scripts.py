"""Unicode classes written out for the stdlib `re` engine, which knows no Unicode properties
and scans several times faster than the `regex` module (tests check each against its property)."""

from __future__ import annotations

import re

# \p{Han}: CJK ideographs and the marks that sit between them.
HAN_RANGES = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0002a6df"
    "\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d"
    "\U00030000-\U0003134a\U00031350-\U00033479"
)
HAN = re.compile(f"[{HAN_RANGES}]")  # (one Han character)
# \p{Han}, \p{Hiragana}, \p{Katakana} and \p{Hangul}.
CJK_RANGES = HAN_RANGES + (
    "\u1100-\u11ff\u302e-\u302f\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u3131-\u318e"
    "\u31f0-\u321e\u3260-\u327e\u32d0-\u32fe\u3300-\u3357\ua960-\ua97c\uac00-\ud7a3\ud7b0-\ud7c6"
    "\ud7cb-\ud7fb\uff66-\uff6f\uff71-\uff9d\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7"
    "\uffda-\uffdc\U0001aff0-\U0001aff3\U0001aff5-\U0001affb\U0001affd-\U0001affe\U0001b000-\U0001b128"
    "\U0001b132\U0001b150-\U0001b152\U0001b155\U0001b164-\U0001b168\U0001f200"
)
# White space as the `regex` module has it: `re` also counts the separators U+001C-U+001F.
SPACE = "[^\\S\x1c-\x1f]"
# White space within a line, but a tab: a name or a version does not run on past a line's end, nor
# into a table's next cell. (Listed one by one: a class of its own matches faster than a negated one.)
INLINE_SPACE = "[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
