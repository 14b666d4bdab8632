"""The programme family: programmes and frameworks named by a head word without 《》, only
where a quotation, a Latin gloss, a bracketed qualifier or a report's kind makes them a name
(sentences written for the tests)."""
from __future__ import annotations

import pytest

from xfails import gap


def test_a_quoted_name_before_a_programme_head_is_a_law(names):
    found = names("该国交通部启动“星桥互联”计划，首批项目年内落地。")
    programme = found["“星桥互联”计划"]
    assert (programme.type, programme.mechanism) == ("Law", "programme/quoted")


def test_a_quoted_campaign_is_a_law(names):
    assert names("网信部门开展“清源·护苗”专项行动。")["“清源·护苗”专项行动"].type == "Law"


@pytest.mark.parametrize("text", ["政府将制定相关政策。", "工信部发布行动计划。", "该部门发布一项人工智能行动计划。",
                                  "该省制定发展规划和配套政策。", "企业须制定风险管理政策。", "判断时适用“相似性”标准。"])
def test_a_head_word_without_a_name_is_no_law(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


def test_a_quoted_name_ending_in_a_sandbox_is_a_programme(names):
    sandbox = names("金融管理局与科技园合作推出「金融科技监管沙盒」。")["金融科技监管沙盒"]
    assert (sandbox.type, sandbox.mechanism) == ("Law", "programme/quoted")


def test_a_quoted_company_plan_is_no_programme(names):
    assert "星语迁移计划" not in names("卓汇科技推出“星语迁移计划”。")


def test_one_kind_of_instrument_before_another_names_none(names):
    found = names("金管局与数码港合作推出沙盒计划。新加坡发布标准框架。")
    assert not any(m.type == "Law" for m in found.values())


def test_a_quoted_kind_of_programme_alone_is_no_name(names):
    assert not [m for m in names('卓汇国启动人工智能医疗器械"监管沙盒"试点。').values() if m.type == "Law"]


def test_a_chinese_instrument_glossed_by_its_latin_title_or_acronym_is_a_law(names):
    found = names("依据交通部的常设事故报告命令（Standing Crash Report Order），企业须报告事故。网站应符合网页内容可读性指南（WCRG）的要求。")
    assert (found["常设事故报告命令"].type, found["常设事故报告命令"].mechanism) == ("Law", "programme/glossed")
    assert found["网页内容可读性指南"].type == "Law"
    about = names("该管理局发布首批关于机器人保险定价的建议（Recommendations on robot insurance pricing），供业界参考。")
    assert about["关于机器人保险定价的建议"].type == "Law"
    assert not [m for m in names("该指南（Guide）很长。").values() if m.type == "Law"]


def test_an_instrument_opening_with_a_latin_acronym_after_its_issuing_verb_and_glossed_is_a_law(names):
    found = names("两国网络安全机构发布AI模型供应链指南（AI Model Supply Chains: Practices for Vendors），供企业参考。")
    assert (found["AI模型供应链指南"].type, found["AI模型供应链指南"].mechanism) == ("Law", "programme/glossed")
    assert "AI模型供应链指南" not in names("该系统采用AI模型供应链指南（AI Model Supply Chains）的做法。")


def test_a_quoted_action_plan_or_a_plan_opened_by_the_nation_is_a_law(names):
    found = names("內閣隨即公布「智慧港口行動計畫」，並啟動“国家量子算力计划”。")
    assert found["智慧港口行動計畫"].type == "Law" and found["国家量子算力计划"].type == "Law"


def test_a_company_quoted_plan_is_no_law(names):
    assert not [m for m in names("该公司推出“老用户回流计划”，赠送额度。").values() if m.type == "Law"]


def test_a_quoted_plans_name_goes_on_over_its_version(names):
    found = names("内阁今日通过交通部提报的「智慧港口行动计划2.0」，为期三年。")
    assert found["智慧港口行动计划2.0"].type == "Law"
    assert not [m for m in names("该公司推出「星火港口2.0」。").values() if m.type == "Law"]


# Inventory of policy documents named by a head word without 《》 (round 27): a place or a body, a topic
# and the head; the rows a head word alone or a description names none of are the traps.
BODY_TOPICAL = [
    ("金管局发布银行业生成式人工智能应用指引。", "银行业生成式人工智能应用指引"),
    ("证监会印发证券公司人工智能应用管理办法。", "证券公司人工智能应用管理办法"),
]
# a topic of the field and a guide's head, no proper name before it, right after a verb of issuing: not read
TOPICAL = [
    ("工信部发布人形机器人创新发展指南。", "人形机器人创新发展指南"),
    ("信通院联合多家企业发布大模型安全评测规范。", "大模型安全评测规范"),
    ("多国网络安全机构联合发布AI供应链安全指南。", "AI供应链安全指南"),
    ("研究所联合两家出版社发布科研论文中AIGC使用规范指南。", "科研论文中AIGC使用规范指南"),
    ("教育部发布中小学生成式人工智能使用指南。", "中小学生成式人工智能使用指南"),
]


@pytest.mark.parametrize("text, name", BODY_TOPICAL)
def test_a_body_and_topic_before_a_policy_head_is_a_law(names, text, name):
    assert names(text)[name].type == "Law"


@gap("a guide named by its topic alone: a rule reading it (tried in round 27) found the short "
                                        "forms of titles named in full elsewhere and cost development precision")
@pytest.mark.parametrize("text, name", TOPICAL)
def test_a_topic_before_a_guide_head_after_an_issuing_verb_is_a_law(names, text, name):
    assert names(text)[name].type == "Law"


@pytest.mark.parametrize("text", ["各地陆续出台相关指南。", "这份指引要求企业备案。", "政府将制定有关政策。", "企业应遵守行业规范。",
                                  "各地出台的若干政策均已落实。", "公司发布了产品使用指南。", "该省印发若干政策支持企业。",
                                  "北京市加快推进行动计划落实。"])
def test_a_policy_head_after_a_determiner_or_a_description_is_no_law(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


# Inventory of instruments named without 《》 as the object of a verb of issuing (round 28): 关于…的意见 / 通知 /
# 实施意见 titles, 暂行规定 and 管理规定, a head a bracketed qualifier follows (（2025—2027年）, （试行）, （含…）), a
# report's kind, a campaign; the offices that issue them, as joint documents write them; and the traps, where 关于 is a
# preposition, 意见 an opinion, 规定 a verb, a title already in 《》 or a report described, not named.
ISSUED_TITLES = [
    ("国务院办公厅印发关于推进数据要素市场化配置的意见，要求各地落实。", "关于推进数据要素市场化配置的意见", "Law"),
    ("两部门联合印发的关于加强算力基础设施建设的意见近日对外公布。", "关于加强算力基础设施建设的意见", "Law"),
    ("工业和信息化部发布关于开展人形机器人标准化试点工作的通知。", "关于开展人形机器人标准化试点工作的通知", "Law"),
    ("省人民政府出台关于支持智能网联汽车发展的决定。", "关于支持智能网联汽车发展的决定", "Law"),
    ("市场监管总局公布关于规范算法推荐服务收费的办法。", "关于规范算法推荐服务收费的办法", "Law"),
    ("国家发展改革委会同国家数据局、财政部联合印发关于促进数据产业集聚发展的实施意见。", "关于促进数据产业集聚发展的实施意见", "Law"),
    ("教育部近日印发关于加强中小学人工智能教育的指导意见。", "关于加强中小学人工智能教育的指导意见", "Law"),
    ("国家网信办公布人工智能生成内容标识暂行规定，明年起施行。", "人工智能生成内容标识暂行规定", "Law"),
    ("交通运输部发布自动驾驶汽车运输安全服务管理规定。", "自动驾驶汽车运输安全服务管理规定", "Law"),
    ("远洲数字事务署通过关于在线推荐算法透明度的监管规则。", "关于在线推荐算法透明度的监管规则", "Law"),
    ("远洲证券委员会以三比二的表决通过关于智能投资顾问的信息披露规则，年底生效。", "关于智能投资顾问的信息披露规则", "Law"),
    ("工信部就人形机器人产业发展行动计划（2025—2027年）公开征求意见。", "人形机器人产业发展行动计划（2025—2027年）", "Law"),
    ("国家数据局印发数据基础设施建设行动计划（2024—2029年），部署六项任务。", "数据基础设施建设行动计划（2024—2029年）", "Law"),
    ("远洲版权局发布2025年版权登记指南更新（含人工智能生成内容），列出五个示例。", "2025年版权登记指南更新（含人工智能生成内容）", "Law"),
    ("金融监管总局发布银行业人工智能应用风险管理指引（试行），要求银行建立台账。", "银行业人工智能应用风险管理指引（试行）", "Law"),
    ("远洲知识产权局发布人工智能发明审查指南（2025年版）。", "人工智能发明审查指南（2025年版）", "Law"),
    ("世界知识产权组织发布全球量子计算专利态势报告。", "全球量子计算专利态势报告", "Law"),
    ("中国信通院近日发布具身智能产业发展研究报告，统计了专利数量。", "具身智能产业发展研究报告", "Law"),
    ("人力资源社会保障部、财政部联合印发通知。", "人力资源社会保障部", "Regulator"),
    ("今年2月，国务院国资委召开专题推进会。", "国务院国资委", "Regulator"),
    ("中共中央办公厅、国务院办公厅印发了实施方案。", "中共中央办公厅", "Regulator"),
    ("国家发展改革委会同工业和信息化部印发实施方案。", "国家发展改革委", "Regulator"),
]
NOT_TITLES = [
    "关于此事，国务院办公厅尚未作出回应。",
    "公司发布关于产品下架的消息，称将退款。",
    "该部回应了关于数据泄露的报道。",
    "国家网信办就草案公开征求意见，截止日期为下月。",
    "多家企业对新规提出意见，认为成本过高。",
    "该办法明确规定了数据处理者的备案义务。",
    "国家发布规定，要求企业备案。",
    "研究院发布了一份报告，称算力缺口扩大。",
    "该公司发布2024年年度报告。",
    "机构发布研究报告称市场规模翻番。",
    "公安机关开展为期三个月的专项行动。",
    "市政府出台相关规定，鼓励企业上云。",
    "该行动计划（2024—2026年）提出十项任务。",
    "该局发布指南（试行），供企业参考。",
    "各方关于人工智能的意见分歧很大。",
]
JOINTLY_ISSUED = [
    ("中共中央办公厅、国务院办公厅联合印发关于推进数据要素市场化配置的意见。",
     {("中共中央办公厅", "issued", "关于推进数据要素市场化配置的意见"), ("国务院办公厅", "issued", "关于推进数据要素市场化配置的意见")}),
    ("国家发展改革委会同国家数据局、财政部、人力资源社会保障部联合印发关于促进数据产业集聚发展的实施意见。",
     {(issuer, "issued", "关于促进数据产业集聚发展的实施意见") for issuer in ("国家发展改革委", "国家数据局", "财政部", "人力资源社会保障部")}
     | {("国家发展改革委", "partnered", partner) for partner in ("国家数据局", "财政部", "人力资源社会保障部")}),
    ("国家市场监督管理总局公布网络交易数据安全暂行规定。", {("国家市场监督管理总局", "issued", "网络交易数据安全暂行规定")}),
    ("远洲数字事务署就数据流通行动计划（2025—2027年）公开征求意见。", {("远洲数字事务署", "proposed", "数据流通行动计划（2025—2027年）")}),
    ("世界知识产权组织发布全球量子计算专利态势报告。", {("世界知识产权组织", "issued", "全球量子计算专利态势报告")}),
]


@pytest.mark.parametrize("text, name, type_", ISSUED_TITLES)
def test_an_issued_title_without_angle_brackets_and_its_issuer_are_found(names, text, name, type_):
    assert names(text)[name].type == type_


@pytest.mark.parametrize("text", NOT_TITLES)
def test_a_preposition_an_opinion_a_verb_or_a_described_report_names_no_law(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


def test_a_title_cut_by_a_comma_names_no_part_of_it(names):
    found = names("国务院办公厅印发关于进一步优化营商环境，激发市场活力的意见。")
    assert not [m for m in found.values() if m.type == "Law"]


@pytest.mark.parametrize("text", ["国务院印发《关于推进人工智能产业发展的意见》。", "网信办公布《生成式内容标识暂行规定》。"])
def test_a_title_in_angle_brackets_stays_the_title_familys(names, text):
    laws = [m for m in names(text).values() if m.type == "Law"]
    assert laws and all(m.mechanism == "title" for m in laws)


@pytest.mark.parametrize("text, facts", JOINTLY_ISSUED)
def test_each_issuer_of_a_bare_title_issued_it(read_facts, text, facts):
    assert facts <= read_facts(text)


# Round 28b: the same readers after an issuer named as many or as no one in particular (many_issuers), a report named
# by its topic only or by a generic word (行业, 年度, 专题: programme_generic_topic), a campaign that is an activity, a report
# the text goes on to title after its kind, and a bracket that glosses or dates the text or lists its enclosures.
DESCRIBED = [
    "研究院发布报告称，大模型市场规模扩大。",
    "咨询公司发布行业调查报告显示需求上升。",
    "券商发布最新研究报告指出估值偏高。",
    "该所发布专题研究报告。",
    "机构近日发布年度发展报告。",
    "部分银行发布大模型风险研究报告。",
    "市场监管局开展专项检查。",
    "网信办开展专项整治行动。",
    "公安机关持续开展专项行动。",
    "监管部门部署开展常态化专项治理行动。",
    "各地开展为期半年的专项行动。",
    "该局组织开展全面排查专项行动。",
    "有关部门启动人工智能滥用整治专项行动。",
    "各地网信办启动算法乱象整治专项行动。",
    "多地法院发布生成式AI使用指引（试行）。",
    "各地监管部门发布算力发展报告（2024年版）。",
    "一些高校发布生成式人工智能使用指南（试行）。",
    "市政府印发数字经济促进方案（含解读）。",
    "省政府出台实施方案（见附件）。",
]
GLOSSED_OR_DATED = ["工信部发布人工智能产业发展规划（下称“规划”）。", "该局公布数据处理指引（以下简称“指引”）。",
                    "该局发布数据合规指引（2024年3月）。", "委员会印发促进方案（全文附后）。"]
QUALIFIED_OR_TOPICAL = [
    ("工信部发布人形机器人标准体系建设指南（2025版）。", "人形机器人标准体系建设指南（2025版）", "programme/qualified"),
    ("网信办发布可信人工智能评估规范（征求意见稿）。", "可信人工智能评估规范（征求意见稿）", "programme/qualified"),
    ("国家药监局发布人工智能医疗器械注册审查指导原则（2025年修订版）。", "人工智能医疗器械注册审查指导原则（2025年修订版）",
     "programme/qualified"),
    ("该部就人工智能伦理审查办法（试行）公开征求意见。", "人工智能伦理审查办法（试行）", "programme/qualified"),
    ("国家知识产权局发布人工智能相关发明专利申请指引（试行）。", "人工智能相关发明专利申请指引（试行）", "programme/qualified"),
    ("中国信通院发布人工智能治理蓝皮书。", "人工智能治理蓝皮书", "programme/report"),
    ("远洲数据署发布算力供给研究报告，预计缺口扩大。", "算力供给研究报告", "programme/report"),
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_described_report_campaign_or_many_issuers_text_is_no_law(names, text):
    assert not [m for m in names(text).values() if m.type == "Law"]


@pytest.mark.parametrize("text", GLOSSED_OR_DATED)
def test_a_bracket_that_glosses_or_dates_a_text_is_no_part_of_a_name(names, text):
    assert not [m for m in names(text).values() if m.type == "Law" and "（" in m.text]


def test_a_report_the_text_titles_after_its_kind_is_named_by_the_title_only(names):
    found = names("远洲数据署发布算力供给研究报告。该署在研究报告《算力的账本》中指出缺口扩大。")
    assert "算力供给研究报告" not in found and found["算力的账本"].type == "Law"


@pytest.mark.parametrize("text, name, mechanism", QUALIFIED_OR_TOPICAL)
def test_a_qualified_reported_or_campaign_name_of_one_issuer_stays_found(names, text, name, mechanism):
    assert names(text)[name].mechanism == mechanism


@gap("新一代 is a time word to jieba (t), and a topic holds none (今年, 为期三个月的): "
                                        "a name opening with it is not read")
def test_a_qualified_name_opening_with_new_generation_is_found(names):
    assert names("工信部印发新一代算力产业创新行动方案（2025—2027年）。")["新一代算力产业创新行动方案（2025—2027年）"].type == "Law"
