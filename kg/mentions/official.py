"""Officials acting in office named by their role (SCHEMA.md: an official in office is a
Regulator; the person, when named, is a separate Person): an adviser or envoy of a head of
state or government (美国总统人工智能与加密货币事务特别顾问, 白宫人工智能顾问, 英国首相
科技顾问), and an envoy of a state or its body (美国气候问题特使), posted to a place or not
(中国驻韩国大使: context.tsv envoy_post; not the embassy, 大使馆: envoy_not).  The role words and the
offices are data/lexicon/context.tsv official_role (顾问, 特使…), official_office (总统,
白宫, 首相…) and official_envoy (the roles a state's name alone makes official: 特使).
Between the office and the role only name-like words stand (总统的科技顾问 is a
description: none).  The head of a place's government named by a place another family
found and the office right after it (哈萨克斯坦总统, 台北市長, 印度总理, 英国国王: context.tsv
place_office) is one too, unless an election, a seat or a college follows (总统大选, 国王学院: place_office_not);
its jurisdiction is the place its name begins with (kg.facts.place).  A state's officer named by
the place and the officer's field (德国数据保护专员, 香港数字政策专员, 歐盟反壟斷委員: context.tsv
state_officer) or by the place alone (歐盟發言人: state_spokesperson) is one too; not the body the
officer heads (私隐专员公署, 委员会: state_officer_not)."""
from __future__ import annotations

import re

import jieba

from ..alternation import alternation, alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, Words

STATES = ("Jurisdiction", "Regulator", "Legislature")
CJK_CHARACTER = re.compile(f"[{CJK}]")


@register
class Officials(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context
        self.role = alternation(context["official_role"])
        self.envoys = frozenset(context["official_envoy"])
        self.posts = tuple(context["envoy_post"])  # 驻: an envoy posted to the place after it
        # 总统人工智能与加密货币事务特别顾问: an office, at most 14 name-like characters, a role
        self.official = re.compile(rf"(?P<office>{alternatives(context['official_office'])})"
                                   rf"(?P<between>[{CJK}A-Za-z、与和 ]{{0,14}}?)(?P<role>{self.role.pattern})")
        self.envoy = re.compile(rf"(?P<between>[{CJK}A-Za-z]{{0,10}}?)(?P<role>{alternatives(self.envoys)})"
                                rf"(?!{alternatives(context['envoy_not'])})")  # 大使馆: the embassy, no envoy
        self.place_office = re.compile(rf"(?:{alternatives(context['place_office'])})"
                                       rf"(?!{alternatives(context['place_office_not'])})")
        officer_not = rf"(?!{alternatives(context['state_officer_not'])})"
        # 数据保护专员 after 德国: a field of 1-8 characters and the officer; 发言人 right after 欧盟
        self.officer_field_not = re.compile(alternatives(context["state_officer_field_not"]))
        self.officer = re.compile(rf"(?P<between>[{CJK}]{{1,8}}?)(?:{alternatives(context['state_officer'])}){officer_not}"
                                  rf"|(?P<bare>)(?:{alternatives(context['state_spokesperson'])}){officer_not}")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        places = [m for m in candidates if m.type == "Jurisdiction" and CJK_CHARACTER.match(m.text[-1:] or "a")]
        found = self.heads_of_places(text, places) + self.officers_of_places(text, places) + self.envoys_of_states(text, candidates)
        if not self.role.search(text):
            return found
        for match in self.official.finditer(text):
            if self.plain(match.group("between")):
                # 英国首相科技顾问: the office may be the end of a known one (英国首相)
                known = [m.start for m in candidates if m.end == match.end("office") and m.type == "Regulator"]
                start = self.state_before(min(known, default=match.start()), candidates)
                found.append(self.mention(text[start:match.end()], "Regulator", start, match.end(), 0.7))
        return found

    def envoys_of_states(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """美国气候问题特使, 中国驻韩国大使: the envoy of a state or a state body named right before
        (context.tsv official_envoy), posted to a place or not (envoy_post)."""
        found = []
        for match in self.envoy.finditer(text):
            state = next((m for m in candidates if match.start() <= m.end < match.start("role")
                          and m.type in STATES and self.plain(self.posted(text[m.end:match.start("role")]))), None)
            if state is not None:
                start = self.state_before(state.start, candidates)
                found.append(self.mention(text[start:match.end()], "Regulator", start, match.end(), 0.65, "envoy"))
        return found

    def heads_of_places(self, text: str, places: list[Mention]) -> list[Mention]:
        """哈萨克斯坦总统托卡耶夫, 台北市長: a place (a Jurisdiction of the knowledge base or another
        family, ending in a Chinese character) and an office right after it; the holder's name
        stays a Person of its own."""
        found = []
        for place in places:
            # 台北市長: the place's last character (市, 州, 省) begins the office
            match = self.place_office.match(text, place.end) or self.place_office.match(text, place.end - 1)
            if match and match.end() > place.end:
                found.append(self.mention(text[place.start:match.end()], "Regulator", place.start, match.end(),
                                          0.7, "place"))
        return found

    def officers_of_places(self, text: str, places: list[Mention]) -> list[Mention]:
        """德国数据保护专员, 歐盟發言人: a place (a Jurisdiction) and its officer right after it, the
        words between a field (德国的专员, 德国将任命专员 name no office; 萧山区检察院检委会专职委员 is a
        body's staff: context.tsv state_officer_field_not)."""
        found = []
        for place in places:
            match = self.officer.match(text, place.end)
            if match and (match.group("bare") is not None or self.field(match.group("between"))):
                found.append(self.mention(text[place.start:match.end()], "Regulator", place.start, match.end(),
                                          0.7, "officer"))
        return found

    def field(self, between: str) -> bool:
        """An officer's field (数据保护, 反垄断): name-like words, no body's name among them (检察院检委会专职)."""
        return self.officer_field_not.search(between) is None and self.plain(between)

    def posted(self, between: str) -> str:
        """What stands between a state and its envoy without the word posting the envoy to a place
        (中国驻韩国大使: 驻 and the place, context.tsv envoy_post)."""
        return between[len(post):] if (post := next((p for p in self.posts if between.startswith(p)), None)) else between

    def plain(self, between: str) -> bool:
        """Only name-like words between the office and the role: no function word (的), no verb."""
        return all(self.words.name_like(word) or word in ("与", "和", "、")
                   for word in jieba.lcut(between.strip()))

    @staticmethod
    def state_before(start: int, candidates: list[Mention]) -> int:
        """Where the name starts: at the place or state body right before ``start`` (美国 in
        美国总统特使), else at ``start``."""
        before = [m for m in candidates if m.end == start and m.type in STATES]
        return min((m.start for m in before), default=start)
