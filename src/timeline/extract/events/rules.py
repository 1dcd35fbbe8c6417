"""Events: one per date-bearing clause that names an actor (model or organization).

A month or day without a year takes the year of its passage: the latest explicit year
earlier in the same paragraph or list, else the year of the section heading, else the
document date, else (a text with no date) the year of its latest month or day written out.
List items with no date of their own under a year-bearing lead-in line ("**2025年AI独角兽融资：**")
take that line's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import NamedTuple

import regex

from timeline.extract.context import (
    APPOSITION_OPENER,
    CHANNEL_AFTER,
    COUNTED_FROM,
    IN_CLAUSE,
    IN_ORDER,
    KIN,
    LIKE_BEFORE,
    NOT_WORD,
    RELATIVE_CLAUSE,
    THIS_MODEL_ZH,
    TIME_UNITS,
    TIME_ZONE,
    DocContext,
    Mention,
    in_condition,
)
from timeline.extract.models.rules import (
    APPOSED_COMPANY,
    CAPITAL_WORD,
    DESCRIBING,
    HAN_RUN,
    RELEASE_VERBS,
    RELEASED,
    ModelMention,
    OrgMention,
)
from timeline.extract.numbers import EN_NUMBER_WORDS
from timeline.extract.times import RawTime, TimeMention, resolve, scan
from timeline.extract.times.rules import (
    DETERMINER_BEFORE,
    EN_DATE_WORD,
    EN_WEEKDAY,
    HAPPENED_ZH,
    HEDGE_EN,
    IN_SENTENCE,
    LAUNCH_AFTER,
    MONTH_NAME,
    MOVED_EN,
    MOVED_ZH,
    PAREN_MONTH_DAY,
    PERIOD_ENDED,
    PERIOD_ENDED_REACH,
    PUT_OFF_REACH,
    PUT_OFF_TO,
    RELEASE_OF,
    WEEKDAY_HEAD_END,
    WEEKDAY_NOTE,
    month_part,
)
from timeline.records import EventRecord
from timeline.sources.frontmatter import UPDATED_WORDS
from timeline.text.lists import BULLET_CLASS, BULLET_MARKS, ITEM_SEPARATOR, LINE_LEAD, RECORD_REACH
from timeline.text.normalize import WEEKDAY_WRITTEN
from timeline.text.windows import Alternation, contains_any, end_of_line, match_at, occurrences

# Line shapes, checked on every line: the stdlib re engine (cheaper per call).
_HEADING = re.compile(r"^\s*(#{1,6})\s+")
# Heading marks over a whole text (a literal first, so the engine jumps from one # to the next;
# _heading_levels() keeps those with only white space before them on their line), a blank line.
_HEADING_MARK = re.compile(r"#(?<!##)#{0,5}[^\S\n]+")
_BLANK_LINE = re.compile(r"^[^\S\n]*$", re.M)
# A line that is bold alone ("**Monday**"), and a lead: that, or a short label ("2025年3月:")
_BOLD_ALONE = re.compile(r"\s*(?:\*\*|__)[^*\n]+(?:\*\*|__)\s*[:：]?\s*")
_BOLD_LEAD = re.compile(rf"^(?:{_BOLD_ALONE.pattern})$|^\s*[^\n]{{1,40}}[:：]\s*$")
_LIST_ITEM = re.compile(rf"^\s*(?:{BULLET_CLASS}|\d+[.)、])\s+")
# A post's calendar sign before a day that heads its section ("📅 11.18" over "🔥 谷歌发布…"), and the pictographs its
# items open with instead of a list's marks ("🔥", "✨", "🚀"; not the calendar)
_CALENDAR = "📅📆🗓"
_CALENDAR_SIGN = _CALENDAR + "\ufe0f"  # (with the emoji's variation selector, as a lead's marks to strip)
_PICTOGRAPH_ITEM = re.compile(rf"^\s*(?![{_CALENDAR}])[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]+")
# A line that holds its date alone, perhaps with its weekday ("6月16日(周一)", "June 16 (Monday)", "Monday, March 10"),
# leads the items under it
_WEEKDAY_NOTE = re.compile(rf"{WEEKDAY_NOTE}[\s,，:：]*")
_PLAIN_LEAD = 40  # characters at most in such a line
_ANNOUNCING_LEAD = 200  # characters at most in a sentence of news that leads a list
# (its verb, a stem: a plain pattern the stdlib engine scans for by its letters, not _ACTION tried at every character)
_ANNOUNCING = re.compile(r"(?i:unveil|announc|introduc|releas|launch|ship|debut|roll(?:s|ed|ing)?\s+out|retir"
                         rf"|deprecat|no\s+longer)|{RELEASED}|下线|停用")
_LEAD_MARKS = " \t#*_:："  # (what a heading or a bold lead adds around its words)
# A changelog's release heading names its version beside its date ("## v3.2.0 (2025-06-24)", "## [1.2.0] - 2025-06-24",
# "### Version 2.1 — March 4, 2025"): still a date alone
_VERSION_LABEL = re.compile(r"(?:[Vv]ersion|[Rr]elease)?\s*\[?v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?\]?")
_VERSION_MARKS = _LEAD_MARKS + "()[]-–—"
# Governments act through laws and rules ("中国《…办法》正式施行"): a country before what it issues,
# an agency or a parliament anywhere.
_GOVERNMENT = regex.compile(
    r"(?:中国|美国|英国|日本|韩国|法国|德国|印度|联合国)(?=《|政府|发布|出台|通过)"
    r"|(?:国家)?网信办|国家互联网信息办公室|国务院|工信部|工业和信息化部|科技部|(?:国家)?发改委|国家发展改革委|教育部|公安部"
    r"|市场监管总局|全国人大(?:常委会)?|全国\p{Han}{2,16}?委员会|国家标准(?:化管理)?委员会|国家标准委|欧洲议会|欧盟委员会|欧盟理事会|白宫|美国商务部|联邦贸易委员会"
    r"|\b(?:European\s+(?:Parliament|Commission)|White\s+House|Council\s+of\s+the\s+EU|FTC"
    # (China's regulators and America's departments as English writes them: "the Cyberspace Administration's labeling
    # rules took effect on September 1", "the Commerce Department added Zhipu to the Entity List in January")
    r"|Cyberspace\s+Administration(?:\s+of\s+China)?|State\s+Council|MIIT|Ministry\s+of\s+Industry\s+and\s+Information"
    r"\s+Technology|(?:Commerce|Justice)\s+Department|Department\s+of\s+(?:Commerce|Justice)"
    r"|Bureau\s+of\s+Industry\s+and\s+Security)\b"
)
# Cities and provinces ("北京市于今年1月发布《…行动计划》"): a pattern of its own, tried only where 市 or 省
# is (in the one above, their names slowed every search of a clause by half).
_LOCAL_GOVERNMENT = re.compile(
    r"(?:(?:北京|上海|天津|重庆|深圳|广州|杭州|南京|成都|武汉|西安|苏州|合肥)市|(?:广东|浙江|江苏|山东|四川|湖北|福建"
    r"|安徽|河南|湖南|河北|江西|辽宁|陕西)省)(?:人民政府|政府)?")


def _government(text: str, start: int, end: int) -> regex.Match[str] | re.Match[str] | None:
    """The first government named in text[start:end] that acts (a ministry, a parliament, a city, …)."""
    gov = _GOVERNMENT.search(text, start, end)
    if gov is None and (text.find("市", start, end) != -1 or text.find("省", start, end) != -1):
        return _LOCAL_GOVERNMENT.search(text, start, end)
    return gov
# (literals up to their first blank: both engines then scan for their first letters, where "people|person"
# followed by \s+ cost a third more)
# (a news outlet's report: "according to The Verge"; not the company's own word, "according to OpenAI")
# ("according to three people with knowledge of the plans")
# (or its report told by it: "The Information reported that …")
_OUTLETS = (r"(?:The Information|The Verge|Bloomberg|Reuters|CNBC|TechCrunch|Axios|Semafor|The Wall Street Journal"
            r"|the Financial Times|The New York Times)")
_SOURCES = (r"p(?:eople|erson) (?:familiar with|with (?:direct\s+)?knowledge of)"
            r"|according to (?:sources|insiders|people|rumou?rs|leaks?"
            r"|(?:two|three|four|several|multiple) (?:people|sources|insiders)"
            r"|(?:a\s+|an\s+)?(?:media\s+)?reports?\b|(?:a\s+|the\s+)?leaked\b"  # ("according to a leaked calendar")
            rf"|(?:a\s+report\s+(?:by|from|in)\s+)?{_OUTLETS})"
            r"|sources? (?:said|say|says|told|close to|familiar with)"
            r"|reports? (?:say|said|suggest|suggested|surfaced|emerged|indicate|indicated|claim|claimed)\b")
# (tellers named by a word seen in C first, before or after the news: "Leakers on X claim …", "…, insiders say", "two
# people briefed on the plans")
_TELLERS = re.compile(r"\b(?:leakers?|tipsters?|insiders?)(?: on \S+)? (?:say|says|said|claim|claims|claimed|suggest"
                      r"|suggests)\b|\bpeople briefed on\b"
                      # (people counted, unnamed: "…, two people said", "three people told Reuters")
                      r"|\b(?:two|three|four|five|several|multiple)\s+people\s+(?:said|say|says|told)\b", re.I)
_TELLER_WORDS = ("eaker", "ipster", "nsider", "briefed", "people")


# Those who know in Chinese: insiders, sources, people close to a company ("接近字节的人士")
_INSIDERS_ZH = "知情人士|消息人士|接近[^，。,；;\n]{1,16}?的人士"
# (or, in Chinese, by insiders in the sentence's last clause: "阿里计划在春节前发布Qwen4，知情人士透露。")
_TELLERS_LAST_ZH = regex.compile(rf"\s*[，,]?\s*(?:据)?(?:多位|多名|两位|一位)?(?:{_INSIDERS_ZH}|业内人士)"
                                 r"(?:透露|称|表示|说|爆料)?\s*[。！!]$")
_ZH_SENTENCE_LAST = ("。", "！", "!")


def _told_by_tellers(text: str, start: int, end: int) -> bool:
    return contains_any(text, _TELLER_WORDS, start, end) and _TELLERS.search(text, start, end) is not None
# (an outlet's report told by it, "The Information reported that …", "…, Bloomberg reports": tried only where a word of
# reporting stands, found in C first)
_OUTLET_REPORTED = re.compile(rf"{_OUTLETS} report(?:ed|s)\b")
# The words of hearsay itself (read by _RUMORED_FOR too: no outlet's report, which may tell what was done)
_HEARSAY = r"据传|传闻|传言|网传|爆料|rumou?r|reportedly|reputedly|allegedly|supposedly"
_RUMORED = regex.compile(
    # ("据外媒报道", "据媒体报道": as "according to media reports"; a wire story's own 据报道 is not)
    # ("据路透社报道", "据The Information报道": an outlet's report; "据36氪独家获悉")
    # ("消息称OpenAI将于明年一季度推出…": a headline's unnamed news; not "官方消息称")
    rf"{_HEARSAY}|市场消息|据说|听说|曝光|曝|(?<!官方|公司)消息称|据(?:外媒|媒体|海外媒体)报道"
    rf"|{_INSIDERS_ZH}"  # ("据接近字节的人士透露")
    rf"|据[^，。,；;\n]{{0,12}}?人士(?:透露|称|爆料)"  # ("据多位业内人士透露": what insiders let out)
    # (a headline's "传" before what it reports: "传DeepSeek R2或于5月发布", "【传】…")
    r"|(?:^|(?<=[\n#]))[ \t]*传(?=[ \t]?[A-Za-z])|【传】"
    # (spaced from the outlet's Latin name, as many write it: "据 The Information 报道")
    rf"|据[ \t]?(?:路透社?|彭博社?|华尔街日报|金融时报|纽约时报|The\s+Information|The\s+Verge|CNBC|36氪"
    rf"|晚点LatePost|晚点)"
    # (its day between: "据彭博社周二报道", "据路透社11月25日报道")
    rf"[ \t]?(?:(?:本|上)?周[一二三四五六日]|\d{{1,2}}月\d{{1,2}}日|[今昨前]日|日前|近日)?"
    rf"(?:的)?(?:独家)?(?:报道|获悉|消息)"
    rf"|is said to|{_SOURCES}",
    regex.I,
)
_SOURCES_AFTER = re.compile(_SOURCES, re.I)  # (English names its sources after the news)
# What leaked or was spotted ahead of it, hearsay too ("A leaked memo suggests …", "References to Foo-5 were spotted in
# …"; not a leak itself, "Llama's weights leaked on March 3"); tried only where its words stand (found in C first)
_LEAKED = regex.compile(
    r"\bleaked\s+(?:[\w-]+\s+)?(?:memo|document|e-?mail|slides?|roadmap|screenshots?|images?|benchmarks?|report)s?\b"
    r"|\bleaks?\s+(?:suggest|show|indicate|point)|\bspotted\s+in\b|(?:泄露|泄漏)的", regex.I)


def _hearsay(window: str) -> bool:
    return _RUMORED.search(window) is not None or _told_by_tellers(window, 0, len(window)) or (
        ("eak" in window or "EAK" in window or "potted" in window or "泄" in window)
        and _LEAKED.search(window) is not None) or _outlet_reported(window, 0, len(window))


# News of it denied after it in its sentence: "A上周发布B的消息遭到否认", "针对"A发布B"的消息，公司回应称消息不实"; the
# news told, then denied, is a rumor (not "A发布B，并否认了C将于12月发布的传闻": a denial before the news is of another)
_DENIED_NEWS = re.compile(r"的(?:消息|传闻|传言|报道|说法)[^。!?\n]{0,24}?(?:否认|辟谣|不实)")
_DENIAL_REACH = 64  # characters from the date to the denial (one search in C: most dates have none after them)


def _outlet_reported(text: str, start: int, end: int) -> bool:
    return text.find(" report", start, end) != -1 and _OUTLET_REPORTED.search(text, start, end) is not None


_PLANNED = regex.compile(r"计划|(?<![或可])将于|拟于|拟|定于|预定|定档|准备|plans? to"  # ("或将于": a forecast)
                         r"|(?<!\bas\s)plann(?:ed|ing)\b|scheduled|slated|pencill?ed\s+in\b"
                         r"|(?:committed|commits|promised|promises|pledged|pledges|vowed|vows)\s+to"
                         r"|\b(?:is|are)\s+set\s+to|\b(?:aims?|intends?)\s+to|\b(?:is|are)\s+aiming\s+(?:to|for|at)\b"
                         # (a plan told as past too: "had hoped to launch it in October", "was supposed to ship")
                         r"|\bhad\s+(?:hoped|intended|aimed)\s+to\b|\b(?:is|are|was|were)\s+supposed\s+to\b"
                         # ("OpenAI is preparing to launch GPT-5.5 as early as January")
                         r"|\b(?:is|are)\s+(?:preparing|gearing\s+up|getting\s+ready)\s+to"
                         # (or readying a model for a launch, or eyeing one: "is readying Foo-4 for a May launch", "is
                         # targeting a May launch for Foo-4", "plans a summer release for Foo-4")
                         rf"|\b(?:is|are)\s+(?:preparing|readying)\s+{IN_SENTENCE}{{1,40}}?\bfor\s+(?:an?|its|the)\b"
                         r"|\b(?:is|are)\s+(?:targeting|eyeing)\s+(?:an?|its|the)\b|\bplans\s+(?:an?|its)\s"
                         r"|\bdue\s+(?:in|for|by|before)\b"
                         # ("targets H1 2026 for Foo-6"; "V4 is targeted for February 17", told in December)
                         rf"|\btarget(?:s|ed|ing)?\b(?:{IN_SENTENCE}{{1,30}}?\b(?:19|20)\d\d\b|(?<=ed)\s+for\b)"
                         # (announced for a time to come: "announced FooGPT-4 for H1 2026"; or planned for it:
                         # "Alibaba plans Qwen4 for mid-2026")
                         rf"|\b(?:announc|unveil|teas|preview|plann?)(?:ed|es|e|s)?\b{IN_SENTENCE}{{1,60}}?\bfor\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:[A-Za-z]+-)?\d{4}\b", regex.I)
# A verb with 了, or 已 before the date or the verb, in the event's own clause: it happened, whatever
# the sentence forecast before it ("我们预计…；Kimi K2已于7月11日开源"; not 而已, "only").
# What a company does, not a model: raising money, buying, being founded, going public
_COMPANY_ZH = "融资|收购|成立|上市|挂牌"
_DONE_VERB = f"发布|推出|开源|上线|亮相|宣布|面世|问世|升级|{_COMPANY_ZH}|完成|签署|起诉"  # (a company's deals too)
# ("…是9月30日发布的。", "什么时候发布的？": 是…的 tells of what was done)
_DONE = regex.compile(rf"(?:{_DONE_VERB})(?:了|的(?=[?？。,，.!！]|$))"
                      rf"|(?<!而)已(?:经)?(?:于|在|正式)?(?:{_DONE_VERB}|(?<=于|在))")
# A verb in the past tense ("was released" too; not "to be released", "is launched"), which a date a few days
# after the document's own does not make a forecast: a weekly issue dated by its week's first day, a
# dateline in another time zone.
# (the verbs of putting a model out, in the past tense: also what a participle clause opens with)
_PUT_OUT = (r"(?:released|launched|announced|unveiled|introduced|published|open-sourced|debuted|shipped|previewed"
            r"|teased|revealed|demoed|rolled\s+out|made\s+(?:\w+\s+)?available|dropped|landed)\b")
# (and of taking one away: "text-davinci-003, which OpenAI retired on January 4, 2024")
_ENDED = r"(?:deprecated|retired|discontinued|sunset)\b"
# (and shown: "Jules, first shown in December, is now in public beta", told in May)
_PAST_ACTION = regex.compile(rf"(?<!\b(?:be|is|are|being)\s)\b(?:{_PUT_OUT}|came\s+out\b|arrived\b|went\s+live\b"
                             r"|(?:shown|showcased|demonstrated)\b"
                             # (and a company's deals: "On Dec. 30, Meta acquired Manus", told in January)
                             r"|(?:acquired|bought|raised|sued|signed|closed|completed|filed|partnered|invested|hired"
                             r"|went\s+public)\b"
                             # ("DeepSeek put out V3": past after a name, not after a modal or a plural's pronoun)
                             r"|(?<=[A-Z][\w.-]*\s)put\s+out\b)")
_NEAR_DAYS = 7
# (a day told with a bare Chinese verb, no tense, within a month after the text's is its year's, as a weekly digest
# tells what is set: "6月30日正式开源", told on June 22; further on, the last year's, as a review tells what was done:
# "12月26日发布", told in January)
_BARE_AHEAD_DAYS = 31


def _past_action_before(text: str, start: int, end: int) -> bool:
    """Whether a verb of release in the past stands in text[start:end], with nothing to come told after it (not "Meta
    released Llama 4 and will ship Behemoth in June": the plan's verb is the date's)."""
    last = max(_PAST_ACTION.finditer(text, start, end), key=lambda m: m.start(), default=None)
    return last is not None and not to_come(text[last.end() : end])
# (a plan's day that passed within a month of the text is the plan as it was told, not next year's: "百度宣布将于6月30日
# 正式开源文心4.5", in a text of July 8)
_PLAN_PASSED_DAYS = 31
_UP_FROM = regex.compile(r"\b(?:up|down)\s+from\s+[^.;]{1,40}?\s+(?:in|on|at\s+the\s+end\s+of)\s+$")
# ("Predictions: Gemini 3 before the end of the year?", "is predicted to ship"; not "as predicted, … released")
# (a speaker's wager too: "I'd bet Qwen 3.5 lands in Q1 2026", "my bet is on March")
_FORECAST_WORDS = (r"预计|预测|预期|有望|forecast|expect(?:s|ed)?\b|predict(?:s|ions?)?\b|predicted\s+to\b"
                   # (case-sensitive: a branch led by "i" in either case was tried at every i of a text)
                   r"|(?-i:\bI(?:['’]d|\s+would)?\s+bet\b|\b[Mm]y\s+bet\s+is\b)")
# (on the stdlib engine, as _PREDICTED: over every sentence of a quarter of the bench corpus they find the same as on
# `regex`, in half the time; _PLANNED and _RUMORED run faster on `regex`)
_FORECAST = re.compile(_FORECAST_WORDS, re.I)
# (the verbs of what is to come after a modal: "could launch", "would be released")
_COMING = "launch|releas|ship|arriv|debut|unveil|announc|introduc|come|open|roll|bring|land|drop"  # ("should land")
_PREDICTED = re.compile(
    # ("或于5月发布", "或于年底前发布": a time after it, a number's or a word's)
    rf"{_FORECAST_WORDS}|或将|或(?:于|在)(?=[^，。；,;\n]{{0,12}}?(?:\d|年[底末初中内]|月[底初中]|[上下]半年|今年|明年|本月"
    r"|下个?月|[本下]周|季度|[春夏秋冬]))|可能|即将|将(?=会|要|于|在|成为|实现|推出|发布|达到|迎来|变得|能|可|被|进入|出现|支持|"
    r"包含|举办|是|有|突破|加速|全面|进一步|大幅|广泛|继续|持续|逐步|不断|更加|更|推迟|延迟|延期|延后"
    # ("还将登陆Vertex AI"; "将不再可用", "将停用": an end to come)
    r"|上线|开放|登陆|登场|亮相|开源|问世|面世|落地|发售|升级|不再|停用|停止|下线|退役|关闭)|will\b"
    # ("文心5.0会在今年年底前发布", "年底前会推出推理版本"; not 国科会在…, 委员会在…)
    rf"|(?<![不也委协学科事大合究商议])会(?=在|(?:正式|陆续|相继)?(?:{RELEASED}))"
    # ("could launch Gemini 3 as soon as October", "H2'25 should bring Gemini 3")
    rf"|\b(?:could|might|should)\s+(?:be\s+)?(?:{_COMING}|bring\b|see\b)"
    r"|\b(?:likely|poised)\s+to\b"  # ("Anthropic is likely to ship Claude 5 in H2 2025")
    # (a guess at when, no verb: "DeepSeek V4, probably in February", "GPT-6, maybe by the end of the year")
    r"|[,，]\s*(?:probably|maybe|perhaps|possibly|likely)\s+(?:in|by|around|before|on|this|next|early|late|mid)\b"
    r"|\bon\s+track\s+(?:to|for)\b"  # ("Gemini 4 is on track for 2026")
    # ("Mistral Large 3 is coming before the end of the year"; what is said of a time to come, "DeepSeek is said to
    # release V4 in February", not "is said to have released")
    r"|\b(?:is|are)\s+(?:coming\b(?!\s+(?:from|out\s+of)\b)"
    r"|(?:said|reported|rumou?red|tipped|believed)\s+to\s+(?!have\b|be\s+(?:the|a|an|one)\b))",
    re.I,
)


# What a speaker looks forward to, or what comes later this year: to come ("We're looking forward to the release of
# Gemini 3 later this year"); its words found in C first (in _PREDICTED, tried at every "l" of every window, it cost
# the status 0.2 % of the extraction)
_AHEAD = regex.compile(r"\blook(?:s|ing)?\s+forward\s+to\b|\blater\s+this\s+(?:year|month|week)\b", regex.I)
_AHEAD_WORDS = ("forward", "ater this ")


# A forecast told, in the event's own clause: "He previously said Grok 5 would be released by the end of 2025" (not
# a story's "would", nor "we said Claude 4 would arrive by mid-2025, and Anthropic released it on May 22")
# ("… said Grok 5 would not arrive before the end of the year": when it may, at the earliest)
# (or a second verb that shares it: "said Grok 5 would begin training in the coming weeks and launch by year-end")
_TOLD_FORECAST = regex.compile(r"\b(?:said|says|told|predicted|promised|claimed|wrote)\b"
                               rf"{IN_SENTENCE}{{0,80}}?\bwould\s+(?:{IN_SENTENCE}{{1,60}}?\band\s+)?"
                               rf"(?:not\s+)?(?:be\s+)?(?:{_COMING}|available|make\s)", regex.I)  # ("would make it …")


# A plan told as past: its month is the passage's year's ("R2, originally planned for early May", "原计划于5月发布")
# ("DeepSeek had planned to release R2 in May", "Foo-3 was supposed to ship in March")
_PAST_PLAN = regex.compile(r"\b(?:originally|initially|previously)\s+(?:planned|scheduled|slated|expected|due)\b"
                           r"|\bhad\s+(?:originally\s+|initially\s+|been\s+)?(?:planned|hoped|intended|aimed|expected"
                           r"|scheduled|slated|due)\b|\bwas\s+(?:originally\s+)?supposed\s+to\b"
                           r"|原(?:本)?(?:计划|定)", regex.I)


# A rumor of what is to come: "DeepSeek's V4 is rumored for February", "is tipped to launch in March"; or hearsay
# told in the present ("Rumor: DeepSeek V4 lands in February", "据传V4于2月发布", told in November: what is done is
# no rumor; not a clause told as done, "据传…已于2月…", "…2月发布了": _DONE_ZH)
_RUMORED_FOR = regex.compile(r"\b(?:is|are)\s+(?:tipped|reportedly\s+(?:planned|set|due))\s+(?:for|to)\b"
                             rf"|{_HEARSAY}", regex.I)
_DONE_ZH = ("了", "已", "曾")


# The words a sentence opens with before the day from which on something holds ("Starting January 5, Foo-3 will no
# longer be available", "自1月5日起，Foo-3将不再可用"; or 起 alone after it, "1月5日起，…"): what is to come after the
# day tells the day's year
_FROM_DAY_LEAD = re.compile(r"[\s*_>-]*(?:(?i:starting|beginning|from|effective)\s+(?:on\s+)?|自|从)\s*")


def to_come(text: str) -> bool:
    """Whether `text` (a clause up to a date) says something is planned or forecast for that date (or that it would
    come, as told: "xAI said Grok 5 would arrive in Q1"; not a plan called off, "scrapped the planned release of Foo-4
    in August", the day the plan was called off)."""
    return _planned(text) or _PREDICTED.search(text) is not None or _TOLD_FORECAST.search(text) is not None


def _planned(text: str) -> bool:
    """Whether `text` says something is planned, and the plan is not called off before it."""
    planned = _PLANNED.search(text)
    return planned is not None and _CALLED_OFF.search(text, 0, planned.start()) is None


# A release or a plan called off: the news of its day, whatever it was to put out ("Meta scrapped the planned release of
# Foo-4 in August", "叫停了Foo-4的发布")
_CALLED_OFF = regex.compile(r"\b(?:scrap(?:s|ped|ping)?|cancel(?:s|l?ed|l?ing)?|shelv(?:e|es|ed|ing)"
                            r"|abandon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off)\b|叫停|搁置", regex.I)


# (and in English what a company does, as _COMPANY_ZH)
_COMPANY_EN_OTHER = r"acquir(?:e|ed|es|ing)|founded|went\s+public|IPO"
_COMPANY_EN = rf"rais(?:ed|es)|{_COMPANY_EN_OTHER}"
# (raising money, not a score: "raised €600 million", "raised a $6 billion round"; not "raised AIME accuracy to 87.5%")
_RAISED_MONEY = (r"rais(?:ed|es)(?=\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?(?:[$€£¥]|US\$|\d|an?\s"
                 r"|funding|money|capital|its\s+(?:first|second|third|latest|series))|(?:\s+\w+){0,2}\s+in\s+(?:funding"
                 r"|capital))")
# (a verb whose bare form is also a noun, a verb only after a modal or "to": "to preview", "will drop")
_MODAL = r"\b(?:to|will|would|could|may|might|should)"
_ACTION = Alternation(regex.compile(
    # (not open source as a kind: "在开源模型榜单上排名第一", "开源社区")
    r"正式推出|推出|公测|内测|邀测|官宣|发布(?!会|间隔|节奏|周期|时间表)"
    r"|开源(?!(?:大)?模型(?:榜|排行|领域|阵营|生态|社区)|榜|社区|生态|领域|界|圈|阵营)|上线|升级|更新|面世|问世|亮相|登场|开放(?!日)|发表(?!会)|提出|集成|接入|施行|生效|夺冠|登顶|战胜|击败|"
    # (a debut, not where a text first ran: "首发GPT-7", not "本文首发于…"; a preview, not the preview's version)
    r"放出|上架|登陆|下线|停用|退役|更名|改名|首发(?!于|式)|预览(?!版)|"
    # (a delay without its new day is the news, not the release it puts off: "于5月无限期推迟了Foo-4的发布"; with one,
    # "推迟至2026年初发布", the release is)
    r"推迟(?![至到])|延期(?![至到])|"
    # (as people say it: "上周刚出", "12号发的", "上周一发的", "刚发了", "昨晚发了", "下周上新")
    r"刚出(?![现来去口])|发(?<=(?:[号日天晚刚]|(?:周|星期|礼拜)[一二三四五六日天])发)(?=的|了)|上新|"
    # (made public: "技术报告预计下周公开", "公开了权重"; not "公开表示", "公开信")
    r"公开(?=了|[，。；,;A-Za-z]|\s*$|技术报告|论文|权重|代码|源码)|"
    rf"{_COMPANY_ZH}|宣布|商用|释出|落地|突破|破|通过(?=《)|公布|印发|颁布|签署", regex.I,
), regex.compile(
    # (English verbs, a part of their own: see Alternation)
    r"\b(?:launch(?:ed|es|ing)?|releas(?:e|ed|es|ing)|announc(?:e|ed|es|ing)"
    # (not the adjective after an article or a possessive: "Voxtral, an open-source speech model")
    r"|open-sourc(?:ed|es|ing)|(?<!\b(?:an|the|its|their|our|this|that|first)\s)open-source"
    r"|unveil(?:ed|s|ing)?|introduc(?:e|ed|es|ing)|debut(?:ed|s|ing)?|roll(?:ed|s|ing)? out"
    rf"|ship(?:ped|s|ping)?|(?<!-)preview(?:ed|s|ing|(?<={_MODAL}\spreview))"
    r"|publish(?:ed|es|ing)?|upgrad(?:e|ed|es|ing)|(?<!last\s)updat(?:ed|es|ing)"
    r"|pass(?:ed|es)|sign(?:ed|s)|enact(?:ed|s)|approv(?:e|ed|es)|took\s+effect|entered\s+into\s+force"
    rf"|{_RAISED_MONEY}|{_COMPANY_EN_OTHER}|generally\s+available|GA|arriv(?:e|ed|es|ing)|land(?:s|ed|ing)?|drop(?:s|ped|(?<={_MODAL}\sdrop)|(?=\s?了))|put(?:s|ting)?\s+out|push(?:ed|es|ing)?\s+out|c(?:ame|omes)\s+out|(?:went|goes)\s+live|post(?:ed|s)|upload(?:ed|s)"
    # (a milestone, and what was made available: "achieved gold-medal standard …", "made it available to …")
    r"|(?:took|takes|pulled|pulls)\s+the\s+wraps\s+off"  # ("Acme on Monday took the wraps off Foo-4.5")
    # (a delay to a new day, which the release then has: "delayed Foo-4 to March", "has been postponed until March",
    # "pushed the release back to March"; without one, the delay is the news: "delayed Foo-4 indefinitely in May")
    r"|(?:delay(?:ed|s)?|postpon(?:e|ed|es))(?=\s+(?:[\w.-]+\s+){0,4}?(?:to|until|till)\s)"
    r"|push(?:ed|es)\s+(?:[\w.-]+\s+){0,4}?back(?=\s+to\s)|pushed(?<=\bbeen\spushed)(?=\s+(?:back\s+)?to\s)"
    r"|won(?!['’]t)|topped|achieved|reached|ma(?:de|kes)\s+(?:[\w.-]+\s+){0,5}?(?:available|public)|renamed|rebranded"
    # ("reached general availability", "became available", "opened GPT-4.1 to all ChatGPT users")
    r"|general\s+availability|bec(?:ame|omes)\s+(?:generally\s+)?available|open(?:ed|s)\s+(?:[\w.-]+\s+){1,3}?to"
    # ("entered public preview on May 22", "teased o3 on December 20", "revealed", "demoed")
    r"|enter(?:ed|s)\s+(?:(?:public|private|limited)\s+)?(?:preview|beta)|teas(?:e|ed|es)|reveal(?:ed|s)|demo(?:ed|s)"
    # (offered from that day on: "Available today in ChatGPT", "is now available")
    # (the date right after it: searched for up to the date, where its slice ends)
    # ("available to everyone starting today")
    r"|available(?=\s+(?:today|now)\b|(?:[ \t]+(?:on|from|in|starting|beginning))?[ \t]+$"  # ("available from" it)
    r"|[ \t]+to[ \t]+[^.;\n]{1,40}?[ \t](?:starting|beginning)(?:[ \t]+today\b|[ \t]*$))"
    r"|now\s+available|(?<=\bnow[ \t]+(?:(?:generally|broadly|publicly)[ \t]+)?)available"  # ("now" read as the day)
    r"|available(?<=(?:n['’]t|\bnot)[ \t]+be[ \t]+available)(?=[ \t]+until\b)"  # ("won't be available until …")
    # (out, as people say it: "Claude Opus 4.5 is out today", "GPT-5 is finally out"; not "out of")
    r"|(?<=\b(?:is|are|was|were)\s+(?:(?:now|finally|officially)\s+)?)out(?!\s+of\b|[-\w])"
    # (and its end: "will retire GPT-4 from ChatGPT on April 30", "shut down Bard", "will be removed from the API on")
    # (its nouns too, as a schedule's columns name them: "| Deprecation date | Shutdown date |")
    r"|retir(?:e|ed|es|ing|ement)|deprecat(?:e|ed|es|ing|ion)|discontinu(?:e|ed|es|ing|ation)|sunset(?:s|ting)?"
    r"|shut(?:s|ting)?\s*down"
    r"|no\s+longer\s+(?:be\s+)?(?:available|supported|accessible)"  # ("will no longer be available via the API")
    r"|remov(?:e|ed|es|ing)(?=\s+(?:\S+\s+){0,3}?from\s+(?:the\s+)?(?:API|ChatGPT|app|platform|service))"
    r"|(?<=\b(?:be|being)\s)removed(?=\s+(?:on|in|by|after)\b))\b"  # ("it will be removed on 2025-10-14")
    # (a verb in English glued to Chinese before 了, as people write it: "谷歌上周drop了Gemini 3 Pro", "刚release了")
    # (5 % of this part's time over the bench's clauses; led by its first letters instead, no cheaper)
    r"|(?<=[\u4e00-\u9fff])(?:drop|releas(?:e|ed)|launch(?:ed)?|ship(?:ped)?|open-?sourc(?:e|ed))(?=[ \t]?了)",
    regex.I,
))
_SAID_NEXT = re.compile(r"\s*[,，:：]\s*")
_COMPANY_ACTION = regex.compile(rf"{_COMPANY_ZH}|{_COMPANY_EN}", regex.I)
_AND = re.compile(r"\s+and\s+")
_AS_OF = ("截至", "截止", "截止到", "截止至")  # (what ends right before a date)
_COMPARED_WITH = ("较", "比", "与", "和", "相比", "同比", "比较")  # (before the period a figure is compared with)
_AS_OF_EN = re.compile(r"\b[Aa]s\s+of$")
# A lead that dates a state, not happenings ("Open LLM leaderboard, December 2024", "截至2025年3月"):
# the models listed under it did nothing then.
# (or the day the list was brought up to date: "国产大模型上下文长度一览（2025年8月更新）", "(updated August 2025)")
_SNAPSHOT_LEAD = re.compile(rf"leaderboard|rankings?|standings|as\s+of|排行|榜单|排名|{'|'.join(_AS_OF)}"
                            r"|(?<=[\d月日号])\s*更新|[(（]\s*(?:last\s+)?updated\b|\blast\s+updated\b"
                            r"|\bupdated\s*:", re.I)
# (and whom it was told: "told investors on January 29", "told the Financial Times in March")
_SAID_VERBS = r"said|says|wrote|noted|added|hinted|stated|tweeted"  # (what a sayer did, in English: "…, Google said.")
# (or a report's day: "…, according to the New York Times on July 14")
_SAID = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:on|in)\s+$"
                   # (or its report's: "…, Bloomberg reported on September 4")
                   rf"|\b(?:{_SAID_VERBS}|posted|reported|told(?:\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){{0,2}})?)\s+"
                   # (where: "wrote on X on Wednesday", "said in a blog post on Tuesday")
                   r"(?:(?:on|in)\s+(?:X|Twitter|Threads|LinkedIn|Weibo|an?\s+(?:blog\s+)?(?:post|interview|statement))\s+)?"
                   rf"(?:on\s+|in\s+)?(?:(?:{EN_WEEKDAY}),?\s+)?$")  # ("said on Wednesday 12th November")
_SAID_REACH = 40  # characters before the date
_TOLD_OWN_DAY = re.compile(r"(?:将|拟|计划|预计|有望|或将?|最快|最早)[ \t]*于[ \t]*$")  # ("OpenAI将于12月推出…")
# (who said it, in the sentence's last clause: ", Google said.", ", the company said in a statement.")
_SAYER_LAST = re.compile(rf"[,，]?\s*(?:the\s+company|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})\s+(?:{_SAID_VERBS}"
                         r"|announced|confirmed)(?:\s+(?:in|on|at|to|during)\s+[^,;.\n]{1,30})?\s*(?:[.;](?:\s|$)|$)")
# (or an aside between a clause and what it goes on to say: ", Alibaba says, …", ", the company said, …")
_SAID_ASIDE = re.compile(rf"[,，][ \t]*(?:the[ \t]+company|[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){{0,2}})[ \t]+"
                         rf"(?:{_SAID_VERBS})[ \t]*,[ \t]*")
# (or what it did as a company: "Sakana AI said on Wednesday it had raised 20 billion yen")
_SAID_DONE = re.compile(rf",?\s+(?:that\s+)?(?:it|they|the\s+company|[A-Z][\w.-]*)\s+(?:has\s+|had\s+)?"
                        rf"(?:{_PUT_OUT}|{_RAISED_MONEY}|{_COMPANY_EN_OTHER})")
# Or a date that leads a clause of saying (its sentence's lead: _SENTENCE_LEAD) what has a date of its own: "Earlier
# this month, the company said Grok 5 would arrive in early 2026" (when it was said; not "At WWDC on Monday, Apple said
# developers will get …", the news of its day; nor an announcement: "On Tuesday, OpenAI announced that GPT-5.1 will …")
# (a name may open in lower case, "xAI"; in Chinese: "昨日，百度表示，…"; not an announcement, 宣布: its day's news)
_TOLD_ZH = r"表示|暗示|指出|透露|(?<![名简号声被])称(?!为)"
_SAID_AFTER_DATE = re.compile(r"[ \t]*,?[ \t]*(?:the[ \t]+company|it|they"
                              r"|[a-z]?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3})"
                              rf"[ \t]+(?:{_SAID_VERBS}|told\s+[\w\s]{{1,30}}?)[ \t]+(?:that[ \t]+)?"
                              rf"|[ \t]*,[ \t]*[\w.&-]{{2,16}}?[ \t]?(?:{_TOLD_ZH})[，,:：]?")
# Or a date between the one who said it and the saying ("OpenAI on Tuesday said GPT-6 would …", "百度CEO李彦宏昨日表示，
# 文心5.0将于年底发布"): its sentence opens with the sayer (a few names), the saying follows the date
_SAYER_BEFORE = re.compile(r"[\s*#>•+-]*(?:[^\W\d_][\w.&-]*[ \t]+){0,3}[^\W\d_][\w.&-]*[ \t]*(?:[Oo]n[ \t]+|于|在)?")
_SAYING_NEXT = re.compile(rf"[ \t]*(?:(?:said|says|stated|hinted|told)\b|{_TOLD_ZH})")
_SAYER_REACH = 24  # characters from the sentence's start to the date


# A date in an aside on when someone said it ("…, as Elon Musk promised in August, remains to be seen"): the saying's
_AS_SAID = re.compile(r"(?:^|[,，(（]\s*)as\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:had\s+|has\s+)?"
                      r"(?:said|promised|pledged|predicted|forecast|hinted|claimed|suggested|announced|told\s+\w+)"
                      r"\s+(?:(?:on|in|back\s+in|earlier\s+in)\s+)?$")
_AS_SAID_REACH = 64  # characters before the date


# What may stand before the day that leads an entry: a list's mark, bold, a bracket ("- **[2025/09/12]** We release …")
_ENTRY_LEAD = re.compile(rf"{LINE_LEAD}[\[(（【]?")


def _now_of_entry(ctx: DocContext, raw: RawTime, before: DatedMention | None) -> bool:
    """Whether `raw` is the "now" of an entry that its line's own day leads: "[2025.07.30] Foo-2 is now available",
    "- 2025-07-30: Foo-2 is now available" became so that day, not on the text's."""
    if raw.text != "now" or before is None or before.raw.day is None:
        return False
    line_start = ctx.line_start(raw.start)
    return before.raw.start >= line_start and _ENTRY_LEAD.fullmatch(ctx.text, line_start, before.raw.start) is not None


_AS_WORD = re.compile(r"(?<![A-Za-z])as\s")  # (found in C first: most dates have no "as" before them)


def _as_said(ctx: DocContext, raw: RawTime) -> bool:
    lo = max(0, raw.start - _AS_SAID_REACH)
    if _AS_WORD.search(ctx.text, lo, raw.start) is None:
        return False
    start = max(lo, ctx.clause(raw.start)[0] - 2)
    return _AS_SAID.search(ctx.text, start, raw.start) is not None


def _said_before(ctx: DocContext, raw: RawTime, after: DatedMention | None) -> bool:
    """Whether `raw` leads a clause of saying whose words have a date of their own (`after`, in its sentence)."""
    text = ctx.text
    if after is None:
        return False
    # (the date leads its sentence: not "…this summer, CEO Sam Altman said in March", the date of what was said)
    if text[raw.end : raw.end + 1] in (",", " ", "\t") and (said := match_at(_SAID_AFTER_DATE, text, raw.end)) \
            and said.end() <= after.raw.start < (sentence := ctx.sentence(raw.start))[1] \
            and _SENTENCE_LEAD.fullmatch(text, sentence[0], raw.start):
        return True
    if (said := match_at(_SAYING_NEXT, text, raw.end)) is None:
        return False
    sent_start, sent_end = ctx.sentence(raw.start)
    return raw.start - sent_start <= _SAYER_REACH and said.end() <= after.raw.start < sent_end \
        and _SAYER_BEFORE.fullmatch(text, sent_start, raw.start) is not None


# A clause that opens with a participle is about what the clause before names.
# ("GPT-4.1, which OpenAI released in the API on April 14, …", "Gemini 1.5 Pro, which Google made generally
# available on May 14": a relative clause with its maker too)
# (or its maker's plan: "Llama 4 Scout, which Meta is reportedly planning to release next month, …")
_PLANS_TO = (r"(?:(?:is|are|was)\s+)?(?:reportedly\s+)?(?:(?:plans?|planning|planned|intends?|aims?|preparing"
             r"|expected|set|slated|due|scheduled)\s+to|will)\s+"
             r"(?:release|launch|announce|unveil|introduce|open-source|debut|ship|roll\s+out)\b")
_PARTICIPLE = re.compile(r"\s*(?:(?:first|which\s+was|was|which(?:\s+[A-Z][\w.&-]*){0,3})\s+)?"
                         rf"(?:{_PUT_OUT}|{_ENDED}|(?:founded|established)\b)"  # ("Mistral AI, founded in 2023, …")
                         rf"|\s*which(?:\s+[A-Z][\w.&-]*){{1,3}}\s+{_PLANS_TO}")
# (a sentence opened by one, its subject after it: "First unveiled at I/O in May, Veo 3 became available in July")
_LEAD_PUT_OUT = re.compile(rf"[ \t>*_-]*(?:(?:first|originally|initially)\s+)?(?:{_PUT_OUT})", re.I)
_ASIDE_OPENS = re.compile(r",\s*(?:which(?:\s+[A-Z][\w.&-]*){0,3}\s+)?$")  # ("…, which OpenAI launched on …")


# An aside on a model right after it, its own clause or a participle's in parentheses ("Compared to GPT-5 (which
# launched in August)", "Unlike Foo-7B (released March 3, 2024), …"): what it tells is that model's, compared or not
_PARTICIPLE_ASIDE = re.compile(rf"[ \t]*[(（]{_PARTICIPLE.pattern}")
# (or between commas, when the sentence goes on after it: "Bar-4 beats Foo-9B, launched in May, on every test"; not
# "Bar-2-Mini, distilled from Bar-2, shipped in May 2025.", the sentence's own verb), past its score in parentheses
_PARTICIPLE_SET_OFF = re.compile(rf"(?:[ \t]*[(（][^()（）\n]{{1,24}}[)）])?[ \t]*,{_PARTICIPLE.pattern}")
_ASIDE_REACH = 64  # (characters from the model to a date in its aside)


def _clause_on(text: str, model: ModelMention) -> bool:
    return match_at(RELATIVE_CLAUSE, text, model.end) is not None \
        or match_at(_PARTICIPLE_ASIDE, text, model.end) is not None


def _aside_holds(ctx: DocContext, model: ModelMention, date_at: int) -> bool:
    """Whether the date at `date_at` is in an aside on `model` right after it (see _clause_on)."""
    if not model.end <= date_at <= model.end + _ASIDE_REACH or ctx.models_in(model.end, date_at):
        return False
    if _clause_on(ctx.text, model):
        return True
    # (at the sentence's end too, when the model's clause opens the sentence, its object: "Foo-3 beats Foo-2, released
    # in March."; or follows a clause that goes on past its names, its verb's: "Foo-4 scored 80% on X, ahead of Bar-3,
    # released on May 5."; not an aside's object, "Foo-4, a rival to Bar-3, launched on May 5.")
    if match_at(_PARTICIPLE_SET_OFF, ctx.text, model.end) is None:
        return False
    clause_start = ctx.clause(model.start)[0]
    sent_start = ctx.sentence(model.start)[0]
    if clause_start == sent_start or ctx.text[ctx.clause(date_at)[1] : ctx.sentence(date_at)[1]].strip() != "":
        return True
    before = ctx.clause(clause_start - 1)[0]
    named = ctx.models_in(before, clause_start)
    return before == sent_start and named != [] \
        and ctx.text[named[-1].end : clause_start].strip(" ,") != ""


_PAST_DATELINE = re.compile(r"(?:\s*[（(](?:记者|通讯员)[^（()）\n]{0,30}[）)])?\s*[）)】\]]?\s*")
_OPENING_MARKS = " \t（(【["
# (a wire's source in parentheses before one dash too: "SAN FRANCISCO, Dec 2 (Reuters) - "; not a timeline's "Dec 2 - ")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{1,30}\)[ \t]*(?:--|[-–—](?=[ \t]))|(?:/[^/\n]{1,30}/)?\s*--)")
# A news dateline, a city in capitals, its date or its wire's name, then its dash, that a sentence opens with: "SAN
# FRANCISCO, Nov. 18, 2025 /PRNewswire/ -- ", "BEIJING, Nov 20 (Reuters) - ", "PARIS — " (not "GPT-5 — ")
# (its wire's tail as a date's dateline has it, _DATELINE_TAIL; or a dash alone after the city: "PARIS — ")
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"  # (a dateline's city in capitals: "SAN FRANCISCO")
_DATELINE = re.compile(rf"[ \t]*{_CAPS_PLACE}(?:,[ \t]+[^\n()/–—]{{1,30}}?)?"
                       rf"(?:{_DATELINE_TAIL.pattern}|[ \t]+[—–])[ \t]+")
# A date a state is counted since, then a clause on what happened then: "Meta has not released a new model since April,
# when it put out Llama 4" (the when-clause is the date's news, whatever the clause before it says)
_SINCE_RIGHT_BEFORE = re.compile(r"(?<![A-Za-z])[Ss]ince\s+$")
_WHEN_AFTER = re.compile(r",\s+when\s+")


def _since_when(ctx: DocContext, raw: RawTime) -> tuple[int, int] | None:
    if (when := match_at(_WHEN_AFTER, ctx.text, raw.end)) is None \
            or _SINCE_RIGHT_BEFORE.search(ctx.text, max(0, raw.start - 8), raw.start) is None:
        return None
    return raw.start, ctx.clause(when.end())[1]  # (from the date: the quote holds it)


# (an event's date is a day, a month or a year: a quarter or a half is its year; a week its month, or
# its year when it runs into the next month: "下周" said on June 28, 2024 is 2024)
_EVENT_PRECISION = {"day": "day", "month": "month", "year": "year", "quarter": "year", "half": "year", "week": "month"}


class DatedMention(NamedTuple):
    raw: RawTime
    time: TimeMention


def _year_of(raw: RawTime, time: TimeMention) -> int | None:
    if raw.year is None or (raw.bare_year and not time.value):
        return None
    return raw.year


# A year alone is a year in English after these ("In 2023, …", "released in 2023", "by 2027").
_BEFORE_YEAR = re.compile(r"(?<![A-Za-z])(?:[Ii]n|[Bb]y|[Dd]uring|[Tt]hroughout)\s+$")
# (a calendar's year too, as a report that also counts fiscal ones says it: "in calendar 2026"; its word found in C
# first, the pattern tried only after it)
_BEFORE_CALENDAR_YEAR = re.compile(r"(?<![A-Za-z])(?:[Ii]n|[Bb]y|[Dd]uring|[Tt]hroughout)\s+calendar\s+(?:year\s+)?$")


# ... and it is an event's date with no verb of its own after a word of plan or forecast ("is planned for 2025",
# "expected sometime in 2026", "which Meta says is coming in 2026").
_DUE_BEFORE = re.compile(r"\b(?:(?:planned|scheduled|slated|expected|due|targeted|rumou?red|tipped|pencill?ed\s+in"
                         r"|coming)"
                         r"\s+(?:(?:sometime|some\s+time|later|again)\s+)?(?:for|in|by)"
                         r"|on\s+track\s+for)\s+$")


# (or after "until" that a negation leads: "Meta won't ship Llama 5 until 2026", when it will at the earliest)
_DEADLINE_BEFORE = ("have ", "has ", "had ", "given ")
_NOT_UNTIL = re.compile(r"(?:n't|\bnot)\s(?:[^,.;:\n]|\.(?=\d)){0,40}\buntil\s+$")


def _english_year(text: str, raw: RawTime) -> bool:
    return bool(_BEFORE_YEAR.search(text, max(0, raw.start - 12), raw.start)) or _due(text, raw) \
        or (match_at(LAUNCH_AFTER, text, raw.end) is not None  # (its release's attribute: "on track for a 2026 launch")
            and DETERMINER_BEFORE.search(text, max(0, raw.start - 7), raw.start) is not None) \
        or (text.find("calendar ", max(0, raw.start - 15), raw.start) != -1
            and _BEFORE_CALENDAR_YEAR.search(text, max(0, raw.start - 28), raw.start) is not None) \
        or (text.startswith("until ", raw.start - 6) and _NOT_UNTIL.search(text, max(0, raw.start - 60), raw.start)
            is not None)


# (or a release put off to it, with no verb of its own either: "Meta delayed Llama 4 Behemoth to 2026", "pushed back
# into 2026", times' PUT_OFF_TO; the words right before the year tested first, in C: most years have none of them)
_PUT_OFF_END = re.compile(r"\s*(?:[.,;:!?)]|$|(?:and|but|after|as|because|amid|due|following)\b)")  # (no "2026 plans")
_PUT_OFF_LAST = ("to ", "until ", "till ", "into ", "early ", "late ", "mid-", "mid ")


# (or after "expect" and what is expected: "Expect DeepSeek V4 and Llama 5 sometime in 2026", "We expect Foo-5 in 2026";
# its letters found in C first)
_EXPECT_BEFORE = re.compile(r"\b(?:[Ee]xpects?|[Aa]nticipate)\s+(?!that\b)[^.;:!?\n]{1,60}?\s"
                            r"(?:(?:sometime|some\s+time|later|again)\s+)?(?:in|by)\s+$")
_EXPECT_REACH = 80


def _due(text: str, raw: RawTime) -> bool:
    return _DUE_BEFORE.search(text, max(0, raw.start - 28), raw.start) is not None \
        or (text.find("xpect", max(0, raw.start - _EXPECT_REACH), raw.start) != -1
            and _EXPECT_BEFORE.search(text, max(0, raw.start - _EXPECT_REACH), raw.start) is not None) \
        or (text.endswith(_PUT_OFF_LAST, max(0, raw.start - 6), raw.start)
            and PUT_OFF_TO.search(text, max(0, raw.start - PUT_OFF_REACH), raw.start) is not None
            and match_at(_PUT_OFF_END, text, raw.end, 16) is not None)


# A year that heads its line or list item before a dash ("- **2018** – OpenAI releases GPT-1"): what follows it
_DASH_AFTER = re.compile(r"[*_]*[ \t]*[-–—―][ \t]+\D")


_LINE_LEAD_REACH = 400  # characters back from a date to its line's start (a footnote's text before the day)


def _line_start_near(text: str, pos: int) -> int:
    """The start of the line that holds `pos`, looked for only as far back as a label, a footnote's mark or a year's
    lead may stand (back to the text's start, a text of one long line was quadratic, x11.7 for 8x its length); none
    so near: _LINE_LEAD_REACH characters back."""
    line_start = text.rfind("\n", max(0, pos - _LINE_LEAD_REACH), pos) + 1
    return pos - _LINE_LEAD_REACH if line_start == 0 and pos > _LINE_LEAD_REACH else line_start


_ROW_LEAD = re.compile(r"[ \t]*\|[ \t]*(?:\*\*)?")  # (a table row's first cell, up to its text)
_YEAR_SUBJECT = re.compile(r"[ \t]+(?:was|is|has\s+been|had\s+been|will\s+be|saw|marked|brought)\b")
# (or a past verb's object that ends a sentence, as a year in review heads its part: "Reasoning models defined 2025.",
# "Agents dominated 2025!": the year of the part it opens)
_YEAR_OBJECT_BEFORE = re.compile(r"\b[a-z]{3,}ed[ \t]+$")
_YEAR_OBJECT_AFTER = re.compile(r"[.!](?:[ \t]|$)")


def _year_of_part(raw: RawTime, text: str) -> bool:
    return raw.year_end is None and _YEAR_OBJECT_AFTER.match(text, raw.end) is not None \
        and _YEAR_OBJECT_BEFORE.search(text, max(0, raw.start - 16), raw.start) is not None


def _usable_bare(raw: RawTime, text: str) -> bool:
    """A year alone that heads its line or list item ("2025：…", "**2024**:", "- 2018 – …"; or its label's, in
    parentheses before the colon: "Quick notes (2025):"), or a table's row ("| 2018 |
    GPT-1 | 1.17亿 |" under "| 年份 | 模型 | 参数量 |"; not a later column's, "| Foo-4 | 2023 |" under "| Model |
    Knowledge cutoff |"), whatever the verb."""
    if text[raw.start - 1 : raw.start] == "的":
        return False  # (a period of what is named before it: "国产大模型的2025：从DeepSeek到Kimi")
    line_start = _line_start_near(text, raw.start)
    if text.startswith(" ", raw.end) and _YEAR_SUBJECT.match(text, raw.end) is not None:
        before = text[max(line_start, raw.start - 4) : raw.start].rstrip()
        if before[-1:] in (".", "!", "?") if before else raw.start - line_start <= 4:
            return True  # (the subject of its sentence: "2025 was a year of execution. In Q1 we launched …")
    # (not a name's: "百度世界大会2025：文心5.0正式发布")
    return (text[raw.end : raw.end + 2].lstrip("*")[:1] in (":", "：", "年")
            and not text[raw.start - 1 : raw.start].isalnum()) \
        or (text[raw.start - 1 : raw.start] in ("(", "（") and text[raw.end : raw.end + 2] in ("):", ")：", "）：")) \
        or (_DASH_AFTER.match(text, raw.end, raw.end + 8) is not None
            and _LINE_LEAD.fullmatch(text, line_start, raw.start) is not None) \
        or (_ROW_LEAD.fullmatch(text, line_start, raw.start) is not None
            and text[raw.end : raw.end + 3].lstrip(" \t*").startswith("|"))


def _day_named_after(ctx: DocContext, raw: RawTime, after: RawTime) -> bool:
    """Whether `after` writes out the day `raw` ("the same day") is: a day its sentence names next ("… the same day
    OpenAI released them on April 14")."""
    return after.day is not None and after.month is not None and after.start - raw.end <= 80 \
        and after.start < ctx.sentence(raw.start)[1]


# A clause of a condition its verb opens, or a word that asks to suppose, at the date's clause's start (beside the
# if-words of context.in_condition): "Should Anthropic release Claude 5 in …, …", "But had DeepSeek released R2 in
# May, …", "Suppose Gemini 3 arrives …"; matched there once, not looked for before every date: a search of their words
# cost a tenth of _usable
_INVERTED_IF = re.compile(r"[\s*#_\"“]*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+(?:had|should|were)"
                          r"|Should|Had|Were|Suppose|Supposing|Imagine|Assuming)\s")


# What may open a sentence before its date ("2026年，…", "在2026年，…", "In 2026, …", "- **2026**: …", "On Tuesday, …",
# "Earlier this month, …"; looking ahead to it: "展望2026年，我们预计：…", "Looking ahead to 2026, …"; also read by
# _said_before)
_SENTENCE_LEAD = re.compile(r"[\s*#>•+-]*(?:(?:在|到了?|至|展望|[Ii]n|[Bb]y|[Ff]rom|[Oo]n|[Aa]t|[Ee]arlier|[Ll]ater"
                            r"|[Ll]ate|[Ee]arly|[Ll]ooking\s+(?:ahead|forward)\s+to)[ \t]*)?")


def _possessive(text: str, raw: RawTime) -> bool:
    """Whether `raw` qualifies what follows ("Last year's predictions"), not a release on it ("Tuesday's release of
    Gemini 3 Pro")."""
    return text.startswith(("'s", "’s"), raw.end) and match_at(RELEASE_OF, text, raw.end + 2) is None




_REPORT_FIRST = frozenset("的未财业季年半总榜排 \t-")  # (what may follow the date in _REPORT_AFTER, tested first)
# (or the period a ranking covers: "在SuperCLUE 3月总榜中", "the October leaderboard")
_REPORT_AFTER = regex.compile(
    r"\s*(?:的)?(?:未经审计的?)?(?:财报|业绩|财务报告|财务业绩|季报|年报|半年报|总榜|榜单|排行榜|榜)"
    r"|[\s-]*(?:(?:financial|earnings)\s+)?(?:results|earnings|leaderboard|rankings)\b", regex.I)


_ZONE_AFTER = re.compile(r"[^()（）\n]{0,24}?(?:\btime|时间)\s*[)）]", re.I)
_ZONE_TIME = "(?:北京|美国|美东|美西|太平洋|当地)时间"
_ZONE_BEFORE = re.compile(r"(?:[\d日点時时]|凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|深夜|夜间)[ \t]*[(（][ \t]*"
                          rf"{_ZONE_TIME}[ \t]*$")  # ("8月7日凌晨（北京时间8月8日1点）")
# (or in a clause of its own after the day it restates: "美东时间12月11日发布GPT-5.2，北京时间为12月12日凌晨")
# (restated by 即 or 为: not a zone's day that leads its clause, "财联社12月11日电，美东时间周四，OpenAI发布…")
_ZONE_RESTATED = re.compile(rf"[，,][ \t]*(?:(?:即|也就是)[ \t]*{_ZONE_TIME}[ \t]*(?:为|是)?"
                            rf"|{_ZONE_TIME}[ \t]*(?:为|是))[ \t]*$")
_ZONE_LAST = ("间", "为", "是", " ", "\t")  # (the characters that end _ZONE_RESTATED, tested first)
_DAY_BEFORE_ZONE = re.compile(r"\d{1,2}[ \t]*[日号]")
_SOURCE_BEFORE = re.compile(r"据[^，,。；;\n]{0,20}$")
# (and right after the day: "据彭博社周二报道")
_SOURCE_AFTER = re.compile(r"(?:的|发布的)(?:报道|消息|报告|披露|统计|数据|文章|采访)|报道|披露|称")
# (a footnote's, or a link reference's, definition; a numbered reference's line)
_NOTE_DEFINED = re.compile(r"\[\^?[^\]\n]{1,16}\]:|\[\d{1,3}\][ \t]")
_QUOTED_BY = re.compile(r"[\"”]\s*[—–]{1,2}\s*[^\"”\n,，]{1,40}[,，]\s*$")


# What the text says of itself: what a correction says an earlier version got wrong ("An earlier version of this
# article said Gemma 3 was released on Tuesday", "本文此前版本称…"), when it was updated ("This story was updated on
# Nov. 20 to include …", "本文更新于…"); its words found with str.find first (the pattern leads with none)
_OWN_REVISION = re.compile(
    r"(?i:(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:article|story|report|post|piece)\b)[^.;\n]{0,80}$"
    r"|(?:本文|该文|此文|文章|报道)(?:此前|之前|早前)的?版本[^。，,；;\n]{0,40}$"
    r"|(?i:\b(?:this|the)\s+(?:story|article|post|piece|report|page)\s+(?:was|has\s+been|is)\s+"
    r"(?:last\s+)?(?:updated|corrected|revised)\s+(?:on\s+|at\s+)?)$|本文(?:最后)?(?:更新|修订|修改)于\s*$")
_OWN_REVISION_WORDS = ("version", "版本", "pdated", "orrected", "evised", "更新", "修订", "修改")
_OWN_REVISION_REACH = 120


def _said_when(text: str, raw: RawTime) -> bool:
    """Whether `raw` tells when something was said ("Altman wrote on X on December 11, 2025")."""
    said_in = max(text.rfind("\n", max(0, raw.start - _SAID_REACH), raw.start) + 1, raw.start - _SAID_REACH, 0)
    return _SAID.search(text, said_in, raw.start) is not None  # (its line's words)


def _quoted_days(text: str, raws: list[RawTime], reference: dt.date | None, year: int | None) -> dict[int, dt.date]:
    """The day each relative day inside a quote was said, when the quote's attribution on its line dates it:
    '"We're releasing GPT-5.2 today," Altman wrote on X on December 11, 2025' (keyed by the relative day's start)."""
    days: dict[int, dt.date] = {}
    relative_before = False  # (whether a relative day came before: a flag, not a scan of those before each one)
    for k, said in enumerate(raws):
        relative, relative_before = relative_before, relative_before or said.day_rel is not None
        if not relative or not _said_when(text, said):
            continue
        time = resolve(said, reference, year, None, None)
        if time is None or time.precision != "day" or time.earliest is None:
            continue
        line_start = text.rfind("\n", 0, said.start) + 1
        for raw in raws[:k]:
            if raw.day_rel is not None and text.count('"', line_start, raw.start) % 2 == 1 \
                    and text.find('"', raw.end, said.start) != -1:
                days[raw.start] = time.earliest
    return days


# A place in capitals (its state or country after it) opening the line before a day that a dash alone follows: a
# wire's dateline with no wire's name ("BEIJING, Nov. 6, 2025 — Moonshot AI today released …", "SANTA CLARA, Calif.,
# Nov. 20, 2024 – "), where a timeline's "Dec 2 - …" has no place before its day
_DATELINE_PLACE = re.compile(rf"[ \t>*_]*{_CAPS_PLACE},(?:[ \t]+[A-Z][A-Za-z]+\.?,)?[ \t]+")
_DASH_ALONE = re.compile(r"[ \t]+(?:[—–]|--?)[ \t]")


def _dateline(text: str, raw: RawTime) -> bool:
    return text[raw.end : raw.end + 1] in ("电", "讯") or text.startswith("消息", raw.end) \
        or match_at(_DATELINE_TAIL, text, raw.end) is not None \
        or (text[raw.end : raw.end + 1] in " \t" and match_at(_DASH_ALONE, text, raw.end) is not None
            and _DATELINE_PLACE.fullmatch(text, text.rfind("\n", 0, raw.start) + 1, raw.start) is not None)


# A log's or a chat export's stamp: a line that opens with a day and its clock ("[2025-08-07 17:03] carol: GPT-5
# launched today", "2025-08-07T17:03Z —"); what the line tells relative to a day is of that day.
# (or a forum's reply, its number and its stamp in brackets: "> 回复 #14（2025-11-25 09:01）：Opus 4.5 昨天已经发布了")
_STAMP_LEAD = re.compile(r"[ \t]*(?:[-*>][ \t]+)?(?:(?:回复|评论|(?i:reply|comment))[ \t]*)?"
                         r"(?:#\d{1,5}[ \t]*|\d{1,5}楼[ \t]*)?[\[(（]?")
_STAMP_CLOCK = re.compile(r"(?:T|,?[ \t]+)\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?"
                          r"(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|Z|UTC|GMT|[+-]\d\d:?\d\d))?\]?")


def _log_stamp(text: str, raw: RawTime) -> bool:
    return text[raw.end : raw.end + 1] in (" ", "T", ",") and match_at(_STAMP_CLOCK, text, raw.end) is not None \
        and _STAMP_LEAD.fullmatch(text, text.rfind("\n", 0, raw.start) + 1, raw.start) is not None


# A line that says when its page was updated, the day alone after its label ("更新时间：2025-09-10 10:00", "*Last
# updated: June 17, 2025*")
_UPDATE_LABEL = re.compile(rf"[ \t>*_(（]*{UPDATED_WORDS}", re.I)
_UPDATE_WORDS = ("更新", "修改", "pdated", "odified")  # (UPDATED_WORDS' own, found in C first)
_UPDATE_REACH = 32  # characters: the label's longest, with what dresses it
# (or the label in an aside of the line, the day closing it: "Release History (compiled by a user, last updated
# 2025-08-10)", "… | Updated: 2025-08-10")
_UPDATE_ASIDE = re.compile(rf"(?:[(（,，;；|·•]|\s[—–-])[ \t]*{UPDATED_WORDS}$", re.I)
_ASIDE_CLOSED = re.compile(r"[ \t]*[)）]")
_CLAUSE_STOP = re.compile(r"[。!！?？;；,，\n]|\.(?!\d)")
_ASKED_REACH = 80  # characters from a date to the question mark that ends its clause
_TITLE_REACH = 40  # characters from a title's opening mark to a date in it
# (a correction's or an editor's note's label before its day)
_CORRECTION_LABEL = re.compile(r"[ \t>*_(（\[【]*(?:Corrections?|Clarification|Editor['’]s\s+[Nn]ote|更正|勘误)"
                               r"[ \t]*[(（,，:：]?[ \t]*(?:on[ \t]+)?", re.I)
_CORRECTION_WORDS = ("orrection", "ORRECTION", "larification", "ote", "更正", "勘误")
_LINE_REST = re.compile(r"[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t*_)）.。]*")
# (or what the update changed in the page: "> 更新于 2025-11-08：补充了Kimi K2 Thinking", "Updated June 3: added Foo-2")
_PAGE_EDIT = re.compile(r"[ \t*_)）]*[:：,，][ \t*_]*(?:补充|增加|添加|加入|新增|增补|修正|更正|修订|完善"
                        r"|(?i:added|corrected|fixed|clarified|expanded|included|now\s+includes?)\b)")


# What the writer does on the day they write, no news of that day ("今天我们来聊一下…", "Today we'll look at …")
_TALK_AFTER = re.compile(r"[ \t，,]*(?:(?:我们|咱们)(?:就|来|再)?|(?:给|跟|和)大家)[ \t]*(?:来|就)?[ \t]*"
                         # (or has its guest: "今天我们请到了…")
                         r"(?:聊|谈|说|讲|看|介绍|分享|讨论|盘点|测评|评测|解读|请到|邀请到|请来)"
                         # ("今天测一下阿里上个月开源的…": what the writer tries out that day)
                         r"|[ \t，,]*(?:来|就)?[ \t]*(?:测|试|聊|说|看|体验|上手|实测|跑)(?:一下|一测|一试|一聊|一跑)"
                         r"|,?[ \t]+(?i:we(?:['’]ll|\s+will|['’]re\s+going\s+to)?|I(?:['’]ll|\s+will)?)[ \t]+"
                         r"(?i:look\s+at|talk\s+about|discuss|review|dive\s+into|go\s+over|take\s+a\s+look)\b")


# A span counted from a happening the text does not date ("在Claude Opus 4.1发布两天后": not two days after the date
# before it); the verb, then 的 or 之 perhaps, right before the span
_COUNTED_FROM_ZH = re.compile(rf"(?:{HAPPENED_ZH})(?:的|之)?\s*$")


# A date that a span counted from a release told before it leads to ("在GPT-4发布两年后的2025年3月，谷歌推出…"): not the
# day of the models it is counted from (in English, "Two years after GPT-4, in March 2025, …": _clause_with_actor)
_COUNTED_TO_DATE = re.compile(rf"(?:{HAPPENED_ZH})[^，,。；;\n]{{0,8}}?(?:后|之后|以后)的$")


def _counted_from_news(text: str, raw: RawTime, start: int) -> bool:
    """Whether `raw` is a span after a happening told right before it, from `start` on ("GPT-4发布两天后"), or a date
    that such a span leads to ("在GPT-4发布两年后的2025年3月")."""
    return ((raw.text.endswith(("后", "後")) or raw.text.startswith("前"))
            and _COUNTED_FROM_ZH.search(text, max(start, raw.start - 6), raw.start) is not None) \
        or (raw.start > start and text[raw.start - 1] == "的"  # (the pattern's last character, tested first)
            and _COUNTED_TO_DATE.search(text, max(start, raw.start - 48), raw.start) is not None)


# The day another model's news was told ("launched the same day as Claude Sonnet 4.5", "与Claude Sonnet 4.5同一天
# 发布"): that model's day, not the passage's last
_SAME_AS = re.compile(r"\s+as\s+")


def _same_day_as(ctx: DocContext, raw: RawTime) -> ModelMention | None:
    """The model whose day `raw` ("the same day", "同一天") says it is, when it names one right after `as` or before
    it after 与."""
    text = ctx.text
    if (after := _SAME_AS.match(text, raw.end)) is not None:
        named = ctx.models_in(after.end(), after.end() + 1)
        return named[0] if named else None
    before = ctx.model_before(raw.start, max(0, raw.start - 40))
    if before is None or text[before.end : raw.start].strip() \
            or not text[max(0, before.start - 3) : before.start].rstrip().endswith(LIKE_BEFORE):
        return None
    return before


def _counted_from(ctx: DocContext, raw: RawTime) -> ModelMention | None:
    """The model named right before a span counted from its news ("GPT-4发布两天后")."""
    named = ctx.models_in(max(0, raw.start - 40), raw.start)
    return named[-1] if named else None


_TOLD_REACH = 64  # dated mentions back


def _day_told(ctx: DocContext, dated: list[DatedMention], model: ModelMention) -> dt.date | None:
    """The last day written out in `dated` (not counted from another) whose clause names `model`, else whose sentence
    does ("继11月18日发布A之后，谷歌又于20日推出了B": A's day is the 18th), among the last _TOLD_REACH (a bound: a scan
    of all of them for each was quadratic in a text's dates)."""
    in_sentence: tuple[dt.date, tuple[int, int]] | None = None  # (the last such day, and its sentence)
    for d in reversed(dated[-_TOLD_REACH:]):
        if in_sentence is not None and d.raw.start < in_sentence[1][0]:
            break
        if d.time.precision != "day" or d.time.earliest is None or d.raw.start >= model.start \
                or d.raw.day_ctx is not None or d.raw.ago is not None:
            continue
        sentence = ctx.sentence(d.raw.start)
        if any(m.canonical == model.canonical for m in ctx.models_in(*sentence)):
            if any(m.canonical == model.canonical for m in ctx.models_in(*ctx.clause(d.raw.start))):
                return d.time.earliest
            in_sentence = in_sentence or (d.time.earliest, sentence)
    return in_sentence[0] if in_sentence is not None else None


def _asks_alone(ctx: DocContext, raw: RawTime) -> bool:
    """Whether `raw` is in a question that names nothing happening, no model and no company: it borrows none from the
    clause before ("百川去年发布了Baichuan 4，今年有什么新进展？"); not "如何评价前天发布的Kimi K2 Thinking？"."""
    text = ctx.text
    reach = min(len(text), raw.end + _ASKED_REACH)
    if text.find("?", raw.end, reach) == -1 and text.find("？", raw.end, reach) == -1:
        return False  # (found in C first: most dates are followed by no question mark)
    stop = _CLAUSE_STOP.search(text, raw.end, reach)
    if stop is None or stop.group(0) not in "?？":
        return False
    start = ctx.clause(raw.start)[0]
    return _ACTION.search(text, start, stop.start()) is None and not ctx.models_in(start, stop.start()) \
        and not ctx.orgs_in(start, stop.start())


_NTH_OF_YEAR = re.compile(r"第[一二三四五六七八九十\d]+(?:次|届|期|批)")


# A date denied, the one right after these ("而非8月6日", "not August 6", "rather than in May")
_NOT_THIS_DATE = re.compile(r"(?:(?:而非|并非|而不是|不是)[在于]?|(?<![A-Za-z])(?:[Nn]ot|rather\s+than|instead\s+of)"
                            r"(?:\s+(?:on|in))?\s)\s*$")
_NOT_THIS_DATE_REACH = 20  # characters back from the date
# The day a delay moved something from: the plan it no longer is ("postponed the release of R2 from May to an
# unspecified date", "从原定的5月推迟至…"; the day it moved to is the release's, read with the delay's verb)
_DELAYED_FROM_EN = regex.compile(rf"\b(?:{MOVED_EN})\w*\b{IN_SENTENCE}{{0,50}}?\bfrom\s+$", regex.I)
_FROM_ZH = ("从", "由", "原定", "原定的", "原计划", "原计划的")
# (or a plan first made, what moved it later in the sentence: "R2原定于5月发布，但因性能未达预期而推迟")
_FIRST_PLANNED_ZH = ("原定", "原定于", "原定在", "原计划", "原计划于", "原计划在", "原本计划于", "原本计划在")
_FROM_ZH_LAST = frozenset(word[-1] for word in (*_FROM_ZH, *_FIRST_PLANNED_ZH))
_DELAYED_ZH = re.compile(rf"[^，。；,;\n]{{0,8}}?(?:{MOVED_ZH})")
_DELAYED_LATER_ZH = re.compile(rf"[^。；;\n]{{0,30}}?(?:{MOVED_ZH}|跳票|搁置|取消)")
_DELAYED_REACH = 60  # characters back from the date to the delay's verb
_NOT_THIS_DATE_WORDS = ("非", "不是", "not", "Not", "than", "instead")  # (found in C first: most dates have none)


# The time a figure is set against ("up 62% from a year ago", "compared with $35.1 billion a year earlier",
# "较去年同期"): no happening's
_FIGURE_BASE = regex.compile(r"(?:\b(?:up|down|rose|fell|grew|jumped|dropped|climbed|declined|increased|decreased)\b"
                             r"[^.;\n]{0,30}?\b(?:from|over|than|versus|vs\.?)|\bcompared\s+(?:with|to)\b[^.;\n]{0,30}?"
                             r"|(?<!比)较)[ \t]*$")
_FIGURE_BASE_REACH = 48  # characters back from the date
# (its word right before the date, or "compared" further back, found in C first)
_FIGURE_BASE_ENDS = ("较", "from ", "over ", "than ", "vs ", "vs. ", "versus ")


def _figure_base(text: str, start: int) -> bool:
    """Whether the date at `start` (one counted back: "a year ago", "去年同期") is what a figure is set against."""
    since = max(0, start - _FIGURE_BASE_REACH)
    worded = text.endswith(_FIGURE_BASE_ENDS, max(0, start - 8), start) or text.find("compared", since, start) != -1
    return worded and _FIGURE_BASE.search(text, since, start) is not None


# A year that names an exam's or a contest's edition, where a model scored ("在2025年高考数学新课标I卷上，A得分145分",
# "在2025年美国数学奥林匹克（USAMO 2025）上，A得分49.4%"): no happening of that year (a medal won at one is)
_EDITION_WORDS = ("高考", "中考", "考研", "奥林匹克", "奥赛", "竞赛", "联赛", "邀请赛")
_EDITION_FIRST = re.compile(f"[{''.join(sorted({word[0] for word in _EDITION_WORDS}))}]")
_EDITION_SCORED = regex.compile(rf"\p{{Han}}{{0,8}}?(?:{'|'.join(_EDITION_WORDS)})[^。；;！!？?\n]{{0,40}}?"
                                r"(?:得分|分数|准确率|正确率|\d\s*(?:分|%))")


def _usable(raw: RawTime, text: str) -> bool:
    if _dateline(text, raw):
        return False  # a news dateline dates the article, not an event
    if raw.month is None and raw.year is not None and raw.text.endswith("年") \
            and _EDITION_FIRST.search(text, raw.end, raw.end + 10) is not None \
            and match_at(_EDITION_SCORED, text, raw.end) is not None:  # (its words' first characters found first)
        return False
    if (opened := text.rfind("《", max(0, raw.start - _TITLE_REACH), raw.start)) != -1 \
            and text.find("》", opened, raw.start) == -1 and text.find("\n", opened, raw.start) == -1:
        return False  # a book's or a report's title ("发布《2025年人工智能指数报告》"): its name, no date of it
    if (raw.day_rel == 0 or raw.week_rel == 0) and match_at(_TALK_AFTER, text, raw.end) is not None:
        return False  # (the day the writer talks of it: "今天我们来聊一下上周发布的Gemini 2.5 Pro")
    line_start = _line_start_near(text, raw.start)
    if raw.text == "now" and (line_start == 0 or text.startswith("#", line_start)):
        return False  # (a headline's "Foo-2 is now generally available": what the announcement under it tells)
    if raw.start - line_start <= _UPDATE_REACH and contains_any(text, _UPDATE_WORDS, line_start, raw.start) \
            and _UPDATE_LABEL.fullmatch(text, line_start, raw.start) is not None \
            and (_rest_blank(text, raw.end) or match_at(_PAGE_EDIT, text, raw.end, 24)):
        return False  # when the page was updated, not when something happened
    if contains_any(text, _UPDATE_WORDS, near := max(line_start, raw.start - _UPDATE_REACH), raw.start) \
            and _UPDATE_ASIDE.search(text, near, raw.start) is not None \
            and (match_at(_ASIDE_CLOSED, text, raw.end) or _rest_blank(text, raw.end)):
        return False  # (so is one an aside of the line says: "Release History (…, last updated 2025-08-10)")
    if raw.start - line_start <= _UPDATE_REACH and contains_any(text, _CORRECTION_WORDS, line_start, raw.start) \
            and _CORRECTION_LABEL.fullmatch(text, line_start, raw.start) is not None:
        return False  # when a correction was written ("Correction, June 21, 2025: An earlier version of this story …")
    if text.startswith("[", line_start) and (line_start == 0 or text[line_start - 1] == "\n") \
            and match_at(_NOTE_DEFINED, text, line_start):
        return False  # a footnote's text ("[^1]: 智谱官方公众号，2025年7月28日。", "[3] Meta AI blog, April 5, 2025."):
        # when its source was published
    if raw.year is not None and len(raw.text) == 3 and raw.text.endswith("年") and raw.text[:2].isdigit():
        return False  # "07年", "20年": a two-digit year alone is too ambiguous in prose ("过去20年"), not "23年底"
    if text.startswith("第", raw.end) and match_at(_NTH_OF_YEAR, text, raw.end) is not None:
        return False  # "2023年第12次室务会会议": a meeting's (or an issue's) number in its year, not a date
    if text.startswith("同期", raw.end) and text[max(0, raw.start - 3) : raw.start].endswith(_COMPARED_WITH):
        return False  # "较去年同期增长超过10倍": the period a figure is compared with
    if text.startswith(("以来", "全年"), raw.end):
        return False  # "今年以来", "2023年以来": where a trend starts, not when something happened; "2024年全年营收…":
        # a figure's period
    if _possessive(text, raw):
        return False  # "Last year's predictions", "this week's releases": what it qualifies, not when it happened
    if in_condition(text, raw.start):
        return False  # "If Meta had released Llama 4 in January, …", "如果OpenAI在7月发布GPT-5": what would be
    if _said_when(text, raw) and not match_at(_SAID_DONE, text, raw.end):
        return False  # "…, CEO Sam Altman said in March": when it was said, not when it happens (unless what
        # was said is done: "Mistral AI said Thursday it released Mistral Small 3.1")
    before = text[max(0, raw.start - 8) : raw.start].rstrip()
    if before.endswith(_AS_OF) or (before.endswith("of") and _AS_OF_EN.search(before)) or (
            "end" in text[max(0, raw.start - 13) : raw.start]  # (a word tested in C first: few dates have it)
            and PERIOD_ENDED.search(text, max(0, raw.start - PERIOD_ENDED_REACH), raw.start)):
        # "公布截至10月26日的第三财季业绩", "revenue for the third quarter ended October 27": where a period ends, not
        # when something happened
        return False
    if text[raw.end : raw.end + 1] in _REPORT_FIRST and match_at(_REPORT_AFTER, text, raw.end):
        return False  # "发布2024年第三季度财报", "its fourth-quarter 2024 results": the period a report covers
    if (text[raw.start - 1 : raw.start] in ("(", "（") and match_at(_ZONE_AFTER, text, raw.end)
            and text[max(0, raw.start - 3) : raw.start - 1].strip()[-1:].isdigit()) \
            or _ZONE_BEFORE.search(text, max(0, raw.start - 16), raw.start):
        return False  # "on April 28, 2025 (April 29 Beijing time)", "4月28日（北京时间4月29日）": that day elsewhere
    if text[raw.start - 1 : raw.start] in _ZONE_LAST \
            and (zone := _ZONE_RESTATED.search(text, max(0, raw.start - 16), raw.start)) is not None \
            and _DAY_BEFORE_ZONE.search(text, max(0, zone.start() - 40), zone.start()) is not None:
        return False  # (so is its clause after the day: "美东时间12月11日发布GPT-5.2，北京时间为12月12日凌晨")
    if text[raw.end : raw.end + 1] in "的发报披称" and match_at(_SOURCE_AFTER, text, raw.end) \
            and _SOURCE_BEFORE.search(text, max(0, raw.start - 24), raw.start):
        return False  # "据SemiAnalysis在2023年7月的报道，GPT-4…": when the source told it, not what happened
    said_from = max(0, raw.start - 48)
    if (text.find("—", said_from, raw.start) != -1 or text.find("–", said_from, raw.start) != -1) \
            and _QUOTED_BY.search(text, said_from, raw.start):
        return False  # ("… smarter than us" — Sam Altman, Feb 2025): when a quote was said (its dash found in C first)
    revised_from = max(0, raw.start - _OWN_REVISION_REACH)
    if contains_any(text, _OWN_REVISION_WORDS, revised_from, raw.start) \
            and _OWN_REVISION.search(text, revised_from, raw.start):
        return False  # what the text says of its own versions, not what happened
    if contains_any(text, _NOT_THIS_DATE_WORDS, denied_from := max(0, raw.start - _NOT_THIS_DATE_REACH), raw.start) \
            and _NOT_THIS_DATE.search(text, denied_from, raw.start) is not None:
        return False  # a day denied: "发布时间应为8月7日，而非8月6日", "on August 7, not August 6 as first reported"
    before = text[raw.start - 1 : raw.start]  # (its last character tested first: most dates follow none of these)
    if (before == " " and text.endswith("from ", 0, raw.start)
            and _DELAYED_FROM_EN.search(text, max(0, raw.start - _DELAYED_REACH), raw.start) is not None) \
            or (before in _FROM_ZH_LAST and ((text.endswith(_FROM_ZH, max(0, raw.start - 4), raw.start)
                                               and match_at(_DELAYED_ZH, text, raw.end))
                                              or (text.endswith(_FIRST_PLANNED_ZH, max(0, raw.start - 5), raw.start)
                                                  and match_at(_DELAYED_LATER_ZH, text, raw.end)))):
        return False  # the day a delay moved it from: "postponed the release of R2 from May to …", "从5月推迟到…",
        # "原定于5月发布，但因…而推迟"
    if (raw.ago is not None or raw.year_rel is not None or raw.year_ctx is not None) and _figure_base(text, raw.start):
        return False  # what a figure is set against: "revenue of $57.0 billion, up 62% from a year ago" (only a date
        # counted back from the text's or the passage's is: tried for every date, the test cost the scan 0.15 %)
    if raw.bare_year:
        return _usable_bare(raw, text) or _english_year(text, raw)
    # A day or a week relative to the document's ("昨日", "本周二", "yesterday", "下周") dates a news event; a
    # count back ("两年前") states no precision of its own, a bare weekday no direction (nor a holiday without its
    # year: _undirected_holiday).
    return raw.ago is None and (raw.weekday is None or raw.week_rel is not None or raw.week_dir is not None)


def _rest_blank(text: str, pos: int) -> bool:
    """Whether the rest of the line from `pos` holds nothing but a time of day and marks (_LINE_REST)."""
    end = text.find("\n", pos)
    return _LINE_REST.fullmatch(text, pos, len(text) if end == -1 else end) is not None


_MONTH_PART_EN = re.compile(r"\bthe\s+month\b|\bmid-month\b", re.I)  # ("by the end of the month", "mid-month")


def _month_part_to_come(ctx: DocContext, raw: RawTime) -> bool:
    """Whether `raw` is a part of a month told alone ("月底", "月初": no 同月's "same") in a sentence of what is to come
    ("月底前，Gemini 3还将登陆Vertex AI"): the text's own month's, not the month told last."""
    return (raw.text.startswith("月") or _MONTH_PART_EN.search(raw.text) is not None) \
        and to_come(ctx.text[slice(*ctx.sentence(raw.start))])


def _weekday_alone(raw: RawTime) -> bool:
    """Whether `raw` is a weekday with no day, week or direction to come of its own ("Monday", "on Thursday")."""
    return raw.weekday is not None and raw.day is None and raw.month is None and raw.week_rel is None \
        and raw.week_dir in (None, -1) and raw.ago is None and raw.day_rel is None


def _told_relative(raw: RawTime) -> bool:
    """Whether `raw` is a day, week, month or quarter counted from the day it was told ("tomorrow", "next week",
    "下个月"): of a dateline's or a log stamp's day, not the text's."""
    return raw.day_rel is not None or raw.week_rel is not None or raw.month_rel is not None \
        or raw.quarter_rel is not None


def _yearless_holiday(raw: RawTime) -> bool:
    """Whether `raw` is a holiday without its year ("the day after Christmas 2024", "去年除夕" have one)."""
    return (raw.holiday is not None or raw.moving is not None) and raw.year is None and raw.year_rel is None


def _undirected_holiday(ctx: DocContext, raw: RawTime) -> bool:
    """A holiday without its year states no direction, unless a dated text tells of it as done (its last occurrence)
    or as to come (its next)."""
    # (to come first: it asks whether told as past only of a sentence of what is to come, few are)
    return _yearless_holiday(raw) and not _holiday_to_come(ctx, raw) and not _holiday_told_as_past(ctx, raw)


def _holiday_to_come(ctx: DocContext, raw: RawTime) -> bool:
    """Whether `raw` is a holiday without its year in a dated text's sentence that tells of what is to come: its next
    occurrence ("DeepSeek V4将于春节发布", told in December 2025, is February 17, 2026)."""
    text = ctx.text
    return _yearless_holiday(raw) and ctx.published is not None \
        and not text.startswith(_AROUND_AFTER_ZH, raw.end) and _AROUND_BEFORE.search(text, max(0, raw.start - 12),
                                                                                     raw.start) is None \
        and to_come(text[slice(*ctx.sentence(raw.start))]) and not _holiday_told_as_past(ctx, raw)


# (a time before or after a holiday bounds what is to come, no day of it: "will ship Gemini 3 before Christmas",
# "春节前上线")
_AROUND_AFTER_ZH = ("前", "后", "之前", "之后", "以前", "以后")
_AROUND_BEFORE = re.compile(r"\b(?:before|after|by|until|ahead\s+of)\s+(?:the\s+)?$", re.I)


def _holiday_told_as_past(ctx: DocContext, raw: RawTime) -> bool:
    """Whether `raw` is a holiday without its year in a dated text's sentence that tells of it as done: its last
    occurrence, a day an event can have ("除夕前一天，字节跳动发布豆包1.5 Pro")."""
    return _yearless_holiday(raw) and ctx.published is not None \
        and (_told_as_past(ctx, raw) or _told_bare_zh(ctx, raw))


def _within_reach(raw: RawTime, reference: dt.date, as_of: dt.date, month: int | None, day: dt.date | None,
                  time: TimeMention, step: int) -> TimeMention:
    """`raw` in the reference's year, else in the year `step` from it (1: the next, -1: the last): the first that is
    not past (stepping back: not to come) by more than _NEAR_DAYS at the text's day `as_of`; `time` if neither
    resolves."""
    for year in (reference.year, reference.year + step):
        time = resolve(raw, reference, year, month, day) or time
        edge = time.latest if step > 0 else time.earliest
        if edge is not None and step * (edge - as_of).days >= -_NEAR_DAYS:
            break
    return time


def _clause_before(ctx: DocContext, pos: int) -> int:
    """Where the clause of the date at `pos` starts; for a date alone in its clause, the sentence's start ("Meta is
    expected to ship it, this spring": what the clause before it says)."""
    start = ctx.clause(pos)[0]
    return ctx.sentence(pos)[0] if _NOTHING_BUT.fullmatch(ctx.text, start, pos) else start


def _model_after_de(ctx: DocContext, raw: RawTime) -> ModelMention | None:
    """The model right after `raw` and 的, which the date qualifies ("2024年12月26日的DeepSeek-V3")."""
    return ctx.model_at(raw.end + 1) if ctx.text.startswith("的", raw.end) else None


def _owned_by_date(ctx: DocContext, raw: RawTime, neighbours: tuple[DatedMention | None, DatedMention | None]
                   ) -> ModelMention | None:
    """The model `raw` qualifies with 的 when a date next to it in its sentence qualifies another so: each date is its
    own model's ("2024年12月26日的A和次月20日的B"); not "1月20日的A和B", one date of both."""
    own = _model_after_de(ctx, raw)
    if own is None:
        return None
    sentence = ctx.sentence(raw.start)
    for other in neighbours:
        if other is not None and sentence[0] <= other.raw.start < sentence[1] \
                and (theirs := _model_after_de(ctx, other.raw)) is not None and theirs.canonical != own.canonical:
            return own
    return None


def _holiday_after_day(ctx: DocContext, raw: RawTime, before: DatedMention | None) -> bool:
    """Whether `raw` is a holiday without its year after a day its sentence states ("1月29日，阿里云于除夕夜发布
    Qwen2.5-Max"): the news is that day's, the holiday a word of its telling; not a holiday to come ("12月24日，OpenAI
    宣布将于圣诞节发布…")."""
    return before is not None and _yearless_holiday(raw) and before.time.precision == "day" \
        and before.raw.end <= raw.start and ctx.sentence(before.raw.start) == ctx.sentence(raw.start) \
        and not to_come(ctx.text[before.raw.end : raw.start])


# What names a piece that weighs models, not news of them ("Foo-3 vs Bar-2", "Foo-3 review", "Foo-3测评")
_PIECE_WORDS = regex.compile(r"\b(?:vs\.?|versus|reviews?|compared|comparison|showdown|face-?off|hands-on|tested)\b"
                             r"|对比|评测|测评|横评|实测|PK", regex.I)


def _heading_note(ctx: DocContext, raw: RawTime) -> bool:
    """Whether `raw` stands in parentheses that close a heading, or the text's first line, that names a piece weighing
    its models, after words that follow them ("# Foo-3 vs Bar-2: the showdown (July 2024)", "# Foo-3 review (July
    2024)"): when the piece was written, no happening of theirs (not a timeline's "## Foo-3：开源之王（2025年1月）", nor
    "## Foo-3 (July 2024)", whose model right before it is dated by it)."""
    text = ctx.text
    if text[raw.start - 1 : raw.start] not in ("(", "（") or text[raw.end : raw.end + 1] not in (")", "）") \
            or text[raw.end + 1 : raw.end + 2].strip() or raw.start < 2:
        return False
    line_start = ctx.line_start(raw.start)
    if not (text.startswith("#", line_start) or not text[:line_start].strip()):
        return False
    models = ctx.models_in(line_start, raw.start)
    return bool(models) and any(ch.isalpha() for ch in text[models[-1].end : raw.start - 1]) \
        and _PIECE_WORDS.search(text, line_start, raw.start) is not None


# A plain text's numbered heading, alone on its short line with no sentence's marks ("一、2025大模型技术生态的范式转变",
# "（二）开源生态", "1.2 爆发期（2023）", as a PDF's text has them): its level by its numbering's depth, under "一、"'s
_PLAIN_HEADING = re.compile(r"^[ \t]*(?:(?P<zh>[一二三四五六七八九十]{1,3}、)"
                            r"|(?P<paren>[(（][一二三四五六七八九十]{1,3}[)）])|(?P<num>\d{1,2}(?:\.\d{1,2})+)[ \t]*)"
                            r"[^\n，。；！？,;!?]{1,36}$", re.M)


def _heading_levels(text: str, line_starts: list[int]) -> dict[int, int]:
    """Line index -> level of the lines that _HEADING matches."""
    levels = {}
    for m in _HEADING_MARK.finditer(text):
        i = bisect.bisect_right(line_starts, m.start()) - 1
        if not text[line_starts[i] : m.start()].strip():
            levels[i] = len(m.group(0).rstrip())
    return levels


def _plain_heading_levels(text: str, line_starts: list[int]) -> dict[int, int]:
    """Line index -> level of the lines that _PLAIN_HEADING matches (read in a text with no markdown heading)."""
    if "、" not in text and "）" not in text and ")" not in text and "." not in text:
        return {}
    return {bisect.bisect_right(line_starts, m.start()) - 1:
            2 if m.group("zh") else 3 if m.group("paren") else 2 + m.group("num").count(".")
            for m in _PLAIN_HEADING.finditer(text)}


# A year (or a month of one) alone on its line heads the lines under it in a text without markdown, as a heading
# does, below any ("2023年" over "- 3月14日：GPT-4发布。", "**2024**", "January 2025"); not the first line, a title's
# (read from the dates the scan found on its line: a pattern for such lines, tried at every line break, cost a
# hundredth of the whole extraction)
_YEAR_LINE_LEVEL = 7  # (under "######")
_YEAR_LINE_MARKS = " \t*_:："


_YEAR_LABEL_LONGEST = 4  # Han characters beside a year alone on its line: "回顾2025", "2024年大事记" (a plain heading)


def _year_alone(text: str, line: tuple[int, int], raws: list[RawTime]) -> bool:
    if len(raws) != 1 or raws[0].year is None or raws[0].day is not None:
        return False
    written = text[line[0] : line[1]].strip(_YEAR_LINE_MARKS)
    if written == raws[0].text:
        return True
    if len(written) - len(raws[0].text) > _YEAR_LABEL_LONGEST:
        return False  # (most lines: longer than a label)
    label = written.replace(raws[0].text, "", 1)
    return len(label) <= _YEAR_LABEL_LONGEST and HAN_RUN.fullmatch(label) is not None


def _day_alone(text: str, line: tuple[int, int], raws: list[RawTime]) -> bool:
    """Whether the line is a day with its year alone, as release notes copied as text head their entries ("2025-08-05"
    over "Claude Opus 4.1 is now available."): a heading too, and its day the one its paragraphs tell of."""
    return len(raws) == 1 and raws[0].year is not None and raws[0].day is not None \
        and text[line[0] : line[1]].strip(_YEAR_LINE_MARKS) == raws[0].text


def _alone_on_line(text: str, raw: RawTime) -> bool:
    """Whether the date is all its line holds (past the marks that dress it)."""
    start = text.rfind("\n", 0, raw.start) + 1
    return text[start : end_of_line(text, raw.end)].strip(_YEAR_LINE_MARKS) == raw.text


# What a target year follows ("到2027年", "by 2030")
_TARGET_BEFORE = re.compile(r"(?:到|至|(?<![A-Za-z])(?:by|until)\s+)$")


# A story told forward: "previewed QwQ in November 2024. It followed up in January with …" is the next January.
_THEN_BEFORE = regex.compile(
    # (or a clause joined to the one with the later month: "… in December 2024, and made its weights public … in
    # January")
    r"(?:\b(?:followed|then|later|subsequently|next)\b|随后|此后|之后|接着)[^.。!?！？\n]{0,30}$"
    # (or the future in the past: "It would be four months before the model shipped, on April 16")
    r"|,\s+and\b[^.。!?！？\n]{0,56}$|\bwould\s+(?:be|take)\b[^.。!?！？\n]{0,56}$"
    # (or the next of two releases joined, no comma, "released o1 in December 2024 and o3-mini in January", not what
    # had come before: "… and had previewed it in September"; or the time the story had come to: "By August, …")
    r"|\band\s+(?!had\b)[^.。!?！？\n,;]{1,40}?\s(?:in|on)\s+$|(?:^|[.!?]\s+|\n)[*_]*By\s+$"
    r"|(?<!合)(?:并|又|再)(?:于|在)\s*$", regex.I)  # ("…发布o1，并于1月底推出o3-mini", "又在1月发布R1"; not 合并于)
_THEN_REACH = 64  # characters before the month
_THIS_ONE_YEAR = ("这一年", "這一年")  # (unlike 今年, the year told of: the passage's, when it has one)


def _last_year_told(found: list[DatedMention], on_line: list[DatedMention]) -> int | None:
    """The year of the last date resolved before (at any precision; those of the lines before, then of its own line),
    else None. (Read from the end, not copied: a copy for every "这一年" was quadratic in a text's dates.)"""
    return next((int(d.time.value[:4]) for d in itertools.chain(reversed(on_line), reversed(found)) if d.time.value),
                None)


_LISTED_DATE = re.compile(rf"{ITEM_SEPARATOR}|\s*(?:至|到|[-–—]|to|through)\s*")  # (a list's, or a range's)


def _year_listed_after(text: str, raw: RawTime, after: RawTime | None) -> int | None:
    """The year of the month listed right after a month written without one ("March and May 2024"), else None."""
    if after is None or raw.month is None or raw.year is not None or raw.year_rel is not None \
            or raw.year_ctx is not None or after.year is None or after.month is None or after.bare_year:
        return None
    return after.year if _LISTED_DATE.fullmatch(text, raw.end, after.start) else None


def _next_year_after(text: str, raw: RawTime, year: int, month: int | None, reference: dt.date | None) -> bool:
    """Whether a month written without its year, after the passage's later month and a word that tells
    the story forward, is in the passage's next year (and not after the document's date)."""
    return raw.month is not None and raw.year is None and raw.year_rel is None and raw.year_ctx is None \
        and month is not None and raw.month < month \
        and (reference is None or dt.date(year + 1, raw.month, 1) <= reference) \
        and _THEN_BEFORE.search(text, max(0, raw.start - _THEN_REACH), raw.start) is not None


_POST_TOPIC = r"#(?=\S)[^#\n]{1,24}(?<=\S)#"  # (a post's topic: "#AI快讯#", "#DeepSeek开源#", "#DeepSeek V3.1发布#")
# A list item that a month and a day lead, as timelines and digests write them ("2. 9.29 DeepSeek发布V3.2-Exp",
# "- 02/24 Anthropic发布Claude 3.7 Sonnet", "③ 3.6号 腾讯混元发布…", "9.29｜…", "11/17，…", "1️⃣ 7.11 …"; a comma only
# after a slash's): then Chinese or a name the text knows, not a number's unit nor a version's variant ("- 3.5
# 万亿参数", "- 2.5 小时", "- 1.5 Pro is out"); a line with no list mark, no slash and no separator after it is a
# numbered section ("3.5 实验结果"). (Tried where _LEAD_STARTS finds a line break, a mark or a digit, and a digit's
# point or slash a few characters on: led by a literal, the stdlib engine jumps from one line break to the next; a
# pattern tried at every line start cost a tenth of extraction.)
# (an English digest's weekday before it: "**Mon 11/17** — xAI shipped …", "Wednesday, 11/19: …")
_EN_DAY_NAME = rf"{WEEKDAY_WRITTEN},?[ \t]+"
# (a weekday opening the line: its three letters as literals, and what follows as the marks' is; the weekday's whole
# pattern tried after each mark cost twice the scan)
# (and the characters those lines may open with first, in a lookahead: most lines fail it at once, where the branches
# cost each line's start about 2,000 instructions)
_LEAD_STARTS = re.compile(rf"\n(?=[{BULLET_CLASS[1:-1]}\d\u2460-\u2473{_CALENDAR}#MTWFS])"
                          rf"(?:(?:{BULLET_CLASS}|[\d\u2460-\u2473{_CALENDAR}]|#{{1,6}}[ \t])[^\n]{{0,8}}?(?<=\d)"
                          r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[^\n]{0,10}?(?<=\d)"
                          rf"|{_POST_TOPIC}[ \t]*\d\d?)[./]\d")  # (a post's topic first: "#AI快讯# 3.15 …")
_MONTH_DAY = r"(?P<m>1[0-2]|0?[1-9])(?P<sep>[./])(?P<d>3[01]|[12]\d|0?[1-9])"  # (a month and its day, numbers apart)
_LEAD_SHORT_DATE = re.compile(  # (marks: a keycap digit too, "1️⃣ 7.11 月之暗面开源…", and geometric bullets)
    # (and a post's topic: "#AI快讯# 3.15 深度求索发布…")
    rf"(?P<mark>(?:{BULLET_CLASS}|\d{{1,2}}[.、)]|\d\ufe0f?\u20e3|[\u2460-\u2473]|{_POST_TOPIC}"
    rf"|(?P<head>[{_CALENDAR}]\ufe0f?|#{{1,6}}))[ \t]*)?(?:\*\*)?(?P<weekday>{_EN_DAY_NAME})?"
    rf"{_MONTH_DAY}(?:号|日)?(?:\*\*)?"
    # (or the day alone on its line, a section's head: "📅 11.18", "## 11.18", or bare lines of days, two at least)
    r"(?P<after>[ \t]*[|｜:：—–,]+)?[ \t]*(?:(?=[A-Za-z\u3400-\u9fff])(?![万亿千百十元倍个小分秒天年周次张台])"
    r"|(?P<alone>(?=\r?\n|\Z)))")


_YEAR_IN_LINE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _month_day(text: str, m: re.Match[str]) -> RawTime:
    """The day a match's month ("m") and day ("d") groups write, without its year."""
    return RawTime(start=m.start("m"), end=m.end("d"), text=text[m.start("m") : m.end("d")], month=int(m.group("m")),
                   day=int(m.group("d")))


def _lead_short_dates(ctx: DocContext) -> list[RawTime]:
    text = ctx.text
    found: list[RawTime] = []
    bare: list[RawTime] = []  # (a day with a point alone before Chinese: "11.18 谷歌发布…", a plain timeline's)
    for start in [0, *(lead.start() + 1 for lead in _LEAD_STARTS.finditer(text))]:  # (the first line too)
        m = _LEAD_SHORT_DATE.match(text, start, start + 40)
        if m is None or (m.group("sep") == "." and "," in (m.group("after") or "")):
            continue
        after = m.end()
        alone = m.group("alone") is not None
        plain = not (m.group("head") if alone
                     else m.group("mark") or m.group("weekday") or m.group("sep") == "/" or m.group("after"))
        if alone and m.group("mark") and not m.group("head"):
            continue  # (a list's item of a number alone: "- 1.5")
        if not alone and plain and not "\u4e00" <= text[after] <= "\u9fff":
            continue
        if not alone and text[after].isascii() and not m.group("weekday") \
                and not (ctx.models_in(after, after + 1) or ctx.orgs_in(after, after + 1)):
            continue  # (Latin letters only as a name the text knows: "1.5 Pro is out" is a version, then its variant)
        if (m.group("head") or plain) and not alone \
                and _YEAR_IN_LINE.search(text, after, len(text) if (eol := text.find("\n", after)) == -1 else eol):
            continue  # (a section's number before a heading that holds its years: "### 1.2 爆发期（2023）")
        raw = _month_day(text, m)
        (bare if plain else found).append(raw)
    # (bare ones only two or more: one alone may be a version, "4.5 版本…")
    return sorted(found + bare, key=lambda raw: raw.start) if len(bare) >= 2 else found


# A month and its day after "on" inside a sentence, as American notes write them ("goes GA on 5/24"; not a share, "on
# 3/4 of the tasks", nor a full date, which the times scan reads: "on 5/24/2025")
_ON_SHORT_DATE = re.compile(rf"\b[Oo]n[ \t]+{_MONTH_DAY}(?![/\d.,]\d|\d|[ \t]+of\b|%)")  # (its slash: the caller's)


def _on_short_dates(ctx: DocContext) -> list[RawTime]:
    """(Found from their slashes, by str.find: a pattern led by a word's edge is tried at every character.)"""
    text = ctx.text
    found = []
    for slash in occurrences(text, "/"):
        if (m := _ON_SHORT_DATE.search(text, max(0, slash - 6), min(len(text), slash + 8))) is not None \
                and m.start("d") == slash + 1:
            found.append(_month_day(text, m))
    return found


def _named_short_dates(ctx: DocContext) -> list[RawTime]:
    """A month and its day in parentheses right after a model's name, as a digest's items write it ("**Foo-4.5**
    （11/24）：…", "Foo-5.1 (11.12)"): in prose "3/4" may be a share, after a name it is its day. (Found from the
    parentheses by str.find, all half-width in normalized text: the pattern's search over a text cost four times
    more.)"""
    text = ctx.text
    found = []
    for pos in occurrences(text, "("):
        if (m := PAREN_MONTH_DAY.match(text, pos)) is None:
            continue
        end = pos - 2 if text.endswith("**", 0, pos) else pos
        named = ctx.model_before(end, max(0, end - 64))
        if named is not None and named.end in (end, end - 1):
            found.append(_month_day(text, m))
    return found


# A month and its day alone in a table's date column ("| Grok 3 | 2/17 |" under "| 模型 | 发布时间 |"): the header says
# what the number is (in prose "2/17" may be a share or a score)
_CELL_SHORT_DATE = re.compile(r"(?P<m>1[0-2]|0?[1-9])[/.](?P<d>3[01]|[12]\d|0?[1-9])")


def _cell_short_dates(ctx: DocContext) -> list[RawTime]:
    found = []
    columns: dict[int, list[bool]] = {}  # (which of each header's cells name a date)
    for header, row in ctx.tables:
        if not header:
            continue
        if (dated := columns.get(header[0].start)) is None:
            dated = columns[header[0].start] = [_DATE_FIELD.search(head.text) is not None for head in header]
        for cell, is_date in zip(row.cells, dated, strict=False):
            if is_date and 3 <= len(cell.text) <= 5 and (m := _CELL_SHORT_DATE.fullmatch(cell.text)) is not None:
                found.append(RawTime(start=cell.start, end=cell.end, text=cell.text, month=int(m.group("m")),
                                     day=int(m.group("d"))))
    return found


# A live report's time of day at a line's start ("14:05 雷军登台，宣布…", "**11:05 a.m. PT** — OpenAI …"): that line
# happened on the text's own day (not a video's timecode, "[00:01:45]")
_CLOCK_LEAD = re.compile(rf"{LINE_LEAD}(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:])(?:[ \t]*(?i:[ap]\.?m\.?))?"
                         rf"(?:[ \t]+{TIME_ZONE})?(?:\*\*)?[ \t]*(?:[—–|｜-][ \t]*)?(?=[A-Za-z\u3400-\u9fff])")


def _clock_leads(ctx: DocContext) -> list[RawTime]:
    """The times of day that open lines of a live report (two at least: one alone is a schedule's or a quote's): the
    text's day, or in a text with none, the passage's (its lead's: "2024年10月10日 下午两点，…开幕。" over "14:20
    发布…").
    (Found from their colons: a pattern tried at each line's start cost more than all the rest of this module.)"""
    found = []
    own_day = ctx.published is not None
    text = ctx.text
    for colon in _CLOCK_COLON.finditer(text):
        line_start = ctx.line_start(colon.start())
        lead = _CLOCK_LEAD.match(text, line_start, colon.end() + 64)
        if lead is not None and lead.end("t") == colon.end():
            found.append(RawTime(start=lead.start("t"), end=lead.end("t"), text=lead.group("t"),
                                 day_rel=0 if own_day else None, day_ctx=None if own_day else 0, clock=True))
    return found if len(found) > 1 else []


_CLOCK_COLON = re.compile(r":[0-5]\d")


def _clock_clause_told(ctx: DocContext, clock: RawTime, other: RawTime) -> bool:
    """Whether the clause a time of day opens tells a happening of its own, before the line's other date (`other`):
    "14:40 宣布X同步更新，并表示下半年将发布Y" (not "14:30 雷军表示，…将在年内推出…", whose clause tells none)."""
    end = ctx.clause(clock.end)[1]
    return other.start >= end and _ACTION.search(ctx.text, clock.end, end) is not None


# A quarter alone that heads a list's item or a line ("- Q1：DeepSeek V4发布", "**Q2:** GPT-6 …"): of the year its
# block or section gives (none else: "Q1:" also numbers a FAQ's questions), unless the line asks something
_QUARTER_LEAD = re.compile(rf"{LINE_LEAD}Q([1-4])(?:\*\*)?[ \t]*[:：\t ]")
_QUARTER_DIGITS = frozenset("1234")


def _lead_quarters(ctx: DocContext) -> list[RawTime]:
    found = []
    text = ctx.text
    for pos in occurrences(text, "Q"):
        if text[pos + 1 : pos + 2] not in _QUARTER_DIGITS:
            continue  # (most are a name's: "Qwen")
        lead = _QUARTER_LEAD.match(text, ctx.line_start(pos), pos + 6)
        if lead is None or lead.start(1) != pos + 1:
            continue
        line_end = text.find("\n", pos)
        if not text[pos : len(text) if line_end == -1 else line_end].rstrip().endswith(("?", "？")):
            found.append(RawTime(start=pos, end=pos + 2, text=text[pos : pos + 2], quarter=int(lead.group(1)),
                                 year_ctx=0))
    return found


def _told_as_past(ctx: DocContext, raw: RawTime) -> bool:
    """Whether the sentence of `raw` tells of it as done ("released", "发布了", "已于…发布"), not to come."""
    start, end = ctx.sentence(raw.start)
    text = ctx.text
    end = _own_end(text, raw.end, end)
    if _UP_FROM.search(text, max(start, raw.start - 60), raw.start) is not None:
        return True  # ("400 million weekly users, up from 300 million in December": what a figure was before)
    if _done_in(text, start, end):
        return True
    if _SAID_RIGHT_AFTER.match(text, raw.end) is not None and not to_come(text[start : raw.start]):
        return True  # (a saying of its day: "Sam Altman在12月表示，GPT-6不会在2026年第一季度发布")
    # (an answer that is its date alone is told as the question asked: "问：Foo-4什么时候发布的？" over "答：9月30日。")
    question = ctx.question_of(raw.start) if not ctx.models_in(start, end) else None
    if question is not None:
        return _done_in(text, *question)
    under = _under_day_line(ctx, raw)
    return under is not None and _done_in(text, *ctx.sentence(under))


def _under_day_line(ctx: DocContext, raw: RawTime) -> int | None:
    """Where the text under the line of `raw` starts, when that line is its day alone (a heading's or a lead's, told as
    the first sentence under it: "## Dec 11" over "OpenAI released GPT-5.2.", "**12月11日**" over "…发布GPT-5.2。")."""
    text = ctx.text
    line_end = text.find("\n", raw.end)
    if line_end == -1 or text[ctx.line_start(raw.start) : line_end].strip(_LEAD_MARKS + _CALENDAR_SIGN) != raw.text:
        return None
    under = len(text) - len(text[line_end:].lstrip())
    return under if under < len(text) else None



# A Chinese happening told by its bare verb after its date, in its clause or the next ("5月6日，深度求索发布
# DeepSeek-V2", "字节跳动于5月15日发布豆包"): Chinese verbs mark no tense, and what is to come is told with 将,
# 预计, 计划 before the verb
_BARE_DONE_ZH = re.compile(rf"[，,]?[^，,。；;！!？?\n]{{0,24}}?(?:{_DONE_VERB})")


_FORECAST_LEAD = re.compile(rf"{_FORECAST_WORDS}|展望|路线图|(?i:outlook|roadmap|predictions?)")
_FORECAST_LEAD_REACH = 300


def _told_bare_zh(ctx: DocContext, raw: RawTime, forecasts: bool = True) -> bool:
    """Whether a Chinese verb of news follows `raw` with no word of what is to come before it: told as done, in a text
    whose own day is before it, of the year before (a review of the year, written in its first days). (`forecasts`:
    whether a forecast's lead before it makes it one; not when the year it would take is a forecast's own.)"""
    start, end = ctx.sentence(raw.start)
    m = _BARE_DONE_ZH.match(ctx.text, raw.end, end)
    if m is None and (under := _under_day_line(ctx, raw)) is not None:
        start, end = ctx.sentence(under)
        m = _BARE_DONE_ZH.match(ctx.text, start, end)
    if m is None or to_come(ctx.text[start : m.end()]):
        return False
    if not forecasts:
        return True
    title = ctx.first_line()  # (not in a passage a forecast leads: "我们的预测：" over "- 3月，OpenAI发布GPT-5")
    return _FORECAST_LEAD.search(ctx.text, max(0, start - _FORECAST_LEAD_REACH), start) is None \
        and (title is None or _FORECAST_LEAD.search(ctx.text, *title) is None)


def _done_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells of something done, and of nothing to come."""
    return (_PAST_ACTION.search(text, start, end) is not None or _DONE.search(text, start, end) is not None) \
        and not to_come(text[start:end])


# A sentence that opens by looking back ("此前，…", "早在2023年，…", "Previously, …", "Back in 2023, …")
_LOOK_BACK = re.compile(r"[\s*_>•-]*(?:此前|早在|先前|(?i:previously|back\s+in)\b)")
# (or a year a first is counted since: "OpenAI returned to open weights … — its first since GPT-2 in 2019")
_SINCE_BEFORE = re.compile(rf"\bsince\b{IN_SENTENCE}{{0,40}}$")
_SINCE_REACH = 48  # characters back from a year to "since"


def _merged(scanned: list[RawTime], extra: list[RawTime]) -> list[RawTime]:
    """A line's dates in order: the scan's (in order, none inside another) and the others (a lead's day, a quarter, a
    time of day, "on 5/24") that start inside none of them nor of one taken before; in linear time, as a line of a
    thousand "on 5/24" asks."""
    merged: list[RawTime] = []
    j = 0
    taken_end = -1  # (where the last date taken from `extra` ends)
    for raw in sorted(extra, key=lambda raw: raw.start):
        while j < len(scanned) and scanned[j].start <= raw.start:
            merged.append(scanned[j])
            j += 1
        inside = (j > 0 and raw.start < scanned[j - 1].end) or raw.start < taken_end
        if not inside:
            merged.append(raw)
            taken_end = max(taken_end, raw.end)
    return merged + scanned[j:]


def document_times(ctx: DocContext) -> list[DatedMention]:
    """Every temporal expression of the document, resolved with passage context: a month or day
    without a year takes the year of the block (lines up to a blank line or a heading), else of
    the section (the last dated heading above)."""
    text = ctx.text
    lines = ctx.lines
    line_starts = ctx.line_starts
    reference = ctx.published
    raws_on: dict[int, list[RawTime]] = {}
    years: list[int] = []
    first_day_at = len(text)
    for raw in scan(text):
        raws_on.setdefault(bisect.bisect_right(line_starts, raw.start) - 1, []).append(raw)
        if raw.year is not None and raw.month is not None:
            years.append(raw.year)
            if raw.day is not None:
                first_day_at = min(first_day_at, raw.start)
    added: dict[int, list[RawTime]] = {}  # (the dates the scan leaves, by line: merged into its own in order below)
    for raw in _lead_short_dates(ctx) + _on_short_dates(ctx) + _lead_quarters(ctx) + _clock_leads(ctx) \
            + _named_short_dates(ctx) + (_cell_short_dates(ctx) if ctx.tables else []):
        i = bisect.bisect_right(line_starts, raw.start) - 1
        if raw.clock and ((i in raws_on and not _clock_clause_told(ctx, raw, raws_on[i][0])) or i in added
                          or (reference is None and raw.start < first_day_at)):
            continue  # (a line with a date of its own: "14:30 雷军表示，…将在年内推出…"; no day told yet)
        added.setdefault(i, []).append(raw)
    for i, extra in added.items():
        raws_on[i] = _merged(raws_on.get(i, []), extra)
    # A text with no date of its own: what its passages leave without a year takes the latest year of the passage
    # before that wrote a month or day with one (the story told forward), else of the latest month or day it writes out
    # with one (news reports the latest; a year alone is more often a forecast), as a dateline's is found.
    latest_year = max(years) if years and reference is None else None
    passage_year: int | None = None
    passage_dated = False  # (whether the passage wrote a month or day with its year yet)
    # (the first day of the last passage that had one, past blank lines: "That same day, …" opens a paragraph)
    passage_day: dt.date | None = None
    levels = _heading_levels(text, line_starts) or _plain_heading_levels(text, line_starts)
    title = _title_line(ctx)
    # (level, year, month) stack: a dated heading's year, and its month when it is one ("### March" over "- 4th: …")
    # (and whether the year was written: "2024年回顾", not "这一年", the text's own)
    # (and its day, when it is one: what its section tells relative to a day is of that day, a changelog's "## v2.3.0 —
    # 2025-05-23" over "- Added Foo-4, released yesterday")
    headings: list[tuple[int, int, int | None, bool, dt.date | None]] = []
    found: list[DatedMention] = []
    block_year: int | None = None
    block_month: int | None = None
    # (the line and the year to come a forecast's relative year set the block's year on: "预计最早明年初上市" is no
    # year of the next item's bare news, "- 9月底，阶跃星辰发布Step-3")
    plan_block: tuple[int, int] | None = None
    late_year = False  # (the passage's year told at its end, with no month: "Late last year …, and in February …")
    year_unknown = -1  # (where the sentence starts that told a year from a day the text never gives: see below)
    # (a year to come its sentence wrote with a quarter or a half, where the sentence starts and the period's last
    # month: "… Foo-5 in Q1 2026, followed by Foo-5 Mini in Q2" is 2026's Q2; not a quarter inside the period, "2H 2026
    # for Foo-7, with Foo-5.5 due in Q4")
    plan_year: tuple[int, int, int] | None = None
    month_year = 0  # (the year block_month was read in, once resolved: "late December" in a text of July: last year)
    block_day: dt.date | None = None
    block_week: int | None = None  # (the week the passage named: "Last week was packed. … launched X on Monday")
    day_at = -1  # (where the last day was written)
    dateline: dt.date | None = None  # (the day of the passage's dateline: "11月20日消息，谷歌今日发布…" is that day's)
    last_day: dt.date | None = None  # (the last day written before, past blank lines: "一周后，…" opens a paragraph)
    last_month: tuple[int, int] | None = None  # (and the last month with its year: "同月，…" opens a paragraph)
    # (the months a range over two years spans: "Between December 2023 and February 2024, … in December … in February")
    block_range: tuple[tuple[int, int], tuple[int, int]] | None = None
    last_year: int | None = None
    week_end: dt.date | None = None  # (the last day of the week a line names: "*Week of November 17–23, 2025*")
    counted_from: tuple[int, int] | None = None  # (the sentence where months were counted into another year, and the
    # year they were counted from)
    own_line = ctx.dated_line or (0, 0)
    previous = -1
    for i in sorted(raws_on.keys() | levels.keys()):  # the other lines change nothing but blank ones
        if i > previous + 1 and _BLANK_LINE.search(text, lines[previous + 1][0], lines[i - 1][1]):
            block_year = block_month = block_day = dateline = block_range = block_week = None
            late_year = False
            passage_dated = False
        previous = i
        level = levels.get(i)
        if level is None and i > 0 and i in raws_on and (
                _year_alone(text, lines[i], raws_on[i])
                or (_day_alone(text, lines[i], raws_on[i]) and not own_line[0] <= lines[i][0] < own_line[1])):
            level = _YEAR_LINE_LEVEL
        if level is not None:
            headings = [heading for heading in headings if heading[0] < level]
            week_end = None if level == 1 else week_end
            block_year = block_month = block_day = passage_day = dateline = block_range = block_week = None
            late_year = False
            passage_dated = False
        on_line: list[DatedMention] = []
        raws = raws_on.get(i, [])
        line_start, line_end = lines[i]
        if ctx.restated:
            reference = ctx.published_at(line_start)  # (a feed's later item: told as of its own day)
        quoted = _quoted_days(text, raws, reference, block_year) if text.find('"', line_start, line_end) != -1 else {}
        for j, raw in enumerate(raws):
            if ctx.in_model(raw.start) or (
                    raw.day_ctx == 0 and j + 1 < len(raws) and _day_named_after(ctx, raw, raws[j + 1])):
                continue
            # (the day of a model's news another is told from: "the same day as B", "与B同一天", "X发布两天后", "X发布前
            # 一周"; none when the text wrote none for it: "在Claude Opus 4.1发布两天后")
            same_day: dt.date | None = None
            told_from = _same_day_as(ctx, raw) if raw.day_ctx == 0 else \
                _counted_from(ctx, raw) if raw.ago is not None and _counted_from_news(text, raw, 0) else None
            if told_from is not None:
                same_day = _day_told(ctx, [*found, *on_line], told_from)
                if same_day is None:
                    continue
                if raw.ago is not None and raw.ago[0] in ("day", "week"):
                    raw = raw._replace(ago=None, day_ctx=raw.ago[1] * (7 if raw.ago[0] == "week" else 1))
                elif raw.ago is not None:
                    same_day = None  # (months or years after: from the passage's, as "later")
            elif raw.ago is not None and _counted_from_news(text, raw, 0):
                continue  # (counted from a happening no model names)
            after_last = block_day is None and raw.ago is not None and raw.ago[1] > 0 and last_day is not None \
                and block_week is None and block_month is None
            if (raw.ago is not None or raw.day_ctx) and block_day is not None and day_at >= ctx.sentence(raw.start)[0] \
                    and not ctx.models_in(*(clause := ctx.clause(raw.start))) and not ctx.orgs_in(*clause):
                continue  # (the gap to its sentence's own day, told with no actor: "xAI followed with Grok 4 on July 9
                # — yes, two days earlier")
            if raw.ago is not None and raw.ago[0] in ("day", "week") and (block_day is not None or after_last):
                # ("2023年3月14日，GPT-4发布；两天后，百度发布文心一言": days counted from the passage's day; days
                # after, from the last day before, when a paragraph opens with them: "…8月7日发布GPT-5。" over
                # "一周后，谷歌…")
                raw = raw._replace(ago=None, day_ctx=raw.ago[1] * (7 if raw.ago[0] == "week" else 1))
            elif raw.ago is not None and raw.ago[1] > 0 and ((raw.ago[0] == "month" and block_month is not None)
                                                             or (raw.ago[0] == "year" and block_year is not None)):
                # ("次年6月，Qwen2发布；三个月后，Qwen2.5问世": months or years after, from the passage's, as "later")
                raw = raw._replace(ago=None, month_ctx=True, month_rel=raw.ago[1]) if raw.ago[0] == "month" \
                    else raw._replace(ago=None, year_ctx=raw.ago[1])
            elif raw.ago is not None and raw.ago[1] < 0 and reference is not None:
                # ("三天前，谷歌发布了…", "两个月前", "两年前": counted back from the text's day, of the unit's
                # precision, as "three days ago" is)
                unit, count = raw.ago
                raw = raw._replace(ago=None, year_rel=count) if unit == "year" \
                    else raw._replace(ago=None, month_rel=count) if unit == "month" \
                    else raw._replace(ago=None, week_rel=count) if unit == "week" \
                    else raw._replace(ago=None, day_rel=count)
            elif raw.ago is not None and raw.ago[1] > 0 and reference is not None \
                    and not raw.text.lower().endswith("later") \
                    and to_come(text[ctx.clause(raw.start)[0] : raw.start]):
                # ("旧版GPT-5将在三个月后下线", "will be retired in two weeks": counted on from the text's day, of the
                # unit's precision, what is to come)
                unit, count = raw.ago
                raw = raw._replace(ago=None, year_rel=count) if unit == "year" \
                    else raw._replace(ago=None, month_rel=count) if unit == "month" \
                    else raw._replace(ago=None, week_rel=count) if unit == "week" \
                    else raw._replace(ago=None, day_rel=count)
            elif raw.ago is not None and raw.ago[1] > 0 and raw.ago[0] in ("day", "week") \
                    and raw.text.lower().endswith("later"):
                # (days or weeks later than no day the passage wrote: in the week or the month it named, "Just a week
                # ago, Google released A. Two days later, xAI answered with B"; after none, not from the text's own day)
                if block_week is not None:
                    raw = raw._replace(ago=None, week_rel=block_week)
                elif block_month is not None:
                    raw = raw._replace(ago=None, month_ctx=True)
                else:
                    continue
            if raw.weekday is not None and raw.week_rel is None and raw.week_dir == -1 and block_week is not None \
                    and block_week < 0:
                # (a weekday told as past, of the week before that its passage named; "this week" changes nothing: a
                # weekly's "Also this week" over "QwQ-32B arrived Thursday", told on a Tuesday, is the last Thursday)
                raw = raw._replace(week_rel=block_week, week_dir=None)
            if raw.year_rel == 0 and raw.text in _THIS_ONE_YEAR \
                    and (year_told := block_year if block_year is not None else _last_year_told(found, on_line)):
                # ("一年前的今天，DeepSeek发布了R1。" over "回头看，这一年…：3月24日，…": the year the text tells
                # of, not the text's own)
                raw = raw._replace(year_rel=None, year=year_told)
            section_year = headings[-1][1] if headings else None
            context_year = block_year if block_year is not None else section_year
            if raw.year_ctx is not None and counted_from is not None and ctx.sentence(raw.start)[0] == counted_from[0]:
                context_year = counted_from[1]
            if (shared := _year_listed_after(text, raw, raws[j + 1] if j + 1 < len(raws) else None)) is not None:
                context_year = shared  # ("in March and May 2024": the year written once, after the list)
            elif plan_year is not None and (raw.quarter is not None or raw.half is not None) and raw.year is None \
                    and raw.year_rel is None and ctx.sentence(raw.start)[0] == plan_year[0] \
                    and (3 * raw.quarter - 2 if raw.quarter is not None else 6 * (raw.half or 1) - 5) > plan_year[2]:
                context_year = plan_year[1]
            elif plan_year is not None and raw.qualifier is not None and raw.month is None and raw.quarter is None \
                    and raw.half is None and raw.year is None and raw.year_rel is None and reference is not None \
                    and ctx.sentence(raw.start)[0] == plan_year[0] and reference.month > _PART_END[raw.qualifier]:
                # ("2026年上半年DeepSeek将发布V4，而Qwen4也可能在年中亮相", told in December: the plan's year's middle,
                # this year's being past)
                context_year = plan_year[1]
            elif plan_year is not None and raw.text in _WITHIN_YEAR and ctx.sentence(raw.start)[0] == plan_year[0]:
                # ("有望在2026年一季度发布GPT-5.5，并在年内推出GPT-6": within the plan's year)
                context_year = plan_year[1]
            elif context_year is None:
                # (else, in a text with no date of its own nor a month with its year, the last year it wrote before:
                # "2025年，人工智能大模型加速迭代。" over "DeepSeek于9月29日发布…")
                # ("2024年5月，DeepSeek-V2降价…" over "随后…5月21日，阿里云宣布…", in a text that writes 2025 later)
                context_year = passage_year if passage_year is not None else \
                    latest_year if latest_year is not None or reference is not None else last_year
                if context_year is None and raw.year_ctx is not None and raw.quarter is None:
                    context_year = last_year  # ("…2023年3月16日…" over "同年6月，智谱AI开源…": the last year written)
                    if context_year is None and block_day is not None:
                        context_year = block_day.year  # (or the passage's day's, its year not written: "on September
                        # 29. … Later in the year, …")
            elif block_year is not None and _next_year_after(text, raw, block_year,
                                                             12 if block_month is None and late_year else block_month,
                                                             reference):
                context_year = block_year + 1
            if block_range is not None and raw.month is not None and raw.year is None and raw.year_rel is None:
                # (a month inside the range is of the year that puts it there)
                context_year = next((y for y in range(block_range[0][0], block_range[1][0] + 1)
                                     if block_range[0] <= (y, raw.month) <= block_range[1]), context_year)
            # (not another passage's day in a passage dated otherwise: "In March 2024, … Three days before, …")
            day = same_day if same_day is not None \
                else block_day if block_day is not None or raw.day_ctx is None or block_year is not None \
                else last_day if after_last else passage_day
            if raw.month_ctx and (raw.month_rel or raw.day is not None) and block_month is not None \
                    and block_year is None:
                context_year = month_year  # ("… in late December and Foo-4 a month later", told in July: January; the
                # day of a month told without its year is that month's, "In August, OpenAI released GPT-5 on the 7th")
            month = block_month if block_month is not None or not headings else headings[-1][2]
            to_come_part = raw.month_ctx and not raw.month_rel and _month_part_to_come(ctx, raw)
            if to_come_part and block_year is not None and reference is not None \
                    and (block_year, block_month or 12) < (reference.year, reference.month):
                context_year = None  # (nor a passage's month gone by: "较去年5月…增长137倍。…也将在月底前上线")
                block_year = None
            if to_come_part and block_year is None:
                month = None  # (the text's month, not its passage's: "3月25日…。月底前，Foo还将登陆…" in one block)
            if raw.month_ctx and not raw.month_rel and month is None and block_year is None \
                    and last_month is not None and not to_come_part:
                context_year, month = last_month  # ("3月25日，谷歌发布…" over "同月，DeepSeek发布…")
            told_on = dateline if dateline is not None else headings[-1][4] if headings else None
            if told_on is None and raw.month_rel is not None and headings and headings[-1][2] is not None \
                    and headings[-1][3]:
                # (a month counted from the month its heading names: "本月…" and "下月…" under "# 国产大模型月报
                # （2025年11月）", published in December, are November and December)
                told_on = dt.date(headings[-1][1], headings[-1][2], 1)
            # (a weekday alone under a line that names a week is that week's: a weekly digest's "**Monday.** Google
            # launched …" under "*Week of November 17–23, 2025*")
            if year_unknown != -1 and raw.year is None and raw.month is not None and raw.year_rel is None \
                    and ctx.sentence(raw.start)[0] == year_unknown:
                continue
            time = resolve(raw, quoted.get(raw.start) or (
                week_end if week_end is not None and _weekday_alone(raw)
                else told_on if told_on is not None and _told_relative(raw) else reference), context_year, month, day)
            if time is None:
                continue
            if after_last and reference is not None and time.earliest is not None and time.earliest > reference \
                    and not to_come(text[slice(*ctx.clause(raw.start))]):
                continue  # (days later than another passage's day, past the text's own day in a clause told as done:
                # counted from a day it does not follow, "Anthropic answered six days later" under a list of days)
            if time.earliest is None and raw.year_rel is not None and reference is None:
                # (a year told from a day the text never gives: its sentence's months after it are of a year unknown
                # too, "此前，字节于今年6月发布了A，并于9月推出了B", not of one a forecast wrote before)
                year_unknown = ctx.sentence(raw.start)[0]
            if raw.week_rel is not None and raw.weekday is None and time.precision == "week":
                block_week = raw.week_rel
            if time.precision == "day" and time.earliest is not None \
                    and (_dateline(text, raw) or _log_stamp(text, raw)):
                dateline = time.earliest
            if own_line[0] <= raw.start < own_line[1]:
                # (the text's own day, its dateline's or byline's, is no passage's: "BEIJING, Jan 27, 2025 — DeepSeek
                # released V3 in December" is the December before; its year is still the last one written, for "in
                # the spring" under it)
                last_year = raw.year if raw.year is not None else last_year
                on_line.append(DatedMention(raw, time))
                continue
            # (nor a year of its block, unless one still to come; a heading's year that is the text's own, "# … the 2026
            # roadmap", says nothing of a month told as done or to come)
            as_of = ctx.as_of_at(raw.start) or reference
            earliest, latest = time.earliest, time.latest
            if as_of is not None and reference is not None and raw.month is not None and raw.year is None \
                    and raw.year_rel is None and raw.month_dir is None and earliest is not None and latest is not None:
                own = context_year is None or (block_year is None and context_year == reference.year)
                planned = plan_block is not None and plan_block[0] < i and context_year == plan_block[1] == block_year
                if (own or (context_year is not None and context_year > reference.year)) \
                        and (earliest - as_of).days > _NEAR_DAYS \
                        and (_told_as_past(ctx, raw)
                             or (((own and not (headings and headings[-1][3])) or planned)
                                 and _told_bare_zh(ctx, raw, not planned)
                                 and (earliest - as_of).days > _BARE_AHEAD_DAYS)):
                    # ("a model the company released on December 26", in a text of January 27: the last December 26;
                    # a few days after the text's own, a weekly issue's or another time zone's, are its year's;
                    # "… in the first quarter of 2026. It could succeed GPT-5, which the company launched on August
                    # 7", in a text of November 2025: done, so not in the year to come the passage spoke of)
                    time = _within_reach(raw, reference, as_of, block_month, block_day, time, -1)
                elif own and (as_of - latest).days > _PLAN_PASSED_DAYS \
                        and (to_come(told := text[ctx.sentence(raw.start)[0] : raw.start])
                             or (_RUMORED_FOR.search(told) is not None
                                 and not contains_any(text, _DONE_ZH, *ctx.clause(raw.start)))
                             or ((_FROM_DAY_LEAD.fullmatch(told) is not None
                                  or (not told.strip() and text.startswith(("起", "开始"), raw.end)))
                                 and to_come(text[raw.end : ctx.sentence(raw.start)[1]]))) \
                        and _PAST_PLAN.search(told) is None \
                        and not _past_action_before(text, ctx.clause(raw.start)[0], raw.start) \
                        and not any(r.start >= ctx.sentence(raw.start)[0] and _said_when(text, r)
                                    for r in raws[: j + 1]):
                    # ("Google will release Gemini 4 in May", in a text of December: the next May; not a plan told as
                    # past, nor one told on a day its sentence gives, "Meta told the FT in March that Llama 4 would
                    # ship in April", nor that day itself, "… according to the New York Times on July 14")
                    time = resolve(raw, reference, reference.year + 1, block_month, block_day) or time
                elif not own and (block_day is None or block_day > latest) and (as_of - latest).days > _NEAR_DAYS \
                        and _WILL.search(text, ctx.clause(raw.start)[0], raw.start) is not None:
                    # (what will be is not past: "Foo-1, launched in March 2024, will be retired on December 31", in a
                    # text of September 2025, is this December 31, not the aside's year's; nor before a day to come
                    # the passage named: "… will be deprecated on July 14. Acme will retire Bar-2 on August 1.")
                    time = _within_reach(raw, reference, as_of, block_month, block_day, time, 1)
            if as_of is not None and reference is not None and time.earliest is not None \
                    and (time.earliest - as_of).days > _NEAR_DAYS and context_year is None \
                    and _holiday_told_as_past(ctx, raw):
                # (a holiday told as past is its last occurrence, not its next: "除夕前一天，字节跳动发布豆包1.5 Pro",
                # in a text of February 10, 2025, is January 27, 2025)
                time = _within_reach(raw, reference, as_of, block_month, block_day, time, -1)
            elif as_of is not None and reference is not None and time.latest is not None \
                    and (as_of - time.latest).days > _NEAR_DAYS and _holiday_to_come(ctx, raw):
                # (and one to come, its next: "DeepSeek V4将于春节发布", in a text of December 2025, is 2026's)
                time = _within_reach(raw, reference, as_of, block_month, block_day, time, 1)
            if as_of is not None and reference is not None \
                    and (raw.half is not None or raw.quarter is not None or raw.season is not None) \
                    and raw.year is None \
                    and (raw.year_rel is None or (raw.season is not None and (raw.text.startswith(("this ", "This "))
                                                                   or (raw.text.isascii() and raw.text.isalpha())))) \
                    and raw.half_rel is None and raw.quarter_rel is None \
                    and time.latest is not None and (as_of - time.latest).days > _NEAR_DAYS \
                    and to_come(text[_clause_before(ctx, raw.start) : raw.start]) \
                    and not match_at(_FISCAL_AFTER, text, raw.end):
                # (a half or a quarter to come is not past: "…以去年发布的Llama 3.2为基础训练，预计下半年推出…", told in
                # March 2025, is this year's second half; nor an English season, "expected this spring", told in
                # December, the next, as "readying Foo-4 for a spring launch" is; "今年春季" says its year)
                ahead = raw._replace(year_rel=None)
                time = _within_reach(ahead, reference, as_of, block_month, block_day, time, 1)
            year = _year_of(raw, time)
            if raw.month is not None and reference is None and raw.year is not None \
                    and not _LOOK_BACK.match(text, ctx.sentence(raw.start)[0], raw.start):
                # (the story told forward: the latest year of the passage before, "2024年12月26日…；R1于2025年1月20日
                # 开源" over "3月初，…" is 2025; not its first, nor a look back in it: "…发布GPT-5，距2023年3月GPT-4发布
                # 已两年多" over "原计划在7月发布GPT-5" is 2025; nor a passage that looks back, "此前，华为于2024年6月
                # 21日发布了盘古大模型5.0。" over "…将于7月上线")
                passage_year = max(raw.year, passage_year or 0) if passage_dated else raw.year
                passage_dated = True
            was_year = block_year
            if _possessive(text, raw):
                pass  # ("Last year's predictions held up: … released it on May 22": the passage's year is not its)
            elif raw.month is None and text.find("since", max(0, raw.start - _SINCE_REACH), raw.start) != -1 \
                    and _SINCE_BEFORE.search(text, max(0, raw.start - _SINCE_REACH), raw.start) is not None:
                pass  # (nor a year a first is counted since: "its first since GPT-2 in 2019" over "In the fall, …")
            elif year is not None and raw.month is None and not _SENTENCE_LEAD.fullmatch(
                    text, ctx.sentence(raw.start)[0], raw.start) and (
                    (reference is not None and year > reference.year)
                    or (reference is None and latest_year is not None and year > latest_year
                        and to_come(text[ctx.clause(raw.start)[0] : raw.start]))):
                # (nor a year to come inside a sentence, a plan's: "苹果计划在2026年推出Foo-1。…谷歌将于6月发布…"; but
                # its sentence's next quarter's; in a text with no date of its own, a year after its latest day's that
                # a plan tells: "2025年12月2日，…。智谱计划于2026年第一季度发布GLM-5。此前于7月28日发布了GLM-4.5")
                plan_year = (ctx.sentence(raw.start)[0], year, time.latest.month if time.latest is not None else 12)
            elif raw.month is None and reference is not None and _in_aside(ctx, raw):
                pass  # (nor a company's background in an aside: "The company, founded in 2021 by …, now has …. In
                # September it raised …" is this September)
            elif year is not None and (not raw.bare_year or _usable_bare(raw, text) or _english_year(text, raw)
                                       or _year_of_part(raw, text)):
                # (a year that heads its list item is its months' too: "- **2019**: … GPT-2 in February")
                block_year = year
                # (the last year a range wrote is its end: "Release cadence by lab, 2023–2025")
                last_year = raw.year_end if raw.year_end is not None else year
            elif block_year is not None and context_year == block_year + 1:
                block_year = context_year  # (the story told forward goes on in that year)
            elif time.value and (raw.year_rel is not None or raw.year_ctx is not None):
                # ("次年6月…；同年10月…": the year after's, as 明年's; "同年6月…；7月…": the same year's)
                block_year = int(time.value[:4])
            elif block_year is not None and raw.month_rel is not None and not raw.month_ctx and reference is not None \
                    and time.precision == "month" and time.value:
                # (a month told from the text's day brings the story to its year: "… in June 2024. It released A last
                # month and B in May" is the text's May)
                block_year = int(time.value[:4])
            elif block_year is not None and raw.month_ctx and raw.month_rel and time.precision == "month" \
                    and time.value:
                # (months counted into the next year: "September 2024 … Four months later, … on January 20" is 2025's;
                # the year after the written one, in the same sentence, is still counted from it: "2024年12月26日…。不到
                # 一个月后，R1于次年1月20日开源")
                counted_from = (ctx.sentence(raw.start)[0], block_year)
                block_year = int(time.value[:4])
            if block_year != was_year:
                plan_block = (i, block_year) if block_year is not None and raw.year_rel is not None \
                    and reference is not None and block_year > reference.year \
                    and to_come(text[ctx.clause(raw.start)[0] : raw.start]) else None
            # (a year told at its end, "late last year", until the passage's year changes)
            late_year = (late_year and block_year == was_year) \
                or (block_year != was_year and raw.month is None and time.qualifier == "late")
            if raw.month is not None and time.value:
                block_month, month_year = raw.month, int(time.value[:4])
                last_month = (month_year, block_month)
            elif raw.month_ctx and raw.month_rel and time.precision == "month" and time.value:
                # (the story told forward: "A month later, …" after "a month later" counts from that one's month)
                block_month, month_year = int(time.value[5:7]), int(time.value[:4])
            elif raw.year_rel is not None and raw.year_rel < 0 and raw.day_rel is not None and time.value \
                    and time.precision == "day":
                # (a day years back: "A year ago today, OpenAI teased o3. It would be four months before the model
                # shipped, on April 16": the story told forward from its month)
                block_month, month_year = int(time.value[5:7]), int(time.value[:4])
            elif block_year != was_year:
                block_month = block_day = None  # ("June 2020 … In the spring of 2023 … That same month": no month)
            if raw.month is None and time.precision in ("day", "month") and time.value:
                last_month = (int(time.value[:4]), int(time.value[5:7]))  # (a month told from the text's: "本月12日")
            if time.precision == "day" and time.earliest is not None:
                if block_day is None:  # (the passage's own day is its first)
                    passage_day = time.earliest
                block_day = last_day = time.earliest
                day_at = raw.start
            if raw.until is not None and time.precision in ("month", "day") and time.earliest is not None \
                    and time.latest is not None and time.latest.year != time.earliest.year:
                block_range = ((time.earliest.year, time.earliest.month), (time.latest.year, time.latest.month))
            elif raw.year is not None or raw.year_rel is not None:
                block_range = None  # (a year written since: the story told on)
            on_line.append(DatedMention(raw, time))
        found += on_line
        week_end = next((d.time.latest for d in on_line if d.time.precision == "day" and d.time.earliest is not None
                         and d.time.latest is not None and 1 <= (d.time.latest - d.time.earliest).days < 7),
                        week_end)
        dated_years = [int(d.time.value[:4]) for d in on_line if d.time.value]
        if dated_years and (level is not None or i == title) \
                and (reference is None or dated_years[0] > reference.year) \
                and (_TARGET_BEFORE.search(text, max(0, on_line[0].raw.start - 8), on_line[0].raw.start)
                     or to_come(text[line_start : on_line[0].raw.start])):
            # (a heading's target is no section's year: "工信部：到2027年培育…" over "6月11日印发…"; nor its forecast's:
            # "智谱完成新一轮融资 GLM-5预计明年一季度发布" over "此前，智谱于9月30日发布GLM-4.6")
            dated_years = []
        if level is not None:
            # (a heading's date is its section's, below: not a passage's that a line right under it goes on, "# …
            # GLM-5预计明年一季度发布" over "此前，智谱于9月30日发布GLM-4.6" with no blank line between)
            block_year = block_month = block_day = None
        if level is not None and dated_years:  # the section's year, for months written without one below it
            # (and its month, for days written alone)
            value = on_line[0].time.value if on_line[0].time.precision == "month" else None
            headings.append((level, dated_years[0], int(value[5:7]) if value else None,
                             on_line[0].raw.year is not None,
                             on_line[0].time.earliest if on_line[0].time.precision == "day" else None))
        elif i == title and dated_years:  # ("2024年国产大模型回顾", "季报（2025年第三季度）": the whole text's)
            headings.append((0, dated_years[0], None, on_line[0].raw.year is not None, None))
    return found


_TITLE_END = frozenset("。.!！?？;；:：,，")


# (a plain future, not a plan's words, which a dated item may tell from its own day: "2025年7月25日：OpenAI计划8月初
# 发布…")
# (and an end told in the present, as notices of retirement schedule it: "GPT-4.5 Preview gets deprecated on July 14",
# "is being retired on", "OpenAI retires Foo-1 on")
_WILL = re.compile(rf"\bwill\b|将于|将在|即将|\b(?:gets?|(?:is|are)\s+being)\s+(?:{_ENDED}|removed\b)"
                   r"|\b(?:retires|sunsets|shuts\s+down)\b")


# (a participle other than _PARTICIPLE's, before its preposition: "valued at", "backed by", "headquartered in")
_OTHER_PARTICIPLE = re.compile(r"\s*[a-z]{3,}ed\s+(?:at|by|in|with|on|from|after|as)\s")


def _name_alone(ctx: DocContext, start: int, end: int) -> bool:
    """Whether text[start:end] is one model's or company's name and the comma after it."""
    names = [m.text for m in ctx.models_in(start, end)] + [o.text for o in ctx.orgs_in(start, end)]
    return len(names) == 1 and ctx.text[start:end].strip(" \t,") == names[0]


def _only_objects(ctx: DocContext, start: int, end: int) -> bool:
    """Whether text[start:end] names models, each one a comparison or a derivation takes as its object, and no
    company."""
    named = ctx.models_in(start, end)
    return bool(named) and not ctx.any_not_compared(named, start) and not ctx.orgs_in(start, end)


def _in_aside(ctx: DocContext, raw: RawTime) -> bool:
    """Whether `raw` stands in a participle's aside after a comma ("The company, founded in 2021 by …, now has …")."""
    start = ctx.clause(raw.start)[0]
    return start > 0 and ctx.text[start - 1] in ",，" and _PARTICIPLE.match(ctx.text, start) is not None


def _title_line(ctx: DocContext) -> int | None:
    """Index of a plain text's title line (DocContext.first_line), when short and not ended as a sentence."""
    first = ctx.first_line()
    if first is None:
        return None
    line = ctx.text[first[0] : first[1]].rstrip()
    if len(line) > 60 or line[-1] in _TITLE_END or _LIST_ITEM.match(line):
        return None
    return bisect.bisect_right(ctx.line_starts, first[0]) - 1


# Where a thing was put out is no actor: "在Hugging Face上开源", "released on GitHub", "via Microsoft's Azure",
# "posted it to Hugging Face" (nor whom it went to).
# (or "在Hugging Face开源。": a verb that ends the clause after it; "在阿里开源Qwen后" is a time)
_PLATFORM_AFTER = re.compile(r"\s*(?:上|平台|社区|官网|(?:开源|上线|上架)(?=\s*(?:[，。；,.;!！]|$)))", re.M)
# (or its product there, named after it: "在亚马逊Bedrock、谷歌Vertex AI和微软Foundry上线", "在阿里云百炼平台上线";
# each of a list of them after 在)
_PRODUCT_AFTER_ZH = regex.compile(r"[ \t]?(?:[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*){0,2}[ \t]?(?:平台|上|中|[、和及]|以及)"
                                  r"|\p{Han}{2,4}?(?:平台|上线|上架))")
_LISTED_AFTER_ZH = ("、", "和", "及", "以及")
_CLAUSE_ENDS = ("。", ",", ";", "\n")  # (normalized text writes "，" and "；" so)
_PLACE_REACH = 60  # characters from 在 to a later item of its list


# A company's conference after "at", "在" or "的" is where a thing is shown, its host no actor (unlike "谷歌在I/O大会上
# 发布…", the company before it)
_AT_VENUE = (" at", " at the", "的", "在", "於", "于")
_VENUE_AFTER = re.compile(r"[ \t]*(?:GTC|I/O|WWDC|Build|Ignite|DevDay|re:Invent|World|Cloud[ \t]+Next|Connect|云栖大会"
                          r"|(?:开发者)?大[会會]|峰[会會]|[Cc]onference|[Ss]ummit)(?![A-Za-z])")


# (where a model is put, each of a list of them: "on Mistral La Plateforme and Amazon SageMaker")
_PLATFORM_WORDS = ("on", "via", "through", "to", "onto")
# (a union a thing is in, where it stands: "became available in the EU", "rolled out across the EU")
_IN_PLACE = ("in", "across", "throughout", "outside", "within")
_BOARD_AFTER = regex.compile(r"[ \t]*(?:\p{Han}{0,3}?(?:排行榜|榜单|榜)|(?i:trending|leaderboard)\b)")
_PLATFORM_NOUNS = r"(?:platform|app|API|console|cloud|marketplace|store)\b"
_PLATFORM_NOUN = re.compile(rf"[ \t]+{_PLATFORM_NOUNS}")
# ("on Mistral La Plateforme and Amazon SageMaker", "on the Cohere platform and Hugging Face")
_PLATFORM_ITEM = (rf"(?:the[^\S\n]+)?(?!(?:{EN_WEEKDAY}|{MONTH_NAME})\b)[A-Z][\w.'’-]*(?:[^\S\n][A-Z][\w.'’-]*){{0,3}}"
                  rf"(?:[^\S\n]+{_PLATFORM_NOUNS})?")
_PLATFORM_JOIN = r"(?:,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+|,[^\S\n]+(?:and|or)[^\S\n]+)"
_LISTED_PLATFORMS = re.compile(rf"\b(?:{'|'.join(_PLATFORM_WORDS)})[^\S\n]+(?:{_PLATFORM_ITEM}{_PLATFORM_JOIN})+$")
# (the places it comes to next, after "with": "available on Amazon SageMaker today, with Google Cloud Vertex AI and
# Azure AI Foundry coming soon")
_COMING_WITH = re.compile(rf"with[^\S\n]+(?:{_PLATFORM_ITEM}{_PLATFORM_JOIN})*{_PLATFORM_ITEM}"
                          r"[^\S\n]+(?:coming|arriving|to[^\S\n]+follow|following)\b")


_HOSTED_AFTER = (" repo ", " repository ", " page ", " model page", " model card", " hub ", "仓库", "主页", "页面")


def is_platform(text: str, org: OrgMention) -> bool:
    """Whether `org` is named as where something stands or is put (a hub, a board, a store, a conference's host), not
    as an actor (models' facts ask it too: "Hugging Face趋势榜第一：Kimi-K2-Thinking" names no maker)."""
    if text[org.end : org.end + 4].lstrip().startswith(("上的", "下载", "的下载")) \
            or text.startswith((" downloads", " download count"), org.end):
        return True  # (what stands on it: "Hugging Face上的下载量第一周就超过了10万次", "Hugging Face下载量")
    if text.startswith(_HOSTED_AFTER, org.end):
        return True  # (a page or a repository it hosts: "The Hugging Face repo moonshotai/Kimi-K2-Thinking")
    if ("榜" in text[org.end : org.end + 6] or text.startswith((" trending", " leaderboard"), org.end)) \
            and _BOARD_AFTER.match(text, org.end) is not None:
        return True  # (a board it keeps: "登上Hugging Face趋势榜第一", "tops the Hugging Face trending list")
    before = text[max(0, org.start - 16) : org.start].rstrip()
    if before.endswith(_AT_VENUE) and match_at(_VENUE_AFTER, text, org.end) is not None:
        return True  # (the host of where it is shown: "将于3月的NVIDIA GTC大会上发表", "presented at NVIDIA GTC")
    if before.endswith("在"):
        return _PLATFORM_AFTER.match(text, org.end) is not None \
            or match_at(_PRODUCT_AFTER_ZH, text, org.end) is not None
    if before.endswith(_LISTED_AFTER_ZH) \
            and (at := text.rfind("在", max(0, org.start - _PLACE_REACH), org.start)) != -1 \
            and not contains_any(text, _CLAUSE_ENDS, at, org.start) \
            and match_at(_PRODUCT_AFTER_ZH, text, org.end) is not None:
        return True  # (a later one of the list of places: "在Claude应用、API以及亚马逊Bedrock…上线")
    words = before.split()
    if words and (words[-1] in ("with", "and", "or", "&") or before.endswith(",")) \
            and (opens := text.rfind("with", max(0, org.start - 80), org.start)) != -1 \
            and (coming := _COMING_WITH.match(text, opens)) is not None and coming.end() > org.end:
        return True
    if (words and words[-1] in ("and", "or", "&")) or before.endswith(","):
        # (one of several: "available on Mistral La Plateforme and Amazon SageMaker", "coming to IBM watsonx, NVIDIA
        # NIM"; not "On Tuesday, Google …")
        return _LISTED_PLATFORMS.search(text, max(0, org.start - 80), org.start) is not None
    # (or where it is made available: "made Claude available in Microsoft Foundry"; "on the Cohere platform"; "in the
    # EU")
    return bool(words) and (words[-1] in _PLATFORM_WORDS
                            or (words[-1] == "in" and len(words) > 1 and words[-2] == "available")
                            or (words[-1] == "the" and len(words) > 1 and (
                                words[-2] in _IN_PLACE
                                or (words[-2] in _PLATFORM_WORDS and _PLATFORM_NOUN.match(text, org.end) is not None))))


# Where people came from is no actor: "founded by former Google DeepMind and Meta researchers", "前阿里员工创立"
# (not "Google researchers introduced …", nor 此前阿里).
_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:[A-Z][\w-]*\s+){0,3}?(?:and\s+)?$", re.I)
# (and its officers: "前OpenAI首席技术官Mira Murati创立的…", a person's former employer)
_STAFF_AFTER = re.compile(r"\s*(?:的)?(?:员工|研究员|工程师|高管|首席(?:技术|执行|运营|财务|产品|信息|科学)官"
                          r"|首席科学家|(?:联合)?创始人|CEO|CTO|(?:副)?总裁)")


# (after 由: "由阿里巴巴领投", "由腾讯、红杉等机构共同投资")
_INVESTS_AFTER = re.compile(r"(?:[、和与及][^，,。；;\n]{1,20}?)?(?:等)?(?:机构|公司)?(?:共同|联合)?"
                            r"(?:领投|跟投|参投|投资|注资)")
# Who backs the actor is no actor: "Anthropic, backed by Amazon and Alphabet, was valued at …" (nor one listed with it)
_BACKER = re.compile(r"\b(?:backed|funded|owned|financed|supported)\s+by\s+(?:[A-Z][\w.-]*\s+(?:and\s+)?)?$")


# Nor is the company of a person whose own thing the sentence is about: "OpenAI co-founder Ilya Sutskever's startup …"
_ROLE_OF = re.compile(r"\s+(?:co-?founder|founder|CEO|CTO|chief\s+[a-z]+(?:\s+officer)?|(?:former\s+)?researcher)"
                      r"\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s\s")


def _affiliation(text: str, org: OrgMention) -> bool:
    if text[org.end : org.end + 1] == " " and _ROLE_OF.match(text, org.end, org.end + 64) is not None:
        return True
    before = text[max(0, org.start - 40) : org.start]
    # (the words first, found in C: the pattern, searched from every position of the window, cost 18 M
    # instructions on 80 corpus files)
    low = before.lower()
    if ("former" in low or "ex-" in low) and _FORMER.search(before) is not None:
        return True
    if " by " in low and _BACKER.search(before) is not None:
        return True
    before = before.rstrip(" \t")  # (spaced from a Latin name, as many write Chinese: "前 OpenAI 首席技术官")
    if before.endswith("由") and _INVESTS_AFTER.match(text, org.end) is not None:
        return True  # ("完成6亿美元A轮融资，由阿里巴巴领投": the investor, not who raised)
    return before.endswith("前") and _STAFF_AFTER.match(text, org.end) is not None


def _acting_orgs(ctx: DocContext, start: int, end: int) -> list[OrgMention]:
    return [o for o in ctx.orgs_in(start, end) if not is_platform(ctx.text, o) and not _affiliation(ctx.text, o)
            and not _partner(ctx.text, start, o) and not _told_by(ctx.text, o.start, o.end)
            and not _dealt_with(ctx.text, o) and not _spun_from(ctx.text, o)]


# Where a company was spun out from is no actor: "Founded in 2019 as a spin-off from Tsinghua University, Zhipu AI …"
_SPUN_FROM = re.compile(r"\b(?:spin-?(?:off|out)\s+(?:from|of)|spun\s+(?:out|off)\s+(?:of|from)|offshoot\s+of)\s+"
                        r"(?:the\s+)?$", re.I)
_SPUN_LAST = ("from ", "of ", "the ")  # (the words right before the company, tested in C first: most follow none)


def _spun_from(text: str, org: OrgMention) -> bool:
    lo = max(0, org.start - 32)
    return text.endswith(_SPUN_LAST, lo, org.start) and _SPUN_FROM.search(text, lo, org.start) is not None


# A company a deal or a suit is made on, after its verb, is no actor: "Cognition acquired Windsurf in July", "The New
# York Times sued OpenAI and Microsoft in December 2023" (the acquirer, the plaintiff act; unknown, none does)
_DEALT_WITH = re.compile(r"\b(?:acquir(?:ed|es|ing)|b(?:ought|uys|uying)|su(?:ed|es|ing)|to\s+(?:acquire|buy|sue))\s+"
                         r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s*(?:,\s*|\s+and\s+|\s*&\s*))*$")
_DEALT_WORDS = ("cqui", "ought", "uy", "su")  # (found in C first)


def _dealt_with(text: str, org: OrgMention) -> bool:
    lo = max(0, org.start - 48)
    return contains_any(text, _DEALT_WORDS, lo, org.start) and _DEALT_WITH.search(text, lo, org.start) is not None


# Where a reporter learned the news is no actor: "记者20日从工业和信息化部获悉，…大模型当日正式开源"
_LEARNED_WORDS = ("获悉", "了解到", "得知")
_LEARNED = re.compile(rf"[^，。；,;\n]{{0,8}}?(?:{'|'.join(_LEARNED_WORDS)})")


# (a regulator a model is filed with or approved by: "通过国家互联网信息办公室生成式人工智能服务备案", "获网信办批准")
_FILED_WITH = ("通过", "获得", "获", "经", "经过", "向")
_FILED_WITH_LAST = frozenset(word[-1] for word in _FILED_WITH)


def _told_by(text: str, start: int, end: int) -> bool:
    """Whether the organization at text[start:end] is where the news was learned, what it follows, what sways the
    actor or what it is filed with, not who acts ("从工信部获悉", "根据国务院办公厅通知，2026年元旦放假…", "受DeepSeek
    影响，…", "通过网信办备案")."""
    return (text[start - 1 : start] == "从" and match_at(_LEARNED, text, end) is not None) \
        or text.endswith(("根据", "按照", "依据"), max(0, start - 2), start) \
        or (text[start - 1 : start] in _FILED_WITH_LAST and text.endswith(_FILED_WITH, max(0, start - 2), start)) \
        or (text[start - 1 : start] == "受" and match_at(_SWAYED_BY, text, end) is not None)


# (nor what the actor is swayed by: "受DeepSeek影响，英伟达股价单日下跌17%")
_SWAYED_BY = re.compile(r"[^，。；,;\n]{0,6}?(?:影响|冲击|带动|推动|启发)")


# A company a thing is done with, after the verb, is not who does it: "was announced in February 2024 together with a
# partnership with Microsoft", "developed in collaboration with NVIDIA" (its subject, before it, acts: not "Microsoft,
# in partnership with OpenAI, …", where it stands first)
_PARTNER_BEFORE = re.compile(r"\b(?:partnership|collaboration|cooperation|alliance|deal|agreement|partnered"
                             r"|teamed\s+up)\s+with\s+(?:the\s+)?$")


_SUBJECT_REACH = 24  # characters from the clause's start within which a company is its subject


def _partner(text: str, start: int, org: OrgMention) -> bool:
    return org.start - start > _SUBJECT_REACH and text.find("with", org.start - 8, org.start) != -1 \
        and _PARTNER_BEFORE.search(text, max(start, org.start - 40), org.start) is not None


# A product a model is offered through is no actor: "made publicly available via the paid chatbot product ChatGPT Plus"
# (or that its users are: "available to ChatGPT Pro subscribers")
# (within its line: not "# Claude through the years" over "Anthropic introduced Claude …")
# ("roll out GPT-5.1 across Copilot")
_VIA = re.compile(r"\b(?:via|through|across|(?i:available)(?:\s+(?:today|now))?\s+(?:to|for|in)|live\s+(?:in|on))"
                  r"[^\S\n]+"
                  r"(?:(?:the|a|an|its|their)"
                  # ("goes live in Qwen Chat"; not past what it stands beside: "available in the API alongside Gemini 3
                  # Pro, which launched …")
                  r"[^\S\n]+)?(?:(?!(?:alongside|beside|besides|with|and|or|including|like)\b)[\w-]+[^\S\n]+){0,3}$")


# (a product a model comes to: "该模型将于下月登陆腾讯元宝", "接入微信"; or leaves, "retire GPT-4 from ChatGPT";
# read off the characters before it: a pattern searched there for every model cost more than the rest of the test)
_COMES_TO = ("登陆", "登录", "接入", "入驻", "集成到", "集成至", "集成进", "上线到", "上线至", "上架到", "上架至")


# (the thing brought between: "is bringing Gemini 2.5 Flash to the Gemini app", "ships GPT-5.1 … to ChatGPT")
_COMES_TO_EN = re.compile(r"\b(?:com(?:e|es|ing)|came|arriv(?:e|es|ing|ed)|roll(?:s|ing|ed)?[ \t]+out"
                          r"|(?P<brings>integrated|added|adds|adding|brought|bring(?:s|ing)?|ship(?:s|ped|ping)?"
                          r"|deploy(?:s|ed|ing)?|replac(?:e|es|ed|ing)))"  # ("will replace o1 in ChatGPT next week")
                          r"[ \t]+(?P<thing>(?:[^,.;:!?\n]|\.(?=\d)){1,60}?[ \t]+)?"
                          r"(?:soon[ \t]+)?(?:to|in|into)[ \t]+(?:the[ \t]+)?$")
# (a product a model is part of, after its name: "the Gemini app", "ChatGPT users")
_PRODUCT_AFTER = re.compile(r"[ \t]+(?:apps?|chatbot|assistant|API|platform|users|subscribers)\b")


# (a model's own day in parentheses after it: "went from Gemini 2.5 Pro (March 25) to Gemini 3 Pro (November 18)")
_OWN_DAY_AFTER = re.compile(rf"[ \t]*[(（][ \t]*(?:(?:19|20)\d\d|\d{{1,2}}月|(?:{MONTH_NAME})\.?[ \t]+\d)")


def _offered_through(ctx: DocContext, model: ModelMention) -> bool:
    text = ctx.text
    lo = max(0, model.start - 40)  # (the words found in C first: most models have neither before them)
    before = text[max(0, model.start - 6) : model.start].rstrip()
    if before.endswith(_COMES_TO) or (before.endswith("from") and not before[-5:-4].isalpha()
                                      and match_at(_OWN_DAY_AFTER, text, model.end) is None):
        return not (before.endswith("接入") and _taken_in(ctx, model))
    if before.endswith((" to", " in", " into", " the")) \
            and (comes := _COMES_TO_EN.search(text, max(0, model.start - 90), model.start)) is not None:
        # ("is coming to Copilot later this year", "rolling out in the Gemini app"; not a model a feature is brought
        # to, which is the news's: "added native image generation to GPT-4o")
        return comes.group("brings") is None or comes.group("thing") is None \
            or bool(ctx.models_in(*comes.span("thing"))) or match_at(_PRODUCT_AFTER, text, model.end) is not None
    return (text.find("via", lo, model.start) != -1 or text.find("through", lo, model.start) != -1
            or text.find("vailable", lo, model.start) != -1 or text.find("live", lo, model.start) != -1
            or text.find("across", lo, model.start) != -1) \
        and _VIA.search(text, lo, model.start) is not None


def _taken_in(ctx: DocContext, model: ModelMention) -> bool:
    """Whether `model` after 接入 is what a product its clause's subject names no model of takes in
    ("小爱同学将在12月底前全面接入MiMo-V2"), not the product a model comes to ("Bar-2正式接入微信"; nor one with no
    subject, "，接入谷歌Foo模型")."""
    start = ctx.clause(model.start)[0]
    subject = ctx.text[start : ctx.text.rfind("接入", start, model.start)]
    return len(subject.strip()) >= _SUBJECT_SHORTEST and not ctx.models_in(start, model.start)


_SUBJECT_SHORTEST = 2  # characters of a subject before 接入 (one is a word joined to it: "已接入")


# A model that describes another thing is no actor: "通义千问GPT-4级主力模型Qwen-Long", "a GPT-4-class model"; nor
# the family another is of ("是GPT系列的第四代模型")
_CLASS_AFTER = re.compile(rf"[ \t-]?(?:级|水平|系列的|(?:{DESCRIBING})\b)")
# nor one whose users the news is for ("releasing GPT-5 … to all ChatGPT users today", "向ChatGPT Plus用户开放"; not
# "文心一言用户数突破2亿", "ChatGPT users doubled")
_USERS_AFTER = re.compile(r"[ \t]*(?:(?:Pro|Plus|Team|Enterprise|Free|Edu)[ \t]+)?(?:users|subscribers|customers)\b"
                          r"|用户")
_USERS_BEFORE = re.compile(r"(?:\b(?:to|for)\s+(?:all\s+|its\s+|paying\s+|every\s+)?|向|面向)$")


def _acting_models(ctx: DocContext, start: int, end: int) -> list[ModelMention]:
    """The models of text[start:end] that may act: not a class, nor one for its users, nor what a model is offered
    through or comes to ("…, is coming to Copilot later this year")."""
    text = ctx.text
    return [m for m in ctx.models_in(start, end) if not match_at(_CLASS_AFTER, text, m.end)
            and not (match_at(_USERS_AFTER, text, m.end) and _USERS_BEFORE.search(text, max(0, m.start - 20), m.start))
            and not _offered_through(ctx, m)
            and not (ctx.tables and ctx.any_header(_REPLACEMENT_HEAD) and _replacement_cell(ctx, m))]


# A table's column of what takes a model's place ("| Shutdown date | Model | Recommended replacement |"): no actor of
# the row's news
_REPLACEMENT_HEAD = re.compile(r"(?i:replacement|successor|alternative|migrate|instead)|替代|替换|迁移|接替")


def _replacement_cell(ctx: DocContext, model: ModelMention) -> bool:
    head = ctx.header_over(model.start)
    return head is not None and _REPLACEMENT_HEAD.search(head.text) is not None


def _released_of(text: str, raw: RawTime, model: ModelMention) -> bool:
    """Whether the date `raw` is of `model`'s release in the attributive clause right before it (_RELEASED_OF), however
    set beside another: "与去年12月发布的DeepSeek-V3相比"."""
    return raw.end < model.start and (done := match_at(_RELEASED_OF, text, raw.end)) is not None \
        and done.end() == model.start


# A clause of what a thing can run or serve, which names no actor: "，可支持DeepSeek-R1的推理", ", able to run Foo-3"
_CAN_RUN = re.compile(r"[ \t]*(?:可|能|能够|可以)?(?:支持|运行|部署|适配|兼容|承载)|[ \t]*(?:capable\s+of|able\s+to)\s+"
                      r"(?:run|serv|host)")


# Models named as going along with what the clause is about: "released on April 16, alongside o4-mini"
_ALONGSIDE_WORDS = r"(?:alongside|along\s+with|together\s+with)"
# (in Chinese, "与B一同": the word before the companion and the one after it)
_WITH_ZH = ("与", "和", "跟", "同")
_TOGETHER_ZH = ("一同", "一起", "一并", "同时", "同步")
_ALONGSIDE = re.compile(rf"\b{_ALONGSIDE_WORDS}\s+(?:(?:the|its)\s+)?$")


# and in the clause right after the date's, when no other date comes first: "o3 was announced on December 20 and
# released on April 16, 2025, alongside o4-mini" (both released then)
_ALONGSIDE_NEXT = re.compile(rf"[ \t]*{_ALONGSIDE_WORDS}\s")


def _with_companion(ctx: DocContext, span: tuple[int, int], after: DatedMention | None) -> tuple[int, int]:
    if span[0] > 1 and ctx.text[span[0] - 1] in ",， \t" and _ALONGSIDE_NEXT.match(ctx.text, span[0]) is not None:
        # ("Meta, along with Microsoft, released Llama 2 …": the subject before its companion)
        stop = span[0]
        while stop > 0 and ctx.text[stop - 1] in ",， \t":
            stop -= 1
        left = ctx.clause(stop - 1)[0]
        orgs = ctx.orgs_in(left, stop)
        if orgs and not ctx.text[left : orgs[0].start].strip(_LEAD_MARKS) and orgs[-1].end == stop:
            return left, span[1]
    if ctx.text[span[1] - 1 : span[1]] not in (",", "，") or _ALONGSIDE_NEXT.match(ctx.text, span[1]) is None:
        return span
    end = ctx.clause(span[1])[1]
    return span if after is not None and after.raw.start < end else (span[0], end)


# and a list that the date's clause opens, after its comma: "we launched GPT-4.1, GPT-4.1 mini and GPT-4.1 nano" (the
# clause ended at the first comma)
_LIST_AND = re.compile(r"[ \t]*(?:(?:and|or|&)[ \t]+|(?:和|与|及)[ \t]*)")
# What may follow a list's last item: its clause's end, a preposition or an adverb, Chinese; not a verb of its own
# ("Acme released Foo-2, and Bar-3 followed in June": Bar-3 is no item)
_LIST_END = re.compile(r"[ \t]*(?:[,.;:!?)\]]|\n|$|[^\x00-\x7f]|(?:in|on|at|to|for|with|via|under|through|today"
                       r"|yesterday|this|last|as|from|into|models?|and|—|-)\b)")
_LIST_ITEMS = 8  # at most, after the first
_ASYNDETIC_END = re.compile(r"[ \t]*(?:\n|$|[.;。；](?:\s|$))")


# (or a plural noun for the models, the list in apposition to it: "OpenAI released two open-weight models, A and B")
_MODELS_NOUN = regex.compile(r"\b(?:models|versions|variants)[ \t]*,")


# (or a series' members after it: "发布了Claude 4系列，包括Opus 4和Sonnet 4", "the Foo-3 family, including A and B")
_SERIES_WORDS = "系列|家族|series|family|lineup|herd|suite|generation"  # ("the Llama 4 herd, A and B")
_SERIES_NOUN = re.compile(rf"[ \t]*(?:{_SERIES_WORDS})(?:的?(?:大模型|模型)|[ \t]+of[ \t]+models)?[ \t]*")
_INCLUDING = re.compile(r"[ \t]*(?:包括|包含|including|namely)[ \t:]*")
_KIND_NAMED = re.compile(rf"{_SERIES_WORDS}|\bmodels\b|模型")  # (the kind a list after "including" gives members of)


_ITEM_APPOSED = re.compile(rf"[ \t]*(?:a|an)[ \t]+{IN_CLAUSE}{{1,48}}?\b(?:model|LLM|version|variant)s?[ \t]*,")


def _with_listed(ctx: DocContext, span: tuple[int, int], after: DatedMention | None) -> tuple[int, int]:
    start, end = span
    text = ctx.text
    if text[end - 1 : end] != "," or (
            (not (named := ctx.models_in(start, end))
             or ((gap := text[named[-1].end : end - 1]).strip() and not _SERIES_NOUN.fullmatch(gap)))
            and not (text[end - 2 : end - 1] in "sS \t" and _MODELS_NOUN.search(text, max(start, end - 12), end))
            # (or a family's members after its clause's date: "unveiled its Nova family of models at re:Invent on
            # December 3, including Nova Micro, …")
            and not (match_at(_INCLUDING, text, end) and _KIND_NAMED.search(text, start, end))):
        return _listed_before(ctx, span)
    limit = after.raw.start if after is not None else len(text)
    pos = including.end() if (including := match_at(_INCLUDING, text, end)) is not None else end
    for _ in range(_LIST_ITEMS):
        if (apposed := match_at(_ITEM_APPOSED, text, pos)) is not None:
            pos = apposed.end()  # (past what the item before is: "released A, a 24B open model, and B")
        item = ctx.models_in(pos, pos + 64)
        if not item or item[0].end > limit:
            return span
        joined = text[pos : item[0].start].strip()
        if joined in ("and", "or", "和", "及", "与", "以及", "或"):  # (", and C": the last)
            return (start, item[0].end) if match_at(_LIST_END, text, item[0].end) else span
        if joined:
            return span
        closing = _closing_item(ctx, item[0].end)
        if closing is not None and closing.end <= limit:
            return (start, closing.end) if match_at(_LIST_END, text, closing.end) else span  # ("B and C")
        if text[item[0].end : item[0].end + 1] not in (",", "、"):  # (a Chinese list's mark too: "包括A、B和C")
            # (or a list without "and" that ends its line or sentence: a slide's "Feb: Grok 3, Claude 3.7 Sonnet,
            # GPT-4.5")
            return (start, item[0].end) if match_at(_ASYNDETIC_END, text, item[0].end) else span
        pos = item[0].end + 1
    return span


def _closing_item(ctx: DocContext, pos: int) -> ModelMention | None:
    """The model that closes a list right after `pos`, after its "and" ("… B and C", "B和C")."""
    last = match_at(_LIST_AND, ctx.text, pos)
    closing = ctx.models_in(last.end(), last.end() + 1) if last is not None else []
    return closing[0] if closing and last is not None and closing[0].start == last.end() else None


def _listed_before(ctx: DocContext, span: tuple[int, int]) -> tuple[int, int]:
    """... and the list's first items before the clause that its last two open: "OpenAI launched GPT-4.1, GPT-4.1 mini
    and GPT-4.1 nano on April 14, 2025" (the date's clause opened at the last comma)."""
    start, end = span
    text = ctx.text
    opens = start
    while opens < end and text[opens] in " \t\n":
        opens += 1  # (where its first word starts)
    first = ctx.models_in(opens, opens + 1)
    if not first or _closing_item(ctx, first[0].end) is None:
        return span
    sent_start = ctx.sentence(start)[0]
    for _ in range(_LIST_ITEMS):
        comma = start - 1
        while comma > sent_start and text[comma] in " \t\n":
            comma -= 1  # (the comma before the item, past its blanks)
        if comma <= sent_start or text[comma] != ",":
            break
        left = ctx.clause(comma)[0]
        named = ctx.models_in(left, comma)
        if not named or text[named[-1].end : comma].strip():
            break
        start = left
        if text[left:comma].strip() != named[-1].text:
            break  # (the list's first item, after its verb)
    return start, end


# (a company's figure that a period is of, right after it)
# (or its report: "科大讯飞2025年半年度报告")
_FIGURE_PERIOD = regex.compile(r"[ \t]*(?:全年|半年度|年度|中期|的)?[ \t]*(?:营收|营业收入|总收入|收入|净利润?"
                               r"|利润|毛利|报告|财报|年报|半年报|业绩"
                               r"|出货量?|销量|销售额|(?i:revenue|sales|net\s+income|profits?|earnings|shipments)\b)")
_FISCAL_AFTER = re.compile(r"\s+of\s+(?:fiscal|FY)|\s*财年")  # (a fiscal year's quarter, its year not the calendar's)
# A Chinese attributive clause of release, its verb then 的 ("Meta于去年发布的", "去年發表的": 发表 as Taiwan writes it)
_RELEASED_DE = rf"(?:{RELEASED}|发表)(?:了)?的"
# (the model after it spaced from it too: "发布的 Llama 3.2")
_MADE_OF = regex.compile(rf"[ \t]*(?:于|在)?[^，。,；;！？\n]{{0,12}}?{_RELEASED_DE}[ \t]*")
_RELEASED_OF = regex.compile(rf"[ \t]*(?:正式|首次)?{_RELEASED_DE}[ \t]*")


def _member_named(member: ModelMention, family: ModelMention) -> bool:
    """Whether `member` is another model of `family`, by its canonical name or as written ("Tencent Hunyuan released
    HunyuanImage 3.0": the family's canonical is 混元)."""
    return member.canonical != family.canonical \
        and (member.canonical.startswith(family.canonical) or member.text.startswith(family.text))


def _relative_owner(ctx: DocContext, span: tuple[int, int], raw: RawTime) -> tuple[int, int]:
    """The span from the model (or the company) a relative clause that holds the date is about: "Foo-7 beats Foo-6,
    which we released in May" tells of Foo-6 alone."""
    own = ctx.clause(raw.start)[0]
    # (from the sentence's start: a span that found its actor after the clause starts at it, "Meta's Llama 4, which
    # dropped in early April, disappointed: Scout …")
    first = min(span[0], ctx.sentence(raw.start)[0])
    named = ctx.models_in(first, own) if own > first else []
    if named and (rel := match_at(RELATIVE_CLAUSE, ctx.text, named[-1].end)) is not None \
            and ctx.clause(rel.end())[0] == own and own <= raw.start:
        # (up to the clause's end)
        return named[-1].start, min(span[1], ctx.clause(raw.start)[1])
    # (a Chinese attributive clause that holds the date is of the model after its 的, and of the maker before the date:
    # "Breeze 2以Meta于去年发布的Llama 3.2为基础训练" tells of Llama 3.2, Meta's, last year)
    if ctx.text.find("的", raw.end, raw.end + 8) != -1 \
            and (done := match_at(_RELEASED_OF, ctx.text, raw.end)) is not None \
            and (after := ctx.model_at(done.end())) is not None:
        makers = ctx.orgs_in(max(span[0], raw.start - 24), raw.start)
        maker = makers[-1] if makers and ctx.text[makers[-1].end : raw.start].strip() in ("", "于", "在") else None
        return (maker.start if maker is not None else raw.start), after.end
    # (a company's, of it alone up to the clause's end: "Anthropic, which was last valued at $183 billion after a
    # funding round in September, said Foo-4.5 is …" tells nothing of Foo-4.5 in September)
    makers = ctx.orgs_in(first, own) if own > first and not named else []
    if makers and (rel := match_at(RELATIVE_CLAUSE, ctx.text, makers[-1].end)) is not None \
            and ctx.clause(rel.end())[0] == own and own <= raw.start:
        return makers[-1].start, min(span[1], ctx.clause(raw.start)[1])
    return span


_MEMBERS_ZH = re.compile(r"[ \t]*大?模型(?:旗下|的)?(?:[^，。,；;、和与及\n\d]{0,6}?模型)?[ \t]*")
_KIN_OF = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{KIN})\b[ \t]*,?[ \t]*")
# (in Chinese: a successor, made by the same maker, or a rival)
_KIN_OF_ZH = re.compile(r"的(?:(?P<next>下一代|新一代|继任者|后继者?|后续|升级版)|竞品|竞争对手|对手)"
                        r"(?:版本|模型|产品)?[ \t]*[，,]?[ \t]*")


_DATE_RIGHT_AFTER = re.compile(r"[ \t]+(?:in|on)[ \t]+|[ \t]*[(（][ \t]*")
_A_DATE = re.compile(rf"\b(?:(?:19|20)\d\d|{MONTH_NAME}|today|yesterday|{EN_WEEKDAY})\b")


# A thing named by a noun alone after a preposition, that a clause with the date is about ("…, the second release of
# the reasoning family it introduced in June", "a successor to the model they launched last year"): the date is that
# thing's, not of the models named before it (an apposition's noun is the model's: "Foo-V3, a 671-billion-parameter
# model the company released on December 26")
_UNNAMED_HEAD = re.compile(
    r"\b(?:of|to|from|than|over|with)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:family|series|line(?:up)?|models?|version|generation)"
    r"\s+(?:that\s+|which\s+)?(?:it|they|the\s+(?:company|firm|startup|lab)|[A-Z][\w.-]*(?:\s+AI)?)"
    r"\s+(?:first\s+|originally\s+)?[a-z]+ed(?=\s)")


def _unnamed_head(text: str, start: int, date_at: int) -> int | None:
    """Where such a noun's phrase starts from `start` on, when the date at `date_at` follows its clause's verb; else
    None."""
    heads = list(_UNNAMED_HEAD.finditer(text, start, date_at))
    return heads[-1].start() if heads and _TO_DATE.fullmatch(text, heads[-1].end(), date_at) else None


def _actors(ctx: DocContext, start: int, end: int, date_at: int = -1) -> tuple[list[str], str | None]:
    """The models and the organization that act in text[start:end]; past the date at `date_at`, not those a span of
    time is counted from ("It was released on July 24, one day after Meta's Llama 3.1": not Meta's; but "Three weeks
    after GPT-5's August 7 debut" is GPT-5's, the date in its phrase)."""
    named = _past_date_counted_from(ctx, _acting_models(ctx, start, end), start, date_at)
    if named and ", " in ctx.text[start:end]:
        named = [m for m in named if not _in_subject_aside(ctx, m, date_at)]
    if date_at >= 0 and named and named[0].start < date_at:
        named = [m for m in named if m.start > date_at or not _in_closed_aside(ctx.text, m, date_at)]
        if named and (unnamed := _unnamed_head(ctx.text, named[0].end, date_at)) is not None:
            named = [m for m in named if m.start > unnamed]
    if date_at >= 0 and len(named) > 1 and (by := ctx.text.rfind(" followed by ", start, date_at)) != -1 \
            and named[0].start < by < named[-1].start:
        named = [m for m in named if m.start > by]  # ("A (January 20) was followed by B on March 24": B's day)
    if named and ("along" in (before := ctx.text[(lo := max(start, named[0].start - 24)) : named[0].start])
                  or "together" in before) and _ALONGSIDE.search(ctx.text, lo, named[0].start) is not None:
        # (only a companion: the clause goes on about its sentence's subject, "o3 was announced on December 20 and
        # released on April 16, alongside o4-mini"; or, none named before it, about its line's, as an answer about the
        # model its question asks of, "Q: When did Foo-3 Pro ship?" over "A: On June 17, together with Foo-3 Flash.",
        # or its heading's, "## Foo-3 Pro" over "Released on June 17, together with Foo-3 Flash.")
        sent_start = ctx.sentence(start)[0]
        subject = ctx.models_in(sent_start, start)
        if subject and not ctx.models_in(subject[0].end, start):
            named = [subject[0], *named]
        elif not subject and (asked := ctx.subject_model(start) or (
                _headed_subject(ctx, start, date_at) if date_at >= 0 else None)) is not None \
                and asked.canonical not in {m.canonical for m in named}:
            named = [asked, *named]
    elif len(named) == 1 and ctx.text[named[0].start - 1 : named[0].start] in _WITH_ZH \
            and ctx.text.startswith(_TOGETHER_ZH, named[0].end) and not ctx.models_in(ctx.sentence(start)[0], start) \
            and (asked := ctx.subject_model(start)) is not None and asked.canonical != named[0].canonical:
        # (a companion with the subject left out, in an answer about the model its question asks of: "问：Foo-3.2什么
        # 时候发布的？" over "答：2025年12月1日，与Foo-3.2-Speciale一同发布")
        named = [asked, *named]
    # (not a model whose kin the clause is about: "released Foo-4's successor, Bar-5" is Bar-5's news, named after it;
    # "豆包1.6的下一代版本将在11月上线", of a model not named, its maker's)
    successor_maker: str | None = None
    for i, m in enumerate(named):
        if (ctx.text.startswith(("'s ", "’s "), m.end) and (kin := match_at(_KIN_OF, ctx.text, m.end)) is not None) \
                or (ctx.text.startswith("的", m.end) and (kin := match_at(_KIN_OF_ZH, ctx.text, m.end)) is not None):
            after = ctx.models_in(kin.end(), kin.end() + 1)
            named = [*named[:i], *(after[:1] if after and after[0].start == kin.end() else []),
                     *(x for x in named[i + 1 :] if not after or x != after[0])]
            successor_maker = m.org if kin.re is _KIN_OF_ZH and kin.group("next") else None
            break
    # (not a family named right after its maker, the team that puts out a member: "腾讯混元于2月推出混元Turbo S",
    # "阿里通义千问发布Qwen2.5-Omni-7B")
    # (nor a bare family before the member the clause puts out: "视频生成模型可灵（Kling）于9月23日推出2.5 Turbo版本")
    head = named[0] if len(named) > 1 else None
    if head is not None and (any(o.end == head.start for o in ctx.orgs_in(max(0, head.start - 16), head.start))
                             or not any(ch.isdigit() for ch in head.canonical)) \
            and any(_member_named(m, head) for m in named[1:]):
        named = [m for m in named[1:] if m.canonical != head.canonical]
    elif head is not None and head.org is not None and not any(ch.isdigit() for ch in head.text) \
            and any(m.org == head.org and m.canonical != head.canonical for m in named[1:]) \
            and (match_at(_DROPPED_SUBJECT, ctx.text, head.end) is not None
                 or ((members := match_at(_MEMBERS_ZH, ctx.text, head.end)) is not None
                     and named[1].start == members.end())):
        # (or a brand that puts out a model of its maker's of another name: "腾讯混元发布HunyuanVideo 1.5",
        # "字节豆包发布Seedream 4.0", "Kimi发布K2 Thinking"; or whose members follow it: "文心大模型两大主力模型ERNIE
        # Speed、ERNIE Lite")
        named = [m for m in named[1:] if m.canonical != head.canonical]
    # (nor the product another model is offered in, when one is: "Foo-3 Flash replaces Foo-2.5 Flash in the Gemini app")
    if len(named) > 1 and (offering := ctx.not_offered(named, start)) and len(offering) < len(named):
        named = offering
    elif len(named) == 1 and (offered_for := _offered_alone(ctx, named[0], start)) is not None:
        # (a product alone in its clause as where the model is offered, past an aside on the subject's object: "Google
        # is making Foo-3 Flash, a faster version of Foo-3 Pro, the default model in the Gemini app starting today")
        named = [offered_for]
    elif len(named) == 1 and _located_channel(ctx.text, named[0]):
        named = []  # (the app the clause's left-out subject is put in: "今日起在Gemini App中向所有用户开放")
    # (not what a comparison names, "beats B", "a successor to B", unless a clause on it follows: "…, which …")
    kept = ctx.not_compared(named, start)
    models = [m.text for m in named if m in kept or _clause_on(ctx.text, m)]
    # (the date in such an aside is that model's alone: "Bar-4 beats Foo-9B, launched in May, on every test")
    # (and a date right after the model a first is counted since is its own, when the sentence dated its news before:
    # "When OpenAI released A on August 5, it was its first open-weight model since GPT-2 in 2019"; not "OpenAI shipped
    # its first open-weight models since GPT-2 in August 2025", nor "a suit filed against Meta over Llama 2 in July")
    aside = next((m for m in named if m not in kept and (
        _aside_holds(ctx, m, date_at)
        or (_DATE_RIGHT_AFTER.fullmatch(ctx.text, m.end, date_at) and ctx.text.endswith("since ", 0, m.start)
            and _A_DATE.search(ctx.text, ctx.sentence(m.start)[0], m.start) is not None))), None)
    if aside is not None:
        models = [aside.text]
    orgs = _past_date_counted_from(ctx, _acting_orgs(ctx, start, end), start, date_at)
    if orgs:
        # (not the owner of a model the clause compares with, "a new model … is ahead of Google's Gemini 3", nor the
        # maker of the chips something ran on, "trained on 3,000 Nvidia H200 chips")
        compared = [m for m in named if m not in kept]
        orgs = [o for o in orgs if not any(ctx.text[o.end : m.start] in _OWNS for m in compared)
                and match_at(_HARDWARE_AFTER, ctx.text, o.end) is None]
    if orgs and date_at >= 0:
        # (not the maker in an attributive clause on another model, when the date is not in it: "Breeze 2以Meta于去年
        # 发布的Llama 3.2为基础训练，预计下半年推出…")
        orgs = [o for o in orgs if ctx.text.find("的", o.end, o.end + 18) == -1  # (found in C first: most have none)
                or (made := match_at(_MADE_OF, ctx.text, o.end)) is None
                or o.end <= date_at < made.end() or ctx.model_at(made.end()) is None]
    if len(orgs) > 1:
        # (not a company whose unit follows it, the one that acts: "谷歌母公司Alphabet旗下的DeepMind于11月18日发布…",
        # "Google's DeepMind released …")
        orgs = [o for i, o in enumerate(orgs) if i + 1 == len(orgs)
                or (unit := match_at(_UNIT_AFTER, ctx.text, o.end)) is None or unit.end() != orgs[i + 1].start]
    if len(orgs) > 1 and "with" in ctx.text[max(start, orgs[0].start - 16) : orgs[0].start] \
            and _ALONGSIDE.search(ctx.text, max(start, orgs[0].start - 24), orgs[0].start) is not None:
        orgs = orgs[1:]  # (a companion first: "In July 2023, along with Microsoft, Meta released Llama 2")
    org: str | None = None
    gov = _government(ctx.text, start, orgs[0].start) if orgs and not named else None
    if gov is not None and not _told_by(ctx.text, gov.start(), gov.end()):
        org = gov.group(0)  # (a government before the companies it acts on: "The Commerce Department added
        # Zhipu to the Entity List on January 15")
    elif orgs and (maker := _maker_listed(ctx, named, kept, orgs, start)) is not None:
        org = maker.text
    elif orgs:
        first = orgs[0]
        org = first.text
        if (last := _last_joined(ctx.text, orgs)) > 0:
            org = ctx.text[first.start : orgs[last].end]  # "微软与英伟达", "Microsoft and OpenAI"
        elif len(orgs) > 1 and (maker := _maker_named(named, kept, orgs)) is not None \
                and (joints := list(_OTHER_CLAUSE.finditer(ctx.text, first.end, maker.start))) \
                and _ACTOR_LEAD.fullmatch(ctx.text, joints[-1].end(), maker.start) is not None:
            org = maker.text  # ("OpenAI expanded deep research … and Mistral released Le Chat's apps": Mistral; not
            # "由清华大学KEG实验室与智谱AI联合开源", both; nor the maker of what a clause after takes in, "苹果将于3月
            # 发布新版Siri，接入谷歌Gemini模型")
    else:
        gov = _government(ctx.text, start, end)
        if gov and not _told_by(ctx.text, gov.start(), gov.end()):
            org = gov.group(0)
    if org is None and models:
        # (the maker of a model the event is about, not of one it leaves out: "switch from GPT-4o to Claude 3.7 Sonnet";
        # none of models by several makers, "Feb: Grok 3, Claude 3.7 Sonnet, GPT-4.5")
        makers = {m.org for m in ctx.models_in(start, end) if m.org and m.text in models}
        return models, makers.pop() if len(makers) == 1 else None
    return models, org or successor_maker


# (between a company and its model: "Google's Gemini 3", "谷歌的Gemini 3", spaced "谷歌 的 Gemini 3")
_OWNS = ("'s ", "’s ", "的", " ", " 的 ", "的 ")
# (chips after their maker's name: "Nvidia H200", "AMD MI300X", "Nvidia Blackwell")
_HARDWARE_AFTER = re.compile(r"[ \t]+(?:G?[ABHL]\d{2,3}[A-Z]?|MI\d{3}X?|Blackwell|Hopper)s?(?![\w-])")


def _offered_alone(ctx: DocContext, model: ModelMention, start: int) -> ModelMention | None:
    """The model made what a clause tells, when `model`, the only one in it, is where it is offered ("the default model
    in the Gemini app"): the object before the aside the clause goes on after ("making Foo-3 Flash, a …, the
    default")."""
    if not ctx.text.endswith((",", ", "), 0, start) or ctx.not_offered([model], start):
        return None  # (the comma first: most clauses open after none, and the test of where a model is offered is dear)
    sent_start = ctx.sentence(start)[0]
    aside = ctx.text.rfind(",", sent_start, start - 2)
    before = [m for m in ctx.models_in(sent_start, aside) if m.end <= aside] if aside != -1 else []
    # (not what the lead built it on: "基于Gemini 3 Pro，…今日起在Gemini App中开放")
    return before[-1] if before and ctx.text.startswith(",", before[-1].end) \
        and ctx.any_not_compared(before[-1:], sent_start) else None


# (a product named as the place where something is put: "在Gemini App中", "in the ChatGPT app")
_IN_BEFORE = regex.compile(r"(?:在|于|(?<![A-Za-z])(?:in|on|via|through)\s+(?:the\s+)?)[ \t]*$")


def _located_channel(text: str, model: ModelMention) -> bool:
    return CHANNEL_AFTER.match(text, model.end) is not None \
        and _IN_BEFORE.search(text, max(0, model.start - 16), model.start) is not None


_ORGS_JOINED = ("与", "和", "及", "、")
_ORGS_ANDED = (" and ", " & ", ", and ")  # (an English list's last joint; its commas only before one: "A, B and C")
# (a company's unit or its parent after it: "字节跳动旗下火山引擎", "谷歌母公司Alphabet旗下的DeepMind")
_UNIT_AFTER = re.compile(r"[ \t]*(?:(?:母公司[^\s，。,；;]{1,16}?)?旗下的?|母公司|['’]s[ \t]+)[ \t]*")
_ORGS_LISTED = (*_ORGS_JOINED, ", ", *_ORGS_ANDED)  # (English lists' joints too)


def _last_joined(text: str, orgs: list[OrgMention]) -> int:
    """The index of the last company of the list the first of `orgs` opens, nothing but joints between them ("月之暗面、
    智谱、MiniMax接连发布…", "Microsoft and OpenAI reached …", "Google, Meta and OpenAI"), else 0; not a company in
    apposition after a comma alone ("Microsoft, OpenAI's largest backer, …")."""
    last = 0
    for i in range(1, len(orgs)):
        joint = text[orgs[i - 1].end : orgs[i].start]
        if joint in _ORGS_JOINED or joint in _ORGS_ANDED:
            last = i
        elif joint != ", ":  # (a company after a comma is the list's only when an "and" follows)
            break
    return last


def _maker_listed(ctx: DocContext, named: list[ModelMention], kept: list[ModelMention], orgs: list[OrgMention],
                  start: int) -> OrgMention | None:
    """Of companies listed together as a clause's subject (the list may open before the clause, "Google, Meta and
    Alibaba shipped new models: Gemini 2.5 Pro on March 25"), the one that made every model the clause is about, when
    its sentence names a model of another of them too (each its own; not a joint release, "微软与英伟达联合推出…")."""
    makers = {m.org for m in named if m in kept}
    if len(makers) != 1 or None in makers:
        return None
    text = ctx.text
    listed = [orgs[0]]
    for o in orgs[1:]:
        if text[listed[-1].end : o.start] not in _ORGS_LISTED:
            break
        listed.append(o)
    if len(listed) == 1 and not text.endswith(_ORGS_LISTED, 0, orgs[0].start):
        return None  # (one company, none listed right before it: most clauses)
    sent_start, sent_end = ctx.sentence(start)
    for o in reversed(ctx.orgs_in(sent_start, start)):  # (its part before the clause's comma)
        if o.end > listed[0].start or text[o.end : listed[0].start] not in _ORGS_LISTED:
            break
        listed.insert(0, o)
    maker = makers.pop()
    others = {o.canonical for o in listed} - {maker}
    if len(listed) < 2 or not any(m.org in others for m in ctx.models_in(sent_start, sent_end)):
        return None
    return next((o for o in listed if o.canonical == maker), None)


_DASH_WHICH = re.compile(r"[ \t]([—–])[ \t]+(?:which|whose)[ \t](?!.*[ \t][—–][ \t]+(?:which|whose)[ \t])")


def _in_closed_aside(text: str, model: ModelMention, date_at: int) -> bool:
    """Whether `model` is named in a relative clause set off by commas that closes before the date at `date_at`:
    "Meta, which released Llama 4 in April, said it would spend … this year" (not Llama 4's year)."""
    mark = ","
    opener = text.rfind(", which ", max(0, model.start - 40), model.start)
    if opener == -1 and (dash := _DASH_WHICH.search(text, max(0, model.start - 40), model.start)) is not None:
        mark, opener = dash.group(1), dash.start()  # (or set off by dashes: "Mistral — which released A in June — …")
    if opener == -1 or text.find(mark, opener + 8, model.start) != -1:
        return False  # (nor one after such a clause closed: "Like A, which launched …, and B, which followed on …")
    close = text.find(mark, model.end, date_at)
    return close != -1 and text.find("\n", opener, close) == -1


def _past_date_counted_from(ctx: DocContext, named: list[Mention], start: int, date_at: int) -> list[Mention]:
    """`named` without those after the date at `date_at` that a span of time is counted from (see _actors); before it
    too, when another is left ("Gemini 3 Flash arrived a month after Gemini 3 Pro, on December 17")."""
    if date_at < 0 or (len(named) < 2 and not any(m.start > date_at for m in named)):
        return named
    kept = ctx.not_counted_from(named, start)
    if len(kept) == len(named):
        return named
    kept_before = any(k.start < date_at for k in kept)
    return [m for m in named if m in kept or (m.start < date_at and not kept_before)]


_OTHER_CLAUSE = re.compile(r"\s(?:and|while|whereas)\s|[,，;；]")  # (between a company's clause and the maker's)


def _maker_named(named: list[ModelMention], kept: list[ModelMention], orgs: list[OrgMention]) -> OrgMention | None:
    """Of several companies a clause names, the maker of its first model (the registry's), when it is one of them."""
    first = next((m for m in named if m in kept), None)
    if first is None or first.org is None or orgs[0].canonical == first.org:
        return None  # (the first is its maker already, perhaps written again: "月之暗面（Moonshot AI）")
    return next((o for o in orgs[1:] if o.canonical == first.org), None)


# "Baidu launched ERNIE X1 on Sunday, March 16, saying …": a date alone in its clause after a weekday
# is that day's, and the clause before says what happened on it.
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{EN_WEEKDAY}),\s*$")
_NOTHING_BUT = re.compile(r"[\s,.;]*")
_LINE_LEAD = re.compile(LINE_LEAD)
_WEEKDAY_LEAD_END = re.compile(rf"{WEEKDAY_HEAD_END}[ \t]+(?=\S)")  # ("Monday:** ", "Wednesday. ", "Tuesday — ")
_PREPOSITION_ONLY = re.compile(r"[\s,]*(?:in|on|at|by|around|during|from)\s+")  # ("…, from August, remains …")
# A year that ends a name, not a date of its own ("at Baidu World 2025", "WAIC 2025"): a capitalized word before it
# that is no preposition nor a season
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w/&.-])(?!(?:In|On|At|By|Of|Since|Until|Through|From|To|Before|After|During"
                               r"|Early|Late|Mid|Spring|Summer|Fall|Autumn|Winter|And|Or|The)\s)"
                               r"[A-Z][\w/&.-]*[ \t]+$")


def _names_year(text: str, raw: RawTime) -> bool:
    """Whether the bare year `raw` ends a name ("Baidu World 2025")."""
    return raw.bare_year and _NAME_BEFORE_YEAR.search(text, max(0, raw.start - 24), raw.start) is not None

_AND_THEN = re.compile(r"\band\s*,?\s*$")
# Words that go on from the clause before ("并于11月13日发布", "随后", "又")
_THEN_ZH = "并且|并|又|随后|之后"
# What may stand between a clause's start and the date that leads it
_LEADS = re.compile(rf"[\s,，;；、]*(?:(?:and|then|in|on|by)\s+|(?:{_THEN_ZH}|而|于|在)\s*)?")


# "Google released A (December 11) and OpenAI ran its event from December 5 …": a company or a model after "and"
# with a verb of its own, past a clause with a verb of its own, starts the date's clause (English joins them without a
# comma); not "Google and OpenAI released …", one verb for both
_AND_SUBJECT = re.compile(r"\s(?:and|while|whereas|but)\s+(?=[A-Z]|[a-z]{1,2}[A-Z])")  # (a name in capitals, "xAI")
# (no time nor a word for both: "released A and B yesterday", "A and B respectively")
_VERB_NEXT = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?!(?:yesterday|today|tonight|tomorrow|last|this|next|earlier"
                        r"|respectively|together|too|both|each|simultaneously"
                        # (nor a hedge before its own date: "and Foo-5 sometime in 2026")
                        rf"|sometime|{HEDGE_EN}|soon|shortly|later|around)\b)[a-z]{{3,}}\b")


_JOINT_WORDS = (" and ", " while ", " whereas ", " but ")
_WEEK_OF = ("week of ", "Week of ", "WEEK OF ")
# A clause after "and" with a subject in capitals and a verb of its own (see _clause_with_actor)
_OTHER_SUBJECT = re.compile(r"[\s,;]*(?:and|but|while)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+"
                            r"(?:[a-z]{2,}ed|came|went|got|grew|was|were)\b")


def _subject_joints(ctx: DocContext, start: int, end: int, acted: bool = True) -> list[re.Match[str]]:
    """The joints between `start` and `end` ("and", "while", …) that another subject with its verb follows (`acted`:
    after a clause that tells a happening)."""
    text = ctx.text
    if not contains_any(text, _JOINT_WORDS, start, end):
        return []
    joints = []
    for joint in _AND_SUBJECT.finditer(text, start, end):
        subject = ctx.orgs_in(joint.end(), joint.end() + 1) or ctx.models_in(joint.end(), joint.end() + 1)
        if subject and match_at(_VERB_NEXT, text, subject[0].end) is not None \
                and (not acted or _ACTION.search(text, start, joint.start()) is not None):
            joints.append(_compound_head(ctx, start, joint))
    return joints


_COLON_JOINT = re.compile(r"[:：][ \t]*")


def _compound_head(ctx: DocContext, start: int, joint: re.Match[str]) -> re.Match[str]:
    """The joint, or the colon before it when only names stand between them: the names and the one after "and" are one
    subject ("Meta's Llama 4 landed with a thud: Scout and Maverick shipped on the 5th")."""
    text = ctx.text
    colon = max(text.rfind(":", start, joint.start()), text.rfind("：", start, joint.start()))
    if colon == -1:
        return joint
    rest, pos = [], colon + 1
    for model in ctx.models_in(colon + 1, joint.start()):
        rest.append(text[pos : model.start])
        pos = model.end
    rest.append(text[pos : joint.start()])
    named = pos > colon + 1 and not "".join(rest).strip(" \t,、")
    colon_joint = _COLON_JOINT.match(text, colon) if named else None
    return colon_joint if colon_joint is not None else joint


def _own_subject_after_and(ctx: DocContext, start: int, date_at: int) -> int:
    """Where the date's own clause starts, past "and" and another subject with its verb (else `start`)."""
    joints = _subject_joints(ctx, start, date_at)
    return joints[-1].end() if joints else start


def _with_apposed(ctx: DocContext, start: int, end: int, sent_start: int) -> tuple[int, int]:
    """The span from `start`, or from the model an apposition that starts there is about (DocContext.apposed_head)."""
    head = ctx.apposed_head(start, end, sent_start)
    return (head.start if head is not None else start), end


# A clause that gives the name of what the one before it tells of ("… is releasing two open-weight models, dubbed
# gpt-oss-120b and gpt-oss-20b")
_DUBBED_NEXT = re.compile(r"(?<=[,，])[ \t]*(?:dubbed|called|named|code-?named|nicknamed)[ \t]")
# (or the name alone after a noun for the model, the sentence's last words: "targeting March 2026 for its next Llama
# model, Llama 5.")
_MODEL_NOUN_BEFORE = re.compile(r"\b(?:model|version|successor|flagship)[ \t]*,$")


# A clause that is an apposition: "OpenAI's largest investor,", "the largest investor in OpenAI,"
_APPOSED = re.compile(rf"{APPOSITION_OPENER}{IN_CLAUSE}{{1,40}}?,\s*")


# The predicate after an aside set off by dashes, its subject before them: "The Claude 3 family — Haiku, Sonnet and
# Opus — was released on March 4, 2024"
_DASHED_PREDICATE = re.compile(r"[ \t]*(?:—|--)[ \t]*(?:was|were|is|are|has|have|had|will|would)\s")


def _past_dashed_aside(ctx: DocContext, start: int, pos: int) -> int:
    """Where the clause of the date at `pos` starts when its predicate follows an aside between dashes: before the
    aside, at its subject's clause (else `start`)."""
    text = ctx.text
    close = max(text.rfind("—", start, pos), text.rfind("--", start, pos))
    if close == -1 or _DASHED_PREDICATE.match(text, close - 1 if text[close - 1 : close] in " \t" else close) is None:
        return start
    sent_start = ctx.sentence(pos)[0]
    opening = max(text.rfind("—", sent_start, close - 1), text.rfind("--", sent_start, close - 1))
    return ctx.clause(opening - 1)[0] if opening > sent_start else start


_WITHIN_YEAR = ("年内", "年內")  # (the year a plan in its sentence names, else the passage's or the reference's)
_PART_END = {"early": 4, "mid": 8, "late": 12}  # (the last month of a year's part: 年初, 年中, 年底)
_TIME_LEAD = re.compile(r"[ \t]*(?:(?:In|On|By|During|Back\s+in|Then\s+in)[ \t]+)?")  # (before a date that leads)


# What opens a clause that tells the background of the next one, not its actor: "随着…", "伴随着…", "得益于…"
_BACKGROUND_LEAD = re.compile(r"\s*(?:随着|伴随着?|得益于|借助于?|凭借|依托)")


def _date_clause(ctx: DocContext, raw: RawTime, sent_start: int) -> tuple[int, int]:
    """The clause of the date `raw`; one that the date opens after the clause before it ends where another subject
    with its verb follows: the date ends the clause before it ("Meta is expected to ship Avocado, this spring while
    xAI says Grok 5 will arrive in Q1", "…, in March while …")."""
    start, end = ctx.clause(raw.start)
    if start > sent_start and contains_any(ctx.text, _JOINT_WORDS, raw.end, end) \
            and (_NOTHING_BUT.fullmatch(ctx.text, start, raw.start)
                 or _PREPOSITION_ONLY.fullmatch(ctx.text, start, raw.start)) \
            and (joints := _subject_joints(ctx, raw.end, end, acted=False)):
        end = joints[0].start()
    return start, end


# An aside between commas after a subject that alone ends its clause, before the verb: "On Monday, Anthropic, the
# maker of Claude, released …", "…, Nimbus Labs, which builds agents, announced …" (the clause goes on to the verb's)
_SUBJECT_ASIDE = re.compile(rf"(?:{APPOSITION_OPENER}|[ \t]*(?:which|who)\s){IN_CLAUSE}{{1,60}}?,[ \t]*")
_LISTED_SUBJECT = re.compile(r"[ \t]*(?:and[ \t]+)?")  # (the next subject of a list of them, past its "and")


def _past_subject_aside(ctx: DocContext, end: int, sent_end: int, after: DatedMention | None) -> int:
    """Where the clause ending at `end` with its subject alone goes on past that subject's aside, or past the subjects
    listed after it: to the end of the verb's clause (else `end`)."""
    text = ctx.text
    if end >= sent_end or text[end - 1 : end] != ",":
        return end
    own = ctx.clause(end - 1)[0]
    named = [(m.start, m.end) for m in ctx.models_in(own, end)] + [(o.start, o.end) for o in ctx.orgs_in(own, end)]
    if len(named) != 1 or text[own : named[0][0]].strip() or text[named[0][1] : end - 1].strip():
        return end
    aside_end = ctx.clause(end)[1]
    lead = listed.end() if (listed := _LISTED_SUBJECT.match(text, end)) is not None else end
    if (after is None or after.raw.start >= aside_end) and (ctx.model_at(lead) or ctx.orgs_in(lead, lead + 1)) \
            and _ACTION.search(text, end, aside_end):
        return aside_end  # (or the subjects listed on, to the verb: "On Monday, Acme, Bexa and Cora shipped …")
    if aside_end >= sent_end or _SUBJECT_ASIDE.fullmatch(text, end, aside_end) is None:
        return end
    verb_end = ctx.clause(aside_end)[1]
    if (after is not None and aside_end <= after.raw.start < verb_end) or not _ACTION.search(text, aside_end, verb_end):
        return end
    return verb_end


def _in_subject_aside(ctx: DocContext, model: ModelMention, date_at: int) -> bool:
    """Whether `model` is named in such an aside on a company ("Acme Labs, the maker of Foo-3, released Foo-4"): what
    the company is known for, no actor of the news (unless the date at `date_at` is the aside's: "Meta, which released
    Foo-4 in April, said …")."""
    text = ctx.text
    start, end = ctx.clause(model.start)
    if text[start - 1 : start] != "," or end >= ctx.sentence(model.start)[1] or start <= date_at < end \
            or _SUBJECT_ASIDE.fullmatch(text, start, end) is None:
        return False
    subject = ctx.orgs_in(ctx.clause(start - 1)[0], start)
    return bool(subject) and subject[-1].end == start - 1


# (what joins a maker's name to its model's: "小米MiMo", "小米的MiMo", "字节跳动旗下的Seed", "Acme's Foo"; and an owner
# the registry does not know, its possessive alone before the model: "Acme的Bar-2")
_MAKER_OF = re.compile(r"[ \t]*(?:的|旗下的?|['’]s)?[ \t]*")
_POSSESSOR = re.compile(r"[^，,。；;：:\n]{1,16}?(?:的|['’]s)")


def _clause_with_actor(ctx: DocContext, raw: RawTime, after: DatedMention | None = None) -> tuple[int, int] | None:
    """The clause holding the date `raw`, widened within its sentence until it names an actor, but
    not over a clause that the next date (`after`) leads: "智子引擎成立于2023年6月，今年5月发布了Awaker 1.0"
    founded no model in June (a date inside the next clause leads nothing: "2025年11月19日，英伟达公布截至
    10月26日的第三财季业绩")."""
    pos = raw.start
    sent_start, sent_end = ctx.sentence(pos)
    text = ctx.text
    if raw.weekday is not None and raw.day is None and _LINE_LEAD.fullmatch(text, ctx.line_start(pos), raw.start) \
            and (lead := _WEEKDAY_LEAD_END.match(text, raw.end)) is not None:
        # ("**Wednesday.** Google made Gemini 2.5 Pro available …", "**Monday:** …": a weekday that leads its line
        # dates what follows, unless that has a date of its own or tells what is to come)
        rest = lead.end()
        rest_end = ctx.sentence(rest)[1]
        named_end = ctx.clause(rest)[1]
        if (ctx.models_in(rest, named_end) or ctx.orgs_in(rest, named_end)) \
                and (after is None or after.raw.start >= rest_end or _names_year(text, after.raw)) \
                and not to_come(text[rest:rest_end]):
            return raw.start, named_end
        return None
    if ctx.tables and ctx.cell_model(pos) is not None \
            and (field := ctx.row_head(pos)) is not None and not ctx.models_in(field.start, field.end) \
            and _DATE_FIELD.search(text, field.start, field.end):
        # (a table whose header names models over rows of properties: "| Release date | 2024-05-13 | … |" is the
        # column's model's; see _record)
        return ctx.line_start(pos), raw.end
    if text[raw.end : raw.end + 1] in ("！", "!") and _NOTHING_BUT.fullmatch(text, sent_start, raw.start):
        # (the news's time exclaimed alone, a headline's: "刚刚！阿里发布Qwen3-Max-Thinking": the next clause's)
        next_end = ctx.clause(raw.end + 1)[1]
        if ctx.models_in(raw.end + 1, next_end) or ctx.orgs_in(raw.end + 1, next_end):
            return raw.start, next_end
    start, end = _date_clause(ctx, raw, sent_start)
    start = _own_subject_after_and(ctx, start, raw.start)
    start = _past_dashed_aside(ctx, start, raw.start)
    if _counted_from_news(text, raw, start):
        start = raw.start  # (what it is counted from is no news of its day: "GPT-4发布两天后，百度发布了文心一言")
    if end < sent_end and (dubbed := _DUBBED_NEXT.match(text, end)) is not None:
        end = ctx.clause(dubbed.end())[1]  # (the names it gives after: "releasing two models, dubbed A and B")
    elif end < sent_end and text[end - 1 : end] == "," and _MODEL_NOUN_BEFORE.search(text, end - 16, end) \
            and (named := ctx.models_in(end, sent_end)) and not text[end : named[0].start].strip() \
            and not text[named[0].end : sent_end].strip(" .;!?\n"):
        end = sent_end
    if text.startswith("#", start) and _TOPIC.fullmatch(text, start, raw.start) is not None:
        start = raw.start  # (a post's topic is no actor of its own: "#DeepSeek开源# 刚刚，DeepSeek宣布开源…")
    if start > sent_start and _NOTHING_BUT.fullmatch(ctx.text, start, raw.start) \
            and _NOTHING_BUT.fullmatch(ctx.text, raw.end, end) \
            and _WEEKDAY_BEFORE.search(ctx.text, max(sent_start, start - 12), start):
        left = ctx.clause(start - 1)[0]
        if ctx.models_in(left, end) or ctx.orgs_in(left, end):
            return left, end
    # ("The company released its first model, Mistral 7B, in September 2023, followed by …": a clause that is only a
    # preposition and the date tells when the clauses before it happened)
    if start > sent_start and _PREPOSITION_ONLY.fullmatch(ctx.text, start, raw.start) \
            and _NOTHING_BUT.fullmatch(ctx.text, raw.end, end):
        if end < sent_end and _AND_THEN.search(ctx.text, max(sent_start, start - 6), start) is not None \
                and ctx.models_in(end, next_end := ctx.clause(end)[1]):
            return start, next_end  # (what follows it goes on after "and": "… o3-mini in January and, in April,
            # with o3 and o4-mini")
        left = ctx.clause(start - 1)[0]
        if left > sent_start and not _ACTION.search(ctx.text, left, start):
            left = ctx.clause(left - 1)[0]
        if end < sent_end and _COUNTED_FROM.match(ctx.text, left) is not None \
                and (ctx.models_in(end, next_end := ctx.clause(end)[1]) or ctx.orgs_in(end, next_end)):
            return start, next_end  # (not what the span before it is counted from: "Two years after GPT-4, in March
            # 2025, Google launched Gemini 2.5 Pro" is Google's news)
        if ctx.models_in(left, end) or ctx.orgs_in(left, end):
            return left, end
    if start > sent_start and _PARTICIPLE.match(ctx.text, start):  # "DeepSeek-R1, released on January 20, …"
        left = ctx.clause(start - 1)[0]
        if left > sent_start and (_PARTICIPLE.match(ctx.text, left) or _only_objects(ctx, left, start)):
            left = ctx.clause(left - 1)[0]  # (over another's aside: "X, founded … in February 2025, released Y on …";
            # or one that names only what the model is made from: "Bar-2-Mini, distilled from Bar-2, shipped on …")
        if ctx.models_in(left, end) or ctx.orgs_in(left, end):
            return _with_apposed(ctx, left, end, sent_start)
    if end < sent_end and _participle_aside(ctx, start, sent_start) \
            and _name_alone(ctx, left := ctx.clause(start - 1)[0], start):
        return left, end  # ("Mistral, valued at €11.7 billion after a round led by ASML in September, said …": an
        # aside on the name alone before it tells its own happening, not what the sentence goes on to say)
    for _ in range(3):  # (not where it was put out: "于6月27日在Hugging Face开源"; nor a model only compared with,
        # unless a clause on it follows: "Compared to GPT-5 (which launched in August), …"; nor one for its users)
        if end < sent_end and text[end - 1 : end] in ",，" and (said := _SAID_ASIDE.match(text, end - 1)) is not None:
            end = ctx.clause(said.end())[1]  # (over who says it, to what is said: "By year's end, Alibaba says, Qwen3.5
            # will be out")
        named = _acting_models(ctx, start, end)
        if (named and (ctx.any_not_compared(named, start)
                       or any(_clause_on(text, m) for m in named)
                       or any(_released_of(text, raw, m) for m in named))) \
                or _acting_orgs(ctx, start, end) or _government(text, start, end):
            # (an apposition's maker is the model's before it: "SmolLM3, a 3B model from Hugging Face released July
            # 8, …")
            end = _past_subject_aside(ctx, end, sent_end, after)
            return _with_apposed(ctx, start, end, sent_start) if not named else (start, end)
        if end >= sent_end or (after is not None and end <= after.raw.start
                               and _LEADS.fullmatch(ctx.text, end, after.raw.start)) \
                or match_at(_CAN_RUN, ctx.text, end) is not None \
                or (ctx.text.startswith(" ", end) and match_at(_SAYER_LAST, ctx.text, end) is not None):
            break  # (nor over what the subject can run: "CloudMatrix 384于4月发布，可支持DeepSeek-R1的推理"; nor to
            # who said it at the sentence's end, "Foo-3, first previewed in April, will be available in June, Google
            # said": back to the subject instead)
        next_end = ctx.clause(end)[1]
        if after is not None and end <= after.raw.start < next_end \
                and (joints := _subject_joints(ctx, end, after.raw.start, acted=False)):
            # (not over another subject's clause with a date of its own: "In March 2025, Google released A and Alibaba
            # released B (on March 27)"; back to the subject before instead: "Kimi K2, a 1T model, followed in July,
            # and OpenAI shipped gpt-oss on August 5")
            if _ACTION.search(text, end, joints[0].start()) is not None \
                    and (ctx.models_in(end, joints[0].start()) or ctx.orgs_in(end, joints[0].start())):
                return start, joints[0].start()
            break
        if after is not None and end <= after.raw.start < next_end and ctx.models_in(end, next_end) \
                and text.find("于", max(end, after.raw.start - 3), after.raw.start) != -1 \
                and _TOLD_OWN_DAY.search(text, max(end, after.raw.start - 6), after.raw.start) is not None \
                and not _ACTION.search(text, end, after.raw.start):
            break  # (nor into a clause whose verb its own day leads, no telling of it before: "11月28日，据传OpenAI将于
            # 12月推出GPT-5.2" is December's news alone; "本周四，百度宣布Foo-4.5将于3月16日发布" is Thursday's too)
        if after is not None and end <= after.raw.start < next_end and ctx.models_in(end, next_end) \
                and _ACTION.search(text, start, end) \
                and not (start == sent_start and _LEAD_PUT_OUT.match(text, start) is not None):
            break  # (nor from a clause that tells its happening over one with a date and a model of its own: "We will
            # release a larger model before the end of the year, and Foo-3 will get an update in July"; not "本周四，
            # 百度宣布Foo-4.5将于3月16日发布")
        end = next_end
    start, end = _date_clause(ctx, raw, sent_start)
    # ("… is built on DeepSeek-V3, a 671-billion-parameter model the company released on December 26": an apposition
    # is about the model right before it)
    if (head := ctx.apposed_head(start, end, sent_start)) is not None:
        return head.start, end
    if start > sent_start and match_at(_OTHER_SUBJECT, ctx.text, start) is not None:
        return None  # (a subject of its own, neither model nor company: "A Gemini 3 Flash model is expected in the
        # coming weeks, and Deep Think came to Ultra subscribers over the summer")
    # (further after a Chinese "and" with no subject of its own, over clauses that tell what the model is: "阶跃星辰发布
    # Step-3，总参数3210亿，激活参数380亿，并宣布将于7月31日开源")
    reach = 4 if text[start : start + 1] in _AND_ZH_FIRST and _AND_ZH.match(text, start) else 2
    for _ in range(reach):  # "Microsoft is training MAI-1, a 500B model, and may preview it in May"
        if start <= sent_start:
            break
        start = ctx.clause(start - 1)[0]
        # (not a clause that only names a kin or a rival: "Foo-4-Scout, the smaller sibling of Foo-4-Maverick, came
        # out on April 5" goes back to Scout; nor a participle's aside: "Thinking Machines Lab, founded by former
        # OpenAI CTO Mira Murati in February 2025, released Tinker on …")
        if start > sent_start and _PARTICIPLE.match(ctx.text, start):
            continue
        # (nor an apposition after the subject: "Microsoft, OpenAI's largest investor, has been preparing … since June"
        # is Microsoft's)
        if start > sent_start and _APPOSED.fullmatch(ctx.text, start, ctx.clause(start)[1]) is not None:
            continue
        # (nor what a background clause names: "随着Foo-3等开源模型的性能逼近GPT-5，明年国产大模型有望迎来…")
        if match_at(_BACKGROUND_LEAD, ctx.text, start) is not None:
            break
        if ctx.not_compared(_acting_models(ctx, start, end), start) \
                or any(not is_platform(ctx.text, o) for o in ctx.orgs_in(start, end)) \
                or _government(ctx.text, start, end):
            return _with_apposed(ctx, start, end, sent_start)
    # A sentence that opens with a model is about it, however many clauses come before the date's ("Kimi K2总参数
    # 1T，激活参数32B，上下文长度128K，于7月11日正式开源"); one that opens with a company, when the date's clause goes
    # on its verb ("Microsoft released Phi-4, …, in December 2024, and made its weights public … in January")
    # (its maker's name before it too, or its owner's: "小米MiMo-V2-Flash采用MoE架构，…，已于12月16日开源", "Acme的
    # Foo-3…", "Acme's Foo-3 …")
    opening = ctx.models_in(sent_start, start)
    if opening and (not (before := ctx.text[sent_start : opening[0].start].strip(_LEAD_MARKS + BULLET_MARKS + ">"))
                    or _POSSESSOR.fullmatch(before) is not None
                    or ((maker := ctx.orgs_in(sent_start, opening[0].start))
                        and before.startswith(maker[0].text) and _MAKER_OF.fullmatch(before, len(maker[0].text)))):
        return sent_start, end
    own = ctx.clause(pos)[0]
    if _AND_VERB_LEAD.match(ctx.text, own) and (acting := _acting_orgs(ctx, sent_start, own)) \
            and not ctx.text[sent_start : acting[0].start].strip(_LEAD_MARKS + BULLET_MARKS + ">"):
        return sent_start, end
    # ("1. DeepSeek-V3：性价比之王。去年12月26日开源", "- Release date: …" under a model's heading: the line's
    # model acts; a sentence opened by a pronoun, the model before: "It was released on …"; by "the company",
    # the organization before: see _record)
    if ctx.subject_model(pos) is not None or ctx.pronoun_model(sent_start) is not None \
            or _company_meant(ctx, pos) is not None or _model_before_semicolon(ctx, sent_start) is not None \
            or ctx.subjects_together(sent_start) or _elided_model(ctx, pos) is not None:
        start, end = ctx.clause(pos)
        if _TIME_LEAD.fullmatch(text, start, pos) and text[end - 1 : end] == "," \
                and not text[raw.end : end].strip(" ,") and (main := ctx.after_leading_clause(sent_start)) != -1 \
                and main >= end:
            return start, ctx.clause(main)[1]  # (a clause of the date alone leads its subject's: "In September
            # 2025, the company raised €1.7 billion", "In March 2025, it was released")
        return start, end
    return None


_TOPIC = re.compile(rf"{_POST_TOPIC}[ \t]*")
# (or its date's "until … only then": "…但分阶段开源，直到同年11月才公开完整模型")
_AND_ZH = re.compile(r"[ \t]*(?:(?:并且?|还|随后|同时)(?:宣布|表示|计划|预计)?(?:将|会|于|在)"
                     r"|(?:直到|直至)[^，。；,;\n]{1,12}?才)")
_AND_ZH_FIRST = frozenset(" \t并还随同直")  # (what it starts with, tested first: most clauses start otherwise)
_AND_VERB_LEAD = re.compile(r"\s*(?:and|then)\s+(?:(?:later|then|also)\s+)?"
                            r"(?!(?:the|its|their|his|her|this|that|these|those|other|another)\s)[a-z]{3,}\s")


# An organization's verb whose object is a pronoun ("xAI launched it on February 17", "DeepSeek于1月20日将其开源")
# ("Google released the model on March 25", "谷歌是在3月25号发布的这个模型", "发布了该模型")
# (or its parts, which make it public: "OpenAI直到同年11月才放出完整权重", "Acme later released its full weights")
_IT_AFTER = re.compile(r"\s+(?:it\b(?!\s+(?:is|was|will|has|had|would)\b)|(?:this|the)\s+model\b"
                       r"|(?:its|the)\s+(?:(?:full|complete|model)\s+)?weights\b)"
                       rf"|[了的]?{THIS_MODEL_ZH}|了?它(?![们的])"  # ("但Acme今天就推出了它")
                       r"|[了出]?(?:其|它的)?(?:完整|全部|全量|模型)?的?权重")
_IT_BEFORE = ("将其", "把它", "将它")
_WEIGHTS_WORDS = ("权重", "weights")


def _object_pronoun_model(ctx: DocContext, span: tuple[int, int]) -> ModelMention | None:
    """The model an organization's pronoun object refers to: the one named before it in its sentence, else the one the
    sentence before is about, when it is that organization's or its maker is not known."""
    text = ctx.text
    action = _ACTION.search(text, *span)
    if action is None:
        return None
    if not (_IT_AFTER.match(text, action.end()) or text[max(0, action.start() - 2) : action.start()] in _IT_BEFORE) \
            and not (contains_any(text, _WEIGHTS_WORDS, *span) and any(
                _IT_AFTER.match(text, later.end()) for later in _ACTION.finditer(text, action.end(), span[1]))):
        return None  # (a later verb of the clause, only where the weights are its object: "OpenAI起初未开源，直到同年
        # 11月才放出完整权重"; the words found in C first)
    sent_start = ctx.sentence(span[0])[0]
    # (the sentence's own model before the clause, "we said Claude 4 would arrive by mid-2025, and Anthropic released
    # it on May 22", else the one a pronoun of the sentence refers to)
    model = ctx.subject_before(span[0], sent_start) or ctx.referent(sent_start)
    orgs = _acting_orgs(ctx, *span)
    if model is None or (model.org is not None and orgs and orgs[0].canonical != model.org):
        return None
    return model


# An organization's model told of by what it is, not named ("OpenAI shipped its long-running coding model", "Google's
# newest flagship arrived"), in a line a model heads ("**Foo-3 Pro.** …", "Foo-3 Pro: …")
_DESCRIBED = re.compile(r"\b(?:its|their|the\s+company['’]s|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:model|flagship|system|LLM)\b|该模型|新模型|这款模型")
_DESCRIBING = ("its ", "their ", "'s ", "’s ", "模型")  # (looked for first: most spans have none)


def _described_model(ctx: DocContext, span: tuple[int, int]) -> ModelMention | None:
    if not contains_any(ctx.text, _DESCRIBING, *span) or _DESCRIBED.search(ctx.text, *span) is None:
        return None
    head = ctx.subject_model(span[0])
    if head is None or head.end > span[0]:
        return None
    orgs = _acting_orgs(ctx, *span)
    return None if head.org is not None and orgs and orgs[0].canonical != head.org else head


# A name of some kind (not a month's, nor a weekday's), or Chinese text, which may name an actor we do not know
_NAMED = regex.compile(rf"\p{{Han}}|\b(?!{EN_DATE_WORD}\b)[A-Z]")


def _model_before_semicolon(ctx: DocContext, sent_start: int) -> ModelMention | None:
    """ "GPT-2 announced (OpenAI), 1.5B parameters; full release in November 2019": an English part after a
    semicolon that names nothing is about the model of the part before ("；同日，Monica发布Manus" names its own); so is
    a Chinese one whose subject is left out, a date then its verb ("支持20万字上下文；2024年3月升级至200万字"), and such
    a sentence after one its model opens ("Foo-1于2023年10月发布。2024年3月开源。")."""
    if not sent_start or ctx.text[sent_start - 1] not in ";；":
        return _model_before_stop(ctx, sent_start) if sent_start and ctx.text[sent_start - 1] == "。" else None
    end = ctx.sentence(sent_start)[1]
    if _NAMED.search(ctx.text, sent_start, end) and (
            _SUBJECT_LEFT_OUT.match(ctx.text, sent_start) is None
            or ctx.models_in(sent_start, end) or ctx.orgs_in(sent_start, end)):
        return None
    return ctx.referred_model(sent_start)


def _model_before_stop(ctx: DocContext, sent_start: int) -> ModelMention | None:
    """The model that opens the sentence before, alone, for one after a full stop whose subject is left out."""
    if _SUBJECT_LEFT_OUT.match(ctx.text, sent_start) is None:
        return None
    end = ctx.sentence(sent_start)[1]
    if ctx.models_in(sent_start, end) or ctx.orgs_in(sent_start, end):
        return None
    previous = ctx.previous_sentence(sent_start)
    named = ctx.models_in(previous, sent_start)
    if not named or ctx.text[previous : named[0].start].strip() \
            or any(m.canonical != named[0].canonical for m in named):
        return None  # (its model opens it, the only one it names)
    return named[0]


_HAN_DATE = re.compile(r"[年月日号號]")
# What may follow a date at the end of a clause that only leads in: a time of day
_TIME_OF_DAY = regex.compile(
    r"\s*(?:凌晨|早上|早间|上午|中午|午间|下午|晚上|晚间|深夜|傍晚|夜间)?\s*(?:\d{1,2}\s*(?:[点點时時](?:\d{1,2}分|半)?|:\d{2}))?\s*[,，]?\s*")


def _lead_in_date(ctx: DocContext, span: tuple[int, int], raw: RawTime) -> tuple[int, int]:
    """ "苹果WWDC前瞻：北京时间6月10日凌晨1点，苹果将举行…": a clause that ends with its Chinese date and
    says nothing happened leads into the next one. (An English one goes on about what it names:
    "Mistral AI, founded in April 2023, raised funds in June.")"""
    start, end = span
    if end >= ctx.sentence(start)[1] or not _HAN_DATE.search(ctx.text, raw.start, raw.end) \
            or not _TIME_OF_DAY.fullmatch(ctx.text, raw.end, end) or _ACTION.search(ctx.text, start, end):
        return span  # (the verb last: it scans the whole clause)
    return start, ctx.clause(end)[1]


def _continued_by_verb(ctx: DocContext, span: tuple[int, int], after: DatedMention | None) -> tuple[int, int] | None:
    """ "OpenAI于2024年5月14日凌晨举行发布会，推出GPT-4o": a dated clause that says nothing happened, and
    the next clause of its sentence, undated, that does: one event."""
    start, end = span
    if end >= ctx.sentence(start)[1]:
        return None
    next_end = ctx.clause(end)[1]
    # (a date inside the clause itself is a name's: "在百度世界2023大会上，百度发布文心大模型4.0")
    if (after is not None and end <= after.raw.start < next_end) or not _ACTION.search(ctx.text, end, next_end) \
            or match_at(_LATER_ON, ctx.text, end) or _other_maker_next(ctx, span, end) \
            or _participle_aside(ctx, ctx.clause(end - 1)[0], start):
        return None  # (nor one told as later: "2024年9月的Qwen2.5系列涵盖…，此后又推出Qwen2.5-Max"; nor from an aside:
        # "Mistral, valued at … after a round in September, said it would ship more")
    return start, next_end


def _participle_aside(ctx: DocContext, clause_start: int, start: int) -> bool:
    """Whether the clause at `clause_start`, after `start`, opens with a participle past a comma (_OTHER_PARTICIPLE)."""
    return clause_start > start and ctx.text[clause_start - 1] in ",，" \
        and match_at(_OTHER_PARTICIPLE, ctx.text, clause_start) is not None


def _other_subjects(ctx: DocContext, lead_end: int, end: int) -> tuple[int, list[tuple[int, int]]]:
    """Where the first part of a span ending at `end` ends, and the parts after it, past `lead_end` (the end of the date
    that leads it, or where its first subject starts), that "and" gives to a subject of another maker with its verb
    ("In March, Alibaba released QwQ-32B and Google shipped Gemma 3": Google's news, of the same month); (`end`, [])
    when there are none."""
    # (a joint's word, then two actors at least after its lead, first: most spans have neither)
    if lead_end > end or not contains_any(ctx.text, _JOINT_WORDS, lead_end, end) \
            or len(ctx.models_in(lead_end, end)) + len(ctx.orgs_in(lead_end, end)) < 2 \
            or not (joints := _subject_joints(ctx, lead_end, end)):
        return end, []
    parts: list[tuple[int, int]] = []
    edge = lead_end
    for joint, after in zip(joints, [*(j.start() for j in joints[1:]), end], strict=True):
        if not _other_maker_next(ctx, (edge, joint.start()), joint.end()):
            if parts:  # (the part before goes on: the same maker's again)
                parts[-1] = (parts[-1][0], end)
            break
        parts.append((joint.end(), after))
        edge = joint.end()
    return (joints[0].start() if parts else end), parts


def _other_maker_next(ctx: DocContext, span: tuple[int, int], end: int) -> bool:
    """Whether the clause at `end` opens with a subject of another maker than the span's ("By March, Alibaba had
    answered with QwQ-32B, and Google had shipped Gemma 3": Google's own news; not "OpenAI举行发布会，GPT-4o正式
    亮相")."""
    lead = _ACTOR_LEAD.match(ctx.text, end)
    at = lead.end() if lead is not None else end
    subject = ctx.orgs_in(at, at + 1) or ctx.models_in(at, at + 1)
    if not subject:
        return False
    # (its actors: not a companion, "In July 2023, along with Microsoft, Meta released Foo-5")
    makers = {o.canonical for o in _acting_orgs(ctx, *span)
              if _ALONGSIDE.search(ctx.text, max(span[0], o.start - 24), o.start) is None} \
        | {m.org for m in _acting_models(ctx, *span) if m.org}
    maker = subject[0].canonical if isinstance(subject[0], OrgMention) else subject[0].org
    return bool(makers) and maker is not None and maker not in makers


_LATER_ON = re.compile(r"\s*(?:此后|之后|随后|后来|其后|later|afterwards|subsequently)(?![A-Za-z])", re.I)


# A clause that goes on with the subject's next verb, no subject nor date of its own: "On February 5, Google made A
# generally available, released B and introduced C", "1月20日，DeepSeek发布R1，同时开源了R1-Zero"
_NEXT_VERB = re.compile(r"[ \t]*(?:[,，][ \t]*)?(?:and[ \t]+|(?:同时|并且|并|还|也)[ \t]*)?(?=[a-z\u3400-\u9fff])")


def _coordinated_verbs(ctx: DocContext, span: tuple[int, int], after: DatedMention | None) -> tuple[int, int]:
    """`span` with the clauses after it in its sentence that open with a verb of happening and name a model."""
    start, end = span
    text = ctx.text
    sent_end = -1  # (looked up once a verb follows: most clauses are followed by none)
    while (text[end - 1 : end] in (",", "，") or match_at(_COMMA_NEXT, text, end) is not None) \
            and (lead := match_at(_NEXT_VERB, text, end)) is not None \
            and (verb := _ACTION.match(text, lead.end(), lead.end() + 24)) is not None:
        sent_end = ctx.sentence(start)[1] if sent_end < 0 else sent_end
        if end >= sent_end:
            break
        next_end = ctx.clause(lead.end())[1]
        named = ctx.models_in(verb.end(), next_end)
        # (its object the model right after the verb: not "同时释出类似o4-mini的开放权重模型")
        if (after is not None and end <= after.raw.start < next_end) or not named \
                or named[0].start > verb.end() + _OBJECT_REACH \
                or _OBJECT_NEXT.match(text, verb.end(), named[0].start) is None:
            break
        end = next_end
    return start, end


def _past_colon(ctx: DocContext, span: tuple[int, int], raw: RawTime) -> tuple[int, int]:
    """`span` from after a colon before its date when what follows names an actor of its own, company and model:
    "OpenAI、谷歌和Anthropic接连出手：8月5日，OpenAI开源Foo-120b" is OpenAI's alone."""
    colon = ctx.text.rfind(":", span[0], raw.start)
    if colon == -1 or (ctx.text[colon + 1 : colon + 2].isdigit() and ctx.text[colon - 1 : colon].isdigit()):
        return span  # (none, or a time of day's: "10:30")
    if ctx.orgs_in(colon, span[1]) and ctx.models_in(colon, span[1]) and ctx.orgs_in(span[0], colon):
        return colon + 1, span[1]
    return span


_OBJECT_NEXT = re.compile(r"(?:了|the\s+|its\s+|a\s+|an\s+|[\s`'\"“‘])*(?!类似|像|like\b|similar)")
_OBJECT_REACH = 16
_COMMA_NEXT = re.compile(r"[ \t]*[,，]")


# (past details after the date: "(December 26, 671B total)")
_CLOSE_PAREN = regex.compile(r"\s*(?:[,，;；][^()（）\n]{0,60})?[)）]")


# (or its edition's: "Gemini 2.5 Pro正式版（6月17日）")
_FAMILY_WORD = re.compile(r"\s*(?:(?:family|series|models?)\s*|系列(?:模型)?|家族|大?模型"
                          r"|(?:正式|预览|测试|开源|满血|完整|稳定)?版本?"
                          # (or its apposition: "Magistral, its first reasoning model (June 10)")
                          r"|,\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:model|LLM|version)s?\s*)?")


# What may stand in the parentheses before their date: the model's maker ("Qwen2-VL（阿里巴巴，2024年8月）")
_MAKER_THEN = re.compile(r"\s*[,，、;；]\s*")
# (or its participle: "Gemini 3 (launched Nov. 18) and Claude Opus 4.5 (Nov. 24)")
_PUT_OUT_IN_PAREN = re.compile(rf"\s*{_PUT_OUT}(?:\s+(?:on|in))?\s*")


# (between a relative day and its date written out: in parentheses, "three months later, on June 20",
# "三天后，即3月16日")
# (or a word that says it restates: "上周一也就是11月24号", "on Monday, that is November 24")
_RESTATED = regex.compile(r"[ \t]*[(（][ \t]*|,[ \t]*(?:(?:on|in)[ \t]+)?"  # ("the day after, July 24")
                          r"|[,，]?[ \t]*(?:也就是(?:说)?|亦即|即)[,，]?[ \t]*"
                          r"|,?[ \t]+(?:that\s+is|i\.e\.|namely),?[ \t]+")


def _dated_in_parenthesis(ctx: DocContext, raw: RawTime) -> tuple[int, int] | None:
    """ "GPT-4o (May 13) and GPT-4o mini (July 18)": a date alone in parentheses right after a model
    (or after its maker's name: "Qwen2-VL (Alibaba, August 2024)") dates that model (or its family: "the
    Qwen3 family (April 29)"), and those listed with it ("gpt-oss-120b and gpt-oss-20b (Aug 5)"): the span
    from the first model to the closing parenthesis."""
    text = ctx.text
    lead = max(0, raw.start - 40)
    opening = max(text.rfind("(", lead, raw.start), text.rfind("（", lead, raw.start))
    if opening == -1:
        return None
    if text[opening + 1 : raw.start].strip() and _PUT_OUT_IN_PAREN.fullmatch(text, opening + 1, raw.start) is None:
        maker = ctx.orgs_in(opening + 1, raw.start)
        if not maker or text[opening + 1 : maker[0].start].strip() \
                or not _MAKER_THEN.fullmatch(text, maker[0].end, raw.start):
            return None
    close = match_at(_CLOSE_PAREN, text, raw.end)
    named = ctx.models_in(max(0, opening - 80), opening)
    if close is None or not named or not _FAMILY_WORD.fullmatch(text, named[-1].end, opening):
        return None
    return ctx.last_listed(named)[0].start, close.end()


def _listed(text: str, pos: int) -> bool:
    """Whether a 、 stands right before `pos` (spaces aside)."""
    return text[max(0, pos - 4) : pos].rstrip().endswith("、")


# (an item whose date comes first, then what it is for: "targets H1 2026 for Foo-6 and 2H 2026 for Foo-7")
_FOR_ITEM = re.compile(r"[ \t]+for[ \t]+(?:[^,;.\n]|\.(?=\d)){1,40}?[ \t]+and[ \t]+")


# A colon that ends a lead, before a space or Chinese (normalized text writes the full-width one so): "…也相继有新动作：
# 月之暗面昨日宣布…" (not a time of day's, "10:30")
_LEAD_COLON = re.compile(r":(?=[ \t]|[^\x00-\x7f])")


def _between_dates(ctx: DocContext, span: tuple[int, int], before: DatedMention | None,
                   after: DatedMention | None, d: DatedMention) -> tuple[int, int]:
    """A list of dated items in one clause ("1月DeepSeek-R1、4月Qwen3、7月Kimi K2": each date right
    after a 、; "released A in May and B in June": each date right before an "and") gives each date
    its own item, when the item names an actor."""
    text = ctx.text
    start, end = span
    if before is not None and start <= before.raw.end <= d.raw.start:
        if _listed(text, d.raw.start):
            start = d.raw.start
        elif _FOR_ITEM.fullmatch(text, before.raw.end, d.raw.start) is not None:
            start = d.raw.start  # ("targets H1 2026 for Foo-6 and 2H 2026 for Foo-7": each date its own item)
        elif joined := match_at(_AND, text, before.raw.end + (text[before.raw.end : before.raw.end + 1] in ")）")):
            start = joined.end()  # (past the date's parenthesis before: "A (September 29) and B the same day")
            if _second_predicate(text, start):
                # (a second predicate of the subject: "Foo released Foo-4 in November and is expected to follow with
                # an update in the first quarter" names no model of its own)
                return start, end
    if after is not None and d.raw.end <= after.raw.start < end:  # (not the next line's date, past the span)
        if _listed(text, after.raw.start):
            end = text.rfind("、", d.raw.end, after.raw.start)
        elif match_at(_AND, text, d.raw.end):
            end = d.raw.end
        elif _FOR_ITEM.fullmatch(text, d.raw.end, after.raw.start) is not None:
            end = text.rfind(" and", d.raw.end, after.raw.start)
        elif (lead := _LEAD_COLON.search(text, d.raw.end, after.raw.start)) is not None \
                and text[d.raw.end : (colon := lead.start())].strip(" *_)）"):
            # ("Early 2024 was Mistral's moment: Mixtral 8x7B had shipped in December 2023": what follows the colon is
            # the next date's; a lead that did nothing itself dates nothing; not the date's own label's colon,
            # "**Monday:** Baidu unveiled ERNIE 5.0 at Baidu World 2025")
            return (start, colon) if _ACTION.search(text, start, colon) is not None else (d.raw.start, d.raw.end)
    if (start, end) != span and (ctx.models_in(start, end) or ctx.orgs_in(start, end)):
        return start, end
    return span


# Words that report what someone said: what follows them is what was said, not the event's own status
# ("百度3月16日宣布，文心一言将…", "Google announced on May 14 that Gemini will …": both told that day).
_SAY_VERBS = r"宣布|表示|暗示|指出|(?<![A-Za-z])(?:announced|said|stated|confirmed|hinted)\b"
_SAY_WORDS = rf"{_SAY_VERBS}|{_TOLD_ZH}"
_SAYS = re.compile(_SAY_WORDS)
_SAYS_ON = re.compile(rf"(?:{_SAY_VERBS})\s*(?:on|于|在)?\s*$")
# (a saying right after its month: "在12月表示")
_SAID_RIGHT_AFTER = re.compile(rf"[底初末份]?(?:中旬)?(?:曾|也|再次|公开)?(?:{_SAY_WORDS})")


# A second predicate after the date, its subject the same: what it says is not the dated one's status ("Foo released
# Foo-4 in late November and is expected to follow with …")
_NEXT_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:(?:reportedly|reputedly|allegedly|also)\s+)?"
                             r"(?:(?:is|are|will|would|could|may|might|plans?|expects?|aims?|hopes?|has|have|had)\b"
                             # (or a promise: "open-sourced Grok 2.5 on August 23 and promised to open-source Grok 3")
                             r"|(?:promised|pledged|vowed|committed|promises|pledges|vows|commits)\s+to\b"
                             # (or a saying of what is to come: "… on Monday and said V4 would follow")
                             r"|(?:said|added|noted|announced|confirmed|hinted)\b"
                             rf"(?={IN_SENTENCE}{{0,60}}?\b(?:would|will|is\s+expected|plans?|planned)\b))")
_NEXT_PREDICATE_REACH = 80


def _second_predicate(text: str, start: int) -> bool:
    """Whether `start` opens a second predicate after " and " (see _NEXT_PREDICATE)."""
    return text.endswith(" and ", 0, start) and match_at(_NEXT_PREDICATE, text, start - 5) is not None


def _own_end(text: str, after: int, end: int) -> int:
    """Where the predicate that a date at `after` belongs to ends, before `end` (see _NEXT_PREDICATE)."""
    if text.find(" and ", after, min(end, after + _NEXT_PREDICATE_REACH)) == -1 \
            and text.find(" but ", after, min(end, after + _NEXT_PREDICATE_REACH)) == -1:
        return end  # (searched first in C: most clauses have neither)
    m = _NEXT_PREDICATE.search(text, after, min(end, after + _NEXT_PREDICATE_REACH))
    return end if m is None else m.start()


_BOOK_TITLE = re.compile(r"《[^《》\n]{0,60}》")


# A note added to a text later is dated when it was written ("**Update (June 10, 2025):** We have also released …")
_UPDATE_LEAD = re.compile(r"[\s*_>\[【]*(?:Updated?|UPDATE|Edit(?:ed)?|更新)\s*[(（,:：]?\s*")


def _paren_aside(text: str, start: int, pos: int) -> int:
    """Where the part of an open parenthesis that holds `pos` starts (past its last comma), else -1."""
    opened = max(text.rfind("(", max(start, pos - 60), pos), text.rfind("（", max(start, pos - 60), pos))
    if opened == -1 or text.find(")", opened, pos) != -1 or text.find("）", opened, pos) != -1:
        return -1
    return max(opened, text.rfind(",", opened, pos), text.rfind("，", opened, pos)) + 1


# What a goal's year follows ("到2027年"; not "达到", "提升到", a figure's)
_GOAL_BEFORE = re.compile(r"(?<![达提升增扩延推])到$")


# A clause set against the one before it, with a pronoun subject of its own: its status is its own ("… had been expected
# to release Foo-4 in December, but it shipped the model today")
_BUT_PRONOUN = re.compile(r"(?:it|they|the\s+(?:company|lab|firm|startup))\s+(?!will\b|would\b|is\b|are\b)[a-z]")
_BUT_REACH = 160  # characters before the date


def _status(ctx: DocContext, clause: tuple[int, int], time: TimeMention) -> str:
    text = ctx.text
    sent_start, sent_end = ctx.sentence(clause[0])
    # (looked for near the date: a search back to the start of a long sentence for each of its dates was quadratic)
    if (but := text.rfind(" but ", max(sent_start, time.start - _BUT_REACH), time.start)) != -1 \
            and match_at(_BUT_PRONOUN, text, but + 5):
        sent_start = but + 5
        clause = (max(clause[0], sent_start), clause[1])
    end = _own_end(text, time.end, clause[1])
    said = _SAYS.search(text, time.end, min(end, time.end + 24)) if time.end < end else None
    if said is not None:
        end = said.end()
    elif _SAYS_ON.search(text, max(sent_start, time.start - 16), time.start):
        end = min(end, time.end)
    window = text[sent_start:end]
    if ctx.tables and (cells := ctx.row_cells(time.start)) is not None:
        # (a table row's other cells qualify their own figures: "| Grok 4.1 | Nov 17, 2025 | ~3T (rumored) | 256K |"
        # tells no rumor of its release; a cell of words alone, a status column's, still tells its status)
        window = " ".join(c.text for c in cells if c.start <= time.start < c.end or not any(map(str.isdigit, c.text)))
        sent_end = clause[1]
    if "《" in window:  # (a title's words say nothing of the status: "发布《…行动计划》" is no plan)
        window = _BOOK_TITLE.sub("", window)
    as_of = ctx.as_of_at(time.start)  # (the text's last update, when it names one after its publication)
    future = as_of is not None and time.earliest is not None and time.earliest > as_of \
        and not _UPDATE_LEAD.fullmatch(text, ctx.line_start(time.start), time.start)
    own_start, own_end = ctx.clause(time.start)  # (the date's own clause: an aside's, or what came of a plan)
    participle = not future and own_start > clause[0] and text[own_start - 1] in ",，" \
        and _PARTICIPLE.match(text, own_start) is not None
    if participle and not _hearsay(text[own_start:own_end]):
        return "reported"  # (a participle's aside holds the date: "… will present Foo-9, first released on May 20"; the
        # sentence's hearsay is not the aside's: "Foo-3, launched Nov. 6, cost $4.6 million to train, according to …")
    # ("…, according to people familiar with the matter.")
    if (_hearsay(window) and not _heard_before_subject(ctx, sent_start, time.start, end)) \
            or _SOURCES_AFTER.search(text, clause[1], sent_end) or _outlet_reported(text, clause[1], sent_end) \
            or _told_by_tellers(text, clause[1], sent_end) \
            or (text[sent_end - 1 : sent_end] in _ZH_SENTENCE_LAST and text.find("人士", clause[1], sent_end) != -1
                and _TELLERS_LAST_ZH.match(text, clause[1], sent_end) is not None) \
            or _DENIED_NEWS.search(text, time.end, min(sent_end, time.end + _DENIAL_REACH)) is not None:
        return "rumored"
    near = future and as_of is not None and time.earliest is not None and (time.earliest - as_of).days <= _NEAR_DAYS
    done_mark = text.find("了", *clause) != -1 or text.find("已", *clause) != -1  # (found in C; most clauses lack both)
    if done_mark and (near or not future) and _DONE.search(text, *clause):
        return "reported"  # "…预计将在年底前推出Gemini 3，Anthropic则在8月5日发布了Claude Opus 4.1"
    if near and _PAST_ACTION.search(text, *clause) and not _PREDICTED.search(window):
        return "reported"
    if not future and own_start > sent_start and text[own_start : own_start + 3].lstrip()[:1] in _REALIZED_FIRST \
            and match_at(_REALIZED, text, own_start) is not None and not to_come(text[own_start:end]):
        return "reported"  # (what came of a plan told before, in a clause of its own: "OpenAI原计划在11月底发布
        # GPT-5.2，最终于12月11日推出", "had planned to launch it in late November, but finally shipped it on …")
    own = text[clause[0] : end]
    if not future and (aside := _paren_aside(text, clause[0], time.start)) != -1 \
            and _PARTICIPLE.match(text, aside) is not None:
        return "reported"  # (or a parenthesis: "The old version (Foo-3, released May 7) will be retired on …")
    if not future and len(own) < len(window) and _PAST_ACTION.search(own) and not to_come(own):
        return "reported"  # ("Amazon plans to launch A in the third quarter, and released B in March")
    if len(own) < len(window) and _planned(own) and not _PREDICTED.search(own):
        return "planned"  # ("OpenAI is expected to release GPT-5 in May, and Google plans to bring Gemini 3 …")
    if _planned(window) and not _FORECAST.search(window):
        return "planned"  # ("预计将于…推出" is a forecast)
    if not done_mark and time.precision == "year" and text[time.start : time.start + 1].isdigit() \
            and _GOAL_BEFORE.search(text, max(sent_start, time.start - 2), time.start) is not None \
            and text.find("从", sent_start, time.start) == -1 and not _PREDICTED.search(window):
        return "planned"  # (a goal's year: "提出到2027年，…普及率超70%"; not a span's end, "从年初…到年末…")
    return "predicted" if future or _PREDICTED.search(window) or _TOLD_FORECAST.search(own) \
        or (contains_any(window, _AHEAD_WORDS, 0, len(window)) and _AHEAD.search(window) is not None) else "reported"


# (the words that open a clause telling what came of a plan: "最终", "后来", "but finally", "eventually")
_REALIZED = regex.compile(r"[ \t]*(?:[但却而][ \t]?)?(?:最终|最后|后来|终于|实际上?)"
                          r"|\s*(?:but\s+|and\s+)?(?:finally|eventually|ultimately|instead|in\s+the\s+end)\b", regex.I)
_REALIZED_FIRST = frozenset("但却而最后终实bBaAfFeEuUiI")  # (their first characters, tested first)


def _heard_before_subject(ctx: DocContext, sent_start: int, date_at: int, end: int) -> bool:
    """Whether the hearsay of the sentence is all before the date's clause, which has a subject of its own after "and":
    "Foo-4 is rumored for early 2026, and OpenAI has said it plans to release a new open model in the first quarter"
    (the plan is no rumor)."""
    joints = _subject_joints(ctx, sent_start, date_at, acted=False)  # (its words found in C first)
    return bool(joints) and not _hearsay(ctx.text[joints[-1].end() : end])


# "百度正式官宣文心大模型5.0，并于11月13日正式发布": a clause that goes on from the one before it with 并 (and then)
# and names no model is about that clause's models
_GOES_ON = re.compile(rf"\s*(?:{_THEN_ZH}|(?:and\s+)?then|and\s+later)(?![A-Za-z])")
# (after a date, the subject left out: "7月23日又发布了…")
_SAME_SUBJECT_ZH = re.compile(r"[ \t]*(?:又|还|再次?|随后|随即|接着|紧接着|继而)")


# What a model knows up to is no happening: "a knowledge cutoff of September 30, 2024", "| Knowledge cutoff | … |",
# "知识截止日期为2024年9月30日", "训练数据截至2024年6月"
# (not past its aside's end: "(knowledge cutoff) and released October 1")
_CUTOFF_BEFORE = re.compile(r"(?:(?i:cut-?off)|(?:知识|数据)(?:截止|截至))[^\n.;。；)）]{0,16}$"
                            # ("trained on data through June 2025")
                            r"|(?i:\bdata\s+(?:through|until|up\s+to)\s+)$")
# (or named after it: "through June 2025 (knowledge cutoff)")
_CUTOFF_AFTER = re.compile(r"[ \t]*[(（][ \t]*(?:knowledge[ \t]+|training[ \t]+(?:data[ \t]+)?)?cut-?off[ \t]*[)）]",
                           re.I)


def _cutoff(text: str, pos: int, end: int) -> bool:
    near = text[max(0, pos - 28) : pos]
    return (("ut" in near or "截" in near or "ata" in near) and _CUTOFF_BEFORE.search(near) is not None) \
        or (text[end : end + 2].lstrip()[:1] in ("(", "（") and match_at(_CUTOFF_AFTER, text, end) is not None)


# (or a table's column so headed: "| Model | Context window | Knowledge cutoff |")
_CUTOFF_HEADER = re.compile(r"(?i:cut-?off|knowledge|training\s+data)|(?:知识|数据)(?:截止|截至)")


def _cutoff_column(ctx: DocContext, pos: int) -> bool:
    head = ctx.header_over(pos) if ctx.tables else None
    return head is not None and _CUTOFF_HEADER.search(head.text) is not None


def _record(ctx: DocContext, time: TimeMention, span: tuple[int, int], status_span: tuple[int, int]
            ) -> EventRecord | None:
    if time.value is None or time.earliest is None or time.latest is None or _cutoff(ctx.text, time.start, time.end) \
            or _cutoff_column(ctx, time.start):
        return None
    precision = _EVENT_PRECISION.get(time.precision)
    if precision is None:
        return None
    date = time.value if time.precision in ("day", "month", "year") else time.value[:4]
    earliest, latest = time.earliest, time.latest
    qualifier = time.qualifier
    if time.precision in ("quarter", "half") and qualifier is not None:
        # (a quarter's end is its last month, not the year's end: "by the end of Q1 2026" is 2026-03, late, its days
        # those of late March; its middle says no month)
        edge = latest if qualifier == "late" else earliest if qualifier == "early" else None
        date, precision, qualifier = (f"{edge.year:04d}-{edge.month:02d}", "month", qualifier) if edge else (
            date, precision, None)
        if edge is not None:
            earliest, latest = month_part(edge.year, edge.month, qualifier)
    if time.precision == "day" and ctx.text.endswith(_WEEK_OF, max(0, time.start - 8), time.start):
        latest = earliest + dt.timedelta(days=6)  # ("the week of November 17": that day's week, no finer)
    if time.precision == "week" or latest != time.latest:
        if earliest.year != latest.year:
            return None
        precision = "month" if earliest.month == latest.month else "year"
        # (from its first day: a weekend's week may start in the month before, "last weekend" on November 1 and 2)
        date = earliest.isoformat()[:7] if precision == "month" else earliest.isoformat()[:4]
    if time.end < span[1] and (own_end := _own_end(ctx.text, time.end, span[1])) < span[1] \
            and (ctx.models_in(span[0], own_end) or ctx.orgs_in(ctx.sentence(span[0])[0], own_end)):
        span = (span[0], own_end)
        if status_span[0] <= own_end < status_span[1]:
            status_span = (status_span[0], own_end)
        # (a second predicate after the dated act is not of that day, nor its verb: "DeepSeek published V3.2 on Monday
        # and said V4 would follow", "… and is expected to follow with Foo-4"; nor its model when the dated act names
        # its actor alone: "OpenAI declared a code red on Monday and is expected to ship GPT-5.2 …")
    models, org = _actors(ctx, *span, time.start)
    if models and contains_any(ctx.text, _COMPANY_WORDS, span[0], time.start) \
            and (company := _AND_COMPANY.search(ctx.text, span[0], time.start)) is not None \
            and _IT_OBJECT.search(ctx.text, company.end(), span[1]) is None:
        # (the company's own clause: not the models of the clause before; its own, "… and the company plans to release
        # Llama 5 in 2026"; not when it speaks of them, "…, and the company will open-source it in 2026")
        org = org or next((m.org for m in ctx.models_in(*span) if m.org), None)
        models = [m.text for m in ctx.models_in(company.end(), span[1])]
    if models and org is not None and contains_any(ctx.text, _COMPANY_WORDS, ctx.sentence(span[0])[0], span[1]) \
            and (subject_org := _company_meant(ctx, span[0])) is not None and not _acting_orgs(ctx, *span):
        org = subject_org  # (the company the subject stands for, not the maker of the model it acts on: "Microsoft
        # said … The company plans to make GPT-5.1 available in Microsoft 365 Copilot")
    if len(models) > 1 and (owner := ctx.cell_model(time.start)) is not None and owner.text in models:
        models = [owner.text]  # (a date in a table's row is its model's, not other cells': "| A | 2025-06-06 | B |")
    elif not models and ctx.tables and (owner := ctx.cell_model(time.start)) is not None:
        models, org = [owner.text], org or owner.org  # (a date in a column its model heads: "| Release date | …")
    if not models and org is not None \
            and (pointed := _object_pronoun_model(ctx, span) or _described_model(ctx, span)) is not None:
        models = [pointed.text]
    elif not models and (about := _headed_subject(ctx, span[0], time.start)) is not None:
        models, org = [about.text], org or about.org  # (what a heading names, "Released September 19, 2025 by xAI."
        # tells of)
    if not models and span[0] > 0 and (goes_on := _GOES_ON.match(ctx.text, span[0])) is not None \
            and ctx.text[span[0] - 1] in ",，" and goes_on.end() < span[1]:
        models, org_before = _actors(ctx, ctx.clause(span[0] - 1)[0], span[0])  # (the clause it goes on from)
        org = org or org_before
    if not models and org is None and _second_predicate(ctx.text, span[0]) \
            and (subject := _acting_orgs(ctx, ctx.sentence(span[0])[0], span[0])):
        org = subject[0].text  # (a second predicate's subject is the first's: "Foo released A in May and is expected")
    if org is None and span[0] > 0 and ctx.text[span[0] - 1] in ",，;；" \
            and match_at(_SAME_SUBJECT_ZH, ctx.text, time.end) is not None \
            and _LEADS.fullmatch(ctx.text, span[0], time.start) is not None \
            and (subject := _acting_orgs(ctx, ctx.sentence(span[0] - 1)[0], span[0])):
        org = subject[0].text  # (a clause led by its date, its subject left out, goes on from the one before:
        # "谷歌于1月23日发布Foo-2；7月23日又发布了Foo-3")
    head = ctx.subject_model(span[0]) if not models and org is None else None
    if head is not None and head.start < (line_start := ctx.line_start(span[0])) \
            and (pointed := ctx.pronoun_model(ctx.sentence(span[0])[0])) is not None and pointed.start >= line_start:
        head = pointed  # (a pronoun for the model its line named before, not for its heading's: "…misstated the
        # release date of Llama 4 Scout. It was released on April 5" under "# Meta delays Llama 4 Behemoth")
    together: list[ModelMention] = []
    if head is None and not models and org is None:  # ("…; the model was released on Feb. 24", "该模型于…发布")
        sent_start = ctx.sentence(span[0])[0]
        # ("The models were released on …", "两款模型均于…开源", "Both launched on …": the models the paragraph named
        # before, together; first, as "Both" is a pronoun too)
        together = ctx.subjects_together(sent_start)
        head = None if len(together) > 1 else ctx.pronoun_model(sent_start) \
            or _model_before_semicolon(ctx, sent_start) or _elided_model(ctx, time.start)
    meant = False
    if head is not None:
        models, org = [head.text], head.org
    elif together:
        makers = {m.org for m in together}
        models, org = [m.text for m in together], makers.pop() if len(makers) == 1 else None
    elif not models and org is None:
        org = _company_meant(ctx, span[0])
        if org is None:
            return None
        meant = True
        # (and its pronoun object, the model the sentence before named: "OpenAI is training a model called Foo-2. The
        # company plans to launch it in the first quarter of 2026")
        if (pointed := _object_pronoun_model(ctx, span)) is not None and pointed.org in (None, org):
            models = [pointed.text]
    elif org is None:  # ("In July the company introduced Voxtral": its models' maker, as the sentence before names it)
        org = _company_meant(ctx, span[0]) or _subject_maker(ctx, span, models)
    # (an item of a list shares the clause's verb: "released A in May and B in June")
    # (a date in a table's cell: first its column's verb, not another cell's, "| GPT-4o | 2024.05 | 未公开 |" under
    # "| 模型 | 发布时间 | 参数 |")
    column = _column_action(ctx, time)
    first = column if column is not None and ctx.cell_model(time.start) is not None else None
    action = first or _nearest_action(ctx.text, span, time) or _nearest_action(ctx.text, status_span, time) \
        or column or _asked_action(ctx, time) or _head_action(ctx, time) or _field_action(ctx, time)
    if action is not None and action.end() <= time.start and _ASIDE_OPENS.search(ctx.text, span[0], action.start()) \
            and ctx.clause(action.start()) != ctx.clause(time.start):
        action = None  # (another clause's aside: "X, founded … in February 2025, closed a $2 billion round in July")
    if (head is not None or together or meant or time.precision == "week") and action is None \
            and not (head is not None and _record_date(ctx, time)) \
            and not (time.precision == "week" and models and not (head or together or meant)
                     and _status(ctx, status_span, time) != "reported"):
        return None  # (a clause about the line's model, or a week's news, says what it did: not "本周最受关注的是阿里";
        # a model foretold for a week needs none: "Gemini 3 is widely expected next week")
    if action is not None and _undisclosed_cell(ctx.text, action, time.start, time.end):
        action = None  # (a row's cell laid out with spaces: "1 百度 文心4.5 2025年3月16日 未公开", undisclosed)
    if action is not None and _NEGATED.search(ctx.text, max(span[0], action.start() - 24), action.start()) \
            and not _UNTIL.search(ctx.text, *span):
        if action.start() < time.end or ctx.clause(action.start()) == ctx.clause(time.start):
            return None  # ("OpenAI did not release GPT-5 in 2024", "并未在2024年发布": nothing happened; not "won't
            # ship until June", "不会在…之前发布", which say when it will)
        if not span[0] <= time.start < span[1]:
            return None  # (a clause of its own after the date's, whose verb is denied: "2019年2月，A问世，OpenAI起初
            # 未完整开源，…")
        action = None  # (another clause's, after the date's: "Two months later, Alibaba answered with Qwen3-Max,
        # which it says has more than a trillion parameters but has not released")
    if action is None and (clause_start := ctx.clause(time.start)[0]) < time.start \
            and _NEGATED.search(ctx.text, max(clause_start, time.start - 24), time.start) \
            and not _UNTIL.search(ctx.text, *span):
        return None  # (what will not come, its verb none of release: "Altman has said GPT-6 will not come this year")
    if action is None and ctx.text.endswith(("until ", "till "), max(0, time.start - 6), time.start) \
            and not ctx.text.endswith(_DEADLINE_BEFORE, max(0, time.start - 12), time.start - 6) \
            and _NOT_UNTIL.search(ctx.text, max(0, time.start - 60), time.start) is None:
        return None  # (when a state ends, no happening: "Speciale is API-only until December 15th"; a deadline is one,
        # "have until 2 August 2027 to comply")
    if action is not None and _denied(ctx.text, ctx.sentence(span[0])[0], action.start()):
        return None  # ("Google denied reports that Gemini 4 would launch in December", "谷歌否认…将于12月发布")
    if action is None and (clause_start := ctx.clause(time.start)[0]) < time.start \
            and contains_any(ctx.text, _FIRST_PERSON_WORDS, clause_start, time.start) \
            and _FIRST_PERSON.search(ctx.text, clause_start, time.start) is not None:
        return None  # (what the writer did is no news: "GPT-5.1, which I'd switched to in mid-November after Foo-3
        # disappointed me")
    if action is None and _UPDATE_LEAD.fullmatch(ctx.text, ctx.line_start(time.start), time.start) is not None:
        return None  # (a note's date, when it was written, and nothing it tells happened: "Edit (May 3): Foo-3 at Q4
        # fits in 24GB")
    if action is None and contains_any(ctx.text, _WE_WORDS, *span) and _WE_USED.search(ctx.text, *span) is not None:
        return None  # (nor what the writer's team put a model to use in: "2025年3月，我们在8张H100上部署了DeepSeek-V3")
    status = _status(ctx, status_span, time)
    if status == "reported" and _bound_before(ctx.text, time):
        return None  # (what happened before a day is not dated by it: "GPT-4o was released before June 2024")
    if time.precision in ("quarter", "half") and action is None and status == "reported" \
            and ctx.header_over(time.start) is None:
        # (a quarter or a half with no verb, not to come, is a figure's period: "百度第一季度营收325亿元"; not a
        # roadmap's row: "| Q2 2025 | Llama 4 Behemoth | training |")
        return None
    if action is None and not models and match_at(_FIGURE_PERIOD, ctx.text, time.end) is not None:
        return None  # (nor a company's figure for a period: "科大讯飞（2024年营收233亿元）", "its 2024 revenue of")
    if action is None and not models and (title := ctx.title_line()) is not None \
            and title[0] <= time.start < title[1] < len(ctx.text):
        return None  # (nor a title's date with a company and no verb: a sitting's or a theme's, "【图文直播】2025百度
        # 世界大会")
    if action is None and not models and (_issuer_line(ctx, time) or _running_line(ctx, time)):
        return None  # (nor a report's issuer and its month under its title: "中国信息通信研究院  2025年12月"; nor a PDF
        # page's running header, its line again on every page: "中国信通院    2025年人工智能发展白皮书")
    if not models and action is not None and action.group(0) == "宣布" and action.end() <= span[1] \
            and (said := match_at(_SAID_NEXT, ctx.text, action.end())) is not None:
        # (what was announced is the next clause: "上周五，字节跳动还宣布，旗下视频生成模型Seedance 1.0 Pro已全面开放")
        announced = ctx.clause(said.end())
        models = _actors(ctx, *announced)[0]
        span = (span[0], announced[1]) if models else span
    if models and action is not None and _COMPANY_ACTION.fullmatch(action.group(0)) \
            and span[0] <= time.start < span[1] and not ctx.models_in(*ctx.clause(time.start)):
        # (a company's own news in a clause that names no model: "…introduced Voxtral, and in September it raised
        # €1.7 billion": the company's, not Voxtral's)
        org = org or next((m.org for m in ctx.models_in(*span) if m.org), None)
        models = []
    return ctx.record(EventRecord,
        date=date, precision=precision, qualifier=qualifier, earliest=earliest, latest=latest,
        models=tuple(dict.fromkeys(models)), org=org, action=_action_written(ctx, action),
        status=status, prov=ctx.prov(*span),
    )


_ISSUER_MARKS = " \t\u3000,，|·•*_—–-"
_ISSUER_LINE = 80  # characters: an issuer's line is short


def _issuer_line(ctx: DocContext, time: TimeMention) -> bool:
    """Whether the line of `time` holds nothing but it and one organization's name (a report's issuer and its date)."""
    start = ctx.line_start(time.start)
    end = ctx.text.find("\n", time.end, start + _ISSUER_LINE)  # (looked for only as far as such a line may reach)
    end = len(ctx.text) if end == -1 and len(ctx.text) <= start + _ISSUER_LINE else end
    orgs = ctx.orgs_in(start, end) if end != -1 else []
    if len(orgs) != 1:
        return False
    org = orgs[0]
    first, second = sorted(((org.start, org.end), (time.start, time.end)))
    return not (ctx.text[start : first[0]] + ctx.text[first[1] : second[0]] + ctx.text[second[1] : end]).strip(
        _ISSUER_MARKS)


def _running_line(ctx: DocContext, time: TimeMention) -> bool:
    """Whether the line of `time` stands again, whole, elsewhere in the text (a page's header or footer)."""
    text = ctx.text
    start = ctx.line_start(time.start)
    end = text.find("\n", time.end)
    line = text[start : len(text) if end == -1 else end]
    if end == -1 or not line.strip():
        return False
    for again in (text.find(line, end), text.rfind(line, 0, max(0, start - 1))):
        if again != -1 and (again == 0 or text[again - 1] == "\n") \
                and text[again + len(line) : again + len(line) + 1] in ("", "\n"):
            return True
    return False


_NEGATED = regex.compile(rf"{NOT_WORD}\s+(?:[a-z]+\s+)?$|\bno\s+(?:plans?|intention)\s+to\s+$"
                         r"|(?:并未|尚未|从未|未能|没有|未曾|不会|(?<![将尚])未)\s*(?:完整|完全|正式|全面|公开)?"
                         r"(?:[在于][^，。；,;\n]{0,12})?$")
def _undisclosed_cell(text: str, action: regex.Match[str], date_start: int, date_end: int) -> bool:
    """Whether the verb `action` (of text) is a word for undisclosed alone, right after the date at
    [date_start, date_end) or a blank, at its line's end ("… 2025年3月16日 未公开", normalized text drops the blank
    between Han): a row's cell of a table laid out with spaces, no release denied (not prose's "…于2025年6月未公开")."""
    start = action.start() - 1
    return text[start : action.start()] == "未" and (start == date_end or text[start - 1 : start] in (" ", "\t")) \
        and text[action.end() : action.end() + 1] in ("", "\n") \
        and text[date_start - 1 : date_start] not in ("于", "在")


# What a company denies did not happen and is not to: "Google denied reports that Gemini 4 would launch in December"
# (past words on the report: "denied an earlier Reuters report that …")
_DENIED = regex.compile(r"\b(?:denie[sd]|deny(?:ing)?|dismisse[sd]|refute[sd]|rejecte?[sd]?)\s+(?:the\s+|an?\s+)?"
                        r"(?:(?:earlier|recent|previous|media|press|[A-Z][\w.]*)\s+){0,3}"
                        # ("denied that Foo-7 would ship")
                        r"(?:reports?|rumou?rs?|claims?|speculation|that)\b|否认|辟谣")
_DENYING = ("den", "dismiss", "refut", "reject", "否认", "辟谣")  # (looked for first: the pattern leads with none)


def _action_written(ctx: DocContext, action: regex.Match[str] | None) -> str | None:
    """The verb as its source writes it ("發表" in a traditional text); one read in a table's cell, as the cell does."""
    if action is None:
        return None
    return ctx.written(*action.span()) if action.string is ctx.text else action.group(0)


def _denied(text: str, start: int, end: int) -> bool:
    return contains_any(text, _DENYING, start, end) and _DENIED.search(text, start, end) is not None


# A date that bounds what happened ("released before June 2024", "在2024年6月之前发布"); not one near it ("shortly
# before", "days before"), nor the day before an event, a form of its own
_BEFORE_BOUND = regex.compile(r"(?<![A-Za-z])(?<!\b(?:shortly|just|right|days|weeks|months|hours|long|well)\s)"
                              r"(?:before|prior\s+to)\s+(?:the\s+)?$", regex.I)
_BOUND_AFTER = ("之前", "以前")
_BEFORE_WORDS = ("efore", "rior")  # (found in C first)


def _bound_before(text: str, time: TimeMention) -> bool:
    return text.startswith(_BOUND_AFTER, time.end) or (
        contains_any(text, _BEFORE_WORDS, max(0, time.start - 12), time.start)
        and _BEFORE_BOUND.search(text, max(0, time.start - 16), time.start) is not None)


_UNTIL = regex.compile(rf"\b(?:until|till|before)\b|之前|以前|前(?={RELEASED})")


# A word for a company as a sentence's subject ("Anthropic is … Founded in 2021, the company builds …",
# "该公司成立于2023年3月"): it opens the sentence or comes right after a clause that leads it.
# (after a time's phrase without a comma too: "In July the company introduced Voxtral")
# (or after who said it: "People familiar with the matter said the company is aiming for a launch in …")
_THIS_COMPANY_ZH = r"该公司|这家公司|该企业"
# (or an institute, a lab, a team: "记者…从智源研究院获悉，该院当天发布了…")
_THIS_INSTITUTE_ZH = r"该(?:院|所|机构|团队|实验室)|这家机构"
_COMPANY_SUBJECT = re.compile(r"\s*(?:(?:In|On|By|During|Last|This|Earlier|Later|Then)\b[^,.\n]{0,24}?\s+"
                              r"|[A-Z][^,.\n]{0,40}?\s(?:said|says|reported|reports)\s+(?:that\s+)?)?"
                              rf"(?:(?:[Tt]he\s+(?:company|firm|startup|lab)|{_THIS_COMPANY_ZH}|{_THIS_INSTITUTE_ZH})"
                              r"(?![A-Za-z])"
                              # (公司 alone before its verb or its time, as a profile goes on: "公司于今年3月发布了…",
                              # "公司曾于2025年3月完成A轮融资")
                              rf"|公司(?=[于在将已曾]|今年|近日|正式|宣布|成立|完成|获得|{RELEASED})"
                              # (or "it" that does what only a company does: "In September it raised $13 billion")
                              rf"|[Ii]t\s+(?=(?:has\s+|had\s+)?(?:{_COMPANY_EN})))")


# A sentence that opens with a verb of release, its subject left out, and then its date ("Launched June 10.",
# "Preview released June 17, with a 1M-token context window"): about the model before, as a pronoun's is; or of its
# end, as a changelog's note writes it ("Deprecated on July 14, 2025.")
_ELIDED_LEAD = re.compile(rf"[ \t>*_]*(?:[A-Z][a-z]+\s+)?(?i:{_PUT_OUT}|{_ENDED})"
                          r"\s+(?:on\s+|in\s+)?")


def _elided_model(ctx: DocContext, pos: int) -> ModelMention | None:
    """The model a sentence whose subject is left out before its verb and the date at `pos` is about."""
    sent_start = ctx.sentence(pos)[0]
    lead = _ELIDED_LEAD.match(ctx.text, sent_start, pos)
    return ctx.referent(sent_start) if lead is not None and lead.end() == pos else None


# (past the date between them: "腾讯混元于11月21日发布并开源HunyuanVideo 1.5")
_DATE_CHARS = r"\d年月日号上中下午晚早凌晨间初底旬周一二三四五六七八九十今昨本前"
_THEN_ADVERBS = "(?:又|再|还|随后|同时|也|正式|相继|首次|再次)*"  # (between a date and its verb: "又开源了")
# (past a word of plan or forecast and its date: "腾讯混元预计于明年一季度发布HunyuanImage 4.0",
# "腾讯混元最快下月开源新模型HunyuanVideo 2.0")
_DROPPED_SUBJECT = re.compile(rf"(?:则|也|还|又|亦|同样)?(?:预计|计划|有望|或将|将|拟|最快|最早)?"
                              # (a day as a holiday's or with its time: "则在双十一当天发布了")
                              rf"(?:(?:[于在](?:北京时间)?)?[{_DATE_CHARS}明去季度]{{1,12}}|[于在][^，,。；;：:\n]{{1,12}}?)?"
                              rf"{_THEN_ADVERBS}(?:{RELEASED})")
# (a Chinese part after a semicolon that opens with its date and its verb, no subject: "2024年3月升级至200万字")
_SUBJECT_LEFT_OUT = re.compile(rf"[ \t]*[{_DATE_CHARS}]{{2,12}}[，,]?[ \t]*"
                               rf"{_THEN_ADVERBS}(?:{RELEASED}|升级|更新|扩展|扩容|迭代)")


# (what _COMPANY_SUBJECT names, found in C; not the institutes' and teams' words, rare and tried on every record: a
# subject of theirs is found all the same where the clause names no company, "该院当天发布了…")
_COMPANY_WORDS = ("company", "firm", "startup", " lab", "公司", "企业")
# The company as the subject of a later clause of the sentence, after "and" ("OpenAI released GPT-5 in August, and the
# company plans to release an open model in early 2026", "…, and that the company would …", "…，该公司计划…"): the
# models before it are the earlier clause's
_AND_COMPANY = re.compile(r"(?:\b(?:and|but|while)\s+(?:that\s+)?)(?:[Tt]he\s+(?:company|firm|startup|lab))(?![A-Za-z])"
                          rf"|[，；,;][ \t]*(?:并且?|而且?|同时)?[ \t]*(?:{_THIS_COMPANY_ZH})")
_IT_OBJECT = re.compile(r"\b(?:it|them)\b|(?<!其)它")


def _subject_maker(ctx: DocContext, span: tuple[int, int], models: list[str]) -> str | None:
    """The company that is the subject of the sentence whose later clause tells of `models` of no known maker:
    "近日，Meta被曝正在训练下一代模型，代号“Avocado”，预计明年春季发布" is Meta's."""
    first = ctx.sentence(span[0])[0]
    named = [m for m in ctx.models_in(*span) if m.text in models]
    if first >= span[0] or not named or any(m.org for m in named):
        return None
    if (line := match_at(_DATELINE, ctx.text, first)) is not None and line.end() < span[0]:
        first = line.end()  # (its subject past a dateline: "SAN FRANCISCO, Nov. 18 /PRNewswire/ -- Acme Labs, …")
    lead = [o for o in _acting_orgs(ctx, first, span[0]) if o.start - first <= _SUBJECT_REACH]
    return lead[0].text if lead else None


# (a company named with its apposition at the sentence's start: models.rules.APPOSED_COMPANY)
_APPOSED_COMPANY = re.compile(rf"[ \t*_>]*{APPOSED_COMPANY}")


def _company_meant(ctx: DocContext, pos: int) -> str | None:
    """The organization a word for a company that is the subject of the sentence at `pos` stands for: the
    first one the sentence before names (a company's profile is told by sentences about it), or the one before
    that when it names none itself ("Mistral AI has had a busy year. The Paris-based company released …. In July
    the company introduced …"), three sentences back at most."""
    own = sent_start = ctx.sentence(pos)[0]
    after = ctx.after_leading_clause(sent_start)
    # (or none at all, in Chinese, right after the date's clause: "1月23日，OpenAI推出Operator。2月2日，又推出Deep
    # Research", the sentence before's, in its paragraph)
    dropped = after != -1 and _DROPPED_SUBJECT.match(ctx.text, after) is not None
    if not (_COMPANY_SUBJECT.match(ctx.text, sent_start) or (after != -1 and _COMPANY_SUBJECT.match(ctx.text, after))
            or dropped):
        return None
    if after != -1 and (apposed := _APPOSED_COMPANY.match(ctx.text, sent_start)) is not None \
            and apposed.end(1) < after <= apposed.end():
        return apposed.group(1)  # (the word for a company is the name's apposition, not a company named before)
    if after != -1 and contains_any(ctx.text, _LEARNED_WORDS, sent_start, after) \
            and (told := ctx.orgs_in(sent_start, after)):
        return told[0].text  # (the one the news was had from: "记者12月3日从智源研究院获悉，该院当天发布了…")
    for _ in range(1 if dropped else 3):
        previous = ctx.previous_sentence(sent_start)
        if previous >= sent_start or (dropped and ctx.text.find("\n", previous, sent_start) != -1):
            return None
        # (not one named in its possessive past the sentence's start, an object's: "The launch follows Google's
        # release of …" does not make Google "the company" of the sentence after)
        orgs = [o for o in _acting_orgs(ctx, previous, sent_start)
                if not ctx.text.startswith(("'s ", "’s "), o.end) or not ctx.text[previous : o.start].strip()]
        if orgs:
            return orgs[0].text
        sent_start = previous
    # (公司 alone, in a text whose first line names a company, is that one: an issuer's prospectus or notice,
    # "北京智谱华章科技股份有限公司" over "…公司成立于2019年6月")
    if not dropped and (ctx.text.startswith("公司", own) or (after != -1 and ctx.text.startswith("公司", after))) \
            and (first := ctx.first_line()) is not None and (named := ctx.orgs_in(*first)):
        return named[0].text
    return None


def _column_action(ctx: DocContext, time: TimeMention) -> regex.Match[str] | None:
    """A date in a table's column headed 发布时间/Release date: the header's verb ("发布"); in a row of that name
    under models' names, the row's."""
    head = ctx.header_over(time.start) if ctx.tables else None
    found = _ACTION.search(head.text) if head is not None else None
    if found is None and head is not None and (row := ctx.row_head(time.start)) is not None:
        found = _ACTION.search(row.text)
    return found


# The name of a field that gives a date: a table row's ("| Release date |", "| 发布时间 |", "| Date |"), a record's
# ("时间：2025年1月20日", "Date: …", see _record_date)
_DATE_WORDS = r"时间|日期|(?i:date|when)"
_DATE_FIELD = re.compile(rf"{_DATE_WORDS}|(?i:released?|launch(?:ed)?)")


def _asked_action(ctx: DocContext, time: TimeMention) -> regex.Match[str] | None:
    """A date in a Q&A's answer: the question's verb ("Q: When was Llama 3.1 released?" over "A: On July 23, 2024.")."""
    question = ctx.question_of(time.start)
    return _ACTION.search(ctx.text, *question) if question is not None else None


def _head_action(ctx: DocContext, time: TimeMention) -> regex.Match[str] | None:
    """A date in a plain text's record: its head line's verb ("第二名 GPT-5发布" over "时间：2025年8月7日")."""
    record = ctx.record_head(ctx.line_start(time.start))
    return _ACTION.search(ctx.text, record[1], record[2]) if record is not None else None


# (a record's date field is its news, whatever its head says)
_DATE_KEY = re.compile(rf"{LINE_LEAD}(?:{_DATE_WORDS})(?:\*\*)?[ \t]*[:：]")


def _field_action(ctx: DocContext, time: TimeMention) -> regex.Match[str] | None:
    """A date in a record's date field ("Date: 2025-04-14", "- date: 2025-04-14") with no head line over it: the verb
    another field of its record tells ("Change: Released in the API."); the record runs from its first line (an item's
    mark opens it) to a blank line or the next item, within RECORD_REACH characters."""
    text = ctx.text
    line_start = ctx.line_start(time.start)
    if _DATE_KEY.match(text, line_start, time.start) is None or ctx.record_head(line_start) is not None:
        return None  # (a record under a head line: its head tells what happened, _head_action)
    start = line_start
    while start > 0 and line_start - start < RECORD_REACH and not _ITEM_OPENS.match(text, start):
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break
        start = above
    end = text.find("\n", time.end)
    while end != -1 and end - line_start < RECORD_REACH:
        below = text.find("\n", end + 1)
        line = text[end + 1 : len(text) if below == -1 else below]
        if not line.strip() or _ITEM_OPENS.match(line):
            break
        end = below
    end = len(text) if end == -1 else end
    found = [a for a in _ACTION.finditer(text, start, end) if not line_start <= a.start() < time.end]
    return found[0] if found else None


_ITEM_OPENS = re.compile(rf"[ \t]*{BULLET_CLASS}[ \t]")  # (a list's item opens a record: "- date: …")


def _record_date(ctx: DocContext, time: TimeMention) -> bool:
    line_start = ctx.line_start(time.start)
    return _DATE_KEY.match(ctx.text, line_start, time.start) is not None and ctx.record_head(line_start) is not None


# A section's model, where its heading names it alone: a markdown heading's (ctx.heading_model), or a numbered line's
# over a blank one ("一、DeepSeek-R1", "3. Kimi K2", "**Qwen3**")
_NUMBERED_HEAD = regex.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、)])?[ \t]*(?:\*\*)?[ \t]*")
_HEAD_END = re.compile(r"[ \t]*(?:\*\*)?[ \t]*")
# What a sentence without a subject opens with before its date, under such a heading: a verb ("Released as a preview on
# June 17, 2025."), or nothing but 于/在 ("1月20日发布，6710亿参数。")
_NO_SUBJECT_VERB = re.compile(r"(?:Released|Launched|Announced|Introduced|Unveiled|Open-sourced|Shipped)\b[^\n.;。；]*")
# (or in Chinese, the day's field said with a copula: "发布时间是11月6日", "开源日期为12月1日")
_NO_SUBJECT_FIELD = re.compile(r"(?:正式)?(?:发布|开源|上线|推出|亮相)(?:的)?(?:时间|日期)(?:是|为|定在|在)")
_NO_SUBJECT_REACH = 48  # characters from the sentence's start to its date
_BY_MAKER = re.compile(r"[ \t]+by[ \t]+\w")


def _released_by(ctx: DocContext, raw: RawTime) -> bool:
    """Whether a byline's day is a release's too, its line led by the verb a subject left out opens with: by its maker
    ("Released September 19, 2025 by xAI." under "# Grok 4 Fast scorecard"), or under a heading that names a model
    ("# Foo-2 Flash" over "Released on June 17, 2025.")."""
    text = ctx.text
    lead = text[_line_start_near(text, raw.start) : raw.start].strip(" \t*_>")
    return lead[:1].isupper() and _NO_SUBJECT_VERB.fullmatch(lead) is not None \
        and (_BY_MAKER.match(text, raw.end) is not None or ctx.heading_model(raw.start) is not None)


def _headed_subject(ctx: DocContext, start: int, date_at: int) -> ModelMention | None:
    """The model of the heading right over the paragraph whose first sentence, its subject left out, holds the date at
    `date_at` ("## Gemini 2.5 Flash-Lite" over "Released as a preview on June 17, 2025."; "一、DeepSeek-R1" over
    "1月20日发布，6710亿参数。")."""
    text = ctx.text
    sent_start = ctx.sentence(start)[0]
    line_start = ctx.line_start(sent_start)
    # (string tests first, no pattern's call: most sentences open no line, and most that do have a subject)
    if line_start < 2 or sent_start - line_start > 8 or date_at - sent_start > _NO_SUBJECT_REACH \
            or text[line_start:sent_start].strip(" \t*_>"):
        return None
    lead = text[sent_start:date_at].strip(" \t*_>")
    verb = (lead[:1].isupper() and _NO_SUBJECT_VERB.fullmatch(lead) is not None) \
        or (lead[-1:] in "是为在" and _NO_SUBJECT_FIELD.fullmatch(lead) is not None)
    if not verb and lead not in ("", "于", "在"):
        return None
    if verb and (section := ctx.heading_model(sent_start)) is not None:
        return section  # ("Released November 6, 2025 by Moonshot AI." in the section the heading's model names)
    over_end = line_start - 1  # (the line over it, or over the blank line over it)
    over_start = text.rfind("\n", 0, over_end) + 1
    for _ in range(3):  # (past blank lines: an underlined heading's underline is blanked too)
        if text[over_start:over_end].strip() or over_start < 2:
            break
        over_end = over_start - 1
        over_start = text.rfind("\n", 0, over_end) + 1
    named = ctx.models_in(over_start, over_end)
    if text.startswith("#", over_start):
        return named[0] if named and ctx.heading_model(sent_start) == named[0] else None
    if len(named) == 1 and (number := _NUMBERED_HEAD.match(text, over_start)) is not None \
            and number.end() == named[0].start and _HEAD_END.fullmatch(text, named[0].end, over_end) is not None:
        return named[0]
    return None


def _dash_asides(text: str, start: int, end: int, time: TimeMention
                 ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The aside between dashes in text[start:end] that holds the date, or the first one after it: a date's verb is
    looked for inside the one, and past the other ("On October 1, A — released just two days earlier — topped …": the
    first date's verb is "topped", the aside's "released")."""
    opened = text.rfind("—", start, time.start)
    closed = text.find("—", time.end, end)
    if opened != -1 and closed != -1 and text.find("—", opened + 1, time.start) == -1 \
            and text.count("—", start, opened) % 2 == 0:
        return (opened + 1, closed), None
    if closed != -1 and (reclosed := text.find("—", closed + 1, end)) != -1:
        return None, (closed, reclosed + 1)
    return None, None


def _past_aside(text: str, verb: regex.Match[str] | None, aside: tuple[int, int] | None, reach: int, end: int
                ) -> regex.Match[str] | None:
    """`verb`, or when it stands inside `aside`, the first verb past the aside (within `reach` characters, before
    `end`)."""
    if verb is None or aside is None or not aside[0] < verb.start() < aside[1]:
        return verb
    return _ACTION.search(text, aside[1], min(end, aside[1] + reach))


# (a list item's label before its colon, in normalized text: "3. 开源生态:" of "3. **开源生态**：")
_ITEM_LABEL = regex.compile(r"(?:\d{1,2}[.、)]|[-*•])[ \t]*\p{Han}{2,8}[ \t]*[:：]")
_ITEM_MARKS = frozenset("-*•")


# The writer's team putting a model to use ("我们在8张H100上部署了…", "we ran Foo-3 on …"; its words found in C first)
_WE_WORDS = ("我们", "咱们", "we ", "We ")
_WE_USED = regex.compile(r"(?:我们|咱们)[^，。,;；\n]{0,16}?(?:部署|测试|试用|体验|运行|跑|评测|使用|接入)"
                         r"|\b[Ww]e\s+(?:\w+\s+){0,2}?(?:deployed|tested|tried|ran|benchmarked|evaluated|used)\b")
# The writer as a clause's subject ("I", "I'd", "我"; not "我们", "我国")
_FIRST_PERSON_WORDS = ("I", "我", "my ", "My ")  # (looked for first, in C: most clauses have none)
# ("…, which I'd switched to", "has been my daily driver since March")
_FIRST_PERSON = regex.compile(r"(?<![\w/])I(?:['’](?:d|ve|m|ll)\b|\s+(?=[a-z]))|(?<!自)我(?![们國国司方省市区院校])"
                              r"|\b[Mm]y\s")


def _nearest_action(text: str, span: tuple[int, int], time: TimeMention) -> regex.Match[str] | None:
    """The verb of `span` nearest its date ("公布的《办法》自2023年8月15日起施行": 施行, not 公布), looked
    for within 40 characters on either side first (a span's whole clause costs more to scan)."""
    start, end = span
    if (text[start : start + 1].isdigit() or text[start : start + 1] in _ITEM_MARKS) \
            and (label := match_at(_ITEM_LABEL, text, start)) is not None and label.end() < time.start \
            and not text[label.end() : time.start].isspace():
        start = label.end()  # (not a word of an item's label before a clause: "3. **开源生态**：据IDC预测，到2027年…";
        # a field's key before its date is its verb: "- 发布时间：2025年8月7日")
    if (off := _CALLED_OFF.search(text, max(start, time.start - 60), time.start)) is not None:
        return off  # (a plan called off before its date: "scrapped the planned release of Foo-4 in August")
    aside: tuple[int, int] | None = None
    if text.find("—", start, end) != -1:  # (found in C first: most spans have no dashes)
        inside, aside = _dash_asides(text, start, end, time)
        start, end = inside or (start, end)
    after = _past_aside(text, _ACTION.search(text, max(start, time.end), min(end, time.end + 40)), aside, 40, end)
    if after is not None and after.end() == time.end + 40:
        after = _ACTION.match(text, after.start(), end) or after  # (a word the window cut: "ship" of "shipped")
    found = list(_ACTION.finditer(text, max(start, time.start - 40), min(time.start, end))) if time.start > start \
        else []
    before = found[-1] if found else None  # (the last one before the date is the nearest)
    if before is not None and text[time.end : time.end + 1] in (")", "）") \
            and text[time.start - 1 : time.start] in ("(", "（"):
        return before  # (a date in parentheses is of what the verb before it put out: "released A (October 2025)
        # and announced B …")
    if before is None or after is None:
        if before or after:
            return before or after
        # (none that near: the last one before it in the span, "The release comes weeks after OpenAI raised $6.6
        # billion at a $157 billion valuation last October" is raised; else the first after it)
        found = list(_ACTION.finditer(text, start, time.start)) if time.start > start else []
        if found:
            return found[-1]
        return _past_aside(text, _ACTION.search(text, max(start, time.end), end), aside, end, end)
    before_apart = _comma_between(text, before.end(), time.start)
    after_apart = _comma_between(text, time.end, after.start())
    if before_apart != after_apart:
        # (the date's own clause's verb, not the next clause's or the last one's: "First unveiled at I/O in May, Veo 3
        # became generally available in July", "R1于1月20日发布，并于同年5月28日完成小版本升级")
        return after if before_apart else before
    return after if after.start() - time.end < time.start - before.end() else before


def _comma_between(text: str, start: int, end: int) -> bool:
    return text.find(",", start, end) != -1  # (normalized text writes "，" as ",")


# What may stand between an item's opening verb and its model: a few lower-case words, a code mark or a quote
# (or the family its list after a colon makes: "- Initial release of the Foo family: Foo Micro, Foo Lite and Foo Pro")
_TO_OBJECT = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,3}(?:(?:[A-Z][\w.-]*\s+){1,2}(?:family|series|lineup)\s*[:：]\s*)?"
                        # (and in Chinese, the kind of model: "- 新增模型 `kimi-k2-thinking`", "- 发布全新推理模型 X")
                        r"(?:了?(?:全新|新一代|新)?的?(?:推理|多模态|视觉|语言|开源|旗舰)?(?:大)?(?:模型|版本)\s*)?"
                        r"[`'\"“‘]?")
# (a changelog's verb of adding: "- 新增模型 …", under a lead that is its date alone)
_ADDED_ZH = re.compile(r"新增|上新|新上线|首发")
# (a verb of release made a noun, and what kind of release it was: "- Initial release of …", "- Public preview of …",
# "- Preview release of …", "- Research preview of …", "- General availability of …")
_RELEASE_KIND = re.compile(r"(?:initial|first|official|public|stable|limited|full|beta|alpha|preview|early|research"
                           r"|developer|general|wider?|broad)\s+", re.I)
# (what a release of that kind is called, besides the action's nouns: "- Research preview of …", "- Early access to …")
_KIND_NOUN = re.compile(r"(?:preview|access|rollout|roll-out)(?=\s+(?:of|to)\b)", re.I)
_PAST_VERB = re.compile(r"[A-Z][a-z]{2,}ed\b")
# (a changelog's section whose items are no model's news: its fixes and changes, not what it added or removed)
_NOT_NEWS_SECTION = re.compile(r"[\s*_]*(?:(?i:fixe[sd]|bug\s*fixes|changed|changes|improved|improvements|performance"
                               r"|security|documentation|docs|internal|known\s+issues|refactor(?:ed|ing)?|chores?"
                               r"|misc(?:ellaneous)?)|(?:问题)?修复|优化|改进|性能|文档|已知问题)[\s*_:：]*")
# (the maker's "we" before the verb, under a lead that is its date alone: "## 2025-01-27" over "We released o3-mini in
# the API.")
_WE_HEAD = re.compile(r"(?:Today,?[ \t]+)?We(?:['’]ve|['’]re|[ \t]+have|[ \t]+are)?[ \t]+(?:also[ \t]+|just[ \t]+)?"
                      r"|我们(?:今天|正式|也)?")


def _lead_year_items(ctx: DocContext, dated: list[DatedMention]) -> list[EventRecord]:
    """List items without a date of their own under a dated lead-in line (a bold lead or a
    heading with a date); the items run until the next line that is neither blank nor an item."""
    text = ctx.text
    lines = ctx.lines
    by_line: dict[int, list[DatedMention]] = {}
    line_starts = ctx.line_starts
    for d in dated:
        if d.raw.bare_year and _names_year(text, d.raw):
            continue  # (a year that ends a name is no date of its line: "at Baidu World 2025" under "### Wednesday")
        i = bisect.bisect_right(line_starts, d.raw.start) - 1
        by_line.setdefault(i, []).append(d)
    records = []
    byline = ctx.dated_line or (0, 0)
    for i in sorted(by_line):  # only dated lines can lead
        start, end = lines[i]
        line = text[start:end]
        usable = [d for d in by_line[i] if d.time.precision in _EVENT_PRECISION and d.time.value]
        # (or a sentence of news that ends with a colon, its items what it put out: "Google used its I/O keynote on May
        # 20 to unveil a long list of updates:" over "* **Veo 3** — …")
        styled = _BOLD_LEAD.match(line) or _HEADING.match(line) or (
            line.endswith((":", "：")) and len(line) <= _ANNOUNCING_LEAD and _list_under(ctx, i)
            and _ANNOUNCING.search(text, start, end) is not None)
        # (a plain line leads as its date alone, or with its weekday, "6月16日(周一)": a short one, found in C first)
        if not usable or (not styled and len(line) > _PLAIN_LEAD) or _LIST_ITEM.match(line) \
                or _SNAPSHOT_LEAD.search(line):
            continue
        # (the first date of the line's last sentence: "回顾2025年，…。展望2026年，我们预计：" over its items leads
        # with 2026)
        last_sentence = ctx.sentence(ctx.trimmed(start, end)[1] - 1)[0] if len(usable) > 1 else start
        lead, lead_span = next((d for d in usable if d.raw.start >= last_sentence), usable[0]), (start, end)
        # (a lead that is its date alone heads a timeline's section: its items are its news, verb or not)
        words = (text[start : lead.raw.start] + " " + text[lead.raw.end : end]).strip(_LEAD_MARKS + _CALENDAR_SIGN)
        dated_only = not words or not _VERSION_LABEL.sub("", words).strip(_VERSION_MARKS) \
            or _WEEKDAY_NOTE.fullmatch(words) is not None
        if not styled and (not dated_only or byline[0] <= lead.raw.start < byline[1]):
            continue  # (nor the text's own day under its title)
        # (a heading that is its date alone leads the paragraphs of its section too, by their first sentences: a
        # digest's "## Monday, March 10" over "Google DeepMind announced Gemma 3, …")
        # (a bold line that is its date alone heads them as a heading does: "**Monday**" over "Mistral released …")
        # (and a plain line that is a day alone with its year, as release notes copied as text write their entries:
        # "2025-08-05" over "Claude Opus 4.1 is now available.")
        paragraphs = dated_only and (_HEADING.match(line) is not None or _BOLD_ALONE.fullmatch(line) is not None
                                     or (not styled and lead.raw.year is not None and lead.raw.day is not None))
        # (a heading's section goes on past the headings under it: "## November 24, 2025" over "### Claude Opus 4.5"
        # over "We're releasing Claude Opus 4.5 …", release notes' entries)
        lead_level = len(heading.group(1)) if paragraphs and (heading := _HEADING.match(line)) is not None else 0
        after_blank = True
        fixes = False  # (in a changelog's section of fixes or changes: "### Fixed" over "- Foo-3 loading on 2 GPUs.")
        for k in range(i + 1, len(lines)):
            start, end = lines[k]
            line = text[start:end]
            under = _HEADING.match(line) if lead_level and line.strip() else None
            if not line.strip() or (under is not None and len(under.group(1)) > lead_level and k not in by_line):
                fixes = fixes if under is None else _NOT_NEWS_SECTION.fullmatch(line, under.end()) is not None
                after_blank = True
                continue
            if fixes and under is None:
                continue
            item = _LIST_ITEM.match(line) or _PICTOGRAPH_ITEM.match(line)
            opens = after_blank
            after_blank = False
            if item is None:
                if not paragraphs or _HEADING.match(line) or (k in by_line and (
                        _BOLD_ALONE.fullmatch(line) or _date_alone(text, start, end, by_line[k]))):
                    break  # (the next heading, or the next day's bold line, or its line of the day alone)
                if k in by_line or not opens:
                    continue
                item_start, item_end = ctx.trimmed(start, ctx.sentence(ctx.trimmed(start, end)[0])[1])
            elif k in by_line:
                continue
            else:
                item_start, item_end = ctx.trimmed(start, end)
                if item.re is _PICTOGRAPH_ITEM:
                    item_start = max(item_start, start + item.end())  # (past a pictograph's mark: "🔥 谷歌发布…")
            first_actor = min([m.start for m in ctx.models_in(item_start, item_end)]
                              + [o.start for o in ctx.orgs_in(item_start, item_end)], default=None)
            # (headed by its actor, or by the verb and then the actor, as changelogs write: "- Released X",
            # "- Released an upgraded X", "- Introduced the X family"; under a lead that is its date alone, any
            # verb in the past tense: "- Added `x-20250514` to the API")
            head = start + item.end() if item is not None else item_start
            if dated_only and text.startswith(("We", "我们", "Today"), head) \
                    and (we := _WE_HEAD.match(text, head, end)) is not None:
                head = we.end()
            if first_actor is None:
                continue  # (no actor, no news: the verb is not looked for)
            verb = None if first_actor <= head + 2 else _ACTION.match(text, head, min(end, head + 24)) or (
                (_PAST_VERB.match(text, head, min(end, head + 24)) or _ADDED_ZH.match(text, head, min(end, head + 24)))
                if dated_only else None) or (
                _ACTION.match(text, kind.end(), min(end, kind.end() + 24)) or _KIND_NOUN.match(text, kind.end(), end)
                if (kind := _RELEASE_KIND.match(text, head, end)) is not None else None)
            if verb is None and first_actor > head + 2 and paragraphs and item is None \
                    and (subject := _NAMED_SUBJECT.match(text, head, first_actor)) is not None:
                # (a paragraph's subject the registry does not know, then its verb: "Acme released Foo-3.")
                verb = _ACTION.match(text, subject.end(), min(end, subject.end() + 24))
            if first_actor <= head + 2 or (
                    verb is not None and _TO_OBJECT.fullmatch(text, verb.end(), first_actor) is not None):
                # (each subject's own after "and": "OpenAI released A and Google shipped B" under "## December")
                cut, others = _other_subjects(ctx, item_start, item_end)
                records += [r for part in others if (r := _record(ctx, lead.time, part, part)) is not None
                            and (dated_only or r.action is not None)]
                item_end = cut
                record = _record(ctx, lead.time, (item_start, item_end), lead_span)
                if record is not None and (own := _status(ctx, (item_start, item_end), lead.time)) != "reported" \
                        and (record.status == "reported" or own == "rumored"):
                    # (the item tells what is to come under a lead that does not: "- GPT-5：奥尔特曼称将在几周内发布";
                    # or that it is hearsay, under a forecast's lead: "2026年十大预测" over "据传DeepSeek…")
                    record = record.model_copy(update={"status": own})
                # (under a lead with more words, the item or the lead says what happened: under "Model cheat
                # sheet (March 2025)", "- Foo-2 — 123B params" is a state, not news)
                if record is not None and (dated_only or record.action is not None):
                    records.append(record)
    return records


# A subject's name, a word or three in capitals, before its verb ("Acme released …", "Black Forest Labs launched …")
# (its verb's adverb or modal between: "Cora will release …", "Bexa将发布…"; none, "Bexa发布…")
_NAMED_SUBJECT = re.compile(rf"{CAPITAL_WORD}(?:[ \t]+{CAPITAL_WORD}){{0,2}}(?:[ \t]+|(?=[^\x00-\x7f]))"
                            r"(?:(?:quietly|also|just|officially|will|plans[ \t]+to|is[ \t]+set[ \t]+to)[ \t]+|将|已)?")


def _list_under(ctx: DocContext, i: int) -> bool:
    """Whether a list's item opens the line after the i-th, or the one after a blank line."""
    for k in (i + 1, i + 2):
        line = ctx.text[ctx.lines[k][0] : ctx.lines[k][1]] if k < len(ctx.lines) else ""
        if line.strip():
            return _LIST_ITEM.match(line) is not None
    return False


# A list of tasks: minutes' or notes' to-dos, whose items' days are deadlines of the writers' work, no model's news
# ("二、待办事项" over "- 张三：12月5日前提交Foo-3的测试报告", "## Action items")
_TODO_LABEL = re.compile(r"[ \t#*_]*(?:[一二三四五六七八九十\d]{1,2}[、.][ \t]*)?"
                         r"(?:待办事项|待办|行动项|后续工作|下一步(?:工作|计划)?|(?i:action\s+items|to-?dos?|next\s+steps))"
                         r"[ \t*_:：]*")
_TODO_WORDS = ("待办", "行动项", "后续工作", "下一步", "ction item", "ction Item", "TODO", "Todo", "todo", "o-do",
               "O-DO", "ext step", "ext Step")
_TODO_ITEMS = 40  # lines of items a task list's label is looked for over


def _under_todo(ctx: DocContext, pos: int) -> bool:
    """Whether the line at `pos` is an item of a list of tasks (_TODO_LABEL over its run of items)."""
    text = ctx.text
    start = ctx.line_start(pos)
    for _ in range(_TODO_ITEMS):
        if start == 0:
            return False
        above = ctx.line_start(start - 1)
        line = text[above : start - 1]
        if line.strip() and not _LIST_ITEM.match(line):
            return _TODO_LABEL.fullmatch(line) is not None
        start = above
    return False


def _date_alone(text: str, start: int, end: int, dated: list[DatedMention]) -> bool:
    """Whether the line from `start` to `end` holds its dates and marks only ("11.15", "📅 11月15日")."""
    pos, words = start, []
    for d in dated:
        words.append(text[pos : d.raw.start])
        pos = max(pos, d.raw.end)
    return not "".join([*words, text[pos:end]]).strip(_LEAD_MARKS + _CALENDAR_SIGN)


def _other_column(ctx: DocContext, previous: TimeMention | None, raw: RawTime) -> bool:
    """Whether the date `raw` stands in a table's cell of another model than the one of the same date before it: "|
    Released | April 5, 2025 | April 5, 2025 |" under "| | Foo-4 Scout | Foo-4 Maverick |" dates both."""
    if previous is None or not ctx.tables:
        return False
    model = ctx.cell_model(raw.start)
    return model is not None and model != ctx.cell_model(previous.start)


# (the later date's own attributive clause of release: "前天刚发布的Gemini 3 Pro", "11月18日发布的X")
_RELEASED_OF_AFTER = regex.compile(rf"[ \t]*(?:刚刚?|才|正式|首次)?{_RELEASED_DE}")


def _done_then_dated(ctx: DocContext, d: DatedMention, after: DatedMention) -> bool:
    """Whether the date `d` is when something other than the release the sentence dates next was done: the release
    is told in an attributive clause of its own date, no verb of release between ("今天我们来测一下前天刚发布的Gemini 3
    Pro": today's test, the day before yesterday's release)."""
    text = ctx.text
    return text.find("的", after.raw.end, after.raw.end + 8) != -1 \
        and match_at(_RELEASED_OF_AFTER, text, after.raw.end, 16) is not None \
        and not contains_any(text, RELEASE_VERBS, d.raw.end, after.raw.start) \
        and ctx.sentence(d.raw.start) == ctx.sentence(after.raw.start)


def _learned_before(ctx: DocContext, d: DatedMention, after: DatedMention) -> bool:
    """Whether the date `d` is when what its sentence goes on to date (`after`) was learned: a day the news was had,
    no happening of its own ("记者昨日从科大讯飞获悉，该公司将于本月底发布…")."""
    return contains_any(ctx.text, _LEARNED_WORDS, d.raw.end, after.raw.start) \
        and ctx.sentence(d.raw.start) == ctx.sentence(after.raw.start)


# What ends a line's leading date and opens what it heads: "Nov 19: …", "**Update (Nov 21):** …", "11月19日：…"; or
# its bold alone, past its weekday in parentheses ("**11月22日（周六）** …", the bold's marks blanked by then)
_LEAD_DATE_END = re.compile(r"(?:[(（][^()（）\n]{1,9}[)）])?[)）]?(?:(?:\*\*|__)?[:：](?:\*\*|__)?[ \t]*"
                            r"|(?<=[)）])[ \t]+|[ \t]{2,})")
_LEAD_END_FIRST = frozenset("(（)）*_:：")
_TAKEN_LAST = frozenset(" \t于在")  # (the last character of _DATE_TAKEN_BEFORE's match)
# (a date that a clause's one verb takes after its object: "… released Foo-3 on Nov 20", "…于11月20日发布")
_DATE_TAKEN_BEFORE = re.compile(r"(?:\b(?:on|in)[ \t]+(?:the[ \t]+)?|[于在])$")


def _lead_then_dated(ctx: DocContext, d: DatedMention, after: DatedMention) -> bool:
    """Whether the date `d` leads its line (or an update's note) and the clause it heads dates its one happening
    itself: "Nov 19: Google released Foo-3 on Nov 20", "**Update (Nov 21):** Acme released Bar-2 on Nov 19" — the
    lead is when the note was written, not the release; two verbs keep both ("11月19日：谷歌宣布将于11月20日发布…")."""
    text = ctx.text
    if (text[d.raw.end : d.raw.end + 1] not in _LEAD_END_FIRST and not text.startswith("  ", d.raw.end)) \
            or text[after.raw.start - 1 : after.raw.start] not in _TAKEN_LAST \
            or text.find("\n", d.raw.end, after.raw.start) != -1:
        return False  # (tested first, in C: most dates fail one of them, the next date often lines away)
    lead = _LEAD_DATE_END.match(text, d.raw.end)
    if lead is None or _DATE_TAKEN_BEFORE.search(text, max(lead.end(), after.raw.start - 8), after.raw.start) is None \
            or ctx.clause(d.raw.start) != ctx.clause(after.raw.start):
        return False
    line_start = ctx.line_start(d.raw.start)
    if _LINE_LEAD.fullmatch(text, line_start, d.raw.start) is None \
            and _UPDATE_LEAD.fullmatch(text, line_start, d.raw.start) is None:
        return False
    verbs = _ACTION.finditer(text, lead.end(), ctx.clause(after.raw.start)[1])
    return next(verbs, None) is not None and next(verbs, None) is None


_FINER = {"year": 0, "half": 1, "quarter": 2, "month": 3, "week": 4, "day": 5}
# A clause that is a date alone (", on December 26."), or a passive that goes on from the subject before it (", is
# announced in May")
# (with a word of how sure or how soon: "…, possibly in the first quarter", "likely in March", "最快于3月")
_DATE_ALONE_BEFORE = regex.compile(r"[\s,，]*(?:(?:and\s+)?(?:(?:possibly|probably|likely|perhaps|maybe|as\s+soon\s+as"
                                   r"|as\s+early\s+as)\s+)?(?:on|in|at)\s+(?:the\s+)?|(?:最快|最早|可能)?(?:于|在))?")
_DATE_ALONE_AFTER = regex.compile(r"[\s.。,，;；!！]*")
_PASSIVE_GOES_ON = regex.compile(r"[\s,]*(?:is|was|are|were)\s+[a-z]+ed\s+(?:on|in)\s+")
_RELEASED_ON = re.compile(rf"[\s,]*{_PARTICIPLE.pattern}\s+(?:on|in)\s+")  # (a participle's aside, then its date)


def _finer_after(ctx: DocContext, d: DatedMention, after: DatedMention) -> bool:
    """Whether a date later in the sentence, inside this one and finer, dates the same happening: its clause is the
    date alone ("In December, Acme released Foo-3, …, on December 26"), or a passive that goes on from a line's
    heading date with nothing told between ("- 2020: Foo-3, with 175 billion parameters, is announced in May")."""
    first, last = d.time, after.time
    if d.raw.season is not None and last.precision == "day" and last.earliest is not None \
            and first.earliest is not None and last.earliest.year == first.earliest.year \
            and ctx.sentence(d.raw.start) == ctx.sentence(after.raw.start) \
            and _dated_in_parenthesis(ctx, after.raw) is not None:
        return True  # (a season's loose edges, the day of its model in parentheses: "This spring brought Foo-3.7
        # (February 24)")
    if first.earliest is None or last.earliest is None or first.latest is None or last.latest is None \
            or _FINER.get(last.precision, 0) <= _FINER.get(first.precision, 0) \
            or not first.earliest <= last.earliest <= last.latest <= first.latest:
        return False
    text = ctx.text
    own_start, own_end = ctx.clause(after.raw.start)
    if own_start <= d.raw.end or ctx.sentence(d.raw.start) != ctx.sentence(after.raw.start):
        return False  # (one clause, "released Foo-3 in April 2024"; or two sentences)
    if _DATE_ALONE_BEFORE.fullmatch(text, own_start, after.raw.start) \
            and _DATE_ALONE_AFTER.fullmatch(text, after.raw.end, own_end):
        return True
    if _RELEASED_ON.fullmatch(text, own_start, after.raw.start) is not None \
            and len(ctx.models_in(d.raw.end, own_start)) == 1:
        # (a participle's aside that makes it finer: "Nine months later, Foo-3.2, released on Monday, …"; not one on the
        # last of models listed: "In 2024, Acme shipped A and B, released on March 5")
        return True
    return _PASSIVE_GOES_ON.fullmatch(text, own_start, after.raw.start) is not None \
        and _LINE_LEAD.fullmatch(text, ctx.line_start(d.raw.start), d.raw.start) is not None \
        and _ACTION.search(text, d.raw.end, own_start) is None


def _stamp_then_told(ctx: DocContext, d: DatedMention, after: DatedMention) -> bool:
    """Whether `d` is a log's or a forum reply's stamp with a day told from it after it on its line ("回复 #14
    （2025-11-25 09:01）：Opus 4.5 昨天已经发布了"): the line's news is of that day, not of the stamp's."""
    return _told_relative(after.raw) and ctx.text.find("\n", d.raw.end, after.raw.start) == -1 \
        and _log_stamp(ctx.text, d.raw)


def _other_news(ctx: DocContext, previous: TimeMention | None, raw: RawTime, records: list[EventRecord]) -> bool:
    """Whether the day `raw` writes again, in a clause of its own, dates another model's news than the one the same day
    dated before it ("Amazon unveiled A on Dec. 2nd, and Mistral released B on the 2nd", "…发布了A，并在同日上线B";
    in one clause, with that model between them: "released A last month and B in May", told in June)."""
    clause = ctx.clause(raw.start)
    if previous is None or not records:
        return False
    told = set(records[-1].models)
    if clause[0] <= previous.start < clause[1]:
        return any(m.text not in told for m in ctx.models_in(previous.end, raw.start))
    # (not the family of a model it told, a product's name: "launched Foo-3 Pro, rolling it out the same day to the Foo
    # app")
    return any(m.text not in told and not any(name.startswith(m.text) for name in told)
               for m in ctx.models_in(*clause))


def extract(ctx: DocContext, dated: list[DatedMention] | None = None) -> list[EventRecord]:
    dated = document_times(ctx) if dated is None else dated
    records: list[EventRecord] = []
    written: list[tuple[int, int]] = []  # (where each record's date is written; (-1, -1) for a chained one)
    seen: set[tuple[str, int, int, tuple[str, ...]]] = set()
    previous: TimeMention | None = None  # (the last one that dated a record)
    previous_in_parens = False  # (whether it stands in parentheses after its own model)
    byline = ctx.dated_line or (0, 0)
    restated = -1  # (the index of a date that writes out a relative one right before it)
    relative: set[tuple[str, int, int]] = set()  # (the records a period counted from the text's day dates)
    tasks = contains_any(ctx.text, _TODO_WORDS, 0, len(ctx.text))  # (whether a list of tasks may be: found in C)
    for i, d in enumerate(dated):
        if not _usable(d.raw, ctx.text) or _undirected_holiday(ctx, d.raw) \
                or (tasks and _under_todo(ctx, d.raw.start)) \
                or _holiday_after_day(ctx, d.raw, dated[i - 1] if i else None) \
                or (byline[0] <= d.raw.start < byline[1] and not _released_by(ctx, d.raw)) \
                or _asks_alone(ctx, d.raw) or _said_before(ctx, d.raw, dated[i + 1] if i + 1 < len(dated) else None) \
                or _as_said(ctx, d.raw) or _now_of_entry(ctx, d.raw, dated[i - 1] if i else None):
            continue
        same = previous is not None and previous.precision == d.time.precision \
            and (previous.value, previous.qualifier, previous.latest) \
            == (d.time.value, d.time.qualifier, d.time.latest) \
            and ctx.sentence(previous.start) == ctx.sentence(d.raw.start)
        # ("2025年10月19日：…同日亮相", "on Saturday, April 5": the sentence's own date, one event; not "the same day"
        # after a month, in a clause of its own on another model: "…, which launched Mistral Large the same day")
        # (nor a date in parentheses after its own model: "Kimi K2（7月）、GLM-4.5（7月）")
        # (nor "the same day" after a day in parentheses after its model: "with A (September 29) and B the same day")
        if same and not (d.raw.day_ctx == 0 and (d.time.precision == "month" or previous_in_parens)
                         and ctx.models_in(*ctx.clause(d.raw.start))) and _dated_in_parenthesis(ctx, d.raw) is None \
                and not _other_column(ctx, previous, d.raw) and not _other_news(ctx, previous, d.raw, records):
            continue
        before = dated[i - 1] if i else None
        if i == restated and before is not None:
            # (a date that writes out the relative one before it is written from there: "…, and B three months later,
            # on June 20")
            # (its year, not written, the relative one's: "July 23, 2024. … came out the day after, July 24")
            counted_day, written_day = before.time.value, d.time.value
            restated_time = before.time if d.raw.year is None and before.time.precision == d.time.precision == "day" \
                and counted_day is not None and written_day is not None and counted_day[4:] == written_day[4:] \
                else d.time
            d = DatedMention(d.raw._replace(start=before.raw.start), restated_time)
            before = dated[i - 2] if i >= 2 else None
        neighbours = before, dated[i + 1] if i + 1 < len(dated) else None
        if d.raw.month is None and neighbours[1] is not None and d.raw.end < neighbours[1].raw.start \
                and _RESTATED.fullmatch(ctx.text, d.raw.end, neighbours[1].raw.start) is not None:
            restated = i + 1
            continue  # ("on Tuesday (Nov. 18)", "昨天（11月18日）": the day the parenthesis writes out)
        if neighbours[1] is not None \
                and (_finer_after(ctx, d, neighbours[1]) or _learned_before(ctx, d, neighbours[1])
                     or _stamp_then_told(ctx, d, neighbours[1])
                     or _done_then_dated(ctx, d, neighbours[1]) or _lead_then_dated(ctx, d, neighbours[1])):
            continue
        span = _clause_with_actor(ctx, d.raw, neighbours[1])
        if span is None and _headed_subject(ctx, d.raw.start, d.raw.start) and not _alone_on_line(ctx.text, d.raw):
            span = ctx.sentence(d.raw.start)  # (its subject left out, under a heading that names its model; not a
            # date alone on its line, as a report's under its title: "# Foo-3 System Card" over "November 2025")
        if span is None:
            continue
        if i == restated:
            span = (span[0], max(span[1], d.raw.end))
        span = _with_listed(ctx, _with_companion(ctx, _lead_in_date(ctx, span, d.raw), neighbours[1]), neighbours[1])
        # (a relative clause that holds the date ends its span: the verb after it is its sentence's, undated by it,
        # "Zhipu AI, which filed for an IPO in April, introduced GLM-4-32B")
        owned = _relative_owner(ctx, span, d.raw)
        span = _past_colon(ctx, owned if owned[1] < span[1] else _coordinated_verbs(ctx, owned, neighbours[1]), d.raw)
        if span[0] < byline[1] <= d.raw.start and not ctx.text[span[0] : byline[0]].strip(_OPENING_MARKS):
            # (the dateline before "Cohere today announced …" is no part of it, nor its reporters or the parenthesis it
            # stands in: "…电（记者王六）", "（中央社记者王小明台北2025年3月19日電）")
            past = match_at(_PAST_DATELINE, ctx.text, byline[1])
            span = (past.end() if past and past.end() <= d.raw.start else byline[1], span[1])
        parenthesized = _dated_in_parenthesis(ctx, d.raw)
        own = parenthesized or _between_dates(ctx, span, *neighbours, d)
        if d.time.precision == "week" and neighbours[1] is not None and own[0] <= neighbours[1].raw.start < own[1]:
            # ("In an interview this week, Meta said it plans to release Llama 5 in 2026": what the week's clause
            # reaches, the next date's clause tells of)
            own = span = (own[0], ctx.clause(neighbours[1].raw.start)[0])
        # (an item's status is told before its own end: "released A in Q4 2024 and is expected to follow
        # with B by mid-2025" forecasts B alone)
        # (the verb after models dated each in parentheses is theirs: "A（2024年8月）和B（2024年7月）相继开源")
        told = span if own == span or parenthesized else own if _second_predicate(ctx.text, own[0]) \
            else (span[0], max(own[1], d.raw.end))  # (a second predicate's verb is its own)
        cut, others = _other_subjects(ctx, d.raw.end, own[1])
        if others and not ctx.models_in(own[0], d.raw.start) and not ctx.orgs_in(own[0], d.raw.start):
            own, told = (own[0], cut), (told[0], min(told[1], cut))  # (only after a date that leads its clause)
        else:
            others = []
        if ctx.text.startswith(",", d.raw.end) and (since_when := _since_when(ctx, d.raw)) is not None:
            own = told = since_when  # ("has not released a model since April, when it put out A": the when-clause's)
        record = _record(ctx, d.time, own, told)
        if record is not None and record.action is None and own == span:
            wider = _continued_by_verb(ctx, span, neighbours[1])
            if wider:
                record, own = _record(ctx, d.time, wider, wider), wider
        if record is not None and record.action is None and (shared := _elided_action(ctx, own, d.raw)) is not None:
            record = record.model_copy(update={"action": shared})
        if record is not None and len(record.models) > 1 and (model := _owned_by_date(ctx, d.raw, neighbours)):
            record = record.model_copy(update={"models": (model.text,)})  # ("12月26日的A和次月20日的B")
        if record is None or (d.raw.bare_year and record.action is None and not _usable_bare(d.raw, ctx.text)
                              and not _due(ctx.text, d.raw)) or (d.raw.clock and record.action is None) \
                or (record.action is None and _heading_note(ctx, d.raw)) \
                or _INVERTED_IF.match(ctx.text, ctx.clause(d.raw.start)[0]) is not None:
            continue  # ("founded in 2021 by former OpenAI employees": a year in English needs its verb; so does a live
            # report's line: "14:12 MiMo-7B在AIME 2024上得分68.2%" is no happening; nor does a condition's clause
            # date one: "Should Acme release Foo-5 in 2026, …")
        # (a date that dated nothing leaves the next one of the same day its own: "Four months later, in July, the
        # company made Claude 2 broadly available")
        previous, previous_in_parens = d.time, parenthesized is not None
        # (a row of a table whose header names the models dates each column's model: "| Released | April 5, 2025 |
        # April 5, 2025 |" under "| | Foo-4 Scout | Foo-4 Maverick |")
        key = (record.date, record.prov.char_start, record.prov.char_end, record.models)
        # (nor told twice in one span: "| 2024-08-06 | GPT-4o (2024-08-06) | …", a row's date and the name's)
        what = (record.earliest, record.latest, record.models, record.org)
        if key in seen or (record.models and any(
                what == (other.earliest, other.latest, other.models, other.org)
                and other.prov.char_start <= record.prov.char_start and record.prov.char_end <= other.prov.char_end
                for other in records[-3:])):
            continue
        seen.add(key)
        records.append(record)
        written.append((d.raw.start, d.raw.end))
        if d.raw.quarter_rel is not None or d.raw.half_rel is not None \
                or (d.raw.week_rel is not None and d.raw.weekday is None):
            relative.add((record.date, record.prov.char_start, record.prov.char_end))
        for chained in [*(r for part in others if (r := _record(ctx, d.time, part, part)) is not None),
                        *_chained(ctx, d, own if not others else (own[0], others[-1][1]), record, neighbours[1])]:
            key = (chained.date, chained.prov.char_start, chained.prov.char_end, chained.models)
            if key not in seen:
                seen.add(key)
                records.append(chained)
                written.append((-1, -1))
    records, written = _without_refined(ctx, records, written)
    return _without_covered(_in_order(ctx, records, written), relative) + _lead_year_items(ctx, dated)


# What sets a finer date after a coarser one for the same happening: "early next year, probably in February", "before
# the end of the year, possibly as early as mid-November", "今年下半年，最快7月"
_REFINED = re.compile(rf"[ \t]*[,，—–(（][ \t]*(?:(?:{HEDGE_EN}|most\s+likely"
                      r"|as\s+early\s+as|as\s+soon\s+as|specifically|最快|最早|预计|可能|或将|大概率)[ \t]*)+"
                      r"(?:(?:in|on|by|around|于|在)[ \t]*)?")


def _without_refined(ctx: DocContext, records: list[EventRecord], written: list[tuple[int, int]]
                     ) -> tuple[list[EventRecord], list[tuple[int, int]]]:
    """Without an event whose date the clause goes on to make finer (`written`: where each record's date is)."""
    dropped = {k for k in range(len(records) - 1)
               if written[k][1] >= 0 and written[k + 1][0] >= 0
               and records[k + 1].models == records[k].models and records[k].models
               and records[k].earliest <= records[k + 1].earliest and records[k + 1].latest <= records[k].latest
               and (records[k].earliest, records[k].latest) != (records[k + 1].earliest, records[k + 1].latest)
               and _REFINED.fullmatch(ctx.text, written[k][1], written[k + 1][0]) is not None}
    if not dropped:
        return records, written
    kept = [k for k in range(len(records)) if k not in dropped]
    return [records[k] for k in kept], [written[k] for k in kept]


_DATES_LISTED = regex.compile(ITEM_SEPARATOR)


def _in_order(ctx: DocContext, records: list[EventRecord], written: list[tuple[int, int]]) -> list[EventRecord]:
    """ "A和B分别于2024年3月和5月发布", "A and B were released in March and May 2024, respectively": the dates of a
    sentence that says 分别 or respectively, or that lists them as it lists the models ("Gopher and Chinchilla followed
    in December 2021 and March 2022"), as many as the models they all name, are theirs in order (`written`: where each
    record's date is, (-1, -1) for none of its own)."""
    by_sentence: dict[int, list[int]] = {}
    for k, (start, _) in enumerate(written):
        if start >= 0:
            by_sentence.setdefault(ctx.sentence(start)[0], []).append(k)
    for sent_start, ks in by_sentence.items():
        # (a record whose clause the list of dates cut before the verb and the models has none: "谷歌、OpenAI和
        # Anthropic分别于11月18日、11月12日和11月24日发布了A、B和C", the first date's)
        named = {records[k].models for k in ks if records[k].models}
        models = next(iter(named)) if len(named) == 1 else ()
        if len(ks) < 2 or len(models) != len(ks):
            continue
        listed = all(_DATES_LISTED.fullmatch(ctx.text, written[a][1], written[b][0]) is not None
                     for a, b in itertools.pairwise(ks))
        if not listed and IN_ORDER.search(ctx.text, sent_start, ctx.sentence(sent_start)[1]) is None:
            continue
        # (each with its own maker, when the text gives the models different ones: "其中Kimi K2和MiniMax-M2分别于7月和
        # 10月发布")
        makers = {m.text: m.org for m in ctx.models_in(sent_start, ctx.sentence(sent_start)[1])}
        own = len({makers.get(model) for model in models}) == len(models) and all(makers.get(m) for m in models)
        # (or the makers the sentence lists as one actor before them, as many, in the same order: "谷歌、OpenAI和
        # Anthropic分别于…发布了A、B和C")
        listed_orgs = ctx.orgs_in(sent_start, written[ks[0]][0])
        in_turn = not own and len(listed_orgs) == len(models) and records[ks[0]].org is not None \
            and records[ks[0]].org == ctx.text[listed_orgs[0].start : listed_orgs[-1].end]
        action = next((records[k].action for k in ks if records[k].action), None)
        for i, (model, k) in enumerate(zip(models, ks, strict=True)):
            update: dict[str, object] = {"models": (model,), "action": records[k].action or action}
            if own:
                update["org"] = makers[model]
            elif in_turn:
                update["org"] = listed_orgs[i].text
            records[k] = records[k].model_copy(update=update)
    return records


# "OpenAI released GPT-5 on August 7, 2025, and GPT-5.1 in November": a clause that only goes on the list of what
# the sentence's verb did (and, a model, its date) shares the verb; so does one after a comma, its maker's possessive
# before it ("Zhipu's A arrived on September 30, Moonshot's B on November 6, and C on December 1")
_AND_LEAD = re.compile(r"[\s,，]*(?:(?:and|as\s+well\s+as)\s+|(?<=,)\s*(?=\w)|(?<=, )(?=\w))"
                       r"(?:[A-Z][\w.-]*['’]s\s+)?")
# (past a hedge before its date: "and Foo-5 sometime in 2026", "and Bar-2 probably in March")
_TO_DATE = re.compile(rf"\s*(?:(?:sometime|some\s+time|{HEDGE_EN}|as\s+(?:early|soon)\s+as)"
                      r"\s+)?(?:(?:in|on|at|by)\s+)?")


def _elided_action(ctx: DocContext, span: tuple[int, int], raw: RawTime) -> str | None:
    lead = match_at(_AND_LEAD, ctx.text, span[0])
    named = ctx.models_in(lead.end(), lead.end() + 1) if lead else []
    if not named or not _TO_DATE.fullmatch(ctx.text, named[0].end, raw.start):
        return None
    verbs = list(_ACTION.finditer(ctx.text, ctx.sentence(span[0])[0], span[0]))
    return verbs[-1].group(0) if verbs else None


# "2月，xAI推出Grok 3，Anthropic发布Claude 3.7 Sonnet；3月，…": the clauses after a dated one, up to the next date or
# the end of its part of the sentence, that open with another actor and say what it did happened then too
# (not what a verb of saying ends the dated one with: "百度3月16日宣布，文心一言将全面开放").
# (and where the actors are: "同年，Meta开源LLaMA，国内百度文心一言、阿里通义千问也相继亮相")
_ACTOR_LEAD = re.compile(r"\s*(?:(?:and|then)\s+|(?:并|同时|随后|则|也|又)\s*)?"
                         r"(?:(?:国内|国外|海外|国际上)(?:的)?\s*)?")
_SAID_LAST = re.compile(rf"(?:{_SAY_VERBS})\s*[,，]$")


_COUNTED_FROM = regex.compile(rf"\s*(?:(?:a|an|a\s+few|several|\d+|{'|'.join(EN_NUMBER_WORDS)})\s+"
                              rf"{TIME_UNITS}\s+)?{COUNTED_FROM}\b", regex.I)


# (a clause of what came before the next one's news, its date in it: "继7月开源Kimi K2之后，"; not a date before it,
# "2024年6月，在OpenAI发布Foo-4o之后，谷歌发布了Bar"; or after its release's verb: "Foo-3于11月6日开源后，")
_AFTER_IT_ZH = re.compile(r"(?:(?P<opener>继|自|在)[^，,。；;]*?(?:之后|以后|以来|后)"
                          rf"|(?:{RELEASED}|亮相|问世|面世)后)[ \t]*[,，]$")


def _chained(ctx: DocContext, d: DatedMention, span: tuple[int, int], dated: EventRecord, after: DatedMention | None
             ) -> list[EventRecord]:
    text = ctx.text
    pos = span[1]
    # (cheapest tests first: most dated clauses end their sentence, or have no actor after them)
    if not 0 < pos < len(text) or text[pos - 1] not in ",，;；" \
            or not (ctx.models_in(pos, pos + 8) or ctx.orgs_in(pos, pos + 8)):
        return []
    # (a timeline's entry, its date opening the line, dates the line's parts after semicolons too: "Feb 2024 - Google
    # launches Gemini 1.5 Pro; OpenAI previews Sora")
    entry = _opens_line(ctx, d.raw.start)
    if text[pos - 1] in ";；" and not entry:
        return []
    _, sent_end = ctx.sentence(d.raw.start)
    if entry:
        line_end = text.find("\n", d.raw.start)
        sent_end = len(text) if line_end == -1 else line_end
    stop = min(sent_end, after.raw.start if after is not None else sent_end)
    if pos >= stop or _SAID_LAST.search(text, max(span[0], pos - 14), pos) \
            or _COUNTED_FROM.match(text, span[0], d.raw.start) \
            or (text[pos - 1] in ",，" and (lead := _AFTER_IT_ZH.search(text, span[0], pos)) is not None
                and (lead.start() < d.raw.start if lead.group("opener")
                     else span[0] < d.raw.start and lead.start() >= d.raw.end)):
        return []  # (nor a time counted from it: "Three weeks after GPT-5's August 7 debut, OpenAI released …", "这是继
        # 7月开源Kimi K2之后，月之暗面推出的又一款…")
    records: list[EventRecord] = []
    while pos < stop and (text[pos - 1] in ",，" or (entry and text[pos - 1] in ";；")):
        start, end = ctx.clause(pos)
        if end > stop and not (entry and stop == sent_end):
            break
        end = min(end, stop)  # (an entry's line with no full stop at its end: "…; OpenAI previews Sora")
        lead = _ACTOR_LEAD.match(text, start)
        first = lead.end() if lead else start
        if not (ctx.models_in(first, first + 1) or ctx.orgs_in(first, first + 1)):
            break
        models, org = _actors(ctx, start, end)
        if all(any(m.startswith(own) for own in dated.models) for m in models) if models else org == dated.org:
            # (the dated clause's own actors again, or a version of them: "【V3.1正式发布】8月21日，深度求索正式发布
            # V3.1", "**Qwen3-Coder开源**：7月23日，阿里开源Qwen3-Coder-480B-A35B-Instruct")
            break
        cut, parts = _other_subjects(ctx, first, end)  # ("…, Google shipped A and OpenAI launched B")
        record = _record(ctx, d.time, (start, cut), (start, cut)) if _ACTION.search(text, first, cut) else None
        if record is None:
            break
        records.append(record)
        records += [r for part in parts if (r := _record(ctx, d.time, part, part)) is not None]
        pos = end
    return records


def _opens_line(ctx: DocContext, pos: int) -> bool:
    """Whether the date at `pos` opens its line (after a list's mark or bold)."""
    lead = _LINE_LEAD.match(ctx.text, ctx.line_start(pos))
    return lead is not None and lead.end() == pos


def _without_covered(records: list[EventRecord], relative: set[tuple[str, int, int]]) -> list[EventRecord]:
    """ "Earlier this year we launched A (May 22) and B (August 5)": an event whose models are all
    dated more precisely by events inside its own span, within its own dates, is theirs to tell (`relative`: the
    (date, start, end) of the records dated by a period counted from the text's day, "this quarter", "上半年")."""
    if len(records) < 2:
        return records
    ordered = sorted(records, key=lambda r: r.prov.char_start)
    starts = [r.prov.char_start for r in ordered]
    kept = []
    for record in records:
        span = record.prov
        # (or the same clause's finer date that a coarser one, a period told relatively, does not hold: "This quarter
        # we shipped Foo-2 in late August", written in October; the finer one's quote may run on to its date: "This
        # quarter we brought Foo-2 to our suite on the day it launched, August 7")
        inner = [other for other in ordered[bisect.bisect_left(starts, span.char_start):
                                            bisect.bisect_right(starts, span.char_end)]
                 if other is not record
                 # (not a past date of what is still to come: "Foo-3, which we tested in May, is coming later this
                 # year")
                 and other.status == record.status
                 and ((other.prov.char_end <= span.char_end and record.earliest <= other.earliest
                       and other.latest <= record.latest
                       and (other.earliest, other.latest) != (record.earliest, record.latest))
                      or ((record.date, span.char_start, span.char_end) in relative
                          and other.prov.char_start == span.char_start and other.prov.char_end >= span.char_end
                          and _FINER[other.precision] > _FINER[record.precision]))]
        covered = {name for other in inner for name in other.models}
        # (or, of a company's news without a model, the same company's: "fired Sam Altman 2 years ago (November 17,
        # 2023)")
        if not (inner and ((record.models and covered.issuperset(record.models))
                           or (not record.models and record.org is not None
                               and all(not other.models and other.org == record.org for other in inner)))):
            kept.append(record)
    return kept
