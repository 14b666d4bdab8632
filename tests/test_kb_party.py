"""A political party and its central committee are non-state bodies: Organization, not
Regulator (SCHEMA: Regulator = state bodies; the gold types 党中央 and the parties Organization).
Sentences written for the tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("座谈会指出，要坚决贯彻党中央关于数字经济的决策部署。", "党中央"),
    ("會議指出，要貫徹黨中央關於數字經濟的決策部署。", "黨中央"),
    ("据报道，中共中央近日召开会议，研究人工智能发展。", "中共中央"),
    ("立法院三讀通過修正案，民進黨與國民黨均表態支持。", "民進黨"),
    ("立法院三讀通過修正案，民進黨與國民黨均表態支持。", "國民黨"),
    ("The Chinese Communist Party set out a plan for computing power.", "Chinese Communist Party"),
])
def test_the_party_and_its_central_committee_are_organizations(names, text, name):
    assert names(text)[name].type == "Organization"


def test_a_party_office_of_state_business_stays_a_regulator(names):
    found = names("中共中央办公厅、国务院办公厅联合印发了一份实施意见。")
    assert found["中共中央办公厅"].type == "Regulator"
