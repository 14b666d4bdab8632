"""A body's or a law's place from what its item is about, when nothing closer names
one: an item whose title names one place (美国参议员在国会提出《…》; a headline, not a lead
sentence taken as the title of a page with none: context.tsv title_sentence_end), else the place its
section's heading is (【美国】 over the item), sets the place of the state bodies and laws
it names that have none of their own; an item naming no place takes the one place its whole
document names where the document also names that place's legislature or offices (a state's
policy letter in sections: THE BILL, ENFORCEMENT, ALSO SIGNED: the state's bills and offices).  A law takes only a
country or a union so (a summit's city names no law's place: 首尔), and an instrument
made between parties (a declaration, a treaty: data/lexicon/context.tsv
between_parties, kinds of data/lexicon/law_kinds.tsv) takes none.  Where the item names
several countries, the country its story is about places them: its dateline's (SEOUL, Jan. 14
(Hanbit) -- … the National Assembly passed the AI Basic Act -> South Korea; 本报北京3月21日讯), else
the country it names most often, where no other is named as often (English names only: a
Chinese one carries its place in its name, 美国众议院).  The one country an item names is not
its bodies' where the item places a state body of its own inside it (加州隐私保护局: its
regulation is California's), and the state's where the item names one of its states more often
than the country (Texas eight times, the U.S. once: the bare House and Senate are the state's);
a name with another place right before it (In California, the
Department of Motor Vehicles) or opening with another country's adjective (the German Federal
Data Protection Act, in a story from Luxembourg) takes no place so.  A guess holds only where
nothing contradicts it: not for a name in a paragraph naming only another country (the First
Amendment under a title on Britain), a court named after its town (Bolton Crown Court), an
acronym the knowledge base places elsewhere (CNIL in an item naming the EU), a body beside
known bodies that all sit inside the guessed country (Taiwan's, in an item titled on China),
nor from a country named once in passing in a story about another, nor for a name a sentence of which
says by a word which country it speaks of (a federal lawsuit under the Fourth Amendment in a story on Detroit;
our country, in an editorial naming only the EU).  No item places an
international body's instrument (the OECD AI Principles, 东盟…指南: context.tsv
international_opening); the one country an item or a story names places no Chinese office one person
holds (财政部长: office_holder; an English one it places, the Technology Secretary, round 77's national
offices, but where its name opens with a place) and no court but a national one (the
Superior Court may be a province's) or one of a country whose states keep no courts of their own (the
High Court in a story on Britain: state_courts); a province's or a city's notice places no Chinese name
naming no place (医疗保障基金使用监督管理条例, 电信网络犯罪侦查局: its own carry its name,
local_opening), but in a region governing itself (self_governing: 《版權條例》), which an item naming
it alone places its bodies in as a country (台灣 named once: its 行政院長; not its laws, which the
real gold leaves unplaced there: 2 of 2 dev).  Each fact's rule names
the step that chose the place (context/title, context/section, context/one, context/governed,
context/whole; +story where the story's country chose among several).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from ..alternation import alternatives
from ..dates import CHINESE_MONTH_DAY
from ..mentions.english import english_lexicon
from ..model import Fact, Mention
from ..script import simplified_name
from ..segment import EN_DATED_LINE, dispatch_words
from .base import Document, DocumentFamily, Shared, key, line_end
from .kb import lies_within
from .place import between_parties, national_offices, nationality_opening, opens_with_place


# a dateline opening a line: kg.segment's English one (SEOUL, Jan. 14 (Hanbit) --; COLOGNE, Germany,
# May 23 -; WASHINGTON -), or a Chinese paper's place of report (本报北京3月21日讯; the marks: context.tsv report_mark)
DATELINE = EN_DATED_LINE.pattern + r"|^(?:{marks})(?P<report_place>[\u4e00-\u9fff]{2,6}?)" + CHINESE_MONTH_DAY + rf"(?:{dispatch_words('dispatch')})"

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")  # (CJK_CHAR's characters counted by their runs)
LATIN_RUN = re.compile(r"[A-Za-z]+")


def english_document(texts) -> bool:
    """Written in English: hardly a Chinese character beside its Latin letters (a name 李 in a
    story stays English).  The characters are counted by the lengths of their runs (a list of
    every character of a long document is not made)."""
    text = "\n".join(texts)
    return sum(map(len, CJK_RUN.findall(text))) * 50 < sum(map(len, LATIN_RUN.findall(text)))


PLACE_GAP = re.compile(r"[\s,，、]*(?:the\s+)?")  # In California, the| Department of Motor Vehicles
SPACES = re.compile(r"\s*")  # federal| Truth in Lending Act: a word opening a name
STATE_BODIES = ("Regulator", "Legislature", "Court")
STATE_STORY_TIMES = 3  # the fewest times an item names a state it is about (part_named_most)
PLACE_OPENED = ("Regulator", "Legislature", "Court", "Law")  # names whose opening place counts as naming it
CAPITALISED_RUN = re.compile(r" ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)")  # the Qatar| National Bank


class PlacesByHead:
    """The places a document's facts give its state bodies (Regulator, Legislature), by the
    body's key, summed once per body and country: ``inside(names, country)`` gives, for the
    names of one item, how many facts place them in the country and each place there (how many
    facts, the first and the last of them), in time linear in the item's names rather than in
    the document's facts (a body named in each of a thousand items of one title)."""

    def __init__(self, facts: list[Fact], country_of) -> None:
        self.index: dict[str, list[tuple[int, Fact]]] = {}
        for position, fact in enumerate(facts):
            self.index.setdefault(key(fact.head), []).append((position, fact))
        self.country_of = country_of
        self.summed: dict[str, dict[str | None, dict[str, list]]] = {}

    def summary(self, name: str) -> dict[str | None, dict[str, list]]:
        """A body's places by their country: per place, [facts, first position, last position,
        the last fact's place]."""
        if name not in self.summed:
            by_country: dict[str | None, dict[str, list]] = {}
            for position, fact in self.index.get(name, ()):
                places = by_country.setdefault(self.country_of(fact.tail.kb_id), {})
                if (place := places.get(key(fact.tail))) is None:
                    places[key(fact.tail)] = [1, position, position, fact.tail]
                else:
                    place[0], place[2], place[3] = place[0] + 1, position, fact.tail
            self.summed[name] = by_country
        return self.summed[name]

    def inside(self, names: set[str], country: str) -> dict[str, list]:
        """The places in ``country`` the facts of the named bodies give, each as summary gives it,
        summed over the bodies, in the order of their first fact."""
        merged: dict[str, list] = {}
        for name in names:
            for place, (times, first, last, tail) in self.summary(name).get(country, {}).items():
                if (seen := merged.get(place)) is None:
                    merged[place] = [times, first, last, tail]
                else:
                    seen[0], seen[1] = seen[0] + times, min(seen[1], first)
                    if last > seen[2]:
                        seen[2], seen[3] = last, tail
        return dict(sorted(merged.items(), key=lambda entry: entry[1][1]))


@dataclass
class _Scene:
    """What the checks of one item's names read (ItemPlace.placed_otherwise): the item's text and
    names, its place, the document's governed place, the story's country, the step that chose
    the place, the countries the document and the item name, the item's jurisdiction facts, its
    names by their ends, the places of its state bodies and each paragraph's countries."""
    text: str
    mentions: list[Mention]
    place: Mention
    governed: Mention | None
    story: Mention | None
    part: str
    named: set
    placed_here: list[Fact]
    countries: set
    ends: list[Mention]
    bodies_placed: set
    line_countries: dict[int, set] = field(default_factory=dict)  # a paragraph's countries, read once per paragraph


class ItemPlace(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.between_parties = between_parties(self.shared)  # a declaration, a treaty: made between parties, no one place's
        self.national_offices = national_offices(self.shared)  # the Senate, in a sentence naming Congress: the country's
        marks = alternatives(self.shared.words["report_mark"])
        english = english_lexicon(self.kb)
        self.roles = tuple(english["person_role"] + english["office_title"])
        self.nationality, self.nationalities = nationality_opening(self.kb)
        self.datelines = re.compile(DATELINE.replace("{marks}", marks), re.M)
        # a lead sentence taken as the title of a page with none: no headline (context.tsv title_sentence_end)
        self.sentence_end = re.compile(alternatives(self.shared.words["title_sentence_end"]))
        # the federal Equal Credit Opportunity Act in a state's release: the country's, not the state's
        self.federal_word = re.compile(rf"(?:{alternatives(self.shared.words['federal_law'])})\s*《?$")
        # Rule 11, Section 230, 第18C章: a part of a law named alone (context.tsv provision_word, provision_mark)
        self.provision = re.compile(rf"(?:{alternatives(self.shared.words['provision_word'])})\s+[\w.()-]+"
                                    rf"|第[\w.]+(?:{alternatives(self.shared.words['provision_mark'])})")
        self.court_kinds = frozenset(self.shared.words["court_kind_opening"])
        self.state_courts = frozenset(self.shared.words["state_courts"])  # federations whose states keep courts
        # ISO/IEC 22989:2022, ETSI TS 104 223: a standard by its series and number (instruments.tsv standard_series)
        # applies wherever it is adopted, no place of the item's
        self.standard = re.compile(rf"(?:{alternatives(self.kb.instruments['standard_series'])})[ \t]?\d")
        # 国家卫生健康委办公厅, 美国联邦贸易委员会: a name opening with its country or a national word
        # (context.tsv national_opening, federal) is no body of a province's or a state's government
        self.national_openings = tuple(self.shared.words["national_opening"]) + tuple(self.shared.words["federal"])
        # Minister of Science, the Technology Secretary, 财政部长: an office one person holds (context.tsv office_holder),
        # FTC Chair: a body's chair (english.tsv body_chair)
        self.office_holder = re.compile(alternatives([*self.shared.words["office_holder"], *english["body_chair"]], latin_whole=True))
        # OECD AI Principles, 东盟人工智能治理与伦理指南: an international body's (context.tsv international_opening)
        self.international = re.compile(alternatives(self.shared.words["international_opening"], latin_whole=True))
        # 省卫健委, 市公安局, 本市: a Chinese name pointing at the place of its notice (context.tsv local_opening)
        self.local_openings = tuple(self.shared.words["local_opening"])
        # 欧洲, Asia: a continent governs nothing, no item's place (context.tsv continent; victims from Europe)
        self.continents = frozenset(self.shared.words["continent"])
        self.self_governing = {entry.id for name in self.shared.words["self_governing"] if (entry := self.kb.lookup(name))}
        # 条例, 办法, 计划, 专项行动: the kinds a Chinese instrument's title ends with (law_kinds.tsv, instruments.tsv
        # programme_quoted_head); a title ending with none names a work (《原神》, a game), no place's instrument
        self.instrument_endings = tuple(kind for kind, _ in self.kb.law_kinds if not kind.isascii()) + \
            tuple(self.kb.instruments["programme_quoted_head"]) + tuple(self.shared.words["instrument_ending"])
        self.law_fields = frozenset(self.shared.words["law_field"])  # 著作权法, copyright law: a field of law (context.tsv law_field)
        # our country: the speaker's own, which no name of the sentence tells (context.tsv own_country_word)
        self.own_country_word = re.compile(alternatives(self.shared.words["own_country_word"], latin_whole=True), re.I)

    def facts(self, document: Document) -> list[Fact]:
        placed = {key(f.head) for f in document.facts if f.relation == "jurisdiction"}
        bodies_placed_by = PlacesByHead([f for f in document.facts if f.relation == "jurisdiction"
                                         and f.head.type in ("Regulator", "Legislature")], self.kb.country_of)
        governed = self.governed_place(document)
        whole = self.document_country(document)
        named = {self.kb.country_of(m.kb_id) for _, _, mentions in document.items for m in mentions
                 if m.type == "Jurisdiction"}
        out = []
        for item, text, mentions in document.items:
            placed_here = self.placed(document.facts_of(item))
            chosen = self.item_place(item, text, mentions, placed_here, bodies_placed_by, governed, whole)
            if chosen is None:
                continue
            place, story, part = chosen
            if governed is not None and key(place) == key(governed):
                place = governed  # a masthead's state over the release of its government (COMMONWEALTH OF PENNSYLVANIA)
            scene = _Scene(text, mentions, place, governed, story, part, named, placed_here,
                           {self.kb.country_of(m.kb_id) for m in mentions if m.type == "Jurisdiction"},
                           sorted(mentions, key=lambda m: m.end),
                           {f.tail.kb_id for f in placed_here if f.head.type in STATE_BODIES})
            told_own = self.told_their_country(item, text, mentions, place)
            for mention in mentions:
                if self.placed_otherwise(scene, mention) or key(mention) in told_own:
                    continue  # (told_own: the Fourth Amendment, named on a federal lawsuit in a story on Detroit)
                if mention.type in ("Regulator", "Legislature", "Court", "Law") and key(mention) not in placed:
                    told = self.shared.evidence_at(item, text, mention)
                    if self.national_offices(text, told.start, told.end, mention):
                        continue  # the Senate, in a sentence naming Congress: the country's (kg.facts.place), no state's
                    placed.add(key(mention))
                    out.append(Fact(mention, "jurisdiction", place, told, 0.5, rule=f"context/{part}"))
        return out

    @staticmethod
    def placed(told: list[Fact]) -> list[Fact]:
        """The jurisdiction facts read in an item placing a known place, each head and place
        once (what the checks read of them: where the head stands, its kind and the place); read
        once per item."""
        distinct = {}
        for fact in told:
            if fact.relation == "jurisdiction" and fact.tail.kb_id:
                distinct.setdefault((fact.head.type, fact.head.start, fact.head.end,
                                     fact.tail.start, fact.tail.end, fact.tail.kb_id), fact)
        return list(distinct.values())

    def item_place(self, item, text: str, mentions: list[Mention], placed_here: list[Fact], bodies_placed_by: PlacesByHead,
                   governed: Mention | None, whole: Mention | None) -> tuple[Mention, Mention | None, str] | None:
        """The one place of an item, the story's country where it chose among several, and the
        step that chose it (the rule's detail); None where the item has none."""
        story = None
        in_title = {key(m): m for m in mentions if m.end <= len(item.title) and m.type == "Jurisdiction"} \
            if self.headline(item.title) else {}
        part = "title"  # the rule's detail: which of the steps below chose the place
        if not in_title and (heading := self.section_place(item)) is not None:  # 【美国】 over ■ 标题
            in_title = {key(heading): heading}
            part = "section"
        if not in_title:  # a title naming no place: the one country (or union) the whole item names
            # a region governing itself counts as a country here (台灣 named alone: its 行政院長, 法務部), where
            # no document's government places the item (the governed step below reads a region's notice)
            in_title = {key(m): m for m in mentions if m.type == "Jurisdiction" and not self.opens_a_name(text, m)
                        and (self.country(m) or governed is None and m.kb_id in self.self_governing)}
            seats = {(f.tail.start, f.tail.end) for f in placed_here if f.head.type in ("Company", "Organization")}
            if all((m.start, m.end) in seats for m in mentions if key(m) in in_title):
                # US company OpenAI: countries named only as companies' seats are no place of the item's
                # (South Korea's broadcasters in a story from Seoul naming the U.S. too still choose)
                in_title = {}
            part = "one"
            if self.passing_country(in_title, mentions, whole) or \
                    not english_document([text]) and self.compared_country(in_title, mentions):
                return None  # the Space Force years behind China, in a story about the U.S.: no place of the item's
            if len(in_title) == 1 and (parts := self.parts_about(mentions, bodies_placed_by,
                                                                 next(iter(in_title.values())))
                                       or self.part_named_most(mentions, next(iter(in_title.values())))):
                if len(parts) > 1 or not english_document([text]):
                    return None  # 加州隐私保护局 and its regulation: the state's, not the country's
                in_title = parts  # the New York City Mayor, the City Council, Executive Order 3: the city's
                part = "part"
        if not in_title and governed is not None:  # else the one place whose government the document is about
            in_title = {key(governed): governed}
            part = "governed"
        if len(in_title) > 1 and (story := self.story_country(text, mentions)) is not None:
            in_title = {key(story): story}  # several countries named: the one the story is about
            part += "+story"
        if len(in_title) != 1 and whole is not None and (not in_title or key(whole) in in_title):
            # a sub-head's part of a story, naming no place or several: the country of the whole document
            in_title, story = {key(whole): whole}, whole
            part = "whole"
        if len(in_title) != 1 or (place := next(iter(in_title.values()))).text in self.continents:
            return None  # several places or none; or a continent, which has no bodies and no laws of its own
        return place, story, part

    def headline(self, title: str) -> bool:
        """Whether an item's title reads as a headline, whose place the item is about: not the lead
        sentence of a page with no headline, a mark closing a sentence in it (〔中央社〕日本經濟新聞社…
        已對美國…新創企業提起告訴，指控其侵權。: the U.S. named in passing, no place of the Japanese law
        the item names); the item's other steps (its one country, its government) still place it."""
        return self.sentence_end.search(title) is None

    def placed_otherwise(self, scene: _Scene, mention: Mention) -> bool:
        """Whether the item's place is not the place of ``mention``: its own name, the knowledge
        base, another paragraph's country or the kind of body tells another one, or none."""
        text, place, governed, story = scene.text, scene.place, scene.governed, scene.story
        from_whole, from_part = scene.part == "whole", scene.part == "part"  # a state's or a city's story: its laws too, no court, no known body
        if story is not None and not mention.text[:1].isascii():
            return True  # the story's country places only English names (a Chinese one carries its place: 美国众议院)
        if mention.type == "Law" and (not (self.country(place) or place is governed or from_part)
                                      or self.between_parties(mention) or self.standard.match(mention.text)):
            return True
        if mention.type == "Law" and not self.country(place) and \
                self.federal_word.search(text, max(0, mention.start - 12), mention.start):
            return True  # a federal law named in a state's story
        if mention.type == "Court" and (place is governed or from_whole or from_part):
            return True  # a court a state's story names may be a federal one; a court takes its name's places
        if (from_whole or from_part or not mention.text.isascii()) and \
                self.known_elsewhere(mention, place, exactly=from_part or not mention.text.isascii()) \
                and not self.common_name(mention, scene.named) \
                or self.provision.fullmatch(mention.text) and (from_whole or re.search(r"\d", mention.text)):
            return True  # the AI Pact in a story about the U.S., 网信办 in an item naming only 美国: the
            # knowledge base's place, named or not (an English name several countries use, the House
            # of Commons, only in a sub-head's part); Rule 11, 第18C章: a numbered provision, no instrument of its
            # own (Regulation B is one, but in a sub-head's part)
        if place is governed and not self.country(place) and self.national(mention):
            return True  # 国家中医药管理局办公室 in a province's notice: the country's, not the province's
        if self.placed_before(text, scene.ends, mention, place):
            return True  # In California, the Department of Motor Vehicles: the state's, not the country's
        if self.foreign_adjective(mention, place):
            return True  # the German Federal Data Protection Act in a story from Luxembourg
        if self.placed_elsewhere(mention, place, scene.countries):
            return True  # the Irish Data Protection Commission in a story about Britain: the knowledge base's place
        if mention.text.isupper() and self.known_elsewhere(mention, place):
            return True  # CNIL in an item naming only the EU: an acronym names one body, the knowledge base's
        if mention.type == "Court" and self.named_after_town(mention):
            return True  # Bolton Crown Court in a story about Britain: the town's court, not the country's
        if self.line_names_another_country(text, scene.mentions, scene.placed_here, mention, place, scene.line_countries):
            return True  # the First Amendment in a paragraph about the U.S., under a title naming the UK
        if mention.type in STATE_BODIES and self.bodies_inside(scene.bodies_placed, place):
            return True  # 國安局 beside Taiwan's known bodies, in an item titled on China: not China's
        if self.international_instrument(mention):
            return True  # the OECD AI Principles in a story about New Zealand: the international body's, no country's
        if mention.type == "Law" and self.law_field(mention):
            return True  # 著作權法 under a title naming 中國大陸 (its court's place): a field's bare name, no item's
        weak = self.weakly_placed(mention) and not self.unitary_court(mention, place) \
            and not self.country_office(mention, place)
        if scene.part.split("+")[0] in ("one", "whole") and (weak or
                                                             mention.type == "Law" and self.known_elsewhere(mention, place)):
            return True  # the Technology Secretary, the Superior Court in a story naming Canada: a minister's or a court's
            # own country or province is not told by the one country a story names; nor a law the knowledge base places
            # in another (the General Data Protection Regulation in a story naming only Italy: the EU's)
        # 医疗保障基金使用监督管理条例 in a province's notice: the country's, not the province's
        return place is governed and not self.country(place) and not self.local(mention, place)

    def document_country(self, document: Document) -> Mention | None:
        """The one country an English document is about, for its parts that name none (a
        story cut by sub-heads: What changes / The cost, and the critics): each country
        named in it counts, and each place a state body's name or the knowledge base gives
        it (the U.S. Food and Drug Administration counts for the U.S.), its dateline's three
        times; the first country counted at least three times and more often than any
        other, where no body of the story is one of its states' or cities' and no place inside
        it is named as often as the country itself (a story about Colorado's law names the U.S.
        too).  A Chinese document names none so (its bodies
        carry their places: 美国众议院)."""
        if not document.items or not english_document(text for _, text, _ in document.items):
            return None
        counts: Counter[str] = Counter()
        itself: Counter[str] = Counter()  # a country named itself, on its own or in a body's name
        inside: Counter[str] = Counter()  # a place inside a country named on its own
        named: dict[str, Mention] = {}
        for _, _, mentions in document.items:
            for mention in mentions:
                if mention.type == "Jurisdiction" and (country := self.kb.country_of(mention.kb_id)):
                    counts[country] += 1
                    if mention.kb_id == country:
                        itself[country] += 1
                        named.setdefault(country, mention)
                    else:
                        inside[mention.kb_id] += 1
        # the bodies each country's own names place in it, and in one of its states or cities
        national: Counter[str] = Counter()
        local: Counter[str] = Counter()
        for fact in document.facts:
            if fact.relation == "jurisdiction" and fact.head.type in ("Regulator", "Legislature", "Court") \
                    and (country := self.kb.country_of(fact.tail.kb_id)):
                counts[country] += 1
                if fact.tail.kb_id == country:
                    itself[country] += 1
                    national[country] += 1
                    named.setdefault(country, fact.tail)
                elif fact.head.type != "Court":
                    local[country] += 1
        # the countries whose story may be a state's or a city's: as many of its bodies are one's as
        # are the country's (a story about Colorado; not a national story naming Seoul's police)
        states = {country for country, times in local.items() if times >= national[country]}
        if (dateline := self.dateline(document.items[0][1])) is not None:
            counts[dateline[0]] += 3
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]) \
                or ranked[0][0] in states:  # a story about Colorado: its bodies may be the state's
            return None
        country = ranked[0][0]
        if any(times >= itself[country] and self.kb.country_of(place) == country for place, times in inside.items()):
            return None  # Colorado named as often as the United States: the story may be the state's
        return named.get(country)

    def bodies_inside(self, placed: set[str], place: Mention) -> bool:
        """Whether the known state bodies of an item all sit in places inside the place guessed
        for its others, none in it or in a place holding it (a Taiwanese story's bodies sit in
        Taiwan, not in the China its title names: its other bodies are Taiwan's as likely; the
        bodies of a story about California that names the U.S. federal agencies too sit in the
        U.S. itself).  A known body of another country altogether (Australia's regulator named
        in a story about New Zealand) is a comparison and contradicts nothing."""
        if not placed or not place.kb_id:
            return False
        holding = self.shared.place_chain(place.kb_id)
        return not placed & holding and all(place.kb_id in self.shared.place_chain(other) - {other} for other in placed)

    def named_after_town(self, court: Mention) -> bool:
        """Bolton Crown Court, Badajoz Juvenile Court: an English court's name opening with a
        capitalised word that is no kind of court (context.tsv court_kind_opening) nor a
        nationality is named after the town it sits in, a place of its own."""
        first = court.text.split()[0] if court.text.isascii() and " " in court.text else ""
        return first[:1].isupper() and first not in self.court_kinds and self.nationality.match(court.text) is None

    def passing_country(self, named: dict[str, Mention], mentions: list[Mention], whole: Mention | None) -> bool:
        """Whether the one country an item names is named in passing: once, in a document about
        another country (a story about the U.S. military saying the memo puts it years behind
        China)."""
        if len(named) != 1 or whole is None:
            return False
        (country,) = named.values()
        return country.kb_id != whole.kb_id and sum(m.kb_id == country.kb_id for m in mentions) == 1

    def compared_country(self, named: dict[str, Mention], mentions: list[Mention]) -> bool:
        """Whether the one country an item names is named once beside state bodies the knowledge
        base puts in one other country, more of them than in it (参照美國NIST框架, 参考歐盟規範 in a
        story on Taiwan's Executive Yuan and its ministries): a comparison, no place of the item's
        (not where the other bodies are several countries', compared with the one named).  Read in
        Chinese items only, whose bodies' names carry their places (the Department of Justice in a
        story naming Canada may be Canada's)."""
        if len(named) != 1:
            return False
        (country,) = named.values()
        if sum(m.kb_id == country.kb_id for m in mentions) != 1:
            return False
        inside, outside = 0, Counter()
        for mention in {key(m): m for m in mentions if m.type in STATE_BODIES}.values():
            entry = self.kb.entries.get(mention.kb_id or "")
            if entry is not None and entry.jurisdiction:
                if country.kb_id in self.shared.place_chain(entry.jurisdiction):
                    inside += 1
                else:
                    outside[self.kb.country_of(entry.jurisdiction)] += 1
        return len(outside) == 1 and sum(outside.values()) > inside

    def line_names_another_country(self, text: str, mentions: list[Mention], placed: list[Fact], mention: Mention,
                                   place: Mention, read: dict[int, set]) -> bool:
        """Whether the paragraph holding a name names countries, none of them the place's (the
        First Amendment in a paragraph on a U.S. court's ruling, in an item the title puts in
        the UK): the paragraph's country is the name's, not the item's.  A country counts named
        by its own name (not Lima in Task Force Lima) or as the place of a body the families
        before placed (美国总统 names the U.S.).  ``read`` keeps each paragraph's countries by
        its start, so that a paragraph naming thousands of bodies is read once, not per name."""
        start = text.rfind("\n", 0, mention.start) + 1
        if start not in read:
            end = line_end(text, mention.end)
            countries = {m.kb_id for m in mentions
                         if m.type == "Jurisdiction" and start <= m.start and m.end <= end and self.country(m)}
            read[start] = countries | {self.kb.country_of(f.tail.kb_id) for f in placed
                                       if start <= f.head.start and f.head.end <= end}
        return bool(read[start]) and self.kb.country_of(place.kb_id) not in read[start]

    def parts_about(self, mentions: list[Mention], by_head: PlacesByHead, country: Mention) -> dict[str, Mention]:
        """The places inside the one country an item names that it is about: where the document's
        facts place the item's state bodies (加州隐私保护局 -> 加州: its regulation is the state's;
        not a court or a company, which sit in a city whatever the story), where they place as
        many there as in the country itself (not a national story naming Seoul's police)."""
        placed = by_head.inside({key(m) for m in mentions}, country.kb_id)
        parts = {place: found for place, found in placed.items() if place != country.kb_id}
        inside = sum(found[0] for found in parts.values())
        if inside < sum(found[0] for found in placed.values()) - inside:
            return {}
        return {place: found[3] for place, found in parts.items()}

    def part_named_most(self, mentions: list[Mention], country: Mention) -> dict[str, Mention]:
        """The place inside the one country an item names that the item names at least three times,
        twice as often as the country itself and more often than any other place (Texas named eight
        times, the U.S. once: the House, the Senate and House Bill 150 are the state's; not Tennessee
        twice in a story on a federal bill, nor Moscow five times beside Russia four): a state or
        province, not a city (Johannesburg in a story on South Africa's courts is where they sit)."""
        counts: Counter[str] = Counter()
        first: dict[str, Mention] = {}
        inner: dict[str, Mention] = {}  # the place a name opens with, where the item names it only so
        for mention in mentions:
            if mention.type != "Jurisdiction":
                mention = self.opening_place(mention)
            entry = self.kb.entries.get(mention.kb_id or "") if mention is not None else None
            if entry is not None and mention.mechanism == "opening" and entry.id == country.kb_id:
                continue  # the U.S. Secret Service: the country's own bodies count for none of its parts
            if entry is not None and (entry.id == country.kb_id or entry.parent == country.kb_id):
                counts[entry.id] += 1
                (first if mention.mechanism != "opening" else inner).setdefault(entry.id, mention)
        ranked = [pair for pair in counts.most_common() if pair[0] != country.kb_id][:2]
        if not ranked or ranked[0][1] < max(STATE_STORY_TIMES, 2 * counts[country.kb_id]) or \
                len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return {}
        place = first.get(ranked[0][0]) or inner[ranked[0][0]]
        return {key(place): place}

    def opening_place(self, mention: Mention) -> Mention | None:
        """Texas in the Texas Cyber Command: the place an English body's or law's name opens with
        names that place as a mention of it would (Chinese names are left alone: 北京市X局 in a
        national story)."""
        if mention.type not in PLACE_OPENED or not mention.text.isascii():
            return None
        found = self.kb.place_prefix(mention.text)
        if found is None or found[0] == mention.text:
            return None
        return Mention(found[0], "Jurisdiction", mention.start, mention.start + len(found[0]), found[1].id,
                       mechanism="opening")

    def placed_before(self, text: str, ends: list[Mention], mention: Mention, place: Mention) -> bool:
        """In California, the Department of Motor Vehicles: another place stands right before
        the name, nothing but a comma or an article between (``ends``: the item's mentions
        by their end, so the last one before the name is found by bisection)."""
        before = bisect_right(ends, mention.start, key=lambda m: m.end)
        if not before:
            return False
        last = ends[bisect_left(ends, ends[before - 1].end, key=lambda m: m.end)]  # the first of those ending there
        return last.type == "Jurisdiction" and key(last) != key(place) \
            and PLACE_GAP.fullmatch(text, last.end, mention.start) is not None

    def foreign_adjective(self, mention: Mention, place: Mention) -> bool:
        """The German Federal Data Protection Act, the Australian Privacy Principles, the Office of
        the Australian Information Commissioner: an English name opening with or holding another
        country's adjective (english.tsv nationality) is that country's, whether or not the text
        writes that country (kg.facts.kb, kg.facts.place: the adjective alone names no place)."""
        opening = self.nationality.search(mention.text)
        return opening is not None and not opens_with_place(self.kb, mention.text, opening.group(1)) and \
            self.kb.country_of(self.nationalities[opening.group(1)]) != self.kb.country_of(place.kb_id)

    def governed_place(self, document: Document) -> Mention | None:
        """The one place a whole document names, where it also names that place's legislature or
        an office of it (a state's policy letter: the Utah Legislature, the Utah Governor, and
        only Utah): its sections' bills, offices and departments are that place's.  Places inside
        it (its capital in a dateline: Harrisburg, PA) leave it the one place."""
        places = {key(m): m for _, _, mentions in document.items for m in mentions if m.type == "Jurisdiction"}
        outer = [m for m in places.values() if all(other is m or self.inside(other, m) for other in places.values())]
        if len(outer) != 1:
            return None
        place = outer[0]
        governs = any(f.relation == "jurisdiction" and key(f.tail) == key(place) and f.head.type in ("Legislature", "Regulator")
                      for f in document.facts)
        return place if governs else None

    def inside(self, place: Mention, outer: Mention) -> bool:
        """Whether the knowledge base puts a place inside another (Harrisburg in Pennsylvania)."""
        return lies_within(self.kb, place.kb_id, outer.kb_id)

    def known_elsewhere(self, mention: Mention, place: Mention, exactly: bool = False) -> bool:
        """Whether the knowledge base places a known body or law in another country (``exactly``:
        in another place); a unit of a known body (Mention.parent: 刑事局科技研发科 of Taiwan's
        刑事局) is where its body is, in an item about another country too."""
        entry = self.placed_entry(mention)
        if exactly and entry is not None and entry.jurisdiction:
            return entry.jurisdiction != place.kb_id
        return entry is not None and bool(entry.jurisdiction) and \
            self.kb.country_of(entry.jurisdiction) != self.kb.country_of(place.kb_id)

    def placed_entry(self, mention: Mention):
        """The knowledge base's entry that places ``mention``: its own, else its known parent's
        (a unit is where its body is)."""
        return self.kb.entries.get(mention.kb_id or (mention.parent.kb_id if mention.parent is not None else None) or "")

    def common_name(self, mention: Mention, countries: set[str | None]) -> bool:
        """Congress in a story about Brazil, Parliament in one about Kenya: a state body named by
        a common English word for its kind (a known body's alias naming no place, no acronym),
        in a document naming no place of the knowledge base's country, is the story's own."""
        entry = self.kb.entries.get(mention.kb_id or "")
        places = (self.kb.lookup(word) for word in mention.text.split())
        return entry is not None and mention.type in ("Legislature", "Regulator") and mention.text.isascii() \
            and not mention.text.isupper() and mention.text not in (entry.label, entry.en) \
            and self.kb.country_of(entry.jurisdiction) not in countries \
            and not any(place is not None and place.type == "Jurisdiction" for place in places)

    def placed_elsewhere(self, mention: Mention, place: Mention, countries: set[str]) -> bool:
        """Whether the knowledge base places a known body or law in another country than the
        item's place, one the item names too (the Irish Data Protection Commission, in a story
        about Britain that names Dublin).  A name several countries use (the House of Commons)
        takes the item's place where the item names no place of the knowledge base's country."""
        return self.known_elsewhere(mention, place) and \
            self.kb.country_of(self.placed_entry(mention).jurisdiction) in countries

    def opens_a_name(self, text: str, place: Mention) -> bool:
        """Qatar in the Qatar National Bank: an English country's name followed by capitalised
        words begins a longer name (a company's), and names no place the item is about; not
        before a person's role (a U.S. District Judge: english.tsv person_role, office_title)."""
        if not place.text[:1].isascii():
            return False
        following = CAPITALISED_RUN.match(text, place.end)
        return following is not None and not following.group(1).startswith(self.roles)

    def story_country(self, text: str, mentions: list[Mention]) -> Mention | None:
        """The country a story is about, among the several it names: each mention of a place
        counts for its country, its dateline three times (SEOUL, Jan. 14 (Hanbit) --;
        COLOGNE, Germany, May 23 -; 本报北京3月21日讯); the first country counted at least
        twice and more than any other, where the item names that country itself, and names
        no place inside it as often (a story about Colorado: its bodies are the state's)."""
        counts: Counter[str] = Counter()
        inside: Counter[str] = Counter()  # mentions of each place below a country, but the dateline's
        named: dict[str, list[Mention]] = {}
        dateline = self.dateline(text)
        for mention in mentions:
            country = self.kb.country_of(mention.kb_id) if mention.type == "Jurisdiction" else None
            if country is None:
                continue
            counts[country] += 1
            if mention.kb_id == country:
                named.setdefault(country, []).append(mention)
            elif dateline is None or mention.start >= dateline[1]:
                inside[mention.kb_id] += 1
        if dateline is not None:
            counts[dateline[0]] += 3
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        country = ranked[0][0]
        itself = named.get(country, [])
        if not itself or any(times >= len(itself) and self.kb.country_of(place) == country
                             for place, times in inside.items()):
            return None
        return itself[0]

    def dateline(self, text: str) -> tuple[str, int] | None:
        """The country of the place an item's dateline opens a line with (SEOUL, Jan. 14
        (Hanbit) --; COLOGNE, Germany, May 23 (Calder Wire) -; WASHINGTON -; 本报北京3月21日讯),
        and where the dateline ends."""
        for match in self.datelines.finditer(text, 0, 2000):
            for name in (match.group("place"), match.group("region"), match.group("report_place")):
                entry = self.kb.lookup(name.strip().title() if name.isupper() else name.strip()) if name else None
                if entry is not None and entry.type == "Jurisdiction":
                    country = self.kb.country_of(entry.id)
                    return (country, match.end()) if country else None
        return None

    def section_place(self, item) -> Mention | None:
        """The place a section's heading is (【美国】, 二、欧盟): what the items under it are about."""
        entry = self.kb.lookup(item.section.strip()) if item.section else None
        if entry is None or entry.type != "Jurisdiction":
            return None
        return Mention(item.section.strip(), "Jurisdiction", 0, 0, kb_id=entry.id, mechanism="kb", confidence=0.8)

    def told_their_country(self, item, text: str, mentions: list[Mention], place: Mention) -> set[str]:
        """The keys of the item's bodies and laws a sentence of which says by a word which country it speaks
        of (tells_its_country), once named so or more: the item's place is not theirs, however often named."""
        if self.own_country_word.search(text) is None and \
                (self.country(place) or not self.national_offices.marker.search(text)):
            return set()
        spans, _ = self.shared.sentence_dates(text, item.date)
        starts = {m.start for m in mentions}
        told, read = set(), {}
        for mention in mentions:
            index = bisect_right(spans, (mention.start, len(text))) - 1
            if mention.type not in PLACE_OPENED or index < 0 or mention.start >= spans[index][1]:
                continue
            if index not in read:  # each sentence read once
                read[index] = self.tells_its_country(text, *spans[index], place, mentions, starts)
            if read[index]:
                told.add(key(mention))
        return told

    def tells_its_country(self, text: str, start: int, end: int, place: Mention, mentions: list[Mention],
                          starts: set[int]) -> bool:
        """Whether the sentence text[start:end] says by a word which country it speaks of, another than the
        item's place may be: a word of the nation (federal, US, Congress: context.tsv national_word) where the
        place is a state's or a city's (a federal lawsuit under the Fourth Amendment, in a story on Detroit;
        the chief of the Enforcement Bureau on US networks, in a story on New Hampshire), but a word of a name
        or opening one (the federal Truth in Lending Act, the U.S. Senate: that name's alone), or the speaker's
        own country (our country: own_country_word), which no name tells (the AI Basic Act, in an item naming
        only the EU)."""
        if self.own_country_word.search(text, start, end) is not None:
            return True
        if self.country(place):
            return False
        for word in self.national_offices.marker.finditer(text, start, end):
            opens = SPACES.match(text, word.end()).end() in starts  # the federal| Truth in Lending Act
            if not opens and not any(m.start <= word.start() < m.end for m in mentions  # the Federal Trade Commission
                                     if start <= m.start < end and m.type != "Jurisdiction"):
                return True
        return False

    def national(self, mention: Mention) -> bool:
        """Whether a name opens with a national word (国家, 全国, 国务院, Federal) or a country, or
        the knowledge base places it in a country as a whole (工业和信息化部)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        if entry is not None and entry.jurisdiction and self.kb.country_of(entry.jurisdiction) == entry.jurisdiction:
            return True
        opening = self.kb.place_prefix(mention.text)
        return mention.text.startswith(self.national_openings) or \
            (opening is not None and opening[1].parent is None and len(mention.text) > len(opening[0]) + 1)

    def work_title(self, mention: Mention) -> bool:
        """《原神》, 《思维的诡计》, 《我被侵权了》: a Chinese name typed Law whose end is no kind of
        instrument (law_kinds.tsv; instruments.tsv programme_quoted_head: 计划, 专项行动;
        context.tsv instrument_ending: 指令), a
        qualifier in brackets aside (（试行）), nor known to the knowledge base: a work's title
        (a game, a book, a video), which no item's place places."""
        if not CJK_CHAR.search(mention.text) or self.kb.entries.get(mention.kb_id or "") is not None:
            return False
        name = re.sub(r"[（(][^（()）]*[)）]$", "", simplified_name(mention.text).strip("《》「」“”\"' "))
        name = re.sub(r"[\s\d.]+$", "", name)  # 策略2.0: a version's number after the kind
        return not name.endswith(self.instrument_endings)

    def international_instrument(self, mention: Mention) -> bool:
        """The OECD AI Principles, 东盟人工智能治理与伦理指南, the Continental Artificial
        Intelligence Strategy (known as 非洲联盟人工智能大陆战略): a name, or a known name of its
        entry, opening with an international body's name (context.tsv international_opening)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        names = (mention.text, *(entry.names if entry is not None else ()))
        return any(self.international.match(name) for name in names)

    def weakly_placed(self, mention: Mention) -> bool:
        """An office one person holds (Minister of Science, 财政部长: context.tsv office_holder), a
        court not named as a national one (the Superior Court, the High Court; not the Federal
        Court: national_opening, federal), a field of law by its bare name (著作权法, 版权法: context.tsv
        law_field; the Copyright Act, the English name of its shared entry, too: law_field) or a work's title typed Law (《原神》): one a
        story's one country does not place, a minister being a person's office, a court maybe a
        province's or a state's, a field's name as often the law in general as one country's."""
        if mention.type == "Court":
            return not mention.text.startswith(self.national_openings)
        if mention.mechanism == "bare":
            return True  # the DPA, the Commission (kg.mentions.bare): a body the item never names in full, nor places
        if mention.type == "Law":
            return self.work_title(mention) or self.law_field(mention)
        return mention.type == "Regulator" and self.office_holder.search(mention.text) is not None

    def law_field(self, mention: Mention) -> bool:
        """著作权法, 版权法, the Copyright Act: a law named by its field's bare name (context.tsv law_field),
        or by a name the knowledge base gives such a one (the Copyright Act, its shared entry's English
        name: a name several countries' laws share, placed by no country of its own).  No step of an
        item's place places it (its title's, its one country's: bench/real/README.md round 76, second
        part, a law named without its country gets no edge from the story's country alone; devA76 2
        wrong facts removed, the Copyright Act in two stories on the United States, devB76 1, 著作權法
        under a title naming 中國大陸 for its court)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        shared = entry is not None and (not mention.text.isascii() or not entry.jurisdiction)
        names = (mention.text, *(entry.names if shared else ()))
        return any(simplified_name(name) in self.law_fields for name in names)

    def country_office(self, mention: Mention, place: Mention) -> bool:
        """Whether an English office one person holds (the Minister of Finance, the Board Chair:
        context.tsv office_holder, english.tsv body_chair) is named in an item whose one place is a
        country: a national office the text makes that country's (bench/real/README.md round 77,
        third part: an office without a place in its name takes its body's country, where that
        country is a node of the text); not one whose name opens with a place (the Punjab Information
        Minister: the province's)."""
        return mention.type == "Regulator" and mention.text.isascii() and self.country(place) \
            and self.office_holder.search(mention.text) is not None and self.kb.place_prefix(mention.text) is None

    def unitary_court(self, mention: Mention, place: Mention) -> bool:
        """Whether a court is named in a story on one country whose states or provinces keep no
        courts of their own (context.tsv state_courts: not the United States, Canada, Australia,
        India): the High Court, the Employment Court in a story on Britain or New Zealand are its.
        devA71: three right facts added (three sites), none wrong; devB five right."""
        return mention.type == "Court" and self.country(place) and place.kb_id not in self.state_courts

    def local(self, mention: Mention, place: Mention) -> bool:
        """Whether a name in a notice of a province's or a city's may be that place's own: an
        English one, a short one (方案: the notice's own plan), one the knowledge base places,
        or a Chinese one opening with a place or a word pointing at the notice's place (市, 本省:
        context.tsv local_opening); not a Chinese one naming no place (医疗保障基金使用监督管理条例,
        电信网络犯罪侦查局: a province's or a city's own bodies and rules carry its name, so these
        are the country's).  A region governing itself (context.tsv self_governing: 《版權條例》 is
        Hong Kong's, 立法院 Taiwan's) names its own without its place."""
        if mention.text.isascii() or len(mention.text) <= 3 or place.kb_id in self.self_governing:
            return True
        entry = self.kb.entries.get(mention.kb_id or "")
        return entry is not None and bool(entry.jurisdiction) or mention.text.startswith(self.local_openings) \
            or self.kb.place_prefix(mention.text) is not None

    def country(self, place) -> bool:
        entry = self.kb.entries.get(place.kb_id or "")
        return entry is not None and entry.parent is None
