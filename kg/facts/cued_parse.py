"""The parse of an English sentence holding one of a family's cue words (kg.parser), shared by
the parse families that read enforcement and rule-making (kg.facts.enactment,
kg.facts.inquiry_parse, kg.facts.sanction_parse): a sentence without the cue costs no parse."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ..model import Mention
from ..parser import parse
from .base import Sentence, Shared
from .dependency import ItemParses, names_by_token
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
