"""Members of a list closed by 等 + a kind of thing (优衣库、资生堂和博世等公司) are
things of that kind, when one of them is a known name (data/lexicon/context.tsv
list_head: 公司=Company…), and so are the members of a list a word of their role opens
(投资方为杭州城投产业基金和上城资本: context.tsv role_list_intro).  Members of a list of products (推出了包括A、B和C在内的三款模型,
产品涵盖A、B: context.tsv product_list_intro after a release cue or a product word, or
before 在内的/等 and a product word; its members joined by list_joiner) are models or products where they look like one:
a quoted name or a Latin name with a capital or a digit (``listed/product``)."""
from __future__ import annotations

import re

import jieba

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, COMMON_LATIN, FUNCTION_CHARS, Words


@register
class ListedNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self.list_heads = dict(pair.split("=") for pair in words.context["list_head"])
        heads = alternatives(self.list_heads)
        self.list_pattern = re.compile(
            rf"(?P<items>(?:[^\s、，,。；;：:（）()“”]{{2,12}}(?:、|和|及|以及|与)){{1,10}}[^\s、，,。；;：:（）()“”]{{2,12}})"
            rf"(?:等|在内的?)(?:\d+家|多家|知名|头部|大型|主要)?(?:[{CJK}]{{0,6}}?)(?P<head>{heads})")

        self.role_intros = dict(pair.split("=") for pair in words.context["role_list_intro"])
        # 投资方包括A、B和C等 / 投资方为A和B，: the list runs to 等, 在内 or the clause's end
        self.role_list_pattern = re.compile(
            rf"(?P<head>{alternatives(self.role_intros)})\s*(?P<items>[^，,。；;：:\n]{{2,160}}?)(?=等|在内|[，,。；;：:\n]|$)")

        intro = alternatives(words.context["product_list_intro"])
        product = alternatives(words.context["product_word"])
        released = alternatives(c for c in words.kb.triggers["released"] if not c.isascii())
        member = r"(?:“[^“”\n]{1,20}”|「[^「」\n]{1,20}」|[A-Za-z0-9][A-Za-z0-9 .+_-]{0,23}?)"
        joiner = alternatives(words.context["list_joiner"])  # 、, 和, 以及, commas
        members = rf"(?P<items>{member}(?:\s*(?:{joiner})\s*{member}){{1,9}})"
        # 推出了包括A、B和C在内的三款模型, 产品涵盖A、B; 包括A、B等产品
        self.product_lists = (re.compile(rf"(?:(?:{released})了?|(?:{product}))\s*(?:{intro})\s*{members}"
                                         rf"(?=\s*(?:[，。；,;：:\n]|$|在内|等|[{CJK}]))"),
                              re.compile(rf"(?:{intro})\s*{members}\s*(?:在内的|等)[^，。；\n]{{0,6}}?(?:{product})"))
        self.member = re.compile(r"“[^“”]+”|「[^「」]+」|[^、，,和及与以“「]+")  # one member of a matched list

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = self.products(text, candidates)
        lists = [(match, self.list_heads[match.group("head")]) for match in self.list_pattern.finditer(text)] \
            if "等" in text or "在内" in text else []
        lists += [(match, self.role_intros[match.group("head")]) for match in self.role_list_pattern.finditer(text)]
        typed: set[tuple[int, int]] = set()
        for match, type_ in lists:
            for mention in self.members(match, type_, candidates):
                if (mention.start, mention.end) not in typed:
                    typed.add((mention.start, mention.end))
                    found.append(mention)
        return found

    def members(self, match: re.Match, type_: str, candidates: list[Mention]) -> list[Mention]:
        """The unknown members of one list, typed ``type_``; none when no member is known
        (nothing known in the list: it may be no list of names at all)."""
        words, found = self.words, []
        offset = match.start("items")
        spans = [(part.group().strip(), offset + part.start() + len(part.group()) - len(part.group().lstrip()))
                 for part in re.finditer(r"(?:(?!以及)[^、和及与])+", match.group("items"))]
        spans = [(name, start, start + len(name)) for name, start in spans if name]
        if len(spans) < 2:
            return found
        # a member that holds a known name is that name (代表索尼音乐 is 索尼音乐)
        located = [any(start < m.end and m.start < end for m in candidates) for _, start, end in spans]
        if not any(located):
            return found
        type_ = self.siblings_type(spans, located, type_, candidates)
        for (name, start, end), is_known in zip(spans, located):
            pieces = jieba.lcut(name)
            while len(pieces) > 1 and not words.name_like(pieces[0]):
                start, name = start + len(pieces[0]), name[len(pieces[0]):]  # 曾为优衣库: the name is 优衣库
                pieces = pieces[1:]
            clause = max((i for i, piece in enumerate(pieces[:-1]) if not words.name_like(piece)), default=None)
            if clause is not None:  # 星火将率先接入其AI学习机: the member starts after the clause before it
                cut = len("".join(pieces[:clause + 1]))
                start, name, pieces = start + cut, name[cut:], pieces[clause + 1:]
            if is_known and type_ == "AIModel" and self.named_after_maker(name, start, end, candidates):
                is_known = False  # 讯飞听见 among 等产品: a product named after its maker, not the maker
            if not is_known and 2 <= len(name) <= 12 and not words.boundary_word.search(name) \
                    and name[0] not in FUNCTION_CHARS and not words.generic(name, ""):
                found.append(self.mention(name, type_, start, end, 0.6))
        return found

    def siblings_type(self, spans: list, located: list[bool], type_: str, candidates: list[Mention]) -> str:
        """A list of companies and bodies under a word of either (五家新闻出版机构 of
        publishers, 等组织 of companies): its unknown members are what all its known
        members are, where they agree; the head word's kind otherwise."""
        if type_ not in ("Company", "Organization"):
            return type_
        kinds = {m.type for (_, start, end), known in zip(spans, located) if known
                 for m in candidates if start < m.end and m.start < end}
        return kinds.pop() if len(kinds) == 1 and kinds <= {"Company", "Organization"} else type_

    def named_after_maker(self, name: str, start: int, end: int, candidates: list[Mention]) -> bool:
        """A member of a list of products that begins with a known company's name and goes
        on for two characters or more (讯飞听见, 360AI浏览器): a product named after its maker."""
        maker = next((m for m in candidates if m.start == start and m.type == "Company" and m.kb_id), None)
        return maker is not None and end - maker.end >= 2 and not any(m.start < end and m.end > maker.end for m in candidates)

    def products(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The members of a list of products that look like a product's name (see the
        module's docstring); a member the knowledge base knows is left to it."""
        found = []
        matches = [match for pattern in self.product_lists for match in pattern.finditer(text)]
        for match in matches:
            items, offset = match.group("items"), match.start("items")
            for part in self.member.finditer(items):
                name = part.group().strip()
                start = offset + part.start() + len(part.group()) - len(part.group().lstrip())
                if name[:1] in "“「":
                    name, start = name[1:-1].strip(), start + 1
                elif not (re.search(r"[A-Z0-9]", name) and re.search(r"[A-Za-z]", name)) \
                        or name.lower() in COMMON_LATIN:
                    continue  # 7B, chat: a size or a word, no name
                end = start + len(name)
                if len(name) < 2 or any(m.start <= start and end <= m.end and m.kb_id for m in candidates):
                    continue
                found.append(self.mention(name, "AIModel", start, end, 0.6, "product"))
        return found
