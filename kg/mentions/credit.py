"""Names on an article's credit lines (新华社记者：王晓明、刘静, By：Jane Doe、John Roe,
摄影：李强; labels in data/lexicon/bylines.tsv): the knowledge base's type where it
knows the name (新华社, Reuters), a suffix's where one types it, a person where the
name has a person's shape, else an outlet or agency (Company).  Names run together
(王晓明刘静) are cut where jieba sees two personal names.  The lines state no facts
(kg.extract reads none from these mentions)."""
from __future__ import annotations

import re
from itertools import accumulate

import jieba.posseg

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words


@register
class CreditedNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        bylines = words.kb.bylines
        self.credit_kinds = {label: kind for kind in ("person", "photo", "dateline") for label in bylines.get(kind, ())}
        self.outlet_words = frozenset(bylines.get("outlet_word", ()))
        self.person_label = re.compile(rf"\s*(?:{alternatives(bylines.get('person', ()))})\s*")
        self.credit_tail = re.compile(rf"\s*(?:{alternatives(bylines.get('credit_tail', ()))})$")
        self.credit_line = re.compile(rf"^(?P<outlet>[^\n：:]{{0,10}}?)(?P<label>{alternatives(self.credit_kinds)})："
                                      r"(?P<names>[^\n]+)$", re.M)

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found: list[Mention | None] = []
        if "：" not in text:
            return []
        for line in self.credit_line.finditer(text):
            if line.group("outlet"):
                found.append(self.credited(line.group("outlet"), line.start("outlet"), "dateline"))
            kind = self.credit_kinds[line.group("label")]
            for part in re.finditer(r"[^、]+", line.group("names")):
                offset = line.start("names") + part.start()
                for name, start in _personal_names(*self.trimmed(part.group(), offset)):
                    found.append(self.credited(name, start, kind))
        return [mention for mention in found if mention is not None]

    def trimmed(self, value: str, start: int) -> tuple[str, int]:
        """A credited name without a byline label before it (图：记者钱蕾), the words of a
        photo credit after it (中央社档案照片, 私隐专员公署提供), or a remark after a
        personal name (李晴对本文亦有贡献), and where it starts."""
        label = self.person_label.match(value)
        if label and len(value) - label.end() >= 2:
            value, start = value[label.end():], start + label.end()
        shorter = None
        while shorter != value:
            shorter, value = value, self.credit_tail.sub("", value)
        remark = re.match(f"([{CJK}]{{2,3}})[{''.join(FUNCTION_CHARS)}][{CJK}]", value)
        if remark and len(value) > 5:
            value = remark.group(1)
        return value, start

    def credited(self, name: str, start: int, kind: str) -> Mention | None:
        """The mention of one credited name, typed as the module's docstring says."""
        name = name.strip()
        if not (re.fullmatch(f"[{CJK}·•A-Za-z0-9]{{2,16}}", name) and re.search(f"[{CJK}]", name)
                or re.fullmatch(r"[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4}", name)):
            return None
        end = start + len(name)
        kb = self.words.kb
        entry = kb.lookup(name)
        if entry is not None:
            return self.mention(name, entry.type, start, end, 0.9, kb_id=entry.id)
        suffix = self.words.suffix_of(name) or self.words.suffix_of(name.split()[-1])
        if suffix is not None:
            return self.mention(name, suffix[1], start, end, 0.75)
        parent = next((entry for _, entry in kb.known_starts(name)), None)
        if parent is not None and parent.type in ("Company", "Organization") and kind in ("source", "dateline"):
            return self.mention(name, parent.type, start, end, 0.7)  # 中国科学院知识产权信息
        person = (re.fullmatch(f"[{CJK}]{{2,3}}|[{CJK}]{{1,8}}[·•][{CJK}]{{1,8}}", name)
                  or re.fullmatch(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|der|da|la|le|bin|al)){1,3}", name))
        person = person and kind not in ("dateline", "source") and name.split()[-1] not in self.outlet_words  # Lawline News
        type_ = "Person" if person else "Company"
        return self.mention(name, type_, start, end, 0.8 if person else 0.7)


def _personal_names(part: str, offset: int) -> list[tuple[str, int]]:
    """王晓明刘静 -> 王晓明, 刘静 (names run together on a credit line); anything else whole."""
    if not re.fullmatch(f"[{CJK}]{{4,9}}", part):
        return [(part, offset)]
    pieces = jieba.posseg.lcut(part)
    if len(pieces) > 1 and all(p.flag.startswith("nr") and 2 <= len(p.word) <= 3 for p in pieces):
        starts = accumulate((len(p.word) for p in pieces), initial=offset)
        return [(p.word, start) for p, start in zip(pieces, starts)]
    return [(part, offset)]
