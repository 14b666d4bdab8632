"""Laws named without 《》, as Taiwanese and Hong Kong news write them: a name ending in
the head word of a statute (data/lexicon/instruments.tsv statute_head: 法, 法案, 条例,
办法, 细则, 准则, 指引, 暂行规定, 管理规定; not 规定 alone, a verb as often as a kind)
right after a verb that takes a law as its object (statute_verb: 通过, 三读通过, 依据,
根据, 违反, 修正, 印发):

    立法院三读通过诈欺犯罪危害防制条例修正草案 -> 诈欺犯罪危害防制条例
    总局公布网络交易数据安全暂行规定 -> 网络交易数据安全暂行规定
    业者违反个人资料（私隐）条例 -> 个人资料（私隐）条例

A name in 「」 ending in such a head is a law wherever it stands (总统公布「洗钱防制法」,
修正的「中华民国刑法」: ``statute/quoted``), unless its last word names none (「现身说法」, 「打诈新四法」).

What bounds the name is the verb before it and a word boundary after its head (法院,
法律, 法规 go on past the head: none); the shortest such name is taken, and a law's own
rules after it (施行细则, statute_part) make it longer.  A head alone or in one short word
(立法, 依法, 算法, 办法), a determiner before it (该法, 相关办法, statute_determiner) and a
run through a function word or a mark are none.  All are Laws, at a lower confidence than
a title's.  A year right before a law found outside 《》 is part of its name (2013年专利法:
``statute/dated``).

Bills listed as drafts (国务院提请审议的还包括国家发展规划法草案、会计法修正草案、保险法修订草案等:
``statute/listed``): two or more names, each ending in a statute's head and a draft's word
(instruments.tsv statute_draft), 、 (or 和, 及, 与) between them, the first after the verb the
list follows (statute_list_open: 包括, 审议, 提请) or a mark; each is a Law, its draft's word kept
(the bill is the draft, not the law it would enact)."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..alternation import alternatives
from ..model import Mention
from ..punctuation import CHINESE_AND, ENUMERATION_COMMA, LIST_WORDS
from .base import Family, Tokens, inside_title, register
from .words import CJK, FUNCTION_CHARS, Words, runs_on

_LONGEST = 24  # characters of a bare law name
_SHORTEST_WORD = 3  # a name of one word: 著作权法, 银行法 (not 立法, 宪法, 算法)
_INSIDE = re.compile(rf"[{CJK}（）()]+")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d{2}年$")  # 2013年 right before a law's name
_LIST_OPENING_MARKS = "，,：:；;。\n"  # a mark a list of drafts may open after, no verb between
_JOINER = re.compile(f"[{ENUMERATION_COMMA}{''.join(CHINESE_AND)}]")  # 、和及与: one character joining two drafts of a list
_QUOTED = re.compile(r"「(?P<name>[^「」\n，,。；;]{2,30})」")


@register
class BareStatutes(Family):
    def __init__(self, words: Words) -> None:
        lexicon = words.kb.instruments
        self.verbs = re.compile(rf"(?:{alternatives(lexicon['statute_verb'])})了?")
        self.heads = tuple(sorted(lexicon["statute_head"], key=len, reverse=True))
        # 犹他州上诉程序规则: rules are a law's name only after the place whose law they are
        self.placed_heads = tuple(lexicon["statute_placed_head"])
        # 宪法第一修正案: an ordinal numbers the part (an amendment)
        self.parts = re.compile(rf"(?:第[一二三四五六七八九十百\d]+)?(?:{alternatives(lexicon['statute_part'])})")
        self.determiners = tuple(lexicon["statute_determiner"])
        self.words = words
        self.not_names = tuple(lexicon["statute_not_name"])  # 算法, 无法, 现身说法: a word ending so names no law
        self.dated_acts = tuple(lexicon["statute_dated_act"])
        self.stops = FUNCTION_CHARS | frozenset(lexicon["statute_stop"])
        # 会计法修正草案、: a statute's head and a draft's word, before what ends a list's item
        heads = alternatives(self.heads)
        self.draft_end = re.compile(rf"(?:{heads})(?:{alternatives(lexicon['statute_draft'])})(?=[{ENUMERATION_COMMA}{''.join(CHINESE_AND)}，,。；;等）)\s]|$)")
        self.list_open = re.compile(rf"(?:{alternatives(lexicon['statute_list_open'])})了?")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if not any(head in text for head in self.heads + self.placed_heads):
            return []
        found = []
        for quoted in _QUOTED.finditer(text):  # 公布「诈欺犯罪危害防制条例」: the quotation marks bound it
            name = quoted.group("name")
            start, end = quoted.start("name"), quoted.end("name")
            if name.endswith(self.heads) and not name.startswith(self.determiners) \
                    and self.name_end(text, start, tokens, quoted=True) == end:
                found.append(self.mention(name, "Law", start, end, 0.6, "quoted"))
        for verb in self.verbs.finditer(text):
            start = verb.end()
            if inside_title(text, start) or text[start:start + 1] in "《「“\"":
                continue  # a title's or a quotation's family names it
            end = self.name_end(text, start, tokens)
            if end is not None:
                found.append(self.mention(text[start:end], "Law", start, end, 0.55))
        return found + self.known_parts(text, candidates) + self.dated(text, candidates) + self.listed_drafts(text, tokens)

    def listed_drafts(self, text: str, tokens: Tokens) -> list[Mention]:
        """国家发展规划法草案、消费税法草案、会计法修正草案等: the drafts of a list of two or more,
        each from the mark or the joiner before it (the first from the list's verb or a mark)
        to its draft's word; none where a name would run through a function word or a mark."""
        if "草案" not in text:
            return []
        starts = dict(zip(tokens.offsets, tokens.words))  # a word starting at each offset
        items = []  # (start, end) of each draft, None for a start no verb or mark bounds
        backwards = text[::-1]  # reversed once: each draft reads back from its head
        for draft in self.draft_end.finditer(text):
            run = _INSIDE.match(backwards, len(text) - draft.start())  # the characters before the head, back to a mark
            begin = draft.start() - (run.end() - run.start() if run else 0)
            joined = [m.end() - begin for m in _JOINER.finditer(text, begin, draft.start())]
            if begin > 0 and text[begin - 1] == "、":
                start = begin
            elif joined and items and items[-1][1] == begin + joined[-1] - 1:
                start = begin + joined[-1]  # 粮食安全保障法草案和公司法修订草案: the joiner after the last draft
            else:  # the list's first: after its verb, else from the mark before it
                opened = [m.end() for m in self.list_open.finditer(text, begin, draft.start())]
                start = opened[-1] if opened else begin if begin == 0 or text[begin - 1] in _LIST_OPENING_MARKS else None
            items.append((start if start is None or draft.start() - start >= 2 else None, draft.end()))  # 这项法草案: no name before the head
        found = []
        for index, (start, end) in enumerate(items):
            listed = index > 0 and self.adjacent(text, items[index - 1], items[index]) \
                or index + 1 < len(items) and self.adjacent(text, items[index], items[index + 1])
            if not listed or start is None or start not in starts or end - start > _LONGEST or \
                    starts[start] in self.stops or text.startswith(self.determiners, start):
                continue
            found.append(self.mention(text[start:end], "Law", start, end, 0.6, "listed"))
        return found

    @staticmethod
    def adjacent(text: str, first: tuple[int | None, int], second: tuple[int | None, int]) -> bool:
        """Whether two drafts stand next to each other in a list: one joiner between them."""
        return second[0] is not None and text[first[1]:second[0]] in LIST_WORDS

    def dated(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """2013年专利法: a year written right before a law another family found, outside 《》, is
        part of its name (as translated titles carry the year: Patents Act 2013), unless an act
        follows the law (2021年数据安全法正式施行: the year dates the act, statute_dated_act)."""
        found = []
        for law in candidates:
            year = _YEAR_BEFORE.search(text, max(0, law.start - 6), law.start)
            if law.type == "Law" and year and not inside_title(text, law.start) and not text.startswith(self.dated_acts, law.end):
                found.append(self.mention(text[year.start():law.end], "Law", year.start(), law.end, 0.6, "dated"))
        return found

    def known_parts(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """著作权法修正案, 个人信息保护法实施细则: a law another family found (a known one),
        its part written right after it, is that part, wherever it stands."""
        found = []
        for law in candidates:
            if law.type == "Law" and not inside_title(text, law.start) and (part := self.parts.match(text, law.end)):
                found.append(self.mention(text[law.start:part.end()], "Law", law.start, part.end(), 0.6, "part"))
        return found

    def placed(self, name: str) -> bool:
        """犹他州上诉程序规则: a name ending in a head that names a law only after its
        place (statute_placed_head) opens with a known place, words of its own between
        them (违反平台规则, 依据美国规则: none), no body's name (美国证券交易委员会规则:
        the body's rules, named by whose they are)."""
        head = next((head for head in self.placed_heads if name.endswith(head)), None)
        place = self.words.kb.place_prefix(name) if head else None
        return place is not None and len(name) - len(place[0]) - len(head) >= 2 \
            and self.words.suffix_of(name[:-len(head)]) is None

    def name_end(self, text: str, start: int, tokens: Tokens, quoted: bool = False) -> int | None:
        """Where the law name starting at ``start`` ends: the first word end within reach
        after a head word, with the law's own parts (施行细则) after it; None for none."""
        run = _INSIDE.match(text, start, min(len(text), start + _LONGEST))
        if run is None or text.startswith(self.determiners, start) or self.verbs.match(text, start):
            return None  # 该法, 相关办法; 通过修改网络安全法的决定: the law follows the second verb
        offsets = tokens.offsets
        first = bisect_left(offsets, start)
        if first >= len(offsets) or offsets[first] != start:
            return None  # the verb ends inside a word (依法: no name after 依)
        for index in range(first, len(offsets)):
            word_end = offsets[index] + len(tokens.words[index])
            if word_end > run.end():
                return None
            name = text[start:word_end]
            if tokens.words[index] in self.stops and not quoted:
                return None  # 依据公司的规则, 通过数据去做这种算法: a function word is no part of a name (数据, 行为 hold none)
            if not (name.endswith(self.heads) or self.placed(name)) or name.count("（") != name.count("）") \
                    or name.count("(") != name.count(")"):  # (修正)法案: a verb inside brackets opens no name
                continue
            if tokens.words[index].endswith(self.not_names) or self.words.tags.get(tokens.words[index]) == "i":
                return None  # 通过数据训练算法, 依法: a word ending in the head is no law's head
            part = self.parts.match(text, word_end)
            if (index == first and len(name) < _SHORTEST_WORD or name in self.heads) and not part:
                return None  # 通过立法, 依法, 违反管理规定: a word or a head alone, not a name (违反宪法第一修正案 names its part)
            if not quoted and runs_on(text, start, word_end):
                return None  # 通过人工智能法律, 制定综合性人工智能法律: the head begins a longer word (法律), no law's name
            if quoted and text.startswith("」", word_end) is False:
                continue  # inside quotation marks the name runs to the closing one
            return part.end() if part else word_end
        return None
