"""A place written only as a part of a company the text anonymises (北京某智能科技公司,
某软件（中国）有限公司) is no Jurisdiction of the text (kg.mentions.anonymised); a place the
text names elsewhere keeps that name, and a court's side is no longer such a place.
Sentences and names written for the tests, in both scripts."""
from __future__ import annotations

import pytest

ANONYMISED = [
    ("原告钟某诉被告南京某智能科技公司侵害其声音权益。", "南京"),
    ("被告二某（深圳）文化传媒公司为录音制品的著作权人。", "深圳"),
    ("被告三某软件（中国）有限公司向他人提供了录音数据。", "中国"),
    ("被告四苏州某网络科技有限公司运营该云服务平台。", "苏州"),
    ("原告鍾某訴被告南京某智能科技公司侵害其聲音權益。", "南京"),
]


@pytest.mark.parametrize("text, place", ANONYMISED)
def test_a_place_inside_an_anonymised_company_is_no_jurisdiction(names, text, place):
    assert place not in names(text)


@pytest.mark.parametrize("text, place", [
    ("南京市中级人民法院审理了钟某诉被告南京某智能科技公司一案，南京是该公司所在地。", "南京"),
    ("該平台在深圳上線，被告某（深圳）文化傳媒公司為其運營者。", "深圳"),
    ("中国的法院认为，被告某软件（中国）有限公司应当赔偿。", "中国"),
])
def test_the_place_named_on_its_own_stays(names, text, place):
    found = names(text)
    assert place in found and found[place].type == "Jurisdiction"


def test_a_court_hearing_an_anonymised_defendant_rules_on_the_named_plaintiff(read_facts):
    # the place of 被告杭州某网络公司 is no side: the court's side is the plaintiff the item names
    text = ("近日，宁波互联网法院就首例涉虚拟歌手侵权案作出一审判决，认定被告宁波某网络公司构成著作权侵权。"
            "原告星澜公司系该虚拟歌手的著作权人。")
    heard = {tail for _, relation, tail in read_facts(text) if relation == "adjudicated"}
    assert "宁波" not in heard and "宁波市" not in heard
    assert not {tail for tail in heard if "某" in tail}
