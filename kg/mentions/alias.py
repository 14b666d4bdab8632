"""Other names of a chosen name: 国家信息与自由委员会（CNIL）: the bracketed name is
another label of the name before it; （以下简称《规定》）: a later 《规定》 stands for the
full name; a short form the brackets declare (（以下简称“数管局”）, (the "Board"), (“星数局”),
an acronym (DFS)) is a mention of the full name wherever the item writes it later, a Latin
one as a whole word and in its own case, and in the document's later items (``carry``);
财政部 after 美国财政部: a later name that ends an earlier, longer one of the same type
refers to it (those later names are this family's mentions), unless that later
name is a bare kind of body run on from a place's last character (政府 in 州政府 after
澳大利亚政府 is the state's government, not Australia's); a transliterated person's family
name (塞勒 of 斯蒂芬·塞勒) is that person later in the item and in the document's later items,
a whole side of a case's caption too (塞勒诉甲局案), unless two persons share it or it is a
common word.  An English company told first with its legal form (Brindle Analytics, Inc.) is
the company where the item writes the name without it (Brindle Analytics) or its first word
alone (Brindle) later, as whole words in their case (``alias/short``); so is the first word of
one told with words of its kind only (Zorvex Labs, Acme AI: english.tsv company_word and
stem_tail) where the item writes it alone later, unless that first word
is an ordinary one for a name to open with (context.tsv name_opening_word: General, National),
a given name, a nationality, a name the knowledge base knows, written in lower case in the
item, or the first word of another name.  A Chinese company's name without the word of its
kind (环球 after 环球影业, 华纳音乐 after 华纳音乐集团: context.tsv name_kind_word) or without the
Latin name before it (环球 after NBC环球) is that company later in the item (``alias/kind``),
unless two of the item's companies share that form, the knowledge base knows it, or it is a
common noun."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from ..alternation import alternatives
from ..cases import case_sides
from ..model import Item, Mention, overlaps_any
from ..punctuation import NAME_DOTS
from ..resolve import without_legal_form
from .base import PAREN, Family, Taken, add_mentions, register, set_mentions
from .english import english_lexicon, given_names, pairs
from .words import CJK, CJK_CHARACTER, COMMON_LATIN, Words, bounded_starts, plain_frequency, written_lower

_NAME_DOT = re.compile(f"[{NAME_DOTS}]")
_LATIN_LED = re.compile(rf"[A-Za-z][\w&.'’ -]*?\s*([{CJK}]{{2,}})")  # NBC环球: a Latin name before a Chinese one
# (N.D. Cal. June 25, 2025), (S.D.N.Y. 2024): a case citation's date after its court
_CITATION_DATE = re.compile(r"[\s,]+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$")
# an acronym in brackets after a name, which the item may write alone later: (DFS), （NDA）, (NYDFS)
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*")
# PALO ALTO, Calif. (KBVN) —: a dash after a place's bracket closes a dateline, its outlet in the bracket, no other name of the place
_DASH = re.compile(r"[ \t]*[-—–]")
# a short form's ends as a whole word in its case: no word character, &, dot, apostrophe or hyphen
# before it (Brindle in Co.Brindle), no word character, & or hyphen after it, nor a capitalised
# word (Brindle Capital: another name's first word)
_WORD_BEFORE = re.compile(r"[\w&.'’-]")
_WORD_AFTER = re.compile(r"[\w&-]|\s+[A-Z]")
_SPACE = re.compile(r"[ \t]*")  # what stands between an office and its holder's name


class WordOccurrences:
    """Where a company's short form stands as a whole word in its case (and no other name's first
    word, Brindle Capital, nor a compound's, Brindle-backed), found once in the text: ``after(end)``
    gives what ``re.finditer`` over ``text[end:]`` gave, in time of what it gives, and nothing
    again for an end at or after one asked before (those places are all taken by then)."""

    def __init__(self, text: str, short: str) -> None:
        self.text, self.short, self.length = text, short, len(short)
        # every start, overlapping ones too (X Y X in X Y X Y X): the places str.find gives whose
        # ends _WORD_BEFORE and _WORD_AFTER allow (no pattern compiled per short form); the match
        # at a cut's very start, which a lookbehind does not see in text[end:], is asked in after()
        self.starts = list(bounded_starts(text, short, _WORD_BEFORE, _WORD_AFTER))
        self.apart = all(b - a >= self.length for a, b in zip(self.starts, self.starts[1:]))
        self.walked = len(text) + 1  # the earliest place walked from (apart starts only)

    def after(self, end: int) -> Iterator[int]:
        cursor = end
        if self.text.startswith(self.short, end) and not _WORD_AFTER.match(self.text, end + self.length):
            yield end
            cursor = end + self.length
        if self.apart:
            if self.walked <= cursor:
                return  # each start from here was given before: taken or beside a name since
            self.walked = cursor
        index = bisect_left(self.starts, cursor)
        while index < len(self.starts):
            yield self.starts[index]
            index = bisect_left(self.starts, self.starts[index] + self.length, index + 1)


@register
class Aliases(Family):
    """Runs on the chosen mentions (after kg.mentions.choose), not on the candidates."""

    def __init__(self, words: Words) -> None:
        self.kb = words.kb
        self.kinds = frozenset(suffix for suffix, _, _ in words.kb.suffixes)
        self.common_noun = words.common_noun  # 图灵 of 艾伦·图灵 stays a word where a noun shares it
        self.place_ends = tuple(words.context["place_end"])  # the last characters of a place's name: 州政府, 市法院
        self.unplaced_courts = frozenset(words.context["unplaced_court"])  # 聯邦法院 of 加州聯邦法院: any court later
        self.legal_forms = tuple(form for form in words.kb.legal_forms if form.isascii())  # longest first
        # what a company's first word alone never stands for it as: General (Motors), American (Express), Morgan
        english = english_lexicon(words.kb)
        self.ordinary_openings = frozenset(words.context["name_opening_word"]) | given_names(words.kb) \
            | frozenset(pairs(english["nationality"]))
        # Dr. Jane Roe, Professor Dame Jane Roe: the titles before a given name and a surname (english.tsv name_title)
        self.name_title = re.compile(rf"(?:(?:{alternatives(english['name_title'])})[ \t]+)+(?=[A-Z][\w'’-]*[ \t]+[A-Z])")
        self.same_name_words = frozenset(english["bracket_same_name"])  # Databricks (formerly MosaicML)
        # Labs, AI, Technologies, Global Capital: words after a company's own first word that tell only its kind
        self.kind_tails = frozenset(english["company_word"]) | frozenset(english["stem_tail"])
        # 影业 of 环球影业, 集团 of 华纳音乐集团: a kind word a company's Chinese name may be written without (longest first)
        self.kind_words = tuple(sorted(words.context["name_kind_word"], key=len, reverse=True))
        self.letter_kinds = frozenset(self.kind_words) | {w for w in words.context["company_word"] if not w.isascii()}
        markers = alternatives(words.context["short_form_marker"], spaced=True, latin_whole=True)
        # （以下简称“数管局”）, (the "Board"), (“星数局”): a marker, a quoted short form, or both
        self.declaration = re.compile(rf"\s*[（(]\s*(?:(?:{markers})\s*[：:]?\s*[“\"「《]?|[“\"「《])"
                                      rf"(?P<alias>[^”\"」》）)\n]{{1,20}})[”\"」》]?\s*[）)]")

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data["text"]
        declared: list[tuple[str, Mention, int]] = []
        mentions = self.attach_aliases(text, doc.user_data["mentions"], declared)
        mentions = mentions + self.declared_forms(text, mentions, declared)
        set_mentions(doc, self.short_forms(text, mentions + self.registered_forms(text, mentions)))
        doc.user_data["declared"] = [(alias, full) for alias, full, _ in declared]
        return doc

    def carry(self, parts: list[tuple[Item, Doc]]) -> None:
        """One document's items in order (their names chosen): a short form an earlier item
        declared is a mention of its full name in the later ones (Summary: the Department of
        Financial Services (DFS)… / Background: DFS also issued…); a later declaration of the
        same short form takes its place."""
        told: dict[str, Mention] = {}
        persons: dict[str, Mention | None] = {}  # the family names of the persons named in full so far
        for _, doc in parts:
            if told:
                mentions = doc.user_data["mentions"]
                add_mentions(doc, self.declared_forms(doc.user_data["text"], mentions,
                                                      [(alias, full, 0) for alias, full in told.items()]))
            if persons:
                add_mentions(doc, self.family_names(doc.user_data["text"], doc.user_data["mentions"], persons))
            told.update(doc.user_data.get("declared", ()))
            for family, person in self.persons(doc.user_data["mentions"]).items():
                earlier = persons.get(family, person)
                same = earlier is not None and person is not None and _full(earlier) == _full(person)
                persons[family] = person if family not in persons or same else None

    def persons(self, mentions: list[Mention]) -> dict[str, Mention | None]:
        """The family name of each person named in full (斯蒂芬·塞勒: 塞勒), None where two
        persons share it (玛丽·科恩 and 大卫·科恩: 科恩 names neither)."""
        found: dict[str, Mention | None] = {}
        for mention in mentions:
            family = self.family_name(_full(mention)) if mention.type == "Person" else ""
            if family:
                earlier = found.get(family, mention)
                found[family] = mention if earlier is not None and _full(earlier) == _full(mention) else None
        return found

    def family_names(self, text: str, mentions: list[Mention], persons: dict[str, Mention | None]) -> list[Mention]:
        """A later item's family names of the persons earlier items named in full: where no
        other name stands, or as a whole side of a case's caption (塞勒诉甲局案)."""
        sides = caption_sides(mentions)
        taken = list(mentions)
        found: list[Mention] = []
        for family, person in persons.items():
            if person is None:
                continue
            for start in _occurrences(text, family, 0):
                stop = start + len(family)
                if (start, stop) not in sides and overlaps_any(start, stop, taken):
                    continue
                mention = self.mention(family, "Person", start, stop, person.confidence * 0.9, "family",
                                       kb_id=person.kb_id, canonical=_full(person))
                found.append(mention)
                taken.append(mention)
        return found

    def attach_aliases(self, text: str, mentions: list[Mention], declared: list[tuple[str, Mention, int]]) -> list[Mention]:
        """The mentions with the other names their brackets give them; ``declared`` gets the
        short forms the brackets declare (the short form, its full name, where the brackets end)."""
        out: list[Mention] = []
        short_forms: dict[str, Mention] = {}
        consumed: set[int] = set()
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.start in consumed:
                continue
            if mention.type == "Person" and (untitled := self.untitled(mention.text)):
                mention = replace(mention, aliases=mention.aliases + (untitled,))
            offset = mention.end
            if mention.type == "Law" and text[mention.start - 1:mention.start] == "《":
                offset += 1  # 《…》（English title）: the alias follows the closing bracket
            tail = text[offset:offset + 200]
            short = self.declaration.match(tail)
            paren = PAREN.match(tail)
            if short:
                alias = short.group("alias").strip()
                short_forms[alias] = mention
                mention = replace(mention, aliases=mention.aliases + (alias,))
                if alias and not alias[0].islower():  # (the "company"): a common word, no name of it
                    declared.append((alias, mention, offset + short.end()))
                for other in mentions:
                    if offset + short.start() <= other.start < offset + short.end():
                        consumed.add(other.start)
            elif paren and self._is_alias(paren.group("alias"), mention) \
                    and not (mention.type == "Jurisdiction" and _DASH.match(tail, paren.end())):  # PALO ALTO, Calif. (KBVN) —
                alias = self.renamed(paren.group("alias").strip())
                entry = self.kb.lookup(alias)
                if entry and not mention.kb_id and entry.type in (mention.type, "Organization", "Regulator", "Company") \
                        and not self.kb.placed_elsewhere(mention.text, entry):
                    mention = replace(mention, kb_id=entry.id, type=entry.type)
                mention = replace(mention, aliases=mention.aliases + (alias,))
                if _ACRONYM.fullmatch(alias) and len(alias) < len(mention.text) and alias.lower() not in COMMON_LATIN:
                    declared.append((alias, mention, offset + paren.end()))
                for other in mentions:
                    if offset + paren.start() <= other.start < offset + paren.end():
                        consumed.add(other.start)
            canonical = short_forms.get(mention.text)
            if canonical is not None and canonical.start != mention.start:
                mention = replace(mention, type=canonical.type, kb_id=canonical.kb_id,
                                  canonical=canonical.canonical or canonical.text)
            out.append(mention)
        return out

    def declared_forms(self, text: str, mentions: list[Mention], declared: list[tuple[str, Mention, int]]) -> list[Mention]:
        """Every later occurrence of a declared short form where no name stands: the
        Department of Financial Services (DFS)… DFS also issued: the department; a Latin
        short form as a whole word (not DFS in DFSX), in its declared case (not Board in board)."""
        found: list[Mention] = []
        taken = list(mentions)
        for alias, full, end in declared:
            if full.type == "Jurisdiction":
                continue  # the United States (US): the place's own short name, which the knowledge base knows
            if text.find(alias, end) < 0:
                continue  # not written again (a plain look first: a long document carries many short forms to each item)
            before = "(?<![A-Za-z0-9])" if alias[0].isascii() else ""  # a Latin end is a word's end
            after = "(?![A-Za-z0-9])" if alias[-1].isascii() else ""
            for at in re.finditer(before + re.escape(alias) + after, text[end:]):
                start, stop = end + at.start(), end + at.end()
                if overlaps_any(start, stop, taken):
                    continue
                mention = self.mention(alias, full.type, start, stop, full.confidence * 0.9, "declared",
                                       kb_id=full.kb_id, canonical=full.canonical or full.text, aliases=full.aliases)
                found.append(mention)
                taken.append(mention)
        return found

    def registered_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Brindle Analytics, Inc. … Brindle Analytics … Brindle: the later occurrences, as
        whole words in their case, of a company's name told with a Latin legal form, without
        that form, and of its first word where that is distinctive (``distinctive``); Zorvex
        Labs … Zorvex: the first word of a name told with words of its kind only (``kind_tailed``)."""
        found: list[Mention] = []
        taken = Taken((m.start, m.end) for m in mentions)  # (overlaps_any, in time of a name's length)
        distinctive: dict[str, bool] = {}  # (asked once per word, not at each of its mentions)
        named: dict[str, list[Mention]] = {}  # the item's names by their first word (what distinctive() reads)
        for m in mentions:
            named.setdefault(((m.canonical or m.text).split() or [""])[0], []).append(m)
        occurrences: dict[str, WordOccurrences] = {}  # (each short form found once in the text, not once per mention)
        for mention in sorted(mentions, key=lambda m: m.start):
            stem = self.registered_stem(mention)
            tailed = not stem and self.kind_tailed(mention)
            if not stem and not tailed:
                continue
            first = (stem or mention.text).split()[0]
            for short in dict.fromkeys([first] if tailed else [stem, first]):
                # the first word alone (or a stem of one word) only where it is distinctive
                if short == first and first not in distinctive:
                    distinctive[first] = self.distinctive(text, first, named.get(first, ()))
                if short == first and not distinctive[first] or len(short) < 3:
                    continue
                if short not in occurrences:
                    occurrences[short] = WordOccurrences(text, short)
                for start in occurrences[short].after(mention.end):
                    stop = start + len(short)
                    if taken.overlaps(start, stop):
                        continue
                    alias = self.mention(short, mention.type, start, stop, mention.confidence * 0.9, "short",
                                         kb_id=mention.kb_id, canonical=mention.canonical or mention.text,
                                         aliases=mention.aliases)
                    found.append(alias)
                    taken.add(start, stop)
        return found

    def registered_stem(self, mention: Mention) -> str:
        """A company's Latin name without its legal form (Brindle Analytics of Brindle Analytics,
        Inc.); none for a name without one, or with nothing capitalised left."""
        if mention.type != "Company" or mention.canonical or not mention.text.isascii():
            return ""
        stem = without_legal_form(mention.text, self.legal_forms)
        # the form a word of its own (Brindle Analytics, Inc.), not a word's end (Zinc)
        return stem if stem != mention.text and mention.text[len(stem)] in " ," and stem[:1].isupper() else ""

    def kind_tailed(self, mention: Mention) -> bool:
        """Whether a company's Latin name, told without a legal form, is its own first word and
        words that tell only its kind (Zorvex Labs, Acme AI, Alden Global Capital: english.tsv
        company_word, stem_tail): the first word alone names it later, as a registered name's."""
        if mention.type != "Company" or mention.canonical or not mention.text.isascii():
            return False
        words = mention.text.split()
        return len(words) >= 2 and re.fullmatch(r"[A-Z][A-Za-z]{2,}", words[0]) is not None \
            and all(word in self.kind_tails for word in words[1:])

    def distinctive(self, text: str, word: str, mentions: list[Mention]) -> bool:
        """Whether a company's first word alone may stand for it: not an ordinary opening
        of a name, a given name or a nationality (General, Morgan, American), no name the
        knowledge base knows (Meta), never written in lower case in the item (Heritage /
        heritage), and the first word of no other name of the item (Brindle Capital).
        (``mentions``: the item's, or those of them whose first word is ``word``.)"""
        if word in self.ordinary_openings or word.lower() in COMMON_LATIN or self.kb.lookup(word) is not None:
            return False
        if written_lower(word, text):
            return False
        return len({self.registered_stem(m) or m.canonical or m.text for m in mentions
                    if (m.canonical or m.text).split()[:1] == [word]}) <= 1

    def short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        mentions = list(mentions)
        # which characters a mention covers, and the short forms already looked for (from
        # which end): a name repeated a thousand times costs a thousand looks, not a million
        covered = bytearray(max([len(text), *(m.end for m in mentions)]))
        for m in mentions:
            covered[m.start:m.end] = b"\1" * (m.end - m.start)
        looked: dict[tuple, int] = {}
        place_ends = {m.end for m in mentions if m.type == "Jurisdiction"}  # 加拿大人工智能安全研究所: another place's
        sides = caption_sides(mentions)
        persons = self.persons(mentions)
        for mention in list(mentions):
            if mention.type == "Person":
                rest = self.family_name(mention.text)  # 罗比·斯塔巴克 … 斯塔巴克此前曾起诉: the person
                if rest and persons.get(rest) is None:
                    continue  # 玛丽·科恩 … 大卫·科恩 … 科恩: which of the two, the text does not tell
            else:
                place = self.kb.place_prefix(mention.text)
                # UK government: " government" read as "government" (a space after an English place's name)
                rest = mention.text[len(place[0]):].lstrip() if place else ""
            if mention.type in ("Jurisdiction", "Law", "Case") or len(rest) < 2 or mention.type == "Court" and \
                    (rest[:1].islower() or rest in self.unplaced_courts):
                continue  # (New York federal court, 加州聯邦法院: "federal court", 聯邦法院 later is any court, no short form of this one)
            key = (rest, mention.type, mention.confidence)
            if looked.get(key, len(text) + 1) <= mention.end:
                continue  # its occurrences were looked at from an earlier end: found or blocked then
            looked[key] = mention.end
            bare = rest in self.kinds
            for start in _occurrences(text, rest, mention.end):
                if bare and text.endswith(self.place_ends, 0, start) or start in place_ends:
                    continue  # 州政府, 加拿大人工智能安全研究所: another place's body
                if covered.find(1, start, start + len(rest)) < 0 or (start, start + len(rest)) in sides:
                    mentions.append(self.mention(rest, mention.type, start, start + len(rest), mention.confidence * 0.9))
                    covered[start:start + len(rest)] = b"\1" * len(rest)
        for stem, owner in self.kind_stems(mentions).items():
            for start in _occurrences(text, stem, owner.end):
                if covered.find(1, start, start + len(stem)) < 0:
                    mentions.append(self.mention(stem, owner.type, start, start + len(stem), owner.confidence * 0.9, "kind",
                                                 kb_id=owner.kb_id, canonical=owner.canonical or owner.text))
                    covered[start:start + len(stem)] = b"\1" * len(stem)
        for start, owner in self.letter_forms(text, mentions):
            if covered.find(1, start, start + 1) < 0:
                mentions.append(self.mention(text[start], owner.type, start, start + 1, owner.confidence * 0.9, "kind",
                                             kb_id=owner.kb_id, canonical=owner.canonical or owner.text))
                covered[start] = 1
        out: list[Mention] = []
        # the names so far by each end of theirs shorter than their text (what a later, shorter name may be)
        ending: dict[str, list[Mention]] = {}
        holders = {m.start: m for m in mentions if m.type == "Person"}  # who holds an office named before a name
        for mention in sorted(mentions, key=lambda m: m.start):
            # (a 《》 title typed a paper names its own paper, never a short form of its owner: 施普林格·自然旗下的
            # 《自然》; a law's 《》 short title still is one: 《办法》 after 《…管理办法》)
            if not mention.canonical and len(mention.text) >= 2 and not (mention.mechanism == "title"
                                                                         and mention.type == "Company") \
                    and not (mention.type == "Court" and mention.text in self.unplaced_courts):  # 聯邦法院: any court
                earlier = next((e for e in reversed(ending.get(mention.text, [])) if
                                (e.type == mention.type or mention.mechanism == "latin"
                                 and (e.canonical or e.text).endswith(" " + mention.text))
                                and not self.other_holder(text, e, mention, holders)), None)
                if earlier is not None:  # …Paul M. Nakasone… Nakasone: a surname alone is the person
                    mention = replace(mention, kb_id=earlier.kb_id, type=earlier.type,
                                      canonical=earlier.canonical or earlier.text)
            out.append(mention)
            name = mention.canonical or mention.text
            for size in range(2, min(len(name) + 1, len(mention.text))):
                ending.setdefault(name[-size:], []).append(mention)
        return out

    @staticmethod
    def other_holder(text: str, earlier: Mention, later: Mention, holders: dict[int, Mention]) -> bool:
        """Whether two offices, each named right before its holder, are held by two persons
        (Ohio Governor Dana Crewe … Governor Lee Roe: Lee Roe's office is no short form of the
        Ohio one)."""
        if earlier.type != "Regulator" or later.type != "Regulator":
            return False
        first, second = (holders.get(_SPACE.match(text, m.end).end()) for m in (earlier, later))
        return first is not None and second is not None and \
            _full(first).split()[-1:] != _full(second).split()[-1:]

    def kind_stems(self, mentions: list[Mention]) -> dict[str, Mention]:
        """环球 of 环球影业, 华纳音乐 of 华纳音乐集团 (context.tsv name_kind_word), 环球 of NBC环球: a
        Chinese company's name without the word of its kind, or without the Latin name before it,
        which the item may write alone after it (迪士尼和环球), with the company each stands for
        (its first mention); a form two of the item's companies share stands for neither, and a
        form the knowledge base knows, a kind word or a common noun for none."""
        owners: dict[str, set[str]] = {}
        first: dict[str, Mention] = {}
        for mention in mentions:
            if mention.type != "Company":
                continue
            forms, stem = [mention.text], mention.text
            while kind := next((k for k in self.kind_words if stem.endswith(k) and len(stem) > len(k) + 1), None):
                stem = stem[:-len(kind)]
                forms.append(stem)
            forms += [latin.group(1) for form in forms if (latin := _LATIN_LED.fullmatch(form))]
            for form in forms[1:]:
                if re.fullmatch(f"[{CJK}]{{2,}}", form) and form not in self.kinds and form not in self.kind_words \
                        and self.kb.lookup(form) is None and not self.common_noun(form):
                    owners.setdefault(form, set()).add(mention.kb_id or mention.canonical or mention.text)
                    first.setdefault(form, mention)
        return {form: first[form] for form, owner in owners.items() if len(owner) == 1}

    def letter_forms(self, text: str, mentions: list[Mention]) -> list[tuple[int, Mention]]:
        """X of X平台 (the knowledge base's company written as a capital letter and a word of its
        kind: context.tsv name_kind_word, company_word), or the letter a platform's description named
        (社交平台X: kg.mentions.latin): where the item names it so, the letter standing alone
        (no Latin letter or digit beside it: 对X启动调查, 社群平台X, not SpaceX; nor opening a word of jieba's
        dictionary with the characters after it: X光, Q版, A股) is the company, anywhere in the item; a letter
        two companies share stands for neither."""
        owners: dict[str, list[Mention]] = {}
        for mention in mentions:
            if mention.type != "Company" or not "A" <= mention.text[:1] <= "Z":
                continue
            if mention.kb_id and mention.text[1:] in self.letter_kinds or mention.mechanism == "latin/letter":
                if all((o.kb_id or o.text) != (mention.kb_id or mention.text) for o in owners.get(mention.text[0], [])):
                    owners.setdefault(mention.text[0], []).append(mention)
        return [(found.start(), owner[0]) for letter, owner in owners.items() if len(owner) == 1
                for found in re.finditer(rf"(?<![A-Za-z0-9.\-_]){letter}(?![A-Za-z0-9\-_])", text)
                if not any(plain_frequency(text[found.start():found.start() + size]) for size in (2, 3))]

    def family_name(self, name: str) -> str:
        """The family name of a transliterated name (斯塔巴克 of 罗比·斯塔巴克), which the
        text uses alone after the full name; none where it names something known."""
        parts = _NAME_DOT.split(name)
        family = parts[-1] if len(parts) > 1 and re.fullmatch(f"[{CJK}]{{2,}}", parts[-1]) else ""
        return family if family and self.kb.lookup(family) is None and not self.common_noun(family) else ""

    def _is_alias(self, alias: str, mention: Mention) -> bool:
        alias = alias.strip()
        if not alias or alias.isdigit() or len(alias) > 160:
            return False
        if re.search(r"\d{4}\s*年|\d+月|以下|简称", alias):
            return False
        if mention.type == "Person":
            return bool(re.fullmatch(r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)+", alias))
        known = self.kb.lookup(alias) or self.kb.lookup(_CITATION_DATE.sub("", alias))
        if known is not None and known.type in ("Court", "Jurisdiction") and known.type != mention.type:
            return False  # Andersen v. Stability AI (N.D. Cal. 2024): the court the case is in, no other name of it
        if known is not None and mention.type == "Jurisdiction" and known.type != "Jurisdiction":
            return False  # ROME (AP) —: a dateline's outlet after its place, no other name of it
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .,&'’:/()-]*", alias):
            return not self.described(alias)  # an English name or abbreviation
        entry = self.kb.lookup(alias)
        if entry is not None and mention.kb_id and entry.parent == mention.kb_id:
            return False  # 阿里巴巴（阿里云）: a unit of the name before, no other name of it
        return entry is not None and entry.type == mention.type

    def untitled(self, name: str) -> str:
        """Jane Roe of Dr. Jane Roe, Professor Dame Jane Roe or Mrs Justice Jane Roe: a person's
        name without the titles before its given name, which the name is also written with
        (english.tsv name_title); empty where no title opens it."""
        title = self.name_title.match(name)
        return name[title.end():] if title else ""

    def renamed(self, bracket: str) -> str:
        """MosaicML of (formerly MosaicML), Acme of (also known as Acme): the name after the
        lower-case words that make it another name of the name before the bracket."""
        words = bracket.split()
        if len(words) < 2 or words[0] not in self.same_name_words:
            return bracket
        named = next((i for i, word in enumerate(words) if not re.fullmatch(r"[a-zé./]+", word)), len(words))
        return " ".join(words[named:]) or bracket

    def described(self, bracket: str) -> bool:
        """Whether an English bracket after a name describes it instead of naming it: its
        first word after an article is a lower-case word of two words or more (developed by
        Stability AI, die Acme Wohnen, a virtual music studio), or "a" or "an" opens three words
        or more (an AI-powered remix platform), not one that makes the rest
        another name of it (formerly MosaicML: english.tsv bracket_same_name)."""
        words = bracket.split()
        if len(words) >= 3 and words[0] in ("a", "an"):
            return True  # an AI-powered remix platform: a lower-case article opens no name, whatever word follows
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        return len(words) >= 2 and re.fullmatch(r"[a-zé]{2,}", words[0]) is not None and \
            words[0] not in self.same_name_words


def _full(mention: Mention) -> str:
    return mention.canonical or mention.text


def caption_sides(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Where each whole side of a Chinese case caption stands (塞勒诉甲局案: 塞勒, 甲局): a
    party's name inside the Case's mention, which the Case covers."""
    spans: set[tuple[int, int]] = set()
    for case in mentions:
        sides = case_sides(case.text) if case.type == "Case" and CJK_CHARACTER.search(case.text) else None
        offset = 0
        for side in (sides[0] + sides[1]) if sides else ():
            at = case.text.find(side, offset)
            if at >= 0:
                spans.add((case.start + at, case.start + at + len(side)))
                offset = at + len(side)
    return spans


def _occurrences(text: str, word: str, start: int) -> Iterator[int]:
    """Where ``word`` stands in ``text`` from ``start`` on, without overlaps."""
    start = text.find(word, start)
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))
