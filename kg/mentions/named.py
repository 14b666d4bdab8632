"""Names a description introduces as names: 一家名为星瀚智能的初创公司, 一款名叫“灵犀”的
聊天机器人, 这家叫做Zorbi的公司.  After a naming verb (data/lexicon/context.tsv
naming_verb: 名为, 名叫, 叫做, 取名为), a name of two to twelve characters (in quotes or
not), its short name in brackets at most (名叫Zorbi Chat（简称ZC）的), and 的, then a kind
of company (company_word: a Company) or of model or product (model_word: an AIModel), a few
words describing it between them (名为“星语”的文本转语音产品).  A name holding a function
word, a mark or a number, or a description itself (名为人工智能公司的企业), is none.

Products and voices named without a kind after them (``NamedByDescription.voices``): a voice given a name
in quotes (将她的声音取名为「星语」: context.tsv named_voice_word), and a quoted name
something is sold under (以“星语”的名义出售: context.tsv sold_under)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words


@register
class NamedByDescription(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        context = words.context
        self.company_words = frozenset(context["company_word"])
        self.named = re.compile(
            rf"(?:{alternatives(context['naming_verb'])})\s*[“\"「]?(?P<name>[{CJK}A-Za-z][{CJK}A-Za-z0-9 .&-]{{1,11}}?)[”\"」]?\s*"
            rf"(?:[（(][^（）()\n]{{1,12}}[)）])?的(?P<description>[{CJK}A-Za-z]{{0,8}}?)"
            rf"(?P<kind>{alternatives([*context['company_word'], *context['model_word']])})")
        quoted = rf"[“「](?P<name>[{CJK}A-Za-z][{CJK}A-Za-z0-9 .·-]{{0,11}})[”」]"
        self.voice_named = re.compile(rf"(?:{alternatives(context['named_voice_word'])})[^，。；,;！？\n]{{0,12}}?"
                                      rf"(?:{alternatives(context['naming_verb'])})\s*{quoted}")
        # …取名为「星语」（Star Talk）和「月影」: the names listed after the first, a gloss after each at most
        self.next_quoted = re.compile(rf"\s*(?:[（(][^（）()\n]{{1,30}}[)）])?\s*(?:和|与|與|及|、)\s*{quoted}")
        self.sold_under = re.compile(rf"以{quoted}的名[义義]\s*(?:{alternatives(context['sold_under'])})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in self.named.finditer(text):
            name = match.group("name").strip()
            if set(name) & FUNCTION_CHARS or "的" in match.group("description") or self.words.generic(name, "") or \
                    self.words.suffix_of(name) is not None \
                    and self.words.generic(name, self.words.suffix_of(name)[0]):
                continue
            type_ = "Company" if match.group("kind") in self.company_words else "AIModel"
            start = match.start("name") + match.group("name").index(name)
            found.append(self.mention(name, type_, start, start + len(name), 0.7))
        return found + self.voices(text)

    def voices(self, text: str) -> list[Mention]:
        """将她的声音取名为「星语」, 以“星语”的名义出售: a voice named in quotes after a word for
        a voice and a naming verb, in one clause; a quoted name something is sold under.  Either
        is a product (an AIModel); a name holding a function word, or a word itself, is none."""
        matches = [*self.sold_under.finditer(text)]
        for match in self.voice_named.finditer(text):
            matches.append(match)
            while (listed := self.next_quoted.match(text, matches[-1].end())) is not None:
                matches.append(listed)  # 取名为「星语」和「月影」
        return [self.mention(match.group("name"), "AIModel", match.start("name"), match.end("name"), 0.7)
                for match in matches
                if not set(match.group("name")) & FUNCTION_CHARS and not self.words.generic(match.group("name"), "")]

