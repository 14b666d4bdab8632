"""Credit lines and headings read whole: a one-character label after a space stays a label (文/X 图/Y),
a photo's kind and a site's notice after the credits are no part of them, a credited person keeps a last
character that ends no other name, an author line lists its names with commas, an article's authors state
no facts, a heading that sets two matters against each other is no case, a known outlet with its kind
after its name is that outlet (lines written for the tests)."""
from __future__ import annotations

import pytest

from kg.ingest import repair


def _article(credit_line: str) -> str:
    return f"卓汇科技发布新模型\n{credit_line}\n该模型可以实时处理语音。"


def test_a_space_before_a_one_character_credit_label_stays():
    assert repair("文/冯明宇 图/星城日报") == "文/冯明宇 图/星城日报"
    assert repair("微软 和 OpenAI") == "微软和 OpenAI"  # a space next to a lone character still goes


@pytest.mark.parametrize("line, names", [
    ("图：张明一/摄（资料照）", ["张明一"]),
    ("责任编辑：楚江  来源：星城新闻网 转载请注明作者、出处。", ["楚江", "星城新闻网"]),
])
def test_a_photos_kind_and_a_sites_notice_after_the_credits_are_no_part_of_them(line, names):
    from kg.segment import _lexicons
    credits = _lexicons().bylines.credits(line)
    assert credits is not None and [name for credit in credits for name in credit.names] == names


def test_a_credited_person_keeps_a_last_character_that_is_an_adverb_elsewhere(names):
    found = names(_article("编译：林亭均"))
    assert found["林亭均"].type == "Person" and "林亭" not in found


@pytest.mark.parametrize("line, authors", [
    ("朱明诚,孙立平", ["朱明诚", "孙立平"]),
    ("朱明诚、孙立平", ["朱明诚", "孙立平"]),
    ("□ 朱明诚", ["朱明诚"]),
])
def test_an_author_line_of_names_and_commas_names_people(names, line, authors):
    found = names(_article(line))
    assert all(found[author].type == "Person" for author in authors)


def test_an_articles_author_is_party_to_no_fact(pipeline, write_doc):
    path = write_doc("ai-image.txt", "法院认定AI生成图片构成作品\n□ 朱明诚\n近日，常熟市人民法院审结一起著作权侵权纠纷案。"
                                     "原告林某诉称，被告星河科技公司未经许可使用其图片。法院经审理判决被告赔偿原告损失。")
    facts = pipeline.process(path).facts
    assert facts and not [fact for fact in facts if "朱明诚" in (fact.head.text, fact.tail.text)]


@pytest.mark.parametrize("text", [
    "Market Harm vs. Piracy\nThe judge weighed whether piracy harmed the market for the books.",
    "Company Disclosure vs. Lawsuit Allegations\nThe company says recordings need consent.",
    "The suit is the latest.\n  Stated Values vs. Actual Conduct: the company presents itself as careful, critics disagree.",
])
def test_a_heading_that_sets_two_matters_against_each_other_is_no_case(names, text):
    assert not [m for m in names(text).values() if m.type == "Case"]


@pytest.mark.parametrize("text, case", [
    ("Harlow v. Quorrant Corporation\nThe plaintiffs, led by Harlow, accuse Quorrant of sharing messages.",
     "Harlow v. Quorrant Corporation"),
    ("Lantern Media, Inc. v. Quorrant, Inc.\nNews outlet Lantern Media sued Quorrant over its articles.",
     "Lantern Media, Inc. v. Quorrant, Inc."),
    ("Case: Harlow v. Quorrant", "Harlow v. Quorrant"),  # a field's value, whatever the rest of the text says
])
def test_a_heading_caption_whose_party_the_text_names_is_a_case(names, text, case):
    assert names(text)[case].type == "Case"


def test_a_known_outlet_with_its_kind_after_its_name_is_that_outlet(names):
    found = names("根据CNBC电视台报导，此禁令范围很广。")
    assert found["CNBC"].type == "Company" and "CNBC电视台" not in found
