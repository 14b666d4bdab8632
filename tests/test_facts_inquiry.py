"""kg.facts.inquiry: an authority demanding information of names investigated them
(sentences written for the tests)."""
from __future__ import annotations

import pytest


def _investigated(found) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in found if r == "investigated"}


def test_an_order_to_several_companies_to_explain_investigates_each(read_facts):
    found = read_facts("美国联邦贸易委员会上周向微软、亚马逊和Meta三家公司发出命令，要求其提供云计算合作协议的细节。")
    assert {("美国联邦贸易委员会", "微软"), ("美国联邦贸易委员会", "亚马逊"), ("美国联邦贸易委员会", "Meta")} \
        <= _investigated(found)


def test_a_letter_asking_a_company_to_explain_investigates_it(read_facts):
    found = read_facts("韩国个人信息保护委员会已致函DeepSeek，要求其说明用户数据的跨境传输情况。")
    assert ("韩国个人信息保护委员会", "DeepSeek") in _investigated(found)


def test_asking_a_company_about_a_deal_investigates_it(read_facts):
    found = read_facts("据报道，英国竞争和市场管理局随后就该项合作向谷歌了解情况。")
    assert ("英国竞争和市场管理局", "谷歌") in _investigated(found)


@pytest.mark.parametrize("sentence", [
    "OpenAI向微软发出邀请，希望双方继续合作。",  # no authority, no demand
    "欧盟委员会向谷歌发出警告，称其可能违反《数字市场法》。",  # a warning, nothing to tell
])
def test_no_inquiry_without_an_authority_demanding_information(read_facts, sentence):
    assert not _investigated(read_facts(sentence))


def _findings(found) -> set[tuple[str, str]]:
    return {(f.head.text, f.tail.text) for f in found if f.relation == "investigated" and f.rule == "inquiry/finding"}


@pytest.mark.parametrize("sentence, named", [
    ("爱尔兰数据保护委员会调查后认定，Meta未经用户同意处理了其个人数据。", {"Meta"}),
    ("美国联邦贸易委员会公布对两款聊天应用的审查结果，指出Character.AI和Replika未能保护未成年用户。",
     {"Character.AI", "Replika"}),
])
def test_the_subject_of_an_authority_s_finding_after_its_inquiry_was_investigated(read_facts, sentence, named):
    found = _findings(read_facts(sentence, objects=True))
    assert {t for _, t in found} == named and len({h for h, _ in found}) == 1


@pytest.mark.parametrize("sentence", [
    "爱尔兰数据保护委员会调查后认定，该公司未经用户同意处理了个人数据，Meta随后提出上诉。",  # the finding's subject is no name
    "斯坦福大学研究人员调查后发现，ChatGPT的回答常有错误。",  # no authority inquires
])
def test_no_finding_without_an_authority_and_a_named_subject(read_facts, sentence):
    assert not _findings(read_facts(sentence, objects=True))


@pytest.mark.parametrize("sentence, bodies, addressed", [
    ("英国信息专员办公室上月向Snap发出初步执行通知，认为其未评估风险。", {"英国信息专员办公室"}, "Snap"),
    ("韩国个人信息保护委员会向OpenAI发出注意提醒。", {"韩国个人信息保护委员会"}, "OpenAI"),
    ("日本总务省、日本个人信息保护委员会就泄露事件对乐天作出行政指导。", {"日本总务省", "日本个人信息保护委员会"}, "乐天"),
])
def test_a_supervisory_notice_to_a_company_investigates_it(read_facts, sentence, bodies, addressed):
    assert {(body, addressed) for body in bodies} <= _investigated(read_facts(sentence))


def test_a_penalty_decision_after_dui_is_no_notice(read_facts):
    assert not _investigated(read_facts("欧盟委员会对谷歌作出处罚决定。"))


def _accused(found: set) -> set:
    return {(h, t) for h, r, t in found if r == "accused"}


@pytest.mark.parametrize("sentence, body, named", [
    ("西班牙数据保护局认定星河科技违反了数据最小化原则。", "西班牙数据保护局", "星河科技"),
    ("荷兰数据保护局近日认定明川科技公司侵犯用户隐私。", "荷兰数据保护局", "明川科技公司"),
    ("新加坡个人数据保护委员会调查后认定，星河科技未履行通知义务。", "新加坡个人数据保护委员会", "星河科技"),
])
def test_an_authority_s_finding_of_a_breach_investigates_and_accuses_its_subject(read_facts, sentence, body, named):
    found = read_facts(sentence)
    assert (body, named) in _investigated(found) and (body, named) in _accused(found)


@pytest.mark.parametrize("sentence", [
    "西班牙数据保护局认定星河科技为重点监管对象。",  # a status found, no breach
    "多名专家认定星河科技违反了数据最小化原则。",  # no authority finds
    "西班牙数据保护局表示，星河科技认定其竞争对手违反了规定。",  # the authority is no subject of the finding
])
def test_a_finding_of_no_breach_or_by_no_authority_accuses_no_one(read_facts, sentence):
    assert not _accused(read_facts(sentence))


@pytest.mark.parametrize("sentence", [
    "该投资安排引起英国竞争和市场管理局审查。",  # what drew it is no name
    "微软与星河科技的投资安排引起英国竞争和市场管理局关注。",  # attention, no inquiry
    "微软与星河科技的投资安排引起业界热议。",  # no authority
])
def test_no_inquiry_drawn_without_a_named_subject_an_authority_and_an_inquiry(read_facts, sentence):
    assert not {(h, t) for h, t in _investigated(read_facts(sentence)) if t in ("微软", "星河科技")}


# The inquiry told from the side of whom it reaches, the scope of an inquiry told after it, an authority
# requiring an account (invented names, real authorities), each in Simplified and in Traditional as OpenCC
# s2t writes it.  Rows: sentence, (authority, subject) pairs read as investigated.
TOLD_FROM_THE_SUBJECT = [
    ("星河科技披露，公司正接受美国证券交易委员会的调查。", {("美国证券交易委员会", "星河科技")}),
    ("星河科技目前正面临美国证券交易委员会的反垄断调查。", {("美国证券交易委员会", "星河科技")}),
    ("Meta成为欧盟委员会调查的对象。", {("欧盟委员会", "Meta")}),
    ("微软和OpenAI已受到美国联邦贸易委员会的审查。", {("美国联邦贸易委员会", "微软"), ("美国联邦贸易委员会", "OpenAI")}),
    ("美国联邦贸易委员会近日启动调查。此次调查涉及谷歌、Meta和OpenAI等七家企业。",
     {("美国联邦贸易委员会", "谷歌"), ("美国联邦贸易委员会", "Meta"), ("美国联邦贸易委员会", "OpenAI")}),
    ("美国联邦贸易委员会上周宣布展开调查，调查对象包括谷歌和Meta。",
     {("美国联邦贸易委员会", "谷歌"), ("美国联邦贸易委员会", "Meta")}),
    ("金融监督管理委员会已要求星河科技提出说明。", {("金融监督管理委员会", "星河科技")}),
    ("国家网信办要求明川科技公司就数据外泄事件作出书面说明。", {("国家网信办", "明川科技公司")}),
]
NO_INQUIRY_UNDERGONE = [
    "星河科技可能面临美国证券交易委员会的调查。",  # weighed, not undergone
    "星河科技将接受美国证券交易委员会的调查。",  # not yet
    "星河科技接受美国证券交易委员会的邀请，出席听证会。",  # no inquiry
    "美国联邦贸易委员会发布报告。此次调查涉及谷歌和Meta。",  # the authority opened no inquiry
    "斯坦福大学研究人员开展了调查。此次调查涉及谷歌和Meta。",  # no authority
    "国家网信办要求明川科技公司对生成内容作出显著标识。",  # an order to label, no account asked
    "OpenAI要求星河科技说明其数据来源。",  # no authority
]


def _both_scripts(as_read, sentence: str) -> list[str]:
    import opencc
    return [sentence, as_read(opencc.OpenCC("s2t").convert(sentence))]


@pytest.mark.parametrize("sentence, pairs", TOLD_FROM_THE_SUBJECT)
def test_an_inquiry_told_from_its_subject_or_its_scope_investigates(read_facts, as_read, sentence, pairs):
    for text in _both_scripts(as_read, sentence):
        found = read_facts(text)
        assert {(as_read(h), "investigated", as_read(t)) for h, t in pairs} <= found, text


@pytest.mark.parametrize("sentence", NO_INQUIRY_UNDERGONE)
def test_no_inquiry_undergone_without_an_authority_s_inquiry_now(read_facts, as_read, sentence):
    for text in _both_scripts(as_read, sentence):
        assert not _investigated(read_facts(text)), text


@pytest.mark.parametrize("text, pair", [
    ("The Zentara Data Protection Authority fined Quillon Labs 3 million euros on Monday. "
     "Its investigation found that Quillon Labs kept the photos of its users.",
     ("Zentara Data Protection Authority", "Quillon Labs")),
    ("东港市市场监督管理局对海风科技有限公司处以罚款50万元。调查发现，海风科技有限公司违规收集人脸信息。",
     ("东港市市场监督管理局", "海风科技有限公司")),
])
def test_a_regulator_s_fine_in_an_item_telling_an_inquiry_investigates_the_one_fined(read_facts, text, pair):
    found = read_facts(text)
    assert (pair[0], "fined", pair[1]) in found
    assert pair in _investigated(found)


@pytest.mark.parametrize("text", [
    "The Zentara Data Protection Authority fined Quillon Labs 3 million euros on Monday.",  # no inquiry told
    "东港市市场监督管理局对海风科技有限公司处以罚款50万元。",
])
def test_a_fine_alone_tells_no_inquiry(read_facts, text):
    assert not _investigated(read_facts(text))


def test_an_inquiry_of_another_story_in_the_item_investigates_no_one_fined(read_facts):
    found = read_facts("东港市市场监督管理局对海风科技有限公司处以罚款50万元。另据报道，西岭市网信办公布了对多款应用的调查结果。")
    assert ("东港市市场监督管理局", "fined", "海风科技有限公司") in found
    assert not _investigated(found)


def test_an_inquiry_told_of_another_authority_in_the_fine_s_sentence_is_not_the_fine_s(read_facts):
    found = read_facts("西岭市网信办持续对云帆科技的产品展开调查，海风科技有限公司则被东港市市场监督管理局罚款50万元。")
    assert ("东港市市场监督管理局", "fined", "海风科技有限公司") in found
    assert ("东港市市场监督管理局", "海风科技有限公司") not in _investigated(found)
