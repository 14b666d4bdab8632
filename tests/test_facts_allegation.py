"""kg.facts.allegation: an accusation told as what the accuser says or believes (X称Y侵犯…), and a
warning received (Y收到X的侵权警告), invented sentences in Simplified and in Traditional as
OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

S2T = opencc.OpenCC("s2t")


def accused(found: set) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "accused"}


@pytest.mark.parametrize("sentence, pairs", [
    ("美国电影协会声称OpenAI侵犯了其会员的版权。", {("美国电影协会", "OpenAI")}),
    ("美国电影协会称，OpenAI的视频工具侵犯了会员公司的版权。", {("美国电影协会", "OpenAI")}),
    ("亚马逊认为，Perplexity的Comet浏览器违反了其服务条款。", {("亚马逊", "Perplexity")}),
    ("OpenAI指出DeepSeek涉嫌通过蒸馏窃取其模型。", {("OpenAI", "DeepSeek")}),
    ("OpenAI此前怀疑DeepSeek违规蒸馏其模型。", {("OpenAI", "DeepSeek")}),
    ("中国知网在声明中明确指出，秘塔AI搜索未经授权使用其文献。", {("中国知网", "秘塔AI搜索")}),
    ("日本经济新闻社与朝日新闻社声称，Perplexity未经许可复制其文章。",
     {("日本经济新闻社", "Perplexity"), ("朝日新闻社", "Perplexity")}),
    ("OpenAI周三发表声明称，DeepSeek不当使用了其模型输出。", {("OpenAI", "DeepSeek")}),
    ("亚马逊控Perplexity涉电脑诈欺。", {("亚马逊", "Perplexity")}),
    ("Perplexity反指亚马逊霸凌。", {("Perplexity", "亚马逊")}),
    ("意大利数据保护局指OpenAI违反了GDPR。", {("意大利数据保护局", "OpenAI")}),
])
def test_a_claim_of_wrongdoing_accuses_the_party_it_names(read_facts, as_read, sentence, pairs):
    for text in (sentence, as_read(S2T.convert(sentence))):
        assert {(as_read(h), as_read(t)) for h, t in pairs} <= accused(read_facts(text)), text


@pytest.mark.parametrize("sentence", [
    "据路透社称，OpenAI涉嫌违反数据保护法。",            # the source of a report
    "OpenAI表示，DeepSeek并未违反其服务条款。",          # a negation
    "OpenAI表示，DeepSeek的新模型表现出色。",             # no wrongdoing
    "OpenAI称，谷歌已与微软签署协议，违约金高达10亿美元。",  # another party before the word
    "OpenAI表示，美国商务部将对违规行为采取行动。",  # acting against wrongdoing
])
def test_a_report_a_denial_or_a_remark_accuses_no_one(read_facts, sentence):
    assert not {pair for pair in accused(read_facts(sentence)) if "OpenAI" in pair or "路透社" in pair or "美国商务部" in pair}


@pytest.mark.parametrize("sentence", [
    "北京互联网法院认为，星辰科技公司侵犯了原告的著作权。",
    "法官乔安娜·史密斯在判决中指出，星辰科技公司仅在商标侵权上部分胜诉。",
])
def test_a_court_or_judge_finding_is_no_accusation(read_facts, sentence):
    assert not {(h, t) for h, t in accused(read_facts(sentence)) if "法院" in h or "史密斯" in h}


def test_a_claim_against_a_party_the_item_has_sued_is_the_suit_s(read_facts):
    found = read_facts("调查报道中心起诉OpenAI。调查报道中心首席执行官莫妮卡·鲍尔莱因表示，OpenAI窃取了我们的新闻。")
    assert ("莫妮卡·鲍尔莱因", "OpenAI") not in accused(found)


@pytest.mark.parametrize("sentence, pair", [
    ("谷歌接到迪士尼发出的律师函。", ("迪士尼", "谷歌")),
    ("据报道，谷歌已收到迪士尼的侵权警告。", ("迪士尼", "谷歌")),
    ("Perplexity上月收到了BBC的停止侵权函。", ("BBC", "Perplexity")),
])
def test_a_warning_received_accuses_the_receiver(read_facts, as_read, sentence, pair):
    for text in (sentence, as_read(S2T.convert(sentence))):
        assert tuple(as_read(n) for n in pair) in accused(read_facts(text)), text


def test_a_body_receiving_a_complaint_is_not_accused(read_facts):
    assert not accused(read_facts("美国联邦贸易委员会收到EPIC的律师函，要求调查OpenAI。"))


@pytest.mark.parametrize("sentence, pair", [
    ("美国电影协会曾在10月致函OpenAI，要求平台防止版权侵害。", ("美国电影协会", "OpenAI")),
    ("迪士尼致信Character.AI，要求其停止使用迪士尼角色。", ("迪士尼", "Character.AI")),
    ("迪士尼向谷歌发函，指其大规模侵犯版权。", ("迪士尼", "谷歌")),
])
def test_a_letter_of_demand_accuses_its_receiver(read_facts, as_read, sentence, pair):
    for text in (sentence, as_read(S2T.convert(sentence))):
        assert tuple(as_read(n) for n in pair) in accused(read_facts(text)), text


@pytest.mark.parametrize("sentence", [
    "德国数据保护专员致函苹果和谷歌，要求下架DeepSeek。",   # the letter names its target
    "OpenAI致函美国商务部，要求禁止DeepSeek。",            # to a body, about someone else
    "迪士尼致函OpenAI，对双方合作表示欢迎。",               # no demand
])
def test_a_letter_about_someone_else_or_of_no_demand_accuses_no_receiver(read_facts, sentence):
    assert not {(h, t) for h, t in accused(read_facts(sentence)) if t in ("苹果", "谷歌", "美国商务部", "OpenAI")}
