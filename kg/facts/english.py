"""English relation patterns (kg.english_facts, data/lexicon/english_cues.tsv) as a
family: a lawsuit filed by X against Y, Y was sued by X, X-backed Y, opened an inquiry
into…; in English sentences the plain cue words of the relations the patterns read are
left to them (a veto on the cue finder); a sentence without names may still refer to
names before it (The two companies signed a deal).
"""
from __future__ import annotations

from ..english_facts import EnglishFacts
from ..model import Fact
from .base import SIGNATURES, Document, DocumentFamily, Sentence, SentenceFamily, Shared


def patterns(shared: Shared) -> EnglishFacts:
    """The patterns, made once per Extractor and shared by its two English families."""
    if "english" not in shared.extensions:
        shared.extensions["english"] = english = EnglishFacts(shared.kb, SIGNATURES)
        shared.find_cues.vetoes.append(english.overrules)
    return shared.extensions["english"]


class EnglishSentences(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english = patterns(shared)

    def reads_without_names(self, text: str, start: int, end: int) -> bool:
        return self.english.refers(text, start, end)

    def facts(self, sentence: Sentence) -> list[Fact]:
        return self.english.facts(sentence.text, sentence.start, sentence.end, sentence.mentions, sentence.evidence,
                                  named=sentence.named)


class EnglishDocument(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english = patterns(shared)

    def facts(self, document: Document) -> list[Fact]:
        return self.english.document_facts(document.facts, document.items, self.shared.evidence_at)
