"""An English sentence telling a party's settlement with an agency, in whatever words it
tells it, where the sentence names the one agency and the one party (Fact.rule
``agencysettled``):

    Acme, which sold a chatbot lawyer, finalized its settlement with the FTC in 2024.
    The FTC announced that Acme Inc., a photo app maker, agreed to settle allegations of …
    The state's Attorney General took action against Acme Inc., resolving claims that …
    The SEC announced settled charges against an adviser, Acme Capital.
    Without admitting or denying the SEC's findings, Acme consented to a cease-and-desist order.

-> the agency settled the party (an agency's case ends in its order or its settlement:
bench/real/README.md, agency actions).  The cue families read a settlement by its verb and
the place of its two sides (settled with X); an agency's settlement is told in many more
ways (its settlement, settled charges, resolving claims, consented to an order), and the
one agency with the one company or organisation a sentence names is the pair that settles.
A second party (a person, an outlet, another company) leaves the sentence to the cue
families, and so does an agency's unit written after its agency's possessive (the FTC's
Bureau of Consumer Protection: the FTC settles).  A settlement wanted, sought, talked of or
refused before the cue in its clause, or negated, makes none (context.tsv
agency_settling_hedge, negation).  Words from data/lexicon/context.tsv: agency_settling,
agency_settling_hedge, negation, consenting, order_word; window agencysettled.REACH.  English
sentences only: a Chinese one (两家公司与SEC达成和解) is litigation.AgencyOrders's.
"""
from __future__ import annotations

from ..model import Fact, Mention
from ..punctuation import POSSESSIVE
from ..sentences import CLAUSE_MARK
from .base import Sentence, SentenceFamily, Shared, key
from .english import english_sentence
from .grammar import latin_words, window

SETTLING_PARTIES = ("Company", "Organization")  # a person beside an agency is most often its officer


class AgencySettled(SentenceFamily):
    REACH = window("agencysettled.REACH")  # characters from a consent to its order (consented to a cease-and-desist order)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.settling, self.hedge, self.negation, self.consenting, self.orders = latin_words(
            words, "agency_settling", "agency_settling_hedge", "negation", "consenting", "order_word")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end = sentence.text, sentence.start, sentence.end
        if not english_sentence(text[start:end]):
            return []
        cue = self.cue(text, start, end)
        if cue is None or self.hedged(text, start, cue):
            return []
        agencies = self.agencies(text, sentence.mentions)
        parties = {key(m): m for m in sentence.mentions if m.type in SETTLING_PARTIES}
        if len(agencies) != 1 or len(parties) != 1 \
                or any(m.type == "Person" for m in sentence.mentions):
            return []
        (agency,), (party,) = agencies.values(), parties.values()
        return [Fact(agency, "settled", party, sentence.evidence, 0.55)]

    def cue(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Where the settlement is told: a settling word (settled, its settlement, resolving
        claims), or an order after a consent in its clause (consented to a cease-and-desist order)."""
        found = self.settling.search(text, start, end)
        if found is not None:
            return found.span()
        for consent in self.consenting.finditer(text, start, end):
            clause = next((mark.start() for mark in CLAUSE_MARK.finditer(text, consent.end(), end)), end)
            order = self.orders.search(text, consent.end(), min(clause, consent.end() + self.REACH))
            if order is not None:
                return consent.start(), order.end()
        return None

    def hedged(self, text: str, start: int, cue: tuple[int, int]) -> bool:
        """Whether the clause before the cue wants, seeks, talks of or refuses the settlement,
        or negates it (want a settlement; is in talks over a settlement; has not settled)."""
        opening = max((mark.end() for mark in CLAUSE_MARK.finditer(text, start, cue[0])), default=start)
        return bool(self.hedge.search(text, opening, cue[0]) or self.negation.search(text, opening, cue[0]))

    @staticmethod
    def agencies(text: str, mentions: list[Mention]) -> dict[str, Mention]:
        """The sentence's agencies by key, but a unit written after another's possessive."""
        regulators = sorted((m for m in mentions if m.type == "Regulator"), key=lambda m: m.start)
        units = {id(m) for other, m in zip(regulators, regulators[1:])
                 if other.end <= m.start and POSSESSIVE.fullmatch(text[other.end:m.start].lstrip())}
        return {key(m): m for m in regulators if id(m) not in units}
