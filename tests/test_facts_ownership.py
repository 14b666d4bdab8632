"""kg.facts.ownership: who a model or a unit belongs to, from the words between two names."""
from __future__ import annotations

import re

import pytest

from xfails import NAME_NOT_FOUND, NO_RULE, PART_OF_MISSED


@pytest.mark.parametrize("sentence, unit, parent", [
    ("欧盟委员会下设的欧洲人工智能办公室发布了问答文件。", "欧洲人工智能办公室", "欧盟委员会"),
    ("阿里巴巴旗下的云计算平台阿里云宣布降价。", "阿里云", "阿里巴巴"),
    ("英国科学、创新和技术部3月2日宣布，其下属的人工智能安全研究所将更名。", "人工智能安全研究所", "英国科学、创新和技术部"),
    ("据悉，字节跳动的海外研究部门Seed Labs将承担研发。", "Seed Labs", "字节跳动"),  # 的, a description, a unit kind
    ("据悉，腾讯的游戏事业群Lightspeed Studios将承担研发。", "Lightspeed Studios", "腾讯"),
])
def test_a_unit_named_after_its_parent_and_a_unit_word_is_part_of_it(read_facts, sentence, unit, parent):
    assert (unit, "partOf", parent) in read_facts(sentence)


def test_every_unit_named_together_after_the_unit_word_is_part_of_the_parent(read_facts):
    found = read_facts("微软旗下的GitHub和领英均已更新隐私政策。")
    assert {("GitHub", "partOf", "微软"), ("领英", "partOf", "微软")} <= found


def test_a_unit_word_with_an_act_between_the_names_joins_nothing(read_facts):
    found = read_facts("字节跳动宣布投资旗下拥有多家工作室的米哈游。")
    assert not {f for f in found if f[1] == "partOf"}


def test_the_name_after_an_investors_role_invested_in_the_name_before(read_facts):
    assert ("微软", "investedIn", "OpenAI") in read_facts("OpenAI的最大投资者微软表示支持。")
    assert not {f for f in read_facts("OpenAI的最大客户微软表示支持。") if f[1] == "investedIn"}


def test_every_investor_named_after_the_role_invested_but_not_a_rival_after_yu(read_facts):
    found = read_facts("Anthropic的两大股东亚马逊和谷歌均未置评。")
    assert {("亚马逊", "investedIn", "Anthropic"), ("谷歌", "investedIn", "Anthropic")} <= found
    found = read_facts("OpenAI的股东包括微软、软银和英伟达。")
    assert ("英伟达", "investedIn", "OpenAI") in found
    found = read_facts("Anthropic的最大投资者亚马逊与微软展开竞争。")
    assert ("微软", "investedIn", "Anthropic") not in found


@pytest.mark.parametrize("sentence, unit, parent", [
    ("工业和信息化部办公厅会同国家药监局综合司发布了《医疗器械软件指南》。", "国家药监局综合司", "国家药监局"),
    ("教育部办公厅会同国家数据局综合司印发通知。", "国家数据局综合司", "国家数据局"),
])
def test_a_unit_named_after_hui_tong_is_its_own_bodys_not_the_name_before(read_facts, sentence, unit, parent):
    found = read_facts(sentence)
    assert (unit, "partOf", parent) in found
    assert not {f for f in found if "会同" in f[0] or "会同" in f[2]}


@pytest.mark.parametrize("sentence", [
    "国家疾控局综合司发布了《传染病监测指南》，国家卫生健康委也参与了编写。",
    "国家中医药局与国家卫生健康委联合印发了通知。",
])
def test_a_national_bureau_is_no_unit_of_the_ministry_that_manages_it(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "partOf" and f[2] in ("国家卫生健康委员会", "国家卫生健康委")}


@pytest.mark.parametrize("text", [
    "Staff at Nvidia Foundry were told on Monday that the team would move.",
    "The complaint names Nvidia Foundry as a co-defendant in the suit.",
])
def test_an_english_name_opening_with_a_company_is_no_unit_where_the_company_is_not_named_alone(read_facts, text):
    assert not {f for f in read_facts(text) if f[1] == "partOf"}


@pytest.mark.parametrize("text", [
    "Nvidia said its unit Nvidia Foundry would build the chips. Nvidia Foundry hired 40 engineers.",
])
def test_an_english_name_opening_with_a_company_the_text_calls_its_unit_is_its_unit(read_facts, text):
    assert ("Nvidia Foundry", "partOf", "Nvidia") in read_facts(text)


@pytest.mark.parametrize("text", [
    "Nvidia has set up Nvidia Foundry to build custom chips for clients.",
    "Disney and Disney Enterprises, Inc. sued the start-up in federal court.",
    "Google said the scans made for Google Books were lawful.",
    "Midjourney AI was sued on Monday; Midjourney did not comment.",
])
def test_an_english_name_opening_with_a_company_named_alone_too_is_no_unit_by_its_name_alone(read_facts, text):
    # a brand, a product or a legal entity of the same company (Google Books, Disney Enterprises, Getty Assets):
    # the real annotations give none of them a partOf by its name alone
    assert not {f for f in read_facts(text) if f[1] == "partOf"}


@pytest.mark.parametrize("sentence, unit, parent", [
    ("南湖市交通局（Nanhu Transport Bureau）下属的道路安全中心发布了新规。", "道路安全中心", "南湖市交通局"),
    ("南湖市文化局联同其下属的南湖市档案中心发起了倡议。", "南湖市档案中心", "南湖市文化局"),
])
def test_a_unit_after_its_parents_gloss_or_a_word_before_its_own_is_a_unit(read_facts, sentence, unit, parent):
    assert (unit, "partOf", parent) in read_facts(sentence)


@pytest.mark.parametrize("sentence, unit, parent", [
    ("数据伦理办公室设在南湖市交通局内部，负责审查算法。", "数据伦理办公室", "南湖市交通局"),
    ("数据伦理办公室隶属于南湖市交通局。", "数据伦理办公室", "南湖市交通局"),
    ("隶属南湖市交通局的数据伦理办公室周一发布了指引。", "数据伦理办公室", "南湖市交通局"),
])
def test_a_body_set_up_inside_or_attached_to_another_is_its_unit(read_facts, sentence, unit, parent):
    assert (unit, "partOf", parent) in read_facts(sentence)


def test_a_body_set_up_in_a_place_or_beside_another_is_no_unit(read_facts):
    found = read_facts("数据伦理办公室设在南湖市交通局旁边的大楼里。")
    assert not {f for f in found if f[1] == "partOf"}


def test_a_names_material_used_to_train_a_model_makes_it_no_developer(read_facts):
    found = read_facts("报道称，该公司使用Reddit的帖子训练对话模型Claude。")
    assert ("Reddit", "released", "Claude") not in found
    assert ("OpenAI", "released", "GPT-4o") in read_facts("OpenAI 的大模型 GPT-4o 上线。")


@pytest.mark.parametrize("sentence", [
    "谷歌此前已是Anthropic的投资方。",
    "谷歌也是Anthropic的主要投资者之一。",
])
def test_a_name_said_to_be_anothers_investor_invested_in_it(read_facts, sentence):
    assert ("谷歌", "investedIn", "Anthropic") in read_facts(sentence)


@pytest.mark.parametrize("sentence, owner, model", [
    ("画师们认为，小红书旗下的AI绘画产品Trik AI生成的图片与其作品相似。", "小红书", "Trik AI"),
    ("上海人工智能实验室的“书生”通用大模型也宣布开放。", "上海人工智能实验室", "书生"),
])
def test_a_model_after_its_owner_with_a_latin_kind_or_in_quotation_marks_is_released(read_facts, sentence, owner, model):
    assert (owner, "released", model) in read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "北京师范大学法学院教授李明认为，新规有助于保护个人信息。",
    "LG人工智能研究院的研究人员公布了测试结果。",
])
def test_a_school_or_lab_whose_parent_is_named_only_inside_its_name_is_no_unit_of_a_node(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "partOf"}


def test_a_school_whose_university_the_item_names_alone_too_is_its_unit(read_facts):
    found = read_facts("北京师范大学法学院教授李明认为，北京师范大学的新规有助于保护个人信息。")
    assert ("北京师范大学法学院", "partOf", "北京师范大学") in found


def test_a_state_body_named_only_inside_its_units_name_is_still_the_units_parent(read_facts):
    found = read_facts("美国版权局审查委员会此前驳回了一幅图像作品的注册申请。")
    assert ("美国版权局审查委员会", "partOf", "美国版权局") in found


@pytest.mark.parametrize("sentence", ["公安部网安局周二发布通报，提醒公众警惕虚假信息。",
                                      "经济部智慧财产局去年发函指出，单纯下指令生成的内容不受保护。"])
def test_a_ministry_named_only_inside_a_known_agencys_name_is_no_node(read_facts, sentence):
    # the knowledge base knows the agency as a body of its own: the text names it, not its ministry
    assert not {f for f in read_facts(sentence) if f[1] == "partOf" or f[0] in ("公安部", "经济部")}


def test_a_known_agencys_ministry_named_on_its_own_too_is_its_parent(read_facts):
    found = read_facts("公安部网安局周二发布通报。公安部表示将依法打击造谣行为。")
    assert ("公安部网安局", "partOf", "公安部") in found


WEEKLY = """人工智能法治周报
第12期

一、高校发布人工智能使用指引

北京师范大学于5月20日发布《人工智能辅助教学指引》，要求教师说明使用情况。

二、学者谈个人信息保护

北京师范大学法学院教授李明认为，新规有助于保护个人信息。
"""


def test_a_school_whose_university_another_item_names_alone_is_its_unit(pipeline, write_doc):
    result = pipeline.process(write_doc("weekly.txt", WEEKLY))
    found = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    assert ("北京师范大学法学院", "partOf", "北京师范大学") in found


def test_a_name_said_to_be_a_unit_of_a_parent_with_its_kind_is_part_of_it(read_facts):
    found = read_facts("Zoox为亚马逊旗下自动驾驶公司，已召回部分车辆。")
    assert ("Zoox", "partOf", "亚马逊") in found
    assert not any(f[0].endswith("自动驾驶公司") for f in found if f[1] == "partOf")


def test_a_unit_in_brackets_after_its_company_is_part_of_it(read_facts):
    assert ("Nova团队", "partOf", "美团") in read_facts("发布方：美团（Nova团队）")
    found = read_facts("发布方：阿里巴巴（阿里云）")
    assert ("阿里云", "partOf", "阿里巴巴") in found


def test_a_congress_named_only_inside_its_standing_committees_name_is_no_parent(read_facts):
    found = read_facts("全国人民代表大会常务委员会表决通过了修正案。")
    assert not {f for f in found if f[1] == "partOf"}


@pytest.mark.parametrize("text, maker, model", [
    ("Nvidia said its Nvidia Harbor platform now serves banks.", "Nvidia", "Nvidia Harbor"),
    ("腾讯表示，腾讯混元已接入多款应用。", "腾讯", "腾讯混元"),
])
def test_a_model_named_after_a_company_the_item_names_alone_is_its_release(read_facts, text, maker, model):
    assert (maker, "released", model) in read_facts(text)


def test_a_model_named_after_a_company_never_named_alone_has_that_maker_too(read_facts):
    # round 77: the real dev annotations give such a maker its node and the edge (Ownership.maker_inside)
    assert ("Nvidia", "released", "Nvidia Harbor") in read_facts("Customers praised the Nvidia Harbor platform.")


@pytest.mark.parametrize("sentence, unit, parent", [
    ("Postmedia旗下则拥有《国家邮报》等多份报纸。", "国家邮报", "Postmedia"),
    ("据报道，总检察长部设立的数字版权咨询小组（DCAG）将与企业讨论授权问题。", "数字版权咨询小组", "总检察长部"),
    ("监管机构已致函谷歌母公司Alphabet。", "谷歌", "Alphabet"),
    ("原告起诉谷歌及其母公司 Alphabet。", "谷歌", "Alphabet"),
    ("Torstar是《多伦多星报》的母公司，也参与了起诉。", "多伦多星报", "Torstar"),
])
def test_a_unit_its_parent_holds_set_up_or_is_parent_company_of_is_part_of_it(read_facts, sentence, unit, parent):
    assert (unit, "partOf", parent) in read_facts(sentence)


def test_a_former_parent_company_is_no_parent(read_facts):
    assert not {f for f in read_facts("Nebius由俄罗斯互联网公司Yandex的原母公司重组而来。") if f[1] == "partOf"}


def test_a_chinese_maker_right_before_its_models_name_released_it(read_facts):
    assert ("智谱", "released", "GLM-9") in read_facts("记者试用了智谱GLM-9模型。")
    assert ("智谱", "released", "GLM-9") not in read_facts("记者把智谱与GLM-9模型做了对比。")


def test_every_model_listed_after_a_makers_product_kind_was_released_by_it(read_facts):
    found = read_facts("智谱旗下产品包括对话机器人GLM-9、GLM-10等。")
    assert {("智谱", "released", "GLM-9"), ("智谱", "released", "GLM-10")} <= found


@pytest.mark.parametrize("text", [
    "Google said its assistant now reads messages in Google Chat. Google also said the feature is off by default.",
    "Nvidia said Nvidia Notes would store the transcripts. Nvidia declined to comment.",
])
def test_a_company_name_before_a_word_of_what_a_product_does_names_no_unit(read_facts, text):
    assert not {f for f in read_facts(text) if f[1] == "partOf"}


def test_a_rival_after_de_is_no_unit(read_facts):
    assert not {f for f in read_facts("苹果的竞争对手三星周三发布了新手机。") if f[1] == "partOf"}


def test_a_cloud_and_its_model_platform_named_together_are_two_names(read_facts):
    # 百度智能云千帆: the cloud (a company) and its platform (千帆), as the annotations give them
    found = read_facts("开发者现已能在百度智能云千帆上调用这一模型。")
    assert ("百度智能云", "released", "千帆") in found


@pytest.mark.parametrize("sentence, maker, model", [
    ("蔚来汽车表示，其智能驾驶系统NWM将于明年升级。", "蔚来汽车", "NWM"),
    ("腾讯称将把这些能力整合进自家的办公助手Zorbi。", "腾讯", "Zorbi"),
    ("百度通过自有的写作助手Quillet向开发者开放接口。", "百度", "Quillet"),
])
def test_a_model_after_a_word_of_owning_belongs_to_the_body_before(read_facts, sentence, maker, model):
    assert (maker, "released", model) in read_facts(sentence)


# round 31: whose 其 it is — the subject of its clause chain, not a partner or an object named nearer
@pytest.mark.parametrize("sentence, maker, other", [
    ("星澜科技与北辰日报社签约，其写作助手Quilla可调用该报稿件。", "星澜科技", "北辰日报社"),           # a partner after 与
    ("星澜科技與北辰日報社簽約，其寫作助手Quilla可調用該報稿件。", "星澜科技", "北辰日報社"),
    ("远帆科技在未获授权的情况下抓取蓝湾集团用户内容，用于训练其对话模型Orin。", "远帆科技", "蓝湾集团"),  # an object's owner
    ("遠帆科技在未獲授權的情況下抓取藍灣集團用戶內容，用於訓練其對話模型Orin。", "遠帆科技", "藍灣集團"),
    ("青禾科技宣布与谷歌扩大合作，计划使用谷歌芯片训练其模型Vela。", "青禾科技", "谷歌"),
    ("青禾科技宣佈與谷歌擴大合作，計劃使用谷歌晶片訓練其模型Vela。", "青禾科技", "谷歌"),
    ("社交平台蓝湾网向法院起诉，指控人工智能公司远帆科技抓取蓝湾网用户内容训练其模型Orin。", "远帆科技", "蓝湾网"),
    ("总部位于杭州的远帆科技与北辰日报社签约，其对话模型Orin可调用该报稿件。", "远帆科技", "北辰日报社"),  # a seat describes
    ("總部位於杭州的遠帆科技與北辰日報社簽約，其對話模型Orin可調用該報稿件。", "遠帆科技", "北辰日報社"),
])
def test_qi_before_a_model_stands_for_the_subject_of_its_clause(read_facts, sentence, maker, other):
    found = {(h, t) for h, r, t in read_facts(sentence) if r == "released"}
    model = next(t for h, t in found) if found else None
    assert (maker, model) in found and (other, model) not in found, found


@pytest.mark.parametrize("sentence, maker, model", [
    # 其 after a verb of accusing or asking is that verb's object: the party named last
    ("环球唱片集团对星澜科技提起版权诉讼，指控其未经许可训练聊天机器人Quilla。", "星澜科技", "Quilla"),
    ("北辰唱片公司对星澜科技提起版权诉讼，要求其停止使用聊天机器人Quilla。", "星澜科技", "Quilla"),
    ("北辰唱片公司表示，遠帆科技未獲授權，並指控其未經許可訓練對話模型Quilla。", "遠帆科技", "Quilla"),
    # a unit named after its parent's unit word is the subject
    ("北辰集团旗下北辰云科技宣布，其千澜大模型平台向新用户开放。", "北辰云科技", "千澜大模型"),
])
def test_qi_after_a_verb_of_accusing_or_a_unit_word_stands_for_the_name_it_follows(read_facts, sentence, maker, model):
    assert (maker, "released", model) in read_facts(sentence)



@pytest.mark.parametrize("sentence", [
    "腾讯近来尤其看重办公助手Zorbi。",     # 尤其: especially, no owner's word
    "百度将其接入了写作助手Quillet。",       # 将其: 其 the object of a verb
])
def test_a_word_holding_qi_is_no_word_of_owning(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "released"}


def test_words_outside_reads_a_word_only_outside_the_longer_words_holding_it():
    from kg.facts.ownership import words_outside
    owner = re.compile(words_outside(("其", "自家"), ("尤其", "将其", "其中")))
    assert [bool(owner.search(text)) for text in ("，其平台", "尤其是", "将其", "其中", "自家的")] == \
        [True, False, False, False, True]


# The ways Chinese and English text say one body belongs to another (inventory of partOf shapes; invented names).
# A shape whose failure is a name never found or cut wrongly (the suffix family's reach, not this family's) is
# marked so, and passes once the name is found.
# Both names are found (kg.mentions.edges cuts the role word off), but no cue reads the shape yet.
PART_OF_SHAPES = [
    ('蓝湾集团旗下的青石科技有限公司推出了新服务。', '青石科技有限公司', '蓝湾集团'),
    ('云岭省科学技术厅下属的云岭省科技信息研究所发布报告。', '云岭省科技信息研究所', '云岭省科学技术厅'),
    ('隶属于蓝湾集团的青石科技有限公司今天上线新产品。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司是蓝湾集团的全资子公司。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团控股的远帆数据有限公司宣布裁员。', '远帆数据有限公司', '蓝湾集团'),
    ('蓝湾集团成立的远帆研究院发布了白皮书。', '远帆研究院', '蓝湾集团'),
    pytest.param('云岭大学设立的青石人工智能研究院揭牌。', '青石人工智能研究院', '云岭大学', marks=NAME_NOT_FOUND),
    ('青石科技有限公司（蓝湾集团的子公司）发布公告。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团所属青石科技有限公司获得许可。', '青石科技有限公司', '蓝湾集团'),
    pytest.param('青石研究院归口云岭省科学技术厅管理。', '青石研究院', '云岭省科学技术厅', marks=NAME_NOT_FOUND),
    ('数智日报社由蓝湾传媒集团主管主办。', '数智日报社', '蓝湾传媒集团'),
    pytest.param('云岭省信息中心为云岭省人民政府直属事业单位。', '云岭省信息中心', '云岭省人民政府', marks=NAME_NOT_FOUND),
    ('蓝湾集团孵化的远帆智能有限公司完成首轮融资。', '远帆智能有限公司', '蓝湾集团'),
    pytest.param('蓝湾集团的研究院远帆研究院发布了模型评测。', '远帆研究院', '蓝湾集团', marks=NO_RULE),
    ('青石科技有限公司是蓝湾集团旗下公司。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司系蓝湾集团全资子公司。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司为蓝湾集团下属企业。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团的子公司青石科技有限公司被约谈。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团全资子公司青石科技有限公司被约谈。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司由蓝湾集团控股。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司的母公司蓝湾集团发表声明。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团是青石科技有限公司的母公司。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司是蓝湾集团的分公司。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团的控股子公司青石科技有限公司发布财报。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司归属于蓝湾集团。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司现为蓝湾集团的一部分。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团旗下拥有青石科技有限公司和远帆数据有限公司。', '远帆数据有限公司', '蓝湾集团'),
    ('云岭省人民政府直属的云岭省大数据中心发布通知。', '云岭省大数据中心', '云岭省人民政府'),
    ('蓝湾集团的下属机构远帆研究院发布报告。', '远帆研究院', '蓝湾集团'),
    ('青石科技有限公司由蓝湾集团全资持有。', '青石科技有限公司', '蓝湾集团'),
    ('青石科技有限公司，蓝湾集团旗下的人工智能企业，推出了新模型。', '青石科技有限公司', '蓝湾集团'),
    ('蓝湾集团100%控股的青石科技有限公司发布公告。', '青石科技有限公司', '蓝湾集团'),
    ('作为蓝湾集团的子公司，青石科技有限公司也受到影响。', '青石科技有限公司', '蓝湾集团'),
    ('Corvex Labs, a subsidiary of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ("Halden Holdings Inc.'s Corvex Labs unit said on Monday.", 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, owned by Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, part of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    pytest.param('Halden Holdings-owned Corvex Labs said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.', marks=NAME_NOT_FOUND),
    ('Corvex Labs, a division of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('The Office of Data Standards, an agency within the Department of Commerce, issued guidance.', 'Office of Data Standards', 'Department of Commerce'),
    ("Corvex Labs's parent company Halden Holdings Inc. said it would appeal.", 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, a unit of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs is a wholly owned subsidiary of Halden Holdings Inc., filings show.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ("Halden Holdings Inc.'s subsidiary Corvex Labs said on Monday.", 'Corvex Labs', 'Halden Holdings Inc.'),
    ("Corvex Labs, Halden Holdings Inc.'s research arm, said on Monday.", 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs is part of Halden Holdings Inc., filings show.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs operates as a division of Halden Holdings Inc., filings show.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Halden Holdings Inc., the parent of Corvex Labs, said it would appeal.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Halden Holdings Inc., which owns Corvex Labs, said it would appeal.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, which is owned by Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Halden Holdings Inc. owns Corvex Labs.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, a Halden Holdings Inc. subsidiary, said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, an affiliate of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, an arm of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, a Halden Holdings Inc. company, said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs is a subsidiary of Halden Holdings Inc., filings show.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, a unit within Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, a lab at Northbrook University, released a dataset.', 'Corvex Labs', 'Northbrook University'),
    ('Corvex Labs, which is part of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, now part of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
]


@pytest.mark.parametrize("sentence, unit, parent", PART_OF_SHAPES)
def test_each_way_text_says_a_body_belongs_to_another_is_part_of(read_facts, sentence, unit, parent):
    assert (unit, "partOf", parent) in read_facts(sentence)


@pytest.mark.parametrize("sentence, unit", [
    ('蓝湾集团投资的青石科技有限公司完成融资。', '青石科技有限公司'),
    ('蓝湾集团与青石科技有限公司达成合作。', '青石科技有限公司'),
    ('蓝湾集团参股的青石科技有限公司完成融资。', '青石科技有限公司'),
    ('蓝湾集团的前子公司青石科技有限公司被罚款。', '青石科技有限公司'),
    ('蓝湾集团收购了青石科技有限公司。', '青石科技有限公司'),
    ('蓝湾集团领投的青石科技有限公司完成融资。', '青石科技有限公司'),
    ('The Halden Holdings-backed Corvex Labs raised new funding.', 'Corvex Labs'),
    ('Corvex Labs, which Halden Holdings Inc. spun off last year, raised funding.', 'Corvex Labs'),
    ('Halden Holdings Inc. partnered with Corvex Labs on safety testing.', 'Corvex Labs'),
    ('Halden Holdings Inc. invested in Corvex Labs last year.', 'Corvex Labs'),
    ('Corvex Labs, a former subsidiary of Halden Holdings Inc., raised funding.', 'Corvex Labs'),
    ('Halden Holdings Inc. sold Corvex Labs to a rival.', 'Corvex Labs'),
])
def test_an_investment_a_partnership_a_purchase_a_spin_off_or_a_former_unit_is_no_part_of(read_facts, sentence, unit):
    assert not {f for f in read_facts(sentence) if f[1] == "partOf" and unit in (f[0], f[2])}


def test_a_controlling_shareholder_is_no_investor(read_facts):
    assert ("卓汇控股集团", "investedIn", "明川科技") not in read_facts("卓汇控股集团是明川科技的控股股东。")
    assert not {f for f in read_facts("明川科技的控股股东为卓汇控股集团。") if f[1] == "investedIn"}


def test_a_clause_opened_by_a_holders_role_names_the_holders_of_the_company_before(read_facts):
    found = read_facts("明川科技成立于2021年，注册资本3亿元，股东包括腾讯，以及工商银行和农业银行。")
    assert {h for h, r, t in found if r == "investedIn" and t == "明川科技"} == {"腾讯", "工商银行", "农业银行"}


def test_a_parent_written_alone_where_no_family_found_its_name_is_named(read_facts):
    # 云岭省互联网协会 alone is read only as the place 云岭省, but the item writes the association alone
    found = read_facts("云岭省互联网协会召开年会，云岭省互联网协会人工智能专业委员会发布了倡议。")
    assert ("云岭省互联网协会人工智能专业委员会", "partOf", "云岭省互联网协会") in found
    assert not {f for f in read_facts("云岭省互联网协会人工智能专业委员会发布了倡议。") if f[1] == "partOf"}


# The inventory of partOf between two bodies the name families both find: a unit word, a copula and a
# unit's kind, a provincial department in its government's own text, an outlet and its app or house.
PART_OF_BETWEEN_FOUND = [
    ('蓝湾集团旗下的《晨光周刊》发表了评论。', '晨光周刊', '蓝湾集团'),
    ('蓝湾集团旗下的《远望》刊文指出，模型不能署名。', '远望', '蓝湾集团'),
    ('爱思唯尔旗下的《柳叶刀》发表了社论。', '柳叶刀', '爱思唯尔'),
    pytest.param('云岭省数据局是云岭省人民政府的下属机构。', '云岭省数据局', '云岭省人民政府', marks=NAME_NOT_FOUND),
    ('南湖知识产权局（NIPO）是南湖创新部（MIC）的下属机构，负责专利审查。', '南湖知识产权局', '南湖创新部'),
    ('南湖知识产权局（NIPO）为南湖创新部的直属机构。', '南湖知识产权局', '南湖创新部'),
    ('远帆研究院隶属于蓝湾集团。', '远帆研究院', '蓝湾集团'),
    ('远帆研究院为蓝湾大学直属单位。', '远帆研究院', '蓝湾大学'),
    ('蓝湾集团所属的鹭江日报社发布声明。', '鹭江日报社', '蓝湾集团'),
    ('浙江省人民政府关于印发行动计划的通知\n省政府各部门：\n浙江省科学技术厅会同浙江省经济和信息化厅牵头推进。',
     '浙江省科学技术厅', '浙江省人民政府'),
    ('浙江省人民政府关于印发行动计划的通知\n省政府各部门：\n浙江省科学技术厅会同浙江省经济和信息化厅牵头推进。',
     '浙江省经济和信息化厅', '浙江省人民政府'),
    ('云岭省人民政府办公厅印发了实施方案。', '云岭省人民政府办公厅', '云岭省人民政府'),
    pytest.param('鹭江日报客户端　｜　要闻\n来源：鹭江日报\n鹭江日报讯　南湖法院审结一起案件。', '鹭江日报客户端', '鹭江日报',
                 marks=NAME_NOT_FOUND),
    ('鹭江日报社宣布，《鹭江日报》将于明年改版。', '鹭江日报', '鹭江日报社'),
    pytest.param('鹭江日报社宣布，鹭江日报客户端将于明年改版。', '鹭江日报客户端', '鹭江日报社', marks=NAME_NOT_FOUND),
    ('南湖市人民政府下设的南湖市数据管理中心发布了指引。', '南湖市数据管理中心', '南湖市人民政府'),
    ('远帆研究院是中国科学院的直属机构。', '远帆研究院', '中国科学院'),
    ('远帆研究院是蓝湾集团的组成部分。', '远帆研究院', '蓝湾集团'),
    ('蓝湾集团下属的远帆研究院、白鹭数据中心和青岚研究院共同发布报告。', '白鹭数据中心', '蓝湾集团'),
    ('蓝湾集团下属的远帆研究院、白鹭数据中心和青岚研究院共同发布报告。', '青岚研究院', '蓝湾集团'),
    ('青石科技有限公司隶属蓝湾集团。', '青石科技有限公司', '蓝湾集团'),
    ('云岭省科学技术厅下属的云岭省科技情报研究所发布了报告。', '云岭省科技情报研究所', '云岭省科学技术厅'),
    ('美国商务部下属的国家标准与技术研究院发布了框架。', '国家标准与技术研究院', '美国商务部'),
    ('英国政府通信总部下属的国家网络安全中心发布了指南。', '国家网络安全中心', '英国政府通信总部'),
    ('澳大利亚信号局下属的澳大利亚网络安全中心发布了警告。', '澳大利亚网络安全中心', '澳大利亚信号局'),
    ('新西兰商业、创新与就业部下属的新西兰知识产权局驳回了申请。', '新西兰知识产权局', '新西兰商业、创新与就业部'),
    ('谷歌旗下的DeepMind发布了新模型。', 'DeepMind', '谷歌'),
    pytest.param('蓝湾集团旗下拥有鹭江日报社和远望杂志社。', '远望杂志社', '蓝湾集团', marks=NAME_NOT_FOUND),
    ('白鹭数据中心系蓝湾大学下属单位。', '白鹭数据中心', '蓝湾大学'),
    ('云岭省大数据中心为云岭省人民政府直属单位。', '云岭省大数据中心', '云岭省人民政府'),
    ('CISA联合NSA，以及澳大利亚信号局下属的ACSC发布了指南。', 'ACSC', '澳大利亚信号局'),
    # 其 of 其他 stands for no list before the owner (the list's own 及其 does: 及其子公司)
    ('迪士尼、环球影业旗下的其他工作室皮克斯和梦工厂发布了声明。', '皮克斯', '环球影业'),
    ('南湖网安局联合北岭数据局和隶属东湾信号局的东湾网络安全中心发布了指南。', '东湾网络安全中心', '东湾信号局'),
    ('The Harbor Patent Office, an agency of the Ministry of Enterprise, rejected the filing.',
     'Harbor Patent Office', 'Ministry of Enterprise'),
    ("Corvex Labs, part of Halden Holdings Inc.'s cloud unit, said on Monday.", 'Corvex Labs', 'Halden Holdings Inc.'),
    ('The Office of Data Standards, part of the Department of Commerce, issued guidance.',
     'Office of Data Standards', 'Department of Commerce'),
    ('The Office of Data Standards, which is part of the Department of Commerce, issued guidance.',
     'Office of Data Standards', 'Department of Commerce'),
    ('The Data Review Board, an independent agency of the Ministry of Enterprise, fined the firm.',
     'Data Review Board', 'Ministry of Enterprise'),
    ("Corvex Labs, one of Halden Holdings Inc.'s units, said on Monday.", 'Corvex Labs', 'Halden Holdings Inc.'),
    ('Corvex Labs, a research unit of Halden Holdings Inc., said on Monday.', 'Corvex Labs', 'Halden Holdings Inc.'),
    ('The Harbor Patent Office is an agency of the Ministry of Enterprise.', 'Harbor Patent Office', 'Ministry of Enterprise'),
    ("Halden Holdings Inc.'s Corvex Labs and Brightline Studios units said on Monday.", 'Brightline Studios',
     'Halden Holdings Inc.'),
    ('The National Cyber Security Centre, a part of GCHQ, published guidance.', 'National Cyber Security Centre', 'GCHQ'),
    ('The Morning Ledger, a newspaper owned by Harbor Media Group, reported the ruling.', 'Morning Ledger',
     'Harbor Media Group'),
]


@pytest.mark.parametrize("text, unit, parent", PART_OF_BETWEEN_FOUND)
def test_each_body_the_text_places_under_another_found_body_is_part_of_it(read_facts, text, unit, parent):
    assert (unit, "partOf", parent) in read_facts(text)


# Traps: a modifier owns the one name right after it, not the list around it; a joint act, two ministries
# of one government side by side or a former parent make no partOf.
PART_OF_TRAPS = [
    ('CISA联合NSA、FBI，以及澳大利亚信号局下属的ACSC发布了指南。', 'FBI'),
    ('CISA联合NSA、FBI，以及澳大利亚信号局下属的ACSC发布了指南。', 'NSA'),
    ('澳大利亚信号局下属的澳大利亚网络安全中心、新西兰国家网络安全中心和英国国家网络安全中心联合发布了指南。', '新西兰国家网络安全中心'),
    ('澳大利亚信号局下属的澳大利亚网络安全中心、新西兰国家网络安全中心和英国国家网络安全中心联合发布了指南。', '英国国家网络安全中心'),
    ('澳大利亚网络安全中心、新西兰国家网络安全中心和隶属英国政府通信总部的英国国家网络安全中心发布了指南。', '新西兰国家网络安全中心'),
    ('澳大利亚网络安全中心、新西兰国家网络安全中心和隶属英国政府通信总部的英国国家网络安全中心发布了指南。', '澳大利亚网络安全中心'),
    ('科技部直属的中国科学技术信息研究所联合爱思唯尔、施普林格·自然发布了指南。', '爱思唯尔'),
    ('科技部直属的中国科学技术信息研究所联合爱思唯尔、施普林格·自然发布了指南。', '施普林格·自然'),
    ('蓝湾集团联合青石科技有限公司发布了白皮书。', '青石科技有限公司'),
    ('工业和信息化部、商务部联合印发了通知。', '商务部'),
    ('浙江省科学技术厅和浙江省经济和信息化厅联合发布了指引。', '浙江省经济和信息化厅'),
    ('青石科技有限公司原隶属于蓝湾集团，现已独立运营。', '青石科技有限公司'),
    ('青石科技有限公司的原母公司蓝湾集团发表声明。', '青石科技有限公司'),
    ('腾讯旗下的微信和阿里巴巴旗下的支付宝均已接入。', '阿里巴巴'),
    ('谷歌与微软旗下的领英达成了协议。', '谷歌'),
    ('浙江省人民政府关于印发行动计划的通知\n省政府各部门：\n江苏省科学技术厅将派员参加。', '江苏省科学技术厅'),
    ('Corvex Labs, formerly part of Halden Holdings Inc., raised funding.', 'Corvex Labs'),
    ("The FBI, the NSA and GCHQ's National Cyber Security Centre issued an advisory.", 'FBI'),
    ('Corvex Labs partnered with Halden Holdings Inc. on safety testing.', 'Corvex Labs'),
]


@pytest.mark.parametrize("text, body", PART_OF_TRAPS)
def test_a_peer_in_a_list_a_partner_or_a_former_unit_is_no_part_of(read_facts, text, body):
    assert not {f for f in read_facts(text) if f[1] == "partOf" and f[0] == body}


def test_a_model_said_to_be_a_makers_own_work_is_its_release(read_facts):
    assert ("中国电信", "released", "TeleChat2-115B") in read_facts("TeleChat2-115B是中国电信自研的通用大模型。")
    assert ("中国电信", "released", "TeleChat2-115B") not in read_facts("TeleChat2-115B是中国电信采购的通用大模型。")


def test_every_product_a_parent_lists_after_its_kind_is_its_release(read_facts):
    found = read_facts("远帆科技旗下产品包括Luna、Nova和Orbit。")
    assert {t for h, r, t in found if r == "released" and h == "远帆科技"} == {"Luna", "Nova", "Orbit"}


# The partOf inventory: who belongs to whom, in the shapes a group, a subsidiary or a unit is told
# in Chinese and English (rows marked PART_OF_MISSED are misses of today, mostly a name the name families do not find).


@pytest.mark.parametrize("sentence, units", [
    ('蓝湾传媒集团旗下《南湖日报》和《东岸晚报》均已接入该平台。', (('南湖日报', '蓝湾传媒集团'), ('东岸晚报', '蓝湾传媒集团'))),
    ('蓝湾传媒集团旗下报纸《南湖日报》、《东岸晚报》和《西山周刊》将停印。', (('南湖日报', '蓝湾传媒集团'), ('东岸晚报', '蓝湾传媒集团'), ('西山周刊', '蓝湾传媒集团'))),
    ('北辰控股集团旗下的星海科技发布了年度报告。', (('星海科技', '北辰控股集团'),)),
    ('星海科技是北辰控股集团的全资子公司。', (('星海科技', '北辰控股集团'),)),
    ('星海科技为北辰控股集团控股子公司。', (('星海科技', '北辰控股集团'),)),
    ('北辰控股集团全资子公司星海科技有限公司近日完成了收购。', (('星海科技有限公司', '北辰控股集团'),)),
    pytest.param('南湖电子股份有限公司（以下简称“公司”）全资子公司南湖国际有限公司（以下简称“南湖国际”）签署了协议。', (('南湖国际有限公司', '南湖电子股份有限公司'),), marks=PART_OF_MISSED),
    ('东岳信息股份有限公司（以下简称“公司”）今日发布公告。星海科技为公司核心子公司。', (('星海科技', '东岳信息股份有限公司'),)),
    ('东岳信息股份有限公司（以下简称“公司”）今日发布公告。星海科技为公司控股子公司，主营云服务。', (('星海科技', '东岳信息股份有限公司'),)),
    pytest.param('由北辰控股控股的云岭出版集团与OpenAI宣布合作。', (('云岭出版集团', '北辰控股'),), marks=PART_OF_MISSED),
    ('云岭出版集团由海川控股集团所有。', (('云岭出版集团', '海川控股集团'),)),
    ('云岭出版集团为海川控股集团所有。', (('云岭出版集团', '海川控股集团'),)),
    ('南湖市科技局下属的数据安全中心和算法评估中心联合发布报告。', (('数据安全中心', '南湖市科技局'), ('算法评估中心', '南湖市科技局'))),
    ('北辰控股集团的孙公司星海云计算有限公司签署了协议。', (('星海云计算有限公司', '北辰控股集团'),)),
    ('北辰控股集团控股的星海科技已提交材料。', (('星海科技', '北辰控股集团'),)),
    ('星海科技（北辰控股集团的子公司）已提交材料。', (('星海科技', '北辰控股集团'),)),
    ('作为北辰控股集团的子公司，星海科技将承担研发。', (('星海科技', '北辰控股集团'),)),
    ('北辰控股集团下属企业星海科技获得了许可。', (('星海科技', '北辰控股集团'),)),
    ('星海科技系北辰控股集团旗下企业。', (('星海科技', '北辰控股集团'),)),
    ('藍灣傳媒集團旗下《南湖日報》和《東岸晚報》均已接入該平台。', (('南湖日報', '藍灣傳媒集團'), ('東岸晚報', '藍灣傳媒集團'))),
    ('星海科技為北辰控股集團的全資附屬公司。', (('星海科技', '北辰控股集團'),)),
    ('星海科技隸屬於北辰控股集團。', (('星海科技', '北辰控股集團'),)),
    ('北辰控股集團旗下的星海科技發布了年報。', (('星海科技', '北辰控股集團'),)),
    ('星海科技是北辰控股集团旗下公司之一。', (('星海科技', '北辰控股集团'),)),
    pytest.param('南湖日报传媒集团与OpenAI签约，《南湖日报》的报道将在ChatGPT中展示。', (('南湖日报', '南湖日报传媒集团'),), marks=PART_OF_MISSED),
    ('北辰控股集团有限公司（以下简称“北辰控股”）旗下的星海科技发布了新品。', (('星海科技', '北辰控股集团有限公司'),)),
    pytest.param('北辰控股集团旗下拥有星海科技、云岭出版和南湖数据三家公司。', (('星海科技', '北辰控股集团'), ('云岭出版', '北辰控股集团'), ('南湖数据', '北辰控股集团')), marks=PART_OF_MISSED),
    pytest.param('星海科技、云岭出版均为北辰控股集团的全资子公司。', (('星海科技', '北辰控股集团'), ('云岭出版', '北辰控股集团')), marks=PART_OF_MISSED),
    ('北辰控股集团通过全资子公司星海科技持有南湖数据60%股权。', (('星海科技', '北辰控股集团'),)),
    pytest.param('南湖市数据局内设的数据资源处负责平台建设。', (('数据资源处', '南湖市数据局'),), marks=PART_OF_MISSED),
    ('北辰控股集团旗下子公司星海科技获得了牌照。', (('星海科技', '北辰控股集团'),)),
    ('星海控股有限公司为北辰集团的全资附属公司。', (('星海控股有限公司', '北辰集团'),)),
    ('蓝湾传媒集团与OpenAI宣布合作，旗下《南湖日报》和《东岸晚报》的内容将出现在ChatGPT中。', (('南湖日报', '蓝湾传媒集团'), ('东岸晚报', '蓝湾传媒集团'))),
    ('星海科技是北辰控股集团的下属企业。', (('星海科技', '北辰控股集团'),)),
    ('北辰控股集团的子公司星海科技已提交申请。', (('星海科技', '北辰控股集团'),)),
    ('星海科技母公司北辰控股集团回应了质询。', (('星海科技', '北辰控股集团'),)),
    pytest.param('数据安全实验室归属于南湖市科技局。', (('数据安全实验室', '南湖市科技局'),), marks=PART_OF_MISSED),
    pytest.param('北辰控股集团持有星海科技100%股权。', (('星海科技', '北辰控股集团'),), marks=PART_OF_MISSED),
    ('星海科技的控股股东为北辰控股集团。', (('星海科技', '北辰控股集团'),)),
    ('北辰控股集团旗下的星海科技和云岭出版集团旗下的南湖日报社均参与了起草。', (('星海科技', '北辰控股集团'), ('南湖日报社', '云岭出版集团'))),
    ('Harbor Lane Media, part of Northgate Holdings, launched a podcast.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('Harbor Lane Media, a unit of Northgate Holdings, said it would appeal.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('Harbor Lane Media is now part of Northgate Holdings.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('Harbor Lane Media, a subsidiary of Northgate Holdings, declined to comment.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('Harbor Lane Media is owned by Northgate Holdings.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ("Northgate Holdings' Harbor Lane Media division will run the service.", (('Harbor Lane Media', 'Northgate Holdings'),)),
    ("Harbor Lane Media's parent, Northgate Holdings, filed the notice.", (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('The Board of Dental Examiners and the Board of Pharmacy, both within the Department of Consumer Services, issued guidance.', (('Board of Dental Examiners', 'Department of Consumer Services'), ('Board of Pharmacy', 'Department of Consumer Services'))),
    ('The Division of Securities, part of the Ohio Department of Commerce, opened a review.', (('Division of Securities', 'Ohio Department of Commerce'),)),
    pytest.param('Brightloop bought Quill, the app formerly known as Tweeter; both now sit under Brightloop Holdings.', (('Quill', 'Brightloop Holdings'), ('Brightloop', 'Brightloop Holdings')), marks=PART_OF_MISSED),
    ('Harbor Lane Media merged into Northgate Holdings in 2023.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ("Harbor Lane Media's parent company Northgate Holdings declined to comment.", (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('Northgate Holdings owns Harbor Lane Media and Pinecrest Radio.', (('Harbor Lane Media', 'Northgate Holdings'), ('Pinecrest Radio', 'Northgate Holdings'))),
    ('Harbor Lane Media, which is wholly owned by Northgate Holdings, declined to comment.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('The Office of Data Privacy, within the Department of Commerce, issued the rule.', (('Office of Data Privacy', 'Department of Commerce'),)),
    ('Harbor Lane Media, the Northgate Holdings subsidiary, filed suit.', (('Harbor Lane Media', 'Northgate Holdings'),)),
    ('由北辰控股集团控股的云岭出版集团与OpenAI宣布合作。', (('云岭出版集团', '北辰控股集团'),)),
    ('北辰控股集团旗下拥有星海科技和另一家公司。', (('星海科技', '北辰控股集团'),)),
    ('南湖市科技局下属的数据安全中心及算法评估中心联合发布报告。', (('数据安全中心', '南湖市科技局'), ('算法评估中心', '南湖市科技局'))),
    ('云岭出版集团由Vantor控股。', (('云岭出版集团', 'Vantor'),)),
    ('Vantor旗下的云岭出版集团与OpenAI签约。', (('云岭出版集团', 'Vantor'),)),
    ("Brightloop Holdings' Pinecrest Media subsidiary launched an app.", (('Pinecrest Media', 'Brightloop Holdings'),)),
])
def test_inventory_each_unit_is_part_of_its_group(read_facts, as_read, sentence, units):
    # a Traditional sentence is read as the pipeline reads its document: in Simplified (kg.script)
    found = read_facts(as_read(sentence))
    assert {(as_read(unit), "partOf", as_read(parent)) for unit, parent in units} <= found


@pytest.mark.parametrize("sentence, wrong", [
    ('北辰科技旗下产品包括星火助手和云图大模型。', None),
    ('北辰科技旗下的星火助手已上线。', None),
    ('海川控股持有星海科技15%股权。', None),
    ('海川控股是星海科技的第二大股东。', None),
    ('北辰科技与海川控股两家集团宣布合作。', None),
    ('星海科技为北辰控股集团的子公司。', ('北辰控股集团', '星海科技')),
    ('北辰控股集团已将星海科技出售给海川控股。', ('星海科技', '北辰控股集团')),
    ('北辰控股集团和海川控股集团旗下均有多家媒体。', None),
    ('北辰科技的前子公司星海科技宣布独立。', None),
    ('海川控股参股星海科技。', None),
    ('星海科技持有北辰控股集团5%的股份。', None),
    ('北辰控股集团的子公司星海科技与海川控股集团的子公司南湖数据合作。', ('南湖数据', '北辰控股集团')),
    ('蓝湾集团旗下媒体报道称，星海科技已获批。', None),
    ('北辰科技旗下產品包括星火助手和雲圖大模型。', None),
    ('南湖电子股份有限公司（以下简称“公司”）全资子公司南湖国际有限公司签署了协议。', ('南湖电子股份有限公司', '南湖国际有限公司')),
    ('Northgate Holdings sold its unit Harbor Lane Media to Pinecrest Capital.', ('Harbor Lane Media', 'Northgate Holdings')),
    ('Harbor Lane Media joined Northgate Holdings as part of a coalition of publishers.', None),
    ('As part of the deal, Northgate Holdings will license content from Harbor Lane Media.', None),
    ("Part of Northgate Holdings' strategy is to buy Harbor Lane Media.", None),
    ('Harbor Lane Media (formerly Lakeside Media) said it would appeal.', None),
    ('Northgate Holdings, a shareholder in Harbor Lane Media, declined to comment.', None),
    ('Northgate Holdings, formerly part of Pinecrest Group, filed the notice.', None),
    ('由北辰控股集团控股的云岭出版集团与南湖数据集团宣布合作。', ('南湖数据集团', '北辰控股集团')),
    ('Vantor旗下的云岭出版集团与OpenAI签约。', ('OpenAI', 'Vantor')),
    ('北辰控股集团旗下拥有两项核心专利。', None),
    ('北辰控股集团旗下拥有多款产品，包括星火助手。', None),
    ('南湖市科技局下属的数据安全和算法评估工作由专班负责。', None),
    ("Northgate Holdings' lawyers said Harbor Lane Media would appeal.", None),
    ('Harbor Lane Media operates under the Data Protection Act, Northgate Holdings said.', None),
])
def test_inventory_a_product_a_stake_a_sale_a_deal_or_a_pair_of_peers_is_no_unit(read_facts, sentence, wrong):
    """wrong: the one pair that must not be read (None: no partOf at all)."""
    part_of = {(head, tail) for head, relation, tail in read_facts(sentence) if relation == "partOf"}
    assert (wrong not in part_of) if wrong else not part_of


@pytest.mark.parametrize("sentence, unit, parent", [
    ("南湖数据集团有限公司由南湖市人民政府设立，负责数据登记。", "南湖数据集团有限公司", "南湖市人民政府"),
    ("青石科技有限公司由蓝湾集团于2019年创办。", "青石科技有限公司", "蓝湾集团"),
    ("远帆产业基金由北辰控股集团有限公司（北辰控股）发起设立。", "远帆产业基金", "北辰控股集团有限公司"),
    ("青石科技有限公司是由蓝湾集团负责运营的平台公司。", "青石科技有限公司", "蓝湾集团"),
    ("星河资讯有限公司由远帆传媒有限公司运营。", "星河资讯有限公司", "远帆传媒有限公司"),
    ("南湖數據集團有限公司由南湖市人民政府設立。", "南湖數據集團有限公司", "南湖市人民政府"),
    ("星河資訊有限公司由遠帆傳媒有限公司營運。", "星河資訊有限公司", "遠帆傳媒有限公司"),
])
def test_a_body_set_up_run_or_published_by_another_is_its_unit(read_facts, sentence, unit, parent):
    assert (unit, "partOf", parent) in read_facts(sentence)


def test_the_latter_set_up_by_a_body_is_its_unit(read_facts):
    found = read_facts("该基金的管理人是远帆资本有限公司，后者由蓝湾集团于2020年设立。")
    assert ("远帆资本有限公司", "partOf", "蓝湾集团") in found


@pytest.mark.parametrize("sentence", [
    "青石科技有限公司由创始人王小明于2016年创办。",            # a person founds it: no parent
    "本次峰会由南湖市数据局和蓝湾集团共同主办。",                # an event, two hosts: no unit
    "青石科技有限公司由蓝湾集团收购。",                          # bought: acquired, not a unit set up
    "青石科技有限公司拟由蓝湾集团起诉。",                        # no word of setting up or running
    "青石科技有限公司由于蓝湾集团退出而停止运营。",              # 由于 is no 由
])
def test_no_unit_without_a_body_setting_it_up_or_running_it(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "partOf"}


def test_a_short_name_glued_to_you_is_no_part_of_the_name_after(names, read_facts):
    found = names("北仲由中国国际贸易促进委员会设立。")
    assert "中国国际贸易促进委员会" in found
    assert not any(name.startswith("北仲由") for name in found)
    found = read_facts("中国北岭仲裁委员会（以下简称北仲）发布指引。北仲由中国国际贸易促进委员会设立。")
    assert ("中国北岭仲裁委员会", "partOf", "中国国际贸易促进委员会") in found


@pytest.mark.parametrize("text", [
    "Parents of a Brookfield High School junior sued Brookfield Public Schools on Monday.",
    "Maple Grove Unified School District said on Friday that Maple Grove Middle School would keep the tool.",
    "Students at Harlow High School filed suit against Calder County Public Schools over the monitoring software.",
    "Brookfield High School students met officials of the Brookfield Police Department.",
])
def test_a_school_named_with_a_school_district_is_no_part_of_it(read_facts, text):
    # the real gold never makes a school partOf its district (five devA documents at five sites named both)
    assert not {f for f in read_facts(text) if f[1] == "partOf"}


@pytest.mark.parametrize("sentence, owner, model, body", [
    ("意大利数据保护局表示，将对OpenAI公司及其ChatGPT展开审查。", "OpenAI公司", "ChatGPT", "意大利数据保护局"),
    ("法院批准临时限制令，禁止OpenAI在其Sora App内使用该词。", "OpenAI", "Sora App", "法院"),
])
def test_qi_after_a_name_and_a_word_tying_it_is_that_names_not_the_subjects(read_facts, sentence, owner, model, body):
    found = read_facts(sentence)
    assert (owner, "released", model) in found
    assert not {f for f in found if f[0] == body and f[1] == "released"}


def test_units_after_its_of_a_list_of_parents_belong_to_none_of_them(read_facts):
    # A、B及其子公司C: 其 stands for A and B together, and which one owns C the sentence leaves open
    found = read_facts("索尼、华纳音乐及其子公司大西洋唱片、Elektra联合起诉Suno。")
    assert not {f for f in found if f[1] == "partOf"}


def test_units_after_its_of_one_parent_are_its(read_facts):
    found = read_facts("华纳音乐及其子公司大西洋唱片联合起诉Suno。")
    assert ("大西洋唱片", "partOf", "华纳音乐") in found


def test_titles_listed_after_a_verb_of_holding_are_part_of_the_holder_after_de(read_facts):
    found = read_facts("拥有大英百科全书、韦氏词典的大英百科集团宣布起诉Perplexity。")
    assert {(unit, parent) for unit, relation, parent in found if relation == "partOf"} >= {
        ("大英百科全书", "大英百科集团"), ("韦氏词典", "大英百科集团")}
    assert not {f for f in read_facts("拥有ChatGPT的OpenAI遭到起诉。") if f[1] == "partOf"}


def test_titles_listed_before_what_they_are_and_a_parent_word_are_part_of_that_parent(read_facts):
    found = read_facts("《滚石》、《告示牌》等知名媒体的母公司潘世奇媒体起诉了谷歌。")
    assert {unit for unit, relation, parent in found if relation == "partOf"} >= {"告示牌"}


@pytest.mark.parametrize("sentence", [
    "Reddit对Anthropic提起诉讼，指控其抓取用户数据来训练其聊天机器人Claude。",
    "三位作家指控Anthropic通过Library Genesis、Pirate Library Mirror等盗版平台获取电子书，用于训练其聊天机器人Claude。",
])
def test_the_model_trained_with_qi_after_a_verb_of_accusing_is_the_accused_ones(read_facts, sentence):
    found = {(head, tail) for head, relation, tail in read_facts(sentence) if relation == "released"}
    assert ("Anthropic", "Claude") in found
    assert not {head for head, tail in found if head != "Anthropic"}


def test_a_gloss_inside_the_kind_after_qixia_leaves_the_model_its_owners(read_facts):
    assert ("快手", "released", "可灵") in read_facts("快手旗下人工智能（AI）视频模型可灵宣布更新。")


@pytest.mark.parametrize("sentence, maker, model", [
    ("Reporters tested Microsoft Quillet, an AI-powered tool, last week.", "Microsoft", "Microsoft Quillet"),
    ("据报道，研究人员用OpenAI o1测试了这款新软件。", "OpenAI", "OpenAI o1"),
])
def test_a_known_company_named_only_inside_its_models_name_released_it(read_facts, sentence, maker, model):
    assert (maker, "released", model) in read_facts(sentence)


def test_a_company_named_alone_is_the_maker_as_before_and_no_second_one_is_read(read_facts):
    found = read_facts("Microsoft said reporters tested Microsoft Quillet, an AI-powered tool, last week.", objects=True)
    makers = [f.head for f in found if f.relation == "released" and f.tail.text == "Microsoft Quillet"]
    assert makers and {m.mechanism for m in makers} != {"prefix"}, makers


def test_a_model_opening_with_the_first_words_of_a_company_named_in_full_is_its_product(read_facts):
    found = read_facts("Zorbi Automation Inc. made claims about its flagship artificial intelligence product, "
                       "Zorbi Voice, which takes orders.", objects=True)
    assert ("Zorbi Automation Inc.", "Zorbi Voice") in {(f.head.text, f.tail.text) for f in found
                                                          if f.relation == "released" and f.rule == "ownership"}


def test_a_companys_own_short_name_is_no_product_of_it(read_facts):
    sentence = "Tarnwick 9 News reported the verdict; Tarnwick 9 aired the lawyers' remarks."
    assert not {f for f in read_facts(sentence) if f[1] == "released"}


@pytest.mark.parametrize("sentence", [
    "Danish Minister of Culture Lene Holm said the Danish Ministry of Culture will publish the bill.",
    "数字发展部部长表示，数字发展部将发布指引。",
])
def test_a_minister_is_no_unit_of_the_ministry_of_the_portfolio(read_facts, sentence):
    # round 77: an office one person holds has no partOf to the body it heads
    assert not {f for f in read_facts(sentence) if f[1] == "partOf"}


def test_a_body_named_after_an_office_is_no_office(pipeline):
    from kg.facts.base import Shared
    shared = Shared(pipeline.kb)
    assert shared.holds_office("Minister of Culture")
    assert not shared.holds_office("Office of the Assistant Secretary for Roads")
    assert not shared.holds_office("Prime Minister's Office")
