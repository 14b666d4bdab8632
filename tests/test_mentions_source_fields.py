"""A page's field line naming the story's source among its other fields (issue 49): the
outlet after a date or a time (发布时间:… 来源:X, 时间:… 18:22内容来源:X), whole (上游新闻
is no 上游), without the next field's label after it (来源:X 作者:, 来源:X+收藏本文).
Lines written for the tests, in Simplified, Traditional (OpenCC s2t) and a Latin name."""
from __future__ import annotations

import opencc
import pytest

_STORY = "卓汇科技被起诉侵犯著作权\n{line}\n卓汇科技于3月5日被北京互联网法院受理的一起案件中被诉侵权，原告为青禾影业。\n"
_S2T = opencc.OpenCC("s2t")


def _page(line: str) -> str:
    """The page, in Traditional script throughout where its source line is."""
    page = _STORY.format(line=line)
    return _S2T.convert(page) if _S2T.convert(line) == line and line != opencc.OpenCC("t2s").convert(line) else page


def _outlets(pipeline, tmp_path, line: str) -> set[str]:
    """The Company or Organization nodes a one-story page with ``line`` under its title gives."""
    path = tmp_path / "story.txt"
    path.write_text(_page(line), encoding="utf-8")
    result = pipeline.process(path)
    return {mention.text for mentions in result.mentions for mention in mentions
            if mention.type in ("Company", "Organization") and mention.mechanism.endswith("source")}


@pytest.mark.parametrize("line, outlet", [
    ("日期:2024-01-08 来源:星河法务观察 作者: 浏览量:", "星河法务观察"),
    ("日期:2024-01-08 來源:星河法務觀察 作者: 瀏覽量:", "星河法務觀察"),
    ("类别:社会 发布时间:2025-04-21 13:28:00 来源:青川晚报", "青川晚报"),
    ("類別:社會 發佈時間:2025-04-21 13:28:00 來源:青川晚報", "青川晚報"),
    ("时间:2025-02-17 18:22内容来源:岭南早报 新闻归类:国际", "岭南早报"),
    ("時間:2025-02-17 18:22內容來源:嶺南早報 新聞歸類:國際", "嶺南早報"),
    ("作者:周明 发布时间:2025-12-29 来源:江岸研究中心+收藏本文", "江岸研究中心"),
    ("作者:周明 發佈時間:2025-12-29 來源:江岸研究中心+收藏本文", "江岸研究中心"),
    ("发布时间:2025-06-02 10:15 来源:Harbor Ledger", "Harbor Ledger"),
])
def test_the_outlet_on_a_pages_field_line_is_a_node(pipeline, tmp_path, line, outlet):
    assert _outlets(pipeline, tmp_path, line) == {outlet}


@pytest.mark.parametrize("line, outlet", [
    ("发布时间:2025-04-21 13:28 来源:紫川新闻", "紫川新闻"),
    ("發佈時間:2025-04-21 13:28 來源:紫川新聞", "紫川新聞"),
    ("来源：青禾新闻网", "青禾新闻网"),
])
def test_an_outlet_whose_name_ends_in_news_is_not_cut(pipeline, tmp_path, line, outlet):
    assert _outlets(pipeline, tmp_path, line) == {outlet}


@pytest.mark.parametrize("line", [
    "发布时间:2025-04-21 13:28 来源:本报",
    "發佈時間:2025-04-21 13:28 來源:網絡",
    "日期:2024-01-08 来源:综合报道 作者:",
])
def test_generic_words_on_a_field_line_are_no_node(pipeline, tmp_path, line):
    assert not _outlets(pipeline, tmp_path, line)


def test_a_source_line_gives_no_fact_but_the_outlets_node(pipeline, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(_page("类别:科技 发布时间:2025-04-21 13:28 来源:青川晚报"), encoding="utf-8")
    result = pipeline.process(path)
    assert not [fact for fact in result.facts if "青川晚报" in (fact.head.text, fact.tail.text)]
    assert all("青川晚报" not in item.title for item in result.items)
