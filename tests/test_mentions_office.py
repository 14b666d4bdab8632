"""kg.mentions.office: an office named bare right before its holder is a Regulator, the
holder a separate Person (sentences written for the tests)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office, holder", [
    ("总统赖清德昨日公布《数位中介服务法》。", "总统", "赖清德"),
    ("该法案由总检察长马克·德赖弗斯于去年提出。", "总检察长", "马克·德赖弗斯"),
    ("副总统林宏志19日也在脸书发声。", "副总统", "林宏志"),  # a deputy's office
    ("该影片以行政长官周海明出席活动的片段生成。", "行政长官", "周海明"),  # a region's head after 以
    ("连总统林宏志都是受害者。", "总统", "林宏志"),  # after 连
    ("该法案已提交至州长马丁·霍尔布鲁克签署。", "州长", "马丁·霍尔布鲁克"),  # after 至
])
def test_a_bare_office_before_its_holder_is_a_regulator(names, text, office, holder):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office")
    assert found[holder].type == "Person"


@pytest.mark.parametrize("text", [
    "前任总统乔·拜登出席了会议。",  # holds the office no more
    "法国驻华大使馆与总统府均未回应。",  # no holder named
    "他以总统身份出席了会议。",  # 以 before the office, no holder after it
    "前副总统林宏志出席了会议。",  # a deputy who holds the office no more
])
def test_no_office_after_a_qualifier_or_without_a_holder(names, text):
    assert not any(m.mechanism == "office" for m in names(text).values())


def test_the_office_and_its_holder_both_issue(read_facts):
    found = read_facts("总统赖清德昨日公布《数位中介服务法》。")
    assert {h for h, r, t in found if r == "issued"} == {"总统", "赖清德"}


@pytest.mark.parametrize("text, office, holder", [
    ("Governor Dana Whitcombe signed Senate Bill 412 on Tuesday.", "Governor", "Dana Whitcombe"),
    ("On Friday, Gov. Dana Whitcombe signed the Harbor Data Act.", "Gov.", "Dana Whitcombe"),
    ("The bill was signed by President Orrin Castellane last week.", "President", "Orrin Castellane"),
    ("Under the law, Attorney General Priya Talwood may bring civil actions.", "Attorney General", "Priya Talwood"),
    ("该法律由州长马丁·霍尔布鲁克签署生效。", "州长", "马丁·霍尔布鲁克"),
])
def test_a_bare_office_in_english_or_a_governor_before_its_holder_is_a_regulator(names, text, office, holder):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office")
    assert found[holder].type == "Person"


@pytest.mark.parametrize("text", [
    "Former Governor Dana Whitcombe criticised the bill.",  # holds the office no more
    "Vice President Orrin Castellane spoke at the summit.",  # another office
    "Lieutenant Governor Dana Whitcombe presided over the Senate.",
    "the governor Dana Whitcombe said",  # not capitalised: a description
])
def test_no_english_office_after_a_qualifier_or_in_lower_case(names, text):
    assert not any(m.mechanism == "office" for m in names(text).values())


def test_an_english_bare_office_issues_what_its_holder_signed(read_facts):
    found = read_facts("Gov. Dana Whitcombe signed the Harbor Data Act on Friday.")
    assert ("Gov.", "issued", "Harbor Data Act") in found


@pytest.mark.parametrize("text, office", [
    ("The bill cleared the Senate. Governor Dana Whitcombe signed it on Tuesday.", "Governor"),
    ("Lawmakers met in Texas. President Orrin Castellane signed an order after them.", "President"),
    # a line of its own before it (a dateline's place, a heading): the office opens its line
    ("Place：HARBORTON\nAttorney General Priya K. Talwood announced the charges today.", "Attorney General"),
])
def test_an_english_office_opening_a_sentence_after_a_capitalised_word_is_a_regulator(names, text, office):
    # the word before it ends the sentence before (kg.sentences): no place or qualifier of the office
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office")


def test_an_english_office_after_an_abbreviated_place_is_no_bare_office(names):
    # N.Y. ends no sentence before Governor (sentences.tsv name_end): the place's office, not a bare one
    assert not any(m.mechanism == "office" for m in names("N.Y. Governor Dana Whitcombe signed it.").values())


@pytest.mark.parametrize("text", [
    "The robocalls carried a cloned copy of President Orrin Castellane's voice to voters.",  # the holder talked of
    "The chatbot wrote insults about President Orrin Castellane and his family.",
])
def test_a_bare_president_with_no_law_or_act_in_its_sentence_is_no_office(names, text):
    # context.tsv bare_office_latin_lawful: the office named only where it acts, the holder still a person
    found = names(text)
    assert "President" not in found
    assert found["Orrin Castellane"].type == "Person"


@pytest.mark.parametrize("text", [
    "President Orrin Castellane's executive order reached the states in May.",  # an act of office (bare_office_latin_act)
    "The provision was cut from President Orrin Castellane's Harbor Data Act.",  # a law named in the sentence
])
def test_a_bare_president_beside_a_law_or_an_order_is_an_office(names, text):
    assert names(text)["President"].type == "Regulator"


def test_gov_is_labelled_governor_too(pipeline):
    """Gov. Roe … Governor Roe: one office, its node labelled by both forms (bare_office_latin_short)."""
    from kg.explain import document_of
    text = ("Gov. Dana Whitcombe signed the Harbor Data Act on Friday. "
            "Governor Dana Whitcombe said the law protects residents.")
    graph = pipeline.graph(pipeline.process_documents([document_of(text)]))
    offices = [data for _, data in graph.entities() if data["type"] == "Regulator"]
    assert len(offices) == 1 and {"Gov.", "Governor"} <= set(offices[0]["labels"])


def test_a_regions_head_named_bare_before_the_holder_takes_the_region_the_document_names(pipeline, write_doc):
    """行政長官 in a Macau story: the office of the region governing itself that the story names."""
    text = "【本報訊】司警局以行政長官周海明出席活動的片段為例，提醒澳門市民提防深偽影片。"
    result = pipeline.process(write_doc("macau.txt", text))
    placed = {f.tail.canonical or f.tail.text for f in result.facts if f.relation == "jurisdiction"
              and f.head.text == "行政長官"}
    assert placed & {"澳门", "澳門"}


def test_bare_offices_before_their_holders_in_traditional_script(pipeline, write_doc):
    text = "近日深偽影片氾濫，連總統林宏志都是受害者。副總統陳志遠19日也在臉書發聲。"
    result = pipeline.process(write_doc("taipei.txt", text))
    offices = {m.text for mentions in result.mentions for m in mentions if m.mechanism == "office"}
    assert offices & {"總統", "总统"} and offices & {"副總統", "副总统"}


@pytest.mark.parametrize("text, office, holder", [
    ("瓦隆数据保护专员林德·哈格正式发布声明，要求下架该应用。", "瓦隆数据保护专员", "林德·哈格"),  # a place's remit and title
    ("德国网路安全特使马丁·罗斯表示，这是基于安全的决定。", "德国网路安全特使", "马丁·罗斯"),
    ("荷兰数据保护局主席 Pieter Hollander 在声明中说，罚款合理。", "荷兰数据保护局主席", "Pieter Hollander"),  # a known body's chair, a Latin holder
    ("通讯部近日检举多段影片。通讯部副部长陈宏远揭露诈骗集团的手法。", "通讯部副部长", "陈宏远"),  # a body's deputy head
    ("金管会今天发布指引，金管会综合规划处长周立言在记者会说明。", "金管会综合规划处长", "周立言"),  # a unit's head, the unit by its remit
])
def test_an_office_after_a_place_or_a_body_and_its_remit_before_its_holder_is_a_regulator(names, text, office, holder):
    found = names(text)
    assert (found[office].type, found[office].mechanism) == ("Regulator", "office/remit")
    assert found[holder].type == "Person"


def test_a_remit_office_has_its_body_as_parent_where_the_text_names_the_body_elsewhere(names):
    found = names("通讯部近日检举多段影片。通讯部副部长陈宏远揭露诈骗集团的手法。")
    assert found["通讯部副部长"].parent is not None and found["通讯部副部长"].parent.text == "通讯部"
    assert names("通讯部副部长陈宏远揭露诈骗集团的手法。")["通讯部副部长"].parent is None


@pytest.mark.parametrize("text, place", [
    ("澳洲反对党副主席周国梁表示，政府应该更早行动。", "反对党副主席"),  # a party's officer, no state's
    ("德国前数据保护专员林德·哈格出席了会议。", "数据保护专员"),  # a former holder
    ("他会见了日本执政党副主席马克·伦道夫。", "执政党副主席"),  # a ruling party's officer
    ("林冠英曾任财政部副部长，现已离任。", "副部长"),  # no holder after the title
    ("美国众议院数字事务委员会主席林德·哈格表示支持。", "委员会主席"),  # a legislature's committee chair: the committee's
])
def test_no_remit_office_of_a_party_a_former_holder_or_without_a_holder(names, text, place):
    assert not any(m.mechanism == "office/remit" for m in names(text).values())


def test_remit_offices_in_traditional_script_read_simplified(names):
    from kg.script import simplified
    found = names(simplified("瓦隆數據保護專員林德·哈格發布聲明。金管會綜合規劃處長周立言在記者會說明。"))  # as kg.script reads it
    assert found["瓦隆数据保护专员"].type == "Regulator" and found["金管会综合规划处长"].type == "Regulator"
