"""Suit records (kg/cases/): a brief of our own words run through the whole pipeline,
and the rules of grouping, dating and placing suits on small hand-made graphs."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.cases import (SUIT_LINKS, CourtNames, card_filed, claim_names, claim_patterns, claims_in, context_words,
                      event_lexicon, event_statuses, events_in, fits, link_cases, suits)
from kg.dates import sentence_date
from kg.graph import KnowledgeGraph
from kg.ingest import read_document
from kg.model import Entity, Evidence
from kg.pipeline import build
from kg.query import cases, resolve, to_day, waves
from kg.rdf import open_store, write_graph
from kg.sparql import named_queries, run, table

# Four suits told the way legal newsletters tell them: a filing 向…法院起诉 with a date, a
# later item recalling it with 同年/次月, a suit withdrawn and filed again in another court,
# a ruling and a settlement reported in later sentences, a suit whose court no sentence names.
BRIEF = """\
测试律师事务所
人工智能诉讼简报

一、诉讼动态

1. 马斯克起诉OpenAI，数月后撤诉又在联邦法院再诉
发布日期：2024年8月10日
来源：测试通讯社
摘要：2024年2月29日，埃隆·马斯克向旧金山高等法院起诉OpenAI，称其背离非营利初心、违反合同。同年6月11日，马斯克撤回了对OpenAI的起诉。2024年8月5日，马斯克在美国加州北区联邦地区法院再次起诉OpenAI。

2. 盖蒂图片社将Stability AI诉至特拉华州法院
发布日期：2023年3月1日
来源：测试通讯社
摘要：2023年2月3日，盖蒂图片社将Stability AI诉至美国特拉华州联邦地区法院，指控其复制数以百万计的图片训练模型，侵犯版权和商标。两周后，美国特拉华州联邦地区法院裁定驳回Stability AI的延期请求。

3. 环球音乐集团起诉Anthropic
发布日期：2023年11月20日
来源：测试通讯社
摘要：2023年10月18日，环球音乐集团向美国田纳西州中区联邦地区法院提起诉讼，起诉Anthropic在训练中使用受版权保护的歌词。次月，美国田纳西州中区联邦地区法院就此案开庭。

4. 环球音乐集团与Anthropic达成和解
发布日期：2025年1月6日
来源：测试通讯社
摘要：去年起诉Anthropic的环球音乐集团于2025年1月2日与Anthropic达成和解，双方同意在案件审理期间维持现有的防护措施。

5. 作家们起诉OpenAI
发布日期：2023年9月25日
来源：测试通讯社
摘要：2023年7月，莎拉·西尔弗曼起诉OpenAI，指控ChatGPT使用其作品训练。同年9月，美国作家协会起诉OpenAI，称其大规模复制作家作品。
"""


@pytest.fixture(scope="module")
def brief(pipeline, tmp_path_factory) -> KnowledgeGraph:
    path: Path = tmp_path_factory.mktemp("brief") / "brief.txt"
    path.write_text(BRIEF, encoding="utf-8")
    return pipeline.graph(pipeline.process_documents([read_document(path)]))


def _by_caption(graph: KnowledgeGraph) -> dict[tuple[str, str], list]:
    """Suits keyed by (first plaintiff's label, court's label or '')."""
    found: dict[tuple[str, str], list] = {}
    for suit in suits(graph):
        key = (graph.entity(suit.plaintiffs[0])["label"], graph.entity(suit.court)["label"] if suit.court else "")
        found.setdefault(key, []).append(suit)
    return found


def test_brief_gives_one_row_per_suit(brief):
    found = _by_caption(brief)
    assert sorted(found) == [
        ("埃隆·马斯克", "旧金山县高等法院"), ("埃隆·马斯克", "美国加州北区联邦地区法院"),
        ("环球音乐集团", "美国田纳西州中区联邦地区法院"), ("盖蒂图片社", "美国特拉华州联邦地区法院"),
        ("美国作家协会", ""), ("莎拉·西尔弗曼", "")]
    assert all(len(rows) == 1 for rows in found.values())


def test_brief_filing_dates_keep_the_precision_of_the_text(brief):
    filed = {key: rows[0].filed for key, rows in _by_caption(brief).items()}
    assert filed[("埃隆·马斯克", "旧金山县高等法院")] == "2024-02-29"
    assert filed[("埃隆·马斯克", "美国加州北区联邦地区法院")] == "2024-08-05"
    assert filed[("盖蒂图片社", "美国特拉华州联邦地区法院")] == "2023-02-03"
    assert filed[("环球音乐集团", "美国田纳西州中区联邦地区法院")] == "2023-10-18"
    assert filed[("莎拉·西尔弗曼", "")] == "2023-07"
    assert filed[("美国作家协会", "")] == "2023-09"  # 同年9月, not the item's date


def test_brief_withdrawn_suit_and_the_one_filed_again_are_two(brief):
    found = _by_caption(brief)
    (first,) = found[("埃隆·马斯克", "旧金山县高等法院")]
    (second,) = found[("埃隆·马斯克", "美国加州北区联邦地区法院")]
    assert [(e.kind, e.date) for e in first.events] == [("withdrawal", "2024-06-11")]
    assert first.status == "withdrawn" and second.status == "filed"
    assert first.court_stated and second.court_stated


def test_brief_ruling_and_settlement_reported_later_are_events(brief):
    found = _by_caption(brief)
    (getty,) = found[("盖蒂图片社", "美国特拉华州联邦地区法院")]
    assert [(e.kind, e.date) for e in getty.events] == [("ruling", "2023-02-17")]  # 两周后
    assert getty.claims == ["copyright", "trademark"] and getty.status == "ruled"
    (music,) = found[("环球音乐集团", "美国田纳西州中区联邦地区法院")]
    assert [(e.kind, e.date) for e in music.events] == [("hearing", "2023-11"), ("settlement", "2025-01-02")]
    assert music.status == "settled"


def test_brief_court_no_sentence_names_is_not_stated(brief):
    for key in (("莎拉·西尔弗曼", ""), ("美国作家协会", "")):
        (suit,) = _by_caption(brief)[key]
        assert not suit.court_stated and suit.court_reason


# -- rules on small graphs ----------------------------------------------------------------
def _graph(*facts: tuple[str, str, str, str, str, str | None]) -> KnowledgeGraph:
    """Facts as (head, relation, tail, sentence, item, date) over a few known entities."""
    graph = KnowledgeGraph()
    for entity in (Entity("a", "Company", "甲公司"), Entity("b", "Company", "乙公司"), Entity("c", "Company", "丙公司"),
                   Entity("north", "Court", "北区法院"), Entity("south", "Court", "南区法院"),
                   Entity("appeals", "Court", "第九巡回上诉法院")):
        graph.add_entity(entity)
    for position, (head, relation, tail, sentence, item, date) in enumerate(facts):
        graph.add_fact(head, relation, tail, Evidence("d.txt", item, sentence, position * 100, position * 100 + 50, date))
    return graph


def test_reports_of_one_suit_on_several_dates_are_one_suit():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("a", "sued", "b", "甲公司起诉乙公司一案仍在进行。", "t2", "2024-06-30"),
                   ("a", "sued", "b", "甲公司诉乙公司案的庭审推迟。", "t3", "2024-09-30"))
    (suit,) = suits(graph)
    assert (suit.filed, suit.court, len(suit.evidence)) == ("2024-03-01", "north", 3)


def test_same_parties_in_two_courts_are_two_suits_and_a_later_report_joins_the_later():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("a", "sued", "b", "2024年5月2日，甲公司在南区法院起诉乙公司。", "t2", "2024-05-02"),
                   ("a", "sued", "b", "甲公司起诉乙公司一案仍在进行。", "t3", "2024-06-30"))
    north, south = suits(graph)
    assert (north.court, len(north.evidence)) == ("north", 1)
    assert (south.court, len(south.evidence)) == ("south", 2)


def test_a_court_of_appeal_does_not_make_another_suit():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("a", "sued", "b", "甲公司就其诉乙公司案向第九巡回上诉法院提起上诉。", "t2", "2024-09-30"))
    (suit,) = suits(graph)
    assert suit.court == "north" and suit.status == "on appeal"


def test_court_reference_points_back_to_the_court_named_before_in_the_item():
    graph = _graph(("north", "adjudicated", "c", "北区法院审理了另一起案件。", "t1", "2024-03-01"),
                   ("a", "sued", "b", "2024年4月，甲公司在该院起诉乙公司。", "t1", "2024-04"))
    (suit,) = suits(graph)
    assert (suit.court, suit.court_stated) == ("north", True)


def test_court_named_elsewhere_in_the_item_is_inferred_and_says_why():
    graph = _graph(("a", "sued", "b", "甲公司起诉乙公司。", "t1", "2024-03-01"),
                   ("north", "partnered", "c", "北区法院与丙公司合作推出在线诉讼平台。", "t1", "2024-03-01"))
    (suit,) = suits(graph)
    assert (suit.court, suit.court_stated) == ("north", False)
    assert "news item" in suit.court_reason and suit.court_evidence == []


def test_court_ruling_on_a_party_of_one_suit_is_inferred_for_it():
    graph = _graph(("a", "sued", "b", "甲公司起诉乙公司。", "t1", "2024-03-01"),
                   ("north", "adjudicated", "b", "北区法院驳回乙公司的动议。", "t3", "2024-09-01"))
    (suit,) = suits(graph)
    assert (suit.court, suit.court_stated) == ("north", False)
    assert "乙公司" in suit.court_reason


def test_court_ruling_on_a_party_of_several_suits_places_none_of_them():
    # the ruling may be of either suit (a defendant sued by many, in many courts): no guess
    graph = _graph(("a", "sued", "b", "甲公司起诉乙公司。", "t1", "2024-03-01"),
                   ("c", "sued", "b", "丙公司起诉乙公司。", "t2", "2024-04-01"),
                   ("north", "adjudicated", "b", "北区法院驳回乙公司的动议。", "t3", "2024-09-01"))
    assert [(suit.court, suit.events) for suit in suits(graph)] == [(None, []), (None, [])]


def test_plaintiffs_of_two_known_suits_named_together_do_not_merge_them():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("c", "sued", "b", "2024年6月1日，丙公司向北区法院起诉乙公司。", "t2", "2024-06-01"),
                   ("a", "sued", "b", "北区法院就甲公司和丙公司起诉乙公司的两案作出判决。", "t3", "2024-12-01"),
                   ("c", "sued", "b", "北区法院就甲公司和丙公司起诉乙公司的两案作出判决。", "t3", "2024-12-01"))
    first, second = suits(graph)
    assert (first.plaintiffs, second.plaintiffs) == (["a"], ["c"])
    assert [e.kind for e in first.events] == ["ruling"] == [e.kind for e in second.events]


def test_a_date_of_another_act_does_not_date_the_filing():
    graph = _graph(("a", "sued", "b", "甲公司在起诉乙公司的同时，于2025年5月与丙公司签署协议。", "t1", "2025-06-01"))
    (suit,) = suits(graph)
    assert suit.filed is None  # not May's agreement, nor the day of the report (suits47: no date it writes, no date)


def _suit_graph(sentence: str, item: str, date: str | None, *pairs: tuple[str, str]) -> KnowledgeGraph:
    """One sentence of a news item of ``date`` reporting ``pairs`` sued, over a few parties and
    a court; the sentence dated as the pipeline dates it (its own date, else the item's)."""
    stated, told = sentence_date(sentence, date, date)
    date = stated if told else date
    graph = KnowledgeGraph()
    for entity in (Entity("acme", "Company", "Acme"), Entity("gamma", "Company", "Gamma Books"),
                   Entity("beta", "Company", "Beta Labs"), Entity("jia", "Company", "甲公司"),
                   Entity("yi", "Company", "乙公司"), Entity("north", "Court", "Northern District Court"),
                   Entity("beiqu", "Court", "北区法院")):
        graph.add_entity(entity)
    for head, tail in pairs:
        graph.add_fact(head, "sued", tail, Evidence("d.txt", item, sentence, 0, len(sentence), date))
    return graph


@pytest.mark.parametrize("sentence, item, date, pair, row", [
    # a filing told after the suit noun, dated by the relative date right after it
    ("Acme's lawsuit, filed last week in the Northern District Court, accuses Beta Labs of copying its code.",
     "t", "2024-05-03", ("acme", "beta"), ("2024-04", "north", "filed")),
    # a relative Chinese date before the filing: its month, not the item's date
    ("甲公司上周向北区法院起诉乙公司，称其抄袭代码。", "t", "2024-05-03", ("jia", "yi"), ("2024-04", "beiqu", "filed")),
    # a sentence telling a later act dates the filing in the clause telling it
    ("On 2 June 2025 the Northern District Court dismissed the lawsuit that Beta Labs brought against Acme in March 2024.",
     "t", "2025-06-02", ("beta", "acme"), ("2024-03", "north", "dismissed")),
    # a case card naming the suit in a field of its own: the card's date
    ("【案件】甲公司 诉 乙公司", "【案件】甲公司 诉 乙公司", "2023-03", ("jia", "yi"), ("2023-03", None, "filed")),
])
def test_a_suit_is_dated_by_the_filing_its_sentence_tells(sentence, item, date, pair, row):
    (suit,) = suits(_suit_graph(sentence, item, date, pair))
    assert (suit.filed, suit.court, suit.status) == row


def test_a_case_name_and_the_filing_telling_it_are_one_suit():
    graph = _suit_graph("Acme v. Beta Labs, the suit Acme and Gamma Books brought against Beta Labs in the "
                        "Northern District Court in June, is pending.", "t", "2024-09-02",
                        ("acme", "beta"), ("gamma", "beta"))
    (suit,) = suits(graph)
    assert (sorted(suit.plaintiffs), suit.court, suit.filed) == (["acme", "gamma"], "north", "2024-06")


def test_event_cues_prefer_the_longer_cue():
    assert events_in("法院驳回起诉") == ["dismissal"]
    assert events_in("法院驳回了被告的驳回起诉动议") == ["ruling"]
    assert events_in("原告提起上诉") == ["appeal"]
    assert events_in("The judge dismissed the case") == ["dismissal"]


def test_dates_fit_at_their_common_precision():
    assert fits("2024-06", "2024-06-27") and fits("2024-06-27", "2024-06-29")
    assert not fits("2024-06", "2024-08") and not fits("2024-06-01", "2024-06-20")


def test_claim_cues_match_whole_english_words_and_chinese_text():
    assert claims_in(["AI voice cloning"]) == ["voice"]
    assert claims_in(["the invoice was unpaid"]) == []
    assert claims_in(["侵犯著作权", "违反《个人信息保护法》"]) == ["copyright", "personal-information"]


# -- the named cases in the graph ---------------------------------------------------------------
def test_link_cases_connects_a_named_case_to_its_parties_and_stated_court():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("c", "sued", "b", "丙公司起诉乙公司。", "t2", "2024-04-01"))
    graph.add_entity(Entity("case", "Case", "甲公司诉乙公司案"))
    (named,) = [suit for suit in suits(link_cases(graph)) if suit.plaintiffs == ["a"]]
    (unnamed,) = [suit for suit in suits(graph) if suit.plaintiffs == ["c"]]
    assert named.case == "case" and unnamed.case is None
    edges = {(relation, tail) for _, relation, tail, _ in graph.facts() if relation in SUIT_LINKS}
    assert edges == {("plaintiff", "a"), ("defendant", "b"), ("court", "north")}
    assert graph.graph.edges["case", "north", "court"]["evidence"][0].sentence.startswith("2024年3月1日")
    assert suits(graph) == suits(link_cases(graph))  # the links change no suit, and adding them twice adds nothing


# -- the demo corpus and the seeds ------------------------------------------------------------------
REPOSITORY = Path(__file__).resolve().parent.parent
CORPORA = {"demo": REPOSITORY / "data" / "corpus", "seeds": REPOSITORY.parent / "shared" / "seeds"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request, pipeline) -> KnowledgeGraph:
    if not CORPORA[request.param].exists():
        pytest.skip(f"no {CORPORA[request.param]} beside the repository")
    return build([CORPORA[request.param]], pipeline=pipeline).graph


def test_every_stated_court_is_named_in_the_evidence_of_its_suit(corpus):
    references = context_words("court_reference")
    records = suits(corpus)
    assert records
    for suit in records:
        if not suit.court_stated:
            assert suit.court_reason and not suit.court_evidence
            continue
        names = [name.lower() for name in corpus.entity(suit.court)["labels"]]
        assert suit.court_evidence and set(suit.court_evidence) <= set(suit.evidence), suit.caption
        assert any(any(name in e.sentence.lower() for name in names) or references.search(e.sentence)
                   for e in suit.court_evidence), (suit.caption, corpus.entity(suit.court)["label"])


def test_waves_count_each_suit_once_by_its_filing_date(corpus):
    records = suits(corpus)
    counted: dict[str, list[tuple[str, str]]] = {}
    for wave in waves(corpus, window=365, min_plaintiffs=2):
        defendant = resolve(corpus, wave["defendant"])
        filed = [s for s in records if defendant in s.defendants and s.filed and len(s.filed) >= 7
                 and wave["start"] <= to_day(s.filed).isoformat() <= wave["end"]]
        assert wave["suits"] == len(filed) == len(wave["captions"])
        counted.setdefault(defendant, []).append((wave["start"], wave["end"]))
    for spans in counted.values():  # windows of one defendant never overlap: no suit is in two
        assert all(first[1] < second[0] for first, second in zip(sorted(spans), sorted(spans)[1:]))


def test_cases_query_gives_the_rows_of_the_library(corpus, tmp_path):
    write_graph(corpus, tmp_path)
    _, rows = table(run(open_store(tmp_path), named_queries()["cases"].text))

    def split(value: str) -> tuple[str, ...]:
        return tuple(sorted(part for part in (value or "").split("; ") if part))
    from_sparql = sorted((row["caption"], split(row["plaintiffs"]), split(row["defendants"]), row["court"] or None,
                          row["courtStated"] == "true", row["filed"] or None, row["status"], split(row["claims"]),
                          split(row["events"])) for row in rows)
    from_library = sorted((row["caption"], tuple(sorted(row["plaintiffs"])), tuple(sorted(row["defendants"])),
                           row["court"], row["court_stated"], row["filed"], row["status"], tuple(sorted(row["claims"])),
                           tuple(sorted(" ".join(filter(None, (e["kind"], e["date"]))) for e in row["events"])))
                          for row in cases(corpus))
    assert from_sparql == from_library


def test_one_sentence_reporting_filings_in_two_courts_gives_two_suits():
    graph = _graph(("a", "sued", "b", "甲公司于2023年2月在北区法院起诉乙公司，同年又在南区法院起诉。", "t1", "2023-03-01"))
    assert sorted((suit.court, suit.filed) for suit in suits(graph)) == [("north", "2023-02"), ("south", "2023")]


def test_a_ruling_in_another_court_is_no_event_of_the_suit():
    graph = _graph(("a", "sued", "b", "2023年2月，甲公司在北区法院起诉乙公司。", "t1", "2023-02-01"),
                   ("south", "adjudicated", "a", "2025年11月，南区法院驳回了甲公司的主张。", "t2", "2025-11"))
    (suit,) = suits(graph)
    assert suit.events == [] and suit.status == "filed"


def test_a_case_name_by_surnames_or_after_other_words_captions_its_suit():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"))
    graph.add_entity(Entity("a2", "Person", "萨拉·安德森", {"Sarah Andersen"}))
    graph.add_entity(Entity("ross", "Company", "ROSS Intelligence"))
    graph.add_fact("a2", "sued", "ross", Evidence("d.txt", "t9", "2023年1月，Sarah Andersen起诉ROSS Intelligence。", 0, 9,
                                                  "2023-01"))
    graph.add_entity(Entity("named", "Case", "法院裁定Andersen诉Ross案"))
    captions = {suit.caption: suit.case for suit in suits(graph)}
    assert captions == {"甲公司 v. 乙公司": None, "Andersen诉Ross案": "named"}


# -- rulings told without names, transfers, suits filed again -------------------------------
def test_an_event_word_pointing_back_is_no_new_event():
    assert events_in("同月25日，法院初步批准了该和解。") == []
    assert events_in("同年4月，法院准许就该裁定提起上诉。") == ["appeal"]
    assert events_in("双方达成和解，法院随后批准。") == ["settlement"]


def test_a_ruling_approving_a_settlement_leaves_the_suit_settled():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("a", "settled", "b", "2025年1月2日，双方达成和解。", "t1", "2025-01-02"),
                   ("north", "adjudicated", "b", "同月20日，法院批准了该和解。", "t1", "2025-01-20"),
                   ("north", "adjudicated", "a", "同月20日，法院批准了该和解。", "t1", "2025-01-20"))
    (suit,) = suits(graph)
    assert [(e.kind, e.date) for e in suit.events] == [("settlement", "2025-01-02"), ("ruling", "2025-01-20")]
    assert suit.status == "settled"


def test_a_suit_moved_to_another_court_has_that_court_and_its_rulings():
    graph = _graph(("a", "sued", "b", "2023年10月，甲公司在北区法院对乙公司提起诉讼。", "t1", "2023-10"),
                   ("south", "adjudicated", "a", "2024年6月，该案被移送至南区法院。", "t1", "2024-06"),
                   ("south", "adjudicated", "b", "2024年6月，该案被移送至南区法院。", "t1", "2024-06"),
                   ("south", "adjudicated", "b", "2025年3月25日，该院法官驳回了初步禁令申请。", "t1", "2025-03-25"))
    (suit,) = suits(graph)
    assert (suit.court, suit.court_stated, suit.filed) == ("south", True, "2023-10")
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-03-25")]  # the transfer is no event
    assert suit.status == "ruled"


def test_a_suit_withdrawn_and_filed_again_elsewhere_in_one_sentence_is_two_suits():
    graph = _graph(("a", "sued", "b", "2023年2月3日，甲公司向北区法院起诉乙公司。", "t1", "2023-02-03"),
                   ("a", "sued", "b", "2025年8月，甲公司撤回了在北区的起诉，并于同月向南区法院重新提起诉讼。", "t1", "2025-08"))
    north, south = suits(graph)
    assert (north.court, north.filed, north.status) == ("north", "2023-02-03", "withdrawn")
    assert [(e.kind, e.date) for e in north.events] == [("withdrawal", "2025-08")]
    assert (south.court, south.filed, south.status, south.events) == ("south", "2025-08", "filed", [])


def test_a_ruling_without_names_is_of_the_suit_its_item_told_last_before_it():
    graph = _graph(("a", "sued", "b", "2023年2月，甲公司向北区法院起诉乙公司。", "t1", "2023-02"),
                   ("c", "sued", "b", "2024年5月，丙公司向南区法院起诉乙公司。", "t1", "2024-05"),
                   ("south", "adjudicated", "c", "2025年1月，法官驳回了被告的动议。", "t1", "2025-01"),
                   ("south", "adjudicated", "b", "2025年1月，法官驳回了被告的动议。", "t1", "2025-01"))
    first, second = suits(graph)
    assert (first.court, first.events) == ("north", [])
    assert (second.court, [(e.kind, e.date) for e in second.events]) == ("south", [("ruling", "2025-01")])


def _one_sentence(sentence: str, pairs: list[tuple[str, str]], date: str) -> KnowledgeGraph:
    """The sued facts ``pairs`` all read in one sentence."""
    graph = _graph()
    for head, tail in pairs:
        graph.add_fact(head, "sued", tail, Evidence("d.txt", "t1", sentence, 0, len(sentence), date))
    return graph


def test_plaintiffs_each_with_a_filing_of_their_own_in_one_sentence_bring_two_suits():
    sentence = "本案是继2023年12月甲公司起诉乙公司、2024年4月丙公司起诉乙公司之后的又一起诉讼。"
    graph = _one_sentence(sentence, [("a", "b"), ("c", "b")], "2024-06-01")
    assert sorted((suit.plaintiffs, suit.filed) for suit in suits(graph)) == [(["a"], "2023-12"), (["c"], "2024-04")]


@pytest.mark.parametrize("sentence, facts, rows", [
    ("2024年6月24日，甲公司分别向乙公司和丙公司提起诉讼。", [("a", "b"), ("a", "c")], [(["a"], ["b"]), (["a"], ["c"])]),
    ("2024年6月24日，甲公司和丙公司分别起诉乙公司。", [("a", "b"), ("c", "b")], [(["a"], ["b"]), (["c"], ["b"])]),
    ("2024年6月24日，甲公司和丙公司起诉乙公司。", [("a", "b"), ("c", "b")], [(["a", "c"], ["b"])]),
])
def test_suits_told_apart_by_fen_bie_are_a_row_each_and_joint_ones_one(sentence, facts, rows):
    graph = _one_sentence(sentence, facts, "2024-06-24")
    assert sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph)) == rows


def test_two_case_names_in_one_heading_are_two_suits_and_a_later_report_joins_its_own():
    graph = _one_sentence("甲公司诉乙公司案与丙公司诉乙公司案", [("a", "b"), ("c", "b")], "2024-06-01")
    graph.add_fact("c", "sued", "b", Evidence("d.txt", "t2", "2024年11月，北区法院驳回了丙公司对乙公司的起诉。", 0, 20, "2024-11"))
    first, second = sorted(suits(graph), key=lambda suit: suit.plaintiffs)
    assert (first.plaintiffs, first.events) == (["a"], [])
    assert (second.plaintiffs, [(e.kind, e.date) for e in second.events]) == (["c"], [("ruling", "2024-11")])


def test_a_ruling_naming_one_suits_plaintiff_is_that_suits_event_only():
    graph = _graph(("a", "sued", "b", "甲公司诉乙公司案与丙公司诉乙公司案", "t1", "2024-02"),
                   ("c", "sued", "b", "2024年11月，法官驳回了丙公司对乙公司的起诉。", "t1", "2024-11"),
                   ("north", "adjudicated", "b", "同月，法官准许甲公司对乙公司的主张继续审理并作出裁定。", "t1", "2024-11"),
                   ("north", "adjudicated", "c", "同月，法官准许甲公司对乙公司的主张继续审理并作出裁定。", "t1", "2024-11"))
    kinds = {tuple(suit.plaintiffs): [e.evidence.sentence[:4] for e in suit.events] for suit in suits(graph)}
    assert kinds == {("a",): ["同月，法"], ("c",): ["2024"]}


def test_a_sentence_stating_no_date_tells_on_the_dated_event_of_its_kind():
    graph = _graph(("a", "sued", "b", "2024年10月，甲公司向北区法院起诉乙公司。", "t1", "2024-10"),
                   ("north", "adjudicated", "b", "2025年5月21日，法官驳回了被告的大部分驳回起诉动议。", "t1", "2025-05-21"),
                   ("north", "adjudicated", "b", "法院认为，现阶段不能认定其输出受言论自由保护，并作出裁定。", "t1", "2024-10"))
    (suit,) = suits(graph)
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-05-21")]


def test_an_english_filing_is_dated_by_the_date_right_after_its_cue():
    graph = _graph()
    graph.add_fact("a", "sued", "b", Evidence("d.txt", "t1", "The class action filed in January 2023 by 甲公司 against 乙公司 "
                                                  "continues.", 0, 60, "2025-06"))
    (suit,) = suits(graph)
    assert suit.filed == "2023-01"


def test_no_event_of_a_suit_is_dated_before_its_filing():
    graph = _graph(("a", "sued", "b", "2024年8月19日，甲公司向北区法院起诉乙公司。", "t1", "2024-08-19"),
                   ("north", "adjudicated", "b", "法官随后初步批准了该和解协议。", "t1", "2023-07"),
                   ("north", "adjudicated", "b", "2025年9月25日，法官批准了该和解。", "t1", "2025-09-25"))
    (suit,) = suits(graph)
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-09-25")]


def test_a_court_a_title_names_gives_way_to_the_court_its_body_names():
    title = "南区法院判决乙公司侵权"
    graph = _graph(("a", "sued", "b", "2024年11月，甲公司起诉乙公司。", title, "2025-11-11"),
                   ("south", "adjudicated", "b", title, title, "2025-11-11"),
                   ("north", "adjudicated", "b", "北区法院当日作出判决，认定乙公司侵权。", title, "2025-11-11"))
    (suit,) = suits(graph)
    assert (suit.court, suit.status) == ("north", "ruled")
    graph = _graph(("a", "sued", "b", "2024年11月，甲公司起诉乙公司。", title, "2025-11-11"),
                   ("south", "adjudicated", "b", title, title, "2025-11-11"))
    assert [suit.court for suit in suits(graph)] == ["south"]  # where no body sentence names one, the title's


def test_a_court_known_by_the_short_form_fa_yuan_is_not_named_by_every_court():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("c", "sued", "b", "2024年3月9日，丙公司向同一法院提起诉讼。", "t1", "2024-03-09"))
    graph.add_entity(Entity("south", "Court", "南区法院", {"法院"}))
    assert sorted(suit.court for suit in suits(graph)) == ["north", "north"]


def test_a_ruling_naming_only_the_defendant_elsewhere_is_an_event_of_its_suit_only_where_it_names_the_court():
    told = ("a", "sued", "b", "2023年10月，甲公司在北区法院起诉乙公司。", "t1", "2023-10")
    elsewhere = ("north", "adjudicated", "b", "两天前，同一法院的另一位法官裁定乙公司的做法属于合理使用。", "t2", "2025-06-25")
    (suit,) = suits(_graph(told, elsewhere))
    assert suit.events == []
    naming_the_court = ("north", "adjudicated", "b", "2025年3月，北区法院驳回了乙公司的动议。", "t2", "2025-03")
    (suit,) = suits(_graph(told, naming_the_court))
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-03")]
    same_item = ("north", "adjudicated", "b", "2025年3月，北区法院驳回了乙公司的动议。", "t1", "2025-03")
    (suit,) = suits(_graph(told, same_item))
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-03")]


def test_the_same_court_in_a_later_section_is_the_court_its_document_named_last_before_it():
    graph = _graph(("a", "sued", "b", "2025年6月4日，甲公司向南区法院起诉乙公司。", "五、甲公司诉乙公司案", "2025-06-04"),
                   ("c", "sued", "b", "一周后，丙公司向北区法院起诉乙公司。", "六、丙公司诉乙公司案", "2025-06-11"),
                   ("a", "sued", "c", "2025年8月，甲公司向南区法院起诉丙公司。", "七、甲公司诉丙公司案", "2025-08"),
                   ("c", "sued", "b", "同年9月，丙公司又向同一法院起诉乙公司。", "八、丙公司再诉乙公司案", "2025-09"))
    # the court of the suit against 乙公司 told last before it, not the one named last (甲公司 v. 丙公司's)
    assert sorted((suit.filed, suit.court) for suit in suits(graph)) == [
        ("2025-06-04", "south"), ("2025-06-11", "north"), ("2025-08", "south"), ("2025-09", "north")]


def test_the_same_court_with_no_court_told_before_it_in_its_document_is_none():
    graph = _graph(("a", "sued", "c", "同年9月，甲公司也向同一法院起诉丙公司。", "七、甲公司诉丙公司案", "2025-09"),
                   ("c", "sued", "b", "2025年10月，丙公司向北区法院起诉乙公司。", "八、丙公司诉乙公司案", "2025-10"),
                   ("a", "sued", "b", "2025年8月，甲公司向南区法院起诉乙公司。", "六、甲公司诉乙公司案", "2025-08"))
    rows = {(suit.caption, suit.court) for suit in suits(graph)}
    assert ("丙公司 v. 乙公司", "north") in rows and ("甲公司 v. 丙公司", "south") in rows  # 甲公司's other suit
    assert ("甲公司 v. 丙公司", "north") not in rows  # a later court, or one of other parties, is none


def test_the_same_court_where_neither_side_was_told_before_is_the_court_its_document_named_last():
    graph = _graph(("a", "sued", "b", "2025年3月，甲公司向北区法院起诉乙公司。", "一、甲公司诉乙公司案", "2025-03-02"))
    graph.add_entity(Entity("d", "Company", "丁公司"))
    graph.add_fact("d", "sued", "c", Evidence("d.txt", "二、丁公司诉丙公司案", "四月，丁公司也在同一法院起诉丙公司。", 100, 150, "2025-04"))
    assert sorted((suit.caption, suit.court) for suit in suits(graph)) == [
        ("丁公司 v. 丙公司", "north"), ("甲公司 v. 乙公司", "north")]


def test_a_sentence_referring_to_the_items_suit_dates_its_filing():
    title = "甲公司诉乙公司案"
    graph = _graph(("a", "sued", "b", title, title, "2025-05"),
                   ("north", "adjudicated", "b", "该案于2024年2月立案，由北区法院审理。", title, "2025-05"))
    assert [suit.filed for suit in suits(graph)] == ["2024-02"]
    graph = _graph(("a", "sued", "b", title, title, "2025-05"),
                   ("north", "adjudicated", "c", "与该案相关的丙公司于2024年2月起诉乙公司。", title, "2025-05"))
    assert [suit.filed for suit in suits(graph) if suit.plaintiffs == ["a"]] == [None]  # another suit's filing


def test_filings_told_one_after_the_other_by_xian_hou_are_a_suit_per_defendant():
    sentence = "甲公司本月先后在北区法院对乙公司和丙公司提起集体诉讼。"
    graph = _graph(("a", "sued", "b", sentence, "t1", "2024-08"), ("a", "sued", "c", sentence, "t1", "2024-08"))
    assert sorted(suit.defendants for suit in suits(graph)) == [["b"], ["c"]]


def test_an_event_word_in_what_a_filing_alleges_is_no_event():
    graph = _graph(("a", "sued", "b", "甲公司在北区法院起诉乙公司，指控其下载网站上的判决。", "t1", "2024-11"))
    (suit,) = suits(graph)
    assert (suit.events, suit.status) == ([], "filed")
    graph = _graph(("a", "sued", "b", "北区法院判决乙公司赔偿甲公司，甲公司此前起诉乙公司。", "t1", "2024-11"))
    assert [e.kind for e in suits(graph)[0].events] == ["ruling"]


def test_a_supreme_court_where_a_suit_is_filed_is_its_court_and_one_appealed_to_is_not():
    graph = KnowledgeGraph()
    for entity in (Entity("a", "Organization", "甲研究所"), Entity("b", "Company", "乙公司"),
                   Entity("bc", "Court", "不列颠哥伦比亚省最高法院")):
        graph.add_entity(entity)
    filed = "甲研究所在不列颠哥伦比亚省最高法院起诉乙公司。"
    graph.add_fact("a", "sued", "b", Evidence("d.txt", "t1", filed, 0, len(filed), "2024-11"))
    assert suits(graph)[0].court == "bc"
    appealed = "甲研究所起诉乙公司后，乙公司向不列颠哥伦比亚省最高法院提起上诉。"
    graph = _graph(("a", "sued", "b", appealed, "t1", "2024-11"))
    graph.add_entity(Entity("bc", "Court", "不列颠哥伦比亚省最高法院"))
    assert suits(graph)[0].court is None


def test_a_defendant_named_later_in_the_item_joins_its_one_suit_and_not_another_items():
    graph = _graph(("a", "sued", "b", "2024年11月，甲公司向北区法院起诉乙公司。", "t1", "2024-11"),
                   ("a", "sued", "c", "被告同样包括丙公司。", "t1", "2024-11"))
    (suit,) = suits(graph)
    assert suit.defendants == ["b", "c"]
    graph = _graph(("a", "sued", "b", "2024年11月，甲公司向北区法院起诉乙公司。", "t1", "2024-11"),
                   ("a", "sued", "c", "被告同样包括丙公司。", "t2", "2024-11"))
    assert sorted(suit.defendants for suit in suits(graph)) == [["b"], ["c"]]


def _english(*facts: tuple[str, str, str, str, str, str | None], entities=()) -> KnowledgeGraph:
    """An English story's facts as (head, relation, tail, sentence, item, date)."""
    graph = KnowledgeGraph()
    for entity in (Entity("ann", "Person", "Ann Roe"), Entity("bo", "Person", "Bo Lee"), Entity("nv", "Company", "Nvidia", {"Nvidia Corp"}),
                   Entity("db", "Company", "Databricks"), Entity("ndcal", "Court", "Northern District of California"),
                   Entity("sf", "Court", "federal court in San Francisco"), *entities):
        graph.add_entity(entity)
    told = {sentence: index for index, sentence in enumerate(dict.fromkeys(fact[3] for fact in facts))}
    for head, relation, tail, sentence, item, date in facts:
        start = told[sentence] * 300
        graph.add_fact(head, relation, tail, Evidence("e.txt", item, sentence, start, start + len(sentence), date))
    return graph


FILED = "Ann Roe and Bo Lee filed the proposed class action on Friday in federal court in San Francisco."
CAPTION = "The case, Roe v. Nvidia Corp, was brought in the Northern District of California."


def test_a_caption_parts_a_report_of_suits_against_defendants_it_does_not_name():
    facts = [(p, "sued", d, FILED, "t", "2024-03-08") for p in ("ann", "bo") for d in ("nv", "db")]
    facts += [(p, "sued", "nv", CAPTION, "t", "2024-03-10") for p in ("ann", "bo")]
    graph = _english(*facts, entities=(Entity("case", "Case", "Roe v. Nvidia Corp"),))
    rows = sorted((suit.defendants, suit.court_stated, suit.filed) for suit in suits(graph))
    assert rows == [(["db"], False, "2024-03-08"), (["nv"], True, "2024-03-08")]  # its court only inferred


def test_a_caption_naming_the_first_of_the_defendants_a_sentence_names_keeps_one_suit():
    sued = "Ann Roe and Bo Lee sued Nvidia and Databricks in the Northern District of California."
    facts = [(p, "sued", d, sued, "t", "2024-03-08") for p in ("ann", "bo") for d in ("nv", "db")]
    facts += [(p, "sued", "nv", CAPTION, "t", "2024-03-10") for p in ("ann", "bo")]
    graph = _english(*facts, entities=(Entity("case", "Case", "Roe v. Nvidia Corp"),))
    assert [suit.defendants for suit in suits(graph)] == [["db", "nv"]]


def test_a_court_told_by_what_it_is_gives_way_to_the_court_named():
    graph = _english(("ann", "sued", "nv", FILED, "t", "2024-03-08"), ("ann", "sued", "nv", CAPTION, "t", "2024-03-10"))
    (suit,) = suits(graph)
    assert (suit.court, suit.filed) == ("ndcal", "2024-03-08")


def test_a_filing_is_dated_past_an_appositive_and_not_past_another_clause():
    sentence = "Ann Roe sued Nvidia, the chipmaker, in 2022, alleging harm."
    assert suits(_english(("ann", "sued", "nv", sentence, "t", "2023-06-23")))[0].filed == "2022"
    sentence = "Ann Roe sued Nvidia, and the chipmaker answered in 2022."  # nor the day of the report (suits47)
    assert suits(_english(("ann", "sued", "nv", sentence, "t", "2023-06-23")))[0].filed is None


def test_a_cue_with_a_word_between_and_a_dismissal_with_a_granted_motion_is_one_dismissal():
    assert events_in("the court granted Nvidia's motion and dismissed Roe's claim as untimely") == ["ruling", "dismissal"]
    graph = _english(("ann", "sued", "nv", "Ann Roe sued Nvidia in 2022.", "t1", "2023-06-01"),
                     ("ndcal", "adjudicated", "ann", "The court granted Nvidia's motion and dismissed Roe's claim.", "t2",
                      "2023-06-22"))
    (suit,) = suits(graph)
    assert ([e.kind for e in suit.events], suit.status) == (["dismissal"], "dismissed")
    assert events_in("the judge dismissed the authors' claims under the act") == []


def test_a_ruling_told_before_the_items_one_suit_is_an_event_of_it_and_not_of_two():
    ruling = "U.S. District Judge Jo Park ruled on Thursday that a voice is not protected."
    graph = _english(("ndcal", "adjudicated", "ann", ruling, "t", "2025-07-10"),
                     ("ann", "sued", "nv", "Ann Roe sued Nvidia in May 2024.", "t", "2025-07-11"))
    (suit,) = suits(graph)
    assert [(e.kind, e.date) for e in suit.events] == [("ruling", "2025-07-10")]
    graph = _english(("ndcal", "adjudicated", "ann", ruling, "t", "2025-07-10"),
                     ("ann", "sued", "nv", "Ann Roe sued Nvidia in May 2024.", "t", "2025-07-11"),
                     ("ann", "sued", "db", "Ann Roe sued Databricks in June 2024.", "t", "2025-07-11"))
    assert all(suit.events == [] for suit in suits(graph))


def test_a_filing_naming_only_the_suits_defendant_dates_it_and_one_naming_another_partys_does_not():
    complaint = "Ann Roe said in the complaint that Nvidia copied her books."
    lede = "Nvidia was hit with a proposed class action on Friday by two authors over NeMo."
    graph = _english(("nv", "released", "nemo", lede, "t", "2024-03-08"), ("ann", "sued", "nv", complaint, "t", "2024-03-09"),
                     entities=(Entity("nemo", "AIModel", "NeMo"),))
    assert suits(graph)[0].filed == "2024-03-08"
    lede = "Nvidia was hit with a proposed class action on Friday by Databricks over NeMo."
    graph = _english(("db", "accused", "nv", lede, "t", "2024-03-08"), ("ann", "sued", "nv", complaint, "t", "2024-03-09"))
    assert suits(graph)[0].filed is None


def test_a_settlement_in_a_case_of_other_parties_is_no_event_of_the_items_suit():
    approved = "The suit comes weeks after a judge approved a settlement in Lee v. Databricks."
    graph = _english(("ann", "sued", "nv", "Ann Roe sued Nvidia in the Northern District of California.", "t", "2025-10-16"),
                     ("ndcal", "adjudicated", "ann", approved, "t", "2025-10-16"),
                     entities=(Entity("case", "Case", "Lee v. Databricks"),))
    assert [(suit.events, suit.status) for suit in suits(graph)] == [([], "filed")]
    graph = _english(("ann", "sued", "nv", "Ann Roe sued Nvidia in the Northern District of California.", "t", "2025-10-16"),
                     ("ndcal", "adjudicated", "ann", approved.replace("Lee v. Databricks", "Roe v. Nvidia"), "t", "2025-10-16"),
                     entities=(Entity("case", "Case", "Roe v. Nvidia"),))
    assert [suit.status for suit in suits(graph)] == ["settled"]  # its own case: its event


def test_a_filing_told_first_in_its_own_clause_dates_the_suit_before_what_followed():
    told = "Ann Roe sued Nvidia in August 2024, and Nvidia agreed to pay $3,000 per book to resolve claims."
    graph = _english(("ann", "sued", "nv", told, "t", "2024-08"), ("ann", "settled", "nv", told, "t", "2024-08"))
    (suit,) = suits(graph)
    assert (suit.filed, suit.status) == ("2024-08", "settled")
    inside = "Ann Roe sued Nvidia, and the court on May 5, 2025 dismissed the suit."
    graph = _english(("ann", "sued", "nv", inside, "t", "2025-05-05"))
    assert suits(graph)[0].filed is None  # the date is the dismissal's, not the filing's


def test_an_office_named_right_before_its_holder_is_no_second_defendant():
    entities = (Entity("ag", "Regulator", "Ohio Attorney General"), Entity("tom", "Person", "Tom Vale"))
    sued = "Ann Roe sued Ohio Attorney General Tom Vale in the Northern District of California."
    graph = _english(("ann", "sued", "ag", sued, "t", "2025-04-01"), ("ann", "sued", "tom", sued, "t", "2025-04-01"),
                     entities=entities)
    assert [suit.defendants for suit in suits(graph)] == [["tom"]]
    apart = "Ann Roe sued the Ohio Attorney General and, a month later, Tom Vale."
    graph = _english(("ann", "sued", "ag", apart, "t", "2025-04-01"), ("ann", "sued", "tom", apart, "t", "2025-04-01"),
                     entities=entities)
    assert [suit.defendants for suit in suits(graph)] == [["ag", "tom"]]  # not named as one


def test_a_country_suing_with_its_own_agency_in_the_item_is_that_agency():
    entities = (Entity("us", "Jurisdiction", "U.S."), Entity("ftc", "Regulator", "Federal Trade Commission", jurisdiction="us"),
                Entity("ohio", "Jurisdiction", "Ohio"))
    graph = _english(("us", "sued", "nv", "U.S. and Ohio sue Nvidia over chip prices", "t", "2025-04-01"),
                     ("ftc", "sued", "nv", "The Federal Trade Commission and Ohio sued Nvidia on Friday.", "t", "2025-04-01"),
                     ("ohio", "sued", "nv", "The Federal Trade Commission and Ohio sued Nvidia on Friday.", "t", "2025-04-01"),
                     entities=entities)
    assert [(suit.plaintiffs, suit.defendants) for suit in suits(graph)] == [(["ftc", "ohio"], ["nv"])]
    graph = _english(("us", "sued", "nv", "The U.S. sued Nvidia on Friday.", "t", "2025-04-01"),
                     ("ftc", "sued", "db", "The Federal Trade Commission sued Databricks.", "t", "2025-04-01"),
                     entities=entities)
    assert sorted(suit.plaintiffs[0] for suit in suits(graph)) == ["ftc", "us"]  # another suit: the country stays


def test_plaintiffs_joining_the_items_suit_are_its_plaintiffs():
    entities = (Entity("ohio", "Jurisdiction", "Ohio"), Entity("iowa", "Jurisdiction", "Iowa"))
    sued = "Ann Roe sued Nvidia on Friday in the Northern District of California."
    joined = "Ohio and Iowa joined as plaintiffs."
    graph = _english(("ann", "sued", "nv", sued, "t", "2025-04-04"), ("ohio", "sued", "nv", joined, "t", "2025-04-04"),
                     ("iowa", "sued", "nv", joined, "t", "2025-04-04"), entities=entities)
    assert [suit.plaintiffs for suit in suits(graph)] == [["ann", "iowa", "ohio"]]
    graph = _english(("ann", "sued", "nv", sued, "t", "2025-04-04"),
                     ("ohio", "sued", "nv", "Ohio also sued Nvidia.", "t", "2025-04-04"), entities=entities)
    assert len(suits(graph)) == 2  # a suit of its own


def test_a_ruling_in_a_case_named_with_yi_an_is_an_event_of_that_suit():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"),
                   ("north", "adjudicated", "b", "在甲公司诉乙公司一案中，法官裁定驳回乙公司的动议。", "t2", "2024-09-01"))
    graph.add_entity(Entity("case", "Case", "甲公司诉乙公司一案"))
    (suit,) = suits(graph)
    assert [(event.kind, event.date) for event in suit.events] == [("ruling", "2024-09-01")]


def test_a_court_described_before_its_name_is_the_court_named_not_another_of_that_description():
    entities = (Entity("ndtx", "Court", "Northern District of Texas", {"federal court"}),
                Entity("mdfl", "Court", "Middle District of Florida"))
    graph = _english(("ann", "sued", "nv", "Ann Roe sued Nvidia on Friday in federal court in the Middle District of Florida.",
                      "t", "2025-04-04"), entities=entities)
    assert [suit.court for suit in suits(graph)] == ["mdfl"]
    graph = _english(("ann", "sued", "nv", "Ann Roe sued Nvidia on Friday in federal court in Texas.", "t", "2025-04-04"),
                     entities=entities)
    assert [suit.court for suit in suits(graph)] == ["ndtx"]  # the description alone: its court


def test_a_case_name_is_read_as_its_two_sides_in_either_script():
    from kg.cases import case_sides

    assert case_sides("甲公司、乙公司诉丙公司等案件") == (("甲公司", "乙公司"), ("丙公司",))
    assert case_sides("Acme Corp v. Bolt Labs and Cirrus") == (("Acme Corp",), ("Bolt Labs", "Cirrus"))
    assert case_sides("Roe VS. Doe一案") == (("Roe",), ("Doe",))
    assert case_sides("（2024）京 73 民初 1 号") is None


def test_a_legal_form_after_a_comma_stays_with_the_side_it_closes():
    from kg.cases import case_sides

    assert case_sides("Quinlan v. Vexor Technologies, Inc.") == (("Quinlan",), ("Vexor Technologies, Inc.",))
    assert case_sides("Roe v. Bolt Labs, LLC, Cirrus, Inc. and Dune") == (("Roe",), ("Bolt Labs, LLC", "Cirrus, Inc.", "Dune"))


def test_a_case_names_cause_of_dispute_words_is_no_defendant():
    from kg.cases import case_sides

    assert case_sides("星河科技诉卓汇公司不正当竞争案") == (("星河科技",), ("卓汇公司",))
    assert case_sides("星河科技诉卓汇公司著作权侵权案") == (("星河科技",), ("卓汇公司",))
    assert case_sides("星河科技诉卓汇数据科技案") == (("星河科技",), ("卓汇数据科技",))  # a name holding 数据 stays whole


def _english_graph(sentence: str, pairs: list[tuple[str, str]], date: str) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for node, label in (("n", "Nordlicht Media"), ("q", "Quillon"), ("h", "Harbor Press"), ("t", "Tidewire")):
        graph.add_entity(Entity(node, "Company", label))
    for head, tail in pairs:
        graph.add_fact(head, "sued", tail, Evidence("d.txt", "t1", sentence, 0, len(sentence), date))
    return graph


@pytest.mark.parametrize("sentence", [
    "Two other suits were filed in February, when Nordlicht Media sued Quillon and Harbor Press and Tidewire "
    "brought a separate case against the company.",
    "Nordlicht Media sued Quillon in February; Harbor Press and Tidewire filed a separate lawsuit against it in March.",
])
def test_two_suits_told_in_one_english_sentence_are_a_row_each(sentence):
    graph = _english_graph(sentence, [("n", "q"), ("h", "q"), ("t", "q")], "2024-04-30")
    assert sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph)) == [(["h", "t"], ["q"]), (["n"], ["q"])]


def test_a_filing_told_by_who_brought_the_case_dates_it():
    assert events_in("该案由甲公司于2022年提起，甲公司指控乙公司诽谤。") == ["filing"]


def test_a_suit_told_in_the_item_of_another_is_not_placed_in_the_others_court():
    graph = _graph(("a", "sued", "b", "2025年1月21日，甲公司向北区法院起诉乙公司。", "t1", "2025-01-21"),
                   ("a", "sued", "c", "这是甲公司继2024年11月起诉丙公司之后的第二起诉讼。", "t1", "2025-01-21"))
    by_defendant = {suit.defendants[0]: suit for suit in suits(graph)}
    assert by_defendant["b"].court == "north"
    assert (by_defendant["c"].court, by_defendant["c"].filed) == (None, "2024-11")


def test_a_ruling_in_another_documents_suit_with_the_party_on_the_other_side_places_no_suit():
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司起诉乙公司。", "t1", "2024-03-01"))
    graph.add_fact("c", "sued", "a", Evidence("other.txt", "t9", "丙公司起诉甲公司。", 0, 10, "2024-05-01"))
    graph.add_fact("north", "adjudicated", "a", Evidence("other.txt", "t9", "北区法院驳回了该公司的申请。", 20, 40, "2024-05-02"))
    assert [suit.court for suit in suits(graph) if suit.plaintiffs == ["a"]] == [None]
    graph.add_fact("a", "sued", "c", Evidence("other.txt", "t8", "甲公司起诉丙公司。", 50, 60, "2024-05-03"))
    # a sues there too: the ruling there is in a suit of a there, no more this one's (Kadrey v. Meta's court is not
    # that of another author's suit against Meta told elsewhere)
    assert [suit.court for suit in suits(graph) if suit.defendants == ["b"]] == [None]


def test_a_suit_told_in_the_item_of_another_gets_no_court_from_another_document_either():
    graph = _graph(("a", "sued", "b", "2025年1月21日，甲公司向北区法院起诉乙公司。", "t1", "2025-01-21"),
                   ("a", "sued", "c", "这是甲公司继2024年11月起诉丙公司之后的第二起诉讼。", "t1", "2025-01-21"))
    graph.add_fact("south", "adjudicated", "c", Evidence("other.txt", "t9", "南区法院驳回了该公司的动议。", 0, 20, "2025-03-01"))
    assert [suit.court for suit in suits(graph) if suit.defendants == ["c"]] == [None]


@pytest.mark.parametrize("sentence", [
    "The suit was filed by Quillon and Harbor Press, which belong to Aldane Capital, and by Tidewire.",
    "Quillon, Harbor Press and Tidewire, all owned by Aldane Capital, sued Vexo.",
])
def test_the_owner_of_the_plaintiffs_named_as_such_is_no_plaintiff_of_their_suit(sentence):
    graph = KnowledgeGraph()
    for node, label in (("q", "Quillon"), ("h", "Harbor Press"), ("t", "Tidewire"), ("o", "Aldane Capital"), ("x", "Vexo")):
        graph.add_entity(Entity(node, "Company", label))
    for head in ("q", "h", "t", "o"):
        graph.add_fact(head, "sued", "x", Evidence("d.txt", "t1", sentence, 0, len(sentence), "2024-04-30"))
    (suit,) = suits(graph)
    assert suit.plaintiffs == ["h", "q", "t"]


def test_the_court_a_case_cards_court_line_names_is_the_court_of_each_suit_of_the_card():
    # the card's court line is evidence of another fact (its place); one suit of the card says 同一法院
    graph = _graph(("north", "partnered", "c", "（1）法院：北区法院", "card", "2025-09-24"),
                   ("a", "sued", "b", "（4）案情：甲公司起诉乙公司，称其窃取商业秘密。", "card", "2025-09-24"),
                   ("a", "sued", "c", "此前，甲公司已在同一法院单独起诉丙公司。", "card", "2025-08-28"))
    by_defendants = {tuple(suit.defendants): suit for suit in suits(graph)}
    assert by_defendants[("b",)].court == "north" and "court line" in by_defendants[("b",)].court_reason



def test_a_court_of_appeal_a_cards_court_line_names_is_the_court_of_an_appeal_no_lower_court_is_named_for():
    graph = _graph(("appeals", "adjudicated", "a", "（1）法院：第九巡回上诉法院", "card", "2025-09-24"),
                   ("a", "sued", "b", "（4）案情：甲公司诉乙公司，法院撤销原判。", "card", "2025-09-24"))
    (suit,) = suits(graph)
    assert suit.court == "appeals" and "court of appeal" in suit.court_reason

def test_a_criminal_charge_files_the_suit_and_a_deferred_prosecution_agreement_settles_it():
    assert events_in("2024年3月5日，检方在北区法院对乙公司提起刑事指控。") == ["filing"]
    assert events_in("同日，乙公司与检方签订暂缓起诉协议。") == ["settlement"]
    graph = _graph(("a", "sued", "b", "2024年3月5日，甲公司在北区法院对乙公司提起刑事指控。", "t1", "2024-03-05"),
                   ("b", "settled", "a", "2024年4月9日，乙公司与甲公司签订暂缓起诉协议。", "t1", "2024-04-09"))
    (suit,) = suits(graph)
    assert (suit.filed, suit.court, suit.status) == ("2024-03-05", "north", "settled")


def test_a_cards_filing_field_gives_its_date():
    assert card_filed("〖起诉〗2023年10月17日") == "2023-10-17"
    assert card_filed("起诉日｜2021年") == "2021"
    assert card_filed("- Filed: March 3, 2024") == "2024-03-03"
    assert card_filed("甲公司诉乙公司｜北区法院｜2022年1月起诉｜2024年2月驳回动议") == "2022-01"
    assert card_filed("〖起诉〗（一审日期未公开）") is None
    assert card_filed("2024年2月，法院驳回了甲公司的起诉。") is None  # a sentence, no field


def test_a_procedure_fields_filing_step_gives_its_date():
    # a field of steps apart by semicolons: the one step made of a date and a filing word only
    assert card_filed("〔诉讼进程〕2021年3月提起诉讼；2022年9月一审判决；2023年二审维持") == "2021-03"
    assert card_filed("【经过】2020年起诉；同年调解") == "2020"
    assert card_filed("进程：2022年判决；原告2021年曾起诉并撤回") is None  # no step is a date and a filing only
    assert card_filed("要点：原告称2020年起诉后被告未回应") is None  # one clause, no steps


def test_the_filing_a_card_field_gives_dates_the_suit_its_story_tells_undated():
    # the card's court and filing lines carry facts of their own; its story tells the suit without a date
    graph = _graph(("a", "sued", "b", "〖起诉〗2019年", "card", "2023-07-11"),
                   ("a", "sued", "b", "简析：甲公司起诉乙公司，称其侵犯隐私。", "card", "2023-07-11"),
                   ("north", "adjudicated", "a", "2023年7月11日，北区法院驳回起诉。", "card", "2023-07-11"))
    (suit,) = suits(graph)
    assert suit.filed == "2019"


def test_a_caption_line_with_the_filing_field_dates_the_suit_though_it_tells_later_acts():
    graph = _graph(("a", "sued", "b", "甲公司诉乙公司｜北区法院｜2023年4月起诉｜2024年驳回动议｜2024年7月和解", "card", "2024-07-01"))
    (suit,) = suits(graph)
    assert suit.filed == "2023-04"


def test_a_transfer_of_the_claims_against_one_party_leaves_the_suit_in_its_court_and_is_no_ruling():
    graph = _graph(("south", "adjudicated", "b", "针对乙公司的请求已移送南区法院合并审理。", "t1", "2024-03-01"))
    filing = "2024年3月1日，甲公司向北区法院起诉乙公司和丙公司。"
    for defendant in ("b", "c"):
        graph.add_fact("a", "sued", defendant, Evidence("d.txt", "t1", filing, 200, 250, "2024-03-01"))
    (suit,) = suits(graph)
    assert (suit.court, suit.events, suit.status) == ("north", [], "filed")


def _read_both_ways(graph: KnowledgeGraph, sentence: str, item: str, date: str) -> None:
    """A counter-suit sentence read as 乙 suing 甲 and, wrongly, 甲 suing 乙."""
    evidence = Evidence("d.txt", item, sentence, 500, 500 + len(sentence), date)
    graph.add_fact("b", "sued", "a", evidence)
    graph.add_fact("a", "sued", "b", evidence)


def test_a_counter_suit_told_in_the_suits_item_keeps_its_court_from_the_first_suit():
    # the counter-suit sentence is read both ways; the court it names is the counter-suit's only
    graph = _graph(("a", "sued", "b", "2024年3月1日，甲公司向北区法院起诉乙公司。", "t1", "2024-03-01"))
    _read_both_ways(graph, "两周后，乙公司在南区法院对甲公司提起反诉。", "t1", "2024-03-15")
    courts = sorted((suit.plaintiffs, suit.court) for suit in suits(graph))
    assert courts == [(["a"], "north"), (["b"], "south")]


def test_a_similar_suit_by_another_plaintiff_told_after_a_suit_is_a_row_of_its_own():
    # the later sentence is read with the item's first plaintiff too; it names only the new one
    graph = _graph(("a", "sued", "b", "甲公司诉乙公司", "甲公司诉乙公司", "2024-05-01"))
    later = Evidence("d.txt", "甲公司诉乙公司", "当月稍晚，丙公司也向乙公司提起了类似的诉讼。", 300, 330, "2024-05-01")
    for plaintiff in ("a", "c"):
        graph.add_fact(plaintiff, "sued", "b", later)
    assert sorted((suit.plaintiffs, suit.defendants) for suit in suits(graph)) == [(["a"], ["b"]), (["c"], ["b"])]


def test_a_supreme_court_a_cards_court_line_names_is_the_suits_court_though_a_counter_suit_names_another():
    graph = _graph(("a", "sued", "b", "甲公司诉乙公司", "甲公司诉乙公司", "2025-02-01"))
    _read_both_ways(graph, "进展：乙公司随后在南区法院反诉甲公司。", "甲公司诉乙公司", "2025-02-01")
    graph.add_entity(Entity("state", "Court", "纽约州最高法院"))
    graph.add_fact("state", "partnered", "c", Evidence("d.txt", "甲公司诉乙公司", "法院：纽约州最高法院", 5, 15, "2025-02-01"))
    courts = sorted((suit.plaintiffs, suit.court) for suit in suits(graph))
    assert courts == [(["a"], "state"), (["b"], "south")]


def test_a_cards_filing_line_read_as_the_title_of_the_next_line_dates_its_suit():
    # a card whose numbered lines are items of their own: the story line's item is the filing line
    graph = _graph(("a", "sued", "b", "3. 案情：甲公司起诉乙公司，称其名称造成混淆。", "2. 立案日期：2024年5月", "2024-08-01"))
    (suit,) = suits(graph)
    assert suit.filed == "2024-05"


@pytest.mark.parametrize("first, second", [("t1", "t2"), ("t2", "t1")])
def test_a_court_named_in_two_items_is_credited_to_the_item_its_evidence_tells_first(first, second):
    # in both orders: a choice by the order of a set of (document, item) would fail one of them, on any PYTHONHASHSEED
    graph = _graph(("north", "partnered", "c", "（1）法院：北区法院", "t1", "2025-03-01"),
                   ("north", "partnered", "a", "（1）法院：北区法院", "t2", "2025-04-01"))
    courts = CourtNames(graph)
    evidence = [Evidence("d.txt", item, "甲公司起诉乙公司。", 0, 9, None) for item in (first, second)]
    assert courts.in_fields(evidence) == {"north": first}
    assert courts.in_items(evidence) == {"north": first}


@pytest.mark.parametrize("reference", ["the same courthouse", "that same courthouse"])
def test_a_suit_filed_in_the_same_courthouse_is_in_the_court_named_before_it(reference):
    graph = KnowledgeGraph()
    for entity in (Entity("acme", "Company", "Acme"), Entity("gamma", "Company", "Gamma Books"),
                   Entity("beta", "Company", "Beta Labs"), Entity("north", "Court", "Northern District Court")):
        graph.add_entity(entity)
    for position, (plaintiff, sentence, date) in enumerate((
            ("acme", "Acme sued Beta Labs in the Northern District Court in May 2024.", "2024-05"),
            ("gamma", f"Gamma Books sued Beta Labs in {reference} in June 2024, over its own books.", "2024-06"))):
        graph.add_fact(plaintiff, "sued", "beta", Evidence("d.txt", "t", sentence, position * 100, position * 100 + 60, date))
    rows = sorted((suit.plaintiffs, suit.court, suit.filed) for suit in suits(graph))
    assert rows == [(["acme"], "north", "2024-05"), (["gamma"], "north", "2024-06")]


@pytest.mark.parametrize("told", ["followed with its own suit against", "then brought their own lawsuit against"])
def test_a_plaintiff_bringing_its_own_suit_in_the_sentence_of_another_is_a_row_of_its_own(told):
    sentence = f"Acme sued Beta Labs in the Northern District Court in March 2024, and Gamma Books {told} Beta Labs."
    graph = _suit_graph(sentence, "t", "2024-03", ("acme", "beta"), ("gamma", "beta"))
    assert sorted(suit.plaintiffs for suit in suits(graph)) == [["acme"], ["gamma"]]


def test_a_court_whose_name_ends_with_a_bracket_is_named_before_a_comma():
    graph = KnowledgeGraph()
    for entity in (Entity("a", "Person", "Ada Byrne"), Entity("tax", "Company", "Revenue Office"),
                   Entity("tribunal", "Court", "First-tier Tribunal (Tax Chamber)")):
        graph.add_entity(entity)
    graph.add_fact("a", "sued", "tax", Evidence("d.txt", "t1", "Ada Byrne appealed against the Revenue Office.", 0, 50, "2024-01-01"))
    graph.add_fact("tribunal", "adjudicated", "a", Evidence(
        "d.txt", "t1", "She appealed to the First-tier Tribunal (Tax Chamber), citing her illness.", 100, 170, "2024-01-01"))
    assert CourtNames(graph).named("She went to the First-tier Tribunal (Tax Chamber), then home.") == [(16, "tribunal")]
    assert CourtNames(graph).named("The First-tier Tribunal (Tax Chamber)s") == []


# -- the date a filing sentence gives its own filing (filed30) ------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The release came less than three weeks after Nordlicht Media sued Quillon, its parent and two of its "
    "officers in the Superior Court on 29 February.",
    "It comes barely a week after Nordlicht Media sued Quillon and its two founders in a Boston court on February 29.",
])
def test_an_approximate_date_before_a_filing_is_refined_by_the_day_told_after_it(sentence):
    # the sentence's date is its first one, about a week before the story of mid-March: February
    (suit,) = suits(_english_graph(sentence, [("n", "q")], "2024-02"))
    assert suit.filed == "2024-02-29"


def test_a_day_told_after_a_filing_dated_before_it_does_not_replace_that_date():
    sentence = "On 3 February, Nordlicht Media sued Quillon, which answered on 29 February."
    (suit,) = suits(_english_graph(sentence, [("n", "q")], "2024-02-03"))
    assert suit.filed == "2024-02-03"


def test_a_date_before_another_filing_is_that_filings_not_the_next_ones():
    sentence = "In June 2024 Harbor Press sued Quillon, and Nordlicht Media sued Quillon in Boston in September 2024."
    graph = _english_graph(sentence, [("h", "q"), ("n", "q")], "2024-06")
    filed = {suit.plaintiffs[0]: suit.filed for suit in suits(graph)}
    assert filed == {"h": "2024-06", "n": "2024-09"}


def test_a_chinese_month_told_alone_dates_the_filing():
    graph = _graph(("a", "sued", "b", "诉讼方面，投资者甲公司于3月在北区法院对乙公司提起证券集体诉讼。", "t1", "2025-03"))
    (suit,) = suits(graph)
    assert suit.filed == "2025-03"


@pytest.mark.parametrize("ruling, sued_here", [
    ("北区法院驳回了丙公司起诉乙公司一案中乙公司的动议。", "2025年3月，甲公司起诉乙公司。"),
    ("北區法院駁回了丙公司起訴乙公司一案中乙公司的動議。", "2025年3月，甲公司起訴乙公司。"),
    ("The Northern Court denied the motion of B Corp in the suit C Corp brought against it.", "In March 2025, A Corp sued B Corp."),
])
def test_a_court_ruling_in_another_documents_suit_of_a_party_is_not_this_suits(ruling, sued_here):
    graph = _graph()
    for node, label in (("a", "A Corp"), ("b", "B Corp"), ("c", "C Corp"), ("north", "Northern Court")):
        graph.entity(node)["labels"].add(label)
    graph.add_fact("c", "sued", "b", Evidence("there.txt", "t1", "2024年1月，丙公司在北区法院起诉乙公司。", 0, 20, "2024-01"))
    graph.add_fact("north", "adjudicated", "b", Evidence("there.txt", "t1", ruling, 30, 60, "2024-09-01"))
    graph.add_fact("a", "sued", "b", Evidence("here.txt", "t2", sued_here, 0, 20, "2025-03"))
    here = next(suit for suit in suits(graph) if suit.plaintiffs == ["a"])
    assert here.court is None


@pytest.mark.parametrize("label, places", [
    ("U.S. District Court for the District of Delaware", {"Delaware"}),  # U.S. before a space is a kind word too
    ("US District Court, Northern District of California", {"California"}),
    ("美国特拉华州联邦地区法院", {"特拉华州"}),
    ("東京地方法院", {"東京"}),
])
def test_a_courts_place_words_are_its_labels_less_the_lexicons_kind_words(label, places):
    from kg.cases.courts import _places
    assert _places([label]) == places


def test_lexicon_names_without_patterns_agree_with_the_patterns():
    """--claim's and --status's choices and the claims' order, read without compiling the
    lexicons' patterns, are the compiled lexicons' own."""
    assert claim_names() == [claim for claim, _ in claim_patterns()]
    assert event_statuses() == set(event_lexicon()[2].values())


def test_a_federal_judge_a_court_was_given_as_a_label_names_no_court_where_no_place_is_written():
    # another document's "a federal judge in Oakland" made "federal judge" a label of the California court; a sentence
    # of this suit saying only "a federal judge" does not put it there: the court its other sentence names is its court
    entities = (Entity("ndcal2", "Court", "Northern District of Kalifa", {"federal judge"}),
                Entity("sdny", "Court", "Southern District of New York"))
    graph = _english(("ann", "sued", "nv", "A federal judge has allowed the lawsuit Ann Roe brought against Nvidia to proceed.",
                      "t", "2025-04-04"),
                     ("ann", "sued", "nv", "Ann Roe sued Nvidia in the Southern District of New York.", "t", "2025-04-04"),
                     entities=entities)
    assert [suit.court for suit in suits(graph)] == ["sdny"]


@pytest.mark.parametrize("sentence, named", [
    ("Ann Roe brought her case before the ART last week.", True),
    ("In a fight over AI-generated art, Ann Roe sued Nvidia.", False),
    ("Under Art. 15 of the act, Ann Roe sued Nvidia.", False),
    ("安·罗上周向 ART 提起申请，要求审查英伟达的决定。", True),
    ("一场关于 AI 生成 art 作品的争议中，安·罗起诉了英伟达。", False),
    ("一場關於 AI 生成 Art 作品的爭議中，安·羅起訴了英偉達。", False),
])
def test_a_court_known_by_an_acronym_is_named_only_in_capitals(sentence, named):
    graph = _english(("ann", "sued", "nv", sentence, "t", "2024-03-08"),
                     entities=(Entity("art", "Court", "Administrative Review Tribunal", {"ART"}),))
    assert bool(CourtNames(graph).named(sentence)) == named
