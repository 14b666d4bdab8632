"""Dates written in Chinese or English news, normalised to ISO (YYYY-MM-DD, YYYY-MM or YYYY)."""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9

CHINESE = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<month>1[0-2]|0?[1-9])\s*月(?:\s*(?P<day>3[01]|[12]\d|0?[1-9])\s*[日号])?")
NUMERIC = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[-/.]\s*(?P<month>1[0-2]|0?[1-9])(?:\s*[-/.]\s*(?P<day>3[01]|[12]\d|0?[1-9]))?(?!\d)")
_DIGIT = re.compile(r"\d")
ENGLISH = re.compile(r"(?:(?P<day1>\d{1,2})\s+)?(?P<month>[A-Z][a-z]{2,8})\.?\s+(?:(?P<day2>\d{1,2}),?\s+)?(?P<year>(?:19|20)\d\d)")


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
        year = int(match.group("year")) if match.group("year") else default_year
        if not match.group("year") and year and issue_month and int(match.group("month")) > issue_month + 1:
            year -= 1
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
    for match in ENGLISH.finditer(text):
        month = _MONTHS.get(match.group("month").lower())
        if month:
            day = match.group("day1") or match.group("day2")
            iso = _iso(int(match.group("year")), month, int(day) if day else None)
            if iso:
                found.append((match.start(), match.end(), iso))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for start, end, iso in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, iso))
    return kept


def first_date(text: str, default_year: int | None = None, issue_month: int | None = None) -> str | None:
    dates = find_dates(text, default_year, issue_month)
    return dates[0][2] if dates else None


def parse_date(value: str, default_year: int | None = None) -> str | None:
    """The date a field value states, e.g. ``2024 年 6 月 5 日`` -> ``2024-06-05``."""
    return first_date(value, default_year)
