"""Model and organization mentions.

Three sources, merged leftmost-longest:
1. registry names (families, models, aliases), extended by a suffix grammar of versions,
   sizes and variant words ("Gemini" + " 2.5" + " Flash");
2. unseen Latin names that look like model names: a capitalized token with a version or
   size ("Foo-3.5-Turbo", "Bar2-72B-Instruct"), or a hyphenated compound around a family;
3. names that a cue marks as a model: "ORG的Name", "Name模型", "发布“名字”";
4. the first cells of a table whose first column is headed Model/模型, wherever they stand;
5. unknown names listed (、) beside known ones.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import chain, pairwise
from typing import NamedTuple

import regex

from timeline.extract.times.rules import EN_DATE_WORD, EN_WEEKDAY, MONTH_NAME
from timeline.registry import (
    Family,
    KnownModel,
    Registry,
    code_joint,
    fold,
    load_registry,
    spaced,
    unspaced,
    version_joint,
)
from timeline.text.lists import BLANK_LINE, BULLET, ITEM_NUMBER, ITEM_SEPARATOR, heading_level
from timeline.text.scripts import INLINE_SPACE
from timeline.text.tables import MAKER_HEAD, MODEL_HEAD, Cell, Row, rows_under_headers, unemphasized
from timeline.text.trie import trie_pattern
from timeline.text.windows import WINDOW, contains_any, match_at, occurrences

RELEASE_VERBS = ("发布", "推出", "开源", "上线")  # (found with str.find: a pattern led by them was tried everywhere)
RELEASED = "|".join(RELEASE_VERBS)  # (the same, as a pattern's alternatives)

# What may not stand right before a name: as a string and a set for the name scans, and as the
# lookbehind they stand for (the reference tests/test_name_scan.py holds them to).
_LEFT_STRING = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.·"
_LEFT_CHARS = frozenset(_LEFT_STRING)
_LEFT = f"(?<![{re.escape(_LEFT_STRING)}])"
# (a name that starts with a Han character may follow a Latin letter or a digit, as normalized text writes it
# with the blanks between dropped: "2017.06谷歌发表…"; not a joining mark: "鹏城-百度")
_LEFT_OF_HAN = "_-.·"
_LEFT_NAME = f"(?:{_LEFT}|(?<![{re.escape(_LEFT_OF_HAN)}])(?=[\u3400-\u9fff]))"
_VARIANTS = (
    "Pro|Max|Mini|mini|Turbo|turbo|Flash|Ultra|Nano|nano|Lite|lite|Plus|Instruct|Chat|Vision|Omni|VL|Coder|Math|"
    "Instant|Sonnet|Opus|Haiku|Preview|preview|Thinking|Think|THINK|Large|Medium|Small|Base|XL|Audio|Robotics|Weather|MoE|"
    "pro|Reasoner|Code|Air|Edge|Sora|Experimental|Exp|Distill|Next|NeXT|XComposer|Heavy|Scout|Maverick|Behemoth|Super|"
    "Micro|Tiny|"  # (the smallest tiers: "Nova Micro", "Granite-4.0-H-Tiny")
    "Kontext|"  # (an image editor's: "FLUX.1 Kontext")
    "Deep Think|Deep Research|Computer Use|Reward|Titan|Fast|Diffusion|Image(?![ \\t]+[Gg]eneration)"
    "|Alpha|Zero(?!-shot)"
    "|Reasoning(?![ \\t]+[A-Z][a-z])"  # ("Command A Reasoning"; not a title's next word: "GPT-5 Reasoning Tested")
)
VARIANT_SET = frozenset(word.split("(", 1)[0] for word in _VARIANTS.split("|"))  # ("Zero(?!-shot)": Zero)
# Size and tuning words in lower case name a variant only when joined to the name (BERT-large, T5-small,
# Phi-3-mini-4k-instruct, 豆包1.6-vision, o4-mini-high): after a space they are prose ("Qwen large language models",
# "GPT-4 base model").
_JOINED_VARIANTS = "giant|large|base|small|tiny|max|instruct|chat|vision|thinking|flash|coder|omni|high"
_SP = INLINE_SPACE
# Capitalized words that, joined to a name, say what kind of thing follows: "Qwen-Based", "GPT-Class".
_KIND_WORDS = frozenset((
    "Based", "Powered", "Like", "Style", "Class", "Level", "Size", "Sized", "Scale", "Grade", "Only", "Native",
    "Compatible", "Generated", "Specific", "Focused", "Driven", "Tuned", "Optimized", "Series", "Family", "Era",
    "Inspired", "Enabled", "Ready"))
_KIND_WORD = f"(?:{'|'.join(sorted(_KIND_WORDS))})"
# A name's word for a model and its version: 文心大模型4.0, 文心大模型X1.1 (`sp` between its parts: nothing in _SUFFIX,
# a space in _SPACED_MODEL_SUFFIX)
_MODEL_WORD_SUFFIX = (r"(?:{sp}(?![和与及或、]|发布|推出|开源|上线|宣布|亮相|下一代|新一代)[\dA-Za-z\p{{Han}}]){{0,8}}?"
                      r"{sp}模型{sp}[A-Z]?\d+(?:\.\d+)*")
# One suffix token after a family name; the loop in `_extend` takes as many as follow.
_SUFFIX = regex.compile(
    r"(?:"
    rf"(?:-|{_SP})?\d+[×x]\d+B(?![A-Za-z])"  # (before a version, which would stop at "8" of "8x7B")
    # (after a slash only a variant's letter: "ViT-G/22B"; after a size it lists a sibling, "Llama 3.1 8B/70B")
    # (a spaced size that a count's word follows is the count, not the name's: "GLM-4.5-Air 106B total with 12B active")
    rf"|(?:-|{_SP}|(?<=[A-Za-z])(?<!\d[BMT])/)\d+(?:\.\d+)?[BMT](?![A-Za-z])"
    rf"(?<!{_SP}\d*\.?\d+[BMT](?={_SP}+(?:total|active|activated|parameters|params)\b))"
    r"|-?A\d+(?:\.\d+)?B(?![A-Za-z])"  # (its active size: "混元-A13B", before "-A" alone takes the letter)
    rf"|(?:-|{_SP})E\d+B(?![A-Za-z])"  # (its effective size: "Gemma 3n E4B")
    r"|-\d+[Kk](?![A-Za-z0-9])"  # (its context length: "Yi-34B-200K", "GPT-4-32k")
    # (a score is no version: "Claude 3.5 Sonnet 92.0%" is not "Claude 3.5 Sonnet 92"; nor a dimension, "混元3D"; 分别
    # is "respectively": "Gemini 3分别于…")
    # (nor is a date: "o1 2024.12", "DeepSeek-R1 2025.01.20" in a table's row)
    rf"|(?:-|{_SP})?(?!(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])(?!\d))\d+(?:\.\d+)*(?:[a-z](?![a-z]))?(?![\d年月日%亿万个款倍]|分(?!别)|[BMTK](?![a-z])|家(?!族)|\.\d|D(?![A-Za-z0-9-]))"
    rf"|(?:-|{_SP}|(?<=[\p{{Han}}\d]))(?:{_VARIANTS})(?![A-Za-z])"  # (and glued to a version: "文心4.5Turbo")
    rf"|(?:-|(?<=\p{{Han}}))(?:{_JOINED_VARIANTS})(?![A-Za-z])"
    r"|-(?!AI(?![A-Za-z]))[A-Z]{1,2}(?![A-Za-z])"  # ("DeepSeek-AI" is the maker signing)
    rf"|-[a-z](?={_SP}\d)"  # (or in lower case before its version: "MiniCPM-o 2.6")
    r"|-[A-Z]{3,8}(?=-[A-Za-z0-9])"  # (a word in capitals inside a chain: "Llama 3.1-TAIDE-LX-8B")
    r"|-?[α-ωΑ-Ω]"
    # (a code of letters and numbers in turn too: "Skywork R1V4")
    rf"|(?:-|{_SP})?[A-Z]\d+(?:\.\d+)*(?:[A-Z]\d+(?:\.\d+)*)*(?![A-Za-z])"
    rf"|{_SP}[a-z]\d+\.\d+(?![A-Za-z0-9.])"
    r"|-v\d+(?:\.\d+)*"
    r"|-\d{4}(?!\d)"
    # a capitalized word joined to the family names a variant ("Yi-Lightning", "ERNIE-Speed", "DeepSeek-Prover")
    rf"|-(?!{_KIND_WORD}(?![A-Za-z]))[A-Z][a-z]++[A-Za-z]*+(?![A-Za-z0-9_])"
    # 文心大模型4.0, 文心大模型X1.1 (not "和文心大模型X1" after 文心大模型4.5: a conjunction starts another; nor a
    # verb of release, "DeepSeek发布推理模型R1": the family names its maker there)
    # (nor which of its makers' models: "DeepSeek下一代模型R2")
    rf"|{_MODEL_WORD_SUFFIX.format(sp='')}"
    # 混元图像3.0, 混元视频1.5: a modality's word and a point version (混元3D 3.0: the dimension's, apart or not)
    r"|(?:图像|视频|语音|翻译|代码|视觉|音乐)\d+\.\d+(?![\d.%])|3D[ \t]?\d+\.\d+(?![\d.%])"
    r")"
)
# ... and the same spaced from Latin and digits, as many write Chinese ("混元 3D 世界模型 1.0"): tried only where the
# suffixes fail and 模型 follows near (in the pattern above, every space after every name tried it)
_SPACED_MODEL_SUFFIX = regex.compile(_MODEL_WORD_SUFFIX.format(sp=r"[ \t]?"))
_SLASH_SIBLING = regex.compile(r"/([A-Z]\d+(?:\.\d+)*)(?![A-Za-z0-9])")
_SERIES = regex.compile(r"[ \t]?(?:系列|模型|大模型)")  # ("Phi系列", "Phi 系列": spaced from Latin, as many write it)
_SURNAME = re.compile(r"[ \t]+[A-Z][a-z]{3,}(?![A-Za-z0-9-])")  # ("Claude Gov" is a product)
_TEAM = regex.compile(r"[ \t]*(?:team(?![A-Za-z])|(?:大模型|模型)?团队)", regex.I)  # ("豆包大模型团队")
# A family's name before these names a product of its maker, no model ("the Gemini API", "the Claude SDK"; its
# app is the chatbot, which the family names too)
_PRODUCT = re.compile(r"[ \t]*(?:API|SDK)(?![A-Za-z0-9-])")
# A license named after its maker ("the MIT license", "Apache 2.0 License", "MIT许可证", "MIT协议") is no actor (nor
# one named after a model, no model: "the Llama 4 Community License").
_LICENSE_AFTER = (r"[ \t]*(?:\d+(?:\.\d+)*[ \t]*)?(?:(?:community|research|open(?:[ \t]+model)?)[ \t]+)?"
                  r"(?:licen[cs]e(?![A-Za-z])|(?:开源)?(?:许可|协议))"
                  r"|-licen[cs]ed\b")  # ("is MIT-licensed")
_LICENSE = re.compile(_LICENSE_AFTER, re.I)
# ... and a maker whose name is a license's, after a word of openness ("DeepSeek-R1 (open weights, MIT)", "released
# under MIT", "采用MIT")
_LICENSE_NAMED = frozenset(("MIT",))
_OPEN_BEFORE = regex.compile(r"(?:open[- ]weights?|open[- ]sourced?|under(?:\s+the)?|licen[cs]ed|开源|许可|采用)"
                             r"[^\n()（）.。;；]{0,12}$", regex.I)
# Generic Latin model-like names: a capitalized token with a digit, optionally hyphen-chained.
# (scanned by _names_at_word_starts, which applies _LEFT; the capital is checked at once too, and
# its letters not given back where no giving back can help: a capital inside a long run of letters,
# "AbAbAb…", was tried to the run's end, in time quadratic in its length)
_GENERIC = re.compile(
    rf"[A-Z](?<![{re.escape(_LEFT_STRING)}].)"
    r"(?:[A-Za-z]*+\d[A-Za-z0-9.]*|[A-Za-z0-9]++(?:[-·][A-Za-z0-9.]+)+|[a-z]++[A-Z][A-Za-z]++-\d[A-Za-z0-9.]*)"
    # (variants joined after a space: "Foo-4 Flash-Lite", "Bar-2 Mini-High", "Foo-4 Pro-Max"; not after a full stop, a
    # sentence's next word: "OpenAI shipped GPT-5. Sonnet 4.5 …")
    rf"(?:[-·][A-Za-z0-9.]+)*(?:(?<!\.){INLINE_SPACE}(?:{_VARIANTS})(?:-(?:{_VARIANTS}|High|high|Low|low))?"
    r"(?![A-Za-z]))*"
)
# Chinese product names by cue: quoted after a release verb, or Latin name before 模型.
# (or quoted right after the verb, a name written as names are, with a Latin letter, a digit, · or a hyphen:
# '百度联合鹏城实验室发布"鹏城-百度·文心"'; not '发布"百模大战"')
_QUOTED = regex.compile(r"(?:发布|推出|开源|上线|释出|发表)"  # (释出, 发表: as Taiwan writes them)
                        r"(?:[^\n\"，。,]{0,14}?(?:大模型|模型)|了?(?=\"[^\"\n]{0,15}[A-Za-z0-9·-]))\"([^\"\n]{2,16})\"")
# (or before the verb: "由清华大学牵头研发的大模型“九格”发布2.0版本"; not a word in quotes, "大模型“幻觉”问题")
_QUOTED_BEFORE_VERB = regex.compile(  # (a day between: "大模型“九章3.0”当天正式发布")
    rf"模型\"([^\"\n]{{2,16}})\"(?=\s*(?:当天|当日|今天|昨天|昨日|日前)?(?:正式|再次|今日|近日)?"
    rf"(?:{RELEASED}|亮相|问世|升级|迎来))")
# (or before the word for a model, with its version after or its makers before: "自主研发的“九章”大模型3.0版本"; not a
# word in quotes, "所谓“推理”模型"; found from the closing quote and the word, str.find's: a pattern led by the makers'
# words was tried at every character)
_MODEL_WORDS_AFTER_QUOTE = ('"模型', '"大模型', '"基础模型', '"语言模型')
_MAKERS_BEFORE_QUOTE = ("研发的", "自研的", "打造的", "训练的", "推出的", "发布的", "名为", "命名为",
                        # (or its release's verb: "某某科技发布“天穹”大模型")
                        "发布", "推出", "开源", "发布了", "推出了", "开源了")
_VERSION_NEXT = re.compile(r"[Vv]?\d")
# (or the word for a model inside the quotes, the name's own last word: "自主研发的“星海大模型”于11月20日通过备案")
_MODEL_WORD_IN_QUOTE = ('大模型"',)
_HAN_NAME_LONGEST = 6  # characters of such a name before the word


def _quoted_before_model(text: str) -> list[tuple[int, str]]:
    quoted = _quoted_names_before(text, _MODEL_WORDS_AFTER_QUOTE)
    found = [(start, text[start:close]) for start, close, word in quoted
             if text.endswith(_MAKERS_BEFORE_QUOTE, 0, start - 1)
             or _VERSION_NEXT.match(text, close + len(word)) is not None]
    found += [(start, text[start : close + len(word) - 1])
              for start, close, word in _quoted_names_before(text, _MODEL_WORD_IN_QUOTE)
              if close - start <= _HAN_NAME_LONGEST and HAN_RUN.fullmatch(text, start, close)
              and text.endswith(_MAKERS_BEFORE_QUOTE, 0, start - 1)]
    return sorted(found)


# (or with its day before the verb, a name written as names are: "“九章2.0”于2024年5月发布"; found from its closing
# quote and 于/在, str.find's, the name read back from there)
_DATED_AFTER_QUOTE = re.compile(rf"[^，。,；;\n\"]{{2,14}}?(?:{RELEASED})")
_QUOTED_NAME = regex.compile(r"[^\"\n]{2,16}")
_NAME_CHAR = re.compile(r"[A-Za-z0-9]")


def _quoted_names_before(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """(name's start, closing quote, the word) of each name in quotes on one line, 2 to 16 characters, closed right
    where one of `words` (each led by the closing quote, or closed by it: '大模型"', the word the name's own) stands:
    found from the quote with str.find."""
    for word in words:
        for close in occurrences(text, word):
            opened = text.rfind('"', max(0, close - 17), close)
            if opened != -1 and _QUOTED_NAME.fullmatch(text, opened + 1, close) is not None:
                yield opened + 1, close, word


def _quoted_dated(text: str) -> list[tuple[int, str]]:
    return sorted((start, text[start:close]) for start, close, _ in _quoted_names_before(text, ('"于', '"在'))
                  if _NAME_CHAR.search(text, start, close) is not None
                  and _DATED_AFTER_QUOTE.match(text, close + 2) is not None)


# (the name right before the cue, at a word start: _names_by_model_word; the cue's pattern is
# the reference that tests/test_name_scan.py holds that scan to)
_BEFORE_MODEL_NAME = re.compile(r"[A-Z][A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*")
_MODEL_CUE = "(?:系列)?大?模型"
# English cues for a name the registry does not know: "We present Zeta-7, a 12B-parameter language
# model", "a model called Orion", "our model, Orion," (the name before an apposition is found from
# its comma back).
_APPOSITION = re.compile(
    # (or a mixture of experts: "Trinity Mini, a 26B-parameter MoE")
    r",\s+(?:a|an|our|the|its)\s+(?:[\w.-]+\s+){0,5}?(?:model|LLM|chatbot|MoE)s?\b"
    r"(?!\s+(?:architecture|framework|layers?|library|routing|router))")
# (one pattern per noun, a literal first and no \b in front: `re` then jumps from one "model" to the
# next, where an alternation or a \b made it try every position)
_CALLED = [re.compile(rf"{noun}s?(?:,?\s+(?:called|named|dubbed)\s+|,\s+(?=[A-Z][\w.-]*(?:\s\d+(?:\.\d+)?)?,))"
                      r"([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s\d+(?:\.\d+)?(?=,))?)")  # ("our model, Zeta 2,")
           for noun in ("model", "chatbot", "LLM")]
# ... and in Chinese: "一款名为Zephyra的大模型", "代号为Orion"
_CALLED_ZH_WORDS = ("名为", "名叫", "叫做", "代号")  # (looked for first: few texts have any; 命名为 holds 名为)
_CALLED_ZH = re.compile(r"(?:名[为叫]|叫做|代号为?)[ \t]*(?:\"?"
                        r"([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ \t]\d+(?:\.\d+)*)?)(?![A-Za-z0-9_.-])"
                        # (or a Chinese name in quotes, the word for a model after it: "发布了名为“星河”的多模态大模型")
                        r"|\"([\u4e00-\u9fff][\u4e00-\u9fff\d.]{1,7})\"(?=[ \t]*的[^，,。；;\n]{0,8}?模型))")
# A name with no digit that a Chinese verb of release takes, in camel case or joined by hyphens
# ("美团开源LongCat-Flash-Chat", "腾讯发布HunyuanWorld"; not "发布AI", "推出API")
_RELEASED_NAME = re.compile(r"..了?[!！]?\s*((?:[A-Z][a-z]+(?:[A-Z][A-Za-z]*)+(?:-[A-Za-z0-9]+)*"
                            r"|[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z0-9]*)+)(?![\w-])"
                            r"(?:[ \t]\d+\.\d+(?![\w.%]))?)")  # (its point version after a blank: "JoyAI 2.0")


# (in English, only names joined by hyphens, each part capitalized, the last a model's variant: "Meituan open-sourced
# LongCat-Flash"; a name in camel case alone, or another word last, is a company's or a product's as often: "launched
# TikTok", "launched Search-Labs")
_EN_RELEASE_VERBS = ("released ", "launched ", "open-sourced ", "unveiled ", "introduced ")
_RELEASED_NAME_EN = re.compile(r"[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z0-9]*)+(?![\w-])")


# A Chinese name with its version after a hyphen ("深言-2", "天工-3.5"), that a release's verb takes or 模型
# follows: two to four Han characters, none a function word's ("推出的深言-2模型" names 深言-2), after a word
# that says it is new (not an ordinal's nor a counted word's: "第一-2", "新版本-2")
_FUNCTION_HAN = "的了和与及是将于在把被对从向为"
# (the version a number, or one or two letters and a number, or a size: "子曰-o1", "天穹-R1", "星辰-7B"; or a word in
# Latin letters and its number: "星河-VLA 1.0", "天工-Chat2")
_HAN_NAME = (rf"(?:全新|新一代|最新|新款|新版)?((?!{RELEASED}|第)"
             rf"(?:(?![{_FUNCTION_HAN}等个款])[\u4e00-\u9fff]){{2,4}}(?<![版本代期号款次轮])"
             r"-(?:[A-Za-z]{1,2}\d+(?:\.\d+)*|\d+(?:\.\d+)?[BM]|\d+(?:\.\d+)*|[A-Z][A-Za-z]{1,7}[ \t]?\d+(?:\.\d+)*))")
_RELEASED_HAN_NAME = re.compile(rf"了?[ \t]*{_HAN_NAME}(?![\d.%A-Za-z])")
# (or its version glued to it, a point version or a letter and a number, when 模型 or 系列 follows: "推出天穹2.0大模型",
# "发布天穹R1推理模型")
_RELEASED_HAN_GLUED = re.compile(rf"了?[ \t]*(?:全新|新一代|最新|新款|新版)?((?!{RELEASED}|第)"
                                 rf"(?:(?![{_FUNCTION_HAN}等个款])[\u4e00-\u9fff]){{2,4}}(?<![版本代期号款次轮级])"
                                 r"(?:\d+\.\d+|[A-Z]\d+(?:\.\d+)?))(?=(?:大|推理|语言|多模态|视觉|基础|基座)?模型|系列)")
_HAN_NAME_ENDS = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_FUNCTION_HAN}])|(?<={RELEASED}|亮相|升级))"
                            rf"{_HAN_NAME}$")


def _released_names(text: str) -> list[tuple[int, str]]:
    found = []
    for verb in RELEASE_VERBS:
        for pos in occurrences(text, verb):
            after = text[pos + 2 : pos + 4]
            first = text[pos + 2 : pos + 6].lstrip("了!！ \t")[:1]  # (past 了 and an exclamation: "发布了！FooBar")
            if "A" <= first <= "Z" and (m := _RELEASED_NAME.match(text, pos)):
                found.append((m.start(1), m.group(1)))  # (a capital right after the verb, tested first: few have one)
            elif "\u4e00" <= after[:1] <= "\u9fff" and (
                    (text.find("-", pos + 3, pos + 12) != -1 and (m := _RELEASED_HAN_NAME.match(text, pos + 2)))
                    or ((text.find("模型", pos + 5, pos + 20) != -1 or text.find("系列", pos + 5, pos + 16) != -1)
                        and (m := _RELEASED_HAN_GLUED.match(text, pos + 2)))):
                found.append((m.start(1), m.group(1)))
    return found


def _released_names_en(text: str) -> list[tuple[int, str]]:
    found = []
    for word in _EN_RELEASE_VERBS:
        for pos in occurrences(text, word):
            at = pos + len(word)
            if "A" <= text[at : at + 1] <= "Z" and (named := _RELEASED_NAME_EN.match(text, at)) \
                    and named.group(0).rsplit("-", 1)[1] in VARIANT_SET:
                found.append((at, named.group(0)))
    return found


# A name that its size in parentheses follows: "Gopher (280B parameters)", "Jurassic-1（1780亿参数）"
_SIZE_IN_PARENS = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*(?:万亿|亿|[BMT]|billion|trillion|million)[\s-]*(?:个)?")
_SIZE_CUES = ("参数）", "参数)", "parameters)")
_NAME_LIKE = re.compile(r"[\d.-]|[A-Z]")


def _sized_names(text: str) -> list[tuple[int, str]]:
    found = []
    for cue in _SIZE_CUES:
        for pos in occurrences(text, cue):
            opening = max(text.rfind("(", max(0, pos - 24), pos), text.rfind("（", max(0, pos - 24), pos))
            if opening < 1 or not _SIZE_IN_PARENS.fullmatch(text, opening, pos):
                continue
            end = opening - 1 if text[opening - 1] == " " else opening
            name = _BEFORE_MODEL_NAME.fullmatch(text, _run_start(text, end), end)
            # (a name as models are written, with a digit, a joint or a capital inside: not "Baseline (7B parameters)")
            if name is not None and _NAME_LIKE.search(name.group(0), 1) is not None:
                found.append((name.start(), name.group(0)))
    return found


# A model's Latin name in parentheses after its Chinese one: "OPPO的安第斯大模型（AndesGPT）"
_NAME_IN_PARENS = re.compile(r"[（(]([A-Z][A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*)[)）]")


def _named_in_parens(text: str) -> list[tuple[int, str]]:
    found = []
    for cue in ("模型（", "模型("):
        for pos in occurrences(text, cue):
            # (written as models are: not "模型（Agent）")
            if (m := _NAME_IN_PARENS.match(text, pos + 2)) is not None and _NAME_LIKE.search(m.group(1), 1):
                found.append((m.start(1), m.group(1)))
    return found


# A model's name defined with its initials after it, its maker's or a verb of release before it ("Meta's Code World
# Model (CWM)", "Google released the Pathways Language Model (PaLM)"): a name of capitalized words whose last is Model
# or Transformer and whose initials are the capitals in the parentheses; the two forms one model's (not "Anthropic's
# Model Context Protocol (MCP)", nor "OpenAI's Large Language Model (LLM)", a kind the registry holds no model)
_INITIALED_CUES = ("Model (", "Transformer (")
_INITIALS = regex.compile(r"([A-Z][A-Za-z]{1,5})\)")
_INITIALED_WORD = regex.compile(r"[A-Z][a-z]+[ \t-]$")
_INITIALED_MAKER = regex.compile(r"(?:['’]s|\b(?:released|launched|unveiled|introduced|open-sourced|announced"
                                 r"|presented)(?:\s+(?:its|the|a|their))?(?:\s+new)?)\s+$")


def _initialed_names(text: str, reg: Registry) -> list[ModelMention]:
    found = []
    for cue in _INITIALED_CUES:
        for pos in occurrences(text, cue):
            initials = _INITIALS.match(text, pos + len(cue))
            if initials is None or reg.is_not_model(initials.group(1)):
                continue
            capitals = [ch for ch in initials.group(1) if ch.isupper()]
            start = pos
            for _ in capitals[:-1]:  # (one word before the last for each capital before its own)
                word = _INITIALED_WORD.search(text, max(0, start - 16), start)
                if word is None:
                    break
                start = word.start()
            name = text[start : pos + len(cue) - 2]
            words = regex.split(r"[ \t-]", name)
            if len(words) != len(capitals) or [w[0] for w in words] != capitals \
                    or _INITIALED_MAKER.search(text, max(0, start - 40), start) is None:
                continue
            # (the registry's model when it knows the initials: "Pathways Language Model (PaLM)" is PaLM; its maker
            # before it, "Meta's", is read as any model's is)
            short = initials.group(1)
            canonical, org = _identity(short, reg, None) if fold(short) in reg.model_by_key \
                else (fam.name, fam.org) if (fam := reg.family_by_form.get(short)) is not None and fam.bare \
                else (name, None)
            found += [ModelMention(start, start + len(name), name, canonical, org, "cue"),
                      ModelMention(initials.start(1), initials.end(1), short, canonical, org, "cue")]
    return found


# A digest's numbered heading (or numbered line, in a text without markdown) that names an item and its maker in
# parentheses: "### 3. Nemotron Elastic（英伟达）", "2. Gemini Diffusion (Google)" (a Latin name, the maker one the
# registry knows: see _headed_items)
_HEADED_ITEM = re.compile(rf"(?:#{{1,6}}[ \t]+)?{ITEM_NUMBER}[ \t]*(?:\*\*)?"
                          r"([A-Z][A-Za-z0-9.-]*(?:[ \t][A-Z0-9][A-Za-z0-9.-]*){0,3})(?:\*\*)?[ \t]*"
                          r"[(（]([^()（）\n]{1,20})[)）](?:\*\*)?[ \t]*(?=\n|$)")


def _headed_items(text: str, reg: Registry) -> list[tuple[int, str]]:
    """(found from the lines that end in a closing parenthesis; not a maker's own event or product that its name opens:
    "### 3. NVIDIA GTC（英伟达）")"""
    ends = sorted(chain(occurrences(text, "）\n"), occurrences(text, ")\n"),
                        [len(text) - 1] if text.endswith(("）", ")")) else []))
    found = []
    for end in ends:
        line_start = text.rfind("\n", 0, end) + 1
        m = match_at(_HEADED_ITEM, text, line_start)
        if m is not None and reg.is_org(m.group(2).strip()) and not reg.is_org(m.group(1).split()[0]):
            found.append((m.start(1), m.group(1)))
    return found


# A release note's section of models ("### Models", "## New models", "### 新模型"): the names its items open with are
# models', known or not ("- **foo-4-pro** — new flagship, 2M context")
# (or of models retired: "### Deprecations" over "- `foo-3-pro` will be retired on 2026-01-15")
_MODELS_HEADING = re.compile(r"(?m)^#{1,6}[ \t]+(?:(?i:new|updated|deprecated)[ \t]+)?(?:[Mm]odels?|模型|新模型)[ \t]*$"
                             r"|^#{1,6}[ \t]+(?:[Dd]eprecations?|[Rr]etirements?|下线模型|模型下线)[ \t]*$")
_MODELS_HEADING_WORDS = ("odels\n", "odel\n", "模型\n", "ecation\n", "ecations\n", "ement\n", "ements\n", "下线\n")
# (the name before the dash, colon or parenthesis that ends it: normalized text has dropped its bold or its code marks)
_SECTION_ITEM = re.compile(r"[ \t]*[-*+•][ \t]+(?P<name>[A-Za-z][\w.-]*\d[\w.-]*)"
                           r"(?=[ \t]*(?:[—–:：(（]|--?[ \t])|[ \t]+(?:will|is|are|has|was)[ \t])")


def _section_items(text: str) -> list[tuple[int, str]]:
    """The names that open the items of a release note's section of models (_MODELS_HEADING), to the next heading."""
    if not contains_any(text, _MODELS_HEADING_WORDS, 0, len(text)):
        return []
    found = []
    for heading in _MODELS_HEADING.finditer(text):
        pos = heading.end() + 1
        while pos < len(text) and not text.startswith("#", pos):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            if (item := _SECTION_ITEM.match(text, pos, end)) is not None:
                found.append((item.start("name"), item.group("name")))
            pos = end + 1
    return found


# A model's code name: "代号为"Orion"的新一代模型", "a new model code-named "Orion"".
_CODENAME = regex.compile(
    r"代号(?:为|是)?\s*\"([^\"\n]{2,16})\"(?=[^\n，。,]{0,10}?模型)"
    # (a number after a space only inside the quotes: "code-named "Orion 2"")
    # (or of a model's successor or flagship: "A successor, reportedly code-named Avocado, is expected in 2026")
    r"|(?i:model|LLM|successor|flagship)[^.\n]{0,30}?(?i:code-?named)\s+\"?([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s\d+(?:\.\d+)?(?=\"))?)")


def _code_names(text: str) -> list[tuple[int, str]]:
    if "代号" not in text and "named" not in text:  # (rare: the pattern is tried only where it can match)
        return []
    return [(m.start(m.lastindex or 1), m.group(m.lastindex or 1)) for m in _CODENAME.finditer(text)]


# (not a metric: "上的Pass@1得分")
_OWNED = regex.compile(r"的[ \t]?([A-Z][A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*(?:\s\d+(?:\.\d+)?)?)(?![A-Za-z0-9@])")
# (nor a person: "谷歌的Shazeer等人提出了…", "的Hinton教授")
# (not the text about the model: "Foo-3技术报告", "Foo-3技术解读")
# (the words for hardware or a format, after a name or a code that names one: "the Foo-9 chip", "苹果M1芯片", "the V0
# engine", "the UE8M0 format": _NOT_AFTER's and _CHIP_AFTER's)
_HARDWARE_ZH = "芯片|处理器|显卡|加速卡|引擎|格式"
_HARDWARE_EN = "chip|superchip|processor|GPU|TPU|accelerator|engine|format"
_NOT_AFTER = re.compile(r"-like|\s*(?:框架|库|工具|平台|方法|技术(?!报告|解读|解析|详解|分析|细节|亮点|博客|文档)|架构"
                        rf"|数据集|基准|算法|API|协议|指数|{_HARDWARE_ZH}"
                        # (or what a method or a library is: "the Bar-2 architecture"; not "Foo-9 Pro")
                        rf"|(?i:(?:{_HARDWARE_EN}|architecture|framework|librar(?:y|ie)|toolkit|algorithm|protocol"
                        r"|dataset)s?\b)"
                        r"|等人|教授(?!版)|博士(?!版)|院士|先生|女士|本人"
                        # (an event's: "的Create开发者大会", "的FORCE原动力大会"; not a model's launch: "Foo-3模型
                        # 发布会")
                        r"|(?:(?!模型)[\u4e00-\u9fff]){0,6}?(?:大会|峰会|发布会|论坛|博览会|会议)|开发者日)")
_LATIN_WORD_AFTER = regex.compile(r"\s[A-Za-z]")
_UNIT_PART = regex.compile(r"^\d+(?:\.\d+)?(?:bit|fps|ms|GB|MB|KB|K|k|p|x|X|s|nm|W|Hz|D)$")
# (but a context length after a size ends a model's name: "Yi-34B-200K", "Foo-7B-32k")
_LENGTH_VERSION = regex.compile(r"-\d+(?:\.\d+)?[BM]-\d+[Kk]$")


class ModelMention(NamedTuple):
    start: int
    end: int
    text: str  # as written (normalized text), without 系列
    canonical: str  # registry name, or the written name with the family's canonical spelling
    org: str | None  # registry organization
    source: str  # "registry" | "family" | "cue" | "generic" | "table" | "list" | "short" (_SOURCE_RANK)


class OrgMention(NamedTuple):
    start: int
    end: int
    text: str
    canonical: str


def _names_at_word_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Leftmost matches of a list of names whose preceding character is not in _LEFT_CHARS (of a name that
    starts with a Han character, not in _LEFT_OF_HAN): what `_LEFT_NAME + names` finds, but the names pattern
    has no lookbehind in front, so the stdlib `re` engine can jump between possible first characters (about
    five times faster)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and text[start - 1] in (_LEFT_OF_HAN if "\u3400" <= text[start] <= "\u9fff" else _LEFT_CHARS):
            pos = start + 1  # not at a word start: a name may still begin inside this match
            continue
        yield m
        pos = max(m.end(), start + 1)


@cache
def _registry_pattern() -> re.Pattern[str]:
    reg = load_registry()
    forms = set(reg.family_by_form)
    for model in reg.models:
        forms.update((model.name, *model.aliases))
    forms.update([spaced(form) for form in forms])  # ("混元 Turbo S": fold() finds the model whatever the spaces)
    # (not a domain's, "Qwen.ai", nor a number after a point, unless after a name in capitals: "FLUX.2"; after a
    # letter, a capital only when a digit or capital follows, "DeepSeekV3", "QwenVL": not "IBM WatsonX")
    return re.compile(rf"{trie_pattern(forms)}(?![a-z])(?:(?<![A-Za-z])|(?![A-Z](?![A-Z\d])))(?!\.[A-Za-z])"
                      r"(?:(?<=[A-Z])|(?!\.\d))")


@cache
def _lower_families() -> dict[str, Family]:
    """Latin family names in lower case, as model ids write them ("qwen", "deepseek")."""
    return {form.lower(): fam for form, fam in load_registry().family_by_form.items()
            if form.isascii() and form.isalpha() and len(form) >= 3}


# Model ids as APIs and model hubs write them, in lower case, led by a family's name: "gpt-4o-mini",
# "qwen2.5-72b-instruct", "deepseek-chat", "doubao-seed-1.6-thinking". Found from where a lower-case
# word meets a digit or a hyphen (a trie of the families at every letter cost a third of the name scan);
# and names as chats and forums write them, in lower case with spaces: "gemini 3 pro", "llama 3.1 70b",
# "claude opus 4.5", "kimi k2" (not a family that is also a common word: "step 2", "seed 42").
_ID_JOINT = re.compile(r"[a-z](?=[-\d]| [a-z]?\d)")
_ID_REST = re.compile(r"(?:\d[a-z0-9.]*)?(?:-[a-z0-9][a-z0-9.]*)+(?![A-Za-z0-9_-])|\d[a-z0-9.]*(?![A-Za-z0-9_.-])")
# (the variant words no sentence goes on with: not "next", "code", "base", "fast", "image")
_LOWER_VARIANTS = "pro|flash|lite|mini|nano|max|plus|turbo|ultra|instruct|thinking|sonnet|opus|haiku|scout|maverick" \
    "|preview|exp|coder|heavy|vl|omni"
_SPACED_SIZE = r"a?\d+(?:\.\d+)?b"  # (a size, or its active size: "30b", "a3b")
_SPACED_REST = re.compile(rf" (?!(?:19|20)\d\d(?!\d))[a-z]?\d+(?:\.\d+)?(?![\d%]|\.\d|[A-Za-z])"
                          rf"(?: (?:{_LOWER_VARIANTS}|{_SPACED_SIZE})(?:-(?:{_LOWER_VARIANTS}))*"
                          r"(?![A-Za-z0-9_%-]|\.\d))*")
_SPACED_VARIANTS = frozenset([*_LOWER_VARIANTS.split("|"), "small", "medium", "large"])  # (between family and version)
_SPACED_SIZES = re.compile(rf"(?: {_SPACED_SIZE}(?![A-Za-z0-9_%-]|\.\d))+")  # ("qwen3 30b a3b")


def _identity(name: str, reg: Registry, org: str | None) -> tuple[str, str | None]:
    """The registry's name and organization for `name`, else `name` and `org`."""
    known = reg.model_by_key.get(fold(name))
    return (known.name, known.org) if known is not None else (name, org)


def _api_ids(text: str, reg: Registry) -> list[ModelMention]:
    families = _lower_families()
    found: list[ModelMention] = []
    for joint in _ID_JOINT.finditer(text):
        end = joint.end()
        if found and end <= found[-1].end:
            continue
        start = end - 1
        while start and "a" <= text[start - 1] <= "z":
            start -= 1
        if text.startswith(" ", end):
            if (mention := _spaced_name(text, start, end, reg)) is not None:
                found.append(mention)
            continue
        if (start and text[start - 1] in _LEFT_CHARS) or text[start:end] not in families:
            continue
        rest = _ID_REST.match(text, end)
        name = text[start : rest.end()].rstrip(".") if rest else ""
        if name and text.startswith(" ", start + len(name)) and (sizes := _SPACED_SIZES.match(text, start + len(name))):
            name = text[start : sizes.end()]
        if not rest or name.rsplit("-", 1)[-1] in _TOOL_SUFFIXES:
            continue  # "gemini-cli", "claude-code": tools built on a model
        found.append(ModelMention(start, start + len(name), name, *_identity(name, reg, _family_org(name, reg)),
                                  "generic"))
    return found


def _spaced_name(text: str, start: int, end: int, reg: Registry) -> ModelMention | None:
    """A lower-case name written apart from its version at text[start:end] + " 4.5": "grok 4.1", "claude opus 4.5"
    (a variant word between, after its family), or a registry model's "opus 4.5"."""
    families = _spaced_families()
    family = families.get(word := text[start:end])
    if (family is None and word not in _SPACED_VARIANTS) or (start and text[start - 1] in _LEFT_CHARS) \
            or (rest := _SPACED_REST.match(text, end)) is None:
        return None  # (most words before a number are neither: "in 2025", "page 2")
    if family is None and text[start - 1 : start] == " ":
        family_start = start - 1
        while family_start and "a" <= text[family_start - 1] <= "z":
            family_start -= 1
        if (family := families.get(text[family_start : start - 1])) is not None \
                and not (family_start and text[family_start - 1] in _LEFT_CHARS):
            start = family_start
    written = text[start : rest.end()]
    if family is None:
        known = reg.model_by_key.get(fold(written))
        return None if known is None else ModelMention(start, rest.end(), written, known.name, known.org, "generic")
    words = (w.upper() if w[-1] == "b" and w[-2].isdigit() else "-".join(map(str.capitalize, w.split("-")))
             for w in written.split()[1:])  # ("70b" -> "70B", "flash-lite" -> "Flash-Lite")
    canonical = " ".join([family.name, *words])
    return ModelMention(start, rest.end(), written, *_identity(canonical, reg, family.org), "generic")


@cache
def _spaced_families() -> dict[str, Family]:
    """Lower-case family names that may stand apart from their version: not the registry's common words."""
    common = load_registry().common_words
    return {form: fam for form, fam in _lower_families().items() if form not in common}


_TOOL_SUFFIXES = frozenset(["cli", "sdk", "api", "cpp", "js", "py", "app", "desktop", "plugin", "server", "client",
                            "web", "code", "tools", "agent", "hub"])


@cache
def _org_pattern() -> re.Pattern[str]:
    reg = load_registry()
    names = sorted((n for n in reg.org_forms if n and not n.islower()), key=len, reverse=True)  # (as written)
    # A Latin name must not run on into a longer word; a Chinese one may be followed by anything.
    return re.compile(rf"{trie_pattern(names)}(?:(?<=[^A-Za-z0-9])|(?![A-Za-z0-9]))")


@cache
def _lower_orgs() -> tuple[str, ...]:
    """The names written in lower case ("vivo", "deepseek"), found by str.find: in the names' pattern, a lower-case
    first letter made the engine stop at most words of a text (+0.3 % of the extraction for three of them)."""
    return tuple(n for n in load_registry().org_forms if n.islower())


def _org_spans(text: str) -> list[tuple[int, int]]:
    """Where the registry's organizations are named, left to right."""
    spans = [m.span() for m in _names_at_word_starts(_org_pattern(), text)]
    lower = [(pos, pos + len(name)) for name in _lower_orgs() for pos in occurrences(text, name)
             if not (pos and text[pos - 1] in _LEFT_CHARS) and not _runs_on(text, pos + len(name))]
    return sorted(spans + lower) if lower else spans


def _runs_on(text: str, end: int) -> bool:
    """Whether a Latin word goes on at `end` (a name found there is part of a longer word)."""
    return end < len(text) and text[end].isascii() and text[end].isalnum()


def find_orgs(text: str) -> list[OrgMention]:
    reg = load_registry()
    found = []
    for start, end in _org_spans(text):
        name = text[start:end]
        if match_at(_LICENSE, text, end) or (
                name in _LICENSE_NAMED and _OPEN_BEFORE.search(text, max(0, start - 40), start)):
            continue
        found.append(OrgMention(start, end, name, reg.canonical_org(name) or name))
    unknown = _unknown_companies(text, found)
    return sorted(found + unknown) if unknown else found


# A company the registry does not know, named by the word its name ends with, as the subject of a release's verb
# ("Acme AI today announced Orion-2", "Foo Labs quietly shipped Foo-2"): the maker of what it puts out
# (the word led by its blank, then the verb after it: a pattern led by the words was tried at every capital)
# (or of one to come, "We expect Foo Labs to launch Foo-5", and whose model it is, "Baz Corp's Baz-3")
_COMPANY_WORD = re.compile(r" (?:AI|Labs?|Research|Technologies|Robotics|Corp)(?=[ \t.,;:)]|['’]s?[ \t])")
_RELEASE_NEXT = re.compile(
    # (past an apposition: "Nimbus AI, a leader in enterprise AI, today announced …"; a headline's capital: "Nimbus AI
    # Launches Stratus-2")
    r"(?:,\s+(?:a|an|the)\s+[^,\n]{1,60}?,)?\s+(?:(?:today|has|have|quietly|officially|also|just|recently|then|on\s+\w+)\s+)*"
    r"(?:[Aa]nnounce[sd]|[Rr]elease[sd]|[Ll]aunch(?:es|ed)|[Uu]nveil(?:s|ed)|[Ii]ntroduce[sd]|open-source[sd]"
    r"|[Ss]hip(?:s|ped)|[Dd]ebut(?:s|ed)|publishe[sd]|drop(?:s|ped)"
    r"|(?:is\s+(?:expected|set|slated|planning)\s+)?to\s+(?:launch|release|ship|unveil|open-source|announce|debut))\b"
    r"|['’]s?\s+(?=[A-Z][\w.]*-?\d)")
# (or named after the word for a startup, then its release's verb: "Startup Nexa unveiled Orion", "A startup called Vela
# launched Vela-1", "AI startup Nexa released …")
# (a company's word in capitals, as a subject writes it: "Acme", "Black Forest Labs", "AT&T"; also the events')
CAPITAL_WORD = r"[A-Z][A-Za-z0-9&.'’-]*"
_STARTUP_NAMED = re.compile(r"(?<![\w-])[Ss]tartup[ \t]+(?:(?:called|named)[ \t]+)?"
                            rf"({CAPITAL_WORD}(?:[ \t]+{CAPITAL_WORD}){{0,2}}?)(?={_RELEASE_NEXT.pattern})")
_LEGAL_FORM = re.compile(r",?[ \t]+(?:Inc|Corp|Ltd|LLC|Co)\.?,?")  # (before the verb: "Acme AI, Inc. today …")
_NAME_BEFORE = re.compile(r"(?:(?<![\w.-])[A-Z][A-Za-z0-9&-]*[ \t]+){1,2}$")
# (words that open a sentence or describe, no company's name: "Today Acme AI …", "Generative AI launched …"; besides
# the adverbs and time words no apposition follows either, _NOT_APPOSED)
_NOT_NAME_WORDS = frozenset(("The", "On", "In", "At", "This", "Startup", "And", "But", "Generative", "Open", "Agentic",
                             "Conversational", "Artificial", "Responsible", "Frontier", "Enterprise", "Applied"))


# A company the registry does not know, named with a word for a company in apposition to it ("Reflection AI, the startup
# founded by former DeepMind researchers, said …"; the events read it too, for the company its sentence says "the
# startup" of); not a lead of time or of a clause ("On Wednesday, the company …", "Meanwhile, the startup …")
APPOSED_COMPANY = (r"(?![A-Z][a-z]+ly\b|(?:On|In|At|By|For|During|Last|This|That|Earlier|Later|Then|Meanwhile|However"
                   r"|Today|Yesterday|Tomorrow|Separately|Also|Still|Now|Next|Finally|After|Before|Since|Until|With"
                   rf"|Like|Unlike|Instead|Overall|{EN_WEEKDAY}|{MONTH_NAME})\b)"
                   r"(?<![\w.&-])([A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3}),[ \t]+(?:the|a|an)[ \t]+"
                   r"(?:[\w-]+[ \t]+){0,3}?(?:startup|company|firm|lab|developer)\b")
_APPOSED_COMPANY = re.compile(APPOSED_COMPANY)
_COMPANY_NOUNS = (" startup", " company", " firm", " lab", " developer")  # (found in C first, each a word)
_APPOSED_REACH = 80  # characters from the name's start to the word for a company


def _apposed_companies(text: str, known: list[OrgMention]) -> list[OrgMention]:
    found = []
    for noun in _COMPANY_NOUNS:
        for pos in occurrences(text, noun):
            end = pos + len(noun)
            if text[end : end + 1].isalpha():
                continue  # (a word of its own: not "laboratory", "firmware")
            m = _APPOSED_COMPANY.search(text, max(0, pos - _APPOSED_REACH), end)
            if m is not None and m.end() == end and not _overlaps(known, m.start(1), m.end(1)) \
                    and m.group(1).split()[0] not in _NOT_NAME_WORDS:
                found.append(OrgMention(m.start(1), m.end(1), m.group(1), m.group(1)))
    return found


def _unknown_companies(text: str, known: list[OrgMention]) -> list[OrgMention]:
    found = _apposed_companies(text, known) if ", " in text else []
    for word in _COMPANY_WORD.finditer(text):
        at, word_end = word.start(), word.end()
        legal = match_at(_LEGAL_FORM, text, word_end) if text[word_end : word_end + 1] in (",", " ") else None
        verb = match_at(_RELEASE_NEXT, text, legal.end() if legal is not None else word_end) is not None
        if not verb and text.find(" by ", max(0, at - 44), at) == -1:
            continue  # (most "AI"s of a text are neither: tested before the name is looked for)
        before = _NAME_BEFORE.search(text, max(0, at - 39), at + 1)
        if before is None:
            continue
        words = before.group(0).split()
        while words and (words[0] in _NOT_NAME_WORDS or _NOT_APPOSED.fullmatch(words[0])):
            words = words[1:]
        start = at - len(" ".join(words))
        if not verb and not text.endswith(" by ", 0, start):
            continue  # (the maker named after "by": "fine-tuned from Qwen2.5-7B by Foo Labs")
        if not words or text[start:at] != " ".join(words) or _overlaps(known, start, word_end) \
                or _overlaps(found, start, word_end):
            continue  # (words apart by more than a blank; or a company the registry knows: "Google AI"; or one its
            # apposition found: "Nimbus Labs, a developer of …, today announced")
        found.append(OrgMention(start, word_end, text[start:word_end], text[start:word_end]))
    if "tartup" in text:  # (found in C first: few texts say it)
        for named in _STARTUP_NAMED.finditer(text):
            if not _overlaps(known, *named.span(1)) and not _overlaps(found, *named.span(1)):
                found.append(OrgMention(named.start(1), named.end(1), named.group(1), named.group(1)))
    for pattern in (_COMPANY_ZH if '"' in text else None,
                    _STARTUP_ZH if "初创" in text or "创业" in text else None):  # (their marks found in C first)
        for named in pattern.finditer(text) if pattern is not None else ():
            if not _overlaps(known, named.start(1), named.end(1)):
                found.append(OrgMention(named.start(1), named.end(1), named.group(1), named.group(1)))
    return _companies_named_again(text, known, found) if found else found


_NAMED_AGAIN_MOST = 16  # companies the registry does not know, each looked for again


def _companies_named_again(text: str, known: list[OrgMention], found: list[OrgMention]) -> list[OrgMention]:
    """`found` and the other mentions of their names in the text, once a sentence has shown each to be a company's
    ("具身智能公司「星海图」完成融资。此前，星海图已于5月发布了G0": the second 星海图 too); a Latin name at word
    bounds only."""
    spans = {(o.start, o.end) for o in found}
    again: list[OrgMention] = []
    # (the first few names: each is looked for over the whole text, and a text may name one new company a line)
    for name in list(dict.fromkeys(o.text for o in found))[:_NAMED_AGAIN_MOST]:
        latin = name[0].isascii()
        for pos in occurrences(text, name):
            end = pos + len(name)
            if (pos, end) in spans or _overlaps(known, pos, end) or (latin and (
                    text[pos - 1 : pos].isalnum() or text[end : end + 1].isalnum())):
                continue
            again.append(OrgMention(pos, end, name, name))
    return found + again


def _overlaps(known: list[OrgMention], start: int, end: int) -> bool:
    return any(o.start < end and start < o.end for o in known)


# ... and in Chinese, the name in quotes after the word for a company ("大模型公司「智元星辰」完成融资": normalized to
# straight quotes; led by the quote, which the engine jumps between)
_COMPANY_ZH = re.compile(r"\"(?<=(?:公司|企业|创企|角兽|厂商)\")([\u4e00-\u9fffA-Za-z0-9]{2,12})\"")
# (or without quotes after the word for a startup, the name ending in a company's word, before its release's verb:
# "初创公司月影科技今天发布了…")
_STARTUP_ZH = re.compile(r"(?:初创|创业)(?:公司|企业)[ \t]*([\u4e00-\u9fff]{2,8}?(?:科技|智能|人工智能|机器人|实验室))"
                         r"(?=[ \t]*(?:今天|今日|近日|日前|昨日|昨天|正式|宣布|也)?[ \t]*(?:发布|推出|开源|上线|宣布))")


# A name's numbers come together: a number written apart after its version or size is a figure of
# its own ("Llama 3.1 8B 38 tokens/s", "Phi-3-mini 62"), unless it is a size or a date code
# ("Llama 3.1 8B", "DeepSeek V3 0324"); before any, it is the version ("Gemini Pro 1.5").
_APART_NUMBER = re.compile(r"\s+(?!\d{4}$)\d+(?:\.\d+)*[a-z]?")
# ... and a size written apart after a name that has its size is a figure of its own: a table's column of sizes after
# its names' ("Llama-2-70B 70B 68.9 …", "Mistral-7B 7B")
_APART_SIZE = re.compile(r"\s+\d+(?:\.\d+)?[BMT]")
_SIZE_IN_NAME = re.compile(r"\d[BMT](?![A-Za-z])")


# What a suffix token can start with (a Han character only before 模型, and a modality's word: the last branches).
# Most names are followed by none of them ("GPT-4发布", "Qwen3,"): the pattern is not tried there.
_SUFFIX_FIRST = frozenset("-/0123456789 \t\u00a0\u1680\u202f\u205f\u3000ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          "abcdefghijklmnopqrstuvwxyz图视语翻代音"
                          + "".join(map(chr, [*range(0x2000, 0x200B), *range(0x391, 0x3AA), *range(0x3B1, 0x3CA)])))


_DOT_VERSION = regex.compile(r"\.\d+(?:\.\d+)*(?![\d%]|\.\d)")  # (a sentence may end after it: "… pushed out FLUX.2.")


_TRANSLATED: tuple[frozenset[str], regex.Pattern[str]] | None = None


def _translated_variant() -> tuple[frozenset[str], regex.Pattern[str]]:
    """The first characters of the variants' Chinese names, and a pattern for one after a version or a Chinese name
    ("双子座2.5专业版", "双子座 2.0 闪电思维"); made at the first use (a module's global: asked after most names, a
    cached function's call cost more than the test)."""
    global _TRANSLATED
    if _TRANSLATED is None:
        words = list(load_registry().variant_translations)  # (the longest first)
        _TRANSLATED = (frozenset(w[0] for w in words),
                       regex.compile(rf"(?<=[\d\p{{Han}}])[ \t]?(?:{'|'.join(words)})"))
    return _TRANSLATED


def _translated_at(text: str, pos: int) -> int:
    """Where a variant's Chinese name at `pos` (after a blank, perhaps) ends, else 0."""
    first, pattern = _translated_variant()
    if text[pos] not in first and text[pos + 1 : pos + 2] not in first:
        return 0
    m = match_at(pattern, text, pos)
    return m.end() if m is not None else 0


def _extend(text: str, start: int, end: int) -> int:
    """Consume suffix tokens (versions, sizes, variants) after the name at text[start:end]."""
    numbered = any(ch.isdigit() for ch in text[start:end])
    if text.startswith(".", end) and text[start:end].isupper() and (dot := match_at(_DOT_VERSION, text, end)):
        end = dot.end()  # (a name in capitals takes its version after a point: "FLUX.1", "FLUX.2")
        numbered = True
    while True:
        if end >= len(text) or (text[end] not in _SUFFIX_FIRST and not text[end].isdecimal()  # (\d: any script's)
                                and text.find("模型", end, end + 10) == -1):
            if end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and (translated := _translated_at(text, end)):
                end = translated  # ("双子座2.5专业版")
                continue
            return end
        m = match_at(_SUFFIX, text, end)
        if (not m or m.end() == end) and ("\u4e00" <= text[end] <= "\u9fff" or (
                text[end] in " \t" and "\u4e00" <= text[end + 1 : end + 2] <= "\u9fff")) \
                and (translated := _translated_at(text, end)):
            end = translated  # ("双子座 2.0 闪电思维"; "“克劳德3.7十四行诗”模型": before 模型)
            continue
        if (not m or m.end() == end) and (text[end] in " \t" or text[end].isdigit()) \
                and text.find("模型", end, end + 20) != -1:
            m = match_at(_SPACED_MODEL_SUFFIX, text, end)
        if not m or m.end() == end:
            return end
        token = m.group(0)
        if numbered and (_APART_NUMBER.fullmatch(token) or (_APART_SIZE.fullmatch(token)
                                                             and _SIZE_IN_NAME.search(text, start, end))):
            return end
        numbered = numbered or any(ch.isdigit() for ch in token)
        end = m.end()


# (a month and its day after a slash too: "4/29 Qwen3发布" in a timeline's line)
_DATE_TOKEN = re.compile(r"\d[./-]\d{1,2}[./-]\d{1,4}$|(?<!\d)(?:19|20)\d\d(?:[./-]\d{1,2})?$"
                         r"|(?<![\d:])\d{1,2}:\d\d(?::\d\d)?$|(?<![\d./])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])$")


_TAGGED_VERSION = re.compile(r"[vV]\d+(?:\.\d+)*")  # (another's version before the name: "LiveCodeBench v6 GPT-5")
_CHIP_LEAD = re.compile(r"(?<![A-Za-z0-9.])\d{1,2}[s+]?(?: Elite)? $")


def _after_number(text: str, start: int) -> bool:
    """ "8 Gen 4" is a chip: a name right after a number and a space is not a model (after a date or a time of day
    it is: "2024.12.26 DeepSeek-V3发布", "2025/1/20 DeepSeek-R1", "2024.05 GPT-4o发布", "2023 GPT-4",
    "14:12 MiMo-7B…", a podcast's "00:21:40 Claude Sonnet 4.5…", or a version written with its "v")."""
    if not (start >= 2 and text[start - 1] == " "):
        return False
    if text.startswith("Gen", start) and _CHIP_LEAD.search(text, max(0, start - 12), start) is not None:
        return True  # (a chip's generation after its tier: "骁龙8 Elite Gen 5", "8s Gen 3")
    if not text[start - 2].isdigit():
        return False
    token = text[max(0, text.rfind(" ", 0, start - 1) + 1, start - 12) : start - 1]
    return not _DATE_TOKEN.search(token) and not _TAGGED_VERSION.fullmatch(token)


def _slash_siblings(text: str, end: int, written: str, reg: Registry, org: str | None) -> list[ModelMention]:
    """ "DeepSeek-R1/V3" names DeepSeek-V3 too; "Llama 3.1 8B/70B/405B", "Qwen3-235B-A22B/30B-A3B" the other sizes."""
    if not text.startswith("/", end):
        return []
    if (size := _SIZE_END.search(written)) is not None:
        found = []
        while (sibling := match_at(_SLASH_SIZE, text, end)) is not None:
            name = written[: size.start(1)] + sibling.group(1)
            found.append(ModelMention(sibling.start(1), sibling.end(1), sibling.group(1),
                                      *_identity(name, reg, org), "family"))
            end = sibling.end()
        return found
    sibling = match_at(_SLASH_SIBLING, text, end) if "-" in written else None
    if not sibling:
        return []
    name = f"{written.rsplit('-', 1)[0]}-{sibling.group(1)}"
    return [ModelMention(sibling.start(1), sibling.end(1), sibling.group(1), *_identity(name, reg, None), "family")]


_SIZE = r"\d+(?:\.\d+)?[BMT](?:-A\d+(?:\.\d+)?B)?"  # (with its active size: "30B-A3B")
_SIZE_END = re.compile(rf"[-\s]({_SIZE})$")
_SLASH_SIZE = regex.compile(rf"/({_SIZE})(?![A-Za-z0-9])")


# A word for "model" between a family and its version names no other model: 文心大模型4.0 is 文心4.0,
# 讯飞星火深度推理模型X1 is 讯飞星火X1 (混元3D世界模型1.0 and 九天医疗大模型2.0 are models of their own).
_GENERIC_MODEL_WORD = regex.compile(r"(?:大语言|语言|基础|基座|大|(?:深度)?推理|(?:深度)?思考)?模型(?=[A-Z]?\d)")


def _family_canonical(fam: Family, written_family: str, written: str) -> str:
    rest = written[len(written_family) :]
    if "\u4e00" <= fam.name[-1:] <= "\u9fff":
        # (one model however its writer spaces Chinese from Latin: "文心 X1.1" is 文心X1.1)
        rest = unspaced(rest.lstrip(" \t"))
    word = _GENERIC_MODEL_WORD.match(rest) if "模型" in rest else None
    rest = rest[word.end() :] if word else rest
    if rest and not written_family.isascii() and fam.name.isascii():
        # (a Latin family's Chinese name: its version and variants as the family writes them, "双子座2.5专业版" is
        # Gemini 2.5 Pro, "通义千问 3" Qwen3)
        for chinese, name in load_registry().variant_translations.items():  # (the longest first)
            rest = rest.replace(chinese, f" {name} ")
        apart = rest[:1] in " \t"
        rest = " ".join(rest.split())
        rest = (version_joint(fam.name) or "") + rest if rest[:1].isdigit() else f" {rest}" if apart else rest
    elif rest and fam.name.isascii():
        rest = _family_joined(fam.name, rest)
    return fam.name + rest


_AFTER_JOINT = re.compile(r"[ -]?(?:(?P<digit>\d)|[A-Za-z]{1,2}\d)")
_SIZE_FIRST = re.compile(r"[ -]?\d+(?:\.\d+)?[BMT](?![A-Za-z])")


@lru_cache(maxsize=4096)  # (the same names recur through a text)
def _family_joined(family: str, rest: str) -> str:
    """`rest` after a Latin family's name with the joint the registry's models of the family write before a version or
    a code ("GPT 4" is GPT-4, "Gemini-2.5" Gemini 2.5, "DeepSeek V3.2" DeepSeek-V3.2: one model however its writer
    joins them); not a space where a hyphen goes on after it ("Llama-3.1-8B" stays as written)."""
    after = _AFTER_JOINT.match(rest)
    if after is None or (after.group("digit") and _SIZE_FIRST.match(rest) is not None):
        return rest  # (nor before a size, no version: "Llama-7B")
    joint = version_joint(family) if after.group("digit") else code_joint(family)
    bare = rest[1:] if rest[0] in " -" else rest
    if joint is None or (joint == " " and "-" in bare):
        return rest
    return joint + bare


# "Gemini 2.5 Pro and 2.5 Flash", "GPT-4o和4o-mini", "Claude 3.5 Sonnet, 3.5 Haiku": a version with
# a variant, written after a family's model without the family's name, is a model of that family.
# (each past the day it came out, as a story lists them: "released Gemini 2.0 in December, 2.5 Pro in March")
# (the day, "in December", "on September 24, 2025", also what the parameters' appositions may stand past)
DAY_GAP = rf"(?:\s+(?:in|on)\s+{MONTH_NAME}\.?(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)?"
_ELIDED = regex.compile(  # (Han may follow)
    rf"{DAY_GAP}{ITEM_SEPARATOR}(?P<v>\d+(?:\.\d+)*[a-z]?(?:[-\s](?:{_VARIANTS}))+)(?![A-Za-z0-9_]|\.\d)")


def _listed_after(pattern: regex.Pattern[str], text: str, end: int) -> list[regex.Match[str]]:
    """The items `pattern` matches one after another from `end` (the siblings listed after a name)."""
    found = []
    while (item := pattern.match(text, end, min(len(text), end + WINDOW))) is not None:
        found.append(item)
        end = item.end()
    return found


def _elided_siblings(text: str, m: ModelMention, form: str, fam: Family, reg: Registry) -> list[ModelMention]:
    """The models that follow `m` (a family's model, its family written as `form`) by version alone."""
    glue = m.text[len(form) : len(form) + 1] if m.text[len(form) : len(form) + 1] in " -" else ""
    return [ModelMention(s.start("v"), s.end("v"), s.group("v"),
                         *_identity(_family_canonical(fam, "", glue + s.group("v")), reg, fam.org), "family")
            for s in _listed_after(_ELIDED, text, m.end)]


# "Llama 3.2 1B and 3B", "Qwen2.5-7B、14B和72B", "Gemma 3 1B, 4B, 12B and 27B": a size alone, after a
# model whose name ends with a size, is that model in that size (not a count: "671B and 37B active").
SIZE_AT_END = re.compile(r"(?<=[\s-])\d+(?:\.\d+)?[BM]$")
_SIZE_SIBLING = regex.compile(
    rf"{ITEM_SEPARATOR}(?P<v>\d+(?:\.\d+)?[BM])(?![A-Za-z0-9_]|\.\d|\s*(?:tokens?|activ|激活))")


# "Gemini 1.5 Pro and Flash", "Claude 3 Opus, Sonnet and Haiku": so is a variant alone (capitalized:
# "… Pro and preview builds" lists no model) after a model whose name ends with one.
_VARIANT_WORDS = rf"(?:{_VARIANTS})(?:-(?:{_VARIANTS}))*"
_VARIANT_SIBLING = regex.compile(rf"{ITEM_SEPARATOR}(?P<v>(?=[A-Z]){_VARIANT_WORDS})(?![A-Za-z0-9_-])")


# "the Claude 3 family: Haiku, Sonnet and Opus", "Gemini 2.0系列：Flash、Pro", "Claude 3家族（Haiku、Sonnet、Opus）": a
# family's variants listed after a word for the family are its models.
_FAMILY_WORDS = (" family", " series", " models", " lineup", "系列", "家族")
_FAMILY_LIST = regex.compile(
    rf"(?:\s+(?:{'|'.join(w.strip() for w in _FAMILY_WORDS if w.startswith(' '))})|(?:系列|家族)(?:模型)?)"
    # ("Claude 3系列模型，包括Haiku", "Llama 4系列，其中Scout支持…")
    r"\s*(?:[:：(（]|,?\s*(?:including|comprising)\s|[，,]?\s*(?:包括|包含|分为|其中))\s*"
    rf"(?P<v>(?=[A-Z]){_VARIANT_WORDS})(?![A-Za-z0-9_-])")


# ... or after a count of its models later in the sentence ("Claude 3 was released on March 4, 2024, in three models:
# Haiku, Sonnet and Opus"; the count found first, with a literal); in Chinese, the count after the list, led by its
# verb ("Gemini 1.0：谷歌12月6日发布，分为Ultra、Pro、Nano三个版本"; two patterns: one for both, its English
# branch led by a blank, was tried at every blank, 4 times slower)
_IN_COUNTED = re.compile(r" in (?:two|three|four|five|\d) (?:models|versions|variants|tiers)\b")
# ("分Instant、Thinking、Pro三档"; or after a colon: "GPT-5.1（11/12）：Instant 与 Thinking 两个版本")
_ZH_COUNTED = re.compile(r"(?:分为|分成|分|包括|包含|提供|[:：][ \t]*)(?=[A-Z])")
_COUNTED_REACH = 80  # characters from the family's name to the count
# (the words for sizes after a list, "in Nano, Super and Ultra sizes"; with "models", a count's, "three models:"; and
# a Chinese count's, "三个版本")
_SIZES_NOUNS = ("sizes", "versions", "variants", "flavors", "flavours", "tiers")
_COUNT_NOUNS_ZH = ("版本", "型号", "尺寸", "规格", "模型", "规模")
_COUNT_NOUNS = (*_COUNT_NOUNS_ZH, "models", *_SIZES_NOUNS)  # (tested right before a colon first: most follow none)
_ZH_COUNT_AFTER = re.compile(rf"[两二三四五六\d](?:(?:个|款|种)(?:不同的?)?(?:{'|'.join(_COUNT_NOUNS_ZH)})|个?档)")
_COUNT_COLON = re.compile(r"[ \t]*[:：][ \t]*")
_COUNT_BEFORE_COLON = re.compile(rf"{_ZH_COUNT_AFTER.pattern}|(?<![A-Za-z])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d)[ \t]+"
                                 rf"(?:models|{'|'.join(_SIZES_NOUNS)})")
_COUNT_WIDTH = 20  # characters before the colon a count takes at most ("three versions")
# (or the list before its noun, "in" or "with" before it: "Nemotron 3 … comes in Nano, Super and Ultra sizes",
# "released Nemotron 3 Nano, with Super and Ultra versions due in 2026")
_IN_LIST = re.compile(r"\b(?:in|with)[ \t]+(?=[A-Z])")
_SIZES_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(_SIZES_NOUNS)})\b")
_SIZES_WORDS = tuple(f" {noun}" for noun in _SIZES_NOUNS)  # (found in C first: few lists end so)


@cache
def _counted_list() -> regex.Pattern[str]:
    """The list's first variant after the count and its mark, after the Chinese verb before the list, or after a
    parenthesis that opens it (compiled once, at its first use: the variants' alternation costs a process 20 M
    instructions to compile, and few texts list a family's models so)."""
    return regex.compile(rf"(?:\s*(?:[:：—–(（]|,)\s*)?(?P<v>(?=[A-Z]){_VARIANT_WORDS})(?![A-Za-z0-9_-])")


def _counted_variants(text: str, end: int) -> regex.Match[str] | None:
    """The first variant of a list after a count of models in the sentence that goes on from a family's name."""
    reach = min(len(text), end + _COUNTED_REACH)
    count = _IN_COUNTED.search(text, end, reach)
    if count is not None and _SENTENCE_STOP.search(text, end, count.start()) is None:
        return _counted_list().match(text, count.end())
    # (a count before a colon and the list: "，共三个版本：Instant、Thinking和Pro"; or opening the next sentence, its
    # subject left out: "OpenAI shipped GPT-5.2 on Thursday. Three flavors: Instant, Thinking, Pro.")
    # (the count looked for only right before the first colon, found in C: a search of the whole reach, at every digit,
    # cost a text 1 %)
    colon_at = min((at for mark in ("：", ":") if (at := text.find(mark, end, reach)) != -1), default=-1)
    count_from = max(end, colon_at - _COUNT_WIDTH)
    if colon_at != -1 and text[count_from:colon_at].rstrip(" \t").endswith(_COUNT_NOUNS) \
            and (count := _COUNT_BEFORE_COLON.search(text, count_from, colon_at)) \
            and (colon := match_at(_COUNT_COLON, text, count.end())) is not None \
            and ((stop := _SENTENCE_STOP.search(text, end, count.start())) is None
                 or (not text[stop.end() : count.start()].strip()
                     and _SENTENCE_STOP.search(text, stop.end(), count.start()) is None)) \
            and (word := _CAMEL_WORD.match(text, colon.end())) is not None and word.group(0) in VARIANT_SET:
        return _counted_list().match(text, count.end())
    if (head := _sizes_listed(text, end)) is not None:
        return head
    if (lead := _ZH_COUNTED.search(text, end, reach)) is None \
            or _SENTENCE_STOP.search(text, end, lead.start()) is not None \
            or (counted := _ZH_COUNT_AFTER.search(text, lead.end(), reach)) is None \
            or _SENTENCE_STOP.search(text, lead.end(), counted.start()) is not None:
        return None
    return _counted_list().match(text, lead.end())


def _sizes_listed(text: str, end: int) -> regex.Match[str] | None:
    """The first variant of a list after "in" or "with" before the word for sizes, in the sentence that goes on from a
    family's name ("comes in Nano, Super and Ultra sizes")."""
    reach = min(len(text), end + _COUNTED_REACH)
    # (its first word a variant's, looked up before the list's pattern is compiled or tried)
    if contains_any(text, _SIZES_WORDS, end, reach) and (listing := _IN_LIST.search(text, end, reach)) is not None \
            and _SENTENCE_STOP.search(text, end, listing.start()) is None \
            and (word := _CAMEL_WORD.match(text, listing.end())) is not None and word.group(0) in VARIANT_SET \
            and (head := _counted_list().match(text, listing.end())) is not None \
            and (items := _listed_after(_VARIANT_SIBLING, text, head.end())) \
            and match_at(_SIZES_AFTER, text, items[-1].end()) is not None:
        return head
    return None


_PAREN_OPENS = (" (", "(", "（", " （")
_PAREN_CLOSES = regex.compile(r"[ \t]*[)）]")
_PAREN_WORD = re.compile(r"[ \t]*[(（][ \t]*([A-Z][A-Za-z]*)")


def _paren_variants(text: str, end: int) -> regex.Match[str] | None:
    """The first variant of a list that is all a parenthesis right after a versioned name holds ("GPT-5.1 (Instant and
    Thinking)"; not "GPT-5 (Pro users only)", nor one variant alone, a mode: "Claude Sonnet 4.5 (Thinking)")."""
    if not text.startswith(_PAREN_OPENS, end) or (word := _PAREN_WORD.match(text, end)) is None \
            or word.group(1) not in VARIANT_SET or (head := _counted_list().match(text, end)) is None:
        return None  # (its first word a variant's, looked up before the list's pattern is compiled or tried)
    items = _listed_after(_VARIANT_SIBLING, text, head.end())
    return head if items and match_at(_PAREN_CLOSES, text, items[-1].end()) is not None else None


def _with_listed_siblings(text: str, chosen: list[ModelMention], reg: Registry) -> list[ModelMention]:
    """`chosen` and the models its sized or variant names list by size or variant alone after them, or
    its family word by variant."""
    siblings = []
    for m in chosen:
        name = m.canonical
        first: list[regex.Match[str]] = []
        if name.endswith(("B", "M")):  # (no variant ends so; most names end otherwise)
            size = SIZE_AT_END.search(name)
            cut, listed = (size.start(), _SIZE_SIBLING) if size is not None else (0, None)
        else:
            cut = max(name.rfind(" "), name.rfind("-")) + 1
            listed = _VARIANT_SIBLING if cut and name[cut:] in VARIANT_SET else None
            head = _FAMILY_LIST.match(text, m.end, min(len(text), m.end + WINDOW)) \
                if listed is None and text.startswith(_FAMILY_WORDS, m.end) else None
            if listed is None and head is None and any(c.isdigit() for c in name):
                # (a versioned family's: "Claude 3 …, in three models: …", "GPT-5.1 (Instant and Thinking)")
                head = _counted_variants(text, m.end) or _paren_variants(text, m.end)
            if head is not None:
                name, cut, listed, first = name + " ", len(name) + 1, _VARIANT_SIBLING, [head]
        if listed is not None:
            items = first + _listed_after(listed, text, first[0].end() if first else m.end)
            if not items and listed is _VARIANT_SIBLING and (head := _sizes_listed(text, m.end)) is not None:
                # (its siblings listed before the word for sizes: "Nemotron 3 Nano, with Super and Ultra versions")
                items = [head, *_listed_after(listed, text, head.end())]
            siblings += [ModelMention(s.start("v"), s.end("v"), s.group("v"),
                                      *_identity(name[:cut] + s.group("v"), reg, m.org), m.source) for s in items]
    return _leftmost_longest(chosen + siblings) if siblings else chosen


# A word of its own joined to a family's name in camel case, a member the registry need not know: "HunyuanOCR",
# "QwenLong" (not its maker's name written together, nor its product's: "MistralAI", "QwenAPI")
_CAMEL_WORD = re.compile(r"[A-Z][A-Za-z]*(?![A-Za-z])")
_GLUED_NOT_NAME = frozenset({"AI", "API", "APIs", "SDK", "Labs", "Lab", "Team", "Research", "Inc", "App", "Bot", "Hub"})


def _registry_mentions(text: str, reg: Registry) -> list[ModelMention]:
    found = []
    for m in _names_at_word_starts(_registry_pattern(), text):
        form = m.group(0)
        if _after_number(text, m.start()):
            continue
        fam = reg.family_by_form.get(form)
        glued = match_at(_CAMEL_WORD, text, m.end()) \
            if fam is not None and "A" <= text[m.end() : m.end() + 1] <= "Z" and form[-1:].islower() else None
        if glued is not None and glued.group(0) in _GLUED_NOT_NAME:
            glued = None  # ("MistralAI", "QwenAPI": its maker, its product)
        end = _extend(text, m.start(), glued.end() if glued is not None else m.end())
        written = text[m.start() : end].rstrip()
        end = m.start() + len(written)
        known = reg.model_by_key.get(fold(written))
        maker = known if known is not None else fam if fam is not None else reg.model_by_key.get(fold(form))
        found.extend(_slash_siblings(text, end, written, reg, maker.org if maker is not None else None))
        if end == m.end() and fam is not None and (match_at(_TEAM, text, end) or match_at(_PRODUCT, text, end)):
            continue  # "the Qwen team", "Kimi团队": the people, not a model
        has_suffix = end > m.end()
        if known is not None:
            mention = ModelMention(m.start(), end, written, known.name, known.org, "registry")
            # ("Claude 3.7 Sonnet, 3.5 Haiku and 3 Opus": a known model of a family lists its siblings too)
            family = _family_of(written, reg) if fam is None else None
            if family is not None and len(written) > len(family[0]):
                found.append(mention)
                found.extend(_elided_siblings(text, mention, *family, reg))
                continue
        elif fam is None:  # a model alias followed by more suffix: keep the alias's model identity
            base = reg.model_by_key[fold(form)]
            suffix = written[len(form) :]
            if suffix[:1] == "-" and suffix[1:2].isalpha() and "-" in form and form.replace("-", " ") == base.name:
                suffix = " " + suffix[1:]  # (the hyphened alias's variant as the name spaces it: "Kimi-K2-Thinking" is
                # Kimi K2 Thinking)
            found.append(ModelMention(m.start(), end, written, base.name + suffix, base.org, "registry"))
            continue
        elif not has_suffix and (not fam.bare or form in fam.versioned_aliases) and not match_at(_SERIES, text, end):
            continue  # a family that needs a version, unless "Phi系列", "Phi模型" names it (and "羊驼" the animal)
        elif not has_suffix and fam.given_name and match_at(_SURNAME, text, end):
            continue  # "Claude Shannon", "Claude Monet": a person
        else:
            # (a word joined in camel case makes a name of its own, as written: "HunyuanOCR")
            canonical = written if glued is not None else _family_canonical(fam, form, written)
            named = reg.model_by_key.get(fold(canonical))  # ("文心大模型X1" is 文心X1, the registry's ERNIE X1)
            mention = ModelMention(m.start(), end, written, named.name if named else canonical, fam.org, "family")
        found.append(mention)
        if fam is not None and has_suffix:
            found.extend(_elided_siblings(text, mention, form, fam, reg))
    return found


_NAME_PARTS = re.compile(r"[-\s·]")
# A word and a year name a period or an event (FY2025, WAIC2025, CES 2025), not a model; so does a fiscal year of
# two digits and a year's quarter or half (FY26, FY2026Q3, FY26 H1: a results story's periods).
_WORD_AND_YEAR = re.compile(r"(?:[A-Z][A-Za-z]{0,7}[-\s]?(?:19|20)\d{2}|FY\d{2})(?:[-\s]?(?:Q[1-4]|H[12]))?$")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_WORD_RUN = regex.compile(r"[A-Za-z\p{Han}]+")
HAN_RUN = regex.compile(r"\p{Han}+")  # (also the events' year labels)


# A test's name the benchmarks' list lacks ("XYZBench-2", "Foo-Bench"); not a model's, which ends in its size
# ("SmolBench-7B")
_TEST_NAME = re.compile(r"(?i)(?=.*bench)(?!.*\d[BM]$)")


def _is_test_name(name: str) -> bool:
    """_TEST_NAME.match(name), tried only where the name holds its word (str.find): most names do not."""
    return ("ench" in name or "ENCH" in name) and _TEST_NAME.match(name) is not None


_DATE_STAMP = regex.compile(r"-(?:19|20)\d{6}$")
# (nor a stamp with its serial after it: "Beijing-GLM-20231111S0001", a filing's number in a register's table)
_FILING_SERIAL = regex.compile(r"-(?:19|20)\d{6}[A-Z]\d{3,}$")


def _plausible_generic(name: str, reg: Registry) -> bool:
    if reg.is_not_model(name) or len(name) < 3 or _WORD_AND_YEAR.match(name) or name in reg.org_names \
            or _is_test_name(name) or _FILING_SERIAL.search(name):
        return False  # (an organization's name, "AI21", is none either)
    parts = _NAME_PARTS.split(name)
    if reg.is_not_model(parts[0]) and not reg.family_by_form.get(parts[0]):
        return False
    if any(_UNIT_PART.match(p) or p in _KIND_WORDS for p in parts) and not _LENGTH_VERSION.search(name):
        return False
    letters = _LATIN_RUN.match(name)
    if letters and len(letters.group(0)) < 2 and not any(p in reg.family_by_form for p in parts):
        return False  # A100, H100, P99, W8A8
    # (a date stamp alone is no version: "Beijing-WenXin-20230821" is a filing's number)
    stamp = _DATE_STAMP.search(name)
    has_digit = any(ch.isdigit() for ch in (name[: stamp.start()] if stamp is not None else name))
    has_family = any(p in reg.family_by_form for p in parts[1:]) or any(
        p.endswith(("GPT", "LLM", "LM")) for p in parts
    )
    return has_digit or has_family


_RELEASED_VERSION = re.compile(rf"(?:{RELEASED}|升级到|升级至)\s*$")


_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")


def _family_release(text: str, start: int, name: str, reg: Registry) -> ModelMention | None:
    """ "DeepSeek发布V3.1": a bare version released by an organization that names a family."""
    if not _RELEASED_VERSION.search(text, max(0, start - 4), start):
        return None
    window = text[max(0, start - 30) : start]
    for org in reversed(find_orgs(window)):
        fam = reg.family_by_form.get(org.text)
        if fam is None and _CLAUSE_BREAK.search(window, org.end) is None:
            return None  # (its clause's maker names no family: "百川智能发布Baichuan-M2，美团开源LongCat-Flash-Chat")
        if fam is not None:  # (not a name that starts with the family's already: "DeepSeek宣布开源DeepSeek-OCR")
            canonical = name if name.startswith((org.text, fam.name)) else f"{fam.name}-{name}"
            return ModelMention(start, start + len(name), name, canonical, fam.org, "cue")
    return None


def _family_of(name: str, reg: Registry) -> tuple[str, Family] | None:
    """The family a name starts with, and its form as written ("Qwen" of "Qwen3-235B", "qwen" of "qwen-max",
    混元 of "混元Turbo S": a Chinese family's name before Latin letters)."""
    prefix = _WORD_RUN.match(name)
    if prefix is None:
        return None
    form = prefix.group(0)
    # (or capitalized as many write it: "Deepseek-V3-0324")
    fam = reg.family_by_form.get(form) or _lower_families().get(form if form.islower() else form.lower())
    if fam is None and (han := HAN_RUN.match(form)) is not None and han.end() < len(form):
        form = han.group(0)
        fam = reg.family_by_form.get(form)
    return (form, fam) if fam else None


def _both_names(name: str, reg: Registry) -> str | None:
    """What follows a family's Chinese name that a name of the same family repeats in Latin letters: "Qwen2.5-Max"
    of "通义千问Qwen2.5-Max" (a table's cell, both names written together), else None."""
    found = _family_of(name, reg)
    if found is None or not HAN_RUN.fullmatch(found[0]):
        return None
    rest = name[len(found[0]) :].lstrip()
    again = _family_of(rest, reg)
    return rest if again is not None and again[1] is found[1] and len(rest) > len(again[0]) else None


def _puts_out(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a verb of release alone, as a company's before what it puts out (_RELEASE_NEXT)."""
    verb = _RELEASE_NEXT.match(text, start, end)
    return verb is not None and text[verb.end() : end].strip() in ("", "the", "its")


def _without_family_before_member(text: str, chosen: list[ModelMention], reg: Registry) -> list[ModelMention]:
    """`chosen` without a family's name written right before a member's ("通义千问Qwen3系列", "豆包 Doubao-1.5-pro",
    "Qwen/Qwen2.5-7B"): one model, named in both scripts or with its hub account, not the family and the member."""
    kept: list[ModelMention] = []
    for i, m in enumerate(chosen):
        member = chosen[i + 1] if i + 1 < len(chosen) else None
        # (or a hub's id, its maker's account before a slash: "Qwen/Qwen2.5-7B"; or the team that puts the member out,
        # "Qwen just dropped Qwen3-Next-80B-A3B")
        if member is not None and ((member.start - m.end <= 1 and text[m.end : member.start].strip(" /") == "")
                                   or _puts_out(text, m.end, member.start)) \
                and (fam := reg.family_by_form.get(m.text)) is not None and member.canonical != m.canonical \
                and (found := _family_of(member.text, reg)) is not None and (found[1] is fam or (
                    # (or of another family of its maker's, beside it in the other script: "豆包Seed 1.8")
                    text[m.end : member.start] in ("", " ") and fam.org is not None and found[1].org == fam.org
                    and not m.text.isascii() and member.text[:1].isascii())):
            continue
        if member is not None and member.start == m.end + 1 and text[m.end] == "/" and m.text.islower() \
                and "-" in m.text and not any(ch.isdigit() for ch in m.text):
            continue  # (a hub's account in lower case before its model: "deepseek-ai/DeepSeek-V3.2-Exp")
        kept.append(m)
    return kept


def _family_org(name: str, reg: Registry) -> str | None:
    """Organization of the family a name starts with ("Qwen3-235B", "qwen-max" -> Alibaba), or of the maker
    it starts with ("OpenAI-o1-1217", as DeepSeek's papers write it)."""
    found = _family_of(name, reg)
    return found[1].org if found else _maker_named_first(name, reg) or _camel_family_org(name, reg)


def _camel_family_org(name: str, reg: Registry) -> str | None:
    """Organization of the family a name in camel case starts with, a word of its own joined to it ("HunyuanOCR",
    "QwenLong-L1", "DeepSeekMath-V2"), else None."""
    run = _WORD_RUN.match(name)
    if run is None or not run.group(0).isascii():
        return None
    letters = run.group(0)
    for i in range(2, len(letters)):
        if letters[i - 1].islower() and letters[i].isupper() and (fam := reg.family_by_form.get(letters[:i])):
            return fam.org
    return None


def _maker_named_first(name: str, reg: Registry) -> str | None:
    """The maker a name starts with ("OpenAI-o1-1217"), else None."""
    prefix = _WORD_RUN.match(name)
    return reg.org_names.get(prefix.group(0)) if prefix and prefix.end() < len(name) else None


@lru_cache(maxsize=65536)  # the same names recur, within an article and across a corpus
def _generic_identity(name: str) -> tuple[str, str | None] | None:
    """(canonical name, organization) of a generic name that can name a model, else None."""
    reg = load_registry()
    if not _plausible_generic(name, reg):
        return None
    known = reg.model_by_key.get(fold(name))
    if known is not None:
        return known.name, known.org
    found = _family_of(name, reg)
    if found is None:
        return name, _maker_named_first(name, reg) or _camel_family_org(name, reg)
    if found[0] != found[1].name and not found[0].islower() and found[0].lower() == found[1].name.lower():
        return found[1].name + name[len(found[0]) :], found[1].org  # ("Deepseek-V3-0324" is DeepSeek-V3-0324)
    return name, found[1].org


# Words after a model's name that describe another thing by it ("a GPT-4-class model", "Llama-based")
DESCRIBING = "class|level|like|style|sized|scale|grade|based|powered"
_DESCRIBED_AS = re.compile(rf"-(?:{DESCRIBING})$")


# A version written apart after a name with no digit of its own, one digit and perhaps a point ("Foo-LM 6",
# "Step-Audio 2", "KAT-Coder-Pro V1"): the name's, unless a unit, a count's word or a fraction follows ("Foo-LM 3x
# faster", "Foo-LM 2 million users", "Foo-Chat 8/10"; a score has two digits: "Foo-Chat 72.5")
_VERSION_APART_AFTER = re.compile(
    rf"{INLINE_SPACE}(?:[Vv](?=[1-9]))?[1-9](?:\.\d)?(?![\d/:]|[.,]\d|[A-Za-z%×]|{INLINE_SPACE}*(?:[%亿万倍]|[BMTK](?![a-z])|x\b|times\b"
    r"|(?:hundred|thousand|million|billion|trillion|percent|points?|tokens?|param(?:eter)?s|years?|months?|weeks?|days?"
    r"|hours?|minutes?|users|GPUs?|GB|TB)\b))"
    # (or its size: "Foo-Math 7B", "Falcon-Mamba 7B"; not before what a size describes, "an Open-Source 7B model")
    rf"|{INLINE_SPACE}\d+(?:\.\d+)?B(?![A-Za-z0-9])(?!{INLINE_SPACE}*(?:models?|LLMs?|param(?:eter)?s|class|scale)\b)")


def _generic_mentions(text: str, reg: Registry) -> list[ModelMention]:
    found = []
    for m in _names_at_word_starts(_GENERIC, text):
        name = m.group(0).rstrip(".")
        if (tail := _DESCRIBED_AS.search(name)) is not None:
            name = name[: tail.start()]  # ("a GPT-4-class model": GPT-4, named to describe another)
        end = m.start() + len(name)
        if match_at(_NOT_AFTER, text, end) or _after_number(text, m.start()):
            continue  # "Sora-like", "8 Gen 4"
        if text[end : end + 1] in " \t" and not any(ch.isdigit() for ch in name) \
                and all(part[:1].isupper() for part in _NAME_PARTS.split(name)) \
                and (version := _VERSION_APART_AFTER.match(text, end)) is not None:
            end = _extend(text, m.start(), version.end())  # (and its variant: "Foo-Chat 3 Mini")
            name = text[m.start() : end]  # (not "Mixture-of-Experts 8")
        named = _generic_identity(name)
        if named is None:
            released = _family_release(text, m.start(), name, reg)
            if released is not None:
                found.append(released)
            continue
        found.append(ModelMention(m.start(), end, name, *named, "generic"))
    return found


# A model id in lower case right after the word, hyphenated and with a digit: "数学推理模型k0-math" (not a
# version: "v1-2").
_ID_AFTER_MODEL = re.compile(r"[ \t]?(?!v\d)([a-z][a-z0-9]*\d[a-z0-9.]*(?:-[a-z0-9][a-z0-9.]*)+)(?![A-Za-z0-9_-])")
# A capitalized name right after the word, with its version apart or not ("多模态大模型Awaker 1.0"); one
# without a digit only where the sentence or the clause ends after it ("图文模型Metamath。"), since an
# English word often follows the word in running text ("大模型Token消耗").
# (A version written apart, between a name and the word too: "Awaker 1.0大模型"; not a count or a share.)
_VERSION_APART = re.compile(r"[ \t]\d+(?:\.\d+)*")
_NAME_AFTER_MODEL = re.compile(
    rf"[ \t]?([A-Z][A-Za-z0-9]*(?:[-.·][A-Za-z0-9]+)*(?:{_VERSION_APART.pattern}(?![\d.]*\s*[%BMTKk亿万]))?)"
    r"(?![A-Za-z0-9_.-])")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[。，、；：！？,;:!?）)]|[(（]|$)", re.M)


# A name the sentence introduces as a model someone put out: "LongCat-Flash-Chat是美团推出的大模型"
_INTRODUCED = re.compile(r"是[^，。,.\n]{0,12}?(?:推出|发布|开源|研发|打造|训练)的[^，。,.\n]{0,8}?$")


def _names_by_model_word(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """The names each 模型 marks, in one pass over the word: the spans of what
    `_LEFT(_BEFORE_MODEL_NAME)(?=_MODEL_CUE)` finds, looked for from the word back (the word is found
    fast, and trying the name at every capital letter cost as much as the whole generic name scan; a
    name ends right before its cue, 系列 and 大 included), and the lower-case ids right after it."""
    before: list[tuple[int, int]] = []
    after: list[tuple[int, str]] = []
    for found in occurrences(text, "模型"):
        end = found - (found > 0 and text[found - 1] == "大")
        end -= 2 * (text[max(0, end - 2) : end] == "系列")
        span = _name_before(text, end, version_apart=True)
        if span is not None:
            # (not the last word of a name of several: "Gemini 2.5 Computer Use模型" names no model "Use")
            if span[0] < 2 or text[span[0] - 1] not in " \t" or not text[span[0] - 2].isalnum() \
                    or not text[span[0] - 2].isascii():
                before.append(span)
        elif (intro := _INTRODUCED.search(text, max(0, end - 28), end)) is not None \
                and (span := _name_before(text, intro.start())) is not None:
            before.append(span)  # ("LongCat-Flash-Chat是美团推出的大模型")
        elif text[end - 1 : end].isdigit() and text.find("-", max(0, end - 8), end) != -1 \
                and (han := _HAN_NAME_ENDS.search(text, max(0, end - 16), end)) is not None:
            before.append(han.span(1))  # ("推出的深言-2模型")
        first = text[found + 2] if found + 2 < len(text) else ""  # (most are followed by Han: no match tried)
        if first in " \t" and found + 3 < len(text):
            first = text[found + 3]
        if "a" <= first <= "z" and (m := _ID_AFTER_MODEL.match(text, found + 2)) is not None:
            after.append((m.start(1), m.group(1).rstrip(".")))
        elif "A" <= first <= "Z" and (m := _NAME_AFTER_MODEL.match(text, found + 2)) is not None:
            name = m.group(1)
            if any(c.isdigit() for c in name) or _CLAUSE_END_AFTER.match(text, m.end()):
                after.append((m.start(1), name))
        elif "\u4e00" <= first <= "\u9fff" and text.find("-", found + 3, found + 10) != -1 \
                and (m := _RELEASED_HAN_NAME.match(text, found + 2)) is not None:
            after.append((m.start(1), m.group(1)))  # ("发布了自研大模型星辰-2")
    return before, after


def _name_before(text: str, end: int, version_apart: bool = False) -> tuple[int, int] | None:
    """The span of a name (_BEFORE_MODEL_NAME) that ends at `end`, with its version written apart if
    `version_apart` ("Awaker 1.0大模型", "Atlas-VL 2, a … model"; a caller tells a day from a version: "on
    August 21, a hybrid model"): it starts where the run of name-like characters (_LEFT_CHARS) before `end`
    (before the version's space) starts."""
    start = _run_start(text, end)
    if version_apart and start >= 2 and text[start - 1] in " \t" and _VERSION_APART.fullmatch(text, start - 1, end):
        name_end = start - 1
        start = _run_start(text, name_end)
    else:
        name_end = end
    return (start, end) if start < name_end and _BEFORE_MODEL_NAME.fullmatch(text, start, name_end) else None


def _run_start(text: str, end: int) -> int:
    """Where the run of name-like characters (_LEFT_CHARS) that ends at `end` starts."""
    start = end
    while start and (window := text[max(0, start - 64) : start]):
        kept = len(window.rstrip(_LEFT_STRING))  # (in C)
        start -= len(window) - kept
        if kept:
            break
    return start


# A word that makes the name before an apposition the tail of a longer one: "SWE-bench Verified, the
# first model to…" names no model Verified.
_PROPER_WORD_BEFORE = re.compile(r"(?:[A-Z][\w-]*|[\w-]*[-\d][\w-]*) $")


# (words that open a sentence before a tier named alone: "The Mini, a small model", "And Behemoth, the teacher model")
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "Our", "Its", "This", "That", "Their", "Each", "Every", "Both",
                               "New", "And", "But", "Or", "So", "Then", "While", "With", "For", "In", "On", "At",
                               "By", "From", "As", "If", "When", "After", "Before", "Also", "Only", "Even", "Now",
                               "Meanwhile"})
# ... and in Chinese: "本文介绍了Foo-VL，一个拥有72亿参数的多模态大模型" (normalized text writes its comma ","; a
# literal first, the engine jumps from one comma to the next: a class of both commas was tried at every position)
_APPOSITION_ZH = re.compile(r",[ \t]*(?:是)?一(?:个|款|种|系列)[^,。;\n]{0,24}?(?:模型|LLM)")


# A name of one capitalized word and its version apart that "model" follows, after a word that says whose or which one
# ("released its Nimbus 3 model", "the Nimbus 3 language model"): the registry need not know it; not a part of a text
# ("the Figure 3 model", "the Version 2 model")
_MODEL_KINDS_EN = ("language", "reasoning", "foundation", "multimodal", "AI", "base", "chat")  # (a kind's word)
_NAME_THEN_MODEL_EN = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|a\s+new|new|latest))[ \t]+"
                                 r"([A-Z][a-z]{2,}[ \t]\d+(?:\.\d+)?)[ \t]"
                                 rf"(?:(?:{'|'.join(_MODEL_KINDS_EN)})[ \t])?models?\b")
_KIND_BEFORE_MODEL = tuple(f" {kind}" for kind in _MODEL_KINDS_EN)
_TEXT_PART_WORDS = frozenset({"Figure", "Table", "Version", "Chapter", "Section", "Step", "Phase", "Stage", "Level",
                              "Tier", "Round", "Type", "Class", "Model", "Generation", "Series", "Part", "Appendix",
                              "Week", "Day", "Month", "Year", "Quarter", "Page", "Top", "Mark", "Batch", "Epoch",
                              "Layer", "Block", "Episode", "Season", "Lesson", "Unit", "Task", "Test", "Problem",
                              "Question", "Slide", "Pixel", "Galaxy"})
_NAME_THEN_MODEL_REACH = 40  # characters before " model" the determiner and the name may take


def _named_before_model_en(text: str) -> list[tuple[int, str]]:
    found = []
    for pos in occurrences(text, " model"):
        if not text[pos - 1 : pos].isdigit() and not text.endswith(_KIND_BEFORE_MODEL, 0, pos):
            continue  # (a version right before the word, or a kind of model: found in C first)
        m = _NAME_THEN_MODEL_EN.search(text, max(0, pos - _NAME_THEN_MODEL_REACH), pos + 8)
        if m is not None and m.end() >= pos + 6 and m.group(1).split()[0] not in _TEXT_PART_WORDS:
            found.append((m.start(1), m.group(1)))
    return found


# A list item's name before a colon and a count of parameters with its word, as a digest or a thread lists what came
# out: "4/ Arcee Trinity Mini (Dec 1): 26B total, 3B active", "- Foo Lite: 8B params" (a date or a note in parentheses
# between; not a field's label, "Parameters: 26B total")
_COUNTED_ITEM = regex.compile(rf"[ \t]*(?:{BULLET}|{ITEM_NUMBER}|\d{{1,2}}/)?[ \t]*"
                              r"([A-Z][A-Za-z0-9.-]*(?:[ \t][A-Z0-9][A-Za-z0-9.-]*){0,3})"
                              r"(?:[ \t]*[(（][^()（）\n]{1,24}[)）])?[ \t]*[:：][ \t]*\d+(?:\.\d+)?[BT]")
_COUNT_WORDS = (" total", " param", " active")  # (found in C first, each: most follow no size)
_COUNT_FIELD_WORDS = frozenset({"Parameters", "Params", "Param", "Size", "Sizes", "Total", "Active", "Activated",
                                "Scale", "Architecture", "Specs", "Spec", "MoE", "Dense", "Note", "Weights", "Count"})


def _counted_items(text: str) -> list[tuple[int, str]]:
    found = []
    for word in _COUNT_WORDS:
        for pos in occurrences(text, word):
            if text[pos - 1 : pos] not in ("B", "T") or not text[pos - 2 : pos - 1].isdigit():
                continue
            # (from the line's start, or the item's before it on the line: "Foo Lite: 8B params; Foo Max: 1T params")
            line_start = text.rfind("\n", 0, pos) + 1
            start = max(line_start, text.rfind(";", line_start, pos) + 1, text.rfind("；", line_start, pos) + 1)
            m = _COUNTED_ITEM.fullmatch(text, start, pos)
            if m is not None and not _COUNT_FIELD_WORDS.intersection(m.group(1).split()) \
                    and m.group(1).split()[0] not in _TEXT_PART_WORDS:
                found.append((m.start(1), m.group(1)))
    return found


def _appositions(text: str, reg: Registry) -> Iterator[tuple[int, int]]:
    for comma in (m.start() for m in chain(_APPOSITION.finditer(text), _APPOSITION_ZH.finditer(text))):
        span = _name_before(text, comma, version_apart=True)  # ("Atlas-VL 2, a 34B model")
        if span is None or _NOT_APPOSED.fullmatch(text, *span):  # ("in early March, a 32B model", "In 2024, a …")
            continue
        word = _PROPER_WORD_BEFORE.search(text, max(0, span[0] - 40), span[0])
        if word is None:
            yield span
        elif reg.is_org(text[word.start() : span[0] - 1]) and not text[word.start() - 1 : word.start()].strip() \
                and fold(name := text[span[0] : span[1]]) not in reg.model_by_key and _family_of(name, reg) is None:
            yield word.start(), span[1]  # (its maker's name is the name's first word: "Mistral Saba, a 24B model")
        elif (name := text[span[0] : span[1]]) in VARIANT_SET \
                and text[word.start() : span[0] - 1] not in _SENTENCE_OPENERS \
                and not text[word.start() - 1 : word.start()].strip() \
                and fold(name) not in reg.model_by_key and _family_of(name, reg) is None:
            yield word.start(), span[1]  # (a name and its tier: "Trinity Mini, a 26B-parameter model")


def _cue_mentions(text: str, reg: Registry) -> list[ModelMention]:
    before_model, after_model = _names_by_model_word(text)
    scans = ((True, [(m.start(1), m.group(1)) for m in _QUOTED.finditer(text)]),
             (True, [(m.start(1), m.group(1)) for m in _QUOTED_BEFORE_VERB.finditer(text)]
                    if '模型"' in text else []),
             (True, _quoted_dated(text) if '"于' in text or '"在' in text else []),
             (True, _quoted_before_model(text) if '模型' in text else []),
             (False, [(a, text[a:b]) for a, b in before_model]),
             (True, after_model),
             (False, [(m.start(1), m.group(1)) for m in _OWNED.finditer(text)]),
             (False, [(a, text[a:b]) for a, b in _appositions(text, reg)]),
             (True, [(m.start(1), m.group(1).rstrip(".")) for called in _CALLED for m in called.finditer(text)
                     if not text[m.start() - 1 : m.start()].isalnum()]),
             (True, [(m.start(m.lastindex), m.group(m.lastindex)) for m in _CALLED_ZH.finditer(text) if m.lastindex]
                    if contains_any(text, _CALLED_ZH_WORDS, 0, len(text)) else []),
             (True, _code_names(text)),
             (True, _sized_names(text)),
             (True, _named_in_parens(text)),
             (True, _headed_items(text, reg)),
             (True, _section_items(text)),
             (False, _released_names(text)),
             (True, _released_names_en(text)),
             (True, _named_before_model_en(text)),
             (True, _counted_items(text)))
    found = _initialed_names(text, reg) if contains_any(text, _INITIALED_CUES, 0, len(text)) else []
    for bounded, names in scans:  # (bounded: the cue says where the name ends)
        for start, written in names:
            name = written.strip()
            end = start + len(name)
            runs_on = match_at(_NOT_AFTER, text, end) or match_at(_LATIN_WORD_AFTER, text, end)
            if not bounded and runs_on:
                continue  # "Function Calling API", "Model Hub平台"
            if match_at(_TEAM, text, end):
                continue  # "国科会的TAIDE团队": the people, not a model
            if name in VARIANT_SET and match_at(_VERSION_AFTER, text, end):
                continue  # (a variant's word alone before the word for a version: "ChatGPT的Pro版本")
            if reg.is_not_model(name) or reg.is_org(name) or len(name) < 2 \
                    or _is_test_name(name):
                continue  # ("OpenAI大模型": its models; "在…的CC-Bench上": a test's)
            if not bounded and (name.isupper() and len(name) <= 4 and name.isalpha()):
                continue  # acronyms (MoE, RAG) are methods far more often than models (R1, K2 are codes)
            found.append(ModelMention(start, end, name, *_identity(name, reg, _family_org(name, reg)), "cue"))
    return found


_SOURCE_RANK = {"registry": 0, "family": 1, "cue": 2, "generic": 3, "table": 4, "list": 5, "short": 6}
# A run of items separated by 、: "GPT-4V、Gemini-1.5-Pro、Octo".
_LIST_RUN = regex.compile(r"[^、，,。；;：:\n（）()]{1,40}(?:、[^、，,。；;：:\n（）()]{1,40})+")
_LAST_SEPARATOR = re.compile(r"(?s).*[、，,。；;：:\n（）()]")

_BRANDED = re.compile(r"\s*[A-Z][A-Za-z]+(?:/[A-Z][A-Za-z]+)*\s+[A-Za-z]")
_CAPITAL = re.compile("[A-Z]")
_LIST_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.\-·]*(?:\s[A-Z0-9][A-Za-z0-9.\-]*){0,2}")


def _list_runs(text: str) -> Iterator[regex.Match[str]]:
    """_LIST_RUN.finditer(text), tried only where a run can start. A run's first 、 follows 1 to 40
    characters that are not separators, so before the first 、 at or after `pos` it can start no
    earlier than 40 characters back, nor before the separator last seen; if it fails there, no
    run starts before that 、."""
    pos = 0
    while (comma := text.find("、", pos)) != -1:
        start = max(pos, comma - 40)
        last = _LAST_SEPARATOR.match(text, start, comma)
        if last is not None:
            start = last.end()
        run = _LIST_RUN.match(text, start) if start < comma else None
        if run is None:
            pos = comma + 1
            continue
        yield run
        pos = run.end()


def _list_mates(text: str, found: list[ModelMention], reg: Registry, orgs: list[OrgMention]
                ) -> list[ModelMention]:
    """Unknown Latin names listed alongside known models, when at least half the list is known.
    `orgs`: the organizations of the whole text, in order."""
    org_starts = [o.start for o in orgs]
    spans = sorted((m.start, m.end) for m in found)
    span_starts = [s for s, _ in spans]

    def overlaps(a: int, b: int) -> bool:
        i = bisect.bisect_left(span_starts, b)  # spans starting before b
        return i > 0 and max(e for _, e in spans[max(0, i - 4) : i]) > a

    mates = []
    for run in _list_runs(text):
        if not overlaps(*run.span()) and _CAPITAL.search(run.group(0)) is None:
            continue  # nothing known and nothing branded: no item can count (the common case)
        items = []
        pos = run.start()
        for item in run.group(0).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        known = [overlaps(a, b) for a, b in items]
        # "Meta ImageBind", "MIT/IBM MultiPLY": an organization before a name marks a product too
        branded = [bool(_BRANDED.match(text[a:b])) for a, b in items]
        if len(items) < 2 or sum(k or o for k, o in zip(known, branded, strict=True)) * 2 < len(items):
            continue
        for (a, b), is_known in zip(items, known, strict=True):
            if is_known:
                continue
            item = text[a:b]
            lead = 0  # leading organizations: "Microsoft i-Code V3", "MIT/IBM MultiPLY"
            for org in orgs[bisect.bisect_left(org_starts, a) :]:
                if org.end > b or item[lead : org.start - a].strip("/ "):
                    break
                lead = org.end - a
            a, item = a + lead, item[lead:]
            stripped = item.strip(" /")
            offset = item.find(stripped)
            name = _LIST_NAME.fullmatch(stripped)
            if name and not reg.is_not_model(stripped) and not stripped.islower():
                mates.append(ModelMention(a + offset, a + offset + len(stripped), stripped, stripped, None, "list"))
    return mates


# A table whose first column is headed Model/模型 lists models in it, known or not: each row's
# first cell (a name, not a number or a sentence), found wherever else the text names it too.
_MODEL_COLUMN = re.compile(rf"\|[ \t]*(?:\*\*)?{MODEL_HEAD}(?:\*\*)?[ \t]*\|")
_CELL_GLOSS = re.compile(r"[ \t]*[(（][^()（）\n]{1,30}[)）]$")  # (a name's gloss in its cell: its experts, its date)
_MOST_NAMES = 256  # names taken from tables and cues to find elsewhere, per document
_TABLE_NAME = regex.compile(r"[A-Z\p{Han}][A-Za-z0-9\p{Han}.\-·+ ]{1,39}")


def _table_names(text: str, reg: Registry, tables: list[tuple[list[Cell], Row]] | None) -> dict[str, str | None]:
    """Each name a table shows to be a model's, and the maker its row's maker column states (`tables`:
    rows_under_headers(text), when the caller has it already)."""
    if tables is None:
        tables = list(rows_under_headers(text)) if _MODEL_COLUMN.search(text) else []
    names: dict[str, str | None] = {}
    heads: set[int] = set()
    columns: dict[int, tuple[int | None, int | None]] = {}  # (each header's model and maker columns, found once)
    for header, row in tables:
        if header and header[0].start not in heads and _SCORES_COLUMN.fullmatch(unemphasized(header[0].text)):
            heads.add(header[0].start)
            names.update(dict.fromkeys(_models_across(header[1:], reg)))
        if not header:
            continue
        if (found := columns.get(header[0].start)) is None:
            # (the models' column, first or not: "| 时间 | 模型 | 参数量 |"; and the makers')
            found = columns[header[0].start] = (
                next((k for k, head in enumerate(header) if _MODEL_COLUMN.fullmatch(f"|{head.text}|")), None),
                next((k for k, head in enumerate(header) if _MAKER_COLUMN.fullmatch(unemphasized(head.text))), None))
        column, maker_column = found
        if column is None or column >= len(row.cells):
            continue
        cell = unemphasized(row.cells[column].text)
        if (gloss := _CELL_GLOSS.search(cell)) is not None:
            cell = cell[: gloss.start()]  # ("Foo 4 Scout (17Bx16E)": the name, its gloss apart)
        family = next((w for w in _FAMILY_WORDS if cell.endswith(w)), "")  # ("Claude 3 family": Claude 3)
        cell = cell[: len(cell) - len(family)]
        if _table_name(cell, reg):
            # (its maker, from the row's maker column: "| Foo-2 | Acme AI | 2025-03-04 |" under "| Model |
            # Organization | Release date |")
            maker = unemphasized(row.cells[maker_column].text) \
                if maker_column is not None and maker_column != column and maker_column < len(row.cells) else None
            names[cell] = maker if maker and _MAKER_CELL.fullmatch(maker) else names.get(cell)
    return names


_MAKER_COLUMN = re.compile(MAKER_HEAD)  # (a table's column of makers: "Organization", "发布机构", "厂商", "备案单位")
_MAKER_CELL = regex.compile(r"[\p{L}][\p{L}\d .,&'-]{0,39}")  # (a name, "Acme AI, Inc.": no number, no sentence)


# A table of scores with a model in each column ("| Benchmark | Foo-Pro | GPT-4o |"): its header's other cells are
# models too, when one of them is a model the registry knows
_SCORES_COLUMN = re.compile(r"(?i:benchmarks?|tasks?|datasets?|evaluations?|metrics?)"
                            r"|基准(?:测试)?|评测(?:集|基准|项目)?|测试集|能力维度")


def _models_across(cells: list[Cell], reg: Registry) -> list[str]:
    written = [unemphasized(c.text) for c in cells]
    if not any(fold(w) in reg.model_by_key or _family_of(w, reg) for w in written):
        return []
    return [w for w in written if _table_name(w, reg) and not _NOT_A_MODEL_HEAD.fullmatch(w)]


def _table_name(cell: str, reg: Registry) -> bool:
    """Whether a table's cell in a models' column or row can be a model's name (no organization's, no benchmark's)."""
    return _TABLE_NAME.fullmatch(cell) is not None and not reg.is_not_model(cell) and reg.canonical_org(cell) == cell


# (a column that sums the others up or sets them apart: "| Average |", "| Δ |", "| Previous SOTA |"; or tells what
# a row's benchmark is: "| Description |", "| Category |")
_NOT_A_MODEL_HEAD = re.compile(r"(?i:avg\.?|average|mean|median|delta|diff(?:erence)?|ours|baseline|best"
                               r"|(?:previous\s+)?sota|notes?|remarks?|metrics?|scores?|rank(?:ing)?|change"
                               r"|improvement|gain|human|random|descriptions?|details?|categor(?:y|ies)|type|domain"
                               r"|capability|setting|unit)|平均分?|提升|备注|差值|排名|人类|说明|描述|类别|类型|领域|能力")


def _table_identities(text: str, reg: Registry, tables: list[tuple[list[Cell], Row]] | None
                      ) -> dict[str, tuple[str, str | None, str]]:
    identity = {}
    for name, maker in list(_table_names(text, reg, tables).items())[:_MOST_NAMES]:
        latin = _both_names(name, reg)
        identity[name] = (*_identity(latin or name, reg, _family_org(name, reg) or maker), "table")
    return identity


def _named_elsewhere(text: str, identity: dict[str, tuple[str, str | None, str]]) -> list[ModelMention]:
    """Every mention of the names a table or a cue showed to be models (name -> canonical name,
    organization, source)."""
    if not identity:
        return []
    found = []
    # (one pass for all the names: a search per name would be quadratic in a long table)
    # (a Chinese name with a point version after it is that version's: "“灵犀”大模型 … 推出灵犀3.0"; the name's script
    # tested here: a range of Han characters in the pattern made its compiling, once per text, 4 times slower)
    versioned = "|(?=\\d+\\.\\d)" if any("\u4e00" <= name[-1] <= "\u9fff" for name in identity) else ""
    names = re.compile(f"{trie_pattern(list(identity))}(?:(?![A-Za-z0-9]){versioned})")
    for m in _names_at_word_starts(names, text):
        if text[m.end() : m.end() + 1].isdigit() and not "\u4e00" <= m.group(0)[-1] <= "\u9fff":
            continue
        if not _after_number(text, m.start()):
            canonical, org, source = identity[m.group(0)]
            end = m.start() + len(text[m.start() : _extend(text, m.start(), m.end())].rstrip())  # "Magistral Large"
            found.append(ModelMention(m.start(), end, text[m.start() : end], canonical + text[m.end() : end], org,
                                      source))
    return found


# A cue's name with its version written apart: its other versions are models too ("多模态大模型Awaker 1.0 …
# 年底前推出Awaker 2.0"). (A registry family's versions are found by the registry scan.)
# So are a Chinese name's, its version after a hyphen ("大模型星辰-2 … 星辰-3将于明年发布")
_NAME_SPACE_VERSION = re.compile(rf"([A-Z][A-Za-z]+){_VERSION_APART.pattern}|([\u4e00-\u9fff]{{2,4}})-\d+(?:\.\d+)*")


def _other_versions(text: str, cues: list[ModelMention], reg: Registry) -> list[ModelMention]:
    families = {stem: (stem, cue.org, "cue") for cue in cues
                if (m := _NAME_SPACE_VERSION.fullmatch(cue.text)) and (stem := m.group(1) or m.group(2))
                and stem not in reg.family_by_form and not reg.is_not_model(stem)}
    # (the family's name is letters only: a digit in a mention is a version the scan took after it)
    return [m for m in _named_elsewhere(text, families) if any(c.isdigit() for c in m.text)]


# Characters: a longer "name" is a run of letters and digits (an identifier, a hash), not a model
# (the longest names, with size, variant and date, "Llama-3.1-Nemotron-Ultra-253B-v1", take half).
_LONGEST_NAME = 64


# A name going on after an underscore is part of an identifier: a file's, a quantization's
# ("Llama-3.1-8B-Instruct-Q4_K_M.gguf", "IQ2_M"), not a model
_IDENTIFIER_JOINT = re.compile(r"_(?=[^\W_])")


def find_models(text: str, orgs: list[OrgMention] | None = None,
                tables: list[tuple[list[Cell], Row]] | None = None) -> list[ModelMention]:
    """Model mentions in `text`, leftmost-longest, without overlaps (`orgs`: find_orgs(text),
    `tables`: rows_under_headers(text), when the caller has them already)."""
    reg = load_registry()
    cues = _cue_mentions(text, reg)
    identity = _table_identities(text, reg, tables)
    for cue in cues:
        if len(identity) >= _MOST_NAMES:
            break
        # (or one it finds only in part, "Atlas-VL 2": not where the part is the registry's, "日日新SenseNova V6")
        if cue.text not in identity and fold(cue.text) not in reg.model_by_key \
                and (_generic_identity(cue.text) is None
                     or (not _GENERIC.fullmatch(cue.text) and not _registry_mentions(cue.text, reg))) \
                and text.count(cue.text) > 1:
            identity[cue.text] = (cue.canonical, cue.org, "cue")  # (what no other scan finds, written again)
    candidates = _registry_mentions(text, reg) + _generic_mentions(text, reg) + _api_ids(text, reg) + cues \
        + _named_elsewhere(text, identity) + _other_versions(text, cues, reg)
    orgs = find_orgs(text) if orgs is None else orgs
    candidates += _list_mates(text, candidates, reg, orgs)
    candidates = [c for c in candidates if c.end - c.start <= _LONGEST_NAME]
    if "_" in text:  # (found in C first: few texts have one; where an identifier goes on, found once)
        joints = {m.start() for m in _IDENTIFIER_JOINT.finditer(text)}
        candidates = [c for c in candidates if c.end not in joints]
    chosen = _leftmost_longest(candidates)
    chosen = _with_listed_siblings(text, chosen, reg)
    chosen = _without_family_before_member(text, chosen, reg)
    # (only the short names written apart from the full ones: a text's scan for them costs as much as
    # the table names')
    first: dict[str, int] = {}  # (where each model is first named)
    every = _short_names(text, chosen, reg, first)
    every |= {short: named for short, named in _other_versions_shorts(text, chosen, reg, first).items()
              if short not in every}
    if every:
        chosen = _named_again(text, chosen, every, first)
        # (a cue's name that is such a short name: "The company said Opus, its most capable model, …")
        chosen = [c._replace(canonical=every[c.text][0], org=every[c.text][1])
                  if c.source == "cue" and c.canonical == c.text and c.text in every
                  and c.start > first.get(every[c.text][0], len(text)) else c for c in chosen]
    teams = _family_teams(text, reg)  # (the makers a family's team stands for, for its codes alone: "Kimi团队开源了K2")
    chosen = _written_again(text, _family_codes(text, chosen, sorted(orgs + teams) if teams else orgs))
    # (and those of models named by their codes: "V3.2-Speciale" then "Speciale版本只开放API")
    coded = [c for c in chosen if c.canonical not in first]
    if coded and (later := {short: named for short, named in _short_names(text, coded, reg, first).items()
                            if short not in every}):
        chosen = _named_again(text, chosen, later, first)
    chosen = _with_variants_apart(text, _with_stated_makers(text, chosen), reg)
    # (a table's maker column's maker, for the names of its rows no other scan gave one)
    if table_makers := {canonical: org for canonical, org, source in identity.values() if source == "table" and org}:
        chosen = [c._replace(org=table_makers[c.canonical]) if c.org is None and c.canonical in table_makers else c
                  for c in chosen]
    # (a code that alone names something else, once its model's full name was written before it: "MiniMax-M1 … M1在
    # AIME 2024上得分86.0%"; not a chip's: "Apple的M1芯片")
    # (written as the registry's name or spaced apart: "MiniMax M2" is MiniMax-M2's)
    full_at = {c.canonical: c.start for c in reversed(chosen)
               if c.text == c.canonical or fold(c.text) == fold(c.canonical)}  # (folded only where they differ)
    # (or a point version of it: "MiniMax将于下周发布M2.1 … 此前的M2于10月27日开源")
    for c in reversed(chosen):
        if (point := _POINT_TAIL.search(c.canonical)) is not None:
            base = c.canonical[: point.start()]
            full_at[base] = min(full_at.get(base, len(text)), c.start)
    # (a word alone is no model, "Thinking", unless a variant listed after its model: "GPT-5.1 (Instant and Thinking)")
    kept = [c for c in chosen if (not reg.is_not_model(c.text) or _maker_named_before(text, c, orgs)
                                  or (c.canonical.endswith(f" {c.text}") and c.canonical != c.text)
                                  # (or a maker's code its sibling told: "Baichuan-M2。M3预计…", not Apple's M3)
                                  or (c.text != c.canonical
                                      and (full_at.get(c.canonical, len(text)) < c.start
                                           or (c.source == "family" and _CODE_RE.fullmatch(c.text) is not None))
                                      and match_at(_CHIP_AFTER, text, c.end) is None))
            and match_at(_PLAN_AFTER, text, c.end) is None
            and not (c.canonical.endswith(_TIER_WORDS) and _TIER_NAME.fullmatch(c.canonical)
                     and match_at(_USERS_AFTER, text, c.end) is not None)
            and not (c.source in ("generic", "list") and c.canonical == c.text
                     and _listed_with_not_model(text, c, reg))]
    return _glossed_names(text, kept)


# A name the registry does not know listed right beside one it knows as no model, by 、 ("投机解码（如Medusa、
# EAGLE-3）"): a method or a tool as its neighbour is, no model (not by a comma or "and", which join clauses too:
# "scores 88.1 on MMLU, Bar-4o scores …")
_MATE_BEFORE = re.compile(r"([A-Za-z][\w.+-]*)[ \t]*、[ \t]*$")
_MATE_AFTER = re.compile(r"[ \t]*、[ \t]*([A-Za-z][\w.+-]*)")


def _listed_with_not_model(text: str, c: ModelMention, reg: Registry) -> bool:
    """Whether `c` is listed by 、 right beside a name the registry knows as no model, as the list writes it (not a
    version of one: "Mamba-2、RWKV-7" lists two models)."""
    before = _MATE_BEFORE.search(text, max(0, c.start - 32), c.start)
    after = _MATE_AFTER.match(text, c.end)
    return any(mate is not None and fold(mate.group(1)) in reg.not_models for mate in (before, after))


_VERSION_NUMBERS = re.compile(r"\d+(?:\.\d+)*")


def _glossed_names(text: str, chosen: list[ModelMention]) -> list[ModelMention]:
    """`chosen` with a model's other name in parentheses right after it, its version the same, named as that model
    everywhere ("万相2.1（Wan 2.1）", "混元图像3.0（HunyuanImage 3.0）": one model, the other name its alias)."""
    same: dict[str, str] = {}
    for a, b in pairwise(chosen):
        if b.canonical != a.canonical and b.start - a.end <= 2 and text[a.end : b.start].strip() in ("(", "（") \
                and text[b.end : b.end + 2].lstrip()[:1] in (")", "）") \
                and (numbers := _VERSION_NUMBERS.findall(a.text)) and numbers == _VERSION_NUMBERS.findall(b.text):
            same.setdefault(b.canonical, same.get(a.canonical, a.canonical))
    if not same:
        return chosen
    return [c._replace(canonical=same[c.canonical]) if c.canonical in same else c for c in chosen]


# A variant named apart, with the word for a version, after a versioned model it is of ("Nemotron 3，包含Nano、Super與
# Ultra三種規模，其中Nano版本參數量約300億", "the Flash version"): that model's variant (Nemotron 3 Nano); not a
# product's tier ("ChatGPT … the Pro version": no version of its own)
VERSION_WORD = r"[ \t]*(?:版本|版(?![权本])|(?i:version|variant)(?![A-Za-z]))"
_VERSION_WORDS = ("版", "version", "Version", "variant")  # (found with str.find: a scan of the patterns ran at 32 MB/s)
_APART_VARIANT = r"(?P<v>Nano|Super|Ultra|Pro|Max|Mini|Flash|Lite|Plus|Turbo|Air|Heavy|Thinking)"
_VARIANT_APART = regex.compile(r"(?<![A-Za-z0-9_.-])" + _APART_VARIANT + VERSION_WORD)
_VERSION_AFTER = re.compile(VERSION_WORD)
_VARIANT_REACH = 160  # characters back to the model
# ... and a version named apart after its family, in its sentence ("可灵（Kling）于9月23日推出2.5 Turbo版本": 可灵2.5
# Turbo)
_VERSION_NAMED_APART = regex.compile(rf"(?<![A-Za-z0-9_.])(?P<ver>\d+(?:\.\d+)+)(?:[ \t]*{_APART_VARIANT})?"
                                     + VERSION_WORD)
_VERSION_REACH = 40  # characters back to the family
_NAMED_BEFORE_WORD = 24  # characters a version and a variant take before the word


def _with_variants_apart(text: str, chosen: list[ModelMention], reg: Registry) -> list[ModelMention]:
    """`chosen` and the versions and variants named apart after their model (_VERSION_NAMED_APART, _VARIANT_APART)."""
    # (after a version's digit, a variant's letter or a space: not "出版", "开源版")
    words = sorted({pos for word in _VERSION_WORDS for pos in occurrences(text, word)
                    if pos and (text[pos - 1].isascii() and (text[pos - 1].isalnum() or text[pos - 1] in " \t"))})
    if not words:
        return chosen
    starts = [c.start for c in chosen]
    found: list[ModelMention] = []
    for pos in words:
        lo = max(0, pos - _NAMED_BEFORE_WORD)
        m = next((m for pattern in (_VERSION_NAMED_APART, _VARIANT_APART)
                  for m in pattern.finditer(text, lo, pos + 8) if m.start() < pos < m.end()), None)
        if m is None:
            continue
        i = bisect.bisect_left(starts, m.end())
        if i and chosen[i - 1].end > m.start():
            continue  # (inside a name: "Gemini 3 Pro version")
        base = chosen[i - 1] if i else None
        if base is None:
            continue
        if m.re is _VERSION_NAMED_APART:
            if m.start() - base.end > _VERSION_REACH or any(ch.isdigit() for ch in base.canonical) \
                    or reg.family_by_form.get(base.canonical) is None \
                    or _SENTENCE_STOP.search(text, base.end, m.start()) is not None:
                continue
            end = m.end("v") if m.group("v") else m.end("ver")
            written = text[m.start() : end]
            glue = "" if not base.canonical.isascii() else " "
            found.append(ModelMention(m.start(), end, written, base.canonical + glue + written, base.org, "family"))
        elif m.start() - base.end <= _VARIANT_REACH and any(ch.isdigit() for ch in base.canonical) \
                and text.find("\n\n", base.end, m.start()) == -1:
            stem, _, last = base.canonical.rpartition(" ")
            if last not in VARIANT_SET:
                stem = base.canonical
            elif last == m.group("v") or not any(ch.isdigit() for ch in stem) \
                    or _SENTENCE_STOP.search(text, base.end, m.start()) is not None:
                continue
            # (a sibling of a variant in its sentence, its version's: "GPT-5.2 Thinking …，Pro版则为54.2%" is GPT-5.2
            # Pro; not in the next, "…比Gemini 2.5 Flash略贵。与Pro版一样，…" may be another version's)
            found.append(ModelMention(m.start(), m.end("v"), m.group("v"), f"{stem} {m.group('v')}", base.org,
                                      "family"))
    return sorted(chosen + found, key=lambda c: c.start) if found else chosen


# (a chip, or a thing a code numbers that is no model: "Apple's R1 chip", "the V0 engine", "UE8M0 format"; a chip's
# tier: "M4 Pro")
_CHIP_AFTER = re.compile(rf"[ \t]*(?:{_HARDWARE_ZH}|(?i:(?:{_HARDWARE_EN})s?\b|(?:Pro|Max|Ultra)\b))")


# A subscription named after a product is no model: "a $200-a-month ChatGPT Pro plan", "ChatGPT Plus会员"; nor is a
# product's tier whose users something is offered to ("向ChatGPT Plus和Pro用户开放", "for ChatGPT Plus users": a tier's
# last word, no version in the name)
# (nor a license named after it: _LICENSE_AFTER)
_PLAN_AFTER = re.compile(rf"[ \t]+(?:plan|subscription|tier|membership)s?\b|[ \t]*(?:套餐|会员)|(?i:{_LICENSE_AFTER})")
_TIER_WORDS = ("Plus", "Pro", "Team", "Enterprise", "Max", "Advanced", "Go")  # (not Ultra: Gemini Ultra is a model)
_TIER_NAME = re.compile(rf"\D*[ \t](?:{'|'.join(_TIER_WORDS)})")
_USERS_AFTER = re.compile(r"(?:[ \t]*(?:和|与|、|/|,|and|&)[ \t]*[A-Z][a-z]+)*[ \t]*(?:用户|订阅用户|订阅者"
                          r"|(?i:users|subscribers|customers|members)\b)")


# A field that names who made the model of its record: "Developer: Nimbus Labs", "开发机构：某某实验室" (a model card, a
# fact sheet); the models of its block (its run of lines without a blank one) that no maker was known for are its.
# (Read from each key's colon back to its line's start: a pattern anchored at every line start, in multiline mode,
# ran at 13 MB/s, a quarter of the whole extraction's time.)
_MAKER_KEYS = ("developer", "model developer", "developed by", "organization", "organisation", "company", "vendor",
               "provider", "creator", "made by", "开发者", "开发商", "开发机构", "研发机构", "发布机构", "研发方",
               "厂商", "发布方", "机构", "研发单位", "开发单位", "发布单位", "公司")
_MAKER_KEY_WORDS = "|".join(key.replace(" ", r"\s+") for key in _MAKER_KEYS)
_MAKER_KEY = re.compile(rf"[ \t>*_-]*(?i:{_MAKER_KEY_WORDS})[*_]*[ \t]*")
_MAKER_VALUE = re.compile(r"[ \t]*[*_]*(?P<org>[^\n|*_:：,，;；]{2,40}?)[*_]*[ \t]*(?:\n|$)")
_LONGEST_KEY = 32  # characters from a line's start to its field's colon
# (each colon found by str.find, in C, and passed over unless a key's last character ends what is before it: a pattern
# scanned for the keys' words ran at 27 MB/s, as slow as the rest of the names' search)
_KEY_ENDS = frozenset(k[-1] for k in _MAKER_KEYS) | frozenset(k[-1].upper() for k in _MAKER_KEYS)
_BLANK_LINE = regex.compile(BLANK_LINE)
_BLANK_LINE_BEFORE = regex.compile(_BLANK_LINE.pattern, regex.REVERSE)


def _maker_fields(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, maker) of each maker field: where its line and its value end."""
    colon = text.find(":")  # (normalized text writes the full-width colon so too)
    while colon != -1:
        if text[max(0, colon - 4) : colon].rstrip("*_ \t")[-1:] in _KEY_ENDS:
            line_start = text.rfind("\n", max(0, colon - _LONGEST_KEY), colon) + 1
            if (line_start or colon <= _LONGEST_KEY) and _MAKER_KEY.fullmatch(text, line_start, colon) \
                    and (value := _MAKER_VALUE.match(text, colon + 1)) is not None:
                yield line_start, value.end(), value.group("org").strip()
        colon = text.find(":", colon + 1)


def _with_stated_makers(text: str, chosen: list[ModelMention]) -> list[ModelMention]:
    """`chosen`, the makers of those of a maker field's block (_MAKER_KEYS) that had none given."""
    if all(c.org is not None for c in chosen):
        return chosen
    makers: dict[str, str] = {}  # canonical name -> its maker
    made: list[ModelMention] | None = None
    for field_start, field_end, maker in _maker_fields(text):
        if made is None:  # (not a model a field names as the one this was made from: "- **Finetuned from model:**
            # Bar-2-7B", "基座模型：…"; asked once there is a maker field: most texts have none)
            made = [c for c in chosen if not _BASE_FIELD.match(text, text.rfind("\n", 0, c.start) + 1, c.start)]
        blank = _BLANK_LINE_BEFORE.search(text, 0, field_start)
        start = blank.end() if blank is not None else 0
        if blank is not None and text.startswith("#", above := text.rfind("\n", 0, blank.start()) + 1):
            start = above  # (and the heading right over the block: "# Model card: Foo-Chat-7B")
        blank = _BLANK_LINE.search(text, field_end - 1)  # (from the line break the field's value ends with, if any)
        end = blank.start() if blank is not None else len(text)
        spans = [(start, end)]
        if text.startswith("#", start) and not any(start <= c.start < end for c in made) \
                and (parent := _parent_heading(text, start)) is not None:
            spans.append(parent)  # (a section that names no model, "## Model Details", under "# Model card: Foo-7B")
        for c in made:
            if c.org is None and any(a <= c.start < b for a, b in spans):
                makers.setdefault(c.canonical, maker)
    return [c._replace(org=makers[c.canonical]) if c.org is None and c.canonical in makers else c for c in chosen]


# What a model is made from ("fine-tuned from B", "distilled from B"; the comparisons' objects read it too)
MADE_FROM = r"(?:fine-?tuned|distilled|derived|adapted|quantized|converted|trained|merged)\s+from"
_BASE_FIELD = re.compile(rf"[ \t>*_-]*(?i:{MADE_FROM}(?:\s+model)?|(?:base|parent)\s+models?)"
                         r"|基座模型|基础模型|基模型|底座模型")


def _parent_heading(text: str, start: int) -> tuple[int, int] | None:
    """The line of the nearest heading above the heading at `start` of a higher level (fewer #), if any."""
    level = heading_level(text, start)
    pos = start
    while pos > 0:
        pos = text.rfind("\n#", 0, pos - 1) + 1  # (0: none after a line break; the text's first line is looked at)
        if 0 < heading_level(text, pos) < level:
            end = text.find("\n", pos)
            return pos, end if end != -1 else len(text)
    return None


_POINT_TAIL = re.compile(r"(?<=\d)\.\d+$")  # (a version's point and minor number, at a name's end)


def _maker_named_before(text: str, code: ModelMention, orgs: list[OrgMention]) -> bool:
    """Whether a code that alone names something else ("M1", Apple's chip) was resolved to a model of a maker
    the sentence names before it ("MiniMax则在6月推出了M1推理模型": MiniMax-M1)."""
    if code.canonical == code.text or not code.canonical.endswith(code.text):
        return False
    if text.endswith("Its ", 0, code.start):  # (or the sentence before, its possessive opening this one: "The latest
        # entrant is MiniMax. Its M2 model, …", the last company named)
        before = [org for org in orgs if org.end <= code.start and code.start - org.end <= 160]
        return bool(before) and before[-1].canonical == code.org
    return any(org.canonical == code.org and org.end <= code.start and code.start - org.end <= 160
               and _SENTENCE_STOP.search(text, org.end, code.start) is None for org in orgs)


@cache
def _coded_models() -> dict[str, list[KnownModel]]:
    """A code -> the registry's models named by a family's name and that code ("DeepSeek-R1", "Kimi K2")."""
    reg = load_registry()
    coded: dict[str, list[KnownModel]] = {}
    for known in reg.models:
        for name in (known.name, *known.aliases):
            m = _SHORT_CODE.search(name)
            if m and name[: m.start(1) - 1] in reg.family_by_form and known not in coded.get(m.group(1), []):
                coded.setdefault(m.group(1), []).append(known)
    return coded


@cache
def _code_pattern() -> re.Pattern[str]:
    # (a dated update of the model after its code: "R1-0528", "V3-0324")
    return re.compile(rf"({trie_pattern(list(_coded_models()))})(-\d{{4}})?(?![A-Za-z0-9_]|[.-][A-Za-z0-9])")


_TEAM_WORDS = ("team", "Team", "团队")
_LATIN_BEFORE_TEAM = re.compile(r"([A-Za-z][A-Za-z0-9.-]*)[ \t]*(?:大模型|模型)?$")
_HAN_BEFORE_TEAM = re.compile(r"([\u4e00-\u9fff]{2,8})[ \t]*$")


def _family_teams(text: str, reg: Registry) -> list[OrgMention]:
    """The teams of families the registry knows, as their makers ("the Kimi team", "Qwen团队", "豆包大模型团队" over
    Moonshot AI, Alibaba, ByteDance): a code written alone in their sentences is their maker's model, as after the
    maker's name ("Kimi团队开源了K2 Thinking")."""
    found: list[OrgMention] = []
    for word in _TEAM_WORDS:
        for pos in occurrences(text, word):
            head = text[max(0, pos - 16) : pos]
            fam = None
            if (latin := _LATIN_BEFORE_TEAM.search(head)) is not None:
                fam = reg.family_by_form.get(latin.group(1))
            elif (han := _HAN_BEFORE_TEAM.search(head.removesuffix("模型").removesuffix("大"))) is not None:
                run = han.group(1)  # (the family's name ends the run: "腾讯混元团队")
                fam = next((f for k in range(2, len(run) + 1) if (f := reg.family_by_form.get(run[-k:])) is not None),
                           None)
            if fam is not None and fam.org is not None:
                found.append(OrgMention(pos, pos + len(word), word, fam.org))
    return found


def _family_codes(text: str, chosen: list[ModelMention], orgs: list[OrgMention]) -> list[ModelMention]:
    """A registry model's code written alone ("R1", "K2是一个MoE模型", "DeepSeek's R1", "DeepSeek的V3") in a
    text that names the model's family or maker is that model (DeepSeek-R1, Kimi K2), when one model
    of theirs has that code, and with a date after it its update ("R1-0528": DeepSeek-R1-0528); a code taken
    as a name of its own (K2, R1) is resolved so too."""
    makers = {org.canonical for org in orgs} | {c.org for c in chosen if c.org}
    found: list[ModelMention] = []
    replaced: set[int] = set()
    ordered = sorted(chosen, key=lambda c: c.start)  # (no two overlap: their ends in order too)
    starts = [c.start for c in ordered]
    for m in _names_at_word_starts(_code_pattern(), text):
        end = _extend(text, m.start(), m.end())  # (a variant after it: "X1 Turbo" is ERNIE X1 Turbo)
        written = text[m.start() : end].rstrip()
        end = m.start() + len(written)
        # (those it overlaps, found from where it ends: a scan of every mention per code was quadratic in a text's)
        k = bisect.bisect_left(starts, end)
        j = k
        while j > 0 and ordered[j - 1].end > m.start():
            j -= 1
        inside = ordered[j:k]
        bare = inside and (inside[0].start, inside[0].end, inside[0].canonical) == (m.start(), end, written)
        if inside and not bare:
            continue
        if _after_number(text, m.start()) or _NAME_BEFORE_CODE.search(text, max(0, m.start() - 40), m.start()) \
                or match_at(_CHIP_AFTER, text, end) is not None:
            continue  # (nor a chip: "Apple's R1 chip", "苹果M1芯片")
        theirs = [known for known in _coded_models()[m.group(1)] if known.org in makers]
        if len(theirs) == 1:
            found.append(ModelMention(m.start(), end, written, theirs[0].name + written[len(m.group(1)) :],
                                      theirs[0].org, "registry"))
            replaced.update(c.start for c in inside)
    siblings = _sibling_codes(text, chosen + found, orgs)
    found += siblings
    replaced.update(c.start for c in siblings)
    return _leftmost_longest([c for c in chosen if c.start not in replaced] + found) if found else chosen


@cache
def _code_families() -> dict[tuple[str, str], str]:
    """(maker, a code's letters) -> the family's written prefix, from the registry's coded models
    (DeepSeek-R1: ("DeepSeek", "R") -> "DeepSeek-")."""
    families: dict[tuple[str, str], str] = {}
    for code, models in _coded_models().items():
        letters = _CODE_LETTERS.match(code)
        for known in models:
            if letters and known.org and known.name.endswith(code):
                families.setdefault((known.org, letters.group(0)), known.name[: -len(code)])
    return families


def _sibling_codes(text: str, chosen: list[ModelMention], orgs: list[OrgMention]) -> list[ModelMention]:
    """A code the registry does not know, written as its maker's ("DeepSeek's R2", "DeepSeek的V4") or later in
    a sentence that names the maker ("DeepSeek has not announced a date for R2, though it updated V3.1"), or one of
    its coded models ("8月21日发布V3.1，9月29日发布V3.2-Exp"), is another model of a family of theirs that is named by
    such codes (DeepSeek-R2, DeepSeek-V3.2-Exp)."""
    found: list[ModelMention] = []
    families = _code_families()
    makers = {maker for maker, _ in families}
    anchors = [(org.end, org.canonical) for org in orgs if org.canonical in makers]
    named = [(c.end, c.org) for c in chosen if c.org in makers]
    # (the next major version of the code that ends a named model's name, with its maker: "M3" of "Baichuan-M2"; of
    # any such model the text names or a code taken below, whichever anchor's paragraph the code is met in: "DeepSeek
    # released V3.2 on Monday. V4 could arrive …", where the company's name, before V3.2, scanned the paragraph)
    next_codes = {(c.org, following) for c in chosen if c.org in makers and (following := _next_major(c.text))}
    anchors += named
    anchors += _company_anchors(text, anchors)
    anchors += _named_code_anchors(text, chosen, families)
    # (a model of such a family in the text's headline makes its codes the family's anywhere in the text: "# 一文看懂
    # DeepSeek-V3.2-Exp" over "1. 架构：在V3.1-Terminus基础上…")
    headline = _headline_end(text)
    whole = {(c.end, c.org) for c in chosen if c.org in makers and c.end <= headline}
    firsts = {maker: "".join(sorted({letters[0] for m, letters in families if m == maker})) for maker in makers}
    org_starts = [org.start for org in orgs]
    named_ends = set(named)
    paragraph_scanned: dict[str, int] = {}  # (how far each maker's codes were looked for past their sentences)
    ordered = sorted(chosen, key=lambda c: c.start)  # (found by bisection: a scan of every mention per code was
    starts = [c.start for c in ordered]  # quadratic in a text that names one model a thousand times)
    widest = max((c.end - c.start for c in ordered), default=0)
    taken: set[int] = set()

    def take(m: re.Match[str], maker: str, near_end: int) -> bool:
        """Whether the code `m` is the maker's model (found now or before)."""
        if m.start() >= near_end and _other_maker_before(text, m.start(), maker, orgs, org_starts):
            return False  # (past the headline's reach, a code another company's: "Meta的R2机器人")
        if match_at(_CHIP_AFTER, text, m.end("code")) is not None:
            return False  # (a chip: "百川智能发布了Baichuan-M2，苹果发布了M3芯片")
        prefix = families.get((maker, m.group("letters")))
        # (a code the registry knows as this maker's model, which alone names something else: "MiniMax则在6月推出了
        # M1推理模型" is MiniMax-M1, not Apple's chip)
        known = next((k for k in _coded_models().get(m.group("code"), ()) if k.org == maker), None)
        if prefix is None or (known is None and m.group("code") in _coded_models()):
            return False
        start = m.start("code")  # (and a variant after it: "V3.2-Exp")
        code = text[start : _extend(text, start, m.end("code"))].rstrip()
        # (what overlaps it, unless the code taken as a name of its own: "DeepSeek的V4" was one)
        near = ordered[bisect.bisect_left(starts, start - widest) : bisect.bisect_left(starts, start + len(code))]
        if any(c.start < start + len(code) and start < c.end
               and (c.start, c.end, c.canonical) != (start, start + len(code), c.text) for c in near):
            return False
        canonical = known.name if known is not None and code == m.group("code") else prefix + code
        if start not in taken:
            taken.add(start)
            found.append(ModelMention(start, start + len(code), code, canonical, maker, "family"))
            if following := _next_major(code):
                next_codes.add((maker, following))
        return True

    for end, maker in sorted({*anchors, *whole}):
        stop = _CODE_STOP.search(text, end, end + 160)  # (past a semicolon: "开源DeepSeek-V3；上个月，其又发布了V3.2")
        # (a post's "又开源了！V3.2正式版": no sentence's end; the stops met tested, not every mark of the text again)
        while stop is not None and _exclaimed_at(text, stop.start()):
            stop = _CODE_STOP.search(text, stop.end(), end + 160)
        near_end = stop.start() if stop else min(len(text), end + 160)
        if (end, maker) in whole:
            for m in _maker_codes(firsts[maker]).finditer(text, end):
                take(m, maker, near_end)
            continue
        coded = (end, maker) in named_ends
        for m in _SIBLING_CODE.finditer(text, end, near_end):
            coded = take(m, maker, near_end) or coded
        # (after a coded model of the maker, its codes on in the paragraph, past the sentence, those with a point
        # version or a variant: "DeepSeek发布了V3.2。上次V3.2-Exp是9.29发的", not "R5 is a car"; each stretch looked
        # through once for each maker)
        paragraph_end = text.find("\n\n", near_end) if coded else -1
        paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
        on_from = max(near_end, paragraph_scanned.get(maker, 0))
        if coded and on_from < paragraph_end:
            paragraph_scanned[maker] = paragraph_end
            for m in _maker_codes(firsts[maker]).finditer(text, on_from, paragraph_end):
                # (or the next version of the named model's own code: "Baichuan-M2。…M3预计明年一季度发布", not "R5
                # is a car" after R1)
                if "." in m.group("code") or text.startswith("-", m.end("code")) \
                        or (maker, m.group("code")) in next_codes:
                    take(m, maker, near_end)
    # (a code taken in the headline itself makes the family's codes its anywhere in the text too, as a model the
    # headline names in full: "# DeepSeek's V3.2 shows …" over "The model keeps V3.1's architecture"; a title's, not a
    # first line that ends as a sentence does, "DeepSeek又开源了！V3.2正式版。…。" over "R2呢？")
    titled = headline > 0 and not text[:headline].rstrip().endswith(_SENTENCE_END_MARKS)
    for headed in {c.org for c in found if c.end <= headline and c.org and titled} - {maker for _, maker in whole}:
        for m in _maker_codes(firsts[headed]).finditer(text, headline):
            take(m, headed, headline)
    # (a code the text gave a maker, with a hyphened variant after it anywhere in the text: "DeepSeek put out V3.2 on
    # Monday", paragraphs on "They introduced it with V3.2-Exp"; found by str.find, each occurrence matched alone; a
    # few codes at most, each a pass over the text)
    given = dict.fromkeys((c.text, c.org) for c in [*chosen, *found] if c.org in makers and c.canonical != c.text
                          and c.canonical.endswith(c.text) and _CODE_LETTERS.match(c.text))
    for code, maker in list(given)[:_GIVEN_CODES_MOST]:
        pos = text.find(code + "-")
        while pos != -1:
            if pos not in taken and (variant := _maker_codes(firsts[maker]).match(text, pos)) is not None \
                    and variant.group("code") == code:
                take(variant, maker, 0)
            pos = text.find(code + "-", pos + 1)
    return found


_HEADLINE_WIDTH = 100  # characters a headline takes at most
_GIVEN_CODES_MOST = 16  # codes a text gave its makers whose variants are looked for through the whole text
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "\n", ". ")
_SENTENCE_END_MARKS = tuple(mark.strip() for mark in _SENTENCE_ENDS if mark.strip())  # (what a line ends with)
_MAKER_REACH = 200  # characters back from a code to its sentence's start, at most


def _other_maker_before(text: str, pos: int, maker: str, orgs: list[OrgMention], org_starts: list[int]) -> bool:
    """Whether a company other than `maker` is named in the sentence before `pos` (`orgs` in order, and their starts:
    found by bisection, the window bounded, as a text of many codes and companies has many to test)."""
    start = max(text.rfind(mark, max(0, pos - _MAKER_REACH), pos) for mark in _SENTENCE_ENDS)
    start = max(start, pos - _MAKER_REACH)
    return any(org.canonical != maker for org in orgs[bisect.bisect_right(org_starts, start)
                                                        : bisect.bisect_left(org_starts, pos)])


def _headline_end(text: str) -> int:
    """Where the text's headline ends: its first line that holds any text, a short one with lines after it (else 0)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return end if start < end <= start + _HEADLINE_WIDTH else 0


def _named_code_anchors(text: str, chosen: list[ModelMention], families: dict[tuple[str, str], str]
                        ) -> list[tuple[int, str]]:
    """Where a model the text names (of a family named by codes) is written again by its code alone, anywhere in the
    text: a code after it there is its maker's too ("# DeepSeek-V3.2 常见问题" over "问：V3.2-Speciale能用多久？")."""
    prefixes: dict[str, list[str]] = {}
    for (maker, _), prefix in families.items():
        prefixes.setdefault(maker, []).append(prefix)
    codes: dict[str, str] = {}
    coded = _coded_models()
    for canonical, maker in {(c.canonical, c.org) for c in chosen if c.org in prefixes}:
        for prefix in prefixes[maker or ""]:
            # (not a code the registry knows, which _family_codes finds alone wherever its maker is named: "R1", "V3")
            if canonical.startswith(prefix) and _SIBLING_CODE.fullmatch(code := canonical[len(prefix):]) \
                    and code not in coded:
                codes[code] = maker or ""
    # (not where it ends a name, "DeepSeek-V3.2" itself: that mention anchors a scan already)
    return [(pos, maker) for code, maker in codes.items() for pos in occurrences(text, code)
            if not pos or text[pos - 1] not in _LEFT_CHARS]


# "the company" as the subject of a sentence after one that names a maker of coded models: that maker ("月之暗面今年7月
# 开源了Kimi K2。公司计划明年推出K3": Kimi K3; not 公司 inside a word, "谷歌公司", "子公司")
# (or the company's people in an interview: "有传言说你们在训练K3？", "我们希望明年上半年…")
_THE_COMPANY = ("公司", "the company", "The company", "你们", "我们")
_COMPANY_REACH = 200  # characters back to the maker
_SUBJECT_BEFORE = frozenset("。，,；;！？!?\n \t该")


def _company_anchors(text: str, anchors: list[tuple[int, str]]) -> list[tuple[int, str]]:
    if not anchors:
        return []
    ends = sorted(anchors)
    found: list[tuple[int, str]] = []
    for word in _THE_COMPANY:
        for pos in occurrences(text, word):
            if pos and word == "公司" and text[pos - 1] not in _SUBJECT_BEFORE:
                continue
            i = j = bisect.bisect_left(ends, (pos, ""))
            while j and pos - ends[j - 1][0] <= _COMPANY_REACH:
                j -= 1  # (the makers named within reach: one, or "the company" is none of them for sure)
            if j < i and len({maker for _, maker in ends[j:i]}) == 1:
                found.append((pos + len(word), ends[i - 1][1]))
    return found


_CODE = r"(?:[A-Z][A-Za-z]?\d+(?:\.\d+)*|[a-z]\d+(?:\.\d+)+)"  # a model's code: R1, V3.1, K2, X1, k1.5
_CODE_LETTERS = re.compile("[A-Za-z]+")
_TIME_WORD = regex.compile(rf"(?:{EN_DATE_WORD}|[Tt]oday|[Yy]esterday)\.?")
# (a day, a year; a sentence's adverb: "Notably, the flagship model, …", "Meanwhile, the largest model has …")
_NOT_APPOSED = re.compile(rf"{_TIME_WORD.pattern}(?:[ \t]\d+)?|[^ \t]+[ \t](?:19|20)\d\d|[A-Z][a-z]+ly"
                          r"|Meanwhile|However|Moreover|Furthermore|Also|Instead|Still|Now|Then|Here|Overall|Indeed"
                          r"|Thus|Hence|Besides|Again|Otherwise|Likewise|Nonetheless|Nevertheless|Later|Earlier"
                          r"|First|Second|Third|Next|Last|Yet|So|Plus|Similarly")
# (a major version of one or two digits: "V100", "A100" are chips)
_CODE_END = r"\d{1,2}(?:\.\d)?)(?![A-Za-z0-9_]|\.[A-Za-z0-9])"  # (a code's number, and what may not follow it)
_NAME_CODE_END = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]?)(\d+)(?:\.\d+)*$")


def _next_major(name: str) -> str | None:
    """The next major version of the code that ends `name` ("M3" of "Baichuan-M2", "V4" of "V3.2"), if a code does."""
    own = _NAME_CODE_END.search(name)
    return own.group(1) + str(int(own.group(2)) + 1) if own is not None else None


_SIBLING_CODE = re.compile(r"(?<![A-Za-z0-9_.-])(?P<code>(?P<letters>[A-Z][A-Za-z]?)" + _CODE_END)
_SENTENCE_STOP = re.compile(r"[.。!?！？;；\n](?!\d)")
_CODE_STOP = re.compile(r"[.。!?！？\n](?!\d)")
# (a verb of release and its exclamation, as a post writes it, its object after: "又开源了！V3.2正式版")
_EXCLAIMED_VERB = re.compile(rf"(?:{RELEASED})了?[!！]$")
_CAPITAL_AFTER = re.compile(r"[ \t]*[A-Z]")


def exclaimed_objects(text: str) -> set[int]:
    """Where an exclamation between a verb of release and its object ends ("又开源了！V3.2正式版"): no sentence's end.
    (Each mark found with str.find and its verb tested: a pattern over the whole text cost as much as a name scan.)"""
    return {pos + 1 for mark in ("！", "!") for pos in occurrences(text, mark) if _exclaimed_at(text, pos)}


def _exclaimed_at(text: str, pos: int) -> bool:
    """Whether the exclamation mark at `pos` stands between a verb of release and its object (exclaimed_objects)."""
    return _EXCLAIMED_VERB.search(text, max(0, pos - 3), pos + 1) is not None \
        and _CAPITAL_AFTER.match(text, pos + 1) is not None


@cache
def _maker_codes(firsts: str) -> re.Pattern[str]:
    """_SIBLING_CODE for the codes that start with one of `firsts` (a maker's): its letter first, so that the engine
    skips to each one (a scan of a whole text)."""
    return re.compile(rf"(?P<code>(?P<letters>[{firsts}](?<![A-Za-z0-9_.-].)[A-Za-z]?)" + _CODE_END)


def _leftmost_longest(candidates: list[ModelMention]) -> list[ModelMention]:
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start), _SOURCE_RANK[c.source]))
    chosen: list[ModelMention] = []
    last_end = -1
    for cand in candidates:
        if cand.start < last_end:
            continue
        chosen.append(cand)
        last_end = cand.end
    return chosen


# A variant's own name stands for the model once the text has named it whole with a version
# ("Llama 4 Scout … Scout has 17B active parameters"), unless it is a word that many models share
# (Pro, Flash) or a name of its own (the Llama of "Code Llama").
# (or joined by a hyphen after a point version: "DeepSeek-V3.2-Speciale … Speciale版本")
_SHORT_NAME = re.compile(r"\d[^\s]*\s+(?:[^\s]+\s+)*([A-Z][a-z]{3,})$|\d\.\d+-([A-Z][a-z]{3,})$")
# So does a code written after its family's name ("DeepSeek-V3.1 … V3.1在SWE-bench上得分66.0", "Kimi K2"),
# alone (not the end of another name: "CLIP-Filter V3"), unless it is the code of a model the
# registry knows (V3 is DeepSeek-V3's: _family_codes reads those).
# (with the variants or the date joined after it: "DeepSeek-V3.2-Exp … V3.2-Exp", "DeepSeek-R1-0528 … R1-0528")
_SHORT_CODE = re.compile(rf"[A-Za-z][-\s]({_CODE}(?:-(?:[A-Z][a-z]+|\d{{4}}))*)$")
_CODE_RE = re.compile(_CODE)
# And a version with its variants, written after a family's name, once the family is clear ("Gemini 2.0 Flash … 2.0
# Flash达到89.7%"): a version with a point only ("3 Pro" names too much)
_POINT_VERSION = re.compile(r"\d+\.\d+")
# (Latin only: Chinese spaced from the code is no name, "发布 R1-0528")
_NAME_BEFORE_CODE = re.compile(r"(?:[A-Za-z0-9_]*[-\d][A-Za-z0-9_-]*|[A-Z]{2,}[A-Za-z0-9_-]*"
                               r"|[A-Z][a-z]+[A-Z][A-Za-z0-9_-]*)[ -]$")


def _stands_for(text: str, short: ModelMention, first: dict[str, int]) -> bool:
    """Whether a short name written here stands for its model (`first`: where each model is first named)."""
    if short.start <= first.get(short.canonical, len(text)):
        return False
    # (nor a code or a variant word that ends another name: "SWE-bench Pro" is no GPT-5.2 Pro)
    named_on = short.text in VARIANT_SET or _CODE_RE.fullmatch(short.text) is not None
    return not (named_on and _NAME_BEFORE_CODE.search(text, max(0, short.start - 40), short.start))


# (a variant that names one family's model alone, the others being words that many models share; each with the
# variants of its family's other members: "Claude 3 Opus scored 86.8%, while Sonnet hit 79.0%" names Claude 3 Sonnet,
# when the registry knows it exists, not "Claude 3.5 Sonnet beats Opus")
_SIBLINGS = ({"Sonnet", "Opus", "Haiku"}, {"Scout", "Maverick", "Behemoth"})
_OWN_VARIANTS = frozenset().union(*_SIBLINGS)
_SHARED_VARIANTS = VARIANT_SET - _OWN_VARIANTS


def _version_at(words: list[str]) -> int:
    """Where the point version of a name's words is, when only variants follow it and a family's name comes before
    ("Gemini 2.5 Flash-Lite": 1), else 0. (Words, not a pattern searched at every position of every name.)"""
    for i in range(1, len(words) - 1):
        if words[i - 1][-1:].isalpha() and _POINT_VERSION.fullmatch(words[i]) \
                and all(part in VARIANT_SET for word in words[i + 1 :] for part in word.split("-")):
            return i
    return 0


def _written_short(mention: ModelMention) -> bool:
    """Whether the mention's text is its model's full name without the family's ("V3.2-Speciale" for
    DeepSeek-V3.2-Speciale, its maker named before it)."""
    text, full = mention.text, mention.canonical
    return len(full) > len(text) + 1 and full.endswith(text) and full[-len(text) - 1] in "- "


def _written_again(text: str, chosen: list[ModelMention]) -> list[ModelMention]:
    """`chosen` with a name written without its family, once resolved by its maker named before it ("DeepSeek发布了
    V3.2-Speciale"), where it is written again with no maker near ("。官方数据里，V3.2-Speciale在…"): that model."""
    shorts = {c.text: (c.canonical, c.org, "short") for c in chosen if _written_short(c)}
    if not shorts:
        return chosen
    first: dict[str, int] = {}
    for c in chosen:
        first.setdefault(c.canonical, c.start)
    return _named_again(text, chosen, shorts, first)


def _named_again(text: str, chosen: list[ModelMention], shorts: dict[str, tuple[str, str | None, str]],
                 first: dict[str, int]) -> list[ModelMention]:
    """`chosen` with the short names of `shorts` where they are written apart from the mentions, when they stand for
    their models there (`first`: where each model is first named)."""
    shorts = {short: named for short, named in shorts.items()
              if text.count(short) > sum(short in c.text for c in chosen)}
    if not shorts:
        return chosen
    return _leftmost_longest(chosen + [m for m in _named_elsewhere(text, shorts) if _stands_for(text, m, first)])


_VERSION_WORD_END = re.compile(r"\d+(?:\.\d+)*")  # (a name's last word that is its version)


def _shorts_of(name: str) -> list[str]:
    """The short names of a model named `name`: its variant or code, and its version with its variants."""
    found = _SHORT_NAME.search(name) or _SHORT_CODE.search(name)
    # (a variant listed alone, "Claude 3 Opus, Sonnet and Haiku", is such a name already)
    short = (found.group(1) or found.group(2) or "") if found is not None else name if name in VARIANT_SET else ""
    words = name.split(" ")
    # (its variant and version after its family: "Medium 1.2" of "Magistral Medium 1.2", as "Opus 4.5" is of "Claude
    # Opus 4.5")
    if len(words) >= 3 and words[-2] in VARIANT_SET and words[-2][:1].isupper() \
            and _VERSION_WORD_END.fullmatch(words[-1]):
        return [short, f"{words[-2]} {words[-1]}"]
    if (i := _version_at(words)) == 0:
        return [short]
    if not short and i == len(words) - 2 and "-" in words[-1]:
        short = words[-1]  # (variants joined: "Flash-Lite" is Gemini's own, as "Opus" is Claude's)
    return [short, " ".join(words[i:])]


# A version with its variants written alone names the family's model of that version too, once the text has named
# one of the family's models so ("Gemini 2.5 Flash-Lite … Compared with 2.0 Flash-Lite": Gemini 2.0 Flash-Lite).
_VERSION_VARIANTS = regex.compile(rf"(?<![\w.-])\d+\.\d+ (?:{_VARIANTS})(?:[- ](?:{_VARIANTS}))*(?![\w-])")
_POINT_THEN_WORD = regex.compile(r"\.\d+ [A-Z]")


def _other_versions_shorts(text: str, chosen: list[ModelMention], reg: Registry, first: dict[str, int]
                           ) -> dict[str, tuple[str, str | None, str]]:
    """The versions with their variants written alone that name models of a family the text named with such a
    version (`first` is filled with where each of those is told from: the family's first model so named)."""
    named: dict[str, ModelMention] = {}  # family -> its first model so named
    variants: dict[str, set[str]] = {}  # family -> the last variants of its models so named
    versions: dict[str, set[str]] = {}  # family -> the versions of its models named without a variant ("Gemini 2.5")
    for c in chosen:
        words = c.text.split(" ")
        if (i := _version_at(words)) and (family := " ".join(words[:i])) in reg.family_by_form:
            named.setdefault(family, c)
            variants.setdefault(family, set()).add(words[-1])
        elif len(words) == 2 and words[0] in reg.family_by_form and _POINT_VERSION.fullmatch(words[1]):
            named.setdefault(words[0], c)
            versions.setdefault(words[0], set()).add(words[1])
    if not named:
        return {}
    shorts: dict[str, tuple[str, str | None, str]] = {}
    # (after one is named; found from the point and the capital after the version, then read from its first digit: a
    # pattern led by a digit was tried at every digit)
    for dot in _POINT_THEN_WORD.finditer(text, min(model.start for model in named.values())):
        start = dot.start()
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        m = _VERSION_VARIANTS.match(text, start) if start < dot.start() else None
        if m is None:
            continue
        written = m.group(0)
        # (the family whose models the text names with that variant, else the only family named with variants, else the
        # one named by that version alone: "Gemini 2.5 … added 2.5 Flash", not "Llama 3.1 … beat 3.5 Sonnet")
        owners = [f for f in named if written.rsplit(" ", 1)[-1] in variants.get(f, ())] or list(variants) \
            or [f for f in versions if written.split(" ", 1)[0] in versions[f]]
        if len(owners) != 1 or written in shorts:
            continue
        model = named[owners[0]]
        known = reg.model_by_key.get(fold(f"{owners[0]} {written}"))
        canonical, org = (known.name, known.org) if known is not None else (f"{owners[0]} {written}", model.org)
        shorts[written] = (canonical, org, "short")
        first.setdefault(canonical, model.start)
    return shorts


def _short_names(text: str, chosen: list[ModelMention], reg: Registry, first: dict[str, int]
                 ) -> dict[str, tuple[str, str | None, str]]:
    """The short names that may stand for models of `chosen` after them; `first` is filled with where each of those
    models is first named (a sibling, where the model it is told from is; a family's model, where the family is)."""
    for c in chosen:
        first.setdefault(c.canonical, c.start)
    shorts: dict[str, tuple[str, str | None, str]] = {}
    for m, short in ((c, short) for c in chosen for short in _shorts_of(c.text)):
        # (a word of four letters only when it is such a variant: "Opus", not "Chat" nor "Plus")
        if not short or short in _SHARED_VARIANTS or short in shorts or len(shorts) >= _MOST_NAMES \
                or (len(short) == 4 and short.isalpha() and short not in _OWN_VARIANTS):
            continue
        if reg.family_by_form.get(short) or fold(short) in reg.model_by_key or short in reg.org_names \
                or short in _coded_models():
            continue
        shorts[short] = (m.canonical, m.org, "short")
        for group in _SIBLINGS if short in _OWN_VARIANTS else ():
            for sibling in group - {short}:
                known = reg.model_by_key.get(fold(m.canonical.replace(short, sibling)))
                if known is not None and sibling not in shorts:
                    shorts[sibling] = (known.name, known.org, "short")
                    first.setdefault(known.name, first[m.canonical])
    # (a family named by its version alone, "Meta发布Llama 4，其中Scout支持…，Maverick总参数…": its own variants written
    # alone name the models the registry knows it has)
    written = [v for v in _OWN_VARIANTS if v not in shorts and v in text]  # (found in C: most texts have none)
    members = _own_variant_members() if written else {}
    for c in chosen if members else ():
        own = members.get(c.canonical)
        for variant, known in own.items() if own is not None else ():
            if variant in written and variant not in shorts:
                shorts[variant] = (known.name, known.org, "short")
                first.setdefault(known.name, c.start)
    return shorts


@cache
def _own_variant_members() -> dict[str, dict[str, KnownModel]]:
    """The registry's models named by a family's version and one of its own variants, by that version's name and the
    variant: "Llama 4" -> {"Scout": Llama 4 Scout, …}, "Claude 4" -> {"Opus": Claude Opus 4 (its alias Claude 4
    Opus)}."""
    members: dict[str, dict[str, KnownModel]] = {}
    for known in load_registry().model_by_key.values():
        for name in (known.name, *known.aliases):
            family, _, variant = name.rpartition(" ")
            if variant in _OWN_VARIANTS and family[-1:].isdigit():
                members.setdefault(family, {}).setdefault(variant, known)
    return members
