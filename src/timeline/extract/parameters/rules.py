"""Parameter counts tied to the model of their clause.

Counts: "1750亿参数", "1.6万亿", "671B", "3.8B参数", "MoE-1.8T", ranges "4-8B", approximate
orders ("万亿参数", "千亿级", "10^8量级"), activated counts ("激活参数37B"). A size read off the
model's own name ("Qwen3-235B") is reported too. A count that describes a class of models
("匹敌万亿参数模型") is not tied to any model.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import Any

import regex

from timeline.extract.context import (
    ANSWER_WORD,
    IN_ORDER,
    LATTER,
    ROW_JOIN,
    SAME_AS_ZH,
    SHARED,
    SHARED_WORD,
    STILL_ZH,
    WITH_LEAD,
    DocContext,
    in_condition,
    object_of,
)
from timeline.extract.models.rules import DAY_GAP, RELEASE_VERBS, ModelMention
from timeline.extract.numbers import CN_MULTIPLIER, EN_NUMBER, en_number, scaled
from timeline.records import ParameterRecord
from timeline.text.lists import BULLET, ITEM_NUMBER, ITEM_SEPARATOR
from timeline.text.tables import FOOTNOTE_MARKS, unemphasized
from timeline.text.windows import contains_any, finditer_at, finditer_from, match_at, occurrences

_NUM = r"\d+(?:\.\d+)?"
# A count's first number, with thousands' commas ("1,200 billion"), never from inside such a number (not "200
# billion"); only there, the rest plain: each copy of it cost every process's compiling
# (a name's digit before a comma is none of its, "Kimi K2，1T总参数", the full-width comma made ASCII; nor is one
# before a number of other than three digits, "Llama 3，70B参数": only three digits go on a number grouped by thousands)
_COUNT_NUM = r"(?<!(?<![A-Za-z0-9.\-])\d{1,3},(?=\d{3}(?!\d)))(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CN_UNIT = "(?:万亿|千亿|百亿|十亿|亿|千万|百万|万)"
# What a count grew to ("增加到3600亿"), and what it grew from before that ("从3550亿增加到3600亿": not the model's now)
_GREW_TO = r"(?:(?:跃升|提升|增加|增长|扩大|扩展|暴涨|猛增|飙升|推|升|增)(?:至|到)|来到)"  # ("参数量来到了1万亿")
_GREW_FROM = rf"(?:从|由)\d+(?:\.\d+)?\s*(?:[万千百十]?亿|[BT])\s*(?={_GREW_TO})"
_GREW_AFTER = re.compile(rf"\s*{_GREW_TO}\s*\d")
# Words between a cue and its count: "参数量为6710亿", "激活参数仅220亿", "参数规模包括70亿、…",
# "参数规模覆盖5亿至720亿", "参数量大约在700亿左右"
# ("**Parameters:** 70B", "参数量分别为70亿和130亿", "达到了", "超万亿", "仅激活其中的370亿"; what it rose to:
# "参数规模跃升至1750亿", "将参数推到1.6万亿"; what it may be: "参数规模或达1.2万亿"; what is said of it, "据传")
_CUE_VERB = (r"(?:(?:为|是|达|约|仅|只有|共|达到|高达|超过|超|接近|将近|近|逾|包括|覆盖|涵盖|介于|在|分别|依次|均|都|了"
             r"|总共|一共|合计|大约|大概"  # ("参数数量：总共 235B")
             rf"|{STILL_ZH}|其中的?"  # ("参数量还是700亿", "其参数规模同样超过1万亿", "仍为")
             r"|那个|这个"  # (as people say it: "参数量还是那个1T")
             rf"|:|：|\*\*|=|[\"']|或将?|将|预计|可能|有望|首次|突破|{_GREW_TO}|{_GREW_FROM}"
             r"|据传|据称|据悉|传闻|据报道"  # (hearsay: "参数量据传达到万亿级别")
             r"|(?:据|外界|业界|业内)?(?:估计|估算|推测)"  # (a guess: "参数量外界估计在1750亿左右")
             r"|(?:惊人|恐怖|庞大|夸张|创纪录|空前)的"  # (a word of awe: "达到了惊人的1.8万亿")
             rf"|{SAME_AS_ZH})\s*){{0,3}}")  # (the same as another's: "参数规模与前代相同，为70亿")
# (between a range's ends; "and" after "between": "between 5 and 10 trillion parameters", "between 1.5T and 2T")
# (and 和 after 介于: "介于70亿和700亿之间")
# (a dash on the same line: one opening the next line is a list's mark, "… — Nov 6, 2025" over "- 1T total")
_TO = (r"(?:[ \t]*[-~–]|\s*(?:to\s|到|至|and(?<=\bbetween\s+\d[\d.,]*\s*(?:[BT]|billion|trillion)?\s*and)\s"
       r"|[和与](?<=介于\s*\d[\d.]*\s*(?:[万千百十]?亿|[BT])?\s*[和与])))\s*")
# A count's kind before 参数 ("总参数", "激活参数", "其中130亿为激活参数"); in English, after the count ("of
# which 13B are active")
_CN_ACTIVE = "(?:激活|活跃|启动)"  # ("170亿活跃参数", "啟動參數520億": as Taiwan's press writes it)
_CN_KIND = f"(?:总|(?:为|是)?{_CN_ACTIVE})"
_KIND_EN = r"(?:total[\s-]+|active[\s-]+|activated[\s-]+|raw[\s-]+)?"  # (before "parameters": "671B total parameters")
_ARE_ACTIVE = r"(?:are|is)\s+activ(?:e|ated)\b"
# (the part of a total said before, "of them": "480B parameters in total, 35B of them active per token")
_OF_THEM = r"of\s+(?:them|those|which)\s+"
_OF_THEM_ACTIVE = rf"{_OF_THEM}(?:(?:are|is)\s+)?activ(?:e|ated)\b"
# "active" alone after a count ends its clause or says when ("671B total, 37B active", "with 17 billion active per
# token", "1T total, 32B active — and"), or stands for the parameters ("400 billion total parameters and 17 billion
# active ones"); "1 billion active users" counts people
# ("a 400B, 17B-active model"; "17B active across 128 experts"; or a gloss in parentheses follows, no noun after it:
# "1.2T total, 48B active (MoE)", not "active (monthly) users")
_ACTIVE_ALONE = (r"activ(?:e|ated)\b(?=\s*[,.;:)）\n—–]|\s*[(（](?![^()（）\n]{0,24}[)）][ \t]*[a-z])|\s*$"
                 r"|\s+(?:per|at|during|for|in|on|when|and|while|with|ones|model|MoE|across|design|architecture)\b)")
# (the word for active ones right after a count, the cue left out: "6710亿总参数、370亿激活"; not users activated)
_ACTIVE_AFTER_ZH = rf"{_CN_ACTIVE}(?!\s*(?:的)?(?:用户|人|设备|次|码|率|量))"
# (a count's Latin equivalent in parentheses after it: "30億（3B）與80億（8B）參數")
_EQUIVALENT = r"(?:\s*[(（]\s*\d+(?:\.\d+)?\s*[BT]\s*[)）])?"
# How many sizes a list or a range of counts spans, after it ("70亿到650亿四种规模"): a cue as 参数 is
# ("70亿到700亿不等的三种规模")
_SIZES_CUE = r"(?:不等的?)?[两二三四五六七八九\d]\s*(?:种|个|款)(?:的)?(?:参数)?(?:规模|尺寸|规格|版本)"
# (its active part in parentheses after a total: "MiniMax-M2为2300亿（激活100亿）")
_ACTIVE_PART = rf"\s*[(（]\s*(?:其中)?{_ACTIVE_AFTER_ZH}(?:参数)?(?:量)?\s*(?:约|仅|为|:|：)?\s*\d"
# ("共7个尺寸", "多个尺寸")
_SIZES_WORD = r"(?:共?\s*[\d一二三四五六七八九十两多]+\s*(?:个|种|款))?(?:尺寸|规模|规格|版本|型号)"
_COUNT = regex.compile(
    # ("80亿与700亿参数", "70亿和340亿两种参数规模": a count in a list that ends in the cue)
    # ("70亿到650亿参数", "提供70亿到650亿四种规模": a range, then the cue)
    rf"(?P<cn>(?<![\d.])(?P<n1>{_COUNT_NUM})\s*(?P<u1>{_CN_UNIT})(?:{_TO}(?P<n9>{_NUM})\s*(?P<u9>{_CN_UNIT}))?\s*(?:个)?"
    rf"(?={_EQUIVALENT}(?:{ITEM_SEPARATOR}{_NUM}\s*{_CN_UNIT}\s*(?:个)?{_EQUIVALENT})*"
    rf"(?:(?:[两二三四五六]\s*(?:种|个|款))?(?:的)?{_CN_KIND}?参数|{_SIZES_CUE}|{_ACTIVE_AFTER_ZH}|{_ACTIVE_PART})))"
    # "参数量为6710亿": the cue before the number is matched, not looked behind for (a lookbehind is
    # tried at every position of the text); the count itself is the `cnb` group.
    # ("参数规模从3亿到4240亿不等": a range)
    # ("参数规模达千亿级": an order after the cue)
    # ("总参1T": 总参数 cut short, as people write it)
    rf"|(?:参数总量|参数(?:数量|数目|个数)|参数量级?|参数规模|参数|(?<=总)参|激活)\s*{_CUE_VERB}(?:从|由)?(?<![\d.])(?P<cnb>(?P<n7>{_COUNT_NUM})\s*"
    rf"(?P<u7>{_CN_UNIT})(?:{_TO}(?P<n8>{_NUM})\s*(?P<u8>{_CN_UNIT}))?|(?P<o7>万亿|千亿|百亿|十亿)(?:级别|级)?)"
    # ("4-8B", "0.5B-72B", "from 7B to 65B": a range, the unit after its low end too; not money: "$400B")
    rf"|(?P<lat>(?<![\d.A-Za-z$€£¥])(?P<n2>{_COUNT_NUM})(?:(?P<u2a>[MBT])?{_TO}(?P<n3>{_NUM}))?\s*(?P<u2>[BT])(?![A-Za-z])"
    # (its cue may follow a line break, not a list's next item: "- 总参数：1T\n- 激活参数：32B")
    # (a count's "+" for "or more" before it: "1T+ params")
    rf"(?P<cue2>\+?(?:[- \t]|\n(?![ \t]*{BULLET}))*(?:级)?\s*(?:的)?"
    rf"(?:(?:总|{_CN_ACTIVE})?{_KIND_EN}(?:参数|parameters?|params?(?![a-z]))"
    # ("235B总参数，22B激活", "671B total parameters, 37B active", "1T总参")
    rf"|总参|激活|{_ACTIVE_ALONE}|{_ARE_ACTIVE}|{_OF_THEM_ACTIVE}))?)"
    # ("70bn parameters", "a 1.8tn-parameter model": the press's abbreviations)
    rf"|(?P<en>(?<![\d.])(?:from\s+)?(?P<n5>{_COUNT_NUM})(?:\s*(?P<u5a>billion|trillion|million|bn|tn)\b)?"
    rf"(?:{_TO}(?P<n6>{_NUM}))?[\s-]*(?P<u5>billion|trillion|million|bn|tn)\b"
    rf"(?P<cue5>[\s-]*{_KIND_EN}(?:parameters?|params?(?![a-z]))|\s+(?:{_ARE_ACTIVE}|{_ACTIVE_ALONE}|{_OF_THEM_ACTIVE}))?)"
    # ("110M parameters": millions, only with the cue; and a billion or a trillion in lower case, as forums write it,
    # "175b parameters")
    # (or in a list that ends in the cue: "135M, 360M and 1.7B parameters")
    # (or right after the cue: "SmolLM2的参数量为135M", "Parameters: 360M")
    # ("230b 总参 10b 激活": a Chinese kind's word after a size in lower case, as forums write it)
    rf"|(?P<latm>(?<![\d.A-Za-z$])(?P<nm>{_COUNT_NUM})\s*(?P<um>[Mbt])(?:[-\s]*(?:parameters?|params?|参数)(?![A-Za-z])"
    r"|(?<=[bt])(?=[ \t]*(?:总参|激活))"
    rf"|(?=(?:{ITEM_SEPARATOR}{_NUM}\s*[MBTbt])+[-\s]*(?:(?:parameters?|params?|参数)(?![A-Za-z])|{_SIZES_WORD}))"
    r"|(?<=(?:参数量|参数规模|参数|(?i:parameters?|params))[ \t]*(?:为|是|达到?|约|仅|只有|[:：])?[ \t]*[\d.]+[ \t]*M)"
    r"(?![A-Za-z0-9])))"
    # ("nearly two trillion total parameters": a number in words, only with its cue; "half a trillion parameters")
    rf"|(?P<wen>(?<![A-Za-z])(?P<half>(?i:half)\s+)?(?P<w5>(?i:{EN_NUMBER}))[\s-]+(?P<u6>billion|trillion)"
    # (or a total after a count of parameters: "288B active parameters and nearly two trillion in total")
    rf"(?:[\s-]+{_KIND_EN}(?:parameters?|params?(?![a-z]))\b|(?=\s+(?:in\s+)?total\b)))"
    r"|(?P<order>(?<![\d.])(?P<u4>万亿|千亿|百亿|十亿)(?:级|级别)?(?=\s*(?:的)?(?:参数|规模)))"
    r"|(?P<pow>10\^(?P<exp>\d{1,2})\s*(?:量级|级)?(?:的)?(?=参数))"
)
# Where a count can start, as one `re` character class and what must follow it: the stdlib
# engine jumps from one such character to the next, where the `regex` module would try _COUNT
# at every position. A number starting a run of digits, followed by a Chinese unit and 参数, B/T,
# a range sign or an English scale word; "10^"; the cue "参数量为"; "万亿"/"千亿"... before
# 参数/规模; "from". (tests/test_name_scan.py checks that counts() finds what _COUNT finds.)
_CN_UNIT_CUE = (rf"[万千百十]?[亿万]\s*(?:个)?(?:(?:[两二三四五六]\s*(?:种|个|款))?(?:的)?{_CN_KIND}?参数"
                rf"|{_ACTIVE_AFTER_ZH}|{ITEM_SEPARATOR}\d|\s*[(（]\s*\d"
                rf"|\s*(?:[-~–]|到|至)\s*\d|{_SIZES_CUE}|{_ACTIVE_PART})")  # (a range's sign: _TO's)
_COUNT_START = re.compile(
    rf"[\d参激万千百十f](?:(?<=\d)(?<![\d.]\d)(?:(?<!\d,\d(?=\d\d(?!\d)))|(?<=[A-Za-z.\-]\d,\d)|(?<=[A-Za-z.\-]\d\d,\d)"
    rf"|(?<=[A-Za-z.\-]\d\d\d,\d))(?=\d*(?:,\d{{3}})*(?:\.\d+)?\s*(?:{_CN_UNIT_CUE}|[BT](?![A-Za-z])|[-~–]\s*\d|to\s"
    rf"|[Mbt][-\s]*(?:param|参数)|[bt][ \t]*(?:总参|激活)|[Mbt]{ITEM_SEPARATOR}\d|M(?![A-Za-z0-9])"
    rf"|-?(?:billion|trillion|million|bn\b|tn\b)))|(?<=1)(?=0\^)|(?<=参)(?=(?:数(?:总量|数量|数目|个数|量级?|规模)?|(?<=总参))\s*{_CUE_VERB}(?:从|由)?(?:\d|[万千百十]亿))"
    rf"|(?<=激)(?=活\s*{_CUE_VERB}\d)"
    r"|(?<=[万千百十])(?=亿(?:级|级别)?\s*(?:的)?(?:参数|规模))|(?<=f)(?=rom\s+\d))"
)
_LONGEST_COUNT = 128  # characters: no count (with its lookarounds) is longer


# A number in words is rare: looked for only before "billion"/"trillion" (found by str.find).
_WORD_BEFORE = regex.compile(rf"(?<![A-Za-z])(?i:half\s+)?(?i:{EN_NUMBER})[\s-]+(?:b|tr)$")


# (a count's match read by its groups' numbers, for the reason windows.group_numbers gives)
_COUNT_GROUP: dict[str, int] = dict(_COUNT.groupindex)


def _group(m: regex.Match[str], name: str) -> Any:
    """m.group(name) for a match of _COUNT, by the group's number."""
    return m.group(_COUNT_GROUP[name])


def counts(text: str) -> Iterator[regex.Match[str]]:
    """_COUNT.finditer(text), trying the pattern only where a count can start."""
    found = finditer_from(_COUNT_START, _COUNT, text, _LONGEST_COUNT)
    words = []
    for pos in occurrences(text, "illion"):
        before = _WORD_BEFORE.search(text, max(0, pos - 40), pos)  # (from "seven hundred and ninety-seven tr")
        m = _COUNT.match(text, before.start(), min(len(text), before.start() + _LONGEST_COUNT)) if before else None
        if m is not None and _group(m, "wen"):
            words.append(m)
    # (a range "between 5 and 10 trillion": from the number after each "between", which str.find finds; in place of
    # the count its high end alone made)
    ranges = [m for pos in occurrences(text, "between ")
              if (m := _COUNT.match(text, pos + 8, min(len(text), pos + 8 + _LONGEST_COUNT))) is not None
              and (_group(m, "n3") or _group(m, "n6"))]
    if not words and not ranges:
        return found
    kept: list[regex.Match[str]] = []
    j = 0  # (the ranges and the counts both in order: the first range not ended before each count)
    for m in found:
        while j < len(ranges) and ranges[j].end() <= m.start():
            j += 1
        if j == len(ranges) or m.start() < ranges[j].start():
            kept.append(m)
    return iter(sorted([*kept, *words, *ranges], key=lambda m: m.start()))


# (the cue of active ones right before a count: "激活参数为37B", "激活参数规模分别为47B")
_ACTIVE_ZH = regex.compile(rf"{_CN_ACTIVE}(?:参数)?(?:量|规模)?\s*{_CUE_VERB}$")
_ACTIVE_WORD = regex.compile(rf"{_CN_ACTIVE}|activ", regex.I)  # (in a count's cue or a column's header)
# ("DeepSeek-V3.2 - 685B MoE", "Foo-2: 230B MoE, 10B active": a count that names the model's kind after it says its
# size without an article; not a class, "MoE models")
_MOE_AFTER = re.compile(r"[ \t]+(?:MoE|(?i:mixture[- ]of[- ]experts))\b(?![ \t-]*(?i:models|LLMs)\b)")
# (or "for any given token", "for every token")
_EACH_TOKEN = r"\s+(?:per|each|for\s+(?:each|every|any(?:\s+given)?|a\s+given))\s+token\b"
_PER_TOKEN = regex.compile(rf"[-\s]*(?:parameters?|params?(?![a-z]))?{_EACH_TOKEN}")
# (the count of a total used for each token: "uses 37B of its 671B parameters for each token")
_PART_PER_TOKEN = regex.compile(r"\s+of\s+(?:its|their|the)\s+(?:total\s+)?\d+(?:\.\d+)?\s*(?:[BT]|billion|trillion)"
                                rf"(?:[-\s]*(?:total\s+)?(?:parameters?|params))?{_EACH_TOKEN}")
_ACTIVE_KEY = re.compile(r"(?:[Aa]ctiv|激活|活跃)[^:：\n]{0,20}[:：][*\s]*$")  # ("- **Active parameters:** 3B")
# ("activates 22 billion of its 235 billion", "activates just 22 billion", "activating roughly 3B")
_ACTIVATES = regex.compile(r"\bactivat(?:es|ing|ed|e)\s+(?:(?:only|just|merely|roughly|about|around|some)\s+)?$")
# (and the total it is part of, after "of": "activates 22B of its 235B parameters", "uses 22B of its 235B", not active)
_PART_OF_BEFORE = regex.compile(r"\d\s*(?:[BT]|billion|trillion)\s+(?:active\s+)?(?:parameters?\s+)?(?:out\s+)?of\s+"
                                r"(?:its|their|the)?\s*(?:total\s+)?$")
# ("其中130亿为激活参数"; "only about 3 billion parameters are active per token", "…个参数被激活")
_ACTIVE_AFTER = regex.compile(  # (and "288 billion of them active")
    rf"\s*(?:个)?(?:参数(?=被|为|是))?(?:的)?(?:为|是|被)?(?:{_OF_THEM})?(?:(?:are|is|were|was|get|gets)\s+(?:only\s+)?)?"
    rf"(?:{_CN_ACTIVE}|activ(?:e|ated)(?![a-z]))")
_CUE_AFTER = regex.compile(  # (on the count's line: not the next item's "- 参数数量（非嵌入）")
    rf"(?:-|[^\S\n])*(?:个)?(?:的)?(?:{_CN_KIND}?{_KIND_EN}"
    rf"(?:参数量|参数|parameters?|params?(?![a-z]))|{_ACTIVE_AFTER_ZH})")
_PARAM_WORD_AFTER = regex.compile(r"[^.;。]{0,30}param")
# ("a 123B model"; "Llama 3.1 with the 405B model": the model's own, after "with"; "an ~8B model", "an estimated 8B
# model": a size told as guessed)
# (a word of its kind or size between, not one that makes it another model: "a distilled 8B model", "a new 8B model";
# not "a second 8B model", "a smaller 8B model")
_ARTICLE_BEFORE = regex.compile(r"(?<![A-Za-z])(?:a|an|with\s+the)\s+"
                                r"(?:~\s*|(?:estimated|rumou?red|reported|roughly|approximately|about)\s+)?"
                                r"(?-i:(?!(?:second|third|additional|separate|further|different|other"
                                r"|similar|comparable|rival|competing|previous|prior|\w+er)\b)[a-z]+(?:-[a-z]+)?\s+)?$",
                                regex.I)
# (the subject of a clause of its own, no model's: "GPT-4 cost $100 million to train; today a 7B model can be
# fine-tuned for $500")
_ADVERB_LEAD = r"(?:(?:today|now|these\s+days|meanwhile|by\s+contrast),?\s*)?"
_OPENS_SENTENCE = regex.compile(rf"\s*{_ADVERB_LEAD}", regex.I)
_OPENS_CLAUSE = re.compile(rf"[,，]\s*(?:but|and|while|whereas|yet|so)\s+{_ADVERB_LEAD}$", re.I)
# (not one set before the pronoun it describes: "A 70B model, it runs on one GPU")
_DESCRIBES_PRONOUN = regex.compile(r"[-\s]*(?:[\w-]+\s+){0,2}?model,\s*(?:it|this\s+model|the\s+model)\b")


def _clause_opened_by(text: str, sent_start: int, pos: int, end: int) -> bool:
    """Whether an indefinite size at `pos` ("a 7B model", the count ending at `end`) opens its sentence or a clause
    of its own after a conjunction, as its subject (a semicolon ends a sentence)."""
    return (_OPENS_SENTENCE.fullmatch(text, sent_start, pos) is not None
            or _OPENS_CLAUSE.search(text, max(sent_start, pos - 32), pos) is not None) \
        and match_at(_DESCRIBES_PRONOUN, text, end) is None


# (a measure of another model's, no size of its own: "runs with the memory footprint of a 4B model", "that of a 70B")
_MEASURE_OF = regex.compile(r"\b(?:footprint|memory|size|cost|speed|latency|equivalent|price|that|those)\s+of\s+$")
_DETERMINER_BEFORE = regex.compile(r"(?<![A-Za-z])(?:a|an|the)\s+$", regex.I)
_TOTAL_AFTER = regex.compile(r"(?:\s+(?:in\s+)?|-)total\b")  # (hyphened too: "a 48B-total, 3B-active MoE")
# (or an active count next to it: "355B total, 32B active", "1T total / 32B active", "141B in total, 39B active")
# ("400B total with 17B active", "1T total and 32B active")
# ("31.6B total, with about 3.2B active per token")
# ("355 billion total, 32 billion active"; not "32 billion active users")
_ACTIVE_COUNT = (r"(?:about\s+|roughly\s+|only\s+|just\s+|~)?\d+(?:\.\d+)?\s*(?:[BMT]|billion|million|trillion)"
                 r"(?:\s+|-)activ(?!e\s+(?:users|people|customers|accounts|devices|subscribers)\b)")
_ACTIVE_NEXT = regex.compile(rf"(?:\s+(?:in\s+)?|-)total\s*(?:[,，/]|\s(?:with|and)\s)\s*(?:with\s+)?{_ACTIVE_COUNT}")
# (or in parentheses after it, as the Chinese "2300亿（激活100亿）": "355B (32B active)", "355 billion (32 billion
# active)")
_ACTIVE_PAREN = regex.compile(rf"\s*[(（]\s*{_ACTIVE_COUNT}")
# ("17B active, 128 experts, 400B total": a total after a count of active ones)
_ACTIVE_BEFORE = regex.compile(r"\d+(?:\.\d+)?\s*[BT]\s+activ(?:e|ated)\b[^.;。]{0,30}$")
# ("uses 39B active parameters out of 141B": the total, with no word of its own; "12B active parameters (of 120B)")
_ACTIVE_OF = r"activ(?:e|ated)\s+(?:parameters?\s+|params\s+)?(?:[(（]\s*)?(?:out\s+)?of\s+"
_OUT_OF_ACTIVE = regex.compile(rf"\d\s*[BT]\s+{_ACTIVE_OF}$")
# (the active count before it: "DBRX uses 36B active of 132B total parameters")
_ACTIVE_OF_TOTAL = regex.compile(rf"\s+{_ACTIVE_OF}\d+(?:\.\d+)?\s*[BT]\b")
_PARAMS_BEFORE = regex.compile(r"\bparam(?:eter)?s\b[^.;。]{0,30}$")
# ("每个token激活37B", "**Parameters:** 70B")
# ("a parameter count of 175B", "its parameter size is about 70B", "3 extra model sizes: 3B, 14B, and 32B",
# "in three sizes: 2.4B, 7.8B and 32B", "in four sizes (7B, 13B, 33B and 65B)")
_CUE_BEFORE = re.compile(
    # ("最大版本405B", "最大尺寸为72B", "共8个模型，最大235B": the largest or smallest of a model's versions)
    # (or how many sizes it comes in before a colon: "有两个尺寸：8B和70B")
    rf"(?:参数|参数量|参数总量|参数(?:数量|数目|个数)|总参|规模|激活|(?:最大|最小)(?:的?(?:版本|尺寸|规格|模型))?|模型(?:大小|尺寸)"
    rf"|{_SIZES_CUE}(?=\s*[:：])"
    rf"|(?i:parameters?|params|(?:model\s+)?sizes?))\s*{_CUE_VERB}"
    r"(?:从|由|[(（]\s*)?$"
    # ("Parameter count: 1.2 trillion", "Parameter count for Foo-3: 1.2 trillion")
    r"|(?i:\bparameter\s+(?:count|size)(?:\s+(?:of|is|was)\s+|(?:\s+for\s+[^:\n]{1,40}?)?\s*:\s*)"
    r"(?:about\s+|roughly\s+|around\s+|nearly\s+|over\s+|~)?)$"
    # ("is estimated at ~200B", "totals 671B")
    r"|(?i:\b(?:(?:estimated|rumou?red|believed|reported|said|thought)\s+(?:to\s+be\s+)?at|total(?:s|ed|l?ing))\s+"
    r"(?:about\s+|roughly\s+|around\s+|~)?)$")
_NAME_SIZE = regex.compile(r"(?<![\d.×xA-Za-z])(\d+(?:\.\d+)?)([BT])(?![A-Za-z])")
_NAME_ACTIVE = regex.compile(r"-A(\d+(?:\.\d+)?)B(?![A-Za-z])")  # (after the total: "-235B-A22B", 22B of it active)
# "…参数模型" with no name after it describes a class of models, not one model.
# ("a 123B model", "includes a 405B version")
# ("a 120B mixture-of-experts model", "a 7B reasoning model": a word or two for its kind between)
# (or its architecture's noun: "a 9B hybrid Mamba-Transformer", "a 7B LLM")
_MODEL_AFTER = re.compile(
    # (a field's word before its kind: "a 32B medical reasoning model")
    r"\s*(?:MoE|(?:open[- ]weights?\s+|open[- ]source\s+|dense\s+|(?:[a-z]+\s+)?(?i:mixture[- ]of[- ]experts|sparse"
    r"|reasoning|language|coding|vision|multimodal|image|video|audio|speech|embedding|hybrid)\s+)?"
    # (or the family's largest: "Llama 3.1 came in July with a 405B flagship")
    r"(?:model\b|LLM\b|(?i:(?:Mamba[- ])?transformer)\b(?![- ](?:architecture|layers?|blocks?)))|version\b|variant\b"
    r"|flagship\b)")
_PARAM_HEADER = regex.compile(  # (the unit after any of the words: "参数量（亿）", "Params (B)", "#Activated Params")
    # ("Number of Parameters", "Parameter count", as a model card's key writes it)
    # (or the two counts' words apart by a slash: "总参数/激活参数", "Total / Active Params")
    rf"(?:(?P<slashed>(?:总参数(?:量)?|(?i:total))\s*[/／]\s*(?:{_CN_ACTIVE}(?:参数(?:量)?)?"
    r"|(?i:activ(?:e|ated)(?:\s+param(?:eter)?s)?)))"
    rf"|(?:总|{_CN_ACTIVE})?参数(?:量|规模)?|激活|模型规模|(?i:(?:\#|number\s+of)?\s*(?:total\s+|activ(?:e|ated)\s+)?"
    r"param(?:eter)?s?(?:\s+count)?|sizes?|尺寸|规格"
    r"|\#?\s*activ(?:e|ated)))"
    # (which of the counts, in parentheses: "#Params (Total)", "参数（激活）"; the header's active word is read apart)
    r"(?:\s*[(（](?:(?i:total|activ(?:e|ated))|总|激活)[)）])?"
    r"\s*(?:[(（](?P<unit>[BT]|亿|(?i:billion))[)）])?"
    # (a column of two counts, the total and the active: "Params (total / active)", "参数量（总/激活）")
    r"(?P<pair>\s*[(（]\s*(?:(?i:total)\s*[/／]\s*(?i:activ(?:e|ated))|总(?:参数)?\s*[/／]\s*激活(?:参数)?)\s*[)）])?")
_CELL_UNIT = r"[BT]|万亿|千亿|亿|(?i:billion|trillion)"
# ("671B (37B active)", "2360亿（激活210亿）": the total, and the active count in parentheses; "约1.8T",
# "超过1万亿（MoE）": a count about that size, with a gloss: not approximate, as in prose)
_CELL_COUNT = regex.compile(
    rf"(?:约|~|≈|超过|超|逾|近|>|≥|>=|(?i:about|over|more\s+than))?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>{_CELL_UNIT})?"
    rf"(?:\s*(?:-|–|~|到|至)\s*(?P<hn>\d+(?:\.\d+)?)\s*(?P<hu>{_CELL_UNIT})?)?"  # (a range: "70亿-650亿", "0.5B-72B")
    rf"(?:\s*[/／]\s*(?P<sn>\d+(?:\.\d+)?)\s*(?P<su>{_CELL_UNIT})?)?"  # (a pair: "671B / 37B", its header says of what)
    rf"\+?{FOOTNOTE_MARKS}"  # (more than it, as ">1T" says: "1T+"; a footnote's mark: "70B†", "1.5B²")
    rf"(?:\s*[(（]\s*(?:激活\s*(?P<an>\d+(?:\.\d+)?)\s*(?P<au>{_CELL_UNIT})?"
    rf"|(?P<an>\d+(?:\.\d+)?)\s*(?P<au>{_CELL_UNIT})?\s*(?:(?i:active|activated)|激活))\s*[)）]"
    r"|\s*[(（][^()（）\d]{1,12}[)）])?")
# (each count labelled by what it counts: "17B (Activated) 109B (Total)", "109B total / 17B active"; not "总2360亿
# 激活210亿", its labels leading)
_LABELLED_COUNT = rf"(\d+(?:\.\d+)?)\s*({_CELL_UNIT})\s*[(（]?\s*((?i:total|activ(?:e|ated))|总|激活)(?:参数)?\s*[)）]?"
_LABELLED_CELL = regex.compile(rf"{_LABELLED_COUNT}(?:\s*[,，;；/／]?\s*{_LABELLED_COUNT})+")
_LABELLED_ITEM = regex.compile(_LABELLED_COUNT)
_CELL_LIST = re.compile(r"\d+(?:\.\d+)?[BT](?:\s*(?:[,，、/／]|\band\b|和)\s*\d+(?:\.\d+)?[BT])+")
_CELL_ORDER = regex.compile(r"(?:约|超过?|逾|近|~|≈|>)?\s*(万亿|千亿|百亿)(?:级别?)?(?:参数)?")
_SCALE_WORD = {"billion": "B", "bn": "B", "trillion": "T", "tn": "T", "million": "M"}  # ("bn", "tn": the press's)
_TOKEN_WORDS = r"tokens?|词元|个?token"  # (what counts tokens, not parameters: "15T tokens")
# Lists of sizes: "8B and 70B parameter sizes", "1B, 4B, 12B and 27B sizes", "8B and 70B versions",
# "参数规模包括70亿、130亿和700亿".
# Each item is a count of the list's model when the list ends in a cue or its first count has one;
# an item followed by what counts something else ("15T tokens") ends the list, and one with a cue of
# its own ("141B total parameters and 39B active parameters") is a count of its own.
_ITEM_UNIT = r"(?:万亿|千亿|百亿|十亿|亿|[BT](?![A-Za-z])|(?i:billion|trillion))"
_ITEM = rf"{ITEM_SEPARATOR}(?P<n>{_NUM})\s*(?P<u>{_ITEM_UNIT})"
_MORE_ITEMS = rf"(?:{ITEM_SEPARATOR}{_NUM}\s*{_ITEM_UNIT})+"  # (the rest of a list after its first count)
# (past a gloss in parentheses after the one before: "two sizes: 8B (73.0 MMLU) and 70B (86.0 MMLU)")
_LIST_ITEM = regex.compile(rf"(?:[ \t]*[(（][^()（）\n]{{1,24}}[)）])?{_ITEM}"
                           rf"(?![-\s]*(?:{_TOKEN_WORDS}|字|元|美元|的|总|激活|参数|(?i:total|activ|param)))")
_SIZE_WORDS = r"(?:parameter\s+)?(?:sizes?|versions?|variants?)\b"
_LIST_THEN_CUE = regex.compile(
    rf"{_MORE_ITEMS}[-\s]*(?:的)?(?:{_CN_KIND}?参数|(?i:(?:total\s+|active\s+)?parameters?|params|{_SIZE_WORDS})"
    rf"|{_SIZES_WORD})")
# (or a count of the models they are: "提供0.6B、1.7B、…、32B六款稠密模型"; not those a comparison names,
# "超过7B、13B两款模型")
_LIST_THEN_COUNTED = regex.compile(rf"{_MORE_ITEMS}\s*[\d一二三四五六七八九十两多]+\s*(?:个|种|款)"
                                   r"[\p{Han}A-Za-z]{0,4}?模型")
# "Llama 3 followed: the 8B and 70B models were …": sizes listed as the models of one named before (not a
# comparison's object: "beats the 8B and 70B models of B")
_LIST_THEN_MODELS = regex.compile(
    rf"{_MORE_ITEMS}[-\s]+(?:[A-Za-z][\w-]*\s+){{0,3}}?models?\b(?!\s+of\b)")  # ("… hybrid Mamba-Transformer models")
# ... and as the versions of one named after them: "the 8B and 70B versions of Foo-3" (not a comparison's object:
# "beats the 7B and 13B models of B")
_LIST_OF_MODEL = regex.compile(rf"{_MORE_ITEMS}[-\s]+(?:[A-Za-z][\w-]*\s+){{0,2}}?"
                               r"(?:models?|versions?|variants?|sizes?)\s+of\s+")
# A count of a kind of model that a named one is given as an example of: "a 7-billion parameter model like Mistral 7B",
# "7B models such as Foo-2" (the example's, not the sentence's model before: "Phi-3-mini runs on phones, while a …")
_KIND_LIKE = re.compile(r"[-\s]*(?:parameters?[-\s]+)?(?:[A-Za-z][\w-]*\s+){0,2}?models?,?\s+(?:like|such\s+as)\s+")
# ("of which 2.4B, 9B and 21B are activated per token": active counts, listed)
# (after a count written bare, its number and unit alone: not "400B total parameters, 17B active")
_LIST_THEN_ACTIVE = regex.compile(rf"{_MORE_ITEMS}\s+(?:{_ARE_ACTIVE}|{_ACTIVE_ALONE})")
_BARE_COUNT = re.compile(rf"{_NUM}\s*{_ITEM_UNIT}")
_SIZES_AFTER = regex.compile(rf"[-\s]*{_SIZE_WORDS}")
# (or what a model's release adds, and a next such list: "Llama 3.2 adds 1B and 3B text models and 11B and 90B …")
_DETERMINED = regex.compile(r"(?<![A-Za-z])(?:[Tt]he|[Ii]ts|[Tt]heir|adds|added|includes|included|brings|brought"
                            # ("offers 0.6B, …, and 32B dense models")
                            r"|offers|offered|provides|provided|comprises|comprised"
                            r"|(?:family|series|suite|lineup)\s+of"  # ("Nemotron-H, a family of 8B and 56B … models")
                            r"|models\s+(?:and|plus))\s+$")  # ("1B and 3B text models plus 11B and 90B …")
# ("包含0.5B到72B多个尺寸", "提供从0.5B到72B不等的七种尺寸")
_RANGE_THEN_SIZES = re.compile(rf"\s*(?:不等)?(?:的)?{_SIZES_WORD}")
# A range of sizes after its cue ("in sizes from 0.5B to 72B", "models ranging from 1B to 70B"; "from" is
# the count's own), or right after its model's name, a parenthesis between them ("Qwen2 (Jun 2024) — 0.5B
# to 72B", "Qwen2: 0.5B-72B")
_SIZES_BEFORE = regex.compile(r"(?i:\b(?:sizes?|models?|variants?|versions?)(?:[:：]|\s*[—–]|\s+-)?\s+"
                              r"(?:(?:of|are|include)\s+)?"
                              r"(?:ranging\s+)?(?:from\s+)?"  # ("Sizes are 1B, 4B …", "in sizes of 1B, 4B …")
                              r"|\b(?:comes?|came|available|offered|ships?)\s+in\s+"
                              # ("comes in 8B/70B/405B", "released Llama 3, first at 8B and 70B")
                              r"|\b(?:first|initially|originally)\s+(?:at|in)\s+"
                              # (a series' sizes listed in Chinese: "Qwen3系列包括0.6B、1.7B、…六款稠密模型")
                              r"|(?:系列|家族|尺寸|规格|版本)(?:模型)?\s*(?:共|包括|包含|涵盖|分为|有)了?\s*)$")
# (its maker in parentheses, then a field between dashes: "**Gemma 2** (Google) — June 27, 2024 — 9B and 27B")
_FIELD_END = re.compile(r"[ \t]*(?:[,;，；—–]|$)", re.M)
_NEXT_FIGURE = regex.compile(r"\s*[,，]\s*\d+(?:\.\d+)?\s*[KkM](?![A-Za-z])")  # (a context length: "…, 128K context")
_NAME_THEN_RANGE = regex.compile(
    r"(?:\*\*)?\s*(?:[(（][^()（）\n]{0,30}[)）])?\s*(?:[—–]\s*[^—–:：\n]{1,30}?\s*)?[:：—–]\s*")
_ORDER_AFTER_NAME = regex.compile(r"(万亿|千亿|百亿|十亿)(?:级|级别)?(?:的)?参数")
# (and "a 405 billion-parameter version of Llama 3.1": one of the model's versions)
_PARAMS_OF = regex.compile(rf"\s*(?:个)?(?:总|{_CN_ACTIVE})?参数(?:量)?的\s*|\s+(?:version|variant|edition)\s+of\s+")
# (the first of two counts before it: "拥有1万亿总参数、320亿激活参数的Kimi K2")
_PARAMS_THEN_COUNT_OF = regex.compile(rf"\s*(?:个)?(?:总|{_CN_ACTIVE})?参数(?:量)?\s*[、和与及]\s*{_NUM}\s*{_CN_UNIT}"
                                      rf"(?:{_PARAMS_OF.pattern})")
# ("万亿参数MoE模型Step-2": Latin letters in the class too)
_CLASS_OF_MODELS = regex.compile(r"^(?:参数|规模)?(?:量)?(?:级)?(?:的)?[\p{Han}A-Za-z]{0,6}?模型")
# (the class a size names, no word between: "700亿参数的模型", "7B 模型", "70B dense models")
# (its kind's words between after 的: "M2是一个32B的医疗增强推理模型"; no verb, "以6710亿参数刷新了开源模型的…")
_SIZE_CLASS = re.compile(r"\s*(?:个)?(?:参数(?:量)?)?(?:级别?)?(?:的\s*(?:(?![了是])[\u4e00-\u9fff]){0,6}?"
                         r"|\s*(?:稠密|密集|开源|闭源|大|小|轻量级?|端侧|(?i:dense|MoE|small|open)\s*)?(?:语言)?)"
                         r"(?:模型|(?i:models?\b))")  # (a small one's too: "Foo-3-Lite为7B小模型")
_SIZE_CLASS_REACH = 16  # characters after the count the class's word stands within (found first with `in`)
# "Baichuan 4是一款千亿参数大模型": the model is one of that class
# ("Qux-5属于百亿参数级别的模型"; the first of them: "Kimi K2是首个万亿参数级别的开源模型", its maker's first:
# "Kimi K2是月之暗面首个万亿参数开源模型"; after a comma, what the pronoun stands for: "开源Kimi K2，这是首个万亿参数…")
_IS_ONE_OF = re.compile(r"\s*(?:[，,]\s*(?:这|它|其))?(?:是|为|属于)"
                        r"(?:(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}?的?)?(?:(?:全球|国内|业内|业界)?首[款个]|第一[款个])"
                        r"|一[款个种部]|又一[款个])?\s*")

_IT_IS_ONE_OF = re.compile(rf"\s*(?:这|它|该模型){_IS_ONE_OF.pattern}")

def _value(m: regex.Match[str]) -> tuple[int, int | None, bool] | None:
    if _group(m, "cn"):
        high = scaled(_group(m, "n9"), _group(m, "u9")) if _group(m, "n9") else None
        return scaled(_group(m, "n1"), _group(m, "u1")), high, False
    if _group(m, "o7"):
        return CN_MULTIPLIER[_group(m, "o7")], None, True
    if _group(m, "cnb"):
        high = scaled(_group(m, "n8"), _group(m, "u8")) if _group(m, "n8") else None
        return scaled(_group(m, "n7"), _group(m, "u7")), high, False
    if _group(m, "lat"):
        # "4-8B": the low end takes the unit written after the high end, unless it has its own ("0.5B-72B")
        low = scaled(_group(m, "n2"), _group(m, "u2a") or _group(m, "u2"))
        high = scaled(_group(m, "n3"), _group(m, "u2")) if _group(m, "n3") else None
        return low, high, False
    if _group(m, "en"):
        unit = _SCALE_WORD[_group(m, "u5").lower()]
        first_unit = _SCALE_WORD.get((_group(m, "u5a") or "").lower(), unit)
        low = scaled(_group(m, "n5"), first_unit)
        return low, scaled(_group(m, "n6"), unit) if _group(m, "n6") else None, False
    if _group(m, "latm"):
        return scaled(_group(m, "nm"), _group(m, "um").upper()), None, False
    if _group(m, "wen"):
        # ("a trillion parameters" says the order, as 万亿 does: approximate)
        value = scaled(str(en_number(_group(m, "w5"))), _SCALE_WORD[_group(m, "u6").lower()])
        return (value // 2 if _group(m, "half") else value), None, _group(m, "w5").lower() == "a"
    if _group(m, "order"):
        return CN_MULTIPLIER[_group(m, "u4")], None, True
    if _group(m, "pow"):
        return 10 ** int(_group(m, "exp")), None, True
    return None


def _span(m: regex.Match[str]) -> tuple[int, int]:
    """The count itself: a cue written before it is part of the match but not of the count."""
    return m.span(_COUNT_GROUP["cnb"]) if _group(m, "cnb") else m.span()


# A number of tokens is no count of parameters, whatever cue stands before it ("batch sizes: 4B tokens").
_TOKENS_AFTER = regex.compile(rf"[-\s]*(?:{_TOKEN_WORDS})", regex.I)
# Nor is a part of them that leaves the embeddings out ("7.6 billion parameters (6.5 billion non-embedding)",
# "65亿非嵌入参数"): the model's count is the whole
_NON_EMBEDDING_AFTER = regex.compile(r"[-\s]*(?:(?:parameters?|params)\s+)?(?:non-?embedding|excluding\s+embeddings?)"
                                     r"|\s*(?:个)?(?:参数)?非(?:嵌入|词嵌入|[Ee]mbedding)", regex.I)
_EMBEDDING_WORDS = ("mbedding", "嵌入")  # (found first by str.find: a pattern tried after every count)


# "Devstral, a 24B coding model": a size in an apposition right after its model's name ("Foo-1B, our 1.3B variant")
# (or its maker's: "Command A, Cohere's 111B model", "Foo-3, the company's 70B flagship")
_APPOSITION = regex.compile(r"\s*,\s*(?:(?:a|an|the|our|its|their)\s+(?:(?:company|firm|lab|startup)['’]s\s+)?"
                            r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)(?:(?:new|latest|newest|largest|smallest)\s+)?")
# ("a 24B open-weight reasoning model", "the 1.3B version", "the company's 70B flagship")
_KIND_OF_MODEL = re.compile(r"[-\s]*(?:[a-z]+[-\s]+){0,3}(?:model|variant|version|flagship)\b")
# The kind of model after a size, then its name in apposition: "Our 1.3B variant, Foo-1B, is …"
_KIND_THEN_NAME = regex.compile(r"[-\s]*(?:[a-z]+[-\s]+){0,3}(?:model|variant|version|sibling),[ \t]*")
_OWNER_BEFORE = regex.compile(r"(?<![A-Za-z])(?:our|its|their|the)\s+$", regex.I)
# (or an article and a word or two: "will open-source a smaller 32-billion-parameter sibling, Foo-5 Lite")
_ARTICLE_APPOSED = regex.compile(r"(?<![A-Za-z])[Aa]n?\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}$")


def _appositive(ctx: DocContext, start: int, sent_start: int, after: str) -> bool:
    named = ctx.model_before(start, sent_start)
    if named is None or match_at(_KIND_OF_MODEL, after, 0) is None:
        return False
    # ("Foo-3, a 7B model"; or the description after a list item's name and a dash or a colon: "- [Bar-2-Chat](…) -
    # 13B chat model, 32K context")
    return _APPOSITION.fullmatch(ctx.text, named.end, start) is not None \
        or (_ITEM_DESCRIBED.fullmatch(ctx.text, named.end, start) is not None
            and _ITEM_HEAD.fullmatch(ctx.text, ctx.line_start(named.start), named.start) is not None)


_ITEM_DESCRIBED = regex.compile(r"(?:\*\*|\])?[ \t]*(?:--?|—|[:：])[ \t]*")
_ITEM_HEAD = re.compile(rf"[ \t]*(?:{BULLET}[ \t]*|{ITEM_NUMBER}[ \t]*)?(?:\*\*|\[)?")  # (a list item's, to its name)


_SIZE_HEADING = regex.compile(r"参数|规模|尺寸|(?i:parameters?|params|(?:model\s+)?sizes?\b)")  # ("## Sizes")


_NAME_BEFORE = regex.compile(r"[\w\p{Han}.·-]+ ?$")  # (a name's characters, right before a parenthesis)
# ("GPT-3模型（1750亿参数）", "355B MoE (32B active)": the model's kind, no name)
_KIND_BEFORE = re.compile(r"(?:模型|系列|[Mm]odels?|MoE|(?i:mixture[- ]of[- ]experts))\s*$")


# A clause that leads its sentence with the count: "With 175 billion parameters, GPT-3 …" (the subject after it has it)
# ("At 70B parameters, Foo-3 is …": the size it stands at), every count of it, however long it runs: "At 456B total
# parameters with 45.9B activated per token, MiniMax-M1 …", "With 1T total, 32B active parameters, Kimi K2 …",
# "凭借1万亿总参数和320亿激活参数，Kimi K2…" (no comma before the count but one before another count; the model right
# after the first comma past it)
_LEAD_WORD = re.compile(rf"{WITH_LEAD}(?![A-Za-z])")
_LEAD_COMMA = re.compile(r"[,，][ \t]*")
_LEAD_REACH = 120  # characters from the sentence's start to the comma that ends its leading clause


def _lead_model(ctx: DocContext, sent_start: int, start: int, end: int) -> ModelMention | None:
    """The model right after the clause that leads the sentence at `sent_start` with the count at [start, end), else
    None."""
    text = ctx.text
    if _LEAD_WORD.match(text, sent_start, start) is None or ctx.models_in(sent_start, start):
        return None
    for comma in _LEAD_COMMA.finditer(text, sent_start, min(ctx.sentence(start)[1], sent_start + _LEAD_REACH)):
        if text[comma.end() : comma.end() + 1].isdigit():
            continue  # (another count of the list, or a number's thousands)
        if comma.start() < start:
            return None  # (the count is past the leading clause)
        heads = ctx.models_in(comma.end(), comma.end() + 1)
        return heads[0] if heads and comma.start() >= end else None
    return None


# A list of counts after the cue of active ones, given in order: "激活参数分别为370亿、220亿和320亿", "active parameters
# of 37B, 22B and 32B respectively" (matched backwards from the count)
_AFTER_ACTIVE_CUE = regex.compile(
    rf"(?:{_CN_ACTIVE}(?:参数)?量?|(?i:activ(?:e|ated)\s+(?:parameters|params)))\s*(?:分别|依次)?(?:为|是|of|are)?\s*"
    rf"(?:{_NUM}\s*(?:{_CN_UNIT}|[BMT]|(?i:billion|trillion))?\s*(?:、|，|,|和|与|及|(?i:and))\s*)*$", regex.REVERSE)
_ACTIVE_CUES = ("激活", "活跃", "启动", "ctiv")  # (found in C before the pattern is tried)
_ACTIVE_LIST_REACH = 80


def _after_active_cue(text: str, start: int) -> bool:
    lo = max(0, start - _ACTIVE_LIST_REACH)
    return contains_any(text, _ACTIVE_CUES, lo, start) and _AFTER_ACTIVE_CUE.match(text, lo, start) is not None


def _active_list(text: str, start: int, end: int) -> bool:
    """Whether the count written bare from `start` to `end` opens a list of active counts."""
    return match_at(_LIST_THEN_ACTIVE, text, end) is not None and _BARE_COUNT.fullmatch(text, start, end) is not None


_KIND_SAID = regex.compile(rf"总|{_CN_ACTIVE}|(?i:total|activ)")


def _sizes_listed(ctx: DocContext, m: regex.Match[str], start: int, sent_start: int) -> bool:
    """Whether the count `m` (its number at `start`) opens a list of the sizes of a model named before it: "8B and 70B
    parameter sizes", "包含0.5B到72B多个尺寸", "in 7, 13 and 70B versions", "the 8B and 70B models were …"."""
    text = ctx.text
    if _KIND_SAID.search(_group(m, "cue2") or _group(m, "cue5") or ""):
        return False  # (a count of a kind, then one of another: "355B总参数、32B激活参数" is one model's)
    if (_group(m, "lat") or _group(m, "en") or _group(m, "latm")) and (
            match_at(_LIST_THEN_CUE, text, m.end()) or _active_list(text, start, m.end())
            or (match_at(_LIST_THEN_COUNTED, text, m.end()) and not object_of(text, max(sent_start, start - 24), start))
            or (
            (_group(m, "n3") or _group(m, "n6")) and match_at(_RANGE_THEN_SIZES, text, m.end()))):
        return True
    if not _group(m, "lat"):
        return False
    if match_at(_SIZES_AFTER, text, m.end()) and _bare_list(text, start) is not None:
        return True
    the = _DETERMINED.search(text, max(sent_start, start - 12), start)
    return the is not None and match_at(_LIST_THEN_MODELS, text, m.end()) is not None \
        and not object_of(text, max(sent_start, the.start() - 24), the.start())


_OF_AFTER_CUE = regex.compile(r"\s*的\s*")


def _heading_owner(ctx: DocContext, start: int) -> ModelMention | None:
    """The model the heading above names, for a list of sizes in a sentence that names none ("Sizes are 8B and
    70B." under "# Foo-3")."""
    return ctx.heading_model(start) if not ctx.models_in(*ctx.sentence(start)) else None


_PER_EXPERT = regex.compile(r"(?:每个|每位|单个)专家[^，,。；;\d]{0,4}$|\b(?:each|per)\s+expert\b[^,.;\d]{0,12}$",
                            regex.I)


# "GPT-3发布（1750亿参数）": the parenthesis after the verb that puts the model out is about it
_RELEASED_ONLY = regex.compile(rf"\s*(?:正式)?(?:{'|'.join((*RELEASE_VERBS, '问世', '亮相', '面世'))})了?\s*")


def _released_before(ctx: DocContext, paren: int, sent_start: int) -> ModelMention | None:
    model = ctx.model_before(paren, sent_start)
    return model if model is not None and _RELEASED_ONLY.fullmatch(ctx.text, model.end, paren) else None


# Models of a size that something runs or holds (see _model_for)
_MODELS_WITH = re.compile(r"\b(?:run|runs|running|load|loads|host|hosts|serve|serves|fit|fits)\s+(?:[\w-]+\s+){0,2}?"
                          r"models\s+(?:with|of)\s+(?:up\s+to\s+|as\s+many\s+as\s+|over\s+|more\s+than\s+)?$")
_RUN_MODEL_ZH = re.compile(r"(?:个|個)?(?:参数|參數)?的(?:大型?[语語]言模型|大模型|模型|LLM)")
_RUNS_REACH = 64  # (characters back from the count: the verb, two words and "models with up to")
_CLASS_BOUND = re.compile(r"\bmodels?\s+(?:with\s+)?(?:under|below|over|above|(?:fewer|less|more)\s+than)\s+$")
_APPOSED_BOUND = re.compile(r"[,，]\s*(?:an?|its|their|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?model\s+with\s+"
                            r"(?:more\s+than|over)\s+$")
# (what may stand between the model and the comma of its apposition: its day, "Qwen3-Max on September 24, its largest
# model with over 1 trillion parameters")
_DAY_BETWEEN = re.compile(DAY_GAP)
_RUNS_ZH = re.compile(r"(?:运行|運行|执行|執行|部署|跑|支持|支援)[^,，。;；]{0,8}$")


def _model_for(ctx: DocContext, m: regex.Match[str], approx: bool) -> ModelMention | None:
    text = ctx.text
    start, end = _span(m)
    if match_at(_TOKENS_AFTER, text, end) or (contains_any(text, _EMBEDDING_WORDS, end, end + 40)
                                              and match_at(_NON_EMBEDDING_AFTER, text, end)):
        return None
    if text.startswith(" for ", end) or text.startswith(" parameters for ", end):
        named = ctx.model_at(text.find("for ", end) + 4)
        if named is not None:
            return named  # (the model after "for": "total 109B parameters for Foo-4 Scout and 400B for Foo-4 Maverick")
    sent_start, _ = ctx.sentence(start)
    if ctx.variant_told(sent_start, start):
        return None  # ("Foo-4 has 14B parameters (the Large variant has 70B)": another model's)
    if text.find("model", max(sent_start, start - 30), start) != -1 \
            and _CLASS_BOUND.search(text, max(sent_start, start - 30), start) is not None \
            and not ((bound := _APPOSED_BOUND.search(text, max(sent_start, start - 48), start)) is not None
                     and (apposer := ctx.model_before(bound.start(), sent_start)) is not None
                     and _DAY_BETWEEN.fullmatch(text, apposer.end, bound.start()) is not None):
        return None  # (a bound of a class: "the first model under 10 billion parameters to score above 1300"; not a
        # model's own, set by it in apposition: "Qwen3-Max, a model with more than 1 trillion parameters")
    if (text.find("models", max(sent_start, start - 40), start) != -1
            and _MODELS_WITH.search(text, max(sent_start, start - _RUNS_REACH), start) is not None) \
            or (text.find("的", end, end + 4) != -1 and match_at(_RUN_MODEL_ZH, text, end) is not None
                and _RUNS_ZH.search(text, ctx.clause(start)[0], start) is not None):
        return None  # (what a chip or a tool runs: "can run models with up to 33 billion parameters", "能运行高达330亿
        # 参数的大语言模型" says no named model's count)
    window = max(sent_start, start - 20)
    if ("专家" in text[window:start] or "xpert" in text[window:start]) \
            and _PER_EXPERT.search(text, window, start) is not None:  # (the words found in C first: a count's hot path)
        return None  # ("由16个专家组成，每个专家约1110亿参数": one expert's, not the model's)
    # "Qwen3-Max（万亿参数闭源）": a parenthesis right after a model. (One that opens right before the count
    # after a name not known, "鹏城-百度·文心（2600亿参数）", is that name's: no model's of the sentence.)
    # (one that a semicolon in it splits from the count: "Kimi K2 (July 11; 1 trillion parameters)")
    opened = ctx.line_start(sent_start) if text[max(0, sent_start - 2) : sent_start].rstrip().endswith((";", "；")) \
        else sent_start
    paren = max(text.rfind("(", opened, start), text.rfind("（", opened, start))
    if paren != -1 and ")" not in text[paren:start] and "）" not in text[paren:start]:
        from_ = ctx.sentence(paren)[0] if paren < sent_start else sent_start
        # (or to an apposition ending in the kind of model: "Codestral, Mistral's first code model (22B), …")
        before = ctx.model_next_to(paren, from_) or _released_before(ctx, paren, from_) or (
            ctx.apposed_head(ctx.clause(paren)[0], paren, from_)
            if _KIND_BEFORE.search(text, max(0, paren - 8), paren) else None)
        if before is not None:
            return before
        # (a name, not a word, "in four sizes (7B, 13B …)", nor a count, "671B (37B active)")
        written = _NAME_BEFORE.search(text, max(0, paren - 32), paren)
        if not text[paren + 1 : start].strip() and written is not None and written.group(0)[0].isalpha() \
                and not written.group(0).islower() \
                and not _KIND_BEFORE.search(text, max(0, paren - 8), paren):
            return None
    _, clause_end = ctx.clause(start)
    after = text[end:clause_end]
    following = [x for x in ctx.models_in(end, clause_end) if x.start - end <= 16]
    if following and _CLASS_OF_MODELS.match(after):
        return following[0]  # "万亿参数多模态大模型"云雀-Ω""
    if following and following[0].start == end + 1 and text[end] == " " and (
            (_group(m, "lat") and _DETERMINER_BEFORE.search(text, max(sent_start, start - 6), start))
            or _group(m, "cue2") or _group(m, "cue5")):
        return following[0]  # "outperforms the 280B Gopher", "Meta's 405-billion-parameter Llama 3.1"
    if (_group(m, "lat") or _group(m, "cue5")) and (kind := match_at(_KIND_THEN_NAME, text, end)) is not None \
            and (apposed := ctx.models_in(kind.end(), kind.end() + 1)) \
            and (_OWNER_BEFORE.search(text, max(sent_start, start - 6), start)
                 or ((opening := _ARTICLE_APPOSED.search(text, max(sent_start, start - 32), start)) is not None
                     and not object_of(text, max(sent_start, opening.start() - 24), opening.start()))):
        return apposed[0]  # ("Our 1.3B variant, Foo-1B, is trained on …", "will release a 32-billion-parameter model,
        # Foo-5 Lite"; not "beats a 70B model, Foo-2, …")
    cue = _CUE_BEFORE.search(text, max(sent_start, start - 32), start)
    # (after its cue, then 的: "参数量超过1万亿的Qwen3-Max-Preview"; or a size in B or T, cue or none, as the
    # attribute of the name right after it: "106B的GLM-4.6V和9B参数的GLM-4.6V-Flash", not the model before)
    of_model = _PARAMS_OF.match(after) or (_OF_AFTER_CUE.match(after) if cue is not None or _group(m, "lat") else None)
    of_model = of_model or _PARAMS_THEN_COUNT_OF.match(after)
    if following and of_model and following[0].start == end + of_model.end():
        return following[0]  # "拥有6710亿参数的DeepSeek-R1", "参数量超过1万亿的Qwen3-Max-Preview"
    if (after.find("模型", 0, _SIZE_CLASS_REACH) != -1 or after.find("odel", 0, _SIZE_CLASS_REACH) != -1) \
            and _SIZE_CLASS.match(after) is not None \
            and object_of(text, max(sent_start, start - 24), start):
        return None  # (the class a comparison sets the model against: "性能媲美700亿参数的模型", "达到 7B 模型的效果")
    if "+" in text[start:end] and (kind := _SIZE_CLASS.match(after)) is not None and kind.group(0).endswith("s"):
        return None  # (a class of models by its least size: "10T+ parameter MoE models" under "What to expect")
    if approx and _CLASS_OF_MODELS.match(after):
        adjacent = ctx.model_before(start, sent_start)  # "Step-2万亿参数模型" names its own size
        if adjacent is None or not (adjacent.end == start or _IS_ONE_OF.fullmatch(text, adjacent.end, start)):
            return None  # "匹敌万亿参数模型"
        return adjacent
    cue_before = cue or _OUT_OF_ACTIVE.search(text, max(sent_start, start - 40), start) \
        or _ACTIVATES.search(text, max(sent_start, start - 20), start) or match_at(_ACTIVE_PAREN, text, end) \
        or (_group(m, "lat") and text[start - 1 : start] == " "  # (the verb's blank before it: English only)
            and _IS_SIZE.search(text, max(sent_start, start - 28), start) is not None
            and match_at(_SIZE_ENDS, text, end) is not None
            and (named := ctx.model_before(start, sent_start)) is not None
            and _IS_SIZE.fullmatch(text, named.end, start) is not None) or (
        # "17B active parameters out of 400B total", "141B total and 39B active parameters": a total beside
        # a count of parameters
        match_at(_TOTAL_AFTER, text, end) and (_PARAMS_BEFORE.search(text, max(sent_start, start - 40), start)
                                               or _PARAM_WORD_AFTER.match(text, end)
                                               or _ACTIVE_NEXT.match(text, end)
                                               or _ACTIVE_BEFORE.search(text, max(sent_start, start - 40), start)))
    if _group(m, "lat") and (of := match_at(_LIST_OF_MODEL, text, end)) is not None \
            and (versions := ctx.models_in(of.end(), of.end() + 1)) and versions[0].start == of.end() \
            and (the := _DETERMINED.search(text, max(sent_start, start - 12), start)) is not None \
            and not object_of(text, max(sent_start, the.start() - 24), the.start()):
        return versions[0]
    if (like := match_at(_KIND_LIKE, text, end)) is not None \
            and (example := ctx.models_in(like.end(), like.end() + 1)) and example[0].start == like.end():
        return example[0]
    if _sizes_listed(ctx, m, start, sent_start):
        # (or, a sentence that names none and has none to refer to, its heading's: "Sizes are 8B and 70B." under
        # "# Foo-3")
        return ctx.model_before(start, sent_start) or ctx.referred_model(sent_start) or _heading_owner(ctx, start)
    # (a range, or the first of a list: "Qwen2 (Jun 2024) — 0.5B to 72B", "Gemma 2 (June 27, 2024): 2B, 9B and 27B";
    # or one size that is a field of its own after the name: "**Foo-2** (Mistral AI) — July 24, 2024 — 123B, 128K …")
    if _group(m, "lat"):
        listed = _group(m, "n3") or match_at(_LIST_ITEM, text, m.end())
        named = ctx.model_before(start, sent_start) if listed or match_at(_FIELD_END, text, m.end()) else None
        fielded = named is not None and _NAME_THEN_RANGE.fullmatch(text, named.end, start) is not None
        # (one size alone: after a dash; or after a colon or a comma, before a context length, in a list of figures
        # after the model: "Foo-2: 24B, 128K context", "Foo-2 came out Mar 17, 24B, 128K context")
        mark = text[max(0, start - 8) : start].rstrip()[-1:]
        alone = not listed and named is not None and (
            (fielded and mark in ("—", "–")) or (mark in (",", "，", ":", "：") and (fielded or mark in (",", "，"))
                                              and match_at(_NEXT_FIGURE, text, m.end()) is not None))
        if (listed and (fielded or _SIZES_BEFORE.search(text, max(sent_start, start - 24), start))) or alone:
            # (else the model its line named before the sentence: "- 2024.09.19: We released the Qwen2.5 series. This
            # time there are 3 extra model sizes: 3B, 14B, and 32B", not the title's Qwen2)
            return named or ctx.subject_before(sent_start, ctx.line_start(sent_start)) \
                or ctx.referred_model(sent_start) or _heading_owner(ctx, start)
    # (a list's line headed by its model under a heading about sizes: "- **Foo-3**：671B" under "# 参数规模对比")
    # (the heading first, found in C: a line's subject costs more, and most counts are under no such heading)
    if _group(m, "lat") and (heading := ctx.heading_above(start)) is not None and _SIZE_HEADING.search(text, *heading) \
            and (head := ctx.subject_model(start)) is not None and head.end <= start:
        return head
    if _group(m, "lat") and _EXTREME_BEFORE.search(text, max(sent_start, start - 10), start) is not None \
            and match_at(_VERSION_AFTER, text, end) is not None:
        return ctx.owner_before(start, sent_start)  # ("Llama 3.1，其中最大的405B版本…": a size of the sentence's model)
    article = _ARTICLE_BEFORE.search(text, max(sent_start, start - 24), start) \
        if match_at(_MODEL_AFTER, after, 0) else None
    # ("uses only 12.9B per token": the active ones; "uses 37B of its 671B parameters for each token")
    per_token = match_at(_PER_TOKEN, text, end) or match_at(_PART_PER_TOKEN, text, end)
    moe = _group(m, "lat") and match_at(_MOE_AFTER, text, end) is not None \
        and not object_of(text, max(sent_start, start - 24), start)
    if _group(m, "lat") and _SIZE_CLASS.match(text, end) is not None:
        named = ctx.model_before(start, sent_start)
        if named is not None and _IS_ONE_OF.fullmatch(text, named.end, start) is not None:
            return named  # (the model the copula says is one of that size: "M2是一个32B的模型", as "a 32B model")
        if named is None and _IT_IS_ONE_OF.fullmatch(text, sent_start, start) is not None \
                and (referred := ctx.referred_model(sent_start)) is not None:
            return referred  # (or the pronoun that opens its sentence: "开源了M2。这是一个32B的医疗模型")
    if _group(m, "lat") and not (_group(m, "cue2") or cue_before or per_token or moe
                               # (or its active part written after it, as names write it: "an 80B-A3B model")
                               or match_at(_NAME_ACTIVE, text, end)
                               or match_at(_ACTIVE_OF_TOTAL, text, end) or (
            article and not object_of(text, max(sent_start, article.start() - 24), article.start())
            and _MEASURE_OF.search(text, max(sent_start, article.start() - 24), article.start()) is None
            and not _clause_opened_by(text, sent_start, article.start(), end))
            or _appositive(ctx, start, sent_start, after)):
        return None  # a bare "4-8B" outside a parenthesis is not tied to a model ("a 123B model" is, not one a
        # comparison takes as its object, "beats a 70B model"; "the 1B model" is another one)
    if _group(m, "en") and not (_group(m, "cue5") or cue_before or per_token or _PARAM_WORD_AFTER.match(after)):
        return None  # "$10 billion" is money
    if _group(m, "wen") and "param" not in _group(m, "wen") and not cue_before:
        return None  # ("two trillion in total" counts parameters only after a count of them)
    if (led := _lead_model(ctx, sent_start, start, end)) is not None:
        return led
    owner = ctx.owner_before(start, sent_start)
    if owner is None and contains_any(text, _TOGETHER_WORDS, sent_start, min(start, sent_start + _TOGETHER_REACH)) \
            and len(ctx.subjects_together(sent_start)) > 1:
        return None  # (said of the models before together, _said_of_together's: "两款模型均为6710亿参数")
    if owner is not None:
        return owner
    found = ctx.referred_model(sent_start) or (
        ctx.referent(sent_start) if _IT_HAS.search(text, sent_start, start) is not None
        or _A_MODEL_WITH.match(text, sent_start, start) is not None or _subject_left_out(ctx, sent_start, start)
        else None) or (ctx.labelled_model(sent_start) if _COUNT_LABEL.match(text, sent_start, start) else None)
    if found is not None and (own := _OWN_MODEL.search(text, sent_start, start)) is not None \
            and not any(org.canonical == found.org for org in ctx.orgs_in(sent_start, own.start())):
        return None  # (a speaker's own model it leaves unnamed, not the text's: _OWN_MODEL)
    return found


# A sentence that is a label of the count, its subject left out: "Meta released Llama 4 Maverick today. Parameters:
# 400B total, 17B active.", "Parameter count: 1.2 trillion", "参数量：6710亿" (the model of the sentence before)
_COUNT_LABEL = regex.compile(r"\s*(?:\d{1,2}[/.)、]\s*|[-*•+]\s+)?(?:(?i:total|active|activated)\s+)?"
                             r"(?:(?i:parameters?(?:\s+count)?|params|model\s+size)|(?:总)?参数(?:量|规模)?)\s*[:：]")


# A speaker's own model, unnamed: "台湾大哥大表示，其自研的繁中模型参数量为70亿", "Acme said its in-house model has 7
# billion parameters" (the text's model only when the speaker is its maker: "谷歌表示，其自研的Gemini…")
# ("Bexa也发布了自家的大模型": a company's own, its 其 left out)
_OWN_MODEL = regex.compile(r"其(?:自研|自家|自主研发|自行研发)|(?:自研|自家|自主研发|自行研发)的?(?:大)?模型"
                           r"|\b(?:its|their)\s+(?:own|in-house|homegrown)\b")


# (what a count opening its line is said to be of: "- 1T: Foo-2's total parameters", "- 32B: Foo-2's active parameters")
_PARAMS_MEASURE = regex.compile(r"(?i:(?:(?:total|active|activated)\s+)?(?:parameters?|params?)(?:\s+count)?"
                                r"|(?:total|active|activated)\s+(?:size|count)|size)\b")
# The largest or smallest of a model's sizes: "其中最大的405B版本", "its largest 405B variant"
_EXTREME_BEFORE = regex.compile(r"(?:最大|最小|旗舰|顶配|(?i:largest|smallest|biggest|flagship))(?:的)?\s*$")
_VERSION_AFTER = re.compile(r"[\s-]*(?:的)?(?:版本|型号|尺寸|规格|(?i:version|variant)s?\b)")
# A size said of the model right before its verb, ending its clause ("Phi-4 is 14B, not really comparable", "Foo-2
# weighs in at 14B"; not "has 2B downloads"; and the next model's, said alike: _ALIKE_EN)
_SIZE_VERBS = r"has|had|(?:weighs|comes|clocks)\s+in\s+at|weighs|stands\s+at"  # ("The model, Foo-3, weighs 70B")
_DEGREE = r"(?:about\s+|roughly\s+|just\s+|only\s+)?"
_SIZE_END = r"\s*(?:[.;,:)]|$|(?:and|but|with|in)\b|total\s*(?:[.;:)]|$))"  # (and "Foo-2 has 47B total.")
_IS_SIZE = re.compile(rf"\s+(?:is|was|{_SIZE_VERBS})\s+{_DEGREE}$")
_SIZE_ENDS = re.compile(_SIZE_END)
# "SemiAnalysis reported in July 2023 that it has about 1.8 trillion parameters": a pronoun inside the sentence that has
# the count
_IT_HAS = regex.compile(r"\bit\s+(?:has|had|uses|used|contains|contained|packs|packed|boasts|weighs\s+in\s+at)\b"
                        # (or what others put it at: "We estimate it at roughly 5-7 trillion parameters")
                        r"|\b(?:estimates?|estimated|puts?|pegs?|pegged|places?|placed)\s+it\s+at\b")
# (in Chinese, a clause on the count in a sentence whose subject is left out, as no actor nor verb of release before it
# says: "百度发布文心5.0。原生全模态，参数量达2.4万亿"; not "百度与鹏城实验室联合发布鹏城-百度·文心，参数规模达2600亿")
_COUNT_CLAUSE = regex.compile(r"[，,]\s*(?:总参数量?|参数量|参数规模)")


def _subject_left_out(ctx: DocContext, sent_start: int, start: int) -> bool:
    clause = _COUNT_CLAUSE.search(ctx.text, sent_start, start)
    return clause is not None and not ctx.orgs_in(sent_start, clause.start()) \
        and not contains_any(ctx.text, _PUT_OUT_ZH, sent_start, clause.start())


# (what puts a model out before the count's clause: then it is that one's, named or not; 发表 and 释出 as Taiwan's
# press writes them, "台智雲日前發表福爾摩沙大模型，參數規模達1760億")
_PUT_OUT_ZH = (*RELEASE_VERBS, "发表", "释出", "亮相")
# "A sparse mixture-of-experts model with 46.7B total parameters, it matched …": a sentence that opens by describing
# the model it goes on about
_A_MODEL_WITH = regex.compile(r"\s*An?\s+(?:[\w.-]+\s+){0,4}?model\s+with\s")


# "- **GPT-3**（OpenAI，2020）：1750亿" under "# 大模型参数规模速查": a list's line headed by its model, the count alone
# after its colon (a range too: "70亿–650亿"), under a heading about sizes (the count has no cue of its own)
_HEADED_COUNT = regex.compile(
    rf"\s*(?P<n>{_NUM})\s*(?P<u>{_CN_UNIT})(?:{_TO}(?P<n2>{_NUM})\s*(?P<u2>{_CN_UNIT}))?[\s。.]*")


def _headed_counts(ctx: DocContext, seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    text = ctx.text
    lines = ctx.lines
    done = -1  # (the last line read: a line may hold the unit twice, "70亿–650亿")
    for pos in occurrences(text, "亿"):  # (found in C: most lines have no such count)
        k = bisect.bisect_right(ctx.line_starts, pos) - 1
        if k == done:
            continue
        done = k
        start, end = lines[k]
        # (the heading first: most lines with a count are under none about sizes)
        if (heading := ctx.heading_above(start)) is None or not _SIZE_HEADING.search(text, *heading):
            continue
        head = ctx.line_head(start)
        count = _HEADED_COUNT.fullmatch(text, head[1], end) if head is not None else None
        if head is None or count is None:
            continue
        low = scaled(count.group("n"), count.group("u"))
        high = scaled(count.group("n2"), count.group("u2")) if count.group("n2") else None
        if (head[0].canonical, low) not in seen:
            seen.add((head[0].canonical, low))
            ctx.add(records, ParameterRecord, model=head[0].text, value=low, value_high=high, approx=False,
                    active=False, prov=ctx.prov(start, end))


# A row of counts split by slashes (or "vs") after a label of the size, one per model in the order the row's line or one
# above sets them: "Foo vs Bar vs Baz" over "Parameters: 1T / 671B / 355B" (and "Active: 32B / 37B / 32B"),
# "参数量：1万亿 / 6710亿"
# (the measure's words a figure's label names, _PARAMS_MEASURE, or the word for the active part alone, or in Chinese)
_SIZE_LABEL = regex.compile(rf"{_PARAMS_MEASURE.pattern}|(?i:active|activated)\b|(?:总|激活)?参数(?:量|规模)?")
_ACTIVE_LABEL = ("activ", "Activ", "ACTIV", "激活")  # (active, activated, 激活参数)
_SIZE_ROW = re.compile(rf"[ \t*_]*[:：][ \t*_]*(?P<counts>{_NUM}[ \t]*(?:[BT]\b|{_CN_UNIT})"
                       rf"(?:{ROW_JOIN}{_NUM}[ \t]*(?:[BT]\b|{_CN_UNIT}))+)(?!\d|\.\d|[%/])")
_SIZE_ONE = re.compile(rf"(?P<n>{_NUM})[ \t]*(?P<u>[BT]|{_CN_UNIT})")


def _slashed_counts(ctx: DocContext, seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    text = ctx.text
    rows = {bisect.bisect_right(ctx.line_starts, pos) - 1
            for pos in [*occurrences(text, " / "), *occurrences(text, " vs")]}
    for k in sorted(rows):  # (the lines with a spaced slash or "vs", found in C: few have one)
        line_start, line_end = ctx.lines[k]
        opens = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip(" \t-*•"))
        label = _SIZE_LABEL.match(text, opens, line_end)
        row = match_at(_SIZE_ROW, text, label.end(), line_end - label.end()) if label is not None else None
        if label is None or row is None:
            continue
        found = list(_SIZE_ONE.finditer(text, row.start("counts"), row.end("counts")))
        models = ctx.row_models(line_start, len(found))
        if len(models) != len(found):
            continue
        for model, count in zip(models, found, strict=True):
            value = scaled(count.group("n"), count.group("u"))
            if (model.canonical, value) not in seen:
                seen.add((model.canonical, value))
                ctx.add(records, ParameterRecord, model=model.text, value=value, approx=False,
                        active=label.group(0).startswith(_ACTIVE_LABEL), prov=ctx.prov(label.start(), row.end()))


# An answer that is a count alone, under a question about the size ("**问：Foo-3有多少参数？**" over "答：超过1万亿。",
# "**How big is Foo-3?**" over "About 1T."): the asked model's
_SIZE_ASKED = regex.compile(r"参数|多大|规模|(?i:parameters?|params|how\s+(?:big|large))")
_ASKED_LINE_END = re.compile(r"[ \t*_]*(?:\n|\Z)")
_ANSWER_COUNT = re.compile(
    rf"[ \t>*_]*(?:(?:{ANSWER_WORD})[ \t]*[:：.][ \t]*)?"
    r"(?:超过|逾|约|近|大约|(?i:about|over|roughly|around|nearly)\s+|~)?"
    rf"(?P<n>{_NUM})\s*(?P<u>{_CN_UNIT}|[BT](?![A-Za-z])|billion|trillion)(?:\s*(?:个)?(?:参数|parameters?|params))?"
    # (then its active part: "About 120 billion, with 12 billion active per token.")
    r"[\s。.,，]*(?:[^\n]{0,40}?(?i:active|activated|激活)[^\n]{0,30})?$")


def _answered_counts(ctx: DocContext, seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    text = ctx.text
    for mark in ("?", "？"):
        for pos in occurrences(text, mark):  # (found in C: few texts ask)
            if match_at(_ASKED_LINE_END, text, pos + 1) is None:
                continue  # (a question mark inside its line: most are)
            line_start, line_end = ctx.lines[bisect.bisect_right(ctx.line_starts, pos) - 1]
            if not _SIZE_ASKED.search(text, line_start, pos):
                continue
            answer = text.find("\n", pos)
            while answer != -1 and answer + 1 < len(text) and text[answer + 1] == "\n":
                answer += 1  # (over a blank line)
            if answer == -1 or ctx.question_of(answer + 1) != (line_start, line_end):
                continue
            answer_end = ctx.lines[bisect.bisect_right(ctx.line_starts, answer + 1) - 1][1]
            count = _ANSWER_COUNT.match(text, answer + 1, answer_end)
            model = ctx.subject_model(answer + 1) if count is not None else None
            if count is None or model is None:
                continue
            value = scaled(count.group("n"), _SCALE_WORD.get(count.group("u").lower(), count.group("u")))
            if (model.canonical, value) not in seen:
                seen.add((model.canonical, value))
                ctx.add(records, ParameterRecord, model=model.text, value=value, value_high=None, approx=False,
                        active=False, prov=ctx.prov(answer + 1, answer_end))


# A count a model has by 的 or 's in a sentence about sizes told as a range, the cue before it: "参数量从GPT-1的
# 1.17亿，到GPT-2的15亿，再到GPT-3的1750亿", "Parameter counts grew from GPT-2's 1.5 billion to GPT-3's 175 billion"
# (not "的10倍", nor a size's version, "Llama的70B版本"; past a citation's mark, "DeepSeek-V3的6710亿[4]")
# (or by "for" after it, in a range's ends: "from 1.5B for GPT-2 to 175B for GPT-3")
# (or in parentheses after it, or by 's, after a count its sentence read: "Foo-3的参数量为6710亿，是Bar-2（700亿）的近
# 十倍", "Foo-3's 671B parameters dwarf Bar-2's 70B")
_POSSESSED_COUNT = regex.compile(
    rf"(?:的|['’]s\s+|(?P<paren>[(（]\s*)|\b(?P<range>from|to)\s+)(?P<n>{_NUM})\s*"
    rf"(?P<u>{_CN_UNIT}|[BT](?![A-Za-z])|billion\b|trillion\b)"
    r"(?(range)(?:\s+parameters?)?\s+for\s+|(?(paren)\s*[)）]"
    rf"|(?=(?:\[\d{{1,3}}\])?\s*(?:[,，。.;；、]|$|参数|(?i:parameters?)\b|{_GREW_TO}|再?(?:到|至)"
    r"|(?:to|and)\s))))",
    regex.M)
# (where one may start, a digit after its mark, found by `re`, each branch led by its literal: the `regex` pattern tried
# at every position of each sentence with a cue cost more than the rest of the rule)
_POSSESSED_START = re.compile(r"(?:的|['’]s\s+|[(（]\s*|from\s+|to\s+)(?=\d)")
_POSSESSED_MARKS = ("的", "'s", "’s", "(", "（", "from ", "to ")  # (its literals, looked for in C first)
_LONGEST_POSSESSED = 64  # characters, with the lookahead
_COUNT_CUES = ("参数", "aramet")  # (the cue: 参数, parameter(s), Parameter(s))
_RANGE_WORDS = ("从", "由", "到", "至", "rom ", " to ")  # (the counts of a range's ends: few sentences have one)


def _possessed_counts(ctx: DocContext, seen: set[tuple[str, int]], records: list[ParameterRecord], read: set[int]
                      ) -> None:
    """_POSSESSED_COUNT's counts (`read`: the sentences a count was read in)."""
    text = ctx.text
    done = -1  # (the last sentence read)
    for pos in sorted(p for word in _COUNT_CUES for p in occurrences(text, word)):  # (found in C: few have one)
        sent_start, sent_end = ctx.sentence(pos)
        if sent_start == done:
            continue
        done = sent_start  # (read from its first cue on, once)
        if not contains_any(text, _POSSESSED_MARKS, pos, sent_end) \
                or not (sent_start in read or contains_any(text, _RANGE_WORDS, sent_start, sent_end)):
            continue  # (the cheap tests first, in C: most sentences with a cue have neither)
        starts = (c.start() for c in _POSSESSED_START.finditer(text, pos, sent_end))
        for m in finditer_at(starts, _POSSESSED_COUNT, text, _LONGEST_POSSESSED):
            if m.group("range"):
                owner = ctx.model_at(m.end())
            else:
                owner = ctx.model_before(m.start(), sent_start)  # (right before its mark; a blank before a parenthesis)
                owner = owner if owner is not None and (owner.end == m.start() or (
                    m.group("paren") and not text[owner.end : m.start()].strip(" \t"))) else None
            if owner is None or in_condition(text, m.start()):
                continue
            value = scaled(m.group("n"), _SCALE_WORD.get(m.group("u"), m.group("u")))
            if value > 0 and (owner.canonical, value) not in seen:
                seen.add((owner.canonical, value))
                ctx.add(records, ParameterRecord, model=owner.text, value=value, approx=False, active=False,
                        prov=ctx.prov(min(owner.start, m.start("n")), max(owner.end, m.end())))


def _order_after_name(ctx: DocContext, start: int, end: int, seen: set[tuple[str, int]],
                      records: list[ParameterRecord]) -> None:
    """ "Step-2万亿参数": a count that starts inside a name is no count, but an order word right
    after the name is one, of that model."""
    owner = ctx.model_before(end, ctx.sentence(start)[0])
    order = match_at(_ORDER_AFTER_NAME, ctx.text, owner.end) if owner is not None else None
    if owner is None or order is None:
        return
    value = CN_MULTIPLIER[order.group(1)]
    if (owner.canonical, value) in seen:
        return
    seen.add((owner.canonical, value))
    ctx.add(records, ParameterRecord, model=owner.text, value=value, approx=True, active=False,
            prov=ctx.prov(owner.start, order.end()))


def _total_then_active(count: regex.Match[str], unit: str) -> bool:
    """Whether a cell's pair of counts under a plain header is a total and its active part: the second the smaller
    ("671B/37B"; "7B/13B" lists two sizes, which the header does not say)."""
    first = scaled(count.group("n"), _SCALE_WORD.get(unit.lower(), unit))
    second_unit = count.group("su") or unit
    return scaled(count.group("sn"), _SCALE_WORD.get(second_unit.lower(), second_unit)) < first


def _table_counts(ctx: DocContext, seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    """A table column headed 参数量/Parameters: each row's count, of the row's model; a count
    without its own unit takes the header's ("参数量(B)")."""
    for model, row, head, cell in ctx.table_cells():
        named = _PARAM_HEADER.fullmatch(unemphasized(head.text))
        if named is None:
            continue
        active = bool(_ACTIVE_WORD.search(head.text)) and not _paired(named)
        counts = _cell_counts(unemphasized(cell.text), named, active)
        for value, high, is_active, approx in counts:  # (value, high end, active, approximate)
            if (model.canonical, value) in seen:
                continue
            seen.add((model.canonical, value))
            ctx.add(records, ParameterRecord, model=model.text, value=value, value_high=high, approx=approx,
                    active=is_active, prov=ctx.prov(row.start, row.end))


def _paired(named: regex.Match[str]) -> bool:
    """Whether a column's header (its _PARAM_HEADER match) counts the total and the active parameters, in that order."""
    return bool(named.group("pair") or named.group("slashed"))


def _cell_counts(written: str, named: regex.Match[str], active: bool) -> list[tuple[int, int | None, bool, bool]]:
    """(value, high end, active, approximate) of each count a cell of a column of counts writes (`named`: its header's
    match, `active`: whether the column counts active parameters)."""
    if (count := _CELL_COUNT.fullmatch(written)) is None:
        if (order := _CELL_ORDER.fullmatch(written)) is not None:  # (an order alone: "超万亿", "千亿级", as 万亿参数)
            return [(CN_MULTIPLIER[order.group(1)], None, active, True)]
        if _CELL_LIST.fullmatch(written) is not None:  # (a model's sizes listed: "7B, 13B, 70B", "1B / 4B")
            return [(scaled(n, u), None, active, False) for n, u in _NAME_SIZE.findall(written)]
        if _LABELLED_CELL.fullmatch(written) is not None:
            return [(scaled(n, _SCALE_WORD.get(u.lower(), u)), None, _ACTIVE_WORD.match(label) is not None, False)
                    for n, u, label in _LABELLED_ITEM.findall(written)]
        return []
    unit = count.group("u") or count.group("hu") or named.group("unit")
    if unit is None or (count.group("sn") and not _paired(named) and not _total_then_active(count, unit)):
        return []
    high_unit = count.group("hu") or unit
    high = scaled(count.group("hn"), _SCALE_WORD.get(high_unit.lower(), high_unit)) if count.group("hn") else None
    written_counts = [(count.group("n"), unit, active, high)]
    if count.group("an") and (active_unit := count.group("au") or unit):
        written_counts.append((count.group("an"), active_unit, True, None))
    if count.group("sn"):
        written_counts.append((count.group("sn"), count.group("su") or unit, True, None))
    return [(scaled(number, _SCALE_WORD.get(written_unit.lower(), written_unit)), value_high, is_active, False)
            for number, written_unit, is_active, value_high in written_counts]


def _list_items(ctx: DocContext, model: ModelMention, span_start: int, end: int, active: bool,
                seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    """The counts listed after a count of `model` ("70亿、130亿和700亿"), each one of its own."""
    while item := match_at(_LIST_ITEM, ctx.text, end):
        if ctx.text[end : end + 3].lstrip()[:1] in ("(", "（") and ctx.models_in(end, item.start("n")):
            break  # (a gloss that names another model: "8B (Foo-3-mini) and 70B" are no longer the model's)
        end = item.end()
        value = scaled(item.group("n"), _SCALE_WORD.get(item.group("u").lower(), item.group("u")))
        if (model.canonical, value) in seen:
            continue
        seen.add((model.canonical, value))
        # (an item that says it is the active part: "nearly two trillion parameters, 288 billion of them active"; the
        # second of a pair told as a total and an active count were before it: _elided_pair)
        own = active or match_at(_ACTIVE_AFTER, ctx.text, end) is not None \
            or bool(_elided_pair(ctx, item.start("n"), item.end("u")))
        # (the quote reaches the model named after the list: "8B and 70B versions of Foo-3")
        ctx.add(records, ParameterRecord, model=model.text, value=value, active=own,
                prov=ctx.prov(span_start, max(end, model.end)))


# Bare numbers listed before a count share its unit ("six sizes, 0.5, 1.5, 3, 7, 14, 32 billion parameters", "in 7, 13
# and 70B versions"), after a word that leads a list of sizes (not "On May 5, 7 billion …")
_BARE_LIST = regex.compile(r"(?:(?<![\d.,])\d{1,3}(?:\.\d+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*、\s*))+$")
_BARE_NUMBER = regex.compile(_NUM)
_SIZES_LEAD = regex.compile(
    r"(?:(?<![A-Za-z])(?:sizes?|versions?|variants?|in|of|with|including)|[:：(（—–]|(?<=\s)-|包括|包含|涵盖)[\s,]*$")


def _bare_list(text: str, start: int) -> regex.Match[str] | None:
    bare = _BARE_LIST.search(text, max(0, start - 60), start)
    return bare if bare is not None and _SIZES_LEAD.search(text, max(0, bare.start() - 12), bare.start()) else None


def _bare_items(ctx: DocContext, m: regex.Match[str], model: ModelMention, start: int, active: bool,
                seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    unit = (_group(m, "u5") or "").lower() if _group(m, "en") else _group(m, "u2") if _group(m, "lat") else None
    if not unit or _group(m, "n6") or _group(m, "n3") or _group(m, "u5a") or _group(m, "u2a"):
        return
    text = ctx.text
    bare = _bare_list(text, start)
    if bare is None:
        return
    for number in _BARE_NUMBER.finditer(text, bare.start(), bare.end()):
        value = scaled(number.group(0), _SCALE_WORD.get(unit, unit))
        if (model.canonical, value) not in seen:
            seen.add((model.canonical, value))
            ctx.add(records, ParameterRecord, model=model.text, value=value, active=active,
                    prov=ctx.prov(ctx.quote_start(min(model.start, number.start()), number.start()), number.end()))


# Models listed together, then their counts: in order ("A和B的参数量分别为70亿和130亿", "A and B have 235B and 30B
# parameters respectively", "A and B, with 355B and 106B total parameters": as many counts as models), or one
# for all ("A和B的参数量均为671B", "both have 7B parameters")
_NEXT_ITEM = regex.compile(_ITEM)  # (a _LIST_ITEM that may have its own cue after it: the last one's)
_LATER_ITEM = re.compile(rf"\d\s*(?:[BTMK]|亿|万亿|(?i:billion|trillion|million))?{ITEM_SEPARATOR}$")


def _for_each(ctx: DocContext, model: ModelMention, start: int, end: int, value: int, active: bool,
              seen: set[tuple[str, int]], records: list[ParameterRecord]) -> bool:
    """Whether the count at [start, end) (of `value`, said of `model`) is one of a list of models', and if so
    their records are added."""
    # (cheapest first: most models stand alone; a citation between two, "Bar-2 (Lee et al., 2022) and Baz-3", is some
    # 30 characters)
    if not ctx.models_in(model.start - 48, model.start):
        return False
    sent_start, _ = ctx.sentence(start)
    group = ctx.group_before(model.end, sent_start)
    if len(group) < 2 and IN_ORDER.search(ctx.text, model.end, start):
        # (the models of the sentence's clauses, in order: "谷歌推出BERT，OpenAI推出GPT-1，参数量分别为3.4亿和1.17亿")
        group = list({m.canonical: m for m in ctx.not_compared(ctx.models_in(sent_start, model.end), sent_start)}
                     .values())
    if len(group) < 2 or group[-1] != model:
        return False
    values = [(value, end)]  # (each with where its number ends, which ends its quote)
    while len(values) <= len(group) and (item := match_at(_NEXT_ITEM, ctx.text, values[-1][1])):
        unit = item.group("u")
        values.append((scaled(item.group("n"), _SCALE_WORD.get(unit.lower(), unit)), item.end()))
    # (one for all, unless the counts go to the models in order: "两者均采用Apache 2.0许可，分别拥有1170亿和210亿参数";
    # or a verb in the plural, before as many counts as models: "A and B have 7B and 70B parameters")
    word = SHARED_WORD.search(ctx.text, model.end, start) is not None
    if SHARED.search(ctx.text, model.end, start) and not IN_ORDER.search(ctx.text, model.end, ctx.clause(end)[1]) \
            and (len(values) != len(group) or word):
        if not word and _LATER_ITEM.search(ctx.text, max(0, start - 24), start) is not None:
            return False  # (a list's later count, which the list's first gave its model: "… have 7B and 70B")
        values = [(value, end)] * len(group)
    elif len(values) != len(group):
        # (a list's later count, read with its first, is no count of the last model alone: "A, B and C have 175B,
        # 540B and 65B parameters respectively")
        return _LATER_ITEM.search(ctx.text, max(0, start - 24), start) is not None
    for owner, (each, each_end) in zip(group, values, strict=True):
        if (owner.canonical, each) not in seen:
            seen.add((owner.canonical, each))
            ctx.add(records, ParameterRecord, model=owner.text, value=each, active=active,
                    prov=ctx.prov(ctx.quote_start(owner.start, start), each_end))
    return True


# "Foo-34B的参数数量为340亿，Foo-6B则为60亿": the next clause's model, its count said alike
_NEXT_CLAUSE = regex.compile(r"\s*(?:[,，;；。]|\.(?=\s))?\s*(?:(?:and|while|whereas|but)\s+)?")
_ALIKE_ZH = (rf"\s*(?P<n>{_NUM})\s*(?P<u>{_CN_UNIT}|[BT](?![A-Za-z]))"
             r"(?!\s*(?:元|美元|人民币|人|次|用户|tokens?|字|总|激活|活跃))")  # (nor one of a kind said: "70B总参数")
_ALIKE = regex.compile(rf"\s*(?:则|也|同样|仅)?(?:为|是|有|达){_ALIKE_ZH}")
_LATTER_ALIKE = regex.compile(rf"\s*(?:则|也|同样|仅)?(?:为|是|有|达)?{_ALIKE_ZH}")  # ("后者210亿": no verb needed)
# ("The larger one, gpt-oss-120b, has 117 billion parameters; gpt-oss-20b has 21 billion.": the unit ends its clause)
# ("PaLM weighs in at 540B", "and Chinchilla at just 70B", "Bar-2 540B": the verb left out)
# ("A year later, GPT-3 arrived with 175 billion.": a time's lead before the next model, and its arrival with it)
_LEAD_BEFORE_NEXT = regex.compile(r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4}|\p{Han}{2,8}),\s*")
_LATTER_NEXT = re.compile(rf"(?:{LATTER})(?:\s+(?:has|had))?")
# ("GPT-3 (Brown et al., 2020) has 175B parameters, PaLM (Chowdhery et al., 2022) 540B": past a citation)
_ALIKE_EN = re.compile(rf"(?:\s*\([^()\n]{{1,40}}\))?\s*(?:(?:{_SIZE_VERBS}|with|at|totals"
                       r"|(?:arrived|came|shipped|launched|debuted)\s+with)\s+)?"
                       rf"{_DEGREE}(?P<n>{_NUM})\s*"
                       rf"(?P<u>[BT](?![A-Za-z])|billion\b|trillion\b)(?={_SIZE_END})")


_VERSUS_FOR = regex.compile(r"(?:[ \t]+(?:(?:total|active)[ \t]+)?(?:parameters|params))?,?[ \t]+"
                            rf"(?:versus|vs\.?|against|compared[ \t]+(?:with|to))[ \t]+(?P<n>{_NUM})[ \t]*"
                            r"(?P<u>[BT](?![A-Za-z])|billion\b|trillion\b)[ \t]+for[ \t]+")


def _said_alike(ctx: DocContext, end: int, active: bool, seen: set[tuple[str, int]],
                records: list[ParameterRecord]) -> None:
    """After a count ending at `end`, other models' counts in the clauses after it, said alike ("B则为60亿",
    "…, Bar-2 540B and Baz-1 70B", "… parameters. PaLM weighs in at 540B, and Chinchilla at just 70B";
    "前者总参数1170亿，后者210亿": the latter of the two named before)."""
    text = ctx.text
    if (versus := match_at(_VERSUS_FOR, text, end)) is not None \
            and (named := ctx.models_in(versus.end(), versus.end() + 1)) and named[0].start == versus.end():
        # (another's set against it: "70B parameters versus 8B for Foo-3 Mini")
        value = scaled(versus.group("n"), versus.group("u")[0].upper())
        if (named[0].canonical, value) not in seen:
            seen.add((named[0].canonical, value))
            ctx.add(records, ParameterRecord, model=named[0].text, value=value, active=active,
                    prov=ctx.prov(versus.start("n"), named[0].end))
    if active and records and (told := records[-1]).active \
            and (opened := ctx.prov(*ctx.sentence(max(0, end - 1))).char_start) <= told.prov.char_start \
            and any(not r.active and r.model == told.model and r.prov.char_start >= opened for r in records):
        active = False  # (a total and an active count told before it: a lone count said alike is the total, "Foo-3
        # has 355B total and 32B active parameters; Bar-2 has 70B")
    while (sep := match_at(_NEXT_CLAUSE, text, end)) is not None:
        named = ctx.models_in(sep.end(), sep.end() + 1)
        if not named and (lead := match_at(_LEAD_BEFORE_NEXT, text, sep.end())) is not None \
                and not ctx.models_in(sep.end(), lead.start() + len(lead.group(0).rstrip(", \t，"))):
            named = ctx.models_in(lead.end(), lead.end() + 1)
        model, at = (named[0], named[0].end) if named else (None, sep.end())
        latter = match_at(_LATTER_NEXT, text, at) if model is None else None
        if latter is not None and len(pair := ctx.named_before(end, ctx.previous_sentence(ctx.sentence(end)[0]))) > 1:
            model, at = pair[-1], latter.end()
        alike = None
        if model is not None:
            alike = (match_at(_LATTER_ALIKE, text, at) if latter is not None else None) \
                or match_at(_ALIKE, text, at) or match_at(_ALIKE_EN, text, at)
        if model is None or alike is None:
            return
        value = scaled(alike.group("n"), alike.group("u")[0].upper())  # ("billion" is B)
        # (a pair said alike after a total and an active count: "…; gpt-oss-20b has 21B and 3.6B", _elided_pair)
        paired = _elided_pair(ctx, alike.start("n"), alike.end("u"))
        second = match_at(_PAIR_FIRST, text, alike.end("u")) if paired is False else None
        for count, own, until in ((value, active if paired is None else paired, alike.end()),
                                  *(((scaled(second.group("n"), second.group("u")), True, second.end("u")),)
                                    if second is not None else ())):
            if (model.canonical, count) not in seen:
                seen.add((model.canonical, count))
                ctx.add(records, ParameterRecord, model=model.text, value=count, active=own,
                        prov=ctx.prov(model.start if named else sep.end(), until))
        end = alike.end()


_ROUNDED = 0.35  # how far a name's size may be from the stated count it rounds ("Foo-1B": 1.3B)
_ROUNDED_LEAST = 500_000_000  # (and at least half a billion: "LFM2-8B-A1B" with 1.5B active)


# Sizes listed in parentheses after a count of models ("Foo-3系列共包含6个Dense模型（0.6B、1.7B、4B）和2个MoE模型
# （30B-A3B、235B-A22B）"): the sizes of the family the sentence is about (the totals: an "A" part is one member's
# active count)
# (the family's name between: "三款Ministral 3小模型（3B/8B/14B）")
_COUNTED_MODELS = re.compile(r"(?<!\d)(?:[2-9]|\d{2,}|[二三四五六七八九十两])[个款种][^，,。；;\n(（]{0,24}$")
_COUNTED_REACH = 28  # characters before 模型 the count of models and the name may take
_SIZE_ITEM = r"(\d+(?:\.\d+)?)B(?:-A\d+(?:\.\d+)?B)?"  # (the total's number its group)
_PAREN_SIZES = re.compile(rf"[(（]\s*{_SIZE_ITEM}(?:\s*[、,，/／]\s*{_SIZE_ITEM})+\s*[)）]")
_SIZE_PARTS = regex.compile(_SIZE_ITEM)


def _sizes_in_parens(ctx: DocContext, seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    text = ctx.text
    for pos in occurrences(text, "模型("):
        listed = _PAREN_SIZES.match(text, pos + 2)
        if listed is None or not _COUNTED_MODELS.search(text, max(0, pos - _COUNTED_REACH), pos):
            continue
        sent_start = ctx.sentence(pos)[0]
        owner = ctx.owner_before(pos, sent_start)
        if owner is None:
            continue
        for size in _SIZE_PARTS.finditer(text, listed.start(), listed.end()):
            value = scaled(size.group(1), "B")
            if value <= 0 or (owner.canonical, value) in seen:
                continue
            seen.add((owner.canonical, value))
            ctx.add(records, ParameterRecord, model=owner.text, value=value, active=False,
                    prov=ctx.prov(ctx.quote_start(owner.start, size.start()), size.end()))


def _counts_past_names(ctx: DocContext) -> Iterator[regex.Match[str]]:
    """counts(), and a count whose cue a size in a name before it took as its own ("Mistral 7B的参数量为73亿":
    "7B的参数" was one match, which left "73亿" none)."""
    text = ctx.text
    ended = 0
    for m in counts(text):
        if m.start() < ended:
            continue
        if (low := m.start()) >= 2 and text[low - 1] == "-" and text[low - 2].isalpha() and _group(m, "n3"):
            # (no range from a name's version: "Foo-3.2 - 685B" is 685B; a match's named groups looked up last, each
            # lookup by name costs the regex module a failed conversion to a number)
            high = m.start(_COUNT_GROUP["n3"])
            m = _COUNT.match(text, high, min(len(text), high + _LONGEST_COUNT)) or m
        yield m
        start = _span(m)[0]
        if text.find("参", start, m.end()) == -1 or not ctx.in_model(start):
            continue  # (its cue's first character found in C first: most counts take none past a name's size)
        # (tried only where a count can start inside the match, as counts() tries it: a search tried every position)
        inside = itertools.takewhile(m.end().__gt__, (c.start() for c in _COUNT_START.finditer(
            text, start + 1, min(len(text), m.end() + _LONGEST_COUNT))))  # (the window's end seen by lookaheads)
        again = next(finditer_at(inside, _COUNT, text, _LONGEST_COUNT), None)
        if again is not None and again.start() < m.end() <= _span(again)[0]:
            ended = again.end()
            yield again


# A pair of bare counts, the larger first, after a total and an active count told of another model before it in its
# sentence ("GLM-4.5总参数355B，激活32B；GLM-4.5-Air（106B/12B）", "117B total and 5.1B active parameters; gpt-oss-20b
# has 21B and 3.6B"): told alike, a total then an active count
_PAIR_JOIN = r"[ \t]*(?:/|and|和|与|、)[ \t]*"
_PAIR_END = r"[ \t]*(?:[)）.;；,，。]|$)"
_PAIR_FIRST = regex.compile(rf"{_PAIR_JOIN}(?P<n>\d+(?:\.\d+)?)[ \t]*(?P<u>[BT]){_PAIR_END}")
_PAIR_SECOND = regex.compile(rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?)[ \t]*(?P<u>[BT]){_PAIR_JOIN}$")
_PAIR_SECOND_END = regex.compile(_PAIR_END)
_TOLD_PAIR_REACH = 120  # characters before the pair to the active count told before it
_COUNT_WORDS = regex.compile(rf"总|{_CN_ACTIVE}|(?i:total|activ|param)")


def _elided_pair(ctx: DocContext, start: int, end: int) -> bool | None:
    """Whether the count at [start, end) is the active (True) or the total (False) one of such a pair, else None."""
    text = ctx.text
    if text[end - 1 : end] not in ("B", "T") or (own := _SIZE_ONE.fullmatch(text, start, end)) is None:
        return None
    count = scaled(own.group("n"), own.group("u"))
    if (other := match_at(_PAIR_FIRST, text, end)) is not None:
        first, pair_start = True, start
        paired = scaled(other.group("n"), other.group("u"))
    elif (other := _PAIR_SECOND.search(text, max(0, start - 16), start)) is not None \
            and match_at(_PAIR_SECOND_END, text, end) is not None:
        first, pair_start = False, other.start()
        paired = scaled(other.group("n"), other.group("u"))
    else:
        return None
    larger, smaller = (count, paired) if first else (paired, count)
    if larger <= smaller or _COUNT_WORDS.search(text, max(0, pair_start - 8), pair_start) is not None:
        return None
    # (the active count told of a model before the pair's own: not the pair's own cue, "B的激活参数规模分别为47B和3B")
    told = max(text.rfind(cue, max(0, pair_start - _TOLD_PAIR_REACH), pair_start) for cue in _ACTIVE_CUES)
    return not first if told != -1 and ctx.models_in(told, pair_start) else None


def _is_active(ctx: DocContext, start: int, end: int, labelled: ModelMention | None) -> bool:
    """Whether the count at [start, end) is of the active parameters (`labelled`: the model a figure that opens its
    line is said of)."""
    text = ctx.text
    if (elided := _elided_pair(ctx, start, end)) is not None:
        return elided
    part_of = text.find("of", max(0, start - 16), start) != -1 \
        and _PART_OF_BEFORE.search(text, max(0, start - 32), start) is not None  # ("of" found in C first)
    return not part_of and bool(
        text.find("activ", max(0, start - 6), start) != -1 or _ACTIVE_ZH.search(text, max(0, start - 12), start)
        or _ACTIVE_WORD.search(text, start, end)
        or _ACTIVATES.search(text, max(0, start - 20), start)
        or match_at(_ACTIVE_AFTER, text, end)
        or match_at(_PER_TOKEN, text, end) or match_at(_PART_PER_TOKEN, text, end)
        # (not a pair's total, before its slash: "117B / 5.1B active")
        or (_active_list(text, start, end) and not text[end : end + 3].lstrip().startswith("/"))
        or _ACTIVE_KEY.search(text, max(0, start - 32), start) is not None
        or _after_active_cue(text, start)
        or (labelled is not None and text.startswith(("active", "activated"), labelled.end + 3)))


def _said_of_together(ctx: DocContext, start: int, end: int, low: int, high: int | None, approx: bool,
                      seen: set[tuple[str, int]], records: list[ParameterRecord]) -> None:
    """A count of parameters (its cue after it) that a sentence says of the models before it together, as its subject
    ("DeepSeek released A and B. Both models have 685 billion parameters", "两款模型均拥有2300亿参数"): each one's."""
    cue = match_at(_CUE_AFTER, ctx.text, end)
    # (its cue in it, or right before it: "两个模型的总参数量均为6850亿", "both have a parameter count of 685B")
    if cue is None and ctx.text.find("param", max(0, start - 24), end) == -1 \
            and ctx.text.find("参数", max(0, start - 8), end) == -1:
        return
    sent_start = ctx.sentence(start)[0]
    if start - sent_start > _TOGETHER_REACH \
            or not contains_any(ctx.text, _TOGETHER_WORDS, sent_start, min(start, sent_start + _TOGETHER_REACH)):
        return  # (the words that speak of models together found in C first: most sentences have none)
    together = ctx.subjects_together(sent_start)
    active = bool(together) and _is_active(ctx, start, end, None)
    for owner in together:
        if (owner.canonical, low) not in seen:
            seen.add((owner.canonical, low))
            ctx.add(records, ParameterRecord, model=owner.text, value=low, value_high=high, approx=approx,
                    active=active, prov=ctx.prov(ctx.quote_start(owner.start, start), cue.end() if cue else end))


_TOGETHER_REACH = 40  # characters from the sentence's start (its subject) to the count
_TOGETHER_WORDS = ("oth", "ll", "models", "者", "款", "个模型", "它们")  # (context's _TOGETHER: both, all, …)


def extract(ctx: DocContext) -> list[ParameterRecord]:
    records: list[ParameterRecord] = []
    seen: set[tuple[str, int]] = set()
    read: set[int] = set()  # (the sentences a count of a model was read in)
    _table_counts(ctx, seen, records)
    _headed_counts(ctx, seen, records)
    _answered_counts(ctx, seen, records)
    _sizes_in_parens(ctx, seen, records)
    _slashed_counts(ctx, seen, records)
    for m in _counts_past_names(ctx):
        start, end = _span(m)
        if ctx.models_in(start, end) or ctx.in_model(start):
            if ctx.in_model(start):
                _order_after_name(ctx, start, end, seen, records)
            continue  # part of a model name; handled below
        if ctx.text[start - 1 : start] in ("从", "由") and match_at(_GREW_AFTER, ctx.text, end) is not None:
            continue  # (what the model's count was: "参数量由70B提升至120B")
        value = _value(m)
        if value is None:
            continue
        low, high, approx = value
        approx = approx or ctx.text.startswith(("级", "量级"), end)  # ("达到6000亿级别": the order it is of, as 千亿级)
        if low <= 0 or (high is not None and high <= 0):
            continue  # ("0B parameters": no count, not a record to reject)
        if high is not None and high < low:
            low, high = high, low  # ("from 70B to 7B": the same range)
        # (a count said of the model after it: "- 1T: Foo-2's total parameters", a newsletter's numbers)
        labelled = ctx.figure_of(start, end, _PARAMS_MEASURE)
        model = labelled or ctx.named_for(end) or _model_for(ctx, m, approx)
        if model is None:
            _said_of_together(ctx, start, end, low, high, approx, seen, records)
            continue
        if in_condition(ctx.text, start):
            continue  # (what it would have: "If GPT-6 has 10 trillion parameters, …", "假如GPT-6拥有10万亿参数")
        active = _is_active(ctx, start, end, labelled)
        if high is None and not approx and _for_each(ctx, model, start, end, low, active, seen, records):
            continue
        key = (model.canonical, low)
        if key in seen:
            continue
        seen.add(key)
        read.add(ctx.sentence(start)[0])
        span_start = ctx.quote_start(min(model.start, start), start)
        cue = match_at(_CUE_AFTER, ctx.text, end)  # quote "1750亿参数", not "1750亿"
        span_end = max(model.end, cue.end() if cue else end)
        ctx.add(records, ParameterRecord, model=model.text, value=low, value_high=high, approx=approx,
                active=active, prov=ctx.prov(span_start, span_end))
        if high is None and not active and (of_it := match_at(_NAME_ACTIVE, ctx.text, end)) is not None \
                and (count := scaled(of_it.group(1), "B")) < low and (model.canonical, count) not in seen:
            # (its active part written after it as a name writes it: "参数：355B-A32B")
            seen.add((model.canonical, count))
            ctx.add(records, ParameterRecord, model=model.text, value=count, active=True,
                    prov=ctx.prov(span_start, of_it.end()))
        if high is None and not approx:
            _list_items(ctx, model, span_start, end, active, seen, records)
            _bare_items(ctx, m, model, start, active, seen, records)
            _said_alike(ctx, span_end, active, seen, records)
    _possessed_counts(ctx, seen, records, read)
    # (the counts the text states, by model, canonical: a name's rounded size says less than "7.2 billion")
    canonical = {m.text: m.canonical for m in ctx.models}
    stated: dict[tuple[str, bool], list[int]] = {}
    for record in records:
        if not record.approx and record.value_high is None:
            stated.setdefault((canonical.get(record.model, record.model), record.active), []).append(record.value)
    for model in ctx.models:  # sizes written in the name: "Llama-3.1-405B", "Ling-1T", "Qwen3-235B-A22B"
        size = _NAME_SIZE.search(model.text)
        if size is None:
            continue
        of_it = _NAME_ACTIVE.match(model.text, size.end())
        for count, is_active in ((scaled(size.group(1), size.group(2)), False),
                                 *(((scaled(of_it.group(1), "B"), True),) if of_it else ())):
            key = (model.canonical, count)
            if any(abs(value - count) <= max(count * _ROUNDED, _ROUNDED_LEAST)
                   for value in stated.get((model.canonical, is_active), ())):
                continue  # ("Foundry-7B, a 7.2-billion-parameter model")
            if key not in seen:
                seen.add(key)
                ctx.add(records, ParameterRecord, model=model.text, value=count, active=is_active,
                        prov=ctx.prov(model.start, model.end))
    return records
