"""English letters of grievance read from the dependency parse (Fact.rule ``notice_parse``):
a cease-and-desist letter, a warning or demand letter, a legal notice sent by one party to
another tells an accusation outside a lawsuit.

The cue patterns of kg.facts.english read "X filed a complaint with R against Y" where the words
stand together; news tells the letter in any voice and with a clause between its sides ("Y has
been sent a cease and desist letter by the state's Attorney General X"; "the suit follows a
cease-and-desist letter the institute sent to Y last month"; "X sent Y a cease-and-desist
letter").  This family reads the clause (kg.parser), only in English sentences holding a word
of data/lexicon/notice_parse.tsv:

- a verb of sending (sent, issued, delivered, served) whose object (or the noun a relative clause
  of sending hangs on) is a letter or notice a word of grievance qualifies (cease-and-desist,
  warning, demand, legal): its subject, or the passive agent after "by", accused whom the letter
  went "to", the dative (sent Y a letter) or the passive subject (Y was sent a letter by X).

Heads and tails are those of ``accused`` (kg.facts.base.SIGNATURES).  A hedge on the verb or
above it (threatened to send, did not send) states nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..model import Fact, Mention
from .base import SIGNATURES, Sentence
from .cued_parse import LexiconParses
from .dependency import children, lower, preposition_objects
from .inquiry_parse import acting, acts, made

WEIGHT = 0.75  # a parse can attach a phrase to the wrong word
RELATIVE = frozenset({"WDT", "WP"})  # the letter that (which) X sent: the pronoun stands for the letter
KINDS = ("send", "letter", "mark", "to", "hedge", "hedge_head", "container")
ACCUSERS, ACCUSED = (frozenset(types) for types in SIGNATURES["accused"])


class ParsedNotices(LexiconParses):
    """X sent Y a cease-and-desist letter; Y was sent a warning letter by X: X accused Y (see the module)."""

    LEXICON, KINDS, CUES = "notice_parse.tsv", KINDS, ("mark",)

    def facts(self, sentence: Sentence) -> list[Fact]:
        read = self.read(sentence)
        if read is None:
            return []
        doc, names = read
        return [fact for verb in acts(doc, self.words, self.words["send"])
                for fact in self.accusations(verb, names, sentence)]

    def accusations(self, verb: Token, names: dict[int, Mention], sentence: Sentence) -> list[Fact]:
        """The accusations a verb of sending makes: its letters of grievance to whom they go."""
        letters = [o for o in self.carried(verb) if self.grievance(o)]
        if not letters:
            return []
        receivers = [t for holder in (verb, *letters) for t in preposition_objects(holder, self.words["to"])]
        datives = children(verb, "dative")  # sent Y a letter; the parse's "to" Y as a dative too
        receivers += datives + [o for d in datives for o in children(d, "pobj")] + children(verb, "nsubjpass")
        return made("accused", acting(verb, self.words), ACCUSERS, receivers, names, sentence, WEIGHT, tail_types=ACCUSED)

    @staticmethod
    def carried(verb: Token) -> list[Token]:
        """What a verb of sending sends: its object and the object's list (the parse can make "cease"
        the object and "letter" its conjunct), or the noun its relative clause hangs on (the letter
        the institute sent to Y; a letter sent last week)."""
        objects = [o for o in children(verb, "dobj", "obj") if o.tag_ not in RELATIVE]
        if verb.dep_ in ("relcl", "acl") and not objects:
            objects = [verb.head]
        return objects + [c for o in objects for c in children(o, "conj")]

    def grievance(self, noun: Token) -> bool:
        """Whether a noun is a letter of grievance: a letter or notice a word of mark stands
        before (a cease and desist letter, a warning letter, a legal notice)."""
        return lower(noun) in self.words["letter"] and \
            any(lower(w) in self.words["mark"] for w in noun.subtree if w.i < noun.i)
