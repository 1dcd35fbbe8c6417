"""Benchmark scores: markdown tables (headers name benchmarks, rows name models) and inline
statements ("AIME 2025：Qwen3-235B (81.5分)", "SWE-bench 74.5%", "USMLE≥86 %")."""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from functools import cache

import regex

from timeline.data import read_yaml
from timeline.extract.context import (
    ANSWER_WORD,
    APPOSITION_AFTER,
    EFFORT,
    FORMER,
    ITEM_LEAD,
    RESULTS_FROM,
    RESULTS_LEAD,
    RESULTS_WORD,
    ROW_JOIN,
    SUBJECT_PRONOUN,
    VERSUS_JOIN,
    DocContext,
    object_of,
)
from timeline.extract.models.rules import VERSION_WORD, ModelMention
from timeline.extract.numbers import ARROW
from timeline.extract.times.rules import CONTESTS, MONTH_NAME, NOT_A_SITTING
from timeline.records import BenchmarkRecord
from timeline.text.lists import BULLET_CLASS, ITEM_SEPARATOR, ORDINAL_LEAD
from timeline.text.tables import FOOTNOTE_MARKS, Cell, Row, unemphasized
from timeline.text.trie import trie_pattern
from timeline.text.windows import contains_any, finditer_from, match_at, occurrences

# A score and its unit (a blank after the number only before the unit: taken by a number without one, it kept
# " and 90.3" off a list, "scores 85.2, 86.1 and 90.3 on …")
_UNIT = r"(?:\s*(?P<unit>%|(?i:percent|per\s+cent)\b|分|points?|Elo(?![A-Za-z])))?"  # (an Elo is no unit: null)
_METRIC = r"(?:pass|maj|cons|avg)@\d+"  # (a score's metric: "pass@1", "maj@64")
_NUMBER = rf"(?P<score>\d{{1,4}}(?:\.\d+)?){_UNIT}"
# (a rating after the words that say it is one may have its thousands' comma: "an Elo of 1,402"; only in _SCORE: the
# lookbehind doubled the compiling of each pattern that holds it)
_RATED_NUMBER = (rf"(?P<score>(?<=(?i:elo|rating)(?:\s+(?:score|rating))?\s+(?:of|is|was|at)\s+)\d,\d{{3}}(?!\d|,\d)"
                 r"|\d,\d{3}(?=\s+Elo\b)"  # (or before its word: "with 1,247 Elo points")
                 rf"|\d{{1,4}}(?:\.\d+)?){_UNIT}")
# ("超过了86分", "达到了71.3%", "得分高达92.7%")
# ("得分首次突破80%": the threshold broken, as "break 80%")
# ("逾85分": more than; "接近80%", "约为65.4": about it, "=")
_SCORE = (rf"(?P<cmp>≥|>=|>|超过|超|逾|(?:首次|首度)?突破|≤|<=|<|高达|达到|达|为|是|:|接近|将近|约为|约|大约)?了?\s*"
          rf"{_RATED_NUMBER}")
_SEPARATOR = regex.compile(ITEM_SEPARATOR)  # (between the items of a list: ", ", "、", " and ")
# "achieves", "scored", "got", "resolves 61.2% of issues"
_EN_SCORE_VERB = r"(?:(?:achiev|scor|reach|post|hit|attain|earn|notch|resolv|solv|manag)[a-z]*|gets|got)"
# (what a model gets: "在SWE-bench Verified上拿到65.8%", as a tester writes it: "跑出了85.7分")
# ("在AIME 2025上拿了93.1分", "得了60.1分", "SWE-bench 刷到 80.9%")
_SURGED_ZH = "冲到|冲至|飙到|飙至|飙升至|飙升到"  # (a score it surged to: "LMArena直接冲到1501分", "得分飙到1501")
_ZH_SCORE_VERB = f"取得|获得|得到|拿下|拿到|拿了|得了|斩获|跑出|跑到|刷到|刷出|{_SURGED_ZH}"
# (a board's total or mean: "总分", "综合得分", "平均分")
_BOARD_SCORE = "(?:总|综合|平均)得?分"
# (the words for a score, "MMLU得分", "得分依次为：", "百分位为51.6")
# (跑分: a tester's word; 胜率: a judged win rate)
_ZH_SCORE_NOUN = "得分|成绩|分数|准确率|正确率|通过率|胜率|成功率|解决率|百分位|跑分"
# (the place it won with a score: "以95.1分位居C-Eval榜首", "以61.55分领跑", "以60.61分紧随其后")
_RANK_WON_ZH = "位居|位列|排名|排在|名列|领跑|领先|登顶|紧随其后|跻身|居于|夺得|拿下"
# ("a score of", "an impressive score of", "a win rate of", "an accuracy of")
_HOLDS = "holds|held|has|had|boasts|carries"  # (a rating a model holds: "holds an Elo of 1501", before _A_SCORE_OF)
_A_SCORE_OF = (r"an?\s+(?:[a-z-]+\s+){0,2}?(?:score|rating|Elo|(?:win|pass|success|resolve|solve)\s+rate|accuracy"
               rf"|{_METRIC}(?:\s+(?:score|accuracy|rate))?)\s+of")  # ("a pass@1 of 65.9")
# ("debuted at #1 with an Elo of 1443", "ranks first with 71.2%")
_FIRST_PLACE = (r"(?:debut(?:s|ed)?|sits?|sat|ranks?|ranked|plac(?:es|ed))\s+(?:at\s+)?"
                r"(?:#\s*1|No\.\s*1|first|number\s+one)")
# (a gain is written without 至/到: "提升7%" is a gain, "提升至87.5%" the score reached)
_GAIN_BEFORE = regex.compile(r"(?:↑|↓|提升|提高|降低|下降|增长|增加|减少|领先)\s*$|[+-]$")  # (" - 88.7": a dash)
# (",294": the number goes on past a thousands' comma, "2,294 tasks")
# (nor a share of another model's: "85% of GPT-4's score"; "resolves 61.2% of issues" is one)
# (on the score's line: a line it ends is followed by any words, "88.7" over "用户反馈…" or "xAI also …")
_NOT_SCORE_AFTER = regex.compile(r"[ \t]*(?:人类|的人|用户|倍|x|×|个|项|道|题|年|版|万|亿|ms|s\b|B\b|K\b|tokens?)"
                                 r"|,\d{3}(?!\d)"
                                 r"|\s+of\s+[A-Z][\w.-]*['’]s\b")
# A count, not a rating, after a board's "with": "tops the leaderboard with 500 submissions" (not "with 1483 on …")
_COUNT_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|ahead|over|and|to|after|since|as|vs|versus)\b)[a-z]")
# a cell's score, with the spread of repeated runs after it ("85.7 ± 0.4", "85.7 (±0.4)") and a footnote's mark
# ("47.6%¹", "70.1*")
# (a rating with its thousands' comma too: "| LiveCodeBench Pro | 2,439 |")
_CELL_SCORE = regex.compile(r"^\s*(?P<score>\d,\d{3}(?:\.\d+)?|\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|分)?"
                            r"(?:\s*(?:±|\+/-)\s*\d+(?:\.\d+)?%?|\s*[(（]\s*±\s*\d+(?:\.\d+)?%?\s*[)）])?"
                            rf"{FOOTNOTE_MARKS}\s*$")
_COMPARATOR = {"≥": ">=", ">=": ">=", ">": ">", "超过": ">", "超": ">", "逾": ">", "≤": "<=", "<=": "<=", "<": "<",
               "over": ">", "above": ">", "more than": ">", "exceed": ">", "surpass": ">", "break": ">", "broke": ">",
               "cross": ">", "top": ">", "突破": ">", "首次突破": ">", "首度突破": ">"}


def _value(score: str) -> float:
    return float(score.replace(",", ""))  # ("1,402": a rating's thousands)


def _comparator(written: str | None) -> str:
    """The comparator a word or sign before a score states ("≥", "超过", "exceed", "more than"), "=" by default."""
    return _COMPARATOR.get(" ".join((written or "").lower().split()), "=")


@cache
def _names() -> list[str]:
    """names.yaml's names, each name of several words with hyphens between them ("GPQA-Diamond"), and each
    hyphenated one with spaces ("MATH 500", "Arena Hard"; not a letter alone: "C-Eval")."""
    data = read_yaml(__package__, "names.yaml")
    names = [str(n) for n in data["benchmarks"]]
    spaced = [n.replace("-", " ") for n in names if "-" in n and min(map(len, n.split("-"))) >= 2]
    return list(dict.fromkeys([*names, *(n.replace(" ", "-") for n in names if " " in n), *spaced]))


# The words that name a benchmark's edition after its name ("SWE-bench Verified", "LiveCodeBench Pro")
_EDITIONS = "Hard|Pro|Lite|Verified|Apex"


@cache
def _benchmark_pattern() -> regex.Pattern[str]:
    return regex.compile(
        # (one trie of the lower-cased names: with "SWE-Bench" and "SWE-bench" both in it, the first branch
        # took "SWE-bench Verified" as "SWE-bench" under IGNORECASE, the longer name never tried)
        rf"(?<![A-Za-z0-9\-])(?P<name>{trie_pattern(name.lower() for name in _names())}"
        # (a name that ends in its version, with its point and zero: "AlpacaEval 2.0", the list's "AlpacaEval 2")
        r"(?:(?<=\d)\.0(?![\d%]|\.\d|\s*(?:%|分|points?)))?"
        # (a Chinese name is the gloss of the name in parentheses after it: "“人类最后的考试”（HLE）" is HLE)
        r'(?!(?<=\p{Han})"?[（(][A-Za-z])'
        # a year: "AIME 2025", "AIME24", "AIME 24", "AIME'24", "AIME '25", "AIME-25" (a contest's; not an edition's
        # date, "SuperCLUE 2025年9月"); a version: "LiveCodeBench v6" (a full stop may follow)
        # (a contest's month in Chinese, "HMMT 2025二月赛", "HMMT 2025年2月赛", tried first: the year alone matches too)
        rf"(?:(?<=(?i:{CONTESTS}))[ ]?(?:20\d{{2}}[ ]?年?[ ]?)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
        rf"月赛(?![{NOT_A_SITTING}])"
        rf"|[ -]?20\d{{2}}(?!\d|\.\d|年)|2\d(?!\d|\.\d)|(?<=(?i:{CONTESTS}))(?: ?['’]| |-)2\d(?![\d%]|\.\d)"
        # (a contest's month too, "HMMT Feb 2025", "HMMT February 2025": its sitting, no day the text dates)
        rf"|(?<=(?i:{CONTESTS})) {MONTH_NAME}\.? 20\d{{2}}(?!\d|\.\d))?"
        # (or a major version, "Terminal-Bench 2.0": a point and a zero, which no score right after a name writes)
        # (not a kind the name stands for: "MMLU-style tasks", "GSM8K-like problems")
        r"(?:[ -]v\d{1,2}(?:\.\d)?(?!\d|\.\d)|[ -][1-9]\.0(?![\d%]|\.\d|\s*(?:%|分|points?)))?"
        # (an edition of it, capitalized as its makers write it: "LiveCodeBench Pro", "ScreenSpot-Pro", "MathArena
        # Apex", another test than the name's alone)
        rf"(?-i:[ -](?:{_EDITIONS}))?)(?![A-Za-z0-9])"
        r"(?!-(?:style|like|type|esque)\b)"
        # (nor the first part of a longer name: "IMO-AnswerBench" is no IMO's score)
        r"(?!-[A-Za-z])"
        # (the parenthesis that closes around the name, a gloss's: "在“人类最后的考试”（HLE）取得25.4%"; or the quote
        # that closes around it, "在“人类最后的考试”中取得37.5%")
        r"(?:[)）](?<=[(（][^()（）\n]{0,40}.)|\"(?<=\"[^\"\n]{1,40}\"))?",
        regex.IGNORECASE,
    )


@cache
def _name_starts() -> re.Pattern[str]:
    """Where a benchmark name can begin, for windows.finditer_from: its first character in either
    case at a word start, then the next four characters of a name that begins with it (two let every
    "with", "has" and "in" through once "WildBench", "HallusionBench" and "InfoVQA" were names)."""
    rests: dict[str, set[str]] = {}
    for name in _names():
        rests.setdefault(name[0].lower(), set()).add(name[1:5].lower())
    firsts = "".join(sorted({c for first in rests for c in (first, first.upper())}))
    rules = [f"(?<=[{re.escape(first + first.upper())}])"
             + (f"(?=(?i:{'|'.join(map(re.escape, sorted(rest, key=len, reverse=True)))}))" if "" not in rest else "")
             for first, rest in sorted(rests.items())]
    return re.compile(f"[{re.escape(firsts)}](?<![A-Za-z0-9\\-].)(?:{'|'.join(rules)})")


_LONGEST_NAME = 96  # characters, with a year and the lookarounds


# A name the list does not know, by the word benchmarks end with ("KoMT-Bench", "MixEval", "FinQA"), looked for only
# where that word stands (str.find), and only up to a name's length before it
# (one hyphen inside it too: "IMO-AnswerBench"; its version glued on: "EQ-Bench3")
_SUFFIXED = regex.compile(r"(?<![A-Za-z0-9-])(?P<name>[A-Z][A-Za-z0-9]{0,15}(?:-[A-Za-z0-9]{1,15})?-?"
                          r"(?:Bench|Eval|QA)\d?"
                          rf"(?:[ -](?:{_EDITIONS}|v\d{{1,2}}))?)(?![A-Za-z0-9]|-[A-Za-z0-9])")
_SUFFIXES = ("Bench", "Eval", "QA")


@cache
def _exact_case() -> frozenset[str]:
    return frozenset(str(n) for n in read_yaml(__package__, "names.yaml")["exact_case"])


def known_names(text: str) -> list[regex.Match[str]]:
    """_benchmark_pattern().finditer(text), tried only where a name can begin."""
    return list(finditer_from(_name_starts(), _benchmark_pattern(), text, _LONGEST_NAME))


def _as_listed(name: str) -> bool:
    """Whether `name`, found case-insensitively, is written as a benchmark's: one that is also a word only as the list
    writes it, in capitals (names.yaml's exact_case)."""
    return name.isupper() or name.upper() not in _exact_case()


def suffixed_names(text: str, known: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """_SUFFIXED.finditer(text) without the names the list knows (`known`: known_names(text)), tried only where a
    benchmark's last word stands."""
    spans = [m.span() for m in known]
    starts = [start for start, _ in spans]
    found: dict[int, regex.Match[str]] = {}
    for suffix in _SUFFIXES:
        for pos in occurrences(text, suffix):
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0 and pos < spans[i][1]:
                continue  # (the end of a name the list knows: "HumanEval", "DocVQA")
            m = next((m for m in _SUFFIXED.finditer(text, max(0, pos - 33), min(len(text), pos + 24))
                      if m.start() <= pos < m.end()), None)
            if m is not None and not _benchmark_pattern().fullmatch(m.group(0)) \
                    and not any(start < m.end() and m.start() < end for start, end in spans):
                found[m.start()] = m
    return [found[start] for start in sorted(found)]


def benchmark_names(text: str) -> list[regex.Match[str]]:
    """The benchmarks named in `text`: the list's, those named by their last word, and those by where they stand."""
    known = [m for m in known_names(text) if _as_listed(m.group("name"))]
    unknown = suffixed_names(text, known)
    unknown += placed_names(text, [m.span() for m in known + unknown])
    return sorted(known + unknown, key=lambda m: m.start()) if unknown else known


def is_benchmark(name: str) -> bool:
    """Whether `name` (a table's header) names a benchmark, known or by its ending."""
    return (_benchmark_pattern().fullmatch(name) is not None and _as_listed(name)) \
        or _SUFFIXED.fullmatch(name) is not None


def _unit(raw: str | None) -> str | None:
    if raw == "%" or (raw is not None and raw[:3].lower() == "per"):  # ("80.9 percent", news style)
        return "%"
    if raw in ("分", "point", "points"):
        return "points"
    return None


_GLOSS = r"[(（][^()（）\n]{1,24}[)）]"  # a benchmark's setting or gloss in parentheses
# (or a setting written out after it: "on Humanity's Last Exam without tools, and 1501 on LMArena"; the effort it was
# run at: "77.9% on SWE-bench Verified at extra-high reasoning effort, compared with …")
_SETTING = (r"(?i:(?:with(?:out)?|using|with\s+no)\s+(?:tools?|search|thinking|reasoning|code(?:\s+execution)?)\b"
            r"|(?:\d+|zero|few)-shot|at\s+(?:[\w-]+\s+){0,2}?(?:reasoning\s+)?effort\b)")
# What may stand between a score and another model's after it: its setting in parentheses
# ("74.4%(单次采样),而GPT-4o仅为9.3%"), who said it ("72.5% on SWE-bench Verified, the company said, ahead of GPT-4.1
# at 54.6%"), the parenthesis it stood in ("tops MT-Bench (7.34), beating B (6.86)"), what it measures ("62.5%
# accuracy, compared with 38.2% for B", "取得79.8%的成绩，与B持平")
_ASIDE_AFTER = regex.compile(
    rf"\s*{_GLOSS}"
    r"|\s*,\s*(?:the\s+(?:company|firm|startup|lab)|it|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+"
    r"(?:said|says|reported|claims|claimed)(?=\s*,)"
    # (a first it set, in apposition: ", the first model above 80%," before "ahead of B's 76.2%")
    r"|\s*,\s*the\s+first\s+(?:[\w-]+\s+){0,3}?(?:above|over|to\s+(?:break|pass|top|cross|exceed))\s+[\d.]+\s*%?"
    r"(?=\s*,)"
    # (what it was before, in apposition: ", up from 73.6% for version 1.0," before "while B reaches 86.1%"; not "up
    # from 56.0% for its predecessor, B", which gives B's)
    r"|\s*,\s*(?:up|down)\s+from\s+[\d.]+\s*%?(?:\s+(?:for|in|on|with)\s+(?:[^,;.\n]|\.(?=\d)){1,30}?)?"
    r"(?=\s*,\s*(?:while|whereas|but)\s)"
    r"|[ \t]*[)）]"
    rf"|\s+(?i:accuracy|{_METRIC}|(?:win|pass|success|resolve)\s+rate)\b|的(?:成绩|得分|分数|准确率|通过率)"
    rf"|\s+{_SETTING}")  # ("18.8% … without tools, compared …")
# ("AIME24评测集上", "MMMU验证集上")
_TEST_WORD = r"(?:基准测试|基准评测|基准|测试集|评测集|验证集|开发集|数据集|测试|评测|测评|排行榜|榜单|榜|考试|试卷|卷)"
# What ends "在X上" after the benchmark's name: "上", "测试中", "医疗考试中", "中文大模型基准测评中"
# ("高考数学新课标I卷中"; an edition's month, "SuperCLUE 2025年9月榜单中")
# (or what its board shows: "SuperCLUE 11月榜单显示，A总分68.5")
_ON_IT = (rf"(?:\s*(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月)?(?:[\p{{Han}}IV]{{0,8}}?{_TEST_WORD})?"
          r"(?:[上中]|方面|(?:榜单|排行榜)(?:数据|结果)?显示)")  # ("MMLU方面，A得分88.1")


# A name neither the list nor its last word gives, by where it stands: the test a model scored on ("在知识测验TMMLU+中
# 得分58.5分", "在KoBEST上取得82.1%", "scores 58.5 on TMMLU+", "achieved 71.2% on KorMedMCQA"). Looked for only from the
# words of a score (str.find), and only a name with two capitals, or a capital and a digit or a plus ("Monday",
# "Amazon" are none).
_PLACED_ZH = regex.compile(
    # (spaced from it too, as many write Chinese: "在 MATH500 上")
    # (a name's characters Latin: "在XYZBench-2测试中" names XYZBench-2, its test word apart)
    rf"在\p{{Han}}{{0,12}}?[ \t]?(?P<name>[A-Za-z][A-Za-z0-9_.+-]*(?:[ -][A-Za-z0-9][A-Za-z0-9_.+-]*){{0,2}}?)"
    rf"{_ON_IT}的?$")
_SCORED_ZH = (*_ZH_SCORE_VERB.split("|"), "得分", "成绩", "准确率", "正确率", "通过率")
_PLACED_END = ("上", "中", "上的", "中的")
_SCORE_NEXT_ZH = regex.compile(r"了?(?:为|是|达到?|高达)?\s*\d+(?:\.\d+)?\s*(?:%|分|(?![\d.,万亿千百]))")
# (matched back from " on ")
_SCORED_EN = regex.compile(rf"\b{_EN_SCORE_VERB}\s+(?:{_A_SCORE_OF}\s+)?(?:about\s+|over\s+|nearly\s+)?"
                           r"\d+(?:\.\d+)?\s*(?:%|percent|points?)?$", regex.I | regex.REVERSE)
_PLACED_EN = regex.compile(r"\s+on\s+(?:the\s+)?(?P<name>[A-Z][\w+-]*(?:\.[\w+-]+)*(?:[ ]v?\d+(?:\.\d+)?\b)?)")
_BENCH_LIKE = re.compile(r"(?=[^ ]*[A-Z][^ ]*[A-Z0-9+])(?!.*[a-z]{2}[A-Z][a-z])")
_SPAN = regex.compile(r"(?P<name>.+)", regex.S)


def placed_names(text: str, spans: list[tuple[int, int]]) -> list[regex.Match[str]]:
    """The names _PLACED_ZH and _PLACED_EN find, outside `spans` (the names found before)."""
    found: dict[int, int] = {}  # start -> end of each name
    for word in _SCORED_ZH:
        for pos in occurrences(text, word):
            if text[pos - 1 : pos] not in _PLACED_END and text[pos - 2 : pos] not in _PLACED_END:
                continue  # (most scores are not told after 在X上/中: the pattern is not tried)
            m = _PLACED_ZH.search(text, max(0, pos - 40), pos)
            if m is not None and _SCORE_NEXT_ZH.match(text, pos + len(word), pos + len(word) + 16):
                found.setdefault(m.start("name"), m.end("name"))
    for pos in occurrences(text, " on "):
        if text[pos - 1 : pos].isdigit() or text.endswith(("%", "percent", "point", "points"), 0, pos):
            m = _PLACED_EN.match(text, pos, pos + 40)
            if m is not None and _SCORED_EN.match(text, max(0, pos - 64), pos) is not None:
                found.setdefault(m.start("name"), m.end("name") - (text[m.end("name") - 1] == "."))
    taken = sorted(spans)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # (the furthest end of the spans up to each)
    names = [_SPAN.fullmatch(text, start, end) for start, end in sorted(found.items())
             if _BENCH_LIKE.match(text, start, end) and not _overlaps(starts, reach, start, end)]
    return [m for m in names if m is not None]


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the spans whose sorted starts are `starts` (`reach`: the furthest end of
    those up to each): by bisection, not a pass over every name for each (quadratic in a text of many)."""
    i = bisect.bisect_left(starts, end) - 1
    return i >= 0 and reach[i] > start
# ("MMLU (5-shot): …"; "在SuperCLUE测评中，总分前三名依次为：o3（76.3分）、…": a list after a lead-in)
# (or its score's word before the colon: "SWE-bench Verified得分依次为：A 71.3%、B 67.8%")
# (or a dash between blanks in its place, as a list's item may have it: "- GPQA Diamond — 88.4%"; an en dash is a
# hyphen once normalized, and " - 88.7" a fall)
# (or a ranking's words, ending in 依次为 or 分别是, right after its name: "SuperCLUE总榜前五名依次为：A（72.3分）、…")
_COLON = regex.compile(rf"\s*(?:{_GLOSS}\s*)?(?:{_ON_IT}[，,][^:：，,。；;\n]{{0,16}}"
                       rf"|的?(?:{_ZH_SCORE_NOUN})(?:依次|分别)?(?:为|是|如下)?"
                       # (a word for the results before it: "SWE-bench 实测：A 80.9%，B 74.9%", "MMLU results: …")
                       rf"|\s*(?:实测|测试结果|评测结果|结果|(?i:result|score)|{RESULTS_WORD})"
                       # (or for its board's top: "MMLU榜单前三：A 88.1，B 85.0", "MMLU排名：…", "MMLU top 3: …")
                       r"|\s*(?:榜单|排行榜|榜)?\s*(?:前[二三四五六七八九十\d]{1,2}名?|排名|排行|(?i:top\s*\d{1,2}))"
                       r"|[^:：，,。；;\n\d]{0,12}?(?:依次|分别)(?:为|是|如下))?(?:[:：]|(?<=\s)—{1,2}(?=\s))\s*")
# "在X上，" / "在X测试中，" / "On X, " then the model (or a pronoun)
_ON = rf"\s*(?:{_GLOSS}\s*)?{_ON_IT}\s*"  # ("在Humanity's Last Exam（HLE）上")
_MODEL_NEXT = regex.compile(rf"{_ON}[，,]\s*")
_ON_THEN = regex.compile(_ON)  # (the model right after it: "在AIME 2024上o1的准确率…")
# ("On MMLU (5-shot), …"; "…, and on GSM8K it reaches 91.7%": no comma before a name or a pronoun)
# (and past a gloss: "On AIME 24, a set of math problems, QwQ-32B scores 79.5"; or a remark: "On HumanEval, the order
# flips: A leads with 92.0"); past the name's noun: "On the MMLU benchmark, A …", "On the LMArena text leaderboard, A")
_EN_MODEL_NEXT = regex.compile(
    r"(?:\s+(?:[a-z]+\s+)?(?:benchmark|leaderboard|test|evaluation|eval)\b(?!s))?"  # (not "on math benchmarks")
    rf"(?:\s+{_SETTING}|\s+at\s+\d+(?:\.\d+)?[KkM]\b(?:\s+(?:tokens|context))?)?"  # ("On RULER at 128K, A …")
    r"\s*(?:\([^()\n]{1,24}\)\s*)?(?:,(?!\s*where\s)\s*(?:(?:a|an|the)\s[^,:\n]{1,60}[,:]\s*)?"
    r"|\s+(?:the\s[^,:\d\n]{1,40}:\s*)?(?=[A-Z]|it\b|the\s|our\s))")  # (its remark without the comma too)
_APPOSED_REACH = 80  # characters after the name the English lead may take
# A subject that names no model after the lead ("On HumanEval our 8B model scores 54.3, whereas …")
# (right after the name's comma, where the lead read it as a gloss: "On HumanEval, the base model scores 54.3, while …")
_UNNAMED_SUBJECT = re.compile(r"(?:\s*,\s*)?(?:[Oo]ur|[Tt]he|[Tt]his)\s+(?:[\w.-]+\s+){0,3}?"
                              r"(?:model|variant|version|system)\s+")
_ON_BEFORE = re.compile(r"(?<![A-Za-z])[OoIi]n\s+(?:the\s+)?$")  # (or "In": "In Terminal-Bench 2.0, A scored …")
# (or the source a score is told by, then the model: "据Artificial Analysis评测，M2综合得分61分", "根据LMArena的数据，A
# 得分1501")
_ACCORDING_BEFORE = re.compile(r"(?:根|依)?据\s*$")
_ACCORDING_LAST = ("据", " ")  # (its last character, tested first: few names follow either)
_ACCORDING_LEAD = re.compile(rf"\s*(?:{_GLOSS}\s*)?(?:的)?(?:{_TEST_WORD}|数据|统计|排名)?(?:结果)?(?:显示)?"
                             r"[，,]\s*")
_ON_OPENS = re.compile(r"\s*(?:and\s+)?[OoIi]n\s+(?:the\s+)?")  # (where a sentence opens with it)
_SCORE_ALONE = regex.compile(r"\d{1,4}(?:\.\d+)?\s*%\s*(?:[.;]|$)", regex.M)  # (and nothing after it in its sentence)
# A subject that tells the score of a model named after it ("On SWE-bench Verified, Anthropic reports 77.2% for Sonnet
# 4.5", "On MMLU, the lab lists 88.1% for Foo-3 and 85.2% for Bar-2")
_REPORTED = re.compile(r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|the\s+(?:company|lab|team|authors?|paper|report)|they|we)"
                       r"\s+(?:report(?:s|ed)?|claim(?:s|ed)?|cite(?:s|d)?|list(?:s|ed)?|quote(?:s|d)?|give(?:s)?|gave"
                       r"|show(?:s|ed)?|put(?:s)?)\s+(?=\d)")
# (a participle: "scoring", "reaching"; or a phrase with its score: "beats B on LMArena, with an Elo of 1338")
_SCORING = re.compile(rf"{_EN_SCORE_VERB}(?<=ing)\s|with\s")
_ON_NEXT = re.compile(r"\s*(?<![A-Za-z])(?:on|in)\s+(?:the\s+)?")  # (the score's match may end past its blank)


def _scored_elsewhere(text: str, end: int) -> bool:
    """Whether another benchmark's name follows the score ending at `end` ("… B scores 85.0 on GPQA")."""
    on = match_at(_ON_NEXT, text, end)
    return on is not None and match_at(_benchmark_pattern(), text, on.end()) is not None
# Where a model places, with its score: "leads with 62.3%", "tops the leaderboard with 1443", "follows with 90.2",
# "trails at 84.1", "comes in at 81.0"; past an adverb of time: "now sits at 1501", "still leads at"
_NOW = r"(?:(?:now|still|currently)\s+)?"  # (an adverb of time before a place: "now sits at", "still leads with")
_EN_PLACED = (rf"{_NOW}"
              r"(?:(?:lead(?:s|ing)?|led|top(?:s|ped)?)(?:\s+the\s+(?:leaderboard|board|table|chart))?\s+(?:with|at)"
              # (or where it comes to rest, as a review says it: "clocks in at 88.2 on MMLU", "is at 88.1 on MMLU")
              r"|(?:follow(?:s|ed)?|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|come(?:s)?\s+in|came\s+in|sits?|sat|lands?|landed"
              r"|clock(?:s|ed)?\s+in|finish(?:es|ed)?|stands?|stood|is|was)\s+(?:with|at)"
              # ("GPT-5.1 is second with 86.0%", "ranks third at 70.2%")
              # (past whom it ranks among, and the words for its score: "ranks second among open-source models, with a
              # score of 1418")
              r"|(?:is|was|ranks?|ranked|comes?|came|places?|placed)\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)"
              rf"(?:\s+among\s+[^,.;\n]{{1,48}}?)?,?\s+(?:with|at)(?:\s+{_A_SCORE_OF})?"
              # ("holds first at 1501 Elo", "holds the second spot at 1483", "takes No. 3 with 1470")
              r"|(?:holds?|held|takes?|took)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|top|1st|2nd|3rd|4th|5th"
              r"|#\s*\d|No\.\s*\d)(?:\s+(?:spot|place|position))?\s+(?:with|at))(?=\s+\d)")
_ROSE_ZH = "提升|提高|上升|增长|跃升|进步"  # (what a score rose by, or to)
_FELL_ZH = "下降|下滑|降低|回落|降"  # (or fell to: "从70.1下降到65.2")
_ROSE_EN = (r"rose|rises|jumped|jumps|climbed|climbs|increased|increases|improved|improves|grew|grows|gained|gains"
            r"|added|went\s+up|goes\s+up")
_FELL_EN = r"fell|falls|dropped|drops|declined|declines|decreased|decreases|slipped|slips|slid"  # (or fell to)
# (after an optional gloss in parentheses: "HLE（人类最后的考试）上得分44.4%")
# A score's setting of tools, told before it or in a clause after another's: "无工具得分37.5%", "，使用工具时为44.9%"
_TOOL_VERBS = "使用|借助|带|开启|启用|调用|配合"
_TOOL_WHEN = "(?:的情况下|时|后)?"
_WITH_TOOLS = rf"(?:{_TOOL_VERBS})工具{_TOOL_WHEN}"
_SCORE_AFTER = regex.compile(r"\s*(?:[（(][^()（）\d]{1,20}[)）])?\s*(?:\(|（)?\s*"
                             # ("topped the Chatbot Arena leaderboard with a score of 1402")
                             # ("topped LMArena's text leaderboard with 1483": a board's rating, no word needed)
                             # (the board's kind before its word: "LMArena文本榜得分1501")
                             rf"(?:{_ON_IT}|\p{{Han}}{{0,4}}?{_TEST_WORD}|at\s|(?P<board>(?i:(?:['’]s\s+)?(?:[a-z]+\s+)?leaderboard\s+(?:with|at)\s))"
                             # ("tops LMArena with a 1501 Elo": the article before the number too)
                             rf"|(?i:(?:benchmark|{_FIRST_PLACE})\s+)?with\s(?:an?\s+(?=\d))?"
                             # ("On LMArena, A now leads with an Elo of 1448"; a bare one is read as the leader's)
                             rf"|(?i:{_NOW}(?:leads|tops)\s+with\s+(?=an?\s))"
                             # ("evaluated GPT-4o on the MMLU benchmark, where it scored 88.7%"; "ran Foo-2 on B and
                             # got 64.2%", "tested Foo-2 on B and it scored 64.2%")
                             r"|(?i:(?:benchmark\s*)?,\s*where\s+(?:it|the\s+model)\s+)"
                             # (not a score on another test: "scores 61.2 on A and achieved 71.2% on B")
                             rf"|(?i:(?:benchmark)?,?\s+and\s+(?:(?:it|the\s+model)\s+)?(?={_EN_SCORE_VERB}\s+"
                             r"\d{1,4}+(?:\.\d+)?+\s*+(?:%|points?)?+(?!\s*(?:on|in|at)\s))))?(?:的)?"
                             # (its setting right after 上 or 中: "在HLE中无工具得分37.5%", "在HLE上（无工具）得分")
                             # (or a few words of it before the score's word: "SWE-bench Verified单次尝试准确率为65.8%")
                             rf"(?:\s*(?:[（(][^()（）\d\n]{{1,12}}[)）]|(?:无|不使用|不用|{_TOOL_VERBS})工具{_TOOL_WHEN}"
                             rf"|\p{{Han}}{{2,6}}?(?=(?:的)?(?:{_ZH_SCORE_NOUN})))"
                             # (or its number right after it: "AIME 2025 无工具 94.6%")
                             rf"\s*[，,]?\s*(?=(?:的)?(?:{_ZH_SCORE_NOUN}|取得|获得|拿下|达到)|\d))?"
                             # (past its rank: "在LMArena上长期排名第一，Elo评分一度达到1460")
                             # (and where: "排名全球第二、国内第一，得分1432分")
                             # (past the index's own words: "在Artificial Analysis智能指数上排名开源第一，得分61分")
                             r"(?:[^，,。；;\n\d]{0,6}?(?:排名|位列|位居|排在|稳居)"
                             # (its score in parentheses after it: "LMArena文本榜排名第一（1483分）")
                             r"(?:、?(?:全球|国内|全国|开源|国产)?第\s*[一二三四五\d]\s*[名位]?)+\s*[，,（(]\s*"
                             # (or the rank right after the name: "斩获LMArena第一，Elo评分1501")
                             r"|(?:第\s*[一二三四五]\s*[名位]?|榜首)\s*[，,（(]\s*(?:Elo\s*)?)?"
                             # ("上也达到了72.7%"; "上它拿到了64.2%"; "LMArena直接1501分登顶")
                             r"(?:它|该模型)?(?:也|亦|同样|则|还|均|都|直接|更是)?"
                             # (past the gain, to the score reached: "上提升了5.3%，达到87.2分")
                             rf"(?:(?:{_ROSE_ZH})了?\s*\d{{1,4}}(?:\.\d+)?\s*(?:%|个百分点|分)?\s*[，,]\s*(?=达))?"
                             # (and in English: "gained 12.3 points over its predecessor, reaching 87.0")
                             rf"(?:(?i:(?:{_ROSE_EN})\s+(?:by\s+)?"
                             r"\d{1,3}(?:\.\d+)?\s*(?:points?|pp|%)(?:\s+(?:over|on|from)\s+[^,;\n]{1,30}?)?,\s*(?=reach)))?"
                             # (a setting: "在工具加持下取得44.9%", "在允许使用工具的情况下取得44.9%")
                             r"(?:\s*在(?:[^，,。；;\n\d在]{1,8}?[下时]|[^，,。；;\n\d在]{2,12}?的(?:情况|条件|设置|设定|模式)下)\s*)?"
                             # a metric: "上的Pass@1得分为79.8%", "上的 Pass@1 得分"
                             rf"(?:\s*(?i:{_METRIC})\s*)?"
                             # (a board's total or average: "SuperCLUE总分70.2", "综合得分", "平均分")
                             rf"(?P<word>(?:{_ZH_SCORE_VERB})?(?:Elo\s*)?(?:{_BOARD_SCORE}|{_ZH_SCORE_NOUN}"
                             rf"|评分|表现)|(?:{_ZH_SCORE_VERB})了?|(?:能|可以?)?达到?|能到|高达"
                             # ("在C-Eval测试中，A以88.2分位居第一，B为85.5分"; "在MMLU上是88.5"; "A约为67.8%")
                             r"|(?:大约|约)?[为以是](?=\s*\d)"
                             r"|(?:仅|只|才)(?:有|为|得)?(?=\s*\d)"  # (a low one: "在GPQA上仅有62分")
                             # (a decimal score right after 上, ending its clause: "在MathVista上85.8。")
                             r"|(?<=上)(?=\s*\d{1,3}\.\d+\s*(?:%|分)?\s*(?:[，,。；;、]|$))"
                             # ("- AIME 2025 accuracy: 87.5%", "- LMArena Elo: 1501")
                             r"|(?i:accuracy|score|Elo(?:\s+(?:score|rating))?|rating)\s*[:：]"
                             # ("with an Elo score of 1460", "with an Elo of 1443")
                             # ("with a breakthrough score of 1501 Elo")
                             rf"|(?i:(?:an?\s+(?:[a-z-]+\s+)?)?(?:(?:Elo\s+)?(?:score|rating|accuracy)|Elo)\s+(?:of|is|was|stands\s+at))"
                             # ("has an MMLU of 88.1", "an MMLU score of 88.1": the name as the score's word)
                             # ("an AlpacaEval 2.0 LC win rate of 52.0%", "a GPQA pass rate of 80%")
                             r"|(?i:(?:(?:LC\s+|length-controlled\s+)?(?:score|accuracy|(?:win|pass|success|resolve|solve)"
                             r"\s+rate)\s+)?of(?=\s+\d{1,3}(?:\.\d+)?\s*%?(?!\d|[.,]\d)))"
                             # ("with a pass@1 of 79.8%")
                             rf"|(?i:(?:an?\s+)?{_METRIC}(?:\s+(?:score|accuracy|rate))?\s+(?:of|is|was))"
                             rf"|(?i:{_EN_PLACED})"
                             # (a score the name or its model is, alone in its clause: "On SWE-bench Verified it's
                             # around 67.8", "its MMLU is 88.1%"; not a count, "is 500 tasks", nor a year)
                             r"|(?i:(?:is|was|['’]s)(?:\s+(?:around|about|roughly|approximately|nearly))?"
                             r"(?=\s+\d{1,3}(?:\.\d+)?\s*(?:%|points?\b)?\s*(?:[,;)]|\.(?!\d)|$)))"
                             # (what it rose to: "On GPQA Diamond, A improves to 84.1%", "climbs by 6 points to 84%")
                             rf"|(?i:(?:{_ROSE_EN})\s+(?:by\s+\d{{1,3}}(?:\.\d+)?\s*(?:points?|pp|%)\s+)?"
                             r"(?:(?:over|from)\s+[^,;\n]{1,30}?\s+)?to)"
                             rf"|(?i:{_EN_SCORE_VERB})"
                             rf"(?:\s+(?i:{_A_SCORE_OF}))?\s"
                             # (a rating it holds: "On LMArena, A holds an Elo of 1501", "has a score of 71.2")
                             rf"|(?i:(?:{_HOLDS})\s+{_A_SCORE_OF}\s))?\s*"
                             # (a verb after the word, an adverb before it: "上的成绩更是达到54.2%", "得分则为81.0")
                             r"(?:(?<=成绩|得分|分数|评分|准确率|通过率|百分位|表现)(?:也|亦|则|还|均|都|更是|更)?"
                             rf"(?:为|是|达到?|高达|{_SURGED_ZH})\s*)?"
                             # (the score a model rose to: "由70.0%提升至87.5%" and "提升至87.5%" are 87.5)
                             r"(?:一度|曾经?|最高|满分)?"  # ("Elo评分一度达到1460", "拿到满分100分")
                             # (or in parentheses that hold it alone: "在MMLU上的得分（89.5）比上一代提高了4.2个百分点")
                             r"(?:(?<=成绩|得分|分数|评分|准确率|通过率)[（(](?=\s*\d{1,4}(?:\.\d+)?\s*(?:%|分)?\s*[)）]))?"
                             # (past what it was compared with and the gain: "较上一代提升12分至78.0分")
                             # (past whose score it was: "从上一版的40.2提升至61.5")
                             r"(?:(?:(?:由|从)(?:[^，,。；;\n\d]{1,8}?的)?\s*\d{1,4}(?:\.\d+)?\s*%?\s*"
                             rf"|较[^，,。；;\n\d]{{1,8}}?)?(?:{_ROSE_ZH}|{_FELL_ZH})?"
                             r"(?:了?\s*\d{1,4}(?:\.\d+)?\s*(?:%|个百分点|分))?\s*(?:至|到)\s*"
                             # ("improves on B from 33.4% to 49.0%", "improved AIME 2025 to 87.5%", "raised its AIME
                             # 2025 score to 87.5%")
                             # ("its MMLU-Pro score rose from 78.4 to 83.9", "HumanEval went up 7 points to 92.0%")
                             rf"|(?i:(?:(?:score|accuracy)\s+)?(?:(?:{_ROSE_EN}|{_FELL_EN})\s+)?"
                             r"(?:(?:by\s+)?\d{1,3}(?:\.\d+)?\s*(?:points?|pp|percentage\s+points?|%)\s+)?"
                             r"(?:from\s+\d{1,4}(?:\.\d+)?\s*%?\s+)?to\s+)"
                             # (or before an arrow: "SWE-bench Verified: 70.3% → 74.5%", "MMLU 80.1->83.2")
                             rf"|[:：]?\s*\d{{1,4}}(?:\.\d+)?\s*(?:%|分)?\s*{ARROW}\s*)?"
                             + _SCORE)
_SCORE_REACH = 64  # characters after the name (or the model after it) the score's words may take
# A second score after a score's setting in parentheses, in its own ("75.7%（低算力）和87.5%（高算力）",
# "71.7% (pass@1) and 82.0% (pass@8)")
_OTHER_SETTING = regex.compile(rf"\s*{_GLOSS}\s*(?:和|与|及|、|,|，|\band\b)\s*{_NUMBER}(?=\s*{_GLOSS})"
                               # (or told in a clause of its own: "无工具得分37.5%，使用工具时得分45.8%")
                               # (or a mode turned on: "，开启深度思考模式后达到41.0%", "，在高算力模式下为87.5%")
                               # (past the word for the first: "取得37.5%的成绩，开启…"; and its own setting:
                               # "取得了25.1%的准确率（不使用工具），使用工具后提升至44.9%")
                               rf"|\s*(?:的(?:{_ZH_SCORE_NOUN}))?(?:\s*{_GLOSS})?[，,]\s*(?:而|则)?(?:(?:在)?{_WITH_TOOLS}"
                               r"|(?:开启|启用|使用|切换到|在)[^，,。；;\n\d]{1,12}?模式(?:后|时|下)"
                               # (a mode by its name alone: "，开启Deep Think后提升至41%")
                               r"|(?:开启|启用|切换到)[^，,。；;\n\d]{1,12}?(?:后|时))[，,]?\s*"
                               rf"(?:则|可)?(?:得分|成绩|准确率)?(?:为|是|达到?|提升至|升至)?\s*{_NUMBER}")
# (a score alone in parentheses: "sets a new state of the art on MT-Bench (7.34)", "Foo-5 (74.9%)")
_ENCLOSED_SCORE = regex.compile(r"\s*[(（]\s*(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|分|points?)?\s*[)）]")
_VS = r"vs\.?|versus|对比"
_VERSUS = re.compile(rf"\s*(?:(?i:{_METRIC})\s*)?(?:{_VS}|对)\s*{_NUMBER}")  # ("79.8% pass@1 vs 79.2%")
_VERSUS_HEADINGS = 3  # (the headings above a list looked at for its pair: its own, its section's, the title)


def _versus_pair(ctx: DocContext, pos: int) -> list[ModelMention]:
    """The two models a heading above `pos`, or the text's first line, sets against each other ("# A vs B"): a list
    of "MMLU: 88.7 vs 88.7" under it gives their scores in that order."""
    spans: list[tuple[int, int]] = []
    at = pos
    while len(spans) < _VERSUS_HEADINGS and at > 0 and (span := ctx.heading_above(at)) is not None:
        spans.append(span)
        at = span[0] - 1
    if (first := ctx.first_line()) is not None and first[1] <= pos:
        spans.append(first)
    for start, end in spans:
        named = ctx.models_in(start, end)
        if len(named) == 2 and VERSUS_JOIN.fullmatch(ctx.text, named[0].end, named[1].start):
            return named
    return []
# Other models' scores on the same benchmark, after one: an item of a list after a colon
# ("HumanEval: A 92.0%, B 90.2%"), "compared with 53.6% for B", ", while B scores 74.3".
# (after an item's score in parentheses too; or set against it: "GPQA Diamond：A 91.9% vs B 88.1% vs C 83.4%")
_LIST_NEXT = regex.compile(rf"\s*[)）]?(?:\s*[;；]\s*|{ITEM_SEPARATOR}|\s+(?:vs\.?|versus)\s+)")
_ITEM_SCORE = regex.compile(rf"\s*(?:[(（]\s*)?{_NUMBER}")
# A maker's possessive before the model another score is for: "63.6 for OpenAI's o1-mini"
# (its words' points inside them: "for GPT-4o. That's a jump" is GPT-4o's, no maker's)
_MAKER = r"[A-Z][\w-]*(?:\.[\w-]+)*(?:\s+[A-Z][\w-]*(?:\.[\w-]+)*)?['’]s\s+"
_OWNER = rf"(?:{_MAKER})?"
_COMPARED = regex.compile(
    # (or in parentheses: "(vs. 49.0% for B)")
    # (or a rise told from it after a comma: "improved its OSWorld score to 61.4%, from 42.2% for Sonnet 4")
    rf"(?:\s+(?:per|according\s+to)\s+[\w'’. -]{{1,30}}?(?=,))?"  # (past who gives it: "56.6 per their card, vs …")
    rf"(?:,\s*from|(?:,|\s*[(（])?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+from))\s+{_NUMBER}"
    r"\s+(?:for|by|from)\s+"
    r"(?:(?:its|their|the)\s+(?:[a-z-]+,?\s+){1,3})?"  # ("for its predecessor, B", "for the much larger B")
    rf"{_OWNER}",
    regex.I)
# (", while B scores 74.3", ", and B reaches 72.7%", "，而B仅为13%"; ", with B second at 79.5")
_WHILE = regex.compile(r",?\s*(?:while|whereas|but|and|with)\s+|,?\s*(?:而|但)\s*")
# "略高于B的79.2%", "比B的85.5还高", "on par with B (79.2%)", "超过B（79.2%）": a comparison with a model whose
# score follows its name (after the first score's own metric: "79.8%的pass@1得分，略高于…")
_BEYOND = regex.compile(
    # (after a conjunction too: "略低于B的74.9%，但高于C的67.8%")
    rf"(?:\s*的?\s*(?:(?i:{_METRIC})\s*)?(?:{_ZH_SCORE_NOUN}))?,?\s*(?:(?:但|而|却)\s*|(?i:but|yet)\s+)?"
    r"(?:甚至|更是|也|还|均|都|同样)?"  # ("甚至超过了Gemini 3 Pro的76.2%")
    r"(?:略|稍|明显|大幅|远远|远"
    # ("79.8%, slightly above o1-1217's 79.2%", "93.1%, roughly level with B at 94.6%")
    r"|(?i:slightly|just|well|far|roughly|nearly|almost|essentially|virtually)\s+)?"
    # ("远超GPT-4o的9.3%", "仅次于GPT-5的89.0%")
    # (or as the press writes a win: "碾压GPT-5.1的26.5%", "力压B的…")
    r"(?:高于|低于|超过|超越|超|领先于?|优于|不及|落后于?|接近|逼近|(?:仅)?次于|比|较|对比|相比|击败|胜过|力压|碾压|吊打|完胜"
    r"|(?i:(?:on\s+par|level|compared)\s+with"
    r"|ahead\s+of|above|below|behind|beating|surpassing|outperforming|versus|vs\.?|against|(?:followed|trailed)\s+by"
    r"|beats|outperforms|surpasses|trails|exceeds|overtakes"  # ("A (74.9%) beats B (74.5%)")
    r"|edg(?:ing|es|ed)\s+out|topping|outscoring|outpacing|besting|exceeding|overtaking"  # ("edging out B (77.9%)")
    r"|(?:close|comparable|similar)\s+to|near(?![a-z])|(?:just\s+)?(?:short|shy)\s+of|rivall?ing|trailing"
    r"|(?:more\s+than\s+|nearly\s+|almost\s+)?(?:double|triple|twice|half)))了?\s*"  # ("more than double B's 17.6%")
    # ("较此前的R1-0528（44.6）", "优于参数量更大的Gopher（60.0%）", "beating the much larger Gopher (60.0%)")
    r"(?:(?:此前|之前|上一代|前代|旧版)的?\s*|\p{Han}{1,8}?的\s*|the\s+(?:[a-z-]+\s+){1,3})?"
    r"(?![，,；;。])")  # (with no object: "A以77.2%领先，B为74.9%" goes on after the comma)
_MAKERS = regex.compile(_MAKER)  # ("ahead of OpenAI's GPT-4.1 at 54.6%")
# (what was done with it, in a clause that ends in 的: "和本月发布的B（77.9%）"; after an organization the registry
# knows, its possessive or that clause: "OpenAI's o3", "和OpenAI本月发布的B")
_DONE_WITH = r"\p{Han}{1,8}?的[ \t]*"
_DONE_DE = regex.compile(_DONE_WITH)
_OWNER_MARK = regex.compile(rf"[ \t]*(?:的[ \t]*|{_DONE_WITH})|['’]s[ \t]+")


def _past_owner(ctx: DocContext, pos: int) -> int:
    """Where the model starts after its maker's possessive at `pos` ("OpenAI 的 Codex-1", "OpenAI's o3"; in English,
    any capitalized name's), or after a clause of what was done with it ("OpenAI本月发布的B"), else `pos`."""
    if ctx.model_at(pos) is not None:
        return pos  # (a model's own possessive is no maker's: "ahead of A's 76.2% and GPT-5.1's 77.9%")
    orgs = ctx.orgs_in(pos, pos + 1)
    owner = match_at(_OWNER_MARK, ctx.text, orgs[0].end) if orgs else \
        match_at(_MAKERS, ctx.text, pos) or match_at(_DONE_DE, ctx.text, pos)
    return owner.end() if owner is not None else pos
# ("B的79.2%", "B (79.2%)", "GPT-4o's 90.2%")
# (past its setting in parentheses, a gloss, or its reasoning effort, no model of its own: "ahead of GPT-5 (high) at
# 94.6%", "比GPT-5 High的94.6%高")
_EFFORT = rf"(?:[ \t]*{_GLOSS}|[ \t]+(?:{EFFORT})(?![A-Za-z0-9.-]))?"
_THEIR_NUMBER = regex.compile(rf"{_EFFORT}(?:\s*(?:的\s*{_NUMBER}|[(（]\s*{_NUMBER}\s*[)）])|['’]s\s+{_NUMBER}"
                              rf"|\s+at\s+{_NUMBER}(?!\.?\d|[A-Za-z])"  # ("ahead of B at 54.6%"; not "at 128K")
                              # ("ahead of o1, which scored 79.2%")
                              rf"|,\s+which\s+(?:{_EN_SCORE_VERB}|hit|hits)\s+{_NUMBER}(?!\.?\d|[A-Za-z]))")
_GAP_UNIT = r"(?:个百分点|个点|分?之差|pp\b)"  # (a gap between two scores, none of either: "以0.4个百分点之差")
# "得分97.3%，与B持平", "scored 97.3%, matching B": B's score is the same
_TIED_WITH = regex.compile(
    r"\s*[,，]?\s*(?:与|和|跟|(?P<en>(?i:matching|tying|equal(?:ling)?|level\s+with|the\s+same\s+as)))\s*")
_SAME = "持平|打平|并列|相同|一致"
_TIED_AFTER = re.compile(rf"\s*(?:{_SAME})|(?=\s*(?:[.;。；]|$))")
# (after B's own score: "与B的79.8分相当", "与B（88.6）相比", "和B的79.8分还有差距"; "与B相当" alone says comparable,
# not B's score)
_NEAR_AFTER = regex.compile(rf"\s*(?:{_SAME}|相当|接近|相近|不相上下|差不多|相比|对比|比较"
                            r"|(?:还|仍|尚|仍然|依然)?(?:有|存在)[^，。,;；\n\d]{0,4}?差距)")
# (another model's score in parentheses after one: "79.8% on AIME 2024 (o1: 79.2%)")
_PAREN_OPEN = regex.compile(r"\s*[(（]\s*")
_COLON_SCORE = regex.compile(rf"\s*(?:[:：]|为|是|得分)\s*{_NUMBER}\s*[)）]")  # ("（o1: 79.2%）", "（B为48.9%）")
# "against 54.6% for B and 63.2% for C": the next item of a list of scores given "for" models
_FOR_NEXT = regex.compile(rf"{ITEM_SEPARATOR}{_NUMBER}\s+for\s+{_OWNER}")
_RANK = "(?:位居|排名|位列|排在)第"  # ("以88.2分位居第一")
# "A以88.2分位居第一，B为85.5分": the next clause's model and its score (after the rank the first one took, or a short
# aside: "A得分87.5%，位列国产模型第一；B得分81.5%，紧随其后；C为49.5%", "A以92.0%的通过率领跑，B为90.2%")
_NEXT_CLAUSE = regex.compile(rf"(?:\s*{_RANK}[一二三四五六七八九十\d]+(?:名|位)?"
                             r"|(?:\s*[，,]\s*|(?=\p{Han}))(?P<aside>[^，,；;。.\n\d%]{1,12}?))?\s*[，,；;]\s*"
                             # (who comes next: "；紧随其后的是B（1483分）")
                             r"(?:紧随其后的是|紧随其后的|其次是|其后是|随后是|第二名是|位居第二的是)?\s*")
_THEIR_SCORE = regex.compile(
    # (past the word for a version after a variant named apart: "，Pro版则为54.2%", "; the Pro version reaches 54.2%")
    rf"(?:{VERSION_WORD})?"
    rf"(?:\s+{_EN_SCORE_VERB}\s+(?:{_A_SCORE_OF}\s+)?(?:(?:around|about|roughly|nearly)\s+)?|\s+{_EN_PLACED}\s+"
    rf"|\s+(?:{_ROSE_EN}|{_FELL_EN})\s+to\s+"  # (the score it rose or fell to: "…, while B climbs to 1408")
    # (its place and score, the verb left out: "…, with B second at 79.5", "…, and C at 71.2")
    r"|\s+(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|next)\s+)?at\s+"
    # ("，B取得88.2分"; "，B才41.7%", the verb left out)
    rf"|\s*(?:(?:仅|只|才|则)?(?:为|是|有|达到?|得分为?|(?:{_ZH_SCORE_VERB})了?)|(?:仅|只|才)(?=\s*\d))\s*)"
    # (not a score on another benchmark; nor a share, "而B是100%开源的"; but the place it won, "C得分69.9排名第三")
    rf"{_NUMBER}(?![\d%分]|\.\d|\s*(?:points?\s+)?(?:on|in)\s|(?!{_RANK_WON_ZH})\p{{Han}})"
    # ("B以70.2分紧随其后"; not a gap: "以0.4个百分点之差位居第二")
    rf"|\s*(?:仅|只|则)?以\s*{_NUMBER}(?![\d%分]|\.\d|\s*{_GAP_UNIT})"
    # (its rank, then the score in parentheses: "C排名第三（88.9分）")
    rf"|\s*{_RANK}[一二三四五六七八九十\d]+(?:名|位)?\s*[（(]\s*{_NUMBER}\s*[)）]", regex.I)


def _past_semicolons(ctx: DocContext, end: int) -> int:
    """The end of the sentence that ends at `end`, with the parts after its semicolons."""
    while ctx.text[end - 1 : end] in (";", "；") and end < len(ctx.text):
        end = ctx.sentence(end)[1]
    return end


def _other_scores(ctx: DocContext, benchmark: str, pos: int, sent_end: int, colon: bool,
                  records: list[BenchmarkRecord], first: int) -> None:
    """The scores of other models on `benchmark` that follow one ending at `pos` (its number at `first`)."""
    listing = False  # (after "ahead of B (1316)": "and C (1301)" goes on with C's)
    if (aside := match_at(_ASIDE_AFTER, ctx.text, pos)) is not None and not ctx.models_in(pos, aside.end()):
        pos = aside.end()
    sent_end = _past_semicolons(ctx, sent_end)  # (the parts after them: what the scores' sentence goes on with)
    while (found := _next_other(ctx, pos, colon, first, listing)) is not None and found[2] <= sent_end:
        model, score, pos = found
        # (a score in parentheses after its name goes on as a list: "B（1421分）和C（1420分）紧随其后")
        listing = score.re is _THEIR_NUMBER or (score.re is _BARE_THEIRS and ctx.text[score.end() - 1] in _CLOSES)
        ctx.add(records, BenchmarkRecord,
                model=model.text, benchmark=benchmark, score=_value(score.group("score")),
                unit=_unit(score.group("unit")), comparator="=",
                prov=ctx.prov(min(model.start, score.start("score")), pos))
        if ctx.text[pos : pos + 1] in _CLOSES and _opened_since(ctx.text, first, pos):
            pos, listing = pos + 1, False  # (past the aside it closes: "69.1% (vs 48.9% for B) and C 68.1%")


def _opened_since(text: str, start: int, end: int) -> bool:
    """Whether a parenthesis opened from `start` to `end` is still open at `end`."""
    return max(text.rfind("(", start, end), text.rfind("（", start, end)) \
        > max(text.rfind(")", start, end), text.rfind("）", start, end))


def _next_other(ctx: DocContext, pos: int, colon: bool, first: int, listing: bool = False
                ) -> tuple[ModelMention, regex.Match[str] | re.Match[str], int] | None:
    """The next other model's score after `pos` (`first`: where the score before it starts; `listing`: the
    one before was another model's, with its score after its name), and its end."""
    text = ctx.text
    if listing and (sep := match_at(_SEPARATOR, text, pos)) \
            and (model := ctx.model_at(_past_owner(ctx, sep.end()))) is not None:
        score = match_at(_THEIR_NUMBER, text, model.end)  # ("… (76.2%) and OpenAI's B (77.9%)")
    elif colon and (sep := match_at(_LIST_NEXT, text, pos)) and (model := ctx.model_at(sep.end())) is not None:
        # ("SWE-bench Verified：69.6%（开源第一），Claude Sonnet 4是70.4%"; else as without a colon: "**HumanEval:** A
        # leads at 74.1%, followed by B at 71.8%")
        score = match_at(_ITEM_SCORE, text, model.end) or match_at(_THEIR_SCORE, text, model.end)
    elif (opened := match_at(_PAREN_OPEN, text, pos)) is not None and (model := ctx.model_at(opened.end())) \
            and (score := match_at(_COLON_SCORE, text, model.end)) is not None:
        return model, score, score.end()  # ("scoring 79.8% on AIME 2024 (o1: 79.2%)")
    elif compared := match_at(_COMPARED, text, pos):
        model = ctx.model_at(compared.end())
        return (model, compared, model.end) if model else None  # (the score comes before the model)
    elif more := match_at(_FOR_NEXT, text, pos):
        model = ctx.model_at(more.end())
        return (model, more, model.end) if model else None
    elif (found := _tied(ctx, pos, first)) is not None:
        return found
    elif beyond := match_at(_BEYOND, text, pos):
        model = ctx.model_at(beyond.end())
        if model is None and (owned := _past_owner(ctx, beyond.end())) != beyond.end():
            model = ctx.model_at(owned)
        score = match_at(_THEIR_NUMBER, text, model.end) if model else None
        if score is not None and _scored_elsewhere(text, score.end()):
            return None  # (its score on the benchmark named after it: "outperforming B (88.7) on MMLU with 89.1")
        if score is not None and not score.group("unit") and _YEAR_LIKE.fullmatch(score.group("score")) \
                and (before := match_at(_ONE_SCORE, text, first)) is not None \
                and (before.group("unit") or _value(before.group("score")) <= 100):
            return None  # (a year, not a score on a percent's scale: "ahead of Foo-1 (2024)")
    elif joined := match_at(_WHILE, text, pos) or match_at(_NEXT_CLAUSE, text, pos):
        if joined.re is _NEXT_CLAUSE and (aside := joined.span("aside"))[0] != -1 \
                and (ctx.models_in(*aside) or _benchmark_pattern().search(text, *aside)):
            return None  # (an aside that names a model or another benchmark: "，而在GPQA上，B得分…")
        model = ctx.model_at(joined.end())
        if model is None and joined.re is _WHILE:
            model = _described_model(ctx, joined.end())
        score = match_at(_THEIR_SCORE, text, model.end) if model else None
        if model is not None and score is None and (gap := match_at(_GAP_CLAUSE, text, model.end)) is not None:
            return _next_other(ctx, gap.end(), colon, first)  # (past a model placed by its gap: "B以0.4个百分点之差位居
            # 第二，C则以68.0%紧随其后")
        if model is not None and score is None:
            score = _verb_elided(text, model.end, first)
        if score is not None and _scored_elsewhere(text, score.end()):
            return None
    else:
        return None
    return (model, score, score.end()) if model and score else None


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_DESCRIBED_WORD = re.compile(r"[\w.-]+[ \t]+")
_DESCRIPTION_WORDS = 3  # (words of a description before a model's name, past its article)


def _described_model(ctx: DocContext, pos: int) -> ModelMention | None:
    """The model named after an article and a few words that describe it ("while the 24-billion-parameter Small 1.2
    reaches 86.1%", "while the smaller B reaches …"), or None."""
    text = ctx.text
    if not text.startswith("the ", pos):
        return None
    at = pos + 4
    for _ in range(_DESCRIPTION_WORDS):
        if (word := _DESCRIBED_WORD.match(text, at)) is None:
            return None
        at = word.end()
        if (model := ctx.model_at(at)) is not None:
            return model
    return None


_GAP_CLAUSE = regex.compile(rf"\s*(?:仅|只|则)?以\s*\d{{1,3}}(?:\.\d+)?\s*{_GAP_UNIT}[^，,；;。.\n]{{0,16}}")


# "o1 scored 83.3%, o3 91.6% and o4-mini 93.4%": the next model's score with the verb left out, written as the first
# (its unit, or its decimals when it has none: not "Foo-2 scored 90%, Bar 2 more")
# (or apart by a comma, as a clause that leaves out its verb writes it: "A scores 80.9%; B, 76.2%")
_BARE_THEIRS = regex.compile(rf",?[ \t]+{_NUMBER}(?!\d|\.\d|[ \t]*(?:points?[ \t]+)?(?:on|in)\s|[A-Za-z])"
                             rf"|[ \t]*[(（][ \t]*{_NUMBER}[ \t]*[)）]")  # (or in parentheses: "，B（1483分）")


def _verb_elided(text: str, end: int, first: int) -> regex.Match[str] | re.Match[str] | None:
    score = match_at(_BARE_THEIRS, text, end)
    before = match_at(_ONE_SCORE, text, first)
    if score is None or before is None or (score.group("unit") or "")[:5] != (before.group("unit") or "")[:5]:
        return None
    return score if score.group("unit") or "." in score.group("score") else None


_MOST_TIED = 4  # (models listed with their scores after the first, before 相当)


def _tied(ctx: DocContext, pos: int, first: int
          ) -> tuple[ModelMention, regex.Match[str] | re.Match[str], int] | None:
    """A model the score before `pos` (its number at `first`) equals or comes near, with its score and end."""
    tied = match_at(_TIED_WITH, ctx.text, pos)
    model = ctx.model_at(tied.end()) if tied else None
    if model is None:
        return None
    if (same := match_at(_TIED_AFTER, ctx.text, model.end)) and (score := match_at(_ONE_SCORE, ctx.text, first)):
        return model, score, same.end()  # ("得分97.3%，与OpenAI-o1-1217持平", "…, matching B")
    their = match_at(_THEIR_NUMBER, ctx.text, model.end)
    if their is None:
        return None
    if (near := match_at(_NEAR_AFTER, ctx.text, their.end())) is not None:
        return model, their, near.end()  # ("取得79.5分，与DeepSeek-R1的79.8分相当")
    if tied is not None and tied.group("en") is not None:
        return model, their, their.end()  # (the English word says it alone: "88.4, matching B (88.6)")
    # (more models with theirs before the word: "得分88.5，与A（87.2）、B（88.3）相当": A's, then B's as a list's)
    end = their.end()
    for _ in range(_MOST_TIED):
        sep = match_at(_SEPARATOR, ctx.text, end)
        other = ctx.model_at(sep.end()) if sep is not None else None
        number = match_at(_THEIR_NUMBER, ctx.text, other.end) if other is not None else None
        if number is None:
            return None
        end = number.end()
        if match_at(_NEAR_AFTER, ctx.text, end) is not None:
            return model, their, their.end()
    return None


_SCORE_WORD = regex.compile(rf"{_ZH_SCORE_NOUN}|{_ZH_SCORE_VERB}|\b{_EN_SCORE_VERB}", regex.I)
_COORDINATION = regex.compile(r"\s*(?:与|和|及|、|and|&)\s*")
_GAIN_WORD_BEFORE = regex.compile(r"(?:by|提升|提高|improv\w*|gain\w*|up)\s*$", regex.I)


# A header's setting after the name, in parentheses or as a metric ("HumanEval (pass@1)", "HumanEval pass@1",
# "MMLU (%)": its unit)
_TABLE_GLOSS = re.compile(rf"\s*(?:{_GLOSS}|(?i:{_METRIC})|(?i:acc(?:uracy)?|EM|F1|\d+-shot))$")
# (or the word for its score after a benchmark's name: "MMLU得分", "MMLU score", "LMArena Elo"; not a leaderboard's
# "Arena Score")
_SCORE_WORD_AFTER = re.compile(rf"\s*(?:{_ZH_SCORE_NOUN}|(?i:score|rating|elo(?:\s+(?:score|rating))?))$")
_PERCENT_HEADER = re.compile(r"[(（]\s*%\s*[)）]|%$")


def table_gloss_removed(name: str) -> str:
    """A header's benchmark without its setting ("HumanEval (pass@1)", "MMLU (5-shot)": _TABLE_GLOSS)."""
    return _TABLE_GLOSS.sub("", name)


def _table_scores(ctx: DocContext) -> list[BenchmarkRecord]:
    """Markdown tables: a header of benchmark names over rows that start with a model, or a header
    of models over rows that start with a benchmark."""
    records: list[BenchmarkRecord] = []
    for model, row, name_cell, cell in ctx.table_cells():
        name = unemphasized(name_cell.text)
        m = _CELL_SCORE.match(unemphasized(cell.text))
        if m and not _benchmark_pattern().fullmatch(name):
            name = table_gloss_removed(name)  # "HumanEval (pass@1)", "MMLU (5-shot)": the benchmark and its setting
            if (unscored := _SCORE_WORD_AFTER.sub("", name)) != name and _benchmark_pattern().fullmatch(unscored):
                name = unscored
        if m and not _benchmark_pattern().fullmatch(name) and _SCORE_COLUMN.fullmatch(name):
            # (an arena's column under a heading that names none: the arena's, "Arena Elo", "Arena Score")
            name = _benchmark_above(ctx, row.start) or ("LMArena" if name[:5].lower() == "arena" else name)
        if not m and cell.text[:1].isalnum():
            # (a column of highlights: "| Foo-3 | HLE 37.5% |", "| GLM-4.5 | 355B总参数，SWE-bench Verified 64.2 |")
            _cell_pairs(ctx, model, row, cell, records)
        if not m or not is_benchmark(name):
            continue
        unit = m.group("unit") or ("%" if _PERCENT_HEADER.search(name_cell.text) else None)
        ctx.add(records, BenchmarkRecord, model=model.text, benchmark=name,
                score=_value(m.group("score")), unit=_unit(unit), comparator="=",
                prov=ctx.prov(row.start, row.end))
    return records


def _cell_pairs(ctx: DocContext, model: ModelMention, row: Row, cell: Cell, records: list[BenchmarkRecord]) -> None:
    """The row's model's scores in a cell that opens with a benchmark and its number ("HLE 37.5%", "LMArena 1483分登顶",
    "MMLU 88.7，GPQA 71.2"), each name followed by its number."""
    text = ctx.text
    for bench in _benchmark_pattern().finditer(text, cell.start, cell.end):
        if bench.start() != cell.start and not _CELL_PAIR_BEFORE.fullmatch(text, cell.start, bench.start()) \
                and not _SEPARATOR_BEFORE.search(text, cell.start, bench.start()):
            continue
        if (number := match_at(_BARE_SCORE, text, bench.end())) is None or number.end() > cell.end \
                or match_at(_NOT_SCORE_AFTER, text, number.end()) or match_at(_COUNTED_AFTER, text, number.end()):
            continue  # (not a count: "HumanEval 164题", "MMLU 57个学科")
        if not number.group("unit") and "." not in number.group("score") and "arena" not in bench.group("name").lower():
            continue  # (a whole number alone is a score only on an arena's board, "LMArena 1483"; not "GPQA 2024版")
        ctx.add(records, BenchmarkRecord, model=model.text, benchmark=bench.group("name"),
                score=_value(number.group("score")), unit=_unit(number.group("unit")), comparator="=",
                prov=ctx.prov(row.start, row.end))


_COUNTED_AFTER = regex.compile(r"[ \t]*(?:次|条|种|款|门|套)")
_CELL_PAIR_BEFORE = regex.compile(r"[*_\s]*")  # (emphasis before the cell's first name: "**HLE** 37.5%")
_SEPARATOR_BEFORE = regex.compile(r"(?:[,;，；、/]|<br\s*/?>)\s*[*_]*$")  # (the cell's next pair)


# A leaderboard's column of ratings or scores ("Arena Score", "Elo", "Arena Elo (95% CI)", "Score", "% Resolved",
# "得分") under a heading that names its arena or its one benchmark ("# LMArena leaderboard snapshot — week of August 4,
# 2025", "# SWE-bench Verified leaderboard (November 2025)"): that benchmark's scores
_SCORE_COLUMN = regex.compile(
    r"(?i:(?:arena\s+)?(?:elo|score|rating|accuracy|%\s*resolved|resolved(?:\s+rate)?|pass@1)"
    r"(?:\s+(?:score|rating|\(%\)))?|得分|分数|成绩|准确率)(?:\s*[(（][^()（）]{0,20}[)）])?")


def _benchmark_above(ctx: DocContext, pos: int) -> str | None:
    """The arena the heading above `pos` names, or the one benchmark it names, if one."""
    heading = ctx.heading_or_title(pos)
    named = [b.group("name") for b in _benchmark_pattern().finditer(ctx.text, *heading)] if heading is not None else []
    arena = next((name for name in named if "arena" in name.lower()), None)
    return arena or (named[0] if len(set(named)) == 1 else None)


_GLOSS_OPENS = regex.compile(r"\s*[(（]")
# (a line's start, or a short label's)
# (or a point's order word: "第三，HLE带工具44.9%")
_FIELD_OPENS = re.compile(rf"(?:\s|{BULLET_CLASS})*(?:[^\s:：,，。.]{{1,6}}[:：]\s*|{ORDINAL_LEAD})?")


_AND_ON = regex.compile(r"(?:,\s*|\s)and\s+on\s+(?:the\s+)?$")
_WITH_OR_AT = re.compile(r" (?:with |at (?=\d))")
_TOPPED_ZH = "登顶|领跑|霸榜|登上|夺冠"
_TOPPED = regex.compile(rf"(?:{_TOPPED_ZH})\s*$")
# (a board the model tops, its rating after "with" or "at": "Gemini 3 Pro tops LMArena with 1501")
_TOPS_BEFORE = regex.compile(r"\b(?:tops|topped|leads|led|heads|headed)\s+(?:the\s+)?$", regex.I)
# (or after it: "在LMArena排行榜登顶，Elo得分1501")
_BOARD_COMMA = regex.compile(rf"(?:榜单|排行榜)?(?P<topped>上?(?:{_TOPPED_ZH}))?[，,]\s*(?=得分|评分|分数|Elo)")


def _pairs_open(ctx: DocContext, benches: list[regex.Match[str]], i: int, sent_start: int,
                runs: dict[int, int]) -> bool:
    """Whether the run of benchmarks and scores that holds benches[i] opens its sentence, or follows the figures it
    opens with ("K2 Thinking正式开源！万亿参数，激活320亿，HLE 44.9%，BrowseComp 60.2%"); `runs`: see _run_start."""
    first = benches[_run_start(ctx.text, benches, i, runs)]
    return _FIELD_OPENS.fullmatch(ctx.text, sent_start, first.start()) is not None or ctx.opens_with_figure(sent_start)


def _inline_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    scored: tuple[int, list[ModelMention]] = (-1, [])  # (the last benchmark given a score, and its models)
    runs: dict[int, int] = {}  # (where each run of pairs starts, for _pairs_open)
    for i, bench in enumerate(benches):
        if ((text.startswith("|", bench.start() - 2) or text[bench.end() : bench.end() + 1] == "|")
                and text[ctx.line_start(bench.start())] == "|") or ctx.row_head(bench.start()) is not None:
            continue  # tables are read by _table_scores (not pairs a bar separates: "A: 85.0 | B: 79.3")
        if i and _GLOSS_OPENS.fullmatch(text, benches[i - 1].end(), bench.start()):
            continue  # ("Humanity's Last Exam（HLE）上…": the name's gloss, its score the name's)
        sent_start, sent_end = ctx.sentence(bench.start())
        window = text[bench.end() : min(sent_end, bench.end() + _SCORE_REACH)]
        model: ModelMention | None = None
        # "AIME 2025：Qwen3-235B (81.5分)": benchmark, model, score in parentheses
        # "在SWE-bench Verified上，GLM-4.5得分64.2%": benchmark, model, 得分 and score
        lead = _COLON.match(window) or _MODEL_NEXT.match(window) or (
            _ON_BEFORE.search(text, max(0, bench.start() - 8), bench.start())
            # (past an apposition to the name: "On SWE-bench Verified, the industry standard for agentic code …, it")
            and _EN_MODEL_NEXT.match(text[bench.end() : min(sent_end, bench.end() + _APPOSED_REACH)])) or (
            _ACCORDING_LEAD.match(window) if text[bench.start() - 1 : bench.start()] in _ACCORDING_LAST
            and _ACCORDING_BEFORE.search(text, max(0, bench.start() - 4), bench.start()) else None)
        if not lead and (on := _ON_THEN.match(window)) is not None \
                and ctx.models_in(bench.end() + on.end(), bench.end() + on.end() + 1):
            lead = on  # ("在AIME 2024上o1的准确率达到83.3%": the model right after 上, no comma)
        offset = bench.end()
        if not lead and window[:1] in ",，榜排上登领霸夺" and (past := _BOARD_COMMA.match(window)) is not None \
                and (past.group("topped") or _TOPPED.search(text, max(sent_start, bench.start() - 4), bench.start())):
            offset += past.end()  # ("登顶LMArena，得分1501": the score of the board it topped, after the comma)
            window = text[offset : min(sent_end, offset + _SCORE_REACH)]
        referred: list[ModelMention] = []
        reported: ModelMention | None = None  # (the model a reporter's score is for)
        told_alone = False  # (a sentence of the benchmark and its score only: "On OSWorld, 61.4%.")
        if lead and lead.re is _EN_MODEL_NEXT and (scoring := match_at(_SCORING, text, bench.end() + lead.end())):
            # "… performance on SWE-bench Verified, scoring 62.3%": no subject after it, the sentence's own
            lead, offset = None, scoring.start()
            window = text[offset : min(sent_end, offset + _SCORE_REACH)]
        elif lead and lead.re is _EN_MODEL_NEXT and sent_start and text[bench.end() : bench.end() + 1] == "," \
                and match_at(_SCORE_ALONE, text, bench.end() + lead.end()) is not None \
                and _ON_OPENS.fullmatch(text, sent_start, bench.start()) is not None:
            # ("On SWE-bench Verified, it scores 77.2%. On OSWorld, 61.4%.": the subject and its verb left out, the
            # sentence before's)
            offset = bench.end() + lead.end()
            lead, told_alone = None, True
            window = text[offset : min(sent_end, offset + _SCORE_REACH)]
        if lead:
            subject = bench.end() + lead.end()
            after = ctx.models_in(bench.end(), subject + 40)  # (past a gloss: "On X, the industry standard …, A")
            pronoun = match_at(SUBJECT_PRONOUN, text, subject)
            if after and after[0].start == subject:
                model = after[0]
                offset = model.end
            elif pronoun is not None and lead.re is not _COLON:
                # "On LiveCodeBench, it achieves 73.3%": the model of the sentence before, or of this one
                # before its clause ("A scores 81.9% on MMLU, and on GSM8K it reaches 91.7%")
                referred = _subject_models(ctx, bench.start(), sent_start)
                if not referred and sent_start > 0:
                    previous_start = ctx.previous_sentence(sent_start)
                    referred = _subject_models(ctx, sent_start, previous_start) or _pronoun_models(
                        ctx, previous_start, sent_start)  # (…, which opens with a pronoun itself: two steps back)
                if not referred and (back := ctx.referent(sent_start)) is not None:
                    referred = [back]  # (further back, over sentences naming none: "A is out. 480B params. On X it …")
                if FORMER.fullmatch(pronoun.group(0)) is not None and sent_start > 0 and len(
                        named := ctx.models_in(ctx.previous_sentence(sent_start), sent_start)) > 1:
                    referred = [named[0]]  # ("A得分99.1%，B为99.6%。在HLE上，前者以44.9%领先": the first of the two)
                offset = pronoun.end()
            elif lead.re is _EN_MODEL_NEXT and (told := match_at(_REPORTED, text, subject)) is not None \
                    and not ctx.models_in(subject, told.end()) and (told_score := _ONE_SCORE.match(text, told.end())) \
                    and (reported := _model_for(ctx, told_score.end())) is not None:
                model, offset = reported, told.end()
            elif lead.re is _COLON and (text[bench.end() : subject].lstrip()[:1] in ("(", "（")
                                         or text[bench.end() : subject].strip().endswith("—")):
                offset = subject  # ("MMLU (0-shot, CoT): 88.6": the score after the setting, not "(0"; after a dash)
            elif lead.re is _EN_MODEL_NEXT and (unnamed := match_at(_UNNAMED_SUBJECT, text, subject)
                                                 or match_at(_UNNAMED_SUBJECT, text, bench.end())) is not None \
                    and not ctx.models_in(bench.end(), unnamed.end()):
                offset = unnamed.end()  # (its score no model's: read for the others' named after it)
            window = text[offset : min(sent_end, offset + _SCORE_REACH)] if offset != bench.end() else window
        m = _SCORE_AFTER.match(window)
        colon = lead is not None and lead.re is _COLON
        paired = m is not None and lead is None \
            and (_paired(text, benches, i) or _labelled_by_model(ctx, bench.start()))
        versus = match_at(_VERSUS, text, offset + m.end()) if m is not None else None
        # ("sets a new state of the art on MT-Bench (7.34)": a number with a point alone in parentheses after the name)
        alone = m is not None and lead is None and "." in m.group("score") \
            and (enclosing := _ENCLOSED_SCORE.match(window)) is not None and enclosing.group("unit") is None \
            and enclosing.end() == m.end() + 1
        board = m is not None and (m.group("board") is not None or (
            lead is None and window[:1] == " " and window.lstrip()[:3] in ("wit", "at ")
            and _TOPS_BEFORE.search(text, max(sent_start, bench.start() - 12), bench.start()) is not None)) \
            and not match_at(_COUNT_NOUN_AFTER, text, offset + m.end())
        # ("On MMLU, A achieves 89.5, and on GSM8K 92.1": the verb left out after the score read just before)
        elided = m is not None and lead is None and i > 0 and records != [] \
            and records[-1].benchmark == benches[i - 1].group("name") and benches[i - 1].start() >= sent_start \
            and _AND_ON.search(text, max(sent_start, bench.start() - 12), bench.start()) is not None
        # (a decimal "with" which a model stands on the name: "A outperforms B on MMLU with 88.1", "leads on MMLU with")
        # (or "at": "Foo-3 ties Bar-2 on MMLU at 88.1")
        on_with = m is not None and lead is None and _WITH_OR_AT.match(window) is not None and "." in m.group("score") \
            and _ON_BEFORE.search(text, max(sent_start, bench.start() - 8), bench.start()) is not None \
            and match_at(_FIGURE_ENDS, text, offset + m.end()) is not None  # (not "with 0.7 temperature")
        # (a decimal after a name that follows the figures its sentence opens with, as an item of theirs: "GLM-4.5发布。
        # 355B总参数，SWE-bench Verified 64.2")
        figured = m is not None and lead is None and m.group("unit") is None and m.group("word") is None \
            and "." in m.group("score") \
            and text[max(sent_start, bench.start() - 3) : bench.start()].rstrip().endswith(",") \
            and ctx.opens_with_figure(sent_start) and match_at(_FIGURE_ENDS, text, offset + m.end()) is not None
        # (a bare number after a name in a field labelled as results: "5. 评测：MMLU-Pro 85.0" under the model's title)
        labelled = m is not None and lead is None and m.group("unit") is None and m.group("word") is None \
            and text[bench.start() - 1 : bench.start()] in (":", " ") \
            and RESULTS_LEAD.fullmatch(text[sent_start : bench.start()].rstrip()) is not None
        # ("On SWE-bench Verified, A (74.9%) beats B (74.5%)", "在X上，A（74.9%）略高于B（74.5%）": the score in
        # parentheses right after the lead's model)
        enclosed = m is not None and model is not None \
            and (closed := _ENCLOSED_SCORE.match(window)) is not None and closed.end("score") == m.end("score") \
            and (closed.group("unit") or not _YEAR_LIKE.fullmatch(closed.group("score")))  # (not a year: "A (2025)")
        if not m or (m.group("unit") is None and not colon and m.group("word") is None and not board
                     and not paired and not versus and not alone and not elided and not labelled and not enclosed
                     and not on_with and not figured) \
                or (lead is not None and not colon
                    and not ((model or referred) and (m.group("word") or reported or enclosed))):
            if m is not None and lead is not None and not colon and m.group("word") and not model and not referred:
                # ("On HumanEval our model scores 54.3, whereas Foo-2 scores 30.5": the subject no name, the others'
                # scores named after it still the benchmark's)
                _other_scores(ctx, bench.group("name"), offset + m.end(), sent_end, colon, records,
                              offset + m.start("score"))
            continue  # a bare number after a name is a score only after a colon or 得分, or in a list of such
        if lead is not None and lead.re is _EN_MODEL_NEXT and _scored_elsewhere(text, offset + m.end()):
            continue  # "A scores 88.1 on MMLU, B scores 85.0 on GPQA": B's score is GPQA's
        score_start = offset + m.start("score")
        if _GAIN_BEFORE.search(text[max(sent_start, score_start - 4) : score_start]):
            continue
        if match_at(_NOT_SCORE_AFTER, text, offset + m.end()):
            continue
        targets = [model] if model is not None else referred or (
            _subject_models(ctx, bench.start(), sent_start) or _pronoun_models(ctx, sent_start, bench.start()))
        for_model = None  # (the model "for" names after the score: "SWE-bench Verified: 54.6% for A vs 33.2% for B")
        if model is None and not referred and (for_model := _model_for(ctx, offset + m.end())) is not None:
            targets = [for_model]
        if not targets and elided and scored[0] == i - 1:
            targets = scored[1]  # (its subject left out with the verb: "On A it reaches 78.4, and on B 61.2")
        clause_start = ctx.clause(bench.start())[0] if not targets and m.group("word") else -1
        if clause_start >= 0 and scored[0] == i - 1 and benches[i - 1].start() >= sent_start \
                and m.group("word").startswith(_SCORE_NOUNS) and not text[clause_start : bench.start()].strip():
            targets = scored[1]  # (a clause of the benchmark and its score after one read: "…得分93.9，LCB得分82.8")
        elif not targets and m.group("word") is None and m.group("unit") is not None and scored[0] == i - 1 \
                and benches[i - 1].start() >= sent_start \
                and not text[ctx.clause(bench.start())[0] : bench.start()].strip():
            targets = scored[1]  # (or its percentage alone after it: "HLE得分44.9%，BrowseComp 60.2%")
        if not targets and clause_start >= 0 and not ctx.models_in(sent_start, score_start) \
                and (zero := _ZERO_SUBJECT.fullmatch(text, clause_start, bench.start())) is not None \
                and (zero.group("on") is not None  # (or one that opens its sentence, 得分 after it: "HLE得分44.9")
                     or (clause_start == sent_start and m.group("word").startswith(_SCORE_NOUNS))):
            # ("GLM-4.5综合平均分63.2。其中，在SWE-bench Verified上得分64.2": no subject, the one before's; a list's
            # item under the model's heading, its heading's: "- 在τ²-Bench上得分77.2")
            previous = ctx.previous_sentence(sent_start)
            targets = _subject_models(ctx, sent_start, previous) if sent_start else []
            # (and over one whose subject is left out too: "Foo-3发布。支持128K上下文。在C-Eval上得分89.2"; or a
            # pronoun: "Foo-3发布。该模型支持256K上下文；在HLE上得分44.9%")
            if not targets and sent_start > 0 \
                    and (ctx.opens_with_figure(previous) or ctx.opens_with_pronoun(previous)) \
                    and not ctx.models_in(previous, sent_start) and (chained := ctx.referred_model(previous)):
                targets = [chained]
            if not targets and zero.group("item") and (headed := ctx.heading_model(bench.start())) is not None:
                targets = [headed]
            elif not targets and ctx.line_start(sent_start) == sent_start \
                    and (headed := ctx.heading_names(bench.start())) is not None:
                targets = [headed]  # (a line of its own, its list's mark lost: the model the heading over it names)
        # ("- HumanEval: 92.1%" in a list about the model its heading or title names; "答：在LiveCodeBench上得分53.7%",
        # a line of a Q&A about it)
        # (or a benchmark and its percentage that open a sentence or a labelled field: "- 亮点：HLE 37.5%" under "**2.
        # Foo-4.5**")
        opens = not targets and ((m.group("unit") is not None
                                  and _FIELD_OPENS.fullmatch(text, sent_start, bench.start()) is not None) or labelled)
        if not targets and (colon or paired or m.group("word") or opens) \
                and (heading := ctx.subject_model(bench.start())
                     or (ctx.heading_model(bench.start()) if opens else None)) is not None:
            targets = [heading]
        elif not targets and paired and (heading := ctx.heading_model(bench.start())) is not None:
            targets = [heading]  # (a line of pairs alone under the model's heading: "MMLU 88.7 · GPQA 53.6")
        elif not targets and sent_start \
                and (told_alone or opens or figured or (paired and _pairs_open(ctx, benches, i, sent_start, runs))) \
                and (referred_to := ctx.referent(sent_start)) is not None:
            # (a sentence of a benchmark and its score alone, or one that pairs open, is about the model of the one
            # before, as a figure's: "On OSWorld, 61.4%."; "**月之暗面发布Kimi K2 Thinking**" over "万亿参数。HLE
            # （带工具）44.9%，BrowseComp 60.2%。" under "## 本周要闻")
            targets = [referred_to]
        if versus is not None and model is None and not referred:
            # "A matched B on AIME 2024 (79.8% vs. 79.2%)": the first score is the subject's, the second B's
            named = ctx.models_in(sent_start, bench.start())
            if len(named) == 1:  # ("It beats B on X (89.4 vs 85.5)": the pronoun's model, then B)
                named = [*_pronoun_models(ctx, sent_start, named[0].start)[-1:], *named]
            if not named:  # ("- HumanEval: 92.0% vs 90.2%" under "# A vs B")
                named = _versus_pair(ctx, bench.start())
            if len(named) < 2:
                continue
            # (the subject past a lead's model: "Built on DeepSeek-V3, R1 matched o1 on AIME 2024 (79.8% vs 79.2%)")
            opener = (ctx.not_compared(named[:-1], sent_start) or named)[0] if len(named) > 2 else named[0]
            other = named[-1]
            if len(named) == 2 and _compared_in_lead(ctx, sent_start) == named[0]:
                opener, other = named[1], named[0]  # ("对比A，B在X上是73.1%对74.9%": B's first, A's second)
            for target, score in ((opener, m.group("score")), (other, versus.group("score"))):
                ctx.add(records, BenchmarkRecord,
                    model=target.text, benchmark=bench.group("name"), score=_value(score),
                    unit=_unit(m.group("unit")), comparator="=",
                    prov=ctx.prov(target.start if target.start >= sent_start else bench.start(), versus.end()))
            continue
        figure_end = offset + (m.end("unit") if m.group("unit") else m.end("score"))
        if targets and (given := ctx.named_for(figure_end)) is not None and all(t.text != given.text for t in targets):
            continue  # (a score with a model alone in parentheses after it is that model's, which
            # _scores_with_models_after reads: "MMLU: 69.9 (Foo-2-Base)" on Foo-2-Chat's card is not Foo-2-Chat's)
        end = reported.end if reported is not None else for_model.end if for_model is not None else offset + m.end()
        scored = (i, targets)
        for target in targets:
            ctx.add(records, BenchmarkRecord,
                model=target.text, benchmark=bench.group("name"), score=_value(m.group("score")),
                unit=_unit(m.group("unit")), comparator=_comparator(m.group("cmp")),
                prov=ctx.prov(ctx.quote_start(min(target.start, bench.start()), bench.start()), end),
            )
        if targets and reported is None and (setting := match_at(_OTHER_SETTING, text, end)) is not None:
            # (its score in another setting, each glossed: "取得75.7%（低算力）和87.5%（高算力）")
            for target in targets:
                ctx.add(records, BenchmarkRecord,
                    model=target.text, benchmark=bench.group("name"), score=_value(setting.group("score")),
                    unit=_unit(setting.group("unit")), comparator="=",
                    prov=ctx.prov(ctx.quote_start(min(target.start, bench.start()), bench.start()),
                                  setting.end("unit") if setting.group("unit") else setting.end("score")),
                )
            end = setting.end()
        if targets and reported is None and _comparator(m.group("cmp")) == ">" \
                and (reached := match_at(_BOUND_THEN_SCORE, text, end)) is not None:
            # (the score itself after the threshold it broke: "得分首次突破80%，达到80.9%")
            for target in targets:
                ctx.add(records, BenchmarkRecord,
                    model=target.text, benchmark=bench.group("name"), score=_value(reached.group("score")),
                    unit=_unit(reached.group("unit")), comparator="=",
                    prov=ctx.prov(ctx.quote_start(min(target.start, bench.start()), bench.start()), reached.end()))
            end = reached.end()
        if targets:
            _other_scores(ctx, bench.group("name"), end, sent_end, colon, records, offset + m.start("score"))
    return records


# (or in English: "the first model to break 80% on SWE-bench Verified, at 80.9%")
_BOUND_THEN_SCORE = regex.compile(r"\s*[，,]\s*(?:(?:达到|达|为|至|升至)了?\s*|(?:at|with|scoring|reaching|hitting)\s+)"
                                  r"(?:(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|分)"
                                  # (a rating after a rating's bound: "to cross 1500 Elo on LMArena, at 1501")
                                  r"|(?P<score>\d,\d{3}|\d{4})(?![\d%]|\.\d))")


# "ArenaHard 91.0, AIME'24 80.4 and LiveCodeBench 62.6": names, each with a bare number after it, listed
# (not "MMLU 5-shot, GSM8K 8-shot"; past a setting in parentheses: "HLE（带工具）44.9%，BrowseComp 60.2%")
# (or a setting without parentheses: "AIME 2025 无工具 94.6%", "HLE no tools 24.8%")
_BARE_SETTING = rf"(?:无|不使用|不用|{_TOOL_VERBS})工具|(?i:with(?:out)?\s+tools|no\s+tools)"
# (or "at" before the number: "AIME25 at 87.8, LiveCodeBench at 68.7")
_BARE_SCORE = re.compile(rf"[ \t]*(?:(?:{_GLOSS}|{_BARE_SETTING})[ \t]*)?(?:at[ \t]+)?{_NUMBER}(?!\d|\.\d|[-A-Za-z])")


def _pair_end(text: str, bench: regex.Match[str]) -> int:
    """The end of the bare number right after the name `bench`, or -1."""
    number = match_at(_BARE_SCORE, text, bench.end())
    if number is None:
        return -1
    return number.end("unit") if number.group("unit") else number.end("score")  # (not the blanks after it)


# (or a dot or a semicolon between the pairs: "MMLU 88.7 · GPQA 53.6 · HumanEval 90.2"; a bar is a table's)
_PAIR_SEPARATOR = regex.compile(rf"{ITEM_SEPARATOR}|\s*[·•;；|｜]\s*")  # ("Foo-3: MMLU 88.7 | GSM8K 92.1")


def _joined(text: str, first: regex.Match[str], second: regex.Match[str]) -> bool:
    """Whether the name `first` and its number are listed right before `second` and its number."""
    end = _pair_end(text, first)
    sep = match_at(_PAIR_SEPARATOR, text, end) if end != -1 else None
    return sep is not None and sep.end() == second.start() and _pair_end(text, second) != -1


def _run_start(text: str, benches: list[regex.Match[str]], i: int, known: dict[int, int]) -> int:
    """The index of the first pair of the run of pairs the i-th name is in (`known`: those found before, for each
    index of their runs: a long run read back from each of its names was quadratic in its length)."""
    start = i
    while start > 0 and start not in known and _joined(text, benches[start - 1], benches[start]):
        start -= 1
    start = known.get(start, start)
    for k in range(start, i + 1):
        known[k] = start
    return start


def _paired(text: str, benches: list[regex.Match[str]], i: int) -> bool:
    """Whether the i-th name and the number after it are listed with another such pair, next to them."""
    return (i + 1 < len(benches) and _joined(text, benches[i], benches[i + 1])) or (
        i > 0 and _joined(text, benches[i - 1], benches[i]))


# (a model's name and its colon before a name and its number: "Foo-3: SWE-bench Verified 73.1", "Foo-3：MMLU 88.7"
# (normalization blanks its bold: "**Foo-3**: …"); or a word for a score, "…出来了，跑分SWE-bench Verified 73.1")
_MODEL_LABEL = regex.compile(r"[ \t]*[:：][ \t]*")
_SCORE_NOUN_BEFORE = re.compile(rf"(?:{_ZH_SCORE_NOUN})[ \t]*$")
_LABEL_REACH = 120  # characters before the benchmark's name


def _labelled_by_model(ctx: DocContext, pos: int) -> bool:
    """Whether the benchmark's name at `pos` follows a model's name and its colon, or a word for a score after the
    model named in its sentence."""
    text = ctx.text
    # (the models looked for in a bounded window: a line of many, each of its names read, was quadratic)
    if _SCORE_NOUN_BEFORE.search(text, max(0, pos - 6), pos) is not None:
        return bool(ctx.models_in(max(ctx.sentence(pos)[0], pos - _LABEL_REACH), pos))
    return text[max(0, pos - 2) : pos].strip()[-1:] in (":", "：") and bool(
        (named := ctx.models_in(max(ctx.line_start(pos), pos - _LABEL_REACH), pos))
        and _MODEL_LABEL.fullmatch(text, named[-1].end, pos))


# What a model is built on, after it ("Foo-3 is built on Bar-2 and scores 85.0 on MMLU-Pro", "Foo-3, which builds on
# Bar-2, scores …"): the base scores nothing in its sentence but in a clause of its own (a relative clause after it)
_BUILT_ON = regex.compile(r"(?:\b(?:built|based|builds|fine-?tuned)\s+(?:up)?on"
                          r"|\b(?:distilled|derived|fine-?tuned)\s+from|基于)\s*$", regex.I)
_BUILT_REACH = 20  # characters before the base's name
_EXPERIMENTED_ON = regex.compile(r"[ \t]*(?:等模型|模型)?上(?:进行|开展|做)了?(?:大量的?)?(?:实验|测试|验证|评估)")


def _subject_models(ctx: DocContext, pos: int, sent_start: int) -> list[ModelMention]:
    """The models a score in this sentence belongs to: the last one before it, with those
    coordinated with it ("Claude Sonnet 4.5与Haiku 4.5"); in a sentence that goes on after a
    semicolon, those of the part before it ("GLM-4.5得分64.2%；在BrowseComp上的准确率为26.4%"), the
    ones scored there ("A得分81.5，超越B；在Y中得分70.7" is A's)."""
    named = ctx.named_before(pos, sent_start)
    if (relative := ctx.relative_owner(named, pos)) is not None:
        return [relative]
    before = ctx.not_offered(ctx.not_counted_from(ctx.not_compared(named, sent_start), sent_start), sent_start)
    if len(before) > 1 and _BUILT_ON.search(ctx.text, max(before[-2].end, before[-1].start - _BUILT_REACH),
                                            before[-1].start) is not None:
        before = before[:-1]
    if before and _EXPERIMENTED_ON.match(ctx.text, before[-1].end) is not None \
            and ctx.text[max(sent_start, before[-1].start - 2) : before[-1].start].rstrip().endswith("在"):
        before = before[:-1]  # (what a method was tried on: "我们在Qwen2.5-7B上进行实验，在LongBench上的平均得分…")
    for start, end in [] if before else ctx.parts_before(sent_start):  # (over parts without a model)
        scored = _SCORE_WORD.search(ctx.text, start, end)
        before = ctx.not_compared([m for m in ctx.models_in(start, end) if m.end <= end], start)
        if scored is not None and any(m.end <= scored.start() for m in before):
            before = [m for m in before if m.end <= scored.start()]
        if before:
            break
    found = ctx.last_listed(before, _COORDINATION)  # (no comma: "Compared with A, B scored …" is B's)
    return [] if len(found) == 1 and ctx.possessed_under_pronoun(found[0], sent_start) else found


# A score's spread after it, as papers give it ("68.4 ± 0.3 on MMLU", "42.1 +/- 1.2"): the mean is the score
_SPREAD = r"(?:(?:±|\+/-)\s*\d{1,3}(?:\.\d+)?\s*%?\s*)?"
_MORE_THAN_EN = r"over|above|more\s+than"  # (the words of a score's lower bound, before it)
_SCORE_THEN_BENCH = regex.compile(
    # ("80.4% accuracy on MATH", "79.8% Pass@1 on AIME 2024")
    # (the stem read; a threshold broken is passed: "the first model to break 80% on SWE-bench Verified")
    rf"(?:(?P<cmp>≥|>=|>|{_MORE_THAN_EN})|(?P<cmp>exceed|surpass|break|broke|cross|top)(?:es|ed|ing|s|n|ped|ping)?)?\s*"
    # ("a 90.2% pass rate on HumanEval")
    rf"(?P<score>\d{{1,4}}(?:\.\d+)?)\s*(?P<unit>%|(?i:percent|per\s+cent)\b|分|points?)\s*{_SPREAD}"
    rf"(?:(?:accuracy|score|{_METRIC}|(?:pass|success|resolve|solve|win)\s+rate)\s+)?"  # ("a 76.3% score on B")
    # ("51.7% on the competition-level MATH"; an edition's year before the name: "49.4% on the 2025 USAMO")
    r"(?:on|in|at|在)\s*(?:the\s+(?:[a-z][a-z-]{2,20}\s+|(?P<edition>(?:19|20)\d\d)\s+)?)?$"
    # a bare number after a verb of scoring: "achieves 88.6 on MMLU", "reaches 82.3 on MMLU", "reported 80.4 on MATH"
    # ("achieved a state-of-the-art 90.0 on MMLU", "posted a record 71.2 on GPQA")
    # ("…, with 84.2 on MMLU and 37.9 on GPQA")
    # (or where it places: "lags at 73.9 on GPQA Diamond", "sits at 71.1 on …")
    # ("state-of-the-art results, including 88.1 on MMLU")
    # (or after a copula: "Its score is 1501 on LMArena")
    rf"|(?:{_EN_SCORE_VERB}|reported|with|including|{_EN_PLACED}|(?:{_HOLDS})(?=\s+{_A_SCORE_OF})"
    r"|(?:score|number|result|rating)\s+(?:is|was|stands\s+at))\s+"
    # ("posts a 60.2 on BrowseComp"; "has a score of 71.2 on MMLU")
    rf"(?:{_A_SCORE_OF}\s+|an?\s+(?:(?:new\s+)?(?:state-of-the-art|record|best|top|perfect)\s+)?)?"
    rf"(?P<cmp>{_MORE_THAN_EN}|≥|>=)?\s*"  # ("posts ≥85 on GPQA Diamond")
    # (the `regex` module allows a name twice; a metric after the score: "scored 65.9 pass@1 on LiveCodeBench")
    # (past its setting in parentheses: "achieves 88.1 (5-shot) on MMLU")
    rf"(?:(?P<score>\d{{1,4}}(?:\.\d+)?)\s+{_SPREAD}(?:{_GLOSS}\s+)?(?:{_METRIC}\s+)?(?:on|in)"
    # (or out of the full marks: "scored 35 out of 42 at IMO 2025", "35/42 on IMO 2025")
    r"|(?P<score>\d{1,4}(?:\.\d+)?)(?:[ \t]*/[ \t]*|\s+out\s+of\s+)\d{1,4}\s+(?:on|in|at))\s+"
    r"(?:the\s+(?P<edition>(?:19|20)\d\d)\s+|the\s+)?$"
    # or after a word for the results and its colon: "On benchmarks: 84.2 on MMLU-Pro, …"
    # ("Benchmarks from the blog: 87.8 on AIME25")
    rf"|{RESULTS_WORD}{RESULTS_FROM}\s*[:：]\s*(?P<score>\d{{1,4}}(?:\.\d+)?)\s+(?:on|in)\s+"
    r"(?:the\s+)?$"
    # an arena's rating: "claiming an Elo of 1402 on LMArena", "reached 1250 Elo on LMArena"
    r"|\b(?:an?\s+)?Elo(?:\s+(?:score|rating))?\s+of\s+(?P<score>\d,\d{3}|\d{3,4})\s+(?:on|in)\s+(?:the\s+)?$"
    # ("scores more than 2,000 Elo on Codeforces", "has 1501 Elo on LMArena")
    # (or where it comes to rest: "lands at 1501 Elo on LMArena"; not all of _EN_PLACED, which cost this pattern 15 %)
    rf"|(?:{_EN_SCORE_VERB}|reported|claim(?:s|ed)|{_HOLDS}|land(?:s|ed)?\s+at|clock(?:s|ed)?\s+in\s+at)\s+"
    rf"(?:{_A_SCORE_OF}\s+)?(?:(?P<cmp>{_MORE_THAN_EN})\s+)?"  # ("achieved a score of 1501 Elo on LMArena")
    r"(?P<score>\d,\d{3}|\d{3,4})\s+Elo\s+(?:on|in)\s+(?:the\s+)?$"
    # (a rating it broke: "the first model to cross 1500 Elo on LMArena")
    r"|\b(?P<cmp>exceed|surpass|break|broke|cross|top)(?:es|ed|ing|s|n|ped|ping)?\s+(?P<score>\d,\d{3}|\d{4})\s+Elo"
    r"\s+(?:on|in)\s+(?:the\s+)?$"
    # (a high it set: "sets a new high of 1501 on LMArena", "a record of 45.1% on HLE")
    r"|\b(?:new\s+)?(?:high|record|best|peak)\s+of\s+(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%)?\s+(?:on|in)\s+(?:the\s+)?$"
    # (the share of its tasks solved: "resolves 77.2% of SWE-bench Verified tasks", "answers 91.9% of GPQA Diamond")
    r"|(?:resolv|solv|answer|pass|complet|fix)(?:es|ed|ing|s)?\s+(?P<score>\d{1,3}(?:\.\d+)?)\s*"
    r"(?P<unit>%|(?i:percent|per\s+cent)\b)\s+of\s+(?:the\s+)?$"
    # (or the share of them it wins or ties on: "beats or ties professionals on 70.9% of GDPval tasks"; the noun for
    # its items after the name, see _SHARE_OF_ITEMS)
    r"|\bon\s+(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<unit>%)\s+of\s+(?:the\s+)?(?P<shareon>)$"
    # "以80.4%的成绩登顶MATH榜单", "以95.1分位居C-Eval榜首"
    # ("以1501的Elo评分登顶LMArena")
    r"|以\s*(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|分)?\s*(?:的?(?:Elo\s*)?(?:成绩|得分|分数|评分|准确率)[^，。,;；\n\d]{0,6}"
    rf"|(?:{_RANK_WON_ZH})[^，。,;；\n\d]{{0,4}})$"
    # (or its score before it, the name then its word: "以88.1的MMLU成绩位居第一")
    r"|以\s*(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|分)?\s*的\s*$"
    # "outperforming Llama 2 13B (54.8 on MMLU)": in parentheses right after a model, that model's
    # (`paren`: a score that the model right before it owns)
    r"|(?P<paren>[(（])\s*(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|(?i:percent|per\s+cent)\b|分|points?)?\s*(?:on|in|在)\s+(?:the\s+)?$"
    # (or its decimal score and the name alone, which closes them: "outperforming Llama 2 13B (54.8 MMLU)")
    r"|(?P<paren>[(（])\s*(?P<score>\d{1,3}\.\d+)\s*(?P<unit>%)?[ \t]+(?P<opened>)$"
    # "Qwen2.5-72B — 86.1 (MMLU)", "**GPT-4o**: 88.7% (MMLU)": a leaderboard's line, the model's too
    # (an arena's rating too: "Gemini 3 Pro: 1501 Elo (LMArena)")
    r"|(?P<paren>\**(?:\s*[—–:：]|\s--?\s))\s*(?P<score>\d{1,4}(?:\.\d+)?)\s*"
    r"(?P<unit>%|(?i:percent|per\s+cent)\b|分|points?|Elo(?![A-Za-z]))?\s*[(（]\s*$"
    # (or right after the model, a decimal: "Scores: Foo-4 92.1 (MMLU), 88.0 (GPQA)")
    r"|(?P<paren>[ \t])(?P<score>\d{1,3}\.\d+)[ \t]*(?P<unit>%)?[ \t]*(?P<opened>[(（])[ \t]*$"
    # (or its bare number "on" the name: "We also re-ran Llama 3.3 70B: 86.0 on MMLU", "A: 1501 Elo on LMArena")
    r"|(?P<paren>\**(?:\s*[—–:：]|\s--?\s))\s*(?P<score>\d{1,4}(?:\.\d+)?)(?:\s+(?P<unit>Elo))?\s+(?:on|in)\s+(?:the\s+)?$"
    # a decimal score that opens its sentence, the subject left out: "July update of Foo-3. 92.3 on AIME 2025."
    # (or an item of a list of figures: "355B MoE, 200k ctx, 68.0 on SWE-bench Verified")
    # (or an item of a list under it: "Today we release Foo-3." / "- 71.2 on LiveCodeBench")
    rf"|(?<=(?:^|\n)[ \t]*(?:{BULLET_CLASS}[ \t]+)?|(?:[.!?。,;]\s{{1,3}}|[，；、])[ \t]*)"
    r"(?P<score>\d{1,3}\.\d+)\s*(?P<unit>%)?\s+on\s+(?:the\s+)?$"
    # "128K context, 88.7% MMLU": a percentage right before the name, in a list of figures (_FIGURE_ENDS after it)
    # (or a decimal after a verb of scoring: "Foo-7B scores 64.1 MMLU and 38.2 GSM8K")
    # ("posted a state-of-the-art 86.8 MMLU")
    rf"|(?:{_EN_SCORE_VERB})\s+(?:an?\s+(?:(?:new\s+)?(?:state-of-the-art|record|best|top|perfect)\s+)?)?(?P<bare>)"
    r"(?P<score>\d{1,3}\.\d+)[ \t]+$"
    # (or a decimal as an item of such a list: "1T params, 256k ctx, 60.2 BrowseComp")
    # (its digits first, the mark before them looked behind only there)
    # (or after a model's colon, or a slash between the list's items: "Foo-3: 88.1 MMLU / 92.3 GSM8K")
    r"|(?P<bare>)(?P<score>\d{1,3}\.\d+)(?<=(?:[,;:/—–]\s{1,3}|[，；、：])\d{1,3}\.\d+)[ \t]+$"
    r"|(?<![\d.])(?P<bare>)(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<unit>%)[ \t]+$"
    # (or an arena's rating, its word after the name: "(1M context, 1501 LMArena Elo)"; or an arena's name that ends
    # the item: "91.9% GPQA Diamond, 1501 LMArena")
    r"|(?<![\d.,])(?P<elo>)(?P<score>1\d{3})[ \t]+$"
    # "scores 82.0 (MMLU)": the name in parentheses after the score, a verb of scoring before it (the name must close
    # them: _OPENED)
    rf"|(?:{_EN_SCORE_VERB})\s+(?P<score>\d{{1,4}}(?:\.\d+)?)\s*(?P<unit>%)?\s*(?P<opened>[(（])\s*$",
    regex.I,
)
# (a full stop: the list's end; or the word for what the figure is: "with a 77.9% SWE-bench Verified score")
# (past its setting: "44.9 HLE w/ tools, 60.2 BrowseComp")
# (past its gloss: "64.1 MMLU (5-shot) and 38.2 GSM8K")
_FIGURE_ENDS = re.compile(rf"(?:[ \t]+(?:{_SETTING}|(?i:w/o?[ \t]*tools?\b)))?(?:[ \t]*{_GLOSS})?"
                          # (or when it was posted: "posted a state-of-the-art 86.8 MMLU at launch")
                          r"[ \t]*(?:[,;，；、)）|。/]|\.(?!\d)|$|\n|and\s|和|score\b|result\b|(?:at|in|upon|when)\s)")
_ELO_AFTER = regex.compile(r"[ \t]+Elo\b")
# ("Microsoft reported 80.4 on MATH for Phi-4"; "I got 71.2% on HumanEval with A")
_FOR_MODEL = re.compile(r"\s+(?:for|with)\s+")


def _model_for(ctx: DocContext, pos: int) -> ModelMention | None:
    """The model "for" or "with" names right after a score ending at `pos`, past its maker's possessive (a blank
    after the score tested first: Chinese scores have none)."""
    if not ctx.text[pos : pos + 1].isspace() or (named := match_at(_FOR_MODEL, ctx.text, pos)) is None:
        return None
    return ctx.model_at(_past_owner(ctx, named.end()))
# Between a score's benchmark and the next benchmark of its list: ", 91.3 on " (the score before it)
_NEXT_SCORE_ON = regex.compile(  # (past the benchmark's setting: "82.0 on MMLU (5-shot) and 81.7 on HumanEval")
    # (a contrast: "88.7 on MMLU, but only 53.6 on GPQA Diamond")
    rf"\s*(?:(?:{_GLOSS}|{_SETTING})\s*)?(?:,\s*(?:and\s+|but\s+(?:only\s+|just\s+)?)?|\s+and\s+|[、，]|和|及)\s*"
    # (or a rating: "91.9% on GPQA Diamond and 1501 Elo on LMArena")
    r"(?P<cmp>)(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|(?i:percent|per\s+cent)\b|分|points?|Elo(?![A-Za-z]))?"
    rf"\s*{_SPREAD}(?:{_METRIC}\s+)?(?:on|in|在)\s*(?:the\s+)?"  # ("and 74.1 pass@1 on …")
    # (or in parentheses after it, as the score before it was: "82.0 (MMLU) and 68.3 (HumanEval+)")
    r"|[)）]?\s*(?:,\s*(?:and\s+)?|\s+and\s+|[、，]|和|及)\s*(?P<cmp>)(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%)?\s*"
    r"(?P<opened>[(（])\s*"
    # (or as bare as the score before it: "scores 64.1 MMLU and 38.2 GSM8K", a list of figures after it; past the
    # setting or the gloss of the one before: "64.1 MMLU without tools and 38.2 GSM8K")
    rf"|\s*(?:(?:{_GLOSS}|{_SETTING})\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|[、，]|和|及)\s*(?P<cmp>)(?P<bare>)(?P<score>\d{{1,3}}(?:\.\d+)?)\s*(?P<unit>%)?"
    r"[ \t]+", regex.I)
_CLOSES = (")", "）")
_OPENS = ("(", "（")
# (what a parenthesis after no model may be the score of, the sentence's subject not: an object of comparison)
# (a comparison's Chinese verbs, before its object; the press's words for a win too)
_BEAT_ZH = ("超过", "超越", "击败", "胜过", "优于", "领先", "力压", "碾压", "吊打", "完胜")
_BEAT_EN = ("beat", "outperform", "surpass", "overt", "outscor")  # (and the English ones' stems)
_OTHERS_ASIDE = regex.compile(rf"(?i:{'|'.join(_BEAT_EN)}|\bout\b|ahead|\bthan\b|\bvs\b|versus"
                              r"|previous|prior\b|baseline|predecessor|rival|competitor|human)"
                              rf"|{'|'.join(_BEAT_ZH)}|此前|前代|上一代|对手|人类")
_DIGIT = re.compile(r"\d")


# A sentence of a line about a model that opens with its verb ("- **Foo-4**: 400B total. Beats B on most benchmarks,
# with an Elo of 1417 on LMArena"): the line's model is its subject
_SUBJECT_ELIDED = regex.compile(  # (or "Claimed 81% on MMLU.")
    rf"\s*(?:{_EN_SCORE_VERB}|(?:beat|outperform|top|lead|match|rank|surpass)s|claim(?:s|ed))\b", regex.I)


# (a pronoun inside the sentence that scored: "On GPQA it scored 59.4%, and 92.0% on HumanEval")
_IT_SCORED = regex.compile(rf"\bit\s+(?:{_EN_SCORE_VERB})\b")
_SHARE_OF_ITEMS = re.compile(r"[ \t]+(?:tasks|problems|questions|prompts|issues|cases|comparisons|matchups)\b")
# (a score set against the next right before it: "A scores 91.9% vs B's 88.1%", "73.1% vs 74.9% on X", "73.1%对74.9%")
_VERSUS_LEAD = re.compile(rf"{_NUMBER}(?:\s+(?:vs\.?|versus|against|compared\s+(?:with|to))\s+|\s*对\s*)$", re.I)


def _score_before_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    """ "scored 86.8% on MMLU and 84.9% on HumanEval": the score comes first."""
    records: list[BenchmarkRecord] = []
    text = ctx.text
    chain: tuple[int, list[ModelMention]] | None = None  # (where the last score's benchmark ends, its models)
    for i, bench in enumerate(benches):
        sent_start, sent_end = ctx.sentence(bench.start())
        lo = max(sent_start, bench.start() - 40)
        # (each of its forms holds a score's digit: a name with none before it, most, is settled in C)
        m = _SCORE_THEN_BENCH.search(text, lo, bench.start()) if _DIGIT.search(text, lo, bench.start()) else None
        # "scoring 84.1 on MMLU and 91.3 on GSM8K": the next score of a list, the same models'
        listed = chain if chain is not None and chain[0] >= sent_start and (
            m is None or _NEXT_SCORE_ON.fullmatch(text, chain[0], bench.start()) is not None) else None
        if m is None and listed is not None \
                and _SEPARATOR.fullmatch(text, listed[0], bench.start()) is not None \
                and text.startswith(" at ", bench.end()) \
                and (at := match_at(_BARE_SCORE, text, bench.end())) is not None \
                and match_at(_FIGURE_ENDS, text, at.end()) is not None and not _paired(text, benches, i):
            # ("scores 87.8 on AIME25 and LiveCodeBench at 68.7": the next of a list, its score after its name at "at";
            # more such pairs after it are _inline_scores')
            for target in listed[1]:
                ctx.add(records, BenchmarkRecord, model=target.text, benchmark=bench.group("name"),
                        score=_value(at.group("score")), unit=_unit(at.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(min(target.start, bench.start()), bench.start()), at.end()))
            chain = (at.end(), listed[1])
            continue
        chain = None
        if listed is not None:
            m = _NEXT_SCORE_ON.fullmatch(text, listed[0], bench.start())
        elif m is not None and m.group("paren") in _OPENS and ctx.model_next_to(m.start(), sent_start) is None:
            # (a parenthesis after no model: the subject's score, "Foo-3 leads on math (96.7% on AIME 2024)"; not after
            # another's, "outperforming … the previous best (60.1% on MMLU)")
            m = None if _OTHERS_ASIDE.search(text, sent_start, m.start()) is not None \
                else _SCORE_THEN_BENCH.search(text, m.start("score"), bench.start())
        if m is not None and m.groupdict().get("shareon") is not None \
                and match_at(_SHARE_OF_ITEMS, text, bench.end()) is None:
            m = None  # ("on 70.9% of GDPval tasks"; not "trained on 30% of the Pile")
        if m is None or _GAIN_BEFORE.search(text[max(sent_start, m.start("score") - 4) : m.start("score")]) \
                or (m.group("bare") is not None and not match_at(_FIGURE_ENDS, text, bench.end())) \
                or (m.re is _SCORE_THEN_BENCH and m.group("elo") is not None
                    and not match_at(_ELO_AFTER, text, bench.end())
                    and not ("arena" in bench.group("name").lower() and match_at(_FIGURE_ENDS, text, bench.end()))) \
                or (m.group("opened") is not None
                    and not contains_any(text, _CLOSES, bench.end("name"), bench.end("name") + 2)):
            continue
        before = text[max(sent_start, m.start() - 12) : m.start()]
        if _GAIN_WORD_BEFORE.search(before):
            continue
        paren = listed is None and m.group("paren") is not None
        owner = ctx.model_next_to(m.start(), sent_start) if paren else None
        if paren and owner is None:
            continue  # ("the previous best (54.8 on MMLU)": no model of its own)
        if owner is not None and m.group("paren")[-1:] not in ("(", "（") and not ctx.not_compared([owner], sent_start):
            owner = None  # (a label that a comparison takes as its object: "Foo-3 matches Bar-2: 85.0 on …" is Foo-3's;
            # not a parenthesis after it, "outperforming B (58.3 on MATH)", B's)
        targets = listed[1] if listed is not None else [owner] if owner is not None else \
            _subject_models(ctx, m.start(), sent_start) or _pronoun_models(ctx, sent_start, m.start())
        elided = not targets and match_at(_SUBJECT_ELIDED, text, sent_start) is not None
        if elided and (head := ctx.subject_model(sent_start)) is not None and head.end <= sent_start:
            targets = [head]
        elif not targets and (elided or ctx.opens_with_figure(sent_start)
                              # ("92.3 on AIME 2025.", a list's item "- 71.2 on LiveCodeBench")
                              or _ITEM_LEAD.fullmatch(text, sent_start, m.start("score")) is not None
                              or _IT_SCORED.search(text, sent_start, m.start("score"))
                              or RESULTS_LEAD.match(text, sent_start, m.start("score"))) \
                and (referred := ctx.referent(sent_start)):
            # ("GPT-4o mini is here! 82% on MMLU, 87% on MGSM, …", "On GPQA it scored 59.4%, and 92.0% on HumanEval";
            # "Foo-3 is out. Claimed 81% on MMLU.": the subject left out, the sentence before's)
            targets = [referred]
        elif not targets and _WITH_OPENS.fullmatch(text, sent_start, m.start("score")) is not None \
                and (comma := text.find(",", bench.end(), sent_end)) != -1 \
                and (heads := ctx.models_in(comma, comma + 3)) and not text[comma + 1 : heads[0].start].strip():
            targets = heads[:1]  # (a lead clause of the score, its subject after it: "With 37.5% on HLE, Foo-3 leads")
        chain = (bench.end(), targets) if targets else None
        end = bench.end()
        # (its edition's year written before it: "49.4% on the 2025 USAMO" is USAMO 2025's)
        name = f"{bench.group('name')} {edition}" if (edition := m.groupdict().get("edition")) else bench.group("name")
        if listed is None and len(targets) == 1 and targets[0].end <= m.start() \
                and (lead := _VERSUS_LEAD.search(text, max(sent_start, targets[0].start - 24), targets[0].start)):
            # (the subject's score set against it before: "A scores 91.9% vs B's 88.1% on GPQA Diamond")
            for target in _subject_models(ctx, lead.start(), sent_start):
                ctx.add(records, BenchmarkRecord,
                        model=target.text, benchmark=name, score=_value(lead.group("score")),
                        unit=_unit(lead.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(min(target.start, lead.start()), lead.start()), end))
        if not targets and (model := _model_for(ctx, end)) is not None:
            targets, end = [model], model.end
        if listed is None and len(targets) == 1 and targets[0].end <= m.start() \
                and (first := _VERSUS_LEAD.search(text, max(targets[0].end, m.start("score") - 24),
                                                  m.start("score"))) is not None:
            # ("Compared with A, B scores 73.1% vs 74.9% on X": the subject's score first, the other, the lead's
            # model's, after it; no lead, no one's)
            pairs: list[tuple[ModelMention, re.Match[str] | regex.Match[str]]] = [(targets[0], first)]
            if (other := _compared_in_lead(ctx, sent_start)) is not None and other.end <= targets[0].start:
                pairs.append((other, m))
            for target, said in pairs:
                ctx.add(records, BenchmarkRecord, model=target.text, benchmark=name, score=_value(said.group("score")),
                        unit=_unit(said.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(min(target.start, first.start()), first.start()), end))
            continue
        for target in targets:
            ctx.add(
                records, BenchmarkRecord,
                model=target.text, benchmark=name, score=_value(m.group("score")),
                unit=_unit(m.group("unit")),
                comparator=_comparator(m.group("cmp")),
                prov=ctx.prov(ctx.quote_start(min(target.start, m.start()), m.start()), end),
            )
        if targets and _comparator(m.group("cmp")) == ">" and (reached := match_at(_BOUND_THEN_SCORE, text, end)) \
                and (reached.group("unit") or not m.group("unit")):  # (a rating's bare after a bare bound only)
            for target in targets:  # (the score itself after the threshold it broke: "to break 80% on …, at 80.9%")
                ctx.add(records, BenchmarkRecord, model=target.text, benchmark=name,
                        score=_value(reached.group("score")), unit=_unit(reached.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(min(target.start, m.start()), m.start()), reached.end()))
            end = reached.end()
        if targets and (setting := match_at(_SETTING_SCORE_EN, text, end)) is not None:
            for target in targets:  # (its score in another setting after the name: "…, rising to 41.0% with tools")
                ctx.add(records, BenchmarkRecord, model=target.text, benchmark=name,
                        score=_value(setting.group("score")), unit=_unit(setting.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(min(target.start, m.start()), m.start()), setting.end("score")))
        if targets:  # (past the model "for"/"with" took: "… 80.4 on MATH for Phi-4, vs 75.2 for B")
            # (and past the benchmark's items: "resolves 77.2% of SWE-bench Verified tasks, while B manages 69.2%")
            end = items.end() if (items := match_at(_TASK_ITEMS, text, end)) is not None else end
            _other_scores(ctx, name, end, sent_end, False, records, m.start("score"))
    return records


# A second score of the same test in another setting, after its name: "scored 37.5% on HLE and 41.0% with tools", "…,
# rising to 41.0% in Deep Think mode" (not another test's, "and 41.0% on GPQA", nor a year's)
# (past the first score's own setting: "37.5% on HLE without tools and 45.8% with search", "without tools, 45.8% with")
_SETTING_SCORE_EN = regex.compile(rf"(?:\s+{_SETTING}(?:,\s*(?:and\s+)?|\s+and\s+)"
                                  r"|(?:,\s*|\s+)(?:and|or|rising\s+to|climbing\s+to|jumping\s+to|reaching)\s+)"
                                  r"(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<unit>%)?\s+"
                                  r"(?:with|using|in\s+(?:[\w-]+\s+){1,3}?mode\b)")
_WITH_OPENS = regex.compile(r"[ \t>*_-]*[Ww]ith\s+")
_ITEM_LEAD = regex.compile(ITEM_LEAD)
_TASK_ITEMS = re.compile(r"[ \t]+(?:tasks|questions|problems|issues|instances|challenges|items)\b")


# A Chinese clause that opens with where the score is, its subject left out (the sentence before's)
_ZERO_SUBJECT = re.compile(rf"\s*(?P<item>{BULLET_CLASS}[ \t]+|\d{{1,2}}[.)、][ \t]*)?"
                           r"(?:(?:其中|此外|另外|同时|而|并且?|此外还|实测|经测试|测试中)\s*[，,]?\s*)?(?P<on>在\s*)?")
# (or with the benchmark itself, the word for its score and its number after it: "AIME 25得分93.9", "MMLU-Pro是81.2")
_SCORE_NOUNS = ("得分", "成绩", "准确率", "正确率", "通过率", "分数", "评分", "总分", "综合得分", "平均分", "是", "为")
# "据介绍，该模型…", "In tests, it…"; where it was scored ("在SWE-bench Verified上它拿到了64.2%",
# "On SWE-bench Verified, it scores …")
_LEAD_IN = re.compile(r"[^，,。\n]{1,8}[，,]|在[^，,。；;\n]{1,30}?[上中][，,]?|(?:[OI]n|By|For)\s[^,.;\n]{1,30}?,")


def _pronoun_models(ctx: DocContext, sent_start: int, pos: int) -> list[ModelMention]:
    """ "The model scored 86.8% on MMLU", "据介绍，该模型…得分79.5": the subject is the last model of
    the sentence before (the pronoun opens the sentence, or follows a short lead-in)."""
    if sent_start == 0:
        return []
    lead_in = match_at(_LEAD_IN, ctx.text, sent_start, 10)
    subject = lead_in.end() if lead_in is not None and lead_in.end() < pos else sent_start
    # (or after a longer clause that leads it: "Compared with B, it scores …")
    if not match_at(SUBJECT_PRONOUN, ctx.text, subject) and not ctx.opens_with_pronoun(sent_start):
        return []
    sized = ctx.sized_referent(sent_start)  # ("The 405B model scores …": the model of that size named before)
    if sized is not None:
        return [sized]
    # (the models of the sentence before, coordinated; else, back over sentences a pronoun opens too, the one the
    # context's pronouns refer to: "Foo-3 came out. The largest version has 27B. It beats …")
    # (not one the sentence before looks back to, when this one opens with the new model: "…曾发布Foo-2。新版模型…")
    previous = ctx.previous_sentence(sent_start)
    found = [] if ctx.opens_new(sent_start) and ctx.looks_back(previous, sent_start) \
        else ctx.listed_family(_subject_models(ctx, sent_start, previous), ctx.previous_sentence(previous))
    return found or [model for model in (ctx.referent(sent_start),) if model is not None]


# "…在MMLU、GSM8K和HumanEval上分别取得88.5%、89.3%和65.2%的成绩", "A and B scored 88.7% and 88.3% on
# MMLU, respectively": lists of benchmarks, models and scores, paired in order.
_SCORES = rf"{_NUMBER}(?:{ITEM_SEPARATOR}{_NUMBER})+"
_SCORE_LIST = regex.compile(_SCORES)
_ONE_SCORE = regex.compile(_NUMBER)
# ("分别得分80.1%和78.5%", "依次为")
_EACH_ZH = regex.compile(rf"(?:分别|依次)(?:为|是|(?:{_ZH_SCORE_VERB}|达到)了?|达|得分为?)?\s*")
# (the same with 分别 left out, as many scores as the models listed before: "A和B在X上的得分为72.5%和72.7%")
_SAID_LIST_ZH = regex.compile(rf"{_TEST_WORD}?[上中]?(?:的)?(?:(?:{_ZH_SCORE_NOUN})\s*(?:为|是|达到?)?"
                              rf"|(?:为|是|(?:{_ZH_SCORE_VERB}|达到)了?|达))\s*(?={_SCORES})")
_BEFORE_EACH_ZH = regex.compile(rf"\s*{_TEST_WORD}?(?:上|中)?(?:的)?(?:{_ZH_SCORE_NOUN})?\s*$")
_EACH_EN = regex.compile(rf"{_EN_SCORE_VERB}\s+(?:scores\s+of\s+)?", regex.I)
_ON_AFTER = regex.compile(r"\s+(?:on|in)\s+(?:the\s+)?")
_RESPECTIVELY = regex.compile(r",?\s+respectively\b")
_SCORES_AT = regex.compile(rf"\s+(?:at|with)\s+{_SCORES}(?:,?\s+respectively\b)?")  # ("led X at 72.5% and 72.7%")


# "在MMMU上，A、B和C的得分分别为…", "在MathVista上，三者分别为…", "GPQA方面，三者分别为…" (the models the
# sentence before listed)
_EACH_AFTER_MODELS = regex.compile(
    rf"(?:上|中|方面)?\s*[,，]?(?P<subject>)[^。；;\n]*?(?P<each>{_EACH_ZH.pattern})(?={_NUMBER})")


def _bench_run(ctx: DocContext, benches: list[regex.Match[str]], i: int) -> list[regex.Match[str]]:
    """The benchmarks listed together that end with benches[i] ("MMLU、GSM8K和HumanEval")."""
    run = [benches[i]]
    while i > 0 and _SEPARATOR.fullmatch(ctx.text, benches[i - 1].end(), run[0].start()):
        i -= 1
        run.insert(0, benches[i])
    return run


def _respective_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> tuple[list[BenchmarkRecord], set[int]]:
    """Scores given respectively; the benchmarks they used (their starts), which no other reading takes."""
    text = ctx.text
    records: list[BenchmarkRecord] = []
    used: set[int] = set()
    before: tuple[list[ModelMention], int] = ([], -1)  # (the models of the last scores given so, and where they end)
    for i, bench in enumerate(benches):
        each: regex.Match[str] | re.Match[str] | None = _EACH_ZH.search(text, bench.end(),
                                                                         min(len(text), bench.end() + 16))
        respectively = each is None and match_at(_RESPECTIVELY, text, bench.end()) is not None
        if each is not None and not _BEFORE_EACH_ZH.match(text, bench.end(), each.start()):
            each = None  # (words between: "在MathVista上，三者分别为…")
        said_list = each is None and not respectively \
            and (each := match_at(_SAID_LIST_ZH, text, bench.end())) is not None  # (分别 left out: one each)
        reach = bench.end() + 120
        # (its words looked for first: the pattern's lazy run before two of them is tried at every character)
        named = None if each is not None or respectively or (text.find("分别", bench.end(), reach) == -1
                                                             and text.find("依次", bench.end(), reach) == -1) \
            else _EACH_AFTER_MODELS.match(text, bench.end(), reach)
        if named is not None and i + 1 < len(benches) and benches[i + 1].start() < named.start("each"):
            named = None  # (another benchmark's models and scores)
        # (English, the word left out: as many scores as the models listed before, "A and B scored 72.5% and 72.7% on
        # X", "A and B led X at 72.5% and 72.7%")
        after = match_at(_SCORES_AT, text, bench.end()) if each is None and not respectively and named is None \
            and text[bench.end() : bench.end() + 1] == " " else None
        run = _bench_run(ctx, benches, i)
        paired = after is None and each is None and not respectively and named is None \
            and text.endswith((" on ", " in "), 0, run[0].start()) \
            and (i + 1 == len(benches) or not _SEPARATOR.fullmatch(text, bench.end(), benches[i + 1].start()))
        if each is None and not respectively and named is None and after is None and not paired:
            continue
        sent_start = ctx.sentence(run[0].start())[0]
        scores: regex.Match[str] | re.Match[str] | None
        if after is not None:
            scores = after
            listed = ctx.group_before(run[0].start(), sent_start) if len(run) == 1 else []
            models = listed if len(listed) > 1 else []
        elif named is not None:  # (the benchmark, the models, 分别, the scores: "在MMMU上，A、B和C的得分分别为…")
            scores = match_at(_SCORE_LIST, text, named.end())
            models = ctx.group_before(named.start("each"), bench.end()) or ctx.models_together(
                named.start("subject"), sent_start)  # ("在MathVista上，三者分别为…")
        elif each is not None:
            scores = match_at(_SCORE_LIST, text, each.end())  # (Chinese: the benchmarks, 分别, the scores)
            group = ctx.group_before(run[0].start(), sent_start)  # ("A和B在MMLU上分别为…": each model's)
            subject = ctx.model_before(run[0].start(), sent_start) or ctx.referred_model(sent_start)
            models = group if len(run) == 1 and len(group) > 1 else [subject] if subject is not None else []
            if said_list and len(run) == 1 and len(group) < 2:
                continue  # (分别 left out: only the models listed before, one score each)
        elif respectively or paired:
            verb = _EACH_EN.search(text, sent_start, run[0].start())  # (English: the scores, then on the benchmarks)
            scores = match_at(_SCORE_LIST, text, verb.end()) if verb is not None else None
            if verb is None or scores is None or not _ON_AFTER.fullmatch(text, scores.end(), run[0].start()):
                continue
            subject = ctx.model_before(verb.start(), sent_start)
            listed = ctx.group_before(verb.start(), sent_start) if len(run) == 1 else []  # ("A, B and C score …")
            if paired:  # (the word left out: the models listed, one score each; or one model, one on each benchmark)
                models = listed if len(listed) > 1 else [subject] if subject is not None and len(run) > 1 else []
            else:
                models = listed if len(listed) > 1 else _subject_models(ctx, verb.start(), sent_start) \
                    if len(run) == 1 else [subject] if subject is not None else []
        else:
            continue
        if not respectively and len(models) < 2 and len(before[0]) > 1 \
                and _PART_GOES_ON.fullmatch(text, before[1], run[0].start()):
            models = before[0]  # (a part that goes on with the models of the part before: "在AIME 2024上，三者分别取得…
            # 的成绩；在MATH-500上，分别为…")
        first = sent_start if named is not None else 0  # (the models of "三者" are named in the sentence before)
        numbers = list(_ONE_SCORE.finditer(text, scores.start(), scores.end())) if scores is not None else []
        pairs = [(m, run[0]) for m in models] if len(models) > 1 else [(models[0], b) for b in run] if models else []
        if scores is None or len(numbers) < 2 or len(pairs) != len(numbers):
            continue
        for (model, named), score in zip(pairs, numbers, strict=True):
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=named.group("name"),
                    score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                    prov=ctx.prov(ctx.quote_start(max(first, min(model.start, run[0].start())), run[0].start()),
                                  max(scores.end(), bench.end())))
        if named is None or _ONE_SCORE.search(text, bench.end(), models[0].start) is None:
            # (not past a score of the sentence's subject before the models listed: "A在HLE上的得分为44.9%，而B和C分别为
            # 41.7%和32.0%" leaves A's to the other readings)
            used.update(b.start() for b in run)
        before = ([model for model, _ in pairs], scores.end())
    return records, used


# (from the scores before to the next part's benchmark)
_PART_GOES_ON = re.compile(r"[^。.!?！？\n]{0,12}[；;，,]\s*(?:在|而在|and\s+on\s+)?")


# "On MMLU, MATH and HumanEval, Foo scores 84.8, 80.4 and 82.6 respectively", "…, ahead of Bar (86.3, 66.3 and 78.9
# respectively)": scores listed after the sentence's benchmarks, of the model named between, paired with them in order
# (or after one benchmark, of the models listed between)
_LIST_RESPECTIVELY = regex.compile(rf"(?P<list>{_SCORES})[,，]?\s+respectively\b")


def _scores_then_respectively(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    starts = [b.start() for b in benches]
    pos = text.find("respectively")
    while pos != -1:
        sent_start = ctx.sentence(pos)[0]
        before = [b for b in benches[bisect.bisect_left(starts, sent_start) : bisect.bisect_left(starts, pos)]
                  if b.end() <= pos]
        lo = before[-1].end() if before else pos
        found = [x for x in _LIST_RESPECTIVELY.finditer(text, lo, pos + len("respectively"))
                 if x.end() == pos + len("respectively")]
        names = list(dict.fromkeys(b.group("name") for b in before))
        model = ctx.model_before(found[0].start(), lo) if found else None
        numbers = list(_ONE_SCORE.finditer(text, found[0].start("list"), found[0].end("list"))) if found else []
        group = ctx.group_before(found[0].start(), lo) if len(names) == 1 and len(numbers) > 1 else []
        if len(group) == len(numbers):
            # ("On MMLU, A, B and C score 88.7, 88.3 and 85.9, respectively": one benchmark, the models in order)
            for named, score in zip(group, numbers, strict=True):
                ctx.add(records, BenchmarkRecord, model=named.text, benchmark=names[0],
                        score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(before[-1].start(), group[0].start), found[0].end()))
        elif model is not None and len(names) == len(numbers) > 1:
            for name, score in zip(names, numbers, strict=True):
                ctx.add(records, BenchmarkRecord, model=model.text, benchmark=name, score=_value(score.group("score")),
                        unit=_unit(score.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(model.start, score.start()), found[0].end("list")))
        pos = text.find("respectively", pos + 1)
    return records


# "A scores 72.1% on MMMU and 88.4% on DocVQA, ahead of B (69.1% and 85.2%)": a list in parentheses right after a
# model, as many scores as the benchmarks its sentence scored before it, is that model's, in their order (said to be
# so: "均领先于B（分别为23.6和33.4）")
_PAREN_LIST = regex.compile(rf"[ \t]*[(（][ \t]*(?:分别(?:为|是)?[ \t]*)?(?P<list>{_SCORES})[ \t]*[)）]")


def _paren_scores_after_model(ctx: DocContext, benches: list[regex.Match[str]],
                              found: list[BenchmarkRecord]) -> list[BenchmarkRecord]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    scored_at = sorted((r.prov.char_start, r.benchmark) for r in found)  # (the original text's offsets)
    starts = [at for at, _ in scored_at]
    i = 0
    while i < len(benches):
        sent_start, sent_end = ctx.sentence(benches[i].start())
        j = i
        while j + 1 < len(benches) and benches[j + 1].start() < sent_end:
            j += 1
        run, i = benches[i : j + 1], j + 1
        names = list(dict.fromkeys(b.group("name") for b in run))
        if len(names) < 2:
            continue
        span = ctx.prov(sent_start, sent_end)
        scored = {name for _, name in scored_at[bisect.bisect_left(starts, span.char_start) :
                                                bisect.bisect_left(starts, span.char_end)]}
        if not all(name in scored for name in names):
            continue
        for model in ctx.models_in(run[-1].end(), sent_end):
            paren = match_at(_PAREN_LIST, text, model.end)
            numbers = list(_ONE_SCORE.finditer(text, paren.start("list"), paren.end("list"))) if paren else []
            if paren is None or len(numbers) != len(names):
                continue
            for name, score in zip(names, numbers, strict=True):
                ctx.add(records, BenchmarkRecord, model=model.text, benchmark=name, score=_value(score.group("score")),
                        unit=_unit(score.group("unit")), comparator="=",
                        prov=ctx.prov(model.start, paren.end()))
    return records


# "## MMLU 得分" over "- GPT-4o：88.7": the lines of a list headed by their models, under a heading that names one
# benchmark, give their scores on it
# (its label before it: "- GPT-5：平均分 77.2", "- Foo-2: Average 74.6", a board's mean)
_HEADED_SCORE = regex.compile(rf"\s*(?:(?:{_BOARD_SCORE}|得分|分数|(?i:average|avg\.?|overall)(?:\s+score)?)"
                              rf"\s*[:：]?\s*)?(?P<score>\d{{1,4}}(?:\.\d+)?)\s*(?P<unit>%|分)?\s*(?:(?i:points?|pts\.?|elo)\s*)?"
                              # (an aside after a comma or a semicolon that holds no other number: "1438, the top open
                              # model"; not "88.7, 86.1 on the harder split")
                              rf"(?:{_GLOSS})?\s*(?:[,，;；][^\d\n]*)?")
_LEAD_LENGTH = 80  # characters: a lead line's most ("The top of the LMArena text leaderboard as of November 24:")
_RANKED = re.compile(  # (a rank that opens a line: "第一名：", "No. 1:", "#1 ")
    r"[ \t]*(?:第[一二三四五六七八九十\d]{1,3}名|(?i:No\.|#)\s*\d{1,3})[ \t]*[:：.]?[ \t]*(?:\*\*)?")
_PAREN_RANK_SCORE = regex.compile(r"(?:\*\*)?\s*[(（]\s*(?P<score>\d{1,4}(?:\.\d+)?)\s*(?P<unit>%|分)?\s*[)）]\s*")


# "MMLU: 88.7 (GPT-4o), 88.3 (Claude 3.5 Sonnet)": after a benchmark and its colon, scores each with its model after it
# in parentheses (or set against each other: "88.7 (A) vs 86.1 (B)")
_COLON_ONLY = regex.compile(r"\**[ \t]*[:：]\**[ \t]*")
_SCORE_THEN_PAREN = re.compile(rf"{_NUMBER}[ \t]*[(（][ \t]*")
_PAREN_CLOSE = regex.compile(r"[ \t]*[)）]")


def _scores_with_models_after(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    for bench in benches:
        colon = match_at(_COLON_ONLY, text, bench.end())
        pos = colon.end() if colon is not None else -1
        while pos != -1 and (score := match_at(_SCORE_THEN_PAREN, text, pos)) is not None:
            model = ctx.model_at(score.end())
            close = match_at(_PAREN_CLOSE, text, model.end) if model is not None else None
            if model is None or close is None:
                break
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=bench.group("name"),
                    score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                    prov=ctx.prov(score.start(), close.end()))
            sep = match_at(_SEPARATOR, text, close.end()) or match_at(VERSUS_JOIN, text, close.end())
            pos = sep.end() if sep is not None else -1
    return records


def _leads_list(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is a heading, or a short line that ends with a colon ("LMArena排行榜：")."""
    if text.startswith("#", line_start):
        return True
    # (its end looked for only as far as a short line reaches: a search to the end of one long line per name was
    # quadratic in the line)
    reach = min(len(text), line_start + _LEAD_LENGTH + 64)
    end = text.find("\n", line_start, reach)
    if end == -1 and reach < len(text):
        return False
    line = text[line_start : reach if end == -1 else end].rstrip()
    return len(line) <= _LEAD_LENGTH and line.endswith((":", "："))


def _heading_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    headings = [b for b in benches if _leads_list(text, ctx.line_start(b.start()))]
    heads = collections.Counter(ctx.line_start(b.start()) for b in headings)  # (counted once: per heading, quadratic)
    for bench in headings:
        first = ctx.line_start(bench.start())
        if heads[first] != 1:
            continue  # (a heading that names several benchmarks: "## MMLU vs GPQA")
        lines = ctx.lines
        titled = text.startswith("#", first)
        listed = False  # (whether an item came yet: blank lines may stand between the lead and its list)
        for k in range(bisect.bisect_right(ctx.line_starts, first), len(lines)):
            start, end = lines[k]
            blank = not text[start:end].strip()
            if text.startswith("#", start) or (not titled and blank and listed):
                break  # (a lead's list ends at its first blank line)
            listed = listed or not blank
            head = ctx.line_head(start, dashed=True)
            score = _HEADED_SCORE.fullmatch(text, head[1], end) if head is not None else None
            if head is None and (ranked := _RANKED.match(text, start, end)) is not None \
                    and (named := ctx.models_in(ranked.end(), ranked.end() + 1)) and named[0].start == ranked.end():
                # ("第一名：Gemini 2.5 Pro（1439分）": a rank, the model, its score in parentheses)
                head, score = (named[0], named[0].end), _PAREN_RANK_SCORE.fullmatch(text, named[0].end, end)
            if head is not None and score is not None:
                ctx.add(records, BenchmarkRecord, model=head[0].text, benchmark=bench.group("name"),
                        score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                        prov=ctx.prov(start, end))
    return records


# A leaderboard report's prose under a heading that names one benchmark ("# SuperCLUE中文大模型基准测评2025年9月
# 报告"): a model's score told with its rank in a sentence that names no benchmark ("GPT-5 (high) 以69.37分位居第一",
# "DeepSeek-V3.1-Terminus以61.55分领跑", "Qwen3-Max以60.61分紧随其后")
_RANK_WORDS_ZH = tuple(_RANK_WON_ZH.split("|"))
_SCORE_RANK_ZH = regex.compile(r"以\s*(?P<score>\d+(?:\.\d+)?)\s*(?P<unit>分|%)(?:的(?:总)?(?:成绩|得分|总分))?\s*"
                               rf"(?:{'|'.join(_RANK_WORDS_ZH)})")
_RANKED_GAP = 12  # characters between the model and 以 ("GPT-5 (high) 以…": its setting)
# ... or its score said right after it, rank or not ("DeepSeek-V3.2-Thinking得分70.1", "B的得分为69.4分"); not on a
# part of the board a place before it names ("在数学推理子榜上，A得分81.3")
_SCORE_SAID_ZH = regex.compile(r"(?:的)?得分(?:为|是)?\s*(?P<score>\d+(?:\.\d+)?)\s*(?P<unit>分|%)?(?![\d.%])")
_SAID_GAP = 2
_PART_OF_BOARD = regex.compile(r"在[^，,。；;]{1,12}[上中]")


# ... or its ranking listed after a colon, each score in parentheses ("总榜前五名依次为：A（72.3分）、B（70.8分）")
_RANKING_LEAD_ZH = regex.compile(r"(?:依次|分别)(?:为|是)?[ \t]*[:：][ \t]*")
_LISTED_SCORE_ZH = regex.compile(r"[ \t]*[（(][ \t]*(?P<score>\d+(?:\.\d+)?)[ \t]*(?P<unit>分|%)[ \t]*[)）]")


def _board_named(ctx: DocContext, benches: list[regex.Match[str]], starts: list[int], pos: int) -> str | None:
    """The one benchmark the heading or the title over `pos` names, when the sentence of `pos` names none."""
    heading = ctx.heading_or_title(pos)  # (its benchmarks by bisection: not every name for every score)
    named = {b.group("name") for b in benches[bisect.bisect_left(starts, heading[0]):
                                              bisect.bisect_left(starts, heading[1])]} if heading else set()
    sent_start, sent_end = ctx.sentence(pos)
    i = bisect.bisect_left(starts, sent_start)
    if len(named) != 1 or (i < len(starts) and starts[i] < sent_end):
        return None  # (a sentence that names its benchmark is read above)
    return named.pop()


def _ranking_lists(ctx: DocContext, benches: list[regex.Match[str]], starts: list[int]) -> list[BenchmarkRecord]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    for word in ("依次", "分别"):
        for pos in occurrences(text, word):
            if (lead := _RANKING_LEAD_ZH.match(text, pos)) is None or (model := ctx.model_at(lead.end())) is None \
                    or (score := match_at(_LISTED_SCORE_ZH, text, model.end)) is None \
                    or (benchmark := _board_named(ctx, benches, starts, pos)) is None:
                continue
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=benchmark, score=_value(score.group("score")),
                    unit=_unit(score.group("unit")), comparator="=", prov=ctx.prov(model.start, score.end()))
            _other_scores(ctx, benchmark, score.end(), ctx.sentence(pos)[1], True, records, score.start("score"))
    return records


def _ranked_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    if not benches:
        return records
    starts = [b.start() for b in benches]
    if "依次" in text or "分别" in text:
        records += _ranking_lists(ctx, benches, starts)
    if "以" not in text and "得分" not in text:
        return records
    found = (_SCORE_RANK_ZH.search(text, max(0, pos - 24), pos + len(word))
             for word in _RANK_WORDS_ZH for pos in occurrences(text, word)
             if text.find("以", max(0, pos - 24), pos) != -1)  # (the rank's words and 以 found in C first)
    said = (_SCORE_SAID_ZH.match(text, pos - (text[pos - 1 : pos] == "的")) for pos in occurrences(text, "得分"))
    scores = {m.start(): m for m in itertools.chain(found, said) if m is not None}
    scored: set[tuple[str, float]] = set()  # (the models and scores of the records before, the first `counted`)
    counted = 0
    for m in sorted(scores.values(), key=lambda m: m.start()):
        if (benchmark := _board_named(ctx, benches, starts, m.start())) is None:
            continue
        sent_start, sent_end = ctx.sentence(m.start())
        clause_start = ctx.clause(m.start())[0]
        model = ctx.model_before(m.start(), clause_start)
        if model is None or m.start() - model.end > (_SAID_GAP if m.re is _SCORE_SAID_ZH else _RANKED_GAP):
            continue
        if m.re is _SCORE_SAID_ZH and _PART_OF_BOARD.search(text, sent_start, model.start) is not None:
            continue
        scored.update((r.model, r.score) for r in records[counted:])
        counted = len(records)
        if (model.text, _value(m.group("score"))) in scored:
            continue  # (read as the next model's after one before it)
        ctx.add(records, BenchmarkRecord, model=model.text, benchmark=benchmark, score=_value(m.group("score")),
                unit=_unit(m.group("unit")), comparator="=", prov=ctx.prov(model.start, m.end()))
        # (and the models' after it: "A以1432分排名第一，B（1421分）和C（1420分）紧随其后")
        _other_scores(ctx, benchmark, m.end(), sent_end, False, records, m.start("score"))
    return records


# "Gemini Ultra scored 90.0% on MMLU. GPT-4 scored 86.4%.": a sentence that opens with a model and its score and
# names no benchmark goes on with the benchmark of the sentence before (when that named one and scored on it)
_NEXT_SENTENCE = regex.compile(r"[ \t]*\n?[ \t]*")
_SCORE_ENDS = re.compile(rf"\s*(?:[.。;；,，]|$|{_RANK}|(?:and|while|whereas)\s|和|而)")  # (or another model's next)



_THE_SMALLER = regex.compile(r"[Tt]he(?:\s+[a-z]+)?\s+(?=[A-Z])")  # (before a model: "The smaller B")


def _elided_scores(ctx: DocContext, benches: list[regex.Match[str]], found: list[BenchmarkRecord]
                   ) -> list[BenchmarkRecord]:
    text = ctx.text
    scored = {r.benchmark for r in found}
    records: list[BenchmarkRecord] = []
    starts = [b.start() for b in benches]
    for i, bench in enumerate(benches):
        name = bench.group("name")
        if name not in scored:
            continue
        sentence = ctx.sentence(bench.start())
        # (the sentence's first benchmark, and no other named in it; its others found by bisection, not a walk of every
        # benchmark after it, which a long table's names made quadratic)
        if (i and benches[i - 1].start() >= sentence[0]) or any(
                b.group("name") != name for b in benches[i + 1 : bisect.bisect_left(starts, sentence[1])]):
            continue
        end = sentence[1]
        while (gap := match_at(_NEXT_SENTENCE, text, end)) is not None and gap.end() < len(text):
            # ("国内模型中，豆包1.6以69.8分…", "In comparison, GPT-4 …", "The smaller B, a 24B open-weight model,
            # scored …")
            lead = match_at(_LEAD_IN, text, gap.end()) or match_at(_THE_SMALLER, text, gap.end())
            after_lead = _past_owner(ctx, lead.end() + (text[lead.end()] == " ")) \
                if lead is not None and lead.end() < len(text) else -1
            model = ctx.model_at(gap.end()) or (ctx.model_at(after_lead) if after_lead != -1 else None)
            aside = match_at(APPOSITION_AFTER, text, model.end) if model is not None else None
            score = match_at(_THEIR_SCORE, text, aside.end() if aside else model.end) if model is not None else None
            following = _past_semicolons(ctx, ctx.sentence(gap.end())[1])  # (a benchmark after one is the score's)
            if model is None or score is None or not match_at(_SCORE_ENDS, text, score.end()) \
                    or bisect.bisect_left(starts, gap.end()) != bisect.bisect_left(starts, following):
                break
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=name, score=_value(score.group("score")),
                    unit=_unit(score.group("unit")), comparator="=", prov=ctx.prov(model.start, score.end()))
            # (and the models after it: "作为对比，Codex-1为72.1%，GPT-4.1为54.6%")
            _other_scores(ctx, name, score.end(), following, False, records, score.start("score"))
            end = following
    # (the models after one may have been read with the sentence before: "…；B得分81.5%；C为49.5%")
    known = {(r.model, r.score, r.prov.char_start) for r in found}
    return [r for r in records if (r.model, r.score, r.prov.char_start) not in known]


# Models tied for a place, their score after it ("B和C并列第二（72.3分）", "B and C tie for second at 1480"): each
# one's, on the benchmark a score before them in their sentence was on
_TIE_WORDS = ("并列", "tie")  # (found with str.find: few texts have either)
_TIED_PLACE = regex.compile(
    r"\s*(?:并列|(?i:tie[sd]?|tying)\s+for)\s*"
    r"(?:第?[一二三四五六七八九十\d]+(?:名|位)?|(?i:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))(?:\s+place)?)?"
    rf"\s*(?:[(（]\s*(?:均为|同为|都是)?\s*{_NUMBER}\s*[)）]|[,，]?\s*(?:均为|同为|都是|得分|(?i:at|with))\s*{_NUMBER})")


def _tied_scores(ctx: DocContext, found: list[BenchmarkRecord]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    for word in _TIE_WORDS:
        for pos in occurrences(text, word):
            clause_start = ctx.clause(pos)[0]
            group = ctx.group_before(pos, clause_start)
            tied = match_at(_TIED_PLACE, text, group[-1].end) if len(group) > 1 else None
            if tied is None or tied.end() <= pos:
                continue
            sent_start = ctx.sentence(pos)[0]
            before = [r for r in found if sent_start <= r.prov.char_start < group[0].start]
            if not before:
                continue
            for model in group:
                ctx.add(records, BenchmarkRecord, model=model.text, benchmark=before[-1].benchmark,
                        score=_value(tied.group("score")), unit=_unit(tied.group("unit")), comparator="=",
                        prov=ctx.prov(model.start, tied.end()))
    return records


# Scores in a row split by slashes (or "vs"), one per model in the order the row's parentheses or a line above set
# them: "Claude Opus 4.5 vs Gemini 3 Pro vs GPT-5.1" over "SWE-bench Verified: 80.9% / 76.2% / 76.3%", "Benchmarks (A /
# B / C): SWE-bench Verified 80.9 / 76.2 / 76.3", "SWE-bench Verified (A / B): 80.9 / 76.2" (not a fraction: "28/30")
_SLASHED_SCORE = r"\d{1,4}(?:\.\d+)?(?:[ \t]*(?:%|分))?"
_SLASHED = regex.compile(rf"[ \t]*(?P<paren>[(（][^()（）\n]{{1,80}}[)）])?[ \t]*[:：]?[ \t]*"
                         rf"(?P<scores>{_SLASHED_SCORE}(?:{ROW_JOIN}{_SLASHED_SCORE})+)"
                         r"(?!\d|\.\d|[%/])")
_SLASH_REACH = 100  # characters after a name its row's first slash may stand


def _slashed_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> tuple[list[BenchmarkRecord], set[int]]:
    text = ctx.text
    records: list[BenchmarkRecord] = []
    used: set[int] = set()
    for bench in benches:
        if text.find("/", bench.end(), bench.end() + _SLASH_REACH) == -1 \
                and text.find("vs", bench.end(), bench.end() + _SLASH_REACH) == -1:
            continue  # (found in C first: most names have no slash after them)
        row = match_at(_SLASHED, text, bench.end(), 160)
        if row is None:
            continue
        scores = list(_ONE_SCORE.finditer(text, row.start("scores"), row.end("scores")))
        spaced = "/" not in row.group("scores").replace(" / ", "")
        if not spaced and not all("." in m.group(0) or m.group("unit") for m in scores):
            continue  # (a fraction: "AIME 2025: 28/30")
        models = ctx.models_in_order(row.start("paren"), row.end("paren"), len(scores)) if row.group("paren") \
            else ctx.row_models(bench.start(), len(scores))
        if not models:
            continue
        used.add(bench.start())
        for model, score in zip(models, scores, strict=True):
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=bench.group("name"),
                    score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                    prov=ctx.prov(bench.start(), row.end()))
    return records, used


# Two scores set against each other in parentheses after a benchmark ("与B相比，A在SWE-bench Verified上略逊（42.0 vs
# 50.8）", "A trails B on SWE-bench Verified (42.0 vs 50.8)"): the sentence's subject's first, the other model's second
_VERSUS_WORDS = ("vs", "VS", "versus", " to ")  # (found in C first; " to " for a game's result)
_PAIR_AFTER = re.compile(r"[^，,。；;\n()（）]{0,16}?[(（]\s*(?P<a>\d{1,4}(?:\.\d+)?)\s*(?P<ua>%)?\s*"
                         r"(?:vs\.?|VS\.?|versus)\s*(?P<b>\d{1,4}(?:\.\d+)?)\s*(?P<ub>%)?\s*[)）]")


# (or told as a game's result at the end of a sentence that names one benchmark: "On MMLU, A edges B, 88.1 to 85.1")
_SCORES_TO = re.compile(r"[,，]\s*(?P<a>\d{1,4}(?:\.\d+)?)\s*(?P<ua>%)?\s+to\s+(?P<b>\d{1,4}(?:\.\d+)?)\s*(?P<ub>%)?"
                        r"(?=\s*(?:[.;!]|$))")


def _versus_in_parens(ctx: DocContext, benches: list[regex.Match[str]], found: list[BenchmarkRecord]
                      ) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    scored = {(r.model, r.benchmark) for r in found}
    starts = [b.start() for b in benches]
    for bench in benches:
        sent_start, sent_end = ctx.sentence(bench.start())
        if (pair := match_at(_PAIR_AFTER, ctx.text, bench.end())) is None and (
                bisect.bisect_left(starts, sent_end) - bisect.bisect_left(starts, sent_start) != 1
                or ctx.text.find(" to ", bench.end(), sent_end) == -1
                or (pair := _SCORES_TO.search(ctx.text, bench.end(), sent_end)) is None):
            continue  # (one benchmark in the sentence, so each sentence is searched once; " to " found in C first)
        if pair.re is _SCORES_TO:  # (the scores in the order the two models are named: "A edges B, 88.1 to 85.1")
            named = list({m.canonical: m for m in ctx.models_in(sent_start, pair.start())}.values())
            if len(named) != 2:
                continue
            subjects, others = named[:1], named[1:]
        else:
            subjects = _subject_models(ctx, bench.start(), sent_start)
            if len(subjects) != 1:
                continue
            others = list({m.canonical: m for m in ctx.models_in(sent_start, sent_end)
                           if m.canonical != subjects[0].canonical}.values())
            if len(others) != 1:
                continue
        name = bench.group("name")
        for model, score, unit in ((subjects[0], pair.group("a"), pair.group("ua") or pair.group("ub")),
                                   (others[0], pair.group("b"), pair.group("ub") or pair.group("ua"))):
            if (model.text, name) not in scored:
                ctx.add(records, BenchmarkRecord, model=model.text, benchmark=name, score=_value(score),
                        unit=_unit(unit), comparator="=",
                        prov=ctx.prov(ctx.quote_start(min(model.start, bench.start()), bench.start()), pair.end()))
    return records


def extract(ctx: DocContext) -> list[BenchmarkRecord]:
    benches = benchmark_names(ctx.text)  # found once for every reading
    slashed, used = _slashed_scores(ctx, benches)
    respective, used_respective = _respective_scores(ctx, [b for b in benches if b.start() not in used])
    used |= used_respective
    rest = [b for b in benches if b.start() not in used]
    then_respectively = _scores_then_respectively(ctx, benches)
    found = _table_scores(ctx) + slashed + respective + _inline_scores(ctx, rest) + _score_before_scores(ctx, rest) \
        + _heading_scores(ctx, benches) + _scores_with_models_after(ctx, rest) + _ranked_scores(ctx, benches)
    if then_respectively:
        # (a score of such a list is not also the benchmark named last before it: "…, while B scores 86.1% and 90.2%
        # respectively" gives B no HumanEval 86.1 of its own)
        found = [r for r in found if not any(
            r.model == x.model and r.score == x.score and x.prov.char_start <= r.prov.char_start
            and r.prov.char_end <= x.prov.char_end for x in then_respectively)] + then_respectively
    found += _shared_scores(ctx, benches, found)
    found += _paren_scores_after_model(ctx, benches, found)
    found += _tied_scores(ctx, found) if contains_any(ctx.text, _TIE_WORDS, 0, len(ctx.text)) else []
    found += _versus_in_parens(ctx, benches, found) if contains_any(ctx.text, _VERSUS_WORDS, 0, len(ctx.text)) else []
    found += _matched_scores(ctx, found) if contains_any(ctx.text, _MATCHED_WORDS, 0, len(ctx.text)) else []
    found += _elided_scores(ctx, benches, found) + _same_benchmark_scores(ctx, benches) \
        + _respective_before(ctx, benches) + _score_word_on(ctx, rest) + _answered_scores(ctx, rest) \
        + _figure_first_scores(ctx, rest) + _compared_lead_scores(ctx, benches)
    if benches and contains_any(ctx.text, _BEATEN_WORDS, 0, len(ctx.text)):
        found += _beaten_scores(ctx, benches, found)
    return list(dict.fromkeys(found))  # (one fact that two readings agree on: "Bar-2's score on MMLU was 88.2")


# The model a score is matched by or tied with, its object, no score of its own in the sentence ("Foo-3 ties Bar-2 on
# MMLU at 88.1", "DeepSeek-R1 matched o1 on AIME 2024 at 79.8%"): the same score
_MATCHED_WORDS = ("match", "tie", "equal")
_MATCHED = regex.compile(r"\s+(?:match(?:es|ed)|tie[sd]|equal(?:s|l?ed))\s+")
_MATCHED_REACH = 64  # characters before the verb its subject's name may take


def _matched_scores(ctx: DocContext, found: list[BenchmarkRecord]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    read = {(r.model, r.prov.char_start): r for r in found}  # (a score read for its subject, where its quote starts)
    for verb in _MATCHED.finditer(text):
        named, after = ctx.models_in(max(0, verb.start() - _MATCHED_REACH), verb.start()), \
            ctx.models_in(verb.end(), verb.end() + 1)
        if not named or named[-1].end != verb.start() or not after or after[0].start != verb.end() \
                or not text.startswith(" on ", after[0].end):
            continue  # (right before the benchmark: not "matched o1 (79.2%) on …", a score of its own)
        subject, other = named[-1], after[0]
        r = read.get((subject.text, ctx.prov(subject.start, subject.end).char_start))
        sent_start, sent_end = ctx.sentence(other.start)
        if r is None or (on := match_at(_benchmark_pattern(), text, other.end + 4)) is None \
                or on.group("name") != r.benchmark:
            continue  # (the benchmark itself after "on": not "matched Bar-1 on several benchmarks, scoring …")
        score = next((n for n in _ONE_SCORE.finditer(text, other.end, sent_end) if _value(n.group("score")) == r.score),
                     None)  # (the subject's, past the benchmark's own number: "on AIME 2024 at 79.8%")
        if score is None:
            continue
        sentence = ctx.prov(sent_start, sent_end)
        if any(x.model == other.text and x.benchmark == r.benchmark
               and sentence.char_start <= x.prov.char_start < sentence.char_end for x in found):
            continue  # (its own score told: "matched o1 (79.2%) on AIME 2024 at 79.8%")
        ctx.add(records, BenchmarkRecord, model=other.text, benchmark=r.benchmark, score=r.score, unit=r.unit,
                comparator=r.comparator, prov=ctx.prov(other.start, score.end()))
    return records


# A comparison's object with its score in parentheses, before the subject's own ("A beats B (85.1) with 88.1 on MMLU",
# "A outperforms B (85.1) on MMLU with 88.1"): B's, on the one benchmark its sentence names
# (a comparison's verb before the object, as context.object_of reads it; its words looked for first, in C: "edges
# out" by its " out ")
_BEATEN_WORDS = (*_BEAT_EN, " out ", *_BEAT_ZH)
_BEATEN_REACH = 24  # characters before the object
# (or the subject's, its score before the verb: "GPT-5 (74.9%) edged out Claude Opus 4.1 (74.5%) on SWE-bench …")
_BEATS_AFTER = regex.compile(r"[ \t]+(?:(?:narrowly|just|easily|clearly|also)[ \t]+)?"
                             rf"(?:{'|'.join(_BEAT_EN)}|edge[sd]?[ \t]+out|top(?:s|ped)?\b)"
                             rf"|[ \t]*(?:{'|'.join(_BEAT_ZH)})")


def _beaten_scores(ctx: DocContext, benches: list[regex.Match[str]], found: list[BenchmarkRecord]
                   ) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    had = {(r.model, r.benchmark, r.score) for r in found}
    starts = [b.start() for b in benches]
    seen: set[int] = set()
    for bench in benches:
        sent_start, sent_end = ctx.sentence(bench.start())
        if sent_start in seen or not contains_any(text, _BEATEN_WORDS, sent_start, sent_end):
            continue
        seen.add(sent_start)
        within = benches[bisect.bisect_left(starts, sent_start) : bisect.bisect_left(starts, sent_end)]
        if len({b.group("name") for b in within}) != 1:
            continue
        for model in ctx.models_in(sent_start, sent_end):
            score = match_at(_ENCLOSED_SCORE, text, model.end)
            if score is None or not (score.group("unit") or "." in score.group("score")) \
                    or not (object_of(text, max(sent_start, model.start - _BEATEN_REACH), model.start)
                            or match_at(_BEATS_AFTER, text, score.end()) is not None) \
                    or (model.text, bench.group("name"), _value(score.group("score"))) in had:
                continue  # (a whole number alone may be anything's: "beats B (2024)")
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=bench.group("name"),
                    score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                    prov=ctx.prov(model.start, score.end()))
    return records


# A comparison's lead that gives its object's score before the subject's on the one benchmark its sentence names ("与A
# （59.6%）相比，B在X上达到76.2%", "相比A的59.6%，B…", "Compared with A (59.6%), B reaches 76.2% on X"): A's on X
_COMPARED_LEAD = re.compile(r"[ \t>*_-]*(?:\d{1,2}[.)、][ \t]*)?"
                            r"(?:(?:Compared\s+(?:with|to)|Relative\s+to)\s+|与\s*|相比(?:于)?\s*|较\s*|对比\s*)")
_LEAD_SCORE = regex.compile(rf"\s*(?:[(（]\s*{_NUMBER}\s*[)）]|(?:['’]s|的)\s*{_NUMBER})\s*(?:相比)?\s*[,，]")
_SCORE_IN = re.compile(r"\d\s*(?:%|分)")
# (the lead's first character past a list's marks: most sentences have another)
_COMPARED_FIRST = frozenset("CR与相较对")
_LEAD_ENDS = re.compile(r"[ \t]*(?:[(（]?[A-Za-z-]{1,10}[)）]?[ \t]*)?[,，相]")  # (past a setting: "对比GPT-5 High，…")


def _lead_model(ctx: DocContext, sent_start: int) -> ModelMention | None:
    """The model right after a comparison's lead that opens the sentence ("Compared with A", "对比A", "与A")."""
    lead = match_at(_COMPARED_LEAD, ctx.text, sent_start)
    named = ctx.models_in(lead.end(), lead.end() + 1) if lead is not None else []
    return named[0] if named else None


def _compared_in_lead(ctx: DocContext, sent_start: int) -> ModelMention | None:
    """The model a sentence's lead compares its subject with ("Compared with A, …", "对比A，…", "与A相比，…")."""
    named = _lead_model(ctx, sent_start)
    return named if named is not None and match_at(_LEAD_ENDS, ctx.text, named.end) is not None else None


def _compared_lead_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    seen: set[int] = set()
    starts = [b.start() for b in benches]
    for bench in benches:
        sent_start, sent_end = ctx.sentence(bench.start())
        if sent_start in seen:
            continue
        seen.add(sent_start)
        if text[sent_start : sent_start + 8].lstrip(" \t>*_-")[:1] not in _COMPARED_FIRST:
            continue
        named = _lead_model(ctx, sent_start)
        score = match_at(_LEAD_SCORE, text, named.end) if named is not None else None
        if score is None or bench.start() < score.end() or not (score.group("unit") or "." in score.group("score")):
            continue  # (a whole number alone may be anything's: "与A（2024）相比")
        # (the sentence's names found by bisection: a scan of all for each sentence was quadratic)
        within = benches[bisect.bisect_left(starts, sent_start) : bisect.bisect_left(starts, sent_end)]
        names = {b.group("name") for b in within}
        if named is not None and len(names) == 1 and _SCORE_IN.search(text, score.end(), sent_end) is not None \
                and ctx.models_in(score.end(), sent_end):
            ctx.add(records, BenchmarkRecord, model=named.text, benchmark=bench.group("name"),
                    score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                    prov=ctx.prov(named.start, bench.end()))
    return records


# A score that opens its line, said of the model after it in its possessive before the benchmark ("- 1501: Foo-3 Pro's
# LMArena Elo", "- 80.9%: Bar-4.5's SWE-bench Verified score", a newsletter's numbers)
_FIGURE_FIRST = regex.compile(r"[ \t>*_-]*(?P<score>\d{1,4}(?:\.\d+)?)(?P<unit>%|分)?")


def _figure_first_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    for bench in benches:
        if not text.endswith(("'s ", "’s "), 0, bench.start()):
            continue  # (found in C first: most benchmarks are named after no possessive)
        line_start = ctx.line_start(bench.start())
        m = _FIGURE_FIRST.match(text, line_start, bench.start())
        if m is None:
            continue
        model = ctx.figure_of(m.start("score"), m.end(), None)
        if model is not None and model.end + 3 == bench.start():  # (the benchmark right after its possessive)
            ctx.add(records, BenchmarkRecord, model=model.text, benchmark=bench.group("name"),
                    score=_value(m.group("score")), unit=_unit(m.group("unit")), comparator="=",
                    prov=ctx.prov(m.start("score"), bench.end()))
    return records


# An answer that is a score alone, under a question that names the benchmark ("**How does it score on OSWorld?**"
# over "61.4%."): the asked model's
_ANSWER_SCORE = re.compile(rf"[ \t>*_]*(?:(?:{ANSWER_WORD})\s*[:：.]\s*)?(?:\*\*)?(?P<score>\d{{1,4}}(?:\.\d+)?)"
                           # (and what is said of it after a comma: "80.9%, the highest of any model at launch.")
                           r"\s*(?P<unit>%|分)?[ \t*_]*(?:[.。]|[,，][ \t]*[^\d\s][^\n]*)?[ \t*_]*$")
_QUESTION_TAIL = 80  # characters from a benchmark to its question's line end
# (a question that asks for a score, not for a year: "When did it top LMArena?" over "2025.")
_ASKS_SCORE = regex.compile(r"(?i:scor|\belo\b|rating|accura|result|perform|pass@)|得分|多少分|成绩|表现|准确率|分数")


def _answered_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    for bench in benches:
        # (a question's line ends near its benchmark: looked for that far, not to the end of one long line per name)
        line_end = text.find("\n", bench.end(), bench.end() + _QUESTION_TAIL)
        if line_end == -1 or not text[bench.end() : line_end].rstrip(" \t*_").endswith(("?", "？")):
            continue  # (found in C first: most benchmarks are named in no question)
        start = line_end + 1
        if text.startswith("\n", start):  # (over one blank line)
            start += 1
        end = text.find("\n", start)
        m = _ANSWER_SCORE.fullmatch(text, start, len(text) if end == -1 else end)
        if m is None or (question := ctx.question_of(start)) is None or _ASKS_SCORE.search(text, *question) is None \
                or (model := ctx.subject_model(start)) is None:
            continue
        ctx.add(records, BenchmarkRecord, model=model.text, benchmark=bench.group("name"),
                score=_value(m.group("score")), unit=_unit(m.group("unit")), comparator="=",
                prov=ctx.prov(ctx.line_start(bench.start()), m.end("score") + len(m.group("unit") or "")))
    return records


# Scores given respectively for the benchmarks the sentence before named, in order, by a model of their own
# sentence: "A在HLE中取得44.9%，在BrowseComp上达到60.2%。相比之下，GPT-5的对应成绩分别为41.7%和54.9%。", "…
# GPT-5's corresponding scores are 41.7% and 54.9%, respectively"
_EACH_OF_BEFORE = regex.compile(rf"(?:{_EACH_ZH.pattern})(?P<scores>{_SCORES})")
_RESPECTIVE_AFTER = regex.compile(rf"(?P<scores>{_SCORES}){_RESPECTIVELY.pattern}")
_EACH_WORDS = ("分别", "依次", "respectively")  # (found with str.find first)


# "Its Elo on LMArena is 1415", "Foo-3's score on MMLU was 88.2": the word for the score before the benchmark, the
# score after a verb of being
_SCORE_WORD_ON = regex.compile(r"(?i:\b(?:score|elo|rating|accuracy|result)\s+on\s+(?:the\s+)?)$")
_IS_SCORE = re.compile(r"\s+(?:is|was|stands\s+at|stood\s+at|sits\s+at|sat\s+at)\s+(?P<score>\d{1,4}(?:\.\d+)?)"
                       r"\s*(?P<unit>%)?(?!\.?\d)(?![ \t]*[A-Za-z%])")  # (not "5.1 points higher")


def _score_word_on(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    for bench in benches:
        if (m := match_at(_IS_SCORE, text, bench.end())) is None \
                or _SCORE_WORD_ON.search(text, max(0, bench.start() - 24), bench.start()) is None:
            continue
        sent_start = ctx.sentence(bench.start())[0]
        for target in _subject_models(ctx, bench.start(), sent_start) or _pronoun_models(ctx, sent_start,
                                                                                            bench.start()):
            ctx.add(records, BenchmarkRecord, model=target.text, benchmark=bench.group("name"),
                    score=_value(m.group("score")), unit=_unit(m.group("unit")), comparator="=",
                    prov=ctx.prov(ctx.quote_start(min(target.start, bench.start()), bench.start()), m.end()))
    return records


def _respective_before(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    if len(benches) < 2:
        return records
    starts = [b.start() for b in benches]
    for word in _EACH_WORDS:
        for pos in occurrences(text, word):
            sent_start, sent_end = ctx.sentence(pos)
            i = bisect.bisect_left(starts, sent_start)
            if sent_start == 0 or (i < len(starts) and starts[i] < sent_end):
                continue  # (a benchmark of its own sentence: _respective_scores reads it)
            m = _RESPECTIVE_AFTER.search(text, max(sent_start, pos - 80), pos + len(word)) if word == "respectively" \
                else _EACH_OF_BEFORE.match(text, pos)
            if m is None:
                continue
            previous = ctx.previous_sentence(sent_start)
            named = list(dict.fromkeys(b.group("name") for b in benches if previous <= b.start() < sent_start))
            scores = list(_ONE_SCORE.finditer(text, m.start("scores"), m.end("scores")))
            models = _subject_models(ctx, m.start(), sent_start)
            if len(named) != len(scores) or len(models) != 1:
                continue
            for name, score in zip(named, scores, strict=True):
                ctx.add(records, BenchmarkRecord, model=models[0].text, benchmark=name,
                        score=_value(score.group("score")), unit=_unit(score.group("unit")), comparator="=",
                        prov=ctx.prov(ctx.quote_start(models[0].start, m.start()), m.end()))
    return records


# One score that benchmarks listed together all have: "在AIME25和HMMT25上均取得100分", "…上都拿到满分"
_ALL_SHARE = re.compile(r"[上中]?[^，,。；;\n\d]{0,6}?[均都]")


def _shared_scores(ctx: DocContext, benches: list[regex.Match[str]], found: list[BenchmarkRecord]
                   ) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    for i, bench in enumerate(benches):
        if i == 0 or match_at(_ALL_SHARE, ctx.text, bench.end()) is None:
            continue
        run = _bench_run(ctx, benches, i)
        name = bench.group("name")
        for r in found:
            if r.benchmark != name or len(run) < 2 or not r.prov.char_start <= bench.start() < r.prov.char_end:
                continue
            for other in run[:-1]:
                ctx.add(records, BenchmarkRecord, model=r.model, benchmark=other.group("name"), score=r.score,
                        unit=r.unit, comparator=r.comparator, prov=r.prov)
    return records


# A benchmark named again by a phrase: "Claude Opus 4.1, which scored 74.5% on the same benchmark",
# "B在同一基准上得分80.9%": the last one named before, in its paragraph or the one before
_SAME_WORDS = ("same", "同一")  # (found with str.find: a pattern led by neither was tried everywhere)
_SAME_BENCHMARK = re.compile(r"(?:same\s+|同一)(?:benchmark|test|eval(?:uation)?|leaderboard"
                             r"|基准|测试|评测|榜单)(?:测试)?(?P<on>[上中])?")
_SCORE_ON_IT = regex.compile(rf"[，,]?\s*(?:的)?(?P<word>得分|成绩|分数|准确率)?(?:为|达到?|是)?了?\s*{_NUMBER}")
# ... or by "there" after a score: "Gemini 3 Pro takes ARC-AGI-2 with 31.1%; Opus 4.5 scores 37.6% there"
_SCORE_THERE = regex.compile(rf"(?:{_EN_SCORE_VERB}|at|with)\s+{_NUMBER}\s+(?=there\b)", regex.I)


def _same_benchmark_scores(ctx: DocContext, benches: list[regex.Match[str]]) -> list[BenchmarkRecord]:
    records: list[BenchmarkRecord] = []
    text = ctx.text
    if not benches:
        return records
    starts = [b.start() for b in benches]
    for pos in occurrences(text, " there"):
        there = _SCORE_THERE.search(text, max(0, pos - 40), pos + 1)
        i = bisect.bisect_left(starts, pos) - 1
        if there is None or i < 0:
            continue
        sent_start, _ = ctx.sentence(pos)
        if benches[i].start() < ctx.previous_sentence(sent_start):
            continue  # (none named in its sentence or the one before)
        for target in _subject_models(ctx, there.start(), sent_start)[:1]:
            ctx.add(records, BenchmarkRecord, model=target.text, benchmark=benches[i].group("name"),
                    score=_value(there.group("score")), unit=_unit(there.group("unit")), comparator="=",
                    prov=ctx.prov(ctx.quote_start(target.start, there.start()), pos + 6))
    for same in [found for word in _SAME_WORDS for pos in occurrences(text, word)
                 if (found := _SAME_BENCHMARK.match(text, pos)) is not None]:
        i = bisect.bisect_left(starts, same.start()) - 1
        if i < 0 or text.count("\n\n", benches[i].end(), same.start()) > 1:
            continue  # (none named in the paragraph or the one before)
        sent_start, _ = ctx.sentence(same.start())
        if same.group("on") is not None:  # ("在同一基准上得分80.9%": the score after it, the subject before)
            m = match_at(_SCORE_ON_IT, text, same.end())
            if m is not None and m.group("unit") is None and m.group("word") is None:
                m = None
            score_at = same.start()
        else:  # ("scored 74.5% on the same benchmark": the score before it)
            english = text.startswith("same", same.start())  # (not "同一基准得分…": no score before it)
            m = _SCORE_THEN_BENCH.search(text, max(sent_start, same.start() - 40), same.start()) if english else None
            score_at = m.start() if m is not None else -1
        if m is None:
            continue
        targets = _subject_models(ctx, score_at, sent_start) or _pronoun_models(ctx, sent_start, score_at)
        for target in targets:
            ctx.add(records, BenchmarkRecord, model=target.text, benchmark=benches[i].group("name"),
                    score=_value(m.group("score")), unit=_unit(m.group("unit")), comparator="=",
                    prov=ctx.prov(ctx.quote_start(target.start, score_at), max(m.end(), same.end())))
    return records
