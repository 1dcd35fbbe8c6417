"""Normalization: what it changes, and the fast forms of its steps equal their plain definitions."""

from __future__ import annotations

import re
from array import array

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.text import normalize as norm

# A Chinese paragraph cut at a page's width, as a PDF gives it, and what normalizing makes of it
_CUT_PARAGRAPH = ("这是一段被排版软件按固定宽度切断的中文段落文字，每一行都在句子中间断\n"
                  "开，直到段落结束为止，这样的文本通常来自于文件的复制粘贴操作，需要把它\n"
                  "们重新连接起来才能正确地进行信息抽取和分析处理，否则句子就会被切得支离\n"
                  "破碎，模型的名字和数字也会分在两行之间，难以阅读和理解其中的各种含义。\n\n")
_JOINED_PARAGRAPH = _CUT_PARAGRAPH.replace("\n", "").replace("，", ",") + "\n\n"

# input -> normalized text
_SHEET_ROWS = ("Model\tDeveloper\tReleased\tParams (total / active)\tContext\tNotes\n"
               "Foo-V3.1-Terminus-Instruct\tAcme AI Research\tAug 21, 2025\t671B / 37B\t128K\thybrid\n"
               "Bar-K2-Instruct-0905-Preview\tBexa Labs Inc\tJul 11, 2025\t1T / 32B\t128K\tagentic\n")

CASES = [
    ("中 文", "中文"),
    ("中 \t 文", "中文"),
    ("2025 年 1 月", "2025年1月"),
    ("发布于 2025", "发布于2025"),
    ("a 中 b", "a 中 b"),
    ("1 2", "1 2"),
    (" 中", " 中"),
    ("中 ", "中 "),
    ("中 \n文", "中 \n文"),
    ("ＧＰＴ－４，“好”", 'GPT-4,"好"'),
    ("a&lt;b&amp;c", "a<b&c"),
    ("x\u200by\r\nz", "xy\nz"),
    # emphasis with text after it on its line loses its marks; emphasis that holds all of its line's text keeps them
    ("激活参数：**32B**，上下文 **128K**", "激活参数:32B,上下文 128K"),
    ("- **Kimi**: 1T\n**2024年3月**\n## **GPT-4o** 发布\n- **融资：**",
     "- Kimi: 1T\n**2024年3月**\n## GPT-4o 发布\n- **融资:**"),
    ("a ** b ** c, x**\ny**", "a ** b ** c, x**\ny**"),
    # (a headline's byline under it, a role after a writer's name or two writers, or a name alone over its day's line,
    # ends its line, and the headline over it)
    ("Acme launches Foo-3\nBy Jane Roe, Staff Writer\nDec. 11, 2025\nAcme launches Foo-3\nJane Roe\n"
     "Thu 11 Dec 2025 18.00 GMT",
     "Acme launches Foo-3\nBy Jane Roe, Staff Writer\nDec. 11, 2025\nAcme launches Foo-3\nJane Roe\n"
     "Thu 11 Dec 2025 18.00 GMT"),
    # (italics too, one mark each side; not a footnote's or a product's star, a product's, a list's mark)
    ("76.3% on *SWE-bench Verified*.\n*December 3, 2025*\n* item *x* y\nGPT-4* and 2*3*4",
     "76.3% on SWE-bench Verified.\n*December 3, 2025*\n* item x y\nGPT-4* and 2*3*4"),
    # in hard-wrapped text, a post's byline (a day and its time of day) and a list's last item over a blank line end
    # there, not cut lines
    ("深度｜Foo-2发布一周\n\n原创 张三 机器之心 2025 年 07 月 18 日 08:30 北京\n\n" + _CUT_PARAGRAPH,
     "深度|Foo-2发布一周\n\n原创张三机器之心2025年07月18日08:30北京\n\n" + _JOINED_PARAGRAPH),
    # (and a plain timeline's days, spaced or not, each open their lines: "1 月 27 日：…")
    ("1月\n\n1月20日：Acme发布Foo-R1并开源，性能对标Bar正式版的推理模型\n1 月 27 日：Acme 应用登顶 App Store 榜首",
     "1月\n\n1月20日:Acme发布Foo-R1并开源,性能对标Bar正式版的推理模型\n1月27日:Acme 应用登顶 App Store 榜首"),
    (_CUT_PARAGRAPH + "- 生成：Foo-3和Bar-2实现了短视频生成\n\n2022年是关键一年。",
     _JOINED_PARAGRAPH + "- 生成:Foo-3和Bar-2实现了短视频生成\n\n2022年是关键一年。"),
    # (a wrapped sentence cut before its day goes on: the day is no byline's nor a dated entry's line)
    ("Foo-2 is a decoder-only transformer. The smaller Foo-2-Mini\nhas 7.6 billion parameters. Both models were "
     "released on\n15 March 2025.\n",
     "Foo-2 is a decoder-only transformer. The smaller Foo-2-Mini has 7.6 billion parameters. Both models were "
     "released on 15 March 2025.\n"),
    # (and a last line that ends as a sentence after its day is no row of a table laid out with spaces)
    ("Foo-4 builds on Foo-3.\nThe model was trained over six weeks and will be made available to enterprise customers\n"
     "from the 15th of January 2026.\n",
     "Foo-4 builds on Foo-3.\nThe model was trained over six weeks and will be made available to enterprise customers "
     "from the 15th of January 2026.\n"),
    # (a file saved with CRLF line ends reads as one with LF ends: its code's fence closes, its underlines make
    # headings; a lone carriage return stays)
    ("```py\r\nx = 1\r\n```\r\nAcme发布Foo-2。\r\n", "     \n     \n   \nAcme发布Foo-2。\n"),
    ("Release notes\r\n=============\r\n\r\nFoo-2\r\n-----\r\n\r\nReleased on June 17, 2025.\r\na\rb",
     "# Release notes\n             \n\n## Foo-2\n     \n\nReleased on June 17, 2025.\na\rb"),
    # (a sheet's rows pasted as text keep their lines, however long, and the tabs between Chinese cells)
    (_SHEET_ROWS, _SHEET_ROWS),
    ("模型\t发布时间\t参数\nFoo-4o\t2024.05\t未公开\n", "模型\t发布时间\t参数\nFoo-4o\t2024.05\t未公开\n"),
    # (a list's item wrapped where the break cuts it for sure, inside a number, goes on onto its next line; a list's
    # last item over a paragraph with no blank line between them keeps its line)
    ("# 简史\n\n1. 2023年3月16日，Bar发布Bar-1，成为国内首个对标Baz-3.5的产品。\n"
     "2. 2023年10月，Foo发布Foo-2，支持20万汉字的长文本输入，次年3\n月扩展至200万字。\n",
     "# 简史\n\n1. 2023年3月16日,Bar发布Bar-1,成为国内首个对标Baz-3.5的产品。\n"
     "2. 2023年10月,Foo发布Foo-2,支持20万汉字的长文本输入,次年3月扩展至200万字。\n"),
    ("- 通信层：采用gRPC+WebTransport协议，实现50ms内的模型更新同步\n这种设计使系统吞吐量提升3.2倍。\n",
     "- 通信层:采用gRPC+WebTransport协议,实现50ms内的模型更新同步\n这种设计使系统吞吐量提升3.2倍。\n"),
    # (HTML's character references, named and numeric; an unknown name stays as written; trademark signs go)
    ("Foo&nbsp;Labs: 128K&#8209;token, &#x41;, &bogus; Nemotron™ 3", "Foo Labs: 128K-token, A, &bogus; Nemotron 3"),
]


# Hard-wrapped text (most lines cut mid-sentence, as PDFs give it): its line breaks are joined,
# across blank lines too, but a heading keeps its own line.
_WRAPPED = "\n".join(["# Frontier models", "", *[f"line {i} of a sentence cut by the" for i in range(10)], "end."])


def test_wrapped_lines_are_joined_but_not_a_heading() -> None:
    text = norm.normalize(_WRAPPED).text
    assert text.startswith("# Frontier models\n\nline 0 of a sentence cut by the line 1 of")
    assert "\n" not in text[len("# Frontier models") + 2 :]


def test_subtitle_cues_lose_their_numbers_and_timings_and_run_on_as_one_text() -> None:
    """An SRT or WebVTT file's cue numbers and timing lines are blanked, and a sentence that runs over cues is
    joined; one that ends in its cue keeps its line. A lone arrow in a text is no cue."""
    srt = ("1\n00:00:01,000 --> 00:00:04,200\n大家好。\n\n2\n00:00:04,200 --> 00:00:09,800\n深度求索发布了Foo-3，\n\n"
           "3\n00:00:09,800 --> 00:00:14,500\n总参数6710亿。\n")
    result = norm.normalize(srt)
    assert "-->" not in result.text and "00:00" not in result.text
    assert "深度求索发布了Foo-3,总参数6710亿。" in result.text  # (its comma as normalized)
    assert result.text.strip().startswith("大家好。\n")
    vtt = "WEBVTT\n\n00:01.000 --> 00:04.000\nFoo AI released Foo-3\n\n00:04.000 --> 00:08.000\nwith 70B parameters.\n"
    assert "Foo AI released Foo-3 with 70B parameters." in norm.normalize(vtt).text
    assert "WEBVTT" not in norm.normalize(vtt).text
    plain = "A --> B\n\nline one\nline two"
    assert norm.normalize(plain).text == plain


def test_wiki_markup_reads_as_what_it_shows_and_maps_back() -> None:
    """A wiki's link shows its text (its target gone), a file's link nothing, bold and italic quotes nothing, a heading
    is a markdown heading; a markdown link of a bracketed note ("[[1]](#note)") is no wiki link. Every character left
    maps back to the same character of the original."""
    wiki = ("== History ==\n'''Foo-3''' scored 80.9% on [[SWE-bench]] Verified; [[Bar (model)|Bar-2]] ''did not''.\n"
            "[[File:Foo.png|thumb|A ''logo'']]\nBaz-1 scored 88.1[[1]](#note) on MMLU.")
    result = norm.normalize(wiki)
    lines = result.text.split("\n")
    assert lines[0].rstrip() == "## History"
    assert lines[1] == "Foo-3 scored 80.9% on SWE-bench Verified; Bar-2 did not."
    assert not lines[2].strip() and "88.1[1]" in lines[3] and "88.11" not in result.text
    for k, ch in enumerate(result.text):
        if ch.strip() and ch != "#":
            assert wiki[result.starts[k]] == ch


def test_html_tables_become_markdown_rows_one_line_a_row() -> None:
    """An HTML table's rows, a row's cells on one line or on several, several rows on one line: one piped line a
    row, under the header's, with no line between them; what its cells hold maps back to the original."""
    html = ("<table>\n<thead>\n<tr>\n<th>Model</th>\n<th>MMLU</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Foo-2</td>\n"
            "<td>86.1</td>\n</tr>\n<tr><td>Bar-3</td><td>45.9</td></tr><tr><td>Baz-4</td><td>62.1</td></tr>\n</tbody>\n"
            "</table>\n\nA <b>bold</b> word and <td>no table</td>.")
    result = norm.normalize(html)
    lines = [line.strip() for line in result.text.split("\n") if line.strip()]
    assert lines[:4] == ["|Model|MMLU|", "|Foo-2|86.1|", "|Bar-3|45.9|", "|Baz-4|62.1|"]
    assert lines[4].split() == ["A", "bold", "word", "and", "no", "table", "."]
    at = result.text.index("Bar-3")
    assert result.original[slice(*result.orig_span(at, at + 5))] == "Bar-3"


def test_word_hyphenated_at_a_wrapped_line_end_is_one_word_again() -> None:
    """PDF text cuts words with a hyphen at its line's end ("70B param-\neters"): one word again when the
    next line goes on in lower case; a name's hyphen before a capital or a digit stays ("Flash-\nLite")."""
    body = [f"line {i} of a paragraph that the PDF cut at its full width, and it goes on" for i in range(9)]
    text = "\n".join([*body[:4], "Meta released it in sizes of 7B, 13B and 70B param-",
                      "eters, which the PDF cut at its full width, and Gemini 2.0 Flash-",
                      "Lite, with a context of 4,096 tokens, which the PDF cut at its full width.", *body[4:]])
    result = norm.normalize(text).text
    assert "70B parameters, which" in result and "Gemini 2.0 Flash-Lite, with" in result
    assert result.count("\n") == 0


def test_wrapped_number_in_cjk_text_is_joined_whole() -> None:
    """PDF lines are cut anywhere, numbers too: "激活2\n10亿" is 210亿 in CJK text; Latin text keeps a space."""
    body = ["一段被PDF按行切开的长句子还没有说完它接着在下一行"] * 9
    cjk = "\n".join(["总参数2360亿，这个模型的每个token激活2", "10亿参数，一段被PDF按行切开的长句子还没", *body])
    latin = "\n".join(["we ran the benchmark suite again 2", "10 times and the line was cut in the middle", *body])
    assert "激活210亿参数" in norm.normalize(cjk).text
    assert "again 2 10 times" in norm.normalize(latin).text


def test_wrapped_latin_word_in_cjk_text_is_joined_whole() -> None:
    """PDF lines of CJK text are cut anywhere, Latin names too: one name again after a CJK character or a Chinese mark
    ("DeepSe\nek-R1", "GLM-4.\n5", "Qwen3\n-235B", "在H\nLE上", "Q\nwen3", "Kimi K\n2", "6710\nB"); a break
    between words keeps its space ("Kimi\nK2", "AI\nAgent", "AIME\n25", "OpenAI\n o1"), and so does one in Latin text
    ("open\nsource", "— Anthropic today\nannounced")."""
    cuts = [("DeepSe", "ek-R1，"), ("V3.2-Ex", "p，"), ("开源的模型Kimi", "K2对比，"), ("GLM-4.", "5在"),
            ("H", "LE上，"), ("Q", "wen3与"), ("Kimi K", "2相比，"), ("总参数6710", "B，"), ("多模态AI", "Agent在"),
            ("AIME", "25上，"), ("OpenAI", " o1的成绩，"), ("Qwen3", "-235B与"), ("GLM-4", ".6相比，")]
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines, cont = [], "深度求索发布了"
    for head, after in cuts:  # (each line 24 characters wide, cut where the pairs meet)
        lines.append(cont + filler[: 24 - len(cont) - len(head)] + head)
        cont = after
    cjk = "\n\n".join([*lines, cont + filler[: 24 - len(cont)], *[filler[:24]] * 6])
    body = [f"line {i} of a paragraph that the PDF cut at its width" for i in range(9)]
    latin = "\n".join(["we ran the benchmark suite on the open", "source models and the line was cut in the middle",
                       "SAN FRANCISCO — Anthropic today", "announced it has raised money, and the line was cut", *body])
    result = norm.normalize(cjk).text
    for joined in ("DeepSeek-R1,", "V3.2-Exp,", "模型Kimi K2对比", "GLM-4.5在", "HLE上", "Qwen3与", "Kimi K2相比",
                   "6710B,", "AI Agent在", "AIME 25上", "OpenAI o1的", "Qwen3-235B与", "GLM-4.6相比"):
        assert joined in result
    latin_result = norm.normalize(latin).text
    assert "the open source models" in latin_result and "Anthropic today announced" in latin_result


def test_spaced_names_and_numbers_in_cut_chinese_prose_are_no_table_row() -> None:
    """Chinese written with blanks around its Latin names and numbers, as many write it, is prose where a PDF cut it
    ("M-4.5 是 128K）", "net 4 打成平手（48.6"), not a row of a table laid out with single spaces."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines = [filler[:10] + "上下文200K（上一代 GL", "M-4.5 是 128K），代码能力" + filler[:7],
             filler[:10] + "任务中与 Claude Son", "net 4 打成平手（48.6" + filler[:8], *[filler[:22]] * 6]
    result = norm.normalize("\n\n".join(lines)).text
    assert "上一代 GLM-4.5是128K)" in result and "Claude Sonnet 4打成平手(48.6" in result


def test_a_known_name_cut_before_its_inner_capital_in_chinese_text_is_whole_again() -> None:
    """A PDF's break in Chinese text between a lower-case letter and a capital joins the two when they make a name the
    registry knows ("Deep" over "Seek" is DeepSeek, "Open" over "AI" OpenAI); other words keep their space ("Kimi"
    over "K2")."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines = [filler[:20] + "上半年Deep", "Seek将推出V4，而Open", "AI也可能发布GPT-6" + filler[:8],
             filler[:16] + "开源的模型Kimi", "K2对比" + filler[:16], *[filler[:22]] * 6]
    joined = norm.normalize("\n\n".join(lines)).text
    assert "上半年DeepSeek将推出V4,而OpenAI也可能" in joined and "模型Kimi K2对比" in joined


def test_a_family_cut_before_its_version_is_joined_as_its_models_write_it() -> None:
    """A PDF's break in Chinese text between a family's name and its version joins them as the registry's models of
    that family are written: "Qwen" over "3-Coder" is Qwen3-Coder, "Llama" over "3.1" Llama 3.1; a name the registry
    lists no version of keeps its space ("Kimi" over "2代")."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines = [filler[:20] + "阿里开源了Qwen", "3-Coder，而Meta的Llama", "3.1仍是开源标杆，月之暗面的Kimi",
             "2代模型" + filler[:14], *[filler[:22]] * 6]
    joined = norm.normalize("\n\n".join(lines)).text
    assert "开源了Qwen3-Coder,而Meta的Llama 3.1仍是" in joined and "Kimi 2代" in joined


def test_a_cut_chinese_line_of_capitalized_names_is_no_english_title() -> None:
    """A line of Chinese prose cut by a PDF that holds only capitalized names and numbers between its blanks
    ("00:35:12 Foo 3 Pro和Nano Ba" over "nana Pro（…") is no English title in title case: it goes on."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines = [*[filler[:22]] * 4, "00:35:12 Foo 3 Pro和Nano Ba", "nana Pro（1小时）" + filler[:12], *[filler[:22]] * 4]
    assert "Foo 3 Pro和Nano Banana Pro(1小时)" in norm.normalize("\n\n".join(lines)).text


def test_a_cut_chinese_line_of_names_joined_by_a_chinese_word_is_no_table_row() -> None:
    """A PDF's cut line of Chinese prose whose only blanks are inside names, with a Chinese word between two of them
    and none around ("末发布Foo 4 Scout和Foo 4 M" over "averick，…"), is prose, not a row of cells; a row laid out with
    single spaces stays one."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines = [filler[:12] + "Meta罕见地在周", "末发布Foo 4 Scout和Foo 4 M", "averick，前者支持" + filler[:10],
             *[filler[:22]] * 6]
    assert "在周末发布Foo 4 Scout和Foo 4 Maverick,前者" in norm.normalize("\n\n".join(lines)).text
    rows = "Foo-2.5-72B 2024.09 72B 128K\nBar-V3 2024.12 671B 128K"
    assert norm.normalize(rows).text == rows


def test_a_wrapped_line_that_opens_with_a_comma_or_a_full_stop_goes_on_from_the_one_before() -> None:
    """No line of text opens with a comma or a full stop: a PDF's break before one is a cut, even after a line the
    Latin name left short ("…发布推理模型Foo-R1" over "，其性能…")."""
    body = ["2025年，国产大模型加速迭代", "。1月20日，某公司发布推理模型", "Foo-R1", "，其性能对标Bar-1正式版，训练成",
            "本却大幅降低。该模型采用混合专家", "架构，总参数6710亿，每次推理激", "活370亿参数。"]
    rest = ["另一段被PDF按行切开的长句子还没", "有结束，它的每一行都一样长，直到"] * 4
    text = norm.normalize("\n\n".join(body + rest + ["最后一行。"])).text
    assert "加速迭代。1月20日" in text
    assert "推理模型Foo-R1,其性能" in text


def test_wrapped_text_goes_on_past_a_page_number_between_blank_lines() -> None:
    """A PDF's page break inside a sentence, its number alone on a line between blank ones, is a wrapped line's break:
    the sentence goes on, the number dropped ("… followed in" over "12" over "July 2024 …"); a sentence's end before it
    stays one."""
    body = [f"wrapped line {i} of a technical report that the PDF cut at its full width, and" for i in range(9)]
    text = "\n".join([*body, "the report tells of Llama 3 in April 2024, and the 405B model followed in", "", "12", "",
                      "July 2024 with a 128K context window.", "", "13", "", "Next page opens a paragraph of its own."])
    normalized = norm.normalize(text).text
    assert "the 405B model followed in July 2024 with a 128K context window." in normalized
    assert "13" in normalized and "window.\n" in normalized


def test_wrapped_text_keeps_its_headline_over_a_blank_line() -> None:
    """A headline as long as a wrapped line ends over the blank line below it, unless every line is
    followed by a blank one (a text cut and double-spaced, whose first line is cut like the others)."""
    body = [f"wrapped line {i} of a news story that the PDF cut at its full width, and" for i in range(9)]
    headline = "Nvidia earnings: data center revenue hits a record high in Q3"
    assert norm.normalize("\n".join([headline, "", *body, "end."])).text.startswith(headline + "\n\nwrapped line 0")
    spaced = "\n\n".join([headline, *body, "end."])
    assert norm.normalize(spaced).text.startswith(headline + " wrapped line 0")


def test_wrapped_paragraph_ending_in_a_sentence_with_numbers_is_joined() -> None:
    """A paragraph's last line with a few numbers that ends as a sentence is no row of a table laid out with
    spaces: the break before it is a cut."""
    text = ("PALO ALTO, CA — August 13, 2024 — xAI today announced the beta release of Grok-2 and its sibling to\n"
            "X Premium users. Grok-2 outperforms Claude 3.5 Sonnet and GPT-4-Turbo on the LMSYS leaderboard, and\n"
            "achieves 87.5% on MMLU and 88.4% on HumanEval.")
    assert "leaderboard, and achieves 87.5%" in norm.normalize(text).text
    rows = "Qwen2.5-72B 2024.09 72B 128K\nDeepSeek-V3 2024.12 671B 128K"
    assert norm.normalize(rows).text == rows
    code = ("# Encoders\n\n        text_features = self.text_encoder(inputs.text)\n"
            "        vision_features = self.vision_encoder(inputs.image)\n\nThe end.")
    assert norm.normalize(code).text == code


def test_a_first_line_cut_mid_sentence_is_no_title() -> None:
    """A text's first line is its title, not joined to the paragraph below; not when it is cut mid-sentence and the
    next line goes on in lower case: it is the first line of a paragraph wrapped by its writer."""
    text = ("GPT-4o mini, launched July 18, 2024, costs 15 cents per million input tokens. It has a 128K-token\n"
            "context window and scores 82.0% on MMLU. Its predecessor GPT-3.5 Turbo, released in March 2023 through\n"
            "the API, scored 70.0%.")
    assert norm.normalize(text).text == text.replace("\n", " ")
    titled = ("Small models take over: what GPT-4o mini and its rivals mean for developers this year\n"
              "GPT-4o mini, launched July 18, 2024, costs 15 cents per million input tokens. It has a 128K-token\n"
              "context window and scores 82.0% on MMLU.")
    assert norm.normalize(titled).text.split("\n")[0] == titled.split("\n")[0]


def test_html_tags_are_blanked() -> None:
    """Tags left in text copied from a web page are markup: blanked, offsets and lines unchanged."""
    text = '<p class="lead">Claude 3.5 Sonnet<br/>\nJune 20, 2024</p> 1 <b>2</b> x<y'
    result = norm.normalize(text)
    assert result.text == "                Claude 3.5 Sonnet     \nJune 20, 2024     1    2     x<y"
    assert len(result.text) == len(text)


def test_wrapped_text_keeps_the_end_of_a_short_line() -> None:
    """A line under half the usual length is a title or a heading: it ends where it does."""
    body = "一段被PDF按行切开的长句子还没有说完它接着在下一行"
    wrapped = "\n".join(["2024年大模型报告", "", "第一章 国际进展", *[body] * 10])
    lines = norm.normalize(wrapped).text.split("\n")
    assert lines[:3] == ["2024年大模型报告", "", "第一章国际进展"]  # (spaces between CJK dropped)
    assert lines[3] == body * 10


def test_short_headings_over_paragraphs_on_one_line_are_no_wrapped_text() -> None:
    """Headings without a full stop, each over a paragraph written on one long line, end like cut lines do; the
    lines cut are far shorter than the text's width, so the text is not wrapped and the headings stay apart."""
    paragraph = "1月20日，Foo公司正式发布推理模型Foo-2，在多项评测上得分领先，并宣布以MIT协议开源全部权重。" * 2
    heads = ["2025年国产大模型盘点", "一月：Foo-2横空出世", "二月至三月：开源浪潮", "四月：Bar-3登场",
             "七月：Foo-3与Bar-4", "八月之后"]
    text = "\n".join(line for head in heads for line in (head, paragraph, ""))
    assert not norm.is_hard_wrapped(text)
    assert norm.normalize(text).text.split("\n")[3] == "一月:Foo-2横空出世"  # (full-width colons fold)
    # (the same headings over a wrapped text's lines, cut at their width, still join it)
    wrapped = "\n".join(line for head in heads for line in (head, *[paragraph[:20]] * 4, ""))
    assert norm.is_hard_wrapped(wrapped)


def test_a_version_cut_from_its_name_goes_on_the_line_before_but_a_section_heading_stays() -> None:
    """"2.0 Flash arrived in …" opens a line as a section's number does; under a line cut after a letter and as long
    as a wrapped line, it is the name's version going on ("Google's Gemini" over it). A short "2.3 Scaling" stays."""
    body = ["In 2024 the number of notable models trained with a great deal of compute grew", *[
        "sharply and the labs released them in a steady stream through the year, and"] * 6]
    text = "\n".join([*body, "so after a long year of launches and of waiting for it, Google's Gemini",
                      "2.0 Flash arrived in December with a context window of a million tokens,",
                      "a record for the year.", "", "2.3 Scaling and efficiency", "", *body, "end."])
    joined = norm.normalize(text).text
    assert "Google's Gemini 2.0 Flash arrived" in joined
    assert "\n\n2.3 Scaling and efficiency\n\n" in joined


def test_a_version_or_a_letter_cut_from_its_name_in_double_spaced_chinese_goes_on() -> None:
    """In a PDF's double-spaced Chinese text (a blank line after every line), a line that opens with a version under a
    name cut before it ("推出Gemini" over "2.5 Pro，…") goes on the line before, as in single-spaced text; so does a
    lower-case letter alone after a digit ("GPT-4" over "o，…"). A short heading with its number stays."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    lines = [filler[:24]] * 4 + ["此后谷歌在二零二五年三月推出了Gemini", "2.5 Pro，上下文达到一百万个词元并计划",
                                  "扩展至两百万，同月开放人工智能发布GPT-4", "o，端到端处理文本、音频与图像的输入。",
                                  "2.3 评测"] + [filler[:24]] * 4
    joined = norm.normalize("\n\n".join(lines)).text
    assert "推出了Gemini 2.5 Pro,上下文" in joined and "发布GPT-4o,端到端" in joined
    assert "\n\n2.3评测\n\n" in joined  # (its blank dropped between a number and Han, as everywhere)


def test_two_numbers_a_pdf_break_parts_are_not_glued_into_one() -> None:
    """Digits on both sides of a PDF's break in Chinese text are one number cut ("激活3" over "20亿" is 320亿, "2024年1"
    over "2月" December), unless one number would spoil them: each with a decimal point ("DeepSeek-V3.2" over "67.8%"),
    a month, a day or a year no number glued could be ("GLM-4.5" over "7月11日", "DeepSeek-V3" over "2023年12月")."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    cut = ["代码能力方面得分依次为DeepSeek-V3.2", "67.8%，模型的激活参数约为3", "20亿，而智谱的GLM-4.5",
           "7月11日开源，DeepSeek-V3", "2023年12月还没有发布，它在2024年1", "2月才发布" + filler[:10]]
    lines = [filler[:24]] * 4 + cut + [filler[:24]] * 4
    joined = norm.normalize("\n\n".join(lines)).text
    assert "DeepSeek-V3.2 67.8%" in joined and "约为320亿" in joined and "GLM-4.5 7月11日" in joined
    assert "DeepSeek-V3 2023年12月" in joined and "2024年12月才" in joined


def test_a_line_of_a_quarter_or_a_half_and_its_models_starts_its_line() -> None:
    """A timeline's entry that opens with a quarter or a half ("2026 Q2：Foo-6、Bar-3.5") starts its line in cut text,
    as a day's does: the models listed above it ("… Baz 5") do not run into its year."""
    filler = "一段被按行切开的长句子还没有说完它接着在下一行"
    entries = ["2026 Q1：Foo V4、Baz 5", "2026 Q2：Foo-6、Bar-3.5", "2026H2：Qux 5"]
    lines = [filler[:24]] * 4 + entries + [filler[:24]] * 4
    joined = norm.normalize("\n\n".join(lines)).text
    assert "Baz 5\n\n2026 Q2:Foo-6" in joined and "Bar-3.5\n\n2026H2:Qux 5" in joined


def test_an_english_timeline_entry_starts_its_line() -> None:
    """ "Mar 2024 - Anthropic releases …" opens a line of a timeline, as "2024-03: …" does: a line before it that ends
    without a full stop ("… Gemini 1.5 Pro with 1M context") is not cut, in a text whose every line looks cut."""
    entries = ["Jan 2024 - Meta announces Foo-2 70B", "Feb 2024 - Google launches Bar-3 with 1M context",
               "Mar 2024 - Anthropic releases Baz-3 (Haiku, Sonnet, Opus)", "Apr. 2024 | Meta releases Foo-3",
               "May 14, 2024: OpenAI launches Qux-4", "Jun 2024 - Anthropic releases Baz-3.5"] * 2
    text = "\n".join(["AI Model Release Timeline 2024", "", *entries])
    assert norm.normalize(text).text.split("\n")[2:] == entries


def test_wrapped_text_keeps_a_chinese_enumerated_heading_over_a_blank_line() -> None:
    """ "一、大模型进入推理时代" and "（二）开源生态" over a blank line in wrapped text end their lines, as "2.1 Model
    architecture" does; the paragraph after them starts its own."""
    cut = ["2024年9月，Foo发布推理模型Foo-2，通过", "强化学习让模型在回答前进行思考，在",
           "国际数学奥林匹克资格考试中正确率达到", "百分之八十三。此后，多家公司纷纷跟进。"]
    text = "\n".join(["一、大模型进入推理时代", "", *cut, "", "（二）开源生态持续繁荣", "", *cut])
    lines = norm.normalize(text).text.split("\n")
    assert lines[0] == "一、大模型进入推理时代" and lines[2].startswith("2024年9月")
    assert lines[4] == "(二)开源生态持续繁荣" and lines[6].startswith("2024年9月")


def test_wrapped_text_keeps_titles_sections_captions_and_rows_laid_out_with_spaces() -> None:
    """A title in title case, a numbered chapter, a table's caption and the rows of a table laid out
    with spaces end where they do; the prose around them is joined."""
    body = [f"the sentence goes on and on across line {i} of the page as a PDF cuts it at the" for i in range(10)]
    rows = ["Model            Date         Params   Context   Licence and notes",
            "QwQ-32B          2025-03-06   32B      131K      Apache-2.0, reasoning",
            "Gemma 3 27B      2025-03-12   27B      128K      Gemma terms, vision"]
    wrapped = "\n".join(["State of Open Models in 2025", "Chapter 3: Frontier releases", *body[:5],
                         "Table 3.1: Selected releases", *rows, *body[5:]])
    lines = norm.normalize(wrapped).text.split("\n")
    assert lines[:2] == ["State of Open Models in 2025", "Chapter 3: Frontier releases"]
    assert lines[2] == " ".join(body[:5])
    assert lines[3:7] == ["Table 3.1: Selected releases", *rows]
    assert lines[7] == " ".join(body[5:])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normalized_text(text: str, expected: str) -> None:
    result = norm.normalize(text)
    assert result.text == expected
    assert len(result.starts) == len(result.ends) == len(expected)


# The plain definitions of the fast steps.
_SPACING = regex.compile(r"(?<=\p{Han})[ \t]+(?=\p{Han}|\d)|(?<=\d)[ \t]+(?=\p{Han})")
_PIECES = ["中", "文", "a", "Z", "1", "9", " ", "  ", "\t", "\n", ".", "，", "ａ", "“", "\u3000", "&lt;", "、", "x" * 5]
pieces = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(pieces, st.text(max_size=60)))
def test_spacing_drops_what_its_definition_drops(text: str) -> None:
    assert [m.span() for m in norm._SPACED_CJK_RE.finditer(text)] == [m.span() for m in _SPACING.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(pieces, st.text(max_size=60)))
def test_translate_equals_str_translate(text: str) -> None:
    assert norm._translate(text) == text.translate(norm._TABLE)


# A wrapped text's line break, as its definition reads: a whole run of blanks that holds a newline,
# between a character and one that is no whitespace; with the hyphen before it of a word cut there (two
# lower-case letters before the hyphen, one newline or two, as a PDF's double-spaced lines have, two letters after
# it); and past a page's number alone on its line, when blank lines stand on both sides of it (a PDF's page break).
# (The fast pattern is tried only where a run starts; tried from every blank, a long run ending the text took
# time quadratic in its length.)
_PAGE_NUMBER_LINE = re.compile(r"\d{1,4}[ \t]*\n(?:[ \t]*\n)+[ \t]*")


def _wrap_breaks(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    while (m := re.compile(r"[ \t\n]+").search(text, pos)) is not None:
        pos = m.end()
        if "\n" in m.group(0) and m.start() > 0 and m.end() < len(text) and not text[m.end()].isspace():
            cut = m.group(0).count("\n") in (1, 2) \
                and re.fullmatch(r"[a-z]{2}-", text[max(0, m.start() - 3) : m.start()]) \
                and re.match(r"[a-z]{2}", text[m.end() :])
            end = m.end()
            if m.group(0).count("\n") >= 2 and (page := _PAGE_NUMBER_LINE.match(text, end)) is not None \
                    and page.end() < len(text) and not text[page.end()].isspace():
                end = pos = page.end()
            spans.append((m.start() - 1 if cut else m.start(), end))
    return spans


_HYPHEN_PIECES = ["-", "\n", " ", "ab", "c", "A", "1"]


@settings(max_examples=600, deadline=None)
@given(st.one_of(pieces, st.text(max_size=60), st.lists(st.sampled_from(_HYPHEN_PIECES), max_size=20).map("".join)))
def test_wrap_breaks_equal_the_definition(text: str) -> None:
    assert [m.span() for m in norm._WRAP_BREAK_RE.finditer(text)] == _wrap_breaks(text)


@pytest.mark.parametrize("text", ["return x\n" + "    \n" * 3000, "a \n b" + " " * 5000 + "\n\n", "\n  \nb\u3000\nc",
                                  "a\n\n12\n\nb", "a\n\n12\n\n", "a\n\n12\nb", "a\n12\n\nb", "a\n \n 12 \n \n b",
                                  "a\n\n12345\n\nb", "ab-\n\n12\n\ncd", "a\n\n1\n\n2\n\nb"])
def test_wrap_breaks_on_long_runs_of_blanks(text: str) -> None:
    assert [m.span() for m in norm._WRAP_BREAK_RE.finditer(text)] == _wrap_breaks(text)


# A fenced block, as markdown's definition reads: an opening line, then up to a closing line or the end.
_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.M | re.S)
_FENCE_PIECES = ["```", "~~~", "````", "```py", "\n", " ", "\t", "x", "`", "~", "\r", "中"]


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_FENCE_PIECES), max_size=30).map("".join), pieces))
def test_fence_spans_equal_the_definition(text: str) -> None:
    assert norm.fence_spans(text) == [m.span() for m in _FENCE.finditer(text)]


# Lines with many marks (a line whose first mark fails is skipped whole), closings with text
# around the mark, and an opening with no newline after it.
_FENCE_CASES = ["a```x```\n```\nb``` ```\n  ```  \nc", "x" + "y```" * 50 + "\n```\n" + "z```" * 50 + "\n ```",
                "~~~\n```\n~~~~\n\t~~~\t\nq", "```", "  ```py", "```\n", "a\n```\n```x\n``` \r\n```"]


@pytest.mark.parametrize("text", _FENCE_CASES)
def test_fence_spans_on_long_and_odd_lines(text: str) -> None:
    assert norm.fence_spans(text) == [m.span() for m in _FENCE.finditer(text)]


def test_fenced_code_and_bare_urls_are_blanked_in_place() -> None:
    text = "GPT-4发布\n```python\nx = GPT5()\n```\n见 https://a.b/2024 。\n~~~\nQwen3"
    result = norm.normalize(text)
    assert result.text.split("\n") == ["GPT-4发布", " " * 9, " " * 10, " " * 3, "见" + " " * 18 + "。",
                                        " " * 3, " " * 5]
    assert list(result.starts) == list(range(len(text)))


def test_a_markdown_link_is_its_text_alone() -> None:
    text = ("OpenAI released [GPT-4.1](https://openai.com/index/gpt-4-1/) on April 14, scoring 54.6% on "
            "[SWE-bench Verified](https://swebench.com). ![Chart](a.png) [[1]](#n1) [见 https://x.y](https://x.y)")
    result = norm.normalize(text)
    assert result.text == ("OpenAI released GPT-4.1 on April 14, scoring 54.6% on SWE-bench Verified. Chart [1] "
                           "见" + " " * 12)
    for i, ch in enumerate(result.text):  # (each character still maps to its origin; a blank to what it blanks)
        assert text[result.starts[i] : result.ends[i]] == ch or ch == " "


def test_a_link_around_an_image_is_the_image_text_alone() -> None:
    text = "Foo-2 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) [x](y)[z](w) [![a](b)](c)."
    result = norm.normalize(text)
    assert result.text == "Foo-2 Awesome xz a."
    for i, ch in enumerate(result.text):
        assert text[result.starts[i] : result.ends[i]] == ch or ch == " "


def test_a_semicolon_separated_sheet_keeps_its_rows_in_a_wrapped_text() -> None:
    prose = "\n".join(["The models we track this quarter are listed in the sheet below, one row for each model,"] * 9)
    sheet = "Model;Organization;Release date;Parameters\nFoo-2;Acme AI;2025-03-04;24B\nBar-3;Bar Labs;2025-05-20;70B"
    assert norm.normalize(f"{prose}\n\n{sheet}\n").text.endswith(f"\n{sheet}\n")


def test_paragraphs_indented_on_their_first_line_are_joined_each_apart() -> None:
    text = ("大模型产业发展报告\n\n"
            "    3.2 国内主要模型进展\n"
            "    2025年1月20日，某公司发布推理模型Foo-R1，其性能\n"
            "与Bar-1正式版相当，训练成本仅为同类模型的一小部分。同月，另一家\n"
            "发布Baz-1.5多模态思考模型。\n"
            "    7月11日，某公司开源Foo-K2，总参数1万亿，激活参数320亿，上下文长度\n"
            "128K；9月5日发布的新版本将上下文长度扩展至256K。\n"
            "    8月，某公司发布Qux-4.5，并于9月30日推出Qux-4.6，上下文窗口由128K扩展至\n"
            "200K。\n")
    lines = [line.strip() for line in norm.normalize(text).text.split("\n") if line.strip()]
    assert [line[:6] for line in lines] == ["大模型产业发", "3.2国内主", "2025年1", "7月11日,", "8月,某公司"]
    assert lines[2].endswith("另一家发布Baz-1.5多模态思考模型。")
    assert lines[3].endswith("上下文长度128K;9月5日发布的新版本将上下文长度扩展至256K。")
    assert lines[4].endswith("由128K扩展至200K。")


def test_code_on_a_line_of_its_own_is_blanked_whole_and_in_a_long_line_only_where_its_signals_run() -> None:
    listing = "示例:from transformers import AutoModel import torch model = AutoModel.from_pretrained('Qwen2-7B')"
    assert norm.normalize(listing).text.strip() == ""
    prose = "OpenAI于2024年5月13日发布GPT-4o，支持128K上下文。" * 12  # (one line, as some PDF tools give a page)
    snippet = "from transformers import AutoModel import torch m = AutoModel.from_pretrained('Qwen2-7B')"
    text = norm.normalize(f"{prose} {snippet} {prose} x.size(2)")
    kept = norm.normalize(prose).text
    assert text.text == f"{kept} {' ' * len(snippet)} {kept} x.size(2)"


def _plain_rewrite(text: str, pattern: re.Pattern[str], replace: str) -> tuple[str, list[int], list[int]]:
    """Each match replaced by `replace` (empty or one character), with origins kept per character."""
    out, starts, ends, pos = [], [], [], 0
    for m in pattern.finditer(text):
        a, b = m.span()
        out.append(text[pos:a])
        starts += range(pos, a)
        ends += range(pos + 1, a + 1)
        if replace:
            out.append(replace)
            starts.append(a)
            ends.append(b)
        pos = b
    out.append(text[pos:])
    starts += range(pos, len(text))
    ends += range(pos + 1, len(text) + 1)
    return "".join(out), starts, ends


@settings(max_examples=300, deadline=None)
@given(pieces, st.sampled_from(["", "_"]))
def test_rewrite_keeps_each_characters_origin(text: str, replace: str) -> None:
    pattern = re.compile(r"[ \t]+|x+")
    starts, ends = array("q", range(len(text))), array("q", range(1, len(text) + 1))
    got, got_starts, got_ends = norm._rewrite(text, starts, ends, pattern, lambda m: replace)
    want, want_starts, want_ends = _plain_rewrite(text, pattern, replace)
    assert (got, list(got_starts), list(got_ends)) == (want, want_starts, want_ends)


def test_wrapped_text_keeps_a_numbered_heading_over_a_blank_line_and_bilingual_sentences_apart() -> None:
    """A numbered heading over a blank line ends its line, long as it is; an English sentence and a
    Chinese one on the next line are two, as are a Chinese heading and the English prose under it."""
    body = [f"the sentence goes on and on across line {i} of the page as a PDF cuts it at the" for i in range(10)]
    heading = "2.1 Model architecture and the data its training was run on"
    cut = ["and the score on the benchmark rose in the second round by",
           "a gain of 2.1 points. Moonshot AI was founded in March 2023."]
    wrapped = "\n".join([*body[:5], "", heading, "", *body[5:], *cut, "月之暗面成立于2023年3月，总部位于北京。",
                         "关于月之暗面", "Moonshot AI was founded in March 2023 in Beijing."])
    lines = [line for line in norm.normalize(wrapped).text.split("\n") if line]
    assert lines[:2] == [" ".join(body[:5]), heading]
    assert lines[2] == " ".join([*body[5:], *cut])
    assert lines[3:] == ["月之暗面成立于2023年3月,总部位于北京。", "关于月之暗面",
                         "Moonshot AI was founded in March 2023 in Beijing."]


def test_a_line_that_opens_with_a_closing_mark_counts_as_cut() -> None:
    """A short wire story a PDF cut every few characters is wrapped text, though one of its lines opens with the
    closing parenthesis the line before left open ("（记者张三" over "）记者20日…"): no line opens with one."""
    text = ("新华社北京11月20日电（记者张三\n\n）记者20日从百度获悉，百度在20\n\n25百度世界大会上正式发布文心大\n\n"
            "模型5.0。该模型为原生全模态模\n\n型，参数规模达2.4万亿。\n\n据介绍，文心5.0即日起在文心一\n\n"
            "言官网上线，企业用户可通过百度\n\n智能云千帆平台调用。\n")
    joined = norm.normalize(text).text
    assert "百度在2025百度世界大会上正式发布文心大模型5.0。该模型为原生全模态模型," in joined


def test_a_short_text_is_wrapped_when_almost_every_line_is_cut() -> None:
    cut = ("PARIS, February 3, 2025 -- Mistral AI today said it plans to release a new model in the first\n"
           "half of the year and another one in the third quarter. The company\n"
           "released Mistral Small 3, a fast, open and efficient 24B\n"
           "model, on January 30, 2025, under the Apache 2.0 license.")
    assert norm.normalize(cut).text.count("\n") == 0
    lines = "Mistral AI released Mistral Small 3.\nIt is open.\nIt has 24B parameters and a\n32K context window."
    assert norm.normalize(lines).text.count("\n") == 3  # (most lines end as sentences do)


def test_a_timelines_dated_entries_end_where_they_do_in_wrapped_text() -> None:
    """Lines that open with a date and a separator are a timeline's entries, however their line before ends."""
    entries = ["2022年11月30日｜OpenAI发布ChatGPT", "2023年3月14日｜OpenAI发布GPT-4", "2023-07-18: Meta开源Llama 2",
               "2024年5月 — OpenAI发布GPT-4o"]
    lines = norm.normalize("大模型大事记\n\n" + "\n".join(entries)).text.split("\n")[2:]
    assert [line[-6:] for line in lines] == [entry[-6:] for entry in entries]  # (full-width bars become "|")
    # (a wrapped line that opens with a date and goes on, no separator after it, is still joined)
    cut = "\n".join(["百度在发布会上宣布，文心一言的用户数量在", "2023年12月突破一亿，并计划",
                     "在明年推出新的版本，其中", "包括更强的推理能力和更长的", "上下文窗口，以及新的插件"])
    assert norm.normalize(cut).text.count("\n") == 0


def test_a_paragraph_its_writer_wrapped_is_joined_in_a_text_that_is_not_wrapped() -> None:
    """Markdown lets a writer wrap a paragraph's lines (soft breaks): in a text whose other lines end
    as sentences do, a paragraph of long lines of about one width is one line, its last line too
    ("Gemini 2.0 Pro … in Q1 2025." is no table row laid out with spaces). The title, a block of
    short lines and a table laid out with spaces keep their lines."""
    title = "The open-weights race, by the numbers, and what they mean for the months ahead"
    wrapped = ["Looking ahead, OpenAI says o3-mini will ship in a couple of weeks, and Google plans to make",
               "Gemini 2.0 Pro generally available in Q1 2025."]
    short = ["Models covered:", "DeepSeek-V3 from DeepSeek", "Llama 3.3 70B from Meta"]
    rows = ["Model            Date         Params   Context   Licence and notes",
            "QwQ-32B          2025-03-06   32B      131K      Apache-2.0, reasoning"]
    sentences = ["Mistral AI released Mistral Small 3 on January 30, 2025, under the Apache 2.0 license.",
                 "It has 24 billion parameters and a context window of 32K tokens, the company said.",
                 *[f"Paragraph {i} is a sentence of its own on a line of its own." for i in range(8)]]
    text = "\n".join([title, "By Jane Doe", "", *wrapped, "", *short, "", *rows, "", *sentences])
    lines = norm.normalize(text).text.split("\n")
    assert lines == [title, "By Jane Doe", "", " ".join(wrapped), "", *short, "", *rows, "", *sentences]


def test_a_first_line_wider_than_a_headline_is_a_wrapped_paragraphs_first_line() -> None:
    """A text that opens with its lead paragraph wrapped by its writer ("36氪获悉，…代码能力对齐Claude" over
    "Sonnet 4。"): a first line wider than a headline is no title, and the paragraph is one line, a name cut by the
    break whole; a headline's width over a line in capitals keeps its line."""
    lead = ["36氪获悉，智谱今日（10月1日）宣布开源新一代旗舰模型Foo-4.6，上下文窗口由128K扩展至200K，"
            "代码能力对齐Claude", "Sonnet 4。"]
    rest = ["此前，智谱于7月28日发布Foo-4.5。", "", "Foo-4.5的参数量为355B。"]
    lines = norm.normalize("\n".join([*lead, "", *rest])).text.split("\n")
    assert len(lines) == 5 and lines[0].endswith("代码能力对齐Claude Sonnet 4。") and lines[1] == ""
    headline = ["Acme releases Foo-4.6, its most capable open model so far, with a 200K window", "Foo-4.6 is out."]
    assert norm.normalize("\n".join([*headline, "", *rest])).text.split("\n")[:2] == headline


def test_a_chinese_paragraph_is_wrapped_at_its_width_in_columns() -> None:
    """A Chinese character takes two columns of a page: a PDF's Chinese paragraph cut at 20 to 30 characters a line
    ("…总参数6710亿，激" over "活参数370亿，…") is joined as an English one cut at 40 to 60; a block of short lines
    keeps them."""
    title = "中国人工智能大模型发展报告（2025）"
    wrapped = ["2024年12月26日，深度求索发布DeepSeek-V3，总参数6710亿，激",
               "活参数370亿，训练成本约为557.6万美元。2025年1月，其推理模",
               "型DeepSeek-R1在AIME 2024测试中取得79.8%的成绩，与OpenAI",
               "o1-1217相当。"]
    short = ["模型一览", "深度求索发布V3", "阿里发布千问"]
    text = "\n".join([title, "", "2.1 基础模型", "", *wrapped, "", *short])
    lines = norm.normalize(text).text.split("\n")
    assert "激活参数370亿" in lines[4] and "推理模型DeepSeek-R1" in lines[4] and "OpenAI o1-1217" in lines[4]
    assert lines[:4] == ["中国人工智能大模型发展报告(2025)", "", "2.1基础模型", ""] and lines[-3:] == short


def test_wrapped_text_keeps_a_blank_line_after_a_full_stop_and_joins_a_decimal_before_lower_case() -> None:
    """In a wrapped text whose lines are not each followed by a blank one, a full stop over a blank line ends a
    paragraph; a line that opens with a decimal and a word in lower case ("3.0 respectively).") goes on a sentence,
    no section's number."""
    first = ["Large language models (LLMs) have advanced rapidly since the introduction of the",
             "Transformer (Vaswani et al., 2017). GPT-3 (Brown et al., 2020) showed that a 175B-",
             "parameter model can perform few-shot learning, and subsequent models such as PaLM",
             "(Chowdhery et al., 2022) with 540B parameters and LLaMA (Touvron et al., 2023)",
             "pushed the frontier further. In this work we present Bar-13B, a 13-billion-parameter",
             "model trained on 2.4T tokens with a context length of 16K."]
    second = ["Bar-13B achieves 71.3 on MMLU and 48.2 on MATH, outperforming LLaMA-2-13B (54.8 and",
              "3.0 respectively)."]
    text = "\n".join(["1 Introduction", "", *first, "", *second, "", "3.1 Setup", "", "We train on 2.4T tokens."])
    paragraphs = norm.normalize(text).text.split("\n\n")
    assert paragraphs[2] == " ".join(second) and paragraphs[3] == "3.1 Setup"
    assert paragraphs[1].endswith("context length of 16K.")


def test_under_front_matter_the_first_paragraph_is_no_title_and_is_joined() -> None:
    """Front matter holds the title: the body's first lines are a paragraph like any other."""
    front = "---\ntitle: Notes on Llama 4\ndate: 2025-04-07\n---\n"
    body = ["Meta released Llama 4 Scout and Llama 4 Maverick on Saturday. Scout has 109B total parameters",
            "(17B active, 16 experts) and an industry-leading 10M token context window; Maverick has 400B",
            "total parameters with 17B active across 128 experts and a 1M context."]
    text = front + "\n" + "\n".join(body) + "\n\nBehemoth is still training.\n"
    lines = norm.normalize(text, ((0, len(front)),)).text.split("\n")
    assert " ".join(body) in lines
    alone = norm.normalize("\n".join(body) + "\n\nBehemoth is still training.\n").text.split("\n")
    assert alone[:2] == [body[0], " ".join(body[1:])]  # (with no front matter, the first line is the title)


def test_dropped_emphasis_keeps_quotes_exact() -> None:
    text = "跑分：SWE-bench Verified **65.8%**。"
    result = norm.normalize(text)
    start = result.text.index("65.8%")
    assert result.orig_span(start, start + 5) == (text.index("65.8%"), text.index("65.8%") + 5)


@pytest.mark.parametrize(("written", "read"), [
    ("一万亿", "1万亿"), ("三百二十亿", "320亿"), ("六千七百一十亿", "6710亿"), ("一千零五亿", "1005亿"),
    ("十二亿", "12亿"), ("两千亿", "2千亿"), ("一百万", "1百万"), ("二十万", "20万"),
    # (the thousands after 万 as its decimals, quoted with it; not before a larger unit of their own)
    ("十二万八千", "12.8万"), ("三万两千五百", "3.25万"), ("三万两千亿", "3万2千亿"),
    # (what is no figure stays: an order alone, a range of guesses, a longer number's part, "in case")
    ("十亿级", "十亿级"), ("千亿", "千亿"), ("数十万", "数十万"), ("一两亿", "一两亿"), ("三四百亿", "三四百亿"),
    ("万一", "万一"), ("一万一", "一万一"),
])
def test_a_han_number_before_a_large_unit_is_read_as_digits_and_quoted_as_written(written: str, read: str) -> None:
    text = f"Foo-3参数为{written}。"
    result = norm.normalize(text)
    assert result.text == f"Foo-3参数为{read}。"
    start = result.text.index(read)
    assert result.orig_span(start, start + len(read)) == (text.index(written), text.index(written) + len(written))


def test_a_han_number_cut_by_a_wrapped_line_or_spaced_out_is_read_whole() -> None:
    """A number in Han that a wrapped line's break or a PDF's letter spacing cuts ("三百二" over "十亿", "三 百 二 十
    亿") is read once the lines are joined and the spaces closed, and still quoted as written."""
    body = ("二〇二五年七月十一日，月之暗面开源Kimi K2，总参数一万亿，激活参数三百二\n十亿。这是一段被折行的文字，"
            "每一行都差不多一样长，一直写到这一\n行的末尾才结束。")
    text = f"# 大事记\n\n{body}\n"
    result = norm.normalize(text)
    assert "激活参数320亿" in result.text
    start = result.text.index("320亿")
    assert result.original[slice(*result.orig_span(start, start + 4))] == "三百二\n十亿"
    assert "参数为320亿" in norm.normalize("Foo-3参数为三 百 二 十 亿。").text


def test_a_months_days_as_entries_keep_their_lines() -> None:
    """A month's timeline that writes its days alone ("18日：谷歌发布…" under "2025年11月", no list's marks, as text
    copied out of a page has it): each day's entry starts its line, however long the lines around it."""
    entries = ["6日：月之暗面开源Kimi K2 Thinking", "12日：OpenAI发布GPT-5.1",
               "18日：谷歌发布Gemini 3 Pro，上下文100万token", "24日：Anthropic发布Claude Opus 4.5"]
    text = "2025年下半年大模型大事记\n\n2025年11月\n\n" + "\n".join(entries) + "\n"
    lines = norm.normalize(text).text.split("\n")
    assert [line.split(":")[0] for line in lines[4:8]] == ["6日", "12日", "18日", "24日"]


def test_comma_separated_rows_keep_their_lines() -> None:
    """A table of comma-separated values pasted into a text ("2024-07-23,Foo-3 405B,Acme,405B,128K") has rows as long
    as each other and no sentence's end: each is a line of its own, not a wrapped sentence; a number's thousands
    ("1,048,576") and Chinese, whose full-width commas fold to ASCII ones, are no such row."""
    rows = ["date,model,organization,parameters,context", "2024-07-23,Foo-3 405B,Acme,405B,128K",
            "2024-12-26,Bar-V3,Bar Labs,671B,128K", "2025-04-05,Foo-4 Scout,Acme,109B,10M",
            "2025-08-05,Baz-120b,Baz AI,117B,128K"]
    assert norm.normalize("\n".join(rows)).text.split("\n") == rows
    assert norm._csv_row(rows[1]) and not norm._csv_row("a window of 1,048,576 tokens and 2,000,000")
    assert not norm._csv_row(norm.normalize("Foo-2，Bar-3，Baz-4均已发布").text)


def test_underlined_headings_become_headings_and_keep_their_offsets() -> None:
    # setext headings (a title over "=", a section over "-"), reStructuredText's overlined title, and two in a row
    # whose second's overline is the first's underline: marked "# "/"## ", the rules blanked, every character
    # still mapped to the original
    for text, want in [
        ("Title\n=====\n\nFoo-2\n-----\n\nReleased on June 17, 2025.\n",
         "# Title\n     \n\n## Foo-2\n     \n\nReleased on June 17, 2025.\n"),
        ("=====\nNotes\n=====\n\nbody\n", "     \n# Notes\n     \n\nbody\n"),
        ("A\n===\nB\n===\ntext\n", "# A\n   \n# B\n   \ntext\n"),
        # (not a paragraph's last line over a rule, nor a list's item, nor a line ending a sentence)
        ("one line\nsecond line\n---\n- item\n---\nA sentence.\n---\n",
         "one line\nsecond line\n---\n- item\n---\nA sentence.\n---\n"),
    ]:
        n = norm.normalize(text)
        assert n.text == want
        assert len(n.starts) == len(n.text)
        assert all(n.original[n.starts[i] : n.ends[i]] for i in range(len(n.text)))
        assert n.original[slice(*n.orig_span(n.text.index("\n") + 1, len(n.text)))].endswith(text[-6:])


def test_wrapped_text_keeps_a_chinese_labelled_byline() -> None:
    """A byline's line with its Chinese labels ("来源：…　　发布时间：2025-08-20") ends there, as "Published June 10,
    2025" does, in a text whose paragraphs are cut and double-spaced; the paragraph after it starts its own."""
    cut = ["近日，工业和信息化部印发《国家人工智能产业综合标准化体系", "建设指南》，自2025年9月1日起施行。"]
    text = "\n".join(["# 工信部印发人工智能标准化指南", "", "来源：工业和信息化部网站　　发布时间：2025-08-20", "",
                      *cut, "", *cut])
    lines = norm.normalize(text).text.split("\n")
    assert lines[2].endswith("2025-08-20") and lines[4].startswith("近日")
