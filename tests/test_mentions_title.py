"""The title family: 《…》 titles (sentences and names written for the tests)."""
from __future__ import annotations

import opencc
import pytest

from documents import read_mentions


def test_a_title_is_an_instrument(names):
    assert names("市政府印发《智能网联汽车试点管理细则》。")["智能网联汽车试点管理细则"].type == "Law"


def test_titles_listed_before_a_word_for_publications_are_publications(names):
    found = names("拥有《晨光》《山海》和《远航》等刊物的出版集团起诉了该公司。")
    assert {found[t].type for t in ("晨光", "山海", "远航")} == {"Company"}


def test_titles_listed_before_a_word_for_documents_stay_instruments(names):
    found = names("市政府印发《数据要素行动方案》和《算力设施建设指引》等文件。")
    assert {found[t].type for t in ("数据要素行动方案", "算力设施建设指引")} == {"Law"}


def test_a_known_newspapers_title_is_the_known_company(names):
    assert names("《纽约时报》报道了此事。")["纽约时报"].kb_id == "new-york-times"


def test_a_title_right_after_its_owners_word_of_holding_is_a_publication(names):
    assert names("蓝湾集团旗下的《远望》刊文称模型不能署名。")["远望"].type == "Company"
    assert names("蓝湾集团发布的《远望规范》自下月施行。")["远望规范"].type == "Law"


def test_titles_listed_before_a_word_for_creative_works_are_no_instruments(names):
    found = names("原告指控该公司侵犯了《星际远航》、《海底小队》等影视作品的版权。")
    assert "星际远航" not in found and "海底小队" not in found


def test_a_title_after_a_word_for_a_work_is_no_instrument(names):
    assert "晨光" not in names("她完成作品《晨光》后发布于社交平台。")
    assert names("网信办发布《人工智能生成内容标识办法》。")["人工智能生成内容标识办法"].type == "Law"


def test_traditional_titles_listed_before_a_word_for_films_are_no_instruments(names):
    assert "星際遠航" not in names("指控該公司侵犯《星際遠航》等電影的著作權。")


def _read(pipeline, tmp_path, text: str) -> dict:
    """The names a document of ``text`` gives, read through the whole pipeline (a Traditional
    document is read in Simplified and given back in its own characters)."""
    return {m.text: m for m in read_mentions(pipeline, tmp_path, text)}


SIMPLIFIED_CHARACTERS = "起诉状列出的例证包括《星海大战》的黑骑士、《冰原奇缘》的艾莎、《熊猫武侠》的阿宝等知名角色。"


@pytest.mark.parametrize("text", [SIMPLIFIED_CHARACTERS, opencc.OpenCC("s2t").convert(SIMPLIFIED_CHARACTERS)])
def test_titles_each_followed_by_a_character_are_works(pipeline, tmp_path, text):
    found = _read(pipeline, tmp_path, text)
    assert not [name for name, m in found.items() if m.type == "Law"], found


def test_a_title_a_chatbot_is_modelled_on_is_a_work(pipeline, tmp_path):
    for text in ("该男孩曾与一款以《王座游戏》(Game of Crowns)为原型的聊天机器人交流。",
                 "該男孩曾與一款以《王座遊戲》為原型的聊天機器人交流。"):
        assert not [m for m in _read(pipeline, tmp_path, text).values() if m.type == "Law"]


def test_a_title_a_work_word_marks_once_is_a_work_wherever_the_item_writes_it(names):
    assert "晨心" not in names("林某完成作品《晨心》。被告的图片与《晨心》高度相似。")


def test_a_private_documents_title_is_no_instrument(pipeline, tmp_path):
    for text in ("原告与被告签订《数据授权使用协议》，并提交了《授权证明》。",
                 "原告與被告簽訂《數據授權使用協議》，並提交了《授權證明》。"):
        assert not [m for m in _read(pipeline, tmp_path, text).values() if m.type == "Law"]


def test_a_treaty_and_a_law_beside_a_contract_stay_instruments(names):
    found = names("两国签署《科技繁荣协议》，并依据《数据安全法》签订《数据使用合同》。")
    assert found["科技繁荣协议"].type == "Law" and found["数据安全法"].type == "Law"
    assert "数据使用合同" not in found


@pytest.mark.parametrize("text, outlet", [
    ("《港岛通讯社15日专讯》国家网信办今日发布新的治理框架。", "港岛通讯社"),
    ("《东海日报3月5日讯》星河科技起诉一名前员工。", "东海日报"),
    ("《南岭新闻社28日电》星河科技遭前员工恶意攻击。", "南岭新闻社"),
])
def test_a_dateline_in_title_marks_names_its_outlet_not_an_instrument(pipeline, tmp_path, text, outlet):
    """《X通讯社28日专讯》: an outlet's dispatch of a day; the outlet is named, with no day glued to it."""
    for written in (text, opencc.OpenCC("s2t").convert(text)):
        found = _read(pipeline, tmp_path, written)
        assert not [m for m in found.values() if m.type == "Law"]
        assert [m for m in found.values() if m.type == "Company" and m.text in (outlet, opencc.OpenCC("s2t").convert(outlet))]


def test_a_title_ending_in_no_kind_of_instrument_is_a_work(names):
    found = names("该模型可以生成《雪国奇缘》和《银河远征》中的角色形象，玩家也熟悉《山海行》。")
    assert not {"雪国奇缘", "银河远征", "山海行"} & set(found)


def test_a_title_keeps_its_kind_past_a_qualifier_a_subtitle_or_a_kind_after_it(names):
    found = names("该局发布《数据标注管理办法(试行)》，又发布《算力与模型报告(第二部分):训练数据》，"
                  "还发布了《模型与版权》报告。")
    assert found["数据标注管理办法(试行)"].type == "Law"
    assert found["算力与模型报告(第二部分):训练数据"].type == "Law"
    assert found["模型与版权"].type == "Law"


def test_titles_before_a_report_word_or_glossed_before_a_word_for_media_are_outlets(names):
    found = names("据《晨光周报》和《远望》报道，该公司被起诉。《山海》（Mountain Sea）、《回声》（Echo）等知名媒体的母公司也起诉了它。")
    assert {found[t].type for t in ("远望", "山海", "回声")} == {"Company"}


def test_a_title_opening_or_ending_as_a_documents_stays_an_instrument(names):
    found = names("该部就《关于算力服务的用途与风险》征求意见，并发布《模型训练数据的权属问题》。")
    assert found["关于算力服务的用途与风险"].type == "Law"
    assert found["模型训练数据的权属问题"].type == "Law"


def test_a_title_its_clause_issues_stays_an_instrument_where_a_film_does_not(names):
    found = names("总统签署了《确保可信的人工智能》。该模型能生成《雪国奇缘》的画面。")
    assert found["确保可信的人工智能"].type == "Law"
    assert "雪国奇缘" not in found


def test_a_periodical_is_named_by_its_title_without_its_kind_word(names):
    found = names("本文为《远望》杂志的独家报道，《晨光月刊》第12期也转载了。")
    assert found["远望"].type == "Company" and "远望杂志" not in found
    assert found["晨光月刊"].type == "Company"
