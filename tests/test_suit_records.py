"""kg.suit_records: a suit's records and what reads them back, without kg.cases's rules."""
import subprocess
import sys
from pathlib import Path

from kg import cases, suit_records
from kg.model import Evidence
from kg.suit_records import Event, Suit, caption_in, event_order, oldest_first, told_caption

ROOT = Path(__file__).resolve().parent.parent


def test_kg_cases_hands_out_the_same_records_and_readers():
    for name in ("Suit", "Event", "STATED_COURT_REASON", "told_caption", "event_order", "oldest_first",
                 "claim_names", "event_statuses"):
        assert getattr(cases, name) is getattr(suit_records, name)


def test_reading_the_records_imports_no_rule_of_kg_cases():
    loaded = subprocess.run([sys.executable, "-c", "import sys, kg.suit_records; print(' '.join(sys.modules))"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True).stdout.split()
    assert "kg.suit_records" in loaded and "kg.cases" not in loaded and "kg.resolve" not in loaded


def test_told_caption_names_the_sides_in_their_script():
    assert told_caption(["纽约时报"], ["微软", "OpenAI"]) == "纽约时报诉微软、OpenAI"
    assert told_caption(["紐約時報"], ["微軟"]) == "紐約時報诉微軟"
    assert told_caption(["Authors Guild", "John Grisham"], ["OpenAI"]) == "Authors Guild and John Grisham v. OpenAI"
    assert told_caption([], ["张某"]) == "张某案"


def test_sentences_and_events_come_oldest_first_once_each():
    late = Evidence("b.txt", "标题", "法院驳回起诉。", 5, 12, "2024-03-01")
    early = Evidence("a.txt", "标题", "纽约时报起诉OpenAI。", 0, 14, "2023-12-27")
    assert oldest_first([late, early, late]) == [early, late]
    events = [Event("dismissal", "2024-03-01", late), Event("ruling", None, early)]
    assert sorted(events, key=event_order)[0].kind == "ruling"  # undated first, as the table orders them


def test_caption_in_english_names_the_first_party_of_each_side():
    suit = Suit("s1", "纽约时报诉微软、OpenAI", ["nyt"], ["microsoft", "openai"], None, False, "", None, [], [], "filed")
    nodes = {"nyt": {"label": "纽约时报", "labels": {"纽约时报", "The New York Times"}, "label_en": "The New York Times"},
             "microsoft": {"label": "微软", "labels": {"微软", "Microsoft"}, "label_en": "Microsoft"}}
    assert caption_in(suit, "zh", nodes) == "纽约时报诉微软、OpenAI"
    assert caption_in(suit, "en", nodes) == "The New York Times v. Microsoft et al."
