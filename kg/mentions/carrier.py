"""An airline named by its country or city (埃及航空, 哥伦比亚航空公司, 中国南方航空, 荷兰皇家航空,
厦门航空): a place the knowledge base knows, at most one word of a carrier's own name between
(context.tsv carrier_word: 国际, 皇家, 南方…), and 航空 or 航空公司 (carrier_kind) is one
Company, not the place and a description; unless a field of aviation runs on after it (美国航空
安全, 中国民用航空: carrier_not, or no carrier word).  The knowledge base's airlines (达美航空)
are its own."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property

from ..model import Mention
from .base import Family, Tokens, register
from .words import Words


@register
class Carriers(Family):
    def __init__(self, words: Words) -> None:
        self.words, self.kb = words, words.kb

    @cached_property
    def carrier(self) -> Airlines | None:
        """The airline names of a text (Airlines), made at the first text naming 航空; None where the
        knowledge base has no Chinese place name."""
        context = self.words.context
        places = {name for name, _ in self.kb.jurisdiction_names if not name.isascii() and len(name) >= 2}
        return Airlines(places, context["carrier_word"], context["carrier_kind"], context["carrier_not"]) if places else None

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if "航空" not in text or self.carrier is None:
            return []
        starts = set(tokens.offsets)
        found = []
        for start, end in self.carrier.spans(text):
            name = text[start:end]
            if start not in starts or self.kb.lookup(name) is not None:
                continue  # 南非洲航空: the place starts inside a word; a known airline is the knowledge base's
            found.append(self.mention(name, "Company", start, end, 0.75))
        return found


class Airlines:
    """Where a text names an airline by its place: the spans ``re.finditer`` finds of
    ``(?P<place>P)(?:W)?(?:K)(?!N)`` with the places P (the knowledge base's ~4,800 Chinese
    place names), a carrier word W, a kind K (航空, 航空公司) and no field of aviation N after
    it, each an alternation of its words (kg.alternation: the longest first), found as re
    finds them (at the leftmost start, the longest place, with a carrier word before without,
    the longest kind, then on after the match) without compiling the places' alternation
    (0.12 CPU s at the first text naming 航空): a match ends in a kind, so only the starts a
    place's and a carrier word's length before a kind are tried, each place looked up by length."""

    def __init__(self, places: Iterable[str], words: Iterable[str], kinds: Iterable[str], not_after: Iterable[str]) -> None:
        self.places = frozenset(places)
        self.lengths = sorted({len(place) for place in self.places}, reverse=True)
        # (the longest first, as kg.alternation orders them; two of one length never both match at one place)
        self.words, self.kinds = sorted(words, key=len, reverse=True), sorted(kinds, key=len, reverse=True)
        self.not_after = tuple(not_after)
        self.reach = max(self.lengths, default=0) + max(map(len, self.words), default=0)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each airline's name, in order, none overlapping the one before."""
        if any(not kind for kind in self.kinds):
            tried = range(len(text))  # (an empty kind ends a match anywhere)
        else:
            tried = sorted({start for kind in self.kinds for at in _found(text, kind)
                            for start in range(max(0, at - self.reach), at)})
        after = 0
        for start in tried:
            if start >= after and (end := self.match(text, start)) is not None:
                yield start, end
                after = end

    def match(self, text: str, start: int) -> int | None:
        """Where the match starting at ``start`` ends (re's backtracking order), or None."""
        for length in self.lengths:
            if start + length > len(text) or text[start:start + length] not in self.places:
                continue
            place_end = start + length
            for kind_start in [place_end + len(word) for word in self.words if text.startswith(word, place_end)] + [place_end]:
                for kind in self.kinds:
                    if text.startswith(kind, kind_start) and not text.startswith(self.not_after, kind_start + len(kind)):
                        return kind_start + len(kind)
        return None


def _found(text: str, word: str) -> Iterator[int]:
    """Each place ``word`` starts in ``text`` (overlapping ones too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def carrier_name(name: str, words: Words) -> bool:
    """Whether a whole name is an airline's its place names (埃及航空, 中国南方航空): a side of a
    case name (瓦吉斯诉埃及航空案, kg.mentions.case) typed as the family types it in running text."""
    context = words.context
    kind = next((kind for kind in sorted(context["carrier_kind"], key=len, reverse=True) if name.endswith(kind)), None)
    if kind is None:
        return False
    place = name[:-len(kind)]
    own = next((word for word in context["carrier_word"] if place.endswith(word) and len(place) > len(word)), "")
    entry = words.kb.lookup(place[:len(place) - len(own)])
    return entry is not None and entry.type == "Jurisdiction"
