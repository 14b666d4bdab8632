"""The companies and bodies a Latin caption names: in Gauthier v. Goodyear Tire & Rubber Co. or
审理此案（Roe, Inc. v. Doe Labs, LLC）, a side ending in a company's legal form (Co., Inc.,
LLC: ``legal_form`` in data/lexicon/context.tsv) is a Company of its own, named by the
words before its legal form (Doe Labs, with Doe Labs, LLC as another name), and the item
writing that name elsewhere, in any case (DOE LABS, doe labs), names it there too; a side
ending in the English word for a body's kind (suffixes.tsv: Roe v Zorbian Gaming and
Lotteries Regulator) is that body.  A side without either (a surname: Parker v Forsyth) is
left alone: a person or a company, the caption does not tell; but inside Chinese text (案名：Corvana Analytics v. Helix
Corp.), a side of two or more capitalised words, no given name first, that the item writes again outside the caption
(Corvana Analytics持有四项专利) is the firm the item tells of: ``parties/written``.  Runs on the chosen mentions: the
Case keeps the caption, the party's mention lies inside it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..alternation import alternatives
from ..cases import LATIN_CASE_LINK
from ..model import Mention
from ..resolve import without_article
from .base import Family, Taken, add_mentions, register, written_at_any_case
from .case import typed_sides
from .english import english_lexicon, given_names
from .english.shared import crown_caption, crown_claimant_of
from .words import Words

_SIDES = re.compile(rf"\s+{LATIN_CASE_LINK}\s+")
_SIDE_TYPES = ("Company", "Organization", "Regulator", "Person")  # a known side named as a party (no state suing: Texas v. Meta)
_LATIN_CAPTION = re.compile(r"[A-Za-z0-9][\w.,&'’/ -]*")  # (Kumar s/o Raju: a patronymic's slash)


@register
class CaptionParties(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self.kb = words.kb
        # Inc. and its kind at a side's end, after a space or a comma (Doe Labs, LLC)
        forms = alternatives(form for form in words.kb.legal_forms if form.isascii())
        self.legal_form = re.compile(rf"(?P<bare>[A-Za-z0-9].*?),?\s+(?:{forms})$")
        # Regulator, Commission, University: the English words naming a body's kind (suffixes.tsv)
        # Media, Group, Entertainment: a firm's English word ending a side without a legal form (Roe v. Acme Entertainment)
        self.firm_words = frozenset(english_lexicon(words.kb)["company_word"])
        self.given_names = given_names(words.kb)
        # Ahmad bin Kassim and another, Kumar s/o Raju: a side whose capitalised words a patronymic's small word joins
        # names a person, before the others it leaves unnamed (english.tsv patronymic, english_facts.tsv caption_others)
        patronymic = alternatives(english_lexicon(words.kb)["patronymic"])
        others = alternatives(english_lexicon(words.kb, "english_facts.tsv")["caption_others"], spaced=True)
        word = r"[A-Z][\w'’-]*"
        self.patronymic = re.compile(rf"(?P<name>{word}(?:\s+{word})*\s+(?:{patronymic})\s+{word}(?:\s+{word})*)(?:,?\s+(?:{others}))?")
        # R (Ayinde) v London Borough of Haringey: a judicial review's first side, the Crown's with its claimant's
        self.crown = crown_caption(english_lexicon(words.kb))
        self.kinds = {suffix: type_ for suffix, type_, _ in words.kb.suffixes
                      if suffix.isascii() and type_ not in ("Company", "Jurisdiction", "AIModel")}

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc.user_data["mentions"]
        found = self.parties(doc.user_data["text"], mentions)
        # 星岚科技诉云图公司纠纷一案: the sides of a Chinese case name its suffix types (kg.mentions.case)
        sides = [side for case in mentions if case.type == "Case" for side in typed_sides(case, self.words)]
        if sides:
            named = [m for m in mentions + found if m.type != "Case"]
            taken = Taken((m.start, m.end) for m in named)  # (asked at each side: not a scan of every name)
            found += [side for side in sides if not taken.overlaps(side.start, side.end)]
        add_mentions(doc, found)
        return doc

    def parties(self, text: str, mentions: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        told: set[str] = set()  # the names found, in lower case (asked at each side: not a scan of every name)
        held: Taken | None = None  # the names and those found, built once (again() asks it at each match)
        for case in mentions:
            if case.type != "Case":
                continue
            sides = _SIDES.split(case.text)
            reviewing = len(sides) == 2 and crown_claimant_of(self.crown.fullmatch(sides[0])) is not None
            if len(sides) != 2 or not (reviewing or _LATIN_CAPTION.fullmatch(case.text)):
                continue
            offset = case.start
            for side in sides[1:] if reviewing else sides:
                at = case.text.index(side, offset - case.start) + case.start
                offset = at + len(side)
                party = self.party(side.rstrip(), at) or (self.reviewed(side.rstrip(), at) if reviewing else None)
                if party is None and case.mechanism == "case/caption":
                    party = self.written(text, side.rstrip(), at, case)
                if party is not None and party.text.lower() not in told:
                    found.append(party)
                    told.add(party.text.lower())
                    if held is None:
                        held = Taken((m.start, m.end) for m in mentions + found)
                    else:
                        held.add(party.start, party.end)
                    if party.kb_id is None:  # a known name's own family names it elsewhere
                        again = self.again(text, party, held)
                        found += again
                        told.update(m.text.lower() for m in again)
        return found

    def party(self, side: str, start: int) -> Mention | None:
        """The Company a side names by its legal form, or the body it names by its kind's
        word (Roe v Zorbian Gaming and Lotteries Regulator), unless the knowledge base knows
        it (its own family names it wherever else it stands)."""
        words = side.split()
        known = self.kb.lookup(side)
        if known is not None and known.type in _SIDE_TYPES:  # Starbuck v. Google: the caption's only mention of Google
            return self.mention(side, known.type, start, start + len(side), 0.75, "known", kb_id=known.id,
                                canonical=known.en)
        if len(words) > 1 and words[-1] in self.firm_words and known is None \
                and all(word[0].isupper() or word in ("of", "and", "the") for word in words):
            return self.mention(side, "Company", start, start + len(side), 0.7, "firm")
        if (named := self.patronymic.fullmatch(side)) is not None and known is None:  # Ahmad bin Kassim v X
            name = named.group("name")
            return self.mention(name, "Person", start, start + len(name), 0.7, "patronymic")
        kind = self.kinds.get(words[-1])
        if kind is not None and len(words) > 1 and known is None \
                and all(word[0].isupper() or word in ("of", "and", "for", "the") for word in words):
            return self.mention(side, kind, start, start + len(side), 0.7)
        match = self.legal_form.fullmatch(side)
        if match is None or " and " in side or known or self.kb.lookup(match.group("bare")):
            return None
        bare = match.group("bare")
        return self.mention(bare, "Company", start, start + len(bare), 0.7, aliases=(side,))

    def reviewed(self, side: str, start: int) -> Mention | None:
        """A judicial review's other side (R (Ayinde) v The London Borough of Haringey): the public
        body whose decision is reviewed, a Regulator, named without its article; its words capitalised
        but for a name's small ones (``parties/reviewed``)."""
        bare = without_article(side, self.kb.articles)
        words = bare.split()
        if not words or not all(word[0].isupper() or word in ("of", "and", "for", "the") for word in words):
            return None
        at = start + side.index(bare)
        return self.mention(bare, "Regulator", at, at + len(bare), 0.7, "reviewed")

    def written(self, text: str, side: str, start: int, case: Mention) -> Mention | None:
        """The Company a side of a Latin caption inside Chinese text names where the item writes the
        side again outside the caption (案名：Corvana Analytics v. Helix Corp., then Corvana Analytics持有
        四项专利): two or more capitalised words, the first no given name (Sarah Reed v. X: a person)."""
        words = side.split()
        if len(words) < 2 or not all(word[0].isupper() for word in words) or words[0] in self.given_names \
                or self.kb.lookup(side) is not None:
            return None
        elsewhere = (match.start() for match in re.finditer(rf"(?<![A-Za-z0-9.&'’-]){re.escape(side)}(?![A-Za-z0-9&-])", text))
        if not any(not case.start <= at < case.end for at in elsewhere):
            return None
        return self.mention(side, "Company", start, start + len(side), 0.65, "written")

    def again(self, text: str, party: Mention, held: Taken) -> list[Mention]:
        """The party's name elsewhere in the item, in any case, between no other Latin letters
        (原告zirKo称: Chinese characters around it are no part of it); ``held``: the spans names
        have taken, to which those found here are added."""
        found = []
        for start, end in _written_again(text, party.text):
            if not held.overlaps(start, end):
                found.append(self.mention(text[start:end], party.type, start, end, 0.6, "again",
                                          canonical=party.text if text[start:end] != party.text else None))
                held.add(start, end)
        return found


_BEFORE_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.&'’-")
_AFTER_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&-")


def _written_again(text: str, name: str) -> list[tuple[int, int]]:
    """The spans where ``text`` writes ``name`` in any case between no other Latin letters:
    ``(?<![A-Za-z0-9.&'’-])NAME(?![A-Za-z0-9&-])`` with ``re.IGNORECASE``, found without a
    pattern per name where written_at_any_case can (thousands of names, a compile each)."""
    def fits(start: int, end: int) -> bool:
        return not (start and text[start - 1] in _BEFORE_NAME or end < len(text) and text[end] in _AFTER_NAME)
    starts = written_at_any_case(text, name, fits) if name else None
    if starts is None:
        return [match.span() for match in re.finditer(
            rf"(?<![A-Za-z0-9.&'’-]){re.escape(name)}(?![A-Za-z0-9&-])", text, re.IGNORECASE)]
    return [(start, start + len(name)) for start in starts]
