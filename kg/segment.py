"""Documents into news items.

A newsletter is sections (一、最新法律与监管动态) of numbered items (1. 标题) with
fields 发布日期 / 来源 / 链接 / 摘要 and a commentary (…短评).  Its table of contents
(导读), closing disclaimer (特此声明) and partner biographies are not news and are
dropped.  A news article, one per file (a title, a date line, a byline, 来源 and photo
credits, 责任编辑 at the end), is one item dated by its date line, or one item per
subheading.  Any other document without numbered items (an analysis report, a Markdown
or HTML page) becomes items by its headings, or by paragraphs.

Boilerplate (data/lexicon/boilerplate.tsv: disclaimers, reprint notes, copyright lines,
editor's notes) is dropped line by line wherever it stands; a closing disclaimer also
drops what follows it, but only where it really closes the document.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from .alternation import NEVER, alternatives
from .dates import POSTED_AGO, date_spans, dateline_date, find_dates, lead_date, parse_date, tells_relative
from .kb import DATA_DIR, KnowledgeBase, cue_words, tsv_rows
from .later import later
from .punctuation import NAME_DOTS
from .lookahead import scanning, starts_with
from .model import Document, Item
from .script import traditional

_CN_NUMERAL = "一二三四五六七八九十"
FIELD_LINES_KEPT = 1 << 14  # lines whose fields Fields.read remembers
SECTION = later(rf"^(?:#{{1,2}}\s*)?(?:[{_CN_NUMERAL}]+\s*[、.．]|[IVX]+\.\s+)\s*(?P<title>\S.{{0,40}})$"
                rf"|^#\s+(?P<heading>\S.{{0,40}})$")
NUMBERED = later(r"^(?:##\s*)?(?P<number>\d{1,2})\s*[.、．]\s*(?P<title>\S.*)$")
HEADING = later(r"^##\s*(?P<title>\S.*)$")
# The marks a heading of a newsletter starts with, each its own kind: 第一部分, 一、, （一）, 1. or 1、,
# (1), 01, ①, I., and the bullets ▶ ■ ● ▍ · (a kind per bullet); Markdown's #s before any of them.
_MARKS = (r"^(?:#{1,6}\s*)?(?:(?P<part>第[一二三四五六七八九十]+(?:部分|章|篇|编))\s*[:：、.．]?\s*"
          rf"|(?P<cn>[{_CN_NUMERAL}]{{1,3}})\s*[、.．]\s*"
          rf"|[（(]\s*(?P<cn_paren>[{_CN_NUMERAL}]{{1,3}})\s*[)）]\s*"
          r"|(?P<num>\d{1,2})\s*(?:[.．](?!\d)|、|[)）])\s*"
          r"|[（(]\s*(?P<num_paren>\d{1,2})\s*[)）]\s*"
          r"|(?P<padded>0[1-9]|[1-9]\d)\s+"  # 01 标题: a zero-padded list's number, a space after it
          r"|(?P<circled>[\u2460-\u2473])\s*"
          r"|(?P<roman>[IVX]{1,4})\.\s+"
          r"|(?P<bullet>[▶►▷■□●○◆◇▍▌▎★☆◎•·※➤➢])\s*"
          # 第一项｜, 其二、, 【三】, 〔4〕, Item 1 of 4: an item's number in words, brackets or English
          rf"|第(?P<ordinal>[{_CN_NUMERAL}]{{1,3}}|\d{{1,2}})\s*(?:项|则|件|例|案)\s*[:：、.．｜|丨—–-]?\s*"
          rf"|其(?P<counted>[{_CN_NUMERAL}]{{1,2}})\s*[:：、.．｜|丨]?\s*"
          # 话题一, 案例2, 要点3: a word that counts a newsletter's items, then its number
          rf"|(?:话题|案例|要点|专题|事项|热点|焦点|议题|看点|事件|观察)(?P<labelled>[{_CN_NUMERAL}]{{1,3}}|\d{{1,2}})(?![\d{_CN_NUMERAL}])\s*[:：、.．｜|丨]?\s*"
          rf"|[【〔\[]\s*(?P<cn_bracket>[{_CN_NUMERAL}]{{1,3}})\s*[】〕\]]\s*|[【〔]\s*(?P<num_bracket>\d{{1,2}})\s*[】〕]\s*"
          r"|(?:Item|ITEM|Case|CASE|Story|STORY|Part|PART)\s+(?P<item>\d{1,2})(?!\d)(?:\s+of\s+\d{1,2})?\s*[:：.|｜—–-]?\s+"
          r"|№\s*(?P<numero>\d{1,2})(?!\d)\s*[:：.|｜丨—–-]?\s*)")  # №1｜标题: the numero sign
MARKED = later(_MARKS + r"(?P<title>\S.*)$")
MARK = later(_MARKS)
MARKDOWN_HEADING = later(r"^(?P<level>#{1,6})\s*(?P<title>\S.*)$")
BRACKETED = later(r"^[【\[]\s*(?P<title>[^【】\[\]]{1,20}?)\s*[】\]]$")  # 【监管动态】
FIELD_BULLETS = "●•*◎○◆◇▪▸▶►■□·-"  # a bullet a field's label may follow (- 来源：…, ◎对象：…)
LABEL = later(rf"^(?:[{FIELD_BULLETS}]\s*)?[^\s:：]{{1,10}}\s*[:：]")  # 案号：…, - 参考链接：…
# a card's label in brackets, its value after it on the line, no colon: 【法院】X, 【案件】A 诉 B
_BRACKET_LABEL = later(r"^【(?P<word>[^【】\s:：]{1,6})】(?=\S)")
TITLE_END = later(r"[。；;，,:：]$")  # a line ending so is a sentence or a label, no title
BIOGRAPHY = later(r"^(?:合伙人\s*/|Partner\s*/|邮箱\s*[:：]|E-?mail\s*[:：]|执业领域\s*[:：]|教育背景\s*[:：]|工作经历\s*[:：]|代表业绩\s*[:：])", re.I)
TABLE_BAR = later(r"\s*[|｜]\s*")  # between a table's cells
URL = later(r"https?://[^\s<>()（）\"'，。]+")


class Fields:
    """The labelled fields of a newsletter item (data/lexicon/fields.tsv): 日期：…, 【来源】…,
    - **摘要**：…, several on one line (日期：2025-11-11 | 来源：德国之声), and the commentary
    label (植德短评, Our comment:).

    >>> Fields({"date": ("日期",), "source": ("来源",)}).read("日期：2025-11-11 | 来源：德国之声")
    (('date', '2025-11-11'), ('source', '德国之声'))
    """

    LABELLED = ("date", "source", "links", "summary", "keywords")
    DATED = re.compile(r"^(?P<date>[^|｜丨]{6,30}?)\s*[|｜丨]\s*$")  # the date before a separator and a label
    # - **来源**：… in Markdown, ● 来源：… as read from it, ◎日期：… / ▪ 来源：… under a card's title (a field's bullet)
    MARKDOWN = re.compile(rf"^(?:[{FIELD_BULLETS}]\s*)?(?=\S)")

    def __init__(self, kinds: dict[str, tuple[str, ...]]) -> None:
        self.kind_of = {label.lower(): kind for kind in self.LABELLED for label in kinds.get(kind, ())}
        labels = _either(self.kind_of)
        # 来源：…, Source: …, 【来源】…, [来源] …; a label after the first needs a separator before it
        label = rf"(?:(?P<colon>{labels})\s*[:：]|[【\[]\s*(?P<bracket>{labels})\s*[】\]]\s*[:：]?)\s*"
        self.label = re.compile(starts_with(label, re.I) + label, re.I)  # looked for along every line
        self.separator = re.compile(r"(?:[|｜丨;；]|\s{2,}|\u3000|[\s】\]])\s*$")
        prefixed = _either(cue for cue in kinds.get("commentary", ()) if not cue.isascii())
        plain = _either(cue for cue in kinds.get("commentary", ()) if cue.isascii())
        self.commentary = re.compile(rf"^(?:\S{{0,6}}(?:{prefixed})|(?:{plain}))\s*(?:$|[:：]\s*(?P<value>.*)$)", re.I)
        self.contents = re.compile(rf"^[【\[]?\s*(?:{_either(kinds.get('contents', ()))})\s*[】\]]?\s*[:：]?$", re.I)
        # a line is read for its fields by each step of segmenting (and of ingest, its line
        # breaks): remembered for the lines of the last documents
        self.read = lru_cache(maxsize=FIELD_LINES_KEPT)(self._read)

    @staticmethod
    def _plain(line: str) -> str:
        return Fields.MARKDOWN.sub("", line.strip(), count=1).replace("**", "")

    def _read(self, line: str) -> tuple[tuple[str, str], ...] | None:
        """(kind, value) of each field the line holds, None when it starts with none; a date
        before labelled fields is the date field (13 March 2024 | Source: European Parliament)."""
        text = self._plain(line)
        hits = [hit for hit in self.label.finditer(text)
                if hit.start() == 0 or hit.group("bracket") or self.separator.search(text[:hit.start()])]
        dated: list[tuple[str, str]] = []
        if hits and hits[0].start() != 0 and (date := self.DATED.match(text[:hits[0].start()])) \
                and (found := find_dates(date.group("date"))) and found[0][:2] == (0, len(date.group("date"))):
            dated = [("date", date.group("date"))]
        elif not hits or hits[0].start() != 0:
            return None
        return tuple(dated + [(self.kind_of[(hit.group("colon") or hit.group("bracket")).lower()],
                               text[hit.end():following.start() if following else len(text)].strip(" \t|｜丨;；"))
                              for hit, following in zip(hits, hits[1:] + [None])])

    def commentary_label(self, line: str) -> re.Match | None:
        """植德短评, 律师点评：…, Our comment: (the value after the label, if any)."""
        return self.commentary.match(self._plain(line))


# a rule drawn across the page between items: one character of lines or marks, three times or more
RULE = later(r"^\s*(?P<mark>[━─—–\-=＝_＿~～*＊·•◆◇■□●○★☆※#+＋<>/\\|｜])\s*(?:(?P=mark)\s*){2,}$")


def is_rule(line: str) -> bool:
    """A line that is a rule (━━━━, ----, ＝＝＝, * * *, ◇◇◇): it separates, it tells nothing."""
    return bool(RULE.match(line))


def opens_structure(line: str) -> bool:
    """Whether a line opens a heading (of any mark: （一）, ①, ▶, 第一部分) or a field (时间：…,
    【来源】…): what kg.ingest never joins to the line before it as that line's wrapped end."""
    return bool(MARK.match(line)) or _lexicons().fields.read(line) is not None


def closes_its_line(line: str) -> bool:
    """Whether a line ends where it ends however long it is: a field whose value is no text
    (日期：…, 来源：…, 原文链接：https://…, 关键词：…); a 摘要 or 内容 field may wrap on."""
    read = _lexicons().fields.read(line)
    return bool(read) and read[-1][0] in ("date", "source", "links", "keywords")


@dataclass
class _Header:
    line: int
    title: str
    numbered: bool


@dataclass(frozen=True)
class _Heading:
    """A line that may head an item or a section: its kind of mark and its number."""
    line: int
    kind: str
    title: str
    number: int | None = None


def _label_word(label: str) -> str:
    """The word of a label (- 法院： -> 法院)."""
    return re.sub(r"^[●•*-]\s*|\s*[:：]$", "", label.strip())


def _heading(index: int, line: str) -> _Heading | None:
    """The line as a heading (一、境外立法, （一）欧盟…, ▍四部门联合发布…, 【监管动态】), if it is one:
    a mark, then a title that is no sentence (it does not end in 。；，：)."""
    line = line.strip()
    if match := BRACKETED.match(line):
        return _Heading(index, "bracket", match.group("title"))
    if match := MARKED.match(line):
        kind = next(name for name in ("part", "cn", "cn_paren", "num", "num_paren", "padded", "circled", "roman",
                                      "bullet", "ordinal", "counted", "labelled", "cn_bracket", "num_bracket", "item",
                                      "numero") if match.group(name))
        title, value = match.group("title").strip(), match.group(kind)
        number = (int(value) if kind in ("num", "num_paren", "padded", "num_bracket", "item", "numero") or (value.isascii() and value.isdigit())
                  else _cn_number(value) if kind in ("cn", "cn_paren", "ordinal", "counted", "labelled", "cn_bracket")
                  else ord(value) - 0x2460 + 1 if kind == "circled" else None)
        kind = f"bullet{value}" if kind == "bullet" else kind
    elif match := MARKDOWN_HEADING.match(line):
        kind, title, number = f"h{len(match.group('level'))}", match.group("title").strip(), None
    else:
        return None
    if len(title) > 120 or TITLE_END.search(title):
        return None
    return _Heading(index, kind, title, number)


def _numbered(line: str) -> bool:
    """Whether the line opens with a number's mark ((1), 一、, 第二则), not a bullet (◎, ●)."""
    return bool((mark := MARK.match(line)) and not mark.group("bullet"))


def _table_row(line: str) -> str | None:
    """A table's row that is an event (日期｜机构｜事件: 2024-04-16｜微软｜向G42投资15亿美元, or
    a Markdown table's | 2024-04-16 | 微软 | … |): three cells or more, one of them a date
    and nothing else; the row without its outer bars, None for another line."""
    cells = [cell.strip() for cell in TABLE_BAR.split(line.strip())]
    cells = cells[1:] if cells and not cells[0] else cells
    cells = cells[:-1] if cells and not cells[-1] else cells
    if len(cells) < 3 or not all(cells):
        return None
    for cell in cells:
        found = find_dates(cell)
        if found and found[0][:2] == (0, len(cell)):
            return "｜".join(cells)
    return None


def _is_link(line: str) -> bool:
    """A line that is a link or links, with a mark or a word at most."""
    urls = URL.findall(line)
    return bool(urls) and len(line.strip()) - sum(map(len, urls)) < 8


def _cn_number(numeral: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20."""
    digits = [_CN_NUMERAL.index(c) + 1 for c in numeral]
    if len(digits) == 1:
        return digits[0]
    if digits[0] == 10:
        return 10 + (digits[1] if len(digits) > 1 else 0)
    if len(digits) >= 2 and digits[1] == 10:
        return digits[0] * 10 + (digits[2] if len(digits) > 2 else 0)
    return None


class _Layout:
    """Where a newsletter's items and sections start, read from the lines that carry its fields:
    a heading (of any kind of mark, or none) followed by a field line (日期：…, 【来源】…) heads
    an item, as does a numbered heading of the same kind continuing their numbering; a heading
    followed by an item's heading (一、境外立法 over （一）…, 【欧洲】 over ■ …, 第一部分 over 一、…)
    heads a section, and so does every other heading of the kinds found doing so."""

    SECTION_CHARS = 40
    PLAIN_SECTION_CHARS = 12  # an unmarked line over an item: 境外动态
    CARD_LABELS = 4  # the labelled lines (规则：, 机构：) a card may put above its first known field

    def __init__(self, lines: list[str], fields: Fields, bylines: "Bylines | None" = None) -> None:
        self.lines = lines
        self.bylines = bylines  # to keep a head of credit lines (文｜特约撰稿人 X　编辑｜Y) before the first item
        filled = [i for i, line in enumerate(lines) if line.strip()]
        self.next_line = {a: b for a, b in zip(filled, filled[1:])}
        self.headings = {i: h for i in filled if (h := _heading(i, lines[i])) and not fields.read(lines[i])}
        self.read = read = {i: fields.read(lines[i]) for i in filled}
        is_field = {i: bool(read[i] and any(kind != "keywords" for kind, _ in read[i])) for i in filled}
        own = self._card_labels(filled)
        carded = {i for i in filled if not read[i] and (label := LABEL.match(lines[i])) and _label_word(label.group()) in own}
        carded |= {i for i in filled if not read[i] and (label := _BRACKET_LABEL.match(lines[i].strip()))
                   and label.group("word") in own}
        is_field.update(dict.fromkeys(carded, True))
        # a value under its label (链接：/ ● https://…) heads nothing
        values = {following for i, following in self.next_line.items() if read[i] and not read[i][-1][1]}
        unheading = values | carded  # (made once: a union per line is quadratic in a long archive)
        fielded = [i for i in filled if not read[i] and self._fields_follow(i, is_field) and i not in unheading
                   and not fields.commentary_label(lines[i]) and not _is_link(lines[i])
                   and (i in self.headings or self._plain_title(lines[i]))]
        # a labelled line right under a title with fields (第二则 标题 / ◎机构：X / ◎日期：…) is its field
        above = {following: i for i, following in self.next_line.items()}
        titles = set(fielded)
        fielded = [i for i in fielded if not ((LABEL.match(lines[i]) or self._bracket_carded(i))
                                              and above.get(i) in titles)]
        self.items: dict[int, str] = {i: (self.headings[i].title if i in self.headings else lines[i].strip())
                                      for i in fielded}
        rows = {i: row for i in filled if not read[i] and (row := _table_row(lines[i]))}
        if len(rows) >= 2:  # 2024-04-16｜微软｜向G42投资, | 2024-04-16 | 微软 | … |: a dated row is an item
            self.items.update(rows)
        self._continue_numbering()
        self._continue_marks()
        self.sections = self._sections()

    CARD_FIELDS = 2  # the labels a document's own cards must share (法院：, 原告：), each told twice or more

    def _card_labels(self, filled: list[int]) -> set[str]:
        """The labels of a document's own cards (法院：… / 原告：… / 被告：… under each case's
        title, no label fields.tsv knows): the labels of lines right under another labelled
        line, told in two cards or more, where at least two such labels are."""
        labels = Counter(_label_word(label.group()) for i, following in self.next_line.items()
                         if (label := LABEL.match(self.lines[following])) and LABEL.match(self.lines[i])
                         and not _numbered(self.lines[following]))  # （1）法院：… is a numbered list's
        own = {word for word, count in labels.items() if count >= 2}
        return (own if len(own) >= self.CARD_FIELDS else set()) | self._bracket_card_labels(filled)

    def _bracket_card_labels(self, filled: list[int]) -> set[str]:
        """The bracket labels of a document's cards told without a colon (【案件】A 诉 B /
        【法院】X / 【时间】…): the labels of lines right under another bracket-labelled line,
        told in two cards or more, less the label that opens a card (a line whose line above
        has no bracket label): that label starts the next card, so it heads an item."""
        above = {following: i for i, following in self.next_line.items()}
        def label(i: int | None) -> str | None:
            match = _BRACKET_LABEL.match(self.lines[i].strip()) if i is not None else None
            return match.group("word") if match else None
        inner = Counter(label(i) for i in filled if label(i) and label(above.get(i)))
        openers = {label(i) for i in filled if label(i) and not label(above.get(i))}
        own = {word for word, count in inner.items() if count >= 2} - openers
        own = own if len(own) >= self.CARD_FIELDS else set()
        self.bracket_cards = own | openers if own else set()  # the labels of such cards, their opener's too
        return own

    def _bracket_carded(self, index: int) -> bool:
        """Whether a line opens with a bracket label of the document's cards (【案件】…, 【法院】…)."""
        label = _BRACKET_LABEL.match(self.lines[index].strip())
        return bool(label) and label.group("word") in self.bracket_cards

    def _fields_follow(self, index: int, is_field: dict[int, bool]) -> bool:
        """Whether the lines right under a line are its item's fields: a field line (日期：…,
        【来源】…), or a card's run of labelled lines (规则：《…》 / 机构：A、B / 日期：… / 状态：…)
        holding one, the labels before the known one being the card's own."""
        following = self.next_line.get(index)
        for _ in range(self.CARD_LABELS):
            if following is None:
                return False
            if is_field.get(following):
                return True
            if not (LABEL.match(self.lines[following]) or self._bracket_carded(following)) or (
                    following in self.headings and not LABEL.match(self.headings[following].title)):
                return False  # ◎机构：X under a title is its card's label, though a bullet opens it
            following = self.next_line.get(following)
        return False

    @staticmethod
    def _plain_title(line: str) -> bool:
        """An unmarked line that may be a title: short, no sentence, no link, no label
        (案号：…, 参考链接：…)."""
        line = line.strip()
        return 2 <= len(line) <= 120 and not TITLE_END.search(line) and not _SENTENCE_END.search(line[-2:]) \
            and not URL.search(line) and not LABEL.match(line)

    def _continue_numbering(self) -> None:
        """A numbered heading without fields is an item where it continues the numbering of the
        items of its kind (3. after a fielded 2.); a list inside a summary does not."""
        kinds = {self.headings[i].kind for i in self.items if i in self.headings and self.headings[i].number}
        last: dict[str, int] = {}
        for index, heading in sorted(self.headings.items()):
            if heading.kind not in kinds or heading.number is None:
                continue
            if index not in self.items and heading.number == last.get(heading.kind, 0) + 1 \
                    and self.next_line.get(index) not in self.headings:
                self.items[index] = heading.title
            if index in self.items:
                last[heading.kind] = heading.number

    def _continue_marks(self) -> None:
        """A heading without fields is an item where its mark is one that heads at least two
        items with fields (▍ 标题 over a plain paragraph among ▍ items with 【时间】【来源】), and
        text, no heading, follows it."""
        marks = Counter(self.headings[i].kind for i in self.items if i in self.headings and self.headings[i].number is None)
        for index, heading in self.headings.items():
            following = self.next_line.get(index)
            if marks[heading.kind] >= 2 and index not in self.items and following is not None \
                    and following not in self.headings:
                self.items[index] = heading.title

    def number_items(self) -> dict[int, str]:
        """Where no heading has fields: the numbered headings of the kind that most often heads
        text ((一) 标题 over its paragraphs), numbered in order (from 1 again under a new
        section), else the bullet that heads text most often, at least twice (■ 标题 over a
        paragraph); the headings above them are sections.  The items, also kept as self.items."""
        sub = self._sub_headings()  # a numbered heading over them heads its item's parts
        heads_text = {i: h for i, h in self.headings.items() if h.kind != "part" and h.kind not in sub
                      and (following := self.next_line.get(i)) is not None and following not in self.headings}
        heads_parts = {**heads_text, **{i: h for i, h in self.headings.items() if h.number is not None
                                        and (following := self.next_line.get(i)) in self.headings
                                        and self.headings[following].kind in sub and h.kind not in sub}}
        best: dict[int, str] = {}
        # the kinds in the order the text first numbers them, so that of two as long the first wins on every run
        for kind in dict.fromkeys(h.kind for _, h in sorted(heads_parts.items()) if h.number is not None):
            found, last = {}, 0
            for index, heading in sorted(heads_parts.items()):
                if heading.kind == kind and heading.number in (last + 1, 1):
                    found[index], last = heading.title, heading.number
            if len(found) > len(best):
                best = found
        if len(best) < 2:  # no numbering: the bullet that most often heads text (【美国】 over ■ 标题 / text)
            bullets = Counter(h.kind for h in heads_text.values() if h.kind.startswith("bullet"))
            kind, count = max(bullets.items(), key=lambda pair: pair[1], default=("", 0))
            if count >= 2:
                best = {i: h.title for i, h in sorted(heads_text.items()) if h.kind == kind}
        if len(best) >= 2:
            self.items = best
            self.sections = self._sections()
        return self.items

    def _sub_headings(self) -> set[str]:
        """The kinds of heading that are the parts every item repeats (◇ 基本信息, ◇ 进展 under each
        其一 / 其二): most of their titles are told more than once.  Under them is an item's text."""
        titles: dict[str, Counter] = {}
        for heading in self.headings.values():
            titles.setdefault(heading.kind, Counter())[_fold(heading.title)] += 1
        return {kind for kind, told in titles.items()
                if sum(count for count in told.values() if count > 1) * 2 > sum(told.values())}

    def text_outside_items(self) -> list[_Header]:
        """Items for the text no item heading heads: a section's own text (三、比较与展望 over
        paragraphs), under the section's title, and the text before the first item, under
        the document's first line; nothing of a report's text is lost."""
        headers = [_Header(i, title, True) for i, title in self.sections.items()
                   if (following := self.next_line.get(i)) is not None and following not in self.items
                   and following not in self.sections]
        first = min(self.items)
        filled = [i for i in sorted(self.next_line) + [max(self.next_line.values(), default=0)] if i < first]
        # a sentence, or a credit line: a head of masthead, title, byline and bullets has no sentence
        # but names its reporters
        told = [i for i in filled if i not in self.sections and (_SENTENCE_END.search(self.lines[i])
                or self.bylines is not None and _credit_line(self.lines[i], self.bylines))]
        if told:  # under the issue's name, the last line before its text: the publisher above it is no news
            head = max((i for i in filled if i < told[0] and i not in self.sections), default=filled[0])
            headers.append(_Header(head, self.lines[head].strip(), True))
        return headers

    def _sections(self) -> dict[int, str]:
        sections: dict[int, str] = {}
        for index in sorted(self.headings, reverse=True):  # from the end: a section may head a section
            heading = self.headings[index]
            if index not in self.items and len(heading.title) <= self.SECTION_CHARS \
                    and (self.next_line.get(index) in self.items or self.next_line.get(index) in sections):
                sections[index] = heading.title
        kinds = {self.headings[i].kind for i in sections}
        sections.update({i: h.title for i, h in self.headings.items()
                         if h.kind in kinds and i not in self.items and len(h.title) <= self.SECTION_CHARS})
        for index, line in enumerate(self.lines):  # 境外动态 over an item
            if index not in self.items and index not in sections and self.next_line.get(index) in self.items \
                    and not self.read.get(index) and 2 <= len(line.strip()) <= self.PLAIN_SECTION_CHARS \
                    and self._plain_title(line):
                sections[index] = line.strip()
        return sections


# 第一案, ◤01◢, 〔LOG-01〕, 提示一｜, Ⅱ．, 壹, No.3, Case 2: a line opening with a number in any
# of its scripts, inside whatever marks and a short word a document puts around it
_FINANCIAL = "壹贰叁肆伍陆柒捌玖拾"
SEQUENCE_MARK = later(
    r"^(?P<before>[^\w\s]{0,2}\s?(?:[A-Za-z]{1,6}[-.]?\s?|[\u4e00-\u9fff]{1,2})?)"
    rf"(?P<number>\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}}|[{_FINANCIAL}]{{1,2}}|[\u2160-\u216b]|[IVX]{{1,4}})"
    r"(?P<after>[案例件项则条]?[^\w\s]{0,2})(?:(?<=[^\w\s])\s*|\s+)(?P<title>\S.*)$")


def _sequence_heading(line: str) -> re.Match | None:
    """The line as a numbered heading (◤02◢ 标题), not a listed sentence (1）盘点…；)."""
    match = SEQUENCE_MARK.match(line.strip())
    return match if match and len(match.group("title")) <= 120 and not TITLE_END.search(match.group("title")) else None


def _sequence_number(numeral: str) -> int | None:
    """01 -> 1, 三 -> 3, 叁 -> 3, Ⅳ -> 4, IV -> 4."""
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if "\u2160" <= numeral <= "\u216b":
        return ord(numeral) - 0x2160 + 1
    if set(numeral) <= set("IVX"):
        values = [{"I": 1, "V": 5, "X": 10}[c] for c in numeral]
        return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))
    return _cn_number(numeral.translate(str.maketrans(_FINANCIAL, _CN_NUMERAL)))


SEQUENCE_ITEMS = 3  # the numbered headings a document's own numbering has at least


def numbered_sequence(lines: list[str], next_line: dict[int, int]) -> dict[int, str]:
    """The longest run of lines opening with one mark (◤01◢ 标题, ◤02◢ …) numbered 1, 2, 3, …
    in order, each over its own text (a table of contents lists them one under another):
    a document's own numbering of its items, whatever labels their cards repeat."""
    runs: dict[tuple[str, str, str], list[list[tuple[int, str, int]]]] = {}
    for index, line in enumerate(lines):
        if not (match := _sequence_heading(line)):
            continue
        number = _sequence_number(match.group("number"))
        shape = (re.sub(r"\s", "", match.group("before")), _numeral_script(match.group("number")), match.group("after"))
        found = runs.setdefault(shape, [])
        if number == 1:
            found.append([(index, match.group("title").strip(), number)])
        elif found and number == found[-1][-1][2] + 1:
            found[-1].append((index, match.group("title").strip(), number))
    best: list[tuple[int, str, int]] = []
    for found in runs.values():
        for run in found:
            lines_of = {index for index, _, _ in run}
            if any(next_line.get(index) in lines_of for index in lines_of):
                continue  # a table of contents
            if len(run) > len(best):
                best = run
    return {index: title for index, title, _ in best} if len(best) >= SEQUENCE_ITEMS else {}


def _numeral_script(numeral: str) -> str:
    return "digit" if numeral.isdigit() and numeral.isascii() else "cn" if numeral[0] in _CN_NUMERAL \
        else "financial" if numeral[0] in _FINANCIAL else "roman"


_CARD_LABEL = later(r"^[^\w\s]{0,2}\s*[^\s｜|:：】〕〗」\]]{1,8}?\s*[｜|:：】〕〗」\]]")  # 产品｜, 【审理法院】, ┣ 时 间：
_SHARED_CARD_LABELS = 2  # the labels a document's own cards must share (案名｜, 被告｜), each told twice or more
_CARD_FIELD = later(r"^[^\w\s]{0,2}\s*(?P<word>[^\s｜|:：】〕〗」\]](?:[^｜|:：】〕〗」\]]{0,10}?[^\s｜|:：】〕〗」\]])?)"
                    r"\s*[｜|:：】〕〗」\]]\s*\S")  # 被　　告｜X, 【审理法院】X, 原告：X (its value on the line)


def card_field_lines(lines: list[str]) -> set[int]:
    """The lines that are fields of a document's own cards (案名｜A诉B案 / 受诉法院｜X / 被告｜B
    under each case's heading): lines opening with a label (X｜, X：, 【X】) that stands in a run
    of labelled lines in two cards or more, where at least two such labels are.  Blank lines
    break a run.

    >>> sorted(card_field_lines(["■ 一", "原告｜甲", "被告｜乙", "文字。", "■ 二", "原告｜丙", "被告｜丁"]))
    [1, 2, 5, 6]
    """
    labels = {index: re.sub(r"\s+", "", match.group("word")) for index, line in enumerate(lines)
              if (match := _CARD_FIELD.match(line.strip()))}
    in_runs = {index for index in labels if index - 1 in labels or index + 1 in labels}
    told = Counter(labels[index] for index in in_runs)
    own = {word for word, count in told.items() if count >= 2}
    if len(own) < _SHARED_CARD_LABELS:
        return set()
    return {index for index in in_runs if labels[index] in own}


def _sequence_missed(sequence: dict[int, str], layout: "_Layout") -> bool:
    """Whether the layout's items miss the document's numbered sequence: some of its headings
    head no item, none is a section, no two fall in one item, and each item the sequence would
    drop is a card's labelled line (产品｜…, 【处理结果】…) or an unmarked line, no heading."""
    starts = sorted(layout.items)
    if not sequence or set(sequence) <= set(starts) or set(sequence) & set(layout.sections):
        return False
    holders = [max((start for start in starts if start <= index), default=-1) for index in sorted(sequence)]
    if len(set(holders)) < len(holders):
        return False
    first = min(sequence)
    dropped = [start for start in starts if start > first and start not in sequence]
    return all(_CARD_LABEL.match(layout.lines[start].strip()) or start not in layout.headings for start in dropped)


def _sequence_alone(sequence: dict[int, str], layout: "_Layout") -> bool:
    """Whether a numbered sequence is the only headings from its first on (no 1. 标题 under
    一、政策与立法, no ■ 标题 under 壹) and the only numbered lines: then it is the items, not
    their sections."""
    if all(NUMBERED.match(layout.lines[index]) for index in sequence):
        return False  # 1. 标题: the numbered titles the other ways of cutting read already
    return not any(index > min(sequence) and index not in sequence
                   for index in layout.headings) and \
        not any(index not in sequence and (mark := _sequence_heading(line))
                and mark.group("title").strip() not in sequence.values()  # a table of contents' copy
                and not (index < min(sequence) and _listed(layout, index))  # 01｜Cruise｜已和解: a board above
                for index, line in enumerate(layout.lines))


def _listed(layout: "_Layout", index: int) -> bool:
    """Whether a numbered line stands in a list of them, one right under another (a contents or a board)."""
    above = {following: line for line, following in layout.next_line.items()}
    return any(neighbour is not None and _sequence_heading(layout.lines[neighbour])
               for neighbour in (layout.next_line.get(index), above.get(index)))


def segment(document: Document, data_dir: str | Path = DATA_DIR) -> list[Item]:
    """The document's items, each dated by its own text where it tells a date (its date line, its
    lead, its section's heading, the story before it), else by the page's (Document.date: an HTML
    page's published-time metadata, a Markdown file's front matter)."""
    items = _segmented(document, data_dir)
    if document.date:
        for item in items:
            item.date = item.date or document.date
    return items


def _segmented(document: Document, data_dir: str | Path) -> list[Item]:
    lexicons = _lexicons(str(data_dir))
    lines = _notice_head(_content_lines(document.text.split("\n"), lexicons), lexicons.bylines)
    ruled = _ruled_items(lines, lexicons.fields)
    rules = [i for i, line in enumerate(lines) if is_rule(line)]
    lines = ["" if i in rules else line for i, line in enumerate(lines)]  # a rule tells nothing
    layout = _Layout(lines, lexicons.fields, lexicons.bylines)
    sequence = numbered_sequence(lines, layout.next_line)
    if sequence and (_sequence_missed(sequence, layout) if len(layout.items) >= 2 else _sequence_alone(sequence, layout)):
        layout.items = sequence  # a numbering the document repeats outranks its cards' labelled lines
        layout.sections = layout._sections()
        headers = [_Header(i, title, True) for i, title in sorted(layout.items.items())]
        headers = sorted(headers + layout.text_outside_items(), key=lambda header: header.line)
        sections = layout.sections
    elif len(layout.items) >= 2:
        headers = [_Header(i, title, True) for i, title in sorted(layout.items.items())]
        sections = layout.sections
    elif ruled and not _marks_tell_items(_Layout(lines, lexicons.fields).number_items()):
        headers, sections = ruled, {}
    else:
        headers = _lone_numbered_line(lines, _item_headers(lines, lexicons.fields))
        if len([h for h in headers if h.numbered]) >= 2:
            headers = [h for h in headers if h.numbered]
            headers = (_english_lead(lines, headers[0].line, lexicons.bylines)
                       or _chinese_lead(lines, headers[0].line, lexicons.bylines)) + headers
        elif (article := _article_items(document, lines, lexicons)) is not None:
            return article
        elif not headers and len(layout.number_items()) >= 2:  # （一）标题 / text, with no fields
            headers = [_Header(i, title, True) for i, title in sorted(layout.items.items())]
            headers = sorted(headers + layout.text_outside_items(), key=lambda header: header.line)
        elif not headers:
            return _paragraph_items(document, lines, lexicons)
        sections = layout.sections if layout.items else \
            {i: (m.group("title") or m.group("heading")).strip() for i, line in enumerate(lines) if (m := SECTION.match(line))}
        if parents := sub_numbered_parents(lines, headers):  # 2. 案件要点 over 2.1 …, 2.2 …: a section
            headers = [h for h in headers if h.line not in parents]
            sections = {**sections, **parents}
        headers = _opening(lines, headers[0].line) + headers
    bounds = [h.line for h in headers] + [len(lines)]
    cover = _cover(lines[:bounds[0]], headers, lexicons.bylines)
    items: list[Item] = [Item(document.name, 1, cover, "")] if cover else []
    section = ""
    # 执笔：X　　指导：Y under the masthead, 值班编辑：X at the foot: credit lines, no heading of a section
    named = _NamedCredits(lexicons)
    credit_lines = {i for i, line in enumerate(lines) if named[line]}
    for header, end in zip(headers, bounds[1:]):
        section = next((sections[i] for i in range(header.line, -1, -1) if i in sections and i not in credit_lines), section)
        body_lines = [line for i, line in enumerate(lines[header.line + 1:end], header.line + 1)
                      if i not in sections or i in credit_lines]
        items.append(_credited(_item(document, len(items) + 1, header.title, section, body_lines, lexicons.fields),
                               named))
    if items[bool(cover):]:  # the credit lines over the first item's title are the first item's, as an article's head's are
        first = items[bool(cover)]
        first.credits += [line for i in sorted(credit_lines) if i < bounds[0]
                          for line in named[lines[i]] if line not in first.credits]
    year, month = _issue_date(document.text)
    for item in items:
        if item.date is None:
            item.date = lead_date(item.title + "\n" + item.body, year, month) or _date_heading(item.section)
    _date_by_the_story(items)
    return [item for item in items if item.body or item.title]


def _cover(head: list[str], headers: list[_Header], bylines: "Bylines") -> str:
    """A newsletter's cover line over its first item, when no item holds it: its publisher alone
    (衡石智联科技股份有限公司), or with its unit beside it or opening the next line (瀚川保险股份有限公司　责任险事业部;
    over 合规管理部　内部资料: 合规管理部).  It makes an item of its own for kg.mentions.publisher, with no
    body: the names on it state no facts but a unit's; empty for any other first line (a headline)."""
    filled = [line.strip() for line in head if line.strip()]
    if not filled or any(header.title.strip() == filled[0] for header in headers):
        return ""
    publisher = bylines.publisher.match(filled[0])
    if publisher is None:
        return ""
    rest = filled[0][publisher.end():]
    if not rest and len(filled) > 1 and (unit := bylines.publisher_unit.match(filled[1])):
        return f"{filled[0]}\u3000{unit.group()}"  # the unit under its publisher, its remark (内部资料) left
    return filled[0] if not rest or bylines.publisher_unit.fullmatch(rest.strip()) and rest[0] in " \t\u3000" else ""


def _ruled_items(lines: list[str], fields: Fields) -> list[_Header] | None:
    """Items drawn between rules (━━━ / 第一项｜标题 / ◇ 基本信息 / … / ━━━): each stretch between
    two rules that opens with a title (a heading of any mark, or a plain title) over text is an
    item, whatever marks its own lines carry, and so is the stretch before the first rule (a
    masthead and its publisher over an overview).  None without two such items after a rule."""
    rules = [i for i, line in enumerate(lines) if is_rule(line)]
    if len(rules) < 2:
        return None
    headers: list[_Header] = []
    boxed = False  # a title alone between two rules heads the stretch after it
    for start, end in zip([-1] + rules, rules + [len(lines)]):
        filled = [i for i in range(start + 1, end) if lines[i].strip()]
        # a line alone between two rules is a heading even where it reads as a field (问一：…？)
        alone = len(filled) == 1 and start != -1 and end != len(lines)
        if filled and fields.read(lines[filled[0]]) and not alone:
            boxed = False  # the boxed title's text opening with a field (答：…): its stretch is read
            continue
        if not filled or (len(filled) < 2 and start == -1):
            continue
        first = filled[0]
        heading = _heading(first, lines[first])
        titled = heading or _Layout._plain_title(lines[first]) or alone
        if (start == -1 or titled) and not boxed:
            headers.append(_Header(first, heading.title if heading else lines[first].strip(), True))
        boxed = len(filled) == 1 and bool(titled) and start != -1
    return headers if len([h for h in headers if h.line > rules[0]]) >= 2 else None


def _marks_tell_items(marked: dict[int, str]) -> bool:
    """Whether the headings of one mark (■ 标题) between rules are the items, each its own title
    (a date over ■ 标题 and its fields: the date is its section), and not the sub-headings every
    item repeats (◇ 基本信息, ◇ 事实与进展 under 第一项｜标题)."""
    return len(marked) >= 2 and Counter(map(_fold, marked.values())).most_common(1)[0][1] == 1


def _date_heading(section: str) -> str | None:
    """The date a section heading that is nothing but a date gives the items under it
    (a litigation log's entries: 2023年12月12日 / the court / 摘要：…, no date in the text)."""
    found = find_dates(section.strip())
    return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(section.strip())) else None


def _date_by_the_story(items: list[Item]) -> None:
    """An undated item telling its time only relative to the story before it (a case brief's
    sections: 五、… 2025年6月4日，Reddit起诉…  六、… 一周后，迪士尼…起诉…) is dated by the last date
    the items before it told: what its 一周后 and 同年9月 count from."""
    if all(item.date for item in items):
        return  # nothing to date: no need to read every item's dates
    story = None
    for item in items:
        text = item.title + "\n" + item.body
        if item.date is None and story and tells_relative(text):
            item.date = story
        story = item.date or story
        for _, _, iso, _ in date_spans(text, story, story) if story else ():
            story = iso or story


def _content_lines(lines: list[str], lexicons: _Lexicons) -> list[str]:
    """The lines that carry news: cut at the closing boilerplate, drop every other
    boilerplate or biography line by itself, blank out the table of contents."""
    boilerplate = lexicons.boilerplate
    kinds = boilerplate.related_lists(lines, [boilerplate.kind(line) for line in lines],
                                      lambda line: _credit_line(line, lexicons.bylines))
    closing = boilerplate.closing(lines, kinds)
    if closing is not None:
        # 风险提示：… / 责任编辑：X　审核：Y, 【延伸阅读】… / 编辑：X　　签发：Y: the article's credit lines
        # after its disclaimer or its related reading stay, staff roles and all
        credits = [line for line, kind in zip(lines[closing + 1:], kinds[closing + 1:])
                   if kind is None and _credit_line(line, lexicons.staff)]
        # 免责声明：… / © 汇川信息科技股份有限公司: the holder a rights notice after the disclaimer names stays
        # (its clause alone, Bylines.rights_holder), with the publication's line naming its publisher
        holders = [held for line in lines[closing:] if (held := lexicons.bylines.rights_holder(line))]
        lines, kinds = lines[:closing] + credits + holders, kinds[:closing] + [None] * (len(credits) + len(holders))
    lines = [(boilerplate.without_boilerplate(line, kind) or lexicons.bylines.kept_credit(line)
              or lexicons.bylines.rights_holder(line)) if not BIOGRAPHY.match(line) else "" for line, kind in zip(lines, kinds)]
    return _without_contents(lines, lexicons.fields)


def staff_bylines(kinds: dict[str, tuple[str, ...]], surnames: tuple[str, ...] = ()) -> "Bylines":
    """The grammar of credit lines with the staff roles of closing credits and mastheads (制图：X　　签发：Y,
    执笔：X　　指导：Y) and the dateline's label an outlet is kept under (电头：新华社) as labels of names."""
    return Bylines({**kinds, "person": (*kinds.get("person", ()), *kinds.get("staff", ()), *kinds.get("dateline", ()))},
                   surnames)


def _line_credits(line: str, bylines: Bylines) -> list["Credit"]:
    """The credits of a line of bylines or editors (责任编辑：X　审核：Y); none for a source line."""
    credits = bylines.credits(line) if line.strip() else None
    return credits if credits and not any(bylines.is_source(credit) for credit in credits) else []


def _credit_line(line: str, bylines: Bylines) -> bool:
    """A line of bylines or editors, not a source line."""
    return bool(_line_credits(line, bylines))


def _notice_head(lines: list[str], bylines: Bylines) -> list[str]:
    """An official notice's issuers, on their own line over its title, put before the title
    as its text has them (the 发文机关 line): 国家卫生健康委办公厅　国家中医药局综合司 /
    关于印发…的通知 -> 国家卫生健康委办公厅、国家中医药局综合司关于印发…的通知."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_NOTICE_HEAD_LINES + 1]
    for issuers_at, title_at in zip(filled, filled[1:]):
        title = lines[title_at].strip()
        if not bylines.notice_title.match(title):
            continue
        issuers = [name for part in re.split(r"[\s、，,]+", lines[issuers_at].strip()) if part
                   for name in bylines.issuers(part)]
        if issuers and all(bylines.issuer.fullmatch(name) for name in issuers):
            lines = list(lines)
            lines[issuers_at], lines[title_at] = "", "、".join(issuers) + title
        break
    return lines


_NOTICE_HEAD_LINES = 3  # the lines before a notice's title its issuers may stand on


def _without_contents(lines: list[str], fields: Fields) -> list[str]:
    """The lines with the table of contents (or list of highlights: 【本期要点】) blanked: the
    first run of short lines whose titles come again further on as headings (· 欧盟… then
    （一）欧盟…; 1. … then 1. …, or a title followed by its fields), from the contents' mark (or
    its first entry) to its last entry, and the entries of the same kind run into it after it."""
    def title(index: int) -> str | None:
        line = re.sub(r"^[-*]\s+", "", lines[index].strip())  # - an entry of a Markdown list
        if not line or len(line) > 120 or TITLE_END.search(line) or fields.read(line) or fields.commentary_label(line):
            return None
        return _fold(heading.title if (heading := _heading(index, line)) else line)

    filled = [i for i, line in enumerate(lines) if line.strip()]
    after = dict(zip(filled, filled[1:]))
    titles = {i: key for i in filled if (key := title(i))}
    told = Counter(titles.values())  # a sub-heading in every item (◇ 基本信息) is no entry of contents
    heads = {key: i for i, key in titles.items()  # the last line of each title that heads something
             if told[key] <= 2
             and (_heading(i, lines[i]) or ((following := after.get(i)) is not None and fields.read(lines[following])))}
    entries = [i for i, key in titles.items() if key in heads and heads[key] > i]
    if not entries:
        return lines
    first = last = entries[0]
    for index in filled[filled.index(first):]:  # the run of short lines the first entry opens
        if index not in titles:
            break
        if index in entries:
            last = index
    mark = next((i for i in range(first, -1, -1) if fields.contents.match(lines[i].strip())), None)
    if mark is None and sum(first <= i <= last for i in entries) < 2:
        return lines  # one heading told twice (a log's court line over two entries) lists nothing
    mark = first if mark is None else mark
    kind = heading.kind if (heading := _heading(last, lines[last])) else None
    while kind and (following := after.get(last)) is not None and following == last + 1 \
            and (heading := _heading(following, lines[following])) and heading.kind == kind \
            and titles.get(following) not in heads:
        last = following  # · 行业：…, an entry that is told otherwise further on
    return lines[:mark] + [""] * (last + 1 - mark) + lines[last + 1:]


def _lone_numbered_line(lines: list[str], headers: list[_Header]) -> list[_Header]:
    """No headers where the only one is a numbered line after text that tells sentences: a
    notice's attachment list (附件：1．… / 2．…) or a stray list entry heads no item, and the
    text above it is no preface to drop."""
    if len(headers) != 1 or not headers[0].numbered:
        return headers
    told = any(_SENTENCE_END.search(line.strip()) for line in lines[:headers[0].line] if line.strip())
    return [] if told else headers


def _is_item_header(line: str) -> bool:
    """A line that starts an item: 1. 标题 (not a list entry ending a sentence), ## 标题."""
    if m := NUMBERED.match(line):
        return len(m.group("title")) <= 120 and not re.search(r"[。；;]$", m.group("title"))
    return bool(HEADING.match(line))


# an English copyright notice's first sentence, which names its holder: © 2025 Diablo Valley News Group.
# (Copyright 2024 SoCal 11 News, a Pacific Crest Broadcasting station.), not All rights reserved. after it
_LATIN_NOTICE = later(r"\s*(?:Copyright\s*)?(?:©|\([cC]\))?\s*(?:(?:19|20)\d\d\s+)?(?P<holder>[A-Z](?:[^.\n]|\.(?=[A-Z]))*?)(?=\.(?:\s|$)|$)")
# the mark within a line that other words open: Rack & Grid briefs are written by our editors. © 2025 Rack & Grid Media Ltd.
_LATIN_MARK = later(r"(?:Copyright\s*)?(?:©|\([cC]\)(?=\s*(?:19|20)\d\d))")


class Boilerplate:
    """The lines of a document that are not its news (data/lexicon/boilerplate.tsv):
    disclaimers, reprint notes (声明：本文源自…), copyright lines, editor's notes, (完).

    >>> Boilerplate([("reprint", "prefix", ("本文源自",))]).kind("本文源自新华网")
    'reprint'
    """

    OPENING = r"[\s#【\[（(〔<《■□◆◇●▲▶►•·]*"
    SHORT = 160  # a line a "within" cue may drop: a note, not a paragraph

    def __init__(self, rows: list[tuple[str, str, tuple[str, ...]]]) -> None:
        starts, self.kinds = [], {}
        self.within: list[tuple[str, str]] = []  # (cue in lower case, kind): plain substrings
        for number, (kind, match, cues) in enumerate(rows):
            either = alternatives(cues, literal=_cue_pattern)
            if match == "label":  # alone, before a colon, or closed by a bracket: 声明：…, 【编者按】…, （完）
                starts.append(rf"(?P<k{number}>(?:{either})(?:\s*$|\s*[:：]|\s*[】\]）)〕>》]))")
            elif match == "prefix":
                starts.append(rf"(?P<k{number}>{either})")
            else:
                self.within += [(cue.lower(), kind) for cue in cues]
            self.kinds[f"k{number}"] = kind
        # one pass per line for the cues that start it
        self.starts = re.compile(rf"^{self.OPENING}(?:" + ("|".join(starts) or "(?!)") + ")", re.I)
        notes = alternatives((cue for kind, _, cues in rows if kind == "note" for cue in cues), literal=_cue_pattern)
        self.note_label = re.compile(rf"^{self.OPENING}(?:{notes or '(?!)'})\s*[】\]）)〕>》]?\s*[:：]?\s*", re.I)
        ends = alternatives((cue for kind, _, cues in rows if kind == "end" for cue in cues), literal=_cue_pattern)
        self.end = re.compile(rf"\s*[（(【\[]\s*(?:{ends or '(?!)'})\s*[）)】\]]\s*$")

    def kind(self, line: str) -> str | None:
        """The kind of boilerplate the line is (closing, reprint, copyright, note, end), if any."""
        if not line:
            return None
        if match := self.starts.match(line):
            return self.kinds[match.lastgroup]
        if len(line) <= self.SHORT:
            lowered = line.lower()
            return next((kind for cue, kind in self.within if self.notice_word(lowered, cue)), None)
        return None

    # 版权所有人, 版权所有者, 版权所有方: the copyright's owner, a word of the sentence, no notice (版权所有)
    PARTY_AFTER = "人者方"

    def notice_word(self, lowered: str, cue: str) -> bool:
        """Whether ``cue`` stands in the line as a word of its own, not run into a party's word
        after it (…向版权所有人取得授权: a news sentence; 版权所有，翻印必究: a notice)."""
        start = lowered.find(cue)
        while start >= 0:
            after = lowered[start + len(cue):start + len(cue) + 1]
            if not (after and after in self.PARTY_AFTER and not cue.isascii()):
                return True
            start = lowered.find(cue, start + 1)
        return False

    def without_boilerplate(self, line: str, kind: str | None) -> str:
        """The line, or what is left of it once boilerplate of ``kind`` is dropped: nothing
        of a disclaimer, reprint or copyright line; an editor's note without its label
        (【编者按】本文…: 本文…); a sentence without the end mark after it (…起施行。（完）)."""
        if kind == "note":
            return self.note_label.sub("", line, count=1)
        mark = _LATIN_MARK.search(line) if kind == "copyright" else None
        if kind == "copyright" and (notice := _LATIN_NOTICE.match(line, mark.start() if mark else 0)):
            return "© " + notice.group("holder") + "."  # © 2025 Diablo Valley News Group.: its holder is named (kg.mentions.copyright)
        if kind is not None:
            return ""
        return self.end.sub("", line) if line.endswith(("）", ")", "】", "]")) else line

    HEADLINE = 60  # the longest line a list of related stories' headlines holds

    def related_lists(self, lines: list[str], kinds: list[str | None], is_credit) -> list[str | None]:
        """The kinds, with the headlines listed under a related-stories label alone on its line
        (相关阅读： / ■ 延伸阅读 / Read more:) marked related too: the run of short lines that
        end no sentence right under it (百度发布文心一言 / 谷歌被罚2.5亿欧元), up to a blank
        line, a credit or any other line; a paragraph under the label (■ 相关链接 / 不到一个月后，
        上海市人大常委会…通过…。) is news told on and stays."""
        kinds = list(kinds)
        for index, (line, kind) in enumerate(zip(lines, kinds)):
            if kind != "related" or (match := self.starts.match(line)) is None \
                    or line[match.end():].strip(" \t:：】]）)"):
                continue
            following = index + 1
            while following < len(lines) and not lines[following].strip():
                following += 1  # a blank line right under the label
            while following < len(lines) and (entry := lines[following].strip()) \
                    and kinds[following] is None and len(entry) <= self.HEADLINE \
                    and not _TOLD.search(entry) \
                    and not is_credit(entry):
                kinds[following] = "related"
                following += 1
        return kinds

    @staticmethod
    def closing(lines: list[str], kinds: list[str | None]) -> int | None:
        """Where the closing boilerplate begins: the first disclaimer or biography line
        that no item follows and that either follows the last item or has less text
        after it than before it.  A reprint note at the top (声明：本文源自…) is none."""
        candidates = [i for i, (line, kind) in enumerate(zip(lines, kinds)) if kind == "closing" or BIOGRAPHY.match(line)]
        if not candidates:
            return None
        last_item = next((i for i in range(len(lines) - 1, -1, -1) if _is_item_header(lines[i])), -1)
        first_item = next((i for i in range(len(lines)) if _is_item_header(lines[i])), len(lines))
        sizes = [len(line.strip()) for line in lines]
        total = sum(sizes)
        for index in candidates:
            if index > last_item and (index > first_item or total - sum(sizes[:index]) < sum(sizes[:index])):
                return index
        return None


def _cue_pattern(cue: str) -> str:
    """A cue as a pattern: spaces stretch, {year} is a year."""
    return r"(?:19|20)\d\d".join(re.sub(r"(?:\\ )+", r"\\s*", re.escape(part)) for part in cue.split("{year}"))


def _fold(title: str) -> str:
    return re.sub(r"[\s,，:：]", "", title)


def _item_headers(lines: list[str], fields: Fields) -> list[_Header]:
    """Numbered titles (1. 标题), in sequence within a section; '1. 提供者应当…；' inside a
    summary is a list, not an item (it ends a sentence, or breaks the numbering).  A memo's
    sub-numbered titles (2.1 美国｜A起诉B, 2.2 …) are its items, each standing alone on its
    line (a paragraph numbered so runs on to the next line), under their parent's title."""
    headers = []
    expected = None
    for index, line in enumerate(lines):
        if SECTION.match(line):
            expected = None
        if _sub_numbered_title(lines, index):
            headers.append(_Header(index, SUB_NUMBERED.match(line).group("title").strip(), True))
            continue
        if (m := NUMBERED.match(line)) and len(m.group("title")) <= 120 and not fields.read(m.group("title")):
            number = int(m.group("number"))
            if re.search(r"[。；;]$", m.group("title")) or (expected is not None and number != expected) \
                    or _listed_sentence(lines, index, m.group("title")):
                continue
            expected = number + 1
            headers.append(_Header(index, m.group("title").strip(), True))
        elif (m := HEADING.match(line)) and not SECTION.match(line):
            headers.append(_Header(index, m.group("title").strip(), False))
    return headers


def _listed_sentence(lines: list[str], index: int, title: str) -> bool:
    """An English list entry inside a story, no item's title: a numbered sentence (it ends in
    . ? or !) with a numbered line right above or below it, no text between them (a story's
    closing checklist: 1. Inventory every model. / 2. Test the notices.)."""
    if not re.search(r"[A-Za-z]{2}[.?!]$", title.strip()) or len(title.split()) < _LEAD_WORDS:
        return False
    filled = [i for i, line in enumerate(lines) if line.strip()]
    position = filled.index(index)
    neighbours = filled[max(0, position - 1):position] + filled[position + 1:position + 2]
    return any(NUMBERED.match(lines[i].strip()) for i in neighbours)


SUB_NUMBERED = later(r"^(?P<number>\d{1,2})[.．](?P<minor>\d{1,2})(?![.．\d])\s+(?P<title>\S.*)$")
SUB_TITLE_CHARS = 40


def _sub_numbered_title(lines: list[str], index: int) -> bool:
    """Whether a line is a sub-numbered title (2.1 美国｜A起诉B): short, no sentence, and
    a blank line under it (a paragraph numbered 1.1 wraps on to the next line)."""
    match = SUB_NUMBERED.match(lines[index].strip())
    if match is None or len(match.group("title")) > SUB_TITLE_CHARS or TITLE_END.search(match.group("title")) \
            or _SENTENCE_END.search(match.group("title")):
        return False
    return index + 1 >= len(lines) or not lines[index + 1].strip()


def sub_numbered_parents(lines: list[str], headers: list[_Header]) -> dict[int, str]:
    """The numbered titles (2. 案件要点) whose next title is one of their sub-numbered
    titles (2.1 …): sections, not items."""
    parents = {}
    for header, following in zip(headers, headers[1:]):
        outer, inner = NUMBERED.match(lines[header.line].strip()), SUB_NUMBERED.match(lines[following.line].strip())
        if outer and inner and not SUB_NUMBERED.match(lines[header.line].strip()) \
                and outer.group("number") == inner.group("number"):
            parents[header.line] = header.title
    return parents


_LEAD_WORDS = 4  # the fewest words of an English headline (CLIENT ALERT, Key takeaways: labels)


def _english_lead(lines: list[str], first: int, bylines: "Bylines") -> list[_Header]:
    """An English client alert's or report's lead before its first numbered section (its
    headline over Key takeaways bullets): an item under the headline, the last line of at
    least four words before the first sentence that is no date, no masthead (Firm LLP |
    Practice) and no credit line (By Jane Roe, Staff Writer: the item's credit); nothing where
    the lead holds Chinese or tells no sentence."""
    lead = [i for i in range(first) if lines[i].strip()]
    if not lead or any(re.search(f"[{CJK}]", lines[i]) for i in lead):
        return []
    told = [i for i in lead if re.search(r"[.!?]$", lines[i].strip()) and len(lines[i].split()) >= _LEAD_WORDS]
    if not told:
        return []
    titles = [i for i in lead if i < told[0] and len(lines[i].split()) >= _LEAD_WORDS and not TABLE_BAR.search(lines[i])
              and not ((found := find_dates(lines[i].strip())) and found[0][0] == 0) and not _credit_line(lines[i], bylines)]
    return [_Header(titles[-1], lines[titles[-1]].strip(), True)] if titles else []


def _chinese_lead(lines: list[str], first: int, bylines: "Bylines") -> list[_Header]:
    """A Chinese column's or article's lead before its first numbered line (梁某 资深出版人 / 「网络爬虫」是…。
    / 以下是三则报道： / 1.… / 2.…): an item under the last line before its first lead sentence that
    tells no sentence and is no date; nothing where no lead sentence (_lead_sentence) stands before
    the numbered lines or no line heads it."""
    lead = [i for i in range(first) if lines[i].strip()]
    told = [i for i in lead if _lead_sentence(lines[i])]
    if not told:
        return []
    titles = [i for i in lead if i < told[0] and not _SENTENCE_END.search(lines[i]) and not TABLE_BAR.search(lines[i])
              and not ((found := find_dates(lines[i].strip())) and found[0][0] == 0)]
    return [_Header(titles[-1], lines[titles[-1]].strip(), True)] if titles else []


def _opening(lines: list[str], first: int) -> list[_Header]:
    """The opening paragraph over a document's first heading that no lead item holds (随着…，…审议通过了…。 /
    二、… / 1. …; The court on Monday fined… / 1. What the court found): an item from its first line
    telling a lead sentence (_lead_sentence, or an English one: _opens_english_lead), that line its
    title, so that no text of it is lost; nothing over a first heading with no lead sentence above it
    (a headline, a date, a byline alone: the chrome before the items)."""
    told = next((i for i in range(first) if lines[i].strip() and _leads(lines[i].strip())), None)
    return [] if told is None else [_Header(told, lines[told].strip(), True)]


def _item(document: Document, index: int, title: str, section: str, lines: list[str], fields: Fields) -> Item:
    """An item from its title and the lines under it: its fields read into it (a date or a
    source may stand on the line after its label), its text into the body, the text after a
    commentary label into the commentary."""
    item = Item(document=document.name, index=index, title=title, body="", section=section)
    body: list[str] = []
    commentary: list[str] = []
    target = body
    field = pending = None
    for line in lines:
        if pending and line.strip():
            if pending == "date" and (date := parse_date(line.strip())):
                item.date, pending = date, None
                continue
            if pending == "source" and len(line.strip()) <= 40 and not _SENTENCE_END.search(line):
                item.source, pending = line.strip(), None
                continue
            pending = None
        if read := fields.read(line):
            for field, value in read:
                if field == "date":
                    item.date = item.date or parse_date(value)
                elif field == "source":
                    item.source = item.source or value
                elif field == "links":
                    item.links.extend(URL.findall(value))
                elif field == "summary":
                    target = body
                    if value:
                        body.append(value)
                pending = field if not value and field in ("date", "source") else None
            continue
        if label := fields.commentary_label(line):
            field, target = "commentary", commentary
            if label.group("value"):
                commentary.append(label.group("value").strip())
            continue
        if URL.search(line) and (field == "links" or _is_link(line)):
            item.links.extend(URL.findall(line))
            continue
        if line:
            target.append(line)
    item.body = "\n".join(body)
    item.commentary = "\n".join(commentary)
    return item


def _credited(item: Item, named: "_NamedCredits") -> Item:
    """The item with its body's credit lines (文｜特约撰稿人 乔某　编辑｜甘某 under a head's title,
    值班编辑：X　　数据支持：Y at its foot) read as its credits, as an article's are: the names
    they give state no facts."""
    body = []
    for line in item.body.split("\n"):
        if credits := named[line]:
            item.credits += [credit for credit in credits if credit not in item.credits]
        else:
            body.append(line)
    item.body = "\n".join(body)
    return item


class _NamedCredits(dict):
    """_named_credits of each distinct line of one document, read once: the segmenter looks
    for credit lines in every line, then again in every item's body (and an archive export
    repeats its issues' lines)."""

    def __init__(self, lexicons: "_Lexicons") -> None:
        super().__init__()
        self.lexicons = lexicons

    def __missing__(self, line: str) -> list[str]:
        self[line] = found = _named_credits(line, self.lexicons)
        return found


def _named_credits(line: str, lexicons: "_Lexicons") -> list[str]:
    """The credit lines (Credit.line) of a line that is nothing but credits naming someone, read
    with the segmenter's labels, else with the staff roles too (执笔：X（博士研究生）、Y　　指导：Z　教授,
    编辑：X　　签发：Y); none for another line."""
    if issued := lexicons.bylines.issued.match(line):  # 协会秘书处编印　　编辑：X: the unit, then the line's credits
        rest = line[issued.end():].strip()
        if not rest or _STAMP_FIELD.fullmatch(rest):
            return [issued.group().strip()]
        credits = _named_credits(rest, lexicons)
        return [issued.group().strip(), *credits] if credits else []
    credits = _line_credits(line, lexicons.bylines) or _line_credits(line, lexicons.staff)
    return [credit.line for credit in credits] if credits and all(credit.names for credit in credits) else []


_LEAD = later(r"[\u4e00-\u9fff][^。！？\n]{30,}[。！？]")  # a sentence of a Chinese lead paragraph
_LEAD_END, _LEAD_CHARACTERS = re.compile("[。！？]"), 30


def _lead_sentence(text: str) -> bool:
    """Whether ``_LEAD`` finds a sentence in text, in linear time (the pattern tries each Chinese
    character of a line without a full stop to the line's end): a Chinese character, then at least
    30 characters of its line, none a sentence's end, before one."""
    since = 0
    for stop in _LEAD_END.finditer(text):
        start = max(since, text.rfind("\n", since, stop.start()) + 1)
        if re.search("[\u4e00-\u9fff]", text[start:max(start, stop.start() - _LEAD_CHARACTERS)]):
            return True
        since = stop.end()
    return False


# an English lead paragraph's line: a sentence of at least _ENGLISH_LEAD_WORDS words, its full stop closing the line
_ENGLISH_LEAD = later(r"^[\"“‘'(]?[A-Z0-9][^\n]*[a-z0-9%)\]][.!?][\"”’')]*$", re.MULTILINE)
_ENGLISH_LEAD_WORDS = 8
_ENGLISH_LEAD_LINES = 2  # the headline, then the lead


def _opens_english_lead(text: str) -> bool:
    """Whether text opens with an English lead paragraph, after its headline if it keeps one: a
    line of its first _ENGLISH_LEAD_LINES a sentence of a few words at least, closed by its full
    stop (A federal judge has indicated that… training.), as a news article's lead is, not a
    heading or a label (Key takeaways, Case Background)."""
    lines = [line.strip() for line in text.lstrip().split("\n", _ENGLISH_LEAD_LINES)[:_ENGLISH_LEAD_LINES]]
    return any(_ENGLISH_LEAD.match(line) and len(line.split()) >= _ENGLISH_LEAD_WORDS
               and not re.search(r"[\u4e00-\u9fff]", line) for line in lines)


def _leads(text: str) -> bool:
    """Whether text opens with a lead paragraph, Chinese (_lead_sentence) or English (_opens_english_lead)."""
    return _lead_sentence(text) or _opens_english_lead(text)


def _headline_then_lead(items: list[Item]) -> bool:
    """Whether the first item holds the article's headline alone, one line telling no sentence, and
    the next, under a dateline, a byline or a sub-head (江北晚报 2023-01-13 10:31; ◎ 王小明; Background),
    the lead paragraph: the items are the parts of one story, as those under a lead's sub-heads are."""
    headline = items[0].body.strip()
    return len(items) > 1 and bool(headline) and "\n" not in headline and not _leads(headline) and _leads(items[1].body)


def _paragraph_items(document: Document, lines: list[str], lexicons: _Lexicons) -> list[Item]:
    """A report without headings: one item per group of paragraphs, split at short
    heading-like lines (no final punctuation, under 30 characters).  Where the text opens with
    a lead paragraph before its first such line (a news article kept without its headline and
    date line: 因为大量用户…。 / 运营不到一年，开发者被抓 / …; in English, A federal judge has ruled
    that… / Market harm / …), or with its headline alone over such a line and the lead
    (_headline_then_lead: 一起侵权案宣判 法院判令赔偿 / 江北晚报 2023-01-13 10:31 / 近日，…。), or with such a line
    of its own right over the lead (Lawsuit Synopsis / Otter.ai now faces… / Plaintiff's Claim / …; 案情简介 / 近日，…。),
    the lines are its sub-heads, each part going on the one story (Item.continues), as an article's do."""
    items: list[Item] = []
    title, body = document.name, []
    year, month = _issue_date(document.text)

    def flush() -> None:
        if body:
            text = "\n".join(body)
            dated = text if title == document.name else title + "\n" + text  # 问答一（2025年4月3日）: the title's date first
            items.append(Item(document.name, len(items) + 1, title, text, date=lead_date(dated, year, month)))

    first_line = next((line for line in lines if line), "")
    for index, line in enumerate(lines):
        if not line:
            continue
        # no heading: a source note (资料来源：中航证券 2024-01-24 研究报告), a credit line (（记者：X｜编辑：Y）,
        # 值班编辑：X　　数据支持：Y)
        if len(line) <= 30 and not re.search(r"[。！？.!?；;，,:：]$", line) and not line[0].isdigit() \
                and not lexicons.bylines.source_note.match(line) \
                and not _credit_line(line, lexicons.bylines) and not _named_credits(line, lexicons) \
                and not _signature(lines, index):
            if not body and title == first_line and _headline_over_its_line(title, lexicons.bylines):
                body = [line]  # the headline stays the title; its date, byline or source line opens the text
                continue
            flush()
            # a title with no text of its own (a masthead over a section's line: THE INDUS HERALD /
            # Nation | Technology; a card's field: 机构：科技部、教育部) stays, as the first line of the
            # text under the next one; but a Chinese newsletter's publisher on its first line, over the
            # issue's name, is no news (as in text_outside_items)
            publisher = title == first_line and re.search(f"[{CJK}]", title)
            kept = [title] if not body and title != document.name and not publisher else []
            if publisher and not body and lexicons.bylines.publisher.fullmatch(title):
                items.append(Item(document.name, len(items) + 1, title, ""))  # its publisher's own item: a name
            title, body = line, kept
        else:
            body.append(line)
    if not body and items and title != document.name:
        # AFP, （彭博社/紐約時報/NBC）, (案例来源：最高人民法院，本报记者…整理): a short line closing the
        # text with nothing under it heads nothing; it is the last item's last line (its sources, its credit)
        items[-1].body += "\n" + title
    flush()
    # (or under a short heading of its own over that lead: Lawsuit Synopsis / Otter.ai now faces… / Plaintiff's Claim / …)
    opened = items and (items[0].title == document.name or items[0].title == first_line and _leads(items[0].body))
    if opened and (_leads(items[0].body) or _headline_then_lead(items)):
        for item in items[1:]:
            item.continues = True  # the lead paragraph opened the text: its sub-heads cut one story
    return items


# 人工智能合规问答 · 第三辑, 数据法简报　第12期: a series' name closing with its issue's number, no headline
_ISSUE_NUMBER = later(rf"第\s*(?:[{_CN_NUMERAL}]+|\d+)\s*[期辑輯卷]\s*$")


def _headline_over_its_line(first_line: str, bylines: "Bylines") -> bool:
    """Whether the first line of a text without headings, over a short line, is a Chinese article's
    headline over its date, byline or source line (某公司因虚假宣传面临集体诉讼 / 星光在线 2025-03-21
    10:25): a line in Chinese that is not a newsletter's publisher over its issue's name (江岸电商协会 /
    会员简报: no news), an outlet's or a series' name over a heading (星港电台新闻网 / 卓汇科技发布新模型;
    合规问答 · 第三辑 / 问答一), nor a source line telling when the page was posted (某某之家 3小时前).
    It stays the title of the item under it, as an article's headline is; before, it went as a
    publisher's line, and the date or byline line under it became the item's title."""
    return bool(re.search(f"[{CJK}]", first_line)) and not bylines.publisher.match(first_line) \
        and not bylines.outlet.fullmatch(first_line) and not _ISSUE_NUMBER.search(first_line) \
        and not POSTED_AGO.search(first_line)


def _issue_date(text: str) -> tuple[int | None, int | None]:
    """The year and month of the issue, from the head of the document (2025年1月刊): its first
    lines that tell no sentence, not a year its text recalls (自2022年起, In 2022 it launched)."""
    head = "\n".join(line for line in text.splitlines()[:HEAD_LINES] if not _TOLD.search(line))
    match = re.search(r"(20\d\d)\s*年\s*(?:(1[0-2]|0?[1-9])\s*月)?", head)
    if match:
        return int(match.group(1)), int(match.group(2)) if match.group(2) else None
    match = re.search(r"\b(20\d\d)\b", head)
    return (int(match.group(1)) if match else None), None


# -- news articles ------------------------------------------------------------------
CJK = "\u3400-\u4dbf\u4e00-\u9fff"
HEAD_LINES = 8  # non-empty lines at the top of an article that may hold its title, date and byline
_TIME = later(r"^\s*[|｜丨/·•,，]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?"
              r"|(?:UTC|GMT|ET|EST|EDT|PT|PST|PDT|CET|CEST|BST|HKT|JST|北京时间)(?:\s*[+-]\d{1,2})?"
              r"|[（(]?(?:星期|周|週)[一二三四五六日天][）)]?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
# Jane Roe, Court Reporter, and John Doe: the serial comma's "and" is one separator with its comma
_NAME_SEPARATOR = later(r"\s*(?:,\s+and\s+|[、，,;；/／|｜丨]|\s+and\s+|\s*&\s*(?=[A-Z][\w.-]*\s+[A-Z]))\s*")  # Furrow & Field: one outlet; Jane Roe & John Doe: two
_PHOTO_BY = later(r"^.*?\b(?:photo|photograph|picture|image)s?\s+by\s+(?=[A-Z])", re.I)
_FOR_OUTLET = later(r"\s+for\s+[A-Z][\w .&'’-]*$")  # Jane Roe for Harbor Wire
_NAME_NOTE = later(r"\s*[（(](?P<note>[^（）()]{2,40})[）)]$")  # a gloss or an institution after a credited name
_IN_PLACE = later(r"\s+in\s+[A-Z][\w .'’-]*$")  # Reporting by Jane Doe in New York
_CJK_NAMES = later(rf"[{CJK}{NAME_DOTS}]{{2,10}}(?:\s+[{CJK}{NAME_DOTS}]{{2,10}})*")
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|van|von|der|den|da|la|le|bin|al|del)"
_LATIN_NAME = later(rf"[A-Z][\w'’.-]*(?:\s+(?:&\s+)?{_NAME_WORD}){{0,4}}")
_SENTENCE_END = later(r"[。！？!?；;]|\.\s+\S")
_TOLD = later(r"[。；;]|\.\s+\S|\.$")  # a line telling a sentence, no headline (one may ask: …哪些材料？)
@lru_cache(maxsize=1)
def _dispatch_lexicon() -> dict[str, tuple[str, ...]]:
    return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(DATA_DIR / "lexicon" / "bylines.tsv")
            if row["kind"].startswith("dispatch")}


def dispatch_words(*kinds: str) -> str:
    """The words closing a Chinese dateline, of these kinds of data/lexicon/bylines.tsv, as one
    alternation (dispatch_words("dispatch_special", "dispatch") matches 专电, 电, 訊): the one lexicon
    kg.segment, kg.facts.cue, kg.facts.context, kg.mentions.title and kg.cases read datelines by."""
    return alternatives(word for kind in kinds for word in _dispatch_lexicon()[kind])


# An English dateline, the one pattern every reader of one uses: a place in capitals, its state or
# country, the month and day (a year after them), the outlet in brackets, a dash (ROME (AP) —;
# AUSTIN, Texas, Dec 12 (Reuters) -; TALLAHASSEE, Fla. —; WASHINGTON, D.C., July 1, 2025 –).
# EN_DATELINE_AFTER is the same after a place already found (kg.facts.dependency: a name opening
# its sentence); EN_DATELINE_DASH its dash alone (kg.unnamed: Nov 30 (Reuters) –, a dateline with no place).
EN_DATELINE_DASH = r"(?:[–—]{1,2}|(?<=\s)-{1,2})\s"  # a spaced hyphen, not a word's (Jean-Luc)
_EN_DATELINE_DASHED = rf"(?P<dash>{EN_DATELINE_DASH})"


def _en_dateline_tail(close: str) -> str:
    return (r"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?"
            r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,\s*\d{4})?)?\s*"
            rf"(?:\((?P<outlet>[^()]{{2,40}})\)\s*)?{close}\s*")


_EN_DATELINE_PLACE = r"^(?P<place>[A-Z][A-Z.'’]+(?:[ /-]+[A-Z][A-Z.'’]+)*)"
_EN_DATELINE_TAIL = _en_dateline_tail(_EN_DATELINE_DASHED)
EN_DATELINE = later(_EN_DATELINE_PLACE + _EN_DATELINE_TAIL, re.M)
# a press release's: once its date is read the dash may be missing (SAN FRANCISCO, May 3, 2025 /PRNewswire/ --;
# BRUSSELS, Belgium, May 23, 2025:), for kg.facts.context, which only reads the place (the segmenter keeps the dash)
EN_DATED_LINE = later(_EN_DATELINE_PLACE + _en_dateline_tail(rf"(?:{_EN_DATELINE_DASHED}|(?(date)|(?!)))"), re.M)
EN_DATELINE_AFTER = later(_EN_DATELINE_TAIL)
_ZH_DATELINE = later(rf"^[【\[]?(?P<lead>[{CJK}A-Za-z]{{2,14}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)?(?:{dispatch_words('dispatch')})"
                     rf"(?:\s*[（(](?P<credit>[^（）()]{{1,40}})[）)])?[】\]]?\s*(?:[／/]\s*)?")  # 中评社北京1月26日电／: a slash after it
# （中央社记者林冠宇台北3日电）: outlet, byline, place and day in one bracket
# （中央社记者林冠宇、王小明台北3日专电）, （中央社华盛顿3日综合外电报导）: several reporters, or none
# 《經濟通通訊社28日專訊》: the outlet's own dispatch, in title marks
# 《經濟通通訊社駐京記者黃燕明10日北京專電》: the place after the day, before the wire's word
_ZH_BRACKETED_DATELINE = later(rf"^[（(《](?P<lead>[{CJK}、]{{3,40}}?)(?P<date>(?:\d{{1,2}}月)?\d{{1,2}}日)(?P<filed>[{CJK}]{{2,3}}?)?"
                               rf"(?:{dispatch_words('dispatch_compiled', 'dispatch_special', 'dispatch')})[）)》]\s*")
_POSTED = later(r"[驻駐][\u4e00-\u9fff]{1,3}?(?=[记記]者)")  # 驻京记者, 駐港記者: a reporter's bureau
_PERSONAL_NAME = 3  # the characters of most Chinese names, run into the place after them in a dateline
# 【晴港新闻】记者 …, 【港岛日报讯】记者 … (讯: the paper's own dispatch)
_BRACKETED_OUTLET = later(rf"^[【\[](?P<outlet>[{CJK}A-Za-z0-9 ]{{2,12}}?)(?:{dispatch_words('dispatch_special', 'dispatch')})?[】\]]\s*")
_NAME_CHARS = (2, 4)  # the fewest and most characters of a Chinese name
# 记者 林怡君／台北10日电: the place and day of a dateline after a byline; 1140203: a wire's date stamp
# a masthead's furniture after the paper's name: weekday, page, bars and dots between its sections
# (A06 and B6版 are pages, 「智Tech週四版」 a column's name, 15:42 the time the page gives)
_MASTHEAD_FURNITURE = later(r"[\s｜|·・/／()（）>›»＞]+|(?:星期|周|週)[一二三四五六日天]|第?[A-Z]\d{1,3}版?|第?\d{1,3}版"
                            r"|[「『][^」』\n]{1,12}[」』]|\d{1,2}:\d{2}(?::\d{2})?")
_BAR = "[｜|丨>›»＞]"  # a bar between a masthead's name and its sections, or between two sections
_MASTHEAD_BAR = later(rf"\s*{_BAR}\s*")  # the bars of a masthead's path of sections (国内新闻　｜　财经)
_MASTHEAD_SECTIONS = 3  # the most sections a masthead's path names
_MASTHEAD_LATIN = later(rf"\s+[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?(?=\s*{_BAR})")  # HK Click, before the bar
_STAFF_CODE = later(r"[_＿][A-Za-z]{1,4}\d{2,6}$")  # 责任编辑：冯晓墨_NT3321: the editor's code in the site's system
_BREADCRUMB = later(r"[^\s>›»＞]{1,12}(?:\s*[>›»＞]\s*[^\s>›»＞]{1,12}){1,5}")
_MASTHEAD_SECTION = 8  # characters of the section names a masthead may carry (财经焦点, 科技法律)
# a credit line's fields (作者：周一帆 ｜ 2025-06-23 10:18 ｜ 来源：智能前哨), and a field that is only its date and time
_FIELD_BAR = later(r"\s+[|｜丨]\s+|\s{2,}")
_STAMP_FIELD = later(r"(?:发布时间|發布時間|时间|時間)?[:：]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# a photo caption's sentence before its credit (图：X在会上讲话。　摄影：何浩霖, 圖：…。南洋晨报　林志伟摄)
_SHOWN = later(r"^.+[。！？]\s*(?P<credit>\S.{1,24})$")
# 新华社记者 李强 摄; 记者陈志远翻摄: a line ending in a photographer's word (before one line end, as $ reads it)
_PHOTO_CREDIT = later(r"^(?P<body>.+?)\s*[/／]?\s*翻?[摄攝](?:影)?$")
_PHOTO_ENDS = tuple(end + line_end for end in "摄攝影" for line_end in ("", "\n"))
_FILED_NOTE = later(rf"\s*[（(][{CJK}]{{0,6}}(?:报道|報道|报导|報導|发稿|發稿)[）)]$")
_FILED_FROM = later(rf"\s*[／/]\s*(?P<place>[{CJK}]{{2,6}})$")
_BYLINE_DATELINE = later(rf"\s*[／/]\s*[{CJK}]{{2,6}}(?:\d{{1,2}}月)?\d{{1,2}}日(?:{dispatch_words('dispatch')})$|(?<=[）)])\s*\d{{6,8}}$")


@dataclass
class Credit:
    """Names on a credit line under one label, with the outlet before it:
    新华社记者 王晓明 刘静 -> Credit("记者", ["王晓明", "刘静"], "新华社")."""
    label: str
    names: list[str]
    outlet: str = ""

    @property
    def line(self) -> str:
        """How the item's text gives it: 新华社记者：王晓明、刘静 (what kg.nlp reads names from)."""
        return f"{self.outlet}{self.label}：{'、'.join(self.names)}"


class Bylines:
    """Reads an article's head and credit lines with the labels of data/lexicon/bylines.tsv:
    date lines (2025-03-14 18:30 来源：新华网), bylines (新华社记者 王晓明, By Jane Doe),
    photo credits (图/视觉中国, 李强 摄), editors (责任编辑：陈思) and datelines
    (新华社北京3月14日电（记者王晓明）, NEW YORK, Dec 27 (Reuters) -)."""

    def __init__(self, kinds: dict[str, tuple[str, ...]], surnames: tuple[str, ...] = ()) -> None:
        self.kind_of = {label: kind for kind in ("source", "person", "photo") for label in kinds.get(kind, ())}
        # 记者赵文编辑钱晓雨: a name run into its label with no separator opens with a surname
        # (【主持人手记】 names no one)
        self.run_in_name = re.compile(rf"(?:{_either((*surnames, *kinds.get('compound_surname', ())))})[{CJK}]") \
            if surnames else None
        long_labels = [label for label in self.kind_of if not label.isascii() and len(label) > 1]
        short_labels = [label for label in self.kind_of if not label.isascii() and len(label) == 1]
        latin_labels = [label for label in self.kind_of if label.isascii()]
        # a label starts the line or follows a separator (a Chinese one may also follow a name
        # run into it: 记者赵文编辑钱晓雨); one of one character (文, 图) needs a separator
        # after it, a Latin one (By, Photo) a capital (behind the look-ahead of the labels' first characters:
        # its opening look-behinds would have every character of every line tried against every label)
        self.label = scanning(
            rf"(?:(?:^|(?<=[\s;；,，|｜丨/／{CJK}]))(?P<long>{_either(long_labels)})\s*[:：|｜丨/]?\s*"
            rf"|(?:^|(?<=[\s;；,，|｜丨]))(?P<short>{_either(short_labels)})\s*[:：|｜丨/／]\s*"
            rf"|(?:^|(?<=[\s;；,，|｜丨]))(?P<latin>{_either(latin_labels)})(?:\s*[:：]\s*|\s+)(?=[A-Z]))")
        # Digest prepared by: Jane Roe, Story edited by John Doe: what the credit is for, one word before
        # a label of several words, read as the label
        self.work_before_label = re.compile(
            rf"^[A-Z][a-z]+\s+(?P<label>{_either(label.lower() for label in latin_labels if ' ' in label)})(?=\s*[:：]?\s*[A-Z])")
        outlet_ends = _either(kinds.get("outlet_end", ()))
        # 【撰稿】X　【审稿】Y: a label in brackets, read as the label and its colon
        self.bracketed_label = re.compile(rf"[【\[](?P<label>{_either(long_labels)})[】\]]\s*")
        self.outlet_label = re.compile(rf"^(?P<outlet>[{CJK}]{{1,8}}?(?:{outlet_ends}))(?={_either(long_labels)})")
        self.outlet = re.compile(rf"^[{CJK}A-Za-z]{{1,10}}?(?:{outlet_ends})")
        self.outlet_more = re.compile(rf"(?:{_either(kinds.get('outlet_more', ()))})")
        # a masthead's name with no outlet's ending, before its name in Latin letters or a path of
        # sections (港聞點擊 HK Click　｜　一文看清, 九州门户　>　科技频道): the bars make it a masthead
        self.named_masthead = re.compile(rf"^[{CJK}]{{2,8}}(?=(?:{_MASTHEAD_LATIN.pattern})?\s*{_BAR})")
        self.section_ends = tuple(kinds.get("section_end", ()))
        # （最後更新：2023/04/27 18:05）: when the page was last updated, after its date
        self.update_note = re.compile(rf"[（(](?:{_either(kinds.get('update_label', ()))})[:：]?[^（()）\n]*[）)]")
        # 第一财经记者 吴昊, and as Credit.line writes it back: 第一财经记者：吴昊 (but 资料来源： is a label)
        named_labels = [label for label in long_labels if self.kind_of[label] != "source"]
        self.outlet_before_label = re.compile(
            rf"^(?P<outlet>[{CJK}]{{2,8}}?)(?=(?:{_either(long_labels)})\s|(?:{_either(named_labels)})[：:])")
        self.self_names = kinds.get("self", ())
        self.no_names = frozenset(kinds.get("no_name", ()))
        # 本网记者 符雅琴, 作者：记者 薛明川: the paper's own word and a label are no names
        self.label_words = frozenset(self.kind_of) | frozenset(self.self_names) \
            | frozenset(own + label for own in self.self_names for label in self.kind_of if not label.isascii())
        # 编辑：潘嘉慧　　本报版权所有，转载须经同意: the paper's rights notice after the last name
        self.rights_note = re.compile(rf"(?:^|\s+)\S*?(?:{_either(kinds.get('rights_note', ()))}).*$")
        self.roles = frozenset(kinds.get("byline_role", ()))  # By Jane Roe, Courts Reporter: no name
        self.name_titles = frozenset(kinds.get("name_title", ()))  # 指导：X　教授, 执笔：X（博士研究生）: no name
        # 审签：首席合规官　X, 编写：X　风险工程师: a job title of four characters or more beside the name, no name
        self.job_title = re.compile(rf"[{CJK}]{{2,}}(?:{_either(kinds.get('title_end', ()))})")
        self.outlet_words = frozenset(kinds.get("outlet_word", ()))  # Solent Chronicle: an outlet, no person
        photo_labels = _either(label for label, kind in self.kind_of.items() if kind == "photo" and label.isascii())
        self.credit_label = re.compile(rf"^(?:{photo_labels})\s*[:：]\s*")  # (Photo: Jane Roe/Harbor Wire)
        self.date_label = re.compile(rf"^(?:(?:{_either(kinds.get('date_label', ()))})\s*[:：]?\s*)?{_WEEKDAY}")
        self.furniture = re.compile(_either(kinds.get("furniture", ())))
        self.dateline_labels = kinds.get("dateline", ("电头", "Dateline"))
        self.place_label = kinds.get("dateline_place", ("Place",))[-1]
        self.place_labels = kinds.get("dateline_place", ("Place",))  # 地点 first, for a Chinese byline's place
        self.byline_tail = re.compile(rf"\s*(?:{_either(kinds.get('byline_tail', ()))})$")
        # 张明一/摄（资料照）: what kind of picture it is, in brackets after the photographer's name
        self.photo_note = re.compile(rf"\s*[（(](?:{_either(kinds.get('photo_note', ()))})[）)]$")
        self.work_shown = re.compile(rf"(?<=\S)\s+(?:{_either(kinds.get('work_shown', ()))})$")
        # 记者 韦嘉铭 发自上海: where the reporter files from, after the names
        self.byline_from = re.compile(rf"\s*(?:{_either(kinds.get('byline_from', ()))})\s*[{CJK}]{{1,8}}$")
        # 东京 and 東京: a Traditional wire's city is known in its own script
        self.cities = sorted({form for city in kinds.get("dateline_city", ()) for form in (city, traditional(city))},
                             key=len, reverse=True)
        self.dispatch_manner = frozenset(kinds.get("dispatch_manner", ()))
        captions = _either(kinds.get("caption", ()))
        self.caption_line = re.compile(rf"^(?P<label>{captions})\s*[:：]\s*(?P<text>(?:\S+\s+){{2,}}.*?[.!?])\s*[(（]?(?P<credit>[^()（）.]{{2,60}})?[)）]?$")
        self.notice_patterns(kinds)

    def notice_patterns(self, kinds: dict[str, tuple[str, ...]]) -> None:
        """The patterns of an official notice's head and of a newsletter's cover: the notice's
        title and issuers, rights notices, the publication line, the issuing unit and the publisher."""
        # an official notice's title (关于印发…的通知) and the names of the bodies issuing it
        self.notice_title = re.compile(rf"^(?:{_either(kinds.get('notice_title', ()))})[^。！？\n]{{2,80}}"
                                       rf"(?:{_either(kinds.get('notice_kind', ()))})$")
        issuer_ends = _either(kinds.get('issuer_end', ()))
        self.issuer = re.compile(rf"[{CJK}]{{2,24}}(?:{issuer_ends})")
        # where the next of the names run together (spaces between them folded away) starts
        self.issuer_ends = tuple(kinds.get('issuer_end', ()))
        self.issuer_start = re.compile(_either(kinds.get('issuer_start', ())))
        self.rights_notice = rights_notice(kinds)
        self.publication = publication_line(kinds)
        # 协会秘书处编印, 商标部编　　执笔：X: a newsletter's issuing unit before the word for issuing it, opening its credit line
        # (the unit ends in a body's word: 小说改编 is no unit; 本刊由X编印: the publication's own word before it names no one)
        self.issued = re.compile(rf"^\s*(?:(?:{_either(kinds.get('self', ()))})由)?(?P<unit>[{CJK}]{{1,14}}?(?:{_either(kinds.get('issuer_end', ()))}))"
                                 rf"(?:{_either(kinds.get('issued_by', ()))})(?=\s|$)")
        # 江岸电商协会 over 会员简报: a newsletter's publisher, on its cover line over the issue's name
        publisher_ends = (*kinds.get('publisher_end', ()), *kinds.get('publisher_company', ()))
        self.publisher = re.compile(rf"[{CJK}]{{2,20}}(?:{_either(publisher_ends)})")
        # 瀚川保险股份有限公司　责任险事业部, or the unit opening the next line (合规管理部　内部资料): the publisher's unit
        self.publisher_unit = re.compile(rf"[{CJK}]{{2,12}}?(?:{_either(kinds.get('publisher_unit_end', ()))})(?=[ \t\u3000]|$)")
        self.source_note = re.compile(rf"^[\[【(（]?\d*[\]】)）]?\s*(?:{_either(kinds.get('source_note', ()))})\s*[:：]")

    def issuers(self, run: str) -> list[str]:
        """The names of bodies run together on a notice's head line: 国家卫生健康委办公厅国家中医药局综合司
        -> 国家卫生健康委办公厅, 国家中医药局综合司 (each opens with a word of issuer_start)."""
        breaks = [0] + [start.start() for start in self.issuer_start.finditer(run)
                        if start.start() and run.endswith(self.issuer_ends, 0, start.start())] + [len(run)]
        return [run[first:last] for first, last in zip(breaks, breaks[1:]) if last > first]

    def masthead(self, line: str) -> tuple[str | None, str] | None:
        """(date, outlet) of a newspaper's masthead line: its name (ending as an outlet's
        does: 报, 日报, 网) and after it only its date, weekday, page and section
        (北辰日报　财经焦点, 江海证券报　2025年10月31日　星期五　第B03版｜科技·公司)."""
        match = self.outlet.match(line) or self.named_masthead.match(line)
        if match is None or self.dateline(line):
            return None  # 新华社北京3月5日电: a dateline opens the text
        end = match.end()
        while (more := self.outlet_more.match(line, end)) and more.end() > end:
            end = more.end()  # 台北时报网: 报 then 网
        latin = _MASTHEAD_LATIN.match(line, end)  # 科技島讀報 TechIsland　｜: its name again in Latin letters
        outlet, rest = line[:end], self.update_note.sub("", line[latin.end() if latin else end:])
        date = find_dates(rest)
        plain = rest
        for start, stop, _ in reversed(date):
            plain = plain[:start] + plain[stop:]
        sections = [_MASTHEAD_FURNITURE.sub("", section) for section in _MASTHEAD_BAR.split(plain)]
        plain = "".join(sections)
        # one short section (北辰日报　财经焦点), or a path of them between bars (濠江晨報　｜　經濟版　｜　港澳財經)
        short = len(plain) <= _MASTHEAD_SECTION or len(sections) <= _MASTHEAD_SECTIONS + 1 and _MASTHEAD_BAR.search(rest) \
            and all(len(section) <= _MASTHEAD_SECTION for section in sections)
        if _SENTENCE_END.search(rest) or not short or (not plain and not date and rest.strip()):
            return None
        if outlet in self.no_names or outlet.endswith(self.section_ends):
            return None  # 首页 > 新闻中心: a site's home and its sections name no outlet
        return (date[0][2] if date and len(date[0][2]) == 10 else None), outlet

    def named_outlet(self, text: str) -> re.Match | None:
        """第一财经记者 吴昊: an outlet whose name has no outlet's ending, before a byline label
        and a space; none where the run holds a label itself (记者赵文编辑…)."""
        if self.label.match(text) or text.startswith(self.self_names):  # 特约记者, 本报记者: a label
            return None
        match = self.outlet_before_label.match(text)
        return match if match and not self.label.search(match.group("outlet")) else None

    def is_source(self, credit: Credit) -> bool:
        return self.kind_of.get(credit.label) == "source"

    def credits(self, line: str) -> list[Credit] | None:
        """The credits a line consists of; None when it holds anything else."""
        text = _unbracketed(_BYLINE_DATELINE.sub("", line.strip()))
        if "【" in text or "[" in text:  # (most lines hold no bracket: no label in brackets to read)
            text = self.bracketed_label.sub(r"\g<label>：", text)
        text = self.work_before_label.sub(lambda work: work.group("label").capitalize(), text)
        if not text or len(text) > 160:
            return None
        text = self.work_shown.sub("", text)  # 记者　黎嘉禾　文／图: she wrote and took the pictures
        # 图：张明一/摄（资料照）: the kind of picture after the photographer; 来源：X　转载请注明出处: the site's
        # notice after its credits (its 作者 no label)
        text = self.photo_note.sub("", self.rights_note.sub("", text))
        if not text:
            return None  # 版权所有，转载请注明出处: a notice, no credit
        if (fields := _FIELD_BAR.split(text)) and len(fields) > 1 and any(_STAMP_FIELD.fullmatch(f) for f in fields):
            # 作者：周一帆 ｜ 2025-06-23 10:18 ｜ 来源：智能前哨: a byline, the date and the source, each in its field
            kept = [self.credits(field) for field in fields if not _STAMP_FIELD.fullmatch(field)]
            return None if not kept or None in kept else [credit for credits in kept for credit in credits]
        if (shown := _SHOWN.match(text)) and (first := self.label.match(text)) \
                and self.kind_of.get(first.group("long") or first.group("short")) == "photo":
            text = shown.group("credit")  # 图：X在会上讲话。　摄影：何浩霖 -> 摄影：何浩霖: what the picture shows names no one
        # 新华社记者 李强 摄; 记者陈志远翻摄 (a photo taken off a screen or a page)
        photo = _PHOTO_CREDIT.match(text) if text.endswith(_PHOTO_ENDS) else None
        if photo:
            body = self.without_caption(photo.group("body"))
            if (outlet := self.outlet_label.match(body)) and body[outlet.end():] in self.kind_of:
                return [Credit("摄影", [], outlet.group("outlet"))]  # 星城日报记者摄: the paper's unnamed photographer
            if (outlet := self.outlet.match(body)) and (rest := body[outlet.end():]) and rest[:1].isspace() \
                    and (names := self.names(rest)) and len(names) == 1:
                return [Credit("摄影", names, outlet.group())]  # 南洋晨报　林志伟摄: the paper's photographer
            names = None if self.label.search(body) or self.outlet_label.match(body) else self.names(body)
            return [Credit("摄影", names)] if names else self.credits(body)
        outlet = ""
        if (lead := _BRACKETED_OUTLET.match(text)) and self.label.match(text[lead.end():]):  # 【晴港新闻】记者 区嘉欣
            outlet, text = lead.group("outlet"), text[lead.end():]
        elif match := self.outlet_label.match(text) or self.named_outlet(text):  # 新华社记者 王晓明, 第一财经记者 吴昊
            outlet, text = match.group("outlet"), text[match.end():]
        hits = self.labels(text)
        if not hits or hits[0].start() != 0:
            return None
        credits = []
        for hit, following in zip(hits, hits[1:] + [None]):
            label = hit.group("long") or hit.group("short") or hit.group("latin")
            value = text[hit.end():following.start() if following else len(text)].strip(" \t　:：|｜丨/;；,，")
            if not value and following:
                continue  # 图/记者 钱蕾: the picture is the reporter's
            if self.kind_of[label] == "source":
                if not value or len(value) > 40 or _SENTENCE_END.search(value):
                    return None
                credits.append(Credit(label, [value]))
                continue
            value = self.rights_note.sub("", value)
            if self.run_in_name is not None and text[hit.end() - 1:hit.end()] == label[-1:] \
                    and re.match(f"[{CJK}]", value) and not self.run_in_name.match(value):
                return None  # 主持人手记: a word run into the label, no name
            if value in self.label_words and following:
                continue  # 作者：本网记者 符雅琴: the paper's own reporter, named after the next label
            value = _FILED_NOTE.sub("", value)  # 邵一鸣（北京报道）: where she files from, in brackets
            told, filed_from = self.byline_tail.sub("", value), None  # 区嘉欣、梁卓谦 报道
            if told != value and (filed_from := _FILED_FROM.search(told)):
                told = told[:filed_from.start()]  # 林品妤／台北报导: the place she files from is no person
            names = self.names(self.byline_from.sub("", told))
            if names is None:
                return None
            credits.append(Credit(label, names, "" if credits else outlet))
            if filed_from:  # …but a place the byline names, kept as a dateline's is (地点：台北)
                credits.append(Credit(self.place_labels[0], [filed_from.group("place")]))
        return credits

    def without_caption(self, body: str) -> str:
        """A photo credit without what the picture shows before its byline: 图：国家网信办大楼　新华社记者
        陈晔华 (摄) -> 新华社记者 陈晔华, 本文图片：市民体验服务机器人。鹏城晚报记者 黎嘉禾 -> 鹏城晚报记者 黎嘉禾;
        the caption is no name, the outlet run into the byline's label is its outlet."""
        hits = self.labels(body)
        if len(hits) < 2 or self.kind_of.get(hits[0].group("long") or hits[0].group("short")) != "photo" \
                or hits[0].start() > _CAPTION_LEAD or self.kind_of.get(hits[1].group("long") or "") != "person":
            return body
        start = max(body.rfind(mark, hits[0].end(), hits[1].start()) for mark in (" ", "\t", "\u3000", "。", "，"))
        if start < hits[0].end() and not self.outlet_label.match(body[hits[0].end():].strip()):
            return body  # 图：大楼新华社记者 X: where the caption ends is not known
        return body[max(start + 1, hits[0].end()):].strip()

    def labels(self, text: str) -> list[re.Match]:
        """The labels of a credit line; a label's word run into a name with no name after
        it is part of that name (远澜图片社: 图片 is no label)."""
        hits: list[re.Match] = []
        for hit in self.label.finditer(text):
            if hits and re.match(f"[{CJK}]", text[hit.start() - 1]):
                following = self.label.search(text, hit.end())
                value = text[hit.end():following.start() if following else len(text)]
                if len(value.strip(" \t:：|｜丨/;；,，")) < 2:
                    continue
            hits.append(hit)
        if len(hits) > 1 and not text[hits[-1].end():].strip(" \t:：|｜丨/;；,，"):
            hits.pop()  # 记者 邵静怡 编译: a label with nothing after it tells what the last byline did
        return hits

    def caption(self, line: str) -> list[Credit] | None:
        """The credits of a photo caption (Photo: A court in Delaware. Harbor Wire/Jane Roe):
        what the picture shows is no news, who took it is a credit; None for another line."""
        match = self.caption_line.match(_unbracketed(line.strip()))
        if match is None:
            return None
        names = self.caption_names(match.group("credit")) if match.group("credit") else []
        label = match.group("label") if self.kind_of.get(match.group("label")) == "photo" else "Photo"
        return [Credit(label, names)] if names else []

    def shown(self, line: str) -> str:
        """What a photo caption says the picture shows (Photo: Acme's offices in Austin, Texas.
        Harbor Wire/Jane Roe -> Acme's offices in Austin, Texas.): text of the story's, its
        places and bodies named as the body names them; empty for another line."""
        match = self.caption_line.match(_unbracketed(line.strip()))
        return match.group("text").strip() if match else ""

    def caption_names(self, credit: str) -> list[str]:
        """The photographers a caption's credit names: Jane Roe, Harbor Wire -> both; Photo: Jane
        Roe/Harbor Wire, Ledger file photo / Jane Roe -> Jane Roe (the outlet on the other side of
        the slash, a file photo's label and the credit's own label are no one)."""
        names = self.names(credit)
        if names is not None:
            return names
        found = []
        for part in re.split(r"\s*[/／]\s*", credit.strip()):
            part = self.credit_label.sub("", part)
            # Ledger file photo by Jane Roe; Jane Roe for Harbor Wire: the photographer, not the outlet
            part = _PHOTO_BY.sub("", _FOR_OUTLET.sub("", part))
            if re.search(r"\bphoto\b", part, re.I) or self.outlet_words.intersection(part.split()[1:]):
                continue
            found += self.names(part) or []
        return found

    def names(self, value: str) -> list[str] | None:
        """The names a credit gives (王晓明 刘静; Jane Doe and John Roe in New York); None when
        the value is no list of names."""
        names: list[str] = []
        for part in _NAME_SEPARATOR.split(value.strip()):
            part = _STAFF_CODE.sub("", _IN_PLACE.sub("", part)).strip()
            workplace = None
            if (bracket := _NAME_NOTE.search(part)) and bracket.start():
                # 南嘉禾（Jiahe Nan）: her name in Latin letters, no second person; 苏明澈（某研究院）:
                # where he works, a name of its own
                note = bracket.group("note").strip()
                workplace = note if re.search(f"[{CJK}]", note) and note not in self.name_titles else None
                part = part[:bracket.start()].strip()
            if not part:
                continue
            if self.issuer.fullmatch(part) and len(part) > 10:
                names.append(part)  # 主办：江岸数据交易所会员服务中心: a body's long name, ending in a body's word
            elif _CJK_NAMES.fullmatch(part):
                names += [word for word in part.split() if not self.title_or_unit(word, part)]
            elif _LATIN_NAME.fullmatch(part):
                if re.search(r"\w{2}\.$", part):
                    return None  # Photo: Jane Roe. (file): what the picture shows, a sentence, no credit
                if part.split()[-1] not in self.roles:
                    names.append(part)
            else:
                return None
            if workplace:
                names.append(workplace)
        names = [name for name in names if name not in self.no_names and name not in self.label_words]
        return names if names or value.strip() else None

    def title_or_unit(self, word: str, part: str) -> bool:
        """Whether a word of a credit is what the person is, not who: a title (执笔：X　教授, 审签：首席合规官　X,
        编写：X　风险工程师), or the unit a name follows (主编：合规管理部　X: the unit is the name of a body,
        the suffix family's)."""
        if word in self.name_titles or len(word) >= 4 and self.job_title.fullmatch(word):
            return True
        return len(word) >= 3 and not part.endswith(word) and bool(self.issuer.fullmatch(word))

    def date_line(self, line: str) -> tuple[str, list[Credit]] | None:
        """(date, credits) of a line that is a date, with the time, source and byline after
        it: 2025-03-14 18:30 来源：新华网; Published Dec. 27, 2023 3:21 PM UTC."""
        text = self.date_label.sub("", line.strip(), count=1)
        found = find_dates(text[:40])
        if not found or found[0][0] != 0 or len(found[0][2]) not in (7, 10):
            return None
        rest = text[found[0][1]:]
        if len(found[0][2]) == 7 and not self.label.match(rest.lstrip()):
            return None  # 发布时间：2025年4月 来源：…: a month is a date line's date only with its credits after it
        rest = self.before_furniture(rest).strip(" |｜丨/·•-–—,，【】[]")
        if not _MASTHEAD_FURNITURE.sub("", rest):
            return found[0][2], []  # 2025年2月27日（星期四）　B6版: the weekday and the page
        credits = self.credits(rest)
        if credits is None and self.outlet.fullmatch(rest):  # 2024年3月5日 10:21 新华网
            credits = [Credit("来源", [rest])]
        return (found[0][2], credits) if credits is not None else None

    def before_furniture(self, rest: str) -> str:
        """What follows a date line's date, without the times after it (10:21) and from the
        page's controls on (阅读 2.6万, 分享)."""
        while (time := _TIME.match(rest)) and time.end():
            rest = rest[time.end():]
        if furniture := self.furniture.search(rest):
            rest = rest[:furniture.start()]
        return rest

    def byline_then_date(self, line: str) -> tuple[str, list[Credit]] | None:
        """(date, credits) of a byline with the date and time after it, and the page's
        controls after them: 作者：陈思远 2025-06-24 11:32 阅读 2.6万."""
        text = line.strip()
        found = [(start, end, date) for start, end, date in find_dates(text[:80]) if start > 0 and len(date) == 10]
        if not found or not self.label.match(text):
            return None
        start, end, date = found[0]
        rest = self.before_furniture(text[end:])
        credits = self.credits(text[:start].rstrip(" |｜丨/·•-–—,，"))
        return (date, credits) if credits and not rest.strip(" |｜丨/·•-–—,，") else None

    def dated_byline(self, line: str) -> tuple[str, list[Credit]] | None:
        """(date, credits) of an English byline with its date after a bar: By Jane Roe |
        June 11, 2024."""
        byline, bar, date = line.strip().rpartition("|")
        found = find_dates(date.strip()) if bar and not re.search(f"[{CJK}]", line) else []
        if not found or found[0][:2] != (0, len(date.strip())) or len(found[0][2]) != 10:
            return None
        credits = self.credits(byline)
        return (found[0][2], credits) if credits else None

    def dateline(self, paragraph: str) -> tuple[int, str | None, list[Credit]] | None:
        """Where the text after a paragraph's dateline starts, the dateline's month and day
        (Dec 27, 3月14日) and its credits: the outlet (新华社, Reuters) and reporters."""
        if match := EN_DATELINE.match(paragraph):
            outlet = (match.group("outlet") or "").strip()
            if not match.group("outlet") and not match.group("date") and len(match.group("place")) < 4:
                return None
            credits = [Credit(self.dateline_labels[-1], [outlet])] if outlet and self.names(outlet) else []
            # ROME (Reuters) -: the place is named, though the dateline leaves the body (Place：ROME);
            # AUSTIN, Texas, Dec 12 (Reuters) -: and its state (Place：AUSTIN、Texas)
            credits.append(Credit(self.place_label, [match.group("place").strip(), *filter(None, [match.group("region")])]))
            return match.end(), match.group("date"), credits
        if (match := _ZH_BRACKETED_DATELINE.match(paragraph)) and (outlet := self.outlet.match(match.group("lead"))):
            credits = [Credit(self.dateline_labels[0], [outlet.group()])]
            posted = _POSTED.match(match.group("lead"), outlet.end())  # 经济通通讯社驻京记者: the bureau it is posted to
            byline = self.label.match(match.group("lead"), posted.end() if posted else outlet.end())
            if byline and byline.group("long"):
                names = self.dateline_names(match.group("lead")[byline.end():], bool(match.group("filed")))
                if names is None:
                    return None
                credits.append(Credit(byline.group("long"), names, outlet.group()))
                city = "" if match.group("filed") else self.dateline_city(match.group("lead")[byline.end():].split("、")[-1])
            elif outlet.end() < len(match.group("lead")) and not self.dateline_city(match.group("lead")[outlet.end():]):
                return None  # （中央社华盛顿3日电）: the outlet and a place, nothing else
            else:
                city = self.dateline_city(match.group("lead")[outlet.end():])
            if city:  # （中央社记者林冠宇台北3日电）, （法新社纽约25日电）: the city filed from is named
                credits.append(Credit(self.place_labels[0], [city]))
            if match.group("filed"):  # 10日北京专电: the city filed from, named though the dateline leaves the body
                credits.append(Credit(self.place_labels[0], [match.group("filed")]))
            return match.end(), match.group("date") if "月" in match.group("date") else None, credits
        match = _ZH_DATELINE.match(paragraph)
        if match is None or not (match.group("date") or match.group("lead").endswith(self.self_names)
                                 or self.outlet.match(match.group("lead"))):
            return None
        lead = match.group("lead")
        outlet = "" if lead.startswith(self.self_names) else (m.group() if (m := self.outlet.match(lead)) else "")
        if not outlet and match.group("date") and not lead.startswith(self.self_names) and (city := self.dateline_city(lead)) \
                and len(lead) > len(city):
            outlet = lead[:-len(city)]  # 新华财经香港4月15日电: what stands before the city filed from is the outlet
        elif outlet and not match.group("date") and re.fullmatch(f"[{CJK}]{{2,4}}", section := lead[len(outlet):]) \
                and not self.dateline_city(section) and section not in self.dispatch_manner:
            outlet = lead  # 凤凰网科技讯: the outlet and its section, one name (not 某某网北京讯: a city, 某某网综合讯)
        credits = [Credit(self.dateline_labels[0], [outlet])] if outlet else []
        if outlet and (city := self.dateline_city(lead)) and lead == outlet + city:
            credits.append(Credit(self.place_labels[0], [city]))  # 中评社北京1月26日电: the city filed from is named
        if match.group("credit"):
            inside = self.credits(match.group("credit")) or self.run_credit(match.group("credit"))
            if inside is None:
                return None
            credits += [Credit(c.label, c.names, c.outlet or (outlet if not c.outlet and i == 0 else ""))
                        for i, c in enumerate(inside)]
        return match.end(), match.group("date"), credits

    def run_credit(self, run: str) -> list[Credit] | None:
        """（记者林迎楠）: a reporter's label run into the names after it, no space or colon between."""
        byline = self.label.match(run)
        names = self.dateline_names(run[byline.end():], placed_after=True) if byline and byline.group("long") else None
        return [Credit(byline.group("long"), names)] if names else None

    def dateline_names(self, run: str, placed_after: bool = False) -> list[str] | None:
        """The reporters of a wire's dateline, the last run into the place after it:
        林冠宇、王小明台北 -> 林冠宇, 王小明 (a known city of data/lexicon/bylines.tsv
        dateline_city; before any other place the name is cut by its usual length); where the
        place follows the day (黄燕明10日北京专电: ``placed_after``) the last name is whole."""
        *others, last = run.split("、")
        city = "" if placed_after else self.dateline_city(last)
        name = last if placed_after else last[:-len(city)] if city else \
            last[:_PERSONAL_NAME] if len(last) - _PERSONAL_NAME >= 2 else last[:2]
        names = [*others, name]
        return names if all(_NAME_CHARS[0] <= len(n) <= _NAME_CHARS[1] for n in names) else None

    def dateline_city(self, run: str) -> str:
        """The known city a dateline's run ends with, leaving a name before it ('' for none)."""
        return next((city for city in self.cities if run.endswith(city) and
                     (len(run) == len(city) or _NAME_CHARS[0] <= len(run) - len(city) <= _NAME_CHARS[1])), "")

    def rights_holder(self, line: str) -> str:
        """What a rights or reprint notice keeps: the clause naming its holder or producer
        (本版内容版权归江城晚报有限公司所有，未经许可不得转载。 -> 版权归江城晚报有限公司所有,
        read by kg.mentions.copyright), or the publication's line before it (《鹭江商讯》由鹭江传媒有限公司出版
        　©版权所有，… -> 《鹭江商讯》由鹭江传媒有限公司出版), else nothing."""
        match = self.publication.search(line) or self.rights_notice.search(line)
        return match.group().strip(" \t　｜|丨") if match else ""

    def kept_credit(self, line: str) -> str:
        """What a boilerplate line keeps: its credits (编辑：X　本报版权所有，转载须经同意;
        本文为本站原创，转载请注明出处。责任编辑：X), else nothing."""
        if any(credit.names for credit in self.credits(line) or ()):
            return line
        text, credits = self.trailing_credits(line)
        return line[len(text):].strip() if credits else ""

    def trailing_credits(self, line: str) -> tuple[str, list[Credit]]:
        """A body line without the credit closing it: 图为会场。（新华社记者 李强 摄）"""
        match = re.search(r"\s*[（(](?P<credit>[^（）()]{2,40})[）)]\s*$", line) or \
            re.search(rf"(?<=[。！？.!?])\s*(?P<credit>[^。！？.!?]{{2,30}}摄)\s*$", line) or \
            re.search(r"(?<=[。！？])\s*(?P<credit>[^。！？，,：:\s]{1,6}[：:][^。！？，,：:]{2,20})\s*$", line)
        if match and match.start() > 0 and (credits := self.credits(match.group("credit"))):
            return line[:match.start()], credits
        return line, []


def _either(words) -> str:
    return alternatives(words) or NEVER


def rights_notice(kinds: dict[str, tuple[str, ...]]) -> re.Pattern:
    """A Chinese notice's clause naming the company that holds or made the page, by the words
    of data/lexicon/bylines.tsv (rights_before, rights_after, rights_producer): 版权归江城晚报有限公司所有
    (group name: 江城晚报有限公司), 编导：X　｜　青禾视频出品 (group producer: 青禾视频), 本文由江湾融媒体中心原创
    (group origin), © 法衡资讯股份有限公司　版权所有 (group marked: the mark before a Chinese name), 岛屿传媒股份有限公司
    版权所有 (group held: the name opening the line before the rights words, rights_held).  Kept by
    Bylines.rights_holder, read by kg.mentions.copyright."""
    return re.compile(rf"(?:{_either(kinds.get('rights_before', ()))})(?P<name>[{CJK}A-Za-z]{{2,24}}?)"
                      rf"(?:{_either(kinds.get('rights_after', ()))})"
                      rf"|(?:{_either(kinds.get('rights_by', ()))})(?P<origin>[{CJK}]{{2,24}}?)"
                      rf"(?:{_either(kinds.get('rights_original', ()))})"
                      rf"|©\s*(?:(?:19|20)\d\d\s*)?(?!{_either(kinds.get('rights_note', ()))})(?P<marked>[{CJK}]{{2,24}})(?=[\s，,。]|$)"
                      rf"|^[ \t　]*(?P<held>[{CJK}]{{4,24}}?)[ \t　]*(?:{_either(kinds.get('rights_held', ()))})"
                      rf"|(?:^|(?<=[｜|丨]))[ \t　]*(?P<producer>[{CJK}A-Za-z]{{2,12}}?)"
                      rf"(?:{_either(kinds.get('rights_producer', ()))})(?=[，,。；;\s]|$)", re.M)


def publication_line(kinds: dict[str, tuple[str, ...]]) -> re.Pattern:
    """A publication's line naming its publisher (《鹭江商讯》由鹭江传媒有限公司出版; bylines.tsv
    rights_publication; groups outlet and publisher); at a line's start the outlet may stand without 《》
    where it ends as an outlet does (outlet_more: 湄南日报为湄南报业有限公司出版物, 芯智网由芯智传媒科技有限公司运营;
    group plain): kept by Bylines.rights_holder before the rights
    notice it may open, read by kg.mentions.copyright."""
    return re.compile(rf"(?:《(?P<outlet>[{CJK}A-Za-z0-9]{{2,16}})》|(?:^|(?<=\n))[ \t　]*(?P<plain>[{CJK}]{{2,12}}?"
                      rf"(?:{_either(kinds.get('outlet_more', ()))})))[由为為](?P<publisher>[{CJK}]{{2,24}}?)"
                      rf"(?:{_either(kinds.get('rights_publication', ()))})")


def _unbracketed(text: str) -> str:
    """（记者 王晓明） -> 记者 王晓明; 【责任编辑：陈思】 -> 责任编辑：陈思."""
    while len(text) > 2 and text[0] in "（(【[" and text[-1] in "）)】]":
        text = text[1:-1].strip()
    return text


@dataclass
class _Article:
    """What an article's head and credit lines say."""
    title: str = ""
    date: str | None = None
    month_day: str | None = None  # from a dateline without a year: Dec 27, 3月14日
    source: str = ""
    credits: list[Credit] = field(default_factory=list)

    def take(self, credits: list[Credit], bylines: Bylines) -> None:
        for credit in credits:
            if bylines.is_source(credit):
                named = credit.names[0]
                if self.source and named.startswith(self.source) and named != self.source:
                    # 九州门户 over the page, 来源：九州门户科技 under the headline: its channel, kept as a dateline's outlet is
                    self.keep(Credit(bylines.dateline_labels[0], credit.names[:1]))
                else:
                    self.source = self.source or named
            elif credit.names:
                self.keep(credit)

    def keep(self, credit: Credit) -> None:
        """Keeps a credit whose line no kept credit has."""
        if credit.line not in (kept.line for kept in self.credits):
            self.credits.append(credit)


def _article_items(document: Document, lines: list[str], lexicons: _Lexicons) -> list[Item] | None:
    """A news article's items, or None when the document does not start like one (no
    date line, byline or source line, no dateline among its first lines)."""
    bylines, fields = lexicons.bylines, lexicons.fields
    article, found, body_start = _Article(), False, len(lines)
    head = [i for i, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    if len(head) > 2 and bylines.outlet.fullmatch(first := lines[head[0]].strip()) \
            and (masthead := bylines.masthead(first + " " + lines[head[1]].strip())) and masthead[0]:
        # 鹏城晚报 / 2022年11月1日　星期二　第A03版　要闻·深圳: the paper's name alone over its date line
        article.date, outlet = masthead
        article.take([Credit("来源", [outlet])], bylines)
        lines = [("" if index in head[:2] else line) for index, line in enumerate(lines)]
        head = head[2:]
    elif len(head) > 1 and (masthead := bylines.masthead(lines[head[0]].strip())):
        # 江海证券报　2025年10月31日　第B03版｜科技·公司: the paper's name over the headline is its source
        article.date, outlet = masthead
        article.take([Credit("来源", [outlet])], bylines)
        # 鹭城日报　｜　第05版 over the headline, no byline under it: the paper's own article still (a name
        # alone, 工作简报, may head a newsletter's items; 国家网信办发布新规 is a headline, no 国家网's)
        found = bool(re.match(rf"\s|{_BAR}", lines[head[0]].strip()[len(outlet):]))
        lines = lines[:head[0]] + [""] + lines[head[0] + 1:]
        head = head[1:]
    for index in head:
        line = lines[index].strip()
        if _BREADCRUMB.fullmatch(line):  # 首页 > 法治要闻 > 正文: where the page sits, no title
            lines = lines[:index] + [""] + lines[index + 1:]
            continue
        if article.title and (_is_item_header(line) or SECTION.match(line)):
            body_start = index
            break
        if bylines.issued.match(line):
            continue  # 协会秘书处编印　2025年3月18日: the issuing unit's line stays in the text, for kg.mentions.credit
        if dated := bylines.date_line(line):
            article.date = article.date or dated[0]
            article.take(dated[1], bylines)
        elif (read := dict(fields.read(line) or ())) and ("date" in read or "source" in read) \
                and (parse_date(read.get("date", "")) or "source" in read):
            article.date = article.date or parse_date(read.get("date", ""))
            article.source = article.source or read.get("source", "")
        elif (credits := bylines.credits(line)) is not None:
            article.take(credits, bylines)
        elif dated := bylines.dated_byline(line) or bylines.byline_then_date(line):  # By Jane Roe | June 11, 2024
            article.date = article.date or dated[0]
            article.take(dated[1], bylines)
        elif not article.title and not (index == head[0] and _SENTENCE_END.search(line) and bylines.dateline(line)):
            article.title = re.sub(r"^#+\s*", "", line)  # (新华财经香港4月15日电(记者X)香港…。 opening the text: no headline)
            continue
        elif (len(line) <= 40 or _byline_follows(lines, head, index, bylines)) \
                and not _SENTENCE_END.search(line) and not bylines.dateline(line):
            continue  # a subtitle (a long one where the byline follows it): it stays in the text
        elif not found and not bylines.dateline(line) and _standfirst(lines, head, index, bylines):
            continue  # an English standfirst between the headline and the byline: it stays in the text
        else:
            found = found or bylines.dateline(line) is not None
            body_start = index
            break
        found = True
        lines = lines[:index] + [""] + lines[index + 1:]
    if not found:
        return None
    title_line = next((i for i in head if re.sub(r"^#+\s*", "", lines[i].strip()) == article.title), -1)
    body = [line for i, line in enumerate(lines) if line.strip() and i != title_line]
    return _article_sections(document, article, _article_body(body, article, lexicons), lexicons)


def _byline_follows(lines: list[str], head: list[int], index: int, bylines: Bylines) -> bool:
    """Whether the next line of the head after ``index`` is a credit line: a long subtitle
    under the headline (《X条例》：高风险应用事前评估，低风险产品可“先行先试”) sits over the
    byline (鹏城晚报记者　黎嘉禾　文／图), a story's first paragraph under it."""
    following = next((lines[i].strip() for i in head if i > index and lines[i].strip()), "")
    return bool(following) and bool(bylines.credits(following) or bylines.date_line(following))


_STANDFIRST_LINES = 2  # the lines between a headline and its byline: a standfirst, or the headline under a kicker


def _standfirst(lines: list[str], head: list[int], index: int, bylines: Bylines) -> bool:
    """Whether the line at ``index`` is an English story's headline under a kicker or its
    standfirst (a sentence or two under the headline), with its byline or date line at most
    two lines after it (By Jane Roe, Harbor Daily; Published May 5, 2025): Latin script only,
    so that a Chinese lead stays as it is."""
    if re.search(f"[{CJK}]", lines[index]):
        return False
    following = [lines[i].strip() for i in head if i > index]
    for position, line in enumerate(following):
        if bylines.label.match(line) or bylines.date_line(line):  # By Jane Roe, KXYZ 4 Digital
            return True
        if position + 1 >= _STANDFIRST_LINES and _SENTENCE_END.search(line):
            return False  # a story's text: no byline heads it
    return False


def _own_dispatch(line: str, source: str, label: str) -> tuple[int, None, list[Credit]] | None:
    """The dateline of the outlet's own dispatch its source line names, whatever its name ends
    with: 钱江财讯讯北京大模型企业… under 来源：钱江财讯 (讯 after a name ending with 讯, the space
    between them lost), 某某财经消息：…; its name is kept as a dateline's."""
    if not source or not line.startswith(source):
        return None
    dispatch = re.match(r"(?:讯|訊|消息)\s*[:：]?\s*", line[len(source):])
    if dispatch is None or len(line) - len(source) - dispatch.end() < _DISPATCH_TEXT:
        return None
    return len(source) + dispatch.end(), None, [Credit(label, [source])]


_CAPTION_LEAD = 2  # what may stand before a photo caption's label (本文图片：…)
_DISPATCH_LINE = 3  # the text lines an outlet's own dispatch may follow (a subtitle, a lead)
_DISPATCH_TEXT = 10  # the text a dispatch's mark opens: a paragraph, no name run into the outlet's


def _article_body(lines: list[str], article: _Article, lexicons: _Lexicons) -> list[str]:
    """The article's text lines: the dateline cut from its first paragraph, credit lines
    (anywhere: 责任编辑 at the end, photo credits under pictures) taken out, what photo captions
    say the pictures show put last."""
    bylines = lexicons.bylines
    body, captions = [], []  # captions after the text: no dateline, lead or reference follows them
    for line in lines:
        line = line.strip()
        if bylines.issued.match(line):  # 协会秘书处编印　2025年3月18日: no dispatch's date, a line for kg.mentions.credit
            body.append(line)
            continue
        # the dispatch may follow a subtitle the head left in the text
        # (《X通讯社28日专讯》 in title marks: after a subtitle too)
        if ((not body or len(body) < _DISPATCH_LINE and line.startswith("《")) and (dateline := bylines.dateline(line))) or (
                len(body) < _DISPATCH_LINE and (dateline := _own_dispatch(line, article.source, bylines.dateline_labels[0]))):
            end, article.month_day, credits = dateline
            article.take(credits, bylines)
            line = line[end:].strip()
        if (credits := bylines.caption(line)) is not None:  # before credits: a caption's credit is no text
            article.take(credits, bylines)
            if shown := bylines.shown(line):  # what the picture shows names places and bodies as the story does
                captions.append(shown)
            continue
        credits = bylines.credits(line)
        if credits is None:  # 编辑：X　　校对：Y　　签发：Z: a line of staff roles is a credit line too
            credits = lexicons.staff.credits(line)
        if credits is not None and not any(kind == "source" for kind, _ in lexicons.fields.read(line) or ()):
            article.take(credits, bylines)
            continue
        line, credits = bylines.trailing_credits(line)
        article.take(credits, bylines)
        if line:
            body.append(line)
    return body + captions


_SIGNATURE_LINES = 2  # the lines of a signature under a letter's closing (Sincerely,): the name, then the role
_CLOSING = 25  # the longest closing of a letter (With best regards,): a longer line ending in a comma is text


def _signature(lines: list[str], index: int) -> bool:
    """Whether a line is a letter's signature under its closing (Sincerely, / Jane Roe / Director of Student
    Services), no sub-head: its name stays over its role for kg.mentions.people (blank lines not counted).
    Reads back from the line to the closing's place only, not the whole document before it."""
    seen = 0
    for previous in reversed(range(index)):
        line = lines[previous].strip()
        if not line:
            continue
        if len(line) <= _CLOSING and line.endswith(","):
            return True
        seen += 1
        if seen == _SIGNATURE_LINES:
            return False
    return False


def _article_sections(document: Document, article: _Article, body: list[str], lexicons: _Lexicons) -> list[Item]:
    """One item for the article, or one per subheading (## 标题, 一、标题, or short lines
    without final punctuation between paragraphs, when there are two or more)."""
    fields = lexicons.fields
    fielded = card_field_lines(body)
    def subheading(index: int, line: str) -> bool:
        if index in fielded or lexicons.bylines.issued.match(line):
            return False  # 被告｜X is a card's field under its case, 协会秘书处编印 a credit line: no sub-head of its own
        if _signature(body, index):
            return False
        return bool(HEADING.match(line) or SECTION.match(line)) or (
            len(line) <= 30 and not re.search(r"[。！？.!?；;，,:：”\"）)]$", line) and not line[0].isdigit()
            and index + 1 < len(body))
    headings = [i for i, line in enumerate(body) if subheading(i, line)]
    if len(headings) < 2 and not any(HEADING.match(body[i]) or SECTION.match(body[i]) for i in headings):
        headings = []
    groups = [(article.title or document.name, "", body[:headings[0]] if headings else body)]
    for start, end in zip(headings, headings[1:] + [len(body)]):
        title = HEADING.sub(r"\g<title>", body[start])
        if match := SECTION.match(body[start]):
            title = match.group("title") or match.group("heading")
        groups.append((title.strip(), article.title, body[start + 1:end]))
    year = _issue_date(document.text)[0]
    date = article.date or _head_date([article.title, *body])  # a date line read as the headline: the article's date
    if date is None and article.month_day:  # a dateline names the month and day only: the year the text shows it was written
        date = dateline_date(article.month_day, "\n".join(body))
    items = []
    for title, section, lines in groups:
        # a sub-head with no text before the next one (a headline's second line, a court's line over
        # 民事判决书) is an item of its title alone, as a numbered layout's is: its names are read, its
        # line a headline still (kg.cases.filed.is_headline: no suit's evidence)
        item = _item(document, len(items) + 1, title, section, lines, fields)
        item.continues = bool(items)  # the story goes on under its sub-head: what it named before stays in reach
        item.date = item.date or date or lead_date(item.title + "\n" + item.body, year)
        item.source = item.source or article.source
        items.append(item)
    if items:
        items[0].credits = [credit.line for credit in article.credits]
    return items


def _head_date(body: list[str]) -> str | None:
    """The article's date where its head has no date line of its own: the first full date
    (year, month, day) of a line of its head left in the text that tells no sentence (Issue
    212 · Thursday, April 10, 2025 · Written by X; Media release | Consumer protection | 27
    October 2025; Released November 6, 2025 · 47 min; a date under the byline read as a
    sub-head, or as the headline where no other line came first): every section of the
    article was written that day, not on the first date its text tells (Nate stopped
    operating in January 2023)."""
    for line in body[:HEAD_LINES]:
        if _TOLD.search(line):
            continue
        full = [iso for _, _, iso in find_dates(line) if len(iso) == 10]
        if full:
            return full[0]
    return None


@dataclass(frozen=True)
class _Lexicons:
    boilerplate: Boilerplate
    bylines: Bylines
    fields: Fields
    issue_head: re.Pattern
    staff: Bylines  # the credit lines a closing or a masthead keeps (staff_bylines)


@lru_cache(maxsize=4)
def _lexicons(data_dir: str = str(DATA_DIR)) -> _Lexicons:
    """The segmenter's lexicons, read once from the data folder's lexicon/."""
    lexicon = KnowledgeBase(Path(data_dir))  # lexicons only: no entities are loaded
    head = "|".join(f"(?:{pattern})" for _, pattern in lexicon.issue_heads)
    surnames = lexicon.context.get("surname", ())
    return _Lexicons(Boilerplate(lexicon.boilerplate), Bylines(lexicon.bylines, surnames),
                     Fields(lexicon.fields),
                     re.compile(head or "(?!)"), staff_bylines(lexicon.bylines, surnames))


# -- issues of a newsletter -----------------------------------------------------------
_HEAD_LINES = 6  # the lines one issue's head (name, number, date, publisher) may take
_ISSUE_CHARS = 300  # the least text an issue holds
_LABELLED = later(r"[:：]")
_LINE_END = later(r"[。！？.!?；;]\s*$")
_ITEM_START = later(r"\s*(?:\d{1,2}\s*[.、．]|##|■|●)")


def issues(document: Document, data_dir: str | Path = DATA_DIR) -> list[Document]:
    """The issues of a newsletter file, each as a Document of its own: a file holding two
    issues (their heads: 人工智能法律月报 / 2025年第3期, data/lexicon/issues.tsv) would
    otherwise be read as one, the second issue's items lost behind the first's table of
    contents or closing lines.  A file with one head, or none, is given back whole."""
    lines = document.text.split("\n")
    head = _lexicons(str(data_dir)).issue_head
    heads = [index for index, line in enumerate(lines)  # a field line (资料来源：…研究报告) is none
             if len(line.strip()) <= 40 and head.search(line) and not _LABELLED.search(line)]
    starts: list[int] = []
    last = -_HEAD_LINES - 1
    for index in heads:
        if index - last > _HEAD_LINES:  # else the same head, on its next lines
            start = index
            while start > 0 and index - start < _HEAD_LINES and len(lines[start - 1].strip()) <= 40 \
                    and not _ITEM_START.match(lines[start - 1]) and not _LINE_END.search(lines[start - 1]):
                start -= 1  # the head's lines above it: the publisher, the date
            starts.append(start)
        last = index
    # a head opens an issue when news stands between it and the one before (not a name
    # repeated in the table of contents, a running header of the page)
    before = list(accumulate((len(line.strip()) for line in lines), initial=0))  # text before each line
    cuts = [0]
    for start in starts:
        if start > cuts[-1] and min(before[start] - before[cuts[-1]], before[-1] - before[start]) >= _ISSUE_CHARS:
            cuts.append(start)
    if len(cuts) < 2:
        return [document]
    return [replace(document, text="\n".join(lines[start:end]))
            for start, end in zip(cuts, cuts[1:] + [len(lines)])]
