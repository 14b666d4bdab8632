"""The learned family: a relation the rules did not read between two names of one
sentence, added where the relation classifier (kg.learn, data/model/relations.json,
trained by bench/train_relations.py on the annotated sets) gives it a probability at or
above the relation's threshold.  The rules' facts are among its features, so it reads
what they leave: 据报道，音乐出版商Concord已就歌词版权问题将Anthropic告上法院 where no
cue rule reads the pair: Concord sued Anthropic.

KG_LEARNED=0 turns it off (rules alone, for comparison), and so does a model whose
cross-validation found no gain ("enabled": false); ``kg evaluate --by-rule`` also measures
it by building without it.
"""
from __future__ import annotations

from .. import learn
from ..model import Fact
from .base import Document, DocumentFamily, Shared

#: Set to a list, the family records each document's candidates there and adds nothing
#: (bench/train_relations.py reads the candidates the rules leave, as the family sees them).
COLLECTOR: list | None = None


class LearnedRelations(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.featurizer = learn.Featurizer(shared)

    def facts(self, document: Document) -> list[Fact]:
        if COLLECTOR is not None:
            COLLECTOR.append(self.featurizer.candidates(document))
            return []
        if not learn.enabled():
            return []
        model = learn.load_model()
        if model is None or not model.enabled:
            return []
        out = []
        for candidate in self.featurizer.candidates(document):
            for relation, probability in model.accepted(candidate):
                out.append(Fact(candidate.head, relation, candidate.tail, candidate.evidence,
                                confidence=round(min(candidate.head.confidence, candidate.tail.confidence)
                                                 * probability, 3)))
        return out
