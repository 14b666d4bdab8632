"""The names a suit's sentence gives beside its parties that are no party of it, each filter taking
the candidates of a side and returning those it keeps: an office whose holder is named
(_without_offices), a place only describing a name or an outlet the sentence cites
(_without_descriptors, _cited), a party's relative (_without_kin), an owner in a possessive
(_without_possessors), a judge (_without_judges), a defendant's backer (_affiliates_of).

For example, in "Jane Roe alleged that her 15-year-old son Tom Roe was harmed by Acme's app" the
son is who the suit is about, never the one sued (_without_kin); in "据《某日报》报道，甲公司起诉乙公司"
某日报 reports the suit (_cited).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..graph import KnowledgeGraph, fold
from ..later import later
from ..lookahead import scanning
from ..punctuation import LIST_WORDS, NAME_QUOTES, joiner
from .words import _CLAUSES, _simplified, context_cues, context_words
from .names import _labels_in, _party_label
from .events import event_cues


def _without_kind_words(graph: KnowledgeGraph, parties: Iterable[str]) -> set[str]:
    """The parties but one named only by the word of its kind (Anthropic 和 Meta 的胜诉…针对科技公司的诉讼,
    将该公司诉至法院: 公司 names no one, an entity or the text's words; context.tsv side_kind)."""
    return {party for party in parties
            if fold(re.sub(r"^[该該此其]", "", _simplified(_party_label(graph, party)))) not in _side_kinds()}


@functools.cache
def _side_kinds() -> frozenset[str]:
    """The words of a kind that name no party by themselves (context.tsv side_kind), folded."""
    return frozenset(fold(word) for word in context_cues("side_kind"))


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
    from ..segment import dispatch_words
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
    from ..facts.grammar import cited_patterns
    return cited_patterns(context_cues("reported_by"), context_cues("report_told"))


@functools.cache
def _reporting_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The grammar's patterns of an outlet opening a clause as the one reporting (kg.facts.grammar
    reporting_patterns; imported here, kg.facts importing this module)."""
    from ..facts.grammar import reporting_patterns
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
