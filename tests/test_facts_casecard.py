"""kg.facts.casecard: a court standing as a card's field adjudicated the card's parties."""
from __future__ import annotations

import pytest


def _adjudicated(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "adjudicated"}


def test_a_court_field_over_a_party_line_with_roles_adjudicates_both_sides(read_facts):
    card = ("案件｜腾讯诉字节跳动案\n机关｜北海市中级人民法院\n"
            "当事人｜原告腾讯；被告字节跳动\n时间｜2024年3月\n结论｜法院判决被告赔偿")
    found = read_facts(card)
    assert _adjudicated(found) >= {("北海市中级人民法院", "腾讯"), ("北海市中级人民法院", "字节跳动")}


def test_a_caption_line_with_its_court_adjudicates_the_sides_named_in_the_card(read_facts):
    card = ("◇ 基本信息\nMoreau v. Acme Corp.｜Northern District of California｜2023年4月起诉｜2024年驳回动议\n"
            "◇ 事实与进展\n原告Julien Moreau称，Acme Corp.在招聘中使用情绪识别工具。法院驳回了被告的动议。")
    found = read_facts(card)
    assert ("Northern District of California", "Julien Moreau") in _adjudicated(found)
    # the caption's side Acme Corp., its name Acme; written in the Chinese sentence with its legal form, that name
    assert {("Julien Moreau", "sued", "Acme"), ("Julien Moreau", "sued", "Acme Corp.")} & set(found)


def test_a_card_telling_only_a_filing_adjudicates_nothing(read_facts):
    card = ("（1）法院：北海市中级人民法院\n（2）案件：星辰文化公司诉云图科技案\n（3）日期：2025年8月（起诉）\n"
            "（4）案情：星辰文化公司起诉云图科技，称其未征得同意使用作品。")
    assert not _adjudicated(read_facts(card))


def test_a_court_inside_a_sentence_is_no_field(read_facts):
    found = read_facts("2.3　印度｜北海市中级人民法院以临时禁令保护星辰文化公司的权利\n星辰文化公司起诉云图科技。", objects=True)
    assert all(fact.rule != "casecard" for fact in found)


def test_a_repeated_label_opens_the_next_card(read_facts):
    cards = ("案件｜A案\n机关｜北海市中级人民法院\n当事人｜原告星辰文化公司；被告云图科技\n结论｜判决驳回起诉\n"
             "案件｜B案\n机关｜东港市市场监督管理局\n当事人｜海风公司\n结论｜罚款10万元")
    assert ("北海市中级人民法院", "海风公司") not in _adjudicated(read_facts(cards))


def test_a_court_after_a_bracketed_label_is_a_field(read_facts):
    card = ("━━━━━━━━\n〖案名〗Moreau v. Acme Corp.\n〖法院〗北海市中级人民法院\n〖起诉〗2023年4月\n"
            "〖最新进展〗法院裁定本案交付仲裁\n\n简析：设计师朱利安·莫罗（Julien Moreau）起诉Acme Corp.，称其盗用作品。\n━━━━━━━━")
    found = read_facts(card)
    assert ("北海市中级人民法院", "朱利安·莫罗") in _adjudicated(found)  # Moreau: the gloss of his Chinese name


def test_a_motion_asking_for_a_ruling_is_no_ruling(read_facts):
    card = ("━━━━━━━━\n〖案名〗Moreau v. Acme Corp.\n〖法院〗北海市中级人民法院\n〖起诉〗2023年4月\n"
            "〖最新进展〗被告动议驳回起诉，案件仍在动议阶段\n\n简析：朱利安·莫罗（Julien Moreau）起诉Acme Corp.。\n━━━━━━━━")
    assert not _adjudicated(read_facts(card))


def test_the_one_card_heading_a_story_finds_its_sides_in_the_story(read_facts):
    story = ("Case: Moreau v. Bellamy\nCourt: Court of Appeals of Oregon\nDecided: May 2, 2025\n"
             "Disposition: Judgment reversed\n\nBackground\n\n"
             "Julien Moreau sued his former partner, Claire Bellamy, over the sale of their studio.")
    found = _adjudicated(read_facts(story))
    assert ("Court of Appeals of Oregon", "Julien Moreau") in found or ("Court of Appeals of Oregon", "Moreau") in found


def test_a_cards_filing_field_carries_the_suits_the_card_tells(read_facts):
    # the filing field names no party: the card's suit is read again from it, so its date reaches kg.cases
    card = ("〖案名〗Moreau v. Acme\n〖法院〗北海市中级人民法院\n〖起诉〗2022年5月\n〖最新进展〗法院驳回动议\n"
            "简析：原告Julien Moreau起诉Acme Corp.，称其未经许可使用作品。")
    found = read_facts(card, objects=True)
    assert any(f.relation == "sued" and f.evidence.sentence.startswith("〖起诉〗2022年5月") for f in found)


@pytest.mark.parametrize("court_label", ["法院或机构", "法院/机构"])
def test_a_court_field_that_may_name_an_agency_still_carries_the_cards_filing_date(pipeline, write_doc, court_label):
    # 法院或机构｜X: a court field whose label allows an agency; the card's 时间｜…起诉 field dates its suit
    cards = "".join(f"════════════\n{number}\n案件｜{plaintiff}诉{defendant}\n{court_label}｜{court}\n时间｜{filed}起诉\n"
                    f"进展｜{plaintiff}起诉{defendant}，称其抓取用户数据。\n\n"
                    for number, plaintiff, defendant, court, filed in (
                        ("第一项", "蓝鲸科技公司", "云帆智能公司", "北海市中级人民法院", "2024年6月"),
                        ("第二项", "白鹭软件公司", "远帆数据公司", "东江区人民法院", "2024年9月")))
    result = pipeline.process(write_doc("cards.txt", f"《诉讼季报》2024年第三季度\n发布日期：2024年10月9日\n\n{cards}"))
    dated = {(f.head.text, f.tail.text) for f in result.facts
             if f.relation == "sued" and f.evidence.sentence.startswith("时间｜")}
    assert {("蓝鲸科技公司", "云帆智能公司"), ("白鹭软件公司", "远帆数据公司")} <= dated


def test_a_heading_glossed_in_brackets_gives_the_card_its_own_suit_not_the_counter_suit(read_facts):
    # the heading is no case name (a gloss in brackets); its story tells a counter-suit too
    card = ("【诉讼简报】2025年4月号\n\n编者按：本期整理两起诉讼。\n\n■ 第一起：腾讯（Tencent）诉 字节跳动\n"
            "法院：北海市中级人民法院\n起诉时间：2025年3月\n要点：腾讯称字节跳动抓取其用户数据。\n"
            "进展：字节跳动随后在深圳市中级人民法院反诉腾讯。\n\n■ 第二起：百度 诉 云图科技\n法院：北京互联网法院\n")
    found = read_facts(card, objects=True)
    dated = {(f.head.text, f.tail.text) for f in found
             if f.relation == "sued" and f.evidence.sentence.startswith("起诉时间")}
    assert ("腾讯", "字节跳动") in dated and ("字节跳动", "腾讯") not in dated


def test_a_sides_own_field_lines_name_the_plaintiffs_and_defendants(read_facts):
    card = ("两家公司起诉一家美国公司\n原告｜腾讯、百度\n被告｜Cloudmap Inc.\n法院｜北海市中级人民法院\n"
            "进展｜2025年5月法院判决被告赔偿")
    found = read_facts(card)
    assert {("腾讯", "sued", "Cloudmap Inc."), ("百度", "sued", "Cloudmap Inc.")} <= set(found)
    assert ("北海市中级人民法院", "Cloudmap Inc.") in _adjudicated(found)  # though the line above the court ends with a stop


def test_a_card_telling_only_a_filing_still_tells_its_suit(read_facts):
    card = ("一起训练数据诉讼\n原告｜腾讯\n被告｜云图科技\n法院｜北海市中级人民法院\n进展｜案件待审")
    found = read_facts(card)
    assert ("腾讯", "sued", "云图科技") in found and not _adjudicated(found)


def test_a_caption_side_takes_the_registered_name_it_opens_and_the_names_listed_after_it(read_facts):
    card = ("▸案名：Brenner v. Quorravex\n▸审理机构：北海市中级人民法院\n▸裁决日期：2025年3月\n"
            "案情：Laura Brenner在与Quorravex, Inc.及Oskar Lindqvist、Henrik Dahl的合同纠纷中提起上诉，法院判决驳回。")
    found = read_facts(card)
    assert {("北海市中级人民法院", name) for name in ("Laura Brenner", "Oskar Lindqvist", "Henrik Dahl")} <= _adjudicated(found)
    assert ("Laura Brenner", "sued", "Henrik Dahl") in found


def test_labels_spaced_to_one_width_are_fields(read_facts):
    card = ("▌条目一　海风公司起诉云图科技\n　执法主体：海风公司\n　对　　象：云图科技及其负责人John Doe\n"
            "　措　　施：起诉；法院发出临时限制令\n　法　　院：北海市中级人民法院\n　时　　间：2024年起诉")
    assert _adjudicated(read_facts(card)) >= {("北海市中级人民法院", "云图科技"), ("北海市中级人民法院", "John Doe")}



def test_a_heading_in_capitals_ends_a_card_before_another_case_ruled(read_facts):
    card = ("CASE 2 — Nimbus Labs v. X Corp\nCourt: U.S. District Court for the Northern District of California\n"
            "Filed: June 2025\n\nSummary. Nimbus Labs sued X Corp over access to its platform.\n\n"
            "OTHER NOTES\nElsewhere, OpenAI settled Tremblay v. OpenAI; Judge Mara Quill granted preliminary approval.")
    assert not {party for _, party in _adjudicated(read_facts(card))} & {"Nimbus Labs", "X Corp"}



def test_the_heading_of_the_next_card_is_not_the_card_befores(pipeline):
    # a card's case heading stands right above its court; the card before ends above that heading,
    # so the parties the heading names are not the court's before
    from kg.facts.base import Shared
    from kg.facts.casecard import CardCourts
    cards = CardCourts(Shared(pipeline.kb))
    text = ("（一）星辰文化公司对云图科技\n受理法院｜北海市中级人民法院\n"
            "最新进展｜星辰文化公司起诉云图科技，法院判决云图科技赔偿。\n"
            "（二）蓝海传媒对云图科技\n受理法院｜南湖区人民法院\n最新进展｜蓝海传媒起诉云图科技。")
    first = text.index("受理法院")
    second = text.index("受理法院", first + 1)
    assert cards.parted(text, second, first) == text.index("（二）")
    # a card before ending with its ruling's field keeps it: no heading of the next card
    compact = "受理法院｜北海市中级人民法院\n结论｜判决驳回\n受理法院｜南湖区人民法院\n"
    assert cards.parted(compact, compact.index("受理法院", 1), 0) == compact.index("受理法院", 1)


def test_a_plaintiff_told_by_description_is_the_cards_plaintiff_suing_every_defendant_listed(read_facts):
    # the story calls the heading's plaintiff only 原告 / 原告方: the heading's plaintiff sued each name of the list
    card = ("【第一案】华为 诉 云图科技\n法院｜北海市中级人民法院\n进展｜2023年，原告以化名起诉云图科技与百度，称二者泄露数据。\n\n"
            "【第二案】腾讯 诉 字节跳动\n法院｜深圳市中级人民法院\n要点｜原告方对字节跳动及其股东百度提起侵权诉讼。")
    found = read_facts(card)
    assert ("华为", "sued", "百度") in found
    assert ("腾讯", "sued", "百度") in found
    assert ("腾讯", "sued", "云图科技") not in found


def test_a_card_heading_above_a_repeated_label_opens_the_next_card(pipeline):
    # the cards share labels (受理法院｜, 日期｜) and head each with a line of no label: the label told
    # again opens the second card at its heading, so the suit that heading tells is the second card's
    from kg.facts.base import Shared
    from kg.facts.casecard import BLANK, CardCourts
    cards = CardCourts(Shared(pipeline.kb))
    text = ("〔第一案〕星辰文化 诉 云图科技\n受理法院｜北海市中级人民法院\n日期｜2023年3月起诉\n"
            "概况｜星辰文化起诉云图科技，称其模型抄袭了插画。法院判决云图科技赔偿。\n"
            "〔第二案〕蓝海传媒 诉 云图科技\n受理法院｜南湖区人民法院\n日期｜2024年6月起诉\n"
            "概况｜一家媒体以同样理由提起诉讼，案件仍在审理中。")
    labels = [(m.start(), BLANK.sub("", m.group("label") or m.group("bracketed")).lower())
              for m in cards.field_line.finditer(text)]
    first, second = text.index("受理法院"), text.index("受理法院", text.index("受理法院") + 1)
    assert cards.unrepeated(text, labels, second, 0, len(text)) == (text.index("〔第二案〕"), len(text))
    assert cards.unrepeated(text, labels, first, 0, len(text)) == (0, text.index("〔第二案〕"))
    # compact cards of field lines only: the repeated label itself opens the next
    compact = "受理法院｜北海市中级人民法院\n日期｜2023年\n受理法院｜南湖区人民法院\n日期｜2024年"
    labels = [(m.start(), BLANK.sub("", m.group("label") or m.group("bracketed")).lower())
              for m in cards.field_line.finditer(compact)]
    assert cards.unrepeated(compact, labels, compact.index("受理法院", 1), 0, len(compact))[0] == compact.index("受理法院", 1)


def test_a_numbered_field_line_is_a_field(pipeline):
    # a card numbering its fields (1. 受理法院：X / 2. 立案日期：…) labels them still
    from kg.facts.base import Shared
    from kg.facts.casecard import CardCourts
    cards = CardCourts(Shared(pipeline.kb))
    assert cards.field_line.match("1. 法院：北海市中级人民法院")
    assert cards.field_line.match("2、法院：南湖区人民法院")
    assert not cards.field_line.match("2024. 法院在北海市审理此案")


def test_a_ruling_said_not_yet_made_is_no_ruling(pipeline):
    # a card whose progress line says no ruling came yet (尚未作出判决, has not yet ruled) tells a filing only
    from kg.facts.base import Shared
    from kg.facts.casecard import CardCourts
    cards = CardCourts(Shared(pipeline.kb))
    pending = "法院｜南湖区人民法院\n进展｜案件已受理，法院尚未作出判决。"
    assert not cards.rules(pending, 0, len(pending))
    assert not cards.rules("Status: the court has not yet ruled.", 0, 36)
    ruled = "法院｜南湖区人民法院\n进展｜法院于去年判决被告赔偿。"
    assert cards.rules(ruled, 0, len(ruled))


def test_an_editors_comment_after_a_card_tells_no_ruling(pipeline):
    # the comment line closing a card (【短评】…的判决值得关注, Takeaway: …) speaks of rulings elsewhere
    from kg.facts.base import Shared
    from kg.facts.casecard import CardCourts
    cards = CardCourts(Shared(pipeline.kb))
    text = "法院｜东江区人民法院\n时间｜2025年4月起诉\n\n【短评】同类案件此前的驳回裁定可作参考。"
    assert not cards.rules(text, 0, len(text))
    english = "Court: District of Oregon\nFiled: May 2025\nTakeaway: earlier rulings dismissed similar claims."
    assert not cards.rules(english, 0, len(english))


def test_a_card_naming_its_plaintiff_only_takes_the_defendants_its_sentences_list(read_facts):
    card = ("▌第一宗\n原告｜画家埃拉·莫兰（Ella Moran）\n法院｜北海市中级人民法院\n起诉｜2025年6月\n\n"
            "莫兰发现有人仿冒他的画风。他将云图科技和一批匿名账户列为被告。法院同月作出临时禁令。")
    found = read_facts(card)
    assert ("埃拉·莫兰", "sued", "云图科技") in found
    assert ("北海市中级人民法院", "云图科技") in _adjudicated(found)


def test_a_defendant_named_right_after_its_role_word_is_the_cards_defendant(read_facts):
    card = ("原告｜歌手诺拉·贝尔（Nora Bell）\n法院｜北海市中级人民法院\n起诉｜2025年9月\n\n"
            "被告之一Vocalis Inc.经营一个语音平台。法院随后作出临时禁令。")
    assert ("诺拉·贝尔", "sued", "Vocalis Inc.") in read_facts(card)


def test_a_name_before_the_defendants_word_outside_its_clause_is_no_defendant(read_facts):
    card = ("原告｜画家埃拉·莫兰（Ella Moran）\n法院｜北海市中级人民法院\n起诉｜2025年6月\n\n"
            "云图科技发表声明，原告将一批匿名账户列为被告。")
    assert ("埃拉·莫兰", "sued", "云图科技") not in read_facts(card)



def test_spaced_role_labels_give_each_line_its_side(read_facts):
    card = "原　　告｜蓝鲸科技公司、金鹰文化公司\n被　　告｜云帆智能公司\n受诉法院｜云岭省高级人民法院\n"
    assert {(h, t) for h, r, t in read_facts(card) if r == "sued"} == {
        ("蓝鲸科技公司", "云帆智能公司"), ("金鹰文化公司", "云帆智能公司")}


def test_a_card_with_a_defendant_line_only_is_sued_by_its_captions_plaintiff(read_facts):
    card = ("案　　名｜蓝鲸科技公司诉云帆智能公司案\n受诉法院｜云岭省高级人民法院\n被　　告｜云帆智能公司、白鹭软件公司\n"
            "节　　点｜2024年9月判决\n法院认为蓝鲸科技公司的主张不成立，判决驳回。")
    found = read_facts(card)
    assert {(h, t) for h, r, t in found if r == "sued"} == {("蓝鲸科技公司", "云帆智能公司"), ("蓝鲸科技公司", "白鹭软件公司")}
    assert _adjudicated(found) >= {("云岭省高级人民法院", "蓝鲸科技公司"), ("云岭省高级人民法院", "白鹭软件公司")}


def _tracker_facts(pipeline, write_doc, body: str) -> set[tuple[str, str, str]]:
    text = f"RIVERBEND LAW SCHOOL\nPrivacy Litigation Clinic\n\nAI CASE TRACKER\nEntry 14  |  Last updated: May 3, 2025\n\n{body}"
    result = pipeline.process(write_doc("tracker.txt", text))
    # Brightpath Ventures, LLC: the name with or without its legal form
    return {(f.head.text, f.relation, f.tail.text.removesuffix(", LLC")) for f in result.facts}


@pytest.mark.parametrize("body, court", [
    ("CAPTION\nFederal Trade Commission v. Brightpath Ventures, LLC, et al.\n\nCOURT\n"
     "U.S. District Court for the District of Arizona\n\nPARTIES\nPlaintiff: Federal Trade Commission\n"
     "Defendants: Brightpath Ventures, LLC; and its owner, Michael Turner\n\nKEY DATES\n"
     "- Complaint filed in January 2025.\n- The court entered a temporary restraining order freezing assets.\n",
     "U.S. District Court for the District of Arizona"),
    ("CASE\nFederal Trade Commission v. Brightpath Ventures\n\nFORUM\nU.S. District Court for the District of Oregon\n\n"
     "PARTIES\nPlaintiff: Federal Trade Commission\nDefendants: Brightpath Ventures, LLC; its founder, Michael Turner\n\n"
     "STATUS\nThe court granted a preliminary injunction in March 2025.\n",
     "U.S. District Court for the District of Oregon"),
    ("CAPTION\nFederal Trade Commission v. Brightpath Ventures, LLC\n\nCOURT\nU.S. District Court for the District of Utah\n\n"
     "PARTIES\nPlaintiff: Federal Trade Commission\nDefendants: Brightpath Ventures, LLC and its chief executive, Michael Turner\n\n"
     "FILED / DISPOSITION\nThe defendants were enjoined from selling business opportunities.\n",
     "U.S. District Court for the District of Utah"),
])
def test_a_trackers_fields_set_as_headings_are_one_card(pipeline, write_doc, body, court):
    found = _tracker_facts(pipeline, write_doc, body)
    for defendant in ("Brightpath Ventures", "Michael Turner"):
        assert ("Federal Trade Commission", "sued", defendant) in found
        assert (court, "adjudicated", defendant) in found
    assert (court, "adjudicated", "Federal Trade Commission") in found


def test_a_tracker_telling_only_a_filing_adjudicates_nothing(pipeline, write_doc):
    found = _tracker_facts(pipeline, write_doc, (
        "CAPTION\nFederal Trade Commission v. Brightpath Ventures, LLC\n\nCOURT\nU.S. District Court for the District of Utah\n\n"
        "PARTIES\nPlaintiff: Federal Trade Commission\nDefendants: Brightpath Ventures, LLC; its founder, Michael Turner\n\n"
        "KEY DATES\n- Complaint filed in January 2025.\n- Next: a hearing on a preliminary injunction.\n"))
    assert ("Federal Trade Commission", "sued", "Brightpath Ventures") in found
    assert not {f for f in found if f[1] == "adjudicated"}


def test_a_section_after_the_trackers_fields_is_not_the_card(pipeline, write_doc):
    found = _tracker_facts(pipeline, write_doc, (
        "COURT\nU.S. District Court for the District of Utah\n\nPARTIES\nPlaintiff: Federal Trade Commission\n"
        "Defendants: Brightpath Ventures, LLC\n\nKEY DATES\n- The court entered a temporary restraining order.\n\n"
        "RELATED MATTERS\nA separate suit, Orrin Vale v. Northgate Data, was filed in the U.S. District Court for the "
        "District of Nevada and dismissed in 2024.\n"))
    assert ("U.S. District Court for the District of Utah", "adjudicated", "Brightpath Ventures") in found
    assert not {f for f in found if f[0] == "U.S. District Court for the District of Utah" and f[2] in ("Orrin Vale", "Northgate Data")}
