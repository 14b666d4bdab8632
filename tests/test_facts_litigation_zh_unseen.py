"""Chinese suit wordings of unseen articles (issue 49): the defendants named after 向/对 before a
comma and the filing of the suit after it (向A和B（…），提起著作侵权告诉), and a court ruling on a
case whose name swallows both parties (法院就A诉B…纠纷一案作出判决: the sides are the parties
and the court adjudicated them).  Invented sentences, in Simplified and in Traditional as OpenCC
s2t writes it."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def _both(as_read, sentence: str) -> tuple[str, str]:
    return sentence, as_read(S2T.convert(sentence))


@pytest.mark.parametrize("sentence, plaintiff, defendants", [
    ("派拉蒙影业于纽约南区地院向星岚科技和云图公司，提起著作侵权告诉。", "派拉蒙影业", ("星岚科技", "云图公司")),
    ("派拉蒙影业向星岚科技和云图公司（包括旗下三家关联企业），提起专利侵权告诉。", "派拉蒙影业", ("星岚科技", "云图公司")),
    ("派拉蒙影业上周对星岚科技，提起了版权诉讼。", "派拉蒙影业", ("星岚科技",)),
])
def test_defendants_named_before_a_comma_and_the_filing_after_it_were_sued(read_facts, as_read, sentence, plaintiff,
                                                                           defendants):
    for text in _both(as_read, sentence):
        found = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
        assert {(plaintiff, defendant) for defendant in defendants} <= found, text


def test_a_verb_with_its_own_object_after_the_comma_takes_nothing_from_the_clause_before(read_facts, as_read):
    # 控告 names whom it accuses after it: the court of the clause before is no defendant
    for text in _both(as_read, "星岚科技向纽约南区地院起诉，控告云图公司侵犯其专利。"):
        found = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
        assert ("星岚科技", "云图公司") in found and not {t for h, t in found if "法院" in t or "地院" in t}, text


@pytest.mark.parametrize("sentence, plaintiff, defendant, court", [
    ("北京互联网法院就星岚科技诉云图公司侵害著作权纠纷一案作出判决。", "星岚科技", "云图公司", "北京互联网法院"),
    ("北京互联网法院一审宣判星岚科技诉云图网络公司不正当竞争纠纷一案。", "星岚科技", "云图网络公司", "北京互联网法院"),
    ("杭州互联网法院审理了海川集团诉云图科技侵害信息网络传播权纠纷一案。", "海川集团", "云图科技", "杭州互联网法院"),
])
def test_a_case_name_swallowing_both_parties_gives_the_suit_and_the_ruling(read_facts, as_read, sentence, plaintiff,
                                                                          defendant, court):
    for text in _both(as_read, sentence):
        found = set(read_facts(text))
        assert (plaintiff, "sued", defendant) in found, text
        assert {(court, "adjudicated", plaintiff), (court, "adjudicated", defendant)} <= found, text


@pytest.mark.parametrize("sentence", [
    "北京互联网法院就李某诉刘某侵害作品署名权纠纷一案作出判决。",  # no body's last word types either side
    "法院就杭州某网络公司诉上海某科技公司著作权纠纷一案作出判决。",  # sides the text leaves unnamed
])
def test_a_case_of_anonymous_sides_names_no_party(read_facts, as_read, sentence):
    for text in _both(as_read, sentence):
        assert not [f for f in read_facts(text) if f[1] in ("sued", "adjudicated")], text


@pytest.mark.parametrize("sentence, plaintiffs, defendant, relation", [
    ("环球影业、派拉蒙影业、狮门影业三大美国影视巨头周二将OpenAI告上法庭。", ("环球影业", "派拉蒙影业", "狮门影业"), "OpenAI", "sued"),
    ("英伟达、AMD两家美国芯片企业联合起诉Anthropic。", ("英伟达", "AMD"), "Anthropic", "sued"),
    ("索尼音乐、华纳唱片等三家美国唱片公司已与Suno达成和解。", ("索尼音乐", "华纳唱片"), "Suno", "settled"),
])
def test_a_place_describing_a_counted_list_is_no_party_the_list_is(read_facts, as_read, sentence, plaintiffs, defendant,
                                                                  relation):
    # 三大美国影视巨头: the count and the place describe the names listed before them
    for text in _both(as_read, sentence):
        found = {(h, t) for h, r, t in read_facts(text) if r == relation}
        assert {(plaintiff, defendant) for plaintiff in plaintiffs} <= found, text
        assert not {h for h, t in found if h == "美国"}, text


def test_a_place_right_before_the_defendant_it_locates_is_not_sued(read_facts, as_read):
    for text in _both(as_read, "环球影业、派拉蒙影业两大影视巨头将中国AI独角兽上海稀宇科技告上法庭。"):
        found = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
        assert ("环球影业", "稀宇科技") in found and not {t for h, t in found if t in ("上海", "上海市")}, text


def test_a_place_with_no_list_before_it_still_sues(read_facts):
    assert ("美国", "sued", "谷歌") in set(read_facts("美国起诉谷歌。"))


@pytest.mark.parametrize("sentence, suing", [
    ("海川基金会指控云图科技违反隐私规定，但并未参与当前的诉讼。", False),
    ("海川基金会指控云图科技违反隐私规定，该会尚未提起诉讼。", False),
    ("海川基金会指控云图科技侵犯其著作权，并已提起诉讼。", True),
])
def test_an_accusation_is_a_suit_only_where_a_suit_is_told_and_not_denied(read_facts, as_read, sentence, suing):
    for text in _both(as_read, sentence):
        found = read_facts(text)
        assert (("海川基金会", "sued", "云图科技") in found) is suing, (text, found)
        assert suing or ("海川基金会", "accused", "云图科技") in found, (text, found)
