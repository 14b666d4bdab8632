"""The title family: 《…》 titles (sentences and names written for the tests)."""
from __future__ import annotations


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
