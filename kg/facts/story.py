"""What an English news story tells across its sentences (Fact.rule ``story/<rule>``),
read with the English patterns' machinery (kg.facts.english) from the lines of
data/lexicon/story.tsv, each line one way a sentence names one side of a story:

- ``story/plaintiff``: a suit told first without its plaintiffs' names (The parents of a
  boy sued OpenAI; a lawsuit filed by a group of authors; Kadrey v. Meta Platforms), its
  plaintiffs named in another sentence (Matthew and Maria Raine filed the lawsuit; the
  authors, including Sarah Silverman; Sony Music, the other label in both suits; Mr Roe's
  lawsuit, Acme's complaint: no agency's complaint, which accuses), each sued the item's
  defendants, none whose name is the plaintiff's told short (the Times' lawsuit); in a part of
  the story under a sub-head that names no defendant (Item.continues), those of the one suit the
  parts before it told (Acme was sued by a group of artists. / Plaintiffs / The lead plaintiff, …);
- ``story/coplaintiff``: names told alleging wrongdoing beside one of the item's plaintiffs
  (Writers A, B and C alleged that X copied…, where A v. X): each sued whom that plaintiff sued;
- ``story/ruling``: a judge or the court ruling in a sentence that does not name the court
  (The judge, William Orrick, ruled…; Judge Anne Conway denied the motions): the court the
  item named last before it adjudicates the item's suits, and the party the ruling's
  that-clause names (ruled that Anthropic's use was fair);
- ``story/litigant``: a party named by its role in the case the item's one ruling court decides
  (a petition filed by A; B and C were also named as respondents; The defendant was D), whether or
  not a suit of it is told: that court adjudicates it;
- ``story/respondent``: the respondents or defendants the item names by that role (B and C were
  also named as respondents) sued by the one party it says brought its case (a suit filed by A;
  the court granted interim relief to A);
- ``story/round``: a funding round's investors named apart from the company that raised it
  (The round was led by ICONIQ; Other investors included GIC; Nvidia also took part in the
  round): each investedIn that company.

>>> # Meta Platforms faces a suit by authors. … The authors, including Sarah Silverman, lost.
>>> # -> Sarah Silverman sued Meta Platforms (story/plaintiff)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from ..alternation import alternation, alternatives
from ..kb import tsv_rows
from ..model import Evidence, Fact, Item, Mention
from .base import PARTIES, SIGNATURES, Document, DocumentFamily, Shared, evidence, key, within
from .grammar import cited_case, window
from .english import CaptionNames, EnglishFacts, Pattern, english_sentence, patterns
from .frame import Counsel, SuitFrames

RULING_REACH = window("story.RULING_REACH")  # characters from the judge to what the judge did
DEFENDANT_LINES = frozenset({"defendant", "movant"})  # the lines naming a suit's defendant (movant: who asks to dismiss it)
# the lines naming a suit's plaintiff (complainant: whose complaint it is, a plaintiff but for an agency's
# complaint, which accuses: the FTC's complaint says X…)
PLAINTIFF_LINES = frozenset({"plaintiff", "complainant"})
# the lines naming a party of the case the item's court rules on by its role (litigant: the petitioner; respondent:
# the respondents or defendants a sentence lists), and those naming who brought the case (respondents)
LITIGANT_LINES = frozenset({"litigant", "respondent"})
BRINGER_LINES = frozenset({"plaintiff", "litigant", "applicant"})
# what an item's first sentence telling a suit names that is its defendant, where no line names one (lead_defendants)
LEAD_DEFENDANTS = frozenset({"Company", "Organization"})
_ARTICLE_END = re.compile(r"\bthe\s+$", re.IGNORECASE)  # (cited the court's ruling: the words citing before "the")
# where a person named in a plaintiff line is from (The lead plaintiff, Jane Roe of Springfield, Ohio, alleges…): the
# place right after the person's name and "of" or "from", or after its town's comma, is no plaintiff (The states of
# Illinois and Minnesota joined the suit: no person before them, plaintiffs)
HOME = re.compile(r"\s+(?:of|from)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*\s*,\s*)?")


def shortened(one: Mention, other: Mention) -> bool:
    """Whether one name is the other told short (the Times' lawsuit, in an item naming The New York
    Times): the words one ends with are the whole of the other, but for an article."""
    words = [re.sub(r"^the\s+", "", m.text.strip(), flags=re.IGNORECASE).casefold().split() for m in (one, other)]
    shorter, longer = sorted(words, key=len)
    return bool(shorter) and longer[len(longer) - len(shorter):] == shorter


@dataclass(frozen=True)
class Reading:
    """One story line matched in one sentence: its kind and the names it gives."""
    kind: str
    names: tuple[Mention, ...]
    evidence: Evidence


class EnglishStory(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english: EnglishFacts = patterns(shared)
        self.counsel = Counsel(shared)  # a suit's lawyers are no plaintiffs
        self.frames = SuitFrames(shared)  # (a suit's side told in a role statement is the suit frame's to read)
        self.judge = alternation(self.english.words["judge_word"], re.IGNORECASE, spaced=True, whole_words=True)
        self.judge_title = re.compile(rf"\b(?:{alternatives(self.english.words['judge_title'])})\s+$")
        self.partners = re.compile(rf"\b(?:{alternatives(self.english.words['partner_preposition'], spaced=True)})"
                                   rf"\s+(?:[\w-]+\s+){{0,3}}$")
        # the makers of the works a suit is about (copied hundreds of songs from top artists, including A)
        self.works_by = re.compile(rf"\b(?:{alternatives(self.english.words['work_noun'], spaced=True)})\s+(?:from|by|of)"
                                   rf"\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
        self.suit_told = alternation(self.english.words["suit_told"], re.IGNORECASE, spaced=True, whole_words=True)
        self.line_rows = tsv_rows(self.kb.data_dir / "lexicon" / "story.tsv")
        # The Raines seek damages and court orders for…: a ruling a party asks for, none made (english.tsv ruling_sought)
        self.sought = re.compile(rf"\b(?:{alternatives(self.english.words['ruling_sought'], spaced=True)})\b[^,;:]*$", re.IGNORECASE)

    @cached_property
    def lines(self) -> list[Pattern]:
        """The story lines, compiled on the first English sentence, as the cue patterns are."""
        return [self.english.pattern(row["kind"], row["pattern"]) for row in self.line_rows]

    def told(self, told: list[Fact]) -> tuple[list[Fact], list[tuple[int, Mention]]]:
        """What an item's facts give the items after it: its suits, the company it says raised a round."""
        return [fact for fact in told if fact.relation == "sued"], self.raised([], told)

    def facts(self, document: Document) -> list[Fact]:
        out: list[Fact] = []
        raised: list[tuple[int, Mention]] = []  # the company the item before said raised a round
        # the suits and the defendants the parts of the story before the item told (Item.continues)
        story_suits: list[Fact] = []
        story_defendants: dict[str, Mention] = {}
        for item, text, mentions in document.items:
            readings = list(self.readings(item, text, mentions))
            suits, invested = self.told(document.facts_of(item))
            earlier, earlier_defendants = (story_suits, story_defendants) if item.continues else ([], {})
            defendants = self.defendants(mentions, readings, suits) or self.lead_defendants(item, text, mentions, readings, suits) \
                or self.story_defendants(earlier, earlier_defendants, readings)
            # (where no line names plaintiffs, none is read: not the item's suits again for each part of a long one)
            if any(r.kind in PLAINTIFF_LINES for r in readings):
                told = {name: 0 for name in defendants} | self.first_told(readings, suits)  # (an earlier part's: told before)
                plaintiffs = self.plaintiffs(readings, defendants, told, suits, text)
            else:
                plaintiffs = []
            story_suits, story_defendants = earlier + suits + plaintiffs, earlier_defendants | defendants
            out += plaintiffs
            out += self.coplaintiffs(readings, suits + plaintiffs)
            earlier = [(0, company) for _, company in raised[-1:]] if self.continues(text, mentions) else []
            raised = self.raised(readings, []) or invested or earlier
            out += self.rounds(readings, raised)
            out += self.rulings(item, text, mentions, suits + plaintiffs, defendants)
            out += self.named_court_rulings(item, text, mentions, suits, plaintiffs)
            # (the item's one ruling court, asked once for the parties its role lines name)
            ruling = self.one_court_ruling(item, text, mentions) \
                if any(r.kind in LITIGANT_LINES and r.names for r in readings) else None
            out += self.litigants(readings, ruling)
            out += self.respondents(readings, suits, ruling)
        return out

    def litigants(self, readings: list[Reading], ruling: tuple[Mention, Evidence] | None) -> list[Fact]:
        """Parties the item names by their role in its case (story.tsv litigant: a petition filed by A;
        B and C were also named as respondents; Defendants, including D, were told to…): where the
        item's rulings are one court's, that court adjudicates each (``story/litigant``), the evidence
        the first ruling's sentence (``ruling``: one_court_ruling's); none where two courts rule (an
        appeal's courts, a case cited)."""
        named = {key(name): name for r in readings if r.kind in LITIGANT_LINES for name in r.names
                 if name.type in SIGNATURES["adjudicated"][1]}
        if not named or ruling is None:
            return []
        court, told = ruling
        return [Fact(court, "adjudicated", party, told, 0.55, rule="story/litigant")
                for name, party in sorted(named.items()) if name != key(court)]

    def one_court_ruling(self, item: Item, text: str, mentions: list[Mention]) -> tuple[Mention, Evidence] | None:
        """(court, evidence of its first ruling) where the item's rulings are one court's; None where
        it tells none, or two courts rule (an appeal's courts, a case cited)."""
        rulings = list(self.item_rulings(item, text, mentions))
        return rulings[0] if len({key(court) for court, _ in rulings}) == 1 else None

    def respondents(self, readings: list[Reading], suits: list[Fact],
                    ruling: tuple[Mention, Evidence] | None) -> list[Fact]:
        """Respondents or defendants the item names by that role (story.tsv respondent: B and C were
        also named as respondents; Other respondents named in the suit include B; Defendants,
        including B, were told to…), in an item whose rulings are one court's (the case that court
        rules on, as litigants reads them: not defendants of other suits a story names in passing),
        sued by the one party the item says brought the case: the plaintiff of its suits, of its
        plaintiff or petitioner lines (a suit filed by A; a petition by A), or the one the court
        granted the relief asked for (story.tsv applicant: granted interim relief to A)
        (``story/respondent``); none where the item names no such party or more than one (whose
        respondents they are, it does not say)."""
        named = {key(name): name for r in readings if r.kind == "respondent" for name in r.names
                 if name.type in SIGNATURES["sued"][1]}
        if not named or ruling is None:
            return []  # (ruling: the item's one ruling court, as litigants reads it)
        bringers = {key(fact.head): fact.head for fact in suits}
        bringers.update((key(name), name) for r in readings if r.kind in BRINGER_LINES for name in r.names
                        if name.type in SIGNATURES["sued"][0])
        if len(bringers) != 1:
            return []
        (bringer_key, bringer), = bringers.items()
        told = {key(name): r.evidence for r in readings if r.kind == "respondent" for name in r.names}
        return [Fact(bringer, "sued", party, told[name], 0.55, rule="story/respondent")
                for name, party in sorted(named.items()) if name != bringer_key and not shortened(bringer, party)]

    def item_rulings(self, item: Item, text: str, mentions: list[Mention]) -> Iterator[tuple[Mention, Evidence]]:
        """(court, evidence) of each ruling the item tells: a court named ruling (the English family's
        ruling_courts), and a judge or the court ruling in a sentence naming no court (ruling_court:
        the court named last before it, else the item's one court)."""
        yield from self.english.ruling_courts(item, text, mentions, self.shared.evidence_at)
        courts = sorted((m for m in mentions if m.type == "Court"), key=lambda m: m.start)
        for start, end, date in self.shared.dated_sentences(item, text) if courts else ():
            sentence = text[start:end]
            if not english_sentence(sentence) or any(start <= c.start < end for c in courts) or self.ruling(sentence) is None:
                continue
            court = self.ruling_court(text, start, end, courts, mentions)
            if court is not None:
                yield court, evidence(item, text, start, end, date)

    def named_court_rulings(self, item: Item, text: str, mentions: list[Mention], suits: list[Fact],
                            plaintiffs: list[Fact]) -> list[Fact]:
        """A court named ruling or hearing the case (the Ontario Superior Court's jurisdiction in
        hearing the case), in an item whose plaintiffs only the story lines name (The publishers
        include A, B and C): the English family's court rule, read with those plaintiffs' suits
        too, adjudicates them (``story/ruling``)."""
        if not plaintiffs or not any(m.type == "Court" for m in mentions):
            return []
        out = self.english.rulings(item, text, mentions, suits + plaintiffs, self.shared.evidence_at)
        for fact in out:
            fact.rule = "story/ruling"
        return out

    def readings(self, item: Item, text: str, mentions: list[Mention]) -> Iterator[Reading]:
        """The story lines each English sentence of the item matches."""
        named = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in named]  # (a sentence's names by bisection, not by reading the item's at each)
        for start, end, date in self.shared.dated_sentences(item, text):
            if not english_sentence(text[start:end]):
                continue
            inside = within(named, starts, start, end)
            inside += self.english.references(text, start, end, inside, named)
            read = set()
            for line, match, skeleton, slots in self.english.matches(text, start, end, inside, self.lines):
                if line.relation != "movant" and self.english.intended(skeleton, match):
                    continue  # (who seeks to dismiss a suit is its defendant all the same)
                if line.relation == "plaintiff" and self.partners.search(skeleton, 0, match.start()):
                    continue  # agreements with news organizations, among them A: partners, no plaintiffs
                if line.relation == "plaintiff" and self.works_by.search(skeleton, 0, match.start()):
                    continue  # copied songs from top artists, including A: whose works were copied, no plaintiffs
                side = "head" if match.groupdict().get("head") else "tail"
                names = tuple(self.english.members(match.group(side), slots))
                if (line.relation, names) not in read:
                    read.add((line.relation, names))
                    yield Reading(line.relation, names, evidence(item, text, start, end, date))

    # -- suits -------------------------------------------------------------------------
    def defendants(self, mentions: list[Mention], readings: list[Reading], suits: list[Fact]) -> dict[str, Mention]:
        """The item's defendants: those of its suits, of the suits told without a plaintiff's
        name, of its named cases; never one of its plaintiffs."""
        defendants = {key(fact.tail): fact.tail for fact in suits}
        for reading in readings:
            if reading.kind in DEFENDANT_LINES:
                defendants.update((key(name), name) for name in reading.names if name.type in PARTIES)
        names = None  # (indexed once, where the item names a case)
        for case in (m for m in mentions if m.type == "Case" and m.mechanism == "english/case"):
            names = names or CaptionNames(mentions)
            _, defendant = self.english.sides(case, names)
            if defendant is not None:
                defendants.setdefault(key(defendant), defendant)
        named = [name for r in readings if r.kind in PLAINTIFF_LINES for name in r.names
                 if r.kind == "plaintiff" or name.type != "Regulator"]
        for plaintiff in [fact.head for fact in suits] + named:
            defendants.pop(key(plaintiff), None)  # its lawsuit against Udio, and the two companies…: no defendant
        return defendants

    @staticmethod
    def story_defendants(earlier: list[Fact], defendants: dict[str, Mention], readings: list[Reading]) -> dict[str, Mention]:
        """A part of a story under its sub-head (Item.continues) that names plaintiffs in a line of
        their own (The lead plaintiff, Jane Roe, alleges…) and no defendant: the defendants of the one
        suit the parts before it told (Acme was sued by a group of artists… / Plaintiffs / The lead
        plaintiff, …); none where they told suits against different defendants, or no plaintiff line."""
        if not (earlier or defendants) or not any(r.kind in PLAINTIFF_LINES for r in readings):
            return {}
        by_plaintiff: dict[str, frozenset[str]] = {}
        for fact in earlier:
            by_plaintiff[key(fact.head)] = by_plaintiff.get(key(fact.head), frozenset()) | {key(fact.tail)}
        if len(set(by_plaintiff.values())) > 1:
            return {}  # several suits told before: whose the plaintiffs are, the part does not say
        named = {key(name) for r in readings if r.kind in PLAINTIFF_LINES for name in r.names}
        told = defendants | {key(fact.tail): fact.tail for fact in earlier}
        return {name: defendant for name, defendant in told.items() if name not in named}

    def lead_defendants(self, item: Item, text: str, mentions: list[Mention], readings: list[Reading],
                        suits: list[Fact]) -> dict[str, Mention]:
        """An item that names its plaintiffs in sentences of their own (The named plaintiffs include
        A, B and C) and whose suit no sentence tells against anyone: the companies and bodies its first
        sentence telling a suit names (GEMA wins against OpenAI in a copyright lawsuit; Otter.ai faces a
        class-action lawsuit; A and B have settled lawsuits filed by families), but for the plaintiffs
        the lines name and their lawyers, are that suit's defendants; none where that sentence names
        them in a role statement (X has become the target of a lawsuit): the suit frame (kg.facts.frame)
        reads both sides of that suit."""
        named = {key(name) for r in readings if r.kind in PLAINTIFF_LINES for name in r.names}
        if not named or suits:
            return {}
        ordered = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in ordered]
        for start, end, _ in self.shared.dated_sentences(item, text):
            sentence = text[start:end]
            if not english_sentence(sentence) or not self.suit_told.search(sentence):
                continue
            inside = within(ordered, starts, start, end)
            parties = {key(m): m for m in inside
                       if m.type in LEAD_DEFENDANTS and key(m) not in named and not self.counsel(m, text)}
            if not parties:
                continue
            if any(s.side == "defendant" for s in self.frames.statements(text, start, end, inside)):
                return {}
            return parties
        return {}

    def plaintiffs(self, readings: list[Reading], defendants: dict[str, Mention], told: dict[str, int],
                   suits: list[Fact] = (), text: str = "") -> list[Fact]:
        """Plaintiffs named in a sentence of their own sued the item's defendants told by then
        (a suit told later in the item, against another defendant, is another suit); not where
        the sentence itself tells whom they sued (Anthropic agreed to settle a class action brought
        by A and B, in an item about a suit against Apple: A and B sued Anthropic only)."""
        heads = SIGNATURES["sued"][0]
        stated = [(key(fact.head), fact.evidence.start, fact.evidence.end) for fact in suits]
        out = []
        for reading in (r for r in readings if r.kind in PLAINTIFF_LINES):
            for plaintiff in (name for name in reading.names if name.type in heads and not self.counsel(name, text)
                              and not (name.type == "Jurisdiction" and self.home(name, reading.names, text))
                              and (reading.kind == "plaintiff" or name.type != "Regulator") and not any(
                    name_key == key(name) and start < reading.evidence.end and reading.evidence.start < end
                    for name_key, start, end in stated)):
                out += [Fact(plaintiff, "sued", defendant, reading.evidence, 0.6, rule="story/plaintiff")
                        for name, defendant in sorted(defendants.items())
                        if name != key(plaintiff) and told.get(name, 0) < reading.evidence.end
                        and not shortened(plaintiff, defendant)]
        return out

    @staticmethod
    def home(place: Mention, names: tuple[Mention, ...], text: str) -> bool:
        """Whether a place a plaintiff line names is where a person it names is from (Jane Roe of
        Springfield, Ohio): the person's name, then "of" or "from" and the place, a town and its comma between."""
        return any(name.type == "Person" and name.end < place.start and HOME.fullmatch(text, name.end, place.start)
                   for name in names)

    @staticmethod
    def first_told(readings: list[Reading], suits: list[Fact]) -> dict[str, int]:
        """Where the item first tells a suit against each defendant: the sentence of the suit
        or of a line naming the defendant, the earliest."""
        told: dict[str, int] = {}
        places = [(fact.tail, fact.evidence.start) for fact in suits]
        places += [(name, r.evidence.start) for r in readings if r.kind in DEFENDANT_LINES for name in r.names]
        for name, at in places:
            told[key(name)] = min(told.get(key(name), at), at)
        return told

    @staticmethod
    def coplaintiffs(readings: list[Reading], suits: list[Fact]) -> list[Fact]:
        """Writers A, B and C alleged that X copied their books, where A sued X (Bartz v. X): those
        named alleging beside one of the item's plaintiffs sued whom that plaintiff sued
        (``story/coplaintiff``); accusers beside no plaintiff are left to the accusation rules."""
        alleging = [r for r in readings if r.kind == "coplaintiff"]
        if not alleging:
            return []  # (most items: the plaintiffs' suits are not indexed for nothing)
        sued: dict[str, dict[str, Mention]] = {}
        for fact in suits:
            sued.setdefault(key(fact.head), {})[key(fact.tail)] = fact.tail
        heads = SIGNATURES["sued"][0]
        out = []
        for reading in alleging:
            defendants = {name: defendant for plaintiff in reading.names for name, defendant in sued.get(key(plaintiff), {}).items()}
            out += [Fact(name, "sued", defendant, reading.evidence, 0.6, rule="story/coplaintiff")
                    for name in reading.names if name.type in heads and key(name) not in sued
                    for other, defendant in sorted(defendants.items()) if other != key(name)]
        return out

    def rulings(self, item: Item, text: str, mentions: list[Mention], suits: list[Fact],
                defendants: dict[str, Mention]) -> list[Fact]:
        """A judge or the court ruling where the sentence names no court: the court named last
        before it (else the item's first) adjudicates the item's suits (the parties of the case
        the sentence names, else of the suits, or the defendants of a suit whose plaintiffs go
        unnamed); for such a suit, told with no plaintiff, a court the sentence names rules too
        (Judge Jane Roe of the District of Oregon dismissed the class action brought by a group
        of artists against A and B)."""
        courts = sorted((m for m in mentions if m.type == "Court"), key=lambda m: m.start)
        if not courts or not (suits or defendants):
            return []
        # a judge's surname alone only where the suit's parties are its defendants alone (a story of
        # several suits, in Walters v. OpenAI and beside it, would give the ruling to them all)
        judges = None if suits else self.judges(text, mentions)
        out = []
        spans = [(start, end) for start, end, _ in self.shared.dated_sentences(item, text)]
        for start, end, date in self.shared.dated_sentences(item, text):
            sentence = text[start:end]
            named = [c for c in courts if start <= c.start < end]
            if not english_sentence(sentence) or (named and suits):
                continue  # a court named in the sentence of a suit told: the english family's ruling rule
            ruling = self.ruling(sentence, judges)
            if ruling is None or cited_case(sentence, ruling.start(), ruling.end()):
                continue  # (Judge Roe ruled it should be remedied in the Acme case: another case's ruling)
            court = named[0] if named else self.ruling_court(text, start, end, courts, mentions)
            if court is None:
                continue  # a federal judge in California ruled, where the item names no court there
            # the judge held… after the sentence naming the court and the suit it ruled in: that suit
            court_sentence = next(((a, b) for a, b in spans if a <= court.start < b), (0, 0)) if not named else (0, 0)
            # …to settle Bartz v. Anthropic; Judge Jane Roe granted approval: the clauses a semicolon joins are one sentence
            clause = self.joined(spans, start, text)
            found = self.english.suit_parties(item, mentions, suits, (clause, end), court_sentence, court, text) if suits \
                else self.told_by(defendants, mentions, end, next(((a, b) for a, b in spans if a <= court.start < b), (0, 0)))
            that = re.match(r"\s+that\s+(?:the\s+)?", sentence[ruling.end():])
            if that:  # ruled that Anthropic's use…: Anthropic is a party of the ruling
                at = start + ruling.end() + that.end()
                held = {key(m): m for m in mentions if m.start == at and m.type in PARTIES}
                if held and not held.keys() & found.keys():
                    found = {}  # a party of none of the item's suits: the ruling is another suit's
                found.update(held)
            told = evidence(item, text, start, end, date)
            out += [Fact(court, "adjudicated", party, told, 0.55, rule="story/ruling")
                    for _, party in sorted(found.items()) if party.type in SIGNATURES["adjudicated"][1]]
        return out

    def ruling_court(self, text: str, start: int, end: int, courts: list[Mention],
                     mentions: list[Mention]) -> Mention | None:
        """The court a ruling in text[start:end] that names none is told of: the court named
        last before it, else the item's only court; where the sentence places its judge (a federal
        judge in California), the last such court of that place, else none."""
        place = self.shared.ruling_place(text, start, end, mentions)
        if place is not None:
            courts = [c for c in courts if not self.shared.court_elsewhere(c, place)]
        before = next((c for c in reversed(courts) if c.end <= start), None)
        if before is not None or not courts:
            return before
        # none told before the ruling: the item's one court; of several named after it (the case
        # is on file with X; a motion to transfer it to Y) the sentence tells not which
        return courts[0] if len({key(c) for c in courts}) == 1 else None

    @staticmethod
    def told_by(defendants: dict[str, Mention], mentions: list[Mention], end: int,
                court_sentence: tuple[int, int]) -> dict[str, Mention]:
        """The defendants of suits told without plaintiffs that the item names by ``end`` (the
        ruling's sentence) or in the sentence naming the ruling's court (A judge fined a lawyer.
        The sanction was imposed by Judge Roe of the X court in A v. B): a suit told only after
        the ruling (Seattle schools opened that wave with a suit against Meta), or a case cited
        as precedent after it (the panel leaned on Moody v. NetChoice), is none the ruling decided."""
        def told(mention: Mention) -> bool:
            return mention.start < end or court_sentence[0] <= mention.start < court_sentence[1]
        named = {key(m) for m in mentions if told(m)}
        return {name: defendant for name, defendant in defendants.items() if name in named or told(defendant)}

    @staticmethod
    def joined(spans: list[tuple[int, int]], start: int, text: str) -> int:
        """Where the sentence a clause at ``start`` belongs to opens: the sentences are split at
        semicolons too, and the clauses before one (A agreed to settle Bartz v. Anthropic;
        Judge Jane Roe granted approval) tell what the clause after it rules on."""
        opening = start
        for before, after in reversed([span for span in spans if span[1] <= start]):
            if text[after:opening].strip() or not text[before:after].rstrip().endswith(";"):
                break
            opening = before
        return opening

    def judges(self, text: str, mentions: list[Mention]) -> re.Pattern | None:
        """The surnames of the item's judges, each named once in full after a judge's title (U.S.
        District Judge Jane Q. Roe): a sentence may tell the ruling by the surname alone (Roe
        denied the motion)."""
        surnames = {m.text.split()[-1] for m in mentions if m.type == "Person" and " " in m.text
                    and self.judge_title.search(text, max(0, m.start - 20), m.start)}
        return alternation(surnames, whole_words=True) if surnames else None

    def ruling(self, sentence: str, judges: re.Pattern | None = None) -> re.Match | None:
        """What a judge (Judge Jane Roe, the judge, the court, or a judge's surname of ``judges``)
        did in the sentence, if it is a ruling: not an intention (the court may dismiss), not an
        infinitive (asked the judge to dismiss), not one a party seeks in the clause (seek
        damages and court orders for…), not one a party cites (refers to the Court's judgment in…)."""
        named = list(judges.finditer(sentence)) if judges is not None else []
        for judge in sorted([*self.judge.finditer(sentence), *named], key=lambda m: m.start()):
            act = self.english.adjudication.search(sentence, judge.end(), judge.end() + RULING_REACH)
            if act is None or re.search(r"[;:]", sentence[judge.end():act.start()]):
                continue
            if self.english.intends(sentence, act.start()) or sentence[:act.start()].endswith(" to "):
                continue
            if self.sought.search(sentence, 0, judge.start()):
                continue  # seek damages and court orders for age verification: a ruling asked for
            if self.english.citing.search(_ARTICLE_END.sub("", sentence[:judge.start()])):
                continue  # she refers to the Court's judgment in Roe v Acme: a ruling cited, none made
            return act
        return None

    # -- funding -------------------------------------------------------------------------
    def continues(self, text: str, mentions: list[Mention]) -> bool:
        """Whether an item goes on with the story of the item before it: it speaks of "the
        company" before naming any (What came next / In April the company raised…)."""
        for match in self.english.reference.finditer(text):
            if self.english.referents[match.group("noun")] == "Company":
                return not any(m.type == "Company" and m.start < match.start() for m in mentions)
        return False

    @staticmethod
    def raised(readings: list[Reading], told: list[Fact]) -> list[tuple[int, Mention]]:
        """The companies the item says raised a round, where: those its sentences say raised
        one, else the one the item's investments go to most."""
        raised = [(reading.evidence.start, name) for reading in readings if reading.kind == "raised"
                  for name in reading.names if name.type in SIGNATURES["investedIn"][1]]
        if not raised:
            invested = Counter(key(f.tail) for f in told if f.relation == "investedIn")
            raised = [(0, f.tail) for f in told if f.relation == "investedIn" and invested[key(f.tail)] == max(invested.values())]
        return raised

    def rounds(self, readings: list[Reading], raised: list[tuple[int, Mention]]) -> list[Fact]:
        """Investors named apart from the round: investedIn the company that raised it (the
        one the nearest sentence at or before theirs says raised a round, else the first
        after, else the one the item's investments go to most, else the one an earlier
        section of the same story said raised one: What came next / the company raised a
        further $2 billion in a round led by X)."""
        if not raised:
            return []
        heads = SIGNATURES["investedIn"][0]
        out = []
        for reading in (r for r in readings if r.kind == "investor"):
            before = [name for at, name in raised if at <= reading.evidence.start]
            company = before[-1] if before else raised[0][1]
            out += [Fact(investor, "investedIn", company, reading.evidence, 0.6, rule="story/round")
                    for investor in reading.names if investor.type in heads and key(investor) != key(company)]
        return out
