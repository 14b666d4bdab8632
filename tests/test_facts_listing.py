"""kg.facts.listing: an authority putting names on a restricted list bans them."""
from __future__ import annotations

import pytest


def _banned(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "banned"}


@pytest.mark.parametrize("sentence", [
    "2019年5月，美国商务部将华为和中芯国际列入实体清单。",
    "美国商务部去年把华为、中芯国际一并纳入出口管制清单。",
    "华为与中芯国际早在数年前就被美国商务部列入“实体清单”。",
    "The Commerce Department added Huawei and SMIC to the Entity List in 2020.",
    "Huawei and SMIC were placed on the Entity List by the Commerce Department.",
    "Last year the Commerce Department put Huawei and SMIC on its trade blacklist.",
])
def test_names_put_on_a_restricted_list_are_banned_by_the_authority(read_facts, sentence):
    assert _banned(read_facts(sentence)) >= {("美国商务部" if "美国" in sentence else "Commerce Department", name)
                                             for name in (("华为", "中芯国际") if "华为" in sentence else ("Huawei", "SMIC"))}


@pytest.mark.parametrize("sentence", [
    "华为自2019年起一直在实体清单上，美国商务部表示。",
    "Huawei has been on the Entity List since 2019, the Commerce Department said.",
    "美国商务部发布了新的实体清单审查程序。",
])
def test_a_list_named_without_anyone_put_on_it_bans_nothing(read_facts, sentence):
    assert not _banned(read_facts(sentence))
