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
