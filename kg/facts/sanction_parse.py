"""English fines and bans read from the dependency parse (Fact.rule ``sanction_parse``): a
body's act on a company, whatever stands between them.

The cue patterns of kg.facts.english read "X fined Y" where the words stand together; news puts
an amount and its conversion between the act and its actor ("A was fined 15 million euros
($15.6 million) by B and ordered to …"), lists one fine per company ("B fined A €500 million
and C €200 million"), and tells a ban as a measure announced or a gerund ("B announced the
immediate blockade of the model known as A"; "B took a step by blocking A").  This family reads
the clause (kg.parser), only in English sentences holding a word of data/lexicon/sanction_parse.tsv:

- a verb of fining with its subject and object, the names an amount's phrase holds (A €500
  million), or its passive subject and the agent after "by": fined;
- a verb of banning the same way, its subject through a gerund after "by": banned;
- a verb of announcing, ordering or imposing whose object is a ban (blockade, suspension): the
  subject banned what the measure is of, on or against, through "known as";
- the same verbs, and levying or proposing, whose object is a fine or a penalty: the subject fined
  what the fine is on or against (B imposed a €5 million fine on A; B proposed a fine against A);
- a verb of banning, or of stopping or halting, whose object is a thing's use (downloads, use,
  access, sale): the subject banned what the use is of or to (B suspended the downloads of A;
  B stopped downloads of A).

A fine or a ban told as what an inquiry led to (B fined A €15 million following an investigation
into …; B banned A at the beginning of its investigation: a preposition of sequel whose object,
or that object's "of", is an inquiry) says the body investigated A too.

Heads are state bodies (Regulator, Legislature; for a ban also a state or a court), found as in
kg.facts.inquiry_parse; tails companies, organisations, persons and models, and what a ban keeps
others from using (barred agencies from using A: A).  A hedge on the verb or above it (would fine,
plans to ban, did not block, lifted the ban) states nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..model import Fact, Mention
from .base import Sentence, Shared
from .cued_parse import LexiconParses
from .dependency import children, lower, preposition_objects
from .inquiry_parse import BODIES, STATE, acting, acting_state, acting_types, acts, made, naming

WEIGHT = 0.75  # a parse can attach a phrase to the wrong word
KINDS = ("fine", "ban", "measure", "impose", "reach", "penalty", "levy", "service", "service_of", "halt", "sequel",
         "inquiry", "known", "use", "hedge", "hedge_head", "container", "relational")
AMOUNT = frozenset({"NUM", "SYM"})
FINED_TOO = AMOUNT | {"PROPN", "NOUN"}  # a list's next fine: … and C €200 million
BANNERS = BODIES | {"Jurisdiction", "Court"}  # a state, its government or a court's order bans too


class ParsedSanctions(LexiconParses):
    """B fined A €500 million and C €200 million; A was fined … by B: fined (see the module)."""

    LEXICON, KINDS, CUES = "sanction_parse.tsv", KINDS, ("fine", "ban", "measure", "penalty", "service")

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.verbs = frozenset().union(*(self.words[kind] for kind in ("fine", "ban", "impose", "levy", "halt")))
        self.blocs = frozenset(shared.words["bloc"])  # the states that act themselves (acting_state)

    def batched(self, mentions: list[Mention]) -> bool:
        """A sentence naming a body that may fine or ban (a state or a court too)."""
        return naming(BANNERS)(mentions)

    def worth(self, sentence: Sentence) -> bool:
        return self.batched(sentence.mentions)

    def facts(self, sentence: Sentence) -> list[Fact]:
        read = self.read(sentence)
        if read is None:
            return []
        doc, names = read
        out: list[Fact] = []
        heads = acting_types(sentence.mentions, BODIES)
        for verb in acts(doc, self.words, self.verbs):
            relation, targets = self.targets(verb)
            if targets:
                # (relational: the maker a product's name modifies is the one acted on: fined ChatGPT maker OpenAI)
                if relation == "banned":
                    acted = made(relation, acting(verb, self.words), BANNERS, targets, names, sentence, WEIGHT,
                                 relational=self.words["relational"])
                else:
                    acted = [f for f in made(relation, acting(verb, self.words, participle=True), heads, targets, names,
                                             sentence, WEIGHT, relational=self.words["relational"], subject_only=STATE)
                             if acting_state(f.head, self.blocs)]
                out += acted
                if self.follows_inquiry(verb):  # (fined A following an investigation: the body investigated A)
                    out += [Fact(f.head, "investigated", f.tail, f.evidence, f.confidence) for f in acted
                            if f.head.type in BODIES or f.head.type in STATE and acting_state(f.head, self.blocs)]
        return out

    def follows_inquiry(self, verb: Token) -> bool:
        """Whether a preposition of sequel on the verb has an inquiry for its object, or in that
        object's "of" (following an investigation; at the beginning of its investigation)."""
        held = [o for p in children(verb, "prep") if lower(p) in self.words["sequel"] for o in children(p, "pobj")]
        held += [o for h in held for o in preposition_objects(h, frozenset({"of"}))]
        return any(lower(o) in self.words["inquiry"] for o in held)

    def targets(self, verb: Token) -> tuple[str, list[Token]]:
        """(relation, the phrases the act reaches) of a verb ("", [] where it is no sanction)."""
        word = lower(verb)
        objects = children(verb, "dobj", "obj", "nsubjpass", "dative")
        if word in self.words["fine"]:
            objects += [c for c in children(verb, "conj") if c.pos_ in FINED_TOO]
            return "fined", [t for o in objects for t in (amount_words(o) if amount(o) else [o])]
        if word in self.words["ban"] or word in self.words["halt"]:
            # (what a thing's use is of: suspended the downloads of A; a halt bans only so: stopped downloads of A)
            used = [t for o in objects if lower(o) in self.words["service"]
                    for t in preposition_objects(o, self.words["service_of"])]
            if word not in self.words["ban"]:
                return ("banned", used) if used else ("", [])
            # (and what it keeps them from: barred agencies from using A)
            kept = [u for p in children(verb, "prep") if lower(p) == "from" for u in children(p, "pcomp")
                    if lower(u) in self.words["use"]]
            return "banned", objects + [o for u in kept for o in children(u, "dobj")] + used
        fines = [o for o in children(verb, "dobj", "obj") if lower(o) in self.words["penalty"]]
        if fines and word in self.words["levy"]:  # (the fine's "on" or "against" may hang on the verb or its amount)
            reach = self.words["reach"] - {"of"}
            amounts = [a for f in fines for a in preposition_objects(f, frozenset({"of"}))]
            return "fined", [t for holder in (*fines, *amounts, verb) for t in preposition_objects(holder, reach)]
        if word in self.words["impose"]:
            measures = [o for o in children(verb, "dobj", "obj") if lower(o) in self.words["measure"]]
            reached = [t for m in measures for t in preposition_objects(m, self.words["reach"])]
            return "banned", reached + [o for t in reached for k in children(t, "acl") if lower(k) in self.words["known"]
                                        for o in preposition_objects(k, frozenset({"as"})) + children(k, "oprd")]
        return "", []


def amount(noun: Token) -> bool:
    """Whether a fine's object is its amount (€500 million; 2.95 billion euros, a currency word with
    its number)."""
    return noun.pos_ in AMOUNT or any(c.dep_ == "nummod" for c in noun.children)


def amount_words(noun: Token) -> list[Token]:
    """The words before an amount in its phrase, where the parse hangs the fined name (fined tech
    giant Google 2.95 billion euros: "Google" a modifier of "euros" or of its number); not its
    conversion after it (($3.4 billion))."""
    return [t for left in noun.lefts for t in left.subtree if t.pos_ in ("PROPN", "NOUN")]
