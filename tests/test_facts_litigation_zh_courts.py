"""Chinese litigation wordings of unseen text, of sources and courts: an outlet cited as a sentence's
source is no plaintiff (据路透社报道，三名作家起诉X), a place opening the name of a court the
mention stage does not know is the venue, no defendant (向加州北部地区巡回法院提交起诉书), and a
court asked to rule has not ruled (要求东京地方法院裁定…, 请求X法院判令Y).  Invented sentences, in
Simplified and in Traditional as OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def _both(as_read, sentence: str) -> tuple[str, str]:
    return sentence, as_read(S2T.convert(sentence))


@pytest.mark.parametrize("sentence, outlet", [
    ("据路透社报道，三名作家于周二对星岚科技提起诉讼。", "路透社"),
    ("根据《华尔街日报》周三的报道，多家出版社已起诉星岚科技。", "华尔街日报"),
    ("据彭博社消息，一群音乐人将星岚科技告上法庭。", "彭博社"),
])
def test_an_outlet_cited_as_the_source_sues_no_one(read_facts, as_read, sentence, outlet):
    for text in _both(as_read, sentence):
        assert not [f for f in read_facts(text) if f[1] == "sued" and f[0] in (outlet, as_read(outlet))], text


def test_a_plaintiff_named_after_the_cited_outlet_still_sues(read_facts, as_read):
    for text in _both(as_read, "据路透社报道，海川集团于周二对星岚科技提起诉讼。"):
        found = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
        assert found == {("海川集团", "星岚科技")}, text


@pytest.mark.parametrize("sentence, plaintiff, defendant", [
    ("海川律师事务所向加州北部地区巡回法院提交了一份起诉书，对星岚科技发起集体诉讼。", "海川律师事务所", "星岚科技"),
    ("海川集团向纽约联邦地院提告，控告星岚科技侵权。", "海川集团", "星岚科技"),
    ("海川集团与云图公司共同向德州联邦地院起诉星岚科技。", "海川集团", "星岚科技"),
])
def test_the_place_of_a_court_the_text_files_in_is_no_defendant(read_facts, as_read, sentence, plaintiff, defendant):
    for text in _both(as_read, sentence):
        found = read_facts(text)
        sued = {(h, t) for h, r, t in found if r == "sued"}
        assert (plaintiff, defendant) in sued, text
        assert not [f for f in found if f[1] == "sued" and f[2] in ("加利福尼亚州", "纽约市", "纽约州", "得克萨斯州")], text


@pytest.mark.parametrize("sentence, court", [
    ("海川集团请求深圳市中级人民法院判令星岚科技赔偿500万元。", "深圳市中级人民法院"),
    ("两家报社要求东京地方法院裁定星岚科技停止使用其文章。", "东京地方法院"),
    ("原告请求北京互联网法院判决星岚科技赔礼道歉。", "北京互联网法院"),
])
def test_a_court_asked_to_rule_adjudicates_nothing(read_facts, as_read, sentence, court):
    for text in _both(as_read, sentence):
        assert not [f for f in read_facts(text) if f[1] == "adjudicated" and f[2] == "星岚科技"
                    and f[0] in (court, as_read(court))], text


def test_a_court_that_rules_still_adjudicates(read_facts, as_read):
    for text in _both(as_read, "深圳市中级人民法院判令星岚科技赔偿海川集团500万元。"):
        assert ("深圳市中级人民法院", "adjudicated", "星岚科技") in set(read_facts(text)), text


@pytest.mark.parametrize("sentence, court, sides", [
    ("上诉人北辰网络科技有限公司因与被上诉人南风传媒有限公司著作权纠纷一案，不服东湖区人民法院（2024）京0101民初15号"
     "民事判决，向本院提起上诉。", "东湖区人民法院", ("北辰网络科技有限公司", "南风传媒有限公司")),
    ("上诉人星岚科技有限公司不服北京市海淀区人民法院一审判决，提起上诉。", "北京市海淀区人民法院", ("星岚科技有限公司",)),
    ("上 诉 人 星岚科技股份有限公司 被 上诉人 云图数据股份有限公司 上列当事人间请求损害赔偿事件，上诉人对于东湖区人民法院"
     "第一审判决提起上诉，本院判决如下：", "东湖区人民法院", ("星岚科技股份有限公司", "云图数据股份有限公司")),
])
def test_the_court_whose_ruling_a_side_appeals_adjudicated_the_sides(read_facts, as_read, sentence, court, sides):
    for text in _both(as_read, sentence):
        found = {(h, t) for h, r, t in read_facts(text) if r == "adjudicated"}
        assert {(as_read(court) if (as_read(court), sides[0]) in found else court, side) for side in sides} <= found, text


@pytest.mark.parametrize("sentence", [
    "星岚科技对东湖区人民法院的判决表示欢迎。",  # no appeal: the court's ruling praised
    "星岚科技不服东湖区人民法院的判决，提起上诉。",  # no side named by its role
])
def test_a_court_named_without_an_appeal_by_a_named_side_gives_nothing_new(read_facts, as_read, sentence):
    for text in _both(as_read, sentence):
        assert not [f for f in read_facts(text) if f[1] == "adjudicated"], text


@pytest.mark.parametrize("sentence, court, party", [
    ("2023年8月4日，杭州互联网法院作出判决，支持了萧山区人民检察院提出的全部诉讼请求。", "杭州互联网法院", "萧山区人民检察院"),
    ("深圳市中级人民法院对海川集团的诉讼请求不予支持。", "深圳市中级人民法院", "海川集团"),
    ("东湖区人民法院判决支持原告星岚科技的全部请求。", "东湖区人民法院", "星岚科技"),
])
def test_a_court_upholding_or_rejecting_a_claim_adjudicated_its_side(read_facts, as_read, sentence, court, party):
    for text in _both(as_read, sentence):
        found = {(h, t) for h, r, t in read_facts(text) if r == "adjudicated"}
        assert found & {(court, party), (as_read(court), party), (court, as_read(party)), (as_read(court), as_read(party))}, text


def test_a_court_supporting_a_policy_adjudicates_nothing(read_facts, as_read):
    for text in _both(as_read, "北京互联网法院支持人工智能产业发展，星岚科技表示欢迎。"):
        assert not [f for f in read_facts(text) if f[1] == "adjudicated"], text


@pytest.mark.parametrize("sentence", [
    "海州区人民法院经审理认为，在现行法中，人工智能不具有民事主体资格。",  # the clause opens with no name
    "海州区人民法院与东湖区人民法院分别审结两起案件。法院认为，星岚科技的行为构成不正当竞争。",  # which court?
    "法院认为，星岚科技的行为构成不正当竞争。",  # no court named
])
def test_a_finding_with_no_party_or_no_one_court_adjudicates_nothing(read_facts, as_read, sentence):
    for text in _both(as_read, sentence):
        assert not [f for f in read_facts(text) if f[1] == "adjudicated"], text
