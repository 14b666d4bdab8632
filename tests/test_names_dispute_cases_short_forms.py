"""Chinese names that transfer, of companies and staff: a company's short form before 公司 (``short``), a staff
member's title after a state body's name (suffix ``staff_of_body``), a party's role before a
registered name.  Sentences written for the tests, Simplified and Traditional (OpenCC s2t)."""
from __future__ import annotations

import opencc
import pytest

_S2T = opencc.OpenCC("s2t")


def both_scripts(text: str) -> list[tuple[str, callable]]:
    """The sentence in each script, with the function that writes a name in that script."""
    return [(text, lambda name: name), (_S2T.convert(text), _S2T.convert)]


@pytest.fixture
def names(pipeline, write_doc):
    """``names(text)``: the mentions the whole pipeline (a Traditional text read in Simplified and
    reported in its own characters) finds in ``text``, by their text."""
    def find(text: str) -> dict:
        result = pipeline.process(write_doc("t.txt", text))
        return {m.text: m for mentions in result.mentions for m in mentions}
    return find


@pytest.mark.parametrize("text, company", [
    ("魔珐公司诉称,被告侵害其著作权。法院支持了魔珐公司的部分请求。", "魔珐公司"),
    ("判决后,瑷珂公司提起上诉。瑷珂公司认为赔偿数额过低。", "瑷珂公司"),
    ("珐蓝公司与被告签订了协议,此后珐蓝公司发现对方违约。", "珐蓝公司"),
])
def test_a_company_s_short_form_written_twice_is_a_company(names, text, company):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(company)].type == "Company", (variant, list(found))


@pytest.mark.parametrize("text", [
    "寿险公司和外包公司都在扩张。寿险公司的收入下降,外包公司的收入上升。",  # descriptions, dictionary words
    "该公司称,两家公司将合作。该公司和两家公司均未回应。",  # a pronoun, a count
    "网约车公司上调了价格,网约车公司回应称成本上升。",  # a generic word
    "魔珐公司发布了新产品。",  # written once: no short form declared by use
])
def test_no_short_form_where_a_description_or_a_single_mention_stands(names, text):
    for variant, _ in both_scripts(text):
        assert not [m for m in names(variant).values() if m.mechanism == "short"], variant


# a staff member's title after a state body's name: the body is the name
@pytest.mark.parametrize("text, body", [
    ("今年4月,金华市婺城区检察院检察官根据评估结果讨论案件。", "金华市婺城区检察院"),
    ("北京市通州区检察院检察官李文静与同事讨论案件。", "北京市通州区检察院"),
    ("海淀区人民法院法官表示,被告应当赔偿。", "海淀区人民法院"),
])
def test_a_staff_title_after_a_body_is_no_part_of_its_name(names, text, body):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert written(body) in found, (variant, list(found))
        assert not [n for n in found if n.startswith(written(body)) and n != written(body)], (variant, list(found))


def test_a_place_s_own_office_stays_one_name(names):
    assert names("旧金山市检察官起诉了该公司。")["旧金山市检察官"].type == "Regulator"


# a party's role in a judgment (案外人, 第三人, 被申请人) is no part of the name after it
@pytest.mark.parametrize("text, company", [
    ("上诉人因与案外人上海星河广告传媒股份有限公司签订协议。", "上海星河广告传媒股份有限公司"),
    ("第三人远帆数据科技有限公司述称,其不知情。", "远帆数据科技有限公司"),
    ("被申请人蓝湾信息技术有限公司未到庭。", "蓝湾信息技术有限公司"),
])
def test_a_party_s_role_before_a_registered_name_is_no_part_of_it(names, text, company):
    for variant, written in both_scripts(text):
        found = names(variant)
        assert found[written(company)].type == "Company", (variant, list(found))


# names listed after a title's name (、和与及), and a party list's title, a colon and the name
@pytest.mark.parametrize("text, people", [
    ("星岚公司的委托诉讼代理人韩立新、苏晓雨,云图公司的委托诉讼代理人陆海涛、唐静怡于3月10日到庭。",
     {"韩立新", "苏晓雨", "陆海涛", "唐静怡"}),
    ("该公司负责人：周明远、林海燕和秦文博表示将配合调查。", {"周明远", "林海燕", "秦文博"}),
    ("法定代表人:高振宇,经理。委托诉讼代理人:庄雅琴,北京市某律师事务所律师。", {"高振宇", "庄雅琴"}),
])
def test_names_listed_after_a_title_are_persons(names, text, people):
    for variant, written in both_scripts(text):
        found = {name for name, m in names(variant).items() if m.type == "Person"}
        assert {written(p) for p in people} <= found, (variant, found)


@pytest.mark.parametrize("text", [
    "律师王明、数据和模型都很重要。",  # words, no names, after the first
    "专家：人工智能、法律与伦理需要兼顾。",  # a title, a colon and words
])
def test_words_listed_after_a_title_s_name_are_no_persons(names, text):
    for variant, written in both_scripts(text):
        found = {name for name, m in names(variant).items() if m.type == "Person"}
        assert found <= {written("王明")}, (variant, found)
