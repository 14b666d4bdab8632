"""What every name family shares: the Doc's tokens as plain lists, the family base
class (a spaCy pipeline component) and the registration of a family as a factory.

A family finds candidates and adds them to ``doc.user_data["candidates"]``, where
overlaps are allowed (like spaCy's span groups); choosing among them is a separate
step (kg.mentions.choose).  Every mention a family makes carries its name as its
``mechanism`` (``latin``, or ``latin/person`` for a finer kind), which is the
family's module name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, starmap

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..alternation import alternatives
from ..kb import DATA_DIR
from ..model import Mention
from ..punctuation import CLAUSE_OR_LINE_END_MARKS

from .words import vocabulary

# A bracket after a name, holding another name of it or a gloss: 国家信息与自由委员会（CNIL）
PAREN = re.compile(r"\s*[（(]\s*[“\"「]?(?P<alias>[^（）()“”\"「」\n，,；;。]{1,160}?)[”\"」]?\s*(?:[，,；;][^（）()]{0,60})?[）)]")


@dataclass
class Tokens:
    """A Doc's tokens and KB entity spans as plain lists (made by the Segmenter, entities
    added by the kb family): spaCy makes a new Token object on every access, which costs
    more than the work."""
    words: list[str]
    offsets: list[int]
    kinds: list[str]  # the KB type of the entity a token is part of, or ""
    spaced: list[bool]
    entities: list[tuple[int, int, str, str]]  # start, end, label, KB id
    # generated towns the kb family read alone (cities.tsv, kg.mentions.kb TownWords), kept out of
    # ``entities`` and ``kinds``: the weakest reading, which the other families do not see and which
    # the chooser takes only where no other candidate reads a name over its words (kg.mentions.choose)
    towns: list[tuple[int, int, str, str]] = field(default_factory=list)
    # (the first entity holding each character, the entities ending at each: built at the first
    # question, dropped by entities_changed(), which whoever changes ``entities`` calls)
    _index: tuple[dict, dict] | None = field(default=None, repr=False, compare=False)

    def entities_changed(self) -> None:
        self._index = None

    def _indexed(self) -> tuple[dict, dict]:
        if self._index is None:
            first: dict[int, tuple[int, int, str, str]] = {}
            ending: dict[int, list[tuple[int, int, str, str]]] = {}
            for entity in self.entities:
                for position in range(entity[0], entity[1]):
                    first.setdefault(position, entity)
                ending.setdefault(entity[1], []).append(entity)
            self._index = first, ending
        return self._index

    def entity_at(self, offset: int) -> tuple[int, int, str, str] | None:
        """The first entity holding the character at ``offset`` (in time of one look-up)."""
        return self._indexed()[0].get(offset)

    def entities_ending(self, offset: int) -> list[tuple[int, int, str, str]]:
        """The entities ending at ``offset``, in their order."""
        return self._indexed()[1].get(offset, [])


class Family:
    """One rule family: ``find`` reads an item's text (and its tokens) and returns the
    names it finds; calling the family on a Doc adds them to the Doc's candidates."""
    # the module's name: the mechanism of every mention it makes (not ``name``, which
    # spaCy sets to the component's name in the pipeline)
    family = ""

    def __call__(self, doc: Doc) -> Doc:
        candidates = doc.user_data.setdefault("candidates", [])
        candidates += self.find(doc.user_data["text"], doc.user_data["tokens"], candidates)
        return doc

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        raise NotImplementedError

    def mention(self, text: str, type_: str, start: int, end: int, confidence: float, detail: str = "",
                **fields) -> Mention:
        return Mention(text, type_, start, end, mechanism=f"{self.family}/{detail}" if detail else self.family,
                       confidence=confidence, **fields)


def closes_quotation(text: str, position: int) -> bool:
    """Whether the straight quotation mark at ``position`` closes a quotation its line opened
    (an odd number of them before it there): 属于"通用目的AI模型"、谁是"提供者": the mark after
    模型 ends one quotation, it opens no name."""
    line_start = text.rfind("\n", 0, position) + 1
    return text[position] == '"' and text.count('"', line_start, position) % 2 == 1


def inside_title(text: str, position: int) -> bool:
    """Whether ``position`` is inside a 《…》 title (the title family names it): 人工智能法 in
    《欧盟人工智能法案》 is no name of its own."""
    opened = text.rfind("《", 0, position)
    return opened >= 0 and text.rfind("》", opened, position) < 0


def clause_before(text: str, position: int, longest: int = 40) -> str:
    """The clause before ``position`` (at most ``longest`` characters), from the last mark that
    ends one: its subject and verb (多地法院此后发布了 of 多地法院此后发布了关于…的指引)."""
    window = text[max(0, position - longest):position]
    return window[max(window.rfind(mark) for mark in CLAUSE_OR_LINE_END_MARKS) + 1:]


class ManyIssuers:
    """Whether the clause before a position names its issuer by a plural or a generic word
    (instruments.tsv many_issuers: 多地法院发布了关于…的指引, 有关部门启动…专项行动): each of them
    issues a text of its own, told by its topic, which is no name."""

    def __init__(self, words: Iterable[str]) -> None:
        self.pattern = re.compile(alternatives(words))

    def __call__(self, text: str, position: int) -> bool:
        return self.pattern.search(clause_before(text, position)) is not None


def component_name(family: type[Family]) -> str:
    """The spaCy pipeline name of a family: names_title, names_suffix…"""
    return f"names_{family.family}"


def register(family: type[Family]) -> type[Family]:
    """Register a family (a class decorator) as a spaCy factory, made with the shared
    vocabulary of the knowledge base in ``data_dir``."""
    family.family = family.__module__.rsplit(".", 1)[-1]

    def create(nlp: Language, name: str, data_dir: str) -> Family:
        return family(vocabulary(data_dir))

    Language.factory(component_name(family), default_config={"data_dir": str(DATA_DIR)}, func=create)
    return family


def set_mentions(doc: Doc, mentions: list[Mention]) -> None:
    """The Doc's chosen mentions, and ``doc.ents`` in step with them for spaCy tooling
    (made again only where the refiners changed a span: making them is most of the cost)."""
    doc.user_data["mentions"] = mentions
    spans = [(mention.start, mention.end, mention.text, mention.type, mention.kb_id) for mention in mentions]
    if doc.user_data.get(_ENTITY_SPANS) != spans:
        doc.ents = token_spans(doc, doc.user_data["tokens"].offsets, mentions)
        doc.user_data[_ENTITY_SPANS] = spans


def add_mentions(doc: Doc, found: list[Mention]) -> None:
    """The Doc's chosen mentions with the names a refiner ``found`` added, in order of place."""
    if found:
        set_mentions(doc, sorted(doc.user_data["mentions"] + found, key=lambda m: m.start))


_ENTITY_SPANS = "entity spans"  # what doc.ents was last made from (the mentions' places, texts, types and ids)


def token_spans(doc: Doc, offsets: list[int], mentions: list[Mention]) -> list[Span]:
    """The mentions (in order, without overlaps) as entity spans over the tokens that
    hold them; of two mentions inside one token the first."""
    spans: list[Span] = []
    taken = 0  # the tokens before this one are in a span already
    for mention in mentions:
        start = mention.start + len(mention.text) - len(mention.text.lstrip())  # not the space after a token
        first, end = bisect_right(offsets, start) - 1, bisect_left(offsets, mention.end)
        if first >= taken and end > first:
            spans.append(Span(doc, first, end, label=mention.type, kb_id=mention.kb_id or ""))
            taken = end
    return spans


# -- indexes: what a family asks of every name it finds, in time that does not grow with how
# many names an item has (a name repeated a thousand times in one sentence costs a thousand
# looks, not a million)

def written_at(text: str, name: str, fits: Callable[[int, int], bool] | None = None,
               places: Places | None = None) -> list[int]:
    """Where ``text`` writes ``name`` (not empty), each after the one before ends, where
    ``fits(start, end)`` (the bounds a pattern's look-behind and look-ahead would ask):
    ``re.finditer(before + re.escape(name) + after, text)``'s starts, without compiling a
    pattern per name (an item naming thousands overflows re's cache of 512: a compile each);
    ``places``: the text's Places, where the caller looks for many names in it."""
    if places is not None:
        found, after, length = [], 0, len(name)
        for at in places.starts(name):
            if at >= after and (fits is None or fits(at, at + length)):
                found.append(at)
                after = at + length
        return found
    found, at, length = [], text.find(name), len(name)
    while at >= 0:
        if fits is None or fits(at, at + length):
            found.append(at)
            at = text.find(name, at + length)
        else:
            at = text.find(name, at + 1)
    return found


class Places:
    """Where one text writes each of many names (a text naming thousands of parties): the text's
    places indexed once by the KEY characters starting at each, so that a name is looked for at the
    few places its beginning is written, not along the whole text once per name (which grew with
    the names times the text). For a caller looking for at least MANY names in one text."""

    KEY = 4
    MANY = 200

    def __init__(self, text: str) -> None:
        self.text = text
        self.index: dict[str, list[int]] = {}
        index, key = self.index, self.KEY
        for at in range(len(text) - key + 1):
            index.setdefault(text[at:at + key], []).append(at)

    @classmethod
    def of(cls, text: str, names: int) -> Places | None:
        """The text's Places where ``names`` names are looked for in it, MANY or more; else None (scan it)."""
        return cls(text) if names >= cls.MANY else None

    def starts(self, name: str) -> list[int]:
        """Every place the text writes ``name`` (not empty), overlapping ones too, in order."""
        if len(name) < self.KEY:
            return every_start(self.text, name)
        return [at for at in self.index.get(name[:self.KEY], ()) if self.text.startswith(name, at)]


class TextsPlaces:
    """Where a list of texts (a document's items) writes each of many names: each text and the place
    the name starts in it, in the texts' order; for MANY names or more, one Places of the texts joined
    (a name looked up once, not once per text: thousands of names, each looked for in each of a long
    document's hundreds of parts, grew with the square of the document), else a scan of each text."""

    SEPARATOR = "\0"  # (no name holds it: a name holding it is looked for text by text)

    def __init__(self, texts: Sequence[str], names: int) -> None:
        self.texts = list(texts)
        self.places = Places.of(self.SEPARATOR.join(self.texts), names)
        self.bases = list(accumulate((len(text) + len(self.SEPARATOR) for text in self.texts[:-1]), initial=0))

    def written_at(self, name: str) -> Iterator[tuple[str, int]]:
        """Each place a text writes ``name`` (not empty), overlapping ones too: the text and where the name starts."""
        if self.places is None or self.SEPARATOR in name:
            for text in self.texts:
                for at in every_start(text, name):
                    yield text, at
            return
        for at in self.places.starts(name):
            number = bisect_right(self.bases, at) - 1
            yield self.texts[number], at - self.bases[number]


def every_start(text: str, name: str) -> list[int]:
    """Every place ``text`` writes ``name`` (not empty), overlapping ones too, in order."""
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found


# the characters other than ASCII that re's IGNORECASE matches to an ASCII letter, or whose
# lower case is no one character of their own (K: the Kelvin sign, İ, ı, ſ)
_CASE_ODD = frozenset("\u212a\u0130\u0131\u017f")


@lru_cache(maxsize=8)
def _lowered_plain(text: str) -> str | None:
    """The text in lower case where it writes none of _CASE_ODD, else None (read once per text,
    not once per name looked for in it)."""
    return text.lower() if _CASE_ODD.isdisjoint(text) else None


def written_at_any_case(text: str, name: str, fits: Callable[[int, int], bool]) -> list[int] | None:
    """written_at in any case (``re.IGNORECASE``), for an ASCII name in a text writing none of
    the few characters whose case folding differs from str.lower's (the lowered text then
    keeps every position); None otherwise (ask a pattern)."""
    lowered = _lowered_plain(text) if name.isascii() else None
    if lowered is None:
        return None
    return written_at(lowered, name.lower(), fits)

class Taken:
    """Spans of a text that names have taken: whether a span shares a character with one of
    them (as ``overlaps_any``), in time of the span's length."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        spans = list(spans)
        self.exact: Counter = Counter(spans)  # span -> how many times it was taken
        # position -> how many spans hold it (counted by Counter's own loop, not one Python step a character)
        self.cover: Counter = Counter(chain.from_iterable(starmap(range, spans)))
        # the positions of empty spans, in order (one strictly inside a span meets it)
        self.empty: list[int] = sorted(start for start, end in spans if end <= start)

    def add(self, start: int, end: int) -> None:
        self.exact[start, end] += 1
        if end <= start:
            insort(self.empty, start)
        self.cover.update(range(start, end))

    def overlaps(self, start: int, end: int, besides_itself: bool = False) -> bool:
        """Whether a span taken shares a character with text[start:end] (a name: not empty);
        ``besides_itself``: one other than the span (start, end) itself."""
        own = self.exact[start, end] if besides_itself else 0
        held = self.cover.get
        if any(held(position, 0) > own for position in range(start, end)):
            return True
        after = bisect_right(self.empty, start)
        return after < len(self.empty) and self.empty[after] < end


class Holding:
    """Names by the characters they hold: those sharing a character with text[start:end] (a name: not empty; and
    an empty one strictly inside it: ``other.start < end and start < other.end``), in time of
    the span's length, not of how many names there are."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self.at: dict[int, list[Mention]] = {}  # position -> the names holding it
        self.empty: list[tuple[int, int]] = []  # (position, the name's number) of the empty names, in order
        self.names: list[Mention] = []
        for mention in mentions:
            self.add(mention)

    def add(self, mention: Mention) -> None:
        if mention.end <= mention.start:
            insort(self.empty, (mention.start, len(self.names)))
        for position in range(mention.start, mention.end):
            self.at.setdefault(position, []).append(mention)
        self.names.append(mention)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        found = {id(m): m for position in range(start, end) for m in self.at.get(position, ())}
        for at in range(bisect_right(self.empty, (start, len(self.names))), len(self.empty)):
            if self.empty[at][0] >= end:
                break
            found.setdefault(id(self.names[self.empty[at][1]]), self.names[self.empty[at][1]])
        return list(found.values())


class Covering:
    """Spans (fixed once made): whether one of them holds all of text[start:end]."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # the furthest end of those starting so far

    def covers(self, start: int, end: int) -> bool:
        before = bisect_right(self.starts, start)
        return before > 0 and self.reach[before - 1] >= end


class Endings:
    """Persons' names by what follows each space in them (Paul M. Nakasone: M. Nakasone and
    Nakasone), with where the first so written ends: whether a name was written before as
    the end of a person's fuller name (``m.text.endswith(" " + name) and m.end <= start``)."""

    def __init__(self, mentions: Iterable[Mention] = (), name: Callable[[Mention], str] = lambda m: m.text) -> None:
        self.name = name
        self.first_end: dict[str, int] = {}
        self.seen = 0  # how many of a growing list add_new has read
        for mention in mentions:
            self.add(mention)

    def add(self, mention: Mention) -> None:
        text = self.name(mention)
        for position, character in enumerate(text):
            if character == " ":
                tail = text[position + 1:]
                self.first_end[tail] = min(mention.end, self.first_end.get(tail, mention.end))

    def add_new(self, mentions: list[Mention]) -> None:
        """Add the persons of a growing list that were added to it since the last call."""
        for mention in mentions[self.seen:]:
            if mention.type == "Person":
                self.add(mention)
        self.seen = len(mentions)

    def ends_with(self, name: str, before: int | None = None) -> bool:
        """Whether a person's name ends in " " + ``name`` (one ending at ``before`` at the latest)."""
        end = self.first_end.get(name)
        return end is not None and (before is None or end <= before)
