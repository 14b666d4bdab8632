"""A body's or a law's place read from the names of its sentence: a place its name
begins with (美国财政部 -> 美国; 陕西省工业和信息化厅 -> 陕西省), a place right before it
(欧盟《人工智能法案》, 美国的联邦贸易委员会; 美国加州的X: the places holding it too), and a
place describing a list of companies (中国企业百度、腾讯和阿里; 阿里云、百度云等中国人工智能服务商;
美国「华尔街日报」与「纽约邮报」: title-marked names listed), a place an English
body's name ends with (the Superior Court of Gwinnett County; the Higher Regional Court of
Cologne, the place cut from the name), with a court's state or country, and a company's
headquarters (总部位于新泽西州锡考克斯的ZT Systems; X的总部设在Y; …，总部仍设在Y: the
sentence's subject; Y是总部位于X的公司: the copula's subject), a nationality opening an English
body's or law's name (the Canadian Charter of Rights and Freedoms), and a local institution's seat
after "in" (Vancouver Public Schools in Washington: not the Vancouver of another country), or the
town no knowledge base lists that opens a school's or a police force's name (Westfield High School ->
Westfield: place/town, kg.facts.base town_of_institution); the
companies listed with one a place stands right before (日本的读卖新闻、日经新闻和朝日新闻: place/list);
and a law no name places, by the one country of the national bodies its sentence names before it
(韩国个人信息保护委员会…根据《个人信息保护法》: place/law_of_body).  Known names take their places from the knowledge base instead
(kg.facts.kb), but for their headquarters.  Words from data/lexicon/context.tsv:
company_word, body_kind, described_kind (中国人工智能应用程序X: a product's kind ends a description too), trade, list_intro, continent, federal, state_courts, headquarters,
located, seated_kind, seat_verb (之江实验室位于杭州: a seat without a word of headquarters), law_act
(欧盟去年通过《X》, 英国修订《Y》: a place acting on a law is its place, place/law_act).
"""
from __future__ import annotations

import itertools
import re

from ..alternation import alternatives
from ..mentions.english import english_lexicon, pairs
from ..mentions.suffix import BRACKETED_PART
from ..model import Fact, Mention
from ..script import simplified_name
from ..dates import CHINESE_DATE_SPAN
from .base import SIGNATURES, STATE_BODIES, Sentence, SentenceFamily, Shared
from .kb import court_system, lies_within


SEATED = frozenset({"Company", "Organization"})
OPENING = re.compile(r"\s*(?:[^，,。]{1,10}[，,]\s*)?")  # what may open a sentence before its subject: 交易完成后，
LATIN_NAME = re.compile(r"的([A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*)")  # 的Informatica, 的ZT Systems
COMPANY_OPENING = re.compile(r"\s*(?:公司|集团)(?:的)?")  # 公司总部位于X: the company the item speaks of
COPULA = re.compile(r"[则也亦]?(?:是|为|係|為|乃)(?:一家|一間|一间|一个|一個)?")  # DeepSeek是（一家）总部位于杭州的…
HAS_LIST = re.compile(r"[则也还]?有")  # 北京有百度、抖音, 上海则有商汤科技
CLAUSE_OPENING = re.compile(r"|[，,：:；;。\s]")  # what stands before a place opening a clause
# 中国生成式人工智能(AI)X: the Latin abbreviation of a description's kind, in brackets after it, is no word of it
ABBREVIATION_AFTER = re.compile(r"\s*[（(][A-Za-z]{1,6}[)）]$")
TITLE_OPENING = "《「“"  # 欧盟《人工智能法》, 日本「著作權法」: the place before a title's mark
LISTED = re.compile(r"[》」”]\s*(?:、|与|和|及|以及|與|暨)\s*[《「“]")  # 「A」与「B」: two title-marked names listed
# 壁仞科技2019年于上海成立, 某公司在杭州创立: a founding year, then 于/在 and the places before a founding verb;
# 某有限公司（于开曼群岛注册成立的有限公司）: a listed company's seat in brackets after its name
FOUNDED_AT = re.compile(rf"\s*[（(]?(?:(?:在|于|於)?{CHINESE_DATE_SPAN})?(?:在|于|於)")
FOUNDED = re.compile(r"(?:正式)?(?:注册|註冊)?(?:成立|创立|創立|创办|創辦)")
FOUNDED_IN = re.compile(r"(?:成立|创立|創立|创办|創辦)(?:于|於)")  # 某公司成立于深圳
BODIES_PLACED = frozenset({"Organization", "Regulator", "Legislature", "Court"})
LINE_OPENING = re.compile(r"[\s•·*▪►●◦-]*")  # what may open a line before its run-in head: a bullet
HEAD_GAP = re.compile(r"(?:\s*[:：]\s*|\s+[—–-]{1,2}\s+|[—–]{1,2})[《「“]?")  # California: / Texas — / 德州——《
# the last words of a name that may be a place: after "of" (the University of Tampere), or its last one to three
# capitalised words (Verbraucherzentrale Nordrhein-Westfalen); longest first
TRAILING_WORDS = re.compile(r"(?:\bof\s+(?:the\s+)?|\s)(?=(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})$)")


class Descriptions:
    """Reads whether words describe what a name is (中国企业, 欧洲领先的软件公司): made once
    per Extractor (``descriptions``), for the place family and the cue family alike."""

    def __init__(self, shared: Shared) -> None:
        self.find_cues = shared.find_cues
        # longest first: 人工智能公司 before 公司; a product or an institution's kind too (context.tsv described_kind:
        # 中国人工智能应用程序X, 我国最高学术机关「X」)
        self.kinds = tuple(sorted((w for w in shared.words["company_word"] + shared.words["body_kind"]
                                   + shared.words["described_kind"] if not w.isascii()), key=len, reverse=True))
        self.kind_after = re.compile(rf"[\u4e00-\u9fffA-Za-z ]{{0,10}}?(?:{alternatives(self.kinds)})")
        self.list_intros = shared.words["list_intro"]
        self.trades = sorted(shared.words["trade"], key=len, reverse=True)
        # 宣布, 表示, 与, 携手: words of a clause, not of a description (某公司宣布与百度…)
        self.clause_words = re.compile(alternatives(shared.words["name_then_verb"] + shared.words["partner_marker"] + ("某",)))

    def describes(self, gap: str) -> bool:
        """欧洲领先的国防人工智能和软件公司（赫尔辛格）: a short description ending in a
        kind of company, with no verb of a relation in it."""
        gap = gap.strip()
        for intro in self.list_intros:  # 中国企业如百度: the kind, then 如
            gap = gap.removesuffix(intro).rstrip()
        gap = ABBREVIATION_AFTER.sub("", gap.removeprefix("的").lstrip())
        kind = next((k for k in self.kinds if gap.endswith(k)), None)
        if kind is None or not 0 < len(gap) <= 24 or re.search(r"[，,。；;：:]", gap):
            return False
        # a trade right before the kind (投资公司, 研发机构) holds a cue word but states no act
        trade = next((t for t in self.trades if gap[:-len(kind)].endswith(t)), "")
        return not self.find_cues(gap, 0, len(gap) - len(kind) - len(trade), [])

    def names_what(self, gap: str) -> bool:
        """总部位于旧金山的AI写作助手Grammarly: after a headquarters cue, any short words
        between 的 and a name say what the name is (a headquarters is a body's), whatever
        their last word, where no punctuation and no verb of a relation stands in them."""
        gap = gap.strip().removeprefix("的").lstrip()
        if not 0 < len(gap) <= 16 or re.search(r"[，,。；;：:、（）()]", gap) or self.clause_words.search(gap):
            return False
        return not self.find_cues(gap, 0, len(gap), [])


def opens_with_place(kb, text: str, word: str) -> bool:
    """British Columbia in the British Columbia Supreme Court: a nationality word that opens a
    longer place's name (the knowledge base's) is that place's, no country's adjective."""
    found = kb.place_prefix(text[text.index(word):]) if word in text else None
    return found is not None and len(found[0]) > len(word)


def nationality_opening(kb) -> tuple[re.Pattern, dict[str, str]]:
    """What reads a nationality opening an English name (the Korean Broadcasters Association,
    the German Federal Data Protection Act: english.tsv nationality), and each nationality's
    knowledge-base id; the Danish government too, a country's own office in lower case
    (english.tsv nation_office)."""
    words = english_lexicon(kb)
    nationalities = pairs(words["nationality"])
    return re.compile(rf"(?:The\s+)?({alternatives(nationalities)})\s+(?:[A-Z]|(?:{alternatives(words['nation_office'])})\b)"), \
        nationalities


class BetweenParties:
    """《布莱切利宣言》, 《…框架公约》, the Bletchley Declaration of November 2023, the European
    Convention on Human Rights: an instrument its parties make together, which no one
    country's name or adjective places (kinds of data/lexicon/law_kinds.tsv that context.tsv
    between_parties lists): its name ends in such a kind, or an English one holds its word."""

    def __init__(self, shared: Shared) -> None:
        between = set(shared.words["between_parties"])
        self.kinds = tuple(suffix for suffix, kind in shared.kb.law_kinds if kind in between)
        words = [kind for kind in self.kinds if kind.isascii()] + [kind for kind in between if kind.isascii()]
        self.word = re.compile(rf"\b(?:{alternatives(words)})\b")

    def __call__(self, law: Mention) -> bool:
        return (law.canonical or law.text).endswith(self.kinds) or self.word.search(law.text) is not None


class NationalOffices:
    """The federal government is also weighing rules, with the Senate proposing a roadmap; President
    Trump's order, which conditions federal funds: a state body named by a bare word a country and
    its states both use (context.tsv national_body) in a sentence holding a word of the nation
    (national_word) is the country's, not the state's a story about a state is told of (not after
    "state": the state Senate); the place family gives it the item's country, and the item's place
    (kg.facts.context) leaves it."""

    def __init__(self, shared: Shared) -> None:
        self.offices = frozenset(shared.words["national_body"])
        self.marker = re.compile(rf"(?<![\w.])(?:{alternatives(shared.words['national_word'])})(?!\w)")
        self.state = re.compile(r"\b(?:[Ss]tate|[Ss]tate's|[Ss]tate’s)\s+$")

    def __call__(self, text: str, start: int, end: int, mention: Mention) -> bool:
        """Whether ``mention``, in the sentence text[start:end], is a country's body so named."""
        return mention.type in STATE_BODIES and mention.text in self.offices \
            and self.state.search(text, max(start, mention.start - 10), mention.start) is None \
            and (self.marker.search(text, start, mention.start) is not None
                 or self.marker.search(text, mention.end, end) is not None)  # (Congress: a word of the nation, not its own)


def national_offices(shared: Shared) -> NationalOffices:
    """The reader of a country's bodies named by a bare word, made once per Extractor."""
    return shared.made_once("national_offices", lambda: NationalOffices(shared))


def between_parties(shared: Shared) -> BetweenParties:
    """The reader of instruments made between parties, made once per Extractor for the families that ask."""
    return shared.made_once("between_parties", lambda: BetweenParties(shared))


def descriptions(shared: Shared) -> Descriptions:
    """The description reader, made once per Extractor and shared by the families that ask."""
    return shared.made_once("place", lambda: Descriptions(shared))


class Places(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.grammar = shared.grammar
        self.descriptions = descriptions(shared)
        self.continents = frozenset(shared.words["continent"])
        self.seated_kinds = frozenset(shared.words["seated_kind"])
        self.federal = tuple(shared.words["federal"])
        self.state_courts = frozenset(shared.words["state_courts"])
        # the Korean Broadcasters Association, the Italian Data Protection Authority (english.tsv nationality)
        self.nationality, self.nationalities = nationality_opening(shared.kb)
        self.between_parties = between_parties(shared)
        self.national_offices = national_offices(shared)  # the Senate, in a sentence naming Congress: the country's
        # The Seattle Times, 臺北時報網: a newspaper's name (english.tsv newspaper_word, context.tsv paper_end)
        self.newspaper = re.compile(rf"(?:\b(?:{alternatives(english_lexicon(shared.kb)['newspaper_word'])})"
                                    rf"|{alternatives(shared.words['paper_end'])})$")
        # the federal Wiretap Act, 联邦《…》 (context.tsv federal_law): a law right after the word
        self.federal_word = re.compile(rf"(?:{alternatives(shared.words['federal_law'])})\s*《?$")
        self.law_fields = frozenset(shared.words["law_field"])  # 版权法, copyright law: a field of law
        # ISO/IEC 42001, ETSI TS 104 223: a standard by its series (instruments.tsv standard_series), no country's law
        self.standard = re.compile(rf"(?:{alternatives(shared.kb.instruments['standard_series'])})[ \t]?\d")
        self.act_targets = tuple(shared.words["act_target"])  # 在英国对人工智能公司X: whom an act is aimed at
        # 与, 同, 携手 (context.tsv partner_marker, not 和, which lists too): a partner follows
        self.partner = re.compile(alternatives(w for w in shared.words["partner_marker"] if w != "和"))
        # 总部位于, 总部仍设在, 总部所在地为: where a company sits
        # 位于巴黎的办公室: a branch (context.tsv branch_word) after a seat's places is what sits there
        self.branch = re.compile(rf"的(?:{alternatives(shared.words['branch_word'])})")
        self.headquarters = re.compile(rf"(?:{alternatives(shared.words['headquarters'])})"
                                       rf"[仍也均则]?(?:{alternatives(shared.words['located'])})"
                                       rf"|(?:{alternatives(shared.words['seat_verb'])})")
        # 欧盟去年通过《X》, 某国计划今年内修订《刑法》: a place, a few words of time or manner, a verb of law-making
        # (context.tsv law_act), then a title
        self.law_act = re.compile(rf"[\u4e00-\u9fff\d]{{0,12}}?(?:{alternatives(shared.words['law_act'])})\s*[《「“]")
        # 在美国通过…: a place after a word of location is where, not who (应对英国修订: 对 may end a verb)
        self.not_actor = tuple(shared.words["location_marker"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, evidence, ordered = sentence.text, sentence.evidence, sentence.mentions
        facts = []
        for index, mention in enumerate(ordered):
            if not self.own_english_name(mention) or self.organisation_opening(mention):
                facts += [Fact(mention, "jurisdiction", place, evidence, 0.85,
                               rule="place/town" if place.mechanism == "prefix/town" else "")
                          for place in self.place_prefixes(sentence, mention)]
            if not self.own_english_name(mention):
                suffixes = self.place_suffixes(sentence, mention)
                facts += [Fact(mention, "jurisdiction", place, evidence, 0.8) for place in suffixes]
                facts += [Fact(mention, "jurisdiction", place, evidence, 0.8)
                          for place in self.nationality_prefix(sentence, mention)]
            facts += [Fact(mention, "jurisdiction", place, evidence, 0.8) for place in self.registered_country(mention)]
            if mention.type != "Jurisdiction":
                continue
            if index and ordered[index - 1].type in BODIES_PLACED and text[ordered[index - 1].end:mention.start] == " of ":
                # the Higher Regional Court of Cologne, where the name stops before its place
                facts += [Fact(ordered[index - 1], "jurisdiction", place, evidence, 0.8)
                          for place in [mention] + self.court_systems(sentence, ordered[index - 1], mention.kb_id)]
            elif index and self.court_in_place(sentence, ordered[index - 1], mention):
                # the High Court in Dublin: a court no name places sits in the place named after it
                facts += [Fact(ordered[index - 1], "jurisdiction", place, evidence, 0.75)
                          for place in [mention] + self.court_systems(sentence, ordered[index - 1], mention.kb_id)]
            if index + 1 < len(ordered):
                following = ordered[index + 1]
                if following.type in SIGNATURES["jurisdiction"][0] and \
                        text[mention.end:following.start].strip().rstrip(TITLE_OPENING) in ("", "的"):
                    facts.append(Fact(following, "jurisdiction", mention, evidence, 0.8))
                    facts += self.listed_after_place(sentence, mention, ordered[index + 1:])
                elif self.run_in_head(text, mention, following):
                    facts.append(Fact(following, "jurisdiction", mention, evidence, 0.75))
            facts += self.place_of_list(sentence, mention, ordered[index + 1:])
            facts += self.place_has_list(sentence, mention, ordered[index + 1:])
            facts += self.place_after_list(sentence, mention, ordered[:index])
        seats = self.seats_after_in(sentence)
        return self.enclosing(sentence, self.elsewhere_than(facts, seats)) + self.seats(sentence) \
            + self.federal_laws(sentence) + self.founding_places(sentence) + seats + self.laws_of_bodies(sentence) \
            + self.national_bodies(sentence) + self.acted_laws(sentence)

    def own_english_name(self, mention: Mention) -> bool:
        """Whether a name is an English company's or organization's own, whose places (one opening
        it: Qatar National Bank, Toronto Star Newspapers Limited, but an organisation's, which
        round 77 places there: organisation_opening; a
        nationality opening it: the American Journalism Project, the Canadian Legal Information
        Institute; one ending it: the Federation of Law Societies of Canada) are its remit, its
        audience or its history, not told as its seat, as a Chinese one's country is not (中国移动:
        context.tsv name_part_place; kg.facts.kb: 日本经济新闻社).  The real dev gold: 29 of 34 such
        names in devA64 whose place the document names have no edge to it (the New York Times, Air
        Canada, the Korea Broadcasters Association, the Federation of Indian Publishers; the 5 others:
        a chapter, a university, a high school, and two publishers the text lists as "Canada's leading
        media companies"); the place family gave 7 edges to such names at 5 devA sites, none right.  A state body's name places it (the Texas
        Department of Insurance), and so does a place told apart (the Toronto-based X, X of
        Toronto's: kg.facts.seat, kg.facts.english), and so does a local institution's (Vancouver
        Public Schools, Westfield High School: its last word a seated_kind of context.tsv)."""
        return mention.type in SEATED and mention.text.isascii() and mention.text.split()[-1] not in self.seated_kinds

    @staticmethod
    def organisation_opening(mention: Mention) -> bool:
        """Whether the place an English name opens with is its place though the name is its own:
        an organisation's (Harbourtown Law Society, Lakemont National University: bench/real/README.md
        round 77, an organisation whose name opens with a place is placed there), not a company's,
        whose trade name holds a place that is none of its (the Riverside Gazette: round 76)."""
        return mention.type == "Organization"

    def enclosing(self, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
        """美国加州的Nexora, 法国巴黎的初创公司X: a place read before a name, written right after
        the places holding it (a country, then its state or city), gives the name those places
        too, as a headquarters cue's places do (总部位于英国伦敦)."""
        out = list(facts)
        places = [m for m in sentence.mentions if m.type == "Jurisdiction"]
        for fact in facts:
            place, position = fact.tail, fact.tail.start
            for before in reversed([m for m in places if m.end <= place.start]):
                if before.end != position or not lies_within(self.kb, place.kb_id, before.kb_id) \
                        or before.start <= fact.head.end <= position:
                    break
                out.append(Fact(fact.head, "jurisdiction", before, fact.evidence, fact.confidence))
                place, position = before, before.start
        return out

    def run_in_head(self, text: str, place: Mention, following: Mention) -> bool:
        """• California: Assembly Bill 489, by …; Texas — House Bill 149; ▪ 加州：AB 489法案: a place
        heading its line (after a bullet at most), a colon or a dash, then a state body or a law
        with no place of its own (by the knowledge base or its name) right after: the head's."""
        entry = self.kb.entries.get(following.kb_id or "")
        line = text.rfind("\n", 0, place.start) + 1
        return following.type in STATE_BODIES and not (entry and entry.jurisdiction) \
            and LINE_OPENING.fullmatch(text, line, place.start) is not None \
            and HEAD_GAP.fullmatch(text, place.end, following.start) is not None \
            and not self.shared.leading_places(following)

    def elsewhere_than(self, facts: list[Fact], seats: list[Fact]) -> list[Fact]:
        """The facts but those placing a body named with its seat (Vancouver Public Schools in
        Washington) in a place of another country, read from its name (Vancouver, British
        Columbia): the seat told after "in" says which place the name means."""
        countries = {(seat.head.start, self.kb.country_of(seat.tail.kb_id)) for seat in seats}
        heads = {start for start, _ in countries}
        return [fact for fact in facts if fact.head.start not in heads or fact.tail.kb_id is None
                or (fact.head.start, self.kb.country_of(fact.tail.kb_id)) in countries]

    def seats_after_in(self, sentence: Sentence) -> list[Fact]:
        """Fenmoor High School in Chelmsford, Essex; Westmarsh District Council in Scotland: a
        body whose name ends in a word of a local institution (context.tsv seated_kind), right
        before "in" and places, sits in each (a hearing in Washington names no seat: only the
        institution's own name before "in" does)."""
        text, ordered, facts = sentence.text, sentence.mentions, []
        for index, mention in enumerate(ordered):
            if mention.type not in BODIES_PLACED | SEATED or not mention.text.isascii() or \
                    mention.text.split()[-1] not in self.seated_kinds or \
                    (entry := self.kb.entries.get(mention.kb_id or "")) and entry.jurisdiction:
                continue
            position, gap = mention.end, " in "
            for place in ordered[index + 1:]:
                if place.type != "Jurisdiction" or text[position:place.start] != gap:
                    break
                facts.append(Fact(mention, "jurisdiction", place, sentence.evidence, 0.75))
                position, gap = place.end, ", "
        return facts

    def federal_laws(self, sentence: Sentence) -> list[Fact]:
        """违反联邦《电子通信隐私法》, the federal Computer Fraud and Abuse Act and Wiretap Act:
        a law called federal (context.tsv federal_law) is the law of the country the item
        names most often, where one does (a story about a state names its country's laws so)."""
        text, ordered, facts = sentence.text, sentence.mentions, []
        for index, mention in enumerate(ordered):
            if mention.type != "Law" or not self.federal_word.search(text, max(0, mention.start - 12), mention.start):
                continue
            country = self.item_country(sentence)
            if country is None:
                return []
            laws = self.grammar.group(text, ordered[index:], {"Law"}, from_right=False) or [mention]
            # …和《加州隐私侵犯法》: a law named with its own place is that place's
            facts += [Fact(law, "jurisdiction", country, sentence.evidence, 0.7) for law in laws
                      if law is mention or not self.shared.leading_places(law)]
        return facts

    def national_bodies(self, sentence: Sentence) -> list[Fact]:
        """The federal government is weighing rules, with the Senate proposing a roadmap: a body
        named by a bare word a country and its states share, in a sentence holding a word of the
        nation (NationalOffices), is the country's the item names most often (rule place/national)."""
        bodies = [m for m in sentence.mentions
                  if self.national_offices(sentence.text, sentence.start, sentence.end, m)]
        country = self.item_country(sentence) if bodies else None
        return [Fact(body, "jurisdiction", country, sentence.evidence, 0.6, rule="place/national")
                for body in bodies] if country is not None else []

    def laws_of_bodies(self, sentence: Sentence) -> list[Fact]:
        """韩国个人信息保护委员会…待其根据《个人信息保护法》进行完善; the Data Protection Commission
        … under Section 110 of the Data Protection Act: a law no name places (none of its own, none
        the knowledge base gives: a name several countries' laws share) is the country's whose
        national bodies (a regulator, a legislature, a court) the sentence names before it, where
        they all are one country's, and the item names that country (place/law_of_body).  A
        province's or a state's body tells no law's place (上海市市场监管局依据《广告法》: a national law)."""
        text, ordered, facts = sentence.text, sentence.mentions, []
        countries: dict[str, Mention | None] = {}
        for index, mention in enumerate(ordered):
            if mention.type in ("Regulator", "Legislature", "Court"):
                entry = self.kb.entries.get(mention.kb_id or "")
                places = self.shared.leading_places(mention)
                place_id = entry.jurisdiction if entry and entry.jurisdiction else places[-1].kb_id if places else None
                place = self.kb.entries.get(place_id or "")
                if place is None:
                    continue
                if place.parent is not None or place.type != "Jurisdiction":
                    return facts  # a state's body: the law may be the state's or the country's
                own = next((p for p in places if p.kb_id == place.id), None)
                countries.setdefault(place.id, own)
                continue
            if mention.type != "Law" or len(countries) != 1 or self.between_parties(mention) or \
                    self.shared.leading_places(mention) or self.federal_word.search(text, max(0, mention.start - 12), mention.start):
                continue
            before = ordered[index - 1] if index else None
            if before is not None and before.type == "Jurisdiction" and \
                    text[before.end:mention.start].strip().rstrip(TITLE_OPENING) in ("", "的"):
                continue  # 欧盟《人工智能法》: the place before it is its own (facts above)
            entry = self.kb.entries.get(mention.kb_id or "")
            names = (mention.text, *(entry.names if entry is not None else ()))
            if entry is not None and entry.jurisdiction or self.nationality.match(mention.text) or \
                    self.standard.match(mention.text) or any(simplified_name(name) in self.law_fields for name in names):
                continue  # 美国最高法院的案件可能重新定义版权法: a field of law (context.tsv law_field), no one country's
            (country, own), = countries.items()
            named = next((m for m in sentence.named if m.kb_id == country and m.type == "Jurisdiction"), own)
            if named is not None:
                facts.append(Fact(mention, "jurisdiction", named, sentence.evidence, 0.7, rule="place/law_of_body"))
        return facts

    def acted_laws(self, sentence: Sentence) -> list[Fact]:
        """欧盟去年通过《X》, 英国修订《Y》, 某国计划今年内修订《刑法》: a place acting as a lawmaker, a few
        words of time or manner at most between it and a verb of making, amending or putting forward a law
        (context.tsv law_act), then the title: the law (and those listed with it) is that place's, where
        nothing else places it (its own name, the knowledge base, an instrument between parties: place/law_act).
        A place after a word of location (在美国通过) acts on nothing."""
        text, ordered, facts = sentence.text, sentence.mentions, []
        for index, place in enumerate(ordered[:-1]):
            law = ordered[index + 1]
            if place.type != "Jurisdiction" or law.type != "Law" or \
                    self.law_act.fullmatch(text, place.end, law.start) is None or \
                    text[max(sentence.start, place.start - 2):place.start].endswith(self.not_actor):
                continue
            laws = self.grammar.group(text, ordered[index + 1:], {"Law"}, from_right=False) or [law]
            facts += [Fact(member, "jurisdiction", place, sentence.evidence, 0.7, rule="place/law_act")
                      for member in laws if self.unplaced_law(member)]
        return facts

    def unplaced_law(self, law: Mention) -> bool:
        """Whether nothing but its sentence's words can place a law: no place of its own name, none the
        knowledge base gives, no nationality opening it, no instrument between parties, no standard."""
        entry = self.kb.entries.get(law.kb_id or "")
        return not (entry and entry.jurisdiction) and not self.shared.leading_places(law) and \
            not self.between_parties(law) and not self.nationality.match(law.text) and not self.standard.match(law.text)

    def item_country(self, sentence: Sentence) -> Mention | None:
        """The country the item's places lie in most often (加州, 美国, 旧金山 -> 美国), named
        itself in the item, where no other country is named as often."""
        counts: dict[str, int] = {}
        named: dict[str, Mention] = {}
        for mention in sentence.named:
            entry = self.kb.entries.get(mention.kb_id or "") if mention.type == "Jurisdiction" else None
            while entry is not None and entry.parent:
                entry = self.kb.entries.get(entry.parent)
            if entry is None:
                continue
            counts[entry.id] = counts.get(entry.id, 0) + 1
            if mention.kb_id == entry.id:
                named.setdefault(entry.id, mention)
        ranked = sorted(counts.items(), key=lambda pair: -pair[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return named.get(ranked[0][0])

    def seats(self, sentence: Sentence) -> list[Fact]:
        """总部位于新泽西州锡考克斯的ZT Systems -> 新泽西州, 锡考克斯; 该公司的总部设在X, Y总部位于X;
        …，总部仍设在加利福尼亚州圣克拉拉: the places right after a headquarters cue are the seat
        of the company they describe (…的 C), else of the company owning the headquarters (C的总部,
        C总部), else of the sentence's subject (its first name, a company)."""
        text, ordered, facts = sentence.text, sentence.mentions, []
        for cue in self.headquarters.finditer(text, sentence.start, sentence.end):
            places, position = [], cue.end()
            for mention in (m for m in ordered if m.start >= cue.end()):
                if mention.type != "Jurisdiction" or not self.only_places(text[position:mention.start].strip("、 ")):
                    break
                places.append(mention)
                position = mention.end
            if not places or self.branch.match(text, position):
                continue  # X位于巴黎的办公室: the office's seat, not X's
            after = next((m for m in ordered if m.start >= position), None)
            between = text[position:after.start] if after is not None else ""
            before = [m for m in ordered if m.end <= cue.start()]
            if after is None or not between.startswith("的") or between != "的" and not self.described(between):
                after = self.named_after(sentence, position)  # a name the item gives elsewhere, missed here
                between = "的" if after is not None else between
            if after is not None and after.type in SEATED and between.startswith("的") and \
                    (between == "的" or self.described(between)):
                company = after  # 总部位于X的（科技公司）Y
            elif before and before[-1].type in SEATED and text[before[-1].end:cue.start()] in ("", "的"):
                company = before[-1]  # Y的总部位于X
            elif before and before[-1].type in SEATED and COPULA.fullmatch(text[before[-1].end:cue.start()]):
                company = before[-1]  # Y是总部位于X的（公司）: the copula's subject is what the seat describes
            elif before and before[0].type in SEATED and OPENING.fullmatch(text[sentence.start:before[0].start]) \
                    and re.search(r"[，,]\s*[并且其]?$", text[sentence.start:cue.start()]):
                company = before[0]  # Y…，总部仍设在X: the sentence's subject
            elif (subject := self.subject_before(sentence, cue.start())) is not None:
                company = subject  # Y于2016年成立。公司总部位于X: the company the sentence before opened with
            else:
                continue
            facts += [Fact(company, "jurisdiction", place, sentence.evidence, 0.75) for place in places]
        return facts

    def founding_places(self, sentence: Sentence) -> list[Fact]:
        """壁仞科技2019年於上海成立 -> 上海; 某公司成立于深圳 -> 深圳: the place a company or an
        organization opening its clause was founded in is its seat (a founding year, not a
        place, after 成立于 tells none); so is the place of a bracket opening the line after a
        heading's name (某控股有限公司 / （于开曼群岛注册成立的有限公司）)."""
        text, ordered, facts = sentence.text, sentence.mentions, []
        for index, mention in enumerate(ordered):
            if mention.type in SEATED and \
                    CLAUSE_OPENING.fullmatch(text[max(sentence.start, mention.start - 1):mention.start]):
                facts += self.founded(sentence, mention, ordered[index + 1:])
        if text.startswith(("（", "("), sentence.start):
            heading = next((m for m in reversed(sentence.named) if m.end <= sentence.start), None)
            if heading is not None and heading.type in SEATED and not text[heading.end:sentence.start].strip():
                facts += self.founded(sentence, heading, ordered)
        return facts

    def founded(self, sentence: Sentence, mention: Mention, following: list[Mention]) -> list[Fact]:
        """The places of a founding phrase right after ``mention`` (于上海成立, 成立于深圳)."""
        text = sentence.text
        opening = FOUNDED_AT.match(text, mention.end) or FOUNDED_IN.match(text, mention.end)
        if opening is None:
            return []
        places, position = [], opening.end()
        for place in following:
            if place.type != "Jurisdiction" or not self.only_places(text[position:place.start].strip("、 ")):
                break
            places.append(place)
            position = place.end
        if places and (opening.re is FOUNDED_IN or FOUNDED.match(text, position)):
            return [Fact(mention, "jurisdiction", place, sentence.evidence, 0.7) for place in places]
        return []

    def subject_before(self, sentence: Sentence, cue: int) -> Mention | None:
        """小马智行成立于2016年……。公司总部位于广州 -> 小马智行: a sentence opened by a bare
        公司 (the company) and a headquarters cue tells the seat of the company that opens the
        sentence before it (its first clause's first name, a company), and of no other."""
        text = sentence.text
        if not COMPANY_OPENING.fullmatch(text, sentence.start, cue):
            return None
        opening = max(text.rfind("。", 0, sentence.start - 1), text.rfind("\n", 0, sentence.start - 1)) + 1
        clause = re.search(r"[，,；;。]", text[opening:sentence.start])
        first_clause_end = opening + (clause.start() if clause else sentence.start - opening)
        earlier = [m for m in sentence.named if opening <= m.start and m.end <= first_clause_end]
        return earlier[0] if earlier and earlier[0].type in SEATED else None

    def described(self, between: str) -> bool:
        """的（科技公司）, 的AI写作助手: words that say what the name after a seat is."""
        return self.descriptions.describes(between) or self.descriptions.names_what(between)

    @staticmethod
    def named_after(sentence: Sentence, position: int) -> Mention | None:
        """总部位于加利福尼亚州雷德伍德城的Informatica主要提供…: a Latin name right after the
        places and 的 that the item names as a company elsewhere, where no name was found here."""
        name = LATIN_NAME.match(sentence.text, position)
        if name is None:
            return None
        known = next((m for m in sentence.named if m.type in SEATED and m.text == name.group(1)), None)
        if known is None:
            return None
        return Mention(known.text, known.type, name.start(1), name.end(1), kb_id=known.kb_id, mechanism=known.mechanism,
                       confidence=known.confidence)

    def only_places(self, gap: str) -> bool:
        """Whether a gap between places holds only place names (英国 in 总部设在英国伦敦, where
        the longer name stands alone)."""
        while gap and (found := self.kb.place_prefix(gap)) is not None:
            gap = gap[len(found[0]):]
        return not gap

    def place_prefixes(self, sentence: Sentence, mention: Mention) -> list[Mention]:
        """美国财政部 -> 美国; 陕西省工业和信息化厅 -> 陕西省 (known entities take their
        places from the knowledge base instead)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        if mention.type not in SIGNATURES["jurisdiction"][0] or (entry and entry.jurisdiction):
            return []
        if mention.type in SEATED and self.newspaper.search(mention.text):
            return []  # The Seattle Times, 洛杉矶时报: a paper's city is its readers', not its seat
        # 欧洲委员会, 欧洲专利局: a continent a name begins with is no body's place (context.tsv continent)
        # 哥伦比亚航空公司: a place inside a company's trade name is none of its (kg.facts.base trade_name_place)
        places = [place for place in self.shared.leading_places(mention) if place.text not in self.continents
                  and not self.shared.trade_name_place(mention, place)]
        places = self.one_country(places)
        return places + self.federal_country(sentence, mention, places) + self.registered_place(mention, places)

    def one_country(self, places: list[Mention]) -> list[Mention]:
        """The places a name opens with but those of another country than the first known one's
        (佛羅里達大西洋大學: 佛羅里達, not Colombia's 大西洋 after it, a word of the name: bench/real/README.md,
        convention pass of round 77)."""
        known = [place.kb_id for place in places if place.kb_id]
        country = self.kb.country_of(known[0]) if known else None
        return [place for place in places if not place.kb_id or self.kb.country_of(place.kb_id) == country]

    def registered_place(self, mention: Mention, places: list[Mention]) -> list[Mention]:
        """魔珐（上海）信息科技有限公司 -> 上海: a company's registered name holds its place in
        brackets after the brand (kg.mentions.suffix bracketed_place)."""
        found = BRACKETED_PART.search(mention.text) if mention.type == "Company" and not places else None
        place = self.kb.lookup(found.group(1)) if found else None
        if place is None or place.type != "Jurisdiction":
            return []
        start = mention.start + found.start(1)
        return [Mention(found.group(1), "Jurisdiction", start, start + len(found.group(1)), kb_id=place.id,
                        mechanism="prefix", confidence=0.9)]

    def place_suffixes(self, sentence: Sentence, mention: Mention) -> list[Mention]:
        """The Superior Court of Gwinnett County -> Gwinnett County, and Georgia where the item
        names it; the Community Action Agency of Somerville -> Somerville; Verbraucherzentrale
        Nordrhein-Westfalen -> North Rhine-Westphalia: an English name of a body (no company's:
        Bank of America) ending in a known place, after "of" or as its last words.  A court so
        named belongs to its state's courts (in the United States) or its country's, where the
        item names that place too (kg.facts.kb court_system)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        if mention.type not in BODIES_PLACED | {"Law"} or (entry and entry.jurisdiction) or not mention.text.isascii():
            return []
        for tail in TRAILING_WORDS.finditer(mention.text):
            if mention.type == "Law" and not tail.group(0).startswith("of"):
                continue  # the Constitution of Ruritania: a law's place follows "of" (no law ends in its place's bare name)
            place = self.kb.lookup(tail.group("place"))
            if place is None and (prefix := self.kb.place_prefix(tail.group("place"))) and prefix[0] == tail.group("place"):
                place = prefix[1]  # the Court of Appeals of Georgia: an ambiguous name read as a name's opening one is
            if place is None or place.type != "Jurisdiction":
                continue
            start = mention.start + tail.start("place")
            found = [Mention(tail.group("place"), "Jurisdiction", start, mention.end, kb_id=place.id,
                             mechanism="suffix", confidence=0.85)]
            return found + self.court_systems(sentence, mention, place.id)
        return []

    def nationality_prefix(self, sentence: Sentence, mention: Mention) -> list[Mention]:
        """The Korean Broadcasters Association -> South Korea, the Italian Data Protection
        Authority -> Italy, the Canadian Charter of Rights and Freedoms -> Canada: an English
        body's or law's name opening with a nationality (no company's: American Express; no
        instrument made between parties: the European Convention on Human Rights): the item's
        mention of that country.  A nationality word alone names no
        place (bench/real/README.md round 59, class p: the Danish government, the German Copyright
        Act in a text never writing Denmark, Germany: no node; kg.facts.english unnamed_nationality)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        if mention.type not in BODIES_PLACED | {"Law"} or (entry and entry.jurisdiction) or \
                (opening := self.nationality.match(mention.text)) is None or \
                mention.type == "Law" and self.between_parties(mention) or \
                opens_with_place(self.kb, mention.text, opening.group(1)):
            return []
        country = self.kb.entries.get(self.nationalities[opening.group(1)])
        return [m for m in sentence.named if country and m.kb_id == country.id][:1]

    def court_in_place(self, sentence: Sentence, court: Mention, place: Mention) -> bool:
        """The High Court in London, the Regional Court in Hamburg: an English court's name, with
        no place of its own (by its name or the knowledge base), right before "in" and a place; or
        a known court's, before a city inside the place the knowledge base gives it (the U.S.
        District Court in Oakland: the district's court sits in Oakland)."""
        entry = self.kb.entries.get(court.kb_id or "")
        if court.type != "Court" or not court.text.isascii() or sentence.text[court.end:place.start] != " in ":
            return False
        if entry and entry.jurisdiction:  # the U.S. District Court in Oakland: a known court's seat inside its place
            return lies_within(self.kb, place.kb_id, entry.jurisdiction)
        return not self.shared.leading_places(court) and not self.place_suffixes(sentence, court)

    def registered_country(self, mention: Mention) -> list[Mention]:
        """谷歌爱尔兰公司, 伊普西龙信息科技（北京）有限公司: a Chinese company's name with a country
        right before its legal form (context.tsv legal_form), after a name of its own, is registered
        there.  An English one is not so placed (Google Korea, Microsoft Korea, OpenAI Ireland Ltd.,
        Delphia (USA) Inc., The Times of India): the real gold gives a company its seat only where the
        text states it, and none of these (devA52: 5 facts in 4 documents of 4 sites, all wrong;
        devB52: 3 of 4 wrong)."""
        if mention.type != "Company" or mention.text.isascii() or not mention.text.endswith(self.kb.legal_forms):
            return []  # (a name ending in none of the forms: one test of them all)
        form = next(f for f in self.kb.legal_forms if mention.text.endswith(f))
        rest = mention.text[:-len(form)].rstrip(" ,") if form else mention.text
        if rest.isascii():
            words = rest.split()
            endings = [" ".join(words[-n:]) for n in (3, 2, 1) if len(words) > n]
        else:
            endings = [rest[-n:] for n in range(min(6, len(rest) - 1), 1, -1)]
        for ending in endings:
            entry = self.kb.lookup(ending)
            if entry is not None and entry.type == "Jurisdiction" and entry.parent is None:
                start = mention.start + len(rest) - len(ending)
                return [Mention(ending, "Jurisdiction", start, start + len(ending), kb_id=entry.id, mechanism="prefix",
                                confidence=0.85)]
        return []

    def court_systems(self, sentence: Sentence, court: Mention, place_id: str | None) -> list[Mention]:
        """Where the item names it, the state or country whose courts a court named after a
        city or county belongs to (kg.facts.kb court_system)."""
        place = self.kb.entries.get(place_id or "")
        if court.type != "Court" or place is None or (system := court_system(self.kb, place, self.state_courts)) is None:
            return []
        return [m for m in sentence.named if m.kb_id == system.id][:1]

    def federal_country(self, sentence: Sentence, mention: Mention, places: list[Mention]) -> list[Mention]:
        """加利福尼亚东区联邦地区法院: a federal body named after a state is its country's too
        (as kg.facts.kb places a known one), where its name does not name the country and the
        item names it (纽约联邦法院 in a story naming no 美国: a place the text never names is no
        node, as kg.facts.kb asks of a known body's)."""
        if not places or not any(word in mention.text for word in self.federal):
            return []
        country = self.kb.entries.get(places[-1].kb_id or "")
        while country is not None and country.parent:  # 纽约 (a city) -> 纽约州 -> 美国
            country = self.kb.entries.get(country.parent)
        if country is None or country.type != "Jurisdiction" or any(p.kb_id == country.id for p in places):
            return []
        named = [m for m in sentence.named if m.kb_id == country.id][:1]
        # …符合美国版权法: the country named only at the head of a law's name, as its common name
        return named or [place for m in sentence.named if m.type == "Law" for place in self.shared.leading_places(m)
                         if place.kb_id == country.id and place.text == country.zh][:1]

    def place_of_list(self, sentence: Sentence, place: Mention, following: list[Mention]) -> list[Fact]:
        """中国企业百度、腾讯和阿里: a place, a description, then the names it describes, up to the
        next place (立陶宛公司A、俄罗斯公司B: B is the next place's); not where a word aiming an act
        at the names opens the description (Getty在英国对人工智能公司X提起诉讼: 英国 is where the
        suit is, not X's seat: context.tsv act_target)."""
        # 日本发行量最大的报业集团《某某新闻》: the title mark opening the first name is no word of the description
        gap = sentence.text[place.end:following[0].start].strip().rstrip(TITLE_OPENING).rstrip() if following else ""
        if not following or gap.startswith(self.act_targets) or not (self.descriptions.describes(gap) or
                                                                     self.titled_list(sentence, gap, following)):
            return []
        members = self.listed(sentence, place, following)
        if not gap:  # 美国「华尔街日报」与「纽约邮报」: the first name the place's own (above), the rest title-marked like it
            members = list(itertools.takewhile(lambda m: self.title_marked(sentence.text, m), members))[1:]
        members = self.until_another(sentence.text, members, following)
        return [Fact(member, "jurisdiction", place, sentence.evidence, 0.7) for member in members]

    def listed(self, sentence: Sentence, place: Mention, following: list[Mention]) -> list[Mention]:
        """The companies and organisations listed from the first of ``following`` on, within the
        clause of ``place``."""
        return self.grammar.group(sentence.text, following, {"Company", "Organization"}, from_right=False,
                                  stop=self.grammar.clause_end(sentence.text, place.end, sentence.evidence.end))

    def until_another(self, text: str, members: list[Mention], following: list[Mention]) -> list[Mention]:
        """The members of a list up to a partner's name (德国车企大众汽车与英伟达合作: a name after 与
        is a partner's, not one the list's place describes) or another place's (立陶宛公司A、俄罗斯公司B
        和德州公司C: a member after another place is that place's, and so are those after it)."""
        return members[:next((i for i, (a, b) in enumerate(zip(members, members[1:]), 1)
                              if self.partner.search(text, a.end, b.start)
                              or any(m.type == "Jurisdiction" and a.end <= m.start and m.end <= b.start
                                     for m in following)), len(members))]

    def listed_after_place(self, sentence: Sentence, place: Mention, following: list[Mention]) -> list[Fact]:
        """日本的读卖新闻、日经新闻和朝日新闻: a place right before a company's name (after 的 at most)
        is the place of the companies listed with it too (place/list), up to a partner (与, 携手) or
        the next place (美国的A和B、中国的C: C is China's)."""
        text, first = sentence.text, following[0]
        if first.type not in SEATED or self.title_marked(text, first):
            return []  # 美国「华尔街日报」与「纽约邮报」: titled_list reads title-marked ones
        members = self.listed(sentence, place, following)
        if not members or members[0] is not first:
            return []
        members = self.until_another(text, members, following)
        return [Fact(member, "jurisdiction", place, sentence.evidence, 0.75, rule="place/list")
                for member in members[1:] if not self.shared.leading_places(member)]

    def titled_list(self, sentence: Sentence, gap: str, following: list[Mention]) -> bool:
        """美国「华尔街日报」与「纽约邮报」: a place right before a title-marked name of a company or
        an organisation that a title-marked name of the same kind follows, listed with it."""
        text, first = sentence.text, following[0]
        if gap or first.type not in SEATED or not self.title_marked(text, first) or len(following) < 2:
            return False
        second = following[1]
        return second.type in SEATED and self.title_marked(text, second) and \
            LISTED.fullmatch(text, first.end, second.start) is not None

    @staticmethod
    def title_marked(text: str, mention: Mention) -> bool:
        """Whether a title mark opens the name (《纽约时报》, 「华尔街日报」, “X”)."""
        return mention.start > 0 and text[mention.start - 1] in TITLE_OPENING

    def place_has_list(self, sentence: Sentence, place: Mention, following: list[Mention]) -> list[Fact]:
        """北京有百度、抖音和百川智能，上海则有商汤科技和MiniMax: a place opening a clause, 有, then the
        companies it counts among its own."""
        text = sentence.text
        if not following or not HAS_LIST.fullmatch(text, place.end, following[0].start) or \
                not CLAUSE_OPENING.fullmatch(text[max(sentence.start, place.start - 1):place.start]):
            return []
        members = self.grammar.group(text, following, {"Company", "Organization"}, from_right=False,
                                     stop=self.grammar.clause_end(text, place.end, sentence.evidence.end))
        return [Fact(member, "jurisdiction", place, sentence.evidence, 0.7) for member in members]

    def place_after_list(self, sentence: Sentence, place: Mention, preceding: list[Mention]) -> list[Fact]:
        """阿里云、百度云等中国人工智能服务商: names, 等, then a place and a kind of company."""
        text = sentence.text
        if not preceding or not text[preceding[-1].end:place.start].strip() == "等":
            return []
        if not self.descriptions.kind_after.match(text, place.end):
            return []
        members = self.grammar.group(text, preceding, {"Company", "Organization"}, from_right=True)
        return [Fact(member, "jurisdiction", place, sentence.evidence, 0.7) for member in members]

