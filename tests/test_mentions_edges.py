"""The junk-edge filter: a name never starts or ends with a verb, an adverb, a time word,
a role or a web page's word (sentences and names written for the tests)."""
from __future__ import annotations

import pytest

from kg.mentions.edges import Edges
from kg.mentions.words import vocabulary
from kg.model import Mention


@pytest.fixture(scope="module")
def trim(pipeline):
    edges = Edges(vocabulary(pipeline.data_dir))

    def cut(text: str, type_: str = "Company", mechanism: str = "suffix") -> str | None:
        trimmed = edges.trim(Mention(text, type_, 10, 10 + len(text), mechanism=mechanism))
        return trimmed and trimmed.text
    return cut


def test_a_verb_before_a_name_is_cut(trim):
    assert trim("这是卓汇科技公司") == "卓汇科技公司"


def test_a_function_word_before_a_name_is_cut_even_inside_it(trim):
    assert trim("已由卓汇科技公司") == "卓汇科技公司"
    assert trim("草案原由国家数字创新委员会", "Regulator") == "国家数字创新委员会"


def test_a_role_before_a_name_is_cut(trim):
    assert trim("被上诉人卓汇科技公司") == "卓汇科技公司"


def test_a_time_word_is_cut_at_either_edge(trim):
    assert trim("近日卓汇科技公司") == "卓汇科技公司"
    assert trim("卓汇科技公司此前") == "卓汇科技公司"


def test_an_adverb_after_a_name_is_cut(trim):
    assert trim("玛丽·史密斯曾", "Person", "person") == "玛丽·史密斯"


def test_a_web_page_word_after_a_name_is_cut(trim):
    assert trim("卓汇时报官网", "Company", "source") == "卓汇时报"


def test_the_cut_keeps_the_offsets_of_what_is_left(trim, pipeline):
    edges = Edges(vocabulary(pipeline.data_dir))
    trimmed = edges.trim(Mention("这是卓汇科技公司", "Company", 5, 13, mechanism="suffix"))
    assert (trimmed.start, trimmed.end) == (7, 13)


def test_nothing_left_is_no_name(trim):
    assert trim("这是该") is None


def test_a_family_name_that_is_also_an_adverb_stays_in_a_persons_name(trim):
    assert trim("曾志远", "Person", "person") == "曾志远"


def test_knowledge_base_names_and_titles_are_left_as_they_are(trim):
    assert trim("这是一部法", "Law", "title") == "这是一部法"


def test_the_pipeline_reads_names_without_their_junk_edges(names):
    assert "卓汇科技公司" in names("这是卓汇科技公司首次回应。")
    assert "卓汇科技公司" in names("被上诉人卓汇科技公司辩称。")
    assert "卓汇科技公司" in names("该项目已由卓汇科技公司接手。")


def test_a_chinese_description_of_a_kind_of_company_before_a_latin_name_is_cut_off_it(names):
    found = names("Meta宣布在新加坡起诉新加坡公司Zorbi Timeline SG Limited，该公司运营多款应用。")
    assert "Zorbi Timeline SG Limited" in found and not any(text.startswith("新加坡公司") for text in found)
    found = names("星岚科技收购了美国初创公司Quillwave Inc。")
    assert not any(text.startswith("美国初创公司") for text in found)


def test_an_owners_role_before_a_name_is_cut_even_inside_it(trim):
    assert trim("母公司卓汇控股集团") == "卓汇控股集团"
    assert trim("卓汇控股集团全资子公司明川科技有限公司") == "明川科技有限公司"


def test_a_kind_of_body_opening_a_name_is_cut_where_a_name_is_left(trim):
    assert trim("研究院明川研究院", "Organization") == "明川研究院"
    assert trim("机构明川实验室", "Organization") == "明川实验室"
    assert trim("机构数据保护委员会", "Organization") == "机构数据保护委员会"  # 数据保护委员会 describes


def test_a_copula_after_a_name_starts_the_name_after_it(trim):
    assert trim("明川科技有限公司系卓汇控股集团") == "卓汇控股集团"
    assert trim("明川科技有限公司现为卓汇控股集团") == "卓汇控股集团"
    assert trim("计算机系明川实验室", "Organization") == "计算机系明川实验室"  # 计算机 is no name before 系


def test_a_register_field_after_a_name_ends_it(trim):
    assert trim("明川科技注册资本") == "明川科技"


def test_a_masthead_or_notice_keeps_its_first_character(trim):
    assert trim("都會晨訊", mechanism="source") == "都會晨訊"  # 都 opens the paper's name, no adverb
    assert trim("都會晨訊傳媒有限公司", mechanism="copyright") == "都會晨訊傳媒有限公司"
    assert trim("都会晨讯传媒有限公司") == "会晨讯传媒有限公司"  # in a sentence 都 is the adverb (都…公司)
