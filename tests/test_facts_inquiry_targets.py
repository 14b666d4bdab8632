"""Inquiries of several targets and accusations between a suit's sides, in invented sentences: one inquiry of several targets
read from the parse whatever the parser made of the list (a name written with a period, "both A and
B", a list's last member hung on the verb, members "including" A and B of a group facing an
inquiry, an owner named inside the list), and an accusation between the two sides of a lawsuit told
in another part of the document (no accusation outside a lawsuit).  Chinese lists of targets in
Simplified and in Traditional as OpenCC s2t writes it."""
from __future__ import annotations

import pytest

from kg.parser import parse
from test_facts_cue_passive_clauses import both_scripts
from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)


def test_a_name_written_with_a_period_is_one_token():
    """The tokenizer's cut of a period between a small letter and a capital (end.Start) is left out:
    Quillon.AI is one word, so the parser does not end the sentence inside it."""
    doc = parse("The regulator opened a probe into Quillon.AI, Meta and Snap.")
    assert doc is not None
    assert "Quillon.AI" in [t.text for t in doc]
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1


@pytest.mark.parametrize("sentence, targets", [
    ("The Federal Trade Commission opened an inquiry into five companies - Alphabet, Character.AI, Meta, "
     "OpenAI and Snap - over their chatbots.", {"Alphabet", "Character.AI", "Meta", "OpenAI", "Snap"}),
    ("The Federal Trade Commission has launched an investigation into both Meta and Character.AI for "
     "allegedly misleading children.", {"Meta", "Character.AI"}),
    ("The Federal Trade Commission sent information requests on Monday to OpenAI, Meta and several smaller "
     "firms, including Character.AI and Snap, seeking details on their chatbots.",
     {"OpenAI", "Meta", "Character.AI", "Snap"}),
])
def test_each_target_of_one_inquiry(facts, sentence, targets):
    """A list the parser broke (at the period of Character.AI; its last member, or "both A and B"'s
    second, hung on the verb) still names each target of the one inquiry."""
    found = {t for h, t in _of(facts(sentence), "investigated") if h == "Federal Trade Commission"}
    assert targets <= found, found


def test_members_of_a_group_facing_an_inquiry(facts):
    """Members "including" A and B of the group that faces an inquiry by a body: each is investigated;
    an owner named inside the list (Elon Musk's xAI) is not."""
    found = _of(facts("Several chatbot makers, including Alphabet, Meta and Elon Musk's xAI, are facing an "
                      "inquiry by the Federal Trade Commission."), "investigated")
    assert {("Federal Trade Commission", t) for t in ("Alphabet", "Meta", "xAI")} <= found, found
    assert ("Federal Trade Commission", "Elon Musk") not in found, found


@pytest.mark.parametrize("sentence", [
    "美国联邦贸易委员会宣布对OpenAI、Meta和谷歌展开调查。",
    "欧盟委员会周二表示，已对OpenAI、Meta及谷歌启动正式调查。",
])
def test_each_target_of_a_chinese_inquiry(read_facts, as_read, sentence):
    """对A、B和C展开调查: each (a guard for the list the cue family reads)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert {t for _, r, t in found if r == "investigated"} >= {"OpenAI", "Meta", "谷歌"}, (text, found)


def _document_facts(pipeline, tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.head.canonical or f.head.text, f.relation, f.tail.canonical or f.tail.text)
            for f in pipeline.process(path).facts}


def test_an_accusation_between_the_sides_of_a_suit_is_the_suit(pipeline, tmp_path):
    """What either side of a lawsuit alleges of the other in another part of the document is the suit
    told again (SCHEMA: accused is outside a lawsuit)."""
    found = _document_facts(pipeline, tmp_path, (
        "Studio sues image generator\n\nDisney sued Midjourney in federal court on Wednesday.\n\n"
        "Midjourney answers\n\nIn a filing, Midjourney accused Disney of hypocrisy, and Disney accused "
        "Midjourney of copying its characters.\n"))
    assert any(r == "sued" for _, r, _ in found), found
    assert not any(r == "accused" for _, r, _ in found), found


def test_an_agency_s_charges_beside_its_suit_and_an_accusation_without_one_stand(pipeline, tmp_path):
    found = _document_facts(pipeline, tmp_path, (
        "The Federal Trade Commission sued Rytr in March. The Federal Trade Commission accused Rytr of "
        "misleading consumers.\n"))
    found |= _document_facts(pipeline, tmp_path, "The New York Times accused Perplexity of copying its articles.\n")
    assert any(h == "Federal Trade Commission" and r == "accused" and t == "Rytr" for h, r, t in found), found
    assert any(r == "accused" and t == "Perplexity" for h, r, t in found), found


def test_a_former_holder_s_office_acts_with_no_one(read_facts):
    """Former Ohio Governor Dana Whitlock: an office its holder has left (context.tsv former_office,
    a space before the office in English) hands the holder's acts to no office."""
    found = read_facts("Former Ohio Governor Dana Whitlock spoke on Monday. Whitlock signed HB 4412 on Friday.")
    assert not any(h == "Ohio Governor" and r == "issued" for h, r, _ in found), found
