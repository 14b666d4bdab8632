"""What happened to a suit, read from one sentence: the cues of data/lexicon/events.tsv (判决,
驳回起诉, 上诉, 和解, verdict, 撤诉) with their kind and date, a cue only asked or alleged left
out; the events of a row told once (_distinct_events) and the status the latest sets; and how two
dates compare (fits, _before).

>>> events_in("The judge dismissed the lawsuit on May 3.")
['dismissal']
>>> fits("2023-12-27", "2023-12-29"), fits("2023-12-27", "2024-01-05")
(True, False)
"""
from __future__ import annotations

import functools
import re
from datetime import date as Day
from pathlib import Path

from ..dates import date_spans
from ..kb import cue_words, tsv_rows
from ..later import later
from ..model import Evidence
from ..suit_records import Event, event_order
from .words import CASE_LINK, LEXICON, SUITS_LEXICON, _pattern, _simplified, _words, context_cues, context_words

FIT_DAYS = 3  # two reports of one filing may differ by a time zone or a slow wire


@functools.cache
def event_lexicon(path: Path = LEXICON / "events.tsv") -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """(one pattern over every event cue, cue -> kind, kind -> status)."""
    kinds, statuses = {}, {}
    for row in tsv_rows(path):
        statuses[row["kind"]] = row["status"]
        for cue in cue_words(row["cues"]):
            kinds.setdefault(cue.lower(), row["kind"])
    return _pattern(kinds), kinds, statuses


def event_cues(sentence: str) -> list[tuple[int, str]]:
    """(position, kind) of each event cue of a sentence, ``filing`` (起诉, sued) included;
    not a cue right after a word pointing back to an event told before (法院初步批准了该和解:
    a ruling on the settlement, not a settlement; 就该裁定提起上诉: an appeal)."""
    return list(_event_cues(sentence))  # (read once per sentence: the suit table asks again per case)


@functools.lru_cache(maxsize=1 << 16)
def _event_cues(sentence: str) -> tuple[tuple[int, str], ...]:
    pattern, kinds, _ = event_lexicon()
    earlier = context_words("event_reference")
    sentence = _simplified(sentence)  # 法院判決: the cues are written in simplified characters
    ending = _caseless_cues("event_reference")  # (no scan of all before a cue no such word ends at)
    found = [(match.start(), _kind(kinds, match.group())) for match in pattern.finditer(sentence)
             if (ending is not None and not sentence.endswith(ending, 0, match.start())
                 or not any(found.end() == match.start() for found in earlier.finditer(sentence, 0, match.start())))
             and not _open_appeal(sentence, match) and not _judge_title(sentence, match)]
    found = [(position, "dismissal" if kind == "ruling" and _case_dismissed(sentence, position) else kind)
             for position, kind in found]
    return tuple((position, kind) for position, kind in found
                 if kind == "filing" or position < _allegation(sentence, found) and not _requested(sentence, position, kind))


def _case_dismissed(sentence: str, position: int) -> bool:
    """Whether the ruling cue at ``position`` dismisses a case it names right after it, whose name
    ends its clause (法院裁定驳回A和B诉C案。: suits.tsv case_dismissing, then A诉B案 or A v. B)."""
    return _dismissed_case().match(sentence, position) is not None


@functools.cache
def _dismissed_case() -> re.Pattern:
    words = context_words("case_dismissing", SUITS_LEXICON).pattern
    return re.compile(rf"(?:{words})[^，,。；;：:！？!?（）()]{{1,60}}?{CASE_LINK}[^，,。；;：:！？!?（）()]{{1,60}}?(?:一案|案)"
                      rf"(?=[，,。；;！？!?]|$)")


def _open_appeal(sentence: str, cue: re.Match) -> bool:
    """Whether an appeal cue is one a side may yet bring (全案可上诉, 可提起上诉; the company may
    appeal: suits.tsv appeal_open, a phrase ending where the cue ends): no appeal happened."""
    return any(found.end() == cue.end() for found in _appeal_open().finditer(sentence, max(0, cue.start() - 24), cue.end()))


def _judge_title(sentence: str, cue: re.Match) -> bool:
    """Whether an appeal cue is a word of a judge's title (第三巡回上诉法院法官X, sitting in a
    district court: suits.tsv appeal_title, words beginning where the cue ends): the judge's
    court is named, no appeal is."""
    start = cue.end() + (sentence[cue.end():cue.end() + 1] == " ")  # an appeals court judge: the word after the space
    return _appeal_title().match(sentence, start) is not None


@functools.cache
def _appeal_title() -> re.Pattern:
    return context_words("appeal_title", SUITS_LEXICON)


@functools.cache
def _appeal_open() -> re.Pattern:
    return context_words("appeal_open", SUITS_LEXICON)


def _asks_only(sentence: str) -> bool:
    """Whether a sentence's event cues are all what a side asks the court for (_requested)."""
    pattern, kinds, _ = event_lexicon()
    simplified = _simplified(sentence)
    cues = [(m.start(), _kind(kinds, m.group())) for m in pattern.finditer(simplified)]
    return bool(cues) and all(_requested(simplified, position, kind) for position, kind in cues)


_CLAUSE_MARK = later(r"[，,。；;：:]")
_ASKED_KINDS = frozenset({"filing", "motion", "hearing"})  # a motion or a hearing is asked for; it is one


def _requested(sentence: str, position: int, kind: str) -> bool:
    """Whether an event's cue is what a side asks the court for, in the same clause before it
    (两家报纸要求东京地方法院裁定停止使用; the labels asked the court to order…: context.tsv
    ruling_request): the complaint's demand, no ruling."""
    if kind in _ASKED_KINDS:
        return False
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, position)), default=0)
    return context_words("ruling_request").search(sentence, start, position) is not None


def _kind(kinds: dict[str, str], cue: str) -> str:
    """The kind of event a cue found in a sentence reports (a cue with a * matched any word there)."""
    return kinds.get(cue.lower()) or next(kind for written, kind in kinds.items()
                                          if " * " in written and re.fullmatch(_words(written), cue, re.IGNORECASE))


def _allegation(sentence: str, cues: list[tuple[int, str]]) -> int:
    """Where what a filing alleges begins (起诉Caseway AI，指控其大量下载网站上的判决: the
    判决 it downloaded are no ruling): the first allegation word after the sentence's
    first filing cue; the sentence's length where there is none."""
    filing = next((position for position, kind in cues if kind == "filing"), None)
    if filing is None:
        return len(sentence)
    alleging = context_words("allegation").search(sentence, filing)
    return alleging.start() if alleging else len(sentence)


def events_in(sentence: str) -> list[str]:
    """The kinds of event a sentence reports, in order: 法院驳回起诉 -> ["dismissal"]."""
    found = []
    for _, kind in event_cues(sentence):
        if kind not in found:
            found.append(kind)
    return found


def _events(evidence: Evidence) -> list[Event]:
    """The events a sentence reports (not the filing; a hearing or a motion only where it
    reports nothing decided), each dated by the date nearest before its cue
    (去年起诉…的环球音乐集团于2025年1月2日与Anthropic达成和解: 2025-01-02)."""
    found: dict[str, Event] = {}
    for position, kind in event_cues(evidence.sentence):
        if kind != "filing" and kind not in found:
            found[kind] = Event(kind, _date_at(evidence, position) or evidence.date, evidence)
    _, _, statuses = event_lexicon()
    decisive = [event for event in found.values() if statuses[event.kind] != "filed"]
    if any(event.kind != "ruling" for event in decisive):  # granted the motion and dismissed the claim: a dismissal
        decisive = [event for event in decisive if event.kind != "ruling"]
    decided = _appeal_decided().search(_simplified(evidence.sentence))
    if decided and "appeal" in found and {event.kind for event in decisive} <= {"appeal", "ruling"}:
        # 二审法院驳回上诉，维持原判: the appeal's ruling on its date; the appeal, brought before, undated here
        return [Event("ruling", _date_at(evidence, decided.start()) or evidence.date, evidence), Event("appeal", None, evidence)]
    return decisive or list(found.values())  # 法院驳回OpenAI的部分动议: a ruling, not also a motion


@functools.cache
def _appeal_decided() -> re.Pattern:
    return context_words("appeal_decided", SUITS_LEXICON)


def _date_at(evidence: Evidence, cue: int, before_only: bool = False) -> str | None:
    """The date a sentence gives the act whose cue is at ``cue``: the last date before
    it, else (unless ``before_only``) the first after it (settled on June 5)."""
    spans = [(start, iso, relative) for start, _, iso, relative in
             date_spans(evidence.sentence, evidence.date, evidence.date) if iso]
    before = [index for index, (start, _, _) in enumerate(spans) if start < cue]
    index = before[-1] if before else None if before_only or not spans else 0
    if index is None:
        return None
    # a relative first date is the evidence's own, resolved against the story before it (两周后)
    return evidence.date if index == 0 and spans[0][2] else spans[index][1]


@functools.cache
def _caseless_cues(kind: str) -> tuple[str, ...] | None:
    """The context cues of one kind where each is written in characters without case and
    stands for itself (no *): one of them ends where ``context_words(kind)`` finds a match
    ending; None otherwise (Latin words match in any case)."""
    cues = context_cues(kind)
    plain = all(c.lower() == c == c.upper() for cue in cues for c in cue) and not any(" * " in cue for cue in cues)
    return cues if cues and plain else None


def _cue_end(sentence: str, start: int) -> int:
    """Where the event cue starting at ``start`` ends."""
    pattern, _, _ = event_lexicon()
    found = pattern.match(_simplified(sentence), start)
    return found.end() if found else start


def fits(first: str, second: str) -> bool:
    """Whether two dates can be one day: equal to their common precision, or two full
    dates at most FIT_DAYS apart."""
    common = min(len(first), len(second))
    if first[:common] == second[:common]:
        return True
    if len(first) == len(second) == 10:
        try:
            return abs((Day.fromisoformat(first) - Day.fromisoformat(second)).days) <= FIT_DAYS
        except ValueError:
            return False
    return False


def _status(decisive: list[Event]) -> str:
    """The status the latest decision leaves a suit in (filed where none), oldest first;
    a ruling after a settlement is the court approving it (法院批准了该和解): still settled."""
    _, _, statuses = event_lexicon()
    status = "filed"
    for event in decisive:
        if not (status == "settled" and event.kind == "ruling"):
            status = statuses[event.kind]
    return status


def _distinct_events(events: list[Event]) -> list[Event]:
    """One event per kind and date (a title and its body, or two reports, tell one
    ruling; 2024-11 and 2024-11-07 are one date), the most precise kept, oldest first; a
    sentence stating no date of its own tells on an event of its kind its item dates
    (2025年3月4日，法官驳回了动议。法院认为…: one ruling, not a second on the item's date); an
    event no report dates is one of its kind another report dates (the court ruled…, in a story
    telling no date, beside the ruling of 11 November), not one more."""
    dated = {(e.kind, e.evidence.document, e.evidence.item) for e in events if _states_date(e.evidence)}
    events = [e for e in events if _states_date(e.evidence)
              or (e.kind, e.evidence.document, e.evidence.item) not in dated]
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: (-len(e.date or ""), e.evidence.date or "", e.evidence.document, e.evidence.start)):
        if not any(other.kind == event.kind and (other.date == event.date or (other.date and event.date and
                                                 other.date.startswith(event.date))) for other in kept):
            kept.append(event)
    kinds = {event.kind for event in kept if event.date}
    kept = [event for event in kept if event.date or event.kind not in kinds]
    # a ruling on the day of a dismissal is that dismissal (裁定驳回A诉B案; another report: 被法院驳回)
    dismissed = [event.date for event in kept if event.kind == "dismissal" and event.date]
    kept = [event for event in kept if not (event.kind == "ruling" and event.date
                                            and any(date.startswith(event.date) for date in dismissed))]
    return sorted(kept, key=event_order)


def _before(date: str | None, other: str | None) -> bool:
    """Whether ``date`` is surely earlier than ``other`` (2023-07 before 2024-08-19; 2024
    not before 2024-08)."""
    if not date or not other:
        return False
    common = min(len(date), len(other))
    return date[:common] < other[:common]


def _states_date(evidence: Evidence) -> bool:
    return bool(date_spans(evidence.sentence, evidence.date, evidence.date))
