"""Programmes, frameworks and other instruments named by a head word without 《》
(data/lexicon/instruments.tsv programme_head: 计划, 框架, 清单, 沙盒, 政策, 标准, 路线图,
倡议, 指南), only where what stands before the head makes it a name:
a quoted name before a programme's head or ending in one (启动“数字丝路”计划, “清朗”专项行动,
推出「生成式人工智能沙盒」: ``programme/quoted``, instruments.tsv programme_quoted_head and
programme_whole_head; a plan the nation's word opens, “国家…计划”:
programme_national_head); the words from a verb of issuing (instruments.tsv programme_verb,
or 就) to a head a bracketed
qualifier follows, the qualifier kept (就可信数据发展行动计划（2024—2028年）公开征求意见, 发布
数据合规指引（试行）, 发布2024年适格性指南更新（含人工智能）: ``programme/qualified``); a topic
before a report's kind right after a verb of issuing (发布生成式人工智能专利态势报告:
``programme/report``; not where the text gives the report its title after its kind: 发布研究
报告《…》).  A topic a generic word opens (行业调查报告: programme_generic_topic) and one an
issuer named as many or as no one in particular issues (多地法院发布…指引（试行）:
many_issuers) are descriptions.  A head
alone or after a determiner (该计划, 相关政策, 行动计划) and a description without a name
(制定发展规划) are none.  All are Laws
(SCHEMA.md: strategies, action plans, frameworks, standards, initiatives)."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..alternation import alternation, alternatives
from ..model import Mention
from .base import Family, ManyIssuers, Tokens, closes_quotation, inside_title, register
from .words import CJK, FUNCTION_CHARS, NUMERAL_WORD, Words

_QUOTED = "“\"「"
_TOPIC_LONGEST = 24  # characters of a qualified or reported name before its head
_OPENING_YEAR = re.compile(r"(?:19|20)\d{2}年?")
_NO_TOPIC_TAGS = "rmqupcdyeot"  # jieba's pronouns, numbers, measure words, particles, prepositions, conjunctions, adverbs…
# “人工智能行动计划2.0”: the version number a renewed programme's name ends with
_VERSION = re.compile(r" ?\d{1,2}\.\d(?![\d.%])")


@register
class Programmes(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        lexicon = words.kb.instruments
        self.determiners = tuple(lexicon["programme_determiner"])
        self.quoted = re.compile(rf"(?:“[^“”\n，,。；;、]{{2,20}}”|\"[^“”\"\n，,。；;、]{{2,20}}\"|「[^「」\n，,。；;、]{{2,20}}」)"
                                 rf"(?:{alternatives(lexicon['programme_quoted_head'])})")
        self.quoted_whole = re.compile(rf"[“\"「](?P<name>[^“”\"「」\n，,。；;、]{{1,20}}?"
                                       rf"(?:{alternatives(lexicon['programme_whole_head'])})(?:{_VERSION.pattern})?)[”\"」]")
        # “国家多模态大语言模型计划”: a plan the nation's word opens is the state's
        self.quoted_national = re.compile(rf"[“\"「](?P<name>(?:国家|國家|全国|全國)[^“”\"「」\n，,。；;、]{{1,18}}?"
                                          rf"(?:{alternatives(lexicon['programme_national_head'])}))[”\"」]")
        self.whole_heads = frozenset(lexicon["programme_whole_head"])
        # a report's kind, the longest a topic name ends with
        self.topic_heads = sorted(lexicon["programme_report_head"], key=len, reverse=True)
        self.generic_topic = tuple(lexicon["programme_generic_topic"])
        self.many_issuers = ManyIssuers(lexicon["many_issuers"])
        self.any_head = alternation(lexicon["programme_head"] + lexicon["programme_quoted_head"] + lexicon["glossed_instrument_head"]
                                    + lexicon["programme_qualifier_head"] + lexicon["programme_report_head"])
        self.issuing = re.compile(alternatives(lexicon["programme_verb"]))
        self.verb_before = re.compile(rf"(?:{alternatives(lexicon['programme_verb'])})了?\s*$")
        # 依据NHTSA的常设一般命令（Standing General Order）: a Chinese instrument's name glossed by its Latin title or acronym
        glossed_heads = alternatives(lexicon["programme_head"] + lexicon["glossed_instrument_head"])
        # (发布AI数据安全指南（AI Data Security: Best Practices…）: a Latin acronym may open the name, a colon
        # part its English title)
        self.glossed = re.compile(rf"(?P<run>(?:[A-Z]{{2,5}})?[{CJK}]{{1,24}}?)(?P<head>{glossed_heads})[（(]"
                                  rf"(?P<gloss>[A-Z]{{2,8}}|[A-Z][A-Za-z-]*:?(?: (?:[A-Za-z][A-Za-z-]*:?|&)){{1,16}})[）)]")
        # （试行）, （2024—2028年）, （2025年版）, （第二版）, （含人工智能）: what a bracket after a head may qualify it by
        self.qualifier = re.compile(rf"[（(](?:{alternatives(lexicon['programme_qualifier'])}"
                                    r"|(?:19|20)\d{2}(?:\s*[—–-]+\s*(?:19|20)\d{2})?\s*年?(?:修订)?版?"
                                    r"|第[一二三四五六七八九十\d.]{1,4}版|V?\d\.\d"
                                    rf"|含(?!(?:{alternatives(lexicon['programme_enclosure'])})[）)])[^（）()\n，,。]{{1,12}})[）)]")
        self.qualified_heads = re.compile(rf"(?:{alternatives(lexicon['programme_qualifier_head'])})$")
        self.topic_bound = re.compile(rf"(?:{alternatives(lexicon['programme_verb'] + lexicon['programme_qualifier_bound'])})了?$")
        self.report = re.compile(rf"(?:{alternatives(lexicon['programme_verb'])})了?"
                                 rf"(?P<name>[{CJK}A-Za-z0-9]{{2,{_TOPIC_LONGEST}}}?(?:{alternatives(lexicon['programme_report_head'])}))")
        self.glossed_bound = re.compile(rf"(?:的|{alternatives(lexicon['programme_verb'] + lexicon['citing_verb'])})了?")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if not self.any_head.search(text):
            return []
        found = []
        for match in self.quoted.finditer(text):
            found.append(self.mention(match.group(), "Law", match.start(), match.end(), 0.6, "quoted"))
        for match in (*self.quoted_whole.finditer(text), *self.quoted_national.finditer(text)):
            if match.group("name") in self.whole_heads or closes_quotation(text, match.start()):
                continue  # 启动"监管沙盒"试点: a kind of programme alone names none
            found.append(self.mention(match.group("name"), "Law", match.start("name"), match.end("name"), 0.6, "quoted"))
        found += self.glossed_names(text) + self.qualified_names(text, tokens)
        found += self.topic_names(self.report, text, tokens, "report")
        return found

    def glossed_names(self, text: str) -> list[Mention]:
        """网页内容无障碍指南（WCAG）, 发布关于人工智能治理的意见（Opinion on AI governance）: the
        Chinese words before an instrument's head, glossed by a Latin title or acronym, are a
        name from the last 的 or verb of issuing or citing before them (from 关于 where it opens
        them, past a determiner: 首批关于…的建议); two words before the head at least."""
        found = []
        for match in self.glossed.finditer(text):
            run, start = match.group("run"), match.start("run")
            about = run.rfind("关于")
            if about >= 0:
                cut = about
            else:
                bounds = list(self.glossed_bound.finditer(run))
                cut = bounds[-1].end() if bounds else 0
            modifier = run[cut:]
            for determiner in sorted(self.determiners, key=len, reverse=True):
                if modifier.startswith(determiner) and len(modifier) > len(determiner) + 1:
                    modifier, cut = modifier[len(determiner):], cut + len(determiner)
                    break
            if len(modifier) < 2 or modifier[0] in FUNCTION_CHARS or modifier.startswith(self.determiners) or \
                    (cut == 0 and start > 0 and text[start - 1] not in "，,。；;、：:\n （(“\"「《》”」"
                     and not self.verb_before.search(text, max(0, start - 8), start)):
                continue  # 该指南（…）, a run whose start is no word's
            found.append(self.mention(text[start + cut:match.end("head")], "Law", start + cut, match.end("head"), 0.6, "glossed"))
        return found

    def qualified_names(self, text: str, tokens: Tokens) -> list[Mention]:
        """数据基础设施建设行动计划（2024—2029年）, 数据合规指引（试行）: a head a qualifier
        follows names the words from the verb of issuing or bound word right before them
        (印发, 就: programme_qualifier_bound) to itself, the qualifier kept; the words are a
        topic's (topic_words), no determiner opens them (该行动计划（2024—2026年）) and no
        issuer named as many issues them (多地法院发布…指引（试行）)."""
        found = []
        for qualifier in self.qualifier.finditer(text):
            head = self.qualified_heads.search(text, max(0, qualifier.start() - 6), qualifier.start())
            if head is None or inside_title(text, qualifier.start()):
                continue
            for start in range(max(0, head.start() - _TOPIC_LONGEST), head.start() - 1):
                if self.topic_bound.search(text, max(0, start - 6), start) and self.topic_words(text, start, head.start(), tokens):
                    if not self.many_issuers(text, start):
                        found.append(self.mention(text[start:qualifier.end()], "Law", start, qualifier.end(), 0.6, "qualified"))
                    break
        return found

    def topic_names(self, pattern: re.Pattern, text: str, tokens: Tokens, mechanism: str) -> list[Mention]:
        """发布生成式人工智能专利态势报告: the topic between the verb and the
        head (a report's kind) is the name's, where its words are a topic's, no
        generic word opens them (年度发展报告) and no issuer named as many issues it (部分银行发布
        …研究报告); a report whose kind the text goes on to give a title (发布研究报告《…》) is
        described by its topic, named by that title."""
        found = []
        for match in pattern.finditer(text):
            start, end = match.start("name"), match.end("name")
            kind = next(head for head in self.topic_heads if match.group("name").endswith(head))
            if (inside_title(text, start) or kind + "《" in text or text.startswith(self.generic_topic, start)
                    or self.many_issuers(text, start) or not self.topic_words(text, start, end - len(kind), tokens)):
                continue
            found.append(self.mention(text[start:end], "Law", start, end, 0.55, mechanism))
        return found

    def topic_words(self, text: str, start: int, end: int, tokens: Tokens) -> bool:
        """Whether text[start:end] is a topic: two characters at least, starting at a word's
        start, no determiner (该, 一份, 相关), no verb of issuing, and none of its words a
        function word, a pronoun, a number or a time word (为期三个月的, 今年); a topic's verbs
        stay (促进数据标注产业发展), and so does a year opening it (2024年专利适格性指南)."""
        topic = text[start:end]
        if len(topic) < 2 or topic.startswith(self.determiners) or topic[0] in FUNCTION_CHARS or self.issuing.search(topic):
            return False
        offsets, words = tokens.offsets, tokens.words
        first, last = bisect_left(offsets, start), bisect_left(offsets, end)
        if first >= len(offsets) or offsets[first] != start:
            return False
        opening = first
        while first < last and (_OPENING_YEAR.fullmatch(words[first]) or first > opening and words[first] == "年"):
            first += 1  # 2024年专利主题适格性指南: the year the instrument is of (2024 / 年, as jieba may cut it)
        return all(not re.fullmatch(f"[{CJK}]+", words[i]) or not (words[i] in FUNCTION_CHARS or NUMERAL_WORD.match(words[i])
                   or self.words.tags.get(words[i], "n")[0] in _NO_TOPIC_TAGS) for i in range(first, last))
