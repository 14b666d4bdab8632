"""An English name the rules found where its context typed it, found again wherever the item writes
it."""
from __future__ import annotations

import re

from ...model import Mention
from ..base import Taken, written_at
from .shared import _CJK, Rule


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"  # re's \w


def _written(text: str, name: str) -> list[int]:
    r"""Where ``text`` writes ``name`` as a name of its own (not inside a word, nor a dotted or
    possessive run on: MosaicML.ai): ``(?<![\w.&'’-])NAME(?![\w&-]|[.’'][\w])``'s starts, found
    without a pattern per name."""
    def fits(start: int, end: int) -> bool:
        if start and (_word(text[start - 1]) or text[start - 1] in ".&'’-"):
            return False
        after = text[end:end + 2]
        return not (after and (_word(after[0]) or after[0] in "&-"
                               or after[0] in ".’'" and len(after) == 2 and _word(after[1])))
    return written_at(text, name, fits)


class Repeated(Rule):
    name = "repeated"
    sees = "found"

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """A name the rules above found where its context typed it (is buying MosaicML) is
        the same name wherever else the item writes it (MosaicML had raised…): a distinctive
        Latin name only (several words, or a capital or digit inside: MosaicML, DBRX, Silo AI)."""
        taken = Taken((m.start, m.end) for m in candidates)
        known: dict[str, Mention] = {}
        judged: dict[str, bool] = {}  # (whether a name is distinctive, told once per name, not per mention)
        for mention in candidates:
            if mention.mechanism.startswith(f"{self.family}/") and mention.mechanism != f"{self.family}/repeated" \
                    and mention.kb_id is None and mention.text not in known:
                if mention.text not in judged:
                    judged[mention.text] = self.distinctive(mention.text, text)
                if judged[mention.text]:
                    known[mention.text] = mention
        found = []
        for name, mention in known.items():
            for start in _written(text, name):
                end = start + len(name)
                if taken.overlaps(start, end):
                    continue
                found.append(self.mention(name, mention.type, start, end, 0.5, "repeated", canonical=mention.canonical))
                taken.add(start, end)
        return found

    def distinctive(self, name: str, text: str) -> bool:
        """Several words, a capital or a digit inside (MosaicML), or one word the item never
        writes in lower case (Hardware giant Bunnings… Bunnings said: no ordinary word)."""
        words = name.split()
        if not re.search(r"[A-Za-z]", name) or words[0] in self.name_stops or _CJK.search(name):
            return False
        if len(words) >= 2 or re.search(r".[A-Z0-9]", name):
            return True
        return len(name) >= 4 and name[0].isupper() and name not in self.shared.given_names and \
            re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text) is None
