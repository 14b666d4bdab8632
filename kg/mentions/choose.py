"""Choosing among the candidates the families found (overlaps allowed) the names of the
Doc, as spaCy's filter_spans makes ``doc.ents`` out of a span group: each candidate is
cut to the name between junk edges (kg.mentions.edges), then of overlapping candidates
the longest wins, then the more confident, then the earlier.  A candidate naming nothing
(data/lexicon/nobody.txt: John Does, Mickey Mouse, Generative AI) is dropped first.  The
candidates stay in ``doc.user_data["candidates"]`` for the rules that need an inner
name (美国商务部 inside 美国商务部工业与安全局)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..kb import DATA_DIR
from ..model import Mention
from .base import set_mentions
from .edges import Edges
from .words import Words, vocabulary


class ChooseNames:
    def __init__(self, words: Words) -> None:
        self.edges = Edges(words)
        self.nobody = words.kb.nobody

    def __call__(self, doc: Doc) -> Doc:
        candidates = [self.edges.trim(candidate) for candidate in doc.user_data.get("candidates", [])]
        set_mentions(doc, longest_first([candidate for candidate in candidates
                                         if candidate is not None and candidate.text not in self.nobody]))
        return doc


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
