"""Latin-script names the knowledge base does not know, typed by what stands around
them: a person next to a person's title (创作者 DynamicWang, Stephen Thaler 博士) or
with initials (Paul M. Nakasone): ``latin/person``; a model when versioned (GPT-5o,
Llama 4) or next to a model word (模型 Zorbi): ``latin/model``; a product when the
object of a release cue (卓汇科技推出 Lumora): ``latin/released``; a product owned by the company named right before it (卓汇科技的Lumora平台, 谷歌的Contact Desk AI) or told before
its developer (Pictora的开发者卓汇科技): ``latin/owned``; a company next to
a company word (初创公司 Zorbi 宣布) or, inside Chinese text, among companies (in a list
with a known one, in a clause about investing or suing, or acting: Zorbi宣布): ``latin``; a title ending in a
kind of instrument (NO FAKES Act, Online Safety Bill): ``latin/law``; an untyped name listed beside
a typed one of its family (Nova Micro、Nova Lite): ``latin/listed``; in Chinese text, a capitalised name
listed beside a company its list typed, link by link from a known one (KDDI、BandLab、Soundlabs 等公司):
``latin/chain``; otherwise nothing.  Never a
funding round, a broadcaster's call sign and frequency (KQRB 88.5), an issue's number, a field's label (Series C, Issue 37, Deal type:: kg.mentions.english
NoNames), a report's numbered part (Recommendation 1), a court filing's kind (Opinion and Order) or a description (Calif.-based); a run of
capitals is cut where a sentence ends inside it (Background. The AI Act)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from itertools import accumulate

from ..alternation import alternation, alternatives
from ..model import Mention
from .base import PAREN, Endings, Family, Tokens, register
from .english import Headlines, NoNames, english_lexicon, given_names, opening_roles
from .english.shared import _DATE_WORD
from .words import CJK, COMMON_LATIN, Words, written_lower

_SENTENCE_STOP = re.compile(r"(?<=\.)[ \u00a0]+(?=[A-Z])")  # Background. The AI Act: two sentences, if the word before ends one
_COMPOUND = re.compile(r"[A-Z][a-z]+-[a-z]+(?:-[a-z]+)*")  # Tenant-screening firm pays…: a line's first word, no name
# One-word versioned names: GPT-4o, Qwen2-72B, o3-mini, Llama3.1
_MODEL_NAME = re.compile(r"^[A-Za-z]+-?\d+(?:\.\d+)?[a-z]?(?:-[A-Za-z0-9.]+)*$|^[A-Za-z]+(?:-[A-Za-z]+)*-\d+(?:\.\d+)?[a-z]?$"
                         r"|^[A-Z][A-Za-z]+ \d+(?:\.\d+)?[a-z]?$")  # GPT 4, Llama 2
# Paul M. Nakasone: a given name, an initial, a family name
_INITIALLED = re.compile(r"^(?:[A-Z][a-z]+ (?:[A-Z]\. )+|[A-Z]\. [A-Z][a-z]+ (?:[A-Z]\. )?)[A-Z][a-z]+$")  # or T. Michael Morgan
_CITATION_YEAR = re.compile(r"\[(?:19|20)\d\d\]\s*$")  # [2023] UKSC 49: a judgment's neutral citation follows
# 2025 EWHC 2863, 47 USC 227(b): a citation's year or volume before a reporter's or code's letters and a number
_CITATION_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}[ \t]+$")
_CITED = re.compile(r"[A-Z][A-Za-z.]{1,7}[ \t]+\d+")
# a word of a person's name: Altman, McMahon, O'Brien, Ta-Nehisi, an initial (J.)
_PERSON_WORD = re.compile(r"^(?:[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+|[A-Z]\.)$")
_OPENING_MARKS, _MARKS_CLOSING = ("‘", "'"), ("’", "'")  # a single quotation's marks (latin_name keeps a closing one: Labs’)
# Runtime 41:08, FLASH 10:05 ET, Duration 28 minutes: a clock time or a length after the number, no version
_AGE_BAND = re.compile(r"(?:under|over)-\d+s?")  # under-18 users, over-65s: an age band, no model
_TIME_OR_LENGTH = re.compile(r":\d\d|[ \t]*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)\b")
_YEAR = re.compile(r"(?<![\w.])(?:19|20)\d\d$")
# the Data Protection Act, 2019 (Canada's, India's, Ontario's style): the year after a comma is part of the title
_LAW_YEAR_AFTER = re.compile(r",[ \u00a0](?:19|20)\d\d(?=[\s,.;:)\]]|$)")
_ALLCAPS = re.compile(r"^[A-Z0-9&.\-]{1,6}$")
_CJK_PUNCTUATION = "、，。；：（）《》“”"  # a list's or a sentence's marks in Chinese text
_CAPITALS = "\u00c0-\u00d6\u00d8-\u00de"  # À…Þ
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # and the Latin letters with diacritics
_CAMEL = re.compile(r"[a-z]{1,5}[A-Z][a-z]+[A-Za-z]*$")  # naviHealth, xGen, iFlytek: a name though it opens in lower case
_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+")
# a word of a person's name in any Latin letters: Fraiture, Phát, Phùng, Tấn, McKinney, MacArthur
_ANY_PERSON_WORD = re.compile(rf"(?:Ma?c)?[A-Z{_CAPITALS}][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff]+(?:['’-][A-Z]?[a-z]+)?")
_GLOSS = re.compile(r"\s*[（(][^（()）]{0,40}[）)]")  # 艾伦·克里西亚克（Alan Krysiak）: a person's name glossed
# KQRB 88.5: a North American broadcaster's call sign and its frequency, no versioned model
# Grok 9日在X平台回覆: a day of the month (or a month, a year) after a name, no version of it
_DATE_UNITS = frozenset("日月号號年")
_DAY_AFTER = re.compile(r"[ \u00a0]+\d{1,4}$")
_CALL_SIGN = re.compile(r"[KWC][A-Z]{2,3}(?:-FM)?[ \u00a0]\d{2,3}\.\d")
# (the patterns LatinNames.find and trimmed test at every run of Latin words, compiled once)
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_OPEN_BRACKET_END = re.compile(r"[（(]\s*$")
_FIVE_DIGITS = re.compile(r"\d{5}")
_DIGIT = re.compile(r"\d")
_CHINESE_AROUND = re.compile(f"[{CJK}{_CJK_PUNCTUATION}]")
_CAPITAL = re.compile(r"[A-Z]")
_OWNER = re.compile(r"['’]s[ \u00a0]")
_OWNER_END = re.compile(r"['’]s$")
_THE_WORD = re.compile(r"The[ \u00a0]+\S+")


class Beside:
    """The persons (their ends and starts, in order) and places of a text's names, of a growing
    list too (``add_new``), for ``listed_with_person``: the persons within a listing gap's reach of
    a name, found by bisection on the text's count of characters other than white space (a gap
    holds at most so many), not by a pass over every name."""

    def __init__(self, text: str, named: list[Mention]) -> None:
        self.text, self.ends, self.starts = text, [], []
        self.places: set[tuple[int, int]] = set()
        self.place_most, self.seen, self._solid = 0, 0, None
        for mention in named:
            self.add(mention)

    def add(self, mention: Mention) -> None:
        if mention.type == "Person":
            insort(self.ends, mention.end)
            insort(self.starts, mention.start)
        elif mention.type == "Jurisdiction":
            self.places.add((mention.start, mention.end))
            self.place_most = max(self.place_most, mention.end - mention.start)

    def add_new(self, mentions: list[Mention]) -> None:
        """Add the names of a growing list that were added to it since the last call."""
        for mention in mentions[self.seen:]:
            self.add(mention)
        self.seen = len(mentions)

    @property
    def solid(self) -> list[int]:
        """How many characters of text[:i] are no white space (``\\s``), for each i (made at first use)."""
        if self._solid is None:
            self._solid = [0, *accumulate(not character.isspace() for character in self.text)]
        return self._solid

    def ends_before(self, start: int, most: int) -> list[int]:
        """The persons' ends at or before ``start`` with at most ``most`` solid characters between."""
        solid = self.solid
        start = min(start, len(self.text))
        earliest = bisect_left(solid, solid[start] - most)
        return self.ends[bisect_left(self.ends, earliest):bisect_right(self.ends, start)]

    def starts_after(self, end: int, most: int) -> list[int]:
        """The persons' starts at or after ``end`` with at most ``most`` solid characters between."""
        solid = self.solid
        end = min(end, len(self.text))
        latest = bisect_right(solid, solid[end] + most) - 1
        return self.starts[bisect_left(self.starts, end):bisect_right(self.starts, latest)]


@register
class LatinNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context  # the words of this family: context.tsv name_particle … model_series (describing_suffix: NoNames)
        self.name_patterns(words, context)
        self.actor_patterns(words, context)
        self.english_patterns(words, context)

    def name_patterns(self, words: Words, context: dict[str, tuple[str, ...]]) -> None:
        """A Latin name's shape, and the words beside it that tell a model, a product or a service."""
        # a run of capitalised words, lower-case particles inside (Bank of America); Run:ai
        # letters with diacritics are letters of a name (Phát Phùng Tấn, Nestlé): never cut at one
        self.latin_name = re.compile(rf"(?<![{_LETTERS}0-9.@/_-])[{_LETTERS}][{_LETTERS}0-9&+'’_.-]*(?::[a-z]{{2,}}(?![A-Za-z]))?"
                                     rf"(?:[ \u00a0]+(?:(?:{alternatives(context['name_particle'])})[ \u00a0]+)?"
                                     rf"[A-Z0-9{_CAPITALS}][{_LETTERS}0-9&+'’_.-]*)*")
        self.title_particles = frozenset(context["title_particle"])  # lower-case words inside an English title
        self.letter_kind = re.compile(rf"(?:{alternatives(w for row in words.kb.name_edges if row[0] == 'letter_after' for w in row[2])})[ \u00a0]?$")
        # X帐号, her X account: what a user has of a platform, right after its letter
        self.letter_use = re.compile(rf"[ \u00a0]?(?:{alternatives(w for row in words.kb.name_edges if row[0] == 'letter_before' for w in row[2])})(?![A-Za-z])")
        # Article 30-4 of Japan's Copyright Act, Section 1202(b) of the DMCA: a provision before its law
        self.provision = re.compile(rf"(?:{alternatives(context['provision_word'])})[ \u00a0]+[\w().-]*\d[\w().-]*"
                                    rf"(?:(?:,|,? and| to)[ \u00a0]+[\w().-]*\d[\w().-]*)*[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?=[A-Z])")
        # Section 1557, Recommendation 1: a numbered part of a law or of a report (context.tsv report_part)
        parts = alternatives([*context["provision_word"], *context["report_part"]])
        self.provision_alone = re.compile(rf"(?:{parts})[ \u00a0]+[\w.-]*\d[\w.-]*")
        self.title_after = alternation(context["title_after"])  # Stephen Thaler 博士
        self.list_joiner = re.compile(rf"\s*(?:{alternatives(context['list_joiner'])})\s*")  # Nova Micro、Nova Lite
        self.joiner_most = max(map(len, context["list_joiner"]), default=0)
        self.series = re.compile(rf"^\s*(?:{alternatives(context['model_series'])})")  # Command 系列大模型: a family of models
        self.product_words = context["product_description"]
        # Apache 2.0 许可证, GB300 processors, 超级电脑Taipei-1: a licence, a chip, a computer, an event, no name of ours
        self.other_kind_after = re.compile(rf"\s*(?:{alternatives(context['latin_other_kind'])})(?![A-Za-z])")
        self.licences = frozenset(context["licence_name"])
        self.other_kind_before = re.compile(rf"(?:{alternatives(context['latin_other_kind'])})\s*$")
        self.model_word = alternation(words.context["model_word"])
        self.model_word_before = re.compile(rf"[{CJK}](?:{alternatives(c for c in words.context['model_word'] if not c.isascii())})$")
        # 模型 Zorbi, 工具套件Zorbi: a model's word just before the name, in its sentence; the Lensa app
        # over Summary., podcast app · Transcript, 并入产品线。Convergence.ai此前推出: a line's, a list's
        # or a Chinese sentence's break between them, no model
        self.model_word_beside = re.compile(rf"(?:{alternatives(words.context['model_word'])})[^\n·|•｜。！？；]*\Z")
        # 其云服务GroqCloud, 推出Robotaxi服务: a service's word right beside the name (服务器, 服务商: a server, a provider)
        service = alternatives(context["latin_service_word"])
        self.service_before = re.compile(rf"(?:{service})\s*$")
        self.service_after = re.compile(rf"\s*(?:{service})(?![器商])")
        self.model_ending = re.compile(rf"(?<=[a-z])(?:{alternatives(context['model_name_ending'])})$")  # BloombergGPT

    def actor_patterns(self, words: Words, context: dict[str, tuple[str, ...]]) -> None:
        """The words beside a name that tell a company, an actor, an owner or a person."""
        self.company_word = alternation(words.company_words)
        self.company_word_before = re.compile(f"(?:{alternatives(words.company_words)})$")
        # 并入其Singularity平台, 推出AI安全平台Prisma AIRS, 自有的PonyPilot+平台: a platform its maker owns or
        # launches is its product (context.tsv own_word, product_owner), not a company (电商平台Temu)
        owners = alternatives([*context["own_word"], *context["product_owner"]])
        self.owned_platform = re.compile(rf"(?:{owners})[^，,。；;、\n]{{0,14}}$")
        # 卓汇科技的Lumora平台, 谷歌的Contact Desk AI: a company's name, then a word of owning (context.tsv product_owner_gap)
        self.owner_gap = re.compile(rf"\s*(?:{alternatives(context['product_owner_gap'])})\s*")
        self.owner_gap_reach = max(map(len, context["product_owner_gap"]), default=0)  # (its longest word)
        self.product_marks = frozenset(english_lexicon(words.kb)["product_mark"])  # …Desk AI, Agent Assist
        # Pictora的开发者卓汇科技: a name before its developer's word (context.tsv product_developer) is the developer's product
        self.developer_after = re.compile(rf"\s*的(?:{alternatives(context['product_developer'])})")
        self.law_kinds = frozenset(kind for kind, _ in words.kb.law_kinds if kind.isascii())  # Act, Bill…
        # Scatter Lab开发了…, Zorbi宣布: a name that acts right away is an actor
        acts = [cue for relation in ("released", "sued", "acquired", "investedIn", "partnered")
                for cue in words.kb.triggers[relation] if not cue.isascii() and len(cue) > 1]
        self.act_after = re.compile(rf"\s*(?:{alternatives(context['act_adverb'])})?"
                                    rf"(?:{alternatives(acts + list(context['act_verb']))})")
        self.company_clause = alternation(words.context["company_clause"])
        # 由Exor控股的, 归Exor所有, Exor旗下的: the name an ownership clause gives its unit's owner
        self.holder_before = re.compile(rf"(?:{alternatives(context['holder_before'])})\s*$")
        self.held_after = re.compile(rf"\s*(?:{alternatives(context['held_by'])})")
        self.units_after = re.compile(rf"\s*(?:{alternatives(context['unit_of'])})")
        self.speech_after = re.compile(rf"\s*(?:[（(][^）)]{{0,30}}[）)])?\s*(?:{alternatives(words.context['speech_verb'])})")
        self.outlet_words = frozenset(words.kb.bylines.get("outlet_word", ()))
        self.programme_head = alternation(words.kb.instruments["programme_head"])
        self.title_before = re.compile(f"(?:{alternatives(t for t in words.person_titles if not t.isascii())})$")
        # 原告Steve McKinney, 选手Kyland Young, 原告Schuster等: a role or kinship word (context.tsv person_role_before)
        # before a person-shaped Latin name that is no known name (被告CoreLogic: the knowledge base's company)
        self.role_before = re.compile(f"(?:{alternatives(context['person_role_before'])})$")
        self.latin_titles = frozenset(t for t in words.person_titles if t.isascii())  # CEO David Luan: the title opens the run

    def english_patterns(self, words: Words, context: dict[str, tuple[str, ...]]) -> None:
        """The English words a Latin name is read with: sentence starts, laws' titles, given names, headlines."""
        self.sentence_starts = frozenset(words.kb.sentence_words.get("sentence_start", ()))
        # the Texas Data Privacy Act, Tennessee's ELVIS Act, Under the Consumer Data Act: before a law's name, lower-case
        # words, The, a sentence's first word before one of them (Under the), a count (the 90-page Review) and an
        # owner are no part of it
        opener = rf"(?:{alternatives(self.sentence_starts)})(?=[ \u00a0]+[a-z])"
        self.law_lead = re.compile(rf"(?:(?:[a-z]+|\d[\w-]*|The|{opener})[ \u00a0]+)*(?:(?:[A-Z][\w.]*[ \u00a0]+){{0,3}}?[A-Z][\w.]*['’]s[ \u00a0]+)?(?=[A-Z])")
        self.abbreviations = frozenset(words.kb.sentence_words.get("abbreviation", ())) | \
            frozenset(words.kb.sentence_words.get("name_end", ()))  # U.S. Copyright Office: no sentence ends there
        self.no_names = NoNames(words.kb)
        self.given_names = given_names(words.kb)  # Matthew, Valerie: a person's first word (data/lexicon/given_names.txt)
        english = english_lexicon(words.kb)
        self.filing_words = frozenset(english["filing_word"])
        self.law_references = frozenset(english["law_reference"])  # This Act: a law named elsewhere
        self.describing_last = frozenset(english["describing_last"])  # Midjourney AI 模型: a known name described
        self.business_words = frozenset(english["business_word"])  # Grace Analytics: a company, though Grace opens it
        # Subcommittee Chair, Professor Emeritus: a role's words (english.tsv name_stop) make no person's name
        self.name_stops = frozenset(english["name_stop"])
        # Authors Jane Roe, Composer John Doe: a role in lower case opening a sentence, no part of the name after it
        self.opening_role = re.compile(rf"(?:{alternatives(opening_roles(english))})\s+(?=\S+\s+\S)")
        self.instrument_documents = frozenset(english["instrument_document"])  # …Framework Assurance Review
        # the Patents Act 1977 in October, the Widget Act on Monday: a law's title ends before its date
        self.law_then_date = re.compile(rf"(?P<law>.*?[ \u00a0](?:{alternatives(self.law_kinds)})(?:[ \u00a0]+(?:19|20)\d\d)?)"
                                        rf"[ \u00a0]+(?:(?:in|on)[ \u00a0]+(?:{alternatives(english['name_stop'])}|\d+)"
                                        rf"|of[ \u00a0]+(?:\d{{1,2}}[ \u00a0]+)?(?:{_DATE_WORD}))(?![\w])")  # …Act of 7 July 2025: its date
        # the Privacy Amendment Bill 2024 in Parliament: a lower-case word after a law's year ends its title
        self.law_year_then_word = re.compile(rf"(?P<law>.*?[ \u00a0](?:{alternatives(self.law_kinds)})[ \u00a0]+(?:19|20)\d\d)[ \u00a0]+[a-z]")
        self.title_cased = Headlines(english)
        # 卓汇科技推出Zorbi, 开源了Quill: the object of a release cue is a product (triggers.tsv released)
        self.released_before = re.compile(
            f"(?:{alternatives(c for c in words.kb.triggers['released'] if not c.isascii())})(?:了)?"
            f"(?:{alternatives(context['release_filler'])})?\\s*$")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found, untyped = [], []  # untyped: names no context typed, which a family of names may
        persons = Endings(m for m in candidates if m.type == "Person")  # and those found, as they are
        beside = Beside(text, candidates)
        company_ends = sorted(m.end for m in candidates if m.type == "Company")  # (owned_product's owners)
        for start, name in self.spans(text):
            persons.add_new(found)
            beside.add_new(found)
            if len(name) < 2:  # 社交媒体平台X, 社群平台 X: the platform's one-letter name
                found += [self.mention(name, "Company", start, start + 1, 0.6, "letter")] if self.lettered(text, start, name) else []
                continue
            if name.lower() in COMMON_LATIN or not _TWO_LETTERS.search(name):
                continue
            if (trimmed := self.trimmed(text, start, name)) is None:
                continue
            start, name, titled = trimmed
            end = start + len(name)
            before, after = text[max(0, start - 8):start], text[end:end + 8]
            if _OPEN_BRACKET_END.search(before) or _FIVE_DIGITS.search(name) or before.endswith("《"):
                continue  # （Natural Language Processing，…）glosses a Chinese term; US20230230198A1 is a number
            if _CITATION_YEAR.search(text, max(0, start - 8), start):
                continue  # [2023] UKSC 49, [2024] EWHC 1234: a judgment's citation, no model
            if _CITED.fullmatch(name) and _CITATION_NUMBER.search(text, max(0, start - 8), start) or text.startswith("%", end):
                continue  # 2025 EWHC 2863, 47 USC 227(b): a citation; a near-90% share: a figure, no model
            if len(words := name.split()) > 1 and _YEAR.search(name) and self.words.kb.lookup(" ".join(words[:-1])):
                continue  # 在Salesforce 2027财年: a known name and a (fiscal) year, the name alone is the name
            if _CALL_SIGN.fullmatch(name):
                continue  # KQRB 88.5: a station's call sign and frequency, no model
            if self.other_kind_after.match(text, end) or self.other_kind_before.search(before):
                continue  # 以 Apache 2.0 许可证开源, 在 ASL-3 安全等级下: a licence, a level, no model
            if name.split()[0] in self.licences or name[-1].isdigit() and _TIME_OR_LENGTH.match(text, end):
                continue  # │Apache 2.0│ (a licence named alone: context.tsv licence_name); Runtime 41:08
            if name[0].islower() and not _DIGIT.search(name.split()[0]) and not _CAMEL.match(name) or _AGE_BAND.fullmatch(name):
                continue  # toC, large, fined Clearview AI in 2022: not names (o3-mini, naviHealth, xGen are)
            words = name.split()
            if all(word in self.filing_words or word in self.title_particles for word in words):
                continue  # Opinion and Order, Memorandum Order: a court filing's kind, no instrument's name
            if len(words) > 1 and self.law_kind_ends(name) and all(w[0].isupper() for w in words if w.isalpha()
                                                                       and w not in self.title_particles):
                found.extend(self.law(text, start, name, words))  # NO FAKES Act, Online Safety Bill
                continue
            if self.opening_words(words) or self.words.suffix_of(words[-1]) or self.known_described(name, words):
                continue  # English suffix names are typed by the suffix family
            near_model, near_company = self.nearby(text, start, name, before, after)
            versioned = bool(_DIGIT.search(name)) and bool(_TWO_LETTERS.search(name)) \
                and not _YEAR.search(name)  # GTC 2025, CES 2024: an event and its year, no version
            in_chinese = bool(_CHINESE_AROUND.search(before[-2:] + after[:2]))  # BlackRock、Fidelity、
            if _ALLCAPS.match(name) and not versioned and not self.model_word_before.search(before):
                continue  # NPRM, GAAP: acronyms are named only by KB or by an alias pair (系统XNGP: a model's word right before names one)
            described = PAREN.match(text[end:end + 40])
            first = self.words.kb.lookup(words[0]) if len(words) > 1 else None
            named_before = persons.ends_with(name, before=start)  # Paul M. Nakasone … Nakasone 表示
            beside.add_new(found)
            if titled or self.titled_person(before, after) or self.role_named(name, before) or _INITIALLED.match(name) or self.speaker(name, text, end) \
                    or named_before or in_chinese and self.given_named(name) \
                    or self.listed_with_person(name, text, start, end, beside):
                start, name = self.without_opening_role(start, name)
                found.append(self.mention(name, "Person", start, end, 0.65, "person"))
            elif first is not None and first.type == "AIModel":
                found.append(self.mention(name, "AIModel", start, end, 0.7, "model"))  # Copilot GPTs
            elif described and any(w in described.group("alias") for w in self.product_words):
                found.append(self.mention(name, "AIModel", start, end, 0.65, "model"))
            elif versioned and (near_model or _MODEL_NAME.match(name)):
                found.append(self.mention(name, "AIModel", start, end, 0.7, "model"))
            elif near_model and not near_company:
                found.append(self.mention(name, "AIModel", start, end, 0.6, "model"))
            elif in_chinese and self.owned_product(name, text, start, near_model, candidates, company_ends):
                found.append(self.mention(name, "AIModel", start, end, 0.6, "owned"))
            elif self.programme_head.match(after.lstrip()):
                continue  # AI Verify 框架, Torchlight 框架: a framework's name (kg.mentions.programme) or software
            elif self.released_before.search(before) and not near_company and len(words) <= 3:
                found.append(self.mention(name, "AIModel", start, end, 0.55, "released"))
            elif near_company or (in_chinese and _CAPITAL.match(name) and not versioned
                                  and self.among_companies(text, start, end, candidates)):
                found.append(self.mention(name, "Company", start, end, 0.6 if near_company else 0.45))
            else:
                untyped.append((start, name))
        found, untyped = self.companies_listed(text, found, untyped, candidates)
        found = self.persons_listed(text, found, candidates)
        found = self.models_listed(text, found, candidates)
        return found + self.family_members(text, untyped, candidates + found)

    def companies_listed(self, text: str, found: list[Mention], untyped: list[tuple[int, str]],
                         candidates: list[Mention]) -> tuple[list[Mention], list[tuple[int, str]]]:
        """KDDI、KLAY Vision、BandLab、Soundlabs 和 Pro-Rata 等公司: a list is typed as a whole; an
        untyped capitalised name in Chinese text listed (context.tsv list_joiner) right beside a
        company found in that list, known or typed by its list (BandLab beside KLAY Vision), is a company
        too, link by link along the list, in either direction."""
        companies = [m for m in candidates if m.type == "Company" and m.kb_id] \
            + [m for m in found if m.type == "Company" and m.mechanism == "latin"]
        changed = True
        while changed and untyped:
            changed = False
            for start, name in list(untyped):
                end = start + len(name)
                if _DIGIT.search(name) or not (_CAPITAL.match(name) and _CHINESE_AROUND.search(text[max(0, start - 2):start] + text[end:end + 2])):
                    continue
                if any(known.end <= start and self.list_joiner.fullmatch(text, known.end, start)
                       or end <= known.start and self.list_joiner.fullmatch(text, end, known.start) for known in companies):
                    mention = self.mention(name, "Company", start, end, 0.45, "chain")
                    found.append(mention)
                    companies.append(mention)
                    untyped.remove((start, name))
                    changed = True
        return found, untyped

    def known_described(self, name: str, words: list[str]) -> bool:
        """Midjourney AI侵权, Menlo Park AI company: a known name and a word describing it
        (english.tsv describing_last), no name of its own."""
        return len(words) > 1 and words[-1] in self.describing_last and self.words.kb.lookup(name) is None \
            and self.words.kb.lookup(name[:name.rindex(words[-1])].rstrip()) is not None

    def without_opening_role(self, start: int, name: str) -> tuple[int, str]:
        """A person's name without the role in lower case that opens it capitalised at a
        sentence's start (Authors Jane Roe: Jane Roe), as (start, name)."""
        if role := self.opening_role.match(name):
            return start + role.end(), name[role.end():]
        return start, name

    def lettered(self, text: str, start: int, name: str) -> bool:
        """Whether one capital letter is a platform's name: a kind of platform right before it
        (name_edges.tsv letter_after: 社交媒体平台X, 社群平台 X, 应用程序X) or what a user has of it right after
        (letter_before: X帐号, her X account), no Latin letter or digit after it, and
        nowhere in the item 某 in its description (国内某社交电商平台A … 平台A: a placeholder for a platform
        left unnamed)."""
        kind = self.letter_kind.search(text, max(0, start - 8), start)
        if not "A" <= name <= "Z" or re.match(r"[A-Za-z0-9]", text[start + 1:start + 2]):
            return False
        if kind is None:  # 在 X 帳號上, her X account: what a user has of it after the letter, no word (用户A账号) or mark joined before it
            return self.letter_use.match(text, start + 1) is not None and not re.search(r"[\w.\-'’]$", text[max(0, start - 1):start]) \
                and not re.search(rf"某[^，。；,;]{{0,12}}{name}(?![A-Za-z0-9])", text)
        return not re.search(rf"某[^，。；,;]{{0,12}}{re.escape(kind.group().rstrip())}\s?{name}(?![A-Za-z0-9])", text)

    def law(self, text: str, start: int, name: str, words: list[str]) -> list[Mention]:
        """A law's name shaped as one (capitalised words ending in a law's kind), with the year
        written after it (the Enhancing Digital Trust Act, 2024); none for a reference naming no
        law (This Act; New Guidelines, Executive Order beside "new guidelines", "an executive order")."""
        if len(words) == 2 and words[0] in self.law_references or written_lower(name, text):
            return []
        if len(words) > 3 and words[-2] == "of" and self.words.kb.lookup(" ".join(words[:-2])) is not None:
            return []  # the Biometric Information Privacy Act of 2008: a known law and its year, the knowledge base's name
        end = start + len(name)
        if self.title_cased.only_here(text, start, end):
            return []  # Key Points of the New Executive Order: a headline's words, which the story never writes again
        if year := _LAW_YEAR_AFTER.match(text, end):
            name, end = name + year.group(0), year.end()
        return [self.mention(name, "Law", start, end, 0.7, "law")]

    def trimmed(self, text: str, start: int, name: str) -> tuple[int, str, bool] | None:
        """A run of capitalised words without what is no part of its name (an owner's possessive, a
        title before a person's name, a provision or the words before a law's title): its start, the
        name and whether a title opened it; None where the run names nothing (a description, a
        date, a part of a text)."""
        owner = _OWNER.search(name)
        if owner and not self.law_kind_ends(name):
            name = name[:owner.start() + 2]  # Musk's AI firm: the owner's name, then what it owns (a law's owner: law_lead)
        if _OWNER_END.search(name):  # Australia's approach: the owner is the name, if any
            name = name[:-2]
            if self.words.kb.lookup(name) is not None:
                return None  # the knowledge base's family names it
        titled = False
        if len(name.split()) > 1 and name.split()[0] in self.latin_titles:  # 联合创始人兼CEO David Luan
            titled, start, name = True, start + len(name.split()[0]) + 1, name.split(maxsplit=1)[1]
        if self.no_names(text, start, start + len(name)) or \
                _COMPOUND.fullmatch(name) and not text[text.rfind("\n", 0, start) + 1:start].strip() or \
                _THE_WORD.fullmatch(name) and name.split()[-1] in self.law_kinds:
            return None  # Calif.-based; Series C, Issue 37, Deal type:; The Act (kg.facts.coref's reference)
        if self.provision_alone.fullmatch(name):
            return None  # Section 1557 of the Affordable Care Act, Part 2 of the report: a part of a text, no model
        provision = self.provision.match(name) if self.law_kind_ends(name) else None
        if provision:
            name, start = name[provision.end():], start + provision.end()  # Article 30-4 of Japan's Copyright Act
        lead = self.law_lead.match(name)
        if lead and lead.end() and self.law_kind_ends(name):
            name, start = name[lead.end():], start + lead.end()  # the Texas Data Privacy Act, The ELVIS Act, Tennessee's ELVIS Act
        article = name.rfind(" the ")
        if article > 0 and self.law_kind_ends(name) and self.title_cased(text, start):
            name, start = name[article + 5:], start + article + 5  # a headline: New York Enacts the RAISE Act
        if (day := _DAY_AFTER.search(name)) and day.start() and text[start + len(name):start + len(name) + 1] in _DATE_UNITS:
            name = name[:day.start()]  # Grok 9日: the name, then the day its act is dated, no version
        return start, name, titled

    def nearby(self, text: str, start: int, name: str, before: str, after: str) -> tuple[bool, bool]:
        """Whether a model's or a service's word stands beside a name (or ends it: BloombergGPT),
        and whether a company's does (not 平台 where its owner names it: 并入其Singularity平台)."""
        near_model = bool(self.model_word_beside.search(before[-6:]) or self.model_word_after(self.series.sub("", after[:8]))
                          or self.service_before.search(before) or self.service_after.match(after)
                          or self.model_ending.search(name))
        near_company = bool(self.company_word_before.search(before.rstrip())
                            or self.company_word.match(after.lstrip()))
        if near_company and self.owned_platform.search(text[max(0, start - 24):start].rstrip().removesuffix("平台")) \
                and "平台" in (before.rstrip()[-2:], after.lstrip()[:2]):
            near_company = False
        return near_model, near_company

    def opening_words(self, words: list[str]) -> bool:
        """Whether a run's words are a sentence's opening words, no name: a common word and more,
        Among the Japanese firms, About 20 families (a sentence's first word and a count), a
        sentence's first word alone (Another company under scrutiny is…)."""
        return words[0].lower() in COMMON_LATIN and len(words) > 1 or words == [words[0]] and words[0] in self.sentence_starts or \
            len(words) > 2 and words[0] in self.sentence_starts and words[1] in self.title_particles or \
            words[0] in self.sentence_starts and all(word.isdigit() for word in words[1:])

    def owned_product(self, name: str, text: str, start: int, near_model: bool, candidates: list[Mention],
                      company_ends: list[int] | None = None) -> bool:
        """卓汇科技的Lumora平台, 卓汇科技的Zorvia引擎, 谷歌的Contact Desk AI, Pictora的开发者卓汇科技: a name
        owned by the company named right before it, beside a product's word or holding a product's mark
        (english.tsv product_mark), or told before its developer's word, is that company's product."""
        if self.developer_after.match(text, start + len(name)):
            return True
        if not (near_model or name.split()[-1] in self.product_marks):
            return False
        # only the companies ending where a gap can begin: the spaces before ``start``, a word of the gap at
        # most owner_gap_reach long and the spaces before it (not every company of the text for every name)
        reach = start
        while reach > 0 and text[reach - 1].isspace():
            reach -= 1
        reach = max(0, reach - self.owner_gap_reach)
        while reach > 0 and text[reach - 1].isspace():
            reach -= 1
        if company_ends is None:  # (the ends of the companies among ``candidates``, in order)
            company_ends = sorted(owner.end for owner in candidates if owner.type == "Company")
        return any(self.owner_gap.fullmatch(text, end, start)
                   for end in company_ends[bisect_left(company_ends, reach):bisect_right(company_ends, start)])

    def given_named(self, name: str) -> bool:
        """Matthew Garner在…, 医生David Dennis Kim: two or three words shaped like a person's,
        the first a known given name, none a known name, a kind word or an outlet's, are a person
        in Chinese text (English text: kg.mentions.people, with its own guards)."""
        words = name.split()
        return 2 <= len(words) <= 3 and words[0] in self.given_names and self.person_shaped(words)

    def person_shaped(self, words: list[str]) -> bool:
        return all(_ANY_PERSON_WORD.fullmatch(word) for word in words) and not any(
            self.words.kb.lookup(word) or self.words.suffix_of(word) or word in self.outlet_words
            or word in self.business_words or word in self.name_stops or word.lower() in COMMON_LATIN for word in words)

    def persons_listed(self, text: str, found: list[Mention], candidates: list[Mention]) -> list[Mention]:
        """原告｜Mac Pierce、Niki Hughes、Valerie Cumming: a name typed a company only for the
        clause it stands in (a suit), listed right beside a person found after it, is a person too."""
        typed, beside = [], Beside(text, candidates)
        beside.add_new(found)
        for mention in found:
            if mention.mechanism == self.family and mention.type == "Company" and \
                    self.listed_with_person(mention.text, text, mention.start, mention.end, beside):
                mention = self.mention(mention.text, "Person", mention.start, mention.end, 0.6, "person")
            typed.append(mention)
        return typed

    def model_word_after(self, after: str) -> bool:
        """A model's word right after a name (Quillet app, 可灵大模型), a whole word where it is
        Latin: approved and appealed hold no app."""
        match = self.model_word.search(after[:4])
        if match is None:
            return False
        return not (match.group()[-1].isascii() and re.match(r"[A-Za-z]", after[match.end():match.end() + 1]))

    def models_listed(self, text: str, found: list[Mention], candidates: list[Mention]) -> list[Mention]:
        """Ling-Lite和Ling-Plus开源: a name typed a company only for the clause it stands in (a
        release cue after it), listed right beside a model of the same stem (the words before
        its first hyphen), is another model of that family."""
        typed = []
        for mention in found:
            if mention.mechanism == self.family and mention.type == "Company" and "-" in mention.text:
                stem = mention.text.split("-")[0]
                if any(other.type == "AIModel" and other.text.split("-")[0] == stem and other.text != mention.text
                       and (other.end <= mention.start and self.list_joiner.fullmatch(text, other.end, mention.start)
                            or mention.end <= other.start and self.list_joiner.fullmatch(text, mention.end, other.start))
                       for other in (*candidates, *found)):
                    mention = self.mention(mention.text, "AIModel", mention.start, mention.end, 0.5, "listed")
            typed.append(mention)
        return typed

    def family_members(self, text: str, untyped: list[tuple[int, str]], named: list[Mention]) -> list[Mention]:
        """Nova Micro、Nova Lite、Nova Pro: an untyped name listed next to a named model or
        company of the same first word is another member of that family, of its type."""
        found: list[Mention] = []
        for start, name in untyped:
            end = start + len(name)
            for other in (*named, *found):
                if other.type in ("AIModel", "Company") and other.text.split()[0] == name.split()[0] != other.text \
                        and (other.end <= start and self.list_joiner.fullmatch(text, other.end, start)
                             or end <= other.start and self.list_joiner.fullmatch(text, end, other.start)):
                    found.append(self.mention(name, other.type, start, end, 0.5, "listed"))
                    break
        return found

    def law_kind_ends(self, name: str) -> bool:
        """Whether a name ends in a kind of instrument (Online Safety Bill), or in one and its
        year (the Housing Act 1996, the Privacy Amendment Bill 2024)."""
        words = name.split()
        if len(words) > 2 and _YEAR.search(words[-1]):
            words = words[:-2] if len(words) > 3 and words[-2] == "of" else words[:-1]  # the Securities Act of 1933
        # the Targeted Benefits Framework Assurance Review: a document about an instrument named inside it
        return bool(words) and (words[-1] in self.law_kinds or words[-1] in self.instrument_documents
                                and any(word in self.law_kinds for word in words[1:-1]))

    def spans(self, text: str):
        """(start, name) of each run of capitalised words, cut where a sentence ends inside it
        (…Security Act. It amends; Background. The AI Act; not after U.S. or Inc.); a run
        joined by "and" after a known name or a law's is two names (Andreessen Horowitz and Capital Group,
        the Wiretap Act and the Stored Communications Act)."""
        for match in self.latin_name.finditer(text):
            for start, name in (part for piece in self.sentences(match.start(), match.group(0)) for part in self.at_title(*piece)):
                name = name.rstrip(".")
                if text[start - 1:start] in _OPENING_MARKS and name[-1:] in _MARKS_CLOSING:
                    name = name[:-1]  # the ‘Facemix’ app: the mark closing the quotation, no part of the name
                joined = _AND.search(name)
                if joined and (self.words.kb.lookup(name[:joined.start()]) is not None or
                               len(name[:joined.start()].split()) > 1 and self.law_kind_ends(name[:joined.start()])):
                    yield start, name[:joined.start()]
                    yield start + joined.end(), name[joined.end():]
                elif dated := self.law_then_date.match(name) or self.law_year_then_word.match(name):
                    yield start, dated.group("law")
                else:
                    yield start, name

    def at_title(self, start: int, run: str):
        """(start, piece) of a run of capitalised words cut before a person's title inside it
        (context.tsv person_title: Acme CEO Jane Roe, Acme CEO简·罗): the employer's name, then the
        title and its holder (LatinNames.trimmed reads the title as opening a person's name)."""
        words = run.split(" ")
        cut = next((i for i, word in enumerate(words) if i and word in self.latin_titles), None)
        if cut is None:
            yield start, run
            return
        before = " ".join(words[:cut])
        yield start, before
        yield start + len(before) + 1, " ".join(words[cut:])

    def sentences(self, start: int, run: str):
        """(start, piece) of a run of capitalised words cut at each full stop that ends a
        sentence: after a word that is no abbreviation, no legal form and no initial
        (data/lexicon/sentences.tsv)."""
        piece_start = 0
        for stop in _SENTENCE_STOP.finditer(run):
            word = run[:stop.start() - 1].split()[-1] if run[:stop.start() - 1].split() else ""
            if word in self.abbreviations or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
                continue  # U.S. Copyright Office, Inc. and, Paul M. Nakasone
            yield start + piece_start, run[piece_start:stop.start()]
            piece_start = stop.end()
        yield start + piece_start, run[piece_start:]

    def among_companies(self, text: str, start: int, end: int, candidates: list[Mention]) -> bool:
        """An unknown capitalised name in Chinese text is a company only among companies: in a
        list with a known one (三星、Adobe、Capital One和百度) or in a clause about investing
        or buying (context.tsv company_clause: 本轮融资由软银领投，Coatue、Altimeter 等参投);
        a product, a tool or a benchmark named alone (基于 Kubernetes, HumanEval 测试) is none."""
        clause_start = max(text.rfind(mark, 0, start) for mark in "。；;\n") + 1
        clause_end = min((i for i in (text.find(mark, end) for mark in "。；;\n") if i >= 0), default=len(text))
        if self.company_clause.search(text, clause_start, clause_end) or self.act_after.match(text, end) \
                or self.owner(text, start, end):
            return True
        for known in candidates:
            if known.type not in ("Company", "Organization") or not known.kb_id:
                continue
            if known.end <= start and self.list_joiner.fullmatch(text, known.end, start) \
                    or end <= known.start and self.list_joiner.fullmatch(text, end, known.start):
                return True
        return False

    def owner(self, text: str, start: int, end: int) -> bool:
        """由Exor控股的GEDI, 归Exor所有, Exor旗下的: a name between 由/归 and a word of holding
        (context.tsv holder_before, held_by), or right before a unit's word (旗下, 子公司:
        unit_of), owns a unit: a company."""
        return bool(self.holder_before.search(text, max(0, start - 2), start) and self.held_after.match(text, end)
                    or self.units_after.match(text, end))

    def speaker(self, name: str, text: str, end: int) -> bool:
        """Sam Altman表示, 据Elon Musk称: two or three capitalised words shaped like a
        person's names (none a known name, a company's word or an outlet's) before a verb
        of saying (context.tsv speech_verb), a bracket between them allowed."""
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_PERSON_WORD.match(word) for word in words):
            return False
        if any(self.words.kb.lookup(word) or self.words.suffix_of(word) or word in self.outlet_words
               or word.lower() in COMMON_LATIN for word in words):
            return False  # Zorbi Labs表示, Google Cloud称: a company speaking
        return bool(self.speech_after.match(text, end))

    def listed_with_person(self, name: str, text: str, start: int, end: int, beside: Beside) -> bool:
        """工程师Xuechen Li和Jimmy Fraiture, 英国的艾伦·克里西亚克（Alan Krysiak）、越南的Phát Phùng Tấn:
        a person-shaped Latin name (two or three words, none a known name, a kind word or an outlet's)
        listed right beside a person, each perhaps after its place's 的, is a person."""
        words = name.split()
        if not 2 <= len(words) <= 3 or not self.person_shaped(words):
            return False
        # what a listing gap may hold besides white space: a gloss (40 and its brackets), a joiner, a place and 的
        most = 42 + self.joiner_most + beside.place_most + 1
        return any(self.listing_gap(text, left, start, beside.places) for left in beside.ends_before(start, most)) \
            or any(self.listing_gap(text, end, right, beside.places) for right in beside.starts_after(end, most))

    def listing_gap(self, text: str, left: int, right: int, places: set[tuple[int, int]]) -> bool:
        """Whether what stands between two names lists them: a gloss in brackets, a list's joiner
        (context.tsv list_joiner), then at most a place's 的 (中国香港的)."""
        gloss = _GLOSS.match(text, left, right)
        joiner = self.list_joiner.match(text, gloss.end() if gloss else left, right)
        if joiner is None:
            return False
        rest = text[joiner.end():right]
        return not rest or rest.endswith("的") and (joiner.end(), right - 1) in places

    def role_named(self, name: str, before: str) -> bool:
        """原告Steve McKinney, 真人秀选手Kyland Young, 原告Schuster等: one to three words shaped
        like a person's, glued to a role word that is no title (context.tsv person_role_before);
        no given-name list is needed after a role."""
        words = name.split()
        return len(words) <= 3 and bool(self.role_before.search(before)) and self.person_shaped(words)

    def titled_person(self, before: str, after: str) -> bool:
        """创作者DynamicWang, Stephen Thaler 博士: a Latin name next to a person's title."""
        return bool(self.title_before.search(before.rstrip()) or self.title_after.match(after.lstrip()))
