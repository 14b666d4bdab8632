"""Unknown names typed by their last word (data/lexicon/suffixes.tsv): 湖北省十堰市中级人民
法院 is a Court, 浙江省经济和信息化厅 a Regulator, 星河科技公司 a Company.  From the
suffix token the name reaches left over name-like tokens, stopping at punctuation,
numbers and boundary words (verbs, function words); a description (唱片公司) is no name."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..alternation import alternatives
from ..model import Mention
from ..punctuation import APOSTROPHES, NAME_DOTS
from .base import PAREN, Family, Tokens, register
from .english import Headlines, NoNames, english_lexicon, pairs
from .english.shared import _ARTICLES as _ENGLISH_ARTICLES
from .words import CJK, CJK_CHARACTER, COMMON_FREQUENCY, COMMON_LATIN, FUNCTION_CHARS, NUMERAL_WORD, Words, body_heads, plain_frequency

STATE_BODIES = ("Regulator", "Legislature", "Court")
_EACH = frozenset("各该本每诸此")  # 各级法院, 该部: words making what follows every or that one body of a kind
_LEADING_JUNK = FUNCTION_CHARS | {"诉", "以"}  # what may stand glued before a name: 由明川…, 诉某…, 以特专…
# 贸仲由中国国际贸易促进委员会: a preposition jieba glued onto the word before a name (贸仲由); never a name's
# last character where a place or a known name follows it
_TRAILING_PREPOSITIONS = frozenset("由被向对与在将把")
OWN_NAME_CHARS = 5  # the shortest own name of a body named after its country (通信与信息部)
OWN_REMITS_CHARS = 4  # two remit words (科技创新部, 数字产业部): an own name of ordinary words, no description
REGISTERED_CHARS = 12  # the longest words of a registered name's trade between its place and its own words (城市建设投资)
UNIT_CHARS = 16  # the longest own name of a unit the walk goes on over a verb for (文化审议会著作权分科会法制度小委员会: 15 before 委员会)
UNIT_PARENTS = frozenset({*STATE_BODIES, "Organization"})  # a company's name runs on into what it does (英特尔合作开发…中心)
_NAME_PARTICLES = frozenset("of and for de la the &".split())  # lower-case words inside an English name
# 魔珐（上海）信息科技有限公司: a registered name's part in brackets, its place (kg.facts.place reads it too)
BRACKETED_PART = re.compile(r"[（(]([^（）()]+)[）)]")
# 北京市第十六届人民代表大会: the legislature's term inside its name; 犹他州第三地区法院: the
# ordinal numbering one of a place's courts or districts
_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+届?")
_UNIT_CONJUNCTION = re.compile("[和及与]")  # 数据安全中心和算法评估中心: two units of one body, listed
# (the patterns the walk and the judgement test at every suffix word, compiled once)
_CJK_RUN = re.compile(f"[{CJK}]+")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w.&'-]*")
_LOWER_WORD = re.compile(r"[a-z][a-z'-]*")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CAPITAL = re.compile(r"[A-Z]")
_CAPITAL_LETTERS = re.compile(r"[A-Z][A-Za-z]")
_OWN_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z][A-Za-z0-9]+$")
_PERSON_AFTER = re.compile(r"[ \t]+[A-Z][\w'’.-]*[ \t]+[A-Z]")  # FTC Commissioner Jane Roe: a name of two words after a title


# a sentence's article, no word of a name: the English families' articles, and THE
_ARTICLES = frozenset((*_ENGLISH_ARTICLES, "THE"))
_CLAUSE_MARKS = frozenset("，,。；;：:、（(【「“\"|｜·")  # what opens a clause before a name
_BOUND_TAGS = frozenset({"q", "zg", "g", "ng"})  # a measure word, a bound morpheme: no word of its own


_STOP = object()  # a step of the walk that ends it


@register
class SuffixNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self._read_name_words(words)
        self._read_unit_words(words)
        self._read_descriptions(words)
        self._read_kinds(words)
        self._read_registered_forms(words)
        self._read_boundaries(words)
        self._read_english(words)

    def _read_name_words(self, words: Words) -> None:
        """Words that open a body's own name, and the remits and trades inside one."""
        # words a name may start with before 与/和 (国家信息与自由委员会): places, and 国家, 联邦…
        self.place_starts = {name for name, _ in words.kb.jurisdiction_names} | set(words.context["name_start"])
        # 全国作家和作曲家联合会, 中华医学会, 国际出版商协会: words that open a body's own name
        # (not 国家, 联邦: 国家监管机构 describes); the walk goes over them though 全国 is a boundary
        self.name_starts = frozenset(words.context["name_start"])
        # 中级人民法院, 互联网法院: a court of China's system, which a place's name opens (not 温哥华法院)
        self.peoples_court = tuple(suffix for suffix, type_, _ in words.kb.suffixes
                                   if type_ == "Court" and suffix.endswith("法院") and len(suffix) > 2)
        self.openers = self.name_starts - words.kb.generic_words
        # 法国全国出版联合会: a trade (a verb to jieba) between an opener or a place and the kind
        self.trades = frozenset(words.context["trade"])
        # 运营公司伊普西龙信息科技有限公司: a company's kind after a verb (运营, 开发) describes the name after it
        self.kind_words = frozenset(word for word in words.context["company_word"] if not word.isascii())
        # 人工智能安全与安保委员会: two remits joined by 与/和 inside one body's name
        self.remits = frozenset(words.context["remit"])

    def _read_unit_words(self, words: Words) -> None:
        """Words after which a unit or a joined body is named by ordinary words."""
        # 英国科学、创新和技术部下属人工智能安全研究所: after these a unit is named by ordinary words;
        # 旗下拥有星海科技: a verb of holding after the unit word opens no unit's name
        unit_word = f"(?:{alternatives(words.context['unit_of'])})(?:{alternatives(words.context['unit_holding'])})?"
        self.unit_after = re.compile(f"{unit_word}$")
        # 加入开放智能联盟, 举办人工智能安全国际对话: a body one joins or holds is named by ordinary words
        self.joined_by = re.compile(f"(?:{alternatives(words.context['joined_by'])})$")
        # (both match words at the end of what they search: searched over the last few characters,
        # the longest match and a newline's ``$``, not from the item's start at each name)
        self.unit_reach = max(map(len, words.context["unit_of"]), default=0) \
            + max(map(len, words.context["unit_holding"]), default=0) + 1
        self.joined_reach = max(map(len, words.context["joined_by"]), default=0) + 1
        self.unit_name = re.compile(f"{unit_word}(?![的立置])([{CJK}A-Za-z]{{0,12}})$")

    def _read_descriptions(self, words: Words) -> None:
        """Words that make a name a description: a place and a kind of body, anonymous bodies."""
        self.place_court = frozenset(words.context["place_court"])
        # 印尼监管机构, 欧美监管机构: a country and a kind of body describe a body, they name none
        self.place_kinds = frozenset(words.context["place_kind"])
        # 意大利隐私监管机构: a remit between them describes too
        self._placed_words = sorted(self.place_court | self.place_kinds | self.remits | {"和", "与", "及", "、"},
                                    key=len, reverse=True)
        self.description_heads = frozenset(words.context["description_head"])
        self.anonymous = tuple(words.context["anonymous"])
        # Seed团队, 小米大模型Core团队: a team is named by a capitalised Latin word before its suffix (HR团队, 律所的
        # 科技团队 are descriptions)
        self.latin_named = tuple(words.context["latin_named_suffix"])
        # 台中市刑大: a body named only where a known place opens its name (南溟刑大: none)
        self.place_only = frozenset(words.context["place_only_suffix"])
        self.honorifics = tuple(words.context["honorific"])

    def _read_kinds(self, words: Words) -> None:
        """Kinds of bodies and persons a name's last words say: models, offices, associations, schools."""
        # 大模型, 模型: a word saying what a model is, after a company's or a model's own name
        self.model_words = frozenset(word for word in words.context["model_word"] if not word.isascii())
        self.held_offices = frozenset(words.context["held_office"])
        self.staff_titles = frozenset(words.context["staff_title"])
        self.surnames = frozenset("".join(words.context["surname"]))
        self.nonprofits = tuple(words.context["nonprofit_suffix"])
        self.place_associations = frozenset(words.context["place_association"])
        # 银行公会, 投信投顾公会: a trade's own association, named by the trade alone
        self.guild_trades = frozenset(words.context["trade_guild"])
        self.guild_suffixes = frozenset(words.context["trade_guild_suffix"])
        # 湖南日报, 法国电视台: an outlet named by its place (context.tsv paper_end)
        self.paper_ends = frozenset(words.context["paper_end"])
        self.paper_place_words = int(words.context["paper_place_words"][0])
        self.association_levels = tuple(words.context["place_association_level"])
        self.school_kinds = frozenset(words.context["university_kind"])
        self.office_levels = tuple(words.context["place_office_level"])
        self.school_fields = frozenset(words.context["university_field"])
        self.chambers = frozenset(words.context["place_chamber"])
        # 跨四省, 五省: a numeral before a place's kind word counts places (context.tsv counted_place)
        self.counted_places = frozenset("".join(words.context["counted_place"]))
        # CNBC电视台: what kind of outlet a known one is, after its name (context.tsv outlet_kind)
        self.outlet_kinds = frozenset(words.context.get("outlet_kind", ()))

    def _read_registered_forms(self, words: Words) -> None:
        """A company's registered forms, its bracketed parts and short trade names."""
        # 北京深言网络技术有限公司: a registered form after a brand of ordinary words is a name
        self.registered_forms = tuple(words.context["registered_form"])
        # 远帆投资基金合伙企业（有限合伙）: a partnership's form in brackets after its name, part of it
        self.registered_tail = re.compile(alternatives(words.context["registered_tail"]))
        # 上海青岚（集团）有限公司: words of a registered name's kind, not a place, in its brackets
        self.bracketed_forms = frozenset(words.context["bracketed_form"])
        # 国家集成电路产业投资基金三期股份有限公司: a known fund's phase, then its registered form
        self.fund_phases = frozenset(words.context["fund_phase"])
        # 该国数字产业部: words standing for a country named before
        self.country_references = frozenset(words.context["country_reference"])
        # 科技创新部 … 科技创新部部长: (a body's last character, its head's title), the longest title first
        self.head_titles = body_heads(words.context["body_head"])
        # 远景科技, 星河科技: a trade suffix two characters of their own make a name before (公司 after two
        # characters is as often a description: 寿险公司, 新创公司)
        self.short_name_suffixes = frozenset(words.context["short_name_suffix"])

    def _read_boundaries(self, words: Words) -> None:
        """Where a name stops: words that name nothing, boundary words, clause tags."""
        self.no_names = NoNames(words.kb)
        # 领投 in 腾讯领投海川科技, cut by jieba as 领 / 投海: boundary words a name's start may fall inside
        long_boundaries = [word for word in words.boundaries if len(word) > 1 and _CJK_RUN.fullmatch(word)]
        self.long_boundaries = re.compile(alternatives(long_boundaries))
        self.longest_boundary = max(map(len, long_boundaries))
        # 下设 then 立 is 设立 ("set up": 在数字部之下设立国家人工智能办公室), no unit word
        self.clause_tags = frozenset({"v", "vd", "d", "p", "c", "r", "u", "uj", "ul", "m", "t"})  # no unit's name opens so
        self.place_clause_tags = self.clause_tags - {"v", "vd", "d"}  # 安大略省立法议会: 立法 is an adverb to jieba

    def _read_english(self, words: Words) -> None:
        """English words a body's name holds or runs on over, and titles that are no remit."""
        english = english_lexicon(words.kb)
        # Bank of America Corp., Council of the Inns of Court: what a body's name may hold before "of"
        self.bodies_before_of = frozenset(english["body_of"]) | frozenset(pairs(english["body_head"])) | frozenset(english["unit_head"])
        # Harbor Line News Service: an outlet's name goes on over a word after its suffix word
        self.outlet_tail = re.compile(rf"[ \t]+(?:{alternatives(english['outlet_tail'])})(?![\w&-])")
        self.person_roles = frozenset(english["person_role"])  # an office's word that is also a person's title (Commissioner)
        self.english_chambers = frozenset(english["chamber"])  # the House and Senate: two chambers, no name of one
        self.ranks = frozenset(english["office_modifier"])  # Deputy Commissioner: a rank before it, no remit naming an office
        self.possessive_inside = frozenset(english["possessive_inside"])  # the Shanzu Magistrate’s Court: its own word
        self.possessive_opening = frozenset(english["possessive_opening"])  # the Children's Court: its first word
        self.headline = Headlines(english)  # a title-case headline, whose kind word reaches over its other words

    def opening_character(self, words: list[str], start: int) -> bool:
        """Whether the word before ``start`` is one character jieba reads as a measure word or a
        bound morpheme (泓, 砺: q, zg, g) opening the line or the clause, where no number or
        demonstrative stands before it to make it one (两家证券研究所 is tokenised 两家): the
        first character of the name."""
        previous = words[start - 1]
        opened = start == 1 or not words[start - 2].strip() or words[start - 2] in _CLAUSE_MARKS
        return opened and len(previous) == 1 and CJK_CHARACTER.fullmatch(previous) is not None \
            and self.words.tags.get(previous) in _BOUND_TAGS

    def state_body(self, word: str) -> bool:
        """综合司, 办公厅: a word a state body's name ends with."""
        match = self.words.suffix_of(word)
        return match is not None and match[1] in STATE_BODIES and len(word) > len(match[0])

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        vocabulary = self.words
        words, kinds, spaced = tokens.words, tokens.kinds, tokens.spaced
        ends = vocabulary.suffixes_by_last
        for index in [i for i, word in enumerate(words) if word[-1] in ends]:  # a cheap test first
            word = words[index]
            match = vocabulary.suffix_of(word)
            if match is None:
                continue
            suffix, type_, _ = match
            if type_ == "AIModel" and word == suffix and index and spaced[index - 1] and kinds[index - 1] == "AIModel":
                continue  # ChatGPT 助手: a known model and a word saying what it is, not a longer name
            if word == suffix and index and vocabulary.tags.get(word, "n")[0] == "v" and (
                    kinds[index - 1] or self.state_body(words[index - 1])):
                continue  # 标委会组织编制, 国家疾控局综合司组织有关单位: after a body's name, 组织 is the verb "organise"
            if self.person_with_title(tokens, index, suffix) or self.staff_of_body(words, index, suffix):
                continue
            if word == suffix and len(suffix) == 1 and index and kinds[index - 1] == "Person":
                continue  # 提交至州长加文·纽森处: 处 after a person's name is the person's place, no office
            if len(suffix) == 1 and word != suffix and vocabulary.tags.get(word, "n")[:1] in ("v", "l", "i"):
                continue  # 警方依法查处: an idiom or a verb that ends in 处 or 局 names no office
            if type_ == "Jurisdiction" and len(word) > len(suffix) and word[-len(suffix) - 1] in self.counted_places:
                continue  # 警方跨四省六地: four provinces, no province's name
            start, conjunction, enumerated, traded = self.walk(tokens, index, suffix, type_)
            start, begin, end, glossed, short, listed = self.bounds(text, tokens, index, word, suffix, type_, start, conjunction, enumerated)
            found += self.judged(text, tokens, (index, word, match), (start, begin, end, glossed, short, listed),
                                 conjunction, enumerated, traded)
        return found

    def walk(self, tokens: Tokens, index: int, suffix: str, type_: str) -> tuple[int, int | None, bool, bool]:
        """Where the name ending in the suffix word at ``index`` starts, walking back over the words
        a name holds, and what the walk met: a conjunction inside the name (its token), remits
        listed (enumerated) and a brand and its trade (traded)."""
        start, conjunction, enumerated, traded = index, None, False, False
        reach = index  # where the name's length is counted from: the owner of a possessive inside it, once crossed
        while start > 0:
            if suffix.isascii() and (owner := self.owner_inside(tokens, start)) is not None:
                start = reach = owner  # the Shanzu Magistrate’s Court, the Magistrates’ Court: the possessive is the name's
                continue
            step = self.joined_step(tokens, start, index, suffix, type_, conjunction)
            if step is _STOP:
                break
            if step is not None:
                start, conjunction, joined_remits = step
                enumerated = enumerated or joined_remits
                continue
            start, stop, traded = self.plain_step(tokens, start, index, suffix, type_, traded, reach)
            if stop:
                break
        return start, conjunction, enumerated, traded

    def joined_step(self, tokens: Tokens, start: int, index: int, suffix: str, type_: str,
                    conjunction: int | None) -> tuple[int, int | None, bool] | object | None:
        """A step of the walk over what joins a name's parts (a place in brackets, a fund's phase,
        listed remits, a conjunction, a hyphen or a dot, an adjective): (the new start, the
        conjunction, whether remits were listed); _STOP where the name cannot go on; None where
        no such part stands before ``start``."""
        words, kinds, spaced = tokens.words, tokens.kinds, tokens.spaced
        vocabulary = self.words
        previous = words[start - 1]
        national = previous in self.name_starts and start == index and bool(kinds[index]) and type_ in STATE_BODIES
        if kinds[index] and not kinds[start - 1] and not national:
            # 需提交西班牙议会: before a known name only places and names go with it; but
            # 国家 before one names another body (国家人工智能办公室, not the EU's 人工智能办公室)
            return _STOP
        if previous.endswith(self.honorifics):
            return _STOP  # 借用郭先生公司的账户: a person called by an honorific names no company
        if kinds[start - 1] in STATE_BODIES and type_ in ("Company", "AIModel"):
            return _STOP  # 英国首相科技顾问: a state body begins no company's name
        if kinds[index] and kinds[start - 1] in ("Organization", "Company") and type_ in STATE_BODIES:
            return _STOP  # 民进党立法院党团: a party or a firm before a known state body is no part of its name
        if type_ == "Company" and suffix not in self.registered_forms \
                and (vocabulary.suffix_of(previous) or ("", ""))[1] == "Organization":
            return _STOP  # 明川律师事务所科技团队: the firm's name ends before its practice group's
        if self.bracketed_place(words, kinds, start, suffix):
            return start - 3, conjunction, False  # 魔珐（上海）信息科技有限公司: the registered place in brackets inside the name
        if previous in self.fund_phases and start > 1 and suffix in self.registered_forms \
                and (kinds[start - 2] or vocabulary.name_like(words[start - 2])):
            return start - 1, conjunction, False  # 国家集成电路产业投资基金三期股份有限公司: a fund's phase registered on its own
        if previous == "、" and conjunction is not None and type_ in STATE_BODIES and start > 1 \
                and self._joins_name(words[start - 2], kinds[start - 2]):
            return start - 1, conjunction, True  # 通信、创新和数字经济部: a ministry's remits listed, the last after 和
        if previous in ("与", "和", "及") and start > 1 and self._joins_name(words[start - 2], kinds[start - 2]):
            return start - 1, start, False  # 国家信息与自由委员会: a conjunction inside one name
        if (previous == "-" or previous in NAME_DOTS) and start > 1 and _CJK_RUN.fullmatch(words[start - 2]) \
                and vocabulary.name_like(words[start - 2]) \
                and _CJK_RUN.fullmatch(words[start]) and not spaced[start - 1]:
            return start - 2, conjunction, False  # 安迪-沃霍尔基金会: a transliterated name joined by a hyphen or a dot
        if vocabulary.tags.get(previous) == "a" and start > 1 and vocabulary.name_like(words[start - 2]):
            return start - 1, conjunction or start, False  # 北京极佳视界科技: an adjective inside a name
        return None

    def plain_step(self, tokens: Tokens, start: int, index: int, suffix: str, type_: str, traded: bool,
                   reach: int) -> tuple[int, bool, bool]:
        """A step of the walk over a word of the name (or the word it stops at): the new start,
        whether the walk stops there, whether a brand and its trade were met.  The name's length
        is counted from ``reach`` (the suffix word's token, or the owner of a possessive inside the name)."""
        words, offsets, kinds, spaced = tokens.words, tokens.offsets, tokens.kinds, tokens.spaced
        vocabulary = self.words
        previous = words[start - 1]
        national = previous in self.name_starts and start == index and bool(kinds[index]) and type_ in STATE_BODIES
        before = [word for word in words[max(0, start - 3):start - 1] if word.strip()]
        numbered = suffix.isascii() and previous.isdigit() and bool(before) \
            and _CAPITALISED_WORD.fullmatch(before[-1])  # Strike 3 Holdings: a number inside an English name
        # 云岭出版集团: a brand and its trade right before a company's suffix
        brand_trade = previous in self.trades and start == index and start > 1 \
            and self.traded_brand(words[start - 2], kinds[start - 2], type_)
        traded = traded or brand_trade
        trade = brand_trade or previous in self.trades and start > 1 and (
            words[start - 2] in self.openers or kinds[start - 2] == "Jurisdiction")
        # 北京市第十六届人民代表大会常务委员会, 犹他州第三地区法院: a term's or a court's
        # ordinal between a place and its body
        session = type_ in STATE_BODIES and start > 1 and kinds[start - 2] == "Jurisdiction" \
            and _SESSION.fullmatch(previous) is not None
        if self.court_before(tokens, start, index, type_):
            return start, True, traded  # 杭州互联网法院浙江省杭州市中级人民法院: two courts written together
        if self.body_before_place(tokens, start, type_):
            return start, True, traded  # 法务部调查局高雄市调查处: a body, then a city's office of its own
        if self.opening_character(words, start):
            start -= 1  # 泓嘉证券研究所 at a line's start: jieba reads 泓 as a measure word
            return start, True, traded
        if type_ in ("Company", "Organization") and (place := self.coined_place(tokens, start)) is not None:
            return place, True, traded  # 上海黑也文化传播公司: a place and a coined brand open the name
        if not (vocabulary.name_like(previous) or kinds[start - 1] or numbered or trade or national or session
                or previous in self.openers or previous in self.remits) \
                or offsets[reach] - offsets[start - 1] > 24:
            start = self.registered_start(tokens, start, suffix)
            return start, True, traded
        if suffix.isascii() and previous in ("the", "a", "an") and \
                next((w for w in reversed(words[:start - 1]) if w.strip()), "") not in _NAME_PARTICLES:
            return start, True, traded  # On Tuesday the Missouri Court: an article, unless after "of" (Council of the…), opens the name after it
        if suffix.isascii() and previous[:1].islower() and previous not in _NAME_PARTICLES:
            return start, True, traded  # It also ordered OpenAI Inc: an English name is capitalised words
        if suffix.isascii() and previous == "of" and not self.body_before_of(words[:start - 1]):
            return start, True, traded  # Justice Karen Holt of the Federal Court: the name before "of" is a person's, not a body's
        if suffix.isascii() and (CJK_CHARACTER.search(previous) or previous == "and" and (
                kinds[start - 2] or vocabulary.suffix_of(words[start - 2]) is not None
                or words[start - 2] in self.english_chambers)):
            return start, True, traded  # 医疗人工智能公司Pieces Technologies, Andreessen Horowitz and Capital Group: two names
            # (and A Productions and B Games: the word before "and" ends a name of its own; the House and Senate)
        if spaced[start - 1] and CJK_CHARACTER.search(previous):
            return start, True, traded  # 日本视觉传播公司 Amana 株式会社: the name starts after the space
        if not suffix.isascii() and _LOWER_WORD.fullmatch(previous):
            return start, True, traded  # poured $1 billion into 北辰科技: an English sentence's words are no part of a Chinese name
        if previous in self.kind_words and start < index and start > 1 and suffix in self.registered_forms \
                and vocabulary.tags.get(words[start - 2], "")[:1] == "v":
            return start, True, traded  # 运营公司伊普西龙信息科技有限公司: the operating company, then its registered name
        if type_ == "Jurisdiction" and vocabulary.kb.lookup(previous):
            return start, True, traded  # 广东省深圳市: two places, not one
        if kinds[start] == "Jurisdiction" and start < index and previous in vocabulary.lexicon_words:
            return start, True, traded  # 非营利机构加拿大法律信息研究所: a kind of body describing the place-led name after it
        return start - 1, False, traded

    def court_before(self, tokens: Tokens, start: int, index: int, type_: str) -> bool:
        """Whether a court's name ends right before the court named from ``start`` on, a known
        court or a place's people's court: the two courts of a case's two instances written
        together (杭州互联网法院浙江省杭州市中级人民法院) are two names; a court's chamber
        (最高人民法院知识产权法庭) opens with no place and stays its court's unit, and so does a
        registry a place names (卑诗省最高法院温哥华法院)."""
        kind = tokens.kinds[start]
        if type_ != "Court" or start == 0 or not (
                kind == "Court" or kind == "Jurisdiction" and tokens.words[index].endswith(self.peoples_court)):
            return False
        return (self.words.suffix_of(tokens.words[start - 1]) or ("", ""))[1] == "Court"

    def body_before_place(self, tokens: Tokens, start: int, type_: str) -> bool:
        """Whether a state body's name ends right before the city, county or province (its full
        name: context.tsv place_office_level) that opens a state body's name at ``start``: a bureau
        and its field office in a city written together (法务部调查局高雄市调查处, 广东省公安厅深圳市
        公安局) are two bodies; a district's short name after a city's bureau opens its branch's
        name (上海市公安局闵行分局: one)."""
        if type_ not in STATE_BODIES or start == 0:
            return False
        word, kind = tokens.words[start], tokens.kinds[start]
        opening = self.words.kb.place_prefix(word) if kind in STATE_BODIES else None
        placed = word if kind == "Jurisdiction" else opening[0] if opening is not None else ""
        if not placed.endswith(self.office_levels):
            return False  # (深圳市公安局 after 广东省公安厅: a known body opening with its city)
        previous = tokens.words[start - 1]
        return tokens.kinds[start - 1] in STATE_BODIES or self.state_body(previous)

    def bounds(self, text: str, tokens: Tokens, index: int, word: str, suffix: str, type_: str, start: int,
               conjunction: int | None, enumerated: bool) -> tuple[int, int, int, bool, bool, bool]:
        """The name's first token, its first and its last character (a coordination, a description,
        words jieba glued onto it left out), whether a gloss follows it, whether it is a short name
        and whether it is listed after a unit's word."""
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        vocabulary = self.words
        end = offsets[index] + len(word)
        if type_ == "Company" and suffix.isascii() and (tail := self.outlet_tail.match(text, end)) is not None:
            end = tail.end()
        if suffix in self.registered_forms and (tail := self.registered_tail.match(text, end)) is not None:
            end = tail.end()
        glossed = bool(PAREN.match(text[end:end + 40]))
        remits = conjunction is not None and {words[conjunction - 2], words[conjunction]} <= self.remits
        # 立法院司法及法制委员会: a legislature's committee named by two remits after it is one name
        committee = kinds[start] == "Legislature" and type_ in STATE_BODIES and not kinds[index]
        if conjunction is not None and words[start] not in self.place_starts and not glossed and not remits \
                and not committee and not enumerated:
            start = conjunction  # 开发者和组织: a coordination, not one name; 公司和知识产权委员会（CIPC）: one
        start = self.with_country(tokens, self.named_unit(text, tokens, start, index, type_), type_)
        # drop leading place-independent junk the walk may have taken
        while start < index and (words[start] in vocabulary.boundaries and words[start] not in self.openers
                                 or not words[start].strip()
                                 or suffix.isascii() and words[start] in ("the", "a", "an")
                                 or suffix.isascii() and type_ in STATE_BODIES and words[start] in ("The", "A", "An")
                                 and (sum(1 for word in words[start + 1:index] if word.strip()) >= 2
                                      or start + 2 == index and kinds[start + 1] != "Jurisdiction")):
            start += 1  # (by the Daily News: the name starts after the article; The Saudi Data Authority said:
            # so does a body's, though not a place's and its kind alone: The Ohio Department is a description,
            # The High Court a court's name)
        start = self.after_glued_preposition(text, tokens, start, index)
        # 蓝海 is a place's word to jieba: a place and a suffix alone make no name, so a short one may
        short = not any(kinds[i] or self.words.proper(words[i]) and self.words.tags.get(words[i]) != "ns"
                        for i in range(start, index)) and self.short_name(tokens, index, suffix)
        if short:
            start = index - 1  # 投资星河科技, 和启航科技联合: two characters and 科技 between a cue and a verb
        begin = offsets[start]
        glued = [i for i in range(start, index) if words[i][0] in _LEADING_JUNK and len(words[i]) > 1
                 and vocabulary.tags.get(words[i]) is None]
        if glued:  # 本周报由明川律师事务所, 从州法院, 这是卓汇: jieba ran function words or a verb into the name
            token = words[glued[-1]]
            begin = offsets[glued[-1]] + len(token) - len(token.lstrip("".join(_LEADING_JUNK)))
        # 星汇网由星汇传媒科技有限公司运营 (星汇 / 网由星汇 / 传媒…): the outlet's last word and 由 glued onto the name
        inside = [i for i in range(start, index) if "由" in words[i][1:-1] and vocabulary.tags.get(words[i]) is None
                  and not kinds[i]]  # (自由时报有限公司: a known name holds it)
        if inside and offsets[inside[-1]] + words[inside[-1]].rindex("由") + 1 > begin:
            begin = offsets[inside[-1]] + words[inside[-1]].rindex("由") + 1
        begin, listed = self.unit_start(text, begin)
        begin = self.after_description(text, tokens, start, index, begin)
        begin = self.after_cut_boundary(text, tokens, begin, offsets[index])
        return start, begin, end, glossed, short, listed

    def judged(self, text: str, tokens: Tokens, suffixed: tuple[int, str, tuple], span: tuple, conjunction: int | None,
               enumerated: bool, traded: bool) -> list[Mention]:
        """The name the walk found, where it is one (a description names none, or only the place in
        it), typed, with its known entry where the knowledge base has it."""
        index, word, (suffix, type_, min_prefix) = suffixed
        start, begin, end, glossed, short, listed = span
        name = text[begin:end]
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        vocabulary = self.words
        if name.startswith(self.anonymous) or text.endswith(self.anonymous, 0, begin) \
                or CJK_CHARACTER.search(name) and any(mark in name for mark in self.anonymous):
            return []  # 某人工智能公司, 诉某科技公司, 广东深圳某自媒体公司: a party the text leaves unnamed
        # 旗下的人工智能公司 xAI: a description of the name right after it, though after 旗下
        describes = index + 1 < len(words) and bool(kinds[index + 1] or _LATIN_LETTER.match(words[index + 1]))
        unit = (bool(self.unit_after.search(text, max(0, begin - self.unit_reach), begin)) or listed) and not describes
        joined = type_ == "Organization" and len(name) - len(suffix) >= 4 \
            and bool(self.joined_by.search(text, max(0, begin - self.joined_reach), begin))
        if type_ == "AIModel" and not suffix.isascii() and describes and _LATIN_LETTER.match(words[index + 1]):
            return []  # 通用具身基座大模型GO-1: a kind of model describing the Latin name after it
        if type_ == "AIModel" and word == suffix and start == index - 1 and kinds[start] == "Company" \
                and suffix in self.model_words:
            return []  # 字节跳动大模型: a known company's model, described by its kind; the company is named
        if type_ == "Company" and suffix in self.outlet_kinds and word == suffix and start == index - 1 \
                and kinds[start] == "Company":
            return []  # 根据CNBC电视台报导: the known outlet, its kind after it; the known name is the name
        if type_ == "Company" and describes and self.described_trade(name, suffix):
            return []  # AI投研初创公司Pluto Capital: a trade and a kind of company describing the name after it
        if suffix in self.latin_named and not _OWN_LATIN_WORD.search(name[:-len(suffix)]):
            return []
        if suffix in self.place_only and (start >= index or kinds[start] != "Jurisdiction"):
            return []  # 南溟刑大: the brigade of no place the knowledge base knows
        if suffix in self.person_roles and (_PERSON_AFTER.match(text, end) or set(name[:-len(suffix)].split()) <= self.ranks):
            return []  # FTC Commissioner Jane Roe: the title of the person named after it; a Deputy Commissioner: a rank
        referred = self.country_named(tokens, start, name, type_) or self.headed(text, name, type_)
        if len(name) - len(suffix) < min_prefix or vocabulary.generic(name, suffix) and not (
                unit and len(name) - len(suffix) >= 4) and not referred:
            return []
        # 一家国际律师事务所: an opener after a count describes
        counted = start > 0 and NUMERAL_WORD.match(words[start - 1]) and not words[start - 1].isdigit()
        proper = [i for i in range(start, index) if vocabulary.proper(words[i]) or kinds[i]
                  or words[i] in self.openers and type_ != "Company" and not counted]
        if type_ not in ("Regulator", "Legislature", "Court", "Jurisdiction"):
            # 日本视觉传播公司, 中国AI大模型: a place and a description name no company or model
            proper = [i for i in proper if kinds[i] != "Jurisdiction" and vocabulary.tags.get(words[i]) != "ns"]
        if type_ == "Court" and not glossed and self.place_description(name, suffix):
            return []
        if suffix in self.place_kinds and not glossed and self.placed_kind(name, suffix):
            return []
        national = start < index and words[start] in self.name_starts and bool(kinds[index]) and type_ in STATE_BODIES
        if not glossed and not proper and not short and not self.placed_association(tokens, start, index, suffix) \
                and not self.trade_guild(tokens, start, index, suffix) and not self.placed_outlet(name, suffix) \
                and not self.placed_school(name, suffix) \
                and not self.place_chamber(tokens, start, index) and not self.joined_fields(tokens, start, conjunction, type_) \
                and not self.proper_head(word, suffix, type_) \
                and not self.dictionary_body(text, tokens, index, suffix, type_, start) and not unit and not national and not (self.registered(name) and not counted) \
                and not enumerated and not referred and not joined and not traded \
                and not self.coined(tokens, start, index):
            # 原告公司, 领域人工智能公司: a description, unless a proper name, an alias or 下属
            # is there; the place in one (美国公司 as one word) is named, for the name it describes
            return self.described_place(word, suffix, offsets[index])
        if name.isascii() and (not _CAPITAL.match(name) or self.no_names(text, begin, end) or (
                self.headline.only_here(text, begin, end) and not self.headline.letterhead(text, begin, end))):
            return []  # Local News > Housing: a breadcrumb's step (kg.mentions.english NoNames); a headline's words (Headlines)
        if index + 1 < len(words) and kinds[index + 1] == type_ and self.place_description(name, suffix, generic=True):
            return []  # 法国数据保护监管机构国家信息与自由委员会: a description of the known name after it
        if type_ == "Company" and index + 1 < len(words) and self.country_trade(name, suffix) and (
                kinds[index + 1] == type_ or _CAPITAL_LETTERS.match(words[index + 1])):
            return self.described_place(word, suffix, offsets[index])  # 美国网约车公司Lyft: a country and a trade describe the company named right after them
        type_ = self.parents_kind(name, type_)
        known = self.known_after_places(tokens, start, index)
        if known is not None and self.words.kb.placed_elsewhere(name, self.words.kb.entries[known[1]]):
            known = None  # 越南工业和信息化部: Vietnam's ministry, not China's 工信部 its last words name
        if known is not None and known[0] not in STATE_BODIES and self.placed_outlet(name, suffix):
            return [self.mention(name, known[0], begin, end, 0.9, kb_id=known[1])]  # 日本某某新闻社: the known paper's name with its place
        if known is not None and known[0] not in STATE_BODIES:
            return []  # 日本软银集团: the place describes the known company, each is named on its own
        if known is not None:  # 美国 + 得克萨斯州州长: the known body with its country's name before it
            return [self.mention(name, known[0], begin, end, 0.9, kb_id=known[1],
                           aliases=self.without_country(name, known[0]))]
        return [self.mention(name, type_, begin, end, 0.75, aliases=self.without_country(name, type_)
                             or self.own_name(name, type_) or self.model_stem(tokens, name, index, suffix, type_))]

    def model_stem(self, tokens: Tokens, name: str, index: int, suffix: str, type_: str) -> tuple[str, ...]:
        """R1大模型, GPT-4o大模型, 豆包大模型: a model's own name (Latin words, or one known model)
        and the word saying what it is; the text names the model both ways, the own name is kept too."""
        if type_ != "AIModel" or suffix not in self.model_words or tokens.words[index] != suffix:
            return ()
        own = name[:-len(suffix)].strip()
        latin = re.fullmatch(r"[A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z0-9][A-Za-z0-9.+-]*){0,2}", own) is not None
        known = index and tokens.kinds[index - 1] == "AIModel" and tokens.words[index - 1] == own
        return (own,) if (latin and re.search(r"[A-Z\d]", own)) or known else ()


    def after_glued_preposition(self, text: str, tokens: Tokens, start: int, index: int) -> int:
        """The token a name starts at that a word jieba ran together with a preposition stands
        before (贸仲由 / 中国国际贸易促进委员会, 华仲向 / 北京市…法院): the one after that word,
        where a place or a known name begins there (the rest of the name stands on its own);
        else ``start``.  A word of the dictionary ending so (自由, 理由) is one word, no preposition."""
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        suffix = (self.words.suffix_of(words[index]) or ("",))[0]
        for at in range(index - 1, start - 1, -1):
            word = words[at]
            if len(word) > 1 and word[-1] in _TRAILING_PREPOSITIONS and not kinds[at] \
                    and (plain_frequency(word) == 0 or self.cut_noun_before(words, at)) \
                    and (kinds[at + 1] or self.words.kb.place_prefix(text[offsets[at + 1]:]) is not None
                         or suffix and self.words.generic(text[offsets[at + 1]:offsets[index] + len(words[index])], suffix)):
                return at + 1  # (和解案向AI公司传递: a description after the glued preposition, no name)
        return start

    @staticmethod
    def cut_noun_before(words: list[str], at: int) -> bool:
        """Whether jieba took the last character of a noun into the word at ``at`` ending in a
        preposition (检 / 方向 / 花莲地院: 检方 + 向; 控 / 方向, 院 / 方向): the word before and that
        character make a word of its dictionary, so the word is no word of its own there."""
        word = words[at]
        return at > 0 and len(word) == 2 and words[at - 1].strip() != "" \
            and plain_frequency(words[at - 1] + word[0]) > 0

    def after_cut_boundary(self, text: str, tokens: Tokens, begin: int, suffix_at: int) -> int:
        """Where a name starts whose first characters end a boundary word (a relation's cue,
        a function word: data/lexicon/boundaries.txt, triggers.tsv) that jieba cut apart
        (腾讯领投海川科技: 领 / 投海 / 川): right after that word, which is never part of a
        name; else ``begin``.  A known name jieba kept whole starting at ``begin`` is no such
        cut word (被告上海蓝云科技: 告上, as in 告上法庭, does not take 上海's 上).  So does a name
        whose first word jieba ran together with the boundary word before it, into one word its
        dictionary does not hold (并报至某管局: 报至某 / 管局)."""
        at_token = bisect_left(tokens.offsets, begin)
        if at_token < len(tokens.offsets) and tokens.offsets[at_token] == begin and tokens.kinds[at_token]:
            return begin
        for at in range(max(0, begin - self.longest_boundary + 1), begin):
            match = self.long_boundaries.match(text, at)
            if match is not None and begin < match.end() < suffix_at:
                return match.end()
        if at_token < len(tokens.offsets) and tokens.offsets[at_token] == begin:
            word = tokens.words[at_token]
            match = self.long_boundaries.match(word)
            if match is not None and match.end() < len(word) and begin + len(word) <= suffix_at \
                    and plain_frequency(word) == 0:
                return begin + match.end()
        return begin

    def short_name(self, tokens: Tokens, index: int, suffix: str) -> bool:
        """远景科技推出, 投资星河科技, A、蓝海科技和启航科技: two characters of no common word
        (jieba's dictionary saw them fewer than COMMON_FREQUENCY times: 远景, 星河, not 金融,
        数字) right before a trade suffix written on its own (context.tsv short_name_suffix)
        are a name where the context marks one: a sentence's start, a mark, a boundary word
        (a cue, 与, 对, 的) or a description (初创公司) before it, and a mark, a boundary word,
        a verb or a number after it."""
        words, kinds = tokens.words, tokens.kinds
        if suffix not in self.short_name_suffixes or words[index] != suffix or index == 0:
            return False
        prefix = words[index - 1]
        tag = self.words.tags.get(prefix, "n")
        if len(prefix) != 2 or not _CJK_RUN.fullmatch(prefix) or kinds[index - 1] or prefix in self.trades \
                or prefix in self.words.boundaries or prefix in self.words.kb.generic_words \
                or not (tag[0] in "nv" or tag in ("j", "s")) or plain_frequency(prefix) >= COMMON_FREQUENCY:
            return False
        before = words[index - 2] if index > 1 else ""
        opened = not re.search(f"[{CJK}A-Za-z0-9]", before) or before in self.words.boundaries \
            or before in self.description_heads or before.endswith("的")
        after = words[index + 1] if index + 1 < len(words) else ""
        closed = not re.search(f"[{CJK}A-Za-z0-9]", after) or after in self.words.boundaries \
            or self.words.tags.get(after, "n")[0] in "vpcdum"
        # 聚焦科技、产业、消费: 科技 listed with other fields (a common noun after the mark) is a field
        listed = after in ("、", "，", ",") and index + 2 < len(words) and self.words.common_noun(words[index + 2])
        return opened and closed and not listed

    def staff_of_body(self, words: list[str], index: int, suffix: str) -> bool:
        """婺城区检察院检察官根据…, 通州区检察院检察官仇怡然, 海淀法院法官: a staff member's title
        (context.tsv staff_title) right after a state body's name is one of the body's people, no
        office of its own (旧金山市检察官, a place's office, is one): the body is the name."""
        if suffix not in self.staff_titles or words[index] != suffix or index == 0:
            return False
        body = self.words.suffix_of(words[index - 1])
        return body is not None and body[1] in STATE_BODIES

    def person_with_title(self, tokens: Tokens, index: int, suffix: str) -> bool:
        """李明市长, 黄彦男部长: a person's name right before the title of the office the person
        holds (context.tsv held_office) names the person, not a body; 台北市长 and 美国司法部长
        (a place before the title) name the office."""
        words, kinds = tokens.words, tokens.kinds
        if words[index] != suffix or suffix not in self.held_offices or index == 0 or kinds[index - 1]:
            return False
        previous = words[index - 1]
        # a surname and one or two characters that jieba does not know as another word (高雄 is a place)
        return len(previous) in (2, 3) and previous[0] in self.surnames \
            and self.words.tags.get(previous, "nr").startswith("nr")

    def named_unit(self, text: str, tokens: Tokens, start: int, index: int, type_: str) -> int:
        """Where a unit's name starts that the walk stopped inside: a body's unit named right
        after the body (内阁府知的财产战略推进事务局, 教育部基础教育教学指导委员会) or after a
        word making it one (总检察长部设立的版权与人工智能咨询小组: context.tsv unit_of) may
        hold words no other name does (a verb: 推进, 咨询; a set phrase: 基础教育).  The walk
        goes on over such words, no boundary, number or mark among them, for a unit's name
        (UNIT_CHARS at most): up to the known body, whose name the unit's then begins with,
        or to the unit word, after which it begins; but not where a verb follows the body
        (英国上诉法院推翻高等法院: the body acts on another), nor where the name the walk found
        opens with a place (刑事局国际刑警科协请泰国移民总局: 泰国移民总局 is a body of its own);
        else ``start`` stays."""
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        if type_ not in STATE_BODIES + ("Organization",) or kinds[index] or (start < index and kinds[start] == "Jurisdiction"):
            return start
        at = start
        while at > 0 and offsets[index] - offsets[at] <= UNIT_CHARS:
            clause = self.words.tags.get(words[at], "n") in self.clause_tags  # 英国上诉法院推翻高等法院: a body that acts
            if at < start and self.unit_after.search(text, max(0, offsets[at] - self.unit_reach), offsets[at]):
                return start if clause else at
            body = next((e for e in tokens.entities_ending(offsets[at]) if e[2] in UNIT_PARENTS), None)
            if body is not None:
                return start if at == start or clause else bisect_left(offsets, body[0])
            if at < start and type_ in STATE_BODIES and (place := self.placed_body(tokens, at)) is not None:
                return bisect_left(offsets, place)
            previous = words[at - 1]
            if not _CJK_RUN.fullmatch(previous) or previous in self.words.boundaries \
                    or all(c in FUNCTION_CHARS for c in previous) or NUMERAL_WORD.match(previous):
                return start
            at -= 1
        return start

    def with_country(self, tokens: Tokens, start: int, type_: str) -> int:
        """美国俄勒冈州马里恩县巡回法院: a court whose name starts at a country's part (a
        state, a province) is named with the country written right before it (the name
        without the country is its alias: without_country); else ``start``.  Not an
        official's (加拿大萨斯喀彻温省司法部长兼总检察长: the office ends further on)."""
        words, kinds = tokens.words, tokens.kinds
        if type_ != "Court" or start == 0 or kinds[start] != "Jurisdiction" or kinds[start - 1] != "Jurisdiction":
            return start
        country, part = self.words.kb.lookup(words[start - 1]), self.words.kb.lookup(words[start])
        if country is None or part is None or part.parent != country.id:
            return start
        return start - 1

    def placed_body(self, tokens: Tokens, at: int) -> int | None:
        """魁北克省信息查阅委员会, 安大略省立法议会: a state body named after its place by
        words of what it does (a verb or an adverb to jieba: 查阅, 立法) starts at the place
        ending right before token ``at``: where that place starts; None where there is none or
        the word after it opens a clause (a preposition, pronoun, particle, number or time:
        美国对其委员会)."""
        word = tokens.words[at]
        tag = self.words.tags.get(word, "n")
        if tag in self.place_clause_tags or tag == "d" and len(word) == 1:
            return None  # 比利时则建议政府: a one-character adverb after the place opens a clause
        return next((e[0] for e in tokens.entities_ending(tokens.offsets[at]) if e[2] == "Jurisdiction"), None)

    def body_before_of(self, words: list[str]) -> bool:
        """Whether the last word before an English name's "of" may open a body's name
        (Bank of America Corp., Council of the Inns of Court; not Holt of the Federal Court)."""
        last = next((word for word in reversed(words) if word.strip()), "")
        return last in self.bodies_before_of or self.words.suffix_of(last) is not None

    def registered_start(self, tokens: Tokens, start: int, suffix: str) -> int:
        """Where a registered name (…有限公司) starts that the walk stopped inside at a word of
        its trade (杭州市城市建设投资集团有限公司, 上海国有资本投资有限公司: 投资, 建设 are verbs
        to jieba): at the place opening it (or 国家, 中华: context.tsv name_start), when only
        Chinese words, no function word, number or mark, stand between that place and the
        walk's stop (nouns, verbal nouns and set phrases, REGISTERED_CHARS at most); else
        ``start``.  A company's registered name opens with its place; a verb that follows a
        name (由…公司, 北京推动…公司) is no trade word, the place being no name's first word."""
        if suffix not in self.registered_forms:
            return start
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        at, verbed = start - 1, False
        while at >= 0 and offsets[start] - offsets[at] <= REGISTERED_CHARS:
            word = words[at]
            if verbed and word.endswith(self.words.kb.legal_forms):
                return start  # 蓝湾集团旗下拥有青石科技有限公司: a body's name before the verb, the verb its clause's
            if kinds[at] == "Jurisdiction" or word in self.name_starts:
                place = at
                while at > 0 and kinds[at - 1] == "Jurisdiction":
                    at -= 1  # 福建省福州市…有限公司: a province and its city open the name together
                opened = at == 0 or not self.words.name_like(words[at - 1]) and not kinds[at - 1]
                # 福州市漫漫拼图出品有限公司: a trade's verb (拼图) stands after the brand (漫漫, an adjective), never right after the place
                # (北京推动…有限公司: the place is the verb's subject)
                acting = self.trade_verb(words[place + 1]) and not self.brand(words[place + 1])
                return at if opened and place < start - 1 and not acting else start
            if at < start and self.brand(word) and not verbed:
                return at  # 上纬投资控股有限公司: a brand jieba does not know opens it, its trade after it
            if at == start - 1 and self.verb_brand(tokens, at):
                return at  # 行吟信息科技（上海）有限公司: a brand jieba reads as a verb, the registered place after its trade
            tag = self.words.tags.get(word, "n")
            if not _CJK_RUN.fullmatch(word) or any(c in FUNCTION_CHARS for c in word) \
                    or NUMERAL_WORD.match(word) or not (tag[:1] == "n" or tag in ("vn", "l") or word in self.trades
                                                        or self.trade_verb(word) or tag == "a" and len(word) >= 2):
                return start
            verbed = verbed or self.trade_verb(word) and word not in self.trades
            at -= 1
        return start

    def trade_verb(self, word: str) -> bool:
        """拼图, 装订: a verb of two characters at least that may name a registered company's trade
        (印刷装订有限公司), no boundary word (起诉, 收购: a clause's verb, no trade)."""
        return len(word) >= 2 and self.words.tags.get(word, "")[:1] == "v" and word not in self.words.boundaries

    def verb_brand(self, tokens: Tokens, at: int) -> bool:
        """Whether the word at ``at``, a verb to jieba (行吟), is the brand opening a registered name
        whose place follows its trade in brackets (行吟 + 信息科技（上海）有限公司): a Chinese word of two
        characters at least, no boundary word (起诉, 收购), with no name's word before it but a word for a
        company (主体公司行吟…)."""
        words, kinds = tokens.words, tokens.kinds
        word = words[at]
        placed = any(words[i] in ("（", "(") and kinds[i + 1] == "Jurisdiction" and words[i + 2] in ("）", ")")
                     for i in range(at + 1, min(len(words) - 2, at + 8)))
        return placed and len(word) >= 2 and _CJK_RUN.fullmatch(word) is not None \
            and self.words.tags.get(word, "")[:1] == "v" and word not in self.words.boundaries \
            and (at == 0 or words[at - 1] in self.kind_words or not self.words.name_like(words[at - 1]) and not kinds[at - 1])

    def traded_brand(self, word: str, kind: str, type_: str) -> bool:
        """云岭 in 云岭出版集团, 星海 in 星海控股有限公司: a proper word no family knows, then a word
        of the trade (a verb to jieba) right before a company's suffix, make one name; a
        known name before a trade acts (腾讯投资星海科技 is no name)."""
        return type_ == "Company" and not kind and self.words.proper(word) and word not in self.words.boundaries

    def brand(self, word: str) -> bool:
        """上纬, 智元: a word of two or three Chinese characters no dictionary holds, none a
        function word, no number: a coined brand (a common word, 股东, 投资, is none)."""
        return 2 <= len(word) <= 3 and _CJK_RUN.fullmatch(word) is not None and self.words.tags.get(word) is None \
            and not any(c in FUNCTION_CHARS for c in word) and not NUMERAL_WORD.match(word) and self.words.name_like(word)

    def registered(self, name: str) -> bool:
        """北京深言网络技术有限公司, 星河智能科技股份有限公司: a company's registered name (a
        place, a brand, its trade and a registered form, context.tsv registered_form) even
        where jieba knows the brand as a common word; 网络技术有限公司 alone, all of it the
        words of a trade, describes one."""
        name = self.registered_tail.sub("", name)  # …合伙企业（有限合伙）: the form's bracketed tail
        form = next((form for form in self.registered_forms if name.endswith(form)), None)
        if form is None:
            return False
        # 魔珐（上海）信息科技有限公司, 上海青岚（集团）有限公司: the place or kind in brackets is no part of the
        # brand and trade
        rest = BRACKETED_PART.sub(lambda part: "" if self.words.kb.place_prefix(part.group(1))
                                  or part.group(1) in self.bracketed_forms else part.group(0), name[:-len(form)])
        while (place := self.words.kb.place_prefix(rest)) is not None and len(place[0]) < len(rest):
            rest = rest[len(place[0]):]
        return len(rest) >= 2 and _CJK_RUN.fullmatch(rest) is not None and not self.words.generic(rest + form, form)

    def parents_kind(self, name: str, type_: str) -> str:
        """A unit named after a known company is a company (SCHEMA: subsidiaries, divisions and
        in-house labs: LG人工智能研究院), though not its foundation, a charity (context.tsv
        nonprofit_suffix: Worldcoin基金会), a unit of an international or other organisation an
        organisation (欧洲委员会部长委员会), a legislature's committee a legislature
        (立法院司法及法制委员会); else ``type_``."""
        if type_ not in ("Organization", "Regulator"):
            return type_
        parent = next((entry for _, entry in self.words.kb.known_starts(name)), None)
        if parent is not None and parent.type == "Company" and type_ == "Organization" \
                and not name.endswith(self.nonprofits):  # Worldcoin基金会, OpenAI Foundation: a charity, no unit of the business
            return "Company"
        if parent is not None and parent.type == "Organization" and type_ == "Regulator":
            return "Organization"
        if parent is not None and parent.type == "Legislature" and type_ == "Regulator":
            return "Legislature"  # 立法院司法及法制委员会: a legislature's committee
        return type_

    @staticmethod
    def known_after_places(tokens: Tokens, start: int, index: int) -> tuple[str, str] | None:
        """(type, KB id) of the known name that holds token ``index`` when only places stand
        before it from token ``start`` on."""
        offset = tokens.offsets[index]
        entity = tokens.entity_at(offset)
        if entity is None or not entity[3] or entity[0] <= tokens.offsets[start]:
            return None
        before = [i for i in range(start, index) if tokens.offsets[i] < entity[0]]
        if not all(tokens.kinds[i] == "Jurisdiction" or not tokens.words[i].strip() for i in before):
            return None
        return entity[2], entity[3]

    def without_country(self, name: str, type_: str) -> tuple[str, ...]:
        """美国得克萨斯州州长, 美国加州北区法院: a state body of a country's part is also
        named without the country (得克萨斯州州长, 加州北区法院), as the part names it."""
        country = self.words.kb.place_prefix(name) if type_ in STATE_BODIES else None
        if country is None or country[1].parent is not None:
            return ()
        rest = name[len(country[0]):]
        part = self.words.kb.place_prefix(rest)
        if part is None or part[1].parent != country[1].id or len(rest) - len(part[0]) < 2:
            return ()
        return (rest,)

    def place_description(self, name: str, suffix: str, generic: bool = False) -> bool:
        """英国法院, 欧洲国家法院: countries and words for "the countries of" before the court's
        suffix describe the courts of a place (context.tsv place_court); 纽约联邦法院 and
        哥伦比亚特区法院 (a country's part) name one.  With ``generic``, also any places and
        descriptive words (法国数据保护监管机构)."""
        prefix = name[: len(name) - len(suffix)]
        while (place := self.words.kb.place_prefix(prefix)) is not None and (generic or place[1].parent is None):
            prefix = prefix[len(place[0]):]
        if prefix == name[: len(name) - len(suffix)]:
            return prefix in self.place_court  # 全国法院, 各国法院: the courts of a whole country, no place named
        return not prefix or prefix in self.place_court or generic and self.words.generic(prefix, "")

    def country_trade(self, name: str, suffix: str) -> bool:
        """美国网约车公司: a country, then a few Chinese words of a trade, then the suffix."""
        place = self.words.kb.place_prefix(name)
        trade = name[len(place[0]): len(name) - len(suffix)] if place is not None else ""
        return place is not None and place[1].parent is None and 0 < len(trade) <= 6 and \
            re.fullmatch(r"[\u4e00-\u9fff]+", trade) is not None

    def own_name(self, name: str, type_: str) -> tuple[str, ...]:
        """印度尼西亚通信与信息部: an unknown state body named after its country goes by its
        own name too (通信与信息部), where that name is long enough to be one body's (five
        characters at least: 司法部 after a country names any country's ministry), typed as
        a state body by its suffix, and neither a description nor another known name."""
        country = self.words.kb.place_prefix(name) if type_ in STATE_BODIES else None
        if country is None:
            return ()
        rest = name[len(country[0]):]
        suffix = self.words.suffix_of(rest)
        if len(rest) < OWN_NAME_CHARS or suffix is None or suffix[1] not in STATE_BODIES or self.kind_opens(rest) \
                or self.words.kb.place_prefix(rest) is not None or self.described_body(rest, suffix[0]) \
                or self.words.kb.lookup(rest) is not None:
            return ()
        return (rest,)

    def kind_opens(self, rest: str) -> bool:
        """常熟市 + 人民法院知识产权庭: what follows the place opens with a kind of state body
        (人民法院), so it names the place's body and its unit, no body of its own name."""
        return any(rest.startswith(kind) and len(rest) > len(kind) for kind in self.peoples_court)

    def described_body(self, name: str, suffix: str) -> bool:
        """Whether a state body's name without its country describes a body (数据保护机构,
        监管部门: a kind of body, context.tsv place_kind, or one ordinary word before its
        suffix: 司法部); 科技创新部, 数字产业部 (two remits, then 部) name one though their
        words are ordinary."""
        own = name[: len(name) - len(suffix)]
        return self.words.generic(name, suffix) and (suffix in self.place_kinds or len(own) < OWN_REMITS_CHARS
                                                      or not _CJK_RUN.fullmatch(own))

    def headed(self, text: str, name: str, type_: str) -> bool:
        """科技创新部自3月起参与起草。科技创新部部长表示…: a state body named by two remits or
        more, which the text writes right before its head's title (context.tsv body_head), is one
        body, its words a name wherever written (数字部部长: one word may describe a ministry)."""
        suffix = self.words.suffix_of(name)
        if type_ not in STATE_BODIES or suffix is None or len(name) - len(suffix[0]) < OWN_REMITS_CHARS \
                or self.described_body(name, suffix[0]):
            return False
        titles = tuple(title for last, title in self.head_titles if last == name[-1])
        return bool(titles) and any(text.startswith(titles, found.end()) for found in re.finditer(re.escape(name), text))

    def country_named(self, tokens: Tokens, start: int, name: str, type_: str) -> bool:
        """该国数字产业部: a state body after words standing for a country named before
        (context.tsv country_reference) is that country's, named by its remits, where its own
        name is one (OWN_NAME_CHARS at least, no description: described_body)."""
        suffix = self.words.suffix_of(name)
        return type_ in STATE_BODIES and start > 0 and tokens.words[start - 1] in self.country_references \
            and len(name) >= OWN_NAME_CHARS and suffix is not None and not self.described_body(name, suffix[0])

    def placed_association(self, tokens: Tokens, start: int, index: int, suffix: str) -> bool:
        """深圳市人工智能产业协会, 广东省数据安全学会: an association named by a place's full
        administrative name (context.tsv place_association_level) and its field, all of them
        ordinary words, is named so (美国行业协会, 一家产业联盟 describe one); so is one named
        by a country or a country's first-level part (韩国创业者联盟, 台湾法律科技协会, 法国国家出版联盟)."""
        words = tokens.words
        return suffix in self.place_associations and index - start >= 2 and tokens.kinds[start] == "Jurisdiction" \
            and (words[start].endswith(self.association_levels) or self.national_place(words[start])) \
            and not self.words.generic("".join(words[start + 1:index + 1]), suffix)

    def trade_guild(self, tokens: Tokens, start: int, index: int, suffix: str) -> bool:
        """银行公会, 投信投顾公会: a trade's words alone before 公会 name that trade's association
        (context.tsv trade_guild); 金融业公会, 直播公会 describe one."""
        words = tokens.words
        return suffix in self.guild_suffixes and start < index and words[index] == suffix \
            and all(word in self.guild_trades for word in words[start:index])

    def placed_outlet(self, name: str, suffix: str) -> bool:
        """湖南日报, 法国电视台, 日本某某新闻社: a known place, at most a few characters of the outlet's
        own, then an outlet's head word name that outlet (context.tsv paper_end), though a place
        and a kind of body describe one elsewhere (日本视觉传播公司)."""
        if suffix not in self.paper_ends:
            return False
        place = self.words.kb.place_prefix(name)
        return place is not None and place[1].type == "Jurisdiction" \
            and len(name) - len(place[0]) - len(suffix) <= self.paper_place_words

    def national_place(self, word: str) -> bool:
        """Whether ``word`` is a known country's or a country's first-level part's whole name (韩国,
        台湾, 加州), a place a body of its own field is named after."""
        place = self.words.kb.place_prefix(word)
        if place is None or place[0] != word or place[1].type != "Jurisdiction":
            return False
        parent = self.words.kb.entries.get(place[1].parent or "")
        return parent is None or not parent.parent

    def placed_school(self, name: str, suffix: str) -> bool:
        """长沙理工大学, 云林科技大学, 深圳职业技术学院: places, then words of a field of study
        (context.tsv university_field), then a school's kind (university_kind) name one school; 美国顶尖大学
        (an adjective) and 美国大学 (a place alone) describe."""
        if suffix not in self.school_kinds:
            return False
        fields = rest = name[: len(name) - len(suffix)]
        while (place := self.words.kb.place_prefix(rest)) is not None:
            rest = rest[len(place[0]):]
        return rest != fields and self.fields_only(rest)

    def fields_only(self, words: str) -> bool:
        """Whether ``words`` are field-of-study words (university_field) and nothing else."""
        ends = {0}
        for at in range(1, len(words) + 1):
            if any(words[start:at] in self.school_fields for start in ends if start < at):
                ends.add(at)
        return bool(words) and len(words) in ends

    def described_trade(self, name: str, suffix: str) -> bool:
        """AI投研初创公司, IT服务公司 right before a name: a company's kind (context.tsv
        description_head) after a common Latin word (AI, IT: kg.mentions.words COMMON_LATIN)
        and Chinese words of a trade (however rare: 投研) is what the name after it is."""
        prefix = name[: len(name) - len(suffix)]
        opening = re.match(r"([A-Za-z]+)\s?[\u4e00-\u9fff]+$", prefix)
        return suffix in self.description_heads and opening is not None and opening.group(1).lower() in COMMON_LATIN

    def place_chamber(self, tokens: Tokens, start: int, index: int) -> bool:
        """斯德哥尔摩商会, 美国商会, 中国欧盟商会: places and then a chamber's word (context.tsv
        place_chamber) name one chamber of commerce, no description (a country's or a city's
        chamber is the one of its name); and a unit named after it (斯德哥尔摩商会仲裁院)."""
        words, kinds = tokens.words, tokens.kinds
        chamber = next((at for at in range(start + 1, index + 1) if words[at] in self.chambers), None)
        return chamber is not None and all(kinds[at] == "Jurisdiction" for at in range(start, chamber))

    def joined_fields(self, tokens: Tokens, start: int, conjunction: int | None, type_: str) -> bool:
        """加拿大互联网政策与公共利益诊所, 硅谷仲裁与调解中心: a place, then two fields joined by
        与/和/及 before an organisation's kind word name one body (a description names one field:
        美国人工智能研究所 may be any)."""
        if conjunction is None or type_ != "Organization" or tokens.kinds[start] != "Jurisdiction":
            return False
        before = [word for word in tokens.words[start + 1:conjunction - 1] if word.strip()]
        return bool(before) and all(self.words.name_like(word) or word in self.remits for word in before)

    def placed_kind(self, name: str, suffix: str) -> bool:
        """印尼监管机构, 欧美监管机构, 澳大利亚监管部门: places (or words for "the countries
        of", context.tsv place_court) before a kind of body (place_kind) say whose body is
        meant, not which: the place is named, the body is not."""
        prefix = name[: len(name) - len(suffix)]
        while prefix:  # 巴西监管部门和智利监管机构: places and kinds joined are descriptions too
            place = self.words.kb.place_prefix(prefix)
            word = place[0] if place else next((w for w in self._placed_words if prefix.startswith(w)), None)
            if word is None:
                return False
            prefix = prefix[len(word):]
        return True

    def unit_start(self, text: str, begin: int) -> tuple[int, bool]:
        """Where a unit's name starts that follows 下属/旗下 within a few characters
        before ``begin``: all of its words may be ordinary ones (人工智能安全研究所); and
        whether it is a unit listed after another.  Two units joined by 和/及/与 are two
        names: the unit starts after the conjunction when the words before it end in a name's
        suffix of their own (下属的数据安全中心和算法评估中心)."""
        unit = self.unit_name.search(text, max(0, begin - 12), begin)
        if unit is None:
            return begin, False
        start = unit.start(1)
        for conjunction in _UNIT_CONJUNCTION.finditer(text, start, begin):
            listed = text[unit.start(1):conjunction.start()]
            suffix = self.words.suffix_of(listed)
            if suffix is not None and len(listed) > len(suffix[0]):  # 下属的政府与数字化转型秘书处: 政府 alone is a remit
                start = conjunction.end()
        return start, start != unit.start(1)

    def after_description(self, text: str, tokens: Tokens, start: int, index: int, begin: int) -> int:
        """Where a name starts that a description of what it is stands glued before
        (非营利机构加拿大法律信息研究所, 医疗人工智能公司Pieces Technologies): after a head word
        of descriptions (context.tsv description_head) with only generic words before it,
        where a proper or known name is left after it."""
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        generic = self.words.kb.generic_words
        for cut in range(index - 1, start - 1, -1):
            if words[cut] not in self.description_heads or offsets[cut] < begin:
                continue
            described = [i for i in range(start, cut) if offsets[i] >= begin and words[i].strip()]
            # 德国汽车巨头大众汽车集团: a country and a common noun of its trade describe too
            common = [words[i] in generic or self.words.tags.get(words[i]) == "n" for i in described]
            if any(common) and all(plain or kinds[i] == "Jurisdiction" for plain, i in zip(common, described)) and any(
                    kinds[i] or self.words.proper(words[i]) for i in range(cut + 1, index + 1)):
                return offsets[cut + 1] + len(words[cut + 1]) - len(words[cut + 1].lstrip())
        return begin

    def coined_place(self, tokens: Tokens, start: int) -> int | None:
        """上海黑也文化传播公司: where a place stands right before characters jieba leaves one by one
        that make no word it knows (黑也, a coined brand) and that end at ``start``, the place's token;
        else None.  (日本视觉传播公司 has none: a place, a trade and a kind, each a word.)"""
        words, kinds = tokens.words, tokens.kinds
        at = start
        while at > 0 and len(words[at - 1]) == 1 and CJK_CHARACTER.match(words[at - 1]) and not kinds[at - 1]:
            at -= 1
        brand = "".join(words[at:start])
        if at == 0 or len(brand) < 2 or kinds[at - 1] != "Jurisdiction" or brand[0] in FUNCTION_CHARS \
                or NUMERAL_WORD.match(brand) or plain_frequency(brand) > 0:
            return None
        return at - 1

    def coined(self, tokens: Tokens, start: int, index: int) -> bool:
        """Whether the name from ``start`` is a place, a coined brand (coined_place) and more words
        before its kind at ``index``: a name, no description."""
        at = start + 1
        while at < index and len(tokens.words[at]) == 1 and not tokens.kinds[at]:
            at += 1
        return at < index and self.coined_place(tokens, at) == start

    def described_place(self, word: str, suffix: str, start: int) -> list[Mention]:
        """美国公司 cut by jieba as one word: its place 美国, a Jurisdiction."""
        entry = self.words.kb.lookup(word[: -len(suffix)]) if len(word) > len(suffix) else None
        if entry is None or entry.type != "Jurisdiction":
            return []
        end = start + len(word) - len(suffix)
        return [self.mention(word[: -len(suffix)], "Jurisdiction", start, end, 0.9, "place", kb_id=entry.id)]

    def proper_head(self, word: str, suffix: str, type_: str) -> bool:
        """星河科技公司 as one word: what comes before the suffix is a proper name (not a
        place, for a company or a model: 美国公司 is a description)."""
        head = word[: -len(suffix)]
        if len(word) <= len(suffix) or not self.words.proper(head):
            return False
        if type_ in ("Regulator", "Legislature", "Court", "Jurisdiction"):
            return True
        entry = self.words.kb.lookup(head)
        return not (entry is not None and entry.type == "Jurisdiction") and self.words.tags.get(head) != "ns"

    def dictionary_body(self, text: str, tokens: Tokens, index: int, suffix: str, type_: str, start: int) -> bool:
        """法务部, 海关总署 as one word alone: jieba's dictionary holds the whole word as an
        organisation's name (tag nt), so it names one state body though its words are
        ordinary; a description of one (编辑部, 人事部, 警察局, 该部) is no such word.  Not
        when a function word opens it (对外部开放) or a single character glued after it makes
        it part of a longer word (市工业和信息化部门: 部门 is "department", a description)."""
        word = tokens.words[index]
        end = tokens.offsets[index] + len(word)
        previous = tokens.words[index - 1] if index else ""
        if previous[:1] in _EACH or previous[-1:] in _EACH:
            return False  # 各高级人民法院, 各区人民政府: every body of a kind, none named
        return start == index and type_ in STATE_BODIES and len(word) > len(suffix) \
            and self.words.tags.get(word) == "nt" and word[0] not in FUNCTION_CHARS \
            and self.words.tags.get(word[-1] + text[end:end + 1]) is None

    def owner_inside(self, tokens: Tokens, start: int) -> int | None:
        """Where the owner of a possessive that is a word of an English body's or court's own name
        begins, the possessive's mark and s (or a plural's lone mark) ending right before ``start``:
        an office's word after a word of the name (the Shanzu Magistrate’s Court, the Information
        Commission’s Office: english.tsv possessive_inside) or a word opening the name or following
        a known place in it (the Children's Court, the Writers’ Guild: possessive_opening), glued to
        its mark, and no name the knowledge base knows.  An owner before the name is none of these
        (the Commission's AI Office, Acme’s Legal Department, Book Authors’ Court).  None where there
        is none."""
        words, offsets, kinds = tokens.words, tokens.offsets, tokens.kinds
        mark = start - 2 if start > 2 and words[start - 1] == "s" else start - 1
        if mark < 1 or words[mark] not in APOSTROPHES:  # a possessive's mark, a token of its own (Magistrate ’ s)
            return None
        owner = mark - 1
        glued = offsets[owner] + len(words[owner]) == offsets[mark] and (mark == start - 1 or offsets[mark] + 1 == offsets[start - 1])
        if not glued or kinds[owner]:
            return None
        before = next((i for i in range(owner - 1, -1, -1) if words[i].strip()), None)
        named_before = before is not None and _CAPITALISED_WORD.fullmatch(words[before]) is not None \
            and words[before] not in _ARTICLES
        if words[owner] in self.possessive_inside and named_before:
            return owner
        if words[owner] in self.possessive_opening and (not named_before or kinds[before] == "Jurisdiction"):
            return owner
        return None

    def bracketed_place(self, words: list[str], kinds: list[str], start: int, suffix: str) -> bool:
        """腾讯科技（深圳）有限公司, 星途（北京）网络技术有限公司: a company's registered name
        (ending in a registered form, context.tsv registered_form) holds its place in brackets
        between the brand and the trade, or a word of its kind (上海青岚（集团）有限公司:
        context.tsv bracketed_form); the tokens ``start - 3`` to ``start`` are （place）
        with a brand's word before them."""
        return start > 3 and suffix in self.registered_forms and words[start - 1] in ("）", ")") \
            and words[start - 3] in ("（", "(") \
            and (kinds[start - 2] == "Jurisdiction" or words[start - 2] in self.bracketed_forms) \
            and _CJK_RUN.fullmatch(words[start - 4]) is not None and words[start - 4] not in self.words.boundaries

    def _joins_name(self, word: str, kind: str) -> bool:
        """A word before 与/和 that can continue a name: not itself a finished name (a remit
        or a trade a verb to jieba may: 投资、贸易及工业部)."""
        words = self.words
        return (words.name_like(word) or word in self.remits or word in self.trades) and words.suffix_of(word) is None \
            and not words.kb.lookup(word) and not kind
