"""What an item says about its lawsuit beyond one cue: a defendant named in the clause
after the filing (X提起诉讼，被告为Y; 要求Y停止…); an accusation made in a lawsuit
is the suit (UMG对Anthropic提起诉讼，指控其…: sued, not accused); a judge is no party
(X法官在另一起作家诉Y的案件中…); a court that hears or decides (在X法院审理, X法院判决)
adjudicates the item's suit (not one still to rule, 预计将于下月判决, nor one a person worked at,
曾任X法院法官助理); 该法院判决, 法官Y裁定, 法院批准 is the court of the item's
one suit, named before it; the court a suit is moved to (该案被移送至X法院) hears it;
双方达成和解 (or a settlement naming one side) settles the item's one suit, and a
settlement told with a suit (A sued X, and X agreed to pay… to resolve claims) that suit;
an agency's case ending in a consent or proposed order is settled.  Words from
data/lexicon/context.tsv: defendant_named, lawsuit, judge, court_reference, court_act,
other_case, transfer, both_parties, higher_court, settlement, agency_order,
order_settling, complaint_word, filing_word, ruling_ahead, ruling_negation, court_career, court_filed_with, plaintiff_reference,
suing_verb; the adjudicated, settled and sued cues of
data/lexicon/triggers.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from ..alternation import alternation, alternatives
from ..model import Evidence, Fact, Item, Mention, inside_any
from ..sentences import CLAUSE_MARK, card_line
from ..dates import CHINESE_DATE_SPAN
from ..mentions.base import TextsPlaces
from ..punctuation import CLAUSE_BREAK, latin_only
from ..script import simplified
from .base import PARTIES, SIGNATURES, Document, DocumentFamily, ItemRefiner, Sentence, SentenceFamily, Shared
from .base import confidence, key, line_end, titled_judge
from .base import evidence as sentence_evidence
from .grammar import AND_ALSO, CHINESE_AND, COUNTS, ENUMERATION_COMMA, cited_case, classifiers, count_value, counted, joiner, latin_words, officer_beside, sought, window
from .cue import WINDOW
from .english import english_sentence
from .frame import Counsel
from .place import descriptions
from .triggers import Cue

RULED_ON = SIGNATURES["adjudicated"][1]  # a suit's sides a court rules on: agencies and officials sued too


class DefendantsNamedAfter(SentenceFamily):
    """A filing whose clause names no defendant, followed by a clause that names it
    (日经和朝日向同一法院提起诉讼，要求Perplexity停止复制…; xAI提起反垄断诉讼，被告为苹果公司和
    OpenAI): the plaintiffs before the filing sue the names right after 被告为 / 要求 /
    请求法院判令 (data/lexicon/context.tsv: defendant_named); so they do the names after words
    adding defendants to those the filing names (A起诉B一案的被告还包括C: defendants_added)."""
    detail = "defendant"
    REACH = window("litigation.DefendantsNamedAfter.REACH")  # characters between the word and the first defendant (要求其, 被告为美国的)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.named = alternation(w for w in shared.words["defendant_named"] if not w.isascii())
        self.adding = alternation(shared.words["defendants_added"])
        self.behalf = alternation(w for w in shared.words["on_behalf"] if not w.isascii())

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        out = []
        for cue in sentence.cues(self.shared.find_cues):
            if cue.relation != "sued":
                continue
            clause_end = grammar.clause_end(text, cue.end, end)
            # A起诉B一案的被告还包括C: words adding defendants after the cue name more of them, in its clause or after
            word = self.adding.search(text, cue.end, end)
            if word is None and (clause_end >= end or any(
                    cue.end <= m.start < clause_end and m.type in defendant_types for m in mentions)):
                continue  # the cue's own clause names its defendant (or the sentence ends)
            word = word or self.named.match(text, clause_end + 1)
            if word is None:
                continue
            following = [m for m in mentions if word.end() <= m.start]
            defendants = grammar.group(text, following, defendant_types, from_right=False,
                                       stop=grammar.clause_end(text, word.end(), end))
            if not defendants or defendants[0].start - word.end() > self.REACH:
                continue
            clause_start = grammar.clause_start(text, start, cue.start)
            # A代表…的投资者提起集体诉讼: the plaintiff stands before the word for whom it sues, not among them
            behalf = max((found.start() for found in self.behalf.finditer(text, clause_start, cue.start)), default=cue.start)
            before = [m for m in mentions if m.end <= behalf and m.type != "Court" and not grammar.located(text, m)
                      and (m.start >= clause_start or cue.start - m.end <= WINDOW)]
            plaintiffs = grammar.extended(text, grammar.group(text, before, plaintiff_types, from_right=True),
                                          [m for m in mentions if m.start >= start], plaintiff_types)
            out += [Fact(plaintiff, "sued", defendant, sentence.evidence, confidence(plaintiff, defendant, 0.8))
                    for plaintiff in plaintiffs for defendant in defendants if key(plaintiff) != key(defendant)]
        return out


class FacedSuits(SentenceFamily):
    """A party facing the suits of those named after the word of facing (Perplexity同时还面临
    A、B以及C的相关诉讼; X面临来自A的诉讼): each of them sued the names right before that
    word.  Words from data/lexicon/context.tsv: facing_suit (面临), suit_noun (诉讼), with a
    few words of the suits' kind between 的 and the noun (相关, 版权) and a likeness before 的
    (suit_likeness: Midjourney此前已面临迪士尼和环球影业类似的版权诉讼)."""
    detail = "faced"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.facing = re.compile(rf"(?:{alternatives(words['facing_suit'])})着?\s*(?:来自)?")
        # A的相关诉讼, A等提起的诉讼: the plaintiffs' suit, told as theirs or as one they filed (context.tsv suit_filing)
        self.suits = re.compile(rf"\s*(?:等[^，,。；;：:]{{0,6}}?)?(?:所?(?:{alternatives(words['suit_filing'])}))?"
                                rf"(?:{alternatives(words['suit_likeness'])})?的[^，,。；;：:、]{{0,8}}?(?:{alternatives(words['suit_noun'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        out = []
        for word in self.facing.finditer(text, start, end):
            following = [m for m in mentions if m.start >= word.end()]
            plaintiffs = grammar.group(text, following, plaintiff_types, from_right=False,
                                       stop=grammar.clause_end(text, word.end(), end))
            if not plaintiffs or not _BARE.fullmatch(text, word.end(), plaintiffs[0].start) \
                    or not self.suits.match(text, _closing(text, plaintiffs[-1].end)):
                continue
            clause_start = grammar.clause_start(text, start, word.start())
            before = [m for m in mentions if clause_start <= m.start and m.end <= word.start()]
            defendants = grammar.group(text, before, defendant_types, from_right=True)
            if not defendants or len(_FILLER.sub("", text[defendants[-1].end:word.start()])) > 4:
                continue  # the names facing the suits stand right before the word (a date or 同时还 between)
            out += [Fact(plaintiff, "sued", defendant, sentence.evidence, confidence(plaintiff, defendant, 0.7))
                    for plaintiff in plaintiffs for defendant in defendants if key(plaintiff) != key(defendant)]
        return out


_BARE = re.compile(r"[\s《「“]*")  # what may open a name: a title's or a quote's mark
_FILLER = re.compile(rf"\s|{CHINESE_DATE_SPAN}|[同时还也已曾正亦均都目前此前先后]")  # 同时还, 此前, a date
# 今年6月，X…; 视频博主X…: a time, or a few words describing it, before a subject (no marker of another role: 向, 对, 将, 被)
_OPENING = re.compile(r"(?:[^，,。；;\n]{0,8}[，,])?\s*[^，,。；;\n向对针将把被遭由在于与和及、]{0,12}")
_CLOSING = re.compile(r"[\s》」”]*(?:[（(][^（）()]{1,40}[)）])?")  # 《纽约邮报》（NYP）: a name's closing marks and gloss


def _closing(text: str, position: int) -> int:
    """After a name's closing title or quote marks and its bracketed gloss (《纽约邮报》（NYP））."""
    return _CLOSING.match(text, position).end()


class SuitsBroughtBy(SentenceFamily):
    """A party told inside the suit others brought (云图科技在星辰科技提起的诉讼中交出记录; 在星辰科技等提起的
    集体诉讼中，云图科技被指…): those who brought it sued the name right before 在, else the name the next
    clause opens with.  Words from data/lexicon/context.tsv: suit_filing, suit_noun, location_marker."""
    detail = "within"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        # 星辰科技（等）提起的版权侵权诉讼中: the plaintiffs' filing, a few words of the suit's kind, 中
        self.brought = re.compile(rf"\s*(?:等[^，,。；;：:]{{0,6}}?)?所?(?:{alternatives(words['suit_filing'])})的"
                                  rf"[^，,。；;：:、]{{0,10}}?(?:{alternatives(words['suit_noun'])}|案件|案)[中里]")
        self.inside = re.compile(rf"(?:{alternatives(words['location_marker'])})[\s《「“]*$")  # 在「紐約時報」…
        self.other_roles = tuple(words["other_role"])  # 作为第三方出庭, 以法庭之友身份: no side sued

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        out = []
        for marker in (m for m in mentions if self.inside.search(text, max(start, m.start - 3), m.start)):
            group = grammar.group(text, [m for m in mentions if m.start >= marker.start], plaintiff_types,
                                  from_right=False, stop=grammar.clause_end(text, marker.start, end))
            brought = self.brought.match(text, _closing(text, group[-1].end)) if group and group[0] is marker else None
            if brought is None or any(role in text[brought.end():grammar.clause_end(text, brought.end(), end)]
                                      for role in self.other_roles):
                continue
            at = self.inside.search(text, max(start, marker.start - 3), marker.start).start()
            before = [m for m in mentions if m.end <= at and not _FILLER.sub("", text[m.end:at]).strip("，,")]
            if before:  # 云图科技在…诉讼中: the name right before 在
                defendants = grammar.group(text, before, defendant_types, from_right=True)
            else:  # 在…诉讼中，云图科技…: the name the next clause opens with
                opening = brought.end() + len(re.match(r"[，,\s]*", text[brought.end():]).group())
                following = [m for m in mentions if m.start >= opening]
                defendants = grammar.group(text, following, defendant_types, from_right=False,
                                           stop=grammar.clause_end(text, opening, end))
                defendants = defendants if defendants and defendants[0].start == opening else []
            out += [Fact(plaintiff, "sued", defendant, sentence.evidence, confidence(plaintiff, defendant, 0.7))
                    for plaintiff in group for defendant in defendants if key(plaintiff) != key(defendant)]
        return out


class TargetedSuits(SentenceFamily):
    """A suit told by where it aims (一场集体诉讼拉开序幕。作家A联合多位作家，将矛头直指B、C两家公司): where
    the sentence or the one before it tells a suit (context.tsv suit_noun, complaint_word), the names
    the sentence (or the word's clause) opens with sued the names right after the word of aiming
    (context.tsv suit_target), unless they only say so (A表示，…: speech_verb); outside a suit's
    telling the same words are criticism, no suit."""
    detail = "targeted"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.target = alternation(words["suit_target"])
        self.suit = alternation((*words["suit_noun"], *(w for w in words["complaint_word"] if not w.isascii())))
        self.lone = LonePlaintiffs(shared)  # the subject of the sentence, as a lone plaintiff's is read

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        before_start = None  # (where the sentence before begins: read at the first target word)
        out = []
        for word in self.target.finditer(text, start, end):
            if before_start is None:
                before_start = max(text.rfind(mark, 0, max(0, start - 1)) for mark in "。！？\n") + 1
            if not self.suit.search(text, before_start, end) or inside_any(word.start(), mentions):
                continue
            clause_start = grammar.clause_start(text, start, word.start())
            before = [m for m in mentions if m.end <= word.start() and not grammar.located(text, m)]
            plaintiffs = self.lone.subject(text, before, clause_start) or self.lone.said(
                text, self.lone.subject(text, before, start), clause_start)
            following = [m for m in mentions if m.start >= word.end()]
            defendants = grammar.group(text, following, defendant_types, from_right=False,
                                       stop=grammar.clause_end(text, word.end(), end))
            if not defendants or not _BARE.fullmatch(text, word.end(), defendants[0].start):
                continue
            out += [Fact(plaintiff, "sued", defendant, sentence.evidence, confidence(plaintiff, defendant, 0.65))
                    for plaintiff in plaintiffs if plaintiff.type in plaintiff_types
                    for defendant in defendants if key(plaintiff) != key(defendant)]
        return out


class LabelledSides(SentenceFamily):
    """A Chinese sentence naming a suit's sides by their roles, each name right after its role
    word (原告知乎诉称，被告百度未经许可…; 该案原告为A，被告为B): the plaintiffs sued the
    defendants; where a court of the sentence acts on them (北京互联网法院判决被告百度赔偿原告
    知乎), it adjudicated each side.  Words from data/lexicon/context.tsv: plaintiff_label,
    defendant_label, side_kind, distributive, court_act."""
    detail = "labelled"
    LINK = re.compile(r"\s*(?:[为是系：:]\s*)?")  # 原告为A, 被告：B

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.plaintiff = alternation(words["plaintiff_label"])
        self.defendant = alternation(words["defendant_label"])
        self.acts = alternation(w for w in (*self.kb.triggers["adjudicated"], *words["court_act"]) if not w.isascii())
        # 三家被告公司为A、B, 两被告分别为A和B, 原告方系A: the side's kind and a copula, then the list of its names
        self.listing = re.compile(rf"\s*(?:{alternatives(words['side_kind'])})?\s*(?:{alternatives(words['distributive'])})?"
                                  r"\s*[为是系：:]\s*")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        plaintiff_types, defendant_types = SIGNATURES["sued"]
        plaintiffs = self.labelled(self.plaintiff, text, start, end, mentions, plaintiff_types)
        defendants = self.labelled(self.defendant, text, start, end, mentions, defendant_types)
        if not plaintiffs or not defendants:
            return []
        out = [Fact(p, "sued", d, sentence.evidence, 0.7) for p in plaintiffs for d in defendants if key(p) != key(d)]
        for court in (m for m in mentions if m.type == "Court"):
            first = min(m.start for m in (*plaintiffs, *defendants))
            if court.end <= first and self.acts.search(text, court.end, first):
                out += [Fact(court, "adjudicated", party, sentence.evidence, 0.6)
                        for party in (*plaintiffs, *defendants) if party.type in RULED_ON]
        return out

    def labelled(self, role: re.Pattern, text: str, start: int, end: int, mentions: list[Mention],
                 types: set[str]) -> list[Mention]:
        """The names standing right after a role word (原告知乎, 被告为百度), and each name listed
        with the first after the side's kind and a copula (被告公司为A、B，以及C)."""
        found = []
        for word in role.finditer(text, start, end):
            listing = self.listing.match(text, word.end())
            if listing is not None:
                following = [m for m in mentions if m.start >= listing.end()]
                group = self.shared.grammar.group(text, following, types, from_right=False,
                                                  stop=self.shared.grammar.clause_end(text, listing.end(), end))
                if group and group[0].start == listing.end():
                    found += group
                    continue
            at = self.LINK.match(text, word.end()).end()
            found += [m for m in mentions if m.start == at and m.type in types]
        return found


class AppealedRulings(SentenceFamily):
    """A court whose ruling a side appeals (上诉人A因与被上诉人B…纠纷一案，不服X法院…民事判决，向本院
    提起上诉; 上訴人對於X地方法院…第一審判決提起上訴): X ruled on the case, so it adjudicated the sides
    the sentence names by their roles (上诉人, 被上诉人, 原审原告…; a court page may space a role's
    characters: 上 訴 人).  Words from data/lexicon/context.tsv: appeal_protest, appeal_opener, appeal_filed,
    dispute_role, dispute_other_role; the ruling words are the adjudicated triggers and court_act."""
    detail = "appealed"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.opener = re.compile(rf"(?:{alternatives(words['appeal_opener'])})[^，,。；;]{{0,30}}$")
        self.protest = re.compile(rf"(?:{alternatives(words['appeal_protest'])})[^，,。；;]{{0,30}}$")  # 不服: an appeal
        rulings = (w for w in (*self.kb.triggers["adjudicated"], *words["court_act"]) if not w.isascii() and len(w) > 1)
        # X法院(2024)浙0192民初1587号民事判决，向本院提起上诉: the ruling a few words after the court, the appeal after it
        self.ruling = re.compile(rf"[^，,。；;]{{0,40}}?(?:{alternatives(rulings)})")
        self.filed = re.compile(rf"[^。；;]{{0,20}}?(?:{alternatives(words['appeal_filed'])})")
        roles = {*words["dispute_role"], *words["dispute_other_role"]}
        self.roles = spaced(roles)  # 原 告: a role written letter-spaced too
        self.link = re.compile(r"[\s（(]*(?:即\s*[原被]\s*告\s*)?[)）]?\s*[:：]?\s*")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        courts = [m for m in mentions if m.type == "Court" and self.appealed(text, start, m)]
        if not courts:
            return []
        sides = {}
        for role in self.roles.finditer(text, start, end):
            at = self.link.match(text, role.end()).end()
            sides.update({key(m): m for m in mentions if m.start == at and m.type in RULED_ON})
        return [Fact(court, "adjudicated", side, sentence.evidence, 0.6)
                for court in {key(c): c for c in courts}.values() for side in sides.values() if key(side) != key(court)]

    def appealed(self, text: str, start: int, court: Mention) -> bool:
        """Whether the court's ruling is what a side appeals (不服X法院…判决, 对于X法院…判决提起上诉)."""
        protested = self.protest.search(text, max(start, court.start - 34), court.start) is not None
        if not protested and self.opener.search(text, max(start, court.start - 34), court.start) is None:
            return False
        ruling = self.ruling.match(text, court.end)
        return ruling is not None and (protested or self.filed.match(text, ruling.end()) is not None)


def _letter_spaced(word: str) -> str:
    return r"\s*".join(map(re.escape, word))


def spaced(words: Sequence[str]) -> re.Pattern:
    """Words that may be written with spaces between their characters, as Taiwan's judgments
    write their headings (上 訴 人, 民 事 判 決, 主 文), longest first."""
    return alternation(words, literal=_letter_spaced)


class JudgmentHeadings(DocumentFamily):
    """A court's judgment told by its own heading (上海知识产权法院民事判决书 … 上诉人A … 被上诉人B;
    臺灣臺北地方法院民事判決 原 告 A 被 告 B): the court the heading names adjudicated each party
    it lists after a role word, before the judgment's operative part (判决如下, 主文).  The court
    opens the item and its judgment's kind follows it (after a case number at most: 最高法院112年度
    台上字第396號民事判決); a party is the name standing right after its role (after a bracketed
    former role, 上诉人(原审原告)A, or a second role, 上訴人即被上訴人A); an agent's label (法定代理人,
    訴訟代理人) names none.  Words from data/lexicon/context.tsv: judgment_kind, party_role,
    judgment_operative."""
    detail = "judgment"
    HEAD = 120  # characters of its item before the heading's court (a judgment opens with its court)
    KIND = window("litigation.JudgmentHeadings.KIND")  # characters from the court to its judgment's kind
    LENGTH = 1500  # characters of a heading's item read for its parties where no operative part ends it
    FORMER = re.compile(r"\s*(?:[（(][^）)\n]{1,8}[）)])?\s*[：:]?\s*")  # 上诉人(原审原告)：A: the role it had before
    ITEMS = 6  # items a heading's parties may take (a segmenter reads its role lines as fields of their own)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.kind, self.role, self.operative = (spaced(words[kind]) for kind in
                                                ("judgment_kind", "party_role", "judgment_operative"))

    def facts(self, document: Document) -> list[Fact]:
        out, court, left = [], None, 0
        for item, text, mentions in document.items:
            heading = self.heading(text, mentions)
            if heading is not None:
                court, left, begin = heading[0], self.ITEMS, heading[1]
            elif court is None or left == 0:
                continue
            else:
                begin = 0
            left -= 1
            operative = self.operative.search(text, begin, begin + self.LENGTH)
            end = operative.start() if operative else min(len(text), begin + self.LENGTH)
            starts = {m.start: m for m in mentions if m.type in RULED_ON}
            parties = {key(party): party for role in self.role.finditer(text, begin, end)
                       if (party := starts.get(self.named_at(text, role.end()))) is not None}
            evidence = sentence_evidence(item, text, 0, end, item.date)
            out += [Fact(court, "adjudicated", party, evidence, 0.6) for _, party in sorted(parties.items())]
            if operative is not None:
                court = None  # the heading ends where the judgment's operative part opens
        return out

    def heading(self, text: str, mentions: list[Mention]) -> tuple[Mention, int] | None:
        """The court a judgment's heading opens the item with, and where its kind ends
        (上海知识产权法院民事判决书); None where the item opens with no judgment."""
        court = next((m for m in sorted(mentions, key=lambda m: m.start) if m.type == "Court"), None)
        if court is None or court.start > self.HEAD:
            return None
        kind = self.kind.search(text, court.end, court.end + self.KIND)
        if kind is None or re.search(r"[。；;！？!?院庭]", text[court.end:kind.start()]):
            return None  # no heading, or a longer court cut short (臺灣高等法院花蓮分院民事判決: not the high court)
        return court, kind.end()

    def named_at(self, text: str, position: int) -> int:
        """Where the name a role word labels starts: after its former role in brackets and a
        second role joined by 即 (上訴人即被上訴人A)."""
        position = self.FORMER.match(text, position).end()
        if text.startswith("即", position) and (again := self.role.match(text, position + 1)):
            position = self.FORMER.match(text, again.end()).end()
        return position


class CourtOutcomes(SentenceFamily):
    """A party winning or losing before a court (腾讯在杭州中院胜诉, 字节跳动于北京互联网法院一审败诉):
    the court adjudicated the party, the name right before the marker of the court (在, 于)
    with nothing but spaces between; a stage word may stand between the court and the
    outcome (一审, 二审).  Words from
    data/lexicon/context.tsv: ruling_outcome, court_finding_stage."""
    detail = "outcome"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        stages = alternatives(w for w in words["court_finding_stage"] if not w.isascii())
        self.outcome = re.compile(rf"\s*(?:(?:{stages})\s*)*(?:{alternatives(words['ruling_outcome'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions = sentence.text, sentence.mentions
        out = []
        for court in (m for m in mentions if m.type == "Court"):
            if not self.outcome.match(text, court.end):
                continue
            marker = re.search(r"[在于於]\s*$", text[max(sentence.start, court.start - 3):court.start])
            if marker is None:
                continue
            at = court.start - len(marker.group())
            party = next((m for m in mentions if m.type in RULED_ON and m.end <= at and not text[m.end:at].strip()), None)
            if party is not None:
                out.append(Fact(court, "adjudicated", party, sentence.evidence, 0.6))
        return out


class CountedPlaintiffs(SentenceFamily):
    """Plaintiffs named before and referred to by their count (三位作家起诉英伟达。同日，三人又在
    同一法院起诉Databricks: the three sue Databricks too): a filing whose subject is a count
    of persons or bodies (三人, 两家报社, 四位艺术家) stands for the last names of that many,
    named together before it in the item, suing the names after the cue.  Words from
    data/lexicon/context.tsv: location_marker, target_marker, defendant_marker, act_filler."""
    detail = "counted"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        # where the subject ends (在同一法院, 向X, 将X) and the words of time and manner after it (又, 也, 随后)
        self.after_subject = alternation((*words["location_marker"], *words["target_marker"], *words["defendant_marker"]))
        self.fillers = re.compile(rf"(?:{alternation(words['act_filler']).pattern})+$")
        # The same three writers also filed…: an English count of persons or bodies as the subject
        self.english_units = {unit.lower(): {"Person"} for unit in words["counted_persons"]} | {
            unit.lower(): {"Company", "Organization"} for unit in words["counted_bodies"]}
        self.units = classifiers(words) | self.english_units
        self.chinese_count = re.compile(rf"{counted(words)}[\u4e00-\u9fff]{{0,3}}?$")  # 三人, 两家报社, 四位艺术家
        counts = alternatives(c for c in COUNTS if c.isascii())
        self.english_count = re.compile(
            rf"\b(?:the same |these |those |all |the )?(?P<count>{counts}|\d{{1,2}})\s+(?:\w+\s+)?"
            rf"(?P<unit>{alternatives(self.english_units)})\b(?:\s+(?:also|then|later|each|too|have|had|has))*\s*$",
            re.IGNORECASE)
        self.english_cues = re.compile(
            rf"\b(?:{alternatives(c for c in self.kb.triggers['sued'] if c.isascii())})\b", re.IGNORECASE)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        out = []
        english = [Cue("sued", found.start(), found.end()) for found in self.english_cues.finditer(text, start, end)]
        for cue in [*sentence.cues(self.shared.find_cues), *english]:
            clause_start = grammar.clause_start(text, start, cue.start)
            if cue.relation != "sued" or any(clause_start <= m.start < cue.start for m in mentions if m.type != "Court"):
                continue  # the clause names its plaintiff
            subject = self.fillers.sub("", self.after_subject.split(text[clause_start:cue.start], maxsplit=1)[0].strip())
            told = self.chinese_count.search(subject) or self.english_count.search(text[clause_start:cue.start])
            count = told and count_value(told.group("count"))
            if not count or count < 2:
                continue  # 一名男子起诉…: one is no group told before
            types = self.units[told.group("unit").lower()]
            earlier = [m for m in sentence.named if m.end <= start and m.type in types]
            groups = (grammar.extended(text, [earlier[index]], earlier, types) for index in range(len(earlier) - 1, -1, -1))
            group = next((found for found in groups if len({key(m) for m in found}) >= count), [])
            if len({key(m) for m in group}) != count:
                continue  # the last names told together are not that many: no telling who
            following = [m for m in mentions if m.start >= cue.end and not grammar.located(text, m)]
            defendants = grammar.group(text, following, defendant_types, from_right=False,
                                       stop=grammar.clause_end(text, cue.end, end))
            evidence = sentence.evidence
            out += [Fact(plaintiff, "sued", defendant, evidence, confidence(plaintiff, defendant, 0.7))
                    for plaintiff in {key(m): m for m in group}.values() for defendant in defendants
                    if key(plaintiff) != key(defendant)]
        return out


_COMPANY_WORD = re.compile(r"(?:(?:股份)?有限公司|公司|集团)$")  # Perplexity公司: Perplexity


def _bare(mention: Mention | str) -> str:
    """A party's name without the word of its kind (Perplexity公司, 华纳集团), as another sentence may write it."""
    name = mention if isinstance(mention, str) else mention.canonical or mention.text
    return _COMPANY_WORD.sub("", name.strip()) or name.strip()


def _names(mention: Mention) -> set[str]:
    """A party's names without the word of its kind: its own, its aliases', its knowledge base id."""
    return {_bare(mention), *(_bare(name) for name in (*mention.aliases, mention.kb_id) if name)}


def _suing(fact: Fact, suits: set[tuple[str, str]]) -> bool:
    """Whether the fact's head sues its tail in ``suits`` (pairs of _names)."""
    return any((head, tail) in suits for head in _names(fact.head) for tail in _names(fact.tail))


def criticised(fact: Fact, shared: Shared) -> bool:
    """Whether a cue's accusation is worded as criticism after its head (马斯克…持续批评OpenAI: context.tsv
    criticism_cue) in a sentence naming no lawsuit (context.tsv lawsuit; kg.facts.cue reads none there): a
    party's criticism of one it sues, told outside the suit, is an accusation of its own, not the suit's
    (bench/real/README.md, round 76: accused)."""
    sentence, at = fact.evidence.sentence, fact.head.end - fact.evidence.start
    return fact.rule == "cue" and 0 <= at and any(word in sentence[at:] for word in shared.criticism_words) \
        and not shared.tells_lawsuit(sentence)


def story_numbers(items: Sequence[Item]) -> dict[tuple[str, str], int]:
    """(document, item title) -> the number of its story in ``items``, in order: an item and the
    items that continue it (Item.continues) are one story."""
    stories, story = {}, 0
    for item in items:
        story += not item.continues
        stories.setdefault((item.document, item.title), story)
    return stories


class SuitsAccuseNoMore(DocumentFamily):
    """Two parties a lawsuit of the document sets against each other (A sued B, or B sued A) accuse
    each other in that suit: what either alleges of the other anywhere in the document is the suit's
    complaint or its defence, told again (Disney and Universal sued Midjourney… the studios say
    Midjourney copied…; Midjourney answered that Disney…), and no accusation outside a lawsuit
    (SCHEMA: accused).  So is what a party alleges of someone who is no party to the story's suits
    (ANI sued OpenAI… ANI alleged that the Sam Altman-run company…: not Sam Altman; xAI sued Apple and
    OpenAI… OpenAI指控马斯克…: OpenAI's defence; real dev: 5 of 5 wrong, 5 sites); what it alleges of
    a party, named as in the suit or by a short form the suit's name opens with (Perplexity for
    Perplexity AI公司), is left to the pair test (The Times, which sued OpenAI, accused Perplexity, which
    others sued: it stands).  A state body's accusation beside
    its own suit stands (the FTC sued X and charged it with…: the agency's charges are told as an
    accusation too).  SuitAccusations drops such accusations within an item; this screen reads the
    whole story (an item and the parts that continue it: a newsletter's other story tells its own
    events), once every family has read."""
    detail = "accusation"

    def facts(self, document: Document) -> list[Fact]:
        return []  # a screen only

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        stories = story_numbers(items)

        def story(fact: Fact) -> int | None:
            return stories.get((fact.evidence.document, fact.evidence.item))
        suits = {(story(f), *pair) for f in facts if f.relation == "sued"
                 for pair in ((key(f.head), key(f.tail)), (key(f.tail), key(f.head)))}
        parties: dict[int | None, set[str]] = {}
        for fact in facts:
            if fact.relation == "sued":
                parties.setdefault(story(fact), set()).update(_party_names(fact.head) | _party_names(fact.tail))

        def party(mention: Mention, told: int | None, short: bool = False) -> bool:
            names = parties.get(told, set())
            return any(name == full or short and full.startswith(name) for name in _party_names(mention) for full in names)

        def suits_own(fact: Fact) -> bool:  # an accusation the story's suits make
            told = story(fact)
            return (told, key(fact.head), key(fact.tail)) in suits or \
                party(fact.head, told) and not party(fact.tail, told, short=True)
        return [f for f in facts if f.relation != "accused" or f.head.type == "Regulator" or not suits_own(f)
                or criticised(f, self.shared)]


class CounselAreNoParties(DocumentFamily):
    """A suit's lawyer or law firm is no one suing, whichever family read the suit (a screen, once
    every family has read: a caption, a frame, a story's plaintiff, a cue).  A firm by its name's
    kind word (the Harlow Law Group v. Zentek class action: kg.facts.frame Counsel), or one the
    firm word right before its name describes where the text has it file or act for a suit (the
    complaint was filed by law firms A and B; 一家律师事务所「A」近日正在处理…案件: context.tsv
    counsel_firm_opening, counsel_filing, counsel_act; a firm the word merely describes may sue on
    its own account: 芝加哥律师事务所A指控B); a person by the side a counsel word gives them (the
    barrister for the claimant, A, lodged…; 指派A（…）为原告律师: context.tsv counsel with
    plaintiff_role and defendant_role).  Only the head of a sued fact: a lawyer or a firm a court
    sanctions or fines is a side of that ruling, and a lawyer who sues in her own name (知名律师A
    起诉B) is named by no side's counsel.  Real dev: 6 of 6 wrong, 4 sites."""
    detail = "counsel"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.counsel = Counsel(shared)
        firm = words["counsel_firm_opening"]
        latin_firm = rf"\b(?:{alternatives(w for w in firm if w.isascii())})s?\s+(?:the\s+)?"
        # 位于纽约的一家律师事务所「A」, law firm A: what A is (it may sue on its own account)
        self.firm_before = re.compile(rf"(?:{latin_firm}|(?:{alternatives(w for w in firm if not w.isascii())})\s*[「“\"『]?\s*)$",
                                      re.IGNORECASE)
        # the complaint was filed by law firms A and B
        self.filed_by_firm = re.compile(rf"\b(?:{alternatives(words['counsel_filing'])})\s+(?:the\s+)?{latin_firm}$", re.IGNORECASE)
        # 「A」，近日正在处理…; A, which represents…
        self.firm_acts = re.compile(rf"[」”\"』]?\s*[,，]?\s*(?:which\s+|who\s+)?[\u4e00-\u9fff]{{0,4}}?"
                                    rf"(?:{alternatives(words['counsel_act'])})", re.IGNORECASE)
        lawyers = words["counsel"]
        latin_lawyer = alternatives(w for w in lawyers if w.isascii())
        sides = [*words["plaintiff_role"], *words["defendant_role"]]
        latin_side = alternatives(w for w in sides if w.isascii())
        chinese_side = alternatives(w for w in sides if not w.isascii())
        # the barrister for the claimant, A; a lawyer representing the plaintiffs, A
        self.role_before = re.compile(rf"\b(?:the|a|an)\s+(?:{latin_lawyer})\s+(?:for|representing)\s+(?:the\s+)?"
                                      rf"(?:{latin_side})\s*,\s*$", re.IGNORECASE)
        # A（Peter Roe）为原告律师; A, a lawyer for the plaintiffs
        self.role_after = re.compile(rf"\s*(?:[（(][^）)]{{0,40}}[）)])?\s*(?:为|是|担任)(?:{chinese_side})?的?"
                                     rf"(?:{alternatives(w for w in lawyers if not w.isascii())})"
                                     rf"|\s*,\s*(?:an?|the)\s+(?:\w+\s+)?(?:{latin_lawyer})\s+(?:for|representing)\b", re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        return []  # a screen only

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        heads = {key(f.head): f.head for f in facts if f.relation == "sued"}
        if not heads:
            return facts
        texts = TextsPlaces([item.text for item in items], 2 * len(heads))  # (a head's two names)
        counsel = {name for name, head in heads.items() if self.named_counsel(head, texts)}
        if not counsel:
            return facts
        return [f for f in facts if f.relation != "sued" or key(f.head) not in counsel]

    def named_counsel(self, head: Mention, texts: TextsPlaces) -> bool:
        """Whether the head's name is a law firm's, or some text names it as a side's counsel."""
        if head.type != "Person" and self.counsel.firm.search(head.text):
            return True
        for name in {head.text, key(head)}:
            if len(name) < 2:
                continue
            for text, at in texts.written_at(name):
                before = simplified(text[max(0, at - 60):at])
                after = simplified(text[at + len(name):at + len(name) + 60])
                if head.type == "Person":
                    if self.role_before.search(before) or self.role_after.match(after):
                        return True
                elif self.filed_by_firm.search(before) or self.firm_before.search(before) and self.firm_acts.match(after):
                    return True
        return False


class NoPartiesAnywhere(DocumentFamily):
    """Who is no party is no party whichever family read the suit: the item refiners that drop a
    judge (JudgesAreNoParties), a court's officer (CourtOfficersAreNoParties), a place qualifying a
    party (QualifyingPlacesAreNoParties) and a place, an owner, a member's word or a dateline describing
    the ones suing (MembersAreNoParties: two California job applicants filed…; 这家美国线上零售商提起
    诉讼) see the facts of the sentence families only; this screen applies the same tests, once every
    family has read, to the facts the document families read (a suit frame filled sentence by sentence,
    a story's plaintiff, a settlement told later), and so to the suit table built from them."""
    detail = "no-party"

    def __init__(self, shared: Shared, refiners: Sequence[ItemRefiner] = ()) -> None:
        """``refiners``: the item refiners the extractor already holds (kg.facts.Extractor), whose
        instances of the four are applied again; one of the four not among them is built here."""
        super().__init__(shared)
        held = {type(refiner): refiner for refiner in refiners}
        self.refiners = [held[kind] if kind in held else kind(shared) for kind in
                         (JudgesAreNoParties, CourtOfficersAreNoParties, QualifyingPlacesAreNoParties, MembersAreNoParties)]

    def facts(self, document: Document) -> list[Fact]:
        return []  # a screen only

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        for refiner in self.refiners:
            facts = refiner.refine(facts)
        return facts


class VictimsAreNoParties(DocumentFamily):
    """A child the document names as the one harmed is no side of the suit brought over the harm:
    its parent sues (a high-profile lawsuit filed by Megan Roe, who claimed… encouraged her
    14-year-old son, Sam Roe, to…; 其14岁的儿子山姆·罗与聊天机器人…; Roe's suit claims Sam Roe, a
    14-year-old high school freshman, shot himself…).  A person the document names right after a
    possessive's child word (her son, their 16-year-old daughter, 其儿子, 她的女儿: context.tsv
    victim_child), or right before an apposition telling a minor's age (Sam Roe, a 14-year-old; never an
    adult's: the estate of Ann Roe, an 83-year-old woman who was killed…, sues in her name), is no end
    of a sued, settled or adjudicated fact, whichever family read it (a screen, once every family has
    read: the parent's suit told in a later sentence, 双方已达成和解, would name the child again).
    A spouse or a parent named so may sue for the estate (her husband, Angus Roe, sued): only a child."""
    detail = "victim"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        children = shared.words["victim_child"]
        latin = alternatives(w for w in children if w.isascii())
        chinese = alternatives(w for w in children if not w.isascii())
        # her 14-year-old son, Sam Roe; their teenage daughter Ann; 其14岁的儿子山姆; 她的女儿安
        self.child_before = re.compile(rf"(?:\b(?:her|his|their)\s+(?:(?:\d{{1,2}}-year-old|[a-z]+)\s+){{0,2}}(?:{latin})s?\s*,?\s*"
                                       rf"|(?:其|她的|他的|他们的|她们的)\s*(?:\d{{1,2}}\s*[岁歲]\s*的?)?(?:{chinese})\s*)$", re.IGNORECASE)
        # (a minor's age only: The estate of Ann Roe, an 83-year-old woman who was killed…, filed suit: her estate sues)
        self.age_after = re.compile(r"\s*(?:I{1,3}|Jr\.?)?\s*,\s*(?:a|an)\s+(?:1[0-7]|[1-9])-year-old\b")

    def facts(self, document: Document) -> list[Fact]:
        return []  # a screen only

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        ends = [f for f in facts if f.relation in ("sued", "settled", "adjudicated")
                and "Person" in (f.head.type, f.tail.type)]
        if not ends:
            return facts
        # each name once: a long document's facts name its persons again and again, and each
        # look scans every item (once per fact end, a scan quadratic in the document)
        names = {name for f in ends for end in (f.head, f.tail) if end.type == "Person"
                 for name in (end.text, key(end)) if len(name) >= 2}
        texts = TextsPlaces([item.text for item in items], len(names))
        victims = {name for name in names if self.named_victim(name, texts)}
        if not victims:
            return facts
        return [f for f in facts if f.relation not in ("sued", "settled", "adjudicated")
                or not any(end.type == "Person" and {end.text, key(end)} & victims for end in (f.head, f.tail))]

    def named_victim(self, name: str, texts: TextsPlaces) -> bool:
        """Whether some text names ``name`` as a possessive's child or with its age."""
        return any(self.child_before.search(text[max(0, at - 40):at]) or self.age_after.match(text, at + len(name))
                   for text, at in texts.written_at(name))


def _party_names(mention: Mention) -> set[str]:
    """A party's names for SuitsAccuseNoMore: its key and its _names, in lower case, two characters at least."""
    return {name for name in (n.strip().casefold() for n in (key(mention), *_names(mention))) if len(name) >= 2}


class SuitAccusations(ItemRefiner):
    """An accusation made in a lawsuit is the suit (UMG对Anthropic提起诉讼，指控其…;
    该案由A提起，指控B: sued), and so is a criminal charge brought (检方在该法院对其提起刑事
    指控: the prosecutor's suit; context.tsv criminal_charge), and so is a charge against a criminal
    defendant (检察院指控被告人王某…: context.tsv accused_role before the accused); one by a party the item already has suing the accused adds
    nothing (CIR起诉OpenAI。CIR指控OpenAI…), nor one by a defendant in the sentence of its
    suit, read into the plaintiff's complaint (xAI起诉OpenAI，指控其招揽xAI前员工…; X起诉苹果和
    OpenAI，指控两家公司通过合作…); an English pattern's accusation by a party suing the accused in the
    item is that suit's too (Reddit filed a lawsuit against Anthropic… Reddit alleges Anthropic violated…),
    and so is a plaintiff's about a product (A sued Adobe. A alleges that SlimLM was trained on…), unless a
    regulator makes it (its charges are an accusation beside its suit); those alleging beside a party suing
    the accused in the sentence sue with it (Writers A, B and C alleged that X…, where A v. X); what one
    claims of a party the item has sued is that suit's too (kg.facts.allegation: CIR起诉OpenAI…
    CIR首席执行官X表示，OpenAI窃取…).  A notice that a suit
    may follow names a suit's word but files none (起诉意向通知: context.tsv suit_notice): the
    accusation it carries stays one.  The facts keep the rule that read them."""
    detail = "accusation"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.lawsuit_words = (*shared.words["lawsuit"], *shared.words["criminal_charge"])
        # 投诉称 holds 诉称 (a complaint's claim, no lawsuit's): a word of complaint (context.tsv basis_noun)
        self.complaint_words = tuple(w for w in shared.words["basis_noun"] if w not in self.lawsuit_words)
        self.suit_notices = alternation(shared.words["suit_notice"], re.IGNORECASE)  # 起诉意向通知: no suit filed yet
        self.accused_role = accused_role(shared)  # 指控被告人王某: a charge in court
        self.negation = shared.words["negation"]

    @staticmethod
    def joint_allegations(facts: list[Fact], suits: set[tuple[str, str]]) -> set[tuple[str, int]]:
        """(accused, sentence) where a party suing the accused alleges with others (In Bartz v.
        Anthropic… Writers Bartz, Graeber and Johnson alleged that Anthropic…): the others'
        allegation in that sentence is the same suit, they are co-plaintiffs."""
        return {(key(f.tail), f.evidence.start) for f in facts
                if f.relation == "accused" and f.head.type != "Regulator" and (key(f.head), key(f.tail)) in suits}

    def tells_suit(self, sentence: str) -> bool:
        """Whether ``sentence`` names a lawsuit no negation in its clause denies (…，但并未参与当前的
        诉讼 names none) and no word of complaint holds (向委员会投诉称: 诉称 inside 投诉, a complaint)."""
        for word in self.lawsuit_words:
            at = sentence.find(word)
            while at >= 0:
                clause = CLAUSE_BREAK.split(sentence[max(0, at - 12):at])[-1]
                if not any(negation in clause for negation in self.negation) and not self.in_complaint(sentence, at):
                    return True
                at = sentence.find(word, at + 1)
        return False

    def in_complaint(self, sentence: str, at: int) -> bool:
        """Whether a word of complaint (投诉, 举报) starts before ``at`` and reaches over it."""
        return any(sentence.startswith(word, at - back) for word in self.complaint_words
                   for back in range(1, len(word)))

    def refine(self, facts: list[Fact]) -> list[Fact]:
        suits = {(key(f.head), key(f.tail)) for f in facts if f.relation == "sued"}
        # (读卖新闻起诉Perplexity。读卖新闻指责Perplexity公司…: a company's name with or without its 公司, one party)
        named = {(m, n) for f in facts if f.relation == "sued" for m in _names(f.head) for n in _names(f.tail)}
        sued_in = {(key(f.tail), f.evidence.start) for f in facts if f.relation == "sued"}
        joint = self.joint_allegations(facts, suits)
        plaintiffs = {head for head, _ in suits}
        sued = {tail for _, tail in suits}
        out = []
        for fact in facts:
            if fact.relation == "accused" and criticised(fact, self.shared):
                out.append(fact)  # 马斯克…持续批评OpenAI: a critic's own accusation (kg.facts.cue: no lawsuit in its sentence)
                continue
            if fact.relation == "accused" and (key(fact.tail), fact.evidence.start) in joint \
                    and fact.head.type in SIGNATURES["sued"][0] and fact.head.type != "Regulator":
                fact = Fact(fact.head, "sued", fact.tail, fact.evidence, fact.confidence, fact.rule)
            if fact.relation == "accused" and fact.rule.startswith("english/") and fact.head.type != "Regulator" \
                    and (_suing(fact, named) or fact.tail.type == "AIModel" and key(fact.head) in plaintiffs):
                continue  # Reddit sued Anthropic… Reddit alleges Anthropic…; A sued X. A alleges that X's model…: the suit's own
            if fact.relation == "accused" and fact.rule.startswith("allegation/") and key(fact.tail) in sued:
                continue  # CIR起诉OpenAI… CIR首席执行官X表示，OpenAI窃取…: a claim of the suit's side is the suit's
            if fact.relation == "accused" and not fact.rule.startswith("english/"):
                # (an English pattern knows its relation)
                if _suing(fact, named) or (key(fact.head), fact.evidence.start) in sued_in:
                    continue
                sentence = self.suit_notices.sub("", fact.evidence.sentence)
                at = fact.tail.start - fact.evidence.start
                charged = 0 <= at <= len(fact.evidence.sentence) and self.accused_role.search(fact.evidence.sentence, max(0, at - 6), at)
                if (charged or self.tells_suit(sentence)) and \
                        fact.head.type in SIGNATURES["sued"][0] and fact.tail.type in SIGNATURES["sued"][1]:
                    fact = Fact(fact.head, "sued", fact.tail, fact.evidence, fact.confidence, fact.rule)
            out.append(fact)
        return out


class SettlementAgreements(ItemRefiner):
    """An agreement that ends a dispute or a prosecution settles it and is no partnership
    (Waymo与司法部签订暂缓起诉协议; 双方签订和解协议: settled, not partnered): a partnered
    fact whose sentence names such an agreement (context.tsv settlement_agreement) after
    its two ends, in the clause of the later one, is a settlement.  The facts keep the
    rule that read them."""
    detail = "agreement"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.agreements = alternation(shared.words["settlement_agreement"], re.IGNORECASE, latin_whole=True)

    def refine(self, facts: list[Fact]) -> list[Fact]:
        out, settled = [], {(key(f.head), key(f.tail), f.evidence.start) for f in facts if f.relation == "settled"}
        for fact in facts:
            if fact.relation == "partnered" and self.settling(fact):
                pair = (key(fact.head), key(fact.tail), fact.evidence.start)
                if pair in settled or pair[1::-1] + pair[2:] in settled:
                    continue
                settled.add(pair)
                fact = Fact(fact.head, "settled", fact.tail, fact.evidence, fact.confidence, fact.rule)
            out.append(fact)
        return out

    def settling(self, fact: Fact) -> bool:
        return _in_later_clause(fact, self.agreements)


def _in_later_clause(fact: Fact, pattern: re.Pattern) -> bool:
    """Whether ``pattern`` is found after the later of a fact's two ends, in that end's clause
    of its sentence (never where an end is named in another sentence: 双方, the sides told before)."""
    sentence, offset = fact.evidence.sentence, fact.evidence.start
    later = max(fact.head.end, fact.tail.end) - offset
    if not 0 <= later <= len(sentence):
        return False
    closing = next((mark.start() for mark in CLAUSE_MARK.finditer(sentence, later)), len(sentence))
    return pattern.search(sentence, later, closing) is not None


class CoDefendantsSettle(ItemRefiner):
    """Two names that settle suits together are one side of them, no sides of one
    settlement (A与B已就多起诉讼达成和解; 其家属起诉A与B…A与B达成和解): a settled fact
    between two names drops where the item has one plaintiff suing both, or where a sentence
    of the pair's settlement counts the suits settled after the later name, in its clause
    (context.tsv several_suits).  Two sides of one suit (纽约时报与OpenAI就版权诉讼达成和解)
    stay."""
    detail = "co-defendants"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.several = alternation(shared.words["several_suits"])

    def refine(self, facts: list[Fact]) -> list[Fact]:
        settled = [f for f in facts if f.relation == "settled"]
        if not settled:
            return facts
        sued_by: dict[str, set[str]] = {}
        for fact in facts:
            if fact.relation == "sued":
                sued_by.setdefault(key(fact.head), set()).add(key(fact.tail))
        together = {frozenset((key(f.head), key(f.tail))) for f in settled if _in_later_clause(f, self.several)}
        together |= {frozenset((key(f.head), key(f.tail))) for f in settled
                     if any({key(f.head), key(f.tail)} <= tails for plaintiff, tails in sued_by.items()
                            if plaintiff not in (key(f.head), key(f.tail)))}
        return [f for f in facts if f.relation != "settled" or frozenset((key(f.head), key(f.tail))) not in together]


class DefendantsSueNoOne(ItemRefiner):
    """A name standing right after a filing cue is that suit's defendant: not the plaintiff
    of another cue of its sentence, nor its accuser (三位作家起诉英伟达，同日另诉Databricks:
    not 英伟达 sued Databricks; Strike 3起诉Meta，指控其…: not Meta accused anyone); nor does
    a name right after a word aiming at it (context.tsv target_marker: 针对谷歌（部分案件同时针对
    微软）的多起诉讼: not 谷歌 sued 微软)."""
    detail = "defendant-sues"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        filing = (c for c in self.kb.triggers["sued"] if not c.isascii() and c != "诉讼")
        self.filing = tuple(sorted((*filing, *shared.words["target_marker"]), key=len, reverse=True))

    def refine(self, facts: list[Fact]) -> list[Fact]:
        return [fact for fact in facts if fact.relation not in ("sued", "accused") or not self.sued_here(fact)]

    def sued_here(self, fact: Fact) -> bool:
        before = fact.evidence.sentence[:max(0, fact.head.start - fact.evidence.start)].rstrip()
        # 法院对腾讯诉百度案作出判决: a case's name tells its own plaintiff, whatever stands before it
        return fact.head.mechanism != "coref" and not fact.rule.startswith("case") and \
            before.removesuffix("了").endswith(self.filing)


class EndsNoParties(ItemRefiner):
    """Drops a fact of ``relations`` with an end of ``end_type`` that its sentence shows is no
    party (``no_party`` on the sentence and the end's span in it): the shared shape of the
    refiners below."""
    relations: tuple[str, ...] = ("sued",)
    end_type = ""

    def refine(self, facts: list[Fact]) -> list[Fact]:
        return [fact for fact in facts if fact.relation not in self.relations
                or not any(self.drops(end, fact) for end in (fact.head, fact.tail))]

    def drops(self, mention: Mention, fact: Fact) -> bool:
        if mention.type != self.end_type:
            return False
        sentence, offset = fact.evidence.sentence, fact.evidence.start
        start, end = mention.start - offset, mention.end - offset
        return 0 <= start < end <= len(sentence) and self.no_party(sentence, start, end)

    def no_party(self, sentence: str, start: int, end: int) -> bool:
        raise NotImplementedError


class JudgesAreNoParties(EndsNoParties):
    """A judge is no party: a sued or settled fact with a person its sentence titles as
    a judge (法官Y, Y法官, Y（Name）法官, Judge Y) at either end is dropped (同一法院的Y法官在
    另一起作家诉Anthropic的案件中…: not Y sued Anthropic)."""
    detail = "judge"
    relations, end_type = ("sued", "settled"), "Person"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.judges = tuple(shared.words["judge"])

    def no_party(self, sentence: str, start: int, end: int) -> bool:
        return titled_judge(sentence, start, end, self.judges)


class CourtOfficersAreNoParties(EndsNoParties):
    """A judge or an officer of a court is no side the court rules on: an adjudicated fact
    whose person its sentence titles as a judge or a court's officer (该法院法官Y裁定…; X法院副院长Y
    通报案件审理情况; 院长Y担任审判长审理) is dropped.  Words from data/lexicon/context.tsv: judge,
    court_office."""
    detail = "officer"
    relations, end_type = ("adjudicated",), "Person"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.titles = tuple(sorted({*shared.words["judge"], *shared.words["court_office"]}, key=len, reverse=True))

    def no_party(self, sentence: str, start: int, end: int) -> bool:
        return titled_judge(sentence, start, end, self.titles)


class QualifyingPlacesAreNoParties(EndsNoParties):
    """A place that only says where a party sits is no party: a sued fact whose end is a
    place after "the" and before a kind of company (sued Acme, the Boston, Massachusetts
    company behind…; the Paris start-up; sued by Acme, the Boston, Massachusetts, maker of…)
    is dropped.  Words from data/lexicon/context.tsv:
    party_kind."""
    detail = "seat"
    end_type = "Jurisdiction"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        kinds = alternation(w for w in shared.words["party_kind"] if w.isascii()).pattern
        self.before = re.compile(r"\bthe\s+(?:[A-Z][\w.]*,?\s+)*$")  # the Austin, ⟨Texas⟩ start-up
        # (the place's state may close with a comma of its own: the Austin, Texas, start-up)
        self.after = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,?(?:-based)?\s+(?:[a-z][\w-]*\s+)?" + kinds + r"\b")

    def no_party(self, sentence: str, start: int, end: int) -> bool:
        return self.before.search(sentence[max(0, start - 40):start]) is not None \
            and self.after.match(sentence, end) is not None


_DESCRIBING = re.compile(r"^(?:['’]s\s+[a-z]|-based\b)")  # Colombia's largest airline, California-based Lovo
# a California man, two California job applicants: the place describes the one(s) counted
_INDEFINITE = re.compile(rf"(?:^|\s)(?:[Aa]n?|(?i:{alternatives((*(w for w in COUNTS if w.isascii()), 'several'))}|\d{{1,3}}))\s+$")
# families in multiple states including Colorado, Florida and Texas sued: the places the families are in
_PLACES_IN = re.compile(r"\bin\s+(?:[a-z]+\s+){0,2}(?:states|countries|provinces|cities|regions|counties)\s*,?\s+"
                        r"(?:including|such as|like|among them)\s+[^.;:]{0,80}$")


class MembersAreNoParties(ItemRefiner):
    """A name right before a word for its members is no party: the members sue
    (YouTube创作者起诉OpenAI, YouTube视频创作者大卫·米莱特起诉英伟达: YouTube sues no one; 特斯拉
    股东起诉特斯拉: not Tesla against itself); nor is a defendant in the possessive before a
    description or a place describing one (sued Avianca, Colombia's largest airline: not
    Colombia; sued Google's parent Alphabet: Alphabet; sued California-based Lovo: Lovo); nor
    is the owner of the ones suing (奥尔登旗下八家报纸起诉; eight newspapers owned by Alden sued:
    the papers sue); nor a place right before a plural noun of the ones suing (US Artists Sue
    Google: the artists sue), nor a place right before a noun it qualifies (Sue U.S. AI Startup; the
    first U.S. state to sue; 此次英国裁决), nor a news agency in its dateline ((路透紐約16日電)兩名配音員
    控告X: the agency reports).  Words from data/lexicon/context.tsv: member_of, owner_before,
    counted_persons, counted_bodies, dateline_close, company_word, party_kind, place_qualified."""
    detail = "member"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.members = tuple(shared.words["member_of"])
        # US Artists Sue Google: a place right before a plural noun of persons or bodies describes them
        plurals = alternatives((*shared.words["counted_persons"], *shared.words["counted_bodies"]), spaced=True)
        self.plural_after = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{plurals})\b", re.IGNORECASE)
        # (路透紐約16日電): a dateline's bracket closing a few characters after the agency's name
        self.dateline_close = re.compile(rf"[^()（）。，]{{0,12}}?(?:{alternatives(shared.words['dateline_close'])})\s*[)）]")
        # eight newspapers owned by Alden sued: the papers sue, their owner is context
        self.owner_before = re.compile(rf"\b(?:{alternatives(shared.words['owner_before'])})\s+(?:the\s+)?$", re.IGNORECASE)
        self.owner_reach = max(map(len, shared.words["owner_before"]), default=0)
        # a place before a kind of business describes it (a Waltham, Massachusetts company)
        kinds = alternatives(w for w in shared.words["company_word"] if w.isascii())
        self.place_describing = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?:{kinds})\b")
        # a place right before a noun it qualifies (Sue U.S. AI Startup; the first U.S. state to sue; 此次英国裁决): the
        # noun, in any case (a headline capitalises), maybe after one capitalised word (AI), is a kind of company or
        # what context.tsv place_qualified holds (a state, a court, a ruling); never after a verb (Texas sued startup X)
        latin = alternatives(w for w in (*shared.words["company_word"], *shared.words["party_kind"],
                                         *shared.words["place_qualified"]) if w.isascii())
        chinese = alternatives(w for w in shared.words["place_qualified"] if not w.isascii())
        # (这家美国线上零售商提起诉讼, 这家中国公司: a place before a kind of company, a few characters of its trade
        # between, no joining word among them, describes the company the sentence does not name)
        businesses = alternatives(w for w in shared.words["company_word"] if not w.isascii())
        joining = "".join(w for w in shared.words["place_not_trade"])
        self.place_qualifying = re.compile(rf"\s+(?:[A-Z0-9][\w.-]*\s+)?(?i:{latin})\b|(?:{chinese})"
                                           rf"|[^\s{joining}，。、；：\d]{{0,4}}?(?:{businesses})")
        # a party's motion after its possessive is its own act, no description (denied OpenAI's motion to dismiss)
        self.party_motion = re.compile(rf"['’]s\s+(?:{alternatives(shared.words['party_motion'])})\b")

    def refine(self, facts: list[Fact]) -> list[Fact]:
        return [fact for fact in facts if fact.relation not in ("sued", "settled")
                or not (self.membered(fact.head, fact) or self.place_describing_plaintiffs(fact.head, fact)
                        or self.dateline(fact.head, fact) or any(self.place_of_someone(end, fact) or self.qualifying(end, fact)
                                                                 for end in (fact.head, fact.tail))
                        or self.membered(fact.tail, fact) and self.owned_party_sued(fact, facts))
                and not (fact.relation == "sued" and (self.describing(fact.tail, fact) and self.owned_party_sued(fact, facts)
                                                      or self.owning(fact.head, fact)))]

    @staticmethod
    def owned_party_sued(fact: Fact, facts: list[Fact]) -> bool:
        """Whether the suit names, right after a defendant told as an owner or in the possessive,
        the party it describes (sued Google's parent Alphabet; 起诉新闻集团旗下道琼斯: Alphabet, 道琼斯);
        else the owner is the party (accusing Perplexity's answer engine; 指控OpenAI旗下聊天机器人
        ChatGPT: Perplexity, OpenAI).  A place is never the party (Colombia's largest airline)."""
        if fact.tail.type == "Jurisdiction":
            return True
        return any(other.relation == fact.relation and other.evidence.start == fact.evidence.start
                   and other.head.start == fact.head.start and fact.tail.end <= other.tail.start <= fact.tail.end + 40
                   for other in facts)

    def owning(self, mention: Mention, fact: Fact) -> bool:
        """Whether a plaintiff is named as the owner of the ones suing (eight newspapers
        owned by Alden sued; papers that belong to MediaNews Group filed)."""
        before, sentence = mention.start - fact.evidence.start, fact.evidence.sentence
        if not 0 < before <= len(sentence):
            return False
        # the match ends with white space at ``before``: the last other character ends its word or its "the",
        # so it starts at most owner_reach characters before that word's end (not the sentence searched from its start)
        word_end = len(sentence[:max(0, len(sentence[:before].rstrip()) - 3)].rstrip())
        return bool(self.owner_before.search(sentence, max(0, word_end - self.owner_reach), before))

    def describing(self, mention: Mention, fact: Fact) -> bool:
        """Whether a name describes the party after it: Colombia's largest airline,
        California-based Lovo, a Waltham, Massachusetts company (a place before a kind of
        business); never the party whose motion it is (OpenAI's motion to dismiss the suit)."""
        after = self.after(mention, fact)
        if self.party_motion.match(after):
            return False
        return bool(_DESCRIBING.match(after)) or mention.type == "Jurisdiction" and bool(self.place_describing.match(after))

    @staticmethod
    def place_of_someone(mention: Mention, fact: Fact) -> bool:
        """Whether a place names where someone the sentence tells of is from (A California Gmail
        user has filed a class action; an Ohio teacher sued; two California job applicants filed): after
        "a" or a count it describes, never acts; nor
        does a place listed as where they are (families in several states including Texas sued)."""
        before = mention.start - fact.evidence.start
        return mention.type == "Jurisdiction" and 0 < before <= len(fact.evidence.sentence) \
            and (_INDEFINITE.search(fact.evidence.sentence[:before]) is not None
                 or _PLACES_IN.search(fact.evidence.sentence, max(0, before - 160), before) is not None)

    def qualifying(self, mention: Mention, fact: Fact) -> bool:
        """Whether a place stands right before a noun it qualifies, a kind of company, body, court or
        ruling (Nikkei and Asahi Sue U.S. AI Startup; the first U.S. state to sue X; Getty将把此次英国裁决的
        结果用于…; 这家美国线上零售商提起诉讼: the startup, the state, the ruling, the retailer; the place is no
        side of the suit)."""
        return mention.type == "Jurisdiction" and self.place_qualifying.match(self.after(mention, fact)) is not None

    def place_describing_plaintiffs(self, mention: Mention, fact: Fact) -> bool:
        """Whether a place stands right before a plural noun of the ones suing (US Artists Sue
        Google: the artists sue, not the place; context.tsv counted_persons, counted_bodies)."""
        return mention.type == "Jurisdiction" and self.plural_after.match(self.after(mention, fact)) is not None

    def dateline(self, mention: Mention, fact: Fact) -> bool:
        """Whether a name stands in the bracket of a news agency's dateline ((路透紐約16日電),
        （新华社北京电）): the agency reports, it sues no one (context.tsv dateline_close)."""
        return self.dateline_close.match(self.after(mention, fact)) is not None

    def membered(self, mention: Mention, fact: Fact) -> bool:
        # (a name in quotes before its members: 「纽约时报」调查记者 sues, not the paper)
        return mention.type != "Person" and self.after(mention, fact).lstrip("」』”’\"'》〉)）").startswith(self.members)

    @staticmethod
    def after(mention: Mention, fact: Fact) -> str:
        """The words of the fact's sentence right after one of its names ("" where the name
        stands elsewhere)."""
        after = mention.end - fact.evidence.start
        return fact.evidence.sentence[after:after + 40] if 0 <= after <= len(fact.evidence.sentence) else ""


class FurtherDefendants(DocumentFamily):
    """What the families share that read, in a later sentence of an item telling a suit, the
    defendants a suit told before is brought against (DefendantsNamedLater):
    each of an item's dated sentences, the plaintiffs and defendants the family reads in it, and
    each plaintiff suing each defendant that is not one of them."""

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for item, text, mentions, sued in document.items_with("sued"):
            for start, end, date in self.shared.dated_sentences(item, text):
                for plaintiffs, defendants in self.suits(text, start, end, mentions, sued):
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(plaintiff, "sued", defendant, evidence, 0.6) for plaintiff in plaintiffs.values()
                            for defendant in defendants if key(defendant) not in plaintiffs]
        return out

    def suits(self, text: str, start: int, end: int, mentions: list[Mention], sued: list[Fact]
              ) -> Iterator[tuple[dict[str, Mention], list[Mention]]]:
        """The plaintiffs (by key) and the defendants of each suit the sentence text[start:end] tells."""
        raise NotImplementedError

    def named_after(self, text: str, mentions: list[Mention], word_end: int, until: int) -> list[Mention]:
        """The coordinated names a suit may be against, right after a word, in its clause and before ``until``."""
        grammar, (_, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        following = [m for m in mentions if word_end <= m.start < until]
        return grammar.group(text, following, defendant_types, from_right=False,
                             stop=grammar.clause_end(text, word_end, until))


class DefendantsNamedLater(FurtherDefendants):
    """Defendants a later sentence of the item adds to its suit (X Corp.向同一法院提起诉讼，
    要求认定该法违宪。被告同样包括罗布·邦塔。): a sentence opening with 被告包括 / 被告同样包括
    (data/lexicon/context.tsv: defendants_later) and naming parties makes each
    plaintiff of the suit told last before it sue them."""
    detail = "later"
    REACH = window("litigation.DefendantsNamedLater.REACH")  # characters before the words (此外，该案被告还包括)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.words = alternation(w for w in shared.words["defendants_later"] if not w.isascii())

    def suits(self, text: str, start: int, end: int, mentions: list[Mention], sued: list[Fact]
              ) -> Iterator[tuple[dict[str, Mention], list[Mention]]]:
        found = self.words.search(text, start, min(end, start + self.REACH + 8))
        if found is None or found.start() - start > self.REACH:
            return
        parties, _ = ReferredLitigation.suit_before(sued, start)
        plaintiffs = {key(f.head): f.head for f in sued if key(f.head) in parties and f.evidence.start < start}
        yield plaintiffs, self.named_after(text, mentions, found.end(), end)


class SuitsBroughtLater(DocumentFamily):
    """The suits an item tells first and says only after who brought them (谷歌与Character.AI已就数起诉讼达成
    和解。这些诉讼由多个家庭提起…; 这些案件之一是由X提出): X sued the suits' defendants, those of the suit told
    last before, else the names the sentence of their settlement opens with, and settled with those where they
    settled.  Words from data/lexicon/context.tsv: suits_told, suit_filing, settling_word."""
    detail = "bringer"
    REACH = 5  # sentences back to the settlement of the suits told

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        # 这些诉讼由…提起, 这些案件之一是由X提出: a reference to the suits told, then their bringer after 由
        self.reference = re.compile(rf"(?:{alternatives(words['suits_told'])})(?:之一|中的一起)?\s*(?:是|均|都|则)?\s*由")
        self.filing = re.compile(rf"(?:等[^，,。；;：:]{{0,8}}?)?(?:共同|联合)?(?:{alternatives(words['suit_filing'])})")
        self.settling = alternation(w for w in words["settling_word"] if not w.isascii())

    def facts(self, document: Document) -> list[Fact]:
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        out = []
        for item, text, mentions, sued in document.items_and("sued"):
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                found = self.reference.search(text, start, end)
                following = [m for m in inside if found is not None and m.start >= found.end()]
                plaintiffs = grammar.group(text, following, plaintiff_types, from_right=False,
                                           stop=grammar.clause_end(text, found.end(), end)) if following else []
                if not plaintiffs or plaintiffs[0].start - found.end() > 8 \
                        or not self.filing.match(text, _closing(text, plaintiffs[-1].end)) \
                        or any(f.evidence.start == start for f in sued):
                    continue  # (此案由A提出，指控B: the sentence tells its suit itself, the cue family's)
                told = _told_last(sued, start)
                settled = [] if told else self.settling_before(item, text, mentions, start)
                defendants = {key(f.tail): f.tail for f in told} or {key(m): m for m in settled}
                evidence = sentence_evidence(item, text, start, end, date)
                for plaintiff in plaintiffs:
                    out += [Fact(plaintiff, relation, defendant, evidence, confidence(plaintiff, defendant, 0.6))
                            for defendant in defendants.values() if key(defendant) != key(plaintiff)
                            for relation in ("sued", *(("settled",) if settled else ()))]
        return out

    def settling_before(self, item, text: str, mentions: list[Mention], start: int) -> list[Mention]:
        """The parties the clause of a settlement opens with, in the last sentence of REACH before ``start``
        that has one (A与B已就数起诉讼达成和解。这些诉讼由多个家庭提起。其中一起由X提出: A and B)."""
        grammar = self.shared.grammar
        spans = [(s, e) for s, e, _ in self.shared.dated_sentences(item, text) if e <= start][-self.REACH:]
        for first, last in reversed(spans):
            for settling in self.settling.finditer(text, first, last):
                opening = grammar.clause_start(text, first, settling.start())
                named = [m for m in mentions if opening <= m.start and m.end <= settling.start()]
                group = grammar.group(text, named, set(PARTIES), from_right=False)
                if len(group) > 1 and _OPENING.fullmatch(text, opening, group[0].start):
                    return group
        return []


class ComplaintNamesDefendants(DocumentFamily):
    """A complaint naming its defendants in the sentence after the one that tells its
    plaintiff (Novelist Ana Ruiz has joined four poets in a suit against several chatbot
    makers. Their complaint names Alpha and Beta as defendants.): the plaintiffs of the
    suit told in the sentence before (its sued facts, or where it names no defendant, the
    parties before its suit word) sue the names after names / lists.  A pronoun standing for
    the complaint opens the sentence too (Ana Ruiz filed the complaint. It names three
    defendants: Alpha Inc., a Delaware company, and two affiliates, Beta Ltd of Singapore
    and Gamma Ltd of Hong Kong.): after a colon the list runs to the sentence's end, and
    every party in it but a place is a defendant.  Words from data/lexicon/context.tsv:
    complaint_word, complaint_names, complaint_reference, defendants_listed, suit_word_english."""
    detail = "complaint"
    REACH = window("litigation.ComplaintNamesDefendants.REACH")  # characters between the sentence start and the complaint (The amended complaint, filed Monday,)
    GAP = window("litigation.ComplaintNamesDefendants.GAP")  # characters between names and the first defendant

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.subject = re.compile(r"(?:The|Their|His|Her|Its|This|That)\s+(?:[\w-]+\s+){0,2}?"
                                  + alternation(w for w in words["complaint_word"] if w.isascii()).pattern + r"\b"
                                  + rf"|(?P<reference>{alternatives(words['complaint_reference'], spaced=True)})\b")
        self.names = alternation(words["complaint_names"])
        # names three defendants: the count before the list's colon
        self.listed = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{alternatives(words['defendants_listed'], spaced=True)})\s*:")
        self.suit = alternation(words["suit_word_english"])

    def facts(self, document: Document) -> list[Fact]:
        out = []
        grammar, (plaintiff_types, defendant_types) = self.shared.grammar, SIGNATURES["sued"]
        for item, text, sued, previous, (start, end, date, inside) in self.sentences(document):
            found = self.subject.search(text, start, min(end, start + self.REACH))
            if found is None or previous is None or text[start:found.start()].strip(' "“'):
                continue
            named = self.names.search(text, found.end(), grammar.clause_end(text, found.end(), end)
                                      if "," not in text[found.end():found.end() + 2] else end)
            if named is None:
                continue
            following = [m for m in inside if named.end() <= m.start]
            colon = self.listed.match(text, named.end())
            if colon is None and found.group("reference"):
                continue  # It named a new chief executive: only a list of defendants makes the pronoun the complaint
            if colon is not None:  # a list after its colon: each party but the places describing them
                defendants = [m for m in following if m.type in defendant_types and m.type != "Jurisdiction"]
            else:
                defendants = grammar.group(text, following, defendant_types, from_right=False, stop=end)
            if not defendants or defendants[0].start - (colon or named).end() > self.GAP:
                continue
            plaintiffs = self.plaintiffs(text, previous, sued, plaintiff_types)
            out += self.suing(sentence_evidence(item, text, start, end, date), plaintiffs, defendants)
        return out

    def sentences(self, document: Document) -> Iterator[tuple]:
        """Each sentence of the document's items as (item, text, the item's sued facts, the
        sentence before as (start, end, mentions) or None, the sentence as (start, end, date,
        mentions))."""
        for item, text, mentions, sued in document.items_and("sued"):
            previous = None
            for sentence in self.shared.sentences_with_mentions(item, text, mentions):
                yield item, text, sued, previous, sentence
                previous = (sentence[0], sentence[1], sentence[3])

    @staticmethod
    def suing(evidence: Evidence, plaintiffs: list[Mention], defendants: list[Mention]) -> list[Fact]:
        """Each plaintiff suing each defendant that is not the plaintiff itself."""
        names = {key(m) for m in defendants}
        return [Fact(plaintiff, "sued", defendant, evidence, 0.6) for plaintiff in plaintiffs
                for defendant in defendants if key(plaintiff) not in names]

    def plaintiffs(self, text: str, previous: tuple[int, int, list[Mention]], sued: list[Fact],
                   types) -> list[Mention]:
        """The plaintiffs of the sentence before: those of its sued facts, or where it has
        none, the parties named before its suit word."""
        start, end, inside = previous
        told = {key(f.head): f.head for f in sued if start <= f.evidence.start < end}
        if told:
            return list(told.values())
        word = self.suit.search(text, start, end)
        if word is None:
            return []
        parties = [m for m in inside if m.end <= word.start() and m.type != "Court"
                   and not self.shared.grammar.located(text, m)]
        return self.shared.grammar.group(text, parties, types, from_right=True)


_PLACE_OF = re.compile(r"的|['’]s\s+|\s*")


class DefendantsAdded(DocumentFamily):
    """Defendants added to a suit after its filing (Rivera sued Halden Labs in May and
    added its parent as a defendant in July; 原告随后追加星图公司为被告; 将星图公司列为共同被告) and
    those an amended complaint names (该公司提交修改后的起诉书，点名三名被告：A、B和C; the
    amended complaint names A and B): the suit's plaintiffs sue them.  The plaintiffs are
    those the sentence has suing, else those of the suit its item told last before where
    the sentence names one of them or no party before the cue, else the first party the
    sentence names before it.  Words from data/lexicon/context.tsv: defendant_adding,
    as_defendant, amended_complaint, complaint_naming."""
    detail = "added"
    REACH = window("litigation.DefendantsAdded.REACH")  # characters from the adding word to "as a defendant" (added A, B and C as defendants)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.adding, self.as_defendant, self.amended, self.naming = latin_words(
            words, "defendant_adding", "as_defendant", "amended_complaint", "complaint_naming")
        # Runway was added as a defendant; 星图公司被追加为被告: the names before a passive adding word
        auxiliaries = alternatives(w for w in words["passive_auxiliary"] if w.isascii())
        fillers = alternatives(w for w in words["act_filler"] if not w.isascii())  # 随后, 也
        self.passive = re.compile(rf"^(?:\s*,)?\s+(?:{auxiliaries})\s+(?:(?:also|later|then|subsequently)\s+)?$|^(?:{fillers})*被$")

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for item, text, mentions, told in document.items_and("sued"):
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                inside = [m for m in inside if m.end <= end]
                defendants, cue = self.added(text, start, end, inside)
                if not defendants:
                    continue
                plaintiffs = [m for m in self.plaintiffs(start, cue, inside, told, defendants)
                              if not self.shared.grammar.cited(text, m)]  # 据路透社报道，X…将A列为被告: the outlet tells it
                evidence = sentence_evidence(item, text, start, end, date)
                out += [Fact(plaintiff, "sued", defendant, evidence, 0.65) for plaintiff in plaintiffs
                        for defendant in defendants if key(plaintiff) != key(defendant)]
        return out

    def added(self, text: str, start: int, end: int, inside: list[Mention]) -> tuple[list[Mention], int]:
        """The parties a sentence adds as defendants and where the adding word stands."""
        parties = [m for m in inside if m.type in SIGNATURES["sued"][1]]
        starts = {m.start for m in parties}
        # 伊朗的阿里安·亚德加尼亚, Iran's Arian Yadegarnia: a place describing the party after it
        parties = [m for m in parties if not (m.type == "Jurisdiction" and (
            after := _PLACE_OF.match(text, m.end)) and after.end() in starts)]
        for phrase in self.as_defendant.finditer(text, start, end):
            adding = [found for found in self.adding.finditer(text, max(start, phrase.start() - self.REACH), phrase.start())]
            if not adding:
                continue
            cue = adding[-1]
            between = [m for m in parties if cue.end() <= m.start and m.end <= phrase.start()]
            if not between:  # 将星图公司追加为被告: the names before the word, after 将
                opening = text.rfind("将", start, cue.start())
                between = [m for m in parties if opening >= 0 and opening < m.start and m.end <= cue.start()]
            if not between:  # Runway was added as a defendant; A and B were named as defendants; 星图公司被追加为被告
                between = self.passive_subjects(text, start, cue.start(), parties)
            if between:
                return between, cue.start()
        amended = self.amended.search(text, start, end)
        naming = amended and self.naming.search(text, amended.end(), end)
        if naming:
            return [m for m in parties if m.start >= naming.end()], naming.start()
        return [], 0

    def passive_subjects(self, text: str, start: int, cue: int, parties: list[Mention]) -> list[Mention]:
        """The parties a passive adding word has as its subject (Runway was added; A and B were
        named; 星图公司被追加): the name right before the auxiliary, with those coordinated before it."""
        last = next((m for m in reversed(parties) if start <= m.start and m.end <= cue
                     and self.passive.match(text[m.end:cue])), None)
        if last is None:
            return []
        return self.shared.grammar.extended(text, [last], [m for m in parties if m.end <= last.end], SIGNATURES["sued"][1])

    @staticmethod
    def plaintiffs(start: int, cue: int, inside: list[Mention], told: list[Fact], added: list[Mention]) -> list[Mention]:
        new = {key(m) for m in added}
        here = {key(f.head): f.head for f in told if f.evidence.start == start and key(f.head) not in new}
        if here:
            return list(here.values())
        # a place is where the suit is (a judge in New York dismissed part of the case, and…), not who adds to it;
        # nor is a defendant of the suits told (The suit against Acme also names Beta as a defendant)
        sued = {key(f.tail) for f in told}
        before = [m for m in inside if m.start < cue and m.type in SIGNATURES["sued"][0] and m.type != "Jurisdiction"
                  and key(m) not in new and key(m) not in sued]
        last = _told_last(told, start)
        if last:
            suing = {key(f.head): f.head for f in last if key(f.head) not in new}
            if not before or any(key(m) in suing for m in before):
                return list(suing.values())
        return before[:1]


# a list of plaintiffs in English (A, B and C, A & B) or Chinese (no 及, 以及: unmeasured)
_JOINER = joiner(r"\s*,\s*(?:and\s+)?", r"\s+and\s+", r"\s*&\s*", ENUMERATION_COMMA, "和", "与")


class PlaintiffPartners(DocumentFamily):
    """The persons a document names together with a plaintiff where it tells their suit
    (Abel Norcott, Bria Kestel and Stewart O'Nan filed the proposed class action… The case,
    Norcott v. Nvidia Corp: all three sued Nvidia; Lenner and Sauer filed the class action,
    Lenner v. Lovo: Paula Lenner and Lina Sauer): persons of the document, in full or by a
    surname only one of them has, joined by commas and "and" in a sentence with a lawsuit
    word (context.tsv: lawsuit), one of them a person plaintiff, each sue that plaintiff's
    defendants, told where the plaintiff's suit is."""
    detail = "partners"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        suing = [*shared.words["lawsuit"], *(c for c in self.kb.triggers["sued"] if c.isascii())]
        self.lawsuit = re.compile(rf"\b(?:{alternatives(suing)})\b", re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        sued = [f for f in document.facts if f.relation == "sued" and f.head.type == "Person"]
        people = self.people(document)
        if not sued or len(people) < 2:
            return []
        runs = self.runs(document, people)
        out = []
        for fact in sued:
            plaintiff = people.get((fact.head.canonical or fact.head.text).strip())
            for run, evidence in (found for found in runs if plaintiff is not None and plaintiff in found[0]):
                # each where the suit is told, and where they are named together (the filing's date and court)
                out += [Fact(partner, "sued", fact.tail, told, 0.6) for partner in run for told in (fact.evidence, evidence)
                        if key(partner) != key(fact.tail) and (partner is not plaintiff or told is evidence)]
        return out

    @staticmethod
    def people(document: Document) -> dict[str, Mention]:
        """The document's persons named in full (given name and surname), by their full name
        and by a surname only one of them has."""
        full = {m.text.strip(): m for _, _, mentions in document.items for m in mentions
                if m.type == "Person" and len(m.text.split()) > 1}
        by_surname: dict[str, list[Mention]] = {}
        for name, mention in full.items():
            by_surname.setdefault(name.split()[-1], []).append(mention)
        return full | {surname: found[0] for surname, found in by_surname.items() if len(found) == 1}

    def runs(self, document: Document, people: dict[str, Mention]) -> list[tuple[list[Mention], Evidence]]:
        """Runs of two or more of the persons named together in a sentence with a lawsuit
        word, each with the sentence's evidence."""
        name = rf"(?:{alternatives(people)})(?![\w'’-])"
        pattern = re.compile(rf"(?<![\w'’-]){name}(?:{_JOINER}{name})+")
        found = []
        for item, text, _ in document.items:
            for start, end, date in self.shared.dated_sentences(item, text):
                if not self.lawsuit.search(text, start, end):
                    continue
                for run in pattern.finditer(text, start, end):
                    names = re.split(_JOINER, run.group())
                    members = list({id(people[n]): people[n] for n in names if n in people}.values())
                    if len(members) > 1:
                        found.append((members, sentence_evidence(item, text, start, end, date)))
        return found


class CoPlaintiffs(DocumentFamily):
    """Parties told as a plaintiff's co-plaintiffs, or as further plaintiffs of a suit
    (Ruiz's co-plaintiffs are the poet Ana Soto and the novelist Tom Reyes; two other
    plaintiffs, Ana Soto and Tom Reyes, say…): each sues the defendants of that plaintiff
    (one whose surname is the possessor's), else of the suit told last before the sentence.
    The names follow the word as a list, each possibly after its title (the poet); a name
    told otherwise after it (the plaintiffs’ lawyer Ana Soto) is no plaintiff.  So do the names
    told as members of the suit (the lead plaintiff, Ana Soto, says…; authors involved in this
    lawsuit include A and B) and those a plaintiff is joined by (Roe was joined in her lawsuit by
    A; Roe was joined by fellow authors including the poet A): each sues the defendants of the
    plaintiff named before the words, else of the suit told last.  Words from
    data/lexicon/context.tsv: co_plaintiff, plaintiff_member, co_plaintiff_copula, plaintiff_joined."""
    detail = "coplaintiffs"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = (*shared.words["co_plaintiff"], *shared.words["plaintiff_member"])
        self.word = re.compile(rf"(?<![\w-])(?:{alternatives(words)})\b")  # not the plaintiffs of co-plaintiffs
        # Roe was joined (in her lawsuit) by (fellow authors including) (the poet) A: joined by the names after it
        self.joined = re.compile(rf"\b(?:{alternatives(shared.words['plaintiff_joined'])})\b")
        self.joined_opening = re.compile(r"\s*(?:fellow\s+[a-z-]+\s+(?:including|such\s+as)\s+)?(?:the\s+)?(?:[a-z-]+\s+)?")
        self.owner = re.compile(r"['’]s\s+(?:[a-z]+\s+)?$")  # Ruiz's (fellow) co-plaintiffs
        copula = alternatives(shared.words["co_plaintiff_copula"])
        self.opening = re.compile(rf"\s*(?:,|:|\s(?:{copula}))?\s*(?:the\s+[a-z-]+\s+)?")
        self.joining = re.compile(rf"{_JOINER}(?:the\s+[a-z-]+\s+)?")

    def facts(self, document: Document) -> list[Fact]:
        plaintiff_types, _ = SIGNATURES["sued"]
        out = []
        for item, text, mentions, sued in document.items_with("sued"):
            for start, end, date in self.shared.dated_sentences(item, text):
                words = [(word, False) for word in self.word.finditer(text, start, end)]
                words += [(word, True) for word in self.joined.finditer(text, start, end)]
                for word, joined in words:
                    listed = self.listed(text, word.end(), [m for m in mentions if word.end() <= m.start < end],
                                         self.joined_opening if joined else None)
                    listed = [m for m in listed if m.type in plaintiff_types]
                    if joined:  # Roe, author of X, was joined by A: the suits of the plaintiff named before, else the last told
                        before = {key(m) for m in mentions if start <= m.start and m.end <= word.start()}
                        suits = [f for f in sued if key(f.head) in before] or _suit_told_before(sued, start)
                    else:
                        suits = self.suits(text, start, word.start(), mentions, sued)
                    defendants = {key(f.tail): f.tail for f in suits}
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(plaintiff, "sued", defendant, evidence, 0.6) for plaintiff in listed
                            for defendant in defendants.values() if key(defendant) != key(plaintiff)]
        return out

    def listed(self, text: str, at: int, following: list[Mention], opening: re.Pattern | None = None) -> list[Mention]:
        """The names listed right after ``at``: the first after an opening (, / are / the poet;
        ``opening`` where given), each next one after a joiner (, and) and its title."""
        found = []
        for mention in following:
            gap = (opening or self.opening) if not found else self.joining
            if not gap.fullmatch(text, at, mention.start):
                break
            found.append(mention)
            at = mention.end
        return found

    def suits(self, text: str, start: int, word: int, mentions: list[Mention], sued: list[Fact]) -> list[Fact]:
        """The suits the listed names join: those of the plaintiff named right before the
        word (Ruiz's co-plaintiffs), else the suit told last before the sentence."""
        owner = next((m for m in mentions if start <= m.end <= word and self.owner.match(text, m.end, word)), None)
        if owner is None:
            return _suit_told_before(sued, start)
        surname = owner.text.split()[-1]
        return [f for f in sued if f.head.text.split()[-1] == surname]


# 原告阵容…：A、B、C等悉数在列。: a list after a colon is the whole clause, members no rule names (、梦工厂), 等 and
# a few words aside
LIST_CLOSE = re.compile(rf"[\s”」）)]*(?:{joiner(ENUMERATION_COMMA, '和', '及', AND_ALSO)}[^，,。；;：:、]{{1,12}}?)*(?:等[^，,。；;：:]{{0,8}})?\s*(?:[，,。；;]|$)")


class ListedPlaintiffs(DocumentFamily):
    """Plaintiffs a sentence lists after the suit is told (星辰科技起诉云帆公司。原告还包括金鹰文化和白鹭软件;
    原告阵容覆盖了半个行业：A、B、C等悉数在列): each sues the defendants of the suit told last before
    the sentence, else of a suit told without its plaintiffs' names (多家出版商对X发起诉讼。原告包括A和B; X被多家
    出版商起诉。原告包括A和B: Hearings.sued_in_passive).
    The list follows a plaintiff word and a word of listing (包括, 为; then perhaps the plaintiffs' count and
    kind and a word enumerating them: 原告是三位作家，分别是A、B和C), or the colon closing the clause the word opens;
    a plaintiff of the item the sentence names before the word (除了A，原告阵容…) tells whose suit.  Words from
    data/lexicon/context.tsv: plaintiff_list, plaintiff_listing, enumerating."""
    detail = "plaintiffs"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.word = alternation(words["plaintiff_list"])
        self.listing = re.compile(rf"\s*(?:还|也|另|则|另外|亦)?(?:{alternatives(words['plaintiff_listing'])})\s*[：:]?\s*")
        # 原告是三位作家，分别是A、B和C; 原告为两家唱片公司：A和B: the count and kind of the plaintiffs, then their names
        # after a word enumerating them (context.tsv enumerating) or a colon
        self.counted = re.compile(rf"{counted(words, vague=True)}[\u4e00-\u9fff]{{0,8}}?\s*"
                                  rf"(?:[，,]?\s*(?:{alternatives(words['enumerating'])})\s*[：:]?|[：:])\s*")
        self.grammar = shared.grammar
        self.unnamed = Hearings(shared)  # 多家出版商向X发起诉讼: the defendants of a suit of unnamed plaintiffs

    def facts(self, document: Document) -> list[Fact]:
        plaintiff_types = SIGNATURES["sued"][0]
        out = []
        for item, text, mentions, sued in document.items_and("sued"):
            for start, end, date in self.shared.dated_sentences(item, text):
                for word in self.word.finditer(text, start, end):
                    if any(m.start <= word.start() < m.end for m in mentions):
                        continue
                    opening = self.list_start(text, word.end(), end)
                    if opening is None:
                        continue
                    following = [m for m in mentions if m.start >= opening]
                    listed = self.grammar.group(text, following, plaintiff_types, from_right=False,
                                                stop=self.grammar.clause_end(text, opening, end))
                    if not listed or listed[0].start - opening > 1:
                        continue
                    if text[opening - 1] in "：:" and not LIST_CLOSE.match(text, listed[-1].end):
                        continue  # 原告指出：A公司未经许可…: a colon opening what a plaintiff says, no list
                    # 除了迪士尼，原告阵容…: the suit of a plaintiff the sentence names, else the one told last
                    named = {key(m) for m in mentions if start <= m.start and m.end <= word.start()}
                    told = [f for f in sued if key(f.head) in named] or _suit_told_before(sued, start)
                    defendants = {key(f.tail): f.tail for f in told} or {
                        key(m): m for m in (self.unnamed.defendants(text, mentions, start)
                                            or self.unnamed.sued_in_passive(text, mentions, start))}
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(plaintiff, "sued", defendant, evidence, 0.6) for plaintiff in listed
                            for defendant in defendants.values() if key(plaintiff) != key(defendant)]
        return out

    def list_start(self, text: str, at: int, end: int) -> int | None:
        """Where the list after a plaintiff word begins: after a word of listing right after it
        (原告还包括), or after the colon that closes the clause it opens (原告阵容…：); None."""
        listing = self.listing.match(text, at)
        if listing is not None and listing.end() > at:
            counted = self.counted.match(text, listing.end())
            return listing.end() if counted is None else counted.end()
        closing = self.grammar.clause_end(text, at, end)
        return closing + 1 if text[closing:closing + 1] in ("：", ":") else None


class BroughtBy(DocumentFamily):
    """Every plaintiff a sentence lists after the words bringing its suit where the suit is
    known by its case name or its defendants (The case, Roe v. Nvidia, was brought in 2023
    by Ann Roe and Bo Lee, two painters, and by the Artists Guild): each name after
    "was brought by" (a date or a place between), joined to the one before by a comma, "and", "and by",
    "together with" (an appositive between them skipped), sues the defendants of the
    sentence's sued facts.  A list goes on past an age (Ann Roe, 23; Bo Lee, 17) and past
    names no rule found (Forbes, Insider, the Plain Dealer and Politico), and may begin with
    the kin who sue for them (brought by the families of Ann Roe and Bo Lee: the named sue).
    A reference to the suit stands for the auxiliary (in Roe v. Nvidia, the suit brought in
    2023 by Ann Roe and Bo Lee).  Words from data/lexicon/context.tsv: passive_auxiliary,
    suit_reference, bringing_verb, party_joiner, kin_of."""
    detail = "brought"
    APPOSITIVE = window("litigation.BroughtBy.APPOSITIVE")  # characters of a description after a plaintiff (two Black women who…)
    PLACE = window("litigation.BroughtBy.PLACE")  # characters of a date and a court between the bringing verb and "by"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        joiners, verbs = alternatives(shared.words["party_joiner"]), alternatives(shared.words["bringing_verb"])
        auxiliaries = alternatives(shared.words["passive_auxiliary"])
        # was brought in 2022 by, were filed on Friday in the U.S. District Court for … by: a date or a
        # court between the verb and "by"; the suit brought in 2023 by: a reference to the suit for the auxiliary
        references = alternatives([w for w in shared.words["suit_reference"] if w.isascii()])
        self.brought = re.compile(rf"\b(?:{auxiliaries}|{references})\s+(?:{verbs})\b"
                                  rf"(?:\s+(?:in|on|at)\s+[^,;]{{1,{self.PLACE}}}?)?\s+by\s+", re.IGNORECASE)
        # Ann Roe, 23; Bo Lee: an age after a name; Forbes, Insider, the Plain Dealer and Politico: names no rule found
        age = r"(?:,\s*\d{1,3}\s*)?"
        unread = rf"(?:[,;]\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}}\s*{age})*"
        self.joined = re.compile(rf"^{age}{unread}\s*(?:[,;]\s*)?(?i:(?:{joiners})\s+)?(?i:the\s+)?$")
        self.kin = re.compile(rf"^\s*(?:the\s+)?(?:{alternatives(shared.words['kin_of'])})\s+$", re.IGNORECASE)
        self.described = re.compile(rf"^\s*,[^,;]{{1,{self.APPOSITIVE}}},\s*(?:{joiners})\s+(?:the\s+)?$", re.IGNORECASE)
        self.reference = alternation(shared.words["suit_reference"], re.IGNORECASE, latin_whole=True)
        # charged Jane Roe; a lawsuit accusing State Farm: the words naming the accused right after them
        self.charging = alternation((*shared.words["charging_verb"], *shared.words["suit_against"]),
                                    re.IGNORECASE, latin_whole=True)
        # All seven name OpenAI and its chief executive, Sam Altman, as defendants: the parties between
        self.naming = re.compile(r"\bnam(?:e|es|ed)\s+([^.;]{1,160}?)\s+as\s+(?:co-?)?defendants?\b", re.IGNORECASE)
        # They were brought by…: the suits told just before, referred to by a pronoun
        self.pronoun = re.compile(r"^\s*(?:they|it)\s*$", re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for item, text, mentions in document.items:
            for evidence, facts in _by_sentence([f for f in document.facts_of(item) if f.relation == "sued"]).items():
                if text[evidence.start:evidence.end] != evidence.sentence:
                    continue  # (a fact of the title no item's text holds, given to its first item)
                found = self.brought.search(text, evidence.start, evidence.end)
                if found is None:
                    continue
                plaintiffs = self.listed(text, mentions, found.end(), self.list_end(item, text, evidence.end))
                end = plaintiffs[-1].end if plaintiffs else found.end()
                defendants = {key(f.tail): f.tail for f in facts if f.tail.start < found.start() or f.tail.start >= end}
                out += [Fact(plaintiff, "sued", defendant, evidence, 0.6) for plaintiff in plaintiffs
                        for defendant in defendants.values() if key(defendant) != key(plaintiff)]
        return out + self.referred(document)

    def list_end(self, item, text: str, end: int) -> int:
        """Where a list running to ``end`` may end: the splitter ends a sentence at each
        semicolon (Ann Roe, 23; Bo Lee, 17; and Cy Doe), the list runs on to the sentence
        ending in anything else."""
        spans, _ = self.shared.sentence_dates(text, item.date)
        for span_start, span_end in spans:
            if span_start >= end - 1 and text[end - 1:end] == ";":
                end = span_end
        return end

    def listed(self, text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
        """The parties listed from ``start`` (right after "was brought by") to ``end``."""
        following = sorted((m for m in mentions if start <= m.start < end), key=lambda m: m.start)
        plaintiffs: list[Mention] = []
        for mention in following:
            between = text[start:mention.start]
            if len(between) > self.APPOSITIVE + 20 or not plaintiffs and between.strip() not in ("", "the", "The") \
                    and not self.kin.match(between):
                break
            if mention.type in SIGNATURES["sued"][0] and (not plaintiffs or self.joined.match(between)
                                                          or self.described.match(between)):
                plaintiffs.append(mention)
                start = mention.end
        return plaintiffs

    def referred(self, document: Document) -> list[Fact]:
        """A sentence naming no defendant that says who brought the item's case (Prosecutors
        charged Jane Roe with fraud… The case was brought by the U.S. Attorney's Office):
        the parties right after "was brought by" sue the ones the item charged or sued
        before it (its last sued facts' defendants, else the party right after a charging
        word: charged, indicted, or a suit told without its plaintiff: a lawsuit accusing
        State Farm).  Words from data/lexicon/context.tsv: suit_reference, charging_verb,
        suit_against."""
        out = []
        for item, text, mentions, told in document.items_and("sued"):
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                found = self.brought.search(text, start, end)
                if found is None or any(f.evidence.start == start for f in told) \
                        or not (self.reference.search(text, start, found.end())
                                or self.pronoun.match(text[start:found.start()])):
                    continue
                plaintiffs = self.listed(text, mentions, found.end(), self.list_end(item, text, end))
                if not plaintiffs or _MODIFIES.match(text, plaintiffs[0].end):
                    continue  # brought by the U.S. Attorney's Office: U.S. names no party there
                defendants = self.named_before(text, start, mentions) or self.charged_before(text, start, mentions, told)
                evidence = sentence_evidence(item, text, start, end, date)
                out += [Fact(plaintiff, "sued", defendant, evidence, 0.55) for plaintiff in plaintiffs
                        for defendant in defendants if key(defendant) != key(plaintiff)]
        return out

    def named_before(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """The parties the last "names X and Y as defendants" before ``start`` names."""
        named = list(self.naming.finditer(text, 0, start))
        if not named:
            return []
        last = named[-1]
        return list({key(m): m for m in mentions if last.start(1) <= m.start < last.end(1)
                     and m.type in SIGNATURES["sued"][1]}.values())

    def charged_before(self, text: str, start: int, mentions: list[Mention], told: list[Fact]) -> list[Mention]:
        """The defendants of the item's suit told last before ``start``, else the party
        named right after the last charging word before it (charged Jane Roe)."""
        last = _told_last(told, start)
        if last:
            return list({key(f.tail): f.tail for f in last}.values())
        for charge in reversed(list(self.charging.finditer(text, 0, start))):
            party = next((m for m in mentions if 0 <= m.start - charge.end() <= 2 and m.type in PARTIES), None)
            if party is not None:
                return [party]
        return []


_MODIFIES = re.compile(r"\s+(?!and\b|or\b)[A-Z][\w'’.-]*|['’]s\b")  # a name inside a longer one: U.S. Attorney's Office


def _tells_another(sued: list[Fact], parties: dict, start: int, end: int) -> bool:
    """Whether the sentence at ``start``..``end`` tells a suit of its own whose plaintiffs are
    none of ``parties`` (the suit told before it: A、B起诉X，…被法院驳回 after C's suit against
    X): the court's act it tells is that suit's, not the one told before."""
    own = [f for f in sued if start <= f.evidence.start < end]
    return bool(own) and not any(key(f.head) in parties for f in own)


def _told_last(facts: list[Fact], start: int) -> list[Fact]:
    """The facts of the last sentence before ``start`` that tells any of ``facts`` (the
    item's suit told last before a sentence); [] where none is told before it."""
    before = [f for f in facts if f.evidence.start < start]
    last = max((f.evidence.start for f in before), default=None)
    return [f for f in before if f.evidence.start == last]


def _sides_of(facts: list[Fact]) -> dict[str, list[int]]:
    """The places in ``facts`` of the facts with each key on a side: read once per document for
    _one_suit_of, where a scan of the document's suits at each settlement is quadratic in a long one."""
    out: dict[str, list[int]] = {}
    for position, fact in enumerate(facts):
        for side in {key(fact.head), key(fact.tail)}:
            out.setdefault(side, []).append(position)
    return out


def _one_suit_of(named: set[str], sued: list[Fact], sides: dict[str, list[int]] | None = None) -> list[Fact] | None:
    """The sued facts with a side in ``named`` where they tell one suit: the other sides each
    sentence tells share a party (A, B and C sued X; Bartz's suit against X); None where no
    fact has such a side or two sentences tell disjoint other sides (two suits).  ``sides``:
    ``sued``'s _sides_of, where it is at hand."""
    if sides is None:
        facts = [f for f in sued if key(f.head) in named or key(f.tail) in named]
    else:
        facts = [sued[position] for position in sorted({found for side in named for found in sides.get(side, ())})]
    others: dict[tuple[str, int], set[str]] = {}
    for f in facts:
        other = key(f.tail) if key(f.head) in named else key(f.head)
        others.setdefault((f.evidence.item, f.evidence.start), set()).add(other)
    groups = list(others.values())
    if not facts or any(not (one & two) for i, one in enumerate(groups) for two in groups[i + 1:]):
        return None
    return facts


def _suit_told_before(sued: list[Fact], start: int) -> list[Fact]:
    """The suit told last before ``start``: the sued facts of its pairs told before."""
    pairs = {(key(f.head), key(f.tail)) for f in _told_last(sued, start)}
    return [f for f in sued if f.evidence.start < start and (key(f.head), key(f.tail)) in pairs]


def _by_sentence(facts: list[Fact]) -> dict[Evidence, list[Fact]]:
    found: dict[Evidence, list[Fact]] = {}
    for fact in facts:
        found.setdefault(fact.evidence, []).append(fact)
    return found


# the relations whose ends a list extends: a suit's sides (a court's ruling or a settlement often concerns
# one member of the list a sentence names: UMG settled with Udio, the other labels of its suit did not)
LISTED = ("sued",)
CHINESE_JOINT = re.compile(rf"{ENUMERATION_COMMA}|{AND_ALSO}|[和及]")  # 、 和 及 以及: a Chinese list's joints
COUNTERPART = re.compile(r"^\s*与\s*$")  # A与B的仲裁, A与B达成和解: 与 marks the other party as often as a member
GLOSSES = re.compile(r"[（(][^（）()]{0,40}[）)]")


class OfficersBeside(DocumentFamily):
    """An officer named beside a sued company as one side (a suit against Acme and CEO Jane Roe; Roe
    sued Acme and its chief executive, Jan Bell; 起诉星图公司及其首席执行官王某): the officer is sued
    too, by each who sues the company in that sentence.  The officer is the person whose name
    begins where the title after the company ends (context.tsv officer_beside, officer_owner:
    grammar.officer_beside); a caption or a family that read the company alone names no officer."""
    detail = "officers"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.beside = officer_beside(shared.words["officer_beside"], shared.words["officer_owner"])

    def facts(self, document: Document) -> list[Fact]:
        told = {(key(f.head), key(f.tail)) for f in document.facts if f.relation == "sued"}
        out: list[Fact] = []
        for item, text, mentions in document.items:
            persons = {m.start: m for m in mentions if m.type == "Person"}
            by_key: dict[str, list[Mention]] | None = None  # (the item's names by key, in their order: read once)
            for fact in document.facts_of(item):
                if fact.relation != "sued" or fact.tail.type not in ("Company", "Organization") or fact.evidence is None:
                    continue
                company, sentence = key(fact.tail), fact.evidence
                if by_key is None:
                    by_key = {}
                    for m in mentions:
                        by_key.setdefault(key(m), []).append(m)
                for named in (m for m in by_key.get(company, ()) if sentence.start <= m.start and m.end <= sentence.end):
                    title = self.beside.match(text, named.end)  # (the company as the sentence names it there: a caption names it first)
                    officer = persons.get(title.end()) if title else None
                    if officer is None or officer.end > sentence.end:
                        continue
                    pair = (key(fact.head), key(officer))
                    if pair[0] != pair[1] and pair not in told:
                        told.add(pair)
                        out.append(Fact(fact.head, "sued", officer, fact.evidence, fact.confidence))
        return out


class ListedSides(DocumentFamily):
    """One shared step after every family that reads a suit: where a sued fact has an end that is
    a member of a list of names in its own sentence, every member of that list takes the same side
    against the other end (环球音乐、索尼音乐和华纳音乐起诉Suno和Udio, read at 环球音乐 and Suno alone:
    each label sued each).  The list is Grammar.group's, read both ways from the member, of the
    types the side may take (no place: a state standing for its attorney general lists no one),
    its members joined by Chinese list words (、和及以及): a comma ends a clause (读卖新闻起诉X，日经
    和朝日随后跟进), 与 alone joins none (A与B的纠纷: the other party as often), and an English list
    is the English families' (kg.facts.english reads its appositions: A, part of B, and C); a name
    on the other side in the sentence is no member (Reddit sued Anthropic and Getty Images sued
    Stability AI).  Not a court's ruling nor a settlement (LISTED): those often concern one member
    of the list a sentence names (UMG settled with Udio; the other labels of its suit did not)."""
    detail = "listed"

    def facts(self, document: Document) -> list[Fact]:
        told = {(relation, key(f.head), key(f.tail)) for f in document.facts
                if (relation := f.relation) in LISTED}
        if not told:
            return []
        out: list[Fact] = []
        for item, text, mentions in document.items:
            facts = [f for f in document.facts_of(item) if f.relation in LISTED]
            if not facts:
                continue
            ordered = sorted(mentions, key=lambda m: m.start)
            starts = [m.start for m in ordered]
            at = {(m.start, m.end, m.text): m for m in ordered}
            spans = [(start, end) for start, end, _ in self.shared.dated_sentences(item, text)]
            span_starts = [start for start, _ in spans]
            sides: dict[tuple[str, str, int], set[str]] = {}  # (relation, side, sentence start): keys named on that side
            placed, read = [], {}  # read: a name's list in its sentence, for each fact naming it on a side
            joined: dict[int, bool] = {}  # (by sentence start: whether a Chinese list word stands in it)
            for fact in facts:
                for side, mention in (("head", fact.head), ("tail", fact.tail)):
                    if at.get((mention.start, mention.end, mention.text)) is not mention:
                        continue  # a name read in another part of the story
                    found = bisect_right(span_starts, mention.start) - 1  # the sentence holding the name
                    if found < 0 or mention.start >= spans[found][1]:
                        continue
                    span = spans[found]
                    sides.setdefault((fact.relation, side, span[0]), set()).add(key(mention))
                    placed.append((fact, side, mention, span))
            for fact, side, mention, (start, end) in placed:
                other_side = "tail" if side == "head" else "head"
                other = fact.tail if side == "head" else fact.head
                excluded = sides.get((fact.relation, other_side, start), set()) | {key(other)}
                if mention.type == "Jurisdiction":
                    continue  # a place standing for its state is no list's member read here
                types = set(SIGNATURES[fact.relation][0 if side == "head" else 1]) - {"Jurisdiction"}
                reading = (id(mention), start, end, frozenset(types))  # (what listed reads: the same list)
                if reading not in read:
                    if start not in joined:
                        joined[start] = CHINESE_JOINT.search(text, start, end) is not None
                    if joined[start]:
                        inside = [m for m in ordered[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
                        read[reading] = self.listed(text, mention, inside, types)
                    else:  # (no list word in the sentence: each name a list of its own, no group read)
                        read[reading] = []
                for member in read[reading]:
                    if key(member) in excluded:
                        continue
                    head, tail = (member, other) if side == "head" else (other, member)
                    triple = (fact.relation, key(head), key(tail))
                    if triple in told:
                        continue
                    told.add(triple)
                    out.append(Fact(head, fact.relation, tail, fact.evidence, fact.confidence))
        return out

    def listed(self, text: str, mention: Mention, inside: list[Mention], types: set[str]) -> list[Mention]:
        """The other members of the list ``mention`` stands in (none where it stands in none)."""
        grammar = self.shared.grammar
        right = grammar.group(text, [m for m in inside if m.start >= mention.start], types, from_right=False)
        left = grammar.nearest_group(text, [m for m in inside if m.end <= mention.end], types, keep=lambda m: True)
        right = right if right and right[0] is mention else [mention]
        left = left if left and left[-1] is mention else [mention]
        group = left[:-1] + right
        if len(group) < 2:
            return []
        gaps = [GLOSSES.sub("", text[one.end:two.start]) for one, two in zip(group, group[1:])]
        # the members joined by a Chinese list word (not a comma, which ends a clause: 读卖新闻起诉X，日经和朝日随后
        # 跟进; not 与 alone); an English list is the English grammar's, which reads its appositions
        # (A, part of B, and C: A and C) where Grammar.group does not
        runs, run = [], [group[0]]
        for gap, member in zip(gaps, group[1:]):
            if COUNTERPART.match(gap) or not CHINESE_JOINT.search(gap) or "，" in gap or "," in gap:
                runs.append(run)
                run = []
            run.append(member)
        runs.append(run)
        group = next(run for run in runs if mention in run)
        return [m for m in group if m is not mention]


class CourtActs(DocumentFamily):
    """A court acting in an English sentence that names no court (A federal judge in
    Manhattan on Thursday allowed the actors to proceed with their lawsuit against Lovo…;
    the court granted Avianca's motion and dismissed Mata's claim): the one court its
    document names adjudicates the suits the sentence names a party of.  Words from
    data/lexicon/context.tsv: court_actor (the court, a federal judge, Judge…), and the
    adjudicated cues of data/lexicon/triggers.tsv with court_act_en (allowed, threw out…)."""
    detail = "court"
    REACH = window("litigation.CourtActs.REACH")  # characters from the court to its act (a federal judge in Manhattan on Thursday allowed)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.actors = re.compile(rf"\b(?:{alternatives(shared.words['court_actor'])})\b", re.IGNORECASE)
        acts = [c for c in self.kb.triggers["adjudicated"] if c.isascii()] + list(shared.words["court_act_en"])
        self.acts = re.compile(rf"\b(?:{alternatives(acts)})\b")

    def facts(self, document: Document) -> list[Fact]:
        sued = [f for f in document.facts if f.relation == "sued"]
        courts = {key(m): m for _, _, mentions in document.items for m in mentions
                  if m.type == "Court" and not m.text[:1].islower()}
        if not sued or len(courts) != 1:
            return []
        (court,) = courts.values()
        out = []
        for item, text, mentions in document.items:
            for start, end, date in self.shared.dated_sentences(item, text):
                sentence = text[start:end]
                if not latin_only(sentence) or any(start <= m.start < end and key(m) in courts and not m.text[:1].islower()
                                                 for m in mentions):
                    continue  # a sentence naming the court: the English family reads it
                actor = self.actors.search(sentence)
                act = actor and self.acts.search(sentence, actor.end(), actor.end() + self.REACH)
                if not act or re.search(r"[.;:]", sentence[actor.end():act.start()]) or \
                        cited_case(sentence, act.start(), act.end()):
                    continue  # (Judge Roe ruled … in the Acme case: another case's ruling)
                named = {key(m) for m in mentions if start <= m.start < end} | {
                    key(m) for f in sued for m in (f.head, f.tail) if _written(sentence, m)}
                parties = {key(m): m for f in sued if {key(f.head), key(f.tail)} & named for m in (f.head, f.tail)}
                evidence = sentence_evidence(item, text, start, end, date)
                out += [Fact(court, "adjudicated", party, evidence, 0.55) for _, party in sorted(parties.items())
                        if party.type in SIGNATURES["adjudicated"][1]]
        return out


def _written(sentence: str, mention: Mention) -> bool:
    """Whether an English sentence writes a name, or a person's surname, as a word of its
    own (granted Avianca's motion and dismissed Mata's claim: Avianca, Roberto Mata)."""
    name = (mention.canonical or mention.text).strip()
    forms = {name, name.split()[-1]} if mention.type == "Person" and " " in name else {name}
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", sentence) for form in forms if len(form) > 2)


class CaseRulings(DocumentFamily):
    """A court ruling in a case it names (美国特拉华州联邦地区法院在汤森路透诉Ross Intelligence一案中
    认定…; X法院就甲公司诉乙公司案作出判决): the court adjudicated the case's sides, the suit read
    from the case's name (the sued facts whose plaintiff stands inside it), not the item's other
    suits.  A word of data/lexicon/context.tsv case_marker (在, 于, 就, 对) links the court to
    the case, a court's act (court_act, the adjudicated cues of triggers.tsv) follows the case
    in its clause."""
    detail = "case"
    REACH = window("litigation.CaseRulings.REACH")  # characters from the court to the case (北京互联网法院2023年11月在)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.markers = tuple(w for w in words["case_marker"] if not w.isascii())
        self.acts = alternation(w for w in (*self.kb.triggers["adjudicated"], *words["court_act"]) if not w.isascii())

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for item, text, mentions, sued in document.items_with("sued"):
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                cases = [m for m in inside if m.type == "Case" and m.end <= end]
                for court in (m for m in inside if m.type == "Court" and cases):
                    case = self.ruled_in(text, court, cases, end)
                    if case is None:
                        continue
                    sides = {key(m): m for f in sued if case.start <= f.head.start < case.end
                             for m in (f.head, f.tail) if m.type in RULED_ON}
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(court, "adjudicated", party, evidence, 0.6) for _, party in sorted(sides.items())]
        return out

    def ruled_in(self, text: str, court: Mention, cases: list[Mention], end: int) -> Mention | None:
        """The case a court rules in: named right after it behind a location or target word
        (在…案中, 就…案), a court's act after it in its clause; None where there is none."""
        case = next((c for c in cases if 0 <= c.start - court.end <= self.REACH), None)
        if case is None or CLAUSE_MARK.search(text, court.end, case.start) or \
                not any(marker in text[court.end:case.start] for marker in self.markers):
            return None
        closing = next((mark.start() for mark in CLAUSE_MARK.finditer(text, case.end, end)), end)
        return case if self.acts.search(text, case.end, closing) else None


CAPTION_RULES = ("case", "english/case")  # the families reading a caption's sides (Roe v. Acme: Roe sued Acme)
PARENTHESISED = re.compile(r"\([^()]*$")  # a parenthesis still open before a name


class CitedCourts(DocumentFamily):
    """A court an English sentence cites a case caption with, no act of its own told (Roe v.
    Acme Corp., No. 3:24-cv-01234 (N.D. Cal. May 2, 2025); the High Court case of Roe v Acme;
    the District Court of Utopia sent a warning, in Roe v. Acme): the court heard the case, so
    it adjudicated the caption's sides (the sued facts the English family read from the
    caption).  The court stands in a parenthesis after the caption, only citation marks (a
    docket number, a law report) between; or before it, its clause reaching the caption by a
    word of data/lexicon/context.tsv court_caption_link (case of, in), no name between and
    no word of cited_caption (citing, relied on: another court's case)."""
    detail = "cited"
    REACH = window("litigation.CitedCourts.REACH")  # characters between a caption and its court (, No. 3:24-cv-01234 ()

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.link = re.compile(rf"\b(?:{alternatives(words['court_caption_link'])})\s+$", re.IGNORECASE)
        self.cited = re.compile(rf"\b(?:{alternatives(words['cited_caption'])})\b", re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for item, text, mentions, sued in document.items_with("sued"):
            captions = [f for f in sued if f.rule in CAPTION_RULES]
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions) if captions else ():
                courts = [m for m in inside if m.type == "Court"]
                cases = [m for m in inside if m.type == "Case" and m.end <= end]
                if len({key(m) for m in courts}) != 1 or not cases or not english_sentence(text[start:end]):
                    continue  # one court cited, in an English sentence naming a case
                sides = {key(m): m for f in captions if start <= f.evidence.start < end
                         for m in (f.head, f.tail) if m.type in RULED_ON}
                if not sides or not any(self.cites(text, court, case, inside) for court in courts for case in cases):
                    continue
                evidence = sentence_evidence(item, text, start, end, date)
                out += [Fact(courts[0], "adjudicated", party, evidence, 0.55) for _, party in sorted(sides.items())]
        return out

    def cites(self, text: str, court: Mention, case: Mention, inside: list[Mention]) -> bool:
        """Whether the court is the caption's: in a parenthesis after it (citation marks
        between), or before it, linked by court_caption_link; no other name between."""
        first, second = (case, court) if case.end <= court.start else (court, case)
        gap = text[first.end:second.start]
        if len(gap) > self.REACH or re.search(r"[;!?]|:\s|\.\s+[A-Z]", gap) or any(
                first.end <= m.start and m.end <= second.start and m.type != "Case"  # (a docket number)
                and not PARENTHESISED.search(text, first.end, m.start) for m in inside):
            return False  # (a name in a parenthesis of the citation, a judge's initials (JPO), is none)
        if first is case:
            return gap.rstrip().endswith("(")
        return self.link.search(gap) is not None and not self.cited.search(gap)


def unmade_ruling(words: dict) -> re.Pattern:
    """Words before a Chinese court's act saying it is still to come or not made yet
    (X法院预计将于下月作出判决, 法院尚未公开该案的审理信息): context.tsv ruling_ahead and
    ruling_negation."""
    return alternation(w for w in (*words["ruling_ahead"], *words["ruling_negation"]) if not w.isascii())


# 于2024年5月16日, 在2023年11月, 2025年1月30日: when a court acted, told between its name and its act
COURT_TIME = re.compile(rf"^\s*(?:[于在]\s*)?{CHINESE_DATE_SPAN}")
# what a dateline holds beside its outlet's name: a date and a time (扬子晚报 2023-01-13 10:31)
DATELINE_REST = re.compile(r"[\s\d:：/.\-年月日时時分]*\d[\s\d:：/.\-年月日时時分]*")


def dateline(title: str, mentions: list[Mention]) -> bool:
    """Whether an item's title is its outlet's dateline, a name with a date and a time
    (扬子晚报 2023-01-13 10:31): the outlet reports the story, no side of its suit."""
    named = {i for m in mentions if m.end <= len(title) for i in range(m.start, m.end)}
    rest = "".join(character for i, character in enumerate(title) if i not in named)
    return bool(named) and DATELINE_REST.fullmatch(rest) is not None


# 以原告缺乏诉讼资格为由, 以证据不足为由: the ground a court gives, told between its name and its act
COURT_GROUND = re.compile(r"^\s*以[^，,；;。：:]{1,20}?为由")


def card_courts(court_line: re.Pattern, text: str, mentions: list[Mention]) -> list[Mention]:
    """The courts named on the court lines of a card (card_line of context.tsv court_field:
    受理机构：X, （1）法院：X, Court: X) in ``text``."""
    found = []
    for line in court_line.finditer(text):
        end = line_end(text, line.end())
        found += [m for m in mentions if line.end() <= m.start < end and m.type == "Court"]
    return found


class Hearings(DocumentFamily):
    """A court that hears or decides (在X法院审理, X法院判决, X法院初步认证了集体), or whose judge is named
    (X法院法官Y批准和解), adjudicates the suit the item is about: its parties are those of
    the item's sued facts (where it tells several, of the suit its sentence tells, else of
    the one told last before), else the defendants of a suit told before the court without a
    name for its plaintiffs (四名插画师起诉小红书。北京互联网法院开庭审理该案: 小红书;
    context.tsv suing_verb; 三名作家向A发起诉讼, 将A等5被告起诉到法院: target_marker, defendant_marker),
    else the names the item gives right after a role word (被告A称…: plaintiff_label, defendant_label)
    with the defendants of such a suit told after the court as filed with that same court (X法院公开审理该案。
    …殷某将A等5被告起诉到X法院; not 今年，三名配音演员又起诉微软: another suit),
    else the companies and persons its title names, unless the title is the outlet's dateline (扬子晚报
    2023-01-13 10:31).  A court forming its bench acts in the clause after (X法院组成五人合议庭，依法
    公开审理: court_bench); a court a filing goes to acts in none of the filing's words
    (提交至X法院的即决判决动议: court_filed_with)."""
    detail = "hearing"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        # X法院判决, X法院初步认证了集体, X法院批准和解: its acts, not an order's name (禁令) a party may ask for
        acts = (*self.kb.triggers["adjudicated"], *(w for w in shared.words["court_act"] if "令" not in w))
        self.cues = alternation(cue for cue in acts if not cue.isascii())
        self.judges = shared.words["judge"]
        self.pleas = shared.grammar.pleas
        # 应FTC申请, 应原告的请求: the party at whose request the court acts, told between its name and its act (the
        # plea is the party's, the act the court's: context.tsv plea)
        self.request = re.compile(rf"^\s*应[^，,；;。：:]{{1,20}}?(?:{alternatives(self.pleas)})")
        self.unmade = unmade_ruling(shared.words)
        self.career = tuple(shared.words["court_career"])  # 曾任X法院法官助理: where a person worked
        self.filing_to = tuple(shared.words["court_filed_with"])  # 提交至X法院的…动议: a filing, no act
        self.in_case = CaseRulings(shared)  # X法院在A诉B案中认定: that case's sides only (CaseRulings)
        self.suing = alternation(shared.words["suing_verb"])
        # A被一群作家起诉, A遭多名艺术家控告: a suing verb in the passive, its agent unnamed, a few words after the defendant
        self.sued_passive = re.compile(rf"\s*(?:{alternatives(w for w in shared.words['passive'] if not w.isascii())})(?!告)"
                                       rf"[^，,。；;：:、]{{0,12}}?(?:{alternatives(shared.words['suing_verb'])})")
        self.grammar = shared.grammar
        # 将A起诉至法院, 向A发起诉讼: the names right after such a marker, in a clause going on to a word of suing
        self.markers = alternation(w for w in (*shared.words["target_marker"], *shared.words["defendant_marker"])
                                   if not w.isascii())
        # 组成五人合议庭，依法公开审理: a court forming its bench acts in the clause after
        self.bench = tuple(shared.words["court_bench"])
        self.labelled = LabelledSides(shared)  # 被告A, 原告B: the sides the item names by their roles
        self.descriptions = descriptions(shared)  # 向人工智能公司A发起诉讼: the kind of the defendant before its name
        # 将“魔音工坊”的运营主体A等5被告起诉到法院: the product's operator, the name after it (context.tsv operator_word)
        self.operator = re.compile(rf"^[^，,。；;：:]{{1,24}}的(?:{alternatives(shared.words['operator_word'])})$")
        # 审理该案的X法院, 此案审理地——X法院, 主审法院为X法院: the court told as the one hearing the case
        self.heard_by = re.compile(rf"(?:{alternatives(shared.words['hearing_court'])})[\s为是系在：:—-]*$")
        # 就首例涉“虚拟数字人”侵权案, 对该案, 就A与B纠纷一案: the matter a court acts on, between its name and its act
        self.matter = re.compile(rf"^\s*(?:{alternatives(shared.words['court_matter_marker'])})[^，,；;。：:]{{0,40}}?"
                                 rf"(?:{alternatives(shared.words['court_matter'])})(?![件由])")
        self.ahead = tuple(shared.words["hearing_ahead"])  # 将审理此案的X法院: a court still to hear it
        self.lone = LonePlaintiffs(shared)
        self.accused = accused_role(shared)  # 被告人王某: a criminal case's defendant
        self.appeal = alternation(shared.words["appeal_court"])  # 中级人民法院, 高等法院: a court of appeal
        self.prosecutor = alternation(w for w in shared.words["prosecutor_word"] if not w.isascii())  # 林芳将该公司诉至法院: a suit whose defendant goes unnamed
        self.dispute = alternation(shared.words["dispute_case"])  # A与B…纠纷一案: a case named by its sides
        self.credit_titles = tuple(self.kb.bylines.get("name_title", ()))  # X／Y大学 研究所 教授: an author's credit
        self.reporters = tuple(self.kb.bylines.get("inline_byline", ()))  # 《X》杂志记者 甲 见习记者 乙: a byline
        roles = (*shared.words["plaintiff_role"], *shared.words["defendant_role"])
        self.side_role = re.compile(rf"(?:{alternatives(w for w in roles if not w.isascii())})\s*$")

    def acts(self, text: str, court: Mention) -> bool:
        """Whether the court acts right after its name (X法院判决, X法院法官Y), in its clause,
        not asked to by a party (向X法院提交动议，请求驳回…: a motion, no act of the court; 要求X法院裁定…), nor
        one still to come (X法院预计将于下月作出判决), nor a court a person once worked at
        (曾任X法院法官助理)."""
        if text[:court.start].endswith(self.career) or self.grammar.asked(text, 0, court.start):
            return False  # (两家报纸要求东京地方法院裁定…: a court asked to rule)
        if text.startswith("的", court.end) and text[:court.start].rstrip().endswith(self.filing_to):
            return False  # 提交至X法院的即决判决动议: the filing's words, the court acts in none
        if text.startswith(self.judges, court.end):
            return True
        heard_by = self.heard_by.search(text, max(0, court.start - 16), court.start)
        if heard_by is not None and not self.unmade.search(text, max(0, heard_by.start() - 8), heard_by.start()) \
                and not text[:heard_by.start()].endswith(self.ahead):
            return True  # 负责审理此案的X法院 (not 将审理此案的X法院, 尚未审理此案的X法院)
        # (X法院于2024年5月16日驳回…, X法院以原告缺乏诉讼资格为由驳回…, X法院应A申请冻结…, X法院就该案作出判决:
        # the date, the ground, the request or the matter between the court and its act is no distance)
        clause = re.split("[，,；;。]", text[court.end:court.end + 40], maxsplit=1)[0]
        after_bench = court.end + len(clause)
        if clause.endswith(self.bench) and text.startswith(("，", ","), after_bench):
            # X法院组成五人合议庭，依法公开审理: the act in the clause after the bench it forms
            clause = re.split("[，,；;。]", text[after_bench + 1:after_bench + 41], maxsplit=1)[0]
        window = self.matter.sub("", self.request.sub("", COURT_GROUND.sub("", COURT_TIME.sub("", clause, count=1), count=1),
                                                       count=1), count=1)[:12]
        return any(not window[:found.start()].endswith(self.pleas) and not self.unmade.search(window, 0, found.start())
                   for found in self.cues.finditer(window))

    def facts(self, document: Document) -> list[Fact]:
        out = []
        elsewhere = self.story_parties(document)  # (read when first asked)
        ruled = {(f.evidence.item, key(f.head)) for f in document.facts if f.relation == "adjudicated"}
        for index, (item, text, mentions, told) in enumerate(document.items_and("sued")):
            cases = [m for m in mentions if m.type == "Case"]
            courts = [m for m in mentions if m.type == "Court" and self.acts(text, m)
                      and not (cases and self.in_case.ruled_in(text, m, cases, self.shared.evidence_at(item, text, m).end))]
            if not courts:
                continue
            several = not ReferredLitigation.only_suit(told)
            titled = {(key(m), m) for m in mentions if m.end <= len(item.title) and m.type in PARTIES
                      and not self.credited(item.title) and not dateline(item.title, mentions)}
            for court in {key(c): c for c in courts}.values():
                evidence = self.shared.evidence_at(item, text, court)
                # an item of several suits: the one its sentence tells, else the one told last before it
                suit = several and ([f for f in told if f.evidence.start == evidence.start]
                                    or _suit_told_before(told, evidence.start)) or told
                parties = {(key(m), m) for f in suit for m in (f.head, f.tail)
                           if not any(text[max(0, m.start - 4):m.start].endswith(j) for j in self.judges)}
                heard = parties or {(key(m), m) for m in self.disputants(text, mentions, evidence)} \
                    or {(key(m), m) for m in self.defendants(text, mentions, court.start)} \
                    or self.charging(court, {(key(m), m) for m in (*self.sides(text, mentions),
                                                                   *self.lone.plaintiffs(text, mentions, court.start),
                                                                   *self.filed_with(text, mentions, court))}) \
                    or (item.title, key(court)) not in ruled and self.charging(court, set(elsewhere(index).items())) \
                    or titled
                out += [Fact(court, "adjudicated", party, evidence, 0.55)
                        for _, party in sorted(heard, key=lambda p: p[0]) if party.type in RULED_ON]
        return out

    def credited(self, title: str) -> bool:
        """Whether an item's title is its author's credit, the line naming a column's writer, their
        school or firm and their title after a space (楊智傑／X大學 科技法律研究所 教授: bylines.tsv
        name_title), or a byline, a reporter's role before a name (《X》杂志记者 甲 见习记者 乙:
        inline_byline): it names no side of a suit."""
        words = title.split()
        return len(words) > 1 and (words[-1] in self.credit_titles
                                   or any(word.endswith(self.reporters) for word in words[:-1]))

    def charging(self, court: Mention, parties: set) -> set:
        """The parties a court rules on, less a prosecutor where the court hears appeals (上海市第一中级
        人民法院 hears the appeal of a case 徐汇区人民检察院 brought to 徐汇区人民法院: context.tsv
        appeal_court, prosecutor_word): the prosecutor of first instance is no side before it."""
        if not self.appeal.search(court.text):
            return parties
        return {(name, m) for name, m in parties if not (m.type == "Regulator" and self.prosecutor.search(m.text))}

    def story_parties(self, document: Document) -> Callable[[int], dict[str, Mention]]:
        """For the item of a number, the sides of the one suit the other parts of its story tell (Item.continues:
        an article cut at its sub-heads, the court ruling under one, the parties told under another):
        their sued facts' parties, else the names after a role word (原告A, 被告人B) and the plaintiffs
        of a suit told without its defendant's name; nothing where the story tells several suits.  The items
        are read at the first question, an item's others only when it is asked (Hearings.facts asks for the
        items whose court acts with no sides of its own: each item merging the others of a story of thousands
        of parts, one long line, grew with the square of the story)."""
        read = cache(lambda: self._story_readings(document))

        def parties(number: int) -> dict[str, Mention]:
            items, own, tails, ruled, story, members, story_cases = read()
            if story_cases[story[number]] > 1:  # a story of several cases (a newsletter's cards): none
                return {}  # (decided before its other items are read: a long item is many parts)
            others = [other for other in members[story[number]] if other != number]
            merged_parties = {name: m for other in others for name, m in own[other].items()}
            if any(items[other][3] for other in others):  # ReferredLitigation.only_suit of the others' sued facts
                merged: dict[int, set[str]] = {}
                for other in others:
                    for start, defendants in tails[other].items():
                        merged.setdefault(start, set()).update(defendants)
                one = len({frozenset(d) for d in merged.values()}) == 1 and any(ruled[other] for other in others)
            else:
                one = bool(merged_parties)
            return merged_parties if one else {}
        return parties

    def _story_readings(self, document: Document) -> tuple:
        """story_parties' readings of each item: the items, each one's own sides, suits' defendants by
        sentence, whether a suit has a side a court rules on, its story's number, each story's items and
        how many cases each story names."""
        items = list(document.items_and("sued"))
        # what the sued facts of a title give, read once per title (the parts of a long item share its
        # title and its list of facts, read again for each part a document grows quadratic)
        of_told: dict[int, tuple[dict[str, Mention], dict[int, set[str]], bool]] = {}
        for *_, told in items:
            if id(told) not in of_told:
                sides = {key(m): m for f in told for m in (f.head, f.tail)}
                of_told[id(told)] = ({name: m for name, m in sides.items() if m.type in RULED_ON},
                                     _tails_by_sentence(told),
                                     any(m.type in RULED_ON for f in told for m in (f.head, f.tail)))
        own = []
        for item, text, mentions, told in items:
            own.append(of_told[id(told)][0] if told else {name: m for name, m in {key(m): m for m in (
                *self.sides(text, mentions), *self.lone.plaintiffs(text, mentions, len(text)),
                *accused_people(text, [m for m in mentions if m.type == "Person"], self.accused))}.items()
                if m.type in RULED_ON})
        # each item's cases, suits' defendants by sentence and whether a suit has a side a court rules
        # on, read once (not again for each other item of its story: one long line is many items)
        cases = [{key(m) for m in mentions if m.type == "Case"} for _, _, mentions, _ in items]
        tails = [of_told[id(told)][1] for *_, told in items]
        ruled = [of_told[id(told)][2] for *_, told in items]
        stories = story_numbers([item for item, *_ in items])
        story = [stories[item.document, item.title] for item, *_ in items]  # each item's story's number
        members: dict[int, list[int]] = {}  # each story's items (a list per story: linear in a long document)
        for number, told_in in enumerate(story):
            members.setdefault(told_in, []).append(number)
        # the cases each story names (its items' together: the same for each of its items), counted once
        story_cases = {told_in: len(set().union(*(cases[number] for number in numbers))) for told_in, numbers in members.items()}
        return items, own, tails, ruled, story, members, story_cases

    def disputants(self, text: str, mentions: list[Mention], evidence) -> list[Mention]:
        """The two sides a case of the court's sentence is named by (上诉人A与上诉人B因侵害外观设计专利权纠纷
        一案，X法院作出民事判决; X法院审结了A与B…纠纷一案): the names joined by 与 in the clause before a
        word of a dispute's case (context.tsv dispute_case), a role word before each (plaintiff_role,
        defendant_role) and 因与 aside; none where fewer than two are named."""
        end = evidence.start + len(evidence.sentence)
        for case in self.dispute.finditer(text, evidence.start, end):
            opening = self.grammar.clause_start(text, evidence.start, case.start())
            named = [m for m in mentions if opening <= m.start and m.end <= case.start() and m.type in PARTIES]
            sides: list[Mention] = []
            for mention in named:
                gap = self.side_role.sub("", text[sides[-1].end if sides else opening:mention.start].strip()).strip()
                if sides and gap.removeprefix("因").strip() not in ("与", "和", "與"):
                    break
                if not sides:
                    opening_words = self.side_role.sub("", gap).strip()
                    if CLAUSE_BREAK.search(opening_words) or len(opening_words) > 12:
                        continue
                sides.append(mention)
            if len(sides) >= 2 and not any(m.start >= sides[-1].end for m in named if m not in sides):
                return sides
        return []

    def defendants(self, text: str, mentions: list[Mention], before: int) -> list[Mention]:
        """The names right after a suing verb before ``before`` (起诉小红书及相关运营主体): the
        defendants of a suit the item tells without its plaintiffs' names."""
        found = []
        for verb in self.suing.finditer(text, 0, before):
            after = [m for m in mentions if m.start >= verb.end()]
            group = self.grammar.group(text, after, SIGNATURES["sued"][1], from_right=False,
                                       stop=self.grammar.clause_end(text, verb.end(), before))
            found += group if group and group[0].start == verb.end() else []
        for marker in self.markers.finditer(text, 0, before):
            # 向Anthropic发起侵权诉讼, 将A等5被告起诉到法院: the names right after the marker, before the word of suing
            if any(m.start <= marker.start() < m.end for m in mentions):
                continue
            closing = self.grammar.clause_end(text, marker.end(), before)
            cue = next((c for c in self.shared.find_cues(text, marker.end(), closing, mentions) if c.relation == "sued"), None)
            if cue is None:
                continue
            after = [m for m in mentions if marker.end() <= m.start and m.end <= cue.start]
            group = self.grammar.group(text, after, SIGNATURES["sued"][1], from_right=False, stop=cue.start)
            # (将“Trik AI”的运营公司诉至法院: the name owns the unnamed defendant, it is none)
            gap = text[marker.end():group[0].start] if group else ""
            if group and (len(gap) <= 1 or self.descriptions.describes(gap) or self.operator.match(gap)) \
                    and not any(m.type == "Court" for m in group) \
                    and not text[group[-1].end:cue.start].lstrip("”」’》）) ").startswith("的"):
                found += group
        return found

    def sued_in_passive(self, text: str, mentions: list[Mention], before: int) -> list[Mention]:
        """The names a suing verb's passive follows right after, its agent unnamed (A和B被一群作家起诉;
        not A被B起诉, whose plaintiff the cue family reads, nor A被法院驳回起诉, A遭法院裁定撤回起诉: a court's
        act between, on A's own suit), before ``before``."""
        found: list[Mention] = []
        for mention in mentions:
            if mention.end > before or mention.type not in SIGNATURES["sued"][1]:
                continue
            passive = self.sued_passive.match(text, mention.end)
            if passive is None or passive.end() > before or self.cues.search(passive.group()) \
                    or any(passive.start() <= m.start < passive.end() for m in mentions):
                continue
            group = self.grammar.group(text, [m for m in mentions if m.end <= mention.end], SIGNATURES["sued"][1],
                                       from_right=True)
            found += [m for m in group if m not in found]
        return found

    def filed_with(self, text: str, mentions: list[Mention], court: Mention) -> list[Mention]:
        """The defendants of a suit told after ``court`` without its plaintiffs' names whose sentence
        files it with that court (…将A等5被告起诉到X法院): the suit the court hears, told after its hearing.
        The sentence is the shared splitter's (kg.sentences)."""
        spans = self.shared.sentences.spans(text)

        def filed_here(defendant: Mention) -> bool:
            closing = next((end for start, end in spans if start <= defendant.start < end), len(text))
            return any(m.type == "Court" and key(m) == key(court) and defendant.end <= m.start < closing for m in mentions)
        return [m for m in self.defendants(text, mentions, len(text)) if m.start > court.end and filed_here(m)]

    def sides(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The names the item gives right after a role word (原告A…；被告B将…；被告C称…): the sides of
        the suit it tells without a filing of named parties."""
        plaintiff_types, defendant_types = SIGNATURES["sued"]
        return [*self.labelled.labelled(self.labelled.plaintiff, text, 0, len(text), mentions, plaintiff_types),
                *self.labelled.labelled(self.labelled.defendant, text, 0, len(text), mentions, defendant_types)]


class LonePlaintiffs:
    """The plaintiffs of a suit the item tells without naming its defendant (林芳将该公司诉至法院;
    萧山区检察院对一起AI换脸案提起民事公益诉讼; 星辰科技起诉了一家图像公司): the names the suing
    clause opens with, else those the sentence opens with, where no name stands between them and
    the cue nor after it in its clause, the act neither denied nor only weighed (context.tsv
    negation, act_intention) nor told in the passive (被/遭…起诉: context.tsv passive).  Read by
    Hearings: a court ruling on such a suit rules on its plaintiff."""

    def __init__(self, shared: Shared) -> None:
        self.shared, self.grammar = shared, shared.grammar
        words = shared.words
        self.unmade = (*words["negation"], *words["act_intention"], *words["passive"])
        self.speech, self.goes_on = tuple(words["speech_verb"]), tuple(words["subject_goes_on"])
        self.documents = tuple(w[-1] for w in words["complaint_word"] if not w.isascii())  # 起诉书, 诉状: 书, 状
        # 将起诉侵权者, 将向法院起诉: a suit still to come (将该公司诉至法院: 将 marks the defendant)
        self.ahead = re.compile(rf"(?:{alternatives(words['hearing_ahead'])})(?:[向对在于]|$)")

    def plaintiffs(self, text: str, mentions: list[Mention], before: int) -> list[Mention]:
        """The plaintiffs of the item's suits told before ``before`` without a named defendant."""
        found, defendant_types = [], SIGNATURES["sued"][1]
        for cue in self.shared.find_cues(text, 0, before, mentions):
            if cue.relation != "sued" or text.startswith(self.documents, cue.end):
                continue  # 南都获取的一份起诉状: the complaint, no suit its reader brought
            opening = max(text.rfind(mark, 0, cue.start) for mark in "。！？；\n") + 1
            clause_start = self.grammar.clause_start(text, opening, cue.start)
            clause_end = self.grammar.clause_end(text, cue.end, len(text))
            if any(cue.end <= m.start < clause_end and m.type in defendant_types for m in mentions) \
                    or any(word in text[clause_start:cue.end] for word in self.unmade) \
                    or self.ahead.search(text[clause_start:cue.start]):
                continue  # a named defendant (the cue family's), or an act not done
            before = [m for m in mentions if opening <= m.start and m.end <= cue.start and not self.grammar.located(text, m)]
            subject = self.subject(text, before, clause_start) or self.said(text, self.subject(text, before, opening),
                                                                            clause_start)
            if subject and not any(subject[-1].end <= m.start < cue.start and m.type in PARTIES and m not in subject
                                   for m in mentions):
                found += subject
        return found

    def said(self, text: str, subject: list[Mention], clause_start: int) -> list[Mention]:
        """The sentence's subject, unless it only says what the suing clause tells (X表示，过去只能以…追诉):
        after a word of saying the subject goes on acting only where the clause opens with a word
        telling so (林芳认为…，于是将该公司诉至法院: context.tsv speech_verb, subject_goes_on)."""
        if subject and text.startswith(self.speech, subject[-1].end) and not text.startswith(self.goes_on, clause_start):
            return []
        return subject

    def subject(self, text: str, before: list[Mention], start: int) -> list[Mention]:
        """The names a clause or sentence starting at ``start`` opens with (a time before them
        aside: 今年6月，X…)."""
        first = next((m for m in before if m.start >= start), None)
        if first is None or first.type not in SIGNATURES["sued"][0] or not _OPENING.fullmatch(text, start, first.start):
            return []
        group = self.grammar.group(text, [m for m in before if m.start >= first.start], SIGNATURES["sued"][0],
                                   from_right=False, stop=self.grammar.clause_end(text, first.end, len(text)))
        return group if group and group[0] is first else []


class ReferredLitigation(DocumentFamily):
    """Acts of the item's suit told without its names: 该法院判决, 法官Y裁定, 法院批准了和解
    (the court of the item's one suit, named last before it, adjudicates the suit's
    parties, or of the item's only suit where the item tells it only after; a sentence
    about another case, 另一起…案件, or naming other parties than the suit's is left out);
    该案被移送至X法院 (X hears the suit)."""
    detail = "referred"
    finer = ("transfer",)  # 该案被移送至X法院: the court the suit moved to

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.adjudicating = tuple(c for c in self.kb.triggers["adjudicated"] if not c.isascii())
        self.court_acts = alternation(w for w in (*self.adjudicating, *words["court_act"]) if not w.isascii())
        self.court_references = alternation(w for w in (*words["court_reference"], *words["judge"]) if not w.isascii())
        self.other_case = alternation(w for w in words["other_case"] if not w.isascii())
        self.transfer = alternation(w for w in words["transfer"] if not w.isascii())
        self.higher = tuple(words["higher_court"])
        self.judges = tuple(words["judge"])
        self.pleas = shared.grammar.pleas
        self.court_line = card_line(words["court_field"])
        self.unmade = unmade_ruling(words)

    CARRY = 3  # items a card's court line reaches (1. 法院：X / 2. 起诉时间：… / 3. 要点：… / 4. 进展：…)

    def facts(self, document: Document) -> list[Fact]:
        out, carried, since = [], [], 0
        for item, text, mentions, sued in document.items_and("sued"):
            courts = [m for m in mentions if m.type == "Court"]
            if courts:
                # a card whose numbered lines are items of their own: its court line's court is the card's
                carried, since = card_courts(self.court_line, text, courts) or card_courts(
                    self.court_line, item.title, courts), 0
            else:
                since += 1
            if sued:
                out += self.court_referred(item, text, mentions, sued,
                                           carried if not courts and since <= self.CARRY else [])
        return out

    def court_referred(self, item, text: str, mentions: list[Mention], sued: list[Fact],
                       carried: list[Mention] = ()) -> list[Fact]:
        """The court of the suit told last before a sentence, acting in it without being
        named (该法院判决, 法官Y裁定): adjudicated by the court named last before the
        sentence since that suit was first told (where it was filed or moved to), for each
        of the suit's parties."""
        courts = sorted((m for m in mentions if m.type == "Court"), key=lambda m: m.start)
        lower = [c for c in courts if not any(word in c.text for word in self.higher)]
        named = [m for m in mentions if m.type in PARTIES]
        sued = [f for f in sued if text[f.evidence.start:f.evidence.end] == f.evidence.sentence]  # not another item's of its title
        out, only = [], None  # (the item's one suit, told once, not once per sentence)
        for start, end, date in self.shared.dated_sentences(item, text):
            parties, told = self.suit_before(sued, start)
            if not parties:  # a story opening with the ruling (在A v. B一案中，法官Y裁定…): the item's one suit
                only = self.only_suit(sued) if only is None else only
                parties, told = dict(only), 0
            if not parties or _tells_another(sued, parties, start, end):
                continue
            sentence = text[start:end]
            inside = [m for m in courts if start <= m.start < end]
            moved = self.moved_to(sentence, start, inside)
            if moved is not None:
                court, rule = moved, "transfer"
            else:
                # the court since the suit was first told, or the one its card names (受理机构：X over 当事人：…)
                card = card_courts(self.court_line, text, lower)
                court = self.acting_court(sentence, start, inside, [c for c in lower if c.start >= told or c in card],
                                          named, parties, carried)
                rule = "referred"
            if court is None:
                continue
            evidence = sentence_evidence(item, text, start, end, date)
            out += [Fact(court, "adjudicated", party, evidence, 0.55, f"{self.module}/{rule}")
                    for _, party in sorted(parties.items())]
        return out

    @staticmethod
    def suit_before(sued: list[Fact], start: int) -> tuple[dict[str, Mention], int]:
        """The parties of the suit told last before ``start`` (the sued facts of its last
        sentence before it, with every plaintiff and defendant they pair) and where that
        suit is first told; ({}, 0) where none is."""
        last = _told_last(sued, start)
        if not last:
            return {}, 0
        pairs = {(key(f.head), key(f.tail)) for f in last}
        facts = [f for f in sued if f.evidence.start < start and (key(f.head), key(f.tail)) in pairs]
        parties = {key(m): m for f in facts for m in (f.head, f.tail) if m.type in RULED_ON}
        return parties, min(f.evidence.start for f in facts)

    @staticmethod
    def only_suit(sued: list[Fact]) -> dict[str, Mention]:
        """The parties of the one suit an item tells (its sued facts all against the same
        defendants); {} where it tells several."""
        if len({frozenset(tails) for tails in _tails_by_sentence(sued).values()}) != 1:
            return {}
        return {key(m): m for f in sued for m in (f.head, f.tail) if m.type in RULED_ON}

    def moved_to(self, sentence: str, start: int, inside: list[Mention]) -> Mention | None:
        """The court a sentence moves the suit to (该案被移送至X法院): the first court named
        right after a transfer word."""
        for found in self.transfer.finditer(sentence):
            after = [c for c in inside if 0 <= c.start - start - found.end() <= 2]
            if after:
                return after[0]
        return None

    def acting_court(self, sentence: str, start: int, inside: list[Mention], lower: list[Mention],
                     named: list[Mention], parties: dict, carried=()) -> Mention | None:
        """The suit's court where a sentence has it act without naming it (该法院判决, 法官Y
        裁定, 法院批准了该和解): a reference to a court or a judge outside any name, then a
        court's act in the same clause; None for a sentence naming a court of first
        instance, about another case, naming parties of another suit only, or asking the
        court for something (请求法院判令)."""
        if any(c in lower for c in inside) or self.other_case.search(sentence):
            return None
        spans = [(m.start - start, m.end - start) for m in inside]
        reference = next((r for r in self.court_references.finditer(sentence)
                          if not any(a <= r.start() < b for a, b in spans)), None)
        if reference is None or sentence[:reference.start()].endswith(self.pleas):
            return None  # 请求法院判令…: what a party asks the court for
        clause = re.split("[，,；;：:]", sentence[reference.end():], maxsplit=1)[0]
        act = self.court_acts.search(clause)
        if act is None or self.unmade.search(clause, 0, act.start()):
            return None
        others = [m for m in named if start <= m.start < start + len(sentence)
                  and key(m) not in parties and not titled_judge(sentence, m.start - start, m.end - start, self.judges)]
        if others and not any(start <= m.start < start + len(sentence) and key(m) in parties for m in named):
            return None
        before = [c for c in lower if c.end <= start]
        return before[-1] if before else (carried[-1] if carried else None)


BYLINE_NAMES = frozenset({"credit", "people/byline"})  # name families of a text's reporters, no party of what it tells


class Settlements(DocumentFamily):
    """Settlements of the item's suits told apart from a settling cue's own sentence
    pattern: 双方达成和解, or a settlement naming one side (Anthropic agreed to settle…),
    settles the item's one suit; a settlement a sentence telling a suit adds (A, B and C sued
    X in 2024, and X agreed to pay… to resolve claims; a settlement in A v. X) settles that
    suit, with the co-plaintiffs the item names; so does a court approving a settlement
    (Judge Y approved a class settlement; 法院批准了该和解) in an item of one suit.  A settlement
    its clause sets apart (authors who stayed out of the settlement; the filing follows a
    settlement) settles nothing.  Words from data/lexicon/context.tsv: settlement,
    settlement_apart, both_parties, negation, judge, court_reference, court_actor,
    settlement_approval, settled_with; the settled and sued cues of triggers.tsv.  A settlement
    naming one side of no suit told before takes the one suit of the item, or of the document,
    with that side (suit_of_side).  A suit told with a place as its plaintiff settles nothing
    (a state settles through its office, named as such; a city sued may settle)."""
    detail = "settlement"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.both_parties = alternation(words["both_parties"], re.IGNORECASE, latin_whole=True)
        self.settlement = alternation([*self.kb.triggers["settled"], *words["settlement"]], re.IGNORECASE, latin_whole=True)
        self.filing = alternation(self.kb.triggers["sued"], re.IGNORECASE, latin_whole=True)
        self.negation = alternation(words["negation"], re.IGNORECASE, latin_whole=True)
        self.settled_with = re.compile(rf"(?:{alternatives(words['settled_with'])})\s*$", re.IGNORECASE)
        self.judges = tuple(words["judge"])
        self.courts = alternation((*words["court_reference"], *words["court_actor"]), re.IGNORECASE, latin_whole=True)
        self.approval, self.apart = latin_words(words, "settlement_approval", "settlement_apart")
        # the settlement told before, referred back to (The settlement follows a 2024 lawsuit in which A, B and C…)
        self.reference = re.compile(rf"(?:^|[\s，,])(?:{alternatives(words['settlement_reference'])})\s*$", re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        settled = document.indexed(document.facts, "settled")
        told = [fact for fact in document.facts if fact.relation == "sued"]  # the suits the document tells
        sides = _sides_of(told)
        # a place told suing (families in Colorado and Texas sued…; Texas v. Meta) settles with no one: a state's
        # suit is its attorney general's, named as such (a city sued may settle: Williams settled with Detroit)
        return [fact for item, text, mentions, sued in document.items_and("sued") if told
                for fact in self.settled(item, text, mentions, sued, settled.get(item.title, []), told, sides)
                if fact.head.type != "Jurisdiction"]

    def settled(self, item, text: str, mentions: list[Mention], sued: list[Fact], told_settled: list[Fact] = (),
                told_suits: list[Fact] = (), told_sides: dict[str, list[int]] | None = None) -> list[Fact]:
        """Settlements of the item's suits: of the suit a sentence tells itself (A, B and C
        sued X in 2024, and X agreed to pay… to resolve claims; a settlement in A v. X),
        with its co-plaintiffs; else of the item's one suit, or of the suit told last before
        where the item tells several, where the sentence names a side of it and no other
        party or agency, names both (双方达成和解; Anthropic agreed to settle; the parties
        announced a settlement) or has a court approve it."""
        one_suit = None  # (read at the first sentence asking: a long item's parts share its title's facts)
        out = []
        for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
            sentence = text[start:end]
            cue = self.settlement.search(sentence)
            if cue is None or self.negation.search(sentence, max(0, cue.start() - 12), cue.start()) \
                    or self.set_apart(sentence, cue) or sought(sentence, cue.start()):
                continue  # …have not settled with Suno; 双方尚未和解; authors who opted out of the settlement; want a settlement
            evidence = sentence_evidence(item, text, start, end, date)
            told = [f for f in sued if f.evidence.start == start]
            if told:
                if self.refers_back(sentence, start, cue, told_settled):
                    continue  # the settlement told before (A settled with X. The settlement follows a suit by A, B and C)
                if self.settles_told(sentence, start, cue, inside, told):
                    out += [Fact(f.head, "settled", f.tail, evidence, 0.6) for f in self.with_partners(told, sued)]
                continue
            if one_suit is None:
                tails_of: dict[str, set[str]] = {}
                for fact in sued:
                    tails_of.setdefault(key(fact.head), set()).add(key(fact.tail))
                one_suit = len({frozenset(tails) for tails in tails_of.values()}) == 1  # else 双方 names the last one told
            suit = sued if one_suit else _suit_told_before(sued, start)
            inside = [m for m in inside if (m.type in PARTIES or m.type == "Regulator") and m.mechanism not in BYLINE_NAMES]
            suit = self.suit_of_side(suit, inside, sued, told_suits, sentence, start, text, told_sides)
            sides = {key(m) for f in suit for m in (f.head, f.tail)}
            # a clause telling the sides settle (双方达成和解，被告同意今后不使用卡林的形象): only a name
            # in that clause makes it another's settlement
            opening = max((mark.end() for mark in CLAUSE_MARK.finditer(sentence, 0, cue.start())), default=0)
            closing = next((mark.start() for mark in CLAUSE_MARK.finditer(sentence, cue.end())), len(sentence))
            if not (self.both_parties.search(sentence, opening, closing)
                    or any(key(m) in sides for m in inside if opening <= m.start - start < closing)):
                opening, closing = 0, len(sentence)
            if not suit or any(key(m) not in sides and not titled_judge(sentence, m.start - start, m.end - start, self.judges)
                               for m in inside if opening <= m.start - start < closing or m.type == "Regulator"):
                continue  # 华纳音乐已与另一家公司 Udio 和解; 与NHTSA达成和解: a settlement with someone else
            named = {key(m) for m in inside} & sides
            if not named and any(f.evidence.start < start and {key(f.head), key(f.tail)} <= sides for f in told_settled):
                continue  # A与B达成和解。根据双方的联合声明，此次和解…: the two sides of the suit's settlement told before
            # 双方达成和解; Anthropic agreed to settle; Judge Y approved a class settlement
            if named or self.both_parties.search(sentence) or self.approved(sentence, start, cue, mentions):
                plaintiffs = named & {key(f.head) for f in suit}  # Warner settles with Suno: not the other labels
                defendants = named & {key(f.tail) for f in suit}  # UMG settles with Udio: not with Suno it sued too
                pairs = {(key(f.head), key(f.tail)): f for f in suit}
                out += [Fact(f.head, "settled", f.tail, evidence, 0.6) for f in pairs.values()
                        if (not plaintiffs or key(f.head) in plaintiffs) and (not defendants or key(f.tail) in defendants)]
        return out

    def suit_of_side(self, suit: list[Fact], inside: list[Mention], sued: list[Fact], told_suits: list[Fact],
                     sentence: str = "", start: int = 0, text: str = "",
                     told_sides: dict[str, list[int]] | None = None) -> list[Fact]:
        """The suit a settlement naming one side settles: the suit chosen by place (the item's
        one, or the one told before) where it has a side the sentence names; else the one suit
        of the item, or else of the document, that has such a side (Anthropic agreed to pay
        $1.5 billion to settle… with the suit's plaintiffs told in a later sentence or item).
        Where the named side is a party of suits told apart with no party in common on the
        other side (sued by authors, and by music publishers), no suit: which one is unknown.
        Nor where its first name is the partner settled with (華納與 Udio 達成和解, an
        unnamed party settling with one side: settled_with of context.tsv)."""
        named = {key(m) for m in inside}
        if not named or any(key(m) in named for f in suit for m in (f.head, f.tail)) \
                or self.settled_with.search(sentence[:min(m.start for m in inside) - start]):
            return suit
        for facts, sides in ((sued, None), (told_suits, told_sides)):
            found = _one_suit_of(named, facts, sides)
            if found is not None:
                return found if self.one_side_named(found, inside, text) else suit
        return suit

    def one_side_named(self, suit: list[Fact], inside: list[Mention], text: str) -> bool:
        """Whether the names of the suit's parties a sentence gives are one list (Google and
        Character.AI settled…), not parties told apart, each with an act of its own (Meta
        faced protests, and Anthropic agreed to pay a settlement…: another suit's settlement)."""
        sides = {key(m) for f in suit for m in (f.head, f.tail)}
        named = list({(m.start, m.end): m for m in inside if key(m) in sides}.values())
        if len(named) < 2:
            return True
        group = self.shared.grammar.group(text, sorted(named, key=lambda m: m.start), set(PARTIES) | {"Regulator"}, False)
        return len(group) == len(named)

    def refers_back(self, sentence: str, start: int, cue: re.Match, told_settled: list[Fact]) -> bool:
        """Whether the settlement cue refers back to a settlement an earlier sentence of the item
        told with its sides (UMG reached a settlement with Udio. The settlement follows a 2024
        lawsuit in which UMG, Sony and Warner accused Udio…): the suit the sentence tells is
        settled by those sides alone, no co-plaintiff of theirs."""
        return any(f.evidence.start < start for f in told_settled) and \
            self.reference.search(sentence[:cue.start()]) is not None

    def set_apart(self, sentence: str, cue: re.Match) -> bool:
        """Whether the settlement cue's clause sets the settlement apart from the suit the
        sentence tells (writers who stayed out of the settlement sued; the complaint
        follows a settlement reached in another case)."""
        opening = max((mark.end() for mark in CLAUSE_MARK.finditer(sentence, 0, cue.start())), default=0)
        return self.apart.search(sentence, opening, cue.start()) is not None

    def approved(self, sentence: str, start: int, cue: re.Match, mentions: list[Mention]) -> bool:
        """Whether a court, named or referred to (the court, Judge Y, 法院), approves the
        settlement before its word (Judge Y approved a $650 million class settlement;
        法院批准了该和解)."""
        court = next((m.end - start for m in mentions if m.type == "Court" and start <= m.start and m.end - start <= cue.start()),
                     None)
        reference = self.courts.search(sentence, 0, cue.start())
        opening = min(found for found in (court, reference and reference.end()) if found is not None) \
            if court is not None or reference else None
        return opening is not None and self.approval.search(sentence, opening, cue.start()) is not None

    def settles_told(self, sentence: str, start: int, cue: re.Match, inside: list[Mention], told: list[Fact]) -> bool:
        """Whether a settlement cue of a sentence telling suits settles them: no filing after
        it (sued over a settlement), and its clause names a side of them, a case or both
        parties (…, and Anthropic agreed to pay authors… to resolve claims; a settlement in
        A v. X; 起诉Meta，双方已于2025年8月和解), not a settlement of something else
        (sued, seeking to void a 2019 settlement)."""
        filing = self.filing.search(sentence)
        if filing is not None and filing.start() > cue.start():
            return False
        opening = max((mark.end() for mark in CLAUSE_MARK.finditer(sentence, 0, cue.start())), default=0)
        closing = next((mark.start() for mark in CLAUSE_MARK.finditer(sentence, cue.end())), len(sentence))
        sides = {key(m) for f in told for m in (f.head, f.tail)}
        clause = [m for m in inside if opening <= m.start - start < closing]
        return any(m.type == "Case" or key(m) in sides for m in clause) or \
            bool(self.both_parties.search(sentence, opening, closing))

    @staticmethod
    def with_partners(told: list[Fact], sued: list[Fact]) -> list[Fact]:
        """The suits told in a sentence, with the plaintiffs who sue their defendants
        together with theirs in another sentence of the item (a settlement in Bartz v.
        Anthropic: Bartz's co-plaintiffs Graeber and Johnson too)."""
        plaintiffs = {key(f.head) for f in told}
        together: dict[int, set[str]] = {}
        for fact in sued:
            together.setdefault(fact.evidence.start, set()).add(key(fact.head))
        partners = set().union(*(group for group in together.values() if group & plaintiffs))
        defendants = {key(f.tail) for f in told}
        return list({(key(f.head), key(f.tail)): f for f in sued
                     if key(f.tail) in defendants and key(f.head) in partners | plaintiffs}.values())


class AgencyOrders(DocumentFamily):
    """An agency's case that ends in an order (a consent order, a proposed or stipulated
    order, 同意令): the order settles it.  Where the item tells the agency's suit (the FTC
    announced action against Evolv…  Under the proposed order, Evolv may not…), the agency
    settled with its defendant; where it does not, a sentence naming the agency and the
    party, with an order settling charges (Rite Aid will be barred… under a proposed order
    settling Federal Trade Commission charges), tells both the suit and its settlement, and
    an order agreed with the party (FTC宣布与该公司就一项拟议同意令达成一致) the settlement
    only.  The sentence of such an item saying where the complaint was filed, naming no
    other party (The complaint and proposed order were filed in the U.S. District Court for
    the Eastern District of Pennsylvania), tells the agency's suit too: its court.  An order
    a party agrees to, naming no agency (X agreed to a cease-and-desist order without
    admitting or denying the findings), settles with the agency that charged,
    investigated or fined it in the item, else with the item's one agency; so does a
    settlement with an agency naming no party (两家公司…与 SEC 达成和解).  Words from data/lexicon/context.tsv:
    agency_order, consenting, order_word, order_settling, complaint_word, filing_word, demand, unit_of,
    settlement, negation; the settled cues of triggers.tsv."""
    detail = "agency"
    REACH = window("litigation.AgencyOrders.REACH")  # characters from the consent to its order (agreed to a cease-and-desist order)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.orders, self.consenting = latin_words(words, "agency_order", "consenting")
        self.settlement = alternation([*self.kb.triggers["settled"], *words["settlement"]], re.IGNORECASE, latin_whole=True)
        self.order_words = alternation(words["order_word"], re.IGNORECASE, latin_whole=True)
        self.acts = ("accused", "investigated", "fined")
        self.settling, self.complaint, self.filing, self.negation = latin_words(
            words, "order_settling", "complaint_word", "filing_word", "negation")
        self.judges = tuple(words["judge"])
        self.demand = alternation(w for w in words["demand"] if not w.isascii())
        self.units = tuple(words["unit_of"])

    def facts(self, document: Document) -> list[Fact]:
        acts = {relation: document.indexed(document.facts, relation) for relation in self.acts}
        out = []
        for item, text, mentions, told in document.items_and("sued"):
            by_agency = [f for f in told if f.head.type == "Regulator"]
            # what an agency did to a party in the item (charged, investigated, fined): whom an order settles with
            acting = [f for relation in self.acts for f in acts[relation].get(item.title, []) if f.head.type == "Regulator"]
            agencies = [m for m in mentions if m.type == "Regulator"]
            found, filings = [], []
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                evidence = sentence_evidence(item, text, start, end, date)
                if self.filed_in_court(text, start, end, inside):
                    filings.append(evidence)
                found += self.ordered(text, start, end, inside, evidence, by_agency, acting, agencies)
            sued = {(key(f.head), key(f.tail)): f for f in by_agency + [f for f in found if f.relation == "sued"]}
            out += found + [Fact(f.head, "sued", f.tail, evidence, 0.6) for f in sued.values() for evidence in filings]
        return out

    def ordered(self, text: str, start: int, end: int, inside: list[Mention], evidence: Evidence,
                by_agency: list[Fact], acting: list[Fact], item_agencies: list[Mention]) -> list[Fact]:
        """The settlements (and suits) an order told in one sentence makes: a consent,
        proposed or stipulated order, or any order a party agrees to (agreed to a
        cease-and-desist order without admitting or denying the findings)."""
        agencies = [m for m in inside if m.type == "Regulator"]
        if agencies:  # 与NHTSA达成同意令: an order with the agency the sentence names, not the item's other one's suit
            by_agency = [f for f in by_agency if key(f.head) in {key(m) for m in agencies}]
        order = self.orders.search(text, start, end)
        if order is None:  # an order in the clause of the consent, right after it
            consent = self.consenting.search(text, start, end)
            clause = consent and next((mark.start() for mark in CLAUSE_MARK.finditer(text, consent.end(), end)), end)
            order = consent and self.order_words.search(text, consent.end(), min(clause, consent.end() + self.REACH))
        if order is None and not (agencies and not by_agency):
            return []  # no order, and no settlement with an agency alone (below): the parties need not be read
        sentence = text[start:end]
        parties = [m for m in inside if m.type in PARTIES
                   and not titled_judge(sentence, m.start - start, m.end - start, self.judges)]
        parties = self.sides(text, end, order, parties)
        if order is None and agencies and not parties and not by_agency:
            # 两家公司…与 SEC 达成和解: a settlement with an agency, its other side those it charged in the item (or
            # fined), not those it only investigated (a person the police arrested, who then sued it: a settlement
            # of the person's suit, told with the agency alone)
            settlement = self.settlement.search(text, start, end)
            if settlement and not self.negation.search(text, max(start, settlement.start() - 8), settlement.start()):
                named = {key(m) for m in agencies}
                return [Fact(f.head, "settled", f.tail, evidence, 0.55) for f in acting
                        if key(f.head) in named and f.relation != "investigated"]
        if order is None or self.negation.search(text, max(start, order.start() - 20), order.start()):
            return []  # …did not agree to a consent order: none
        if by_agency:
            named = {key(m) for m in parties}
            return [Fact(f.head, "settled", f.tail, evidence, 0.6) for f in by_agency if not named or key(f.tail) in named]
        if parties and not agencies:  # the agency that acted against the party in the item, else its one agency
            named = {key(m) for m in parties}
            acted = [(f.head, f.tail) for f in acting if key(f.tail) in named]
            if not acted and len({key(m) for m in item_agencies}) == 1:
                acted = [(item_agencies[0], party) for party in parties]
            return [Fact(agency, "settled", party, evidence, 0.55) for agency, party in acted]
        if not (agencies and parties):
            return []
        agency = agencies[0]
        relations = ("sued", "settled") if self.settling.search(text, order.end(), end) else ("settled",)
        return [Fact(agency, relation, party, evidence, confidence(agency, party, 0.6))
                for party in parties for relation in relations if key(party) != key(agency)]

    def sides(self, text: str, end: int, order: re.Match | None, parties: list[Mention]) -> list[Mention]:
        """The parties an order can be agreed with: not an owner named to describe its unit
        (与通用汽车旗下的自动驾驶公司Cruise达成同意令: Cruise), nor a name in what the order
        demands (达成同意令，要求把上述资产出售给是德科技)."""
        demand = order and self.demand.search(text, order.end(), end)
        owners = {id(m) for m in parties if any(
            n.start > m.end and text[m.end:n.start].startswith(self.units) for n in parties)}
        return [m for m in parties if id(m) not in owners and not (demand and m.start >= demand.end())]

    def filed_in_court(self, text: str, start: int, end: int, inside: list[Mention]) -> bool:
        """A sentence saying where a complaint was filed, naming a court and no party."""
        return any(m.type == "Court" for m in inside) and not any(m.type in PARTIES for m in inside) and \
            bool(self.complaint.search(text, start, end)) and bool(self.filing.search(text, start, end))


class Prosecutions(DocumentFamily):
    """A prosecutor charging a defendant the sentence does not name (北卡罗来纳州西区联邦检察官办公室
    提起公诉; X检察官办公室以过失杀人罪起诉被告; the District Attorney's Office charged him): the
    office sued the item's accused person, the one a criminal case's name sets against the
    state (United States v. Tatum, State of Arizona v. Gabriel Horcasitas: its surname written
    in the person's name), else the person the item says was charged before the sentence
    (David Tatum被控制作…), else every person the item writes after a criminal defendant's role
    (公诉机关X人民检察院指控… 判处被告人刘某…、被告人陈某…: sued both).  A prosecutor in a
    sentence that tells the charge in the passive or by its noun reports it (Jane Roe, 41, of
    Dover, was charged with fraud, the Justice Department said; the Attorney General's Office
    announced the indictment): it sued the person the sentence says was charged, else the one
    the item says so before it, else after it.  Words from data/lexicon/context.tsv:
    prosecutor_word, prosecuting_word, charged_marker, charge_noun, state_side, accused_role."""
    detail = "prosecution"
    REACH = window("litigation.Prosecutions.REACH")  # characters from the prosecutor to its charging word (以过失杀人罪起诉被告)
    APPOSITIVE = window("litigation.Prosecutions.APPOSITIVE")  # characters between a charged person and the charge (, 41, of Dover,)

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.prosecutor, self.prosecuting = latin_words(words, "prosecutor_word", "prosecuting_word")
        # David Tatum（戴维·塔特姆）被控…; Jane Roe was charged; Jane Roe, 41, of Dover, has been indicted: the
        # marker right after the name, its gloss or an appositive closed by a comma (charged_person: no one else named inside)
        self.charged = re.compile(rf"(?:[ \t]*[（(][^（）()]{{1,30}}[)）]|(?P<apposition>(?:,|[ \t]+of[ \t])[^.;:!?。；\n]{{0,{self.APPOSITIVE}}}?,))?"
                                  rf"[ \t]*(?:{alternatives(words['charged_marker'])})")
        # …was charged, the Justice Department said; announced the indictment: a charge the sentence reports
        self.reported = re.compile(rf"{alternatives(words['charged_marker'])}|\b(?:{alternatives(words['charge_noun'])})\b")
        # United States v. Tatum, State of Arizona v. Gabriel Horcasitas, People v. Crabill: the state against the accused
        # prosecuted by the Crown Prosecution Service: the prosecutor after its act
        self.passive = re.compile(rf"\b(?:{alternatives(words['prosecuting_word'])})\s+by\s+(?:the\s+)?$", re.IGNORECASE)
        self.state_case = re.compile(rf"^(?:the\s+)?(?:{alternatives(words['state_side'])})(?:\s+of(?:\s+[A-Z][\w-]*){{1,2}})?"
                                     rf"\s+v\.?\s+(?P<accused>.+)$")
        self.accused_role = accused_role(shared)

    def facts(self, document: Document) -> list[Fact]:
        accused_names = [found.group("accused").strip() for _, _, mentions in document.items for m in mentions
                         if m.type == "Case" and (found := self.state_case.match(m.text.strip()))]
        ruled = document.indexed(document.facts, "adjudicated")
        out = []
        for item, text, mentions in document.items:
            people = [m for m in mentions if m.type == "Person"]
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                for prosecutor in (m for m in inside if m.type == "Regulator" and self.prosecutor.search(m.text)):
                    passive = self.passive.search(text[max(start, prosecutor.start - 30):prosecutor.start])
                    act = self.prosecuting.search(text, prosecutor.end, min(end, prosecutor.end + self.REACH))
                    if passive is None and (act is None or re.search(r"[，,。；;]", text[prosecutor.end:act.start()]) or any(
                            prosecutor.end <= m.start < act.end() + 2 and m.type in PARTIES for m in inside)):
                        if not self.reported.search(text, start, end):
                            continue  # another's act, or the defendant named in the sentence (the suit rules read it)
                        accused = self.charged_person(text, start, end, people) or \
                            self.accused(text, start, people, accused_names, ruled.get(item.title, [])) or \
                            self.charged_person(text, end, len(text), people)[:1]
                    else:
                        accused = self.accused(text, start, people, accused_names, ruled.get(item.title, [])) \
                            or accused_people(text, people, self.accused_role)
                    evidence = sentence_evidence(item, text, start, end, date)
                    out += [Fact(prosecutor, "sued", person, evidence, 0.6) for person in accused]
        return out

    def accused(self, text: str, start: int, people: list[Mention], accused_names: list[str],
                ruled: list[Fact]) -> list[Mention]:
        """The item's person a state's case is against, else the one charged before ``start``,
        else the one person a court ruled on before it (Bolton Crown Court sentenced Hugh Nelson)."""
        for name in accused_names:
            surname = name.split()[-1]
            named = [m for m in people if any(surname in form.split() or form.endswith(surname)
                                              for form in (m.text, *m.aliases))]
            if named:
                return named[:1]
        charged = self.charged_person(text, 0, start, people)
        if charged:
            return charged[-1:]
        sentenced = {key(f.tail): f.tail for f in ruled if f.tail.type == "Person" and f.evidence.start < start}
        return list(sentenced.values()) if len(sentenced) == 1 else []

    def charged_person(self, text: str, start: int, end: int, people: list[Mention]) -> list[Mention]:
        """The persons written between ``start`` and ``end`` whose charge follows their name, its
        gloss or an appositive naming no other person (Jane Roe was charged; Jane Roe, 41, of Dover,
        has been indicted), each once, in order."""
        found = {}
        for m in sorted(people, key=lambda m: m.start):
            marker = self.charged.match(text, m.end) if start <= m.start and m.end <= end else None
            if marker is not None and not any(marker.start("apposition") <= other.start < marker.end("apposition")
                                              for other in people):
                found.setdefault(key(m), m)
        return list(found.values())


# 被告人王某、李某（化名）和赵某: what stands between two persons listed after one role
_LISTED_ON = re.compile(rf"\s*(?:[（(][^（）()]{{1,8}}[)）])?\s*{joiner(ENUMERATION_COMMA, *CHINESE_AND)}\s*")


def accused_role(shared: Shared) -> re.Pattern:
    """A criminal defendant's role ending a text (被告人, 犯罪嫌疑人: context.tsv accused_role), made
    once per Extractor for the families of this module."""
    return shared.made_once("accused_role", lambda: re.compile(rf"(?:{alternatives(shared.words['accused_role'])})$"))


def accused_people(text: str, people: list[Mention], role: re.Pattern) -> list[Mention]:
    """The persons an item writes right after a criminal defendant's role (被告人刘某、被告人陈某,
    犯罪嫌疑人王某某), and those listed after such a person (被告人王某、李某（化名）和赵某), each once."""
    found, listed_to = {}, -1
    for m in sorted(people, key=lambda m: m.start):
        if role.search(text, max(0, m.start - 6), m.start) or (listed_to >= 0 and _LISTED_ON.fullmatch(text, listed_to, m.start)):
            found.setdefault(key(m), m)
            listed_to = m.end
        elif m.start >= listed_to:
            listed_to = -1
    return list(found.values())


class CoDefendants(DocumentFamily):
    """The defendants of one criminal case stand together: where an item writes two or more
    persons after a criminal defendant's role (分别判处被告人刘某有期徒刑四年、被告人陈某有期徒刑
    一年六个月), a court that adjudicated one of them adjudicated each, and a prosecutor (or any
    plaintiff) that sued one of them sued each.  Words from data/lexicon/context.tsv: accused_role."""
    detail = "codefendants"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.role = accused_role(shared)

    def facts(self, document: Document) -> list[Fact]:
        out = []
        for relation in ("adjudicated", "sued"):
            told = document.indexed(document.facts, relation)
            for item, text, mentions in document.items:
                accused = accused_people(text, [m for m in mentions if m.type == "Person"], self.role)
                if len(accused) < 2:
                    continue
                names = {key(m) for m in accused}
                facts = told.get(item.title, [])
                had = {(key(f.head), key(f.tail)) for f in facts}
                for fact in facts:
                    if key(fact.tail) not in names:
                        continue
                    out += [replace(fact, tail=m, rule=self.rule) for m in accused
                            if (key(fact.head), key(m)) not in had and key(m) != key(fact.head)]
                    had |= {(key(fact.head), key(m)) for m in accused}
        return out


def _tails_by_sentence(sued: list[Fact]) -> dict[int, set[str]]:
    """The defendants (keys) of the sued facts by the start of the sentence stating them,
    read in one pass (not one pass per sentence: a long sentence of many suits stays linear)."""
    tails: dict[int, set[str]] = {}
    for fact in sued:
        tails.setdefault(fact.evidence.start, set()).add(key(fact.tail))
    return tails
