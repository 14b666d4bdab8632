"""A body's initials stand for it where the item writes them without ever declaring them:
"every student in the California State University system… The CSU listed A and B as
partners" (CSU: the university).  Only the initials of a chosen name of several
capitalised words (the small words of, and, the, for, on, in, & left out), three to six
capital letters, written as a whole word in the same item where no other name stands;
the new mention is a label of the full name (its ``canonical``).  Runs on the chosen
mentions, after kg.mentions.alias (a declared short form, California State University
(CSU), is alias's)."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Mention, overlaps_any
from .base import Family, add_mentions, register
from .words import Words

INITIALED_TYPES = frozenset({"Company", "Organization", "Regulator", "Legislature", "Court"})
SMALL_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "&", "to", "at"})
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|&")


def initials(name: str) -> str | None:
    """The capitals of a name's words, the small words left out; None where a word is
    neither small nor capitalised (a name of one word, or of a lower-case word, has none).

    >>> initials("California State University"), initials("Trades Union Congress"), initials("OpenAI")
    ('CSU', 'TUC', None)
    """
    words = [word for word in _WORD.findall(name) if word.lower() not in SMALL_WORDS]
    if len(words) < 3 or len(words) > 6 or not all(word[0].isupper() for word in words):
        return None
    return "".join(word[0] for word in words)


@register
class Initials(Family):
    def __init__(self, words: Words) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, self.initialed(doc.user_data["text"], doc.user_data["mentions"]))
        return doc

    @staticmethod
    def initialed(text: str, mentions: list[Mention]) -> list[Mention]:
        by_initials: dict[str, Mention] = {}
        for mention in mentions:
            short = initials(mention.canonical or mention.text) if mention.type in INITIALED_TYPES and mention.text.isascii() else None
            if short is not None and short not in mention.aliases:
                by_initials.setdefault(short, mention)
        if not by_initials:
            return []
        # an acronym two bodies of the item share stands for neither
        named = {short: first for short, first in by_initials.items()
                 if sum(1 for m in mentions if m.type in INITIALED_TYPES and initials(m.canonical or m.text) == short
                        and (m.canonical or m.text) != (first.canonical or first.text)) == 0}
        found: list[Mention] = []
        taken = list(mentions)
        for short, first in named.items():
            for at in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                if overlaps_any(at.start(), at.end(), taken):
                    continue
                mention = replace(first, text=short, start=at.start(), end=at.end(), canonical=first.canonical or first.text,
                                  mechanism="initials", confidence=min(first.confidence, 0.7), parent=None, aliases=())
                found.append(mention)
                taken.append(mention)
        return found
