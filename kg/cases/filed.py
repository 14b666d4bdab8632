"""When a suit was filed: the date its filing sentence gives (the date right after or before
the filing cue, a case card's 【起诉时间】 line), and which dates are a story's own (a date line,
a headline, a credit line) rather than the filing's.

>>> card_filed("【起诉时间】2023年12月27日")
'2023-12-27'
"""
from __future__ import annotations

import functools
import re

from ..alternation import alternatives
from ..dates import date_spans, find_dates, relative_rules
from ..later import later
from ..model import Evidence
from ..sentences import CARD_MARK
from .words import CASE_SEPARATOR, SUITS_LEXICON, context_cues, context_words
from .events import _CLAUSE_MARK, _cue_end, _date_at, _states_date, event_cues, event_lexicon
from .courts import CourtNames

_FIELD_MARKS = later(r"[｜|]")
_STEP_MARKS = later(r"[｜|；;]")  # the steps of a procedure field (【程序节点】2023年起诉；2023年5月…)
_ANY_LABEL = later(rf"{CARD_MARK}(?:[【〖〔\[][^】〗〕\]\n]{{1,8}}[】〗〕\]]|[^\s：:，,。]{{1,8}}[：:])\s*")


@functools.cache
def _filing_label() -> re.Pattern:
    labels = alternatives(context_cues("filing_field"))
    return re.compile(rf"{CARD_MARK}(?:[【〖\[]\s*(?:{labels})\s*[】〗\]]|(?:{labels})\s*[：:｜|])\s*", re.IGNORECASE)


def card_filed(sentence: str, date: str | None = None) -> str | None:
    """The filing date a case card's field gives: a filing label and a date right after it
    (〖起诉〗2023年10月17日, 起诉日｜2023年7月, Filed: March 3, 2024), or a field between
    ｜ marks made of a date and a filing word only (A v. B｜X法院｜2022年1月起诉｜…); None
    for any other sentence (a card's field is no sentence telling who sued whom)."""
    label = _filing_label().match(sentence)
    # a field of another label (程序节点, Procedure:) holds its steps apart by ; or ｜: one step
    # made of a date and a filing word only dates the filing
    other = None if label else _ANY_LABEL.match(sentence)
    fields = [sentence[label.end():]] if label else _STEP_MARKS.split(sentence[other.end():]) if other \
        else _FIELD_MARKS.split(sentence)[1:]
    for field_text in fields:
        value = _FIELD_MARKS.split(field_text, maxsplit=1)[0]
        # a year written out (2019年) is a date of its own, whatever the story's
        spans = [(start, end, iso) for start, end, iso, relative in date_spans(value, date, date)
                 if iso and (not relative or iso[:4] in value[start:end])]
        if len(spans) != 1:
            continue
        start, end, iso = spans[0]
        rest = (value[:start] + " " + value[end:]).strip(" \t\u3000，,。.;；")
        if label and not value[:start].strip() or not label and _filing_word().fullmatch(rest):
            return iso
    return None


@functools.cache
def _filing_word() -> re.Pattern:
    _, kinds, _ = event_lexicon()
    return re.compile(alternatives([cue for cue, kind in kinds.items() if kind == "filing"]), re.IGNORECASE)


def _filing_date(evidence: Evidence, after: int) -> str | None:
    """The date a sentence gives the filing it reports: the last date before the filing
    cue (2023年12月27日，纽约时报起诉…; 八家报纸于2024年4月…，CIR亦于2024年6月起诉…),
    else one right after it (a suit filed in January 2023), not one of a later act
    (纽约时报在起诉OpenAI的同时于2025年5月与亚马逊签署协议)."""
    field_date = card_filed(evidence.sentence, evidence.date)
    if field_date:
        return field_date
    cues = [position for position, kind in event_cues(evidence.sentence) if kind == "filing"]
    cue = next((position for position in cues if position >= after), cues[-1] if cues else None)
    if cue is None:
        return None
    dated = [(start, iso) for start, _, iso, _ in date_spans(evidence.sentence, evidence.date, evidence.date) if iso]
    told = _told_case(evidence.sentence, cue)
    if told is not None:  # 法院就A于2024年起诉B一案…: a date inside the case's description is its filing's
        return next((iso for start, iso in reversed(dated) if told <= start < cue), None)
    before = _own_date_before(evidence, cue, cues, dated)
    if before:  # less than three weeks after A sued X, its chief executive and… on 29 February: the day, not only the month
        return next((iso for start, iso in dated if start > cue and len(iso) > len(before) and iso.startswith(before)
                     and not any(cue < other < start for other in cues)), before)
    return _date_right_after(evidence, cue)


def _told_case(sentence: str, cue: int) -> int | None:
    """Where the description of a case opens whose filing cue is at ``cue``, the case being the
    object of another act in the clause (法院就A起诉B一案进行首次听证; 开庭审理了四起画师起诉X的案件:
    suits.tsv told_case_opening before the cue, told_case_closing after it): the clause's date
    before it is that act's, not the filing's; None for a filing told as an act."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, cue)), default=0)
    closing = _CLAUSE_MARK.search(sentence, cue)
    end = closing.start() if closing else len(sentence)
    opening = _told_case_words()[0].search(sentence, start, cue)
    if opening is None or _told_case_words()[1].search(sentence, cue, end) is None:
        return None
    return opening.start()


@functools.cache
def _told_case_words() -> tuple[re.Pattern, re.Pattern]:
    return context_words("told_case_opening", SUITS_LEXICON), context_words("told_case_closing", SUITS_LEXICON)


def _own_date_before(evidence: Evidence, cue: int, cues: list[int], dated: list[tuple[int, str]]) -> str | None:
    """The last date before a filing cue (``dated``: the sentence's dates by where they start),
    where no other filing's cue stands between them (A sued X in June, and B followed with its
    own suit against X earlier this month: June is A's filing, not B's)."""
    last = max((start for start, _ in dated if start < cue), default=None)
    if last is None or any(last < other < cue for other in cues):
        return None
    return _date_at(evidence, cue, before_only=True)


def _filing_clause_date(evidence: Evidence) -> str | None:
    """The date a sentence telling a later act gives the filing in a clause of its own,
    right after the filing cue (granted summary judgment in Kadrey v. Meta, the suit
    brought in July 2023 by…: 2023-07); None where no date follows a filing cue there."""
    cues = [position for position, kind in event_cues(evidence.sentence) if kind == "filing"]
    return next((found for cue in cues if (found := _date_right_after(evidence, cue))), None)


_APPOSITIVE = later(r",[^,;，；。]{1,60}?(?:,\s*(?:Inc|Corp|LLC|Ltd|Co)\.?)?,")  # , Colombia's largest airline, / , A v. B, Inc.,


# where it was filed, between the filing and its date (sued X in the Northern District Court in June 2024; in that
# same courthouse in June): no distance
# an owner before the one sued (sued Mark Zuckerberg's Meta on July 7, 2023): its attribute, no distance either
_OWNER = later(r"(?<=\s)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:'s|’s)\s+")
# (in San Francisco County Superior Court: a court's name with no article, opening with a capital)
_COURT_PHRASE = later(r"(?<=\s)in\s+(?:(?:the|that|a|an)\s+|(?-i:(?=[A-Z])))(?:[\w.'’-]+\s+){0,6}?(?:court|courthouse|tribunal)\b",
                      re.IGNORECASE)


_ON_DATE = later(r"\s(?:in|on)(?:\s+(?:mid|early|late)|\s+mid-)?\s*$")  # in June, on 3 March, in mid June, in early May


def _date_right_after(evidence: Evidence, cue: int, reach: int = 25) -> str | None:
    """A date told right after a filing cue, in its clause (the class action filed in
    January 2023 by…; sued Avianca, Colombia's largest airline, in 2022; filed the class
    action, Lehrman v. Lovo, Inc., in May 2024: past one appositive; the complaint, filed
    earlier this month), not one of another act after a comma."""
    sentence = evidence.sentence
    cue_end = _cue_end(sentence, cue)  # (read in simplified characters, as the cue was found: 此案始於)
    spans = date_spans(sentence, evidence.date, evidence.date)
    for index, (start, end, iso, relative) in enumerate(spans):
        # a relative first date (filed last week) is the sentence's own, resolved against the story before
        # it; a year written out (in 2022) is a date of its own
        if relative and iso and iso[:4] not in sentence[start:end] and not any(told for _, _, told, _ in spans[:index]):
            iso = evidence.date
        between = _OWNER.sub("", _COURT_PHRASE.sub("", _APPOSITIVE.sub("", sentence[cue_end:start], count=1), count=1))
        # sued in May 2024, filed on 3 March; or a relative date right after the cue (filed last week)
        # or its object (sued OpenAI this month, its own suit against X earlier this month)
        if iso and cue < start and len(between) <= reach and not re.search("[，,；;。]", between) \
                and (_ON_DATE.search(sentence, 0, start) or not between.strip() or relative):
            return iso
    return None


_DATE_CLAUSE = later(r"\s*[，,]")  # 2023年12月，A起诉B: a date opening its sentence's clause, the story's
DATELINE_CHARS = 40  # a sentence no longer than this, with no sentence's end, is a date line (鉅亨網編譯X 2026-01-08 07:13)
# a dateline's place before the date opening a press release: SAN FRANCISCO, / Austin, Texas, / LONDON (Reuters),
_DATELINE_PLACE = later(r"\s*(?:(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*(?:,[ \t]+[A-Z][\w.'’-]*){0,2}"
                        r"(?:[ \t]*\([^)]{1,30}\))?,\s*)?")


def acts_on(sentence: str, date: str) -> bool:
    """Whether a sentence tells an act (events.tsv: a ruling, a filing…) on ``date``, the first
    date it writes, year and all (The court issued a ruling on Nov. 21, 2024; In an earlier
    ruling in August 2025, Judge X dismissed…; 2023年12月，A起诉B), not a date line (鉅亨網編譯X
    2026-01-08 07:13; July 17, 2025 The industry received a ruling…: a date opening the text
    with no comma after it, or after a dateline's place: SAN FRANCISCO, March 12, 2025 /PRNewswire/ --)."""
    told = find_dates(sentence)
    if not told or told[0][2] != date or date[:4] not in sentence[told[0][0]:told[0][1]]:
        return False
    start, end, _ = told[0]
    text = sentence.strip()
    if len(text) <= DATELINE_CHARS and not _CLOSING.search(text) or \
            _DATELINE_PLACE.fullmatch(sentence, 0, start) and not _DATE_CLAUSE.match(sentence, end):
        return False
    return bool(event_cues(sentence))


_YEAR = later(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def story_dated(courts: CourtNames) -> set[str]:
    """The news items (document and title, as ``undated_items``) dated by an act their story
    tells: an item with no date line takes the first date its text tells (kg.segment), and
    where one of its sentences tells an act on the date its undated sentences carry, that date
    is the act's, not the day the item was written: it dates no other filing.  (Every item is
    read, not only those of ``undated_items``: graph.ttl does not keep them, and the suits a
    graph read back computes must be those it was built with.)"""
    found = set()
    for (document, item), told in courts.evidence.items():
        key = f"{document}\t{item}"
        # (first the sentences that could tell an act on a day: a date with its year, an act's word)
        acts = [e for e in told if not _is_title(e) and _YEAR.search(e.sentence) and event_cues(e.sentence)]
        if not acts:
            continue
        dates = {e.date for e in told if e.date and not _states_date(e)}  # the item's own date
        if len(dates) == 1 and any(acts_on(e.sentence, next(iter(dates))) for e in acts):
            found.add(key)
    return found


def is_credit(evidence: Evidence) -> bool:
    """Whether a sentence is its item's source line (来源：美国纽约南区联邦地区法院, Source: X):
    the item's source and a label before it, no more; it says who published, not what
    happened, so it is no suit's evidence."""
    source = (evidence.source or "").strip()
    sentence = evidence.sentence.strip().rstrip("。.")
    return bool(source) and sentence.endswith(source) and len(sentence) - len(source) <= 8


def _borrowed_year(undated: set[str], evidence: Evidence, date: str) -> bool:
    """Whether a date's year is one its sentence does not write and its news item has no date
    line to give (``undated``: 12月6日，X起诉Y in an article with no date line, after 成立于2022年;
    or dated by an act its story tells, story_dated: sued Y on Friday, after …in October 2024:
    the year is the story's, not the filing's): such a date dates no filing."""
    return f"{evidence.document}\t{evidence.item}" in undated and date[:4] not in evidence.sentence


def _day_told_before(courts: CourtNames, evidence: Evidence) -> bool:
    """Whether a sentence dates its act by a day counted from the story's (同日, 次日, the same
    day: relative_dates.tsv's story days) and the sentence right before it in its item writes
    that story's date with its year (2024年2月28日，A起诉X；同日，B亦起诉X): the year is told, not
    borrowed from an undated item or another act's day, and the act is dated by it."""
    if not evidence.date or not any(day.search(evidence.sentence) for day in _story_days()):
        return False
    before = [e for e in courts.evidence.get((evidence.document, evidence.item), ()) if e.end <= evidence.start]
    if not before:
        return False
    last = max(before, key=lambda e: e.end)
    return any(iso == evidence.date and iso[:4] in last.sentence[start:end]
               for start, end, iso, relative in date_spans(last.sentence, last.date, last.date) if iso and not relative)


@functools.cache
def _story_days() -> tuple[re.Pattern, ...]:
    """relative_dates.tsv's days counted from the story's (同日, 次日, the same day)."""
    return tuple(rule.pattern for rule in relative_rules() if rule.anchor == "story" and rule.unit == "day")


def _is_title(evidence: Evidence) -> bool:
    return evidence.sentence == evidence.item.strip()


_CLOSING = later(r"[。！？!?.…」』”\"）)]$")  # a sentence's end: a headline has none


def is_headline(evidence: Evidence) -> bool:
    """Whether a sentence is a headline: its item's title, or the first line of an item that
    has no title of its own (titled by its file's name), that ends without a sentence's
    closing mark (a body's first sentence taken as a title ends with one) and names no case
    (a section headed 李某诉刘某案 or Kadrey v. Meta names the case it is about).  A headline
    sums a story up; it is no suit's evidence."""
    sentence = evidence.sentence.strip()
    if not sentence or _CLOSING.search(sentence) or CASE_SEPARATOR.search(sentence):
        return False
    if _is_title(evidence) or _section_heading(sentence):
        return True
    untitled = evidence.item.strip() == evidence.document.rsplit("/", 1)[-1]
    return untitled and evidence.start <= len(evidence.item) + 1


_HEADING_WORD = later(r"[A-Za-z][A-Za-z'’.&-]*")


def _section_heading(sentence: str) -> bool:
    """Whether a line without a closing mark heads a section of an article (1. Canadian Media
    Companies Sue OpenAI, Authors Take Meta to Court): three to fourteen English words, each of
    four letters or more capitalised, as a title is written; a body's sentence is not so."""
    words = _HEADING_WORD.findall(sentence)
    long = [word for word in words if len(word) >= 4]
    return 3 <= len(words) <= 14 and len(long) >= 2 and all(word[0].isupper() for word in long) \
        and not re.search(r"[\u4e00-\u9fff]", sentence)


def _stated_filing(sentences: list[Evidence]) -> str | None:
    """The filing date the first of ``sentences`` stating a date of its own gives (_filing_date
    from the sentence's start, _states_date)."""
    return next((found for e in sentences if (found := _filing_date(e, 0)) and _states_date(e)), None)
