"""《…》 titles: 《关于促进具身智能机器人产业发展的若干措施》 is a Law (or the known
entity the KB names so); a newspaper or magazine (《环球时报》, 《时代》杂志) is a
Company, named by its title alone, and so is each title of a list a word for publications follows (《滚石》《公告牌》
和《综艺》等刊物, 《A》、《B》等知名媒体: data/lexicon/context.tsv publication) or a word for what
an outlet does (据《A》报道, 综合《A》及《B》报导: titles.tsv reported), and so is a title right after its
owner's word of holding (施普林格·自然旗下的《自然》, 旗下报纸《A》（gloss）和《B》: context.tsv unit_of, unit_kind;
a law is no one's unit); a Latin title without a law word
(《Blue Moon》) is a song or a book, no name, and so is a title a word for creative works
follows or precedes (《星际远航》、《海底小队》等影视作品, 完成作品《晨光》, 节目《夜话》: context.tsv
creative_work), unless the knowledge base knows it as something other than a law; so are titles each
followed by one of its characters (《A》的X、《B》的Y等知名角色) and the title a thing is modelled on
(以《A》为原型: data/lexicon/titles.tsv character, prototype), and a title a work's word marks once is
a work wherever the item writes it (完成作品《晨光》…与《晨光》高度相似).  A private document's title
(《授权书》, 《数据使用协议》: titles.tsv private_document) names no instrument either.
A Chinese title the knowledge base does not know whose end is no kind of instrument (《冰雪奇缘》,
《原神》, 《思维的诡计》: law_kinds.tsv, instruments.tsv programme_quoted_head, context.tsv
instrument_ending), a subtitle after a colon and a qualifier in brackets aside
(《版权与人工智能报告(第三部分):生成式AI训练》, 《办法(试行)》), is a work's title too, unless a
kind follows the title (发布《版权与人工智能》报告), the title opens or ends as a document's
(《关于…的用途、机遇和风险》, 《…的投资问题》: titles.tsv document_open, document_end), or its
clause issues or proposes it (签署《确保安全、可靠和可信的人工智能》: triggers.tsv issued, proposed)."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from ..script import simplified
from ..segment import dispatch_words
from .base import Family, Tokens, register
from .words import CJK, Words

_NEXT_TITLE = re.compile(r"\s*(?:[、，,和与及]|以及)?\s*《[^《》\n]{1,80}》")
_CHARACTER = r"的[^，,。；;：:《》\n、]{1,12}?"  # 《A》的黑武士: one of the work's characters after its title
# 《港岛通讯社15日专讯》: an outlet's dispatch of a day, no title (kg.segment reads it as the text's dateline,
# the outlet named on it)
# (《…记者X１０日北京专电》: full-width digits, and the city filed from before the wire's word)
_DATELINE = re.compile(rf"(?:[0-9０-９]{{1,2}}月)?[0-9０-９]{{1,2}}日(?:[\u4e00-\u9fff]{{2,3}})?(?:{dispatch_words('dispatch_special', 'dispatch')})$")
_GLOSS = r"\s*(?:[（(][^（）()《》]{0,40}[）)])?"  # 《A》(Original Title): the work's title in another language
_GLOSSED = re.compile(_GLOSS)
_NEXT_GLOSSED = re.compile(_GLOSS + _NEXT_TITLE.pattern)  # 《滚石》（Rolling Stone）、《公告牌》: the next title past a gloss
_CLAUSE_BREAK = re.compile(r"[，,。！？!?；;\n]")
_CLAUSE_REACH = 30  # characters read on each side of a title for its clause
_SUBTITLE = re.compile(r"\s*(?:[:：|｜]|——).*$")  # 《报告:生成式AI训练》: the subtitle after a colon
# 《办法(试行)》, 《策略2.0》, 《规范第三部分》: a qualifier, a version, a part of a standard
_QUALIFIER = re.compile(r"(?:\s*[（(][^（()）]*[)）])+$|[\s\d.]+$|第[一二三四五六七八九十百\d]+(?:部分|部|章|编|卷)$")


@register
class Titles(Family):
    def __init__(self, words: Words) -> None:
        self.kb = words.kb
        # 《方圆》杂志, 《Wired》雜誌: a periodical's kind word after its title (titles.tsv periodical), not part of its name
        periodical = alternatives(self.kb.title_words["periodical"])
        self.book_title = re.compile(rf"《([^《》\n]{{1,80}})》({periodical})?")
        self.periodical_end = re.compile(rf"(?:{periodical})$")
        # 《芝加哥论坛报》, 《圣保罗先锋报》: a newspaper's title, not a report's or a notice's (《…情况通报》: titles.tsv)
        self.newspaper_end = re.compile(rf"[{CJK}](?:{alternatives(self.kb.title_words['newspaper_end'])})$")
        self.not_newspaper_end = re.compile(rf"(?:{alternatives(self.kb.title_words['not_newspaper_end'])})$")
        publications = alternatives(words.context["publication"])
        # 《A》等刊物, 《A》、《B》等知名媒体: a word for publications after the titles (a short modifier after 等)
        self.publications = re.compile(rf"\s*(?:等\s*[{CJK}]{{0,2}}?)?\s*(?:{publications})|\s*(?:{alternatives(self.kb.title_words['reported'])})")
        # 某集团旗下《A》, 旗下报纸《A》（gloss）和《B》: each title of a list a word of holding opens (and the kind held)
        held = alternatives(words.context["unit_of"])
        self.held = re.compile(rf"(?:{held})\s*(?:{alternatives(words.context['unit_kind'])})?\s*$")
        works = alternatives(words.context["creative_work"])
        self.works_after = re.compile(rf"\s*等?\s*(?:{works})")
        self.work_before = re.compile(rf"(?:{works})\s*$")
        titled = self.kb.title_words
        self.characters = re.compile(rf"(?:{_CHARACTER})?\s*等?\s*(?:{alternatives(titled['character'])})")
        self.next_character = re.compile(rf"(?:{_CHARACTER})\s*(?:[、，,和与及]|以及)\s*《[^《》\n]{{1,80}}》")
        self.prototype = re.compile(rf"{_GLOSS}\s*(?:{alternatives(titled['prototype'])})")
        self.private = re.compile(rf"(?:{alternatives(titled['private_document'])})$")
        self.listed_after = re.compile(r"\s*(?:[（(][^（）()《》]{0,40}[）)])?\s*(?:[、，,和与及]|以及)\s*$")
        # 条例, 办法, 计划, 指令: the kinds a Chinese instrument's title ends with
        self.instrument_endings = tuple(kind for kind, _ in self.kb.law_kinds if not kind.isascii()) + \
            tuple(self.kb.instruments["programme_quoted_head"]) + tuple(words.context["instrument_ending"])
        self.document_open, self.document_end = tuple(titled["document_open"]), tuple(titled["document_end"])
        # 发布, 签署, 征求意见: a word of issuing or proposing in the title's clause makes it an instrument (triggers.tsv)
        self.issuing = re.compile(alternatives(c for c in (*self.kb.triggers["issued"], *self.kb.triggers["proposed"]) if not c.isascii()))

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found, held_until = [], -1
        works = {match.group(1).strip() for match in self.book_title.finditer(text)
                 if self.creative_work(text, match.start(), match.end())}
        for match in self.book_title.finditer(text):
            title, media = match.group(1).strip(), match.group(2)
            if not title or title.isdigit():
                continue
            if _DATELINE.search(title):
                continue
            if media or self.periodical_end.search(title) or self.newspaper(title) or self.publications_listed(text, match.end()) \
                    or self.held.search(text, max(0, match.start() - 12), match.start()) \
                    or held_until >= 0 and self.listed_after.fullmatch(text, held_until, match.start()):
                held_until = match.end()
                known = self.kb.lookup(title) or self.kb.lookup(title + (media or ""))
                # 《方圆》杂志: the periodical's name is its title (the gold's), its kind word after it none of it
                found.append(self.mention(title, "Company", match.start(), match.end(), 0.8,
                                          kb_id=known.id if known and known.type == "Company" else None))
                continue
            entry = self.kb.lookup(title)
            if (entry is None or entry.type == "Law") and title in works:
                continue  # 《星际远航》等影视作品: a film, no instrument (here or where the item calls it a work)
            if entry is None and self.private.search(title):
                continue  # 签订《数据授权使用协议》: a contract between parties, no instrument
            if entry is None and not re.search(f"[{CJK}]", title) and not any(
                    re.search(rf"\b{re.escape(kind)}\b", title) for kind, _ in self.kb.law_kinds if kind.isascii()):
                continue  # 《My Girl》: a song or a book, not an instrument
            if entry is None and self.work_title(title) and not text.startswith(self.instrument_endings, match.end()) \
                    and not text.endswith(self.instrument_endings, 0, match.start()) \
                    and not self.issued_in_clause(text, match.start(), match.end()):
                continue  # 《冰雪奇缘》, 《原神》: a film's, a game's title, no instrument
            type_ = entry.type if entry else "Law"
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            found.append(self.mention(title, type_, start, start + len(title), 0.9, kb_id=entry.id if entry else None))
        return found

    def newspaper(self, title: str) -> bool:
        """Whether a Chinese title ends as a newspaper's does (《芝加哥论坛报》, 《聖保羅先鋒報》), not as a
        report's or a notice's (《…情况通报》, 《…公报》: titles.tsv newspaper_end, not_newspaper_end)."""
        title = simplified(title)
        return bool(self.newspaper_end.search(title)) and not self.not_newspaper_end.search(title)

    def work_title(self, title: str) -> bool:
        """Whether a Chinese title ends in no kind of instrument (《冰雪奇缘》, 《原神》), its
        with or without its subtitle and its qualifiers in brackets (《…报告(第三部分):生成式AI训练》,
        《人工智能：个人资料保障模范框架》), nor
        opens or ends as a document's (titles.tsv document_open, document_end: 《关于…》, 《…问题》)."""
        if not re.search(f"[{CJK}]", title):
            return False
        title = simplified(title)  # 《…實施細則》 in a Simplified text that quotes a Traditional title
        names = {_QUALIFIER.sub("", title), _QUALIFIER.sub("", _SUBTITLE.sub("", title))}
        return all(name and not name.endswith(self.instrument_endings + self.document_end)
                   and not name.startswith(self.document_open) for name in names)

    def issued_in_clause(self, text: str, start: int, end: int) -> bool:
        """Whether the clause holding the title at ``start``…``end`` has a word of issuing or
        proposing (美国财政部就《…》发布公众咨询, 总统签署《…》行政令)."""
        before = _CLAUSE_BREAK.split(text[max(0, start - _CLAUSE_REACH):start])[-1]
        after = _CLAUSE_BREAK.split(text[end:end + _CLAUSE_REACH])[0]
        return bool(self.issuing.search(before) or self.issuing.search(after))

    def creative_work(self, text: str, start: int, end: int) -> bool:
        """Whether the title at ``start``…``end`` is a creative work: a word for works right
        before it (完成作品《晨光》), or after the titles running on from it (《A》、《B》等影视作品),
        each perhaps with one of its characters (《A》的X、《B》的Y等知名角色), or what a thing is
        modelled on (以《A》（Original Title）为原型)."""
        if self.work_before.search(text, max(0, start - 6), start) or self.prototype.match(text, end):
            return True
        while following := _NEXT_TITLE.match(text, end) or self.next_character.match(text, end):
            end = following.end()
        return bool(self.works_after.match(text, end) or self.characters.match(text, end))

    def publications_listed(self, text: str, end: int) -> bool:
        """Whether the titles running on from ``end`` (《公告牌》和《综艺》) end in a word for
        publications (等刊物, 杂志, 等知名媒体) or for what an outlet does (报道)."""
        while following := _NEXT_GLOSSED.match(text, end):
            end = following.end()
        return bool(self.publications.match(text, _GLOSSED.match(text, end).end()))
