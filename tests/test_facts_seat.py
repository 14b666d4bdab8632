"""kg.facts.seat: a reference back told with a place seats the name it stands for."""
from __future__ import annotations


def test_a_place_before_the_reference_noun_seats_the_company_named_before(read_facts):
    facts = read_facts("Klarna reported higher losses on Monday. The Stockholm lender plans to list its shares in New York.",
                       title="Klarna results", objects=True)
    seats = {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}
    assert ("Klarna", "Stockholm") in seats


def test_a_nationality_before_the_reference_noun_seats_the_company_in_the_place_the_item_names(read_facts):
    facts = read_facts("Regulators in Sweden questioned Klarna about its lending practices last week. "
                       "The Swedish company said it would answer every question.", title="Klarna", objects=True)
    seats = [f for f in facts if f.rule == "seat"]
    assert [(f.head.text, f.relation) for f in seats] == [("Klarna", "jurisdiction")]
    assert seats[0].tail.type == "Jurisdiction" and seats[0].evidence.sentence.startswith("The Swedish company")


def test_a_nationality_alone_names_no_place(read_facts):
    facts = read_facts("Regulators questioned Klarna about its lending practices last week. "
                       "The Swedish company said it would answer every question.", title="Klarna", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_reference_without_a_place_seats_nothing(read_facts):
    facts = read_facts("Klarna reported higher losses on Monday. The company plans to list its shares soon.",
                       title="Klarna results", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_person_is_never_seated_by_a_reference(read_facts):
    facts = read_facts("Sam Altman spoke in Tokyo on Monday. The Californian executive said little about the deal.",
                       title="Altman", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_reference_in_a_clause_without_its_own_subject_stands_for_the_object_before(read_facts):
    facts = read_facts("Two states sued Brightwell Systems on Tuesday, accusing the Austin, Texas-based software "
                       "company of fixing prices.", title="Brightwell", objects=True)
    seats = {(f.head.text, f.tail.text) for f in facts if f.relation == "jurisdiction" and f.head.text == "Brightwell Systems"}
    assert {("Brightwell Systems", "Austin"), ("Brightwell Systems", "Texas")} <= seats


def test_a_reference_after_the_sentences_own_subject_is_not_that_subject(read_facts):
    facts = read_facts("Databricks, which sells data tools, bought the San Francisco-based start-up.",
                       title="Databricks", objects=True)
    assert not [f for f in facts if f.relation == "jurisdiction" and f.head.text == "Databricks"]


def test_a_nationality_in_capitals_seats_the_reference(read_facts):
    facts = read_facts("A Danish group filed a complaint against Brightwell Systems in Copenhagen. The UK company "
                       "said it would answer.", title="Brightwell", objects=True)
    assert ("Brightwell Systems", "UK") in {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}


def test_a_nationality_and_a_kind_right_after_a_name_seat_it_where_the_item_names_the_country(read_facts):
    facts = read_facts("Voxlane, a German speech AI startup, signed a deal with a carmaker. "
                       "Lawmakers in Germany welcomed the agreement.", title="Voxlane deal", objects=True)
    assert {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"} == {("Voxlane", "Germany")}


def test_a_nationality_after_a_name_seats_nothing_where_the_item_names_no_country(read_facts):
    facts = read_facts("Voxlane, a German speech AI startup, signed a deal with a carmaker.", title="Voxlane deal",
                       objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_nationality_describing_a_person_after_the_name_seats_nothing(read_facts):
    facts = read_facts("Jane Roe, a German lawyer, sued Voxlane in Germany.", title="Voxlane suit", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_place_based_apposition_seats_the_name_before_it_whatever_noun_follows(read_facts):
    # "search engine" is no reference noun, and a comma parts -based from it
    found = read_facts("Last spring Oracle bought Quillmate, the Mountain View-based, privacy-first search engine.")
    assert ("Quillmate", "jurisdiction", "Mountain View") in found


def test_a_place_before_based_and_a_kind_seats_the_company_named_right_after(read_facts):
    facts = read_facts("The regulator fined Denver-based payments processor Quillfeather Holdings LLC on Friday.",
                       title="Fine", objects=True)
    assert ("Quillfeather Holdings LLC", "Denver") in {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}


def test_a_based_reference_followed_by_a_verb_seats_no_later_name(read_facts):
    facts = read_facts("The Denver-based company said Quillfeather Holdings LLC would pay the fine.",
                       title="Fine", objects=True)
    assert not [f for f in facts if f.rule == "seat" and f.head.text == "Quillfeather Holdings LLC"]


def test_a_society_described_by_its_nationality_after_its_name_sits_in_that_country(read_facts):
    found = read_facts("Koda, the Danish society, met OpenAI officials in Denmark last week.")
    assert ("Koda", "jurisdiction", "Denmark") in found


def _seats(facts):
    return {(f.head.text, f.tail.text) for f in facts if f.rule == "seat"}


def test_a_nationality_and_a_few_words_ending_in_a_kind_before_a_name_seat_it(read_facts):
    facts = read_facts("The Austrian privacy and digital rights campaign group Datenwacht filed eleven complaints. "
                       "Regulators in Austria will now look at them.", title="Complaints", objects=True)
    assert {(f.head.text, f.tail.kb_id) for f in facts if f.rule == "seat"} == {("Datenwacht", "at")}


def test_a_nationality_and_an_acronym_before_a_company_kind_seat_the_company_once(read_facts):
    facts = read_facts("French AI start-up Corvelle Labs sued Brightwell Systems on Monday. The case was filed in France.",
                       title="Corvelle", objects=True)
    assert {f.tail.kb_id for f in facts if f.relation == "jurisdiction" and f.head.text == "Corvelle Labs"} == {"fr"}


def test_a_nationality_before_a_name_seats_nothing_where_the_item_names_no_such_country(read_facts):
    facts = read_facts("The Austrian privacy campaign group Datenwacht filed eleven complaints on Thursday.",
                       title="Complaints", objects=True)
    assert not [f for f in facts if f.rule == "seat"]


def test_a_nationality_before_a_kind_of_another_type_seats_no_regulator_name_after_it(read_facts):
    facts = read_facts("The German court Landgericht Kessenbach heard the Austrian case against Brightwell Systems. "
                       "Germany and Austria watched.", title="Hearing", objects=True)
    assert not [f for f in facts if f.rule == "seat" and f.head.text == "Brightwell Systems"]


def test_an_apposed_nationality_and_kind_before_a_participle_seat_the_name(read_facts):
    facts = read_facts("Clearfacet Inc., a US firm providing face search to the police, was fined in Europe. "
                       "The US has no such law.", title="Clearfacet", objects=True)
    assert {f.tail.kb_id for f in facts if f.rule == "seat" and f.head.text == "Clearfacet Inc."} == {"us"}


def test_a_nationality_word_alone_seats_no_name_by_the_english_patterns_either(read_facts):
    facts = read_facts("Italian regulators have blocked Chinese AI start-up Qilinshu on Monday.", title="Qilinshu", objects=True)
    assert not [f for f in facts if f.relation == "jurisdiction" and f.head.text == "Qilinshu"]
    facts = read_facts("Italian regulators have blocked Chinese AI start-up Qilinshu, a move China criticised.",
                       title="Qilinshu", objects=True)
    assert {f.tail.kb_id for f in facts if f.relation == "jurisdiction" and f.head.text == "Qilinshu"} == {"cn"}


def test_a_chinese_place_before_a_company_kind_still_seats_the_company(read_facts):
    # Simplified, then Traditional: a place's own name is named, no nationality word
    found = read_facts("意大利监管机构周一封禁了中国人工智能初创公司Qilinshu。", title="Qilinshu")
    assert ("Qilinshu", "jurisdiction", "中国") in found
    found = read_facts("德國法院裁定美國人工智慧公司Qilinshu敗訴。", title="Qilinshu")
    assert ("Qilinshu", "jurisdiction", "美國") in found


def test_a_city_and_state_between_commas_before_the_reference_noun_seat_the_company(read_facts):
    facts = read_facts("A mother sued Zentrix AI in December. It is one of two suits the Menlo Park, California, "
                       "company faces.", title="Zentrix suits", objects=True)
    seats = {(f.head.text, f.tail.text) for f in facts if f.relation == "jurisdiction"}
    assert {("Zentrix AI", "Menlo Park"), ("Zentrix AI", "California")} <= seats


def test_a_chinese_reference_described_with_a_place_seats_the_company_it_stands_for(read_facts):
    found = read_facts("荷兰监管机构对星岚科技处以罚款。这家美国面部识别公司表示将提出上诉。")
    assert ("星岚科技", "jurisdiction", "美国") in found


def test_a_chinese_reference_right_after_a_name_seats_that_name(read_facts):
    found = read_facts("Zentrix AI 这家颇具争议的美国面部识别初创企业，如今在欧洲被处以罚款。")
    assert ("Zentrix AI", "jurisdiction", "美国") in found


def test_a_chinese_reference_without_a_place_seats_nothing(read_facts):
    found = read_facts("荷兰监管机构对星岚科技处以罚款。这家面部识别公司表示将提出上诉。")
    assert not {f for f in found if f[0] == "星岚科技" and f[1] == "jurisdiction"}


def test_a_chinese_reference_seats_no_company_the_knowledge_base_seats_in_another_country(read_facts):
    found = read_facts("荷兰监管机构对OpenAI处以罚款。这家中国公司表示将提出上诉。")
    assert ("OpenAI", "jurisdiction", "中国") not in found


def test_a_based_reference_opening_a_clause_after_a_comma_seats_the_company_named_before_it(read_facts):
    found = read_facts("According to the regulator's order against Brightwell Systems, from 2020 to 2023, the "
                       "Toronto-based firm made false statements about its use of AI.", title="Brightwell order")
    assert ("Brightwell Systems", "jurisdiction", "Toronto") in found


def test_a_based_reference_after_a_closing_quote_seats_the_company_quoted_before_it(read_facts):
    found = read_facts("“The claims against Brightwell Systems Inc. are baseless,” the Denver-based company said in "
                       "its motion.", title="Brightwell motion")
    assert ("Brightwell Systems Inc.", "jurisdiction", "Denver") in found


def test_a_based_reference_after_a_subordinator_seats_the_company_named_before_it(read_facts):
    found = read_facts("Lawyers argued that the suit against Zentrix AI should be heard in Texas because the "
                       "Denver-based company does no business in Ontario.", title="Zentrix hearing")
    assert ("Zentrix AI", "jurisdiction", "Denver") in found


def test_a_based_reference_as_an_object_in_the_same_clause_seats_no_name_before_it(read_facts):
    found = read_facts("Brightwell Systems bought the Toronto-based firm last year.", title="Brightwell deal")
    assert ("Brightwell Systems", "jurisdiction", "Toronto") not in found


def test_a_based_reference_before_a_preposition_seats_no_name_before_its_comma(read_facts):
    found = read_facts("Brightwell Systems sued Quill Labs in May, after the Toronto-based firm in the case had "
                       "settled.", title="Brightwell suit")
    assert ("Quill Labs", "jurisdiction", "Toronto") not in found
