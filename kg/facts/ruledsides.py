"""A court rules on every side of the suit it hears (SCHEMA.md adjudicated: each litigant, plaintiffs
and defendants alike): where a story (an item with the later parts it continues in, Item.continues)
reads a court's ruling on a party of its one suit (its plaintiffs all suing the same defendants), the
court adjudicated the suit's other named parties: its one defendant where it ruled on a plaintiff
(GEMA对OpenAI提起诉讼。慕尼黑地区法院支持了GEMA的诉讼请求: OpenAI too), and its plaintiffs where it
ruled on every defendant (原告A与B起诉C, the court ruling on A and C: B too; a prosecutor's charge
heard on appeal: the prosecutor too).  A suit against several defendants gets no defendant from a
ruling on a plaintiff (the authors' suits against five developers, each heard apart), and a story
telling several suits (against different defendants) none: which one the court heard is the suit
families' to say.  No words of its own: it reads the facts of the families before it.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Fact
from .base import SIGNATURES, Document, DocumentFamily, key
from .litigation import story_numbers

RULED_ON = SIGNATURES["adjudicated"][1]  # a suit's sides a court rules on


class RuledSides(DocumentFamily):
    def facts(self, document: Document) -> list[Fact]:
        sued = document.indexed(document.facts, "sued")
        ruled = document.indexed(document.facts, "adjudicated")
        stories: dict[int, list[str]] = defaultdict(list)  # each story's item titles (story_numbers: Item.continues)
        for (_, title), number in story_numbers([item for item, _, _ in document.items]).items():
            stories[number].append(title)
        out = []
        for titles in stories.values():
            suit = [f for title in titles for f in sued.get(title, ())]
            rulings = [f for title in titles for f in ruled.get(title, ())]
            if not suit or not rulings or not one_suit(suit):
                continue
            plaintiffs = {key(f.head): f.head for f in suit if f.head.type in RULED_ON}
            defendants = {key(f.tail): f.tail for f in suit if f.tail.type in RULED_ON}
            ruled_on: dict[str, dict[str, Fact]] = {}
            for fact in rulings:
                ruled_on.setdefault(key(fact.head), {}).setdefault(key(fact.tail), fact)
            for court, parties in ruled_on.items():
                if not parties.keys() & (plaintiffs.keys() | defendants.keys()):
                    continue  # a ruling on no side of the item's suit (its lawyer, another case's party)
                told = next(iter(parties.values()))
                sides = dict(defendants) if len(defendants) == 1 and parties.keys() & plaintiffs.keys() else {}
                if defendants and defendants.keys() <= parties.keys() | sides.keys():
                    sides.update(plaintiffs)  # (every defendant ruled on, the one just added too)
                out += [Fact(told.head, "adjudicated", side, told.evidence, 0.55, rule=self.rule)
                        for name, side in sides.items() if name not in parties and name != court]
        return out


def one_suit(suit: list[Fact]) -> bool:
    """Whether an item's sued facts tell one suit: each plaintiff's against the same defendants."""
    tails: dict[str, set[str]] = {}
    for fact in suit:
        tails.setdefault(key(fact.head), set()).add(key(fact.tail))
    return len({frozenset(t) for t in tails.values()}) == 1
