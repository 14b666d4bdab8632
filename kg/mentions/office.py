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
Governor: bare_office_latin_not).  A minister named by the ministry's field right before the
holder is one too (经济部长郭智辉, 科学与技术部部长阮孟雄: context.tsv minister_title), the ministry
read alone inside it giving way; not a former or designated one (前, 准: office_not_held).  So is an
office named by a place or a state body, a remit and a title right before the holder (德国数据保护专员安娜·罗森,
通讯部副部长林秀英, 金管会综合规划处长周文德: context.tsv remit_office).  Runs on
the chosen mentions: the holder is a person another family found."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from ..alternation import alternatives
from ..model import GOVERNING_BODIES, Mention, overlaps_any
from ..sentences import Sentences
from .base import Family, Tokens, add_mentions, register, set_mentions
from .words import CJK, Words

CJK_RUN = re.compile(f"[{CJK}]+")
REMIT_CHARS = 8  # the longest remit between a place or a body and its office's title (综合规划, 数据保护, 网路安全)
# the word right before an office, on its line (a dateline's place on the line above opens no phrase: Place：CONCORD)
_WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)[ \t]*\Z")


@register
class OfficeHolders(Family):
    def __init__(self, words: Words) -> None:
        context = words.context
        self.offices = tuple(sorted(context["bare_office"], key=len, reverse=True))
        self.leads = tuple(context["office_lead"])
        # Governor Jane Roe: the office, a space, then its holder; what stands before it is read by latin_opens
        self.latin = re.compile(rf"(?<![\w.-])(?:{alternatives(context['bare_office_latin'])})[ \t]$")
        self.latin_not = frozenset(context["bare_office_latin_not"])
        # Gov. -> Governor: a short form's node is labelled by the full name too (one office, as the annotations have it)
        self.latin_full = dict(pair.split("=", 1) for pair in context["bare_office_latin_short"])
        self.lawful = frozenset(context["bare_office_latin_lawful"])  # President: only beside a law or an order
        self.acts = re.compile(rf"\b(?:{alternatives(context['bare_office_latin_act'])})\b")  # executive order, signed
        self.sentence_words = frozenset(words.kb.sentence_words.get("sentence_start", ()))  # The, When, Under
        self.sentences = Sentences(words.kb.sentence_words)  # …the Senate. Governor Roe: the word before ends a sentence
        self.ministers = tuple(context["minister_title"])  # 部长: a ministry's head, the ministry named by its field
        self.no_field = frozenset(context["minister_field_not"])  # 时任部长: no ministry's field
        self.field_joins = tuple(context["minister_field_join"])  # 科学与技术部部长: a longer name's end
        self.not_held = tuple(context["office_not_held"])  # 前, 准: a former or designated holder acts in no office
        self.remit_titles = tuple(sorted(context["remit_office"], key=len, reverse=True))  # 专员, 特使, 副部长
        self.remit_not = tuple(context["remit_office_not"])  # 反对党副主席: a party's officer, no state's
        self.words = words  # its tags read when first asked for (Words.tags)

    def __call__(self, doc: Doc) -> Doc:
        text, mentions = doc.user_data["text"], doc.user_data["mentions"]
        found = self.offices_held(text, mentions)
        offices = self.ministries_held(text, doc.user_data["tokens"], mentions + found)
        offices += [office for office in self.remit_offices(text, mentions + found) if not overlaps_any(office.start, office.end, offices)]
        if offices:  # the ministry read alone inside its minister's office (法务部 of 法务部长) gives way to the office
            mentions = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in offices)]
            set_mentions(doc, sorted(mentions + found + offices, key=lambda m: m.start))
        else:
            add_mentions(doc, found)
        return doc

    def ministries_held(self, text: str, tokens: Tokens, mentions: list[Mention]) -> list[Mention]:
        """经济部长郭智辉表示, 我国法务部长郑铭谦: a minister's office named by its ministry's
        field (one word jieba tags a noun) and the title (context.tsv minister_title) right before
        its holder, a Person another family found; not a former or designated one's (前, 准:
        office_not_held), nor a word that is no field (时任部长: minister_field_not); fields joined
        (科学与技术部部长: minister_field_join) are read whole."""
        found = []
        for person in mentions:
            title = next((t for t in self.ministers if person.type == "Person" and text.endswith(t, 0, person.start)), None)
            if title is None:
                continue
            end = person.start - len(title)  # where the field ends
            index = bisect_right(tokens.offsets, end - 1) - 1
            if index < 0:
                continue
            start = tokens.offsets[index]
            field = text[start:end]
            if len(field) < 2 or field in self.no_field or not self.field_word(tokens, index, field):
                continue
            start = self.joined_fields(text, tokens, start)  # 科学与技术部长: fields joined name one ministry
            if text.endswith(self.not_held, 0, start) \
                    or any(m.start < person.start and start < m.end and not self.own_ministry(m, start, end) for m in mentions):
                continue
            found.append(self.mention(text[start:person.start], "Regulator", start, person.start, 0.6))
        return found

    def remit_offices(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """德国数据保护专员安娜·罗森, 荷兰数据保护局主席 Jan de Vries, 通讯部副部长林秀英, 金管会综合规划处长周文德:
        an office named by a place or a state body another family found, a remit of a few Chinese
        words (REMIT_CHARS at most; after a place, two at least: 德国特使 is the place's office
        kg.mentions.official may read) and a title (context.tsv remit_office), right before its
        holder, a Person (a place's or a state body's: a legislature's committee chair is left to the
        committee, 参议院商务委员会主席); not a former or designated one's (前, 准: office_not_held, before the body
        or opening the remit), nor one whose remit makes it no state's (反对党: remit_office_not).
        The place or body read alone inside it gives way to the office."""
        found = []
        for person in mentions:
            if person.type != "Person":
                continue
            before = text[:person.start].rstrip(" \t")  # 主席 Jan de Vries: a space before a Latin holder
            title = next((t for t in self.remit_titles if before.endswith(t)), None)
            if title is None:
                continue
            at = len(before) - len(title)  # where the title starts
            anchor = max((m for m in mentions if m.end <= at and m.type in ("Jurisdiction", "Regulator")),
                         key=lambda m: m.end, default=None)
            if anchor is None or at - anchor.end > REMIT_CHARS:
                continue
            remit = text[anchor.end:at]
            if remit and not CJK_RUN.fullmatch(remit) or anchor.type == "Jurisdiction" and len(remit) < 2 \
                    or remit.startswith(self.not_held) or text.endswith(self.not_held, 0, anchor.start) \
                    or any(word in remit for word in self.remit_not) \
                    or any(m is not anchor and m.start < at and anchor.end < m.end for m in mentions):
                continue
            # the body, where the text names it elsewhere too, is the office's parent (as kg.mentions.heads has it)
            body = anchor if anchor.type == "Regulator" and any(
                m is not anchor and (m.text == anchor.text or anchor.kb_id is not None and m.kb_id == anchor.kb_id)
                for m in mentions) else None
            found.append(self.mention(text[anchor.start:at + len(title)], "Regulator", anchor.start, at + len(title), 0.6, "remit",
                                      parent=body))
        return found

    def field_word(self, tokens: Tokens, index: int, field: str) -> bool:
        """Whether ``field`` (the start of token ``index``) is a ministry's field: Chinese, a word
        jieba tags a noun (or a verbal noun, an abbreviation), no name of another kind."""
        tags = self.words.tags
        tag = tags.get(tokens.words[index]) or tags.get(field) or ""
        return bool(CJK_RUN.fullmatch(field)) and not tokens.kinds[index] and tag[:1] in ("n", "v", "j")

    def joined_fields(self, text: str, tokens: Tokens, start: int) -> int:
        """Where a ministry's fields begin, given its last field's start: back over each field
        joined by a word of minister_field_join (科学与技术: 科学); a join after a word that is no
        field joins no field (他与经济部长: 与 is the preposition)."""
        while (join := next((j for j in self.field_joins if text.endswith(j, 0, start)), None)) is not None:
            index = bisect_right(tokens.offsets, start - len(join) - 1) - 1
            if index < 0 or tokens.offsets[index] + len(tokens.words[index]) != start - len(join):
                return start
            field = tokens.words[index]
            if len(field) < 2 or field in self.no_field or not self.field_word(tokens, index, field):
                return start
            start = tokens.offsets[index]
        return start

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
                if office in self.lawful and not self.beside_law(text, start, mentions):
                    continue  # a deepfake of President Roe's voice: the person talked of, no office acting
            elif not self.opens(text, start):
                continue
            if overlaps_any(start, start + len(office), mentions):
                continue
            full = self.latin_full.get(office)
            found.append(self.mention(office, "Regulator", start, start + len(office), 0.6,
                                      aliases=(full,) if full else ()))
        return found

    def beside_law(self, text: str, start: int, mentions: list[Mention]) -> bool:
        """Whether the sentence holding ``start`` names a law (a mention typed Law) or an act of
        office (context.tsv bare_office_latin_act): President Roe signed the Act, President Roe's
        executive order; not a deepfake of President Roe's voice."""
        begin, end = next(((s, e) for s, e in self.sentences.spans(text) if s <= start < e), (start, start + 1))
        return self.acts.search(text, begin, end) is not None \
            or any(m.type == "Law" and begin <= m.start < end for m in mentions)

    @staticmethod
    def own_ministry(mention: Mention, start: int, end: int) -> bool:
        """Whether ``mention`` is the ministry a minister's office starting at ``start`` names, its
        field ending at ``end`` (法务部 of 法务部长): a state body from the field to the title's 部."""
        return mention.type in GOVERNING_BODIES and mention.start == start and mention.end == end + 1

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
