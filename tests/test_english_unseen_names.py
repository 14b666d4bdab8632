"""English names as unseen news writes them (issue 49, round 42), each shape on invented
sentences of several wordings: a person's name with the titles before it also read without
them, a bracket describing a name (developed by X) leaving the names inside it their own,
a bracket renaming it (formerly X) giving it the name alone, and an agency's chair named
before its holder read as the agency."""
from __future__ import annotations

import pytest


def _labels(pipeline, text: str) -> dict[str, tuple[str, set[str]]]:
    """name -> (type, the name and its other names) of each chosen mention."""
    return {m.text: (m.type, {m.text, *m.aliases}) for m in pipeline.nlp(text).user_data["mentions"]}


@pytest.mark.parametrize("text, titled, bare", [
    ("Dr. Halvard Quist sought to register a picture his machine had drawn.", "Dr. Halvard Quist", "Halvard Quist"),
    ("The panel heard from Professor Dame Orla Venn on Tuesday.", "Dame Orla Venn", "Orla Venn"),
    ("Professor Sir Aled Morrow, who chairs the institute, gave evidence.", "Sir Aled Morrow", "Aled Morrow"),
    ("Mrs Justice Petra Lindqvist refused permission to appeal.", "Mrs Justice Petra Lindqvist", "Petra Lindqvist"),
])
def test_a_titled_persons_name_is_also_read_without_its_titles(pipeline, text, titled, bare):
    found = [labels for name, (type_, labels) in _labels(pipeline, text).items() if type_ == "Person"]
    assert any(bare in labels for labels in found), found


@pytest.mark.parametrize("text", [
    "Lord Harwell of Kenton moved the amendment in the Lords.",
    "Halvard Quist, a doctor, sued the insurer.",
])
def test_a_name_without_a_title_before_its_given_name_gets_no_other_name(pipeline, text):
    for name, (type_, labels) in _labels(pipeline, text).items():
        if type_ == "Person":
            assert labels == {name}


@pytest.mark.parametrize("text, inside", [
    ("Two tools are named: Lumora (developed by Stability AI) and Pixelwright.", "Stability AI"),
    ("The fine fell on a property company (die Deutsche Wohnen) in Berlin.", None),
    ("Its app Quillo (made by Microsoft) was withdrawn in May.", "Microsoft"),
    ("The claim names Mayfield Audio Inc (a virtual music studio) as a defendant.", None),
])
def test_a_bracket_describing_a_name_is_no_other_name_of_it(pipeline, text, inside):
    found = _labels(pipeline, text)
    assert not [labels for _, labels in found.values() if any(label[:1].islower() for label in labels)]
    if inside:
        assert inside in found


@pytest.mark.parametrize("text, name, other", [
    ("The suit names Databricks (formerly MosaicML) as a defendant.", "Databricks", "MosaicML"),
    ("Meta Platforms (formerly known as Facebook) was sued on Monday.", "Meta Platforms", "Facebook"),
    ("The Civil Resolution Tribunal (the CRT) ruled for the passenger.", "Civil Resolution Tribunal", "CRT"),
])
def test_a_bracket_renaming_a_name_gives_it_the_other_name_alone(pipeline, text, name, other):
    assert other in _labels(pipeline, text)[name][1]


@pytest.mark.parametrize("text, body", [
    ("FTC Chair Lina Khan said the agency would act against the start-up.", "FTC"),
    ("Outgoing SEC Chair Gary Gensler has warned about AI washing.", "SEC"),
    ("FCC Chairman Brendan Carr wrote to the broadcaster on Friday.", "FCC"),
])
def test_an_agencys_chair_before_its_holder_is_the_agency(pipeline, text, body):
    found = _labels(pipeline, text)
    assert found[body][0] == "Regulator"
    assert not [name for name in found if "Chair" in name]
