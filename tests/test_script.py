"""Traditional script: read in Simplified, reported in the document's own characters."""
from __future__ import annotations

import opencc
import pytest
from rdflib import Graph, Literal

from kg.model import Document
from kg.rdf import DATA, GRAPH_FILE, write_graph
from kg.script import Alignment, Conversion, Reading, is_traditional, language_tags, simplified

# Our own words: one regulator's inquiry and one lawsuit, as a Mainland newsletter has them.
SIMPLIFIED = """一、监管动态

1. 美国联邦贸易委员会对Clearview AI展开调查

发布日期：2024年3月5日

来源：路透社

摘要：美国联邦贸易委员会宣布对Clearview AI展开调查，审查其人脸识别服务。

2. 纽约时报起诉OpenAI和微软

发布日期：2023年12月27日

摘要：《纽约时报》向纽约南区联邦地区法院起诉微软和OpenAI，指控其侵犯著作权。
"""
TRADITIONAL = opencc.OpenCC("s2t").convert(SIMPLIFIED)


def _document(text: str, name: str = "issue.txt") -> Document:
    return Document(name, name, text, "0")


def _facts(graph) -> set[tuple[str, str, str]]:
    return {(head, relation, tail) for head, relation, tail, _ in graph.facts()}


# -- reading -----------------------------------------------------------------------
def test_traditional_document_is_read_in_simplified_at_the_same_offsets():
    reading = Reading.of(_document(TRADITIONAL))
    assert reading.converted and reading.analysed.text == SIMPLIFIED
    assert reading.alignment.text(0, 6) == "一、監管動態"


def test_simplified_document_is_read_as_written():
    text = "华为昇腾芯片显著缩短训练时间。"  # characters tw2s would touch (昇 → 升, 著 → 着)
    assert simplified(text) != text
    reading = Reading.of(_document(text))
    assert not reading.converted and reading.analysed.text == text


@pytest.mark.parametrize("text, traditional", [
    ("紐約時報起訴微軟", True), ("纽约时报起诉微软", False), ("华为昇腾", False), ("OpenAI v. NYT", False),
    ("Google 在臺灣的訴訟", True)])
def test_a_text_is_traditional_when_more_of_it_changes_made_simplified(text, traditional):
    assert is_traditional(text) is traditional


def test_an_english_head_does_not_hide_the_script_of_the_chinese_after_it():
    text = "AI policy briefing. " * 300 + "紐約時報起訴微軟和OpenAI。"
    assert Reading.of(_document(text)).converted


@pytest.mark.parametrize("traditional, mainland", [
    ("臺灣", "台湾"), ("關於", "关于"), ("裏面", "里面"), ("裡面", "里面"), ("隨著", "随着"), ("發佈", "发布"),
    ("著作權", "著作权")])
def test_variant_characters_read_as_the_lexicons_write_them(traditional, mainland):
    assert simplified(traditional) == mainland


def test_alignment_maps_offsets_through_a_conversion_that_changes_lengths():
    def convert(text: str) -> str:  # a phrase conversion that lengthens one word
        return text.replace("計程車", "出租汽车").replace("營運", "营运")
    original = "優步計程車停止營運。"
    analysed = "優步出租汽车停止营运。"
    alignment = Alignment(original, analysed, convert)
    start = analysed.index("停止")
    assert alignment.text(start, start + 4) == "停止營運"
    assert alignment.text(0, len(analysed)) == original
    assert alignment.fragment("出租汽车") == ("計程車", 6)


def test_fragment_not_in_the_analysed_text_is_its_own():
    alignment = Alignment("紐約時報", "纽约时报")
    assert alignment.fragment("微软", 2) == ("微软", 2)


def test_conversion_makes_regional_words_mainland_longest_first(pipeline):
    convert = Conversion(pipeline.kb.regional_words)
    assert convert("臺灣的人工智慧軟體") == "台湾的人工智能软件"
    assert convert("伊利諾州與伊利諾伊州") == "伊利诺伊州与伊利诺伊州"   # the longer word protects itself
    assert convert("澳門個人資料保護局的訓練資料") == "澳门个人资料保护局的训练数据"
    assert convert("（本報資料圖片）（資料照）") == "（本报资料图片）（资料照）"  # a file photo, no data


def test_a_file_photo_credit_in_traditional_script_names_no_one(pipeline):
    """The credit 资料图 (file photo) is no name; its Traditional form 資料圖 is no more one."""
    for text in ("（图片来源：某公司官网，资料图）", "（圖片來源：某公司官網，資料圖）", "（圖：法院大樓。本報資料圖片）"):
        graph = pipeline.graph(pipeline.process_documents([_document(text)]))
        assert not [data["label"] for _, data in graph.entities() if data["type"] == "Person"], text


# -- end to end ----------------------------------------------------------------------
def test_traditional_newsletter_gives_the_items_entities_and_facts_of_its_simplified_form(pipeline):
    mainland = pipeline.process_documents([_document(SIMPLIFIED)])[0]
    taiwanese = pipeline.process_documents([_document(TRADITIONAL)])[0]
    assert [(i.title, i.date) for i in taiwanese.items] == [
        ("美國聯邦貿易委員會對Clearview AI展開調查", "2024-03-05"), ("紐約時報起訴OpenAI和微軟", "2023-12-27")]
    assert taiwanese.items[0].source == "路透社"
    mainland_graph, taiwanese_graph = pipeline.graph([mainland]), pipeline.graph([taiwanese])
    assert {n for n, _ in taiwanese_graph.entities()} == {n for n, _ in mainland_graph.entities()}
    assert _facts(taiwanese_graph) == _facts(mainland_graph)
    assert {("us-ftc", "investigated", "clearview-ai"), ("new-york-times", "sued", "openai")} <= _facts(taiwanese_graph)


def test_evidence_of_a_traditional_item_is_its_own_sentence_at_its_own_offsets(pipeline):
    result = pipeline.process_documents([_document(TRADITIONAL)])[0]
    texts = {item.title: item.text for item in result.items}
    suit = next(f for f in result.facts if f.tail.text == "OpenAI" and "指控" in f.evidence.sentence)
    assert suit.evidence.sentence == "《紐約時報》向紐約南區聯邦地區法院起訴微軟和OpenAI，指控其侵犯著作權。"
    assert suit.evidence.item == "紐約時報起訴OpenAI和微軟"
    text = texts[suit.evidence.item]
    assert text[suit.evidence.start:suit.evidence.end].strip() == suit.evidence.sentence
    assert suit.head.text == "紐約時報" and suit.head.text in text[suit.head.start:suit.head.end]


def test_a_taiwanese_and_a_mainland_mention_of_one_entity_are_one_node(pipeline):
    # an association the knowledge base does not know, named in both scripts
    mainland = _document("1. 台湾人工智能法律协会与微软合作\n\n摘要：台湾人工智能法律协会与微软宣布合作。\n", "a.txt")
    taiwanese = _document("1. 臺灣人工智能法律協會起訴OpenAI\n\n摘要：臺灣人工智能法律協會向法院起訴OpenAI。\n", "b.txt")
    graph = pipeline.graph(pipeline.process_documents([mainland, taiwanese]))
    [(node, data)] = [(n, d) for n, d in graph.entities() if "台湾人工智能法律协会" in d["labels"]]
    assert data["labels"] == {"台湾人工智能法律协会", "臺灣人工智能法律協會"}
    assert {(node, "partnered", "microsoft"), (node, "sued", "openai")} <= _facts(graph) | {
        (t, r, h) for h, r, t in _facts(graph)}


def test_node_labels_carry_both_scripts_with_their_language_tags(pipeline, tmp_path):
    graph = pipeline.graph([pipeline.process_documents([_document(TRADITIONAL)])[0]])
    write_graph(graph, tmp_path)
    triples = Graph().parse(tmp_path / GRAPH_FILE)
    labels = set(triples.objects(DATA["us-ftc"], None))
    assert {Literal("美國聯邦貿易委員會", lang="zh-Hant"), Literal("美国联邦贸易委员会", lang="zh")} <= labels
    assert Literal("Clearview AI", lang="en") in set(triples.objects(DATA["clearview-ai"], None))


def test_language_tags_mark_only_the_traditional_form_of_a_name_given_in_both_scripts():
    assert language_tags({"紐約時報", "纽约时报", "NYT", "华为昇腾"}) == {"紐約時報": "zh-Hant"}


def test_taiwanese_words_are_read_as_mainland_ones_at_the_original_offsets(pipeline):
    # 網際網路 (互联网) is one character longer than its Mainland word; 提告 is Taiwan's 起诉
    text = "1. 北京網際網路法院審理紐約時報提告OpenAI一案\n\n摘要：北京網際網路法院審理了紐約時報提告微軟的案件。\n"
    result = pipeline.process_documents([_document(text)])[0]
    [item] = result.items
    sued = {(f.head.text, f.tail.text) for f in result.facts if f.relation == "sued"}
    assert sued == {("紐約時報", "OpenAI"), ("紐約時報", "微軟")}
    for fact in result.facts:
        assert item.text[fact.evidence.start:fact.evidence.end].strip() == fact.evidence.sentence
        assert item.text[fact.head.start:fact.head.end] == fact.head.text
    court = next(f.head for f in result.facts if f.relation == "adjudicated")
    assert (court.text, court.kb_id) == ("北京網際網路法院", "cn-beijing-internet-court") and "北京互联网法院" in court.aliases


def test_a_taiwanese_article_keeps_its_byline_and_the_ministry_the_knowledge_base_knows(pipeline):
    article = ("數位發展部公布人工智慧產品評測指引\n2025-03-04 10:20　來源：中央社\n記者 林雅婷\n\n"
               "數位發展部今天公布人工智慧產品評測指引，供業者參考。\n\n責任編輯：王建民\n")
    result = pipeline.process_documents([_document(article)])[0]
    [item] = result.items
    assert "林雅婷" in " ".join(item.credits) and "记者" not in " ".join(item.credits)
    names = {(m.text, m.kb_id) for m in result.mentions[0]}
    assert ("數位發展部", "tw-moda") in names        # 數位 is 数字 elsewhere, not in this name
    assert any(text == "林雅婷" for text, _ in names)


def test_hong_kong_macao_and_taiwan_bodies_written_in_traditional_are_known(pipeline):
    article = ("兩地官員出席論壇\n\n財政司司長今早致辭，澳門經濟及科技發展局亦派員出席。"
               "國家高速網路與計算中心與工研院簽署合作備忘錄。\n")
    result = pipeline.process_documents([_document(article)])[0]
    known = {m.text: m.kb_id for m in result.mentions[0]}
    assert known["財政司司長"] == "hk-fs" and known["澳門經濟及科技發展局"] == "mo-dsedt"
    assert known["國家高速網路與計算中心"] == "tw-nchc" and known["工研院"] == "tw-itri"


@pytest.mark.parametrize("article, supreme, high", [
    ("選務會議登場\n\n最高檢察署今天召開查察會議，高檢署亦函請各地檢署嚴查星衡科技散布的深偽影片。\n", "最高檢察署", "高檢署"),
    ("选务会议登场\n\n最高检察署今天召开查察会议，高检署亦函请各地检署严查星衡科技散布的深伪影片。\n", "最高检察署", "高检署"),
], ids=["traditional", "simplified"])
def test_taiwans_prosecutors_offices_are_known_in_either_script(pipeline, article, supreme, high):
    """最高檢察署 (no place opens it, so no office-name rule reads it) and 高檢署, Taiwan's
    High Prosecutors Office, as its press names them."""
    known = {m.text: m.kb_id for m in pipeline.process_documents([_document(article)])[0].mentions[0]}
    assert known[supreme] == "tw-spo" and known[high] == "tw-hpo"


def test_macaos_own_name_for_itself_is_macao(pipeline):
    """本澳 ("this territory"), as Macao's press writes it: Macao."""
    article = "防騙講座\n\n警方今日表示，本澳上月接獲多宗假冒星衡銀行職員的電話詐騙舉報。\n"
    known = {m.text: m.kb_id for m in pipeline.process_documents([_document(article)])[0].mentions[0]}
    assert known["本澳"] == "mo"


@pytest.mark.parametrize("sentence", ["港府今日公布人工智能發展藍圖。", "港府今日公布人工智能发展蓝图。"],
                         ids=["traditional", "simplified"])
def test_the_hong_kong_government_by_its_short_name(pipeline, sentence):
    known = {m.text: m.kb_id for m in pipeline.process_documents([_document("藍圖\n\n" + sentence + "\n")])[0].mentions[0]}
    assert known["港府"] == "hk-government"


def test_a_fact_joining_two_items_keeps_each_name_in_its_own_characters(pipeline):
    issue = "嶺南智造產業協會\n會員通訊\n2025年第1期\n協會秘書處編印　　編輯：何嘉禾\n\n星衡科技發布語音模型\n\n星衡科技昨日發布新一代語音模型。\n"
    result = pipeline.process_documents([_document(issue)])[0]
    assert ("協會秘書處", "嶺南智造產業協會") in {(f.head.text, f.tail.text) for f in result.facts if f.relation == "partOf"}


def test_a_traditional_name_before_a_word_the_mainland_writes_longer_keeps_its_last_character(pipeline):
    # 人工智慧 -> 人工智能 inside the name, 執行長 -> 首席执行官 after it: the name's end is found
    # among the run's Simplified characters, not spread over the words after it (基金, not 基金會)
    article = "星衡人工智慧科技基金會執行長林雅婷指出，詐騙集團會存取民眾公開的相片。\n"
    result = pipeline.process_documents([_document(article)])[0]
    texts = {m.text for m in result.mentions[0]}
    assert "星衡人工智慧科技基金會" in texts and "星衡人工智慧科技基金" not in texts
