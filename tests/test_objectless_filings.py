"""A Chinese filing told with no object of its own, its defendant the one other named party of the
sentence (kg.facts.objectless ObjectlessFilings; context.tsv objectless_no_party, objectless_owned),
in Simplified and Traditional Chinese (a Traditional text read in Simplified, as the pipeline reads a
Traditional document: as_read).  All sentences and names invented."""
from __future__ import annotations

import pytest


def _sued(read_facts, text: str) -> set[tuple[str, str]]:
    return {(head, tail) for head, relation, tail in read_facts(text) if relation == "sued"}


@pytest.mark.parametrize("text, plaintiff, defendant", [
    # the next clause's subject defends itself
    ("后来北京星瀚科技有限公司一状告上法院，云帆科技公司辩称，网站上已提供正确的信息。", "北京星瀚科技有限公司", "云帆科技公司"),
    ("後來作家王志遠一狀告上法院，雲帆科技公司辯稱，網站上已提供正確的資訊。", "王志遠", "雲帆科技公司"),
    ("北京星瀚科技有限公司随后因差价起诉，云帆科技公司在其辩护中表示，聊天机器人自行负责。", "北京星瀚科技有限公司", "云帆科技公司"),
    # the subject of what the plaintiffs claim
    ("北京星瀚科技有限公司在集体诉讼中表示，云帆科技公司未经许可出售其语音。", "北京星瀚科技有限公司", "云帆科技公司"),
    ("星瀚科技股份有限公司在集體訴訟中表示，總部位於台北的雲帆科技公司未經許可出售其語音。", "星瀚科技股份有限公司", "雲帆科技公司"),
    # the agent of a passive clause before the filing
    ("知名作家王志遠因自己的星瀚圖卡遭網紅陳大文截圖使用，一狀告到地檢署。", "王志遠", "陳大文"),
])
def test_the_one_other_party_of_the_sentence_is_sued(read_facts, as_read, text, plaintiff, defendant):
    assert (as_read(plaintiff), as_read(defendant)) in _sued(read_facts, as_read(text))


def test_two_other_parties_name_no_defendant(read_facts):
    text = "后来北京星瀚科技有限公司一状告上法院，云帆科技公司和海岳数据公司均辩称，网站上已提供正确的信息。"
    assert not {("北京星瀚科技有限公司", "云帆科技公司"), ("北京星瀚科技有限公司", "海岳数据公司")} & _sued(read_facts, text)


def test_an_officer_of_the_case_and_the_filer_s_own_thing_are_no_other_party(pipeline):
    from kg.facts.base import Shared
    from kg.facts.objectless import ObjectlessFilings
    from kg.model import Mention

    unit = ObjectlessFilings(Shared(pipeline.kb))
    text = "王某随后起诉，评审成员李大同认为，王某因自己的星瀚图卡遭使用。"
    judge = Mention("李大同", "Person", text.index("李大同"), text.index("李大同") + 3)
    owned = Mention("星瀚", "Company", text.index("星瀚"), text.index("星瀚") + 2)
    assert unit.no_party(text, judge, 0, len(text)) and unit.no_party(text, owned, 0, len(text))
    quoted = "王某起诉后说：“我们相信云帆科技公司会输，法院会公正。”"
    company = Mention("云帆科技公司", "Company", quoted.index("云帆"), quoted.index("云帆") + 6)
    assert unit.no_party(quoted, company, 0, len(quoted))


def test_a_filing_with_its_own_object_or_not_made_is_not_read_here(read_facts):
    negated = "北京星瀚科技有限公司并未提起诉讼，云帆科技公司表示，双方仍在协商。"
    assert ("北京星瀚科技有限公司", "云帆科技公司") not in _sued(read_facts, negated)
    facts = read_facts("北京星瀚科技有限公司对云帆科技公司提起诉讼，海岳数据公司表示关注。", objects=True)
    assert not [f for f in facts if f.relation == "sued" and f.rule == "objectless"]


def test_a_suit_the_subject_faces_or_a_cited_outlet_names_no_defendant(read_facts):
    faced = "云帆科技公司正在就其招聘工具面临的一起集体诉讼采取行动，北京星瀚科技有限公司表示关注。"
    assert ("云帆科技公司", "北京星瀚科技有限公司") not in _sued(read_facts, faced)
    cited = "据《星海日报》报道，北京星瀚科技有限公司已提起诉讼，且诉讼近日已获法院受理。"
    assert not [f for f in read_facts(cited, objects=True) if f.rule == "objectless"]


def test_a_suit_told_as_a_thing_or_the_filer_s_owner_is_no_side(pipeline):
    from kg.facts.base import Shared
    from kg.facts.objectless import ObjectlessFilings
    from kg.model import Mention

    unit = ObjectlessFilings(Shared(pipeline.kb))
    thing = "即使允许介入，诉讼范围也不会因此扩大。"
    told = "甲公司在集体诉讼中表示，乙公司出售其语音。"
    filed = "甲公司随后提起诉讼，乙公司辩称无责。"
    noun = thing.index("诉讼")
    assert not unit.files(thing, noun, noun + 2, thing.index("，") + 1)
    assert unit.files(told, told.index("集体诉讼"), told.index("集体诉讼") + 4, 0)
    assert unit.files(filed, filed.index("诉讼"), filed.index("诉讼") + 2, 0)
    text = "星瀚科技数字犯罪部门随后提起诉讼，指控黑客非法访问星瀚科技的服务。"
    unit_, owner = (Mention("星瀚科技数字犯罪部门", "Organization", 0, 10),
                    Mention("星瀚科技", "Company", text.rindex("星瀚科技"), text.rindex("星瀚科技") + 4))
    assert unit.others(text, [unit_, owner], [unit_], 0, len(text)) == []
    assert unit.others(text, [unit_, owner], [owner], 0, len(text)) == [unit_]
