"""Litigation records: the sued, adjudicated and settled facts and the named cases of a
whole graph grouped into suits, one record per suit.

A report of a filing (纽约时报在纽约南区联邦地区法院起诉微软和OpenAI) is a mention of a
suit; mentions are one suit when their parties overlap, their courts agree and their
filing dates fit, so one suit reported five times is one record, and the same parties in
two courts (a suit withdrawn and filed again elsewhere) are two.  What followed (判决,
驳回起诉, 上诉, 禁令, 和解, verdict, 撤诉: data/lexicon/events.tsv) is an event of the suit
with its date and sentence; the latest event sets the status.  The court is the one a
sentence about the suit names (or 该法院 refers back to); a court only guessed from the
news item or from the court's other rulings is marked ``court_stated=False`` with the reason.

>>> from kg.graph import KnowledgeGraph
>>> from kg.model import Entity, Evidence
>>> graph = KnowledgeGraph()
>>> for entity in (Entity("nyt", "Company", "纽约时报"), Entity("openai", "Company", "OpenAI"),
...                Entity("sdny", "Court", "纽约南区联邦地区法院")):
...     graph.add_entity(entity)
>>> sentence = "2023年12月27日，纽约时报向纽约南区联邦地区法院起诉OpenAI，指控其侵犯版权。"
>>> graph.add_fact("nyt", "sued", "openai", Evidence("a.txt", "t", sentence, 0, 40, "2023-12-27"))
>>> [(s.caption, s.court, s.court_stated, s.filed, s.claims, s.status) for s in suits(graph)]
[('纽约时报 v. OpenAI', 'sdny', True, '2023-12-27', ['copyright'], 'filed')]
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, replace
from datetime import date as Day
from pathlib import Path

from .alternation import alternation, alternatives
from .lookahead import scanning
from .dates import YEAR, citation_year, date_spans, find_dates, relative_rules
from .graph import KnowledgeGraph, all_names, fold
from .kb import DATA_DIR, cue_words, short_acronym, tsv_rows
from .later import later
from .model import Evidence
from .punctuation import LIST_WORDS, NAME_DOTS, NAME_QUOTES, PARTY_SEPARATOR, joiner
from .resolve import family_name
from .sentences import CARD_MARK, CLAUSE_MARK, card_line
from .suit_records import (STATED_COURT_REASON, Event, Suit, claim_names, event_order,  # noqa: F401
                           event_statuses, oldest_first, told_caption)

LEXICON = DATA_DIR / "lexicon"
# A v. B, A vs B, A VS. B, Parker v Forsyth: the link between a case's sides in Latin letters (A 诉 B in Chinese)
LATIN_CASE_LINK = r"(?:v\.|V\.|vs\.?|VS\.?|(?<=\s)[vV](?=\s))"
# 诉 (訴) linking a case's two sides (A诉B案), not inside a word of its own: 起诉, 上诉, 公诉, 申诉, 投诉, 被诉,
# 败诉, 控诉, 告诉, 撤诉 (以撤诉结案), 反诉, 抗诉; 诉讼, 诉求, 诉状, 诉称, 诉请, 诉至 (kg.unnamed reads a story's suits by it too; not 胜诉,
# whose 胜 ends many a person's name: 李胜诉王某案)
SIDES_LINK = r"(?<![起上公申投被败敗控告撤反抗])[诉訴](?![讼訟求状狀称稱请請至])"
CASE_LINK = rf"(?:{SIDES_LINK}|{LATIN_CASE_LINK})"  # A诉B, A 訴 B, A v. B: the one link of a case's sides
# 纽约时报诉微软和OpenAI案, Getty Images v. Stability AI: a case's name as its two sides
CASE_PARTIES = later(rf"^(?P<plaintiffs>.+?)\s*{CASE_LINK}\s*(?P<defendants>.+?)\s*(?:一案|案件|案)?$")
CASE_SEPARATOR = later(rf"\s(?:v|vs|V|VS)\.?\s|{SIDES_LINK}")  # A v. B, A诉B案: the sides of a case name
TRAILING_LATIN = later(r"[A-Za-z][A-Za-z0-9.&' -]*$")
_SPACES = later(r"\s*")
FIT_DAYS = 3  # two reports of one filing may differ by a time zone or a slow wire
SUIT_LINKS = ("plaintiff", "defendant", "court")  # edges of a named Case in the graph, apart from the 16 relations


#: The reason of a court named in another item of a document telling the suit alone (CourtNames.in_documents).
DOCUMENT_COURT_REASON = "inferred: the only court named in its documents, which tell this suit alone"


_READING = threading.local()  # the graph suits() reads and what was read of its parties (_read_once)


def _read_once(reader: Callable) -> Callable:
    """``reader(graph, party)`` kept per party while ``suits`` reads one graph (which it does not
    change): the rows' steps ask the same party's names and keys again for each row and side;
    outside a ``suits`` call (or for another graph) read as before."""
    @functools.wraps(reader)
    def read(graph: KnowledgeGraph, party):
        reading = getattr(_READING, "kept", None)  # (_kept, inline: asked some 80,000 times a table)
        if reading is None or reading[0] is not graph:
            return reader(graph, party)
        kept, key = reading[1], (reader, party)
        try:
            return kept[key]
        except KeyError:
            kept[key] = found = reader(graph, party)
            return found
    return read


def _kept(graph: KnowledgeGraph) -> dict | None:
    """What the ``suits`` call reading ``graph`` keeps of its readings (_reading); None outside
    one (or while it reads another graph)."""
    kept = getattr(_READING, "kept", None)
    return kept[1] if kept is not None and kept[0] is graph else None


def _everyone(graph: KnowledgeGraph) -> NameFinder:
    """A NameFinder of every entity of the graph: one per ``suits`` call (_reading), else a new one."""
    kept = _kept(graph)
    if kept is None:
        return NameFinder(graph, (node for node, _ in graph.entities()))
    if "everyone" not in kept:
        kept["everyone"] = NameFinder(graph, (node for node, _ in graph.entities()))
    return kept["everyone"]


def _finder_of(graph: KnowledgeGraph, nodes: Iterable[str]) -> Callable[[str], set[str]]:
    """``NameFinder(graph, nodes)``; while ``suits`` reads the graph, the finder of every entity
    (_everyone: each sentence walked once, not once per row naming it) cut to ``nodes``: what a
    NameFinder finds of a node hangs on that node's own labels only, so the same sets."""
    if _kept(graph) is None:
        return NameFinder(graph, nodes)
    everyone, wanted = _everyone(graph), set(nodes)
    return lambda sentence: everyone(sentence) & wanted


def _reading(suits_of: Callable) -> Callable:
    """``suits_of(graph)`` with the graph's party readings kept for the call (_read_once)."""
    @functools.wraps(suits_of)
    def reading(graph: KnowledgeGraph):
        outer = getattr(_READING, "kept", None)
        _READING.kept = (graph, {})
        try:
            return suits_of(graph)
        finally:
            _READING.kept = outer
    return reading


# -- lexicons ---------------------------------------------------------------------------
def _pattern(cues: Iterable[str]) -> re.Pattern:
    """One pattern over the cues, in any case, the longest first; Latin cues match whole
    words, a * in one any one word (dismissed * claim: dismissed Mata's claim)."""
    return alternation(set(cues), re.IGNORECASE, latin_whole=True, literal=_words)


def _words(cue: str) -> str:
    """A cue's pattern: each * any one word (filed a * * lawsuit: filed a proposed class-action lawsuit)."""
    first, *rest = re.split(r"((?: \*)+) ", cue)
    return re.escape(first.strip()) + "".join(rf"(?:\s+\S+){{{len(stars.split())}}}\s+" + re.escape(part.strip())
                                             for stars, part in zip(rest[::2], rest[1::2]))


def _court_pattern(names: Iterable[str], acronyms: frozenset[str] = frozenset()) -> re.Pattern:
    """One pattern over courts' names, in any case, the longest first: a Latin name matches
    with no word character right before or after it, also where it ends with a bracket
    (First-tier Tribunal (Tax Chamber), where a word boundary after ")" would need a letter);
    a name only ever written as a short acronym (``acronyms``, in lower case: art for ART, the
    Administrative Review Tribunal) only in capitals (AI-generated art, Art. 15 name no court)."""
    return alternation(set(names), re.IGNORECASE, literal=functools.partial(_whole_name, acronyms=acronyms))


def _whole_name(name: str, acronyms: frozenset[str] = frozenset()) -> str:
    if name in acronyms:
        return rf"(?<!\w)(?-i:{re.escape(name.upper())})(?!\w)"
    pattern = re.escape(name)
    return rf"(?<!\w){pattern}(?!\w)" if name.isascii() else pattern


def _acronyms_only(names: Iterable[str]) -> frozenset[str]:
    """Of courts' names as written, those (in lower case) written only as a short acronym
    (kb.short_acronym: ART), never as a word in another case: matched in capitals only."""
    names = set(names)
    return frozenset({name.lower() for name in names if short_acronym(name)}
                     - {name.lower() for name in names if not short_acronym(name)})


@functools.cache
def claim_patterns(path: Path = LEXICON / "claims.tsv") -> tuple[tuple[str, re.Pattern], ...]:
    """The claim lexicon: (claim, one pattern over its cues); Latin cues match whole
    words, case-insensitively (so "voice" is not found in "invoice")."""
    return tuple((row["claim"], _pattern(cue_words(row["cues"]))) for row in tsv_rows(path))


def claims_in(texts: Iterable[str]) -> list[str]:
    """The claims (copyright, privacy, …) whose cues occur in any of the texts."""
    return list(_claims_in("\n".join(texts)))  # (the suits of one sentence read it once)


@functools.lru_cache(maxsize=1 << 12)
def _claims_in(joined: str) -> tuple[str, ...]:
    return tuple(claim for claim, pattern in claim_patterns() if pattern.search(joined))


@functools.cache
def event_lexicon(path: Path = LEXICON / "events.tsv") -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """(one pattern over every event cue, cue -> kind, kind -> status)."""
    kinds, statuses = {}, {}
    for row in tsv_rows(path):
        statuses[row["kind"]] = row["status"]
        for cue in cue_words(row["cues"]):
            kinds.setdefault(cue.lower(), row["kind"])
    return _pattern(kinds), kinds, statuses


def event_cues(sentence: str) -> list[tuple[int, str]]:
    """(position, kind) of each event cue of a sentence, ``filing`` (起诉, sued) included;
    not a cue right after a word pointing back to an event told before (法院初步批准了该和解:
    a ruling on the settlement, not a settlement; 就该裁定提起上诉: an appeal)."""
    return list(_event_cues(sentence))  # (read once per sentence: the suit table asks again per case)


@functools.lru_cache(maxsize=1 << 16)
def _event_cues(sentence: str) -> tuple[tuple[int, str], ...]:
    pattern, kinds, _ = event_lexicon()
    earlier = context_words("event_reference")
    sentence = _simplified(sentence)  # 法院判決: the cues are written in simplified characters
    ending = _caseless_cues("event_reference")  # (no scan of all before a cue no such word ends at)
    found = [(match.start(), _kind(kinds, match.group())) for match in pattern.finditer(sentence)
             if (ending is not None and not sentence.endswith(ending, 0, match.start())
                 or not any(found.end() == match.start() for found in earlier.finditer(sentence, 0, match.start())))
             and not _open_appeal(sentence, match) and not _judge_title(sentence, match)]
    found = [(position, "dismissal" if kind == "ruling" and _case_dismissed(sentence, position) else kind)
             for position, kind in found]
    return tuple((position, kind) for position, kind in found
                 if kind == "filing" or position < _allegation(sentence, found) and not _requested(sentence, position, kind))


def _case_dismissed(sentence: str, position: int) -> bool:
    """Whether the ruling cue at ``position`` dismisses a case it names right after it, whose name
    ends its clause (法院裁定驳回A和B诉C案。: suits.tsv case_dismissing, then A诉B案 or A v. B)."""
    return _dismissed_case().match(sentence, position) is not None


@functools.cache
def _dismissed_case() -> re.Pattern:
    words = context_words("case_dismissing", SUITS_LEXICON).pattern
    return re.compile(rf"(?:{words})[^，,。；;：:！？!?（）()]{{1,60}}?{CASE_LINK}[^，,。；;：:！？!?（）()]{{1,60}}?(?:一案|案)"
                      rf"(?=[，,。；;！？!?]|$)")


def _open_appeal(sentence: str, cue: re.Match) -> bool:
    """Whether an appeal cue is one a side may yet bring (全案可上诉, 可提起上诉; the company may
    appeal: suits.tsv appeal_open, a phrase ending where the cue ends): no appeal happened."""
    return any(found.end() == cue.end() for found in _appeal_open().finditer(sentence, max(0, cue.start() - 24), cue.end()))


def _judge_title(sentence: str, cue: re.Match) -> bool:
    """Whether an appeal cue is a word of a judge's title (第三巡回上诉法院法官X, sitting in a
    district court: suits.tsv appeal_title, words beginning where the cue ends): the judge's
    court is named, no appeal is."""
    start = cue.end() + (sentence[cue.end():cue.end() + 1] == " ")  # an appeals court judge: the word after the space
    return _appeal_title().match(sentence, start) is not None


@functools.cache
def _appeal_title() -> re.Pattern:
    return context_words("appeal_title", SUITS_LEXICON)


@functools.cache
def _appeal_open() -> re.Pattern:
    return context_words("appeal_open", SUITS_LEXICON)


def _asks_only(sentence: str) -> bool:
    """Whether a sentence's event cues are all what a side asks the court for (_requested)."""
    pattern, kinds, _ = event_lexicon()
    simplified = _simplified(sentence)
    cues = [(m.start(), _kind(kinds, m.group())) for m in pattern.finditer(simplified)]
    return bool(cues) and all(_requested(simplified, position, kind) for position, kind in cues)


_CLAUSE_MARK = later(r"[，,。；;：:]")
_ASKED_KINDS = frozenset({"filing", "motion", "hearing"})  # a motion or a hearing is asked for; it is one


def _requested(sentence: str, position: int, kind: str) -> bool:
    """Whether an event's cue is what a side asks the court for, in the same clause before it
    (两家报纸要求东京地方法院裁定停止使用; the labels asked the court to order…: context.tsv
    ruling_request): the complaint's demand, no ruling."""
    if kind in _ASKED_KINDS:
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, position)), default=0)
    return context_words("ruling_request").search(sentence, start, position) is not None


@functools.lru_cache(maxsize=4096)
def _simplified(sentence: str) -> str:
    """A sentence in simplified characters where that keeps every position (a character for a
    character), else as it is."""
    if sentence.isascii():
        return sentence
    from .script import simplified
    converted = simplified(sentence)
    return converted if len(converted) == len(sentence) else sentence


def _kind(kinds: dict[str, str], cue: str) -> str:
    """The kind of event a cue found in a sentence reports (a cue with a * matched any word there)."""
    return kinds.get(cue.lower()) or next(kind for written, kind in kinds.items()
                                          if " * " in written and re.fullmatch(_words(written), cue, re.IGNORECASE))


def _allegation(sentence: str, cues: list[tuple[int, str]]) -> int:
    """Where what a filing alleges begins (起诉Caseway AI，指控其大量下载网站上的判决: the
    判决 it downloaded are no ruling): the first allegation word after the sentence's
    first filing cue; the sentence's length where there is none."""
    filing = next((position for position, kind in cues if kind == "filing"), None)
    if filing is None:
        return len(sentence)
    alleging = context_words("allegation").search(sentence, filing)
    return alleging.start() if alleging else len(sentence)


def events_in(sentence: str) -> list[str]:
    """The kinds of event a sentence reports, in order: 法院驳回起诉 -> ["dismissal"]."""
    found = []
    for _, kind in event_cues(sentence):
        if kind not in found:
            found.append(kind)
    return found


def _events(evidence: Evidence) -> list[Event]:
    """The events a sentence reports (not the filing; a hearing or a motion only where it
    reports nothing decided), each dated by the date nearest before its cue
    (去年起诉…的环球音乐集团于2025年1月2日与Anthropic达成和解: 2025-01-02)."""
    found: dict[str, Event] = {}
    for position, kind in event_cues(evidence.sentence):
        if kind != "filing" and kind not in found:
            found[kind] = Event(kind, _date_at(evidence, position) or evidence.date, evidence)
    _, _, statuses = event_lexicon()
    decisive = [event for event in found.values() if statuses[event.kind] != "filed"]
    if any(event.kind != "ruling" for event in decisive):  # granted the motion and dismissed the claim: a dismissal
        decisive = [event for event in decisive if event.kind != "ruling"]
    decided = _appeal_decided().search(_simplified(evidence.sentence))
    if decided and "appeal" in found and {event.kind for event in decisive} <= {"appeal", "ruling"}:
        # 二审法院驳回上诉，维持原判: the appeal's ruling on its date; the appeal, brought before, undated here
        return [Event("ruling", _date_at(evidence, decided.start()) or evidence.date, evidence), Event("appeal", None, evidence)]
    return decisive or list(found.values())  # 法院驳回OpenAI的部分动议: a ruling, not also a motion


@functools.cache
def _appeal_decided() -> re.Pattern:
    return context_words("appeal_decided", SUITS_LEXICON)


def _date_at(evidence: Evidence, cue: int, before_only: bool = False) -> str | None:
    """The date a sentence gives the act whose cue is at ``cue``: the last date before
    it, else (unless ``before_only``) the first after it (settled on June 5)."""
    spans = [(start, iso, relative) for start, _, iso, relative in
             date_spans(evidence.sentence, evidence.date, evidence.date) if iso]
    before = [index for index, (start, _, _) in enumerate(spans) if start < cue]
    index = before[-1] if before else None if before_only or not spans else 0
    if index is None:
        return None
    # a relative first date is the evidence's own, resolved against the story before it (两周后)
    return evidence.date if index == 0 and spans[0][2] else spans[index][1]


SUITS_LEXICON = LEXICON / "suits.tsv"  # the table's own words (bare_kind, place_descriptor, appeal_open)


@functools.cache
def context_cues(kind: str, path: Path = LEXICON / "context.tsv") -> tuple[str, ...]:
    """The context cues of one kind, as context.tsv lists them."""
    return next((cue_words(row["cues"]) for row in tsv_rows(path) if row["kind"] == kind), ())


@functools.cache
def _caseless_cues(kind: str) -> tuple[str, ...] | None:
    """The context cues of one kind where each is written in characters without case and
    stands for itself (no *): one of them ends where ``context_words(kind)`` finds a match
    ending; None otherwise (Latin words match in any case)."""
    cues = context_cues(kind)
    plain = all(c.lower() == c == c.upper() for cue in cues for c in cue) and not any(" * " in cue for cue in cues)
    return cues if cues and plain else None


@functools.cache
def context_words(kind: str, path: Path = LEXICON / "context.tsv") -> re.Pattern:
    """One pattern over the context cues of one kind: court_reference (该法院, 该院, the
    court: the court last named), higher_court (上诉法院, Court of Appeals: a court a suit
    reaches on appeal, not where it is filed), transfer (移送至: the court a suit moves to),
    event_reference (该裁定, 该和解: an event told before)."""
    return _pattern(context_cues(kind, path))


# -- courts named in the text --------------------------------------------------------------
class CourtNames:
    """Where the graph's courts are named: in a sentence, or, through 该法院, earlier in
    its news item."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.court_of = {}
        # each name as written: the Federal Court (of Australia) is the court so written, not the one
        # another document's "federal court" was resolved to, which shares its name in lower case
        self.written: dict[str, str] = {}
        generic = context_words("court_reference")
        self.unplaced = context_words("unplaced_court")  # federal court, 联邦法院: a court's kind, no court of its own
        self.places: dict[str, set[str]] = {}  # a court's place words (Delaware, 特拉华州), for its unplaced labels
        # a case card's line naming its court (（1）法院：X, Court: X): context.tsv court_field
        self.field = card_line(context_cues("court_field"))
        # a court told by what it is, not named (a federal judge in Manhattan): every label in lower case
        self.described = {node for node, data in graph.entities("Court")
                          if all(name[:1].islower() for name in data["labels"])}
        for node, data in graph.entities("Court"):
            if node in self.described:
                continue  # it names no court a suit is in: the one a sentence names is
            for name in data["labels"]:
                if len(name) > 1 and not generic.fullmatch(name):  # 法院 as a short form names no court
                    self.court_of.setdefault(name.lower(), node)
                    self.written.setdefault(name, node)
            self.places[node] = _places(data["labels"])
        self.pattern = _court_pattern(self.court_of, _acronyms_only(self.written)) if self.court_of else None
        higher = context_words("higher_court")
        self.higher = {node for node, data in graph.entities("Court") if any(higher.search(name) for name in data["labels"])}
        self.sentences: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)
        self.evidence: dict[tuple[str, str], set[Evidence]] = defaultdict(set)  # (document, item) -> its sentences
        self.nodes: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, item) -> the ends of its facts
        self._actors_named: dict[Evidence, set[str]] = {}
        self._in_fields: dict[tuple[tuple[str, str], bool], list[str]] = {}  # (item, appeal) -> its fields' courts
        self._in_items: dict[tuple[str, str], list[str]] = {}  # item -> the courts its sentences name, in order
        for head, _, tail, edge in graph.facts():
            for evidence in edge["evidence"]:
                self.sentences[(evidence.document, evidence.item)].add((evidence.start, evidence.sentence))
                self.evidence[(evidence.document, evidence.item)].add(evidence)
                self.nodes[(evidence.document, evidence.item)] |= {head, tail}
        # document -> its news items in order (in_documents, items_of: one document's, not every item scanned per suit)
        self._items_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for item in sorted(self.sentences):
            self._items_of[item[0]].append(item)

    @functools.cached_property
    def actors(self) -> dict[tuple[str, str], set[str]]:
        """(document, item) -> the companies, organisations and persons among the ends of its
        facts (made once: a suit's filing-date reading asks it at each sentence of its item)."""
        kinds = ("Company", "Organization", "Person")
        return {item: {node for node in nodes if self.graph.entity(node)["type"] in kinds}
                for item, nodes in self.nodes.items()}

    def actors_named(self, evidence: Evidence) -> set[str]:
        """The actors of the sentence's item that the sentence names (_named), found once per
        sentence, not once per suit asking (each suit takes away its own parties)."""
        if evidence not in self._actors_named:
            item = (evidence.document, evidence.item)
            self._actors_named[evidence] = _named(self.graph, evidence.sentence, self.actors.get(item, set()))
        return self._actors_named[evidence]

    def named(self, sentence: str, appeal: bool = False) -> list[tuple[int, str]]:
        """(position, court) of each court of first instance the sentence names (a court
        of appeal hears a suit filed elsewhere), and each court of appeal too with ``appeal``."""
        if self.pattern is None:
            return []
        matches = list(self.pattern.finditer(sentence))
        starts = {match.start() for match in matches}
        # federal court in the Middle District of X: the court named after the description
        # (a label one document gave another court) is the one
        matches = [match for match in matches if not (match.group().islower() and (
            after := _DESCRIBED_IN.match(sentence, match.end())) and after.end() in starts)]
        found = ((match, self.written.get(match.group()) or self.court_of[match.group().lower()]) for match in matches)
        return [(match.start(), court) for match, court in found
                if (appeal or court not in self.higher or _filed_in(sentence, match.start()))
                and (not _unplaced(self.unplaced, match.group(), _opens(sentence, match.start()))
                     or self._placed(sentence, match, court))]

    def _placed(self, sentence: str, match: re.Match, court: str) -> bool:
        """Whether a court's kind with no place (federal court, 联邦法院), which resolution has
        made a label of one court, is written next to that court's place: right before it
        (Delaware federal court, 特拉华州联邦法院) or after in, of, for (federal court in Texas, in
        Wilmington, Delaware, for the District of Delaware): then it names the court; alone (X sued
        Y in federal court this week), or by another name's place (X sued Delaware Bank in federal
        court), it names none, whatever court another document gave it to."""
        before, after = sentence[:match.start()], sentence[match.end():]
        return any(re.search(rf"(?<![A-Za-z]){re.escape(place)}[ \t]*$", before)
                   or re.match(rf"{_PLACE_AFTER}{re.escape(place)}(?![a-z])", after) for place in self.places.get(court, ()))

    def stated(self, evidence: Evidence, after: int = 0, sides: tuple[set[str], ...] = ()) -> str | None:
        """The court a sentence names at or after ``after`` (else anywhere in it), else the
        one a back-reference (该法院; 法院 alone where that sentence names a plaintiff) points to: the last court named before it in the item,
        else (同一法院) the one of another suit told before in its document against the same
        defendants, else by the same plaintiffs (``sides``: defendants, plaintiffs)."""
        named = self.named(evidence.sentence)
        if named:
            return next((court for position, court in named if position >= after), named[0][1])
        reference = context_words("court_reference").search(evidence.sentence)
        if reference is None:
            return None
        # the plain word (此前，A曾将B告上法院) points to a court named with this suit's plaintiff only
        plain = bool(sides) and context_words("court_generic").fullmatch(reference.group()) is not None
        before = [(start + position, court)
                  for start, sentence in self.sentences[(evidence.document, evidence.item)]
                  if not plain or any(_labels_in(self.graph, node, sentence.lower()) for node in sides[-1])
                  for position, court in self.named(sentence)
                  if start + position < evidence.start + reference.start()]
        if before:
            return max(before)[1]
        if not context_words("same_court").search(evidence.sentence):
            return None
        # the same court with neither side told before: the court the document named last
        # before it (a brief's second section: In a separate suit filed in the same court…)
        return next((court for side in (*sides, None) if (court := self.told_before(evidence, side))), None)

    def told_before(self, evidence: Evidence, parties: set[str] | None) -> str | None:
        """The court of another suit of some parties that a document told before a sentence
        of another of its items (a case brief's sections: 六、迪士尼…向美国加利福尼亚中区联邦地区法院
        起诉Midjourney… 七、华纳兄弟…也向同一法院起诉Midjourney): the court of the latest
        sentence naming one of the parties (any sentence, with ``parties`` None) and dated no
        later than it, where that is one court."""
        if not evidence.date:
            return None
        latest: dict[str, set[str]] = defaultdict(set)
        for (document, item), told in self.evidence.items():
            if document != evidence.document or item == evidence.item:
                continue
            for other in told:
                if other.date and not _before(evidence.date, other.date) and (
                        parties is None or _named(self.graph, other.sentence, parties)):
                    latest[other.date] |= {court for _, court in self.named(other.sentence)}
        dated = sorted((date for date, found in latest.items() if found), key=lambda date: (date, -len(date)))
        return next(iter(latest[dated[-1]])) if dated and len(latest[dated[-1]]) == 1 else None

    def moved_to(self, sentence: str) -> str | None:
        """The court a sentence moves a suit to (该案被移送至X法院, transferred to X): the
        court named right after a transfer word."""
        if self.pattern is None:
            return None
        for found in context_words("transfer").finditer(sentence):
            court = self.pattern.match(sentence, _SPACES.match(sentence, found.end()).end())
            if court is not None:
                return self.court_of[court.group().lower()]
        return None

    def in_fields(self, evidence: Iterable[Evidence], appeal: bool = False) -> dict[str, str]:
        """Courts named by a court field of the news items of some evidence (a case card's
        （1）法院：X, Court: X) -> the item's title: the court of the item's suits (with
        ``appeal``, a court of appeal too)."""
        found = {}
        for item in dict.fromkeys((e.document, e.item) for e in evidence):  # the first told first, on every run
            if (item, appeal) not in self._in_fields:  # (read once per item: every suit of the item asks)
                self._in_fields[(item, appeal)] = [
                    court for _, sentence in sorted(self.sentences[item]) if (label := self.field.match(sentence))
                    for position, court in self.named(sentence, appeal) if position == label.end()]
            for court in self._in_fields[(item, appeal)]:
                found.setdefault(court, item[1])
        return found

    def in_items(self, evidence: Iterable[Evidence]) -> dict[str, str]:
        """Courts named anywhere in the news items of some evidence -> the item's title."""
        found = {}
        for item in dict.fromkeys((e.document, e.item) for e in evidence):  # the first told first, on every run
            for court in self.in_items_of(item):
                found.setdefault(court, item[1])
        return found

    def in_documents(self, documents: Iterable[str]) -> dict[str, str]:
        """Courts of first instance named anywhere in some documents, in any of their news items
        -> the document: an article cut into sections (Lawsuit Synopsis, Case Background,
        Plaintiff's Claim) is one story told in several items.  Not a court of appeal or a
        supreme court (higher_court, appeal_court: 最高人民法院 publishing typical cases, a court
        the suit may reach later), which no sentence places the suit in."""
        appeal = context_words("appeal_court")
        items = self.items_of(documents)
        return {court: document for court, (document, _) in
                reversed([(court, item) for item in items for court in self.in_items_of(item)])
                if court not in self.higher and not any(appeal.search(name) for name in self.graph.entity(court)["labels"])}

    def items_of(self, documents: Iterable[str]) -> list[tuple[str, str]]:
        """The news items of some documents that the graph's facts cite, as (document, item), in order."""
        return [item for document in sorted(set(documents)) for item in self._items_of.get(document, ())]

    def in_items_of(self, item: tuple[str, str]) -> list[str]:
        """The courts one news item's sentences name, in order (read once per item)."""
        if item not in self._in_items:
            self._in_items[item] = [court for _, sentence in sorted(self.sentences[item])
                                    for _, court in self.named(sentence)]
        return self._in_items[item]


_DESCRIBED_IN = later(r"\s+in\s+(?:the\s+)?")
# after a court's kind, what leads to its place: in Texas, in Wilmington, Delaware, for the (Southern) District of
_PLACE_AFTER = (r"[ \t]+(?:in|for|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?,[ \t]+)?"
                r"(?:(?:[A-Z][a-z]+[ \t]+)?District[ \t]+of[ \t]+(?:the[ \t]+)?)?")
@functools.cache
def _court_kind_words() -> re.Pattern:
    """The words of a court's name that say what kind of court it is, not where (District, 联邦,
    地区法院: context.tsv court_kind_word): a Latin word whole, its abbreviation's dot and all
    (U.S. before a space), in any case."""
    words = context_cues("court_kind_word")
    latin = alternatives(w for w in words if w.isascii())
    return re.compile(rf"(?<![\w.])(?:{latin})(?!\w)\.?|{alternatives(w for w in words if not w.isascii())}", re.IGNORECASE)


def _unplaced(kinds: re.Pattern, name: str, opening: bool = False) -> bool:
    """Whether a court's name as written is a kind of court with no place: 联邦法院, a federal
    court in lower case (X sued Y in federal court; ``opening`` a sentence: Federal court records
    show…); the High Court, the Federal Court, the District Court capitalised are courts' names
    where a country has one such court."""
    written = name[:1].lower() + name[1:] if opening else name
    return kinds.fullmatch(name) is not None and (not name.isascii() or written.islower())


def _opens(sentence: str, start: int) -> bool:
    """Whether sentence[start:] opens the sentence (after nothing but quotes, brackets, spaces)."""
    return not sentence[:start].strip(" \t\n\"'“‘(（[-—–")


def _places(labels: Iterable[str]) -> set[str]:
    """A court's place words, from its labels less the words of its kind: Delaware, Texas,
    特拉华州 (of U.S. District Court for the District of Delaware, 美国特拉华州联邦地区法院)."""
    found = set()
    for label in labels:
        for part in _court_kind_words().split(label):
            part = part.strip(" ,.'’()（）")
            if part and (len(part) >= 4 if part.isascii() else len(part) >= 2) and not (part.isascii() and part.islower()):
                found.add(part)
    return found


_FILED_AT = later(r"(?:在|向|于|\bin)\s*(?:the\s+)?$", re.IGNORECASE)


def _filed_in(sentence: str, position: int) -> bool:
    """Whether a suit is filed in the court named at ``position`` (在不列颠哥伦比亚省最高法院
    起诉X: a court named "supreme" hears suits at first instance in some places): the court
    stands after 在/向 and a filing cue follows it, or, in English, right after a filing cue and
    "in (the)" (the lawsuit, filed in the X Supreme Court); no appeal in the sentence."""
    cues = event_cues(sentence)
    kinds = [kind for at, kind in cues if at > position or kind == "appeal"]
    if "appeal" in kinds:
        return False
    if _FILED_AT.search(sentence[max(0, position - 6):position]) and "filing" in kinds:
        return True
    # or, in English, the filing right before it (the lawsuit, filed in the British Columbia Supreme Court)
    return any(kind == "filing" and _FILED_THEN_IN.fullmatch(sentence, _cue_end(sentence, at), position)
               for at, kind in cues if at < position)


_FILED_THEN_IN = later(r"\s+in\s+(?:the\s+)?", re.IGNORECASE)


def _cue_end(sentence: str, start: int) -> int:
    """Where the event cue starting at ``start`` ends."""
    pattern, _, _ = event_lexicon()
    found = pattern.match(_simplified(sentence), start)
    return found.end() if found else start


# -- mentions of suits ------------------------------------------------------------------------
@dataclass
class _Mention:
    """One sentence's report of one suit: who sued whom, where and when it says."""
    plaintiffs: set[str]
    defendants: set[str]
    evidence: Evidence
    court: str | None
    filed: str | None  # the date the sentence gives the filing, if it gives one
    events: list[Event]
    filing: bool  # the sentence reports the filing itself (起诉, sued), not only names the case
    court_hint: str | None = None  # the court a title names: the suit's where its body names none
    withdrawn: list[Event] = field(default_factory=list)  # of the suit filed before, elsewhere (撤回…并重新起诉)
    separate: bool = False  # told as another suit than one of the same plaintiff before (xAI has separately sued Apple)
    named: frozenset = frozenset()  # of a separate one, every party its sentence names (…conspiring with OpenAI)
    cut_from: frozenset = frozenset()  # the defendants its sentence sued together, where grouping cut it (_split)


def _mentions(graph: KnowledgeGraph, courts: CourtNames) -> list[_Mention]:
    """The sued facts of each sentence as suits: plaintiffs sharing the same defendants
    in one sentence bring one suit (A、B和C起诉D和E).  A news item's title sums up its
    body: it tells who sued whom, not when or where (its court is a hint, its events
    count where the body tells none)."""
    pairs: dict[Evidence, list[tuple[str, str]]] = defaultdict(list)
    for head, _, tail, edge in graph.facts("sued"):
        for evidence in edge["evidence"]:
            if not is_credit(evidence):  # a source line tells no suit
                pairs[evidence].append((head, tail))
    mentions, cases = [], _case_names(graph)
    everyone = _everyone(graph)  # the names a sentence holds
    for evidence, found in pairs.items():
        title = _is_title(evidence)
        events = _events(evidence)
        kinds = set(events_in(evidence.sentence))
        filing = "filing" in kinds and (kinds <= {"filing", "hearing"} or _filing_told_first(evidence)) \
            and not _filings_name_cases(evidence.sentence)
        named = everyone(evidence.sentence)
        groups = _sides_of_sentence(graph, cases, courts, evidence, found, filing, title, named, everyone)
        countered = _countered(graph, evidence.sentence, found)
        groups.sort(key=lambda group: _position(graph, evidence.sentence, group[1]))
        refiled = None if title else _refiled(evidence)
        if refiled is not None:  # withdrawn in one court and filed again in another: this is the new suit
            withdrawal, cue = refiled
            court, filed = courts.stated(evidence, withdrawal), _date_at(evidence, cue, before_only=True)
            mentions += [_Mention(set(plaintiffs), set(defendants), evidence, court, filed,
                                  [e for e in events if e.kind != "withdrawal"], True,
                                  withdrawn=[e for e in events if e.kind == "withdrawal"])
                         for defendants, plaintiffs in groups]
            continue
        mentions += _suits_of_sentence(graph, courts, evidence, groups, events, filing, title, countered, named)
    return mentions


def _settled_only(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Suits a text tells by their settlement only (the FTC approved a settlement with Rytr;
    Everalbum agreed to settle with the agency): a settled fact between a government or
    regulator and a party no government is, where no sued fact tells a suit of the two, is
    the government's suit against that party; the parties one sentence tells it settled with
    are one suit's defendants (the FTC secured refunds from A and B over their ads).  Its
    settlement is its event (_attach_events).  Between two companies or persons no side is
    known to have sued: no row.  An agency's settlement is its suit's however the text tells the
    complaint it resolves, in court or not (the SEC settled charges with X; an attorney general's
    settlement; a consent order: bench/real/README.md, suit rows pass, which makes each a suit row)."""
    sued = {frozenset((plaintiff, defendant)) for mention in mentions
            for plaintiff in mention.plaintiffs for defendant in mention.defendants}
    told: dict[Evidence, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for head, _, tail, edge in graph.facts("settled"):
        governing = [graph.entity(node)["type"] in GOVERNMENTS for node in (head, tail)]
        if governing.count(True) != 1 or frozenset((head, tail)) in sued:
            continue
        government, party = (head, tail) if governing[0] else (tail, head)
        for evidence in edge["evidence"]:
            if not is_credit(evidence):
                told[evidence][government].add(party)
    return [_Mention({government}, parties, evidence, None, None, [], False)
            for evidence, found in told.items() for government, parties in found.items()]


def _sides_of_sentence(graph: KnowledgeGraph, cases: list[_CaseName], courts: CourtNames, evidence: Evidence, found: list[tuple[str, str]],
                       filing: bool, title: bool, named: set[str], everyone: NameFinder | None = None
                       ) -> list[tuple[frozenset, set[str]]]:
    """(defendants, plaintiffs) of each suit one sentence's sued pairs tell: plaintiffs sharing the
    same defendants, cut apart where the sentence tells suits apart (by each, by caption), without
    the names it tells beside a suit (offices, descriptions, examples, kin, bystanders…); ``named``:
    every entity the sentence names, as ``everyone`` found them."""
    defendants_of: dict[str, set[str]] = defaultdict(set)
    for plaintiff, defendant in found:
        defendants_of[plaintiff].add(defendant)
    plaintiffs_of: dict[frozenset, set[str]] = defaultdict(set)
    for plaintiff, defendants in defendants_of.items():
        plaintiffs_of[frozenset(defendants)].add(plaintiff)
    groups = list(plaintiffs_of.items())
    if filing or CASE_SEPARATOR.search(evidence.sentence) or _PLURAL_FILINGS.search(evidence.sentence) \
            or context_words("suits_by_each_before").search(evidence.sentence) \
            or context_words("suits_by_each_after").search(evidence.sentence):
        groups = [part for defendants, plaintiffs in groups for part in _apart(graph, evidence, defendants, plaintiffs)]
    groups = [part for defendants, plaintiffs in groups
              for part in _by_caption(graph, cases, courts, evidence, defendants, plaintiffs)]
    groups = [(frozenset(_without_offices(graph, evidence.sentence, set(defendants))), plaintiffs)
              for defendants, plaintiffs in groups]
    sentence = evidence.sentence
    # (the filters judging each party by itself: asked once of all the suits' parties of a side, _each_party_judged)
    groups = _each_party_judged(groups, lambda side: _without_descriptors(graph, sentence, side),
                                lambda side: _without_descriptors(graph, sentence, side))
    groups = _each_party_judged(groups, None, lambda side: _without_examples(graph, sentence, side))
    followed = _followed(graph, sentence, set().union(*(plaintiffs for _, plaintiffs in groups)))
    groups = [(defendants, _without_followed(graph, sentence, plaintiffs, followed & plaintiffs))
              for defendants, plaintiffs in groups]
    groups = _each_party_judged(groups, lambda side: _without_kin(graph, sentence, _without_warned(graph, sentence, side)),
                                lambda side: _without_kin(graph, sentence, _without_warned(graph, sentence, side), _WHOSE_KIN))
    groups = [_without_bystanders(graph, sentence, defendants, plaintiffs) for defendants, plaintiffs in groups]
    names = _NamesOfSentence(graph, sentence, named, everyone)  # (read once for all the suits)
    groups = [(frozenset(_without_miscuts(graph, sentence, set(defendants), named, names)),
               _without_miscuts(graph, sentence, set(plaintiffs), named, names)) for defendants, plaintiffs in groups]
    glosses: dict[str, set[str]] = {}  # (each party's gloss read once for all the suits)
    groups = [(frozenset(_glossed(graph, sentence, set(defendants), named, names, glosses)),
               _glossed(graph, sentence, set(plaintiffs), named, names, glosses)) for defendants, plaintiffs in groups]
    groups = _each_party_judged(groups, lambda side: _without_kind_words(graph, side),
                                lambda side: _without_kind_words(graph, side))
    groups = [(defendants, plaintiffs) for defendants, plaintiffs in groups if defendants and plaintiffs]
    if not title:
        groups = [(defendants, _named_plaintiffs(graph, evidence.sentence, plaintiffs))
                  for defendants, plaintiffs in groups]
    return groups


def _each_party_judged(groups: list[tuple[frozenset, set[str]]], defendants: Callable[[set[str]], set[str]] | None,
                       plaintiffs: Callable[[set[str]], set[str]] | None) -> list[tuple[frozenset, set[str]]]:
    """(defendants, plaintiffs) of each suit, each side cut to what ``defendants`` (``plaintiffs``;
    None: kept whole) keeps of it, for a filter that judges each party by itself, whatever
    else its side holds (filter(side) == side & filter(every side)): asked once of the parties
    of all the sentence's suits, not once per suit (a sentence of dozens of suits read its
    patterns again for each)."""
    def kept(keep, sides: list) -> list[set[str]]:
        if keep is None:
            return sides
        judged = keep(set().union(*sides)) if sides else set()
        return [set(side) & judged for side in sides]
    cut_defendants = kept(defendants, [side for side, _ in groups])
    cut_plaintiffs = kept(plaintiffs, [side for _, side in groups])
    return [(frozenset(side), others) for side, others in zip(cut_defendants, cut_plaintiffs)]


def _without_kind_words(graph: KnowledgeGraph, parties: Iterable[str]) -> set[str]:
    """The parties but one named only by the word of its kind (Anthropic 和 Meta 的胜诉…针对科技公司的诉讼,
    将该公司诉至法院: 公司 names no one, an entity or the text's words; context.tsv side_kind)."""
    return {party for party in parties
            if fold(re.sub(r"^[该該此其]", "", _simplified(_party_label(graph, party)))) not in _side_kinds()}


@functools.cache
def _side_kinds() -> frozenset[str]:
    """The words of a kind that name no party by themselves (context.tsv side_kind), folded."""
    return frozenset(fold(word) for word in context_cues("side_kind"))


def _suits_of_sentence(graph: KnowledgeGraph, courts: CourtNames, evidence: Evidence, groups: list[tuple[frozenset, set[str]]],
                       events: list[Event], filing: bool, title: bool, countered: set[str], named: set[str]) -> list[_Mention]:
    """Each suit of a sentence (no refiling) with the court and filing date it tells: each court's
    filing where one suit is filed in several, the court told for each where several suits are;
    what a counter-suit's sentence tells is the counter-suit's."""
    mentions = []
    respective = _respective_courts(graph, courts, evidence.sentence, groups)
    for defendants, plaintiffs in groups:
        start = _position(graph, evidence.sentence, plaintiffs)
        filings = _filings_by_court(evidence, courts) if len(groups) == 1 and filing and not title else []
        stated = respective.get(defendants) or \
            courts.stated(evidence, start if len(groups) > 1 else 0, (set(defendants), plaintiffs))
        told_filing = filing and not plaintiffs & countered
        if plaintiffs & countered:  # the court, date and filing the sentence tells are the counter-suit's
            stated, filings = None, []
        for court, cue in filings or [(stated, None)]:
            filed = (_date_at(evidence, cue, before_only=True) if cue is not None else
                     _filing_date(evidence, start) if told_filing and not title else
                     None if title or plaintiffs & countered else _filing_clause_date(evidence))
            mentions.append(_Mention(set(plaintiffs), set(defendants), evidence, None if title else court,
                                     filed, events, told_filing, court if title else None,
                                     separate=told_filing and _told_apart(evidence.sentence),
                                     named=frozenset(named)))
    return mentions


@functools.lru_cache(maxsize=1024)
def _told_apart(sentence: str) -> bool:
    """Whether a sentence tells its filing as another suit than one told before (xAI has
    separately sued Apple; 甲公司另行起诉乙公司: context.tsv separate_suit): read once per
    sentence, not once per suit it tells."""
    return context_words("separate_suit").search(_simplified(sentence)) is not None


def _respective_courts(graph: KnowledgeGraph, courts: CourtNames, sentence: str,
                       groups: list[tuple[frozenset, set[str]]]) -> dict[frozenset, str]:
    """The court of each suit a sentence tells apart with 分别 (respectively): 分别向A法院和B法院
    起诉X和Y, filed respectively in A and B against X and Y: X in A, Y in B, the courts and
    the defendants taken in the order named, where there are as many of each."""
    if len(groups) < 2 or not context_words("respectively").search(sentence) \
            or len({frozenset(plaintiffs) for _, plaintiffs in groups}) != 1:
        return {}
    named = list(dict.fromkeys(court for _, court in courts.named(sentence)))
    if len(named) != len(groups):
        return {}
    ordered = sorted((defendants for defendants, _ in groups), key=lambda side: _position(graph, sentence, side))
    return dict(zip(ordered, named))


def _named_plaintiffs(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs a sentence names, where it names some and not others (同周，芝加哥论坛报也
    对Perplexity提起类似诉讼 read with the item's earlier plaintiff: a suit of its own, by the
    one named); all of them where it names none (a pronoun stands for them)."""
    named = _named(graph, sentence, plaintiffs)
    return named if named else plaintiffs


def _countered(graph: KnowledgeGraph, sentence: str, pairs: list[tuple[str, str]]) -> set[str]:
    """The plaintiffs of a sentence's sued pairs that it names only as the one sued back
    (xAI在得克萨斯州北区联邦地区法院反诉圣克莱尔; X countersued A in Texas): both directions
    read, and this plaintiff named after its defendant.  The court the sentence names is
    the counter-suit's, not the first suit's."""
    told = set(pairs)
    return {plaintiff for plaintiff, defendant in told if (defendant, plaintiff) in told
            and _position(graph, sentence, {plaintiff}) > _position(graph, sentence, {defendant})}


def _without_places_described(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions but those whose plaintiffs are places their sentence names only as what describes
    the case (India's first-ever case against X; 中国首例…: suits.tsv place_descriptor): a
    place so named sues no one."""
    after = re.compile(context_words("place_descriptor", SUITS_LEXICON).pattern, re.IGNORECASE)
    out = []
    for mention in mentions:
        lowered = mention.evidence.sentence.lower()
        described = mention.plaintiffs and all(
            party in graph.graph and graph.entity(party)["type"] == "Jurisdiction"
            and (found := _labels_in(graph, party, lowered))
            and all(after.match(lowered, m.end()) for m in found) for party in mention.plaintiffs)
        if not described:
            out.append(mention)
    return out


def _without_owners(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions without the plaintiffs their sentence names only as the owner of others
    suing (…by the Chicago Tribune and the Orlando Sentinel, which belong to Tribune
    Publishing; eight papers owned by Alden sued): the papers sue (context.tsv owner_before)."""
    owner = re.compile(rf"(?:{context_words('owner_before').pattern})\s+(?:the\s+)?$", re.IGNORECASE)
    out = []
    for mention in mentions:
        lowered = mention.evidence.sentence.lower()
        owners = {node for node in mention.plaintiffs
                  if (found := _labels_in(graph, node, lowered))
                  and all(owner.search(mention.evidence.sentence[:m.start()]) for m in found)}
        out.append(replace(mention, plaintiffs=mention.plaintiffs - owners)
                   if owners and owners != mention.plaintiffs else mention)
    return out


def _without_owned(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions without the plaintiffs their sentence names only as what another plaintiff owns, in
    apposition after it (Dow Jones, the owner of the Wall Street Journal and the New York Post, sued X:
    context.tsv owned_after): the owner sues; its papers describe it (the sibling of ``_without_owners``,
    which reads the owner told after the papers suing)."""
    owned_after = _owned_after()
    out = []
    for mention in mentions:
        if len(mention.plaintiffs) < 2:
            out.append(mention)
            continue
        lowered = mention.evidence.sentence.lower()
        found = {node: _labels_in(graph, node, lowered) for node in mention.plaintiffs}
        marked, starts = _marked(lowered, {m.span() for ms in found.values() for m in ms})
        owned = {node for node, ms in found.items()
                 if ms and all(m.start() in starts and owned_after.search(marked[:starts[m.start()]]) for m in ms)}
        out.append(replace(mention, plaintiffs=mention.plaintiffs - owned)
                   if owned and owned != mention.plaintiffs else mention)
    return out


_MARK = "\u2063"  # a name found, in a sentence read for the words around names (invisible separator: no text holds it)


def _marked(lowered: str, spans: set[tuple[int, int]]) -> tuple[str, dict[int, int]]:
    """The sentence with each name found (``spans``, the first of overlapping ones) written as _MARK,
    and where each kept span's mark stands in it, by the span's start."""
    parts, at, starts, length = [], 0, {}, 0
    for start, end in sorted(spans):
        if start < at:
            continue
        parts += [lowered[at:start], _MARK]
        length += start - at
        starts[start] = length
        length += len(_MARK)
        at = end
    return "".join(parts) + lowered[at:], starts


@functools.cache
def _owned_after() -> re.Pattern:
    """What stands before a name its sentence tells only as owned by the name before it: a found
    name, a comma, an owner's word (context.tsv owned_after), then the names listed before it
    (_MARK for each name found)."""
    return re.compile(rf"{_MARK},\s+(?:the\s+|its\s+)?(?:{context_words('owned_after').pattern})\s+(?:the\s+)?"
                      rf"(?:{_MARK}(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?)*$", re.IGNORECASE)


def _without_offices(graph: KnowledgeGraph, sentence: str, defendants: set[str]) -> set[str]:
    """The defendants but the offices whose holder the sentence names right after them
    (X Corp.起诉明尼苏达州总检察长基思·埃利森; sued Minnesota Attorney General Keith Ellison):
    an official sued in office is one party, the person."""
    lowered = sentence.lower()
    holders = [label.lower() for node in defendants if graph.entity(node)["type"] == "Person"
               for label in graph.entity(node)["labels"]]
    offices = set()
    for node in defendants:
        if graph.entity(node)["type"] == "Person":
            continue
        for found in _labels_in(graph, node, lowered):
            after = lowered[found.end():]
            after = after[1:] if after[:1].isspace() else after
            if any(after.startswith(holder) for holder in holders):
                offices.add(node)
    return defendants - offices if offices != defendants else defendants


# 起诉美国。, 美国）: a place's name ending its phrase is the place itself (a list or party word after
# it: context.tsv place_party)
_PLACE_AS_PARTY = later(r"[\s、，,。；;：:）)」”\"]|$")


# a Florida mother, Texas families, U.S. newspapers, the first U.S. state to sue: a place before the noun of who sues
_PERSON_NOUN = later(r"\s+(?:mothers?|fathers?|parents?|famil(?:y|ies)|m[ae]n|wom[ae]n|teens?|teenagers?|boys?|girls?|"
                     r"residents?|newspapers?|compan(?:y|ies)|startups?|firms?|authors?|artists?|users?|consumers?|states?|publishers?|"
                     r"writers?|journalists?|citizens?)\b",
                     re.IGNORECASE)


@functools.cache
def _dateline() -> re.Pattern:
    """A dateline opening a sentence: IT之家 3 月 12 日消息，…; (中央社紐約21日綜合外電報導); 多知4月24日消息
    (its closing words kg.segment's lexicon, read when a text is first read: a graph's reader needs none)."""
    from .segment import dispatch_words
    return re.compile(r"^\s*[（(]?[^，,。；;（()）]{0,24}?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日[^，,。；;]{0,10}?"
                      rf"(?:{dispatch_words('dispatch', 'dispatch_news', 'dispatch_report')})[）)]?")


# an English dateline opening a sentence: Mumbai, November 19: / New Delhi: / NEW YORK (Reuters) - / LONDON —
_LATIN_DATELINE = later(r"^\s*(?P<place>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*)"
                        r"(?P<date>,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?"
                        r"(?:[ \t]*\([^()]{1,30}\))?[ \t]*(?::|[—–]|--?(?=[ \t]))[ \t]")


def _in_dateline(graph: KnowledgeGraph, sentence: str, node: str, found: list[re.Match]) -> bool:
    """Whether a party is named only in the dateline opening a sentence: a Chinese one (IT之家 3 月 12 日
    消息), or an English one naming a place (Mumbai, November 19: X has been sued by Y), a place or an
    outlet with its date or in capitals (NEW YORK (Reuters) -)."""
    dateline, latin = _datelines(sentence)
    if dateline and all(m.end() <= dateline.end() for m in found):
        return True
    place = graph.entity(node)["type"] == "Jurisdiction"
    return bool(latin and all(m.end() <= latin.end() for m in found)
                and (place or latin.group("date") or latin.group("place").isupper()))


@functools.lru_cache(maxsize=1024)
def _datelines(sentence: str) -> tuple[re.Match | None, re.Match | None]:
    """(the Chinese dateline, the English one) opening a sentence, for _in_dateline: read once per
    sentence, not once per party of each of its suits (the matches are read, never changed)."""
    return _dateline().match(sentence), _LATIN_DATELINE.match(sentence)


def _without_descriptors(graph: KnowledgeGraph, sentence: str, parties: set[str]) -> set[str]:
    """The parties but the places a sentence names only as a word describing another (起诉人工智能
    公司的美国大型报纸, 起诉中国AI独角兽星河智能: 美国 and 中国 sue and are sued by no one there):
    a Jurisdiction whose every Chinese label found is followed by more of a name (not by a word
    telling that it acts: 得克萨斯州向法院起诉X, context.tsv place_acts, or that it is the party itself:
    美国政府, 美国和欧盟, place_party); and the
    outlets and places a sentence names only in its dateline (IT之家 3 月 12 日消息，A起诉B: IT之家 reports;
    Mumbai, November 19: X has been sued by Y)
    or cites as its source (据《南方日报》报道: ``_cited``); and any name telling only where those
    it describes come from (来自X的作者起诉Y: ``_of_origin``)."""
    places = set()
    lowered, acts, party = sentence.lower(), context_words("place_acts"), context_words("place_party")
    for node in parties:
        found = _labels_in(graph, node, lowered)
        if found and (_in_dateline(graph, sentence, node, found) or _cited(sentence, found)
                      or all(_of_origin(sentence, m) for m in found)):
            places.add(node)
            continue
        if graph.entity(node)["type"] != "Jurisdiction":
            continue
        if found and all(_PERSON_NOUN.match(sentence, m.end()) if m.group().isascii() else
                         not any(ends.match(sentence, m.end()) for ends in (_PLACE_AS_PARTY, party, acts)) for m in found):
            places.add(node)
    return parties - places


_ORIGIN_REACH = 48  # characters before a name its origin word and the names listed before it may take


@functools.cache
def _origin_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A word before a name telling where what follows comes from, and the word after it closing
    the description (来自X的, 來自《X》的, 来自X和Y的: context.tsv origin_before, origin_after), with
    the names listed before or after it (kg.punctuation LIST_WORDS) and their quotation marks."""
    quoted, listed = rf"[\s{NAME_QUOTES}]*", joiner(*LIST_WORDS)
    # a name listed: no 的 (来自X的作者和Y起诉), no list word (one way only to read a list: no backtracking)
    member = rf"[^，,。；;：:的\n{NAME_QUOTES}{''.join(word[0] for word in LIST_WORDS)}]{{1,20}}?"
    return (re.compile(rf"(?:{context_words('origin_before').pattern}){quoted}(?:{member}{quoted}{listed}{quoted})*$"),
            re.compile(rf"{quoted}(?:{listed}{quoted}{member}{quoted})*(?:{context_words('origin_after').pattern})"))


def _of_origin(sentence: str, match: re.Match) -> bool:
    """Whether a name only tells where the noun after it comes from (两名来自X的学术作者起诉了Y;
    一名來自《X》的資深記者提起訴訟; 来自X和Z的作者): X describes who sues, it is no party."""
    before, after = _origin_patterns()
    sentence = _simplified(sentence)  # (與, 於: the list words and the origin's are written in simplified characters)
    return before.search(sentence, max(0, match.start() - _ORIGIN_REACH), match.start()) is not None \
        and after.match(sentence, match.end()) is not None


_CITED_REACH = 64  # characters before a name its citing word and a gloss (根据 Reuters（) may take


@functools.cache
def _cited_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The grammar's patterns of an outlet cited as the source (kg.facts.grammar cited_patterns,
    on every word of context.tsv reported_by and report_told, English too)."""
    from .facts.grammar import cited_patterns
    return cited_patterns(context_cues("reported_by"), context_cues("report_told"))


@functools.cache
def _reporting_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The grammar's patterns of an outlet opening a clause as the one reporting (kg.facts.grammar
    reporting_patterns; imported here, kg.facts importing this module)."""
    from .facts.grammar import reporting_patterns
    words = {kind: context_cues(kind) for kind in ("report_answered", "reporting_said")}
    return reporting_patterns({**words, "reporting_told": context_cues("reporting_told") + context_cues("reporting_noted")})


def _cited(sentence: str, found: list[re.Match]) -> bool:
    """Whether a sentence names a party only as the outlet it cites (据《南方日报》报道，A起诉B;
    according to Reuters, A sued B; Harbor Wire reported that A sued B: context.tsv reported_by
    and report_told): the outlet reports the suit, it is no party.  A Chinese name needs both
    the word before and the word after (据X称 cites X; 据X起诉 would not)."""
    text = _simplified(sentence)
    opening, closing = _cited_patterns()

    def cited(match: re.Match) -> bool:
        opened = opening.search(text, max(0, match.start() - _CITED_REACH), match.start()) is not None
        closed = (after := closing.match(text, match.end())) is not None
        if match.group().isascii():
            return opened or closed and after.group("told").isascii()
        return opened and closed or _reporting(text, match)
    return all(cited(match) for match in found)


def _reporting(text: str, match: re.Match) -> bool:
    """Whether a Chinese name opens its clause as the outlet reporting what follows (新浪此前曾报道，
    A起诉B; 路透社报导，…; not 纽约时报否认相关报道，: kg.facts.grammar.reporting_patterns), no filing
    word between."""
    opening, closing = _reporting_patterns()
    after = closing.match(text, match.end())
    return after is not None and opening.search(text, max(0, match.start() - 13), match.start()) is not None \
        and not any(kind == "filing" for _, kind in event_cues(text[match.start():after.end()]))


def _without_examples(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs but those a sentence names only in a list of examples told after what the
    plaintiffs claim (the labels claimed the companies copied songs from top artists, including
    Taylor Swift; 指控其使用了包括A在内的歌手作品): the works of whom a suit is about, no party.
    A list after a plaintiff's word (原告包括A, the plaintiffs include A), before the claim
    (Authors including A sued X) or before a filing (X称，包括A在内的作家起诉了Y) names parties."""
    told = [found.end() for found in context_words("example_told").finditer(sentence)]
    if not told:
        return plaintiffs
    filings = [position for position, kind in event_cues(sentence) if kind == "filing"]
    openers = [found.end() for found in context_words("example_list").finditer(sentence, min(told))
               if not context_words("plaintiff_list").search(sentence, max(0, found.start() - 6), found.start())
               and not context_words("co_plaintiff").search(sentence, max(0, found.start() - 16), found.start())
               and not any(position > found.start() for position in filings)]
    if not openers:
        return plaintiffs
    lowered = sentence.lower()
    return {node for node in plaintiffs
            if not ((found := _labels_in(graph, node, lowered)) and all(m.start() >= openers[0] for m in found))}


_CLAUSES = later(r"[^，,；;。]+")


@functools.lru_cache(maxsize=1024)
def _warned(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's clauses that tell a letter sent and no filing of their own
    (context.tsv warning_noun, letter_sent): read once per sentence, asked of both sides."""
    text = _simplified(sentence)
    letters = [m.start() for kind in ("warning_noun", "letter_sent") for m in context_words(kind).finditer(text)]
    if not letters:
        return ()
    return tuple((m.start(), m.end()) for m in _CLAUSES.finditer(text)
                 if any(m.start() <= at < m.end() for at in letters)
                 and not any(kind == "filing" for _, kind in event_cues(m.group())))


def _without_warned(graph: KnowledgeGraph, sentence: str, parties: set[str]) -> set[str]:
    """The parties but those a sentence names only as the addressees of a letter (迪士尼向A和B发出了停止
    侵权函，并对C提起诉讼; sent cease-and-desist letters to A, and sued C: context.tsv warning_noun,
    letter_sent), in a clause that tells no filing of its own: a letter is no suit, its addressees no sides."""
    warned = _warned(sentence)
    if not warned:
        return parties
    text, lowered = _simplified(sentence), sentence.lower()

    def addressed(match: re.Match) -> bool:  # 向A和B发出…函, letters to A and B: an addressee, not the sender
        return any(a <= match.start() < b and _ADDRESSED.search(text, a, match.start()) for a, b in warned)
    return {node for node in parties if not ((found := _labels_in(graph, node, lowered)) and all(addressed(m) for m in found))}


_ADDRESSED = later(r"向|致|给|\bto\b", re.IGNORECASE)


# the relatives a party's relative clause describes (a mother whose 14-year-old son, Y, …): no party on either side
_WHOSE_KIN = later(r"\bwhose\s+(?:(?:\d+|[a-z]+)-year-old\s+|teenage\s+|late\s+|young\s+)*$", re.IGNORECASE)
_KIN_BEFORE = later(r"(?:\b(?:her|his|their|whose)\s+(?:(?:\d+|[a-z]+)-year-old\s+|teenage\s+|late\s+|young\s+)*|"
                    r"(?:其|她的?|他的?|他们的?|她们的?)(?:\d+岁的?)?)$", re.IGNORECASE)


def _without_kin(graph: KnowledgeGraph, sentence: str, defendants: set[str], before: re.Pattern = _KIN_BEFORE) -> set[str]:
    """The defendants but the people a sentence names only as a party's relative (Megan Garcia alleged
    that her 14-year-old son Sewell Setzer fell victim…; 其儿子X: context.tsv kin_noun): the one
    the suit is about, never the one sued.  Asked of the plaintiffs with ``before`` _WHOSE_KIN (the
    suit filed by X, a mother whose 14-year-old son, Y, died…): the relative a clause describes is
    who the suit is about; her son Y beside X may sue with her, and stays."""
    kin, before_kin = context_words("kin_noun"), before
    lowered = sentence.lower()

    def relative(match: re.Match) -> bool:
        before = lowered[:match.start()].rstrip(" ,，")
        noun = next((m for m in kin.finditer(before) if m.end() == len(before)), None)
        return noun is not None and before_kin.search(before, 0, noun.start()) is not None
    return {node for node in defendants if not (graph.entity(node)["type"] == "Person"
                                                and (found := _labels_in(graph, node, lowered))
                                                and all(relative(m) for m in found))}


OWNED_REACH = 12  # characters at most between an owner's 的/旗下/'s and the party it owns (马斯克旗下的AI初创公司xAI)
_POSSESSIVE = later(r"\s*(?:'s|’s|的|旗下的?|麾下的?)\s*")
_LIST_BREAK = later(r"[，,；;。、和与及與]|\band\b")  # a list's joiner or a clause mark: no longer one name's phrase


def _without_possessors(graph: KnowledgeGraph, sentence: str, parties: set[str]) -> set[str]:
    """The parties of a side but those a sentence names only as the owner of another of them, in
    one noun phrase (正在起诉埃隆·马斯克的X公司, 起诉马斯克旗下的xAI, sued Elon Musk's xAI): a
    possessive is the other's attribute, not a member of the list (the owner listed as one, A及其旗下
    的B, A and its unit B, stays); a side of one party keeps it."""
    if len(parties) < 2:
        return parties
    lowered = sentence.lower()
    found = {node: _labels_in(graph, node, lowered) for node in parties}

    def owning(node: str, match: re.Match) -> bool:
        owned = _POSSESSIVE.match(lowered, match.end())
        if owned is None or owned.end() == match.end():
            return False
        nearest = min((m.start() for other, ms in found.items() if other != node for m in ms
                       if m.start() >= owned.end()), default=None)
        return nearest is not None and nearest - owned.end() <= OWNED_REACH \
            and not _LIST_BREAK.search(lowered, owned.end(), nearest)
    owners = {node for node, ms in found.items() if ms and all(owning(node, m) for m in ms)}
    return parties - owners if owners < parties else parties


KIN_WORDS = 5  # descriptive words at most between "the parents of" and the name (16-year-old California student)


@functools.lru_cache(maxsize=1)
def _kin_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the relatives before a name: the parents of [16-year-old student] X; after it: X的父母)."""
    return (re.compile(rf"\b(?:{context_words('kin_of').pattern})\s+(?:[\w’'-]+\s+){{0,{KIN_WORDS}}}$", re.IGNORECASE),
            re.compile(rf"\s*(?:{context_words('kin_after').pattern})"))


def _without_kin_anchors(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs but the people a sentence names only as the one whose relatives sue (The
    parents of 16-year-old student X filed…; X的父母起诉…; 雷恩的家人控告…: context.tsv kin_of,
    kin_after): the relatives are the plaintiffs, unnamed (kg.unnamed), the one named is who the
    suit is about."""
    before, after = _kin_patterns()
    text = _simplified(sentence)
    lowered = text.lower()

    def anchor(match: re.Match) -> bool:
        return bool(before.search(lowered, 0, match.start()) or after.match(text, match.end()))
    return plaintiffs - {node for node in _only_as(graph, lowered, plaintiffs, anchor) if graph.entity(node)["type"] == "Person"}


@functools.lru_cache(maxsize=1)
def _judge_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a judge's title: 法官, Judge; the title right before a name: U.S. District Judge X)."""
    title = context_words("judge")
    # (searched from the sentence's start for each name: behind the look-ahead of where it may begin, kg.lookahead)
    return title, scanning(rf"\b(?:U\.S\.\s+|Chief\s+|District\s+|Magistrate\s+)*(?:{title.pattern})\.?\s+$", re.IGNORECASE)


def _without_judges(graph: KnowledgeGraph, sentence: str, parties: set[str]) -> set[str]:
    """The parties but those a sentence names only with a judge's title (Judge Orrick advised the
    artists…, which the knowledge base may take for the law firm Orrick; X法官: context.tsv judge):
    the one who hears the suit is no side of it."""
    title, before = _judge_patterns()
    text = _simplified(sentence)
    lowered = text.lower()

    def judge(match: re.Match) -> bool:
        return bool(before.search(text, 0, match.start()) or title.match(text, match.end()))
    return parties - _only_as(graph, lowered, parties, judge)


@functools.lru_cache(maxsize=1)
def _affiliate_pattern() -> re.Pattern:
    """What joins a defendant to its affiliate after it: "and its main backer", 及其母公司 (context.tsv affiliate_noun)."""
    noun = context_words("affiliate_noun").pattern
    return re.compile(rf"(?:\s*,?\s+and\s+its\s+(?:[a-z-]+\s+){{0,2}}|\s*及其(?:主要|最大的?)?)(?:{noun})s?,?\s*$", re.IGNORECASE)


def _affiliates_of(graph: KnowledgeGraph, sentence: str, defendants: frozenset, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs but those a sentence names only as a defendant's backer, owner or unit in
    apposition after it (OpenAI and its main backer Microsoft are facing a class action; X及其母公司Y
    被起诉: context.tsv affiliate_noun): one side of the suit, never the other."""
    joined = _affiliate_pattern()
    text = _simplified(sentence)
    lowered = text.lower()
    ends = [m.end() for node in defendants for m in _labels_in(graph, node, lowered)]

    def affiliate(match: re.Match) -> bool:
        return any(end <= match.start() and joined.fullmatch(lowered, end, match.start()) for end in ends)
    return plaintiffs - _only_as(graph, lowered, plaintiffs, affiliate)


def _only_as(graph: KnowledgeGraph, lowered: str, nodes: set[str], told) -> set[str]:
    """The nodes a sentence (lower-cased) names, every time it names them, as ``told`` says of the mention."""
    return {node for node in nodes if (found := _labels_in(graph, node, lowered)) and all(told(m) for m in found)}


def _without_bystanders(graph: KnowledgeGraph, sentence: str, defendants: frozenset, plaintiffs: set[str]
                        ) -> tuple[frozenset, set[str]]:
    """A suit's sides but the names a sentence gives only as another's owner, as the one whose
    relatives sue, with a judge's title, or as a defendant's backer (the four readers above)."""
    defendants = frozenset(_without_judges(graph, sentence, _without_possessors(graph, sentence, set(defendants))))
    plaintiffs = _without_judges(graph, sentence, _without_possessors(graph, sentence, plaintiffs))
    return defendants, _affiliates_of(graph, sentence, defendants, _without_kin_anchors(graph, sentence, plaintiffs))


FOLLOWED_REACH = 80  # characters at most from a followed_open cue to its followed_close
_FOLLOWED_BREAK = later(r"[，；;]")  # a clause mark no span runs over (an English list's commas it may)
GOVERNMENTS = frozenset({"Jurisdiction", "Regulator", "Legislature"})  # states joining states sue as one coalition


def _without_followed(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str], followed: set[str] | None = None) -> set[str]:
    """The plaintiffs but those a sentence names only as the ones another followed in suing
    (Z joined A and B in suing X; 继A和B之后，Z也起诉了X; Z加入A、B的行列，起诉X), or set beside
    the one who sued (Besides A, Z sued X; 除了A之外，Z也起诉了X): they sued in a suit of their own,
    not in the one the sentence reports; where all are, all stay.
    Governments joining others in suing (Ohio joined 40 states in suing X) are one coalition's suit.
    ``followed``: ``_followed`` of the plaintiffs, where read already."""
    followed = _followed(graph, sentence, plaintiffs) if followed is None else followed
    return plaintiffs - followed if followed < plaintiffs else plaintiffs


def _followed(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs a sentence names only as the ones another followed in suing, or set beside
    the one who sued (_without_followed), each judged by itself."""
    lowered = sentence.lower()
    taken = [found.span() for found in context_words("followed_not").finditer(lowered)]
    spans = _beside_spans(lowered)
    for opener in context_words("followed_open").finditer(lowered):
        if any(start <= opener.start() < end for start, end in taken):
            continue
        closer = context_words("followed_close").search(lowered, opener.end(), opener.end() + FOLLOWED_REACH)
        if closer is not None and not _FOLLOWED_BREAK.search(lowered, opener.end(), closer.start()):
            spans.append((opener.end(), closer.start()))
    if not spans:
        return set()
    return {node for node in plaintiffs if graph.entity(node)["type"] not in GOVERNMENTS
            and (found := _labels_in(graph, node, lowered))
            and all(any(start <= m.start() and m.end() <= end for start, end in spans) for m in found)}


_BESIDE_OPEN = later(r"(?:^|[，,；;：:])\s*[\"“‘'「]?$")  # a sentence's or clause's opening, before the cue


def _beside_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans a cue opening a sentence or a clause sets beside its report (Besides A, B sued X:
    A; context.tsv followed_beside), each from the cue up to the comma closing it."""
    spans = []
    for cue in context_words("followed_beside").finditer(lowered):
        comma = re.compile(r"[，,]").search(lowered, cue.end(), cue.end() + FOLLOWED_REACH)
        if comma is not None and _BESIDE_OPEN.search(lowered, 0, cue.start()) \
                and not _FOLLOWED_BREAK.search(lowered, cue.end(), comma.start()):
            spans.append((cue.end(), comma.start()))
    return spans


class _NamesOfSentence:
    """Where one sentence names the entities it writes (``others``: every name it holds) and the
    parties of its suits, found once for all its suits (_without_miscuts, _glossed ask it for each
    side of each suit).  With ``finder`` (the NameFinder that found ``others``), only the entities
    whose label the sentence writes over a place asked about are read (a sentence holding the
    labels of hundreds of entities, each read for each suit: quadratic in a document's names)."""

    def __init__(self, graph: KnowledgeGraph, sentence: str, others: set[str], finder: NameFinder | None = None) -> None:
        self.graph, self.others, self.finder = graph, others, finder
        self.lowered = sentence.lower()
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._cover: dict[int, list[tuple[int, int, set[str]]]] | None = None  # position -> the labels written over it
        self._cut: dict[str, bool] = {}  # node -> cut wrongly among the others
        self._labels: dict[str, set[str]] = {}
        self._inside: _Inside | None = None  # (without ``finder``) the spans of the others' names

    def spans(self, node: str) -> list[tuple[int, int]]:
        if node not in self._spans:
            self._spans[node] = [m.span() for m in _labels_in(self.graph, node, self.lowered)]
        return self._spans[node]

    def _over(self, position: int) -> list[tuple[int, int, set[str]]]:
        """(start, end, nodes) of the labels the sentence writes over ``position`` (start <= position < end)."""
        if self._cover is None:
            self._cover = defaultdict(list)
            for start, end, nodes in self.finder.written(self.lowered):
                for at in range(start, end):
                    self._cover[at].append((start, end, nodes))
        return self._cover.get(position, [])

    def _spans_of(self, nodes: Iterable[str]) -> list[tuple[int, int, str]]:
        return [(begin, end, other) for other in nodes for begin, end in self.spans(other)]

    def cut(self, node: str, among: set[str]) -> bool:
        """Wherever the sentence writes ``node``, it starts inside the name of another of ``among``
        and runs past its end."""
        if among is self.others and node in self._cut:
            return self._cut[node]
        own = self.spans(node)
        if self.finder is None or among is not self.others:
            flat = self._spans_of(among)
            found = bool(own) and all(any(begin < start < end < stop for begin, end, other in flat if other != node)
                                      for start, stop in own)
        else:  # only the others whose label the sentence writes over the start of one of its places
            found = bool(own) and all(any(
                begin < start < end < stop for begin, end, other in self._spans_of(
                    {other for first, last, nodes in self._over(start) if first < start < last < stop
                     for other in nodes if other != node and other in among}))
                for start, stop in own)
        if among is self.others:
            self._cut[node] = found
        return found

    def longer(self, start: int, end: int) -> bool:
        """Whether one of the others' names holds text[start:end] and more (_Inside.longer)."""
        if self.finder is None:
            self._inside = self._inside or _Inside(span for other in self.others for span in self.spans(other))
            return self._inside.longer(start, end)
        nodes = {other for first, last, held in self._over(start) if first <= start and end <= last
                 and last - first > end - start for other in held if other in self.others}
        return any(begin <= start and end <= stop and stop - begin > end - start
                   for begin, stop, _ in self._spans_of(nodes))

    def labels(self, node: str) -> set[str]:
        if node not in self._labels:
            self._labels[node] = {label.lower() for label in self.graph.entity(node)["labels"]}
        return self._labels[node]

    def gloss(self, found: re.Match, node: str) -> str | None:
        """The one other entity whose whole name the brackets right after ``found`` hold, if a gloss."""
        gloss = _GLOSS.match(self.lowered, found.end())
        text = gloss.group(1).strip() if gloss else ""
        if not text or text in self.labels(node) or \
                not (text.isascii() and not found.group().isascii() or found.group() in text):
            return None
        if self.finder is None:
            named = {other for other in self.others - {node} if text in self.labels(other)}
        else:
            named = {other for other in self.finder.labelled(text) if other in self.others and other != node}
        return next(iter(named)) if len(named) == 1 else None


def _without_miscuts(graph: KnowledgeGraph, sentence: str, parties: set[str], others: set[str],
                     names: _NamesOfSentence | None = None) -> set[str]:
    """The parties but a name cut wrongly: one that, wherever the sentence writes it, starts
    inside another party's name and runs past its end (美国作家协会联合约翰·格里沙姆 read as
    美国作家协会 and 会联合约翰·格里沙姆).  ``names``: the sentence's, with ``others``."""
    names = names or _NamesOfSentence(graph, sentence, others)
    among = others if parties <= others else parties | others
    return {node for node in parties if not names.cut(node, among)}


_GLOSS = later(r"\s*[（(]([^（()）]{2,60})[）)]")  # 强森（Kirk Johnson）: the name in brackets right after


def _glossed(graph: KnowledgeGraph, sentence: str, parties: set[str], others: set[str],
             names: _NamesOfSentence | None = None, glosses: dict[str, set[str]] | None = None) -> set[str]:
    """The parties, each one that the sentence writes only with another entity's whole name in
    brackets right after it replaced by that entity: a gloss, in Latin letters after a Chinese
    name or holding the name, names the same party (作家巴兹（Ann Barz）和强森（Kirk Johnson）:
    强森 read as a company of that name, the person in brackets is the party; Stability AI（被告）
    is a role, no gloss).  ``names``: the sentence's, with ``others``; ``glosses``: what each party
    read before in the sentence stands for (each party's own: kept for the sentence's other suits)."""
    names = names or _NamesOfSentence(graph, sentence, others)
    glosses = {} if glosses is None else glosses
    kept = set()
    for node in parties:
        if node not in glosses:
            found = [m for m in _labels_in(graph, node, names.lowered)  # not as a part of another's name (Kirk Johnson)
                     if not names.longer(m.start(), m.end())]
            given = {names.gloss(m, node) for m in found}
            glosses[node] = given if len(given) == 1 and None not in given else {node}
        kept |= glosses[node]
    return kept


class _Inside:
    """Spans: whether one of them holds text[start:end] and more, ``any(s <= start and end <= e
    and e - s > end - start for s, e in spans)``, by bisection, not by reading every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))
        self.furthest: dict[int, int] = {}  # start -> the furthest end of the spans starting there
        for start, end in ordered:
            self.furthest[start] = end

    def longer(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, start)  # the spans starting before start
        return (before > 0 and self.reach[before - 1] >= end) or self.furthest.get(start, end) > end


def _labels_in(graph: KnowledgeGraph, node: str, lowered: str) -> list[re.Match]:
    """Where a sentence (lower-cased) names a node by any of its labels: each mention once, by
    its longest label (路透 inside 路透社, Reuters inside Reuters News: one mention, not two)."""
    return _labels_found(frozenset(graph.entity(node)["labels"]), lowered)


@functools.lru_cache(maxsize=1 << 16)
def _labels_found(labels: frozenset[str], lowered: str) -> "list[_Found]":
    """_labels_in's matches, found once for a node's labels and a sentence: the suits ask for
    them again and again, step after step (42,000 times on the demo corpus x16, 5,000 sentences).
    The list is shared: read, never changed."""
    found = [match for label in labels if (key := label.lower()) in lowered
             for match in _Found.every(key, lowered) if _whole(lowered, match.start(), match.end())]
    return _outermost(found)


def _whole(lowered: str, start: int, end: int) -> bool:
    """Whether a Latin label found stands as words of its own, not inside a longer word (US in
    "its users", AI in "said"); a Chinese one stands anywhere."""
    return not (start > 0 and _LATIN_WORD(lowered[start - 1]) and _LATIN_WORD(lowered[start])
                or end < len(lowered) and _LATIN_WORD(lowered[end]) and _LATIN_WORD(lowered[end - 1]))


def _LATIN_WORD(character: str) -> bool:  # a letter or digit of a Latin word
    return character.isascii() and character.isalnum()


class _Found:
    """Where a label stands in a sentence, as ``re.Match`` tells it (start, end, span, group),
    found by ``str.find``: what ``re.compile(re.escape(key)).finditer`` finds (each match after
    the one before, an empty label at every position) without compiling a pattern per label
    (a large graph's labels overflow re's cache of 512: 9,000 compiles, 14 % of the suits' CPU
    at 2,000 synthetic suits)."""
    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    @classmethod
    def every(cls, key: str, text: str) -> "list[_Found]":
        found, at, step = [], text.find(key), max(len(key), 1)
        while at >= 0:
            found.append(cls(text, at, at + len(key)))
            at = text.find(key, at + step) if at + step <= len(text) else -1
        return found

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


def _outermost(found: list[re.Match]) -> list[re.Match]:
    """The matches no longer match contains, in order of their start: one sweep, longest first
    at each start, a match kept where it reaches past every other span before it (the same span
    found twice, by two labels, is kept twice)."""
    kept, reach = [], -1
    for (_, end), same in itertools.groupby(sorted(found, key=lambda m: (m.start(), -m.end())), key=lambda m: m.span()):
        if end > reach:
            kept.extend(same)
        reach = max(reach, end)
    return kept


# 起诉微软和OpenAI的两起关联案件: a filing cue inside words naming a case, no filing told
_NAMING_A_CASE = later(r"(?P<told>[^，,。；;：:]{0,30}?)的[^，,。；;的]{0,6}?(?:案件|案|诉讼|官司|纠纷)")


@functools.cache
def _suit_likened() -> tuple[re.Pattern, tuple[str, ...]]:
    """What tells that the suit after a filing cue is one like another (context.tsv suit_likened):
    a word of it right after the cue (提起了新的诉讼), and those of two characters or more ending
    the words before 的 (提起了一起类似的, 与此相似的; 新 there may end a name: 起诉刘新的案件)."""
    words = context_words("suit_likened")
    return re.compile(rf"了?(?:{words.pattern})的"), tuple(word for word in context_cues("suit_likened") if len(word) > 1)


def _names_a_case(sentence: str, end: int) -> bool:
    """Whether the words after a filing cue ending at ``end`` name a case (起诉B的两起关联案件),
    not the suit it files (提起了类似的诉讼: ``_suit_likened``)."""
    named = _NAMING_A_CASE.match(sentence, end)
    right_after, ending = _suit_likened()
    return named is not None and not right_after.match(sentence, end) and not named.group("told").endswith(ending)


def _filings_name_cases(sentence: str) -> bool:
    """Whether every filing cue of a sentence is inside words that name a case (法官就A诉B案，
    以及C分别起诉B的两起关联案件发布意见书: a ruling on cases filed before, no filing that day)."""
    cues = [position for position, kind in event_cues(sentence) if kind == "filing"]
    pattern, _, _ = event_lexicon()
    sentence = _simplified(sentence)  # the cues' positions are the Simplified text's (起訴 is 起诉)
    return bool(cues) and all(_names_a_case(sentence, found.end()) or _IN_A_MOTION.match(sentence, found.end())
                              or _IN_A_MOTION_BEFORE.search(sentence, 0, cue)
                              for cue in cues if (found := pattern.match(sentence, cue)))


_IN_A_MOTION = later(r"(?:的)?(?:动议|動議|申请|申請|请求|請求|书|書|状|狀)")  # 驳回起诉动议: a motion's name
_IN_A_MOTION_BEFORE = later(r"(?:驳回|駁回|撤销|撤銷)$")


def _filing_told_first(evidence: Evidence) -> bool:
    """Whether a sentence reporting a filing and what followed tells the filing first, with
    the sentence's first date, in a clause of its own (A sued X in August 2024, and X
    agreed to pay… to resolve claims: the filing, then the settlement), not inside the
    later act (在A起诉X一案中，法院于2024年5月驳回…)."""
    cues = event_cues(evidence.sentence)
    first = cues[0] if cues else None
    if first is None or first[1] != "filing":
        return False
    later = next((position for position, kind in cues if kind not in ("filing", "hearing")), len(evidence.sentence))
    clause = CLAUSE_MARK.search(evidence.sentence, first[0], later)
    dates = [start for start, _, iso, _ in date_spans(evidence.sentence, evidence.date, evidence.date) if iso]
    return clause is not None and bool(dates) and dates[0] < clause.start()  # the sentence's first date is the filing's


def _apart(graph: KnowledgeGraph, evidence: Evidence, defendants: frozenset, plaintiffs: set[str]
           ) -> list[tuple[frozenset, set[str]]]:
    """The suits one sentence's plaintiffs bring against the same defendants: one, unless
    each plaintiff has a filing or a case name of its own (继2023年12月纽约时报起诉微软、2024年4月
    芝加哥论坛报起诉微软之后; A v. OpenAI and B v. OpenAI: a suit per filing, each plaintiff's the
    first filing cue or case name's "v." after its name) or the
    suits are told apart (分别向Udio和Suno提起诉讼: a suit per defendant; 甲和乙分别起诉丙: a
    suit per plaintiff)."""
    if len(plaintiffs) > 1 and _suits_by_each(graph, evidence.sentence, plaintiffs):
        return [(defendants, {plaintiff}) for plaintiff in sorted(plaintiffs)]
    filings, cues = _suit_cues(evidence.sentence)
    by_cue: dict[int, set[str]] = defaultdict(set)
    for plaintiff in plaintiffs:
        named = _position(graph, evidence.sentence, {plaintiff})
        by_cue[next((cue for cue in cues if cue > named), -1)].add(plaintiff)
    # a case name and a filing cue telling that case (Tremblay v. OpenAI, the suit Tremblay and
    # Awad brought…) are one suit: suits apart have cues of one sort, filings or case names
    one_sort = len({cue in filings for cue in by_cue}) == 1
    if len(by_cue) > 1 and -1 not in by_cue and one_sort:
        return [(defendants, group) for group in by_cue.values()]
    first = min(_position(graph, evidence.sentence, defendants), *(cues or [len(evidence.sentence)]))
    if len(defendants) > 1 and _PLURAL_FILINGS.search(evidence.sentence):  # filed complaints against A, B and C
        return [(frozenset({defendant}), plaintiffs) for defendant in sorted(defendants)]
    respectively = context_words("respectively").search(_simplified(evidence.sentence),  # 分別 as 分别
                                                        _position(graph, evidence.sentence, plaintiffs), first + 1)
    if respectively:
        if len(defendants) > 1 and (len(plaintiffs) == 1 or _named_in_filing(graph, evidence.sentence, defendants,
                                                                             respectively.end())):
            return [(frozenset({defendant}), plaintiffs) for defendant in sorted(defendants)]
        return [(defendants, {plaintiff}) for plaintiff in sorted(plaintiffs)]  # 甲和乙分别起诉丙
    return [(defendants, plaintiffs)]


@functools.lru_cache(maxsize=1024)
def _suit_cues(sentence: str) -> tuple[frozenset[int], list[int]]:
    """Where a sentence's filing cues stand, and those and its case names' "v." in order (_apart):
    read once per sentence, not once per suit it tells (shared: read, never changed)."""
    filings = frozenset(position for position, kind in event_cues(sentence) if kind == "filing")
    return filings, sorted(filings | {found.start() for found in CASE_SEPARATOR.finditer(sentence)})


def _named_in_filing(graph: KnowledgeGraph, sentence: str, defendants: frozenset, after: int) -> bool:
    """Whether 分别 (respectively) spreads over the defendants: one is named in its own clause
    (甲和丙分别起诉乙和丁; 甲和丙分别向乙和丁提起诉讼), not only in a later one, telling what the
    plaintiffs allege (甲、丙和戊分别提起诉讼，指控乙和丁…: a suit per plaintiff against both)."""
    clause = CLAUSE_MARK.search(sentence, after)
    end = clause.start() if clause else len(sentence)
    return _position(graph, sentence[after:end], defendants) < end - after


def _suits_by_each(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> bool:
    """Whether a sentence tells its plaintiffs' suits as several, one each: a plural of suits
    right before their list (The claims from A, B and C center on…) or right after it
    (A、B等提起的多起诉讼; A和B各自起诉X)."""
    lowered = sentence.lower()
    spans = [m.span() for node in plaintiffs for m in _labels_in(graph, node, lowered)]
    if not spans:
        return False
    first, last = min(start for start, _ in spans), max(end for _, end in spans)
    before = context_words("suits_by_each_before")
    if any(found.end() <= first and re.fullmatch(r"[\s:：]*(?:the\s+)?", sentence[found.end():first], re.IGNORECASE)
           for found in before.finditer(sentence)):
        return True
    after = context_words("suits_by_each_after").search(sentence, last)
    return after is not None and re.fullmatch(r"\s*(?:等人|等)?\s*", sentence[last:after.start()]) is not None


# filed complaints against A, B and C: a complaint each (not "a complaint against A and B")
_PLURAL_FILINGS = later(r"\b(?:filed|brought|lodged)\s+(?:separate\s+)?(?:complaints|lawsuits|suits|actions|cases)\s+against\b",
                        re.IGNORECASE)


def _by_caption(graph: KnowledgeGraph, cases: list[_CaseName], courts: CourtNames, evidence: Evidence,
                defendants: frozenset, plaintiffs: set[str]) -> list[tuple[frozenset, set[str]]]:
    """A report of suits against defendants it does not name itself (A, B and C filed…,
    told under a title naming Nvidia and Databricks), apart where a case name its item
    gives names a suit of those plaintiffs against some of them only (The case, A v. Nvidia
    Corp: the suit against Nvidia, and another against Databricks).  Where the sentence
    names them (A sued Stability AI, Midjourney and DeviantArt), the caption names the
    first defendant of one suit (Andersen v. Stability AI)."""
    if len(defendants) < 2 or _named(graph, evidence.sentence, defendants):
        return [(defendants, plaintiffs)]
    told = " ".join(sentence for _, sentence in courts.sentences[(evidence.document, evidence.item)])
    for case in cases:
        if case.name not in told or not _side_label(graph, case.plaintiffs, plaintiffs, leading=True):
            continue
        named = frozenset(d for d in defendants if _side_label(graph, case.defendants, {d}, leading=False))
        if named and named != defendants:
            return [(named, plaintiffs), (defendants - named, plaintiffs)]
    return [(defendants, plaintiffs)]


def _refiled(evidence: Evidence) -> tuple[int, int] | None:
    """(withdrawal cue, re-filing word) of a sentence telling a suit withdrawn and filed
    again (撤回了在特拉华州的起诉，并向X法院重新提起诉讼), None for any other."""
    withdrawals = [position for position, kind in event_cues(evidence.sentence) if kind == "withdrawal"]
    again = [found.start() for found in context_words("refiling").finditer(evidence.sentence)
             if withdrawals and found.start() > withdrawals[0]]
    return (withdrawals[0], again[0]) if again else None


def _filings_by_court(evidence: Evidence, courts: CourtNames) -> list[tuple[str, int]]:
    """(court, filing cue) of each filing a sentence reports in its own court (2023年2月在
    特拉华州联邦地区法院起诉，同年在英国高等法院起诉: two suits); [] for one court or none."""
    named = courts.named(evidence.sentence)
    cues = [position for position, kind in event_cues(evidence.sentence) if kind == "filing"]
    if len({court for _, court in named}) < 2:
        return []
    found = []
    for index, (position, court) in enumerate(named):
        following = named[index + 1][0] if index + 1 < len(named) else len(evidence.sentence)
        cue = next((c for c in cues if position < c < following), None)
        if cue is None:
            return []  # a court named without its own filing: not two filings
        found.append((court, cue))
    return found


def _named(graph: KnowledgeGraph, sentence: str, nodes: Iterable[str]) -> set[str]:
    """The entities of ``nodes`` that a sentence names (any label, any case; a person
    named in Latin letters also by the surname, as a word: Mata's claim names Roberto Mata)."""
    lowered = sentence.lower()
    return {node for node in nodes if any(name.lower() in lowered for name in graph.entity(node)["labels"])
            or graph.entity(node)["type"] == "Person" and any(_surname_in(lowered, name) for name in graph.entity(node)["labels"])}


def _surname_in(lowered: str, name: str) -> bool:
    surname = _surname(name)
    return surname is not None and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", lowered) is not None


def _surname(name: str) -> str | None:
    """The last word of a name in Latin letters, in lower case, by which a sentence may name
    the person (Mata for Roberto Mata); None where the name gives none."""
    words = name.split()
    return words[-1].lower() if len(words) > 1 and name.isascii() and len(words[-1]) > 2 else None


_WORD_CHARACTER = later(r"[\w-]")


class NameFinder:
    """The entities of ``nodes`` that a sentence names, as _named tells, for many entities
    at once: every label (and a person's surname) in lower case in one character trie, walked
    from each position of the sentence, so that the cost grows with the sentence, not with
    the number of entities (_named over every party of every suit is quadratic in suits).

    >>> # NameFinder(graph, {"openai", "person-roberto-mata"})("Mata's claim against OpenAI")
    >>> # -> {"openai", "person-roberto-mata"}
    """
    LABEL, SURNAME = "\0label", "\0surname"  # keys no character is

    def __init__(self, graph: KnowledgeGraph, nodes: Iterable[str]) -> None:
        self.trie: dict = {}
        self.everywhere: set[str] = set()  # an empty label: in every sentence
        for node in nodes:
            data = graph.entity(node)
            for name in data["labels"]:
                self._add(name.lower(), self.LABEL, node)
                if data["type"] == "Person" and (surname := _surname(name)) is not None:
                    self._add(surname, self.SURNAME, node)
        self.found: dict[str, set[str]] = {}
        self._places: dict[str, list[tuple[int, int, set[str]]]] = {}  # lowered sentence -> written()'s answer

    def _add(self, text: str, kind: str, node: str) -> None:
        if not text:
            if kind == self.LABEL:
                self.everywhere.add(node)
            return
        branch = self.trie
        for character in text:
            branch = branch.setdefault(character, {})
        branch.setdefault(kind, set()).add(node)

    def __call__(self, sentence: str) -> set[str]:
        if sentence not in self.found:
            self.found[sentence] = self._walk(sentence.lower())
        return set(self.found[sentence])

    def written(self, lowered: str) -> list[tuple[int, int, set[str]]]:
        """(start, end, nodes) of each place a sentence in lower case writes a label (in lower
        case) of ``nodes``, wherever it stands (inside a word too, as _labels_in finds them);
        read once per sentence (the list is shared: read, never changed)."""
        if lowered not in self._places:
            self._walk(lowered)
        return self._places[lowered]

    def _walk(self, lowered: str) -> set[str]:
        """One walk of a sentence in lower case through the labels: the nodes it names (kept by
        the caller) and where it writes each label (kept here for ``written``: the suits ask both)."""
        found, places = set(self.everywhere), []
        for start in range(len(lowered)):
            branch = self.trie.get(lowered[start])
            end = start + 1
            while branch is not None:
                if self.LABEL in branch:
                    found |= branch[self.LABEL]
                    places.append((start, end, branch[self.LABEL]))
                if self.SURNAME in branch and self._word(lowered, start, end):
                    found |= branch[self.SURNAME]
                branch = branch.get(lowered[end]) if end < len(lowered) else None
                end += 1
        self._places[lowered] = places
        return found

    def labelled(self, lowered: str) -> set[str]:
        """The nodes one of whose labels, in lower case, is ``lowered`` (not empty)."""
        branch = self.trie
        for character in lowered:
            branch = branch.get(character)
            if branch is None:
                return set()
        return branch.get(self.LABEL, set())

    @staticmethod
    def _word(lowered: str, start: int, end: int) -> bool:
        """No word character or hyphen right before or after (_surname_in's lookarounds)."""
        return not (start and _WORD_CHARACTER.match(lowered, start - 1)) and \
            not (end < len(lowered) and _WORD_CHARACTER.match(lowered, end))


_FIELD_MARKS = later(r"[｜|]")
_STEP_MARKS = later(r"[｜|；;]")  # the steps of a procedure field (【程序节点】2023年起诉；2023年5月…)
_ANY_LABEL = later(rf"{CARD_MARK}(?:[【〖〔\[][^】〗〕\]\n]{{1,8}}[】〗〕\]]|[^\s：:，,。]{{1,8}}[：:])\s*")


@functools.cache
def _filing_label() -> re.Pattern:
    labels = alternatives(context_cues("filing_field"))
    return re.compile(rf"{CARD_MARK}(?:[【〖\[]\s*(?:{labels})\s*[】〗\]]|(?:{labels})\s*[：:｜|])\s*", re.IGNORECASE)


def card_filed(sentence: str, date: str | None = None) -> str | None:
    """The filing date a case card's field gives: a filing label and a date right after it
    (〖起诉〗2023年10月17日, 起诉日｜2023年7月, Filed: March 3, 2024), or a field between
    ｜ marks made of a date and a filing word only (A v. B｜X法院｜2022年1月起诉｜…); None
    for any other sentence (a card's field is no sentence telling who sued whom)."""
    label = _filing_label().match(sentence)
    # a field of another label (程序节点, Procedure:) holds its steps apart by ; or ｜: one step
    # made of a date and a filing word only dates the filing
    other = None if label else _ANY_LABEL.match(sentence)
    fields = [sentence[label.end():]] if label else _STEP_MARKS.split(sentence[other.end():]) if other \
        else _FIELD_MARKS.split(sentence)[1:]
    for field_text in fields:
        value = _FIELD_MARKS.split(field_text, maxsplit=1)[0]
        # a year written out (2019年) is a date of its own, whatever the story's
        spans = [(start, end, iso) for start, end, iso, relative in date_spans(value, date, date)
                 if iso and (not relative or iso[:4] in value[start:end])]
        if len(spans) != 1:
            continue
        start, end, iso = spans[0]
        rest = (value[:start] + " " + value[end:]).strip(" \t\u3000，,。.;；")
        if label and not value[:start].strip() or not label and _filing_word().fullmatch(rest):
            return iso
    return None


@functools.cache
def _filing_word() -> re.Pattern:
    _, kinds, _ = event_lexicon()
    return re.compile(alternatives([cue for cue, kind in kinds.items() if kind == "filing"]), re.IGNORECASE)


def _filing_date(evidence: Evidence, after: int) -> str | None:
    """The date a sentence gives the filing it reports: the last date before the filing
    cue (2023年12月27日，纽约时报起诉…; 八家报纸于2024年4月…，CIR亦于2024年6月起诉…),
    else one right after it (a suit filed in January 2023), not one of a later act
    (纽约时报在起诉OpenAI的同时于2025年5月与亚马逊签署协议)."""
    field_date = card_filed(evidence.sentence, evidence.date)
    if field_date:
        return field_date
    cues = [position for position, kind in event_cues(evidence.sentence) if kind == "filing"]
    cue = next((position for position in cues if position >= after), cues[-1] if cues else None)
    if cue is None:
        return None
    dated = [(start, iso) for start, _, iso, _ in date_spans(evidence.sentence, evidence.date, evidence.date) if iso]
    told = _told_case(evidence.sentence, cue)
    if told is not None:  # 法院就A于2024年起诉B一案…: a date inside the case's description is its filing's
        return next((iso for start, iso in reversed(dated) if told <= start < cue), None)
    before = _own_date_before(evidence, cue, cues, dated)
    if before:  # less than three weeks after A sued X, its chief executive and… on 29 February: the day, not only the month
        return next((iso for start, iso in dated if start > cue and len(iso) > len(before) and iso.startswith(before)
                     and not any(cue < other < start for other in cues)), before)
    return _date_right_after(evidence, cue)


def _told_case(sentence: str, cue: int) -> int | None:
    """Where the description of a case opens whose filing cue is at ``cue``, the case being the
    object of another act in the clause (法院就A起诉B一案进行首次听证; 开庭审理了四起画师起诉X的案件:
    suits.tsv told_case_opening before the cue, told_case_closing after it): the clause's date
    before it is that act's, not the filing's; None for a filing told as an act."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, cue)), default=0)
    closing = _CLAUSE_MARK.search(sentence, cue)
    end = closing.start() if closing else len(sentence)
    opening = _told_case_words()[0].search(sentence, start, cue)
    if opening is None or _told_case_words()[1].search(sentence, cue, end) is None:
        return None
    return opening.start()


@functools.cache
def _told_case_words() -> tuple[re.Pattern, re.Pattern]:
    return context_words("told_case_opening", SUITS_LEXICON), context_words("told_case_closing", SUITS_LEXICON)


def _own_date_before(evidence: Evidence, cue: int, cues: list[int], dated: list[tuple[int, str]]) -> str | None:
    """The last date before a filing cue (``dated``: the sentence's dates by where they start),
    where no other filing's cue stands between them (A sued X in June, and B followed with its
    own suit against X earlier this month: June is A's filing, not B's)."""
    last = max((start for start, _ in dated if start < cue), default=None)
    if last is None or any(last < other < cue for other in cues):
        return None
    return _date_at(evidence, cue, before_only=True)


def _filing_clause_date(evidence: Evidence) -> str | None:
    """The date a sentence telling a later act gives the filing in a clause of its own,
    right after the filing cue (granted summary judgment in Kadrey v. Meta, the suit
    brought in July 2023 by…: 2023-07); None where no date follows a filing cue there."""
    cues = [position for position, kind in event_cues(evidence.sentence) if kind == "filing"]
    return next((found for cue in cues if (found := _date_right_after(evidence, cue))), None)


_APPOSITIVE = later(r",[^,;，；。]{1,60}?(?:,\s*(?:Inc|Corp|LLC|Ltd|Co)\.?)?,")  # , Colombia's largest airline, / , A v. B, Inc.,


# where it was filed, between the filing and its date (sued X in the Northern District Court in June 2024; in that
# same courthouse in June): no distance
# an owner before the one sued (sued Mark Zuckerberg's Meta on July 7, 2023): its attribute, no distance either
_OWNER = later(r"(?<=\s)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:'s|’s)\s+")
# (in San Francisco County Superior Court: a court's name with no article, opening with a capital)
_COURT_PHRASE = later(r"(?<=\s)in\s+(?:(?:the|that|a|an)\s+|(?-i:(?=[A-Z])))(?:[\w.'’-]+\s+){0,6}?(?:court|courthouse|tribunal)\b",
                      re.IGNORECASE)


_ON_DATE = later(r"\s(?:in|on)(?:\s+(?:mid|early|late)|\s+mid-)?\s*$")  # in June, on 3 March, in mid June, in early May


def _date_right_after(evidence: Evidence, cue: int, reach: int = 25) -> str | None:
    """A date told right after a filing cue, in its clause (the class action filed in
    January 2023 by…; sued Avianca, Colombia's largest airline, in 2022; filed the class
    action, Lehrman v. Lovo, Inc., in May 2024: past one appositive; the complaint, filed
    earlier this month), not one of another act after a comma."""
    sentence = evidence.sentence
    cue_end = _cue_end(sentence, cue)  # (read in simplified characters, as the cue was found: 此案始於)
    spans = date_spans(sentence, evidence.date, evidence.date)
    for index, (start, end, iso, relative) in enumerate(spans):
        # a relative first date (filed last week) is the sentence's own, resolved against the story before
        # it; a year written out (in 2022) is a date of its own
        if relative and iso and iso[:4] not in sentence[start:end] and not any(told for _, _, told, _ in spans[:index]):
            iso = evidence.date
        between = _OWNER.sub("", _COURT_PHRASE.sub("", _APPOSITIVE.sub("", sentence[cue_end:start], count=1), count=1))
        # sued in May 2024, filed on 3 March; or a relative date right after the cue (filed last week)
        # or its object (sued OpenAI this month, its own suit against X earlier this month)
        if iso and cue < start and len(between) <= reach and not re.search("[，,；;。]", between) \
                and (_ON_DATE.search(sentence, 0, start) or not between.strip() or relative):
            return iso
    return None


def _position(graph: KnowledgeGraph, sentence: str, nodes: Iterable[str]) -> int:
    """Where the first of some entities is named in a sentence (its length if nowhere)."""
    lowered = sentence.lower()
    found = [lowered.find(name.lower()) for node in nodes for name in graph.entity(node)["labels"]]
    return min((position for position in found if position >= 0), default=len(sentence))


def _agencies_for_countries(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions whose plaintiff is a country or state its own agency stands for: where
    the news item tells that agency suing the same defendants (U.S. and eight states sue
    RealPage… The Justice Department and eight states sued RealPage: the department is the
    plaintiff, the country no second one)."""
    agencies: dict[tuple[str, str], list[tuple[str, set[str]]]] = defaultdict(list)
    for mention in mentions:
        for plaintiff in mention.plaintiffs:
            data = graph.entity(plaintiff)
            if data["type"] == "Regulator" and data.get("jurisdiction"):
                agencies[(mention.evidence.document, mention.evidence.item)].append((plaintiff, mention.defendants))
    out = []
    for mention in mentions:
        told = agencies[(mention.evidence.document, mention.evidence.item)]
        plaintiffs = set(mention.plaintiffs)
        for plaintiff in mention.plaintiffs:
            standing = {agency for agency, defendants in told if defendants & mention.defendants
                        and graph.entity(agency).get("jurisdiction") == plaintiff}
            if standing and graph.entity(plaintiff)["type"] == "Jurisdiction":
                plaintiffs = (plaintiffs - {plaintiff}) | standing
        out.append(replace(mention, plaintiffs=plaintiffs) if plaintiffs != mention.plaintiffs else mention)
    return out


@functools.cache
def _state_attorney() -> re.Pattern:
    """A name ending in a state attorney general's words (suits.tsv state_attorney): Texas Attorney
    General, the Attorney General's Office, 马萨诸塞州总检察长."""
    cues = sorted(context_cues("state_attorney", SUITS_LEXICON), key=len, reverse=True)
    return re.compile(rf"(?:^|(?<=[\s\u4e00-\u9fff]))(?:{'|'.join(map(re.escape, cues))})$")


def _state_of_attorney(graph: KnowledgeGraph, node: str, document: str) -> str | None:
    """The state whose attorney general an entity is, as the document places it (its
    ``jurisdiction`` fact told there: the bare Attorney General of a Concord story is New
    Hampshire's); None for no attorney general, for a country's (the U.S. Attorney General:
    the knowledge base has no place above it) or for two states."""
    from .kb import KnowledgeBase
    data = graph.entity(node)
    if data["type"] != "Regulator" or not any(_state_attorney().search(label) for label in data["labels"]):
        return None
    kb = KnowledgeBase.load()
    states = {place for _, place, relation, edge in graph.graph.out_edges(node, keys=True, data=True)
              if relation == "jurisdiction" and graph.entity(place)["type"] == "Jurisdiction"
              and any(e.document == document for e in edge["evidence"])
              and place in kb.entries and kb.entries[place].parent}
    return next(iter(states)) if len(states) == 1 else None


def _as_states(graph: KnowledgeGraph, parties: set[str], document: str, kept: Container[str] = frozenset()) -> set[str]:
    """Parties with each state's attorney general as its state (_state_of_attorney): the
    settlement the attorney general reached is the state's suit's event; but for those ``kept``
    (an attorney general some suit has as its party: X Corp. v. the Minnesota Attorney General)."""
    return {party if party in kept else _state_of_attorney(graph, party, document) or party for party in parties}


def _states_for_attorneys(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions whose plaintiff is a state's attorney general, with the state in its place: the
    suit it brings is the state's, one party, as its caption names it (Massachusetts Attorney
    General Jane Roe reached a settlement with X; Attorney General Roe announced that X was
    indicted: Massachusetts v. X; bench/real/README.md, suit rows pass)."""
    out = []
    for mention in mentions:
        plaintiffs = _as_states(graph, mention.plaintiffs, mention.evidence.document)
        out.append(replace(mention, plaintiffs=plaintiffs) if plaintiffs != mention.plaintiffs else mention)
    return out


# -- grouping -------------------------------------------------------------------------------
def fits(first: str, second: str) -> bool:
    """Whether two dates can be one day: equal to their common precision, or two full
    dates at most FIT_DAYS apart."""
    common = min(len(first), len(second))
    if first[:common] == second[:common]:
        return True
    if len(first) == len(second) == 10:
        try:
            return abs((Day.fromisoformat(first) - Day.fromisoformat(second)).days) <= FIT_DAYS
        except ValueError:
            return False
    return False


def _may_be_one(suit: Suit, other: Suit) -> bool:
    """Whether two rows may be one suit as far as their courts and filing dates say: no two
    courts, and filing dates that fit."""
    return not (suit.court and other.court and suit.court != other.court) \
        and not (suit.filed and other.filed and not fits(suit.filed, other.filed))


@dataclass
class _Draft:
    plaintiffs: set[str]
    defendants: set[str]
    court: str | None = None
    court_evidence: list[Evidence] = field(default_factory=list)
    filed: str | None = None
    mentions: list[_Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    hint: tuple[str, Evidence] | None = None  # a court its title names
    apart: set[str] = field(default_factory=set)  # the documents telling it as a suit apart (separate_suit)

    @property
    def parties(self) -> set[str]:
        return self.plaintiffs | self.defendants

    def told_with(self) -> set[str] | None:
        """The parties its reports told as a suit apart name (its defendants and whoever else
        those sentences name); None for a suit told apart from none."""
        if not self.apart:
            return None
        return set(self.defendants).union(*(m.named for m in self.mentions if m.separate))

    def accepts(self, mention: _Mention) -> bool:
        """Same sides, no other court, a filing date that fits; not a suit its document tells
        apart from this one (A sued X…; A has separately sued Y and X: two suits)."""
        if not (self.plaintiffs & mention.plaintiffs and self.defendants & mention.defendants):
            return False
        if (mention.separate or mention.evidence.document in self.apart) and any(
                m.evidence.document == mention.evidence.document and m.defendants != mention.defendants
                and (m.separate or mention.separate) for m in self.mentions):
            return False
        if self.court and mention.court and self.court != mention.court:
            return False
        return not (self.filed and mention.filed and not fits(self.filed, mention.filed))

    def add(self, mention: _Mention) -> None:
        self.plaintiffs |= mention.plaintiffs
        self.defendants |= mention.defendants
        if mention.court and not self.court:
            self.court = mention.court
        if mention.court == self.court and mention.court:
            self.court_evidence.append(mention.evidence)
        if mention.filed and (not self.filed or len(mention.filed) > len(self.filed)):
            self.filed = mention.filed
        if mention.court_hint and not self.hint:
            self.hint = (mention.court_hint, mention.evidence)
        self.mentions.append(mention)
        self.events += mention.events
        if mention.separate:
            self.apart.add(mention.evidence.document)


def _choose(candidates: list[_Draft], mention: _Mention) -> _Draft:
    """The suit a report that could be of several means: the one whose filing date it
    gives, else the last one filed by the date of the report (a suit withdrawn and filed
    again is reported as the second one afterwards)."""
    candidates = _told_as(candidates, mention)
    if mention.filed:
        dated = [draft for draft in candidates if draft.filed and fits(draft.filed, mention.filed)]
        if dated:
            return dated[0]
    reported = mention.evidence.date
    if reported:
        earlier = [draft for draft in candidates if draft.filed and draft.filed[:len(reported)] <= reported[:len(draft.filed)]]
        if earlier:
            return max(earlier, key=lambda draft: draft.filed or "")
    return min(candidates, key=lambda draft: draft.filed or "9999")


def _told_as(candidates: list[_Draft], mention: _Mention) -> list[_Draft]:
    """Of suits a document told apart (A sued X…; A has separately sued Y, conspiring with X),
    those a report naming parties of both means: the one whose sentences name all its
    defendants (A sued X and Y: the second), else the one of exactly its defendants."""
    told = [(draft, draft.told_with()) for draft in candidates]
    if all(named is None for _, named in told):
        return candidates
    return [draft for draft, named in told if named is not None and mention.defendants <= named] or \
        [draft for draft in candidates if draft.defendants == mention.defendants] or candidates


def _group(mentions: list[_Mention], named: Callable[[str], set[str]] | None = None) -> list[_Draft]:
    """Mentions into suits: those naming a court and a filing date first, so that the
    vaguer reports join the suits they fit (``named``: the entities a sentence names, for a
    report adding plaintiffs to one of several suits of its item: _told_in_its_item)."""
    drafts: list[_Draft] = []
    # the drafts by plaintiff and by the news items telling them, as indices in ``drafts`` (a suit
    # accepts only a report sharing a plaintiff: looking at those alone keeps grouping linear)
    by_plaintiff: dict[str, set[int]] = defaultdict(set)
    by_defendant: dict[str, set[int]] = defaultdict(set)
    by_item: dict[tuple[str, str], set[int]] = defaultdict(set)
    place: dict[int, int] = {}  # id of a draft -> its index

    def of(indices: Iterable[int]) -> list[_Draft]:
        return [drafts[index] for index in sorted(indices)]

    def sharing(mention: _Mention) -> list[_Draft]:
        """The drafts sharing a plaintiff and a defendant with the report (the only ones that may
        accept it or a part of it: _Draft.accepts), found from the side naming fewer drafts."""
        sides = [[by_plaintiff[party] for party in mention.plaintiffs if party in by_plaintiff],
                 [by_defendant[party] for party in mention.defendants if party in by_defendant]]
        fewer, more = sorted(sides, key=lambda found: sum(map(len, found)))
        return of({index for found in fewer for index in found if any(index in other for other in more)})

    def in_item(mention: _Mention, joining: bool) -> list[_Draft]:
        """The drafts of the report's news item holding all its plaintiffs, or (``joining``) one of its
        defendants: read through the indexes, not by looking at every suit of the item."""
        here = by_item.get((mention.evidence.document, mention.evidence.item), set())
        if mention.plaintiffs:
            fewest = min((by_plaintiff.get(plaintiff, set()) for plaintiff in mention.plaintiffs), key=len)
            found = {index for index in fewest if index in here
                     and all(index in by_plaintiff[plaintiff] for plaintiff in mention.plaintiffs)}
        else:
            found = set(here)
        if joining:
            found |= {index for defendant in mention.defendants for index in by_defendant.get(defendant, ())
                      if index in here}
        return of(found)

    apart = {m.evidence.document for m in mentions if m.separate}  # the documents telling suits apart go first
    ordered = sorted(mentions, key=lambda m: (m.evidence.document not in apart, m.court is None, m.filed is None,
                                              m.filed or m.evidence.date or "",
                                              m.evidence.document, m.evidence.item, m.evidence.start))
    for mention in ordered:
        for part in _split(mention, sharing(mention)):
            candidates = [draft for draft in sharing(part) if draft.accepts(part)] or _told_in_its_item(in_item, part, named)
            if candidates:
                draft = _choose(candidates, part)
            else:
                draft = _Draft(set(part.plaintiffs), set(part.defendants))
                place[id(draft)] = len(drafts)
                drafts.append(draft)
            draft.add(part)
            index = place[id(draft)]
            for plaintiff in part.plaintiffs:  # the draft's others are indexed already
                by_plaintiff[plaintiff].add(index)
            for defendant in part.defendants:
                by_defendant[defendant].add(index)
            by_item[(part.evidence.document, part.evidence.item)].add(index)
    return drafts


@functools.lru_cache(maxsize=4096)
def _co_party_cued(sentence: str) -> bool:
    """Whether a sentence holds a co_party_before cue (context.tsv), read once per sentence, not
    once per draft's report of it (_co_parties_joined)."""
    return context_words("co_party_before").search(_simplified(sentence).lower()) is not None


def _co_parties_joined(graph: KnowledgeGraph, drafts: list[_Draft]) -> list[_Draft]:
    """A draft whose sentence adds its parties to a party of another draft of its document, the
    other side the same (In addition to Carreyrou, other involved authors include A and B, beside
    Carreyrou sued X and Y; Besides OpenAI, other defendants include C; 除了迪士尼，原告还包括…:
    context.tsv co_party_before right before the other's party): one suit, with both drafts' parties."""
    cue = context_words("co_party_before")
    kept: list[_Draft] = []
    told_in: dict[str, list[int]] = defaultdict(list)  # each document's kept drafts, by their place in kept
    for draft in drafts:
        # (only a sentence holding the cue adds parties, and only to a draft of its own document: not every
        # pair of drafts, which grew with the square of the suits)
        at = next((i for mention in draft.mentions if _co_party_cued(mention.evidence.sentence)
                   for i in told_in.get(mention.evidence.document, ()) if _adds_to(graph, cue, mention, draft, kept[i])),
                  None)
        if at is None:
            at = len(kept)
            kept.append(draft)
        else:
            for mention in draft.mentions:
                kept[at].add(mention)
        for document in {mention.evidence.document for mention in draft.mentions}:
            places = told_in[document]  # (sorted: looked up by bisection, not read whole per draft)
            where = bisect.bisect_left(places, at)
            if where == len(places) or places[where] != at:
                places.insert(where, at)
    return kept


def _adds_to(graph: KnowledgeGraph, cue: re.Pattern, mention: _Mention, draft: _Draft, other: _Draft) -> bool:
    """Whether a mention of ``draft`` adds its side's parties to one of ``other``'s, of the same
    document, the other side the same (``_co_parties_joined``)."""
    if mention.evidence.document not in {m.evidence.document for m in other.mentions}:
        return False
    lowered = _simplified(mention.evidence.sentence).lower()
    for mine, theirs, same in ((draft.plaintiffs, other.plaintiffs, draft.defendants == other.defendants),
                               (draft.defendants, other.defendants, draft.plaintiffs == other.plaintiffs)):
        if not same or mine & theirs:
            continue
        for found in cue.finditer(lowered):
            if any(m.start() - found.end() <= 2 for party in theirs for m in _labels_in(graph, party, lowered)
                   if m.start() >= found.end()) and not _set_beside(graph, lowered, found, mine):
                return True
    return False


def _set_beside(graph: KnowledgeGraph, lowered: str, cue: re.Match, mine: set[str]) -> bool:
    """Whether a cue sets the party after it beside the one of ``mine`` who sued right after its
    comma (Besides A, B filed a suit against X: B's suit is another than A's; not Besides A, other
    defendants include B, which adds B to A's)."""
    ends = [end for start, end in _beside_spans(lowered) if start == cue.end()]
    return bool(ends) and any(re.fullmatch(r"[，,]\s*(?:the\s+)?", lowered[ends[0]:m.start()])
                              for party in mine for m in _labels_in(graph, party, lowered) if m.start() > ends[0])


def _one_suit_many_courts(graph: KnowledgeGraph, drafts: list[_Draft], index: _CaseIndex) -> list[_Draft]:
    """Drafts of the same parties whose filing dates fit, kept apart only by two courts that are one
    court named twice: one's name holding the other's (X向美国加利福尼亚州中区联邦地区法院 and
    美国加利福尼亚州中区联邦地区法院), or the same case name told in both where at most one
    dates its filing (Thaler诉Perlmutter案 before 美国哥伦比亚特区联邦地区法院 and before 哥伦比亚特区法院:
    one suit; two filings dated, in two courts, are two suits of one name).  The court kept is
    the one more sentences state.  ``index``: the graph's case names (the table's, whose
    sentences it has read once), of which those naming both sides count."""
    cases = index.cases
    named = [{cases[number].node for m in d.mentions for number in index.written(m.evidence.sentence)
              if cases[number].plaintiffs and cases[number].defendants} for d in drafts]
    kept: list[_Draft] = []
    at = {id(draft): index for index, draft in enumerate(drafts)}  # not drafts.index: it compares whole drafts
    by_sides: dict[tuple[frozenset, frozenset], list[_Draft]] = defaultdict(list)  # the drafts kept, by parties
    for index, draft in enumerate(drafts):
        sides = (frozenset(draft.plaintiffs), frozenset(draft.defendants))
        into = next((other for other in by_sides[sides] if other.plaintiffs == draft.plaintiffs
                     and other.defendants == draft.defendants
                     and not (other.filed and draft.filed and not fits(other.filed, draft.filed))
                     and other.court != draft.court and other.court and draft.court
                     and (_one_court(graph, other.court, draft.court) or (
                         named[at[id(other)]] & named[index] and not (other.filed and draft.filed)))), None)
        if into is None:
            kept.append(draft)
            by_sides[sides].append(draft)
            continue
        court, evidence = max(((into.court, into.court_evidence), (draft.court, draft.court_evidence)),
                              key=lambda pair: (len(pair[1]), not _one_court(graph, pair[0], pair[0], longer=True)))
        for mention in draft.mentions:
            into.add(replace(mention, court=None))
        into.court, into.court_evidence = court, list(dict.fromkeys(into.court_evidence + draft.court_evidence))
        named[at[id(into)]] |= named[index]  # its parties are the draft's: it stays where it is in by_sides
    return kept


HOUSES = frozenset({"Company", "Organization"})  # the knowledge base's bodies whose parent is an owner


def _owners(graph: KnowledgeGraph) -> dict[str, list[str]]:
    """Each unit of the graph -> its owners: those its partOf facts name, then the parent the
    knowledge base knows for a company or organisation (华纳兄弟 -> 华纳兄弟探索), where both are
    in the graph: a family no article of the folder need spell out."""
    from .kb import KnowledgeBase
    owners: dict[str, list[str]] = defaultdict(list)
    for unit, _, owner, _ in sorted(graph.facts("partOf"), key=lambda fact: (fact[0], fact[2])):
        if unit != owner:
            owners[unit].append(owner)
    kb = KnowledgeBase.load()
    for node, data in graph.entities():
        entry = kb.entries.get(node)
        parent = kb.entries.get(entry.parent or "") if entry is not None and entry.type in HOUSES else None
        if parent is not None and parent.type in HOUSES and parent.id in graph.graph and parent.id != node \
                and parent.id not in owners[node]:
            owners[node].append(parent.id)
    return owners


def _families(owners: dict[str, list[str]]) -> dict[str, str]:
    """Each unit or parent of the graph's partOf facts and known parents (``_owners``) -> the top
    of its family (道琼斯 -> 新闻集团, 纽约邮报 -> 新闻集团, 新闻集团 -> 新闻集团); the first parent
    where a unit has several."""
    parent = {unit: found[0] for unit, found in owners.items() if found}
    tops = {}
    for node in set(parent) | set(parent.values()):
        top, seen = node, {node}
        while top in parent and parent[top] not in seen:
            top = parent[top]
            seen.add(top)
        tops[node] = top
    return tops


def _one_family(graph: KnowledgeGraph, drafts: list[_Draft], owners: dict[str, list[str]]) -> list[_Draft]:
    """Drafts of one corporate family's members suing the same defendants, whose filing dates
    fit, as one suit (News Corp's units Dow Jones and NYP Holdings sued X; the Wall Street Journal
    and the New York Post sued X; the Post sued X: one suit the papers of one house brought
    together): every plaintiff of one is of the family (partOf) of a plaintiff of the other.  The
    row kept is the one most filing reports tell, naming most of the house's members, with its
    own plaintiffs; the others' sentences, dates and events join it, and the court more
    sentences state."""
    tops = _families(owners)
    if not tops:
        return drafts

    at = {id(draft): index for index, draft in enumerate(drafts)}  # not drafts.index: it compares whole drafts

    def weight(draft: _Draft) -> tuple[int, int, int, int]:
        return (sum(m.filing for m in draft.mentions), len(draft.plaintiffs),
                len({m.evidence.document for m in draft.mentions}), -at[id(draft)])
    kept: list[_Draft] = []
    by_house: dict[str, list[_Draft]] = defaultdict(list)  # the drafts kept, by the houses of their plaintiffs
    for draft in sorted(drafts, key=weight, reverse=True):
        houses = {tops[p] for p in draft.plaintiffs if p in tops}
        into = next((other for other in by_house[min(houses)] if houses <= {tops.get(p, p) for p in other.plaintiffs}
                     and (draft.defendants <= other.defendants or other.defendants <= draft.defendants)
                     and not (other.filed and draft.filed and not fits(other.filed, draft.filed))), None) \
            if houses and all(p in tops for p in draft.plaintiffs) else None
        if into is None:
            kept.append(draft)
            for house in {tops.get(p, p) for p in draft.plaintiffs}:
                by_house[house].append(draft)
            continue
        court, evidence = max(((into.court, into.court_evidence), (draft.court, draft.court_evidence)),
                              key=lambda pair: (pair[0] is not None, len(pair[1])))
        plaintiffs, defendants = set(into.plaintiffs), into.defendants | draft.defendants
        for mention in draft.mentions:
            into.add(replace(mention, court=None))
        into.plaintiffs, into.defendants = plaintiffs, defendants
        into.court, into.court_evidence = court, list(dict.fromkeys(into.court_evidence + draft.court_evidence))
    return sorted(kept, key=lambda draft: at[id(draft)])


def _against_each(graph: KnowledgeGraph, drafts: list[_Draft], courts: CourtNames) -> list[_Draft]:
    """A suit against several defendants that a sentence of its news items tells as one case
    against each (The case against A was filed in the District of X; the case against B, in
    the Southern District of Y. 对A的诉讼在甲法院提起，对B的诉讼在乙法院提起): one suit per
    defendant, each with the reports naming it and the court its clause names."""
    kept, clauses = [], {}
    for draft in drafts:
        split = _cases_against(graph, draft, courts, clauses) if len(draft.defendants) > 1 else {}
        if len(split) < 2:
            kept.append(draft)
            continue
        for defendant, (court, evidence) in split.items():
            one = _Draft(set(draft.plaintiffs), {defendant})
            for mention in draft.mentions:
                if defendant in mention.defendants or not mention.defendants & set(split):
                    one.add(replace(mention, defendants={defendant}, court=None))
            one.court, one.court_evidence = court or draft.court, [evidence] if court else list(draft.court_evidence)
            one.filed, one.hint = draft.filed, draft.hint
            kept.append(one)
    return kept


def _cases_against(graph: KnowledgeGraph, draft: _Draft, courts: CourtNames, clauses: dict | None = None
                   ) -> dict[str, tuple[str | None, Evidence]]:
    """The defendants of a suit that a sentence of its items tells a case against each of,
    with the court named in each one's clause: none unless two at least.  ``clauses``: item ->
    its sentences telling cases against someone, read once for every suit of the item."""
    clauses = {} if clauses is None else clauses
    for item in dict.fromkeys((m.evidence.document, m.evidence.item) for m in draft.mentions):
        if item not in clauses:
            # (run, evidence, lowered, its clauses) in order: a clause after a semicolon, told as a sentence of its
            # own, goes on with it (one run), any other sentence ends the run
            clauses[item], run = [], 0
            for evidence in sorted(courts.evidence[item], key=lambda e: e.start):
                lowered = evidence.sentence.lower()
                if against := _against_clauses(lowered):
                    clauses[item].append((run, evidence, lowered, against))
                if not evidence.sentence.rstrip().endswith((";", "；")):
                    run += 1
        found: dict[str, tuple[str | None, Evidence]] = {}
        told_in = None
        for run, evidence, lowered, against in clauses[item]:
            if run != told_in:
                found, told_in = {}, run
            for name_from, name_to, court_to in against:
                named = sorted((m.start(), node) for node in draft.defendants
                               for m in _labels_in(graph, node, lowered[name_from:name_to]))
                court = next((court for position, court in courts.named(evidence.sentence[:court_to])
                              if position >= name_from), None)
                if named and named[0][1] not in found:
                    found[named[0][1]] = (court, evidence)
            if len(found) >= 2:
                return found
    return {}


def _against_clauses(lowered: str) -> list[tuple[int, int, int]]:
    """Each clause of a sentence telling a case against someone: where its party's name may
    be (from the cue on: the case against A…; between 对 and 的诉讼: 对A的诉讼…) and where the
    clause ends (the next such cue)."""
    spans = [(found.start(), found.end(), None) for found in context_words("case_against").finditer(lowered)]
    for opener in context_words("case_against_open").finditer(lowered):
        closer = context_words("case_against_close").search(lowered, opener.end(), opener.end() + 30)
        if closer is not None and not CLAUSE_MARK.search(lowered, opener.end(), closer.start()):
            spans.append((opener.start(), opener.end(), closer.start()))
    spans.sort()
    return [(end, name_to or (spans[index + 1][0] if index + 1 < len(spans) else len(lowered)),
             spans[index + 1][0] if index + 1 < len(spans) else len(lowered))
            for index, (_, end, name_to) in enumerate(spans)]


def _others_named_after(graph: KnowledgeGraph, drafts: list[_Draft], courts: CourtNames) -> None:
    """A suit against a defendant and a count of others (X起诉A及其他三家公司; X sued A and two
    other companies) whose document names that many other companies together in one other
    sentence (X指控，B、C和D未经许可…), and no other set of as many: those companies are its
    other defendants."""
    from . import unnamed  # (imported when a text is read: a graph's reader needs none)
    counted = context_words("others_counted")
    finder = None
    searched: dict[str, re.Match | None] = {}  # (a sentence of several suits read once)
    for draft in drafts:
        for mention in list(draft.mentions):
            sentence = mention.evidence.sentence
            found = searched[sentence] if sentence in searched else searched.setdefault(sentence, counted.search(sentence))
            count = found and unnamed.count_of(found.group())
            if not count:
                continue
            finder = finder or NameFinder(graph, (node for node, data in graph.entities()
                                                  if data["type"] in HOUSES and not bare_kind(graph, node)))
            sets = {frozenset(others) for (document, _), told in courts.evidence.items()
                    if document == mention.evidence.document for evidence in told
                    if evidence.sentence != mention.evidence.sentence
                    and len(others := _wholly_named(graph, evidence.sentence, finder(evidence.sentence) - draft.parties)) == count}
            if len(sets) == 1:
                draft.defendants |= next(iter(sets))


@functools.cache
def _bare_kinds() -> re.Pattern:
    return context_words("bare_kind", SUITS_LEXICON)


def bare_kind(graph: KnowledgeGraph, node: str) -> bool:
    """Whether an entity is named only by a kind word (公司, 企业, the company: suits.tsv
    bare_kind): it names no one party, though a sentence's 等公司 or 该公司 was read as its name."""
    kinds = _bare_kinds()
    labels = graph.entity(node)["labels"] if node in graph.graph else ()
    return bool(labels) and all(kinds.fullmatch(label.strip()) for label in labels)


def _wholly_named(graph: KnowledgeGraph, sentence: str, nodes: set[str]) -> set[str]:
    """The nodes a sentence names by a whole label: a Latin one of three letters at least, as a
    word of its own (not AI inside Character.AI's labels, nor AP inside AWMProxy)."""
    lowered = sentence.lower()
    return {node for node in nodes if any(
        re.search(rf"(?<![a-z0-9]){re.escape(label.lower())}(?![a-z0-9])" if label.isascii() else re.escape(label.lower()),
                  lowered) for label in graph.entity(node)["labels"]
        if label and not (label.isascii() and len(label) < 3))}


def _units_as_parents(graph: KnowledgeGraph, drafts: list[_Draft], owners: dict[str, list[str]]) -> None:
    """A suit's plaintiff that is a unit of another of its plaintiffs (partOf), where no sentence
    of the suit names the two apart, is that plaintiff named short by one outlet (迪士尼、环球影业
    和华纳兄弟作为共同原告 beside 迪士尼、环球影业、华纳兄弟探索公司联合起诉: 华纳兄弟 is 华纳兄弟
    探索): the parent stays; a parent suing with its units named beside it as plaintiffs (迪士尼及其子公司皮克斯)
    keeps them (``_sued_apart``, for each of the unit's owners among the plaintiffs)."""
    owners = {unit: set(parents) for unit, parents in owners.items()}
    for draft in drafts:
        for title, publisher in _publishers(graph, draft.plaintiffs):
            owners.setdefault(title, set()).add(publisher)
        units = {unit for unit in draft.plaintiffs
                 if any(not _sued_apart(graph, draft, unit, owner) for owner in owners.get(unit, set()) & draft.plaintiffs)}
        draft.plaintiffs -= units


def _sued_apart(graph: KnowledgeGraph, draft: _Draft, unit: str, owner: str) -> bool:
    """Whether a sentence of a suit tells a unit and one of its owners each suing on its own (迪士尼及其
    子公司皮克斯起诉X): its sued facts make both plaintiffs, and it names them apart.  A sentence naming the
    unit only beside its owner tells no two plaintiffs (Wall Street Journal parent Dow Jones and the NY Post
    sued; The Wall Street Journal's reporter writes that Dow Jones sued); and each owner is asked on its own
    (the New York Post, named apart from Dow Jones, never from NYP Holdings, its publisher: one party with it)."""
    return any(_apart_in(graph, unit, owner, mention.evidence.sentence.lower()) for mention in draft.mentions
               if unit in mention.plaintiffs and owner in mention.plaintiffs)


_TITLE_WORD = later(r"[A-Z][\w'’.&-]*")


def _publishers(graph: KnowledgeGraph, parties: Iterable[str]) -> list[tuple[str, str]]:
    """The pairs (title, publisher) among a side's parties where the publisher's name is the
    title's initials and a company word (the New York Post and NYP Holdings, Inc.; The
    Washington Post and WP Company LLC: context.tsv holding_word; a word in capitals is its
    own initials: the NY Post): one party, the outlets of a suit naming it by its paper or by
    its legal name."""
    holding = context_words("holding_word")
    initials = {}
    for node in parties:
        for label in graph.entity(node)["labels"]:
            words = [w for w in _TITLE_WORD.findall(label) if w != "The"]
            if len(words) >= 2 and label.isascii():
                initials.setdefault(node, set()).add("".join(w[0] for w in words))
                # a word in capitals is initials already (the NY Post: NYP)
                initials[node].add("".join(w if w.isupper() and w.isalpha() else w[0] for w in words))
    return [(title, publisher) for title, letters in initials.items() for publisher in parties if publisher != title
            and any(re.match(rf"{letters_}\s+(?:{holding.pattern})(?:\W|$)", label)
                    for letters_ in letters for label in graph.entity(publisher)["labels"])]


def _apart_in(graph: KnowledgeGraph, one: str, other: str, lowered: str) -> bool:
    """Whether a sentence (lower-cased) names two entities each on its own, not one inside the
    other's name (华纳兄弟 inside 华纳兄弟探索)."""
    spans = {node: [m.span() for m in _labels_in(graph, node, lowered)] for node in (one, other)}
    alone = {node: [(a, b) for a, b in spans[node] if not any(c <= a and b <= d and (c, d) != (a, b)
                                                             for o in spans if o != node for c, d in spans[o])]
             for node in spans}
    return all(alone.values())


def _one_court(graph: KnowledgeGraph, first: str, second: str, longer: bool = False) -> bool:
    """Whether one court's name holds the other's whole (six characters at least); with
    ``longer``, whether the name holds a party's or a cue's words before the court's own
    (环球影业向美国…法院: a name read too far)."""
    if longer:
        return bool(re.search(r"[向在于於对對]", graph.entity(first)["label"][:-4]))
    names = [{fold(label) for label in graph.entity(node)["labels"] if len(label) >= 6} for node in (first, second)]
    if any(a in b or b in a for a in names[0] for b in names[1]):
        return True
    for one, other in ((first, second), (second, first)):  # X向美国加利福尼亚州中区联邦地区法院: the name after 向
        for label in graph.entity(one)["labels"]:
            tail = re.split(r"[向在于於对對]", label)[-1]
            if tail != label and len(tail) >= 6 and other in graph.find(tail):
                return True
    return False


def _told_in_its_item(in_item: Callable[[_Mention, bool], list[_Draft]], mention: _Mention,
                      named: Callable[[str], set[str]] | None = None) -> list[_Draft]:
    """The one suit of a report's plaintiffs its news item told, for a report of no filing,
    court or date of its own (X Corp.向同一法院提起诉讼…。被告同样包括罗布·邦塔。: the
    defendant named later is of that suit), or of its defendants where the report says
    its plaintiffs joined it (Ohio and Iowa joined as plaintiffs; 两州作为共同原告加入) or are
    more of its plaintiffs (context.tsv plaintiff_added: Tremblay was joined in his lawsuit by
    Awad; another plaintiff, Jill Hughes; Authors involved in this lawsuit include A and B;
    原告还包括C: where the item tells several such suits, the one whose plaintiff the report
    names); none where the item tells several, or where the report tells a suit like another
    (similar_suit) and no joining (Ohio joined the lawsuit, making similar claims: it joins).
    ``in_item``: the drafts of the report's item holding all its plaintiffs, or (joining) one of
    its defendants."""
    if mention.filing or mention.court or mention.filed:
        return []
    sentence = mention.evidence.sentence
    added, joining, similar = _joining_told(sentence)
    if not joining and similar:
        return []  # X也对Y提起类似诉讼: a suit like the item's, not a party added to it
    told = [draft for draft in in_item(mention, joining)
            if not any(m.evidence == mention.evidence for m in draft.mentions)]  # a sentence told apart stays apart
    if len(told) > 1 and added and named is not None:  # Tremblay … was joined in his lawsuit by Awad: Tremblay's
        here = named(sentence) - mention.plaintiffs
        told = [draft for draft in told if draft.plaintiffs & here]
    return told if len(told) == 1 else []


@functools.lru_cache(maxsize=4096)
def _joining_told(sentence: str) -> tuple[bool, bool, bool]:
    """(more plaintiffs told: plaintiff_added; a party joining a suit: that or joined_suit; a
    suit like another told: similar_suit, read where no joining is) of one sentence, for
    _told_in_its_item: read once per sentence, not once per report of it (a sentence of
    dozens of suits asked the same three patterns for each)."""
    added = context_words("plaintiff_added").search(_simplified(sentence)) is not None
    joining = added or context_words("joined_suit").search(sentence) is not None
    return added, joining, not joining and context_words("similar_suit").search(sentence) is not None


def _split(mention: _Mention, drafts: list[_Draft]) -> list[_Mention]:
    """A report naming plaintiffs of several known suits together (纽约时报诉微软案，以及
    CIR起诉微软的关联案件) as one report per plaintiff, so that it does not merge them; not
    its plaintiffs where it says they sued jointly (A、B联合起诉X, A and B jointly sued X: one
    suit, whose other reports named some of them each)."""
    accepting = [draft for draft in drafts if draft.accepts(mention)]
    if any(named is not None and mention.defendants <= named for named in (d.told_with() for d in accepting)):
        return [mention]  # the suit told apart whose sentence names them all (A has separately sued Y, conspiring with X)
    joint = _joint_filing(mention.evidence.sentence)
    for side in ("plaintiffs", "defendants"):  # 唱片公司起诉Suno和Udio over two suits told apart: one report each
        parties = getattr(mention, side)
        if len(parties) < 2 or any(parties <= getattr(draft, side) for draft in accepting) \
                or side == "plaintiffs" and joint:
            continue
        suits_of = {party: {id(d) for d in accepting if party in getattr(d, side)} for party in parties}
        if len(set().union(*suits_of.values())) >= 2:
            cut = parties if side == "defendants" else mention.cut_from
            return [part for party in sorted(parties)
                    for part in _split(replace(mention, **{side: {party}}, cut_from=frozenset(cut)), drafts)]
    return [mention]


@functools.lru_cache(maxsize=1024)
def _joint_filing(sentence: str) -> bool:
    """Whether a sentence says its plaintiffs sued jointly (A、B联合起诉X; context.tsv joint_filing),
    for _split: read once per sentence, not once per report of it."""
    return context_words("joint_filing").search(sentence) is not None


# -- events reported on their own -------------------------------------------------------------
def _attach_events(graph: KnowledgeGraph, drafts: list[_Draft], courts: CourtNames, owners: dict[str, list[str]]) -> None:
    """Rulings (adjudicated) and settlements (settled) become events of the suit they are
    about (_suits_about: a sentence naming its parties, else the suit its news item told
    last before it); where several suits of those parties fit, the one of the same item,
    else the one in that court.  A transfer (该案被移送至X法院) is no event: X becomes the
    court of the suit, before the rulings there are placed, unless only the claims against
    one party move (针对Meta的请求已移送X法院: context.tsv part_transfer).  ``owners``: _owners of the graph."""
    index = _DraftIndex(drafts)  # the suits' parties and reports: events move courts, not parties or reports
    houses = _families(owners)  # a settlement by a label's parent is the label's suit's
    moves = [(head, tail, evidence) for head, _, tail, edge in graph.facts("adjudicated")
             for evidence in edge["evidence"] if courts.moved_to(evidence.sentence) == head]
    for court, party, evidence in sorted(moves, key=lambda move: (move[2].date or "", move[2].start)):
        about = _suits_about(graph, drafts, {party}, evidence, index)
        about = [d for d in about if _same_item(d, evidence)] or about
        draft = about[0] if len(about) == 1 else None
        transfer = context_words("transfer").search(evidence.sentence)
        if transfer and context_words("part_transfer").search(evidence.sentence, 0, transfer.start()):
            continue  # 针对Meta的请求已移送X法院: a part of the suit moves, the suit stays where it was filed
        if draft is not None and draft.court != court:
            draft.court, draft.court_evidence = court, [evidence]  # 该案被移送至X法院: X is its court now
    moved = {evidence for _, _, evidence in moves}
    cases = [case for case in _case_names(graph) if case.plaintiffs and case.defendants]
    for relation in ("adjudicated", "settled"):
        for head, _, tail, edge in graph.facts(relation):
            parties = {tail} if relation == "adjudicated" else {head, tail}
            for evidence in edge["evidence"]:
                if evidence in moved or is_credit(evidence):
                    continue  # a transfer: the court, not an event; a source line (来源：X法院): nothing
                about = _suits_about(graph, drafts, _as_states(graph, parties, evidence.document, index.of_party), evidence, index, houses)
                if not about:
                    continue
                stated = courts.stated(evidence)
                named = {court for _, court in courts.named(evidence.sentence)}
                # naming no plaintiff of it, a suit its item tells or that the sentence names the court of
                # (Judge Alsup, who sits in the same court, ruled that Anthropic's use… in a story about
                # another suit: no event of every suit against Anthropic in that court); a title naming no
                # plaintiff of it sums up its own item's suit (X法院驳回音乐出版商对Anthropic的申请: not the
                # authors' suit against Anthropic in X told elsewhere)
                about = [d for d in about if (_named(graph, evidence.sentence, d.plaintiffs) or _same_item(d, evidence)
                                              or d.court in named and not _is_title(evidence))
                         and not _names_other_case(graph, cases, evidence, d)
                         and not _plaintiff_ruled_on(graph, relation, tail, evidence, d)]
                if relation == "adjudicated" and stated is None and head not in courts.higher | courts.described:
                    stated = head
                draft = _about(about, evidence, stated)
                if draft is None:
                    continue
                # a court a sentence tells only the filing in (the complaint filed to the District Court): no ruling
                told = set(events_in(evidence.sentence))
                filed_only = relation == "adjudicated" and (told == {"filing"} or not told and _asks_only(evidence.sentence))
                events = _events(evidence) or ([] if filed_only else [
                    Event("ruling" if relation == "adjudicated" else "settlement", evidence.date, evidence)])
                draft.events += [event for event in events if event not in draft.events]
                if stated and _is_title(evidence):  # 慕尼黑法院判决OpenAI…: a title's court is a hint, as its filing's
                    draft.hint = draft.hint or (stated, evidence)
                    continue
                if stated and not draft.court:
                    draft.court = stated
                if stated and stated == draft.court and evidence not in draft.court_evidence:
                    draft.court_evidence.append(evidence)


def _plaintiff_ruled_on(graph: KnowledgeGraph, relation: str, party: str, evidence: Evidence, draft: _Draft) -> bool:
    """Whether a ruling naming a suit's plaintiff as the party ruled on, in another story,
    names none of the suit's defendants (a court ruled against OpenAI, in a story about a suit
    against OpenAI: no event of OpenAI's own suit against Musk): another suit's, where that
    party is sued.  (A ruling naming no party, in the story of the suit, stays its event.)"""
    return relation == "adjudicated" and party not in draft.defendants and party in draft.plaintiffs \
        and not _same_item(draft, evidence) and _named(graph, evidence.sentence, {party}) \
        and not _named(graph, evidence.sentence, draft.defendants)


def _names_other_case(graph: KnowledgeGraph, cases: list[_CaseName], evidence: Evidence, draft: _Draft) -> bool:
    """Whether a sentence names a case of other parties and none of the suit's (The suit
    comes weeks after Judge Y approved a settlement in Bartz v. Anthropic: an event of
    Bartz v. Anthropic, not of the suit the story is about)."""
    # (a case named by its plaintiffs' count, the tail of a list: 甲、乙等13名作家诉Meta案, names no others)
    named = [case for case in cases if case.name in evidence.sentence
             and not all(_COUNTED_SIDE.match(plaintiff) for plaintiff in case.plaintiffs)]
    return bool(named) and not any(_side_label(graph, case.plaintiffs, draft.plaintiffs, leading=True)
                                   and _side_label(graph, case.defendants, draft.defendants, leading=False)
                                   for case in named)


# a side worded by its count (等13名作家, 三名艺术家, 两家报纸): a description of parties, no party's name
_COUNTED_SIDE = later(r"等?\s*(?:\d+|[一二两兩三四五六七八九十百]+)\s*(?:名|位|家|个|個)")


class _DraftIndex:
    """The suits of each party and the reports of suits of each news item (start, index of the
    suit), in the order of ``drafts``: what _suits_about reads for each event, indexed once."""

    def __init__(self, drafts: list[_Draft]) -> None:
        self.of_party: dict[str, set[int]] = defaultdict(set)
        self.in_item: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for index, draft in enumerate(drafts):
            for party in draft.plaintiffs | draft.defendants:
                self.of_party[party].add(index)
            for mention in draft.mentions:
                self.in_item[(mention.evidence.document, mention.evidence.item)].append((mention.evidence.start, index))

    def of_all(self, parties: set[str]) -> list[int]:
        """The suits every one of ``parties`` is a party of."""
        return sorted(set.intersection(*(self.of_party.get(party, set()) for party in parties))) if parties else []


def _suits_about(graph: KnowledgeGraph, drafts: list[_Draft], parties: set[str], evidence: Evidence,
                 index: _DraftIndex | None = None, houses: dict[str, str] | None = None) -> list[_Draft]:
    """The suits of ``parties`` a sentence may be about: any of theirs where it names them
    (those whose plaintiff it names, where it names one: Judge Y allowed A's claim against
    OpenAI is about A v. OpenAI, not B v. OpenAI), else the suit its news item told last
    before it (次月，此案开庭; 法官Y裁定) where those are its parties and the sentence names no
    plaintiff of another suit of the item (not a ruling spread over every party of an item
    about several suits); where the item tells its suit only after (a story opening with
    the ruling: Judge Y ruled on Thursday… A and B sued X in May 2024), the one suit it tells.
    Where no suit has them all, a party may stand for a member of its corporate family that is
    the suit's (``houses``, _families: 华纳音乐集团与Suno达成和解 about 华纳唱片's suit against Suno)."""
    index = index or _DraftIndex(drafts)
    if _named(graph, evidence.sentence, parties):
        about = [drafts[found] for found in index.of_all(parties)] or _suits_of_houses(drafts, parties, houses or {})
        return [d for d in about if _named(graph, evidence.sentence, d.plaintiffs)] or about  # its plaintiff's suit
    in_item = index.in_item.get((evidence.document, evidence.item), [])
    told = [(start, index) for start, index in in_item if start < evidence.start]
    if not told and len({index for _, index in in_item}) == 1:
        told = in_item
    if not told or any(_named(graph, evidence.sentence, drafts[index].plaintiffs)
                       and not parties <= drafts[index].plaintiffs | drafts[index].defendants for _, index in told):
        return []  # it names the plaintiff of another suit of the item: it is about that one
    last = drafts[max(told)[1]]
    return [last] if parties <= last.plaintiffs | last.defendants else []


def _suits_of_houses(drafts: list[_Draft], parties: set[str], houses: dict[str, str]) -> list[_Draft]:
    """The suits each of ``parties`` is a party of, or one of its corporate family is (``houses``:
    each unit or parent -> the top of its family)."""
    def of(party: str, draft: _Draft) -> bool:
        sides = draft.plaintiffs | draft.defendants
        return party in sides or party in houses and any(houses.get(side) == houses[party] for side in sides)
    return [draft for draft in drafts if all(of(party, draft) for party in parties)] if houses else []


@functools.lru_cache(maxsize=4096)  # (asked of each report of a sentence: read once per sentence)
def _amends(sentence: str) -> bool:
    """Whether a sentence tells a complaint amended (an amended complaint; 提交了修改后的起诉状，并将X列为
    被告; added X as a defendant: context.tsv amended_complaint, defendant_adding then as_defendant)."""
    text = _simplified(sentence)
    if context_words("amended_complaint").search(text):
        return True
    return any(context_words("as_defendant").search(clause.group())
               and context_words("defendant_adding").search(clause.group()) for clause in _CLAUSES.finditer(text))


def _amendments_joined(drafts: list[_Draft]) -> list[_Draft]:
    """A suit every report of which tells a complaint amended (原告提交了修改后的起诉状，并将Runway AI列为
    被告) is the one suit told of the same plaintiffs, no other court, filed before it, where there is one:
    its defendants join that one, its events too; the amendment's date is no filing."""
    kept = []
    for draft in drafts:
        earlier = [d for d in kept if d.plaintiffs & draft.plaintiffs and not (d.court and draft.court and d.court != draft.court)
                   and (d.filed or "") <= (draft.filed or "9999")] \
            if all(_amends(m.evidence.sentence) for m in draft.mentions) else []
        if len(earlier) != 1:  # none, or which of the plaintiffs' suits it amends is not told
            kept.append(draft)
            continue
        into = earlier[0]
        for mention in draft.mentions:
            into.add(replace(mention, filed=None, court=mention.court or into.court))
    return kept


def _split_sides_joined(drafts: list[_Draft]) -> list[_Draft]:
    """Two suits of the same plaintiffs in the same stated court, filing dates that fit, whose
    defendants a report names together (The Times sued OpenAI and Microsoft; 纽约时报控告微软和
    OpenAI), split only because other reports each named one of them: one suit against both.
    Suits told apart keep apart: two courts (唱片公司分别起诉Suno和Udio, in Massachusetts and in
    New York), no court stated, or no report naming both sides' defendants as one filing (a
    sentence telling suits apart, filed suits against A and B, is cut before grouping)."""
    kept: list[_Draft] = []
    by_plaintiffs: dict[frozenset, list[int]] = defaultdict(list)  # the kept drafts (their places) by their plaintiffs
    for draft in drafts:
        place = next((place for place in by_plaintiffs.get(frozenset(draft.plaintiffs), ())
                      if _one_filing_split(kept[place], draft)), None)  # (the same plaintiffs only: _one_filing_split)
        if place is None:
            by_plaintiffs[frozenset(draft.plaintiffs)].append(len(kept))
            kept.append(draft)
            continue
        into = kept[place]
        before = frozenset(into.plaintiffs)
        into.court = into.court or draft.court  # (no other: _one_filing_split)
        for mention in draft.mentions:
            into.add(mention)
        if frozenset(into.plaintiffs) != before:
            by_plaintiffs[before].remove(place)
            bisect.insort(by_plaintiffs[frozenset(into.plaintiffs)], place)
    return kept


def _one_filing_split(draft: _Draft, other: _Draft) -> bool:
    """Whether two drafts are one filing cut in two (``_split_sides_joined``): the same plaintiffs,
    other defendants, a stated court and no other, dates that fit, a filing sentence naming the
    defendants of both that grouping cut between them."""
    if draft.plaintiffs != other.plaintiffs or draft.defendants & other.defendants \
            or not (draft.court or other.court) or (draft.court and other.court and draft.court != other.court) \
            or (draft.filed and other.filed and not fits(draft.filed, other.filed)):
        return False
    both = draft.defendants | other.defendants
    told = {m.evidence for m in draft.mentions if m.filing and both <= m.cut_from}
    return any(m.filing and both <= m.cut_from and m.evidence in told for m in other.mentions)


def _withdrawn_before(drafts: list[_Draft]) -> None:
    """A withdrawal told with the filing again elsewhere (撤回了在特拉华州的起诉，并向X法院
    重新提起诉讼) is an event of the suit of those parties filed last before, in another court."""
    for draft in drafts:
        for event in (event for mention in draft.mentions for event in mention.withdrawn):
            earlier = [d for d in drafts if d is not draft and d.court != draft.court and d.plaintiffs & draft.plaintiffs
                       and d.defendants & draft.defendants and (d.filed or "") <= (draft.filed or "9999")]
            if earlier:
                before = max(earlier, key=lambda d: d.filed or "")
                before.events += [event] if event not in before.events else []


class _ItemFilings:
    """The filing dates the news items of suits give them by reference (by_reference) or in a
    case card's field (in_card), each item read once for the whole table (what each suit's
    reading asks of a sentence does not depend on the suit, or only through its parties)."""

    def __init__(self, courts: CourtNames, parties: Callable[[str], set[str]]) -> None:
        self.courts, self.parties = courts, parties
        self.reference = context_words("suit_reference")
        # item -> (the filing date its first sentence referring to a suit and naming no party gives,
        # the sentences naming parties by the first of those (position in the item, evidence, parties named))
        self.read: dict[tuple[str, str], tuple[str | None, dict[str, list[tuple[int, Evidence, set[str]]]]]] = {}
        self.fields: dict[tuple[tuple[str, str], str | None], list[tuple[int, str]]] = {}  # (item, date) -> card fields

    def _item(self, item: tuple[str, str]) -> tuple[str | None, dict[str, list[tuple[int, Evidence, set[str]]]]]:
        if item not in self.read:
            referred, naming = None, defaultdict(list)
            for position, evidence in enumerate(sorted(self.courts.evidence[item], key=lambda e: e.start)):
                named = self.parties(evidence.sentence)
                if named:
                    naming[min(named)].append((position, evidence, named))
                elif not referred and self.reference.search(evidence.sentence):
                    referred = _filing_date(evidence, 0)
            self.read[item] = (referred, naming)
        return self.read[item]

    def by_reference(self, draft: _Draft) -> str | None:
        """The filing date a sentence of the suit's item gives it by referring to it (Both suits
        were filed in February 2024…; 该案于2024年3月立案): a filing cue and a reference to the
        item's suit, no party of any suit named; else a filing cue naming its defendants and
        no other company, organisation or person its item names (Apple was hit with a proposed
        class action on Friday by two authors…, before the story names them)."""
        told = sorted({(m.evidence.document, m.evidence.item) for m in draft.mentions})
        for item in told:
            referred, _ = self._item(item)
            if referred:
                return referred
        parties = draft.parties
        for item in told:  # a sentence naming only defendants of the suit names the first of them
            _, naming = self._item(item)
            for _, evidence, named in sorted((found for party in draft.defendants for found in naming.get(party, ())),
                                             key=lambda found: found[0]):
                if named <= draft.defendants and not self.courts.actors_named(evidence) - parties:
                    filed = _filing_date(evidence, 0)
                    if filed:
                        return filed
        return None

    def in_card(self, draft: _Draft) -> str | None:
        """The filing date the case card telling the suit gives in a field of its own
        (〖起诉〗2023年7月 over a story saying only that A sued B): of each news item of the
        suit, the last filing field before its first report there (the card's), else the
        item's only one."""
        for item in sorted({(m.evidence.document, m.evidence.item) for m in draft.mentions}):
            first = min((m.evidence.start, m.evidence.date or "") for m in draft.mentions
                        if (m.evidence.document, m.evidence.item) == item)
            key = (item, first[1] or None)
            if key not in self.fields:
                # the item's title may be a card's filing line itself, where each numbered line is an item
                self.fields[key] = [(start, found) for start, sentence in
                                    sorted(self.courts.sentences[item]) + [(-1, item[1])]
                                    if (found := card_filed(sentence, first[1] or None))]
            fields = self.fields[key]
            first = first[0]
            before = [found for start, found in fields if start <= first]
            if before or len({found for _, found in fields}) == 1:
                return (before or [fields[0][1]])[-1]
        return None


def _carded_date(draft: _Draft) -> str | None:
    """The date of the case card naming the suit in a field of its own (【案件】A 诉 B over
    【时间】2023年3月起诉): a card is an item of its own, dated by the first date its
    fields give, the filing's (kg.segment); None where no card names the suit."""
    return min((m.evidence.date for m in draft.mentions if m.evidence.date
                and (label := _ANY_LABEL.match(m.evidence.sentence))
                and CASE_SEPARATOR.search(m.evidence.sentence, label.end())), default=None)


_DATE_CLAUSE = later(r"\s*[，,]")  # 2023年12月，A起诉B: a date opening its sentence's clause, the story's
DATELINE_CHARS = 40  # a sentence no longer than this, with no sentence's end, is a date line (鉅亨網編譯X 2026-01-08 07:13)
# a dateline's place before the date opening a press release: SAN FRANCISCO, / Austin, Texas, / LONDON (Reuters),
_DATELINE_PLACE = later(r"\s*(?:(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*(?:,[ \t]+[A-Z][\w.'’-]*){0,2}"
                        r"(?:[ \t]*\([^)]{1,30}\))?,\s*)?")


def acts_on(sentence: str, date: str) -> bool:
    """Whether a sentence tells an act (events.tsv: a ruling, a filing…) on ``date``, the first
    date it writes, year and all (The court issued a ruling on Nov. 21, 2024; In an earlier
    ruling in August 2025, Judge X dismissed…; 2023年12月，A起诉B), not a date line (鉅亨網編譯X
    2026-01-08 07:13; July 17, 2025 The industry received a ruling…: a date opening the text
    with no comma after it, or after a dateline's place: SAN FRANCISCO, March 12, 2025 /PRNewswire/ --)."""
    told = find_dates(sentence)
    if not told or told[0][2] != date or date[:4] not in sentence[told[0][0]:told[0][1]]:
        return False
    start, end, _ = told[0]
    text = sentence.strip()
    if len(text) <= DATELINE_CHARS and not _CLOSING.search(text) or \
            _DATELINE_PLACE.fullmatch(sentence, 0, start) and not _DATE_CLAUSE.match(sentence, end):
        return False
    return bool(event_cues(sentence))


_YEAR = later(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def story_dated(courts: CourtNames) -> set[str]:
    """The news items (document and title, as ``undated_items``) dated by an act their story
    tells: an item with no date line takes the first date its text tells (kg.segment), and
    where one of its sentences tells an act on the date its undated sentences carry, that date
    is the act's, not the day the item was written: it dates no other filing.  (Every item is
    read, not only those of ``undated_items``: graph.ttl does not keep them, and the suits a
    graph read back computes must be those it was built with.)"""
    found = set()
    for (document, item), told in courts.evidence.items():
        key = f"{document}\t{item}"
        # (first the sentences that could tell an act on a day: a date with its year, an act's word)
        acts = [e for e in told if not _is_title(e) and _YEAR.search(e.sentence) and event_cues(e.sentence)]
        if not acts:
            continue
        dates = {e.date for e in told if e.date and not _states_date(e)}  # the item's own date
        if len(dates) == 1 and any(acts_on(e.sentence, next(iter(dates))) for e in acts):
            found.add(key)
    return found


def is_credit(evidence: Evidence) -> bool:
    """Whether a sentence is its item's source line (来源：美国纽约南区联邦地区法院, Source: X):
    the item's source and a label before it, no more; it says who published, not what
    happened, so it is no suit's evidence."""
    source = (evidence.source or "").strip()
    sentence = evidence.sentence.strip().rstrip("。.")
    return bool(source) and sentence.endswith(source) and len(sentence) - len(source) <= 8


def _borrowed_year(undated: set[str], evidence: Evidence, date: str) -> bool:
    """Whether a date's year is one its sentence does not write and its news item has no date
    line to give (``undated``: 12月6日，X起诉Y in an article with no date line, after 成立于2022年;
    or dated by an act its story tells, story_dated: sued Y on Friday, after …in October 2024:
    the year is the story's, not the filing's): such a date dates no filing."""
    return f"{evidence.document}\t{evidence.item}" in undated and date[:4] not in evidence.sentence


def _day_told_before(courts: CourtNames, evidence: Evidence) -> bool:
    """Whether a sentence dates its act by a day counted from the story's (同日, 次日, the same
    day: relative_dates.tsv's story days) and the sentence right before it in its item writes
    that story's date with its year (2024年2月28日，A起诉X；同日，B亦起诉X): the year is told, not
    borrowed from an undated item or another act's day, and the act is dated by it."""
    if not evidence.date or not any(day.search(evidence.sentence) for day in _story_days()):
        return False
    before = [e for e in courts.evidence.get((evidence.document, evidence.item), ()) if e.end <= evidence.start]
    if not before:
        return False
    last = max(before, key=lambda e: e.end)
    return any(iso == evidence.date and iso[:4] in last.sentence[start:end]
               for start, end, iso, relative in date_spans(last.sentence, last.date, last.date) if iso and not relative)


@functools.cache
def _story_days() -> tuple[re.Pattern, ...]:
    """relative_dates.tsv's days counted from the story's (同日, 次日, the same day)."""
    return tuple(rule.pattern for rule in relative_rules() if rule.anchor == "story" and rule.unit == "day")


def _is_title(evidence: Evidence) -> bool:
    return evidence.sentence == evidence.item.strip()


_CLOSING = later(r"[。！？!?.…」』”\"）)]$")  # a sentence's end: a headline has none


def is_headline(evidence: Evidence) -> bool:
    """Whether a sentence is a headline: its item's title, or the first line of an item that
    has no title of its own (titled by its file's name), that ends without a sentence's
    closing mark (a body's first sentence taken as a title ends with one) and names no case
    (a section headed 李某诉刘某案 or Kadrey v. Meta names the case it is about).  A headline
    sums a story up; it is no suit's evidence."""
    sentence = evidence.sentence.strip()
    if not sentence or _CLOSING.search(sentence) or CASE_SEPARATOR.search(sentence):
        return False
    if _is_title(evidence) or _section_heading(sentence):
        return True
    untitled = evidence.item.strip() == evidence.document.rsplit("/", 1)[-1]
    return untitled and evidence.start <= len(evidence.item) + 1


_HEADING_WORD = later(r"[A-Za-z][A-Za-z'’.&-]*")


def _section_heading(sentence: str) -> bool:
    """Whether a line without a closing mark heads a section of an article (1. Canadian Media
    Companies Sue OpenAI, Authors Take Meta to Court): three to fourteen English words, each of
    four letters or more capitalised, as a title is written; a body's sentence is not so."""
    words = _HEADING_WORD.findall(sentence)
    long = [word for word in words if len(word) >= 4]
    return 3 <= len(words) <= 14 and len(long) >= 2 and all(word[0].isupper() for word in long) \
        and not re.search(r"[\u4e00-\u9fff]", sentence)


def _told_in_titles(drafts: list[_Draft]) -> None:
    """A title's events (马斯克起诉OpenAI，数月后撤诉) are kept only where the body of its
    item reports no event of that kind: a body dates it and places it in the right suit."""
    # (a dismissal is a ruling: 法院驳回A对B的起诉 over a body telling the dismissal is that dismissal)
    in_bodies = {(e.evidence.document, e.evidence.item, kind) for d in drafts for e in d.events
                 if not _is_title(e.evidence) for kind in {e.kind, "ruling" if e.kind == "dismissal" else e.kind}}
    for draft in drafts:
        draft.events = [e for e in draft.events if not _is_title(e.evidence)
                        or (e.evidence.document, e.evidence.item, e.kind) not in in_bodies]


def _same_item(draft: _Draft, evidence: Evidence) -> bool:
    return any((m.evidence.document, m.evidence.item) == (evidence.document, evidence.item) for m in draft.mentions)


def _about(candidates: list[_Draft], evidence: Evidence, court: str | None) -> _Draft | None:
    """The one suit an event is about, or None: not a suit in another court (英国高等法院
    作出判决 is not about the Delaware suit of the same parties)."""
    candidates = [d for d in candidates if not (court and d.court and d.court != court)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    same_item = [d for d in candidates if _same_item(d, evidence)]
    for narrowed in (same_item, [d for d in same_item or candidates if court and d.court == court]):
        if len(narrowed) == 1:
            return narrowed[0]
    return None


# -- the records -----------------------------------------------------------------------------
@_reading
def suits(graph: KnowledgeGraph) -> list[Suit]:
    """Every suit of the graph, oldest filing first."""
    courts = CourtNames(graph)
    undated = set(graph.graph.graph.get("undated_items", ()))
    # a filing date whose year its sentence does not write, in an item with no date line or one dated
    # by an act its story tells (sued Perplexity on Friday, after …in October 2024): no anchor, no date
    borrowed = undated | story_dated(courts)
    mentions = [replace(m, filed=None) if m.filed and _borrowed_year(borrowed, m.evidence, m.filed)
                and not _day_told_before(courts, m.evidence) else m for m in _mentions(graph, courts)]
    mentions = _without_places_described(graph, _without_owned(graph, _without_owners(graph, mentions)))
    mentions += _settled_only(graph, mentions)
    mentions = _states_for_attorneys(graph, _agencies_for_countries(graph, mentions))
    drafts = _co_parties_joined(graph, _group(mentions, _everyone(graph)))
    owners = _owners(graph)  # (read once: each walks the graph's entities and the knowledge base)
    cases = _CaseIndex(_case_names(graph))  # (read once: the courts' step and the captions ask it)
    drafts = _against_each(graph, _one_family(graph, _one_suit_many_courts(graph, drafts, cases), owners), courts)
    drafts = _split_sides_joined(_amendments_joined(drafts))
    _others_named_after(graph, drafts, courts)
    _units_as_parents(graph, drafts, owners)
    _withdrawn_before(drafts)
    _attach_events(graph, drafts, courts, owners)
    _told_in_titles(drafts)
    _, _, statuses = event_lexicon()
    # which a sentence names: the finder of every entity cut to the parties (_finder_of: each sentence walked once)
    parties = _finder_of(graph, set().union(*(draft.parties for draft in drafts)))
    filings = _ItemFilings(courts, parties)
    # the court a sentence names for each suit, by the news items telling it
    stated_in: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)
    for index, draft in enumerate(drafts):
        court = draft.court or (draft.hint[0] if draft.hint else None)
        for mention in draft.mentions if court else ():
            stated_in[(mention.evidence.document, mention.evidence.item)].add((index, court))
    records, indexed = [], None
    anonymised = {one["evidence"]["document"] for one in graph.graph.graph.get("unnamed_suits", ())}  # (kg.unnamed)
    for index, draft in enumerate(drafts):
        evidence = oldest_first([m.evidence for m in draft.mentions if not is_headline(m.evidence)]
                             + [e.evidence for e in draft.events] + draft.court_evidence)
        if all(is_headline(m.evidence) for m in draft.mentions):
            continue  # told by headlines only: nothing to cite
        if draft.court is None and draft.hint is not None:
            draft.court, draft.court_evidence = draft.hint[0], [draft.hint[1]]
        court, stated, reason = draft.court, bool(draft.court), STATED_COURT_REASON
        if court is None:
            others = {court for e in evidence for other, court in stated_in[(e.document, e.item)] if other != index}
            indexed = indexed or _decisions(graph, drafts)
            court, reason = _infer_court(graph, draft, courts, evidence, others, drafts, indexed, anonymised)
        # no sentence about it dates the filing: one of its item referring to it does (Both suits were filed
        # in February 2024…; 该案于2024年3月立案); never a date a report of it carries, the day it was written
        # (days or years after) or another act's (the company Musk co-founded in 2015): dev, all ten rows so
        # dated were wrong; a filing no sentence dates has no date
        filed = draft.filed or filings.in_card(draft) or filings.by_reference(draft) or _carded_date(draft)
        events = [e for e in _distinct_events(draft.events) if not _before(e.date, filed)]  # none before the filing
        case, caption = _caption(graph, draft, cases, evidence)
        plaintiffs, defendants = sorted(draft.plaintiffs), sorted(draft.defendants)
        decisive = [e for e in events if statuses[e.kind] != "filed"]  # a hearing or a motion leaves it pending
        records.append(Suit(
            id=_hash(plaintiffs, defendants, court, filed, evidence[0].document, evidence[0].start),
            caption=caption, plaintiffs=plaintiffs, defendants=defendants, court=court, court_stated=stated,
            court_reason=reason, filed=filed, events=events, claims=claims_in(e.sentence for e in evidence),
            status=_status(decisive), case=case, evidence=evidence,
            court_evidence=oldest_first(draft.court_evidence) if stated else []))
    elsewhere = {e.document for record in records for e in record.evidence}  # documents telling a named suit
    records = _roles_as_named(graph, _with_unnamed(graph, records, unnamed_suits(graph, courts, elsewhere)))
    # each party once before a described side is counted against a named one (three authors: Bartz, Graeber and
    # Kirk Wallace Johnson, not also Kirk Wallace, whom another document's reading cut short)
    records = _kin_as_named(graph, _as_named(graph, [_each_party_once(graph, suit) for suit in records]))
    places = _court_places(graph)  # (each court's places, asked by both foldings below)
    records = _told_in_part(graph, [_each_party_once(graph, suit) for suit in _one_party_two_names(graph, records)], places)
    records = _told_twice(graph, records, places)
    records = [_short_beside_whole(graph, _bodies_told_apart(graph, _told_once(graph, suit))) for suit in records]
    records = [_with_cited_rulings(graph, suit) for suit in records]
    records.sort(key=lambda suit: (suit.filed or "", suit.caption, suit.id))
    return _corrected(graph, records)


TOLD_BY = 8  # documents at least telling a suit before a party only one of them names is read as a slip (dev: 4 and 6
# took the full legal name one law firm's alert gives, NYP Holdings, Inc., Nanonoble Pte Ltd, from suits told by 4 to 7)


def _told_once(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row told by TOLD_BY documents or more without the parties of a side that the sentences
    of one document alone name, where another party of that side is named by two documents or
    more (The NYT brought the case…, targeting OpenAI, Microsoft and Google, beside a dozen
    reports of the Times's suit against OpenAI and Microsoft: Google is one report's slip; Dow
    Jones and the Post v. Perplexity, one report adding The Wall Street Journal, a paper of the
    plaintiff): a party a suit has is named again wherever it is told at length.  Parties the
    text only describes (no entity) stay."""
    documents: dict[str, list[str]] = defaultdict(list)
    for evidence in suit.evidence:
        documents[evidence.document].append(evidence.sentence.lower())
    if len(documents) < TOLD_BY:
        return suit
    for side in ("plaintiffs", "defendants"):
        parties = getattr(suit, side)
        if len(parties) < 2:
            continue
        naming = {party: {d for d, sentences in documents.items() if party in graph.graph
                          and any(_labels_in(graph, party, s) for s in sentences)} for party in parties}
        once = {party for party, found in naming.items() if party in graph.graph and len(found) == 1}
        if once and any(len(found) >= 2 for found in naming.values()):
            setattr(suit, side, [party for party in parties if party not in once])
    return suit


# -- a party named short beside its whole name (Universal beside Universal Music) --------------
def _short_beside_whole(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row without the party that its sentences name only by the first word of another party's
    name on its side (Universal, Concord and ABKCO beside Universal Music, Concord Publishing and
    ABKCO: Universal read as the film studio is Universal Music told short; 环球 beside
    环球音乐集团): every name its sentences give it, where not inside the other's, is that word.
    Each party is tried only against the parties whose first words hold a name its sentences give
    it (none other can hold all of them), and only in the sentences naming it (``NameFinder``):
    one plaintiff of 400 suits told in one row was once 160,000 pairs, each reading every sentence."""
    sentences = list(dict.fromkeys(evidence.sentence for evidence in suit.evidence))
    for side in ("plaintiffs", "defendants"):
        parties = getattr(suit, side)
        known = [party for party in dict.fromkeys(parties) if party in graph.graph]
        if len(known) < 2:
            continue
        finder = _finder_of(graph, known)
        naming: dict[str, list[str]] = defaultdict(list)  # party -> the sentences (lower case) naming it
        for sentence in sentences:
            lowered = sentence.lower()
            for party in finder(sentence):
                naming[party].append(lowered)
        holding: dict[str, set[str]] = defaultdict(set)  # a first word -> the parties whose names begin with it
        firsts = {}
        for other in known:
            firsts[other] = _first_words(graph, other)
            for words in firsts[other]:
                holding[words].add(other)
        short = set()
        for party in known:
            given = {m.group() for lowered in naming[party] for m in _labels_in(graph, party, lowered)}
            others = set().union(*(holding.get(words, ()) for words in given)) - {party}
            if any(_told_short(graph, naming[party], party, other, firsts[other]) for other in others):
                short.add(party)
        if short:
            suit = replace(suit, **{side: [party for party in parties if party not in short]})
    return suit


@_read_once
def _first_words(graph: KnowledgeGraph, other: str) -> set[str]:
    """The first words of a party's names of several words in Latin letters (lower case), and the
    starts of its Chinese names that are no kind word's (轨道影业 of 轨道影业集团 is a unit's own
    name, 环球 of 环球音乐集团 none)."""
    firsts = {name.lower().split()[0] for name in all_names(graph.entity(other)) if name.isascii() and " " in name}
    kinds = context_words("name_kind_word")
    firsts |= {name[:cut] for name in all_names(graph.entity(other)) if not name.isascii()
               for cut in range(2, len(name) - 1) if not kinds.search(_simplified(name[:cut]))}
    return firsts


def _told_short(graph: KnowledgeGraph, sentences: list[str], party: str, other: str, firsts: set[str]) -> bool:
    """Whether every name ``sentences`` (lower case, those naming ``party``) give ``party``, where
    not inside ``other``'s, is one of ``firsts``, ``other``'s first words (``_first_words``)."""
    said = set()
    for lowered in sentences:
        theirs = [m.span() for m in _labels_in(graph, other, lowered)]
        said |= {m.group() for m in _labels_in(graph, party, lowered)
                 if not any(a <= m.start() and m.end() <= b for a, b in theirs)}
    return bool(said) and all(words in firsts for words in said)


# -- one entity for bodies of several places (人民检察院) -------------------------------------
def _full_names(graph: KnowledgeGraph, party: str) -> list[str]:
    """The names of a party's entity, in Simplified characters, that no other of its names holds
    whole; two or more where the entity joined bodies of several places, each read short
    somewhere (北京市通州区人民检察院 and 杭州市萧山区人民检察院, both read as 人民检察院)."""
    if party not in graph.graph or graph.entity(party).get("kb_id"):
        return []
    names = {_simplified(label) for label in graph.entity(party)["labels"] if label and not label.isascii()}
    return sorted(name for name in names if not any(name != other and name in other for other in names))


def _bodies_told_apart(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row's party whose entity joined bodies of several places (the procuratorates of three
    districts, each read as 人民检察院): the longest of its names the row's sentences give, as
    the text's words, where it is the name of one of those bodies only; the entity where the
    sentences give none but the short name all share."""
    renamed = {}
    for party in suit.plaintiffs + suit.defendants:
        full = _full_names(graph, party)
        if len(full) < 2:
            continue
        sentences = [_simplified(e.sentence) for e in suit.evidence]
        said = sorted({name for name in (_simplified(label) for label in graph.entity(party)["labels"])
                       if any(name in sentence for sentence in sentences)}, key=len, reverse=True)
        if said and sum(said[0] in name for name in full) == 1:
            renamed[party] = said[0]
    if not renamed:
        return suit
    label = {party: _party_label(graph, party) for party in renamed}
    caption = suit.caption
    for party, words in renamed.items():
        caption = caption.replace(label[party], words) if label[party] not in words or words not in caption else caption
    return replace(suit, plaintiffs=[renamed.get(p, p) for p in suit.plaintiffs],
                   defendants=[renamed.get(p, p) for p in suit.defendants], caption=caption)


# -- a party under two names (X and X Corporation) ----------------------------------------
@_read_once
def _names_of(graph: KnowledgeGraph, party: str) -> set[str]:
    return {fold(name) for name in all_names(graph.entity(party))} if party in graph.graph else {fold(party)}


def _named_as(graph: KnowledgeGraph, party: str, other: str) -> bool:
    """Whether ``other``'s label is one of ``party``'s names, or ``party``'s is it and a legal
    form (X Corporation: X; 魔珐公司: 魔珐)."""
    short, long = _party_label(graph, other), _party_label(graph, party)
    if fold(short) in _names_of(graph, party):
        return True
    rest = long[len(short):] if len(short) >= 1 and long.startswith(short) else ""
    if bool(rest) and _forms_after().fullmatch(rest) is not None and (short.isascii() == (rest[:1] in ", ")):
        return True
    return _title_short(graph, party, other)


@_read_once
def _title_words(graph: KnowledgeGraph, party: str) -> set[tuple[str, ...]]:
    """The words of a company's names in Latin letters, lower-cased, without a leading "the"."""
    if party not in graph.graph or graph.entity(party)["type"] not in HOUSES:
        return set()
    return {tuple(words[1:] if words[:1] == ["the"] else words)
            for name in all_names(graph.entity(party)) if name.isascii() and (words := name.lower().split())}


def _title_short(graph: KnowledgeGraph, party: str, other: str) -> bool:
    """Whether ``other`` is a paper's name cut to its last word (the Times, told after The New York
    Times; the Post after The Washington Post), which a reading took for another paper of that
    name (The Times of London): one name of ``other`` in Latin letters is one word, the last of a
    name of ``party`` of three words at least. Asked of two rows of one document only (_one_party_two_names)."""
    short = {words for words in _title_words(graph, other) if len(words) == 1}
    return bool(short) and any(len(words) >= 3 and (words[-1],) in short for words in _title_words(graph, party))


@functools.cache
def _forms_after() -> re.Pattern:
    """One legal form or more after a name (X Corporation, Acme, Inc., 魔珐公司): context.tsv legal_form."""
    form = alternatives(context_cues("legal_form"))
    return re.compile(rf"(?:,?\s*(?:{form}))+")


@functools.cache
def _form_openings() -> frozenset[str]:
    """The characters a match of _forms_after can open with: a comma, or a legal form's first
    (white space aside), so that a label's other places are not tried (_longer_name_keys)."""
    return frozenset({","} | {form[0] for form in context_cues("legal_form")})


def _counterparts(graph: KnowledgeGraph, fewer: list[str], more: list[str]) -> dict[str, str] | None:
    """Each party of ``fewer`` -> the party of ``more`` it is (the same entity, or one of whose
    names is the other's label: X, X Corporation), where every one has one; else None."""
    found = {}
    for party in fewer:
        same = next((other for other in more if other == party), None) or \
            next((other for other in more if _named_as(graph, party, other) or _named_as(graph, other, party)), None)
        if same is None:
            return None
        found[party] = same
    return found


def _one_party_two_names(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """Two rows of one document that are one suit told with a party under two names (X
    Corporation sued Minnesota; X is suing Minnesota and Keith Ellison: X is X Corporation, one
    entity's names sharing the other's): on each side the parties of one row are parties of
    the other, at least one of them under another entity, no two courts, filing dates that
    fit.  One row: the longer name of each party, every party of both, the sentences of both,
    the caption the first telling gives.  A row is tried only against the earlier rows of its
    documents where one of its parties and another party of theirs on that side may be one
    party under two names (_NamedAs): a document naming one party in hundreds of suits (the
    Board sued …) does not try every pair of its rows."""
    kept: list[Suit] = []
    citing: dict[str, set[int]] = defaultdict(set)  # a document -> the kept rows (their places) citing it
    named_as = _NamedAs(graph)
    for suit in records:
        documents = {e.document for e in suit.evidence}
        same, renamed, place = None, {}, None
        for place in sorted(named_as.related(suit)):
            if not any(place in citing[d] for d in documents if d in citing):
                continue
            other = kept[place]
            if not _may_be_one(suit, other):
                continue
            sides = [_counterparts(graph, *sorted((mine, theirs), key=len)) for mine, theirs in
                     ((suit.plaintiffs, other.plaintiffs), (suit.defendants, other.defendants))]
            if all(side is not None for side in sides) and any(a != b for side in sides for a, b in side.items()):
                same, renamed = other, {a: b for side in sides for a, b in side.items() if a != b}
                break
        if same is None:
            for document in documents:
                citing[document].add(len(kept))
            named_as.add(suit, len(kept))
            kept.append(suit)
            continue
        for document in documents:  # its sentences join the row's
            citing[document].add(place)
        longer = {a: a if _named_as(graph, a, b) else b for a, b in renamed.items()}  # the one naming the other
        longer.update({renamed[a]: value for a, value in list(longer.items())})
        for side in ("plaintiffs", "defendants"):  # (its caption stays the first telling's: 纽约时报 v OpenAI)
            setattr(same, side, sorted({longer.get(party, party) for party in getattr(same, side) + getattr(suit, side)}))
        same.court, same.filed = same.court or suit.court, same.filed or suit.filed
        same.events = _distinct_events(same.events + suit.events)
        same.evidence = oldest_first(same.evidence + suit.evidence)
        named_as.add(same, place)
    return kept


class _NamedAs:
    """The kept rows of _one_party_two_names by their parties, for each side, under keys such that
    ``_named_as(graph, party, other)`` holds only where a key of ``party``'s long ones is one of
    ``other``'s short ones: the keys of ``_longer_name_keys`` / ``_shorter_name_keys`` that
    ``_named_as`` alone shares (NAMED: one of its names and the other's label folded; its label
    less a run of legal forms ending it and the other's label, X Corporation: X; a last word of a
    paper's name of three words or more and the other's name of one word, the Times), not those
    of the same party or of a person's name in part (``_same_party``'s others).  A row whose party
    has such a key in common with another party on its side of an earlier row (the pairs of
    parties ``_counterparts`` may tell one) tries that row; rows sharing only one party under one
    name are one suit told twice by no party's other name, and are not tried.  The keys of each
    party are read once."""

    SIDES = ("plaintiffs", "defendants")
    NAMED = frozenset({"name", "prefix", "title"})

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        # (side, "long" or "short", key) -> party -> the kept rows (their places) naming it on that side
        self.rows: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._keys: dict[str, tuple[set, set]] = {}

    def keys(self, party: str) -> tuple[set, set]:
        """(the keys of ``party`` as the one named longer, as the one named shorter: see the class)."""
        if party not in self._keys:
            self._keys[party] = tuple({key for key in keys if key[0] in self.NAMED} for keys in
                                      (_longer_name_keys(self.graph, party), _shorter_name_keys(self.graph, party)))
        return self._keys[party]

    def add(self, suit: Suit, place: int) -> None:
        for side in self.SIDES:
            for party in getattr(suit, side):
                long, short = self.keys(party)
                for role, keys in (("long", long), ("short", short)):
                    for key in keys:
                        self.rows[(side, role, key)][party].add(place)

    def related(self, suit: Suit) -> set[int]:
        """The kept rows with a party on one side that a party of ``suit`` on that side may be
        named as, or be named as it (``_named_as`` either way), not being it."""
        places: set[int] = set()
        for side in self.SIDES:
            for party in getattr(suit, side):
                long, short = self.keys(party)
                for role, keys in (("short", long), ("long", short)):
                    for key in keys:
                        for other, rows in self.rows.get((side, role, key), {}).items():
                            if other != party:
                                places |= rows
        return places


def _cut_name(graph: KnowledgeGraph, short: str, long: str) -> bool:
    """Whether a person ``short`` is ``long`` named in part: the first words of one of its
    names (Kirk Wallace of Kirk Wallace Johnson) or its last (Bartz of Andrea Bartz), whole
    words in Latin letters; or the family name of a transliterated name, whatever dot it is
    written with (卡雷鲁 of 约翰·卡雷鲁 or 约翰‧卡雷鲁: kg.resolve.family_name)."""
    if short not in graph.graph or long not in graph.graph or short == long \
            or not graph.entity(short)["type"] == graph.entity(long)["type"] == "Person":
        return False
    label = graph.entity(short)["label"]
    for name in all_names(graph.entity(long)):
        if label.isascii() and name.isascii() and " " in name:
            words, cut = name.lower().split(), label.lower().split()
            if len(cut) < len(words) and cut in (words[:len(cut)], words[-len(cut):]):
                return True
        elif not label.isascii() and label == family_name(name):
            return True
    return False


def _same_party(graph: KnowledgeGraph, short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` under a shorter name: the same entity, one of its names
    (or it with a legal form: X, X Corporation), or a person's name in part (``_cut_name``)."""
    return short == long or _named_as(graph, long, short) or _cut_name(graph, short, long)


def _each_party_once(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row without the parties its side names twice (Kirk Wallace beside Kirk Wallace Johnson,
    read from two documents; X beside X Corporation): the longer name stays.  Each party is tried
    only against the parties found under one of its shorter-name keys (``_longer_name_keys``)."""
    for side in ("plaintiffs", "defendants"):
        parties = getattr(suit, side)
        if len(parties) < 2:  # (one party is named once: no other to be, no second transliteration)
            setattr(suit, side, list(parties))
            continue
        longer: dict[tuple, set[str]] = defaultdict(set)
        for other in set(parties):
            for key in _longer_name_keys(graph, other):
                longer[key].add(other)
        setattr(suit, side, [party for party in parties if not any(
            other != party and _same_party(graph, party, other) and not _same_party(graph, other, party)
            for other in set().union(*(longer.get(key, ()) for key in _shorter_name_keys(graph, party))))])
        setattr(suit, side, _one_transliteration(graph, getattr(suit, side)))
    return suit


def _one_transliteration(graph: KnowledgeGraph, parties: list[str]) -> list[str]:
    """A side without a person it names twice under two transliterations of one foreign name
    (理查德·卡德里 and 理查德·卡德雷, 塔-奈希西·科茨 and 塔-內希西·科茨, read from two outlets): of
    two such people the one with a name in Latin letters (else the first) stays
    (``_transliterations``)."""
    people = [party for party in parties if party in graph.graph and graph.entity(party)["type"] == "Person"]
    if len(people) < 2:
        return parties
    dropped = set()
    for one, other in itertools.combinations(people, 2):
        if one in dropped or other in dropped or not _transliterations(graph, one, other):
            continue
        latin = [party for party in (one, other) if any(name.isascii() for name in all_names(graph.entity(party)))]
        dropped.add(other if latin[:1] != [other] else one)
    return [party for party in parties if party not in dropped]


_NAME_DOT = later(rf"[{NAME_DOTS}]")


def _transliterations(graph: KnowledgeGraph, one: str, other: str) -> bool:
    """Whether two people are one foreign name transliterated twice: labels in Chinese characters
    of as many parts between name dots (理查德·卡德里, 理查德·卡德雷), of the same lengths, one
    part the same and one other differing by one character only, in a part of three characters
    or more (not 约翰·史密 and 约翰·史蒂: a short part is a name of its own); never two people with
    different names in Latin letters (Richard Kadrey and Richard Cadre)."""
    def parts(node: str) -> list[str]:
        return _NAME_DOT.split(_simplified(graph.entity(node)["label"]))
    first, second = parts(one), parts(other)
    if len(first) < 2 or len(first) != len(second) or any(a.isascii() or len(a) != len(b) for a, b in zip(first, second)):
        return False
    differing = [(a, b) for a, b in zip(first, second) if a != b]
    if len(differing) != 1 or len(differing[0][0]) < 3 \
            or sum(x != y for x, y in zip(*differing[0])) != 1:
        return False
    latin = [{fold(name) for name in all_names(graph.entity(node)) if name.isascii()} for node in (one, other)]
    return not (latin[0] and latin[1] and not latin[0] & latin[1])


def _told_in_part(graph: KnowledgeGraph, records: list[Suit], places: dict[str, dict[str, frozenset[str]]]) -> list[Suit]:
    """Rows that tell one suit with some of its parties only (Bartz sued Anthropic, told in
    passing, beside Bartz, Graeber and Johnson v. Anthropic; 霍尔特起诉甲公司一案 beside 约翰·霍尔特
    v. 甲公司 and 乙公司): where every party of a row, on each side, is a
    party of exactly one other row that names more (the same entity or a name of it: ``_same_party``),
    and it tells no filing date of its own and no court but that row's, named by its place
    (_court_by_place: 纽约时报向美国曼哈顿地方法院起诉OpenAI, beside The New York Times v.
    Microsoft and OpenAI in the Southern District of New York; A sued B in the North court in
    August, beside A v. B and C, is a suit of its own), it is that suit: its sentences and
    events join the fuller row; ``places``: ``_court_places`` of the graph."""

    def within(fewer: Suit, more: Suit) -> bool:
        sides = ((fewer.plaintiffs, more.plaintiffs), (fewer.defendants, more.defendants))
        return fewer is not more and not fewer.filed and all(mine for mine, _ in sides) \
            and (not fewer.court or more.court and _court_by_place(graph, places, fewer.court, more.court)) \
            and len(fewer.parties) < len(more.parties) \
            and all(any(_same_party(graph, party, other) for other in theirs) for mine, theirs in sides for party in mine)
    index = _longer_names_index(graph, records)
    folded = set()
    for suit in sorted(records, key=lambda suit: len(suit.parties)):
        if suit.filed or not suit.plaintiffs or not suit.defendants:
            continue  # (what ``within`` asks first, before the index is looked up)
        rows = set.intersection(*(set().union(*(index[side].get(key, ()) for key in _shorter_name_keys(graph, party)))
                                  for side in ("plaintiffs", "defendants") for party in getattr(suit, side)))
        fuller = [records[row] for row in sorted(rows) if id(records[row]) not in folded and within(suit, records[row])]
        if len(fuller) != 1:
            continue
        kept = fuller[0]
        folded.add(id(suit))
        kept.evidence = oldest_first(kept.evidence + suit.evidence)
        kept.events = _distinct_events(kept.events + suit.events)
    return [suit for suit in records if id(suit) not in folded]


def _told_twice(graph: KnowledgeGraph, records: list[Suit], places: dict[str, dict[str, frozenset[str]]]) -> list[Suit]:
    """Rows that tell one suit with the same parties in courts named apart, each court the other
    by its place (``_court_by_place``: xAI v. OpenAI in 加州聯邦法院 and in California federal
    court; X Corp. and xAI v. Apple and OpenAI in 德州聯邦法院 and in a Texas court; 被告人王某合 of
    江西省鹰潭市余江区人民法院 and of 鹰潭市余江区人民法院, a prosecution whose prosecutor no outlet
    names): one row, the sibling of ``_told_in_part`` for rows naming as many parties.  On each
    side every party of one row is one of the other's (``_same_party``, either way), or neither
    names any; the filing dates fit.  The row told by more sentences keeps its fields; the other's
    sentences and events join it, and its filing date where the kept row has none; ``places``:
    ``_court_places`` of the graph."""

    def same_side(mine: list[str], theirs: list[str]) -> bool:
        return len(mine) == len(theirs) and all(
            any(_same_party(graph, party, other) or _same_party(graph, other, party) for other in theirs) for party in mine)

    def one_suit(suit: Suit, other: Suit) -> bool:
        return bool(suit.defendants) and suit.court is not None and other.court is not None \
            and same_side(suit.plaintiffs, other.plaintiffs) and same_side(suit.defendants, other.defendants) \
            and not (suit.filed and other.filed and not fits(suit.filed, other.filed)) \
            and _court_by_place(graph, places, suit.court, other.court)
    # the kept rows under the keys of their defendants' names (``_longer_name_keys``, ``_shorter_name_keys``):
    # a row is tried only against those one of whose defendants its first defendant may be, not every pair
    kept: list[Suit] = []
    found: dict[tuple, list[Suit]] = defaultdict(list)
    for suit in sorted(records, key=lambda suit: -len(suit.evidence)):
        first = suit.defendants[0] if suit.defendants and suit.court else None
        keys = [] if first is None else [("long", key) for key in _shorter_name_keys(graph, first)] \
            + [("short", key) for key in _longer_name_keys(graph, first)]
        rows = list({id(row): row for key in keys for row in found.get(key, ())}.values())
        fuller = next((row for row in rows if one_suit(suit, row)), None)
        if fuller is None:
            kept.append(suit)
            for defendant in suit.defendants if suit.court else ():
                for key in _longer_name_keys(graph, defendant):
                    found["long", key].append(suit)
                for key in _shorter_name_keys(graph, defendant):
                    found["short", key].append(suit)
            continue
        fuller.filed = _finer_filed(fuller.filed, suit.filed) if fuller.filed and suit.filed else fuller.filed or suit.filed
        _joined_into(fuller, suit)
    kept_ids = {id(row) for row in kept}  # (one look-up a row, not a scan of the kept ones)
    return [suit for suit in records if id(suit) in kept_ids]


def _court_places(graph: KnowledgeGraph) -> dict[str, dict[str, frozenset[str]]]:
    """Each court of the graph -> the places below a country its jurisdiction facts name, each
    with the places it lies in (美国纽约南区联邦地区法院 -> 纽约州, 纽约市, 曼哈顿 in 纽约市 and
    纽约州; Tennessee federal court -> 田纳西州): a country (美国) tells no court from another."""
    from .kb import KnowledgeBase
    kb = KnowledgeBase.load()
    places: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for court, _, place, _ in graph.facts("jurisdiction"):
        entry = kb.entries.get(place)
        if court in graph.graph and graph.entity(court)["type"] == "Court" and entry is not None and entry.parent:
            places[court][place] = frozenset(kb.lineage(place))
    return places


def _court_by_place(graph: KnowledgeGraph, places: dict[str, dict[str, frozenset[str]]], one: str, other: str) -> bool:
    """Whether two courts of a suit's rows may be one court, the one the knowledge base does not
    know named by its place and kind (Tennessee federal court for the Middle District of Tennessee;
    美國曼哈頓地方法院 or 纽约联邦法院 for the Southern District of New York; U.S. federal court in
    Texas and 德州聯邦法院): each of its places (``_court_places``) is one of the other's or lies
    within one (曼哈顿 in 纽约市).  Two courts the knowledge base knows are two courts (the
    Northern and the Central District of California, both in California)."""
    if one == other:
        return True
    for vague, court in ((one, other), (other, one)):
        mine, theirs = places.get(vague, {}), places.get(court, {})
        if not graph.entity(vague).get("kb_id") and mine and theirs \
                and all(not lineage.isdisjoint(theirs) for lineage in mine.values()):
            return True
    return False


def _longer_names_index(graph: KnowledgeGraph, records: list[Suit]) -> dict[str, dict[tuple, set[int]]]:
    """For each side, each key a shorter name of a party may have (``_longer_name_keys``) -> the
    rows (their places in ``records``) naming such a party on that side: the rows a row told in
    part may be (``_told_in_part``), found without testing every pair."""
    index = {"plaintiffs": {}, "defendants": {}}
    for row, suit in enumerate(records):
        for side, keys in index.items():
            for party in getattr(suit, side):
                for key in _longer_name_keys(graph, party):
                    keys.setdefault(key, set()).add(row)
    return index


@_read_once
def _longer_name_keys(graph: KnowledgeGraph, long: str) -> set[tuple]:
    """The keys under which ``long`` is found by any ``short`` that ``_same_party`` holds is it
    (a superset: each pair found is tested again): itself, each of its names, its label less legal
    forms (X of X Corporation: ``_named_as``), the last word of a paper's name of three words or
    more (the Times of The New York Times: ``_title_short``), a person's first or last words of a
    Latin name and the family name of any (``_cut_name``)."""
    keys = {("party", long)} | {("name", name) for name in _names_of(graph, long)}
    label = _party_label(graph, long)
    opens = _form_openings()  # (a cut no legal form, comma or space opens is no run of legal forms)
    keys |= {("prefix", label[:cut]) for cut in range(1, len(label))
             if (label[cut] in opens or label[cut].isspace()) and _forms_after().fullmatch(label[cut:])}
    keys |= {("title", words[-1]) for words in _title_words(graph, long) if len(words) >= 3}
    if long in graph.graph and graph.entity(long)["type"] == "Person":
        for name in all_names(graph.entity(long)):
            words = name.lower().split()
            if name.isascii() and " " in name:
                keys |= {("cut", tuple(part)) for size in range(len(words)) for part in (words[:size], words[len(words) - size:])}
            keys.add(("family", family_name(name)))
    return keys


@_read_once
def _shorter_name_keys(graph: KnowledgeGraph, short: str) -> set[tuple]:
    """The keys ``short`` looks a longer party up by (``_longer_name_keys``)."""
    label = _party_label(graph, short)
    keys = {("party", short), ("name", fold(label)), ("prefix", label)}
    keys |= {("title", words[0]) for words in _title_words(graph, short) if len(words) == 1}
    return keys | {("cut", tuple(label.lower().split())) if label.isascii() else ("family", label)}

# -- suits whose parties the text does not name (kg.unnamed) --------------------------------
def _party_label(graph: KnowledgeGraph, party: str) -> str:
    """A party's label: its entity's, else the text's words (李某, 北京某科技公司)."""
    return graph.entity(party)["label"] if party in graph.graph else party


def _with_unnamed(graph: KnowledgeGraph, records: list[Suit], anonymised: list[Suit]) -> list[Suit]:
    """The suits of the sued facts and those with an anonymised side, each once: where a name
    the text anonymises was also read as an entity (殷某桢 as a person) and a sued fact tells
    the same suit, one row: the anonymised reading's court, filing and events (read from the
    court's own words), the entity's id for the party, the evidence of both."""
    def sides(suit: Suit) -> tuple[set[str], set[str]]:
        return tuple({_told_key(graph, p, suit.evidence[0]) for p in side} for side in (suit.plaintiffs, suit.defendants))
    kept = list(records)
    for suit in anonymised:
        plaintiffs, defendants = sides(suit)
        same = next((r for r in kept if (theirs := sides(r))[0] & plaintiffs and theirs[1] & defendants
                     and not (r.court and suit.court and r.court != suit.court)), None)
        if same is None:
            named = next((r for r in kept if _retells(graph, suit, r)), None)
            if named is None:
                kept.append(suit)
            else:
                _joined_to_named(graph, suit, named)
            continue
        suit.plaintiffs = [next((p for p in same.plaintiffs if fold(_party_label(graph, p)) == fold(_party_label(graph, q))), q)
                           for q in suit.plaintiffs]
        suit.defendants = [next((p for p in same.defendants if fold(_party_label(graph, p)) == fold(_party_label(graph, q))), q)
                           for q in suit.defendants]
        suit.court = suit.court or same.court
        if not suit.court_stated and same.court_stated:
            suit.court_stated, suit.court_reason, suit.court_evidence = True, same.court_reason, same.court_evidence
        # the sued facts' filing date, unless an event came before it (the date of the report, not the filing)
        suit.filed = suit.filed or (None if any(_before(e.date, same.filed) for e in suit.events) else same.filed)
        suit.evidence = oldest_first(suit.evidence + same.evidence)
        suit.case = same.case
        kept[kept.index(same)] = suit
    return kept


def _retells(graph: KnowledgeGraph, anonymised: Suit, named: Suit) -> bool:
    """Whether a suit with anonymised parties is one that another outlet's text tells with
    other words for them (either may be the one read from the sued facts) (殷某桢诉北京某智能科技公司等 beside 殷某某诉北京小问智能科技有限公司等:
    the same surname before 某, a company of the same place and kind): on both sides a party
    that may be the other's, and no other court."""
    from . import unnamed  # (imported when a text is read: a graph's reader needs none)
    if anonymised.court and named.court and anonymised.court != named.court:
        return False

    def side(ours: list[str], theirs: list[str]) -> bool:
        return any(unnamed.same_person(one, other) or unnamed.could_be(one, other) or unnamed.could_be(other, one)
                   for one in map(functools.partial(_party_label, graph), ours)
                   for other in map(functools.partial(_party_label, graph), theirs))
    return side(anonymised.plaintiffs, named.plaintiffs) and side(anonymised.defendants, named.defendants)


def _joined_to_named(graph: KnowledgeGraph, anonymised: Suit, named: Suit) -> None:
    """The row of the named suit, with the anonymised telling's sentences, and its court,
    filing date and events where the named one has none; the parties of the one that names
    more of them (both may be read from anonymised words)."""
    def masked(suit: Suit) -> int:
        return sum("某" in _party_label(graph, party) for party in suit.plaintiffs + suit.defendants)
    if masked(anonymised) < masked(named):
        named.plaintiffs, named.defendants = anonymised.plaintiffs, anonymised.defendants
        named.caption = anonymised.caption
    named.filed = named.filed or anonymised.filed
    _joined_into(named, anonymised)


def _joined_into(named: Suit, other: Suit) -> None:
    """``other``'s telling joins the named row: its sentences, its court where the named row has
    none, its events and the status they give."""
    if named.court is None and other.court:
        named.court, named.court_stated = other.court, other.court_stated
        named.court_reason, named.court_evidence = other.court_reason, other.court_evidence
    named.events = _distinct_events(named.events + other.events)
    _, _, statuses = event_lexicon()
    named.status = _status([event for event in named.events if statuses[event.kind] != "filed"])
    named.evidence = oldest_first(named.evidence + other.evidence)


def _finer_filed(one: str | None, other: str | None) -> str | None:
    """The more precise of two filing dates (2024-11-07 over 2024-11), the first where they are alike."""
    return one if one and len(one) >= len(other or "") else other


def _as_named(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """A suit whose plaintiffs one text describes (three authors sued Anthropic) and another
    names (Bartz, Graeber and Johnson v. Anthropic) is the named row: the same defendants,
    as many people as the description counts, no other court, a filing date that fits;
    the described row's sentences and dates join it.  Described rows one sentence tells
    together (families from Colorado, Texas and New York) are as many suits: none is the named one."""
    from . import unnamed  # (imported when a text is read: a graph's reader needs none)
    kept = []
    described = [suit for suit in records if len(suit.plaintiffs) == 1 and suit.plaintiffs[0] not in graph.graph
                 and unnamed.how_many(suit.plaintiffs[0]) is not None]
    for suit in records:
        counts = [None if party in graph.graph else unnamed.how_many(party) for party in suit.plaintiffs]
        if len(counts) != 1 or counts[0] is None or _told_together(suit, described):
            kept.append(suit)
            continue
        same = _named_as_described(graph, suit, records, counts[0])
        if len(same) > 1:  # several may be: the one its own document names (a group of news outlets…: the publishers include…)
            same = [other for other in same if _shares_document(suit, other)]
        if len(same) != 1:
            kept.append(suit)
            continue
        named = same[0]
        named.evidence = oldest_first(named.evidence + suit.evidence)
        named.filed = _finer_filed(named.filed, suit.filed)
        named.events = _distinct_events(named.events + suit.events)
    return kept


def _kin_as_named(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """A suit one text tells by the kin of a person it names (the parents of a 16-year-old boy,
    Adam Raine, sued X) and another by the kin's own names (Matthew and Maria Raine v. X) is
    the named row: the described party's words hold a kin word (context.tsv kin_party) and a
    full name whose family name is that of a person suing in exactly one other row, whose
    defendants include all of its own, in no other court; its sentences and dates join it."""
    kin = context_words("kin_party")
    kept = []
    for suit in records:
        party = suit.plaintiffs[0] if len(suit.plaintiffs) == 1 else None
        family = None if party is None or party in graph.graph or not kin.search(party) else \
            _named_family(party) or _kin_named_after(kin, suit)
        same = [] if family is None else [
            other for other in records if other is not suit and set(suit.defendants) <= set(other.defendants)
            and not (suit.court and other.court and suit.court != other.court)
            and any(plaintiff in graph.graph and graph.entity(plaintiff)["type"] == "Person"
                    and any(family_name(name) == family for name in all_names(graph.entity(plaintiff)))
                    for plaintiff in other.plaintiffs)]
        if len(same) != 1:
            kept.append(suit)
            continue
        named = same[0]
        named.filed = _finer_filed(named.filed, suit.filed)
        _joined_into(named, suit)
    return kept


_FULL_NAME_WORDS = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*[ ](?P<family>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"  # (its family name)
_FULL_NAME = later(rf"\b{_FULL_NAME_WORDS}")


def _kin_named_after(kin: re.Pattern, suit: Suit) -> str | None:
    """The family name of the one kin a described party's own sentences name after its filing by a
    possessive and a kin word (California parents sued X after their son Adam Raine died: Raine),
    where they name one only (context.tsv kin_party)."""
    found = set()
    for evidence in suit.evidence:
        for match in _KIN_NAMED.finditer(evidence.sentence):
            if kin.fullmatch(match.group("kin")):
                found.add(match.group("family"))
    return found.pop() if len(found) == 1 else None


_KIN_NAMED = later(rf"\b(?:their|her|his)\s+(?:[\w-]+\s+){{0,2}}?(?P<kin>[a-z]+),?\s+{_FULL_NAME_WORDS}")


def _named_family(words: str) -> str | None:
    """The family name of the one full name (two capitalised words or more) a described
    party's words hold (the parents of a 16-year-old boy, Adam Raine: Raine), else None."""
    found = {match.group("family") for match in _FULL_NAME.finditer(words)}
    return found.pop() if len(found) == 1 else None


def _named_as_described(graph: KnowledgeGraph, suit: Suit, records: list[Suit], count: tuple[int, int]) -> list[Suit]:
    """The rows that may name the plaintiffs ``suit`` describes: the same defendants, as many
    plaintiffs as counted, filing dates that fit; people, in any document and no other court
    (three authors: Bartz, Graeber and Johnson); companies and bodies only in a document of its
    own (a group of news outlets…: the publishers include Torstar…), its court however worded."""
    fewest, most = count
    found = []
    for other in records:
        if other is suit or set(other.defendants) != set(suit.defendants) or not fewest <= len(other.plaintiffs) <= most \
                or (other.filed and suit.filed and not fits(other.filed, suit.filed)):
            continue
        kinds = {graph.entity(party)["type"] if party in graph.graph else None for party in other.plaintiffs}
        shared = _shares_document(suit, other)
        if kinds == {"Person"} and not (other.court and suit.court and other.court != suit.court) \
                or kinds <= {"Person", "Company", "Organization"} and shared:
            found.append(other)
    return found


def _shares_document(suit: Suit, other: Suit) -> bool:
    """Whether two rows are told by one document (a sentence of each)."""
    return bool({e.document for e in suit.evidence} & {e.document for e in other.evidence})


def _told_together(suit: Suit, described: list[Suit]) -> bool:
    """Whether another described row against the same defendants shares a sentence with this one."""
    sentences = {e.sentence for e in suit.evidence}
    return any(other is not suit and set(other.defendants) == set(suit.defendants)
               and sentences & {e.sentence for e in other.evidence} for other in described)


@functools.cache
def _role_word() -> re.Pattern:
    """A party's role and nothing else (被告, the plaintiffs): context.tsv plaintiff_role, defendant_role."""
    roles = alternatives((*context_cues("plaintiff_role"), *context_cues("defendant_role")))
    return re.compile(rf"(?:the\s+)?(?:{roles})", re.IGNORECASE)


def _roles_as_named(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """A suit one side of which the text words by its role only (GEMA诉OpenAI关联公司（以下简称
    "被告"）: 被告 read as the party) is the one row of the same other side, no other court and a
    filing date that fits, where there is one: its sentences and events join that row; else
    it stays, the role words its parties (原告诉被告: a ruling told of no named party)."""
    def role_only(side: list[str]) -> bool:
        return bool(side) and all(_role_word().fullmatch(_party_label(graph, party).strip()) for party in side)
    kept = []
    for suit in records:
        ours = [(role_only(suit.plaintiffs), suit.defendants), (role_only(suit.defendants), suit.plaintiffs)]
        if not any(role for role, _ in ours):
            kept.append(suit)
            continue
        same = [other for other in records if other is not suit and any(
                    role and set(told) == set(other.defendants if told is suit.defendants else other.plaintiffs)
                    for role, told in ours)
                and not any(role_only(side) for side in (other.plaintiffs, other.defendants))
                and _may_be_one(other, suit)]
        if len(same) != 1:
            kept.append(suit)
            continue
        _joined_to_named(graph, suit, same[0])
    return kept


def unnamed_suits(graph: KnowledgeGraph, courts: CourtNames, elsewhere: set[str] = frozenset()) -> list[Suit]:
    """The suits with an anonymised side a build read (kg.unnamed: 李某诉刘某; 原告殷某某…被告北京某
    科技公司), one row each however many sentences and documents tell it: mentions with a
    plaintiff and a defendant in common (their words folded) and no two courts are one suit.
    The court is the one its sentences name, else the only one the sentences of its items
    name; its events are those its sentences and its items' sentences naming a party tell
    (all of an item's sentences where the item tells this suit only).  Where each of its
    documents tells this suit alone (none of ``elsewhere``, the documents telling a named
    suit), their other items' court (CourtNames.in_documents) and rulings are its too: an
    article cut into items by its headings or short lines (大庆市萨尔图区人民法院审结一起 over
    the story; 近日，X法院审结此案 under a heading of its own)."""
    from . import unnamed  # (imported when a text is read: a graph's reader needs none)
    told = graph.graph.graph.get("unnamed_suits", ())
    if not told:
        return []
    suits_in_item: dict[tuple[str, str], set[tuple]] = defaultdict(set)
    mentions = []
    for one in told:
        evidence = unnamed.evidence_of(one["evidence"])
        named = {side: [party for party in _without_claims(graph, [_unquoted(graph, p) for p in one[side]])
                        if _without_kind_words(graph, [party])]
                 for side in ("plaintiffs", "defendants")}
        if any(one[side] and not named[side] for side in named):
            continue  # a side named only by a claim or a kind's word (该公司): no suit to tell apart
        one = {**one, **named}
        if set(one["plaintiffs"]) & set(one["defendants"]) or unnamed.too_vague(one["plaintiffs"] + one["defendants"]):
            continue  # 某公司诉某公司: no suit an analyst can tell apart
        sides = tuple(frozenset(_told_key(graph, party, evidence) for party in one[side]) for side in ("plaintiffs", "defendants"))
        suits_in_item[(evidence.document, evidence.item)].add(sides)
        mentions.append((one, evidence, sides))
    groups: list[dict] = []
    reference = context_words("suit_reference")
    for one, evidence, sides in sorted(mentions, key=lambda m: (m[1].date or "", m[1].document, m[1].start)):
        words = {w for p in one["plaintiffs"] + one["defendants"] for w in (p, _party_label(graph, p))}
        # a suit its caption alone tells (a precedent cited) takes only the sentences naming it or a side
        caption = bool(one.get("caption"))
        alone = len(suits_in_item[(evidence.document, evidence.item)]) == 1 and not caption
        context = [unnamed.evidence_of(c) for c in one["context"]]
        about = [c for c in context if alone or any(word in c.sentence for word in words)]
        named = [court for e in [evidence, *about] for _, court in courts.named(e.sentence)]
        in_item = {court for c in context for _, court in courts.named(c.sentence)} if not caption else set()
        court = named[0] if named else next(iter(in_item)) if len(in_item) == 1 else one.get("court")
        group = next((g for g in groups if (g["sides"][0] & sides[0] or _sentencing(g, sides, evidence))
                      and _one_side(g["sides"][1], sides[1]) and not (g["court"] and court and g["court"] != court)), None)
        if group is None:
            group = {"sides": sides, "plaintiffs": list(one["plaintiffs"]), "defendants": list(one["defendants"]),
                     "court": None, "stated": False, "mentions": [], "about": [], "referring": [], "captioned": False}
            groups.append(group)
        group["captioned"] = group["captioned"] or caption  # a precedent cited by its caption takes no court from elsewhere
        group["sides"] = (group["sides"][0] | sides[0], group["sides"][1] | sides[1])
        for side in ("plaintiffs", "defendants"):
            group[side] += [p for p in one[side] if not _one_side({fold(unnamed.key(_party_label(graph, p)))},
                                                                  {fold(unnamed.key(_party_label(graph, q))) for q in group[side]})]
        if court and not group["court"]:
            group["court"], group["stated"] = court, bool(named) or court == one.get("court")
        group["mentions"].append(evidence)
        group["about"] += about
        if alone:  # (the complaint was filed in mid June 2026: the one suit its item tells)
            group["referring"] += [c for c in context if c.start > evidence.start and reference.search(c.sentence)]
    _, _, statuses = event_lexicon()
    groups_in: dict[str, list[dict]] = defaultdict(list)  # document -> the suits it tells
    for group in groups:
        for document in dict.fromkeys(e.document for e in group["mentions"]):
            groups_in[document].append(group)
    for group in groups:
        documents = {e.document for e in group["mentions"]}
        if group["captioned"] or documents & elsewhere or any(groups_in[document] != [group] for document in documents):
            continue
        if group["court"] is None:
            in_documents = courts.in_documents(documents)
            if len(in_documents) == 1:
                group["court"], group["reason"] = next(iter(in_documents)), DOCUMENT_COURT_REASON
        items = {(e.document, e.item) for e in group["mentions"]}  # and the rulings of their other items
        group["about"] += [e for item in courts.items_of(documents) if item not in items
                           for e in sorted(courts.evidence[item], key=lambda e: e.start) if event_cues(e.sentence)]
    records = []
    for group in groups:
        filings = [e for e in group["mentions"] if "filing" in events_in(e.sentence) and not unnamed.told_by_noun(e.sentence)]
        # else a later sentence of an item telling that suit only, referring to it with a filing cue and a date
        # (A mother has sued X… The complaint was filed in San Francisco County Superior Court in mid June 2026;
        # 该案于2024年3月立案: context.tsv suit_reference)
        filed = _stated_filing(filings) or _stated_filing(
            [e for e in oldest_first(group["referring"]) if "filing" in events_in(e.sentence)])
        events = []
        for e in oldest_first(group["mentions"] + [c for c in group["about"] if not is_headline(c)]):  # a headline sums up a story
            events += [event for event in _events(e) if event not in events]
        events = [e for e in _distinct_events(events) if not _before(e.date, filed)]
        evidence = oldest_first(group["mentions"] + [e.evidence for e in events])
        plaintiffs, defendants = group["plaintiffs"], group["defendants"]
        caption = told_caption([_party_label(graph, p) for p in plaintiffs], [_party_label(graph, p) for p in defendants])
        decisive = [e for e in events if statuses[e.kind] != "filed"]
        court = group["court"]
        records.append(Suit(
            id=_hash(plaintiffs, defendants, court, filed, evidence[0].document, evidence[0].start),
            caption=caption, plaintiffs=plaintiffs, defendants=defendants, court=court,
            court_stated=bool(court) and group["stated"],
            court_reason=STATED_COURT_REASON if group["stated"] else
            group.get("reason", "inferred: the only court named in its news items") if court else "no court named",
            filed=filed, events=events, claims=claims_in(e.sentence for e in evidence), status=_status(decisive),
            evidence=evidence, court_evidence=[e for e in evidence if court and courts.named(e.sentence)]
            if group["stated"] else []))
    return records


def _stated_filing(sentences: list[Evidence]) -> str | None:
    """The filing date the first of ``sentences`` stating a date of its own gives (_filing_date
    from the sentence's start, _states_date)."""
    return next((found for e in sentences if (found := _filing_date(e, 0)) and _states_date(e)), None)


@functools.cache
def _claim_words() -> tuple[re.Pattern, re.Pattern]:
    """A claim a case name tells after its sides (claims.tsv, its Chinese cues: 著作权, 不正当竞争), whole
    (不正当竞争纠纷) or after the infringing verb that opens it (侵害著作权, 侵犯商标权)."""
    cues = alternatives([cue for row in tsv_rows(LEXICON / "claims.tsv") for cue in cue_words(row["cues"])
                         if not cue.isascii()])
    whole = re.compile(rf"(?:侵害|侵犯|涉嫌)?(?:\w{{0,4}}?)(?:{cues})(?:权|權)?(?:纠纷|糾紛|行为|行為|案)?")
    return whole, re.compile(rf"(?:侵害|侵犯)(?=\w{{0,4}}?(?:{cues}))")


def _without_claims(graph: KnowledgeGraph, parties: list[str]) -> list[str]:
    """The parties of a side read from a case name, but the claim it names after them: 丰某诉东山公司侵害
    著作权及不正当竞争案 is 丰某 against 东山公司, not against 东山公司侵害著作权 and 不正当竞争 (a party the
    graph knows is kept whole; in either script: 侵害著作權)."""
    whole, verb = _claim_words()
    kept = []
    for party in parties:
        if party not in graph.graph:
            if whole.fullmatch(_simplified(party)):
                continue
            cut = verb.search(_simplified(party), 2)
            party = party[:cut.start()] if cut else party
        if party not in kept:
            kept.append(party)
    return kept


_OPENED = later(r"^(?:是|為|为|即)?[“「『《\"‘](?=\w)")


def _unquoted(graph: KnowledgeGraph, party: str) -> str:
    """A side's words read from inside a quoted case name, without the opening quote (and the
    是 before it) the reading kept: 是“四位插画师起诉X案” tells 四位插画师 as the plaintiff; a
    party whose words close the quote too, or an entity, is kept as it is."""
    if party in graph.graph:
        return party
    opened = _OPENED.match(party)
    return party[opened.end():] if opened and not any(mark in party for mark in "”」』》\"’") else party


def _told_key(graph: KnowledgeGraph, party: str, evidence: Evidence) -> str:
    """A side's party as mentions of one suit share it: its words folded (李某 and 李某某 one), a
    placeholder (甲公司) with its document's name: another document's 甲公司 is another company."""
    from . import unnamed  # (imported when a text is read: a graph's reader needs none)
    words = fold(unnamed.key(_party_label(graph, party)))
    return f"{evidence.document}#{words}" if unnamed.placeholder(party) else words


def _sentencing(group: dict, sides: tuple[frozenset, frozenset], evidence: Evidence) -> bool:
    """Whether a mention and a group of one document are one criminal case, the one telling
    no prosecutor (判处吴某有期徒刑: kg.unnamed): told by the same document."""
    return (not group["sides"][0] or not sides[0]) and any(e.document == evidence.document for e in group["mentions"])


def _one_side(first: set[str], second: set[str]) -> bool:
    """Whether two sides (their parties' words, folded) share a party: the same words, or a
    company one outlet anonymises and another names (北京某科技公司, 北京小问智能科技有限公司)."""
    from . import unnamed  # (imported when a text is read: a graph's reader needs none)
    return bool(first & second) or any(unnamed.could_be(one, other) or unnamed.could_be(other, one)
                                       for one in first for other in second)


# -- analyst corrections of suits (kg.corrections: court, filed) ----------------------------
def find_suits(graph: KnowledgeGraph, name: str, records: list[Suit]) -> list[Suit]:
    """The suits ``name`` names: by caption, or by parties "A v B" / "A诉B" (every party
    named must be one of the suit's, on its side, maybe under its short or long name: OpenAI,
    OpenAI Inc; sides may list several: A、B v C)."""
    key = fold(name)
    by_caption = [suit for suit in records if fold(suit.caption) == key]
    if by_caption:
        return by_caption
    sides = case_sides(name.strip())  # a case's name is read as the text's captions are
    if sides is None:
        return []
    named = []
    for side in sides:
        ids = [set(graph.find(part)) for part in side]
        if not ids or not all(ids):
            return []
        named.append(ids)
    def on(found: set[str], side: list[str]) -> bool:  # the party, or it under its short or long name (OpenAI Inc)
        return bool(found & set(side)) or any(_named_as(graph, party, one) or _named_as(graph, one, party)
                                              for party in side for one in found if one in graph.graph)
    return [suit for suit in records
            if all(on(found, suit.plaintiffs) for found in named[0]) and all(on(found, suit.defendants) for found in named[1])]


def _corrected(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """The suits with the analysts' corrections the graph carries (``graph.graph
    ["suit_corrections"]``, put there by kg.corrections on every build): a court set by an
    analyst is not one a sentence states, and the reason says who set it."""
    for fix in graph.graph.graph.get("suit_corrections", ()):
        for suit in find_suits(graph, fix["suit"], records):
            if fix["field"] == "court":
                suit.court, suit.court_stated, suit.court_evidence = fix["value"], False, []
                suit.court_reason = f"set by analyst {fix['analyst']} ({fix['where']})"
            else:
                suit.filed = fix["value"]
    return records


def _decisions(graph: KnowledgeGraph, drafts: list[_Draft]) -> tuple[dict, dict, Counter]:
    """The adjudicated facts by their party, each with its place in the graph's order, the
    suits by the documents telling them, and how many suits each party is of: what
    _infer_court reads for each suit, indexed once."""
    decided: dict[str, list[tuple[int, str, dict]]] = defaultdict(list)
    for position, (court, _, party, edge) in enumerate(graph.facts("adjudicated")):
        decided[party].append((position, court, edge))
    suits_in: dict[str, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        for document in dict.fromkeys(told.evidence.document for told in draft.mentions + draft.events):
            suits_in[document].append(draft)
    return decided, suits_in, Counter(party for draft in drafts for party in draft.parties)


def _infer_court(graph: KnowledgeGraph, draft: _Draft, courts: CourtNames, evidence: list[Evidence],
                 others: set[str] = frozenset(), drafts: list[_Draft] = (),
                 indexed: tuple[dict, dict, Counter] | None = None, anonymised: set[str] = frozenset()
                 ) -> tuple[str | None, str]:
    """A court no sentence about the suit names: the only one its news items name, else the
    only one that decided a matter of one of its parties (a party of this suit only: a
    ruling on a defendant many sue may be of any of their suits; not one of another
    document's suit with that party on the other side); with the reason.  Not a
    court a sentence of its item names for another suit (GEMA向慕尼黑第一地区法院起诉Suno…
    这是GEMA继2024年11月起诉OpenAI之后的第二起诉讼: the suit against OpenAI is not placed in
    Munich by the item about the suit against Suno).  Else, none of those, the only court of
    first instance its documents name where each tells this suit alone and no suit of an
    anonymised side (``anonymised``: their documents)."""
    fielded = courts.in_fields(evidence)
    if len(fielded) == 1:  # （1）法院：X over the item's story: the item's suits are in X, the others' too
        court, item = next(iter(fielded.items()))
        return court, f"inferred: the court the court line of the news item “{item}” names"
    appealed = courts.in_fields(evidence, appeal=True)
    if len(appealed) == 1 and not fielded:  # 法院：纽约州最高法院 (a court of first instance there), Court: Court of Appeals
        court, item = next(iter(appealed.items()))
        return court, f"inferred: the court (a court of appeal by its name) the court line of the news item “{item}” names"
    named = courts.in_items(evidence)
    in_items = {court: item for court, item in named.items() if court not in others}
    if named and not in_items:  # a suit told in the item of another, in its court: no guess from elsewhere either
        return None, "not named; the courts its news items name are other suits'"
    if len(in_items) == 1:
        court, item = next(iter(in_items.items()))
        return court, f"inferred: the only court named in the news item “{item}”"
    deciding: dict[str, str] = {}
    documents = {e.document for e in evidence}
    decided, suits_in, suits_of = indexed or _decisions(graph, list(drafts))
    for _, court, edge, party in sorted((position, court, edge, party) for party in draft.parties
                                        if suits_of[party] < 2
                                        for position, court, edge in decided.get(party, ())):
        if court not in courts.higher \
                and not _other_suits(draft, {e.document for e in edge["evidence"]} - documents, suits_in):
            deciding.setdefault(court, party)
    if len(deciding) == 1:
        court, party = next(iter(deciding.items()))
        return court, f"inferred: the only court reported deciding a matter of {graph.entity(party)['label']}"
    if in_items or deciding:
        names = sorted(graph.entity(court)["label"] for court in set(in_items) | set(deciding))
        return None, "not named; several courts possible: " + ", ".join(names)
    # an article cut into sections tells its one suit in one and its court in another (The lawsuit, lodged
    # in the U.S. District Court for…, under Case Background): the only court its documents name, where
    # each tells this suit alone
    alone = [document for document in documents if document not in anonymised  # (nor a suit with an anonymised side)
             and all(other is draft for other in suits_in.get(document, ()))]
    in_documents = courts.in_documents(alone) if alone and set(alone) == documents else {}
    if len(in_documents) == 1:
        court, document = next(iter(in_documents.items()))
        return court, f"{DOCUMENT_COURT_REASON}: “{document}”"
    return None, "no court named"


def _other_suits(draft: _Draft, documents: set[str], suits_in: dict[str, list[_Draft]]) -> bool:
    """Whether other documents, where a court decided a matter of one of a suit's parties,
    tell another suit (Kadrey v. Meta there, the court ruled for Meta; the consolidated suits
    against OpenAI there, Judge Stein ruled on OpenAI's motion): that court is that suit's,
    not this one's, where the same party is sued by others or sues."""
    return any(other is not draft for document in documents for other in suits_in.get(document, ()))


@dataclass(frozen=True)
class _CaseName:
    """A name of a Case entity and the sides it names (A诉B案, A v. B), as written."""
    node: str
    name: str
    plaintiffs: tuple[str, ...]
    defendants: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 14)  # (a name's sides, asked by five families of each case name: read once)
def case_sides(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The plaintiffs and the defendants a case's name lists, each side split at 、和与及
    and commas, None for a name of no sides (a case number).

    >>> case_sides("纽约时报诉微软和OpenAI案")
    (('纽约时报',), ('微软', 'OpenAI'))
    >>> case_sides("甲公司诉乙公司著作权侵权纠纷一案")  # the dispute a court's case name ends with is no party
    (('甲公司',), ('乙公司',))
    """
    match = CASE_PARTIES.match(name)
    if match is None:
        return None
    plaintiffs, defendants = (_with_legal_forms(part.strip().removesuffix("等公司").removesuffix("等").strip()
                                                for part in PARTY_SEPARATOR.split(match.group(group)) if part.strip())
                              for group in ("plaintiffs", "defendants"))
    if defendants:  # A诉B著作权侵权纠纷一案, A诉B不正当竞争案: the dispute is no party
        last = defendants[-1]
        dispute = context_words("dispute_word").search(last)
        if dispute is not None and dispute.start() >= 2 and (
                last.endswith("纠纷") or _DISPUTE_ONLY.fullmatch(last, dispute.start())):
            defendants = (*defendants[:-1], last[:dispute.start()])
    return plaintiffs, defendants


def _with_legal_forms(parts: Iterable[str]) -> tuple[str, ...]:
    """A side's parts with a legal form split off at its comma joined back to the name it
    closes: Taylor v. Vexor Technologies, Inc. has one defendant, Vexor Technologies, Inc."""
    joined: list[str] = []
    for part in parts:
        if joined and part in _LEGAL_FORMS:
            joined[-1] += ", " + part
        else:
            joined.append(part)
    return tuple(joined)


_LEGAL_FORMS = frozenset(word for word in context_cues("legal_form") if word.isascii())


# a case name's end made of dispute words only (不正当竞争, 著作权侵权): its cause, no party
_DISPUTE_ONLY = later(rf"(?:{context_words('dispute_word').pattern})+")


def _case_names(graph: KnowledgeGraph) -> list[_CaseName]:
    """Every name of every Case, its main label first, with its sides (case_sides); read once per
    ``suits`` call (_reading: its steps ask it three times; the list is shared, read, never changed)."""
    kept = _kept(graph)
    if kept is not None:
        if "case names" not in kept:
            kept["case names"] = _read_case_names(graph)
        return kept["case names"]
    return _read_case_names(graph)


def _read_case_names(graph: KnowledgeGraph) -> list[_CaseName]:
    found = []
    for node, data in graph.entities("Case"):
        for name in sorted(data["labels"], key=lambda label: (label != data["label"], label)):
            found.append(_CaseName(node, name, *(case_sides(name) or ((), ()))))
    return found


def _side_label(graph: KnowledgeGraph, parts: tuple[str, ...], nodes: set[str], leading: bool) -> str | None:
    """Where a side of a case name names one of ``nodes``, as written: the whole label, a
    surname (Andersen for Sarah Andersen), a short form (Ross for ROSS Intelligence), or
    the label after words the name began with (英国高等法院裁定Getty Images诉…); None if none."""
    trailing = [m.group() for part in parts if leading for m in [TRAILING_LATIN.search(part)] if m and m.group() != part]
    for part in (*parts, *trailing):  # 法院裁定Andersen: Andersen too
        key = fold(part)
        for node in nodes:
            for label in sorted(graph.entity(node)["labels"], key=len, reverse=True):
                folded = fold(label)
                if len(folded) < 2:
                    continue
                if key == folded or (len(key) >= 3 and (folded.endswith(key) or folded.startswith(key))):
                    return part
                if leading and key.endswith(folded):
                    return label
    return None


class _Written:
    """Which of many names a sentence writes (``name in sentence`` for each), found in one walk
    of the sentence, the names in one character trie walked from each place, once per sentence:
    what every suit asks of its sentences, in time of the sentence, not of how many names the
    graph holds (nor of how many share an opening: Acme Inc v. Kalo LLC, Acme Inc v. Mire LLC…)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(names)
        self.trie: dict = {}  # character -> branch; None -> the numbers of the names ending there
        self.short: list[int] = []  # the names of fewer than three characters, looked for one by one
        for number, name in enumerate(self.names):
            if len(name) < 3:
                self.short.append(number)
                continue
            branch = self.trie
            for character in name:
                branch = branch.setdefault(character, {})
            branch.setdefault(None, []).append(number)
        self.found: dict[str, frozenset[int]] = {}

    def __call__(self, sentence: str) -> frozenset[int]:
        """The numbers of the names the sentence writes."""
        if sentence not in self.found:
            found = {number for number in self.short if self.names[number] in sentence}
            trie, length = self.trie, len(sentence)
            for at in range(length - 2):
                branch, end, here = trie.get(sentence[at]), at + 1, []
                while branch is not None:
                    if None in branch:
                        here += branch[None]
                    branch = branch.get(sentence[end]) if end < length else None
                    end += 1
                found.update(sorted(here))  # by number, as the names were tried: a set's order follows its insertions
            self.found[sentence] = frozenset(found)
        return self.found[sentence]


class _CaseIndex:
    """The case names of a graph by how each side's names, folded, open and end: a side of
    a case name names a party (_side_label) only where one of its names and one of the
    party's labels (two characters or more) are the same, or one opens or ends the other
    (three characters or more; a leading side's name may end with the label), so they
    share their first two characters or their last three (a plaintiff's: two).  _caption
    reads the few case names that may caption a suit, not every one for every suit."""

    ENDS = {"plaintiffs": 2, "defendants": 3}  # how many last characters a side's match shares at least

    def __init__(self, cases: list[_CaseName]) -> None:
        self.cases = cases
        self.ends: dict[tuple[str, str], set[int]] = defaultdict(set)  # (side, "^" opening or "$" end) -> cases
        self.keys: list[dict[str, set[str]]] = []  # of each case, its sides' openings and ends
        self.sideless = frozenset(number for number, case in enumerate(cases) if not (case.plaintiffs or case.defendants))
        self.written = _Written(case.name for case in cases)  # which case names a sentence holds
        for number, case in enumerate(cases):
            self.keys.append({"plaintiffs": set(), "defendants": set()})
            for side, parts in (("plaintiffs", case.plaintiffs), ("defendants", case.defendants)):
                trailing = [m.group() for part in parts if side == "plaintiffs"
                            for m in [TRAILING_LATIN.search(part)] if m and m.group() != part]
                for key in map(fold, (*parts, *trailing)):
                    if len(key) >= 2:
                        for end in self._ends(side, key):
                            self.ends[(side, end)].add(number)
                            self.keys[number][side].add(end)

    @classmethod
    def _ends(cls, side: str, name: str) -> tuple[str, str]:
        return "^" + name[:2], "$" + name[-cls.ENDS[side]:]

    def _draft_ends(self, graph: KnowledgeGraph, draft: _Draft) -> dict[str, set[str]]:
        """The openings and ends of the labels of the draft's parties, by side."""
        return {side: {end for node in nodes for folded in map(fold, graph.entity(node)["labels"]) if len(folded) >= 2
                       for end in self._ends(side, folded)}
                for side, nodes in (("plaintiffs", draft.plaintiffs), ("defendants", draft.defendants))}

    def may_name(self, graph: KnowledgeGraph, draft: _Draft, among: Iterable[int] | None = None,
                 ends: dict[str, set[str]] | None = None) -> list[int]:
        """The case names whose both sides may name the draft's parties, in their order (of
        ``among`` only, where given: those asked of, without reading every case name); ``ends``:
        the draft's (_draft_ends), where already read."""
        ends = self._draft_ends(graph, draft) if ends is None else ends
        if among is not None:
            return sorted(number for number in among
                          if all(self.keys[number][side] & ends[side] for side in ("plaintiffs", "defendants")))
        found = None
        for side in ("plaintiffs", "defendants"):
            numbers = set().union(*(self.ends.get((side, end), ()) for end in ends[side]))
            found = numbers if found is None else found & numbers
        return sorted(found)


def _caption(graph: KnowledgeGraph, draft: _Draft, index: _CaseIndex, evidence: list[Evidence]
             ) -> tuple[str | None, str]:
    """The case name the text gives the suit (A诉B案, A v. B: its sides name the suit's
    parties; a case number in one of its sentences), else one made from the parties.
    Among the case names that may name both sides (``index``, made once per table), those
    one of its sentences gives come first."""
    cases = index.cases
    named = frozenset().union(*(index.written(e.sentence) for e in evidence))  # the case names its sentences give

    def fitting(numbers: list[int]) -> tuple[str, str] | None:
        for number in numbers:
            case = cases[number]
            plaintiff = _side_label(graph, case.plaintiffs, draft.plaintiffs, leading=True)
            if plaintiff and _side_label(graph, case.defendants, draft.defendants, leading=False):
                start = case.name.lower().find(plaintiff.lower())
                return case.node, case.name[start:] if start > 0 else case.name  # 裁定Getty Images诉…: from the party on
        return None
    ends = index._draft_ends(graph, draft)  # (read once for both askings)
    found = fitting(index.may_name(graph, draft, named, ends)) or \
        fitting([number for number in index.may_name(graph, draft, ends=ends) if number not in named])  # (only where none given fits)
    if found:
        return found
    number = min(named & index.sideless, default=None)  # the first case number its sentences give
    if number is not None:
        return cases[number].node, cases[number].name
    sides = ["、".join(sorted(graph.entity(n)["label"] for n in side)) for side in (draft.plaintiffs, draft.defendants)]
    return None, " v. ".join(sides)


def _status(decisive: list[Event]) -> str:
    """The status the latest decision leaves a suit in (filed where none), oldest first;
    a ruling after a settlement is the court approving it (法院批准了该和解): still settled."""
    _, _, statuses = event_lexicon()
    status = "filed"
    for event in decisive:
        if not (status == "settled" and event.kind == "ruling"):
            status = statuses[event.kind]
    return status


def _distinct_events(events: list[Event]) -> list[Event]:
    """One event per kind and date (a title and its body, or two reports, tell one
    ruling; 2024-11 and 2024-11-07 are one date), the most precise kept, oldest first; a
    sentence stating no date of its own tells on an event of its kind its item dates
    (2025年3月4日，法官驳回了动议。法院认为…: one ruling, not a second on the item's date); an
    event no report dates is one of its kind another report dates (the court ruled…, in a story
    telling no date, beside the ruling of 11 November), not one more."""
    dated = {(e.kind, e.evidence.document, e.evidence.item) for e in events if _states_date(e.evidence)}
    events = [e for e in events if _states_date(e.evidence)
              or (e.kind, e.evidence.document, e.evidence.item) not in dated]
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: (-len(e.date or ""), e.evidence.date or "", e.evidence.document, e.evidence.start)):
        if not any(other.kind == event.kind and (other.date == event.date or (other.date and event.date and
                                                 other.date.startswith(event.date))) for other in kept):
            kept.append(event)
    kinds = {event.kind for event in kept if event.date}
    kept = [event for event in kept if event.date or event.kind not in kinds]
    # a ruling on the day of a dismissal is that dismissal (裁定驳回A诉B案; another report: 被法院驳回)
    dismissed = [event.date for event in kept if event.kind == "dismissal" and event.date]
    kept = [event for event in kept if not (event.kind == "ruling" and event.date
                                            and any(date.startswith(event.date) for date in dismissed))]
    return sorted(kept, key=event_order)


_CASE_JOINT = later(r"\sv\.?\s+$")  # Ko v. Li, R (Ayinde) v London Borough of Haringey: the defendant's side of a case name
_CITED_YEAR = later(YEAR)  # a sentence with no year holds no neutral citation (kg.dates.citation_year)


def _with_cited_rulings(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """The suit with the rulings its case name's neutral citations tell (_cited_rulings), where
    they add one, and the status its decisions then leave it in."""
    cited = _cited_rulings(graph, suit.defendants, suit.evidence)
    if not cited:
        return suit
    events = [e for e in _distinct_events(suit.events + cited) if not _before(e.date, suit.filed)]
    if [(e.kind, e.date) for e in events] == [(e.kind, e.date) for e in suit.events]:
        return suit
    _, _, statuses = event_lexicon()
    return replace(suit, events=events, status=_status([e for e in events if statuses[e.kind] != "filed"]))


def _labels(graph: KnowledgeGraph, party: str) -> list[str]:
    """A party's labels: its entity's, or the words of a party the text names no entity for."""
    return graph.entity(party)["labels"] if party in graph.graph else [party]


def _cited_rulings(graph: KnowledgeGraph, defendants: Iterable[str], evidence: list[Evidence]) -> list[Event]:
    """A ruling each neutral citation after the suit's case name tells, of its year (Ko v. Li, 2025
    ONSC 2766; Wikeley v Kea Investments Ltd [2024] NZCA 609: a judgment given in 2024, the court's
    letters and the judgment's number after it; kg.dates.citation_year): the case name's defendant
    side, after its "v", is one of the suit's defendants.  One ruling per year; a dated ruling of the
    same year elsewhere is that one (_distinct_events keeps the more precise)."""
    names = {label for node in defendants for label in _labels(graph, node) if len(label) > 1}
    told_cited = [told for told in evidence if " v" in told.sentence and _CITED_YEAR.search(told.sentence)]
    if not names or not told_cited:
        return []
    # the defendants' names as one pattern, looked for once along a sentence (a row of 800 defendants
    # read each name along every sentence: quadratic in the row's parties)
    named = re.compile(rf"(?<!\w)(?:{alternatives(names)})(?!\w)")
    found: dict[str, Event] = {}
    for told in told_cited:
        sentence = told.sentence
        for match in named.finditer(sentence):
            year = citation_year(sentence, match.end())
            if year and year not in found and _CASE_JOINT.search(sentence, max(0, match.start() - 4), match.start()):
                found[year] = Event("ruling", year, told)
    return list(found.values())


def _before(date: str | None, other: str | None) -> bool:
    """Whether ``date`` is surely earlier than ``other`` (2023-07 before 2024-08-19; 2024
    not before 2024-08)."""
    if not date or not other:
        return False
    common = min(len(date), len(other))
    return date[:common] < other[:common]


def _states_date(evidence: Evidence) -> bool:
    return bool(date_spans(evidence.sentence, evidence.date, evidence.date))


def _hash(*parts: object) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:12]


# -- the suits in the graph ------------------------------------------------------------------
def link_evidence(graph: KnowledgeGraph, suit: Suit, node: str) -> list[Evidence]:
    """The sentences of a suit that name one of its parties or its court (all of the
    suit's where none names it: a party read from 该案 or from a case name's short form)."""
    if node == suit.court:
        return suit.court_evidence
    naming = [e for e in suit.evidence if _named(graph, e.sentence, {node})]
    return naming or suit.evidence


def links(graph: KnowledgeGraph, records: list[Suit]) -> list[tuple[str, str, str, list[Evidence]]]:
    """(suit id, link, entity, evidence) for each party of each suit and its court where
    the text states it."""
    found = []
    for suit in records:
        ends = [("plaintiff", node) for node in suit.plaintiffs if node in graph.graph] + \
            [("defendant", node) for node in suit.defendants if node in graph.graph]  # not the text's words (李某)
        if suit.court and suit.court_stated:
            ends.append(("court", suit.court))
        found += [(suit.id, link, node, link_evidence(graph, suit, node)) for link, node in ends]
    return found


def confidence(graph: KnowledgeGraph, suit: Suit) -> float:
    """How sure the suit is: the best confidence of the sued facts it groups."""
    edges = graph.graph.edges
    return max((edges[p, d, "sued"]["confidence"] for p in suit.plaintiffs for d in suit.defendants
                if graph.graph.has_edge(p, d, key="sued")), default=0.5)


def link_cases(graph: KnowledgeGraph, records: list[Suit] | None = None) -> KnowledgeGraph:
    """Connect each Case the text names to its suit's parties and stated court
    (edges ``plaintiff``, ``defendant``, ``court``: SUIT_LINKS, not SCHEMA relations), with
    the sentences that say so: the view and the queries then reach a case's parties."""
    for suit in suits(graph) if records is None else records:
        if suit.case is None:
            continue
        weight = confidence(graph, suit)
        for _, link, node, evidence in links(graph, [suit]):
            for one in evidence or [None]:
                graph.add_fact(suit.case, link, node, one, weight)
    return graph
