"""kg.facts.cue, a shape of Chinese ruling news: a court banning a party or ordering it to
stop (东京地方法院禁止X…, 法院发出禁令，禁止X…) rules in a matter the party is a litigant in
(SCHEMA adjudicated); only an authority bans.  Each in Simplified and in Traditional as OpenCC
s2t writes it."""
from __future__ import annotations

import opencc
import pytest

TRADITIONAL = opencc.OpenCC("s2t")


def both_scripts(read_facts, as_read, sentence):
    """The facts read in the sentence and in its Traditional spelling as the pipeline reads it."""
    return [(text, read_facts(as_read(text))) for text in (sentence, TRADITIONAL.convert(sentence))]


@pytest.mark.parametrize("sentence, court, party", [
    ("东京地方法院禁止星岚科技在日本提供相关服务。", "东京地方法院", "星岚科技"),
    ("美国加州北区联邦地区法院发出禁令，禁止星岚科技使用该商标。", "美国加州北区联邦地区法院", "星岚科技"),
    ("北京互联网法院责令星岚科技暂停该功能。", "北京互联网法院", "星岚科技"),
])
def test_a_court_banning_a_party_rules_on_it(read_facts, as_read, sentence, court, party):
    """A court's ban or order on a party (禁止, 发出禁令) is its ruling in a matter the party is a
    litigant in (SCHEMA adjudicated), not an authority's ban (cue.COURT_RULED)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert (court, "adjudicated", party) in found, (text, found)
        assert not {(h, r, t) for h, r, t in found if r == "banned" and h == court}, (text, found)


def test_a_body_banning_still_bans(read_facts, as_read):
    for text, found in both_scripts(read_facts, as_read, "意大利数据保护局禁止星岚科技处理意大利用户的数据。"):
        assert ("意大利数据保护局", "banned", "星岚科技") in found, (text, found)


@pytest.mark.parametrize("sentence, court, party", [
    ("星岚科技向上海市高级人民法院提起诉讼，要求苹果停止销售相关产品。", "上海市高级人民法院", "苹果"),
    ("星岚科技已向北京互联网法院起诉，请求禁止OpenAI继续使用该名称。", "北京互联网法院", "OpenAI"),
])
def test_a_court_asked_to_ban_has_not_ruled(read_facts, as_read, sentence, court, party):
    """A plea (要求, 请求: context.tsv plea) before the ban in its clause: a party asks the court where it
    sued; the court has neither banned nor ruled."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {(h, r, t) for h, r, t in found if h == court and t == party and r in ("banned", "adjudicated")}, \
            (text, found)
