"""The parse of an English sentence holding one of a family's cue words (kg.parser), shared by
the parse families that read enforcement and rule-making (kg.facts.enactment,
kg.facts.inquiry_parse, kg.facts.sanction_parse): a sentence without the cue costs no
parse.  Each such family is a LexiconParses: its lexicon, its cue kinds, and which
sentences it reads."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ..alternation import alternation
from ..model import Mention
from ..parser import parse
from .base import Sentence, SentenceFamily, Shared
from .dependency import ItemParses, names_by_token, parse_lexicon
from .english import english_sentence


class CuedParses:
    """The parse of an English sentence holding a word of ``cue`` (its item's such sentences parsed
    in one batch: dependency.ItemParses), with each token's name; None for any other sentence."""

    def __init__(self, shared: Shared, cue: re.Pattern, names: Callable[[list[Mention]], bool] = bool) -> None:
        self.cue = cue
        self.batch = ItemParses(shared, self.worth, names)  # names: the family's test of a sentence's names

    def worth(self, text: str) -> bool:
        """Whether a sentence's text is English and holds a cue word."""
        return english_sentence(text) and self.cue.search(text) is not None

    def __call__(self, sentence: Sentence) -> tuple[Doc, dict[int, Mention]] | None:
        snippet = sentence.text[sentence.start:sentence.end]
        if not self.worth(snippet):
            return None
        self.batch(sentence)
        doc = parse(snippet)
        return None if doc is None else (doc, names_by_token(doc, sentence))


class LexiconParses(SentenceFamily):
    """A parse family on a lexicon of its own (``LEXICON``, its ``KINDS``), reading the English
    sentences that hold a word of its ``CUES`` kinds and that it finds ``worth`` reading (two
    names or more, unless it says otherwise)."""

    LEXICON = ""
    KINDS: tuple[str, ...] = ()
    CUES: tuple[str, ...] = ()

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.words = parse_lexicon(shared.kb.data_dir / "lexicon" / self.LEXICON, self.KINDS)
        cues = frozenset().union(*(self.words[kind] for kind in self.CUES))
        self.parsed = CuedParses(shared, alternation(cues, re.IGNORECASE, latin_whole=True), self.batched)

    def batched(self, mentions: list[Mention]) -> bool:
        """Whether a sentence naming these is parsed with its item's others in one batch (any name)."""
        return bool(mentions)

    def worth(self, sentence: Sentence) -> bool:
        """Whether the family reads the sentence: two names or more."""
        return len(sentence.mentions) > 1

    def read(self, sentence: Sentence) -> tuple[Doc, dict[int, Mention]] | None:
        """The sentence's parse with each token's name, or None (not worth it, no cue word)."""
        return self.parsed(sentence) if self.worth(sentence) else None
