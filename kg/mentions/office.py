"""An office named bare right before its holder is the office, a Regulator (SCHEMA.md: an
official acting in office is a Regulator; the person, when named, is a separate Person):
总统赖清德公布《条例》 names 总统 and 赖清德, 该法案由总检察长马克·德赖弗斯提出 names
总检察长 and 马克·德赖弗斯.  The offices are data/lexicon/context.tsv bare_office; the
office must begin the phrase (after a mark, the text's start or a function word such as
由: context.tsv office_lead), not follow a place or a qualifier (美国总统 is the knowledge
base's, 前任总统 holds it no more, 州长 leaves its state unnamed).  Runs on the chosen
mentions: the holder is a person another family found."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Mention, overlaps_any
from .base import Family, add_mentions, register
from .words import CJK, Words


@register
class OfficeHolders(Family):
    def __init__(self, words: Words) -> None:
        context = words.context
        self.offices = tuple(sorted(context["bare_office"], key=len, reverse=True))
        self.leads = tuple(context["office_lead"])

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, self.offices_held(doc.user_data["text"], doc.user_data["mentions"]))
        return doc

    def offices_held(self, text: str, mentions: list[Mention]) -> list[Mention]:
        found = []
        for person in mentions:
            if person.type != "Person":
                continue
            office = next((o for o in self.offices if text.endswith(o, 0, person.start)), None)
            if office is None:
                continue
            start = person.start - len(office)
            if overlaps_any(start, person.start, mentions) or not self.opens(text, start):
                continue
            found.append(self.mention(office, "Regulator", start, person.start, 0.6))
        return found

    def opens(self, text: str, start: int) -> bool:
        """Whether the office begins its phrase: nothing before it but a mark or a lead word."""
        before = text[:start]
        return not re.match(f"[{CJK}]", before[-1:]) or before.endswith(self.leads)
