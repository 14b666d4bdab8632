"""An office and the body it heads, told apart by the portfolio both name: the Minister for
Digital Development and Information and the Ministry of Digital Development and Information,
the Union Minister for Electronics and IT and the Ministry of Electronics and Information
Technology, the Technology Secretary and the Department for Science, Innovation and
Technology -> the office partOf the body.  An office's word heads only its own kind of body
(data/lexicon/english.tsv office_body: Minister=Ministry, Secretary=Department): the
annotations make no Home Affairs Minister a part of the Department of Home Affairs, whose
Secretary is.  Each word of the office's portfolio is one of the body's, or the initials of
some of them in a row (IT: Information Technology); office_modifier words (Union, Deputy)
and of, for, and, the name no portfolio.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..mentions.english import english_lexicon, pairs
from ..model import Fact, Mention
from .base import Document, DocumentFamily, Shared, key

_CONNECTIVES = frozenset({"of", "for", "and", "the", "&"})


class OfficePortfolios(DocumentFamily):
    """The Minister for Rural Affairs … the Ministry of Rural Affairs: the minister partOf the ministry."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = english_lexicon(shared.kb)
        self.body_of = pairs(words["office_body"])  # Minister -> Ministry
        self.modifiers = frozenset(words["office_modifier"])
        offices = alternatives(self.body_of)
        # (Union) Minister for Digital Development and Information / Technology Secretary
        modifiers = alternatives(self.modifiers)
        self.office = re.compile(rf"^(?:(?:{modifiers})\s+)*(?:(?P<office>{offices})\s+(?:of|for)\s+(?P<after>.+)"
                                 rf"|(?P<before>.+?)\s+(?P<held>{offices}))$")
        self.body = re.compile(rf"^(?P<kind>{alternatives(self.body_of.values())})\s+(?:of|for)\s+(?P<portfolio>.+)$")

    def facts(self, document: Document) -> list[Fact]:
        regulators = [(item, text, mention) for item, text, mentions in document.items
                      for mention in mentions if mention.type == "Regulator"]
        offices = [(item, text, mention, match) for item, text, mention in regulators
                   if (match := self.office.match(mention.text))]
        if not offices:
            return []  # most documents name no minister: their bodies' portfolios are never read
        # the ministry may be named in another item than its minister (a release's summary, its background)
        bodies = [(mention, self.portfolios(mention)) for _, _, mention in regulators]
        out: list[Fact] = []
        told: set[tuple[str, str]] = set()
        for item, text, mention, match in offices:
            kind = self.body_of[match.group("office") or match.group("held")]
            portfolio = self.words(match.group("after") or match.group("before"))
            if not portfolio:
                continue  # the Deputy Minister, the Union Minister: no portfolio named
            for body, named in bodies:
                pair = (key(mention), key(body))
                if pair[0] == pair[1] or pair in told:
                    continue
                if any(found_kind == kind and self.covers(portfolio, words) for found_kind, words in named):
                    told.add(pair)
                    out.append(Fact(mention, "partOf", body, self.shared.evidence_at(item, text, mention), 0.7))
        return out

    def portfolios(self, mention: Mention) -> list[tuple[str, list[str]]]:
        """Each (kind, portfolio words) a body's names give: its text, its canonical name, the
        knowledge base's English name (MeitY: the Ministry of Electronics and Information Technology)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        names = {mention.text, mention.canonical or "", entry.en if entry else ""}
        found = (self.body.match(name) for name in names if name)
        return [(match.group("kind"), self.words(match.group("portfolio"))) for match in found if match]

    def words(self, portfolio: str) -> list[str]:
        """A portfolio's own words: Union … Electronics and IT -> [electronics, it]."""
        return [word.lower() for word in re.findall(r"[\w&]+", portfolio)
                if word.lower() not in _CONNECTIVES and word not in self.modifiers]

    @staticmethod
    def covers(office: list[str], body: list[str]) -> bool:
        """Whether each word of the office's portfolio is the body's, or the initials of
        consecutive words of it (it: information technology)."""
        initials = {"".join(word[0] for word in body[start:end])
                    for start in range(len(body)) for end in range(start + 2, len(body) + 1)}
        return all(word in body or word in initials for word in office)
