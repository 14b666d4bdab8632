"""An office named bare right before its holder is the office, a Regulator (SCHEMA.md: an
official acting in office is a Regulator; the person, when named, is a separate Person):
总统赖清德公布《条例》 names 总统 and 赖清德, 该法案由总检察长马克·德赖弗斯提出 names
总检察长 and 马克·德赖弗斯.  The offices are data/lexicon/context.tsv bare_office; the
office must begin the phrase (after a mark, the text's start or a function word such as
由: context.tsv office_lead), not follow a place or a qualifier (美国总统 is the knowledge
base's, 前任总统 holds it no more).  In English the office is capitalised and a space
stands before its holder (Governor Jane Roe signed the bill, Gov. Roe, President Roe:
context.tsv bare_office_latin), not after a capitalised word (California Governor Roe is
another family's) nor a word that makes it another office or none (Vice President, former
Governor: bare_office_latin_not).  Runs on the chosen mentions: the holder is a person
another family found."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..alternation import alternatives
from ..model import Mention, overlaps_any
from ..sentences import Sentences
from .base import Family, add_mentions, register
from .words import CJK, Words

_WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)[ \t]*$")  # the word right before an office


@register
class OfficeHolders(Family):
    def __init__(self, words: Words) -> None:
        context = words.context
        self.offices = tuple(sorted(context["bare_office"], key=len, reverse=True))
        self.leads = tuple(context["office_lead"])
        # Governor Jane Roe: the office, a space, then its holder; what stands before it is read by latin_opens
        self.latin = re.compile(rf"(?<![\w.-])(?:{alternatives(context['bare_office_latin'])})[ \t]$")
        self.latin_not = frozenset(context["bare_office_latin_not"])
        self.sentence_words = frozenset(words.kb.sentence_words.get("sentence_start", ()))  # The, When, Under
        self.sentences = Sentences(words.kb.sentence_words)  # …the Senate. Governor Roe: the word before ends a sentence

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, self.offices_held(doc.user_data["text"], doc.user_data["mentions"]))
        return doc

    def offices_held(self, text: str, mentions: list[Mention]) -> list[Mention]:
        found = []
        for person in mentions:
            if person.type != "Person":
                continue
            office = next((o for o in self.offices if text.endswith(o, 0, person.start)), None)
            start = person.start - len(office or "")
            if office is None:
                latin = self.latin.search(text, max(0, person.start - 20), person.start)
                if latin is None or not self.latin_opens(text, latin.start()):
                    continue
                office, start = latin.group().rstrip(), latin.start()
            elif not self.opens(text, start):
                continue
            if overlaps_any(start, start + len(office), mentions):
                continue
            found.append(self.mention(office, "Regulator", start, start + len(office), 0.6))
        return found

    def latin_opens(self, text: str, start: int) -> bool:
        """Whether an English office begins its phrase: the word before it neither capitalised
        (California Governor, U.S. President) nor one of bare_office_latin_not (Vice, former);
        a word that opens sentences (The, When, Under: sentences.tsv sentence_start) is no place, nor
        one ending the sentence before (…passed the Senate. Governor Roe: kg.sentences)."""
        before = text[max(0, start - 40):start]
        word = _WORD_BEFORE.search(before)
        if word is None:
            return True
        if word.group(1) in self.latin_not or word.group(1).split("-")[-1] in self.latin_not:
            return False
        period = max(0, start - 40) + word.end(1) - 1
        if text[period] == "." and self.sentences.ends_sentence(text, period, period + 1):
            return True
        return not word.group(1)[:1].isupper() or word.group(1) in self.sentence_words

    def opens(self, text: str, start: int) -> bool:
        """Whether the office begins its phrase: nothing before it but a mark or a lead word."""
        before = text[:start]
        return not re.match(f"[{CJK}]", before[-1:]) or before.endswith(self.leads)
