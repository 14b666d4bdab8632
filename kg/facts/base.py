"""What every fact family shares: the relation signatures, the view of one sentence or
one document a family reads, the family base classes and the words and helpers several
families use (an item's sentences and their dates, the places a name begins with).

A family is a class in a module of kg.facts; every fact it makes carries the module's
name as its ``Fact.rule`` (``cue``, or ``litigation/hearing`` for a finer kind), which
``kg evaluate --by-rule`` groups by the part before "/".
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from ..alternation import alternatives
from ..dates import sentence_date
from ..kb import KnowledgeBase
from ..model import SYMMETRIC_RELATIONS as SYMMETRIC
from ..model import AGENTS, BODIES, SIGNATURES  # noqa: F401  (the families' names for them)
from ..model import FAMILIES_BY_RULE, Evidence, Fact, Item, Mention
from ..punctuation import latin_only
from ..resolve import without_legal_form
from ..script import simplified_name
from ..sentences import Sentences
from .grammar import Grammar
from .triggers import Cue, CueFinder

SENTENCE_DATES_KEPT = 4096  # items whose sentences and dates are remembered (Shared.sentence_dates)

STATE_BODIES = frozenset({"Regulator", "Legislature", "Court", "Law"})  # the state's bodies and its laws
# Relations between adversaries: never between a group and its own unit
HOSTILE = {"sued", "banned", "fined", "investigated", "accused"}
# Relations whose tail may stand after 向/对/针对 (or 与 for the symmetric ones)
TARGETED = HOSTILE | SYMMETRIC | {"investedIn", "acquired", "adjudicated"}
PARTIES = ("Company", "Person", "Organization")
# Names read from an article's credit and source lines (kg.mentions credit, source) and the
# outlet its head names (kg.mentions.english outlet): nodes, but the lines state no facts about them.
CREDITED = frozenset({"credit", "credit/authors", "source", "english/outlet"})  # an article's authors state no facts either


@dataclass
class Sentence:
    """One sentence of an item, as a sentence family reads it: the item's text, the
    sentence's bounds, the names inside it (in order), its evidence, the item's laws
    (what a reference to a law, 该办法, may stand for), all the item's names, and the
    vetoes of the families that read some cues themselves (for the cue finder)."""
    item: Item
    text: str
    start: int
    end: int
    mentions: list[Mention]
    evidence: Evidence
    laws: list[Mention]
    named: list[Mention]
    vetoes: list = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # where each of ``named`` starts
    found_cues: tuple[Cue, ...] | None = field(default=None, repr=False, compare=False)
    # the text and names of the parts of the story told before the item (Item.continues): what a
    # reference the item itself gives no name for may stand for, the latest part first
    earlier: tuple[tuple[str, list[Mention]], ...] = field(default=(), repr=False, compare=False)

    def cues(self, find_cues: CueFinder) -> tuple[Cue, ...]:
        """The cue words of the sentence outside its names (kg.facts.triggers), found once
        for the families that read them (cue, litigation)."""
        if self.found_cues is None:
            self.found_cues = tuple(find_cues(self.text, self.start, self.end, self.mentions, self.vetoes))
        return self.found_cues


@dataclass
class Document:
    """A document as the document families read it: each item with its text and the
    names that state facts (those of credit and source lines left out), and the facts
    read so far (its sentences' and the earlier document families')."""
    items: list[tuple[Item, str, list[Mention]]]
    facts: list[Fact]
    # each item's names with those of its credit lines and masthead (an outlet and the
    # company whose copyright notice closes it: kg.facts.imprint)
    credited: list[list[Mention]] = field(default_factory=list)
    # the facts by id() of the item they were read in (read_in), made on the first facts_of
    _by_item: dict[int, list[Fact]] | None = field(default=None, init=False, repr=False, compare=False)
    # the facts of a relation by item (items_and), shared by the families of one document (kg.facts.Extractor)
    indexed: FactsByItem = field(default_factory=lambda: FactsByItem(), repr=False, compare=False)

    def facts_of(self, item: Item) -> list[Fact]:
        """The facts read in the item itself (read_in), in the order of ``facts``: not those of
        the other items of its title (an archive export repeats a title a thousand times, the parts
        of a long article share theirs, each with offsets in its own text).  Indexed once per
        Document, so that reading every item's facts stays linear in the document."""
        if self._by_item is None:
            self._by_item = {}
            named, titled = {}, {}  # id() of each name -> its item; (document, title) -> its items and texts
            for (one, text, mentions), credited in zip(self.items, self.credited or [[] for _ in self.items]):
                for mention in (*mentions, *credited):
                    named.setdefault(id(mention), one)
                titled.setdefault((one.document, one.title), []).append((one, text))
            for fact in self.facts:
                found = read_in(fact, named, titled)
                if found is not None:
                    self._by_item.setdefault(id(found), []).append(fact)
        return self._by_item.get(id(item), [])

    def items_with(self, relation: str) -> Iterator[tuple[Item, str, list[Mention], list[Fact]]]:
        """Each item that states facts of the relation: the item, its text, its names and
        those facts (by_item), in the document's order."""
        for item, text, mentions, facts in self.items_and(relation):
            if facts:
                yield item, text, mentions, facts

    def items_and(self, relation: str) -> Iterator[tuple[Item, str, list[Mention], list[Fact]]]:
        """Every item, with its text, its names and its facts of the relation (by_item; []
        where it states none), in the document's order."""
        facts = self.indexed(self.facts, relation)
        for item, text, mentions in self.items:
            yield item, text, mentions, facts.get(item.title, [])


def read_in(fact: Fact, named: dict[int, Item], titled: dict[tuple[str, str], list[tuple[Item, str]]]) -> Item | None:
    """The item a fact was read in: the one holding its head or its tail (the very name, of
    ``named``: id() of each name -> its item) under the title of its evidence; else the first item of
    that title whose text holds its evidence's sentence where the evidence says (a name a reference
    stands for, a fact a document family made with a name of its own), else that title's first item;
    None where no item has the title."""
    where = fact.evidence
    for end in (fact.head, fact.tail):
        found = named.get(id(end))
        if found is not None and found.title == where.item and found.document == where.document:
            return found
    items = titled.get((where.document, where.item), ())
    return next((item for item, text in items if text[where.start:where.end] == where.sentence),
                items[0][0] if items else None)


class Family:
    """One rule family; ``family`` is its module's name, the rule of its facts
    (``family/detail`` where a module holds several rules).  In a module of
    kg.model.FAMILIES_BY_RULE (litigation) each rule is a family of its own: ``family`` is
    ``module/detail``, scored and switched off alone; ``finer``: the other details its
    facts may carry (``litigation/transfer`` of ``litigation/referred``)."""
    module = ""
    family = ""
    detail = ""
    finer: tuple[str, ...] = ()

    def __init__(self, shared: Shared) -> None:
        self.shared = shared
        self.kb = shared.kb

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.module = cls.__module__.rsplit(".", 1)[-1]
        alone = cls.module in FAMILIES_BY_RULE and cls.detail
        cls.family = f"{cls.module}/{cls.detail}" if alone else cls.module

    @property
    def rule(self) -> str:
        return f"{self.module}/{self.detail}" if self.detail else self.module


def left_out(one, families: frozenset[str]) -> bool:
    """Whether ``families`` (kg.pipeline.Without.facts) names the family ``one``, its module
    or one of its finer rules."""
    module = getattr(one, "module", "") or one.family
    return bool({one.family, module, *(f"{module}/{rule}" for rule in getattr(one, "finer", ()))} & families)


class SentenceFamily(Family):
    """Reads the facts one sentence states.  ``suppressed``: where a trace listens (kg explain),
    [] to which a family with filters of its own adds (filter rule, facts it stopped); None in a build."""
    suppressed: list[tuple[str, list[Fact]]] | None = None

    def switched(self, families: frozenset[str]) -> SentenceFamily:
        """The family without the filters of its own that ``families`` names (kg.pipeline.Without)."""
        return self

    def veto(self, text: str, start: int, end: int, relation: str, position: int) -> bool:
        """Whether this family reads the cue of ``relation`` at ``position`` itself, so
        that the cue family leaves it (override where it does)."""
        return False

    def reads_without_names(self, text: str, start: int, end: int) -> bool:
        """Whether a sentence naming nothing may state facts (about names before it)."""
        return False

    def facts(self, sentence: Sentence) -> list[Fact]:
        raise NotImplementedError


class ItemRefiner(Family):
    """Revises the facts the sentence families read in one item."""

    def refine(self, facts: list[Fact]) -> list[Fact]:
        raise NotImplementedError


class DocumentFamily(Family):
    """Reads the facts that need more than one sentence: the whole item or document."""

    def facts(self, document: Document) -> list[Fact]:
        raise NotImplementedError

    def screen(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        """The document's facts once every family has read (the learned family's veto drops
        some), ``items`` its items in order: unchanged unless a family says otherwise."""
        return facts


T = TypeVar("T")  # (Shared.made_once: what a maker makes)


def _trade_name_words(kb: KnowledgeBase) -> tuple[frozenset[str], tuple[str, ...]]:
    """The kinds of business a trade name may end in (context.tsv trade_name_kind, paper_end;
    english.tsv newspaper_word) and the legal forms, read once per knowledge base (kept on it, as
    kg.kb.remembered keeps a method's answers)."""
    kept = kb.__dict__.get("_trade_name_words")
    if kept is None:
        from ..mentions.english import english_lexicon  # (the English name families' lexicon)
        kinds = {simplified_name(word) for word in kb.context["trade_name_kind"] + kb.context["paper_end"]} | \
            set(english_lexicon(kb)["newspaper_word"])
        kept = kb.__dict__["_trade_name_words"] = (frozenset(kinds), tuple(kb.legal_forms))
    return kept


def trade_name_place(kb: KnowledgeBase, mention: Mention, place: Mention) -> bool:
    """加拿大航空, 哥伦比亚航空公司, 澳洲廣播公司, the New York Times Co.: a place written inside a
    company's trade name is not its seat (bench/real/README.md round 76, second part: no edge): the
    rest of its name after the place, or of the name the knowledge base gives it first (the New York
    Times), is a kind of business alone, an airline's or a broadcaster's (context.tsv trade_name_kind)
    or a newspaper's (paper_end, english.tsv newspaper_word).  A place before a name of the company's
    own is its seat (德国汉莎航空, 上海稀宇科技: 汉莎航空 and 稀宇科技 are its names; kg.facts.kb
    own_name_place), and so is a bank's (法国巴黎银行: kg.facts.kb own_place)."""
    if mention.type != "Company" or not mention.start <= place.start < place.end <= mention.end:
        return False
    kinds, forms = _trade_name_words(kb)
    written = simplified_name(place.text)
    entry = kb.entries.get(mention.kb_id or "")
    known = [simplified_name(name).removeprefix("The ") for name in (entry.zh, entry.en) if name] if entry else []
    rests = [simplified_name(mention.text[place.end - mention.start:])] + \
        [name[len(written):] for name in known if name.startswith(written)]
    return any(without_legal_form(rest.strip(" ()（）"), forms).strip(" .") in kinds for rest in rests)


class Shared:
    """The knowledge base, the context words (data/lexicon/context.tsv) and the services
    several families use; made once per Extractor."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = kb.context
        self.sentences = Sentences(kb.sentence_words)
        self.grammar = Grammar(self.words)
        self.find_cues = CueFinder(kb.triggers, self.words)
        self.extensions: dict[str, object] = {}  # what a family makes once for the families of its module
        # 包头市公安局: a city or county no knowledge base lists, opening a state body's name (context.tsv
        # city_end; never a word pointing at a place, 某市, 本县: not_city_start; nor a kind of city, 智慧城市, nor 市场)
        self.unknown_city = self.unknown_place(self.words["city_end"])
        # 杭州市上城区人民法院: after a known place, a district no knowledge base lists too (context.tsv
        # district_end; not a city's 城区, a 经济特区 nor a 第三地区)
        self.unknown_district = self.unknown_place(self.words["city_end"] + self.words["district_end"])
        # 大庆市萨尔图区人民法院: a known place's short name (萨尔) followed by one more character and a
        # district's or county's end (图区) is the start of that district's own name, no place of its own
        # (context.tsv place_end, district_end, county_end; not a direction's one character, 香港东区, nor
        # one that makes the two a common word, 科罗拉多地区: district_not_char)
        not_glued = "".join(self.words["direction_char"] + self.words["district_not_char"])
        self.glued_district = re.compile(rf"(?![{not_glued}])[\u4e00-\u9fff]"
                                         rf"(?:{alternatives(self.words['district_end'] + self.words['county_end'])})")
        # 通州法院, 上虞法院, 山海关人民法院: a court named by a short place no knowledge base lists (two or three
        # characters) and its court word (context.tsv court_seat_word), not by its level or kind (court_not_seat: 最高法院)
        self.court_seat = re.compile(rf"(?![{''.join(self.words['not_city_start'])}])(?!{alternatives(self.words['court_not_seat'])})"
                                     rf"(?P<place>[\u4e00-\u9fff]{{2,3}}?)(?:{alternatives(self.words['court_seat_word'])})")
        # Milimani High Court, Kerugoya High Court, Bolton Crown Court: an English court named by one town no knowledge base
        # lists and its court words (context.tsv court_seat_word_en), the English sibling of 通州法院; a word of a court's kind
        # or level opens no seat (court_kind_opening, court_kind_word: the Western High Court, the Supreme Court), nor a
        # judge's title (court_title_en: a Deputy High Court Judge)
        self.english_court_seat = re.compile(rf"(?P<place>[A-Z][a-z]{{2,}}) (?:{alternatives(self.words['court_seat_word_en'])})")
        self.court_not_town = frozenset(self.words["court_kind_opening"] + self.words["court_kind_word"] + self.words["court_title_en"])
        # Westfield High School, Beverly Hills Unified School District, Gilmer County High School, Cascade Police Department:
        # a local institution named by the town (or county) no knowledge base lists that it serves and its kind's words
        # (context.tsv local_seat_word_en), the sibling of the town of a court
        self.english_local_seat = re.compile(rf"(?P<place>[A-Z][a-z]{{2,}}(?: [A-Z][a-z]{{2,}})??"
                                             rf"(?: (?:{alternatives(self.words['county_word'])}))?) "
                                             rf"(?:{alternatives(self.words['local_seat_word_en'])})")
        self.county_words = frozenset(self.words["county_word"])
        self.institution_not_town = frozenset(self.words["local_not_town"])  # the Metropolitan Police Department
        # the Baltimore County Police Department: a known place and a county's word opening an English name
        self.county = re.compile(rf" (?:{alternatives(self.words['county_word'])})(?= [A-Z])")
        # 中国移动, 中国日报: the country opening a company's own name is part of that name, not its
        # place (context.tsv name_part_place)
        self.name_part_places = frozenset(self.words["name_part_place"])
        # 台北市長, 加州州长: one character after a place that makes its office (context.tsv office_head);
        # any other one character leaves the place part of a word (中国人, 美国队)
        self.office_heads = frozenset(self.words["office_head"])
        # the Suffolk County Superior Court, the St. Charles County Circuit Court: a county the
        # knowledge base does not list opening a state body's English name
        self.unknown_county = re.compile(rf"(?:St\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:{alternatives(self.words['county_word'])})(?= [A-Z])")
        # an item's sentences and their dates, asked for its facts and again for each
        # fact of the document's rules: remembered for the last items (keyed by the text),
        # as many as a batch of documents holds (kg.pipeline reads every item of a batch
        # before the document rules: with room for 64 they were all worked out twice)
        self.sentence_dates = lru_cache(maxsize=SENTENCE_DATES_KEPT)(self._sentence_dates)
        # 數位發展部長, 荷兰数据保护局局长, 美国总统: the Chinese titles of an office one person holds
        # (context.tsv person_title, more than one character)
        self.office_titles = tuple(t for t in self.words["person_title"] if not t.isascii() and len(t) > 1)
        # 批评, 质疑, 反对 (context.tsv criticism_cue): an accusation only outside a lawsuit (tells_lawsuit)
        self.criticism_words = frozenset(self.words["criticism_cue"])
        self.lawsuit_words = tuple(self.words["lawsuit"])  # (context.tsv lawsuit: tells_lawsuit)
        # the Minister of Culture, the Cabinet Secretary for Trade: an English office one person holds, by a
        # word of it anywhere in the name (context.tsv office_holder, its Latin words)
        self.latin_office = re.compile(alternatives([w for w in self.words["office_holder"] if w.isascii()],
                                                    latin_whole=True))
        # the Office of the Assistant Secretary, the Prime Minister's Office: a body named after an office
        self.office_bureau = frozenset(self.words["office_bureau"])
        # a federal judge in California, a court in London; a Delaware judge, a California state court
        judge = alternatives(self.words["placed_judge"])
        self.judge_then_place = re.compile(rf"\b(?:{judge})\s+(?:in|of|from)\s+(?:the\s+(?:state|city)\s+of\s+)?$", re.I)
        self.place_then_judge = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{judge})\b")

    def made_once(self, name: str, make: Callable[[], T]) -> T:
        """What ``make`` makes, made once per Extractor under ``name`` for the families that ask
        (a module's readers and patterns: kg.facts.place.descriptions, english.patterns)."""
        if name not in self.extensions:
            self.extensions[name] = make()
        return self.extensions[name]

    def ruling_place(self, text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
        """The place text[start:end] (a sentence) states for its judge or court, when it names
        no court there (a federal judge in California ruled; a Delaware judge held): a ruling
        told so is one of a court of that place, not of any court the item names elsewhere."""
        courts = [m for m in mentions if m.type == "Court" and start <= m.start < end]
        for place in (m for m in mentions if m.type == "Jurisdiction" and m.kb_id and start <= m.start < end):
            if any(c.start <= place.start < c.end for c in courts):
                continue  # the New York federal court: the place is the court's own name
            if self.judge_then_place.search(text, max(start, place.start - 40), place.start) or \
                    self.place_then_judge.match(text, place.end, end):
                return place
        return None

    def court_elsewhere(self, court: Mention, place: Mention) -> bool:
        """Whether a court the knowledge base places (the SDNY: New York) lies outside a place
        and the place outside it (California; not the United States, nor San Francisco for
        a court of California); a court the knowledge base lacks is in the place its name holds
        (New York federal court: New York), one of no known place in none other."""
        entry = self.kb.entries.get(court.kb_id or "")
        seat = entry.jurisdiction if entry is not None else self.named_seat(court.text)
        if not seat or not place.kb_id:
            return False
        return place.kb_id not in self.place_chain(seat) and seat not in self.place_chain(place.kb_id)

    def named_seat(self, name: str) -> str | None:
        """The known place a court the knowledge base lacks names in its Latin words (New York
        federal court, federal court in Texas -> that state: the first of KnowledgeBase.latin_places),
        else None."""
        found = next(self.kb.latin_places(name), None)
        return found[2].id if found else None

    def place_chain(self, place_id: str) -> set[str]:
        """A known place and every place the knowledge base puts it inside: us-sf -> us-sf,
        us-ca, us (an id the knowledge base lacks: itself alone; KnowledgeBase.lineage)."""
        return set(self.kb.lineage(place_id)) or {place_id}

    def holds_office(self, name: str) -> bool:
        """Whether a name (either script) is an office one person holds, by its last word (an
        English one by an office word anywhere in it: the Minister of Culture): an official acting
        in office (SCHEMA.md) is no unit of the body he heads (行政院长 and 行政院, 荷兰数据保护局局长
        and the authority, the Minister of Culture and the Ministry of Culture), as the real
        annotations read it (bench/real/README.md round 77, second part: ministers have no partOf)."""
        return simplified_name(name).endswith(self.office_titles) or name.isascii() \
            and self.latin_office.search(name) is not None and not self.bureau_of_office(name)

    def tells_lawsuit(self, sentence: str) -> bool:
        """Whether a sentence names a lawsuit (context.tsv lawsuit: 起诉, 诉讼, 诉状 …): a criticism
        told there is the suit's (kg.facts.cue criticism_in_suit), one told elsewhere an accusation
        of its own (kg.facts.litigation criticised)."""
        return any(word in sentence for word in self.lawsuit_words)

    def bureau_of_office(self, name: str) -> bool:
        """The Office of the Assistant Secretary, the Prime Minister's Office: an English name an
        office word (context.tsv office_bureau) opens or closes names a body, no office one holds."""
        words = name.split()
        return bool(words) and (words[0] in self.office_bureau or words[-1] in self.office_bureau)

    def _sentence_dates(self, text: str, published: str | None) -> tuple[tuple[tuple[int, int], ...], tuple[str | None, ...]]:
        """The sentences of an item and the date of each: the date it states, a relative
        one (同年9月, 两周后) resolved against the last date stated before it (the more
        precise where two agree), else the item's date.  A month and day told without a
        year (8月30日, on May 22, in July) in a paragraph that has told no date before them
        take the year of the item's own date, where it has a full one, not that of a date
        an earlier paragraph told as background (SEC在2020年8月… / 投資者A於8月30日…起訴:
        2024-08-30 in an item of 2024-11-01); inside one paragraph the story goes on
        (2023年3月，A起诉B。5月10日，法院…: 2023-05-10)."""
        spans = self.sentences.spans(text)
        dates, story, told, last = [], published, False, 0
        for start, end in spans:
            if "\n" in text[last:start]:
                told = False  # a new paragraph
            yearless = published if not told and published and len(published) == 10 else None
            date, stated = sentence_date(text[start:end], story, published, yearless)
            dates.append(date if stated else published)
            told = told or bool(date)
            if date and not (story and story.startswith(date)):
                story = date  # 5月10日…当月…同日: the month keeps the day the story gave
            last = end
        return spans, tuple(dates)

    def dated_sentences(self, item: Item, text: str) -> Iterator[tuple[int, int, str | None]]:
        """Each sentence of an item as (start, end, date), from ``sentence_dates``."""
        spans, dates = self.sentence_dates(text, item.date)
        return ((start, end, date) for (start, end), date in zip(spans, dates))

    def sentences_with_mentions(self, item: Item, text: str, mentions: list[Mention]
                                ) -> Iterator[tuple[int, int, str | None, list[Mention]]]:
        """Each sentence of an item as (start, end, date, the mentions starting in it, in order)."""
        ordered = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in ordered]
        for start, end, date in self.dated_sentences(item, text):
            yield start, end, date, ordered[bisect_left(starts, start):bisect_left(starts, end)]

    def evidence_at(self, item: Item, text: str, mention: Mention) -> Evidence:
        """The evidence of the sentence holding ``mention`` (the title where none does)."""
        spans, dates = self.sentence_dates(text, item.date)
        index = bisect_right(spans, (mention.start, len(text))) - 1
        if index >= 0 and mention.start < spans[index][1]:
            return evidence(item, text, *spans[index], dates[index])
        return Evidence(item.document, item.title, item.title, 0, len(item.title), item.date, item.source)

    def country_in_own_name(self, mention: Mention) -> bool:
        """Whether a company's own name opens with its country (中国移动, 中国日报: context.tsv
        name_part_place), which gives it no place.  Not an organization's: one whose name opens with a
        place is placed there (中国政法大学, 中国共产党 -> 中国: bench/real/README.md, convention pass of round 77)."""
        return mention.type == "Company" and self.country_opens_name(mention)

    def country_opens_name(self, mention: Mention) -> bool:
        """Whether a company's or an organization's own name opens with its country (中国移动, 中国科学院:
        context.tsv name_part_place): a country the text names there alone is no node that places the
        bodies beside it (kg.facts.kb mentioned), though it places the organization."""
        return mention.type in ("Company", "Organization") and mention.text.startswith(tuple(self.name_part_places))

    def trade_name_place(self, mention: Mention, place: Mention) -> bool:
        """Whether ``place`` is written inside the company's trade name (module trade_name_place)."""
        return trade_name_place(self.kb, mention, place)

    def unknown_place(self, ends) -> re.Pattern:
        """Two or three characters, then a word ending a place's name (``ends``)."""
        return re.compile(rf"(?![{''.join(self.words['not_city_start'])}])[\u4e00-\u9fff]{{2,3}}?"
                          rf"(?<![城特地])(?:{alternatives(ends)})(?!场)")

    def leading_places(self, mention: Mention) -> list[Mention]:
        """The places a name begins with: 美国加利福尼亚州总检察长 -> 美国, 加利福尼亚州; a state
        body's or a law's, a city or county the knowledge base does not list, by its last
        character (内蒙古自治区包头市公安局 -> 内蒙古自治区, 包头市: no kb id); a city and its
        district written together, two places (上海市徐汇区人民检察院 -> 上海市, 徐汇区; 宁波市鄞州区 -> 鄞州区, unknown); a court
        named by a short place the knowledge base lacks and its court word (通州法院 -> 通州, 秦皇岛市山海关人民法院 ->
        秦皇岛市, 山海关, unknown).  None for a company
        whose own name opens with its country (中国移动: name_part_place)."""
        places: list[Mention] = []
        offset = 0
        if self.country_in_own_name(mention):
            return places
        while (found := self.kb.place_prefix(mention.text[offset:])) is not None:
            name, place = found
            if mention.type in ("Company", "Law") and self.kb.generated(place):
                break  # Camden Property Trust, the Bletchley Declaration: a town no curated file lists, no company's or law's place
            rest = mention.text[offset + len(name):]
            if not rest or (len(rest) == 1 and rest not in self.office_heads) or mention.kb_id == place.id:
                break
            if not name.endswith(tuple(self.words["place_end"])) and self.glued_district.match(rest):
                break  # 萨尔 of 萨尔图区: a district's name begun with a known place's short name
            if (county := self.county.match(mention.text, offset + len(name))) is not None:
                # the Baltimore County Police Department: the county, not the city of its name
                places.append(Mention(mention.text[offset:county.end()], "Jurisdiction", mention.start + offset,
                                      mention.start + county.end(), mechanism="prefix", confidence=0.85))
                return places
            start = mention.start + offset
            if (under := self.kb.written_under(name, place)) is not None:
                # 上海市徐汇区人民检察院: the city and its district, two places (上海市, 徐汇区)
                places.append(Mention(under, "Jurisdiction", start, start + len(under), kb_id=place.parent,
                                      mechanism="prefix", confidence=0.9))
                name, start, offset = name[len(under):], start + len(under), offset + len(under)
            places.append(Mention(name, "Jurisdiction", start, start + len(name),
                                  kb_id=place.id, mechanism="prefix", confidence=0.9))
            offset += len(name)
        if not places and mention.type in STATE_BODIES and not mention.kb_id and \
                (county := self.unknown_county.match(mention.text)) is not None:
            places.append(Mention(county.group(), "Jurisdiction", mention.start, mention.start + county.end(),
                                  mechanism="prefix", confidence=0.8))
        elif mention.type in STATE_BODIES and not mention.kb_id and \
                (city := (self.unknown_district if places else self.unknown_city).match(mention.text, offset)) is not None \
                and len(mention.text) - city.end() >= 2:
            places.append(Mention(city.group(), "Jurisdiction", mention.start + offset, mention.start + city.end(),
                                  mechanism="prefix", confidence=0.8))
        elif mention.type == "Court" and not mention.kb_id and \
                (seat := self.court_seat.fullmatch(mention.text, offset)) is not None:
            # 通州法院 -> 通州, 秦皇岛市山海关人民法院 -> 山海关: a court named by a short place the knowledge
            # base lacks (after the known places holding it) and its court word
            places.append(Mention(seat.group("place"), "Jurisdiction", mention.start + offset, mention.start + seat.end("place"),
                                  mechanism="prefix", confidence=0.75))
        elif not places:
            places += self.town_of_court(mention) or self.town_of_institution(mention)
        return places

    def town_of_court(self, mention: Mention) -> list[Mention]:
        """Milimani High Court -> Milimani, Bolton Crown Court -> Bolton: an English court no
        knowledge base lists, named by one town the knowledge base does not know either and its
        court words (context.tsv court_seat_word_en), sits in that town, as 通州法院 in 通州; no
        kind or level of court (the Western High Court, the Supreme Court: court_kind_opening,
        court_kind_word) and no name the knowledge base holds as anything (Indian High Court)."""
        if mention.type != "Court" or mention.kb_id or not latin_only(mention.text):
            return []
        seat = self.english_court_seat.fullmatch(mention.text.replace("’", "'"))  # Bolton Magistrates’ Court
        if seat is None or seat.group("place") in self.court_not_town or self.kb.lookup(seat.group("place")) is not None:
            return []
        return [Mention(seat.group("place"), "Jurisdiction", mention.start, mention.start + seat.end("place"),
                        mechanism="prefix", confidence=0.75)]

    def town_of_institution(self, mention: Mention) -> list[Mention]:
        """Westfield High School -> Westfield, Corinth School Board -> Corinth, Gilmer County High School ->
        Gilmer County: a school's, a school district's or a police force's English name (context.tsv
        local_seat_word_en) opening with a town or county no knowledge base lists serves that place, as a
        court named by its town sits there (town_of_court); no name the knowledge base holds as anything,
        no word of a kind or level (the National Police, the Regional School District: court_not_town; the
        Metropolitan Police Department: local_not_town), and no two words one of which is a known place."""
        if mention.type not in ("Organization", "Regulator") or mention.kb_id or not latin_only(mention.text):
            return []
        seat = self.english_local_seat.fullmatch(mention.text.replace("’", "'"))  # Gilmer County Sheriff’s Office
        words = [word for word in seat.group("place").split() if word not in self.county_words] if seat else []
        if seat is None or self.kb.lookup(seat.group("place")) is not None or \
                any(word in self.court_not_town or word in self.institution_not_town for word in words) or \
                len(words) > 1 and any((entry := self.kb.lookup(word)) is not None and entry.type == "Jurisdiction"
                                       for word in words):  # the Royal Malaysia Police: a country's force
            return []
        return [Mention(seat.group("place"), "Jurisdiction", mention.start, mention.start + seat.end("place"),
                        mechanism="prefix/town", confidence=0.75)]

    def kin(self, first: Mention, second: Mention) -> bool:
        """Whether the knowledge base makes one the parent of the other."""
        a, b = self.kb.entries.get(first.kb_id or ""), self.kb.entries.get(second.kb_id or "")
        return bool(a and b and (a.parent == b.id or b.parent == a.id))


def ruled(rule: str, facts: list[Fact]) -> list[Fact]:
    """Name the rule family that read these facts, where a finer rule has not."""
    for fact in facts:
        fact.rule = fact.rule or rule
    return facts


def stating(mentions: list[Mention]) -> list[Mention]:
    return [mention for mention in mentions if mention.mechanism not in CREDITED]


def key(mention: Mention) -> str:
    return mention.kb_id or (mention.canonical or mention.text)


def evidence(item: Item, text: str, start: int, end: int, date: str | None) -> Evidence:
    return Evidence(item.document, item.title, text[start:end], start, end, date, item.source,
                    item.links[0] if item.links else "")


def line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends: its newline, else the end of the text."""
    found = text.find("\n", position)
    return len(text) if found < 0 else found


def confidence(head: Mention, tail: Mention, weight: float) -> float:
    return round(min(head.confidence, tail.confidence) * weight, 3)


def paired(fact: Fact) -> bool:
    """Whether a partnership's two ends are of kinds that agree with each other: a place
    partners only a place (美国与欧盟), never a body or firm of its own or another (杭州市…与智谱AI
    合作: the city describes where the firm works; a body acting in the EU is no partner of the
    EU), and a person partners no state body (吉娜·雷蒙多 and 美国商务部长 are one actor, her office;
    a governor's aide is no partner of the agency): none of the annotated partnerships is
    such a pair.  A state body buys no company (国家市场监督管理总局…高通收购…: it reviews the
    purchase), and none of the annotated acquisitions has one as buyer."""
    if fact.relation == "acquired":
        return fact.head.type not in STATE_BODIES
    if fact.relation != "partnered":
        return True
    types = {fact.head.type, fact.tail.type}
    return not ("Jurisdiction" in types and len(types) > 1) and not ("Person" in types and types & STATE_BODIES)


def within(ordered: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The names of ``ordered`` (sorted by their starts, ``starts``) wholly inside [start, end),
    found by bisection: a sentence's names, without reading the item's at each sentence."""
    return [m for m in ordered[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]


def distinct(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out = []
    for fact in facts:
        found = (fact.head.start, fact.head.end, fact.relation, fact.tail.start, fact.tail.end, fact.evidence.start)
        if found not in seen:
            seen.add(found)
            out.append(fact)
    return out


def by_item(facts: list[Fact], relation: str) -> dict[str, list[Fact]]:
    """The facts of one relation by the title of the item they were read in (a fact
    stated again by a copy of its item counted once)."""
    return FactsByItem()(facts, relation)


class FactsByItem:
    """by_item for a list of facts that only grows at its end (what the document families read:
    the items' facts, then each family's appended), each fact indexed once per relation, not once
    per family asking (19 families read the suits of every item); a list that did not grow so is
    indexed anew."""

    def __init__(self) -> None:
        # relation -> (the facts read, the last of them, the facts by title and place)
        self._read: dict[str, tuple[int, Fact | None, dict[str, dict[tuple, Fact]]]] = {}

    def __call__(self, facts: list[Fact], relation: str) -> dict[str, list[Fact]]:
        count, last, found = self._read.get(relation, (0, None, {}))
        if count > len(facts) or count and facts[count - 1] is not last:
            count, found = 0, {}
        for fact in facts[count:]:
            if fact.relation == relation:
                where = (fact.head.start, fact.head.end, key(fact.head), fact.tail.start, fact.tail.end, key(fact.tail),
                         fact.evidence.start)
                found.setdefault(fact.evidence.item, {}).setdefault(where, fact)
        self._read[relation] = (len(facts), facts[-1] if facts else None, found)
        return {title: list(kept.values()) for title, kept in found.items()}


_AFTER_NAME = re.compile(r"^\s*[（(][^（）()]{1,40}[）)]\s*")  # a name's bracketed other form: Y（William Y）法官


def titled_judge(sentence: str, start: int, end: int, judges: tuple[str, ...]) -> bool:
    """Whether the name at ``start:end`` of a sentence is titled a judge there: 法官Y,
    Judge Y, Y法官, Y（William Y）法官; also where the name lost its first character to the
    title (法官斯|蒂芬诺斯·比巴斯)."""
    before = sentence[:start].rstrip()
    after = _AFTER_NAME.sub("", sentence[end:end + 60], count=1)
    return any(judge in before[-len(judge) - 1:] for judge in judges) or after.startswith(judges)


def banned_each(sentence: Sentence, actor: Mention | None, names: list[Mention], weight: float) -> list[Fact]:
    """``actor`` banned each of ``names`` but itself, as ``sentence`` states: the authority
    that lists them (美国商务部将华为、中兴列入实体清单, kg.facts.listing), the supplier that cuts
    them off (台积电停止为华为代工, kg.facts.cutoff); none without an actor."""
    if actor is None:
        return []
    return [Fact(actor, "banned", name, sentence.evidence, confidence(actor, name, weight))
            for name in names if key(name) != key(actor)]
