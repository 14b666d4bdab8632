"""The litigation table as an analyst cites it (issue 53), in invented sentences: suits
whose parties the text anonymises, a source line never a suit's evidence, 分别 (respectively)
placing each suit in its own court, a place describing a party being none, a filing cue
inside a case's name being no filing, one suit told under two namings of its court."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.cases import case_sides, is_credit, is_headline, suits
from kg.graph import KnowledgeGraph
from kg.ingest import read_document
from kg.model import Entity, Evidence
from kg.query import cases
from kg.script import traditional
from kg.unnamed import ANONYMISED

# invented: anonymised parties in a Chinese court's words, Simplified
ANONYMISED_ZH = """\
测试法院新闻
2024年6月3日

甲市互联网法院审结一起AI绘图著作权案
发布日期：2024年6月3日
来源：测试通讯社
摘要：原告周某某使用AI绘图软件生成一幅插画并发布于网络。被告吴某某未经许可将该插画用作文章配图。周某某遂以侵害著作权为由将吴某某诉至甲市互联网法院。2024年5月20日，甲市互联网法院判决吴某某赔偿周某某经济损失500元。

某公司诉某公司案二审宣判
发布日期：2024年9月1日
来源：测试通讯社
摘要：南京某文化传播有限公司诉苏州某网络科技有限公司著作权侵权纠纷案近日二审宣判。
"""

# invented: the same kind of news in Traditional script
ANONYMISED_HANT = """\
測試法院新聞
2024年7月8日

乙市法院審結AI聲音侵權案
發布日期：2024年7月8日
來源：測試通訊社
摘要：原告鄭某某為配音演員。鄭某某以聲音權被侵害為由，將廣州某智能科技有限公司訴至乙市人民法院。2024年7月1日，乙市人民法院判決被告賠禮道歉。
"""


@pytest.fixture(scope="module")
def built(pipeline, tmp_path_factory) -> dict[str, KnowledgeGraph]:
    graphs = {}
    for name, text in (("hans", ANONYMISED_ZH), ("hant", ANONYMISED_HANT)):
        path: Path = tmp_path_factory.mktemp(name) / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        graphs[name] = pipeline.graph(pipeline.process_documents([read_document(path)]))
    return graphs


def test_anonymised_parties_are_read_as_the_text_words_them():
    assert [m.group() for m in ANONYMISED.finditer("原告周某某诉被告南京某文化传播有限公司，涉案某平台")] == \
        ["周某某", "南京某文化传播有限公司"]  # 涉案某平台: no surname, no company


def test_a_suit_of_anonymised_parties_is_one_row_with_court_and_ruling(built):
    graph = built["hans"]
    rows = {(tuple(row["plaintiffs"]), tuple(row["defendants"])): row for row in cases(graph)}
    row = rows[(("周某某",), ("吴某某",))]
    assert row["court"] and "互联网法院" in row["court"] and row["court_stated"]
    assert [(e["kind"], e["date"]) for e in row["events"]] == [("ruling", "2024-05-20")]
    assert row["filed"] is None  # no sentence dates the filing; the ruling came before the report
    assert (("南京某文化传播有限公司",), ("苏州某网络科技有限公司",)) in rows
    assert len([r for r in rows if "周某某" in r[0]]) == 1  # read as a person too: still one row


def test_a_suit_of_anonymised_parties_in_traditional_script(built):
    rows = cases(built["hant"])
    (row,) = [row for row in rows if row["plaintiffs"] == ["鄭某某"]]
    assert row["defendants"] == ["廣州某智能科技有限公司"]
    assert [e["kind"] for e in row["events"]] == ["ruling"]


# -- small hand-made graphs ------------------------------------------------------------------
def _graph(*entities: tuple[str, str, str]) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, kind, label in entities:
        graph.add_entity(Entity(node, kind, label))
    return graph


def _evidence(sentence: str, date: str, document: str = "a.txt", item: str = "t", source: str = "") -> Evidence:
    return Evidence(document, item, sentence, 0, len(sentence), date, source)


def test_a_source_line_is_no_suit_evidence():
    source = _evidence("来源：甲州联邦地区法院", "2024-03-01", source="甲州联邦地区法院")
    assert is_credit(source) and is_credit(_evidence("Source: Court of Z", "2024", source="Court of Z"))
    graph = _graph(("a", "Company", "甲公司"), ("b", "Company", "乙公司"), ("court", "Court", "甲州联邦地区法院"))
    graph.add_fact("a", "sued", "b", _evidence("2024年2月1日，甲公司向甲州联邦地区法院起诉乙公司。", "2024-02-01"))
    graph.add_fact("court", "adjudicated", "b", source)
    (suit,) = suits(graph)
    assert source not in suit.evidence and suit.events == []


def test_respectively_places_each_suit_in_its_court():
    graph = _graph(("p", "Company", "丙唱片"), ("x", "Company", "Tunecraft"), ("y", "Company", "Lumen"),
                   ("c1", "Court", "甲州联邦地区法院"), ("c2", "Court", "乙州联邦地区法院"))
    sentence = "2024年6月24日，丙唱片分别向甲州联邦地区法院和乙州联邦地区法院起诉Tunecraft和Lumen。"
    for defendant in ("x", "y"):
        graph.add_fact("p", "sued", defendant, _evidence(sentence, "2024-06-24"))
    graph.add_fact("p", "sued", "x", _evidence("丙唱片起诉Tunecraft和Lumen", "2024-06-24", item="丙唱片起诉Tunecraft和Lumen"))
    graph.add_fact("p", "sued", "y", _evidence("丙唱片起诉Tunecraft和Lumen", "2024-06-24", item="丙唱片起诉Tunecraft和Lumen"))
    found = {tuple(suit.defendants): suit.court for suit in suits(graph)}
    assert found == {("x",): "c1", ("y",): "c2"}


def test_a_place_describing_a_party_is_none():
    graph = _graph(("p", "Company", "丁报社"), ("d", "Company", "戊智能"), ("cn", "Jurisdiction", "中国"))
    sentence = "2025年3月，丁报社起诉中国AI公司戊智能，成为首家起诉人工智能公司的中国报纸。"
    for defendant in ("d", "cn"):
        graph.add_fact("p", "sued", defendant, _evidence(sentence, "2025-03"))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["p"], ["d"])]


def test_a_filing_cue_naming_earlier_cases_dates_no_filing():
    graph = _graph(("a", "Company", "Harbor Times"), ("b", "Company", "Acme"), ("court", "Court", "甲州联邦地区法院"))
    graph.add_fact("a", "sued", "b", _evidence("2023年12月27日，Harbor Times向甲州联邦地区法院起诉Acme。", "2023-12-27"))
    later = "2025年4月4日，甲州联邦地区法院法官就Harbor Times起诉Acme的关联案件发布意见书，驳回了被告的驳回起诉动议。"
    graph.add_fact("a", "sued", "b", _evidence(later, "2025-04-04", document="b.txt"))
    (suit,) = suits(graph)
    assert suit.filed == "2023-12-27"


def test_one_suit_under_two_namings_of_its_court_is_one_row():
    graph = _graph(("a", "Company", "Northwind"), ("b", "Company", "Echo"),
                   ("c1", "Court", "美国甲州中区联邦地区法院"), ("c2", "Court", "Northwind向美国甲州中区联邦地区法院"))
    graph.add_fact("a", "sued", "b", _evidence("2025年6月，Northwind在美国甲州中区联邦地区法院起诉Echo。", "2025-06"))
    graph.add_fact("a", "sued", "b", _evidence("2025年6月11日，Northwind向美国甲州中区联邦地区法院起诉Echo。", "2025-06-11",
                                               document="b.txt"))
    (suit,) = suits(graph)
    assert suit.court == "c1" and suit.filed == "2025-06-11"


def test_a_title_naming_two_defendants_of_two_suits_merges_neither():
    graph = _graph(("p", "Company", "Harbor Records"), ("x", "Company", "Tunecraft"), ("y", "Company", "Lumen Labs"),
                   ("c1", "Court", "District of Alpha"), ("c2", "Court", "District of Beta"))
    graph.add_fact("p", "sued", "x", _evidence("On June 24, 2024, Harbor Records sued Tunecraft in the District of Alpha.",
                                               "2024-06-24"))
    graph.add_fact("p", "sued", "y", _evidence("On June 24, 2024, Harbor Records sued Lumen Labs in the District of Beta.",
                                               "2024-06-24"))
    title = "Harbor Records sues Tunecraft and Lumen Labs"
    for defendant in ("x", "y"):
        graph.add_fact("p", "sued", defendant, _evidence(title, "2024-06-24", document="b.txt", item=title))
    found = sorted((tuple(suit.defendants), suit.court) for suit in suits(graph))
    assert found == [(("x",), "c1"), (("y",), "c2")]


def test_a_place_describing_who_sued_is_none_in_english():
    graph = _graph(("fl", "Jurisdiction", "Florida"), ("d", "Company", "Chatbot Co"))
    graph.add_fact("fl", "sued", "d", _evidence("A Florida mother sued Chatbot Co after her son died.", "2024-10"))
    assert suits(graph) == []


def test_complaints_against_several_companies_are_a_suit_each():
    graph = _graph(("ftc", "Regulator", "Trade Commission"), ("a", "Company", "Acme Ventures"),
                   ("b", "Company", "Bolt Holdings"))
    sentence = "On September 25, 2024, the Trade Commission filed complaints against Acme Ventures and Bolt Holdings."
    for defendant in ("a", "b"):
        graph.add_fact("ftc", "sued", defendant, _evidence(sentence, "2024-09-25"))
    assert sorted(tuple(suit.defendants) for suit in suits(graph)) == [("a",), ("b",)]


def test_an_outlet_in_the_dateline_is_no_party():
    graph = _graph(("outlet", "Organization", "测试之家"), ("p", "Organization", "作家协会"), ("d", "Company", "Meta"))
    sentence = "测试之家 3 月 12 日消息，作家协会起诉 Meta，称其使用作品训练模型。"
    for plaintiff in ("outlet", "p"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2025-03-12"))
    assert [suit.plaintiffs for suit in suits(graph)] == [["p"]]


@pytest.mark.parametrize("sentence", [
    "据《测试晚报》报道，涉事的实习生已被星河科技起诉，并被索赔800万元。",
    traditional("据《测试晚报》报道，涉事的实习生已被星河科技起诉，并被索赔800万元。"),
    "根据测试晚报消息，星河科技已起诉其前员工。",
    "According to the Test Gazette, Nova Labs has sued a former engineer over trade secrets.",
    "Test Gazette reported that Nova Labs sued a former engineer in state court.",
])
def test_an_outlet_a_sentence_cites_is_no_party(sentence):
    """The outlet a sentence names as its source (据《X》报道, according to X, X reported) reports
    the suit: no row makes it a party, though the reading took it for one."""
    graph = _graph(("outlet", "Organization", "测试晚报"), ("p", "Company", "星河科技"))
    graph.entity("outlet")["labels"] |= {"Test Gazette", traditional("测试晚报")}
    graph.entity("p")["labels"] |= {"Nova Labs", traditional("星河科技")}
    graph.add_fact("p", "sued", "outlet", _evidence(sentence, "2025-03-12"))
    assert suits(graph) == []


@pytest.mark.parametrize("sentence", [
    "根据 Test Wire (测试通讯社) 的最新报导，一名记者向联邦法院起诉星河科技。",
    traditional("根据 Test Wire (测试通讯社) 的最新报导，一名记者向联邦法院起诉星河科技。"),
    "According to Test Wire News, a reporter sued Nova Labs in federal court.",
])
def test_an_outlet_cited_by_a_label_holding_a_shorter_one_is_no_party(sentence):
    """An outlet known by a short label inside its long one (测试通讯 in 测试通讯社, Test Wire in
    Test Wire News, as another document may word it): one mention by its longest label, cited,
    no party; not a second mention of the short label, uncited."""
    graph = _graph(("outlet", "Organization", "测试通讯社"), ("p", "Company", "星河科技"))
    graph.entity("outlet")["labels"] |= {"测试通讯", traditional("测试通讯社"), traditional("测试通讯"),
                                         "Test Wire", "Test Wire News"}
    graph.entity("p")["labels"] |= {"Nova Labs", traditional("星河科技")}
    graph.add_fact("outlet", "sued", "p", _evidence(sentence, "2025-12-22"))
    assert suits(graph) == []


@pytest.mark.parametrize("sentence", [
    "测试晚报起诉星河科技，称其抓取报道内容。",
    "据悉，测试晚报已起诉星河科技。",
    "The Test Gazette sued Nova Labs, according to the complaint.",
])
def test_an_outlet_that_sues_is_a_party(sentence):
    graph = _graph(("outlet", "Organization", "测试晚报"), ("p", "Company", "星河科技"))
    graph.entity("outlet")["labels"] |= {"Test Gazette"}
    graph.entity("p")["labels"] |= {"Nova Labs"}
    graph.add_fact("outlet", "sued", "p", _evidence(sentence, "2025-03-12"))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["outlet"], ["p"])]


@pytest.mark.parametrize("first, second", [
    ("Stone Ledger and the Harbor Courier Post sued Nova Labs over its answer engine.",
     "Stone Ledger Inc. and HCP Holdings, Inc. together sued Nova Labs for copying their articles."),
    ("石板报和港湾信使邮报起诉星河科技，指控其复制报道。",
     "Stone Ledger Inc.与HCP Holdings, Inc.联合起诉星河科技。"),
    (traditional("石板报和港湾信使邮报起诉星河科技，指控其复制报道。"),
     traditional("Stone Ledger Inc.与HCP Holdings, Inc.联合起诉星河科技。")),
])
def test_a_paper_and_its_publisher_are_one_party(first, second):
    """One outlet names the paper (the Harbor Courier Post), another its publisher's legal name
    (HCP Holdings, Inc.): one plaintiff, by its legal name."""
    graph = _graph(("ledger", "Company", "Stone Ledger"), ("paper", "Company", "Harbor Courier Post"),
                   ("holding", "Company", "HCP Holdings, Inc."), ("nova", "Company", "Nova Labs"))
    graph.entity("ledger")["labels"] |= {"石板报", traditional("石板报"), "Stone Ledger Inc."}
    graph.entity("paper")["labels"] |= {"港湾信使邮报", traditional("港湾信使邮报")}
    graph.entity("nova")["labels"] |= {"星河科技", traditional("星河科技")}
    for plaintiff in ("ledger", "paper"):
        graph.add_fact(plaintiff, "sued", "nova", _evidence(first, "2024-10-21", "a.txt"))
    for plaintiff in ("ledger", "holding"):
        graph.add_fact(plaintiff, "sued", "nova", _evidence(second, "2024-10-21", "b.txt"))
    (suit,) = suits(graph)
    assert sorted(suit.plaintiffs) == ["holding", "ledger"]


def test_papers_of_other_initials_stay_parties():
    graph = _graph(("ledger", "Company", "Stone Ledger"), ("paper", "Company", "Harbor Courier Post"),
                   ("holding", "Company", "HC Holdings, Inc."), ("nova", "Company", "Nova Labs"))
    for plaintiff in ("ledger", "paper"):
        graph.add_fact(plaintiff, "sued", "nova", _evidence("Stone Ledger and Harbor Courier Post sued Nova Labs.", "2024-10-21", "a.txt"))
    for plaintiff in ("ledger", "holding"):
        graph.add_fact(plaintiff, "sued", "nova", _evidence("Stone Ledger and HC Holdings, Inc. sued Nova Labs.", "2024-10-21", "b.txt"))
    (suit,) = suits(graph)
    assert sorted(suit.plaintiffs) == ["holding", "ledger", "paper"]


@pytest.mark.parametrize("text, date", [
    ("Nova Labs has sued rival Acme in federal court over trade secrets. Jane Roe attends a launch in Berlin, "
     "Germany, March 22, 2022.(Reuters)\n\nThe lawsuit filed Wednesday names two engineers.", None),
    ("Nova Labs sued Acme on Monday. Jane Roe speaks in Austin, Texas, U.S., May 3, 2023. REUTERS/John Doe/File Photo\n"
     "The complaint was filed on June 2, 2025.", "2025-06-02"),
    ("星河科技起诉了竞争对手。图为星河科技创始人出席发布会，2022年3月22日。（路透）\n该诉讼于2025年9月24日提交。", "2025-09-24"),
    (traditional("星河科技起诉了竞争对手。图为星河科技创始人出席发布会，2022年3月22日。（路透）"), None),
    ("NEW YORK, March 5, 2024 (Reuters) - Nova Labs sued Acme on Tuesday.", "2024-03-05"),
])
def test_a_photo_caption_run_into_the_text_dates_no_article(text, date):
    """The date closing a photo caption (…, March 22, 2022.(Reuters)) is the photo's: an article
    without a date line of its own is undated, so no filing takes the photo's day; a dateline's
    credit, with no full stop before it, dates the article."""
    from kg.dates import lead_date
    assert lead_date(text) == date
    assert lead_date(text, default_year=2025) == date


def _bilingual(*entities: tuple[str, str, str, str]) -> KnowledgeGraph:
    """A graph of (node, type, English label, Chinese label): each also named in Traditional."""
    graph = _graph(*(entity[:3] for entity in entities))
    for node, _, _, chinese in entities:
        graph.entity(node)["labels"] |= {chinese, traditional(chinese)}
    return graph


@pytest.mark.parametrize("filing, told", [
    ("Nova Labs sued Acme Apps on June 12, 2025.",
     "Acme Apps ran the ads from 170 accounts, the outlet said citing the complaint filed to the Test District Court."),
    ("2025年6月12日，星河科技起诉了甲乙应用。", "据报道，星河科技已向测试地区法院提起诉讼。"),
    (traditional("2025年6月12日，星河科技起诉了甲乙应用。"), traditional("据报道，星河科技已向测试地区法院提起诉讼。")),
])
def test_a_court_told_only_as_where_a_suit_was_filed_makes_no_ruling(filing, told):
    """A sentence telling only the filing in a court (the complaint filed to the District Court),
    read as the court adjudicating the defendant, places the suit there: no ruling."""
    graph = _bilingual(("p", "Company", "Nova Labs", "星河科技"), ("d", "Company", "Acme Apps", "甲乙应用"),
                       ("court", "Court", "Test District Court", "测试地区法院"))
    graph.add_fact("p", "sued", "d", _evidence(filing, "2025-06-12"))
    graph.add_fact("court", "adjudicated", "d", _evidence(told, "2025-06-13"))
    (suit,) = suits(graph)
    assert suit.events == [] and suit.court == "court"


@pytest.mark.parametrize("told", ["An Ontario test court has decided the lawsuit against Acme Apps will proceed.",
                                  "The judge has decided that Nova Labs' suit against Acme Apps may go on."])
def test_a_court_that_decided_rules(told):
    graph = _graph(("p", "Company", "Nova Labs"), ("d", "Company", "Acme Apps"), ("court", "Court", "Ontario test court"))
    graph.add_fact("p", "sued", "d", _evidence("Nova Labs sued Acme Apps on June 12, 2025.", "2025-06-12"))
    graph.add_fact("court", "adjudicated", "d", _evidence(told, "2025-11-03"))
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-11-03")]


@pytest.mark.parametrize("asked", [
    "两家报社要求测试地方法院裁定星河科技停止使用其作品，并各自求偿10亿日元。",
    traditional("两家报社要求测试地方法院裁定星河科技停止使用其作品，并各自求偿10亿日元。"),
    "The two papers asked the Test District Court for an injunction ordering Nova Labs to stop using their articles.",
])
def test_a_ruling_a_side_asks_for_is_no_event(asked):
    """要求法院裁定, asked the court for an injunction: what the complaint seeks, no ruling."""
    graph = _bilingual(("p", "Company", "Harbor Daily", "两家报社"), ("d", "Company", "Nova Labs", "星河科技"),
                       ("court", "Court", "Test District Court", "测试地方法院"))
    graph.add_fact("p", "sued", "d", _evidence("On August 26, 2025, Harbor Daily sued Nova Labs.", "2025-08-26"))
    graph.add_fact("court", "adjudicated", "d", _evidence(asked, "2025-08-26"))
    (suit,) = suits(graph)
    assert suit.events == [] and suit.filed == "2025-08-26"
    graph.add_fact("court", "adjudicated", "d", _evidence("The Test District Court ruled for Harbor Daily on May 2, 2026.", "2026-05-02"))
    assert [(e.kind, e.date) for e in suits(graph)[0].events] == [("ruling", "2026-05-02")]


@pytest.mark.parametrize("background, ruling", [
    ("Harbor Images sued Nova Labs over its image model.", "The High Court ruled for Nova Labs on most claims."),
    ("哈博图片起诉了星河科技。", "高等法院就此案作出判决，驳回了哈博图片的大部分诉请。"),
    (traditional("哈博图片起诉了星河科技。"), traditional("高等法院就此案作出判决，驳回了哈博图片的大部分诉请。")),
])
def test_a_ruling_story_dates_no_filing(background, ruling):
    """A report of a ruling telling the filing as its background, with no date for it: the
    report's own date is the ruling's, not the filing's."""
    graph = _bilingual(("p", "Company", "Harbor Images", "哈博图片"), ("d", "Company", "Nova Labs", "星河科技"),
                       ("court", "Court", "High Court", "高等法院"))
    graph.add_fact("p", "sued", "d", _evidence(background, "2025-11-04"))
    graph.add_fact("court", "adjudicated", "d", _evidence(ruling, "2025-11-04"))
    (suit,) = suits(graph)
    assert suit.filed is None and [e.kind for e in suit.events] in (["ruling"], ["dismissal"])


def _two_suits_one_item(first: str, second: str, second_plaintiff: str = "q") -> KnowledgeGraph:
    graph = _bilingual(("p", "Person", "Ann Lee", "李安"), ("q", "Company", "Harbor Times", "港湾时报"),
                       ("d", "Company", "Nova Labs", "星河科技"), ("court", "Court", "Test District Court", "甲州地区法院"))
    graph.add_fact("p", "sued", "d", Evidence("a.txt", "t", first, 0, len(first), "2025-12-23", ""))
    graph.add_fact(second_plaintiff, "sued", "d", Evidence("a.txt", "t", second, 100, 100 + len(second), "2025-12-23", ""))
    return graph


@pytest.mark.parametrize("first, second", [
    ("李安向甲州地区法院起诉星河科技。", "此前，港湾时报也曾将星河科技告上法院，索赔数十亿美元。"),
    (traditional("李安向甲州地区法院起诉星河科技。"), traditional("此前，港湾时报也曾将星河科技告上法院，索赔数十亿美元。")),
    ("Ann Lee sued Nova Labs in the Test District Court.", "Harbor Times earlier took Nova Labs to court over its articles."),
])
def test_the_plain_word_court_points_to_no_other_suits_court(first, second):
    """此前，B曾将X告上法院 after A's suit against X in a named court: the plain word for a court
    takes no court from a sentence naming none of this suit's plaintiffs."""
    rows = {tuple(suit.plaintiffs): suit.court for suit in suits(_two_suits_one_item(first, second))}
    assert rows == {("p",): "court", ("q",): None}


@pytest.mark.parametrize("first, second", [
    ("李安向甲州地区法院起诉星河科技。", "星河科技被李安告上法院后，删除了相关内容。"),
    ("Ann Lee sued Nova Labs in the Test District Court.", "Nova Labs, taken to court by Ann Lee, removed the posts."),
])
def test_the_plain_word_court_points_to_its_own_suits_court(first, second):
    (suit,) = suits(_two_suits_one_item(first, second, "p"))
    assert suit.court == "court"


def test_cases_in_the_readers_language():
    from kg.query import reader_language
    graph = KnowledgeGraph()
    graph.add_entity(Entity("ftc", "Regulator", "美国联邦贸易委员会", label_en="Federal Trade Commission"))
    graph.add_entity(Entity("acme", "Company", "Acme"))
    graph.add_fact("ftc", "sued", "acme", _evidence("The Federal Trade Commission sued Acme on May 2, 2024.", "2024-05-02"))
    assert reader_language(graph) == "en"
    (row,) = cases(graph, lang="en")
    assert row["caption"] == "Federal Trade Commission v. Acme" and row["plaintiffs"] == ["Federal Trade Commission"]
    (row,) = cases(graph, lang="zh")
    assert row["plaintiffs"] == ["美国联邦贸易委员会"]


@pytest.mark.parametrize("plaintiff, headline, body", [
    ("甲协会", "甲协会起诉乙音乐和丙音乐", "甲协会称，唱片公司已起诉两家AI音乐公司。"),
    ("甲協會", "甲協會起訴乙音樂和丙音樂", "甲協會稱，唱片公司已起訴兩家AI音樂公司。"),
    ("Alpha Association", "Alpha Association files claim against Beta Music and Gamma Music",
     "The Alpha Association said record labels have sued two AI music firms."),
])
def test_a_suit_told_by_a_headline_only_is_no_row(plaintiff, headline, body):
    """The first line of an untitled article, without a closing mark, is its headline."""
    graph = _graph(("p", "Organization", plaintiff), ("x", "Company", "Beta Music"), ("y", "Company", "Gamma Music"))
    document = "/corpus/news.txt"
    first = Evidence(document, "news.txt", headline, len("news.txt") + 1, len("news.txt") + 1 + len(headline), None)
    for defendant in ("x", "y"):
        graph.add_fact("p", "sued", defendant, first)
    assert is_headline(first) and not is_headline(Evidence(document, "news.txt", body, 80, 80 + len(body), None))
    assert suits(graph) == []


def test_a_headline_is_not_cited_where_the_body_tells_the_suit():
    graph = _graph(("p", "Company", "Harbor Records"), ("x", "Company", "Tunecraft"))
    title = "Harbor Records takes Tunecraft to court"
    graph.add_fact("p", "sued", "x", _evidence(title, "2024-06-24", item=title))
    body = _evidence("On June 24, 2024, Harbor Records sued Tunecraft.", "2024-06-24", item=title)
    graph.add_fact("p", "sued", "x", body)
    (suit,) = suits(graph)
    assert [e.sentence for e in suit.evidence] == [body.sentence] and suit.filed == "2024-06-24"
    # a section headed by the case's name names the case: still cited
    assert not is_headline(_evidence("Harbor Records v. Tunecraft", "2024", item="Harbor Records v. Tunecraft"))


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_anonymised_suits_survive_a_graph_read_back_from_turtle(built, name, tmp_path):
    """graph.ttl alone (no snapshot beside it) gives the same suit table: ailaw:plaintiffName
    and ailaw:defendantName carry the parties the text anonymises."""
    from kg.rdf import load_graph, write_graph
    graph = built[name]
    write_graph(graph, tmp_path)
    assert not list(tmp_path.glob(".graph-*"))  # no snapshot: read from the triples
    again = load_graph(tmp_path)
    assert "unnamed_suits" in again.graph.graph
    assert cases(again) == cases(graph)
    assert any(not set(row["plaintiffs"]) & set(again.graph) for row in cases(again))  # a row of words alone


# invented: suits whose plaintiffs the text describes, not names
DESCRIBED = {
    "hans": "测试新闻\n2025年3月4日\n\n三名作家起诉AI公司\n2025年3月4日，三名作家起诉Lumora和Brightwave，称两家公司未经许可使用其小说训练模型。\n"
            "此前有作家起诉Lumora。其父母起诉Brightwave。2025年6月，甲市法院公开审理了四名画师起诉Lumora的案件。\n",
    "hant": "測試新聞\n2025年3月4日\n\n三名作家起訴AI公司\n2025年3月4日，三名作家起訴Lumora和Brightwave，稱兩家公司未經許可使用其小說訓練模型。\n",
    "en": "Test News\nMarch 4, 2025\n\nParents sue chatbot maker\nOn March 4, 2025, the parents of a 15-year-old boy filed a lawsuit "
          "against Lumora, the company behind a popular chatbot.\n",
}


@pytest.fixture(scope="module")
def described(pipeline, tmp_path_factory) -> dict[str, KnowledgeGraph]:
    graphs = {}
    for name, text in DESCRIBED.items():
        path: Path = tmp_path_factory.mktemp(name) / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        graphs[name] = pipeline.graph(pipeline.process_documents([read_document(path)]))
    return graphs


@pytest.mark.parametrize("name, plaintiff, defendants", [
    ("hans", "三名作家", ["Lumora", "Brightwave"]), ("hant", "三名作家", ["Lumora", "Brightwave"]),
    ("en", "the parents of a 15-year-old boy", ["Lumora"])])
def test_a_suit_of_described_plaintiffs_is_a_row_in_the_texts_words(described, name, plaintiff, defendants):
    rows = cases(described[name])
    assert [(row["plaintiffs"], sorted(row["defendants"])) for row in rows] == [([plaintiff], sorted(defendants))]
    assert rows[0]["filed"] == "2025-03-04"


# invented: the families of several places told together, after the suit their news item tells
BY_PLACE = {
    "hans": "测试新闻\n2026年1月8日\n\n聊天机器人公司就多起诉讼达成和解\n美国法院文件显示，Lumora与Brightwave已就多起诉讼达成和解。"
            "其中一起诉讼由Jane Roe于2024年10月起诉Lumora与Brightwave。本周达成和解的还包括来自科罗拉多州、德州与纽约州的多个家庭，"
            "和解金额未公开。\n",
    "en": "Test News\nJanuary 8, 2026\n\nChatbot makers settle suits\nLumora and Brightwave agreed to settle several lawsuits, "
          "court filings show. Jane Roe sued Lumora and Brightwave in October 2024. The settlements also cover lawsuits brought "
          "by families in Colorado, Texas and New York, the filings show.\n",
}
BY_PLACE["hant"] = traditional(BY_PLACE["hans"])


@pytest.mark.parametrize("name, families", [
    ("hans", ["德州的家庭", "科罗拉多州的家庭", "纽约州的家庭"]),
    ("hant", ["德州的家庭", "科羅拉多州的家庭", "紐約州的家庭"]),
    ("en", ["a family in Colorado", "a family in New York", "a family in Texas"])])
def test_families_of_several_places_are_a_suit_each(pipeline, tmp_path, name, families):
    """来自科罗拉多州、德州与纽约州的多个家庭, families in Colorado, Texas and New York: a row for each
    place's family, against the defendants of the suit their item tells, none folded into the
    named plaintiff's row (Jane Roe's) nor into each other."""
    path = tmp_path / f"{name}.txt"
    path.write_text(BY_PLACE[name], encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    rows = cases(graph)
    assert sorted(row["plaintiffs"][0] for row in rows if row["plaintiffs"] != ["Jane Roe"]) == families
    assert all(sorted(row["defendants"]) == ["Brightwave", "Lumora"] and "settlement" in {e["kind"] for e in row["events"]}
               for row in rows)


def test_families_of_one_place_or_no_suit_are_no_rows():
    from kg.unnamed import _by_place, _Names
    graph = _graph(("co", "Jurisdiction", "Colorado"), ("tx", "Jurisdiction", "Texas"), ("d", "Company", "Lumora"))
    read = _by_place().read
    assert read("Families in Colorado and Texas enjoy the new parks.", _Names(graph), {"Colorado", "Texas"}, ["d"]) == []
    assert read("来自科罗拉多州的多个家庭也起诉了Lumora。", _Names(graph), {"科罗拉多州"}, ["d"]) == []  # one place
    assert read("Lawsuits by families in Colorado and Texas are pending.", _Names(graph), {"Colorado"}, ["d"]) == []


def test_described_plaintiffs_are_the_party_only():
    from kg.unnamed import how_many
    assert how_many("三名作家") == (3, 3) and how_many("three authors") == (3, 3) and how_many("a Florida mother") == (1, 1)
    assert how_many("两家出版商") == (2, 2)  # a count of bodies (context.tsv body_classifier)
    assert how_many("一名17岁青少年的家属")[0] == 1 and how_many("李某") is None and how_many("Lumora") is None


def test_a_described_suit_a_named_row_tells_is_that_row():
    graph = _graph(*[(f"p{n}", "Person", name) for n, name in enumerate(("Ann Lee", "Bo Chen", "Cy Park"))],
                   ("d", "Company", "Lumora"))
    for n in range(3):
        graph.add_fact(f"p{n}", "sued", "d", _evidence("On August 12, 2024, Ann Lee, Bo Chen and Cy Park sued Lumora.",
                                                          "2024-08-13"))
    said = _evidence("In August 2024, three authors sued Lumora.", "2025-01-05", document="b.txt")
    graph.graph.graph["unnamed_suits"] = [{"plaintiffs": ["three authors"], "defendants": ["d"],
                                           "evidence": said.__dict__, "context": []}]
    (suit,) = suits(graph)
    assert suit.plaintiffs == ["p0", "p1", "p2"] and said in suit.evidence and suit.filed == "2024-08-12"
    graph.graph.graph["unnamed_suits"][0]["plaintiffs"] = ["two authors"]  # not as many: another suit
    assert len(suits(graph)) == 2


@pytest.mark.parametrize("name", ["hans", "en"])
def test_described_suits_survive_a_graph_read_back_from_turtle(described, name, tmp_path):
    from kg.rdf import load_graph, write_graph
    write_graph(described[name], tmp_path)
    assert cases(load_graph(tmp_path)) == cases(described[name])


def test_exports_and_the_view_name_in_the_readers_language(tmp_path):
    """--lang on kg export (property graphs) and kg viz, defaulting to the documents' language."""
    import networkx
    from click.testing import CliRunner
    from kg.cli import main
    from kg.rdf import write_graph
    graph = KnowledgeGraph()
    graph.add_entity(Entity("ftc", "Regulator", "美国联邦贸易委员会", label_en="Federal Trade Commission"))
    graph.add_entity(Entity("acme", "Company", "Acme"))
    graph.add_fact("ftc", "sued", "acme", _evidence("The Federal Trade Commission sued Acme on May 2, 2024.", "2024-05-02"))
    write_graph(graph, tmp_path)
    for lang, name in ((None, "Federal Trade Commission"), ("zh", "美国联邦贸易委员会")):
        out = tmp_path / f"g-{lang}.graphml"
        result = CliRunner().invoke(main, ["export", "--graph", str(tmp_path), "--out", str(out)]
                                    + (["--lang", lang] if lang else []))
        assert result.exit_code == 0, result.output
        assert networkx.read_graphml(out).nodes["ftc"]["label"] == name
    page = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["viz", "--graph", str(tmp_path), "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert "Federal Trade Commission" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("sentence, guild, cut", [
    ("同年9月，甲国作家协会联合约翰·格兰特、乔治·马丁等作家在纽约起诉Lumora。", "甲国作家协会", "会联合约翰·格兰特"),
    ("同年9月，甲國作家協會聯合約翰·格蘭特、喬治·馬丁等作家在紐約起訴Lumora。", "甲國作家協會", "會聯合約翰·格蘭特"),
])
def test_a_name_cut_across_another_is_no_party(sentence, guild, cut):
    graph = _graph(("guild", "Organization", guild), ("cut", "Person", cut), ("d", "Company", "Lumora"),
                   ("martin", "Person", sentence.split("、")[1][:5]))
    for plaintiff in ("cut", "martin"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2023-09"))
    (suit,) = suits(graph)
    assert suit.plaintiffs == ["martin"]


def _sides(pipeline, path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    """The (plaintiffs, defendants) of each row of the table built from one document."""
    path.write_text(text, encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    return [(row["plaintiffs"], row["defendants"]) for row in cases(graph)]


# invented: a procuratorate's prosecution of a party the text anonymises
CHARGED = {
    "hans": "测试检察新闻\n2024年5月6日\n\n乙区检察院提起公诉\n2024年3月1日，公安机关将丁某某移送甲市乙区检察院审查起诉。"
            "该院经审查，以涉嫌传播淫秽物品牟利罪对丁某某提起公诉。\n",
    "hant": "測試檢察新聞\n2024年5月6日\n\n乙區檢察院提起公訴\n2024年3月1日，警方將丁某某移送甲市乙區檢察院審查起訴。"
            "該院經審查，以涉嫌傳播淫穢物品牟利罪對丁某某提起公訴。\n",
}


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_prosecution_of_an_anonymised_party_is_a_row(pipeline, tmp_path, name):
    rows = _sides(pipeline, tmp_path / f"{name}.txt", CHARGED[name])
    assert len(rows) == 1 and rows[0][1] == ["丁某某"] and "检察院" in rows[0][0][0].replace("檢察", "检察")


@pytest.mark.parametrize("sentence, short", [
    ("作家巴兹（Ann Barz）和强森（Kirk Johnson）去年对Lumora提起集体诉讼。", "强森"),
    ("作家巴茲（Ann Barz）和強森（Kirk Johnson）去年對Lumora提起集體訴訟。", "強森"),
    ("Writers Barz (Ann Barz) and Johnson (Kirk Johnson) sued Lumora last year.", "Johnson"),
])
def test_a_party_glossed_in_brackets_is_the_glossed_entity(sentence, short):
    graph = _graph(("barz", "Person", "Ann Barz"), ("short", "Company", short), ("kirk", "Person", "Kirk Johnson"),
                   ("d", "Company", "Lumora"))
    for plaintiff in ("barz", "short"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2024-08"))
    graph.add_fact("kirk", "sued", "d", _evidence("Ann Barz and Kirk Johnson sued Lumora in August 2024.", "2024-08",
                                                  document="b.txt"))
    (suit,) = suits(graph)
    assert suit.plaintiffs == ["barz", "kirk"]


def test_a_party_named_once_bare_is_kept_beside_its_gloss():
    graph = _graph(("short", "Company", "强森"), ("kirk", "Person", "Kirk Johnson"), ("d", "Company", "Lumora"))
    sentence = "强森（Kirk Johnson）起诉Lumora，强森公司也起诉了Lumora。"
    graph.add_fact("short", "sued", "d", _evidence(sentence, "2024-08"))
    (suit,) = suits(graph)
    assert suit.plaintiffs == ["short"]


# invented: a case told only by its name, its defendant a name no entity holds
CAPTIONED = {
    "hans": "测试评论\n2024年5月6日\n\nAI写作案回顾\n随后腾讯诉瑞讯案的判决明确将写作软件定位为受人控制的工具。\n",
    "hant": "測試評論\n2024年5月6日\n\nAI寫作案回顧\n隨後騰訊訴瑞訊案的判決明確將寫作軟體定位為受人控制的工具。\n",
}


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_case_named_only_by_its_caption_is_a_row(pipeline, tmp_path, name):
    from kg.rdf import load_graph, write_graph
    rows = _sides(pipeline, tmp_path / f"{name}.txt", CAPTIONED[name])
    assert rows == [(["腾讯" if name == "hans" else "騰訊"], ["瑞讯" if name == "hans" else "瑞訊"])]
    graph = pipeline.graph(pipeline.process_documents([read_document(tmp_path / f"{name}.txt")]))
    write_graph(graph, tmp_path / "out")
    assert cases(load_graph(tmp_path / "out")) == cases(graph)  # the row read back from the triples


def test_a_caption_of_a_dispute_or_of_two_entities_is_no_described_row():
    from kg.unnamed import _Names, captioned
    graph = _graph(("t", "Company", "腾讯"), ("b", "Company", "百度"))
    names = _Names(graph)
    assert captioned("腾讯诉瑞讯案宣判。", names) == [(["t"], ["瑞讯"])]
    assert captioned("腾讯诉百度案宣判。", names) == []  # both named: the sued facts tell it
    assert captioned("腾讯诉侵权案宣判。", names) == []  # a dispute, no defendant
    assert captioned("瑞讯诉某案宣判。", names) == []  # no plaintiff the graph knows
    assert captioned("在Kadrey诉Lumora案中", names) == captioned("Thomson Reuters诉Lumora案", names) == []  # a part of a name


@pytest.mark.parametrize("sentence, listed", [
    ("The labels claimed the companies copied songs from top artists, including Nova Reyes and Kit Lark.", ""),
    ("唱片公司指控两家公司复制了多位歌手的作品，包括诺娃·雷耶斯和基特·拉克的歌曲。", ""),
    ("唱片公司指控兩家公司複製了多位歌手的作品，包括諾娃·雷耶斯和基特·拉克的歌曲。", ""),
    ("The labels claimed harm, and the plaintiffs include Nova Reyes and Kit Lark.", "listed"),
    ("唱片公司声称，包括诺娃·雷耶斯和基特·拉克在内的歌手起诉了两家公司。", "listed"),
])
def test_names_listed_as_examples_of_what_a_suit_is_about_are_no_party(sentence, listed):
    graph = _graph(("label", "Company", "Harbor Records"), ("nova", "Person", "Nova Reyes"),
                   ("kit", "Person", "Kit Lark"), ("d", "Company", "Tunecraft"))
    graph.entity("nova")["labels"] |= {"诺娃·雷耶斯", "諾娃·雷耶斯"}
    graph.entity("kit")["labels"] |= {"基特·拉克"}
    graph.add_fact("label", "sued", "d", _evidence("2024年6月24日，Harbor Records起诉Tunecraft。", "2024-06-24", item="u"))
    for person in ("nova", "kit"):
        graph.add_fact(person, "sued", "d", _evidence(sentence, "2024-06-24"))
    rows = sorted(tuple(suit.plaintiffs) for suit in suits(graph))
    assert (("kit", "nova") in rows) == bool(listed) and ("label",) in rows


@pytest.mark.parametrize("sentence", [
    "The claims from the Harbor Times, the Center for Local Reporting and two other papers center on their articles.",
    "哈伯时报和地方报道中心等提起的多起诉讼均涉及其新闻作品。",
    "哈伯時報和地方報道中心等提起的多起訴訟均涉及其新聞作品。",
])
def test_suits_told_as_several_by_their_plaintiffs_are_a_suit_each(sentence):
    graph = _graph(("times", "Company", "Harbor Times"), ("center", "Organization", "Center for Local Reporting"),
                   ("d", "Company", "Acme AI"))
    graph.entity("times")["labels"] |= {"哈伯时报", "哈伯時報"}
    graph.entity("center")["labels"] |= {"地方报道中心", "地方報道中心"}
    graph.add_fact("times", "sued", "d", _evidence("2023年12月27日，哈伯时报起诉Acme AI。", "2023-12-27", item="u"))
    for plaintiff in ("times", "center"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2025-04-04", document="b.txt"))
    assert sorted(tuple(suit.plaintiffs) for suit in suits(graph)) == [("center",), ("times",)]


@pytest.mark.parametrize("together, paper", [
    ("On October 21, 2024, Cedar Wire and Pine Holdings together sued Acme AI.", "Acme AI faces a lawsuit from the Pine Post."),
    ("2024年10月21日，雪松通讯和松树控股共同起诉Acme AI。", "松树邮报也起诉了Acme AI。"),
    ("2024年10月21日，雪松通訊和松樹控股共同起訴Acme AI。", "松樹郵報也起訴了Acme AI。"),
])
def test_suits_of_one_houses_units_against_the_same_defendant_are_one_row(together, paper):
    graph = _graph(("wire", "Company", "Cedar Wire"), ("holdings", "Company", "Pine Holdings"),
                   ("post", "Company", "Pine Post"), ("group", "Company", "Cedar Group"), ("d", "Company", "Acme AI"),
                   ("other", "Company", "Birch Daily"))
    for node, names in (("wire", {"雪松通讯", "雪松通訊"}), ("holdings", {"松树控股", "松樹控股"}),
                        ("post", {"松树邮报", "松樹郵報"})):
        graph.entity(node)["labels"] |= names
    for unit in ("wire", "post"):
        graph.add_fact(unit, "partOf", "group", _evidence("Cedar Wire and the Pine Post belong to Cedar Group.", "2024"))
    for plaintiff in ("wire", "holdings"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(together, "2024-10-21"))
    graph.add_fact("post", "sued", "d", _evidence(paper, "2024-10-22", document="b.txt"))
    graph.add_fact("other", "sued", "d", _evidence("Birch Daily sued Acme AI.", "2024-10-23", document="c.txt"))
    rows = sorted((tuple(suit.plaintiffs), suit.filed) for suit in suits(graph))
    assert rows == [(("holdings", "wire"), "2024-10-21"), (("other",), None)]  # undated: not its report's day


# invented: a filing that counts its defendants, the others labelled 被告 later in the item
COUNTED = {
    "hans": "测试法院新闻\n2024年5月6日\n\n配音演员起诉三被告\n2024年5月6日，甲市互联网法院开庭审理一起声音权纠纷案。"
            "郑某某以声音权被侵害为由，将北京某智能科技公司等三被告起诉至甲市互联网法院。"
            "被告上海某网络科技公司将郑某某的录音交给被告广州某传媒公司处理。三被告均否认侵权。\n",
    "hant": "測試法院新聞\n2024年5月6日\n\n配音演員起訴三被告\n2024年5月6日，甲市互聯網法院開庭審理一起聲音權糾紛案。"
            "鄭某某以聲音權被侵害為由，將北京某智能科技公司等三被告起訴至甲市互聯網法院。"
            "被告上海某網絡科技公司將鄭某某的錄音交給被告廣州某傳媒公司處理。三被告均否認侵權。\n",
}


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_filing_counting_its_defendants_takes_those_its_item_labels(pipeline, tmp_path, name):
    ((plaintiffs, defendants),) = _sides(pipeline, tmp_path / f"{name}.txt", COUNTED[name])
    assert len(plaintiffs) == 1 and len(defendants) == 3 and defendants[0].startswith("北京某智能")
    two = COUNTED[name].replace("三被告起", "二被告起")
    ((_, defendants),) = _sides(pipeline, tmp_path / f"{name}-two.txt", two)
    assert len(defendants) == 1  # two counted, three labelled: the filing's own defendant only


# invented: a judgment's summary that numbers the defendants and names each short afterwards
NUMBERED = {
    "hans": "测试法院案例\n2024年7月1日\n\n声音权案\n原告周某某系配音演员。被告一北京某智能科技公司运营一款配音软件。"
            "被告二某（北京）文化传媒公司（以下简称某文化公司）委托原告录制有声读物。"
            "被告二某文化公司将录音提供给被告一北京某智能科技公司。甲市互联网法院判决二被告赔偿原告损失。\n",
    "hant": "測試法院案例\n2024年7月1日\n\n聲音權案\n原告周某某係配音演員。被告一北京某智能科技公司運營一款配音軟件。"
            "被告二某（北京）文化傳媒公司（以下簡稱某文化公司）委託原告錄製有聲讀物。"
            "被告二某文化公司將錄音提供給被告一北京某智能科技公司。甲市互聯網法院判決二被告賠償原告損失。\n",
}


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_numbered_defendants_are_each_a_party_by_their_short_name(pipeline, tmp_path, name):
    ((plaintiffs, defendants),) = _sides(pipeline, tmp_path / f"{name}.txt", NUMBERED[name])
    assert plaintiffs == ["周某某"] and [d[:2] for d in defendants] == ["北京", "某文"]


@pytest.mark.parametrize("anonymised, name, same", [
    ("北京某科技公司", "北京星云智能科技有限公司", True),
    ("北京某科技公司", "北京星雲智能科技有限公司", True),
    ("某智能科技有限公司", "星云智能科技公司", True),
    ("上海某科技公司", "北京星云智能科技有限公司", False),
    ("某公司", "星云公司", False),
    ("北京某科技公司", "北京某智能科技公司", False),
])
def test_an_anonymised_company_may_be_one_another_outlet_names(anonymised, name, same):
    from kg.unnamed import could_be
    assert could_be(anonymised, name) is same


# invented: a criminal sentence of people the text anonymises, no prosecutor named; then with one
SENTENCED = {
    "hans": "测试法治新闻\n2024年8月2日\n\n乙区法院宣判一起AI诈骗案\n2024年8月1日，甲市乙区人民法院作出一审判决，"
            "以诈骗罪分别判处被告人王某有期徒刑三年、被告人赵某某有期徒刑一年，并处罚金。\n",
    "hant": "測試法治新聞\n2024年8月2日\n\n乙區法院宣判一起AI詐騙案\n2024年8月1日，甲市乙區人民法院作出一審判決，"
            "以詐騙罪分別判處被告人王某有期徒刑三年、被告人趙某某有期徒刑一年，並處罰金。\n",
}


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_a_criminal_sentence_of_anonymised_people_is_a_row(pipeline, tmp_path, name):
    assert _sides(pipeline, tmp_path / f"{name}.txt", SENTENCED[name]) == \
        [([], ["王某", "赵某某" if name == "hans" else "趙某某"])]
    charged = SENTENCED[name].replace("\n2024年8月1日", "\n2024年3月1日，甲市乙區檢察院以詐騙罪對王某提起公訴。2024年8月1日"
                                      if name == "hant" else "\n2024年3月1日，甲市乙区检察院以诈骗罪对王某提起公诉。2024年8月1日")
    ((plaintiffs, defendants),) = _sides(pipeline, tmp_path / f"{name}-charged.txt", charged)
    assert len(plaintiffs) == 1 and "检察院" in plaintiffs[0].replace("檢察", "检察") and defendants[0] == "王某"


def test_a_criminal_sentence_survives_a_graph_read_back_from_turtle(pipeline, tmp_path):
    from kg.rdf import load_graph, write_graph
    path = tmp_path / "hans.txt"
    path.write_text(SENTENCED["hans"], encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    write_graph(graph, tmp_path / "out")
    assert cases(load_graph(tmp_path / "out")) == cases(graph) != []


# invented: a document labelling its plaintiff only, counting the defendants it names before (两被告)
TWO_DEFENDANTS = {
    "hans": "测试法院新闻\n2024年9月3日\n\n首例AI插画著作权案审结\n原告钱某于2023年2月使用AI软件创作插画并发布。2023年5月，宁波某技术公司在网上发布与该插画高度相似的图片。"
            "同时，温州某置业公司在推文中使用该图片。钱某遂向甲市人民法院提起诉讼。法院认为，两被告未经许可传播该图片构成侵权。\n",
    "hant": "測試法院新聞\n2024年9月3日\n\n首例AI插畫著作權案審結\n原告錢某於2023年2月使用AI軟件創作插畫並發布。2023年5月，寧波某技術公司在網上發布與該插畫高度相似的圖片。"
            "同時，溫州某置業公司在推文中使用該圖片。錢某遂向甲市人民法院提起訴訟。法院認為，兩被告未經許可傳播該圖片構成侵權。\n",
}


@pytest.mark.parametrize("name", ["hans", "hant"])
def test_defendants_a_document_counts_are_the_anonymised_companies_it_names(pipeline, tmp_path, name):
    ((plaintiffs, defendants),) = _sides(pipeline, tmp_path / f"{name}.txt", TWO_DEFENDANTS[name])
    assert len(plaintiffs) == 1 and [d[:2] for d in defendants] == (["宁波", "温州"] if name == "hans" else ["寧波", "溫州"])
    three = TWO_DEFENDANTS[name].replace("两被告", "三被告").replace("兩被告", "三被告")
    assert _sides(pipeline, tmp_path / f"{name}-three.txt", three) == []  # three counted, two named: no row


def test_a_labelled_plaintiff_the_graph_names_sues_an_anonymised_defendant(pipeline, tmp_path):
    text = ("测试法院案例\n2024年7月1日\n\n图片著作权案\n原告腾讯使用AI软件生成一幅图片并发布。被告刘某在文章中使用了该图片。"
            "原告认为被告的行为侵犯其著作权，遂诉至北京互联网法院。\n")
    ((plaintiffs, defendants),) = _sides(pipeline, tmp_path / "named.txt", text)
    assert plaintiffs == ["腾讯"] and defendants == ["刘某"]


@pytest.mark.parametrize("short, full, apart", [
    ("On September 16, 2025, Lumen Studios and Orbit Pictures sued Vexo.",
     "Lumen Studios and Orbit Pictures Group sued Vexo in September 2025.", "Orbit Pictures Group and its unit Orbit Pictures sued Vexo."),
    ("2025年9月16日，流明影业和轨道影业作为共同原告起诉Vexo。", "流明影业、轨道影业集团联合起诉Vexo。", "轨道影业集团及其子公司轨道影业起诉Vexo。"),
    ("2025年9月16日，流明影業和軌道影業作為共同原告起訴Vexo。", "流明影業、軌道影業集團聯合起訴Vexo。", "軌道影業集團及其子公司軌道影業起訴Vexo。"),
])
@pytest.mark.parametrize("known", [False, True])  # the family told by a partOf fact, or known to the knowledge base
def test_a_unit_and_its_parent_never_named_apart_are_one_plaintiff(short, full, apart, known):
    unit, group = _known_unit() if known else ("unit", "group")

    def graph_of(*sentences: str) -> KnowledgeGraph:
        graph = _graph(("lumen", "Company", "Lumen Studios"), (unit, "Company", "Orbit Pictures"),
                       (group, "Company", "Orbit Pictures Group"), ("d", "Company", "Vexo"))
        for node, names in (("lumen", {"流明影业", "流明影業"}), (unit, {"轨道影业", "軌道影業"}),
                            (group, {"轨道影业集团", "軌道影業集團"})):
            graph.entity(node)["labels"] |= names
        if not known:
            graph.add_fact(unit, "partOf", group, _evidence("Orbit Pictures is a unit of Orbit Pictures Group.", "2025"))
        for index, sentence in enumerate(sentences):
            for plaintiff in ("lumen", unit, group):
                if plaintiff == "lumen" or any(label.lower() in sentence.lower() for label in graph.entity(plaintiff)["labels"]):
                    graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2025-09-16", document=f"{index}.txt"))
        return graph
    ((suit,),) = [suits(graph_of(short, full))]
    assert suit.plaintiffs == sorted([group, "lumen"])
    assert sorted(suits(graph_of(short, full, apart))[0].plaintiffs) == sorted([group, "lumen", unit])


def _known_unit() -> tuple[str, str]:
    """The ids of a company the knowledge base knows as a unit of another company."""
    from kg.kb import KnowledgeBase
    entries = KnowledgeBase.load().entries
    return next((entry.id, entry.parent) for entry in entries.values() if entry.type == "Company"
                and entry.parent in entries and entries[entry.parent].type == "Company")


@pytest.mark.parametrize("text", [
    "测试新闻\n2024年2月1日\n\n全国首例，乙市互联网法院判决AI生成图片侵权\n原告周某某诉被告吴某某著作权纠纷一案由甲市互联网法院审理。\n",
    "測試新聞\n2024年2月1日\n\n全國首例，乙市互聯網法院判決AI生成圖片侵權\n原告周某某訴被告吳某某著作權糾紛一案由甲市互聯網法院審理。\n",
])
def test_a_headline_about_another_court_gives_an_anonymised_suit_no_event(pipeline, tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    (row,) = [suit for suit in suits(graph) if suit.plaintiffs == ["周某某"]]
    assert [event.kind for event in row.events] == []


@pytest.mark.parametrize("sentence, one_suit", [
    ("Lumen Studios has joined Orbit Pictures and Vexo Media in suing Pixelry.", False),
    ("Lumen Studios, following Orbit Pictures and Vexo Media in suing Pixelry, filed its complaint on Monday.", False),
    ("继轨道影业和维克索传媒之后，流明影业也起诉了Pixelry。", False),
    ("繼軌道影業和維克索傳媒之後，流明影業也起訴了Pixelry。", False),
    ("流明影业加入轨道影业、维克索传媒的行列起诉Pixelry。", False),
    ("Lumen Studios joined Orbit Pictures and Vexo Media in a lawsuit against Pixelry.", True),  # one suit joined
    ("轨道影业、维克索传媒和流明影业相继起诉Pixelry。", True),
    ("流明影业继续与轨道影业、维克索传媒一起起诉Pixelry之后的程序。", True),
])
def test_those_a_plaintiff_followed_in_suing_are_no_plaintiffs_of_its_suit(sentence, one_suit):
    graph = _graph(("lumen", "Company", "Lumen Studios"), ("orbit", "Company", "Orbit Pictures"),
                   ("vexo", "Company", "Vexo Media"), ("d", "Company", "Pixelry"))
    for node, names in (("lumen", {"流明影业", "流明影業"}), ("orbit", {"轨道影业", "軌道影業"}),
                        ("vexo", {"维克索传媒", "維克索傳媒"})):
        graph.entity(node)["labels"] |= names
    for plaintiff in ("lumen", "orbit", "vexo"):
        graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2025-09-04"))
    (suit,) = suits(graph)
    assert suit.plaintiffs == (["lumen", "orbit", "vexo"] if one_suit else ["lumen"])


@pytest.mark.parametrize("sentence", ["Ohio has joined Texas and Utah in suing Pixelry.",
                                      "Ohio joined Texas and Utah in suing Pixelry over its app."])
def test_governments_joining_others_in_suing_bring_one_suit(sentence):
    graph = _graph(("ohio", "Jurisdiction", "Ohio"), ("texas", "Jurisdiction", "Texas"),
                   ("utah", "Jurisdiction", "Utah"), ("d", "Company", "Pixelry"))
    for node in ("ohio", "texas", "utah"):
        graph.add_fact(node, "sued", "d", _evidence(sentence, "2025-09-04"))
    assert [sorted(suit.plaintiffs) for suit in suits(graph)] == [["ohio", "texas", "utah"]]


@pytest.mark.parametrize("alone, others, joint", [
    ("Lumen Studios sued Pixelry in the Northern Court.", "On June 11, 2025, Orbit Pictures and Vexo Media sued Pixelry in the Northern Court.",
     "Lumen Studios, Cobalt Films and Orbit Pictures jointly sued Pixelry."),
    ("流明影业在北区法院起诉Pixelry。", "2025年6月11日，轨道影业和维克索传媒在北区法院起诉Pixelry。", "流明影业、钴蓝电影及轨道影业联合起诉Pixelry。"),
    ("流明影業在北區法院起訴Pixelry。", "2025年6月11日，軌道影業和維克索傳媒在北區法院起訴Pixelry。", "流明影業、鈷藍電影及軌道影業聯合起訴Pixelry。"),
])
def test_plaintiffs_suing_jointly_are_one_suit_though_reports_name_them_apart(alone, others, joint):
    graph = _graph(("lumen", "Company", "Lumen Studios"), ("cobalt", "Company", "Cobalt Films"),
                   ("orbit", "Company", "Orbit Pictures"), ("vexo", "Company", "Vexo Media"),
                   ("d", "Company", "Pixelry"), ("north", "Court", "Northern Court"))
    for node, names in (("lumen", {"流明影业", "流明影業"}), ("cobalt", {"钴蓝电影", "鈷藍電影"}),
                        ("orbit", {"轨道影业", "軌道影業"}), ("vexo", {"维克索传媒", "維克索傳媒"}),
                        ("north", {"北区法院", "北區法院"})):
        graph.entity(node)["labels"] |= names
    for index, (sentence, plaintiffs) in enumerate(((alone, ("lumen",)), (others, ("orbit", "vexo")),
                                                    (joint, ("lumen", "cobalt", "orbit")))):
        for plaintiff in plaintiffs:
            graph.add_fact(plaintiff, "sued", "d", _evidence(sentence, "2025-06-12", document=f"{index}.txt"))
    assert any({"lumen", "cobalt", "orbit"} <= set(suit.plaintiffs) for suit in suits(graph))


# invented: one suit told by the news with its parties' names and by a court's reference case anonymising them
NEWS_NAMED = ("测试新闻\n2024年4月24日\n\n声音侵权案宣判\n2024年4月23日，北京互联网法院对刘某某诉北京星辰智能科技有限公司、"
              "上海云帆网络科技有限公司声音权侵权案作出一审判决。\n")
CASE_ANONYMISED = ("测试案例库\n2025年1月2日\n\n入库参考案例：{plaintiff}诉北京某智能科技公司等人格权纠纷案\n原告{plaintiff}系配音演员，"
                   "2023年5月，{plaintiff}发现他人利用其配音制作的作品在多个APP广泛流传，遂起诉被告一北京某智能科技公司、被告二上海某网络科技公司。\n")


@pytest.mark.parametrize("convert", [str, traditional])
@pytest.mark.parametrize("plaintiff, one_suit", [("刘某琪", True), ("刘某", True), ("王某琪", False)])
def test_an_anonymised_telling_of_a_named_suit_is_its_row(pipeline, tmp_path, convert, plaintiff, one_suit):
    paths = []
    for name, text in (("news.txt", NEWS_NAMED), ("case.txt", CASE_ANONYMISED.format(plaintiff=plaintiff))):
        paths.append(tmp_path / name)
        paths[-1].write_text(convert(text), encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path) for path in paths]))
    rows = cases(graph)
    if not one_suit:  # another surname: another person's suit
        assert len(rows) == 2
        return
    (row,) = rows
    assert len(row["defendants"]) == 2 and not any("某" in party for party in row["defendants"])
    assert row["court"] in ("北京互联网法院", "北京互聯網法院")


# invented: one report of labels suing two companies, then a case against each told apart (or one case against both)
AGAINST_EACH = {
    "en": ("On June 24, 2024, Sony Music and Universal Music Group sued Tunecraft Inc. and Echo Labs Inc. over AI training. "
           "The case against Tunecraft Inc. was filed in the United States District Court for the District of Massachusetts; "
           "the case against Echo Labs Inc. was filed in the United States District Court for the Southern District of New York."),
    "zh": ("2024年6月24日，索尼音乐和环球音乐集团起诉了Tunecraft Inc.和Echo Labs Inc.。对Tunecraft Inc.的诉讼在美国马萨诸塞州联邦地区法院"
           "提起，对Echo Labs Inc.的诉讼在美国纽约南区联邦地区法院提起。"),
}
AGAINST_BOTH = ("On June 24, 2024, Sony Music and Universal Music Group sued Tunecraft Inc. and Echo Labs Inc. over AI training. "
                "The lawsuit against Tunecraft Inc. and Echo Labs Inc. was filed in the United States District Court for the "
                "District of Massachusetts.")


@pytest.mark.parametrize("text, each", [(AGAINST_EACH["en"], True), (AGAINST_EACH["zh"], True),
                                        (traditional(AGAINST_EACH["zh"]), True), (AGAINST_BOTH, False)])
def test_a_case_told_against_each_defendant_is_a_suit_per_defendant(pipeline, tmp_path, text, each):
    path = tmp_path / "labels.txt"
    path.write_text("测试新闻\n2024年6月25日\n\n唱片公司起诉\n" + text + "\n", encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    rows = {tuple(row["defendants"]): row["court"] for row in cases(graph)}
    if not each:
        assert len(rows) == 1 and len(next(iter(rows))) == 2
        return
    assert set(rows) == {("Tunecraft Inc.",), ("Echo Labs Inc.",)}
    assert "马萨诸塞" in rows[("Tunecraft Inc.",)] and "纽约南区" in rows[("Echo Labs Inc.",)]


@pytest.mark.parametrize("filing, naming, joined", [
    ("2025年10月22日，甲平台在纽约联邦法院起诉Perplexity及其他三家公司非法抓取数据。",
     "甲平台指控，立陶宛公司Crawlex、俄罗斯公司ProxNet和德州公司SerpHub未经许可抓取其数据。", True),
    ("2025年10月22日，甲平台在紐約聯邦法院起訴Perplexity及其他三家公司非法抓取數據。",
     "甲平台指控，立陶宛公司Crawlex、俄羅斯公司ProxNet和德州公司SerpHub未經許可抓取其數據。", True),
    ("On October 22, 2025, Acme sued Perplexity and three other companies in federal court in New York.",
     "Acme said Crawlex, based in Lithuania, ProxNet, based in Russia, and SerpHub, based in Texas, scraped its data.", True),
    ("On October 22, 2025, Acme sued Perplexity and two other companies in federal court in New York.",  # a count not met
     "Acme said Crawlex, based in Lithuania, ProxNet, based in Russia, and SerpHub, based in Texas, scraped its data.", False),
])
def test_a_count_of_other_defendants_is_the_companies_a_later_sentence_names(filing, naming, joined):
    graph = _graph(("acme", "Company", "Acme"), ("perplexity", "Company", "Perplexity"), ("crawlex", "Company", "Crawlex"),
                   ("proxnet", "Company", "ProxNet"), ("serphub", "Company", "SerpHub"), ("lt", "Jurisdiction", "Lithuania"))
    graph.entity("acme")["labels"].add("甲平台")
    graph.add_fact("acme", "sued", "perplexity", _evidence(filing, "2025-10-22"))
    for company in ("crawlex", "proxnet", "serphub"):  # the later sentence, as the graph keeps it: a fact's evidence
        graph.add_fact(company, "jurisdiction", "lt", Evidence("a.txt", "t", naming, 200, 200 + len(naming), "2025-10-22"))
    (suit,) = suits(graph)
    assert sorted(suit.defendants) == (["crawlex", "perplexity", "proxnet", "serphub"] if joined else ["perplexity"])


def _sentence_graph(sentence: str, pairs: list[tuple[str, str]], labels: dict[str, str]) -> KnowledgeGraph:
    """The sued facts ``pairs`` all read in one sentence, over entities labelled ``labels``."""
    graph = KnowledgeGraph()
    for node, label in labels.items():
        graph.add_entity(Entity(node, "Company", label))
    for head, tail in pairs:
        graph.add_fact(head, "sued", tail, Evidence("d.txt", "t1", sentence, 0, len(sentence), "2024-06-24"))
    return graph


_OUTLETS = {"a": "甲报", "c": "丙报", "e": "戊报", "b": "乙公司", "d": "丁公司"}
_RESPECTIVELY = [  # (sentence, rows): invented, the plaintiffs' suits apart or the defendants'
    ("2024年6月24日，甲报、丙报和戊报三家媒体在北区分别提起诉讼，指控乙公司和丁公司侵权。",
     [(["a"], ["b", "d"]), (["c"], ["b", "d"]), (["e"], ["b", "d"])]),
    ("甲报与丙报日前分别提起诉讼，称乙公司及丁公司未经许可使用其报道训练模型。",
     [(["a"], ["b", "d"]), (["c"], ["b", "d"])]),
    ("2024年6月24日，甲报分别起诉乙公司和丁公司。", [(["a"], ["b"]), (["a"], ["d"])]),
    ("2024年6月24日，甲报和丙报分别向乙公司和丁公司提起诉讼。", [(["a", "c"], ["b"]), (["a", "c"], ["d"])]),
]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("sentence, rows", _RESPECTIVELY)
def test_respectively_before_a_filing_whose_defendants_come_in_the_allegation_is_a_suit_per_plaintiff(sentence, rows, script):
    text = sentence if script == "hans" else traditional(sentence)
    labels = {node: (label if script == "hans" else traditional(label)) for node, label in _OUTLETS.items()}
    pairs = [(head, tail) for head in "ace" if labels[head] in text for tail in "bd" if labels[tail] in text]
    graph = _sentence_graph(text, pairs, labels)
    assert sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph)) == rows


def test_english_each_after_the_plaintiffs_is_a_suit_each_whose_defendants_come_in_the_allegation():
    labels = {"a": "Harbor Records", "c": "Northwind Music", "b": "Tunecraft", "d": "Lumen Labs"}
    sentence = ("Harbor Records and Northwind Music each filed suit on Monday, accusing Tunecraft and Lumen Labs"
                " of copying their catalogues.")
    graph = _sentence_graph(sentence, [("a", "b"), ("a", "d"), ("c", "b"), ("c", "d")], labels)
    assert sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph)) == [(["a"], ["b", "d"]), (["c"], ["b", "d"])]


_APART = {  # invented: one plaintiff's suit, then another told as separate, naming the first's defendant too
    "hans": ("2025年8月，甲公司在北区法院起诉乙公司窃取商业秘密。", "甲公司另行起诉丙公司，称其与乙公司合谋排挤对手。",
             "2025年8月，甲公司起诉丙公司和乙公司，指控二者垄断市场。"),
    "en": ("In August 2025, Acme sued Birch in the North court for stealing trade secrets.",
           "Acme has separately sued Cedar, accusing it of conspiring with Birch to shut out rivals.",
           "In August 2025, Acme sued Cedar and Birch, accusing the two of monopolising the market."),
}
_APART["hant"] = tuple(traditional(sentence) for sentence in _APART["hans"])


@pytest.mark.parametrize("script", ["hans", "hant", "en"])
def test_a_suit_told_as_separate_is_another_row_which_a_report_naming_all_its_defendants_joins(script):
    labels = {"a": "Acme", "b": "Birch", "c": "Cedar"} if script == "en" else \
        {"a": "甲公司", "b": "乙公司", "c": "丙公司"}
    first, separate, other = _APART[script]
    graph = KnowledgeGraph()
    for node, label in labels.items():
        graph.add_entity(Entity(node, "Company", traditional(label) if script == "hant" else label))
    graph.add_fact("a", "sued", "b", Evidence("d1.txt", "t1", first, 0, 40, "2025-08"))
    graph.add_fact("a", "sued", "c", Evidence("d1.txt", "t1", separate, 50, 90, "2025-08"))
    for tail in "bc":
        graph.add_fact("a", "sued", tail, Evidence("d2.txt", "t1", other, 0, 40, "2025-08"))
    rows = sorted((suit.defendants, sorted({e.document for e in suit.evidence})) for suit in suits(graph))
    assert rows == [(["b"], ["d1.txt"]), (["b", "c"], ["d1.txt", "d2.txt"])]


_ROLE = {  # invented: a suit told by its parties in one document, by a defined role word in another
    "hans": ("2025年3月，甲协会在北区法院起诉乙公司。",
             "2025年11月11日，北区法院对甲协会诉乙公司关联企业（以下简称“被告”）侵权纠纷案作出一审判决。"),
    "en": ("In March 2025, Alpha Society sued Beta Corp in the North court.",
           "On 11 November 2025, the North court ruled for Alpha Society against Beta Corp's affiliates (the defendants)."),
}
_ROLE["hant"] = tuple(traditional(sentence) for sentence in _ROLE["hans"])


def _role_graph(script: str, role: str) -> KnowledgeGraph:
    first, second = _ROLE[script]
    latin = script == "en"
    labels = {"a": "Alpha Society" if latin else "甲协会", "b": "Beta Corp" if latin else "乙公司",
              "r": role, "north": "North court" if latin else "北区法院"}
    graph = KnowledgeGraph()
    for node, label in labels.items():
        kind = "Court" if node == "north" else "Company"
        graph.add_entity(Entity(node, kind, traditional(label) if script == "hant" else label))
    graph.add_fact("a", "sued", "b", Evidence("d1.txt", "t1", first, 0, 30, "2025-03"))
    graph.add_fact("a", "sued", "r", Evidence("d2.txt", "t1", second, 0, 60, "2025-11-11"))
    graph.add_fact("north", "adjudicated", "r", Evidence("d2.txt", "t1", second, 0, 60, "2025-11-11"))
    return graph


@pytest.mark.parametrize("script", ["hans", "hant", "en"])
def test_a_party_worded_by_its_role_only_is_the_row_of_the_same_other_side(script):
    role = "the defendants" if script == "en" else "被告"
    (suit,) = suits(_role_graph(script, role))
    assert (suit.plaintiffs, suit.defendants, suit.court) == (["a"], ["b"], "north")
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-11-11")]
    assert {e.document for e in suit.evidence} == {"d1.txt", "d2.txt"}


def test_a_party_worded_by_a_name_is_no_role_and_stays_a_row_of_its_own():
    assert len(suits(_role_graph("hans", "丙公司"))) == 2


def test_an_undated_report_of_an_event_is_the_dated_one_of_its_kind():
    graph = _role_graph("hans", "被告")
    graph.add_fact("north", "adjudicated", "b", Evidence("d3.txt", "t1", "北区法院判决乙公司停止侵权。", 0, 14, None))
    (suit,) = suits(graph)
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-11-11")]


_PLAINTIFF_RULED = {  # invented: A's own suit against B, then a ruling against A in another story
    "hans": ("2024年3月，甲公司起诉乙公司。", "北区法院裁定甲公司侵犯著作权。", "北区法院驳回甲公司对乙公司的部分诉请。"),
    "en": ("In March 2024, Acme sued Birch.", "The North court ruled against Acme on copyright.",
           "The North court dismissed part of Acme's claims against Birch."),
}
_PLAINTIFF_RULED["hant"] = tuple(traditional(sentence) for sentence in _PLAINTIFF_RULED["hans"])


@pytest.mark.parametrize("script", ["hans", "hant", "en"])
def test_a_ruling_on_a_suits_plaintiff_is_its_event_only_where_it_names_a_defendant(script):
    filing, other, own = _PLAINTIFF_RULED[script]
    latin = script == "en"
    graph = KnowledgeGraph()
    for node, label in {"a": "Acme" if latin else "甲公司", "b": "Birch" if latin else "乙公司",
                        "north": "North court" if latin else "北区法院"}.items():
        graph.add_entity(Entity(node, "Court" if node == "north" else "Company", traditional(label) if script == "hant" else label))
    graph.add_fact("a", "sued", "b", Evidence("d1.txt", "t1", filing, 0, 20, "2024-03"))
    graph.add_fact("north", "adjudicated", "a", Evidence("d2.txt", "t1", other, 0, 20, "2025-01-10"))
    (suit,) = suits(graph)
    assert suit.events == []
    graph.add_fact("north", "adjudicated", "a", Evidence("d3.txt", "t1", own, 0, 20, "2025-02-10"))
    (suit,) = suits(graph)
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-02-10")]


# invented: a precedent named by its caption alone, in a story of another suit
PRECEDENT = {
    "en": "Test Legal Wire\nMarch 4, 2025\n\nFirm fined over invented citations\n"
          "The New York Times sued OpenAI in the Southern District of New York on January 9, 2025. "
          "Lawyers for the newspaper cited Pellam v. Orsk, a case that does not exist. "
          "On March 3, 2025, the court fined the lawyers $5,000.\n",
    "hans": "测试法律周刊\n2025年3月4日\n\n律师因虚构判例被罚款\n"
            "2025年1月9日，星岚科技在甲市中级人民法院起诉卓汇科技。星岚科技的律师援引了“宁远诉岳川案”。"
            "2025年3月3日，甲市中级人民法院判决卓汇科技赔偿50万元。\n",
}
PRECEDENT["hant"] = traditional(PRECEDENT["hans"])


@pytest.mark.parametrize("name, sides", [
    # an English caption a sentence only cites ("cited Pellam v. Orsk, a case that does not
    # exist") is no row since round 75 (kg.facts.grammar.cites_precedent: the real texts' suits
    # list no cited precedent): tests/test_cases_cited_and_offices.py
    ("hans", (["宁远"], ["岳川"])),
    ("hant", (["寧遠"], ["嶽川"])),
])
def test_a_precedent_told_by_its_caption_alone_is_a_row_of_its_own(pipeline, tmp_path, name, sides):
    from kg.rdf import load_graph, write_graph
    path = tmp_path / f"{name}.txt"
    path.write_text(PRECEDENT[name], encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    rows = cases(graph)
    precedent = [row for row in rows if (row["plaintiffs"], row["defendants"]) == sides]
    assert len(precedent) == 1 and len(rows) == 2  # the suit the story tells, and the precedent, once each
    (row,) = precedent
    assert row["court"] is None and row["filed"] is None and row["events"] == []  # nothing borrowed from the other suit
    write_graph(graph, tmp_path / "out")
    assert cases(load_graph(tmp_path / "out")) == rows  # the row read back from the triples


def test_a_caption_whose_side_may_name_a_party_of_the_graph_is_no_caption_row():
    from kg.unnamed import _Captions, _Names
    graph = _graph(("k", "Person", "Erin Kistler"), ("e", "Company", "Eightfold AI"), ("s", "Company", "Stability AI"),
                   ("c1", "Case", "Kistler et al. v. Eightfold AI Inc."), ("c2", "Case", "Andersen v. Stability"),
                   ("c3", "Case", "Vance v. Orlick"), ("c4", "Case", "梁某诉某科技公司案"), ("c5", "Case", "宁远诉岳川案"))
    graph.entity("c5")["labels"].add("寧遠訴嶽川案")
    captions = _Captions(graph, _Names(graph))
    assert captions.sides == {"Vance v. Orlick": (["Vance"], ["Orlick"]), "宁远诉岳川案": (["宁远"], ["岳川"]),
                              "寧遠訴嶽川案": (["寧遠"], ["嶽川"])}
    assert captions.read("Lawyers argued over Vance v. Orlick and 寧遠訴嶽川案.") == [(["Vance"], ["Orlick"]), (["寧遠"], ["嶽川"])]


# invented: a named party and an anonymised one, joined by a filing verb in several wordings
SUED_ANONYMISED = [
    "2024年5月，腾讯向甲市人民法院起诉前员工田某某，要求赔偿800万元。",
    "2024年5月，田某某已被腾讯起诉，腾讯要求其赔偿800万元。",
    "2024年5月，腾讯将田某某诉至甲市人民法院，要求赔偿800万元。",
    "2024年5月，腾讯起诉了实习生田某某。",
]


@pytest.mark.parametrize("sentence", SUED_ANONYMISED + [traditional(one) for one in SUED_ANONYMISED])
def test_a_filing_verb_between_a_named_and_an_anonymised_party_is_a_row(pipeline, tmp_path, sentence):
    rows = _sides(pipeline, tmp_path / "a.txt", f"测试法律网\n2024年5月20日\n\n案件\n{sentence}\n")
    assert [(p, d) for p, d in rows if "田某某" in d] == [(["腾讯"], ["田某某"])]  # (the knowledge base's label)


@pytest.mark.parametrize("sentence", ["2024年5月，田某某起诉腾讯，要求赔偿。", "2024年5月，田某某向甲市人民法院起訴騰訊。"])
def test_an_anonymised_plaintiff_before_the_filing_verb_sues_the_named_party(pipeline, tmp_path, sentence):
    rows = _sides(pipeline, tmp_path / "a.txt", f"测试法律网\n2024年5月20日\n\n案件\n{sentence}\n")
    assert [(p, d) for p, d in rows if "田某某" in p] == [(["田某某"], ["腾讯"])]


def test_a_filing_verb_naming_no_anonymised_party_or_a_complaint_is_no_row():
    from kg.unnamed import _Anonymised, _Names, _sued
    graph = _graph(("t", "Company", "腾讯"), ("b", "Company", "百度"))
    names = _Names(graph)
    for sentence in ("腾讯起诉百度。", "田某某起诉状称腾讯侵权。", "田某某提交起诉书。", "法院受理了起诉。"):
        assert [side for side in _sued(sentence, names, _Anonymised(sentence))
                if any("某" in party for party in side[0] + side[1])] == []
    sentence = "腾讯起诉百度和田某某。"
    assert _sued(sentence, names, _Anonymised(sentence)) == [(["t"], ["b", "田某某"])]
    sentence = "被告人田某某起诉腾讯。"  # 被 of a role word is no passive
    assert _sued(sentence, names, _Anonymised(sentence)) == [(["田某某"], ["t"])]


# invented: a prosecution whose defendant stands after a description of the charge, or a role word
CHARGED_DESCRIBED = [
    "杭州市萧山区人民检察院近日对涉嫌侵犯公民个人信息罪的被告人丁某某提起了公诉。",
    "杭州市萧山区人民检察院以涉嫌侵犯公民个人信息罪对被告人丁某某提起公诉。",
]


@pytest.mark.parametrize("sentence", CHARGED_DESCRIBED + [traditional(one) for one in CHARGED_DESCRIBED])
def test_a_prosecution_of_a_party_after_its_charge_or_role_is_a_row(pipeline, tmp_path, sentence):
    rows = _sides(pipeline, tmp_path / "a.txt", f"测试检察新闻\n2024年5月6日\n\n提起公诉\n{sentence}\n")
    assert [d for _, d in rows] == [["丁某某"]] and len(rows[0][0]) == 1 and rows[0][0][0].endswith(("检察院", "檢察院"))


@pytest.mark.parametrize("sentence, plaintiff", [
    ("The estates of two patients filed a lawsuit against OpenAI on March 3, 2025.", "the estates of two patients"),
    ("A group of Canadian news publishers sued OpenAI on March 3, 2025.", "a group of Canadian news publishers"),
    ("Two job applicants filed a proposed class action against OpenAI on March 3, 2025.", "two job applicants"),
    ("2025年3月3日，多家加拿大新闻出版商起诉OpenAI。", "多家加拿大新闻出版商"),
    (traditional("2025年3月3日，多家加拿大新闻出版商起诉OpenAI。"), traditional("多家加拿大新闻出版商")),
    ("2025年3月3日，两名求职者起诉OpenAI。", "两名求职者"),
])
def test_plaintiffs_described_as_publishers_patients_or_applicants_are_a_row(pipeline, tmp_path, sentence, plaintiff):
    path = tmp_path / "a.txt"
    path.write_text(f"Test Wire\n2025年3月4日\n\nSuits\n{sentence}\n", encoding="utf-8")
    rows = cases(pipeline.graph(pipeline.process_documents([read_document(path)])))
    assert [(row["plaintiffs"], row["defendants"], row["filed"]) for row in rows] == [([plaintiff], ["OpenAI"], "2025-03-03")]


def test_a_caption_row_keeps_a_company_joined_by_ampersand_and_drops_the_others():
    from kg.unnamed import _Captions, _Names
    graph = _graph(("g", "Company", "谷歌"), ("c1", "Case", "Gauthier v. Goodyear Tire & Rubber Co."),
                   ("c2", "Case", "Anil Kapoor v. Simply Life India & Ors"), ("c3", "Case", "er BV v. Aslam案中"),
                   ("c4", "Case", "美国司法部诉谷歌搜索案"), ("c5", "Case", "Vance and Ors v. Orsk Labs and Others"))
    assert _Captions(graph, _Names(graph)).sides == {
        "Gauthier v. Goodyear Tire & Rubber Co.": (["Gauthier"], ["Goodyear Tire & Rubber Co."]),
        "Anil Kapoor v. Simply Life India & Ors": (["Anil Kapoor"], ["Simply Life India"]),
        "Vance and Ors v. Orsk Labs and Others": (["Vance"], ["Orsk Labs"])}


@pytest.mark.parametrize("label", [
    "经甲市检察院提起公诉,7月4日,法院开庭审理该案",
    traditional("经甲市检察院提起公诉,7月4日,法院开庭审理该案"),
    "乙公司不服一审判决提起上诉,二审法院审理该案",
    traditional("乙公司不服一审判决提起上诉,二审法院审理该案"),
])
def test_a_case_name_whose_su_is_inside_a_word_links_no_sides(label):
    """诉 inside 公诉, 上诉 or 起诉 (a name read around a prosecution or an appeal) is no caption's
    link: no row whose plaintiff is 经甲市检察院提起公 and whose defendant is a date."""
    from kg.cases import case_sides
    from kg.unnamed import _Captions, _Names
    assert case_sides(label.replace("訴", "诉")) is None
    graph = _graph(("c", "Case", label))
    assert _Captions(graph, _Names(graph)).sides == {}


@pytest.mark.parametrize("label, sides", [
    ("甲市检察院诉王某案", (("甲市检察院",), ("王某",))),
    ("Vance v. Orlick", (("Vance",), ("Orlick",))),
])
def test_a_caption_link_still_parts_its_sides(label, sides):
    from kg.cases import case_sides
    assert case_sides(label) == sides


SIMILAR_SUIT = {
    "hans": ("2025年9月16日，甲影业、乙影业和丙传媒联合起诉星河科技。", "本月初，丙传媒也对蓝图智能提出类似诉讼，形成围剿之势。"),
    "en": ("On September 16, 2025, Alpha Pictures, Beta Studios and Gamma Media jointly sued Nova Labs.",
           "Earlier this month, Gamma Media also filed a similar lawsuit against Blueprint AI."),
}
SIMILAR_SUIT["hant"] = tuple(traditional(one) for one in SIMILAR_SUIT["hans"])


@pytest.mark.parametrize("name", ["hans", "hant", "en"])
def test_a_similar_suit_its_item_tells_is_a_suit_of_its_own(name):
    """X也对Y提起类似诉讼 after A、B和X起诉Z: a second suit, like the first; Y is no defendant of
    the first, though the report tells no filing date or court of its own."""
    graph = _graph(("a", "Company", "甲影业"), ("b", "Company", "乙影业"), ("g", "Company", "丙传媒"),
                   ("z", "Company", "星河科技"), ("y", "Company", "蓝图智能"))
    for node, english in (("a", "Alpha Pictures"), ("b", "Beta Studios"), ("g", "Gamma Media"),
                          ("z", "Nova Labs"), ("y", "Blueprint AI")):
        graph.entity(node)["labels"] |= {english, traditional(graph.entity(node)["label"])}
    first, second = SIMILAR_SUIT[name]
    for plaintiff in ("a", "b", "g"):
        graph.add_fact(plaintiff, "sued", "z", Evidence("a.txt", "t", first, 0, len(first), "2025-09-20"))
    graph.add_fact("g", "sued", "y", Evidence("a.txt", "t", second, len(first), len(first) + len(second), "2025-09-20"))
    assert sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph)) == [(["a", "b", "g"], ["z"]), (["g"], ["y"])]


@pytest.mark.parametrize("title", ["甲公司遭用户集体投诉", "乙公司驳回上诉请求后股价大涨", "丙公司遭檢方公訴"])
def test_a_headline_with_a_word_holding_su_names_no_case(title):
    """诉 inside 投诉, 上诉, 公诉 (訴 in Traditional) links no case's sides, in a headline as in a
    case's name (CASE_PARTIES): the title sums its story up and stays a headline."""
    assert is_headline(_evidence(title, "2024", item=title))


@pytest.mark.parametrize("name, sides", [("甲公司訴乙公司案", (("甲公司",), ("乙公司",))),
                                         ("甲公司上訴乙公司案", None)])
def test_a_traditional_case_name_gives_its_sides(name, sides):
    """甲公司訴乙公司案: 訴 links a case's sides as 诉 does; 上訴 is no link."""
    assert case_sides(name) == sides


@pytest.mark.parametrize("name", ["甲公司被诉侵权一案", "甲公司被訴侵權一案", "甲公司诉请乙公司赔偿一案", "甲公司诉至乙法院案"])
def test_su_inside_a_word_of_its_own_parts_no_case_name(name):
    """被诉, 诉请, 诉至: no link between a case's sides, in case_sides as in the unnamed parties'
    reading (kg.unnamed.SIDES_LINK, one pattern for both)."""
    assert case_sides(name) is None


@pytest.mark.parametrize("second", ["Orbit Media joined the lawsuit, making similar claims against Nova Labs.",
                                    "轨道传媒也作为共同原告加入诉讼，对星河科技提出类似诉讼请求。"])
def test_a_party_joining_a_suit_with_similar_claims_joins_it(second):
    """Orbit Media joined the lawsuit, making similar claims: joining the item's suit, not a similar
    suit of its own (similar_suit yields to joined_suit)."""
    first = "On March 3, 2025, Alpha Corp sued Nova Labs (星河科技)."
    graph = _graph(("a", "Company", "Alpha Corp"), ("o", "Company", "Orbit Media"), ("z", "Company", "Nova Labs"))
    graph.entity("o")["labels"] |= {"轨道传媒"}
    graph.entity("z")["labels"] |= {"星河科技"}
    graph.add_fact("a", "sued", "z", Evidence("a.txt", "t", first, 0, len(first), "2025-03-05"))
    graph.add_fact("o", "sued", "z", Evidence("a.txt", "t", second, len(first), len(first) + len(second), "2025-03-05"))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["a", "o"], ["z"])]


@pytest.mark.parametrize("sentence", ["2025年3月3日，得克萨斯州起诉星河科技。", "2025年3月3日，得克萨斯州向法院起诉星河科技。",
                                      "2025年3月3日，得克萨斯州已对星河科技提起诉讼。",
                                      traditional("2025年3月3日，得克萨斯州已对星河科技提起诉讼。"),
                                      "On March 3, 2025, Texas sued Nova Labs."])
def test_a_place_that_sues_is_the_suits_party_in_chinese_as_in_english(sentence):
    """得克萨斯州起诉X, 得克萨斯州向法院起诉X: the state acts (context.tsv place_acts), no word
    describing a name after it (起诉人工智能公司的美国大型报纸: 美国 describes)."""
    graph = _graph(("t", "Jurisdiction", "得克萨斯州"), ("z", "Company", "星河科技"))
    graph.entity("t")["labels"] |= {"Texas", traditional("得克萨斯州")}
    graph.entity("z")["labels"] |= {"Nova Labs", traditional("星河科技")}
    graph.add_fact("t", "sued", "z", _evidence(sentence, "2025-03-05"))
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["t"], ["z"])]
