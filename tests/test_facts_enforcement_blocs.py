"""Who acts in an enforcement fact, a state, a bloc or its body, and a fine's amount, in invented sentences:

- kg.facts.inquiry_parse.acting_types: in English too, a state or bloc acts itself (investigates,
  fines) where the sentence names no state body, court or legislature; where one is named, the body
  acts and the place only describes it;
- kg.facts.sanction_parse.amount_words: a fine's amount that swallows the fined name in the parse
  (fined tech firm A 2.5 million euros (about 2.7 million U.S. dollars));
- kg.facts.cue Cues.body_named_for: a state acts through the body of its own the item names (荷兰当局 beside
  荷兰数据保护局), but a bloc acts in its own name beside its bodies (欧盟宣布对A展开调查 beside 欧盟委员会).
"""
from __future__ import annotations

import opencc
import pytest

from test_facts_english import _of, facts  # noqa: F401  (the module's fixture)

TRADITIONAL = opencc.OpenCC("s2t")


@pytest.mark.parametrize("sentence, relation, head, tail", [
    ("The European Union fined Zorvex Labs 12 million euros for breaching competition rules.",
     "fined", "European Union", "Zorvex Labs"),
    ("The EU announced a new investigation into Zorvex Labs in November.", "investigated", "EU", "Zorvex Labs"),
    ("The European Union on Thursday announced the launch of a formal antitrust investigation into Zorvex Labs "
     "over its chatbot.", "investigated", "European Union", "Zorvex Labs"),
])
def test_a_state_or_bloc_told_alone_acts_in_english(facts, sentence, relation, head, tail):
    assert (head, tail) in _of(facts(sentence), relation)


@pytest.mark.parametrize("sentence, relation, body, place", [
    ("Italy's Garante fined Zorvex Labs 12 million euros.", "fined", "Garante", "Italy"),
    ("France's CNIL opened an investigation into Zorvex Labs on Monday.", "investigated", "CNIL", "France"),
])
def test_beside_a_body_the_place_only_describes_it(facts, sentence, relation, body, place):
    heads = {h for h, _ in _of(facts(sentence), relation)}
    assert body in heads and place not in heads, heads


@pytest.mark.parametrize("sentence, relation, place", [
    ("Senator Dana Whitlock, the Missouri Republican who chairs the subcommittee, opened an investigation into "
     "Zorvex Labs on August 15.", "investigated", "Missouri"),
    ("Italy's data protection authority has fined Zorvex Labs 5 million euros.", "fined", "Italy"),
])
def test_a_place_an_apposition_or_a_possessive_names_is_no_actor(facts, sentence, relation, place):
    assert place not in {h for h, _ in _of(facts(sentence), relation)}


@pytest.mark.parametrize("sentence, head, tail", [
    ("The CNIL fined startup Zorvex Labs 2.5 million euros (about 2.7 million U.S. dollars) for unlawful "
     "processing.", "CNIL", "Zorvex Labs"),
    ("In May, the European Union fined tech giant Zorvex Labs 2.95 billion euros (about 3.45 billion U.S. "
     "dollars) for antitrust violations and opened a new probe into Corvid Labs.", "European Union", "Zorvex Labs"),
])
def test_a_fine_whose_amount_swallows_the_fined_name(facts, sentence, head, tail):
    assert (head, tail) in _of(facts(sentence), "fined")


def test_the_amount_s_conversion_is_no_fined_party(facts):
    found = _of(facts("The CNIL fined Zorvex Labs 2.5 million euros (about 2.7 million U.S. dollars)."), "fined")
    assert found == {("CNIL", "Zorvex Labs")}, found


def both_scripts(read_facts, as_read, text):
    return [(t, read_facts(as_read(t))) for t in (text, TRADITIONAL.convert(text))]


@pytest.mark.parametrize("text, fact", [
    ("欧盟委员会表示将加强对人工智能的监管。欧盟宣布对星岚科技展开调查。", ("欧盟", "investigated", "星岚科技")),
    ("欧盟委员会发言人拒绝置评。欧盟今年9月对星岚科技罚款近30亿欧元。", ("欧盟", "fined", "星岚科技")),
])
def test_a_bloc_told_alone_acts_beside_its_body(read_facts, as_read, text, fact):
    for t, found in both_scripts(read_facts, as_read, text):
        assert fact in found, (t, found)


@pytest.mark.parametrize("text, place", [
    ("意大利竞争管理局表示将继续调查。意大利监管单位今年7月首次对星岚科技展开调查。", "意大利"),
    ("荷兰当局今天对星岚科技处以罚款。荷兰数据保护局表示将继续监督该公司。", "荷兰"),
    ("加拿大隐私专员办公室表示将与各省合作。加拿大联邦及多个省份隐私监管机构对星岚科技展开调查。", "加拿大"),
])
def test_a_state_beside_a_body_of_its_own_acts_through_it(read_facts, as_read, text, place):
    for t, found in both_scripts(read_facts, as_read, text):
        heads = {h for h, r, _ in found if r in ("fined", "investigated")}
        assert place not in heads, (t, found)
