"""The person family: transliterated names after a role, an official's name beside the
office (sentences and names written for the tests)."""
from __future__ import annotations

import opencc

import pytest

from documents import read_mentions


def test_a_transliterated_name_after_a_role_is_a_person_without_the_role(names):
    for role in ("配音演员", "作家", "法官"):
        found = names(f"{role}玛丽·卓尔起诉了卓汇科技公司。")
        assert found["玛丽·卓尔"].type == "Person"
        assert not any(text.startswith(role) for text in found)


def test_the_official_and_the_named_person_beside_the_office_are_two_nodes(names):
    found = names("伊利诺伊州州长普里茨克签署了法案。")
    assert found["伊利诺伊州州长"].type == "Regulator"
    assert found["普里茨克"].type == "Person"


def test_a_verb_after_a_title_is_no_name(names):
    assert not any(m.type == "Person" for m in names("州长签署法案。").values())


def test_a_title_inside_a_longer_word_names_no_person(names):
    assert not [m for m in names("该委员会称，调查仍在进行。").values() if m.type == "Person"]
    assert names("首席执行官梁振华表示，")["梁振华"].type == "Person"


def test_a_chinese_name_after_a_commissioner_before_where_they_speak_is_a_person(names):
    assert names("申诉专员陈嘉琪在记者会上表示，将跟进投诉。")["陈嘉琪"].type == "Person"


def test_a_title_followed_by_where_it_speaks_names_no_person(names):
    assert not {n for n, m in names("部长在会上表示，将加快立法。").items() if m.type == "Person"}


def test_a_dotted_name_after_a_name_cut_at_he_is_found_too(names):
    found = names("作家玛丽·罗伊和乔治·史密斯起诉英伟达。")
    assert {"玛丽·罗伊", "乔治·史密斯"} <= set(found)
    assert "罗伊和乔治" not in "".join(found)


def test_a_given_name_after_a_conjunction_keeps_characters_that_also_make_a_verb(names, pipeline, write_doc):
    # 理查 is a verb of jieba's: after 与/和 the given name starts all the same
    found = names("诗人伊芙·科尔曼与理查德·斯特恩向法院提交了诉状。")
    assert found["理查德·斯特恩"].type == "Person" and "德·斯特恩" not in found
    result = pipeline.process(write_doc("poets.txt", "詩人伊芙·科爾曼和理查德·斯特恩向法院提交了訴狀。"))
    assert "理查德·斯特恩" in {m.text for mentions in result.mentions for m in mentions}


def test_a_five_character_given_name_after_a_role_keeps_its_first_character(names):
    found = names("9月，上传过视频的用户克里斯托弗·马洛在联邦法院起诉该州。")
    assert found["克里斯托弗·马洛"].type == "Person"
    assert "里斯托弗·马洛" not in found


def test_a_long_run_of_characters_before_a_dot_gives_no_five_character_name(names):
    found = names("我们今天收到了来自美国的消息称佩奇·琼斯已经到达。")
    assert not any(len(name.split("·")[0]) > 4 for name, m in found.items() if m.type == "Person")


def test_a_three_character_given_name_after_a_comma_is_no_verb(names):
    found = names("作家玛丽·罗伊、布赖恩·基恩和乔治·史密斯起诉英伟达。")
    assert found["布赖恩·基恩"].type == "Person" and "恩·基恩" not in found
    assert "安迪-沃霍尔" in names("此案涉及安迪-沃霍尔的作品。")


def test_a_role_run_into_the_given_name_is_cut_where_the_role_ends(names):
    found = names("星岚公司收购了由前首席设计官乔尼·艾夫创立的工作室。")
    assert "乔尼·艾夫" in found and not any(text.endswith("乔尼·艾夫") and text != "乔尼·艾夫" for text in found)


def test_latin_initials_before_the_dot_are_the_given_name(names):
    assert names("伊利诺伊州州长JB·普利兹克签署法案。")["JB·普利兹克"].type == "Person"


def test_a_transliterated_given_name_keeps_all_its_characters(names):
    assert "克里斯托弗·诺兰" in names("作家克里斯托弗·诺兰表示。")


def test_a_transliterated_name_without_a_dot_after_an_office_is_a_person(names):
    found = names("卓汇国内政部部长萨洛维克担任委员会主席。")
    assert found["萨洛维克"].type == "Person"
    assert names("联合国秘书长卡萨雷蒙表示欢迎。")["卡萨雷蒙"].type == "Person"


def test_an_office_before_a_verb_or_a_word_names_no_transliterated_person(names):
    assert not [m for m in names("该部部长表示支持，议员提出法案，部长级会议在此举行。").values() if m.type == "Person"]


def test_a_role_ending_in_shi_ends_before_the_given_name(names):
    found = names("保守派活动人士安东·萨维克起诉了卓汇科技。")
    assert "安东·萨维克" in found and not any(text.startswith("人士") for text in found)


def test_a_time_word_after_a_titled_name_ends_the_name(names):
    found = names("星光科技首席执行官周明远今（12）日宣布，公司将扩大投资。")
    assert "周明远" in found and "周明远今" not in found


def test_an_adverb_after_a_titled_name_ends_the_name(names):
    found = names("星光科技董事长周明远则说，公司正在转型。")
    assert "周明远" in found and "周明远则" not in found


def test_a_taiwanese_commission_chairs_name_after_the_title(names):
    assert names("国科会主委林志宏表示，政府将加大投入。")["林志宏"].type == "Person"


def test_a_place_and_a_possessive_before_a_dotted_name_stay_out_of_it(names):
    found = names("被告包括英国的艾伦·克里西亚克和法国的玛丽·杜邦。")
    assert "艾伦·克里西亚克" in found and "玛丽·杜邦" in found
    assert not any(text.startswith(("英国的", "法国的")) for text in found)


def test_a_role_word_or_a_place_before_a_dotted_name_is_cut_from_it(names):
    # roles ending in 人 or 管 and a place's 的 stand before the given name, never in it
    for sentence, person in (("该节目的主持人威尔·萨索拒绝置评。", "威尔·萨索"),
                             ("公司前高管埃里克·库默提起诉讼。", "埃里克·库默"),
                             ("遗产执行人杰罗尔德·哈姆扎表示。", "杰罗尔德·哈姆扎"),
                             ("被告包括英国的艾伦·克里西亚克。", "艾伦·克里西亚克")):
        found = names(sentence)
        assert found[person].type == "Person"
        assert not any(text.endswith(person) and text != person for text in found)


def test_what_belongs_to_a_person_after_the_name_ends_it(names):
    found = names("艾伦·图灵遗产方与出版商达成和解，约翰·史密斯团队表示欢迎。")
    assert "艾伦·图灵" in found and "约翰·史密斯" in found


def test_a_host_or_an_executive_before_a_dotted_name_is_its_title(names):
    found = names("原告起诉播客及其主持人威尔·萨索，该公司前高管埃里克·库默作证。")
    assert "威尔·萨索" in found and "埃里克·库默" in found


def test_two_common_words_joined_by_a_dot_are_no_person(names):
    found = names("晨光日报　2025年3月21日　A05版｜科技·产业")
    assert not any(m.type == "Person" for m in found.values())


def test_an_aspect_mark_after_a_verb_stays_out_of_the_name_after_it(names):
    found = names("该公司起诉了阿里安·亚德加尼亚，此前还起诉过玛丽·琼斯。")
    assert "阿里安·亚德加尼亚" in found and "玛丽·琼斯" in found


@pytest.mark.parametrize("text", ["原告于2023年起诉安东尼·罗通多，要求赔偿。", "该机构去年控告安东尼·罗通多。",
                                  "2022年起诉安东尼·罗通多的案件已结案。"])
def test_the_last_character_of_a_verb_before_a_transliterated_name_is_no_given_name(names, text):
    assert "安东尼·罗通多" in names(text)


def test_a_shareholder_title_and_acting_for_others_stay_out_of_the_name(names):
    found = names("苹果股东约翰·史密斯代表其他投资者提起诉讼。")
    assert "约翰·史密斯" in found and found["约翰·史密斯"].type == "Person"


def test_a_preposition_after_a_title_begins_no_name(names):
    for text in ("多名用户以苹果未经同意录音为由起诉。", "大批网友以皮卡丘、哆啦A梦等角色生成视频。", "律师凭合同条款主张权利，"):
        assert not any(m.type == "Person" and m.text[0] in "以凭" for m in names(text).values()), text


def test_a_name_after_a_ministers_title_is_a_person(names):
    for text, name in (("负责数字政策的大臣河野洋今日宣布新规。", "河野洋"), ("经济安全保障大臣高市早苗表示，", "高市早苗")):
        assert names(text)[name].type == "Person", text


@pytest.mark.parametrize("text", [
    "平台把用户数据用于训练模型。",     # 数据: a noun of jieba's, no surname and given name
    "有投资人则担心估值过高。",         # 则: an adverb, no surname
    "这是一起插画师维权案。",           # 维权: a verb
    "模型在回答用户查询时出错。",
    "律师不应声称自己从未使用人工智能。",
])
def test_a_word_after_a_title_is_no_chinese_name(names, text):
    assert not [m for m in names(text).values() if m.type == "Person"]


def test_a_chinese_name_after_a_title_still_is_one(names):
    assert names("首席执行官高明远表示，公司将上调价格。")["高明远"].type == "Person"


@pytest.mark.parametrize("text, name", [
    ("该实验室所长范立衡领导了新模型的研发。", "范立衡"),        # 领导: no verb of saying in the list
    ("教育部副部长钟其淼率团访问了三所大学。", "钟其淼"),
    ("这家初创企业的创始人严楚航此前在微软任职。", "严楚航"),   # 此前: a time word
    ("市检察官邱明哲（Ming Chiu）代表市民起诉了两家公司。", "邱明哲"),
])
def test_a_surname_and_two_characters_ending_a_word_after_a_title_are_a_person(names, text, name):
    assert names(text)[name].type == "Person"


@pytest.mark.parametrize("text", [
    "用户常用的功能包括翻译和摘要。",    # 的 ends no given name
    "这位律师江湖上颇有名气。",          # 上: a place word after the noun
    "董事长兼总裁表示，公司将扩大投资。",  # a title is no given name
    "研究所所长期关注模型安全。",
])
def test_a_word_after_a_title_that_looks_like_a_surname_is_no_person(names, text):
    assert not [m for m in names(text).values() if m.type == "Person"]


def test_a_judges_title_after_a_dotted_name_ends_the_name(names):
    found = names("10月2日，塞缪尔·欧文斯法官作出初步禁令。")
    assert found["塞缪尔·欧文斯"].type == "Person"
    assert not [text for text in found if "法官" in text]


def test_a_preposition_before_a_dotted_name_begins_no_given_name(names):
    found = names("该案由塞缪尔·欧文斯法官审理。")
    assert "塞缪尔·欧文斯" in found and "案由塞缪尔·欧文斯" not in found


@pytest.mark.parametrize("text, name", [
    ("发布会上，邵明远律师指出，新规对平台义务作了细化。", "邵明远"),
    ("主讲：欧阳青（合伙人）、祁若帆（资深顾问）", "祁若帆"),
    ("主讲：欧阳青（合伙人）、祁若帆（资深顾问）", "欧阳青"),
    ("该公司前实习生蒋思远涉嫌泄露代码。", "蒋思远"),
])
def test_a_chinese_name_before_its_title_or_after_a_trainees_title_is_a_person(names, text, name):
    assert names(text)[name].type == "Person"


def test_a_name_glued_after_other_characters_is_no_name_before_a_title(names):
    assert "高级" not in names("高级律师表示，此案仍有变数。")


@pytest.mark.parametrize("text", [
    "该公司实习生田某某存在违规行为。",
    "警方依法传唤了嫌疑人周某明，其同伙孙某某已被抓获。",
    "市公安局依法对赵某某处以五日行政拘留。",
    "法院以诈骗罪分别判处被告人王某有期徒刑三年、被告人赵某有期徒刑一年。",
    "被告人钱某系该软件的开发者。该软件由钱某、周某运营，被告人周某负责推广。",
    "原告林某称其作品被擅自使用。",
    "原告李某诉被告刘某一案今日开庭。",
    "被告人錢某係該軟件的開發者，其同夥孫某某已被抓獲。",  # Traditional
])
def test_a_name_the_text_anonymises_is_no_person(names, text):
    # SCHEMA.md: a node is a named thing; issue 53: 王某, 北京某科技公司 stay the suit table's
    # words (kg.unnamed), never graph entities, whatever role is written before them
    assert not {name for name, m in names(text).items() if m.type == "Person" and "某" in name}


@pytest.mark.parametrize("text, name", [
    ("去年，安娜·科瓦奇领导的委员会发布了报告。", "安娜·科瓦奇"),
    ("法院支持了米拉·桑托斯的隐私权主张。", "米拉·桑托斯"),
])
def test_a_common_noun_after_a_transliterated_name_ends_it(names, text, name):
    found = names(text)
    assert name in found and not any(other.startswith(name) and other != name for other in found)


def test_a_kinship_or_tenancy_word_before_a_transliterated_name_is_not_part_of_it(names):
    found = names("起诉方包括租客汉娜·贝尔和她的母亲罗莎·莫雷诺。")
    assert found["汉娜·贝尔"].type == "Person"
    assert found["罗莎·莫雷诺"].type == "Person"
    assert not any(text.startswith(("租客", "母亲")) for text in found)


def test_yu_before_a_date_ends_no_family_name(names):
    found = names("主审法官凯特·林于2024年3月驳回了该动议。")
    assert "凯特·林" in found and "凯特·林于" not in found


@pytest.mark.parametrize("sentence, person", [
    ("这家基金的实际控制人为韩德明。", "韩德明"),       # 为 between the role and its holder
    ("实验室首任所长为冯书远，负责日常工作。", "冯书远"),
    ("该厂商产品总监付晓川提出，终端模型将更小。", "付晓川"),  # a director's title
    ("研究所所长关明远解读了这份报告。", "关明远"),        # 关, a common surname
    ("警务处高级警司刘嘉朗表示，案件仍在调查。", "刘嘉朗"),
])
def test_a_chinese_name_after_a_role_or_role_and_wei_is_a_person(names, sentence, person):
    assert names(sentence)[person].type == "Person"


def test_a_role_and_wei_before_a_common_word_names_no_person(names):
    found = names("用户为其提供数据，律师为客户辩护，经理层表示支持。")
    assert not [m for m in found.values() if m.type == "Person"]


def test_the_founders_a_company_is_founded_by_are_persons(names):
    found = names("星瀚智能成立于2019年，由林晓东与邱明远共同创办，总部位于成都。")
    assert found["林晓东"].type == "Person" and found["邱明远"].type == "Person"
    assert names("云梭科技由许嘉创立。")["许嘉"].type == "Person"


def test_a_name_opening_a_clause_then_taking_an_office_is_a_person(names):
    found = names("星瀚智能总部位于成都，邱明远任首席执行官，林晓东任首席技术官。")
    assert found["邱明远"].type == "Person" and found["林晓东"].type == "Person"


def test_a_name_after_a_chain_of_roles_then_an_adverb_is_a_person(names):
    assert names("创始人、董事长兼首席执行官邱明远多次表示，机器人要先进工厂。")["邱明远"].type == "Person"


def test_a_body_that_founds_something_names_no_person(names):
    found = names("该联盟由政府发起成立，由多家企业共同创办。")
    assert not [text for text, m in found.items() if m.type == "Person"]


def test_a_hyphenated_name_running_into_a_company_suffix_is_no_person(names):
    for text in ("参与试点的还有东风-日产襄阳分公司和几家零部件厂。", "參與試點的還有東風-日產襄陽分公司。"):
        assert not any(name.startswith(("东风", "東風")) and not name.endswith("公司") for name in names(text)), text


def test_a_given_name_after_a_conjunction_keeps_its_first_characters(pipeline):
    # 理查 alone reads as a verb; after 与 it opens the second name of the list
    mentions = pipeline.nlp("画家凯莉·麦克南与理查德·奥尔蒂斯起诉了一家图像公司。").user_data["mentions"]
    assert "理查德·奥尔蒂斯" in {m.text for m in mentions if m.type == "Person"}


def test_a_founder_before_the_year_of_founding_is_a_person_in_either_script(names):
    # the year between the founder and the verb (由X于2019年创立), and the traditional script
    assert names("这家初创由赵一鸣于2019年3月创立，专注语音识别。")["赵一鸣"].type == "Person"
    assert names("該實驗室由陳思遠於2012年創辦，後來轉型為公司。")["陳思遠"].type == "Person"


def test_the_holder_after_an_office_another_family_named_is_a_person(names):
    # jieba glues the office's last character to the surname (长蒋): the office still ends a word
    found = names("台中市长卢秀燕表示将推动AI。")
    assert found["卢秀燕"].type == "Person"


def test_a_titled_name_before_is_is_a_person(names):
    assert names("董事长周涛是前谷歌研究员。")["周涛"].type == "Person"


@pytest.mark.parametrize("text, person", [
    ("前星河智能副总裁、AI科学家贾宇澄稍早在社交媒体发文表示，该模型只是改了名字。", "贾宇澄"),
    ("远帆证券分析师岑一帆表示，该基金的投向仍不明朗。", "岑一帆"),
    ("知名法学家柏晓舟认为，该案尚无先例。", "柏晓舟"),
])
def test_a_chinese_name_after_a_scholar_s_or_an_analyst_s_title_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_traditional_script_name_after_a_scientist_s_title_is_a_person(pipeline, write_doc):
    result = pipeline.process(write_doc("scientist.txt", "前星河智能副總裁、AI科學家賈宇澄稍早在社群貼文提到，該模型只是改了名字。"))
    assert any(m.text == "賈宇澄" and m.type == "Person" for mentions in result.mentions for m in mentions)


def test_a_scholar_s_title_with_no_name_after_it_names_no_person(names):
    assert not [m for m in names("多位科学家表示，该模型存在风险。经济学家普遍认为，该基金规模较大。").values() if m.type == "Person"]


@pytest.mark.parametrize("text, person", [
    ("画家奥拉·芬威克以其作品被用于训练为由起诉星辰科技。", "奥拉·芬威克"),
    ("作家玛丽·罗伊以侵犯著作权为由起诉云图公司。", "玛丽·罗伊"),
    ("摄影师卡尔·贝恩凭其肖像权提起诉讼。", "卡尔·贝恩"),
])
def test_a_preposition_after_a_transliterated_name_ends_the_family_name(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert not [name for name in found if name.startswith(person) and name != person]


# founders listed after 由, traditional titles and division heads, clause words after a title, a dotted name before a preposition (round 31)


def _persons(found: dict) -> set[str]:
    return {text for text, mention in found.items() if mention.type == "Person"}

@pytest.mark.parametrize("text, founders", [
    ("星瀚智能由黄立衡、陈思远、朱明于2016年在苏州创立，专注机器人。", {"黄立衡", "陈思远", "朱明"}),
    ("云岫科技由王立新和赵明共同创办。", {"王立新", "赵明"}),
    ("澄观數據由林嘉豪與周子安於2019年創立。", {"林嘉豪", "周子安"}),
    ("Quillmark由Aravind Kessler和Tobin Marsh创立，两人曾任职于谷歌。", {"Aravind Kessler", "Tobin Marsh"}),
])
def test_founders_listed_after_you_are_persons(names, text, founders):
    assert founders <= _persons(names(text))


@pytest.mark.parametrize("text", [
    "该平台由政府创办。",
    "该基金会由微软和OpenAI共同发起成立。",
    "该联盟由多家企业发起。",
])
def test_bodies_and_words_after_you_found_no_person(names, text):
    assert not _persons(names(text)) - {"微软", "OpenAI"}


@pytest.mark.parametrize("text, name", [
    ("知识产权法庭庭长程一帆通报了案件情况。", "程一帆"),
    pytest.param("該公司創辦人林嘉豪表示，將提出上訴。", "林嘉豪",
                 marks=pytest.mark.xfail(reason="jieba glues 人林嘉豪 in traditional text: the name starts no token")),
    ("該案審判長周子安指出，合同無效。", "周子安"),
    ("代理律師周子安指出，合同無效。", "周子安"),
])
def test_a_traditional_title_or_a_division_head_before_a_name(names, text, name):
    assert names(text)[name].type == "Person"


@pytest.mark.parametrize("text", [
    "用户真去起诉：首例AI幻觉侵权案",
    "用户较了真，把这家公司告上法庭。",
    "用户还真去投诉了。",
])
def test_a_clause_after_a_title_is_no_name(names, text):
    assert not _persons(names(text))


def test_a_dotted_name_ends_before_a_preposition_glued_to_it(names):
    found = names("后者创始人雅各布·桑德随同加入。")
    assert "雅各布·桑德" in found and "雅各布·桑德随同" not in found


# a Chinese name glossed by a person's Latin name in brackets; a name marked as made up (化名)


def _persons_in(result) -> set[str]:
    return {m.text for mentions in result.mentions for m in mentions if m.type == "Person"}


@pytest.mark.parametrize("text, person", [
    ("星河公司首席法务长柯维纳（Marco Kevina）表示，公司将上诉。", "柯维纳"),
    ("蓝鲸实验室执行长阮文卓(Tuan Nguyen-Van)说，数据已删除。", "阮文卓"),
    ("16岁的塔伦（Ethan Tarlow）今年春天离世。", "塔伦"),
])
def test_a_chinese_name_a_latin_persons_name_glosses_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_glossed_name_in_traditional_characters_is_a_person(pipeline, write_doc):
    result = pipeline.process(write_doc("gloss.txt", "星河公司資安長柯維納（Marco Kevina）今日表示，已修補漏洞。"))
    assert "柯維納" in _persons_in(result)


@pytest.mark.parametrize("text, name", [
    ("圣塔露西亚（Santa Lucia）的法院受理了此案。", "圣塔露西亚"),
    ("星河传媒（Xinghe Media Group）发布声明。", "星河传媒"),
])
def test_a_place_or_a_company_glossed_in_latin_is_no_person(names, text, name):
    found = names(text)
    assert name not in found or found[name].type != "Person"


@pytest.mark.parametrize("text, person", [
    ("检方指控称，被告人周立（化名）注册成立了一家科技公司。", "周立"),
    ("林晓(化名)经常在视频网站发布自己的照片。", "林晓"),
])
def test_a_name_marked_as_made_up_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_made_up_name_in_traditional_characters_is_a_person(pipeline, write_doc):
    result = pipeline.process(write_doc("pseudonym.txt", "被告人周立（化名）與他人共謀，以公司名義開發軟體。"))
    assert "周立" in _persons_in(result)


def test_glossed_names_a_word_for_characters_closes_are_no_persons(names):
    found = names("授权使用灰姑娘(Cinderella)、铁甲侠(Iron Warden)、黑骑士(Dark Rider)等角色创作影片。")
    assert not [text for text, m in found.items() if m.type == "Person"]


@pytest.mark.parametrize("text, person", [
    ("星河公司创始人亚历山大・柯在致员工信中表示，", "亚历山大・柯"),
    ("亚历山大・柯与黄明远会面。", "亚历山大・柯"),
    ("这是伊万·马洛克所创立的公司。", "伊万·马洛克"),
    ("其14岁的男孩塞维尔·塔伦三世离世。", "塞维尔·塔伦三世"),
])
def test_a_dotted_name_ends_before_a_function_word_and_starts_after_a_kinship_word(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_glossed_run_right_after_a_date_is_no_person(names):
    found = names("法案于2025年6月19日获御准（Royal Assent）。")
    assert not [text for text, m in found.items() if m.type == "Person"]


# a hyphen between words is a dash, no transliterated name (real pages: a list of rights, an account's
# name after its outlet's); a name with a transliterated part keeps its hyphen (round 33)
@pytest.mark.parametrize("text", [
    "物权包括占有-使用-收益-处分四项权能。",
    "物權包括佔有-使用-收益-處分四項權能。",
    "本文转载自星河研究院-星河研究院官方账号。",
    "本文轉載自星河研究院-星河研究院官方賬號。",
])
def test_words_joined_by_a_dash_name_no_person(names, text):
    assert not [m for m in names(text).values() if m.type == "Person"]


@pytest.mark.parametrize("text, person", [
    ("法国作家让-保罗起诉了该公司。", "让-保罗"),
    ("此案涉及安迪-沃霍尔的作品。", "安迪-沃霍尔"),
])
def test_a_hyphenated_name_with_a_transliterated_part_is_a_person(names, text, person):
    assert names(text)[person].type == "Person"


def test_a_hyphenated_name_in_a_traditional_document_is_a_person_and_a_dash_none(pipeline, write_doc):
    result = pipeline.process(write_doc("trad.txt", "法國作家讓-保羅起訴了該公司。\n\n物權包括佔有-使用-收益-處分四項權能。\n"))
    people = {m.text for item in result.mentions for m in item if m.type == "Person"}
    assert people == {"讓-保羅"}


def test_a_titled_name_before_a_verb_of_saying_or_a_quoting_colon_is_a_person(pipeline, tmp_path):
    # invented: a councillor quoted after a colon, a lawyer before a verb of saying (two-character
    # names: no surname rule reads them); in both scripts
    text = "南溟市议员贺远：「这一次的修法很重要。」该案原告的律师程立透露，双方已和解。"
    for body in (text, opencc.OpenCC("s2t").convert(text)):
        persons = {m.text for m in read_mentions(pipeline, tmp_path, body, "深伪影片案") if m.type == "Person"}
        assert {opencc.OpenCC("s2t").convert(n) if body != text else n for n in ("贺远", "程立")} <= persons, persons


@pytest.mark.parametrize("text, person", [
    ("检察院专职委员章岚告诉记者，该案已审结。", "章岚"),  # a verb of telling after the name
    ("原告代表律师纳森形容这一和解金额前所未有。", "纳森"),  # a transliterated name before a verb of describing
    ("无党籍立委苏衡：这次修法对受害者很重要。", "苏衡"),  # a legislator's short title, a colon without quotes
    ("刑事审判庭负责人 郑远舟：被告人明知他人实施诈骗。", "郑远舟"),  # a space between the title and the name
    ("本次研讨会邀请合伙人龚泽律师、合伙人王立出席。", "龚泽"),  # a name between two titles, before a mark
    ("数位发展部长林宜舟（25）日接受专访时直言。", "林宜舟"),  # jieba glues the title's 长 to the surname
])
def test_a_name_after_a_title_in_the_ways_news_quotes_it_is_a_person(pipeline, tmp_path, text, person):
    # invented sentences, in both scripts
    for body, name in ((text, person), (opencc.OpenCC("s2t").convert(text), opencc.OpenCC("s2t").convert(person))):
        persons = {m.text for m in read_mentions(pipeline, tmp_path, body, "新闻") if m.type == "Person"}
        assert name in persons, (body, persons)


@pytest.mark.parametrize("text", [
    "负责人：请于周五前提交材料。",  # a label's colon after a title, no name
    "律师事务所合伙人会议、董事会会议均已召开。",  # titles in a list of meetings
    "该委员会称，将继续调查。",
])
def test_a_title_before_a_colon_or_a_second_title_names_no_person_where_no_name_stands(names, text):
    assert not [m for m in names(text).values() if m.type == "Person"], text


def test_a_transliterated_name_listed_with_its_latin_gloss_is_a_person(names):
    # invented: a list mark shows where a five-character transliterated name begins
    found = names("起诉书称平台模仿查克·贝里、詹姆斯布朗（James Brown）等歌手的声音。")
    assert found["詹姆斯布朗"].type == "Person"


def test_a_known_companys_name_glossed_as_a_person_is_the_person(names):
    # invented: 强生 is Johnson & Johnson's Chinese name and a transliteration of a person's Johnson
    found = names("作家贝克（Anna Becker）和强生（Kirk Wallace Johnson）起诉了该公司。")
    assert found["强生"].type == "Person" and found["贝克"].type == "Person"
    assert names("强生（Johnson & Johnson）发布财报。")["强生"].type == "Company"
    assert names("苹果（Apple）与三星（Samsung Electronics）达成和解。")["三星"].type == "Company"


@pytest.mark.parametrize("text, handles", [
    ("起诉的还有三位画师@云端漫步、@画画的小林、@BlueTea与该平台的纠纷。", {"云端漫步", "画画的小林", "BlueTea"}),
    ("插画师@青山不语于3月2日在微博发文说，将起诉该公司。", {"青山不语"}),
    ("博主@橘子汽水称自己的作品被用于训练。", {"橘子汽水"}),
])
def test_a_handle_after_a_creators_title_or_listed_after_one_is_a_person(pipeline, tmp_path, text, handles):
    # invented handles, in both scripts
    for body in (text, opencc.OpenCC("s2t").convert(text)):
        persons = {m.text for m in read_mentions(pipeline, tmp_path, body, "画师起诉案") if m.type == "Person"}
        assert {opencc.OpenCC("s2t").convert(h) if body != text else h for h in handles} <= persons, persons


@pytest.mark.parametrize("text", ["网友@人民日报评论称。", "联系邮箱：legal@example.com。", "详见@某某@某某。"])
def test_a_known_outlets_account_or_an_address_is_no_handle(names, text):
    assert not [m for m in names(text).values() if m.type == "Person" and "handle" in m.mechanism], text


# names listed before 等, a count and a word for persons; a gloss with accented letters (round 37)
def _persons_of(pipeline, write_doc, text: str) -> set[str]:
    result = pipeline.process(write_doc("doc.txt", "人工智能侵权案\n" + text + "\n"))
    return {m.text for mentions in result.mentions for m in mentions if m.type == "Person"}


@pytest.mark.parametrize("text, persons", [
    ("该案由张明远、李芳华等人提起诉讼。", {"张明远", "李芳华"}),
    ("法院判决被告赔偿原告赵敏、钱伟和孙丽等三名作家经济损失。", {"赵敏", "钱伟", "孙丽"}),
    ("被告变造合成周雨桐、吴佳等86名被害人的脸部图像。", {"周雨桐", "吴佳"}),
])
def test_names_listed_before_a_count_of_persons_are_persons(pipeline, write_doc, text, persons):
    for script in (str, opencc.OpenCC("s2t").convert):
        found = _persons_of(pipeline, write_doc, script(text))
        assert {script(person) for person in persons} <= found


@pytest.mark.parametrize("text", [
    "政府、企业等多名代表出席了会议。",
    "北京、上海等多名用户反映该应用存在问题。",
])
def test_words_listed_before_a_count_of_persons_name_no_person(names, text):
    assert not [m for m in names(text).values() if m.type == "Person"]


def test_a_name_glossed_by_an_accented_latin_name_is_a_person(pipeline, write_doc):
    for script in (str, opencc.OpenCC("s2t").convert):
        text = script("对此，谷歌发言人卡斯塔涅达（José Castañeda）周六回应称，该功能带来更多流量。")
        assert script("卡斯塔涅达") in _persons_of(pipeline, write_doc, text)


def test_a_latin_name_after_a_director_general_s_title_is_a_person(names):
    assert names("出版商协会总干事 Renaud Lefebvre 则将此次诉讼比作一场不对等的较量。")["Renaud Lefebvre"].type == "Person"


@pytest.mark.parametrize("sentence, person", [
    ("外交部发言人林远7日宣布，峰会将于下月举行。", "林远"),        # the day of the month after the name
    ("市长林宜明(25)日接受专访时表示。", "林宜明"),
    ("中国驻韩国大使戴岳上星期四在社交平台发文。", "戴岳"),        # a weekday after the name
    ("刑事局预防科长庄明远指出，诈骗手法不断翻新。", "庄明远"),    # a section chief's title
])
def test_a_titled_name_before_a_day_or_a_weekday_is_a_person(names, sentence, person):
    assert names(sentence)[person].type == "Person"


def test_the_judges_a_panel_lists_before_forming_it_are_persons(names):
    found = names("由本院审判员赵明罡、孙铭溪、颜君组成合议庭，公开开庭进行了审理。")
    assert all(found[judge].type == "Person" for judge in ("赵明罡", "孙铭溪", "颜君"))


@pytest.mark.parametrize("sentence, person", [
    ("她14岁的儿子赛泽尔（Sewell Setzer III）自杀身亡。", "赛泽尔"),    # a generation's mark closes the gloss
    ("平台被指生成模仿查克贝瑞（Chuck Berry）的歌曲。", "查克贝瑞"),   # the transliteration after a verb
])
def test_a_transliteration_a_persons_latin_name_glosses_is_a_person(names, sentence, person):
    found = names(sentence)
    assert found[person].type == "Person" and not any(text.endswith(person) and text != person for text in found)


@pytest.mark.parametrize("text, outlet", [
    ("星城网·星城观察6月16日 日前，卓汇科技发布新模型。", "星城网"),
    ("（文章来源：江城证券报·金牛座）", "江城证券报"),
])
def test_an_outlet_and_its_column_on_either_side_of_a_dot_are_no_person(names, text, outlet):
    assert not [m for m in names(text).values() if m.type == "Person"]


@pytest.mark.parametrize("text", ["调查记者卡雷鲁等人今天提起诉讼。", "作家卡雷鲁等5人提起诉讼。"])
def test_a_transliterated_name_before_its_companions_is_a_person(names, text):
    """记者卡雷鲁等人: 等 and the persons it counts end the name (sued47)."""
    persons = [m.text for m in names(text).values() if m.type == "Person"]
    assert "卡雷鲁" in persons, persons


def test_a_possessive_after_a_titled_name_ends_it(names):
    found = names("该法案仍需获得总统李明的批准。")
    assert found["李明"].type == "Person" and "李明的" not in found


def test_a_nickname_after_a_role_is_a_person(names):
    assert names("网红小岚以AI合成技术制作广告牟利。")["小岚"].type == "Person"
    assert names("检方起诉网红小岚（何晓岚）等三人。")["小岚"].type == "Person"


def test_a_nickname_after_a_role_is_a_person_in_traditional_text(pipeline):
    from kg.model import Document
    text = "某地檢署起訴網紅小嵐，法院判網紅小嵐3年徒刑。\n"
    result = pipeline.process_documents([Document("issue.txt", "issue.txt", text, "0")])[0]
    assert any(m.text == "小嵐" and m.type == "Person" for m in result.mentions[0])


def test_a_word_after_a_role_opened_like_a_nickname_names_no_one(names):
    assert not [m for m in names("专家小组提出报告。").values() if m.type == "Person"]
    assert not [m for m in names("网友小编表示，该影片已下架。").values() if m.type == "Person"]


def test_a_conferred_malaysian_title_opens_the_persons_name(names):
    found = names("银行前行长丹斯里卡米拉发布声明。议员拿督哈山阿里附加提问。")
    assert found["丹斯里卡米拉"].type == "Person"
    assert found["拿督哈山阿里"].type == "Person"
    assert "卡米拉" not in found and "哈山阿里" not in found


def test_a_title_character_inside_a_word_opens_no_name(names):
    found = names("他在伦敦奥斯本街开设了办事处。")
    assert not any(text.startswith("敦") for text in found)
