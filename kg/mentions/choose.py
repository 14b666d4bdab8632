"""Choosing among the candidates the families found (overlaps allowed) the names of the
Doc, as spaCy's filter_spans makes ``doc.ents`` out of a span group: each candidate is
cut to the name between junk edges (kg.mentions.edges), then of overlapping candidates
the longest wins, then the more confident, then the earlier.  A candidate naming nothing
(data/lexicon/nobody.txt: John Does, Mickey Mouse, Generative AI) is dropped first, and so is a placeholder (John Doe) where the item marks
it as one (kg.mentions.choose.Placeholders).  A
candidate running on over a conjunction (name_edges.tsv joined: "and") from one exact name
into another (Attorney General Dana Whitcombe and Riverton High School, GDPR and Portuguese Data
Protection Act, Lexfield Scholar AI and ChatGPT) is two names: where a known name (the
knowledge base's) or a person another family found ends at the conjunction, the candidate is
cut to the words after it; where one starts after it and ends with the candidate, to the
words before it (kg.mentions.choose.Joined); a known place or public body inside a longer
name (Law Society of England and Wales) parts nothing.  The candidates stay in
``doc.user_data["candidates"]`` for the rules that need an inner name (美国商务部 inside
美国商务部工业与安全局)."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..alternation import alternatives
from ..kb import DATA_DIR
from ..model import Mention
from .base import set_mentions
from .edges import Edges
from .words import Words, vocabulary


class ChooseNames:
    def __init__(self, words: Words) -> None:
        self.edges = Edges(words)
        self.nobody = words.kb.nobody
        self.joined = Joined([w for row in words.kb.name_edges if row[0] == "joined" for w in row[2]], words.kb.articles)
        self.placeholders = Placeholders(words.kb.name_edges)

    def __call__(self, doc: Doc) -> Doc:
        candidates = [self.edges.trim(candidate) for candidate in doc.user_data.get("candidates", [])]
        candidates = self.joined(self.placeholders(doc.user_data["text"], [candidate for candidate in candidates
                                                              if candidate is not None and candidate.text not in self.nobody]))
        towns = weakest(candidates, doc.user_data.get("towns", ()))
        doc.user_data.setdefault("candidates", []).extend(towns)
        set_mentions(doc, longest_first(candidates + towns))
        return doc


def weakest(candidates: list[Mention], readings) -> list[Mention]:
    """Of the weakest readings (a generated town the kb family read alone: kg.mentions.kb TownWords),
    those no candidate overlaps: where any family reads a name over the same words (Santander the
    bank in a list of companies, the University of Texas, a person's Vinh), the other reading wins."""
    taken = bytearray(max((m.end for m in candidates), default=0) + 1)
    for mention in candidates:
        taken[mention.start:mention.end] = b"\1" * (mention.end - mention.start)
    return [m for m in readings if 1 not in taken[m.start:m.end]]


# families whose spans are a whole name: a known name, a person (the run-on's other part); of the
# known names, a place or a public body opens or ends a longer one (Law Society of England and
# Wales, Department of Health and Human Services) and parts nothing
_WHOLE = frozenset({"kb"})
_PARTING = frozenset({"Company", "AIModel", "Law"})
# kinds of candidate a conjunction belongs to: a caption's sides (A and B v. C), a person's
# given names (John and Jane Roe) are read by their own families
_UNSPLIT = frozenset({"Person", "Case"})


class Joined:
    """A candidate running on over a conjunction from one whole name into another is cut
    to the other: "Dana Whitcombe and Riverton High School" (a person ends at "and") ->
    "Riverton High School"; "Lexfield Scholar AI and ChatGPT" (a known model starts after
    it and ends the candidate) -> "Lexfield Scholar AI".  The knowledge base's candidates are
    never cut (Department of Health and Human Services is known whole), and a known place or
    public body parts nothing (Law Society of England and Wales)."""

    def __init__(self, words: list[str], articles: frozenset[str] = frozenset()) -> None:
        self.conjunction = re.compile(rf" (?:{alternatives(words)}) (?=[A-Z0-9“\"])") if words else None
        self.articles = articles

    def whole(self, mention: Mention) -> bool:
        """A person's name, or a known company, model or law; not a title an article opens (the
        Information, an outlet: "the Information and Privacy Commissioner" is one office)."""
        if mention.text.partition(" ")[0].lower() in self.articles:
            return False
        return mention.type == "Person" or mention.mechanism.partition("/")[0] in _WHOLE and mention.type in _PARTING

    def __call__(self, candidates: list[Mention]) -> list[Mention]:
        if self.conjunction is None:
            return candidates
        spans = {(m.start, m.end) for m in candidates if self.whole(m)}
        return [self.cut(m, spans) for m in candidates]

    def cut(self, mention: Mention, spans: set[tuple[int, int]]) -> Mention:
        # (a whole name is a person's, _UNSPLIT, or the knowledge base's, _WHOLE: never cut)
        if mention.mechanism.partition("/")[0] in _WHOLE or mention.type in _UNSPLIT or mention.mechanism == "title":
            return mention
        for found in self.conjunction.finditer(mention.text):
            left, right = mention.start + found.start(), mention.start + found.end()
            if mention.end - right >= 2 and any((start, left) in spans for start in range(mention.start, left)):
                # Dana Whitcombe| and Riverton High School
                text = mention.text[found.end():]
                return replace(mention, text=text, start=right)
            if (right, mention.end) in spans and found.start() >= 2:  # Lexfield Scholar AI and |ChatGPT|
                text = mention.text[:found.start()]
                return replace(mention, text=text, end=left)
        return mention


class Placeholders:
    """A placeholder name (John Doe) names nobody in an item that marks it as one somewhere: a
    word of not knowing who within its clause (an unidentified individual referred to as John
    Doe; the anonymous moniker of Jane Doe) or a filing's word right after it (a John Doe
    injunction, John Doe Defendants); then every candidate it opens is dropped, a caption's side
    too (Harbor Labs v. John Doe).  Where nothing marks it, it stays a person's stand-in name
    (Jane Roe and John Doe sued Acme).  Lexicon: name_edges.tsv placeholder, placeholder_cue,
    placeholder_after."""

    WINDOW = 60  # characters either side of the name, within its line, where a cue marks it

    def __init__(self, rows: list[tuple[str, str, tuple[str, ...]]]) -> None:
        names = [w for row in rows if row[0] == "placeholder" for w in row[2]]
        cues = [w for row in rows if row[0] == "placeholder_cue" for w in row[2]]
        after = [w for row in rows if row[0] == "placeholder_after" for w in row[2]]
        self.name = re.compile(rf"(?<![\w-])(?:{alternatives(names)})(?![\w-])") if names else None
        self.cue = re.compile(rf"(?<![\w-])(?:{alternatives(cues)})(?![\w-])") if cues else None
        self.after = re.compile(rf"[”\"’']?[ \t]+(?:{alternatives(after)})(?![\w-])") if after else None

    def __call__(self, text: str, candidates: list[Mention]) -> list[Mention]:
        if self.name is None:
            return candidates
        marked = {found.group() for found in self.name.finditer(text) if self.marked(text, found)}
        if not marked:
            return candidates
        return [m for m in candidates if not any(m.text == name or m.text.startswith(name + " ") for name in marked)]

    def marked(self, text: str, found: re.Match) -> bool:
        """Whether a cue near this occurrence of a placeholder name marks it as one."""
        if self.after is not None and self.after.match(text, found.end()):
            return True  # a John Doe injunction, (John Doe Defendants)
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end < 0 else line_end
        window = text[max(line_start, found.start() - self.WINDOW):min(line_end, found.end() + self.WINDOW)]
        return self.cue is not None and self.cue.search(window) is not None


@Language.factory("choose_names", default_config={"data_dir": str(DATA_DIR)})
def _create(nlp: Language, name: str, data_dir: str) -> ChooseNames:
    return ChooseNames(vocabulary(data_dir))


def longest_first(candidates: list[Mention]) -> list[Mention]:
    """Resolve overlaps: longer spans win, then higher confidence, then earlier."""
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in candidates), default=0))  # 1: a character some chosen span holds
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), -m.confidence, m.start)):
        if mention.end <= mention.start or 1 in taken[mention.start:mention.end]:
            continue
        chosen.append(mention)
        taken[mention.start:mention.end] = b"\1" * (mention.end - mention.start)
    return sorted(chosen, key=lambda m: m.start)
