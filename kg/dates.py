"""Dates written in Chinese or English news, normalised to ISO (YYYY-MM-DD, YYYY-MM or YYYY)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .alternation import alternatives
from .kb import cue_words, tsv_rows
from .lookahead import starts_with

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9

YEAR = r"(?:19|20)\d\d"  # the digits of a year this century or the last
CHINESE = re.compile(rf"(?:(?P<year>{YEAR})\s*年\s*)?(?P<month>1[0-2]|0?[1-9])\s*月(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号])?")
NUMERIC = re.compile(rf"(?<!\d)(?P<year>{YEAR})\s*[-/.]\s*(?P<month>1[0-2]|0?[1-9])(?:\s*[-/.]\s*(?P<day>3[01]|[12]\d|0?[1-9]))?(?!\d)")
# 28/11/2024, 01/15/2026, 10.10.2025: a day and a month before the year, in whichever order the part over 12
# tells (a day); where both could be the month (05/06/2024) and differ, no date (the outlet's order is unknown)
NUMERIC_DAY_FIRST = re.compile(rf"(?<![A-Za-z\d/.-])(?P<first>3[01]|[12]\d|0?[1-9])\s*(?P<mark>[-/.])\s*(?P<second>3[01]|[12]\d|0?[1-9])"
                               rf"\s*(?P=mark)\s*(?P<year>{YEAR})(?![\d/.-]?\d)")
_DIGIT = re.compile(r"\d")
# June 5, 2024; 5 June 2024; June 2024; June of 2024 (a month "of" its year)
ENGLISH = re.compile(rf"(?:(?P<day1>\d{{1,2}})\s+)?(?P<month>[A-Z][a-z]{{2,8}})\.?\s+(?:(?P<day2>\d{{1,2}}),?\s+|of\s+)?(?P<year>{YEAR})")
# The date spans other patterns step over or strip, each written once here (kg.facts: the date
# before a court's act, before a founding's place, before who runs a unit; a dateline):
CHINESE_YEAR = re.compile(rf"{YEAR}\s*年")  # 于2021年提出: a year alone, which CHINESE leaves (it needs a month)
# 2024年5月3日, 2024 年 5 月, 2024年: a Chinese date from its year, spaces or none (a year of any digits)
CHINESE_DATE_SPAN = r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
CHINESE_MONTH_DAY = r"\d{1,2}\s*月\s*\d{1,2}\s*日"  # 3 月 12 日 (a dateline's, IT之家 3 月 12 日消息)
# a feed's posting time told as the time since, closing its line (晨光之家 3小时前, Harbor Wire · 5 hours ago):
# when a page was posted, no date a sentence states
POSTED_AGO = re.compile(r"(?:\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前|\b\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago)\s*$")
# on May 22, on 29 February: a month and day with no year (the year is the story's, as 8月30日's);
# not a count after the month (May 5 percent), a time (March 3:30) or a number going on (June 1.5)
ENGLISH_DAY = re.compile(r"(?<![\w.,/-])(?:(?P<day1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<month1>[A-Z][a-z]{2,8})\b"
                         r"|(?P<month2>[A-Z][a-z]{2,8})\.?\s+(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
                         r"(?![.:,/-]?\d|\s*(?:%|percent|per cent|million|billion)))")


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; None for no year or a day the calendar lacks (2月30日)."""
    if year is None:
        return None
    if day is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, default_year: int | None = None, issue_month: int | None = None
               ) -> list[tuple[int, int, str]]:
    """Every date in ``text`` as (start, end, iso), in order of position.  A date
    without a year takes ``default_year``, or the year before when its month comes after
    ``issue_month`` (12月20日 in a January issue is last December).

    >>> find_dates("2024 年 6 月 5 日，澳大利亚……")
    [(0, 14, '2024-06-05')]
    """
    found: list[tuple[int, int, str]] = []
    if not _DIGIT.search(text):
        return found  # every date has a digit: most sentences are done here
    for match in CHINESE.finditer(text):
        year = int(match.group("year")) if match.group("year") else _yearless(int(match.group("month")), default_year, issue_month)
        day = match.group("day")
        if not match.group("year") and not day:
            continue  # "6月" alone is too weak to date an item
        iso = _iso(year, int(match.group("month")), int(day) if day else None)
        if iso:
            found.append((match.start(), match.end(), iso))
    for match in NUMERIC.finditer(text):
        day = match.group("day")
        iso = _iso(int(match.group("year")), int(match.group("month")), int(day) if day else None)
        if iso:
            found.append((match.start(), match.end(), iso))
    for match in NUMERIC_DAY_FIRST.finditer(text):
        iso = _day_first(int(match.group("first")), int(match.group("second")), int(match.group("year")))
        if iso:
            found.append((match.start(), match.end(), iso))
    full = []
    for match in ENGLISH.finditer(text):
        month = _MONTHS.get(match.group("month").lower())
        if month:
            day = match.group("day1") or match.group("day2")
            iso = _iso(int(match.group("year")), month, int(day) if day else None)
            if iso:
                full.append((match.start(), match.end(), iso))
    found += full
    if default_year:
        for match in ENGLISH_DAY.finditer(text):
            month = _MONTHS.get((match.group("month1") or match.group("month2")).lower())
            if not month or any(start < match.end() and match.start() < end for start, end, _ in full):
                continue  # 29 February 2024 is the full date
            year = _yearless(month, default_year, issue_month)
            iso = _iso(year, month, int(match.group("day1") or match.group("day2")))
            if iso:
                found.append((match.start(), match.end(), iso))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for start, end, iso in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, iso))
    return kept


def _day_first(first: int, second: int, year: int) -> str | None:
    """A numeric date written before its year: day and month where one part cannot be a month."""
    if first > 12 >= second or first == second:
        return _iso(year, second, first)
    if second > 12 >= first:
        return _iso(year, first, second)
    return None


def _yearless(month: int, default_year: int | None, issue_month: int | None) -> int | None:
    """The year of a month told without one: ``default_year``, or the year before where the
    month comes after ``issue_month`` (12月20日, December 20 in a January issue: last December)."""
    if default_year and issue_month and month > issue_month + 1:
        return default_year - 1
    return default_year


def first_date(text: str, default_year: int | None = None, issue_month: int | None = None) -> str | None:
    dates = find_dates(text, default_year, issue_month)
    return dates[0][2] if dates else None


def parse_date(value: str, default_year: int | None = None) -> str | None:
    """The date a field value states, e.g. ``2024 年 6 月 5 日`` -> ``2024-06-05``."""
    return first_date(value, default_year)


# -- relative dates -------------------------------------------------------------------
RELATIVE_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "relative_dates.tsv"
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class RelativeRule:
    """One line of relative_dates.tsv: 同年9月 (story, year, 0), 两周后 (story, week, count)."""
    anchor: str
    unit: str
    step: str
    pattern: re.Pattern


@functools.cache
def relative_rules(path: Path = RELATIVE_FILE) -> tuple[RelativeRule, ...]:
    """The relative-date rules of ``path`` (data/lexicon/relative_dates.tsv), in its order."""
    return tuple(RelativeRule(row["anchor"], row["unit"], row["step"], re.compile(row["pattern"])) for row in tsv_rows(path))


def _count(text: str) -> int | None:
    """2, 两, 十五, two: the number a relative date counts."""
    if text.isdigit():
        return int(text)
    if text.lower() in _NUMBERS:
        return _NUMBERS[text.lower()]
    tens, _, units = text.partition("十")
    if "十" not in text:
        return _CHINESE_DIGITS.get(text)
    return (_CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0)


def _parts(iso: str) -> tuple[int, int | None, int | None]:
    numbers = [int(part) for part in iso.split("-")]
    return numbers[0], numbers[1] if len(numbers) > 1 else None, numbers[2] if len(numbers) > 2 else None


def _shift(anchor: str, unit: str, step: int, month: int | None, day: int | None) -> str | None:
    """``anchor`` moved ``step`` units, at the anchor's precision (a day offset from a
    month is counted from its first day and kept to a month); a month or day the
    expression names replaces the anchor's."""
    year, anchor_month, anchor_day = _parts(anchor)
    if unit == "year":
        if month is not None:
            return _iso(year + step, month, day)
        return f"{year + step:04d}"
    if anchor_month is None:
        return f"{year:04d}"  # 次月 of a bare year: the year is all that is known
    if unit == "month":
        index = year * 12 + anchor_month - 1 + step
        if day is not None:
            return _iso(index // 12, index % 12 + 1, day)
        return _iso(index // 12, index % 12 + 1, None)
    start = date(year, anchor_month, anchor_day or 1) + timedelta(days=step * (7 if unit == "week" else 1))
    return _iso(start.year, start.month, start.day if anchor_day else None)


def relative_dates(text: str, story: str | None, published: str | None = None, yearless: str | None = None
                   ) -> list[tuple[int, int, str | None]]:
    """The relative dates of ``text`` as (start, end, iso), resolved against ``story``
    (the date the narrative last stated) or ``published`` (the item's date), at the
    precision the text gives; iso is None for an unknown earlier date (此前) or where
    the anchor is unknown.  ``yearless``: the date an English month named without a year
    (in July) takes its year from, where not the story's (see date_spans).

    >>> relative_dates("同年9月，法院驳回起诉", "2024-07-15")
    [(0, 4, '2024-09')]
    """
    found = []
    for rule in relative_rules():
        for match in rule.pattern.finditer(text):
            found.append((match.start(), -match.end(), rule, match))
    kept: list[tuple[int, int, str | None]] = []
    for start, negative_end, rule, match in sorted(found, key=lambda hit: hit[:2]):
        if kept and start < kept[-1][1]:
            continue
        alone = match.groupdict().get("monthname") or match.groupdict().get("alone")  # in July, 于3月
        anchor = yearless if yearless and rule.anchor == "story" and alone else story
        kept.append((start, -negative_end, _resolve(rule, match, anchor, published or anchor, anchor == published, published)))
    return kept


def _resolve(rule: RelativeRule, match: re.Match, story: str | None, published: str | None,
             issue: bool = False, written: str | None = None) -> str | None:
    """The date a relative expression names; ``issue``: the anchor is the item's own date
    (no narrative date told before), where a month after it is last year's; ``written``:
    the item's date where known, which no month named without a year comes after."""
    anchor = published if rule.anchor == "published" else story
    if rule.unit == "day" and anchor and len(anchor) < 10 and published and len(published) == 10:
        anchor = published  # 去年11月起诉…法院当日判决: a day is counted from a day, the item's where the story gave none
    if rule.unit == "named":
        return match.group("year")
    if rule.unit == "before" or not anchor or not _ISO.match(anchor):
        return None
    groups = match.groupdict()
    if rule.unit == "weekday":
        return _last_weekday(anchor, groups["weekday"])

    counted = rule.step.removeprefix("~")
    step = _count(groups.get("count") or "") if counted in ("count", "-count") else int(counted)
    if step is None:
        return None
    step = -step if counted == "-count" else step  # two days earlier
    month = int(groups.get("month") or groups.get("alone") or 0) or _MONTHS.get((groups.get("monthname") or "").lower())
    day = int(groups["day"]) if groups.get("day") else None
    if (groups.get("monthname") or groups.get("alone")) and rule.unit == "year" and step == 0 and len(anchor) >= 7 and month:
        step = _month_year_step(month, anchor, written, issue)
    shifted = _shift(anchor, rule.unit, step, month, day)
    return shifted[:7] if shifted and rule.step.startswith("~") else shifted  # about a week: its month is known


def _month_year_step(month: int, anchor: str, published: str | None, issue: bool) -> int:
    """The year, from the anchor's, of an English month named without one (in December):
    against the item's own date, last year's where it comes after the item's month (sued
    in December, in a story of 30 April 2024: 2023-12, as find_dates reads 12月20日 in a
    January issue); against a month the story told, the next such month (sued in
    November 2024… in March, the judge refused: 2025-03); never one after the item."""
    told, year = int(anchor[5:7]), int(anchor[:4])
    if issue:
        return -1 if month > told + 1 else 0
    step = 1 if month < told else 0
    if published and len(published) >= 7:
        written = (int(published[:4]), int(published[5:7]) + 1)
        while step > -1 and (year + step, month) > written:
            step -= 1  # not after the item was written (on Friday… sued it in October, in a March story: last October)
    return step


_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CHINESE_WEEKDAYS = "一二三四五六日"  # 周一 … 周日 (周天: Sunday)


def _last_weekday(anchor: str, weekday: str) -> str | None:
    """The last day named ``weekday`` on or before ``anchor`` (a news story's "on Friday"
    is the past week's), kept to the anchor's month where it gives no day."""
    year, month, day = _parts(anchor)
    if month is None or day is None:
        return anchor if month is not None else None
    told = date(year, month, day)
    number = _CHINESE_WEEKDAYS.index(weekday.replace("天", "日")) if weekday in _CHINESE_WEEKDAYS + "天" else \
        _WEEKDAYS.index(weekday.lower())
    found = told - timedelta(days=(told.weekday() - number) % 7)
    return found.isoformat()


@functools.cache
def _any_relative() -> re.Pattern:
    """All the expressions as one pattern (names of groups dropped): one search tells
    whether a sentence needs the rules at all.  It begins with a look at the one
    character a match can start with (同, 次, 去, a digit, l or L…): without it the search
    tries some forty alternatives at every character of every sentence (a sixth of the
    time of reading an item's facts)."""
    pattern = "|".join(re.sub(r"\(\?P<\w+>", "(?:", rule.pattern.pattern) for rule in relative_rules())
    return re.compile(starts_with(pattern) + "(?:" + pattern + ")")


def tells_relative(text: str) -> bool:
    """Whether a text holds a relative date (同年9月, 一周后, two days earlier)."""
    return _any_relative().search(text) is not None


def sentence_date(text: str, story: str | None, published: str | None = None, yearless: str | None = None
                  ) -> tuple[str | None, bool]:
    """The date a sentence states and whether it states one: its first date, absolute
    (a missing year taken from the story's, 9月5日) or relative (同年9月, 两周后);
    (None, True) for an unknown earlier date (此前).  (None, False): the sentence gives no
    date, its item's date stands.

    >>> sentence_date("两周后，法院作出裁定。", "2024-03-01")
    ('2024-03-15', True)
    """
    candidates = date_spans(text, story, published, yearless)
    if not candidates:
        return None, False
    dated = [iso for _, _, iso, _ in candidates if iso]  # 此前，2023年12月…: the date it names
    return (dated[0] if dated else None), True


def date_spans(text: str, story: str | None, published: str | None = None, yearless: str | None = None
               ) -> list[tuple[int, int, str | None, bool]]:
    """Every date of ``text``, absolute and relative, as (start, end, iso, relative) in order.
    A month and day told without a year (8月30日, May 22, in July) take the year of
    ``yearless`` where given (the item's own date, for a paragraph that has told no date
    yet: Shared.sentence_dates), else the story's; relative dates (同年9月, 两周后) count
    from the story.  Read once for the last few sentences asked (the suit table asks of one
    sentence once per suit it tells; a text no longer than a sentence): each caller gets a list of its own."""
    read = _remembered_spans if len(text) <= 2_000 else _date_spans
    return list(read(text, story, published, yearless))


def _date_spans(text: str, story: str | None, published: str | None, yearless: str | None
                ) -> tuple[tuple[int, int, str | None, bool], ...]:
    story = story if story and _ISO.match(story) else None  # a date field that is no ISO date anchors nothing
    yearless = yearless if yearless and _ISO.match(yearless) else story
    year = int(yearless[:4]) if yearless else None
    month = int(yearless[5:7]) if yearless and yearless == published and len(yearless) >= 7 else None
    absolute = find_dates(text, year, month)
    relative = relative_dates(text, story, published, yearless) if _any_relative().search(text) else []
    # 3 月 8 日 is one date, not also a day 8 日 of the story's month (次年 3 月 5 日 stays relative)
    relative = [span for span in relative if not any(start <= span[0] < end for start, end, _ in absolute)]
    return tuple(sorted([(*span, False) for span in absolute] + [(*span, True) for span in relative]))


_remembered_spans = functools.lru_cache(maxsize=64)(_date_spans)


# A judgment's neutral citation right after its case's name: the year, in brackets or not, then the court's
# letters and the judgment's number (Ko v. Li, 2025 ONSC 2766; Wikeley v Kea Investments Ltd [2024] NZCA 609;
# [2025] EWHC 1383 (Admin)): the year the judgment was given
_NEUTRAL_CITATION = re.compile(rf"(?:\s+(?:Inc|Ltd|LLC|Corp|Co|PBC|plc|Limited)\b\.?)?\s*,?\s*"  # (Kea Investments Ltd [2024])
                               rf"(?:\[(?P<bracketed>{YEAR})\]|(?P<year>{YEAR}))\s+[A-Z][A-Za-z]{{1,7}}\s+\d+(?![\d.,:]\d)")


def citation_year(text: str, at: int) -> str | None:
    """The year of the neutral citation starting at ``at`` (right after a case's name), if one
    does: Ko v. Li, 2025 ONSC 2766 -> 2025; none for a date (X v. Y, 2025 was…) or a volume."""
    found = _NEUTRAL_CITATION.match(text, at)
    return (found.group("bracketed") or found.group("year")) if found else None


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a date as the graph writes them: 2024, 2024-06 or 2024-06-27
    (a month of the year, a day of the calendar)."""
    if not _ISO.match(value.strip()):
        return False
    year, month, day = _parts(value.strip())
    return (month is None or 1 <= month <= 12) and _iso(year, month, day) is not None


_AHEAD = 31  # the days a story may tell ahead of the day it was written (a hearing set for next week)


def dateline_date(month_day: str, text: str) -> str | None:
    """The full date of a dateline that names the month and day only (Nov. 4 —, 11月4日电),
    from the text's own evidence of when it was written: the first such day not before the
    latest date the text gives with its year (a month at least: in March 2025, 2025年3月5日),
    less the days a story may tell ahead.
    A story written in 2025 that recalls a 2022 event is dated 2025, not in the year it names
    most often; where the text gives no dated day or month, None: its year stays unknown.

    >>> dateline_date("Nov. 4", "The suit was filed on March 3, 2025. In 2022, it began.")
    '2025-11-04'
    >>> dateline_date("2月3日", "该案于2024年11月5日立案。")
    '2025-02-03'
    """
    told = find_dates(month_day, default_year=2000)  # a leap year: 2月29日 is a day
    if not told:
        return None
    month, day = (int(part) for part in told[0][2][5:].split("-"))
    dated = [iso for _, _, iso in find_dates(text) if len(iso) >= 7]
    if not dated:
        return None
    latest = max(dated)
    year = int(latest[:4])
    told = date(year, int(latest[5:7]), int(latest[8:] or 1))  # a month alone: its first day
    if (month, day) != (2, 29) and date(year, month, day) < told - timedelta(days=_AHEAD):
        year += 1  # February after a November filing: the next year's
    return _iso(year, month, day)


BYLINES_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "bylines.tsv"


@functools.cache
def _photo_credit() -> re.Pattern:
    """A sentence's end and the credit closing a photo caption (…, Germany, March 22, 2022.(Reuters);
    … 2024. REUTERS/Jane Roe: bylines.tsv photo_credit).  A dateline's credit has no full stop
    before it (NEW YORK, March 5, 2024 (Reuters) -): the article's date."""
    words = {word for row in tsv_rows(BYLINES_FILE) if row["kind"] == "photo_credit" for word in cue_words(row["cues"])}
    return re.compile(rf"\s*[.。]\s*(?:{alternatives(words)})" if words else r"(?!)")


_OPENING_LINES = 2  # a date in the text's first lines (a headline over its date line) opens it
_CLOSED_SENTENCE = re.compile(r"[.!?](?=\s)|[。！？]")


def _opens(text: str, start: int) -> bool:
    """Whether a date at ``start`` opens the text: on one of its first _OPENING_LINES lines (a
    headline over its lead paragraph or date line), or in its first sentence (under a headline and
    a sub-head, which close no sentence): On May 5, 2025, a judge…; 2025年5月5日，法院…."""
    before = text[:start]
    return len([line for line in before.split("\n") if line.strip()]) < _OPENING_LINES \
        or not _CLOSED_SENTENCE.search(before)


def _item_date(text: str, found: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """Which of the dates a text tells is its own, read where it has no date line: the first, if it
    opens the text (_opens) or is a day no earlier than any date it tells; a date first told deep in
    the story (… Her son died in February 2024. … settled on Wednesday) is a background date, so
    None: its relative words stay unread rather than counted from it."""
    if not found:
        return None
    first = found[0]
    if _opens(text, first[0]) or len(first[2]) == 10 and first[2] >= max(iso for _, _, iso in found):
        return first
    return None


def lead_date(text: str, default_year: int | None = None, issue_month: int | None = None) -> str | None:
    """The date a text with no date line tells as its own (_item_date: the first, where it opens
    the text or is its latest), but a photo's date in a caption run into the text (_photo_credit);
    where it gives no year (12月6日，据报道) and no ``default_year`` (the issue's, from the head of
    the document) is known, the year ``dateline_date`` reads from the text's own dated days, or None."""
    credit = _photo_credit()
    if default_year:
        told = _item_date(text, [span for span in find_dates(text, default_year, issue_month)
                                 if not credit.match(text, span[1])])
        return told[2] if told else None
    found = _item_date(text, [told for told in find_dates(text, default_year=2000) if not credit.match(text, told[1])])
    if not found:
        return None
    start, end, iso = found
    if any(full == start for full, _, _ in find_dates(text)):
        return iso
    return dateline_date(text[start:end], text)
