"""The parties family: a side of a Latin caption ending in a legal form is a company of its
own, named again wherever the item writes it (sentences written for the tests)."""
from __future__ import annotations


def test_a_side_with_a_legal_form_is_a_company_inside_the_caption(pipeline):
    text = "The sanctions order in Moreau v. Halvorsen Freight & Storage Co. was entered in March."
    mentions = pipeline.nlp(text).user_data["mentions"]
    party = next(m for m in mentions if m.mechanism == "parties")
    assert (party.text, party.type) == ("Halvorsen Freight & Storage", "Company")
    assert "Halvorsen Freight & Storage Co." in party.aliases
    assert any(m.type == "Case" and m.text == "Moreau v. Halvorsen Freight & Storage Co." for m in mentions)


def test_a_side_without_a_legal_form_is_left_alone(pipeline):
    mentions = pipeline.nlp("The judge cited Moreau v. Halvorsen in her order.").user_data["mentions"]
    assert not [m for m in mentions if m.mechanism.startswith("parties")]


def test_a_caption_party_is_found_again_in_another_case(pipeline):
    text = "审理此案（zirKo, Inc. v. Lumen Arc, LLC）的法官批准了禁令。原告zirKo称LUMEN ARC抄袭其设计。"
    again = {m.text for m in pipeline.nlp(text).user_data["mentions"] if m.mechanism == "parties/again"}
    assert again == {"zirKo", "LUMEN ARC"}


def test_a_caption_party_takes_part_in_a_later_fact(read_facts):
    found = read_facts("审理此案（zirKo, Inc. v. Lumen Arc, LLC）的法官批准了禁令。此前，zirKo在加州起诉Lumen Arc。")
    assert ("zirKo", "sued", "Lumen Arc") in found


def test_a_side_ending_in_a_kind_of_body_is_that_body(pipeline):
    text = "The matter, Roe v Zorbian Gaming and Lotteries Regulator, was heard on Monday."
    party = next(m for m in pipeline.nlp(text).user_data["mentions"] if m.mechanism == "parties")
    assert (party.text, party.type) == ("Zorbian Gaming and Lotteries Regulator", "Regulator")


def test_a_caption_regulator_is_sued_by_the_other_side(read_facts):
    found = read_facts("The matter, Tesla v Zorbian Gaming and Lotteries Regulator, was an urgent application.")
    assert ("Tesla", "sued", "Zorbian Gaming and Lotteries Regulator") in found


def test_a_side_ending_in_a_firm_word_is_a_company(pipeline):
    text = "A second suit, Okafor-Lindqvist v. Meridian Harbor Entertainment, was filed in Nevada."
    party = next(m for m in pipeline.nlp(text).user_data["mentions"] if m.mechanism == "parties/firm")
    assert (party.text, party.type) == ("Meridian Harbor Entertainment", "Company")


def test_a_known_side_is_named_inside_the_caption(pipeline):
    text = "The court dismissed Okafor v. Google on Tuesday."
    mentions = pipeline.nlp(text).user_data["mentions"]
    assert [(m.text, m.type) for m in mentions if m.mechanism == "parties/known"] == [("Google", "Company")]
    assert not [m for m in mentions if m.text == "Okafor"]  # a bare surname: person or firm, the caption does not tell


def test_a_known_state_suing_is_no_party_of_the_caption(pipeline):
    mentions = pipeline.nlp("Regulators followed Texas v. Google closely.").user_data["mentions"]
    assert not [m for m in mentions if m.mechanism == "parties/known" and m.type == "Jurisdiction"]


def test_a_side_inside_chinese_text_the_item_writes_again_is_a_company(pipeline):
    text = "案名：Corvana Analytics v. Helix Corp.\nCorvana Analytics持有四项专利。该公司起诉了赫利克斯公司。"
    found = {(m.text, m.type, m.mechanism) for m in pipeline.nlp(text).user_data["mentions"]}
    assert ("Corvana Analytics", "Company", "parties/written") in found
    assert ("Corvana Analytics", "Company", "parties/again") in found


def test_a_side_inside_chinese_text_written_nowhere_else_or_a_persons_is_left_alone(pipeline):
    alone = pipeline.nlp("案名：Corvana Analytics v. Helix Corp.\n法院：美国特拉华州联邦地区法院").user_data["mentions"]
    assert not [m for m in alone if m.mechanism == "parties/written"]
    person = pipeline.nlp("案名：Sarah Reed v. Helix Corp.\nSarah Reed称其作品被抄袭。").user_data["mentions"]
    assert not [m for m in person if m.mechanism == "parties/written"]


def test_the_names_taken_are_indexed_once_per_item_not_once_per_party(pipeline, monkeypatch):
    """Review B 1: again() rebuilt the index of every name in the item for each party (parties x characters)."""
    from kg.mentions import parties
    built = []

    class Counted(parties.Taken):
        def __init__(self, spans=()):
            built.append(1)
            super().__init__(spans)

    monkeypatch.setattr(parties, "Taken", Counted)
    text = " ".join(f"In Quarvel Labs Inc. v. Tanbix{i} Systems LLC, the court ruled; Tanbix{i} Systems appealed."
                    for i in range(6))
    again = [m for m in pipeline.nlp(text).user_data["mentions"] if m.mechanism == "parties/again"]
    assert {m.text for m in again} >= {"Tanbix0 Systems", "Tanbix5 Systems"}
    assert len(built) == 1


def test_a_judicial_reviews_other_side_is_the_body_reviewed(pipeline):
    text = "Lawyers involved in Varga, R v The London Borough of Kestrel were criticised by the judge."
    party = next(m for m in pipeline.nlp(text).user_data["mentions"] if m.mechanism == "parties/reviewed")
    assert (party.text, party.type) == ("London Borough of Kestrel", "Regulator")


def test_the_crowns_side_alone_makes_no_body_of_the_other(pipeline):
    mentions = pipeline.nlp("R v Tollerby Holdings was heard in the Crown Court.").user_data["mentions"]
    assert not [m for m in mentions if m.mechanism == "parties/reviewed"]


def test_a_side_a_patronymic_joins_is_a_person_before_the_others_it_leaves_unnamed(pipeline):
    text = "In Harun bin Salleh and another v Aminah bte Yusof [2024] SGHC 12, the court fined the solicitor."
    mentions = pipeline.nlp(text).user_data["mentions"]
    persons = {m.text for m in mentions if m.mechanism == "parties/patronymic"}
    assert persons == {"Harun bin Salleh", "Aminah bte Yusof"}
    assert any(m.type == "Case" and m.text == "Harun bin Salleh and another v Aminah bte Yusof" for m in mentions)


def test_a_patronymic_with_a_slash_names_a_person_and_a_second_matter_stays_in_the_caption(pipeline):
    text = "The judge cited Bar Council of Veldoria v Ravi Kumar s/o Muthu and another matter [2019] 4 SLR 12."
    mentions = pipeline.nlp(text).user_data["mentions"]
    assert any(m.type == "Case" and m.text.endswith("v Ravi Kumar s/o Muthu and another matter") for m in mentions)
    assert any(m.type == "Person" and m.text == "Ravi Kumar s/o Muthu" for m in mentions)


def test_the_first_patronymic_side_sues_the_other(read_facts):
    found = read_facts("In Harun bin Salleh and another v Aminah bte Yusof [2024] SGHC 12, the court fined the solicitor.")
    assert ("Harun bin Salleh", "sued", "Aminah bte Yusof") in found
