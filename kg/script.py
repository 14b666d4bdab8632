"""Traditional script: a document in Traditional characters is read in Simplified and
reported in its own characters.

美國聯邦貿易委員會對某公司展開調查 is analysed as 美国联邦贸易委员会对某公司展开调查, so that
the knowledge base, the relation cues (调查), the suffix rules (…委员会), the field labels
(發佈日期 → 发布日期) and the dates all match.  The items, names and evidence sentences
that come out are then given back in the document's own characters and at its own
offsets; a name whose Simplified form differs keeps that form as a further name, so
that the node carries both (美國聯邦貿易委員會 and 美国联邦贸易委员会).

OpenCC's ``tw2s`` converts (Taiwan's variants too: 隨著 → 随着), then a Conversion
replaces Taiwan's and Hong Kong's own words (data/lexicon/regional.tsv: 軟體 → 软件).
tw2s keeps lengths, so an offset is mostly the same in both forms; where a word changes
length (網際網路 → 互联网), offsets are mapped through the pieces converted.  A document
is converted only when more of it changes made Simplified than made Traditional: a
Simplified document pays a conversion or two and a comparison, and its rare characters
that the conversion would touch (华为昇腾, 显著) stay as written.

>>> reading = Reading.of(Document("a.txt", "a.txt", "紐約時報起訴OpenAI", "0"))
>>> reading.analysed.text, reading.converted
('纽约时报起诉OpenAI', True)
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from .alternation import alternation
from .model import Document, Evidence, Fact, Item, Mention

CONVERSION = "tw2s"
SAMPLE = 4000  # characters at the head of a document that decide its script
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=2)
def _converter(config: str) -> Callable[[str], str]:
    import opencc
    return opencc.OpenCC(config).convert


def simplified(text: str) -> str:
    """``text`` in Simplified characters (OpenCC tw2s)."""
    return _converter(CONVERSION)(text)


simplified_name = lru_cache(maxsize=1 << 16)(simplified)  # names recur: convert each once


def traditional(text: str) -> str:
    """``text`` in Traditional characters (OpenCC s2t: how the project makes Traditional
    variants of its test documents)."""
    return _converter("s2t")(text)


def is_traditional(text: str) -> bool:
    """More of the text changes when it is made Simplified than when it is made
    Traditional: a third of the characters of a Traditional text against next to none,
    where 华为昇腾 changes one character one way and three the other.  The head of the
    text's Chinese decides (SAMPLE characters from its first Chinese character), so that
    a Simplified document pays two conversions of its head and no more."""
    first = _CHINESE.search(text)
    sample = text[first.start():first.start() + SAMPLE] if first else ""
    made_simplified = simplified(sample)
    return made_simplified != sample and _changed(sample, made_simplified) > _changed(sample, traditional(sample))


def _changed(text: str, converted: str) -> int:
    """How many characters of ``text`` its conversion changed."""
    if len(converted) == len(text):
        return sum(map(str.__ne__, text, converted))
    return sum(end - start for tag, start, end, _, _ in _opcodes(text, converted) if tag != "equal")


class Conversion:
    """What a Traditional document is read in: OpenCC tw2s, then Taiwan's and Hong Kong's
    own words replaced by the Mainland ones the lexicons use (data/lexicon/regional.tsv:
    軟體 → 软件, 人工智慧 → 人工智能), longest word first.  A name to ``keep`` (the knowledge
    base's: 数位发展部, Taiwan's ministry) that holds such a word is read as it is.

    >>> Conversion({"數位": "数字"}, keep=["数位发展部"])("數位發展部推動數位轉型")
    '数位发展部推动数字转型'
    """

    def __init__(self, words: dict[str, str] | None = None, keep: Iterable[str] = ()) -> None:
        self.words = {simplified(regional): mainland for regional, mainland in (words or {}).items()}
        if self.words:
            regional = alternation(self.words)
            self.words.update({name: name for name in keep if regional.search(name)})
        self.pattern = alternation(self.words) if self.words else None

    def __call__(self, text: str) -> str:
        text = simplified(text)
        return self.pattern.sub(lambda match: self.words[match.group()], text) if self.pattern else text


def language_tags(labels: Iterable[str]) -> dict[str, str]:
    """The labels of one node that a Traditional text wrote, where the node has their
    Simplified form too, tagged zh-Hant.  Every other Chinese name, the Simplified form of
    such a name included, is plain zh: the tag a query writes ("微软"@zh) finds it however
    many scripts the corpus named it in.  Labels not in the answer take the tag of their
    language (zh, en)."""
    labels = set(labels)
    return {label: "zh-Hant" for label in labels
            if (form := simplified_name(label)) != label and form in labels}


class Alignment:
    """Offsets between a text and its analysed (converted) form.  Equal lengths map
    offset to offset; otherwise the original is converted again piece by piece (runs of
    Chinese characters), each piece's offsets known, and that conversion is aligned to
    the analysed text where the two differ."""

    def __init__(self, original: str, analysed: str, convert: Callable[[str], str] = simplified,
                 offsets: list[int] | None = None) -> None:
        """``offsets``: the map, where the caller has it already (the piecewise conversion's)."""
        self.original, self.analysed = original, analysed
        if offsets is None and len(original) != len(analysed):
            offsets = _offset_map(original, analysed, convert)
        self._offsets = offsets

    def offset(self, analysed_offset: int) -> int:
        """The offset in the original of an offset in the analysed text."""
        return analysed_offset if self._offsets is None else self._offsets[analysed_offset]

    def text(self, start: int, end: int) -> str:
        """The original of ``analysed[start:end]``."""
        return self.original[self.offset(start):self.offset(end)]

    def fragment(self, fragment: str, near: int = 0) -> tuple[str, int]:
        """The original of a fragment of the analysed text (looked for from ``near``, then
        from the start) and the analysed offset after it; a fragment not found is its own."""
        position = self.analysed.find(fragment, near)
        if position < 0:
            position = self.analysed.find(fragment)
        if position < 0 or not fragment:
            return fragment, near
        return self.text(position, position + len(fragment)), position + len(fragment)


def _offset_map(original: str, analysed: str, convert: Callable[[str], str]) -> list[int]:
    """For each offset of ``analysed`` (and its end), the offset in ``original``."""
    reconverted, to_original = _piecewise(original, convert)
    if reconverted == analysed:
        return to_original
    return [to_original[offset] for offset in _align(analysed, reconverted)]


def _piecewise(original: str, convert: Callable[[str], str]) -> tuple[str, list[int]]:
    """``original`` converted run of Chinese characters by run, and for each offset of
    the conversion (and its end) the offset in ``original``."""
    pieces, to_original = [], []
    position = 0
    for match in _CHINESE.finditer(original):
        pieces.append(original[position:match.start()])
        to_original += range(position, match.start())
        run, converted = match.group(), convert(match.group())
        pieces.append(converted)
        if len(converted) == len(run):
            to_original += range(match.start(), match.end())
        else:
            # 人工智慧科技基金會執行長 -> 人工智能科技基金会首席执行官: aligned with the run's Simplified
            # characters (tw2s keeps lengths, so an offset of them is one of the run), where
            # only the replaced words differ; against the Traditional run itself most characters
            # differ, and a name's end spread over the words after it falls short (基金)
            characters = simplified(run)
            to_original += [match.start() + offset
                            for offset in _align(converted, characters if len(characters) == len(run) else run)[:-1]]
        position = match.end()
    pieces.append(original[position:])
    to_original += range(position, len(original))
    to_original.append(len(original))
    return "".join(pieces), to_original


def _align(a: str, b: str) -> list[int]:
    """For each offset of ``a`` (and its end), the offset of ``b`` it corresponds to: one
    to one where the two agree, spread evenly over a stretch that differs (計程車 / 出租汽车)."""
    offsets = []
    for tag, start, end, other_start, other_end in _opcodes(a, b):
        offsets += [other_start + (k if tag == "equal" else k * (other_end - other_start) // (end - start))
                    for k in range(end - start)]
    offsets.append(len(b))
    return offsets


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


@dataclass
class Reading:
    """A document as the stages read it (``analysed``: the Simplified form of a
    Traditional document, else the document itself) and the way back to its own text."""
    document: Document
    analysed: Document
    alignment: Alignment | None = None
    convert: Callable[[str], str] = simplified

    @property
    def converted(self) -> bool:
        return self.alignment is not None

    @classmethod
    def of(cls, document: Document, convert: Callable[[str], str] = simplified) -> Reading:
        """``document`` as the stages read it; a Traditional one converted by ``convert``
        (simplified, or a Conversion with regional words)."""
        if not is_traditional(document.text):
            return cls(document, document)
        text, offsets = convert(document.text), None
        if len(text) != len(document.text):
            text, offsets = _piecewise(document.text, convert)  # read the conversion whose offsets are known
        return cls(document, replace(document, text=text), Alignment(document.text, text, convert, offsets), convert)

    def restore(self, items: list[Item], mentions: list[list[Mention]], facts: list[Fact]
                ) -> tuple[list[Item], list[list[Mention]], list[Fact]]:
        """Items, their mentions and the document's facts in the document's own script
        (a document read as it is comes back as it is)."""
        if self.alignment is None:
            return items, mentions, facts
        originals = [self._item(item) for item in items]
        alignments = [Alignment(original.text, item.text, self.convert) for original, item in zip(originals, items)]
        done: dict[tuple, object] = {}  # facts share their mentions and sentences: restore each once

        def mention(index: int, found: Mention) -> Mention:
            if (index, found) not in done:
                done[index, found] = _mention(alignments[index], found)
            return done[index, found]

        def evidence(index: int, found: Evidence) -> Evidence:
            if (index, found) not in done:
                done[index, found] = _evidence(alignments[index], found, originals[index])
            return done[index, found]

        restored = [[mention(index, found) for found in item_mentions] for index, item_mentions in enumerate(mentions)]
        by_title: dict[str, int] = {}
        for index, item in enumerate(items):
            by_title.setdefault(item.title, index)
        # a document family's fact may join names of two items (a newsletter's body on its cover, the unit
        # issuing it on the next item's credit line): each name is restored in the item it was found in
        found_in: dict[Mention, set[int]] = {}
        for index, item_mentions in enumerate(mentions):
            for found in item_mentions:
                found_in.setdefault(found, set()).add(index)

        def own_item(index: int, found: Mention) -> int:
            items_of = found_in.get(found, ())
            return index if index in items_of or not items_of else min(items_of)
        out = []
        for fact in facts:
            index = by_title.get(fact.evidence.item)
            out.append(fact if index is None else replace(
                fact, head=mention(own_item(index, fact.head), fact.head), tail=mention(own_item(index, fact.tail), fact.tail),
                evidence=evidence(index, fact.evidence)))
        return originals, restored, out

    def _item(self, item: Item) -> Item:
        """The item with each of its texts (and lists of texts: credit lines) taken from
        the original document, line by line."""
        near = 0

        def restore(value: str) -> str:
            nonlocal near
            lines = []
            for line in value.split("\n"):
                original, after = self.alignment.fragment(line, near)
                if original == line and after == near:  # a line segment rewrote (記者 陳怡君 -> 记者：陈怡君): run by run
                    original = _CHINESE.sub(lambda run: self.alignment.fragment(run.group(), near)[0], line)
                lines.append(original)
                near = after
            return "\n".join(lines)

        changes: dict[str, object] = {}
        for field in fields(Item):
            value = getattr(item, field.name)
            if field.name == "document" or not value:
                continue
            if isinstance(value, str):
                changes[field.name] = restore(value)
            elif isinstance(value, list) and all(isinstance(part, str) for part in value):
                changes[field.name] = [restore(part) for part in value]
        return replace(item, **changes)


def _mention(alignment: Alignment, mention: Mention) -> Mention:
    """A mention in the original script, at original offsets; its Simplified form (where it
    differs) becomes one of its further names."""
    if alignment.analysed[mention.start:mention.end] == mention.text:
        text = alignment.text(mention.start, mention.end)
    else:
        text, _ = alignment.fragment(mention.text, mention.start)
    aliases = tuple(alignment.fragment(alias, mention.end)[0] for alias in mention.aliases)
    names = (mention.text, *mention.aliases)
    further = tuple(name for name in names if name not in (text, *aliases))
    return replace(mention, text=text, start=alignment.offset(mention.start), end=alignment.offset(mention.end),
                   aliases=aliases + further)


def _evidence(alignment: Alignment, evidence: Evidence, item: Item) -> Evidence:
    """The evidence sentence as the document wrote it, at the original offsets."""
    if alignment.analysed[evidence.start:evidence.end].strip() == evidence.sentence:
        sentence = alignment.text(evidence.start, evidence.end).strip()
    else:
        sentence, _ = alignment.fragment(evidence.sentence, evidence.start)
    return replace(evidence, item=item.title, sentence=sentence, source=item.source,
                   start=alignment.offset(evidence.start), end=alignment.offset(evidence.end))
