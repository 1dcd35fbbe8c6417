"""What every fact extractor reads: the normalized text, its sentences and clauses, and the
model and organization mentions in it, found once per document."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import TypeVar

import regex
from pydantic import BaseModel, ValidationError

from timeline.extract.models.rules import (
    MADE_FROM,
    VARIANT_SET,
    ModelMention,
    OrgMention,
    exclaimed_objects,
    find_models,
    find_orgs,
)
from timeline.extract.numbers import EN_NUMBER_WORDS
from timeline.extract.times.rules import MONTH_NAME
from timeline.records import Provenance
from timeline.sources.frontmatter import MODEL_FIELD_WORDS
from timeline.text.lists import (
    BULLET,
    BULLET_CLASS,
    BULLET_MARKS,
    ITEM_NUMBER,
    ITEM_SEPARATOR,
    LINE_LEAD,
    bold_question_above,
    heading_level,
)
from timeline.text.normalize import NormText
from timeline.text.normalize import line_starts as starts_of_lines
from timeline.text.numerals import cn_to_int
from timeline.text.tables import MODEL_HEAD, Cell, Row, rows_under_headers, spaced_rows_under_headers, unemphasized
from timeline.text.traditional import as_written
from timeline.text.windows import contains_any, match_at, occurrences

R = TypeVar("R", bound=BaseModel)
Mention = TypeVar("Mention", ModelMention, OrgMention)

# A sentence without a verb that opens with a figure is about the model of the sentence before, as a pronoun's is
# ("… it beats B on LMArena. 128K context too.")
# (after a list's mark, or a post's sign for one: "✅ 32K context window")
# (or a round count in words: "万亿参数，激活320亿" under "**月之暗面发布Kimi K2 Thinking**")
# (or a verb of having before its figure, the subject left out as a list's items and a topic's chain leave it:
# "支持最长128K上下文；"; or a copula that goes on about it, "依旧是355B总参数"; in English SUBJECT_PRONOUN reads
# such a verb, "Supports up to 1M tokens.")
# (what goes on as it was: "依旧是…", "上下文窗口依旧为…", "上下文还是128K" as people say it; also between a length's
# or a count's cue and its figure)
STILL_ZH = r"(?:依旧|依然|仍然|仍|同样|也|还(?=是))"
# The same as another's, between a figure's cue and it ("参数量跟V3一样是671B", "上下文与前代相同，为128K")
SAME_AS_ZH = r"(?:跟|和|与|同)[^，。；,;\s]{1,16}?(?:一样|相同|相当|持平)[,，]?"
# (the verbs of having, read by SUBJECT_PRONOUN too: "原生支持262,144 tokens的上下文长度", a number with no unit)
_HAVING_VERB = r"(?:原生|可|最高|最多|最大)?支持|拥有|具备|具有|提供"
_HAVING_VERB_FIRST = "原可最支拥具提"  # (their first characters)
_HAVING_FIRST = (rf"(?:{_HAVING_VERB}|{STILL_ZH}(?:是|为))"
                 r"(?:最长|最大|最多|高达|长达|多达)?的?\s*")
# A transcript's time stamp before a line's speaker or text: "[00:03:51] Guest: …", "00:45 …", a chat's "[10:03 AM]"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?"
_TIME_STAMP = rf"\[?{_CLOCK}\]?[ \t]*"
# (a chat's line: its stamp in brackets, then its speaker, a user's name in lower case too: "[10:03 AM] maya: …")
_CHAT_LEAD = rf"\[{_CLOCK}\][ \t]*(?:[\w.@-]{{1,24}}:[ \t]+)?"
# A list's mark that may open a sentence, a post's pictograph too ("- ", "✅ ", "➡️ "; read by benchmarks too), or a
# chat line's lead
ITEM_LEAD = rf"\s*(?:(?:{BULLET_CLASS}|➡)\uFE0F?[ \t]*|{_CHAT_LEAD})?"
# (or past a label of the model's specifications, its subject left out too: "Specs: 80B total params, 3B active, …",
# "Specs for the lazy: …")
_SPECS_LABEL = (r"(?:(?:Key|Quick|Full|Model|The)\s+)?(?:[Ss]pecs|[Ss]pecifications|[Ss]pec\s+sheet|[Ss]tats)"
                r"(?:\s+for\s+(?:the\s+)?[a-z]+)?\s*:[ \t]*")
_FIGURE_OPENS = re.compile(rf"{ITEM_LEAD}(?:{_SPECS_LABEL})?(?:{_HAVING_FIRST})?"
                           r"(?:\d+(?:\.\d+)?\s*(?:[KkMBT](?![A-Za-z])|万|亿|%)|[万千百]亿参数"
                           # (or a count in words: "1 trillion total, 32 billion active.", "One trillion total, …")
                           rf"|(?:\d+(?:\.\d+)?|(?i:{'|'.join(EN_NUMBER_WORDS)}))[ \t]+(?i:billion|trillion)\b"
                           # (or a rating: "1501 LMArena Elo. 1M context.")
                           r"|\d{3,4}\s+(?:[A-Z][\w-]*\s+){0,2}Elo\b)")
# A sentence led by a clause on what its model was built from, then its pronoun subject ("Building upon Foo-3, …,
# undergoing SFT from Bar-2 traces, it's a model with 24B parameters", "基于Foo-3，该模型…"): the lead's models are
# not what the pronoun stands for
_BUILT_FROM_LEAD = re.compile(
    r"[ \t>*_]*(?:(?:Building|Built|Based|Trained|Derived|Distilled|Fine-?tuned|Developed|Starting)\s+(?:up)?"
    r"(?:on|from)|Compared\s+(?:with|to)|(?:Like|Unlike|Following)(?=\s)|基于|在[^，,。\n]{1,30}?基础上)")
# (the comma that ends such a lead, past its object's figure in parentheses: "Compared with A (59.6%), B reaches …")
_LEAD_COMMA = re.compile(r"\s*(?:[(（][^()（）\n]{0,40}[)）]\s*)?,\s*")
_LAST_LEAD_PRONOUN = regex.compile(r"(?r)[,，]\s*(?:it(?:['’]s|\s+(?:is|has|was|uses|packs|offers|supports|features)\b)"
                                   r"|(?:this|the)\s+model\b|该模型|此模型|它)")
# (what a sentence calls the field's norm: "已成为标配", "成为主流配置", "is now table stakes", "has become the
# standard"; its words found in C first)
_NORM = re.compile(r"标配|成为(?:行业|业界)?(?:主流|常态|标准)|已(?:经)?(?:很|十分)?普及"
                   r"|(?i:table\s+stakes|the\s+norm\b|(?:become|becoming|is\s+now|are\s+now)\s+(?:the\s+)?(?:standard|default)\b"
                   # ("1M-token windows are becoming common", "128K is common now")
                   r"|\b(?:is|are|becoming|become|now)\s+(?:increasingly\s+|fairly\s+|very\s+)?(?:common(?:place)?|typical)\b"
                   r"|across\s+the\s+(?:industry|field|board))")
_NORM_WORDS = ("标配", "成为", "普及", "stakes", "norm", "standard", "default", "common", "typical", "across")
# (a sentence whose subject is a class of models, not one: "目前主流开源模型的参数量…", "Most frontier models …")
_CLASS_SUBJECT = re.compile(
    r"[ \t>*-]*(?:(?:目前|当前|如今|现在|今年)[，,]?|据[^，,。\n]{1,10}[，,])?"  # ("据统计，超过60%的模型…")
    r"(?:主流|开源|闭源|国产|国内|海外|大多数|绝大多数|多数|头部|各家|不少|许多|很多|部分"
    r"|(?:超过|近|约|逾)?\d+(?:\.\d+)?%的)"
    r"[^，。；,;\n\d]{0,8}?模型(?!的名|[中里]|之中)"  # (not among them: "开源模型中，它的参数量最大")
    # ("Today, even small models ship with 128K context")
    r"|[ \t>*-]*(?:(?:Today|Now|These\s+days|Currently|Meanwhile|In\s+\d{4}),\s*)?(?:even\s+)?"
    r"(?i:most|many|other|open|open-weight|frontier|leading|all|some|several|small|smaller|large|larger|rival|competing)"
    r"\s+(?:[\w-]+\s+){0,2}?models\b")
# A clause of a condition, which a date or a figure stands in: from its if-word at the clause's start to it (\Z: the
# date's or the figure's place; a line's end before it would let "- H2: Foo-6, if training goes to plan." over "We will
# retire Foo-3 on …" make that a condition)
_IF_WORDS = ("If ", "if ", "如果", "假如", "假设", "要是", "倘若")
_IF_CLAUSE = re.compile(
    r"(?:^|[,;:!?，；：！？。]|\.\s)[\s*#_\"“]*(?:(?:[Ww]hat|[Ee]ven)\s+)?(?:[Ii]f\s|如果|假如|假设|要是|倘若)"
    r"[^,;:!?，；：！？。\n]*\Z", re.M)  # ("What if GPT-6 arrives next year?", "Even if …")
_IF_REACH = 80


def in_condition(text: str, pos: int) -> bool:
    """Whether `pos` stands in a clause of a condition ("If Meta had released Llama 4 in January, …",
    "假如GPT-6拥有10万亿参数"): what would be, not what is. (Its words found in C first: most texts have none near.)"""
    lo = max(0, pos - _IF_REACH)
    return contains_any(text, _IF_WORDS, lo, pos) and _IF_CLAUSE.search(text, lo, pos) is not None


_FIGURE_LABEL = re.compile(r"[^:：\n]{1,40}?[:：][ \t]*")
_PRONOUN_RUN = 5  # sentences back over those a pronoun opens too ("1) It launched … 4) On GPQA it scored …")
# A span of time and the word that counts it from something ("two months after …"; the events' clauses too)
TIME_UNITS = r"(?:days?|weeks?|months?|years?)"
COUNTED_FROM = r"(?:after|before|following)"
# The model a span of time is counted from is not what the sentence tells of: "Anthropic released A, two months after B
# arrived in late September. The new model scores …" is about A.
# (past its maker's name: "one day after Meta's Llama 3.1 405B")
_COUNTED_FROM_BEFORE = regex.compile(rf"\b(?:{TIME_UNITS}|shortly|just|soon|right)\s+{COUNTED_FROM}\s+"
                                     r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?$")
# What a model is offered in is not what a sentence is about ("Available today in ChatGPT and the API.")
# (or whose users it serves: "the default model for the 700 million weekly users of ChatGPT")
_OFFERED_IN = re.compile(
    r"\b(?:(?i:available|offered|integrated|built)\s+(?:\w+\s+){0,2}?(?:in|into|via|through)"
    r"|(?:users|subscribers|customers)\s+of)\s+(?:the\s+)?$")
# ... nor the product it names ("… through the Gemini API. The model tops …" is not about Gemini), nor the family a
# model belongs to ("Foo-3 Pro, the first model in its Foo-3 family, … The model tops …" is Foo-3 Pro's; "We
# released the Foo-2.5 series. … sizes: 3B, 14B" is the series)
CHANNEL_AFTER = re.compile(r"[ \t]+(?:[Aa]pps?|APPs?|API|APIs|website|platform|subscribers|users)(?![A-Za-z])"
                           r"|[ \t]*(?:应用(?![于到])|客户端|网页版|官网|小程序)")  # ("在Gemini App和AI Studio中上线")
_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|series)\b")
_FAMILY_WORD_BEFORE = re.compile(r"(?:[ \t]+(?:models|family|series)|系列|家族)[ \t]*$")
_MEMBER_OF = re.compile(r"\b(?:in|of|from|to|joins|joined)\s+(?:its|the|their)\s+$")  # ("belongs to the Phi-4 family")
# (and in Chinese, in the predicate: "Ling-1T是百灵大模型Ling 2.0系列的首款旗舰模型，总参数1万亿",
# "这是通义千问系列迄今为止最大的模型")
_FAMILY_AFTER_ZH = re.compile(r"[ \t]*(?:大模型)?(?:系列|家族)(?:中|里)?[^，。,;；\n]{0,10}?的")
_MEMBER_OF_ZH = re.compile(r"(?:是|为|属于|隶属于?)[^，。,;；\n]{0,12}$")
# (or the model another, named before it, is a version of: "Foo-3 is the latest version of Bar-2", "an upgrade to
# Bar-2", "is based on Bar-2", "Foo-3是Bar-2的升级版"; not "The latest version of Bar-2 scores …": Bar-2's)
_VERSION_OF = re.compile(r"\b(?:(?:version|update|upgrade|iteration|variant|refresh|revision|checkpoint|fine-?tune)s?"
                         r"\s+(?:of|to)|(?:is|was|are|were)\s+(?:built|based)\s+(?:up)?on)\s+(?:the\s+)?$")
_VERSION_OF_WORDS = (" of ", " to ", " on ", " the ")  # (what ends right before it, tested first: most follow none)
_VERSION_AFTER_ZH = re.compile(r"[ \t]*的(?:最新|全新)?(?:升级|更新|改进|迭代|增强|微调|蒸馏)?(?:版本?|变体)")

# A time of day's zone ("11:05 a.m. PT"): no sentence ends before it, and a live report's time takes it
TIME_ZONE = r"(?:P[SD]?T|E[SD]?T|GMT|UTC|BST|CET)"

# Sentence ends: line breaks (taken from the line starts), and CJK and Latin full stops (a point
# before a capital or at a line end) and semicolons. (One character class first: the stdlib
# engine jumps between candidates.)
# (a full stop ends a sentence before a capital (a quote may open it), or a name in camel case: "… 2025. xAI will …";
# its footnote marks go with it, and a quote it closes: "… the Bar Exam.[8] GPT-4 Turbo …", "….[^2] Meta's …",
# "… months." The …";
# and before Chinese, as bilingual text has it: "… launched in October 2023. 月之暗面成立于…")
_SENTENCE_END = re.compile(
    # (before a capital, or a name in lower case: "iPhone", "o3-pro followed on June 10", "gpt-4.1 is …")
    # (not before a time zone: "11:05 a.m. PT — OpenAI …")
    # (and a closing quote or parenthesis after it: "(It shipped on November 24.) Bar-2 is next.")
    # (not after "vs.": "A 91.9% vs. B 88.1%"; tested last, only where a sentence may end)
    rf"[。！？!?；;.](?:(?<=\.)(?![ \t]+{TIME_ZONE}\b)(?:\[(?:\d{{1,3}}|\^[\w-]{{1,16}})\])*[\"”’)）]?"
    r"(?=\s+[\"'(]?(?:[A-Z]|[a-z]{1,3}[A-Z]|[a-z]\d|gpt-)|$)(?<!\bvs\.)"
    r"|(?<=\.)(?<!^\d\.)(?<!^\d\d\.)(?=\s+[\u3400-\u9fff“《「])"  # (not "3. 通义千问", a list's number)
    # (a sentence that opens with a number after a word's end, "… for me. 128K context too.", "… the API. 128K …"; not
    # an abbreviation's, "approx. 5", "vol. 2", a month's "Oct. 22", "Sept. 12"; after a day or a year too: "it launched
    # March 25. 18.8% on …", not a list's number)
    r"|(?:(?<=[a-z]{2}\.|[A-Z]{2}\.)|(?<=[ \t]\d\d\.)|(?<=[ \t]\d{4}\.))(?<![A-Z][a-z]\.)(?<![A-Z][a-z]{2}\.)"
    # (whole words: "in March. 18.8% …", "was released. 128K …" end theirs)
    r"(?<!Sept\.)(?<!Corp\.)(?<!Prof\.)(?<!Dept\.)(?<!Univ\.)(?<!\bapprox\.)(?<!\bincl\.)(?<!\best\.)"
    r"(?<!\bver\.)(?<!\bvol\.)(?<!\bfig\.)(?<!\bsec\.)(?<!\beq\.)(?<!\bvs\.)(?<!\bno\.)(?<!\bpp\.)(?<!\bch\.)(?<!\bed\.)"
    r"(?=[ \t]+\d)"
    r"|(?<!\.))", re.M)
# A line that ends with a comma goes on in the next, unless that opens a list's item, a heading or a table's row
# ("…支持思考模式和非思考模式，" over "上下文扩展到128K。"): no sentence ends at the break
_GOES_ON = re.compile(rf"[,、]\n(?![ \t]*(?:{BULLET_CLASS}|\d{{1,2}}[.)、]|#|\||>|\n|$))")
# Clause ends inside a sentence: commas, not inside numbers like 1,000 (normalized text writes
# "，" as ",": "2019年成立,2023年10月推出…" has a clause end before 2023), nor inside a date before its year
# ("followed on September 27th, 2023 with Mistral 7B").
# (not a number's comma, nor a date's: "May 3, 2025", "on Monday, November 24")
_CLAUSE_END = re.compile(r"，|,(?!(?<=\d,)\d{3}(?!\d))(?!(?:(?<=\d,)|(?<=st,|nd,|rd,|th,))[ \t](?:19|20)\d\d(?!\d))"
                         rf"(?!(?<=day,)[ \t]+{MONTH_NAME}\.?[ \t]+\d)")
# (and a dash set apart by spaces before a conjunction: "GLM-4.5 and Qwen3-Coder the same month — before OpenAI
# answered with gpt-oss in August", as a comma; not one before what a name's line gives, "**Foo-3** — Acme, April 2025";
# scanned for only in a text with such a dash: a third branch in the commas' pattern cost their scan a third more)
# (the dash first, the blank before it after: a lookbehind first was tried at every character of the text)
_DASH_CLAUSE_END = re.compile(r"[—–](?<=[ \t][—–])(?=[ \t]+(?:before|after|when|while|until|and|but|then|whereas)\b)")
# (and both dashes around a relative clause, as commas: "Mistral AI — which released Magistral in June — unveiled
# Mistral 3 on Dec. 2")
_DASH_ASIDE = re.compile(r"[—–](?<=[ \t][—–])(?=[ \t]+(?:which|who|whose)\b)[^—–\n]{1,120}?[ \t][—–](?=[ \t])")
# The opening of parentheses right after a figure, past its unit's word, and their closing: "200K tokens (Foo-2)"
_PAREN_AFTER_FIGURE = re.compile(r"[ \t]*(?:tokens?[ \t]*)?[(（][ \t]*")
# (or with its stage after a comma: "1M (Claude Sonnet 4, beta)")
_PAREN_CLOSE = re.compile(r"(?:,[ \t]*(?:beta|preview|experimental|API(?:[ \t]+only)?))?[ \t]*[)）]", re.I)
_FIGURE_PAREN_REACH = 10  # characters from a figure's end to its parenthesis ("… tokens (")
# A figure that opens its line, then what it is of after a colon or a dash ("- 256K: Foo-2's context window")
_FIGURE_LABEL_SEP = re.compile(r"[ \t]*(?:\*\*)?[ \t]*(?:[:：]|[—–][ \t])[ \t]*")
# What makes a model's name a class's measure, no model of the sentence ("a GPT-4-class model", "GPT-4级别",
# "达到GPT-4水平")
_CLASS_OF_NAME = ("-class", " class", "-level", " level", "-tier", "-grade", "级", "水平", "量级")
# What opens a sentence about the model of the sentence before: "It has 141B parameters", "The
# 405-billion-parameter model achieves 88.6 on MMLU", "该模型参数量为320亿" (parameters and scores).
# ("Google says it has a 128K context window": its maker's word before the pronoun)
# (after a list's marker or a thread's number: "- It scores 94.6% on MATH-500", "2/5 It scores …")
# (or a speaker's name in a transcript, "GUEST: It scored …" (normalized text drops "**GUEST:**"'s emphasis); or a
# conjunction: "Right, and it scored …")
_ITEM_MARK = (rf"\s*(?:(?:{BULLET_CLASS}|\d{{1,2}}[.)]|\d{{1,2}}/(?:\d{{1,2}})?)[ \t]+"
              # (a label, with its number or its day: "EDIT 2: it's …", "EDIT (Nov 20): Alibaba confirmed it's …"; a
              # speaker's past a time stamp, "[00:00:42] GUEST: It got …")
              rf"|(?:{_TIME_STAMP})?[A-Z][A-Za-z .]{{0,24}}(?:\d{{1,2}}|\([^()\n]{{1,20}}\))?:[ \t]+|{_CHAT_LEAD}"
              # (a transcript's time stamp: "00:45 它支持256K上下文")
              rf"|{_TIME_STAMP})?"  # (its space before Han dropped by normalization)
              # (or a quote's opening mark: '"两个模型都支持128K上下文。"'; or a parenthesis, an aside's own sentence:
              # "(It shipped on November 24.)")
              r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o)[ \t]+)?[\"“「(（]?")
# What opens an apposition after a model's name: an article or a maker's possessive ("Codestral, Mistral's first
# code model (22B), came out …", "Mistral NeMo, a 12B model built with NVIDIA, came out …")
# (not who said it: "…, the company said")
APPOSITION_OPENER = (r"\s*(?:(?:an?|the|its)\s+(?!(?:company|firm|startup|lab)\b)"
                      r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s)")
_APPOSITION_OPENS = re.compile(APPOSITION_OPENER)
# (or an aside on who made it: "Kimi K2 Thinking, from Beijing-based Moonshot AI, went live …", "…, made by Acme, …")
_MAKER_ASIDE_OPENS = re.compile(r"\s*(?:from|(?:made|built|developed|created|trained)\s+by)\s+(?:the\s+)?"
                                r"(?:[A-Z]|[\w-]+-based\s)")
# A character of a clause, a versioned name's point too ("the maker of Claude 3.5,")
IN_CLAUSE = r"(?:[^,;.\n]|\.(?=\d))"
# An apposition between commas after a model's name: ", a 24B open-weight model,"
APPOSITION_AFTER = re.compile(rf"\s*,{APPOSITION_OPENER}{IN_CLAUSE}{{1,40}},")
# (what stands at a position inside one: "Foo-4 follows Foo-3, a 7B model" gives Foo-3's size, compared or not; a
# few words, no verb: not "Building on Foo-3, the new model brings …", the lead's subject)
_IN_APPOSITION = re.compile(rf"\s*,{APPOSITION_OPENER}(?:(?!(?:has|have|had|is|was|are|were|brings?|brought|offers?"
                            r"|supports?|comes?|came|features?|uses?|gets?|got|keeps?|kept)\b)[\w.-]+\s+){0,3}")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_MOST_PART_HOPS = 3  # (runs of a sentence's parts, each DocContext.parts_before's, looked back over for its subject)
# A relative clause after a model's name: what it says is that model's ("…, which scores 83.6 on MMLU")
# (or in parentheses; past a figure's: "Claude Opus 4.1 (74.5%), which Anthropic shipped …")
RELATIVE_CLAUSE = re.compile(r"[ \t]*(?:[(（][^()（）\n]{1,24}[)）][ \t]*)?[,(（][ \t]*(?:which|who|that)\s", re.I)
_MANY = "|".join(w for w, n in EN_NUMBER_WORDS.items() if n > 1)  # (number words: "All three …")
# A variant with no name of its own as a subject (see DocContext.variant_told), told by a name's word or a feature's
# ("the LongChat variant", "its long-context version"); not by its size ("The largest version has 27 billion
# parameters" is the model's), nor an apposition ("Foo-4, the latest version, has …"), nor one that names its model
# after ("the base version of Foo-4 has …")
# (what it has or does: a number's variant may only be a subject, "a 1.2B model is now live with 128K" is the model's)
_HAS = r"(?:has|have|supports?|offers?|gets|handles|extends|reaches|scores|hits|comes\s+with|can)"
_VARIANT_SUBJECT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Aa]n?|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+)?"
                              rf"(?:[A-Z][\w-]*|[a-z\d]+(?:-[a-z\d]+)+)\s+(?:variant|version|edition)s?\s+(?:also\s+)?"
                              rf"(?:{_HAS}|is|are)\b"
                              # (or one of another size, or the model's kin: "while a 1.2B on-device version handles
                              # 64K", "a smaller 1.2B variant handles 64K", "its smaller sibling offers 128K")
                              r"|\b[Aa]n?\s+(?:[\w-]+\s+)?\d+(?:\.\d+)?[BMK]\b[-\s]+(?:[\w-]+\s+)?"
                              rf"(?:variant|version|edition|model)s?\s+(?:also\s+)?{_HAS}\b"
                              r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:sibling|cousin|sister|counterpart)s?\s+"
                              rf"(?:also\s+)?(?:{_HAS}|is|are)\b")
_VARIANT_WORDS = ("variant", "version", "edition", "model", "sibling", "cousin", "sister", "counterpart")
# A model's kin, which is another model: "Its smaller sibling has 8B", "the successor to GPT-5"
KIN = r"sibling|successor|predecessor|rival|competitor|cousin|sister|brother|counterpart"
# The model named before, as Chinese points back to it ("该模型", "这个模型", "这款大模型"): a subject or an object
THIS_MODEL_ZH = r"(?:这个|这款|这一|该|此)(?:大?模型|版本)"  # ("该版本参数规模为1300亿": a version of the model)
# The verbs of a length the context grew or is extended to, in English ("context grows to 128K", "later expanded to
# 2M"; the Chinese are the contexts' _RAISED_TO)
GREW = (r"doubled|tripled|quadrupled|increased|expanded|extended|raised|boosted|grew|grown|jumped|rose"
        r"|grows|rises|jumps|increases|expands|extends|doubles|pushed|pushes|goes|went|moves|moved|climbs|climbed"
        r"|extrapolates|extrapolated|stretches|stretched|scales|scaled")
SUBJECT_PRONOUN = regex.compile(
    _ITEM_MARK +
    # ("Anthropic said it …", "The company said the model …")
    # ("Edit: they say it scores 69.6 on …")
    # ("Leakers on X claim it …", "People familiar with the matter say it …", "Two people briefed on the plans said
    # it …")
    r"(?:(?:[Tt]he\s+(?:company|firm|startup|lab)|[Tt]hey|[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|people|sources|insiders"
    r"|leakers|employees|officials|executives))?(?:\s+(?:on|at|from|close\s+to|familiar\s+with|briefed\s+on)\s+"
    r"(?:the\s+)?[\w.-]+)?)\s+(?:says?|said|claims?|claimed"
    r"|reports?|reported|notes?|noted|confirms?|confirmed|hints?|hinted|suggests?|suggested|teases?|teased)"
    r"\s+(?:that\s+)?(?=it\b|the\s+(?:[\w-]+\s+){0,2}?(?:model|system)\b)"
    # ("OpenAI称其…", "国科会表示，新版模型的上下文长度…")
    r"|(?:[A-Z][\w.-]*|\p{Han}{2,8}?)(?:称|说|表示|宣称|介绍|透露)[，,:：]?\s*(?=其|该模型|它|新(?:版|一代)?模型)"
    # (or an adverb of the telling: "实际上该模型已于7月23日开源")
    # (or of hearsay: "据传其参数量约为1.8万亿")
    rf"|(?:实际上|事实上|其实|如今|目前|随后|据传|据悉|据称|据说|传闻)[，,]?\s*(?=其|它|{THIS_MODEL_ZH})"
    # (or its makers, what they did to it: "We train it with a context length of 32K", a report's)
    # (or its weights: "We release the weights under an Apache 2.0 license on December 2, 2025")
    r"|[Ww]e\s+(?:(?:pre-?|re)?train(?:ed)?|fine-?tuned?|extend(?:ed)?|evaluated?|tested|released?|buil[dt]|scaled?)"
    r"\s+(?=it\b|(?<=released?\s+)(?:the|its)\s+(?:(?:full|model)\s+)?weights\b))?"
    # (not a kin or a rival of the model: "Its smaller sibling has 8B", "其前代", "其竞争对手")
    # ("The largest version has 27 billion parameters": one of the model's versions)
    # ("The three larger sizes accept images and offer a 128K context window")
    r"(?:[Tt](?:he|his)\s+(?:[\w.-]+\s+){0,2}?(?:model|version|variant|family|series|flagship|sizes?)\b"
    # ("The smaller one has 21B", "The big one is 235B total")
    r"|[Tt]he\s+new\s+system\b|[Tt]he\s+(?:(?:larg|bigg|small)(?:er|est)|big|large|small)\s+one\b"
    # (a later version of it: "An upgraded version followed on October 22, 2024.")
    r"|[Aa]n?\s+(?:upgraded|updated|improved|refreshed|newer)\s+(?:version|variant|checkpoint)\b"
    # (what the text is about has it: "The context window is 128K tokens")
    # ("Context window is 128K now": a post's; "Native context is 262,144 tokens")
    # (a release note's, the verb's aide left out: "Context window raised from 64k to 200k tokens", "Context now 1M")
    r"|(?:[Tt]he\s+)?(?:[Nn]ative\s+|[Mm]ax(?:imum)?\s+)?(?:c|(?<![A-Za-z])C)ontext(?:\s+(?:window|length))?\s+(?=is\b|was\b|(?:stay|remain|sit)s?\b|stayed\b|remained\b"
    rf"|(?:now\s+)?(?:{GREW})\s+(?:from|to)\b|now\s+(?:at\s+)?\d)"
    # (or gives it as a label after a sentence on its line, as a post does: "It runs on phones. Context: 32K tokens.")
    r"|(?<=[.!?][ \t]{1,3})Context(?:\s+(?:window|length))?(?=:\s*\d)"
    # ("…三个型号。上下文长度为40万token", "Foo-2于7月11日发布。总参数1T，激活32B": a figure's word with the
    # subject left out, as Chinese leaves it)
    rf"|(?:上下文(?:长度|窗口)?|总参数量?|参数量|参数规模)(?={STILL_ZH}?(?:为|是|达|可达|支持|约|仅|保持|维持"
    r"|(?:扩展|扩充|提升|增加)[至到]|[从由]\s*\d|\s*\d))"  # ("上下文窗口依旧为100万token")
    r"|上下文(?=(?:[从由]\s*\d|(?:扩展|扩充|提升|增加)))"  # ("上下文从128K扩展到了200K")
    # (all of the model's sizes: "All three sizes (8B, 70B and 405B) now support …", "全系列模型均支持128K上下文")
    rf"|(?:[Aa]ll\s+(?:(?:{_MANY})\s+)?|[Bb]oth\s+)(?:sizes|versions|variants)\b|全系列?(?:模型)?"
    # ("这是一款MoE架构的基础模型，总参数1T", "This is a 1T-parameter MoE model")
    # ("与实验版相比，正式版上下文长度仍为128K": the official release of the model the text is about)
    # ("这个是上周一发的": 这个 as the subject, spoken)
    rf"|[Ii]ts?\b(?!\s+(?:[\w-]+\s+)?(?:{KIN})s?\b)|{THIS_MODEL_ZH}|该系列|这款|这是|这个(?=是)|新(?:版|一代)?模型|新版本|正式版"
    r"|模型|它"
    r"|[Tt]his\s+is\b|(?:the|its)\s+(?:(?:full|model)\s+)?weights\b(?<=\b[Ww]e\s+released?\s+\w+\s+(?:\w+\s+)?weights)"
    r"|[Tt]he\s+(?:former|latter)\b|前者|后者"  # (of two models named together before: FORMER)
    # (a subject left out before a verb of release, as posts write it: "GPT-5 is here. Rolling out to everyone today")
    r"|(?:Now\s+(?:available|rolling\s+out|shipping)|Rolling\s+out|Available|Launching|Shipping|Out\s+now)\b"
    r"|(?:Scores|Scored|Achieves|Achieved|Hits|Reaches)(?=\s+\d)"  # ("Scores 93% on AIME 2024, per OpenAI.")
    r"|(?:Tops|Topped)(?=\s+[A-Z])"  # ("- Tops LMArena with 1402 Elo", a post's list of what it did)
    # ("GPT-5 available on launch day. Supports 400K tokens of context.": a release note's)
    r"|(?:Supports|Offers|Handles|Accepts|Has)(?=\s+(?:(?:a|an|up\s+to)\s+)?\d)"
    # (and as Chinese leaves the subject out before its verb: "…总参数量800亿。原生支持262,144 tokens的上下文长度")
    rf"|(?=[{_HAVING_VERB_FIRST}])(?:{_HAVING_VERB})(?=\s*\d)"  # (its first character tested once)
    r"|其(?![中他它余实次后後]|前代|前身|继任|对手|竞争对手|竞品|姊妹|兄弟))")
_MODEL_KEY = re.compile(r"(?i:model)|模型")  # (a field's key that says it is the model's: "Model Release Date")
# A list item or line headed by a model and a colon: "1. DeepSeek-V3：性价比之王。去年12月26日开源，总参数671B",
# "- **Kimi**: …" (the marker and emphasis before the name; a gloss in parentheses after it)
_TRIMMED_MARKS = BULLET_MARKS + ">#|"  # (what a span's start loses besides white space: a list's, a quote's, a row's)
_LINE_HEAD = re.compile(rf"[ \t]*(?:(?:{BULLET_CLASS}|\d{{1,2}}[.、)]|[(（]\d{{1,2}}[)）])[ \t]*)?(?:\*\*)?")
_HEAD_GAP = r"(?:\*\*)?[ \t]*(?:[(（][^()（）\n]{0,24}[)）])?[ \t]*(?:\*\*)?[ \t]*"  # (its emphasis's end, a gloss)
_HEAD_COLON = regex.compile(rf"{_HEAD_GAP}[:：]")
# A newsletter's run-in head: a paragraph that opens with its model alone as a sentence, bold in the markdown, or after
# a label ("**Foo-3 Pro.** Google's newest flagship arrived …", "**Out now: Foo-3 Pro.** …")
_RUN_IN_OPEN = re.compile(rf"[ \t]*(?:{BULLET_CLASS}[ \t]+)?(?:\*\*)?(?:[^*:：.\n]{{1,20}}[:：][ \t]*)?")
_RUN_IN_REACH = 32  # characters: where the head's model starts, past its mark and label
_RUN_IN_END = regex.compile(r"[.!](?:\*\*)?(?=[ \t]+[A-Z\p{Han}])")
_HEAD_DASH = regex.compile(rf"{_HEAD_GAP}(?:[:：]|—{{1,2}}|–|[ \t]--?[ \t])")  # (or a dash: a ranking's lines)
# A line that gives one property ("- **Context length:** 128K tokens", "发布时间：2024年5月13日") is about
# the model whose name heads its section ("# Llama-3.1-Nemotron-70B-Instruct", "## 2. GPT-4o（OpenAI）").
# (not a quote's line: "> 核心速览：…")
# (not a time of day's colon: "**11:05 a.m. PT** — …")
_KEY_END = r"(?:\*\*)?[ \t]*(?:：|:(?!(?<=\d:)[0-5]\d(?![\d.%])))"  # (its colon, not a time of day's)
# (a key of a few words before its benchmark's name: "- **State-of-the-art on SWE-bench Verified**: 80.9%")
_KEY_VALUE = regex.compile(rf"{LINE_LEAD}[^:：\n*|>]{{1,44}}?{_KEY_END}")
# (or a key with a gloss in parentheses past its 44 characters: "- Humanity's Last Exam (text-only, with tools): 44.9";
# a second pattern, tried only where a parenthesis opens near the line's start: the gloss's group tried at every
# character of every key cost half again)
_KEY_GLOSSED = regex.compile(rf"{LINE_LEAD}[^:：\n*|>(（]{{1,30}}?[ \t]*[(（][^()（）\n:：]{{1,30}}[)）]{_KEY_END}")


def _blank_between_fields(text: str, starts: list[int], k: int) -> bool:
    """Whether the k-th line is blank between two fields of a record, each with its value, in a text with a blank line
    after every line (a page's paragraphs copied as text); not a question and its answer ("**记者：…？**" over
    "杨植麟：…", "答：…" over "Q: …")."""
    return 1 < k < len(starts) - 1 and not text[starts[k] : starts[k + 1]].strip() \
        and not text[starts[k - 2] : starts[k - 1]].strip() \
        and all(text[starts[i]] != "*" and _FIELD_WITH_VALUE.match(text, starts[i]) is not None
                and _key_value(text, starts[i]) and not _QUESTION.match(text, starts[i])
                and not _ANSWER.match(text, starts[i]) for i in (k - 1, k + 1))


def _key_value(text: str, line_start: int) -> regex.Match[str] | None:
    """The key of a "key: value" line at `line_start` (_KEY_VALUE, or _KEY_GLOSSED)."""
    end = min(len(text), line_start + 80)
    found = _KEY_VALUE.match(text, line_start, end)
    if found is None and (text.find("(", line_start, line_start + 34) != -1
                          or text.find("（", line_start, line_start + 34) != -1):
        found = _KEY_GLOSSED.match(text, line_start, end)
    return found
# A field that names a record's model ("Model Name: …", "- **Model:** …", "模型名称：…"): its key (tried where
# str.find finds "odel" or 模型: a pattern was tried at every "m"), then what may stand before it on its line
_NAME_FIELD_KEY = re.compile(rf"{MODEL_FIELD_WORDS}(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*")
_FIELD_LEAD = re.compile(LINE_LEAD)
_FIELD_RUN = 12  # lines: a model card's fields fit
_RECORD_HEAD = 40  # characters: a record's head line ("第二名 GPT-5发布") is no longer
_SIGNS_AT_ENDS = regex.compile(r"^[\s\p{So}\uFE0F]+|[\s\p{So}\uFE0F]+$")  # (blanks and signs: emoji)
_HEAD_ENDS = frozenset("。.！!？?；;，,:：")  # (a line that ends so is a sentence or a lead, not a record's head)
_LIST_ITEM_MARK = re.compile(rf"[ \t]*{BULLET}")
# (a list's item, bulleted or numbered: "- ", "3. ", "3、", "(3)")
_ANY_ITEM = re.compile(rf"[ \t]*(?:{BULLET}|\d{{1,2}}(?:\.[ \t]|[、)）])|[(（]\d{{1,2}}[)）])")
_INDENTED_LINE = re.compile(rf"[ \t]+(?!{BULLET_CLASS}[ \t])\S")  # (a list's item's later line: indented, no mark)
_BOLD_LINE = re.compile(r"[ \t]*\*\*[^*\n]+\*\*[ \t]*")
_FIELD_WITH_VALUE = re.compile(r"[^:：\n]{1,12}[:：][* \t]*[^*\s]")  # (a field's key and its value, not a label alone)
# An item nested under another, indented past it (a slide's dash under its bullet: "   – 1M context")
_NESTED_ITEM = re.compile(rf"([ \t]+)(?:{BULLET_CLASS}|–|\d{{1,2}}[.)])[ \t]")
# A Q&A's question and answer lines ("**Q：R1有多少参数？**", "A：总参数671B", "问：…", "答：…")
_QUESTION = regex.compile(r"[ \t>]*(?:\*\*)?(?:Q|问|提问)(?:\*\*)?[ \t]*[:：.]")
# (a question that asks of a model with a pronoun, "问：它什么时候开源的？", "Q: When was it released?")
_ASKED_PRONOUN = regex.compile(rf"它|其|{THIS_MODEL_ZH}|\b(?:it|this\s+model|the\s+model)\b")
_LABEL_REACH = 40  # characters from a sentence's start to its key's colon (_KEY_VALUE's), past its marks
_ASKED_REACH = 12  # lines back to the question before
_ASKED_DEPTH = 4  # questions back, each asking of the one before it
ANSWER_WORD = "A|答|回答"  # (an answer's label before its colon or point, "A：", "答：", "A. "; read by extractors)
_ANSWER = regex.compile(rf"[ \t>]*(?:\*\*)?(?:{ANSWER_WORD})(?:\*\*)?[ \t]*[:：.]")
_ANSWER_FIRST = frozenset(" \t>*A答回")


def _answer_line(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is an answer under its label ("A：…", "答：…", "A. …"; its first character
    tested first: most lines open with none of them)."""
    return text[line_start : line_start + 1] in _ANSWER_FIRST and _ANSWER.match(text, line_start) is not None


# (a question about a model not named, to come: "Any plans for a larger open model?", "下一代模型什么时候出？")
_ASKED_NEW = re.compile(r"\b(?:an?|any|another|the\s+next|a\s+new)\s+(?:[\w-]+\s+){0,3}?(?:model|LLM)s?\b"
                        r"|(?:下一代|新一代|新的?|一款|一个)[^，,。？?\n]{0,8}?模型")
# An interview's question and its answer, each under its speaker's label ("记者：…是什么时候发布的？" over
# "闫俊杰：6月17日。")
# (or a call's: "Analyst (Morgan Stanley): What's the context window on Foo-4?" over "Jane Roe, CEO: It's 512K today.")
_AFFILIATION = r"(?:[ \t]*[(（][^()（）\n]{1,40}[)）])?"
_INTERVIEWER = re.compile(rf"[ \t>]*(?:{_TIME_STAMP})?(?:\*\*)?"
                          rf"(?:记者|主持人|(?i:interviewer|host|reporter|analyst|moderator)){_AFFILIATION}"
                          r"(?:\*\*)?[ \t]*[:：]")
_SPEAKER_WORD = r"[^\s:：，。,.*?？()（）]{1,12}"
_SPEAKER_NAME = rf"{_SPEAKER_WORD}(?:[ \t]{_SPEAKER_WORD}){{0,2}}"
_SPEAKER = re.compile(rf"[ \t>]*(?:{_TIME_STAMP})?(?:\*\*)?{_SPEAKER_NAME}(?:,[ \t]*{_SPEAKER_NAME})?{_AFFILIATION}"
                      r"(?:\*\*)?[ \t]*[:：]")
# A list's lead that says it lists a model's properties ("… has the following features:", "主要特点如下：")
_LISTING_LEAD = regex.compile(r"(?i:\b(?:following|features|highlights|improvements|specifications|specs)\b)"
                              r"|以下|如下|特点|特性|亮点|改进")
_BOLD_NUMBER = re.compile(r"\d{1,2}[.、)][ \t]*")
# (a plain heading's number: "3. Foo-3（Acme）")
_PLAIN_HEAD = re.compile(rf"[ \t]*(?:{ITEM_NUMBER}[ \t]*)?")
_HEADING_LINE = re.compile(r"#{1,6}[ \t]+(?:\d{1,2}[.、)]?[ \t]*)?(?:\*\*)?")
_FIRST_TEXT = re.compile(r"\S")
_BLANKS = (" ", "\t")
_MODEL_HEADER = regex.compile(rf"\s*{MODEL_HEAD}\s*")
# What SUBJECT_PRONOUN's pronouns start with (tested before the pattern, after a clause that leads a sentence; not 可,
# a common opener, for "可支持…" alone)
_PRONOUN_FIRST = frozenset("TtIi该这此模它其AaBbSs全CRLNOH上总参新正" + _HAVING_VERB_FIRST.replace("可", ""))
# A conjunction that opens a clause joins it to the one before: no part of its facts' evidence (it
# may end the line before, in a wrapped paragraph).
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|while|whereas)\s+")
# (past a citation after each: "OpenAI o1 (OpenAI, 2024) and DeepSeek-R1 (DeepSeek-AI, 2025)")
# (not a date's: "(May 13, 2024)"; or numbered, "DeepSeek-V3 [12] and Qwen2.5 [34, 35]")
_CITATION = r"\s*(?:\([A-Z][\w-]*(?:\s+et\s+al\.,?|,)\s*(?:19|20)\d\d[a-z]?\)|\[\d{1,3}(?:[,–-]\s*\d{1,3})*\])"
# (or a mode's, an effort's in parentheses: "GPT-5（High）和Claude Sonnet 4.5（Thinking）分别为…")
EFFORT = r"[Hh]igh|[Mm]edium|[Ll]ow|xhigh"  # (a reasoning effort's words, after a model: also the benchmarks')
_MODE_GLOSS = rf"[ \t]*[(（](?:{EFFORT}|Thinking|Non-thinking|Instant|Heavy|高|中|低)[)）]"
# (or a model's size in parentheses, and the next one's comparative: "Devstral 2 (123B) and a smaller Devstral Small 2
# (24B), both with 256K context")
_SIZE_GLOSS = r"[ \t]*[(（]\d+(?:\.\d+)?[ \t]?[KMBT万亿][^()（）\n]{0,12}[)）]"
_LISTED_WITH = regex.compile(rf"(?:{_CITATION}|{_MODE_GLOSS}|{_SIZE_GLOSS})?{ITEM_SEPARATOR}"
                             r"(?:(?:an?|the)\s+(?:smaller|larger|bigger|lighter|compact)\s+)?")
# (objects listed past each one's score in parentheses and maker: "ahead of Google's A (76.2%) and OpenAI's B")
# (past the object's score: "ahead of Google's A at 76.2% and OpenAI's B at 77.9%")
# (past its reasoning effort written after it: "beating GPT-5 High (94.6%) and Gemini 3 Pro (95.0%)")
_LISTED_OBJECT = regex.compile(rf"(?:[ \t]+(?:{EFFORT})(?![\w-]))?"
                               rf"(?:\s*[(（][^()（）\n]{{1,24}}[)）]|\s+(?:at|with)\s+\d{{1,4}}(?:\.\d+)?%?)?"
                               rf"{ITEM_SEPARATOR}(?:[A-Z][\w.-]*['’]s\s+)?")
# A word for the results, before its colon ("remarkable performance: 84.2 on MMLU, …"), and a sentence that opens with
# one, then figures (the benchmarks' scores and the lengths): about the model of the sentence before ("On benchmarks:
# 84.2 on MMLU-Pro, …", a thread's "3/ Benchmarks: …", "评测结果：…"; after an article or an owner and a word, "The
# headline numbers: 91.9% on GPQA Diamond, …", "Key benchmark results:"; what is said of them, "The headline numbers are
# strong: 44.9% on …"; where they are from, "A few numbers from Google's own model card: 1M input tokens, …"; a list's
# item so labelled, "- Highlights: 91.9% GPQA Diamond" under the model's heading)
RESULTS_WORD = r"(?i:benchmarks?|results|evals?|evaluations?|scores|performance|numbers|figures|stats|highlights)"
NOT_WORD = r"(?:\b(?:not|never)|n['’]t)"  # (a verb denied: "not", "never", "doesn't"; read by events and lengths)
RESULTS_FROM = r"(?i:\s+(?:from|in)\s+[^:：\n]{1,40}?)?"  # (where they are from: "Benchmarks from the blog:")
# (past a video's chapter's time stamp: "05:45 Benchmarks: 91.9% GPQA Diamond")
RESULTS_LEAD = re.compile(rf"\s*(?:\d{{1,2}}/\d{{0,2}}\s+|{BULLET_CLASS}[ \t]+|{ITEM_NUMBER}[ \t]*|{_TIME_STAMP})?"
                          r"(?:(?i:(?:on|in)\s+)?(?i:(?:the|our|its|their|some|a\s+few)\s+)?"
                          # ("Best-in-class agentic performance: 60.2% on BrowseComp")
                          rf"(?i:[a-z][a-z-]*\s+){{0,2}}{RESULTS_WORD}"
                          r"(?i:\s+(?:are|were|look|looked|seem|remain)(?:\s+[a-z]+){1,2})?"
                          rf"{RESULTS_FROM}"
                          r"|(?:评测|测试|基准测试?)(?:结果|成绩|表现)?)\s*[:：]")
# What a family's name is followed by when the model meant is its largest or newest ("Qwen's largest model to date",
# "通义千问迄今为止规模最大的模型"): a possessive of the family, not the subject (its first characters tested first)
_ITS_FINEST = regex.compile(r"['’]s\s+(?:(?:largest|biggest|most\s+\w+|best|newest|latest|strongest|first|flagship)\s+)"
                            r"(?:[\w-]+\s+){0,2}?(?:model|LLM|release)\b"
                            r"|(?:迄今为止|迄今|目前|史上)?[^，,。；;\n]{0,8}?(?:最大|最强|最新|首个|第一个|旗舰)"
                            r"[^，,。；;\n]{0,6}?(?:的)?(?:大)?模型")
# A sentence led by a comparison names a model set beside the one the text is about ("作为对比，GPT-5在HLE上是41.7%。",
# "For comparison, …"): a pronoun after it is not that model
_COMPARISON_LEAD = re.compile(r"[ \t]*(?:作为(?:对比|参照|参考)|相比之下|对比之下|相较之下"
                              r"|(?:For|By|In)[ \t]+comparison)[ \t]*[，,]")
# The first of two models listed together, named again ("A与B，前者…，后者…"; "A and B; the former …")
FORMER = regex.compile(r"前者|(?<![A-Za-z])[Tt]he\s+former(?![A-Za-z])")
_OPENS_FORMER = re.compile(rf"{_ITEM_MARK}(?:{FORMER.pattern})")
# (the former or the latter, whichever was written last: "前者总参数3550亿，后者总参数1060亿")
LATTER = r"后者|後者|[Tt]he\s+latter(?![A-Za-z])"  # (also read by parameters: "前者总参数1170亿，后者210亿")
_OPENS_LATTER = re.compile(rf"{_ITEM_MARK}(?:{LATTER})")
# A sentence that opens with the series a sentence before named ("发布Foo-4V系列模型，包括A和B。该系列…", "The
# Foo-4 family includes A and B. The family …"; after a source, "据介绍，该系列…"): the series', not its last member's
_OPENS_SERIES = re.compile(rf"{_ITEM_MARK}(?:(?:据[^，,。\n]{{1,6}}[，,]\s*)?(?:该|这一?|此)系列"
                           r"|[Tt](?:he|his)\s+(?:new\s+)?(?:series|family)\b)")
_SERIES_AFTER = re.compile(rf"[ \t]*(?:系列|家族)|{_FAMILY_AFTER.pattern}")
# A sentence that opens with the new model ("新版模型在…得分", "The new model scores …") is not about one a sentence
# before it looks back to ("…推出Foo-3。去年4月，Acme曾发布Foo-2。新版模型…" is Foo-3's)
_OPENS_NEW = re.compile(rf"{_ITEM_MARK}(?:新(?:版|一代)?模型|新版本|[Tt]he\s+new\s+(?:model|version)\b)")
_LOOKS_BACK = re.compile(r"曾|此前|早前|(?<![A-Za-z])(?:previously|earlier|formerly)(?![A-Za-z])")
_FORMER_OR_LATTER = regex.compile(rf"(?r)(?P<former>{FORMER.pattern})|后者|後者|(?<![A-Za-z])[Tt]he\s+latter")
# A model that a comparison's verb takes as its object ("beats B", "超越B", "对标ChatGPT的产品", "a successor
# to B", "以B为基础"): the sentence is not about it (its scores, its maker, what a pronoun after it refers to).
# A Chinese verb of comparison (or what a model is built on) whose object is the model after it
_ZH_OBJECT_VERB = (
    r"(?:(?:超越|超过|击败|胜过|优于|领先于?|力压|碾压|吊打|完胜|对标|比肩|媲美|赶超|不输于?|高于|低于|好于|强于|弱于|逊于|不及|落后于?|逼近|接近|追平|赶上"
    # (what a span is counted from: "距GPT-4发布已近两年半"; not 差距; a model like it: "类似o4-mini的开放权重模型")
    r"|匹敌|介于|类似于?|(?<!差)距离?|相比于?|相较于?|对比|较之?)了?"
    # (what a model is built on or set beside as an example: "以Llama 3为基础", "基于Qwen2.5", "以GPT-4o为例")
    r"|基于|(?<![所可难足予加得])以"
    # (what a product is equipped with: "推出整合Gemini的新版Siri", "搭载DeepSeek-R1的汽车")
    r"|(?:整合|搭载|内置)了?)")
_OBJECT_OF = regex.compile(
    r"(?:(?i:(?:beat(?:s|ing)?|match(?:es|ed)?|rival(?:s|l?ed)?|trail(?:s|ed)?|outperform(?:s|ed|ing)?|counter(?:s|ed|ing)?"
    r"|outscor(?:e|es|ed|ing)|outpac(?:e|es|ed|ing)|outclass(?:es|ed|ing)?"  # ("outscored Bar-2 by 5 points")
    r"|tie[sd]|equal(?:s|l?ed)"  # ("Foo-3 ties Bar-2 on MMLU at 88.1": both, see benchmarks' _matched_scores)
    r"|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|overt(?:akes|aking|ook)|edg(?:es|ed|ing)\s+out|than|ahead\s+of"
    # (what a score doubles: "31.1%, nearly double B's")
    r"|(?<=\d%?,?\s+(?:(?:nearly|almost|about|roughly|more\s+than)\s+)?)(?:double|twice|triple)"
    # (what a model is placed between: "sits between B and C")
    r"|(?<=\b(?:improvements?|gains?|improves?|improved|preferred|chosen|wins?)\s+)(?:up)?on|\bover|\bbetween)"
    # (the kind of model first: "outperforming much larger models such as B", "beats rivals, including B")
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:models?|rivals?|competitors?|systems?),?\s+(?:such\s+as|like|including)"
    # (or set off as an apposition: "beat its own flagship, Claude 3 Opus, on most evals")
    r"|\s+(?:its|their|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:flagship|predecessor|model|rival|sibling)s?,)?"
    # (after a score: "79.8% (pass@1), slightly above o1's")
    r"|(?<=\d%?(?:\s*[(（][^()（）]{1,20}[)）])?,?\s+(?:(?:slightly|just|well|far)\s+)?)(?:above|below|behind)"
    # (what a leading clause builds on or sets apart: "Building on B, the new model …", "Unlike B, it …"; not "A is
    # built on B, a 671B model": the apposition is B's)
    # (or an aside's: "Foo-3, unlike Bar-2, supports 1M tokens")
    # (or likens: "Like B, the model …", not a list's "models like B")
    r"|(?-i:(?:Building|Built|Based)\s+(?:up)?on|Unlike|(?<![\w,][ \t])Like|Replacing|Succeeding)"
    r"|(?<=[,，]\s{0,2})unlike"
    # (what a model comes after, or is made from: "A follows B (August 2024)", "A builds on B and brings …", "A is
    # replacing B as the default")
    r"|\b(?:follow(?:s|ed)|succeed(?:s|ed|ing)|replac(?:e|es|ed|ing)|(?:builds|built|improves|improved|expands|expanded)\s+(?:up)?on)"
    # (a list item's fields after its colon: "Foo-2: built on B, …"; a participle's aside: "launched Foo Assistant,
    # built on B"; "Copilot, powered by B"; a product with no comma, "a revamped Siri powered by B")
    r"|(?<=[:：,]\s{0,3})(?:built|based)\s+(?:up)?on|\bpowered\s+by"
    # (the model another is made from: "Foo-Coder-7B is fine-tuned from Qwen2.5-7B", "distilled from B")
    rf"|{MADE_FROM}"
    rf"|[Cc]ompared\s+(?:with|to)|(?:{KIN}|follow-?up|answer|alternative|challenger)s?\s+(?:to|of)"
    # (the family it joins: "Gemma 3, a multimodal addition to the Gemma family, …")
    r"|(?:addition|member)\s+(?:to|of)"
    r"|(?:on\s+par|level|comparable|competitive)\s+with|(?:comparable|similar|close|closer)\s+to|as\s+good\s+as|matching|rivall?ing"
    r"|(?<=\b(?:first|only)\s+(?:[\w-]+\s+){0,3}?)since"  # ("its first open-weight models since GPT-2")
    r"|same\s+(?:day|week|month)\s+as"  # (whose day another's is: "launched the same day as B")
    # (what another has alike: "the same base as B", "the same 400K-token context window as B", "twice as fast as B";
    # not "as well as B", a list's)
    r"|same\s+(?:[\w-]+\s+){0,3}?as|\bas\s+(?!well\b|soon\b|of\b)[a-z]+\s+as"
    r"|(?<![A-Za-z])(?:of|than)\s+what"  # (what another cost or did: "a third of what Opus 4.1 cost")
    # (a part of another's: "$5/$25 per million tokens, a third of Opus 4.1's", "half of B's price")
    r"|\b(?:(?:a|one|two)[\s-]+(?:third|quarter|fifth|tenth)s?|(?:a\s+)?fraction|half)\s+of"
    # (another model's score: "up from 48.9% for o1")
    # (not a year's: "targets H1 2026 for Foo-6")
    r"|(?<=\d%?|\d\s+points)(?<!\b(?:19|20)\d\d)\s+for|(?<=\d%)\s+of)"  # ("90% of B": a share of B's)
    # (its maker's possessive before it: "outperforms OpenAI's GPT-5", "超越OpenAI的GPT-5")
    # (or its hub account: "fine-tuned from Qwen/Qwen2.5-7B")
    # (or the word for a rival: "overtook rival ChatGPT")
    r"\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?(?:(?:rival|competitor)s?\s+)?(?:[\w-]+/)?"
    rf"|{_ZH_OBJECT_VERB}\s*"
    # (its maker before it: "超越OpenAI的GPT-5", "接近OpenAI o3", "以Meta开源的Llama 3.1为基础"; or what kind of rival
    # it is: "超过同等规模的B", "超越此前最强的B")
    # (spaced from it, as many write Chinese: "超过同等规模的 B")
    # (or the word for its kind after those: "超越了此前的开源最佳模型B", "超过前代旗舰模型B")
    r"(?:[A-Za-z][\w.-]{0,15}(?:(?:开源|发布|推出)?的[ \t]?|\s+)|\p{Han}{2,8}的[ \t]?"
    r"|(?:\p{Han}{2,8}的)?\p{Han}{0,6}?(?:模型|旗舰)[ \t]?)?"
    # (a comparison's object named with its place in its line: "相比上一代GLM-4.5"; not what a span is counted from,
    # "距离上一代Gemini 2.5 Pro发布（3月25日）")
    r"|(?:相比于?|相较于?|对比|较之?)\s*(?:上一代|上代|前代|前一代|初代)[ \t]?)$", regex.REVERSE)
# (its maker spaced from what is said of it, as many write Chinese: "以 Meta 於去年發表的 Llama 3.2 為基礎"; tried only
# after a 的, apart from the pattern above, where a space in its maker's words cost every model mention a third more)
_SPACED_MAKER_OF = regex.compile(rf"{_ZH_OBJECT_VERB}[ \t]?[A-Za-z][\w.-]{{0,15}}[ \t]\p{{Han}}{{1,8}}的[ \t]?$")


# A verb joined by "and" (并) to the sentence's, right after a model (an aside in parentheses between): what follows it
# is the subject's, not that model's
_COORDINATED = regex.compile(
    r"(?:\s*[(（][^()（）\n]{1,40}[)）])?(?:,?\s+and\s+(?:also\s+|still\s+|now\s+)?(?:has|have|had|supports?|supported"
    r"|offers?|offered|features?|featured|comes|came|ships|shipped|boasts?|boasted|handles?|handled|keeps?|kept"
    r"|retains?|retained|brings?|brought|adds?|added|uses?|used|is|was|scores?|scored|reaches|reached|achieves"
    r"|achieved|gets|got|extends|extended|doubles|doubled|expands|expanded|packs|packed|activates|activated)\b"
    r"|\s*(?:并且?|而且|同时|且)(?:还|也)?(?:支持|拥有|具备|具有|提供|采用|达到|实现|扩展|激活|有))")
_LIST_GOES_ON = regex.compile(r"(?:\s*[(（][^()（）\n]{1,24}[)）])?\s*(?:,\s*(?:and|or)?|\s+(?:and|or)\s|、|和|与|及)")
OBJECT_REACH = 64  # characters before a model its comparison may take ("outperforming much larger models such as")


def object_of(text: str, start: int, pos: int) -> bool:
    """Whether text[start:pos] ends with a comparison's verb (or "a successor to") that takes what
    starts at `pos` as its object. (Matched backwards from `pos`: tried once, not at every position
    before it, as a forward search ending in `$` was.)"""
    if _OBJECT_OF.match(text, start, pos) is not None:
        return True
    # (the word before it, perhaps spaced from the name as many write Chinese: "自 GPT-2 以来", "与 OpenAI o1 相当")
    end = pos - 1 if text[pos - 1 : pos] == " " else pos
    # (the word's last character read once, each word's test only after its own: most names follow none of them)
    last = text[end - 1] if end > start else ""
    return (last == "的" and _SPACED_MAKER_OF.search(text, max(start, pos - 40), pos) is not None) \
        or (last in "到了" and text.endswith(("达到", "达到了"), start, end)  # ("达到了 GPT-5 的水平")
            and _LEVEL_AFTER.match(text, pos) is not None) \
        or (last in _TIMES_LAST and text.endswith(_TIMES_BEFORE, start, end)
            and _TIMES_AFTER.match(text, pos) is not None) \
        or (last == "比" and _MORE_AFTER.match(text, pos) is not None) \
        or (last in _SINCE_LAST and text.endswith(("自", "自从", "继"), start, end)
            and _SINCE_AFTER.match(text, pos) is not None) \
        or (_set_beside(text, start, end)
            and (_COMPARED_AFTER.match(text, pos) is not None or _LIKE_AFTER.match(text, pos) is not None))


def _same_as(text: str, start: int, model: ModelMention, pos: int) -> bool:
    """Whether `model` is what the subject is said to be the same as, before `pos` ("参数量跟Bar-2一样是671B": the
    subject's count, as with a comma, "与Bar-2相同，为671B")."""
    return _set_beside(text, start, model.start) and _LIKE_AFTER.match(text, model.start, pos) is not None


def _set_beside(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a word that sets what follows it beside the subject (LIKE_BEFORE), right
    before it or before a word that tells which of its kind ("与OpenAI o1", "和满血版DeepSeek-R1")."""
    return text.endswith(LIKE_BEFORE, start, end) \
        or (contains_any(text, LIKE_BEFORE, max(start, end - _LIKE_NEAR), end)  # (found in C first: most have none)
            and _LIKE_MODIFIED.match(text, max(start, end - _LIKE_REACH), end) is not None)


# ("自GPT-2以来的首个开放权重模型", "自从ChatGPT发布以来": what a span is counted since, as "since GPT-2";
# "继A实现…之后": what others follow)
_SINCE_AFTER = re.compile(r"[^，。,;；\n]{1,36}?(?:以来|之后|以后)")
# ("与GLM-4.5相比，…": what the subject is set beside; "相比GLM-4.5" is _ZH_OBJECT_VERB's; what it falls short of,
# "和R1还有差距", "与GPT-5的差距缩小到5分以内")
_COMPARED_AFTER = re.compile(r"[^，。,;；\n]{0,36}?(?:相比|相较|比较|对比|差距)")


# ("是DeepSeek-R1的8倍", "约为GPT-4的两倍": what the subject is a multiple of; or a part of: "仅为前代Opus 4.1的
# 三分之一", "不到B的一半")
_TIMES_BEFORE = ("是", "为", "达", "相当于", "不到", "是上一代", "为上一代", "是前代", "为前代", "相当于前代")
_TIMES_LAST = frozenset(word[-1] for word in _TIMES_BEFORE)
_SINCE_LAST = frozenset("自从继")
_ZH_COUNT = "[一二三四五六七八九十两几数]+"
_TIMES_AFTER = re.compile(rf"[^，。,;；\n]{{1,24}}?的\s*(?:(?:\d+(?:\.\d+)?|{_ZH_COUNT})\s*倍"
                          rf"|(?:{_ZH_COUNT}|\d+)分之(?:{_ZH_COUNT}|\d+)|一半|\d+(?:\.\d+)?\s*%)")
# ("参数规模会比K2更大": what the subject is more than)
_MORE_AFTER = re.compile(r"[^，。,;；\n]{1,24}?(?:更|还要?|要)")
# ("达到GPT-5水平", "达到7B模型的效果": a level reached, not the sentence's subject)
_LEVEL_AFTER = re.compile(r"[^，。,;；\n]{1,24}?(?:水平|效果|性能|表现)")
# ("参数量和GLM-4.5一样": what the subject is the same as)
LIKE_BEFORE = ("和", "与", "跟", "同")
# (its name after a word that tells which of its kind: "和满血版DeepSeek-R1的79.8分几乎持平", "与OpenAI的o1相当"; or
# after its maker's: "与OpenAI o1相当", spaced as many write Chinese, "与 OpenAI 的 o3 相比")
# (matched back from the name: tried once, not from every position of the window before it)
# (or both: "与9月29日发布的实验版V3.2-Exp相比")
_LIKE_MODIFIED = regex.compile(
    r"[和与跟同][ \t]?(?:(?:[^\s，。,;；和与跟同]{1,10}?的[ \t]?)?\p{Han}{1,3}版|[^\s，。,;；和与跟同]{1,8}?的"
    r"|[A-Z][\w.-]{1,15}(?:[ \t]的)?)$", regex.REVERSE)
_LIKE_REACH = 20  # characters back from the name: the word and its maker's ("与 Anthropic 的 Claude")
_LIKE_NEAR = 16  # (where the word is looked for first: most are nearer, "与 OpenAI 的 o3", and a search costs)
# (or whose day another's is: "与B同一天发布")
# ("与GPT-5（high）的94.6%接近": close to it)
_LIKE_AFTER = re.compile(r"[^，。,;；\n]{1,36}?(?:一样|相同|一致|相当|持平|同一天|同日|同天|差不多|不相上下|相近|相仿"
                         r"|接近|媲美|比肩)")


# Words that give one value to every model listed before them ("A和B均为128K", "both have 7B parameters"), and a verb
# in the plural right after them ("A and B support context lengths of up to 128K")
# (the words alone say so whatever follows; a verb in the plural gives one value, not a list of as many as the models:
# "A and B have 7B and 70B parameters" is in order, SHARED_WORD)
_SHARED_WORDS = r"(?<!平)均|都|全部|\b(?:both|all|each)\b"  # ("A、B和C三款，全部支持100万token")
SHARED_WORD = regex.compile(_SHARED_WORDS, regex.I)
SHARED = regex.compile(rf"{_SHARED_WORDS}"
                       r"|(?<=[\w.)-]\s)(?:support|have|offer|feature|share|handle|accept)\b"
                       # (in Chinese, the verb right after the names: "A和B原生支持512K", "A和B，支持128K上下文")
                       r"|\G[，,]?\s*(?:原生|同样|也|可|最高)?(?:支持|拥有|具备|具有|提供)", regex.I)
# Words that give values to the models listed before them in order ("A和B分别为70亿和130亿", "依次为", "… respectively")
IN_ORDER = re.compile(r"分别|依次|\brespectively\b")  # (stdlib: it scans for the first characters)
# "两款模型均支持128K", "在MathVista上，三者分别为…", "Both support a 32K context window", "All three …": the
# models the paragraph has named before, together (as many as the words say)
_TOGETHER = regex.compile(
    _ITEM_MARK + r"(?:(?:这|以上)?(?P<n>[两二三四五])(?:者|款(?:模型)?|个(?:新)?模型)|它们"
    # ("新模型均支持256K上下文", "上述模型都…": the models named before, when a word says all of them)
    r"|(?:这些|上述|以上|新|全新)(?:大)?模型(?=(?:均|都|全部|皆))"
    r"|(?P<both>[Bb]oth)(?:\s+(?:new\s+)?models)?\b"
    rf"|[Aa]ll\s+(?P<all>{_MANY})\b|[Aa]ll\s+(?:the\s+|our\s+)?models\b"  # ("All models are pretrained …")
    # ("Added A, B and C. All support a 400K context": "all" alone before their verb)
    r"|[Aa]ll(?=\s+(?:support|have|offer|feature|share|ship|use|come\s+with|run|accept|get)\b)"
    # ("The models were released on …", "The two models …")
    rf"|[Tt]he\s+(?:(?P<all>{_MANY})\s+)?(?:new\s+)?models\b"
    rf"|[Tt]he\s+(?P<all>{_MANY})\s+[a-z][\w-]*\s+models\b)")  # ("The three flagship models …")
# "the 405B model", "The 70B instruct model": a subject that names its size
_SIZED_SUBJECT = re.compile(r"\b[Tt]he\s+(?:(?:smaller|larger|bigger|smallest|largest|biggest|new|base|compact)\s+)?"
                            r"(\d+(?:\.\d+)?[BM])\s+(?:[\w-]+\s+)?model\b")  # ("The smaller 7B model reaches …")
_SIZE_TOKEN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?[BMbm])(?![A-Za-z\d])")  # ("Llama-3.1-405B", "gpt-oss-120b")
# ("The larger model has 117 billion parameters", "The smaller one has 21 billion": of two sized models named before)
_RANKED_SUBJECT = re.compile(r"\s*[Tt]he\s+(larger|largest|bigger|biggest|smaller|smallest)\s+(?:one|model|version"
                             r"|variant)\b")
_SIZED_REACH = 3000  # characters back to the model a sized subject names
_SOLE_REACH = 1500  # characters back over which a pronoun's model is the only one named
_PARAGRAPH_REACH = 2000  # characters back to the start of a paragraph
# The words of a lead that gives what the sentence's subject has ("With 175 billion parameters, GPT-3 …", "At 70B, …",
# "Weighing in at 405 billion parameters, …", "凭借128K的上下文窗口，A…"): the parameters' and the contexts' leads
WITH_LEAD = r"[ \t>*#-]*(?:[Ww]ith|(?:[Ww]eighing|[Cc]locking|[Cc]oming)\s+in\s+at|[Aa]t|凭借|拥有|凭着)"
# A count of models before the list of them ("两个新模型：A 和 B", "two new models: A and B")
_CN_COUNTS = "两二三四五"
_COUNTED_GROUP = re.compile(rf"(?P<n>[{_CN_COUNTS}]|(?i:two|three|four|five))\s*(?:个|款)?\s*(?:全?新的?|new\s+)?"
                            r"(?:大?模型|models)\s*[:：]\s*")
_COUNTED_COLONS = ("模型:", "模型：", "models:")
# (or a count after the list it counts: "发布 A 正式版和 B 两款模型", "A、B和C三个新模型"; its list may give an edition
# after a name)
_COUNT_AFTER_LIST = re.compile(rf"(?P<n>[{_CN_COUNTS}])[ \t]*(?:款|个)(?:全?新的?)?(?:大)?模型")
_EDITION = r"(?:[ \t]*(?:正式版|预览版|开源版|版本?))?"
_LISTED_EDITIONS = regex.compile(rf"{_EDITION}{ITEM_SEPARATOR}")
_BEFORE_COUNT = re.compile(rf"{_EDITION}[ \t]*(?:等|这|共)?[ \t]*")
_NAME_BEFORE_COUNT = 48  # characters from the start of the list's last name to its count, at most
_HEADING_TAIL = 12  # characters a heading may hold after its model's name (an organization in parentheses)
_PLAIN_TITLE_LONGEST = 80  # characters of a plain text's first line that may be its title
_SENTENCE_MARKS = re.compile(r"[。！？；!?;]|\.(?:\s|$)|[,，]")
_HEADING_WORDS = 24  # characters a heading may hold before its model's name in parentheses
# ("## 1. GPT-4o (OpenAI, May 13)"; or its day after a dash, a tracker's entry: "### Olmo 3 (AI2) — Nov 20, 2025")
_PAREN_TAIL = re.compile(r"[ \t]*(?:[(（][^()（）\n]{1,40}[)）][ \t]*)?"
                         r"(?:[—–-]{1,2}[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
                         r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|\d{4}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?)"
                         r"[ \t]*)?"
                         r"(?:\*\*)?[ \t]*")
# The longest sentence or clause an extractor is given (articles' own stay under 300 characters):
# text without stops (a long line of a PDF, a giant table row) is cut around the position asked
# about, which keeps the work per fact bounded and extraction linear in the text.
LONGEST_SPAN = 512


def _written(norm: NormText, start: int, name: str) -> str:
    """A name found at `start` of the normalized text, in the characters its source is written in."""
    return as_written(norm.original[slice(*norm.orig_span(start, start + len(name)))], name)


def _elided(mention: ModelMention) -> bool:
    """A version, size or variant written without its family ("Llama 3.2 1B and 3B", "Gemini 2.5 Pro and
    2.5 Flash", "Gemini 1.5 Pro and Flash"): its facts name its model in full, as "3B" names no model
    by itself (nor, as an alias, one model in every file)."""
    text = mention.text
    # (a variant alone after its family's full name, "Scout has 109B", is that name's short form: an alias)
    return len(mention.canonical) > len(text) and mention.canonical.endswith(text) and (
        text[:1].isdigit() or (mention.source != "short" and all(word in VARIANT_SET for word in text.split("-"))))


# Another name of the model before it, in parentheses: "Gemini 2.5 Flash Image (aka Nano Banana)", "（又称Foo）"
_AKA = re.compile(r"[ \t]*[(（][ \t]*(?:aka|a\.k\.a\.?|also[ \t]+(?:known[ \t]+as|called)|nicknamed"
                  r"|又称|又名|俗称|昵称)[ \t]*[:：]?[ \t]*[\"“”']?", re.I)
_AKA_REACH = 24  # characters between the name and the other


def _opens_parenthesis(text: str, start: int, end: int) -> bool:
    return text.find("(", start, end) != -1 or text.find("（", start, end) != -1


def _aka_named(text: str, models: list[ModelMention]) -> list[ModelMention]:
    """`models`, a name given in parentheses as another of the model right before it taking that model's identity
    (one model, with an alias: not a second model that "the model" after it may stand for)."""
    out = models[:1]
    for m in models[1:]:
        before = out[-1]
        if 0 < m.start - before.end <= _AKA_REACH and _opens_parenthesis(text, before.end, m.start) \
                and _AKA.fullmatch(text, before.end, m.start) is not None:  # (the parenthesis found in C first)
            m = m._replace(canonical=before.canonical, org=before.org or m.org)
        out.append(m)
    return out


def _inside(spans: list[ModelMention], pos: int) -> bool:
    """Whether `pos` falls inside one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(spans, pos, key=lambda s: s.start)
    return i > 0 and spans[i - 1].start <= pos < spans[i - 1].end


def _bounds(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.end() for m in pattern.finditer(text)]


# A comma inside parentheses ends no clause: "introduced the Claude 3 family (Haiku, Sonnet and Opus) on
# March 4" is one. (Tested per comma from the nearest opening parenthesis before it, walking the sorted
# openings beside the sorted commas: a pattern for every parenthesized span cost a pass over each text as
# dear as the clause scan itself.)
_PAREN_REACH = 80


def _outside_parentheses(text: str, commas: list[int]) -> list[int]:
    """`commas` (positions just past each) without those inside a parenthesis closed on their line."""
    # (just past each; found by str.find: a class of two characters, one of them not ASCII, was tried at
    # every position, 55M instructions on 80 files)
    openings = sorted([p + 1 for p in occurrences(text, "(")] + [p + 1 for p in occurrences(text, "（")])
    if not openings:
        return commas
    kept = []
    i = 0
    for pos in commas:
        while i < len(openings) and openings[i] <= pos:
            i += 1
        if i and pos - openings[i - 1] < _PAREN_REACH and _closed_after(text, openings[i - 1] - 1, pos):
            continue
        kept.append(pos)
    return kept


def _closed_after(text: str, opening: int, pos: int) -> bool:
    """Whether the parenthesis opened at `opening` is still open at `pos` and closes on its line after it."""
    if max(text.rfind(")", opening, pos), text.rfind("）", opening, pos), text.rfind("\n", opening, pos)) != -1:
        return False
    hi = min(len(text), opening + _PAREN_REACH)
    line_end = text.find("\n", pos, hi)
    hi = hi if line_end == -1 else line_end
    closing = [c for c in (text.find(")", pos, hi), text.find("）", pos, hi)) if c != -1]
    return bool(closing) and max(text.rfind("(", pos, min(closing)), text.rfind("（", pos, min(closing))) == -1


def _the_one(named: list[ModelMention]) -> ModelMention | None:
    """The first of `named` when they are all one model (its name written two ways counts once), else None."""
    return named[0] if named and len({m.canonical for m in named}) == 1 else None


# (a rival a move answers, its maker's name right before it: "以应对谷歌Gemini 3带来的竞争压力")
_RIVAL_VERBS = ("应对", "对抗", "抗衡", "狙击", "反击")
_RIVAL_BEFORE = re.compile(rf"(?:{'|'.join(_RIVAL_VERBS)})了?[ \t]?[\u4e00-\u9fff]{{0,3}}$")
_EXAMPLE_AFTER = "为例"  # (after the model a sentence takes as its example, its topic: "以Kimi K2为例，其…")
# Between the models a comparison sets in a row: "A vs B vs C", "(A / B)" (DocContext.models_in_order)
# (two models set against each other: "# A vs B", "A对决B"; read by benchmarks too)
VERSUS_JOIN = regex.compile(r"\s*(?:vs\.?|versus|对比|对决|PK)\s*", regex.I)
_MODELS_JOINED = regex.compile(r"[ \t]*(?:/|,|、|vs\.?|versus|对比|对|PK)[ \t]*", regex.I)
_ROW_MODELS_REACH = 8  # lines above a row of figures looked at for its models
# Between the figures of such a row: "88.6 / 88.7 / 88.7", "128K vs 200K" (the benchmarks', lengths' and counts' rows)
ROW_JOIN = r"(?:[ \t]*/[ \t]*|[ \t]+(?:vs\.?|versus)[ \t]+)"


@dataclass
class DocContext:
    norm: NormText
    published: dt.date | None = None
    models: list[ModelMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)  # of the normalized text
    _sentence_ends: list[int] = field(default_factory=list)
    _clause_ends: list[int] = field(default_factory=list)
    _model_starts: list[int] = field(default_factory=list)
    _org_starts: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dated_line: tuple[int, int] | None = None  # the byline the text's date was read from: it dates no event
    updated: dt.date | None = None  # the day the text says it was last updated (what it reports is as of then)
    # (where each later item of a text of dated items starts, and its own day: a feed's "pubDate: …" under each title)
    restated: list[tuple[int, dt.date]] = field(default_factory=list)
    tables: list[tuple[list[Cell], Row]] = field(default_factory=list)  # (header cells, row) of every table row
    # (computed when first asked for: mypyc compiles functools.cached_property as a plain property,
    # which would compute them again at every access)
    _lines: list[tuple[int, int]] | None = None
    _headings: list[ModelMention] | None = None
    _title: ModelMention | None = None
    _title_read: bool = False
    _first: tuple[int, int] | None = None  # (first_line, once read: its search for the line's end runs to the text's
    _first_read: bool = False  # end in a text of one line, and many facts ask)
    _subjects: dict[int, tuple[ModelMention | None, int]] = field(default_factory=dict)  # (by line start)
    _no_one: dict[int, bool] = field(default_factory=dict)  # (by sentence start: _of_no_one)
    _together: dict[int, list[ModelMention]] = field(default_factory=dict)  # (by sentence start: subjects_together)
    _fields: list[tuple[int, ModelMention]] | None = None  # (_name_fields)
    _record_heads: dict[int, tuple[ModelMention, int, int] | None] = field(default_factory=dict)  # (by line start)
    _heading_starts: list[int] | None = None  # (heading_above)
    # (heading_model: each heading line's open sections' models, and the bold or plain headings' models)
    _sections: tuple[list[tuple[ModelMention | None, ModelMention | None]], list[ModelMention]] | None = None
    rival_words: bool = False  # (whether the text has a verb of answering a rival, looked for once in C: few have one)
    _cells: list[tuple[ModelMention, Row, Cell, Cell]] | None = None  # (table_cells: three extractors ask)
    _field_rows: dict[int, ModelMention] = field(default_factory=dict)  # (table_cells: a field's row -> its model)
    _cell_starts: list[tuple[int, int, ModelMention]] | None = None  # (cell_model: table_cells by where they start)
    _rows: list[tuple[list[Cell], Row]] | None = None  # (_table_row: the tables' rows by where they start)
    _header_hits: dict[str, bool] = field(default_factory=dict)  # (any_header: by pattern)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = starts_of_lines(self.text)

    @classmethod
    def build(cls, norm: NormText, published: dt.date | None = None, dated_line: tuple[int, int] | None = None,
              updated: dt.date | None = None, restated: list[tuple[int, dt.date]] | None = None) -> DocContext:
        text = norm.text
        all_orgs = find_orgs(text)
        tables = [*rows_under_headers(text), *spaced_rows_under_headers(norm)]  # (read once, for names and facts)
        models = find_models(text, all_orgs, tables)
        orgs = [o for o in all_orgs if not _inside(models, o.start)]
        if norm.traditional:  # (names as written: 通義千問, matched as 通义千问)
            models = [m._replace(text=_written(norm, m.start, m.text)) for m in models]
            orgs = [o._replace(text=_written(norm, o.start, o.text)) for o in orgs]
        models = _aka_named(text, [m._replace(text=m.canonical) if _elided(m) else m for m in models])
        starts = starts_of_lines(text)
        # (sorted runs are merged in linear time; no position ends two of them)
        # (the commas before a break found with str.find: most lines end otherwise)
        going = {pos + 2 for mark in (",\n", "、\n") for pos in occurrences(text, mark) if _GOES_ON.match(text, pos)}
        breaks = [s for s in starts[1:] if s not in going] if going else starts[1:]
        ends = _bounds(_SENTENCE_END, text)
        if exclaimed := exclaimed_objects(text):  # ("又开源了！V3.2正式版": the verb's object follows)
            ends = [end for end in ends if end not in exclaimed]
        sentence_ends = sorted(breaks + ends)
        commas = _bounds(_CLAUSE_END, text)
        if " — " in text or " – " in text:
            asides = [end for m in _DASH_ASIDE.finditer(text) for end in (m.start() + 1, m.end())]
            commas = sorted(commas + _bounds(_DASH_CLAUSE_END, text) + asides)
        clause_ends = sorted(sentence_ends + _outside_parentheses(text, commas))
        return cls(norm, published, models, orgs, starts, sentence_ends, clause_ends,
                   [m.start for m in models], [o.start for o in orgs], tables=tables, dated_line=dated_line,
                   updated=updated, restated=restated or [],
                   rival_words=contains_any(text, _RIVAL_VERBS, 0, len(text)))

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def as_of(self) -> dt.date | None:
        """The day what the text reports is as of: its last update, when it names one after its publication."""
        if self.published is not None and self.updated is not None:
            return max(self.published, self.updated)
        return self.published

    def published_at(self, pos: int) -> dt.date | None:
        """The day of the item that holds `pos`: the text's, unless a later item restates its own."""
        if not self.restated or pos < self.restated[0][0]:
            return self.published
        return self.restated[bisect.bisect_right(self.restated, pos, key=lambda item: item[0]) - 1][1]

    def as_of_at(self, pos: int) -> dt.date | None:
        """The day what the text tells at `pos` is as of: as_of, or the day its item restates."""
        return self.as_of if not self.restated or pos < self.restated[0][0] else self.published_at(pos)

    @property
    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of every line of the normalized text."""
        if self._lines is None:
            starts = self.line_starts
            ends = itertools.chain(map((-1).__add__, itertools.islice(starts, 1, None)), (len(self.text),))  # (in C)
            self._lines = list(zip(starts, ends, strict=True))
        return self._lines

    @staticmethod
    def _span(ends: list[int], pos: int, length: int) -> tuple[int, int]:
        i = bisect.bisect_right(ends, pos)
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else length
        if end - start > LONGEST_SPAN:
            start = max(start, pos - LONGEST_SPAN // 2)
            end = min(end, start + LONGEST_SPAN)
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._span(self._sentence_ends, pos, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        return self._span(self._clause_ends, pos, len(self.text))

    def models_in(self, start: int, end: int) -> list[ModelMention]:
        i = bisect.bisect_left(self._model_starts, start)
        j = bisect.bisect_left(self._model_starts, end)
        return self.models[i:j]

    def models_in_order(self, start: int, end: int, count: int) -> list[ModelMention]:
        """`count` models in a row between `start` and `end`, nothing but a slash, a comma or "vs" between them ("A vs
        B vs C", "(A / B)"), else none."""
        named = self.models_in(start, end)
        for k in range(len(named) - count + 1):
            run = named[k : k + count]
            if all(_MODELS_JOINED.fullmatch(self.text, a.end, b.start) for a, b in itertools.pairwise(run)):
                return run
        return []

    def row_models(self, pos: int, count: int) -> list[ModelMention]:
        """The models a row of `count` figures split by slashes at `pos` is for ("A vs B vs C" over "MMLU: 88.6 / 88.7
        / 88.7"): the first line that names models, its own before `pos` or one of those above, when they are `count`
        in a row (a line that names others ends the search)."""
        line = self.line_start(pos)
        k = bisect.bisect_right(self.line_starts, line) - 1
        for start, end in [(line, pos), *reversed(self.lines[max(0, k - _ROW_MODELS_REACH) : k])]:
            if self.models_in(start, end):
                return self.models_in_order(start, end, count)
        return []

    def model_at(self, pos: int) -> ModelMention | None:
        """The model whose name starts at `pos`, if one does."""
        found = self.models_in(pos, pos + 1)
        return found[0] if found else None

    def orgs_in(self, start: int, end: int) -> list[OrgMention]:
        i = bisect.bisect_left(self._org_starts, start)
        j = bisect.bisect_left(self._org_starts, end)
        return self.orgs[i:j]

    def in_model(self, pos: int) -> bool:
        i = bisect.bisect_right(self._model_starts, pos)
        return i > 0 and self.models[i - 1].start <= pos < self.models[i - 1].end

    def _table_row(self, pos: int) -> tuple[list[Cell], Row] | None:
        """(header cells, row) of the table row that holds `pos`, if one does. (Found by bisection: a scan of every
        row for each date of a table of years was quadratic in its rows.)"""
        if not self.tables:
            return None
        if self._rows is None:  # (the markdown tables' rows, then the spaced ones': in order of where they start)
            self._rows = sorted(self.tables, key=lambda table_row: table_row[1].start)
        i = bisect.bisect_right(self._rows, pos, key=lambda table_row: table_row[1].start)
        return self._rows[i - 1] if i and pos < self._rows[i - 1][1].end else None

    def header_over(self, pos: int) -> Cell | None:
        """The header cell of the table column that holds `pos`, if a table row does."""
        found = self._table_row(pos)
        if found is not None:
            header, row = found
            for head, cell in zip(header, row.cells, strict=False):
                if cell.start <= pos < cell.end:
                    return head
        return None

    def any_header(self, pattern: re.Pattern[str]) -> bool:
        """Whether a header cell of the text's tables matches `pattern` (found once per pattern and text)."""
        hit = self._header_hits.get(pattern.pattern)
        if hit is None:
            headers = {id(header): header for header, _ in self.tables}.values()
            hit = self._header_hits[pattern.pattern] = any(
                pattern.search(cell.text) is not None for header in headers for cell in header)
        return hit

    def row_cells(self, pos: int) -> list[Cell] | None:
        """The cells of the table row that holds `pos`, if one does."""
        found = self._table_row(pos)
        return found[1].cells if found is not None else None

    def row_head(self, pos: int) -> Cell | None:
        """The first cell of the table row that holds `pos` (a property's name, "| Release date | … |"), if one does."""
        found = self._table_row(pos)
        return found[1].cells[0] if found is not None and found[1].cells else None

    def cell_model(self, pos: int) -> ModelMention | None:
        """The model of the table cell that holds `pos` (its row's, or its column's: see table_cells), if one does."""
        if not self.tables:
            return None
        if self._cell_starts is None:
            self._cell_starts = sorted(((cell.start, cell.end, model) for model, _, _, cell in self.table_cells()),
                                       key=lambda c: c[0])
        i = bisect.bisect_right(self._cell_starts, pos, key=lambda c: c[0])
        return self._cell_starts[i - 1][2] if i and pos < self._cell_starts[i - 1][1] else None

    def table_cells(self) -> list[tuple[ModelMention, Row, Cell, Cell]]:
        """(model, row, name, cell) for every cell after the first of every table row: in a row whose
        first cell names a model, that model and the cell's header; in a table whose header names
        models over rows of properties ("| Context | 128K | 32K |"), the column's model and the row's
        first cell; in a table of two columns, fields and their values ("| Total parameters | 141B |"), the
        model its section's heading names and the row's first cell. (The model column: the first, or one
        headed "Model"/模型 — "| Rank | Model | Score |".)"""
        if self._cells is not None:
            return self._cells
        cells: list[tuple[ModelMention, Row, Cell, Cell]] = []
        columns: dict[int, int] = {}  # the model column of each table (by its header's identity)
        last_model: dict[int, list[ModelMention]] = {}  # (each table's last row's model, and where the next row starts)
        last_end: dict[int, int] = {}
        for header, row in self.tables:
            if not row.cells:
                continue
            at = columns.get(id(header))
            if at is None:
                at = columns[id(header)] = next(
                    (i for i, head in enumerate(header) if _MODEL_HEADER.fullmatch(unemphasized(head.text))), 0)
            found = self.models_in(row.cells[at].start, row.cells[at].end) if at < len(row.cells) else []
            if not found and at < len(row.cells) and not row.cells[at].text and row.start == last_end.get(id(header)):
                found = last_model[id(header)]  # (a row that goes on from the one above: "| | | 70B | | 128k |")
            if found:
                last_model[id(header)], last_end[id(header)] = found, row.end + 1
            first = row.cells[0]
            for i, (head, cell) in enumerate(zip(header, row.cells, strict=False)):
                if i == at or (not found and i == 0):
                    continue
                if found:
                    cells.append((found[0], row, head, cell))
                elif named := self.models_in(head.start, head.end):
                    cells.append((named[0], row, first, cell))
                elif len(header) == len(row.cells) == 2 and not self.models_in(row.start, row.end) \
                        and (about := self.heading_model(row.start) or self._card_model(row.start)) is not None:
                    cells.append((about, row, first, cell))
                    self._field_rows[row.start] = about
        self._cells = cells
        return cells

    def model_before(self, pos: int, start: int) -> ModelMention | None:
        """The nearest model mention ending at or before `pos` and starting at or after `start`."""
        candidates = [m for m in self.models_in(start, pos) if m.end <= pos]
        return candidates[-1] if candidates else None

    def outside_asides(self, models: list[ModelMention], pos: int) -> list[ModelMention]:
        """`models` (before `pos`) without those in parentheses closed before `pos`, when one stands outside:
        "DeepSeek-R1，训练成本仅约560万美元（指V3），在MATH-500上得分97.3%" is R1's."""
        text = self.text
        kept = []
        for m in models:
            opening = max(text.rfind("(", max(0, m.start - _PAREN_REACH), m.start),
                          text.rfind("（", max(0, m.start - _PAREN_REACH), m.start))
            if opening == -1 or not _closed_after(text, opening, m.start) or \
                    max(text.find(")", m.end, pos), text.find("）", m.end, pos)) == -1:
                kept.append(m)
        return kept or models

    def named_before(self, pos: int, start: int) -> list[ModelMention]:
        """The models named from `start` up to `pos`, without those in an aside closed before `pos` (outside_asides)."""
        return self.outside_asides([m for m in self.models_in(start, pos) if m.end <= pos], pos)

    def apposed_head(self, start: int, end: int, sent_start: int) -> ModelMention | None:
        """The model right before a comma and the apposition that opens its clause at `start` and names no model
        up to `end`: "Codestral, Mistral's first code model (22B), came out on …" is about Codestral."""
        if start <= sent_start or self.models_in(start, end) \
                or (_APPOSITION_OPENS.match(self.text, start) is None
                    and _MAKER_ASIDE_OPENS.match(self.text, start) is None):
            return None
        lead = self.clause(start - 1)[0]
        head = self.model_before(start, lead)
        # (not the object of the clause the sentence is led by: "Like GPT-5, the model was released …" is not GPT-5's)
        return head if head is not None and _COMMA_ONLY.fullmatch(self.text, head.end, start) \
            and (lead != sent_start or _BUILT_FROM_LEAD.match(self.text, lead) is None) else None

    def relative_owner(self, models: list[ModelMention], pos: int) -> ModelMention | None:
        """The last of `models` (those before `pos`) when a relative clause opens after it and `pos` is inside
        that clause: "outperforming Llama 3.1 70B, which scores 83.6 on MMLU" is Llama's, compared or not."""
        if not models:
            return None
        last = models[-1]
        rel = RELATIVE_CLAUSE.match(self.text, last.end, pos)
        return last if rel is not None and self.clause(pos)[0] <= rel.start() + 1 else None

    def owner_before(self, pos: int, start: int) -> ModelMention | None:
        """model_before, passing over a model that a comparison or a kin takes as its object when a comma
        stands between it and `pos`: "Foo-4-Scout, the smaller sibling of Foo-4-Maverick, has 109B
        parameters" is Scout's ("more parameters than GPT-3's 175B" stays GPT-3's). In a sentence led by what its
        model was built from, the model its pronoun stands for: "Built on Foo-3, it has 24B parameters" is not
        Foo-3's."""
        if self._built_from_lead(start, pos):
            return self.referent(start)
        # (not the family one belongs to: "It belongs to the Phi-4 family and supports a 128K context"; nor a model
        # named as a class's measure: "Foo-2达到GPT-4水平，参数仅7B", "a GPT-4-class model")
        text = self.text
        models = [m for m in self.named_before(pos, start)
                  if not text.startswith(_CLASS_OF_NAME, m.end) and not self._family_of(m, start)]
        if (relative := self.relative_owner(models, pos)) is not None:
            return relative
        if len(models) > 1 and _LISTED_WITH.fullmatch(text, models[-2].end, models[-1].start) \
                and (said := _FORMER_OR_LATTER.search(text, models[-1].end, pos)) is not None \
                and said.group("former") is not None:
            return models[-2]  # ("gpt-oss-120b与gpt-oss-20b，前者参数量约1170亿")
        while models and (max(text.find(",", models[-1].end, pos), text.find("，", models[-1].end, pos)) != -1
                          or match_at(_COORDINATED, text, models[-1].end) is not None
                          or _same_as(text, start, models[-1], pos)) \
                and _IN_APPOSITION.fullmatch(text, models[-1].end, pos) is None:
            # (the objects listed together: "超过GPT-4o和Claude 3.5 Sonnet，上下文窗口…" passes over both, and with no
            # subject before them leaves the sentence's to the one before; or a verb joined to the subject's after
            # them: "Foo-2 beats Foo-1 and has 70B parameters", "超越了Foo-1并支持128K上下文")
            first = len(models) - 1
            while first > 0 and _LISTED_WITH.fullmatch(text, models[first - 1].end, models[first].start):
                first -= 1
            if not object_of(text, max(models[first - 1].end if first else start, models[first].start - OBJECT_REACH),
                             models[first].start) or text.startswith(_EXAMPLE_AFTER, models[first].end):
                break
            del models[first:]
        return models[-1] if models else None

    def figure_of(self, start: int, end: int, measure: regex.Pattern[str] | None) -> ModelMention | None:
        """The model a figure at [start, end) that opens its line is said of, after a colon or a dash, in its
        possessive before the `measure` it gives ("- 256K: Kimi K2 Thinking's context window", a newsletter's
        numbers; a caller that knows where its measure stands passes None)."""
        text = self.text
        if text[start - 1 : start] not in ("", "\n", " ", "\t", "*") \
                or _FIELD_LEAD.fullmatch(text, self.line_start(start), start) is None \
                or (sep := match_at(_FIGURE_LABEL_SEP, text, end)) is None:  # (the character before first: most fail)
            return None
        model = self.model_at(sep.end())
        if model is None or not text.startswith(("'s ", "’s "), model.end):
            return None
        return model if measure is None or match_at(measure, text, model.end + 3) is not None else None

    def named_for(self, end: int) -> ModelMention | None:
        """The model alone in parentheses right after a figure ending at `end`, which it is given for: "Context
        length: 200K (Orion-14B-LongChat)" under the card of Orion-14B-Chat."""
        text = self.text
        reach = end + _FIGURE_PAREN_REACH
        if text.find("(", end, reach) == -1 and text.find("（", end, reach) == -1:
            return None  # (found in C first: most figures have none after them)
        if (opening := match_at(_PAREN_AFTER_FIGURE, text, end)) is None or (model := self.model_at(opening.end())) \
                is None or match_at(_PAREN_CLOSE, text, model.end) is None:
            return None
        return model

    def subject_before(self, pos: int, start: int) -> ModelMention | None:
        """The nearest model mention between `start` and `pos` that no comparison takes as its object
        ("…released Foo-2, which it says outperforms Bar on GPQA. The model has …" is about Foo-2), nor one named in
        its possessive after another ("Foo-2 costs a third of Bar-1's price. It keeps …": the other's)."""
        models = [m for m in self.models_in(start, pos) if m.end <= pos]
        kept = self.not_offered(self.not_counted_from(self.not_compared(models, start), start), start)
        text = self.text
        kept = [m for i, m in enumerate(kept) if i == 0 or not text.startswith(("'s ", "’s "), m.end)]
        return self.relative_owner(models, pos) or (kept[-1] if kept else None)

    def listed_family(self, models: list[ModelMention], start: int) -> list[ModelMention]:
        """`models` (named from `start` on), or the family model they are all variants of, listed by their words alone
        after it ("OpenAI shipped GPT-5.2. Three flavors: Instant, Thinking, Pro. It posts 80.0%": a pronoun after the
        list stands for GPT-5.2, not Pro)."""
        written = [self.text[m.start : m.end] for m in models]
        if not models or any(word not in VARIANT_SET for word in written):
            return models
        family = next((f for f in reversed(self.models_in(start, models[0].start))
                       if all(m.canonical == f"{f.canonical} {word}" for m, word in zip(models, written, strict=True))),
                      None)
        return [family] if family is not None else models

    def not_offered(self, models: list[ModelMention], start: int) -> list[ModelMention]:
        """`models` (from `start` on) without those named as where a model is offered ("available in ChatGPT", "the
        Gemini API") or as the family it belongs to ("in its Gemini 3 family")."""
        text = self.text
        return [m for m in models if _OFFERED_IN.search(text, max(start, m.start - 24), m.start) is None
                and CHANNEL_AFTER.match(text, m.end) is None and not self._family_of(m, start)]

    def _family_of(self, model: ModelMention, start: int) -> bool:
        """Whether `model` (after `start`) is named as the family another belongs to ("in its Gemini 3 family"), as
        the one whose largest or newest it is ("Qwen3-Max, Qwen's largest model to date", "这是通义千问迄今为止
        规模最大的模型"), or as the one another is a version of ("the latest version of Kimi K2", "是Bar-2的升级版")."""
        text = self.text
        return (_FAMILY_AFTER.match(text, model.end) is not None
                and _MEMBER_OF.search(text, max(start, model.start - 12), model.start) is not None) \
            or (_FAMILY_AFTER_ZH.match(text, model.end) is not None
                and _MEMBER_OF_ZH.search(text, max(start, model.start - 16), model.start) is not None) \
            or (text[model.end : model.end + 1] in ("'", "’", "迄", "目", "史", "规", "最", "首", "能")
                and _ITS_FINEST.match(text, model.end) is not None) \
            or (((text.endswith(_VERSION_OF_WORDS, start, model.start)
                  and _VERSION_OF.search(text, max(start, model.start - 24), model.start) is not None)
                 or (text[model.end : model.end + 2].lstrip(" \t")[:1] == "的"
                     and _VERSION_AFTER_ZH.match(text, model.end) is not None
                     and _MEMBER_OF_ZH.search(text, max(start, model.start - 16), model.start) is not None))
                and bool(self.models_in(start, model.start)))

    def not_counted_from(self, named: list[Mention], start: int) -> list[Mention]:
        """`named` models or companies (from `start` on) without those a span of time is counted from ("two months
        after B arrived", "one day after Meta's Llama 3.1")."""
        return [m for m in named if _COUNTED_FROM_BEFORE.search(self.text, max(start, m.start - 24), m.start) is None]

    def _built_from_lead(self, sent_start: int, pos: int) -> bool:
        """Whether the sentence at `sent_start` opens with a clause on what its model was built from and a pronoun
        after it is the subject of what stands at `pos`, no model named between them (owner_before)."""
        text = self.text
        if _BUILT_FROM_LEAD.match(text, sent_start) is None:
            return False
        pronoun = _LAST_LEAD_PRONOUN.search(text, sent_start, pos)
        return pronoun is not None and not self.models_in(pronoun.end(), pos)

    def _of_no_one(self, sent_start: int) -> bool:
        """Whether the sentence at `sent_start` states a norm or speaks of a class of models (read once a sentence:
        its figures ask one by one)."""
        found = self._no_one.get(sent_start)
        if found is None:
            found = self._no_one[sent_start] = self._states_norm(sent_start) \
                or _CLASS_SUBJECT.match(self.text, sent_start) is not None
        return found

    def _states_norm(self, sent_start: int) -> bool:
        """Whether the sentence at `sent_start` says what it names has become the norm ("…已成为开源旗舰的标配",
        "128K context is now table stakes"): a claim about the field, of no one model."""
        end = self.sentence(sent_start)[1]
        return contains_any(self.text, _NORM_WORDS, sent_start, end) \
            and _NORM.search(self.text, sent_start, end) is not None

    def opens_with_figure(self, sent_start: int) -> bool:
        """Whether the sentence at `sent_start` opens with a figure ("128K context, 16K output.", "82% on MMLU, …"):
        without a subject of its own, it is about the model of the sentence before, as a pronoun's is."""
        return _FIGURE_OPENS.match(self.text, sent_start) is not None

    def any_not_compared(self, models: list[ModelMention], start: int) -> bool:
        """Whether not_compared(models, start) keeps any (stops at the first it keeps: most are)."""
        listed_after = -1
        for m in models:
            if not self._taken(m, max(start, listed_after), listed_after):
                return True
            listed_after = m.end
        return False

    def not_compared(self, models: list[ModelMention], start: int) -> list[ModelMention]:
        """`models` (named from `start` on, in order) without those a comparison's verb takes as its
        object, nor those listed after one ("outperforms A and B", "超越A、B"): "X beats A and B on MMLU
        with 88.1" is X's score, "X超越A，在MMLU上得分88.1%" too."""
        kept: list[ModelMention] = []
        listed_after = -1  # (the end of the last object, while a list of objects may go on)
        last_end = start  # (of the last model, kept or taken: an object's verb is after it, "超越A的B" is B's own)
        for m in models:
            if listed_after >= 0 and self._lead_ended(listed_after, m, start):
                listed_after = -1  # ("Built on Bar-1, Foo-2 scored …": the comma ends the lead, no list's)
            taken = self._taken(m, max(start, last_end), listed_after)
            last_end = m.end
            if taken:
                # (no list goes on after what a first is counted since: "its first open models since GPT-2, A and B,
                # on August 5" names A and B in apposition)
                listed_after = -1 if self.text.endswith("since ", 0, m.start) else m.end
            else:
                kept.append(m)
                listed_after = -1
        return kept

    def _lead_ended(self, listed_after: int, m: ModelMention, start: int) -> bool:
        """Whether the comma alone between a leading clause's object (ending at `listed_after`) and `m` ends the
        clause, the sentence at `start` led so: no list goes on after `m` ("Compared with A, B and C, Foo-2 …" is a
        list). (The cheap tests first: most objects are no lead's.)"""
        text = self.text
        return text.find(",", listed_after, m.start) != -1 \
            and _LEAD_COMMA.fullmatch(text, listed_after, m.start) is not None \
            and _LIST_GOES_ON.match(text, m.end) is None and _BUILT_FROM_LEAD.match(text, start) is not None

    def _taken(self, m: ModelMention, left: int, listed_after: int) -> bool:
        """Whether a comparison's verb after `left` takes `m` as its object, or `m` is listed right after one
        (which ended at `listed_after`, else -1)."""
        if self.text.startswith(_EXAMPLE_AFTER, m.end):
            return False  # (the example a sentence goes on about is its topic: "以Kimi K2为例，其总参数1万亿")
        return object_of(self.text, max(left, m.start - OBJECT_REACH), m.start) \
            or (listed_after >= 0 and _LISTED_OBJECT.fullmatch(self.text, listed_after, m.start) is not None) \
            or (self.rival_words and _RIVAL_BEFORE.search(self.text, max(left, m.start - 12), m.start) is not None)

    def model_next_to(self, pos: int, start: int) -> ModelMention | None:
        """The model mention (from `start`) that ends at `pos` or one character before it: what a
        parenthesis at `pos` is about ("Qwen3-Max（万亿参数闭源）", "Bar-13B (54.8 on MMLU)"), past a word for its
        family's models ("Llama 3.1 models (8B, 70B and 405B)")."""
        if (kind := _FAMILY_WORD_BEFORE.search(self.text, max(start, pos - 10), pos)) is not None:
            pos = kind.start()
        before = self.model_before(pos, start)
        return before if before is not None and before.end >= pos - 1 else None

    def group_before(self, pos: int, start: int, joined: regex.Pattern[str] = _LISTED_WITH) -> list[ModelMention]:
        """The nearest model mention before `pos` (from `start`) with those listed with it: "A、B和C",
        "A, B and C" (for a sentence that says the models share a value, or give theirs in order)."""
        return self.last_listed([m for m in self.models_in(start, pos) if m.end <= pos], joined)

    def last_listed(self, models: list[ModelMention], joined: regex.Pattern[str] = _LISTED_WITH
                    ) -> list[ModelMention]:
        """The last of `models` (in text order) with those right before it that `joined` separates."""
        group = models[-1:]
        for prev in reversed(models[:-1]):
            if not joined.fullmatch(self.text, prev.end, group[0].start):
                break
            group.insert(0, prev)
        return group

    def _last_group(self, named: list[ModelMention], count: int) -> list[ModelMention]:
        """The last group of `count` models of `named` listed together (last_listed), else none."""
        for i in range(len(named) - 1, -1, -1):
            group = self.last_listed(named[: i + 1])
            if len(group) > 1 and len({m.canonical for m in group}) == count:
                return group
        return []

    def _counted_group(self, sent_start: int, start: int, count: int) -> list[ModelMention]:
        """The last group of `count` models that a count of them introduced between `start` and `sent_start` ("发布了
        两个新模型：A 和 B", "two new models: A and B"), else none."""
        if not contains_any(self.text, _COUNTED_COLONS, start, sent_start):
            return []  # (its colon found in C first: few texts have one)
        for lead in reversed(list(_COUNTED_GROUP.finditer(self.text, start, sent_start))):
            word = lead.group("n")
            if (cn_to_int(word) if word[0] in _CN_COUNTS else EN_NUMBER_WORDS.get(word.lower())) != count:
                continue
            listed = self.models_in(lead.end(), sent_start)
            if listed and listed[0].start == lead.end():
                group = self.last_listed(listed[:count])
                if len({m.canonical for m in group}) == count and group[0] is listed[0]:
                    return group
        return []

    def _group_counted_after(self, sent_start: int, start: int, count: int) -> list[ModelMention]:
        """The last group of `count` models between `start` and `sent_start` that a count after it counts ("A 正式版和
        B 两款模型"), else none."""
        for lead in reversed(list(_COUNT_AFTER_LIST.finditer(self.text, start, sent_start))):
            # (a model right before the count first, found by bisection: most counts follow none)
            near = self.models_in(max(start, lead.start() - _NAME_BEFORE_COUNT), lead.start())
            if not near or not _BEFORE_COUNT.fullmatch(self.text, near[-1].end, lead.start()) \
                    or cn_to_int(lead.group("n")) != count:
                continue
            group = self.last_listed(self.models_in(max(start, lead.start() - _PARAGRAPH_REACH // 4), lead.start()),
                                     _LISTED_EDITIONS)
            if len({m.canonical for m in group}) == count:
                return group
        return []

    def models_together(self, pos: int, sent_start: int) -> list[ModelMention]:
        """The models named before the sentence at `sent_start` in its paragraph, when the words at
        `pos` speak of them together (_TOGETHER), and as many as the words say."""
        together = _TOGETHER.match(self.text, pos, pos + 32)
        if together is None or sent_start == 0:
            return []
        # (bounded: a line of many sentences, a PDF's or a page's text on one line, was read from its start for each)
        before = max(self.line_start(self.previous_sentence(sent_start)), sent_start - 2 * _PARAGRAPH_REACH)
        # (not the models a comparison took as its object: "Opus outperforms GPT-4 …. All three models …")
        models = list({m.canonical: m for m in self.not_compared(self.models_in(before, sent_start), before)}.values())
        word = together.group("n") or together.group("all")
        count = 2 if together.group("both") else cn_to_int(word) if together.group("n") else \
            EN_NUMBER_WORDS[word.lower()] if word else None
        if count is not None and "new" in together.group(0):
            # (the new ones: the last group of that many put out together, not the one a sentence between tells of,
            # "released A and B. … previously released C in February. Both new models have …")
            wider = max(0, before - _PARAGRAPH_REACH)
            if group := self._last_group(self.not_compared(self.models_in(wider, sent_start), wider), count):
                return group
        if count is not None and len(models) == count and not self._last_group(models, count) \
                and (counted := self._counted_group(sent_start, max(0, before - _PARAGRAPH_REACH,
                                                                    sent_start - 2 * _PARAGRAPH_REACH), count)):
            return counted  # (those a count named, not two the sentence before names apart: "发布两个新模型：A和B。…
            # A沿用了C的定价。两个模型的上下文长度均为128K")
        if count is None or len(models) == count:
            return models
        # (else the last group of that many listed together: "released o3 and o4-mini. o3 scores 69.1%, up from 48.9%
        # for o1. Both models have …")
        if group := self._last_group(self.not_compared(self.models_in(before, sent_start), before), count):
            return group
        # (a bounded window: one line of many sentences, "before" its start, was read again for each: quadratic)
        if counted := self._counted_group(sent_start, max(0, before - _PARAGRAPH_REACH,
                                                          sent_start - 2 * _PARAGRAPH_REACH), count):
            return counted  # ("发布了两个新模型：A 和 B。…。两个模型的上下文长度均为128K": those the count named)
        if len(models) > count and (group := self._last_group(self.not_compared(
                self.models_in(wider := max(0, before - _PARAGRAPH_REACH), sent_start), wider), count)):
            # (more there, none listed together: the last that many listed together before them, "released A and B. …
            # A scored 96.0%, compared with 94.6% for C; A is in the app today. Both models have …")
            return group
        if len(models) < count:
            # (fewer there: the last that many its paragraph named before, each in a sentence of its own, "Opus 4 scored
            # 72.5%, ahead of GPT-4.1 at 54.6%. Sonnet 4 scored 72.7%. Both models have …")
            blank = self.text.rfind("\n\n", max(0, before - _PARAGRAPH_REACH), before)
            start = blank + 2 if blank != -1 else max(0, before - _PARAGRAPH_REACH)
            earlier = {m.canonical: m for m in self.not_compared(self.models_in(start, sent_start), start)}
            if len(earlier) >= count:
                return sorted(list(earlier.values())[-count:], key=lambda m: m.start)
            # (the one model named there, a family: its members, "Foo-3, in 8B, 70B and 405B sizes. … All three models")
            family = len({m.canonical for m in self.models_in(start, sent_start)}) == 1
            if family and _SIZE_TOKEN.search(self.text, start, sent_start):
                return [*earlier.values()]
            # (else the last that many a count after them counted: "发布 A 正式版和 B 两款模型。…\n\n…B…。两款模型
            # 的上下文长度均为 128K", not B and a model a paragraph between compared A with)
            wider = max(0, before - _PARAGRAPH_REACH)
            # (bounded: one line of many sentences, "before" its start, was scanned again for each, quadratic)
            if group := self._group_counted_after(sent_start, max(wider, sent_start - _PARAGRAPH_REACH), count):
                return group
            # (else the last that many of the paragraphs before: "A总参数3550亿，B总参数1060亿。\n\nA在SWE-bench上取得
            # 64.2分。\n\n两款模型均支持128K上下文")
            # (those named last: not a title's model named before them, "# A与GPT-5对比" over "A发布…，同时推出B")
            named_before: dict[str, ModelMention] = {}
            for m in self.not_compared(self.models_in(wider, sent_start), wider):
                named_before.pop(m.canonical, None)
                named_before[m.canonical] = m
            if len(named_before) >= count:
                return sorted(list(named_before.values())[-count:], key=lambda m: m.start)
            if family:
                return [*earlier.values()]
        return []

    def subjects_together(self, sent_start: int) -> list[ModelMention]:
        """models_together for the subject of the sentence at `sent_start`: it opens it, or comes right after a
        clause that leads it ("The models were released on 14 March 2025", "此外，两款模型均于…开源")."""
        if (known := self._together.get(sent_start)) is not None:
            return known  # (asked of each sentence by every extractor)
        together = self.models_together(sent_start, sent_start)
        # (past a field's key: "上下文：两款模型均支持128K上下文长度"; its colon found in C first: most sentences open
        # with none)
        if not together and (self.text.find("：", sent_start, sent_start + _LABEL_REACH) != -1
                             or self.text.find(":", sent_start, sent_start + _LABEL_REACH) != -1) \
                and (label := _key_value(self.text, sent_start)) is not None:
            together = self.models_together(label.end(), sent_start)
        after = self.after_leading_clause(sent_start) if not together else -1
        if after != -1:
            together = self.models_together(after, sent_start)
        self._together[sent_start] = together
        return together

    def after_leading_clause(self, sent_start: int) -> int:
        """Where the subject of the sentence at `sent_start` may stand after a short clause that leads it
        ("With 24 billion parameters, it …", "Founded in 2021, the company …", "据悉，该模型…"), or -1.
        (Its comma found in C.)"""
        text = self.text
        comma = text.find(",", sent_start, sent_start + 41)
        while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
            comma = text.find(",", comma + 1, sent_start + 41)  # (a number's thousands: "of 400,000 tokens, A …")
        commas = [c for c in (comma, text.find("，", sent_start, sent_start + 41)) if c > sent_start]
        if not commas:
            return -1
        after = min(commas) + 1
        while text[after : after + 1] == " ":
            after += 1
        return after

    def model_after_lead(self, sent_start: int) -> ModelMention | None:
        """The model that stands right after the short clause leading the sentence at `sent_start` ("With 175 billion
        parameters, GPT-3 …", "凭借128K的上下文窗口，A…"), else None."""
        subject = self.after_leading_clause(sent_start)
        heads = self.models_in(subject, subject + 1) if subject != -1 else []
        return heads[0] if heads and heads[0].start == subject else None

    def possessed_under_pronoun(self, model: ModelMention, sent_start: int) -> bool:
        """Whether `model` is named in its possessive in the sentence at `sent_start`, which a pronoun opens: "It
        keeps K2's 1T parameters" is about what the pronoun stands for, and so is a pronoun in the next sentence."""
        return self.text.startswith(("'s ", "’s "), model.end) and self.opens_with_pronoun(sent_start)

    def opens_with_pronoun(self, sent_start: int) -> bool:
        """Whether a pronoun is the subject of the sentence at `sent_start`: it opens it, or comes right
        after a clause that leads it."""
        text = self.text
        if SUBJECT_PRONOUN.match(text, sent_start, sent_start + 64):
            return True
        after = self.after_leading_clause(sent_start)
        # (a pronoun's first character tested first: most sentences have none there)
        return after != -1 and text[after : after + 1] in _PRONOUN_FIRST \
            and SUBJECT_PRONOUN.match(text, after, after + 64) is not None

    def pronoun_model(self, sent_start: int) -> ModelMention | None:
        """The model before a sentence that a pronoun opens ("It was released on …"), else None."""
        return self._referred(sent_start, True) if self.opens_with_pronoun(sent_start) else None

    def referent(self, sent_start: int) -> ModelMention | None:
        """The model a pronoun in the sentence at `sent_start` stands for, wherever it stands in it ("xAI launched it
        on February 17"): as for a pronoun that opens it."""
        return self._referred(sent_start, True)

    def referred_model(self, sent_start: int) -> ModelMention | None:
        """ "…released Foo-2. It has 141B parameters": a sentence opened by a pronoun subject is
        about the last model of the sentence before; one that goes on after a semicolon without a
        model of its own ("GPT-4o: released May 13, 2024; 128K context window") about the first
        model of the part before it."""
        return self._referred(sent_start, None)

    def _referred(self, sent_start: int, pronoun: bool | None, hops: int = 0) -> ModelMention | None:
        """referred_model; `pronoun`: whether a pronoun opens the sentence, when the caller knows (`hops`: how many
        runs of parts back it was asked from)."""
        if sent_start == 0:
            return None
        opens = self.opens_with_pronoun(sent_start) if pronoun is None else pronoun
        line_start = self.line_start(sent_start)
        # (an answer's subject is what its question asked of: "问：参数量呢？" over "答：和V3.1一样，总参数…")
        if _answer_line(self.text, line_start) and (asked := self._asked_model(line_start)) is not None:
            return asked
        model = self._referred_from(sent_start, opens, hops)
        # (what a sentence calls the field's norm is no model's: "256K上下文已成为开源旗舰的标配"; nor what it says of a
        # class of models: "开源模型普遍支持128K上下文", "Most frontier models now offer 128K"; asked only of a sentence
        # that would have one)
        return None if model is not None and not opens and self._of_no_one(sent_start) else model

    def _referred_from(self, sent_start: int, opens: bool, hops: int = 0) -> ModelMention | None:
        """_referred, past its first tests; `opens`: whether a pronoun opens the sentence."""
        if self.text[sent_start - 1] in ";；":  # (over parts without a model: "405B parameters; 128K context")
            parts = self.parts_before(sent_start)
            found = (self.models_in(start, end) for start, end in parts)
            part = next((models for models in found if models), None)
            # (the last of the part's models for "the latter": "A and B; the latter has 21B parameters")
            model = None if part is None else part[-1] if opens and _OPENS_LATTER.match(self.text, sent_start) \
                else part[0]
            if model is None and not opens:
                # (no part names one: whom the sentence's first part is about, "671B total / 37B active; 128K
                # context." under "## 2. DeepSeek-V3.2")
                # (a few runs of parts back at most: a line of a thousand parts had recursed past Python's limit, and
                # each of its dates asked back to its start)
                return self._referred(parts[-1][0], None, hops + 1) \
                    if parts[-1][0] < sent_start and hops < _MOST_PART_HOPS else None
            if model is not None or not opens:
                return model
        elif not opens and not self.opens_with_figure(sent_start):
            return self.member_since(self.subject_model(sent_start) or self._section_model(sent_start), sent_start)
        elif not opens and (label := _FIGURE_LABEL.match(self.text, sent_start)) is not None \
                and (labelled := self.model_at(label.end())) is not None:
            return labelled  # (figures that label the model after their colon: a slide's "- 117B / 5.1B active: Foo-2")
        sized = self.sized_referent(sent_start)
        if sized is not None:
            return sized
        if opens and _OPENS_SERIES.match(self.text, sent_start) is not None:
            previous = self.previous_sentence(sent_start)
            series = [m for m in self.models_in(previous, sent_start) if _SERIES_AFTER.match(self.text, m.end)]
            if series:
                return series[-1]
        if opens and _OPENS_FORMER.match(self.text, sent_start) is not None:  # ("A and B came out. The former has …")
            # (the last two listed together, past a model an aside names after them: "发布A和B两款模型，这是自C以来…。
            # 前者…")
            listed = self.named_before(sent_start, self.previous_sentence(sent_start))
            pair = next((k for k in range(len(listed) - 1, 0, -1)
                         if _LISTED_WITH.fullmatch(self.text, listed[k - 1].end, listed[k].start)), None)
            if pair is not None:
                return listed[pair - 1]
        # (back over sentences that a pronoun or a figure opens too: "Foo-2 came out. It scores 84%. The model ships
        # with …", a list's "- 支持32K上下文。" over "- Offers a 200K context window"; and over one in its paragraph
        # that names no model nor company: "Testers report big gains; it scores 81.2")
        start = sent_start
        passed = False
        new_one = opens and self.opens_new(sent_start)
        for _ in range(_PRONOUN_RUN):
            previous = self.previous_sentence(sent_start)
            model = self.subject_before(sent_start, previous)
            if model is not None and self.text[model.start : model.end] in VARIANT_SET:
                model = self.listed_family([model], self.previous_sentence(previous))[0]
            if model is not None and (against := self.models_in(previous, model.start)) \
                    and VERSUS_JOIN.fullmatch(self.text, against[-1].end, model.start) is not None:
                return None  # (two models set against each other: "Foo-3 vs Bar-2:" over "- 71.2 on LiveCodeBench" is
                # either's)
            if model is not None and new_one and previous < sent_start and self.looks_back(previous, model.start):
                sent_start = previous  # (over a look back to an older one)
                continue
            if model is not None and (self.possessed_under_pronoun(model, previous) or (
                    self.opens_with_pronoun(previous) and (not self.any_not_compared([model], previous)
                                                           or self.text.endswith(" of ", 0, model.start)))):
                model = None  # (nor the object of a comparison there: "It uses the same base as V3. It hit 79.8%"; nor
                # of a preposition, "The model trains at 10% of the cost of Qwen3-32B. The Thinking variant scores …")
            if model is not None and previous < sent_start and _COMPARISON_LEAD.match(self.text, previous) is not None:
                sent_start = previous  # (over a sentence a comparison leads: its model is set beside the topic)
                continue
            if model is not None or previous >= sent_start:
                break
            if not self.opens_with_pronoun(previous) and not self.opens_with_figure(previous):
                if passed or self.models_in(previous, sent_start) or self.orgs_in(previous, sent_start) \
                        or self.text.find("\n", previous, sent_start) != -1:
                    break
                passed = True
            sent_start = previous
        # (none before it: the model its line is about, "A: It has 671 billion parameters" in a Q&A about DeepSeek-R1;
        # else the one its heading names, "It comes in 1B, 4B, 12B and 27B sizes." under "# Gemma 3 FAQ")
        if model is None and (model := self.subject_model(start)) is None:
            heading, named = self.heading_above(start), self.heading_model(start)
            model = named if heading is not None and named is not None and heading[0] <= named.start else None
        elif (heading := self.heading_above(start)) is not None and (named := self.heading_model(start)) is not None \
                and heading[0] <= named.start and named.canonical != model.canonical \
                and named.canonical.startswith(model.canonical):
            model = named  # (a family named in its member's section is that member: "Qwen3's flagship" under
            # "## 3. Qwen3-235B-A22B-Thinking-2507")
        model = self.member_since(model, start)
        # (else, over a paragraph's break, the one model the text has named so far: a thread's "GPT-5 is here." over
        # "1/ It's our smartest model yet: 74.9% on SWE-bench Verified"; a post's list of figures, "✅ 32K context
        # window" under "Today we're launching Foo-7B.")
        # (or, after other models, the one the paragraph right over its list names: "Foo-3 just dropped (May 7)" over
        # "✅ Performs at 90% of Bar-2" and "✅ 128K context")
        return model if model is not None or not (opens or self.opens_with_figure(start)) \
            else self.sole_model_before(start) or self._list_lead_model(start)

    def opens_new(self, sent_start: int) -> bool:
        """Whether the sentence at `sent_start` opens with the new model ("新版模型", "The new model")."""
        return _OPENS_NEW.match(self.text, sent_start) is not None

    def looks_back(self, start: int, end: int) -> bool:
        """Whether text[start:end] looks back to an earlier model ("去年4月，Acme曾发布Foo-2", "previously")."""
        return _LOOKS_BACK.search(self.text, start, end) is not None

    def _list_lead_model(self, pos: int) -> ModelMention | None:
        """The one model (no comparison's object) that the paragraph right over the list holding the item at `pos`
        names, when no item above it opens with a model of its own."""
        text, starts = self.text, self.line_starts
        line_start = self.line_start(pos)
        first = self._list_first(line_start)
        if not first:
            return None
        for k in range(first, bisect.bisect_left(starts, line_start)):
            head = _FIELD_LEAD.match(text, starts[k])
            if head is not None and self.model_at(head.end()) is not None:
                return None  # ("✅ Bar-2 also launched" over "✅ 128K context": whose, unsaid)
        j = first - 1
        if j and not text[starts[j] : starts[first]].strip():
            j -= 1  # (one blank line between the lead and its list)
        lead_end = starts[j + 1] - 1
        while j and text[starts[j - 1] : starts[j]].strip() and not _LIST_ITEM_MARK.match(text, starts[j - 1]):
            j -= 1
        if not text[starts[j] : lead_end].strip() or _LIST_ITEM_MARK.match(text, starts[j]):
            return None
        return _the_one(self.not_compared(self.models_in(starts[j], lead_end), starts[j]))

    def member_since(self, model: ModelMention | None, start: int) -> ModelMention | None:
        """`model`, or the one member of its family named since it, before `start`, when the family is not named again
        itself: a family a title names ("The Kimi moment") is the member the text goes on about ("So Kimi K2 Thinking
        dropped last week"; "Guest: 256K."), not in a text that names the family and a variant ("Foo-3 was released
        …", "A smaller Foo-3-Lite has 8B")."""
        if model is None or model.end > start:
            return model
        members: dict[str, ModelMention] = {}
        for m in self.models_in(max(model.end, start - _SOLE_REACH), start):
            if m.text == model.text:
                return model
            if m.text.startswith(model.text) and m.text[len(model.text) : len(model.text) + 1] in (" ", "-"):
                members[m.canonical] = m
        return next(iter(members.values())) if len(members) == 1 else model

    def sole_model_before(self, pos: int) -> ModelMention | None:
        """The last model named in the _SOLE_REACH characters before `pos`, when every name there is of that model."""
        return self.sole_model_in(max(0, pos - _SOLE_REACH), pos)

    def variant_told(self, start: int, pos: int) -> bool:
        """Whether a variant left unnamed is the subject of the clause or the aside (from `start` on) that tells of the
        figure at `pos`: "Foo-4 has 4K (the LongChat variant supports 320K)", "its long-context version supports 1M"
        tell of another model than the one named."""
        text = self.text
        if not contains_any(text, _VARIANT_WORDS, start, pos):
            return False  # (looked for in C first: few sentences have one)
        start = max(start, *(text.rfind(mark, start, pos) for mark in "(（)）,，"))
        return _VARIANT_SUBJECT.search(text, start, pos) is not None

    def labelled_model(self, sent_start: int) -> ModelMention | None:
        """The model a sentence that is a label of a figure, its subject left out, is about ("GPT-5 is here." over
        "Context: 400K tokens", "Meta released Llama 4 Maverick today. Parameters: 400B total"): the one model the
        sentence before on its line names; on a line of its own, the one the text has named so far."""
        previous = self.previous_sentence(sent_start)
        if self.text.find("\n", previous, sent_start) != -1:
            return self.sole_model_before(sent_start)
        return self.sole_model_in(previous, sent_start)

    def sole_model_in(self, start: int, end: int) -> ModelMention | None:
        """The last model named from `start` to `end`, when every name there is of that model."""
        named = self.models_in(start, end)
        last = named[-1] if named else None
        return last if last is not None and all(m.canonical == last.canonical for m in named) else None

    def _section_model(self, sent_start: int) -> ModelMention | None:
        """The model the heading over a sentence names, when nothing from it to the sentence's end names one: "## 1.
        GPT-4o (OpenAI, May 13)" over "OpenAI's omni model … with a 128K context window." """
        heading = self.heading_above(sent_start)
        named = self.heading_model(sent_start)
        if named is not None and (heading is None or named.start > heading[1]):
            # (or a bold heading's below it: "**3. Kimi K2（7月11日）**" over "月之暗面首个…，激活参数32B")
            if not self.text.startswith("**", self.line_start(named.start)):
                return None
            line_end = self.text.find("\n", named.end)
            return named if line_end != -1 and line_end < sent_start \
                and not self.models_in(line_end, self.sentence(sent_start)[1]) else None
        if heading is None or self.models_in(heading[1], self.sentence(sent_start)[1]):
            return None  # (nor a sentence that names one itself: "Sizes are 1B and 3B, unlike Foo-3.")
        return self.heading_names(sent_start)

    def heading_names(self, pos: int) -> ModelMention | None:
        """The model the nearest markdown heading above `pos` names, if it names one."""
        heading, named = self.heading_above(pos), self.heading_model(pos)
        return named if heading is not None and named is not None and heading[0] <= named.start < heading[1] else None

    def sized_referent(self, sent_start: int) -> ModelMention | None:
        """ "Meta says the 405B model is …": the last model named before the sentence at `sent_start` (within
        _SIZED_REACH characters) whose name carries the size the sentence's subject gives, else None."""
        text = self.text
        if text.find("model", sent_start, sent_start + 64) == -1:  # (found in C: most sentences have no such subject)
            return self._ranked_referent(sent_start) if text.find(" one", sent_start, sent_start + 24) != -1 else None
        if (ranked := self._ranked_referent(sent_start)) is not None:
            return ranked
        subject = _SIZED_SUBJECT.search(text, sent_start, min(len(text), sent_start + 64))
        if subject is None:
            return None
        size = subject.group(1)
        named = self.models_in(max(0, sent_start - _SIZED_REACH), sent_start)
        for model in reversed(named):
            if size in _SIZE_TOKEN.findall(model.canonical):
                return model
        # (none of that size by name: the family a sized member of it was named of, "Foo-2 comes in 7B and 72B.
        # Foo-2-72B scores 74.2 … The smaller 7B model reaches 62.5" is Foo-2's, not Foo-2-72B's)
        return next((model for model in reversed(named) if not _SIZE_TOKEN.search(model.canonical)
                     and any(other.canonical.startswith(model.canonical) and _SIZE_TOKEN.search(other.canonical)
                             for other in named)), None)

    def _ranked_referent(self, sent_start: int) -> ModelMention | None:
        """ "… released gpt-oss-120b and gpt-oss-20b. The larger model has 117 billion parameters": of the models the
        sentence before names, each with its size in its name, the largest (or the smallest) one."""
        ranked = _RANKED_SUBJECT.match(self.text, sent_start)
        if ranked is None:
            return None
        end, named = sent_start, []
        for _ in range(3):  # (back over sentences that name none: "The larger model has …. The smaller one has …")
            start = self.previous_sentence(end)
            if start >= end:
                break
            named = self.named_before(end, start)
            if named:
                break
            end = start
        sized: dict[str, tuple[float, ModelMention]] = {}
        for model in named:
            sizes = _SIZE_TOKEN.findall(model.canonical)
            if len(sizes) != 1:
                continue  # (one compared with, "since GPT-2", or one whose size its name does not give)
            value = float(sizes[0][:-1]) * (1000 if sizes[0][-1] in "Bb" else 1)
            sized.setdefault(model.canonical, (value, model))
        if len(sized) < 2:
            return None
        pick = max if ranked.group(1)[0] in "lb" else min
        return pick(sized.values(), key=lambda item: item[0])[1]

    def line_start(self, pos: int) -> int:
        """Start of the line holding `pos`."""
        return self.line_starts[bisect.bisect_right(self.line_starts, pos) - 1]

    def quote_start(self, start: int, pos: int) -> int:
        """Where the quote of a fact at `pos` starts: at `start` (its model), unless that lies on an
        earlier line (a heading, the line before), where the quote starts with `pos`'s own sentence."""
        line_start = self.line_start(pos)
        return start if start >= line_start else max(line_start, self.sentence(pos)[0])

    def subject_model(self, pos: int) -> ModelMention | None:
        """The model a line is about when it does not name one where `pos` stands: the model that
        heads the line (past its colon), or for a line that gives one property, the model its
        section's heading names. (Read once a line: several dates and counts ask about one line.)"""
        line_start = self.line_start(pos)
        found = self._subjects.get(line_start)
        if found is None:
            found = self._subjects[line_start] = self._line_subject(line_start)
        model, after = found
        return model if after <= pos else None

    def _line_subject(self, line_start: int) -> tuple[ModelMention | None, int]:
        """(the model a line is about, where what is about it starts): for an item nested under another that names
        none of its own, the model its parent names ("- Llama 4 Maverick (Meta, Apr 5 2025)" over "  - 1M context"),
        not its list's first item's nor its lead's."""
        found = self._own_subject(line_start)
        if (found[0] is None or found[0].start < line_start) and self.text[line_start : line_start + 1] in " \t" \
                and (parent := self._parent_model(line_start)) is not None:
            return parent, 0
        return found

    def _parent_model(self, line_start: int) -> ModelMention | None:
        """The one model the line an item is nested under names (the nearest line before it, past its siblings,
        that is indented less), with no blank line between them and at most _FIELD_RUN lines."""
        text, starts = self.text, self.line_starts
        nested = _NESTED_ITEM.match(text, line_start)
        if nested is None:
            return None
        width = len(nested.group(1).expandtabs(4))
        i = bisect.bisect_left(starts, line_start)
        for j in range(i - 1, max(-1, i - 1 - _FIELD_RUN), -1):
            start, end = starts[j], starts[j + 1] - 1
            line = text[start:end].expandtabs(4)
            if not line.strip():
                return None
            if len(line) - len(line.lstrip(" ")) < width:
                named = self.not_compared(self.models_in(start, end), start)
                return _the_one(named)
        return None

    def _own_subject(self, line_start: int) -> tuple[ModelMention | None, int]:
        """_line_subject, from the line itself, its list's lead or first item, its record or its heading."""
        text = self.text
        if text.startswith("|", line_start) and self.tables:  # ("| Release date | April 17, 2024 |")
            self.table_cells()  # (fills _field_rows)
            about = self._field_rows.get(line_start)
            if about is not None:
                return about, 0
        if (run_in := self._run_in_head(line_start)) is not None:
            return run_in
        colon = text.find(":", line_start, line_start + 96) != -1  # (found in C: most lines have none)
        if not colon and bold_question_above(text, line_start) is not None \
                and (asked := self._asked_model(line_start)) is not None:
            return asked, line_start  # (an answer under a question in bold: all of its line)
        if not colon and _answer_line(text, line_start) and (asked := self._asked_model(line_start)):
            return asked, line_start  # (an answer labelled with a point: "A. 405 billion parameters." under "Q. …")
        if not colon:
            # (both are headed by a colon: most lines are neither, found so in C; a list's item without one is about
            # its lead's model: "- Long-context support up to 128K tokens" under "Qwen2.5 brings the following
            # improvements upon Qwen2:")
            first = self._list_first(line_start)
            return (self._lead_model(first, listing=True) if first is not None else None), 0
        head = self.line_head(line_start)
        if head is not None:
            return head
        asked = self._asked_model(line_start)
        if asked is not None:
            return asked, line_start  # (all of the answer's line)
        key = _key_value(text, line_start)
        if key is None or self.models_in(line_start, key.end()):
            return None, 0  # (nor a line whose key names a model: "Bar-2发布。上下文：128K" is Bar-2's)
        named = self._name_field_model(line_start)
        if named is not None:
            return named, 0
        first = self._list_first(line_start)
        lead = None if first is None else self._lead_model(first) or self._first_item_model(first, line_start)
        # (an answer whose question names none is no record's field: "A: Foo-3 came out last month." over "A: Yes.
        # We'll open-source a model early next year.")
        answer = _answer_line(text, line_start)
        if lead is None and not answer and (record := self.record_head(line_start, keyed=True)) is not None:
            return record[0], 0
        heading = self.heading_model(line_start)
        if heading is None and lead is None and _MODEL_KEY.search(text, line_start, key.end()) is not None:
            heading = self._one_family_model(line_start)
        # (a lead that names the heading's model less fully, "the 7B Qwen2.5 model" under "# Qwen2.5-7B-Instruct",
        # means the heading's)
        if lead is None or (heading is not None and heading.canonical.startswith(lead.canonical)):
            return heading, 0
        return lead, 0

    def _one_family_model(self, line_start: int) -> ModelMention | None:
        """The model a section whose heading names none is about, for its fields that say they are the model's: the
        first one named since the heading (or the text's start), when every model named there is it or one of its
        own, as a model card's ("The Llama 4 collection of models …", a table of Llama 4 Scout and Llama 4 Maverick,
        then "**Model Release Date:** April 5, 2025")."""
        heading = self.heading_above(line_start)
        named = self.models_in(heading[1] if heading is not None else 0, line_start)
        if not named:
            return None
        first = named[0].canonical
        return named[0] if all(m.canonical == first or m.canonical.startswith((first + " ", first + "-"))
                               for m in named) else None

    def question_of(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the question over the answer whose line holds `pos` ("Q：R1的上下文长度是多少？" over
        "A：128K。"), with at most one blank line between them; None for a line that answers none."""
        text = self.text
        line_start = self.line_start(pos)
        # (its first character tested first: most lines open with none of them)
        labelled = text[line_start : line_start + 1] in _ANSWER_FIRST \
            and _ANSWER.match(text, line_start, min(len(text), line_start + 16)) is not None
        if not labelled and _SPEAKER.match(text, line_start, min(len(text), line_start + 32)) is None:
            return bold_question_above(text, line_start)
        end = line_start - 1
        if end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)  # (over one blank line)
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if labelled:
            return (start, end) if _QUESTION.match(text, start, end) is not None else None
        # (a speaker's answer to the interviewer's question, which ends with its question mark)
        return (start, end) if text[start:end].rstrip().endswith(("？", "?")) \
            and _INTERVIEWER.match(text, start, end) is not None else None

    def _asked_model(self, line_start: int) -> ModelMention | None:
        """The one model the question over an answer's line names ("Q：R1有多少参数？" over "A：总参数671B")."""
        question = self.question_of(line_start)
        if question is None:
            return None
        named = self.not_compared(self.models_in(*question), question[0])
        if named:
            return _the_one(named)
        # (a question in bold that names none asks of what its heading names, "**How big is it?**" under "# FAQ about
        # Foo-3", else of the one asked before, as one that goes on asking of it: "**And the context?**")
        if _ASKED_NEW.search(self.text, *question) is not None:
            return None  # (nor one that asks of a model to come: "**Q: Any plans for a larger open model?**")
        bold = self.text.startswith("**", question[0])
        if not bold and _ASKED_PRONOUN.search(self.text, *question) is None:
            # (a labelled question that names none goes on asking of the one before: "问：参数量呢？")
            return self._asked_before(question[0]) if _QUESTION.match(self.text, *question) is not None else None
        if bold and (heading := self.heading_model(question[0])) is not None:
            return heading
        # ("问：它什么时候开源的？": the one asked before, not one an answer named beside it, "答：…和V3.2-Speciale一起
        # 发布的")
        return self._asked_before(question[0]) or self.referent(self.sentence(question[1] - 1)[0])

    def _asked_before(self, question_start: int) -> ModelMention | None:
        """The one model the labelled question before the one at `question_start` names (within _ASKED_REACH lines),
        or that it asks of in turn, by a pronoun or naming none."""
        text, starts = self.text, self.line_starts
        i = bisect.bisect_left(starts, question_start)
        for _ in range(_ASKED_DEPTH):
            for j in range(i - 1, max(-1, i - 1 - _ASKED_REACH), -1):
                end = starts[j + 1] - 1 if j + 1 < len(starts) else len(text)
                if _QUESTION.match(text, starts[j], end) is None:
                    continue
                named = self.not_compared(self.models_in(starts[j], end), starts[j])
                if named:
                    return _the_one(named)
                if _ASKED_NEW.search(text, starts[j], end) is not None:
                    return None
                i = j
                break
            else:
                return None
        return None

    def _lead_model(self, i: int, listing: bool = False) -> ModelMention | None:
        """The one model a list's lead line names ("**Qwen3-30B-A3B** has the following features:" over
        "- Number of Parameters: 30.5B in total"), for the list whose first line's index is `i`. (A blank line between
        them, or an item that is no key and value, only after a lead that says it lists the model's properties:
        `listing`.)"""
        text, starts = self.text, self.line_starts
        if i > 1 and not text[starts[i - 1] : starts[i]].strip():
            i -= 1  # (one blank line between the lead and its list)
            listing = True
        if i == 0:
            return None
        lead_start, lead_end = starts[i - 1], starts[i] - 1
        if not text[lead_start:lead_end].rstrip().endswith(":") \
                or (listing and _LISTING_LEAD.search(text, lead_start, lead_end) is None):
            return None
        lead_start = max(lead_start, self.sentence(max(lead_start, lead_end - 1))[0])  # (its last sentence's)
        named = self.not_compared(self.models_in(lead_start, lead_end), lead_start)
        return _the_one(named)

    def _list_first(self, line_start: int) -> int | None:
        """The index of the line that opens the list (of at most _FIELD_RUN items) whose item is at `line_start`;
        None when that line is no list's item."""
        text, starts = self.text, self.line_starts
        if not _LIST_ITEM_MARK.match(text, line_start):
            return None
        first = i = bisect.bisect_left(starts, line_start)
        while i > 0 and first - i < _FIELD_RUN and _LIST_ITEM_MARK.match(text, starts[i - 1]):
            i -= 1
        return i

    def _first_item_model(self, i: int, line_start: int) -> ModelMention | None:
        """The one model the first item of a list (its line's index `i`) names, for a later item at `line_start` keyed
        by a field that names none, when no item between names one ("- Foo-R1-0528 landed on May 28." over "- AIME
        2025 accuracy: 87.5%")."""
        text, starts = self.text, self.line_starts
        if starts[i] == line_start or self.models_in(starts[i + 1], line_start):
            return None
        named = self.models_in(starts[i], starts[i + 1])
        head = _FIELD_LEAD.match(text, starts[i])  # (the model heads it: not "- … faster than Opus 4.1")
        one = _the_one(named)
        return one if one is not None and head is not None and head.end() == one.start else None

    def _name_field_model(self, line_start: int) -> ModelMention | None:
        """The model a run of key-value lines names in its name field ("Model Name: Llama 3.1 405B" over
        "Model Release Date: July 23, 2024", as model cards write them): the nearest such field before the
        line, or after it, with no blank line between them and at most _FIELD_RUN lines."""
        fields = self._name_fields()
        if not fields:
            return None
        text = self.text
        i = bisect.bisect_right(fields, line_start, key=lambda f: f[0])
        for field_start, model in fields[max(0, i - 1) : i + 1]:  # (the nearest before it, and after it)
            a, b = min(field_start, line_start), max(field_start, line_start)
            if text.find("\n\n", a, b) == -1 and text.count("\n", a, b) <= _FIELD_RUN \
                    and self._item_of(field_start) == self._item_of(line_start):
                return model
        return None

    def _item_of(self, line_start: int) -> int:
        """Where the item of a list whose items run over several lines opens, for a line of it ("- date: …" and the
        lines indented under it, "  model: o3", as YAML writes records), else -1: a field of another such item is not
        this line's. (A list whose items are each one line, "- **Model:** …" over "- **Date:** …", has none.)"""
        text = self.text
        if _INDENTED_LINE.match(text, line_start):  # (a line that goes on the item above it)
            start = line_start
            for _ in range(_FIELD_RUN):
                start = text.rfind("\n", 0, max(0, start - 1)) + 1
                if _LIST_ITEM_MARK.match(text, start):
                    return start
                if start == 0 or not _INDENTED_LINE.match(text, start):
                    return -1
            return -1
        below = text.find("\n", line_start) + 1
        return line_start if below and _LIST_ITEM_MARK.match(text, line_start) \
            and _INDENTED_LINE.match(text, below) else -1

    def record_head(self, line_start: int, keyed: bool = False) -> tuple[ModelMention, int, int] | None:
        """The one model named by the short line over the run of key-value lines that holds the line at
        `line_start` ("第一名 DeepSeek-R1横空出世" over "时间：2025年1月20日" and "看点：…", a plain text's record),
        with that line's (start, end). (`keyed`: the line is known to be a key-value line.)"""
        heads = self._record_heads
        if line_start in heads:
            return heads[line_start]
        text, starts = self.text, self.line_starts
        if _ANY_ITEM.match(text, line_start) or (not keyed and not _key_value(text, line_start)):
            return None  # (a list's items have their lead or heading, numbered ones too, "3. HunyuanVideo 1.5（腾讯）：
            # 83亿参数" under "2. FLUX.2（…）：图像生成": a record's fields are plain lines)
        k = bisect.bisect_left(starts, line_start)
        run = [line_start]  # (the run's lines share its head: read once, from the line above when it was)
        found: tuple[ModelMention, int, int] | None = None
        for _ in range(_FIELD_RUN):
            k -= 1
            if k < 0:
                break
            if starts[k] in heads:
                found = heads[starts[k]]
                break
            if not _key_value(text, starts[k]):
                if _blank_between_fields(text, starts, k):
                    continue
                if k > 0 and not text[starts[k] : starts[k + 1]].strip() \
                        and (_BOLD_LINE.fullmatch(text, starts[k - 1], starts[k] - 1) is not None
                             or (_FIELD_WITH_VALUE.match(text, starts[k + 1]) is not None  # (cheapest first)
                                 and not _LIST_ITEM_MARK.match(text, starts[k - 1])
                                 and not _key_value(text, starts[k - 1]))):
                    # (over one blank line, a head's: "**1. DeepSeek-R1**" or, in a plain text, "1. DeepSeek-R1", a
                    # blank line, "发布时间：…"; not another record's field, "**代表模型：** DeepSeek-R3", nor a list's
                    # item)
                    k -= 1
                found = self._head_of(k)
                break
            run.append(starts[k])
        for start in run:
            heads[start] = found
        return found

    def _head_of(self, k: int) -> tuple[ModelMention, int, int] | None:
        """The one model the k-th line names when it may head a record (see record_head), with its span."""
        start, end = self.lines[k]
        head = _SIGNS_AT_ENDS.sub("", self.text[start:end])  # (a post's: "We just open-sourced Foo-3 (12B) 🎉")
        if not head or len(head) > _RECORD_HEAD or head[-1] in _HEAD_ENDS or head.startswith(("#", "|")) \
                or self._table_row(start) is not None:  # (nor a table's row laid out with tabs or spaces)
            return None
        named = self.models_in(start, end)
        return (one, start, end) if (one := _the_one(named)) is not None else None

    def _card_model(self, pos: int) -> ModelMention | None:
        """The model of a text that is one model's card: the one its name fields name, in a field before `pos`
        ("- 模型名称：Qwen2.5-7B-Instruct" over "## 评测结果" and a table of benchmarks and scores)."""
        fields = self._name_fields()
        before = [model for start, model in fields if start < pos]
        return before[-1] if before and len({model.canonical for _, model in fields}) == 1 else None

    def _name_fields(self) -> list[tuple[int, ModelMention]]:
        """(line start, model) of every name field that names a model (read once; most texts have none)."""
        if self._fields is None:
            text, self._fields = self.text, []
            starts = sorted([pos - 1 for pos in occurrences(text, "odel") if pos] + list(occurrences(text, "模型")))
            for pos in starts:
                line_start = text.rfind("\n", 0, pos) + 1
                key = _NAME_FIELD_KEY.match(text, pos) if pos - line_start <= 8 else None  # (a key opens its line)
                if key is None or not _FIELD_LEAD.fullmatch(text, line_start, pos):
                    continue
                line_end = text.find("\n", key.end())
                named = self.models_in(key.end(), len(text) if line_end == -1 else line_end)
                if named:
                    self._fields.append((line_start, named[0]))
        return self._fields

    def _heading_models(self) -> list[ModelMention]:
        """The models that markdown headings name (found from the models: far fewer than the lines)."""
        if self._headings is not None:
            return self._headings
        text, found = self.text, []
        plain = not self._heading_line_starts()  # (a text without markdown headings: see _plain_heading)
        for model in self.models:
            line_start = self.line_start(model.start)
            bold = text.startswith("**", line_start)
            if plain and line_start and self._plain_heading(model, line_start):
                found.append(model)
            elif text.startswith("#", line_start) or bold:
                line_end = text.find("\n", model.end)
                line_end = len(text) if line_end == -1 else line_end
                # (a bold line alone is a heading too: "**Benchmarks (Foo-2-120b, high reasoning)**"; numbered too, a
                # weekly's item over its fields: "**1. Gemini 3 Pro**")
                if bold and text[line_start:line_end].rstrip().endswith("**"):
                    number = _BOLD_NUMBER.match(text, line_start + 2)
                    head_end = number.end() if number is not None else line_start + 2
                elif (lead := _HEADING_LINE.match(text, line_start)) is not None:
                    head_end = lead.end()
                else:
                    continue  # (nor a "#tag" that opens a line)
                if (head_end == model.start and (line_end - model.end <= _HEADING_TAIL
                                                 or _PAREN_TAIL.fullmatch(text, model.end, line_end))) or (
                        # (or the one model in parentheses after a few words: "## Results (Foo-2-120b, high reasoning)")
                        text[model.start - 1] in "(（" and model.start - head_end <= _HEADING_WORDS
                        and len(self.models_in(line_start, line_end)) == 1):
                    found.append(model)
        self._headings = found
        return found

    def _plain_heading(self, model: ModelMention, line_start: int) -> bool:
        """Whether `model` alone (numbered, its maker in parentheses after it) makes a line of a text without markdown
        that a blank line opens and a blank line or a list's item follows: a heading as markdown would mark it ("Mistral
        Large 2" over "- Released: July 24, 2024", "1. Foo-3（Acme）" over "- 发布时间：…")."""
        text = self.text
        lead = _PLAIN_HEAD.match(text, line_start)
        if lead is None or lead.end() != model.start \
                or not (line_start == 1 or text.startswith("\n\n", line_start - 2)):
            return False  # (a blank line over it, or the text's start)
        line_end = text.find("\n", model.end)
        if line_end == -1 or not (line_end == model.end or _PAREN_TAIL.fullmatch(text, model.end, line_end)):
            return False
        return text.startswith("\n", line_end + 1) or _LIST_ITEM_MARK.match(text, line_end + 1) is not None

    def heading_model(self, pos: int) -> ModelMention | None:
        """The model named by the nearest markdown heading above `pos` that names one, in a section still open at `pos`
        ("## Model Details" under "# Llama-3.1-Nemotron-70B-Instruct" is passed over; "## 三、2026年展望" after "### 3.
        Kimi K2" ends its section, as "### 2. Zyx Elastic（英伟达）" ends "### 1. Foo-3（Acme）"'s, though it names
        no model the scan knows), or a bold or plain heading's; else the one model that a plain text's title line
        names ("Mistral AI releases Mistral Medium 3")."""
        headings = self._heading_models()
        if not headings or headings[0].start > pos:
            title = self._title_model()
            return title if title is not None and title.end <= pos else None
        sections, bare = self._open_sections()
        k = bisect.bisect_right(self._heading_line_starts(), pos) - 1
        before, after = sections[k] if k >= 0 else (None, None)
        marked = after if after is None or after.start <= pos else before  # (on a heading's line before its name: the
        # sections it left open)
        j = bisect.bisect_right(bare, pos, key=lambda m: m.start)
        unmarked = bare[j - 1] if j else None  # (a bold or plain heading's: no level, never ended)
        if marked is None or unmarked is None:
            return marked or unmarked
        return marked if marked.start > unmarked.start else unmarked

    def _open_sections(self) -> tuple[list[tuple[ModelMention | None, ModelMention | None]], list[ModelMention]]:
        """For each line of _heading_line_starts, the model of the innermost section still open that a markdown heading
        names, before the line's own heading opens and after: a heading ends every section of its level and below;
        and the models that bold or plain headings name, which no heading ends. (Found once, by a stack: heading_model's
        walk back over the headings was quadratic in a catalog of them.)"""
        if self._sections is None:
            text = self.text
            named: dict[int, ModelMention] = {}
            bare: list[ModelMention] = []
            for m in self._heading_models():
                line_start = self.line_start(m.start)
                if heading_level(text, line_start):
                    named.setdefault(line_start, m)
                else:
                    bare.append(m)
            stack: list[tuple[int, ModelMention | None]] = []
            sections: list[tuple[ModelMention | None, ModelMention | None]] = []
            for start in self._heading_line_starts():
                level = heading_level(text, start)
                if text[start + level : start + level + 1] not in _BLANKS:
                    open_ = next((m for _, m in reversed(stack) if m is not None), None)
                    sections.append((open_, open_))  # (a post's "#tag#" opening its line: no heading)
                    continue
                while stack and stack[-1][0] >= level:
                    stack.pop()
                before = next((m for _, m in reversed(stack) if m is not None), None)
                stack.append((level, named.get(start)))
                sections.append((before, named.get(start) or before))
            self._sections = sections, bare
        return self._sections

    def _heading_line_starts(self) -> list[int]:
        """Where the lines that markdown's `#` opens start (found once, with str.find)."""
        if self._heading_starts is None:
            text = self.text
            self._heading_starts = [0] * text.startswith("#") + [at + 1 for at in occurrences(text, "\n#")]
        return self._heading_starts

    def heading_above(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the text of the nearest markdown heading line above `pos`. (The headings' line starts
        are found once, with str.find: a search back from each position asked about ran over the whole text
        before it in a text without headings.)"""
        text = self.text
        starts = self._heading_line_starts()
        i = bisect.bisect_right(starts, pos)
        if i == 0:
            return None
        start = starts[i - 1]
        end = text.find("\n", start)
        return start, end if end != -1 else len(text)

    def heading_or_title(self, pos: int) -> tuple[int, int] | None:
        """heading_above(pos), or in a text without markdown headings above `pos` its first line, the title a plain
        text opens with ("SuperCLUE中文大模型基准测评2025年11月报告" as "# SuperCLUE…" would be)."""
        heading = self.heading_above(pos)
        if heading is None and (first := self.title_line()) is not None and first[1] <= pos:
            return first
        return heading

    def title_line(self) -> tuple[int, int] | None:
        """The text's first line, when it is a title: short, no sentence's marks; not the header of a table the text
        opens with."""
        first = self.first_line()
        return first if first is not None and first[1] - first[0] <= _PLAIN_TITLE_LONGEST \
            and _SENTENCE_MARKS.search(self.text, *first) is None and not self.text.startswith("|", first[0]) else None

    def first_line(self) -> tuple[int, int] | None:
        """(start, end) of the text of the first line that holds text: a plain text's title, if it has one."""
        if not self._first_read:
            self._first_read = True
            if (first := _FIRST_TEXT.search(self.text)) is not None:
                line_end = self.text.find("\n", first.start())
                self._first = first.start(), len(self.text) if line_end == -1 else line_end
        return self._first

    def _title_model(self) -> ModelMention | None:
        """The one model the first line that holds text names, if it names one."""
        if not self._title_read:
            first = self.first_line()
            # (not a list's first item: "1. Foo-3" over its fields, then "2. Bar-2"; a timeline's
            # "- **2024年11月**：OpenAI发布ChatGPT" over the news of other years)
            named = self.models_in(*first) if first and not _ANY_ITEM.match(self.text, first[0]) else []
            self._title = _the_one(named)
            if self._title is not None and first is not None and self._listed_with_org(self._title, *first):
                self._title = None  # (one of the names a title lists: "DeepSeek、Kimi、MiniMax轮番上阵")
            self._title_read = True
        return self._title

    def _listed_with_org(self, model: ModelMention, start: int, end: int) -> bool:
        """Whether `model` is listed with an organization (not its maker) between `start` and `end`."""
        text = self.text
        return any(org.canonical != model.org and (
            _LISTED_WITH.fullmatch(text, org.end, model.start) if org.end <= model.start
            else _LISTED_WITH.fullmatch(text, model.end, org.start)) is not None for org in self.orgs_in(start, end))

    def _run_in_head(self, line_start: int) -> tuple[ModelMention, int] | None:
        """The model of a paragraph's bold run-in head ("**Foo-3 Pro.** …"), and where the head ends."""
        if not self.models_in(line_start, line_start + _RUN_IN_REACH):  # (most lines open with no model)
            return None
        lead = _RUN_IN_OPEN.match(self.text, line_start)
        if lead is None:
            return None
        head = self.models_in(lead.end(), lead.end() + 1)
        if not head or head[0].start != lead.end():
            return None
        end = _RUN_IN_END.match(self.text, head[0].end, min(len(self.text), head[0].end + 8))
        return (head[0], end.end()) if end is not None else None

    def line_head(self, line_start: int, dashed: bool = False) -> tuple[ModelMention, int] | None:
        """The model that heads a line with a colon ("1. DeepSeek-V3：性价比之王。去年12月26日开源"), and
        where its colon ends: the line's sentences after it are about that model. (`dashed`: or with a dash, as a
        ranking's lines write it: "1. Gemini 2.5 Pro —— 1460".)"""
        lead = _LINE_HEAD.match(self.text, line_start)  # (all of it is optional: it always matches)
        at = lead.end() if lead else line_start
        head = self.models_in(at, at + 1)
        if not head or head[0].start != at:
            return None
        colon = (_HEAD_DASH if dashed else _HEAD_COLON).match(self.text, head[0].end, min(len(self.text),
                                                                                         head[0].end + 40))
        return (head[0], colon.end()) if colon is not None else None

    def parts_before(self, sent_start: int, most: int = 3) -> list[tuple[int, int]]:
        """The parts of a sentence that goes on after semicolons, before the part at `sent_start`,
        nearest first ("GPT-4o: released May 13, 2024; 128K context; 92.0% on HumanEval")."""
        parts: list[tuple[int, int]] = []
        start = sent_start
        while start > 0 and self.text[start - 1] in ";；" and len(parts) < most:
            end = start - 1
            start = self.sentence(end)[0]
            parts.append((start, end))
        return parts

    def previous_sentence(self, sent_start: int) -> int:
        """Start of the sentence before the one at `sent_start`, over the blank lines between
        paragraphs (each line ends a sentence)."""
        text = self.text
        pos = sent_start
        while pos > 0 and text[pos - 1].isspace() and sent_start - pos < 64:
            pos -= 1
        return self.sentence(max(0, pos - 1))[0]

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """The span without surrounding white space, list markers, emphasis and a leading conjunction."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _TRIMMED_MARKS):
            start += 1
        if text[start : start + 1] in ("a", "b", "w") and (conjunction := _LEADING_CONJUNCTION.match(text, start, end)):
            start = conjunction.end()
        while end > start and (text[end - 1].isspace() or text[end - 1] in "*|，,。；;"):
            end -= 1
        return start, end

    def written(self, start: int, end: int) -> str:
        """The normalized text's words from `start` to `end` in the characters the source writes them in (a traditional
        text's "發表", matched as 发表)."""
        words = self.norm.text[start:end]
        return _written(self.norm, start, words) if self.norm.traditional else words

    def prov(self, start: int, end: int) -> Provenance:
        """Provenance of a normalized span, converted to original lines and offsets (the only place)."""
        start, end = self.trimmed(start, end) if end > start else (start, end)
        line_start, line_end, a, b, quote = self.norm.provenance(start, end)
        return Provenance(line_start=line_start, line_end=line_end, char_start=a, char_end=b, quote=quote)

    def prov_original(self, start: int, end: int) -> Provenance:
        """Provenance of a span of the original text that normalization blanked (the front matter's)."""
        line_start, line_end, a, b, quote = self.norm.original_provenance(start, end)
        return Provenance(line_start=line_start, line_end=line_end, char_start=a, char_end=b, quote=quote)

    def record(self, cls: type[R], **fields: object) -> R | None:
        """Build a record; one that fails validation is reported (line, reason) and skipped."""
        try:
            return cls(**fields)
        except ValidationError as exc:
            prov = fields.get("prov")
            line = prov.line_start if isinstance(prov, Provenance) else "?"
            reason = "; ".join(err["msg"] for err in exc.errors())
            self.problems.append(f"line {line}: invalid {cls.__name__}: {reason}")
            return None

    def add(self, records: list[R], cls: type[R], **fields: object) -> None:
        """records.append(self.record(cls, **fields)) when the record is valid."""
        record = self.record(cls, **fields)
        if record is not None:
            records.append(record)
