"""The writer's own country named by the first person (我国, 我國: context.tsv own_country), as
Chinese news and judgments write it (我国民法典规定, 我國經濟部智慧財產局): a Jurisdiction, as the real
annotations read it (29 of the 30 development documents writing it).  Where the document also
names the writer's country, it is another name of it (``carry``: 中国; 台湾 where the document's
known names are more Taiwan's than the mainland's, a Traditional text being read in Simplified),
as the seeds' annotations read it; else a name of its own, so that no relation the knowledge
base knows of the country is stated for a document that never names it.  Only a word of its
own: 我 ending a word (自我国际化) or 国 opening the next (我国家) is no such name.

The writer's own city or region named as "this" one (本港, 本澳: context.tsv own_region), as Hong
Kong and Macau papers write it (本港法例, 本澳居民), is that place whether or not the
document names it: no other place's writers name theirs so (devA: three documents of three
sites, the gold giving 本澳 as Macau's only name twice, 本港 beside 香港 once)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register, set_mentions
from .words import Words


@register
class OwnCountry(Family):
    def __init__(self, words: Words) -> None:
        self.kb = words.kb
        self.places = dict(form.split("=", 1) for form in words.context["own_country"])  # 我国 -> cn
        self.regions = dict(form.split("=", 1) for form in words.context["own_region"])  # 本澳 -> mo
        forms = [*self.places, *self.regions]
        self.own = re.compile(alternatives(forms)) if forms else None

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if self.own is None:
            return []
        starts, ends = set(tokens.offsets), {o + len(w) for o, w in zip(tokens.offsets, tokens.words)}
        return [self.own_place(match) for match in self.own.finditer(text)
                if match.start() in starts and match.end() in ends]

    def own_place(self, match: re.Match) -> Mention:
        """我国: a name of its own until ``carry`` tells the country; 本澳: Macau at once."""
        region = self.regions.get(match.group())
        if region is None:
            return self.mention(match.group(), "Jurisdiction", match.start(), match.end(), 0.8)
        return self.mention(match.group(), "Jurisdiction", match.start(), match.end(), 0.8, "region", kb_id=region)

    def carry(self, parts: list) -> None:
        """One document's items in order (their names chosen): the own country is the writer's
        country where the document names that country too."""
        mentions = [m for _, doc in parts for m in doc.user_data["mentions"]]
        own = [m for m in mentions if m.mechanism == self.family]
        if not own:
            return
        named = {m.kb_id for m in mentions if m.kb_id}
        place = self.writers_place(mentions) or self.places.get(own[0].text)
        if place not in named:
            return
        for _, doc in parts:
            found = doc.user_data["mentions"]
            if any(m.mechanism == self.family for m in found):
                set_mentions(doc, [replace(m, kb_id=place) if m.mechanism == self.family else m for m in found])

    def writers_place(self, mentions: list[Mention]) -> str | None:
        """Taiwan, where the document's known names are more Taiwan's than the mainland's (立法院,
        新北, 經濟部智慧財產局)."""
        return writers_country(self.kb, (mention.kb_id for mention in mentions))


def writers_country(kb, entry_ids: Iterable[str | None]) -> str | None:
    """tw where more of the known entries ``entry_ids`` name (a place, or a body or law by its place)
    lie in Taiwan than elsewhere in China, each counted as often as it is given; None otherwise.
    kg.facts.kb reads it too (我国 placed in a document whose known names are the mainland's)."""
    counts = {"tw": 0, "cn": 0}
    for entry_id in entry_ids:
        entry = kb.entries.get(entry_id or "")
        if entry is not None:
            place = entry.id if entry.type == "Jurisdiction" else entry.jurisdiction
            country = next((found for found in kb.lineage(place) if found in counts), None)  # the nearer of the two
            if country is not None:
                counts[country] += 1
    return "tw" if counts["tw"] > counts["cn"] else None
