"""Temporal expressions: find them (scan) and give them calendar values (resolve).

`scan` only reads what the text says (year, month, day, part of a period, relative words);
`resolve` turns that into a value using a reference date (the document date) and, for a
month or day written without a year, the year of the passage. Nothing is ever filled in
from today's date: without a reference, relative expressions stay unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, NamedTuple

import regex

from timeline.data import read_yaml
from timeline.extract.numbers import EN_NUMBER_WORDS
from timeline.text.lists import BULLET_CLASS
from timeline.text.numerals import cn_to_int, year_from
from timeline.text.trie import trie_pattern
from timeline.text.windows import contains_any, finditer_at

Date = dt.date
# A character of a sentence's: a version's point ends none ("will launch Foo-4.5 in two weeks", "delayed Foo-4.5 to …")
IN_SENTENCE = r"(?:[^.;!?\n]|\.(?=\d))"

_MONTHS_EN = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_CN_DIGIT = "零〇○一二三四五六七八九两兩"
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_AGO_UNIT = {"年": "year", "个月": "month", "個月": "month", "周": "week", "週": "week", "个星期": "week",
             "個星期": "week", "天": "day", "日": "day"}  # fmt: skip
# A month without its year is capitalized, or written out in lower case as chats write it ("came out in august",
# "on july 4"; not "may" nor "march", verbs too)
_MONTH_CASE = r"(?-i:[A-Z]|(?:january|february|april|june|july|august|september|october|november|december)(?![-\w]))"
# Between an English month and its year: a line break, not a blank line ("in March.\n\n2024 was").
_EN_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_WEEKDAY = "|".join(_EN_WEEKDAYS)  # (also read by events and bylines)
_SHORT_WEEKDAYS = {day[:3]: i for i, day in enumerate(_EN_WEEKDAYS)}
# A weekday written beside a date ("2025年2月18日 星期二", "6月16日（周一）", "June 16 (Monday)", "March 10, Monday"):
# the date's own, as events' leads and headlines' and bylines' days read it
ZH_WEEKDAY = "(?:周|星期|礼拜|週|禮拜)[一二三四五六日天]"  # (also read by bylines: "星期二，2025年11月4日")
WEEKDAY_NOTE = rf"[\s,，]*[(（]?\s*(?:{ZH_WEEKDAY}|(?:{EN_WEEKDAY}))\s*[)）]?"
EN_DATE_WORD = rf"(?:{MONTH_NAME}|{EN_WEEKDAY})"  # (a capitalized word that is no name: models, events)
_SEASON = "spring|summer|fall|autumn|winter"
# A season's first month: spring, summer, fall (winter spans two years, and is left the whole year)
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "春": 3, "夏": 6, "秋": 9}


def _season_in(text: str) -> int | None:
    words = text.lower()
    return next((month for word, month in _SEASON_START.items() if word in words), None)
# A year's two digits after an apostrophe, as posts and decks write it: "Dec '24", "Q4'24", "H2'25"
_SHORT_YEAR = r"['’]\d{2}(?!\d)"
_DIGITS_END = r"(?![A-Za-z0-9_])"  # (a form that ends in a digit: not \b, which Chinese after it fails)
# (a day's digits that end a name, "Qwen3 July 2024", "GPT-4 March 2023": looked back for once the month is read after
# them, where few matches get, not at every digit)
_NOT_NAME_DAY = rf"(?<![A-Za-z_]-?\d{{1,2}}(?:st|nd|rd|th)?[^\S\n\t]+(?:of\s+)?{MONTH_NAME})"
# A quarter's start or end in Chinese: "第三季度末", "第四季度初"
_QUARTER_PART = {"末": "late", "底": "late", "初": "early"}
_QUARTER_PARTS = "|".join(_QUARTER_PART)
# Parts of a period in words: "the end of 2025", "the first half of 2026", "beginning of next year".
_POINT_WORDS = r"(?:end|beginning|start|middle)"
_EN_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}  # (quarters in words)
_QUARTER_WORDS = "|".join(_EN_ORDINAL)
# (a half as the press also says it: "the back half of 2026", "the latter half of the year")
_PART_WORDS = rf"(?:{_POINT_WORDS}|(?:first|second|front|back|latter)\s+half)"
_EN_PART_OF = rf"(?:the\s+)?{_PART_WORDS}\s+of"
_EDGE_WEEK = r"(?:first|last|final)\s+(?:week|few\s+days|days)"  # (a month's first or last days)
_AGO_UNITS = "|".join(sorted(_AGO_UNIT, key=len, reverse=True))  # the units a count of time takes
_GAP_UNITS = "个月|個月|年|周|週|个星期|個星期"  # (a gap's units after 隔, "时隔4个月"; a day's gap is same_day's)
_DAY_WEEK_UNITS = "天|日|周|週|个星期|個星期"  # (a count of days or weeks from a happening: "发布前两天", "此后一周")
_COUNT_ZH = r"[1-9]\d?|[一二三四五六七八九十两兩]+"  # (a count of them, in figures or in words)
# Part-of-period words, guarded against the compounds they start (中国, 底层, 初步, ...).
_GUARD_CHU = r"初(?![步次创創衷始心级級见見识識赛賽版])"
_GUARD_ZHONG = r"中(?![国國华華文心方部东東西南北型小大外期间間的秋])"
_GUARD_DI = r"底(?![层層座线線部盘盤气氣稿片子牌])"
_GUARD_MO = r"末(?![端尾日])"
_YEAR_PART = rf"(?P<ypart>{_GUARD_CHU}|{_GUARD_ZHONG}|{_GUARD_DI}|{_GUARD_MO}|尾)"
# (two parts together, "中下旬", "上中旬": the month, no one part of it)
_MONTH_PART = rf"(?P<mpart>上中旬|中下旬|上旬|中旬|下旬|{_GUARD_CHU}|{_GUARD_ZHONG}|{_GUARD_DI}|{_GUARD_MO})"


@cache
def _holidays() -> dict[str, tuple[int, int]]:
    data = read_yaml(__package__, "holidays.yaml")
    table: dict[str, tuple[int, int]] = {}
    for month_day, names in data.items():
        month, day = map(int, str(month_day).split("-"))
        for name in names:
            table[str(name)] = (month, day)
    return table


@cache
def _sitting_lead() -> str:
    """A conference's name (gatherings.yaml) and the blank before its sitting's year: "GTC 2026", "I/O 2026"."""
    names = "|".join(regex.escape(str(name)) for name in read_yaml(__package__, "gatherings.yaml"))
    return rf"(?<![\w/])(?-i:{names})[ \t]"


@cache
def _lunar() -> tuple[dict[str, str], dict[int, dict[str, tuple[int, int]]]]:
    """The lunar calendar's holidays: name -> kind ("spring", "eve", …), and year -> kind -> (month, day)."""
    data = read_yaml(__package__, "lunar.yaml")
    kinds = {str(name): str(kind) for kind, names in data["names"].items() for name in names}
    days: dict[int, dict[str, tuple[int, int]]] = {}
    for year, by_kind in data["days"].items():
        days[int(year)] = {str(kind): (int(str(md)[:2]), int(str(md)[3:])) for kind, md in by_kind.items()}
    return kinds, days


@cache
def _weekday_holidays() -> dict[str, str]:
    """The holidays on a weekday of a month: name -> rule ("11-4-4": November's fourth Thursday; "+1" the day after)."""
    data = read_yaml(__package__, "weekday_holidays.yaml")
    return {str(name): str(rule) for rule, names in data.items() for name in names}


def _moving_day(kind: str, shift: int, year: int) -> Date | None:
    """The day in `year` of a holiday that moves from year to year (`shift` days from it): a weekday one's by its rule,
    or a lunar one's from its table (除夕 the day before 春节), if known."""
    if kind[:1].isdigit():
        rule, _, after = kind.partition("+")
        month, nth, weekday = map(int, rule.split("-"))
        first = Date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1) + int(after or 0) + shift)
    by_kind = _lunar()[1].get(year)
    if by_kind is None:
        return None
    month, day = by_kind["spring" if kind == "eve" else kind]
    return Date(year, month, day) + dt.timedelta(days=shift - (kind == "eve"))


def _holiday_names() -> list[str]:
    return [*_holidays(), *_lunar()[0], *_weekday_holidays()]


# What happened before a span counted from it ("GPT-5发布前两天", "GPT-4发布两天后"): the models' RELEASE_VERBS (which
# import this module) and the debut's words
HAPPENED_ZH = "发布|推出|开源|上线|亮相|问世|面世|登场"
# The days around a holiday, no day of their own: "春节前后", "国庆期间", "春节后", "春节前夕" (the run-up to it)
_AROUND_HOLIDAY = r"前后|前後|左右|[前后後](?!一[天日])|之[前后後]|以[前后後]|期间|期間|假期|长假|長假"
# (and in English, the days before or after it, around or over it: "just before Christmas", "ahead of Thanksgiving",
# "over the Thanksgiving weekend 2024": with its year, its month, late in it for the days before one late in it; none
# for the days before one early in its month, nor after one late in it, which may be the month's next or last; not "the
# day after Christmas", "the day before Thanksgiving", days of their own)
_AROUND_HOLIDAY_EN = regex.compile(r"\b(?:(?P<before>(?<!\bday\s)before|ahead\s+of|prior\s+to|run-up\s+to)"
                                   r"|(?P<after>after|following)|(?P<until>until)|around|over|during)\s+(?:the\s+)?$",
                                   regex.I)
_AROUND_REACH = 24  # characters before the name
# Days from a holiday: "圣诞节次日", "the day after Christmas"
_HOLIDAY_SHIFT = {"次日": 1, "翌日": 1, "第二天": 1, "前一天": -1, "前一日": -1, "after": 1}


# Between a year and its month: a line may wrap there (text pulled out of a PDF), a paragraph does not ("## 2025年"
# over "2月24日，…" is a heading's year and a date of its own)
_WRAP = r"[^\S\n]*(?:\n[^\S\n]*)?"
_DAY_WRAP = r"[^\S\n]*(?:(?<!(?:^|\n)[^\S\n]*\d{1,2}[^\S\n]*月[^\S\n]*)\n[^\S\n]*)?"


def _build_pattern(shapes: bool = True, with_lead: bool = True) -> regex.Pattern[str]:
    """Every form; `with_lead`: behind the check of where a form can begin (_lead_branches)."""
    holidays = trie_pattern(_holiday_names())
    year = (
        r"(?:(?P<yabs>(?<![\d.A-Za-z_])\d{4}|(?<![\d.A-Za-z_])\d{2}(?=\s*年(?![前后後]))"
        rf"|(?<![{_CN_DIGIT}十百千])[{_CN_DIGIT}千]{{2,5}}(?=\s*年))\s*年"
        r"|民[国國](?P<roc>[\d一二三四五六七八九十]{1,3})年"
        # (or without 民國, as Taiwan's papers and notices write it once more, its month after it: "113年4月15日")
        r"|(?<![\d.A-Za-z_])(?P<roc>1[01]\d)(?=\s*年\s*(?:1[0-2]|0?[1-9])\s*月)\s*年"
        # (as Taiwan's press writes this year, last or next, its number in parentheses: "去（113）年", "今（2025）年")
        r"|[今去明][（(](?P<ypd>\d{4}|1\d\d)[）)]年"
        r"|(?P<yrel>大前年|大后年|大後年|去年|今年|明年|前年|后年|後年|上一年|下一年|上年|下年|本年"
        r"|这一年|這一年|同年|次年|当年|當年|翌年|前一年"
        # ("预计在年内推出": within this year; "三年内", "近年内" are spans of time)
        r"|(?<![\d一二三四五六七八九十两兩几幾多半数數个個百千万廿近])年[内內](?![容部外地])))"
    )
    month = (
        r"(?:(?P<mnum>(?<![\d.])(?:1[0-2]|0?[1-9]))\s*月份?"
        r"|(?P<mcn>十[一二]|十|[一二三四五六七八九])月份?"
        r"|(?P<mrel>上个月|上個月|上月|下个月|下個月|下月|本月|当月|當月|这个月|這個月|今個月|今个月|同月|次月|同一周|同周"
        # ("大会将于7月26日至28日举行。期间，阶跃星辰将发布Step 3": during the passage's time, of its month)
        r"|(?<![^\s，,。；;：:、此])期间(?=\s*[，,])"
        # "月底，智谱发布…": a month part alone at a clause's start is of the passage's month ("下旬，阿里开源Qwen3"),
        # or after a word of what is to come or was done ("预计月中发布", "将月底上线", "已于月初开源")
        # (or within it: "计划在月内上线")
        rf"|(?<![^\s，,。；;：:、（(于在到至计将拟已])月(?=[上中下]旬|初|底|末|{_GUARD_ZHONG}|[内內](?![容部外地])))"
        r"|(?<![^\s，,。；;：:、（(于在到至])(?P<mbare>)(?=[上中下]旬))"
    )
    day = (
        # (a wrapped line between month and day, no blank one: "## 4月" over a blank line and "18日 …" are two; nor a
        # month alone on its line, a plain timeline's head over its days: "1月" over "20日：DeepSeek发布R1")
        rf"(?:{_DAY_WRAP}(?P<dnum>3[01]|[12]\d|0?[1-9])\s*(?:日|号|號|(?![\d.%\p{{Han}}A-Za-z]))"
        r"|(?P<dcn>三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?"
        r"|[一二三四五六七八九])(?:日|号|號|(?!\p{Han}))"
        r"|的?第(?P<nth>[一二三四五1-5])(?:个|個)?(?:星期|礼拜|禮拜|周|週)(?P<nthd>[一二三四五六日天])"
        # (its first or last day: "1月的最后一天", "3月第一天")
        r"|的?(?P<mld>最[后後]一[天日]|第一天))"
    )
    year_tail = (
        # (a quarter's end or start: "2025年第三季度末", "Q4初"; its first as Hong Kong and Taiwan write it, "明年首季",
        # "2026年第一季")
        rf"(?:的)?(?:(?P<yq>第?[一二三四1-4]季度|Q[1-4]|首季度?|第[一二三四1-4]季(?![度节節]))(?P<yqp>{_QUARTER_PARTS})?|(?P<yh>上半年|下半年|前半年|后半年|後半年|H[12](?![\dA-Za-z]))"
        r"|第(?P<yweek>[一二三四五六七八九十\d]{1,3})(?:周|週|个星期|個星期)"
        r"|第(?P<ymonth>[一二三四五六七八九十\d]{1,3})(?:个|個)月|(?P<ys>[春夏秋](?:季|天))"
        rf"|年?{_YEAR_PART}(?!\s*[月\d])"  # ("2026年年中" as "2026年中")
        r"|的?(?P<yld>最[后後]一[天日]|第一天))"  # (its first or last day: "今年的最后一天", "2026年第一天")
    )
    composite = (
        rf"(?P<cn>(?:{year}{_WRAP}(?:{year_tail}|(?:{month}(?:{day}|{_MONTH_PART})?))?)"
        rf"|(?:{month}(?:{day}|{_MONTH_PART})?))"
    )
    standalone = (
        r"(?P<npart>年初|年中(?![国國])|年底|年末|年尾|上半年|下半年|前半年|后半年|後半年|上个半年|上個半年"
        # (a fiscal year's quarter is none of the calendar's; "二季度" as business news writes it)
        rf"|(?<![\d一二三四五六七八九十第])(?<!财年)第?[一二三四]季度(?:{_QUARTER_PARTS})?"
        # (and as Chinese writes it in Latin after a preposition: "计划在Q4推出"; or a plan's or a forecast's word:
        # "预计Q3发布", "最快Q1上线")
        rf"|(?<=(?:[在于於至到将]|预计|计划|有望|最快|最早)[ \t]?)(?:Q[1-4](?![\dA-Za-z.'’])(?:{_QUARTER_PARTS})?"
        r"|H[12](?![\dA-Za-z.'’])))"
    )
    week = (
        r"(?P<wk>(?P<wprefix>上上|下下|上|下|这个|這個|这一|這一|这|這|今個|今个|今|本)?(?:个|個)?"
        r"(?P<wword>星期|礼拜|禮拜|周|週)(?:(?P<wday>[一二三四五六日天])|(?P<wend>末))?)"
    )
    # the passage's day ("3月25日…当天", "1月20日发布，次日开源", "第二天"); 次日留存 is a retention rate
    same_day = (
        # ("会上，华为发布了…" after the day a conference opened: that day; not "社会上，"; nor a week's day,
        # "开源周进入第二天")
        # (and its evening: "当晚")
        # ("就在这一天，…"; not a day a phrase before names, "改变历史的这一天")
        r"(?P<dctx>同日|当日|當日|当天|當天|当晚|當晚|当夜|當夜|同一天|(?<!的)[这這]一天|同一时间|同一時間|次日(?!留存)|翌日"
        r"|(?<!进入|進入)第二[天日]"
        r"|前一[天日]|(?<![社机機理体體])会上(?=\s*[，,])"
        r"|(?<!间|間)隔(?:了?一)?[天日](?![数數达達]))"  # ("隔了一天，百度发布了…": the next day; not 间隔天数, 隔日达)
        # ("The same day, Foo released …", "the next day", "a day later", "the day before"; not "the same day-one buy")
        r"|(?<![A-Za-z])(?P<dctxen>(?:the|that)\s+(?:very\s+)?same\s+day|the\s+(?:next|following)\s+day"
        r"|a\s+day\s+(?:later|earlier|before)|the\s+day\s+before|the\s+previous\s+day"
        # ("came out the day after, July 24": with nothing after it, not "the day after Christmas")
        r"|the\s+day\s+after(?=\s*(?:[,.;:!?)]|$)))(?![\w-])"
        # (the passage's month: "Devstral Medium, released the same month, …")
        # ("the same week": of its month, as an event dates a week)
        # ("Earlier in the month, Alibaba unveiled …", "later in the year": the passage's)
        r"|(?<![A-Za-z])(?P<mctxen>(?:the|that)\s+(?:very\s+)?same\s+(?:month|week)|that\s+(?:month|week)"
        r"|(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?:month|week))(?![\w-])"
        # (years and days counted from the passage's: "A year later, Google unveiled LaMDA", "the following year",
        # "that same year", "two days later", "two months later"; as 次年, 同年, 两天后)
        r"|(?<![A-Za-z])(?P<yctxen>(?i:(?:the|that)\s+(?:very\s+)?same\s+year|the\s+(?:following|next)\s+year"
        r"|the\s+year\s+after|(?:earlier|later)\s+in\s+the\s+year))(?![\w-])"
        # (and a month of the year after the passage's: "The following March, the company released …", as 次年3月)
        rf"|(?<![A-Za-z])(?i:the\s+(?:following|next))\s+(?=(?-i:[A-Z]))(?P<yctxmm>{MONTH_NAME})(?![-\w])"
        # (and counted back from the text's day: "three weeks ago", "a year ago", "4 days ago")
        # ("a fortnight ago": two weeks)
        rf"|(?<![A-Za-z])(?P<agoen>(?i:(?P<agoenn>{_EN_COUNT}|\d{{1,2}})\s+(?P<agoenu>day|week|fortnight|month|year)s?\s+"
        # ("two days earlier", "three weeks before,": back from the passage's; not "two days before the launch")
        # ("three months from now": forward from the text's day)
        # ("two years on, …": later, as a story told forward says it)
        r"(?P<agoenw>later|ago|earlier|from\s+now|before(?=\s*(?:[,.;:!?]|$))|on(?=\s*(?:[,;:]|from\b))))"
        r")(?![\w-])"
        # ("will launch in two weeks": forward from the text's day, as "from now", told as to come; not a span, "in 10
        # days of testing", nor one it took, "was trained in 55 days")
        r"|(?<=\b(?i:will|['’]ll|would|to|shall|expected|set|due|plans?|planned|slated|coming|going|ships|launches"
        rf"|arrives|lands|drops|debuts|comes|opens|rolls\s+out|goes\s+live)\b{IN_SENTENCE}{{0,60}}?\s)"
        rf"(?P<agoen>(?i:in)\s+(?P<agoenn>(?i:{_EN_COUNT})|\d{{1,2}})\s+"
        r"(?P<agoenu>(?i:day|week|fortnight|month))s?(?P<agoenw>))(?![\w-]|\s+(?i:of|in|to|after|before)\b)"
    )
    # (longest first: 大前天 before 前天; "即日起": from the text's day on)
    rel_day = f"(?P<rday>{'|'.join(sorted(_RDAY, key=len, reverse=True))}|即日(?=起))"
    ago = (
        rf"(?P<ago>(?P<agon>{_COUNT_ZH})\s*(?P<agou>{_AGO_UNITS})"
        r"(?P<agod>前|后|後))"
        # (half a year: six months, "半年后，又推出了…"; its character first: not a year and a half, "一年半后", nor
        # nearly half a year, "近半年", nor a half's, "上半年")
        r"|(?P<ago>半年(?<![\d一二三四五六七八九十两兩个個多近上下前后後]半年)(?P<agoh>)(?P<agod>前|后|後))"
        # (days before a happening: "GPT-5发布前两天", counted back from its day as "发布两天后" forward)
        # (its character first, the verb behind it after: a lookbehind first was tried at every candidate)
        rf"|前(?<=(?:{HAPPENED_ZH})(?:的|之)?\s*前)(?P<agob>(?P<agobn>[1-9]\d?|[二三四五六七八九十两兩][一二三四五六七八九十两兩]*|一(?=[周週个]))\s*"
        rf"(?P<agobu>{_DAY_WEEK_UNITS}))"
        # (or before or after the day just told, "此": "8月7日发布GPT-5，并在此前两天开源了…", "此后一周"; not a span
        # of days before it, "此前两天内")
        # ("此前一天" is the day before the passage's: same_day's 前一天)
        rf"|此(?:之)?前(?!一[天日])(?P<agob>(?P<agobn>{_COUNT_ZH})\s*(?P<agobu>{_DAY_WEEK_UNITS}))(?![内裏里中])"
        rf"|此(?:之)?[后後](?P<agog>(?P<agogn>{_COUNT_ZH})\s*(?P<agogu>{_DAY_WEEK_UNITS}))(?![内裏里中])"
        # (a gap after the happening before, counted forward: "7月开源Kimi K2后，仅隔4个月便推出了…", "时隔一年";
        # not an interval, 间隔; a day's gap is the next day's, same_day's "隔了一天")
        rf"|(?<![间間])隔了?\s*(?P<agog>(?P<agogn>{_COUNT_ZH})\s*"
        rf"(?P<agogu>{_GAP_UNITS}))(?![前后後])"
    )
    numeric = (
        # (a range on one line: a line that ends with a year is no range's start when a list's dash opens the next)
        r"(?P<range>(?<![\d.])(?P<ra>(?:19|20)\d{2})[^\S\n]*[-–—~至到][^\S\n]*(?P<rb>(?:19|20)\d{2})(?!\d)"
        r"(?:\s*年(?![初中底末]))?)"
        r"|(?P<iso>(?<![\d.A-Za-z_])(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=isep)(?P<id>3[01]|[12]\d|0?[1-9])(?!\d|\.\d))"
        r"|(?P<sp>(?<![\d.])(?P<sy>(?:19|20)\d{2}) (?P<sm>0[1-9]|1[0-2]) (?P<sd>0[1-9]|[12]\d|3[01])(?!\d|\.\d))"
        r"|(?P<us>(?<![\d/.])(?P<ua>\d{1,2})/(?P<ub>\d{1,2})/(?P<uy>\d{4}|\d{2})(?![\d/]))"
        r"|(?P<eu>(?<![\d.])(?P<ea>\d{1,2})\.(?P<eb>\d{1,2})\.(?P<ey>\d{4})(?!\d|\.\d))"
        r"|(?P<yy>(?<![\d/.-])(?P<yya>\d{2})-(?P<yyb>1[0-2]|0?[1-9])-(?P<yyc>3[01]|[12]\d|0?[1-9])(?![\d-]))"
        # ("2024.12" in a timeline or a table: a dot only before a month of two digits, not a number's
        # decimals: "2024.12亿", "v2024.12")
        r"|(?P<ym>(?<![\d.])(?P<ymy>(?:19|20)\d{2})(?:[-/]|\.(?<![A-Za-z_]\d{4}\.)"
        r"(?=\d\d(?![\d.%])(?!\s*(?:亿|万|元|美元|倍|分|个|[BKMTbkmt]\b))))(?P<ymm>1[0-2]|0[1-9])(?![\d/-]))"
        # (and a month of one digit after its dot where a date stands: after 于 or 在, at a line's or a cell's start:
        # "于2025.3发布", "| 2025.3 |")
        r"|(?P<ym>(?<=(?:^|[\n|于在自从至到])[ \t]*)(?P<ymy>(?:19|20)\d{2})\.(?P<ymm>[1-9])"
        r"(?![\d.%]|\s*(?:亿|万|元|美元|倍|分|个|[BKMTbkmt]\b|[A-Za-z])))"
        # (Chinese may follow it, as any form here that ends in a digit: "2026 Q1发布", "H1 2026上线")
        rf"|(?P<yqn>(?<![\d.])(?P<qy>(?:19|20)\d{{2}})\s*Q(?P<qq>[1-4]){_DIGITS_END})"
        rf"|{_MONTH_DOT_DAY}"
    )
    english = (
        # ("the last week of December 2024": its end, as "late December")
        # ("end-November", "end-March 2026": a month's end as Reuters writes it, the hyphen its own)
        # ("the last day of January", "the first day of March 2026", "the last day of the month": its day)
        rf"(?P<en>(?:(?:(?P<enq>early|mid|late|end(?=-)|(?:the\s+)?(?:{_POINT_WORDS}|{_EDGE_WEEK})\s+of)"
        r"|(?P<enld>(?:the\s+)?(?:very\s+)?(?:first|last|final)\s+day\s+of))[\s-]+)?"
        # (a year's two digits after an apostrophe too: "4 Mar '25", "Mar 4 '25")
        rf"(?:(?P<enm1>{MONTH_NAME})\.?\s+(?P<end1>\d{{1,2}})(?:st|nd|rd|th)?,?{_EN_GAP}(?P<eny1>\d{{4}}|{_SHORT_YEAR})"
        # (a day written first is no name's number, "Qwen3 July 2024", "GPT-4 March 2023", nor a cell's before a tab:
        # "DeepSeek-V3\tDecember 2024", a sheet's row)
        rf"|(?P<end2>\d{{1,2}})(?:(?:st|nd|rd|th)?[^\S\n\t]+(?:of\s+)?(?P<enm2>{MONTH_NAME}){_NOT_NAME_DAY}\.?,?{_EN_GAP}"
        rf"(?P<eny2>\d{{4}}|{_SHORT_YEAR})"
        # (or joined by hyphens, as logs and forms write it: "18-Nov-2025"; one branch with the day's: a branch of its
        # own, tried at every digit, cost the scan 0.7 %)
        rf"|-(?P<enm9>{MONTH_NAME})-(?P<eny9>(?:19|20)\d\d)(?!\d))"
        # ("Dec '24" in a post; not a sentence's end over a line's next year: "… in February.\n2020 — …")
        rf"|(?P<enm3>{MONTH_NAME})(?:\.?,?[^\S\n]+|,?[^\S\n]*\n[^\S\n]*)(?P<eny3>\d{{4}}|{_SHORT_YEAR})"
        # (a year's two digits after an apostrophe: "Q4'24", "Q3 '25")
        rf"|(?:Q(?P<enqq>[1-4])(?:\s+(?:of\s+)?|\s?(?={_SHORT_YEAR}))|(?:the\s+)?(?P<enqw>{_QUARTER_WORDS})\s+quarter\s+of\s+)"
        rf"(?P<eny4>\d{{4}}|{_SHORT_YEAR})"
        # (a quarter alone after a preposition is of the passage's year: "an update in Q4")
        # (or after a part of it: "by the end of Q3", "late Q3")
        rf"|(?<=\b(?:in|by|during|before|until|after|for|of|early|mid|late)\s)Q(?P<enqa>[1-4]){_DIGITS_END}"
        r"(?![-\s]*(?:of\s+)?(?:19|20)\d\d|\s?['’]\d)"
        # ("ship Gemini 2.5 in the second quarter": the passage's year's; not a fiscal one, "for the third quarter
        # ended October 27")
        # (or after a part of it: "by the end of the first quarter")
        rf"|(?<=\b(?:in|by|during|before|until|after)\s|\b{_POINT_WORDS}\s+of\s)the\s+(?P<enqwa>{_QUARTER_WORDS})\s+quarter\b"
        r"(?![-\s]*(?:of\s+)?(?:19|20)\d\d|\s+end(?:ed|ing)\b)"
        # without a year (the passage's), the month capitalized: "May 22", "5th of April", and a month
        # alone after a qualifier or a preposition ("in March", "early June": _english checks which)
        # (not across a line break to a list's next number: "… at I/O in May.\n4. Meta's …")
        rf"|(?={_MONTH_CASE})(?P<enm6>{MONTH_NAME})\.?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?!\d{{1,2}}[.)、][ \t]))"
        # (not before another number, unless a comma ends the day and the number is no year: "(December 26, 671B …)")
        rf"(?P<end6>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d|\.\d|[^\S\n]+\d|,[^\S\n]+\d{{4}}(?!\d))"
        rf"|(?P<end7>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n\t]+(?:of\s+)?(?=(?-i:[A-Z]))(?P<enm7>{MONTH_NAME}){_NOT_NAME_DAY}(?!\.?,?[^\S\n]+\d)"
        # (then no Latin letter or digit: "_Posted December 20, 2024_" closes an emphasis with an underscore, and
        # Chinese may follow: "于Sep 29, 2025发布")
        # (a number after its comma is no day of it: "Kimi K2 (July, 1 trillion parameters)", "in December, 2.5 Pro")
        rf"|(?={_MONTH_CASE})(?P<enm8>{MONTH_NAME})(?![-\w]|\.?[^\S\n]+\d|\.?,[^\S\n]*\d{{1,2}}(?:st|nd|rd|th)?\b(?!\.\d|[^\S\n]+[a-z]))"
        r"|(?<=\bday\s+of\s)the\s+(?:(?P<enldy>year)|(?P<enldm>month)))(?![A-Za-z0-9]))"
        # (of a calendar's year, as a report that also counts fiscal ones says it: "the second half of calendar 2026")
        rf"|(?P<enq5>early|mid|late|end(?=-)|{_EN_PART_OF})[\s-]+(?:calendar\s+(?:year\s+)?)?(?P<eny5>(?:19|20)\d{{2}}){_DIGITS_END}"
        rf"|H(?P<enhh>[12])(?:\s+(?P<enhy>(?:19|20)\d{{2}}){_DIGITS_END}|\s?(?P<enhya>{_SHORT_YEAR}))"
        rf"|(?P<enhy2>(?:19|20)\d{{2}})\s?H(?P<enhh2>[12]){_DIGITS_END}"
        # (an analyst's "1H25", "2H24", "2H 2026", and quarters so: "3Q25", "4Q 2025")
        r"|(?<![\w.])(?:(?P<enhh3>[12])H|(?P<enqq3>[1-4])Q)(?:(?P<enhy3>\d{2})|[ \t](?P<enhy4>(?:19|20)\d{2}))\b"
        # ("the last month of training" counts no time back; "the end of the year" is the passage's)
        # (or a quarter of it: "the first quarter of next year")
        rf"|(?<!\bthe\s)(?P<enrel>(?:(?P<enrq>early|earlier|late|later|{_EN_PART_OF})\s+(?:in\s+)?"
        rf"|(?:the\s+)?(?P<enqo>{_QUARTER_WORDS})\s+quarter\s+of\s+)?"
        rf"(?P<enrw>this|last|next)\s+(?P<enru>year|month|weekend|week|quarter)|(?P<enrq2>{_EN_PART_OF})\s+the\s+(?:calendar\s+)?(?:(?P<enctx>year)|(?P<enctxm>month))"
        # ("Mid-month, Google launched …": the middle of the passage's month, as "the middle of the month")
        r"|(?<![A-Za-z])(?P<enrq2>mid)-(?P<enctxm>month)(?![\w-])"
        # ("xAI shipped Grok over the weekend": the last one)
        # ("released it this past weekend": so is the past one)
        r"|(?<![A-Za-z])(?P<enwkd>over\s+the\s+weekend|(?:[Tt]his|[Tt]he)\s+past\s+weekend)(?![\w-])"
        # ("the week before last", "the week after next": two weeks from the text's)
        # (its word first, the lead's check at a word's start: a lookbehind first was tried at every candidate)
        r"|[Tt]he\s+week\s+(?:(?P<enwbl>before\s+last)|(?P<enwan>after\s+next))(?![\w-])"
        # ("last December", "this March", "next January": the month nearest the reference that way; capitalized,
        # "this may" is a verb)
        rf"|(?P<enmw>this|last|next)\s+(?=(?-i:[A-Z]))(?P<enmm>{MONTH_NAME})(?![-\w])"
        # ("by year-end", "at year end", "by end of year": the passage's year, late; not "year-end results")
        # (its year after it: "by year-end 2026")
        r"|(?<=\b(?i:by|at|before|until|around|near|after)\s+)(?P<enye>year(?:[-\s]|['’]s\s+)end|end\s+of\s+year)"
        r"(?:[ \t]+(?P<enyey>(?:19|20)\d\d)(?!\d|\.\d))?(?![-\w]|\s+(?-i:[a-z])))\b"
        # ("Today, we're releasing", "Today Google launches", "OpenAI today announced", "Earlier today, …")
        # ("Google released Gemma 3 today", "Gemma 3 came out this morning": after a verb of release in its clause; a
        # version's point is no sentence's end: "released GPT-5.1 today", "released FLUX.2 today")
        # ("released Foo-3 last night": the day before; "will go live tonight": the day)
        r"|(?P<enday>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|tomorrow|last\s+night|tonight"
        # (or from the day a change takes effect: "Starting today, Foo-3 replaces …", "available as of today"; led by
        # the word, its lookbehind tried only there)
        r"|today(?<=\b(?:earlier|later)\stoday)(?=,?\s+[A-Za-z])"
        # (the day a count of years or months goes back to, whatever the verb: "A year ago today, OpenAI teased o3")
        r"|today(?<=\bago\stoday)\b"
        r"|today(?<=\b(?:starting|beginning|as\s+of|effective|from)\stoday)\b"
        # ("Foo-3 is now generally available", as a dated announcement says it: its day)
        r"|(?<=\b(?:is|are)\s)now(?=\s+(?:generally\s+|broadly\s+|publicly\s+)?available\b)"
        # (the words first, the lookbehind only where they stand: it was tried at every candidate, a tenth of the scan
        # of a text of dates)
        r"|(?=today\b|this\s+(?:morning|afternoon|evening)\b)"
        # (the verb's plain form too, as a maker writes of its own: "We release Foo-3 today")
        r"(?<=\b(?:(?:releas|announc|introduc|open-sourc)(?:e|ed|es|ing)|(?:launch|unveil)(?:ed|es|ing)?"
        r"|debut(?:ed|s|ing)?|ship(?:ped|s|ping)?|arriv(?:ed|es|ing)|land(?:ed|s|ing)|com(?:es|ing)|came\s+out"
        r"|(?:is|are)\s+(?:(?:now|finally|officially)\s+)?out(?!\s+of\b)"  # ("Foo-4.5 is out today", not "out of")
        r"|(?:went|goes)\s+live|roll(?:ed|s|ing)?\s+out|drop(?:ped|s|ping)|put(?:s|ting)?\s+out|available)\b(?:[^.!?;\n]|(?<=[\dA-Z])\.(?=\d)){0,64}?\s)(?:today|this\s+(?:morning|afternoon|evening))\b"
        r"|today(?=,?\s+(?:(?:we(?:['’]re|\s+are)?|(?-i:[A-Z])[\w.-]*"
        # (the verb begun: "OpenAI today began rolling out GPT-5.1")
        r"(?:\s+(?-i:[A-Z0-9])[\w.-]*){0,3})\s+(?:(?:is|are|has|have)\s+)?)?(?:(?:began|begins|started|starts)\s+)?"
        r"(?:announc|releas|launch|unveil|ship|preview"
        r"|introduc|open-sourc|debut|roll(?:ed|ing|s)?\s+out|ma(?:de|kes?|king)\s+(?:\S+\s+){0,6}?available)))\b"
        # a season: "the summer of 2025", "fall 2025", "this summer" (the year, no finer)
        rf"|(?:the\s+)?(?:{_SEASON})\s+(?:of\s+)?(?P<ensy>(?:19|20)\d{{2}}){_DIGITS_END}|(?P<ensr>this|next|last)\s+(?:{_SEASON})\b"
        # (the passage's, else the text's: "In the spring, Google previewed Veo 3", "over the summer")
        rf"|(?<=\b(?:in|over|during|for|by)\s+the\s+)(?P<ensc>{_SEASON})\b(?!\s+(?:of\s+)?(?:19|20)\d\d)"
        # (or what happens in it, the season before the word: "readying Foo-4 for a spring launch", as "this spring")
        # (its determiner tested after the match, as a month's is: a lookbehind first was tried at every candidate)
        rf"|(?P<ensa>{_SEASON})(?=\s+(?:{_LAUNCH_WORDS})\b)"
        # a weekday of news: "on Wednesday" (the last one, or the next in a sentence about the future),
        # "last Friday", "next Monday", "said Tuesday"; capitalized, and a bare one only after "on" or a verb
        # (_english checks what precedes: a lookbehind here was tried at every candidate)
        # ("this Thursday", "this past Tuesday"; "Thursday last week", "Tuesday of next week": that week's)
        # (or in lower case, as chats write it: "came out on tuesday"; only after "on" and the like: see _english)
        rf"|(?:(?P<enwq>last|next|this(?:\s+past)?)\s+)?(?-i:(?P<enwd>{EN_WEEKDAY}|{EN_WEEKDAY.lower()}))\b"
        r"(?:,?\s+(?:of\s+)?(?P<enww>last|next|this)\s+week\b)?"
        # (or its short name heading a list's item, as a weekly digest writes it: "**Mon:** DeepSeek released …")
        rf"|(?-i:(?P<enwa>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)){_HEAD_COLON}"
    )
    # A day of the passage's month: "阿里巴巴6日发布" (news), not a count of days (3日内, 近7日, 日均).
    day_only = (
        r"(?P<donly>(?<![\d.月/年号號第近每前后後数數过過这這那余餘])(?P<dday>3[01]|[12]\d|0?[1-9])\s*(?:日"
        r"(?![内內前后後均活电電讯訊本元间間以之])"
        # (or 号, as people say it, only before a verb of release: "GPT-5.1是12号发的"; not "3号线", "1号位")
        r"|[号號](?=(?:晚|晚上|凌晨|早上|上午|下午|当天)?\s*(?:正式)?(?:发布|发|上线|开源|推出|亮相|公布|宣布|更新|上架)))"
        r")"
        # and in English after "on": "which DeepSeek open-sourced on the 20th"
        # (not "the 5th of May", a month's own; nor "the 3rd floor", "the 20th century": a noun after it)
        r"|(?<=(?<![A-Za-z])on\s)the\s+(?P<dthe>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s+of\b)"
        r"(?!\s+(?!(?:and|or|but|with|at|in|when|as|after|before|to|for|by|via|alongside|while)\b)[A-Za-z])"
        # and an ordinal day heading a line or list item under its month's heading: "### March" over "- 4th: Acme …"
        r"|(?<=(?:^|\n)[^\S\n]{0,3}(?:[-*•][^\S\n]+)?(?:\*\*)?)(?P<ditem>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        r"(?=(?:\*\*)?(?:[^\S\n]*[:：—–]|[^\S\n]+-[^\S\n]))"
        # and as Taiwan's press writes today's, yesterday's or tomorrow's: "國科會今（15）日宣布"
        r"|[今昨明][（(](?P<dpd>3[01]|[12]\d|0?[1-9])[）)]日"
    )
    bare = (
        # (not after a name in capitals, "AIME 2024上", unless a conference's sitting: "GTC 2025大会上", "GTC 2026")
        rf"(?P<bare>(?<![\d.A-Za-z_/-])(?-i:(?<![A-Z]{{2,}}\s)|(?=\d{{4}}[ \t]?(?:大会|峰会))|(?<={_sitting_lead()}))"
        r"(?P<by>(?:19|20)\d{2})"
        r"(?![\d%/]|\.\d|\s*(?:亿|万|个|家|名|人|元|美元|倍|[BKMTbkmt]\b|tokens?|参数|年|财年|财季)))"
    )
    # (an English name is a whole word; with its year after it, "Christmas 2024", and the day next to it, "圣诞节次日",
    # "the day after Christmas 2024"; a year before it, "2024年圣诞节", and "the day before" are read as forms of their
    # own and joined to it after the scan, see _joined_holidays: a branch tried before theirs cost at every candidate)
    holiday = (r"(?:the\s+day\s+(?P<hoff>after)\s+(?=(?-i:[A-Z])))?"
               # (not the days around it: "春节前后", "国庆期间", "春节后")
               rf"(?P<hol>{holidays})(?:(?<=[^\x00-\x7f])(?!節?节?(?:{_AROUND_HOLIDAY}))|(?<=[A-Za-z])(?![A-Za-z])"
               # (a name that ends in its digits, not a longer number: "双11", not "双110")
               rf"|(?<=\d)(?!\d|\.\d|{_AROUND_HOLIDAY}))"
               rf"(?P<hshift>{'|'.join(w for w in _HOLIDAY_SHIFT if not w.isascii())})?"
               r"(?:,?[^\S\n]+(?P<hya>(?:19|20)\d{2})(?![\d年]))?")
    if shapes:
        # (English forms start with a Latin letter or with a digit of these: a day before its month, "15 March 2024",
        # "3-Mar-2025", a half by its year, "2026 H1", "2H25"; the passage's days with a count of them, "4 days ago".
        # The forms are tried in turn at every candidate: at the digits and Han characters that start none of these,
        # English's branches took half the scan's time)
        english = rf"(?=[A-Za-z]|\d\d?(?:st|nd|rd|th)?[^\S\n\t]|\d\d?-|(?:19|20)\d\d\s?H|[1-4][HQ])(?:{english})"
        same_day = rf"(?:(?!\d)|(?=\d\d?\s+(?:day|week|fortnight|month|year)))(?:{same_day})"
    # (the reference's quarter and those next to it: "下季度", "本季度", "上个季度")
    quarter_rel = r"(?P<zq>(?P<zqw>上|下|本|这|這)(?:个|個|一)?季度)"
    lead = rf"(?=(?:{_lead_branches(shapes)}))" if with_lead else ""
    return regex.compile(
        rf"{lead}(?:"
        + "|".join([numeric, english, composite, standalone, ago, same_day, rel_day, week, holiday, quarter_rel,
                    day_only, bare])
        + ")",
        regex.IGNORECASE | regex.VERSION0,
    )


# Where a form can begin: a first character (class contents) and what must surround it.
# Built into stdlib `re` patterns (_candidates), which jump from one possible first character
# to the next, instead of trying every form at every position, which is what the `regex` module
# does (~3 MB/s); the full pattern is tried only there. It starts with the same check. A digit
# right after a digit or a point starts nothing ("120天前" is not "20天前"); an English word
# starts after a non-letter.
_CN_NUM = "零〇○一二三四五六七八九十两兩千廿"
_LONGEST = 80  # characters: no expression is longer
# (first in its rules, before the lookahead of the word's next letters: it fails at once at most letters, a word's
# third and after; the other way round took the scan of the letters a quarter longer)
_EN_WORD = r"(?<![A-Za-z][A-Za-z])"
_HEAD_COLON = r"(?=(?:\*\*|__)?[ \t]*[:：])"  # (a weekday's short name heading a list's item: "**Fri:** …")
_LEAD_RULES: tuple[tuple[str, str], ...] = (
    (r"\d", r"(?<![\d.]\d)"), (_CN_NUM, f"(?=[{_CN_NUM}年月日号號天个個周週星礼禮]|季度)"), ("去", "(?=年|[（(])"),
    ("今", "(?=[年天日个個星礼禮月晨早晚（(])"), ("明", "(?=[年天日（(])"),
    ("前", "(?=[年天日半晚夜]|一[天日周週个年]|[1-9两二三四五六七八九十])"),
    ("即", "(?=日起)"),
    ("刚", "(?=刚[ \t]*[,，！!])"),  # (a breaking news' lead: "刚刚，DeepSeek宣布开源…", "刚刚！…" is the text's day)
    ("后後", "(?=[年天日半])"),
    ("上", "(?=[个個周週星礼禮半年月一上旬季])"), ("下", "(?=[个個周週星礼禮半年月一下旬季])"),
    ("中", "(?=旬)"),
    ("本", "(?=[年月周週季])"), ("这", "(?=[个一周週星礼])"), ("這", "(?=[個一周週星禮])"),
    ("同", "(?=[年月日周]|一天|一周|一(?:时间|時間))"), ("期", "(?=间)"),
    ("次", "(?=[年月日])"),
    ("隔", rf"(?=(?:了?一)?[天日]|了?\s*(?:[1-9]\d?|[{_CN_NUM}]+)\s*(?:{_GAP_UNITS}))"),
    ("当當", "(?=[年月日天晚夜])"), ("翌", "(?=[年日])"),
    ("大", "(?=[前后後])"),
    ("聽尋", "(?=日)"), ("昨", "(?=[天日晚夜（(])"), ("会", "(?=上)"),
    ("周週", "(?=[一二三四五六日天])"), ("星", "(?=期)"), ("礼禮", "(?=拜)"), ("第", "(?=[一二三四]季度|二[天日])"),
    ("年", "(?=[初中底末尾内內])"), ("民", "(?=[国國])"), ("月", "(?=[初中底末内內]|[上下]旬)"),
    ("半", "(?=年[前后後])"), ("此", "(?=之?[前后後](?:[1-9]|[一二三四五六七八九十两兩]))"),
    ("Ii", f"{_EN_WORD}(?=(?i:n)\\s)"),
    ("Jj", f"{_EN_WORD}(?=(?i:an|un|ul))"),
    ("Ff", f"{_EN_WORD}(?=(?i:eb|irst|inal|riday|all|our|ive)|ri{_HEAD_COLON})"),
    ("Mm", f"{_EN_WORD}(?=(?i:ar|ay|id|on))"),
    ("Aa", f"{_EN_WORD}(?=(?i:pr|ug|utumn|\\s+(?:day|year|week|fortnight|month)\\s))"),
    ("Ss", f"{_EN_WORD}(?=(?i:ep|tart|econd|aturday|unday|pring|ummer|ix|even)|(?:at|un){_HEAD_COLON})"),
    ("Oo", f"{_EN_WORD}(?=(?i:ct|ne|ver\\s))"),
    ("Nn", f"{_EN_WORD}(?=(?i:ov|ext|ine|ow\\s+(?:(?:generally|broadly|publicly)\\s+)?available))"),
    ("Dd", f"{_EN_WORD}(?=(?i:ec))"),
    ("Ee", f"{_EN_WORD}(?=(?i:arl|nd|ight))"),
    ("Ll", f"{_EN_WORD}(?=(?i:at|ast))"), ("Bb", f"{_EN_WORD}(?=(?i:eginning))"),
    ("Tt", f"{_EN_WORD}(?=(?i:he|his|hat|hird|omorrow|oday|onight|uesday|hursday|wo|hree|en)"
           f"|(?:ues?|hu(?:rs?)?){_HEAD_COLON})"),
    ("Qq", f"{_EN_WORD}(?=[1-4])"),
    ("Yy", f"{_EN_WORD}(?=(?i:esterday|ear(?:[-\\s]|['’]s\\s+)end))"), ("Hh", f"{_EN_WORD}(?=[12])"),
    ("Ww", f"{_EN_WORD}(?=(?i:ednesday|inter)|ed{_HEAD_COLON})"),
)


# Shapes: what must follow the first character for any form to match there, a pure filter
# (tests/test_times_scan.py checks that the pattern finds the same with and without them). Most
# digits, number words and capitals in articles start numbers and words, not dates, and are
# settled here, before the full pattern is tried. A digit: the rest of a year 19xx/20xx, of four
# digits before 年 or a date separator, or one or two digits followed by 年/月, a count's unit
# and 前/后 (3天前), a day or month between two separators ("5/12/2024", "12.5.2024",
# "24-05-12") or an English month ("12th of March"). A number word: more of them before 年
# (二〇二四年), a month (十一月), a count's unit and 前/后 (三个月前). An English word: a whole
# month name or qualifier ("Decode" is not December).
_UNITS_AGO = rf"(?:{_AGO_UNITS})[前后後]"
_EN_COUNT = "|".join(EN_NUMBER_WORDS)  # (of years, months or days later: "two days later")
# (after a number word's first letter, in the shapes below)
_LATER = r"\s+(?:year|day|week|fortnight|month)s?\s+(?:later|ago|earlier|before|from\s+now|on)"
_YEAR_OR_MONTH = "(?:year|month|weekend|week|quarter)"
_THIS_YEAR = rf"(?:this|last|next)\s+{_YEAR_OR_MONTH}"
_WORD_END = "(?![A-Za-z])"
_YEAR_AFTER = r"\s+(?:of\s+)?(?:19|20)\d\d"  # (a season's year)
_SEASON_YEAR = rf"(?:pring|ummer)(?:{_YEAR_AFTER})?"  # (or alone, the passage's: "in the spring")
# A month and a day with a point between, opening a line of a Chinese digest ("📌 11.19 OpenAI推出…", "- 3.14 GPT-4
# 发布"), then Han, a mark, or a name and Han; not a version's number ("3.5 Sonnet发布"), nor one of English prose
_LINE_OPENS = r"(?:^|\n)[^\S\n]{0,3}(?:\p{So}[^\S\n]*|[-*•][^\S\n]+)?"
# (a few of the models' variants, the common ones after a point version: the models' rules import this module)
_NOT_VARIANT = (r"(?!(?:Pro|Flash|Sonnet|Opus|Haiku|Turbo|Max|Mini|Ultra|Plus|Lite|Nano|Preview|Instruct|Chat|Thinking)"
                r"(?![A-Za-z]))")  # (the pattern ignores case)
_DAY_TIME_ZH = "晚|凌晨|早上|上午|中午|下午|当天|当晚"
_RELEASED_ZH = "发布|开源|推出|上线"  # (the verbs a month and day after 于 comes before, _MONTH_DOT_DAY; 是: 发的)
_MONTH_DOT_DAY = (r"(?P<md>(?P<mdm>1[0-2]|0?[1-9])\.(?P<mdd>3[01]|[12]\d|0?[1-9])"
                  rf"(?:(?<={_LINE_OPENS}\d\d?\.\d\d?)"  # (looked behind last: tried at every number first)
                  # (or the time of day, its blank dropped by normalization: "12.1 晚，DeepSeek 发布 V3.2")
                  r"(?=[（(｜|:：，,]|" + _DAY_TIME_ZH + r"|[^\S\n]+(?:\p{Han}|" + _NOT_VARIANT
                  + r"[A-Za-z][A-Za-z0-9.-]*[^\S\n]*\p{Han}))"
                  # (or in a sentence, as a post writes it, before the time of day, or after 于 and before a verb of
                  # release: "刚刚（12.1晚上）又开源了", "于9.29发布", "V3.2-Exp是9.29发的"; not a version's number,
                  # "GPT-3.5晚上发布", "Claude 3.5晚些时候", "在3.5发布后")
                  r"|(?<=(?:^|[^A-Za-z0-9.\-\s])\d\d?\.\d\d?)(?=(?!晚些)(?:" + _DAY_TIME_ZH + "))"
                  rf"|(?<=于\d\d?\.\d\d?)(?={_RELEASED_ZH})|(?<=是\d\d?\.\d\d?)(?=发的)))")
_SHAPES: dict[str, str] = {
    # (three digits before 年, a year's; or two, the Republic of China's before its month: "113年4月")
    r"\d": r"(?:(?<=1)9\d\d(?!\d)|(?<=2)0\d\d(?!\d)|\d\d(?:\d(?=\s*年|[-/.]\d)|(?=\s*年\s*\d))"
           rf"|\d?(?!\d)(?:\s*[年月日号號]|\s*{_UNITS_AGO}|/\d\d?/|\.\d\d?\.|-\d\d?-"
           rf"|(?<=[1-4])[HQ](?:\d\d|[ \t](?:19|20)\d\d)(?!\w)|{_LATER}"
           # (a digest's "11.19" opening its line, _MONTH_DOT_DAY: here what `re` can say of it, what follows it and a
           # blank or nothing before it)
           r"|\.\d\d?(?=[（(｜|:：，,]|" + _DAY_TIME_ZH
           + r"|[^\S\n]+(?:[^\x00-\x7f]|[A-Za-z][A-Za-z0-9.-]*[^\S\n]*[^\x00-\x7f]))"
           r"(?:(?<=(?<!\S)\d\.\d)|(?<=(?<!\S)\d\.\d\d)|(?<=(?<!\S)\d\d\.\d)|(?<=(?<!\S)\d\d\.\d\d))"
           r"|\.\d\d?(?=" + _DAY_TIME_ZH + "|" + _RELEASED_ZH + "|发的)"  # (in a sentence: see _MONTH_DOT_DAY)
           # (an English month after it behind a lookahead: a candidate that took "2 Sep" of "Foo-2 Sept. 29" and failed
           # hid the month's own)
           # (or a hyphen: "18-Nov-2025")
           r"|(?=(?:(?i:st|nd|rd|th)?[^\S\n]+(?i:of\s+)?|-)(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
           # (an item's ordinal day: "- 4th: …")
           r"|(?i:st|nd|rd|th)(?:\*\*)?(?:[^\S\n]*[:：—–]|[^\S\n]+-[^\S\n])))",
    # (runs as long as a form takes, and not given back, since no unit starts with a numeral: tried
    # at every numeral, an unbounded run ran to the end of a long one each time, in time quadratic
    # in its length; a count's numerals fit in an expression)
    _CN_NUM: rf"(?:[{_CN_NUM}]{{1,4}}+\s*年|[{_CN_NUM}]?+月|[{_CN_NUM}]{{0,{_LONGEST}}}+\s*{_UNITS_AGO}|季度)",
    **{word: rf"(?:{word}?[个個]?(?:星期|礼拜|禮拜|周|週)|[个個]?月|一?年|[个個]?半年|旬|[个個一]?季度)"
       for word in "上下"},
    "中": "旬",
    **{this: rf"(?:[{one}一]?[个個]?(?:星期|礼拜|禮拜|周|週)|一[年天]|{one}月)" for this, one in ("这个", "這個")},
    "Ii": rf"(?i:n)\s+(?:{_EN_COUNT}|\d{{1,2}})\s+(?i:day|week|fortnight|month)s?{_WORD_END}",
    "Jj": f"(?i:an(?:uary)?|une?|uly?){_WORD_END}",
    "Ff": rf"(?i:eb(?:ruary)?|irst\s+(?:half|quarter|day)\s+of|inal\s+day\s+of|ourth\s+quarter\s+of|riday"
          rf"|ri{_HEAD_COLON}"
          rf"|all(?:{_YEAR_AFTER})?|(?:our|ive){_LATER}){_WORD_END}",
    "Mm": rf"(?i:ar(?:ch)?|ay|id|iddle\s+of|onday|on{_HEAD_COLON}){_WORD_END}",
    "Aa": rf"(?i:pr(?:il)?|ug(?:ust)?|utumn(?:{_YEAR_AFTER})?|\s+day\s+(?:later|earlier|before)|{_LATER})"
          rf"{_WORD_END}",
    "Ss": rf"(?i:ep(?:t(?:ember)?)?|tart\s+of|econd\s+(?:half|quarter)\s+of|aturday|unday|(?:at|un){_HEAD_COLON}"
          rf"|{_SEASON_YEAR}"
          rf"|(?:ix|even){_LATER}){_WORD_END}",
    "Oo": rf"(?i:ct(?:ober)?|ne{_LATER}|ver\s+the\s+weekend){_WORD_END}",
    "Nn": rf"(?i:ov(?:ember)?|ext\s+(?:{_YEAR_OR_MONTH}|{EN_WEEKDAY}|{_SEASON}|{MONTH_NAME})|ine{_LATER}"
          rf"|ow\s+(?:(?:generally|broadly|publicly)\s+)?available){_WORD_END}",
    "Dd": f"(?i:ec(?:ember)?){_WORD_END}",
    "Ee": rf"(?i:arly|nd(?:\s+of|(?=-[A-Z12]))|arlier\s+(?:in\s+)?(?:{_THIS_YEAR}|the\s+(?:month|year|week))"
          rf"|ight{_LATER}){_WORD_END}",
    "Ll": rf"(?i:ate|ater\s+(?:in\s+)?(?:{_THIS_YEAR}|the\s+(?:month|year|week))"
          rf"|ast\s+(?:{_YEAR_OR_MONTH}|{EN_WEEKDAY}|{MONTH_NAME}|{_SEASON}|night|day\s+of)){_WORD_END}",
    "Bb": rf"(?i:eginning\s+of){_WORD_END}",
    "Tt": rf"(?i:uesday|hursday|(?:ues?|hu(?:rs?)?){_HEAD_COLON}|he\s+(?:{_PART_WORDS}|{_EDGE_WEEK})\s+of"
          rf"|he\s+(?:very\s+)?(?:first|last|final)\s+day\s+of"
          rf"|he\s+(?:{_SEASON}){_YEAR_AFTER}"
          rf"|he\s+(?:{_QUARTER_WORDS})\s+quarter|hird\s+quarter\s+of"
          rf"|h(?:is|e)\s+past\s+weekend"
          rf"|his\s+(?:{_YEAR_OR_MONTH}|{_SEASON}|{MONTH_NAME}|morning|afternoon|evening|(?:past\s+)?(?:{EN_WEEKDAY}))"
          rf"|omorrow|oday|onight"
          rf"|h(?:e|at)\s+(?:very\s+)?same\s+(?:day|week|month|year)|hat\s+(?:week|month)"
          rf"|he\s+(?:next|following|previous)\s+day"
          rf"|he\s+(?:following|next)\s+(?:year|{MONTH_NAME})|he\s+year\s+after|(?:wo|hree|en){_LATER}"
          rf"|he\s+day\s+(?:before|after)|he\s+week\s+(?:before\s+last|after\s+next)"
          rf"|he\s+\d\d?(?:st|nd|rd|th)(?!\s+of\b)){_WORD_END}",
    "Yy": rf"(?i:esterday|ear(?:[-\s]|['’]s\s+)end){_WORD_END}",
    "Ww": rf"(?i:ednesday|ed{_HEAD_COLON}|inter(?:{_YEAR_AFTER})?){_WORD_END}",
    # (or alone after a Chinese word, "计划在H2推出": looked behind only past the digit, most h's have none; any
    # character past ASCII, whose class compiles at once where the Han range is a bitmap built char by char)
    "Hh": rf"[12](?:(?:\s+(?:19|20)\d\d|\s?{_SHORT_YEAR}){_WORD_END}"
          r"|(?:(?<=[^\x00-\x7f][Hh][12])|(?<=[^\x00-\x7f][ \t][Hh][12]))(?![\dA-Za-z]))",
}


def _lead_rules(shapes: bool = True) -> list[tuple[str, str]]:
    """_LEAD_RULES (with their shapes) plus the holidays: first character, then the second by
    lookahead (with shapes: the rest of the name)."""
    rests: dict[str, set[str]] = {}
    for name in _holiday_names():
        rests.setdefault(name[0], set()).add(name[1:] if shapes else name[1:2])
    own = [(first, rule + _SHAPES.get(first, "") if shapes else rule) for first, rule in _LEAD_RULES]
    return [*own, *[(regex.escape(first), f"(?={'|'.join(sorted(map(regex.escape, rest)))})")
                     for first, rest in sorted(rests.items())]]


def _rules_by_char(shapes: bool = True) -> dict[str, list[str]]:
    """Each first character's rules (a digit's for each digit)."""
    by_char: dict[str, list[str]] = {}
    for first, rule in _lead_rules(shapes):
        for ch in ("0123456789" if first == r"\d" else first.replace("\\", "")):
            by_char.setdefault(ch, []).append(rule)
    return by_char


def _branches(by_char: dict[str, list[str]]) -> str:
    """One branch per first character, `c(?:rule|...)`. Branches that each begin with a literal let the `re` engine
    jump from one possible first character to the next and reject a branch on its first character. (In one alternation
    with the others, a branch behind a class of digits cost the engine its jump, a scan four times slower.)"""
    return "|".join(f"{re.escape(ch)}(?:{'|'.join(rules)})" for ch, rules in by_char.items())


def _lead_branches(shapes: bool = True) -> str:
    """Where a form can begin, as one alternation (the lead check of _pattern)."""
    return _branches(_rules_by_char(shapes))


@cache
def _pattern() -> regex.Pattern[str]:
    """The forms behind the lead check: the reference tests/test_times_scan.py holds scan() to."""
    return _build_pattern()


@cache
def _body() -> regex.Pattern[str]:
    """The forms without the lead check, for scan(), which tries them only where it holds."""
    return _build_pattern(with_lead=False)


class RawTime(NamedTuple):
    """What a temporal expression says, before any reference is applied."""

    start: int
    end: int
    text: str
    year: int | None = None
    year_rel: int | None = None  # years from the reference year (去年 = -1)
    year_ctx: int | None = None  # years from the passage year (同年 = 0, 次年 = 1)
    year_end: int | None = None  # last year of a range
    month: int | None = None
    month_rel: int | None = None  # months from the reference month (上个月 = -1)
    month_ctx: bool = False  # 当月/同月: the passage's month
    month_dir: int | None = None  # "last March" -1: the last before the reference's month; "this" 0; "next" 1 (a
    # day without its month: -1 the last such day on or before the reference's, 1 the reference month's own; a season
    # told in the past: -1 the last begun by the reference's month)
    day: int | None = None
    day_rel: int | None = None  # days from the reference date (明天 = 1)
    day_ctx: int | None = None  # days from the passage's day (当天 = 0, 次日 = 1)
    weekday: int | None = None
    week_rel: int | None = None  # weeks from the reference week; None with a weekday = next such day
    week_dir: int | None = None  # a weekday of news: -1 the last on or before the reference, -2 the last
    # before it, 1 the next after it
    week_of_year: int | None = None
    nth: int | None = None  # nth weekday of the month
    quarter: int | None = None
    half: int | None = None
    half_rel: int | None = None  # halves from the reference half (上个半年 = -1)
    qualifier: str | None = None
    ago: tuple[str, int] | None = None  # ("year" | "month" | "week" | "day", signed count)
    holiday: tuple[int, int] | None = None
    # a holiday whose day moves from year to year, its kind (a lunar one's, "spring", "eve", …; or a weekday one's rule,
    # "11-4-4") and the days from it
    moving: tuple[str, int] | None = None
    quarter_rel: int | None = None  # quarters from the reference's (下季度 = 1, "last quarter" = -1)
    bare_year: bool = False  # a four-digit number read as a year without 年
    until: RawTime | None = None  # a range's last day, month, quarter or year ("6月20日至21日")
    clock: bool = False  # a live report's time of day that opens its line: the text's own day ("14:05 雷军宣布…")
    season: int | None = None  # a season's first month (spring 3, summer 6, fall 9; winter spans two years: none)
    weekend: bool = False  # the week's Saturday and Sunday alone ("last weekend", "上周末")
    last_day: bool = False  # the month's last day, whatever its number ("the last day of February")
    sitting: bool = False  # a conference's year after its name ("GTC 2026"), which its sentence's month is of


class TimeMention(NamedTuple):
    """A resolved temporal expression (public shape of `find_times`)."""

    text: str
    start: int
    end: int
    value: str | None
    precision: str
    qualifier: str | None
    earliest: Date | None
    latest: Date | None
    explicit_year: bool = False
    bare_year: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "precision": self.precision,
            "qualifier": self.qualifier,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
        }


_PART_QUALIFIER = {
    "初": "early", "上旬": "early", "中": "mid", "中旬": "mid",
    "底": "late", "末": "late", "尾": "late", "下旬": "late",
}  # fmt: skip
_NPART = {
    "年初": ("year", "early"), "年中": ("year", "mid"), "年底": ("year", "late"), "年末": ("year", "late"),
    "年尾": ("year", "late"),
}  # fmt: skip
_HALF = {"上半年": 1, "前半年": 1, "下半年": 2, "后半年": 2, "後半年": 2, "H1": 1, "H2": 2}  # ("2026年H1", "在H2推出")
_YREL = {
    "大前年": -3, "前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0,
    "这一年": 0, "這一年": 0, "明年": 1, "下年": 1, "下一年": 1, "后年": 2, "後年": 2, "大后年": 3, "大後年": 3,
}  # fmt: skip
_YCTX = {"同年": 0, "当年": 0, "當年": 0, "次年": 1, "翌年": 1, "前一年": -1}  # (前一年: the passage year's before)
_MREL = {
    "上个月": -1, "上個月": -1, "上月": -1, "下个月": 1, "下個月": 1, "下月": 1, "本月": 0,
    "这个月": 0, "這個月": 0, "今個月": 0, "今个月": 0,
}  # fmt: skip
_DCTX = {"同日": 0, "当日": 0, "當日": 0, "当天": 0, "當天": 0, "当晚": 0, "當晚": 0, "当夜": 0, "當夜": 0, "同一天": 0,
         "这一天": 0, "這一天": 0,
         "同一时间": 0, "同一時間": 0,
         "次日": 1, "翌日": 1, "第二天": 1, "第二日": 1, "前一天": -1, "前一日": -1, "会上": 0,
         **{f"隔{gap}{day}": 1 for gap in ("", "一", "了一") for day in "天日"}}
_RDAY = {
    "大前天": -3, "大前日": -3, "前天": -2, "前日": -2, "前晚": -2, "前夜": -2, "昨天": -1, "昨日": -1,
    "昨晚": -1, "昨夜": -1, "尋日": -1, "刚刚": 0, "今天": 0, "今日": 0, "即日": 0, "今晨": 0, "今早": 0, "今晚": 0,
    "明天": 1, "明日": 1, "聽日": 1, "后天": 2, "後天": 2, "後日": 2, "大后天": 3, "大後天": 3, "大後日": 3,
}  # fmt: skip
_WPREFIX = {
    "上上": -2, "上": -1, "下下": 2, "下": 1, "这个": 0, "這個": 0, "这一": 0, "這一": 0, "这": 0, "這": 0,
    "今個": 0, "今个": 0, "今": 0, "本": 0,
}  # fmt: skip

def _num(text: str | None) -> int | None:
    return None if text is None else cn_to_int(text)


# A match's group by name: a str or None, and a str wherever its branch of the pattern matched,
# which the type cannot say.
Groups = Callable[[str], Any]


@cache
def _group_numbers(pattern: regex.Pattern[str]) -> dict[str, int]:
    return dict(pattern.groupindex)


def _raw_from_match(m: regex.Match[str]) -> RawTime | None:
    # All groups in one call, then read by position: m.group(name) costs about 0.5 µs in the
    # `regex` module and a match reads some twenty groups; groupdict() builds all ~100 by name.
    values, number = m.groups(), _group_numbers(m.re)

    def g(name: str) -> Any:
        return values[number[name] - 1]

    base: dict[str, Any] = {"start": m.start(), "end": m.end(), "text": m.group(0)}
    if g("range"):
        return RawTime(**base, year=int(g("ra")), year_end=int(g("rb")))
    if g("iso"):
        return RawTime(**base, year=int(g("iy")), month=int(g("im")), day=int(g("id")))
    if g("sp"):
        return RawTime(**base, year=int(g("sy")), month=int(g("sm")), day=int(g("sd")))
    if g("us"):
        a, b, y = int(g("ua")), int(g("ub")), year_from(g("uy"))
        month, day = (b, a) if a > 12 else (a, b)  # month/day unless the first cannot be a month
        return RawTime(**base, year=y, month=month, day=day)
    if g("eu"):
        return RawTime(**base, year=int(g("ey")), month=int(g("eb")), day=int(g("ea")))
    if g("yy"):
        return RawTime(**base, year=year_from(g("yya")), month=int(g("yyb")), day=int(g("yyc")))
    if g("ym"):
        return RawTime(**base, year=int(g("ymy")), month=int(g("ymm")))
    if g("yqn"):
        return RawTime(**base, year=int(g("qy")), quarter=int(g("qq")))
    if g("md"):
        return RawTime(**base, month=int(g("mdm")), day=int(g("mdd")))
    if g("en") or g("enq5") or g("enrel") or g("enday") or g("enhh") or g("enhh2") or g("enhh3") or g("enqq3") \
            or g("enwd") or g("ensy") or g("ensr") or g("ensc") or g("ensa") or g("enwa"):
        return _english(g, base, m.string)
    if g("donly") or g("dthe") or g("dpd") or g("ditem"):
        # (a day of news without its month is the last such day, unless its sentence is about the future: "29日，Acme
        # 发布…" in a text of October 8 is September's, "将于29日发布" the month's own; in English only in a sentence
        # told in the past, "shipped it last week, on the 29th", not "We're announcing it on the 7th")
        # (not today's, yesterday's or tomorrow's day in parentheses: "明（16）日")
        day = int(g("dday") or g("dthe") or g("dpd") or g("ditem"))
        if g("dpd"):
            return RawTime(**base, day=day, month_ctx=True)
        if _points_ahead(m.string, m.start()):
            return RawTime(**base, day=day, month_ctx=True, month_dir=1)
        told = bool(g("donly")) or _PAST_TOLD.search(  # (over its line: a version's point ends no sentence)
            m.string, max(m.string.rfind("\n", 0, m.start()) + 1, m.start() - 160), m.start()) is not None \
            or _past_after(m.string, m.end())
        return RawTime(**base, day=day, month_ctx=True, month_dir=-1 if told else None)
    if g("cn"):
        return _chinese(g, base)
    if g("npart"):
        word = g("npart")
        if word in _NPART:
            return RawTime(**base, qualifier=_NPART[word][1])
        if word in ("上个半年", "上個半年"):
            return RawTime(**base, half_rel=-1)
        if word in _HALF:
            return RawTime(**base, half=_HALF[word])
        quarter = int(word[1]) if word[0] in "Qq" else cn_to_int(word.lstrip("第")[0])
        return RawTime(**base, quarter=quarter, qualifier=_QUARTER_PART.get(word[-1]))
    if g("zq"):
        return RawTime(**base, quarter_rel=_ZQ[g("zqw")])
    if g("agob"):
        count = _num(g("agobn"))
        return RawTime(**base, ago=(_AGO_UNIT[g("agobu")], -count)) if count is not None else None
    if g("agog"):
        count = _num(g("agogn"))
        return RawTime(**base, ago=(_AGO_UNIT[g("agogu")], count)) if count is not None else None
    if g("ago"):
        half = g("agoh") is not None  # (半年: six months)
        count = 6 if half else _num(g("agon"))
        if count is None:
            return None
        sign = -1 if g("agod") == "前" else 1
        return RawTime(**base, ago=("month" if half else _AGO_UNIT[g("agou")], sign * count))
    if g("dctx"):
        if g("dctx") == "会上" and not _MET_BEFORE.search(m.string, *_sentence_before(m.string, m.start())):
            return None  # (the meeting's day only when the sentence before tells of it: "…大会于6月21日开幕。")
        return RawTime(**base, day_ctx=_DCTX[g("dctx")])
    if g("dctxen"):
        written = g("dctxen").lower()
        before = written.endswith(("before", "earlier", "previous day"))
        return RawTime(**base, day_ctx=0 if "same" in written else -1 if before else 1)
    if g("mctxen"):
        return RawTime(**base, month_ctx=True)
    if g("yctxmm"):
        return RawTime(**base, year_ctx=1, month=_MONTHS_EN[g("yctxmm")[:3].lower()])
    if g("yctxen"):
        return RawTime(**base, year_ctx=1 if any(w in g("yctxen").lower() for w in ("following", "next", "after"))
                       else 0)
    if g("agoen"):
        written, unit = g("agoenn").lower(), g("agoenu").lower()
        count = int(written) if written.isdigit() else EN_NUMBER_WORDS[written]
        if unit == "fortnight":
            unit, count = "week", 2 * count
        if g("agoenw").lower() in ("later", "on"):  # (from the passage's year, month or day: "two months later")
            if unit == "year":
                return RawTime(**base, year_ctx=count)
            return RawTime(**base, month_ctx=True, month_rel=count) if unit == "month" else \
                RawTime(**base, ago=(unit, count))
        if g("agoenw").lower() in ("earlier", "before"):  # (back from the passage's: "two days earlier")
            if unit == "year":
                return RawTime(**base, year_ctx=-count)
            return RawTime(**base, month_ctx=True, month_rel=-count) if unit == "month" else \
                RawTime(**base, day_ctx=-count * (7 if unit == "week" else 1))
        # (from the text's own day, never the passage's, as "两天后" may be; of the unit's precision: "a year ago" that
        # year, "three weeks ago" that week, "four days ago" that day; "a year from now", the year after the text's)
        count = count if g("agoenw").lower().startswith("from") or not g("agoenw") else -count
        if unit == "year":
            return RawTime(**base, year_rel=count)
        if unit == "month":
            return RawTime(**base, month_rel=count)
        return RawTime(**base, week_rel=count) if unit == "week" else RawTime(**base, day_rel=count)
    if g("rday"):
        return RawTime(**base, day_rel=_RDAY[g("rday")])
    if g("wk"):
        prefix, wday = g("wprefix"), g("wday")
        if prefix is None and wday is None:
            return None
        if prefix is None and g("wword") in ("周", "週") and m.start() > 0 and m.string[m.start() - 1].isdigit() \
                and not (wday and _VERSION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
            return None  # "3周" is a duration (not a version's number before a weekday: "V3.2周一放出来了")
        week_rel = _WPREFIX[prefix] if prefix else None
        if prefix is None and _DAY_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
            return None  # ("12月11日（周三）": the day's own weekday, no time of its own)
        sentence = _sentence_around(m.string, m.start()) if prefix is None and wday else ""
        if sentence and (_NEWS_ZONE.search(m.string, max(0, m.start() - 8), m.start()) or _NEWS_VERB.search(sentence)):
            # "当地时间周二", "谷歌周二发布Gemini": a weekday of news, the last one (the next in a sentence about
            # the future); alone, as a calendar reads it, the next ("周二" is next Tuesday)
            return RawTime(**base, weekday=_WEEKDAY[wday], week_dir=1 if _points_ahead(m.string, m.start()) else -1)
        return RawTime(**base, weekday=_WEEKDAY[wday] if wday else None, week_rel=week_rel, weekend=bool(g("wend")))
    if g("hol"):
        if not g("hoff") and g("hol").isascii() \
                and (around := _AROUND_HOLIDAY_EN.search(m.string, max(0, m.start() - _AROUND_REACH), m.start())):
            return _around_holiday(base, g("hol"), g("hya"), around)
        return _holiday(base, g("hol"), g("hya"), _HOLIDAY_SHIFT.get(g("hoff") or g("hshift") or "", 0))
    if g("bare"):
        # (a year that names a conference's sitting, as Chinese writes it before the name: "2025百度世界大会", "2025
        # WAIC上": that year, as written with 年)
        following = m.string[m.end() : m.end() + 1]
        if m.string[m.start() - 1 : m.start()] in (" ", "\t") \
                and (name := _sitting_name().search(m.string, max(0, m.start() - _SITTING_REACH), m.start())):
            # (the conference's name with it, "GTC 2026": what is said before it is said of the sitting, "before I/O
            # 2026" a bound)
            start = name.start()
            return RawTime(start=start, end=base["end"], text=m.string[start : base["end"]], year=int(g("by")),
                           sitting=True)
        sitting = (following in (" ", "\u3000") or following >= "\u4e00") \
            and (_SITTING_AFTER.match(m.string, m.end(), m.end() + _SITTING_REACH) is not None
                 or _NAMED_SITTING.search(m.string, max(0, m.start() - 8), m.start()) is not None)
        return RawTime(**base, year=int(g("by")), bare_year=not sitting)
    return None


_GATHERING = "(?:大会|峰会|论坛|博览会|发布会|年会|开发者日)"  # (the words a gathering's name ends with)
_SITTING_AFTER = regex.compile(rf"[ \t\u3000]?(?:\p{{Han}}{{0,10}}?{_GATHERING}"
                               r"|[A-Z]{2,6}[ \t]?(?:大会|峰会|上(?![午一个半])|期间|现场))")
_SITTING_REACH = 16  # characters after the year
_NAMED_SITTING = regex.compile(r"[A-Z]{2,}[ \t]$")  # (a conference's name before its year: the body let it through)


@cache
def _sitting_name() -> regex.Pattern[str]:
    return regex.compile(_sitting_lead() + "$")

_EN_PART = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid", "late": "late",
            "end": "late"}  # ("earlier this year", "later this year": no part of it)
_EN_HALF = {"first": 1, "front": 1, "second": 2, "back": 2, "latter": 2}


def _en_part(words: str | None) -> tuple[str | None, int | None]:
    """(qualifier, half) of "early", "the end of", "the first half of"."""
    parts = (words or "").lower().split()
    if parts[:1] == ["the"]:
        parts = parts[1:]
    if not parts:
        return None, None
    if parts[1:2] in (["week"], ["few"], ["days"]):
        return ("early" if parts[0] == "first" else "late"), None  # (a month's first or last week)
    if parts[0] in _EN_HALF:
        return None, _EN_HALF[parts[0]]
    return _EN_PART.get(parts[0]), None


# What a month named alone follows: "in March", "since May" ("May we..." is no month).
# ("that June": the passage's year's, as "in June" is)
# (or a month that is a heading or a label of its own: "### March", "**March**", "- March: Anthropic launches …")
# (or a line's next entry after a semicolon: "- **April**: Llama 3; **July**: Llama 3.1 405B")
_LINE_LEAD_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|[-*•][ \t]+)?|[;；][ \t]*)(?:\*\*)?$")
# (or a full stop: "**August.** OpenAI shipped GPT-5 on the 7th")
_LABEL_AFTER = re.compile(r"(?:\*\*)?[ \t]*(?:[:：][ \t]*(?:\*\*)?[ \t]*\S|(?:\*\*)?[ \t]*(?:\n|$))"
                          r"|\.(?:\*\*)?[ \t]+\S")
HEDGE_EN = "probably|possibly|likely|perhaps|maybe"  # (a guess's words before a time; read by events too)
_BEFORE_MONTH = re.compile(
    # ("Then came January.": what came next in a story told by months)
    r"(?i:\b(?:in|since|by|from|between|during|before|after|around|week\s+of|that|as\s+(?:early|soon|late)\s+as|came"
    # (what a plan or a rumor sets it for: "is rumored for February", "slated for March")
    r"|(?:planned|scheduled|slated|set|rumou?red|expected|targeted|due|pegged|earmarked|pencill?ed\s+in)\s+for"
    # (a guess that makes a time before it finer: "early next year, probably February")
    rf"|[,，—–]\s*(?:{HEDGE_EN})))\s+$")
_BEFORE_MONTH_REACH = 20  # characters: the longest lead, "pencilled in for "
# (or listed after a month a lead dates: "released in March and June, respectively", "in March, April or May")
_MONTHS_LISTED = re.compile(rf"(?i:\b(?:in|by|since|during|between|until)\s+)(?:(?-i:{MONTH_NAME})\.?,?\s+"
                            r"(?:(?:and|or)\s+)?){1,3}$")
_MONTHS_LISTED_REACH = 48
# (or the new time a delay sets, past its object: "delayed Foo-4 to March", "pushed the release back to March"; also
# read by events, for a year: "Meta delayed Llama 4 Behemoth to 2026", "pushed back into early 2026")
PUT_OFF_TO = re.compile(rf"\b(?:delay(?:ed|s)?|postpone[ds]?|push(?:ed|es)|moved|rescheduled)\b{IN_SENTENCE}{{0,40}}?"
                        r"\b(?:to|until|till|into)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
PUT_OFF_REACH = 60  # characters before the time
# (or the last month of a range such a lead opens: "between March and May", "from March to May")
_RANGE_OPENED = re.compile(rf"(?i:\b(?:between|from)\s+)(?-i:{MONTH_NAME})\.?\s+(?:and|to|through)\s+$")
# ("through March", "until June": the end of a range, a cut-off, more often than a date; not one a relative clause
# tells of: "That lead lasted until February, when Google announced …")
_WHEN_AFTER = re.compile(r",\s+when\s")
# (or the subject of a verb of what it held, opening its sentence: "August brought DeepSeek-V3.1", "September saw …",
# "January belonged to DeepSeek", "March opened with …")
# (or what happens in it, the month before the word: "preparing Claude 4 for a May launch", "a June release")
# (or "the", "its", a possessive: "GPT-5's August launch", "the August release of GPT-5", "its December release"; also
# read by events, for a year: "on track for a 2026 launch")
_DETERMINER = r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)|\w['’]s)\s"  # (also before a season: "a spring launch")
_LAUNCH_WORDS = "launch|release|debut|rollout|roll-out|unveiling|announcement|arrival"
DETERMINER_BEFORE = re.compile(rf"{_DETERMINER}$")
LAUNCH_AFTER = re.compile(rf"\s+(?:{_LAUNCH_WORDS})\b")
_MONTH_HELD = re.compile(r"\s+(?:brought|saw|delivered|marked|kicked\s+off|belonged\s+to|began|started|opened|ended"
                         r"|closed|was\s+(?:all\s+)?about)\b")
_OPENS_SENTENCE = re.compile(r"(?:[.!?]\s+|\n[ \t]*(?:[-*+•][ \t]+)?)$")
_EN_REL = {"this": 0, "last": -1, "next": 1}
_ZQ = {"上": -1, "下": 1, "本": 0, "这": 0, "這": 0}
# ("today" only beside a verb of release)
_EN_DAY = {"yesterday": -1, "today": 0, "now": 0, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
           "this evening": 0, "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1,
           "tonight": 0}
_WEEKDAY_LEAD = re.compile(r"(?<![A-Za-z])(?:[Oo]n|said|says|announced|released|launched|unveiled|introduced|debuted"
                           r"|confirmed|reported|late|early"
                           # (what came out, news style: "GPT-5.1-Codex-Max arrived Wednesday with …")
                           r"|arrived|shipped|dropped|landed|published|rolled\s+out|went\s+live|came\s+out"
                           r"|open-?sourced|previewed|teased)\s$")
# A weekday after what happened, news style ("xAI released Grok 3 Monday.", "… Grok 3 late Monday night,"): the
# clause ends with it, or another verb of its subject's follows ("QwQ-32B arrived Thursday and matches …"; not
# "every Monday", "until Friday", "Monday and Tuesday", "Thursday and on Friday")
_WEEKDAY_ENDS = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*[,.;]|\s+and\s+(?!on\b)[a-z]+\b)")
_NOT_NEWS_WEEKDAY = re.compile(r"(?<![A-Za-z])(?:every|each|a|the|by|until|till|before|after|since|from|to)\s$",
                               re.I)
# (nor the last of weekdays in a row: "open Monday and Friday", "Tuesday through Thursday")
_WEEKDAYS_BEFORE = re.compile(rf"(?:{EN_WEEKDAY})s?,?\s+(?:and|or|to|through)\s$")
# A weekday the date after it tells: "on Sunday, March 16", "Wednesday, 12 March 2025" (one day, the date's).
_DATE_AFTER_WEEKDAY = re.compile(
    r",?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d")
# (or a numbered one's, a thread's post: "2/ Monday: Mistral released …")
_LIST_HEAD_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:{BULLET_CLASS}[ \t]+|\d{{1,2}}[/.)][ \t]+|#{{1,6}}[ \t]+)?"
                               r"(?:\*\*|__)?$")
# (or a weekday alone on its line, a digest's heading over its day's paragraphs: "**Monday**", "## Wednesday")
_ALONE_AFTER = re.compile(r"(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*(?=\n|\Z)")
# What ends a weekday that heads a list's item: "**Monday:** Google released …", "**Wednesday.** Google made …",
# "**Tuesday** — Microsoft published …" (also read by events, for where the item's text starts)
WEEKDAY_HEAD_END = (r"(?:\*\*|__)?[ \t]*(?:[:：]|\.(?=(?:\*\*|__)?[ \t])|[ \t](?:[—–]|--?)(?=[ \t]))"
                    r"(?:\*\*|__)?")
_LIST_HEAD_AFTER = re.compile(WEEKDAY_HEAD_END)
_NEWS_ZONE = re.compile(r"(?:当地|北京|美国|美东|美西|太平洋|东部|欧洲中部|伦敦|东京)时间\s*$")
_DAY_BEFORE = re.compile(r"[日号號]\s*[（(]?\s*$")
_VERSION_BEFORE = re.compile(r"(?:[A-Za-z][-.]?|\d\.)\d+$")  # (a model's version: "V3.2", "GPT-5", "Qwen3")
# What news tells of: a weekday in its sentence is one of news. (Spoken, "发的" right after it: "是周三发的"; 放出:
# "周一放出来的")
_NEWS_VERB = re.compile(r"发布|推出|开源|上线|宣布|公布|亮相|披露|放出|了|(?<=[一二三四五六日天])发的")
# A sentence about the future: a weekday of news then points ahead.
# (or what was said to come, "said it would be available starting Monday"; or from when on: "starting Monday")
_FUTURE = re.compile(r"\b(?:will|'ll|would|plans?\s+to|(?:is|are)\s+(?:(?:widely|now|also|reportedly)\s+)?"
                     r"(?:set|expected|scheduled|slated|due)\b|upcoming"  # ("is widely expected on Tuesday")
                     rf"|(?:starting|beginning)\s+(?:on\s+)?(?:{EN_WEEKDAY}))\b"
                     r"|将|计划|预计|即将|拟于|有望", re.I)
# (not a version's point: "will release GPT-5.2 on Monday"; nor an abbreviation's, a company's or a title's, nor one
# before a word in lower case: "In the fall, Bexa Inc. launched Bar-2", "Acme Corp. CEO …")
_SENTENCE_STOP = re.compile(r"[!?。！？\n]|\.(?!\d)(?![ \t]+[a-z])(?<!\bInc\.)(?<!\bCorp\.)(?<!\bLtd\.)(?<!\bCo\.)"
                            r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bJr\.)(?<!\bSt\.)(?<!\bvs\.)")


# A sentence told in the past (English: a bare day's month is then the last one's)
_PAST_TOLD = re.compile(r"\b(?:was|were|had|did|came|went|made|put|got|[a-z]{2,}ed)\b", re.I)


# Who told it, before what is to come: a weekday before them is when it was told ("On Monday, Apple said developers
# will …", "谷歌周二宣布将推出…"), one after them when it happens ("Apple said it will ship it on Monday")
_TOLD = re.compile(r"\b(?:said|announced|told|confirmed|revealed|wrote)\b|表示|宣布|透露|称", re.I)


# A meeting told of: what "会上" refers to
_MET_BEFORE = re.compile(r"大会|会议|发布会|峰会|论坛|开幕|召开|举行|举办")
_ZH_STOP = re.compile(r"[。！？!?\n]")


def _sentence_before(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence before the one at `pos` (looked for within 200 characters)."""
    stops = [m.end() for m in _ZH_STOP.finditer(text, max(0, pos - 200), pos)]
    while stops and not text[stops[-1] : pos].strip():
        pos = stops.pop() - 1  # (past the blank lines and the stop that ends the sentence before)
    return (stops[-1] if stops else max(0, pos - 200)), pos


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos` (at most 160 characters each side): its start and end."""
    start = max(0, pos - 160)
    before = [m.end() for m in _SENTENCE_STOP.finditer(text, start, pos)]
    stop = _SENTENCE_STOP.search(text, pos, pos + 160)
    return before[-1] if before else start, stop.start() if stop else min(len(text), pos + 160)


def _sentence_around(text: str, pos: int) -> str:
    """The sentence around `pos` (at most 160 characters each side)."""
    start, end = _sentence_bounds(text, pos)
    return text[start:end]


def _past_after(text: str, pos: int) -> bool:
    """Whether the sentence that a day ending at `pos` leads goes on in the past tense, nothing to come in it ("On the
    24th, Anthropic launched …")."""
    end = _sentence_bounds(text, pos)[1]
    return _PAST_TOLD.search(text, pos, end) is not None and _FUTURE.search(text, pos, end) is None


def _points_ahead(text: str, pos: int) -> bool:
    """Whether a weekday of news at `pos` is the next one: its sentence is about the future, and the weekday does
    not tell when that was said."""
    start, end = _sentence_bounds(text, pos)
    future = _FUTURE.search(text, start, end)
    # (nor when a verb in the past tense tells what happened on it before what is to come: "declared a code red on
    # Monday and is expected to ship GPT-5.2 in the coming weeks")
    return future is not None and not (pos < future.start() and (_TOLD.search(text, start, future.start())
                                                                 or _PAST_TOLD.search(text, start, pos)))


# A release told by its day's possessive ("Tuesday's release of Gemini 3 Pro"): after the "'s"
RELEASE_OF = re.compile(r"\s+(?:surprise\s+)?(?:release|launch|debut|unveiling|roll-?out|introduction)\s+of\b")


_PAREN_GOES_ON = re.compile(r"[,，;；][^()（）\n]{1,60}[)）]")  # (more said in the parenthesis after its month)


def _english(g: Groups, base: dict[str, Any], text: str) -> RawTime | None:
    if g("enday"):
        return RawTime(**base, day_rel=_EN_DAY[" ".join(g("enday").lower().split())])
    if g("ensy"):
        return RawTime(**base, year=int(g("ensy")), season=_season_in(base["text"]))
    if g("ensa") and DETERMINER_BEFORE.search(text, max(0, base["start"] - 7), base["start"]) is None:
        return None  # ("a spring launch", "GPT-5's spring launch"; not "spring launch events")
    if g("ensr") or g("ensa"):
        return RawTime(**base, year_rel=_EN_REL[(g("ensr") or "this").lower()], season=_season_in(base["text"]))
    if g("ensc"):  # (the passage's year, else the text's: "Meta could debut Llama 5 in the spring", told in December,
        # the next, as "this spring" is; one its sentence tells of in the past tense the last, "Over the summer, xAI
        # released Grok 4" told in January: month_dir)
        past = _past_after(text, base["end"])
        return RawTime(**base, season=_season_in(base["text"]), month_dir=-1 if past else None)
    if g("enwa"):
        if not (_LIST_HEAD_BEFORE.search(text, max(0, base["start"] - 12), base["start"])
                and _LIST_HEAD_AFTER.match(text, base["end"])):
            return None  # ("Sun:" elsewhere is no day)
        return RawTime(**base, weekday=_SHORT_WEEKDAYS[g("enwa")[:3]], week_dir=-1)
    if g("enwd"):
        which = " ".join((g("enwq") or "").lower().split())
        lead = _WEEKDAY_LEAD.search(text, max(0, base["start"] - 14), base["start"])
        if not which and not g("enww") and lead is None and not (text.startswith(("'s", "’s"), base["end"])
                                               and RELEASE_OF.match(text, base["end"] + 2)) and not (
                # ("**Monday:** Google released …" heads a newsletter's item)
                _LIST_HEAD_BEFORE.search(text, max(0, base["start"] - 12), base["start"])
                and (_LIST_HEAD_AFTER.match(text, base["end"]) or _ALONE_AFTER.match(text, base["end"]))) and not (
                text[base["start"] - 2 : base["start"] - 1].isalnum() and text[base["start"] - 1] == " "
                and _WEEKDAY_ENDS.match(text, base["end"])
                and not _NOT_NEWS_WEEKDAY.search(text, max(0, base["start"] - 8), base["start"])
                and not _WEEKDAYS_BEFORE.search(text, max(0, base["start"] - 20), base["start"])):
            return None  # "Friday is a day"
        if g("enwd").islower() and not which and (lead is None or lead.group(0)[:2].lower() != "on"):
            return None  # (in lower case only after "on", "last", "next", "this": "we met monday" is no news)
        if _DATE_AFTER_WEEKDAY.match(text, base["end"]):
            return None
        if g("enww") or which == "this":  # (the weekday of a week named: "Thursday last week", "this Thursday")
            return RawTime(**base, weekday=_EN_WEEKDAYS.index(g("enwd").capitalize()),
                           week_rel=_EN_REL[(g("enww") or which).lower()])
        # ("said Tuesday" is past; "on Friday" and a weekday after what happens, as the sentence's tense says)
        after_on = not which and (lead is None or lead.group(0)[:2].lower() == "on")
        ahead = which == "next" or (after_on and _points_ahead(text, base["start"]))
        return RawTime(**base, weekday=_EN_WEEKDAYS.index(g("enwd").capitalize()),
                       week_dir=1 if ahead else -2 if which in ("last", "this past") else -1)
    if g("enhh") or g("enhh2"):
        half_year = int(g("enhy") or g("enhy2")) if g("enhy") or g("enhy2") else 2000 + int(g("enhya")[1:])
        return RawTime(**base, year=half_year, half=int(g("enhh") or g("enhh2")))
    if g("enhh3") or g("enqq3"):
        analyst_year = int(g("enhy4")) if g("enhy4") else 2000 + int(g("enhy3"))
        if g("enqq3"):
            return RawTime(**base, year=analyst_year, quarter=int(g("enqq3")))
        return RawTime(**base, year=analyst_year, half=int(g("enhh3")))
    if g("enmw"):
        return RawTime(**base, month=_MONTHS_EN[g("enmm")[:3].lower()], month_dir=_EN_REL[g("enmw").lower()])
    if g("enwkd"):
        return RawTime(**base, week_rel=-1, weekend=True)
    if g("enwbl") or g("enwan"):
        return RawTime(**base, week_rel=-2 if g("enwbl") else 2)
    if g("enrel"):
        qualifier, half = _en_part(g("enrq") or g("enrq2") or ("end of" if g("enye") else None))
        if g("enyey"):
            return RawTime(**base, year=int(g("enyey")), qualifier=qualifier, half=half)
        if g("enctx") or g("enye"):  # like 年底: the passage's year, else the reference's
            return RawTime(**base, qualifier=qualifier, half=half)
        if g("enctxm"):  # ("at the end of the month", like 月底: the passage's month, else the reference's)
            return RawTime(**base, qualifier=qualifier, month_ctx=True) if half is None else None
        delta = _EN_REL[g("enrw").lower()]
        if g("enqo"):  # ("the first quarter of next year"; a quarter of a month or a week is none)
            return RawTime(**base, year_rel=delta, quarter=_EN_ORDINAL[g("enqo").lower()]) \
                if g("enru").lower() == "year" else None
        if g("enru").lower() in ("week", "weekend"):  # ("next week"; "last weekend" is in the week before; "early next
            # week", "late last week", "the end of last week" are within the week they name: a week's part is none of
            # its own)
            return None if half is not None \
                else RawTime(**base, week_rel=delta, weekend=g("enru").lower() == "weekend")
        if g("enru").lower() == "year":
            return RawTime(**base, year_rel=delta, qualifier=qualifier, half=half)
        if g("enru").lower() == "quarter":  # ("next quarter", "early next quarter", "the end of this quarter": its part
            # as "the end of Q1" has it)
            return None if half is not None else RawTime(**base, quarter_rel=delta, qualifier=qualifier)
        if half is not None:
            return None  # (the first half of next month)
        return RawTime(**base, month_rel=delta, qualifier=qualifier)
    # (a month alone after a preposition, or in parentheses after what it dates: "Mistral Small 3.1 (March)", "Kimi K2
    # (July, 1 trillion parameters)")
    start, end = base["start"], base["end"]
    delayed = bool(g("enm8")) and PUT_OFF_TO.search(text, max(0, start - PUT_OFF_REACH), start) is not None
    if g("enm8") and not g("enq") \
            and not _BEFORE_MONTH.search(text, max(0, start - _BEFORE_MONTH_REACH), start) \
            and not _RANGE_OPENED.search(text, max(0, start - 32), start) and not delayed \
            and not _MONTHS_LISTED.search(text, max(0, start - _MONTHS_LISTED_REACH), start) \
            and not (text[start - 1 : start] in ("(", "（")
                     and (text[end : end + 1] in (")", "）") or _PAREN_GOES_ON.match(text, end) is not None)) \
            and not _WHEN_AFTER.match(text, end) \
            and not (_MONTH_HELD.match(text, end)
                     and (start == 0 or _OPENS_SENTENCE.search(text, max(0, start - 6), start))) \
            and not (DETERMINER_BEFORE.search(text, max(0, start - 7), start) and LAUNCH_AFTER.match(text, end)) \
            and not (_LINE_LEAD_BEFORE.search(text, max(0, start - 12), start) and _LABEL_AFTER.match(text, end)) \
            and not g("enld"):
        return None
    if g("enm9") and (start and (text[start - 1].isalnum() or text[start - 1] in "-._")):
        return None  # (a name's number before it: "Foo-2-Nov-2025" is a file's)
    if " day " in base["text"] and g("enld"):  # (the words first: few matches have them)
        return _edge_day(g, base)
    qualifier, half = _en_part(g("enq") or g("enq5"))
    month_name = g("enm1") or g("enm2") or g("enm3") or g("enm6") or g("enm7") or g("enm8") or g("enm9")
    year_text = g("eny1") or g("eny2") or g("eny3") or g("eny4") or g("eny5") or g("eny9")
    year = year_from(year_text.lstrip("'’")) if year_text else None
    month = _MONTHS_EN[month_name[:3].lower()] if month_name else None
    day_text = g("end1") or g("end2") or g("end6") or g("end7")
    words = g("enqw") or g("enqwa")
    quarter = int(g("enqq") or g("enqa")) if g("enqq") or g("enqa") else _EN_ORDINAL[words.lower()] if words else None
    if delayed:  # (the new month a delay sets is the next one: "delayed Foo-4 to March" in November, next March)
        return RawTime(**base, month=month, month_dir=1)
    return RawTime(**base, year=year, month=month, day=int(day_text) if day_text else None,  # type: ignore[arg-type]
                   quarter=quarter, qualifier=qualifier, half=half)


def _edge_day(g: Groups, base: dict[str, Any]) -> RawTime | None:
    """A month's or a year's first or last day: "the last day of January", "the first day of the month"."""
    last = "first" not in g("enld").lower()
    if g("enldy"):  # (the passage's year's)
        return RawTime(**base, month=12 if last else 1, day=31 if last else 1)
    if g("enldm"):  # (the passage's month's)
        return RawTime(**base, day=31 if last else 1, last_day=last, month_ctx=True)
    month_name = g("enm3") or g("enm8")
    if month_name is None:
        return None  # (of a day or a quarter: none)
    year_text = g("eny3")
    return RawTime(**base, year=year_from(year_text.lstrip("'’")) if year_text else None,
                   month=_MONTHS_EN[month_name[:3].lower()], day=31 if last else 1, last_day=last)


def _chinese(g: Groups, base: dict[str, Any]) -> RawTime | None:
    fields: dict[str, object] = {}
    if g("yabs"):
        year = year_from(g("yabs"))
        if year is None:
            return None
        fields["year"] = year
    elif g("roc"):
        roc = cn_to_int(g("roc"))
        if roc is None:
            return None
        fields["year"] = 1911 + roc
    elif g("ypd"):
        fields["year"] = int(g("ypd")) + (1911 if len(g("ypd")) == 3 else 0)
    elif g("yrel") and g("yrel")[0] != "年":  # (年内, within the year: like 年底 the passage's year, else the
        # reference's: "有望在2026年一季度发布GPT-5.5，并在年内推出GPT-6" is 2026's)
        if g("yrel") in _YCTX:
            fields["year_ctx"] = _YCTX[g("yrel")]
        else:
            fields["year_rel"] = _YREL[g("yrel")]
    if g("yq"):
        fields["quarter"] = 1 if g("yq")[0] == "首" else cn_to_int(g("yq").strip("第季度Qq"))
        if g("yqp"):
            fields["qualifier"] = _QUARTER_PART[g("yqp")]
    if g("yh"):
        fields["half"] = _HALF[g("yh")]
    if g("ys"):
        fields["season"] = _SEASON_START[g("ys")[0]]
    if g("yweek"):
        fields["week_of_year"] = cn_to_int(g("yweek"))
    if g("ymonth"):
        fields["month"] = cn_to_int(g("ymonth"))
    if g("ypart"):
        fields["qualifier"] = _PART_QUALIFIER[g("ypart")]
    if g("mnum"):
        fields["month"] = int(g("mnum"))
    elif g("mcn"):
        fields["month"] = cn_to_int(g("mcn"))
    elif g("mbare") is not None:
        fields["month_ctx"] = True
    elif g("mrel"):
        if g("mrel") in ("当月", "當月", "同月", "月", "同一周", "同周", "期间"):  # (the passage's week: its month's)
            fields["month_ctx"] = True
        elif g("mrel") == "次月":  # (the month after the passage's, as 次年 is the year after: "…和次月20日的B")
            fields["month_ctx"] = True
            fields["month_rel"] = 1
        else:
            fields["month_rel"] = _MREL[g("mrel")]
    if g("dnum"):
        fields["day"] = int(g("dnum"))
    elif g("dcn"):
        fields["day"] = cn_to_int(g("dcn"))
    elif g("nth"):
        fields["nth"] = cn_to_int(g("nth"))
        fields["weekday"] = _WEEKDAY[g("nthd")]  # type: ignore[index]
    elif g("mld"):
        fields["day"], fields["last_day"] = (1, False) if g("mld")[0] == "第" else (31, True)
    if str(base["text"]).endswith(("一天", "一日")) and g("yld"):  # (its words first: few dates end so)
        fields["month"], fields["day"] = (1, 1) if g("yld")[0] == "第" else (12, 31)
    if g("mpart"):
        fields["qualifier"] = _PART_QUALIFIER.get(g("mpart"))  # (none for two parts: "中下旬")
    text = str(base["text"])
    end = int(base["end"])  # type: ignore[call-overload]
    stripped = text.rstrip()
    return RawTime(start=int(base["start"]), end=end - (len(text) - len(stripped)), text=stripped,  # type: ignore[call-overload]
                   **fields)  # type: ignore[arg-type]


@cache
def _candidates() -> tuple[re.Pattern[str], ...]:
    """_lead_branches() for the stdlib `re` engine, which scans for them in C: one pattern for the digits (whose rules
    are the same, written once behind their class), one for the Latin letters, one for the rest. (In one alternation
    a letter, the commonest first character in English, was tried against the branches of every digit and Han
    character before its own: 39 ms for the three scans' 25 over 40 of the bench's articles.)"""
    by_char = _rules_by_char()
    digits = {ch: rules for ch, rules in by_char.items() if ch in "0123456789"}
    letters = {ch: rules for ch, rules in by_char.items() if ch.isascii() and ch.isalpha()}
    rest = {ch: rules for ch, rules in by_char.items() if ch not in digits and ch not in letters}
    same = len({tuple(rules) for rules in digits.values()}) == 1
    return (re.compile(f"[0-9](?:{'|'.join(digits['0'])})" if same else _branches(digits)),
            re.compile(_branches(letters)), re.compile(_branches(rest)))


def _candidate_starts(text: str) -> Iterator[int]:
    """Where _candidates() say an expression can start, left to right."""
    return heapq.merge(*[[m.start() for m in pattern.finditer(text)] for pattern in _candidates()])


# (a month and its day in parentheses: "周一（11.24）", "Claude Opus 4.5（11/24）")
PAREN_MONTH_DAY = re.compile(r"[（(][ \t]*(?P<m>1[0-2]|0?[1-9])[./](?P<d>3[01]|[12]\d|0?[1-9])[ \t]*[)）]")


def scan(text: str) -> list[RawTime]:
    """Every temporal expression in `text`, left to right, without overlaps: the forms are tried
    only where _candidates() say an expression can start (never at white space, so no match is
    blank)."""
    found = map(_raw_from_match, finditer_at(_candidate_starts(text), _body(), text, _LONGEST))
    raws: list[RawTime] = []
    for raw in found:
        if raw is None or _fiscal(raw, text):
            continue
        if text.startswith("赛", raw.end) and _zh_contest_sitting(raw, text):
            continue
        if raws and _edition(raws[-1], raw, text):
            if raws[-1].month is not None and raws[-1].year is None and raws[-1].year_rel is None \
                    and raws[-1].year_ctx is None:
                raws[-1] = raws[-1]._replace(year=raw.year)  # (its year: "3月18日，英伟达在GTC 2025大会上发布")
            continue
        if raw.weekday is not None and raw.day is None and text[raw.end : raw.end + 1] in ("（", "(") \
                and (shown := PAREN_MONTH_DAY.match(text, raw.end)) is not None:
            # (a weekday and its day in parentheses, as a weekly digest heads its days: "周一（11.24）", one day)
            # (its week's word too: "本周三（12/17）" is that day, not the week)
            raws.append(raw._replace(end=shown.end(), text=text[raw.start : shown.end()], weekday=None, week_rel=None,
                                     week_dir=None, month=int(shown.group("m")), day=int(shown.group("d"))))
            continue
        if text.startswith(" ", raw.start - 1):  # (both after a space: most times are not, Chinese ones all)
            if _contest_sitting(raw, text):
                continue
            if "end" in text[max(0, raw.start - 13) : raw.start] and (raw := _period_ended(raw, text)) is None:
                continue
        raws.append(raw)
        if raw.day is not None and raw.month is not None and raw.text[:1].isascii() and raw.text[:1].isalpha():
            raws.extend(_days_after(raw, text))
    return _joined_ranges(_joined_years(_joined_holidays(raws, text), text), text)


# A month's further days after its first, by "and" or commas ("on November 12 and 18, respectively", "Dec 1, 2 and 4"):
# each a day of that month (not a count: "November 12 and 18 other labs", "and 18%")
_AND_DAY = re.compile(r"(?:,?[^\S\n]+and|,)[^\S\n]+(\d{1,2})(?:st|nd|rd|th)?"
                      r"(?![\d%]|[:./]\d|[^\S\n]*[-–—~]|[^\S\n]+(?!(?:respectively|and)\b)[A-Za-z]|,[^\S\n]*(?:19|20)\d\d)")


def _days_after(raw: RawTime, text: str) -> list[RawTime]:
    days: list[RawTime] = []
    last = raw
    while (m := _AND_DAY.match(text, last.end)) is not None and (last.day or 0) < int(m.group(1)) <= 31:
        last = last._replace(start=m.start(1), end=m.end(), text=text[m.start(1) : m.end()], day=int(m.group(1)))
        days.append(last)
    return days


# A year that names a gathering's edition after its sentence's day dates nothing of its own: "9月24日，在2025云栖
# 大会上，阿里发布…", "7月26日，在2025年世界人工智能大会上，…" (the day does, in that year when it has none of its own;
# alone, "在2025年全球开发者大会上宣布", the year does); nor after a day told from the text's, "本周二晚间，百度在
# 百度世界2025大会上发布了文心5.0"
_EDITION_AFTER = regex.compile(rf"[ \t]*\p{{Han}}{{0,10}}?{_GATHERING}")


def _edition(before: RawTime, raw: RawTime, text: str) -> bool:
    return raw.year is not None and raw.month is None and raw.quarter is None and raw.half is None \
        and raw.qualifier is None and raw.year_end is None \
        and (before.month is not None or before.day_rel is not None or before.weekday is not None) \
        and _EDITION_AFTER.match(text, raw.end) is not None \
        and _SENTENCE_STOP.search(text, before.end, raw.start) is None


# A contest's sitting after its name is part of a benchmark's name: "92.5 on HMMT Feb 2025" (as "AIME 2025" is; the
# benchmarks' pattern reads the names so too)
CONTESTS = "AIME|HMMT|AMC|CNMO"
_CONTEST_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{CONTESTS})[ \t]$")  # (as the names are written, in capitals)


def _contest_sitting(raw: RawTime, text: str) -> bool:
    return text[raw.start - 2 : raw.start - 1].isupper() and raw.month is not None and raw.day is None \
        and raw.year is not None and _CONTEST_BEFORE.search(text, max(0, raw.start - 6), raw.start) is not None


# ... and in Chinese, the month's contest (月赛) after its name: "HMMT 2025二月赛", "HMMT 2025年2月赛" (not a month's
# matches, "5月赛事", "2月赛季")
_ZH_CONTEST_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{CONTESTS})[ \t]?(?:20\d\d[ \t]?年?[ \t]?)?$")
NOT_A_SITTING = "事季程区道"  # (after 月赛: a month's matches, season, schedule, division, track; the benchmarks' too)
_ZH_SITTING_REACH = 11  # characters back from the month to the contest's name


def _zh_contest_sitting(raw: RawTime, text: str) -> bool:
    """(Asked where 赛 follows the time: the caller tests that first.)"""
    return raw.month is not None and raw.day is None \
        and text[raw.end + 1 : raw.end + 2] not in NOT_A_SITTING \
        and _ZH_CONTEST_BEFORE.search(text, max(0, raw.start - _ZH_SITTING_REACH), raw.start) is not None


# A period that a day ends, as companies report: "the quarter ended September 30, 2025" is 2025's third quarter, "the
# six months ended June 30, 2025" its first half, "the year ended December 31, 2024" that year; a fiscal year's end
# dates no calendar period ("fiscal year ended June 30, 2025", "the third quarter of fiscal 2026, which ended October
# 26"); other periods keep their day, which the events read as no happening ("revenue for the third quarter ended
# October 26": a fiscal quarter's, no calendar quarter ending then)
PERIOD_ENDED = re.compile(r"\b(?:(?P<fiscal>fiscal\s+(?:year|quarter))|(?P<q>quarter|three[\s-]+months)"
                          r"|(?P<h>half|six[\s-]+months)|(?P<y>year|twelve[\s-]+months)|period|months?|weeks?)"
                          r"(?P<ofy>\s+of\s+fiscal\s+(?:year\s+)?\d{4})?,?\s+(?:which\s+|that\s+)?end(?:ed|ing|s)"
                          r"\s+(?:on\s+)?$", re.I)
PERIOD_ENDED_REACH = 48  # characters back from the day (the word "end" within its last 13, tested first)


def _period_ended(raw: RawTime, text: str) -> RawTime | None:
    lead = PERIOD_ENDED.search(text, max(0, raw.start - PERIOD_ENDED_REACH), raw.start)
    if lead is None or raw.month is None or raw.day is None:
        return raw
    if lead.group("fiscal") or lead.group("ofy"):
        return None
    # (only a calendar period's last day)
    ends = (3, 6, 9, 12) if lead.group("q") else (6, 12) if lead.group("h") else (12,) if lead.group("y") else ()
    if raw.month not in ends or raw.day != calendar.monthrange(raw.year or 2000, raw.month)[1]:
        return raw
    start = lead.start()
    base = raw._replace(start=start, text=text[start : raw.end], month=None, day=None)
    if lead.group("q"):
        return base._replace(quarter=raw.month // 3)
    return base._replace(half=raw.month // 6) if lead.group("h") else base


# A company's fiscal period is no calendar date: "Q4 FY2026", "third-quarter fiscal 2026", "FY2025 Q4", "2026财年"
_FISCAL_BEFORE = re.compile(r"(?:(?<![A-Za-z])FY|(?i:fiscal)(?:\s+year)?|[财財]年)[ \t]*$")
_FISCAL_WORDS = ("FY", "iscal", "财", "財")
_FISCAL_AFTER = re.compile(r"[ \t]*(?:FY|(?i:fiscal)|[财財][年季])")


def _fiscal(raw: RawTime, text: str) -> bool:
    if raw.month is not None or raw.day is not None or raw.year_rel is not None:
        return False
    if not contains_any(text, _FISCAL_WORDS, max(0, raw.start - 14), raw.end + 6):
        return False  # (most years and quarters)
    return _FISCAL_AFTER.match(text, raw.end) is not None \
        or _FISCAL_BEFORE.search(text, max(0, raw.start - 14), raw.start) is not None


_EVE_OF = re.compile(r"\b[Tt]he\s+eve\s+of\s+$")  # (the day before a holiday: "on the eve of Thanksgiving")


def _joined_holidays(raws: list[RawTime], text: str) -> list[RawTime]:
    """A holiday joined to the year written right before it ("2024年圣诞节") and to "the day before" it (or "the eve
    of" it)."""
    joined: list[RawTime] = []
    for raw in raws:
        if (raw.holiday is not None or raw.moving is not None) and text.endswith("of ", 0, raw.start) \
                and (eve := _EVE_OF.search(text, max(0, raw.start - 16), raw.start)) is not None:
            day = _next_to(raw.holiday, -1) if raw.holiday is not None else None
            if raw.moving is not None or day is not None:
                raw = raw._replace(start=eve.start(), text=text[eve.start() : raw.end], holiday=day,
                                   moving=(raw.moving[0], raw.moving[1] - 1) if raw.moving is not None else None)
        before = joined[-1] if joined else None
        if (raw.holiday is not None or raw.moving is not None) and before is not None \
                and not text[before.end : raw.start].strip():
            whole = raw._replace(start=before.start, text=text[before.start : raw.end])
            if raw.year is None and before.year is not None and before.text.endswith("年") and before.month is None \
                    and before.quarter is None and before.half is None and before.qualifier is None:
                joined[-1] = whole._replace(year=before.year)
                continue
            if raw.year is None and before.year_rel is not None and before.text.endswith("年") \
                    and before.month is None and before.qualifier is None:
                joined[-1] = whole._replace(year_rel=before.year_rel)  # ("今年春节", "去年圣诞节")
                continue
            if before.day_ctx == -1 and before.text.lower().startswith("the day before"):
                if raw.moving is not None:
                    joined[-1] = whole._replace(moving=(raw.moving[0], raw.moving[1] - 1))
                    continue
                if raw.holiday is not None and (day := _next_to(raw.holiday, -1)) is not None:
                    joined[-1] = whole._replace(holiday=day)
                    continue
        joined.append(raw)
    return [raw for raw in joined if raw.day_ctx != -1 or not _before_happening(raw, text)]


def _before_happening(raw: RawTime, text: str) -> bool:
    """Whether `raw` (a day before the passage's) is "a day before" or "the day before" what follows it, no holiday
    ("on Monday, a day before Mistral's announcement"): counted from a happening whose day it does not give, not from
    the passage's day, as "two days before the launch" is none."""
    if not raw.text.endswith(("before", "Before", "BEFORE")):
        return False
    after = text[raw.end : raw.end + 3].lstrip(" \t")
    return after[:1].isalnum()


# What puts a year after the month or day it is of: "March of the following year", "May 3 of last year", "December of
# 2024", "March the following year"; and a count of years before the day it goes back from: "Five years ago today",
# "五年前的今天"
_OF_YEAR = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?")
_OF_DAY = re.compile(r"[^\S\n]*(?:的[^\S\n]*)?")


_SITTING_THEN = regex.compile(r"[^.!?;。；\n]{0,40}")  # (from a sitting's year to its days, in its sentence)


def _joined_years(raws: list[RawTime], text: str) -> list[RawTime]:
    """A month (or day) joined to the year written after it ("March of the following year": 2023-03 after a passage
    of 2022, not this March and a year), and years (or months) ago to the day or month they count back from ("Five
    years ago today": that day five years back, not the year and today)."""
    joined: list[RawTime] = []
    for raw in raws:
        before = joined[-1] if joined else None
        if before is not None and before.sitting and raw.month is not None and raw.year is None \
                and raw.year_rel is None and raw.year_ctx is None and raw.month_rel is None and not raw.month_ctx \
                and _SITTING_THEN.fullmatch(text, before.end, raw.start):
            # (a conference's sitting, then its days: "NVIDIA GTC 2026 runs March 16–19", "CES 2026 (January 6–9)")
            joined[-1] = raw._replace(year=before.year)
            continue
        if before is not None and raw.month is None and raw.day is None and raw.quarter is None \
                and raw.half is None and raw.qualifier is None and raw.year_end is None and raw.ago is None \
                and raw.until is None and before.until is None:
            if before.month is not None and before.year is None and before.year_rel is None \
                    and before.year_ctx is None and before.month_rel is None and not before.month_ctx \
                    and before.month_dir is None \
                    and (raw.year_ctx is not None or raw.year_rel is not None
                         or (raw.year is not None and text.startswith("of", before.end + 1))) \
                    and _OF_YEAR.fullmatch(text, before.end, raw.start):
                joined[-1] = before._replace(end=raw.end, text=text[before.start : raw.end], year=raw.year,
                                             year_rel=raw.year_rel, year_ctx=raw.year_ctx)
                continue
            years_back = before.year_rel if before.ago is None else before.ago[1] if before.ago[0] == "year" else None
            # (or to the month: "Two years ago this month", that month two years back)
            this_month = raw.month_rel == 0 and not raw.month_ctx and raw.day is None and raw.weekday is None
            if (raw.day_rel is not None or this_month) and raw.year is None and years_back is not None \
                    and years_back < 0 and before.month is None and before.year is None \
                    and _OF_DAY.fullmatch(text, before.end, raw.start):
                joined[-1] = before._replace(end=raw.end, text=text[before.start : raw.end], ago=None,
                                             year_rel=years_back, day_rel=raw.day_rel, month_rel=raw.month_rel)
                continue
            # (and months ago to the day: "a month ago today", that day a month back)
            if raw.day_rel == 0 and raw.year is None and before.ago is None and before.month_rel is not None \
                    and before.month_rel < 0 and not before.month_ctx and before.month is None \
                    and before.year is None and _OF_DAY.fullmatch(text, before.end, raw.start):
                joined[-1] = before._replace(end=raw.end, text=text[before.start : raw.end], day_rel=0)
                continue
        joined.append(raw)
    return joined


# ---------------------------------------------------------------- ranges

# What joins a range's two ends: "6月20日至21日", "March to May 2024", "Dec 1 through Dec 5", "2023年至2025年"
_DASHES = "-–—~～"
_DASH = f"[{_DASHES}]"
_RANGE_JOIN = re.compile(rf"[^\S\n]*(?:{_DASH}{{1,2}}|至|到|to|through|until|till)[^\S\n]*")
_AND_JOIN = re.compile(r"[^\S\n]+and[^\S\n]+")  # (only after "between": "between March and May 2024")
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])[Bb]etween[^\S\n]+$")
# A date moved from one to the other is no range: "pushed the launch from March to May", "从3月推迟到5月"
MOVED_ZH = "推迟|延后|延期|推后|提前"  # (also read by events: the day a delay moved a release from dates nothing)
MOVED_EN = "postpone|delay|push|move|moving|slip|pull|bring|brought"  # ("pulled forward from", "brought forward")
_MOVED_BEFORE = re.compile(f"{MOVED_ZH}|{MOVED_EN}", re.I)
# A range's first day or month written as a bare number before the other's: "20–21 June 2024", "3-5月"; or its
# first month's name alone, which no lead makes a date of its own: "Between March and May 2024", "December to January"
_FIRST_NUMBER = re.compile(r"(?:(?<![A-Za-z0-9.\-_/])(\d{1,2})(?:st|nd|rd|th)?|(?<![A-Za-z])(" + MONTH_NAME
                           + rf")\.?)[^\S\n]*(?:{_DASH}|至|到|to|through|(?<=[a-z][^\S\n])and)[^\S\n]*$")
_JOIN_MARKS = frozenset(_DASHES + "至到")
# and its last day written as a bare number after the first's: "June 20-21, 2024", "Nov. 18–19", "6月20-21日"
_LAST_DAY = re.compile(rf"[^\S\n]*(?:{_DASH}|to|through)[^\S\n]*(\d{{1,2}})(?:st|nd|rd|th)?[日号號]?"
                       r"(?![\d.%/A-Za-z]|:\d)(?:,?[^\S\n]*((?:19|20)\d\d)(?!\d))?")
# or as the month and day after a day written in numbers: "2024.12.23-12.29", "2025/06/09-06/15"
# (a colon after the range ends it, "2025.09.08-09.14: …", as a time of day's does not: "June 20-21:30")
_LAST_MONTH_DAY = re.compile(rf"[^\S\n]*(?:{_DASH}|至|到)[^\S\n]*(\d{{1,2}})([./])(\d{{1,2}})(?![\d.%/A-Za-z]|:\d)")


def _grain(raw: RawTime) -> int:
    """What a range's two ends must share: 1 a day, 2 a month, 3 a quarter, 4 a half, 5 a year of the calendar;
    0 for anything counted from a reference or a passage (no range end)."""
    if raw.year_ctx is not None or raw.month_rel is not None or raw.month_ctx or raw.month_dir is not None \
            or raw.day_rel is not None or raw.day_ctx is not None or raw.weekday is not None \
            or raw.week_rel is not None or raw.week_of_year is not None or raw.half_rel is not None \
            or raw.ago is not None or raw.holiday is not None or raw.moving is not None or raw.year_end is not None \
            or raw.quarter_rel is not None \
            or raw.until is not None:
        return 0
    if raw.day is not None:
        return 1 if raw.month is not None else 0
    if raw.month is not None:
        return 2
    if raw.quarter is not None:
        return 3
    if raw.half is not None:
        return 4
    return 5 if raw.year is not None or raw.year_rel is not None else 0


def _joined_ranges(raws: list[RawTime], text: str) -> list[RawTime]:
    """Two ends of a range joined into one expression, its first end's value spanning to the last's
    ("2024年6月20日至21日", "between March and May 2024", "June 20-21, 2024", "3-5月"): one date, not two."""
    joined: list[RawTime] = []
    taken = -1  # (where a last day written as a number ended, with the year after it: "June 20-21, 2024")
    for raw in raws:
        if raw.start < taken:
            continue
        before = joined[-1] if joined else None
        if before is not None and (last := _range_end(before, raw, text)) is not None:
            if not _moved(text, before.start):
                joined[-1] = _range(before, last, text)
                continue
        elif raw.start and (first := _number_before(raw, text)) is not None \
                and (before is None or first.start >= before.end) and not _moved(text, first.start):
            if before is not None and _grain(before) == 5 and before.year is not None and raw.year is None \
                    and not text[before.end : first.start].strip():
                joined.pop()  # ("2024年3—5月": the year written before both)
                first = first._replace(start=before.start, year=before.year)
            joined.append(_range(first, raw, text))
            continue
        elif raw.day is not None and raw.text[-1:].isdigit() and _grain(raw) == 1 \
                and (last := _day_after(raw, text)) is not None and not _moved(text, raw.start):
            taken = last.end
            raw = _range(raw, last, text)
        joined.append(raw)
    return joined


def _moved(text: str, start: int) -> bool:
    """Whether a date moved from one to the other comes before `start` ("pushed the launch from March to May")."""
    return _MOVED_BEFORE.search(text, max(0, start - 30), start) is not None


def _day_after(raw: RawTime, text: str) -> RawTime | None:
    """The last day of a range written as a number (or a month and day) after `raw`'s day."""
    if raw.text[0].isdigit() and (m := _LAST_MONTH_DAY.match(text, raw.end)) is not None and m.group(2) in raw.text:
        month, day = int(m.group(1)), int(m.group(3))
    elif (m := _LAST_DAY.match(text, raw.end)) is not None:
        month, day = raw.month or 0, int(m.group(1))
    else:
        return None
    if not (raw.month or 0) <= month <= 12 or not 0 < day <= 31 or (month == raw.month and day <= (raw.day or 0)):
        return None
    last = raw._replace(start=m.start(1), end=m.end(), text=text[m.start(1) : m.end()], month=month, day=day)
    year = m.group(2) if m.re is _LAST_DAY else None
    return last._replace(year=int(year)) if year else last


def _range_end(first: RawTime, raw: RawTime, text: str) -> RawTime | None:
    """`raw` as the last end of a range that opens with `first`, or None when it is none."""
    gap = text[first.end : raw.start]
    if not gap and first.day_rel is not None and raw.day_rel == first.day_rel + 1:
        return raw  # (two days told together, a digest's "昨夜今晨": the night before and this morning)
    if len(gap) > 12 or not gap.strip():
        return None
    if not (_RANGE_JOIN.fullmatch(gap) or (_AND_JOIN.fullmatch(gap)
                                           and _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start))):
        return None
    if raw.month_ctx and raw.day is not None and raw.month is None and first.day is not None:
        raw = raw._replace(month_ctx=False, month_dir=None, month=first.month, year=first.year,  # (至21日)
                           year_rel=first.year_rel)
    grain = _grain(first)
    return raw if grain and grain == _grain(raw) else None


def _number_before(raw: RawTime, text: str) -> RawTime | None:
    """The first end of a range written as a bare number before `raw`, its day or its month ("20–21 June", "3-5月")."""
    k = raw.start - 1
    while k > 0 and text[k] in " \t":
        k -= 1
    if text[k] in _JOIN_MARKS:
        k -= 1
        while k > 0 and text[k] in " \t":
            k -= 1
        if not (text[k].isalnum() or text[k] == "."):
            return None  # (a list's mark: "- 2022年1月")
    elif not text.endswith(("to", "and", "through"), max(0, k - 6), k + 1):
        return None  # (what no joining word ends: most expressions)
    m = _FIRST_NUMBER.search(text, max(0, raw.start - 16), raw.start)
    if m is None or not _grain(raw):
        return None
    if m.group(2):  # (a month's name: before a month's, alone or with its year)
        month = _MONTHS_EN[m.group(2)[:3].lower()]
        if raw.day is not None or raw.month is None or month == raw.month \
                or ("and" in m.group(0) and not _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            return None
        year = raw.year - 1 if raw.year is not None and month > raw.month else raw.year  # ("December to January 2025")
        return raw._replace(start=m.start(2), month=month, year=year)
    digits = len(raw.text) - len(raw.text.lstrip("0123456789"))
    if not digits:
        return None
    lead, number = int(raw.text[:digits]), int(m.group(1))
    if not 0 < number < lead:
        return None
    if raw.day == lead and raw.month is not None:
        return raw._replace(start=m.start(1), day=number)
    if raw.day is None and raw.month == lead:
        return raw._replace(start=m.start(1), month=number)
    return None


def _range(first: RawTime, last: RawTime, text: str) -> RawTime:
    if first.year is None and first.year_rel is None and last.year is not None:
        # (the year written once, at the end: "June 20 to July 2, 2024"; "December to January 2025" the year before)
        order = (first.month or 0, first.day or 0, first.quarter or 0, first.half or 0)
        year = last.year - (order > (last.month or 0, last.day or 0, last.quarter or 0, last.half or 0))
        first = first._replace(year=year, bare_year=False)
    return first._replace(end=last.end, text=text[first.start : last.end], until=last)


# ---------------------------------------------------------------- resolution


def _month_bounds(year: int, month: int) -> tuple[Date, Date]:
    return Date(year, month, 1), Date(year, month, calendar.monthrange(year, month)[1])


def _narrow(first: Date, last: Date, qualifier: str | None) -> tuple[Date, Date]:
    """Early/mid/late thirds of a period (a month's are days 1-10, 11-20, 21-end)."""
    if qualifier is None:
        return first, last
    if first.day == 1 and first.month == last.month:  # a month
        cuts = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[qualifier]
        return first.replace(day=cuts[0]), first.replace(day=cuts[1])
    spans = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[qualifier]
    return Date(first.year, spans[0], 1), _month_bounds(first.year, spans[1])[1]


def month_part(year: int, month: int, qualifier: str | None) -> tuple[Date, Date]:
    """A month's first and last days, or those of its early, mid or late third (as "late March" resolves)."""
    return _narrow(*_month_bounds(year, month), qualifier)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _shift(day: Date, unit: str, count: int) -> Date:
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = _add_months(day.year, day.month, months)
    return Date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _holiday(base: dict[str, Any], name: str, year: str | None, shift: int) -> RawTime | None:
    """A holiday's day (`shift` days from it), of `year` when written."""
    if (kind := _lunar()[0].get(name) or _weekday_holidays().get(name)) is not None:
        return RawTime(**base, moving=(kind, shift), year=int(year) if year else None)
    day = _next_to(_holidays()[name], shift)
    return RawTime(**base, holiday=day, year=int(year) if year else None) if day is not None else None


def _around_holiday(base: dict[str, Any], name: str, year: str | None, around: regex.Match[str]) -> RawTime | None:
    """The month of the days just before, after, around or over a holiday (see _AROUND_HOLIDAY_EN)."""
    if (fixed := _holidays().get(name)) is not None:
        month, day = fixed
    elif (rule := _weekday_holidays().get(name)) is not None and "+" not in rule:
        month, nth = (int(part) for part in rule.split("-")[:2])
        day = 7 * nth - 3  # (its nth week's middle)
    else:
        return None  # (a lunar one's month moves)
    if year is None or around.group("until") or (around.group("before") and day <= 7) \
            or (around.group("after") and day > 20):
        return None  # (a year-less one's days say no year: "will ship Foo-3 before Christmas", under a passage's year)
    qualifier = ("late" if day > 20 else None) if around.group("before") else None if around.group("after") \
        else "early" if day <= 10 else "mid" if day <= 20 else "late"
    return RawTime(**base, year=int(year), month=month, qualifier=qualifier)


_HOLIDAY_PAST_DAYS = 7  # (days after a holiday that a text may still speak of it as the one just gone: a weekly issue)


def _holiday_year(raw: RawTime, reference: Date | None, context_year: int | None) -> int | None:
    """A holiday's year: its own ("2024年圣诞节"), counted from the text's ("去年圣诞节"), else its passage's."""
    if raw.year is not None:
        return raw.year
    if raw.year_rel is not None:
        return reference.year + raw.year_rel if reference is not None else None
    return context_year


def _holiday_day(raw: RawTime, year: int) -> Date | None:
    """A holiday's day in `year`: a fixed one's, or one that moves from year to year."""
    if raw.moving is not None:
        return _moving_day(*raw.moving, year)
    return Date(year, *raw.holiday) if raw.holiday is not None else None


def _next_to(holiday: tuple[int, int], shift: int) -> tuple[int, int] | None:
    """(month, day) `shift` days from the holiday's; None in another year (rare, not read)."""
    if not shift:
        return holiday
    day = Date(2001, *holiday) + dt.timedelta(days=shift)
    return (day.month, day.day) if day.year == 2001 else None


def _year_text(year: int) -> str:
    return f"{year:04d}"


def resolve(
    raw: RawTime,
    reference: Date | None = None,
    context_year: int | None = None,
    context_month: int | None = None,
    context_day: Date | None = None,
) -> TimeMention | None:
    """Give `raw` a value. Returns None when the text is not a valid date (31 February).
    `context_*`: the passage's year, month and day, for what is written without them.
    A range's value is its first end's, its latest day the last end's."""
    first = _resolve_one(raw, reference, context_year, context_month, context_day)
    last_raw = raw.until
    if last_raw is None or first is None or first.value is None or first.earliest is None:
        return first
    year = first.earliest.year
    last = _resolve_one(last_raw, reference, year, context_month, context_day)
    if last is not None and last.earliest is not None and last.earliest < first.earliest and last_raw.year is None:
        last = _resolve_one(last_raw, reference, year + 1, context_month, context_day)  # ("2024年11月至2月")
    if last is None or last.latest is None or last.earliest is None or last.earliest < first.earliest:
        return first
    return first._replace(latest=last.latest)


def _resolve_one(
    raw: RawTime,
    reference: Date | None,
    context_year: int | None,
    context_month: int | None,
    context_day: Date | None,
) -> TimeMention | None:

    def mention(value: str | None, precision: str, first: Date | None, last: Date | None) -> TimeMention:
        return TimeMention(raw.text, raw.start, raw.end, value, precision, raw.qualifier, first, last,
                           explicit_year=raw.year is not None and not raw.bare_year, bare_year=raw.bare_year)

    try:
        if raw.day_ctx is not None:
            if context_day is None and raw.day_ctx == 0 and context_year is not None and context_month is not None:
                # ("In February 2024, Microsoft announced …, which launched Mistral Large the same day": that month)
                first, last = _month_bounds(context_year, context_month)
                return mention(f"{_year_text(context_year)}-{context_month:02d}", "month", first, last)
            if context_day is None:
                return mention(None, "day", None, None)
            same = context_day + dt.timedelta(days=raw.day_ctx)
            return mention(same.isoformat(), "day", same, same)
        if raw.day_rel is not None or raw.ago is not None:
            if reference is None:
                return mention(None, "day", None, None)
            day = reference + dt.timedelta(days=raw.day_rel) if raw.day_rel is not None else None
            if day is not None and raw.year_rel:  # ("five years ago today")
                day = _shift(day, "year", raw.year_rel)
            if day is not None and raw.month_rel:  # ("a month ago today")
                day = _shift(day, "month", raw.month_rel)
            if raw.ago is not None:
                day = _shift(reference, *raw.ago)
            assert day is not None
            return mention(day.isoformat(), "day", day, day)
        if raw.holiday is not None or raw.moving is not None:
            holiday_year = _holiday_year(raw, reference, context_year)
            if holiday_year is None and reference is not None:  # (its next occurrence)
                holiday_year = reference.year
                # (or one a few days past: "On Thursday, which was Thanksgiving, …", told the day after)
                if (day := _holiday_day(raw, holiday_year)) is not None \
                        and (reference - day).days > _HOLIDAY_PAST_DAYS:
                    holiday_year += 1
            day = _holiday_day(raw, holiday_year) if holiday_year is not None else None
            return mention(day.isoformat() if day else None, "day", day, day)
        if (raw.weekday is not None and raw.nth is None) or (raw.week_rel is not None and raw.weekday is None):
            return _resolve_week(raw, reference, mention)
        if raw.quarter_rel is not None:
            if reference is None:
                return mention(None, "quarter", None, None)
            quarter_year, quarter = divmod(reference.year * 4 + (reference.month - 1) // 3 + raw.quarter_rel, 4)
            first, last = Date(quarter_year, 3 * quarter + 1, 1), _month_bounds(quarter_year, 3 * quarter + 3)[1]
            return mention(f"{_year_text(quarter_year)}-Q{quarter + 1}", "quarter", first, last)

        year = _resolve_year(raw, reference, context_year)
        if raw.half_rel is not None:
            if reference is None:
                return mention(None, "half", None, None)
            half = (reference.month - 1) // 6 + 1 + raw.half_rel
            year = reference.year + (half - 1) // 2
            half = (half - 1) % 2 + 1
            return _half(year, half, mention)
        month = raw.month
        if raw.month_rel is not None or raw.month_ctx:
            base_year, base_month = (reference.year, reference.month) if reference else (None, None)
            if raw.month_ctx and context_month is not None:
                base_month = context_month
                base_year = year or base_year
            elif raw.month_ctx and (raw.month_rel
                                    or (year is not None and base_year is not None and year != base_year)):
                # (a passage in another year, with no month of its own: none to be the same as; "two months later"
                # counts from the passage's month, not the text's)
                base_month = None
            if base_month is None or base_year is None:
                return mention(None, "day" if raw.day else "month", None, None)
            if raw.year_rel is not None and year is not None:
                base_year = year
            year, month = _add_months(base_year, base_month, raw.month_rel or 0)
            if raw.month_dir == -1 and raw.month_ctx and context_month is None and not raw.month_rel \
                    and raw.day is not None and reference is not None and raw.day > reference.day:
                year, month = _add_months(year, month, -1)  # (a day of news past the text's: the month's before)
        if year is None:
            precision = "day" if raw.day else "month" if month else "quarter" if raw.quarter else \
                "half" if raw.half else "year"
            return mention(None, precision, None, None)
        if raw.year_end is not None:
            return mention(_year_text(year), "year", Date(year, 1, 1), Date(raw.year_end, 12, 31))
        if raw.week_of_year is not None:
            monday = Date.fromisocalendar(year, raw.week_of_year, 1)
            return mention(monday.isoformat(), "week", monday, monday + dt.timedelta(days=6))
        if month is not None:
            if raw.nth is not None and raw.weekday is not None:
                first = Date(year, month, 1)
                offset = (raw.weekday - first.weekday()) % 7 + 7 * (raw.nth - 1)
                day = first + dt.timedelta(days=offset)
                if day.month != month:
                    return None
                return mention(day.isoformat(), "day", day, day)
            if raw.day is not None:
                day = _month_bounds(year, month)[1] if raw.last_day else Date(year, month, raw.day)
                return mention(day.isoformat(), "day", day, day)
            first, last = _narrow(*_month_bounds(year, month), raw.qualifier)
            return mention(f"{_year_text(year)}-{month:02d}", "month", first, last)
        if raw.quarter is not None:
            if not 1 <= raw.quarter <= 4:
                return None
            first = Date(year, 3 * raw.quarter - 2, 1)
            last = _month_bounds(year, 3 * raw.quarter)[1]
            return mention(f"{_year_text(year)}-Q{raw.quarter}", "quarter", first, last)
        if raw.half is not None:
            return _half(year, raw.half, mention)
        if raw.season is not None:  # (the year, no finer, within the season's months)
            return mention(_year_text(year), "year", Date(year, raw.season, 1), _month_bounds(year, raw.season + 2)[1])
        first, last = _narrow(Date(year, 1, 1), Date(year, 12, 31), raw.qualifier)
        return mention(_year_text(year), "year", first, last)
    except (ValueError, OverflowError):
        return None


def _season_shift(raw: RawTime, reference: Date) -> int:
    """A year's shift for an English season counted back from the text's day: "last summer" told in December is that
    year's, the summer just gone (told in July, the year before's); 去年夏天 is always the year before's. ("next
    summer" told in February is left the next year's: said so, many mean the one after the coming one.)"""
    if raw.season is None or raw.year_rel != -1 or raw.text[:1] not in "lL":
        return 0
    return 1 if reference.month > raw.season + 2 else 0


def _half(year: int, half: int, mention):  # type: ignore[no-untyped-def]
    first = Date(year, 1 if half == 1 else 7, 1)
    last = Date(year, 6, 30) if half == 1 else Date(year, 12, 31)
    return mention(f"{_year_text(year)}-H{half}", "half", first, last)


def _resolve_year(raw: RawTime, reference: Date | None, context_year: int | None) -> int | None:
    if raw.year is not None:
        return raw.year
    if raw.year_rel is not None:
        return reference.year + raw.year_rel + _season_shift(raw, reference) if reference else None
    if raw.year_ctx is not None:
        return context_year + raw.year_ctx if context_year is not None else None
    if raw.month_dir is not None and raw.month is not None:  # (the reference's, whatever the passage's year)
        if reference is None:
            return None
        return reference.year + (raw.month_dir == 1 and raw.month <= reference.month) \
            - (raw.month_dir == -1 and raw.month >= reference.month)
    if context_year is not None:
        return context_year
    if raw.season is not None and raw.month_dir == -1 and reference is not None:
        return reference.year - (raw.season > reference.month)  # (the last such season begun by the text's month)
    return reference.year if reference else None


def _resolve_week(raw: RawTime, reference: Date | None, mention):  # type: ignore[no-untyped-def]
    if reference is None:
        return mention(None, "day" if raw.weekday is not None else "week", None, None)
    monday = reference - dt.timedelta(days=reference.weekday())
    if raw.weekday is None:
        start = monday + dt.timedelta(weeks=raw.week_rel or 0)
        if raw.weekend:  # (its Saturday and Sunday)
            return mention(start.isoformat(), "week", start + dt.timedelta(days=5), start + dt.timedelta(days=6))
        return mention(start.isoformat(), "week", start, start + dt.timedelta(days=6))
    if raw.week_dir is not None and raw.week_dir < 0:  # the last such day (before the reference: -2)
        back = (reference.weekday() - raw.weekday) % 7 or (7 if raw.week_dir == -2 else 0)
        day = reference - dt.timedelta(days=back)
    elif raw.week_rel is None:  # a bare weekday: the next such day after the reference
        ahead = (raw.weekday - reference.weekday() - 1) % 7 + 1
        day = reference + dt.timedelta(days=ahead)
    else:
        day = monday + dt.timedelta(weeks=raw.week_rel, days=raw.weekday)
    return mention(day.isoformat(), "day", day, day)


def find_times(text: str, reference: Date | None = None) -> list[TimeMention]:
    """The temporal expressions of `text`, resolved against `reference` (never today).

    The text is normalized first (full-width digits, spaced-out CJK, PDF line breaks); the
    returned text and offsets are those of the text as given. A month or day without a year
    takes the year of the latest explicit date earlier in the same paragraph, else the
    reference year, else stays unresolved (value None).
    """
    from timeline.text.normalize import normalize

    norm = normalize(text)
    mapped = []
    for mention in find_in_normalized(norm.text, reference):
        start, end = norm.orig_span(mention.start, mention.end)
        mapped.append(mention._replace(text=text[start:end], start=start, end=end))
    return mapped


def find_in_normalized(text: str, reference: Date | None = None) -> list[TimeMention]:
    """find_times on text that is normalized already (offsets are into that text)."""
    found: list[TimeMention] = []
    context_year: int | None = None
    context_month: int | None = None
    context_day: Date | None = None
    last_end = 0
    for raw in scan(text):
        if "\n\n" in text[last_end : raw.start]:
            context_year = context_month = context_day = None
        last_end = raw.end
        resolved = resolve(raw, reference, context_year, context_month, context_day)
        if resolved is None:
            continue
        found.append(resolved)
        if resolved.precision == "day" and resolved.earliest is not None:
            context_day = resolved.earliest
        if raw.year is not None and not raw.bare_year:
            context_year = raw.year
        if raw.month is not None and resolved.value:
            context_month = raw.month
    return found
