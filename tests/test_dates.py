import pytest

from kg.dates import find_dates, first_date, parse_date


@pytest.mark.parametrize("text, iso", [
    ("2024年6月5日", "2024-06-05"),
    ("2024 年 6 月 5 日", "2024-06-05"),
    ("2024年06月05号", "2024-06-05"),
    ("2024年6月", "2024-06"),
    ("2024-06-05", "2024-06-05"),
    ("2024/6/5", "2024-06-05"),
    ("2024.6.5", "2024-06-05"),
    ("2024-06", "2024-06"),
    ("June 5, 2024", "2024-06-05"),
    ("5 June 2024", "2024-06-05"),
    ("Jun. 5, 2024", "2024-06-05"),
    ("May 2024", "2024-05"),
])
def test_date_is_normalised_to_iso(text, iso):
    assert parse_date(text) == iso


def test_offsets_cover_the_date_as_written():
    text = "据报道，2024 年 6 月 5 日，OpenAI 宣布……"
    [(start, end, iso)] = find_dates(text)
    assert text[start:end] == "2024 年 6 月 5 日" and iso == "2024-06-05"


def test_month_and_day_take_the_default_year():
    assert parse_date("6月5日", default_year=2024) == "2024-06-05"
    assert parse_date("6月5日") is None


def test_month_alone_is_not_a_date():
    assert find_dates("6月，欧盟理事会批准《人工智能法案》", default_year=2024) == []


@pytest.mark.parametrize("text", ["2024年13月", "In 2024 the EU acted", "GPT-4o", "第24-205号法案", "Mistral AI"])
def test_text_without_a_date_has_none(text):
    assert first_date(text) is None


def test_first_date_is_the_earliest_in_the_text_not_the_earliest_in_time():
    text = "2024年5月13日，OpenAI发布GPT-4o；此前于2023-11-06发布GPT-4 Turbo，并在 March 14, 2023 发布 GPT-4。"
    assert [iso for _, _, iso in find_dates(text)] == ["2024-05-13", "2023-11-06", "2023-03-14"]
    assert first_date(text) == "2024-05-13"


def test_dates_do_not_overlap():
    spans = find_dates("发布日期：2024年5月21日（2024-05-21）")
    assert [iso for _, _, iso in spans] == ["2024-05-21", "2024-05-21"]
    assert spans[0][1] <= spans[1][0]


def test_impossible_calendar_day_is_not_a_date():
    assert first_date("2024年2月30日，某法院作出判决") is None


def test_sept_abbreviation_is_september():
    assert parse_date("Sept. 5, 2024") == "2024-09-05"
