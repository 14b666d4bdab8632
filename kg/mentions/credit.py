"""Names on an article's credit lines (新华社记者：王晓明、刘静, By：Jane Doe、John Roe,
摄影：李强; labels in data/lexicon/bylines.tsv): the knowledge base's type where it
knows the name (新华社, Reuters), a suffix's where one types it, a person where the
name has a person's shape, else an outlet or agency (Company).  Names run together
(王晓明刘静) are cut where jieba sees two personal names.  The lines state no facts
(kg.extract reads none from these mentions).

Inline bylines: a reporter named right after a byline's label where the line gives no colon
and no space (bylines.tsv inline_byline: 本报记者, 记者; a paper's text as its PDF gives it back):
本报记者张海宁北京报道, 本报广州5月3日讯记者刘明远国家市场监督管理总局…, □ 本报记者　王雨,
记者李然、陈可报道, 【编译林佳怡／综合外电】: two to four characters, up to the byline's end (报道, 编译, 摄, a city and
报道, a mark, the line's end), the next label of a run (bylines.tsv byline_next: 记者李然通讯员陈可, 记者李然
实习生陈可 北京报道) or the next name another family found; no word of a verb, a time or a function word
(记者近日从业内获悉 names no one).

Speakers: a transcript's speaker named in brackets after a credit's role, before the colon
that opens what they say (主持人（许安然）：, 记者（画外音，顾铭川）：): a person; the note before a
comma (画外音, 同期声) is none.

Credit lines, Chinese or English, walked label by label with kg.segment.Bylines (the one grammar
the segmenter reads credit lines with): 制图：X　　责编：Y, 排版｜X　　审核｜Y, 【撰稿】X（某研究院）　【审稿】Y,
本栏主持：X　　本刊记者　Y　整理, Reporting by X; Editing by Y, Digest prepared by: X, Research Fellow;
a whole line, else each part between its bars, after a sentence or a date stamp before it
(本文为本站原创。责任编辑：X); a gloss in brackets (X（Jiahe Nan）) is no name, an institution is its own.

Issuing units: the unit a newsletter's credit line opens with, before the word for issuing it
(bylines.tsv issued_by: 协会秘书处编印, 涉外专利部编　　执笔：X　专利代理师): an Organization, the rest of the
line walked as credits (kg.facts.imprint puts the unit partOf the publisher the masthead names).  An English
credit's name ending in a body's word (bylines.tsv body_word: Prepared by: Member Protection Committee) is
an Organization, no person.

Mastheads: a line that is nothing but an outlet's name and its column in brackets
(【江城科技周刊·观察】, 【某某日报｜要闻】): the outlet (bylines.tsv outlet_end), a Company."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate

from ..alternation import alternatives
from ..model import Mention
from ..punctuation import NAME_DOTS
from ..segment import staff_bylines
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words, plain_frequency


_NAME_FREQUENCY = 200  # how often jieba's dictionary saw a person's name at most (周杰伦 89; 许可 623, 高明 791)
_STAMP = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?)?"  # 2025-05-02 08:30


@register
class CreditedNames(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        bylines = words.kb.bylines
        self.credit_kinds = {label: kind for kind in ("person", "photo", "dateline") for label in bylines.get(kind, ())}
        self.credit_kinds.update((label, "person") for label in bylines.get("staff", ()) if label not in self.credit_kinds)
        self.outlet_words = frozenset(bylines.get("outlet_word", ()))
        # 司徒颖欣, 欧阳明: four characters, or three, under a two-character surname
        self.compound_name = re.compile(rf"(?:{alternatives(bylines.get('compound_surname', ()))})[{CJK}]{{1,2}}")
        # 本文图片：…, 本报记者：…: the article's or the paper's own word before a label is no outlet
        self.own_words = frozenset(bylines.get("self", ())) | frozenset(bylines.get("no_name", ()))
        # 出品：南溟律师事务所　国际数据与科技业务组: the publisher's team names no one of its own
        self.team_ends = tuple(bylines.get("team_end", ()))
        # 责编：阿杰　|　排版：小圆: a colleague's nickname, two characters, is no full name
        self.nickname = re.compile(rf"(?:{alternatives(bylines.get('nickname_start', ()))})[{CJK}]")
        self.person_label = re.compile(rf"\s*(?:{alternatives(bylines.get('person', ()))})\s*")
        self.credit_tail = re.compile(rf"\s*(?:{alternatives(bylines.get('credit_tail', ()))})$")
        self.reproduced = re.compile(rf"(?:{alternatives(bylines.get('reproduced', ()))})\s*")  # 圖／翻攝微博: where a photo was taken from
        person_labels = alternatives(label for label, kind in self.credit_kinds.items() if kind == "person")
        # 本报记者：孟昭远北京: the city a reporter files from, run into the name
        self.filed_from = re.compile(rf"(?<=[{CJK}]{{2}})(?:{alternatives(bylines.get('dateline_city', ()))})$")
        # 本报记者张海宁北京报道: a reporter after a label at a line's start, a dateline's 讯/电 or a mark
        self.inline_labels = bylines.get("inline_byline", ())
        # (钜亨网编译X, 扬子晚报记者 X, 星城客户端记者X, 〔编译X／综合报导〕: an outlet's last character or a bracket before the label)
        self.inline_label = re.compile(rf"(?:^|(?<=[讯电□■◇◆【\[】\]（(〔\s报報网網社台闻聞端刊]))\s*(?:{alternatives(self.inline_labels)})\s*", re.M)
        # IP属地 北京 编辑:X 时间:…, （译者:X/核稿:Y）, 作者 | X,编辑 | Y: a person's label and its colon or bar
        # inside a line of other words, a surname and one or two characters after it, then a space or a mark
        surnames = "".join(words.context.get("surname", ()))
        person_labels_only = alternatives(label for label, kind in self.credit_kinds.items()
                                          if kind == "person" and not label.isascii() and len(label) >= 2)
        # 钜亨网编译X, 扬子晚报/紫牛新闻记者 X: the outlet an inline label follows, from the line's start, a slash or a space
        outlet_ends = alternatives(bylines.get("outlet_end", ()))
        # (CNEWS匯流新聞網記者 X: a Latin head run into the outlet's Chinese name)
        self.outlet_before = re.compile(rf"(?:^|(?<=[\s/／|｜〔【\[（(]))(?P<outlet>(?:[A-Za-z][A-Za-z0-9.]{{1,9}})?[{CJK}]{{1,8}}?(?:{outlet_ends}))$")
        # 紫牛新闻记者了解到, 南都记者注意到: an outlet its reporter names, before a verb of finding out
        # (bylines.tsv reporter_verb) and after a clause's start; no reporter's name follows
        self.reporter_verb = re.compile(alternatives(bylines.get("reporter_verb", ())))
        self.outlet_in_clause = re.compile(rf"(?:^|(?<=[，,。；;：:！？]))(?P<outlet>[{CJK}]{{2,8}}?(?:{outlet_ends}))$")
        self.labelled = re.compile(rf"(?:^|(?<=[\s(（〔【\[|｜丨,，/／]))(?:{person_labels_only})[ \t]*[:：|｜][ \t]*"
                                   rf"(?P<name>[{surnames}][{CJK}]{{1,2}})(?=[\s)）〕】\]|｜丨,，/／;；。]|$)", re.M)
        # 记者X报道, 记者X发自上海, 记者X摄, 记者X翻摄 (a photo of a screen): bylines.tsv byline_tail, byline_from, photo_tail
        tails = [*bylines.get("byline_tail", ()), *bylines.get("byline_from", ()), *bylines.get("photo_tail", ())]
        cities = alternatives(bylines.get("dateline_city", ()))
        # 记者王晓明通讯员刘静, 记者王晓明 实习生刘静: the next label of a run of labels and names (bylines.tsv byline_next)
        run_labels = alternatives((*self.inline_labels, *bylines.get("byline_next", ())))
        self.inline_end = re.compile(rf"\s|$|[、，,。）)】\]：:／/]|(?:{cities})?(?:{alternatives(tails)})|(?:{run_labels})")
        self.next_inline_label = re.compile(rf"[ \t\u3000]*(?:{run_labels})[ \t\u3000]*")
        # what may stand before a credit on its line: a sentence (a photo's caption after its label:
        # 图：X在会上发言。Y提供), or a date stamp and the city filed from
        photo_labels = alternatives(bylines.get("photo", ()))
        self.credit_lead = re.compile(rf"(?P<open>[（(【\[]?)(?P<label>(?:{photo_labels})[:：])?.*[。！？]\s*|{_STAMP}(?:{cities})?\s*")
        self.body_words = frozenset(bylines.get("body_word", ()))
        # the segmenter's grammar of credit lines with the staff roles (kg.segment.staff_bylines)
        self.walker = staff_bylines(bylines, words.context.get("surname", ()))
        # 主持人（许安然）：, 记者（画外音，顾铭川）：: a transcript's speaker, by role and name
        self.speaker_notes = frozenset(bylines.get("speaker_note", ()))  # 记者（画外音）：: how the reporter speaks, no name
        self.speaker = re.compile(rf"^(?:{person_labels})[（(](?:[^（()）\n，,]{{1,8}}[，,])?(?P<name>[{CJK}]{{2,4}})[）)][：:]", re.M)
        # 【江城科技周刊·观察】: an outlet's masthead over its column, alone on its line
        # 2025.01.21 黄明 李筠 马奕, 王新、徐元｜…, 张薇 某某大学法学院: an article's authors alone on its line
        self.author_line = self.author_lines_pattern(bylines, surnames)
        self.surnames = frozenset(surnames)
        self.author_roles = tuple(t for t in words.context["person_title"] if not t.isascii() and len(t) >= 2)
        self.own_starts = tuple(bylines.get("own_start", ()))  # 该报记者, 这家电视台记者: a pronoun's, no outlet
        self.not_outlet = tuple(bylines.get("not_outlet", ()))  # 电视台记者, 媒体记者: a kind of outlet, none named
        self.not_outlet_ends = tuple(end for end in self.not_outlet if len(end) > 2)  # 当地电视台: ends naming no outlet
        self.outlet_ends = tuple(sorted(bylines.get("outlet_end", ()), key=len, reverse=True))
        self.masthead = re.compile(rf"^[【\[]\s*(?P<outlet>[{CJK}]{{2,10}}?(?:{alternatives(bylines.get('outlet_end', ()))}))"
                                   rf"\s*[·•・｜|丨]\s*[{CJK}A-Za-z0-9]{{1,12}}\s*[】\]]\s*$", re.M)

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found: list[Mention | None] = self.inline(text, tokens, candidates) \
            if any(label in text for label in self.inline_labels) else []
        found += [self.credited(line.group("outlet"), line.start("outlet"), "dateline") for line in self.masthead.finditer(text)]
        found += [self.credited(line.group("name"), line.start("name"), "person") for line in self.speaker.finditer(text)
                  if line.group("name") not in self.speaker_notes]
        walked = [mention for mention in self.walked(text) if mention is not None]
        found += walked + self.labelled_names(text, candidates + walked)
        found += self.author_names(text, candidates + [m for m in found if m is not None])
        return [mention for mention in found if mention is not None]

    def labelled_names(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """编辑:唐明 on a line that holds other words (IP属地 北京 编辑:唐明 时间:…), （译者:张明/核稿:
        刘红）, 作者 | 陈明,编辑 | 魏红: the person a label and its colon or bar name, where the
        line is no credit line of its own (kg.segment.Bylines reads those)."""
        starts = {candidate.start for candidate in candidates}
        found = []
        for match in self.labelled.finditer(text):
            name, start = match.group("name"), match.start("name")
            if start in starts or name in self.own_words or name in self.credit_kinds or self.nickname.fullmatch(name) \
                    or self.words.kb.lookup(name) or self.words.suffix_of(name) \
                    or self.words.tags.get(name, "nr")[:1] in ("v", "d", "t", "p", "c", "u", "m", "f", "r", "n") \
                    and not self.words.tags.get(name, "nr").startswith("nr"):
                continue
            found.append(self.mention(name, "Person", start, match.end("name"), 0.75))
        return found

    def author_lines_pattern(self, bylines: dict, surnames: str) -> re.Pattern:
        """The lines that name an article's authors and nothing else of theirs: two to six
        personal names a space, 、 or a comma apart (after a date stamp too: 2025.01.21 黄明 李筠 马奕; 朱明诚,孙平),
        names before the bar that opens the title (王新、徐元｜从五起判决看…), names before
        the institution they write from (张薇 某某大学法学院, its type the suffix family's),
        a name before a slash and the credit's label alone on the line (吴明峰／核稿编辑), a name
        before its title and the verb of a byline's end (周明律师整理: bylines.tsv name_title,
        byline_tail), or a credit's one name before the note in brackets of where the author works
        (文/周明(某大学法律研究所、周明律师事务所主持律师): the note the suffix family's)."""
        compound = alternatives(bylines.get("compound_surname", ()))
        name = rf"(?:(?:{compound})[{CJK}]{{1,2}}|[{surnames}][{CJK}]{{1,2}})"
        gap, listed = r"[ \t\u3000]", r"[ \t\u3000]*[、，,][ \t\u3000]*"
        labels = alternatives(label for label, kind in self.credit_kinds.items() if kind == "person" and not label.isascii())
        # 梁某某 香港资深出版人, 杨某某／云林科技大学 科技法律研究所 教授: the unit or the role after a space or a
        # slash (three parts at most); ◎ 刘某某, □ 刘某某: a column's author after the mark that opens its byline
        unit = rf"(?P<unit>[{CJK}]{{4,20}}(?:{gap}+[{CJK}]{{2,20}}){{0,2}})"
        titles, tails = alternatives(bylines.get("name_title", ())), alternatives(bylines.get("byline_tail", ()))
        return re.compile(rf"^{gap}*(?:{_STAMP}{gap}*)?(?:(?P<spaced>{name}(?:(?:{gap}+|{listed}){name}){{1,5}}){gap}*$"
                          rf"|(?P<barred>{name}(?:{listed}{name}){{0,4}}){gap}*[|｜丨]{gap}*\S"
                          rf"|(?P<slashed>{name}){gap}*[／/]{gap}*(?:{labels}){{1,2}}{gap}*$"
                          rf"|(?P<told>{name}){gap}*(?:{titles})?{gap}*(?:{tails}){gap}*$"
                          rf"|(?:{labels}){gap}*[／/:：]{gap}*(?P<noted>{name})[（(][^（()）\n]{{2,60}}[）)]{gap}*$"
                          rf"|(?P<placed>{name}(?:{gap}+{name}){{0,5}})(?:{gap}+|{gap}*[／/]{gap}*){unit}{gap}*$"
                          rf"|[◎●□■]{gap}*(?P<marked>{name}){gap}*$)", re.M)

    def author_names(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The names of an author line (author_lines_pattern), each a personal name as
        jieba and the knowledge base see it (no word, no known name, no suffix's name); a
        line with any other word names no one (王者 荣耀 is no pair of authors, 许可｜开源 no author)."""
        starts = {candidate.start for candidate in candidates}
        found = []
        for line in self.author_line.finditer(text):
            group = next(kind for kind in ("spaced", "barred", "slashed", "told", "noted", "placed", "marked") if line.group(kind))
            if group == "placed" and not self.authors_unit(line.group("unit")):
                continue  # 张薇 北京大学法学院: an institution the author writes from; 张薇 表示同意 is a sentence
            names = [(part.group(), line.start(group) + part.start()) for part in re.finditer(rf"[^\s\u3000、，,]+", line.group(group))]
            # 黄其豪／核稿编辑: a name its label vouches for may hold a function character (其)
            if not all(self.author_shaped(name, labelled=group in ("slashed", "noted")) for name, _ in names):
                continue
            found += [self.mention(name, "Person", start, start + len(name), 0.7, "authors") for name, start in names if start not in starts]
        return found

    def authors_unit(self, unit: str) -> bool:
        """张薇 北京大学法学院, 杨某 云林科技大学 科技法律研究所: an institution a part of the unit names
        (the suffix family's Organization, Regulator or Court); 梁某 香港资深出版人, 周某 专栏作者: a
        person's role the unit ends in (context.tsv person_title)."""
        parts = unit.split()
        return any((self.words.suffix_of(part) or ("", ""))[1] in ("Organization", "Regulator", "Court") for part in parts) \
            or parts[-1].endswith(self.author_roles)

    def author_shaped(self, name: str, labelled: bool = False) -> bool:
        """Whether an author line's part is a personal name: two to four characters, no
        function character after the surname (unless a credit's label names it), no word of
        jieba's but a personal name, no name the knowledge base or a suffix types."""
        tag = self.words.tags.get(name)  # 许可, 文明: words jieba tags nr but saw hundreds of times, no names
        return 2 <= len(name) <= 4 and (labelled or not set(name[1:]) & FUNCTION_CHARS) \
            and (tag is None or tag.startswith("nr") and plain_frequency(name) < _NAME_FREQUENCY) \
            and name not in self.own_words and name not in self.credit_kinds and not self.nickname.fullmatch(name) \
            and self.words.kb.lookup(name) is None and self.words.suffix_of(name) is None \
            and not self.words.boundary_word.search(name)

    def walked(self, text: str) -> list[Mention | None]:
        """The names of each line, or each part of a line between its bars, that is nothing but
        credits, label by label (制图：邹凯　　责编：方明远, Reporting by Jane Roe; Editing by John Doe),
        each where the line gives it; a source's outlet is the source family's, an English one's outlet
        the english family's."""
        found = []
        line_start = 0
        for line in text.split("\n"):
            if issued := self.walker.issued.match(line):  # 协会秘书处编印, 涉外专利部编　　执笔：X
                found.append((self.mention(issued.group("unit"), "Organization", line_start + issued.start("unit"),
                                           line_start + issued.end("unit"), 0.7), "dateline"))
                line = " " * issued.end() + line[issued.end():]  # the rest of the line: its credits where they start
            for part_start, credits in self.credit_parts(line) if len(line) <= 160 else ():
                for credit in credits:
                    kind = self.credit_kinds.get(credit.label)
                    if kind is None:
                        continue
                    if credit.outlet and credit.outlet not in self.own_words and (at := line.find(credit.outlet, part_start)) >= 0:
                        found.append((self.credited(credit.outlet, line_start + at, "dateline"), "dateline"))  # 新华社记者 X: the outlet
                    for name in credit.names:
                        if any(label.startswith(name) for label in self.credit_kinds) or name.endswith(self.team_ends):
                            continue  # 文：特约撰稿人 X: 特约 is the first half of a role, run into its label; a team
                        if (at := line.find(name, part_start)) >= 0:
                            # 本报资料图片: the paper's own photo names no one; 图片由受访者提供: nor does a label
                            found += [(self.credited(personal, start, kind), kind)
                                      for personal, start in _personal_names(*self.trimmed(name, line_start + at))
                                      if personal not in self.own_words and personal not in self.credit_kinds
                                      and not self.nickname.fullmatch(personal)]
            line_start += len(line) + 1
        # By Jane Roe, Harbor Daily: an English credit's outlet is the english family's (english/outlet), a body
        # (Prepared by: Member Protection Committee) this family's;
        # a dateline's (Dateline：Ledger Wire) is this family's
        return [mention for mention, kind in found if mention is None or mention.type in ("Person", "Organization")
                or kind == "dateline" or re.search(f"[{CJK}]", mention.text)]

    def credit_parts(self, line: str) -> list[tuple[int, list]]:
        """(where it starts, its credits) for the whole line when it is nothing but credits, else for
        each part between its bars that is, read after a sentence or a date stamp before it
        (本文为本站原创。责任编辑：X, 2025-03-14 09:15 杭州作者：X, 转载请联系本社 ｜ 责任编辑：X)."""
        if (credits := self.walker.credits(line)) is not None:
            return [(0, credits)]
        parts = []
        for part in re.finditer(r"[^｜|丨]+", line):
            lead = self.credit_lead.match(part.group())
            kept = "".join(lead.group(mark) or "" for mark in ("open", "label"))  # （图：…。X提供） -> （图：X提供）
            if credits := self.walker.credits(kept + part.group()[lead.end():]):
                parts.append((part.start() + lead.end(), credits))
        return parts

    def inline(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        """Reporters named after an inline byline's label; like every credit, they state no facts
        (kg.facts.base CREDITED): 本报北京3月21日讯记者X国家网信办发布… is no act of X.  The outlet
        right before the label, from the line's start, a slash or a space (钜亨网编译X, 扬子晚报/紫牛新闻记者 X),
        is named too, typed as a dateline's outlet."""
        starts = {candidate.start for candidate in candidates}
        found, read = [], set()
        for label in self.inline_label.finditer(text):
            position = label.end()
            line_start = text.rfind("\n", 0, label.start()) + 1
            if self.reporter_verb.match(text, position):
                found.append(self.reporting_outlet(text, label.start(), line_start))
                continue  # 紫牛新闻记者了解到: no reporter is named
            outlet = self.outlet_before.search(text, max(line_start, label.start() - 16), label.start())
            while outlet is not None and outlet.group("outlet") not in self.own_words and self.inline_name(text, position, starts):
                found.append(self.credited(outlet.group("outlet"), outlet.start("outlet"), "dateline"))
                slash = outlet.start("outlet") - 1  # 扬子晚报/紫牛新闻记者: two outlets of one newsroom
                outlet = self.outlet_before.search(text, max(line_start, slash - 9), slash) \
                    if slash > line_start and text[slash] in "/／" else None
            while True:
                name = self.inline_name(text, position, starts)
                if name is None:
                    break
                if position not in read:  # 记者甲 实习生乙: 乙 read after 甲's run and after its own label
                    found.append(self.mention(name, "Person", position, position + len(name), 0.75))  # states no facts (CREDITED)
                    read.add(position)
                position += len(name)
                if next_label := self.next_inline_label.match(text, position):
                    position = next_label.end()  # 记者王晓明通讯员刘静: the next label of the run, and its name
                    continue
                if not text.startswith(("、", " ", "\u3000"), position):
                    break  # （记者 李京泽 谢雁冰）: a space between two reporters as a 、
                position += 1
        return found

    def reporting_outlet(self, text: str, label: int, line_start: int) -> Mention | None:
        """紫牛新闻记者了解到, 扬子晚报/紫牛新闻记者来到现场: the outlet before a reporter's label that a
        verb of finding out follows (no reporter named), from the line's start, a slash, a space or a clause's start."""
        outlet = self.outlet_before.search(text, max(line_start, label - 16), label) \
            or self.outlet_in_clause.search(text, max(line_start, label - 16), label)
        if outlet is None:
            return None
        name, start = outlet.group("outlet"), outlet.start("outlet")
        # 扬子晚报紫牛新闻记者: a known paper run into its own outlet's name; the last is the reporter's
        paper = next((name[:cut] for cut in range(len(name) - 2, 1, -1) if self.known_outlet(name[:cut])), "")
        name, start = name[len(paper):], start + len(paper)
        kind = next((end for end in self.outlet_ends if name.endswith(end)), "")
        # 当地电视台, 多家报社, 该台: a kind of outlet after a word of place, number or pronoun names none
        if name in self.own_words or name in self.not_outlet or name.startswith(self.own_starts) \
                or self.words.tags.get(name[:len(name) - len(kind)], "n")[:1] in ("s", "m", "r", "t", "f", "d", "a", "v", "p") \
                or name.endswith(self.not_outlet_ends):
            return None
        mention = self.credited(name, start, "dateline")
        # named in running prose, the outlet is no credit line's: it may take part in facts (紫牛新闻 partOf 扬子晚报)
        return replace(mention, mechanism=f"{self.family}/reported") if mention is not None else None

    def known_outlet(self, name: str) -> bool:
        entry = self.words.kb.lookup(name)
        return entry is not None and entry.type == "Company"

    def inline_name(self, text: str, start: int, starts: set[int]) -> str | None:
        """The reporter's name at ``start``: three characters, else two, else four, where the
        byline ends after it or another name begins."""
        for length in (3, 2, 4):
            name = text[start:start + length]
            if len(name) < length or not re.fullmatch(f"[{CJK}]+", name) or set(name) & FUNCTION_CHARS:
                continue
            if not (self.inline_end.match(text, start + length) or start + length in starts):
                continue
            tags = [self.words.tags.get(name[:2], "nr"), self.words.tags.get(name, "nr")]
            if name[0] in self.surnames and name not in self.words.tags and re.match(r"\s|$|[、，,。）)】\]：:／/]", text[start + length:]):
                tags = tags[1:]  # 编译许家华 2026-01-08: a surname's name the space ends, though 许家 is a word of jieba's
            if any(tag[:1] in ("v", "d", "t", "p", "c", "u", "m", "f", "r") for tag in tags) \
                    or self.words.kb.lookup(name) is not None or self.words.suffix_of(name) is not None:
                return None
            return name
        return None

    def trimmed(self, value: str, start: int) -> tuple[str, int]:
        """A credited name without a byline label before it (图：记者钱蕾), the words of a
        photo credit after it (中央社档案照片, 私隐专员公署提供), or a remark after a
        personal name (李晴对本文亦有贡献), and where it starts; after the words of taking a
        photo from somewhere (翻攝微博: bylines.tsv reproduced), only a name the knowledge base knows, else ""."""
        label = self.person_label.match(value)
        # a one-character label run into a name is its surname (编辑：文姝琪), not 文 by 姝琪
        if label and len(value) - label.end() >= 2 and (len(label.group().strip()) > 1 or label.group() != label.group().strip()):
            value, start = value[label.end():], start + label.end()
        shorter = None
        while shorter != value:
            shorter, value = value, self.credit_tail.sub("", value)
        if reproduced := self.reproduced.match(value):  # 圖／翻攝微博: the source the photo was taken from, if known
            value, start = value[reproduced.end():], start + reproduced.end()
            return (value, start) if self.words.kb.lookup(value) is not None else ("", start)
        remark = re.match(f"([{CJK}]{{2,3}})[{''.join(FUNCTION_CHARS)}][{CJK}]", value)
        if remark and len(value) > 5:
            value = remark.group(1)
        if re.fullmatch(f"[{CJK}]{{4,7}}", value) and (city := self.filed_from.search(value)):
            value = value[:city.start()]
        return value, start

    def credited(self, name: str, start: int, kind: str) -> Mention | None:
        """The mention of one credited name, typed as the module's docstring says."""
        name = name.strip()
        if not (re.fullmatch(f"[{CJK}{NAME_DOTS}A-Za-z0-9]{{2,16}}", name) and re.search(f"[{CJK}]", name)
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
        person = (re.fullmatch(f"[{CJK}]{{2,3}}|[{CJK}]{{1,8}}[{NAME_DOTS}][{CJK}]{{1,8}}", name)
                  or self.compound_name.fullmatch(name)
                  or re.fullmatch(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|der|da|la|le|bin|al)){1,3}", name))
        # Lawline News, Chronicle News Service: an outlet's word after a name's first word is no person's
        person = person and kind not in ("dateline", "source") and not self.outlet_words.intersection(name.split()[1:])
        if name.isascii() and " " in name and name.split()[-1] in self.body_words:
            return self.mention(name, "Organization", start, end, 0.7)  # Prepared by: Member Protection Committee
        type_ = "Person" if person else "Company"
        return self.mention(name, type_, start, end, 0.8 if person else 0.7)


def _personal_names(part: str, offset: int) -> list[tuple[str, int]]:
    """王晓明刘静 -> 王晓明, 刘静 (names run together on a credit line); anything else whole."""
    if not re.fullmatch(f"[{CJK}]{{4,9}}", part):
        return [(part, offset)]
    import jieba.posseg  # (its table and tagging model read here only: kg.mentions.words Tags reads the table itself)
    pieces = jieba.posseg.lcut(part)
    if len(pieces) > 1 and all(p.flag.startswith("nr") and 2 <= len(p.word) <= 3 for p in pieces):
        starts = accumulate((len(p.word) for p in pieces), initial=offset)
        return [(p.word, start) for p, start in zip(pieces, starts)]
    return [(part, offset)]
