"""The pseudonym family: dotted initials as a caption's side are a Person (sentences written
for the tests)."""
from __future__ import annotations


def test_initials_before_a_chinese_caption_link_are_a_person(pipeline):
    mentions = pipeline.nlp("另一起案件由 W.K. 诉 Anthropic 于去年提起。").user_data["mentions"]
    assert ("W.K.", "Person") in {(m.text, m.type) for m in mentions}


def test_known_dotted_capitals_are_left_to_the_knowledge_base(pipeline):
    mentions = pipeline.nlp("The ruling in U.S. v. Google went against the company.").user_data["mentions"]
    assert not [m for m in mentions if m.mechanism.startswith("pseudonym")]
