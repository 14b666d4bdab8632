"""A court's act a sentence tells with no event cue where that act is only hearing the case
(the High Court heard arguments in A v. B; 法院公开审理了此案): a hearing of its suit, not a
ruling, which _attach_events reads from any other act told without a cue (the court
affirmed the denial).

>>> heard_only("The High Court heard extensive arguments in Roe v. Doe.")
True
>>> heard_only("The court, which heard the case, found Doe liable.")
False
"""
from __future__ import annotations

import functools
import re

from .words import LEXICON, SUITS_LEXICON, context_words

_LATIN_WORD = re.compile(r"[a-z]+")


def heard_only(sentence: str) -> bool:
    """Whether a sentence tells a court hearing the case (suits.tsv hearing_act) and no other
    act of a court: no verb of parse_cues.tsv rule but a hearing one (heard, found), no
    hearing_finding (经审理认为, 审理后判决)."""
    if context_words("hearing_act", SUITS_LEXICON).search(sentence) is None:
        return False
    if context_words("hearing_finding", SUITS_LEXICON).search(sentence) is not None:
        return False
    return _court_acts().isdisjoint(_LATIN_WORD.findall(sentence.lower()))


@functools.cache
def _court_acts() -> frozenset[str]:
    """The verbs of a court's act other than hearing (ruled, dismissed, found, ordered)."""
    from ..facts.dependency import parse_lexicon  # (here: kg.facts imports kg.cases)
    hearing = {"hear", "hears", "heard", "hearing"}
    return parse_lexicon(LEXICON / "parse_cues.tsv", ("rule",))["rule"] - hearing
