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
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import find_dates, first_date, parse_date
from .kb import DATA_DIR, KnowledgeBase
from .model import Document, Item

_CN_NUMERAL = "一二三四五六七八九十"
SECTION = re.compile(rf"^(?:#{{1,2}}\s*)?(?:[{_CN_NUMERAL}]+\s*[、.．]|[IVX]+\.\s+)\s*(?P<title>\S.{{0,40}})$"
                     rf"|^#\s+(?P<heading>\S.{{0,40}})$")
NUMBERED = re.compile(r"^(?:##\s*)?(?P<number>\d{1,2})\s*[.、．]\s*(?P<title>\S.*)$")
HEADING = re.compile(r"^##\s*(?P<title>\S.*)$")
# Field labels of an item, Chinese and English.
FIELDS = {
    "date": re.compile(r"^(?:发布日期|发布时间|日期|时间|Date|Published)\s*[:：]\s*(?P<value>.*)$", re.I),
    "source": re.compile(r"^(?:来源|消息来源|Source)\s*[:：]\s*(?P<value>.*)$", re.I),
    "links": re.compile(r"^(?:链接|原文链接|Links?)\s*[:：]\s*(?P<value>.*)$", re.I),
    "summary": re.compile(r"^(?:摘要|内容摘要|Summary)\s*[:：]\s*(?P<value>.*)$", re.I),
    # a label alone on its line, or followed by a colon: 植德短评, 律师点评：…, Our comment:
    "commentary": re.compile(r"^(?:\S{0,6}(?:短评|点评|评论|评析)|(?:Our )?Comments?(?:ary)?)\s*(?:$|[:：]\s*(?P<value>.*)$)", re.I),
}
TOC_MARK = re.compile(r"^(?:导读|目录|目\s*录|Contents|Table of Contents|In this issue)\s*$", re.I)
BIOGRAPHY = re.compile(r"^(?:合伙人\s*/|Partner\s*/|邮箱\s*[:：]|E-?mail\s*[:：]|执业领域\s*[:：]|教育背景\s*[:：]|工作经历\s*[:：]|代表业绩\s*[:：])", re.I)
URL = re.compile(r"https?://[^\s<>()（）\"'，。]+")


@dataclass
class _Header:
    line: int
    title: str
    numbered: bool


def segment(document: Document) -> list[Item]:
    lines = _content_lines(document.text.split("\n"))
    headers = _item_headers(lines)
    if len([h for h in headers if h.numbered]) >= 2:
        headers = [h for h in headers if h.numbered]
    elif not headers:
        return _paragraph_items(document, lines)
    items: list[Item] = []
    section = ""
    bounds = [h.line for h in headers] + [len(lines)]
    sections = {i: (m.group("title") or m.group("heading")).strip()
                for i, line in enumerate(lines) if (m := SECTION.match(line))}
    for header, end in zip(headers, bounds[1:]):
        section = next((sections[i] for i in range(header.line, -1, -1) if i in sections), section)
        body_lines = [line for i, line in enumerate(lines[header.line + 1:end], header.line + 1)
                      if i not in sections]
        items.append(_item(document, len(items) + 1, header.title, section, body_lines))
    year, month = _issue_date(document.text)
    for item in items:
        if item.date is None:
            item.date = first_date(item.title + "\n" + item.body, year, month)
    return [item for item in items if item.body or item.title]


def _content_lines(lines: list[str]) -> list[str]:
    """The lines that carry news: cut at the closing boilerplate, drop every other
    boilerplate or biography line by itself, blank out the table of contents."""
    boilerplate = _lexicons().boilerplate
    closing = boilerplate.closing(lines)
    if closing is not None:
        lines = lines[:closing]
    lines = ["" if boilerplate.kind(line) or BIOGRAPHY.match(line) else boilerplate.without_end(line) for line in lines]
    numbered_titles = [(i, _fold(m.group("title"))) for i, line in enumerate(lines) if (m := NUMBERED.match(line))]
    seen: dict[str, int] = {}
    toc_lines: set[int] = set()
    for index, title in numbered_titles:
        if title in seen:
            toc_lines.add(seen[title])
        seen.setdefault(title, index)
    if toc_lines:
        # The contents block runs from its mark (or its first entry) to its last entry.
        first, last = min(toc_lines), max(toc_lines)
        mark = next((i for i in range(first, -1, -1) if TOC_MARK.match(lines[i])), first)
        lines = lines[:mark] + [""] * (last + 1 - mark) + lines[last + 1:]
    return lines


def _is_item_header(line: str) -> bool:
    """A line that starts an item: 1. 标题 (not a list entry ending a sentence), ## 标题."""
    if m := NUMBERED.match(line):
        return len(m.group("title")) <= 120 and not re.search(r"[。；;]$", m.group("title"))
    return bool(HEADING.match(line))


class Boilerplate:
    """The lines of a document that are not its news (data/lexicon/boilerplate.tsv):
    disclaimers, reprint notes (声明：本文源自…), copyright lines, editor's notes, (完).

    >>> Boilerplate([("reprint", "prefix", ("本文源自",))]).kind("本文源自新华网")
    'reprint'
    """

    OPENING = r"[\s【\[（(〔<《]*"
    SHORT = 160  # a line a "within" cue may drop: a note, not a paragraph

    def __init__(self, rows: list[tuple[str, str, tuple[str, ...]]]) -> None:
        self.patterns: list[tuple[str, re.Pattern]] = []
        for kind, match, cues in rows:
            either = "|".join(_cue_pattern(cue) for cue in sorted(cues, key=len, reverse=True))
            if match == "label":  # alone, before a colon, or closed by a bracket: 声明：…, 【编者按】…, （完）
                pattern = rf"^{self.OPENING}(?:{either})(?:\s*$|\s*[:：]|\s*[】\]）)〕>》])"
            elif match == "prefix":
                pattern = rf"^{self.OPENING}(?:{either})"
            else:
                pattern = rf"^(?=.{{0,{self.SHORT}}}$).*?(?:{either})"
            self.patterns.append((kind, re.compile(pattern, re.I)))
        ends = "|".join(_cue_pattern(cue) for kind, _, cues in rows if kind == "end" for cue in cues)
        self.end = re.compile(rf"\s*[（(【\[]\s*(?:{ends or '(?!)'})\s*[）)】\]]\s*$")

    def kind(self, line: str) -> str | None:
        """The kind of boilerplate the line is (closing, reprint, copyright, note, end), if any."""
        if not line:
            return None
        return next((kind for kind, pattern in self.patterns if pattern.search(line)), None)

    def without_end(self, line: str) -> str:
        """The line without an end mark after its last sentence: …起施行。（完）"""
        return self.end.sub("", line) if line.endswith(("）", ")", "】", "]")) else line

    def closing(self, lines: list[str]) -> int | None:
        """Where the closing boilerplate begins: the first disclaimer or biography line
        that no item follows and that either follows the last item or has less text
        after it than before it.  A reprint note at the top (声明：本文源自…) is none."""
        sizes = [len(line.strip()) for line in lines]
        headers = [i for i, line in enumerate(lines) if _is_item_header(line)]
        total, before = sum(sizes), 0
        for index, line in enumerate(lines):
            if line and (self.kind(line) == "closing" or BIOGRAPHY.match(line)):
                items_before, items_after = any(h < index for h in headers), any(h > index for h in headers)
                if not items_after and (items_before or total - before < before):
                    return index
            before += sizes[index]
        return None


def _cue_pattern(cue: str) -> str:
    """A cue as a pattern: spaces stretch, {year} is a year."""
    return r"(?:19|20)\d\d".join(re.sub(r"(?:\\ )+", r"\\s*", re.escape(part)) for part in cue.split("{year}"))


def _fold(title: str) -> str:
    return re.sub(r"[\s,，:：]", "", title)


def _item_headers(lines: list[str]) -> list[_Header]:
    """Numbered titles (1. 标题), in sequence within a section; '1. 提供者应当…；' inside a
    summary is a list, not an item (it ends a sentence, or breaks the numbering)."""
    headers = []
    expected = None
    for index, line in enumerate(lines):
        if SECTION.match(line):
            expected = None
        if (m := NUMBERED.match(line)) and len(m.group("title")) <= 120 and not FIELDS["date"].match(m.group("title")):
            number = int(m.group("number"))
            if re.search(r"[。；;]$", m.group("title")) or (expected is not None and number != expected):
                continue
            expected = number + 1
            headers.append(_Header(index, m.group("title").strip(), True))
        elif (m := HEADING.match(line)) and not SECTION.match(line):
            headers.append(_Header(index, m.group("title").strip(), False))
    return headers


def _item(document: Document, index: int, title: str, section: str, lines: list[str]) -> Item:
    item = Item(document=document.name, index=index, title=title, body="", section=section)
    body: list[str] = []
    commentary: list[str] = []
    target = body
    field = None
    for line in lines:
        line = re.sub(r"^[●•]\s*(?=\S{2,6}\s*[:：])", "", line)  # - **来源**：… in Markdown
        matched = next(((name, m) for name, m in ((n, p.match(line)) for n, p in FIELDS.items()) if m), None)
        if matched:
            field, m = matched
            value = (m.group("value") or "").strip()
            if field == "date":
                item.date = parse_date(value)
            elif field == "source":
                item.source = value
            elif field == "links":
                item.links.extend(URL.findall(value))
            elif field == "summary":
                target = body
                if value:
                    body.append(value)
            elif field == "commentary":
                target = commentary
                if value:
                    commentary.append(value)
            continue
        urls = URL.findall(line)
        if urls and (field == "links" or len(line) - sum(map(len, urls)) < 8):
            item.links.extend(urls)
            continue
        if line:
            target.append(line)
    item.body = "\n".join(body)
    item.commentary = "\n".join(commentary)
    return item


def _paragraph_items(document: Document, lines: list[str]) -> list[Item]:
    """A report without headings: one item per group of paragraphs, split at short
    heading-like lines (no final punctuation, under 30 characters)."""
    items: list[Item] = []
    title, body = document.name, []
    year, month = _issue_date(document.text)

    def flush() -> None:
        if body:
            text = "\n".join(body)
            items.append(Item(document.name, len(items) + 1, title, text, date=first_date(text, year, month)))

    for line in lines:
        if not line:
            continue
        if len(line) <= 30 and not re.search(r"[。！？.!?；;，,:：]$", line) and not line[0].isdigit():
            flush()
            title, body = line, []
        else:
            body.append(line)
    flush()
    return items


def _issue_date(text: str) -> tuple[int | None, int | None]:
    """The year and month of the issue, from the head of the document (2025年1月刊)."""
    match = re.search(r"(20\d\d)\s*年\s*(?:(1[0-2]|0?[1-9])\s*月)?", text[:2000])
    if match:
        return int(match.group(1)), int(match.group(2)) if match.group(2) else None
    match = re.search(r"\b(20\d\d)\b", text[:2000])
    return (int(match.group(1)) if match else None), None


@dataclass(frozen=True)
class _Lexicons:
    boilerplate: Boilerplate


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    """The segmenter's lexicons, read once from data/lexicon."""
    lexicon = KnowledgeBase(DATA_DIR)  # lexicons only: no entities are loaded
    return _Lexicons(Boilerplate(lexicon.boilerplate))
