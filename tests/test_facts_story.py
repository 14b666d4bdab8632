"""What an English story tells across sentences (kg.facts.story), on stories of our own."""
from __future__ import annotations

import pytest


@pytest.fixture
def facts(read_facts):
    """The facts of one English story (conftest.read_facts under an English title)."""
    return lambda text, title="Wire story": read_facts(text, title=title)


def _of(found, relation):
    return {(h, t) for h, r, t in found if r == relation}


def test_plaintiffs_named_after_a_suit_told_without_them_sued_its_defendants(facts):
    found = _of(facts("The parents of a teenager sued Character.AI and Google on Monday. Megan and Paul Harlow filed "
                      "the lawsuit in state court."), "sued")
    assert {("Megan Harlow", "Character.AI"), ("Paul Harlow", "Google")} <= found


def test_plaintiffs_named_with_no_suit_in_the_story_sued_nobody(facts):
    assert not _of(facts("Megan and Paul Harlow filed the paperwork in state court."), "sued")


def test_the_plaintiffs_including_a_name_sued_the_defendant_of_the_named_case(facts):
    found = _of(facts("The case is Kadrey v. Meta Platforms. The judge ruled against the authors, including "
                      "Sarah Silverman, on Wednesday."), "sued")
    assert ("Sarah Silverman", "Meta Platforms") in found


def test_companies_including_names_are_no_plaintiffs(facts):
    found = _of(facts("The case is Kadrey v. Meta Platforms. Analysts said technology companies including OpenAI "
                      "and Microsoft watch it."), "sued")
    assert not {pair for pair in found if pair[0] in ("OpenAI", "Microsoft")}


def test_the_other_plaintiffs_in_both_suits_sued_both_defendants_and_not_their_fellow_plaintiff(facts):
    found = _of(facts("Universal Music Group settled its lawsuit against Suno and Udio, and the two companies signed "
                      "a deal. Sony Music and Warner Music Group, the other labels in both suits, have not settled."),
                "sued")
    assert {("Sony Music", "Suno"), ("Warner Music Group", "Udio")} <= found
    assert not {pair for pair in found if pair[1] == "Universal Music Group"}


def test_a_judge_ruling_in_a_later_sentence_makes_the_court_named_before_adjudicate(facts):
    found = _of(facts("Getty Images sued Stability AI in the District of Delaware. The judge, Jennifer Hall, denied "
                      "the motion to dismiss on Tuesday."), "adjudicated")
    assert {("District of Delaware", "Getty Images"), ("District of Delaware", "Stability AI")} <= found


def test_a_ruling_told_before_several_courts_is_given_to_none_of_them(facts):
    # the ruling comes first; the story then names where the case is and where a motion would move it
    found = _of(facts("Judge Mara Quill denied the motion of Lumen Labs in full. Harbor Gazette sued Lumen Labs in "
                      "October. Lumen Labs asked to transfer the action to the Northern District of California. "
                      "The case is on file with the Southern District of New York."), "adjudicated")
    assert not {pair for pair in found if pair[0] == "Northern District of California"}


def test_a_ruling_told_before_the_items_only_court_is_given_to_it(facts):
    found = _of(facts("Judge Mara Quill denied the motion of Lumen Labs in full. Harbor Gazette sued Lumen Labs in "
                      "the District of Delaware in October."), "adjudicated")
    assert ("District of Delaware", "Lumen Labs") in found


@pytest.mark.parametrize("ruling", ["The judge may dismiss the case.", "Lawyers asked the judge to dismiss it.",
                                    "The judge has not ruled on the motion."])
def test_a_judge_who_may_rule_or_is_asked_to_rule_adjudicates_nothing(facts, ruling):
    found = facts(f"Getty Images sued Stability AI in the District of Delaware. {ruling}")
    assert not _of(found, "adjudicated")


def test_the_party_a_ruling_that_clause_names_is_adjudicated(facts):
    found = _of(facts("Authors sued Anthropic in the Northern District of California. Judge William Alsup ruled "
                      "that Anthropic's training was fair use."), "adjudicated")
    assert ("Northern District of California", "Anthropic") in found


def test_investors_named_after_the_round_invested_in_the_company_that_raised_it(facts):
    found = _of(facts("Mistral AI raised 600 million euros in a funding round. The round was led by General Catalyst "
                      "and co-led by Lightspeed Venture Partners. Other investors included Nvidia and Samsung."),
                "investedIn")
    investors = {head for head, tail in found if tail in ("Mistral AI", "Mistral")}
    assert {"General Catalyst", "Lightspeed Venture Partners", "Nvidia", "Samsung"} <= investors


def test_investors_with_no_round_in_the_story_invested_in_nothing(facts):
    assert not _of(facts("Other investors included Nvidia and Samsung in the past."), "investedIn")


def test_the_other_plaintiffs_named_after_them_sued_the_defendant(facts):
    found = _of(facts("Warner Music Group sued Suno in 2024. The other plaintiffs, Universal Music Group and Sony Music, "
                      "have not settled."), "sued")
    assert {("Universal Music Group", "Suno"), ("Sony Music", "Suno")} <= found


def test_investors_of_two_rounds_go_to_the_company_that_raised_each(facts):
    found = _of(facts("Cohere had raised $64 million from investors including Lux Capital. Databricks said "
                      "it had raised $500 million. Andreessen Horowitz joined the round."), "investedIn")
    assert ("Andreessen Horowitz", "Databricks") in found
    assert ("Lux Capital", "Databricks") not in found


def test_plaintiffs_said_in_the_complaint_sued_the_defendant_told_before_and_not_one_told_later(facts):
    found = _of(facts("Cohere was hit with a class action on Friday. The novelists Jane Ortolan and Mark Bellweather "
                      "said in the complaint that Cohere copied their books. On the same day, Anthropic was sued "
                      "by the Authors Guild.", title="Cohere sued by authors"), "sued")
    assert {("Jane Ortolan", "Cohere"), ("Mark Bellweather", "Cohere")} <= found
    assert not {pair for pair in found if pair[1] == "Anthropic" and "Authors Guild" not in pair[0]}


def _story(pipeline, *sections: tuple[str, str]) -> set[tuple[str, str, str]]:
    """The facts of one English article read in sections (an item per subheading)."""
    from kg.model import Item
    items, facts = [], []
    for index, (title, text) in enumerate(sections, 1):
        item = Item("fixture.txt", index, title, text, date=f"2024-0{index}-01")
        found = pipeline.nlp(item.text).user_data["mentions"]
        facts += pipeline.extractor.facts(item, item.text, found)
        items.append((item, item.text, found))
    facts += pipeline.extractor.document_facts(items, facts)
    return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text) for f in facts}


def test_a_round_backed_by_investors_and_others_among_the_backers(facts):
    found = _of(facts("Mistral AI has raised $600 million. The round was backed by General Catalyst and Lightspeed "
                      "Venture Partners, with Nvidia and Samsung among the other backers."), "investedIn")
    assert {(investor, "Mistral AI") for investor in ("General Catalyst", "Lightspeed Venture Partners", "Nvidia",
                                                      "Samsung")} <= found, found


def test_a_later_section_about_the_company_raising_again_keeps_its_company(pipeline):
    found = _story(pipeline, ("Mistral AI raises $600 million", "Mistral AI has raised $600 million from investors."),
                   ("What came next", "In 2025 the company raised a further $2 billion in a round led by Nvidia."))
    assert ("Nvidia", "investedIn", "Mistral AI") in found, found


def test_a_later_section_naming_its_own_companies_starts_another_story(pipeline):
    found = _story(pipeline, ("Mistral AI raises $600 million", "Mistral AI has raised $600 million from investors."),
                   ("Chips", "Samsung said the round led by Nvidia was its largest deal of the year."))
    assert ("Nvidia", "investedIn", "Mistral AI") not in found, found


def test_investors_told_in_sentences_of_their_own_after_the_round(facts):
    found = _of(facts("Figure AI closed a $700 million round in May. Sequoia Capital led it. Nvidia, Accel and Cisco "
                      "put in money as well. Investors also included Samsung, with participation from Intel."),
                "investedIn")
    assert {(investor, "Figure AI") for investor in ("Sequoia Capital", "Nvidia", "Accel", "Cisco", "Samsung",
                                                     "Intel")} <= found, found


def test_an_investor_line_with_no_round_or_with_its_own_company_gives_no_investment_in_the_raiser(facts):
    assert not _of(facts("Figure AI released a robot. Sequoia Capital led it."), "investedIn")
    found = _of(facts("Figure AI closed a $700 million round. Nvidia also invested in Cohere."), "investedIn")
    assert ("Nvidia", "Figure AI") not in found


def test_a_plaintiff_named_by_a_passive_filing_sued_the_items_defendant(facts):
    found = _of(facts("A judge ruled for OpenAI on Monday in Walters v. OpenAI. The suit was filed in June 2023 by "
                      "Mark Walters, a radio host."), "sued")
    assert ("Mark Walters", "OpenAI") in found, found


def test_a_passive_filing_by_someone_with_no_suit_in_the_item_sues_no_one(facts):
    assert not _of(facts("OpenAI released a chatbot on Monday. The complaint was filed in June 2023 by Mark Walters."),
                   "sued")


def test_states_that_joined_as_plaintiffs_sued_the_defendant(facts):
    found = _of(facts("The Federal Trade Commission sued Amazon on Tuesday. Oregon, Nevada and Ohio joined as "
                      "co-plaintiffs."), "sued")
    assert {("Oregon", "Amazon"), ("Nevada", "Amazon"), ("Ohio", "Amazon")} <= found


def test_a_case_named_between_commas_was_brought_by_its_plaintiffs(facts):
    found = _of(facts("The case, Tremblay v. OpenAI, was brought in 2023 by Paul Tremblay and Mona Awad, two novelists."),
                "sued")
    assert {("Paul Tremblay", "OpenAI"), ("Mona Awad", "OpenAI")} <= found


def test_investors_taking_part_beside_the_leader_invested_in_the_company(facts):
    found = _of(facts("Mistral AI raised 600 million euros in a funding round. The round was led by General Catalyst, "
                      "with Nvidia and Samsung taking part."), "investedIn")
    investors = {head for head, tail in found if tail in ("Mistral AI", "Mistral")}
    assert {"General Catalyst", "Nvidia", "Samsung"} <= investors


def test_closing_a_deal_is_raising_no_round(facts):
    found = _of(facts("Adobe agreed to buy Figma. The company closed the deal in May. The round was led by "
                      "Sequoia Capital."), "investedIn")
    assert not found


def test_an_unknown_described_subject_is_what_it_stands_for(facts):
    found = _of(facts("Cohere hired staff in 2022. Harvey, the Oslo start-up founded by two engineers, said in May "
                      "that it had raised $20 million. The round was led by Sequoia Capital."), "investedIn")
    assert ("Sequoia Capital", "Cohere") not in found


def test_a_judge_told_by_the_surname_alone_rules_for_the_court_named_before(facts):
    found = _of(facts("A group of artists filed a class action against Midjourney in the District of Oregon. The case is "
                      "before U.S. District Judge Ana Ruiz. In a later order, Ruiz threw out two of the claims."),
                "adjudicated")
    assert ("District of Oregon", "Midjourney") in found


def test_a_court_ruling_on_a_suit_brought_by_unnamed_plaintiffs_adjudicates_its_defendants(facts):
    found = _of(facts("Judge Ana Ruiz of the District of Oregon dismissed most of the class action brought by a group "
                      "of anonymous artists against Midjourney and DeviantArt."), "adjudicated")
    assert {("District of Oregon", "Midjourney"), ("District of Oregon", "DeviantArt")} <= found


def test_a_party_named_beside_the_word_for_its_role_sued_the_items_defendant(facts):
    found = _of(facts("Microsoft was hit with a proposed class action on Friday. The plaintiff, Dana Whitfield, says "
                      "she never agreed to be recorded."), "sued")
    assert ("Dana Whitfield", "Microsoft") in found, found
    found = _of(facts("Harbor Bank was sued in the High Court in 2024. Omar Khalil, the lead claimant, has since "
                      "dropped two claims."), "sued")
    assert ("Omar Khalil", "Harbor Bank") in found, found


def test_a_plaintiff_word_beside_a_name_with_no_suit_in_the_item_sues_no_one(facts):
    assert not _of(facts("Microsoft released a notetaker on Friday. The plaintiff, Dana Whitfield, was not named."), "sued")


def test_newspapers_listed_each_after_the_before_a_clause_about_their_owner_each_brought_the_suit(facts):
    found = _of(facts("Several newspapers sued OpenAI on Tuesday. The suit was filed in the U.S. District Court for the "
                      "Southern District of New York by the Miami Herald, the Seattle Times and the Chicago Tribune, "
                      "which belong to Acme Media Group, and by The Denver Post."), "sued")
    assert found == {("Miami Herald", "OpenAI"), ("Seattle Times", "OpenAI"), ("Chicago Tribune", "OpenAI"),
                     ("The Denver Post", "OpenAI")}, found


def test_a_ruling_after_a_semicolon_rules_in_the_case_the_clause_before_it_names(facts):
    found = _of(facts("Corvo Records sued Lumen AI in March before the U.S. District Court for the Northern District of "
                      "California. In the same district, Anthropic agreed to pay $9 million to settle Hollis v. Anthropic, "
                      "a class action by painters led by Dana Hollis; Judge Mara Quill granted preliminary approval in May."),
                "adjudicated")
    court = "U.S. District Court for the Northern District of California"
    assert {(court, "Anthropic"), (court, "Dana Hollis")} <= found


def test_backers_coming_back_or_joining_for_the_first_time_invested_in_the_raiser(facts):
    found = _of(facts("Cohere said it had raised $80 million. Salesforce Ventures returned for another cheque, "
                      "Nvidia came in for the first time, and existing backers Accel and Index Ventures also joined."),
                "investedIn")
    investors = {head for head, tail in found if tail == "Cohere"}
    assert {"Nvidia", "Accel", "Index Ventures"} <= investors


def test_a_round_named_by_its_series_is_a_round_raised(facts):
    found = _of(facts("Mistral AI completed a $90 million Series C last week. General Catalyst led the round."), "investedIn")
    assert ("General Catalyst", "Mistral AI") in found


@pytest.mark.parametrize("text, investors", [
    ("Corvid Labs raised $80 million in 2023. Its investors in the round include Halvard Capital and Brightwater "
     "Ventures.", {"Halvard Capital", "Brightwater Ventures"}),
    ("Corvid Labs raised $80 million. Investors in the round included Halvard Capital, Brightwater Ventures and "
     "Osprey Partners.", {"Halvard Capital", "Brightwater Ventures", "Osprey Partners"}),
    ("Corvid Labs raised $80 million. The round drew backers that included Halvard Capital and Osprey Partners.",
     {"Halvard Capital", "Osprey Partners"}),
    ("Corvid Labs has raised $80 million. The round was led by Halvard Capital. Existing backers Brightwater "
     "Ventures and Osprey Partners put in more money.", {"Halvard Capital", "Brightwater Ventures", "Osprey Partners"}),
    ("Corvid Labs has raised $80 million. Halvard Capital also took part, along with the software companies "
     "Brightwater Ventures and Osprey Partners.", {"Brightwater Ventures", "Osprey Partners"}),
])
def test_investors_listed_as_the_rounds_backers_invested_in_the_company(facts, text, investors):
    found = _of(facts(text), "investedIn")
    assert {(investor, "Corvid Labs") for investor in investors} <= found, found


@pytest.mark.parametrize("text", [
    "Corvid Labs is in talks to raise money. Existing backers Halvard Capital and Osprey Partners put in more money.",
    "Corvid Labs, valued at $1 billion, hired staff. Halvard Capital said the valuation was too high.",
])
def test_backers_without_a_round_raised_or_a_valuation_alone_invest_in_nothing(facts, text):
    assert not _of(facts(text), "investedIn")


def test_plaintiffs_given_as_examples_sued_the_defendant_of_the_named_case(facts):
    found = _of(facts("The case is Kadrey v. Meta Platforms. The judge asked whether the models harm plaintiffs like "
                      "authors Sarah Silverman and Ta-Nehisi Coates."), "sued")
    assert {("Sarah Silverman", "Meta Platforms"), ("Ta-Nehisi Coates", "Meta Platforms")} <= found


def test_a_suit_filed_by_plaintiffs_alleging_what_its_defendant_did(facts):
    found = _of(facts("The lawsuit—filed by Getty Images and Shutterstock in the District of Delaware—alleged that "
                      "Stability AI copied millions of photos."), "sued")
    assert {("Getty Images", "Stability AI"), ("Shutterstock", "Stability AI")} <= found
    found = _of(facts("The complaint alleges that Stability AI copied millions of photos. The ruling stems from a case "
                      "filed last year by authors Sarah Silverman and Richard Kadrey."), "sued")
    assert {("Sarah Silverman", "Stability AI"), ("Richard Kadrey", "Stability AI")} <= found


def test_those_alleging_beside_a_plaintiff_of_the_item_sued_its_defendant(facts):
    found = _of(facts("In Silverman v. Meta Platforms, the judge ruled on Monday. Authors Sarah Silverman, Richard "
                      "Kadrey and Ta-Nehisi Coates alleged that Meta Platforms copied their books."), "sued")
    assert {("Richard Kadrey", "Meta Platforms"), ("Ta-Nehisi Coates", "Meta Platforms")} <= found


def test_those_alleging_beside_no_plaintiff_sued_nobody(facts):
    found = _of(facts("Meta Platforms was sued by Getty Images. Authors Sarah Silverman and Richard Kadrey alleged "
                      "that Meta Platforms copied their books."), "sued")
    assert not {pair for pair in found if pair[0] in ("Sarah Silverman", "Richard Kadrey")}


def test_plaintiffs_of_a_suit_the_sentence_tells_sued_no_other_defendant_of_the_item(facts):
    found = _of(facts("Authors sued Apple on Friday. The same day, Anthropic agreed to pay $1.5 billion to settle a class "
                      "action brought by authors Sarah Silverman and Richard Kadrey."), "sued")
    assert ("Sarah Silverman", "Anthropic") in found
    assert ("Sarah Silverman", "Apple") not in found


@pytest.mark.parametrize("judge", ["a federal judge in California", "a California federal judge",
                                   "a judge in San Francisco"])
def test_a_judge_in_another_place_rules_for_no_court_of_the_item_elsewhere(facts, judge):
    found = _of(facts("Five novelists sued Kestrel Labs in the Southern District of New York on Monday. "
                      f"A day earlier, {judge} ruled that Anthropic had made fair use of books."), "adjudicated")
    assert not {(c, p) for c, p in found if c == "Southern District of New York"}


@pytest.mark.parametrize("judge", ["a federal judge in New York", "a U.S. judge", "the judge"])
def test_a_judge_of_the_place_of_the_items_court_rules_for_it(facts, judge):
    found = _of(facts("Five novelists sued Kestrel Labs in the Southern District of New York on Monday. "
                      f"On Friday {judge} denied Kestrel Labs's motion to dismiss."), "adjudicated")
    assert any(c.endswith("Southern District of New York") and p == "Kestrel Labs" for c, p in found)


def test_a_judge_in_another_place_rules_for_the_items_court_of_that_place(facts):
    found = _of(facts("Getty Images sued Stability AI in the District of Delaware and in the Northern District of "
                      "California. Later a federal judge in California denied Stability AI's motion."), "adjudicated")
    assert ("Northern District of California", "Stability AI") in found
    assert ("District of Delaware", "Stability AI") not in found


def test_a_ruling_that_names_a_party_of_none_of_the_items_suits_rules_no_party_of_them(facts):
    found = _of(facts("Five novelists sued Kestrel Labs in the Southern District of New York on Monday. "
                      "The judge ruled that Anthropic had made fair use of books."), "adjudicated")
    assert not {(c, p) for c, p in found if p in ("Kestrel Labs", "Five novelists")}


def test_plaintiffs_listed_with_descriptions_in_brackets_each_sued_each_defendant(facts):
    found = _of(facts("Last week, four writers filed separate lawsuits in the Northern District of California against "
                      "OpenAI, Meta and Google. The plaintiffs include Dana Wexford (author of two thrillers, both "
                      "bestsellers), Omar Lindqvist (a poet), and Priya Natarajan (historian of Central Asia)."), "sued")
    assert {("Dana Wexford", "OpenAI"), ("Omar Lindqvist", "Meta"), ("Priya Natarajan", "Google")} <= found


def test_co_plaintiffs_and_defendants_told_after_the_first_plaintiff_brought_the_case(facts):
    found = _of(facts("A judge denied OpenAI's motion to dismiss on Friday. The Chicago Tribune brought the case last "
                      "year, along with the Denver Post and the Center for Investigative Reporting, targeting OpenAI, "
                      "Microsoft and Google over the use of its articles."), "sued")
    assert {("Denver Post", "Microsoft"), ("Center for Investigative Reporting", "Google"),
            ("Chicago Tribune", "OpenAI")} <= found


def test_the_suit_told_as_its_plaintiffs_sued_the_defendants_it_names(facts):
    found = _of(facts("Elon Musk won a ruling on Thursday. The lawsuit names OpenAI, chief executive Sam Altman and "
                      "Microsoft as defendants. OpenAI said Mr Musk's lawsuit was baseless."), "sued")
    assert {("Elon Musk", "OpenAI"), ("Elon Musk", "Sam Altman"), ("Elon Musk", "Microsoft")} <= found


def test_a_short_name_of_a_defendant_does_not_sue_it(facts):
    found = _of(facts("A judge ordered OpenAI to produce chat logs in its case against The New York Times. OpenAI "
                      "was deleting logs in the wake of the Times' lawsuit."), "sued")
    assert not {pair for pair in found if pair[1] == "The New York Times" and "Times" in pair[0]}


def test_co_plaintiffs_named_after_the_word_are_plaintiffs(facts):
    found = _of(facts("A federal judge allowed a lawsuit brought by The New York Times against OpenAI to proceed. "
                      "The court denied motions against claims brought by the Times, and co-plaintiffs, the Denver "
                      "Post and the Center for Investigative Reporting."), "sued")
    assert {("Denver Post", "OpenAI"), ("Center for Investigative Reporting", "OpenAI")} <= found


def test_a_named_court_hearing_the_case_adjudicates_the_plaintiffs_only_the_story_names(facts):
    found = _of(facts("A group of news publishers sued OpenAI in Ontario last year. The publishers include Torstar "
                      "and Postmedia. OpenAI disputes the Ontario Superior Court's jurisdiction in hearing the case."),
                "adjudicated")
    assert {("Ontario Superior Court", "OpenAI"), ("Ontario Superior Court", "Torstar"),
            ("Ontario Superior Court", "Postmedia")} <= found


def test_court_orders_a_party_seeks_are_no_ruling(facts):
    found = facts("Matthew and Maria Raine sued OpenAI in San Francisco Superior Court. The Raines seek damages and "
                  "court orders for age checks.")
    assert not _of(found, "adjudicated")
    found = facts("Matthew and Maria Raine sued OpenAI in San Francisco Superior Court. The judge ordered OpenAI to "
                  "keep its logs.")
    assert ("San Francisco Superior Court", "OpenAI") in _of(found, "adjudicated")


def test_plaintiffs_named_apart_sued_the_company_the_first_sentence_telling_the_suit_names(facts):
    # no sentence tells the suit against anyone: the settlement's company is its defendant
    found = _of(facts("A judge approved a copyright settlement with Quillmark Inc. on Monday. The named plaintiffs "
                      "include Dana Whitlow, Omar Reyes and Lena Frost."), "sued")
    assert {("Dana Whitlow", "Quillmark Inc."), ("Omar Reyes", "Quillmark Inc."), ("Lena Frost", "Quillmark Inc.")} <= found


def test_plaintiffs_named_apart_sue_no_company_of_a_first_sentence_that_tells_no_suit(facts):
    found = _of(facts("Quillmark Inc. released a new model on Monday. The named plaintiffs include Dana Whitlow and "
                      "Omar Reyes."), "sued")
    assert not {pair for pair in found if pair[1] == "Quillmark Inc."}


# -- a story cut at its sub-heads: the suit told in the lead, its plaintiffs under a sub-head --
LEAD = "Stability AI was sued by a group of photographers in federal court in Boston on Monday over its training data.\n"
PLAINTIFFS = "Plaintiffs\nThe lead plaintiff, Jane Roe, alleges her photographs were copied without a license.\n"


def _sued_in(pipeline, write_doc, text):
    result = pipeline.process(write_doc("story.txt", text))
    return {(f.head.text, f.tail.text) for f in result.facts if f.relation == "sued"}


def test_plaintiffs_named_under_a_sub_head_sued_the_defendant_the_lead_told(pipeline, write_doc):
    assert ("Jane Roe", "Stability AI") in _sued_in(pipeline, write_doc, LEAD + PLAINTIFFS)


def test_plaintiffs_under_a_sub_head_after_a_heading_over_the_lead_sued_the_defendant_the_lead_told(pipeline, write_doc):
    # a short heading opening the text over its lead paragraph (Lawsuit Synopsis / lead / Plaintiffs / …): one story
    assert ("Jane Roe", "Stability AI") in _sued_in(pipeline, write_doc, "Lawsuit Synopsis\n" + LEAD + PLAINTIFFS)


def test_plaintiffs_under_a_sub_head_of_separate_news_or_after_several_suits_sued_no_one_told_before(pipeline, write_doc):
    # a short heading opening the text over no lead paragraph (a label's line): its parts are separate news
    assert ("Jane Roe", "Stability AI") not in _sued_in(pipeline, write_doc, "AI news\nCourt calendar\n" + LEAD + PLAINTIFFS)
    # the lead told suits against two defendants by different plaintiffs: whose plaintiff she is, the part does not say
    several = ("Getty Images sued Stability AI in federal court in Boston on Monday, and Disney sued Midjourney "
               "in Los Angeles.\n")
    assert not {pair for pair in _sued_in(pipeline, write_doc, several + PLAINTIFFS) if pair[0] == "Jane Roe"}


# -- a suit its defendant faces, its plaintiff named in a sentence of its own (story.tsv: {tail} … faces a … lawsuit) --
def test_plaintiff_named_apart_sued_the_person_a_faced_lawsuit_names(facts):
    found = _of(facts("Podcast host Marcus Bell now faces a federal defamation lawsuit over an episode. The lead "
                      "plaintiff, Lena Frost, says the episode cost her clients."), "sued")
    assert ("Lena Frost", "Marcus Bell") in found


def test_a_lawsuit_faced_under_a_hedge_or_by_no_one_named_gives_no_defendant(facts):
    found = _of(facts("Analysts said the sector faces a wave of lawsuits. The lead plaintiff, Lena Frost, says the "
                      "episode cost her clients."), "sued")
    assert not {pair for pair in found if pair[0] == "Lena Frost"}


def test_the_place_a_plaintiff_is_from_is_no_plaintiff(facts):
    found = _of(facts("Quillmark Inc. now faces a federal class-action lawsuit over its recorder. The lead plaintiff, "
                      "Dana Whitlow of Fresno, California, says her calls were recorded."), "sued")
    assert ("Dana Whitlow", "Quillmark Inc.") in found
    assert not {pair for pair in found if pair[0] in ("California", "Fresno")}


def _named(text, *names):
    from kg.model import Mention
    return tuple(Mention(name, kind, text.index(name), text.index(name) + len(name)) for name, kind in names)


def test_a_place_is_a_plaintiffs_home_only_right_after_a_persons_name_and_of():
    from kg.facts.story import EnglishStory
    text = "The lead plaintiff, Dana Whitlow of Fresno, California, says her calls were recorded."
    person, town, state = _named(text, ("Dana Whitlow", "Person"), ("Fresno", "Jurisdiction"), ("California", "Jurisdiction"))
    assert EnglishStory.home(state, (person, state), text) and EnglishStory.home(town, (person, town), text)
    text = "The states of Illinois and Minnesota joined the suit as co-plaintiffs."
    (state,) = _named(text, ("Illinois", "Jurisdiction"))
    assert not EnglishStory.home(state, (state,), text)
    text = "Dana Whitlow sued in Ohio. North Carolina and California joined as plaintiffs."
    person, state = _named(text, ("Dana Whitlow", "Person"), ("California", "Jurisdiction"))
    assert not EnglishStory.home(state, (person, state), text)
