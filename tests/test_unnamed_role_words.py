"""kg.unnamed's role words and the words of its prosecutions are the lexicon's (context.tsv kinds), not
words in code: each word a kind lists is read by its pattern, and words it lists not are read by none.
All strings invented."""
from __future__ import annotations

import pytest

from kg import unnamed
from kg.cases import context_cues


def test_each_role_label_opens_its_sides_party():
    assert all(unnamed._plaintiff().fullmatch(word) for word in context_cues("plaintiff_role_label"))
    assert all(unnamed._defendant().fullmatch(word) for word in context_cues("defendant_role_label"))
    assert unnamed._defendant().match("被告二某文化公司").group("ordinal") == "二"
    assert unnamed._plaintiff().match("原告人：李某").group() == "原告人："


@pytest.mark.parametrize("text", ["被原告起诉", "原审原告李某", "甲方李某"])
def test_a_passive_agent_a_first_instance_role_or_a_contract_word_labels_no_plaintiff(text):
    assert unnamed._plaintiff().search(text) is None


def test_a_first_instance_defendant_is_no_defendant_label():
    assert unnamed._defendant().search("原审被告某公司") is None


def test_each_masked_name_role_opens_a_masked_name():
    assert {m.group("name") for word in context_cues("masked_name_role")
            for m in [unnamed._masked_name().fullmatch(f"{word}王某合")] if m} == {"王某合"}
    assert all(unnamed._masked_name().fullmatch(f"{word}王某合") for word in context_cues("masked_name_role"))
    assert unnamed._masked_name().search("证人王某合") is None  # a witness: no role of the lexicon


def test_a_respondent_and_its_first_instance_role_are_skipped():
    for word in context_cues("respondent_role"):
        for first in context_cues("first_instance_role"):
            text = f"{word}（{first}被告）某科技公司"
            assert unnamed._skip_role(text, 0) == text.index("某")


def test_the_prosecutions_words_are_the_lexicons():
    assert all(unnamed._reference().fullmatch(word) for word in context_cues("party_reference"))
    assert all(unnamed._procuratorate().search(f"某市{word}") for word in context_cues("procuratorate_end"))
    assert unnamed._procuratorate().search("某市检察院分院") is None  # the office ends the label
    assert all(unnamed._sentencing().fullmatch(word) for word in context_cues("sentencing_word"))
    assert all(unnamed._penalty().fullmatch(f" {word}") for word in context_cues("criminal_penalty"))
    assert all(unnamed._prosecutor_role().sub("", f"{word}某市检察院") == "某市检察院"
               for word in context_cues("prosecutor_role"))


def test_a_suits_context_court_a_family_and_suits_against_each_are_the_lexicons():
    assert all(unnamed._court_word().search(f"据悉，{word}已受理。") for word in context_cues("suit_context_court"))
    assert unnamed._court_word().search("据悉，该案已受理。") is None
    assert unnamed._kin().search("the families of two teenagers") and unnamed._kin().search("两名学生的家长")
    assert unnamed._kin().search("three authors") is None
    assert unnamed._each().search("分别起诉") and unnamed._each().search("filed lawsuits against")
    assert unnamed._each().search("filed a lawsuit against") is None  # one suit, not one against each
    assert unnamed._each().search("lawsuitsx") is None  # a Latin word whole


def test_the_filing_words_are_the_lexicons():
    assert all(unnamed._bring().fullmatch(f"将某公司{word}") for word in context_cues("brought_to_court"))
    assert unnamed._bring().search("将某公司交给法院") is None
    assert all(unnamed._sue().fullmatch(word) for word in context_cues("sue_verb"))
    assert unnamed._sue().fullmatch("指控").group("charge") == "指控"
    assert unnamed._sue().search("起诉书") is None and unnamed._sue().search("被起诉") is None
    assert all(unnamed._sought_plea().match(f"{filing}某区法院，{plea}{order}某公司")
               for filing in context_cues("sought_filing") for plea in context_cues("sought_plea")
               for order in context_cues("sought_order"))
    assert unnamed._sought_plea().search("诉至法院，希望某公司道歉") is None


def test_counted_defendants_words_are_the_lexicons():
    for word in context_cues("defendant_classifier"):
        assert unnamed._counted_defendants().search(f"将A等五{word}被告诉至法院").group("count") == "五"
        assert unnamed._two_defendants().search(f"两{word}被告").group("count") == "两"
    assert all(unnamed._counted_defendants().search(f"等5个{word}被告") for word in context_cues("related_word"))
    assert unnamed._two_defendants().search("等两被告") is None  # a count after 等: the filing's


def test_the_prosecutions_offices_and_charges_are_the_lexicons():
    assert all(unnamed._charge().fullmatch(f"对虞某某提起{kind}{noun}")
               for kind in ("", *context_cues("public_suit_kind")) for noun in context_cues("public_charge_noun"))
    assert all(unnamed._that_office().search(f"同年，{word}以某罪起诉") for word in context_cues("office_reference"))
    assert all(unnamed._that_office().search(f"同年，{word}以某罪起诉") for word in context_cues("clause_procuratorate"))
    assert unnamed._that_office().search("市检察院以某罪起诉") is None  # a bare office opening no clause
    assert all(unnamed._office_words().fullmatch(f"新北{word}") for word in context_cues("office_name_end"))
    assert all(unnamed._convicted_after().match(f"{word}犯某罪") for word in context_cues("convicted_adverb"))
    assert all(unnamed._files_charge().match(f"{word}提起公诉") for word in context_cues("charge_adverb"))
    assert unnamed._files_charge().match("决定提起公诉") is None


def test_a_case_names_dispute_and_a_short_names_label_are_the_lexicons():
    assert all(unnamed._with().search(f"A与B侵害著作权{word}一案") for word in context_cues("case_dispute"))
    assert unnamed._with().search("A与B签订合同") is None
    for word in context_cues("short_name_label"):
        assert unnamed._short_name().search(f"某文化公司（{word}“某文化”）").group("short") == "某文化"
        assert unnamed._short_name_before().search(f"某文化公司（{word}“某文化”）")
    assert unnamed._short_name().search("某文化公司（即“某文化”）") is None


def test_one_of_each_other_and_a_group_are_the_lexicons():
    assert all(unnamed._one_of().search(f"{word.capitalize()} of ") for word in context_cues("one_of_quantifier"))
    assert unnamed._one_of().search("among ") and unnamed._one_of().search("head of ") is None
    assert all(unnamed._each_other().search(f"authors {word}") for word in context_cues("each_other_word"))
    assert unnamed._each_other().search("a band of authors") is None  # and inside a word: no
    assert all(unnamed._group().match(f"a large {word} of news outlets") for word in context_cues("group_noun"))
    assert unnamed._group().match("a lot of news outlets") is None


def test_a_firms_words_are_the_lexicons():
    assert all(unnamed._firm().search(f"北京某科技{word}") for word in context_cues("firm_word"))
    assert all(unnamed._firm().search(f"某{word}") for word in context_cues("firm_word_ending"))
    assert unnamed._firm().search("某集團旗下李某") is None  # 集團 only where it ends the party
    assert unnamed._firm().search("某集团旗下李某") and unnamed._firm().search("王某某") is None


def test_a_sought_filings_court_and_a_charges_verb_are_the_lexicons():
    assert all(unnamed._sought_plea().match(f"诉至某区{court}，请求判令某公司") for court in context_cues("sought_court"))
    assert unnamed._sought_plea().search("诉至某区仲裁委，请求判令某公司") is None
    for filing in context_cues("charge_filing"):
        assert unnamed._charge().fullmatch(f"对虞某某{filing}了公诉")
        assert unnamed._files_charge().match(f"依法{filing}公訴")
    assert unnamed._charge().search("对虞某某提请公诉") is None and unnamed._files_charge().match("提请公诉") is None
    assert all(unnamed._bare_charge().search(f"檢方{verb}{person}。") for verb in context_cues("bare_charge_verb")
               for person in context_cues("bare_charge_person"))
    assert unnamed._bare_charge().search("檢方起訴該公司") is None


def test_a_chinese_described_partys_count_and_words_are_the_lexicons():
    described = unnamed._described()
    # seven characters before the noun are too many without a count (三名 the count, 知名美国 the words)
    assert all(described.party(f"{numeral}{classifier}知名美国画师") for numeral in context_cues("described_count_zh")
               for classifier in context_cues("described_classifier"))
    assert not described.party("三双知名美国画师")
    assert described.party("两名知名作家")
    assert not any(described.party(f"{word}家属") for word in context_cues("described_not_pronoun"))
    assert not any(described.party(f"两名{word}作家") for word in context_cues("described_not_verb"))
    assert all(described.chinese.search(f"近日，三名作家{word}起訴某公司") for word in context_cues("described_jointly"))
    assert described.chinese.search("近日，三名作家一起起訴某公司") is None
    # a word of when or manner before the filing (described_when_zh), before 联合 as well; the party stays the noun's
    assert all(described.chinese.search(f"三名作家{word}联合起诉某公司").group("party") == "三名作家"
               for word in context_cues("described_when_zh"))
    assert all(unnamed._by_place().chinese.search(f"{origin}科罗拉多州、德州与纽约州的{count}家庭").group("places")
               == "科罗拉多州、德州与纽约州" for origin in context_cues("place_family_origin")
               for count in context_cues("place_family_count"))


def test_an_english_described_partys_count_and_words_are_the_lexicons():
    described = unnamed._described()
    # more than one word before the noun wants a count or a determiner
    assert all(described.english.fullmatch(f"{count} well known authors sued ") for count in context_cues("described_count"))
    assert described.english.fullmatch("many well known authors sued ") is None
    assert described.english.fullmatch("the well known authors sued ")
    assert not any(described.english.fullmatch(f"the well {word} authors sued ")
                   for word in context_cues("described_party_stop"))
    assert all(described.english.search(f"Three authors {word} a copyright lawsuit against OpenAI")
               for word in context_cues("described_filed"))
    assert described.english.search("Three authors won a copyright lawsuit against OpenAI") is None
    told = described.told
    assert all(told.who.match(f"{count} authors who sued OpenAI") for count in context_cues("told_who_count"))
    assert told.who.match("many authors who sued OpenAI") is None
    assert not any(told.who.match(f"ten {word} authors who sued OpenAI") for word in context_cues("told_party_stop"))
    assert all(told.party.fullmatch(f"{count} authors") for count in context_cues("told_count"))
    assert all(told.faced.search(f"OpenAI faces {count} new separate lawsuits from parents")
               for count in context_cues("facing_count"))
    assert told.faced.search("OpenAI faces many new separate lawsuits from parents") is None
    assert all(told.by.search(f"a lawsuit filed by a group of authors, {word} Jane Doe, against OpenAI").group("people")
               == "Jane Doe" for word in context_cues("told_people_intro"))
