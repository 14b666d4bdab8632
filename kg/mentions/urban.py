"""A city's district written right after its city (青岛市黄岛区、西安市雁塔区), a place of its own."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import Words


@register
class CityDistricts(Family):
    """A city's district written right after its city (青岛市黄岛区、西安市雁塔区), the district a
    place of its own (Jurisdiction), as the real annotations read a court's or a procuratorate's
    place (上海市松江区人民法院: 上海市 and 松江区): two or three characters and 区 (context.tsv
    district_end) after a city (its name ending in city_end): one the knowledge base lists in
    district_country (mainland China; Taiwan's 臺中市北屯區 is an address) or one it does not list
    (鹰潭市), none of them a character that makes the words no name (杭州市内各区, 北京市部分地区,
    上海市中心城区: district_not_char), nor a zone's (合肥市高新区: district_not_start).  A longer
    name running on from it (松江区人民法院) is chosen over it; a district the knowledge base lists
    is its kb family's."""

    def __init__(self, words: Words) -> None:
        context = words.context
        self.city_ends = tuple(context["city_end"])
        refused = "".join(context["district_not_char"] + context["not_city_start"])
        ends = alternatives(context["district_end"])
        self.district = re.compile(rf"(?!{alternatives(context['district_not_start'])})"
                                   rf"[^\W\d{re.escape(refused)}A-Za-z]{{2,3}}?(?:{ends})")
        self.countries = tuple(f"{country}-" for country in context["district_country"])

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for end in self.city_ends_at(text, tokens, candidates):
            match = self.district.match(text, end)
            if match is not None and not any(e[0] == match.start() for e in tokens.entities):
                found.append(self.mention(match.group(), "Jurisdiction", match.start(), match.end(), 0.8,
                                          "city"))
        return found

    def city_ends_at(self, text: str, tokens: Tokens, candidates: list[Mention]) -> set[int]:
        """Where a city ends: one the knowledge base lists in a district_country, or one it does not
        list that the suffix family found by its 市 (鹰潭市); never one it lists elsewhere (臺中市)."""
        cities = [(start, end, kb_id or "") for start, end, label, kb_id in tokens.entities
                  if label == "Jurisdiction"]
        cities += [(m.start, m.end, m.kb_id or "") for m in candidates if m.type == "Jurisdiction"
                   and (m.kb_id is not None or m.mechanism.startswith("suffix"))]
        foreign = {end for _, end, kb_id in cities if kb_id and not kb_id.startswith(self.countries)}
        return {end for start, end, _ in cities if text[start:end].endswith(self.city_ends)} - foreign
