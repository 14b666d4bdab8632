"""The imprint family: the outlet a masthead names is part of the publisher its copyright
notice names, and a broadcaster over the story publishes the news service the notice names;
an outlet's own company, or two names neither of which is a publisher's, make no fact."""

import pytest

STORY = ("{masthead}\n\nRegulators open inquiry into chatbot maker\n\nBy Ellen Marsh\n\n"
         "Lakemont, March 3, 2025 - The state's consumer agency opened an inquiry into Quillfire Labs on Monday.\n\n"
         "© 2025 {holder}. All rights reserved.\n")


@pytest.mark.parametrize("masthead, holder, unit, parent", [
    ("THE LAKEMONT HERALD", "Greyfriars Media Holdings", "Lakemont Herald", "Greyfriars Media Holdings"),
    ("Eastshore Public Broadcasting", "ESB Radio News", "ESB Radio News", "Eastshore Public Broadcasting"),
])
def test_a_masthead_and_a_copyright_holder_one_of_them_a_publisher(read_facts, masthead, holder, unit, parent):
    facts = read_facts(STORY.format(masthead=masthead, holder=holder))
    assert (unit, "partOf", parent) in facts


@pytest.mark.parametrize("masthead, holder", [
    ("THE LAKEMONT HERALD", "Lakemont Herald Pty Ltd"),  # the outlet's own company
    ("THE LAKEMONT HERALD", "Lakemont Herald"),
])
def test_an_outlet_s_own_name_in_its_notice_makes_no_fact(read_facts, masthead, holder):
    facts = read_facts(STORY.format(masthead=masthead, holder=holder))
    assert not [fact for fact in facts if fact[1] == "partOf"]


@pytest.mark.parametrize("masthead, notice, unit, parent", [
    # a registered name the English family finds first is still the notice's holder
    ("THE LAKEMONT HERALD", "© 2025 Greyfriars Press Inc. Reprinted by permission.", "Lakemont Herald", "Greyfriars Press Inc."),
    # words before the mark on the notice's line do not open the holder
    ("THE LAKEMONT HERALD", "Lakemont Herald stories are compiled by the desk. © 2024 Tidewater Publishing Ltd. All rights reserved.",
     "Lakemont Herald", "Tidewater Publishing Ltd."),
])
def test_a_holder_after_the_mark_wherever_it_was_found(read_facts, masthead, notice, unit, parent):
    story = STORY.format(masthead=masthead, holder="X").replace("© 2025 X. All rights reserved.", notice)
    assert (unit, "partOf", parent) in read_facts(story)


PAGE = ("{masthead}\n\n星衡科技发布新一代语音模型　称将向开发者开放\n\n本报记者　陆思远\n\n"
        "星衡科技昨日发布新一代语音模型，公司表示将于下月向开发者开放接口。\n\n"
        "编辑：程乐怡\n{notice}\n")


@pytest.mark.parametrize("masthead, notice, unit, parent", [
    # a masthead over the page and the company a rights notice names below it
    ("江屿晚报　A05　要闻·科技　2025年3月4日　星期二", "本版内容版权归江屿晚报有限公司所有，未经许可不得转载。",
     "江屿晚报", "江屿晚报有限公司"),
    ("嶼灣日報　｜　科技副刊「創新週刊」", "本版內容版權屬嶼灣日報有限公司所有，未經許可不得轉載。", "嶼灣日報", "嶼灣日報有限公司"),
])
def test_a_chinese_masthead_is_part_of_the_company_its_rights_notice_names(pipeline, write_doc, masthead, notice, unit, parent):
    result = pipeline.process(write_doc("news.txt", PAGE.format(masthead=masthead, notice=notice)))
    facts = {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}
    assert (unit, "partOf", parent) in facts
    assert not any(fact.head.text == "陆思远" or fact.tail.text == "陆思远" for fact in result.facts)  # a credit states nothing


def test_a_channel_named_by_the_masthead_and_more_words_is_part_of_it(pipeline, write_doc):
    text = ("星河门户　>　财经频道　>　公司\n2025-03-04 10:20　来源：星河门户财经\n\n星衡科技发布新一代语音模型\n\n"
            "星河门户财经讯（记者　陆思远）星衡科技昨日发布新一代语音模型。\n\n本文来源：星河门户财经　　责任编辑：程乐怡\n")
    result = pipeline.process(write_doc("news.txt", text))
    facts = {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}
    assert ("星河门户财经", "partOf", "星河门户") in facts
    names = {mention.text: mention.type for mentions in result.mentions for mention in mentions}
    assert names.get("星河门户") == "Company" and "财经频道" not in names


def test_a_notice_for_the_original_author_makes_no_fact(pipeline, write_doc):
    text = PAGE.format(masthead="江屿晚报　｜　要闻", notice="本文转载自江屿晚报，版权归原作者所有。")
    result = pipeline.process(write_doc("news.txt", text))
    assert not [fact for fact in result.facts if fact.relation == "partOf"]



def test_a_paper_named_with_its_house_is_part_of_the_house(read_facts):
    assert ("鹭江日报", "partOf", "鹭江日报社") in read_facts("鹭江日报社宣布，《鹭江日报》将于明年改版。")
    # a house whose name is not the paper's with 社 is told nothing of by the names alone
    assert not {f for f in read_facts("鹭江新闻社宣布，《鹭江日报》将于明年改版。") if f[1] == "partOf"}


@pytest.mark.parametrize("source, opening, parent", [
    ("鹭江日报", "鹭江日报讯　", "鹭江日报"),  # the outlet named alone in the credits
    ("鹭江", "", "鹭江日报传媒有限公司"),  # no line names it alone: the company its name and a legal form name
])
def test_an_outlets_app_over_the_page_is_part_of_the_outlet_or_its_publisher(pipeline, write_doc, source, opening, parent):
    text = (f"鹭江日报客户端　｜　域外法治\n2025-09-27　08:10　来源：{source}\n记者　王明\n\n南湖法院审结一起换脸案\n\n"
            f"{opening}南湖法院日前审结一起人工智能换脸案。\n\n责任编辑：李华\n鹭江日报客户端由鹭江日报传媒有限公司出品\n")
    result = pipeline.process(write_doc("news.txt", text))
    facts = {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}
    assert ("鹭江日报客户端", "partOf", parent) in facts
