"""Products named by a brand word and a model code, listed right after a release cue:
此前已陆续推出远征A2、灵犀X2等人形机器人产品 (a Chinese word of two to four characters run
into a code of a capital letter and digits: 远征A2, 星河V3 Pro).  The code alone types the
name only with the cue before it: 完成B2轮融资, 京A12345 name no product.  What may not open
such a name (新款A2, 首款X1: a description of the code) is context.tsv model_code_description.
A code alone right after a kind of model (推理模型R1, 视频模型V2: context.tsv model_head) is a model too,
and so are the Latin names listed right after a kind of AI hardware (人形机器人G1、H1; 工业人形机器人Walker S1:
context.tsv product_head) or before 等 and a kind of hardware or model (推出G1、H1等人形机器人) that hold a digit or a second word or read as a word (芯片IP does not)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, Tokens, register
from .words import Words

CJK = r"\u4e00-\u9fff"
EDITION = r"(?:[ \t]?(?:Pro|Max|Ultra|Plus|Mini|Lite))?"  # 星河V3 Pro: an edition after the code


@register
class CodedModels(Family):
    def __init__(self, words: Words) -> None:
        cues = [c for c in words.kb.triggers["released"] if not c.isascii()]
        self.descriptions = tuple(words.context["model_code_description"])
        branded = rf"[{CJK}]{{2,4}}[A-Z][A-Za-z]?\d{{1,4}}(?:\.\d)?{EDITION}"  # 远征A2, 华山二号A1000
        item = rf"{branded}(?![\w.\-])"
        joiner = r"[、和及与]"
        self.listed = re.compile(rf"(?:{alternatives(cues, literal=lambda cue: rf'{re.escape(cue)}了?')})"
                                 rf"(?P<list>{item}(?:{joiner}{item})*)(?![轮期号])")
        self.item = re.compile(item)
        heads = alternatives(words.context["model_head"])
        product = r"[A-Z][A-Za-z]{0,11}(?:[ \t-]?(?:[A-Z]\d{0,4}[A-Za-z]?|\d{1,4}[A-Za-z]?))?(?![A-Za-z0-9.\-])"
        self.after_product = re.compile(rf"(?:{alternatives(words.context['product_head'])})"
                                        rf"(?P<list>{product}(?:{joiner}{product})*)")
        self.product = re.compile(product)
        kinds = alternatives(words.context["product_head"] + words.context["model_head"])
        opener = alternatives(cues, literal=lambda cue: rf'{re.escape(cue)}了?')
        # after a release cue or a mark only: in 云梭K2等机器人 the code is part of the brand's name;
        # not after 、, which only joins a list whose start failed (公布M100、M300两款芯片: M300 alone is no list)
        self.before_kind = re.compile(rf"(?:{opener}|(?<=[，：:（(\s]))(?P<list>{product}(?:{joiner}{product})*)(?:等|两款|系列)(?:{kinds})")
        self.kb = words.kb
        # 主要产品为…的曦云C500系列GPU, 其中华山二号A1000已…, 首款为武当C1200。: a brand and a code after 的, 为, 是,
        # 其中 or a list mark, then a family, a kind of hardware or model, or the clause's end
        self.brand_code = re.compile(rf"(?:的|为|是|其中|、)(?P<code>{branded})"
                                     rf"(?=系列|{kinds}|GPU|已|[。，；,;])")
        self.after_head = re.compile(rf"(?:{heads})(?P<code>[A-Z][a-z]?\d{{1,3}}(?:\.\d)?{EDITION})(?![A-Za-z0-9.\-])")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in self.listed.finditer(text):
            for name in self.item.finditer(text, match.start("list"), match.end("list")):
                if name.group().startswith(self.descriptions):
                    continue
                found.append(self.mention(name.group(), "AIModel", name.start(), name.end(), 0.65))
        for match in self.brand_code.finditer(text):
            if not match.group("code").startswith(self.descriptions):
                found.append(self.mention(match.group("code"), "AIModel", match.start("code"), match.end("code"), 0.6))
        for match in self.after_head.finditer(text):
            found.append(self.mention(match.group("code"), "AIModel", match.start("code"), match.end("code"), 0.6))
        found += self.products(text)
        return found

    def products(self, text: str) -> list[Mention]:
        """人形机器人G1、H1, 人形机器人Walker S: the products a kind of AI hardware names (or that
        name it after them: 推出G1、H1等人形机器人, A3等模型); a bare
        capitalised abbreviation (芯片IP) or a name the knowledge base types otherwise is none."""
        out = []
        for match in [*self.after_product.finditer(text), *self.before_kind.finditer(text)]:
            for name in self.product.finditer(text, match.start("list"), match.end("list")):
                word = name.group()
                if not (re.search(r"\d|[ \t-]", word) or re.fullmatch(r"[A-Z][a-z]{3,}", word)):
                    continue
                if (known := self.kb.lookup(word)) is not None and known.type != "AIModel":
                    continue
                out.append(self.mention(word, "AIModel", name.start(), name.end(), 0.6))
        return out
