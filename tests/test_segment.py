import re
from pathlib import Path

import pytest

from kg.ingest import read_document
from kg.model import Document
from kg.segment import dispatch_words, segment
from xfails import gap


def _document(text: str, name: str = "issue.txt") -> Document:
    return Document(name, name, text, "0" * 64)


NEWSLETTER = """\
星河律师事务所 · 人工智能法律简报
2024年第3期

导读
1. 欧盟理事会批准《人工智能法案》
2. 纽约时报起诉微软和OpenAI

一、最新法律与监管动态

1. 欧盟理事会批准《人工智能法案》
发布日期：2024 年 5 月 21 日
来源：欧盟理事会官网
链接：
● https://www.consilium.europa.eu/en/press/ai-act
摘要：
欧盟理事会正式批准《人工智能法案》，这是全球首部全面规范人工智能的法律。
律师点评：
该法案对在欧盟提供服务的中国企业具有域外效力。

2. 纽约时报起诉微软和OpenAI
发布日期：2023年12月27日
来源：Reuters
链接：
● https://www.reuters.com/legal/nyt-sues-openai
摘要：
纽约时报在纽约南区联邦地区法院起诉微软和OpenAI，指控其侵犯著作权。

特此声明：本简报仅供参考，不构成法律意见。

张明
合伙人/北京
邮箱：zhangming@example.com
张明律师专注于数据合规，曾代理多起人工智能著作权案件。
"""


def test_newsletter_yields_its_numbered_items_once():
    items = segment(_document(NEWSLETTER))
    assert [item.title for item in items] == ["欧盟理事会批准《人工智能法案》", "纽约时报起诉微软和OpenAI"]
    assert [item.index for item in items] == [1, 2]
    assert [item.key for item in items] == ["issue.txt#1", "issue.txt#2"]


def test_newsletter_fields_are_read_into_the_item():
    first, second = segment(_document(NEWSLETTER))
    assert (first.date, first.source, first.links) == (
        "2024-05-21", "欧盟理事会官网", ["https://www.consilium.europa.eu/en/press/ai-act"])
    assert (second.date, second.source, second.links) == (
        "2023-12-27", "Reuters", ["https://www.reuters.com/legal/nyt-sues-openai"])
    assert first.section == second.section == "最新法律与监管动态"


def test_body_holds_the_summary_without_field_labels_and_commentary_apart():
    first, second = segment(_document(NEWSLETTER))
    assert first.body == "欧盟理事会正式批准《人工智能法案》，这是全球首部全面规范人工智能的法律。"
    assert first.commentary == "该法案对在欧盟提供服务的中国企业具有域外效力。"
    assert second.body == "纽约时报在纽约南区联邦地区法院起诉微软和OpenAI，指控其侵犯著作权。"
    assert second.commentary == ""
    for label in ("发布日期", "来源", "链接", "摘要", "点评", "https://"):
        assert label not in first.body


def test_disclaimer_and_partner_biography_are_not_news():
    text = "\n".join(item.text for item in segment(_document(NEWSLETTER)))
    for dropped in ("特此声明", "法律意见", "张明", "合伙人", "example.com", "导读"):
        assert dropped not in text


def test_item_text_is_title_source_body_and_commentary():
    first = segment(_document(NEWSLETTER))[0]
    assert first.text.splitlines() == [
        "欧盟理事会批准《人工智能法案》", "来源：欧盟理事会官网",
        "欧盟理事会正式批准《人工智能法案》，这是全球首部全面规范人工智能的法律。",
        "该法案对在欧盟提供服务的中国企业具有域外效力。",
    ]


BRIEFING = """\
AI Law Briefing, July 2024

Contents
1. Brazil's data authority suspends Meta's AI training
2. OpenAI releases GPT-4o mini

I. Regulation

1. Brazil's data authority suspends Meta's AI training
Date: July 2, 2024
Source: ANPD
Link: https://www.gov.br/anpd/meta-ai
Summary: Brazil's ANPD ordered Meta to stop using personal data to train its AI models.
Our comment: Other regulators may follow.

2. OpenAI releases GPT-4o mini
Date: 18 July 2024
Source: OpenAI
Link: https://openai.com/index/gpt-4o-mini
Summary: OpenAI released GPT-4o mini, a smaller and cheaper model.

Disclaimer: this briefing is not legal advice.
"""


def test_english_briefing_fields_are_read():
    first, second = segment(_document(BRIEFING, "briefing.txt"))
    assert first.title == "Brazil's data authority suspends Meta's AI training"
    assert (first.date, first.source, first.links) == ("2024-07-02", "ANPD", ["https://www.gov.br/anpd/meta-ai"])
    assert first.body == "Brazil's ANPD ordered Meta to stop using personal data to train its AI models."
    assert first.commentary == "Other regulators may follow."
    assert first.section == "Regulation"
    assert (second.title, second.date, second.source) == ("OpenAI releases GPT-4o mini", "2024-07-18", "OpenAI")
    assert "legal advice" not in second.body


MARKDOWN = """\
## 美国联邦贸易委员会调查OpenAI
2023年7月13日，美国联邦贸易委员会（FTC）就ChatGPT可能损害消费者一事对OpenAI展开调查。

## 意大利数据保护局对OpenAI处以罚款
2024年12月20日，意大利数据保护局对OpenAI处以1500万欧元罚款。
"""


def test_markdown_headings_without_numbers_make_the_items():
    items = segment(_document(MARKDOWN, "issue.md"))
    assert [(item.title, item.date) for item in items] == [
        ("美国联邦贸易委员会调查OpenAI", "2023-07-13"),
        ("意大利数据保护局对OpenAI处以罚款", "2024-12-20"),
    ]
    assert items[1].body == "2024年12月20日，意大利数据保护局对OpenAI处以1500万欧元罚款。"


REPORT = """\
生成式人工智能与著作权

2023年11月，北京互联网法院在李某诉刘某案中认定，使用Stable Diffusion生成的图片可以构成作品。
法院认为，原告对提示词和参数的选择体现了独创性智力投入。

美国的不同做法

美国版权局在2023年3月发布指南，认为完全由人工智能生成的内容不受版权保护。
"""


def test_report_without_numbered_items_is_split_at_heading_like_lines():
    items = segment(_document(REPORT, "report.txt"))
    assert [item.title for item in items] == ["生成式人工智能与著作权", "美国的不同做法"]
    assert [item.date for item in items] == ["2023-11", "2023-03"]
    assert items[0].body.splitlines()[1] == "法院认为，原告对提示词和参数的选择体现了独创性智力投入。"


def test_report_without_headings_is_one_item_named_after_the_document():
    items = segment(_document("2024年5月13日，OpenAI发布GPT-4o。\n该模型可以实时处理语音。", "note.txt"))
    assert [(item.title, item.date) for item in items] == [("note.txt", "2024-05-13")]


@pytest.mark.parametrize("closing", ["（星报/晨讯社/ABC）", "(案例来源：最高人民法院，本报记者林晓整理)", "AFP", "Harbor Wire"])
def test_a_short_last_line_with_nothing_under_it_is_the_last_items_line_not_a_lost_heading(closing):
    text = f"某公司计划推出家长监护模式。\n\n该公司周二表示，新功能将于下月上线。\n\n{closing}\n"
    items = segment(_document(text, "story.txt"))
    assert [item.title for item in items] == ["story.txt"]
    assert items[-1].body.splitlines()[-1] == closing


def test_a_short_line_with_text_under_it_still_heads_that_text():
    text = "某公司计划推出家长监护模式。\n\n监护功能\n\n该公司周二表示，新功能将于下月上线。\n"
    items = segment(_document(text, "story.txt"))
    assert [item.title for item in items] == ["story.txt", "监护功能"]
    assert items[-1].body == "该公司周二表示，新功能将于下月上线。"


def test_one_numbered_line_under_a_notice_is_no_item_and_keeps_the_text_above_it():
    text = """\
市数据局关于公布首批算法服务登记名单的通告

为规范算法服务，市数据局会同市科技局，依据《算法服务登记办法》开展登记工作。

一、截至2025年3月1日，共41款服务完成登记。

附件：1．首批登记名单
2．登记服务联系人
"""
    items = segment(_document(text, "notice.txt"))
    body = "\n".join(item.title + "\n" + item.body for item in items)
    assert "《算法服务登记办法》" in body and "共41款服务完成登记" in body


def test_item_without_a_date_field_takes_its_first_date():
    text = """\
2024年6月刊

1. 纽约时报起诉微软和OpenAI
来源：Reuters
摘要：
6月3日，纽约时报起诉微软和OpenAI；2024年2月，OpenAI请求法院驳回部分诉求。

2. 意大利数据保护局对OpenAI处以罚款
来源：Garante
摘要：
2024年12月20日，意大利数据保护局对OpenAI处以罚款。
"""
    first, second = segment(_document(text))
    assert first.date == "2024-06-03"      # the day without a year takes the issue's year
    assert second.date == "2024-12-20"


def test_table_of_contents_entries_are_not_items_even_without_a_mark():
    text = "1. OpenAI发布GPT-4o\n2. 欧盟批准《人工智能法案》\n\n1. OpenAI发布GPT-4o\n来源：OpenAI\n\n2. 欧盟批准《人工智能法案》\n来源：欧盟理事会\n"
    items = segment(_document(text))
    assert [(item.title, item.source) for item in items] == [
        ("OpenAI发布GPT-4o", "OpenAI"), ("欧盟批准《人工智能法案》", "欧盟理事会")]


# -- Markdown and HTML newsletters, read from files ---------------------------------
MARKDOWN_NEWSLETTER = """\
# 一、监管动态

## 1. 欧盟理事会批准《人工智能法案》

- **发布日期**：2024年5月21日
- **来源**：欧盟理事会官网

**摘要**：欧盟理事会正式批准《人工智能法案》。

## 2. 美国联邦贸易委员会调查OpenAI

- **发布日期**：2023年7月13日
- **来源**：FTC

**摘要**：美国联邦贸易委员会对OpenAI展开调查。
"""


def test_markdown_newsletter_items_are_its_numbered_headings(write_doc):
    items = segment(read_document(write_doc("issue.md", MARKDOWN_NEWSLETTER)))
    assert [(item.title, item.date) for item in items] == [
        ("欧盟理事会批准《人工智能法案》", "2024-05-21"), ("美国联邦贸易委员会调查OpenAI", "2023-07-13")]


def test_markdown_list_fields_are_read_as_fields(write_doc):
    first = segment(read_document(write_doc("issue.md", MARKDOWN_NEWSLETTER)))[0]
    assert first.source == "欧盟理事会官网"
    assert first.body == "欧盟理事会正式批准《人工智能法案》。"


@pytest.mark.parametrize("name, text", [
    ("issue.md", "# 一、监管动态\n\n## 1. 欧盟批准《人工智能法案》\n法案通过。\n\n## 2. OpenAI发布GPT-4o\n模型发布。\n"),
    ("issue.html", "<h1>一、监管动态</h1><h2>1. 欧盟批准《人工智能法案》</h2><p>法案通过。</p>"
                   "<h2>2. OpenAI发布GPT-4o</h2><p>模型发布。</p>"),
])
def test_markdown_and_html_sections_name_their_items(write_doc, name, text):
    items = segment(read_document(write_doc(name, text)))
    assert [item.section for item in items] == ["监管动态", "监管动态"]


def test_numbered_list_inside_a_summary_stays_in_its_item():
    text = """\
1. 国家网信办等七部门发布《生成式人工智能服务管理暂行办法》
发布日期：2023年7月13日
摘要：
该办法主要规定了以下内容：
1. 提供者应当依法开展预训练、优化训练等训练数据处理活动；
2. 提供者应当按照规定对图片、视频等生成内容进行标识。

2. 纽约时报起诉微软和OpenAI
发布日期：2023年12月27日
摘要：
纽约时报起诉微软和OpenAI。
"""
    items = segment(_document(text))
    assert [item.title for item in items] == ["国家网信办等七部门发布《生成式人工智能服务管理暂行办法》", "纽约时报起诉微软和OpenAI"]
    assert "对图片、视频等生成内容进行标识" in items[0].body


def test_summary_line_starting_with_disclaimers_is_not_the_closing_disclaimer():
    text = """\
1. Michigan requires disclaimers on AI political ads
Date: July 2, 2024
Summary:
Disclaimers must appear on political ads made with AI, under a new Michigan law.

2. OpenAI releases GPT-4o mini
Date: July 18, 2024
Summary: OpenAI released GPT-4o mini.
"""
    items = segment(_document(text, "briefing.txt"))
    assert [item.title for item in items] == ["Michigan requires disclaimers on AI political ads",
                                              "OpenAI releases GPT-4o mini"]
    assert items[0].body.startswith("Disclaimers must appear")


def test_yearless_december_day_in_a_january_issue_is_last_year():
    text = """\
人工智能法律月报 2025年1月刊

1. 意大利数据保护局对OpenAI处以罚款
来源：Garante
摘要：
12月20日，意大利数据保护局对OpenAI处以1500万欧元罚款。

2. 欧盟《人工智能法案》禁止性规定即将适用
来源：欧盟委员会
摘要：
禁止性规定将于2025年2月2日起适用。
"""
    assert [item.date for item in segment(_document(text))] == ["2024-12-20", "2025-02-02"]


def test_summary_sentence_mentioning_comment_is_not_a_commentary_label():
    text = """\
1. 纽约时报起诉微软和OpenAI
发布日期：2023年12月27日
摘要：
纽约时报起诉微软和OpenAI。
纽约时报评论称，OpenAI未经许可使用其文章。

2. 美国联邦贸易委员会就人工智能冒充规则征求意见
Date: 2024-02-15
Summary:
The FTC proposed a rule banning AI impersonation of individuals.
Comments on the proposal are due within 60 days.
"""
    first, second = segment(_document(text))
    assert first.body == "纽约时报起诉微软和OpenAI。\n纽约时报评论称，OpenAI未经许可使用其文章。"
    assert second.body.endswith("Comments on the proposal are due within 60 days.")
    assert first.commentary == second.commentary == ""


# -- boilerplate: dropped line by line; only a real closing block drops what follows ----
def test_reprint_note_at_the_top_drops_only_itself():
    text = """\
声明：本文源自新华网，转载请注明出处。
国家网信办发布《人工智能生成合成内容标识办法》
国家网信办等四部门发布《人工智能生成合成内容标识办法》，自2025年9月1日起施行。
办法要求服务提供者对生成合成内容添加显式标识。
"""
    items = segment(_document(text, "article.txt"))
    body = "\n".join(item.text for item in items)
    assert "自2025年9月1日起施行" in body and "显式标识" in body
    assert "本文源自" not in body and "转载" not in body


def test_disclaimer_before_the_items_does_not_drop_them():
    text = """\
免责声明：本简报仅供参考，不构成法律意见。

1. 欧盟理事会批准《人工智能法案》
摘要：欧盟理事会正式批准《人工智能法案》。

2. 纽约时报起诉微软和OpenAI
摘要：纽约时报起诉微软和OpenAI。
"""
    items = segment(_document(text))
    assert [item.title for item in items] == ["欧盟理事会批准《人工智能法案》", "纽约时报起诉微软和OpenAI"]
    assert all("法律意见" not in item.text for item in items)


def test_copyright_and_reprint_lines_inside_the_text_drop_only_themselves():
    text = """\
OpenAI releases GPT-4o
OpenAI released GPT-4o, a model that reasons across text, audio and images.
© 2024 Example News. All rights reserved.
The model is free to use in ChatGPT.
This article originally appeared on example.com.
Microsoft will offer the model on Azure.
"""
    body = segment(_document(text, "news.txt"))[0].body
    # the notice keeps its holder (kg.mentions.copyright), not its rights sentence
    assert body.splitlines() == ["OpenAI released GPT-4o, a model that reasons across text, audio and images.",
                                 "© Example News.",
                                 "The model is free to use in ChatGPT.", "Microsoft will offer the model on Azure."]


def test_closing_disclaimer_at_the_end_of_an_article_drops_what_follows():
    text = """\
意大利数据保护局对OpenAI处以罚款
意大利数据保护局宣布对OpenAI处以1500万欧元罚款，理由是其在训练ChatGPT时未依法处理个人数据。
OpenAI表示将提起上诉。
免责声明
本文仅供参考，不构成投资或法律建议。
如需转载请联系本网。
"""
    body = "\n".join(item.body for item in segment(_document(text, "article.txt")))
    assert body.endswith("OpenAI表示将提起上诉。")
    assert "仅供参考" not in body


def test_end_mark_after_the_last_sentence_is_dropped():
    text = "国家网信办发布新规\n国家网信办发布《人工智能生成合成内容标识办法》。（完）\n"
    assert segment(_document(text, "article.txt"))[0].body == "国家网信办发布《人工智能生成合成内容标识办法》。"


@pytest.mark.parametrize("mark", ["###", "# # #", "-30-", "- 30 -"])
def test_press_release_end_mark_is_no_heading_and_keeps_the_release(mark):
    text = f"""\
STATE OF EXAMPLE
DEPARTMENT OF JUSTICE

NEWS RELEASE

Attorney General Reaches Deal With Lender Over Automated Loan Decisions

The Attorney General announced a settlement with Harbor Lending Inc. over its scoring models.
The lender will pay $1 million and audit its models every year.

{mark}
"""
    body = "\n".join(item.title + "\n" + item.body for item in segment(_document(text, "release.txt")))
    assert "Harbor Lending Inc." in body and "audit its models" in body
    assert mark not in body


def test_a_short_title_with_no_text_under_it_stays_in_the_next_items_text():
    text = """\
THE HARBOUR HERALD
Nation | Technology
Centre drafts rules on labels for synthetic posts, invites comments
Social media firms would have to ask users to declare synthetic posts; comments are invited till May 6.
Staff Correspondent | Posted: May 2, 2025, 10:10 IST
The ministry on Wednesday proposed changes to the rules for online intermediaries.
"""
    items = segment(_document(text, "paper.txt"))
    assert "THE HARBOUR HERALD" in "\n".join(item.title + "\n" + item.body for item in items)
    assert "proposed changes" in "\n".join(item.body for item in items)


# -- news articles, one per file ------------------------------------------------------
FIXTURES = Path(__file__).parent / "fixtures" / "news"


def test_chinese_article_is_one_item_dated_by_its_date_line():
    (item,) = segment(read_document(FIXTURES / "zh-article.txt"))
    assert item.title == "四部门联合发布《人工智能生成合成内容标识办法》 9月1日起施行"
    assert (item.date, item.source) == ("2025-03-14", "新华网")
    assert item.body.startswith("国家互联网信息办公室、工业和信息化部")  # the dateline is cut off
    assert item.body.endswith("公开征求意见。")                          # and so is （完）
    for dropped in ("本文源自", "转载", "【新华社", "摄）", "责任编辑", "18:30"):
        assert dropped not in item.body


def test_chinese_article_credits_keep_the_outlet_and_the_people():
    (item,) = segment(read_document(FIXTURES / "zh-article.txt"))
    assert "电头：新华社" in item.credits
    assert "责任编辑：陈思" in item.credits
    assert any(line.startswith("新华社记者：") and "孙宇航" in line for line in item.credits)  # photo credit
    assert all(line in item.text for line in item.credits)  # extraction reads them


def test_english_article_has_byline_dateline_and_no_copyright():
    (item,) = segment(read_document(FIXTURES / "en-article.txt"))
    assert item.title.startswith("New York Times sues OpenAI and Microsoft")
    assert item.date == "2023-12-27"
    assert item.body.startswith("The New York Times Co. sued OpenAI Inc.")  # NEW YORK, Dec 27 (Reuters) - cut off
    assert item.credits == ["By：Jane Doe、John Roe", "Dateline：Reuters", "Place：NEW YORK", "Photo：Jane Doe、Reuters",
                            "Reporting by：Jane Doe", "Editing by：John Roe"]
    assert "All rights reserved" not in item.text and "Updated" not in item.text


def test_english_newsletter_keeps_its_comment_apart_and_drops_its_disclaimers():
    first, second = segment(read_document(FIXTURES / "en-newsletter.txt"))
    assert (first.date, first.source) == ("2024-12-20", "Garante")
    assert first.commentary.startswith("The decision is the first fine")
    assert "Other regulators" not in first.body
    assert (second.title, second.date) == ("EU AI Act enters into force", "2024-08-01")
    assert not second.continues  # a newsletter's items are separate news
    for item in (first, second):
        assert "legal advice" not in item.text and "information only" not in item.text


def test_article_with_subheadings_is_one_item_per_subheading():
    text = """\
欧盟《人工智能法案》正式生效
2024-08-01 09:00 来源：某某网
记者 王晓明

欧盟《人工智能法案》于8月1日正式生效。

禁止性规定
有关禁止性人工智能实践的规定将于2025年2月2日起适用。

通用模型义务
通用人工智能模型提供者的义务将于2025年8月2日起适用。
"""
    items = segment(_document(text, "article.txt"))
    assert [item.title for item in items] == ["欧盟《人工智能法案》正式生效", "禁止性规定", "通用模型义务"]
    assert {item.date for item in items} == {"2024-08-01"}
    assert {item.source for item in items} == {"某某网"}
    assert items[1].section == "欧盟《人工智能法案》正式生效"
    assert [item.continues for item in items] == [False, True, True]  # one story: its references reach back


def test_article_date_from_a_dateline_takes_the_year_of_the_text():
    text = "OpenAI fined in Italy\n\nROME, Dec 20 (Reuters) - Italy's privacy watchdog fined OpenAI on Friday. " \
           "The fine follows a 2023 investigation and a December 2024 decision.\n"
    (item,) = segment(_document(text, "news.txt"))
    assert item.date == "2024-12-20"
    assert item.credits == ["Dateline：Reuters", "Place：ROME"]


def test_a_dateline_with_a_state_keeps_the_city_and_the_state():
    text = "Regulator opens inquiry\n\nAUSTIN, Texas, Dec 12 (Reuters) - The attorney general opened an inquiry.\n"
    (item,) = segment(_document(text, "news.txt"))
    assert item.body.startswith("The attorney general")
    assert "Place：AUSTIN、Texas" in item.credits


@pytest.mark.parametrize("line, place", [
    ("SPRINGFIELD, Ill. (AP) — The attorney general opened an inquiry.", "Place：SPRINGFIELD、Ill."),  # a state's abbreviation
    ("PORTLAND, OR – The attorney general opened an inquiry.", "Place：PORTLAND、OR"),  # its postal code
    ("LISBON, March 3, 2025 — The attorney general opened an inquiry.", "Place：LISBON"),  # the date with its year
])
def test_a_dateline_with_an_abbreviated_state_or_a_year_leaves_the_body(line, place):
    (item,) = segment(_document(f"Regulator opens inquiry\n\n{line}\n", "news.txt"))
    assert item.body.startswith("The attorney general")
    assert place in item.credits


def test_the_words_closing_a_chinese_dateline_are_one_lexicon_by_kind():
    """data/lexicon/bylines.tsv dispatch*: every reader of a Chinese dateline builds its pattern from it."""
    assert re.fullmatch(dispatch_words("dispatch_special", "dispatch"), "專電")
    assert re.fullmatch(dispatch_words("dispatch"), "訊") and not re.fullmatch(dispatch_words("dispatch"), "消息")
    (item,) = segment(_document("监管部门发布新规\n\n（中央社记者林冠宇台北3日專電）监管部门发布新规。\n", "news.txt"))
    assert item.body.startswith("监管部门发布新规。")


def _wire_story(*lines: str):
    """The one item of a short wire story whose body continues with ``lines``."""
    head = "Court rules on chatbot\nBy Jane Doe\n\nBOSTON, May 2 (Reuters) - A court ruled on Friday.\n\n"
    (item,) = segment(_document(head + "\n\n".join(lines) + "\n", "news.txt"))
    return item


def test_an_english_photo_caption_keeps_its_credit_and_puts_what_it_shows_after_the_text():
    item = _wire_story("[Photo: A courthouse in Boston, Massachusetts, U.S. Reuters/John Roe]",
                       "Photo caption: Lawyers outside the court. Reuters/Ann Poe", "The ruling can be appealed.")
    assert "Photo：Reuters、John Roe" in item.credits and "Photo：Reuters、Ann Poe" in item.credits
    assert "Reuters/John Roe" not in item.body and "Ann Poe" not in item.body
    assert item.body.startswith("A court ruled")
    assert item.body.endswith("The ruling can be appealed.\nA courthouse in Boston, Massachusetts, U.S.\n"
                              "Lawyers outside the court.")


def test_a_caption_before_the_dateline_leaves_the_dateline_a_dateline():
    text = ("Court rules on chatbot\nBy Jane Doe\n\n[Photo: Harbor Labs' offices in Tacoma, Washington. "
            "Credit: Ann Poe / Harbor Wire]\n\nSPOKANE - A court ruled on Friday.\n")
    (item,) = segment(_document(text, "news.txt"))
    assert item.body.startswith("A court ruled") and item.body.endswith("offices in Tacoma, Washington.")


def test_a_photo_credit_alone_is_still_a_credit_not_a_caption():
    assert "Photo：J. Roe、Reuters" in _wire_story("Photo: J. Roe/Reuters").credits


def test_related_links_and_a_standards_note_are_no_news():
    item = _wire_story("Read more: Judge weighs Meta's bid to end authors' suit",
                       "Reporting by Jane Doe; Editing by Ann Poe\nOur Standards: The Thomson Reuters Trust Principles.")
    assert "Meta" not in item.text and "Trust Principles" not in item.text
    assert "Editing by：Ann Poe" in item.credits


def test_a_sentence_starting_with_a_date_is_no_date_line():
    text = "OpenAI发布GPT-4o\n2024年5月13日，OpenAI发布GPT-4o。\n该模型可以实时处理语音。\n"
    (item,) = segment(_document(text, "note.txt"))
    assert item.body.startswith("2024年5月13日，OpenAI发布GPT-4o。")


def test_a_month_date_line_keeps_the_source_after_it():
    text = "某局发布两项标准\n\n发布时间：2024年9月\u3000\u3000来源：某某省数据管理局办公室\n\n近日，某局发布两项标准。\n"
    (item,) = segment(_document(text, "release.txt"))
    assert (item.date, item.source) == ("2024-09", "某某省数据管理局办公室")


def test_a_month_alone_is_no_date_line():
    text = "OpenAI发布新模型\n2024年5月\n2024年5月，OpenAI发布新模型。\n"
    (item,) = segment(_document(text, "note.txt"))
    assert "2024年5月，OpenAI发布新模型。" in item.body


def test_a_source_note_under_a_figure_stays_in_the_report_text():
    text = "大模型专利态势\n\n图 1 大模型技术原理\n资料来源：某某证券 2024-01-24 研究报告\nIBM领跑GenAI专利\nIBM拥有1591项生成式人工智能专利申请，比谷歌多三分之一。\n"
    text_of_items = "\n".join(item.text for item in segment(_document(text, "report.txt")))
    assert "资料来源：某某证券 2024-01-24 研究报告" in text_of_items


# -- newsletter layouts: headings of any mark, fields in any form, a list of highlights --
def _body_lines_kept(text: str, items) -> list[str]:
    """The lines of ``text`` that are neither headings nor fields and are missing from every
    item's body: what a segmentation lost."""
    bodies = "\n".join(item.body + "\n" + item.commentary for item in items)
    lines = (re.sub(r"^(?:内容|摘要)\s*[:：]\s*", "", line) for line in text.splitlines())
    return [line for line in lines if line.endswith("。") and line not in bodies]


HIGHLIGHTS = """\
数据合规季报
2024 年第二季度

【本期要点】
· 欧盟理事会批准《人工智能法》
· 美国科罗拉多州州长签署人工智能法案
· 行业：OpenAI 推出 GPT-4o

一、境外立法

（一）欧盟理事会批准《人工智能法》
日期：2024 年 5 月 21 日
来源：欧盟理事会
内容：欧盟理事会当天批准了《人工智能法》，完成立法程序的最后一步。
法律将在刊登于官方公报二十天后生效。

（二）美国科罗拉多州州长签署人工智能法案
日期: 2024 年 5 月 17 日
来源: 科罗拉多州州长办公室
内容: 科罗拉多州州长贾里德·波利斯签署了一部规范高风险人工智能系统的法案。

二、行业动态

1. OpenAI 推出 GPT-4o
日期：2024 年 5 月 13 日
OpenAI 推出可以实时处理语音、图像和文本的 GPT-4o 模型。
"""


def test_highlights_list_yields_no_items_and_sections_head_their_items():
    items = segment(_document(HIGHLIGHTS))
    assert [(item.title, item.section) for item in items] == [
        ("欧盟理事会批准《人工智能法》", "境外立法"),
        ("美国科罗拉多州州长签署人工智能法案", "境外立法"),
        ("OpenAI 推出 GPT-4o", "行业动态"),
    ]


def test_fields_on_their_own_lines_with_either_colon_are_read():
    first, second, third = segment(_document(HIGHLIGHTS))
    assert (first.date, first.source) == ("2024-05-21", "欧盟理事会")
    assert (second.date, second.source) == ("2024-05-17", "科罗拉多州州长办公室")
    assert third.date == "2024-05-13"
    assert first.body == "欧盟理事会当天批准了《人工智能法》，完成立法程序的最后一步。\n法律将在刊登于官方公报二十天后生效。"
    assert not any(label in item.body for item in (first, second, third) for label in ("日期", "来源", "内容"))
    assert _body_lines_kept(HIGHLIGHTS, [first, second, third]) == []


BRACKETED_FIELDS = """\
科技法律动态

■ 国内

▍三部门联合发布人工智能伦理审查办法
【时间】2025 年 3 月 10 日
【来源】科技部网站
三个部门联合发布了关于人工智能伦理审查的办法，明确了审查的范围和程序。

▍某大模型公司发布新一代模型
【时间】2025年4月2日【来源】公司官网
该公司发布了新一代多模态模型。

■ 境外

▍英国政府发布人工智能机遇行动计划
【时间】2025 年 1 月 13 日
【来源】英国政府网站
英国政府发布了人工智能机遇行动计划，提出五十项措施。
"""


def test_bracketed_field_labels_and_bullet_headings_make_the_items():
    items = segment(_document(BRACKETED_FIELDS))
    assert [(item.title, item.section, item.date, item.source) for item in items] == [
        ("三部门联合发布人工智能伦理审查办法", "国内", "2025-03-10", "科技部网站"),
        ("某大模型公司发布新一代模型", "国内", "2025-04-02", "公司官网"),
        ("英国政府发布人工智能机遇行动计划", "境外", "2025-01-13", "英国政府网站"),
    ]
    assert _body_lines_kept(BRACKETED_FIELDS, items) == []


BRACKETED_WITH_A_BARE_ITEM = """\
科技法律动态

■ 国内

▍两部门发布数据标注产业指导意见
【时间】2025 年 3 月 10 日
【来源】部门网站
两个部门发布了关于数据标注产业发展的指导意见。

▍某市出台算力券管理办法
该市出台了算力券管理办法，对中小企业购买算力给予补贴。

■ 境外

▍新加坡发布生成式人工智能治理框架
新加坡发布了生成式人工智能治理框架，提出九个维度。

▍英国政府发布人工智能机遇行动计划
【时间】2025 年 1 月 13 日
【来源】英国政府网站
英国政府发布了人工智能机遇行动计划。
"""


def test_a_bullet_heading_without_fields_among_bullet_items_with_fields_is_an_item():
    items = segment(_document(BRACKETED_WITH_A_BARE_ITEM))
    assert [(item.title, item.section) for item in items] == [
        ("两部门发布数据标注产业指导意见", "国内"), ("某市出台算力券管理办法", "国内"),
        ("新加坡发布生成式人工智能治理框架", "境外"), ("英国政府发布人工智能机遇行动计划", "境外")]
    assert items[1].body == "该市出台了算力券管理办法，对中小企业购买算力给予补贴。"
    assert items[1].source != "部门网站"
    assert _body_lines_kept(BRACKETED_WITH_A_BARE_ITEM, items) == []


def test_a_bullet_list_inside_an_item_makes_no_items():
    text = BRACKETED_FIELDS.replace("三个部门联合发布了关于人工智能伦理审查的办法，明确了审查的范围和程序。",
                                    "办法要点如下：\n● 明确审查范围\n● 规定审查程序")
    assert len(segment(_document(text))) == 3


INLINE_FIELDS = """\
全球人工智能监管周报

【欧洲】

▶ 爱尔兰数据保护委员会调查一款聊天机器人
日期：2025-04-11 | 来源：爱尔兰数据保护委员会
爱尔兰数据保护委员会宣布对一款聊天机器人的训练数据展开调查。

▶ 法国数据保护机构发布人工智能开发建议
日期：2025-02-07 ｜ 来源：法国数据保护机构
法国数据保护机构发布了关于开发人工智能系统的新建议。

【美洲】

▶ 美国联邦贸易委员会发布聊天机器人问询令
日期：2025-09-11  来源：美国联邦贸易委员会
美国联邦贸易委员会向多家公司发出问询令。
"""


def test_several_fields_on_one_line_are_each_read():
    items = segment(_document(INLINE_FIELDS))
    assert [(item.section, item.date, item.source) for item in items] == [
        ("欧洲", "2025-04-11", "爱尔兰数据保护委员会"),
        ("欧洲", "2025-02-07", "法国数据保护机构"),
        ("美洲", "2025-09-11", "美国联邦贸易委员会"),
    ]
    assert items[0].title == "爱尔兰数据保护委员会调查一款聊天机器人"
    assert _body_lines_kept(INLINE_FIELDS, items) == []


@pytest.mark.parametrize("first_mark, second_mark", [
    ("一、", "二、"), ("（一）", "（二）"), ("(一)", "(二)"), ("1.", "2."), ("1、", "2、"), ("(1)", "(2)"),
    ("（1）", "（2）"), ("①", "②"), ("▶", "▶"), ("■", "■"), ("●", "●"), ("◆", "◆"), ("", ""),
])
def test_items_are_found_under_every_common_kind_of_heading_mark(first_mark, second_mark):
    text = f"""\
人工智能合规观察

第一部分 监管动态

{first_mark}网信部门发布生成式人工智能服务备案公告
发布日期：2025 年 1 月 8 日
来源：网信部门网站
摘要：网信部门公布了新一批完成备案的生成式人工智能服务。

{second_mark}工信部门印发人形机器人创新指导意见
发布日期：2025 年 2 月 3 日
来源：工信部门网站
摘要：工信部门印发指导意见，推动人形机器人产业发展。
"""
    items = segment(_document(text))
    assert [(item.title, item.date, item.section) for item in items] == [
        ("网信部门发布生成式人工智能服务备案公告", "2025-01-08", "监管动态"),
        ("工信部门印发人形机器人创新指导意见", "2025-02-03", "监管动态"),
    ]
    assert _body_lines_kept(text, items) == []


def test_a_field_value_on_the_line_under_its_label_is_read():
    text = """\
1. 欧盟委员会发布通用目的人工智能行为准则
发布日期：
2025年7月10日
来源：
欧盟委员会
摘要：
欧盟委员会发布了通用目的人工智能行为准则。

2. 日本国会通过人工智能促进法
发布日期：
2025年5月28日
来源：
日本国会
摘要：
日本国会表决通过人工智能促进法。
"""
    first, second = segment(_document(text))
    assert (first.date, first.source, first.body) == ("2025-07-10", "欧盟委员会", "欧盟委员会发布了通用目的人工智能行为准则。")
    assert (second.date, second.source) == ("2025-05-28", "日本国会")


def test_keywords_are_no_text_and_an_original_link_is_a_link():
    text = """\
（一）美国版权局发布人工智能训练报告
日期：2025年5月9日
关键词：版权；训练数据
原文链接：https://www.copyright.gov/ai/
内容：美国版权局发布了关于人工智能训练的报告。

（二）英国高等法院就图片版权案作出判决
日期：2025年11月4日
关键词：版权
内容：英国高等法院就一起图片版权案作出判决。
"""
    first, second = segment(_document(text))
    assert first.links == ["https://www.copyright.gov/ai/"]
    assert first.body == "美国版权局发布了关于人工智能训练的报告。"
    assert "关键词" not in first.text + second.text and "训练数据" not in first.text


def test_a_list_inside_a_body_is_no_item_in_a_fielded_layout():
    text = """\
（一）国家标准委发布人工智能标准化指南
日期：2025年3月1日
内容：指南提出了三项任务：
① 完善基础标准
② 推进关键技术标准
该指南自发布之日起实施。

（二）工信部门发布算力基础设施行动计划
日期：2025年4月1日
内容：行动计划提出到2026年的目标。
"""
    items = segment(_document(text))
    assert [item.title for item in items] == ["国家标准委发布人工智能标准化指南", "工信部门发布算力基础设施行动计划"]
    assert "② 推进关键技术标准" in items[0].body


# -- issues of one file, read with the pipeline's data folder --------------------------
TWO_ISSUES = """\
人工智能法律月报
2025年第1期

1. 欧盟人工智能法禁止性规定开始适用
来源：欧盟委员会
摘要：
{body}

2. 美国总统签署人工智能行政令
来源：白宫
摘要：
{body}

人工智能法律月报
2025年第2期

1. 英国人工智能安全研究所更名
来源：英国政府
摘要：
{body}

2. 巴黎人工智能行动峰会发布联合声明
来源：法国政府
摘要：
{body}
"""


def test_a_file_of_two_issues_is_read_issue_by_issue():
    from kg.segment import issues
    text = TWO_ISSUES.format(body="这一规定对在该地区提供服务的企业都有影响，企业需要提前评估合规义务。" * 5)
    parts = issues(_document(text))
    assert len(parts) == 2
    assert [item.title for item in segment(parts[1])] == ["英国人工智能安全研究所更名", "巴黎人工智能行动峰会发布联合声明"]


def test_issue_heads_and_field_labels_come_from_the_data_folder_given(tmp_path):
    import shutil

    from kg.kb import DATA_DIR
    from kg.segment import issues
    shutil.copytree(DATA_DIR / "lexicon", tmp_path / "lexicon")
    (tmp_path / "lexicon" / "issues.tsv").write_text("kind\tpattern\nname\t合规通讯\n", encoding="utf-8")
    with open(tmp_path / "lexicon" / "fields.tsv", "a", encoding="utf-8") as stream:
        stream.write("source\t出自\n")
    body = "这一规定对在该地区提供服务的企业都有影响，企业需要提前评估合规义务。" * 5
    text = TWO_ISSUES.format(body=body).replace("人工智能法律月报", "合规通讯").replace("来源：", "出自：")
    text = re.sub(r"第(\d)期", r"\1月", text)  # no head the package's lexicon knows
    assert len(issues(_document(text))) == 1            # the package's lexicon knows no 合规通讯
    parts = issues(_document(text), tmp_path)
    assert len(parts) == 2
    assert [item.source for item in segment(parts[0], tmp_path)] == ["欧盟委员会", "白宫"]


ENGLISH_UPDATE = """\
Regulatory Update, Spring 2024

In this issue
- Tennessee enacts a law on voice cloning
- A data authority fines a chatbot maker

1) Tennessee enacts a law on voice cloning

21 March 2024 | Source: Office of the Governor

Key points:
- The governor signed a law that protects a person's voice against unauthorised AI imitation.
- It takes effect on 1 July 2024.

Comment: Other states are likely to follow.

2) A data authority fines a chatbot maker

10 April 2024 | Source: Data Protection Authority

Key points:
- The authority fined the maker of a chatbot for processing personal data without a legal basis.
"""


def test_english_update_with_dated_source_lines_and_a_bulleted_contents_list():
    items = segment(_document(ENGLISH_UPDATE, "update.txt"))
    assert [(item.title, item.date, item.source) for item in items] == [
        ("Tennessee enacts a law on voice cloning", "2024-03-21", "Office of the Governor"),
        ("A data authority fines a chatbot maker", "2024-04-10", "Data Protection Authority"),
    ]
    assert "unauthorised AI imitation" in items[0].body and "Key points" not in items[0].body
    assert items[0].commentary == "Other states are likely to follow."


WIRE_ARTICLE = """\
数位发展部发布人工智能产品评测指引
2025-03-20 10:15　来源：中央社

（中央社记者林冠宇台北20日电）数位发展部今天发布人工智能产品评测指引，供业者自愿参考。
指引涵盖安全、隐私与透明等面向。
（编辑：黄诗涵）1140320
"""


def test_a_bracketed_wire_dateline_gives_the_outlet_and_the_reporter_and_leaves_the_text():
    (item,) = segment(_document(WIRE_ARTICLE, "wire.txt"))
    assert item.date == "2025-03-20"
    assert item.body.startswith("数位发展部今天发布")
    assert "记者：林冠宇" in "\n".join(item.credits) and "中央社" in "\n".join(item.credits)
    assert "编辑：黄诗涵" in item.credits      # the wire's date stamp after the bracket is no name
    assert "1140320" not in item.text


@pytest.mark.parametrize("dateline, reporters", [
    ("（中央社记者林冠宇台北20日电）", ["林冠宇"]),
    ("（中央社记者林宏新北20日电）", ["林宏"]),                    # a name of two characters
    ("（中央社记者欧阳志远华盛顿19日专电）", ["欧阳志远"]),        # of four, a special dispatch
    ("（中央社记者吴家豪、曾智怡台北20日电）", ["吴家豪", "曾智怡"]),  # two reporters
    ("（中央社华盛顿19日综合外电报导）", []),                      # no reporter
    ("《南岭通讯社驻京记者黄燕明20日北京专电》", ["黄燕明"]),          # the bureau, and the place after the day
])
def test_a_wire_dateline_gives_its_reporters_whatever_their_length_and_number(dateline, reporters):
    (item,) = segment(_document(WIRE_ARTICLE.replace("（中央社记者林冠宇台北20日电）", dateline), "wire.txt"))
    assert item.body.startswith("数位发展部今天发布")
    bylines = [line for line in item.credits if "记者" in line]
    outlet = "中央社" if "中央社" in dateline else "南岭通讯社"
    assert bylines == ([f"{outlet}记者：{'、'.join(reporters)}"] if reporters else [])


@pytest.mark.parametrize("dateline, outlet, subtitle", [
    ("《港岛通讯社20日专讯》", "港岛通讯社", "《要闻》数位发展部发布评测指引\n\n"),
    ("《東海日報3月20日訊》", "東海日報", "《要闻》数位发展部发布评测指引\n\n"),
    ("《南岭新闻社20日电》", "南岭新闻社", ""),
    ("（南岭新闻社20日电）", "南岭新闻社", ""),
])
def test_an_outlets_own_dispatch_names_the_outlet_and_leaves_the_text(dateline, outlet, subtitle):
    """《經濟通通訊社28日專訊》: the outlet and the day of its dispatch, in title marks (after the column's
    subtitle too) or brackets; the outlet is named on the credits, the text starts after it."""
    article = WIRE_ARTICLE.replace("（中央社记者林冠宇台北20日电）", subtitle + dateline)
    (item,) = segment(_document(article, "dispatch.txt"))
    assert "数位发展部今天发布" in item.body and dateline not in item.body
    assert any(outlet in line for line in item.credits)


def test_a_dateline_run_with_no_name_before_the_place_leaves_the_text():
    (item,) = segment(_document(WIRE_ARTICLE.replace("（中央社记者林冠宇台北20日电）", "（中央社记者台北20日电）"), "wire.txt"))
    assert not any("记者" in line for line in item.credits)


@pytest.mark.parametrize("line, label, names, outlet", [
    ("第一财经记者 吴昊", "记者", ["吴昊"], "第一财经"),        # an outlet without an outlet's ending
    ("特约记者 王晓明", "特约记者", ["王晓明"], ""),            # a label, no outlet
    ("记者 林怡君／台北10日电", "记者", ["林怡君"], ""),        # the dateline after the byline
    ("（编辑：陈正杰）1140310", "编辑", ["陈正杰"], ""),
    ("【港岛日报】记者 周嘉怡、梁子谦 报道", "记者", ["周嘉怡", "梁子谦"], "港岛日报"),  # a bracketed outlet, a verb after
    ("【晨风新闻讯】记者 何子晴", "记者", ["何子晴"], "晨风新闻"),    # the outlet's own dispatch
    ("记者 章立群 发自杭州", "记者", ["章立群"], ""),          # where the reporter files from, after the name
    ("（图片来源：晴岚图片社）", "图片来源", ["晴岚图片社"], ""),   # a label's word inside the name
    ("（图/记者 秦晓川 摄）", "记者", ["秦晓川"], ""),          # the picture is the reporter's: 记者 is no name
    ("东岭财经网记者 杜若兰 编译", "记者", ["杜若兰"], "东岭财经网"),  # what she did after her name, no label
    ("图：港口的新吊车 晨报记者 王思远 摄", "记者", ["王思远"], "晨报"),  # the caption before the credit
])
def test_credit_lines_of_wire_and_newspaper_articles(line, label, names, outlet):
    from kg.segment import Credit, _lexicons
    assert _lexicons().bylines.credits(line) == [Credit(label, names, outlet)]


def test_a_long_english_credit_line_names_every_reporter_and_editor():
    from kg.segment import _lexicons
    line = "(Reporting by Giulia Conti in Rome and Tomas Hale in Brussels; Additional reporting by Ana Ruiz; Editing by Mark Lindqvist)"
    credits = _lexicons().bylines.credits(line)
    assert [name for credit in credits for name in credit.names] == ["Giulia Conti", "Tomas Hale", "Ana Ruiz", "Mark Lindqvist"]


REPORT_WITH_NUMBERED_SECTIONS = """\
人工智能著作权研究报告

本报告梳理中美两国的人工智能著作权争议。

一、美国

（一）新闻出版业的诉讼
多家报社起诉人工智能公司，指控其使用新闻作品训练模型。

（二）作家集体诉讼
作家们提起集体诉讼，案件以和解告终。

二、中国

（一）生成内容的可版权性
法院认定使用人工智能生成的图片可以构成作品。

三、比较与展望

两国的争议焦点不同，但都涉及训练数据与生成内容。
"""


def test_numbered_headings_without_fields_make_items_and_no_text_is_lost():
    items = segment(_document(REPORT_WITH_NUMBERED_SECTIONS, "report.txt"))
    assert [(item.title, item.section) for item in items] == [
        ("人工智能著作权研究报告", ""),
        ("新闻出版业的诉讼", "美国"), ("作家集体诉讼", "美国"), ("生成内容的可版权性", "中国"),
        ("比较与展望", "比较与展望"),
    ]
    assert _body_lines_kept(REPORT_WITH_NUMBERED_SECTIONS, items) == []


CASE_DIGEST = """\
知行律所 诉讼简报

目 录
01 某出版社起诉甲公司
02 乙协会起诉丙公司

01 某出版社起诉甲公司
案件日期：2025年3月4日
受理法院：北京互联网法院
案情：某出版社向北京互联网法院起诉甲公司，称其使用图书训练模型。
律师评析：训练数据来源是焦点。

02 乙协会起诉丙公司
案件日期：2025年5月
受理法院：上海市浦东新区人民法院
案情：乙协会去年11月起诉丙公司。
"""


def test_zero_padded_numbers_with_case_fields_head_litigation_items():
    items = segment(_document(CASE_DIGEST))
    assert [(item.title, item.date) for item in items] == [("某出版社起诉甲公司", "2025-03-04"), ("乙协会起诉丙公司", "2025-05")]
    assert items[0].body.startswith("受理法院：北京互联网法院\n某出版社向北京互联网法院起诉")  # 案情： is a label, its court line stays
    assert items[0].commentary == "训练数据来源是焦点。"


def test_a_two_digit_count_without_zero_padding_or_fields_heads_no_item():
    text = "AI 周报\n\n12 家公司签署承诺\n各公司承诺开展安全测试。\n\n13 个国家参加峰会\n峰会在首尔举行。\n"
    assert all(not item.title.startswith(("家公司", "个国家")) for item in segment(_document(text)))


def test_an_undated_section_telling_its_time_relative_to_the_story_is_dated_by_the_story_before_it():
    text = ("诉讼追踪简报\n\n一、甲公司诉乙公司案\n\n2025 年 6 月 4 日，甲公司起诉乙公司。\n\n"
            "二、丙公司诉乙公司案\n\n一周后，丙公司也起诉乙公司。\n\n三、丁公司动态\n\n丁公司发布新模型。\n")
    dates = {item.title: item.date for item in segment(_document(text))}
    assert dates["丙公司诉乙公司案"] == "2025-06-04"  # what its 一周后 counts from
    assert dates["丁公司动态"] is None  # no relative date: no date made up


COUNTRY_BRIEF = """\
和光律师事务所
全球人工智能监管季报（2025年第一季度）

本季报按国家和地区分列。

【日本】
■ 日本国会通过人工智能促进法（2025年5月28日）
日本国会通过《人工智能相关技术研究开发及利用推进法》。
■ 个人信息保护委员会发布指引（2025年3月5日）
个人信息保护委员会就生成式人工智能发布提醒。

【韩国】
■ 韩国公布人工智能基本法施行令草案（2025年9月8日）
韩国科学技术信息通信部公布施行令草案。
"""


def test_bullet_headings_without_fields_under_bracketed_places_are_items_in_sections():
    items = segment(_document(COUNTRY_BRIEF))
    assert [(item.title, item.section, item.date) for item in items] == [
        ("和光律师事务所", "", None),  # the cover line, an item of its own with no text (_cover)
        ("全球人工智能监管季报（2025年第一季度）", "", None),
        ("日本国会通过人工智能促进法（2025年5月28日）", "日本", "2025-05-28"),
        ("个人信息保护委员会发布指引（2025年3月5日）", "日本", "2025-03-05"),
        ("韩国公布人工智能基本法施行令草案（2025年9月8日）", "韩国", "2025-09-08"),
    ]
    assert not items[0].body and "和光律师事务所" not in "".join(item.text for item in items[1:])  # the publisher is no news


def test_a_single_bullet_heading_makes_no_items_of_a_report():
    text = "研究报告\n\n■ 背景\n生成式人工智能发展迅速。\n\n二者之间的关系仍待研究。\n"
    assert all(item.title != "背景" for item in segment(_document(text)))


def test_a_question_and_answer_item_is_dated_by_its_heading():
    text = ("AI合规问答 · 第三辑\n\n问答一（2025年4月3日）\n问：新规有何变化？\n答：该局于2024年10月起草的规则已生效。\n\n"
            "问答二（2025年5月9日）\n问：委员会做了什么？\n答：委员会发布计划。\n")
    assert [(item.title, item.date) for item in segment(_document(text))][-2:] == [
        ("问答一（2025年4月3日）", "2025-04-03"), ("问答二（2025年5月9日）", "2025-05-09")]


TABLE_DIGEST = """\
年度回顾
日期｜机构｜事件
————————
2025-02-11｜法国政府｜举办人工智能行动峰会
说明：峰会在巴黎举行，多国签署联合声明。

2025-07-10｜欧盟委员会｜发布通用人工智能行为准则
说明：准则供模型提供者自愿签署。
"""


def test_table_rows_with_an_explanation_line_are_dated_items():
    items = segment(_document(TABLE_DIGEST))
    assert [(item.title, item.date) for item in items] == [
        ("2025-02-11｜法国政府｜举办人工智能行动峰会", "2025-02-11"), ("2025-07-10｜欧盟委员会｜发布通用人工智能行为准则", "2025-07-10")]
    assert items[1].body == "准则供模型提供者自愿签署。"


def test_a_closing_note_for_the_clients_reference_is_no_news():
    text = ("数字法治周报\n2025年第9期\n\n▶ 【3月3日】欧盟发布指南\n欧盟委员会当日发布指南。\n\n"
            "▶ 【3月5日】英国发布报告\n英国政府当日发布报告。\n\n——\n本周报由某律师事务所团队编写，仅供客户参考。\n")
    assert all("仅供客户参考" not in item.text for item in segment(_document(text)))


MARKDOWN_TABLE = """\
# 2025年人工智能大事记

| 日期 | 机构 | 事件 |
|---|---|---|
| 2025-02-11 | 法国政府 | 举办人工智能行动峰会 |
| 2025-07-10 | 欧盟委员会 | 发布通用人工智能行为准则 |
| 2025-09-29 | 加州州长 | 签署前沿人工智能透明度法案 |
"""


def test_each_dated_row_of_a_table_is_an_item_of_its_own():
    items = segment(_document(MARKDOWN_TABLE, "timeline.md"))
    assert [(item.title, item.date) for item in items] == [
        ("2025-02-11｜法国政府｜举办人工智能行动峰会", "2025-02-11"),
        ("2025-07-10｜欧盟委员会｜发布通用人工智能行为准则", "2025-07-10"),
        ("2025-09-29｜加州州长｜签署前沿人工智能透明度法案", "2025-09-29")]


def test_a_table_without_a_date_cell_inside_an_item_makes_no_items():
    text = ("1. 欧盟发布指南\n日期：2025-01-08\n内容：欧盟委员会发布指南。\n机构｜事件｜影响\n欧盟｜立法｜深远\n"
            "美国｜行政令｜有限\n\n2. 英国发布报告\n日期：2025-01-09\n内容：英国政府发布报告。\n")
    assert [item.title for item in segment(_document(text))] == ["欧盟发布指南", "英国发布报告"]


ALERT = """\
CLIENT ALERT
Marrow & Pike LLP | Privacy Practice
March 2, 2026

Ohio Passes Its Chatbot Disclosure Law; What Businesses Should Do

Key takeaways
- Ohio Governor Ann Lorne signed the Chatbot Disclosure Act in February 2026.
- The law applies to companies that deploy chatbots to consumers in the state.

1. The Act

The Ohio General Assembly passed the Act in January 2026.

2. What to do now

Companies should review their chatbot notices.
"""


def test_an_english_alert_keeps_its_headline_and_takeaways_before_its_numbered_sections():
    lead, first, second = segment(_document(ALERT, "alert.txt"))
    assert lead.title == "Ohio Passes Its Chatbot Disclosure Law; What Businesses Should Do"
    assert "Governor Ann Lorne signed" in lead.body and "Privacy Practice" not in lead.text
    assert (first.title, second.title) == ("The Act", "What to do now")


def test_a_chinese_preamble_before_numbered_items_makes_no_item():
    text = "星河律师事务所 · 人工智能法律简报\n本期导读：欧盟批准法案。\n\n1. 欧盟批准法案\n欧盟理事会批准了法案。\n\n2. 美国发布命令\n美国发布了行政命令。\n"
    assert [item.title for item in segment(_document(text))] == ["欧盟批准法案", "美国发布命令"]


STANDFIRST = """\
Regulator fines chatbot maker over children's data

The fine is the agency's largest for an AI company. The firm says it will appeal.

By Lena Varga, Harbor Daily
Published May 5, 2025 9:10 AM EDT

The Data Agency on Monday fined Quorvel Inc. $2 million.
"""


def test_an_english_story_with_a_standfirst_before_its_byline_is_one_article():
    (item,) = segment(_document(STANDFIRST, "story.txt"))
    assert item.title == "Regulator fines chatbot maker over children's data"
    assert item.date == "2025-05-05"
    assert "The fine is the agency's largest" in item.body and "fined Quorvel Inc." in item.body


def test_a_reporters_role_on_an_english_byline_is_no_credited_name():
    text = STANDFIRST.replace("By Lena Varga, Harbor Daily", "By Lena Varga, Courts Reporter")
    (item,) = segment(_document(text, "story.txt"))
    assert item.credits == ["By：Lena Varga"]


def test_an_english_byline_with_its_date_after_a_bar_heads_one_dated_article():
    text = STANDFIRST.replace("By Lena Varga, Harbor Daily\nPublished May 5, 2025 9:10 AM EDT", "By Lena Varga | May 6, 2025")
    (item,) = segment(_document(text, "story.txt"))
    assert (item.title, item.date, item.credits) == ("Regulator fines chatbot maker over children's data", "2025-05-06",
                                                     ["By：Lena Varga"])
    assert "May 6, 2025" not in item.body


LOG = """\
某律所　算法诉讼记录
2024年第3期

2024年3月
北区法院
摘要：甲公司起诉乙公司，称其算法定价违法。
点评：值得关注。

2024年5月8日
南区法院
摘要：丙公司起诉丁公司，称其抓取数据。
点评：同类案件增多。

2024年7月
北区法院
摘要：戊公司起诉乙公司，请求禁止其继续使用该算法。
点评：该法院再次受理同类案件。
"""


def test_a_log_dates_each_entry_by_its_date_line_and_keeps_a_court_line_told_twice():
    items = segment(_document(LOG))
    entries = [(item.title, item.date) for item in items if "起诉" in item.body]
    assert entries == [("北区法院", "2024-03"), ("南区法院", "2024-05-08"), ("北区法院", "2024-07")]


CARDS = """\
某某律师事务所
数据合规速递｜第2期

卡片一　七部门发布《生成式人工智能服务管理暂行办法》
名称：《生成式人工智能服务管理暂行办法》
发布机关：国家互联网信息办公室、国家发展和改革委员会等七部门
日期：2023年7月10日公布
效力：已施行
要点：办法对生成式人工智能服务提供者提出要求。

卡片二　市场监管总局发布两项国家标准
名称：《网络安全技术 生成式人工智能数据标注安全规范》
发布机关：国家市场监督管理总局
日期：2025年4月
效力：已发布，待实施
要点：标准规定了数据标注的安全要求。
"""


def test_a_card_of_labelled_lines_over_a_known_field_is_one_item_with_every_line():
    items = segment(_document(CARDS))[1:]  # after the cover line's item (某某律师事务所)
    assert [item.title for item in items] == ["卡片一　七部门发布《生成式人工智能服务管理暂行办法》",
                                              "卡片二　市场监管总局发布两项国家标准"]
    assert "发布机关：国家互联网信息办公室" in items[0].text and "名称：《网络安全技术" in items[1].text
    assert items[0].date == "2023-07-10" and items[1].date == "2025-04"


def test_a_memos_sub_numbered_titles_are_its_items_under_their_parent():
    text = ("律师事务所备忘录\n\n1.　概述\n\n1.1　本备忘录介绍三起与人工智能有关的案件，涉及版权和隐私问题，各案依次列明\n"
            "法院、案件和进展。\n\n2.　案件要点\n\n2.1　美国｜作家起诉甲公司\n\n（1）法院：美国某联邦地区法院\n"
            "（2）案情：三名作家于2025年3月起诉甲公司。\n\n2.2　英国｜乙公司被诉侵犯隐私\n\n（1）法院：英国高等法院\n"
            "（2）案情：丙协会于2025年5月起诉乙公司。\n\n3.　建议\n\n3.1　企业应审查训练数据的来源和授权情况，\n"
            "并保留记录。\n")
    items = segment(_document(text))
    assert [item.title for item in items] == ["概述", "美国｜作家起诉甲公司", "英国｜乙公司被诉侵犯隐私", "建议"]
    assert [item.section for item in items[1:3]] == ["案件要点", "案件要点"]
    assert "丙协会" in items[2].text and "丙协会" not in items[1].text


def test_a_notices_issuers_over_its_title_issue_what_it_circulates():
    text = ("省数据局办公室　省科学技术厅综合处\n关于印发智能客服服务规范的通知\n\n各市数据局：\n\n"
            "现将《智能客服服务规范》印发给你们，请认真贯彻执行。\n")
    items = segment(_document(text, "notice.txt"))
    assert "省数据局办公室、省科学技术厅综合处关于印发智能客服服务规范的通知" in items[0].text


def test_a_line_over_a_notice_title_that_names_no_body_stays_as_it_is():
    text = "内部资料　请勿外传\n关于印发智能客服服务规范的通知\n\n各市数据局：\n\n现将规范印发给你们。\n"
    assert not any("、关于印发" in item.text or "外传关于" in item.text for item in segment(_document(text, "notice.txt")))


def test_an_editors_line_after_a_closing_disclaimer_is_a_credit():
    text = ("远景财经报\n\n星河科技发布新模型\n\n2025-03-02 09:10　来源：远景财经报\n\n"
            "星河科技3月1日发布新一代大模型，称其推理能力显著提升。公司表示将逐步开放接口。\n\n"
            "风险提示：本文仅为新闻报道，不构成投资建议。\n\n责任编辑：周晓岚　审核：陆一帆\n")
    items = segment(_document(text, "news.txt"))
    credits = [credit for item in items for credit in item.credits]
    assert "责任编辑：周晓岚" in credits and "审核：陆一帆" in credits


def test_a_byline_with_the_date_after_it_dates_the_article():
    text = ("晨星科技｜AI前沿\n\n星河科技发布新模型\n\n作者：周晓岚 2025-03-02 09:10 阅读 1.2万\n\n"
            "星河科技3月1日发布新一代大模型，称其推理能力显著提升。公司表示将逐步开放接口。\n")
    items = segment(_document(text, "news.txt"))
    assert items[0].date == "2025-03-02" and "作者：周晓岚" in items[0].credits


def test_the_place_a_reporter_files_from_is_no_name():
    text = ("星河科技发布新模型\n2025年3月2日\n\n记者周晓岚／台中报导\n\n"
            "星河科技3月1日发布新一代大模型，称其推理能力显著提升。公司表示将逐步开放接口。\n")
    items = segment(_document(text, "news.txt"))
    assert items[0].credits == ["记者：周晓岚", "地点：台中"]


@pytest.mark.parametrize("masthead, outlet, date", [
    ("东江商报　2025年4月2日　星期三　第A07版｜财经·公司", "东江商报", "2025-04-02"),
    ("南岭日报　科技焦点", "南岭日报", None),
    ("海峡快讯网　政治｜科技", "海峡快讯网", None),
])
def test_a_papers_masthead_over_the_headline_is_its_source(masthead, outlet, date):
    text = (f"{masthead}\n\n星河科技宣布收购月影数据公司 交易作价约二十亿元并将于年内完成交割\n\n记者　周晓岚\n\n"
            "星河科技3月1日宣布收购月影数据公司，交易作价约二十亿元。双方预计年内完成交割。\n")
    items = segment(_document(text, "news.txt"))
    assert items[0].source == outlet and items[0].title.startswith("星河科技宣布收购")
    assert date is None or items[0].date == date


def test_a_breadcrumb_is_no_title():
    text = ("首页 > 要闻 > 正文\n\n星河科技发布新模型\n\n2025-03-02 09:10　来源：远景财经报\n\n"
            "星河科技3月1日发布新一代大模型，称其推理能力显著提升。\n")
    assert segment(_document(text, "news.txt"))[0].title == "星河科技发布新模型"


def test_a_breadcrumb_with_full_width_marks_is_no_title():
    text = ("远景财经报·科技频道 ＞ 公司 ＞ 正文\n\n星河科技发布新模型\n\n2025-03-02 09:10　来源：远景财经报　作者：记者 周晓岚\n\n"
            "星河科技3月1日发布新一代大模型，称其推理能力显著提升。\n")
    (item,) = segment(_document(text, "news.txt"))
    assert item.title == "星河科技发布新模型" and item.source.strip() == "远景财经报"


def test_a_date_line_with_its_weekday_in_brackets_dates_the_article():
    text = "星河科技发布新模型\n2025年3月2日（星期日）\n\n记者　周晓岚\n\n星河科技3月1日发布新一代大模型，称其推理能力显著提升。\n"
    items = segment(_document(text, "news.txt"))
    assert items[0].date == "2025-03-02" and "星期" not in items[0].text


def test_a_case_card_whose_key_dates_line_is_its_known_field_is_one_item():
    text = ("争议案例选编\n\n【案例一】星辰文化公司起诉云图科技\n\n案件名称：星辰文化公司诉云图科技案\n"
            "受理机构：北海市中级人民法院\n当事人：星辰文化公司（原告）；云图科技（被告）\n"
            "关键日期：2024年3月（起诉）\n结果或进展：一审审理中\n\n案情摘要：星辰文化公司称云图科技未经许可使用其图书训练模型。\n\n"
            "【案例二】蓝湾协会投诉海风公司\n\n案件名称：（行政投诉）\n受理机构：东港市市场监督管理局\n"
            "当事人：蓝湾协会（投诉人）；海风公司（被投诉方）\n关键日期：2025年1月（投诉）\n结果或进展：受理中\n\n"
            "案情摘要：蓝湾协会认为海风公司的宣传夸大其词。\n")
    items = segment(_document(text))
    assert [item.title for item in items] == ["【案例一】星辰文化公司起诉云图科技", "【案例二】蓝湾协会投诉海风公司"]
    assert "受理机构：北海市中级人民法院" in items[0].text and "结果或进展：受理中" in items[1].text


@pytest.mark.parametrize("tail", [
    "附件：1．本市算法备案情况一览\n2．本市登记应用名单",
    "附件：1. 申报表\n2. 承诺书",
    "相关材料见：1、名录\n2、问答",
])
def test_a_notices_attachment_list_keeps_the_notice_text(tail):
    text = ("某市数据局\n\n关于公布第二批算法备案结果的通知\n\n"
            "依据《算法推荐管理规定》，某市数据局会同有关部门开展了备案工作。现将结果公布如下。\n\n"
            "一、截至2025年2月底，共40款服务完成备案。\n\n二、各区数据局负责登记工作。\n\n"
            f"{tail}\n\n某市数据局\n2025年3月\n")
    items = segment(_document(text, "notice.txt"))
    assert "会同有关部门开展了备案工作" in "\n".join(item.title + "\n" + item.body for item in items)


TRADE_STORY = """\
THE FREIGHT LEDGER
News and analysis for logistics managers

Ports  |  Regulation

Agency tells carriers that automated routing is no excuse for late notices

A new bulletin says shippers must be told why a load was refused, even when a model made the call

By Tamsin Hollo, Policy Editor
March 3, 2025

The Maritime Safety Office on Monday published Bulletin 2025-01.

What carriers should do now
1. List every model that decides whether a load is refused.
2. Check that the refusal notice names the model's main reasons.
3. Ask vendors whether their tools can explain a refusal.
"""


def test_an_english_storys_closing_checklist_heads_no_items_and_its_head_is_kept():
    items = segment(_document(TRADE_STORY, "story.txt"))
    text = "\n".join(item.text for item in items)
    assert "THE FREIGHT LEDGER" in text and "Agency tells carriers" in text and "Bulletin 2025-01" in text
    assert not any(item.title.startswith(("List every", "Check that", "Ask vendors")) for item in items)
    assert "List every model" in text and items[0].credits == ["By：Tamsin Hollo"]


def test_numbered_english_titles_with_text_under_them_are_still_items():
    text = "CLIENT ALERT\n\nTwo rules to know this month.\n\n1. The Harbor Act\nThe act was signed.\n\n2. What to do now\nReview your notices.\n"
    assert [item.title for item in segment(_document(text, "alert.txt"))][-2:] == ["The Harbor Act", "What to do now"]


# Items drawn between rules, under numbers in any style, with sub-headings every item repeats
RULED_ITEMS = """\
青岚律师事务所　跨境数据团队
《AI争议观察》　第7期

▌导读
本期关注两起诉讼，均涉及AI训练数据。

{rule}

{first}星辰出版社起诉北辰智能公司

▪ 案件概况
星辰出版社诉北辰智能公司｜杭州互联网法院｜2025年3月立案

▪ 进展
星辰出版社称北辰智能公司未经许可使用其图书训练模型。

{rule}

{second}南风音乐起诉云歌科技

▪ 案件概况
南风音乐诉云歌科技｜上海知识产权法院｜2025年5月立案

▪ 进展
南风音乐称云歌科技的模型复制了其曲库中的旋律。

{rule}
"""


@pytest.mark.parametrize("rule", ["━━━━━━━━━━", "－－－－－－－－", "==========", "* * * * *", "～～～～～～"])
@pytest.mark.parametrize("first, second", [("其一　", "其二　"), ("第一则：", "第二则："), ("【一】", "【二】"),
                                           ("Item 1 of 2: ", "Item 2 of 2: "), ("", "")])
def test_items_between_rules_keep_their_own_facts(rule, first, second):
    items = segment(read_text(RULED_ITEMS.format(rule=rule.replace("－", "-"), first=first, second=second)))
    titles = [item.title for item in items]
    assert titles[-2:] == ["星辰出版社起诉北辰智能公司", "南风音乐起诉云歌科技"]
    assert "北辰智能" not in items[-1].body and "云歌科技" not in items[-2].body
    assert "━" not in "".join(item.body for item in items)


def test_items_under_a_mark_between_rules_keep_their_date_line_over_them():
    text = ("某所　合规日历\n\n本日历按日期排列，每个日期下列出规则和机构。\n\n──────────\n2026年1月1日\n\n"
            "■ 加州隐私法规施行\n规则：《加州消费者隐私法》下的法规\n机构：加州隐私保护局\n\n──────────\n"
            "2026年8月2日\n\n■ 欧盟《人工智能法》开始适用\n规则：《人工智能法》\n机构：欧盟委员会\n\n"
            "■ 加州透明度法施行\n规则：SB 942\n机构：加州议会\n\n──────────\n")
    titles = [item.title for item in segment(read_text(text))]
    assert titles[-3:] == ["加州隐私法规施行", "欧盟《人工智能法》开始适用", "加州透明度法施行"]


def read_text(text: str) -> Document:
    from kg.ingest import fold_characters, repair
    return _document(repair(fold_characters(text)))


@pytest.mark.parametrize("first, second", [("① ", "② "), ("其一、", "其二、"), ("【一】", "【二】"), ("第1则 ", "第2则 ")])
def test_sub_headings_every_item_repeats_are_no_items(first, second):
    text = RULED_ITEMS.format(rule="", first=first, second=second)
    items = segment(read_text(text))
    assert [item.title for item in items][-2:] == ["星辰出版社起诉北辰智能公司", "南风音乐起诉云歌科技"]
    assert "北辰智能" not in items[-1].body and "云歌科技" not in items[-2].body


@pytest.mark.parametrize("first, second", [("案例一　", "案例二　"), ("", "")])
def test_a_title_boxed_between_two_rules_heads_the_text_under_it(first, second):
    text = ("某所　教育合规观察\n\n写在前面\n本期整理两所学校的规定。\n\n"
            f"～～～～～～～～\n{first}东湖大学限制学生使用AI写作\n～～～～～～～～\n【经过】\n东湖大学3月发布规定，限制学生使用AI写作工具。\n"
            "【点评】\n规定以披露为核心。\n\n"
            f"～～～～～～～～\n{second}西岭中学开设AI素养课\n～～～～～～～～\n【经过】\n西岭中学9月开设AI素养课。\n【点评】\n课程值得推广。\n")
    items = segment(read_text(text))
    assert [item.title for item in items][-2:] == ["东湖大学限制学生使用AI写作", "西岭中学开设AI素养课"]
    assert "西岭中学9月" in items[-1].body and "西岭中学9月" not in items[-2].body


def test_a_question_boxed_between_rules_heads_its_answer_though_both_read_as_fields():
    text = ("某所　数据争议问答\n第3期\n\n本期以问答形式介绍两起案件。\n\n"
            "━━━━━━━━\n问一：东湖科技为何起诉西岭数据？\n━━━━━━━━\n答：2025年2月，东湖科技起诉西岭数据窃取其训练数据。\n"
            "◎进展：已立案\n◎看点：数据来源之争。\n\n"
            "━━━━━━━━\n问二：南风音乐与云歌科技为何和解？\n━━━━━━━━\n答：2025年6月，双方达成和解。\n◎进展：已和解\n\n"
            "━━━━━━━━\n本刊仅供参考。\n")
    items = segment(read_text(text))
    assert [item.title for item in items][-2:] == ["问一：东湖科技为何起诉西岭数据？", "问二：南风音乐与云歌科技为何和解？"]
    assert "双方达成和解" in items[-1].body and "双方达成和解" not in items[-2].body


def test_cards_of_the_documents_own_labels_are_items_under_their_titles():
    cards = [("星辰出版社诉北辰智能公司", "杭州互联网法院", "2025年3月，法院受理此案。"),
             ("南风音乐诉云歌科技", "上海知识产权法院", "2025年5月，法院判决云歌科技赔偿50万元。"),
             ("李某诉某直播平台", "北京互联网法院", "2025年6月，法院驳回起诉。")]
    text = "某律所　AI诉讼卡片\n2025年第2期\n\n" + "\n\n".join(
        f"{title}\n受理法院：{court}\n原告：{title.split('诉')[0]}\n进展：{progress}" for title, court, progress in cards)
    items = segment(read_text(text))
    assert [item.title for item in items] == [title for title, _, _ in cards]
    assert all(court in item.body for item, (_, court, _) in zip(items, cards))


BULLETED_CARDS = """律所数据合规通讯　第七期

第一则　某国监管机构就聊天机器人年龄核验开出罚单
◎机构：某国通信监管局
◎对象：Alpha Labs
◎日期：2025年3月
◎来源：监管局公告
　　监管局宣布，Alpha Labs未采取年龄核验措施，对其处以罚款。

第二则　另一国数据保护局对Beta公司立案调查
◎机构：另一国数据保护局
◎对象：Beta公司
◎日期：2024年8月
◎来源：新闻稿
　　数据保护局宣布已对Beta公司展开调查。
"""


def test_bulleted_field_lines_under_a_numbered_title_are_its_fields():
    """◎机构：… / ◎日期：… under 第一则 标题: the bullet opens a field, the numbered title heads the item."""
    items = segment(_document(BULLETED_CARDS))
    assert [item.title for item in items] == ["某国监管机构就聊天机器人年龄核验开出罚单", "另一国数据保护局对Beta公司立案调查"]
    assert [(item.date, item.source) for item in items] == [("2025-03", "监管局公告"), ("2024-08", "新闻稿")]


def test_headlines_listed_under_a_related_label_are_no_news():
    text = ("某市发布人工智能条例\n2024-05-06 10:00　来源：某某日报\n\n"
            "本报讯 某市人大常委会日前表决通过《某市人工智能条例》。\n\n"
            "■ 延伸阅读\n某省网信办约谈两家平台\n甲公司起诉乙公司侵犯著作权\n\n"
            "责任编辑：王某某　图片编辑：李小红\n")
    (item,) = segment(_document(text, "news.txt"))
    assert "约谈" not in item.text and "甲公司" not in item.text
    assert "表决通过" in item.text
    assert "图片编辑：李小红" in item.credits  # a picture editor's label, not a name 王某某图片


def test_a_paragraph_under_a_related_label_is_news_told_on():
    text = ("某市发布人工智能条例\n2024-05-06 10:00　来源：某某日报\n\n"
            "本报讯 某市人大常委会日前表决通过《某市人工智能条例》。\n\n"
            "相关报道\n\n一个月后，邻市人大常委会也表决通过了同类条例，并于10月1日起施行。\n")
    (item,) = segment(_document(text, "news.txt"))
    assert "邻市人大常委会" in item.text


def test_the_own_dispatch_of_the_outlet_a_source_line_names_is_a_dateline():
    # the outlet's name ends with 讯 itself; the space before the text is lost in reading
    text = "某模型公司完成融资\n2025-03-04 09:12　来源：江南财讯\n\n江南财讯讯北京大模型企业甲乙科技近日宣布完成融资。\n"
    (item,) = segment(_document(text, "news.txt"))
    assert item.body.startswith("北京大模型企业")
    assert "电头：江南财讯" in item.credits


def test_a_paper_named_alone_over_its_date_line_is_the_masthead_and_a_byline_may_end_with_what_it_made():
    text = ("江城晚报\n2022年11月1日　星期二　第A03版　要闻\n\n某市人工智能条例今起施行\n\n"
            "江城晚报记者　王小红　文／图\n\n今天起，《某市人工智能条例》正式施行。\n")
    (item,) = segment(_document(text, "news.txt"))
    assert (item.title, item.date, item.source) == ("某市人工智能条例今起施行", "2022-11-01", "江城晚报")
    assert "江城晚报记者：王小红" in item.credits


@pytest.mark.parametrize("line, credit", [
    ("（本文图片：市民在展会上体验服务机器人。江城晚报记者王小红摄）", "江城晚报记者：王小红"),
    ("图：江城晚报记者 王小红 摄", "江城晚报记者：王小红"),
])
def test_a_photo_credit_drops_what_the_picture_shows_before_its_byline(line, credit):
    text = "某市人工智能条例今起施行\n2024-05-06 10:00　来源：江城晚报\n\n今天起，《某市人工智能条例》正式施行。\n\n" + line + "\n"
    (item,) = segment(_document(text, "news.txt"))
    assert credit in item.credits and not any("本文" in c or "体验" in c for c in item.credits)


def test_titles_numbered_with_the_numero_sign_are_items():
    text = ("海风律师事务所　诉讼追踪\n\n本期追踪两起案件。\n\n№1｜星辰文化公司起诉云图科技\n\n原告｜星辰文化公司\n被告｜云图科技\n"
            "法院｜北海市中级人民法院\n\n评注：原告称被告擅自使用其作品。\n\n№2｜海风公司诉东港数据\n\n原告｜海风公司\n"
            "被告｜东港数据\n法院｜东港市中级人民法院\n")
    titles = [item.title for item in segment(_document(text))]
    assert titles[-2:] == ["星辰文化公司起诉云图科技", "海风公司诉东港数据"]


@pytest.mark.parametrize("line, credits", [
    ("作者：本网记者 符雅琴　编辑：温子谦", [("记者", ["符雅琴"]), ("编辑", ["温子谦"])]),  # the site's own reporter
    ("作者：记者 薛明川　通讯员 党晓婷", [("作者", ["薛明川"]), ("通讯员", ["党晓婷"])]),   # a label after a colon
    ("编辑：潘嘉慧　　本报版权所有，转载须经同意", [("编辑", ["潘嘉慧"])]),               # the paper's rights notice
])
def test_a_credit_names_no_label_no_paper_and_no_rights_notice(line, credits):
    from kg.segment import _lexicons
    found = _lexicons().bylines.credits(line)
    assert [(credit.label, credit.names) for credit in found] == credits


def test_a_long_subtitle_over_the_byline_leaves_the_byline_read():
    text = ("江城晚报\n2023年6月2日　星期五　第A05版　要闻\n\n本市出台数据条例\n"
            "《江城市数据条例》：公共数据应开放尽开放，个人信息处理须取得单独同意\n\n"
            "江城晚报记者　陆明远　文／图\n\n6月1日，江城市人大常委会表决通过《江城市数据条例》。\n")
    (item,) = segment(_document(text, "news.txt"))
    assert item.title == "本市出台数据条例"
    assert any("陆明远" in line for line in item.credits)
    assert item.source == "江城晚报"


CASE_CARDS = """\
【某律所·争议解决通讯】
本期整理两起案件，供参考。

◇第一案◇　甲国律师提交虚构判例，被移交纪律机构
　【案　　名】Alpha v Beta
　【审理法院】甲国高等法院
　【处理结果】律师被移交纪律机构
案情摘要：律师引用了不存在的判例，甲国高等法院将其移交处理。

◇第二案◇　乙市法院判令平台赔偿配音演员
　【案　　名】Gamma v Delta
　【审理法院】乙市互联网法院
　【处理结果】平台赔偿五万元
案情摘要：平台未经许可使用演员声音训练模型，乙市互联网法院判决平台赔偿。

◇第三案◇　丙国法院驳回对聊天机器人公司的诉讼
　【案　　名】Epsilon v Zeta
　【审理法院】丙国联邦法院
　【处理结果】驳回起诉
案情摘要：原告称聊天机器人诽谤其名誉，丙国联邦法院驳回起诉。
"""


def test_a_numbered_case_heading_outranks_the_labelled_lines_of_its_card():
    items = segment(_document(CASE_CARDS))
    titles = [item.title for item in items]
    assert "甲国律师提交虚构判例，被移交纪律机构" in titles[-3]
    assert "乙市法院判令平台赔偿配音演员" in titles[-2]
    assert "丙国法院驳回对聊天机器人公司的诉讼" in titles[-1]
    assert "乙市互联网法院" in items[-2].body and "乙市互联网法院" not in items[-3].body


RELEASE_TRACKER = """\
◆ 模型发布速递 ◆ 秋季号

◤01◢ 某科技公司发布视频生成模型Alpha
产品｜Alpha
发布方｜某科技公司
时间｜2024年4月
看点｜Alpha可根据文本生成短视频。

◤02◢ 某实验室开源推理模型Beta
产品｜Beta
发布方｜某实验室
时间｜2025年1月
看点｜Beta主打数学推理。

◤03◢ 某平台开源对话模型Gamma
产品｜Gamma
发布方｜某平台
时间｜2025年6月
看点｜Gamma采用宽松许可。
"""


def test_items_numbered_in_brackets_are_cut_there_and_not_at_their_cards_labels():
    titles = [item.title for item in segment(_document(RELEASE_TRACKER))]
    assert titles[-3:] == ["某科技公司发布视频生成模型Alpha", "某实验室开源推理模型Beta", "某平台开源对话模型Gamma"]


def test_a_table_of_contents_and_lists_inside_items_do_not_break_a_numbered_sequence():
    text = """\
科技合规通讯 冬季号
目 录
Ⅰ．中国｜某办法施行
Ⅱ．美国｜某行政令签署
Ⅲ．印度｜某指南发布

Ⅰ．中国｜某办法施行
〔时间〕2025年2月14日
〔速读〕某办法已施行半年。
建议：
1）梳理处理活动；
2）完成合规审计。

Ⅱ．美国｜某行政令签署
〔时间〕2025年7月23日
〔速读〕总统签署行政令。

Ⅲ．印度｜某指南发布
〔时间〕2025年11月5日
〔速读〕某部发布治理指南。
"""
    titles = [item.title for item in segment(_document(text))]
    assert titles[-3:] == ["中国｜某办法施行", "美国｜某行政令签署", "印度｜某指南发布"]


def test_a_board_of_numbered_rows_above_the_items_does_not_hide_their_numbering():
    text = """\
出行法律简报 年终特辑

本期看板
节点｜主体｜状态
01｜甲公司｜已和解
02｜乙公司｜调查中
03｜丙市｜已施行

01／已和解｜甲公司就事故报告向监管机构支付罚款
【发生了什么】监管机构宣布与甲公司达成同意令。
【意味着什么】报告义务须及时履行。

02／调查中｜监管机构调查乙公司辅助驾驶系统
【发生了什么】监管机构对乙公司启动调查。

03／已施行｜丙市自动驾驶条例施行
【发生了什么】丙市人大常委会通过的条例开始施行。
"""
    titles = [item.title for item in segment(_document(text))]
    assert titles[-3:] == ["已和解｜甲公司就事故报告向监管机构支付罚款", "调查中｜监管机构调查乙公司辅助驾驶系统",
                           "已施行｜丙市自动驾驶条例施行"]


@pytest.mark.parametrize("caption, credit", [
    ("Photo: Jurors leave the county courthouse. (Photo: Imogen Hartwell/Riverside Gazette)", "Photo：Imogen Hartwell"),
    ("Photo: The tribunal building on Quay Street. (Gazette file photo / Bram Okonjo)", "Photo：Bram Okonjo"),
    ("Picture: A camera over a shop door in Leeds. RWN file photo/Ottilie Marsh", "Picture：Ottilie Marsh"),
    ("Photo: Delegates arrive in Geneva. (Gazette staff photo by Tamsin Okafor)", "Photo：Tamsin Okafor"),
    ("[Image: A server hall near Dublin. Credit: Kieran Dunphy for Riverside Gazette]", "Image：Kieran Dunphy"),
])
def test_a_caption_credit_keeps_the_photographer_not_the_outlet_or_file_photo(caption, credit):
    item = _wire_story(caption, "The ruling can be appealed.")
    assert credit in item.credits
    assert not any("Gazette" in line or "photo" in line or "RWN" in line for line in item.credits)


def _chinese_story(*lines: str):
    head = "星河科技发布新模型\n\n2025-03-02 09:10　来源：远景财经报\n\n星河科技3月1日发布新一代大模型，称其推理能力显著提升。\n\n"
    return segment(_document(head + "\n\n".join(lines) + "\n", "news.txt"))


@pytest.mark.parametrize("line, credit", [
    ("图为星河科技位于杭州的总部大楼。摄影：苏晚晴", "摄影：苏晚晴"),
    ("圖為星河科技的展台。攝影：葉柏霖", "攝影：葉柏霖"),
    ("本文为远景财经原创，转载请注明出处。责任编辑：韩雨桐", "责任编辑：韩雨桐"),
    ("編輯：鍾嘉欣　　本報版權所有，轉載須經同意", "編輯：鍾嘉欣"),
])
def test_a_credit_closing_a_caption_or_a_rights_note_is_kept(line, credit):
    credits = [found for item in _chinese_story(line, "公司表示将逐步开放接口。") for found in item.credits]
    assert credit in credits
    assert not any("本报" in found or "本報" in found or "转载" in found for found in credits)


def test_a_photo_credit_with_an_ampersand_outlet_keeps_the_outlet_whole():
    item = _wire_story("Photo: A tractor on a test plot. (Plough & Pasture / Ilse Marrow)", "The ruling can be appealed.")
    assert "Photo：Plough & Pasture、Ilse Marrow" in item.credits


def test_a_head_of_masthead_title_and_byline_before_numbered_sections_is_kept():
    text = ("【江湾科技周刊·速递】\n某某集团发布新模型\n\n文｜特约撰稿人 罗清扬　编辑｜孔嘉\n\n"
            "一、发布了什么\n某某集团10月9日发布新模型。\n\n二、后续\n该集团表示将继续开源。\n")
    items = segment(_document(text, "news.txt"))
    assert [item.title for item in items[1:3]] == ["某某集团发布新模型", "发布了什么"]  # the headline under the column's name read too
    assert any("罗清扬" in credit for credit in items[0].credits) and any("孔嘉" in credit for credit in items[0].credits)


def test_a_serial_comma_before_and_still_separates_credited_names():
    from kg.segment import DATA_DIR, _lexicons
    bylines = _lexicons(str(DATA_DIR)).bylines
    credits = bylines.credits("Compiled by Odile Marchetti, Policy Editor, and Ruben Achebe-Lund, Staff Writer")
    assert credits is not None and credits[0].names == ["Odile Marchetti", "Ruben Achebe-Lund"]


@pytest.mark.parametrize("line, credits", [
    # the byline, the stamp and the source in fields between bars: the stamp names no one
    ("撰文：许明哲 ｜ 2024-11-02 09:40 ｜ 来源：云端商业评论",
     [("撰文", ["许明哲"], ""), ("来源", ["云端商业评论"], "")]),
    # where a reporter files from, in brackets after her name
    ("記者：蘇芷晴（高雄報導）", [("記者", ["蘇芷晴"], "")]),
    # a photo caption's sentence, then its credit under a label or after the paper's name
    ("（圖：工程師在實驗室測試機械臂。　攝影：鍾子豪）", [("攝影", ["鍾子豪"], "")]),
    ("（图：展台前的参观者。东海晚报　韩立新摄）", [("摄影", ["韩立新"], "东海晚报")]),
])
def test_credit_fields_filed_from_notes_and_captions_before_a_credit(line, credits):
    from kg.segment import Credit, _lexicons
    assert _lexicons().bylines.credits(line) == [Credit(*credit) for credit in credits]


def test_a_masthead_with_a_breadcrumb_after_the_paper_is_the_outlet():
    from kg.segment import _lexicons
    assert _lexicons().bylines.masthead("海风科技报　首页 ＞ 产业 ＞ 芯片") == (None, "海风科技报")
    # a paper's name in Traditional script ends as the Simplified one does (報, 網, 日報)
    assert _lexicons().bylines.masthead("海風科技報　首頁 ＞ 產業 ＞ 晶片") == (None, "海風科技報")


def test_bracket_labelled_cards_without_colons_are_items_opened_by_their_first_label():
    # 【案由】 opens each card; 【受理法院】 and 【状态】 are its fields, not items of their own
    text = ("星衡律所 诉讼月报\n\n"
            "【案由】Moreau 诉 Lumenar\n【受理法院】美国华盛顿州西区联邦地区法院\n【日期】2024年8月立案\n"
            "【状态】Moreau称Lumenar用其照片训练模型。\n\n"
            "【案由】Okafor 诉 Quillsoft\n【受理法院】纽约州最高法院\n【日期】2025年2月立案\n"
            "【状态】双方已和解。\n")
    items = segment(_document(text, "nl-cards.txt"))
    assert items[-1].title == "【案由】Okafor 诉 Quillsoft" and "纽约州最高法院" in items[-1].text
    assert any("Moreau 诉 Lumenar" in item.text and "华盛顿州西区" in item.text for item in items)


# 一、 and （1） each head two items of text, none with fields: a tie of two numberings
_CN_NUMBERED = "一、欧盟发布模型指南\n欧盟委员会发布了通用模型的指南。\n\n二、英国更新安全框架\n英国政府更新了人工智能安全框架。\n"
_PAREN_NUMBERED = "（1）日本成立评估机构\n日本政府成立了新的评估机构。\n\n（2）韩国通过基本法\n韩国国会通过了人工智能基本法。\n"


@pytest.mark.parametrize("parts, titles", [
    ((_CN_NUMBERED, _PAREN_NUMBERED), ["欧盟发布模型指南", "英国更新安全框架"]),
    ((_PAREN_NUMBERED, _CN_NUMBERED), ["日本成立评估机构", "韩国通过基本法"]),
])
def test_of_two_numberings_as_long_the_one_the_text_opens_with_makes_the_items(parts, titles):
    # in both orders: a choice by the order of a set of kinds would fail one of them, on any PYTHONHASHSEED
    items = segment(_document("人工智能监管观察\n\n" + "\n".join(parts), "watch.txt"))
    assert [item.title for item in items] == titles


@pytest.mark.parametrize("masthead, outlet, date", [
    ("江屿晚报　A05　要闻·科技　2025年3月4日　星期二", "江屿晚报", "2025-03-04"),  # a page with no 版
    ("嶼灣日報　｜　科技副刊「創新週刊」", "嶼灣日報", None),  # a column's name in corner brackets
    ("海岬通訊社　｜　政治　｜　2024/05/06 15:42（最後更新：2024/05/06 18:05）", "海岬通訊社", "2024-05-06"),
    ("星河门户　>　财经频道　>　公司", "星河门户", None),  # a portal's name before the path of its sections
    ("灣區點評 Bay Review　｜　一文看清", "灣區點評", None),  # its name again in Latin letters
    ("星海快讯　｜　AI频道", "星海快讯", None),
])
def test_a_masthead_s_page_column_time_or_latin_name_leaves_the_outlet(masthead, outlet, date):
    from kg.segment import _lexicons
    assert _lexicons().bylines.masthead(masthead) == (date, outlet)


@pytest.mark.parametrize("line", ["首页 > 新闻中心 > 地方", "科技频道 ｜ 公司", "星衡科技发布新模型　称将开放接口"])
def test_a_site_s_home_a_section_or_a_headline_is_no_masthead(line):
    from kg.segment import _lexicons
    assert _lexicons().bylines.masthead(line) is None


@pytest.mark.parametrize("text, credit", [
    # a paragraph story whose closing credit line is as short as a heading: the story's text
    ("星港电台新闻网\n\n卓汇科技发布新模型\n\n卓汇科技今日发布新一代语音模型，可以实时处理语音。\n\n"
     "（记者：林若岚　｜　编辑：秦远舟）\n", "编辑：秦远舟"),
    # an English report's byline under its headline, before its numbered sections: the item's credit
    ("HARBOR POLICY NOTES\n\nWhat the new sandbox rules mean for small lenders\n\nBrief prepared by: Nadia Orell, Research Fellow\n\n"
     "The regulator published its sandbox rules on Monday. Lenders have asked what they mean.\n\n"
     "1. Who may apply\n\nAny licensed lender may apply.\n\n2. What it costs\n\nNothing, for the first year.\n", "Nadia Orell"),
])
def test_a_credit_line_is_no_item_title(text, credit):
    items = segment(_document(text, "story.txt"))
    assert not any("记者" in item.title or "prepared" in item.title for item in items)
    assert credit in items[0].text and items[0].title in ("卓汇科技发布新模型", "What the new sandbox rules mean for small lenders")


_STAFF_NEWSLETTER = """星川大学数据法研究中心
数据治理观察
2025年3月号（第5期）
执笔：邝书禾（博士研究生）、聂远舟（硕士研究生）　　指导：蓝振宇　教授

1. 卓汇科技发布新模型
卓汇科技今日发布新一代语音模型，可以实时处理语音。

2. 星河智能获得融资
星河智能宣布完成新一轮融资，资金将用于算力建设。
"""


def test_staff_credit_lines_over_a_newsletter_s_first_item_are_its_credits():
    items = segment(_document(_STAFF_NEWSLETTER))[1:]  # after the cover line's item
    assert items[0].credits == ["执笔：邝书禾、聂远舟", "指导：蓝振宇"]  # no degree, no title, no workplace
    assert all(line in items[0].text for line in items[0].credits)
    assert not items[1].credits


@pytest.mark.parametrize("foot", [
    # as short as a sub-heading, with a line under it
    "【延伸阅读】星城人工智能企业数量持续增长\n\n编辑：邝书禾　　校对：聂远舟　　签发：蓝振宇\n下载星城日报客户端，获取更多资讯\n",
    "免责声明：以上内容仅供参考，不构成投资建议。\n签发：蓝振宇　　数据支持：星川数据\n",
])
def test_a_staff_credit_line_at_an_article_s_foot_is_kept_as_its_credit(foot):
    text = ("卓汇科技发布新模型\n2025-03-14 09:15　来源：星城日报\n\n卓汇科技今日发布新一代语音模型。\n\n"
            "■ 算力先行\n该公司表示将继续投入研发。\n\n■ 场景开放\n政府部门将带头使用。\n\n" + foot)
    items = segment(_document(text, "story.txt"))
    assert any("签发：蓝振宇" in item.text for item in items)
    assert not any(item.title.startswith(("编辑", "签发")) for item in items)


# Inventory (cards27): a report of case cards, each card's field lines (label｜value, the label spaced
# with U+3000) under its ■ heading, read as an article: every field line stays in its card's text.
_CARD_REPORT = """\
海岚律师事务所　知识产权组
案例观察　第3期
算法能否署名：三起诉讼

发布日期：2025年2月3日
执笔：沈慕白　律师

【本期说明】
画家奥拉·芬威克以其算法为作者申请登记，被拒后在多地起诉。

■案例一　甲国：一审驳回
案　　名｜芬威克诉甲国版权局案
受诉法院｜甲国行政法院
被　　告｜甲国版权局
节　　点｜2024年5月判决
甲国版权局以作者须为自然人为由拒绝登记。

■案例二　乙国：上诉未果
案　　名｜芬威克诉乙国版权署案
受诉法院｜乙国高等法院
被　　告｜乙国版权署
节　　点｜2024年9月判决
乙国高等法院驳回上诉。
"""


def _card_lines(text: str, labels: tuple[str, ...]) -> list[str]:
    return [line for line in text.split("\n") if line.startswith(labels)]


def test_a_cards_spaced_field_lines_stay_in_its_items_text_under_its_heading():
    items = segment(_document(_CARD_REPORT, "nl-cards.txt"))
    cards = [item for item in items if item.title.startswith("■")]
    assert [re.sub(r"\s", "", item.title) for item in cards] == ["■案例一甲国：一审驳回", "■案例二乙国：上诉未果"]
    for card, court in zip(cards, ("甲国行政法院", "乙国高等法院")):
        body = re.sub(r"\s", "", card.body)
        assert "被告｜" in body and f"受诉法院｜{court}" in body and "案名｜芬威克诉" in body


@pytest.mark.parametrize("field", ["原告：{}", "【原告】{}", "原告|{}"])
def test_a_cards_field_lines_of_any_label_shape_stay_in_its_text(field):
    text = _CARD_REPORT.replace("案　　名｜", field.replace("{}", "").replace("原告", "案名")).replace(
        "被　　告｜", field.replace("{}", "").replace("原告", "被告"))
    items = segment(_document(text, "nl-cards.txt"))
    cards = [item for item in items if item.title.startswith("■")]
    assert len(cards) == 2 and all("芬威克诉" in card.body and "被告" in card.body for card in cards)


def test_labelled_sub_heads_told_once_each_stay_the_articles_sub_heads():
    # trap: 美国｜立法 and 欧盟｜执法 open one section each, no card repeats their labels
    text = ("星桥观察\n发布日期：2025年2月3日\n执笔：沈慕白\n"
            "本期关注两地动态，以下分述。\n美国｜立法进展\n某州议会通过了一项法案。\n欧盟｜执法动态\n某机构对一家公司罚款。\n")
    items = segment(_document(text, "nl-heads.txt"))
    assert [item.title for item in items][-2:] == ["美国｜立法进展", "欧盟｜执法动态"]


def test_a_heading_with_a_colon_over_a_card_is_its_title_no_field():
    # trap: ■案例一　甲国：一审驳回 has a colon but heads the card
    items = segment(_document(_CARD_REPORT, "nl-cards.txt"))
    assert not any("案例一" in item.body for item in items)


@gap("a single card's labels are told once: its field lines still read as sub-heads")
def test_the_field_lines_of_a_reports_only_card_stay_in_its_text():
    text = _CARD_REPORT.split("■案例二")[0]
    items = segment(_document(text, "nl-card.txt"))
    card = next(item for item in items if item.title.startswith("■"))
    assert "被告｜" in re.sub(r"\s", "", card.body)


def test_a_newsletter_cover_keeps_its_publisher_and_its_issuing_unit():
    text = ("澄湖数据交易所\n交易动态\n2024年第5期\n交易所研究中心编　　编辑：方予安\n\n"
            "星衡科技发布语音模型\n\n星衡科技昨日发布新一代语音模型。\n")
    items = segment(_document(text, "issue.txt"))
    assert items[0].title == "澄湖数据交易所" and not items[0].body  # the cover's body, an item of its own
    assert any(line.startswith("交易所研究中心编") for item in items for line in item.body.split("\n"))  # kept for the credits


def test_an_issuing_unit_line_with_its_date_is_no_dispatch_nor_sub_head():
    text = ("江岸电商协会\n会员简报\n2025年第3期\n协会秘书处编印　　2025年3月18日\n本期主编：梁鉴远\n\n"
            "星衡科技发布语音模型\n\n星衡科技昨日发布新一代语音模型。\n")
    items = segment(_document(text, "issue.txt"))
    assert any("协会秘书处编印" in item.body for item in items)
    assert "协会秘书处编印" not in {item.title for item in items}


def test_a_masthead_with_no_byline_under_it_is_the_articles_source():
    text = "雁北晨报　｜　2025年1月8日　星期三　｜　第A06版　科技\n星衡科技发布语音模型\n星衡科技昨日发布新一代语音模型。\n"
    items = segment(_document(text, "page.txt"))
    assert items[0].source == "雁北晨报" and items[0].title == "星衡科技发布语音模型"
    # a headline whose first words end as an outlet's name does is no masthead
    assert segment(_document("国家网信办发布新规\n国家网信办发布新规。\n", "page.txt"))[0].source == ""


@pytest.mark.parametrize("cover, title", [
    ("岭川智算科技股份有限公司", "岭川智算科技股份有限公司"),
    ("岭川财产保险股份有限公司　信用险事业部", "岭川财产保险股份有限公司　信用险事业部"),
    ("岭川智算科技股份有限公司\n法务管理部　内部资料", "岭川智算科技股份有限公司\u3000法务管理部"),  # its unit on the next line
])
def test_a_newsletters_cover_line_over_its_items_is_an_item_of_its_own(cover, title):
    text = (f"{cover}\n\n合 规 周 报\n第2025-3期　　2025年3月5日\n\n"
            "一、星衡科技发布语音模型\n星衡科技昨日发布新一代语音模型。\n二、卓汇科技完成融资\n卓汇科技完成新一轮融资。\n")
    items = segment(_document(text))
    assert items[0].title == title and not items[0].body  # a name for the publisher family, no text to make facts of
    assert [item.title for item in items[1:]] == ["星衡科技发布语音模型", "卓汇科技完成融资"]


def test_a_headline_on_the_first_line_is_no_cover():
    text = ("监管机构发布新规\n\n一、星衡科技发布语音模型\n星衡科技昨日发布新一代语音模型。\n"
            "二、卓汇科技完成融资\n卓汇科技完成新一轮融资。\n")
    assert "监管机构发布新规" not in {item.title for item in segment(_document(text))}


@pytest.mark.parametrize("line, kept", [
    ("《澄海商讯》由澄海传媒有限公司出版　©版权所有，未经许可不得转载", "《澄海商讯》由澄海传媒有限公司出版"),
    ("©版权所有，未经许可不得转载", ""),  # a rights notice naming no publisher keeps nothing
])
def test_a_rights_notice_keeps_the_publication_line_before_it(line, kept):
    text = f"一、星衡科技发布语音模型\n星衡科技昨日发布新一代语音模型。\n二、卓汇科技完成融资\n卓汇科技完成新一轮融资。\n{line}\n"
    body = "\n".join(item.body for item in segment(_document(text)))
    assert (kept in body if kept else "版权所有" not in body and "不得转载" not in body)


def test_a_letters_signature_stays_under_its_closing():
    text = ("Dear families,\n\nWHAT WAS FILED\n\nThe state sued a chat app last month.\n\nWHAT YOU CAN DO\n\n"
            "Talk with your child about chatbots.\n\nSincerely,\n\nMarisol Quenby\nDirector of Family Services\n\n"
            "This notice is not legal advice.\n")
    last = segment(_document(text, "letter.txt"))[-1]
    assert "Sincerely,\nMarisol Quenby\nDirector of Family Services" in last.body
    assert "Marisol Quenby" not in last.title and "Director of Family Services" not in last.title


HEAD_DATED = """\
THE RIVERTON LEGAL RECORD
The county's daily for the bench and bar · Riverton · Wednesday, July 2, 2025

APPELLATE DIGEST | FAMILY LAW

Appeals court throws out an order built on invented cases

By Jane Roe, Appellate Reporter

Case: Doe v. Roe
Court: Court of Appeals

Background

Ann Doe asked the trial court to reopen her divorce, and the order denying it cited two cases that do not exist. The court first heard the matter in March 2023.

The ruling

The panel vacated the order on Monday and sent the case back.
"""


def test_an_article_whose_head_line_gives_the_date_between_other_fields_dates_every_section_by_it():
    items = segment(_document(HEAD_DATED, "record.txt"))
    assert len(items) > 1
    assert {item.date for item in items} == {"2025-07-02"}  # not March 2023, the first date a section tells


def test_a_head_line_telling_a_sentence_gives_no_article_date():
    text = HEAD_DATED.replace("The county's daily for the bench and bar · Riverton · Wednesday, July 2, 2025",
                              "The court ruled on July 2, 2025. It sat in Riverton.")
    items = segment(_document(text, "record.txt"))
    assert "2025-07-02" not in {item.date for item in items[1:]}


def test_a_dateline_without_a_year_takes_the_year_the_story_was_written_not_the_one_it_names_most():
    text = ("Startup sued over chatbot answers\n\nNEW YORK, Nov. 4 (Reuters) - A publisher sued Acme AI on Tuesday. "
            "In 2022 Acme AI launched its engine; in 2022 it drew critics; by 2022 it had millions of users. "
            "A similar suit was filed on March 3, 2025.\n")
    (item,) = segment(_document(text, "news.txt"))
    assert item.date == "2025-11-04"


def test_a_chinese_dateline_without_a_year_is_the_first_such_day_after_the_latest_dated_day():
    text = ("智答公司被诉侵犯著作权\n\n本报北京2月3日电 一家出版社日前起诉智答公司侵犯著作权。"
            "智答公司成立于2022年，2022年推出产品，2022年用户过千万。该案于2024年11月5日立案。\n")
    (item,) = segment(_document(text, "news.txt"))
    assert item.date == "2025-02-03"  # February after a November filing: the next year's


def test_a_dateline_without_a_year_and_no_dated_day_in_the_text_leaves_the_date_unknown():
    text = ("Startup sued over chatbot answers\n\nNEW YORK, Nov. 4 (Reuters) - A publisher sued Acme AI on Tuesday. "
            "In 2022 Acme AI launched its engine, and in 2023 it grew.\n")
    (item,) = segment(_document(text, "news.txt"))
    assert item.date is None


@pytest.mark.parametrize("dateline, outlet", [
    ("星城财经香港4月15日电(记者林迎楠)", "星城财经"),     # the outlet before the city filed from
    ("星城网科技讯 ", "星城网科技"),                      # an outlet and its section
    ("星城网北京讯 ", "星城网"),                          # an outlet and a city: the outlet alone
    ("星城网综合讯 ", "星城网"),                          # a manner of dispatch (bylines.tsv dispatch_manner)
    ("星城网独家讯 ", "星城网"),
    ("星城財經東京4月15日電(記者林迎楠)", "星城財經"),     # a Traditional city filed from
])
def test_a_dispatch_head_names_its_outlet_with_its_section_and_without_its_city(dateline, outlet):
    (item,) = segment(_document(WIRE_ARTICLE.replace("（中央社记者林冠宇台北20日电）", dateline), "wire.txt"))
    assert item.body.startswith("数位发展部今天发布")
    assert f"电头：{outlet}" in item.credits


def test_a_text_opening_with_its_dispatch_head_names_the_outlet_and_city_and_keeps_the_sentence():
    """星城财经香港4月15日电(记者X)…。 as the first line: a dispatch, no headline; the outlet, the city
    filed from and the reporter are credited, the sentence after them is the text."""
    text = "星城财经香港4月15日电(记者林迎楠)数位发展部今天发布人工智能产品评测指引。\n指引涵盖安全、隐私与透明等面向。\n"
    (item,) = segment(_document(text, "dispatch.txt"))
    assert item.body.startswith("数位发展部今天发布")
    assert {"电头：星城财经", "地点：香港", "星城财经记者：林迎楠"} <= set(item.credits)


@pytest.mark.parametrize("dateline, outlet, city", [
    ("星城財經東京4月15日電(記者林迎楠)", "星城財經", "東京"),
    ("星城社華盛頓1月26日電", "星城社", "華盛頓"),
    ("星城社华盛顿1月26日电", "星城社", "华盛顿"),
])
def test_a_traditional_dispatch_head_names_its_city(dateline, outlet, city):
    """東京, 華盛頓: the cities of bylines.tsv dateline_city are known in Traditional too (review A 7)."""
    (item,) = segment(_document(WIRE_ARTICLE.replace("（中央社记者林冠宇台北20日电）", dateline), "wire.txt"))
    assert item.body.startswith("数位发展部今天发布")
    assert {f"电头：{outlet}", f"地点：{city}"} <= set(item.credits)


@pytest.mark.parametrize("line, name", [
    ("記者 約翰‧史密斯", "約翰‧史密斯"),  # the Taiwanese name dot (kg.punctuation.NAME_DOTS)
    ("记者 约翰．史密斯", "约翰．史密斯"),
    ("记者 约翰·史密斯", "约翰·史密斯"),
])
def test_a_credited_transliterated_name_keeps_any_name_dot(line, name):
    from kg.segment import DATA_DIR, _lexicons
    credits = _lexicons(str(DATA_DIR)).bylines.credits(line)
    assert credits is not None and credits[0].names == [name]


# -- a story cut at sub-heads whose first line is a sub-head of its own over the lead (Lawsuit Synopsis / lead / …) --
def test_parts_under_sub_heads_after_a_heading_over_the_lead_go_on_one_story():
    english = ("Lawsuit Synopsis\nQuillmark Inc., a maker of note apps, now faces a federal class-action lawsuit over "
               "its recorder.\nPlaintiff's Claim\nThe lead plaintiff, Dana Whitlow, says her calls were recorded.\n")
    simplified = ("案情简介\n近日，北京某科技公司因其语音合成软件被一名配音演员起诉至北京互联网法院，案件引发广泛关注。\n"
                  "裁判结果\n法院判决被告公司赔礼道歉并赔偿原告经济损失。\n")
    traditional = ("案情簡介\n近日，台北某科技公司因其語音合成軟體遭一名配音員起訴至台北地方法院，案件引發廣泛關注。\n"
                   "判決結果\n法院判決被告公司道歉並賠償原告損失。\n")
    for text in (english, simplified, traditional):
        items = segment(_document(text, "story.txt"))
        assert [item.continues for item in items] == [False, True], text


def test_parts_under_sub_heads_after_a_heading_over_no_lead_stay_apart():
    # the first heading's text is a label's line, no lead paragraph: its parts are separate
    text = "Weekly notes\nKey dates\nCourt calendar\nThe hearing is set for May.\n"
    items = segment(_document(text, "notes.txt"))
    assert not any(item.continues for item in items)


def _all_text(items) -> str:
    return "\n".join(item.title + "\n" + item.body for item in items)


def test_opening_paragraph_over_a_section_numbered_from_two_is_kept():
    text = ("随着青禾市数字产业深度发展，青禾市人大常委会第九次会议审议通过了《青禾市数据条例》修正案，自2031年1月1日起施行。\n"
            "本次修改是地方数据法治的一次重要更新，对青禾市数字经济发展具有深远意义。\n"
            "二、聚焦关键领域制度升级\n"
            "1. 确立数据工作统领性原则\n"
            "本次修改在条例中首次增设第三条，明确数据工作坚持统筹发展。\n"
            "2. 构建人工智能与数据协同机制\n"
            "针对人工智能这一新兴技术，本次修改新增第二十条，支持算法研发。\n")
    items = segment(_document(text))
    assert "青禾市人大常委会第九次会议" in items[0].title and "地方数据法治" in items[0].body
    assert [item.title for item in items[1:]] == ["确立数据工作统领性原则", "构建人工智能与数据协同机制"]
    assert items[1].section == "聚焦关键领域制度升级"


def test_opening_paragraph_and_a_sections_text_over_its_first_numbered_line_are_kept():
    text = ("近年来，生成式人工智能技术快速发展，为内容创作带来革新，也引发了诸多知识产权争议。\n\n"
            "一、典型案例与争议焦点\n\n"
            "2030年，蓝岭市中级人民法院审结首例AI剪辑侵权纠纷案，判令星河科技公司赔偿云帆影业公司80万元。\n\n"
            "1. 服务提供者的责任界定：开发者是否直接侵权\n\n"
            "2. 过错认定标准：如何判断主观过错\n\n"
            "根据《民法典》第1165条，服务提供者的责任以过错为要件。\n")
    text_read = _all_text(segment(_document(text)))
    assert "引发了诸多知识产权争议" in text_read and "星河科技公司赔偿云帆影业公司80万元" in text_read


def test_english_opening_paragraph_over_numbered_headings_is_kept():
    text = ("The Harbor County Court on Monday fined Lumen Analytics Inc. $2 million for misleading users.\n\n"
            "The ruling follows a two-year inquiry by the Harbor County Attorney General.\n\n"
            "1. What the court found\nLumen Analytics Inc. failed to disclose its data practices.\n"
            "2. What happens next\nLumen Analytics Inc. may appeal within 30 days.\n")
    items = segment(_document(text))
    assert items[0].title.startswith("The Harbor County Court") and "two-year inquiry" in items[0].body
    assert [item.title for item in items[1:]] == ["What the court found", "What happens next"]


def test_a_headline_and_date_over_numbered_headings_make_no_opening_item():
    text = ("青禾市数据条例修正要点\n2031-01-02\n"
            "1. 确立数据工作统领性原则\n本次修改在条例中首次增设第三条，明确数据工作坚持统筹发展。\n"
            "2. 构建人工智能与数据协同机制\n针对人工智能这一新兴技术，本次修改新增第二十条，支持算法研发。\n")
    assert [item.title for item in segment(_document(text))] == ["确立数据工作统领性原则", "构建人工智能与数据协同机制"]


def test_a_chinese_headline_over_its_date_line_stays_the_items_title():
    # before: the headline went as a newsletter's publisher line, the date line under it the title
    text = ("星河科技因虚假宣传面临集体诉讼\n\n晨光在线 2025-03-21 10:25:08\n\n"
            "近日，有消息称星河科技公司因宣传内容与实际不符，被多名消费者起诉至法院，要求赔偿损失。\n")
    items = segment(_document(text, "article.txt"))
    assert items[0].title == "星河科技因虚假宣传面临集体诉讼"
    assert items[0].body.startswith("晨光在线 2025-03-21 10:25:08")
    assert "起诉至法院" in items[0].body


def test_a_source_line_telling_its_posting_time_is_no_headline():
    text = ("晨光之家 3小时前\n\n全国首例智能客服侵权案宣判:平台不担责\n\n"
            "晨光快讯 1月27日消息，近日，某互联网法院对一起智能客服侵权案作出判决，认定平台不存在过错。\n")
    items = segment(_document(text, "article.txt"))
    assert items[0].title == "全国首例智能客服侵权案宣判:平台不担责"
    assert "晨光之家" not in "".join(item.text for item in items)


def test_a_newsletters_publisher_over_its_issue_name_stays_no_headline():
    text = ("青岚律师事务所 数据合规团队\n\n人工智能合规月报（2025年3月）\n\n"
            "本期梳理三月份人工智能监管动态，供客户参考。国家网信办发布新规，明确生成式服务的备案要求。\n")
    items = segment(_document(text))
    assert items[0].title == "人工智能合规月报（2025年3月）"
    assert "青岚律师事务所 数据合规团队" not in "".join(item.text for item in items)


# -- a sub-head with no text before the next heading: a headline's second line, a court's line over the judgment's kind --
def test_a_headline_second_line_over_a_sub_head_is_read_as_a_title_of_its_own():
    text = ("青禾法院审结首例数字人案\n——甲乙科技公司与丙丁文化公司著作权纠纷案\n\n"
            "日期:2031-03-02 来源:某某网\n\n【裁判要点】\n\n"
            "1. 法院认为，数字人的表演者是其背后的真人演员。\n")
    items = segment(_document(text, "article.txt"))
    assert [item.title for item in items][:2] == ["青禾法院审结首例数字人案", "——甲乙科技公司与丙丁文化公司著作权纠纷案"]
    assert not items[1].body  # a title alone, as a headline is
    assert "数字人的表演者" in items[-1].body


def test_a_sub_head_with_text_under_it_stays_one_item():
    text = ("青禾法院审结首例数字人案\n日期:2031-03-02 来源:某某网\n\n【裁判要点】\n"
            "法院认为，数字人的表演者是其背后的真人演员。\n【案情】\n甲乙科技公司起诉丙丁文化公司。\n")
    items = segment(_document(text, "article.txt"))
    assert [item.title for item in items] == ["青禾法院审结首例数字人案", "【裁判要点】", "【案情】"]
