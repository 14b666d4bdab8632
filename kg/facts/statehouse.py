"""The state of a state's office named bare: a governor's office, or an attorney general's read
before its holder (kg.mentions.office; context.tsv state_office: Governor, Gov., 州长, 州長,
Attorney General) no name, knowledge base or signed law places sits in the one
state (a country's first-level part: the knowledge base's place right below a country) the
document names, or in the state it names most, at least twice and more often than any other:

    SACRAMENTO, Calif. — The law signed by Gov. Jane Roe takes effect. -> Gov. jurisdiction California
    伊利诺伊州采取了突破性举措……该法律由州长签署生效。 -> 州长 jurisdiction 伊利诺伊州

A place inside a state (Sacramento) counts for its state, a country for none, nor a part of a
country whose states the knowledge base knows no governor of (台湾, 香港); a document naming two
states as often as each other places no governor.

``StateBodies`` places a state's body named bare the same way (context.tsv state_body_bare: the
attorney general, the Legislature, 州议会), a name no family finds, made a mention only where the
document's state is found; never where the document names that body with its place (the Texas
Attorney General … the attorney general), nor after a place's end (加州议会):

    DENVER — The law asks companies to report to the attorney general. -> attorney general jurisdiction Colorado
"""
from __future__ import annotations

import re
from collections import Counter

from ..alternation import alternatives
from ..model import Fact, Mention, overlaps_any
from .base import Document, DocumentFamily, Shared, key


def most_named(document: Document, region_of) -> Mention | None:
    """The region (``region_of``: a known place's state, country…) a document is about: the one it
    names, else the one it names most (at least twice, more often than any other; its parts count
    for it); the first mention naming the region itself, None where none leads."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for _, _, mentions in document.items:
        for mention in mentions:
            if mention.type == "Jurisdiction" and (region := region_of(mention.kb_id)):
                counts[region] += 1
                if mention.kb_id == region:
                    first.setdefault(region, mention)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0] not in first:
        return None
    if len(ranked) > 1 and (ranked[0][1] < 2 or ranked[0][1] == ranked[1][1]):
        return None
    return first[ranked[0][0]]


def chinese_bare(shared: Shared, words) -> re.Pattern:
    """A bare body's Chinese word (检察长, 国会) where it opens a clause or follows a lead word
    (context.tsv state_body_lead: 由, 向…), never inside a longer run of ideographs."""
    leads = alternatives(shared.words["state_body_lead"])
    return re.compile(rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<={leads}))(?P<body>{alternatives(words)})")


class StateOffices(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.offices = frozenset(self.shared.words["state_office"])
        self.governed = self.governed_countries()

    def governed_countries(self) -> frozenset[str]:
        """The countries whose states have such an office, as the knowledge base knows it (the
        Governor of California: the United States); 台湾 and 香港, parts of China, are no
        governor's state."""
        countries = set()
        for entry in self.kb.entries.values():
            place = self.kb.entries.get(entry.jurisdiction or "")
            if entry.type == "Regulator" and place is not None and place.parent \
                    and any(office in name for name in entry.names for office in self.offices):
                countries.add(place.parent)
        return frozenset(countries)

    def state_of(self, place_id: str | None) -> str | None:
        """The first-level part of a country a known place is or lies in (us-sf -> us-ca), of a
        country whose states have governors (``governed_countries``); None for a country, an
        unknown place or a part of another country."""
        entry = self.kb.entries.get(place_id or "")
        while entry is not None and entry.parent:
            parent = self.kb.entries.get(entry.parent)
            if parent is None or not parent.parent:
                return entry.id if entry.parent in self.governed else None
            entry = parent
        return None

    def document_state(self, document: Document) -> Mention | None:
        """The state a document is about: the one it names, else the one it names most (at
        least twice, more often than any other); its first mention, naming the state itself."""
        return most_named(document, self.state_of)

    def facts(self, document: Document) -> list[Fact]:
        placed = {key(fact.head) for fact in document.facts if fact.relation == "jurisdiction"}
        offices = [(item, text, mention) for item, text, mentions in document.items for mention in mentions
                   if mention.type == "Regulator" and mention.text in self.offices and key(mention) not in placed]
        state = self.document_state(document) if offices else None
        out, done = [], set()
        for item, text, mention in offices if state is not None else ():
            if key(mention) not in done:
                done.add(key(mention))
                out.append(Fact(mention, "jurisdiction", state, self.shared.evidence_at(item, text, mention), 0.55,
                                rule="statehouse"))
        return out


class StateBodies(StateOffices):
    detail = "body"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        bodies = dict(word.split("=", 1) for word in self.shared.words["state_body_bare"])
        self.types = {word.lower(): kind for word, kind in bodies.items()}
        latin = [word for word in bodies if word.isascii()]
        self.patterns = (re.compile(rf"(?<![\w.-])[Tt]he (?P<body>{alternatives(latin)})(?![\w-])"),
                         chinese_bare(self.shared, (w for w in bodies if not w.isascii())))

    def bare(self, document: Document) -> list[tuple]:
        """Each bare state body in the document's items, (item, text, mention), where no name
        overlaps it, the document names no longer name ending in its words (the Texas Attorney
        General … the attorney general) and its sentence names no national body (the attorney
        general … within the Justice Department: the country's)."""
        names = [mention.text.lower() for _, _, mentions in document.items for mention in mentions]
        found = []
        for item, text, mentions in document.items:
            spans = self.shared.sentence_dates(text, item.date)[0]
            for pattern in self.patterns:
                for match in pattern.finditer(text):
                    body = match.group("body")
                    start, end = match.span("body")
                    if overlaps_any(start, end, mentions) or \
                            any(len(name) > len(body) and name.endswith(body.lower()) for name in names):
                        continue
                    sentence = next(((a, b) for a, b in spans if a <= start < b), (start, end))
                    if any(self.national(m) for m in mentions if sentence[0] <= m.start < sentence[1]):
                        continue
                    found.append((item, text, Mention(body, self.types[body.lower()], start, end,
                                                      mechanism="statehouse", confidence=0.6)))
        return found

    def national(self, mention: Mention) -> bool:
        """Whether the knowledge base knows the mention as a country's own body (美国司法部, 美国国会)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        place = self.kb.entries.get(entry.jurisdiction or "") if entry is not None else None
        return entry is not None and entry.type in ("Regulator", "Legislature", "Court") and \
            place is not None and not place.parent

    def signed_state(self, document: Document) -> Mention | None:
        """The one state the document's state offices are placed in by the facts so far (the
        Governor who signed New York's act: New York), where the document names no state most."""
        tails = {fact.tail.kb_id: fact.tail for fact in document.facts if fact.relation == "jurisdiction"
                 and fact.head.text in self.offices and fact.tail.kb_id
                 and self.state_of(fact.tail.kb_id) == fact.tail.kb_id}
        return next(iter(tails.values())) if len(tails) == 1 else None

    def place(self, document: Document) -> Mention | None:
        """Where the document's bare bodies are: the state it is about, else the one its offices were placed in."""
        return self.document_state(document) or self.signed_state(document)

    def fits(self, mention: Mention, place: Mention) -> bool:
        """Whether the bare body ``mention`` can be ``place``'s (every state has its attorney general)."""
        return True

    def facts(self, document: Document) -> list[Fact]:
        bodies = self.bare(document)
        place = self.place(document) if bodies else None
        out, done = [], set()
        for item, text, mention in bodies if place is not None else ():
            if mention.text.lower() not in done and self.fits(mention, place):
                done.add(mention.text.lower())
                out.append(Fact(mention, "jurisdiction", place, self.shared.evidence_at(item, text, mention), 0.55))
        return out


class NationalBodies(StateBodies):
    """A country's legislature named bare (context.tsv national_body_bare: 国会, 國會), the Chinese
    sibling of Parliament named alone in English (kg.mentions.english Legislatures): the
    legislature of the one country the document names most (at least twice, more often than any
    other), where the knowledge base knows that country's legislature by the word (越南国会,
    新加坡国会: not China's or Taiwan's, whose legislatures go by other words).  Made a mention
    only where that country is found; never where a name overlaps it or the document names a
    longer name ending in it (新加坡国会 … 国会), nor after a place's end (越南国会 is the
    knowledge base's), nor after a word that is no lead (只有国会: context.tsv state_body_lead):

        新加坡政府昨日在国会提出修正法案。…新加坡选民… -> 国会 jurisdiction 新加坡
    """
    detail = "national"

    def __init__(self, shared: Shared) -> None:
        DocumentFamily.__init__(self, shared)
        bodies = dict(word.split("=", 1) for word in self.shared.words["national_body_bare"])
        self.types = {word.lower(): kind for word, kind in bodies.items()}
        self.patterns = (chinese_bare(self.shared, bodies),)  # Parliament alone is kg.mentions.english Legislatures'
        self.called = self.countries_calling(bodies)

    def countries_calling(self, bodies: dict[str, str]) -> dict[str, frozenset[str]]:
        """Per bare word, the countries whose legislature the knowledge base names with it (越南国会:
        Vietnam's is 国会)."""
        called: dict[str, set[str]] = {word: set() for word in bodies}
        for entry in self.kb.entries.values():
            place = self.kb.entries.get(entry.jurisdiction or "")
            if entry.type != "Legislature" or place is None or place.parent:
                continue
            for word in bodies:
                if any(name.endswith(word) for name in entry.names):
                    called[word].add(place.id)
        return {word: frozenset(ids) for word, ids in called.items()}

    def place(self, document: Document) -> Mention | None:
        """The country a document is about: the one it names, else the one it names most (at
        least twice, more often than any other; its parts count for it); its first mention,
        naming the country itself."""
        return most_named(document, self.kb.country_of)

    def fits(self, mention: Mention, place: Mention) -> bool:
        """Whether the knowledge base knows ``place``'s legislature by the bare word (not China's 国会)."""
        return place.kb_id in self.called.get(mention.text, ())

    def national(self, mention: Mention) -> bool:
        """A national body beside it (新加坡政府在国会提出) is no other reading of a country's own
        legislature, as it is of a state's attorney general."""
        return False
