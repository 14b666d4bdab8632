"""kg.facts.cue: negated and prevented acts state no fact."""
from __future__ import annotations

import opencc
import pytest

from xfails import gap


@pytest.mark.parametrize("sentence", [
    "参议院否决了《人工智能安全法案》。",
    "加州州长拒绝签署《前沿人工智能模型安全法案》。",
    "多家科技公司呼吁加州州长不要签署《前沿人工智能模型安全法案》。",
    "欧洲议会未通过《人工智能责任指令》。",
    "加州州长决定不签署《前沿人工智能模型安全法案》。",  # a bare 不 right before the cue (negation_adjacent)
])
def test_a_vetoed_refused_or_failed_law_is_not_issued(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] in ("issued", "proposed")}


def test_a_signed_law_is_issued(read_facts):
    assert ("加州州长", "issued", "前沿人工智能模型安全法案") in read_facts("加州州长签署《前沿人工智能模型安全法案》。")


def test_every_country_of_an_inclusive_list_banned_the_target(read_facts):
    found = read_facts("包括意大利、韩国和澳大利亚在内的多个国家限制政府设备使用DeepSeek。")
    assert {h for h, r, t in found if r == "banned" and t == "DeepSeek"} == {"意大利", "韩国", "澳大利亚"}


def test_an_investigation_of_a_coordinated_pair_investigates_each(read_facts):
    found = read_facts("欧盟委员会对谷歌与苹果展开调查。")
    assert {t for h, r, t in found if r == "investigated" and h == "欧盟委员会"} == {"谷歌", "苹果"}


@pytest.mark.parametrize("text, relation", [
    ("杭州市公安局依法对嫌疑人孙志强采取刑事强制措施。", "investigated"),
    ("杭州市公安局对嫌疑人孙志强立案侦查。", "investigated"),
    ("杭州市公安局对嫌疑人孙志强行政拘留七日。", "fined"),
    ("杭州市公安局依法对嫌疑人孙志强处以罚款。", "fined"),
])
def test_a_police_measure_against_a_suspect_investigates_or_sanctions_him(read_facts, text, relation):
    assert ("杭州市公安局", relation, "孙志强") in read_facts(text)


def test_bodies_issuing_jointly_each_issue_and_partner(read_facts):
    found = read_facts("国家网信办、工业和信息化部、公安部联合发布《人工智能生成合成内容标识办法》。")
    assert {h for h, r, t in found if r == "issued"} == {"国家网信办", "工业和信息化部", "公安部"}
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert {frozenset(("国家网信办", "工业和信息化部")), frozenset(("国家网信办", "公安部"))} <= partners


def test_a_body_leading_a_joint_act_partners_each_other_not_they_each_other(read_facts):
    found = read_facts("国家网信办联合教育部、公安部、科技部印发《人工智能教育应用管理办法》。")
    assert {h for h, r, t in found if r == "issued"} == {"国家网信办", "教育部", "公安部", "科技部"}
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert partners == {frozenset(("国家网信办", other)) for other in ("教育部", "公安部", "科技部")}


def test_a_body_acting_together_with_another_by_any_joint_word_partners_it(read_facts):
    for joint in ("联同", "会同"):
        found = read_facts(f"国家卫生健康委{joint}国家中医药局印发《医疗机构人工智能应用指引》。")
        assert {h for h, r, t in found if r == "issued"} == {"国家卫生健康委", "国家中医药局"}, joint
        assert {frozenset((h, t)) for h, r, t in found if r == "partnered"} == {frozenset(("国家卫生健康委", "国家中医药局"))}


def test_peers_issuing_jointly_each_partner_the_one_named_first(read_facts):
    found = read_facts("教育部、公安部、科技部共同印发《人工智能教育应用管理办法》。")
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert partners == {frozenset(pair) for pair in (("教育部", "公安部"), ("教育部", "科技部"))}


def test_the_actor_after_you_acts_on_what_stands_before_it(read_facts):
    found = read_facts("《数据中心能效规则》于2024年3月由德国联邦网络局正式发布。")
    assert ("德国联邦网络局", "issued", "数据中心能效规则") in found


@pytest.mark.parametrize("joint", ["联合", "会同", "联同"])
def test_the_actor_after_you_acts_with_unnamed_bodies_by_any_joint_word(read_facts, joint):
    # 由X会同有关部门发布: the bodies left unnamed after the joint word keep X the actor
    found = read_facts(f"《数据中心能效规则》由德国联邦网络局{joint}多个部门于2024年3月发布。")
    assert ("德国联邦网络局", "issued", "数据中心能效规则") in found


def test_a_second_act_by_you_acts_on_the_sentence_topic(read_facts):
    found = read_facts("SB 53 由加州参议员斯科特·维纳提出，并于 2025 年 9 月由加利福尼亚州立法机构通过。")
    assert {("斯科特·维纳", "proposed", "SB 53"), ("加利福尼亚州立法机构", "issued", "SB 53")} <= found


def test_because_and_a_body_a_place_only_begins_are_no_actor_after_you(read_facts):
    assert not {f for f in read_facts("《人工智能推进法》由日本内阁于2月通过。") if f[0] == "日本"}
    assert not {f for f in read_facts("《数字服务法》由于欧盟委员会的要求而修订。") if f[1] == "issued"}


def test_the_one_ordered_to_stop_is_banned_not_what_it_stops(read_facts):
    found = read_facts("法国国家信息与自由委员会命令Clearview AI停止处理法国居民的数据。")
    banned = {(h, t) for h, r, t in found if r == "banned"}
    assert banned == {("法国国家信息与自由委员会", "Clearview AI")}


def test_an_order_before_a_friendly_act_changes_no_roles(read_facts):
    found = read_facts("欧盟委员会要求成员国与OpenAI合作。")
    assert ("欧盟委员会", "banned", "OpenAI") not in found


def test_an_act_with_its_target_and_no_actor_in_reach_is_done_by_the_sentence_subject(read_facts):
    found = read_facts("3月5日，英国信息专员办公室（ICO）宣布，经过长达两年的审查和多次听证程序之后，"
                       "认定该社交平台违反了儿童隐私规则，并对TikTok处以1270万英镑罚款。")
    assert ("英国信息专员办公室", "fined", "TikTok") in found


def test_the_sentence_subject_is_not_its_own_target(read_facts):
    found = read_facts("TikTok表示，经过长达两年的审查和多次听证程序之后的今天，监管机构对TikTok处以罚款。")
    assert not {f for f in found if f[0] == f[2]}


def test_a_place_describing_the_company_acted_on_is_not_acted_on(read_facts):
    found = read_facts("韩国个人信息保护委员会宣布，暂停中国人工智能公司深度求索的应用程序在韩国提供下载。")
    assert {t for h, r, t in found if r == "banned"} == {"深度求索"}


def test_an_inclusive_list_and_a_name_after_it_share_the_act(read_facts):
    found = read_facts("包括法国、德国和日本在内的十多个国家以及欧盟签署了《巴黎人工智能宣言》。")
    assert {h for h, r, t in found if r == "issued"} == {"法国", "德国", "日本", "欧盟"}


def test_many_signatories_agreeing_to_cooperate_partner_no_pair(read_facts):
    found = read_facts("法国、德国和日本签署了《巴黎人工智能宣言》，同意开展国际合作。")
    assert not {f for f in found if f[1] == "partnered"}
    assert ("谷歌", "partnered", "Anthropic") in read_facts("谷歌与Anthropic宣布开展合作。") | {
        (t, r, h) for h, r, t in read_facts("谷歌与Anthropic宣布开展合作。")}


def test_a_time_word_before_the_sentence_subject_keeps_it_the_actor(read_facts):
    found = read_facts("此前，荷兰数据保护局已于2024年9月以违反隐私规定为由，对 Clearview AI 处以罚款。")
    assert ("荷兰数据保护局", "fined", "Clearview AI") in found


def test_a_name_after_at_opening_the_sentence_is_no_actor(read_facts):
    found = read_facts("在美国唱片业协会的协调下，多家唱片公司提起诉讼，指控 Suno 侵权。")
    assert not {f for f in found if f[0] == "美国唱片业协会" and f[1] in ("sued", "accused")}


@pytest.mark.parametrize("sentence", [
    "巴西《人工智能法案》已于去年生效。",  # the place says whose law
    "荷兰三家出版商联手起诉Stability AI。",  # a count: the place describes the plaintiffs
    "挪威：《数字服务法》明年施行。",  # a place as a label
])
def test_a_place_describing_what_follows_it_is_not_the_actor(read_facts, sentence):
    assert not {(h, r, t) for h, r, t in read_facts(sentence) if r != "jurisdiction" and h in ("巴西", "荷兰", "挪威")}


def test_a_country_right_before_its_state_is_not_the_actor(read_facts):
    found = read_facts("美国伊利诺伊州通过了《心理健康资源监督法》，限制人工智能提供治疗服务。")
    assert ("伊利诺伊州", "issued", "心理健康资源监督法") in found
    assert not {f for f in found if f[0] == "美国" and f[1] != "jurisdiction"}


def test_a_place_right_before_a_laws_title_is_no_side_of_the_act(read_facts):
    found = read_facts("读卖新闻表示，该公司的做法违反了禁止复制和公开传播的日本《著作权法》。")
    assert not {f for f in found if f[2] == "日本" and f[1] != "jurisdiction"}


def test_a_place_followed_by_its_act_is_the_actor(read_facts):
    assert ("澳大利亚", "banned", "DeepSeek") in read_facts("澳大利亚宣布禁止在政府设备上使用DeepSeek。")


def _sued(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "sued"}


def test_a_plaintiff_list_with_english_names_in_brackets_and_title_marked_outlets_sues_from_each(read_facts):
    found = read_facts("包括企鹅兰登书屋（Penguin Random House）、《星河周刊》、《北辰日报》和 Vox Media 在内的多家出版商，"
                       "于当月在纽约南区联邦地区法院对加拿大人工智能公司 Cohere 提起诉讼。")
    plaintiffs = {h.strip("《》") for h, t in _sued(found) if t == "Cohere"}
    assert plaintiffs == {"企鹅兰登书屋", "星河周刊", "北辰日报", "Vox Media"}
    assert ("道琼斯", "Perplexity") in _sued(read_facts("道琼斯和《纽约邮报》在纽约南区联邦地区法院起诉Perplexity。"))


def test_a_list_stretching_beyond_the_cues_reach_keeps_every_coordinated_name(read_facts):
    found = read_facts("包括康泰纳仕、Politico、Vox Media、道琼斯和《纽约邮报》在内的十四家新闻和杂志出版商，"
                       "在纽约南区联邦地区法院对加拿大人工智能公司 Cohere 提起诉讼。")
    assert {"康泰纳仕", "Politico"} <= {h for h, t in _sued(found)}


def test_the_one_after_ji_qi_and_its_tie_shares_the_role(read_facts):
    assert _sued(read_facts("纽约时报在美国哥伦比亚特区联邦地区法院起诉谷歌及其母公司 Alphabet。")) == {
        ("纽约时报", "谷歌"), ("纽约时报", "Alphabet")}
    assert ("马斯克", "萨姆·奥尔特曼") in _sued(read_facts("马斯克起诉 OpenAI 及其首席执行官萨姆·奥尔特曼。"))


def test_a_name_in_another_clause_after_ji_qi_is_no_coordinated_party(read_facts):
    found = read_facts("纽约时报起诉谷歌，并称其及其他公司与 Alphabet 无关。")
    assert ("纽约时报", "Alphabet") not in _sued(found)


def test_a_person_titled_inside_a_list_of_plaintiffs_stays_in_the_list(read_facts):
    found = read_facts("作家凯·伯德（Kai Bird）、记者贾·托伦蒂诺（Jia Tolentino）和喜剧演员萨拉·西尔弗曼"
                       "在纽约南区联邦地区法院起诉微软。")
    assert {h for h, t in _sued(found)} == {"凯·伯德", "贾·托伦蒂诺", "萨拉·西尔弗曼"}
    found = read_facts("作家凯·伯德称，记者贾·托伦蒂诺在纽约南区联邦地区法院起诉微软。")
    assert {h for h, t in _sued(found)} == {"贾·托伦蒂诺"}


def test_a_reference_to_an_order_stands_for_the_title_the_word_introduced(read_facts):
    found = read_facts("白宫公布行政令《推进人工智能教育》全文。美国总统当天签署该行政令。")
    assert ("美国总统", "issued", "推进人工智能教育") in found


def test_a_reference_stands_for_no_law_its_word_did_not_introduce(read_facts):
    found = read_facts("白宫公布《推进人工智能教育》全文。美国总统当天签署该行政令。")
    assert ("美国总统", "issued", "推进人工智能教育") not in found


def test_a_question_states_no_act_and_its_answer_does(read_facts):
    asked = read_facts("问：欧盟在《人工智能法》之外还推出了哪些计划？")
    assert not {f for f in asked if f[1] in ("issued", "proposed")}
    answered = read_facts("答：欧盟委员会发布《人工智能大陆行动计划》。")
    assert ("欧盟委员会", "issued", "人工智能大陆行动计划") in answered


def test_a_target_named_in_an_earlier_clause_is_that_clauses_object(read_facts):
    found = read_facts("联邦贸易委员会向谷歌、亚马逊和微软发出命令，要求其提供有关投资和合作关系的信息。")
    assert not {f for f in found if f[1] == "investedIn"}


def test_a_target_in_the_cues_own_clause_is_still_its_target(read_facts):
    assert ("微软", "investedIn", "星岚科技公司") in read_facts("微软宣布向星岚科技公司投资10亿美元。")



def test_an_act_by_someone_the_text_does_not_name_after_you_is_no_ones_act(read_facts):
    found = read_facts("用户起诉加利福尼亚州总检察长罗布·邦塔，主张刚由州长签署的AB 2839违宪。")
    assert not {f for f in found if f[1] == "issued"}


def test_on_the_grounds_of_is_no_actor_after_you(read_facts):
    assert ("Garante", "banned", "ChatGPT") in read_facts("Garante曾以涉嫌违反隐私规定为由暂时禁止ChatGPT在意大利使用。")


def test_a_name_that_founded_the_actor_is_no_actor(read_facts):
    found = read_facts("联合国设立的人工智能咨询机构发布最终报告《为人类治理人工智能》。")
    assert ("联合国", "issued", "为人类治理人工智能") not in found


def test_the_founder_named_after_you_is_not_what_was_bought(read_facts):
    found = read_facts("OpenAI宣布收购由苹果前设计主管乔尼·艾夫参与创立的硬件公司。")
    assert not {f for f in found if f[1] == "acquired"}


def test_what_an_act_after_you_made_is_the_name_after_de(read_facts):
    found = read_facts("微软宣布收购由OpenAI投资的星岚科技公司。")
    assert ("OpenAI", "investedIn", "星岚科技公司") in found and ("OpenAI", "investedIn", "微软") not in found


def test_a_numbered_draft_after_the_title_and_its_gloss_is_proposed(read_facts):
    found = read_facts("欧盟人工智能办公室公布《通用目的人工智能行为准则》（General-Purpose AI Code of Practice）第三稿。")
    assert ("欧盟人工智能办公室", "proposed", "通用目的人工智能行为准则") in found


def test_a_company_barring_a_tool_bans_it(read_facts):
    found = read_facts("苹果禁止员工在公司设备上使用ChatGPT。")
    assert ("苹果", "banned", "ChatGPT") in found


def test_a_company_does_not_ban_another_company(read_facts):
    assert not {f for f in read_facts("苹果禁止员工向OpenAI提供数据。") if f[1] == "banned"}


def test_a_place_beginning_a_body_no_rule_named_is_no_actor(read_facts):
    found = read_facts("法国星岚出版联合会、法国文学家协会与全国作家联合会向巴黎司法法院起诉 Meta。")
    assert not {f for f in found if f[0] == "法国" and f[1] in ("partnered", "sued")}


def test_a_party_asking_for_an_act_does_not_do_it(read_facts):
    found = read_facts("法院驳回了埃隆·马斯克要求暂停OpenAI转型的禁令请求。")
    assert not {f for f in found if f[1] == "banned"}


@pytest.mark.parametrize("sentence", [
    "作家王大明于2024年提起诉讼，并要求法院阻止星辰智能有限公司在2025年重组。",
    "作家王大明要求法院下令阻止星辰智能有限公司转变为营利性公司。",
    "作家王大明要求法院禁止星辰智能有限公司使用其声音。",
    "星河传媒有限公司要求云帆科技有限公司立即从应用商店下架Quillmark。",
])
def test_a_party_asking_a_court_or_a_firm_for_an_act_does_not_do_it(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "banned"}


def test_a_party_asking_another_to_tell_a_suit_sues_no_one(read_facts):
    found = read_facts("作家王大明要求 ChatGPT 替他总结一下星河传媒有限公司诉讼星辰智能有限公司的案件。")
    assert not {f for f in found if f[0] == "王大明"}


def test_a_word_of_asking_as_a_noun_asks_nothing(read_facts):
    assert ("星河传媒有限公司", "sued", "Velora AI") in read_facts("星河传媒有限公司在提交申请后起诉Velora AI。")


def test_an_authority_asking_for_an_act_orders_it(read_facts):
    assert ("Garante", "banned", "OpenAI") in read_facts("Garante要求OpenAI暂停处理意大利用户的数据。")


def test_partners_joined_after_with_each_partner_the_subject_not_each_other(read_facts):
    found = read_facts("美国人工智能安全研究所分别与OpenAI和Anthropic签署谅解备忘录。")
    assert {t for h, r, t in found if r == "partnered" and h == "美国人工智能安全研究所"} == {"OpenAI", "Anthropic"}
    assert ("OpenAI", "partnered", "Anthropic") not in found and ("Anthropic", "partnered", "OpenAI") not in found


def test_a_joint_word_inside_a_name_makes_no_partners(read_facts):
    found = read_facts("瑞典作家协会（SFF）与全国摄影师联合会（SIF）向斯德哥尔摩地方法院起诉卓汇科技。")
    assert {h for h, r, t in found if r == "sued"} == {"瑞典作家协会", "全国摄影师联合会"}
    assert not {f for f in found if f[1] == "partnered"}
    led = read_facts("瑞典作家协会（SFF）联合全国摄影师联合会（SIF）发布《创作者倡议》。")
    assert ("瑞典作家协会", "partnered", "全国摄影师联合会") in led


def test_a_unit_named_after_its_parent_opening_the_sentence_is_the_subject(read_facts):
    found = read_facts("美国商务部下属的出口管理局公布新规，收紧向越南出口芯片的限制。")
    assert ("出口管理局", "banned", "越南") in found and ("美国商务部", "banned", "越南") not in found
    assert ("美国商务部", "banned", "越南") in read_facts("美国商务部公布新规，收紧向越南出口芯片的限制。")


def test_a_law_taking_effect_is_issued_by_no_one_named_before_it(read_facts):
    found = read_facts("卓汇市数据局将做好《数据条例》的宣传解读，确保《数据条例》有效实施。")
    assert not {f for f in found if f[1] == "issued"}
    assert ("卓汇市数据局", "issued", "数据条例") in read_facts("卓汇市数据局发布《数据条例》，自2025年1月1日起施行。")


def test_a_decision_a_body_made_is_issued_by_it_but_a_judgment_is_no_law(read_facts):
    found = read_facts("卓汇市人民政府于1月作出的《关于设立卓汇市数据局的决定》生效。")
    assert ("卓汇市人民政府", "issued", "关于设立卓汇市数据局的决定") in found
    assert not {f for f in read_facts("卓汇市中级人民法院作出判决，驳回原告请求。") if f[1] == "issued"}


def test_a_person_who_buys_a_company_acquired_it(read_facts):
    assert ("马斯克", "acquired", "推特") in read_facts("马斯克于2022年10月以440亿美元收购推特。")


def test_the_one_who_led_a_group_is_not_the_groups_actor(read_facts):
    found = read_facts("马斯克牵头的投资者财团提出收购推特。")
    assert not {f for f in found if f[1] == "acquired"}


def test_two_companies_signing_a_letter_of_intent_partner(read_facts):
    found = read_facts("卓汇科技与OpenAI宣布签署意向书，将共建数据中心。")
    assert ("卓汇科技", "partnered", "OpenAI") in found or ("OpenAI", "partnered", "卓汇科技") in found
    assert not {f for f in read_facts("根据意向书，卓汇科技将建设数据中心。") if f[1] == "partnered"}


def test_a_place_describing_the_people_an_order_protects_is_no_target(read_facts):
    found = read_facts("意大利数据保护局命令卓汇科技立即暂停处理意大利用户的个人数据。")
    assert ("意大利数据保护局", "banned", "卓汇科技") in found and ("意大利数据保护局", "banned", "意大利") not in found
    assert ("卓汇科技", "banned", "意大利") in read_facts("卓汇科技宣布限制意大利用户访问其服务。")


def test_a_long_list_of_titles_shares_the_act_past_the_cue_window(read_facts):
    found = read_facts("近日，浙江省数据局批准发布《数据资源登记与流通交易平台服务规范第一部分》（DB/T 1-2024）、"
                       "《数据资源登记与流通交易平台服务规范第二部分》（DB/T 2-2024）和"
                       "《数据资源登记与流通交易平台服务规范第三部分》（DB/T 3-2024）三项地方标准。")
    issued = {t for h, r, t in found if r == "issued"}
    assert any("第三部分" in t for t in issued) and len(issued) == 3


def test_carrying_out_a_standard_together_is_no_partnership(read_facts):
    found = read_facts("下一步，国家网信办将会同公安部等有关部门，组织做好标准的宣贯和实施工作。")
    assert not {f for f in found if f[1] == "partnered"}


def test_a_companys_officer_announcing_a_partnership_speaks_for_the_company(read_facts):
    found = read_facts("辉达（NVIDIA）首席执行官黄仁勋今日宣布，将与鸿海合作建设超级电脑。")
    assert ("辉达", "partnered", "鸿海") in found or ("鸿海", "partnered", "辉达") in found
    assert not {f for f in found if f[1] == "partnered" and "黄仁勋" in (f[0], f[2])}


def test_the_latter_after_an_agreement_is_what_is_bought_by_the_subject(read_facts):
    found = read_facts("谷歌宣布，已与初创公司Wiz达成最终协议，将以320亿美元现金收购后者。")
    assert ("谷歌", "acquired", "Wiz") in found


def test_a_company_bought_with_jiang_before_an_idiom_of_buying(read_facts):
    assert ("谷歌", "acquired", "Wiz") in read_facts("早在去年，谷歌就已把云安全公司Wiz收入囊中。")
    assert ("英伟达", "acquired", "Deci") in read_facts("英伟达于2024年将以色列公司Deci收入囊中。")


def test_a_country_counting_ministries_issues_nothing_itself(read_facts):
    found = read_facts("中国七部门联合印发《生成式人工智能服务管理暂行办法》。")
    assert not {f for f in found if f[0] == "中国" and f[1] == "issued"}


def test_a_country_before_the_subject_company_describes_it(read_facts):
    found = read_facts("日本软银集团周三宣布，已与Ampere签署协议，将以65亿美元收购后者。")
    assert ("软银集团", "acquired", "Ampere") in found


def test_a_body_sending_out_a_circular_issued_it(read_facts):
    found = read_facts("香港证监会昨日向持牌法团发出《关于使用人工智能的通函》。")
    assert ("香港证监会", "issued", "关于使用人工智能的通函") in found


def test_the_body_a_sentence_opens_with_acts_not_a_place_an_aside_names(read_facts):
    found = read_facts("香港财经事务及库务局上月28日、即香港金融科技周首日，发表《负责任应用人工智能政策宣言》。")
    assert ("香港财经事务及库务局", "issued", "负责任应用人工智能政策宣言") in found
    assert ("香港", "issued", "负责任应用人工智能政策宣言") not in found


def test_each_party_of_a_list_described_by_its_place_and_de_is_sued(read_facts):
    found = read_facts("星岚科技起诉了伊朗的阿里安·亚德加尼亚、英国的艾伦·克里西亚克和法国的玛丽·杜邦。")
    assert {("星岚科技", "sued", name) for name in ("阿里安·亚德加尼亚", "艾伦·克里西亚克", "玛丽·杜邦")} <= found
    assert not {f for f in found if f[1] == "sued" and f[2] in ("伊朗", "英国", "法国")}
    found = read_facts("美国的OpenAI与法国的Mistral AI宣布合作开发新模型。")
    assert ("OpenAI", "partnered", "Mistral AI") in found


def test_state_bodies_listed_as_issuers_partner_the_first_named(read_facts):
    found = read_facts("浙江省经济和信息化厅、浙江省科学技术厅、浙江省公安厅印发《智能客服服务规范》。")
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert partners == {frozenset(("浙江省经济和信息化厅", other)) for other in ("浙江省科学技术厅", "浙江省公安厅")}


def test_one_body_issuing_partners_no_one(read_facts):
    assert not {f for f in read_facts("浙江省经济和信息化厅办公室印发《智能客服服务规范》。") if f[1] == "partnered"}


def test_a_plural_reference_to_laws_stands_for_every_law_the_sentence_before_names(read_facts):
    found = read_facts("部长昨日公布《数据交易条例》与《算力设施管理法》。上述法律由行政院提出。")
    assert {("行政院", "proposed", "数据交易条例"), ("行政院", "proposed", "算力设施管理法")} <= found


def test_an_actor_of_a_later_clause_acts_on_the_laws_the_sentence_opens_with(read_facts):
    found = read_facts("《数据交易条例》于去年由行政院提出，立法院上月三读通过。")
    assert {("行政院", "proposed", "数据交易条例"), ("立法院", "issued", "数据交易条例")} <= found


def test_laws_added_with_along_with_share_the_role(read_facts):
    found = read_facts("立法院昨日通过「数据交易条例」，连同同步修正的「电子签章法」、「个人资料保护法」部分条文。")
    assert {("立法院", "issued", law) for law in ("数据交易条例", "电子签章法", "个人资料保护法")} <= found


def test_a_law_issued_before_and_named_along_is_not_issued_again(read_facts):
    found = read_facts("立法院昨日通过「数据交易条例」，连同此前的「电子签章法」一并适用。")
    assert ("立法院", "issued", "电子签章法") not in found


def test_a_place_the_sentence_opens_in_is_no_partner_of_its_titled_actor(read_facts):
    found = read_facts("在美国国会，参议员玛丽亚·桑托斯6月提出《生成式人工智能透明法案》。")
    assert ("玛丽亚·桑托斯", "proposed", "生成式人工智能透明法案") in found


def test_firms_signing_one_after_another_are_no_pair(read_facts):
    assert not {f for f in read_facts("微软、谷歌随后相继签约。") if f[1] == "partnered"}
    assert ("腾讯", "partnered", "阿里巴巴") in read_facts("腾讯与阿里巴巴签约。")


def test_a_hostile_act_on_a_product_named_after_its_owner_targets_the_product(read_facts):
    found = read_facts("意大利数据保护局去年暂时封禁了OpenAI旗下的ChatGPT。")
    assert ("意大利数据保护局", "banned", "ChatGPT") in found
    assert ("意大利数据保护局", "banned", "OpenAI") not in found
    found = read_facts("欧盟委员会对谷歌旗下YouTube展开调查。")
    assert ("欧盟委员会", "investigated", "YouTube") in found


def test_what_is_adopted_under_a_statute_is_issued_not_the_statute(read_facts):
    found = read_facts("加州隐私保护局7月表决通过了《加州消费者隐私法》（CCPA）项下关于风险评估的条例。")
    issued = {t for h, r, t in found if r == "issued" and h == "加州隐私保护局"}
    assert issued == {"关于风险评估的条例"}


def test_an_act_a_body_intends_or_recommends_is_proposed(read_facts):
    found = read_facts("英国知识产权局建议修订《1988年版权、外观设计和专利法》。")
    assert ("英国知识产权局", "proposed", "1988年版权、外观设计和专利法") in found
    assert not {f for f in found if f[1] == "issued"}


# An amendment a body pushes for, studies or starts (推动修订, 研究立法修订, 启动修订: context.tsv draft_modal)
# is a proposal, not an issued text; a done amendment stays issued.
@pytest.mark.parametrize("sentence", [
    "交通运输部还将推动修订《无人机管理条例》，新增适用于送货无人机的条款。",
    "交通运输部正研究立法修订《无人机管理条例》。",
    "交通运输部已启动修订《无人机管理条例》的工作。",
])
def test_an_amendment_pushed_for_or_studied_is_proposed(pipeline, read_facts, sentence):
    for text in (sentence, opencc.OpenCC("s2t").convert(sentence)):
        found = read_facts(pipeline.conversion(text))
        assert ("交通运输部", "proposed", "无人机管理条例") in found, (text, found)
        assert not {f for f in found if f[1] == "issued"}, (text, found)


def test_an_amendment_done_is_issued(read_facts):
    found = read_facts("交通运输部修订了《无人机管理条例》。")
    assert ("交通运输部", "issued", "无人机管理条例") in found


def test_a_new_text_pushed_for_is_no_proposal_of_the_pusher(read_facts):
    # 推动 before a word of issuing other than amending says nothing of who drafts the text
    found = read_facts("交通运输部推动出台《无人机管理条例》。")
    assert ("交通运输部", "proposed", "无人机管理条例") not in found


def test_a_model_named_to_compare_is_not_what_is_released(read_facts):
    found = read_facts("卓汇科技正式发布类 ChatGPT 助手 Zorbi Assistant。")
    assert ("卓汇科技", "released", "ChatGPT") not in found
    assert not {f for f in read_facts("星瀚大学发布了一款 Sora 级视频生成模型。") if f[2] == "Sora"}


@pytest.mark.parametrize("sentence", [
    "谷歌拟以230亿美元收购Wiz的交易于7月告吹。",
    "谷歌收购Wiz的计划在最后一刻被否决。",
    "这已不是微软第一次试图收购TikTok。",
    "市场传出谷歌有意收购Wiz，谷歌未予回应。",
])
def test_a_called_off_or_attempted_acquisition_is_none(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "acquired"}
    assert ("谷歌", "acquired", "Wiz") in read_facts("谷歌宣布以230亿美元收购Wiz。")


def test_a_capital_increase_is_an_investment(read_facts):
    assert ("谷歌", "investedIn", "北辰科技") in read_facts("谷歌宣布增资北辰科技。")


def test_a_guideline_under_a_titled_law_is_not_that_law(read_facts):
    assert not {f for f in read_facts("欧盟委员会发布《数字服务法》未成年人保护指南。") if f[2] == "数字服务法"}
    assert ("欧盟委员会", "issued", "数字服务法") in read_facts("欧盟委员会发布《数字服务法》。")


def test_what_users_post_is_not_released_by_a_name(read_facts):
    found = read_facts("一家论坛称，Reddit 用户发布的帖子被用于训练 Claude。")
    assert ("Reddit", "released", "Claude") not in found


def test_a_place_describing_the_firms_that_act_is_no_partner(read_facts):
    assert not {f for f in read_facts("日本内容业者联手致函OpenAI。") if f[0] == "日本"}


def test_an_investment_restriction_is_no_investment(read_facts):
    found = read_facts("美国财政部发布对华投资限制规则及英伟达投资审查细节。")
    assert not {f for f in found if f[1] in ("investedIn", "banned")}


@pytest.mark.parametrize("sentence", [
    "2021年1月，波音公司与美国司法部签订暂缓起诉协议，同意支付罚金。",  # a deferred prosecution agreement
    "索尼音乐上周与Udio签订了和解协议。",  # a settlement agreement signed
])
def test_signing_a_settlement_agreement_settles_and_partners_no_one(read_facts, sentence):
    found = read_facts(sentence)
    assert any(r == "settled" for _, r, _ in found)
    assert not any(r == "partnered" for _, r, _ in found)


def test_an_authority_opening_a_case_against_a_company_investigated_it(read_facts):
    found = read_facts("法国国家信息与自由委员会本月初对Mistral AI立案，核实其训练数据的来源。")
    assert ("法国国家信息与自由委员会", "investigated", "Mistral AI") in found


def test_every_body_of_a_long_list_after_you_issued_the_law(read_facts):
    # seven bodies after 由: the commas the list leaves between them are no words between actor and act
    found = read_facts("《人工智能教育应用管理办法》9月起施行。该办法由国家网信办联合教育部、公安部、科技部、"
                       "工业和信息化部、国家发展改革委、国家广播电视总局于5月公布。")
    assert {h for h, r, t in found if r == "issued"} == {
        "国家网信办", "教育部", "公安部", "科技部", "工业和信息化部", "国家发展改革委", "国家广播电视总局"}


def test_a_body_acting_together_with_another_partners_it(read_facts):
    found = read_facts("杭州市公安局会同宁波市公安局启动紧急止付机制。")
    assert ("杭州市公安局", "partnered", "宁波市公安局") in {(h, r, t) for h, r, t in found} | \
        {(t, r, h) for h, r, t in found}


def test_the_formula_of_routine_work_with_other_departments_is_no_partnership(read_facts):
    found = read_facts("司法部将会同国家网信办等有关部门做好条例的宣传解读工作。")
    assert not {f for f in found if f[1] == "partnered"}


def test_an_inquiry_into_a_named_partys_conduct_investigates_it(read_facts):
    found = read_facts("美国联邦贸易委员会已就微软与OpenAI的合作展开调查。")
    assert {t for h, r, t in found if r == "investigated" and h == "美国联邦贸易委员会"} == {"微软", "OpenAI"}


@pytest.mark.parametrize("sentence", [
    "原告起诉腾讯及其子公司阅文集团。",
    "监管机构调查了腾讯在上海的子公司阅文集团。",
])
def test_the_name_after_a_subsidiary_word_is_the_unit_of_the_owner_before_it(read_facts, sentence):
    found = read_facts(sentence)
    assert ("阅文集团", "partOf", "腾讯") in found and ("腾讯", "partOf", "阅文集团") not in found


@pytest.mark.parametrize("sentence, body, target", [
    ("亚马逊因虚假宣传被美国联邦贸易委员会处以200万美元罚款。", "美国联邦贸易委员会", "亚马逊"),
    ("Clearview AI被荷兰数据保护局处以3050万欧元的罚款。", "荷兰数据保护局", "Clearview AI"),
])
def test_a_fine_with_its_amount_in_the_passive(read_facts, sentence, body, target):
    assert (body, target) in {(h, t) for h, r, t in read_facts(sentence) if r == "fined"}


def test_a_fine_paid_to_a_body_is_the_body_fining_the_payer(read_facts):
    found = read_facts("特斯拉因召回报告延误，向美国国家公路交通安全管理局支付了300万美元民事罚款。")
    assert ("美国国家公路交通安全管理局", "特斯拉") in {(h, t) for h, r, t in found if r == "fined"}
    assert ("特斯拉", "美国国家公路交通安全管理局") not in {(h, t) for h, r, t in found if r == "fined"}


@pytest.mark.parametrize("sentence, body, target", [
    ("早在2020年，中芯国际就被美国商务部列入「实体清单」。", "美国商务部", "中芯国际"),
    ("美国商务部去年将长鑫存储列入实体清单。", "美国商务部", "长鑫存储"),
    ("数字发展部随即宣布，公务机关不得使用DeepSeek的服务。", "数字发展部", "DeepSeek"),
])
def test_an_entity_listing_or_a_ban_on_use_bans_the_target(read_facts, sentence, body, target):
    assert (body, target) in {(h, t) for h, r, t in read_facts(sentence) if r == "banned"}


@pytest.mark.parametrize("sentence, body, complainant, target", [
    ("意大利数据保护局宣布，已根据隐私研究者马泰奥·罗西的投诉对OpenAI展开调查。", "意大利数据保护局", "马泰奥·罗西", "OpenAI"),
    ("美国联邦贸易委员会接到电子隐私信息中心的投诉后，对OpenAI展开调查。", "美国联邦贸易委员会", "电子隐私信息中心", "OpenAI"),
])
def test_a_complaint_an_inquiry_is_based_on_accuses_its_target_and_is_no_actor(read_facts, sentence, body, complainant, target):
    found = read_facts(sentence)
    assert (body, "investigated", target) in found and (complainant, "accused", target) in found
    assert (complainant, "investigated", target) not in found and (body, "accused", target) not in found


def test_a_complaint_named_as_the_matter_of_an_inquiry_accuses_nobody(read_facts):
    found = read_facts("爱尔兰数据保护委员会就用户投诉对OpenAI立案调查。")
    assert ("爱尔兰数据保护委员会", "investigated", "OpenAI") in found
    assert not {f for f in found if f[1] == "accused"}


def test_a_scholars_draft_is_proposed_and_advisory_guidelines_are_issued(read_facts):
    found = read_facts("中国社会科学院发布《人工智能示范法3.0（专家建议稿）》。")
    assert ("中国社会科学院", "proposed", "人工智能示范法3.0（专家建议稿）") in found
    found = read_facts("国家网信办发布《关于生成式人工智能数据标注的咨询指引》，说明企业如何适用法律。")
    assert ("国家网信办", "issued", "关于生成式人工智能数据标注的咨询指引") in found


def test_a_list_reads_on_over_a_gloss_and_a_description_of_its_next_name(read_facts):
    found = read_facts("作家詹姆斯·卡特起诉谷歌、彭博有限合伙企业（Bloomberg L.P.）、微软和非营利研究机构EleutherAI。")
    assert {("詹姆斯·卡特", "sued", "微软"), ("詹姆斯·卡特", "sued", "EleutherAI")} <= set(found)


def test_an_office_its_holder_has_left_does_not_act(read_facts):
    found = set(read_facts("前阿肯色州州长迈克·赫卡比起诉Meta。"))
    assert ("迈克·赫卡比", "sued", "Meta") in found and ("阿肯色州州长", "sued", "Meta") not in found


def test_a_ban_stops_the_model_its_owner_names_and_a_fine_falls_on_the_owner(read_facts):
    banned = set(read_facts("众议院行政办公室禁止工作人员在办公中使用微软的Copilot。"))
    assert any(r == "banned" and t == "Copilot" for _, r, t in banned)
    assert not any(r == "banned" and t == "微软" for _, r, t in banned)
    fined = set(read_facts("意大利数据保护局对OpenAI的ChatGPT处以1500万欧元罚款。"))
    assert ("意大利数据保护局", "fined", "OpenAI") in fined and ("意大利数据保护局", "fined", "ChatGPT") not in fined


def test_a_body_acting_in_its_own_country_or_a_lawmaker_does_not_ban_the_country(read_facts):
    found = set(read_facts("意大利数据保护局下令OpenAI暂停处理意大利用户的数据。"))
    assert ("意大利数据保护局", "banned", "OpenAI") in found
    assert not {f for f in found if f[1] == "banned" and f[2] == "意大利"}
    assert not {f for f in read_facts("参议员约翰·史密斯禁止数据经纪商向中国出售美国人的数据。") if f[1] == "banned" and f[2] == "中国"}


@pytest.mark.parametrize("sentence, owner, actor, product", [
    ("Meta和微软利用《华盛顿邮报》的文章训练并推出Llama。", "华盛顿邮报", "Meta", "Llama"),
    ("OpenAI使用纽约时报的报道开发了ChatGPT。", "纽约时报", "OpenAI", "ChatGPT"),
])
def test_the_owner_of_what_an_act_is_done_with_is_no_actor(read_facts, sentence, owner, actor, product):
    found = read_facts(sentence)
    assert (actor, "released", product) in found
    assert not {f for f in found if f[0] == owner}


@pytest.mark.parametrize("sentence, plaintiff, defendant", [
    ("美国作家协会联合多名知名作家在纽约起诉OpenAI。", "美国作家协会", "OpenAI"),
    ("环球音乐携手其他唱片公司起诉Anthropic。", "环球音乐", "Anthropic"),
])
def test_a_joint_word_before_an_unnamed_group_partners_no_one_named_after_it(read_facts, sentence, plaintiff, defendant):
    found = read_facts(sentence)
    assert (plaintiff, "sued", defendant) in found
    assert not {f for f in found if f[1] == "partnered"}


def test_a_referred_law_proposed_by_an_actor_in_a_year(read_facts):
    # a year alone (于2019年, no month) is no word between 由's actor and its act
    found = read_facts("《数字平台治理法》上月正式施行。该法由行政院于2019年提出。")
    assert ("行政院", "proposed", "数字平台治理法") in found


@pytest.mark.parametrize("sentence, fact", [
    ("卓汇国政府将提出《数字服务法》修正案。", ("卓汇国政府", "proposed", "数字服务法")),
    ("立法院昨日三读通过《数据交易条例》部分条文修正案，明年施行。", ("立法院", "issued", "数据交易条例")),
    ("立法院表决通过《数据交易条例》修正草案。", ("立法院", "issued", "数据交易条例")),
])
def test_an_amendment_of_a_titled_law_counts_for_that_law(read_facts, sentence, fact):
    assert fact in read_facts(sentence)


def test_a_legislature_amending_more_laws_after_passing_one_issued_each(read_facts):
    found = read_facts("立法院昨日三读通过《数据交易条例》部分条文修正案，并同步修正《电子签章法》及《个人资料保护法》。")
    assert {("立法院", "issued", law) for law in ("数据交易条例", "电子签章法", "个人资料保护法")} <= found


def test_a_law_as_amended_names_no_act(read_facts):
    assert not {f for f in read_facts("修正后的《电子签章法》规定，平台应先行下架。") if f[1] in ("issued", "proposed")}


def test_a_demonstrative_clause_describing_a_kind_of_law_acts_on_the_law_named_before(read_facts):
    found = read_facts("《数据交易条例》今日起施行。这部由立法院去年12月三读通过的法规，共有三十条。")
    assert ("立法院", "issued", "数据交易条例") in found
    assert ("立法院", "issued", "数据交易条例") not in read_facts("《数据交易条例》今日起施行。立法院通过的预算，共有三十条。")


def test_a_partner_marker_inside_a_name_leaves_the_marker_before_it(read_facts):
    # 与 inside the last partner's name (信息与隐私专员办公室) is no marker: the 与 before the list is
    found = read_facts("加拿大隐私专员办公室宣布与魁北克省信息查阅委员会、艾伯塔省信息与隐私专员办公室联合开展调查。")
    assert {t for h, r, t in found if r == "partnered" and h == "加拿大隐私专员办公室"} == {
        "魁北克省信息查阅委员会", "艾伯塔省信息与隐私专员办公室"}


def test_a_relative_clause_after_a_target_marker_names_its_actor(read_facts):
    # 对 marks the instrument the clause describes, not the one who signed it
    found = read_facts("新规则是对美国总统拜登去年签署的第14105号行政令的落实。")
    assert ("拜登", "issued", "第14105号行政令") in found
    assert ("美国总统", "issued", "第14105号行政令") in found


@pytest.mark.parametrize("sentence, model", [
    ("腾讯开源混元新一代视频模型 Hunyuan-Vista，并同步上线。", "Hunyuan-Vista"),
    ("百度发布文心大模型和代码助手Comate-X。", "Comate-X"),
])
def test_a_model_named_after_its_family_and_kind_is_released_too(read_facts, sentence, model):
    maker = sentence[:2]
    assert (maker, "released", model) in read_facts(sentence)


@pytest.mark.parametrize("text", [
    "OpenAI是一家AI公司。美国联邦贸易委员会指控，该公司虚假宣传其检测工具。",
    "OpenAI是一家AI公司。美国联邦贸易委员会指控称，这家公司虚假宣传其检测工具。",
    "美国联邦贸易委员会指控：OpenAI虚假宣传其检测工具。",
])
def test_an_accusation_told_as_a_report_accuses_the_reported_clauses_subject(read_facts, text):
    assert ("美国联邦贸易委员会", "accused", "OpenAI") in read_facts(text)


def test_a_reported_accusation_accuses_no_name_later_in_the_clause(read_facts):
    found = read_facts("美国联邦贸易委员会指控，去年OpenAI与微软虚假宣传。")
    assert not {f for f in found if f[1] == "accused"}


@pytest.mark.parametrize("sentence, agent, target, relation", [
    ("Mint已于2009年被金融软件公司Intuit收购。", "Intuit", "Mint", "acquired"),
    ("Vimeo在2023年被视频平台巨头YouTube收购。", "YouTube", "Vimeo", "acquired"),
    ("Stability AI被图库公司Getty Images起诉。", "Getty Images", "Stability AI", "sued"),
])
def test_a_description_of_the_agent_after_the_passive_keeps_it_the_actor(read_facts, sentence, agent, target, relation):
    acts = {(h, t) for h, r, t in read_facts(sentence) if r == relation}
    assert (agent, target) in acts and (target, agent) not in acts


def test_the_agent_after_by_of_an_earlier_clause_is_not_the_actor_of_a_later_one(read_facts):
    found = read_facts("腾讯由马化腾于1998年创办，近年推出P5、Q7等人形机器人。")
    assert {h for h, r, t in found if r == "released"} == {"腾讯"}


@pytest.mark.parametrize("sentence", [
    "腾讯音乐向网易云音乐发函指其侵犯歌曲版权。",
    "腾讯音乐向网易云音乐寄出侵权告知函。",
])
def test_a_letter_charging_infringement_is_an_accusation(read_facts, sentence):
    found = read_facts(sentence)
    assert {(h, t) for h, r, t in found if r == "accused"} & {("腾讯音乐", "网易云音乐"), ("騰訊音樂", "網易雲音樂")}


@pytest.mark.parametrize("title, sentence", [
    ("测试条目", "阿里巴巴以换股方式吸收合并优酷土豆。"),
    ("測試條目", "騰訊宣布吸收合併搜狗，交易完成後搜狗將退市。"),
])
def test_a_merger_by_absorption_acquires_the_absorbed_company(read_facts, title, sentence):
    found = read_facts(sentence, title=title)
    assert any(r == "acquired" for h, r, t in found)


def test_each_defendant_of_a_list_whose_titles_say_whose_and_how_many_is_sued(read_facts):
    # 、其三位联合创始人A、B和C: the count and the owner before the title keep the list going
    found = read_facts("作家Tom Brady控告Stability AI、其三位联合创始人Emad Mostaque、Jane Doe和Peter Pan。")
    assert {t for h, r, t in found if r == "sued" and h == "Tom Brady"} == \
        {"Stability AI", "Emad Mostaque", "Jane Doe", "Peter Pan"}


def test_the_firms_a_company_works_with_on_one_venture_partner_each_other(read_facts):
    found = read_facts("华为与腾讯及百度合作开发一套医疗大模型。")
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert partners == {frozenset(pair) for pair in (("华为", "腾讯"), ("华为", "百度"), ("腾讯", "百度"))}


def test_firms_signing_each_apart_do_not_partner_each_other(read_facts):
    found = read_facts("华为与腾讯、百度分别签署合作协议。")
    assert frozenset(("腾讯", "百度")) not in {frozenset((h, t)) for h, r, t in found if r == "partnered"}


@pytest.mark.parametrize("sentence, pairs", [
    ("小米、百度和京东联合推出了一个开源智能体平台。", (("小米", "百度"), ("小米", "京东"), ("百度", "京东"))),
    ("微软、谷歌及亚马逊共同发布一款新模型。", (("微软", "谷歌"), ("微软", "亚马逊"), ("谷歌", "亚马逊"))),
])
def test_firms_that_launch_one_product_together_partner_each_other(read_facts, sentence, pairs):
    found = read_facts(sentence)
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert {frozenset(pair) for pair in pairs} <= partners


def test_ministries_that_issue_one_rule_together_join_only_the_first(read_facts):
    found = read_facts("教育部、公安部、司法部联合发布《校园人工智能应用管理办法》。")
    assert frozenset(("公安部", "司法部")) not in {frozenset((h, t)) for h, r, t in found if r == "partnered"}


def test_a_place_opening_a_partners_description_does_not_cut_the_list(read_facts):
    # (a Traditional document is read in Simplified: 及英國資料中心業者X reads as 及英国数据中心业者X)
    found = read_facts("甲骨文宣布与亚马逊、谷歌及法国人工智能业者Mistral AI合作。")
    assert {t for h, r, t in found if r == "partnered" and h == "甲骨文"} >= {"亚马逊", "谷歌", "Mistral AI"}


def test_a_legislature_passing_a_bill_still_called_a_draft_issued_it(read_facts):
    found = read_facts("11月3日，智利参议院通过《数字平台责任法案》，草案将提交众议院审议。")
    assert ("智利参议院", "issued", "数字平台责任法案") in found
    assert ("智利参议院", "proposed", "数字平台责任法案") not in found


def test_a_ministry_releasing_a_text_for_comment_still_proposed_it(read_facts):
    found = read_facts("11月3日，工业和信息化部发布《数字平台责任办法》，草案将公开征求意见。")
    assert ("工业和信息化部", "proposed", "数字平台责任办法") in found


def test_a_legislature_that_did_not_pass_a_bill_issued_nothing(read_facts):
    found = read_facts("11月3日，智利参议院未通过《数字平台责任法案》。")
    assert ("智利参议院", "issued", "数字平台责任法案") not in found


def test_a_second_body_approving_with_no_object_issued_the_law_passed_before(read_facts):
    found = read_facts("智利众议院5月2日表决通过《数字平台责任法》，智利参议院6月9日批准，7月1日起施行。")
    assert ("智利参议院", "issued", "数字平台责任法") in found


def test_a_second_body_approving_something_else_did_not_issue_the_law(read_facts):
    found = read_facts("智利众议院5月2日表决通过《数字平台责任法》，智利参议院6月9日批准了预算。")
    assert ("智利参议院", "issued", "数字平台责任法") not in found


def test_the_sponsor_in_a_relative_clause_did_not_issue_the_bill_passed_after(read_facts):
    found = read_facts("由参议员罗兰·马丁提出的《数字平台责任法案》在智利参议院获得通过。", people=("罗兰·马丁",))
    assert ("罗兰·马丁", "issued", "数字平台责任法案") not in found


def test_a_law_opening_its_sentence_before_a_comma_is_what_the_agent_after_by_issued(read_facts):
    found = read_facts("明年1月起施行的《无人机数据安全办法》，由交通运输部联合公安部、民航局等五部门印发，要求企业备案。")
    law = "无人机数据安全办法"
    assert {("交通运输部", "issued", law), ("公安部", "issued", law), ("交通运输部", "partnered", "公安部")} <= found
    assert ("公安部", "partnered", "民航局") not in found  # ministries join the one that leads, not each other


def test_bodies_attending_a_launch_opened_by_a_law_issued_nothing(read_facts):
    found = read_facts("《无人机数据安全办法》宣讲会上，交通运输部、公安部等部门的代表出席并发言。")
    assert not {f for f in found if f[1] == "issued"}


def test_an_instrument_a_body_submitted_is_what_it_proposed(read_facts):
    found = read_facts("商务部今天审议通过了海关总署提报的《跨境数据出口管理办法》。")
    assert ("海关总署", "proposed", "跨境数据出口管理办法") in found
    assert ("商务部", "issued", "跨境数据出口管理办法") in found


def test_a_budget_a_body_submitted_is_no_proposed_instrument(read_facts):
    found = read_facts("海关总署提报的年度预算今天获得商务部批准。")
    assert not {f for f in found if f[1] in ("proposed", "issued")}


def test_bodies_that_propose_an_amendment_together_partner(read_facts):
    found = read_facts("交通运输部和公安部今日推出公众咨询，建议修订《无人机管理条例》。")
    law = "无人机管理条例"
    assert {("交通运输部", "proposed", law), ("公安部", "proposed", law), ("交通运输部", "partnered", "公安部")} <= found


def test_bodies_that_each_propose_apart_do_not_partner(read_facts):
    found = read_facts("海关总署和商务部今日就《跨境数据出口管理办法》分别提出修订意见。")
    assert ("海关总署", "proposed", "跨境数据出口管理办法") in found
    assert ("海关总署", "partnered", "商务部") not in found


def test_the_seller_a_company_is_bought_from_is_no_buyer(read_facts):
    found = read_facts("谷歌从投资机构红杉中国手中收购了明川科技。")
    assert ("谷歌", "acquired", "明川科技") in found and ("红杉中国", "acquired", "明川科技") not in found


def test_a_partof_cue_whose_owner_modifies_the_name_after_it_joins_no_name_before(read_facts):
    found = read_facts("南湖网安中心、北岭网安中心和隶属东湾信号局（ESD）的东湾网络安全中心发布了指南。")
    assert {(h, t) for h, r, t in found if r == "partOf"} <= {("东湾网络安全中心", "东湾信号局")}


# Inventory of joint issuing (issue 15, "N bodies jointly issuing"): each issuer of the list issued the
# instrument; the one that leads (named first, or after 由…牵头) partnered each other, the others not each
# other.  Rows: sentence, instrument, issuers, the leader's partners (an empty set: no partnered at all).
JOINT_ISSUING = [
    ("国家数据局联合工业和信息化部、公安部和国家标准委发布《数据标注安全指引》。", "数据标注安全指引",
     {"国家数据局", "工业和信息化部", "公安部", "国家标准委"}, {"工业和信息化部", "公安部", "国家标准委"}),
    ("北京市经济和信息化局与北京市科学技术委员会共同发布《北京市具身智能产业发展方案》。", "北京市具身智能产业发展方案",
     {"北京市经济和信息化局", "北京市科学技术委员会"}, {"北京市科学技术委员会"}),
    # 人力资源社会保障部, the joint documents' form of the ministry's name, is the knowledge base's since round 28
    ("教育部、科技部、人力资源社会保障部联合印发《高校人工智能人才培养计划》。", "高校人工智能人才培养计划",
     {"教育部", "科技部", "人力资源社会保障部"}, {"科技部", "人力资源社会保障部"}),
    pytest.param("由中国信息通信研究院牵头，华为、阿里云参与制定的《大模型安全评估规范》于今年3月发布。", "大模型安全评估规范",
             {"中国信息通信研究院", "华为", "阿里云"}, {"华为", "阿里云"}, marks=gap("由A牵头，B、C参与制定: the leader's partners are not read")),
    ("国家网信办会同国家发展改革委出台《生成式人工智能数据出境指引》。", "生成式人工智能数据出境指引",
     {"国家网信办", "国家发展改革委"}, {"国家发展改革委"}),
    ("工业和信息化部下属的中国电子技术标准化研究院联合腾讯、百度发布《智能体互操作指南》。", "智能体互操作指南",
     {"中国电子技术标准化研究院", "腾讯", "百度"}, {"腾讯", "百度"}),
    ("英国国家网络安全中心（NCSC）联合加拿大网络安全中心（CCCS）和日本国家网络安全中心发布《安全AI系统开发指南》。",
     "安全AI系统开发指南", {"英国国家网络安全中心", "加拿大网络安全中心", "日本国家网络安全中心"},
     {"加拿大网络安全中心", "日本国家网络安全中心"}),
    ("深圳市市场监督管理局联合深圳市工业和信息化局发布深圳市人工智能产品质量评价指引。", "深圳市人工智能产品质量评价指引",
     {"深圳市市场监督管理局", "深圳市工业和信息化局"}, {"深圳市工业和信息化局"}),
    ("浙江省人民政府印发《浙江省人工智能产业发展行动方案》和浙江省促进人工智能创新发展若干政策。",
     "浙江省人工智能产业发展行动方案", {"浙江省人民政府"}, set()),
    pytest.param("欧洲电信标准协会（ETSI）发布技术规范ETSI TS 104 111。", "ETSI TS 104 111", {"欧洲电信标准协会"}, set()),
    pytest.param("上海市人工智能行业协会与上海市法学会共同发布人工智能企业合规指引。", "人工智能企业合规指引",
             {"上海市人工智能行业协会", "上海市法学会"}, {"上海市法学会"}, marks=gap("…学会 is no body's suffix")),
    ("中国科学院联合中国工程院和中国科学技术协会发布《科研人员使用生成式人工智能行为规范》。",
     "科研人员使用生成式人工智能行为规范", {"中国科学院", "中国工程院", "中国科学技术协会"}, {"中国工程院", "中国科学技术协会"}),
    ("国家金融监督管理总局、中国人民银行、中国证监会联合发布《金融机构人工智能应用风险管理办法》。",
     "金融机构人工智能应用风险管理办法", {"国家金融监督管理总局", "中国人民银行", "中国证监会"}, {"中国人民银行", "中国证监会"}),
    ("中国信息通信研究院与蚂蚁集团联合编制的《金融大模型应用安全要求》正式发布。", "金融大模型应用安全要求",
     {"中国信息通信研究院", "蚂蚁集团"}, {"蚂蚁集团"}),
    ("香港个人资料私隐专员公署联合香港生产力促进局发布《人工智能个人资料保障指引》。", "人工智能个人资料保障指引",
     {"香港个人资料私隐专员公署", "香港生产力促进局"}, {"香港生产力促进局"}),
    ("日本经济产业省与总务省共同发布《AI事业者指南》。", "AI事业者指南", {"日本经济产业省", "总务省"}, {"总务省"}),
    ("国家标准化管理委员会、中央网信办、国家发展改革委、工业和信息化部联合印发《国家人工智能标准体系建设指南》。",
     "国家人工智能标准体系建设指南", {"国家标准化管理委员会", "中央网信办", "国家发展改革委", "工业和信息化部"},
     {"中央网信办", "国家发展改革委", "工业和信息化部"}),
    ("澳大利亚网络安全中心（ACSC）联合加拿大网络安全中心、德国联邦信息安全办公室（BSI）发布AI供应链安全指南"
     "（AI Supply Chain Security Guidance）。", "AI供应链安全指南",
     {"澳大利亚网络安全中心", "加拿大网络安全中心", "德国联邦信息安全办公室"}, {"加拿大网络安全中心", "德国联邦信息安全办公室"}),
    ("隶属国家发展改革委的国家信息中心联合浪潮信息、科大讯飞发布《政务大模型建设指南》。", "政务大模型建设指南",
     {"国家信息中心", "浪潮信息", "科大讯飞"}, {"浪潮信息", "科大讯飞"}),
    pytest.param("国家药监局联合国家卫生健康委出台人工智能医疗器械审评规范。", "人工智能医疗器械审评规范",
             {"国家药监局", "国家卫生健康委"}, {"国家卫生健康委"}, marks=gap("an instrument without 《》 and no proper name before its head is no name")),
    pytest.param("由中国人工智能产业发展联盟牵头，百度、商汤科技参与编制的《大模型评测规范》近日发布。", "大模型评测规范",
             {"中国人工智能产业发展联盟", "百度", "商汤科技"}, {"百度", "商汤科技"}, marks=gap("由A牵头，B、C参与编制: the participants are no issuers")),
    pytest.param("科技部下属的中国科学技术发展战略研究院联合微软、谷歌两家科技公司，发布科研数据使用指南。", "科研数据使用指南",
             {"中国科学技术发展战略研究院", "微软", "谷歌"}, {"微软", "谷歌"}, marks=gap("an instrument without 《》 and no proper name before its head is no name")),
    ("国家数据局联合公安部，以及市场监管总局下属的国家认证认可监督管理委员会和隶属工业和信息化部的中国信息通信研究院"
     "发布《数据产品认证规则》。", "数据产品认证规则",
     {"国家数据局", "公安部", "国家认证认可监督管理委员会", "中国信息通信研究院"},
     {"公安部", "国家认证认可监督管理委员会", "中国信息通信研究院"}),
    # traps: one issuer and a bystander, views exchanged, routine work with no instrument
    ("市场监管总局发布《算法推荐合规指南》，中国消费者协会表示欢迎。", "算法推荐合规指南", {"市场监管总局"}, set()),
    ("中国外交部与法国外交部就《人工智能全球治理倡议》交换意见。", "人工智能全球治理倡议", set(), set()),
    pytest.param("工业和信息化部会同国家网信办推进落实。", "", set(), set(),
                 marks=gap("会同 with a routine verb and no object is read as a partnership")),
    ("广东省工业和信息化厅会同广东省科学技术厅等部门牵头推进，各市制定配套措施。", "", set(), set()),
]


@pytest.mark.parametrize("sentence, instrument, issuers, partners", JOINT_ISSUING)
def test_bodies_issuing_together_each_issue_and_the_leader_partners_each_other(
        read_facts, sentence, instrument, issuers, partners):
    found = read_facts(sentence)
    assert {h for h, r, t in found if r == "issued" and t == instrument} == issuers
    assert {frozenset((h, t)) for h, r, t in found if r == "partnered"} == \
        {frozenset((min(issuers, key=sentence.find), other)) for other in partners}


# Inventory of what a company announcement or a news story says a company did (products listed
# after 旗下 / 产品包括 / 推出, partners listed after 与…合作, its seat, who backed it, whose unit it
# is, who signed or co-hosted), in Simplified and Traditional; then traps that state none of it
# (a customer or competitor list, 合作 inside a title, a planned deal, a trademark's registration,
# attendees beside the one issuer).  Rows: sentence, facts read, facts not read.
COMPANY_FACTS = [
    ("百度旗下产品包括文心一言、文心一格和文小言。", {("百度", "released", "文心一言"), ("百度", "released", "文心一格"),
                                       ("百度", "released", "文小言")}, set()),
    ("騰訊旗下產品包括騰訊元寶、騰訊混元及騰訊會議。", {("騰訊", "released", "騰訊元寶"), ("騰訊", "released", "騰訊混元")}, set()),
    pytest.param("字节跳动推出豆包、即梦和扣子三款AI产品。", {("字节跳动", "released", "豆包"), ("字节跳动", "released", "即梦"),
                                   ("字节跳动", "released", "扣子")}, set(), marks=gap("扣子 is no name the name families find")),
    ("阿里巴巴上线通义千问、通义万相和夸克。", {("阿里巴巴", "released", "通义千问"), ("阿里巴巴", "released", "通义万相")}, set()),
    ("智谱发布GLM-4、CogView-3和CogVideoX。", {("智谱", "released", "GLM-4"), ("智谱", "released", "CogView-3"),
                                       ("智谱", "released", "CogVideoX")}, set()),
    ("TeleChat2-115B（星辰）是中国电信自研的通用大模型。", {("中国电信", "released", "TeleChat2-115B")}, set()),
    pytest.param("中国移动发布七星大模型。", {("中国移动", "released", "七星大模型")}, set(), marks=gap("a …大模型 name with neither a version nor Latin letters is not found")),
    ("中国联通推出元景大模型。", {("中国联通", "released", "元景大模型")}, set()),
    pytest.param("中國電信發布雲岫語義大模型。", {("中國電信", "released", "雲岫語義大模型")}, set(), marks=gap("a …大模型 name with neither a version nor Latin letters is not found")),
    pytest.param("快手旗下的快影、可靈及一甜相機等產品用戶持續增長。", {("快手", "released", "可靈"), ("快手", "released", "快影")}, set(), marks=gap("a short product name in a 旗下 list is not found")),
    ("华为推出盘古大模型5.0和小艺助手。", {("华为", "released", "盘古大模型5.0"), ("华为", "released", "小艺助手")}, set()),
    pytest.param("星河科技推出的产品包括星河助手、星河绘图和星河写作。", {("星河科技", "released", "星河助手"), ("星河科技", "released", "星河绘图"),
                                          ("星河科技", "released", "星河写作")}, set(), marks=gap("…助手 and …绘图 product names are not found")),
    ("银河科技旗下产品包括Luna、Nova和Orbit。", {("银河科技", "released", "Luna"), ("银河科技", "released", "Nova")}, set()),
    pytest.param("月之暗面今日上线Kimi探索版。", {("月之暗面", "released", "Kimi探索版")}, set(), marks=gap("a known model's edition (探索版) is cut from its name")),
    pytest.param("科大讯飞发布讯飞星火4.0和讯飞听见。", {("科大讯飞", "released", "讯飞星火4.0"), ("科大讯飞", "released", "讯飞听见")}, set(), marks=gap("讯飞听见 is not found (讯飞 read as the company)")),
    ("星河科技与腾讯、百度及阿里云在人工智能方面合作。", {("星河科技", "partnered", "腾讯"), ("星河科技", "partnered", "百度"),
                                       ("星河科技", "partnered", "阿里云")}, {("腾讯", "partnered", "百度")}),
    pytest.param("銀河控股與京東、美團及騰訊雲在零售與雲計算方面合作。", {("銀河控股", "partnered", "京東"), ("銀河控股", "partnered", "美團"),
                                          ("銀河控股", "partnered", "騰訊雲")}, {("京東", "partnered", "美團")}, marks=gap("…控股 with no legal form is no company name")),
    ("商汤科技与小米达成战略合作。", {("商汤科技", "partnered", "小米")}, set()),
    ("小米与商汤科技、科大讯飞达成战略合作。", {("小米", "partnered", "商汤科技"), ("小米", "partnered", "科大讯飞")},
     {("商汤科技", "partnered", "科大讯飞")}),
    ("蔚来与英伟达、高通签署合作协议。", {("蔚来", "partnered", "英伟达"), ("蔚来", "partnered", "高通")}, {("英伟达", "partnered", "高通")}),
    pytest.param("聯想與微軟及英偉達達成戰略合作。", {("聯想", "partnered", "微軟"), ("聯想", "partnered", "英偉達")}, set(), marks=gap("the knowledge base knows 联想集团, not 联想 alone")),
    ("星河科技已与百度签署战略合作框架协议。", {("星河科技", "partnered", "百度")}, set()),
    ("北京市科学技术委员会与海淀区人民政府共同主办人工智能创新大会。", {("北京市科学技术委员会", "partnered", "海淀区人民政府")}, set()),
    ("深圳市工业和信息化局与南山区人民政府联合举办人工智能论坛。", {("深圳市工业和信息化局", "partnered", "南山区人民政府")}, set()),
    ("中国人工智能学会与清华大学联合举办智能系统峰会。", {("中国人工智能学会", "partnered", "清华大学")}, set()),
    ("香港科技大學與香港生產力促進局共同主辦人工智能論壇。", {("香港科技大學", "partnered", "香港生產力促進局")}, set()),
    ("远帆控股有限公司于开曼群岛注册成立。", {("远帆控股有限公司", "jurisdiction", "开曼群岛")}, set()),
    ("远帆控股有限公司\n（於開曼群島註冊成立的有限公司）", {("远帆控股有限公司", "jurisdiction", "開曼群島")}, set()),
    ("銀河科技有限公司（於百慕達註冊成立的有限公司）今日公告。", {("銀河科技有限公司", "jurisdiction", "百慕達")}, set()),
    ("星河科技的注册地为新加坡。", {("星河科技", "jurisdiction", "新加坡")}, set()),
    ("星河科技总部位于杭州。", {("星河科技", "jurisdiction", "杭州")}, set()),
    ("阿里巴巴集團總部位於杭州。", {("阿里巴巴集團", "jurisdiction", "杭州")}, set()),
    ("之江实验室位于杭州。", {("之江实验室", "jurisdiction", "杭州")}, set()),
    ("鹏城实验室地处深圳。", {("鹏城实验室", "jurisdiction", "深圳")}, set()),
    ("北京智源人工智能研究院是一家位于北京的研究机构。", {("北京智源人工智能研究院", "jurisdiction", "北京")}, set()),
    ("腾讯认购星河科技发行的可转换债券。", {("腾讯", "investedIn", "星河科技")}, {("腾讯", "partnered", "星河科技")}),
    ("阿里巴巴集團同意認購銀河科技發行的可換股債券。", {("阿里巴巴集團", "investedIn", "銀河科技")}, {("阿里巴巴集團", "partnered", "銀河科技")}),
    ("红杉中国战略投资星河科技。", {("红杉中国", "investedIn", "星河科技")}, set()),
    ("红杉中国对星河科技进行战略投资。", {("红杉中国", "investedIn", "星河科技")}, set()),
    ("高瓴资本入股星河科技。", {("高瓴资本", "investedIn", "星河科技")}, set()),
    ("星河科技获得腾讯战略投资。", {("腾讯", "investedIn", "星河科技")}, set()),
    ("阿里巴巴旗下阿里云发布通义千问。", {("阿里云", "partOf", "阿里巴巴"), ("阿里云", "released", "通义千问")},
     {("阿里巴巴", "partnered", "阿里云")}),
    ("星河科技將與阿里巴巴集團旗下的淘寶及天貓合作。", {("淘寶", "partOf", "阿里巴巴集團"), ("天貓", "partOf", "阿里巴巴集團"),
                                       ("星河科技", "partnered", "淘寶")},
     {("淘寶", "partnered", "天貓"), ("阿里巴巴集團", "partnered", "淘寶")}),
    ("腾讯旗下腾讯云推出混元大模型。", {("腾讯云", "partOf", "腾讯")}, {("腾讯", "partnered", "腾讯云")}),
    pytest.param("字节跳动旗下的火山引擎与星河科技合作。", {("火山引擎", "partOf", "字节跳动"), ("火山引擎", "partnered", "星河科技")},
     {("字节跳动", "partnered", "火山引擎")}, marks=gap("a suffix name runs across 与 (火山引擎与星河科技)")),
    ("腾讯、阿里巴巴和百度签署《人工智能安全承诺》。", {("腾讯", "issued", "人工智能安全承诺"), ("阿里巴巴", "issued", "人工智能安全承诺"),
                                         ("百度", "issued", "人工智能安全承诺")}, set()),
    ("微軟與谷歌聯署《前沿人工智能安全承諾》。", {("微軟", "issued", "前沿人工智能安全承諾"), ("谷歌", "issued", "前沿人工智能安全承諾")}, set()),
    ("清华大学和北京大学共同签署《人工智能安全共识》。", {("清华大学", "issued", "人工智能安全共识"), ("北京大学", "issued", "人工智能安全共识")}, set()),
    # traps
    # (a supplier's clients are its partners, as the real annotations count them: kg.facts.roster Clients; rivals are none)
    ("星河科技的竞争对手包括腾讯、百度和京东。", set(), {("星河科技", "partnered", "腾讯"), ("星河科技", "released", "腾讯")}),
    ("銀河科技的競爭對手包括騰訊、百度及京東。", set(), {("銀河科技", "partnered", "騰訊"), ("銀河科技", "partnered", "百度")}),
    ("星河科技与百度、腾讯竞争。", set(), {("星河科技", "partnered", "百度"), ("星河科技", "partnered", "腾讯")}),
    ("星河科技的竞争对手包括百度和腾讯。", set(), {("星河科技", "partnered", "百度"), ("百度", "partnered", "腾讯")}),
    ("腾讯研究院发布《百度与腾讯合作生态报告》。", set(), {("百度", "partnered", "腾讯")}),
    ("百度在会上发布《人工智能产业合作白皮书》，腾讯出席。", set(), {("百度", "partnered", "腾讯")}),
    ("星河科技拟与腾讯合作。", set(), {("星河科技", "partnered", "腾讯")}),
    ("星河科技正与百度洽谈合作。", set(), {("星河科技", "partnered", "百度")}),
    ("星河科技未与百度达成合作。", set(), {("星河科技", "partnered", "百度")}),
    ("腾讯正与星河科技洽谈入股事宜。", set(), {("腾讯", "investedIn", "星河科技")}),
    ("星河科技在美国注册了Luna商标。", set(), {("星河科技", "jurisdiction", "美国")}),
    ("星河科技于欧盟注册星河商标。", set(), {("星河科技", "jurisdiction", "欧盟")}),
    ("星河科技的注册用户超过一亿。", set(), {("星河科技", "jurisdiction", "一亿")}),
    ("中国人工智能产业发展联盟发布《人工智能安全承诺》，腾讯、百度等企业代表出席。",
     {("中国人工智能产业发展联盟", "issued", "人工智能安全承诺")},
     {("腾讯", "issued", "人工智能安全承诺"), ("百度", "issued", "人工智能安全承诺")}),
    pytest.param("星河科技推出的星河助手与百度的文心一言竞争。", {("星河科技", "released", "星河助手")}, {("星河科技", "released", "文心一言")}, marks=gap("推出 reaches past 与 into another owner's model")),
    ("腾讯旗下的优图实验室开源了优图-7B模型。", set(), {("腾讯", "released", "优图-7B")}),
    ("阿里巴巴集團旗下的淘寶與天貓均為電商平台。", set(), {("淘寶", "partnered", "天貓")}),
]


def _facts_as_read(as_read, facts: set) -> set:
    """Facts with their names as the pipeline reads them (``as_read``: the conftest fixture)."""
    return {(as_read(head), relation, as_read(tail)) for head, relation, tail in facts}


@pytest.mark.parametrize("sentence, present, absent", COMPANY_FACTS)
def test_what_an_announcement_says_a_company_did(read_facts, as_read, sentence, present, absent):
    found = read_facts(as_read(sentence))
    assert _facts_as_read(as_read, present) <= found and not (_facts_as_read(as_read, absent) & found)


# Inventory of accusations, inquiries and sponsors told in Chinese news prose (invented parties, real
# regulators), in Simplified and Traditional: a complaint, a letter, a notice of intent to sue, a
# warning, a finding of a breach (认定…违反: investigated and accused), an inquiry opened or a company summoned,
# a bill's author.  Then traps that state none of it: an accusation inside a lawsuit, a denial, criticism or
# doubt of a law or of the industry at large (a named critic of a company accuses it), an inquiry only possible
# or called for, a bill's supporters.
# Rows: sentence, facts read, facts not read.
ACCUSATIONS = [
    ("中国消费者协会指控北辰智能科技有限公司在广告中误导用户。", {("中国消费者协会", "accused", "北辰智能科技有限公司")}, set()),
    ("中国作家协会发表公开信，指责明川科技公司未经许可使用会员作品训练模型。", {("中国作家协会", "accused", "明川科技公司")}, set()),
    ("绿源环保协会代表当地居民向明川科技公司发出律师函，指控其数据中心污染空气。", {("绿源环保协会", "accused", "明川科技公司")},
     {("绿源环保协会", "sued", "明川科技公司")}),
    # a named critic voicing criticism, doubt, displeasure or objection about a company's conduct, outside a
    # lawsuit (bench/real/README.md, round 76: 批评, 质疑, 不满, 反对 read as accused)
    ("隐私国际质疑明川科技公司的数据来源是否合法。", {("隐私国际", "accused", "明川科技公司")}, set()),
    ("全国护士工会在医院外抗议，批评华岳数据公司将病历用于训练模型。", {("全国护士工会", "accused", "华岳数据公司")}, set()),
    ("中国作家协会对明川科技公司的分成规则表示不满。", {("中国作家协会", "accused", "明川科技公司")}, set()),
    ("中國作家協會對明川科技公司的分成規則表示不滿。", {("中國作家協會", "accused", "明川科技公司")}, set()),
    ("中国作家协会致函明川科技公司，反对其未经授权使用会员作品训练模型。", {("中国作家协会", "accused", "明川科技公司")}, set()),
    # traps: criticism inside a lawsuit's story, an opposition party, a condition not met
    ("中国作家协会在起诉书中批评明川科技公司盗用会员作品。", set(), {("中国作家协会", "accused", "明川科技公司")}),
    ("明川科技公司在诉讼中反对华岳数据公司的证据申请。", set(), {("明川科技公司", "accused", "华岳数据公司")}),
    ("澳洲反對黨領袖約翰·史密斯表示，民眾應考慮卸載明川科技公司的應用。", set(), {("約翰·史密斯", "accused", "明川科技公司")}),
    ("法院认为明川科技公司不满足合理使用的要件。", set(), {("明川科技公司", "accused", "合理使用")}),
    ("欧洲议会以71票赞成、8票反对批准了与北辰智能科技有限公司达成的协议。", set(),
     {("欧洲议会", "accused", "北辰智能科技有限公司")}),
    ("中国消费者协会向国家网信办举报华岳数据公司违规收集人脸信息。", {("中国消费者协会", "accused", "华岳数据公司")},
     {("国家网信办", "accused", "华岳数据公司")}),
    ("中国消费者协会向国家市场监督管理总局投诉明川科技公司虚假宣传。", {("中国消费者协会", "accused", "明川科技公司")}, set()),
    ("中国作家协会控诉明川科技公司盗用作家作品。", {("中国作家协会", "accused", "明川科技公司")}, set()),
    ("绿源环保协会代表全国有色人种协进会向明川科技公司发出起诉意向通知，指控其违反《清洁空气法》。",
     {("绿源环保协会", "accused", "明川科技公司"), ("全国有色人种协进会", "accused", "明川科技公司")},
     {("绿源环保协会", "sued", "明川科技公司"), ("全国有色人种协进会", "sued", "明川科技公司")}),
    ("意大利个人数据保护局向蓝鲸传媒集团发出正式警告，称其向OpenAI提供数据可能违反《通用数据保护条例》。",
     {("意大利个人数据保护局", "accused", "蓝鲸传媒集团")}, set()),
    ("法国国家信息与自由委员会认定明川科技公司违反了《通用数据保护条例》。",
     {("法国国家信息与自由委员会", "accused", "明川科技公司"), ("法国国家信息与自由委员会", "investigated", "明川科技公司")}, set()),
    ("澳大利亚法律服务委员会认定律师彼得·莫兰违反执业规则。",
     {("澳大利亚法律服务委员会", "accused", "彼得·莫兰"), ("澳大利亚法律服务委员会", "investigated", "彼得·莫兰")}, set()),
    ("中國消費者協會指控北辰智能科技有限公司誤導用戶。", {("中國消費者協會", "accused", "北辰智能科技有限公司")}, set()),
    ("中國作家協會發表公開信，指責明川科技公司未經許可使用會員作品。", {("中國作家協會", "accused", "明川科技公司")}, set()),
    ("意大利個人數據保護局向藍鯨傳媒集團發出正式警告。", {("意大利個人數據保護局", "accused", "藍鯨傳媒集團")}, set()),
    ("法國國家信息與自由委員會認定明川科技公司違反《通用數據保護條例》。",
     {("法國國家信息與自由委員會", "accused", "明川科技公司"), ("法國國家信息與自由委員會", "investigated", "明川科技公司")}, set()),
    # inquiries
    ("国家市场监督管理总局对明川科技公司立案调查。", {("国家市场监督管理总局", "investigated", "明川科技公司")}, set()),
    ("美国联邦贸易委员会就亚马逊与明川科技公司的交易展开调查。",
     {("美国联邦贸易委员会", "investigated", "亚马逊"), ("美国联邦贸易委员会", "investigated", "明川科技公司")}, set()),
    ("英国竞争和市场管理局启动对明川科技公司的审查。", {("英国竞争和市场管理局", "investigated", "明川科技公司")}, set()),
    ("深圳证券交易所向明川科技公司发出问询函。", {("深圳证券交易所", "investigated", "明川科技公司")}, set()),
    ("国家网信办约谈了明川科技公司。", {("国家网信办", "investigated", "明川科技公司")}, set()),
    ("欧盟委员会对明川科技公司展开反垄断调查。", {("欧盟委员会", "investigated", "明川科技公司")}, set()),
    ("爱尔兰数据保护委员会对蓝鲸传媒集团启动审查。", {("爱尔兰数据保护委员会", "investigated", "蓝鲸传媒集团")}, set()),
    ("明川科技公司遭美国联邦贸易委员会调查。", {("美国联邦贸易委员会", "investigated", "明川科技公司")}, set()),
    pytest.param("公平交易委員會對明川科技公司展開調查。", {("公平交易委員會", "investigated", "明川科技公司")}, set(), marks=gap("公平交易委员会对明川科技公司 is cut as one company name")),
    ("國家網信辦約談了明川科技公司。", {("國家網信辦", "investigated", "明川科技公司")}, set()),
    # a bill's author
    ("参议员约翰·史密斯提出《人工智能透明度法案》。", {("约翰·史密斯", "proposed", "人工智能透明度法案")}, set()),
    ("《人工智能透明度法案》由众议员玛丽亚·洛佩斯提交。", {("玛丽亚·洛佩斯", "proposed", "人工智能透明度法案")}, set()),
    ("国家网信办牵头起草《生成式人工智能标识办法》。", {("国家网信办", "proposed", "生成式人工智能标识办法")}, set()),
    ("众议员玛丽亚·洛佩斯提交的《聊天机器人安全法案》要求平台核验用户年龄。", {("玛丽亚·洛佩斯", "proposed", "聊天机器人安全法案")}, set()),
    ("欧盟委员会提出《人工智能责任指令》草案。", {("欧盟委员会", "proposed", "人工智能责任指令")}, set()),
    ("行政院提出《人工智慧基本法》草案。", {("行政院", "proposed", "人工智慧基本法")}, set()),
    # traps
    ("明川科技公司起诉北辰智能科技有限公司，指控其窃取商业秘密。", set(), {("明川科技公司", "accused", "北辰智能科技有限公司")}),
    ("明川科技公司在诉状中指控北辰智能科技有限公司抄袭其代码。", set(), {("明川科技公司", "accused", "北辰智能科技有限公司")}),
    ("北辰智能科技有限公司否认了明川科技公司提出的侵权指控。", set(), {("北辰智能科技有限公司", "accused", "明川科技公司")}),
    ("中国消费者协会批评《人工智能法案》过于宽松。", set(), {("中国消费者协会", "accused", "人工智能法案")}),
    ("欧盟委员会可能对明川科技公司展开调查。", set(), {("欧盟委员会", "investigated", "明川科技公司")}),
    ("中国消费者协会呼吁国家网信办对明川科技公司展开调查。", set(),
     {("国家网信办", "investigated", "明川科技公司"), ("中国消费者协会", "investigated", "明川科技公司")}),
    ("明川科技公司发布新模型后，中国消费者协会批评整个行业缺乏透明度。", set(), {("中国消费者协会", "accused", "明川科技公司")}),
    ("参议员约翰·史密斯提出的《人工智能透明度法案》获得了中国消费者协会的支持。",
     {("约翰·史密斯", "proposed", "人工智能透明度法案")}, {("中国消费者协会", "proposed", "人工智能透明度法案")}),
    ("国家网信办表示将考虑对明川科技公司展开调查。", set(), {("国家网信办", "investigated", "明川科技公司")}),
    ("明川科技公司称其从未受到国家网信办调查。", set(), {("国家网信办", "investigated", "明川科技公司")}),
    ("中国消费者协会赞扬明川科技公司保护用户隐私。", set(), {("中国消费者协会", "accused", "明川科技公司")}),
    # a complaint lodged with a body (向…举报/投诉): whom it names after its cue, else no one; a warning
    # or a notice of intent to sue accuses whom it is sent to, for those it is sent for too
    ("绿源环保协会向北京市生态环境局举报美团违规排放。", {("绿源环保协会", "accused", "美团")},
     {("绿源环保协会", "accused", "北京市生态环境局")}),
    ("中國作家協會向國家版權局投訴明川科技公司盜用作品。", {("中國作家協會", "accused", "明川科技公司")},
     {("中國作家協會", "accused", "國家版權局")}),
    ("英国信息专员办公室向蓝鲸传媒集团发出书面警告。", {("英国信息专员办公室", "accused", "蓝鲸传媒集团")}, set()),
    ("隐私国际代表多名用户向明川科技公司发出律师函。", {("隐私国际", "accused", "明川科技公司")}, set()),
    ("北辰律师事务所代表中国作家协会向明川科技公司发出起诉意向书。",
     {("北辰律师事务所", "accused", "明川科技公司"), ("中国作家协会", "accused", "明川科技公司")},
     {("北辰律师事务所", "sued", "明川科技公司"), ("中国作家协会", "sued", "明川科技公司")}),
    ("爱尔兰数据保护委员会认定蓝鲸传媒集团违反数据最小化原则。",
     {("爱尔兰数据保护委员会", "accused", "蓝鲸传媒集团"), ("爱尔兰数据保护委员会", "investigated", "蓝鲸传媒集团")}, set()),
    ("英国竞争和市场管理局调查后认定，明川科技公司违反了消费者保护规定。",
     {("英国竞争和市场管理局", "accused", "明川科技公司"), ("英国竞争和市场管理局", "investigated", "明川科技公司")}, set()),
    ("谷歌与星河科技的交易引发英国竞争和市场管理局审查。",
     {("英国竞争和市场管理局", "investigated", "谷歌"), ("英国竞争和市场管理局", "investigated", "星河科技")}, set()),
    # traps: a complaint about a law lodged with a body, a warning to the public, an inquiry closed with no
    # breach found, a finding of no breach or of a status, a court's finding, an inquiry drawn by no name,
    # attention drawn, a denial, an inquiry planned or urged
    ("中国消费者协会向国家网信办投诉称，相关规定过于宽松。", set(),
     {("中国消费者协会", "accused", "国家网信办"), ("中国消费者协会", "sued", "国家网信办")}),
    ("国家网信办发出警告，提醒公众警惕AI换脸诈骗。", set(), {("国家网信办", "accused", "公众")}),
    ("美国联邦贸易委员会结束对明川科技公司的调查，未认定其违反任何法律。",
     {("美国联邦贸易委员会", "investigated", "明川科技公司")}, {("美国联邦贸易委员会", "accused", "明川科技公司")}),
    ("国家数据局认定明川科技公司为数据安全重点企业。", set(),
     {("国家数据局", "accused", "明川科技公司"), ("国家数据局", "investigated", "明川科技公司")}),
    ("北京互联网法院认定明川科技公司侵犯著作权。", set(), {("北京互联网法院", "accused", "明川科技公司"),
                                        ("北京互联网法院", "investigated", "明川科技公司")}),
    ("该交易引起美国联邦贸易委员会问询。", set(), {("美国联邦贸易委员会", "investigated", "该交易")}),
    ("明川科技公司的新模型引发欧盟委员会关注。", set(), {("欧盟委员会", "investigated", "明川科技公司")}),
    ("明川科技公司否认其违反了《通用数据保护条例》。", set(), {("明川科技公司", "accused", "通用数据保护条例")}),
    ("国家网信办计划对明川科技公司开展专项检查。", set(), {("国家网信办", "investigated", "明川科技公司")}),
    ("中国作家协会敦促国家版权局对明川科技公司立案调查。", set(),
     {("国家版权局", "investigated", "明川科技公司"), ("中国作家协会", "investigated", "明川科技公司")}),
    ("中国消费者协会可能就此批评明川科技公司。", set(), {("中国消费者协会", "accused", "明川科技公司")}),
]


def test_a_litigants_criticism_outside_the_suit_is_an_accusation(read_facts, as_read):
    # a party's criticism of the one it sues, told in a sentence naming no suit, is its own accusation
    # (bench/real/README.md, round 76); a charge it makes of the party it sues stays the suit's
    criticised = read_facts(as_read("明川科技公司起诉华岳数据公司侵犯著作权。此前，明川科技公司多次批评华岳数据公司的数据做法。"))
    assert ("明川科技公司", "accused", "华岳数据公司") in criticised
    charged = read_facts(as_read("明川科技公司起诉华岳数据公司侵犯著作权。明川科技公司指控华岳数据公司窃取代码。"))
    assert ("明川科技公司", "accused", "华岳数据公司") not in charged


# Inventory of enforcement acts (round 31), Simplified and Traditional: a report of a name to whoever is
# addressed after 向 (app stores, a platform: the name reported is accused, the addressees not), fines on a
# list; then traps: a fine or a ban only possible, weighed or called for, a report with no name after its cue.
ENFORCEMENT = [
    ("柏林数据保护专员向苹果和谷歌举报明川科技公司的应用违法。", {("柏林数据保护专员", "accused", "明川科技公司")},
     {("柏林数据保护专员", "accused", "苹果"), ("柏林数据保护专员", "accused", "谷歌")}),
    ("隐私国际向苹果公司举报北辰智能科技有限公司违规收集数据。", {("隐私国际", "accused", "北辰智能科技有限公司")},
     {("隐私国际", "accused", "苹果公司")}),
    ("中国作家协会向华岳数据公司检举明川科技公司盗用会员作品。", {("中国作家协会", "accused", "明川科技公司")},
     {("中国作家协会", "accused", "华岳数据公司")}),
    ("柏林數據保護專員向蘋果和谷歌舉報明川科技公司的應用違法。", {("柏林數據保護專員", "accused", "明川科技公司")},
     {("柏林數據保護專員", "accused", "蘋果"), ("柏林數據保護專員", "accused", "谷歌")}),
    ("国家市场监督管理总局对星河科技有限公司、云帆网络有限公司分别处以罚款。",
     {("国家市场监督管理总局", "fined", "星河科技有限公司"), ("国家市场监督管理总局", "fined", "云帆网络有限公司")}, set()),
    ("國家市場監督管理總局對星河科技有限公司、雲帆網絡有限公司分別處以罰款。",
     {("國家市場監督管理總局", "fined", "星河科技有限公司"), ("國家市場監督管理總局", "fined", "雲帆網絡有限公司")}, set()),
    ("意大利个人数据保护局对明川科技公司处以罚款。", {("意大利个人数据保护局", "fined", "明川科技公司")}, set()),
    ("星河科技有限公司计划限制中国用户对其服务的访问。", {("星河科技有限公司", "banned", "中国")}, set()),  # a plan told as done
    # traps
    ("隐私国际向苹果公司举报称其应用商店审核不严。", {("隐私国际", "accused", "苹果公司")}, set()),
    ("意大利个人数据保护局可能对明川科技公司处以罚款。", set(), {("意大利个人数据保护局", "fined", "明川科技公司")}),
    ("歐盟委員會或將對明川科技公司處以罰款。", set(), {("歐盟委員會", "fined", "明川科技公司")}),
    ("国家网信办考虑禁止明川科技公司的应用。", set(), {("国家网信办", "banned", "明川科技公司")}),
    ("中国消费者协会呼吁国家网信办禁止明川科技公司的应用。", set(),
     {("国家网信办", "banned", "明川科技公司"), ("中国消费者协会", "banned", "明川科技公司")}),
    ("國家網信辦打算禁止明川科技公司的應用。", set(), {("國家網信辦", "banned", "明川科技公司")}),
]


@pytest.mark.parametrize("sentence, present, absent", ACCUSATIONS + ENFORCEMENT)
def test_inventory_accusations_inquiries_and_sponsors(read_facts, as_read, sentence, present, absent):
    found = read_facts(as_read(sentence))
    assert _facts_as_read(as_read, present) <= found and not (_facts_as_read(as_read, absent) & found)


def test_members_a_named_plaintiff_sues_for_are_no_actors_but_unnamed_members_are(read_facts):
    assert ("蓝鲸科技公司", "sued", "云帆智能公司") in read_facts("蓝鲸科技公司代表全体用户起诉云帆智能公司。")
    assert not {f for f in read_facts("蓝鲸科技公司的律师代表用户起诉云帆智能公司。") if f[1] == "sued"}


# Inventory of the bodies that make an instrument together (kg.facts.cue with kg.facts.grammar joint_lead,
# act_filler 参与; the cue 编制): the body leading, those joining it, in Simplified and Traditional; then
# traps (work under way, a body only describing another, a leader that only comments).  Rows: sentence,
# facts read, facts not read.
JOINT_MAKERS = [
    ("《大模型安全评估指南》由中国信息通信研究院牵头、清华大学等单位参与编制。",
     {("中国信息通信研究院", "issued", "大模型安全评估指南"), ("清华大学", "issued", "大模型安全评估指南")}, set()),
    ("《大模型安全评估指南》由中国信息通信研究院牵头，联合华为、百度共同编制。",
     {("中国信息通信研究院", "issued", "大模型安全评估指南"), ("华为", "issued", "大模型安全评估指南"),
      ("百度", "issued", "大模型安全评估指南")}, set()),
    ("中国信息通信研究院牵头，联合清华大学发布《大模型安全评估指南》。",
     {("中国信息通信研究院", "issued", "大模型安全评估指南"), ("清华大学", "issued", "大模型安全评估指南"),
      ("中国信息通信研究院", "partnered", "清华大学")}, set()),
    ("由中国信息通信研究院和清华大学共同编制的《大模型安全评估指南》正式发布。",
     {("中国信息通信研究院", "issued", "大模型安全评估指南"), ("清华大学", "issued", "大模型安全评估指南")}, set()),
    ("《大模型安全评估指南》由中国信息通信研究院牵头，清华大学参与编制。",
     {("中国信息通信研究院", "issued", "大模型安全评估指南"), ("清华大学", "issued", "大模型安全评估指南")}, set()),
    # traps
    ("深圳市财政局正在编制《深圳市人工智能产业规划》。", set(),
     {("深圳市财政局", "issued", "深圳市人工智能产业规划")}),
    ("《大模型安全评估指南》由中国信息通信研究院牵头编制，清华大学对此表示反对。",
     {("中国信息通信研究院", "issued", "大模型安全评估指南")}, {("清华大学", "issued", "大模型安全评估指南")}),
    ("中国信息通信研究院牵头的课题组认为《大模型安全评估指南》仍需完善。", set(),
     {("中国信息通信研究院", "issued", "大模型安全评估指南")}),
    ("《大模型安全评估指南》由中国信息通信研究院委托编制。", set(),  # commissioned, made by others
     {("中国信息通信研究院", "issued", "大模型安全评估指南")}),
    ("《大模型安全评估指南》由中国信息通信研究院委托清华大学编制。", {("清华大学", "issued", "大模型安全评估指南")},
     {("中国信息通信研究院", "issued", "大模型安全评估指南")}),
]


def test_a_traditional_instrument_led_by_one_body_and_joined_by_another(pipeline, write_doc):
    result = pipeline.process(write_doc("tw.txt", "指南發布\n\n《大模型安全評估指南》由中國信息通信研究院牽頭、清華大學參與編製。\n"))
    found = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    assert {("中國信息通信研究院", "issued", "大模型安全評估指南"), ("清華大學", "issued", "大模型安全評估指南")} <= found


# English: a draft word right before or after the instrument (the proposed X, its X proposal), a relative clause
# whose actor acts on the instrument before it (the X package that the Commission proposed); traps: a final text
# after a consultation, an instrument the clause's actor only opposed.
ENGLISH_DRAFTS = [
    ("The European Commission unveiled its Digital Fairness Act proposal on Wednesday.",
     {("European Commission", "proposed", "Digital Fairness Act")}, {("European Commission", "issued", "Digital Fairness Act")}),
    ("The European Commission put forward its Digital Fairness Act proposal on Wednesday.",
     {("European Commission", "proposed", "Digital Fairness Act")}, {("European Commission", "issued", "Digital Fairness Act")}),
    ("The Monetary Authority of Singapore published a consultation paper on the proposed Guidelines on AI Risk Management.",
     {("Monetary Authority of Singapore", "proposed", "Guidelines on AI Risk Management")},
     {("Monetary Authority of Singapore", "issued", "Guidelines on AI Risk Management")}),
    ("The Digital Fairness Act package that the European Commission proposed on November 19 would delay parts of the AI Act.",
     {("European Commission", "proposed", "Digital Fairness Act")}, {("European Commission", "proposed", "AI Act")}),
    ("The Online Harms Bill, which the Ministry of Law tabled in March, would amend the Broadcasting Act.",
     {("Ministry of Law", "proposed", "Online Harms Bill")}, {("Ministry of Law", "proposed", "Broadcasting Act")}),
    # traps
    ("The Monetary Authority of Singapore published the Guidelines on AI Risk Management after a consultation.",
     {("Monetary Authority of Singapore", "issued", "Guidelines on AI Risk Management")},
     {("Monetary Authority of Singapore", "proposed", "Guidelines on AI Risk Management")}),
    ("The Online Harms Bill that the Ministry of Law opposed returns to Parliament.", set(),
     {("Ministry of Law", "proposed", "Online Harms Bill"), ("Ministry of Law", "issued", "Online Harms Bill")}),
]


@pytest.mark.parametrize("sentence, read, not_read", JOINT_MAKERS + ENGLISH_DRAFTS)
def test_who_made_an_instrument_and_whether_it_is_a_draft(read_facts, sentence, read, not_read):
    found = read_facts(sentence)
    assert read <= found
    assert not (not_read & found)


def test_law_described_reads_as_describes_law_over_every_law_after_the_position():
    import random
    from kg.facts.cue import Cues
    from kg.model import Mention
    rng = random.Random(5)
    pieces = ["参议员", "张三", "提出的", "《法案》", "，", " ", "（注）", "的", "《规定》", "在", "通过"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 30)))
        laws = [Mention(text[i:j], "Law", i, j) for i in range(len(text)) if text[i] == "《"
                for j in [text.find("》", i) + 1] if j > i]
        for position in range(len(text) + 1):
            expected = any(Cues.describes_law(text, position, law) for law in laws if law.start > position)
            assert Cues.law_described(text, position, laws) == expected, (text, position)


# -- the cue filters: named, shown by kg explain, switched off one by one ----------------------
def test_explain_names_the_cue_filter_that_stopped_a_joint_suits_partnership(pipeline):
    from kg.explain import explain_text
    rows = explain_text(pipeline, "OpenAI、微软和谷歌联合起诉Meta。")
    suppressed = {(row["head"], row["relation"], row["tail"], row["by"]) for row in rows["facts"]
                  if row["step"] == "suppressed" and row["by"].startswith("cue:")}
    assert suppressed == {(one, "partnered", "Meta", "cue:joint-suit") for one in ("OpenAI", "微软", "谷歌")}
    assert {(row["head"], row["relation"], row["tail"]) for row in rows["facts"] if row["step"] == "read"} == {
        (one, "sued", "Meta") for one in ("OpenAI", "微软", "谷歌")}
    assert not {row["relation"] for row in rows["graph"]} & {"partnered"}


def test_explain_names_the_negation_filter_and_switching_it_off_reads_the_denied_suit(pipeline):
    from kg.explain import explain_text
    rows = explain_text(pipeline, "腾讯并未起诉字节跳动。")
    assert [(row["head"], row["relation"], row["tail"], row["by"]) for row in rows["facts"]] == [
        ("腾讯", "sued", "字节跳动", "cue:negated")]
    extractor = pipeline.extractor
    try:
        pipeline.extractor = extractor.without(frozenset({"cue:negated"}))
        rows = explain_text(pipeline, "腾讯并未起诉字节跳动。")
    finally:
        pipeline.extractor = extractor
    assert ("腾讯", "sued", "字节跳动") in {(row["head"], row["relation"], row["tail"]) for row in rows["graph"]}


def test_cue_filters_are_named_once_and_switching_one_off_leaves_the_built_family_whole(pipeline):
    from kg.facts import cue as cue_module
    extractor = pipeline.extractor
    cues = next(one for one in extractor.sentence_families if isinstance(one, cue_module.Cues))
    switched = cues.switched(frozenset({"cue:negated"}))
    assert "negated" not in {one.name for one in switched.filters}
    assert "negated" in {one.name for one in cues.filters}  # the family built stays whole
    assert cues.switched(frozenset({"litigation"})) is cues
    names = {one.name for one in (*cue_module.CUE_FILTERS, *cue_module.ROLE_FILTERS)}
    assert len(names) == len(cue_module.CUE_FILTERS) + len(cue_module.ROLE_FILTERS)  # each named once


@pytest.mark.parametrize("text, actor", [
    ("（中央社记者王明台北23日电）海川集团今天起诉星河科技。", "海川集团"),
    ("（中央社記者王明臺北23日電）海川集團今天起訴星河科技。", "海川集团"),
    ("（星河社海牙3日综合外电报导）荷兰当局今天对美国人脸辨识公司云图科技处以3050万欧元罚款。", None),
    ("（星河社海牙3日綜合外電報導）荷蘭當局今天對美國人臉辨識公司雲圖科技處以3050萬歐元罰款。", None),
])
def test_the_outlet_of_a_bracketed_dateline_acts_on_nothing(pipeline, read_facts, text, actor):
    found = read_facts(pipeline.conversion(text))
    assert not {f for f in found if f[0] in ("中央社", "星河社")}
    assert actor is None or (actor, "sued", "星河科技") in found


# Drafting told in the words of Taiwan's and the mainland's releases (研拟, 拟具, 预告 a draft, 公告 a draft or a
# final text), in Simplified and in Traditional as OpenCC s2t writes it.  Rows: sentence, fact read.
DRAFTING_WORDS = [
    ("国科会去年公告《人工智能基本法》草案，预告期60天。", ("国科会", "proposed", "人工智能基本法")),
    ("国科会拟具《人工智能基本法》草案。", ("国科会", "proposed", "人工智能基本法")),
    ("数位发展部研拟《人工智能风险分类框架》。", ("数位发展部", "proposed", "人工智能风险分类框架")),
    ("数位发展部预告《人工智能风险分类框架》草案。", ("数位发展部", "proposed", "人工智能风险分类框架")),
    ("国家网信办公告《生成式人工智能服务管理暂行办法》，自8月15日起施行。",
     ("国家网信办", "issued", "生成式人工智能服务管理暂行办法")),
]


@pytest.mark.parametrize("sentence, fact", DRAFTING_WORDS)
def test_drafting_and_announcing_words_of_releases(read_facts, as_read, sentence, fact):
    import opencc
    for text in (sentence, as_read(opencc.OpenCC("s2t").convert(sentence))):
        assert _facts_as_read(as_read, {fact}) <= read_facts(text), text


@pytest.mark.parametrize("sentence", [
    "根据国家网信办的公告，《生成式人工智能服务管理暂行办法》自8月15日起施行。",  # the notice, no act of announcing
    "星河科技发布公告称，《人工智能基本法》将影响其业务。",  # the company's notice is about the law
])
def test_a_notice_named_as_a_noun_announces_no_law(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] in ("issued", "proposed") and f[2] != "公告"}


@pytest.mark.parametrize("sentence, banned, ordered", [
    ("德国联邦数据保护专员已要求苹果和谷歌下架DeepSeek。", ("德国联邦数据保护专员", "DeepSeek"), {"苹果", "谷歌"}),
    ("國家網信辦責令各應用商店下架明川助手。", ("国家网信办", "明川助手"), set()),
])
def test_platforms_ordered_to_remove_a_product_ban_the_product_not_the_platforms(read_facts, as_read, sentence, banned,
                                                                                 ordered):
    found = read_facts(as_read(sentence))
    assert (banned[0], "banned", banned[1]) in found
    assert not {t for h, r, t in found if r == "banned" and t in ordered}


def test_a_company_ordered_to_stop_its_own_service_is_still_banned(read_facts):
    found = read_facts("意大利数据保护局命令OpenAI暂停ChatGPT在意大利的服务。")
    assert ("意大利数据保护局", "banned", "OpenAI") in found


# A news item's dateline whose outlet is followed by a place and a date, and ended by a space or a bracket
# (星河社北京7月2日电 …; 星河科技讯（作者/王明）6月27日消息，…): its outlet acts on nothing the item tells.
@pytest.mark.parametrize("text", [
    "星河社北京7月2日电 为防范数据安全风险，云图审查办公室对“云途出行”实施网络安全审查。",
    "星河網北京7月2日電 為防範數據安全風險，雲圖審查辦公室對「雲途出行」實施網絡安全審查。",
    "星河科技讯（作者/王明）6月27日消息，欧盟以反垄断为由对谷歌处以24亿欧元罚款。",
    "星河科技訊（作者/王明）6月27日消息，歐盟以反壟斷為由對谷歌處以24億歐元罰款。",
])
def test_the_outlet_of_a_dateline_with_its_place_or_byline_acts_on_nothing(pipeline, read_facts, text):
    found = read_facts(pipeline.conversion(text))
    assert not {f for f in found if f[0].startswith("星河") and f[1] in ("investigated", "fined")}, found


def test_the_outlet_of_a_spaced_dateline_leaves_the_act_to_its_actor(pipeline, read_facts):
    for text in ("星河社北京12月27日电 国家互联网信息办公室对星途科技公司处以50万元罚款。",
                 "星河社北京12月27日電 國家互聯網信息辦公室對星途科技公司處以50萬元罰款。"):
        found = read_facts(pipeline.conversion(text))
        assert ("国家互联网信息办公室", "fined", "星途科技公司") in found, found
        assert not {f for f in found if f[0] == "星河社"}


# Words that hold an intention's word but tell no intention (虚拟货币, 模拟, 拟人化; a plan or a consideration
# named as a noun after 的): the inquiry, the fine or the accusation is done.  Rows: sentence, fact read.
@pytest.mark.parametrize("sentence, fact", [
    ("美国证券交易委员会对虚拟货币交易所Coinbase展开调查。", ("美国证券交易委员会", "investigated", "Coinbase")),
    ("国家网信办对拟人化聊天应用星语科技展开调查。", ("国家网信办", "investigated", "星语科技")),
    ("欧盟委员会就谷歌的收购计划展开调查。", ("欧盟委员会", "investigated", "谷歌")),
    ("电子前哨基金会一直对 OpenAI 的重组计划提出指控。", ("电子前哨基金会", "accused", "OpenAI")),
    ("意大利数据保护局对模拟人声应用星语科技处以罚款。", ("意大利数据保护局", "fined", "星语科技")),
])
def test_a_word_holding_an_intention_word_leaves_the_act_done(pipeline, read_facts, sentence, fact):
    for text in (sentence, opencc.OpenCC("s2t").convert(sentence)):
        assert fact in read_facts(pipeline.conversion(text)), text


@pytest.mark.parametrize("sentence", [
    "欧盟委员会计划对谷歌展开调查。",
    "美国司法部拟对谷歌处以罚款。",
    "欧盟委员会正在考虑对谷歌展开调查。",
])
def test_an_intended_act_is_still_not_done(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] in ("investigated", "fined")}


# An inquiry about a matter (就X的…) with its target after 对 (就ChatGPT的数据泄露事件对OpenAI展开调查): the
# target is the name after 对, the matter only what the inquiry is about.
@pytest.mark.parametrize("sentence, body, target, matter", [
    ("意大利数据保护局就ChatGPT的数据泄露事件对OpenAI展开调查。", "意大利数据保护局", "OpenAI", "ChatGPT"),
    ("市场监管总局就阿里巴巴的定价行为对腾讯立案调查。", "市场监管总局", "腾讯", "阿里巴巴"),
    ("欧盟委员会就苹果的应用商店规则对谷歌处以罚款。", "欧盟委员会", "谷歌", "苹果"),
])
def test_a_target_after_dui_is_the_target_of_an_act_about_a_matter(pipeline, read_facts, sentence, body, target, matter):
    for text in (sentence, opencc.OpenCC("s2t").convert(sentence)):
        found = read_facts(pipeline.conversion(text))
        relation = "fined" if "罚" in sentence else "investigated"
        assert (body, relation, target) in found, (text, found)
        assert (body, relation, matter) not in found, (text, found)


# A ban named as a noun a state body orders against its target (对X发布临时禁令, 下达禁令, 实施出口禁令); a court's
# order of the same word is an injunction (adjudicated), a party's request for one no ban.  Rows: sentence, fact.
@pytest.mark.parametrize("sentence, fact", [
    ("意大利数据保护局已对星语科技发布临时禁令。", ("意大利数据保护局", "banned", "星语科技")),
    ("意大利数据保护局对星语科技下达禁令，要求其停止处理用户数据。", ("意大利数据保护局", "banned", "星语科技")),
    ("美国商务部对星途科技实施出口禁令。", ("美国商务部", "banned", "星途科技")),
    ("印度政府对星途科技颁布禁令。", ("印度政府", "banned", "星途科技")),
])
def test_a_ban_a_state_body_orders_as_a_noun_bans_its_target(pipeline, read_facts, sentence, fact):
    for text in (sentence, opencc.OpenCC("s2t").convert(sentence)):
        assert fact in read_facts(pipeline.conversion(text)), text


@pytest.mark.parametrize("sentence", [
    "北京互联网法院对星途科技发出禁令。",
    "法官认为，马斯克目前提交的证据不足以支持发布禁令。",
])
def test_an_injunction_or_a_request_for_one_bans_nothing(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "banned"}


# A ban lifted (解除了对X的出口限制, 撤销对X的禁令, 取消了对X的暂停令): no ban imposed.
@pytest.mark.parametrize("sentence", [
    "美国商务部解除了对星途科技的出口限制。",
    "意大利数据保护局取消了对星语科技的暂停令。",
    "美国商务部撤销对星途科技的禁令。",
    "意大利数据保护局解除对星语科技的封禁。",
])
def test_a_lifted_ban_bans_nothing(pipeline, read_facts, sentence):
    for text in (sentence, opencc.OpenCC("s2t").convert(sentence)):
        assert not {f for f in read_facts(pipeline.conversion(text)) if f[1] == "banned"}, text
    assert {f for f in read_facts(sentence.replace("解除了对", "对").replace("取消了对", "对").replace("撤销对", "对")
                                   .replace("解除对", "对")) if f[1] == "banned"}  # the same ban imposed is one


@pytest.mark.parametrize("sentence", [
    "雷恩的家人起诉OpenAI及其首席执行官奥特曼，指控ChatGPT诱导这名青少年自残。",
    "雷恩的家人起訴OpenAI及其執行長奧特曼，指控ChatGPT誘導這名青少年自殘。",
])
def test_a_model_an_accusation_names_is_what_it_is_about_not_the_accused(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "accused" and f[2] == "ChatGPT"}


def test_a_court_a_joint_filing_goes_to_is_no_partner(read_facts):
    found = read_facts("迪士尼与NBC环球旗下的多家实体公司,本周联手向加州中区联邦法院提交诉状,指控图像生成公司Midjourney侵犯版权。")
    assert not {f for f in found if f[1] == "partnered"}
    assert ("迪士尼", "sued", "Midjourney") in found


@pytest.mark.parametrize("sentence", [
    "「日经亚洲」（Nikkei Asia）报导，两家公司指控，Perplexity未经允许使用他们的新闻报道。",
    "科技媒体蓝湾日报报道称，两家公司指控Perplexity未经允许使用他们的新闻报道。",
])
def test_an_outlet_opening_a_clause_as_the_reporter_accuses_no_one(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "accused"}


def test_an_outlet_opening_a_clause_and_acting_in_it_still_acts(read_facts):
    assert ("纽约时报", "sued", "OpenAI") in read_facts("纽约时报周三起诉OpenAI，指控其侵犯版权。")


def test_titles_of_a_parent_in_a_passive_clause_are_part_of_that_parent_not_of_the_target(read_facts):
    found = read_facts("Perplexity遭到《华尔街日报》和《纽约邮报》所隶属的新闻集团起诉。")
    part_of = {(unit, parent) for unit, relation, parent in found if relation == "partOf"}
    assert ("华尔街日报", "新闻集团") in part_of
    assert not {parent for unit, parent in part_of if parent == "Perplexity"}


@pytest.mark.parametrize("sentence", [
    "英国信息专员办公室将与澳大利亚的监管机构对Clearview AI进行联合调查。",
    "荷兰数据保护局警告其他公司勿与Clearview AI合作。",
])
def test_the_target_of_a_joint_act_or_a_warned_off_firm_is_no_partner(read_facts, sentence):
    assert not {f for f in read_facts(sentence) if f[1] == "partnered" and "Clearview AI" in f}


def test_a_latin_title_between_an_employer_and_its_holder_makes_the_holder_the_party(read_facts):
    found = _sued(read_facts("卓汇科技起诉OpenAI CEO马丁·罗斯和总裁约翰·多伊违背承诺。"))
    assert {("卓汇科技", "马丁·罗斯"), ("卓汇科技", "约翰·多伊")} <= found and ("卓汇科技", "OpenAI") not in found
