"""kg.facts.litigation and the litigation phrasings the cue family reads."""
from __future__ import annotations

from functools import partial

import pytest

from xfails import (CAPTION_CUT, CAPTION_SIDES, COURT_ORDER, COURT_TOLD_APART, HEARING_SCHEDULED, NAME_NOT_FOUND, NO_RULE,
                    SUIT_CONDITIONAL, SUIT_OVERREAD, SUIT_PARTY_LIST, SUIT_STORY, gap)


@pytest.mark.parametrize("sentence", [
    "环球音乐集团向加州北区联邦地区法院起诉Anthropic。",
    "环球音乐集团在加州北区联邦地区法院对Anthropic提起诉讼。",
    "环球音乐集团将百度告上法庭。",
    "环球音乐集团把百度告上了法庭。",
    "环球音乐集团对Anthropic的诉讼仍在进行。",
    "此前环球音乐集团对Anthropic提起的版权诉讼已进入审理阶段。",
])
def test_litigation_phrasings_give_the_plaintiff_suing_the_defendant(read_facts, sentence):
    defendant = "百度" if "百度" in sentence else "Anthropic"
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "sued"} == {("环球音乐集团", defendant)}


# -- which court heard whom: the ways text tells that a court heard or ruled on a suit's parties --
SUIT = "星辰科技起诉云图科技侵犯著作权。"
BOTH = ("星辰科技", "云图科技")
EN_SUIT = "Harbor News sued Zentek Technologies over its chatbot in 2022. "
EN_BOTH = ("Harbor News", "Zentek Technologies")

COURTS_HEARING_ZH = [  # the court and the parties it must adjudicate
    ('星辰科技起诉云图科技侵犯著作权。北京互联网法院判决云图科技赔偿5万元。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技在杭州互联网法院起诉云图科技。该院审理后判决被告赔偿。', '杭州互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技向北京互联网法院起诉云图科技。该法院于2024年3月驳回了原告的诉讼请求。', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('案\u3000\u3000名｜星辰科技诉云图科技案\n受诉法院｜北京互联网法院（一审）\u3000北京知识产权法院（二审）\n被\u3000\u3000告｜云图科技\n节\u3000\u3000点｜2024年3月一审判决\u30002025年1月二审判决\n', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('案\u3000\u3000名｜星辰科技诉云图科技案\n受诉法院｜北京互联网法院（一审）\u3000北京知识产权法院（二审）\n被\u3000\u3000告｜云图科技\n节\u3000\u3000点｜2024年3月一审判决\u30002025年1月二审判决\n', '北京知识产权法院', ('星辰科技', '云图科技')),
    ('原\u3000\u3000告｜星辰科技\n被\u3000\u3000告｜云图科技\n受诉法院｜北京互联网法院（一审）\u3000北京知识产权法院（二审）\n节\u3000\u3000点｜2024年3月一审判决\u30002025年1月二审判决\n', '北京知识产权法院', ('星辰科技', '云图科技')),
    ('原告｜星辰科技\n被告｜云图科技\n受诉法院｜北京互联网法院、北京知识产权法院\n结论｜驳回上诉，维持原判\n', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('案件｜星辰科技诉云图科技案\n受诉法院｜上海市高级人民法院\n被告｜云图科技\n结论｜驳回上诉，维持原判\n', '上海市高级人民法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。北京互联网法院一审判决驳回。原告上诉后，北京知识产权法院于次年5月维持原判。', '北京知识产权法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。北京互联网法院一审判决驳回。原告上诉后，北京知识产权法院于次年5月维持原判。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。星辰科技不服，上诉至北京知识产权法院。该院驳回上诉，维持原判。', '北京知识产权法院', ('星辰科技', '云图科技')),
    pytest.param('北京互联网法院向星辰科技、蓝鲸科技和海川科技颁发禁令，禁止云图科技使用其作品。', '北京互联网法院', ('星辰科技', '蓝鲸科技', '海川科技', '云图科技'), marks=COURT_ORDER),
    pytest.param('上海市高级人民法院为星辰科技发出诉前禁令，禁止云图科技继续传播涉案视频。', '上海市高级人民法院', ('星辰科技', '云图科技'), marks=COURT_ORDER),
    pytest.param('北京互联网法院日前应星辰科技的申请，发出临时禁令，禁止云图科技使用其作品。', '北京互联网法院', ('星辰科技', '云图科技'), marks=COURT_ORDER),
    pytest.param('广州互联网法院应星辰科技的申请发出禁令。此前，该院已为蓝鲸科技和海川科技提供类似保护。', '广州互联网法院', ('星辰科技', '蓝鲸科技', '海川科技'), marks=COURT_ORDER),
    ('北京互联网法院驳回了星辰科技对云图科技的起诉。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('杭州互联网法院驳回星辰科技诉云图科技的全部诉讼请求。', '杭州互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。北京互联网法院判决星辰科技胜诉，云图科技须赔礼道歉。', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('在星辰科技诉云图科技一案中，北京互联网法院认定被告构成侵权。', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('北京互联网法院开庭审理了星辰科技诉云图科技案。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('北京互联网法院近日审结星辰科技与云图科技著作权纠纷案。', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('北京互联网法院一审认定云图科技侵犯了星辰科技的著作权。', '北京互联网法院', ('星辰科技', '云图科技'), marks=NO_RULE),
    ('星辰科技起诉云图科技侵犯著作权。二审中，北京知识产权法院撤销一审判决，改判云图科技赔偿星辰科技10万元。', '北京知识产权法院', ('星辰科技', '云图科技')),
    pytest.param('北京互联网法院判决云图科技赔偿星辰科技。云图科技不服，向北京知识产权法院提起上诉，该院驳回上诉。', '北京知识产权法院', ('星辰科技', '云图科技'), marks=NO_RULE),
    pytest.param('星辰科技诉云图科技案由北京互联网法院审理。', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('星辰科技诉云图科技案在杭州互联网法院宣判，法院认定被告侵权。', '杭州互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。北京互联网法院判决驳回星辰科技的诉讼请求，原告随后上诉。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技随后提起行政诉讼，起诉云图科技。北京互联网法院于2023年6月30日判决驳回。', '北京互联网法院', ('星辰科技', '云图科技')),
]

COURTS_HEARING_EN = [
    ('Harbor News sued Zentek Technologies over its chatbot in 2022. The Ninth Circuit affirmed the dismissal on Monday.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies in the Northern District of California. The court dismissed the suit in May.', 'Northern District of California', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies over its chatbot in 2022. On appeal, the Ninth Circuit reversed.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies over its chatbot in 2022. A panel of the U.S. Court of Appeals for the Second Circuit revived the suit on Tuesday.', 'U.S. Court of Appeals for the Second Circuit', ('Harbor News', 'Zentek Technologies')),
    pytest.param('Harbor News sued Zentek Technologies over its chatbot in 2022. A panel of the U.S. Court of Appeals for the Third Circuit disagreed in part on Tuesday.', 'U.S. Court of Appeals for the Third Circuit', ('Harbor News', 'Zentek Technologies'), marks=NO_RULE),
    ("The Southern District of New York dismissed Harbor News's suit against Zentek Technologies.", 'Southern District of New York', ('Harbor News', 'Zentek Technologies')),
    ('The High Court of England and Wales granted Harbor News an injunction against Zentek Technologies.', 'High Court of England and Wales', ('Harbor News', 'Zentek Technologies')),  # the parse: the person granted and what the order is against
    ('The Delaware Court of Chancery ruled in favor of Harbor News in its lawsuit against Zentek Technologies.', 'Delaware Court of Chancery', ('Harbor News', 'Zentek Technologies')),
    pytest.param('In Harbor News v. Zentek Technologies, the Ninth Circuit held that the scraping was lawful.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies'), marks=CAPTION_SIDES),
    ("Judge Jane Roe of the Northern District of California denied Zentek Technologies' motion to dismiss Harbor News's lawsuit.", 'Northern District of California', ('Harbor News', 'Zentek Technologies')),
    pytest.param('Harbor News sued Zentek Technologies over its chatbot in 2022. The Third Circuit disagreed and sent the case back to the district court.', 'Third Circuit', ('Harbor News', 'Zentek Technologies'), marks=NO_RULE),
    ('The Ninth Circuit upheld a ruling against Zentek Technologies in the suit brought by Harbor News.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies over its chatbot in 2022. The Second Circuit vacated the judgment and remanded.', 'Second Circuit', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies in the Northern District of California. The district court granted summary judgment to Zentek Technologies.', 'Northern District of California', ('Harbor News', 'Zentek Technologies')),
    ("The Ninth Circuit on Monday affirmed a lower court's dismissal of Harbor News's lawsuit against Zentek Technologies.", 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('The Northern District of California dismissed a suit Harbor News brought against Zentek Technologies.', 'Northern District of California', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies over its chatbot in 2022. The Ninth Circuit heard arguments in the case in March.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies over its chatbot in 2022. The Ninth Circuit has revived the lawsuit.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('The Delhi High Court granted Priya Menon an interim injunction against Zentek Technologies.', 'Delhi High Court', ('Priya Menon', 'Zentek Technologies')),
    pytest.param('Harbor News sued Zentek Technologies over its chatbot in 2022. Writing for the Ninth Circuit, Judge Jane Roe said the claims could proceed, and the panel reversed.', 'Ninth Circuit', ('Harbor News', 'Zentek Technologies'), marks=NO_RULE),
]

# a court named for another case, as a place, where a suit was only filed, a hearing to come
NOT_HEARING = [
    ('北京互联网法院判决云图科技赔偿星辰科技。判决援引了杭州互联网法院在蓝鲸科技诉海川科技案中的判决。', '杭州互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。星辰科技的支持者在北京互联网法院门外聚集。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技已向北京互联网法院起诉云图科技，法院尚未受理。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技计划向北京互联网法院起诉云图科技。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。曾任北京互联网法院法官的王某代理此案。', '北京互联网法院', ('星辰科技', '云图科技')),
    ('星辰科技起诉云图科技侵犯著作权。星辰科技在提交至北京互联网法院的即决判决动议中陈述了理由。', '北京互联网法院', ('星辰科技', '云图科技')),
    pytest.param('星辰科技起诉云图科技一案，北京互联网法院定于下月开庭审理。', '北京互联网法院', ('星辰科技', '云图科技'), marks=HEARING_SCHEDULED),
    ("Harbor News sued Zentek Technologies in the Northern District of California. The judge cited the Ninth Circuit's decision in Carter v. Delta Robotics.", 'Ninth Circuit', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News sued Zentek Technologies in the Northern District of California. The court dismissed the suit, citing Carter v. Delta Robotics.', 'Northern District of California', ('Carter', 'Delta Robotics')),
    ("Harbor News sued Zentek Technologies over its chatbot in 2022. The panel leaned on the Supreme Court's decision in Carter v. Delta Robotics, in which the justices described a feed as speech.", 'Supreme Court', ('Harbor News', 'Zentek Technologies')),
    ('The judge dismissed the lawsuit against Zentek Technologies in the Northern District of California. Parents later filed a similar suit against Corvex Labs.', 'Northern District of California', ('Corvex Labs',)),
    ('Protesters gathered outside the Northern District of California courthouse as Harbor News sued Zentek Technologies.', 'Northern District of California', ('Harbor News', 'Zentek Technologies')),
    ('Harbor News filed suit against Zentek Technologies in the Southern District of New York on Monday.', 'Southern District of New York', ('Harbor News', 'Zentek Technologies')),
]


def _heard(found) -> set[tuple[str, str]]:
    """(court, party) for each adjudicated fact, the court by any of its names."""
    return {(court, party) for f in found if f.relation == "adjudicated"
            for court in {f.head.text, f.head.canonical, *f.head.aliases} - {None, ""}
            for party in {f.tail.text, f.tail.canonical} - {None, ""}}


@pytest.mark.parametrize("text, court, parties", COURTS_HEARING_ZH + COURTS_HEARING_EN)
def test_each_way_text_tells_a_court_heard_a_suit_gives_the_court_each_party(read_facts, text, court, parties):
    assert _heard(read_facts(text, objects=True)) >= {(court, party) for party in parties}


@pytest.mark.parametrize("text, court, parties", NOT_HEARING)
def test_a_court_that_heard_none_of_the_suit_adjudicates_none_of_its_parties(read_facts, text, court, parties):
    assert not _heard(read_facts(text, objects=True)) & {(court, party) for party in parties}


def test_a_court_whose_judge_acts_adjudicates_the_items_suit(read_facts):
    found = read_facts("2024年，美国作家协会起诉Anthropic。伊利诺伊州北区联邦地区法院法官约翰·史密斯批准了双方的和解协议。")
    assert {t for h, r, t in found if r == "adjudicated"} == {"美国作家协会", "Anthropic"}


def test_a_court_giving_its_ground_before_its_act_adjudicates_the_suit_told_before(read_facts):
    # the ground (以…为由) stands between the court and its act, as a date does
    found = read_facts("一名司机起诉了优步和谷歌，称其算法侵犯隐私。美国加利福尼亚州北区联邦地区法院以原告未能证明其受到实际损害为由驳回起诉。")
    assert {t for h, r, t in found if r == "adjudicated"} == {"优步", "谷歌"}


def test_a_court_only_named_as_the_place_of_filing_adjudicates_nothing(read_facts):
    found = read_facts("美国作家协会向伊利诺伊州北区联邦地区法院起诉Anthropic。")
    assert not {f for f in found if f[1] == "adjudicated"}


def _adjudicated(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "adjudicated"}


@pytest.mark.parametrize("ruling", [
    "2025年2月11日，法官约翰·多伊作出部分简易判决，认定其使用不构成合理使用。",
    "2025年2月11日，约翰·多伊法官裁定驳回被告的动议。",
    "次月，法院认证了原告提出的集体。",
    "同月25日，法院初步批准了该和解。",
])
def test_a_judge_or_the_court_acting_unnamed_is_the_court_of_the_suit_told_before(read_facts, ruling):
    found = read_facts("2020年5月，汤森路透向美国特拉华州联邦地区法院起诉ROSS Intelligence。" + ruling)
    assert _adjudicated(found) == {("美国特拉华州联邦地区法院", "汤森路透"),
                                   ("美国特拉华州联邦地区法院", "ROSS Intelligence")}


def test_an_unnamed_ruling_goes_to_the_suit_told_last_before_it_only(read_facts):
    found = read_facts("2023年2月，Getty Images向英国高等法院起诉Stability AI。"
                       "2024年5月，汤森路透向美国特拉华州联邦地区法院起诉ROSS Intelligence。"
                       "2025年2月11日，法官约翰·多伊作出部分简易判决。")
    assert _adjudicated(found) == {("美国特拉华州联邦地区法院", "汤森路透"),
                                   ("美国特拉华州联邦地区法院", "ROSS Intelligence")}


@pytest.mark.parametrize("other", [
    "两天前，同一法院的约翰·多伊法官在另一起作家诉Anthropic的案件中也认定训练构成合理使用。",
    "两天前，同一法院的约翰·多伊法官在另一起案件中也认定训练构成合理使用。",
    "法院还受理了Anthropic的其他纠纷，并裁定合并审理。",  # names a party of no suit told
    "原告遂诉至法院，要求停止侵权。",  # the court a suit goes to: no act of it
])
def test_a_sentence_about_another_case_or_with_no_court_act_adjudicates_nothing(read_facts, other):
    found = read_facts("2023年7月，萨拉·西尔弗曼向美国加利福尼亚北区联邦地区法院起诉Meta。" + other)
    assert not [f for f in found if f[1] == "adjudicated" and "Anthropic" not in f]
    assert not [f for f in found if f[1] == "adjudicated" and f[2] == "Anthropic"]


def test_a_judge_is_no_party_to_the_case_the_sentence_tells(read_facts):
    found = read_facts("2025年6月23日，同一法院的约翰·多伊（John Doe）法官在作家诉Anthropic的案件中认定训练构成合理使用。")
    assert not [f for f in found if f[1] == "sued" and f[0] in ("约翰·多伊", "John Doe")]
    kept = read_facts("2024年3月，约翰·多伊起诉Anthropic。")
    assert ("约翰·多伊", "sued", "Anthropic") in kept  # a person not titled a judge still sues


def test_a_court_hearing_a_suit_whose_plaintiffs_go_unnamed_adjudicated_its_defendants(read_facts):
    found = read_facts("去年秋天，三名配音演员起诉微软及其合作方，称其声音被用于训练模型。"
                       "今年5月，上海市第一中级人民法院公开开庭审理该案。")
    assert {(f[0], f[2]) for f in found if f[1] == "adjudicated"} == {("上海市第一中级人民法院", "微软")}
    earlier = read_facts("去年3月，北京互联网法院对一起AI换脸案作出判决。今年，三名配音演员又起诉微软。")
    assert not [f for f in earlier if f[1] == "adjudicated"]  # the suit told after the ruling is not the one ruled on


def test_a_card_whose_numbered_lines_are_items_lends_its_court_line_to_its_ruling(read_facts):
    card = ("二、环球音乐集团 诉 Anthropic（版权）\n1. 法院：美国纽约南区联邦地区法院\n2. 立案：2024年3月\n"
            "3. 概要：环球音乐集团起诉Anthropic，称其模型复制了歌词。\n4. 结果：今年6月，法官裁定驳回被告的撤诉动议。")
    assert _adjudicated(read_facts(card)) == {("美国纽约南区联邦地区法院", "环球音乐集团"),
                                              ("美国纽约南区联邦地区法院", "Anthropic")}


def test_the_court_a_suit_is_moved_to_hears_it_and_not_the_first_one(read_facts):
    found = read_facts("2023年10月，环球音乐集团在田纳西州中区联邦地区法院对Anthropic提起诉讼。"
                       "2024年6月，该案被移送至美国加利福尼亚北区联邦地区法院。"
                       "今年3月25日，该院法官李怡美驳回了出版商提出的初步禁令申请。", objects=True)
    adjudicated = {(f.head.text, f.tail.text, f.rule) for f in found if f.relation == "adjudicated"}
    assert adjudicated == {(court, party, rule) for court in ["美国加利福尼亚北区联邦地区法院"]
                           for party in ("环球音乐集团", "Anthropic")
                           for rule in ("litigation/transfer", "litigation/referred")}


def test_the_defendant_read_as_accusing_the_plaintiff_in_the_suits_sentence_is_no_fact(read_facts):
    found = read_facts("2025年9月，xAI在美国加利福尼亚北区联邦地区法院起诉OpenAI，指控其通过招揽xAI前员工窃取商业秘密。")
    assert {(h, r, t) for h, r, t in found if r in ("sued", "accused")} == {("xAI", "sued", "OpenAI")}


def test_a_settlement_denied_or_of_one_plaintiff_settles_no_other_suit(read_facts):
    found = read_facts("Universal Music Group sued Suno. Sony Music sued Suno. Sony Music has not settled with Suno.",
                       title="Labels sue Suno")
    assert not {f for f in found if f[1] == "settled"}
    found = read_facts("Universal Music Group sued Suno. Sony Music sued Suno. Universal Music Group agreed to settle.",
                       title="Labels sue Suno")
    settled = {(h, t) for h, r, t in found if r == "settled"}
    assert ("Universal Music Group", "Suno") in settled and ("Sony Music", "Suno") not in settled


def test_defendants_are_no_accusers_in_the_sentence_of_their_suit(read_facts):
    found = read_facts("2025年8月25日，xAI在美国得克萨斯州北区联邦地区法院起诉苹果和OpenAI，指控两家公司通过合作排挤其他聊天机器人。")
    assert {(h, r, t) for h, r, t in found if r in ("sued", "accused")} == {("xAI", "sued", "苹果"), ("xAI", "sued", "OpenAI")}


def test_a_judge_whose_name_lost_a_character_to_the_title_is_still_no_party(read_facts):
    from kg.facts.base import titled_judge
    sentence = "第三巡回上诉法院法官斯蒂芬诺斯·比巴斯在汤森路透诉Ross Intelligence案中作出判决。"
    start = sentence.index("蒂芬诺斯")
    assert titled_judge(sentence, start, start + len("蒂芬诺斯·比巴斯"), ("法官", "Judge"))
    assert not titled_judge("作家约翰·多伊起诉Meta。", 2, 7, ("法官", "Judge"))


def test_what_a_party_asks_the_court_for_is_no_act_of_the_court(read_facts):
    found = read_facts("2024年2月29日，马斯克向美国加利福尼亚州旧金山高等法院起诉OpenAI。马斯克请求法院判令OpenAI向公众开放其技术。")
    assert not [f for f in found if f[1] == "adjudicated"]


def test_a_settlement_with_a_party_of_no_suit_of_the_item_settles_nothing(read_facts):
    told = "去年6月，华纳音乐集团在马萨诸塞州联邦地区法院起诉Suno。"
    found = read_facts(told + "此前，华纳音乐集团已与另一家音乐公司Udio和解。", title="华纳音乐与Suno")
    assert ("华纳音乐集团", "Suno") not in {(h, t) for h, r, t in found if r == "settled"}
    found = read_facts(told + "此后，华纳音乐集团宣布达成和解。", title="华纳音乐与Suno")
    assert ("华纳音乐集团", "Suno") in {(h, t) for h, r, t in found if r == "settled"}
    # a clause that only refers to the settlement leaves the other names of the sentence in
    found = read_facts(told + "根据和解安排，双方将合作，Suno还将收购腾讯旗下的一个平台。", title="华纳音乐与Suno")
    assert ("华纳音乐集团", "Suno") not in {(h, t) for h, r, t in found if r == "settled"}
    # another name in a later clause of the sentence leaves the settlement the item's
    found = read_facts(told + "今年3月，双方达成和解，Suno同意不再使用玛丽·罗伊的歌曲。", title="华纳音乐与Suno")
    assert ("华纳音乐集团", "Suno") in {(h, t) for h, r, t in found if r == "settled"}


@pytest.mark.parametrize("sentence", [
    "8月26日，日本经济新闻社和朝日新闻社向东京地方法院提起诉讼，要求Perplexity停止复制其文章。",
    "日本经济新闻社和朝日新闻社当日提起反垄断诉讼，被告为Perplexity。",
    "日本经济新闻社和朝日新闻社在东京地方法院提起诉讼，请求法院判令Perplexity赔偿损失。",
])
def test_a_defendant_named_in_the_clause_after_the_filing_is_sued(read_facts, sentence):
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "sued"} == {
        ("日本经济新闻社", "Perplexity"), ("朝日新闻社", "Perplexity")}


@pytest.mark.parametrize("sentence", [
    "日本经济新闻社向东京地方法院提起诉讼，要求赔偿22亿日元，Perplexity未予回应。",
    "日本经济新闻社起诉读卖新闻，要求Perplexity停止复制其文章。",  # the filing's clause names its defendant
    "日本经济新闻社提起诉讼，此后Perplexity表示将应诉。",
])
def test_a_name_far_from_the_demand_or_after_a_named_defendant_is_not_sued_again(read_facts, sentence):
    # (kg.facts.objectless reads a filing with no object of its own and one other named party, as in the
    # first sentence, as a suit against that party: not the demand's reading this test is about)
    assert ("日本经济新闻社", "Perplexity") not in {(f.head.text, f.tail.text) for f in read_facts(sentence, objects=True)
                                              if f.relation == "sued" and not f.rule.startswith("objectless")}


def test_a_defendant_right_after_its_filing_cue_sues_and_accuses_no_one(read_facts):
    found = read_facts("三位作家起诉英伟达，同日另诉 Databricks。")
    assert ("英伟达", "Databricks") not in {(h, t) for h, r, t in found if r == "sued"}
    found = read_facts("一家影片公司在美国加利福尼亚北区联邦地区法院起诉 Meta，指控其通过 BitTorrent 下载影片。")
    assert not {f for f in found if f[0] == "Meta" and f[1] in ("sued", "accused")}


def test_a_defendant_suing_back_in_a_clause_of_its_own_still_sues(read_facts):
    found = read_facts("纽约时报起诉微软，微软随后起诉纽约时报。")
    assert {(h, t) for h, r, t in found if r == "sued"} == {("纽约时报", "微软"), ("微软", "纽约时报")}


def test_a_court_asked_for_a_ruling_in_a_motion_adjudicates_nothing_yet(read_facts):
    told = "2023年12月27日，纽约时报起诉OpenAI和微软。"
    found = read_facts(told + "2024年2月26日，OpenAI 向美国纽约南区联邦地区法院提交动议，请求驳回部分诉讼请求。")
    assert not _adjudicated(found)
    found = read_facts(told + "2025年4月，美国纽约南区联邦地区法院驳回了OpenAI的部分动议。")
    assert _adjudicated(found) >= {("美国纽约南区联邦地区法院", "OpenAI"), ("美国纽约南区联邦地区法院", "纽约时报")}


def test_plaintiffs_referred_to_by_their_count_sue_again(read_facts):
    found = read_facts("2024年3月8日，作家约翰·多伊、玛丽·罗伊和乔治·史密斯向美国加利福尼亚北区联邦地区法院起诉英伟达。"
                       "同日，三人又在同一法院起诉 Databricks 及其旗下的 MosaicML。")
    sued = {(h, t) for h, r, t in found if r == "sued"}
    assert {(p, d) for p in ("约翰·多伊", "玛丽·罗伊", "乔治·史密斯") for d in ("Databricks", "MosaicML")} <= sued
    assert ("英伟达", "Databricks") not in sued


def test_plaintiffs_referred_to_by_the_traditional_numeral_two_sue_again(read_facts):
    found = read_facts("2024年3月8日，作家约翰·多伊和玛丽·罗伊向美国加利福尼亚北区联邦地区法院起诉英伟达。"
                       "同日，兩位作家又在同一法院起诉 Databricks。")
    sued = {(h, t) for h, r, t in found if r == "sued"}
    assert {("约翰·多伊", "Databricks"), ("玛丽·罗伊", "Databricks")} <= sued


def test_one_person_counted_is_no_plaintiff_told_before(read_facts):
    found = read_facts("2024年3月8日，作家约翰·多伊起诉英伟达。同日，一名男子起诉 Databricks。")
    assert not {(h, t) for h, r, t in found if r == "sued" and t == "Databricks"}


def test_a_count_that_is_not_the_number_of_names_told_together_last_sues_nothing(read_facts):
    found = read_facts("2024年3月8日，作家约翰·多伊、玛丽·罗伊和乔治·史密斯起诉英伟达。同日，两人又起诉 Databricks。")
    assert not {(h, t) for h, r, t in found if r == "sued" and t == "Databricks"}


def _sued(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "sued"}


def test_a_platform_before_a_word_for_its_members_is_no_plaintiff(read_facts):
    found = read_facts("YouTube视频创作者玛丽·罗伊起诉英伟达。", title="YouTube创作者起诉英伟达")
    assert _sued(found) == {("玛丽·罗伊", "英伟达")}


def test_a_platform_that_sues_itself_is_a_plaintiff(read_facts):
    assert _sued(read_facts("YouTube起诉英伟达，指控其下载视频。")) == {("YouTube", "英伟达")}


def test_a_defendant_a_later_sentence_names_is_sued_by_the_items_plaintiff(read_facts):
    found = read_facts("2024年11月，X Corp.向加利福尼亚东区联邦地区法院起诉加州。被告同样包括玛丽·罗伊。")
    assert _sued(found) == {("X Corp.", "加州"), ("X Corp.", "玛丽·罗伊")}


def test_a_defendant_word_inside_a_later_sentence_adds_no_defendant(read_facts):
    found = read_facts("2024年11月，X Corp.向加利福尼亚东区联邦地区法院起诉加州。据悉，另一案中的被告包括玛丽·罗伊。")
    assert _sued(found) == {("X Corp.", "加州")}


@pytest.fixture(scope="module")
def with_people(read_facts):
    """The facts of an English item whose persons are marked by hand; ends by KB id where known."""
    def read(text: str, people: tuple[str, ...], objects: bool = False):
        facts = read_facts(text, title="Court report", date="2025-07-11", objects=True, people=people)
        if objects:
            return facts
        return {(f.head.canonical or f.head.text, f.relation, f.tail.kb_id or f.tail.text) for f in facts}
    return read


def test_a_caption_names_its_plaintiffs_by_surname_and_all_named_with_them_sue(with_people):
    found = with_people("Abel Norcott, Bria Kestel and Stewart O'Nan filed the proposed class action on Friday. "
                        "The case, Norcott v. Nvidia Corp, was brought in the U.S. District Court for the "
                        "Northern District of California.", ("Abel Norcott", "Bria Kestel", "Stewart O'Nan"))
    assert _sued_en(found) == {(p, "nvidia") for p in ("Abel Norcott", "Bria Kestel", "Stewart O'Nan")}


def test_a_caption_defendant_is_named_without_its_corporate_suffix(with_people):
    found = with_people("But the judge ruled that Paula Lenner and Lina Sauer may pursue claims. "
                        "Lenner and Sauer filed the proposed class action, Lenner v. Microsoft, Inc., in May 2024.",
                        ("Paula Lenner", "Lina Sauer"))
    assert _sued_en(found) == {("Paula Lenner", "microsoft"), ("Lina Sauer", "microsoft")}


def test_persons_named_together_outside_any_suit_sentence_are_no_plaintiffs(with_people):
    found = with_people("Abel Norcott and Bria Kestel spoke at a writers' conference in May. "
                        "The case, Norcott v. Nvidia Corp, was brought in federal court.", ("Abel Norcott", "Bria Kestel"))
    assert _sued_en(found) == {("Abel Norcott", "nvidia")}


def _sued_en(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "sued"}


def test_a_defendant_in_the_possessive_before_a_description_is_no_party(with_people):
    found = with_people("Ramon Alder sued Avianca, Colombia's largest airline, in 2022.", ("Ramon Alder",))
    assert ("Ramon Alder", "co") not in _sued_en(found)
    found = with_people("Ramon Alder sued California-based Avianca in 2022.", ("Ramon Alder",))
    assert ("Ramon Alder", "us-ca") not in _sued_en(found)
    found = with_people("Ramon Alder sued Colombia in 2022 over the airport.", ("Ramon Alder",))
    assert ("Ramon Alder", "co") in _sued_en(found)


def test_a_judge_acting_unnamed_is_the_one_court_its_document_names(with_people):
    found = with_people("Ramon Alder sued Avianca in the Southern District of New York in 2022. "
                        "A federal judge in Manhattan on Thursday allowed Alder to proceed with part of his lawsuit.",
                        ("Ramon Alder",))
    found = {(f.relation, f.tail.text) for f in with_people(
        "Ramon Alder sued Avianca in the Southern District of New York in 2022. "
        "A federal judge in Manhattan on Thursday allowed Alder to proceed with part of his lawsuit.",
        ("Ramon Alder",), objects=True) if "Thursday" in f.evidence.sentence and f.rule == "litigation/court"}
    assert found == {("adjudicated", "Ramon Alder"), ("adjudicated", "Avianca")}


def test_a_judge_acting_unnamed_in_a_sentence_with_curly_quotes_and_dashes(with_people):
    # an English sentence written with ’ “ ” and – is still English (kg.punctuation latin_only)
    found = {(f.relation, f.tail.text) for f in with_people(
        "Ramon Alder sued Avianca in the Southern District of New York in 2022. "
        "A federal judge in Manhattan on Thursday allowed Alder’s “negligence” claim – the core of his lawsuit – to proceed.",
        ("Ramon Alder",), objects=True) if "Thursday" in f.evidence.sentence and f.rule == "litigation/court"}
    assert found == {("adjudicated", "Ramon Alder"), ("adjudicated", "Avianca")}


def test_a_judge_acting_where_two_courts_are_named_adjudicates_nothing_unnamed(with_people):
    found = with_people("Ramon Alder sued Avianca in the Southern District of New York in 2022. He had sued it in the "
                        "Eastern District of New York before. The judge on Thursday allowed Alder to proceed.",
                        ("Ramon Alder",), objects=True)
    assert not [f for f in found if f.rule == "litigation/court"]


def test_english_plaintiffs_referred_to_by_their_count_sue_the_defendants_after_the_cue(with_people):
    found = with_people("Abel Norcott, Bria Kestel and Stewart O'Nan sued Nvidia on Friday. The same three writers "
                        "also filed a lawsuit against Databricks and its subsidiary MosaicML on Friday.",
                        ("Abel Norcott", "Bria Kestel", "Stewart O'Nan"), objects=True)
    counted = {(f.head.text, f.tail.text) for f in found if f.rule == "litigation/counted"}
    assert counted == {(p, d) for p in ("Abel Norcott", "Bria Kestel", "Stewart O'Nan") for d in ("Databricks", "MosaicML")}


def test_an_english_count_that_is_not_the_number_named_before_sues_no_one(with_people):
    found = with_people("Abel Norcott and Bria Kestel sued Nvidia on Friday. The same three writers "
                        "also filed a lawsuit against Databricks on Friday.", ("Abel Norcott", "Bria Kestel"), objects=True)
    assert not [f for f in found if f.rule == "litigation/counted"]


# -- settlements and agencies' cases ------------------------------------------------------------
def _of(found, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == relation}


def test_a_defendant_settling_a_suit_brought_by_a_plaintiff_was_sued_and_settled(read_facts):
    found = read_facts("Meta Platforms has settled a libel lawsuit brought by activist Jane Roe over its chatbot.",
                       people=("Jane Roe",))
    assert _of(found, "sued") == {("Jane Roe", "Meta Platforms")}
    assert {frozenset(pair) for pair in _of(found, "settled")} == {frozenset({"Jane Roe", "Meta Platforms"})}


def test_a_suit_not_settled_is_no_settlement(read_facts):
    found = read_facts("Meta Platforms has not settled a libel lawsuit brought by activist Jane Roe over its chatbot.",
                       people=("Jane Roe",))
    assert not _of(found, "settled")


@pytest.mark.parametrize("sentence", [
    "In March, Rite Aid agreed to pay $2 million to settle the Federal Trade Commission's case against it.",
    "Rite Aid reached a $2 million settlement with the Federal Trade Commission in March.",
])
def test_a_party_settling_an_agencys_case_settled_with_the_agency(read_facts, sentence):
    found = read_facts(sentence)
    assert {frozenset(pair) for pair in _of(found, "settled")} == {frozenset({"Rite Aid", "Federal Trade Commission"})}


def test_a_settlement_refused_is_none(read_facts):
    assert not _of(read_facts("Rite Aid refused a $2 million settlement with the Federal Trade Commission."), "settled")


AGENCY_RELEASE = ("The Federal Trade Commission today announced action against Rite Aid over claims about its "
                  "face scanners. {order}The Commission filed the complaint in the U.S. District Court for the "
                  "District of Massachusetts.")


def test_an_agencys_suit_ending_in_an_order_is_settled_and_its_filing_names_the_court(read_facts):
    found = read_facts(AGENCY_RELEASE.format(order="Under the proposed order, Rite Aid may not make such claims. "),
                       objects=True)
    sued = [f for f in found if f.relation == "sued"]
    assert {(f.head.text, f.tail.text) for f in sued} == {("Federal Trade Commission", "Rite Aid")}
    assert any("District of Massachusetts" in f.evidence.sentence for f in sued)  # where it was filed
    assert {(f.head.text, f.tail.text) for f in found if f.relation == "settled"} == {("Federal Trade Commission", "Rite Aid")}


def test_an_agencys_suit_with_no_order_is_not_settled(read_facts):
    found = read_facts(AGENCY_RELEASE.format(order="Rite Aid said it would fight the case. "))
    assert _of(found, "sued") == {("Federal Trade Commission", "Rite Aid")}
    assert not _of(found, "settled")


def test_an_order_settling_an_agencys_charges_tells_the_suit_and_its_settlement(read_facts):
    found = read_facts("Rite Aid will be barred from using face scanners for five years under a proposed order "
                       "settling Federal Trade Commission charges that the chain misused them.")
    assert _of(found, "sued") == {("Federal Trade Commission", "Rite Aid")}
    assert _of(found, "settled") == {("Federal Trade Commission", "Rite Aid")}


def test_an_order_refused_settles_nothing(read_facts):
    found = read_facts("Rite Aid did not agree to a proposed order settling Federal Trade Commission charges.")
    assert not _of(found, "settled") and not _of(found, "sued")


def test_an_order_agreed_with_an_agency_in_chinese_settles_without_a_suit(read_facts):
    found = read_facts("美国联邦贸易委员会指控Rite Aid夸大宣传，并宣布与该公司就一项拟议同意令达成一致。")
    assert _of(found, "settled") == {("美国联邦贸易委员会", "Rite Aid")}
    assert not _of(found, "sued")


def test_a_place_describing_a_defendant_is_no_defendant(read_facts):
    found = read_facts("The Federal Trade Commission announced action against Rite Aid, a Camp Hill, Pennsylvania company.")
    assert _of(found, "sued") == {("Federal Trade Commission", "Rite Aid")}


def test_a_settlement_told_with_its_suit_settles_it_with_every_co_plaintiff(read_facts):
    found = read_facts("Jane Roe and John Doe sued Anthropic in August 2024, and Anthropic agreed to pay authors "
                       "$3,000 per book to resolve claims that it copied their books.", people=("Jane Roe", "John Doe"))
    assert {frozenset(pair) for pair in _of(found, "settled")} == {frozenset({"Jane Roe", "Anthropic"}),
                                                                  frozenset({"John Doe", "Anthropic"})}


def test_a_settlement_a_suit_is_about_is_no_settlement_of_it(read_facts):
    found = read_facts("Jane Roe and John Doe sued Anthropic in August 2024, seeking to void a 2019 settlement "
                       "with a publisher.", people=("Jane Roe", "John Doe"))
    assert not _of(found, "settled")


def test_an_order_a_party_agrees_to_settles_with_the_items_agency(read_facts):
    found = read_facts("The Securities and Exchange Commission charged Rite Aid with misleading investors about its AI. "
                       "Rite Aid agreed to a cease-and-desist order without admitting or denying the findings.")
    assert _of(found, "settled") == {("Securities and Exchange Commission", "Rite Aid")}


def test_an_order_in_another_clause_than_the_partys_agreement_settles_nothing(read_facts):
    found = read_facts("The Securities and Exchange Commission charged Rite Aid with misleading investors. "
                       "Rite Aid agreed to hire a monitor, and the Securities and Exchange Commission issued an order.")
    assert not _of(found, "settled")


def test_a_settlement_with_an_agency_naming_no_party_settles_with_those_it_charged(read_facts):
    found = read_facts("美国证券交易委员会指控 Delphia 和 Global Predictions 作出虚假陈述。"
                       "两家公司在不承认也不否认指控的情况下与 SEC 达成和解。")
    assert _of(found, "settled") >= {("美国证券交易委员会", "Delphia"), ("美国证券交易委员会", "Global Predictions")}


def test_a_settlement_with_an_agency_not_reached_settles_nothing(read_facts):
    found = read_facts("美国证券交易委员会指控 Delphia 作出虚假陈述。SEC 表示尚未与其和解。")
    assert not _of(found, "settled")


def test_a_settlement_with_an_agency_naming_no_party_settles_with_none_it_only_investigated(read_facts):
    # an arrest is the police's investigation of the person (round 69's convention), no charge the settlement ends
    found = read_facts("The Kessel Police Department arrested Jane Roe in 2020.\n\n"
                       "A settlement was reached in a wrongful arrest lawsuit tied to the Kessel Police Department.")
    assert ("Kessel Police Department", "Jane Roe") in _of(found, "investigated")
    assert not _of(found, "settled")


def test_every_plaintiff_a_case_was_brought_by_sues_its_defendant(with_people):
    found = with_people("The case, Norcott v. Nvidia Corp, was brought in 2023 by Abel Norcott and Bria Kestel, two "
                        "painters who sell prints online, and by the Authors Guild, a writers' group.",
                        ("Abel Norcott", "Bria Kestel"))
    assert {("Abel Norcott", "nvidia"), ("Bria Kestel", "nvidia")} <= _sued_en(found)
    assert any("Authors Guild" in plaintiff for plaintiff, _ in _sued_en(found))
    found = with_people("The case, Norcott v. Nvidia Corp, was brought by Abel Norcott after Bria Kestel spoke.",
                        ("Abel Norcott", "Bria Kestel"))
    assert _sued_en(found) == {("Abel Norcott", "nvidia")}  # a name after other words is none of them

    found = with_people("Norcott v. Nvidia Corp had been filed on Monday by Abel Norcott.", ("Abel Norcott",))
    assert _sued_en(found) == {("Abel Norcott", "nvidia")}  # any auxiliary of context.tsv passive_auxiliary


def test_a_brought_by_list_goes_on_past_ages_unread_names_and_the_kin_suing_for_them(with_people):
    found = with_people("The case, Norcott v. Nvidia Corp, was lodged by the estate of Abel Norcott, 61, Bria Kestel, 34, "
                        "and Cora Lind, 29.", ("Abel Norcott", "Bria Kestel", "Cora Lind"))
    assert _sued_en(found) == {(p, "nvidia") for p in ("Abel Norcott", "Bria Kestel", "Cora Lind")}
    found = with_people("The case, Norcott v. Nvidia Corp, was filed by Abel Norcott, Quillmark, Bria Kestel "
                        "and Cora Lind.", ("Abel Norcott", "Bria Kestel", "Cora Lind"))
    assert {(p, "nvidia") for p in ("Abel Norcott", "Bria Kestel", "Cora Lind")} <= _sued_en(found)
    found = with_people("The case, Norcott v. Nvidia Corp, was filed by Abel Norcott after a meeting with "
                        "lawyers, and Cora Lind spoke.", ("Abel Norcott", "Cora Lind"))
    assert ("Cora Lind", "nvidia") not in _sued_en(found)  # words that are no names end the list


def test_a_brought_by_list_goes_on_past_semicolons(with_people):
    # the splitter ends a sentence at each semicolon; the list does not end there
    found = with_people("The case, Norcott v. Nvidia Corp, was lodged by Abel Norcott, 61; Bria Kestel, 34; "
                        "and Cora Lind, 29, three illustrators.", ("Abel Norcott", "Bria Kestel", "Cora Lind"))
    assert _sued_en(found) == {(p, "nvidia") for p in ("Abel Norcott", "Bria Kestel", "Cora Lind")}


def test_suits_referred_to_by_a_pronoun_are_brought_against_the_defendants_named_before(with_people):
    found = with_people("Three complaints reached a Texas court in May. Each names Nvidia Corp and Google "
                        "as co-defendants. They were lodged by Abel Norcott, 61; and Cora Lind, 29.",
                        ("Abel Norcott", "Cora Lind"))
    assert {(p, d) for p in ("Abel Norcott", "Cora Lind") for d in ("nvidia", "google")} <= _sued_en(found)
    found = with_people("Three complaints reached a Texas court in May. They were lodged by Abel Norcott.",
                        ("Abel Norcott",))
    assert not _sued_en(found)  # no defendant named: no suit

def test_a_ruling_told_before_the_items_only_suit_is_by_the_court_named_before_it(read_facts):
    found = read_facts("美国特拉华州联邦地区法院\n在汤森路透诉ROSS案中，法官约翰·多伊裁定排除一份专家报告。"
                       "该案原告汤森路透于2020年起诉ROSS Intelligence。")
    assert _adjudicated(found) == {("美国特拉华州联邦地区法院", "汤森路透"),
                                   ("美国特拉华州联邦地区法院", "ROSS Intelligence")}
    found = read_facts("美国特拉华州联邦地区法院\n法官约翰·多伊裁定排除一份专家报告。"
                       "汤森路透于2020年起诉ROSS Intelligence。Getty Images于2023年起诉Stability AI。", objects=True)
    assert not [f for f in found if f.rule == "litigation/referred"]  # two suits told after it: neither is its own


TWO_ENTRIES = """\
某律所　诉讼记录

2024年3月
美国特拉华州联邦地区法院
摘要：在汤森路透诉ROSS案中，法官约翰·多伊裁定排除一份专家报告。该案原告汤森路透于2020年起诉ROSS Intelligence。
点评：值得关注。

2024年5月
美国特拉华州联邦地区法院
摘要：Getty Images起诉Stability AI和Midjourney，称其抓取图片。
点评：同类案件增多。
"""


def test_the_only_suit_of_an_entry_is_not_mixed_with_another_entry_of_the_same_title(pipeline, tmp_path):
    from kg.ingest import read_document
    path = tmp_path / "log.txt"
    path.write_text(TWO_ENTRIES, encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    ruled = {graph.entity(tail)["label"] for _, _, tail, edge in graph.facts("adjudicated")
             if "litigation/referred" in edge["rules"]}
    assert ruled == {"汤森路透", "ROSS Intelligence"}


@pytest.mark.parametrize("text, added", [
    ("2024年3月，星岚科技向加利福尼亚北区联邦地区法院起诉卓汇科技公司。同年6月，星岚科技追加百度为被告。", {"百度"}),
    ("2024年3月，星岚科技向加利福尼亚北区联邦地区法院起诉卓汇科技公司。原告随后将百度和腾讯列为共同被告。", {"百度", "腾讯"}),
    ("2024年3月，星岚科技向加利福尼亚北区联邦地区法院起诉卓汇科技公司。今年1月，星岚科技提交修改后的起诉书，点名两名新被告：百度和英国的玛丽·罗伊。",
     {"百度", "玛丽·罗伊"}),
])
def test_a_defendant_added_later_is_sued_by_the_suits_plaintiff(read_facts, text, added):
    assert _sued(read_facts(text)) == {("星岚科技", "卓汇科技公司")} | {("星岚科技", name) for name in added}


def test_an_english_defendant_added_in_the_filing_sentence_or_later_is_sued_by_its_plaintiff(read_facts):
    found = read_facts("Reddit sued Anthropic in San Francisco in June and added Microsoft as a defendant in August.",
                       title="Court report", date="2025-09-01")
    assert ("Reddit", "Microsoft") in _sued(found)
    found = read_facts("Reddit sued Anthropic in San Francisco in June. In August, Reddit named Microsoft and "
                       "Nvidia as additional defendants.", title="Court report", date="2025-09-01")
    assert {("Reddit", "Microsoft"), ("Reddit", "Nvidia")} <= _sued(found)


@pytest.mark.parametrize("text, added", [
    ("Reddit sued Anthropic in June. Microsoft was added as a defendant when Reddit amended its complaint.", {"Microsoft"}),
    ("Reddit sued Anthropic in June. In August, Microsoft and Nvidia were later named as defendants.", {"Microsoft", "Nvidia"}),
    ("2024年3月，Reddit起诉Anthropic。同年6月，微软被追加为被告。", {"微软"}),
    ("2024年3月，Reddit起诉Anthropic。微软和英伟达随后被列为共同被告。", {"微软", "英伟达"}),
])
def test_a_defendant_added_in_the_passive_is_sued_by_the_suits_plaintiff(read_facts, text, added):
    assert {("Reddit", name) for name in added} <= _sued(read_facts(text, title="Court report", date="2025-09-01"))


def test_a_party_added_as_no_defendant_is_not_sued(read_facts):
    found = read_facts("Reddit sued Anthropic in June. Microsoft was added as a reseller in August.", title="Court report")
    assert ("Reddit", "Microsoft") not in _sued(found)


def test_naming_a_party_outside_a_complaint_adds_no_defendant(read_facts):
    found = read_facts("2024年3月，星岚科技起诉卓汇科技公司。星岚科技点名百度是其竞争对手。")
    assert _sued(found) == {("星岚科技", "卓汇科技公司")}


@pytest.mark.parametrize("text", [
    "Three regional papers owned by News Corp sued OpenAI on Monday.",
    "Two magazines that belong to News Corp filed suit against OpenAI in Manhattan.",
    "新闻集团旗下的三家报纸起诉OpenAI。",
])
def test_the_owner_of_those_suing_is_no_plaintiff(read_facts, text):
    assert not {(h, t) for h, t in _sued(read_facts(text, title="Court report")) if h in ("News Corp", "新闻集团")}


def test_an_owner_suing_in_its_own_name_is_a_plaintiff(read_facts):
    assert ("News Corp", "OpenAI") in _sued(read_facts("News Corp, which owns three papers, sued OpenAI.",
                                                               title="Court report"))


def test_a_request_ruled_on_in_an_item_telling_its_suit_adds_no_suit(read_facts):
    text = ("Getty Images sued Stability AI in the Regional Court of Hamburg in May. The Regional Court of Hamburg "
            "denied an injunction sought by Stability AI against Google.")
    assert ("Stability AI", "sued", "Google") not in read_facts(text, title="Court report", date="2025-05-23")


@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("Prosecutors on Tuesday charged Sam Altman with wire fraud. The case was brought by the Federal Trade Commission.",
     "Federal Trade Commission", "Sam Altman"),
    ("Sam Altman was indicted in Manhattan. A grand jury indicted Sam Altman on Monday; the case was filed by the "
     "Federal Trade Commission in federal court.", "Federal Trade Commission", "Sam Altman"),
    # a suit told first without its plaintiff (a lawsuit accusing X, a class action against X)
    ("A lawsuit accusing Nvidia of copying painters' works may proceed, a judge ruled. The case was filed in March "
     "2023 by Ann Roe, a painter from Ohio.", "Ann Roe", "Nvidia"),
    ("The class action against Nvidia survived a motion to dismiss. The suit was brought last spring by Ann Roe.",
     "Ann Roe", "Nvidia"),
])
def test_who_brought_the_items_case_sues_the_one_it_charged_or_sued(read_facts, text, plaintiff, defendant):
    found = read_facts(text, title="Court report", date="2025-04-10", people=("Sam Altman", "Ann Roe"))
    assert (plaintiff, defendant) in _sued(found)


def test_who_brought_a_case_the_sentence_names_no_defendant_of_sues_no_one_else(read_facts):
    found = read_facts("Sam Altman spoke at a conference. The case was brought by the Federal Trade Commission.",
                       title="Court report", date="2025-04-10", people=("Sam Altman",))
    assert not _sued(found)
    # a place that only begins the name of who brought it is no plaintiff (the office, where it is named, is)
    found = read_facts("Prosecutors charged Sam Altman with fraud. The case was brought by the U.S. Attorney's Office "
                       "for the Northern District of Ohio.", title="Court report", date="2025-04-10", people=("Sam Altman",))
    assert not {(h, t) for h, t in _sued(found) if h in ("U.S.", "美国")}


def test_a_protest_against_a_company_is_no_suit_someone_brought(read_facts):
    found = read_facts("Painters marched against Nvidia on Monday. The petition was brought by Ann Roe.",
                       title="Court report", date="2025-04-10", people=("Ann Roe",))
    assert not _sued(found)

def test_a_settlement_of_both_parties_settles_the_suit_though_a_later_clause_names_someone_else(read_facts):
    found = read_facts("歌手玛丽·陈的经纪公司星光娱乐于3月起诉了音乐平台Udio。6月，双方达成和解，Udio承诺不再使用陈的声音。",
                       people=("陈",))
    assert ("星光娱乐", "settled", "Udio") in found or any(f[1] == "settled" and f[2] == "Udio" for f in found)


def test_a_settlement_with_another_company_in_its_own_clause_settles_nothing_of_the_suit(read_facts):
    found = read_facts("环球音乐起诉了Udio。10月，华纳音乐与Suno达成和解。")
    assert ("环球音乐", "settled", "Udio") not in found


@pytest.mark.parametrize("sentence", [
    "股东约翰·史密斯代表购买英伟达股票的投资者提起集体诉讼，被告为英伟达和首席执行官黄仁勋。",
    "约翰·史密斯代表2024年买入英伟达股票的全体投资者提起拟议集体诉讼，被告包括英伟达、首席执行官黄仁勋。",
])
def test_the_plaintiff_stands_before_the_word_for_whom_it_sues(read_facts, sentence):
    sued = {(h, t) for h, r, t in read_facts(sentence) if r == "sued"}
    assert sued == {("约翰·史密斯", "英伟达"), ("约翰·史密斯", "黄仁勋")}


def test_officers_titled_in_a_list_of_defendants_are_each_sued(read_facts):
    found = read_facts("约翰·史密斯提起诉讼，被告包括英伟达、首席执行官黄仁勋和前首席财务官玛丽·克雷斯。")
    assert {t for h, r, t in found if r == "sued"} == {"英伟达", "黄仁勋", "玛丽·克雷斯"}


@pytest.mark.parametrize("sentence", [
    "环球音乐集团起诉Anthropic。Anthropic否认上述指控，称该诉讼是环球音乐集团的又一次施压。",
    "环球音乐集团起诉Anthropic。百度表示，这起诉讼是对Anthropic的又一次打击。",
])
def test_the_suit_referred_to_is_no_new_filing(read_facts, sentence):
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "sued"} == {("环球音乐集团", "Anthropic")}


@pytest.mark.parametrize("text", [
    "今年2月，美国特拉华州联邦地区法院在腾讯诉百度一案中认定，被告不构成合理使用。此前，纽约时报起诉OpenAI和微软。",
    "北京互联网法院就腾讯诉百度案作出判决，支持原告诉请。此外，纽约时报起诉OpenAI。",
    "纽约时报起诉OpenAI。2024年，北京互联网法院于腾讯诉百度案中驳回了被告的抗辩。",
])
def test_a_court_ruling_in_a_case_it_names_adjudicates_that_cases_sides_only(read_facts, text):
    ruled = {t for h, t in _adjudicated(read_facts(text))}
    assert ruled == {"腾讯", "百度"}


def test_a_court_named_before_a_case_it_does_not_act_in_adjudicates_nothing(read_facts):
    assert not _adjudicated(read_facts("北京互联网法院在腾讯诉百度案中收到了大量材料。"))


@pytest.mark.parametrize("ruling", [
    "该法院于2024年1月作出不利于环球音乐集团的判决。",  # the court of the suit told before (ReferredLitigation)
    "美国哥伦比亚特区联邦地区法院审理后驳回了起诉。",  # the court named acting (Hearings)
])
def test_an_agency_or_official_sued_is_a_side_the_court_rules_on(read_facts, ruling):
    found = read_facts("2023年3月，环球音乐集团向美国哥伦比亚特区联邦地区法院起诉美国专利商标局。" + ruling)
    assert ("环球音乐集团", "sued", "美国专利商标局") in found
    assert _adjudicated(found) == {("美国哥伦比亚特区联邦地区法院", "环球音乐集团"),
                                   ("美国哥伦比亚特区联邦地区法院", "美国专利商标局")}


def _pairs(found, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == relation}


def test_a_criminal_charge_brought_is_the_prosecutors_suit_not_an_accusation(read_facts):
    found = read_facts("2024年3月，美国司法部在加州北区联邦地区法院对Waymo提起刑事指控，指其隐瞒事故。")
    assert _pairs(found, "sued") == {("美国司法部", "Waymo")}
    assert not _pairs(found, "accused")


@pytest.mark.parametrize("text, pair", [
    ("2024年11月，Waymo与美国司法部签订暂缓起诉协议，同意支付罚金。", ("Waymo", "美国司法部")),
    ("2024年5月，微软与任天堂签署和解协议，结束专利纠纷。", ("微软", "任天堂")),
])
def test_an_agreement_ending_a_dispute_or_a_prosecution_settles_it_and_is_no_partnership(read_facts, text, pair):
    found = read_facts(text)
    assert pair in _pairs(found, "settled") | {(t, h) for h, t in _pairs(found, "settled")}
    assert not _pairs(found, "partnered")


def test_a_name_a_suit_is_aimed_at_sues_no_one(read_facts):
    found = read_facts("针对谷歌（部分案件同时针对微软）的多起版权诉讼被移送至纽约南区联邦地区法院。")
    assert not _pairs(found, "sued")


def test_an_agency_order_is_agreed_with_the_unit_not_its_owner_nor_the_buyer_it_names(read_facts):
    owned = read_facts("2024年9月，美国联邦贸易委员会宣布与软银旗下的机器人公司波士顿动力达成同意令。")
    assert _pairs(owned, "settled") == {("美国联邦贸易委员会", "波士顿动力")}
    demanded = read_facts("2024年5月，美国联邦贸易委员会与两家公司达成同意令，要求把上述资产出售给是德科技。")
    assert not _pairs(demanded, "settled")


def test_an_order_with_another_agency_settles_none_of_the_suit_told_before(read_facts):
    found = read_facts("2023年，美国司法部起诉Cruise。2024年，美国国家公路交通安全管理局宣布与Cruise达成同意令。")
    assert _pairs(found, "settled") == {("美国国家公路交通安全管理局", "Cruise")}


def test_the_parties_settling_settle_the_suit_told_last_before(read_facts):
    found = read_facts("In 2021, Clearview AI was sued by the ACLU over face scans. Separately, in 2022, Getty Images "
                       "sued Stability AI. The parties announced a settlement in May 2024.")
    assert _pairs(found, "settled") == {("Getty Images", "Stability AI")}


def test_a_court_approving_a_settlement_settles_the_suit(read_facts):
    text = ("In 2019, Getty Images sued Stability AI over its photos. The cases were consolidated in the U.S. District "
            "Court for the District of Delaware, where Judge Mary Holt {} a $90 million class settlement in 2021.")
    assert _pairs(read_facts(text.format("approved"), people=("Mary Holt",)), "settled") == {("Getty Images", "Stability AI")}
    assert not _pairs(read_facts(text.format("rejected"), people=("Mary Holt",)), "settled")


def test_a_court_certifying_a_class_hears_the_suit(read_facts):
    found = read_facts("2024年，求职者德里克·莫布利起诉人力资源软件公司Workday。"
                       "今年5月，美国加利福尼亚州北区联邦地区法院初步认证了一个集体。")
    assert _adjudicated(found) == {("美国加利福尼亚州北区联邦地区法院", "德里克·莫布利"),
                                   ("美国加利福尼亚州北区联邦地区法院", "Workday")}


def test_a_court_acting_in_an_item_of_several_suits_hears_the_one_told_last_before(read_facts):
    found = read_facts("2023年，环球音乐集团起诉Anthropic。2024年，纽约时报起诉OpenAI。"
                       "今年4月，美国纽约南区联邦地区法院批准了原告的申请。")
    assert _adjudicated(found) == {("美国纽约南区联邦地区法院", "纽约时报"), ("美国纽约南区联邦地区法院", "OpenAI")}


@pytest.mark.parametrize("ruling", [
    "东京地方法院于2024年5月16日驳回其诉讼请求。",   # the date between the court and its act
    "2025年3月，东京地方法院维持原判。",               # an appeal court's acts
    "东京地方法院在2024年11月推翻了一审判决。",
])
def test_a_court_acting_after_the_date_or_on_appeal_adjudicates_the_items_suit(read_facts, ruling):
    found = read_facts("作家乔安·李起诉日本特许厅。" + ruling)
    assert {t for h, r, t in found if r == "adjudicated" and h == "东京地方法院"} == {"乔安·李", "日本特许厅"}


# -- paraphrases of suits and rulings (lit15b): sides named by role, a case's name after a court's act

@pytest.mark.parametrize("sentence", [
    "原告知乎诉称，被告百度未经许可抓取其内容。",
    "该案原告为知乎，被告为百度。",
    "原告知乎以不正当竞争为由将被告百度诉至北京知识产权法院。",
])
def test_sides_named_by_their_roles_give_the_plaintiff_suing_the_defendant(read_facts, sentence):
    assert _sued(read_facts(sentence)) == {("知乎", "百度")}


def test_a_court_acting_on_sides_named_by_their_roles_adjudicates_both(read_facts):
    found = read_facts("北京互联网法院判决被告百度赔偿原告知乎经济损失。")
    assert _sued(found) == {("知乎", "百度")}
    assert _adjudicated(found) == {("北京互联网法院", "百度"), ("北京互联网法院", "知乎")}


def test_a_defendant_unnamed_after_its_role_makes_no_passive_and_no_accusation(read_facts):
    found = read_facts("微软在弗吉尼亚州东区联邦地区法院起诉10名身份不明的被告，指控其非法访问微软Azure OpenAI服务。")
    assert not {f for f in found if f[1] == "accused"}


@pytest.mark.parametrize("sentence", [
    "北京知识产权法院受理了腾讯诉百度不正当竞争案。",
    "法院审理了腾讯诉百度一案。",
    "北京互联网法院对腾讯诉百度案作出一审判决。",
])
def test_a_case_named_after_a_courts_act_keeps_its_plaintiff(read_facts, sentence):
    assert _sued(read_facts(sentence)) == {("腾讯", "百度")}


@pytest.mark.parametrize("text, accused", [
    # the person said to be charged before the prosecutor's sentence
    ("退休教师Mark Ellison（马克·埃利森）被控利用AI伪造选举录音。纽约州南区联邦检察官办公室提起公诉，法官随后宣判。", "Mark Ellison"),
    # the state's case names the accused, the prosecutor's sentence refers to him as 被告
    ("United States v. Ellison\n退休教师马克·埃利森（Mark Ellison）在社交平台上发布AI伪造录音。纽约州南区联邦检察官办公室以诈骗罪起诉被告。",
     "马克·埃利森"),
])
def test_a_prosecutor_charging_an_unnamed_defendant_sued_the_items_accused_person(read_facts, text, accused):
    found = read_facts(text)
    assert ("纽约州南区联邦检察官办公室", "sued", accused) in found


def test_a_prosecutor_naming_no_accused_person_in_the_item_sues_no_one(read_facts):
    found = read_facts("退休教师马克·埃利森在社交平台上谈论AI。纽约州南区联邦检察官办公室提起公诉，案件仍在审理中。")
    assert not {f for f in found if f[1] == "sued"}


def test_a_prosecutor_named_after_a_passive_prosecution_sued_the_person_the_court_sentenced(read_facts):
    found = read_facts("Leeds Crown Court sentenced Martin Oakes to nine years after he sold AI-made abuse images. "
                       "The case was prosecuted by the Crown Prosecution Service.", people=("Martin Oakes",))
    assert ("Crown Prosecution Service", "sued", "Martin Oakes") in found


def test_a_prosecutor_whose_charges_a_defendant_pleaded_guilty_to_sued_the_accused_of_the_case_name(read_facts):
    found = read_facts("The judge's order in United States v. Pryce drew notice. Dana Pryce pleaded guilty in 2019 to "
                       "charges brought by the U.S. Attorney's Office for the District of Oregon.", people=("Dana Pryce",))
    assert ("U.S. Attorney's Office for the District of Oregon", "sued", "Dana Pryce") in found


@pytest.mark.parametrize("text, prosecutor, accused", [
    # the prosecutor says the person was charged: the charge in the passive, an appositive between name and charge
    ("Tom Pikeman of Dover, founder and former CEO of the company Zentrix, was charged with one count of wire fraud, "
     "the Justice Department said in a statement.", "Justice Department", "Tom Pikeman"),
    ("Attorney General Jane M. Roewell announced today that Tom Pikeman, 41, of Dover, has been indicted on two charges.",
     "Attorney General", "Tom Pikeman"),
    # the indictment told by its noun, the person charged in the item's next sentence
    ("The Ohio Attorney General's Office announced the indictment on Monday. Tom Pikeman, who ran the call centre for "
     "two years, was charged with nine felony counts.", "Ohio Attorney General's Office", "Tom Pikeman"),
    ("海淀区人民检察院通报称，林大维（化名）被指控利用AI伪造录音。", "海淀区人民检察院", "林大维"),
])
def test_a_prosecutor_reporting_a_charge_sued_the_person_charged(read_facts, text, prosecutor, accused):
    found = read_facts(text, people=("Tom Pikeman", "陳小安", "林大维"))
    assert (prosecutor, "sued", accused) in found


def test_a_prosecutor_reporting_a_charge_in_traditional_characters_sued_the_person_charged(pipeline, write_doc):
    text = "AI換臉影像案偵結\n\n士林地檢署昨日指出，陳小安（化名）被控散布不實影像。\n"
    result = pipeline.process(write_doc("trad.txt", text))
    assert ("士林地檢署", "sued", "陳小安") in {(f.head.text, f.relation, f.tail.text) for f in result.facts}


@pytest.mark.parametrize("text", [
    # no charge: denied, or only investigated
    "The Ohio Attorney General's Office said Tom Pikeman has not been charged.",
    "The Ohio Attorney General's Office opened an investigation into Tom Pikeman on Monday.",
    # another person between the name and the charge: the one charged is the other
    "Tom Pikeman said that his partner Ann Lowry, 39, was charged with fraud, the Justice Department said.",
])
def test_a_prosecutor_beside_no_charge_of_the_person_sues_no_one(read_facts, text):
    found = read_facts(text, people=("Tom Pikeman", "Ann Lowry"))
    assert not {(h, t) for h, r, t in found if r == "sued" and t == "Tom Pikeman"}


def test_a_complaint_naming_defendants_completes_the_suit_told_before(read_facts):
    # the sentence before tells the plaintiff and no defendant; the complaint's sentence the defendants
    found = read_facts("Poet Marta Ilves has joined three other writers in a suit against several chatbot makers. "
                       "Their complaint, lodged on Tuesday, lists Stability AI and Midjourney as defendants.",
                       people=("Marta Ilves",))
    assert _sued(found) == {("Marta Ilves", "Stability AI"), ("Marta Ilves", "Midjourney")}


def test_a_complaint_naming_no_one_after_a_suitless_sentence_adds_nothing(read_facts):
    found = read_facts("Poet Marta Ilves spoke at a book fair in Lyon. The complaint names Stability AI as a defendant.",
                       people=("Marta Ilves",))
    assert _sued(found) == set()


def test_a_place_describing_a_defendant_is_no_party(read_facts):
    found = read_facts("Novelist Ana Ruiz filed a lawsuit against Vexa, the Austin, Texas start-up behind the Vexa app.",
                       people=("Ana Ruiz",))
    assert not any(place in (h, t) for h, t in _sued(found) for place in ("Austin", "Texas"))


def test_a_settlement_the_plaintiffs_stayed_out_of_or_a_filing_follows_settles_nothing(with_people):
    found = with_people("Abel Norcott sued Nvidia Corp, saying writers who stayed out of the Nvidia settlement "
                        "can still press claims.", ("Abel Norcott",))
    assert ("Abel Norcott", "nvidia") in _sued_en(found)
    assert not _of(found, "settled")
    found = with_people("Abel Norcott sued Nvidia Corp in May. The filing follows the class settlement that "
                        "Nvidia reached with painters last year.", ("Abel Norcott",))
    assert not _of(found, "settled")
    found = with_people("Abel Norcott sued Nvidia Corp in May. Nvidia agreed to settle in June.", ("Abel Norcott",))
    assert _of(found, "settled")  # a settlement no clause sets apart still settles the suit


def test_plaintiffs_listed_after_a_suit_filed_in_a_named_court_or_the_suit_brought_sue(with_people):
    found = with_people("Judge Ann Voss ruled for Nvidia Corp in Norcott v. Nvidia, the suit brought in May 2024 by "
                        "Abel Norcott, Bria Kestel and other painters.", ("Abel Norcott", "Bria Kestel"))
    assert {("Abel Norcott", "nvidia"), ("Bria Kestel", "nvidia")} <= _sued_en(found)
    found = with_people("Three studios have sued Nvidia Corp over its video model. The complaint was filed on Monday in "
                        "the U.S. District Court for the District of Oregon by Abel Norcott and Bria Kestel.",
                        ("Abel Norcott", "Bria Kestel"))
    assert {("Abel Norcott", "nvidia"), ("Bria Kestel", "nvidia")} <= _sued_en(found)


@pytest.mark.parametrize("sentence, plaintiff, defendant", [
    ("The Consumer Protection Commission has started proceedings in the Federal Court of Australia against Qantas.",
     "Consumer Protection Commission", "Qantas"),
    ("The Data Protection Commission launched urgent proceedings earlier this week against Ryanair.",
     "Data Protection Commission", "Ryanair"),
])
def test_proceedings_without_an_article_sue_the_name_after_against(read_facts, sentence, plaintiff, defendant):
    sued = {(head, tail) for head, relation, tail in read_facts(sentence) if relation == "sued"}
    assert sued == {(plaintiff, defendant)}  # the court the proceedings are in is no party


def test_proceedings_with_no_against_sue_no_one(read_facts):
    # proceedings told without a side against whom they run are no suit of the names around them
    found = read_facts("The Federal Court of Australia adjourned the proceedings, and Qantas welcomed the delay.")
    assert not {f for f in found if f[1] == "sued"}


def test_a_seat_whose_state_closes_with_a_comma_is_no_plaintiff(read_facts):
    found = read_facts("Quizlet and Chegg are being sued by Lumora, the Austin, Texas, maker of a tutoring chatbot.")
    assert not {h for h, r, t in found if r == "sued"} & {"Austin", "Texas", "得克萨斯州"}


def test_a_plaintiffs_co_plaintiffs_sue_that_plaintiffs_defendants(read_facts):
    found = read_facts("Dana Ruiz sued Qantas last week. Ruiz's co-plaintiffs are the poet Ana Soto, "
                       "the novelist Tom Reyes and Mia Holt.", people=("Dana Ruiz", "Ruiz", "Ana Soto", "Tom Reyes", "Mia Holt"))
    assert {(h, t) for h, r, t in found if r == "sued"} >= {
        ("Ana Soto", "Qantas"), ("Tom Reyes", "Qantas"), ("Mia Holt", "Qantas")}


def test_further_plaintiffs_listed_after_the_word_join_the_suit_told_before(read_facts):
    found = read_facts("Dana Ruiz sued Qantas in March. Two other plaintiffs, Ana Soto and Tom Reyes, say the airline misled them.",
                       people=("Dana Ruiz", "Ana Soto", "Tom Reyes"))
    assert {h for h, r, t in found if r == "sued" and t == "Qantas"} == {"Dana Ruiz", "Ana Soto", "Tom Reyes"}


def test_names_told_as_members_of_the_suit_are_its_plaintiffs(read_facts):
    """litigation/coplaintiffs: the lead plaintiff, X; authors involved in this lawsuit include A and B."""
    found = read_facts("Dana Ruiz sued Qantas in March. Authors involved in this lawsuit include Ana Soto and Tom Reyes.",
                       people=("Dana Ruiz", "Ana Soto", "Tom Reyes"))
    assert {h for h, r, t in found if r == "sued" and t == "Qantas"} == {"Dana Ruiz", "Ana Soto", "Tom Reyes"}
    lead = read_facts("A class action was filed against Qantas. The lead plaintiff, Ana Soto, says the airline misled her. "
                      "Qantas was sued by Tom Reyes too.", people=("Ana Soto", "Tom Reyes"))
    assert ("Ana Soto", "sued", "Qantas") in lead
    aside = read_facts("Dana Ruiz sued Qantas in March. The lawyers involved in the case met Ana Soto.",
                       people=("Dana Ruiz", "Ana Soto"))
    assert ("Ana Soto", "sued", "Qantas") not in aside


def test_a_plaintiff_joined_by_others_in_the_suit_shares_its_defendants(read_facts):
    """litigation/coplaintiffs: Ruiz was joined in her lawsuit by A; joined by fellow authors including the poet B."""
    people = ("Dana Ruiz", "Ruiz", "Ana Soto", "Tom Reyes")
    found = read_facts("Dana Ruiz sued Qantas in March. Ruiz was joined in her lawsuit by Ana Soto.", people=people)
    assert ("Ana Soto", "sued", "Qantas") in found
    fellow = read_facts("Dana Ruiz sued Qantas in March. Ruiz, a novelist, was joined by fellow authors including "
                        "poet Tom Reyes.", people=people)
    assert ("Tom Reyes", "sued", "Qantas") in fellow


def test_a_name_told_otherwise_after_the_plaintiff_word_is_no_plaintiff(read_facts):
    # the plaintiffs' lawyer is no plaintiff: the word and the name are joined by no list
    found = read_facts("Dana Ruiz sued Qantas in March. The plaintiffs' lawyer Ana Soto said the airline misled them.",
                       people=("Dana Ruiz", "Ana Soto"))
    assert not {h for h, r, t in found if r == "sued"} & {"Ana Soto"}


# An inventory of the ways Chinese news, newsletters and court summaries tell a court hearing or
# ruling on a suit, about two invented companies; each must have the court adjudicate both sides.
COURT_ACTS_ZH = [
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院一审判决被告云帆智能公司赔偿原告蓝鲸科技公司经济损失10万元。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院驳回了蓝鲸科技公司的诉讼请求。",
    "蓝鲸科技公司起诉云帆智能公司不正当竞争。杭州互联网法院裁定驳回起诉。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。蓝鲸科技公司诉云帆智能公司著作权侵权纠纷一案，杭州互联网法院近日作出判决。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院判令云帆智能公司停止侵权。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院近日审结蓝鲸科技公司诉云帆智能公司著作权侵权纠纷案。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院于3月5日开庭审理此案。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权，杭州互联网法院一审判决云帆智能公司败诉。云帆智能公司提起上诉，杭州市中级人民法院二审维持原判。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院认为，云帆智能公司的行为构成侵权。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权，该案由杭州互联网法院审理。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院支持了原告的主张。",
    "蓝鲸科技公司向杭州互联网法院申请诉前禁令，要求云帆智能公司停止使用其数据。法院裁定准许该申请。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院审理认为，被告构成侵权。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院审理后认为，训练数据的使用构成侵权。该院判决被告赔偿5万元。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院受理并审理了此案。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院认定云帆智能公司构成侵权。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。在蓝鲸科技公司诉云帆智能公司一案中，杭州互联网法院判决被告赔偿原告损失。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院部分支持了原告的诉讼请求。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院作出一审判决，认定AI生成图片受著作权法保护。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。经审理，杭州互联网法院判决被告停止侵权。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院公开开庭审理了该案。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院对该案作出一审判决。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院近日对此案进行了宣判。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院驳回了云帆智能公司的管辖权异议。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院一审认定被告侵权，判赔2万元。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。云帆智能公司不服一审判决，上诉至杭州市中级人民法院，杭州市中级人民法院驳回上诉，维持原判。",
    "蓝鲸科技公司在杭州互联网法院起诉云帆智能公司。该院认为，被告的行为构成不正当竞争。",
    "蓝鲸科技公司在杭州互联网法院起诉云帆智能公司。法院最终判决被告赔偿经济损失。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院发出诉前禁令，责令云帆智能公司停止使用涉案数据。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院日前公开宣判此案。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院经审理查明，被告未经许可使用了原告的作品。",
]
COURT_ACTS_EN = [
    "Brightline Labs sued Acme AI Inc. for copyright infringement. A federal judge in San Francisco dismissed the lawsuit on Monday.",
    "Brightline Labs sued Acme AI Inc. in the U.S. District Court for the Northern District of California. The court granted a preliminary injunction against Acme AI Inc.",
    "Brightline Labs sued Acme AI Inc. for copyright infringement. Judge William Orrick of the U.S. District Court for the Northern District of California ruled that the claims could proceed.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California sided with Acme AI Inc.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California tossed the claims.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California allowed the case to proceed.",
    "Brightline Labs sued Acme AI Inc. over its training data. In a ruling on Tuesday, the U.S. District Court for the Northern District of California dismissed most of the claims.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Ninth Circuit Court of Appeals revived the lawsuit.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Ninth Circuit Court of Appeals heard arguments in the case on Monday.",
    "Brightline Labs sued Acme AI Inc. over its training data. The High Court of England and Wales granted an interim injunction.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California ruled in favor of Acme AI Inc.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California denied Acme AI Inc.'s motion to dismiss.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California found that the use was fair use.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California held that Acme AI Inc. infringed the copyrights.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California issued a temporary restraining order against Acme AI Inc.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California certified the class.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California approved the settlement.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California ordered Acme AI Inc. to pay damages.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California granted summary judgment to Acme AI Inc.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Ninth Circuit Court of Appeals affirmed the dismissal.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Ninth Circuit Court of Appeals reversed the lower court's ruling.",
    "In Brightline Labs v. Acme AI Inc., the U.S. District Court for the Northern District of California ruled that training was fair use.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Court of Justice of the European Union ruled on the case in March.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California rejected Acme AI Inc.'s bid to dismiss the case.",
    "Brightline Labs sued Acme AI Inc. in the U.S. District Court for the Northern District of California. The court dismissed the case on Friday.",
    "Brightline Labs sued Acme AI Inc. in the U.S. District Court for the Northern District of California. The judge tossed the claims last week.",
    "Brightline Labs sued Acme AI Inc. in the U.S. District Court for the Northern District of California. On Tuesday the court sided with the startup.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Ninth Circuit Court of Appeals upheld the lower court's dismissal.",
    "Brightline Labs sued Acme AI Inc. over its training data. The Ninth Circuit Court of Appeals reinstated the claims.",
    "Brightline Labs sued Acme AI Inc. over its training data. The High Court of England and Wales issued an interim injunction against Acme AI Inc.",
]


@pytest.mark.parametrize("text", COURT_ACTS_ZH)
def test_a_chinese_court_hearing_or_ruling_adjudicates_both_sides(read_facts, text):
    assert {"蓝鲸科技公司", "云帆智能公司"} <= {t for h, t in _adjudicated(read_facts(text))}


@pytest.mark.parametrize("text", COURT_ACTS_EN)
def test_an_english_court_hearing_or_ruling_adjudicates_both_sides(read_facts, text):
    ruled = {t for h, t in _adjudicated(read_facts(text))}
    # a caption's side (Brightline Labs v. Acme AI Inc.) names the company without its suffix
    assert "Brightline Labs" in ruled and ruled & {"Acme AI Inc.", "Acme AI"}


@pytest.mark.parametrize("text", [
    # (the order's party past the hearing window, the one defendant of the item's one suit: the plaintiff
    # through kg.facts.ruledsides; was a gap)
    "蓝鲸科技公司起诉云帆智能公司侵犯商业秘密。杭州互联网法院向云帆智能公司发出临时禁令。",
])
def test_a_court_order_to_the_one_defendant_adjudicates_both_sides(read_facts, text):
    assert {"蓝鲸科技公司", "云帆智能公司"} <= {t for h, t in _adjudicated(read_facts(text))}


def test_a_court_rules_on_both_sides_of_a_dispute_named_by_them(read_facts):
    """甲与乙…纠纷案 tells no suit's direction, but names the two sides the court of its sentence rules on
    (Hearings.disputants, round 42; was a gap)."""
    text = "蓝鲸科技公司与云帆智能公司著作权纠纷案一审宣判，杭州互联网法院判决云帆智能公司赔偿。"
    assert {"蓝鲸科技公司", "云帆智能公司"} <= {t for h, t in _adjudicated(read_facts(text))}


@pytest.mark.parametrize("text", [
    "蓝鲸科技公司向杭州互联网法院起诉云帆智能公司侵犯著作权。",
    "蓝鲸科技公司在杭州互联网法院对云帆智能公司提起诉讼。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院预计将于下月作出判决。",
    "蓝鲸科技公司已向杭州互联网法院提交起诉状，起诉云帆智能公司。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。原告代理律师李明曾任杭州互联网法院法官助理。",
    "蓝鲸科技公司起诉云帆智能公司侵犯著作权。杭州互联网法院尚未就此案作出判决。",
    "Brightline Labs sued Acme AI Inc. in the U.S. District Court for the Northern District of California on Monday.",
    "Brightline Labs filed a lawsuit against Acme AI Inc. in the U.S. District Court for the Northern District of California.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California is expected to rule next month.",
    "Brightline Labs sued Acme AI Inc. over its training data. Its lawyer Jane Roe previously clerked at the U.S. District Court for the Northern District of California.",
    "Brightline Labs sued Acme AI Inc. over its training data. The U.S. District Court for the Northern District of California has yet to rule on the motion.",
])
def test_a_court_where_a_suit_was_filed_that_is_yet_to_rule_or_a_lawyer_worked_adjudicates_nothing(read_facts, text):
    assert not _adjudicated(read_facts(text))


def test_the_court_of_a_suit_that_has_not_yet_made_its_hearing_public_adjudicates_nothing(read_facts):
    found = read_facts("蓝鲸科技公司已向杭州互联网法院起诉云帆智能公司。截至发稿，法院尚未公开该案的审理信息。")
    assert not _adjudicated(found)
    assert _adjudicated(read_facts("蓝鲸科技公司已向杭州互联网法院起诉云帆智能公司。截至发稿，法院已公开审理该案。"))


# An inventory of the ways Chinese and English text say who sued whom (invented parties; both ends named):
# lists on both sides, passives, the suit as subject, consolidation, captions in a sentence and as a heading
# line, defendants added later, a party and its vendor, suits against a state body, class actions, and traps
# that tell no suit (a threat, an intention, a lawyer's words, a suit of another matter).  A caption cited as
# a precedent is still its plaintiff's suit against its defendant.  Each row gives exactly its sued pairs.
WHO_SUED_WHOM_ZH = [
    ('蓝鲸科技公司、金鹰文化公司和远帆数据公司分别起诉云帆智能公司与白鹭软件公司。', ('蓝鲸科技公司', '金鹰文化公司', '远帆数据公司'), ('云帆智能公司', '白鹭软件公司')),
    ('云帆智能公司被蓝鲸科技公司、金鹰文化公司起诉。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    ('云帆智能公司和白鹭软件公司遭到蓝鲸科技公司起诉。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    pytest.param('在蓝鲸科技公司诉云帆智能公司案中，法院认定被告构成侵权。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    pytest.param('蓝鲸科技公司诉云帆智能公司及白鹭软件公司一案近日开庭。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    pytest.param('蓝鲸科技公司起诉云帆智能公司及其供应商白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司'), marks=NAME_NOT_FOUND),
    ('蓝鲸科技公司起诉云帆智能公司。蓝鲸科技公司后追加白鹭软件公司为被告。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    pytest.param('蓝鲸科技公司诉云岭省市场监督管理局一案于3月开庭。', ('蓝鲸科技公司',), ('云岭省市场监督管理局',), marks=CAPTION_SIDES),
    ('蓝鲸科技公司不服云岭省市场监督管理局的处罚决定，对其提起行政诉讼。', ('蓝鲸科技公司',), ('云岭省市场监督管理局',)),
    ('蓝鲸科技公司代表全体用户对云帆智能公司提起集体诉讼。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('蓝鲸科技公司针对云帆智能公司的诉讼仍在审理中。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    pytest.param('法院将金鹰文化公司和远帆数据公司起诉云帆智能公司的案件合并审理。', ('金鹰文化公司', '远帆数据公司'), ('云帆智能公司',), marks=NO_RULE),
    ('蓝鲸科技公司诉云帆智能公司\n2024年3月，原告称被告抄袭了其代码。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    pytest.param('Brightline Labs v. Zentek Technologies案中，法院驳回了被告的动议。', ('Brightline', 'Labs'), ('Zentek', 'Technologies'), marks=NAME_NOT_FOUND),
    ('蓝鲸科技公司将云帆智能公司和白鹭软件公司一并告上法庭。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司以侵犯著作权为由起诉云帆智能公司、白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司和金鹰文化公司共同起诉云帆智能公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    ('蓝鲸科技公司起诉云帆智能公司一案的被告还包括白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司状告云帆智能公司。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('蓝鲸科技公司向法院提起诉讼，被告为云帆智能公司和白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司对云帆智能公司和白鹭软件公司提起诉讼。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司与金鹰文化公司此前已分别起诉云帆智能公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    ('蓝鲸科技公司诉云帆智能公司、白鹭软件公司著作权侵权纠纷案一审宣判。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('作为原告，蓝鲸科技公司起诉了云帆智能公司。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('云帆智能公司近日被蓝鲸科技公司告上法庭。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    pytest.param('法院援引了蓝鲸科技公司诉云帆智能公司案的判决。', ('蓝鲸科技公司',), ('云帆智能公司',), marks=CAPTION_SIDES),
    ('蓝鲸科技公司起诉云帆智能公司。原告随后将白鹭软件公司追加为共同被告。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司威胁起诉云帆智能公司。', (), ()),
    ('蓝鲸科技公司表示将考虑起诉云帆智能公司。', (), ()),
    ('金鹰文化公司扬言要起诉远帆数据公司。', (), ()),
    ('金鹰文化公司正在准备起诉远帆数据公司。', (), ()),
    ('金鹰文化公司计划下月起诉远帆数据公司。', (), ()),
    ('远帆数据公司不服云岭省知识产权局的决定，随后对其提起诉讼。', ('远帆数据公司',), ('云岭省知识产权局',)),
    ('金鹰文化公司曾考虑和解，最终起诉了远帆数据公司。', ('金鹰文化公司',), ('远帆数据公司',)),
    ('蓝鲸科技公司起诉云帆智能公司和白鹭软件公司。金鹰文化公司与远帆数据公司签署了合作协议。北辰传媒公司也起诉了两家公司。', ('蓝鲸科技公司', '北辰传媒公司'), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司的律师表示，云帆智能公司侵犯了其著作权。', (), ()),
    ('蓝鲸科技公司起诉云帆智能公司。白鹭软件公司去年在另一起案件中也曾被起诉。', ('蓝鲸科技公司',), ('云帆智能公司',)),
]
WHO_SUED_WHOM_EN = [
    ('Harbor News, Northwind Media and Brightline Labs have each sued Zentek Technologies and Corvex Labs.', ('Harbor News', 'Northwind Media', 'Brightline Labs'), ('Zentek Technologies', 'Corvex Labs')),
    ('Zentek Technologies and Corvex Labs were sued by Harbor News last year.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    pytest.param('In Harbor News v. Zentek Technologies and Corvex Labs, the court denied the motion to dismiss.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs'), marks=NAME_NOT_FOUND),
    ("Harbor News's lawsuit against Zentek Technologies is still pending.", ('Harbor News',), ('Zentek Technologies',)),
    ('The panel centralized suits by Harbor News and Northwind Media against Zentek Technologies in New York.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',)),
    pytest.param('Harbor News v. Zentek Technologies & Corvex Labs\nThe complaint says the chatbot copied articles.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs'), marks=NAME_NOT_FOUND),
    ('Harbor News sued Zentek Technologies in May. In August it added Corvex Labs as a defendant.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    ('Harbor News sued Zentek Technologies and its vendor Corvex Labs.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    ('Brightline Labs sued the U.S. Copyright Office over its refusal to register the work.', ('Brightline Labs',), ('U.S. Copyright Office',)),
    ('Northwind Media filed a class action against Zentek Technologies on behalf of its subscribers.', ('Northwind Media',), ('Zentek Technologies',)),
    ('Harbor News filed a lawsuit against Zentek Technologies and Corvex Labs.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    ('Harbor News and Northwind Media sued Zentek Technologies on Monday.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',)),
    ('Zentek Technologies is being sued by Harbor News and Northwind Media.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',)),
    ('The lawsuit, brought by Harbor News against Zentek Technologies, claims the model copied articles.', ('Harbor News',), ('Zentek Technologies',)),
    ('Zentek Technologies faces a lawsuit from Harbor News over its chatbot.', ('Harbor News',), ('Zentek Technologies',)),
    ('Harbor News is suing Zentek Technologies and Corvex Labs.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    pytest.param('The suit, Harbor News v. Zentek Technologies, was filed in Manhattan.', ('Harbor News',), ('Zentek Technologies',), marks=NAME_NOT_FOUND),
    ('The Times, Harbor News and Northwind Media have each sued Zentek Technologies and Corvex Labs.', ('The Times', 'Harbor News', 'Northwind Media'), ('Zentek Technologies', 'Corvex Labs')),
    pytest.param('In a ruling in Harbor News v. Zentek Technologies, the judge cited Northwind Media v. Corvex Labs.', ('Harbor News',), ('Zentek Technologies',), marks=NAME_NOT_FOUND),
    ('Harbor News threatened to sue Zentek Technologies.', (), ()),
    ("Harbor News's lawyer said Zentek Technologies copied its articles.", (), ()),
    ('Harbor News sued Zentek Technologies in May. Corvex Labs was sued in another matter last year.', ('Harbor News',), ('Zentek Technologies',)),
    ('Harbor News said it may sue Zentek Technologies.', (), ()),
    ('Harbor News sues Zentek Technologies and Corvex Labs\nWestgate Media and Brightline Labs signed a deal. Northwind Media sued both companies in May.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies', 'Corvex Labs')),
    ('The New York Times v. Microsoft and OpenAI was filed in Manhattan.', ('The New York Times',), ('Microsoft', 'OpenAI')),
    ('The New York Times v. Microsoft & OpenAI\nThe complaint says the chatbot copied articles.', ('The New York Times',), ('Microsoft', 'OpenAI')),
    ('In Brightline Labs v. OpenAI and Microsoft, the court denied the motion to dismiss.', ('Brightline Labs',), ('OpenAI', 'Microsoft')),
]


@pytest.mark.parametrize("text, plaintiffs, defendants", WHO_SUED_WHOM_ZH + WHO_SUED_WHOM_EN)
def test_each_way_text_says_who_sued_whom_gives_exactly_its_pairs(read_facts, text, plaintiffs, defendants):
    assert _sued(read_facts(text)) == {(p, d) for p in plaintiffs for d in defendants}


def test_a_caption_of_known_defendants_joined_by_and_names_the_first_and_sues_them_all(names, read_facts):
    text = "The New York Times v. Microsoft and OpenAI (S.D.N.Y.) was filed in December."
    assert "The New York Times v. Microsoft" in names(text)
    assert "The New York Times v. Microsoft and OpenAI" not in names(text)
    assert _sued(read_facts(text)) == {("The New York Times", "Microsoft"), ("The New York Times", "OpenAI")}
    # a side that is one name with an "&" inside stays whole
    assert "Mendes v. Cushman & Wakefield, Inc." in names("Mendes v. Cushman & Wakefield, Inc. was filed in May.")


# An inventory of the ways text tells who sued whom with several parties or out of one sentence (invented
# parties): lists on both sides, one plaintiff and a list, a union and a foundation suing together, case cards
# and their field lines, a definition of whom 原告 / "Plaintiffs" stands for, the defendants named by 以…为被告
# or 被告为, a party and its vendor, a suit against the body the sentence before names, one person's suits
# against bodies of several countries, and traps (a party only mentioned, a case cited as a precedent, whose
# sides are still its own suit's and no party of the suit told).  Each row gives exactly its sued pairs.
SEVERAL_PARTIES_ZH = [
    ('蓝鲸科技公司、金鹰文化公司和远帆数据公司起诉云帆智能公司及白鹭软件公司。', ('蓝鲸科技公司', '金鹰文化公司', '远帆数据公司'), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司对云帆智能公司、白鹭软件公司、远帆数据公司和北辰传媒公司提起诉讼。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司', '远帆数据公司', '北辰传媒公司')),
    ('蓝鲸科技公司与金鹰文化公司共同起诉云帆智能公司和白鹭软件公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司', '白鹭软件公司')),
    pytest.param('北岭作家协会与青禾基金会共同起诉云帆智能公司和白鹭软件公司两家平台。', ('北岭作家协会', '青禾基金会'), ('云帆智能公司', '白鹭软件公司'), marks=NAME_NOT_FOUND),
    ('云帆智能公司、白鹭软件公司和远帆数据公司被蓝鲸科技公司和金鹰文化公司起诉。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司', '白鹭软件公司', '远帆数据公司')),
    ('蓝鲸科技公司、金鹰文化公司分别对云帆智能公司提起诉讼。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    ('蓝鲸科技公司以云帆智能公司和白鹭软件公司为被告提起诉讼。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    pytest.param('蓝鲸科技公司向法院提起诉讼，被告为该平台的运营方云帆智能公司及其供应商白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司'), marks=NAME_NOT_FOUND),
    ('蓝鲸科技公司提起诉讼。被告包括云帆智能公司、白鹭软件公司和远帆数据公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司', '远帆数据公司')),  # kg.facts.frame
    ('本案原告为蓝鲸科技公司，被告为云帆智能公司和白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),  # the list after 被告为
    ('原告蓝鲸科技公司、金鹰文化公司诉称，被告云帆智能公司侵犯其著作权。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),  # (kg.facts.frame: labels)
    pytest.param('案　　名｜蓝鲸科技公司诉云帆智能公司案\n受诉法院｜云岭省高级人民法院\n被　　告｜云帆智能公司、白鹭软件公司\n节　　点｜2024年5月判决\n',
     ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('原　　告｜蓝鲸科技公司、金鹰文化公司\n被　　告｜云帆智能公司\n受诉法院｜云岭省高级人民法院\n', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    ('当事人｜原告蓝鲸科技公司；被告云帆智能公司、白鹭软件公司\n法院｜云岭省高级人民法院\n结论｜驳回起诉\n', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    pytest.param('案　　名｜约翰·多伊诉云岭省知识产权局案\n受诉法院｜云岭省高级人民法院\n被　　告｜云岭省知识产权局\n', ('约翰·多伊',), ('云岭省知识产权局',), marks=CAPTION_SIDES),
    pytest.param('下文“原告”均指约翰·多伊。\n案　　名｜北岭案\n被　　告｜云岭省知识产权局\n原告不服，向法院提起诉讼。\n', ('约翰·多伊',), ('云岭省知识产权局',), marks=NAME_NOT_FOUND),
    pytest.param('下文“原告”指蓝鲸科技公司。原告随后对云帆智能公司提起诉讼。', ('蓝鲸科技公司',), ('云帆智能公司',), marks=NAME_NOT_FOUND),
    pytest.param('云岭省知识产权局以申请书未记载自然人发明人为由驳回了该申请，约翰·多伊随后提起行政诉讼。', ('约翰·多伊',), ('云岭省知识产权局',), marks=NO_RULE),
    pytest.param('云岭省知识产权局驳回了约翰·多伊的申请。约翰·多伊随后提起行政诉讼。', ('约翰·多伊',), ('云岭省知识产权局',), marks=NO_RULE),
    ('约翰·多伊先后起诉了云岭省知识产权局和北岭省知识产权局。', ('约翰·多伊',), ('云岭省知识产权局', '北岭省知识产权局')),
    ('约翰·多伊起诉云帆智能公司，白鹭软件公司的股价当日下跌。', ('约翰·多伊',), ('云帆智能公司',)),
    ('蓝鲸科技公司起诉云帆智能公司。白鹭软件公司是云帆智能公司的投资方。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('蓝鲸科技公司将云帆智能公司、白鹭软件公司和远帆数据公司列为被告。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司', '远帆数据公司')),
    ('蓝鲸科技公司和金鹰文化公司向法院起诉云帆智能公司及其母公司白鹭软件公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司起诉云帆智能公司，金鹰文化公司对此表示关注。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('案　　名｜蓝鲸科技公司诉云帆智能公司案\n受诉法院｜云岭省高级人民法院\n被　　告｜云帆智能公司、白鹭软件公司\n蓝鲸科技公司称其代码被抄袭。\n',
     ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('原告蓝鲸科技公司起诉被告云帆智能公司与白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
]
SEVERAL_PARTIES_EN = [
    ('Harbor News, Northwind Media and Brightline Labs sued Zentek Technologies, Corvex Labs, Westgate Media and Orbis Systems.',
     ('Harbor News', 'Northwind Media', 'Brightline Labs'), ('Zentek Technologies', 'Corvex Labs', 'Westgate Media', 'Orbis Systems')),
    ('Harbor News sued Zentek Technologies, Corvex Labs, Westgate Media and Orbis Systems.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs', 'Westgate Media', 'Orbis Systems')),
    pytest.param('Harbor News opened the wave in 2023 with a suit against Zentek Technologies, Corvex Labs, Westgate Media and Orbis Systems.',
     ('Harbor News',), ('Zentek Technologies', 'Corvex Labs', 'Westgate Media', 'Orbis Systems'), marks=NO_RULE),
    pytest.param('The Harbor Writers Union and the Northwind Foundation jointly sued Zentek Technologies and Corvex Labs.',
     ('Harbor Writers Union', 'Northwind Foundation'), ('Zentek Technologies', 'Corvex Labs'), marks=NAME_NOT_FOUND),
    ('Harbor News sued Zentek Technologies and its parent company, Corvex Labs, in May.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    ('Harbor News sued Zentek Technologies along with its supplier, Corvex Labs.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    ('Plaintiff: Harbor News\nDefendants: Zentek Technologies; Corvex Labs\nCourt: U.S. District Court for the District of Delaware\n',
     ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    pytest.param('Plaintiffs: Harbor News, Northwind Media\nDefendant: Zentek Technologies\n', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',), marks=NO_RULE),
    ('Harbor News and Northwind Media (together, "Plaintiffs") sued Zentek Technologies.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',)),
    pytest.param('"Plaintiffs" means Harbor News and Northwind Media. Plaintiffs sued Zentek Technologies in May.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',), marks=NO_RULE),
    ('Harbor News named Zentek Technologies and Corvex Labs as defendants.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    ('Harbor News filed suit in Delaware. The defendants are Zentek Technologies and Corvex Labs.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs')),
    pytest.param('After the U.S. Patent and Trademark Office refused his application, Stephen Marlowe sued the office.', ('Stephen Marlowe',), ('U.S. Patent and Trademark Office',), marks=NO_RULE),
    pytest.param('The U.S. Copyright Office refused to register the work. Brightline Labs then sued the office.', ('Brightline Labs',), ('U.S. Copyright Office',), marks=NO_RULE),
    ('Stephen Marlowe sued the U.S. Patent and Trademark Office and the UK Intellectual Property Office.', ('Stephen Marlowe',), ('U.S. Patent and Trademark Office', 'UK Intellectual Property Office')),
    ('A lawsuit filed by Harbor News and Northwind Media accuses Zentek Technologies and Corvex Labs of copying articles.',
     ('Harbor News', 'Northwind Media'), ('Zentek Technologies', 'Corvex Labs')),
    pytest.param('Zentek Technologies, Corvex Labs and Orbis Systems were named as defendants in a suit by Harbor News.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs', 'Orbis Systems'), marks=NO_RULE),
    ('The plaintiffs, Harbor News and Northwind Media, sued Zentek Technologies.', ('Harbor News', 'Northwind Media'), ('Zentek Technologies',)),
    pytest.param('Harbor News sued Zentek Technologies, whose investor Corvex Labs declined to comment.', ('Harbor News',), ('Zentek Technologies',), marks=SUIT_OVERREAD),
    ('Harbor News sued Zentek Technologies. Corvex Labs, a rival, said it was watching the case.', ('Harbor News',), ('Zentek Technologies',)),
    pytest.param('Harbor News has sued Zentek Technologies in Delaware and Corvex Labs in Texas.', ('Harbor News',), ('Zentek Technologies', 'Corvex Labs'), marks=NO_RULE),
]


@pytest.mark.parametrize("text, plaintiffs, defendants", SEVERAL_PARTIES_ZH + SEVERAL_PARTIES_EN)
def test_each_way_text_tells_the_parties_of_a_suit_gives_exactly_its_pairs(read_facts, text, plaintiffs, defendants):
    assert _sued(read_facts(text)) == {(p, d) for p in plaintiffs for d in defendants}


@pytest.mark.parametrize("text, pairs", [
    ('蓝鲸科技公司起诉云帆智能公司，其律师援引了金鹰文化公司诉远帆数据公司案。',
     {('蓝鲸科技公司', '云帆智能公司'), ('金鹰文化公司', '远帆数据公司')}),
    pytest.param('In its suit against Zentek Technologies, Harbor News cited Northwind Media v. Corvex Labs.',
     {('Harbor News', 'Zentek Technologies'), ('Northwind Media', 'Corvex Labs')}, marks=NO_RULE),
])
def test_a_case_cited_as_a_precedent_is_its_own_sides_suit_and_no_party_of_the_suit_told(read_facts, text, pairs):
    assert _sued(read_facts(text)) == pairs


# An inventory of every party of an English suit and the court that ruled on them (invented parties): lists of
# plaintiffs and of defendants (appositions, parenthesised places, dashes, affiliates, companies and their
# owners), defendants named in a later sentence, captions, and a court's order for the parties of the suit it
# heard.  Each row gives facts that must all be read; each trap a fact that must not.
EN_COMPLAINT = "Mara Quist filed the complaint in the U.S. District Court for the Central District of California. "
EN_AGENCY_SUIT = ("The Federal Trade Commission filed a complaint in the U.S. District Court for the District of Nevada "
                  "against Brightpath Ventures LLC, Kestrel Commerce LLC and Dorian Rusk. ")
NEVADA = "U.S. District Court for the District of Nevada"
EVERY_PARTY_EN = [
    ("Mara Quist, Tomas Ebbe and Lena Hart sued Velmora Retail Inc. on Tuesday.",
     {("Mara Quist", "sued", "Velmora Retail Inc."), ("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("Designers Mara Quist, Tomas Ebbe and Lena Hart have sued Velmora Retail Inc.",
     {("Tomas Ebbe", "sued", "Velmora Retail Inc."), ("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("Mara Quist, Tomas Ebbe and Lena Hart filed suit against Velmora Retail Inc. in Los Angeles.",
     {("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("Mara Quist, Tomas Ebbe and Lena Hart filed a lawsuit against Velmora Retail Inc. in federal court.",
     {("Tomas Ebbe", "sued", "Velmora Retail Inc.")}),
    ("A group of authors, led by Mara Quist and Tomas Ebbe, sued Velmora Retail Inc. in March.",
     {("Mara Quist", "sued", "Velmora Retail Inc."), ("Tomas Ebbe", "sued", "Velmora Retail Inc.")}),
    ("A coalition of photographers, headed by Lena Hart, has sued Corbel Trading Pte. Ltd.",
     {("Lena Hart", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Three illustrators — Mara Quist, Tomas Ebbe and Lena Hart — sued Velmora Retail Inc. last week.",
     {("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("Mara Quist, a painter, Tomas Ebbe, a sculptor, and Lena Hart, a photographer, sued Velmora Retail Inc.",
     {("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("Mara Quist and Tomas Ebbe are suing Velmora Retail Inc. and Corbel Trading Pte. Ltd.",
     {("Tomas Ebbe", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Mara Quist sued Velmora Retail Inc., a Delaware company, and Corbel Trading Pte. Ltd. of Singapore.",
     {("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Mara Quist sued three companies — Velmora Retail Inc. (Delaware), Corbel Trading Pte. Ltd. (Singapore) and "
     "Ostrand Holdings Limited (Hong Kong) — in May.",
     {("Mara Quist", "sued", "Velmora Retail Inc."), ("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("Tomas Ebbe has sued two retailers – Velmora Retail Inc. and Corbel Trading Pte. Ltd. – over the designs.",
     {("Tomas Ebbe", "sued", "Velmora Retail Inc."), ("Tomas Ebbe", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Mara Quist sued Velmora Retail Inc. and its affiliates Corbel Trading Pte. Ltd. and Ostrand Holdings Limited.",
     {("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("Mara Quist sued Velmora Retail Inc. and two of its affiliates, Corbel Trading Pte. Ltd. and Ostrand Holdings "
     "Limited.", {("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("Mara Quist brought the suit against Velmora Retail Inc. and its Singapore affiliate, Corbel Trading Pte. Ltd.",
     {("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Mara Quist sued Velmora Retail Inc. and its owner, Dorian Rusk.", {("Mara Quist", "sued", "Dorian Rusk")}),
    ("Mara Quist sued Velmora Retail Inc., its chief executive Dorian Rusk and its parent Ostrand Holdings Limited.",
     {("Mara Quist", "sued", "Dorian Rusk"), ("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("The Federal Trade Commission sued Brightpath Ventures LLC, Kestrel Commerce LLC and Tallis Goods LLC, and their "
     "owners Dorian Rusk and Petra Lund.",
     {("Federal Trade Commission", "sued", "Tallis Goods LLC"), ("Federal Trade Commission", "sued", "Petra Lund")}),
    ("The Federal Trade Commission filed a complaint against three companies, Brightpath Ventures, Kestrel Commerce and "
     "Tallis Goods, and their owners Dorian Rusk and Petra Lund.",
     {("Federal Trade Commission", "sued", "Kestrel Commerce"), ("Federal Trade Commission", "sued", "Petra Lund")}),
    ("The Federal Trade Commission filed a complaint against Brightpath Ventures LLC and the two men who ran it, "
     "Dorian Rusk and Marek Lund.", {("Federal Trade Commission", "sued", "Marek Lund")}),  # read by the parse (kg.facts.parsed)
    pytest.param("The Federal Trade Commission sued three companies, Brightpath Ventures LLC, Kestrel Commerce LLC and Tallis Goods "
     "LLC, and the two men it says ran them: Dorian Rusk and Marek Lund.",
     {("Federal Trade Commission", "sued", "Tallis Goods LLC"), ("Federal Trade Commission", "sued", "Marek Lund")}, marks=SUIT_PARTY_LIST),
    ("The Federal Trade Commission sued Brightpath Ventures LLC along with its owners, Dorian Rusk and Petra Lund.",
     {("Federal Trade Commission", "sued", "Petra Lund")}),
    ("Velmora Retail Inc., Corbel Trading Pte. Ltd. and Ostrand Holdings Limited were sued by Mara Quist.",
     {("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("Velmora Retail Inc. faces a lawsuit from Mara Quist, Tomas Ebbe and Lena Hart.",
     {("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("The lawsuit, filed by Mara Quist and Tomas Ebbe, targets Velmora Retail Inc. and Corbel Trading Pte. Ltd.",
     {("Tomas Ebbe", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Mara Quist's lawsuit against Velmora Retail Inc. and Corbel Trading Pte. Ltd. seeks damages.",
     {("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    ("Mara Quist filed a lawsuit on Tuesday. The complaint names Velmora Retail Inc. and Corbel Trading Pte. Ltd. as "
     "defendants.", {("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    (EN_COMPLAINT + "It names two defendants: Velmora Retail Inc. and Corbel Trading Pte. Ltd.",
     {("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    (EN_COMPLAINT + "It names three defendants: Velmora Retail Inc., a Delaware company, and two affiliates, Corbel "
     "Trading Pte. Ltd. of Singapore and Ostrand Holdings Limited of Hong Kong.",
     {("Mara Quist", "sued", "Velmora Retail Inc."), ("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("Three designers sued Velmora Retail Inc. on Tuesday. Mara Quist, Tomas Ebbe and Lena Hart filed the complaint "
     "in the U.S. District Court for the Central District of California.",
     {("Lena Hart", "sued", "Velmora Retail Inc.")}),
    ("Mara Quist has sued Velmora Retail Inc. The defendants — Velmora Retail Inc., Corbel Trading Pte. Ltd. and "
     "Ostrand Holdings Limited — deny the claims.", {("Mara Quist", "sued", "Ostrand Holdings Limited")}),
    ("Mara Quist filed suit on Monday; the defendants are Velmora Retail Inc. and Corbel Trading Pte. Ltd.",
     {("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    ("In Harbor News Ltd v Zentek Technologies Inc., the court ruled for the publisher.",
     {("Harbor News Ltd", "sued", "Zentek Technologies Inc.")}),
    ("Brightline Media Ltd v Corvex Systems Ltd was heard in the High Court in June.",
     {("Brightline Media Ltd", "sued", "Corvex Systems Ltd")}),
    pytest.param("The ruling in Velmora Retail Inc. v. Corbel Trading Pte. Ltd. et al. came on Friday.",
     {("Velmora Retail Inc.", "sued", "Corbel Trading Pte. Ltd.")}, marks=CAPTION_CUT),
    ("Mara Quist filed the suit in May. The case is Quist v. Velmora Retail Inc.",
     {("Mara Quist", "sued", "Velmora Retail Inc.")}),
    ("The judgment was the court's 2019 ruling in Hart v Ostrand, the test case brought by Lena Hart against "
     "Ostrand Holdings Limited.", {("Lena Hart", "sued", "Ostrand Holdings Limited")}),
    pytest.param("Judge Ana Ruiz of the U.S. District Court for the District of Oregon certified a class in In re Velmora Retail "
     "Inc. Privacy Litigation.", {("U.S. District Court for the District of Oregon", "adjudicated", "Velmora Retail Inc.")}, marks=CAPTION_CUT),
    (EN_AGENCY_SUIT + "The court granted a temporary restraining order.",
     {(NEVADA, "adjudicated", "Dorian Rusk"), (NEVADA, "adjudicated", "Federal Trade Commission")}),
    (EN_AGENCY_SUIT + "The court issued a temporary restraining order that halted the operation and froze its assets.",
     {(NEVADA, "adjudicated", "Brightpath Ventures LLC"), (NEVADA, "adjudicated", "Kestrel Commerce LLC")}),
    (EN_AGENCY_SUIT + "At the agency's request, the court froze the defendants' assets.",
     {(NEVADA, "adjudicated", "Kestrel Commerce LLC")}),
    (EN_AGENCY_SUIT + "The court halted the scheme and appointed a receiver.",
     {(NEVADA, "adjudicated", "Dorian Rusk")}),
    (EN_AGENCY_SUIT + "On Friday the court entered a preliminary injunction.",
     {(NEVADA, "adjudicated", "Brightpath Ventures LLC")}),
    ("Mara Quist sued Velmora Retail Inc. in the U.S. District Court for the Central District of California. The court "
     "denied the company's motion to dismiss.",
     {("U.S. District Court for the Central District of California", "adjudicated", "Mara Quist"),
      ("U.S. District Court for the Central District of California", "adjudicated", "Velmora Retail Inc.")}),
    ("Mara Quist and Tomas Ebbe sued Velmora Retail Inc. and Corbel Trading Pte. Ltd. in the U.S. District Court for "
     "the Central District of California. The court denied the defendants' motion to dismiss.",
     {("U.S. District Court for the Central District of California", "adjudicated", "Tomas Ebbe"),
      ("U.S. District Court for the Central District of California", "adjudicated", "Corbel Trading Pte. Ltd.")}),
    ("The U.S. District Court for the Northern District of Illinois entered a preliminary injunction against Velmora "
     "Retail Inc. and Corbel Trading Pte. Ltd. in a suit brought by Mara Quist.",
     {("U.S. District Court for the Northern District of Illinois", "adjudicated", "Corbel Trading Pte. Ltd."),
      ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")}),
    pytest.param("Mara Quist sued Velmora Retail Inc. in the High Court of England and Wales. The High Court ruled in her favour "
     "in June.", {("High Court of England and Wales", "adjudicated", "Velmora Retail Inc.")}, marks=COURT_TOLD_APART),
    ("Mara Quist sued Velmora Retail Inc. in the U.S. District Court for the District of Oregon. The court certified "
     "a class of buyers in March.",
     {("U.S. District Court for the District of Oregon", "adjudicated", "Velmora Retail Inc.")}),
    # read by the learned family (kg.learn, adjudicated enabled out of fold on the real dev part)
    ("A federal judge in the U.S. District Court for the Southern District of New York granted Velmora Retail Inc.'s "
     "motion to dismiss the suit brought by Mara Quist.",
     {("U.S. District Court for the Southern District of New York", "adjudicated", "Mara Quist")}),
]

EVERY_PARTY_EN_TRAPS = [
    ("Mara Quist sued Velmora Retail Inc. Witnesses Tomas Ebbe and Lena Hart testified on Monday.",
     ("Lena Hart", "sued", "Velmora Retail Inc.")),
    ("Mara Quist sued Velmora Retail Inc. Experts Tomas Ebbe, Lena Hart and Petra Lund testified for the plaintiff.",
     ("Petra Lund", "sued", "Velmora Retail Inc.")),
    ("Mara Quist sued Velmora Retail Inc. on behalf of Corbel Trading Pte. Ltd.",
     ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("Mara Quist, represented by Dorian Rusk of Harrow Finch LLP, sued Velmora Retail Inc.",
     ("Dorian Rusk", "sued", "Velmora Retail Inc.")),
    ("Mara Quist, represented by Dorian Rusk of Harrow Finch LLP, sued Velmora Retail Inc.",
     ("Harrow Finch LLP", "sued", "Velmora Retail Inc.")),
    ("Mara Quist sued Velmora Retail Inc. Its lawyer, Dorian Rusk, called the suit baseless.",
     ("Mara Quist", "sued", "Dorian Rusk")),
    ("Mara Quist sued Velmora Retail Inc. Lawyers for the company, Dorian Rusk and Petra Lund, filed a response.",
     ("Mara Quist", "sued", "Petra Lund")),
    ("Mara Quist sued Velmora Retail Inc., whose customers include Corbel Trading Pte. Ltd. and Ostrand Holdings "
     "Limited.", ("Mara Quist", "sued", "Ostrand Holdings Limited")),
    ("Mara Quist sued Velmora Retail Inc., which sells goods made by Corbel Trading Pte. Ltd.",
     ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("Mara Quist sued Velmora Retail Inc., citing Ebbe v. Corbel Trading Pte. Ltd.",
     ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("Mara Quist said she could sue Velmora Retail Inc. and Corbel Trading Pte. Ltd.",
     ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("Mara Quist threatened to sue Velmora Retail Inc. and Corbel Trading Pte. Ltd.",
     ("Mara Quist", "sued", "Velmora Retail Inc.")),
    ("Mara Quist dropped her claims against Corbel Trading Pte. Ltd. but kept suing Velmora Retail Inc.",
     ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("Mara Quist sued Velmora Retail Inc. in the U.S. District Court for the District of Oregon.",
     ("U.S. District Court for the District of Oregon", "adjudicated", "Velmora Retail Inc.")),
    ("Mara Quist sued Velmora Retail Inc. in the U.S. District Court for the District of Oregon. A ruling is expected "
     "next year.", ("U.S. District Court for the District of Oregon", "adjudicated", "Mara Quist")),
    ("The Federal Trade Commission, which could sue Brightpath Ventures LLC, has not said whether it will.",
     ("Federal Trade Commission", "sued", "Brightpath Ventures LLC")),
    ("Mara Quist sued Velmora Retail Inc. Lawyers for the defendants are Dorian Rusk and Petra Lund.",
     ("Mara Quist", "sued", "Petra Lund")),
    ("Mara Quist sued Velmora Retail Inc. The defendants' lawyer, Dorian Rusk, called the claims baseless.",
     ("Mara Quist", "sued", "Dorian Rusk")),
    ("Mara Quist sued Velmora Retail Inc. The witnesses are Tomas Ebbe and Lena Hart.",
     ("Mara Quist", "sued", "Lena Hart")),
    ("Mara Quist sued Velmora Retail Inc. The defendants are expected to appeal, Dorian Rusk said.",
     ("Mara Quist", "sued", "Dorian Rusk")),
    ("Mara Quist sued Velmora Retail Inc., whose two biggest customers — Corbel Trading Pte. Ltd. and Ostrand "
     "Holdings Limited — were not named.", ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("Mara Quist said she could sue three companies — Velmora Retail Inc., Corbel Trading Pte. Ltd. and Ostrand "
     "Holdings Limited — in May.", ("Mara Quist", "sued", "Ostrand Holdings Limited")),
    ("Mara Quist dropped her claims against Corbel Trading Pte. Ltd.; the defendants are Velmora Retail Inc. and "
     "Ostrand Holdings Limited.", ("Mara Quist", "sued", "Corbel Trading Pte. Ltd.")),
    ("A group of customers, led by Tomas Ebbe, praised Velmora Retail Inc., which Mara Quist sued in May.",
     ("Tomas Ebbe", "sued", "Velmora Retail Inc.")),
]


def _reads(found, fact) -> bool:
    """Whether the facts read hold ``fact``, each end named by its text or its canonical name."""
    head, relation, tail = fact
    return any(f.relation == relation and head in (f.head.text, f.head.canonical) and tail in (f.tail.text, f.tail.canonical)
               for f in found)


@pytest.mark.parametrize("text, facts", EVERY_PARTY_EN)
def test_every_party_of_an_english_suit_and_its_court_is_read(read_facts, text, facts):
    found = read_facts(text, title="Court report", objects=True)
    assert [fact for fact in facts if not _reads(found, fact)] == []


@pytest.mark.parametrize("text, fact", EVERY_PARTY_EN_TRAPS)
def test_a_name_near_an_english_suit_that_is_no_party_is_not_read_as_one(read_facts, text, fact):
    assert not _reads(read_facts(text, title="Court report", objects=True), fact)


# An inventory of Chinese and Traditional-script suits told in news and newsletter prose (invented parties):
# plaintiffs with a description before them and a gloss after them, 代表…/联合…/以…为由 between the plaintiffs
# and the filing, 向X法院起诉A与B, A及其关联公司B, a plaintiff referred back to (该公司, 该组织, 两名作者),
# defendants glossed as a list, English captions inside Chinese (A v. B, A诉B案) and case cards (案名：/法院：/
# 节点：), and traps: a party's lawyer, an amicus, a precedent cited, a suit threatened, 起诉书 as a noun.
# Each row gives exactly its sued pairs.
NEWS_SUITS_ZH = [
    ('本案由北岭司机工会（Northridge Drivers Union，NDU）与非营利组织青禾基金会（Qinghe Foundation）代表多名司机，于2021年向云岭省高级人民法院起诉云帆智能公司与白鹭软件公司。',
     ('北岭司机工会', '青禾基金会'), ('云帆智能公司', '白鹭软件公司')),
    ('本案由北嶺司機工會（Northridge Drivers Union，NDU）與非營利組織青禾基金會（Qinghe Foundation）代表多名司機，於2021年向臺灣臺北地方法院起訴雲帆智能公司與白鷺軟體公司。',
     ('北嶺司機工會', '青禾基金會'), ('雲帆智能公司', '白鷺軟體公司')),
    ('由非營利組織青禾基金會代表多名用戶，向臺灣臺北地方法院起訴雲帆智能公司。', ('青禾基金會',), ('雲帆智能公司',)),
    # names known only by their English glosses, a 代表 phrase naming places between them and the court
    ('本案由英國的司機互助聯盟（Drivers Mutual League，DML）與非營利組織騎手互助聯盟（Riders Mutual League，RML）代表英國及葡萄牙的多名司機，於2020年向荷蘭阿姆斯特丹地方法院起訴雲帆智能公司與Ola。',
     ('Drivers Mutual League', 'Riders Mutual League'), ('雲帆智能公司', 'Ola')),
    ('蓝鲸科技公司代表其用户向北京互联网法院起诉云帆智能公司。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('蓝鲸科技公司联合金鹰文化公司起诉云帆智能公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    ('蓝鲸科技公司以侵犯商业秘密为由向杭州互联网法院起诉云帆智能公司与白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('藍鯨科技公司以侵害著作權為由起訴雲帆智能公司。', ('藍鯨科技公司',), ('雲帆智能公司',)),
    ('蓝鲸科技公司向北京互联网法院起诉云帆智能公司与白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('藍鯨科技公司向臺灣臺北地方法院起訴雲帆智能公司及白鷺軟體公司。', ('藍鯨科技公司',), ('雲帆智能公司', '白鷺軟體公司')),
    ('蓝鲸科技公司起诉云帆智能公司及其关联公司白鹭软件公司。', ('蓝鲸科技公司',), ('云帆智能公司', '白鹭软件公司')),
    ('蓝鲸科技公司持有三项专利。该公司在云岭省高级人民法院起诉云帆智能公司侵权。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('藍鯨科技公司持有多項專利。該公司向臺灣臺北地方法院起訴雲帆智能公司。', ('藍鯨科技公司',), ('雲帆智能公司',)),
    pytest.param('北岭作家协会长期关注版权保护。该组织于3月起诉云帆智能公司。', ('北岭作家协会',), ('云帆智能公司',), marks=NAME_NOT_FOUND),
    ('蓝鲸科技公司起诉云帆集团（Yunfan Group）及其旗下的Yunfan Cloud和Yunfan Media侵权。', ('蓝鲸科技公司',), ('云帆集团', 'Yunfan Cloud', 'Yunfan Media')),
    pytest.param('Bluewhale Labs在北京互联网法院起诉云帆集团（Yunfan Cloud、Yunfan Media）。', ('Bluewhale Labs',), ('Yunfan Cloud', 'Yunfan Media'), marks=NAME_NOT_FOUND),
    ('原告蓝鲸科技公司（Bluewhale Tech）与金鹰文化公司（Golden Eagle Culture）起诉云帆智能公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    pytest.param('两家媒体蓝鲸传媒公司和金鹰文化公司于2023年起诉云帆智能公司。', ('蓝鲸传媒公司', '金鹰文化公司'), ('云帆智能公司',), marks=NAME_NOT_FOUND),
    pytest.param('英国的北岭司机工会与荷兰的青禾基金会联合起诉云帆智能公司。', ('北岭司机工会', '青禾基金会'), ('云帆智能公司',), marks=NAME_NOT_FOUND),
    ('蓝鲸科技公司与金鹰文化公司代表数千名用户，向杭州互联网法院对云帆智能公司提起诉讼。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    pytest.param('案名：Bluewhale Labs v. Yunfan Systems\n法院：云岭省高级人民法院\nBluewhale Labs持有两项专利，认为被告侵权。\n', ('Bluewhale Labs',), ('Yunfan Systems',), marks=CAPTION_SIDES),
    ('案名：Bluewhale Labs v. Yunfan Systems\n法院：云岭省高级人民法院\n该公司在云岭省高级人民法院起诉Yunfan Systems。\n', ('Bluewhale Labs',), ('Yunfan Systems',)),
    ('案名：FTC诉云帆智能公司案\n法院：美国新泽西州联邦地区法院\n节点：2024年6月起诉　2024年7月法院叫停\nFTC于2024年6月起诉云帆智能公司（Yunfan AI）及其经营的业务。\n',
     ('FTC',), ('云帆智能公司',)),
    pytest.param('案名：蓝鲸科技公司诉云帆智能公司案\n法院：北京互联网法院\n节点：2024年3月起诉　2024年9月判决\n', ('蓝鲸科技公司',), ('云帆智能公司',)),
    pytest.param('Bluewhale Labs诉Yunfan Systems案中，法院驳回了被告的动议。', ('Bluewhale Labs',), ('Yunfan Systems',), marks=CAPTION_SIDES),
    ('蓝鲸科技公司与金鹰文化公司均指控云帆智能公司抄袭，两家公司于5月起诉云帆智能公司。', ('蓝鲸科技公司', '金鹰文化公司'), ('云帆智能公司',)),
    # traps: a lawyer, an amicus, a threat, an intention, 起诉书 as a noun, a court named as an example
    ('蓝鲸科技公司的代理律师表示，云帆智能公司侵犯了其著作权。', (), ()),
    ('金鹰律师事务所代理蓝鲸科技公司起诉云帆智能公司。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('蓝鲸科技公司起诉云帆智能公司。金鹰文化公司以法庭之友身份提交了意见书。', ('蓝鲸科技公司',), ('云帆智能公司',)),
    ('蓝鲸科技公司拟起诉云帆智能公司。', (), ()),
    ('藍鯨科技公司揚言起訴雲帆智能公司。', (), ()),
    ('藍鯨科技公司擬向臺灣臺北地方法院起訴雲帆智能公司。', (), ()),
    ('蓝鲸科技公司与云帆智能公司签署合作协议。检察机关起诉书的格式规范也于同日发布。', (), ()),
    pytest.param('蓝鲸科技公司表示，如果协商失败，将向北京互联网法院起诉云帆智能公司。', (), (), marks=SUIT_CONDITIONAL),
]


def _as_read(pipeline, text: str) -> str:
    """A text as the extractor reads it: a Traditional-script one in Simplified, its regional words
    made Mainland (kg.script), as a Traditional document is read."""
    from kg.script import is_traditional
    return pipeline.conversion(text) if is_traditional(text) else text


@pytest.mark.parametrize("text, plaintiffs, defendants", NEWS_SUITS_ZH)
def test_each_way_chinese_news_tells_a_suit_gives_exactly_its_pairs(pipeline, read_facts, text, plaintiffs, defendants):
    read = partial(_as_read, pipeline)
    assert _sued(read_facts(read(text))) == {(read(p), read(d)) for p in plaintiffs for d in defendants}


# The courts of the suits above: a court that 叫停 / 冻结 / 裁定 / 驳回 / 维持 / 发回 adjudicates both sides of the
# suit it heard, a card's court line its caption's sides, an appeals court named by a short form (上诉法院,
# 二审法院) after its full name in the same item; and traps: a precedent the court cites, an amicus, a court
# named only as an example or where a suit is only threatened.
NEWS_COURTS_ZH = [
    ('本案由北岭司机工会（Northridge Drivers Union，NDU）与非营利组织青禾基金会（Qinghe Foundation）代表多名司机，于2021年向云岭省高级人民法院起诉云帆智能公司与白鹭软件公司。云岭省高级人民法院2022年的判决仅部分支持司机。',
     '云岭省高级人民法院', ('北岭司机工会', '青禾基金会', '云帆智能公司', '白鹭软件公司')),
    pytest.param('本案由北嶺司機工會與非營利組織青禾基金會代表多名司機，向臺灣臺北地方法院起訴雲帆智能公司。臺灣臺北地方法院的一審判決僅部分支持司機。',
     '臺灣臺北地方法院', ('北嶺司機工會', '青禾基金會', '雲帆智能公司'), marks=NAME_NOT_FOUND),
    ('案名：FTC诉云帆智能公司案\n法院：美国新泽西州联邦地区法院\n节点：2024年6月起诉　2024年7月法院叫停\nFTC于2024年6月起诉云帆智能公司（Yunfan AI）及其经营的业务。\n',
     '美国新泽西州联邦地区法院', ('FTC', '云帆智能公司')),
    ('FTC于2024年6月起诉云帆智能公司。同年7月，美国新泽西州联邦地区法院应FTC申请冻结了相关资产。',
     '美国新泽西州联邦地区法院', ('FTC', '云帆智能公司')),
    ('蓝鲸科技公司在云岭省高级人民法院起诉云帆智能公司。云岭省高级人民法院颁布禁令，叫停了该业务。',
     '云岭省高级人民法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('案名：Bluewhale Labs v. Yunfan Systems\n一审：美国特拉华州联邦地区法院　　二审：美国联邦巡回上诉法院\nBluewhale Labs持有两项专利。该公司在美国特拉华州联邦地区法院起诉Yunfan Systems侵权。地区法院驳回起诉。Bluewhale Labs上诉后，美国联邦巡回上诉法院维持原判。\n',
     '美国特拉华州联邦地区法院', ('Bluewhale Labs', 'Yunfan Systems')),
    ('案名：Bluewhale Labs v. Yunfan Systems\n一审：美国特拉华州联邦地区法院　　二审：美国联邦巡回上诉法院\nBluewhale Labs持有两项专利。该公司在美国特拉华州联邦地区法院起诉Yunfan Systems侵权。地区法院驳回起诉。Bluewhale Labs上诉后，美国联邦巡回上诉法院维持原判。\n',
     '美国联邦巡回上诉法院', ('Bluewhale Labs', 'Yunfan Systems')),
    ('藍鯨科技公司向臺灣臺北地方法院起訴雲帆智能公司。法院裁定駁回。', '臺灣臺北地方法院', ('藍鯨科技公司', '雲帆智能公司')),
    ('蓝鲸科技公司起诉云帆智能公司。北京互联网法院裁定冻结云帆智能公司的资产。', '北京互联网法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('北京互联网法院就蓝鲸科技公司与云帆智能公司间的著作权诉讼作出判决。', '北京互联网法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('臺灣高等法院本月就藍鯨科技公司與雲帆智能公司間的三起訴訟作出判決。', '臺灣高等法院', ('藍鯨科技公司', '雲帆智能公司')),
    ('云岭省高级人民法院本月就蓝鲸科技公司与云帆智能公司间的诉讼作出二审判决。二审法院认为，一审认定事实不清，发回重审。',
     '云岭省高级人民法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('蓝鲸科技公司向北京互联网法院起诉云帆智能公司，一审败诉后上诉。北京知识产权法院发回重审。', '北京知识产权法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('蓝鲸科技公司起诉云帆智能公司。杭州互联网法院以证据不足为由驳回了原告的诉讼请求。', '杭州互联网法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('藍鯨科技公司起訴雲帆智能公司。臺灣高等法院維持原判。', '臺灣高等法院', ('藍鯨科技公司', '雲帆智能公司')),
]
NOT_NEWS_COURTS_ZH = [
    ('蓝鲸科技公司起诉云帆智能公司。北京互联网法院援引金鹰文化公司诉远帆数据公司案，判决被告赔偿。', '北京互联网法院', ('金鹰文化公司', '远帆数据公司')),
    ('蓝鲸科技公司起诉云帆智能公司。金鹰文化公司作为法庭之友提交了意见。北京互联网法院判决被告赔偿。', '北京互联网法院', ('金鹰文化公司',)),
    ('蓝鲸科技公司与云帆智能公司签署协议，约定争议可提交北京互联网法院等法院管辖。', '北京互联网法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('蓝鲸科技公司表示，如果协商失败，将向北京互联网法院起诉云帆智能公司。', '北京互联网法院', ('蓝鲸科技公司', '云帆智能公司')),
    ('藍鯨科技公司揚言向臺灣臺北地方法院起訴雲帆智能公司。', '臺灣臺北地方法院', ('藍鯨科技公司', '雲帆智能公司')),
    ('蓝鲸科技公司起诉云帆智能公司。原告的代理律师曾在北京互联网法院代理金鹰文化公司的案件。', '北京互联网法院', ('蓝鲸科技公司', '云帆智能公司', '金鹰文化公司')),
]


@pytest.mark.parametrize("text, court, parties", NEWS_COURTS_ZH)
def test_each_way_chinese_news_tells_a_court_heard_a_suit_gives_the_court_each_party(pipeline, read_facts, text, court,
                                                                                      parties):
    read = partial(_as_read, pipeline)
    assert _heard(read_facts(read(text), objects=True)) >= {(read(court), read(party)) for party in parties}


@pytest.mark.parametrize("text, court, parties", NOT_NEWS_COURTS_ZH)
def test_a_court_a_chinese_news_item_names_for_no_hearing_adjudicates_none_of_the_parties(pipeline, read_facts, text,
                                                                                          court, parties):
    read = partial(_as_read, pipeline)
    assert not _heard(read_facts(read(text), objects=True)) & {(read(court), read(party)) for party in parties}


# -- inventory: suits told by a plaintiff's story, by a state agency, by a judge; Chinese with Latin names, English --
# (text, {(plaintiff, defendant)} the text must give as sued)

SUITS_TOLD = [
    ("原告Mara Quinlan起诉健身品牌Vexor，称其网站聊天窗口截取对话。", {("Mara Quinlan", "Vexor")}),
    ("原告Mara Quinlan起诉美国公司Brightwell Labs。", {("Mara Quinlan", "Brightwell Labs")}),
    ("原告Mara Quinlan起诉总部位于奥斯汀的软件公司Brightwell Labs。", {("Mara Quinlan", "Brightwell Labs")}),
    ("原告Tomas Ferreira状告在线教育平台Lumora，称其擅自录音。", {("Tomas Ferreira", "Lumora")}),
    ("原告Tomas Ferreira将语音助手开发商Lumora告上法庭。", {("Tomas Ferreira", "Lumora")}),
    ("原告Tomas Ferreira以侵犯隐私为由起诉了医疗软件商Carevia。", {("Tomas Ferreira", "Carevia")}),
    ("原告Mara Quinlan在加利福尼亚北区联邦地区法院起诉健身品牌Vexor。", {("Mara Quinlan", "Vexor")}),
    ("原告Mara Quinlan向纽约南区联邦地区法院起诉零售商Brightwell Labs。", {("Mara Quinlan", "Brightwell Labs")}),
    ("原告Tomas Ferreira起诉Carevia。被告包括Carevia Clinics和Norvale Medical Group。", {("Tomas Ferreira", "Norvale Medical Group")}),
    ("原告Tomas Ferreira起诉了家居品牌Hearthly和其供应商Norvale。", {("Tomas Ferreira", "Hearthly"), ("Tomas Ferreira", "Norvale")}),
    ("原告Tomas Ferreira对总部位于丹佛的Carevia提起集体诉讼。", {("Tomas Ferreira", "Carevia")}),
    pytest.param("原告Tomas Ferreira起诉Carevia。被告还包括Carevia Health Partners、Carevia Clinics和CareviaOne Network。",
     {("Tomas Ferreira", "Carevia"), ("Tomas Ferreira", "Carevia Health Partners"),
      ("Tomas Ferreira", "Carevia Clinics"), ("Tomas Ferreira", "CareviaOne Network")}, marks=NAME_NOT_FOUND),
    pytest.param("原告Tomas Ferreira起诉Carevia。被告包括Carevia Clinics和Norvale Medical Group。",
     {("Tomas Ferreira", "Carevia"), ("Tomas Ferreira", "Carevia Clinics"), ("Tomas Ferreira", "Norvale Medical Group")}, marks=NAME_NOT_FOUND),
    pytest.param("原告Tomas Ferreira称，Carevia在诊室录音。被告还包括其旗下的Carevia Clinics和Norvale Medical Group。",
     {("Tomas Ferreira", "Carevia"), ("Tomas Ferreira", "Carevia Clinics"), ("Tomas Ferreira", "Norvale Medical Group")}, marks=SUIT_STORY),
    ("案件：Ferreira v. Carevia Inc.\n原告Tomas Ferreira称，Carevia未经同意录下诊室对话。",
     {("Tomas Ferreira", "Carevia")}),
    ("Brightwell Labs被原告Mara Quinlan起诉。", {("Mara Quinlan", "Brightwell Labs")}),
    ("美国作家Mara Quinlan起诉人工智能公司Lumora侵犯版权。", {("Mara Quinlan", "Lumora")}),
    ("配音演员Mara Quinlan起诉语音公司Lumora。", {("Mara Quinlan", "Lumora")}),
    ("原告Mara Quinlan和Tomas Ferreira起诉Vexor。", {("Mara Quinlan", "Vexor"), ("Tomas Ferreira", "Vexor")}),
    ("原告Mara Quinlan代表全体用户起诉Vexor。", {("Mara Quinlan", "Vexor")}),
    ("蓝鲸科技公司代表用户起诉云帆智能公司。", {("蓝鲸科技公司", "云帆智能公司")}),
    ("Tomas Ferreira随后加入诉讼。原告Mara Quinlan此前已起诉Vexor。", {("Mara Quinlan", "Vexor")}),
    ("犹他州总检察长起诉Vexor，称其聊天机器人危害未成年人。", {("犹他州总检察长", "Vexor")}),
    ("美国联邦贸易委员会起诉Brightwell Labs。", {("美国联邦贸易委员会", "Brightwell Labs")}),
    ("得克萨斯州总检察长办公室对Lumora提起诉讼。", {("得克萨斯州总检察长办公室", "Lumora")}),
    ("美国司法部和八个州起诉Vexor。", {("美国司法部", "Vexor")}),
    # English
    ("Mara Quinlan filed a proposed class action against Vexor in federal court.", {("Mara Quinlan", "Vexor")}),
    ("A Denver shopper, Tomas Ferreira, filed a class action against Brightwell Labs on Monday.", {("Tomas Ferreira", "Brightwell Labs")}),
    ("Mara Quinlan filed a complaint against Lumora Inc. in the Superior Court of California.", {("Mara Quinlan", "Lumora Inc.")}),
    ("Mara Quinlan filed a petition against Lumora in state court.", {("Mara Quinlan", "Lumora")}),
    ("Mara Quinlan has filed a lawsuit against Vexor over its chatbot.", {("Mara Quinlan", "Vexor")}),
    pytest.param("Mara Quinlan sued Vexor and Brightwell Labs on Tuesday.", {("Mara Quinlan", "Vexor"), ("Mara Quinlan", "Brightwell Labs")}, marks=NAME_NOT_FOUND),
    pytest.param("A New York shopper has filed a proposed class action accusing Vexor of collecting biometric data. "
     "The complaint, brought by Mara Quinlan in the Southern District of New York, says the stores scan palms.",
     {("Mara Quinlan", "Vexor")}, marks=SUIT_STORY),
    pytest.param("The lawsuit, filed by Mara Quinlan, accuses Vexor of recording calls.", {("Mara Quinlan", "Vexor")}, marks=NAME_NOT_FOUND),
    ("The Federal Trade Commission sued Brightwell Labs on Thursday.", {("Federal Trade Commission", "Brightwell Labs")}),
    pytest.param("The Utah Division of Consumer Protection and Attorney General Rhea Calder filed a complaint against Vexor Inc. "
     "in the Third Judicial District Court.",
     {("Utah Division of Consumer Protection", "Vexor Inc."), ("Attorney General", "Vexor Inc.")}, marks=NAME_NOT_FOUND),
    ("The Texas Attorney General filed a lawsuit against Lumora on Friday.", {("Texas Attorney General", "Lumora")}),
    ("The Federal Trade Commission filed a complaint against Brightwell Labs in federal court.",
     {("Federal Trade Commission", "Brightwell Labs")}),
    ("Mara Quinlan filed suit against Vexor on behalf of all California users.", {("Mara Quinlan", "Vexor")}),
    pytest.param("The Authors Guild filed a class action against Lumora on behalf of its members.", {("Authors Guild", "Lumora")}, marks=NAME_NOT_FOUND),
    ("Mara Quinlan sued Vexor in May. Tomas Ferreira joined the suit in June.",
     {("Mara Quinlan", "Vexor"), ("Tomas Ferreira", "Vexor")}),
    ("Mara Quinlan brought a class action against Vexor in the Northern District of California.", {("Mara Quinlan", "Vexor")}),
    ("Mara Quinlan is suing Brightwell Labs over its hiring software.", {("Mara Quinlan", "Brightwell Labs")}),
    ("Brightwell Labs was sued by Mara Quinlan in March.", {("Mara Quinlan", "Brightwell Labs")}),  # the person kg.mentions.recognised finds
    pytest.param("Vexor faces a lawsuit from Mara Quinlan over its chatbot.", {("Mara Quinlan", "Vexor")}, marks=NAME_NOT_FOUND),
    ("The complaint was filed by Tomas Ferreira against Carevia in state court.", {("Tomas Ferreira", "Carevia")}),
    ("Tomas Ferreira, a Denver nurse, sued Carevia in federal court.", {("Tomas Ferreira", "Carevia")}),
    ("Plaintiff Tomas Ferreira sued Carevia, a Denver software maker.", {("Tomas Ferreira", "Carevia")}),  # the person kg.mentions.recognised finds
    ("The New Mexico Attorney General sued Vexor, accusing it of harming children.", {("New Mexico Attorney General", "Vexor")}),
]

# (text, the court, the parties it must adjudicate): a judge named without the court, in an item naming its court once
JUDGES_TOLD = [
    ("案件：Quinlan v. Vexor Technologies, Inc.\n法院：美国加利福尼亚北区联邦地区法院\n原告Mara Quinlan起诉Vexor。Jane Holt法官认为，案件可以继续审理。",
     "美国加利福尼亚北区联邦地区法院", ("Mara Quinlan", "Vexor")),
    ("原告Mara Quinlan在美国加利福尼亚北区联邦地区法院起诉Vexor。Jane Holt法官裁定驳回被告的撤案动议。",
     "美国加利福尼亚北区联邦地区法院", ("Mara Quinlan", "Vexor")),
    ("原告Mara Quinlan向美国加利福尼亚南区联邦地区法院起诉健身品牌Vexor。M. Jane Holt法官认定原告已足以主张其请求。",
     "美国加利福尼亚南区联邦地区法院", ("Mara Quinlan", "Vexor")),
    ("Mara Quinlan sued Vexor in the Northern District of California. Judge Jane Holt denied the motion to dismiss.",
     "Northern District of California", ("Mara Quinlan", "Vexor")),
]

# (text, a (plaintiff, defendant) pair the text must not give as sued)
SUITS_NOT_TOLD = [
    ("原告Mara Quinlan起诉Vexor。Norvale总部在丹佛，并非被告。", ("Mara Quinlan", "Norvale")),
    ("原告Mara Quinlan起诉Vexor，称其使用Norvale的软件截取对话。Norvale并非本案被告。", ("Mara Quinlan", "Norvale")),
    ("原告Mara Quinlan给Vexor打电话订餐，通话被录音。", ("Mara Quinlan", "Vexor")),
    ("Mara Quinlan称，Vexor的客服电话由AI接听。", ("Mara Quinlan", "Vexor")),
    ("原告Mara Quinlan起诉Vexor。Norvale曾于2022年在英国被起诉。", ("Mara Quinlan", "Norvale")),
    ("原告Mara Quinlan起诉Vexor。Jane Holt法官此前在另一起诉Norvale的案件中驳回了原告请求。", ("Mara Quinlan", "Norvale")),
    ("Mara Quinlan威胁起诉Vexor。", ("Mara Quinlan", "Vexor")),
    ("Mara Quinlan表示可能起诉Vexor。", ("Mara Quinlan", "Vexor")),
    ("Vexor提出向Mara Quinlan支付5万美元以换取其放弃起诉。", ("Mara Quinlan", "Vexor")),
    ("Mara Quinlan threatened to sue Vexor over the recordings.", ("Mara Quinlan", "Vexor")),
    ("Mara Quinlan said she may sue Vexor.", ("Mara Quinlan", "Vexor")),
    ("Vexor offered Mara Quinlan $50,000 to drop her claims before any suit was filed.", ("Mara Quinlan", "Vexor")),
    ("Mara Quinlan sued Vexor. Norvale, which supplied the software, is not a defendant.", ("Mara Quinlan", "Norvale")),
    ("Mara Quinlan sued Vexor. Norvale was sued in Germany in 2021 over a similar tool.", ("Mara Quinlan", "Norvale")),
    ("Mara Quinlan sued Vexor, which licenses its software from Norvale.", ("Mara Quinlan", "Norvale")),
    ("Tomas Ferreira, a customer of Vexor, told reporters he was angry about the recordings.", ("Tomas Ferreira", "Vexor")),
    ("原告Mara Quinlan起诉Vexor，称其使用的Drift软件来自Norvale公司。Norvale已于去年被Hearthly收购。", ("Mara Quinlan", "Hearthly")),
    ("案件：Holt v. Vexor Technologies, Inc.\n法院：美国加利福尼亚北区联邦地区法院\nJane Holt法官认为，原告的请求可以继续审理。",
     ("Jane Holt", "Vexor Technologies")),
    ("原告Mara Quinlan起诉Vexor。该原告称，Norvale也曾录下她的通话。", ("Mara Quinlan", "Norvale")),
    ("原告Mara Quinlan起诉Vexor。同一原告的律师Tomas Ferreira此前起诉过Norvale。", ("Mara Quinlan", "Norvale")),
    ("The complaint, Doe v. Vexor Technologies, Inc., was filed in May by two anonymous coders.", ("Doe", "Vexor Technologies")),
    ("蓝鲸科技公司的律师代表用户起诉Vexor。", ("蓝鲸科技公司", "Vexor")),
    ("Reddit 用户起诉Vexor。", ("Reddit", "Vexor")),
]


@pytest.mark.parametrize("text, suits", SUITS_TOLD)
def test_inventory_each_way_a_suit_is_told_gives_each_plaintiff_suing_each_defendant(read_facts, text, suits):
    assert {(h, t) for h, r, t in read_facts(text) if r == "sued"} >= suits


@pytest.mark.parametrize("text, court, parties", JUDGES_TOLD)
def test_inventory_a_judge_named_without_the_court_gives_the_items_court_each_party(read_facts, text, court, parties):
    assert _heard(read_facts(text, objects=True)) >= {(court, party) for party in parties}


@pytest.mark.parametrize("text, pair", SUITS_NOT_TOLD)
def test_inventory_a_story_a_bystander_or_a_threat_is_no_suit(read_facts, text, pair):
    assert pair not in {(h, t) for h, r, t in read_facts(text) if r == "sued"}


def test_a_notice_of_intent_to_sue_is_an_accusation_not_a_suit(read_facts):
    found = read_facts("隐私国际向星河科技发出起诉意向书，指控其非法收集用户数据。")
    assert ("隐私国际", "accused", "星河科技") in found and ("隐私国际", "sued", "星河科技") not in found


@pytest.mark.parametrize("text, prosecutor, court, accused", [
    ("北海市海城区人民检察院以诈骗罪对被告人王立新、被告人赵明远提起公诉。北海市海城区人民法院经审理，"
     "以诈骗罪分别判处被告人王立新有期徒刑三年、被告人赵明远有期徒刑一年。",
     "北海市海城区人民检察院", "北海市海城区人民法院", ("王立新", "赵明远")),
    ("公诉机关东港市西岭区人民检察院指控，被告人孙志强与被告人钱文博利用换脸软件实施诈骗。"
     "东港市西岭区人民法院判决被告人孙志强有期徒刑两年、被告人钱文博有期徒刑一年。",
     "东港市西岭区人民检察院", "东港市西岭区人民法院", ("孙志强", "钱文博")),
    # 判处被告人X: the role after the cue is its object, no title the cue begins (联合创始人)
    ("近日，青川市中级人民法院对一起利用AI换脸软件实施诈骗的案件作出一审判决，分别判处被告人周海涛有期徒刑五年、"
     "被告人吴建华有期徒刑三年。青川市人民检察院指控，两人共骗取钱款300余万元。",
     "青川市人民检察院", "青川市中级人民法院", ("周海涛", "吴建华")),
    # 被告人王某、李某（化名）: the persons listed after one role are each a defendant
    ("江北市人民检察院指控称，被告人韩立明（化名）注册成立一家科技公司。检方称，被告人韩立明、邓晓峰（化名）共谋传播淫秽内容。",
     "江北市人民检察院", None, ("韩立明", "邓晓峰")),
])
def test_the_prosecutor_sued_and_the_court_adjudicated_every_criminal_defendant(read_facts, text, prosecutor, court, accused):
    found = read_facts(text)
    for person in accused:
        assert (prosecutor, "sued", person) in found
        assert court is None or (court, "adjudicated", person) in found
    assert not {f for f in found if f[1] == "accused"}  # a charge in court is the suit


def test_a_prosecutor_and_court_in_traditional_characters_reach_every_defendant(pipeline, write_doc):
    text = ("AI換臉詐騙案一審宣判\n\n公訴機關東港市西嶺區人民檢察院指控，被告人孫志強與被告人錢文博利用換臉軟件實施詐騙。"
            "東港市西嶺區人民法院判決被告人孫志強有期徒刑兩年、被告人錢文博有期徒刑一年。\n")
    result = pipeline.process(write_doc("trad.txt", text))
    found = {(f.head.text, f.relation, f.tail.text) for f in result.facts}
    for person in ("孫志強", "錢文博"):  # the names as the document writes them
        assert ("東港市西嶺區人民檢察院", "sued", person) in found
        assert ("東港市西嶺區人民法院", "adjudicated", person) in found


@pytest.mark.parametrize("text", [
    "北海市海城区人民检察院表示，将依法审查被告人王某、被告人赵某的案件。",  # no charge, no ruling
    "原告王某与原告赵某起诉云图科技。北海市海城区人民法院判决原告王某胜诉。",  # plaintiffs, not criminal defendants
])
def test_defendants_named_without_a_charge_or_ruling_reached_by_none(read_facts, text):
    found = read_facts(text)
    assert not {f for f in found if f[1] in ("sued", "adjudicated") and f[2] in ("王某", "赵某")} - \
        {("北海市海城区人民法院", "adjudicated", "王某")}
    assert ("北海市海城区人民法院", "adjudicated", "赵某") not in found


# -- grammar.described_by_owner: a defendant listed with the name whose office or tie describes it --
OWNER_DESCRIBED = [  # (sentence, plaintiff, defendants, the describing name that is sued by no one)
    ("星辰科技在北京互联网法院起诉云图科技、云图科技首席执行官张伟明和海川科技前首席设计官李晓东。",
     "星辰科技", {"云图科技", "张伟明", "李晓东"}, "海川科技"),
    ("作家王芳起诉对话平台Lingxi Chat的开发者Bluepeak Labs、该公司两名创始人约翰·卡特和玛丽·莫顿以及海川科技。",
     "王芳", {"Bluepeak Labs", "约翰·卡特", "玛丽·莫顿", "海川科技"}, "Lingxi Chat"),
    ("星辰科技起诉云图科技的母公司海川集团及云图科技。",
     "星辰科技", {"海川集团", "云图科技"}, None),
    ("Harbor News起诉云图科技、云图科技总裁张伟明和海川科技创始人李晓东，称其抓取报道。",
     "Harbor News", {"云图科技", "张伟明", "李晓东"}, "海川科技"),
]


@pytest.mark.parametrize("text,plaintiff,defendants,describer", OWNER_DESCRIBED)
def test_a_defendant_described_by_its_owner_or_employer_is_sued_and_the_describer_is_not(
        read_facts, text, plaintiff, defendants, describer):
    sued = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
    assert {(plaintiff, d) for d in defendants} <= sued
    assert describer is None or (plaintiff, describer) not in sued


@pytest.mark.parametrize("text,actor,sued_one", [
    ("云图科技首席执行官张伟明起诉星辰科技。", "张伟明", "星辰科技"),  # the holder sues, not the company he heads
    ("海川科技前董事长李晓东起诉星辰科技侵犯名誉权。", "李晓东", "星辰科技"),
])
def test_a_titled_plaintiff_sues_and_the_company_of_the_title_does_not(read_facts, text, actor, sued_one):
    sued = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
    assert sued == {(actor, sued_one)}


# -- grammar.opening_place: a place opening the sentence, then a comma, then a passive suit --
@pytest.mark.parametrize("text,plaintiffs,defendant", [
    ("在美国，云图科技此前也已被星辰科技和海川科技起诉。", {"星辰科技", "海川科技"}, "云图科技"),
    ("在日本，云图科技被星辰科技起诉。", {"星辰科技"}, "云图科技"),
    ("于欧盟，云图科技此前已遭星辰科技起诉。", {"星辰科技"}, "云图科技"),
    ("在美国，星辰科技起诉云图科技。", {"星辰科技"}, "云图科技"),  # active: as before
])
def test_a_place_opening_the_sentence_leaves_the_passive_defendant_sued(read_facts, text, plaintiffs, defendant):
    sued = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
    assert sued == {(p, defendant) for p in plaintiffs}


@pytest.mark.parametrize("text", [
    "在美国，云图科技计划起诉星辰科技。",  # a suit only planned
    "在美国，云图科技拟被星辰科技起诉的消息不实。",  # denied
    "在美国国会和白宫，云图科技被议员批评。",  # no suit
])
def test_a_place_opening_the_sentence_makes_no_suit_where_none_was_filed(read_facts, text):
    assert not {f for f in read_facts(text) if f[1] == "sued"}


@pytest.mark.parametrize("text,expected,unexpected", [
    ("星辰科技在台北地方法院起訴雲圖科技、雲圖科技執行長約翰·卡特和海川科技前董事長瑪麗·莫頓。",
     {("星辰科技", "雲圖科技"), ("星辰科技", "約翰·卡特"), ("星辰科技", "瑪麗·莫頓")}, ("星辰科技", "海川科技")),
    ("在美國，雲圖科技此前也已被星辰科技起訴。", {("星辰科技", "雲圖科技")}, None),
    ("於日本，Zentek Technologies遭Harbor News與星辰科技起訴。",
     {("Harbor News", "Zentek Technologies"), ("星辰科技", "Zentek Technologies")}, None),
])
def test_owner_described_defendants_and_opening_places_in_traditional_characters(pipeline, write_doc, text, expected,
                                                                                  unexpected):
    result = pipeline.process(write_doc("trad.txt", "測試條目\n\n" + text + "\n"))
    sued = {(f.head.text, f.tail.text) for f in result.facts if f.relation == "sued"}
    assert expected <= sued and unexpected not in sued


# -- English: a body described as part of another between commas is a plaintiff of the list; a suit a
# plaintiff answered with (english.tsv clause_opener "part of"; english_cues.tsv responded … with a lawsuit against) --
@pytest.mark.parametrize("text,plaintiffs,defendants", [
    ("On June 30, the Harbor Division of Consumer Protection, part of the Harbor Department of Commerce, and "
     "Attorney General Jane Roe filed a complaint against Zentek Technologies.",
     {"Harbor Division of Consumer Protection", "Attorney General", "Jane Roe"}, {"Zentek Technologies"}),  # the office acting too (SCHEMA)
    ("Bluepeak Labs, now part of Northwind Media, and Harbor News sued Zentek Technologies in May.",
     {"Bluepeak Labs", "Harbor News"}, {"Zentek Technologies"}),
    ("Harbor News responded in May with a lawsuit against Zentek Technologies and Bluepeak Labs.",
     {"Harbor News"}, {"Zentek Technologies", "Bluepeak Labs"}),
    ("Harbor News hit back with a suit against Zentek Technologies.", {"Harbor News"}, {"Zentek Technologies"}),
    ("Bluepeak Labs countered with a class action against Zentek Technologies in federal court.",
     {"Bluepeak Labs"}, {"Zentek Technologies"}),
])
def test_english_plaintiffs_described_between_commas_and_suits_answered_with(read_facts, text, plaintiffs, defendants):
    sued = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
    assert sued == {(p, d) for p in plaintiffs for d in defendants}


@pytest.mark.parametrize("text", [
    "Zentek Technologies was hit with a lawsuit against it and Bluepeak Labs.",  # the one hit is sued, by no one named
    "Harbor News plans to respond with a lawsuit against Zentek Technologies.",  # only planned
    "Harbor News has not responded with a lawsuit against Zentek Technologies.",  # negated
    "Harbor News was threatened with a lawsuit by Zentek Technologies.",  # a threat, no suit
])
def test_english_suits_answered_with_only_where_one_was_filed(read_facts, text):
    assert not {f for f in read_facts(text) if f[1] == "sued"}


# -- Chinese suits as real news tells them: joint suing, descriptors before names, settlements told
# before, a court forming its bench, the sides named by their labels in later sentences --
@pytest.mark.parametrize("sentence, plaintiffs, defendant", [
    ("蓝鲸科技公司、金鹰文化公司和白鹭软件公司联合起诉云帆智能公司。",
     ("蓝鲸科技公司", "金鹰文化公司", "白鹭软件公司"), "云帆智能公司"),
    ("藍鯨科技公司、金鷹文化公司和白鷺軟體公司聯合起訴雲帆智能公司。",
     ("藍鯨科技公司", "金鷹文化公司", "白鷺軟體公司"), "雲帆智能公司"),
    ("蓝鲸科技公司联手金鹰文化公司对云帆智能公司提起诉讼。", ("蓝鲸科技公司", "金鹰文化公司"), "云帆智能公司"),
])
def test_suing_together_partners_no_one(pipeline, read_facts, sentence, plaintiffs, defendant):
    read = partial(_as_read, pipeline)
    found = read_facts(read(sentence))
    assert {(h, t) for h, r, t in found if r == "sued"} == {(read(p), read(defendant)) for p in plaintiffs}
    assert not {f for f in found if f[1] == "partnered"}


def test_issuing_together_still_partners(read_facts):
    found = read_facts("蓝鲸科技公司联合金鹰文化公司发布《生成式AI伦理指南》。")
    assert ("蓝鲸科技公司", "partnered", "金鹰文化公司") in found


@pytest.mark.parametrize("sentence, defendant", [
    ("蓝鲸科技公司和金鹰文化公司联合起诉中国AI独角兽云帆智能公司。", "云帆智能公司"),
    ("藍鯨科技公司和金鷹文化公司聯合起訴中國AI獨角獸雲帆智能公司。", "雲帆智能公司"),
])
def test_a_place_describing_the_defendant_is_not_sued(pipeline, read_facts, sentence, defendant):
    read = partial(_as_read, pipeline)
    sued = {(h, t) for h, r, t in read_facts(read(sentence)) if r == "sued"}
    assert {t for _, t in sued} == {read(defendant)}


@pytest.mark.parametrize("sentence", [
    "今年6月，云帆智能公司已被蓝鲸科技公司和金鹰文化公司提起版权诉讼。",
    "今年6月，雲帆智能公司已被藍鯨科技公司和金鷹文化公司提起版權訴訟。",
])
def test_a_suit_of_some_kind_filed_by_agents_of_a_passive(pipeline, read_facts, sentence):
    sued = {(h, t) for h, r, t in read_facts(_as_read(pipeline, sentence)) if r == "sued"}
    assert len(sued) == 2 and len({t for _, t in sued}) == 1


@pytest.mark.parametrize("sentence, relation, pairs", [
    ("蓝鲸科技公司表示，已与人工智能（AI）音乐创作平台云帆智能公司达成版权侵权诉讼和解。", "settled",
     {("蓝鲸科技公司", "云帆智能公司")}),
    ("藍鯨科技公司表示，已與人工智慧（AI）音樂創作平台雲帆智能公司達成版權侵權訴訟和解。", "settled",
     {("藍鯨科技公司", "雲帆智能公司")}),
    ("蓝鲸科技公司近期对科技巨头云帆智能公司与人工智能先锋白鹭软件公司提起了诉讼。", "sued",
     {("蓝鲸科技公司", "云帆智能公司"), ("蓝鲸科技公司", "白鹭软件公司")}),
])
def test_the_other_side_after_a_description_of_its_kind(pipeline, read_facts, sentence, relation, pairs):
    read = partial(_as_read, pipeline)
    assert {(h, t) for h, r, t in read_facts(read(sentence)) if r == relation} == {(read(h), read(t)) for h, t in pairs}


def test_the_outlet_of_a_dateline_sues_no_one(read_facts):
    found = read_facts("36氪 3 月 12 日消息，两家出版商对云帆智能公司提起诉讼，指控其侵犯版权。")
    assert not {f for f in found if f[0] == "36氪"}


@pytest.mark.parametrize("sentence", [
    "云帆智能公司今天告诉旧金山联邦法官，已同意支付15亿美元。",
    "雲帆智能公司今天告訴舊金山聯邦法官，已同意支付15億美元。",
])
def test_telling_a_judge_is_no_suit(pipeline, read_facts, sentence):
    assert not {f for f in read_facts(_as_read(pipeline, sentence)) if f[1] in ("sued", "settled")}


def test_a_settlement_told_before_is_the_one_both_sides_refer_to(read_facts):
    found = read_facts("蓝鲸科技公司与云帆智能公司近日达成和解。根据双方发布的联合声明，此次和解包括补偿。"
                       "去年，蓝鲸科技公司、金鹰文化公司联合起诉云帆智能公司及白鹭软件公司。", title="和解")
    assert {(h, t) for h, r, t in found if r == "settled"} == {("蓝鲸科技公司", "云帆智能公司")}


@pytest.mark.parametrize("text, court, parties", [
    ("蓝鲸科技公司起诉云帆智能公司。北京互联网法院组成五人合议庭，依法公开审理了该案。", "北京互联网法院",
     {"蓝鲸科技公司", "云帆智能公司"}),
    ("藍鯨科技公司起訴雲帆智能公司。台北地方法院組成合議庭，公開審理了該案。", "台北地方法院",
     {"藍鯨科技公司", "雲帆智能公司"}),
    # a suit of unnamed plaintiffs: the defendant after 向, the court's judge ruling
    ("三名作家去年向云帆智能公司发起侵权诉讼。今年6月，北京互联网法院法官裁定其使用构成合理使用。", "北京互联网法院",
     {"云帆智能公司"}),
    # the sides named only by their labels in the sentences after the hearing
    ("近日，杭州互联网法院组成合议庭，依法公开审理一起AI声音侵权案。庭审中，被告云帆智能公司称其声音有合法来源。"
     "被告白鹭软件公司否认侵权。", "杭州互联网法院", {"云帆智能公司", "白鹭软件公司"}),
    # the hearing told first, the suit of an unnamed plaintiff after it, its defendant after a product's operator
    ("近日，北京互联网法院组成合议庭，依法公开审理一起AI声音侵权案。该案中，配音演员将“声音工坊”的运营主体云帆智能公司"
     "等三被告起诉到北京互联网法院。", "北京互联网法院", {"云帆智能公司"}),
    ("近日，臺北地方法院組成合議庭，公開審理一起AI聲音侵權案。該案中，配音員將雲帆智能公司起訴到臺北地方法院。",
     "臺北地方法院", {"雲帆智能公司"}),
    # the court ruling on the matter it names between its name and its act (就…案作出判决)
    ("蓝鲸科技公司起诉云帆智能公司。近日，杭州互联网法院就首例涉虚拟数字人的著作权侵权案作出一审判决。",
     "杭州互联网法院", {"蓝鲸科技公司", "云帆智能公司"}),
    ("藍鯨科技公司起訴雲帆智能公司。近日，臺北地方法院就一起涉及AI換臉的肖像權侵權案作出一審判決。",
     "臺北地方法院", {"藍鯨科技公司", "雲帆智能公司"}),
])
def test_a_court_hearing_a_suit_told_in_other_sentences_adjudicates_its_sides(pipeline, read_facts, text, court, parties):
    read = partial(_as_read, pipeline)
    assert {t for h, r, t in read_facts(read(text)) if r == "adjudicated" and h == read(court)} == {read(p) for p in parties}


def test_a_name_owning_the_unnamed_defendant_is_not_heard(read_facts):
    found = read_facts("四位画师联手，将“云帆AI”的运营公司诉至法院。北京互联网法院开庭审理了该案。")
    assert not {f for f in found if f[1] == "adjudicated"}


@pytest.mark.parametrize("text, pairs", [
    ("蓝鲸科技公司起诉云帆智能公司。原告还包括金鹰文化公司和白鹭软件公司。",
     {("蓝鲸科技公司", "云帆智能公司"), ("金鹰文化公司", "云帆智能公司"), ("白鹭软件公司", "云帆智能公司")}),
    ("藍鯨科技公司起訴雲帆智能公司。原告還包括金鷹文化公司和白鷺軟體公司。",
     {("藍鯨科技公司", "雲帆智能公司"), ("金鷹文化公司", "雲帆智能公司"), ("白鷺軟體公司", "雲帆智能公司")}),
    # a suit of unnamed plaintiffs, its plaintiffs listed after
    ("近日，多家出版商联合对人工智能公司云帆智能公司发起诉讼。原告包括金鹰文化公司和白鹭软件公司。",
     {("金鹰文化公司", "云帆智能公司"), ("白鹭软件公司", "云帆智能公司")}),
    # after a colon closing the clause the plaintiff word opens; the suit of the plaintiff the sentence names
    ("蓝鲸科技公司起诉云帆智能公司。金鹰文化公司也起诉了白鹭软件公司。除了蓝鲸科技公司，原告阵容覆盖了半个行业：青禾出版公司、紫荆科技公司等悉数在列。",
     {("蓝鲸科技公司", "云帆智能公司"), ("金鹰文化公司", "白鹭软件公司"), ("青禾出版公司", "云帆智能公司"),
      ("紫荆科技公司", "云帆智能公司")}),
    # trap: a colon opening what a plaintiff says
    ("蓝鲸科技公司起诉云帆智能公司。原告律师指出：白鹭软件公司未经许可使用了其作品。", {("蓝鲸科技公司", "云帆智能公司")}),
])
def test_plaintiffs_listed_after_the_suit_sue_its_defendants(pipeline, read_facts, text, pairs):
    read = partial(_as_read, pipeline)
    assert {(h, t) for h, r, t in read_facts(read(text)) if r == "sued"} == {(read(h), read(t)) for h, t in pairs}


# -- litigation.FacedSuits: X面临A、B的诉讼, the suits' plaintiffs after the word of facing --
FACED_SUITS = [  # (sentence, plaintiffs, defendant)
    ("星河科技同时还面临海川集团、蓝湾集团以及云图科技的相关诉讼。", ("海川集团", "蓝湾集团", "云图科技"), "星河科技"),
    ("星河科技同時還面臨海川集團、藍灣集團以及雲圖科技的相關訴訟。", ("海川集團", "藍灣集團", "雲圖科技"), "星河科技"),
    ("星河科技面临来自海川集团的诉讼。", ("海川集团",), "星河科技"),
    ("星河科技面臨來自海川集團的訴訟。", ("海川集團",), "星河科技"),
    # a likeness told before 的 (类似的版权诉讼)
    ("星河科技此前已面临海川集团和蓝湾集团类似的版权诉讼。", ("海川集团", "蓝湾集团"), "星河科技"),
    ("星河科技此前已面臨海川集團和藍灣集團類似的版權訴訟。", ("海川集團", "藍灣集團"), "星河科技"),
]


@pytest.mark.parametrize("text, plaintiffs, defendant", FACED_SUITS)
def test_a_party_facing_the_suits_of_named_parties_is_sued_by_each(pipeline, read_facts, text, plaintiffs, defendant):
    read = partial(_as_read, pipeline)
    assert _sued(read_facts(read(text))) >= {(read(p), read(defendant)) for p in plaintiffs}


@pytest.mark.parametrize("text", ["星河科技面临海川集团的调查。", "星河科技面臨海川集團的調查。",  # an inquiry, no suit
                                  "星河科技与海川集团面临诉讼。",  # no plaintiff named
                                  "星河科技面临海川集团类似的调查。"])  # a likeness of an inquiry
def test_facing_an_inquiry_or_an_unnamed_suit_is_no_suit_of_a_name(pipeline, read_facts, text):
    assert not {f for f in read_facts(_as_read(pipeline, text)) if f[1] == "sued"}


# -- litigation.CoDefendantsSettle: A与B已就多起诉讼达成和解, the two are one side of the suits --
@pytest.mark.parametrize("text", [
    "星河科技与云图科技已就多起诉讼达成和解，这些诉讼指控其聊天机器人伤害青少年。",
    "星河科技與雲圖科技已就多起訴訟達成和解，這些訴訟指控其聊天機器人傷害青少年。",
    "作家王芳起诉星河科技与云图科技。星河科技与云图科技已达成和解。",
    "作家王芳起訴星河科技與雲圖科技。星河科技與雲圖科技已達成和解。",
])
def test_co_defendants_settling_suits_together_settle_with_no_one_of_them(pipeline, read_facts, text):
    read = partial(_as_read, pipeline)
    settled = {(h, t) for h, r, t in read_facts(read(text)) if r == "settled"}
    assert not settled & {(read("星河科技"), read("云图科技")), (read("云图科技"), read("星河科技"))}


@pytest.mark.parametrize("text, pair", [
    ("海川集团与云图科技就版权诉讼达成和解。", ("海川集团", "云图科技")),  # the two sides of one suit
    ("海川集團與雲圖科技就版權訴訟達成和解。", ("海川集团", "云图科技")),
    ("作家王芳起诉星河科技与云图科技。星河科技与云图科技已达成和解。", ("王芳", "星河科技")),  # the plaintiff with each
])
def test_the_sides_of_one_suit_still_settle(pipeline, read_facts, text, pair):
    found = {frozenset((h, t)) for h, r, t in read_facts(_as_read(pipeline, text)) if r == "settled"}
    assert frozenset(pair) in found


@pytest.mark.parametrize("text, prosecutor, court, accused", [
    ("江北市人民檢察院指控稱，被告人韓立明（化名）註冊成立一家科技公司。檢方稱，被告人韓立明、鄧曉峯（化名）共謀傳播淫穢內容。",
     "江北市人民检察院", None, ("韩立明", "邓晓峰")),
    ("青川市中級人民法院分別判處被告人周海濤有期徒刑五年、被告人吳建華有期徒刑三年。青川市人民檢察院指控，兩人共騙取錢款300余萬元。",
     "青川市人民检察院", "青川市中级人民法院", ("周海涛", "吴建华")),
])
def test_defendants_listed_after_one_role_or_after_a_sentencing_cue_in_traditional(pipeline, read_facts, text, prosecutor,
                                                                                   court, accused):
    found = read_facts(_as_read(pipeline, text))
    for person in accused:
        assert (prosecutor, "sued", person) in found
        assert court is None or (court, "adjudicated", person) in found


@pytest.mark.parametrize("text, court, officer", [
    ("北京互联网法院党组成员、副院长赵长新通报涉人工智能案件审理情况。", "北京互联网法院", "赵长新"),
    ("北京互聯網法院黨組成員、副院長趙長新通報涉人工智能案件審理情況。", "北京互联网法院", "赵长新"),
    ("杭州中院院长唐学兵担任审判长公开开庭审理并当庭宣判。", "杭州中院", "唐学兵"),
    ("杭州中院院長唐學兵擔任審判長公開開庭審理並當庭宣判。", "杭州中院", "唐学兵"),
])
def test_a_courts_officer_is_no_side_it_rules_on(pipeline, read_facts, text, court, officer):
    assert (court, "adjudicated", officer) not in read_facts(_as_read(pipeline, text))


def test_the_outlet_a_sentence_cites_adds_no_defendant(read_facts):
    found = read_facts("根据 Reuters（路透社）的最新报导，一名资深记者向联邦法院提起集体诉讼，同时将谷歌、OpenAI列为被告。")
    assert not {f for f in found if f[0] in ("Reuters", "路透社") and f[1] == "sued"}


@pytest.mark.parametrize("text", [
    "蓝鲸科技公司起诉云帆智能公司。北京互联网法院预计将就该案作出判决。",
    "蓝鲸科技公司起诉云帆智能公司。北京互联网法院就该案召开新闻发布会。",
    "藍鯨科技公司起訴雲帆智能公司。臺北地方法院預計將就該案作出判決。",
    # a suit told after the hearing but filed with another court is no suit the first court heard
    "近日，北京互联网法院组成合议庭，依法公开审理一起AI换脸案。另有配音演员将云帆智能公司起诉到杭州互联网法院。",
])
def test_a_court_whose_act_on_the_named_matter_is_still_to_come_or_no_ruling_adjudicates_nothing(read_facts, text):
    assert not [f for f in read_facts(text) if f[1] == "adjudicated"]


@pytest.mark.parametrize("credit, body", [
    ("王志明／清华大学 法学院 教授", "北京互联网法院近日审理一起AI生成图片著作权案，认定原告未能证明其智力投入。"),
    ("王志明/國立臺灣大學 法律學院 副教授", "北京互联网法院近日审理一起AI生成图片著作权案，认定原告未能证明其智力投入。"),
    ("Wang Zhiming / Tsinghua University 教授", "北京互联网法院近日审理一起AI生成图片著作权案，认定原告未能证明其智力投入。"),
])
def test_a_column_whose_title_is_its_authors_credit_gives_the_court_no_side(read_facts, credit, body):
    # the author's credit (name, school, title) opens the column as its first item's title: no side of a suit
    found = read_facts(f"{credit}\n{body}", title=credit)
    assert not [f for f in found if f[1] == "adjudicated"]
    heading = "腾讯与字节跳动著作权纠纷"
    titled = read_facts(f"{heading}\n北京互联网法院近日审理一起AI生成图片著作权案，认定原告未能证明其智力投入。", title=heading)
    assert {f[2] for f in titled if f[1] == "adjudicated"} >= {"腾讯"}  # a headline's names are still heard


@pytest.mark.parametrize("text, court", [
    ("Harbor Labs sued Zentek AI over its logo. The Court of Appeals for the Ninth Circuit affirmed the order against Zentek AI.",
     "Court of Appeals for the Ninth Circuit"),
    ("Harbor Labs sued Zentek AI over its photographs. The England and Wales High Court ruled that Zentek AI did not infringe "
     "Harbor Labs' copyright.", "England and Wales High Court"),
])
def test_a_court_named_without_its_country_rules_under_its_whole_name(read_facts, text, court):
    # the whole name is the court (not "Court of Appeals" and "Ninth Circuit", not "Wales High Court" under England and Wales)
    found = _heard(read_facts(text, objects=True))
    assert (court, "Zentek AI") in found


def test_a_rule_named_as_a_noun_is_no_act_of_the_court_the_complaint_is_filed_with(read_facts):
    # "Harbor Labs's rules", "the rules": a noun; the District Court only received the complaint
    text = ("Harbor Labs sued Zentek AI in March. Zentek AI allegedly violated Harbor Labs's rules by running ads, "
            "the outlet said, citing the complaint filed to the District Court.")
    assert not [f for f in read_facts(text) if f[1] == "adjudicated"]
    ruled = read_facts("Harbor Labs sued Zentek AI in March. The District Court grants the motion of Zentek AI.")
    assert {f[2] for f in ruled if f[1] == "adjudicated"} >= {"Zentek AI"}  # a verb in -s after the court still rules


def test_the_suit_screen_numbers_stories_from_the_items_it_is_given():
    """An item and the parts that continue it are one story; the next item opens another."""
    from kg.facts.litigation import story_numbers
    from kg.model import Item
    items = [Item("d.txt", 0, "A", ""), Item("d.txt", 1, "A (2)", "", continues=True), Item("d.txt", 2, "B", "")]
    assert story_numbers(items) == {("d.txt", "A"): 1, ("d.txt", "A (2)"): 1, ("d.txt", "B"): 2}
    assert story_numbers([]) == {}


def test_an_accusation_between_suing_parties_is_screened_only_inside_their_story(pipeline):
    """A sued B in one story: B's accusation of A there is the suit's, in another story it stands."""
    from kg.facts.litigation import SuitsAccuseNoMore
    from kg.model import Evidence, Fact, Item, Mention
    screen = next(one for one in pipeline.extractor.document_families if isinstance(one, SuitsAccuseNoMore))
    items = [Item("d.txt", 0, "suit", ""), Item("d.txt", 1, "other", "")]

    def fact(relation: str, head: str, tail: str, item: str) -> Fact:
        return Fact(Mention(head, "Company", 0, 1), relation, Mention(tail, "Company", 2, 3),
                    Evidence("d.txt", item, "…", 0, 1))
    sued, inside, outside = fact("sued", "甲公司", "乙公司", "suit"), fact("accused", "乙公司", "甲公司", "suit"), \
        fact("accused", "乙公司", "甲公司", "other")
    assert screen.screen([sued, inside, outside], items) == [sued, outside]


def test_a_suing_partys_accusation_of_no_party_in_its_story_is_screened(pipeline):
    """甲 sued 云图科技公司: what 甲 alleges of the defendant's chief (or the defendant of 甲's owner) in that
    story is the suit's complaint or defence; a state body suing and accusing stands, and so do an
    accusation by someone outside the suits, one in another story and one of a party (named short too)."""
    from kg.facts.litigation import SuitsAccuseNoMore
    from kg.model import Evidence, Fact, Item, Mention
    screen = next(one for one in pipeline.extractor.document_families if isinstance(one, SuitsAccuseNoMore))
    items = [Item("d.txt", 0, "suit", ""), Item("d.txt", 1, "other", "")]

    def fact(relation: str, head: str, tail: str, item: str = "suit", head_type: str = "Company",
             tail_type: str = "Company") -> Fact:
        return Fact(Mention(head, head_type, 0, 1), relation, Mention(tail, tail_type, 2, 3),
                    Evidence("d.txt", item, "…", 0, 1))
    sued, agency_sued = fact("sued", "甲公司", "云图科技公司"), fact("sued", "联邦贸易委员会", "丙公司", head_type="Regulator")
    plaintiffs = fact("accused", "甲公司", "王明", tail_type="Person")  # the defendant's chief
    defendants = fact("accused", "云图科技公司", "李华", tail_type="Person")  # the plaintiff's owner
    agency = fact("accused", "联邦贸易委员会", "丁公司", head_type="Regulator")
    bystander = fact("accused", "戊公司", "云图科技公司")
    elsewhere = fact("accused", "甲公司", "王明", item="other", tail_type="Person")
    other_suits_party = fact("accused", "甲公司", "丙公司")  # sued by the agency: no complaint of 甲's suit
    short = fact("accused", "甲公司", "云图")  # the defendant named short: the pair test's
    kept = screen.screen([sued, agency_sued, plaintiffs, defendants, agency, bystander, elsewhere,
                          other_suits_party, short], items)
    assert kept == [sued, agency_sued, agency, bystander, elsewhere, other_suits_party, short]


def _built(pipeline, text: str) -> set[tuple[str, str, str]]:
    """The facts of a document of ``text`` built whole (the screens run on a document's facts)."""
    from kg.model import Document
    graph = pipeline.graph(pipeline.process_documents([Document("fixture.txt", "fixture.txt", text, "0")]))
    return {(graph.entity(h)["label"], relation, graph.entity(t)["label"]) for h, relation, t, _ in graph.facts()}


@pytest.mark.parametrize("text, plaintiff, other", [
    ("星辰科技起诉云图科技侵犯著作权。星辰科技还指控海川数据公司窃取其源代码。", "星辰科技", "海川数据公司"),
    ("星辰科技起訴雲圖科技侵犯著作權。星辰科技還指控海川數據公司竊取其原始碼。", "星辰科技", "海川數據公司"),
    ("Harbor News sued Zentek Technologies in May. Harbor News accused Brightlane Ltd. of copying its articles.",
     "Harbor News", "Brightlane Ltd."),
])
def test_a_plaintiff_accusing_someone_in_its_suits_story_accuses_no_one_outside_the_suit(pipeline, text, plaintiff, other):
    found = _built(pipeline, text)
    assert {r for h, r, _ in found if h == plaintiff} == {"sued"}, found
    assert (plaintiff, "accused", other) not in found


def test_an_accusation_by_no_party_to_the_storys_suit_stands(pipeline):
    found = _built(pipeline, "Harbor News sued Zentek Technologies in May. "
                             "Brightlane Ltd. accused Zentek Technologies of copying its code.")
    assert ("Brightlane Ltd.", "accused", "Zentek Technologies") in found, found


# MembersAreNoParties (sued48): a place describing the ones suing, a news agency's dateline


def test_a_place_before_a_plural_noun_of_the_ones_suing_is_no_plaintiff(read_facts):
    found = read_facts("US Artists Sue Zentek Labs for Copyright Infringement\nThree artists filed the suit on Friday.")
    assert not {(h, t) for h, t in _sued(found) if h in ("US", "美国")}
    found = read_facts("The US sued Zentek Labs in Virginia. France sued Halcyon Systems last year.")
    assert {h for h, _ in _sued(found)} >= {"美国", "法国"} or {h for h, _ in _sued(found)} >= {"US", "France"}


def test_a_place_right_before_a_noun_it_qualifies_is_no_side_of_the_suit(read_facts):
    found = read_facts("Two Newspapers Sue U.S. AI Startup Zentek Labs\nThe papers filed the suit on Monday.")
    assert not {pair for pair in _sued(found) if {"U.S.", "美国"} & set(pair)}
    found = read_facts("Ohio today became the first U.S. state to sue Zentek Labs over its chatbot.", title="Court report")
    assert not {pair for pair in _sued(found) if pair[0] in ("U.S.", "美国")}
    found = read_facts("Texas sued Zentek Labs in Austin on Monday.", title="Court report")
    assert {h for h, _ in _sued(found)} & {"Texas", "得克萨斯州"}  # a place suing on its own still sues


def test_a_news_agency_in_its_dateline_sues_no_one(read_facts, as_read):
    for text in ("(路透紐約16日電)兩名配音員今天向曼哈頓聯邦法院控告新創公司雲帆智能公司非法複製他們的聲音。",
                 "（新华社北京5月3日电）两名作家向北京互联网法院起诉云帆智能公司。",
                 "(中央社紐約16日綜合外電報導)兩名配音員控告雲帆智能公司。"):
        sued = _sued(read_facts(as_read(text)))
        assert not {h for h, _ in sued if h in ("路透社", "新华社", "中央社")}, (text, sued)
    assert ("路透社", "云帆智能公司") in _sued(read_facts("路透社起诉了云帆智能公司。"))


def test_the_defendant_a_suit_is_told_against_adds_no_defendant_of_its_own(read_facts):
    found = read_facts("The developers behind Character.AI are seeking to dismiss a lawsuit over the death of a "
                       "teenager. The suit was filed by a mother from Florida, Megan Harlow, who says her son was "
                       "harmed. The suit against Character Technologies, the company behind the app, also names "
                       "individual developers and Google as defendants.", title="Court report")
    assert ("Megan Harlow", "Google") in _sued(found)
    assert ("Character Technologies", "Google") not in _sued(found)


def test_places_listed_as_where_the_plaintiffs_are_sue_no_one(read_facts):
    found = read_facts("Families in multiple states including Colorado, Florida and Texas sued Character.AI and Google.",
                       title="Court report")
    assert not {pair for pair in _sued(found) if pair[0] in ("Colorado", "Florida", "Texas")}


def test_places_told_suing_settle_with_no_one(read_facts):
    found = read_facts("Google and Character.AI have agreed to settle several lawsuits over chatbots. Families in "
                       "several states including Colorado, Florida and Texas sued the companies.",
                       title="Google and Character.AI settle", objects=True)
    assert not [f for f in found if f.relation == "settled" and "Jurisdiction" in (f.head.type, f.tail.type)]
    # a city sued settles all the same
    found = read_facts("Robert Williams sued the City of Detroit in 2021. Williams reached a settlement with Detroit "
                       "on Friday.", title="Detroit settles wrongful-arrest suit", objects=True)
    assert [f for f in found if f.relation == "settled" and f.rule == "litigation/settlement" and f.tail.type == "Jurisdiction"]


def test_a_settlement_a_party_is_seeking_is_none(read_facts):
    told = "Concord and ABKCO Music sued Anthropic in 2023. "
    found = read_facts(told + "The publishers are likely seeking a large settlement from Anthropic.", title="Publishers v. Anthropic")
    assert not {f for f in found if f[1] == "settled"}
    found = read_facts(told + "The publishers reached a settlement with Anthropic.", title="Publishers v. Anthropic")
    assert ("Concord", "Anthropic") in {(h, t) for h, r, t in found if r == "settled"}


def test_an_outlets_dateline_title_names_no_side_of_the_suit_a_court_heard(read_facts):
    text = "近日，上海市金山区人民法院审结一起换脸应用引发的肖像权纠纷案件，法院判决被告运营公司发布道歉声明。"
    found = read_facts(text, title="扬子晚报 2023-01-13 10:31")
    assert not {t for h, r, t in found if r == "adjudicated"} & {"扬子晚报"}
    found = read_facts(text, title="扬子晚报起诉云图科技")
    assert ("上海市金山区人民法院", "adjudicated", "扬子晚报") in found  # a title naming a side of the suit


@pytest.mark.parametrize("text", ["在海川集团的支持下，星河科技提起了诉讼。",  # no filing inside the frame
                                  "在海川集团审理星河科技案件中，法官驳回了动议。"])  # another act inside it
def test_a_frame_without_a_filing_between_its_names_tells_no_suit_of_them(pipeline, read_facts, text):
    assert not {f for f in read_facts(_as_read(pipeline, text)) if f[1] == "sued" and f[0] == _as_read(pipeline, "海川集团")}


@pytest.mark.parametrize("text, parent, child", [
    ("The settled cases include a lawsuit filed by Megan Roe, who claimed in a complaint that Character.AI's chatbot "
     "encouraged her 14-year-old son, Sam Roe, to harm himself. Character.AI and Megan Roe have settled.",
     "Megan Roe", "Sam Roe"),
    ("Megan Roe's suit claims Sam Roe III, a 14-year-old Boston high school student, hurt himself after using "
     "a chatbot made by Character.AI.", "Megan Roe", "Sam Roe III"),
    ("王丽起诉Character.AI，称其14岁的儿子李明与聊天机器人交谈后自杀。双方已达成和解。", "王丽", "李明"),
    ("王麗起訴Character.AI，稱其14歲的兒子李明與聊天機器人交談後自殺。雙方已達成和解。", "王麗", "李明"),
])
def test_a_child_named_as_the_one_harmed_is_no_party_to_the_parents_suit(pipeline, text, parent, child):
    found = _built(pipeline, text)
    assert not any(child in (h, t) for h, r, t in found if r in ("sued", "settled", "adjudicated")), found


def test_a_spouse_named_beside_the_plaintiff_still_sues(pipeline):
    found = _built(pipeline, "Leila Roe and her husband, Angus Roe, sued OpenAI in May over the death of their son.")
    assert {h for h, r, _ in found if r == "sued"} >= {"Leila Roe", "Angus Roe"}, found


@pytest.mark.parametrize("text, place", [
    ("On March 3, 2026, two California job applicants filed a class action against Talentloop Inc.", "加利福尼亚州"),
    ("这家美国线上零售商周二提起诉讼，要求星河智能停止允许其浏览器代理Nova代表用户购物。", "美国"),
    ("這家美國線上零售商週二提起訴訟，要求星河智能停止允許其瀏覽器代理Nova代表用戶購物。", "美国"),
])
def test_a_place_describing_unnamed_plaintiffs_is_no_party(pipeline, text, place):
    found = _built(pipeline, text)
    assert not any(place in (h, t) for h, r, t in found if r == "sued"), found


@pytest.mark.parametrize("text, place", [
    ("Texas sued Meta over its chatbot in December.", "得克萨斯州"),
    ("美国起诉谷歌垄断搜索市场。", "美国"),
])
def test_a_place_that_sues_is_still_a_party(pipeline, text, place):
    assert any(h == place for h, r, _ in _built(pipeline, text) if r == "sued")


def test_an_adult_named_with_her_age_still_sues_through_her_estate(pipeline):
    found = _built(pipeline, "The estate of Ann Roe, an 83-year-old woman who was killed at her home in May, "
                             "filed suit on Thursday against OpenAI.")
    assert ("Ann Roe", "sued", "OpenAI") in found, found


# -- a suit's lawyer or law firm is no one suing (litigation.CounselAreNoParties, a screen) --
@pytest.mark.parametrize("text, counsel", [
    ("The complaint against Zentek was filed by law firm Quimby & Vance in the U.S. District Court for the Northern "
     "District of California.", {"Quimby & Vance"}),
    ("The complaint against Zentek was filed by the Marrow Law Group in federal court.", {"Marrow Law Group"}),
    ("根据多家外媒报导,位于纽约州的一家律师事务所「Brandt, Orlow & Fenn」,近日正在处理1名男子针对北岭航空有限公司提告人身伤害罪的案件。"
     "对此,该事务所特别指派卡米洛(Ivo Camillo)为原告律师,起诉北岭航空有限公司。", {"Brandt, Orlow & Fenn", "卡米洛"}),
    ("根據多家外媒報導,位於紐約州的一家律師事務所「Brandt, Orlow & Fenn」,近日正在處理1名男子針對北嶺航空有限公司提告人身傷害罪的案件。"
     "對此,該事務所特別指派卡米洛(Ivo Camillo)為原告律師,起訴北嶺航空有限公司。", {"Brandt, Orlow & Fenn", "卡米洛"}),
])
def test_a_suits_law_firm_or_lawyer_sues_no_one(pipeline, read_facts, text, counsel):
    read = {f[0] for f in read_facts(_as_read(pipeline, text)) if f[1] == "sued"}
    assert read >= counsel  # read by the sentence and document families, then screened
    assert not {f[0] for f in _built(pipeline, text) if f[1] == "sued"} & counsel


def test_the_counsel_a_side_is_given_sues_no_one_and_the_side_still_sues(pipeline):
    barrister = ("The case involved judicial review proceedings against the Vantor Borough Council, in which the barrister "
                 "for the claimant, Mira Tolland, lodged written submissions that referred to five cases that did not exist.")
    assert not [f for f in _built(pipeline, barrister) if f[1] == "sued" and f[0] == "Mira Tolland"]
    own_name = "知名律师林芳上月起诉星河科技有限公司侵犯其著作权。"
    assert ("林芳", "sued", "星河科技有限公司") in _built(pipeline, own_name)  # a lawyer suing in her own name
    firm_own = "芝加哥律师事务所Marlow Kent起诉星河科技有限公司未经许可从事法律服务。"
    assert ("Marlow Kent", "sued", "星河科技有限公司") in _built(pipeline, firm_own)  # a firm suing on its own account


@pytest.mark.parametrize("byline", [
    "◎文 《晨报》杂志全媒体记者 林小北 见习记者 周青",
    "文 《晨報》雜誌記者 林小北 實習記者 周青",
])
def test_a_reporters_byline_as_an_items_title_gives_the_court_no_side(read_facts, byline):
    # an item opening with the outlet's and its reporters' byline: the names of the byline are no sides
    body = "近日，宁波互联网法院就首例涉AI平台侵权案作出一审判决，认定被告宁波某智能科技公司构成帮助侵权。"
    found = read_facts(f"{byline}\n{body}", title=byline)
    assert not {tail for _, relation, tail in found if relation == "adjudicated"} & {"林小北", "周青", "晨报", "晨報"}
