import re

import pytest

from kg.dates import (_any_relative, date_spans, dateline_date, lead_date, find_dates, first_date, parse_date, relative_dates, relative_rules,
                      sentence_date)


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
    ("In June of 2025, the court", "2025-06"),  # a month "of" its year
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


# -- relative dates ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, story, published, iso", [
    ("同年9月，美国作家协会起诉OpenAI", "2023-07", "2023-09-25", "2023-09"),
    ("同年6月11日，马斯克撤诉", "2024-02-29", None, "2024-06-11"),
    ("次月，法院开庭", "2023-10-18", None, "2023-11"),
    ("次月，法院开庭", "2023-12-05", None, "2024-01"),
    ("当月15日，双方和解", "2024-03", None, "2024-03-15"),
    ("同日，微软回应", "2024-03-05", None, "2024-03-05"),
    ("两周后，法院作出裁定", "2023-02-03", None, "2023-02-17"),
    ("十五天后，法院作出裁定", "2024-03-20", None, "2024-04-04"),
    ("三个月后，原告上诉", "2024-11-05", None, "2025-02"),
    ("此前一日，委员会作出裁定", "2025-04-04", None, "2025-04-03"),
    ("去年12月，A起诉B", "2024-05", "2025-01-10", "2024-12"),
    ("去年起诉Anthropic的环球音乐集团", "2024-12-31", "2025-01-06", "2024"),
    ("今年3月，法院判决", "2024-05", "2025-02-01", "2025-03"),
    ("Later that year, the authors sued OpenAI", "2023-02-01", None, "2023"),
    ("In September, the court ruled", "2023-02-01", None, "2023-09"),
    ("Two weeks later, the judge dismissed the case", "2024-03-01", None, "2024-03-15"),
    ("The following month the parties settled", "2024-12-10", None, "2025-01"),
    ("次年3月，法院作出一审判决", "2023-10-18", None, "2024-03"),
    ("Last month, the authors sued Meta", "2024-02-20", "2024-05-02", "2024-04"),
    # a week back or this week: the month only, as the day is not told
    ("Last week, a studio sued the app maker", "2023-01-10", "2024-07-04", "2024-06"),
    ("The union went to court earlier this week", "2023-01-10", "2024-07-04", "2024-07"),
    ("上周，一家出版社起诉了该公司", "2023-01-10", "2024-07-04", "2024-06"),
    ("本周，法院开庭审理此案", "2023-01-10", "2024-07-04", "2024-07"),
])
def test_relative_date_is_resolved_against_the_story_or_the_item(text, story, published, iso):
    assert sentence_date(text, story, published) == (iso, True)


def test_previously_names_an_unknown_earlier_date():
    assert sentence_date("此前，A已起诉B", "2024-05") == (None, True)
    assert sentence_date("此前，2023年12月，纽约时报起诉OpenAI", "2024-05") == ("2023-12", True)


def test_sentence_without_a_date_says_so():
    assert sentence_date("纽约时报起诉OpenAI", "2024-05") == (None, False)


def test_day_offset_from_a_month_keeps_the_month_precision():
    assert relative_dates("两周后", "2024-03") == [(0, 3, "2024-03")]


def test_month_and_day_without_a_year_take_the_storys_year():
    assert sentence_date("9月5日，A起诉B", "2023-07-01") == ("2023-09-05", True)


def test_a_year_alone_is_read_as_that_year_not_as_in_a_month():
    assert relative_dates("In 2024 the EU acted", "2023") == [(3, 7, "2024")]
    assert relative_dates("It has 2024 members", "2023") == []


def test_a_weekday_is_the_last_such_day_on_or_before_the_items_date():
    assert relative_dates("filed the suit on Friday", "2024-03-10", "2024-03-10") == [(18, 24, "2024-03-08")]
    assert relative_dates("ruled on Thursday", "2025-07-10", "2025-07-10") == [(9, 17, "2025-07-10")]
    assert relative_dates("The Friday deadline passed", "2024-03-10", "2024-03-10") == []


@pytest.mark.parametrize("text, date", [
    ("同年 4 月，法院准许上诉。", "2025-04"), ("今年 3 月 25 日，该院驳回申请。", "2025-03-25"),
    ("同月 25 日，法院批准和解。", "2025-02-25"), ("次月 3 日，案件开庭。", "2025-03-03"),
])
def test_relative_dates_with_spaces_around_their_numbers_give_the_month_and_day(text, date):
    assert sentence_date(text, "2025-02-11", "2025-03-25") == (date, True)


def test_later_that_month_is_the_month_the_story_told_last():
    assert sentence_date("Later that month, a judge allowed the claim.", "2024-11", "2025-06") == ("2024-11", True)


# -- the search that tells whether a sentence holds a relative date ------------------------------
@pytest.mark.parametrize("text", [
    "同年9月，法院开庭", "据悉，两周后双方和解", "The following month the parties settled",
    "In September, the court ruled", "2024年3月5日，法院判决", "A subsidiary of Meta, based in Paris",
    "此前不久，A起诉B", "Three months later, the authors appealed", "这是一个没有日期的句子",
])
def test_the_relative_dates_search_finds_what_the_expressions_alone_find(text):
    plain = re.compile("|".join(re.sub(r"\(\?P<\w+>", "(?:", rule.pattern.pattern)
                                for rule in relative_rules()))
    found, expected = _any_relative().search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_a_day_alone_is_that_day_of_the_storys_month():
    assert sentence_date("29日在安大略省高等法院对OpenAI提起诉讼。", "2024-11-30", "2024-11-30") == ("2024-11-29", True)
    assert sentence_date("公司应在30日内作出答复。", "2024-11-30", "2024-11-30") == (None, False)


def test_the_same_day_after_a_month_is_the_items_day():
    assert sentence_date("法院当日作出判决。", "2024-11", "2025-11-11") == ("2025-11-11", True)
    assert sentence_date("法院当日作出判决。", "2024-11-05", "2025-11-11") == ("2024-11-05", True)


def test_a_spaced_full_date_is_one_date_not_also_a_day_of_the_storys_month():
    assert [iso for _, _, iso, _ in date_spans("2024 年 3 月 8 日，三人起诉。", "2024-11-30", "2024-11-30")] == ["2024-03-08"]


def test_an_approximate_count_is_no_date_and_the_sentences_own_date_stands():
    assert sentence_date("不到三周后，两家报社于8月26日提起诉讼。", "2024-08-07", "2024-08-27") == ("2024-08-26", True)
    assert sentence_date("三周后，两家报社提起诉讼。", "2024-08-07", "2024-08-27") == ("2024-08-28", True)


def test_days_or_weeks_earlier_count_back_from_the_story():
    assert sentence_date("Two days earlier, a judge in the same court ruled.", "2025-06-25", "2025-06-26") == ("2025-06-23", True)
    assert sentence_date("Earlier, a judge ruled.", "2025-06-25", "2025-06-26") == (None, True)  # a time unknown


def test_a_chinese_year_alone_after_yu_or_opening_a_clause_is_that_year():
    assert [iso for _, _, iso, _ in date_spans("求职者甲于2023年在北区法院起诉乙公司", "2024-07", "2024-07")] == ["2023"]
    assert [iso for _, _, iso, _ in date_spans("2023年，甲起诉乙公司", "2024-07", "2024-07")] == ["2023"]
    assert [iso for _, _, iso, _ in date_spans("于2023年11月起诉", "2024-07", "2024-07")] == ["2023-11"]


def test_a_chinese_year_naming_a_report_or_a_span_is_no_date():
    assert date_spans("甲发布2023年度报告", "2024-07", "2024-07") == []
    assert date_spans("于2023年至2024年间", "2024-07", "2024-07") == []


def test_a_story_coming_about_a_week_after_another_act_dates_that_act_by_its_month():
    assert sentence_date("The suit comes barely a week after Ann Roe sued Nvidia.", "2024-01-05", "2024-01-05") == ("2023-12", True)
    assert sentence_date("The ruling came two weeks after the hearing.", "2024-03-20", "2024-03-20") == ("2024-03", True)
    assert sentence_date("A week after the ruling, Ann Roe appealed.", "2024-03-20", "2024-03-20") == (None, False)


def test_an_english_month_named_without_a_year_after_the_storys_month_is_last_years():
    from kg.dates import relative_dates
    # in an item of 2 March 2025 that told no other date before
    assert relative_dates("The union sued the studio in November.", "2025-03-02", "2025-03-02")[0][2] == "2024-11"
    assert relative_dates("The studio answered in March.", "2025-03-02", "2025-03-02")[0][2] == "2025-03"
    assert relative_dates("The board will vote in April.", "2025-03-02", "2025-03-02")[0][2] == "2025-04"  # the month after
    # after the story told a date of its own, its year goes on (In 2023… In September, the court ruled)
    assert relative_dates("In September, the court ruled.", "2023-02-01", "2025-03-02")[0][2] == "2023-09"
    # a month before the one the story told last is the next year's, where that is no later than the item
    assert relative_dates("In March, the judge refused to halt the sale.", "2024-11", "2025-10-28")[0][2] == "2025-03"
    assert relative_dates("In March, the judge refused to halt the sale.", "2024-11", "2024-12-01")[0][2] == "2024-03"
    assert relative_dates("A label sued it in October.", "2025-02-28", "2025-03-03")[0][2] == "2024-10"


# -- a month and day, or a month, told without a year (filed30) ------------------------------------
@pytest.mark.parametrize("text, iso", [
    ("Perlmutter sued the acting librarian on May 22 in federal court.", "2025-05-22"),
    ("The union filed its complaint on 3 June, the day talks broke down.", "2025-06-03"),
    ("Cameo sued the app maker on Oct. 28 in San Francisco.", "2025-10-28"),
    ("The suit was filed on Sept. 9.", "2025-09-09"),
])
def test_an_english_month_and_day_without_a_year_take_the_default_year(text, iso):
    assert [found for _, _, found in find_dates(text, 2025)] == [iso]


@pytest.mark.parametrize("text", [
    "Shares fell May 5 percent lower than forecast.",  # no such wording is a date
    "The hearing starts at March 3:30 p.m. sharp.",
    "Section 230 protects platforms.",
    "The May 2025 report is out.",  # a month and year: a date of its own, read once below
])
def test_a_count_a_time_or_a_section_after_a_month_is_no_yearless_date(text):
    assert [iso for _, _, iso in find_dates(text, 2025) if len(iso) == 10] == []


def test_an_english_full_date_is_one_date_not_also_a_yearless_one():
    assert find_dates("sued on 29 February 2024 in London", 2022) == [(8, 24, "2024-02-29")]
    assert find_dates("sued on May 22, 2025 in Boston", 2022) == [(8, 20, "2025-05-22")]
    assert find_dates("sued on May 22 in Boston") == []  # no year known: no date


@pytest.mark.parametrize("text, iso", [
    ("投资者甲于3月在北区联邦地区法院对乙公司提起证券集体诉讼。", "2025-03"),
    ("投資者甲於3月在北區聯邦地區法院對乙公司提出集體訴訟。", "2025-03"),
    ("5月，法院驳回了乙公司的动议。", "2025-05"),
    ("该案在7月开庭审理。", "2025-07"),
])
def test_a_chinese_month_told_alone_is_that_month_of_the_items_year(text, iso):
    assert sentence_date(text, "2025-10-08", "2025-10-08") == (iso, True)


@pytest.mark.parametrize("text", [
    "协会将于5月举办合规沙龙。", "協會將於5月舉辦合規沙龍。", "春季班定于3月下旬举办。", "会议拟在4月召开。",
])
def test_a_month_planned_ahead_is_no_month_told_alone(text):
    assert sentence_date(text, "2025-01-10", "2025-01-10") == (None, False)


def test_a_span_of_months_is_counted_from_the_story_not_read_as_a_month():
    assert sentence_date("3个月后，甲公司再次起诉。", "2025-01-10", "2025-01-10") == ("2025-04", True)


def test_a_month_told_alone_goes_on_from_the_month_the_story_told():
    assert sentence_date("5月，法院驳回了乙公司的动议。", "2023-03", "2025-10-08") == ("2023-05", True)
    assert sentence_date("3月，法院驳回了乙公司的动议。", "2023-10", "2025-10-08") == ("2024-03", True)


def test_the_date_spans_other_patterns_step_over_take_spaces_and_a_missing_month_or_day():
    import re
    from kg.dates import CHINESE_DATE_SPAN, CHINESE_MONTH_DAY, CHINESE_YEAR
    for text in ("2024年5月3日", "2024 年 5 月 3 日", "2024年5月", "2024年"):
        assert re.fullmatch(CHINESE_DATE_SPAN, text)
    assert not re.fullmatch(CHINESE_DATE_SPAN, "5月3日")  # a span opens with its year
    assert re.fullmatch(CHINESE_MONTH_DAY, "3 月 12 日") and not re.fullmatch(CHINESE_MONTH_DAY, "3月")
    assert CHINESE_YEAR.fullmatch("2021年") and not CHINESE_YEAR.fullmatch("1821年")


@pytest.mark.parametrize("sentence, date", [
    ("法院今天作出一审判决。", "2025-05-20"),
    ("法院今天作出一審判決。", "2025-05-20"),
    ("The court ruled today that the startup infringed.", "2025-05-20"),
    ("In today's ruling, the court upheld the claims.", "2025-05-20"),
    ("昨日，甲市法院公开开庭审理此案。", "2025-05-19"),
    ("Yesterday the judge dismissed the suit.", "2025-05-19"),
    ("近日，甲市人民法院作出判决。", "2025-05"),
    ("日前，甲市人民法院作出判決。", "2025-05"),
])
def test_today_yesterday_and_recently_count_from_the_articles_own_date(sentence, date):
    assert [iso for _, _, iso, _ in date_spans(sentence, "2025-05-20", "2025-05-20")] == [date]


def test_a_name_holding_today_is_no_date():
    assert date_spans("今日头条起诉了一家公司。", "2025-05-20", "2025-05-20") == []


@pytest.mark.parametrize("month_day, text, expected", [
    ("Nov. 4", "Filed on March 3, 2025. In 2022 it began; 2022 again; 2022.", "2025-11-04"),
    ("March 3", "The ruling of May 10, 2024 came after the suit.", "2025-03-03"),  # not before the latest dated day
    ("Jan. 5", "In 2022 it began. A hearing is set for January 9, 2026.", "2026-01-05"),  # a few days ahead: same year
    ("11月4日", "2022年3月起诉，2022年，2022年。2025年8月，法院受理。", "2025-11-04"),
    ("2月3日", "该案于2024年11月5日立案。", "2025-02-03"),
    ("3月3日", "2022年、2023年均有报道。", None),  # years alone tell no day: unknown
    ("Nov. 4", "", None),
])
def test_dateline_date_reads_the_year_from_the_latest_dated_day(month_day, text, expected):
    assert dateline_date(month_day, text) == expected


@pytest.mark.parametrize("text, year, expected", [
    ("12月6日，据报道，某报起诉某公司。该公司成立于2022年。", None, None),  # the year it names is no lead's year
    ("12月6日，据报道，某报起诉某公司。此前该公司已于2025年10月3日被诉。", None, "2025-12-06"),
    ("12月6日，据报道，某报起诉某公司。", 2024, "2024-12-06"),  # the year, from the head
    ("On Dec. 6 a paper sued. It had warned the firm on Nov. 2, 2025; in 2022 it launched.", None, "2025-12-06"),
    ("The paper sued on March 2, 2025, after 2022.", None, "2025-03-02"),
])
def test_lead_date_gives_a_yearless_first_day_the_year_of_the_texts_dated_days(text, year, expected):
    assert lead_date(text, year) == expected


@pytest.mark.parametrize("text, iso", [
    ("28/11/2024 10:52", "2024-11-28"),  # a day over 12 first: day, month, year
    ("01/15/2026", "2026-01-15"),  # a day over 12 second: month, day, year
    ("10.10.2025", "2025-10-10"),  # both the same: either order
    ("28-11-2024", "2024-11-28"),
    ("發佈日期：28/11/2024", "2024-11-28"),
])
def test_a_numeric_date_before_its_year_is_read_where_its_order_is_plain(text, iso):
    assert first_date(text) == iso


@pytest.mark.parametrize("text", ["05/06/2024", "11.06.2025", "v1.13.2024", "28/11-2024", "3.5.20245", "31/02/2024"])
def test_a_numeric_date_of_unknown_order_or_no_date_is_none(text):
    assert find_dates(text) == []


def test_a_month_of_its_year_is_no_yearless_month():
    """In June of 2025: the year the text gives, not the story's (a yearless June read with the default year)."""
    assert find_dates("In June of 2025, a judge ruled.", default_year=2026) == [(3, 15, "2025-06")]
    assert find_dates("the Act of 2024") == []


@pytest.mark.parametrize("text, expected", [
    # a date opening the text (first lines, first sentence under a headline) is its own
    ("Brightmoor Labs settles\nOn March 4, 2025, Brightmoor Labs settled with Quillon. It agreed on Wednesday.", "2025-03-04"),
    ("Quillon wins\nSubhead line\nIn May 2024, a court ruled for Quillon. The firm appealed on Monday.", "2024-05"),
    ("2025年3月4日，晨岭科技与青禾公司和解。双方于周三签署协议。", "2025-03-04"),
    ("2025年3月4日，晨嶺科技與青禾公司和解。雙方於週三簽署協議。", "2025-03-04"),
    # a date first told deep in the story is background: no date of the item's own
    ("Brightmoor Labs settles\nBrightmoor Labs settled with a mother on Wednesday.\nThe suit was filed last year. "
     "Her son died in February 2024, after months of chats.", None),
    ("晨岭科技与一名母亲和解\n晨岭科技近日与一名母亲和解。\n该案去年起诉。她的儿子于2024年2月去世。", None),
    ("晨嶺科技與一名母親和解\n晨嶺科技近日與一名母親和解。\n該案去年起訴。她的兒子於2024年2月去世。", None),
    ("Quillon sues\nQuillon sued on Monday.\nIt says the app misled users. The app launched on June 3, 2021; "
     "its maker raised funds in March 2023.", None),
    # unless it is a day no earlier than any date the text tells
    ("Quillon wins\nQuillon sued Brightmoor Labs.\nThe case was opened in 2023. A judge ruled on June 3, 2025.", "2025-06-03"),
    ("青禾公司胜诉\n青禾公司起诉晨岭科技。\n该案于2023年立案。法院于2025年6月3日作出判决。", "2025-06-03"),
    ("青禾公司勝訴\n青禾公司起訴晨嶺科技。\n該案於2023年立案。法院於2025年6月3日作出判決。", "2025-06-03"),
])
def test_lead_date_is_the_first_date_only_where_it_opens_the_text_or_is_its_latest_day(text, expected):
    assert lead_date(text) == expected
    assert lead_date(text, 2026) == expected
