"""An inquiry told as a sentence's subject after the sentence telling its body open it (The FTC
launched an inquiry into AI chatbots. The orders went to A, B and C; The probe targets A and B;
Its requests were sent to seven firms: A, B and C): the body investigated each name the inquiry
reaches (Fact.rule ``english/inquiry``).  The body is the last Regulator the item named before,
in a sentence that tells an inquiry; words in data/lexicon/english_facts.tsv inquiry_noun,
inquiry_reach, inquiry_trace."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..alternation import alternatives
from ..model import Evidence, Fact, Mention

if TYPE_CHECKING:
    from .english import EnglishFacts

_SENTENCE_END = re.compile(r"[.!?\n]")
_LOOK_BACK = 800  # characters before the sentence searched for the body: its sentence and one or two more


class InquirySubjects:
    def __init__(self, english: EnglishFacts) -> None:
        words = english.words
        nouns = alternatives(words["inquiry_noun"], spaced=True)
        reach = alternatives(words["inquiry_reach"], spaced=True)
        self.english = english
        # (an adverb or a date with its comma may open it: On Thursday, the orders went to…)
        self.subject = english.composer.compile(
            rf"^\s*(?:[A-Z][\w ]{{0,30}},\s+)?(?:The|This|That|These|Those|Its|Their)\s+(?:[\w()-]+\s+){{0,3}}?"
            rf"(?:{nouns})\s+(?:{reach})\s+[^⟨⟩,;.:—–]*?\s*(?:[:—–]\s*)?(?P<list>{english.group})")
        self.trace = re.compile(rf"(?<![\w-])(?:{alternatives(words['inquiry_trace'])})(?![\w-])", re.IGNORECASE)

    def facts(self, text: str, start: int, end: int, mentions: list[Mention], named: list[Mention],
              evidence: Evidence) -> list[Fact]:
        """Each name the sentence's inquiry reaches, investigated by the body that opened it."""
        skeleton, slots = self.english.skeleton(text, start, end, tuple(mentions))
        match = self.subject.match(skeleton)
        if match is None:
            return []
        body = self.body(text, start, named)
        if body is None:
            return []
        tails_types = self.english.signatures["investigated"][1]
        return [Fact(body, "investigated", tail, evidence, round(min(body.confidence, tail.confidence) * 0.8, 3),
                     rule="english/inquiry")
                for tail in self.english.members(match.group("list"), slots)
                if tail.type in tails_types and tail.type != "Regulator"]

    def body(self, text: str, start: int, named: list[Mention]) -> Mention | None:
        """The last Regulator named before ``start`` (not further back than _LOOK_BACK) in a
        sentence that tells an inquiry."""
        for mention in reversed([m for m in named if start - _LOOK_BACK <= m.start and m.end <= start]):
            if mention.type != "Regulator":
                continue
            opening = max([found.end() for found in _SENTENCE_END.finditer(text, 0, mention.start)] or [0])
            closing = _SENTENCE_END.search(text, mention.end)
            if self.trace.search(text, opening, closing.start() if closing else len(text)):
                return mention
            return None  # the last body named told no inquiry: the subject is not its
        return None
