"""Parties of the suit table named short, by a kind word or by a place (kg.cases): a company
named only 公司 counts among no sentence's companies; a quoted case name's side without its
opening quote; a paper's initials in its publisher's name (NY Post, NYP Holdings); one entity
for the procuratorates of two districts told apart by each row's sentences; the Times after The
New York Times; Universal beside Universal Music; India's first case; and an appeal's decision,
a ruling on its date beside an appeal undated. Small graphs of invented sentences."""
from __future__ import annotations

from kg.cases import suits
from kg.cases.folding import _publishers
from kg.cases.unnamed_rows import _unquoted
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence


def _graph(entities, facts) -> KnowledgeGraph:
    """Entities as (id, type, label, labels); facts as (head, relation, tail, sentence) of one
    document, in order."""
    graph = KnowledgeGraph()
    for node, kind, label, labels in entities:
        graph.add_entity(Entity(node, kind, label, set(labels) | {label}))
    sentences = list(dict.fromkeys(sentence for *_, sentence in facts))
    for head, relation, tail, sentence in facts:
        position = sentences.index(sentence)
        graph.add_fact(head, relation, tail, Evidence("d.txt", "d.txt", sentence, position * 200,
                                                      position * 200 + len(sentence), "2025-10-22"))
    return graph


def _rows(graph: KnowledgeGraph) -> list[tuple[list[str], list[str]]]:
    return sorted((sorted(row.plaintiffs), sorted(row.defendants)) for row in suits(graph))


def test_a_company_named_only_by_a_kind_word_counts_among_no_sentences_companies():
    companies = ("quill", "vantor", "orbis", "pelta", "norda", "kestrel", "zenit")
    entities = [(node, "Company", node.capitalize(), ()) for node in companies] + [("gongsi", "Company", "公司", ())]
    facts = [("quill", "sued", "vantor", "Quill在纽约联邦法院起诉Vantor及其他三家公司非法抓取数据。"),
             ("quill", "partnered", "kestrel", "Quill已将内容授权给Kestrel、Zenit等公司用于训练。"),
             ("quill", "partnered", "zenit", "Quill已将内容授权给Kestrel、Zenit等公司用于训练。"),
             ("orbis", "partnered", "pelta", "Quill指控，Orbis、Pelta和Norda未经许可抓取其数据。")]
    # the licensing sentence names two companies and 公司, a kind word: not three; the other sentence names three
    assert _rows(_graph(entities, facts)) == [(["quill"], ["norda", "orbis", "pelta", "vantor"])]


def test_a_quoted_case_names_side_loses_the_opening_quote():
    graph = KnowledgeGraph()
    assert _unquoted(graph, "是“四位插画师") == "四位插画师"
    assert _unquoted(graph, "「三名作家") == "三名作家"
    assert _unquoted(graph, "是雪鱼啊") == "是雪鱼啊"  # a name that opens with 是
    assert _unquoted(graph, "“四位插画师”") == "“四位插画师”"  # the quote closes in it: kept


def test_a_papers_initials_with_a_word_in_capitals_name_its_publisher():
    graph = _graph([("post", "Company", "NY Post", ()), ("holdings", "Company", "NYP Holdings, Inc.", ())], [])
    assert _publishers(graph, ["post", "holdings"]) == [("post", "holdings")]


def test_procuratorates_of_two_districts_in_one_entity_are_told_apart_by_each_rows_sentences():
    entities = [("jcy", "Regulator", "人民检察院", ("北京市通州区人民检察院", "上海市徐汇区人民检察院")),
                ("luo", "Person", "罗某某", ()), ("wang", "Person", "王某某", ())]
    facts = [("jcy", "sued", "luo", "北京市通州区人民检察院指控罗某某侵犯著作权。"),
             ("jcy", "sued", "wang", "上海市徐汇区人民检察院对王某某提起公诉。")]
    assert _rows(_graph(entities, facts)) == [(["上海市徐汇区人民检察院"], ["wang"]), (["北京市通州区人民检察院"], ["luo"])]


def test_the_times_after_the_new_york_times_is_that_paper():
    entities = [("nyt", "Company", "The New York Times", ("New York Times",)),
                ("london", "Company", "The Times", ("Times", "Times of London")),
                ("msft", "Company", "Microsoft", ()), ("oai", "Company", "OpenAI", ())]
    facts = [("nyt", "sued", "oai", "The New York Times sued OpenAI and Microsoft in federal court."),
             ("nyt", "sued", "msft", "The New York Times sued OpenAI and Microsoft in federal court."),
             ("london", "sued", "msft", "The Times claimed damages in its lawsuit against Microsoft and OpenAI."),
             ("london", "sued", "oai", "The Times claimed damages in its lawsuit against Microsoft and OpenAI.")]
    assert _rows(_graph(entities, facts)) == [(["nyt"], ["msft", "oai"])]


def test_universal_beside_universal_music_is_universal_music_told_short():
    entities = [("umg", "Company", "Universal Music", ("Universal Music Group",)),
                ("studio", "Company", "Universal", ("Universal Pictures",)),
                ("abk", "Company", "ABKCO", ()), ("claude", "Company", "Anthropic", ())]
    facts = [("umg", "sued", "claude", "Universal Music and ABKCO sued Anthropic over song lyrics."),
             ("abk", "sued", "claude", "Universal Music and ABKCO sued Anthropic over song lyrics."),
             ("studio", "sued", "claude", "Universal and ABKCO are suing Anthropic over the lyrics."),
             ("abk", "sued", "claude", "Universal and ABKCO are suing Anthropic over the lyrics.")]
    assert _rows(_graph(entities, facts)) == [(["abk", "umg"], ["claude"])]


def test_universal_pictures_named_whole_stays():
    entities = [("umg", "Company", "Universal Music", ("Universal Music Group",)),
                ("studio", "Company", "Universal", ("Universal Pictures",)), ("claude", "Company", "Anthropic", ())]
    facts = [("umg", "sued", "claude", "Universal Music and Universal Pictures sued Anthropic."),
             ("studio", "sued", "claude", "Universal Music and Universal Pictures sued Anthropic.")]
    assert _rows(_graph(entities, facts)) == [(["studio", "umg"], ["claude"])]


def test_a_place_describing_the_case_sues_no_one():
    entities = [("india", "Jurisdiction", "India", ()), ("oai", "Company", "OpenAI", ()),
                ("agency", "Company", "Kestrel News", ())]
    facts = [("india", "sued", "oai", "The High Court has opened India's first-ever case against OpenAI."),
             ("agency", "sued", "oai", "Kestrel News sued OpenAI in the High Court.")]
    assert _rows(_graph(entities, facts)) == [(["agency"], ["oai"])]


def test_an_appeal_a_side_may_yet_bring_is_no_appeal():
    from kg.cases import event_cues
    kinds = lambda sentence: {kind for _, kind in event_cues(sentence)}  # noqa: E731
    assert kinds("北区法院一审判决甲男赔偿损失，可上诉。") == {"ruling"}
    assert kinds("北區法院一審判決甲男賠償損失，可上訴。") == {"ruling"}
    assert kinds("The court ruled for Quill, and Vantor may appeal.") == {"ruling"}
    assert "appeal" in kinds("甲男不服一审判决，提起上诉。")
    assert "appeal" in kinds("Vantor appealed the ruling.")


def test_an_appeals_court_in_a_judges_title_is_no_appeal():
    """suits.tsv appeal_title: a judge of an appeals court sitting in a district court is named
    by a title holding an appeal cue; no appeal happened."""
    from kg.cases import event_cues
    kinds = lambda sentence: {kind for _, kind in event_cues(sentence)}  # noqa: E731
    assert kinds("2025年2月11日，在北区联邦地区法院审理此案的第九巡回上诉法院法官王一作出部分简易判决。") == {"ruling"}
    assert kinds("在北區聯邦地區法院審理此案的第九巡迴上訴法院法官王一作出部分簡易判決。") == {"ruling"}
    assert kinds("An appeals court judge, sitting in the district court, ruled for Quill.") == {"ruling"}
    assert "appeal" in kinds("2025年3月18日，第九巡回上诉法院在甲诉乙案中维持一审判决。")
    assert "appeal" in kinds("Vantor took the case to the appeals court.")


def test_a_title_naming_no_plaintiff_is_no_event_of_another_items_suit_in_its_court():
    """kg.cases.attach._attach_events: a title naming a court and a defendant but none of a suit's
    plaintiffs (北区法院驳回出版商对Vantor的禁令申请) is no event of the authors' suit against
    that defendant in that court, told in another item."""
    entities = [("court", "Court", "北区联邦地区法院", ()), ("vantor", "Company", "Vantor", ()),
                ("quill", "Person", "王五", ())]
    told = "2024年8月19日，作家王五向北区联邦地区法院起诉Vantor。"
    title = "北区联邦地区法院驳回出版商对Vantor的禁令申请"
    graph = KnowledgeGraph()
    for node, kind, label, labels in entities:
        graph.add_entity(Entity(node, kind, label, set(labels) | {label}))
    graph.add_fact("quill", "sued", "vantor", Evidence("a.txt", "作家起诉Vantor", told, 0, len(told), "2024-08-20"))
    graph.add_fact("court", "adjudicated", "vantor", Evidence("b.txt", title, title, 0, len(title), "2025-03-25"))
    (suit,) = suits(graph)
    assert suit.plaintiffs == ["quill"] and suit.events == []
    said = "北区联邦地区法院驳回王五对Vantor的禁令申请"  # naming the plaintiff, the title is the suit's
    graph.add_fact("court", "adjudicated", "vantor", Evidence("c.txt", said, said, 0, len(said), "2025-03-26"))
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2025-03-26")]


def test_a_capitalised_court_kind_is_the_court_so_written():
    entities = [("us-court", "Court", "美国北区联邦地区法院", ("federal court", "Northern District")),
                ("au-court", "Court", "Federal Court", ()),
                ("commissioner", "Regulator", "eSafety Commissioner", ()), ("rotondo", "Person", "Antonio Rotondo", ())]
    facts = [("commissioner", "sued", "rotondo", "The eSafety Commissioner sued Antonio Rotondo in the Federal Court.")]
    (suit,) = suits(_graph(entities, facts))
    assert suit.court == "au-court"  # not the court whose lower-case label another document gave "federal court"


def test_the_times_suing_in_passing_in_another_document_joins_the_new_york_times_suit():
    """A row told in passing with some of the parties (kg.cases.merging._told_in_part) finds the fuller
    row by the paper's last word too (the Times of The New York Times), as _same_party holds."""
    graph = KnowledgeGraph()
    for node, kind, label, labels in [("nyt", "Company", "The New York Times", ("New York Times",)),
                                      ("london", "Company", "The Times", ("Times",)),
                                      ("msft", "Company", "Microsoft", ()), ("oai", "Company", "OpenAI", ()),
                                      ("court", "Court", "Test District Court", ())]:
        graph.add_entity(Entity(node, kind, label, set(labels) | {label}))
    told = "The New York Times sued OpenAI and Microsoft in the Test District Court in December 2023."
    passing = "The Times is suing OpenAI over its articles."
    for head, relation, tail, sentence, document in [("nyt", "sued", "oai", told, "a.txt"), ("nyt", "sued", "msft", told, "a.txt"),
                                                     ("london", "sued", "oai", passing, "b.txt")]:
        graph.add_fact(head, relation, tail, Evidence(document, document, sentence, 0, len(sentence), "2025-10-22"))
    assert _rows(graph) == [(["nyt"], ["msft", "oai"])]


def test_an_appeals_decision_is_a_ruling_on_its_date_and_an_appeal_undated():
    """kg.cases.events._events (suits.tsv appeal_decided): a second-instance decision is the ruling of
    that day; the appeal it decides was brought before, on no date the sentence gives."""
    from kg.cases.events import _events
    def events(sentence: str) -> list[tuple[str, str | None]]:
        return sorted((e.kind, e.date) for e in _events(Evidence("d.txt", "d.txt", sentence, 0, len(sentence), None)))
    assert events("2024年12月30日，北区中级人民法院驳回上诉，维持原判。") == [("appeal", None), ("ruling", "2024-12-30")]
    assert events("2024年12月30日，北區中級人民法院駁回上訴，維持原判。") == [("appeal", None), ("ruling", "2024-12-30")]
    assert events("On March 18, 2025, the appeals court affirmed the ruling against Quill.") == \
        [("appeal", None), ("ruling", "2025-03-18")]
    assert events("2024年5月6日，甲男不服一审判决，提起上诉。") == [("appeal", "2024-05-06")]  # an appeal brought: no decision
