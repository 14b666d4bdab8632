"""An outlet and its publisher told by the document's furniture: the outlet its masthead
names (kg.mentions.english outlet) and the company its copyright notice names
(kg.mentions.copyright), where one of them names a publisher (a publisher's word or a
legal form at its end, data/lexicon/context.tsv publisher_word, legal_form) and the other
does not: THE HARBOUR COURIER over the story, © 2025 Harbour News Group below it -> The
Harbour Courier partOf Harbour News Group; and the other way round (the broadcaster over
the story, © Bay 7 News below it).  The outlet's own company (THE X LEDGER, © X Ledger
Pty Ltd) is no second node.

A Chinese page's outlet is its masthead, kept by kg.segment as the item's source (kg.mentions.source:
江城晚报　｜　要闻 over the story; its name whichever family read it, 江城日报 by its suffix too), and its publisher the holder a rights notice names (版权归江城晚报有限公司
所有, a Chinese legal form or publisher's word at its end): 江城晚报 partOf 江城晚报有限公司.  A channel
the page's credits name by the masthead's name and more words (来源：江城门户财经 under 江城门户　>
财经频道) is partOf the masthead's outlet.  A paper and the house its name with 社 names (南粤日报, 南粤日报社),
and an outlet's app and the outlet (法治速览客户端, 法治速览; the house where the document names it, the
outlet's company where it names neither: 法治速览传媒有限公司), are told by their names alone: the paper and
the app partOf the house, the outlet or its company (context.tsv outlet_paper, outlet_house, outlet_app).

A newsletter's cover names its body alone on the first line (江岸电商协会 over 会员简报: kg.mentions.publisher,
BAKERY OWNERS ALLIANCE over MEMBER ALERT: kg.mentions.english), and its credit lines the unit issuing it
(协会秘书处编印, 主办：江岸数据交易所会员服务中心, Prepared by: Supplier Relations Committee): the unit is partOf
the body where its name opens with the body's name, or, a unit's name (context.tsv unit_end), with the word the
body's name ends in (协会秘书处), or is a credit line's unit of a short name (商标部).  A body of its own on the host line
(主办：江岸市人民政府) is no unit."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..alternation import alternatives
from ..graph import fold
from ..model import Fact, Mention
from ..dates import YEAR
from .base import Document, DocumentFamily, Shared
from .context import CJK_CHAR

OUTLET, HOLDER = "english/outlet", "copyright"
MASTHEAD, CREDIT = "source", "credit"  # a Chinese page's masthead (its item's source) and its credits' outlets
_MARK_BEFORE = re.compile(rf"(?:©|\([cC]\))\s*(?:{YEAR}\s+)?$")
_MARK = re.compile(r"©|\([cC]\)")


@lru_cache(maxsize=4)
def _marks(text: str) -> list[int]:
    """Where each copyright mark of ``text`` starts, in order."""
    return [found.start() for found in _MARK.finditer(text)]


class Imprints(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        forms = alternatives(w for w in shared.words["legal_form"] if w.isascii())
        self.legal_form = re.compile(rf"(?:,?\s+(?:{forms}))+\.?$", re.I)
        self.publisher_words = frozenset(w.lower() for w in shared.words["publisher_word"])
        # 江城晚报有限公司, 江城报业集团: a Chinese publisher's name ends in a legal form or a publisher's word
        self.chinese_publisher = tuple(w for w in (*shared.words["legal_form"], *shared.words["publisher_word"])
                                       if CJK_CHAR.search(w))
        self.house_words = tuple(shared.words["outlet_house"])
        self.app_words = tuple(shared.words["outlet_app"])
        self.paper_ends = tuple(shared.words["outlet_paper"])
        self.unit_ends = tuple(shared.words["unit_end"])

    def bare(self, name: str) -> str:
        """The name without its article and legal form, folded (THE X LEDGER, X Ledger Pty Ltd: xledger)."""
        return fold(self.legal_form.sub("", re.sub(r"^the\s+", "", name, flags=re.I)))

    def publishes(self, name: str) -> bool:
        """Whether the name is a publisher's: a legal form or a publisher's word at its end."""
        if CJK_CHAR.search(name):
            return name.endswith(self.chinese_publisher)
        stripped = self.legal_form.sub("", name)
        return stripped != name or stripped.split()[-1].lower() in self.publisher_words

    @staticmethod
    def after_mark(text: str, mention: Mention) -> bool:
        """Whether the name is a copyright notice's holder, whichever family found it: © 2025
        Coastal Legal Media Inc. (a registered name, kg.mentions.english).  Only the last mark
        before the name can open what runs up to it (a year and spaces hold no mark), so that one
        is found by bisection and matched there, not the text searched from its start at each name."""
        if mention.mechanism == HOLDER:
            return True
        marks = _marks(text)
        last = bisect_left(marks, mention.start) - 1
        return last >= 0 and _MARK_BEFORE.match(text, marks[last], mention.start) is not None

    def facts(self, document: Document) -> list[Fact]:
        found: dict[str, dict[str, tuple[int, Mention]]] = {OUTLET: {}, HOLDER: {}, CREDIT: {}}
        for number, mentions in enumerate(document.credited):
            item, text, _ = document.items[number]
            for mention in mentions:
                if mention.type not in ("Company", "Organization"):
                    continue
                kind = HOLDER if self.after_mark(text, mention) else mention.mechanism
                # the masthead kg.segment kept as the item's source, whichever family read its name (江城日报: suffix)
                if CJK_CHAR.search(mention.text) and (kind == MASTHEAD or kind != HOLDER and mention.text == item.source):
                    kind = OUTLET
                if kind in found:
                    found[kind].setdefault(self.bare(mention.text), (number, mention))
        houses = self.houses_and_apps(document) + self.issuing_units(document)
        if len(found[OUTLET]) != 1:
            return houses  # two mastheads: which publishes which is not told
        return houses + self.channels(document, *found[OUTLET].values(), found[CREDIT].values()) + self.imprint(document, found)

    def channels(self, document: Document, outlet: tuple[int, Mention], credited) -> list[Fact]:
        """Each channel a Chinese page's credits name by its masthead's name and more words, partOf the masthead's outlet."""
        name = outlet[1].text
        return [Fact(channel, "partOf", outlet[1], self.shared.evidence_at(*document.items[number][:2], channel), 0.7)
                for number, channel in credited
                if CJK_CHAR.search(name) and channel.text.startswith(name) and len(channel.text) > len(name)]

    def imprint(self, document: Document, found: dict[str, dict[str, tuple[int, Mention]]]) -> list[Fact]:
        """The masthead's outlet partOf the holder the copyright notice names, or the other way round."""
        if len(found[HOLDER]) != 1:
            return []  # two holders: which publishes which is not told
        (outlet_key, (_, outlet)), = found[OUTLET].items()
        (holder_key, (number, holder)), = found[HOLDER].items()
        if outlet_key == holder_key or not outlet_key or not holder_key:
            return []
        if self.publishes(holder.text) == self.publishes(outlet.text):
            return []
        unit, parent = (outlet, holder) if self.publishes(holder.text) else (holder, outlet)
        item, text, _ = document.items[number]
        return [Fact(unit, "partOf", parent, self.shared.evidence_at(item, text, holder), 0.7)]

    def houses_and_apps(self, document: Document) -> list[Fact]:
        """南粤日报 and 南粤日报社 named in one document: the paper partOf its house; 南粤日报客户端 and
        南粤日报社 (or, with no house named, 南粤日报, else the company the outlet's name and a publisher's
        word or legal form name: 南粤日报传媒有限公司): the app partOf the house, the outlet or its publisher."""
        named: dict[str, tuple[int, Mention]] = {}
        for number, mentions in enumerate(document.credited):
            for mention in mentions:
                if mention.type in ("Company", "Organization"):
                    named.setdefault(mention.text, (number, mention))
        facts = []
        for name, (number, unit) in named.items():
            outlet = next((name[:-len(word)] for word in self.app_words if name.endswith(word)), None)
            if outlet is None and not name.endswith(self.paper_ends):
                continue  # 新华 and 新华社: a short name, no paper of the house
            stem = outlet or name
            house = next((named[stem + word] for word in self.house_words if stem + word in named), None)
            parent = house or ((named.get(outlet) or self.publisher_of(outlet, named)) if outlet else None)
            if parent is not None:
                item, text, _ = document.items[number]
                facts.append(Fact(unit, "partOf", parent[1], self.shared.evidence_at(item, text, unit), 0.7))
        return facts

    def publisher_of(self, outlet: str, named: dict[str, tuple[int, Mention]]) -> tuple[int, Mention] | None:
        """The company named by ``outlet`` and a publisher's word or legal form (法治速览传媒有限公司)."""
        return next((found for name, found in named.items()
                     if name.startswith(outlet) and name != outlet and self.publishes(name)), None)

    def issuing_units(self, document: Document) -> list[Fact]:
        """The unit a newsletter's credit lines name as issuing it partOf the body its cover names:
        江岸电商协会 over the issue, 协会秘书处编印 under it -> 协会秘书处 partOf 江岸电商协会."""
        if not document.items or not document.credited:
            return []
        cover_title = document.items[0][0].title.strip()
        covers = {mention.text for mention in document.credited[0]
                  if mention.type in ("Company", "Organization") and mention.text == cover_title}
        if len(covers) != 1:
            return []
        body = next(mention for mention in document.credited[0] if mention.text in covers)
        facts, seen = [], set()
        for number, mentions in enumerate(document.credited):
            for unit in mentions:
                if unit.type not in ("Company", "Organization") or unit.text in seen or not self.unit_of(unit, body.text):
                    continue
                seen.add(unit.text)
                item, text, _ = document.items[number]
                facts.append(Fact(unit, "partOf", body, self.shared.evidence_at(item, text, unit), 0.7))
        return facts

    def unit_of(self, unit: Mention, body: str) -> bool:
        """Whether the name is a unit of the body: its name and more (江岸数据交易所会员服务中心), a unit's
        name the body's last word opens (协会秘书处), or a credit line's unit of a short name (商标部, Supplier
        Relations Committee)."""
        name = unit.text
        if name == body:
            return False
        if name.startswith(body):
            return True
        end = next((word for word in self.unit_ends if name.endswith(word)), None)
        if end is None:
            return False
        opening = name[:-len(end)]
        if not name.isascii() and any(name.startswith(body[-length:]) for length in range(2, len(body))):
            return True  # 协会秘书处 under 江岸电商协会, 交易所研究中心 under 澄湖数据交易所: the body's last word opens it
        if unit.mechanism != CREDIT:
            return False
        if name.isascii():
            return len(name.split()) <= 4  # Prepared by: Supplier Relations Committee, no body of its own
        return len(opening) <= 2
