"""A unit named right after the known body it belongs to, written as one word: 上交所上市审核
委员会, FAA飞行标准办公室, 某证监局稽查处 — the body a knowledge-base name (Chinese or a Latin
abbreviation), the rest a Chinese run ending in a body's suffix (委员会, 办公室, 研究所: data/
lexicon/suffixes.tsv).  The whole is the mention, typed by its suffix; kg.mentions.nested then
makes the body its parent (kg.facts.ownership reads the partOf fact).  A description
(上交所的审核委员会: a function word inside) or an ordinary word (委员会 alone) is no name;
nor is a clause, the body acting on another (美国能源部整合国家实验室: a verb, then a word
opening a body's own name) or setting one up (行政院设立专责委员会).

A police bureau's own units are named so too, with the words police units end in (context.tsv
police_body_end, police_unit_end): 刑事局国际刑警科协请泰国移民总局 names 刑事局国际刑警科,
刑事警察局侦查第六大队第五队队长黄昭瑜 names 刑事警察局侦查第六大队第五队 (the longest run so
ending, short of a post's 长); they are the bureau's kind, Regulator."""
from __future__ import annotations

import re
from dataclasses import replace

import jieba

from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, Words

_PARENT_TYPES = ("Company", "Organization", "Regulator", "Legislature", "Court")
_UNIT_TYPES = ("Regulator", "Organization", "Court")
_LONGEST_UNIT = 10  # characters after the body: 上市审核委员会, 缺陷调查办公室


@register
class SubUnits(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context
        self.run = re.compile(f"[{CJK}]{{2,{_LONGEST_UNIT}}}")
        # 上交所的审核委员会, 证监会和发改委: a function word or a conjunction makes a phrase, not one name
        self.function = re.compile(f"[{''.join(context['subunit_function_char'])}]")
        self.legal_forms = words.kb.legal_forms
        # 首部, 签署: a suffix as short as 部 or 署 ends ordinary words too; a unit's own word only
        self.unit_words = tuple(context["subunit_word"])
        # 国家, 联邦, 中华: after a verb they open the name of a body the verb acts on
        self.name_starts = frozenset(context["name_start"])
        # 推翻, 约谈, 起诉: a relation's cue (triggers.tsv) or a court's act right after the body is the body acting
        self.acts = frozenset(cue for cue in words.kb.cues if not cue.isascii()) | frozenset(context["court_act"])
        # 设立, 成立, 组建: the body setting a unit up (行政院设立专责委员会), no unit named after it
        self.founding = tuple(context["unit_founding"])
        self.police_bodies = tuple(context["police_body_end"])
        self.police_units = tuple(context["police_unit_end"])
        self.police_posts = tuple(context["police_unit_post"])

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for parent in candidates:
            if parent.type not in _PARENT_TYPES or parent.mechanism != "kb":
                continue
            match = self.run.match(text, parent.end)
            if match is None:
                continue
            unit = self.unit(match.group())
            police = parent.text.endswith(self.police_bodies)  # a police bureau: its own units are named too
            if unit is None and police:
                unit = self.police_unit(match.group(), text[match.end():match.end() + 2], parent.type)
            if unit is None:
                continue
            name, type_ = unit
            end = parent.end + len(name)
            mention = self.mention(text[parent.start:end], type_, parent.start, end, 0.6)
            if police and name.endswith(self.police_units):
                # no suffix types a police unit's own name for kg.mentions.nested: its bureau is put on it here
                mention = replace(mention, parent=replace(parent, mechanism=self.family, aliases=(), canonical=None))
            found.append(mention)
        return found

    def unit(self, run: str) -> tuple[str, str] | None:
        """The shortest beginning of ``run`` a suffix types as a body's unit, with its type."""
        for length in range(3, len(run) + 1):
            rest = run[:length]
            suffix = self.words.suffix_of(rest)
            if suffix is None or suffix[1] not in _UNIT_TYPES or not rest.endswith(self.unit_words):
                continue
            if len(rest) < len(suffix[0]) + 2 or self.function.search(rest[:len(rest) - len(suffix[0])]) or rest in self.legal_forms \
                    or self.words.generic(rest, suffix[0]) or self.words.kb.lookup(rest) is not None \
                    or self.clause(rest[:len(rest) - len(suffix[0])]):
                return None
            return rest, suffix[1]
        return None

    def police_unit(self, run: str, following: str, type_: str) -> tuple[str, str] | None:
        """The longest beginning of ``run`` that ends as a police unit's name (国际刑警科, 侦查第六大队
        第五队), two characters of its own at least, not a post's word (预防科长: the post's holder
        follows; ``following``: the text after the run) and no phrase or clause, with the bureau's type."""
        for length in range(len(run), 2, -1):
            rest = run[:length]
            if not rest.endswith(self.police_units) or (run[length:] + following).startswith(self.police_posts):
                continue
            own = rest[:len(rest) - len(next(end for end in self.police_units if rest.endswith(end)))]
            if len(own) < 2 or self.function.search(own) or self.acting(own) or self.words.kb.lookup(rest) is not None:
                continue
            return rest, type_
        return None

    def clause(self, own: str) -> bool:
        """Whether the unit's own words (before its suffix) tell the body acting: they open with
        a verb that is a relation's cue or a court's act (推翻|数据安全) or sets a unit up
        (设立|专责, context.tsv unit_founding), or a verb to jieba is
        followed by a word that opens a body's name, a place or a known name (整合|国家, 约谈|北京;
        缺陷|调查, 飞行|标准 are a unit's remit, though jieba tags 缺陷 and 飞行 verbs)."""
        if own.startswith(self.founding):
            return True
        cut = jieba.lcut(own, HMM=False)
        if cut and cut[0] in self.acts and self.words.tags.get(cut[0]) == "v":
            return True
        return self.acting(own, cut)

    def acting(self, own: str, cut: list[str] | None = None) -> bool:
        """Whether a verb among the unit's own words is followed by a word opening a body's
        name, a place or a known name (整合|国家, 约谈|北京): the body acting on another.  A
        police unit's remit may open with a cue (侦查第六大队), so only this half of clause()
        holds for it."""
        cut = jieba.lcut(own, HMM=False) if cut is None else cut
        return any(self.words.tags.get(word) == "v" and (following in self.name_starts or self.words.kb.lookup(following) is not None)
                   for word, following in zip(cut, cut[1:]))
