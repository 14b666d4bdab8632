"""An outlet the document names only as the source of its words is no party of any act
(kg.facts.sources SourcesAreNoParties; context.tsv told_outlet, asked_outlet, answered_outlet,
reported_outlet, outlet_credit_line), in Simplified and Traditional Chinese and in English.  All
sentences and names invented."""
from __future__ import annotations

import pytest

from kg.facts.base import Shared
from kg.facts.sources import SourcesAreNoParties
from kg.model import Evidence, Fact, Item, Mention
from kg.script import simplified


@pytest.fixture(scope="module")
def unit(pipeline) -> SourcesAreNoParties:
    return SourcesAreNoParties(Shared(pipeline.kb))


def _source(unit: SourcesAreNoParties, text: str, name: str) -> bool:
    text, name = simplified(text), simplified(name)
    at = text.index(name)
    return unit.source_at(text, at, at + len(name))


@pytest.mark.parametrize("text, name", [
    ("7月3日，作者王小明告诉星河日报，他正在申请解除已签署合同中的条款。", "星河日报"),
    ("7月3日，作者王小明告訴星河日報，他正在申請解除已簽署合約中的條款。", "星河日報"),
    ("云帆小说方面向星河日报回应，目前已上线解除相关条款的入口。", "星河日报"),
    ("雲帆小說方面向星河日報回應，目前已上線解除相關條款的入口。", "星河日報"),
    ("科技媒体Zetaview昨日（3月2日）发布博文，报道称两名作者已对蓝岸公司提起集体诉讼。", "Zetaview"),
    ("據星河傳媒旗下專注於投資報導的帳號「暗流」在5月2日的一篇報導，兩名創始人已被提起仲裁。", "星河传媒"),
    ("本文来自微信公众号：星河日报，作者：王小明", "星河日报"),
    ("Jane Roe told the Harbor Wire that she would appeal the ruling against Acme.", "Harbor Wire"),
    ("The Harbor Wire reported that Acme had settled the claims brought by two authors.", "Harbor Wire"),
])
def test_a_name_told_cited_or_credited_is_a_source(unit, text, name):
    assert _source(unit, text, name)


@pytest.mark.parametrize("text, name", [
    ("星河日报起诉蓝岸公司，指控其未经许可使用报道训练模型。", "星河日报"),
    ("星河日報向地方法院起訴藍岸公司，指控其侵犯著作權。", "星河日報"),
    ("蓝岸公司对星河日报提起诉讼，称其报道失实。", "星河日报"),
    ("The Harbor Wire sued Acme over its chatbot, which the paper reported that month.", "Harbor Wire"),
])
def test_a_name_acting_is_no_source(unit, text, name):
    assert not _source(unit, text, name)


def _fact(text: str, head: str, relation: str, tail: str, types=("Company", "Person")) -> Fact:
    def mention(name: str, kind: str) -> Mention:
        return Mention(name, kind, text.index(name), text.index(name) + len(name))
    return Fact(mention(head, types[0]), relation, mention(tail, types[1]),
                Evidence("fixture.txt", "条目", text, 0, len(text)))


def test_a_party_named_only_as_the_source_is_dropped_everywhere_else_it_stays(unit):
    told = "作者王小明告诉星河日报，他正在申请解除合同中的条款。"
    item = Item("fixture.txt", 1, "条目", told)
    fact = _fact(item.text, "星河日报", "partnered", "王小明")
    assert unit.screen([fact], [item]) == []
    suing = told + "此前，星河日报起诉蓝岸公司侵犯著作权。"
    item = Item("fixture.txt", 1, "条目", suing)
    fact = _fact(item.text, "星河日报", "sued", "蓝岸公司", ("Company", "Company"))
    assert unit.screen([fact], [item]) == [fact]
    # the source's own place or parent is no act
    place = _fact(item.text, "星河日报", "jurisdiction", "王小明")
    assert unit.screen([place], [Item("fixture.txt", 1, "条目", told)]) == [place]
