"""English litigation read from the dependency parse (Fact.rule ``parsed/sued``,
``parsed/settled``, ``parsed/adjudicated``, ``parsed/sued_across``, ``parsed/dismissal``,
``parsed/complaint``).

The word-pattern rules (kg.facts.english) read a suit where its words stand in the order a
pattern lists; published sentences put whole clauses between a plaintiff and its verb
("Maple Records, the label known for its jazz catalogue, and Brightline Audio, which
distributes its albums, filed a lawsuit against Tunewave").  This family reads the
sentence's structure instead (kg.parser: spaCy's small English pipeline), only for
English sentences holding one of the cue words of data/lexicon/parse_cues.tsv, so that
the parse costs nothing elsewhere:

- a suit verb (sue) with its subject and object, active or passive (X sued Y; Y was sued by
  X; Y is being sued by X), its subject found through a relative clause (X, which sued Y)
  or the verb it depends on (X joined B in suing Y);
- a filing verb whose object is a suit (X filed / brought / launched a lawsuit against Y),
  a suit noun's own plaintiffs and defendants (a suit filed by X against Y; X's lawsuit
  against Y; Y faces a lawsuit from X; Y was hit with a suit from X; Y is defending (fighting) a
  suit brought by X, or cases including X's lawsuit; the suit waged against it by X: "it" the
  subject of a clause the parse hung below; a complaint filed on behalf of X; brought by X et al),
  X took Y to court, and "in the lawsuit, X accuses Y";
- settlements: X settled with Y; X settled a suit brought by Y (Y also sued X); X reached
  a settlement with Y, or in (over) a suit brought by Y; X agreed to pay Y to settle;
- rulings: a court named as (or with the judge or panel who is) the subject of a ruling
  verb, or its passive agent, adjudicates each party the sentence names as a side of the
  suit and each party the ruling's arguments name (Judge Z of the X Court denied A's
  motion; the X Court dismissed the suit against B; the Ninth Circuit affirmed the
  Copyright Office's rejection of C's application; handed D a win; ruled in favour of E;
  held that F …; protected the personality rights of G; was hearing a petition filed by
  H); "the court" or "he" of a clause reported or coordinated takes the court
  of the verb above it (Judge Z of the X Court said the court denied …); a judge or "the
  court" the sentence ties to no court is the one court the item names (Judge Z granted …);
  a party winning or losing a ruling from a named court;
- suits a suit noun's allegation tells (the complaint, brought by X, accuses Y …; alleges
  that Y …), and "X's case against Y" (a "case against" makes a sentence worth parsing); a
  filing whose accusation names the defendant (X filed the lawsuit, accusing Y of …);
- a suit two sentences tell (``parsed/sued_across``): a suit told before whose filing the sentence
  tells with one side (the lawsuit, brought by X; a lawsuit initiated by X; X filed the suit; C
  joined A in the suit; X reached settlements with several families: its defendants) or
  a role noun's list (the plaintiffs include A and B; the lead plaintiff, A; other defendants
  include C; C was named as a defendant) takes the other side from the sentence's own suits,
  else from the nearest of the two sentences before it that names a suit with that side.

- a motion to dismiss a suit (``parsed/dismissal``): its movant is the suit's defendant (X's motion
  to dismiss Y's claims; X moved to dismiss the suit brought by Y; Z was granted its motion to
  dismiss claims brought by Y); a side told by a pronoun (the suit filed against it by Y: the
  nearest name subject of a clause above it) or by a name compounded before the suit noun (a Y
  copyright lawsuit against X); a role noun before names or after "is" (plaintiffs A and B say …;
  A and B are plaintiffs in a suit against C; D, a defendant in the case brought by E);
- a ruling told as a noun of its court (a Y Court ruling in favour of A over B; the Y Court's
  decision in the case brought by A), and a Y Court case (ruling) won against B;
- a complaint lodged with a regulator, named or not (``parsed/complaint``): an accusation of
  whom it names, no suit (A filed a complaint with the Austrian regulator, alleging that B's chatbot …).

Each argument is followed through its list (A, B and C), appositives (the label, a
company …, and B) and "including" lists (authors including A and B), and mapped to the
sentence's names (kg.model.Mention); a noun phrase with no name of a party's type gives
no fact.  A hedge above the verb (plans to sue, could face, threatened to) or its negation
makes none.  Facts the pattern rules read too are the same facts (kg.facts.distinct).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..alternation import alternation
from ..model import Fact, Mention
from ..parser import parse
from .base import SIGNATURES, Sentence, SentenceFamily, Shared, confidence, key
from .dependency import ItemParses, children, dateline, lower, names_by_token, parse_lexicon, preposition_objects
from .english import english_sentence
from .grammar import bracketed_places

WEIGHT = 0.8  # a parse can attach a phrase to the wrong word: less sure than a clause a pattern reads whole
SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "obj")


class ParseWords:
    """data/lexicon/parse_cues.tsv, read: per kind its words (lower case), and the cue check."""

    NEEDED = ("cue", "sue", "file", "face", "hit", "take", "court_word", "suit", "accuse", "by", "against", "settle",
              "settlement", "pay", "resolve", "rule", "judge", "court_cue", "favour", "listing", "group", "hedge", "relative",
              "join", "along", "versus", "venue", "favour_noun", "aside", "court_reference", "won", "verdict", "before_court",
              "allege", "topic", "acting_judge", "agree", "anaphor", "plaintiff_role", "defendant_role", "member", "ruling_in",
              "dismiss", "motion", "move", "pronoun", "verdict_noun", "grievance", "regulator_word", "concerning", "behalf",
              "settled_in")

    def __init__(self, path) -> None:
        self.kinds = parse_lexicon(path, self.NEEDED)
        self.cue, self.court = (alternation(self.kinds[k], re.IGNORECASE, latin_whole=True) for k in ("cue", "court_cue"))
        self.court_verbs = self.kinds["rule"] | self.kinds["take"] | self.kinds["won"] | self.kinds["verdict_noun"]

    def worth_parsing(self, sentence: str, court_named: bool = False) -> bool:
        """Whether a sentence holds a suit's words, or a court's (or names a court: the Ninth
        Circuit) with a ruling verb or noun, one winning a ruling or one taking a party to court (the cheap check)."""
        return self.cue.search(sentence) is not None or ((court_named or self.court.search(sentence) is not None) and not \
            self.court_verbs.isdisjoint(re.findall(r"[a-z]+", sentence.lower())))

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.kinds[kind]


@dataclass
class View:
    """One sentence's parse with its names: the name each token stands in (party types only)."""
    doc: Doc
    names: dict[int, Mention]  # token index -> the mention it is part of
    tokens: dict[Mention, list[Token]]

    @classmethod
    def of(cls, doc: Doc, sentence: Sentence, types: set[str]) -> View:
        mentions = [m for m in sentence.mentions if m.type in types and not dateline(sentence, m)]
        glosses = bracketed_places(sentence.text, mentions)  # Reddit (US): the place glosses the name, no party
        names = names_by_token(doc, sentence, [m for m in mentions if id(m) not in glosses])
        tokens: dict[Mention, list[Token]] = {}
        for token in doc:
            if token.i in names:
                tokens.setdefault(names[token.i], []).append(token)
        return cls(doc, names, tokens)

    def court(self, token: Token) -> Mention | None:
        mention = self.names.get(token.i)
        return mention if mention is not None and mention.type == "Court" else None


@dataclass
class Sides:
    """The parties a sentence names on each side of one suit; ``told``: the suit is one told
    before (the lawsuit, their complaint, the plaintiffs …), whose other side an earlier sentence may name."""
    plaintiffs: list[Mention]
    defendants: list[Mention]
    told: bool = False


def actors(verb: Token) -> list[Token]:
    """A verb's subjects, else its passive agents (by X)."""
    return children(verb, "nsubj") or preposition_objects(verb, frozenset({"by"}))


# the dependencies of a name qualifying a noun (the OpenAI chatbot; a "Roe" or "Acme" watermark: the parse
# makes the second of two quoted names a nominal modifier), never a party a ruling names (nmod: devA76 one wrong
# fact removed, none right)
QUALIFYING = ("compound", "amod", "nmod")


def merged(*groups: list[Mention]) -> list[Mention]:
    out: dict[str, Mention] = {}
    for group in groups:
        for mention in group:
            out.setdefault(key(mention), mention)
    return list(out.values())


class ParsedSuits(SentenceFamily):
    """Suits, settlements and rulings an English sentence's parse tells (see the module)."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.cues = ParseWords(shared.kb.data_dir / "lexicon" / "parse_cues.tsv")
        self.types = set(SIGNATURES["sued"][0]) | {"Court"}  # the names an argument may stand for
        self.kin = frozenset(word.lower() for word in shared.words["kin_noun"])  # (context.tsv: son of X, no party)
        self.batch = ItemParses(shared, lambda text: english_sentence(text) and self.cues.worth_parsing(text))

    def facts(self, sentence: Sentence) -> list[Fact]:
        snippet = sentence.text[sentence.start:sentence.end]
        court_named = any(m.type == "Court" for m in sentence.mentions)
        if not sentence.mentions or not english_sentence(snippet) or not self.cues.worth_parsing(snippet, court_named):
            return []
        self.batch(sentence)
        doc = parse(snippet)
        if doc is None:
            return []
        view = View.of(doc, sentence, self.types)
        either = self.suits(view) + [s for s in self.roles(view) if s.plaintiffs and s.defendants]
        suits = [s for s in either if s.plaintiffs and s.defendants]  # (the suits it names both sides of)
        settlements = self.settlements(view)
        dismissals = [s for s in self.dismissals(view) if s.plaintiffs and s.defendants]
        sides_read = suits + [s for s, _ in settlements]
        across = self.across(view, sentence, sides_read, either)  # (a settled suit: its settlers the defendants)
        # a name one suit of the sentence has as plaintiff is no defendant of another (A sued B and C and D
        # filed a case against E: the parse can run the list on past "and")
        suing = {key(p) for sides in sides_read + dismissals for p in sides.plaintiffs}
        out = [self.fact(p, "sued", d, sentence, "sued") for sides in sides_read
               for p in sides.plaintiffs for d in sides.defendants if key(d) not in suing]
        out += [self.fact(p, "sued", d, sentence, "dismissal") for sides in dismissals
                for p in sides.plaintiffs for d in sides.defendants if key(d) not in suing]
        out += [self.fact(p, "sued", d, sentence, "sued_across") for sides in across
                for p in sides.plaintiffs for d in sides.defendants if key(d) not in suing]
        out += [self.fact(a, "settled", b, sentence, "settled") for _, pairs in settlements for a, b in pairs]
        out += [self.fact(f, "accused", a, sentence, "complaint") for filers, accused in self.complaints(doc, sentence)
                for f in filers for a in accused]
        out += [self.fact(court, "adjudicated", party, sentence, "adjudicated")
                for court, party in self.rulings(view, suits + dismissals, self.item_court(sentence))]
        return self.unique([f for f in out if f is not None])

    def fact(self, head: Mention, relation: str, tail: Mention, sentence: Sentence, rule: str) -> Fact | None:
        heads, tails = SIGNATURES[relation]
        if key(head) == key(tail) or head.type not in heads or tail.type not in tails:
            return None
        return Fact(head, relation, tail, sentence.evidence, confidence(head, tail, WEIGHT), f"parsed/{rule}")

    @staticmethod
    def unique(facts: list[Fact]) -> list[Fact]:
        seen, out = set(), []
        for fact in facts:
            found = (key(fact.head), fact.relation, key(fact.tail))
            if found not in seen:
                seen.add(found)
                out.append(fact)
        return out

    # --- the names an argument stands for -------------------------------------------------

    def names(self, view: View, token: Token | None) -> list[Mention]:
        """The names of the party types an argument holds: its own name, those of its list and
        appositives (A, the label …, and B), and the members an "including" list or a group's
        "of" names (authors including A and B; a group of artists; the state of Texas)."""
        found: list[Mention] = []
        queue, seen = ([token] if token is not None else []), set()
        modifiers: set[int] = set()  # words qualifying a name: a place there (UK forum Mumsnet) is no party
        while queue:
            current = queue.pop(0)
            if current.i in seen:
                continue
            seen.add(current.i)
            mention = view.names.get(current.i)
            if mention is not None and current.i in modifiers and mention.type == "Jurisdiction":
                continue
            if mention is not None and mention.type != "Court":
                if mention not in found:
                    found.append(mention)
                heads = view.tokens[mention]
            else:
                heads = [current]
            for head in heads:
                seen.add(head.i)
                queue += [c for c in head.children if c.dep_ in ("conj", "appos")]
                queue += [c for c in children(head, "nmod") if children(c, "cc")]  # Apple and … OpenAI, parsed Apple as a modifier
                queue += preposition_objects(head, self.cues["listing"])
                queue += [obj for prep in children(head, "prep") if lower(prep) == "as"
                          for obj in children(prep, "pobj")]  # such as A and B
                if mention is None and head.tag_ in ("NNP", "NNPS"):  # OpenAI Ireland Ltd., the name without its Ltd.
                    modifiers.update(t.i for t in children(head, "compound"))
                    queue += children(head, "compound")
                if mention is None and lower(head) in self.cues["group"]:
                    queue += preposition_objects(head, frozenset({"of"}))  # a group of artists
        return sorted(found, key=lambda m: m.start)

    def subject(self, view: View, verb: Token) -> list[Mention]:
        """The names of a verb's subject: its own (through a relative pronoun to the name its
        clause describes), else that of the verb it depends on (X agreed to pay; X filed and sued)."""
        for _ in range(4):
            subjects = children(verb, "nsubj")
            if subjects:
                if lower(subjects[0]) in self.cues["relative"] and verb.dep_ == "relcl":
                    return self.names(view, verb.head)
                return merged(*(self.names(view, s) for s in subjects), self.along(view, verb, verb),
                              self.along(view, subjects[0], verb))
            if verb.dep_ == "relcl":  # the firms suing Y, a company that sued Y
                return self.names(view, verb.head)
            if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp") and verb.head is not verb:
                verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
                continue
            break
        return []

    def along(self, view: View, token: Token, verb: Token) -> list[Mention]:
        """The names "along with" or "together with" adds to a subject before its verb (X, along
        with Y, sued Z; not X sued Z along with its supplier W)."""
        return [m for prep in children(token, "prep") if lower(prep) in self.cues["along"] and prep.i < verb.i
                for t in preposition_objects(prep, frozenset({"with"})) for m in self.names(view, t)]

    def hedged(self, verb: Token) -> bool:
        """Whether a hedge or a negation stands above the verb (plans to sue, could face, did not sue)."""
        hedges = self.cues["hedge"]
        for _ in range(4):
            if children(verb, "neg") or any(lower(a) in hedges for a in children(verb, "aux")):
                return True
            if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
                return False
            verb = verb.head
            if lower(verb) in hedges:
                return True
        return False

    @staticmethod
    def run_on(view: View, verb: Token) -> bool:
        """Whether the verb's clause runs into another whose subject the parse lost (A sued B and C
        and D filed a case: "D filed" read as a verb coordinated with "sued"): neither is read."""
        head = verb.head if verb.dep_ == "conj" else verb
        return any(c.pos_ == "VERB" and not children(c, *SUBJECTS) and c.i > 0 and c.i - 1 in view.names
                   for c in (head, *children(head, "conj")) if c is not head or verb is not head)

    @staticmethod
    def passive(verb: Token) -> bool:
        return bool(children(verb, "nsubjpass", "auxpass")) or (verb.dep_ == "acl" and verb.tag_ == "VBN")

    # --- suits ----------------------------------------------------------------------------

    def suits(self, view: View) -> list[Sides]:
        """Each suit of the sentence with either side named: suit verbs, filing verbs and suit nouns."""
        found: list[Sides] = []
        for token in view.doc:
            word = lower(token)
            if token.pos_ in ("VERB", "AUX") and word in self.cues["sue"]:
                sides = self.sued(view, token)
            elif token.pos_ == "VERB" and word in self.cues["take"]:
                sides = self.taken(view, token)
            elif token.pos_ == "VERB" and word in self.cues["accuse"]:
                sides = self.accused_in_suit(view, token)
            elif token.pos_ in ("NOUN", "PROPN") and word in self.cues["suit"]:
                sides = self.suit_noun(view, token)
            else:
                continue
            if sides is not None:  # filed its own lawsuit against it: a pronoun read as the filer is no defendant
                sides = replace(sides, defendants=[m for m in sides.defendants if m not in sides.plaintiffs])
            if sides is not None and (sides.plaintiffs or sides.defendants):
                found.append(sides)
        return found

    def sued(self, view: View, verb: Token) -> Sides | None:
        """X sued Y; Y was sued by X; X, which sued Y; X joined B in suing Y (B sues Y too)."""
        if self.hedged(verb) or self.run_on(view, verb):
            return None
        if self.passive(verb):
            defendants = self.names(view, (children(verb, "nsubjpass") or [None])[0]) if verb.dep_ != "acl" \
                else self.names(view, verb.head)
            plaintiffs = [m for t in preposition_objects(verb, frozenset({"by"})) for m in self.names(view, t)]
            return Sides(plaintiffs, defendants)
        defendants = [m for t in children(verb, *OBJECTS) for m in self.names(view, t)]
        plaintiffs = self.subject(view, verb)
        if verb.dep_ == "pcomp" and lower(verb.head.head) in self.cues["join"]:  # joined B in suing Y
            plaintiffs = merged(plaintiffs, [m for t in children(verb.head.head, *OBJECTS) for m in self.names(view, t)])
        return Sides(plaintiffs, defendants)

    def taken(self, view: View, verb: Token) -> Sides | None:
        """X took Y to court."""
        to_court = [t for t in preposition_objects(verb, frozenset({"to", "into", "before"})) if lower(t) in self.cues["court_word"]]
        if not to_court or self.hedged(verb):
            return None
        return Sides(self.subject(view, verb), [m for t in children(verb, *OBJECTS) for m in self.names(view, t)])

    def accused_in_suit(self, view: View, verb: Token) -> Sides | None:
        """In a lawsuit filed on Monday, X accuses Y of …: X sued Y (the accusation is the suit's)."""
        if not any(lower(t) in self.cues["suit"] for t in preposition_objects(verb, frozenset({"in"}))) \
                or self.hedged(verb):
            return None
        return Sides(self.subject(view, verb), [m for t in children(verb, *OBJECTS) for m in self.names(view, t)])

    def suit_noun(self, view: View, noun: Token) -> Sides | None:
        """The sides of a suit noun: its own (X's lawsuit, a suit by/from X, against Y; a suit filed
        by X against Y) and those its verb gives (X filed a suit; Y faces a suit; Y was hit with a suit)."""
        plaintiffs, defendants = self.noun_sides(view, noun)
        verb = noun.head
        if self.run_on(view, verb):
            return None
        if self.to_regulator(view, noun) or self.to_regulator(view, verb):
            return None  # a complaint filed with a regulator: no suit
        if noun.dep_ in OBJECTS and lower(verb) in self.cues["file"] and not self.hedged(verb):
            plaintiffs = merged(plaintiffs, self.subject(view, verb))
            defendants = merged(defendants, self.against(view, verb)) or merged(*(
                self.alleged_against(view, c) for c in children(verb, "advcl") if lower(c) in self.cues["allege"]))
        elif noun.dep_ == "pobj" and lower(verb) == "in" and lower(verb.head) in self.cues["join"] \
                and not self.hedged(verb.head):  # C and D joined A in the suit; A was joined in the suit by C
            plaintiffs = merged(plaintiffs, self.subject(view, verb.head), *(self.names(view, t) for t in children(
                verb.head, "nsubjpass", *OBJECTS) + preposition_objects(verb.head, frozenset({"by"}))))
        elif (noun.dep_ == "nsubjpass" or noun.dep_ == "nsubj" and children(verb, "agent")) \
                and lower(verb) in self.cues["file"] and not self.hedged(verb):  # (the lawsuit waged by X: a participle parsed as the verb)
            plaintiffs = merged(plaintiffs, *(self.names(view, t) for t in self.agents(verb)))
            defendants = merged(defendants, self.against(view, verb))
        elif (faced := self.listed_in(noun)).dep_ in OBJECTS and lower(faced.head) in self.cues["face"] \
                and not self.hedged(faced.head):  # faces a suit; is defending cases, including X's lawsuit
            defendants = merged(defendants, self.subject(view, faced.head))
            plaintiffs = merged(plaintiffs, [m for t in preposition_objects(faced.head, self.cues["by"])
                                             for m in self.names(view, t)])
        elif noun.dep_ == "nsubj" and lower(verb) in self.cues["allege"] and not self.hedged(verb):
            defendants = merged(defendants, self.alleged_against(view, verb))
        elif noun.dep_ == "pobj" and lower(verb) == "with" and lower(verb.head) in self.cues["hit"] \
                and not self.hedged(verb.head):
            defendants = merged(defendants, [m for t in children(verb.head, "nsubjpass") for m in self.names(view, t)])
        return Sides(plaintiffs, defendants, self.told_filed(noun))

    def listed_in(self, noun: Token) -> Token:
        """The suit noun whose list a suit noun is a member of (cases including X's lawsuit, such as
        Y's suit), else the noun itself."""
        head = noun.head
        listing = lower(head) in self.cues["listing"] or (lower(head) == "as" and any(
            lower(t) == "such" for t in (*head.children, head.head)))  # (such as: "such" under "as" or over it)
        if noun.dep_ == "pobj" and listing:
            outer = head.head.head if lower(head.head) == "such" else head.head
            return outer if lower(outer) in self.cues["suit"] else noun
        return noun

    def agents(self, token: Token) -> list[Token]:
        """The words naming who files a suit after a filing word: by (from) X, on behalf of X; a "by"
        whose object the parse lost (brought by Silverman et al: "al" hung elsewhere) the word after it."""
        lost = [token.doc[p.i + 1] for p in children(token, "prep", "agent") if lower(p) in self.cues["by"]
                and not children(p, "pobj") and p.i + 1 < len(token.doc)]
        return preposition_objects(token, self.cues["by"]) + lost + [
            t for on in preposition_objects(token, frozenset({"on"})) if lower(on) in self.cues["behalf"]
            for t in preposition_objects(on, frozenset({"of"}))]

    def told_filed(self, noun: Token) -> bool:
        """Whether a suit noun is one told before whose filing the sentence tells (X filed the lawsuit;
        the suit, brought by X; a lawsuit initiated by X; C joined A in the suit), not one it only cites
        (according to the complaint)."""
        if lower(noun.head) not in self.cues["resolve"] and \
                any(lower(c) in self.cues["file"] and self.agents(c) for c in children(noun, "acl")):
            return True  # a lawsuit initiated by X: the suit the story is about, its defendant told before
            # (not one a settling verb ends: its settler, read at the settlement or payment, is the defendant)
        if not any(lower(c) in self.cues["anaphor"] for c in children(noun, "det", "poss")):
            return False
        verb = noun.head
        return (noun.dep_ in (*OBJECTS, "nsubjpass") and lower(verb) in self.cues["file"]) or \
            any(lower(c) in self.cues["file"] for c in children(noun, "acl")) or \
            (noun.dep_ == "pobj" and lower(verb) == "in" and lower(verb.head) in self.cues["join"])

    # --- a suit's sides told over two sentences ---------------------------------------------

    def roles(self, view: View) -> list[Sides]:
        """The sides a role noun lists: "the plaintiffs are (include) A and B", "the lead plaintiff,
        A, …", "other defendants include C", "C was named as a defendant", "names D as a respondent"."""
        found: list[Sides] = []
        for noun in view.doc:
            word = lower(noun)
            if noun.pos_ not in ("NOUN", "PROPN") or \
                    not (word in self.cues["plaintiff_role"] or word in self.cues["defendant_role"]):
                continue
            members = merged(*(self.names(view, t) for t in children(noun, "appos")))
            verb = noun.head
            if noun.dep_ == "compound" and verb.i in view.names:  # plaintiffs A and B say …
                members = merged(members, self.names(view, verb))
            if noun.dep_ == "nsubj" and lower(verb) in self.cues["member"]:
                listed = children(verb, "attr", *OBJECTS)  # (are labels that own …, including A: the list may hang lower)
                listed += [o for t in listed for w in t.subtree if w.dep_ == "prep" and lower(w) in self.cues["listing"]
                           for o in children(w, "pobj")]
                members = merged(members, *(self.names(view, t) for t in listed))
            elif noun.dep_ == "pobj" and lower(verb) == "as" and verb.head.pos_ == "VERB":  # named C as a defendant
                members = merged(members, *(self.names(view, t) for t in children(verb.head, "nsubjpass", *OBJECTS)))
            elif noun.dep_ == "attr" and lower(verb) in self.cues["member"]:  # A and B are plaintiffs
                members = merged(members, self.subject(view, verb))
            elif noun.dep_ == "appos" and verb.i in view.names:  # A, a plaintiff in …
                members = merged(members, self.names(view, verb))
            if members and not self.hedged(verb if verb.pos_ == "VERB" else verb.head):
                found.append(self.role_sides(view, noun, members, word in self.cues["plaintiff_role"]))
        return found

    def role_sides(self, view: View, noun: Token, members: list[Mention], plaintiff: bool) -> Sides:
        """A role's members on their side, with the other side the suit the role is in names (A is
        a plaintiff in the suit against B; C, a defendant in the case brought by D): else a side
        told before, whose other side an earlier sentence may name."""
        sides = [self.noun_sides(view, t) for t in preposition_objects(noun, frozenset({"in"})) if lower(t) in self.cues["suit"]]
        other = merged(*(s[1] if plaintiff else s[0] for s in sides))
        told = not other
        return Sides(members, other, told) if plaintiff else Sides(other, members, told)

    def across(self, view: View, sentence: Sentence, suits: list[Sides], either: list[Sides]) -> list[Sides]:
        """Suits whose sides two sentences name: a suit told before (the lawsuit, brought by X;
        X filed the suit; the plaintiffs include X; other defendants include Y) with one side
        named takes the other from the sentence's own suits, else from the nearest of the two
        sentences before it that names a suit with that side (each of that sentence's suits; ``suits``:
        the sentence's with both sides named, ``either``: with either)."""
        told = [s for s in either + self.roles(view) if s.told and bool(s.plaintiffs) != bool(s.defendants)]
        if not told:
            return []
        out = []
        for sides in told:
            side = "defendants" if sides.plaintiffs else "plaintiffs"
            for sources in ([s for s in suits + told if s is not sides], *self.earlier(sentence)):  # (its own role lists too)
                other = [m for m in merged(*(getattr(s, side) for s in sources)) if m.type != "Jurisdiction"]
                if other:
                    out.append(Sides(sides.plaintiffs or other, sides.defendants or other))
                    break
        return out

    def earlier(self, sentence: Sentence):
        """The suits (either side named) of the two sentences before ``sentence`` in its item, nearest first
        (not their role lists: "The plaintiffs are A and B. The defendants are C and D." is the frame family's)."""
        spans = [(start, end) for start, end, _ in self.shared.dated_sentences(sentence.item, sentence.text)]
        before = [span for span in spans if span[1] <= sentence.start][-2:]
        for start, end in reversed(before):
            snippet = sentence.text[start:end]
            if not english_sentence(snippet) or not self.cues.worth_parsing(snippet) or (doc := parse(snippet)) is None:
                yield []
                continue
            mentions = [m for m in sentence.named if start <= m.start and m.end <= end]
            earlier = replace(sentence, start=start, end=end, mentions=mentions)
            view = View.of(doc, earlier, self.types)
            # (a role list borrows from a suit or a settlement's, not from another list: kg.facts.frame)
            yield self.suits(view) + [sides for sides, _ in self.settlements(view)]

    def alleged_against(self, view: View, verb: Token) -> list[Mention]:
        """Whom a suit's allegation names (the complaint, brought by X, accuses Y of …; names Y;
        alleges that Y (Y's chatbot) …)."""
        found = [m for t in children(verb, *OBJECTS) for m in self.names(view, t)]
        for clause in children(verb, "ccomp"):
            for subject in children(clause, *SUBJECTS):
                found += self.names(view, subject) + [m for t in children(subject, "poss") for m in self.names(view, t)]
        return merged(found)

    def before_regulator(self, view: View, token: Token) -> bool:
        """Whether the word's "with", "to" or "before" phrase names a regulator (a complaint filed
        with the data protection authority)."""
        return any(m.type == "Regulator" for t in preposition_objects(token, self.cues["venue"])
                   for m in self.venue_names(view, t))

    def venue_names(self, view: View, token: Token) -> list[Mention]:
        mention = view.names.get(token.i)
        return [mention] if mention is not None else [view.names[t.i] for t in children(token, "appos", "compound")
                                                      if t.i in view.names]

    def noun_sides(self, view: View, noun: Token) -> tuple[list[Mention], list[Mention]]:
        """The plaintiffs and defendants a suit noun names itself: X's suit; a suit by/from X;
        a suit filed (brought) by X; against Y, on the noun or its participle."""
        agents = preposition_objects(noun, self.cues["by"])
        defendants = self.against(view, noun)
        for participle in children(noun, "acl"):
            if lower(participle) in self.cues["file"]:
                agents += self.agents(participle)
                defendants += self.against(view, participle)
        owners = [t for word in (noun, *self.qualifiers(noun)) for t in children(word, "poss")]  # (X's DMCA claims)
        plaintiffs = [m for t in owners + agents for m in self.party(view, t)]
        defendants += [m for t in agents for m in self.against(view, t)]  # by X against Y, "against" parsed under X
        if defendants and not plaintiffs:  # a New York Times lawsuit against Y: the name qualifying the suit sues
            plaintiffs = [m for t in self.qualifiers(noun) for m in self.names(view, t) if m.type != "Jurisdiction"]
        return merged(plaintiffs), merged(defendants)

    @staticmethod
    def qualifiers(noun: Token) -> list[Token]:
        """The words compounded before a noun, through its compounds (a New York Times copyright lawsuit)."""
        found = children(noun, "compound")
        return found + [t for c in found for t in children(c, "compound")]

    def against(self, view: View, token: Token) -> list[Mention]:
        return [m for t in preposition_objects(token, self.cues["against"]) for m in self.party(view, t)]

    # --- a motion to dismiss a suit: its movant is the suit's defendant ---------------------

    def dismissals(self, view: View) -> list[Sides]:
        """X's motion to dismiss Y's claims; X moved (sought) to dismiss the suit brought by Y; X
        brought motions to dismiss parts of Y's case; Z was granted its motion to dismiss claims
        brought by Y: Y sued X (a suit's dismissal is asked for by its defendant)."""
        found = []
        for verb in view.doc:
            if lower(verb) not in self.cues["dismiss"] or verb.dep_ not in ("xcomp", "acl", "advcl"):
                continue
            movants = self.movants(view, verb)
            suits = [s for t in children(verb, *OBJECTS) for s in self.dismissed(t)]
            if movants and suits:
                found.append(Sides(merged(*(self.noun_sides(view, s)[0] for s in suits)),
                                   merged(movants, *(self.noun_sides(view, s)[1] for s in suits))))
        return found

    def movants(self, view: View, verb: Token) -> list[Mention]:
        """Who asks for a dismissal: the owner of the motion (X's motion, a motion by X, its motion:
        the subject it stands for), the subject filing it (X filed a motion to dismiss, brought
        motions to dismiss) or that of the verb of asking (X moved to dismiss)."""
        head = verb.head
        if lower(head) in self.cues["motion"] and head.pos_ == "NOUN":
            if owners := children(head, "poss") + preposition_objects(head, frozenset({"by"})):
                return merged(*(self.party(view, o) for o in owners))
            return self.subject(view, head.head) if head.dep_ in OBJECTS and lower(head.head) in self.cues["file"] else []
        if verb.dep_ == "advcl" and any(lower(o) in self.cues["motion"] for o in children(head, *OBJECTS)):
            return self.subject(view, head)  # brought motions to dismiss
        if head.pos_ == "VERB" and lower(head) in self.cues["move"] and not self.hedged(head):
            return self.subject(view, head)
        return []

    def dismissed(self, token: Token, depth: int = 2) -> list[Token]:
        """The suit nouns a dismissal's object names: itself (Y's claims) or through "of" and "in"
        (parts of Y's case; a claim in a case brought by Y)."""
        found = [token] if lower(token) in self.cues["suit"] else []
        if depth:
            found += [s for t in preposition_objects(token, frozenset({"of", "in"})) for s in self.dismissed(t, depth - 1)]
        return found

    def party(self, view: View, token: Token) -> list[Mention]:
        """The names a party's word holds, a pronoun (it, its, their) standing for the nearest name
        before it that is the subject of a clause above it (Stability AI seeks to have the suit
        brought against it tossed; Meta was granted its motion)."""
        if lower(token) not in self.cues["pronoun"]:
            return self.names(view, token)
        current = token
        for _ in range(6):
            if current.head is current:
                break
            current = current.head
            for subject in children(current, *SUBJECTS):
                if subject.i < token.i and (found := self.names(view, subject)):
                    return found
        if token.dep_ != "pobj":
            return []  # (its case: a possessive's name is read only from a clause above it)
        # else a clause before it the parse hung below (X faces a challenge: the suit waged against it)
        subjects = [t for t in current.subtree if t.dep_ in SUBJECTS and t.i < token.i and t.head is not current]
        return next((found for s in reversed(subjects) if (found := self.names(view, s))), [])

    # --- a complaint lodged with a regulator: an accusation, no suit ------------------------

    def complaints(self, doc: Doc, sentence: Sentence) -> list[tuple[list[Mention], list[Mention]]]:
        """A complaint filed with a regulator (A filed a complaint against B with the data protection
        authority; filed complaints with the authorities of five countries concerning B's plans; with
        the regulator, alleging that B's chatbot …; A, which filed a complaint with R, claimed that B …):
        the filer (a relative clause's: the name it hangs on) accused whom the complaint names (models too)."""
        view, found = View.of(doc, sentence, self.types | {"AIModel"}), []
        for noun in view.doc:
            verb = noun.head
            if lower(noun) not in self.cues["grievance"] or noun.dep_ not in OBJECTS or lower(verb) not in self.cues["file"] \
                    or self.hedged(verb) or not any(self.to_regulator(view, t) for t in (noun, verb)):
                continue
            filers = merged(self.subject(view, verb), self.noun_sides(view, noun)[0])
            venues = [v for t in (noun, verb) for v in preposition_objects(t, self.cues["venue"])]
            accused = merged(self.noun_sides(view, noun)[1], self.concerned(view, verb),
                             *(self.concerned_within(view, t) for t in (noun, *venues)),
                             *(self.alleged_against(view, c) for c in self.alleging(verb, noun)))
            if filers and accused:
                found.append((filers, accused))
        return found

    def alleging(self, verb: Token, noun: Token) -> list[Token]:
        """The alleging verbs a complaint's filing opens (filed it, alleging that B …; a complaint
        accusing B of …), or the verb the filer's relative clause stands in (A, which filed it, claimed …)."""
        found = [c for holder in (verb, noun) for c in children(holder, "advcl", "acl", "xcomp", "conj")
                 if lower(c) in self.cues["allege"]]
        if verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and lower(verb.head.head) in self.cues["allege"]:
            found.append(verb.head.head)
        return found

    def to_regulator(self, view: View, token: Token) -> bool:
        """Whether the word's "with", "to" or "before" phrase is a regulator, named or not (the
        Austrian privacy regulator, the data protection authorities in A and B)."""
        return self.before_regulator(view, token) or any(
            lower(t) in self.cues["regulator_word"] for t in preposition_objects(token, self.cues["venue"]))

    def concerned(self, view: View, token: Token) -> list[Mention]:
        """The names what a complaint is about holds, or their possessors (concerning B's plans)."""
        return self.about(view, preposition_objects(token, self.cues["concerning"]))

    def concerned_within(self, view: View, phrase: Token) -> list[Mention]:
        """What a "concerning" (about, regarding …) anywhere inside a complaint's or its venue's phrase
        is about (the authorities of five countries concerning B's plans; the parse's "concerning" verb too)."""
        return self.about(view, [o for w in phrase.subtree if lower(w) in self.cues["concerning"]
                                 and w.dep_ in ("prep", "acl") for o in children(w, "pobj", "dobj")])

    def about(self, view: View, tokens: list[Token]) -> list[Mention]:
        return [m for t in tokens for m in self.names(view, t) + [n for p in children(t, "poss") for n in self.names(view, p)]]

    # --- settlements ----------------------------------------------------------------------

    def settlements(self, view: View) -> list[tuple[Sides, list[tuple[Mention, Mention]]]]:
        """Each settlement: the suit it ends where the sentence names its plaintiffs (X settled a
        suit brought by Y: Y sued X), and the pairs that settled."""
        found = []
        for token in view.doc:
            word = lower(token)
            if token.pos_ == "VERB" and word in self.cues["settle"]:
                if token.dep_ in ("advcl", "xcomp") and lower(token.head) in self.cues["pay"]:
                    continue  # agreed to pay Y to settle: read at the payment
                settler, suit = self.subject(view, token), children(token, *OBJECTS)
            elif token.pos_ == "NOUN" and word in self.cues["settlement"] and (between := self.between(view, token)):
                found.append((Sides([], []), between))  # a settlement between A and B
                continue
            elif token.pos_ == "NOUN" and word in self.cues["settlement"] and token.dep_ in (*OBJECTS, "pobj"):
                verb = token.head if token.dep_ in OBJECTS else token.head.head
                settler, suit = self.subject(view, verb), [t for c in token.children if c.dep_ in ("acl", "relcl")
                                                           for t in children(c, *OBJECTS)]
                suit += preposition_objects(token, self.cues["settled_in"])  # a settlement in a lawsuit brought by Y
                if self.hedged(verb) or lower(verb) in self.cues["hedge"]:
                    continue  # refused a settlement, plans a settlement
            elif token.pos_ == "VERB" and word in self.cues["pay"] and any(
                    lower(c) in self.cues["resolve"] for c in children(token, "advcl", "xcomp")):
                settler, suit = self.subject(view, token), []
            else:
                continue
            if self.hedged(token) or not settler:
                continue
            plaintiffs = merged(*(self.noun_sides(view, s)[0] for s in suit if lower(s) in self.cues["suit"]))
            partners = merged(plaintiffs, [m for t in preposition_objects(token, frozenset({"with", "to"}))
                                           for m in self.names(view, t)])
            pairs = [(a, b) for a in settler for b in partners if key(a) != key(b)]
            if pairs or suit or preposition_objects(token, frozenset({"with"})):  # (with parties or of a suit it
                # only describes: its defendants still told, a later sentence may name the plaintiffs)
                found.append((Sides(plaintiffs, settler), pairs))
        return found

    def between(self, view: View, noun: Token) -> list[tuple[Mention, Mention]]:
        """The pairs a settlement "between A and B" names (on the noun or the noun it modifies)."""
        owner = noun.head if noun.dep_ == "compound" else noun
        names = merged(*(self.names(view, t) for t in preposition_objects(owner, frozenset({"between"}))))
        return [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]

    # --- rulings --------------------------------------------------------------------------

    def item_court(self, sentence: Sentence) -> Mention | None:
        """The one court the item names (by a capitalised name), if it names one only, and the
        sentence places its judge nowhere else (a federal judge in California, of a New York suit)."""
        courts = {key(m): m for m in sentence.named if m.type == "Court" and not m.text[:1].islower()}
        court = next(iter(courts.values())) if len(courts) == 1 else None
        place = court and self.shared.ruling_place(sentence.text, sentence.start, sentence.end, sentence.mentions)
        return None if place and self.shared.court_elsewhere(court, place) else court

    def rulings(self, view: View, suits: list[Sides], item_court: Mention | None = None) -> list[tuple[Mention, Mention]]:
        """A court (or the judge of a court) ruling: the court adjudicated each side of the
        sentence's suits and each party its ruling names (X's motion; the suit against Y; for X;
        handed X a win; held that X …); a party winning or losing a ruling from a court.  A judge
        or "the court" the sentence ties to no court is the item's one court (Judge Z granted …)."""
        out = self.court_verdicts(view)
        for verb in view.doc:
            if verb.pos_ != "VERB" or self.hedged(verb):
                continue
            if lower(verb) in self.cues["won"]:
                out += self.won(view, verb)
                continue
            if lower(verb) not in self.cues["rule"] or (lower(verb) in self.cues["agree"] and not
                                                         preposition_objects(verb, frozenset({"with"}))):
                continue  # agreed with X rules for X; agreed to hear an appeal rules nothing yet
            if lower(verb) in self.cues["hedge"] and not children(verb, *OBJECTS):
                continue  # declined X's motion rules; declined to order X … rules nothing
            court = self.ruling_court(view, verb) or (item_court if self.judge_acting(verb) else None)
            if court is None:
                continue
            parties = [m for sides in suits for m in sides.plaintiffs + sides.defendants]
            parties += self.ruled_on(view, verb)
            parties += self.caption(view, verb)
            out += [(court, party) for party in merged(parties)]
        return out

    def ruled_on(self, view: View, verb: Token) -> list[Mention]:
        """The parties a ruling verb's arguments name: its object (denied X's motion; affirmed A's
        rejection of B's application), the person it is given to (handed X a win; granted relief
        to X), the sides of the suit it rules in or after (in the dispute brought by X; issued a
        summons following a suit filed by X), what a passive ruled on, the clause it holds (held
        that X …; concluded that the court erred in denying X's motion), a favoured side (for X,
        in favour of X, agreed with X) and a clause telling the ruling (…, granting X's motion)."""
        found: list[Mention] = []
        arguments = children(verb, *OBJECTS, "dative", "nsubjpass", "ccomp", "xcomp", "oprd")
        arguments += [c for c in children(verb, "advcl") if lower(c) in self.cues["rule"]]
        arguments += preposition_objects(verb, self.cues["favour"])
        for prep in children(verb, "prep"):  # in favour of X
            arguments += [t for o in children(prep, "pobj") if lower(o) in self.cues["favour_noun"]
                          for t in preposition_objects(o, frozenset({"of"}))]
        for argument in arguments:
            found += self.names(view, argument) + self.swept(view, argument)
        for obj in children(verb, *OBJECTS, "nsubjpass") + preposition_objects(verb, self.cues["ruling_in"]):
            if lower(obj) in self.cues["suit"]:  # dismissed the suit against Y; in the dispute brought by X
                plaintiffs, defendants = self.noun_sides(view, obj)
                found += plaintiffs + defendants
        return found

    def swept(self, view: View, token: Token) -> list[Mention]:
        """The names of parties anywhere in an argument's phrase (the Copyright Office's rejection
        of A's application), but a place, a court, a judge (affirmed Judge Z's ruling), what an
        aside cites (citing B v. C), what the matter is about (claims over B's product) and what a
        relative clause says of a name (A, which operates X); nor a name describing a party (described)."""
        skipped = {t.i for c in token.subtree if (c.dep_ in ("relcl", "advcl", "acl") and lower(c) in self.cues["aside"])
                   or (c.dep_ == "prep" and lower(c) in self.cues["topic"]) for t in c.subtree}
        skipped |= {t.i for c in token.subtree if c.dep_ == "relcl" and c.head.i in view.names for t in c.subtree}
        skipped |= self.described(token)
        found: list[Mention] = []
        for t in token.subtree:
            mention = view.names.get(t.i)
            if mention is None or t.i in skipped or mention.type in ("Jurisdiction", "Court") or mention in found:
                continue
            if any(lower(w) in self.cues["judge"] for w in view.doc[max(0, view.tokens[mention][0].i - 2):view.tokens[mention][0].i]):
                continue  # Judge Z's ruling: the judge is no party
            last = view.tokens[mention][-1]
            if last.dep_ in QUALIFYING and last.head.i not in view.names:
                continue  # the OpenAI chatbot, a "Roe" or "Acme" watermark: a name qualifying a thing is no party
            found.append(mention)
        return found

    def described(self, token: Token) -> set[int]:
        """The tokens of a relative a party is described by, in apposition (Ann Roe, son of actor
        Ben Roe; context.tsv kin_noun): the person the ruling protects is the party, the relative
        named to say who he is none.  devA76: two wrong facts removed (two sites), none right."""
        return {t.i for c in token.subtree if c.dep_ == "appos" and lower(c) in self.kin for t in c.subtree}

    def won(self, view: View, verb: Token) -> list[tuple[Mention, Mention]]:
        """X won (lost, secured) a ruling (a bid, an appeal) from (in, at, before) the Y Court, or a
        Y Court ruling (case) against Z: Y adjudicated X (and Z)."""
        rulings = [o for o in children(verb, *OBJECTS) if lower(o) in self.cues["verdict"]]
        places = [verb, *rulings]
        courts = [view.court(t) for place in places for t in preposition_objects(place, self.cues["before_court"])]
        courts = [c for c in courts + [view.court(t) for r in rulings for t in self.qualifiers(r)] if c is not None]
        if not rulings or len({key(c) for c in courts}) != 1:
            return []
        return [(courts[0], party) for party in merged(self.subject(view, verb), *(self.against(view, r) for r in rulings))]

    def court_verdicts(self, view: View) -> list[tuple[Mention, Mention]]:
        """A ruling told as a noun of its court (the X Court's ruling for A; a Y Circuit decision in
        favour of B over C; the Z Court's order against D): the court adjudicated each side it names."""
        out = []
        for noun in view.doc:
            if noun.pos_ != "NOUN" or lower(noun) not in self.cues["verdict_noun"]:
                continue
            courts = {key(c): c for t in children(noun, "poss") + self.qualifiers(noun) if (c := view.court(t))}
            if len(courts) != 1:
                continue
            favoured = [t for o in preposition_objects(noun, self.cues["favour"]) for t in (
                [o] if lower(o) not in self.cues["favour_noun"] else preposition_objects(o, frozenset({"of"})))]
            favour_nouns = [o for prep in children(noun, "prep") for o in children(prep, "pobj") if lower(o) in self.cues["favour_noun"]]
            favoured += [t for o in favour_nouns for t in preposition_objects(o, frozenset({"of"}))] + favour_nouns
            parties = [m for t in favoured for m in self.names(view, t) + self.against_whom(view, t)]
            parties += [m for t in preposition_objects(noun, self.cues["ruling_in"]) if lower(t) in self.cues["suit"]
                        for side in self.noun_sides(view, t) for m in side]
            out += [(next(iter(courts.values())), party) for party in merged(parties)]
        return out

    def against_whom(self, view: View, token: Token) -> list[Mention]:
        """The side a favoured party won over (in favour of A over B; for A against B)."""
        return [m for t in preposition_objects(token, frozenset({"over", "against"})) for m in self.names(view, t)]

    def caption(self, view: View, verb: Token) -> list[Mention]:
        """The two sides of a caption a ruling names its case by (its ruling in GEMA v. OpenAI;
        the judgment in the case of A v. B), on the verb or its object."""
        places = [verb, *children(verb, *OBJECTS)]
        out: list[Mention] = []
        for phrase in (t for place in places for t in preposition_objects(place, frozenset({"in"}))):
            for versus in phrase.subtree:
                if lower(versus) in self.cues["versus"] and versus.dep_ == "prep":
                    out += self.names(view, versus.head)
                    out += [m for t in children(versus, "pobj") for m in self.names(view, t)]
        return out

    def ruling_court(self, view: View, verb: Token) -> Mention | None:
        """The court a ruling verb's subject names: the court itself, the court a judge's title
        or "of" phrase names (Judge Z of the X Court; X Court Judge Z; a panel of the X Circuit),
        or the agent of a passive; where the subject is none or only "the court" (the judge, he),
        that of the verb it is coordinated with or reported by (Judge Z of the X Court granted A's
        motion and denied B's; Judge Z of the X Court said the court denied …)."""
        for _ in range(3):
            if (court := self.named_court(view, verb)) is not None:
                return court
            subjects = children(verb, "nsubj", "nsubjpass")
            if verb.dep_ not in ("conj", "ccomp", "advcl", "acl") or verb.head.i == verb.i or \
                    any(s.i in view.names or lower(s) not in self.cues["court_reference"] for s in subjects):
                return None
            verb = verb.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # said in an order that the court denied
                verb = verb.head
        return None

    def judge_acting(self, verb: Token) -> bool:
        """Whether a ruling verb's subject is a judge or the court itself (Judge Z, the judge, a
        federal judge, the court; not "he", not a panel, which may be no court's), however far
        the verb is from it (and denied …)."""
        for _ in range(3):
            if subjects := actors(verb):
                return any(lower(t) in self.cues["acting_judge"] for s in subjects for t in (s, *children(s, "compound")))
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def named_court(self, view: View, verb: Token) -> Mention | None:
        """The court a verb's own subject (or its passive agent) names."""
        subjects = actors(verb)
        if not subjects and verb.i > 0 and view.court(view.doc[verb.i - 1]) is not None:
            return view.court(view.doc[verb.i - 1])  # …, the X Court ruled: a subject the parse attached elsewhere
        for subject in subjects:
            if (court := view.court(subject)) is not None:
                return court
            if not any(lower(t) in self.cues["judge"] for t in subject.subtree):
                continue
            for token in subject.subtree:
                if token.dep_ in ("relcl", "acl"):
                    break
                if (court := view.court(token)) is not None:
                    return court
        return None
