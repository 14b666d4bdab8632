"""English rule-making read from the dependency parse (Fact.rule ``enactment/issued``,
``enactment/proposed``).

The cue patterns (kg.facts.english, kg.facts.cue) read "X signed Y" where the words stand
next to each other; news and client alerts put lists, titles and whole phrases between an
actor and its act ("Sens. A, B and C, all members of the Commerce Committee, introduced
the Y Act"; "the Y Act was passed Tuesday by the Senate, 51-50"; "Governor X pulled out
the bills and signed them: AB 1, AB 2").  This family reads the clause instead
(kg.parser), only in English sentences naming a Law and holding one of the verb forms of
data/lexicon/enactment.tsv:

- a verb of making final (signed, passed, adopted, enacted, approved, published, issued,
  finalized) with an actor as subject and a Law as object, or a Law as passive subject
  and the actor after "by": issued; a legislature the act is done "in" or "through" (was
  approved in the Assembly and Senate, passed through the Senate) or that a Law as subject
  passed (the X Act passed the National Assembly's plenary session) issued it too;
- a verb of putting forward (introduced, proposed, sponsored, authored, tabled, put forth)
  the same way, with those it is put forward "alongside" (reintroduced Y alongside Reps. A
  and B): proposed;
- a bill's sponsor named in apposition (the sponsor of SB 5, Sen. X): proposed;
- a bill "by" a person, the "by" hanging on the bill (a bill by Assemblyman X; AB 1 by Sen. X): proposed.

Subjects and objects are followed through their lists, appositions, a coordinated
verb's subject, active or passive (X pulled … and then signed Y; Y was introduced and
passed through the Senate), an "including" list (agencies, including X,
co-issued Y), what a container noun holds (published the final version of Y), a colon's list
after a bare instrument noun (signed the bills: A, B and C), a passive "it" or a bare
instrument noun standing for the one law the item names (It was sponsored by A and B), and "he"/"she" standing for the
one person the sentence names before it; a dateline's place is no actor.  A hedge on the verb or above it (would
sign, if he signs, plans to introduce, did not sign) states nothing.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..model import Fact, Mention
from .base import SIGNATURES, Sentence, confidence, key
from .cued_parse import LexiconParses
from .dependency import children, dateline, hedged, lower, preposition_objects
from .grammar import party_place

WEIGHT = 0.8  # a parse can attach a phrase to the wrong word
OF = frozenset({"of"})  # the X of Y: the law an instrument is of
CLIMB = ("xcomp", "ccomp", "conj", "acomp")  # a hedge above: through an adjective too (is expected to sign)
KINDS = ("issue", "propose", "hedge", "hedge_head", "sponsor", "author", "instrument", "along", "into", "other", "draft", "titled",
         "container", "listing", "pronoun", "chamber", "through", "beside", "phrasal", "particle", "law_pronoun", "ruling")
RELATION = {"issue": "issued", "propose": "proposed"}


def linked(token: Token, words: dict[str, frozenset[str]], strict: bool = False) -> list[Token]:
    """A phrase's own token, the words inside it (a name's head may be any of its words),
    its appositions, the title it is given (a guidance entitled X), what a container noun
    holds (the final version of X), the members an "including" names (agencies including X)
    and, unless ``strict`` (the one phrase a participle follows: AB 1, authored by X, and AB 2), its list."""
    follow = ("appos", "compound") if strict else ("conj", "appos", "compound", "npadvmod")
    found, queue = [], [token]
    while queue:
        current = queue.pop(0)
        if current in found:
            continue
        found.append(current)
        queue += children(current, *follow)
        queue += [o for c in current.children if c.dep_ == "acl" and lower(c) in words["titled"]
                  for o in c.children if o.dep_ in ("oprd", "dobj", "attr", "xcomp", "npadvmod", "appos")]
        opening = words["listing"] | (OF if lower(current) in words["container"] else frozenset())
        queue += preposition_objects(current, opening)  # (no "by" among them: no passive agent)
    return found


class Enactments(LexiconParses):
    """Instruments an English sentence's parse says an actor issued or proposed (see the module)."""

    LEXICON, KINDS, CUES = "enactment.tsv", KINDS, ("issue", "propose", "sponsor", "author", "phrasal")

    def worth(self, sentence: Sentence) -> bool:
        """A sentence naming an instrument (its actor may be unnamed: a pronoun, a title)."""
        return bool(sentence.laws)

    def facts(self, sentence: Sentence) -> list[Fact]:
        read = self.read(sentence)
        if read is None:
            return []
        doc, names = read
        out: list[Fact] = []
        for token in doc:
            kind = self.kind(token)
            if kind is not None and token.pos_ in ("VERB", "AUX") and not hedged(token, self.words, CLIMB):
                actors, laws = self.arguments(token, kind)
                laws += self.listed_after(laws)
                relation = "proposed" if self.drafted(laws) else RELATION[kind]  # issued a draft: proposed it
                only = None if self.ruling(laws, actors) else self.only_law(laws, sentence)
                out += self.made(relation, actors, laws, names, sentence, only, strict=token.dep_ == "acl")
                if kind == "issue":
                    out += self.chambers(token, relation, laws, names, sentence, only)
            elif lower(token) in self.words["sponsor"] and token.pos_ == "NOUN":
                actors, laws = self.sponsors(token)
                out += self.made("proposed", actors, laws, names, sentence, self.only_law(laws or [token], sentence))
            elif authors := self.authors(token, names):
                out += [f for f in self.made("proposed", authors, [token], names, sentence, self.only_law([token], sentence))
                        if f.head.type == "Person"]
        return out

    def kind(self, token: Token) -> str | None:
        """issue or propose for a verb of making final or putting forward (put forth, put forward: the verb
        with its particle), None for any other word."""
        word = lower(token)
        if word in self.words["phrasal"] and any(lower(c) in self.words["particle"] for c in children(token, "prt", "advmod")):
            return "propose"
        return next((k for k in ("issue", "propose") if word in self.words[k]), None)

    def chambers(self, verb: Token, relation: str, laws: list[Token], names: dict[int, Mention], sentence: Sentence,
                 only: Mention | None) -> list[Fact]:
        """The legislatures an act of making final is done in or through (Y was approved in the Assembly and
        Senate, passed through the Senate, was passed in the National Assembly's plenary session), and the one a
        Law as subject passed (Y passed the National Assembly's plenary session): each issued the law.  A
        legislature only: a place or a room (signed in Sacramento, in the Rose Garden) makes nothing."""
        bodies = [o for p in children(verb, "prep") if lower(p) in self.words["chamber"] for o in children(p, "pobj")]
        if lower(verb) in self.words["through"]:
            subjects = [names.get(t.i) for s in children(verb, "nsubj") for t in linked(s, self.words)]
            if any(m is not None and m.type == "Law" for m in subjects):
                bodies += children(verb, "dobj")
                laws = laws + children(verb, "nsubj")
        who = [m for t in bodies for w in linked(t, self.words) if (m := names.get(w.i)) is not None
               and m.type == "Legislature" and not dateline(sentence, m)]
        what = self.named(laws, names, {"Law"}, sentence) or ([only] if only is not None else [])
        distinct = {key(m): m for m in who}
        return [Fact(h, relation, t, sentence.evidence, confidence(h, t, WEIGHT), f"enactment/{relation}")
                for h in distinct.values() for t in what if h is not t]

    def authors(self, noun: Token, names: dict[int, Mention]) -> list[Token]:
        """Who a bill is "by" where "by" hangs on the bill itself, not on a verb (a bill by
        Assemblyman X relating to …; AB 2655 by Assemblymember X requires …): its author, who
        put it forward; only a bare instrument noun or a Law's name, never after a verb of making
        (passed by the Senate is the verb's agent)."""
        mention = names.get(noun.i)
        if not (mention is not None and mention.type == "Law" or noun.pos_ == "NOUN" and lower(noun) in self.words["instrument"]):
            return []
        return [o for p in children(noun, "prep") if lower(p) in self.words["author"] for o in children(p, "pobj")]

    @staticmethod
    def sponsors(noun: Token) -> tuple[list[Token], list[Token]]:
        """(sponsors, bills) around a sponsor noun: "the sponsor of SB 5, Sen. X", "SB 5's
        sponsor, X", "Lead sponsors include X and Y", "X is the bill's sponsor"."""
        actors = children(noun, "appos")
        if noun.dep_ == "nsubj":
            actors += children(noun.head, "dobj", "attr")
        elif noun.dep_ == "attr":
            actors += children(noun.head, "nsubj")
        return actors, preposition_objects(noun, OF) + children(noun, "poss")

    def listed_after(self, laws: list[Token]) -> list[Token]:
        """The words a colon lists after a bare instrument noun the act names (signed the bills:
        AB 1, AB 2 and AB 3), which the parse hangs elsewhere."""
        out: list[Token] = []
        for noun in laws:
            after = noun.right_edge.i + 1
            if noun.pos_ != "NOUN" or lower(noun) not in self.words["instrument"] or \
                    after >= len(noun.doc) or noun.doc[after].text != ":":
                continue
            for token in noun.doc[after + 1:]:
                if token.text in (";", ".", ":"):
                    break
                out.append(token)
        return out

    def drafted(self, laws: list[Token]) -> bool:
        """Whether what was issued is a draft (released a draft of X, the draft X Bill,
        published by Y; a consultation on X)."""
        return any(lower(w) in self.words["draft"] for t in laws for w in t.subtree if w.i <= t.i)

    def only_law(self, laws: list[Token], sentence: Sentence) -> Mention | None:
        """The one law the item names, where the act's object is a bare instrument noun
        (passed the bill, introduced a measure) and the sentence names no law itself."""
        if any(m.type == "Law" for m in sentence.mentions):
            return None
        nouns = self.words["instrument"] | self.words["sponsor"]
        bare = [t for t in laws if t.pos_ == "NOUN" and lower(t) in nouns
                or t.dep_ == "nsubjpass" and lower(t) in self.words["law_pronoun"]]  # It was sponsored by X
        if not bare or any(lower(c) in self.words["other"] for t in bare for c in t.children):
            return None  # a similar bill, another measure: not the one named
        distinct = {key(m): m for m in sentence.laws}
        return next(iter(distinct.values())) if len(distinct) == 1 else None

    def ruling(self, laws: list[Token], actors: list[Token]) -> bool:
        """An order against DeepSeek, the order issued by US District Judge X: a bare instrument noun
        that a word on it or in its issuer's title (enactment.tsv ruling) makes a ruling on a party, not
        the one law the item names (the GDPR the Garante's order applies)."""
        words = self.words["ruling"]
        return any(t.pos_ == "NOUN" and lower(t) in self.words["instrument"] and any(lower(c) in words for c in t.children)
                   for t in laws) or any(lower(w) in words for a in actors for w in a.subtree)

    def arguments(self, verb: Token, kind: str = "issue") -> tuple[list[Token], list[Token]]:
        """(actors, instruments) of an act: active subject and object, or passive subject
        and the "by" agent; a coordinated verb without a subject takes its head's (active or
        passive); a bill is put forward "alongside" its co-sponsors."""
        subjects = children(verb, "nsubj")
        objects = children(verb, "dobj", "obj")
        passive = children(verb, "nsubjpass")
        agents = [o for a in children(verb, "agent") for o in children(a, "pobj")]
        if verb.dep_ == "acl" and not passive and objects:  # agencies, including X, co-issued Y: the parse's participle
            return subjects + [verb.head], objects
        if verb.dep_ == "acl" and not passive:  # the Y Act, signed by X in May, … (that one, not its list)
            passive = [verb.head]
            return subjects + agents, passive
        if not subjects and not passive and verb.dep_ == "conj":
            subjects, passive = children(verb.head, "nsubj"), children(verb.head, "nsubjpass")
        for prep in children(verb, "prep"):
            pobj = children(prep, "pobj")
            if lower(prep) in self.words["along"]:  # X introduced Y along with Z
                subjects += [o for w in children(prep, "prep") for o in children(w, "pobj")]
            elif lower(prep) in self.words["beside"] and kind == "propose":  # introduced Y alongside Reps. A and B
                subjects += pobj
            elif lower(prep) in self.words["into"] and not objects:  # signed into law on Friday the Y Act
                objects += [o for o in pobj if lower(o) != "law"]
        return subjects + agents, objects + passive

    def made(self, relation: str, actors: list[Token], laws: list[Token], names: dict[int, Mention],
             sentence: Sentence, only: Mention | None = None, strict: bool = False) -> list[Fact]:
        heads, tails = SIGNATURES[relation]
        who = self.named(actors, names, heads, sentence) or self.pronoun_actor(actors, sentence)
        what = self.named(laws, names, tails, sentence, strict) or ([only] if only is not None else [])
        read = {key(t): self.draft_word(relation, t, sentence) for t in what}  # issued, or proposed for a draft
        return [Fact(h, read[key(t)], t, sentence.evidence, confidence(h, t, WEIGHT), f"enactment/{read[key(t)]}")
                for h in who for t in what if h is not t]

    def pronoun_actor(self, actors: list[Token], sentence: Sentence) -> list[Mention]:
        """The one person a sentence names before its actor "he" or "she" (Governor X said the
        state would lead after she signed Y): that person.  (Not EnglishFacts.pronouns, which
        reads a pronoun opening a clause of the text for a cue pattern: this reads the parse's
        actor token, and only one person named before it in the sentence.)"""
        pronouns = [t for t in actors if lower(t) in self.words["pronoun"]]
        if not pronouns:
            return []
        before = sentence.start + pronouns[0].idx
        persons = {key(m): m for m in sentence.mentions if m.type == "Person" and m.end <= before}
        return list(persons.values()) if len(persons) == 1 else []

    def draft_word(self, relation: str, law: Mention, sentence: Sentence) -> str:
        """proposed where the word before the law's name calls it a draft (the draft X Bill)."""
        before = re.findall(r"[A-Za-z-]+", sentence.text[max(sentence.start, law.start - 30):law.start])
        return "proposed" if before and before[-1].lower() in self.words["draft"] else relation

    def named(self, tokens: list[Token], names: dict[int, Mention], types: set[str], sentence: Sentence,
              strict: bool = False) -> list[Mention]:
        """The names of ``types`` the argument phrases hold (see linked)."""
        out: list[Mention] = []
        for token in tokens:
            for t in linked(token, self.words, strict):
                mention = names.get(t.i)
                if mention is None or (mention.type == "Jurisdiction" and t is not token and t.dep_ != "conj"):
                    continue  # U.S. Senators A and B, Sen. A, D-Hawaii: the place qualifies them, it acts not
                if dateline(sentence, mention):
                    continue  # NEW YORK — the mayor released X: the dateline's place acts not
                if party_place(sentence.text, mention):
                    continue  # Sens. A, R-Ohio, and B: the state a lawmaker's party label names acts not
                if t.dep_ == "compound" and names.get(t.head.i) is not mention:
                    continue  # Senate president X, Senate Majority Leader Y: a title's body, not the actor
                if mention.type in types and mention not in out:
                    out.append(mention)
        return out
