"""The supersede family: an instrument that takes an older one's place repeals the older
one, by whoever issued the newer (sentences written for the tests)."""


def test_a_new_instrument_taking_an_old_ones_place_repeals_it_by_its_issuer(read_facts):
    facts = read_facts("卓汇州数据管理局发布《数据共享办法》，取代2019年的《数据开放办法》。")
    assert ("卓汇州数据管理局", "repealed", "数据开放办法") in facts
    assert ("卓汇州数据管理局", "repealed", "数据共享办法") not in facts


def test_instruments_referred_to_by_a_count_are_the_items_one_issuers(read_facts):
    facts = read_facts("卓汇州数据管理局发布《数据共享备忘录》和《数据安全备忘录》。两份备忘录取代了此前的《数据开放备忘录》。")
    assert ("卓汇州数据管理局", "repealed", "数据开放备忘录") in facts


def test_no_issuer_is_chosen_among_several_or_where_the_cue_is_negated(read_facts):
    several = read_facts("卓汇州数据管理局发布《数据共享备忘录》，卓汇州环境局发布《排放办法》。两份文件取代了此前的《数据开放备忘录》。")
    assert not {f for f in several if f[1] == "repealed"}
    negated = read_facts("卓汇州数据管理局发布《数据共享办法》。该办法不会取代《数据开放办法》。")
    assert not {f for f in negated if f[1] == "repealed"}


def test_a_replacement_that_is_no_instrument_repeals_nothing(read_facts):
    facts = read_facts("卓汇科技发布《智能助手白皮书》，称该工具可以替代人工客服。")
    assert not {f for f in facts if f[1] == "repealed"}
