"""The suit frame: one suit an item tells over several sentences, a side in each, filled
sentence by sentence (Fact.rule ``frame``).

News and client alerts often name a suit's plaintiffs in one sentence and its defendants in
another: "Anthropic faces a lawsuit over its crawler. Reddit filed the complaint on Tuesday.";
"A new lawsuit was filed on Monday. The plaintiffs are A and B. The defendants are X and Y.";
"爱奇艺日前提起诉讼。被告为MiniMax。"; "MiniMax日前遭到起诉。该诉讼由爱奇艺提起。".  Each sentence
that names one side by a role statement (data/lexicon/frames.tsv: the words, which side they
name and whether they tell a new suit) fills that side of the item's current frame; each name
then sues each name of the other side.  A statement names a side by a list right after its
words (the plaintiffs are A and B; 被告为Y; the suit targets Y; sued AI startups A and B; the suit
was joined by writers including A and B), by the subject right before them (Reddit, which filed
the suit; The petitioners, including A, filed the lawsuit), by a verb whose subject is the suit
itself (The cases, filed on Monday in federal court, target A and B), or both sides of a passive
(Perplexity has been hit with lawsuits from A and B).  The frame is bounded by the item and by the suit:

- a sentence in which the other families read a suit (its sued facts) makes the frame that
  suit's, and later role statements that refer back (the plaintiffs, filed the suit, 被告为) add
  to it;
- words telling a new suit (Reddit filed suit; Anthropic faces a lawsuit; another lawsuit;
  另一起诉讼) start the frame afresh, so that an item telling two suits never crosses them; a
  like suit a new plaintiff files (Chegg filed a similar complaint; 腾讯也提起了类似诉讼) is
  against the defendants of the suit told before it;
- a statement opening a suit whose clause goes on to name a party after its words (X filed a
  lawsuit in May against Y, read by no rule) leaves the frame empty: a full suit told, no half;
- a new suit whose subject refers back to the plaintiffs told before (The authors also sued Meta; 他们还起诉了X;
  data/lexicon/frames.tsv kind reference) is theirs: its frame starts with their names as plaintiffs;
- a relative clause right after the role word names the side whatever governs that word (Lawyers for the
  plaintiffs, which included A and B: A and B are plaintiffs; Lawyers for the plaintiffs are A and B: no side);
- a side labelled by its bare role word (原告爱奇艺诉称, 被告MiniMax辩称: data/lexicon/frames.tsv kind label)
  fills only a side of the frame that no sentence has named (MiniMax日前被起诉。原告爱奇艺诉称…: the missing
  end); where that side is named, the label is another suit's (A起诉B。…针对共同被告C、D的诉讼) and adds nothing;
- a hedge between a name and its words (plans to, could, 拟, 未) makes no statement;
- references count as the names they stand for (kg.facts.coref: the two companies, 该公司).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..alternation import alternation, alternatives
from ..kb import cue_words, tsv_rows
from ..lookahead import scanning
from ..model import Fact, Mention
from .base import PARTIES, SIGNATURES, Document, DocumentFamily, Sentence, Shared, confidence, evidence, key, within
from .coref import References
from .grammar import covering
from ..punctuation import CLAUSE_BREAK

SIDES = ("plaintiff", "defendant")
WEIGHT = 0.55  # a side told sentences away from the other is less sure than a suit told in one clause
RELATIVE = re.compile(r"^\s*(?:which|who|that)\s*$", re.IGNORECASE)  # Reddit, which filed the suit: Reddit
APPOSITIVE = re.compile(r"\s*,?\s*(?:the|a|an|its)\s[^,;:]{1,60},\s*", re.IGNORECASE)  # , the online tutoring company,
RELATIVE_LIST = re.compile(r",\s*(?:which|who)\s", re.IGNORECASE)  # the plaintiffs, which included A: the list is theirs
RELATIVE_GAP = re.compile(r"^,\s*(?:which|who)\b", re.IGNORECASE)  # the comma and pronoun of such a clause
QUOTES = " \"'“”‘’「」『』《》"
# what may stand between a role's words and its list: quotes, a colon, "the", a few words of the names'
# kind and "including" (the suit was joined by writers including A and B), or a few words of their kind
# that no preposition opens (are suing AI music startups A and B)
NOT_TITLE = r"(?!(?:in|on|at|over|for|after|before|with|by|from|to|of|against|and|or|that|which|who)\s)"
KIND_BEFORE_LIST = re.compile(r"[\s\"'“”‘’「」『』《》：:]*(?:the\s+)?(?:(?:[\w()'’-]+\s+){0,6}[\w()'’-]+,?\s+(?:including|such as)\s+(?:the\s+)?"
                              rf"(?:{NOT_TITLE}[\w'’-]+\s+){{0,3}}"
                              r"|(?:[\w'’-]+,?\s+){1,5}[\w'’-]+\s*[:：]\s*"
                              rf"|(?:{NOT_TITLE}[\w'’-]+\s+){{1,4}})?")
# The petitioners, including reporter John Carreyrou, filed the lawsuit: the members an appositive names
INCLUDING = re.compile(r"\s*(?:including|among them|such as)\b", re.IGNORECASE)
AUXILIARIES = re.compile(r"\s*(?:(?:has|have|had|also|recently|jointly)\s+)*")  # …, has filed
QUALIFIER = re.compile(r"(?:\b(?:for|of|to|with|representing|against|by)\s+|[的之]\s*)$", re.IGNORECASE)  # Lawyers for…
OWNS = ("的", "'s", "’s")  # 起诉OpenAI的母公司, sued OpenAI's parent: the name owns the party
PLACE_BASED = re.compile(r"[-‐ ]based\b", re.IGNORECASE)  # New York-based A: where A is based, no party
DEMONYM = re.compile(r"[a-z](?:ian|ese|ish|ean|can|ench|utch)$")  # a place's adjective (Canadian, Japanese), no party


class Counsel:
    """Whether a name is a suit's lawyer or law firm, no party of it (the Joseph Saveri Law Firm;
    lawyer A; typographer and lawyer A; 律师B): a firm by its name's kind word (context.tsv law_firm_word), a
    person by the counsel word (context.tsv counsel) right before it."""

    def __init__(self, shared: Shared) -> None:
        firm = shared.words["law_firm_word"]
        self.firm = re.compile(rf"(?<![\w.])(?:{alternatives(w for w in firm if w.isascii())})(?![\w.])"
                               rf"|(?:{alternatives(w for w in firm if not w.isascii())})$")
        self.lawyer = re.compile(rf"(?:{alternation(shared.words['counsel'], re.IGNORECASE).pattern})s?(?:\s+and\s+[\w-]+)?[\s,]*$", re.IGNORECASE)

    def __call__(self, name: Mention, text: str) -> bool:
        if self.firm.search(name.text):
            return True
        return name.type == "Person" and self.lawyer.search(text, max(0, name.start - 24), name.start) is not None


def _start(mention: Mention) -> int:
    return mention.start


@dataclass(frozen=True)
class Statement:
    """Names a sentence gives one side of a suit, and whether its words tell a new suit."""
    side: str
    names: tuple[Mention, ...]
    opens: bool
    at: int
    label: bool = False  # named by its bare role word (原告X诉称): fills a side no sentence has named, adds to none


@dataclass
class Frame:
    """The sides of the suit an item tells, as far as its sentences have named them."""
    sides: dict[str, dict[str, Mention]] = field(default_factory=lambda: {side: {} for side in SIDES})


COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|\d{1,3})"
DETERMINER = r"(?:the|these|those|all|all the|both|all of the)"


def counted(references) -> re.Pattern:
    """A plural reference to the plaintiffs, counted or not, right before the list that names them:
    the three artists, A, B and C; the publishers: A, B; the 11 authors — A and B; they are: A, B
    (data/lexicon/frames.tsv kind reference: its English plural nouns)."""
    nouns = sorted({words.split()[-1] for words in references
                    if words.isascii() and words.split()[0].lower() in ("the", "these", "both") and words.endswith("s")})
    return re.compile(rf"\b(?:{DETERMINER}\s+(?:{COUNT}\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{alternatives(nouns)})"
                      rf"\s*(?:,|:|—|–|\s-{{1,2}}\s)|they\s+(?:are|were)\s*:)", re.IGNORECASE)


class FrameWords:
    """data/lexicon/frames.tsv, read: per (kind, side, opens) the words as one pattern, the words
    that open a suit without naming a side, the hedges and the reaches of a subject."""

    def __init__(self, path) -> None:
        rows: dict[tuple[str, str, bool], list[str]] = {}
        for number, row in enumerate(tsv_rows(path), 2):
            if not row.get("kind") or not row.get("side") or row.get("opens") not in ("yes", "no") or not row.get("cues"):
                raise ValueError(f"{path}: row {number} needs a kind, a side, opens (yes or no) and its words")
            rows.setdefault((row["kind"], row["side"], row["opens"] == "yes"), []).extend(cue_words(row["cues"]))
        self.roles = {(kind, side, opens): alternation(words, re.IGNORECASE, spaced=True, latin_whole=True)
                      for (kind, side, opens), words in rows.items()
                      if kind in ("after", "before", "passive", "verb", "label") and side in SIDES}
        # the words a sentence telling the suit as its subject opens with (The cases, 该诉讼)
        self.subject = re.compile(rf"\s*(?:{alternation(rows.get(('subject', '*', False), ()), latin_whole=True).pattern})",
                                  re.IGNORECASE)
        self.opening = alternation(rows.get(("open", "*", True), ()), re.IGNORECASE, spaced=True, latin_whole=True)
        self.like = alternation(rows.get(("like", "*", True), ()), re.IGNORECASE, spaced=True, latin_whole=True)
        # the plaintiffs of the suit told before, standing as the subject of a new suit (The authors also sued X; 他们还起诉了X)
        self.same_plaintiffs = re.compile(rf"\s*(?:{alternation(rows.get(('reference', '*', False), ()), latin_whole=True).pattern})"
                                          rf"\s*(?:(?:also|later|then|have|had|has|previously|separately|too|还|也|又|另|同样|亦|已|已经)\s*)*$",
                                          re.IGNORECASE)
        self.roles[("counted", "plaintiff", False)] = counted(rows.get(("reference", "*", False), ()))
        # whether a sentence holds any side's words: the roles as one pattern, looked for once along it (each
        # role's own search went along the sentence again), behind the look-ahead of their first characters
        flags = {pattern.flags for pattern in self.roles.values()}
        self.any_role = scanning("|".join(f"(?:{pattern.pattern})" for pattern in self.roles.values()), flags.pop()) \
            if len(flags) == 1 and not any(pattern.groups for pattern in self.roles.values()) else None  # (no group to refer to)
        self.hedges = alternation(rows.get(("hedge", "*", False), ()), re.IGNORECASE, latin_whole=True)
        reach = rows.get(("link", "*", False), [])
        if len(reach) != 2 or not all(r.isdigit() for r in reach):
            raise ValueError(f"{path}: the link row needs two whole numbers (Chinese, English)")
        self.reach = (int(reach[0]), int(reach[1]))


class SuitFrames(DocumentFamily):
    """An item's suit whose sides its sentences name apart: each plaintiff a role statement
    names sues each defendant another names (see the module)."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.words = FrameWords(shared.kb.data_dir / "lexicon" / "frames.tsv")
        self.references = References(shared)
        self.counsel = Counsel(shared)
        self.types = dict(zip(SIDES, SIGNATURES["sued"]))
        # the words after which a name is the object or the agent, never the subject (context.tsv
        # target_marker, passive: 对X提起诉讼, 被X起诉; by, against, from, with)
        markers = (*shared.words["target_marker"], *shared.words["passive"])
        self.governed = re.compile(rf"(?:{alternation(markers).pattern}|\b(?:by|against|from|with|of)\s+(?:the\s+)?)\s*[“「\"]?$",
                                   re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        related = {(key(f.head), key(f.tail)) for f in document.facts if f.relation == "sued"}
        out: list[Fact] = []
        for item, text, mentions in document.items:
            told_at: dict[int, list[Fact]] = {}  # the item's own sued facts by their sentence's start, in order
            for fact in document.facts_of(item):
                if fact.relation == "sued":
                    told_at.setdefault(fact.evidence.start, []).append(fact)
            ordered = sorted(mentions, key=lambda m: m.start)
            starts = [m.start for m in ordered]
            frame: Frame | None = None
            for start, end, date in self.shared.dated_sentences(item, text):
                if start in told_at:  # a suit the other families read: the frame is that suit's
                    frame = self.told(told_at[start])
                    continue
                statements: list[Statement] = []
                if self.holds_role(text, start, end):
                    # (a sentence holding no role words states no side: its names and references are not read)
                    inside = within(ordered, starts, start, end)
                    sentence = Sentence(item, text, start, end, inside, evidence(item, text, start, end, date),
                                        [], ordered, [], starts)
                    names = sorted(inside + self.references.mentions(sentence), key=lambda m: m.start)
                    statements = self.statements(text, start, end, names)
                opening = self.words.opening.search(text, start, statements[0].at if statements else end)
                if opening is not None and not any(s.opens and s.at <= opening.start() for s in statements):
                    frame = None  # a new suit told before any side of it: nothing to join across it
                for statement in statements:
                    if statement.opens or frame is None:
                        frame = self.opened(frame, statement, text, (start, end))
                    elif statement.label and frame.sides[statement.side]:
                        continue  # 共同被告C、D after a suit whose defendants are told: another suit's, not this one's
                    out += self.fill(frame, statement, sentence, related)
        return out

    def holds_role(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds a side's words: a search of any role pattern finds one."""
        if self.words.any_role is not None:
            return self.words.any_role.search(text, start, end) is not None
        return any(pattern.search(text, start, end) for pattern in self.words.roles.values())

    @staticmethod
    def told(facts) -> Frame | None:
        """The frame of the suit a sentence's sued facts tell: each plaintiff against each defendant
        (A and B sued X and Y); None where they tell several (A sued X, and B sued Y)."""
        frame, pairs = Frame(), set()
        for fact in facts:
            frame.sides["plaintiff"][key(fact.head)] = fact.head
            frame.sides["defendant"][key(fact.tail)] = fact.tail
            pairs.add((key(fact.head), key(fact.tail)))
        # every pair is one of plaintiffs x defendants: they are all of them when they are as many
        # (counted, not made: the product is quadratic in the parties of a long item's sentences)
        return frame if len(pairs) == len(frame.sides["plaintiff"]) * len(frame.sides["defendant"]) else None

    def opened(self, before: Frame | None, statement: Statement, text: str, span: tuple[int, int]) -> Frame:
        """The frame a statement opens: a new suit's, empty; a like suit's (Chegg filed a similar
        complaint; 腾讯也提起了类似诉讼), against the defendants of the suit told before it; a suit whose
        subject refers back to the plaintiffs told before it (The authors also sued Meta; 他们还起诉了X),
        brought by them."""
        start, end = span
        frame = Frame()
        if before is not None and statement.side == "defendant" and self.words.same_plaintiffs.match(text[start:statement.at]):
            frame.sides["plaintiff"] = dict(before.sides["plaintiff"])
        if before is not None and statement.side == "plaintiff" and self.words.like.search(text, statement.at, end):
            frame.sides["defendant"] = dict(before.sides["defendant"])
        return frame

    def fill(self, frame: Frame, statement: Statement, sentence: Sentence, related: set) -> list[Fact]:
        """Add the statement's names to their side; each sues (or is sued by) the other side's."""
        other = "defendant" if statement.side == "plaintiff" else "plaintiff"
        out = []
        for name in statement.names:
            if key(name) in frame.sides[other] or self.counsel(name, sentence.text):
                continue  # a party is never on both sides; the suit's lawyers are no party
            frame.sides[statement.side][key(name)] = name
            for party in list(frame.sides[other].values()):
                head, tail = (name, party) if statement.side == "plaintiff" else (party, name)
                if (key(head), key(tail)) not in related:
                    related.add((key(head), key(tail)))
                    out.append(Fact(head, "sued", tail, sentence.evidence, confidence(head, tail, WEIGHT)))
        return out

    def statements(self, text: str, start: int, end: int, names: list[Mention]) -> list[Statement]:
        """The role statements of a sentence in order; none where a statement opening a suit
        goes on to name a party after its words in its clause (a whole suit no rule read)."""
        found: list[Statement] = []
        covered = covering(names)  # (names in order of their starts)
        for (kind, side, opens), pattern in self.words.roles.items():
            for words in pattern.finditer(text, start, end):
                if covered(words.start()) or self.qualified(text, start, words.start()) and not RELATIVE_LIST.search(words.group()):
                    continue  # inside a name; Lawyers for the defendants are…, 另一案中的被告: no side of this suit
                if kind == "passive":  # Perplexity has been hit with lawsuits from A and B: both sides
                    found += self.passive(text, start, end, words, names)
                    continue
                if kind == "verb" and not self.suit_subject(text, start, words.start(), names):
                    continue  # The cases, filed on Monday, target A and B: only a suit's own verb
                listed = self.after(text, words.end(), end, names, side) if kind in ("after", "verb", "counted", "label") \
                    else self.before(text, start, words.start(), names, side)
                if kind == "label":  # 原告A、纽约某某控股公司…: a place in a labelled list is a longer name's, missed
                    listed = [m for m in listed if m.type != "Jurisdiction"]
                if not listed:
                    continue
                if opens and kind == "before" and self.named_after(text, words.end(), end, names):
                    return []
                found.append(Statement(side, tuple(listed), opens, words.start(), kind == "label"))
        return sorted(found, key=lambda s: s.at)

    def qualified(self, text: str, start: int, at: int) -> bool:
        """Whether the words at ``at`` are governed by what stands before them (Lawyers for the
        defendants are…; X的被告为…), unless that is the suit (该案的被告为…, the suit's plaintiffs)."""
        before = text[max(start, at - 24):at]
        found = QUALIFIER.search(before)
        return found is not None and not self.words.subject.search(before[:found.start()].rstrip()[-8:] or "~")

    def suit_subject(self, text: str, start: int, at: int, names: list[Mention]) -> bool:
        """Whether the sentence opens with the suit as the subject of the verb at ``at``, whatever
        phrase stands between them, naming no party (The cases, filed on Monday in federal court, target…)."""
        return self.words.subject.match(text, start) is not None and \
            not any(start <= m.start < at and m.type in PARTIES for m in names)

    def passive(self, text: str, start: int, end: int, words: re.Match, names: list[Mention]) -> list[Statement]:
        """The two sides of a passive suit (X has been hit with lawsuits from A and B; X is being
        sued by labels including A and B): the plaintiffs after the words, the defendants before
        them where the clause names them (else the plaintiffs alone, of a suit whose defendants
        a later sentence names)."""
        plaintiffs = self.after(text, words.end(), end, names, "plaintiff")
        if not plaintiffs:
            return []
        defendants = self.before(text, start, words.start(), names, "defendant")
        return [Statement("defendant", tuple(defendants), True, words.start())] * bool(defendants) + [
            Statement("plaintiff", tuple(plaintiffs), not defendants, words.start() + 1)]

    def after(self, text: str, at: int, end: int, names: list[Mention], side: str) -> list[Mention]:
        """The names listed right after the words, of the side's types."""
        following = [m for m in names[bisect_left(names, at, key=_start):] if m.end <= end  # (names in order of their starts)
                     and not (m.type == "Jurisdiction" and (DEMONYM.search(m.text) or PLACE_BASED.match(text, m.end)))]
        # (Canadian AI start-up X, New York-based X: X)
        # an English list runs on over its commas (A, B, and C); a Chinese one ends with its clause
        stop = end if text[at:at + 1].isascii() else self.shared.grammar.clause_end(text, at, end)
        group = self.shared.grammar.group(text, following, set(self.types[side]), from_right=False, stop=stop)
        if not group or not KIND_BEFORE_LIST.fullmatch(text, at, group[0].start) or text.startswith(OWNS, group[-1].end):
            return []
        return group

    def before(self, text: str, start: int, at: int, names: list[Mention], side: str) -> list[Mention]:
        """The names standing right before the words as their clause's subject (Reddit, which
        filed the suit), of the side's types, with nothing but a short gap without a hedge between;
        or the members an appositive names right before them (The petitioners, including A, filed…)."""
        breaks = [start, *(b.end() for b in CLAUSE_BREAK.finditer(text, start, at))]
        # Reddit, which filed the suit; Chegg, the online tutoring company, filed…: the clause before
        if len(breaks) > 1 and RELATIVE.match(text[breaks[-1]:at]):
            breaks.pop()
        if len(breaks) > 2 and INCLUDING.match(text, breaks[-2]) and AUXILIARIES.fullmatch(text, breaks[-1], at):
            members = [m for m in names if breaks[-2] <= m.start and m.end <= breaks[-1]]
            return self.shared.grammar.group(text, members, set(self.types[side]), from_right=True)
        if len(breaks) > 2 and APPOSITIVE.fullmatch(text, breaks[-2], breaks[-1]):
            del breaks[-2:]
        clause = breaks[-1]
        preceding = [m for m in names[bisect_left(names, clause, key=_start):bisect_left(names, at, key=_start)] if m.end <= at]
        group = self.shared.grammar.group(text, preceding, set(self.types[side]), from_right=True)
        if not group or self.governed.search(text[max(clause, group[0].start - 8):group[0].start]):
            return []  # 他们已对Meta提起诉讼, sued by X, which filed: a name a marker governs is no subject
        gap = text[group[-1].end:at]
        latin = gap.isascii()
        plain = RELATIVE_GAP.sub("", APPOSITIVE.sub("", gap.strip(QUOTES), count=1).strip()) if latin else gap.strip(QUOTES)
        if len(plain.strip()) > self.words.reach[1 if latin else 0] or self.words.hedges.search(gap) \
                or re.search(r"[，,；;：:。]", plain):
            return []
        return group

    def named_after(self, text: str, at: int, end: int, names: list[Mention]) -> bool:
        """Whether the clause after the words names a party (X filed a lawsuit in May against Y)."""
        closing = self.shared.grammar.clause_end(text, at, end)
        parties = set(self.types["plaintiff"]) | set(self.types["defendant"])
        return any(at <= m.start and m.end <= closing and m.type in parties for m in names)
