"""Litigation wordings that published suit news and client alerts use and our own sets
rarely did (issue 49): plaintiffs telling in their suit what the defendant did, a defendant
hauled into court, a complaint filed in a named court before its accusation, a defendant
told through its product, and a caption whose sides the item names nowhere else.
Invented sentences of each shape (English; Simplified and Traditional as OpenCC s2t writes it)."""
from __future__ import annotations

import opencc
import pytest

from kg.model import Item

from test_facts_english import _of, facts  # noqa: F401  (the fixture)

S2T = opencc.OpenCC("s2t")


@pytest.mark.parametrize("sentence, plaintiffs, defendant", [
    ("Dana Whitfield and Omar Reyes said in the proposed class-action lawsuit that Microsoft is selling "
     "copies of their voices.", ("Dana Whitfield", "Omar Reyes"), "Microsoft"),
    ("Priya Natarajan alleged in a complaint filed on Tuesday that Google recorded her calls.",
     ("Priya Natarajan",), "Google"),
    ("The Authors Guild claims in its lawsuit that OpenAI copied thousands of books.", ("The Authors Guild",), "OpenAI"),
])
def test_plaintiffs_telling_in_their_suit_what_the_defendant_did_sued_it(facts, sentence, plaintiffs, defendant):
    assert {(plaintiff, defendant) for plaintiff in plaintiffs} <= _of(facts(sentence), "sued")


def test_a_party_speaking_in_a_court_filing_sued_nobody(facts):
    assert not _of(facts("OpenAI said in a court filing that Elon Musk had no claim."), "sued")


@pytest.mark.parametrize("sentence, plaintiff, defendants", [
    ("His AI venture, xAI, has hauled Apple and OpenAI into federal court in Texas.", "xAI", ("Apple", "OpenAI")),
    ("Getty Images dragged Stability AI into court in London.", "Getty Images", ("Stability AI",)),
    ("Sony Music hauled Suno before a Massachusetts court.", "Sony Music", ("Suno",)),
])
def test_a_defendant_hauled_into_court_was_sued(facts, sentence, plaintiff, defendants):
    assert {(plaintiff, defendant) for defendant in defendants} <= _of(facts(sentence), "sued")


@pytest.mark.parametrize("sentence, plaintiffs", [
    ("Encyclopaedia Britannica and Merriam-Webster filed a complaint in the Southern District of New York "
     "accusing Perplexity of copying.", ("Encyclopaedia Britannica", "Merriam-Webster")),
    ("Dow Jones filed a lawsuit in the Southern District of New York on Monday, alleging that Perplexity "
     "copied its articles.", ("Dow Jones",)),
    # the defendant told through its product: the owner is sued
    ("Encyclopaedia Britannica filed a lawsuit accusing Perplexity's answer engine of copying.", ("Encyclopaedia Britannica",)),
])
def test_a_complaint_filed_in_a_named_court_before_its_accusation(facts, sentence, plaintiffs):
    assert {(plaintiff, "Perplexity") for plaintiff in plaintiffs} <= _of(facts(sentence), "sued")


@pytest.mark.parametrize("sentence, defendant, not_sued", [
    ("星辰科技起诉云图科技旗下聊天机器人小云侵犯著作权。", "云图科技", None),
    ("该案由星辰科技提起，指控云图科技旗下的聊天机器人抄袭其作品。", "云图科技", None),
    ("星辰科技起诉云图集团旗下海川科技。", "海川科技", "云图集团"),  # the unit named after its owner is sued
])
def test_a_defendant_told_as_the_owner_of_a_product_is_sued(read_facts, as_read, sentence, defendant, not_sued):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
        assert ("星辰科技", defendant) in found, text
        assert ("星辰科技", not_sued) not in found, text


@pytest.mark.parametrize("sentence, plaintiff, defendant", [
    ("Robert Kneschke v. LAION e.V. was decided by the Hamburg Regional Court.", "Robert Kneschke", "LAION"),
    ("Maria Lopez v. Vocala Inc. (N.D. Cal.) is pending.", "Maria Lopez", "Vocala"),
])
def test_a_caption_whose_sides_are_named_nowhere_else(facts, sentence, plaintiff, defendant):
    assert (plaintiff, defendant) in _of(facts(sentence), "sued")


@pytest.mark.parametrize("sentence, plaintiff, defendant", [
    # the defendant's side read as the plaintiff's: its first party for them all
    ("Maria Lopez v. Vocala Inc. et al. is pending.", "Maria Lopez", "Vocala Inc."),
    ("The judge ruled in Brightline Media Corp. v. Vocala Inc. et al. on Friday.", "Brightline Media", "Vocala Inc."),
    ("Brightline Media, LLC et al. v. Vocala Inc. et al., No. 1:24-cv-00123, is pending.", "Brightline Media, LLC",
     "Vocala Inc."),
    # a list of captions, each side with its others
    ("The group holds Maria Lopez v. Vocala Inc. et al., Brightline Media, LLC et al. v. Vocala Inc. et al., "
     "and Tern Press Inc. v. Orvane Labs, Inc. et al.", "Tern Press", "Orvane Labs, Inc."),
])
def test_a_caption_side_with_its_others_is_its_first_party(facts, sentence, plaintiff, defendant):
    assert (plaintiff, defendant) in _of(facts(sentence), "sued")


def test_a_caption_side_of_others_alone_is_no_party(facts):
    # no first party before the others' words: nobody to read
    assert not {pair for pair in _of(facts("Maria Lopez v. et al. is pending."), "sued") if pair[0] == "Maria Lopez"}


@pytest.mark.parametrize("sentence", [
    "People v. Vocala Inc. is pending.",
    "Doe v. Vocala Inc. is pending.",  # a pseudonym
    "ZENTA v. Vocala Inc. is pending.",  # an acronym: a body, not a family name
])
def test_a_caption_side_for_a_state_a_pseudonym_or_an_acronym_is_no_party(facts, sentence):
    assert not _of(facts(sentence), "sued")


@pytest.mark.parametrize("sentence, plaintiff", [
    ("Harrow v. Vocala Inc. is pending.", "Harrow"),
    ("Harrow et al. v. Vocala Inc. was filed in May.", "Harrow"),  # the first plaintiff for them all
    ("De La Vega v. Vocala Inc. is pending.", "De La Vega"),
    ("O'Breen v. Vocala Inc. is pending.", "O'Breen"),
])
def test_a_caption_plaintiff_named_by_a_family_name_alone_is_a_person_suing(facts, sentence, plaintiff):
    # the item's own case: it names the defendant outside the caption, or writes the caption twice
    assert (plaintiff, "Vocala") in _of(facts(f"{sentence} Vocala denies the claims."), "sued")
    assert (plaintiff, "Vocala") in _of(facts(f"{sentence} The parties met in June. {sentence}"), "sued")


def test_a_caption_cited_once_names_no_person(facts):
    # a precedent or an invented citation, its defendant named nowhere else: not the item's own case
    assert not _of(facts("The lawyer cited Harrow v. Vocala Inc., a case that does not exist."), "sued")


@pytest.mark.parametrize("citation", ["123 F. Supp. 3d 456 (D. Mass. 2019)", "88 F.4th 12", "2023 WL 4455667"])
def test_a_caption_cited_from_a_law_report_names_no_person_though_written_twice(facts, citation):
    # a precedent a brief cited, its volume and page after it: not the item's own case
    text = (f"The brief cited Harrow v. Vocala Inc., {citation}, for its point. "
            "Harrow v. Vocala Inc. is a real opinion, but it says nothing of venue.")
    assert not {pair for pair in _of(facts(text), "sued") if pair[0] == "Harrow"}


def test_a_caption_written_once_whose_defendant_is_a_party_read_names_its_plaintiff(facts):
    # a family name alone suing a company the caption's legal form names: the suit the item tells
    assert ("Harrow", "Vocala") in _of(facts("Judge Ames ruled in Harrow v. Vocala Inc. last week."), "sued")


def test_a_footnote_number_after_a_caption_ends_it(facts):
    text = "A federal court heard Harrow v. Vocala.2 In that case, the court let the claim go on against Vocala."
    assert ("Harrow", "Vocala") in _of(facts(text), "sued")


def test_a_caption_cited_from_a_state_law_report_names_no_person(facts):
    # a reporter the lexicon does not list, its abbreviations each with a full stop, a volume before and a page after
    text = "A claim must state actual facts. Harrow v. Vocala Inc., 271 Ore. App. 555, 558 (2005)."
    assert not {pair for pair in _of(facts(text), "sued") if pair[0] == "Harrow"}


def test_a_caption_family_name_of_two_persons_or_a_kind_of_party_is_no_person_of_its_own(facts):
    # Ann and Ben Harrow sued: the caption's Harrow is one of them, no third person
    text = "Ann Harrow and Ben Harrow sued Vocala Inc. in May. Harrow v. Vocala Inc. is pending."
    assert not {pair for pair in _of(facts(text), "sued") if pair[0] == "Harrow"}
    # Publishers v. Vocala Inc.: a kind of plaintiff, no family name
    assert not {pair for pair in _of(facts("Judge Ames ruled in Publishers v. Vocala Inc. last week."), "sued")
                if pair[0] == "Publishers"}


def test_a_caption_with_its_docket_number_is_still_the_items_own_case(facts):
    text = "Harrow v. Vocala Inc., No. 3:24-cv-01234, is pending. Harrow v. Vocala Inc. goes to trial in May."
    assert ("Harrow", "Vocala") in _of(facts(text), "sued")


def test_a_caption_plaintiff_with_a_firms_word_is_the_known_company(pipeline):
    # the caption's plaintiff, its firm's word and legal form dropped, is the knowledge base's company,
    # though the item names the longer name too
    title, body = "Wire story", "Disney Enterprises and others sued Vocala. Disney Enterprises, Inc. v. Vocala Inc. is pending."
    text = f"{title}\n{body}"
    item = Item("fixture.txt", 1, title, body, date="2025-06-01")
    found = pipeline.nlp(text).user_data["mentions"]
    captions = [f for f in pipeline.extractor.document_facts([(item, text, found)], [])
                if f.relation == "sued" and f.head.text == "Disney Enterprises, Inc."]
    assert captions and all(f.head.kb_id == "disney" for f in captions)


def test_a_caption_side_naming_a_firm_the_item_names_in_full_is_no_person(facts):
    found = _of(facts("Halvor Music Group sued Vocala Inc. on Monday. Halvor v. Vocala is pending."), "sued")
    assert found and not {pair for pair in found if pair[0] == "Halvor"}


def test_a_caption_family_name_the_item_names_in_full_is_that_person(facts):
    found = _of(facts("Author Dana Harrow sued Vocala Inc. in May. Harrow v. Vocala Inc. is pending."), "sued")
    assert ("Dana Harrow", "Vocala Inc.") in found and not {pair for pair in found if pair[0] == "Harrow"}


def _pairs(found, relation):
    return {frozenset(pair) for pair in _of(found, relation)}


@pytest.mark.parametrize("sentence, defendants, plaintiff", [
    ("Google and Character.AI settled a lawsuit from Megan Garcia, who claimed a chatbot harmed her son.",
     ("Google", "Character.AI"), "Megan Garcia"),
    ("Alphabet's Google and the startup Character.AI have reached a settlement with a Florida woman, Megan Garcia, "
     "over a lawsuit.", ("Google", "Character.AI"), "Megan Garcia"),
])
def test_two_defendants_settling_with_a_third_settled_with_it_not_with_each_other(facts, sentence, defendants, plaintiff):
    found = facts(sentence)
    assert {frozenset((defendant, plaintiff)) for defendant in defendants} <= _pairs(found, "settled")
    assert frozenset(defendants) not in _pairs(found, "settled")


def test_a_suit_settled_from_a_plaintiff_was_brought_by_it(facts):
    found = facts("Google and Character.AI settled a lawsuit from Megan Garcia, who claimed a chatbot harmed her son.")
    assert {("Megan Garcia", "Google"), ("Megan Garcia", "Character.AI")} <= _of(found, "sued")


def test_a_pair_settling_their_own_dispute_settled_with_each_other(facts):
    assert frozenset(("Universal Music", "Udio")) in _pairs(facts("Universal Music and Udio settled their dispute in October."),
                                                            "settled")


@pytest.mark.parametrize("text, court, parties", [
    ("The historic judgment delivered on December 10 by the Higher Regional Court of Hamburg in the case of "
     "Robert Kneschke v. LAION e.V. has drawn attention.", "Higher Regional Court of Hamburg", ("Robert Kneschke", "LAION")),
    ("Getty Images sued Stability AI in the High Court in London. The High Court handed down its judgment in November.",
     "High Court", ("Getty Images", "Stability AI")),
])
def test_a_court_delivering_its_judgment_adjudicated_the_parties(facts, text, court, parties):
    assert {(court, party) for party in parties} <= _of(facts(text), "adjudicated")


@pytest.mark.parametrize("sentence, employer, defendant", [
    ("「纽约时报」调查记者凯瑞鲁等人今天提起诉讼，指控xAI、Anthropic与OpenAI等公司未经许可使用书籍。", "纽约时报", "xAI"),
    ("纽约时报记者张伟起诉OpenAI。", "纽约时报", "OpenAI"),
    ("华尔街日报专栏作家李明起诉Anthropic侵犯著作权。", "华尔街日报", "Anthropic"),
])
def test_the_employer_named_before_a_reporter_suing_sued_nobody(read_facts, as_read, sentence, employer, defendant):
    for text in (sentence, as_read(S2T.convert(sentence))):
        found = {(h, t) for h, r, t in read_facts(text) if r == "sued"}
        assert not {pair for pair in found if pair[0] in (employer, as_read(S2T.convert(employer)))}, text
