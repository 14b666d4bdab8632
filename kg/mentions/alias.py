"""Other names of a chosen name: 国家信息与自由委员会（CNIL）: the bracketed name is
another label of the name before it; （以下简称《规定》）: a later 《规定》 stands for the
full name; 财政部 after 美国财政部: a later name that ends an earlier, longer one of the
same type refers to it (those later names are this family's mentions), unless that later
name is a bare kind of body run on from a place's last character (政府 in 州政府 after
澳大利亚政府 is the state's government, not Australia's)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Mention
from .base import PAREN, Family, register, set_mentions
from .words import CJK, Words

_NAME_DOT = re.compile("[·•・]")
_SHORT_ALIAS = re.compile(r"[（(]\s*(?:以下简称|下称|简称|以下称|hereinafter)\s*[：:]?\s*[“\"「《]?(?P<alias>[^”\"」》）)]{1,20})[”\"」》]?\s*[）)]")


@register
class Aliases(Family):
    """Runs on the chosen mentions (after kg.mentions.choose), not on the candidates."""

    def __init__(self, words: Words) -> None:
        self.kb = words.kb
        self.kinds = frozenset(suffix for suffix, _, _ in words.kb.suffixes)
        self.place_ends = tuple(words.context["place_end"])  # the last characters of a place's name: 州政府, 市法院

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data["text"]
        set_mentions(doc, self.short_forms(text, self.attach_aliases(text, doc.user_data["mentions"])))
        return doc

    def attach_aliases(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        short_forms: dict[str, Mention] = {}
        consumed: set[int] = set()
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.start in consumed:
                continue
            offset = mention.end
            if mention.type == "Law" and text[mention.start - 1:mention.start] == "《":
                offset += 1  # 《…》（English title）: the alias follows the closing bracket
            tail = text[offset:offset + 200]
            short = _SHORT_ALIAS.match(tail)
            paren = PAREN.match(tail)
            if short:
                alias = short.group("alias").strip()
                short_forms[alias] = mention
                mention = replace(mention, aliases=mention.aliases + (alias,))
                for other in mentions:
                    if offset + short.start() <= other.start < offset + short.end():
                        consumed.add(other.start)
            elif paren and self._is_alias(paren.group("alias"), mention):
                alias = paren.group("alias").strip()
                entry = self.kb.lookup(alias)
                if entry and not mention.kb_id and entry.type in (mention.type, "Organization", "Regulator", "Company"):
                    mention = replace(mention, kb_id=entry.id, type=entry.type)
                mention = replace(mention, aliases=mention.aliases + (alias,))
                for other in mentions:
                    if offset + paren.start() <= other.start < offset + paren.end():
                        consumed.add(other.start)
            canonical = short_forms.get(mention.text)
            if canonical is not None and canonical.start != mention.start:
                mention = replace(mention, type=canonical.type, kb_id=canonical.kb_id,
                                  canonical=canonical.canonical or canonical.text)
            out.append(mention)
        return out

    def short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        mentions = list(mentions)
        # which characters a mention covers, and the short forms already looked for (from
        # which end): a name repeated a thousand times costs a thousand looks, not a million
        covered = bytearray(max([len(text), *(m.end for m in mentions)]))
        for m in mentions:
            covered[m.start:m.end] = b"\1" * (m.end - m.start)
        looked: dict[tuple, int] = {}
        place_ends = {m.end for m in mentions if m.type == "Jurisdiction"}  # 加拿大人工智能安全研究所: another place's
        for mention in list(mentions):
            if mention.type == "Person":
                rest = self.family_name(mention.text)  # 罗比·斯塔巴克 … 斯塔巴克此前曾起诉: the person
            else:
                place = self.kb.place_prefix(mention.text)
                # UK government: " government" read as "government" (a space after an English place's name)
                rest = mention.text[len(place[0]):].lstrip() if place else ""
            if mention.type in ("Jurisdiction", "Law", "Case") or len(rest) < 2:
                continue
            key = (rest, mention.type, mention.confidence)
            if looked.get(key, len(text) + 1) <= mention.end:
                continue  # its occurrences were looked at from an earlier end: found or blocked then
            looked[key] = mention.end
            bare = rest in self.kinds
            for start in _occurrences(text, rest, mention.end):
                if bare and text.endswith(self.place_ends, 0, start) or start in place_ends:
                    continue  # 州政府, 加拿大人工智能安全研究所: another place's body
                if covered.find(1, start, start + len(rest)) < 0:
                    mentions.append(self.mention(rest, mention.type, start, start + len(rest), mention.confidence * 0.9))
                    covered[start:start + len(rest)] = b"\1" * len(rest)
        out: list[Mention] = []
        ending: dict[str, list[Mention]] = {}  # the names so far by their last character (what a later name ends with)
        for mention in sorted(mentions, key=lambda m: m.start):
            if not mention.canonical and len(mention.text) >= 2:
                earlier = next((e for e in reversed(ending.get(mention.text[-1], [])) if len(e.text) > len(mention.text) and (
                    e.type == mention.type and (e.canonical or e.text).endswith(mention.text)
                    or mention.mechanism == "latin" and (e.canonical or e.text).endswith(" " + mention.text))), None)
                if earlier is not None:  # …Paul M. Nakasone… Nakasone: a surname alone is the person
                    mention = replace(mention, kb_id=earlier.kb_id, type=earlier.type,
                                      canonical=earlier.canonical or earlier.text)
            out.append(mention)
            if mention.canonical or mention.text:
                ending.setdefault((mention.canonical or mention.text)[-1], []).append(mention)
        return out

    def family_name(self, name: str) -> str:
        """The family name of a transliterated name (斯塔巴克 of 罗比·斯塔巴克), which the
        text uses alone after the full name; none where it names something known."""
        parts = _NAME_DOT.split(name)
        family = parts[-1] if len(parts) > 1 and re.fullmatch(f"[{CJK}]{{2,}}", parts[-1]) else ""
        return family if family and self.kb.lookup(family) is None else ""

    def _is_alias(self, alias: str, mention: Mention) -> bool:
        alias = alias.strip()
        if not alias or alias.isdigit() or len(alias) > 160:
            return False
        if re.search(r"\d{4}\s*年|\d+月|以下|简称", alias):
            return False
        if mention.type == "Person":
            return bool(re.fullmatch(r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)+", alias))
        known = self.kb.lookup(alias)
        if known is not None and known.type in ("Court", "Jurisdiction") and known.type != mention.type:
            return False  # Andersen v. Stability AI (N.D. Cal.): the court the case is in, no other name of it
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .,&'’:/()-]*", alias):
            return True  # an English name or abbreviation
        entry = self.kb.lookup(alias)
        if entry is not None and mention.kb_id and entry.parent == mention.kb_id:
            return False  # 阿里巴巴（阿里云）: a unit of the name before, no other name of it
        return entry is not None and entry.type == mention.type


def _occurrences(text: str, word: str, start: int) -> Iterator[int]:
    """Where ``word`` stands in ``text`` from ``start`` on, without overlaps."""
    start = text.find(word, start)
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))
