"""The outlet or body a source line names (来源：Reuters 官网, 资料来源：中航证券
2024-01-24 研究报告): what comes before a date, a comma or a link, without the words
for a website, a report or an account after it (阿里云官方公众号 is 阿里云), typed as a
credit line's outlet (kg.mentions.credit); also after a credit on its line (责任编辑：X　　来源：Y),
and in a line of fields bars part (来源 | Y, X|来源Y|整理, 日期 | 来源:Y); a label for a value
(来源：来源) names no one.
Outlets where a story says its news comes from (据X报道, 【X专讯】, 本文转自X): ReportedOutlets.  A state's gazette or portal (美国联邦公报,
中国政府网) and "this firm" (本所整理) name no one (data/lexicon/bylines.tsv gazette,
no_name)."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate

from ..alternation import alternatives
from ..model import Mention
from ..segment import dispatch_words
from .base import Tokens, register
from .credit import CreditedNames
from .words import CJK, Words


# an outlet's name as a story words it: Chinese characters, a Latin name (CNBC, on.cc東網, CNEWS匯流新聞網)
_OUTLET = rf"[{CJK}A-Za-z0-9.·]{{2,14}}?"


class ReportedOutlets(CreditedNames):
    """Outlets named where a story says where its news comes from (bylines.tsv report_open …
    a dateline's dispatch words): 据央视新闻报道, 援引彭博社消息, 本文转自【X客户端】, 图自越通社, 律师告诉观察者网，…,
    接受X采访, 律师告诉「X」，(quoted, the name need not be shaped as an outlet's), 【X专讯】,
    【KTSF 陈某某报道】 (the reporter a person; 報導 read as 报导), 交汇点讯 3月11日 at a paragraph's
    start, (彭博社/纽约时报/NBC) closing a paragraph.  In running prose (据报道, 告诉记者) the name
    must be shaped as an outlet's: the knowledge base's outlet, an outlet's ending (日报, 新闻网, 社;
    not_outlet: 平台, 该报 none) or a capitalised Latin name; at a dispatch's head any name is one."""

    def __init__(self, words: Words) -> None:
        super().__init__(words)
        bylines = words.kb.bylines
        lexicon = {kind: alternatives(bylines.get(kind, ())) for kind in
                   ("report_open", "report_close", "report_when", "reprint_open", "told_open", "told_close", "told_to")}
        lexicon["wire_close"] = dispatch_words("dispatch_special", "dispatch_report", "dispatch")  # 【X专讯】, 【X 记者名報導】
        stop = r"(?=[\s，,。：:；;、）)】」”》]|$)"
        # 据埃菲社6月23日报道, 據《南方都市報》報道: a date or a time word after the name, the name in title marks
        when = rf"(?:\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{lexicon['report_when']})?"
        self.prose = re.compile(rf"(?:{lexicon['report_open']})(?P<mark>[《「“])?(?P<name>{_OUTLET})(?(mark)[》」”]){when}"
                                rf"(?:{lexicon['report_close']})"
                                rf"|(?:{lexicon['reprint_open']})[【「“《]?(?P<reprint>{_OUTLET})(?:[】」”》]|{stop})"
                                rf"|(?:{lexicon['told_open']})(?P<told>{_OUTLET})(?:{lexicon['told_close']})"
                                rf"|(?:{lexicon['told_to']})(?P<quote>[「“])?(?P<told_to>{_OUTLET})(?(quote)[」”])(?=[，,：:])")
        self.wire = re.compile(rf"【\s*(?P<name>{_OUTLET})(?:\s+(?P<reporter>[{CJK}]{{2,3}}))?\s*(?:{lexicon['wire_close']})】"
                               rf"|^\s*(?P<head>[{CJK}A-Za-z0-9]{{2,10}}?)(?:讯|訊)(?=\s*(?:\d{{1,2}}\s*月|[（(](?:记者|記者)))", re.M)
        self.agencies = re.compile(rf"[（(](?P<list>{_OUTLET}(?:[/／]{_OUTLET})+)[）)]\s*$", re.M)

    def reported(self, text: str) -> list[Mention]:
        found: list[Mention | None] = []
        for match in self.prose.finditer(text):
            group = next(g for g in ("name", "reprint", "told", "told_to") if match.group(g))
            if self.outlet_shaped(match.group(group)) or match.group("quote") and self.quoted_outlet(match.group(group)):
                # 据《X报》报道: the title marks name an outlet there, no law or work (the title family's reading)
                found.append(self.outlet_mention(match.group(group), match.start(group), 0.95 if match.group("mark") else 0.75))
        for match in self.wire.finditer(text):
            group = "name" if match.group("name") else "head"
            name = self.wire_name(text, match.group(group), match.end(group))
            if name and not name.startswith(self.own_starts) and not name.endswith(self.not_outlet):
                found.append(self.outlet_mention(name, match.start(group)))
            if match.group("reporter") and match.group("reporter")[0] in self.surnames:
                found.append(self.credited(match.group("reporter"), match.start("reporter"), "person"))
        for match in self.agencies.finditer(text):
            names = re.split(r"[/／]", match.group("list"))
            if all(self.outlet_shaped(name) for name in names):
                starts = accumulate((len(name) + 1 for name in names), initial=match.start("list"))
                found += [self.outlet_mention(name, start) for name, start in zip(names, starts)]
        return [mention for mention in found if mention is not None]

    def quoted_outlet(self, name: str) -> bool:
        """律师告诉「定焦One」，: a name in quotation marks a speaker tells something is an outlet's
        where the knowledge base knows no other kind of thing by it."""
        entry = self.words.kb.lookup(name)
        return not (name in self.own_words or name.startswith(self.own_starts) or name.endswith(self.not_outlet)) \
            and (entry is None or entry.type in ("Company", "Organization"))

    def wire_name(self, text: str, name: str, end: int) -> str | None:
        """The outlet heading a dispatch: 【都会晨讯】 and 都会晨讯记者 elsewhere: 讯 is the name's own
        (都会晨讯); 汇川财讯1月20日电: the dispatch is the 电, the name the dateline's (no name here)."""
        if re.match(r"[讯訊]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]", text[end:end + 12]):
            return None
        if text[end:end + 1] in "讯訊" and re.search(rf"{re.escape(name + text[end])}(?![】\s\d（(])", text):
            return name + text[end]
        if text[end:end + 2] in ("讯】", "訊】") and not self.outlet_shaped(name):
            return None  # 【都会晨讯】 alone: 讯 may be the name's own; only an outlet's shape tells
        return name

    def outlet_shaped(self, name: str) -> bool:
        """新华社, 央视新闻, CNBC: a name an outlet's may be (no 平台, 该报, 记者)."""
        if name in self.own_words or name.startswith(self.own_starts) \
                or name.endswith(self.not_outlet) and not self.words.kb.lookup(name):
            return False
        entry = self.words.kb.lookup(name)
        if entry is not None:
            return entry.type in ("Company", "Organization")
        if re.fullmatch(r"[A-Z][A-Za-z.]*[A-Z][A-Za-z.]*|[A-Z]{2,}", name):
            return True  # CNBC, KTSF, on.cc: a Latin name with capitals
        return bool(re.search(f"[{CJK}]", name)) and len(name) >= 3 and name.endswith(self.outlet_ends)

    def outlet_mention(self, name: str, start: int, confidence: float = 0.75) -> Mention | None:
        """The outlet, typed by the knowledge base where it knows it, else a Company (SCHEMA: Reuters -> Company)."""
        entry = self.words.kb.lookup(name)
        if entry is not None:
            return self.mention(name, entry.type, start, start + len(name), 0.9, "reported", kb_id=entry.id)
        return self.mention(name, "Company", start, start + len(name), confidence, "reported")


@register
class SourceNames(ReportedOutlets):
    def __init__(self, words: Words) -> None:
        super().__init__(words)
        bylines = words.kb.bylines
        # at a line's start, after a credit before it on its line (责任编辑: X  来源:Y新闻网 转载请注明…), or
        # after a date or a time on a page's field line (发布时间:2025-04-21 13:28:00 来源:X, 时间:… 18:22内容来源:X)
        self.source_line = re.compile(rf"(?:^|(?<=[ \t\u3000]{{2}})|(?<=\d[ \t\u3000])|(?<=\d\d:\d\d))[\[【(（]?\d*[\]】)）]?\s*(?P<label>{alternatives(bylines.get('source_note', ()))})"
                                      r"\s*[:：]\s*(?:\[\d+\]\s*)?(?P<value>[^\n]+)$", re.M)
        self.source_labels = frozenset(bylines.get("source", ()))
        # 来源 | X at a line's start, …|来源X|整理 or … | 来源:X between a page's bars: a field line whose
        # fields bars part (the bar the label's separator, or the field's own bound)
        label = alternatives(bylines.get('source_note', ()))
        self.bar_line = re.compile(rf"(?:^[ \t]*(?P<label>{label})[ \t]*[|｜]|(?<=[|｜])[ \t]*(?P<bar_label>{label})(?:[ \t]*[:：])?)"
                                   r"[ \t]*(?P<value>[^|｜\n]*[^|｜\s])(?=[ \t]*(?:[|｜]|$))", re.M)
        self.source_tail = re.compile(rf"\s*(?:{alternatives(bylines.get('source_tail', ()))})$")
        self.gazette = re.compile(rf"(?:{alternatives(bylines.get('gazette', ()))})$")
        self.no_names = frozenset(bylines.get("no_name", ()))
        self.labels = frozenset((*bylines.get("source_note", ()), *bylines.get("source", ())))  # 来源：来源: a label, no value
        # 壹某新闻网 转载请注明出处: the paper's notice after the outlet, or a wide gap, ends it
        # … or the page's next field (来源:X 作者: 浏览量:, 来源:X+收藏本文)
        self.rights_after = re.compile(rf"\s{{2,}}|\s+(?=(?:{alternatives(bylines.get('rights_note', ()))}))"
                                       rf"|[\s+]+(?=(?:{alternatives(bylines.get('field_next', ()))}))")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found: list[Mention] = self.reported(text)
        if "来源" not in text and "來源" not in text and "ource" not in text:
            return found
        kb = self.words.kb
        for line in (*self.source_line.finditer(text), *self.bar_line.finditer(text)):
            value = re.split(r"\s*(?:(?:19|20)\d\d\s*[-./年]|[，,；;:：(（<]|https?://)", line.group("value"), maxsplit=1)[0]
            value = self.rights_after.split(value, maxsplit=1)[0]
            name = self.outlet(value)
            if self.gazette.search(name) or name in self.no_names or value.strip() in self.no_names or name in self.labels:
                continue
            if name and kb.lookup(name) is None and not re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}", name):
                if not re.fullmatch(f"[{CJK}A-Za-z0-9]{{2,12}}", name) or not re.search(f"[{CJK}]", name):
                    continue  # OPENAI FACES COPYRIGHT LAWSUIT…, 美国参议员 Todd Young: no outlet's name
            mention = self.credited(name, line.start("value") + line.group("value").find(name), "source") if name else None
            if mention is None or (mention.kb_id and (line.group("label") or line.group("bar_label")) in self.source_labels):
                continue  # 来源：美国财政部官网 in a newsletter: the name is read as in any sentence
            # a known name on a note of where material comes from (资料来源：中国日报 …) is a node
            # that states nothing there: it takes the place of the plain knowledge-base match
            found.append(replace(mention, confidence=0.96 if mention.kb_id else 0.7))
        return found

    def outlet(self, value: str) -> str:
        """The value without the words after the outlet, taken off one after another
        (阿里云官方公众号: 公众号, then 官方); a tail that ends an outlet's name too, run into it,
        is the name's own (上游新闻, not 上游; 湾区观察 新闻 is 湾区观察)."""
        name, shorter = None, value.strip()
        while shorter != name:
            tail = self.source_tail.search(shorter)
            if tail and tail.group() in self.outlet_ends and tail.start() > 0 and not shorter[tail.start() - 1].isspace():
                return shorter
            name, shorter = shorter, self.source_tail.sub("", shorter).strip()
        return name
