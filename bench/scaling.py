"""How extraction time grows with the size of odd texts: prints a table. Asserts nothing.

    python bench/scaling.py [--small 10000] [--factor 8]

Each shape is one piece repeated to `--small` characters and to `--factor` times that; a text's
extraction (`extract_text`, as ingest runs it) should take about `--factor` times as long on the
larger one. A shape that grows much faster (marked) is a pattern or a loop whose work is quadratic
in a run's length: a long run of blanks, numerals or glued letters once took seconds per file.
"""

from __future__ import annotations

import argparse
import base64
import random
import time
from collections.abc import Callable

from timeline.extract.pipeline import extract_text

_PROSE = "OpenAI于2024年5月13日发布GPT-4o，参数约1.8万亿，MMLU得分88.7%，支持128K上下文。"
_EN_PROSE = "Meta released Llama 3.1 405B on July 23, 2024, with a 128K context window and 88.6 on MMLU. "

# name: what is repeated (a string), or how a text of n characters is made
SHAPES: dict[str, str | Callable[[int], str]] = {
    "spaces": " ", "tabs": "\t", "newlines": "\n", "blank lines with spaces": " \n", "digits": "7",
    "Chinese numerals": "一二三", "Han characters": "模型", "Han, one per line": "模\n", "words": "model ",
    "capitalized words": "The Big Model ", "glued capitals": "Ab", "glued capitals and digits": "AB1",
    "full-width letters": "ＡＢ１", "dots": ".", "hyphens": "-", "full-width commas": "，", "pipes": "| ",
    "markdown table rows": "| a | 1 |\n", "headings": "# a\n", "bullets": "- a\n", "numbered items": "1. ",
    "brackets": "[(", "quotes": "“", "zero-width spaces": "\u200b", "CRLF lines": "a\r\n", "URLs": "https://a.b/c ",
    "model names": "GPT-4 ", "listed models": "Qwen2.5-72B、", "years": "2024年", "days": "5日", "sizes": "1.5B ",
    "lengths": "128K ", "percentages": "90%", "quarters": "Q3 ", "English dates": "May 5, 2024 ",
    "Chinese prose": _PROSE, "English prose": _EN_PROSE,
    "years heading items": "- **2018** – Acme releases Foo-1 in October.\n", "live report lines": "14:05 周围登台。\n",
    "variants": "(the LongChat variant supports 320K) ",
    "second predicates": "released Foo-4 in May and is expected to ",
    "models a chip runs": "can run models with up to 33 billion parameters ", "Chinese quarters": "二季度",
    "byline separators": "By A · B · ",
    "update labels": "更新时间：2025-09-10 ", "nested items": "  - 1M context\n",
    "feed items": "\npubDate: Wed, 24 Jul 2024 10:00:00 GMT\n", "Chinese fields": "发布时间：2025年1月20日\n",
    "years ago today": "Five years ago today, ", "months of a year after": "March of the following year ",
    "spreads": "68.4 ± 0.3 on MMLU ", "lengths in parentheses": "256K native context (1M with YaRN) ",
    "unknown companies": "Acme AI today announced Foo-2. ", "Chinese hyphened names": "推出的深言-2模型，",
    "slash sizes": "Llama 3.1 8B/70B/405B ", "subjects after and": "Google released A (May 1) and OpenAI ran it ",
    "relative asides": "Meta, which released Llama 4 in April, said ",
    "Q&A pronouns": "**问：它什么时候开源的？**\n答：5日。\n",
    "partners": "announced in May together with a partnership with Microsoft ",
    "footnote marks": "shipped in March 2024.[^2] Meta's ", "reference lines": "[3] Meta AI blog, April 5, 2025.\n",
    "apostrophe years": "In Q4'24 and H2'25 ", "family before member": "通义千问Qwen3系列，Qwen/Qwen2.5-7B ",
    "names after 模型": "发布了自研大模型星辰-2，",
    "companies in quotes": "大模型公司「智元星辰」完成融资。公司于3月发布",
    "makers after by": "Zeta-9 was developed by Baz AI. ",
    "derived models": "Bar-2-Mini, distilled from Bar-2, shipped ",
    "update lines": "Updated Aug 5, 2025, 1:00 PM PDT\n",
    "dubbed names": "is releasing two models, dubbed Foo-1 and Foo-2. ",
    "counted from": "在Claude Opus 4.1发布两天后，", "successors": "豆包1.6的下一代版本将在11月上线。",
    "teams": "Qwen just dropped Qwen3-Next-80B-A3B. ",
    "native context": "Native context is 262,144 tokens, up to ~1M. ",
    "quarter parts": "第三季度末 by the end of Q3 ", "half a trillion": "packs half a trillion parameters ",
    "appositive objects": "beat its own flagship, Claude 3 Opus, ", "raised scores": "improved AIME 2025 to 87.5% ",
    "lengths for": "a 1M-token window for Gemini 1.5 Pro ",
    "same day as": "Bar-3 launched the same day as Foo-4. Bar-5与Foo-5同一天发布。",
    "reporters' scores": "On MMLU, the lab lists 88.1% for Bar-3 and 85.2% for Baz-2. ",
    "config keys": '"context_length": 131072, "num_parameters": "7.6B", ',
    "made public": "技术报告预计下周公开。", "claimed": "Foo-3 is out. Claimed 81% on MMLU. ",
    "edge weeks": "in the last week of December 2024 ", "same month": "同月，DeepSeek发布Bar-3。\n\n",
    "fiscal ends": "the third quarter of fiscal 2026, which ended October 26, 2025 ",
    "other subjects' clauses": "In March 2025, Google released A and Alibaba released B (on March 27). ",
    "lunar holidays": "2025年春节前后，今年春节，除夕当天（1月28日）",
    "subscriptions": "a $200-a-month ChatGPT Pro plan ",
    "interview speakers": "记者：Foo-M1是什么时候发布的？\n闫俊杰：6月17日。\n",
    "ranges over years": "Between December 2023 and February 2024, A in December and B in February. ",
    "estimates": "is estimated at ~200B and totals 671B with 37B active ",
    "bar pairs": "MMLU-Pro: 85.0 | GPQA: 79.3 | ", "gains then scores": "在MMLU-Pro上提升了5.3%，达到87.2分。",
    "listed lengths": "context lengths of 4k and 128k ", "days before": "在GPT-5发布前两天推出了Foo-4.1，",
    "respective makers": "其中Kimi K2和MiniMax-M2分别于7月和10月发布。", "board kinds": "LMArena文本榜得分1501，",
    "dates after and": "with o3-mini at the end of January and, in April, with o3 ",
    "appositions' makers": "SmolLM3, a 3B model from Hugging Face released July 8, ",
    "relative quarters": "腾讯将在下季度发布Foo-2，next quarter ",
    "bare verbs of a review": lambda n: "发布时间：2025年1月2日\n\n" + "5月6日，深度求索发布Foo-V2。" * (n // 18),
    "compared models' asides": "Compared with Foo-72B (released September 19, 2024), it scores lower. ",
    "figures' words after a clause": "我自己测了一下，上下文支持131,072 tokens。",
    "scores that rose": "its MMLU-Pro score rose from 78.4 to 83.9, ",
    "gains then reaching": "On AIME 2025 it gained 12.3 points over Foo-3, reaching 87.0. ",
    "arrows": "SWE-bench Verified: 70.3% → 74.5%，上下文从128K→1M。",
    "total and active columns": lambda n: "| Model | Params (total / active) |\n|---|---|\n"
    + "| Foo-R1 | 671B / 37B |\n" * (n // 23),
    "versions apart": "Foo-LM 6 and Bar-Vision 2 ", "announced for": "released Foo-3 (October 2025) and announced "
    "Foo-4 for H1 2026. ",
    "models spoken of together": "The three flagship models offer context windows of 128K, 200K and 2M tokens "
    "respectively. ",
    "codes after full names": lambda n: "MiniMax开源MiniMax-M1。" + "M1在AIME 2024上得分86.0%。" * (n // 22),
    "bold questions": "**When did you ship Foo-3?**\n\nOn September 30.\n\n",
    "hearsay counts": "参数量据传达到万亿级别，",
    "weekdays' short names": "* **Mon:** Foo released Foo-3.\n", "percent written out": "scores 80.9 percent on MMLU, ",
    "scores in two settings": "在ARC-AGI上取得75.7%（低算力）和87.5%（高算力）的成绩。",
    "records' fields": "- date: 2025-04-14\n  model: Foo-4.1\n  change: Released in the API.\n",
    "one long line of prose": lambda n: (_PROSE + _EN_PROSE.strip()) * (n // (len(_PROSE) + len(_EN_PROSE))),
    "wrapped text ending in code": lambda n: "The model was cut at the\nend of each line and\n" * 8 + "```\n"
    + "x = f(y)\n" * (n // 9),
    "base64 blob": lambda n: '<img src="data:image/png;base64,'
    + base64.b64encode(random.Random(5).randbytes(n * 3 // 4)).decode() + '">',
    "tests named where scored": "在知识测验TMMLU+中得分58.5分，Foo-3 scores 58.5 on TMMLU+ and ",
    "ranks under a heading": lambda n: "# SuperCLUE榜单\n\n" + "Foo-5以69.37分位居第一，" * (n // 17),
    "active lists": "激活参数分别为370亿、220亿和320亿，",
    "places told with scores": "leads at 74.1%, followed by Bar-5 at 71.8% ",
    "weekdays of last week": "Last week was packed. Acme launched Foo-3.7 on Monday. ",
    "dates made finer": "Foo-4 should ship early next year, probably in February. ",
    "appositions after subjects": "Microsoft, OpenAI's largest investor, has been preparing since June. ",
    "codes after coded models": "8月21日发布V3.1，9月29日发布V3.2-Exp，",
    "benchmarks that are words": "61.0% in math, 55.2% on MATH ",
    "multiples": "它原生支持100万token，是Bar-R1的8倍。",
    "lengths for it": "Acme claims a 10M-token context window for it. ",
    "context labels": "It runs on phones. Context: 32K tokens. ",
    "rumors for months": "Acme's Foo-4 is rumored for February. ",
    "companies to launch": "We expect Foo Labs to launch Foo-5 in 1H26. ",
    "platforms' figures": "Hugging Face上的下载量超过了10万次，",
    "years heading rows": "| 2018 | Foo-1 | 1.17亿 |\n", "largest versions": "其中最大的405B版本，",
    "far above": "远超Bar-4o的9.3%，",
    "days answering questions": "**When was Foo-3.5 released?**\nOctober 2, 2025.\n\n",
    "totals in total": "141B in total, 39B active. ", "quoted names before verbs": "大模型“九格”发布2.0版本，",
    "Han numbers before units": "Foo-3总参数六千七百一十亿，激活三百七十亿，",
    "bracketed datelines": "（香港 2025年9月24日）阿里云今日发布Foo-3。\n",
    "log stamps": "[2025-08-07 17:03] carol: Foo-5 launched today\n",
    "said on weekdays": "The institute said on Wednesday 12th November that it had tested Foo-9. ",
    "participles' dates": "Acme will present Foo-9, first released on May 20, 2025. ",
    "switched models' makers": "We will switch from GPT-4o to Claude 3.7 Sonnet on Thursday (March 6). ",
    "slashed lengths": "Foo-4 offers 8K/32K context windows. ", "slashed variants": "Gemini 1.0 Ultra / Pro / Nano, ",
    "credits after full stops": "*Interviewed by Laura Chen. Published November 3, 2025.*\n",
    "labelled day lines": "Published June 10, 2025\n\n",
    "forum bylines": "posted by u1 on Oct 3, 2025 | 214 comments\n\n",
    "ranges between counts": "Foo-4.5 has between 5 and 10 trillion parameters. ",
    "hearsay after dates": "Foo-4.5 was released in February 2025 and reportedly has 5T parameters. ",
    "answers about sizes": "**问：Foo-3有多少参数？**\n答：超过1万亿。\n\n",
    "corrections": "Correction, June 21, 2025: It misstated the date of Foo-4 Scout. It was released on April 5. ",
    "footnote marks after lengths": "Foo-4 Scout claims 10M[^2]. ",
    "days later after a week": "Just a week ago, Acme released Foo-3. Two days later, Bexa answered with Bar-4. ",
    "the company as subject": "Microsoft said Azure grew. The company plans to offer GPT-5.1 in Copilot in 2026. ",
    "signs around record heads": "We just open-sourced Foo-Vision-3 (12B) 🎉\n📏 Context: 128K\n",
    "seasons": "In the spring, Acme previewed Foo-3. Bexa released Bar-2 last summer. ",
    "weeks of": "The week of November 17: Foo-3 Pro (Acme)\n",
    "other subjects after and": "A Foo-3 model is expected soon, and Deep Think came to users over the summer. ",
    "clauses past figures": "edging out Claude Opus 4.1 (74.5%), which Anthropic shipped two days earlier. ",
    "questions asking alone": "Acme去年发布了Foo-4，今年有什么新进展？",
    "outputs capped": "Foo-2 handles inputs of 128k tokens, and its output is capped at 32k tokens. ",
    "metrics in lists": "Foo-9 posts 86.4 on MMLU and 74.1 pass@1 on HumanEval+. ",
    "gains before scores": "Foo-3的AIME 2025得分较上一代提升12分至78.0分，",
    "numbered records": "3. Quux Video（Acme，11月21日）：83亿参数\n",
    "during the passage": "期间，阶跃星辰将发布Foo-3，",
    "days tried out": "今天测一下阿里上个月开源的Foo-VL，", "scores right after on": "在MathVista上85.8，",
    "from today on": "即日起，foo-chat对应模型升级为Foo-V3.1。",
    "holidays told as past": "除夕前一天，字节跳动发布Foo-1.5 Pro；",
    "years in parentheses": "去（113）年4月，Foo-TW1首度公開釋出。",
    "years in titles": "发布《2025年人工智能指数报告》，",
    "possessive releases": "Tuesday's release of Foo-3 Pro lifted shares. ",
    "contexts pushed": "Foo-3.1 pushed it to 128K. ",
    "cutoffs named after": "Foo-5 was trained on data through June 2025 (knowledge cutoff) and released May 1. ",
    "contexts stayed at": "2/ Context stays at 128k. Pricing unchanged.\n\n",
    "transcript stamps": "00:45 它支持256K上下文。\n",
    "lengths listed with for": "200K tokens for Foo-4.5 (1M in beta) and 400K for Bar-5. ",
    "years ago this month": "Two years ago this month, Foo shipped Foo-3. ",
    "quarters against finer dates": "This quarter we shipped Foo-2.5 Image in late August. ",
    "weekday labels": "* **Monday:** Acme unveiled Foo-5.0 at Acme World 2025.\n",
    "foretold weeks": "Foo-3 is widely expected next week. ",
    "removal days": "Acme deprecated Foo-4.5-preview; it will be removed on 2025-10-14. ",
    "comma-separated rows": "2024-07-23,Foo-3 405B,Acme,405B,128K\n",
    "months into next year": ("In September 2024 Acme previewed Foo-1. "
                              "Four months later, Bar shipped Bar-R1 on January 20. "),
    "counts after a lead": "Foo-2 had 1.5 billion parameters. A year later, Foo-3 arrived with 175 billion. ",
    "contexts pushed by users": "Its native context is 262,144 tokens and I pushed it to ~200K. ",
    "leaderboard columns": ("# SWE-bench Verified leaderboard\n\n"
                            "| Rank | Model | Score |\n|---|---|---|\n| 1 | Foo-4.5 | 80.9% |\n\n"),
    "settings before scores": "Foo-3 Pro scored 37.5% on Humanity's Last Exam without tools, and 1501 on LMArena. ",
    "months guessed": "Foo-8 early next year, probably February. ",
    "capitals in chains": "Llama 3.1-TAIDE-LX-8B，",
    "parts after semicolons": "## 2. Foo-3.2 (Acme)\n\n671B total / 37B active; 128K context.\n\n",
    "scores opening sentences": "Foo-3 is out. 92.3 on AIME 2025, 80.1% on GPQA. ",
    "what another cost": ("Acme cut Bar-4.5 to $5, a third of what Bar-4.1 cost. "
                          "The model keeps its 200K-token context window. "),
    "weekdays after verbs": "Foo-5.1-Max arrived Wednesday with a 77.9% SWE-bench Verified score. ",
    "active parts listed": "Foo-4 Ultra had nearly two trillion parameters, 288 billion of them active. ",
    "months ago today": "Acme shipped Foo-4.5 a month ago today. Two weeks later Acme cut prices. ",
    "verbs before 模型": "DeepSeek发布推理模型R1，",
    "days news was learned": "记者昨日从科大讯飞获悉，该公司将于本月底发布Foo-X1.5。",
    "numbered bold heads": "**1. Foo-3 Pro**\n- 发布时间：11月18日\n- 亮点：HLE 37.5%\n\n",
    "halves with years": "Acme plans Foo-4 for 2H 2026. ",
    "benchmarks in parentheses": "Foo-3 scores 82.0 (MMLU) and 68.3 (HumanEval+). ",
    "score words before benchmarks": "Foo-3 is out. Its Elo on LMArena is 1415. ",
    "topics with spaces": "#Foo V3.1发布# 刚刚，深度求索官宣Foo-V3.1正式发布！",
    "latters said alike": "Acme推出Foo-120b和Foo-20b两款模型，前者总参数1170亿，后者210亿。",
    "lengths in models": "grown from 2K tokens in Foo-3 to 128K in Bar-3 and 10M in Baz-4 Scout (Meta, 2025). ",
    "models columns not first": "| 时间 | 模型 | 参数量 |\n| --- | --- | --- |\n| 2021.10 | 源1.0 | 2457亿 |\n\n",
    "days before yesterday": "The day before yesterday xAI launched Foo-4.1 Fast. Acme plans Foo-5 for mid-2026. ",
    "cues after sized names": "Foo-7B的参数量为73亿。",
    "ranks after boards": "Foo-3 Pro斩获LMArena第一，Elo评分1501。",
    "dashed asides": "The Foo-4 family — Lite, Foo-4 Pro and Foo-4 Max — was released on March 4, 2024. ",
    "outputs returned": "Foo-3 Pro accepts 1M tokens of input and returns up to 64K. ",
    "members of titles' families": "**Host:** So Kimi K2 Thinking dropped. And the context?\n\n**Guest:** 256K.\n\n",
    "aims to support": "张鹏：会，目标是支持100万token。",
    "counts others put": "Acme released Bar-4.5. We estimate it at roughly 5-7 trillion parameters. ",
    "days in model columns": ("| | Foo-4 Scout | Foo-4 Maverick |\n|---|---|---|\n"
                              "| Released | April 5, 2025 | April 5, 2025 |\n\n"),
    "listed platforms": "Foo-3 is available today on Acme Plateforme and Amazon SageMaker, coming to IBM watsonx, ",
    "names run into capitals": "IBM WatsonX and DeepSeekV3 ",
    "colons before scores on": "- Foo-70B: 86.0 on MMLU, 88.4 on HumanEval\n",
    "figures after a day": "[10:33] a: Foo-2.5 Pro launched March 25. 18.8% on Humanity's Last Exam\n",
    "time words after lists": "Acme released Foo-4 Scout and Foo-4 Maverick yesterday. ",
    "lists without and": "• Feb: Grok 3, Claude 3.7 Sonnet, GPT-4.5\n",
    "what models come to": "Foo-1, which we tested on LMArena in August, is coming to Copilot later this year. ",
    "result leads": "The headline numbers: 91.9% on GPQA Diamond, 37.5% on HLE, and an Elo of 1501 on LMArena. ",
    "round counts opening": "1. **Acme发布Foo-K2**（11月6日）\n   万亿参数。HLE（带工具）44.9%，BrowseComp 60.2%。\n",
    "scores told alone": "On SWE-bench Verified, it scores 77.2%. On OSWorld, 61.4%. ",
    "saying before dates": "Earlier this month, the company said Foo-5 would arrive in early 2026. ",
    "quarters after plans": "We plan to release Foo-5 in Q1 2026, followed by Foo-5 Mini in Q2. ",
    "dates before their items": "Acme targets H1 2026 for Foo-6 and 2H 2026 for Foo-7, ",
    "show notes' time marks": "03:15 Foo-2.5 Pro launched on Tuesday\n",
    "sizes after models words": "Foo-3.1 models (8B, 70B and 405B) ",
    "conference hosts": "Foo-Brain將於3月的NVIDIA GTC大會上發表成果。",
    "larger and smaller": ("Acme released Foo-OSS-120B and Foo-OSS-20B. The larger model has 117B. "
                           "The smaller one has 21B. "),
    "bold month labels": "**August.** Acme shipped Foo-5 on the 7th.\n",
    "rumored headlines": "传DeepSeek R2或于5月发布\n",
    "arena ratings before names": "(1M context, 1501 LMArena Elo) ",
    "weekday-led entries": "**Mon, Dec 1** — Acme released Foo-3.2.\n\n",
    "available alongside": "It remains available in the API alongside Foo-3 Pro, which launched November 18, 2025. ",
    "counts to come": "旧版Foo-5将在三个月后下线。",
    "settings after on": "On RULER at 128K, Foo-7B reaches 67.0, while Bar-8B reaches 77.0. ",
    "participles in parentheses": "Previous version (Foo-3, released May 7) will be retired on November 30, 2025. ",
    "shutdown tables": "| 2025-07-14 | Foo-4.5-preview | Foo-4.1 |\n",
    "years as subjects": "2025 was a year of execution. In Q1 we launched Foo Assistant, built on Bar-3.7. ",
    "scores with models": "I got 71.2% on HumanEval with Foo-30B-A3B, vs 64.0% for Bar-70B. ",
    "names in code": "Added `Foo-5`, `Foo-5-mini` and `Foo-5-nano` (released Aug 7). ",
    "dated headings": "## v2.3.0 — 2025-05-23\n- Added `Bar-4-20250514`, released yesterday.\n\n",
    "forecast leads": "回顾2025年，大模型全面领先。展望2026年，我们预计：\n\n1. Foo-4将在春节前后发布；\n\n",
    "sayings after months": "此外，Baz CEO在12月表示，Baz-6不会在2026年第一季度发布。",
    "input token limits": "* **Input token limit:** 1,048,576\n",
    "thread posts": "2/ Monday: Acme released Foo-2.\n\n",
    "dashed asides around dates": "On October 1, Acme's Foo-4.5 — released just two days earlier — topped it. ",
    "quoted names with days": "“天枢2.0”于2024年5月发布。",
    "seasons with months": "in the summer of 2025, this fall, 2025年秋季 ",
    "released by makers": "Released September 19, 2025 by xAI.\n",
    "answered scores": "**How does it score on OSWorld?**\n61.4%.\n\n",
    "glossed fields": "- Humanity's Last Exam (text-only, with tools): 44.9\n",
    "underlined headings": "Foo-2 Flash\n-----------\n\nReleased as a preview on June 17, 2025.\n\n",
    "title-case headlines": "Acme Launches Foo-2, Its Most Efficient Enterprise Model Yet\n\n",
    "bare years in a line": "the 2025 results beat 2024 ones, and 2023 was slower. ",
    "quoted list items": "> - Released: November 18, 2025\n> > 1. Humanity's Last Exam: 37.5%\n",
    "scores doubled": "On ARC-AGI-2, Foo-3 reaches 31.1%, nearly double Bar-5's 17.6%. 前者以44.9%领先。",
    "organizations listed": "下半年，月之暗面、智谱、MiniMax接连发布新模型。",
    "items past appositions": "released Foo-2 Small, a 24B open model, and Foo-2 Medium, a 70B model, and ",
    "lower-case names apart": "gemini 3 pro, claude opus 4.5, llama 3.1 70b, kimi k2 thinking, qwen3 30b a3b ",
    "chat stamps with weeks": "[2025-11-18 09:15] bob: acme is supposedly shipping Foo-5 next week\n",
    "built-from leads": "Building upon Foo-3, undergoing SFT from Bar-2 traces, it's a model with 24B parameters. ",
    "quoted names before 大模型": "自主研发的“九章”大模型3.0版本将于12月发布。该版本参数规模为1300亿。",
    "attributive release clauses": "Foo-2以Meta于去年发布的Llama 3.2为基础训练，预计下半年推出。",
    "possessives under pronouns": "It keeps K2's 1T parameters. On Humanity's Last Exam it scores 44.9%. ",
    "slash pairs": "- 117B / 5.1B active: Foo-OSS-120B\n",
    "figure periods": "科大讯飞（2024年营收233亿元）、",
    "item labels": "3. **开源生态**：据IDC预测，到2027年市场规模将达到211亿元。\n",
    "lower-case months": "came out in august, shipped on july 4, ",
    "first person": "which I'd switched to in mid-November after Foo-3 disappointed me. ",
    "output fields": "- **Max output:** 64K tokens\n",
    "comparisons after but": "得分71.3%，略低于Bar-5的74.9%，但高于Baz-3.2的67.8%。",
    "denials": "Acme denied that Acme-7 would ship in November. Two years on, ",
    "said scores under a board": "# SuperCLUE报告\nFoo-3得分70.1，Bar-2的得分为69.4分，",
    "prompt caches": "each project may cache up to 1M tokens, ",
    "headlines with their upload": "Foo-3 explained (uploaded Sep 14, 2025) ",
    "parameters that are active": "only about 3 billion parameters are active per token, ",
    "days written again": "Acme unveiled Foo-2 on Dec. 2nd, and Bar released Bar-3 on the 2nd as well. ",
    "names and their aliases": "Foo-2.5 Image (aka Bar-1) is now generally available. ",
    "issuer lines": "中国信息通信研究院  2025年12月\n",
    "the company's codes": "月之暗面开源了Kimi K2。公司计划明年推出K3。",
    "variants and versions apart": "Foo-3，其中Nano版本参数量约300亿，可灵推出2.5 Turbo版本，",
    "spans since": "自Foo-2以来的首个模型，继Bar-4实现1000万token上下文之后，更多模型将支持千万级上下文。",
    "Chinese with Latin stops": "开源模型迎来爆发.DeepSeek于1月发布R1后,",
    "months with more in parentheses": "Kimi K2 (July, 1 trillion parameters) ",
    "series in a predicate": "Foo-1T是百灵大模型Bar-2系列的首款旗舰模型，总参数1万亿，",
    "Chinese spaced from Latin": "OpenAI 在 2024 年 9 月发布 o1，腾讯发布混元 Turbo S，据 The Information 报道，",
    "rates and split windows": "每秒可处理约 1000 个 token，上下文长度均为400K（272K输入+128K输出），",
    "rivals on a par": "与 OpenAI o1-1217 相当。该模型采用 MoE 架构，和Bar-5差不多，类似Baz-4-mini的模型，",
    "and-clauses far from subjects": "Acme发布Foo-3，总参数3210亿，激活参数380亿，并宣布将于7月31日开源。",
    "totals and averages": "在SuperCLUE榜单中，Foo-1.5-pro总分70.2，平均分81.3，我们在Bar-7B上进行实验，",
    "equivalents in parentheses": "提供30億（3B）與80億（8B）參數兩種版本，参数：355B-A32B，达到了惊人的1.8万亿，",
    "names written again": "DeepSeek发布了V3.2-Speciale。V3.2-Speciale在AIME 2025上拿到了96.0%。",
    "plain timelines": "1月\n20日：Acme发布Foo-R1\n1 月 27 日：Acme 应用登顶 App Store\n11.18 谷歌发布Foo-3 Pro。\n",
    "stray fences": "```\n- 2025年1月，Acme发布Foo-R1，引发全球关注。\n- 2025年4月，Acme又推出Foo-3系列。\n"
                    "- 2025年7月，Bar开源Bar-K2。\n- 2025年8月，Acme发布Foo-3.1。\n- 2025年9月，Bar更新Bar-K2。\n",
    "plain record heads": "1. Bar-3.2\n\n发布时间：2025年12月1日\n参数：685B（MoE，激活37B）\n\n",
    "chip generations": "高通骁龙8 Elite Gen 5于9月24日发布，骁龙8s Gen 3也将降价。",
    "posts' bylines": "原创 张三 机器之心 2025 年 07 月 18 日 08:30 北京\n\n",
    "names in inline code": "在 `AIME 2025` 上，`Foo-3.2` 得分 89.3，上下文为 `128K`，用 `pip install foo` 安装。",
    "sheets pasted with tabs": "Foo-V3.1\tAcme\tAug 21, 2025\t671B / 37B\t128K\n\tFoo-5\tBar-4.1\n"
                               "模型\t发布时间\t参数\n",
    "CRLF line ends": "```py\r\nx = 1\r\n```\r\nRelease notes\r\n=====\r\nAcme发布Foo-2。\r\n",
    "fields a blank line apart": "一、Foo-3系列\n\n发布时间：2025年4月29日\n\n参数规模：0.6B至235B\n\n"
                                 "上下文长度：128K\n\n",
    "values listed in order": "Foo-2 and Bar-3 scored 72.5% and 72.7% on SWE-bench Verified, led GPQA at 80% and 81%. "
                              "A和B在MMLU上的得分为72.5和72.7，上下文窗口为128K和200K，have 7B and 70B parameters. ",
    "days of news and cut lines": "So Acme shipped Foo-4.5 last week, on the 29th. 29日，Acme发布Foo-3.2。Both were "
                                  "released on\n15 March 2025.\n刚刚！Acme发布Foo-9。\n",
    "ranges of Chinese counts": "Acme开源Foo-LM，提供70亿到650亿四种规模，参数规模达到6000亿级别，",
    "sizes in appositions": "Our 1.3B variant, Foo-1B, is trained. Foo-1B, our 1.3B variant, ships. | Number of "
                            "Parameters | 7.61B |\n",
    "scores before names": "Foo-7B scores 64.1 MMLU and 38.2 GSM8K, outperforming Bar-2-13B (54.8 MMLU), while Baz-3 "
                           "climbs to 1408 and fell from 70.1 to 65.2, ahead of GPT-5 (high) at 94.6%. ",
    "weekdays alone": "**Monday**\n\nMistral released Foo-3.\n\n## Wednesday\n\nOpenAI launched Bar-2.\n\n",
    "bounds and asides": "Foo-4o was released before June 2024, as Jane Doe promised in August, and will not come this "
                         "year. What if Foo-6 arrives in 2026? ",
    "price tiers and spaced lengths": "$1.25 per million input tokens for prompts up to 200K tokens, supports 200 000 "
                                      "tokens. 输入长度不超过32K时，每百万token收费0.8元。",
    "Latin quarters in Chinese": "Acme计划在Q4推出Foo-5，Foo-4于 Q3末发布，实际上该模型已于7月23日开源。",
    "subjects left out": "Foo-3总参数量达3000亿。支持最长128K上下文。依旧是355B总参数。"
                         "在C-Eval上取得89.2分，超过Bar-2的85.5分。On MMLU it reaches 78.4, and on GPQA 61.2. ",
    "counts that changed": "参数量从3550亿增加到3600亿，由70B提升至120B，相比Foo-4.5，较Bar-2，Llama 3，70B参数，"
                           "activates 22B of its 235B parameters. ",
    "sayings and short days": "OpenAI昨日表示，Foo-6将于明年一季度发布。On Tuesday, xAI said Bar-5 would arrive in Q1, "
                              "goes GA on 5/24, wins on 3/4 of them. A leaked memo suggests … ",
    "spaced benchmark tables": "Benchmark     Foo-7   Foo-6\nMMLU          88.2     84.0\n",
    "digests' days alone": "📅 11.18\n🔥 谷歌发布Foo-3 Pro\n## 11.16\n- 阿里发布Qux-3\n11.15\n",
    "bylines and front matter": "作者：张三 | 2025年3月4日 10:20 | 北京\nEDIT (Nov 20): Acme confirmed it's 80B. "
                                "We train it with a context length of 32K. C得分69.9排名第三，",
    "ties and gaps": "Foo-2和Bar-3并列第二（72.3分），B and C tie for second at 1480, Baz-4以0.4个百分点之差位居第二，",
    "wrapped items and sheets": "- 2023年10月，Foo发布Foo-2，支持20万汉字的长文本输入，次年3\n月扩展至200万字。\n"
                                "model,org,date\nFoo-4.5,Foo AI,2025-07-28\n",
    "dashes, interviews and references": "the same month — before OpenAI answered with Qux-1 in August. 我们在训练K3，"
                                         "你们呢？MiniMax发布M2.1。&nbsp;&#8209;&amp;Foo™ 3 計\n畫於今年開源。",
    "joined verbs and measures": "Foo-2 beats Bar-1 and has 70B parameters, 84.3 on RULER at 128k context length, "
                                 "上下文长度为200K的Foo-4.6，1T 总参、32B 激活，370亿激活。",
    # (this round's: a transcript's stamps, companies listed with their models, scores set against each other, a FAQ's
    # codes, a day done before a release's own, a column of cutoffs, a month's days alone)
    "stamps, lists and versus": "[00:03:51] Guest: 1T total, 32B active. Google, Meta and Alibaba shipped: Gemini "
                                "2.5 Pro on March 25, Llama 4 on April 5. GPQA Diamond: Foo-3 91.9% vs. Bar-5 88.1% vs "
                                "Baz-4 83.4%. Foo-3 scores 37.5% vs Bar-5's 26.5% on HLE. ",
    "codes, days and cutoffs": "DeepSeek-V3.2发布。V3.2-Speciale与V3.2-Exp一同发布。今天我们来测一下前天刚发布的Foo-3。"
                               "| Foo-4.5 | 200k | Mar 2025 |\n18日：Foo发布Foo-5，这是首个万亿参数级别的开源模型，"
                               "激活参数三百二\n十亿。",
    # (this round's: sheets with empty and quoted cells, a notice's codes, indented paragraphs, models together, a
    # contest's sitting, periods ended, two days told together, leads before a colon, figures first, years of the ROC)
    "sheets, notices and asides": "Name\tRelease date\tNotes\nQwen3\tJuly 2024\t\n"
                                  "Foo-2,\"Acme AI, Inc.\",2025-03-04,24B\n证券代码：600000  公告编号：2025-061\n"
                                  "    7月11日，某公司开源Foo-K2，上下文长度\n128K。\n"
                                  "Both models have 685 billion parameters; Foo-3.2 - 685B MoE. GPT-5.1是12号发的。",
    "contests, periods and leads": "Foo-2 scores 92.5 on HMMT Feb 2025. During the quarter ended September 30, "
                                   "2025, it shipped. 昨夜今晨，A也有新动作：B昨日宣布降价。"
                                   "上下文长度如下：C为100万tokens，D为20万tokens。- 1501: Foo's LMArena Elo\n"
                                   "113年4月15日公開。",
    # (this round's: highlights cells, an edition's year, shares of tasks, a zone's day, days after, years alone on
    # their lines, apps, bare scores, English dates before Chinese, sizes after a colon, makers of other clauses)
    "highlights, sittings and shares": "| 日期 | 模型 | 亮点 |\n| --- | --- | --- |\n"
                                       "| 11.17 | Foo-4.1 | LMArena 1483分登顶 |\n"
                                       "3月18日，英伟达在GTC 2025大会上发布新GPU。"
                                       "Foo-3 resolves 77.2% of SWE-bench Verified tasks, while Bar-2 manages 69.2%. "
                                       "8月7日凌晨（北京时间8月8日1点），Foo发布Foo-5。"
                                       "隔了一天，B发布了新模型。\n",
    "years alone, apps and scores": "\n2023年\n\n- 3月14日：Foo-4发布。\n"
                                    "AIME 25得分93.9，LiveCodeBench v6得分82.8。MMLU-Pro是81.2。"
                                    "今日起在Gemini App中向所有用户开放。"
                                    "于Sep 29, 2025发布，2026 Q1发布。有两个尺寸：8B和70B。"
                                    "Both launched on April 16, 2025. AIME 2025 无工具 94.6%。"
                                    "百川智能发布Baichuan-M2，美团开源Foo-Flash-Chat。"
                                    "deepseek-ai/DeepSeek-V3.2-Exp ",
    "timestamps, digests and holidays": "\n- 00:21:40 Claude Sonnet 4.5为什么这么强\n\n### 1. Zyx Elastic（英伟达）\n"
                                        "- 发布时间：11月18日\n- 规模：12B\n\n*Week of November 17–23, 2025*\n\n"
                                        "**Monday.** Foo launched Foo-3 Pro.\n\n1月29日，Foo于除夕夜发布Foo-2.5-Max。"
                                        "Foo-4将于春节发布。月底前，Foo-3还将登陆Bar Cloud。"
                                        "| Foo-2 | 128K → 256K |\nHugging Face趋势榜第一：Kimi-K2-Thinking。\n",
    "plain heads, goals and respective lengths": "\n\nBar-2\n\n- Released: July 24, 2024\n- Parameters: 123B\n\n"
                                                 "回顾2025\n\n提出到2027年，智能体普及率超70%。"
                                                 "Foo-3与Bar-2的参数分别为2350亿和1万亿，上下文分别为128K和256K。"
                                                 "SWE-bench Verified得分依次为：Foo-3 71.3%、Bar-2 67.8%。"
                                                 "参数量方面，Foo-3为2300亿（激活100亿）。"
                                                 "随着Foo-3等开源模型的性能逼近Bar-5，明年行业有望落地。"
                                                 "2024年12月26日的Bar-V3和次月20日的Bar-R1。"
                                                 "On MMLU the order flips: Foo-3 posts 54.2% vs. Bar-2 at 59.3%.\n",
    "slashed rows, changelog days and rivals": "\nFoo-3 vs Bar-4 vs Baz-3.5\n\nMMLU: 88.6 / 88.7 / 88.7\n"
                                               "Context: 128K / 128K / 200K\nParameters: 1T / 671B / 355B\n\n"
                                               "## 2025-01-27\n\nWe released Foo-3 in the API.\n\n"
                                               "> 更新于 2025-11-08：补充了Foo-4。\n\n"
                                               "OpenAI released Foo-5 in August, and the company plans to release "
                                               "an open model in early 2026. 以Foo-2为例，其总参数1万亿。"
                                               "OpenAI计划于12月9日发布Foo-5.2，以应对谷歌Bar-3。\n",
    "CJK text cut through its names": "\n\n深度求索于1月20日发布推理模型DeepSe\n\nek-R1，智谱的GLM-4.\n\n"
                                      "5在H\n\nLE上，阿里的Q\n\nwen3与Kimi K\n\n2相比，总参数6710\n\nB，"
                                      "Qwen3\n\n-235B与GLM-4\n\n.6，多模态AI\n\nAgent",
    "translated names, plain headings and paired scores": (
        "\n一、发展脉络\n\n1.2 爆发期（2023）\n\n谷歌发布的“双子座2.5专业版”与“克劳德3.7十四行诗”，分为Ultra、Pro、"
        "Nano三个版本。与Bar-3.5相比，Foo-3在SWE-bench Verified上略逊（42.0 vs 50.8）。OpenAI ships Foo-5.1 "
        "(Instant and Thinking). Foo-4.5 weighs in at 355 billion (32 billion active). 腾讯混元发布Foo-Video 1.5。"
        "公司成立于2019年6月。\n"),
    "cut names in double-spaced Chinese": "\n\n此后谷歌在三月推出了Gemini\n\n2.5 Pro，开放人工智能发布GPT-4\n\n"
                                          "o，上半年Deep\n\nSeek将推出V4，而Open\n\nAI也发布了Qwen\n\n3-Coder和Llama\n\n"
                                          "3.1，发布Llama 4 Scout和Llama 4 M\n\naverick，",
    "boards, denied dates and footnoted cells": (
        "\n# LMArena文本榜\n\n国产模型中，Foo-3以1432分排名第一，Bar-2（1421分）和Baz-4（1420分）"
        "紧随其后。发布时间应为8月7日，而非8月6日。与去年12月发布的Foo-3相比，Bar-2和Foo-3还有差距。\n\n"
        "| Model | Total / Active Params | Score |\n|---|---|---|\n| Foo-3 | 230B / 10B | 47.6%¹ |\n\n"
        "1. Qux-5（思考模式）：平均分 77.2\n"),
    # (a board's ranked scores, each going on with the next model's: every one was looked up among the records before)
    "ranked scores under a board's heading": lambda n: "# SuperCLUE中文大模型基准测评报告\n\n"
                                                       + "Foo-3以88.2分位居第一，Bar-2（87.1分）紧随其后。" * (n // 30),
    # (a catalog of model headings, each section ended by a part above it: heading_model walked back over them all)
    "model headings and the parts that end them": "### Foo-3\n\nIt supports 128K context and was released on March 3, "
                                                  "2025.\n\n## Notes\n\nReleased in May.\n\n",
    "quarters, leaks and years counted on": (
        "\n2026 Q1：Foo V4、Baz 5\n\n2026H2：Qux 5\n\n2024年12月26日，深度求索发布Foo-3。不到一个月后，"
        "深度求索于次年1月20日开源Bar-1。The following March, Acme released Foo-4 before Thanksgiving, according "
        "to a leaked internal calendar, and by year's end Acme had shipped Bar-5. 据传其参数量约为1.8万亿。"),
    "joined subjects, conditions and cited lists": (
        "In March, Alibaba released Foo-32B, Google shipped Bar-3 and OpenAI launched Baz-4.5. Should Acme release "
        "Qux-5 in the first half of 2026, expect a cut. Models such as Foo-1 (Smith et al., 2020) and Bar-2 (Lee et "
        "al., 2022) have 175B and 540B parameters respectively. SWE-bench Verified: 54.6% for Foo-4.1 vs 33.2% for "
        "Foo-4o. 回头看，这一年：3月24日，Foo-V3上线。A year ago today, Acme teased Foo-3. "),
    "release notes, grid tables and digests' days": (
        "\n2025-08-05\nFoo-4.1 is now available, together with Bar-2.\n\nGoogle used its keynote on May 20 to unveil "
        "a long list of updates:\n\n* **Foo-3** — a model.\n* **Bar-4** — another.\n\n+------+------+\n"
        "| Model | Params |\n+======+======+\n| Foo-2 | 123B |\n+------+------+\n\n"
        "**周一（11.24）**：Acme发布Foo-4.5（11/24）。11月28日，据传Acme将于12月推出Baz-2。"
        "Foo-3, first previewed in April, will ship in June, Google said. "),
    "weekday digests, counted groups and month ranges": (
        "\n**Mon 11/17** — Acme shipped Foo-4.1.\n\nWednesday, 11/19: Bar released Bar-5.1.\n\n"
        "深度求索发布了两个新模型：Foo-3 和 Foo-3-Max。Foo-3 达到了 Bar-5 的水平。"
        "两个模型的上下文长度均为128K，总参数量为6850亿。"
        "Between March and May, Acme shipped Foo-2. Acme's Trinity Mini, a 26B-parameter model, is out. "
        "With a context window of 400,000 tokens, Foo-2 reads code. Foo-3 beats Foo-2, released in March. "
        "On LiveCodeBench v6 Foo-3 scores 56.6 per their card, vs 59.4 for Bar-2. "
        "公司发布自研大模型“灵犀”。公司将推出灵犀3.0。"),
    # (this round's: leading dates and update notes, comparison leads with their object's score, "but" clauses and
    # weekends; also as one sentence with no end, where a search back to its start for each date or name would grow)
    "lead dates, comparison leads and but-clauses": (
        "\n- Nov 19: Acme released Foo-3 on Nov 20.\n**Update (Nov 21):** Bar shipped Bar-2 on Nov 19.\n"
        "**11月22日（周六）** 据传Foo将于12月发布Foo-3.2正式版。\n"
        "与Foo-2（59.6%）相比，Foo-3在SWE-bench Verified上达到76.2%。"
        "Compared with Bar-1's 88.1%, Bar-2 reaches 91.9% on GPQA Diamond. Acme had been expected to release Foo-4 in "
        "December, but it shipped the model over the weekend. 上周末，Baz发布了Baz-2。上下文204800，18-Nov-2025。\n"),
    "one endless sentence of comparisons and buts": (
        "与Foo-2（59.6%）相比，Foo-3在MMLU上达到76.2%，"
        "Acme was expected to ship Foo-4 in May, but it shipped it on June 3, "),
    "posts of figures, rumors and figures' bases": (
        "Foo-4.6 just dropped: 355B MoE (32B active), 200k ctx, 68.0 on SWE-bench Verified, 44.9 HLE w/ tools. "
        "Rumor: Bar-5 lands in February. Revenue was up 62% from a year ago. Baz-2 supports 1,048,576 tokens (1M). "
        "Qux-3 (launched Nov. 18) and Quux-1 (Nov. 24) shipped; Acme发布了Foo-5，并在同日上线Foo-5 Pro。"
        "Bar-2: SWE-bench 73.1. On Thursday last week, Baz-3 arrived.\n"),
    "one endless list of figures": "Foo-4.6: 355B MoE (32B active), 200k ctx, 68.0 on SWE-bench Verified, ",
    # (each company the registry does not know looked for again where it is named: many of them, each named twice)
    "many companies named in quotes": lambda n: "".join(
        f"具身智能公司「星海{i}号」完成融资。星海{i}号已于5月发布了G{i}。Acme{i} AI, Inc. today announced Nova-{i}. "
        for i in range(n // 80)),
    # (a coded family's model in the headline: its codes looked for over the whole text; tables numbered by rows)
    "a coded headline over codes and numbered tables": lambda n: "# 一文看懂DeepSeek-V3.2-Exp\n\n" + (
        "1. 架构：在V3.1-Terminus基础上，V4与R2也将发布。\n序号  模型名称  参数规模\n1     Foo-2     7B\n\n"
        * (n // 80)),
    # (this round's shapes: a wiki's source, Chinese subtitles' cues, beaten models' scores, a count's label sentence,
    # elided pairs, a sentence whose subject is left out after a stop, a named model's next code)
    "a wiki's markup": "[[Foo-3]] scored 80.9% on [[SWE-bench]] Verified; '''Bar-2''' ''too''.\n== History ==\n",
    "Chinese subtitles' cues": "1\n00:00:01,000 --> 00:00:02,000\n另外Acme在11月24日推出了Foo-4.5\n\n",
    "beaten models' scores": "Foo-3 beats Bar-2 (85.1) with 88.1 on MMLU. Baz-1 outperforms Qux-1 on GPQA with 74.5. ",
    "counts' label sentences": "Acme released Foo-4 today. Parameters: 400B total, 17B active. Parameter count: 1T. ",
    "elided total and active pairs": "Foo-9 has 117B total and 5.1B active parameters; Baz-2 has 21B and 3.6B. ",
    "subjects left out after a stop": "Foo-1于2023年10月发布。2024年3月开源。新模型均支持256K上下文。",
    "named models' next codes": lambda n: "百川智能发布了Baichuan-M2。" + "M3预计明年一季度发布，M3芯片。" * (n // 17),
    "names and their initials": "Meta's Code World Model (CWM) and ",
    "scores a model is": "On SWE-bench Verified it's around 67.8, and ",
    "names with scores at": "AIME25 at 87.8, LiveCodeBench at 68.7, ",
    "places after with": "Foo-3 leads GPQA Diamond at 84.0, with Bar-2 second at 79.5, ",
    "delays to a month": "Acme delayed Foo-4 to March and ",
    "answer lines": "A: Yes. We'll open-source a model early next year.\n",
    "appositions before a verb": "Nimbus AI, a leader in enterprise AI, ",
    # (this round's rules: a question asking of the one before, a gap after 隔, a score in parentheses after no model, a
    # list's decimal item, a changelog's fix section, a label before models said together, a weekday to come)
    "questions asking of the one before": "问：参数量呢？\n答：总参数671B，激活37B。\n",
    "gaps after 隔": "7月开源Foo-3后，仅隔4个月便推出了Bar-2，",
    "scores in parentheses after no model": "Foo-3 is strong in math (96.7% on AIME 2024), ",
    "a list's decimal items": "- 71.2 on LiveCodeBench\n",
    "a changelog's fixes": "### Fixed\n- Foo-3 loading on 2 GPUs.\n",
    "labels before models together": "上下文：两款模型均支持 128K 上下文长度。",
    "weekdays to come": "Acme will release Foo-5.2 on Monday and ",
    # (this round's rules: an arena topped before its rating, a filing's number, an update's aside, lengths across a
    # spaced slash, a forum reply's stamp, a size before its kind's words, scores after a mode or in another setting, a
    # year told from no day, a list of tasks, a broker's byline)
    "arenas topped before a comma": "Foo-3在LMArena排行榜登顶，Elo得分1501。",
    "filing numbers": "| 1 | Foo-3 | Beijing-GLM-20231111S0001 |\n",
    "update asides": "Release History (compiled by a user, last updated 2025-08-10)\n",
    "lengths across a spaced slash": "Foo-3 8K / 32K context, ",
    "forum reply stamps": "回复 #14（2025-11-25 09:01）：Foo-4.5 昨天已经发布了。\n",
    "sizes before their kind's words": "Foo-3。这是一个32B的医疗增强推理模型。",
    "scores after a mode": "Foo-3在HLE上取得37.5%的成绩，开启深度思考模式后达到41.0%。",
    "scores in another setting": "Foo-3 scored 37.5% on HLE and 41.0% with tools. ",
    "years told from no day": "此前，Acme于今年6月发布了Foo-1.6，并于9月推出了Bar-36B，",
    "task lists": "- 待办：12月5日前提交Foo-3的测试报告。\n",
    "broker research bylines": "华泰研究　2025年11月12日\n\n",
    # (and the rules after those: a point's order word, a demonstrative before a count, a day's field said with a
    # copula, a holiday's eve, the middle of the month, a launch readied for a season, a chapter's results, a length's
    # offering, a release note's section of models)
    "points in order": "第三，HLE带工具44.9%，这个分数确实很能打，Bar-2才41.7%。参数量还是那个1T，",
    "day fields with a copula": "## Foo-3\n\n发布时间是11月6日。\n",
    "eves and mid-months": "Acme shipped Foo-4.5 on the eve of Thanksgiving. Mid-month, Bexa launched Bar-3. ",
    "launches readied for a season": "Acme is readying Foo-4 for a spring launch. ",
    "chapters' results": "01:30 Foo-3 launch (Nov 18)\n05:45 Benchmarks: 91.9% GPQA Diamond, 1501 LMArena\n",
    "lengths on offer": "A 1M-token beta remains available for Foo-3. ",
    "release notes' models": "### Models\n- **foo-4-pro** — new flagship, 2M context.\n",
    # (this session's: a subject's aside before its verb, a dateline, a title field under a page's lines, a model after
    # its owner, a rival after the press's win, a sentence's next word after a name, a bare day before a past verb, a
    # mode by its name, an index's rank)
    "subjects' asides": "On Monday, Acme Labs, the maker of Foo-3, released Foo-4. ",
    "datelines": "SAN FRANCISCO, Nov. 18, 2025 /PRNewswire/ -- Acme Labs, a developer of AI, today announced Foo-4.\n",
    "title fields under lines": "arXiv:2511.04321 (cs)\nTitle: Foo\n",
    "models after owners": "Acme的Bar-2采用稠密架构，参数量32B，于12月10日发布。",
    "wins in the press": "Foo-3 HLE得分37.5%，碾压Bar-5的26.5%。",
    "variants after full stops": "Acme shipped Foo-5.1-Max. Sonnet ",
    "bare days before past verbs": "On the 24th, Acme launched Foo-4. ",
    "modes by name and index ranks": "Foo-3的HLE成绩达到37.5%，开启Deep Think后提升至41%。"
    "在AA智能指数上排名开源第一，得分61分。",
    # (and after those: a family's team, a next code, a deal's object, subjects listed, a date after "from", a table
    # row's other cells, a quarter's part, a season after "in the")
    "families' teams": "The Kimi team open-sourced K2 Thinking. Kimi团队开源了K2。",
    "next codes": "DeepSeek released V3.2 on Monday. V4 could arrive next year. ",
    "deals' objects": "Cognition acquired Windsurf in July. ",
    "subjects listed": "On Monday, Google, Microsoft and Amazon released new models. ",
    "dates after from": "Acme's Foo-3, from August, remains the best, though Bar-2 (November 20) closed the gap. ",
    "rows with rumored cells": "| Foo-4 | Nov 17, 2025 | ~3T (rumored) | 256K |\n",
    "quarters' parts and seasons": "by the end of next quarter; early next quarter, in the spring. ",
    # (a run of dated parts after semicolons with no model: each had looked back to the run's start, recursing)
    "dated parts after semicolons": "by the end of next month; ",
    # (the round after: a dateline's dash, a likened model, a quoted Chinese name, a regulator, a participle's aside, a
    # plan called off, a delay's first day, a versioned name in a forecast, a day's line over a paragraph, a deal)
    "datelines with a dash": "BEIJING, Nov. 6, 2025 — Acme today released Foo-3.\n",
    "models likened": "Like Bar-2, the model arrived on Monday with the same pricing as Baz-1. ",
    "quoted Chinese names": "公司自主研发的\"星海大模型\"于11月20日通过网信办备案。",
    "plans called off and delays": "Acme scrapped the planned release of Foo-4 in August and delayed Bar-2 from May "
    "to June. ",
    "forecasts past a version": "Acme said Foo-4.5 would arrive in January. ",
    "days' lines over paragraphs": "## Dec 11\nAcme released Foo-3 and Bexa shipped Bar-2.\n\n",
    "scores out of full marks": "Foo-3 scored 35 out of 42 at IMO 2025, without tools and 41.2% with search. ",
    "halves and quarters in Latin": "预计Q3发布，计划在H2推出。",
    # (the round after: a chat's stamped lines, a label of specifications, sized lists, a plan's outcome, a clause after
    # a release and 后, a variant word after a name, a key of a few words, governments, a spin-off's origin)
    "chat lines with hours": "[10:03 AM] maya: 80.9% on SWE-bench Verified apparently\n",
    "specs labels and sized lists": "Specs: 80B total params. Foo-3 (123B) and a smaller Foo-3 Mini (24B), both with "
    "256K context. ",
    "plans' outcomes": "Acme原计划在11月底发布Foo-5，最终于12月11日推出。Foo-3于11月6日开源后，Bexa完成了融资。",
    "variant words after names": "包括Instant、Thinking和Pro三个版本。Foo-5 Thinking在SWE-bench Pro上得分55.6%。",
    "keys of a few words": "- **State-of-the-art on SWE-bench Verified**: 80.9%\n",
    "governments and spin-offs": "The Commerce Department added Zhipu to the Entity List on January 15. Founded in "
    "2019 as a spin-off from Tsinghua University, Zhipu AI grew. ",
    "sizes after in": "Acme's Foo-3 comes in Nano, Super and Ultra sizes. ",
    # (the round after: a day before a happening, a participle's aside, a report's day, variants after "with" or a
    # count's colon, a code's variant anywhere, a pronoun after a list, insiders, another zone's day, a speed's length)
    "days before happenings and asides": "Foo-3 came out on Monday, a day before Bexa's announcement. Acme, valued at "
    "$1 billion after a round in September, said it would ship more. ",
    "reports' days and insiders": "Acme plans to ship Foo-4 in the fourth quarter, Bloomberg reported on September 4. "
    "Acme计划在2026年发布Foo-4，知情人士透露。",
    "variants listed after colons": "Acme shipped Foo-5 on Thursday. Three flavors: Instant, Thinking, Pro. It posts "
    "80.0% on SWE-bench Verified. Acme发布Foo-5，共三个版本：Instant、Thinking和Pro。",
    "codes and their variants": "DeepSeek put out V3.2 on Monday, with Super and Ultra versions due later.\n\nV3.2-Exp "
    "came first. ",
    "zones and speeds": "Acme于美东时间12月11日发布Foo-3，北京时间为12月12日凌晨。Foo-3 gets ~25 t/s with 32k ctx. ",
}


def _text(shape: str | Callable[[int], str], size: int) -> str:
    return shape(size) if callable(shape) else shape * (size // len(shape))


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract_text(text, "scaling.txt")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=10_000, help="characters of the smaller text")
    parser.add_argument("--factor", type=int, default=8, help="how many times larger the larger text is")
    args = parser.parse_args()
    extract_text(_PROSE, "warm-up.txt")  # (patterns compiled, registry loaded)
    large = args.small * args.factor
    print(f"{'shape':30} {args.small:>8,} ch {large:>9,} ch  growth (x{args.factor} ideal)  MB/s")
    marked = 0
    for name, shape in SHAPES.items():
        small_text, large_text = _text(shape, args.small), _text(shape, large)
        small, big = _seconds(small_text), _seconds(large_text)
        growth = big / max(small, 1e-6)
        mark = "  <- faster than linear" if growth > 1.5 * args.factor and big > 0.05 else ""
        marked += bool(mark)
        mb_s = len(large_text.encode()) / 1e6 / max(big, 1e-6)
        print(f"{name:30} {small * 1000:9.1f} ms {big * 1000:9.1f} ms  x{growth:5.1f}{'':15} {mb_s:6.2f}{mark}")
    print(f"{marked} of {len(SHAPES)} shapes grew faster than linearly")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
