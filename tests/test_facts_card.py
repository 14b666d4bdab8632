"""kg.facts.card: an instrument's card names its issuers on a labelled line."""
from __future__ import annotations

import pytest


def test_each_body_on_the_issuer_line_issued_the_card_instrument(read_facts):
    found = read_facts("规则：《网络数据标注安全规范》\n发布机关：国家市场监督管理总局、国家标准化管理委员会\n状态：已发布")
    assert ("国家市场监督管理总局", "issued", "网络数据标注安全规范") in found
    assert ("国家标准化管理委员会", "issued", "网络数据标注安全规范") in found
    assert ("国家市场监督管理总局", "partnered", "国家标准化管理委员会") in found


def test_the_first_issuer_partners_each_of_the_others(read_facts):
    found = read_facts("名称：《智能网联汽车数据处理指引》\n机构：工业和信息化部、公安部、交通运输部等五部门\n"
                       "日期：2025年3月公布")
    assert {("工业和信息化部", "partnered", "公安部"), ("工业和信息化部", "partnered", "交通运输部")} <= found
    assert ("公安部", "partnered", "交通运输部") not in found


def test_a_card_open_for_comment_is_proposed(read_facts):
    found = read_facts("文件名称：《人工智能生成内容标注办法》\n【发布单位】国家互联网信息办公室\n效力：征求意见中")
    assert ("国家互联网信息办公室", "proposed", "人工智能生成内容标注办法") in found
    assert ("国家互联网信息办公室", "issued", "人工智能生成内容标注办法") not in found


def test_the_instrument_is_the_one_on_its_labelled_line_not_one_the_points_name(read_facts):
    found = read_facts("要点：本办法依据《网络安全法》制定。\n规则：《算法推荐服务备案指南》\n发布机构：国家互联网信息办公室")
    assert ("国家互联网信息办公室", "issued", "算法推荐服务备案指南") in found
    assert ("国家互联网信息办公室", "issued", "网络安全法") not in found


def test_a_body_named_in_a_sentence_after_a_label_is_no_issuer(read_facts):
    found = read_facts("规则：《算法推荐服务备案指南》\n要点：企业应向公安部报告。")
    assert not {f for f in found if f[0] == "公安部"}


def test_a_known_body_that_only_begins_the_issuers_name_issued_nothing(read_facts):
    found = read_facts("规则：《高校人工智能教学指南》\n机构：教育部高等学校计算机类专业教学指导委员会\n状态：已发布")
    assert ("教育部", "issued", "高校人工智能教学指南") not in found


@pytest.mark.parametrize("card", [
    "发文：浙江省数据局\n时间：2025年4月\n文件：《公共数据授权运营实施细则》",
    "文件：《公共数据授权运营实施细则》\n发布方：浙江省数据局",
    "【发文】浙江省数据局\n名称：《公共数据授权运营实施细则》\n状态：现行有效",
])
def test_every_form_of_the_issuer_label_names_the_issuer(read_facts, card):
    assert ("浙江省数据局", "issued", "公共数据授权运营实施细则") in read_facts(card)


def test_every_instrument_on_the_instrument_line_was_issued(read_facts):
    found = read_facts("发布机关：深圳市人民政府\n文件：《数据条例》；《算力设施管理办法》（配套细则）")
    assert {("深圳市人民政府", "issued", "数据条例"), ("深圳市人民政府", "issued", "算力设施管理办法")} <= found


def test_an_office_and_its_holder_side_by_side_on_the_issuer_line_are_no_partners(read_facts):
    found = read_facts("规则：《生物识别数据保护令》\n机构：伊利诺伊州州长JB Pritzker")
    assert ("JB Pritzker", "issued", "生物识别数据保护令") in found
    assert not {f for f in found if f[1] == "partnered"}


def test_a_card_instrument_made_under_a_statute_is_issued_not_the_statute(read_facts):
    found = read_facts("规则：《儿童在线隐私保护法》（COPPA）下关于语音数据留存的细则\n"
                       "机构：美国联邦贸易委员会\n背景：该委员会于5月通过上述细则。")
    issued = {t for h, r, t in found if r == "issued"}
    assert issued == {"关于语音数据留存的细则"}


def test_each_investor_of_a_deal_card_invested_in_its_target(read_facts):
    found = read_facts("投资方：红杉中国（领投）、腾讯（跟投）；高瓴资本（C轮领投）\n标的：月之暗面（北京月之暗面科技有限公司）\n金额：数亿美元")
    assert {h for h, r, t in found if r == "investedIn" and t == "月之暗面"} >= {"腾讯", "高瓴资本"}


def test_a_deal_card_buyer_acquired_and_its_two_parties_partnered(read_facts):
    assert ("思科", "acquired", "Splunk公司") in read_facts("买方：思科（Cisco）\n标的：Splunk公司\n金额：280亿美元")
    found = read_facts("交易方：英伟达、Groq\n标的：推理芯片技术的非独家许可\n金额：未披露")
    assert ("英伟达", "partnered", "Groq") in found or ("Groq", "partnered", "英伟达") in found
    assert not {f for f in read_facts("交易方：思科、Splunk\n买方：思科\n标的：Splunk") if f[1] == "partnered"}


def test_each_part_of_an_issuer_line_cut_by_semicolons_issued_the_card_instrument(read_facts):
    found = read_facts("机构：俄亥俄州议会（Ohio General Assembly）；俄亥俄州州长\n文件：HB 96\n时间：2025年6月签署")
    assert {("俄亥俄州议会", "issued", "HB 96"), ("俄亥俄州州长", "issued", "HB 96")} <= found


def test_a_sponsor_on_the_issuer_line_proposed_the_card_bill(read_facts):
    found = read_facts("机构：俄亥俄州议会；州众议员Thomas Hall（提案人）\n文件：HB 96\n时间：2025年6月成为法律")
    assert ("Thomas Hall", "proposed", "HB 96") in found
    assert ("Thomas Hall", "issued", "HB 96") not in found
    assert ("俄亥俄州议会", "issued", "HB 96") in found


def test_a_sponsor_line_proposed_the_bill_named_before_it(read_facts):
    found = read_facts("机构：俄亥俄州议会\n文件：HB 96\n提案人：州众议员Thomas Hall\n时间：2025年6月签署")
    assert ("Thomas Hall", "proposed", "HB 96") in found


def test_the_actor_of_an_act_card_did_what_its_measure_line_says_to_its_target(read_facts):
    found = read_facts("【主体】腾讯\n【对象】ChatGPT等外部生成式AI工具\n【措施】在办公网络上禁止员工使用\n【要点】防止代码外泄。")
    assert ("腾讯", "banned", "ChatGPT") in found


def test_an_act_card_measure_naming_one_actor_is_that_actors_alone(read_facts):
    found = read_facts("【主体】美国联邦贸易委员会、谷歌\n【对象】Rite Aid\n【措施】美国联邦贸易委员会处以罚款\n【要点】面部识别误认顾客。")
    assert ("美国联邦贸易委员会", "fined", "Rite Aid") in found
    assert ("谷歌", "fined", "Rite Aid") not in found


def test_an_act_card_measure_denied_or_only_demanded_tells_no_act(read_facts):
    found = read_facts("【主体】美国联邦贸易委员会\n【对象】Rite Aid\n【措施】尚未罚款，要求下架相关系统")
    assert not {f for f in found if f[1] in ("fined", "banned")}


def test_a_parties_line_of_an_acquisition_card_tells_the_buyer_first(read_facts):
    found = read_facts("交易方：英伟达；Run:ai\n交易性质：全资收购\n金额：约7亿美元")
    assert ("英伟达", "acquired", "Run:ai") in found
    assert ("英伟达", "partnered", "Run:ai") not in found


def test_a_parties_line_of_a_funding_card_tells_the_raiser_first(read_facts):
    found = read_facts("交易方：月之暗面；腾讯、阿里巴巴\n交易类型：B轮融资")
    assert {("腾讯", "investedIn", "月之暗面"), ("阿里巴巴", "investedIn", "月之暗面")} <= found
