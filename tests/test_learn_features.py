"""The learned family's structural features (kg.learn): an English pair's roles, the words
governing them and the dependency path between them (kg.parser), the voice, negation and
modals of the verb above both; a Chinese pair's clause words and each end's nearest cue.
Invented sentences of several wordings (Simplified, Traditional as OpenCC s2t writes it,
English)."""
from __future__ import annotations

import opencc
import pytest

from kg import learn
from kg.facts import learned
from kg.parser import parser

S2T = opencc.OpenCC("s2t")
needs_parse = pytest.mark.skipif(parser() is None, reason="the English parsing model is not installed")


def features_of(pipeline, write_doc, text: str, head: str, tail: str) -> set[str]:
    """The features of the candidate (head, tail) of a one-line document."""
    path = write_doc("one.txt", text + "\n")
    with learned.collecting(pipeline.extractor) as candidates:
        pipeline.process(path)
    found = [c for c in candidates if head in c.head.text and tail in c.tail.text]
    assert found, [(c.head.text, c.tail.text) for c in candidates]
    return set(found[0].features)


@needs_parse
@pytest.mark.parametrize("sentence, head_role, tail_role", [
    ("Quarrystone Analytics Inc. sued Bluefin Harbor Labs Inc. in federal court on Monday.", "nsubj", "dobj"),
    ("Quarrystone Analytics Inc. filed a lawsuit against Bluefin Harbor Labs Inc. last week.", "nsubj",
     "pobj:against"),
    ("Bluefin Harbor Labs Inc. was sued by Quarrystone Analytics Inc. over its training data.", "pobj:by",
     "nsubjpass"),
])
def test_english_roles_of_both_ends_are_features_whatever_the_wording(pipeline, write_doc, sentence, head_role,
                                                                        tail_role):
    features = features_of(pipeline, write_doc, sentence, "Quarrystone", "Bluefin")
    assert f"y1:{head_role}" in features or f"y2:{head_role}" in features
    assert f"y1:{tail_role}" in features or f"y2:{tail_role}" in features
    assert any(f.startswith("yv:") for f in features)  # the verb above both ends


@needs_parse
def test_passive_voice_and_the_governing_noun_are_read(pipeline, write_doc):
    passive = features_of(pipeline, write_doc, "Bluefin Harbor Labs Inc. was sued by Quarrystone Analytics Inc. "
                          "in a federal court.", "Quarrystone", "Bluefin")
    active = features_of(pipeline, write_doc, "Quarrystone Analytics Inc. sued Bluefin Harbor Labs Inc. "
                         "in a federal court.", "Quarrystone", "Bluefin")
    assert "yx:passive" in passive and "yx:passive" not in active
    noun = features_of(pipeline, write_doc, "Quarrystone Analytics Inc. brought a lawsuit against Bluefin Harbor "
                       "Labs Inc. in March.", "Quarrystone", "Bluefin")
    assert "yo:lawsuit" in noun  # the object of the verb above both (brought a lawsuit)
    assert "y1:pobj:against" in noun or "y2:pobj:against" in noun


@needs_parse
def test_modal_and_negation_on_the_verb_are_features(pipeline, write_doc):
    modal = features_of(pipeline, write_doc, "Quarrystone Analytics Inc. could sue Bluefin Harbor Labs Inc. "
                        "next year.", "Quarrystone", "Bluefin")
    negated = features_of(pipeline, write_doc, "Quarrystone Analytics Inc. did not sue Bluefin Harbor Labs Inc. "
                          "after all.", "Quarrystone", "Bluefin")
    assert "yx:aux:could" in modal and "yx:neg" not in modal
    assert "yx:neg" in negated


@needs_parse
def test_names_of_one_list_share_one_role(pipeline, write_doc):
    features = features_of(pipeline, write_doc, "Quarrystone Analytics Inc., Bluefin Harbor Labs Inc. and Tidewell "
                           "Robotics Inc. sued Northgate Data Inc. on Friday.", "Quarrystone", "Bluefin")
    assert "y:same" in features
    plaintiff = features_of(pipeline, write_doc, "Quarrystone Analytics Inc., Bluefin Harbor Labs Inc. and Tidewell "
                            "Robotics Inc. sued Northgate Data Inc. on Friday.", "Bluefin", "Northgate")
    assert {"y1:nsubj", "y2:dobj"} <= plaintiff  # the second of the list: the subject's role, climbed to


@needs_parse
def test_parse_features_never_hold_a_name_or_a_proper_noun(pipeline, write_doc):
    features = features_of(pipeline, write_doc, "Quarrystone Analytics Inc., which Zorvath Kelling founded, sued "
                           "Bluefin Harbor Labs Inc. in Delaware.", "Quarrystone", "Bluefin")
    values = {f.split("|")[-1].split(":", 1)[1] for f in features if f.split("|")[-1].startswith(("y", "z"))}
    assert not any(word in value for value in values for word in ("quarrystone", "bluefin", "zorvath", "kelling",
                                                                    "delaware"))


@pytest.mark.parametrize("convert", [lambda s: s, S2T.convert])
def test_chinese_clause_words_and_nearest_cue(pipeline, write_doc, convert):
    features = features_of(pipeline, write_doc, convert("据悉，北辰星图科技有限公司昨日在杭州起诉南岭云算数据公司，索赔一百万元。"),
                           "北辰", "南岭")
    assert "zn2:sued:before" in features  # the cue nearest the second end stands before it
    assert "zr:索赔" not in features  # another clause's word (after ，) is not the pair's clause
    assert "cb:0" in features
    apart = features_of(pipeline, write_doc, convert("北辰星图科技有限公司昨日发布新品，南岭云算数据公司则宣布裁员。"),
                        "北辰", "南岭")
    assert "cb:1" in apart  # a full-width comma between the ends is a clause mark (not a number)
    assert not any(f.startswith(("zl:", "zr:")) for f in apart)


def test_words_are_stemmed_and_marks_are_not_numbers():
    assert {learn._stem(w) for w in ("sued", "sues", "suing", "sue")} == {"su"}
    assert learn._stem("lawsuits") == learn._stem("lawsuit") == "lawsuit"
    assert learn._stem("ruling") == learn._stem("ruled") == learn._stem("rules")
    assert learn.words("2024年3月，共") == ("<num>", "年", "<num>", "月", "，", "共")


@pytest.mark.parametrize("convert", [lambda s: s, S2T.convert])
def test_list_membership_of_either_end_chinese(pipeline, write_doc, convert):
    sentence = convert("北辰星图科技有限公司、南岭云算数据公司和东岳智能科技公司昨日在杭州起诉西岭云图科技有限公司。")
    listed = features_of(pipeline, write_doc, sentence, "南岭", "西岭")
    assert "li1:list" in listed and "li2:list" not in listed  # a plaintiff of a list, a lone defendant
    assert "li:same" not in listed and "sc:sued" in listed  # the sentence's cue class
    together = features_of(pipeline, write_doc, sentence, "北辰", "南岭")
    assert {"li1:list", "li2:list", "li:same"} <= together  # two names of one list
    alone = features_of(pipeline, write_doc, convert("北辰星图科技有限公司昨日发布新品，南岭云算数据公司则宣布裁员。"),
                        "北辰", "南岭")
    assert not any(f.startswith(("li1:", "li2:", "li:")) for f in alone) and "sc:sued" not in alone


def test_list_membership_of_either_end_english(pipeline, write_doc):
    sentence = ("Quarrystone Analytics Inc., Bluefin Harbor Labs Inc. and Tidewell Robotics Inc. sued Northgate Data "
                "Inc. on Friday.")
    listed = features_of(pipeline, write_doc, sentence, "Tidewell", "Northgate")
    assert "li1:list" in listed and "li2:list" not in listed and "li:same" not in listed
    assert {"li1:list", "li2:list", "li:same"} <= features_of(pipeline, write_doc, sentence, "Quarrystone", "Bluefin")
