"""Front matter (YAML, or TOML as Hugo writes it) and news datelines: a document's title and published date."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex
import yaml

from timeline.data import SAFE_LOADER
from timeline.extract.times.rules import EN_WEEKDAY, WEEKDAY_NOTE, ZH_WEEKDAY
from timeline.text.lists import BLANK_LINE, BULLET, RECORD_REACH, bold_question_above
from timeline.text.normalize import (
    ARXIV_STAMP,
    DAY_AND_TIME,
    DAY_LABEL_ZH,
    TIME_ZONE,
    WEEKDAY_WRITTEN,
    NormText,
    cut_before_day,
    unescape_references,
)
from timeline.text.scripts import HAN
from timeline.text.windows import contains_any


# (libyaml's loader when present: several times faster, the same safe construction rules)
class _Loader(SAFE_LOADER):  # type: ignore[valid-type,misc]
    """The safe loader, except that a timestamp that is no real day ("2024-13-45") stays text:
    YAML's own constructor raises on it, which would lose the whole front matter."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def _fenced(fence: str) -> regex.Pattern[str]:
    """A block at the text's start between two lines of `fence` (its body the first group)."""
    return regex.compile(rf"\A\ufeff?{fence}[ \t]*\r?\n(.*?)(?:\r?\n){fence}[ \t]*(?:\r?\n|\Z)", regex.S)


_FRONT = _fenced("---")
_TOML_FRONT = _fenced(r"\+\+\+")
_ISO = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_HEADING = regex.compile(r"^#[ \t]+(?P<title>.+?)[ \t]*#*[ \t]*$", regex.M)
# Plain text without a top heading: a first line that reads as a headline (short, no sentence
# inside it, not a date, a list item or a numbered section), as news and reports put one, or a
# lower heading that opens the text.
# (nor a section's name alone on its line: "Abstract", "摘要" open a paper's text, not its title; "投资要点",
# "核心观点" a broker's report's)
_SECTION_NAME = (r"(?:(?i:abstract|summary|introduction|overview|background|contents|table\s+of\s+contents|preface"
                 r"|foreword|tl;?\s*dr)|摘要|概要|引言|前言|目录|导语|导读|简介|背景|核心观点|投资要点)"
                 r"[ \t]*[:：.]?[ \t]*")
_YEAR_MONTH = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]"  # (a date's start: "2025-11", "2025年11月")
_NOT_TITLE = (r"(?![-*+>|#]|\d+[.)、]\s|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分篇]"
              r"|\\[A-Za-z]"  # (nor a TeX command's line: "\begin{table}[t]", "\section{Results}")
              # (nor a table's header with its fields split by tabs: "Model\tDeveloper\tRelease date")
              r"|[^\n\t]+\t[^\n\t]+\t[^\n\t]"
              rf"|{_YEAR_MONTH}|{_SECTION_NAME}(?:\n|\Z))")
# (nor is a top heading that names a section: "# Abstract" over a paper's text)
_SECTION_HEADING = regex.compile(_SECTION_NAME)
# (a press release's or a report's labels over its headline: "FOR IMMEDIATE RELEASE", "新闻稿", "TECHNICAL REPORT", and
# an embargo's line, "EMBARGOED UNTIL 9:00 AM PT, MAY 20, 2025"; a broker's report's kind, "证券研究报告 | 行业点评",
# and its day's line under it)
_LABEL_LINE = (r"(?:\s*+(?:(?i:for\s+immediate\s+release|press\s+release|news\s+release|technical\s+report"
               r"|white\s*paper|(?:embargoed|embargo\b|for\s+release\b)[^\n]{0,80}"
               # (a paper's venue or state over its title: "Published as a conference paper at ICLR 2025", "Under
               # review as a workshop paper at …", "Preprint. Under review.")
               r"|(?:published|under\s+review|accepted)\s+as\s+an?\s+(?:\w+\s+){0,2}paper\s+(?:at|to|in|for)\b[^\n]{1,60}"
               r"|preprint(?:[.,]?[ \t]*(?:under\s+review|work\s+in\s+progress|not\s+(?:yet\s+)?peer[\s-]reviewed)\.?)?"
               # (a mail's or a newsletter's link to its page: "View this email in your browser", "Open in app")
               r"|view\s+this\s+(?:post|email|e-mail|newsletter)\b[^\n]{0,60}|view\s+in\s+(?:your\s+)?browser"
               # (a PDF's other cells past its layout's blanks, "Technical Report      arXiv:2507.20534v1 [cs.CL] …";
               # not a page's number, "Technical Report      3", a running head that is the title of its page)
               r"|open\s+in\s+(?:app|browser))(?:[ \t]{4,}(?=[^\W\d])[^\n]*)?|新闻稿|新闻通稿|技术报告|白皮书"
               r"|(?:(?:证券|行业|公司|策略|宏观)?(?:深度|点评|研究|专题)?(?<=\p{Han})报告"
               r"|(?:行业|公司|策略|宏观)(?:研究|深度|点评|专题|周报|月报|简评|跟踪))(?:[ \t]*[|｜/][^\n|｜]{2,12}?)?"
               # (its day at the line's end, past the blanks a PDF's layout leaves, which normalization drops after Han:
               # "证券研究报告 | 行业深度      2025年11月28日")
               rf"(?:(?:[ \t]{{2,}}|(?<=\p{{Han}}))(?={_YEAR_MONTH}){_YEAR_MONTH}[ \t]*\d{{1,2}}日?)?"
               rf"|{_YEAR_MONTH}[ \t]*\d{{1,2}}日?"
               # (a listed company's notice's codes over its name: "证券代码：002230  证券简称：科大讯飞  公告编号：…")
               r"|(?:证券|股票)代码[ \t]*[:：][^\n]*)"
               # (a report's field and kind, "行业研究|计算机", over "证券研究报告" and its day: three lines)
               r"[ \t]*\n){0,3}")
_ARXIV_LINE = rf"(?:\s*+{ARXIV_STAMP}[^\n]*\n)?+"  # (possessive: the stamp is never the title)
# (a forum post's header over its title: "r/LocalLLaMA · Posted by u/tensorfan · 3 days ago", "Submitted by foo")
_POSTED_LINE = r"(?:\s*+(?:r/\w+[ \t]*(?:[·•|-][ \t]*)?)?(?:Posted|Submitted)[ \t]+by[ \t]+(?:u/)?\S+[^\n]{0,60}\n)?+"
_POSTED = regex.compile(_POSTED_LINE)
# (a post's headline in corner brackets opening its text, after its topic's tag: "#DeepSeek-V3.2-Exp#" over
# "【DeepSeek发布V3.2-Exp，API价格降低50%以上】9月29日晚，…"; not a reporter's credit, "【記者王小明／台北報導】")
_BRACKET_TITLE = regex.compile(r"\s*(?:#[^#\n]{1,40}#[ \t]*\n)?\s*"
                               r"【(?P<title>(?![^】\n]*(?:记者|記者|报道|報導|讯】|訊】))[^】\n]{6,80})】")
# (a WeChat account's credits over its headline: "梦晨 发自 凹非寺" and "量子位 | 公众号 QbitAI")
_SENT_FROM = (r"(?:\s*+[^\n]{1,24}?[ \t]*发自[ \t]*[^\n]{1,24}\n"
              r"(?:[ \t]*[^\n|｜]{1,24}?[ \t]*[|｜][ \t]*公众号[^\n]{0,30}\n)?)?")
# (a web page's breadcrumb trail over its headline: "Home > News > AI", "首页 › 科技"; or three parts or more between
# spaced slashes, "Home / Blog / Research": not a title that sets two things side by side, "Foo-3 / Bar-2 compared")
_CRUMBS = r"(?:(?:[^\n>›»]{1,30}?[ \t]+[>›»][ \t]+)+[^\n>›»]{1,30}|(?:[^\n/]{1,30}?[ \t]+/[ \t]+){2,}[^\n/]{1,30})"
_BREADCRUMB = rf"(?:\s*+{_CRUMBS}[ \t]*\n)?"
# (a top heading that is such a trail, "# Computer Science > Computation and Language" over an arXiv paper's
# "# The Llama 3 Herd of Models": the heading after it is the title)
_CRUMB_HEADING = regex.compile(_CRUMBS)
# Who wrote or edited the text, as a byline or a footer credits them (文 only with its mark: see where it is read)
# (UP主: a video site's uploader; 分析师: a broker's report's)
_CREDIT = r"责任编辑|编辑|作者|撰文|(?:本报)?记者|UP[ \t]?主|博主|(?:证券)?分析师|研究员|译者|审校|校对"
# (an outlet's name, by its last word: whose reporter, "新华社记者", "中央社記者", "人民网记者"; or over the day, "36氪
# 2025年8月15日")
_OUTLET_WORDS = "社|报|网|台|新闻|科技|财经|氪|之家|智元|子位|之心|公园|前线|头条"  # (the last words of outlets' names)
_OUTLET = rf"(?:[\p{{Han}}\dA-Za-z]{{1,5}}?(?:{_OUTLET_WORDS}))"
# (after the day a text ran on: any name ending so, or a paper's in its marks)
_OUTLET_NAME = rf"(?:[\p{{Han}}A-Za-z0-9]{{0,6}}(?:{_OUTLET_WORDS})|《[^》\n]{{1,30}}》)"
_CREDIT_HEADING = regex.compile(r"[^\s#]{2,12}?(?:报道|出品|编译)")
# (or the one word a post's credit is: "文 | 李四", "图｜视觉中国")
_CREDIT_LINE = regex.compile(rf"\s*(?:{_CREDIT}|文|图)[ \t]*[:：|｜][^\n]*")
# (nor a WeChat post's call to follow its account over it, "点击上方蓝字关注我们", and the image, the credits and the
# day and time under it: "来源 | 机器之心", "2025-08-06 09:12 发表于北京")
_FOLLOW_LINE = (r"(?:\s*+点击(?:上方|下方)?[^\n]{0,8}?关注[^\n]{0,16}\n"
                rf"(?:\s*+(?:图片|(?:{_CREDIT}|来源)[ \t]*[|｜:：][^\n]*|[^\n]{{0,24}}?{DAY_AND_TIME}[^\n]*)"
                r"[ \t]*\n)*+)?+")
_BOLD_TITLE = regex.compile(r"\s*\*\*(?P<title>[^\n*]{4,80})\*\*[ \t]*(?:\n|\Z)")
# (a reStructuredText title's overline: "=====" over "Model release notes" and its underline)
_OVERLINE = r"(?:\s*+[=~^*+#-]{3,}[ \t]*\n)?"
# (nor markup alone on its line over it: an HTML comment, "<!-- draft -->"; a table of contents' marker, "[TOC]")
_MARKUP_LINE = r"(?:\s*+(?:<!--[^\n]*?-->|\[\[?(?i:toc)\]\]?)[ \t]*\n)*+"
# (a scraped page's chrome over its headline, each alone on its line: "Skip to main content", "Menu", "Sign in",
# "Accept all cookies", its section's name, "Technology")
# (a section's name a blank line ends: not a title's first line over the rest, "Artificial Intelligence" over "Index
# Report 2025")
_CHROME_LINE = (r"(?:\s*+(?:(?i:skip\s+to\s+(?:the\s+)?(?:main\s+)?content|skip\s+navigation|menu|search"
                r"|sign\s+(?:in|up)|log\s+in|subscribe(?:\s+now)?|accept(?:\s+all)?\s+cookies"
                r"|we\s+use\s+cookies\b[^\n]{0,160}|advertisement|home)[ \t]*\n"
                r"|(?i:news|latest|technology|tech|business|world|markets|science|artificial\s+intelligence)"
                r"[ \t]*\n(?=[ \t]*\n)))*+")
_TITLE_LINE = regex.compile(
    # (each run of blanks taken whole, "*+": given back, the three runs in a row split a text of blanks every way, in
    # time polynomial in its length: 2.5 s for 4,000 spaces)
    rf"{_MARKUP_LINE}{_CHROME_LINE}{_FOLLOW_LINE}{_LABEL_LINE}{_SENT_FROM}{_BREADCRUMB}{_ARXIV_LINE}{_POSTED_LINE}{_OVERLINE}"
    rf"\s*+(?:#{{2,6}}[ \t]+)?(?=\S){_NOT_TITLE}"
    # (not a sentence's end, "… in June 2024.", "… the model."; "Inc.", "vs." end no sentence)
    # (a colon only between a Chinese headline's halves, "大模型发展简史:从Transformer到DeepSeek"; not "作者：张三")
    # (or an English one's, after two words or more: "Scaling Sparse Experts: A Technical Report", its second half in
    # sentence case too, "Kimi K2 Thinking: first impressions"; not "Author: Jane",
    # nor a caption's: "Table 1: …"; a comma before a word, or a day's year: "(Sept 29 – Oct 5, 2025)")
    r"(?:(?P<title>(?:[^\n，。,;；:：!?！？]|,(?= [A-Za-z]|[ \t]*(?:19|20)\d\d(?!\d))"
    r"|(?<=\w[ \t]+\w+)(?<!(?:Table|Figure|Fig\.)[ \t]+\d+):(?=[ \t]+[A-Za-z\"“‘'])"
    # (or after a model's name alone, a digit or a hyphen in it: "DeepSeek-R1: Incentivizing Reasoning …")
    r"|(?<=(?:^|\n)[ \t]*[A-Z][\w.]*[-\d][\w.-]*):(?=[ \t]+[A-Z])"
    rf"|(?<=\p{{Han}}{{4}})(?<!{_CREDIT}|来源|时间|日期)[:：](?=\p{{Han}}|[A-Za-z])){{4,80}}?)"
    # (a PDF's running head may end its line past the title's 80 characters: "State of Open Models — Q2 2025      Page 3
    # of 18")
    r"(?<![a-z]{3}\.|\d\.)(?:[ \t]{2,}(?i:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?)?[ \t]*(?:\n|\Z)"
    # (a headline with a clause or an exclamation in it, "重磅！智谱发布GLM-4.5，开源最强模型来了", "Ask HN: Which
    # model…?": a paragraph of its own that does not end as a sentence does)
    # (up to 120 characters: a paper's title, its wrapped lines joined, "DeepSeek-R1: Incentivizing Reasoning …"; over
    # a subtitle led by a double dash, as a Chinese report has one: "——AI大模型行业跟踪报告（十二）")
    # (or over its byline: "Ask HN: …?" over "142 points by throwaway42 on May 3, 2025 | 98 comments")
    r"|(?P<title>[^\n]{4,120}?)(?<![。.;；,，:：、])[ \t]*(?:\n[ \t]*\n|\n[ \t]*——|\Z"
    r"|\n(?=[ \t]*(?:\d[\d,]*[ \t]+points?[ \t]+|(?i:posted|submitted|written)[ \t]+)?(?i:by)[ \t]+\S)))")
_BLANK_LINE = regex.compile(BLANK_LINE)
# (a mail's subject, past the headers before it and the replies' and forwards' marks: "Subject: Re: context limits";
# a reprint's original headline: "原标题：…"; or past a page's few lines over it, no heading nor sentence among them,
# as an arXiv abstract's page has its archive's path, its number and its history: "Computer Science > Computation and
# Language" / "arXiv:2511.04321 (cs)" / "[Submitted on 6 Nov 2025 (v1)]" over "Title: …")
_TITLE_FIELD = regex.compile(r"(?:\s*+(?:From|To|Cc|Sent|Date)[ \t]*:[^\n]*\n){0,6}"
                             r"(?:[ \t]*+(?![#>*-])[^\n]{1,80}(?<![.。!?！？:：])\n(?=[^\n])){0,3}"
                             r"\s*+(?:(?:Title|原?标题|题目|Subject(?:[ \t]*:[ \t]*(?:Re|Fwd?|AW|WG|回复|转发))*)"
                             r"[ \t]*[:：]|【(?:原?标题|题目)】)[ \t]*"  # (or in brackets: "【标题】…")
                             r"(?P<title>[^\n]{2,120}?)[ \t]*(?:\n|\Z)", regex.I)
# A page's number: "第3页", "第1页 共5页", "3 of 12", "3/12"
_PAGE_ZH = r"第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
_PAGE_OF = r"\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?"
# ("Technical Report        3", "… Page 3 of 12", "… 第3页": a PDF's running head)
_PAGE_NUMBER = regex.compile(rf"[ \t]{{2,}}(?:(?:Page|p\.)[ \t]*)?{_PAGE_OF}$|[ \t]{{2,}}{_PAGE_ZH}$", regex.I)
# (or a page's number alone on the first line, as a PDF's page head: "第1页 共5页", "Page 1 of 5", "- 1 -")
_PAGE_LINE = regex.compile(rf"[ \t]*(?:{_PAGE_ZH}|(?:Page|p\.)[ \t]*{_PAGE_OF}|[-–—][ \t]*\d{{1,4}}[ \t]*[-–—])[ \t]*",
                           regex.I)
# "新华社北京1月5日电", "中新网上海3月2日电", "BEIJING, Jan. 5 (Xinhua) --"
_DATELINE_ZH = regex.compile(
    # (not another outlet's report the text cites: "据路透社11月24日报道，…"; a tech outlet's own ends so:
    # "智东西11月24日报道")
    r"(?<!据)(?:新华社|中新社|中新网|人民网|央视网|央视新闻|光明网|澎湃新闻|财新网|本报|本刊|人民日报|经济日报|科技日报|中国日报"
    r"|证券时报|第一财经|新京报|界面新闻|每日经济新闻|财联社|科创板日报|中国证券报|上海证券报|证券日报|21世纪经济报道|北京商报"
    r"|中国新闻网|央广网|环球网|环球时报|参考消息|北京日报|解放日报|文汇报|南方都市报|大公报|中通社"
    # (Taiwan's and the foreign wires', their reporter's name before the place: "中央社记者张三台北2025年3月19日电")
    r"|中央社|联合报|自由时报|工商时报|路透社|法新社|美联社|彭博社|共同社"
    # (tech sites', "IT之家3月6日消息")
    r"|IT之家|快科技|驱动之家|量子位|机器之心|新智元|智东西|芯东西|雷锋网|钛媒体|36氪|虎嗅|极客公园|品玩|站长之家|中关村在线"
    r"|cnBeta|TechWeb|网易科技|新浪科技|腾讯科技|凤凰科技|搜狐科技)[\p{Han}]{0,8}?"
    r"(?:(?P<y>\d{4})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日(?:电|讯|消息|报道)"
)
# (Taiwan's wire with the day alone, its month and year those of the text's last dated news: "（中央社記者王五台北5日
# 電）")
_DATELINE_DAY = regex.compile(r"(?<!据)中央社[\p{Han}]{0,8}?(?P<d>3[01]|[12]\d|0?[1-9])日电")
# (a press release's place and day in brackets, opening a paragraph: "（香港 2025年9月24日）阿里云今日…",
# "【2025年9月24日，杭州】"; normalized text writes a full-width bracket as ASCII)
_DATELINE_BRACKETED = regex.compile(
    r"^[ \t>*_]*[(【\[](?:(?P<place>\p{Han}{2,6})[ \t,、]*)?"
    r"(?P<y>\d{4})年(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日(?(place)|[ \t,、]*\p{Han}{2,6})[ \t]*[)】\]]",
    regex.M)
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})年")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DATELINE_EN = regex.compile(
    # (a place, then a comma or a wire service's name: "SEATTLE--(BUSINESS WIRE)--Apr. 30, 2025--";
    # blanks and a place's words within its line: tried at every line start, a \s* there ran over
    # every blank line below, in time quadratic in their number)
    # (normalized text writes an en dash as a hyphen: "TOKYO, Japan – January 30, 2025 – …")
    r"^[ \t]*(?:[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+)*(?:,\s*|[ \t]+-[ \t]+|\s*--\s*\([^)\n]{1,30}\)\s*--\s*))?"
    # (a state: "SANTA CLARA, Calif., Nov. 20, 2024 —", "PALO ALTO, CA — August 13, 2024 —")
    r"(?:(?:[A-Z][a-z]+\.?|[A-Z]{2})(?:,\s*|\s*(?:—|–|--)\s*|[ \t]+-[ \t]+))?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?P<y>\d{4}))?"
    r"\s*(?:\([^)]{1,30}\)|/[^/\n]{1,30}/)?\s*(?:--|—|–|-)"  # "(Xinhua) --", "/PRNewswire/ --"
    # (a place in capitals, a dash, then the day with its year as a sentence: "SEATTLE — May 19, 2025. Microsoft …")
    r"|^[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*[ \t]*(?:—|–|--)[ \t]*"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\.(?=\s)"
    # (a place, then the day before its month, as British and wire copy writes it: "LONDON, 19 November 2024 —"; a
    # weekday is no place)
    r"|^[ \t]*(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,)[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+)*,[ \t]*"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]+"  # ("LONDON, 3rd December 2025 /PRNewswire/ --")
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?P<y>\d{4})"
    r"[ \t]*(?:\([^)]{1,30}\)|/[^/\n]{1,30}/)?[ \t]*(?:--|—|–|-)"
    # (or a line of its own, a place and the day with its year: "Seoul, August 4, 2025")
    r"|^[ \t]*(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,|By\b)[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2},[ \t]*"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?P<d>\d{1,2}),[ \t]*(?P<y>\d{4})[ \t]*$"
    # (or the day in figures, as an American release writes it: "San Francisco, CA — 11/12/2025 — Acme today …"; its
    # place with its state or in capitals, not a timeline's entry: "Claude — 3/4/2024 — Anthropic releases …")
    r"|^[ \t]*(?:[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+)*,[ \t]*(?:[A-Z][a-z]+\.?|[A-Z]{2})"
    r"|[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*)[ \t]*(?:—|–|--|-)[ \t]*"
    r"(?P<mn>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4})[ \t]*(?:--|—|–|-)",
    regex.M,
)
_DATELINE_HEAD = 2000  # characters: an English dateline opens the text or follows its headline


# A publication date stated near the top of the text: labelled ("发布时间：2025年7月18日",
# "Published: May 3, 2025"), or alone on its line with what a byline carries beside it (a time of
# day, 来源/作者/编辑, "By Jane Doe", "5 min read"). Update dates name no publication. The date itself
# is whatever the time extractor reads as a day with its year. (Spaces are optional where
# normalization drops those between CJK and digits; a day and its time of day, DAY_AND_TIME: "2025-04-29 08:30",
# "2025年8月21日 18:30", "2025-01-20T18:30")
# The words that say when a text was published, as a feed's, a mail's or a blog's fields name it
_PUBLISHED_WORDS = r"(?:pub)?date|published|posted"
# What an issuing body's Chinese name ends with (a ministry, an office, an institute, a company; a broker's research
# arm, "华泰研究")
_ISSUER_SUFFIX = "办公室|委员会|研究院|研究所|研究|实验室|协会|学会|联盟|公司|集团|大学|中心|部|局|厅|署|办|委|院"
_ISSUER = rf"\p{{Han}}{{2,24}}?(?:{_ISSUER_SUFFIX})"
_ISSUER_NAME = regex.compile(_ISSUER)
_ABOUT_LINE = regex.compile(r"[ \t]*\n[ \t]*(?P<about>关于[^\n]{2,80}?)[ \t]*(?:\n|\Z)")
# (a post's counts after its byline or before its day, and a video's: "| 播放 12.3万")
_READS = r"(?:阅读|浏览|评论|点赞|收藏|播放|弹幕|赞同)(?:量|数)?\s*[:：]?\s*"
_COUNT = r"[\d.,]+\s*[万kK]?"
_BYLINE_LEAD = regex.compile(
    # (a calendar's sign before the day, as posts set it: "📅 2025年8月25日 星期一")
    # (":Date: 2025-04-30": a reStructuredText field; a signature's dash: "— posted Sep 20, 2025")
    r"[ \t>*_|\[:—–]*(?:[\p{So}\uFE0F]+[ \t]*)?"
    # ("报告日期：2025年11月23日": a broker's report; "成文日期", "出版日期": a notice's, a book's)
    # ("录制时间：2025年9月28日", "采访时间": a podcast's, an interview's)
    # (or in brackets, as scraped records label fields: "【日期】2025-12-30", "【发布时间】…")
    r"(?:【(?:发布时间|发布日期|发表时间|发表日期|日期|时间)】"
    r"|(?:发布时间|发布日期|发表时间|发表日期|发文日期|刊发时间|刊发日期|首发时间|报告日期|报告时间|成文日期|出版日期"
    r"|(?:录制|播出|采访)(?:时间|日期)|日期|时间"
    r"|(?:本文)?(?:发布|发表|首发)于(?=\s*\d)"
    # ("Recorded March 20, 2025", "Aired: April 2, 2025": a podcast's episode; "pubDate: Thu, 19 Dec 2024 17:00:00
    # GMT": a feed's item)
    # ("Uploaded: Sep 14, 2025", "Premiered Sep 14, 2025", "Streamed live on …": a video's)
    # ("Video published Nov 26, 2025": what was published)
    r"|(?:Originally\s+|(?:Video|Episode|Article|Story)\s+)?(?:[Pp]ublished|[Pp]osted|[Ww]ritten)(?:\s+on)?(?!\s+by\b)"
    r"|Submitted(?:\s+on)?"
    r"|(?:Recorded|Aired|Uploaded|Premiered|Streamed(?:\s+live)?)(?:\s+on)?"
    # ("Created: November 22, 2025", a notes app's page property; in its table of properties too, "| Created |
    # November 22, 2025 |")
    r"|(?:Date\s+)?[Cc]reated(?:\s+(?:on|at))?(?:[ \t]*\|)?"
    # ("Interview conducted on October 3, 2025. Edited for length.")
    r"|(?:Interview(?:ed)?\s+)?(?:conducted|held)(?:\s+on)?"
    # ("Date of call: October 28, 2025": a transcript's)
    r"|(?:pub)?Date(?:\s+of\s+(?:call|publication|issue|recording|broadcast|interview|meeting|report))?|Report\s+date"
    r"|Sent(?=\s*:)"  # (a mail's as a client prints it: "Sent: Monday, March 10, 2025")
    r"|Publication\s+date|Released(?:\s+on)?|Release\s+date)"  # (a release's notes: "Released 2025-01-30")
    r"\s*[:：·]?[\s*_]*"  # (or a bar, read as a dot on a line of one bar: "日期 | 2025/11/25", as credits are set)
    # (an arXiv paper's stamp: the day its version was submitted)
    rf"|{ARXIV_STAMP}"
    # (a periodical's number before its day: "Issue #88 - Tuesday, 4 March 2025", "Vol. 3, No. 12 · March 4, 2025",
    # "第88期 | 2025年3月4日")
    r"|(?:(?:Vol(?:ume)?\.?\s*\d+\s*[,·]?\s*)?(?:Issue|No\.)\s*#?\s*\d+|第\s*\d+\s*期)"
    r"(?:\s*(?:--|[-–—·•|丨,:：])\s*|\s+|(?<=期)(?=\d))"  # ("Issue 212 -- March 4, 2025", as plain mail writes a dash)
    # (a reporter's credit in brackets, as Taiwan's and Hong Kong's papers write it:
    # "【記者王小明／台北報導】2025年5月19日", "〔記者林小華／新竹報導〕")
    rf"|[【〔\[]\s*(?:{_CREDIT})[^\n】〕\]]{{1,30}}?[】〕\]]\s*"
    # (or the paper's own: "【明報專訊】2025年4月30日", "【大公报讯】")
    r"|[【〔]\s*[^\n】〕\d]{1,12}?(?:專訊|专讯|訊|讯)\s*[】〕]\s*"
    # (the name, then a separator or spaces before a digit, which normalize drops after Han)
    # (原创: a WeChat account's mark of its own article, "原创 AI前线 2025年04月29日 08:30 北京")
    # (a word, not the start of one: "Bytedance", 文心一言)
    # ("Posted by the Gemini team, February 5, 2025"; an issue's or a thread's: "opened by devuser on Jul 23, 2025";
    # "Interview by Sam Lee, October 20, 2025")
    # (where it first ran: "本文首发于公众号「AI前线」，2025-07-12", "This post first appeared in X on May 3, 2025")
    # ("记者 李明 2025年4月16日": a reporter's name; normalized text drops the spaces between Han and digits)
    # (an agency's reporter: "中央社記者 林家如 台北 2025年4月15日", "新华社记者 张三 北京2025年4月15日")
    # (a forum's story line, its points before its poster: "142 points by throwaway42 on May 3, 2025 | 98 comments")
    rf"|(?:\d[\d,]*\s+points?\s+(?=by\b))?"
    # (what it is before who wrote it: "Thread by @swyx on Nov 25, 2025", as an unrolled thread is headed)
    r"(?:(?:Posted|Published|Written|Opened|Asked|Started|Interviewed|Interview|Reported|Edited)\s+"
    rf"|(?:Thread|Post|Article|Story|Essay|Column)\s+(?=by\b))?(?:By(?![a-z])|{_OUTLET}?(?:{_CREDIT})|文(?=\s*[:：/／])"
    r"|(?:文章|本文|信息|新闻)?来源|原创|Source|Author|Analysts?"  # ("文章来源：量子位 | 时间：…")
    r"|本文(?:首发|原载|刊发|刊载|发表)(?:于|在)|(?:This\s+(?:article|post|story|piece)\s+)?(?:first|originally)\s+"
    r"(?:appeared|ran|published)\s+(?:in|on|at)\b)\s*[:：]?\s*"
    # (and where it ran, between them: "By Jane Doe · Reuters · January 12, 2026"; no day for a name: "原创 2025-11-20
    # 10:30 · 量子位", the name after it)
    r"(?!\d{4}[-/.年])[^\n|·•丨—–]{1,40}?(?:\s*[|·•丨]\s*[^\n|·•丨—–\d]{1,40}?(?=\s*[|·•丨]))?"
    # ("By Jane Doe — April 6, 2025"; "Interviewed by Laura Chen. Published November 3, 2025")
    r"(?:\s*[|·•丨,，—–]\s*|\.\s+(?=(?-i:Published|Posted)\b)|\s+-\s+|\s+on\s+|\s+(?=\d)|(?<=\p{Han})(?=\d)"
    rf"|\s*(?={DAY_LABEL_ZH}\s*[:：]))"  # ("作者：李明　发布日期：…", its space dropped)
    # ("UP主：AI老王 | 发布时间：2025-09-25 20:00", "By Matt O'Brien | Published 11:02 AM EST, November 18, 2025")
    # ("**作者：AI观察者** · 发布于 2025-06-12")
    rf"(?:{DAY_LABEL_ZH}\s*[:：]\s*|(?:发布|发表|首发)于\s*|(?-i:Published|Posted)(?:\s+on)?\s*:?\s*)?"
    # (a wire's place before the day: "By Jane Doe | PARIS, Sept 18, 2025")
    rf"(?:(?-i:[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){{0,2}}),[ \t]*(?=(?-i:{'|'.join(_MONTHS)})))?"
    # (an account's or a paper's name alone, when a time of day follows the date: "AI前线 2025-04-29 08:30")
    # ("36氪 · 2025-12-28 09:12": a separator after the name)
    rf"|(?!\d{{4}}[-/.年])[^\n|·•丨]{{1,30}}?(?:\s*[|·•丨]\s*|\s+|(?<=\p{{Han}}))(?={DAY_AND_TIME})"
    # (a poster's name alone, then when it was posted: "**匿名用户** · 发布于 2025-12-02 10:15", an answer's; its
    # counts between: "**知乎 · 赞同 2.3 万 · 编辑于 2025-11-08**")
    rf"|[^\n|·•丨\d]{{1,20}}?\s*[·•|丨]\s*(?:{_READS}{_COUNT}\s*[·•|丨]\s*){{0,3}}(?:发布|发表|编辑)于\s*"
    # (an issuing body's name alone, as an official notice writes it under its title: "国家互联网信息办公室
    # 2025年1月8日", "中国信息通信研究院 2025-01-08")
    rf"|{_ISSUER}(?:\s+|(?<=\p{{Han}}))(?=\d{{4}}[-/.年])"
    # (or an outlet's: "证券时报网 2025年12月19日")
    rf"|{_OUTLET}(?:\s+|(?<=\p{{Han}}))(?=\d{{4}}[-/.年])"
    # (a report's kind, then a separator: "证券研究报告 | 2025年3月10日", "行业周报 · 2025-03-10", "Equity Research |
    # March 10, 2025")
    # (or the blanks a PDF's layout leaves: "证券研究报告    2025年09月15日")
    # (its field after a bar first, the one bar a dot by then: "证券研究报告 | 行业深度      2025年11月28日")
    r"|\p{Han}{0,8}(?:报告|周报|月报|日报|简报|快报|点评|研报|纪要)(?:[ \t]*[|｜丨·•][ \t]*\p{Han}{2,8})?"
    r"(?:\s*[·•丨]\s*|[ \t]{2,}(?=\d{4}[-/.年])"
    r"|(?<=\p{Han})(?=\d{4}[-/.年]))"
    r"|(?-i:(?:[A-Z][\w&-]*\s+){0,3}(?:Report|Research|Brief|Weekly|Newsletter))\s*[·•丨]\s*"
    # (a social post's header: "Meta AI (@AIatMeta) · Jul 23, 2024", "@sama · Mar 3, 2025")
    r"|(?:[^\n|·•丨(@]{1,40}?\s*)?\(?@\w{1,30}\)?\s*[·•|丨]\s*"
    # (a writer's name alone, two to four capitalized words, then a separator: "Kyle Wiggers · 9:15 AM PST · …")
    r"|(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*[·•|丨]\s*)?"
    # (a time of day before the date: "9:15 AM PST · March 5, 2025"; or the time it takes to read: "Alex Kim · 14 min
    # read · Dec 1, 2025")
    r"(?:\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s+[A-Z]{2,4})?\s*[·•|丨,]\s*|\d{1,3}\s*min(?:ute)?s?\s+read\s*[·•|丨]\s*)?"
    # (a weekday before the date: "Published Friday, February 7, 2025")
    rf"(?:(?:{EN_WEEKDAY}),?\s+)?",
    regex.I,
)
# A question-and-answer site's footer: "编辑于 2025-02-10 · IP 属地北京", "发布于 2025-02-10 10:23";
# a microblog's: "2025年8月21日 18:30 来自 微博 weibo.com" (a date with its time of day, unlabelled).
# (in parentheses, "（发布于2025年3月15日 周六）"; and where a reprint first ran: "（原载《科技日报》2025年7月3日）",
# "原文发表于2025.11.20", "本文首发于…")
# (its marks taken whole, "*+": given back one by one, a line of 80,000 of them took 0.36 s)
_FOOTER_LEAD = regex.compile(rf"[ \t>*_|]*+(?:[(（]?\s*(?:本文|原文)?(?:发布于|编辑于|发表于|首发于"
                             r"|刊发于|刊登于|刊载于|原载于|载于"  # (where a paper ran it: "本文刊发于…")
                             r"|(?:发布|发表)(?:时间|日期)?\s*[:：])\s*"  # (a newsletter's "发布：2025年11月30日")
                             # (a post's signature: "— @foolabs, Oct 2, 2025", "— Sam Altman (@sama) March 3, 2025")
                             r"|(?:—|–|--?)\s*(?:[^\n@()—–]{1,40}?\s*)?\(?@\w{1,30}\)?\s*[,·•]?\s*"
                             rf"|(?={DAY_AND_TIME})"
                             # (who edited or wrote it, then the day: "*编辑：王磊 | 2025年7月31日*", in parentheses
                             # without the bar: "（文/记者 王五 2025年6月21日）")
                             # ("*本期编辑：小王 | 2025年12月1日*": a periodical's issue's)
                             rf"|(?:本期|本文)?(?:{_CREDIT}|文)\s*[:：/／]\s*[^\n|·•丨\d]{{1,20}}?\s*[|·•丨]\s*"
                             rf"|[(（]\s*(?:{_CREDIT}|文)\s*[:：/／]\s*(?:(?:{_CREDIT})\s*)?[^\n|·•丨\d()（）]{{1,12}}?"
                             r"(?:\s+|(?<=\p{Han})(?=\d))"
                             r"|[(（]\s*(?:原载于?|刊于|载于|转载自|来源[:：]?)\s*《[^》\n]{1,30}》\s*[,，]?\s*"
                             # (its source's name without quotes: "（来源：MiniMax官方公众号，2025-01-15）", "本文来源：
                             # 月之暗面官方 2025-07-12")
                             r"|[(（]?\s*(?:本文)?来源\s*[:：]\s*[^\n,，()（）《》]{1,30}?(?:[,，]\s*|\s+(?=\d)|(?<=\p{Han})(?=\d)))")
_FOOTER_LINES = 3  # where it stands: among the last lines that hold text
# (or the day alone in parentheses, as a digest signs its issue off: "（2025年11月21日）")
_DAY_IN_PARENS = regex.compile(r"[ \t]*[(（][ \t]*(?=\d{4}[ \t]*[-/.年])[^\n()（）]{6,20}[)）][ \t]*")
# (the text's last line, unlabelled, when it ends with the outlet that ran it: "2025年10月1日　《科技日报》",
# "（2025-10-01 新华网）")
_OUTLET_LAST = regex.compile(rf"{_OUTLET_NAME}(?:\s*第\s*[\d一二三四五六七八九十]{{1,3}}\s*版)?[ \t)）]*$")
# What says a text was updated, before the day ("Last updated June 17, 2025", "Updated on: …", "Last modified: …",
# "Last reviewed: …", "更新时间：…", "修改日期：…"; also the
# events' label of a page's update, which dates no event)
UPDATED_WORDS = (r"(?:(?:Last\s+)?[Uu]pdated(?:\s+on)?|[Ll]ast\s+(?:modified|reviewed|revised)(?:\s+on)?"
                 r"|(?:最后|最近)?(?:更新|修改)(?:时间|日期|于))\s*[:：]?\s*")
_BYLINE_TAIL = regex.compile(
    # (the end of the day's emphasis, "__2025年5月23日__ | 作者：李华"; normalization drops "**" there)
    r"(?:__)?"
    # (a time of day, then perhaps where it was posted: "08:30 北京")
    # (a weekday: "2025年2月7日 星期五")
    rf"(?:{WEEKDAY_NOTE})?"
    # ("May 3, 2025 at 5:00 p.m. ET", "Aug 5, 2025, 1:00 PM PDT")
    # (ISO 8601's, with its offset: "2025-01-20T18:30:00+08:00")
    # (and mail's, after a space: "Wed, 14 May 2025 09:12:44 +0100")
    # (or a time with a point, as British papers write it, before its zone: "Thu 11 Dec 2025 18.00 GMT")
    rf"(?:(?:,?\s*|T|\s+at\s+)\d{{1,2}}(?::\d{{2}}|\.\d{{2}}(?=\s*{TIME_ZONE}\b))(?::\d{{2}}(?:\.\d+)?)?"
    r"(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"(?:\s*{TIME_ZONE})?(?:\s*[·•丨]?\s*\p{{Han}}{{2,6}})?)?"
    # (a news outlet's name alone: "2025年5月29日 中央社", "2025-05-29 澎湃新闻", "2025年10月1日 新智元", "量子位",
    # "机器之心"; or a paper's in its marks: "2025年10月1日　《科技日报》")
    rf"(?:\s*{_OUTLET_NAME})?"
    # (a newspaper's page: "2025年12月1日 星期一 第A3版")
    r"(?:\s*第\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版)?"
    # (where it was recorded or filed, after a comma: "Recorded May 20, 2025, Mountain View")
    r"(?:,[ \t]*(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?=[ \t*_]*$))?"
    # (文 only with its mark: "文/张三", "文：张三"; "| 文心一言 |" is a table's next cell)
    # (or a round mark, as a blog writes it: "Oct 15, 2025 ● 4 min read")
    # (after a comma too: "（本文发布于 2025-09-30 18:02，来源：智谱官方）")
    rf"(?:\s*[|·•丨/・●，,]?\s*(?:(?:来源|{_CREDIT}|Source|By|Author|Analysts?|Edited by)\s*[:：]?[^\n]{{0,60}}"
    r"|文\s*[:：/／|丨][^\n]{0,60}"
    r"|\d+\s*min(?:ute)?s?\s+read|IP\s*属地\s*\p{Han}{1,8}|来自\s*[^\n]{1,40}"
    # ("2025-11-30 发布", "2025年11月30日 发布于北京"; and its plays after: "2025-11-19 发布 | 播放 8.6万")
    rf"|(?:发布|发表|首发)(?:于\s*\p{{Han}}{{1,8}})?(?:\s*[|·•丨]\s*{_READS}{_COUNT})?"
    # (how often it was read: "| 阅读 3000", "· 1.2万阅读", "· 3,400 views", and the counts after it)
    # (or set apart by blanks alone, each with its word: "阅读量 2.3k　收藏 56")
    rf"|(?:{_READS}{_COUNT}|{_COUNT}\s*(?:次?阅读|views?|reads?|comments?|points?|upvotes?|replies))"
    rf"(?:\s*(?:[|·•丨]\s*(?:{_READS})?|{_READS}){_COUNT}\s*(?:\p{{Han}}{{1,2}})?)*"
    # (a separator, then who wrote it: "May 7, 2025 · Mistral AI team"; not a table's next cell:
    # "| 2023-03-16 | 文心一言 |")
    r"|(?<=[·•丨]\s*)[^\n.。!?！？|]{1,40}))?"
    # (how it was edited: "Interview conducted on October 3, 2025. Edited for length and clarity.")
    r"(?:\.\s+(?:Lightly\s+)?(?:Edited|Condensed)\s+for\s+[^\n]{1,40})?"
    # (when it was updated: "Originally published March 25, 2025. Last updated June 17, 2025.")
    rf"(?:\s*[.;,|·•]?\s*{UPDATED_WORDS}[^\n]{{1,40}})?"
    # (a preprint's version, and when it was revised: "(v1), last revised 9 Apr 2025 (this version, v2)")
    # (and the full stop that may end it: "*This post first appeared in The Batch on May 3, 2025.*")
    r"(?:\s*\(v\d+\)(?:,\s*last\s+revised\s+[^\n]{1,60})?)?"
    # (a paper's page it ran on: "（来源：《科技日报》2025年11月26日 第3版）")
    r"(?:\s*第\s*[\d一二三四五六七八九十]{1,3}\s*版)?[.。]?[ \t*_|\])）]*",
    regex.I,
)
_HEAD_LINES = 12  # where a byline stands: among the first lines that hold text


class FrontMatterError(ValueError):
    """Front matter YAML (or TOML) refuses; `salvaged`: what its plain `key: value` lines still say (see _salvaged)."""

    def __init__(self, message: str, salvaged: FrontMatter | None = None) -> None:
        super().__init__(message)
        self.salvaged = salvaged


@dataclass(frozen=True)
class FrontMatter:
    end: int  # offset just past the closing --- (or +++), 0 when there is none
    fields: dict[str, object]


def read_front_matter(text: str) -> FrontMatter:
    """Parse leading YAML front matter with safe loading only (no object construction); or TOML's, between +++
    lines, as Hugo's blogs write it."""
    m = _FRONT.match(text)
    if not m:
        if text.lstrip()[:9].lower() == "{{infobox":
            return _infobox(text)
        return _toml_front_matter(m) if (m := _TOML_FRONT.match(text)) is not None else FrontMatter(0, {})
    try:
        data = yaml.load(m.group(1), Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise FrontMatterError(f"broken front matter{where}: {getattr(exc, 'problem', None) or exc}",
                               FrontMatter(m.end(), _salvaged(m.group(1)))) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter is not a mapping of fields", FrontMatter(m.end(), {}))
    return FrontMatter(m.end(), {str(k): v for k, v in data.items()})


# (a title's value on its key's line, in quotes or none: "title: 如何评价DeepSeek-V3.2？", TOML's "title = \"…\"")
_TITLE_FIELDS = ("title", "Title", "标题")  # (a notes app's capitalized key; a Chinese blog's)
_TITLE_VALUE = regex.compile(rf"^(?:{'|'.join(_TITLE_FIELDS)})[ \t]*[:=][ \t]*(['\"]?)(?P<value>[^\n]*?)\1[ \t]*\r?$",
                             regex.M)


def _title_field(fields: dict[str, object]) -> str | None:
    """The front matter's title, under the first of its keys that holds one."""
    return next((value.strip() for key in _TITLE_FIELDS if isinstance(value := fields.get(key), str) and value.strip()),
                None)


def yaml_block(text: str) -> tuple[int, int] | None:
    """(start, end) of the YAML inside the text's leading front matter, if it has one."""
    m = _FRONT.match(text)
    return m.span(1) if m else None


def masked_front_matter(text: str, front: FrontMatter | None) -> tuple[tuple[int, int], ...]:
    """The spans of `front` that the extraction does not read: all of it but its title's value, which is the text's
    headline (the model it names is the one the body's lines that name none are about, as a heading's would be)."""
    if front is None or not front.end:
        return ()
    title = _title_field(front.fields)
    value = _TITLE_VALUE.search(text, 0, front.end) if title is not None else None
    if value is None or value.group("value").strip() != title:
        return ((0, front.end),)  # (a title YAML rewrote, escaped or folded over lines, is not its line's text)
    return (0, value.start("value")), (value.end("value"), front.end)


def _toml_front_matter(m: regex.Match[str]) -> FrontMatter:
    try:
        data = tomllib.loads(m.group(1))
    except tomllib.TOMLDecodeError as exc:
        raise FrontMatterError(f"broken front matter: {exc}", FrontMatter(m.end(), _salvaged(m.group(1), _TOML_FIELD))
                               ) from None
    return FrontMatter(m.end(), data)


# A wiki page's source that opens with its infobox ("{{Infobox software" over "| name = Claude Opus 4.5" … "}}"): a
# block of fields over the text, as front matter is, its name the page's title (its days are the subject's, not the
# page's)
_INFOBOX = regex.compile(r"\s*\{\{[^\n]*\n(?:[^\n]*\n)*?\}\}[ \t]*(?:\n|\Z)")
_INFOBOX_NAME = regex.compile(r"^[ \t]*\|[ \t]*name[ \t]*=[ \t]*(?:'{2,3})?(?P<name>[^|{}\[\]'\n]+?)(?:'{2,3})?[ \t]*$",
                              regex.M)


def _infobox(text: str) -> FrontMatter:
    m = _INFOBOX.match(text)
    if m is None:
        return FrontMatter(0, {})
    name = _INFOBOX_NAME.search(text, 0, m.end())
    return FrontMatter(m.end(), {"title": name.group("name")} if name is not None else {})


_PLAIN_FIELD = regex.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]+(.+?)[ \t]*$", regex.M)
_TOML_FIELD = regex.compile(r"^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.+?)[ \t]*$", regex.M)  # ("title = \"…\"")


def _salvaged(block: str, field: regex.Pattern[str] = _PLAIN_FIELD) -> dict[str, object]:
    """The top-level `key: value` lines of front matter that YAML refused, each value as written: a title with a colon
    of its own ("title: Gemini 3: a first look") is the commonest slip, and the title and the dates are still read.
    (Not a value YAML would have built something of: a tag, a list, a mapping, a block, an alias.) `field`: TOML's
    `key = value` lines instead."""
    fields: dict[str, object] = {}
    for m in field.finditer(block):
        value = m.group(2)
        if value[0] in "!&*[{|>":
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields.setdefault(m.group(1), value)
    return fields


# Seconds (or milliseconds) since 1970 that some exporters write a date as, within 2000–2099: "published_at: 1732060800"
_EPOCH_FIRST, _EPOCH_LAST = 946_684_800, 4_102_444_799
_EPOCH = regex.compile(r"\d{10}|\d{13}")


def _epoch_day(value: int) -> dt.date | None:
    seconds = value // 1000 if value > _EPOCH_LAST * 10 else value
    if not _EPOCH_FIRST <= seconds <= _EPOCH_LAST:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date()


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return _epoch_day(value)
    if isinstance(value, str) and _EPOCH.fullmatch(value.strip()):
        return _epoch_day(int(value.strip()))
    if isinstance(value, str):
        m = _ISO.search(value)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
        from timeline.extract.times.rules import find_times

        # A day written out with its year ("2024年5月13日", "May 13, 2024"), and nothing else dated.
        days = [t for t in find_times(value) if t.precision == "day" and t.explicit_year]
        if len(days) == 1 and days[0].earliest is not None:
            return days[0].earliest
    return None


# (as static-site generators, feeds and schema.org name it)
_DATE_FIELDS = ("published", "date", "pubDate", "published_at", "publishDate", "publish_date", "datePublished",
                "date_published", "pub_date", "created", "created_at",
                # (capitalized, as a notes app writes its keys, and in Chinese, as a Chinese blog may)
                "Published", "Date", "Created",
                "发布日期", "发布时间", "发表日期", "发表时间", "日期", "时间", "创建时间")
_UPDATE_FIELDS = ("updated", "lastmod", "last_modified", "modified", "dateModified", "updated_at")


def _first_day(fields: dict[str, object], keys: tuple[str, ...]) -> dt.date | None:
    """The day of the first of `keys` whose field holds one."""
    return next((day for key in keys if (day := _as_date(fields.get(key))) is not None), None)


def published_from_front_matter(fields: dict[str, object]) -> tuple[dt.date | None, str | None]:
    """The first date field that holds a day, else None and, when one is given, why it was not used."""
    day = _first_day(fields, _DATE_FIELDS)
    if day is not None:
        return day, None
    given = next((key for key in _DATE_FIELDS if fields.get(key) not in (None, "")), None)
    if given is None:
        return None, None
    value = fields[given]
    # (a list or mapping is named, not printed: YAML aliases can make it enormous once written out)
    shown = repr(str(value)[:40]) if isinstance(value, str | int | float | dt.date) else f"(a {type(value).__name__})"
    return None, f"front matter: {given} {shown} is not a date with a day; ignored"


def updated_from_front_matter(fields: dict[str, object]) -> dt.date | None:
    """The day the text says it was last updated ("updated: 2025-06-17", "lastmod: …"), if one."""
    return _first_day(fields, _UPDATE_FIELDS)


# "Last updated June 17, 2025" on a byline's line: what the text reports is as of that day
_UPDATED = regex.compile(UPDATED_WORDS, regex.I)


def updated_day(line: str) -> dt.date | None:
    """The day a byline's line says the text was updated, if it says so."""
    found = _UPDATED.search(line)
    day = _stated_day(line[found.end() :]) if found is not None else None
    return day[0] if day is not None and day[1] == 0 else None


_HEADLINE_LONGEST = 60  # characters of a headline under a byline that opens the text
_BULLET_LINE = regex.compile(rf"[ \t]*{BULLET}")  # (a list's item, no headline: "• Frontier training runs")


def _headline_past(normalized: str, start: int, after_byline: bool) -> regex.Match[str] | None:
    """The title line at or after the line at `start`, past blank lines, bylines and credits (`after_byline`: only
    when a byline was among them: the headline under a byline that opens the text, "Nov. 25, 2025, 9:00 AM ET" over
    "By Jane Doe", "撰文 | 张三" over "日期 | 2025/11/25"), when short and no byline itself, nor a numbered section
    ("3.2 国产开源模型" under a later page's running head), nor a list's item ("• Frontier training runs")."""
    dated = False
    for _ in range(_OPENING_LINES + 2):
        end = normalized.find("\n", start)
        line = normalized[start : len(normalized) if end == -1 else end]
        if _dated_line(line):
            dated = True
        elif line.strip() and not _credit_line(line):
            break
        if end == -1:
            return None
        start = end + 1
    else:
        return None
    if (after_byline and not dated) or _NUMBERED_SECTION.match(line) or _BULLET_LINE.match(line):
        return None
    m = _TITLE_LINE.match(normalized, max(0, start - 1))
    return m if m is not None and len(m.group("title")) <= _HEADLINE_LONGEST \
        and not _dated_line(m.group("title")) else None


_OPENING_LINES = 4  # lines of credits and bylines over a headline, at most


def _running_head(original: str, span: tuple[int, int]) -> bool:
    """Whether the first line at `span` opens a later line too: a PDF's running head over each page ("行业深度报告 |
    计算机"), not the report's headline."""
    head = _WIDE_GAP.split(original[span[0] : span[1]].strip(), 1)[0]
    if len(head) < _RUNNING_HEAD_SHORTEST:
        return False
    at = original.find(head, span[1])
    while at != -1:
        # (the whole of a line, or of its first cell: "福鼎科技股份有限公司" over "福鼎科技股份有限公司董事会" is none)
        if not original[original.rfind("\n", 0, at) + 1 : at].strip() \
                and _HEAD_ENDS.match(original, at + len(head)) is not None:
            return True
        at = original.find(head, at + len(head))
    return False


_RUNNING_HEAD_SHORTEST = 4  # characters (fewer, a word a later line may open with as well)
# (or a thread's numbered post: "1/ Foo-3 is out 🧵", "1/7 …")
_NUMBERED_SECTION = regex.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})+\.?[ \t]|\d{1,2}[.)、]|\d{1,2}/\d{0,2}[ \t]"
                                   r"|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]+[章节部分篇])")
_HEAD_ENDS = regex.compile(r"[ \t]*(?:\r?\n|\Z)|[ \t\u3000]{4,}")


# (an author's credit in English: "By Jane Doe", "By Jane Doe and John Roe")
_AUTHOR_LINE = re.compile(r"[ \t*_]*(?:[Bb]y|BY)[ \t]+[A-Z][\w.'’-]*(?:[ \t,]+(?:and[ \t]+)?[A-Z][\w.'’-]*){0,5}"
                          r"[ \t*_]*")


def _dated_line(line: str) -> bool:
    """Whether `line` is a byline or says when the text was updated ("Last updated: December 1, 2025"): no title."""
    return _byline_line(line) is not None or _updated_on(line, 0, len(line)) is not None


def _credit_line(line: str) -> bool:
    """Whether `line` credits the text's authors or editors ("撰文 | 张三", "By Jane Doe"): no title."""
    return _CREDIT_LINE.fullmatch(line) is not None or _AUTHOR_LINE.fullmatch(line) is not None


def _credits(m: regex.Match[str], text: str) -> bool:
    """Whether the title line `m` credits the text, or names the media that reports it over the credits ("新智元报道"
    over "编辑：桃子", as "# 机器之心报道" is read)."""
    title = m.group("title")
    return _credit_line(title) or (_CREDIT_HEADING.fullmatch(title) is not None
                                   and _CREDIT_LINE.match(text, m.end("title")) is not None)


# A social post's header: its site's name or its poster's handle before a dot, or the app it was sent from ("Weibo ·
# @AI科技评论 · 11-21 09:12 来自 iPhone", "LinkedIn · Priya Raman • 2nd"): a post has no title
_POST_HEADER = regex.compile(r"^[ \t]*(?:(?i:weibo|linkedin|twitter|facebook|threads|mastodon|bluesky|instagram)"
                             r"|微博|小红书|即刻)[ \t]*[·•|]|@[\w\p{Han}]{2,30}[ \t]*[·•]"
                             r"|来自[ \t]*(?:iPhone|Android|iPad|\S{1,12}客户端)")


def title_of(fields: dict[str, object], norm: NormText) -> str | None:
    """The front matter's title, else the first heading as the file writes it (normalized text,
    where it is found, has its links and URLs blanked)."""
    if (title := _title_field(fields)) is not None:
        return title
    if (field := _TITLE_FIELD.match(norm.text)) is not None:  # ("Title: GPT-5 is here", as exports write it)
        start, end = norm.orig_span(*field.span("title"))
        return norm.original[start:end].strip() or None
    m = _HEADING.search(norm.text)
    if m and _SECTION_HEADING.fullmatch(m.group("title")):
        m = None
    elif m and _CRUMB_HEADING.fullmatch(m.group("title")):
        m = _HEADING.search(norm.text, m.end()) or m
    elif m and _CREDIT_HEADING.fullmatch(m.group("title")) and _CREDIT_LINE.match(norm.text, m.end()):
        # ("# 机器之心报道" over "编辑：杜伟" and the headline: the media's credit, the headline after its credits;
        # not a title that ends so, "# 大模型行业深度报道", over no credits)
        pos = m.end()
        while (credit := _CREDIT_LINE.match(norm.text, pos)) is not None:
            pos = credit.end()
        m = _TITLE_LINE.match(norm.text, pos) or _BOLD_TITLE.match(norm.text, pos) or m
    m = m or _TITLE_LINE.match(norm.text) or _BRACKET_TITLE.match(norm.text)
    if m is None and (bold := _BOLD_TITLE.match(norm.text)) is not None \
            and not bold.group("title").rstrip().endswith((":", "：")):
        m = bold  # (a headline in bold on the first line, as exports of posts write it: "**Gemini 3 is here**")
    if m is None and (posted := _POSTED.match(norm.text)) is not None and posted.end() > 0:
        m = _BOLD_TITLE.match(norm.text, posted.end())  # (a forum post's title in bold under its header)
    if m is not None and m.re is _TITLE_LINE and _credits(m, norm.text):
        # (credits alone over the headline: "文｜李四" over "Foo-4.5 来了")
        pos = m.end("title")
        while (credit := _CREDIT_LINE.match(norm.text, pos)) is not None:
            pos = credit.end()
        under = _TITLE_LINE.match(norm.text, pos)
        if under is not None and not _dated_line(under.group("title")) and not _credit_line(under.group("title")):
            m = under
    if m is not None and m.re is _TITLE_LINE and _PAGE_LINE.fullmatch(m.group("title")) is not None:
        below = norm.text.find("\n", m.end("title")) + 1  # (a page's number over the headline: "第1页 共5页")
        m = _headline_past(norm.text, below, after_byline=False) if below else None
    if m is not None and m.re is _TITLE_LINE and _running_head(norm.original, norm.orig_span(*m.span("title"))):
        below = norm.text.find("\n", m.end("title")) + 1
        m = (_headline_past(norm.text, below, after_byline=False) if below else None) or m
    if m is None or (m.re is _TITLE_LINE and (_dated_line(m.group("title")) or _credits(m, norm.text))):
        # ("Published 12 June 2025" opens the text: a byline, no title; a short line under it is the headline, as a
        # newspaper's page has it: "2025年12月1日 星期一 第A3版" over "DeepSeek发布V3.2正式版")
        # (looked for past the labels the title's pattern skipped: "行业深度报告｜计算机" over "华泰研究
        # 2025年11月12日")
        opening = m.start("title") if m is not None and m.re is _TITLE_LINE \
            else len(norm.text) - len(norm.text.lstrip())
        m = _headline_past(norm.text, opening, after_byline=True)
    if not m or (m.re is _TITLE_LINE and _POST_HEADER.search(m.group("title")) is not None):
        return None
    start, end = m.span("title")
    while end > start and norm.text[end - 1] in " \t":
        end -= 1  # (past what normalization blanked at its end: a footnote's mark, "… 2025.[^1]")
    start, end = norm.orig_span(start, end)
    if "[[" in norm.original[start - 200 if start > 200 else 0 : end]:  # (the wiki links that normalization unmade:
        # their brackets and targets, at the title's ends too, "# [[Foo-3 Pro]] vs [[notes/bar-2|Bar-2]]")
        opened = norm.original.rfind("[[", 0, start)
        if opened != -1 and "]]" not in norm.original[opened:start] and "\n" not in norm.original[opened:start]:
            start = opened
        end += 2 if norm.original.startswith("]]", end) else 0
    if (targets := _LINK_TARGETS.match(norm.original, end)) is not None:
        end = targets.end()  # (a link's target that ends the title, which normalized text drops; its bracket that
    while start > 0 and norm.original[start - 1] in "[!" and "](" in norm.original[start:end]:
        start -= 1  # opens it: "# [Qwen3](https://…) Technical Report")
    title = _BLANK_LINE.split(norm.original[start:end], 1)[0]  # (not the paragraph a wrapped text joined to it)
    if "](" in title:  # (a link's text without its target, "# Release of [GPT-4](https://…)"; no badge's image)
        title = _LINK.sub(r"\1", _IMAGE.sub("", title))
    if "[[" in title:  # (a notes app's links to its pages: "# [[Gemini 3 Pro]]", "[[gemini-3|Gemini 3]]")
        title = _WIKI_LINK.sub(r"\1", title)
    title = _PAGE_NUMBER.sub("", title).strip()
    title = _WIDE_GAP.split(title, 1)[0]  # (a PDF's running head: "2025年大模型回顾          人工智能研究院")
    # (a title wrapped over two lines, as a PDF's text has it, is one line; a word hyphenated at the break whole again:
    # "Long-Context Mod-" over "els")
    title = _WRAP.sub(_unwrapped, _BROKEN_WORD.sub("", title))
    if m.re is _TITLE_LINE and _ISSUER_NAME.fullmatch(title) \
            and (about := _ABOUT_LINE.match(norm.text, m.end("title"))) is not None:
        # (an issuer's name over what its notice is about: "科大讯飞股份有限公司" over "关于…的公告", one title as
        # such notices are cited)
        start, end = norm.orig_span(*about.span("about"))
        title += norm.original[start:end].strip()
    title = unescape_references(title)  # (a scraped page's references: "Foo&nbsp;Labs &amp; Bar")
    # (a PDF's letter-spaced title, "人 工 智 能 大 模 型 发 展 报 告": its characters together again)
    spaced = len(_SPACED_HAN.findall(title))
    if spaced >= _LETTER_SPACED and 2 * spaced >= len(HAN.findall(title)):
        title = _SPACED_HAN.sub("", title)
    return title or None


# Markdown's links and images in a title: a target normalization dropped, a badge's image (and the link around it,
# "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"), a link, whose text is kept
_LINK_TARGETS = regex.compile(r"(?:\]\([^)\s]*\))+")
_IMAGE = regex.compile(r"[ \t]*\[?!\[[^\]\n]*\]\([^)\s]*\)(?:\]\([^)\s]*\))?")
_LINK = regex.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_WIKI_LINK = regex.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]*)\]\]")  # (the text it shows: its alias after "|")
_BROKEN_WORD = regex.compile(r"(?<=\p{Ll})-[ \t]*\n[ \t]*(?=\p{Ll})")
_WRAP = regex.compile(r"(?P<before>.)?[ \t]*\n[ \t]*(?P<after>.)?")


def _unwrapped(m: regex.Match[str]) -> str:
    """A line break inside a title: nothing between two Han characters, else a space."""
    before, after = m.group("before") or "", m.group("after") or ""
    han = HAN.fullmatch(before) is not None and HAN.fullmatch(after) is not None
    return before + ("" if han else " ") + after
_WIDE_GAP = regex.compile(r"[ \t\u3000]{4,}")
_SPACED_HAN = regex.compile(r"(?<=\p{Han})[ \t](?=\p{Han})")
_LETTER_SPACED = 3  # (spaces between two characters: fewer are a title's own, "大模型 深度解读")


def byline(normalized: str) -> tuple[dt.date, int, int] | None:
    """The day of a byline among the first lines that hold text ("发布时间：2025年7月18日",
    "2025-07-18 10:23 来源：新华网", "Published: May 3, 2025", "By Jane Doe | May 3, 2025"), or of a
    footer among the last, and where its line starts and ends. (Not a day that answers a question in bold over it, a
    FAQ's "**When was Foo-3 released?**" over "October 2, 2025."; a title that asks, "How big are frontier models?", has
    its byline under it.)"""
    for pos, end in _head_lines(normalized):
        day = _byline_line(normalized[pos:end]) or _titled_day(normalized[pos:end])
        if day is not None and not _field_again(normalized, pos, end) and not _of_model_record(normalized, pos, end) \
                and bold_question_above(normalized, pos) is None \
                and not cut_before_day(normalized, max(0, pos - 1)):
            return day, pos, end
    return _footer(normalized)


# The key of a record's field that names its model ("Model: Foo-2", "**Model Name:** …", "模型名称：…"; also read by
# the extraction's context): the record's date is the model's, not the text's ("Model: Foo-2-Large" over "Date: …")
MODEL_FIELD_WORDS = r"(?:[Mm]odel(?:[ \t]+[Nn]ame)?|模型名称|模型)"
# (or a field of its figures: "**Parameters:** 14.7B", "**Context length:** 131,072 tokens" under "# Model Card: Foo")
_MODEL_FIELD = re.compile(rf"^[ \t>*_\-]*(?:{MODEL_FIELD_WORDS}|(?i:param(?:eter)?s"
                          r"|context(?:[ \t]+(?:length|window))?)|参数(?:量|规模)?|上下文(?:长度|窗口)?|代表模型)"
                          r"(?:\*\*)?[ \t]*[:：]", re.M)


def _of_model_record(normalized: str, start: int, end: int) -> bool:
    """Whether the line from `start` to `end` is a field of a record (its run of lines without a blank one) that
    names its model in a field of its own."""
    above = normalized.rfind("\n\n", max(0, start - RECORD_REACH), start)
    below = normalized.find("\n\n", end, end + RECORD_REACH)
    return _MODEL_FIELD.search(normalized, above + 1 if above != -1 else max(0, start - RECORD_REACH),
                               below if below != -1 else min(len(normalized), end + RECORD_REACH)) is not None


def update_line(normalized: str) -> tuple[dt.date, int, int] | None:
    """The day a line among the first says the text was updated ("By Jane Smith" over "Updated Aug 5, 2025, 1:00 PM
    PDT", as news sites print it), and its line's span: no publication, but what a text with none is told as of."""
    for pos, end in _head_lines(normalized):
        if (day := _updated_on(normalized, pos, end)) is not None:
            return day, pos, end
    return None


def _updated_on(text: str, pos: int, end: int) -> dt.date | None:
    """The day the line text[pos:end] says the text was updated on, if it says so."""
    lead = _UPDATED_LINE.match(text, pos, end)
    return _byline_day(text[lead.end() : end]) if lead is not None else None


def _head_lines(normalized: str) -> Iterator[tuple[int, int]]:
    """The spans of the first _HEAD_LINES lines that hold text."""
    lines = 0
    pos = 0
    while lines < _HEAD_LINES and pos < len(normalized):
        end = normalized.find("\n", pos)
        end = len(normalized) if end == -1 else end
        if normalized[pos:end].strip():
            lines += 1
            yield pos, end
        pos = end + 1


def _line_opening(words: str, mark: str) -> str:
    """A pattern for `words` opening a line after at most two of `mark`, led by the line break: a literal the engine
    jumps between (a run of marks after the break, "\n[ \t>*_]*", made it try every position, 7 times slower)."""
    return rf"\n(?:{words}|{mark}{words}|{mark}{{2}}{words})"


# A field's key before its value ("发布时间：", "Release date:"), after what may dress it
_FIELD_KEY = re.compile(r"[ \t>*_|\[]*([^\s:：*_]{2,16}(?:[ \t][^\s:：*_]{1,16}){0,3}[ \t]*[:：])")  # ("Release date:")
_PUBLISHED_KEY = re.compile(_PUBLISHED_WORDS, re.I)


def _field_again(normalized: str, start: int, end: int) -> bool:
    """Whether the key of the line from `start` to `end` opens another line of the text: a record's field that each
    record gives ("发布时间：2025年1月20日" under each model of a list), not the text's byline."""
    key = _FIELD_KEY.match(normalized, start, end)
    if key is None or _PUBLISHED_KEY.match(key.group(1)):
        return False  # (a feed's items each name when they were published: "pubDate: …")
    again = re.compile(_line_opening(re.escape(key.group(1)), r"[ \t>*_|\[]"))
    return again.search(normalized, 0, max(0, start - 1)) is not None or again.search(normalized, end) is not None


def _footer(normalized: str) -> tuple[dt.date, int, int] | None:
    """The day of a footer that says when the text was posted, among its last lines, and its line's span."""
    seen = 0
    end = len(normalized)
    while end > 0 and seen < _FOOTER_LINES and len(normalized) - end < 2000:
        start = normalized.rfind("\n", 0, end) + 1
        line = normalized[start:end]
        if line.strip() and _OPENNESS_NOTE.fullmatch(line) is None:
            seen += 1
            lead = _FOOTER_LEAD.match(line)
            day = _byline_day(line[lead.end() :]) if lead else None
            if day is None and lead is None and seen == 1 \
                    and (_signed_by_issuer(normalized, start) or _OUTLET_LAST.search(line) is not None
                         or _DAY_IN_PARENS.fullmatch(line) is not None):
                day = _byline_day(line.strip(" \t(（"))
            if day is not None and not _field_again(normalized, start, end):
                return day, start, end
        end = start - 1
    return None


# (how openly an official document is published, under its signature and day: "（此件公开发布）", "（此件主动公开）")
_OPENNESS_NOTE = regex.compile(r"[ \t]*[(（][ \t]*此件[^\n()（）]{2,10}[)）][ \t]*")
# (a notice's signature: its issuer's name alone on a line, "科大讯飞股份有限公司董事会", "国家互联网信息办公室")
_ISSUER_LINE = regex.compile(rf"[ \t]*{_ISSUER}(?:董事会|监事会|理事会)?[ \t]*")


def _signed_by_issuer(normalized: str, start: int) -> bool:
    """Whether the line before the one at `start` (the text's last) is an issuer's name alone: the day under it,
    "二〇二五年十一月七日", is the notice's."""
    above_end = start - 1
    while above_end > 0 and normalized[above_end - 1] == "\n":
        above_end -= 1  # (a blank line between them)
    above_start = normalized.rfind("\n", 0, max(0, above_end)) + 1
    return above_end > 0 and _ISSUER_LINE.fullmatch(normalized, above_start, above_end) is not None


_UPDATED_LINE = regex.compile(rf"[ \t>*_]*{UPDATED_WORDS}", regex.I)  # (a line that opens with them)
# When the text was updated, before when it was published ("*Updated: Mar 5, 2025 · Published: Mar 4, 2025*", "*Updated
# November 3, 2025 (originally published September 24, 2025)*")
_UPDATED_FIRST = regex.compile(rf"{_UPDATED_LINE.pattern}[^\n·•|丨(（]{{1,40}}?\s*[·•|丨(（]\s*", regex.I)


# A headline that says when it was published, in parentheses after it: "Foo-3 explained (uploaded Sep 14, 2025)" (a
# title, and a byline too)
_TITLED_DAY = regex.compile(r"[ \t>*_#]*[^\n(（]{1,120}[(（]\s*"
                            r"(?:published|posted|uploaded|premiered|发布于|发表于|上传于)(?:\s+on)?\s*", regex.I)


# (a credit's words: a lead that holds one may be followed by another credit before the day)
_CREDITED = regex.compile(r"本文|首发|原载|来源|作者|编辑|原创|\b(?:[Bb]y|[Ss]ource|[Aa]uthor)\b")


def _titled_day(line: str) -> dt.date | None:
    """The day of publication a headline gives in parentheses after it (_TITLED_DAY): the text's, its title kept."""
    headline = _TITLED_DAY.match(line)
    return _byline_day(line[headline.end() :]) if headline is not None else None


def _byline_line(line: str) -> dt.date | None:
    """The day of `line` when it is a byline."""
    if line.count("|") == 1 and not line.lstrip(" \t>*_").startswith("|"):
        line = line.replace("|", "·")  # (one bar on a line that is no table's row: "2025-03-04 | 新智元")
    lead = _BYLINE_LEAD.match(line)  # (always matches: all of it is optional)
    rest = line[lead.end() if lead else 0 :]
    if lead is not None and "|" in rest and _CREDITED.search(line, 0, lead.end()) is not None:
        rest = rest.replace("|", "·")  # (after a credit, no table's row: "作者：张三 | 2025年3月4日 10:20 | 北京")
    day = _byline_day(rest)
    if day is None and lead is not None \
            and (again := _BYLINE_LEAD.match(line, lead.end())) is not None \
            and any(ch.isalnum() for ch in line[lead.end() : again.end()]):  # (a word: not a table's next bar)
        # (one credit after another: "本文首发于CSDN，作者：AI小白，2025-04-12"; an issue's number before its
        # publication: "Issue #142 · published Monday, November 24, 2025")
        day = _byline_day(line[again.end() :])
    if day is None and (first := _UPDATED_FIRST.match(line)) is not None:
        return _byline_line(line[first.end() :])
    if day is None:
        # (a PDF's page head, its cells apart: "Technical Report      arXiv:2507.20534v1 [cs.CL] 28 Jul 2025"; a cell's
        # day only after its label, not a table's bare date, "Foo-3      2025-11-18")
        for cell in _WIDE_GAP.split(line)[1:]:
            lead = _BYLINE_LEAD.match(cell)
            if lead is not None and any(ch.isalnum() for ch in cell[: lead.end()]) \
                    and (day := _byline_day(cell[lead.end() :])) is not None:
                break
    return day


def _stated_day(text: str, last: bool = False) -> tuple[dt.date, int, int] | None:
    """The first (or last) time expression of `text`, when it names a day with its year: the day (the
    last of a range's days when `last`), and where the expression starts and ends."""
    from timeline.extract.times.rules import find_in_normalized

    times = find_in_normalized(text)
    time = (times[-1] if last else times[0]) if times else None
    if time is None or time.precision != "day" or not time.explicit_year or time.earliest is None \
            or time.latest is None:
        return None
    return time.latest if last else time.earliest, time.start, time.end


# A weekday before the day, as mail and feeds write it ("Wed, 07 May 2025 10:00:00 GMT"), or in Chinese ("星期二，
# 2025年11月4日")
_WEEKDAY_BEFORE = regex.compile(rf"{WEEKDAY_WRITTEN},?\s+|{ZH_WEEKDAY}[ \t]*[,，]?[ \t]*")


def _byline_day(rest: str) -> dt.date | None:
    """The day `rest` opens with, when only what a byline carries follows it."""
    if (weekday := _WEEKDAY_BEFORE.match(rest)) is not None:
        rest = rest[weekday.end() :]
    elif rest[:4].lower() == "the " and rest[4:5].isdigit():
        rest = rest[4:]  # ("Written on the 2nd of June, 2025")
    day = _stated_day(rest)
    return day[0] if day and day[1] == 0 and _BYLINE_TAIL.fullmatch(rest, day[2]) else None


# A later item's own day, as a feed, an archive page or a mail's forwarded message restates it at the item's head
# ("pubDate: Wed, 24 Jul 2024 10:00:00 GMT", "Posted on March 3, 2025", "发布时间：2025-07-25")
_ITEM_HINTS = ("Date", "date", "DATE", "ublished", "UBLISHED", "osted", "OSTED", "发布时间", "发布日期")
_ITEM_DAY = re.compile(_line_opening(rf"(?:(?i:{_PUBLISHED_WORDS})\b|发布(?:时间|日期)[ \t]*[:：])", r"[ \t>*_]"))
# (what the line before it is: a heading, a title's or a subject's field, or nothing)
_ITEM_HEAD = re.compile(r"[ \t>]*(?:#|(?:Title|Subject|标题)[ \t]*[:：]|$)", re.I)


def restated_days(normalized: str, dated_line: tuple[int, int] | None) -> list[tuple[int, dt.date]]:
    """Where each item of a text of several dated items (a feed's, a blog's archive, a forwarded mail's) starts after
    the first, and its own day: what it tells is as of that day, not the text's first."""
    found: list[tuple[int, dt.date]] = []
    if not contains_any(normalized, _ITEM_HINTS, 0, len(normalized)):
        return found  # (most texts: looked for in C first)
    for m in _ITEM_DAY.finditer(normalized):
        start = m.start() + 1
        if dated_line is not None and dated_line[0] <= start < dated_line[1]:
            continue
        before = normalized.rfind("\n", 0, start - 1) + 1
        if _ITEM_HEAD.match(normalized, before, start - 1) is None:
            continue
        end = normalized.find("\n", start)
        end = len(normalized) if end == -1 else end
        if _of_model_record(normalized, start, end):
            continue  # (a model's release among its fields: "**发布时间：** 2025年7月11日" over "**参数规模：** 1T")
        day = _byline_line(normalized[start:end])
        if day is not None:
            found.append((start, day))
    return found


# A periodical's issue names its day at the end of its headline: "AI Weekly — March 14, 2025",
# "大模型一周观察（2025年3月7日）" (any other headline's date may be the day of what it reports).
# (and a show's episode: "Episode 212 — Recorded December 1, 2025")
_ISSUE_WORD = regex.compile(r"(?i:weekly|daily|newsletter|digest|round-?up|recap|briefing|this\s+week"
                            r"|week\s+in\s+review|issue|edition|episode|podcast"
                            # (a meeting's notes or a memo, dated by its headline: "Meeting notes - sync - 2025-10-14",
                            # "Eval team sync — 2025-11-20", "Q4 planning retro, 2025-12-01")
                            r"|meeting\s+notes|minutes|memo|release\s+notes|status\s+update|stand-?up|sync(?:-?up)?"
                            r"|retro(?:spective)?|all-hands|check-?in"
                            # (a chat's log, exported or pasted: "[#ai-news] Discord export — 2025-08-07", "Slack log,
                            # 2025-08-07")
                            r"|\b(?:chat|log|export|transcript)\b"
                            # (a board's state on a day: "LMArena leaderboard — snapshot, 2025-11-20", "Top models as of
                            # November 20, 2025")
                            r"|snapshot|leaderboard|\bas\s+of\b)"
                            r"|周报|日报|周刊|一周|早报|晚报|简报|速递|快讯|要闻|会议纪要|纪要|会议记录|例会|周会")
# (what may follow the day: a bracket, its weekday: "【AI日报】2025年2月18日 星期二", "Daily brief: March 3, 2025
# (Monday)")
_ISSUE_TAIL = regex.compile(rf"\s*[)）\]】]?(?:{WEEKDAY_NOTE})?\s*")


def headline_date(title: str | None) -> dt.date | None:
    """The day a periodical's headline (`title`) ends with: the last of the days it names (a week's issue,
    "Week in review: Dec 9–13, 2024", "大模型一周要闻（2024.12.23-12.29）", is dated by its last day)."""
    if not title or not _ISSUE_WORD.search(title):
        return None
    day = _stated_day(title, last=True)
    return day[0] if day and _ISSUE_TAIL.fullmatch(title, day[2]) else None


# A date something is to happen at says nothing of when the news was written: a cue in its clause
# before it (the events' "计划于", "will"), or "起施行" after it ("自2025年9月1日起施行"; "已于…起施行" happened).
_FROM_THEN = regex.compile(r"\s*起(?:施行|实施|生效|执行)")
_CLAUSE_MARK = regex.compile(r"[，。；！？,;!?\n]")
# (or in its sentence, past an aside: "SoftBank plans to offer its model, which has 460B parameters, to businesses by
# March 2026")
_SENTENCE_MARK = regex.compile(r"[。；！？;!?\n]|\.(?=\s)")


def _prospective(text: str, start: int, end: int) -> bool:
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, max(0, start - 60), start)]
    before = text[marks[-1] if marks else max(0, start - 60) : start]
    from timeline.extract.events.rules import to_come

    if to_come(before) or ("已" not in before and _FROM_THEN.match(text, end) is not None):
        return True
    ends = [m.end() for m in _SENTENCE_MARK.finditer(text, max(0, start - 240), start)]
    return to_come(text[ends[-1] if ends else max(0, start - 240) : start])


# The weekday a wire story's lead tells its news on ("Mistral AI on Tuesday unveiled …", "周二宣布"): its dateline's day
# or the day before
_LEAD_WEEKDAY = regex.compile(rf"\b(?:on|last)\s+(?P<en>{EN_WEEKDAY})\b|(?:周|星期)(?P<zh>[一二三四五六日天])")
_ZH_DAYS = "一二三四五六日"
_LEAD_REACH = 300  # characters after the dateline


def _weekday_year(normalized: str, end: int, year: int, month: int, day: int) -> int:
    """The year of a dateline that states none: `year` (after every year the text states), or the next one when the
    weekday its lead tells the news on falls on the dateline's day (or the day before) in that one and not in `year`
    ("PARIS, June 10 (Reuters) - … on Tuesday unveiled …", its latest year 2024: June 10 was a Tuesday in 2025)."""
    told = _LEAD_WEEKDAY.search(normalized, end, end + _LEAD_REACH)
    if told is None:
        return year
    weekday = EN_WEEKDAY.split("|").index(told.group("en")) if told.group("en") \
        else _ZH_DAYS.index(told.group("zh").replace("天", "日"))

    def fits(y: int) -> bool:
        try:
            return (dt.date(y, month, day).weekday() - weekday) % 7 in (0, 1)
        except ValueError:
            return False

    return year + 1 if not fits(year) and fits(year + 1) else year


def _day_after_news(normalized: str, day: int) -> dt.date | None:
    """The first date on `day` of a month on or after the last day the text dates news with its year (none to come),
    for a dateline that writes the day alone; None when the text dates no such day."""
    from timeline.extract.times.rules import find_in_normalized

    days = [t.earliest for t in find_in_normalized(normalized)
            if t.explicit_year and t.precision == "day" and t.earliest is not None
            and not _prospective(normalized, t.start, t.end)]
    if not days:
        return None
    latest = max(days)
    year, month = latest.year, latest.month
    for _ in range(3):  # (a day past the month's last, "31日", moves on to the next month that has it)
        if day >= latest.day or (year, month) != (latest.year, latest.month):
            try:
                return dt.date(year, month, day)
            except ValueError:
                pass
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def dateline(normalized: str) -> tuple[dt.date, int, int] | None:
    """The date of a news dateline ("新华社北京1月5日电", "BEIJING, Jan. 5 (Xinhua) --") and where the dateline
    stands (start, end): it dates the text, no event.

    A dateline without a year takes the first year in which it falls after every date the text
    gives a year (at any precision), except where something is to happen: news reports what has
    happened.
    """
    from timeline.extract.times.rules import find_in_normalized

    m = _DATELINE_ZH.search(normalized) or _DATELINE_BRACKETED.search(normalized, 0, _DATELINE_HEAD)
    if m:
        month = int(m.group("m"))
    elif (m := _DATELINE_DAY.search(normalized, 0, _DATELINE_HEAD)) is not None:
        found = _day_after_news(normalized, int(m.group("d")))
        return (found, m.start(), m.end()) if found is not None else None
    else:
        m = _DATELINE_EN.search(normalized, 0, _DATELINE_HEAD)
        # (a weekday before the day is no place: "**Mon, Dec 1** — DeepSeek released …", a weekly's entry)
        placeless = m is not None and not m.group("mn") \
            and (not (lead := normalized[m.start() : m.start("mon")].strip(" \t*_,"))
                 or regex.fullmatch(WEEKDAY_WRITTEN, lead) is not None) \
            and not any(mark in m.group(0) for mark in "(/")
        if not m or (placeless and (not m.group("y")
                                    or _DATELINE_EN.search(normalized, m.end(), m.end() + _DATELINE_HEAD))):
            return None  # (a day with neither place, year nor wire is a timeline's entry: "**Mar 5** — Foo releases …";
            # so is one with its year that more lines open alike: "**Dec. 11, 2015** — …" over "**Feb. 14, 2019** — …")
        month = int(m.group("mn")) if m.group("mn") else _MONTHS.index(m.group("mon")) + 1
    day = int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else None
    if year is None:
        # (after the whole of a month or a day: "launched ChatGPT in November 2022" under "Nov 6" is told in 2023; a
        # year alone only from its start, "2025年以来…" under "4月8日电" being told within it)
        dated = [t.earliest if t.precision == "year" else t.latest for t in find_in_normalized(normalized)
                 if t.explicit_year and t.earliest is not None and t.latest is not None
                 and not _prospective(normalized, t.start, t.end)]
        if dated:
            latest = max(dated)
            year = latest.year if (latest.month, latest.day) <= (month, day) else latest.year + 1
            year = _weekday_year(normalized, m.end(), year, month, day)
        else:
            counts = Counter(int(y) for y in _YEAR.findall(normalized))
            if not counts:
                return None
            year = max(counts, key=lambda y: (counts[y], y))
    try:
        return dt.date(year, month, day), m.start(), m.end()
    except ValueError:
        return None
