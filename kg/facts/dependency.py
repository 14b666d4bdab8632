"""What the families that read an English sentence's dependency parse (kg.parser) share:
their lexicon files' reading, and each token's name (kg.facts.parsed: suits, settlements,
rulings; kg.facts.enactment: bills introduced, signed, passed)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.tokens import Doc, Token

from ..kb import cue_words, tsv_rows
from ..model import Mention
from ..parser import prepare
from ..segment import EN_DATELINE_AFTER
from .base import Sentence, Shared, within


def parse_lexicon(path: Path, needed: Iterable[str]) -> dict[str, frozenset[str]]:
    """A parse family's lexicon (kind, cues): per kind its words in lower case; ValueError
    naming the file where a row lacks either or a ``needed`` kind has no row."""
    kinds: dict[str, frozenset[str]] = {}
    for number, row in enumerate(tsv_rows(path), 2):
        if not row.get("kind") or not row.get("cues"):
            raise ValueError(f"{path}: row {number} needs a kind and its words")
        kinds[row["kind"]] = frozenset(w.lower() for w in cue_words(row["cues"]))
    if missing := sorted(set(needed) - set(kinds)):
        raise ValueError(f"{path}: no row for {', '.join(missing)}")
    return kinds


def names_by_token(doc: Doc, sentence: Sentence, mentions: Iterable[Mention] | None = None) -> dict[int, Mention]:
    """Each token of the sentence's parse wholly inside one of ``mentions`` (the sentence's
    names by default), mapped to that name: not "Corp.-owned" of News Corp."""
    starts = [sentence.start + token.idx for token in doc]  # (in order)
    out: dict[int, Mention] = {}
    for mention in sentence.mentions if mentions is None else mentions:  # the first one holding a token has it
        for i in range(bisect_left(starts, mention.start), bisect_left(starts, mention.end)):
            if starts[i] + len(doc[i].text) <= mention.end:
                out.setdefault(i, mention)
    return dict(sorted(out.items()))  # (in the tokens' order)


class ItemParses:
    """Called at each sentence a parse family reads: at the first of an item, every sentence of
    the item whose names ``names`` passes (by default: it names something) and that ``worth``
    passes (the family's cheap test) is parsed in one batch (kg.parser.prepare), so that the family's parse() of each finds it made: the same
    parses in about half the time."""

    def __init__(self, shared: Shared, worth: Callable[[str], bool],
                 names: Callable[[list[Mention]], bool] = bool) -> None:
        self.shared, self.worth, self.names, self.text = shared, worth, names, None

    def __call__(self, sentence: Sentence) -> None:
        text = sentence.text
        if text is self.text:
            return
        self.text = text
        prepare(text[start:end] for start, end, _ in self.shared.dated_sentences(sentence.item, text)
                if self.names(within(sentence.named, sentence.starts, start, end)) and self.worth(text[start:end]))


def dateline(sentence: Sentence, mention: Mention) -> bool:
    """Whether a name opens the sentence as its dateline (BOSTON — Entrepreneur Media, …): no party."""
    return not sentence.text[sentence.start:mention.start].strip() and \
        EN_DATELINE_AFTER.match(sentence.text, mention.end, sentence.end) is not None


def lower(token: Token) -> str:
    return token.text.lower()


def children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def stray_conjuncts(token: Token) -> list[Token]:
    """The list members the parse hung on the clause above ``token`` rather than on its list: a
    noun joined by "and"/"or" to a word on the path from ``token`` up to its verb, after ``token``'s
    phrase, with no subject of its own (opened an investigation into both A and B, "B" a conjunct
    of "opened"; issued requests to A, C and several smaller firms, "firms" one of "issued").  A
    verb's conjunct is a verb or clause, never a noun, so such a noun is a member of the list."""
    end, out, node = max(t.i for t in token.subtree), [], token
    while node.head is not node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
        out += [c for c in children(node, "conj") if c.pos_ in ("NOUN", "PROPN") and c.i > end
                and any(lower(w) in ("and", "or") for w in c.doc[end + 1:c.i]) and not children(c, "nsubj", "nsubjpass")]
    return out


def hedged(verb: Token, words: dict[str, frozenset[str]], climb: tuple[str, ...] = ("xcomp", "ccomp", "conj")) -> bool:
    """Whether the verb's act is left unstated: a modal, a condition or a negation on it (the
    ``hedge`` words), a verb of intending, urging or refusing above it (``hedge_head``, climbing
    through ``climb``), or the verb used as an adjective ("the proposed rule": a name, no act)."""
    if any(lower(c) in words["hedge"] for c in children(verb, "aux", "auxpass", "mark", "neg")):
        return True
    head = verb
    while head.dep_ in climb and head.head is not head:
        head = head.head
        if lower(head) in words["hedge_head"]:
            return True
    return verb.dep_ == "amod"


def preposition_objects(token: Token, words: frozenset[str]) -> list[Token]:
    """The objects of the prepositions (or agent "by") among ``token``'s children whose word is one of ``words``."""
    return [obj for prep in token.children if prep.dep_ in ("prep", "agent") and lower(prep) in words
            for obj in prep.children if obj.dep_ == "pobj"]
