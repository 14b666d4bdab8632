"""The bits of Chinese and English syntax several families read: clauses (a ，or ：
ends one) and coordinated names sharing a role (A、B和C; OpenAI, Anthropic and France's
Mistral AI), a place of the act after 在/于.  No family of its own: the cue and place
families use it.  Words from data/lexicon/context.tsv: location_marker, joint, person_title, unit_of,
attached_to.
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from ..alternation import alternation, alternatives
from ..model import AGENTS, Mention
from ..mentions.words import CJK
from ..punctuation import APOSTROPHES, CLAUSE_BREAK, POSSESSIVE, POSSESSIVE_TAIL
# the list words' table (kg.punctuation), which the families read through this module
from ..punctuation import AND_ALSO, CHINESE_AND, COMMAS, ENUMERATION_COMMA, LATIN_AND, LIST_WORDS, SEMICOLONS, SLASHES, joiner  # noqa: F401

# the gap between two names sharing a role: a list word, or, 并, 以及其, a comma before 和 or "and"
COORDINATED = joiner(ENUMERATION_COMMA, *COMMAS, *CHINESE_AND, AND_ALSO, "或", "并", *LATIN_AND, "以及其", r",?\s*和", r",?\s*and")
COORDINATION = re.compile(rf"^\s*{COORDINATED}?\s*$", re.I)
# an English list whose every member has its article (the A, the B and the C): the joiner with the article after it,
# the article before the list's first, what goes on after a member (not the A, the B-maker: one name described)
ARTICLE_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)the\s+$")
ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
ARTICLE_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)the\s")
# what opens the next member of a list (A、X下属的B, A和隶属X的B, A，以及X下属的B)
LIST_SEPARATOR = joiner(*LIST_WORDS, rf"[{''.join(COMMAS)}]\s*{AND_ALSO}")
LIST_OR_COMMA = joiner(ENUMERATION_COMMA, *COMMAS, *CHINESE_AND, AND_ALSO)  # 、，,和与及以及: a gap opening a list's next name
LISTED_UNIT_GAP = re.compile(rf"\s*{LIST_SEPARATOR}\s*")
# 包括英国、美国和中国在内的28个国家以及欧盟: an inclusive list and one more name after it share a role
INCLUSIVE = re.compile(rf"^\s*在内的[^，,。；;：:、]{{0,12}}?{joiner(AND_ALSO, *CHINESE_AND)}\s*$")
PARENTHESIS = re.compile(r"[（(][^（）()]{0,80}[）)]")
DASHED = re.compile(r"\s*(?:—|–|--)\s*[^—–\n]{1,100}?\s*(?:—|–|--)\s*(?=(?:and|or)\s)")  # A and B—a rival—and C: the appositive, no gap
_UNFOUND_TAIL = re.compile(rf"(?:\s*{joiner(ENUMERATION_COMMA, *CHINESE_AND)}\s*[\u4e00-\u9fff]{{2,8}})?\s*等?\s*")  # 和贸易部等
# 康泰纳仕（Condé Nast）、《大西洋月刊》和《福布斯》: the title marks of an outlet named in a list are no gap
TITLE_MARKS = re.compile(r"^\s*[》」]|[《「]\s*$")  # 《A》、《B》, and Taiwan's 「A」、「B」
# 谷歌及其母公司 Alphabet, OpenAI及其首席执行官奥尔特曼, xAI 及其子公司、平台运营方 X Corp.: the one
# after 及其 (and its subsidiary MosaicML) is described by its tie to the first, and shares its role
DESCRIBED = re.compile(r"^\s*(?:及其[^，,。；;：:\s]{1,16}|,?\s*and (?:its|their) (?:[a-z-]+ ){0,2}?[a-z-]+)\s*$")
DESCRIBED_PARTIES = frozenset({"Person", "Company", "Organization"})  # what a place and 的 may describe
# 司机工会（Drivers Union，DU）与非营利组织劳工数据交流（Worker Data Exchange）: names known only by their
# glosses, the Chinese names before them unfound; a gloss's close, a list word, a Chinese name and the next gloss's open
GLOSS_TO_GLOSS = re.compile(rf"[^（）()]{{0,40}}[）)]\s*{LIST_SEPARATOR}\s*[{CJK}]{{2,24}}\s*[（(]\s*")
# 《A》、麦克拉奇（McClatchy）: a list's next name unfound, its gloss found: the gloss stands for the name it follows
NAME_TO_GLOSS = re.compile(rf"\s*[》」』”]?\s*{LIST_SEPARATOR}\s*[{CJK}]{{2,8}}\s*[（(]\s*")
# 加拿大广播公司（CBC/Radio-Canada）: what follows a name within its gloss, to the gloss's end
GLOSS_REST = re.compile(r"(?:\s*[/／][^（）()、，,;；]{1,30})?\s*[）)]")
# Grammar.nearest_group: the names read first from the right, and how far before a name what it
# is in a group can depend on (a unit's description: 40 characters, an owner's gap: 12; a place's
# kind: Grammar.place_kind_reach and spaces, checked apart)
NEAREST_FROM = 16
NEAREST_REACH = 48
_NOT_SPACE = re.compile(r"\S")
BRACKET_REACH = 12  # characters from a bracket's opening to a place glossing the name before it
_CLOSING = re.compile(r"[）)]")

#: The numbers a count is written with (三家, 两名, three writers): 一 to 十, 两 (兩), two to ten.
COUNTS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "兩": 2} | {
    word: n for n, word in enumerate("two three four five six seven eight nine ten".split(), 2)}
_CHINESE_NUMBER = "".join(c for c in COUNTS if not c.isascii())


def count_value(count: str) -> int | None:
    """The number a count says (三 -> 3, 兩 -> 2, 12 -> 12, three -> 3); None for one it cannot
    tell (多, 几, 二十)."""
    return int(count) if count.isdigit() else COUNTS.get(count.lower())


def classifiers(words: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The classifiers a Chinese count of parties takes, each with the types of what it counts:
    persons (三位, 两名: context.tsv person_classifier), bodies (两家, 三所: body_classifier) or
    either (三个: party_classifier)."""
    counted = (("person_classifier", {"Person"}), ("body_classifier", {"Company", "Organization"}),
               ("party_classifier", {"Person", "Company", "Organization"}))
    return {word: frozenset(types) for row, types in counted for word in words[row]}


def counted(words: dict[str, tuple[str, ...]], *, vague: bool = False) -> str:
    """A Chinese count of parties and its classifier (三位作家, 两家报社, 5名原告, 兩間公司) as a
    pattern: the number (group ``count``: 一 to 十, 两, 兩 or digits; with ``vague`` also 几 and 多
    and their runs, 十几家, 二十多位) and the classifier (group ``unit``: ``classifiers``)."""
    number = rf"[{_CHINESE_NUMBER}几多\d]+" if vague else rf"[{_CHINESE_NUMBER}]|\d{{1,3}}"
    return rf"(?P<count>{number})\s*(?P<unit>{alternatives(classifiers(words))})"


@lru_cache(maxsize=4)
def clause_breaks(text: str) -> list[int]:
    """Where ``text`` breaks a clause (CLAUSE_BREAK's positions, in order; each break is one
    character): where the first break after a position is, by bisection, not by reading on to it."""
    return [found.start() for found in CLAUSE_BREAK.finditer(text)]


class Words:
    """Where any of some words stands in a text: ``occurs(text, start, end)`` is ``any(word in
    text[start:end] for word in words)``, answered by bisection over the words' places in the text
    (found once for the last text asked about): a clause of a thousand cues is not read again at each."""

    def __init__(self, words) -> None:
        self.words = tuple(dict.fromkeys(word for word in words if word))
        self._read: tuple[str | None, list[int], list[int]] = (None, [], [])

    def places(self, text: str) -> tuple[list[int], list[int]]:
        """Where each occurrence of a word starts (overlapping ones too), in order, and the nearest
        end of the occurrences from each on."""
        if self._read[0] is not text:
            found = sorted((at, at + len(word)) for word in self.words for at in _finds(text, word))
            ends, nearest = [], len(text) + 1
            for _, end in reversed(found):
                nearest = min(nearest, end)
                ends.append(nearest)
            self._read = (text, [at for at, _ in found], ends[::-1])
        return self._read[1], self._read[2]

    def occurs(self, text: str, start: int, end: int) -> bool:
        starts, ends = self.places(text)
        first = bisect_left(starts, start)
        return first < len(starts) and ends[first] <= end

    def last(self, text: str, start: int, end: int) -> int:
        """``max(text.rfind(word, start, end) for word in words)``: where the last occurrence wholly
        inside text[start:end] starts, -1 where none is."""
        starts, _ = self.places(text)
        for at in range(bisect_left(starts, end) - 1, -1, -1):
            if starts[at] < start:
                break
            if any(text.startswith(word, starts[at]) and starts[at] + len(word) <= end for word in self.words):
                return starts[at]
        return -1


def _finds(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def covering(mentions: list[Mention]) -> Callable[[int], bool]:
    """``lambda position: inside_any(position, mentions)`` for names sorted by their starts,
    answered by bisection over the starts and the furthest end up to each (the names of a
    sentence read once, not again at each position asked about)."""
    starts, furthest, reach = [], [], -1
    for mention in mentions:
        starts.append(mention.start)
        reach = max(reach, mention.end)
        furthest.append(reach)

    def covered(position: int) -> bool:
        last = bisect_right(starts, position) - 1
        return last >= 0 and furthest[last] > position
    return covered


class Grammar:
    def __init__(self, words: dict[str, tuple[str, ...]]) -> None:
        self.location_markers = words["location_marker"]
        self.passive = (*words["passive"], *words["approval_passive"])  # 遭到, 得到: the 到 of a passive word marks no place
        self.former = tuple(words["former_office"])
        self.former_time = tuple(words["former_time"])  # 日前, 目前, 两年前: a time word ending in 前, no office left
        self.joint = words["joint"]
        self.joint_lead = tuple(words["joint_lead"])  # 牵头: the body leading a joint act, the others after it
        self.pleas = tuple(w for w in words["plea"] if not w.isascii())  # 请求, 要求: a party asks a court (context.tsv plea)
        self.inclusive_intro = tuple(words["inclusive_intro"])  # 包括A和B在内的…: the names it lists
        self.inclusive_close = tuple(words["inclusive_close"])
        # A、X下属的B, A和隶属X（X'）的B: the parent and the word tying the unit to it describe the unit
        # (a word of each kind is what Grammar.unit_description needs: where none is in reach, no search)
        self.unit_words = Words((*words["attached_to"], *words["unit_of"])) if words["attached_to"] and words["unit_of"] else None
        self.unit_description = re.compile(
            rf"{LIST_SEPARATOR}\s*(?P<description>(?:{alternatives(words['attached_to'])})[^、，,。；;：:]{{1,24}}?的"
            rf"|[^、，,。；;：:{''.join(CHINESE_AND)}]{{1,24}}?(?:{alternatives(words['unit_of'])}))\s*$")
        # 、记者贾·托伦蒂诺, 、喜剧演员萨拉·西尔弗曼: a separator, then a person's title (a few words of
        # description before it) introducing the next name of the list; the title may say whose
        # and how many (、该公司两名创始人A和B, 、其三位联合创始人A、B和C)
        self.titled_gap = re.compile(rf"^\s*{LIST_OR_COMMA}\s*(?:该\w{{1,3}}?|其)?(?:[两一二三四五六七八九十几多\d]+[名位个])?"
                                     rf"\w{{0,4}}?(?:{alternatives(words['person_title'])})\s*$")
        # and authors Jacqueline Woodson, ; and horror writer Christopher Golden: the English list's joiner, then
        # the next person's title (a few words before it); a person's appositive title after the name before
        # (Lisa Barretta, author of 11 books on spirituality, Philip Shishkin): both describe, neither breaks the list
        titles = alternatives(words["person_title_latin"])
        self.latin_titled_gap = re.compile(rf"^\s*(?:,\s*|,?\s*and\s+|;\s*(?:and\s+)?)(?:(?:the|fellow|a|an)\s+)?"
                                           rf"(?:[a-z-]+\s+){{0,2}}?(?:{titles})\s+$")
        self.latin_appositive_gap = re.compile(rf"^\s*,\s*(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{titles})\b"
                                               rf"[^,;()]{{0,60}}[,;]\s*(?:and\s+)?$")
        # 、非营利研究机构EleutherAI: a separator, then a few words describing the next name by its kind
        self.described_gap = re.compile(rf"^\s*{LIST_OR_COMMA}\s*[\u4e00-\u9fff]{{0,6}}?(?:{alternatives(words['description_head'])})\s*$")
        self.place_kind = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternatives(words['description_head'])})\s*")
        # 以及捍卫作者利益的C, 和总部位于巴黎的C: a list word, then a clause ending in 的 that names no one,
        # describing the next name (not 及其X的: its unit; not a comma, which may open a clause of its own)
        self.clause_described_gap = re.compile(rf"^\s*{joiner(*LIST_WORDS)}\s*(?:(?![{''.join(CHINESE_AND)}{ENUMERATION_COMMA}其])[\u4e00-\u9fff\d]){{2,12}}的\s*$")
        # how far a place's kind words reach before the spaces after them (Grammar.nearest_group)
        self.place_kind_reach = 6 + max(map(len, words["description_head"]), default=0)
        # OpenAI首席执行官萨姆·奥尔特曼, 苹果前首席设计官乔尼·艾夫, Character.AI的开发者Character Technologies:
        # a name, then its office or tie (context.tsv person_title for a person; developer, parent_company
        # for a company), then the one holding it: the first name describes the second (not across a list
        # word: 播客X及其主持人Y names both, DESCRIBED); a title in Latin letters between spaces (OpenAI CEO萨姆·奥尔特曼)
        owner_roles = [w for w in (*words["developer"], *words["parent_company"]) if not w.isascii()]
        self.owner_gap = re.compile(rf"的?(?:{alternatives(words['former_office'])})?(?:(?P<office>[ \u00a0]?(?:(?![{''.join(CHINESE_AND)}{ENUMERATION_COMMA}其])\w){{0,4}}?(?:{alternatives(words['person_title'])})[ \u00a0]?)"
                                    rf"|(?:{alternatives(owner_roles)}))")
        # 通义千问70亿参数通用模型Qwen-7B和对话模型Qwen-7B-Chat: between two models, a few words naming
        # the next one's kind (no 的: 以Llama 3为基础的模型X is built on the first, not listed with it)
        self.model_kind_gap = re.compile(rf"^\s*{joiner(*LIST_WORDS)}?\s*(?:(?!的)[\u4e00-\u9fff\d.]){{0,10}}?"
                                         rf"(?:{alternatives(words['model_head'] + words['model_series'])})\s*$")
        # 彭博有限合伙企业（Bloomberg L.P.）、微软: the legal form and the gloss after a name are part of it
        forms = alternatives(words['legal_form'])
        self.form_then_gloss = re.compile(rf"^\s*(?:{forms})?\s*[）)]?")
        self.gloss_opening = re.compile(rf"\s*(?:{forms})?\s*[（(]\s*")
        # 《加州消费者隐私法》（CCPA）项下的条例: what follows the law is made under it
        self.law_frame = re.compile(rf"\s*(?:{alternatives(words['law_frame'])})\s*的?\s*")
        # 据路透社报道, 根据 Reuters（路透社）的最新报导; 「日经亚洲」（Nikkei Asia）报导，…: the outlet a sentence
        # cites as its source (context.tsv reported_by, report_told; Grammar.cited)
        self.cited_open, self.cited_close = cited_patterns([w for w in words["reported_by"] if not w.isascii()],
                                                           [w for w in words["report_told"] if not w.isascii()])
        self.reporting_open, self.reporting_close = reporting_patterns(words)
        self.unit_described = lru_cache(maxsize=4096)(self._unit_described)
        self.owner_gaps = lru_cache(maxsize=16384)(self._owner_gaps)
        self.joined = lru_cache(maxsize=65536)(self._joined)
        self._read_before: tuple | None = None  # (Grammar.read_before's last names and what it read of them)

    def clause_agent(self, sentence, verb: int) -> Mention | None:
        """The name the verb's clause names before it, else the body the sentence opens with: who
        invests (stake) or uses (supply)."""
        text = sentence.text
        clause_start = self.clause_start(text, sentence.start, verb)
        before = [m for m in sentence.mentions if clause_start <= m.start and m.end <= verb]
        group = self.group(text, before, AGENTS - {"Jurisdiction"}, from_right=True)
        if group:
            return group[-1]
        first = next((m for m in sentence.mentions if m.start >= sentence.start), None)
        if first is not None and first.end <= verb and first.type in AGENTS - {"Jurisdiction"} \
                and not text[sentence.start:first.start].strip("，, "):
            return first
        return None

    def framed(self, text: str, laws: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """Each law, or the instrument named right after it as made under it (《加州消费者隐私法》
        （CCPA）项下关于自动化决策技术的条例: the regulation, not the statute, is what was adopted)."""
        out = []
        for law in laws:
            position = law.end + len(text[law.end:law.end + 2]) - len(text[law.end:law.end + 2].lstrip("》」”"))
            gloss = PARENTHESIS.match(text, position)
            frame = self.law_frame.match(text, gloss.end() if gloss else position)
            made = next((m for m in mentions if frame and m.start == frame.end() and m.type == law.type == "Law"), None)
            law = made or law
            if law not in out:
                out.append(law)
        return out

    @staticmethod
    def clause_start(text: str, start: int, position: int) -> int:
        """Where the clause holding ``position`` begins (after the last ，or ：), found by
        bisection (a sentence of a thousand clauses is not read from its start at each cue)."""
        breaks = clause_breaks(text)
        last = bisect_left(breaks, position) - 1  # the last break before position (each is one character)
        return breaks[last] + 1 if last >= 0 and breaks[last] >= start else start

    @staticmethod
    def clause_end(text: str, position: int, end: int) -> int:
        found = CLAUSE_BREAK.search(text, position, end)
        return found.start() if found else end

    def group(self, text: str, candidates: list[Mention], types: set[str], from_right: bool,
              stop: int | None = None, across_units: bool = True) -> list[Mention]:
        """The coordinated names nearest the cue, of the allowed types: A、B和C.  Looking
        left, a group introduced by 在/于 is a place of the act and is passed over.  A unit
        listed with its parent (A、X下属的B) is a member, the parent none, unless
        ``across_units`` is off (the unit's tie is the act read: X下属的B is a unit of X)."""
        if not from_right and len(candidates) > 2 * NEAREST_FROM:
            return self.first_group(text, candidates, types, stop, across_units)
        return self._group(text, candidates, types, from_right, stop, across_units)[0]

    def first_group(self, text: str, candidates: list[Mention], types: set[str], stop: int | None,
                    across_units: bool) -> list[Mention]:
        """Grammar.group read from the left, reading only the first few candidates where that tells
        the same group (nearest_group's mirror: the names listed after a word to its sentence's end
        are not read whole at each word).  The group stops at a name (where its loop breaks) or at
        ``stop``; what each name up to there is depends only on the names starting at most
        NEAREST_REACH characters after it (a place's 的 or kind, an owner's gap, a unit's description,
        a possessive; their spaces checked apart), so the first names up to a cut that far after
        it give the same group; else twice as many are read, then all of them.  Candidates not in
        order of their starts are read whole."""
        starts = [m.start for m in candidates]
        count = NEAREST_FROM if starts == sorted(starts) else len(candidates)
        while count < len(candidates):
            cut = starts[count]
            chosen, broke_at = self._group(text, candidates[:count], types, False, stop, across_units)
            frontier = broke_at.start if broke_at is not None else stop if stop is not None and stop <= cut else None
            if frontier is not None:
                reach = max((m.end for m in candidates[:count] if m.start <= frontier), default=frontier)
                if cut - max(frontier, reach) > NEAREST_REACH and _NOT_SPACE.search(text, reach + self.place_kind_reach, cut):
                    return chosen
            count *= 2
        return self._group(text, candidates, types, False, stop, across_units)[0]

    def nearest_group(self, text: str, candidates: list[Mention], types: set[str], keep: Callable[[Mention], bool],
                      across_units: bool = True) -> list[Mention]:
        """``group(text, [m for m in candidates if keep(m)], types, from_right=True)`` for
        candidates in order of their starts, reading (and keeping) only the last few where
        that tells the same group: a clause of a thousand listed names is not read whole at
        each of its cues.  The group read from the right stops at a name (the one its loop
        breaks at); what each name read up to there is (a member, a parent, a place or an
        owner describing the next) depends only on the names ending at most NEAREST_REACH
        characters before it (a unit's description, an owner's gap, a place and 的 or a kind;
        everything after it is read), so the last names from a cut that far before that name,
        or further, give the same group; else twice as many are read, then all of them."""
        count = NEAREST_FROM
        while count < len(candidates):
            cut = candidates[-count].start
            suffix = [m for m in candidates if m.end >= cut and keep(m)]
            chosen, broke_at = self._group(text, suffix, types, True, None, across_units)
            if broke_at is not None and broke_at.start - cut > NEAREST_REACH \
                    and _NOT_SPACE.search(text, cut + self.place_kind_reach, broke_at.start):  # (no kind's spaces reach over)
                return chosen
            count *= 2
        return self.group(text, [m for m in candidates if keep(m)], types, from_right=True, across_units=across_units)

    def _group(self, text: str, candidates: list[Mention], types: set[str], from_right: bool,
               stop: int | None, across_units: bool) -> tuple[list[Mention], Mention | None]:
        """Grammar.group, and the name its loop broke at (None where it read every name)."""
        glosses = bracketed_places(text, candidates)
        if glosses:
            candidates = [m for m in candidates if id(m) not in glosses]
        described = self.described_by_place(text, candidates)
        owners = self.described_by_owner(text, candidates, described)
        if across_units:
            parents = self.listed_units(text, candidates, described)
            candidates = [m for m in candidates if id(m) not in parents]
        # France's Mistral AI: the owner is no member of the group (only a name an apostrophe follows can be one)
        ordered = sorted((m for m in candidates if (m.type != "Regulator" or not self.former_office(text, m, candidates)) and (text[m.end:m.end + 1] not in APOSTROPHES
                          or not any(POSSESSIVE.fullmatch(text[m.end:n.start]) for n in candidates))
                          and not (m.type == "Jurisdiction" and m.start in described.values()) and not (id(m) in owners and owners[id(m)].type in types)),
                         key=lambda m: m.start, reverse=from_right)
        if stop is not None:
            ordered = [m for m in ordered if m.start < stop]
        chosen: list[Mention] = []
        broke_at = None
        for mention in ordered:
            if from_right and chosen and self.opening_place(text, mention, chosen[-1]):
                broke_at = mention
                break  # 在美国，X被Y起诉: the place opening the clause before is where, no member of X's group
            if mention.type not in types or (chosen and not self.coordinated(text, chosen[-1], mention, from_right,
                                                                             described)):
                if chosen and not (from_right and self.located(text, chosen[-1])):
                    broke_at = mention
                    break
                chosen = []
                if mention.type not in types:
                    continue
            chosen.append(mention)
        if from_right and chosen and self.located(text, chosen[-1]):
            return [], broke_at
        return sorted(chosen, key=lambda m: m.start), broke_at

    def included(self, text: str, place: Mention, candidates: list[Mention], types: set[str], start: int = 0) -> list[Mention]:
        """包括国防部和贸易部在内的韩国多个部委: a place right after 在内的 (context.tsv inclusive_close)
        says whose the kind of body is; the names the group is told of are those 包括 (inclusive_intro)
        lists before it, in its clause within the sentence from ``start`` (none where the place opens
        no such group)."""
        if place.type != "Jurisdiction":
            return []
        end = place.start
        while end > start and text[end - 1].isspace():
            end -= 1
        close = next((end - len(w) for w in self.inclusive_close if text.endswith(w, start, end)), None)
        if close is None:
            return []
        clause_start = self.clause_start(text, start, close)
        intro = max((found + len(w) for w in self.inclusive_intro if (found := text.rfind(w, clause_start, close)) >= 0), default=-1)
        if intro < 0:
            return []
        named = self.group(text, [m for m in candidates if intro <= m.start and m.end <= close], types, from_right=True)
        # (a last name no rule found may close the list: 包括国防部和贸易部在内的)
        return named if named and not text[intro:named[0].start].strip() and _UNFOUND_TAIL.fullmatch(text, named[-1].end, close) else []

    def former_office(self, text: str, mention: Mention, candidates: list[Mention]) -> bool:
        """前阿肯色州州长迈克·赫卡比, Former Ohio Attorney General Dana Roe: an office its holder has
        left, right before his name (a space between in English), describes him and does not act
        (context.tsv former_office); not a time word ending in its word (日前加州州长X签署: a few
        days ago, context.tsv former_time), nor a longer English word (the performer)."""
        return (mention.type == "Regulator" and self.left_office(text[max(0, mention.start - 12):mention.start].rstrip())
                and any(m.type == "Person" and 0 <= m.start - mention.end <= 1 and not text[mention.end:m.start].strip()
                        for m in candidates))

    def left_office(self, before: str) -> bool:
        """Whether the words before an office end in a word of leaving it (前, 原, Former, ex-)."""
        if before.endswith(self.former_time):
            return False
        return any(before.endswith(word) and not (word[:1].isalpha() and word.isascii() and before[:-len(word)][-1:].isalpha())
                   for word in self.former)

    def extended(self, text: str, chosen: list[Mention], candidates: list[Mention], types: set[str],
                 across_units: bool = True) -> list[Mention]:
        """A group found near its cue with the names coordinated before it, however far from
        the cue they begin (包括A（A'）、《B》、C、D和E在内的14家出版商…对X提起诉讼: A to E)."""
        if not chosen:
            return chosen
        group = list(chosen)
        ordered, starts, parents, described = self.read_before(text, candidates, across_units)
        first = group[0].start
        for mention in (ordered[at] for at in range(bisect_left(starts, -first), len(ordered))):
            if mention.end > group[0].start or id(mention) in parents:
                continue  # (the names ending before the group found, from the right)
            if mention.type not in types or not self.coordinated(text, group[0], mention, from_right=True, described=described) \
                    or self.former_office(text, mention, candidates):
                break
            group.insert(0, mention)
        return group

    def read_before(self, text: str, candidates: list[Mention], across_units: bool
                    ) -> tuple[list[Mention], list[int], set[int], dict[int, int]]:
        """For Grammar.extended: ``candidates`` from the right (by their starts, the last first),
        their starts negated (for bisection), the parents of listed units (where ``across_units``)
        and where those units' descriptions start; kept for the last list of names read, so that
        the cues of one sentence, each asking with the same names, do not read them again."""
        last = self._read_before
        if last is not None and last[0] is text and last[1] == across_units and len(last[2]) == len(candidates) \
                and all(map(operator.is_, last[2], candidates)):
            return last[3]
        described: dict[int, int] = {}
        parents = self.listed_units(text, candidates, described) if across_units else set()
        ordered = sorted(candidates, key=lambda m: m.start, reverse=True)
        read = ordered, [-m.start for m in ordered], parents, described
        self._read_before = (text, across_units, list(candidates), read)
        return read

    def described_by_place(self, text: str, candidates: list[Mention]) -> dict[int, int]:
        """伊朗的阿里安·亚德加尼亚、英国的艾伦·克里西亚克: a place and 的 right before a party
        describe it, and a list reads on over them; {id of the party: where its place starts}."""
        following = {m.start: m for m in candidates if m.type in DESCRIBED_PARTIES}
        described = {id(party): place.start for place in candidates
                     if place.type == "Jurisdiction" and text[place.end:place.end + 1] == "的"
                     and (party := following.get(place.end + 1)) is not None}
        # 及英國資料中心業者Nscale: a place opening the few words of kind before a party describes it too
        for place in candidates:
            if place.type == "Jurisdiction" and (kind := self.place_kind.match(text, place.end)) \
                    and (party := following.get(kind.end())) is not None:
                described.setdefault(id(party), place.start)
        return described

    def described_by_owner(self, text: str, candidates: list[Mention], described: dict[int, int]) -> dict[int, Mention]:
        """起诉OpenAI、OpenAI首席执行官萨姆·奥尔特曼和苹果前首席设计官乔尼·艾夫: a name written right
        before an office its holder holds there, or before the tie of a company to it (X的开发者Y,
        X的母公司Y), describes the one named after, who is the list's member where a list of its type is
        sought (中国电商巨头X董事会主席Y: X is still the company a place describes); notes in ``described``
        where each such member's description starts and returns {id of the describing name: the one described}."""
        following: dict[int, Mention] | None = None  # (made where an owner has a gap after it)
        owners: dict[int, Mention] = {}
        for owner in candidates:
            if owner.type not in ("Company", "Organization", "Regulator") or not (gaps := self.owner_gaps(text, owner.end)):
                continue
            if following is None:
                following = {m.start: m for m in candidates if m.type in DESCRIBED_PARTIES}
            for start, office in gaps:  # the parties starting a character to 12 after the owner, in order
                party = following.get(start)
                if party is not None and (party.type == "Person") == office:
                    described.setdefault(id(party), owner.start)
                    owners[id(owner)] = party
                    break
        return owners

    def _owner_gaps(self, text: str, end: int) -> tuple[tuple[int, bool], ...]:
        """Where, a character to 12 after an owner ending at ``end``, one it describes may start
        (text[end:start] is an owner_gap), each with whether the gap names an office: read
        once per name of a text, not again at each group its sentence's cues ask for."""
        reach = min(len(text), end + 12)
        if self.owner_gap.match(text, end, reach) is None:
            return ()  # (no gap opens there at all: none of the twelve ends tried; each gap is a match up to its end)
        gaps = ((start, self.owner_gap.fullmatch(text, end, start)) for start in range(end + 1, reach + 1))
        return tuple((start, gap.group("office") is not None) for start, gap in gaps if gap is not None)

    def listed_units(self, text: str, candidates: list[Mention], described: dict[int, int]) -> set[int]:
        """CISA联合NSA、X下属的A和隶属Y（Y'）的B: a unit named with its parent inside a list is a
        member of it, its parent no member (named or not); notes in ``described`` where each such
        unit's description starts and returns the ids of the parents (context.tsv unit_of, attached_to)."""
        parents = set()
        for unit in candidates:
            found = self.unit_described(text, unit.start)
            if found is None or any(m.start <= found[0] < m.end for m in candidates):
                continue  # 工业和信息化部下属的A: the 和 inside a name opens no member
            described[id(unit)] = found[1]
            parents |= {id(m) for m in candidates if found[1] <= m.start < unit.start}
        return parents

    def _unit_described(self, text: str, start: int) -> tuple[int, int] | None:
        """Where the separator and the description of a unit named at ``start`` begin (A、X下属的B,
        A和隶属X的B), or None: read once per name, not at each group its sentence's cues ask for."""
        if self.unit_words is not None and not self.unit_words.occurs(text, max(0, start - 40), start):
            return None  # (no word tying a unit to its parent in reach: no description to search for)
        found = self.unit_description.search(text, max(0, start - 40), start)
        return None if found is None else (found.start(), found.start("description"))

    def coordinated(self, text: str, previous: Mention, mention: Mention, from_right: bool,
                    described: dict[int, int] | None = None) -> bool:
        left, right = (mention, previous) if from_right else (previous, mention)
        described = described or {}
        right_start = described.get(id(right), right.start)  # the place describing it (英国的X) is no gap
        return self.joined(text, left.start, left.end, left.type, right_start, right.end, right.type, id(right) in described)

    def _joined(self, text: str, left_start: int, left_end: int, left_type: str, right_start: int, right_end: int,
                right_type: str, listed_unit: bool) -> bool:
        """Grammar.coordinated of two names by where they stand and their kinds (``right_start``: where
        the right one's description starts; ``listed_unit``: it is a unit its parent describes): read
        once per pair of a text, not again at each group its sentence's cues ask for."""
        gap = TITLE_MARKS.sub("", POSSESSIVE_TAIL.sub(" ", PARENTHESIS.sub("", DASHED.sub(" ", text[left_end:right_start]))))
        if self.gloss_opening.fullmatch(gap) and GLOSS_REST.match(text, right_end):
            return True  # 彭博有限合伙企业（Bloomberg L.P.）, 加拿大广播公司（CBC/Radio-Canada）: the name before's gloss
        if GLOSS_TO_GLOSS.fullmatch(text, left_end, right_start):
            return True  # A（A'）与B（B'）, A and B unfound: the glosses stand for the names they follow
        if NAME_TO_GLOSS.fullmatch(text, left_end, right_start) and GLOSS_REST.match(text, right_end):
            return True  # 《A》、麦克拉奇（McClatchy）: the gloss stands for the unfound name it follows
        gap = gap[self.form_then_gloss.match(gap).end():]
        if listed_unit and LISTED_UNIT_GAP.fullmatch(gap):
            return True  # A，以及X下属的B: the unit its parent describes is the list's next member
        if (self.described_gap.match(gap) or self.clause_described_gap.match(gap)) and right_type in DESCRIBED_PARTIES:
            return True
        if left_type == right_type == "AIModel" and self.model_kind_gap.match(gap):
            return True
        if right_type == "Person" and left_type == "Person" and (self.latin_titled_gap.match(gap) or self.latin_appositive_gap.match(gap)):
            return True
        if right_type == "Person" and self.titled_gap.match(gap) and not (
                gap.lstrip().startswith(("，", ",")) and self.located_at(text, left_start)):
            return True  # (not 亚马逊创始人贝索斯: no separator, his company; not 在美国国会，参议员X: a place, then its actor)
        if ARTICLE_JOINER.match(gap) and ARTICLE_BEFORE.search(text, max(0, left_start - 8), left_start) and (
                "and " in gap or ARTICLE_AFTER.match(text, right_end)):
            return True  # the Denver Post, the Orange County Register and the Orlando Sentinel: each with its article
        return bool(COORDINATION.match(gap) or INCLUSIVE.match(gap) or DESCRIBED.match(gap) or self.joint_gap(gap))

    def opening_place(self, text: str, place: Mention, following: Mention) -> bool:
        """在美国，Perplexity被道琼斯起诉: a place after 在/于 and a clause break before the next name
        opens the sentence as its setting; the name after the break starts a group of its own."""
        return self.located(text, place) and not self.located(text, following) \
            and CLAUSE_BREAK.search(text, place.end, following.start) is not None

    def asked(self, text: str, start: int, at: int) -> bool:
        """请求X法院判令, 两家报纸要求东京地方法院裁定…: a party's plea right before the court named at
        ``at`` (read from ``start`` on): the court is asked to act, it has not."""
        return text[max(start, at - 4):at].rstrip().endswith(self.pleas)

    def cited(self, text: str, mention: Mention) -> bool:
        """据路透社报道，三名作家起诉OpenAI; 根据 Reuters（路透社）的最新报导，…; 「日经亚洲」（Nikkei Asia）报导，两家公司
        指控…: the outlet cited as the sentence's source, or opening a clause as the one reporting what
        follows, tells the act, it does not do it (its gloss in brackets aside)."""
        return self.cited_open.search(text, max(0, mention.start - 6), mention.start) is not None \
            and self.cited_close.match(text, mention.end) is not None \
            or self.reporting_open.search(text, max(0, mention.start - 13), mention.start) is not None \
            and self.reporting_close.match(text, mention.end) is not None

    def located(self, text: str, mention: Mention) -> bool:
        """A name right after 在/于 is a place of the act, not its actor: 在美国国会提出 (but
        遭到A起诉: the agent of a passive)."""
        return self.located_at(text, mention.start)

    def located_at(self, text: str, start: int) -> bool:
        """Grammar.located of the name starting at ``start``."""
        before = text[max(0, start - 3):start]
        return before[-1:] in self.location_markers and not before.endswith(self.passive)

    def joint_gap(self, gap: str) -> bool:
        gap = gap.strip()
        for lead in self.joint_lead:  # 由A牵头、B参与编制, A牵头，联合B发布: the leader and the others act together
            if gap.startswith(lead) and (rest := gap[len(lead):].lstrip("，,、 ")) in ("", *self.joint):
                return True
        return any(gap == j or gap.endswith(j) and len(gap) <= len(j) + 2 for j in self.joint)


def bracketed_places(text: str, candidates: list[Mention]) -> set[int]:
    """Suno（美国马萨诸塞州）和Udio（美国纽约州）, Reddit (US): a place in the brackets right after a
    party's name says where the party is, a gloss of it, no member of its list nor a break in it
    (nor one after such a gloss: Udio（美国纽约州（美国纽约））; ids of those places."""
    found: set[int] = set()
    if not any(m.type == "Jurisdiction" for m in candidates):
        return found  # (no place: none to read, the candidates not sorted)
    glossed = {m.end for m in candidates if m.type in AGENTS and m.type != "Jurisdiction"}
    for mention in sorted(candidates, key=lambda m: m.start):
        if mention.type != "Jurisdiction":
            continue
        reach = max(0, mention.start - BRACKET_REACH)  # (looked for within the reach only: linear in the text)
        opening = max(text.rfind("（", reach, mention.start), text.rfind("(", reach, mention.start))
        if opening < 0 or _CLOSING.search(text, opening, mention.start):
            continue  # (no bracket open right before the place)
        end = opening
        while end and text[end - 1].isspace():
            end -= 1  # (where the word before the bracket ends)
        if end in glossed:
            found.add(id(mention))
            glossed.add(mention.end)
    return found


def cited_patterns(citing: list[str] | tuple[str, ...], told: list[str] | tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """An outlet cited as a sentence's source (据《南方日报》报道, 根据 Reuters（路透社）的最新报导, according to
    the Times): the citing word (``citing``: context.tsv reported_by) and what may stand between it
    and the name (a title's mark, "the", the name in Latin letters that the cited one glosses),
    searched for up to the name's start; then what may stand after the name (its mark's close, a
    gloss, 的 and a few characters: 最新, 周二) and its report word (``told``: report_told, the
    group ``told``), matched from the name's end.  Grammar.cited and kg.cases both read them."""
    opening = re.compile(rf"(?:{alternatives(citing, latin_whole=True)})\s*[《「“\"]?\s*(?:the\s+)?"
                         rf"(?:[A-Za-z][\w.&' -]{{0,40}}?\s*[（(]\s*)?$", re.IGNORECASE)
    closing = re.compile(rf"\s*[》」”\"]?\s*(?:[（(][^（()）]{{1,40}}[）)])?\s*[）)]?\s*的?\s*[^，,。；;：:\s]{{0,6}}?"
                         rf"(?P<told>{alternatives(told, latin_whole=True)})", re.IGNORECASE)
    return opening, closing


def reporting_patterns(words) -> tuple[re.Pattern, re.Pattern]:
    """An outlet opening a clause as the one reporting what follows (路透社周二报道，; 新浪此前曾报道，):
    what may stand before it in its clause (searched up to the name) and what follows it, the
    report word within a few characters, then a comma (not X否认相关报道，: X answers the report,
    context.tsv report_answered; reporting_told, then maybe reporting_said: 报道称).  Grammar.cited and kg.cases both read it."""
    opening = re.compile(r"(?:^|[，,。；;：:\n])[^，,。；;：:\n]{0,12}$")
    answered, told = words["report_answered"], alternatives(words["reporting_told"])
    # a word of two characters or more anywhere between (否认了报道), a demonstrative right before
    # the report word (回应此报道; not 此前曾报道: 此 is no demonstrative there)
    gap = r"[^\s，,。；;：:、“”\"《》]"
    closing = re.compile(rf"\s*[》」”\"]?\s*(?:[（(][^（()）]{{1,40}}[）)])?\s*"
                         rf"(?!{gap}{{0,6}}?(?:{alternatives(answered)})(?:{told}))"
                         rf"(?:(?!{alternatives(w for w in answered if len(w) > 1)}){gap}){{0,6}}?"
                         rf"(?:{told})(?:{alternatives(words['reporting_said'])})?\s*[，,：:]")
    return opening, closing


def phrase(words: dict[str, tuple[str, ...]], kind: str, before: str = "", after: str = "", flags: int = 0) -> re.Pattern:
    """One regular expression: ``before``, any word of ``kind`` (data/lexicon/context.tsv), ``after``."""
    return re.compile(rf"{before}(?:{alternatives(words[kind])}){after}", flags)


def latin_words(words: dict[str, tuple[str, ...]], *kinds: str) -> list[re.Pattern]:
    """Each kind's words as one pattern, blind to case, a Latin word matched whole (kg.alternation)."""
    return [alternation(words[kind], re.IGNORECASE, latin_whole=True) for kind in kinds]


def officer_beside(titles: Iterable[str], owners: Iterable[str]) -> re.Pattern:
    """What stands between a company and an officer of it named beside it as one side (against Acme
    and CEO Jane Roe; Acme and its chief executive, Jane Roe; A公司及其首席执行官某某, A公司及该公司执行长某某):
    a list word, the company's possessive or none, the officer's title (context.tsv officer_beside,
    officer_owner), up to where the officer's name begins.  Matched right where the company's name ends."""
    owner = rf"(?:(?:{alternatives(owners, latin_whole=True)})\s*)?"
    return re.compile(rf"(?:\s*,)?(?:\s+(?:and|&)\s+|\s*(?:以及|及|和|與|与)\s*){owner}"
                      rf"(?:{alternatives(titles, latin_whole=True)})\s*,?\s*", re.IGNORECASE)


WINDOWS_FILE = Path(__file__).resolve().parents[2] / "data" / "lexicon" / "windows.tsv"


@lru_cache(maxsize=4)
def windows(path: Path = WINDOWS_FILE) -> dict[str, int]:
    """Each rule's window (how many characters it looks across), by name: data/lexicon/windows.tsv."""
    found: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):  # (the header)
            continue
        name, _, rest = line.partition("\t")
        value = rest.partition("\t")[0].strip()
        if not value.isdigit():
            raise ValueError(f"{path}: line {number}: the window {name!r} has no whole number of characters")
        found[name] = int(value)
    return found


def window(name: str) -> int:
    """The window ``name`` (``cue.WINDOW``, ``litigation.Hearings.REACH``) of data/lexicon/windows.tsv."""
    try:
        return windows()[name]
    except KeyError:
        raise KeyError(f"{WINDOWS_FILE}: no window named {name!r}") from None


def titled_persons(titles: Iterable[str]) -> re.Pattern[str]:
    """A title of ``titles`` before a person's name, and a second name its list shares it with
    (Sen. Jane Roe: Roe; Senators Jane Roe and John Doe: Roe, Doe): groups surname and other."""
    name = r"(?:[A-Z][\w.'’-]*\s+){0,2}"
    return re.compile(rf"\b(?:{alternatives(titles)})\s+{name}(?P<surname>[A-Z][\w'’-]+)\b"
                      rf"(?:\s+and\s+{name}(?P<other>[A-Z][\w'’-]+)\b)?")


class TitledSurnames:
    """The surnames of the persons titled by one of ``titles`` in a text (titled_persons: Sen. Jane
    Roe: Roe), kept for the last text read: the families ask again at each name of a sentence."""

    def __init__(self, titles: Iterable[str]) -> None:
        self.pattern = titled_persons(titles)
        self.last: tuple[str, frozenset[str]] = ("", frozenset())

    def __call__(self, text: str) -> frozenset[str]:
        if self.last[0] != text:
            self.last = (text, frozenset(name for m in self.pattern.finditer(text)
                                         for name in m.group("surname", "other") if name))
        return self.last[1]


PARTY_STATE = re.compile(r"\b[RDI]-\s?$")  # R-Ohio, D-N.M., (D-Menlo Park): a lawmaker's party and state or town


def party_place(text: str, mention: Mention) -> bool:
    """Whether a place is named in a lawmaker's party label (Sens. A, R-Ohio, and B; Assemblyman C,
    D-Hayward, who co-authored the bill; 众议员D (D-Menlo Park) 提出的): it describes the lawmaker, acts not."""
    return mention.type == "Jurisdiction" and PARTY_STATE.search(text, max(0, mention.start - 3), mention.start) is not None


_ENGLISH_FACTS = WINDOWS_FILE.parent / "english_facts.tsv"
_CONTEXT_FILE = WINDOWS_FILE.parent / "context.tsv"


@lru_cache(maxsize=2)
def _lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    """A lexicon file's words by kind (english_facts.tsv, context.tsv), read once for the module's
    patterns below."""
    from ..kb import cue_words, tsv_rows
    return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(path)}


@lru_cache(maxsize=1)
def _precedent_patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str], re.Pattern]:
    """english_facts.tsv caption_citing (the words right before a caption citing it),
    caption_cited_after (the words after it telling it cited or invented: were cited, did not
    exist), caption_cited_gap (the small words that may stand between, in a list of citations),
    and a caption opening its sentence's clause as the case the sentence tells (In Roe v. Acme, …)."""
    words = _lexicon(_ENGLISH_FACTS)
    before = re.compile(rf"(?<![\w])(?:{alternatives(words['caption_citing'], spaced=True)})\s+[“\"‘']?$")
    after = re.compile(rf"[”\"’']?(?P<gap>[^;:!?]{{0,{window('grammar.CITED_AFTER_REACH')}}}?)"
                       rf"(?<![\w])(?:{alternatives(words['caption_cited_after'], spaced=True)})(?![\w])")
    told = re.compile(r"(?:^|[,;(]\s*)(?:In|in)\s+(?:the\s+(?:case|matter)\s+of\s+)?[“\"]?$")
    return before, after, frozenset(words["caption_cited_gap"]), told


@lru_cache(maxsize=1)
def _other_case_patterns() -> tuple[re.Pattern, re.Pattern]:
    """english_facts.tsv case_elsewhere (the words right before a court, a ruling or a caption
    telling it another case's: In that case, the court…; an earlier ruling in Roe v. Acme;
    another test case, Roe v. Acme), and a case named by one of its parties after an act in
    its clause (ruled … in the Acme case)."""
    words = _lexicon(_ENGLISH_FACTS)
    before = re.compile(rf"(?<![\w])(?:{alternatives(words['case_elsewhere'], spaced=True)}),?\s+(?:the\s+)?[“\"]?$",
                        re.IGNORECASE)
    party_case = re.compile(rf"[^,;:.!?]{{0,{window('grammar.PARTY_CASE_REACH')}}}?\bin\s+the\s+"
                            r"(?:[A-Z][\w.&'’-]*\s+){1,3}case\b")
    return before, party_case


def cited_case(sentence: str, start: int, end: int) -> bool:
    """Whether the court, the act or the caption at ``start``..``end`` of an English sentence is
    another case's, one the sentence cites, not the story's suit: a caption cited or invented
    (cites_precedent), a word of english_facts.tsv case_elsewhere right before it (In that case,
    the Second Circuit affirmed…; Judge Roe's earlier ruling in Doe v. Zed; another test case,
    Doe v. Zed), or, after it in its clause, a case named by one of its parties (Judge Roe ruled
    should be remedied in the Acme case).  The fact families reading a court's ruling or a
    suit's sides ask it before giving a court or a side to the story's suit."""
    before, party_case = _other_case_patterns()
    return (cites_precedent(sentence, start, end)
            or before.search(sentence, max(0, start - window("grammar.CITING_BEFORE_REACH")), start) is not None
            or party_case.match(sentence, end) is not None)


_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]+(?![\w])")


def cites_precedent(sentence: str, start: int, end: int) -> bool:
    """Whether an English sentence names the caption at ``start``..``end`` only as a case cited
    (the court relied in part on Roe v. Acme, 12 F.4th 3; Roe v. Acme and Doe v. Zed were cited as
    precedent; counsel's brief listed “Roe v Acme”, which did not exist): a citing word right
    before it, or a word telling it cited or invented after it, only citations, other captions
    and small words (and, that, apparently) between.  A caption opening its clause (In Roe v.
    Acme, the court…) is the case the sentence tells, whatever follows."""
    before, after, gap_words, told = _precedent_patterns()
    if before.search(sentence, max(0, start - window("grammar.CITING_BEFORE_REACH")), start):
        return True
    if told.search(sentence, max(0, start - 24), start):
        return False
    found = after.match(sentence, end)
    return found is not None and all(word.group() in gap_words for word in _LOWER_WORD.finditer(found.group("gap")))


# the act told in a relative clause on the noun before it (a proposed settlement, which requires X to stop):
# the noun's governing word governs the clause's act too
_RELATIVE_ACT = re.compile(r",\s*(?:which|that)\s[^,;:.!?]*$")
_GAP_BREAK = re.compile(r"[,;:.!?，；：。！？]")


@lru_cache(maxsize=1)
def _sought_patterns() -> tuple[re.Pattern, re.Pattern]:
    """context.tsv sought_act (the words governing an act told as sought) and sought_stop (the
    words of a gap opening another act)."""
    words = _lexicon(_CONTEXT_FILE)
    governing = alternation(words["sought_act"], re.IGNORECASE, spaced=True, latin_whole=True)
    stop = alternation(words["sought_stop"], re.IGNORECASE, spaced=True, latin_whole=True)
    return governing, stop


def sought(sentence: str, position: int, start: int = 0) -> bool:
    """Whether the act whose verb or noun stands at ``position`` of a sentence is told as sought,
    asked for, proposed or hoped for, not done: a word of context.tsv sought_act governs it, standing
    before it in its clause, at most grammar.SOUGHT_REACH characters back (no further than ``start``),
    with no clause mark and no word opening another act (sought_stop) between (the media companies
    want a settlement; the questions referred to the court for a preliminary ruling; its objective:
    to achieve a landmark ruling by the court; 该公司表示愿与监管机构密切合作; 提出以N亿美元收购X).
    An act told in a relative clause on a noun is that noun's (a proposed settlement between A and
    B, which requires B to stop…).  A word of seeking after the act governs what is sought, not the
    act (A sued B, seeking damages: the suit is done)."""
    reach = window("grammar.SOUGHT_REACH")
    relative = _RELATIVE_ACT.search(sentence, max(start, position - reach), position)
    if relative is not None:
        position = relative.start()
    governing, stop = _sought_patterns()
    opening = max(start, position - reach)
    last = None
    for last in governing.finditer(sentence, opening, position):
        pass
    if last is None:
        return False
    gap = sentence[last.end():position]
    return _GAP_BREAK.search(gap) is None and stop.search(gap) is None
