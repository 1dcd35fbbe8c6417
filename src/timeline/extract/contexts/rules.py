"""Context-window lengths: "256K", "1M", "100万token", "512 k上下文"; lengths in 字 are characters."""

from __future__ import annotations

import bisect
import itertools
import re

import regex

from timeline.extract.context import (
    GREW,
    IN_ORDER,
    NOT_WORD,
    RESULTS_LEAD,
    ROW_JOIN,
    SAME_AS_ZH,
    SHARED,
    SHARED_WORD,
    STILL_ZH,
    WITH_LEAD,
    DocContext,
    in_condition,
)
from timeline.extract.models.rules import SIZE_AT_END, ModelMention
from timeline.extract.numbers import ARROW, CN_MULTIPLIER, EN_NUMBER_WORDS, scaled
from timeline.records import ContextRecord
from timeline.text.lists import ITEM_SEPARATOR, heading_level
from timeline.text.scripts import HAN
from timeline.text.tables import FOOTNOTE_MARKS, unemphasized
from timeline.text.windows import contains_any, finditer_from, group_numbers, match_at, occurrences

_WINDOW_ZH = "(?:窗口|视窗)"  # (视窗: as Taiwan's press writes it)
# The verbs of a length the context grew or is extended to ("扩展至", "提升到", "外推到": extrapolated), for every
# reading below
_RAISED_TO = "(?:扩展|扩充|扩大|拓展|延长|外推|提升|提高|增加|升级|跃升|增长|翻倍|翻番)(?:到|至)"
# A context's cue right before a plain number ("context length of ", "上下文长度为", "Context Length: ")
# (Chinese may write the number right after: "上下文长度4096")
_KEY_TAIL = r"\s*(?:(?i:of|is|:|：|=|\*\*)\s*){1,3}"  # (what follows a key before its value: "is", ":", "=")
# (or 上下文 alone before it, as a list's item gives its figures: "…，激活100亿，上下文204,800")
_PLAIN_CUE_TAIL = (rf"\s*(?:(?:{_WINDOW_ZH}|长度|(?<=上下文))\s*(?:(?:为|是|达|:|：|\*\*|{_RAISED_TO})\s*){{0,3}}"
                   # (a config's key: "context_length": 131072, context_window = 8192)
                   rf"|_?(?i:windows?|lengths?)[\"']?{_KEY_TAIL}(?i:up\s+to\s+|full\s+)?)")
# (a model card's "Input token limit: 1,048,576": what it reads at once; an output's limit is none)
_PLAIN_CUE = rf"(?:(?i:上下文|context){_PLAIN_CUE_TAIL}|(?i:input\s+token\s+limit){_KEY_TAIL})"
_LENGTH = regex.compile(
    # ("a 1-million-token context window": the words hyphenated)
    # (its word on its line: "参数规模：4560亿" over "上下文长度：…" is no length of the cue after it)
    r"(?<![\d.A-Za-z])(?:(?P<n>\d+(?:\.\d+)?)(?:\s*(?P<u>[KkMm](?![A-Za-z])|万|千万|百万|亿)"
    r"|[\s-]*(?P<u>million|thousand)(?![A-Za-z]))[ \t]*"
    r"(?:-?[ \t]*(?:个[ \t]*)?(?P<what>[Tt]okens?|词元|字|汉字|characters?|chars?))?"  # ("12.8万个token", "128K Token")
    # "128,000 tokens", "a 32768-token window": a plain number needs the word token (its thousands set apart by a
    # comma or, as European and PDF texts write them, a space: "200 000 tokens")
    # (not from inside a number's thousands; after a Chinese comma, normalized as ",", it may start: "…总参数，204,800
    # tokens上下文")
    r"|(?<!\d,)(?P<plain>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d{3,8})\s*-?\s*(?:个\s*)?"
    r"(?P<pwhat>(?:input\s+)?[Tt]okens?)(?![A-Za-z])"  # ("2048个token"; "1,048,576 input tokens", "1,000,000 Token")
    # "one million tokens", "a one-million-token window": matched from "million" (where the scan can
    # start), the number word behind it
    # ("one million input tokens", as "1 million input tokens")
    rf"|(?<=\b(?i:(?P<wn>{'|'.join(EN_NUMBER_WORDS)}))[\s-]+)million[\s-]+(?P<wwhat>(?:input\s+)?tokens?)(?![A-Za-z])"
    # "百万字超长上下文", "千万token": a Chinese count word alone
    r"|(?<![\d.万千百十两一二三四五六七八九数几上])(?P<cw>百万|千万)\s*(?:个\s*)?(?P<cwhat>tokens?|token|词元|字|汉字)?"
    # "a context length of 32,768", "上下文长度为32768", "Context Length: 32,768 natively": a plain number right
    # after the cue (matched from the cue, where lengths() finds one)
    # (a comma after it goes on with a number only as a thousands' group: normalized text writes "，" as ",", and
    # "上下文204800，10月开源" ends the number)
    rf"|(?<={_PLAIN_CUE})(?P<plain>\d{{1,3}}(?:,\d{{3}})+|\d{{4,7}})"
    r"(?![\d%A-Za-z]|\.\d|,\d{3}(?!\d)|\s*(?:[KkMm](?![A-Za-z])|万|亿|tokens?|年)))"
)
# Where a length can start (for windows.finditer_from): a digit that begins a number followed
# by its unit. (tests/test_name_scan.py checks it finds what _LENGTH finds.)
_LENGTH_START = re.compile(
    r"\d(?<![\d.A-Za-z]\d)(?=\d*(?:\.\d+)?(?:\s*(?:[KkMm](?![A-Za-z])|万|千万|百万|亿)|[\s-]*(?:million|thousand)(?![A-Za-z]))"
    r"|\d{0,2}(?:[, \u00a0\u2009\u202f]\d{3})+\s*-?\s*(?:个\s*|input\s+)?[Tt]oken"
    r"|\d{2,7}\s*-?\s*(?:个\s*|input\s+)?[Tt]oken)"
)
# A number in words is rare: looked for only where "million token", 百万 or 千万 is written (literals the
# stdlib engine finds fast; an "m" in the class above made every "m" of a text a candidate).
_WORD_UNIT = {"million": "M", "thousand": "K"}  # ("128 thousand tokens")
_MILLION_TOKENS = re.compile(r"million[\s-]+(?:input\s+)?token")
_LONGEST_LENGTH = 64  # characters, with the lookarounds
# (a length's match read by its groups' numbers, all at once: windows.group_numbers)
_LENGTH_GROUPS = group_numbers(_LENGTH, "n", "u", "wn", "cw", "plain", "pwhat", "what", "wwhat", "cwhat")
_G_N, _G_U, _G_WN, _G_CW, _G_PLAIN, _G_PWHAT = _LENGTH_GROUPS[:6]  # (those read one by one)
_GROUPING = re.compile(r"[, \u00a0\u2009\u202f]")  # (what sets a number's thousands apart)
# (and a plain number right after a cue: tried from each "context" and 上下文 that str.find finds)
_PLAIN_AFTER_CUE = re.compile(rf"(?:(?:ontext|上下文){_PLAIN_CUE_TAIL}|oken\s+limit{_KEY_TAIL})(?P<n>\d)")


# A clause of its own after a possessive's ("keeps V3's … and extends the context window to 128K")
_AND_VERB = regex.compile(r",?\s+and\s+(?:also\s+)?[a-z]+s\s")


def lengths(text: str) -> list[regex.Match[str]]:
    """_LENGTH.finditer(text), tried only where a length can start."""
    found = list(finditer_from(_LENGTH_START, _LENGTH, text, _LONGEST_LENGTH))
    starts = [w.start() for w in _MILLION_TOKENS.finditer(text)] if "million" in text else []
    # (a pattern for these beside "million" was tried at every position)
    starts += [*occurrences(text, "百万"), *occurrences(text, "千万")]
    starts += [cue.start("n") for word in ("ontext", "上下文", "oken limit") for pos in occurrences(text, word)
               if (cue := _PLAIN_AFTER_CUE.match(text, pos))]
    words = [m for start in starts if (m := _LENGTH.match(text, start, min(len(text), start + _LONGEST_LENGTH)))
             and (m.group(_G_WN) or m.group(_G_CW) or (m.group(_G_PLAIN) and not m.group(_G_PWHAT)))]
    return sorted(found + words, key=lambda m: m.start()) if words else found
# (the count of the kinds of lengths listed before the cue: "8K和32K两种上下文长度版本")
_KINDS_COUNTED = r"(?:[两二三四五六\d][ \t]?(?:种|个|档)的?)?"
_CUE_AFTER = re.compile(
    # (on its line: not the next line's field, "参数规模：4560亿" over "上下文长度：100万token")
    # ("256K native context", "enhanced 256K long-context understanding")
    rf"^[ \t]*(?:的|of\s+)?{_KINDS_COUNTED}(?:(?:native|maximum|max|full|extended)\s+)?"
    r"(?:long[\s-]?(?=context))?"
    # ("128k ctx", "1000万字的长文档处理能力")
    rf"(?:(?:超?长?|无损)上下文|超?长(?:文本|文档)|context|ctx(?![A-Za-z])|window|{_WINDOW_ZH}|输入|长度"
    r"|input\s+(?:limit|length|window|context)"  # ("a 1,048,576-token input limit")
    r"|input(?=\s*[,;/]\s*\d|\s+tokens?\b))", re.I)  # (a spec's "1M input, 64K output", "1M input tokens")
# "上下文长度128K", "上下文窗口达到100万token", "a context window of up to 1 million tokens", "长文本能力提升至200万字"
_CUE_BEFORE = regex.compile(
    # ("an input length of 1 million tokens", "最大输入长度为100万token": what it reads at once; "The context window of
    # GPT-4 Turbo is 128,000 tokens", "Max context for Foo-3 is 128k": the model between)
    # (a model's window alone: "had a window of just 4,096 tokens"; an attention's is none, _ATTENTION_WINDOW)
    # (a model card's "Input token limit: 1,048,576")
    rf"(?:上下文|context|input(?=\s+(?:length|window|(?:token\s+)?limit))|输入(?=\s*(?:长度|{_WINDOW_ZH}))|长文本(?:处理)?能力"
    r"|(?<=\b(?:[Aa]n?|[Ii]ts|[Tt]he)\s+)(?=window\s+of\b)|(?<=(?:[A-Za-z0-9]['’]s|\b[Ii]ts)\s+)(?=window\s+(?:is|was|to)\b))"
    # (a config's key: "context_length")
    rf"\s*(?:(?:{_WINDOW_ZH}|长度)(?:大小|规模)?|_?(?:tokens?\s+)?(?:windows?|lengths?|limits?|sizes?)[\"']?)?"
    r"(?:\s+(?:of|for)\s+[A-Z](?:[^,.;:\n]|\.(?=\d)){0,30}?\s+(?=is\b|was\b))?\s*(?:(?:分别|依次)?(?:为|是)|(?:达|达到|高达|长达|可达|最长|最高|最大|增至|支持"
    rf"|{_RAISED_TO}|(?:推|拉长|推高)(?:到|至)|了|of|up\s+to|to|reaches|reached|is|:|：|=|\*\*"
    # ("上下文窗口首次达到100万token", "上下文长度仍为128K")
    rf"|首次|已经|已|更是|均|都|仅有|只有|仅|有|{STILL_ZH}|{SAME_AS_ZH}"  # ("上下文与前代相同，为128K")
    r"|[(（]"  # (the length in parentheses after its cue: "Foo-3的上下文长度（128K）远超Bar-2")
    # ("上下文窗口达到了惊人的400万token", "a context window of about 1M")
    r"|惊人的|约|大约|超过|近|about|around|nearly|approximately|over|just|only"
    # (what it stays at: "Context stays at 128k", "上下文保持200K")
    r"|(?:stays?|stayed|remain(?:s|ed)?|sits?|sat)(?:\s+at)?|(?:保持|维持)(?:在|为)?|停留在"  # ("仍停留在128K")
    r"|spans?|spanned"  # ("Its context window spans 204,800 tokens")
    rf"|was|has\s+been|{GREW}"  # ("context grows to 128K")
    # (what it went from, to: "context length went from 8K to 32K in the 0613 update", "上下文从128k提到了200k")
    r"|went|goes|from\s+\d[\d,.]*\s*[KkMm]?\s*(?:tokens?\s+)?to|从\s*\d[\d,.]*\s*[KkMm万]?\s*(?:提|升|涨|拉|加)到了?"
    # (a model card's "Long-context Support up to 128K", "Context Length: Full 131,072")
    r"|supports?|full|native|原生"  # ("上下文：原生262K，可扩展至100万")
    rf"|从?\d[\d,.]*\s*(?:[KkMm万千])?\s*(?:tokens?\s*)?{ARROW})\s*)*$"  # (what it was: "128K → 256K")
    # "can process up to 2 million tokens", "can process prompts up to 131,072 tokens": what a model takes in at once
    # (what it reads, only up to a limit: "reads up to 128,000 tokens", not "reads 4096 tokens")
    # ("handles inputs as long as 400,000 tokens")
    r"|\b(?:process(?:es|ed)?|handle[sd]?|ingest(?:s|ed)?|accept(?:s|ed)?|takes?\s+in|took\s+in)\s+(?:(?:prompts|inputs?"
    r"|documents)\s+(?:of\s+|as\s+long\s+as\s+)?)?(?:up\s+to\s+)?(?:(?:about|around|roughly|nearly)\s+)?$"
    r"|\breads?\s+up\s+to\s+$"  # ("can process about 1 million tokens in a single prompt": roughly as its limit)
    # ("supports an input of up to 1 million tokens")
    r"|\bsupport(?:s|ed)?\s+(?:an?\s+)?inputs?\s+(?:of\s+)?(?:up\s+to\s+)?$"
    # ("可以处理长达20万字的文本", "能一次性处理约30万汉字", "最多可输入20万个token")
    r"|(?:支持|(?:可以?|能够?)(?:一次性?)?(?:处理|输入|读取))(?:输入)?(?:最长|最多|高达|长达|约|大约)?\s*$",
    regex.I,
)
# "Llama 3.1 also supports 128K.", "Foo-4 claims 10 million tokens.": a length a model supports, with nothing it
# would count after it
# ("Llama 4 Scout advertises 10 million tokens", "boasts 1M tokens")
_SUPPORTS_BEFORE = re.compile(r"\b(?:(?:support|claim|offer|boast|tout)(?:s|ed)?|advertis(?:es?|ed))"
                              r"\s+(?:up\s+to\s+)?$", re.I)
# What a model does with a length it takes ("offers 200K", "has a 128K context window", "supports up to 1M")
_HOLDS = r"offer(?:s|ed)?|ha(?:s|d|ve)|support(?:s|ed)?|provides?|gets?|got|handle[sd]?|reads?|accepts?|takes?|does"
# (what a model's length follows in a passage about the context: "shipped with 4K", "jumped to 128K"; not "$5 per 1M")
_HAS_BEFORE = regex.compile(rf"(?:\b(?:with|to|at|of|reach(?:es|ed)?|hits?|{_HOLDS})\s+"
                            r"(?:(?:a|an|up\s+to|just|only|about|roughly)\s+)*"
                            rf"|{_RAISED_TO}|推(?:到|至)|达到?了?|支持|提供|以|的|[:：]|停留在|(?:只|仅)有?"
                            # ("上下文方面，A都是200K"; after a name: "Foo-5为8K")
                            r"|(?<=[\p{Han}\w])(?:都|均|也)?(?:是|为))\s*$", regex.I)
# A length the verb before it denies, in its clause (its words found in C first: most clauses have none)
_DENYING = ("not", "n't", "n’t", "never", "nor", "不", "没", "无法")
_DENIAL_REACH = 64  # characters before the length, in its clause
_DENIED_LENGTH = regex.compile(rf"{NOT_WORD}\s+(?:[a-z]+\s+){{0,2}}$"
                               r"|\b[Nn]either\b[^.;\n]*\bnor\b[^.;\n]*$"
                               r"|(?:不|无法|不能|并不|尚不|没有)(?:支持|提供|超过|达到)[^，。；,;\n\d]{0,6}$")
_THEN_RESPECTIVELY = regex.compile(rf"(?:{ITEM_SEPARATOR}\d+(?:\.\d+)?\s*[KkMm](?![A-Za-z]))*,?\s+respectively\b")
# (an aside in parentheses may follow, or a contrast: "the model supports 128K but my VRAM doesn't"; or since when:
# "has had 1M since March", "got 1M in August", "doubled its window to 200K the same month")
_SINCE = (r"since|as\s+of|starting|in(?=\s+(?:[A-Z]|\d))"
          r"|(?:the\s+same|that|this|last|next)(?=\s+(?:day|week|month|year)\b)")
# (or how: "supports 128K natively", "up to 4 million tokens at inference", "in a single prompt")
_NOTHING_AFTER = re.compile(rf"\s*(?:[.,;:!?()（）。，；\n]|$|(?<=\s)(?:but|though|although|{_SINCE})\s"
                            r"|(?<=\s)(?:natively|by\s+default|out\s+of\s+the\s+box|(?:at|during)\s+inference"
                            r"|in\s+(?:a\s+)?single\s+(?:prompt|request|pass|call))\b)")
# "原生支持262K上下文，可扩展至100万token": a length the context is extended to, in its sentence
# (or grew to in English: "later expanded to 2M", "Google extended it to 2M", "extendable to ~1M")
_EXTENDED = regex.compile(rf"(?:{_RAISED_TO}了?|(?:{GREW}|extend(?:able)?|expand)\s+(?:it\s+|that\s+)?to|up\s+to)"
                          r"\s*(?:~|约|about\s+|around\s+)?$", regex.I)
_CONTEXT_WORD = re.compile(r"上下文|context", re.I)
# (past a gloss in parentheses: "a 200,000-token context window (about 150,000 words), with 1 million tokens in beta")
_WITH_MORE = re.compile(r"(?:\s*tokens?)?(?:[\s-]+context(?:\s+(?:window|length))?)?(?:\s*\([^()\n]{1,40}\))?"
                        r"\s*,\s*with\s+(?:up\s+to\s+)?")
_MORE_OFFERED = re.compile(r"(?:\s*tokens?)?\s+(?:(?:now\s+)?available|in\s+(?:beta|preview)|via|through"
                           r"|on\s+request)\b")
_IN_MODEL = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")  # (a length said of the model after it, see _in_model)


def _in_model(ctx: DocContext, start: int, end: int, sent_start: int) -> ModelMention | None:
    """The model after a length (from `start` to `end`) and "in", in a sentence about the context: "The context window
    has grown from 8K in Foo-1 to 128K in Foo-2"."""
    text = ctx.text
    if text.find(" in ", end, end + 5) == -1 or (join := match_at(_IN_MODEL, text, end)) is None:
        return None  # (found in C first: most lengths have none after them)
    model = ctx.model_at(join.end())
    return model if model is not None and _CONTEXT_WORD.search(text, sent_start, start) is not None else None


_OTHER_LENGTH = regex.compile(r"输出|思考长度|(?i:output|thinking\s+budget)")  # (a length no context's)
# An attention's window, no context's: "sliding window attention with a window of 4,096 tokens", "滑动窗口大小为4096"
_ATTENTION_WINDOW = re.compile(r"(?:(?i:attention)[^,.;\n]{0,40}\b[Ww]indow|\b[Ss]liding[\s-]+[Ww]indow|滑动窗口)"
                               r"[^,.;，。；\n]{0,24}$")
_ATTENTION_REACH = 72  # characters before a length
# A price's tier, no window: "$1.25 per million input tokens for prompts up to 200K tokens", "输入长度不超过128K时，
# 每百万token收费0.8元", "$4 per million input tokens above 200K tokens" (in a sentence with a price)
_TIER_BEFORE = regex.compile(r"(?:\b(?i:prompts?|inputs?|requests?|tokens?)\s+(?i:up\s+to|over|above|under|below"
                             r"|exceeding|beyond|(?:longer|shorter|more|less)\s+than|of\s+(?:up\s+to|more\s+than))"
                             r"|\b(?i:above|beyond|exceeding)|输入(?:长度)?(?:不超过|超过|小于|大于|在))\s*$")
_PRICE = re.compile(r"[$€£¥￥]\s?\d|\d\s*(?:元|美元)|每(?:百万|千|万)"
                    r"|(?i:per\s+(?:1M|million|1K|thousand)\s+(?:input\s+|output\s+)?tokens)")
_TIER_REACH = 32  # characters before a length


# (found in C first, in one search: most lengths have none before them)
_TIER_WORDS = re.compile("rompt|nput|equest|输入|bove|eyond|xceed")


# (another measure of the model that its sentence gives a figure of: "价格只有1M", "Foo-4的价格为1M", "价格方面，B是5M")
_OTHER_MEASURE_ZH = ("价", "费", "成本", "速度", "输出", "吞吐", "延迟", "显存", "内存", "参数", "数据", "用户", "下载",
                     "训练")


def _price_tier(ctx: DocContext, start: int) -> bool:
    lo = max(0, start - _TIER_REACH)
    return _TIER_WORDS.search(ctx.text, lo, start) is not None \
        and _TIER_BEFORE.search(ctx.text, lo, start) is not None \
        and _PRICE.search(ctx.text, *ctx.sentence(start)) is not None


_PARAMS_WORD = re.compile(r"参数|\b(?:parameters?|params)\b", re.I)  # (what counts a model's weights)
_DATA_WORD = re.compile(r"训练|数据|语料|\b(?:trained|training|data|corpus)\b", re.I)  # (what counts tokens it read)
# ("with 8K and 32K context versions": the first of a list of lengths that ends in the cue)
_LISTED_THEN_CUE = regex.compile(
    rf"(?:{ITEM_SEPARATOR}\d+(?:\.\d+)?\s*[KkMm](?![A-Za-z]))+[-\s]*"
    # (or tokens alone: "4K and 128K tokens"; past the count of the kinds: _KINDS_COUNTED)
    rf"(?:tokens?\b(?:[-\s]+(?:的)?(?:context|上下文))?|{_KINDS_COUNTED}(?:的)?(?:context|上下文))",
    regex.I)
# (after a word that says which: "32K native, 131K with YaRN")
# (or in parentheses after it and its cue: "256K native context (1M with YaRN)", "128K上下文（最高可扩展至1M）")
_PAREN_AFTER_LENGTH = re.compile(r"\s*(?:(?:native(?:ly)?|full)\s+)?(?:(?i:context)(?:\s+(?:window|length))?|上下文)?"
                                 r"\s*[(（]\s*(?:(?:up\s+to|extendable\s+to|最高|可扩展至|最高可扩展至)\s*)?")
# (and how it gets there, or nothing: not "(1M tokens of training data)")
# (not what a user took it to: "I pushed it to ~200K without issues")
# (or the same length rounded, in parentheses right after it: "1,048,576 tokens (1M)", "131,072 tokens (~128K)")
# (past its cue: "a 128k context (131,072 tokens)")
_RESTATED = re.compile(r"\s*(?:tokens?|词元)?(?:[\s-]*(?:context(?:\s+(?:window|length))?|上下文(?:窗口|长度)?))?"
                       r"\s*[(（]\s*(?:~|≈|约|about\s+|approx(?:imately|\.)?\s+)?")
_RESTATED_END = re.compile(r"\s*(?:tokens?|词元)?\s*[)）]")
# (the input's part of a window, the output's after it: "272K input and 128K output", "272K输入、128K输出")
_SPLIT_INPUT = regex.compile(r"\s*(?:tokens?\s*)?(?:of\s+)?(?:input|输入)(?:\s+tokens?)?\s*(?:,|and|&|和|、|/)\s*"
                             r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[KkMm])?\s*(?:tokens?\s*)?(?:of\s+)?(?:output|输出)",
                             regex.I)
_BY_ME = re.compile(r"\bI(?:'ve|\s+have|\s+had)?\s+$")
_HOW_EXTENDED = re.compile(r"\s*(?:[)）]|(?i:with|via|using|through|when)\b|通过|使用|用|经|外推|扩展)")
# (its cue too, before the word that says which: "256K context native, 1M with extrapolation")
_AFTER_LENGTH = re.compile(rf"(?:\s*(?:tokens?|token|词元))?(?:\s*(?i:context|上下文)(?:\s+(?:window|length))?"
                           rf"(?=\s*(?:native|by\s+default|原生|默认)))?"
                           rf"(?:\s*(?:native(?:ly)?|by\s+default|原生|默认))?{ITEM_SEPARATOR}")
# (a rate: "tokens/s", "每秒", "tokens per second"; what a model writes: "64K output tokens")
_NOT_AFTER = re.compile(
    r"^\s*(?:/(?!\s*\d+(?:\.\d+)?\s*[KkMm](?![A-Za-z]))|每秒|tokens?/|\+)|^\s*(?:tokens?\s+)?(?:per|a|an|each)\s+(?:second|minute|hour|day)"
    r"|^[ \t]*(?:个|条)"  # (a count's word on its line: not "个人…" opening the next paragraph)
    # (what it was before an arrow to what it is: "Context window: 200K → 1M tokens")
    rf"|^\s*(?:tokens?\s*)?{ARROW}\s*\d"
    r"|^[\s-]*(?:(?:tokens?\s+)?of\s+)?(?:output|completion|generat(?:ed|ion))\b"  # ("64K tokens of output")
    r"|^\s*(?:tokens?\s*)?[(（]\s*(?:output|completion|输出)\b"  # ("256K tokens (input), 32K tokens (output)")
    # (a picture's or a screen's resolution: "支持4K图像生成", "4K video")
    r"|^[\s-]*(?:图像|图片|视频|影像|分辨率|画质|超清|高清|屏|显示|(?:resolution|video|image|display|screen|monitor)s?\b)"
    r"|^\s*(?:个\s*)?(?:tokens?\s*)?的?(?:输出|生成|回复)"  # ("支持最长128K tokens的输出")
    # (the input's part of a window split in two: "400K（272K输入+128K输出）", "(272K input + 128K output)")
    r"|^\s*(?:tokens?\s*)?(?:of\s+)?(?:输入|input)\s*[+＋]"
    # (what was fed in, not the window: "tested Scout on a 500K-token codebase"; "fine-tuned on 128K-token sequences")
    r"|^[\s-]*(?:tokens?[\s-]+)?(?:code\s*base|document|book|novel|corpus|dataset|repo(?:sitory)?|file|transcript"
    r"|sequence|sample|example|batch(?:e(?=s))?|chunk)s?\b"
    # (or of such a length: "fine-tuned on 100K long-context samples", "32K context instruction data")
    r"|^[\s-]*(?:long[\s-]?)?context[\s-]+(?:[a-z]+[\s-]+)?(?:(?:sample|example|sequence|document)s?|data|corpus)\b",
    re.I)
_CONTEXT_HEADER = regex.compile(  # (with its unit: "上下文（K）", "Context (tokens)")
    rf"(?:(?:最大)?上下文(?:长度|{_WINDOW_ZH})?|(?i:(?:max(?:imum)?\s+)?context(?:\s+(?:window|length))?))"
    r"(?:\s*[(（](?:tokens?|(?P<unit>[KkMm]|万))[)）])?")
# (with thousands' separators, "1,047,576 tokens"; a note in parentheses after it, "200K (1M in beta)")
# (a footnote's mark after it: "256K†", "1M*", "128K¹")
_CELL_LENGTH = regex.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<u>[KkMm]|万)?\s*(?P<what>tokens?|字)?"
                             rf"{FOOTNOTE_MARKS}(?:\s*[(（](?P<note>[^()（）\n]{{1,30}})[)）])?")
# (a note that gives the length the model's context grew to later: "1M（后扩展至2M）", "128K (later extended to 1M)",
# "9K (100K from May 2023)")
_LATER_LENGTH = regex.compile(rf"\s*(?:后来?|之后|随后|现已?|later|now)?\s*(?:{_RAISED_TO}"
                              r"|(?:extended|expanded|raised|increased)\s+to)\s*", regex.I)
_LENGTH_SINCE = regex.compile(r"(?P<length>[^()（）\n]+?)\s+(?:from|since|as\s+of)\s+\S", regex.I)  # (read as a cell's)
# (or one it is extended to, as prose has it: "128K (1M with YaRN)", "256K (1M via API)"; not one in beta alone, "200K
# (1M in beta)")
_LENGTH_HOW = regex.compile(r"(?P<length>\d+(?:\.\d+)?\s*(?:[KkMm]|万)(?:\s*tokens?)?)\s+"
                            r"(?:with|via|using|through)\b", regex.I)
_CELL_LENGTHS = regex.compile(r"\s*(?:/|、|\bor\b)\s*")  # (between a model's several lengths in a cell: "8K / 32K")
_CELL_ARROW = re.compile(ARROW)  # (what a cell's length grew from, before it: "128K → 256K")
# (…, "0-32K" is a price tier, "每百万tokens", "$2/1M tokens" a price's unit)
# ("can output up to 128K tokens", "outputs of up to", "an output length of": what a model writes, not what it reads)
_NOT_BEFORE = regex.compile(
    # (a length promised, not had: "100万token（即将支持200万）", "will soon support 2 million", "后续将扩展到256K",
    # "will be extended to 1M"; not "将上下文扩展到…", a verb's object between; a lookbehind matched at the length, one
    # try, where a search for "…$" tried every alternative at every position of a window before it, 3x the time)
    # (a range's high end, "4-8K"; not a list's item after a year, "…, 2023 → 2025\n- 8K (GPT-4)")
    # (a rate's "/", not one between lengths: "8K / 32K context")
    r"(?<=(?:数据|训练|预训练|语料|超|共|输出(?:长度)?(?:最高|最长|最多)?(?:为|达|可达)?|每|(?<!\d[KkMm][ \t]?)/"
    r"|\d[ \t]*[-~–]"
    r"|每(?:秒|分钟)[^，。,;；\n\d]{1,8}"  # (a rate: "每秒可处理约1000个token")
    r"|(?:思考|推理)(?:预算|长度)(?:为|是|达|可达)?"  # (a reasoning's budget: "思考预算为32K token")
    r"|即将|将(?:会)?(?:支持|扩展[至到]|提升[至到]|增加[至到])"  # (not 扩大: a case keeps "将扩大至200万")
    # ("并计划扩展到200万", "计划将其提升至1M")
    r"|(?:计划|打算|准备|拟)(?:将[其它]?|把[其它]|在[^，。,;；\n\d]{0,8})?(?:支持|扩展[至到]|提升[至到]|增加[至到])"
    # (or one that may be had, a rumour's: "上下文窗口可能达到200万token", "could support up to 2M tokens")
    r"|(?:可能|或将|有望|预计(?:将)?)(?:会)?(?:达到?|支持|扩展[至到]|提升[至到]|增加[至到])?"
    # (or one aimed at: "目标是把上下文窗口提升到100万token", "aims to extend the context to 1M")
    r"|(?:目标|力争)是?[^，。,;；\n]{0,16}?(?:达到|支持|(?:提升|扩展|增加|扩大)[至到]))\s*"  # ("目标是支持100万token")
    r"|\bper\s+"  # (a price's unit: "$2 per 1M input tokens")
    # (a training batch's, a reasoning budget's: "with a batch size of 4M tokens", "a thinking budget of 32K tokens")
    r"|\b(?:batch\s+size|(?:thinking|reasoning)\s+budget)\s+(?:of\s+|is\s+)?(?:about\s+|up\s+to\s+)?"
    # (a bound its use stays within, not the window: "recommends staying under 40k tokens", "works best below 32K")
    r"|\b(?:under|below)\s+"
    # (or a threshold past which something happens: "truncated output past 32K tokens", "prompts longer than 32K")
    r"|\b(?:past|beyond|exceeding|(?:longer|shorter)\s+than)\s+"
    r"|\b(?:aim|plan|hope)s?\s+to\s+(?:reach|support|offer|(?:extend|expand|raise)\s+(?:[\w-]+\s+){0,5}?to)\s+"
    r"(?:up\s+to\s+)?"
    r"|\b(?:will|may|might|could)\s+(?:soon\s+)?(?:support|offer|get|reach|have|feature|boast|come\s+with|ship\s+with"
    r"|be\s+(?:extended|expanded|raised)\s+to"
    r"|extend\s+to)\s+(?:up\s+to\s+|an?\s+)?"  # ("could have a 2M-token context window")
    # ("its output is capped at 32k tokens")
    # (or what it returns: "accepts 1M tokens of input and returns up to 64K")
    r"|\b(?:output(?:s|ting)?|generat(?:e|es|ing)|produc(?:e|es|ing)|writ(?:e|es|ing)|return(?:s|ing)?)"
    r"\s+(?:length\s+|limit\s+)?"
    r"(?:(?:is|was|are)\s+)?(?:(?:capped|limited|set)\s+(?:at|to)\s+)?(?:of\s+)?"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+|at\s+most\s+)?"
    # (or what a prompt cache holds: "each project may cache up to 1M tokens", "缓存最多100万token")
    r"|\bcach(?:e|es|ed|ing)\s+(?:up\s+to\s+|at\s+most\s+)?|缓存(?:最多|最高)?(?:可达|达)?"
    # (an output's field: "- **Max output:** 64K tokens", "Output limit: 8,192")
    r"|\b(?:max(?:imum)?\s+)?output(?:\s+(?:tokens?|length|limit))?[ \t]*[:：][ \t]*)", regex.I)


def _cell_lengths(cell: str) -> list[str]:
    """The lengths written in a table's cell, with a later one in a note after a length; of a cell that tells what the
    length was before an arrow, the one after it (as in prose)."""
    written = _CELL_LENGTHS.split(_CELL_ARROW.split(cell)[-1].strip())
    for one in list(written):
        if (length := _CELL_LENGTH.fullmatch(one)) is None or not (note := length.group("note")):
            continue
        if (later := _LATER_LENGTH.match(note)) is not None:
            written.append(note[later.end():].strip())
        elif (since := _LENGTH_SINCE.match(note) or _LENGTH_HOW.match(note)) is not None:
            written.append(since.group("length").strip())
    return written


def _table_lengths(ctx: DocContext, read: list[tuple[int, int]], records: list[ContextRecord]) -> None:
    """A table column headed 上下文/Context: each row's length, of the row's model (`read`: the rows
    a length was read from, which the prose reading leaves alone)."""
    for model, row, head, cell in ctx.table_cells():
        if not (header := _CONTEXT_HEADER.fullmatch(unemphasized(head.text))):
            continue
        # (one length, or a model's several: "8K / 32K"; and one it grew to, in a note after it)
        for written in _cell_lengths(unemphasized(cell.text)):
            length = _CELL_LENGTH.fullmatch(written)
            number = length.group("n").replace(",", "") if length is not None else ""
            unit = (length.group("u") or header.group("unit")) if length is not None else None
            if length is None or not (unit or float(number) >= 1000):
                continue
            value = scaled(number, unit or "")
            is_chars = length.group("what") == "字"
            read.append((row.start, row.end))
            ctx.add(records, ContextRecord, model=model.text, tokens=None if is_chars else value,
                    chars=value if is_chars else None, prov=ctx.prov(row.start, row.end))


# The length a test ran the models at, no window of theirs: "All models are evaluated with greedy decoding and a
# 4,096-token context", "评测时上下文长度统一设为4096"
_EVALUATED_WITH = regex.compile(r"\b(?:evaluated|tested|benchmarked|assessed)\s+(?:[\w-]+\s+){0,6}?"
                                r"(?:with|at|using|under)\b|(?:评测|测试|评估)(?:时|中)", regex.I)
_EVALUATION_REACH = 80  # characters before the length
_EVALUATED_WORDS = ("valuated", "ested", "enchmarked", "ssessed", "评测", "测试", "评估")  # (either case: "Evaluated")
_LIST_JOIN = regex.compile(ITEM_SEPARATOR)
# ... or that a measure was taken at: a score's ("Scout scored 60.1 at 128K", "achieves 84.3 on RULER at 128k context
# length"), "6x decoding throughput at a 1M context", "Foo在128K长度下的RULER得分为84.3" (a window the model has is told
# otherwise: "tops out at 1M tokens")
_MEASURED_AT = regex.compile(r"(?:(?:\b(?:throughput|speed(?:up)?s?|latency|accuracy|recall|perplexity|decoding"
                             r"|prefill(?:ing)?|faster|slower|retrieval)\b[^,.;:\n]{0,40}?|\d%?(?:\s+on\s+[^,;:\n]{1,40}?)?)"
                             r"\s(?:at|@)"
                             # (or a speed, then "with" the length it was run with: "gets ~25 t/s on the same box with
                             # 32k ctx")
                             r"|\d\s*(?:t/s|tok/s|tokens?/s(?:ec)?|tps)\b[^,.;:\n]{0,40}?\swith)"
                             r"\s+(?:an?\s+)?(?:~\s*|about\s+|around\s+)?$", regex.I)
_MEASURE_REACH = 64  # characters before the length
_AT_WORDS = ("at ", "@", "with ")  # (found in C first)
_MEASURED_IN_ZH = regex.compile(r"\s*(?:个\s*)?(?:tokens?\s*)?的?\s*(?:上下文)?(?:长度|窗口)?\s*"
                                r"(?:的?(?:条件|设置|场景|情况)下|下|时(?!代))")


def _measured_at(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the length from `start` to `end` is the setting a measure was taken at (_MEASURED_AT), or in Chinese
    one after 在 that a 下 or 时 closes ("在128K长度下")."""
    text = ctx.text
    if text[max(0, start - 2) : start].rstrip().endswith("在"):
        return match_at(_MEASURED_IN_ZH, text, end) is not None
    lo = max(ctx.clause(start)[0], start - _MEASURE_REACH)
    return contains_any(text, _AT_WORDS, max(lo, start - 12), start) \
        and _MEASURED_AT.search(text, lo, start) is not None


def _found_between(found: list[regex.Match[str]], start: int, end: int) -> list[regex.Match[str]]:
    """The lengths of `found` (in text order) that start in [start, end): by bisection, not a pass over all of them for
    each length (a text of thousands took seconds)."""
    return found[bisect.bisect_left(found, start, key=_match_start) : bisect.bisect_left(found, end, key=_match_start)]


def _match_start(m: regex.Match[str]) -> int:
    return m.start()


def _listed_together(text: str, lengths: list[regex.Match[str]], count: int) -> bool:
    """Whether `lengths` are `count` lengths of one list ("128K和200K", "128K, 200K and 1M")."""
    return len(lengths) == count and all(
        _LIST_JOIN.fullmatch(text, a.start() + len(a.group(0).rstrip()), b.start()) is not None
        for a, b in itertools.pairwise(lengths))


_CONTEXT_MEASURE = regex.compile(r"(?i:(?:max(?:imum)?\s+)?(?:context|input)(?:\s+(?:window|length|limit))?)\b")
# A sentence's lead that the lengths it lists are the models' contexts ("主流模型的上下文长度如下：", "Context
# windows:"), and what stands between each model listed after it and its length
_LEAD_CUE = re.compile(r"(?i:上下文|context)(?:\s*(?:长度|窗口|视窗|(?i:windows?|lengths?)))?\s*(?:分别)?(?:如下)?"
                       r"\s*[:：]")
_VALUE_JOINS = ("为", "是", "：", ":", " ", ": ", "为：", "达", "则为", "则达")
_OTHER_MODELS = regex.compile(r"(?:更多|越来越多|多数|大多数|众多|其他|其它|许多)的?(?:大)?模型"
                              r"|\b(?:more|most|many|other)\s+(?:[a-z-]+\s+)?models\b", regex.I)


# A row of lengths split by slashes after a context's label, one per model in the order the row's line or one above
# sets them: "Foo vs Bar vs Baz" over "Context: 128K / 128K / 200K", "上下文：128K / 200K"
_ROW_LABEL = regex.compile(rf"(?:{_CONTEXT_HEADER.pattern})[ \t*_]*[:：][ \t*_]*$")  # (a table's header words)
_ROW_JOIN = regex.compile(ROW_JOIN, regex.I)
_ROW_GAP = 10  # characters between a row's lengths at most
# (characters back from the row the label is looked for within: on a long line, a search from its start was quadratic)
_ROW_LABEL_REACH = 64
_LATIN_UNITS = ("K", "k", "M", "m")  # (a length in K or M, as a row's lengths are written)


def _slashed_lengths(ctx: DocContext, found: list[regex.Match[str]], records: list[ContextRecord]) -> set[int]:
    """The rows' lengths read (their starts)."""
    text = ctx.text
    taken: set[int] = set()
    i = 0
    while i < len(found):
        j = i  # (the row's last length: each in K or M, joined to the one before by a slash; the gap tested first)
        while j + 1 < len(found) and found[j + 1].start() - found[j].end() <= _ROW_GAP \
                and found[j].group(_G_U) in _LATIN_UNITS \
                and _ROW_JOIN.fullmatch(text, found[j].start() + len(found[j].group(0).rstrip()), found[j + 1].start()):
            j += 1
        row = found[i : j + 1]
        i = j + 1
        if len(row) == 1 or row[-1].group(_G_U) not in _LATIN_UNITS:
            continue
        first = row[0].start()
        label = _ROW_LABEL.search(text, max(ctx.line_start(first), first - _ROW_LABEL_REACH), first)
        if label is None or not (models := ctx.row_models(label.start(), len(row))):
            continue
        end = row[-1].start() + len(row[-1].group(0).rstrip())
        for model, m in zip(models, row, strict=True):
            ctx.add(records, ContextRecord, model=model.text, tokens=scaled(m.group(_G_N), m.group(_G_U)),
                    prov=ctx.prov(label.start(), end))
        taken.update(m.start() for m in row)
    return taken


def extract(ctx: DocContext) -> list[ContextRecord]:
    records: list[ContextRecord] = []
    read: list[tuple[int, int]] = []
    _table_lengths(ctx, read, records)
    extended_from: set[int] = set()  # the sentences a length was read in
    text = ctx.text
    found = lengths(text)
    rows = _slashed_lengths(ctx, found, records) if len(found) > 1 else set()
    last_end = 0  # of the last length read
    last_value = 0  # (and its value)
    for m in found:
        if rows and m.start() in rows:
            continue
        n, u, wn, cw, plain, pwhat, what, wwhat, cwhat = m.group(*_LENGTH_GROUPS)
        start = m.start(_G_WN) if wn else m.start()  # (the number word behind "million")
        after = text[m.end() : m.end() + 24]
        unit = "million" if wn or cw else u or ""
        what = (what or pwhat or wwhat or cwhat or "").lower()
        end = m.start() + len(m.group(0).rstrip())  # (not the blank the match took: "8K and 32K")
        if _NOT_AFTER.match(after) or _NOT_BEFORE.match(text, start) or (
                text.find("indow", max(0, start - _ATTENTION_REACH), start) != -1  # (found in C first: few have it)
                and _ATTENTION_WINDOW.search(text, max(0, start - _ATTENTION_REACH), start)
                and not after.lstrip(" -").startswith(("context", "Context", "上下文"))) \
                or _price_tier(ctx, start):
            continue
        if ctx.models_in(start, m.end()):
            continue
        if contains_any(text, _DENYING, denied_from := max(ctx.clause(start)[0], start - _DENIAL_REACH), start) \
                and _DENIED_LENGTH.search(text, denied_from, start) is not None:
            continue  # (a length denied: "Foo-3 doesn't support 1M tokens", "Neither A nor B exceeds 32K", "不支持")
        sent_start, sent_end = ctx.sentence(start)
        if contains_any(text, _EVALUATED_WORDS, evaluated_from := max(0, start - _EVALUATION_REACH), start) \
                and _EVALUATED_WITH.search(text, max(ctx.clause(start)[0], evaluated_from), start) is not None:
            continue  # (the words first, found in C: most lengths have none before them)
        if _measured_at(ctx, start, end):
            continue
        # (a figure said of the model after it: "- 256K: Foo-2's context window", a newsletter's numbers)
        labelled = ctx.figure_of(start, end, _CONTEXT_MEASURE) or ctx.named_for(end) \
            or _in_model(ctx, start, end, sent_start) or (
            _possessed_owner(ctx, m, start, sent_start, sent_start in extended_from) if u in _LATIN_UNITS or what
            else None)
        compared = _compared_owner(ctx, m, start, sent_start) if sent_start in extended_from and not labelled else None
        owners = [labelled] if labelled is not None else [compared] if compared is not None \
            else _owners(ctx, m, start, (sent_start, sent_end), found)
        # ("The model keeps V3's 671B parameters and extends the context window to 128K": the subject's own length)
        if len(owners) == 1 and text.startswith(("'s ", "’s "), owners[0].end) \
                and _AND_VERB.search(text, owners[0].end, start) is not None \
                and (subject := ctx.referred_model(sent_start)) is not None and subject.end <= owners[0].start:
            owners = [subject]
        if not owners or ctx.variant_told(sent_start, start) or in_condition(text, start):
            continue  # ("Foo-4: 4,096 tokens (the LongChat variant supports 320K)": another model's; nor one it would
            # have: "If Foo-3 had a 1M-token window, …")
        model = owners[0]
        if model.end < start and _OTHER_MODELS.search(text, model.end, start) is not None:
            continue  # (what other models are to have: "继A实现1000万token上下文之后，更多模型将支持千万级上下文")
        in_paren = text[model.end : start].strip() in ("(", "（")
        cue_before = bool((cued := _CUE_BEFORE.search(text, max(sent_start, start - 48), start))
                          # (in parentheses after its cue, the length alone: not "(32K for the 1B model)")
                          and not (text[cued.end() - 1] in "(（" and match_at(_RESTATED_END, text, end) is None)) \
            or bool(_SUPPORTS_BEFORE.search(text, max(sent_start, start - 24), start)
                    and match_at(_NOTHING_AFTER, text, m.end()))
        if not cue_before and text[model.end : start] in _VALUE_JOINS and model.end <= start \
                and _LEAD_CUE.search(text, sent_start, model.start) is not None:
            cue_before = True  # (a lead that says what the models listed after it have: "上下文长度如下：A为100万…")
        latin = unit in _LATIN_UNITS
        if not cue_before and (grown := _EXTENDED.search(text, max(sent_start, start - 16), start)) \
                and _BY_ME.search(text, max(sent_start, grown.start() - 12), grown.start()) is None:
            # (in a sentence about the context, or after a length read in it or in its part before a semicolon:
            # "支持20万汉字输入，后来扩展到200万字", "支持20万字上下文；2024年3月升级至200万字"; not another length its
            # clause names: "上下文窗口由128K扩展到200K，最大输出长度提升至128K")
            cue_before = (sent_start in extended_from or bool(_CONTEXT_WORD.search(text, sent_start, start))
                          or (text[sent_start - 1 : sent_start] in (";", "；")
                              and ctx.sentence(sent_start - 1)[0] in extended_from)) \
                and _OTHER_LENGTH.search(text, ctx.clause(start)[0], grown.start()) is None
        # (a length in K or M listed after one read in its sentence, or shared by models listed after it:
        # "上下文窗口分别为200K和128K", "A的上下文为100万token，B和C均为128K")
        # (tested in this order, each only when the ones before fail: the first settle most lengths)
        # (the next of a list after a length read right before it: "context windows of 8,192 and 32,768 tokens"; one
        # with its unit said alike after one read in its sentence: "A的上下文为20万token，B则达到200万token")
        listed = sent_start in extended_from and bool(
            _AFTER_LENGTH.fullmatch(text, last_end, start)
            # (a longer one offered beside it: "a 200K context window, with 1M available in beta")
            or (_WITH_MORE.fullmatch(text, last_end, start) and match_at(_MORE_OFFERED, text, end))
            or (_PAREN_AFTER_LENGTH.fullmatch(text, last_end, start)
                and match_at(_HOW_EXTENDED, text, end)))
        cue = labelled is not None or compared is not None or bool(_CUE_AFTER.match(after)) or cue_before \
            or (latin and (
                what.startswith(("token", "词元"))
                or match_at(_LISTED_THEN_CUE, text, end) is not None
                or (sent_start in extended_from and (len(owners) > 1 or listed
                                                     or _said_alike(text, model, start, m.end())
                                                     or _gapped(text, model, last_end, start, m.end()))))) \
            or (bool(what) and sent_start in extended_from and _said_alike(text, model, start, m.end()))
        # (in a passage about the context, this paragraph and the one before, or a text whose title is about it
        # ("大模型上下文窗口进化史"), a length in K or M (or in tokens: "8,192 tokens") that ends its clause (or goes
        # on in parentheses), the first model of its clause before it: "Llama 2 shipped with 4K. Llama 3 doubled that
        # to 8K, and Llama 3.1 jumped to 128K."; not "Qux-3 matches Foo-4o at 128K", nor "1 million tokens", which
        # may count training data or a free quota)
        # (the cheap tests first: most lengths in K or M have a cue)
        topical = not cue and (latin or ((bool(plain) or unit == "万") and what.startswith("token"))) \
            and match_at(_NOTHING_AFTER, text, end) is not None \
            and (has := _HAS_BEFORE.search(text, max(sent_start, start - 32), start)) is not None \
            and ctx.owner_before(start, sent_start) == model \
            and ctx.models_in(min(model.start, ctx.clause(start)[0]), model.end) == [model] \
            and not contains_any(text, _OTHER_MEASURE_ZH, sent_start, has.start()) \
            and _DATA_WORD.search(text, ctx.clause(start)[0], start) is None \
            and (_CONTEXT_WORD.search(text, _passage_start(text, sent_start), start) is not None
                 or _titled_about_context(ctx, start))
        # (or a list of them given respectively in a passage about the context: "A and B offer 200K and 400K
        # respectively")
        respective = not cue and latin and text.find("respectively", m.end(), sent_end) != -1 \
            and match_at(_THEN_RESPECTIVELY, text, end) is not None \
            and _CONTEXT_WORD.search(text, _passage_start(text, sent_start), start) is not None
        cue = cue or topical or respective
        # (a list's line headed by its model under a heading about the context: "- **Foo**：128K" under "# 上下文窗口";
        # the heading first, found in C: a line's subject costs more)
        # (or an answer to a question about the context: "A：128K。" under "Q：R1的上下文长度是多少？")
        headed = not (cue or listed) and (
            ((heading := ctx.heading_above(start)) is not None and _CONTEXT_WORD.search(text, *heading) is not None)
            or ((question := ctx.question_of(start)) is not None and _CONTEXT_WORD.search(text, *question) is not None)
        ) and ctx.member_since(ctx.subject_model(start), start) == model \
            and _PARAMS_WORD.search(text, sent_start, start) is None  # (not "总参数6850亿" under "…上下文多长？")
        # (or one in K or M after a length its sentence read: its model's, in parentheses ("200K tokens for Sonnet 4.5
        # (1M in beta)"), or the model named after it by "for" ("… and 400K for GPT-5"))
        again = latin and sent_start in extended_from and (
            in_paren or (model.start > start and _NEXT_ITEM_BEFORE.search(text, max(sent_start, start - 8), start)
                         and match_at(_LENGTH_ENDS, text, _past_aside(text, model.end)) is not None))
        if not (cue or listed or headed or again or (in_paren and latin and text[m.end() : m.end() + 1] in ")）")):
            continue
        if not latin and not (what or cue or listed or headed):
            continue
        if (plain or unit in ("million", "thousand")) \
                and not (cue_before or _CUE_AFTER.match(after) or listed or headed or topical or compared):
            continue  # a number this plain is a length only beside a cue
        if plain:
            value = int(_GROUPING.sub("", plain))
        elif wn:
            value = EN_NUMBER_WORDS[wn.lower()] * 1_000_000
        elif cw:
            value = CN_MULTIPLIER[cw]
        else:
            value = scaled(n, _WORD_UNIT.get(unit, unit))
        is_chars = what in ("字", "汉字") or what.startswith("char")
        if value <= 0:
            continue  # ("a 0K context": no length, not a record to reject)
        i = bisect.bisect_right(read, (start, len(text)))  # (rows in text order)
        if i and read[i - 1][0] <= start < read[i - 1][1]:
            continue  # a table cell, read with its column
        if last_value and abs(value - last_value) <= last_value // 20 and sent_start in extended_from \
                and _RESTATED.fullmatch(text, last_end, start) \
                and match_at(_RESTATED_END, text, end) is not None:
            continue  # (the length read before, rounded in parentheses: "1,048,576 tokens (1M)")
        if last_value and sent_start in extended_from and (split := match_at(
                _SPLIT_INPUT, text, end)) is not None \
                and abs(value + scaled(split.group("n"), split.group("u") or "") - last_value) <= last_value // 50:
            continue  # (the input's part of the window read before, the output's the rest: "a 400K context: 272K
            # input and 128K output")
        for owner in owners:
            # (from the model to the length, or from the length to a model named after it: "1M上下文长度的GLM-4-9B")
            span = (ctx.quote_start(owner.start, start), m.end()) if owner.start < start else (start, owner.end)
            ctx.add(records, ContextRecord, model=owner.text, tokens=None if is_chars else value,
                    chars=value if is_chars else None, prov=ctx.prov(*span))
        extended_from.add(sent_start)
        last_end = end
        last_value = value
    return records


_TEXT = re.compile(r"\S")
_TITLE_LONGEST = 200  # characters


def _title_line(text: str) -> tuple[int, int]:
    """The span of the text's first line that holds text (its title, or a headline)."""
    first = _TEXT.search(text)
    if first is None:
        return 0, 0
    end = text.find("\n", first.start())
    return first.start(), end if end != -1 else len(text)


def _titled_about_context(ctx: DocContext, pos: int) -> bool:
    """Whether the text's title speaks of the context, and `pos` lies under it: not under a heading of the
    title's own level ("# 上下文窗口对比 … # 价格对比")."""
    text = ctx.text
    title = _title_line(text)
    if title[1] - title[0] > _TITLE_LONGEST or _CONTEXT_WORD.search(text, *title) is None:
        return False  # (a text of one long line has no title: its line searched once per length was quadratic)
    heading = ctx.heading_above(pos)
    return heading is None or heading[0] == title[0] \
        or heading_level(text, heading[0]) > heading_level(text, title[0]) > 0


def _passage_start(text: str, pos: int) -> int:
    """Where the paragraph before the one holding `pos` starts (after a blank line; at most 2,000 characters back)."""
    lo = max(0, pos - 2000)
    blank = text.rfind("\n\n", lo, pos)
    blank = text.rfind("\n\n", lo, blank) if blank != -1 else -1
    return blank + 2 if blank != -1 else lo


# After a length read in its sentence, another model's said alike: "…, while Claude 3.5 Sonnet offers 200K and …",
# "Kimi K2的上下文长度为128K，GLM-4.5同样为128K"
_OWN_VERB = regex.compile(rf"\s+(?:{_HOLDS})\s+"
                          r"(?:up\s+to\s+|an?\s+)?|\s+(?:up\s+to|at)\s+"
                          r"|\s*(?:同样|也|则|亦|仅|只)?(?:为|是|支持|达到?)\s*")
_LENGTH_ENDS = re.compile(rf"\s*(?:[.,;:!?)）。，；]|and\b|$|(?:{_SINCE})\s)")


def _said_alike(text: str, model: ModelMention, start: int, end: int) -> bool:
    return _OWN_VERB.fullmatch(text, model.end, start) is not None and match_at(_LENGTH_ENDS, text, end) is not None


# The verb left out after a length read right before: "GPT-4o handles 128K tokens, and Claude 3.5 Sonnet 200K."
_GAP_BEFORE = re.compile(r"(?:\s*tokens?)?\s*,?\s*(?:and|while|whereas)\s+")


def _gapped(text: str, model: ModelMention, last_end: int, start: int, end: int) -> bool:
    return not text[model.end : start].strip() and _GAP_BEFORE.fullmatch(text, last_end, model.start) is not None \
        and match_at(_LENGTH_ENDS, text, end) is not None


# After a length read in its sentence, an earlier or another model's, named after it: "128K tokens, up from 8K in
# Llama 3", "a 128K window, compared with 32K for Foo-3"
# (or the length it grew to in a later model, "100,000 tokens, later expanded to 200,000 tokens in Claude 2.1")
_COMPARED_BEFORE = regex.compile(r"(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?|than"
                                 r"|(?:expanded|extended|increased|raised|doubled|grew|rose)\s+to)\s*$", regex.I)
_FOR_MODEL = regex.compile(r"\s*(?:tokens?\s+)?(?:for|in|on|with|of)\s+(?:the\s+)?(?:original\s+|previous\s+)?")


# A length a model has by 的 or 's in a sentence about the context, the cue before it ("上下文窗口从GPT-3.5的4K扩展到
# GPT-4 Turbo的128K", "Context windows grew from GPT-3.5's 4K to GPT-4 Turbo's 128K"), or by "for" after it, in a
# range's ends ("went from 4K for GPT-3.5 to 128K for GPT-4 Turbo"); in K or M, or in tokens (not "比Bar-2的100万少");
# or after a length its sentence read ("Foo's 1M-token window dwarfs GPT-4o's 128K")
_POSSESSIVES = ("的", "'s ", "’s ")
_RANGE_END_BEFORE = regex.compile(r"(?:\b(?:from|to)\s+)$")
_FOR_AFTER = regex.compile(r"\s*(?:tokens?\s+)?for\s+")


def _possessed_owner(ctx: DocContext, m: regex.Match[str], start: int, sent_start: int, read_before: bool
                     ) -> ModelMention | None:
    text = ctx.text
    if text[start - 1 : start] not in ("的", " "):
        return None  # (the character before first: most lengths follow neither)
    marker = next((p for p in _POSSESSIVES if text.endswith(p, sent_start, start)), None)
    if marker is not None:
        owner = ctx.model_before(start - len(marker), sent_start)
        if owner is None or owner.end != start - len(marker):
            return None
    elif (after := match_at(_FOR_AFTER, text, m.end())) is not None \
            and _RANGE_END_BEFORE.search(text, max(sent_start, start - 8), start) is not None:
        owner = ctx.model_at(after.end())
    else:
        return None
    if owner is None or not (read_before or _CONTEXT_WORD.search(text, sent_start, min(owner.start, start))):
        return None
    return owner


def _compared_owner(ctx: DocContext, m: regex.Match[str], start: int, sent_start: int) -> ModelMention | None:
    text = ctx.text
    if _COMPARED_BEFORE.search(text, max(sent_start, start - 24), start) is None:
        return None
    after = match_at(_FOR_MODEL, text, m.end())
    named = ctx.models_in(after.end(), after.end() + 1) if after is not None else []
    return named[0] if named and after is not None and named[0].start == after.end() else None


# "GPT-4o和Qwen2.5-VL-72B均为128K", "gpt-4.1, gpt-4.1-mini and gpt-4.1-nano, all three with a context window
# of …": models listed together share a length; "A和B的上下文窗口分别为128K和32K", "…, respectively": each
# has its own, in order.
_CONTRAST = re.compile(r",\s*but\b|，\s*但|；\s*但")


def _sizes_of_one_model(group: list[ModelMention]) -> bool:
    """ "Llama 3.2 1B and 3B (128K context)": sizes of one model listed together share what follows."""
    stems = {SIZE_AT_END.sub("", m.canonical) for m in group}
    return len(stems) == 1 and all(SIZE_AT_END.search(m.canonical) for m in group)


# (or a version named by it: "200K超长上下文版本Yi-34B-200K")
_OF_AFTER = regex.compile(r"\s*(?:tokens?)?\s*的\s*")
_CUE_BEFORE_OF = regex.compile(rf"(?:上下文|{_WINDOW_ZH})(?:长度|{_WINDOW_ZH})?[^，。,;；\n\d]{{0,6}}$")
_CUE_THEN_OF = regex.compile(
    rf"\s*(?:tokens?)?\s*(?:的)?\s*(?:超?长?上下文|{_WINDOW_ZH})(?:{_WINDOW_ZH}|长度)?(?:的|版本)\s*"
    # (in English, the model after "for": "announced a 1M-token window for Gemini 1.5 Pro", "… compared to 128K for
    # GPT-4 Turbo")
    # (or "in": "from 2K tokens in GPT-3 to 128K in Foo-3"; or "of" after the window: "the 1M context window of Gemini
    # 2.5 Pro")
    r"|[ \t]*(?:(?:context|token)[ \t]+)?(?:(?:window|length)[ \t]+)?(?:for|in|(?<=(?:window|length)[ \t]+)of)[ \t]+")
# (what a subject keeps of the model after "of" is its own too: "Gemini 3 Pro keeps the 1M context window of Gemini 2.5
# Pro")
_KEEPS_BEFORE = regex.compile(r"\b(?:keeps|kept|retains?|retained|inherits?|inherited|shares?|shared|matches|matched)"
                              r"\s+(?:the|its|a)?\s*$")


# ("three sizes — gpt-5, gpt-5-mini and gpt-5-nano — with a 400K-token context window", "两款模型A和B均…": the models a
# count announces, listed, share what follows them)
_COUNTED = regex.compile(r"(?:\b(?:two|three|four|five|both|all)\s+(?:sizes|models|versions|variants)"
                         r"|[两二三四五]款(?:模型)?)[\s—–:：,，(（]*$", regex.I)
# (or the models whose window the sentence names, one length for them all: "The context window for A and B is 128,000
# tokens", "A和B的上下文窗口为128K")
_WINDOW_OF_GROUP = regex.compile(r"\b(?:context\s+)?(?:windows?|lengths?)\s+(?:for|of)\s+$", regex.I)
_GROUP_WINDOW_ZH = regex.compile(rf"\s*的\s*(?:上下文|{_WINDOW_ZH})")


# A sentence that is a label of the length, its subject left out ("Input context: 1,048,576 tokens", "上下文：128K")
# ("2/ Context: …"; its colon left out before the number: "Native context 262K.")
# (or a sentence with its verb, of the model the sentence before names: "默认的上下文长度是32K", "The default context
# length is 32K tokens")
_LENGTH_LABEL = re.compile(r"\s*(?:\d{1,2}[/.)、]\s*|[-*•+]\s+)?(?:(?:Input|Max(?:imum)?|Native)\s+)?"
                           r"(?:[Cc]ontext(?:\s+(?:window|length))?|上下文(?:长度|窗口)?|(?<=Input\s)token\s+limit)"
                           r"\s*(?::|(?=\d))"
                           r"|\s*(?:默认|原生|最大|最长)?的?上下文(?:长度|窗口)?(?:为|是|达到?)\s*(?=\d)"
                           r"|\s*[Ii]ts\s+(?:default\s+|native\s+|maximum\s+)?context\s+(?:window|length)\s+is\s+(?=\d)"
                           r"|\s*The\s+(?:default|native|maximum)\s+context\s+(?:window|length)\s+is\s+(?=\d)")


def _labelled_after(ctx: DocContext, sent_start: int) -> ModelMention | None:
    """The model of a sentence that is a label of the length (DocContext.labelled_model): "GPT-5 is here." over "2/
    Context: 400K tokens in the API." """
    if _LENGTH_LABEL.match(ctx.text, sent_start, sent_start + 40) is None:  # (bounded: `regex` looks for the
        # pattern's required word in all the rest of the text first)
        return None
    return ctx.labelled_model(sent_start)


_ASIDE = regex.compile(r"[ \t]*[(（][^()（）\n]{1,30}[)）]")  # (a citation or a maker: "Llama 4 Scout (Meta, 2025)")


def _past_aside(text: str, pos: int) -> int:
    return aside.end() if (aside := match_at(_ASIDE, text, pos)) is not None else pos


# What opens the next item of a list ("200K tokens for A and 400K for B"), or the length it grew to ("… to 128K in B")
_NEXT_ITEM_BEFORE = regex.compile(r"(?:[,;，、；]|\band|\bto)\s*$")
# (the model a length came with, none named before it: "expanded its window to 4M tokens with MiniMax-Text-01")
_WITH_MODEL = re.compile(r"[ \t-]*(?:tokens?[ \t]+)?(?:(?:of[ \t]+)?(?:context[ \t]+)?(?:window|length)?[ \t]*)?"
                         # (or what offers it: "The 128K window is only available on the Foo-3-Long endpoint", "1M
                         # context is exclusive to Foo-3 Pro"; "a 1M-token beta remains available for Foo-3")
                         r"(?:(?P<kind>beta|preview|option|mode|tier)[ \t]+)?"
                         r"(?:with|(?P<offered>(?:is|are|remains?)[ \t]+(?:only[ \t]+|now[ \t]+|still[ \t]+)?"
                         r"(?:available|offered|supported)[ \t]+"
                         r"(?:on|in|for|with|via|through)|(?:is|are)[ \t]+(?:exclusive|limited|reserved)[ \t]+"
                         r"(?:to|for))|(?:comes?|came)[ \t]+with)[ \t]+"
                         r"(?:the[ \t]+(?:new[ \t]+|launch[ \t]+of[ \t]+)?)?")
# (in a sentence about the window only, or about an offer of that length: "We used 500K tokens with Foo-3" counts a
# use, "1M tokens are available for Foo-3 users" may be a free quota)
_WINDOW_TALK = re.compile(rf"{_CONTEXT_WORD.pattern}|窗口|window", re.I)
# A length given for a model the sentence names by a pronoun after it: "Meta claims a 10M-token context window for it"
_FOR_IT = re.compile(r"[\s-]*(?:tokens?\s+)?(?:(?:of\s+)?context(?:\s+(?:window|length))?\s+)?for\s+it\b", re.I)


_WITH_OPENS = regex.compile(rf"{WITH_LEAD}(?![A-Za-z])")  # (a sentence's lead on what its subject has)
_WITH_FIRST = frozenset("WwAaCc凭拥 \t>*#-")  # (its first characters, tested first: most sentences open otherwise)


# A company that widens the context of its model, the window the verb's object ("Google expanded its context window to
# 2 million tokens", "Acme doubled the context length to 256K", "谷歌将其上下文窗口扩展至200万token")
_ORG_WIDENS_ITS = re.compile(rf"\b(?:{GREW})\s+(?:its|the)\s+(?:native\s+|maximum\s+)?context"
                             rf"(?:\s+(?:window|length))?\b|将其?上下文(?:{_WINDOW_ZH}|长度)?\s*(?:{_RAISED_TO}|[从由])")


def _owners(ctx: DocContext, m: regex.Match[str], start: int, sentence: tuple[int, int],
            found: list[regex.Match[str]]) -> list[ModelMention]:
    """The models the length `m` (its number at `start`) is stated for."""
    sent_start, sent_end = sentence
    of_model = match_at(_CUE_THEN_OF, ctx.text, m.end()) or (
        match_at(_OF_AFTER, ctx.text, m.end()) if _CUE_BEFORE_OF.search(ctx.text, max(sent_start, start - 16), start)
        else None)
    if of_model is not None and (named := ctx.models_in(of_model.end(), of_model.end() + 1)) \
            and named[0].start == of_model.end() and ctx.not_offered(named[:1], of_model.end()):
        # ("另有支持1M上下文长度的GLM-4-9B-Chat-1M版本": the model after 的 is the length's; "上下文长度为200K的
        # GLM-4.6", its cue before it)
        if ctx.text.endswith("of ", 0, of_model.end()) \
                and _KEEPS_BEFORE.search(ctx.text, max(sent_start, start - 24), start) is not None \
                and (kept_by := ctx.owner_before(start, sent_start) or ctx.referred_model(sent_start)) is not None \
                and kept_by.text != named[0].text:
            return [kept_by, named[0]]
        return named[:1]
    model = ctx.owner_before(start, sent_start)
    if model is None:
        before = ctx.text[sent_start:start]
        if ("but" in before or "但" in before) and _CONTRAST.search(before):
            return []  # ("It has a 128K context window, but on my card I can only fit 32K tokens")
        if ctx.text[sent_start : sent_start + 1] in _WITH_FIRST and match_at(_WITH_OPENS, ctx.text, sent_start) \
                and ctx.clause(start)[0] == sent_start and (led := ctx.model_after_lead(sent_start)) is not None:
            return [led]  # (the subject after a lead that gives it: "With a context window of 400,000 tokens, A …")
        # (the models a word speaks of together first, after a semicolon too: "…; both support 128K context")
        together = ctx.subjects_together(sent_start)
        # (the model named right after it first: "1M context is exclusive to Bar-2 Pro" after a sentence on another)
        offered = None
        if len(together) < 2 and (with_model := match_at(_WITH_MODEL, ctx.text, m.end())) is not None \
                and (offered := ctx.model_at(with_model.end())) is not None \
                and not ((with_model.group("offered") and with_model.group("kind"))
                         or _WINDOW_TALK.search(ctx.text, sent_start, with_model.end())):
            return []  # (tokens said of the model after them, no window: "1M tokens are available for Foo-3 users")
        model = None if len(together) > 1 else offered \
            or ctx.referred_model(sent_start) or _labelled_after(ctx, sent_start) or (
            ctx.referent(sent_start) if match_at(_FOR_IT, ctx.text, m.end()) is not None
            # (or figures after a word for them: "A few numbers from Google's own model card: 1M input tokens, …")
            or RESULTS_LEAD.match(ctx.text, sent_start, start) is not None else None)
        if model is None and (own := _ORG_WIDENS_ITS.search(ctx.text, sent_start, start)) is not None \
                and (orgs := ctx.orgs_in(sent_start, own.start())) \
                and (meant := ctx.referent(sent_start)) is not None \
                and (meant.org == orgs[-1].canonical or (meant.org is None and any(
                    o.canonical == orgs[-1].canonical
                    for o in ctx.orgs_in(ctx.previous_sentence(sent_start), sent_start)))):
            model = meant  # (a company's own model, the one it spoke of last: "Google released Foo-1.5 in February.
            # In May, Google expanded its context window to 2 million tokens")
        if model is not None:
            return [model]
        # ("GLM-4.5总参数3550亿；GLM-4.5-Air总参数1060亿。两款模型均支持128K上下文长度"; in order when the sentence
        # says so: "The three flagship models offer context windows of 128K, 200K and 2M tokens respectively")
        if len(together) > 1 and IN_ORDER.search(ctx.text, sent_start, sent_end) is not None:
            listed = _found_between(found, sent_start, sent_end)
            return [together[listed.index(m)]] if len(listed) == len(together) and m in listed else []
        return together
    text = ctx.text
    respective = IN_ORDER.search(text, model.end, sent_end) is not None
    group = ctx.group_before(start, sent_start)
    if len(group) == 2 and text[group[0].end : group[1].start] == "," and HAN.search(text, sent_start, sent_end) \
            and SHARED_WORD.search(text, model.end, start) is None:
        group = group[1:]  # (a Chinese comma after a clause's object starts the next clause, no list: "Meta发布Foo-4，
        # Bar-2支持1000万token上下文"; a list is written with 、 or 和, or says it is shared: "A，B均支持…")
    if not respective and len(group) > 1 and SHARED_WORD.search(text, model.end, start) is None \
            and _listed_together(text, _found_between(found, model.end, sent_end), len(group)):
        # (as many lengths listed as the models, "respectively" left out: "A和B的上下文窗口为128K和200K")
        respective = True
    if not respective and SHARED.search(text, model.end, start) is None:
        shared = len(group) > 1 and (_sizes_of_one_model(group)
                                     or _COUNTED.search(text, max(sent_start, group[0].start - 24), group[0].start)
                                     or _WINDOW_OF_GROUP.search(text, max(sent_start, group[0].start - 24),
                                                                group[0].start) is not None
                                     or match_at(_GROUP_WINDOW_ZH, text, model.end) is not None)
        return group if shared else [model]
    if len(group) < 2:
        return [model]
    if not respective:
        return group
    listed = _found_between(found, model.end, sent_end)  # (this sentence's lengths after the names)
    if len(listed) > len(group) and (clause_start := ctx.clause(start)[0]) > model.end \
            and IN_ORDER.search(text, clause_start, start) is not None:
        # (past another part's figures, the lengths its own clause lists in order: "A与B的参数分别为2350亿和1万亿，
        # 上下文分别为128K和256K")
        listed = _found_between(found, clause_start, sent_end)
    # (one length for them all, "respectively" notwithstanding: "A和B也分别支持100万token")
    return [group[listed.index(m)]] if len(listed) == len(group) else group if listed == [m] else []

