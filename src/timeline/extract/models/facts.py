"""Model facts: one per distinct model in a file, with its aliases and organization.

The organization comes from the text when it says so ("豆包（字节跳动）", "阿里发布Qwen",
"Google的Gemini"), else from the registry.
"""

from __future__ import annotations

import re

import regex

from timeline.extract.context import DocContext, object_of
from timeline.extract.events.rules import is_platform
from timeline.extract.models.rules import RELEASE_VERBS, ModelMention, OrgMention
from timeline.records import (
    BenchmarkRecord,
    ContextRecord,
    EventRecord,
    FactRecord,
    ModelRecord,
    ParameterRecord,
)
from timeline.registry import Registry, fold, load_registry

_SERIES_SUFFIXES = ("系列", "预览版")
_JOINT = ("与", "和", "及", "/", " and ", " & ")
_PUT_OUT_ZH = (*RELEASE_VERBS, "亮相")
_RELEASE_VERB = regex.compile("|".join((*_PUT_OUT_ZH, "的")))
_PARENTHESES = regex.compile(r"[(（][^()（）]*[)）]")
_LISTED = regex.compile(r"\s*(?:与|和|及|、|/|,|，|&|and|以及)?\s*")  # between two names of one list
# (a verb of putting a model to use, between a company and the model: no maker's; nor of running or serving it, "The
# Cerebras WSE-3 runs Llama 3.1 405B", "Groq's LPU serves Kimi K2")
_USED = re.compile(r"接入|集成|整合|引入|采用|部署|调用|搭载|内置|运行|托管"
                   r"|(?i:integrat|adopt|deploy|\b(?:runs?|running|serves?|serving|hosts?|hosting)\b)")
# (what names the company before a model the registry gives another maker as its maker: its possessive, or a verb of
# putting it out; "Google DeepMind's Gemini", "DeepMind unveiled Gemini 3", "阿里云通义千问")
_MAKING_ZH = (*_PUT_OUT_ZH, "宣布", "公布", "发表", "升级", "更新", "展示", "演示", "研发", "训练", "打造")
_MADE_BETWEEN = re.compile(rf"^\s*$|^\s*(?:['’]s?\s|的|旗下)|{'|'.join(_MAKING_ZH)}"
                           r"|(?i:\b(?:announc|releas|launch|unveil|introduc|open-sourc|debut|ship|preview|present"
                           r"|show|demo|teas|reveal|roll|publish|develop|train|buil))")
_MAKER_GAP = 20  # characters at most between a maker and its model after it ("阿里发布了新一代模型Qwen3")
_PAREN_AFTER = regex.compile(r"\s*[(（]\s*([^()（）\n]{1,20}?)\s*[)）]")
# (or a verb of making before "by": "Zeta-9 was developed by Acme AI", "Zeta-9, released by Acme AI in May")
_MAKER_AFTER = regex.compile(r"\s+(?:from|by)\s+|,?\s+(?:(?:was|is|were|are|has\s+been)\s+)?(?:developed|built|created"
                             r"|made|trained|released|launched|introduced|published|open-sourced|unveiled)\s+by\s+")


def stated_org(ctx: DocContext, mention: ModelMention) -> str | None:
    """The organization the text attaches to this mention, if any."""
    text = ctx.text
    following = text[mention.end : mention.end + 1]  # (most names are followed by neither: no match tried)
    if following in ("(", "（", ",") or following.isspace():
        after = _PAREN_AFTER.match(text, mention.end, mention.end + 24)
        inside = [o for o in ctx.orgs_in(mention.end, after.end()) if o.text == after.group(1)] if after else []
        if inside:
            return inside[0].text
        by = _MAKER_AFTER.match(text, mention.end, mention.end + 32)  # ("GPT-5 from OpenAI and Gemini 3 from Google")
        if by is not None and (named := ctx.orgs_in(by.end(), by.end() + 1)) and named[0].start == by.end() \
                and not object_of(text, max(0, mention.start - 24), mention.start):  # (not "fine-tuned from B by C")
            return named[0].text
    clause_start, _ = ctx.clause(mention.start)
    before = [o for o in ctx.orgs_in(clause_start, mention.start) if o.end <= mention.start]
    found = _maker_before(ctx, mention, before)
    if found is not None and found[1].canonical != mention.org and is_platform(text, found[1]):
        # (not a hub's board, "Hugging Face趋势榜第一：Kimi K2": asked of a maker found that is not the registry's)
        found = _maker_before(ctx, mention, [o for o in before if not is_platform(text, o)])
    return found[0] if found is not None else None


def _maker_before(ctx: DocContext, mention: ModelMention, before: list[OrgMention]) -> tuple[str, OrgMention] | None:
    """The maker of `mention` among the organizations its clause names before it (`before`), as written, and the
    organization."""
    text = ctx.text
    if not before:
        return None
    org = before[-1]
    # (its own maker, where the clause names it before another not joined to it: "DeepSeek在Hugging Face上传了R1")
    own = next((o for o in reversed(before) if o.canonical == mention.org), None) if mention.org else None
    if own is not None and own is not org and text[own.end : org.start] not in _JOINT:
        before = before[: before.index(own) + 1]
        org = own
    between = text[org.end : mention.start]
    # (a table's cell names the maker of the model in the next cell, "| 阿里 | Qwen3 |", not of one inside
    # a later cell's text, "| 百度 | 国内首个ChatGPT类产品 |")
    if len(between) > _MAKER_GAP or "、" in between or "," in between or ("|" in between and between.strip() != "|"):
        return None
    others = [m for m in ctx.models_in(org.end, mention.start) if m.end <= mention.start]
    if others and not _RELEASE_VERB.search(between):
        return None
    if others:  # "阿里发布A（…）与B", "阿里云通义千问发布B" name B's maker; "阿里发布A，比肩B" does not
        tail = _PARENTHESES.sub("", text[others[-1].end : mention.start])
        if not (_RELEASE_VERB.search(tail) or _LISTED.fullmatch(tail)):
            return None
    if object_of(text, max(org.end, mention.start - 16), mention.start):
        return None  # (a comparison names no maker: "百度推出对标ChatGPT的产品")
    if _USED.search(between) is not None:
        return None  # (nor what a company puts a model to use in: "苹果在iOS 18.1中接入了ChatGPT")
    if mention.org is not None and org.canonical != mention.org and _MADE_BETWEEN.search(between) is None:
        return None  # (another's known model that a company only speaks of: "Apple confirmed that Gemini will power …")
    partner = before[-2] if len(before) > 1 else None
    if partner is not None and text[partner.end : org.start] in _JOINT:
        return text[partner.start : org.end], org  # "微软与英伟达", "MIT/IBM"
    return org.text, org


def _without_series(name: str) -> str:
    """ "Qwen系列" -> "Qwen" (a name never ends in a line break, so no pattern is needed)."""
    for suffix in _SERIES_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)].strip()
    return name.strip()


def _most_specific(name: str, forms: dict[str, None], reg: Registry) -> str:
    """The longest form written that holds `name` (the first mention's): "DeepSeek-R1" after "R1", "Llama 4 Scout"
    after "Scout" (the guidelines' most specific name as written; the first mention keeps the fact's place). Not
    its maker's name before it: "OpenAI o1" is o1 as specific."""
    if len(forms) < 2:
        return name
    key = fold(name)
    best, best_length = name, len(key)
    for form in forms:
        if len(folded := fold(form)) > best_length and key in folded \
                and not (form.endswith(" " + name) and reg.is_org(form[: -len(name)].strip())):
            best, best_length = form, len(folded)
    return best


def named_as_facts(ctx: DocContext, models: list[ModelRecord], facts: list[FactRecord]) -> list[FactRecord]:
    """`facts` with each model named as its model fact is (a count said of "Scout" is Llama 4 Scout's, as the
    guidelines' records name models). A form that stands for two models in one text is left as written."""
    fact_name = {fold(m.canonical): m.name for m in models}
    of_canonical: dict[str, str] = {}  # (fold once a canonical name, not once a mention)
    names: dict[str, str] = {}
    for mention in ctx.models:
        if (name := of_canonical.get(mention.canonical)) is None:
            name = of_canonical[mention.canonical] = fact_name.get(fold(mention.canonical), "")
        name = name or mention.text
        names[mention.text] = name if names.get(mention.text, name) == name else mention.text
    renamed = {text: name for text, name in names.items() if name != text}
    if not renamed:
        return facts
    out: list[FactRecord] = []
    for fact in facts:
        if isinstance(fact, EventRecord) and any(m in renamed for m in fact.models):
            fact = fact.model_copy(update={"models": tuple(dict.fromkeys(renamed.get(m, m) for m in fact.models))})
        elif isinstance(fact, (ParameterRecord, BenchmarkRecord, ContextRecord)) and fact.model in renamed:
            fact = fact.model_copy(update={"model": renamed[fact.model]})
        out.append(fact)
    return out


def with_model_makers(ctx: DocContext, models: list[ModelRecord], events: list[EventRecord]) -> list[EventRecord]:
    """`events` with a maker for those that found no company, when their models are all of one that the text states
    ("Acme AI today announced Nova-2. … Nova-2 will be available starting October 21": Acme AI's; the registry's
    makers the events read themselves)."""
    if not any(e.org is None and e.models for e in events):
        return events
    org_of = {fold(m.canonical): m.org for m in models}
    by_text: dict[str, str | None] = {}
    for mention in ctx.models:
        if mention.text not in by_text:
            by_text[mention.text] = org_of.get(fold(mention.canonical))
    out: list[EventRecord] = []
    for event in events:
        if event.org is None and event.models:
            makers = {by_text.get(name) for name in event.models}
            if len(makers) == 1 and (maker := makers.pop()) is not None:
                event = event.model_copy(update={"org": maker})
        out.append(event)
    return out


def with_event_makers(models: list[ModelRecord], events: list[EventRecord]) -> list[ModelRecord]:
    """`models` with a maker for those no mention states one for, when the events that act on each alone name one
    company ("The company plans to release Atlas-8", "公司于今年3月发布了自研大模型星辰-2": the company the events
    resolved "the company" to)."""
    makers: dict[str, set[str]] = {}
    for event in events:
        if event.org is not None and event.action is not None and len(event.models) == 1:
            makers.setdefault(event.models[0], set()).add(event.org)
    if not makers:
        return models
    return [m.model_copy(update={"org": next(iter(orgs))})
            if m.org is None and len(orgs := makers.get(m.name) or makers.get(m.canonical) or set()) == 1 else m
            for m in models]


def extract(ctx: DocContext) -> list[ModelRecord]:
    reg = load_registry()
    groups: dict[str, list[ModelMention]] = {}
    for mention in ctx.models:
        groups.setdefault(fold(mention.canonical), []).append(mention)
    records: list[ModelRecord] = []
    for mentions in groups.values():
        first = mentions[0]
        forms = dict.fromkeys([_without_series(m.text) for m in mentions])
        name = _most_specific(_without_series(first.text) or first.text, forms, reg)
        known = reg.model_by_key.get(fold(first.canonical))
        if known is not None:
            forms.update(dict.fromkeys((known.name, *known.aliases)))
        fam = reg.family_by_form.get(first.canonical)
        if fam is not None and fam.name == first.canonical:
            forms.update(dict.fromkeys((fam.name, *fam.aliases)))
        forms[first.canonical] = None
        # (one of each form once folded: "ERNIE Bot" and "Ernie Bot", which the registry lists for matching, are one)
        folded = {fold(name): ""}
        aliases = tuple(f for f in forms if f and folded.setdefault(fold(f), f) == f)
        org = first.org
        for mention in mentions:  # the first organization the text states (stated_org is not cheap)
            stated = stated_org(ctx, mention)
            if stated:
                org = stated
                break
        ctx.add(records, ModelRecord, name=name, canonical=first.canonical, aliases=aliases, org=org,
                prov=ctx.prov(first.start, first.end))
    return records
