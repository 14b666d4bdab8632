"""English inquiries read from the dependency parse (Fact.rule ``inquiry_parse``): a body's
act on a company, whatever stands between them.

The cue patterns of kg.facts.english read "X opened an investigation into Y" where the words
stand in the order a pattern lists; news puts adjectives, dates and whole clauses between the
act and its target, and tells the inquiry by the demand that opens it.  This family reads the
clause (kg.parser), only in English sentences holding a word of data/lexicon/inquiry_parse.tsv:

- a verb of opening (opened, launched, began, initiated, conducted) whose object is an inquiry
  noun (investigation, probe, inquiry, proceedings, review), or whose passive subject is one:
  the subject, or the passive agent, investigated what the noun or the verb is "into", "of"
  or "against" (a formal probe into B's AliExpress: AliExpress; a joint inquiry into A's data
  gathering: A, the possessor of a phrase naming nothing), and the subject of a "whether"
  clause the act is for (opened formal proceedings to assess whether A breached …);
- a verb of sending (issued, sent, served) whose object is a demand (requests, subpoenas; an
  order or a letter where the clause asks for information): the sender investigated whom it
  went "to" (issued information requests on Thursday to A, B and C), the dative (sent A a
  request) or, for served, the object (served A with a subpoena);
- a verb of asking for information (demanded documents, sought records) "from" someone, or
  asking someone to give it (asked A to provide information, ordered B to hand over records);
- a verb of inquiring itself (investigating, probing, examining, scrutinising): its object, or
  the subject of its "whether"/"if" clause (investigated if A's deal with B could…);
- a name "under" an inquiry (A is under investigation by B, remains under the FTC's scrutiny)
  or facing one (A faces a probe from B): the inquiry's "by"/"from" object or possessor
  investigated the name.

What an inquiry reaches may be a deal (``deal`` words: partnership, merger, investment, tie-up):
then its parties are investigated, the deal's possessor and what it is "between", "with",
"in" or "of" (a probe into A's investment in B; the partnership between A and B); and it may be
a group (a plural noun) whose members are listed after "including" (an investigation into OpenAI and
other firms, including A and B).

Heads are state bodies (Regulator, Legislature), found through the subject's list and
appositions, or as the possessor of a group noun (the attorney general's office); tails are
companies, organisations, persons and models.  A hedge on the verb or above it (would open,
plans to open, did not open) states nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..alternation import alternation
from ..mentions.english import english_lexicon
from ..model import Fact, Mention
from .base import Sentence, Shared, confidence, key
from .cued_parse import LexiconParses
from .dependency import children, dateline, hedged, lower, preposition_objects, stray_conjuncts
from .grammar import TitledSurnames

WEIGHT = 0.75  # a parse can attach a phrase to the wrong word
KINDS = ("open", "inquiry", "proceedings", "formal", "onset", "reach", "send", "request", "asking", "info", "seek",
         "assess", "hedge", "hedge_head", "container", "probe", "scrutiny", "under", "face", "deal", "parties", "members",
         "ask", "provide", "relational", "conduct", "question", "told", "referring", "scope", "focus", "official",
         "lawmakers", "actor_reference")
BODIES = frozenset({"Regulator", "Legislature"})
STATE = frozenset({"Jurisdiction"})  # a state or bloc acts itself where no state body is named beside it (acting_types)
STATES = BODIES | STATE
TARGETS = frozenset({"Company", "Organization", "Person", "AIModel"})
OFFICIAL = frozenset({"Person"})  # a person acts in office where titled a lawmaker or attorney general (Officials)
# a lawmaker's party and state after the name: Jane Roe (D-Va.), John Doe, R-Mo.,
PARTY_LABEL = re.compile(r"\s*[(,]\s*[RDI]-[A-Z]")
FOLLOW = ("conj", "appos", "compound")


class ParsedInquiries(LexiconParses):
    """The FTC issued information requests on Thursday to A, B and C: investigated each (see the module)."""

    LEXICON, KINDS = "inquiry_parse.tsv", KINDS
    CUES = ("inquiry", "proceedings", "request", "asking", "info", "probe", "scrutiny")

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.verbs = self.words["open"] | self.words["send"] | self.words["seek"] | self.words["probe"] | self.words["ask"]
        self.blocs = frozenset(shared.words["bloc"])  # the states that act themselves (acting_state)
        self.officials = Officials(shared, self.words["official"])

    def batched(self, mentions: list[Mention]) -> bool:
        """A sentence naming a state body (or a state) that may open an inquiry."""
        return naming(STATES)(mentions)

    def worth(self, sentence: Sentence) -> bool:
        """A sentence naming a body or an official, or any name where a sentence before names the actor."""
        return self.batched(sentence.mentions) or any(self.officials(m, sentence) for m in sentence.mentions) \
            or (bool(sentence.mentions) and bool(self.told_actors(sentence, lawmakers=False)))

    def facts(self, sentence: Sentence) -> list[Fact]:
        read = self.read(sentence)
        if read is None:
            return []
        doc, names = read
        heads = acting_types(sentence.mentions, BODIES) | OFFICIAL
        out: list[Fact] = []
        for verb in acts(doc, self.words, self.verbs):
            targets = parties(self.words, self.targets(verb))
            if not targets:
                continue
            subjects = acting(verb, self.words)
            read = made("investigated", subjects, heads, targets, names, sentence,
                        relational=self.words["relational"], subject_only=STATE)
            unnamed = None if read else self.unnamed_actor(verb, subjects, names)
            if unnamed is not None:
                tails = named(targets, names, TARGETS, sentence, possessor=True, relational=self.words["relational"])
                read = [Fact(h, "investigated", t, sentence.evidence, confidence(h, t, WEIGHT))
                        for h in self.told_actors(sentence, lawmakers=unnamed) for t in tails if key(h) != key(t)]
            out += read
        for bodies, targets in self.undergone(doc) + self.examining(doc):
            out += made("investigated", bodies, heads, targets, names, sentence, relational=self.words["relational"],
                        subject_only=STATE)
        return [f for f in out if acting_state(f.head, self.blocs) and
                (f.head.type not in OFFICIAL or self.officials(f.head, sentence))]

    def unnamed_actor(self, verb: Token, subjects: list[Token], names: dict[int, Mention]) -> bool | None:
        """Whether an act names its actor only before the sentence: a passive without its agent (letters
        were sent to A), or a subject referring back (the senators are seeking information from A; this
        agency asked A …: inquiry_parse.tsv actor_reference, lawmaker or body) naming nothing.  True
        where the reference is to lawmakers, False to a body, None where the sentence names its actor."""
        if not subjects:
            return False if children(verb, "auxpass") else None
        if len(subjects) != 1 or subjects[0].i in names or any(t.i in names for t in subjects[0].subtree):
            return None
        noun = subjects[0]
        if not any(lower(d) in self.words["referring"] for d in children(noun, "det")):
            return None
        if lower(noun) in self.words["lawmakers"]:
            return True
        return False if lower(noun) in self.words["actor_reference"] else None

    def told_actors(self, sentence: Sentence, lawmakers: bool) -> list[Mention]:
        """The actor the nearest of the two sentences before ``sentence`` names: its officials (Officials),
        or, unless ``lawmakers``, its one state body where it names no official; [] for none or two bodies."""
        spans = [(start, end) for start, end, _ in self.shared.dated_sentences(sentence.item, sentence.text)]
        for start, end in reversed([span for span in spans if span[1] <= sentence.start][-2:]):
            inside = [m for m in sentence.named if start <= m.start and m.end <= end]
            officials = list({key(m): m for m in inside if self.officials(m, sentence)}.values())
            bodies = {key(m): m for m in inside if m.type in BODIES}
            if officials:
                return officials
            if bodies:
                return list(bodies.values()) if len(bodies) == 1 and not lawmakers else []
        return []

    def examining(self, doc: Doc) -> list[tuple[list[Token], list[Token]]]:
        """An inquiry that examines (assesses, determines) whether a name did something, with the
        body holding it (the DPC's inquiry will examine whether A and B complied …; the probe by
        the FTC will assess A's conduct): the inquiry's possessor or "by" object investigated the
        clause's subject or the verb's object."""
        out = []
        for noun in doc:
            verb = noun.head
            if lower(noun) not in self.words["inquiry"] or noun.dep_ != "nsubj" or lower(verb) not in self.words["assess"] \
                    or verb.pos_ not in ("VERB", "AUX") or hedged(verb, self.words):
                continue
            bodies = children(noun, "poss") + preposition_objects(noun, frozenset({"by"}))
            if bodies:
                out.append((bodies, parties(self.words, children(verb, "dobj", "obj") + questioned(self.words, verb))))
        return out

    def undergone(self, doc: Doc) -> list[tuple[list[Token], list[Token]]]:
        """The inquiries a name is under or faces, with the bodies holding them (A is under
        investigation by B; A remains under the FTC's scrutiny; A faces a probe from B)."""
        out = []
        for noun in doc:
            if not (lower(noun) in self.words["inquiry"] or lower(noun) in self.words["scrutiny"]):
                continue
            holder = noun.head
            if noun.dep_ == "pobj" and lower(holder) in self.words["under"]:
                verb = holder.head
            elif noun.dep_ in ("dobj", "obj") and lower(holder) in self.words["face"]:
                verb = holder
            else:
                continue
            if verb.pos_ not in ("VERB", "AUX") or hedged(verb, self.words):
                continue
            bodies = preposition_objects(noun, frozenset({"by", "from"})) + children(noun, "poss")
            if bodies:  # (companies, including A and B, are facing an inquiry by C: A and B)
                out.append((bodies, parties(self.words, children(verb, "nsubj", "nsubjpass"))))
        return out

    def targets(self, verb: Token) -> list[Token]:
        """The phrases a verb's inquiry or demand reaches ([] where it is neither act)."""
        word, words = lower(verb), self.words
        objects = children(verb, "dobj", "obj", "nsubjpass")
        if word in words["open"]:
            onsets = [o for o in objects if lower(o) in words["onset"]]  # announced the launch of an investigation
            of_onsets = [o for onset in onsets for o in preposition_objects(onset, frozenset({"of"}))]
            inquiries = [o for o in objects + of_onsets if self.inquiry(o)]
            if not inquiries:
                return []
            reach = [p for holder in (verb, *inquiries) for p in children(holder, "prep") if lower(p) in words["reach"]]
            return [t for holder in (verb, *inquiries) for t in preposition_objects(holder, words["reach"])] + \
                [t for p in reach for t in questioned(self.words, p)] + self.whether_subjects(verb, *inquiries)
        if word in words["send"]:
            demands = [o for o in objects + [p for w in children(verb, "prep") if lower(w) == "with"
                                             for p in children(w, "pobj")] if self.demand(o, verb)]
            if not demands:
                return []
            reached = [t for holder in (verb, *demands) for t in preposition_objects(holder, frozenset({"to"}))]
            reached += [t for d in demands for w in d.subtree if w.head is not d and w.dep_ == "prep" and lower(w) == "to"
                        and any(lower(a) in self.words["info"] for a in w.head.subtree)  # orders seeking information to A
                        for t in children(w, "pobj")]
            # sent A a request; were sent to A (the parse's dative "to": its object)
            reached += [o for d in children(verb, "dative") for o in (children(d, "pobj") if d.pos_ == "ADP" else [d])]
            if word.startswith("serve"):
                reached += [o for o in children(verb, "dobj") if o not in demands]
            return reached
        if word in words["seek"] and any(lower(o) in words["info"] for o in objects):
            return [t for holder in (verb, *objects) for t in preposition_objects(holder, frozenset({"from"}))]
        if word in words["ask"]:  # asked A to provide information on …; asked A for details about …
            giving = any(lower(c) in words["provide"] and any(lower(o) in words["info"] for o in children(c, "dobj", "obj"))
                         for c in children(verb, "xcomp", "ccomp"))
            asked_for = any(lower(o) in words["info"] for o in preposition_objects(verb, frozenset({"for"})))
            return children(verb, "dobj", "obj") if giving or asked_for else []
        if word in words["probe"]:  # investigating A; investigated if A's deal with B could…
            clauses = [c for c in children(verb, "ccomp", "advcl")
                       if any(lower(m) in ("whether", "if") for m in children(c, "mark"))]
            return children(verb, "dobj", "obj", "nsubjpass") + [
                s for c in clauses for s in children(c, "nsubj", "nsubjpass")]
        return []

    def inquiry(self, noun: Token) -> bool:
        """Whether a noun names an inquiry: an investigation or probe, or proceedings a word of
        formal qualifies (opened formal proceedings; proceedings against X in a court are a suit)."""
        if lower(noun) in self.words["inquiry"]:
            return True
        return lower(noun) in self.words["proceedings"] and \
            any(lower(c) in self.words["formal"] for c in children(noun, "amod", "compound"))

    def demand(self, noun: Token, verb: Token) -> bool:
        """Whether a noun names a demand: a request or subpoena, or an order, letter or notice
        where the clause asks for information (orders seeking information)."""
        if lower(noun) in self.words["request"] or any(lower(c) in self.words["request"] for c in children(noun, "compound")):
            return True
        if lower(noun) not in self.words["asking"]:
            return False
        subject = {t.i for s in children(verb, "nsubj", "nsubjpass") for t in s.subtree}  # (the Data Protection Commission)
        return any(lower(t) in self.words["info"] for t in verb.subtree if t.i not in subject)

    def whether_subjects(self, *holders: Token) -> list[Token]:
        """The subject of a "whether" clause an act is for: (opened proceedings) to assess whether A breached."""
        out = []
        for holder in holders:
            for purpose in children(holder, "advcl", "xcomp", "acl", "relcl"):
                if lower(purpose) not in self.words["assess"]:
                    continue
                for clause in children(purpose, "ccomp"):
                    if any(lower(m) in ("whether", "if") for m in children(clause, "mark")):
                        out += children(clause, "nsubj", "nsubjpass")
        return out


class ToldInquiries(LexiconParses):
    """The Italian Competition Authority has closed three investigations into AI providers. The
    cases involved A, B and C: the authority investigated each (see below)."""

    detail = "scope"
    LEXICON, KINDS, CUES = "inquiry_parse.tsv", KINDS, ("told",)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.inquiry = alternation(self.words["inquiry"], re.IGNORECASE, latin_whole=True)

    def worth(self, sentence: Sentence) -> bool:
        """Any sentence with a verb of scope: its subject refers to an inquiry told before, no name."""
        return True

    def facts(self, sentence: Sentence) -> list[Fact]:
        """An inquiry told before, referred to as the subject of a verb of scope (the investigation
        will examine whether A …; the cases involved A, B and C; the probe focuses on A's deal
        with B): the one state body of the nearest of the two sentences before that tells an
        inquiry investigated what the verb reaches."""
        read = self.read(sentence)
        if read is None:
            return []
        doc, names = read
        verbs = [v for noun in doc if self.referring(noun, names)
                 for v in ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []) + children(noun, "acl")]
        reached = [t for verb in verbs if verb.pos_ in ("VERB", "AUX") and not hedged(verb, self.words)
                   for t in self.scope(verb)]
        body = self.told_body(sentence) if reached else None
        if body is None:
            return []
        tails = named(parties(self.words, reached), names, TARGETS, sentence, possessor=True,
                      relational=self.words["relational"])
        return [Fact(body, "investigated", t, sentence.evidence, confidence(body, t, WEIGHT))
                for t in tails if key(t) != key(body)]

    def referring(self, subject: Token, names: dict[int, Mention]) -> bool:
        """Whether a noun refers back to an inquiry: a noun of ``told`` with the, this or these,
        naming nothing before it (not: the FTC's investigation, the OpenAI case); the verb it is
        the subject of, or its participle (the cases involved A: the parse's "cases that involved"),
        then tells what the inquiry reaches."""
        return lower(subject) in self.words["told"] and subject.i not in names and \
            any(lower(d) in self.words["referring"] for d in children(subject, "det")) and \
            not any(t.i in names for c in subject.lefts for t in c.subtree)

    def scope(self, verb: Token) -> list[Token]:
        """What a verb of scope reaches: its object (involved A), what it focuses "on", the subject
        of the clause it asks about (will examine whether A), through a verb it holds (involves
        examining whether A)."""
        if lower(verb) in self.words["scope"]:
            return children(verb, "dobj", "obj") + preposition_objects(verb, self.words["focus"])
        if lower(verb) in self.words["assess"]:
            return children(verb, "dobj", "obj") + questioned(self.words, verb)
        return [t for c in children(verb, "xcomp") if lower(c) in self.words["assess"] for t in questioned(self.words, c)]

    def told_body(self, sentence: Sentence) -> Mention | None:
        """The one state body named in the nearest of the two sentences before ``sentence`` that
        tells an inquiry (its noun), or None (none, or two bodies there)."""
        spans = [(start, end) for start, end, _ in self.shared.dated_sentences(sentence.item, sentence.text)]
        for start, end in reversed([span for span in spans if span[1] <= sentence.start][-2:]):
            if self.inquiry.search(sentence.text, start, end) is None:
                continue
            bodies = {key(m): m for m in sentence.named if start <= m.start and m.end <= end and m.type in BODIES
                      and not dateline(replace(sentence, start=start, end=end), m)}
            return next(iter(bodies.values())) if len(bodies) == 1 else None
        return None


def parties(words: dict[str, frozenset[str]], targets: list[Token]) -> list[Token]:
    """What an inquiry reaches, a deal among it standing for its parties: its possessor and
    what it is "between", "with", "in" or "of" (A's investment in B; the tie-up between A and B)."""
    targets = targets + [s for t in targets for s in stray_conjuncts(t)]  # (and several smaller firms, including A)
    out, deal = list(targets), words["deal"]
    listed = list(targets)
    for target in listed:  # (each member of a list: A, B and several smaller firms, including C)
        listed += [c for c in children(target, "conj") if c not in listed]
    for target in listed:
        if lower(target) in deal or any(lower(c) in deal for c in children(target, "compound")):
            out += children(target, "poss") + preposition_objects(target, words["parties"])
        if target.tag_ == "NNS":  # other tech firms, including A and B (not: A's hiring of staff, including B)
            out += preposition_objects(target, words["members"])
        if lower(target) in words["conduct"]:  # the use of personal data by A: A
            out += preposition_objects(target, frozenset({"by"}))
    return out


def questioned(words: dict[str, frozenset[str]], holder: Token) -> list[Token]:
    """The subjects of the clauses an act asks about: (examine) whether A complied; (an inquiry
    into) how A is using data, whether A violated …"""
    clauses = children(holder, "ccomp", "pcomp", "advcl")
    return [s for c in clauses if any(lower(m) in words["question"] for m in children(c, "mark", "advmod"))
            for s in children(c, "nsubj", "nsubjpass")]


class Officials:
    """Whether a person named acts in a state office: the item titles the person a lawmaker or an
    attorney general (english_facts.tsv lawmaker_title, inquiry_parse.tsv official: Sen. Jane Roe,
    Texas Attorney General John Doe, here or before), or a party label follows the name (Jane Roe
    (D-Va.)).  Such a person's letters and probes are the office's inquiries: the person
    investigated whom they reach, beside the office where the item names it."""

    def __init__(self, shared: Shared, titles: frozenset[str]) -> None:
        self.titled = TitledSurnames([*english_lexicon(shared.kb, "english_facts.tsv")["lawmaker_title"], *titles])

    def __call__(self, mention: Mention, sentence: Sentence) -> bool:
        if mention.type not in OFFICIAL:
            return False
        return mention.text.split()[-1] in self.titled(sentence.text) or PARTY_LABEL.match(sentence.text, mention.end) is not None


def acting_state(head: Mention, blocs: frozenset[str]) -> bool:
    """Whether a state heading an act (acting_types) acts itself: a bloc (context.tsv bloc: the European
    Union, named for its Commission's acts), not a state, for which news names a body of its own that the
    sentence may not hold (Italy fines Luka, a headline over the Garante's fine: the Garante)."""
    return head.type != "Jurisdiction" or head.text in blocs


def acting_types(mentions: list[Mention], types: frozenset[str]) -> frozenset[str]:
    """The kinds of name that may act in a sentence: ``types`` (state bodies), and a state or bloc
    itself where the sentence names no state body, court or legislature (the European Union fined A),
    as kg.facts.cue reads a Chinese fine or inquiry (Cues.actor_types); where one is named (Italy's
    Garante fined A), the body acts.  Of the states, only a bloc is kept (acting_state)."""
    if any(m.type in ACTING_BODIES for m in mentions):
        return types
    return types | STATE


ACTING_BODIES = frozenset({"Regulator", "Legislature", "Court"})


def naming(types: frozenset[str]) -> Callable[[list[Mention]], bool]:
    """The test that a sentence names one of ``types`` (a body that may act)."""
    return lambda mentions: any(m.type in types for m in mentions)


def made(relation: str, bodies: list[Token], head_types: frozenset[str], targets: list[Token],
         names: dict[int, Mention], sentence: Sentence, weight: float = WEIGHT,
         relational: frozenset[str] = frozenset(), tail_types: frozenset[str] = TARGETS,
         subject_only: frozenset[str] = frozenset()) -> list[Fact]:
    """The facts of an act: each body named of ``head_types`` to each target named of ``tail_types``
    (``relational``: nouns whose compound names another party than their own: Google owner Alphabet).
    A head of ``subject_only`` (a state acting itself: acting_types) is the act's subject or one of its
    list, not a place an apposition or a modifier names (Senator A, the Missouri Republican, opened…)."""
    subjects = {id(names[t.i]) for b in bodies for t in (b, *children(b, "conj")) if t.i in names}
    heads = [h for h in named(bodies, names, head_types, sentence, possessor=False)
             if h.type not in subject_only or id(h) in subjects]
    tails = named(targets, names, tail_types, sentence, possessor=True, relational=relational)
    return [Fact(h, relation, t, sentence.evidence, confidence(h, t, weight))
            for h in heads for t in tails if key(h) != key(t)]


def acting(verb: Token, words: dict[str, frozenset[str]], participle: bool = False) -> list[Token]:
    """The act's subject (a coordinated verb's head's; a gerund's after "by", the verb's it
    hangs on: took a step by blocking X; for "it" reported, the reporter's: A said it had opened
    …; with ``participle``, a participle's clause after a comma, its main verb's: B issued an
    order, imposing a fine on A), its passive agent, or the possessor of a group noun standing
    for the body (the attorney general's office)."""
    subjects, clause = children(verb, "nsubj"), verb
    if not subjects and (verb.dep_ == "conj" or participle and verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        clause = verb.head
        subjects = children(clause, "nsubj")
    if [lower(s) for s in subjects] in (["it"], ["they"]) and clause.dep_ == "ccomp":  # A said it would … and issued …
        subjects = children(clause.head, "nsubj")
    if not subjects and verb.dep_ == "pcomp" and lower(verb.head) == "by":
        subjects = children(verb.head.head, "nsubj")
    subjects += [o for a in children(verb, "agent") for o in children(a, "pobj")]
    if children(verb, "auxpass"):  # A was fined 15 million euros ($15.6 million) by B: "by" hung on the amount
        subjects += [o for d in children(verb, "dobj") for o in preposition_objects(d, frozenset({"by"}))]
    return subjects + [p for s in subjects if lower(s) in words["container"] for p in children(s, "poss")]


def acts(doc: Doc, words: dict[str, frozenset[str]], verbs: frozenset[str]) -> list[Token]:
    """The sentence's verbs among ``verbs`` that state an act (no hedge on them or above them)."""
    return [verb for verb in doc if verb.pos_ in ("VERB", "AUX") and lower(verb) in verbs and not hedged(verb, words)]


def named(tokens: list[Token], names: dict[int, Mention], types: frozenset[str], sentence: Sentence,
          possessor: bool, relational: frozenset[str] = frozenset()) -> list[Mention]:
    """The names of ``types`` the phrases hold through their lists and appositions; with
    ``possessor``, a phrase naming nothing gives its possessor (A's data gathering: A)."""
    out: list[Mention] = []
    queue, seen, owners = list(tokens), set(), set()
    while queue:
        token = queue.pop(0)
        if token.i in seen:
            continue
        seen.add(token.i)
        if possessor and token.i not in owners and owning(token):
            continue  # (A, Elon Musk's xAI and B, "Musk" parsed a member: the owner of one, not one)
        mention = names.get(token.i)
        if mention is None and possessor:
            owners.update(t.i for t in children(token, "poss"))
            queue += children(token, "poss")
        if possessor:  # (a target list's member the parse hung on the verb: into both A and B)
            queue += stray_conjuncts(token)
        queue += children(token, *FOLLOW) if lower(token) not in relational else children(token, "conj", "appos")
        if mention is not None and mention.type in types and not dateline(sentence, mention) and mention not in out:
            out.append(mention)
    return out


def owning(token: Token) -> bool:
    """Whether a word is marked as a possessor ('s, '): what it owns is named after it."""
    return any(lower(c) in ("'s", "'", "’s", "’") for c in children(token, "case"))
