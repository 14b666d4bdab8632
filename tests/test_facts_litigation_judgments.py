"""kg.facts.litigation JudgmentHeadings: a court's judgment told by its own heading (X法院民事判决书,
X法院民事判決, then its parties after their role words: 原告, 被告, 上诉人, 被上诉人, written in Taiwan
with spaces between the characters) adjudicates each party the heading lists, before the
judgment's operative part; an agent's label names no party, and a court whose name the heading
cuts short (X法院Y分院) is not the one that judged.  Invented headings, in Simplified and Traditional."""
from __future__ import annotations

RULE = "litigation/judgment"

SIMPLIFIED = ("北京知识产权法院民事判决书\n（2024）京73民终1号\n上诉人（原审原告）：星辰科技有限公司。\n"
              "被上诉人（原审被告）：云图科技有限公司。\n上诉人星辰科技有限公司因与被上诉人云图科技有限公司著作权纠纷一案，"
              "不服北京互联网法院民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。判决如下：驳回上诉，维持原判。")
TRADITIONAL = ("臺灣新北地方法院民事判決\n112年度訴字第100號\n原 告 星辰科技股份有限公司\n法定代理人 王大明\n"
               "被 告 雲圖科技股份有限公司\n上列當事人間損害賠償事件，本院判決如下：\n主 文\n原告之訴駁回。\n")


def _judged(facts) -> set[tuple[str, str]]:
    """(court, party) of the rule's facts, the court as the knowledge base labels it where it knows it."""
    return {(_court(f.head), f.tail.text) for f in facts if f.relation == "adjudicated" and f.rule == RULE}


def _court(mention) -> str:
    return "新北地方法院" if mention.text.endswith("新北地方法院") else mention.text


def test_a_simplified_heading_adjudicates_its_appellant_and_appellee(read_facts):
    assert _judged(read_facts(SIMPLIFIED, objects=True)) == {
        ("北京知识产权法院", "星辰科技有限公司"), ("北京知识产权法院", "云图科技有限公司")}


def test_a_traditional_heading_with_spaced_roles_adjudicates_its_sides_not_their_agent(read_facts):
    assert _judged(read_facts(TRADITIONAL, objects=True)) == {
        ("新北地方法院", "星辰科技股份有限公司"), ("新北地方法院", "雲圖科技股份有限公司")}


def test_a_heading_whose_role_lines_are_items_of_their_own_still_adjudicates_them(pipeline, write_doc):
    result = pipeline.process(write_doc("judgment.txt", TRADITIONAL))
    judged = {(_court(f.head), f.tail.text) for facts in result.facts for f in (facts if isinstance(facts, list) else [facts])
              if f.relation == "adjudicated"}
    assert {("新北地方法院", "星辰科技股份有限公司"), ("新北地方法院", "雲圖科技股份有限公司")} <= judged
    assert not any(tail == "王大明" for _, tail in judged)


def test_a_court_the_heading_cuts_short_judges_nothing(read_facts):
    text = TRADITIONAL.replace("臺灣新北地方法院民事判決", "臺灣高等法院花蓮分院民事判決")
    assert not {pair for pair in _judged(read_facts(text, objects=True)) if pair[0] == "臺灣高等法院"}


def test_a_court_named_in_a_report_without_a_judgment_heading_lists_no_parties(read_facts):
    text = "北京互联网法院近日召开新闻发布会。原告星辰科技有限公司代理人出席。被告云图科技有限公司未到场。"
    assert not _judged(read_facts(text, objects=True))


def test_parties_named_after_the_operative_part_are_not_read_from_the_heading(read_facts):
    text = "北京知识产权法院民事判决书\n上诉人：星辰科技有限公司。\n判决如下：驳回上诉。另查明，被告云图科技有限公司已注销。"
    assert _judged(read_facts(text, objects=True)) == {("北京知识产权法院", "星辰科技有限公司")}
