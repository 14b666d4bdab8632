"""Names never found on unseen text (issue 49, ents48): a wire dateline's place, an English
dateline under a byline, news the copyright owner's word left out, a case
named by a quoted nickname ending in 案 or by an EU court's number, outlets and stock-photo
libraries the knowledge base knows.  Invented sentences, Simplified, Traditional and English."""
from __future__ import annotations

import pytest

from kg.explain import document_of
from kg.segment import _lexicons


@pytest.fixture(scope="module")
def graph_names(pipeline):
    """``graph_names(text)``: {label: type} of the entities the graph of ``text`` holds, every
    label of each (a document of its own, as kg build reads a file)."""
    def build(text: str) -> dict[str, str]:
        graph = pipeline.graph(pipeline.process_documents([document_of(text)]))
        return {label: data["type"] for _, data in graph.entities() for label in data["labels"] | {data["label"]}}
    return build


@pytest.mark.parametrize("text, city", [
    ("（中央社记者林小明台北20日电）立法院今天三读通过人工智能基本法，行政院将订定施行细则。", "台北"),
    ("（中央社記者林小明台北20日電）立法院今天三讀通過人工智慧基本法，行政院將訂定施行細則。", "台北"),
    ("（法新社布鲁塞尔4日电）欧洲联盟今天表示，已对星辰科技展开反垄断调查。", "布鲁塞尔"),
    ("（法新社紐約25日電）美國人工智慧平台星辰音樂與環宇唱片今天宣布合作。", "紐約"),
])
def test_the_city_a_bracketed_wire_dateline_names_is_a_place(graph_names, text, city):
    assert graph_names(text).get(city) == "Jurisdiction"


def test_a_bracketed_dateline_keeps_its_outlet_and_reporter_and_adds_the_city():
    credits = _lexicons().bylines.dateline("（中央社记者林小明、王大同台北3日专电）美国商务部今天宣布。")[2]
    assert [(credit.label, credit.names) for credit in credits][-1] == ("地点", ["台北"])
    assert ["林小明", "王大同"] in [credit.names for credit in credits]


@pytest.mark.parametrize("text, place", [
    ("Broadcasters Sue Portal Over News Use\n\nBy Jane Roe\n\nLogo of the portal (Image courtesy of the portal)\n\n"
     "SEOUL, Jan. 14 (Harbor Wire) — Three broadcasters have sued the portal Acmeview for using their articles.", "SEOUL"),
    ("Senate Drops the Moratorium\nSenators voted 99-1 on Tuesday.\nJake Roe\n\n"
     "WASHINGTON, July 1, 2025 – Senators rejected a provision that would have barred states from regulating AI.", "WASHINGTON"),
    ("Attorney General Joins Coalition\n\nOn Children and Chatbots\n\n"
     "HARRISBURG, Pa. – The state's Attorney General Jane Roe joined 40 others in a letter to Acme Labs.", "HARRISBURG"),
])
def test_an_english_dateline_under_a_title_byline_or_caption_names_its_place(graph_names, text, place):
    assert graph_names(text).get(place) == "Jurisdiction"


@pytest.mark.parametrize("text, words", [
    ("Morning Show Notes\nHosts: Jane Roe\n\nSEGMENT ONE (00:40) — Harbor City launches its own large model.", "SEGMENT ONE"),
    ("Order Abstracts\nA note.\n\nACTIONS IN THE ORDER (selected)\n- Acme Labs was sued by Beta Corp.", "ACTIONS IN THE ORDER"),
])
def test_capitals_before_a_time_or_a_list_are_no_dateline(graph_names, text, words):
    assert words not in graph_names(text)


@pytest.mark.parametrize("line, notice", [
    ("近来有多起诉讼指控星辰科技使用受保护的素材训练模型，也有望促使科技公司向版权所有人取得授权同意。", False),
    ("近來有多起訴訟指控星辰科技使用受保護的素材訓練模型，也有望促使科技公司向版權所有人取得授權同意。", False),
    ("作品的版权所有者可以要求平台删除。", False),
    ("本网站版权所有，翻印必究", True),
    ("Copyright owners may object. All rights reserved", True),
])
def test_the_copyright_owners_word_is_news_not_a_notice(as_read, line, notice):
    assert (_lexicons().boilerplate.kind(as_read(line)) == "copyright") is notice


@pytest.mark.parametrize("sentence, case", [
    ("北京互联网法院依法公开审理全国首例“AI声音侵权案”。", "AI声音侵权案"),
    ("北京互聯網法院依法公開審理全國首例「AI聲音侵權案」。", "AI聲音侵權案"),
    ("杭州中院审结“AI换脸案”“AI绘本案”等新类型案件。", "AI换脸案"),
    ("本文将结合“S案”判决以及国内外相关案例展开讨论。", "S案"),
])
def test_a_quoted_nickname_ending_in_an_is_a_case(names, sentence, case):
    assert names(sentence)[case].type == "Case"


@pytest.mark.parametrize("sentence, word", [
    ("议员们讨论了“人工智能法案”的修订。", "人工智能法案"),
    ("政府公布了“数据安全行动方案”。", "数据安全行动方案"),
    ("此类“AI换脸案”近年频发。", "AI换脸案"),
])
def test_a_quoted_bill_plan_or_class_of_cases_is_no_case(names, sentence, word):
    found = names(sentence)
    assert word not in found or found[word].type != "Case"


@pytest.mark.parametrize("sentence, case", [
    ("In Case C-200/23 the Court of Justice held that a loss of control over data may be damage.", "Case C-200/23"),
    ("Judgment of the Court in Case C-413/23 P clarified the concept of personal data.", "Case C-413/23 P"),
    ("The General Court dismissed the action in Case T-553/23 on Wednesday.", "Case T-553/23"),
])
def test_an_eu_court_case_number_is_a_case(names, sentence, case):
    assert names(sentence)[case].type == "Case"


def test_a_number_like_an_eu_case_without_its_word_is_none(names):
    assert not any(mention.type == "Case" for mention in names("Part C-200/23 of the kit was recalled.").values())


@pytest.mark.parametrize("sentence, name, kind", [
    ("据站长之家报道，星辰科技发布了新的视频生成模型。", "站长之家", "Company"),
    ("The photos were taken from Pexels and iStock without a licence.", "Pexels", "Company"),
    ("The voice actors were hired on Fiverr for a small fee.", "Fiverr", "Company"),
    ("Counsel from Kingsley Napley said the firm would appeal.", "Kingsley Napley", "Organization"),
])
def test_outlets_libraries_and_firms_the_knowledge_base_knows(names, sentence, name, kind):
    assert names(sentence)[name].type == kind


def test_a_traditional_outlet_the_knowledge_base_knows(graph_names):
    assert graph_names("據驅動之家報道，星辰科技發布了新的影片生成模型。").get("驅動之家") == "Company"
