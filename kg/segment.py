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
from .kb import DATA_DIR, KnowledgeBase, alternatives
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
    elif (article := _article_items(document, lines)) is not None:
        return article
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
    kinds = [boilerplate.kind(line) for line in lines]
    closing = boilerplate.closing(lines, kinds)
    if closing is not None:
        lines, kinds = lines[:closing], kinds[:closing]
    lines = [boilerplate.without_boilerplate(line, kind) if not BIOGRAPHY.match(line) else ""
             for line, kind in zip(lines, kinds)]
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

    OPENING = r"[\s#【\[（(〔<《]*"
    SHORT = 160  # a line a "within" cue may drop: a note, not a paragraph

    def __init__(self, rows: list[tuple[str, str, tuple[str, ...]]]) -> None:
        starts, self.kinds = [], {}
        self.within: list[tuple[str, str]] = []  # (cue in lower case, kind): plain substrings
        for number, (kind, match, cues) in enumerate(rows):
            either = "|".join(_cue_pattern(cue) for cue in sorted(cues, key=len, reverse=True))
            if match == "label":  # alone, before a colon, or closed by a bracket: 声明：…, 【编者按】…, （完）
                starts.append(rf"(?P<k{number}>(?:{either})(?:\s*$|\s*[:：]|\s*[】\]）)〕>》]))")
            elif match == "prefix":
                starts.append(rf"(?P<k{number}>{either})")
            else:
                self.within += [(cue.lower(), kind) for cue in cues]
            self.kinds[f"k{number}"] = kind
        # one pass per line for the cues that start it
        self.starts = re.compile(rf"^{self.OPENING}(?:" + ("|".join(starts) or "(?!)") + ")", re.I)
        notes = "|".join(_cue_pattern(cue) for kind, _, cues in rows if kind == "note" for cue in cues)
        self.note_label = re.compile(rf"^{self.OPENING}(?:{notes or '(?!)'})\s*[】\]）)〕>》]?\s*[:：]?\s*", re.I)
        ends = "|".join(_cue_pattern(cue) for kind, _, cues in rows if kind == "end" for cue in cues)
        self.end = re.compile(rf"\s*[（(【\[]\s*(?:{ends or '(?!)'})\s*[）)】\]]\s*$")

    def kind(self, line: str) -> str | None:
        """The kind of boilerplate the line is (closing, reprint, copyright, note, end), if any."""
        if not line:
            return None
        if match := self.starts.match(line):
            return self.kinds[match.lastgroup]
        if len(line) <= self.SHORT:
            lowered = line.lower()
            return next((kind for cue, kind in self.within if cue in lowered), None)
        return None

    def without_boilerplate(self, line: str, kind: str | None) -> str:
        """The line, or what is left of it once boilerplate of ``kind`` is dropped: nothing
        of a disclaimer, reprint or copyright line; an editor's note without its label
        (【编者按】本文…: 本文…); a sentence without the end mark after it (…起施行。（完）)."""
        if kind == "note":
            return self.note_label.sub("", line, count=1)
        if kind is not None:
            return ""
        return self.end.sub("", line) if line.endswith(("）", ")", "】", "]")) else line

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
        if len(line) <= 30 and not re.search(r"[。！？.!?；;，,:：]$", line) and not line[0].isdigit() \
                and not _lexicons().bylines.source_note.match(line):  # 资料来源：中航证券 2024-01-24 研究报告
            flush()
            title, body = line, []
        else:
            body.append(line)
    flush()
    return items


def _article_year(text: str) -> int | None:
    """The year an article most often names (the latest of equals): the year of a
    dateline that gives only the month and day."""
    years = [int(match) for match in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]
    return max(set(years), key=lambda year: (years.count(year), year)) if years else None


def _issue_date(text: str) -> tuple[int | None, int | None]:
    """The year and month of the issue, from the head of the document (2025年1月刊)."""
    match = re.search(r"(20\d\d)\s*年\s*(?:(1[0-2]|0?[1-9])\s*月)?", text[:2000])
    if match:
        return int(match.group(1)), int(match.group(2)) if match.group(2) else None
    match = re.search(r"\b(20\d\d)\b", text[:2000])
    return (int(match.group(1)) if match else None), None


# -- news articles ------------------------------------------------------------------
CJK = "\u3400-\u4dbf\u4e00-\u9fff"
HEAD_LINES = 8  # non-empty lines at the top of an article that may hold its title, date and byline
_TIME = re.compile(r"^\s*[|｜丨/·•,，]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?"
                   r"|(?:UTC|GMT|ET|EST|EDT|PT|PST|PDT|CET|CEST|BST|HKT|JST|北京时间)(?:\s*[+-]\d{1,2})?"
                   r"|星期[一二三四五六日天]|周[一二三四五六日天]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
_NAME_SEPARATOR = re.compile(r"\s*(?:[、，,;；/／|｜丨&]|\s+and\s+)\s*")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")  # Reporting by Jane Doe in New York
_CJK_NAMES = re.compile(rf"[{CJK}·•]{{2,10}}(?:\s+[{CJK}·•]{{2,10}})*")
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|van|von|der|den|da|la|le|bin|al|del)"
_LATIN_NAME = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}")
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.\s+\S")
_EN_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’]+(?:[ /-]+[A-Z][A-Z.'’]+)*)(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*"
                          r"(?:\((?P<outlet>[^()]{2,40})\)\s*)?[-–—]+\s+")
_ZH_DATELINE = re.compile(rf"^[【\[]?(?P<lead>[{CJK}A-Za-z]{{2,14}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)?(?:电|讯)"
                          rf"(?:\s*[（(](?P<credit>[^（）()]{{1,40}})[）)])?[】\]]?\s*")


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

    def __init__(self, kinds: dict[str, tuple[str, ...]]) -> None:
        self.kind_of = {label: kind for kind in ("source", "person", "photo") for label in kinds.get(kind, ())}
        long_labels = [label for label in self.kind_of if not label.isascii() and len(label) > 1]
        short_labels = [label for label in self.kind_of if not label.isascii() and len(label) == 1]
        latin_labels = [label for label in self.kind_of if label.isascii()]
        # a label starts the line or follows a separator (a Chinese one may also follow a name
        # run into it: 记者赵文编辑钱晓雨); one of one character (文, 图) needs a separator
        # after it, a Latin one (By, Photo) a capital
        self.label = re.compile(
            rf"(?:(?:^|(?<=[\s;；,，|｜丨{CJK}]))(?P<long>{_either(long_labels)})\s*[:：|｜丨/]?\s*"
            rf"|(?:^|(?<=[\s;；,，|｜丨]))(?P<short>{_either(short_labels)})\s*[:：|｜丨/／]\s*"
            rf"|(?:^|(?<=[\s;；,，|｜丨]))(?P<latin>{_either(latin_labels)})(?:\s*[:：]\s*|\s+)(?=[A-Z]))")
        outlet_ends = _either(kinds.get("outlet_end", ()))
        self.outlet_label = re.compile(rf"^(?P<outlet>[{CJK}]{{1,8}}?(?:{outlet_ends}))(?={_either(long_labels)})")
        self.outlet = re.compile(rf"^[{CJK}A-Za-z]{{1,10}}?(?:{outlet_ends})")
        self.self_names = kinds.get("self", ())
        self.no_names = frozenset(kinds.get("no_name", ()))
        self.date_label = re.compile(rf"^(?:(?:{_either(kinds.get('date_label', ()))})\s*[:：]?\s*)?{_WEEKDAY}")
        self.furniture = re.compile(_either(kinds.get("furniture", ())))
        self.dateline_labels = kinds.get("dateline", ("电头", "Dateline"))
        self.place_label = kinds.get("dateline_place", ("Place",))[-1]
        self.source_note = re.compile(rf"^[\[【(（]?\d*[\]】)）]?\s*(?:{_either(kinds.get('source_note', ()))})\s*[:：]")

    def is_source(self, credit: Credit) -> bool:
        return self.kind_of.get(credit.label) == "source"

    def credits(self, line: str) -> list[Credit] | None:
        """The credits a line consists of; None when it holds anything else."""
        text = _unbracketed(line.strip())
        if not text or len(text) > 80:
            return None
        photo = re.match(r"^(?P<body>.+?)\s*[/／]?\s*摄(?:影)?$", text)  # 新华社记者 李强 摄
        if photo:
            body = photo.group("body")
            names = None if self.label.search(body) or self.outlet_label.match(body) else self.names(body)
            return [Credit("摄影", names)] if names else self.credits(body)
        outlet = ""
        if match := self.outlet_label.match(text):  # 新华社记者 王晓明
            outlet, text = match.group("outlet"), text[match.end():]
        hits = list(self.label.finditer(text))
        if not hits or hits[0].start() != 0:
            return None
        credits = []
        for hit, following in zip(hits, hits[1:] + [None]):
            label = hit.group("long") or hit.group("short") or hit.group("latin")
            value = text[hit.end():following.start() if following else len(text)].strip(" \t:：|｜丨/;；,，")
            if self.kind_of[label] == "source":
                if not value or len(value) > 40 or _SENTENCE_END.search(value):
                    return None
                credits.append(Credit(label, [value]))
                continue
            names = self.names(value)
            if names is None:
                return None
            credits.append(Credit(label, names, "" if credits else outlet))
        return credits

    def names(self, value: str) -> list[str] | None:
        """The names a credit gives (王晓明 刘静; Jane Doe and John Roe in New York); None when
        the value is no list of names."""
        names: list[str] = []
        for part in _NAME_SEPARATOR.split(value.strip()):
            part = _IN_PLACE.sub("", part).strip()
            if not part:
                continue
            if _CJK_NAMES.fullmatch(part):
                names += part.split()
            elif _LATIN_NAME.fullmatch(part):
                names.append(part)
            else:
                return None
        names = [name for name in names if name not in self.no_names]
        return names if names or value.strip() else None

    def date_line(self, line: str) -> tuple[str, list[Credit]] | None:
        """(date, credits) of a line that is a date, with the time, source and byline after
        it: 2025-03-14 18:30 来源：新华网; Published Dec. 27, 2023 3:21 PM UTC."""
        text = self.date_label.sub("", line.strip(), count=1)
        found = find_dates(text[:40])
        if not found or found[0][0] != 0 or len(found[0][2]) != 10:
            return None
        rest = text[found[0][1]:]
        while (time := _TIME.match(rest)) and time.end():
            rest = rest[time.end():]
        if furniture := self.furniture.search(rest):
            rest = rest[:furniture.start()]
        rest = rest.strip(" |｜丨/·•-–—,，【】[]")
        if not rest:
            return found[0][2], []
        credits = self.credits(rest)
        if credits is None and self.outlet.fullmatch(rest):  # 2024年3月5日 10:21 新华网
            credits = [Credit("来源", [rest])]
        return (found[0][2], credits) if credits is not None else None

    def dateline(self, paragraph: str) -> tuple[int, str | None, list[Credit]] | None:
        """Where the text after a paragraph's dateline starts, the dateline's month and day
        (Dec 27, 3月14日) and its credits: the outlet (新华社, Reuters) and reporters."""
        if match := _EN_DATELINE.match(paragraph):
            outlet = (match.group("outlet") or "").strip()
            if not match.group("outlet") and not match.group("date") and len(match.group("place")) < 4:
                return None
            credits = [Credit(self.dateline_labels[-1], [outlet])] if outlet and self.names(outlet) else []
            # ROME (Reuters) -: the place is named, though the dateline leaves the body (Place：ROME)
            credits.append(Credit(self.place_label, [match.group("place").strip()]))
            return match.end(), match.group("date"), credits
        match = _ZH_DATELINE.match(paragraph)
        if match is None or not (match.group("date") or match.group("lead").endswith(self.self_names)
                                 or self.outlet.match(match.group("lead"))):
            return None
        lead = match.group("lead")
        outlet = "" if lead.startswith(self.self_names) else (m.group() if (m := self.outlet.match(lead)) else "")
        credits = [Credit(self.dateline_labels[0], [outlet])] if outlet else []
        if match.group("credit"):
            inside = self.credits(match.group("credit"))
            if inside is None:
                return None
            credits += [Credit(c.label, c.names, c.outlet or (outlet if not c.outlet and i == 0 else ""))
                        for i, c in enumerate(inside)]
        return match.end(), match.group("date"), credits

    def trailing_credits(self, line: str) -> tuple[str, list[Credit]]:
        """A body line without the credit closing it: 图为会场。（新华社记者 李强 摄）"""
        match = re.search(r"\s*[（(](?P<credit>[^（）()]{2,40})[）)]\s*$", line) or \
            re.search(rf"(?<=[。！？.!?])\s*(?P<credit>[^。！？.!?]{{2,30}}摄)\s*$", line)
        if match and match.start() > 0 and (credits := self.credits(match.group("credit"))):
            return line[:match.start()], credits
        return line, []


def _either(words) -> str:
    return alternatives(words) or "(?!)"


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
                self.source = self.source or credit.names[0]
            elif credit.names and credit.line not in (c.line for c in self.credits):
                self.credits.append(credit)


def _article_items(document: Document, lines: list[str]) -> list[Item] | None:
    """A news article's items, or None when the document does not start like one (no
    date line, byline or source line, no dateline among its first lines)."""
    bylines = _lexicons().bylines
    article, found, body_start = _Article(), False, len(lines)
    head = [i for i, line in enumerate(lines) if line.strip()][:HEAD_LINES]
    for index in head:
        line = lines[index].strip()
        if article.title and (_is_item_header(line) or SECTION.match(line)):
            body_start = index
            break
        if dated := bylines.date_line(line):
            article.date = article.date or dated[0]
            article.take(dated[1], bylines)
        elif (field_match := FIELDS["date"].match(line)) and parse_date(field_match.group("value")):
            article.date = article.date or parse_date(field_match.group("value"))
        elif field_match := FIELDS["source"].match(line):
            article.source = article.source or field_match.group("value").strip()
        elif (credits := bylines.credits(line)) is not None:
            article.take(credits, bylines)
        elif not article.title:
            article.title = re.sub(r"^#+\s*", "", line)
            continue
        elif len(line) <= 40 and not _SENTENCE_END.search(line) and not bylines.dateline(line):
            continue  # a subtitle: it stays in the text
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
    return _article_sections(document, article, _article_body(body, article, bylines))


def _article_body(lines: list[str], article: _Article, bylines: Bylines) -> list[str]:
    """The article's text lines: the dateline cut from its first paragraph, credit lines
    (anywhere: 责任编辑 at the end, photo credits under pictures) taken out."""
    body = []
    for line in lines:
        line = line.strip()
        if not body and (dateline := bylines.dateline(line)):
            end, article.month_day, credits = dateline
            article.take(credits, bylines)
            line = line[end:].strip()
        credits = bylines.credits(line)
        if credits is not None and not FIELDS["source"].match(line):
            article.take(credits, bylines)
            continue
        line, credits = bylines.trailing_credits(line)
        article.take(credits, bylines)
        if line:
            body.append(line)
    return body


def _article_sections(document: Document, article: _Article, body: list[str]) -> list[Item]:
    """One item for the article, or one per subheading (## 标题, 一、标题, or short lines
    without final punctuation between paragraphs, when there are two or more)."""
    def subheading(index: int, line: str) -> bool:
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
    year = _article_year("\n".join(body)) or _issue_date(document.text)[0]
    date = article.date
    if date is None and article.month_day and year:  # a dateline names the month and day only
        date = first_date(f"{year}年{article.month_day}") or first_date(f"{article.month_day} {year}")
    items = []
    for title, section, lines in groups:
        if not lines and items:
            continue
        item = _item(document, len(items) + 1, title, section, lines)
        item.date = item.date or date or first_date(item.title + "\n" + item.body, year)
        item.source = item.source or article.source
        items.append(item)
    if items:
        items[0].credits = [credit.line for credit in article.credits]
    return items


@dataclass(frozen=True)
class _Lexicons:
    boilerplate: Boilerplate
    bylines: Bylines


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    """The segmenter's lexicons, read once from data/lexicon."""
    lexicon = KnowledgeBase(DATA_DIR)  # lexicons only: no entities are loaded
    return _Lexicons(Boilerplate(lexicon.boilerplate), Bylines(lexicon.bylines))
