"""The mention finder: each mechanism on a sentence of its own (none from a seed)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def mentions(pipeline):
    def find(text: str) -> dict[str, object]:
        found = pipeline.nlp(text).user_data["mentions"]
        return {m.text: m for m in found}
    return find


def test_knowledge_base_names_in_chinese_and_english_are_whole_tokens(pipeline, mentions):
    found = mentions("微软与Microsoft的律师均未回应。")
    assert found["微软"].kb_id == found["Microsoft"].kb_id == "microsoft"
    doc = pipeline.nlp("微软与Microsoft的律师均未回应。")
    assert "微软" in [t.text for t in doc]
    assert [e.text for e in doc.ents][:2] == ["微软", "Microsoft"]


def test_abbreviated_country_before_a_hyphen_is_the_country(pipeline, mentions):
    # jieba glues the abbreviation's last stop to the hyphen (U.S.-based: U . S .- based)
    found = mentions("Plaintiffs sued the U.K.-based firm Quorvane Ltd over its app.")
    assert found["U.K."].type == "Jurisdiction" and found["U.K."].kb_id == "uk"
    assert mentions("Velmora hired U.S.-based tutors.")["U.S."].kb_id == "us"
    assert [t.text for t in pipeline.nlp("a U.S.-based firm")][:7] == ["a", "U", ".", "S", ".", "-", "based"]


def test_book_title_types_unknown_law(mentions):
    found = mentions("某市发布《关于促进具身智能机器人产业发展的若干措施》。")
    law = found["关于促进具身智能机器人产业发展的若干措施"]
    assert law.type == "Law" and law.mechanism == "title"


def test_book_title_of_a_newspaper_is_a_company(mentions):
    assert mentions("《环球时报》报道称")["环球时报"].type == "Company"


def test_latin_book_title_without_a_law_word_is_not_a_law(mentions):
    assert "Blue Moon" not in mentions("歌曲《Blue Moon》被用于训练。")


def test_court_suffix_types_unknown_court(mentions):
    court = mentions("案件由湖北省十堰市中级人民法院审理。")["湖北省十堰市中级人民法院"]
    assert court.type == "Court" and court.mechanism == "suffix"


def test_regulator_suffix_keeps_conjunction_inside_a_name_that_starts_with_a_place(mentions):
    found = mentions("据悉，浙江省经济和信息化厅发布通知。")
    assert found["浙江省经济和信息化厅"].type == "Regulator"


def test_description_with_a_suffix_is_not_a_name(mentions):
    found = mentions("两家唱片公司与一家人工智能公司达成和解。")
    assert "唱片公司" not in found and "人工智能公司" not in found


def test_name_with_english_alias_in_brackets_gets_both_labels(mentions):
    found = mentions("巴西国家数据保护局（ANPD）暂停了该计划。")
    authority = found["巴西国家数据保护局"]
    assert authority.type == "Regulator"
    assert "ANPD" in authority.aliases
    assert "ANPD" not in found  # the alias is part of the same mention


def test_a_known_court_in_brackets_after_a_case_is_the_court_not_another_name_of_the_case(mentions):
    found = mentions("Thomson Reuters v. Ross Intelligence (D. Del.) went to trial.")
    assert found["D. Del."].type == "Court"
    assert "D. Del." not in found["Thomson Reuters v. Ross Intelligence"].aliases


def test_short_form_declared_with_yixia_jiancheng_stands_for_the_full_name(mentions, pipeline):
    text = "工信部发布《人形机器人创新发展指导意见》（以下简称《意见》）。《意见》提出两个目标。"
    found = pipeline.nlp(text).user_data["mentions"]
    short = [m for m in found if m.text == "意见"]
    assert short and short[0].canonical == "人形机器人创新发展指导意见"


def test_later_short_name_refers_to_the_earlier_full_one(pipeline):
    found = pipeline.nlp("加拿大联邦政府宣布新规。联邦政府表示将征求意见。").user_data["mentions"]
    later = [m for m in found if m.text == "联邦政府"]
    assert later and later[0].canonical == "加拿大联邦政府"


def test_transliterated_person_name_with_middle_dot_and_english_alias(mentions):
    person = mentions("美国众议员玛丽亚·萨拉查（Maria Salazar）提出法案。")["玛丽亚·萨拉查"]
    assert person.type == "Person" and "Maria Salazar" in person.aliases


def test_person_after_a_title_cue(mentions):
    assert mentions("公司首席执行官梁振华表示，将继续上诉。")["梁振华"].type == "Person"


def test_ordinary_word_after_a_title_cue_is_not_a_person(mentions):
    assert "协调" not in mentions("由委员会主席协调，各方参与。")


def test_versioned_model_name_is_a_model(mentions):
    found = mentions("该公司推出 Vela-3.5 与 Vela-3.5-mini 两个版本。")
    assert found["Vela-3.5"].type == "AIModel" and found["Vela-3.5-mini"].type == "AIModel"


def test_quoted_name_after_model_word_is_a_model(mentions):
    assert mentions("某公司发布视频生成大模型“青鸾”。")["青鸾"].type == "AIModel"


def test_latin_name_described_as_a_service_is_a_model(mentions):
    assert mentions("调查涉及 Zorbi（一个翻译服务）等产品。")["Zorbi"].type == "AIModel"


def test_latin_name_in_chinese_text_next_to_company_word_is_a_company(mentions):
    assert mentions("人工智能公司 Quillbot 遭到起诉。")["Quillbot"].type == "Company"


def test_acronym_and_gloss_are_not_names(mentions):
    found = mentions("自然语言处理（Natural Language Processing）与NPRM程序。")
    assert "Natural Language Processing" not in found and "NPRM" not in found


def test_case_number_and_named_case(mentions):
    found = mentions("（2023）京0491民初12142号判决；在张三诉李四案中，法院认定……")
    types = {text: m.type for text, m in found.items()}
    assert types.get("（2023）京0491民初12142号") == "Case"
    assert types.get("张三诉李四案") == "Case"


def test_litigation_words_are_not_case_names(mentions):
    assert not [m for m in mentions("原告提起诉讼后又撤诉，此案尚在审理。").values() if m.type == "Case"]


def test_members_of_a_list_closed_by_deng_and_a_kind_take_that_kind(mentions):
    found = mentions("该公司与优衣库、索尼和博世等知名企业合作。")
    assert found["优衣库"].type == "Company" and found["博世"].type == "Company"
    assert "该公司" not in found


def test_list_without_any_known_member_types_nothing(mentions):
    assert "红豆" not in mentions("红豆、绿豆和黄豆等产品价格上涨。")


def test_latin_name_after_a_person_title_is_a_person(mentions):
    assert mentions("AIGC创作者ZenoLi发文称")["ZenoLi"].type == "Person"


def test_latin_surname_alone_refers_to_the_full_name_before(pipeline):
    found = pipeline.nlp("前局长 Paul M. Nakasone 加入董事会，Nakasone 表示支持。").user_data["mentions"]
    surname = [m for m in found if m.text == "Nakasone"][0]
    assert surname.type == "Person" and surname.canonical == "Paul M. Nakasone"


def test_product_line_of_a_known_model_is_a_model(mentions):
    assert mentions("微软宣布 Copilot Vision 上线。")["Copilot Vision"].type == "AIModel"


def test_short_acronym_matches_its_exact_spelling_only(mentions):
    found = mentions("Let us see what the US and the DOJ said.")  # (the US DOJ is one name: english/countried)
    assert found["US"].kb_id == "us" and found["DOJ"].type == "Regulator"
    assert "us" not in found and "Let" not in found


@pytest.mark.parametrize("line, expected", [
    ("新华社记者：王晓明刘静", {"新华社": "Company", "王晓明": "Person", "刘静": "Person"}),
    ("责任编辑：陈思", {"陈思": "Person"}),
    ("图片：视觉中国", {"视觉中国": "Company"}),
    ("By：Jane Doe、John Roe", {"Jane Doe": "Person", "John Roe": "Person"}),
    ("Dateline：Reuters", {"Reuters": "Company"}),
])
def test_names_on_a_credit_line_are_people_or_outlets(mentions, line, expected):
    found = mentions("OpenAI发布GPT-4o\n" + line + "\n该模型可以实时处理语音。")
    assert {name: found[name].type for name in expected} == expected
    assert "该模型" not in found


def test_a_colon_line_that_is_no_credit_gives_no_person(mentions):
    found = mentions("编辑：本期内容由研究团队整理。")
    assert not [m for m in found.values() if m.type == "Person"]


def test_outlet_on_a_source_note_is_a_node_typed_by_its_name(mentions):
    found = mentions("资料来源：某某经济观察 2024-01-11 新闻\n资料来源：中国科学院知识产权信息 2023-12-27 新闻")
    assert (found["某某经济观察"].type, found["某某经济观察"].mechanism) == ("Company", "source")
    assert found["中国科学院知识产权信息"].type == "Organization"  # a unit named after a known body


@pytest.mark.parametrize("text", [
    "微软与Microsoft的律师均未回应。", "  Getty Images 起诉 Stability AI  ", "第一段\n\n第二段\r\n第三段\n",
    "标题 \n 正文\u3000\u3000全角空格", "A  B   C \t D", " ", "", "Sam Altman表示 , OpenAI 将 继续。 ",
    "Nestlé与Phát Nguyễn合作。\r\n", "Zorvex Labs\u00a0Inc. 起诉\t\tQuillon。",
])
def test_the_tokenizer_keeps_words_and_spaces_as_spacy_aligns_them(pipeline, text):
    import jieba
    from spacy.util import get_words_and_spaces

    from kg.nlp import words_and_spaces
    pipeline.nlp  # noqa: B018  jieba taught the knowledge base's names
    cut = [word for word in jieba.cut(text) if word]
    assert words_and_spaces(iter(cut)) == get_words_and_spaces(cut, text)
    assert pipeline.nlp.make_doc(text).text == text
    # the text the names families read in place of doc.text (kg.mentions.choose, EnglishNames.carry) is the same
    assert pipeline.nlp(text).user_data["text"] == pipeline.nlp(text).text == text


def test_jieba_words_cut_at_a_letter_with_a_diacritic_are_made_whole():
    from kg.mentions.words import latin_words
    assert list(latin_words(["越南", "的", "Ph", "á", "t", " ", "Ph", "ù", "ng", "。"])) == ["越南", "的", "Phát", " ", "Phùng", "。"]
    assert list(latin_words(["Open", "AI", "发布"])) == ["Open", "AI", "发布"]  # ASCII words stay as jieba cut them
