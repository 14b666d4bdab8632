"""The cue words of data/lexicon/triggers.tsv found in a sentence, outside its names and
outside the words that hold a cue without being one (data/lexicon/context.tsv not_cue:
上诉, 败诉 hold 诉) and outside a heading's tag in 【】 (【美国｜国际合作】).  A cue that begins a title or a noun is no act either: 联合创始人
(person_title), 合作意愿 (intention), 负责并购的高管 (duty), Replika 的开发商 (cue_noun).  No family of its own: the cue
family reads the relations they propose, the place family checks that a description
holds none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..alternation import alternation, alternatives
from ..model import Mention, Overlapping

LATIN_WORD_START = re.compile(r"(?<![A-Za-z])[A-Za-z]")
DENIAL = frozenset("未没不无")  # a character before an agreement's verb that denies it (未签订, 不签署)
DUTY_DESCRIBES = re.compile(r"[^，,。；;：:、\s]{0,8}?的")  # 负责并购的高管: the duty's 的 after its cue
LABEL = re.compile(r"【[^】\n]{1,30}】")  # 【美国｜国际合作】, 【合作动态】: a heading's tag, which states nothing


@dataclass(frozen=True)
class Cue:
    relation: str
    start: int
    end: int


class CueFinder:
    """Finds the cue words of a text span, by their first character."""

    def __init__(self, triggers: dict[str, tuple[str, ...]], words: dict[str, tuple[str, ...]]) -> None:
        relations_of: dict[str, list[str]] = {}
        for relation, cues in triggers.items():
            for cue in cues:
                relations_of.setdefault(cue.lower() if cue.isascii() else cue, []).append(relation)
        self.cues_by_initial: dict[str, list[tuple[str, list[str]]]] = {}
        for cue in sorted((c for c in relations_of if not c.isascii()), key=len, reverse=True):
            self.cues_by_initial.setdefault(cue[0], []).append((cue, relations_of[cue]))
        self.cue_initials = re.compile("[" + re.escape("".join(self.cues_by_initial)) + "]")
        self.latin_relations = {c: r for c, r in relations_of.items() if c.isascii()}
        self.latin_cues = re.compile(alternatives(self.latin_relations),
                                     re.IGNORECASE)
        self.not_cues = alternation(words.get("not_cue", ()))
        # what a cue may not be followed by (联合创始人, 合作意愿) or preceded by (负责并购)
        # (never a criminal defendant's role: 判处被告人X, 起诉犯罪嫌疑人X name the act's object)
        objects = set(words.get("accused_role", ()))
        self.nouns = alternation(w for w in (*words.get("person_title", ()), *words.get("intention", ()))
                                 if len(w) > 1 and not w.isascii() and w not in objects)
        self.duties = tuple(words.get("duty", ()))
        self.cue_nouns = alternation(words.get("cue_noun", ()))  # 开发商, 投资方, 发布会: a noun a cue begins
        # 与B签署20年购电协议, 与B达成了类似协议: an agreement's verb, a few words of what it is, its noun;
        # the noun is the partnered cue (a settlement's words between make no partnership: 达成和解协议)
        settling = alternatives(c for c in triggers.get("settled", ()) if not c.isascii())
        self.agreements = re.compile(
            rf"(?:{alternatives(words.get('agreement_verb', ()))})了?"
            rf"(?:(?!{settling})[^，,。；;：:、《》「」“”\s]){{0,14}}?(?:{alternatives(words.get('agreement_noun', ()))})") \
            if words.get("agreement_verb") else None
        self.agreement_nouns = sorted(words.get("agreement_noun", ()), key=len, reverse=True)

    def __call__(self, text: str, start: int, end: int, mentions: list[Mention], vetoes=()) -> list[Cue]:
        """Cue words of the sentence outside names; of overlapping cues of one relation,
        the longest (提起诉讼 over 诉讼 over 诉); a cue inside a longer cue of another
        relation is none (诉 in 投诉: accused, not sued).  ``vetoes``: checks (text, start, end,
        relation, position) of families that read a cue themselves (kg.facts.english: a
        lawsuit filed by X against Y; kg.facts.funding: 融资)."""
        hits: list[Cue] = []
        for initial in self.cue_initials.finditer(text, start, end):  # Chinese cues, by first character
            position = initial.start()
            for cue, relations in self.cues_by_initial[initial.group()]:
                if text.startswith(cue, position):
                    hits += [Cue(relation, position, position + len(cue)) for relation in relations]
        hits += self.agreement_cues(text, start, end, hits)
        for word in LATIN_WORD_START.finditer(text, start, end):  # English cues start a word, any case
            hit = self.latin_cues.match(text, word.start(), end)
            if hit:
                hits += [Cue(relation, *hit.span()) for relation in self.latin_relations[hit.group().lower()]]
        hits = [cue for cue in hits if not any(veto(text, start, end, cue.relation, cue.start) for veto in vetoes)]
        # 投诉 (accused) holds 诉 (sued), 推出草案 (proposed) holds 推出: the longer cue is the act
        hits = _outside_longer(hits)
        if not hits:
            return []  # (most sentences: no names, words or labels read for none)
        found: list[Cue] = []
        words = [word.span() for word in self.not_cues.finditer(text, start, end)]
        words += [label.span() for label in LABEL.finditer(text, start, end)]
        names = Overlapping(mentions)
        reach: dict[str, int] = {}  # the furthest end of a cue found of each relation (found in order of starts)
        for cue in sorted(hits, key=lambda c: (c.start, -(c.end - c.start))):
            if any((m.start, m.end) != (cue.start, cue.end) for m in names.overlapping(cue.start, cue.end)):
                continue  # a cue inside a name (a name that is a cue word, 告上法庭 read as a court, is none)
            noun = self.cue_nouns.match(text, cue.start)
            if self.nouns.match(text, cue.end) or self.duty(text, start, cue) or (
                    noun and noun.end() > cue.end):
                continue  # 联合创始人, 合作意愿, 负责并购的高管: a title or a noun, no act
            if any(first <= cue.start and cue.end <= last for first, last in words):
                continue  # 上诉, 败诉: words that hold a cue (诉) without being one
            if reach.get(cue.relation, -1) > cue.start if cue.start < cue.end else \
                    any(c.relation == cue.relation and cue.start < c.end and c.start < cue.end for c in found):
                continue  # (overlapping a cue of its relation found before, which starts no later)
            found.append(cue)
            reach[cue.relation] = max(reach.get(cue.relation, -1), cue.end)
        return found

    def duty(self, text: str, start: int, cue: Cue) -> bool:
        """A duty word before a cue whose clause describes a person with it (负责并购的高管, 主管投资
        业务的副总裁): no act; a duty told as the act (由国科会负责草拟, X负责起草该法) is one."""
        return text.endswith(self.duties, start, cue.start) and DUTY_DESCRIBES.match(text, cue.end) is not None

    def agreement_cues(self, text: str, start: int, end: int, hits: list[Cue]) -> list[Cue]:
        """The nouns of the agreements told with words between verb and noun (与B签署20年购电协议);
        none after a word denying it (未签订任何协议), none in a sentence telling an acquisition
        (与B签署最终协议，以28亿美元收购后者: the agreement is the purchase, no partnership)."""
        if self.agreements is None or any(cue.relation == "acquired" for cue in hits):
            return []
        out = []
        for found in self.agreements.finditer(text, start, end):
            if text[max(start, found.start() - 1):found.start()] in DENIAL:
                continue
            noun = next(noun for noun in self.agreement_nouns if found.group().endswith(noun))
            out.append(Cue("partnered", found.end() - len(noun), found.end()))
        return out


def _outside_longer(hits: list[Cue]) -> list[Cue]:
    """The cues not inside a longer cue of another relation: ``[cue for cue in hits if not
    any(other.relation != cue.relation and other.start <= cue.start and cue.end <= other.end
    and other.end - other.start > cue.end - cue.start for other in hits)]``, looking only at
    the cues starting at most a cue's length before it (not at every cue of a long sentence)."""
    by_start: dict[int, list[Cue]] = {}
    for cue in hits:
        by_start.setdefault(cue.start, []).append(cue)
    longest = max((cue.end - cue.start for cue in hits), default=0)
    return [cue for cue in hits if not any(
        other.relation != cue.relation and cue.end <= other.end and other.end - other.start > cue.end - cue.start
        for at in range(cue.start - longest, cue.start + 1) for other in by_start.get(at, ()))]
