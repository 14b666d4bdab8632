"""A body named by its kind word alone: The Commission has issued guidelines…, The AG alleges…,
the DPA said… (data/lexicon/english.tsv bare_body).  Where an item writes such a word after
"the" and holds no fuller name of a body that the word may stand for (the European Commission,
a Texas Attorney General: the words after the = in bare_body), the word names a body the item
never names in full: a Regulator named by the word (or the type bare_body_kind gives it: the Court
of Appeal, a Court; the House, a Legislature), at each place the item writes it as a whole word in
its case (fined by DPA last week), its possessive too (the Copyright Office's report).  Runs on the
chosen mentions, after the aliases: a bare word a fuller name declares or ends is that name's, and
stays so."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..alternation import alternatives
from ..model import overlaps_any
from .base import Family, add_mentions, register
from .english import english_lexicon, pairs
from .words import Words


_TITLED_AFTER = re.compile(r"[ \t]+[A-Z]")  # Commission Issues…, AG Paxton
_TITLED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # Texas AG, Dutch DPA
_THE_BEFORE = re.compile(r"(?:^|[^\w])(?:The|the)[ \t]+$")
_REACH = 80  # the characters before a word read for the word before it


@register
class BareBodies(Family):
    def __init__(self, words: Words) -> None:
        lexicon = english_lexicon(words.kb)
        self.fuller = {word: tuple(full.split(",")) for word, full in pairs(lexicon["bare_body"]).items()}
        self.kinds = pairs(lexicon["bare_body_kind"])  # Court of Appeal: a Court; House: a Legislature; the rest Regulators
        self.after_the = re.compile(rf"(?<![\w&'’-])[Tt]he[ \t]+(?P<word>{alternatives(self.fuller)})(?![\w&-])")

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, self.bodies(doc.user_data["text"], doc.user_data["mentions"]))
        return doc

    def bodies(self, text: str, mentions: list) -> list:
        found = []
        for word in dict.fromkeys(m.group("word") for m in self.after_the.finditer(text)):
            names = [name for m in mentions for name in (m.text, *m.aliases, m.canonical or "")]
            if any(full in name and name != word for full in self.fuller[word] for name in names) or \
                    any(m.text == word for m in mentions):
                continue  # the European Commission… the Commission: the fuller name's (kg.mentions.alias)
            for place in re.finditer(rf"(?<![\w&'’.-]){re.escape(word)}(?![\w&-])", text):
                start, end = place.span()
                if not overlaps_any(start, end, mentions) and not self.titled(text, start, end):
                    found.append(self.mention(word, self.kinds.get(word, "Regulator"), start, end, 0.6))
        return found

    @staticmethod
    def titled(text: str, start: int, end: int) -> bool:
        """Whether the word runs on into a capitalised name (Commission Issues Guidelines, AG Paxton, DPA Chairman):
        a heading's words or another name's part, not the body alone (the words before it read in a window
        of their own: no copy of the text's rest at each place)."""
        before = text[max(0, start - _REACH):start]
        return _TITLED_AFTER.match(text, end) is not None or _TITLED_BEFORE.search(before) is not None \
            and not _THE_BEFORE.search(before)
