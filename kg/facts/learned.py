"""The learned family: a relation the rules did not read between two names of one
sentence, added where the relation classifier (kg.learn, data/model/relations.json,
trained by bench/train_relations.py on the annotated sets) gives it a probability at or
above the relation's threshold.  The rules' facts are among its features, so it reads
what they leave: 据报道，音乐出版商Concord已就歌词版权问题将Anthropic告上法院 where no
cue rule reads the pair: Concord sued Anthropic.

KG_LEARNED=0 turns it off (rules alone, for comparison), and so does a model whose
cross-validation found no gain ("enabled": false); ``kg evaluate --by-rule`` also measures
it by building without it.  Its veto (where the model has one for a relation) drops a
rule's fact of that relation whose pair, in the sentence the rule read it in, the veto's
regression scores below its threshold: ``screen``, which the pipeline calls after every
document family has read.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .. import learn
from ..model import Fact, Item
from .base import Document, DocumentFamily, Shared


class LearnedRelations(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.featurizer = learn.Featurizer(shared)
        #: a list while ``collecting``: the family records each document's candidates there
        #: and adds nothing
        self.collector: list | None = None
        #: where the veto dropped a rule fact in the document read last (kg.learn.mark), for ``screen``
        self.marks: set[tuple] = set()

    def facts(self, document: Document) -> list[Fact]:
        self.marks = set()
        if self.collector is not None:
            self.collector.extend(self.featurizer.candidates(document))
            return []
        if not learn.enabled():
            return []
        model = learn.load_model()
        if model is None or not model.enabled:
            return []
        out = []
        for candidate in self.featurizer.candidates(document, model.live(), model.screened()):
            for relation, probability in model.accepted(candidate):
                out.append(Fact(candidate.head, relation, candidate.tail, candidate.evidence,
                                confidence=round(min(candidate.head.confidence, candidate.tail.confidence)
                                                 * probability, 3)))
            self.marks.update(learn.mark(candidate, relation) for relation, _ in model.vetoed(candidate))
        return out

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        """The document's facts but the rule facts the veto dropped when the family read it
        last (each where it was read: a fact read in another sentence too stands there)."""
        marks, self.marks = self.marks, set()
        return learn.screen(facts, marks)


@contextmanager
def collecting(extractor) -> Iterator[list[learn.Candidate]]:
    """The candidates the learned family of ``extractor`` (a kg.facts.Extractor) sees in
    the documents read meanwhile, the rules' facts left out; it adds none meanwhile
    (bench/train_relations.py trains on them)::

        with collecting(pipeline.extractor) as candidates:
            pipeline.process(path)
    """
    families = [family for family in extractor.document_families if isinstance(family, LearnedRelations)]
    candidates: list[learn.Candidate] = []
    for family in families:
        family.collector = candidates
    try:
        yield candidates
    finally:
        for family in families:
            family.collector = None
