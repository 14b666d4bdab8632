"""kg.facts.coref: references to names named before them in the item."""
from __future__ import annotations

import pytest


def test_the_body_reference_stands_for_the_body_named_before(read_facts):
    found = read_facts("美国联邦贸易委员会介入此事。该机构随后对OpenAI处以500万美元罚款。")
    assert ("美国联邦贸易委员会", "fined", "OpenAI") in found


def test_the_court_reference_stands_for_the_court_named_before(read_facts):
    found = read_facts("加州北区联邦地区法院受理了此案。该法院驳回了Meta的动议。")
    assert ("加州北区联邦地区法院", "adjudicated", "Meta") in found


def test_two_companies_stand_for_the_pair_named_together_before(read_facts):
    found = read_facts("谷歌与Anthropic上月会面。两家公司宣布将在芯片方面合作。")
    assert {("谷歌", "partnered", "Anthropic"), ("Anthropic", "partnered", "谷歌")} & found


def test_two_companies_stand_for_the_defendants_of_the_item_suit(read_facts):
    found = read_facts("蓝鲸科技公司起诉云帆智能公司和白鹭软件公司。金鹰文化公司与远帆数据公司是蓝鲸科技公司的股东。"
                       "北辰传媒公司也起诉了两家公司。")
    assert {t for h, r, t in found if r == "sued" and h == "北辰传媒公司"} == {"云帆智能公司", "白鹭软件公司"}
    found = read_facts("蓝鲸科技公司向法院提起诉讼，被告为云帆智能公司与白鹭软件公司。金鹰文化公司和远帆数据公司签署了"
                       "合作协议。北辰传媒公司随后起诉两家公司。")
    assert {t for h, r, t in found if r == "sued" and h == "北辰传媒公司"} == {"云帆智能公司", "白鹭软件公司"}


def test_the_pronoun_object_stands_for_the_body_named_before_not_its_subject(read_facts):
    found = read_facts("远帆数据公司不服云岭省知识产权局的决定，随后对其提起诉讼。")
    assert ("远帆数据公司", "sued", "云岭省知识产权局") in found
    assert ("云岭省知识产权局", "sued", "远帆数据公司") not in found


def test_a_reference_with_no_name_of_its_kind_before_it_stands_for_nothing(read_facts):
    found = read_facts("OpenAI发布了新模型。该机构随后对谷歌展开调查。")
    assert not {f for f in found if f[1] == "investigated"}


def test_a_reference_reads_as_a_coref_mention_of_the_name(read_facts):
    facts = read_facts("美国联邦贸易委员会介入此事。该机构随后对OpenAI处以罚款。", objects=True)
    (fined,) = [f for f in facts if f.relation == "fined"]
    assert fined.head.mechanism == "coref" and fined.head.text == "美国联邦贸易委员会"
    assert fined.evidence.sentence.startswith("该机构") and fined.rule == "cue"


def test_a_law_reference_stands_for_the_law_the_item_is_about(read_facts):
    found = read_facts("巴西参议院审议《人工智能监管法》（简称《监管法》），此前已参照欧盟《数字服务法》。"
                       "《监管法》将设立主管机关。该法案由参议员罗德里戈·帕谢科于2023年5月提出。")
    assert ("罗德里戈·帕谢科", "proposed", "人工智能监管法") in found
    assert not {f for f in found if f[1] == "proposed" and f[2] == "数字服务法"}


def test_a_law_reference_owning_something_is_not_the_law_acted_on(read_facts):
    found = read_facts("韩国国会通过《人工智能基本法》。韩国科学技术信息通信部负责制定该法的施行令。")
    assert not {f for f in found if f[0] == "韩国科学技术信息通信部" and f[1] == "issued"}


def test_its_object_pronoun_stands_for_the_party_named_before(read_facts):
    found = read_facts("荷兰数据保护局认定，美国公司Clearview AI违法收集人脸数据，对其处以3050万欧元罚款。")
    assert ("荷兰数据保护局", "fined", "Clearview AI") in found


def test_its_pronoun_as_a_possessive_stands_for_no_name(read_facts):
    found = read_facts("Mistral AI成立于2023年，其推出的聊天助手广受欢迎。", objects=True)
    assert not [f for f in found if "coref" in (f.head.mechanism, f.tail.mechanism)]


def test_two_companies_stand_for_the_pair_named_together_among_more(read_facts):
    found = read_facts("韩国个人信息保护委员会要求DeepSeek背后的杭州深度求索人工智能基础技术研究有限公司和北京深度求索人工智能基础技术研究有限公司"
                       "说明情况，随后对两家公司展开调查。")
    assert {t for h, r, t in found if r == "investigated"} == {"杭州深度求索人工智能基础技术研究有限公司",
                                                               "北京深度求索人工智能基础技术研究有限公司"}


def test_the_institute_refers_to_the_institute_named_before(read_facts):
    found = read_facts("英国人工智能安全研究所发布评估报告。该研究所还将与美国人工智能安全研究所合作。")
    assert ("英国人工智能安全研究所", "partnered", "美国人工智能安全研究所") in found


def test_the_ministry_refers_to_the_last_ministry_not_its_unit(read_facts):
    found = read_facts("英国科学、创新和技术部宣布，其下属的人工智能安全研究所更名。同日，该部还宣布与 Anthropic 签署谅解备忘录。")
    assert ("英国科学、创新和技术部", "partnered", "Anthropic") in found
    assert ("人工智能安全研究所", "partnered", "Anthropic") not in found


def test_the_ministry_refers_to_the_ministry_not_its_minister(read_facts):
    found = read_facts("数字转型部公布了草案，数字转型部部长作了说明。该部下属的数据标准局负责起草。")
    assert ("数据标准局", "partOf", "数字转型部") in found
    assert not {f for f in found if f[0] == "数据标准局" and f[2] == "数字转型部部长"}
    # the minister named alone: no ministry for 该部 to stand for
    found = read_facts("数字转型部部长宣布，该部下属的数据标准局负责起草。")
    assert not {f for f in found if f[0] == "数据标准局" and f[1] == "partOf"}


def test_the_newspaper_reference_stands_for_the_paper_named_before(read_facts):
    found = read_facts("《洛杉矶时报》上周批评了Perplexity的做法。该报随后起诉了Perplexity。")
    assert ("洛杉矶时报", "sued", "Perplexity") in found


def test_the_report_is_no_newspaper_reference(read_facts):
    found = read_facts("纽约时报公司发表声明。该报告起诉了Perplexity的做法。")
    assert not {f for f in found if f[1] == "sued" and f[0] == "纽约时报公司"}


def test_a_draft_reference_stands_for_the_bill_named_before(read_facts):
    found = read_facts("加州议会正在审议《前沿人工智能模型安全法案》。该草案由参议员斯科特·维纳提出。")
    assert ("斯科特·维纳", "proposed", "前沿人工智能模型安全法案") in found


def test_both_sides_are_the_two_parties_not_the_authority_acting_on_them(read_facts):
    found = read_facts("欧盟委员会批准了这笔交易，条件是剥离微软的部分业务以及动视暴雪的一项服务。"
                       "英国竞争和市场管理局随后也与双方达成和解。")
    settled = {frozenset((f[0], f[2])) for f in found if f[1] == "settled"}
    assert frozenset(("英国竞争和市场管理局", "微软")) in settled
    assert frozenset(("英国竞争和市场管理局", "欧盟委员会")) not in settled


def test_two_companies_never_stand_for_an_authority(read_facts):
    found = read_facts("美国联邦贸易委员会调查了苹果。两家公司宣布将在芯片方面合作。")
    assert not {f for f in found if f[1] == "partnered"}


def test_he_opening_a_clause_stands_for_the_person_named_just_before(read_facts):
    found = read_facts("埃隆·马斯克去年离开了该公司的董事会。今年3月，他在旧金山高等法院起诉OpenAI。")
    assert ("埃隆·马斯克", "sued", "OpenAI") in found


def test_the_he_inside_another_word_is_no_reference(read_facts):
    found = read_facts("埃隆·马斯克去年离开了董事会。其他投资者随后起诉OpenAI。")
    assert not {f for f in found if f[1] == "sued" and f[0] == "埃隆·马斯克"}


def test_he_with_two_people_before_it_stands_for_neither(read_facts):
    found = read_facts("埃隆·马斯克与萨姆·奥尔特曼曾共同创办该机构。今年3月，他在旧金山高等法院起诉OpenAI。", objects=True)
    assert not [f for f in found if "coref" in (f.head.mechanism, f.tail.mechanism)]


def test_a_judge_is_no_side_of_both_sides(read_facts):
    found = read_facts("2025年6月，法官罗伯特·米勒（Robert Miller）裁定，Anthropic的做法构成合理使用。同年9月，双方达成和解。")
    assert not {f for f in found if f[1] == "settled" and "罗伯特·米勒" in (f[0], f[2])}


def test_a_reference_under_a_sub_head_stands_for_the_name_the_story_gave_before(pipeline, write_doc):
    article = ("OpenAI在欧洲遭遇监管压力\n2024-12-21 09:00 来源：某某网\n\nOpenAI周五表示，将对意大利的处罚决定提出上诉。\n\n"
               "罚款详情\n意大利数据保护局对该公司处以1500万欧元罚款。\n\n下一步\n业内预计其他国家也会跟进。\n")
    result = pipeline.process(write_doc("article.txt", article))
    assert ("意大利数据保护局", "fined", "OpenAI") in {(f.head.text, f.relation, f.tail.text) for f in result.facts}


def test_a_described_company_reference_stands_for_the_company_named_before(read_facts):
    # 这家…初创企业: words describing the company, a place among them, between 这家 and the noun
    found = read_facts("英国竞争监管机构结束了对Anthropic的审查。亚马逊此前已向这家美国AI初创企业投资40亿美元。")
    assert ("亚马逊", "investedIn", "Anthropic") in found


def test_a_reference_does_not_stand_for_a_name_its_own_clause_gives_before_it(read_facts):
    # the last company named before is 亚马逊 itself, the subject of the reference's clause
    found = read_facts("Anthropic的模型将通过亚马逊的云平台提供。亚马逊同时向这家成立不到三年的公司投资40亿美元。")
    assert ("亚马逊", "investedIn", "Anthropic") in found


def test_a_bare_company_word_opening_a_clause_stands_for_the_one_company_just_named(read_facts):
    found = read_facts("星瀚智能科技有限公司成立于2022年，总部位于杭州。去年5月，公司发布大模型Zorbi-2。")
    assert ("星瀚智能科技有限公司", "released", "Zorbi-2") in found
    assert not {f for f in read_facts("《公司法》修订后，公司发布大模型Zorbi-2。") if f[1] == "released"}


def test_both_sides_stand_for_the_two_parties_the_deal_names_most(read_facts):
    # the investors listed last are no sides of the deal: the lead and the company it funds are
    found = read_facts("Cohere宣布完成新一轮融资。本轮由英伟达领投，英伟达由此成为Cohere的第一大股东。"
                       "其余投资方包括红杉资本、高瓴资本和腾讯。双方还宣布建立战略合作伙伴关系。")
    assert {("英伟达", "partnered", "Cohere"), ("Cohere", "partnered", "英伟达")} & found
    assert not {f for f in found if f[1] == "partnered" and "高瓴资本" in (f[0], f[2])}


def test_both_sides_stand_for_nothing_where_no_two_parties_lead(read_facts):
    found = read_facts("红杉资本、高瓴资本和腾讯参与了本轮融资。双方还宣布建立战略合作伙伴关系。")
    assert not {f for f in found if f[1] == "partnered"}


def test_an_english_agency_reference_stands_for_the_body_named_before(read_facts):
    found = read_facts("The Federal Trade Commission sued Google. The agency also banned Gemini.")
    assert ("Federal Trade Commission", "banned", "Gemini") in found


def test_it_as_an_object_stands_for_the_one_company_just_named(read_facts):
    found = read_facts("智谱华章于2019年成立。去年，腾讯向它注资十亿元。")
    assert ("腾讯", "investedIn", "智谱华章") in found


def test_it_told_again_in_its_sentence_keeps_what_it_first_stood_for(read_facts):
    # the actor of the first clause is named nearer the second 它, which still stands for the topic
    found = read_facts("智谱华章于2019年成立。阿里巴巴曾领投它的B轮融资；随后，腾讯也向它注资。")
    assert ("腾讯", "investedIn", "智谱华章") in found
    assert ("腾讯", "investedIn", "阿里巴巴") not in found


def test_it_stands_for_nothing_where_two_companies_are_just_named(read_facts):
    found = read_facts("智谱华章与月之暗面同日发布新品。腾讯随后向它注资。")
    assert not {f for f in found if f[1] == "investedIn"}


def test_the_company_reference_chains_over_a_sentence_that_tells_it_again(read_facts):
    found = read_facts("商汤科技总部设在上海。公司的核心产品是写作工具。今年5月，公司又推出了Quillmark助手。")
    assert ("商汤科技", "released", "Quillmark助手") in found


def test_the_company_reference_does_not_chain_past_another_company(read_facts):
    found = read_facts("商汤科技总部设在上海。腾讯的产品是写作工具。今年5月，公司又推出了Quillmark助手。")
    assert not {f for f in found if f[0] == "商汤科技" and f[1] == "released"}


def test_this_initiative_stands_for_the_initiative_named_before(read_facts):
    found = read_facts("两国领导人宣布提出《数字海洋合作倡议》。同日，自然资源部全文发布了这份倡议。")
    assert ("自然资源部", "issued", "数字海洋合作倡议") in found


def test_a_back_reference_of_another_kind_stands_for_no_instrument(read_facts):
    found = read_facts("两国领导人宣布提出《数字海洋合作倡议》。同日，自然资源部发布了这份报告。")
    assert not {f for f in found if f[0] == "自然资源部" and f[1] == "issued"}


# A bare 草案 or 征求意见稿 opening its sentence stands for the draft the item named last (coref.tsv); a 草案 inside
# a sentence (草案阶段) or with no draft named before stands for nothing.
@pytest.mark.parametrize("text, fact", [
    ("欧盟委员会发布《高风险人工智能系统事件报告指南（草案）》。草案由欧盟委员会下设的人工智能办公室牵头起草。",
     ("人工智能办公室", "proposed", "高风险人工智能系统事件报告指南（草案）")),
    ("国家网信办发布《数据出境安全评估办法（征求意见稿）》。征求意见稿由国家网信办网络数据管理局起草。",
     ("国家网信办网络数据管理局", "proposed", "数据出境安全评估办法（征求意见稿）")),
])
def test_a_bare_draft_opening_its_sentence_stands_for_the_draft_named_before(read_facts, text, fact):
    assert fact in read_facts(text)


def test_a_bare_draft_with_no_draft_named_before_stands_for_nothing(read_facts):
    found = read_facts("国家网信办发布《数据出境安全评估办法》。草案由国家网信办网络数据管理局起草。")
    assert ("国家网信办网络数据管理局", "proposed", "数据出境安全评估办法") not in found


def test_a_traditional_bare_draft_stands_for_the_draft_named_before(pipeline, write_doc):
    result = pipeline.process(write_doc("tw.txt", "指南草案\n\n歐盟委員會發布《高風險人工智慧系統事件報告指南（草案）》。"
                                                  "草案由歐盟委員會下設的人工智慧辦公室牽頭起草。\n"))
    found = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    assert ("人工智慧辦公室", "proposed", "高風險人工智慧系統事件報告指南（草案）") in found


@pytest.mark.parametrize("text, fact", [
    ("英国通讯管理局周一发表声明。这家监管机构已对Meta展开正式调查。", ("英国通讯管理局", "investigated", "Meta")),
    ("英国通讯管理局周一发表声明。监管机构表示，已对Meta展开正式调查。", ("英国通讯管理局", "investigated", "Meta")),
    ("意大利数据保护局周四发表声明。该数据保护机构已对DeepSeek展开调查。", ("意大利数据保护局", "investigated", "DeepSeek")),
    ("意大利數據保護局週四發表聲明。該數據保護機構已對DeepSeek展開調查。", ("意大利数据保护局", "investigated", "DeepSeek")),
])
def test_a_body_s_kind_stands_for_the_state_body_named_before(read_facts, as_read, text, fact):
    assert fact in read_facts(as_read(text))


def test_a_bare_kind_of_body_inside_a_clause_stands_for_no_one(read_facts):
    found = read_facts("英国通讯管理局周一发表声明。各国监管机构均对Meta展开调查。")
    assert ("英国通讯管理局", "investigated", "Meta") not in found


@pytest.mark.parametrize("text, fact", [
    # a described body (the UK competition regulator, The Italian watchdog, the privacy agency) stands for the one
    # body the sentence before names, for every family (here the parse family of inquiries)
    ("The Competition and Markets Authority looked at the deal in July. On Friday the UK competition regulator "
     "served Nimbus Labs with a subpoena.", ("Competition and Markets Authority", "investigated", "Nimbus Labs")),
    ("The Irish Data Protection Commission received complaints. The Irish privacy watchdog then sent Nimbus Labs a "
     "20-page demand for records.", ("Irish Data Protection Commission", "investigated", "Nimbus Labs")),
    ("The Federal Trade Commission sued Google. The agency also banned Gemini.",
     ("Federal Trade Commission", "banned", "Gemini")),
])
def test_an_english_described_body_stands_for_the_one_body_named_before(read_facts, text, fact):
    assert fact in read_facts(text)


def test_an_english_described_body_stands_for_nothing_after_two_bodies(read_facts):
    found = read_facts("The Federal Trade Commission and the Irish Data Protection Commission met on Monday. "
                       "The privacy watchdog then sent Nimbus Labs a 20-page demand for records.")
    assert ("Federal Trade Commission", "investigated", "Nimbus Labs") not in found
    assert ("Irish Data Protection Commission", "investigated", "Nimbus Labs") not in found


def test_a_company_reference_passes_no_company_the_text_leaves_unnamed(read_facts):
    found = read_facts("蓝鲸科技公司推出了一款换脸应用。北辰传媒公司起诉了该公司。")
    assert ("北辰传媒公司", "sued", "蓝鲸科技公司") in found  # the company named before
    found = read_facts("蓝鲸科技公司推出了一款换脸应用。该应用的运营主体为上海某公司。北辰传媒公司起诉了该公司。")
    assert ("北辰传媒公司", "sued", "蓝鲸科技公司") not in found  # 该公司: the unnamed operator


def test_the_bill_reference_stands_for_a_bill_named_by_its_number(read_facts):
    found = read_facts("云岭州参议院周六通过了SB 812。该法案由州参议员林川提出。")
    assert any(h == "林川" and r == "proposed" for h, r, _ in found), found


def test_a_bill_number_is_no_guideline(read_facts):
    found = read_facts("云岭州参议院周六通过了SB 812。该指南由州参议员林川提出。")
    assert not any(r == "proposed" for _, r, _ in found), found


def test_the_outlet_on_the_source_line_is_no_company_a_reference_stands_for(pipeline):
    # 来源：江屿日报 over a section: the page's outlet, nobody the story's 该公司 refers to
    from kg.model import Item
    item = Item("fixture.txt", 1, "■一纸声明引出一场诉讼", "3月16日，在北京总部，该公司向法院起诉了果壳科技。",
                date="2024-06-01", source="江屿日报")
    mentions = pipeline.nlp(item.text).user_data["mentions"]
    assert "江屿日报" in {m.text for m in mentions}
    facts = {(f.head.text, f.relation, f.tail.text) for f in pipeline.extractor.facts(item, item.text, mentions)}
    assert not [fact for fact in facts if "江屿日报" in fact]
