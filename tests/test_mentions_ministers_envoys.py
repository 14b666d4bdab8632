"""A minister's office named by its ministry's field before the holder (经济部长 + a Person:
kg.mentions.office), a former or designated holder in no office (前, 准: office_not_held, also in
kg.mentions.heads), and a
place's monarch (英国国王: place_office).  Sentences written for the tests; Traditional by OpenCC s2t,
read as the pipeline analyses a Traditional document."""
from __future__ import annotations

import pytest


def both(names, as_read, text: str, script: str):
    """The mentions of ``text`` in Simplified, or of its Traditional form as the pipeline reads it,
    with a converter of the expected names to the same script."""
    if script == "s":
        return names(text), lambda name: name
    import opencc
    s2t = opencc.OpenCC("s2t")
    return names(as_read(s2t.convert(text))), lambda name: as_read(s2t.convert(name))


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("text, office, holder", [
    ("经济部长郭振华周二表示，将修订产业创新条例。", "经济部长", "郭振华"),
    ("对此，我国法务部长林正雄在记者会上回应。", "法务部长", "林正雄"),
    ("内政部长陈美玲说明了草案的三大方向。", "内政部长", "陈美玲"),
])
def test_a_ministry_field_and_its_minister_before_the_holder_are_an_office(names, as_read, text, office, holder, script):
    found, written = both(names, as_read, text, script)
    assert (found[written(office)].type, found[written(office)].mechanism) == ("Regulator", "office")
    assert found[written(holder)].type == "Person"


def test_the_ministry_read_alone_gives_way_to_its_ministers_office(names):
    text = "法务部长林正雄随后表示，将加重刑责。议员批评行政院及法务部。"
    found = names(text)
    assert found["法务部长"].type == "Regulator" and found["法务部长"].mechanism == "office"
    assert found["法务部"].start == text.rindex("法务部")  # the ministry stays where the text names it alone


def test_fields_joined_name_one_ministry_but_a_preposition_joins_none(names):
    assert names("科学与技术部部长阮文强在报告中表示。")["科学与技术部部长"].mechanism == "office"
    assert names("他与经济部长郭振华会面。")["经济部长"].mechanism == "office"


@pytest.mark.parametrize("text", [
    "时任部长艾伦·费尔南德斯介绍了法案。",  # then minister: no field
    "前经济部长王美芳出席了论坛。",  # holds the office no more
    "各部长均表示支持该方案。",  # no ministry's field
    "该部长随后离开了会场。",
])
def test_no_ministers_office_after_a_qualifier_or_without_a_field(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "office" and m.text.endswith("部长")]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_designated_minister_leaves_the_ministry_named(names, as_read, script):
    found, written = both(names, as_read, "准数发部长林永信昨日拜会立法院。", script)
    assert written("数发部") in found and written("数发部长") not in found


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_place_and_its_monarch_are_a_regulator(names, as_read, script):
    found, written = both(names, as_read, "荷兰国王威廉周三签署了该法案。", script)
    assert (found[written("荷兰国王")].type, found[written("荷兰国王")].mechanism) == ("Regulator", "official/place")


def test_a_college_named_for_a_king_is_no_office(names):
    assert not [m for m in names("伦敦国王学院的研究人员发表了报告。").values() if m.mechanism == "official/place"]
