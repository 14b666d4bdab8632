"""The courts a suit's sentences name (CourtNames): a court by any of its names in a sentence, or,
through 该法院 (the court), earlier in its news item, a court's kind alone (联邦法院, a federal court)
only with its place; and whether two courts are one, a name holding the other's or a court named by
its place and kind (_one_court, _court_by_place).

For example, in "2023年12月27日，纽约时报向纽约南区联邦地区法院起诉OpenAI" the suit's court is
纽约南区联邦地区法院.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

from ..alternation import alternation, alternatives
from ..graph import KnowledgeGraph, fold
from ..kb import short_acronym
from ..later import later
from ..model import Evidence
from ..sentences import card_line
from .words import _SPACES, context_cues, context_words
from .names import _labels_in, _named
from .events import _before, _cue_end, event_cues

#: The reason of a court named in another item of a document telling the suit alone (CourtNames.in_documents).
DOCUMENT_COURT_REASON = "inferred: the only court named in its documents, which tell this suit alone"


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


def _court_places(graph: KnowledgeGraph) -> dict[str, dict[str, frozenset[str]]]:
    """Each court of the graph -> the places below a country its jurisdiction facts name, each
    with the places it lies in (美国纽约南区联邦地区法院 -> 纽约州, 纽约市, 曼哈顿 in 纽约市 and
    纽约州; Tennessee federal court -> 田纳西州): a country (美国) tells no court from another."""
    from ..kb import KnowledgeBase
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
