"""A body's head's office is a Regulator of its own, with the body as its parent (SCHEMA.md: an
official acting in office is a Regulator; the person beside it a separate Person):
国家数据局局长刘明 names the office 国家数据局局长, of 国家数据局; 行政院长 (the title
sharing the body's last character, 院 + 院长) of 行政院, 国科会主委 of 国科会.  The parent
places the office where the body is; it is no partOf (an office is no unit: kg.facts.base
Shared.holds_office).  The
titles are data/lexicon/context.tsv body_head, each written after the last character of
the body it heads (局局长: a …局 is headed by its 局长; 会主委: a …会 by its 主委).  A body
another family found followed by the title becomes the office; an office another family
found whole (数位发展部部长, by its suffix) gets its body as its parent.  Only where the
text also names the body on its own: 该法案要求商务部部长… alone says whose minister no more
than its context does (a US bill's 商务部部长 is no office of China's 商务部), so the office
stays whole, without a body.  A body after a word of a former or designated holder (准数发部长:
context.tsv office_not_held) makes no office.  Runs on the chosen mentions: kg.facts.ownership and kg.facts.kb
read ``Mention.parent``."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from ..model import GOVERNING_BODIES, Mention, overlaps_any
from .base import Family, Tokens, add_mentions, register, set_mentions
from .words import Words, body_heads

BODY_CHARS = 3  # the shortest body's name an office is read after (国科会, 行政院)


@register
class BodyHeads(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        # (the body's last character, its head's title), the longest title first
        self.titles = body_heads(words.context["body_head"])
        self.not_held = tuple(words.context["office_not_held"])  # 准数发部长: the designated minister acts in no office yet

    def __call__(self, doc: Doc) -> Doc:
        text, tokens = doc.user_data["text"], doc.user_data["tokens"]
        mentions = doc.user_data["mentions"]
        offices = [self.office(text, tokens, mention, mentions) for mention in mentions]
        set_mentions(doc, offices)
        made = [office for office, mention in zip(offices, mentions) if office is not mention and office.parent is not None]
        add_mentions(doc, self.bodies_alone(text, tokens, made, offices))
        return doc

    def bodies_alone(self, text: str, tokens: Tokens, made: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """科技创新部自3月起参与起草。科技创新部部长表示…: an unknown body the name of an office
        ``made`` here opens is named where the text writes it alone, though no family found it there."""
        found: list[Mention] = []
        for office in made:
            body = office.parent
            if body.kb_id is not None:
                continue
            for start in self.written_alone(text, tokens, body, office.end, mentions + found):
                found.append(replace(body, start=start, end=start + len(body.text), mechanism=self.family, confidence=0.7))
        return found

    def office(self, text: str, tokens: Tokens, mention: Mention, mentions: list[Mention]) -> Mention:
        """The office a state body's mention names with the title after it, or the office
        mention with its body as its parent; else the mention as it is."""
        if mention.type not in GOVERNING_BODIES or mention.parent is not None or text.endswith(self.not_held, 0, mention.start):
            return mention
        end = self.title_end(text, tokens, mention.start, mention.end)
        if end is not None and not overlaps_any(mention.end, end, mentions):
            body = replace(mention, aliases=(), canonical=None)
            parent = body if self.named_apart(text, tokens, body, end, mentions) else None
            return self.mention(text[mention.start:end], "Regulator", mention.start, end, 0.8, parent=parent)
        for cut in range(mention.start + BODY_CHARS, mention.end):  # the title in full before the shared one
            if self.title_end(text, tokens, mention.start, cut) == mention.end \
                    and (body := self.body(text, mention.start, cut)) is not None:
                return replace(mention, type="Regulator", parent=body) \
                    if self.named_apart(text, tokens, body, mention.end, mentions) else mention
        return mention

    def named_apart(self, text: str, tokens: Tokens, body: Mention, office_end: int, mentions: list[Mention]) -> bool:
        """Whether ``mentions`` name ``body`` somewhere other than inside the office that
        opens with it and ends at ``office_end``: by the same words or, known to the
        knowledge base, by another of its names; an unknown body, also where the text
        writes it alone (written_alone)."""
        return any(not (body.start <= other.start < office_end) and
                   (other.text == body.text or (body.kb_id is not None and other.kb_id == body.kb_id))
                   for other in mentions) or body.kb_id is None and bool(self.written_alone(text, tokens, body, office_end, mentions))

    def written_alone(self, text: str, tokens: Tokens, body: Mention, office_end: int, mentions: list[Mention]) -> list[int]:
        """Where the text writes ``body``'s name outside the office ending at ``office_end``
        and outside any other name, as whole words: not before its head's title (another
        office) nor running into a word (科技创新部门: 部门 is one), though jieba may have cut
        its last character with the next (部自 of 科技创新部自3月起: no word)."""
        places = []
        for found in re.finditer(re.escape(body.text), text):
            start, end = found.span()
            if body.start <= start < office_end or overlaps_any(start, end, mentions) \
                    or not self.word_ends(tokens, start) or self.title_end(text, tokens, start, end) is not None:
                continue
            if self.word_ends(tokens, end) or self.words.tags.get(text[end - 1:end + 1]) is None:
                places.append(start)
        return places

    def title_end(self, text: str, tokens: Tokens, start: int, end: int) -> int | None:
        """Where the title of the head of the body named text[start:end] ends, written
        right after it in full (国家数据局局长) or sharing its last character (行政院长: the
        title ending where a word does, or where jieba glued its last character to the name
        after it: 数位发展部长林思远, not 数据局长期: 长期 is a word)."""
        if end - start < BODY_CHARS:
            return None
        last = text[end - 1]
        for character, title in self.titles:
            if character != last:
                continue
            if text.startswith(title, end):
                return end + len(title)
            shared = end - 1 + len(title)
            if title[0] == last and text.startswith(title[1:], end) and (
                    self.word_ends(tokens, shared) or self.glued_after(tokens, shared)):
                return shared
        return None

    def glued_after(self, tokens: Tokens, position: int) -> bool:
        """Whether jieba ran the title's last character (before ``position``) into the name
        after it as a word its dictionary does not know (数位发展部长林思远: 长林), not into a
        word of its own (国家数据局长期: 长期)."""
        index = bisect_left(tokens.offsets, position - 1)
        return index < len(tokens.offsets) and tokens.offsets[index] == position - 1 \
            and len(tokens.words[index]) > 1 and self.words.tags.get(tokens.words[index]) is None

    @staticmethod
    def word_ends(tokens: Tokens, position: int) -> bool:
        """Whether a token of the text starts at ``position`` (or the text ends there)."""
        index = bisect_left(tokens.offsets, position)
        return index == len(tokens.offsets) or tokens.offsets[index] == position

    def body(self, text: str, start: int, end: int) -> Mention | None:
        """The body an office's name begins with: a state body known to the knowledge
        base, else one its suffix types (数位发展部); None for neither."""
        name = text[start:end]
        known = self.words.kb.lookup(name)
        if known is not None:
            return self.mention(name, known.type, start, end, 0.9, kb_id=known.id) if known.type in GOVERNING_BODIES else None
        suffix = self.words.suffix_of(name)
        if suffix is None or suffix[1] not in GOVERNING_BODIES:
            return None
        return self.mention(name, suffix[1], start, end, 0.8)
