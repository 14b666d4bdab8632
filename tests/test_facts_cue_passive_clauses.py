"""kg.facts.cue and kg.facts.litigation, shapes of Chinese enforcement, suit and ruling news:
a passive clause told of the sentence's topic (X因涉嫌…，已被Y立案调查), its grounds between agent and verb
(被X以侵犯版权为由起诉), a question word asking what the target did (对X是否违反了…展开调查), a group told
as included in a kind of body (包括A和B在内的韩国多个部委), and a court's finding after its stage (经审理认定，)
on a described party (由亚马逊支持的AI初创公司Anthropic).  Each in Simplified and in Traditional as
OpenCC s2t writes it."""
from __future__ import annotations

import opencc
import pytest

TRADITIONAL = opencc.OpenCC("s2t")


def both_scripts(read_facts, as_read, sentence):
    """The facts read in the sentence and in its Traditional spelling as the pipeline reads it."""
    return [(text, read_facts(as_read(text))) for text in (sentence, TRADITIONAL.convert(sentence))]


@pytest.mark.parametrize("sentence, body, target", [
    ("星岚科技因涉嫌违反《中华人民共和国反垄断法》及相关规定，已被国家市场监督管理总局依法开展立案调查。",
     "国家市场监督管理总局", "星岚科技"),
    ("星岚科技因涉嫌信息披露违法违规，近日被中国证监会立案调查。", "中国证监会", "星岚科技"),
    ("OpenAI因未经授权使用《数据安全法》规定的数据，遭意大利数据保护局调查。", "意大利数据保护局", "OpenAI"),
])
def test_a_passive_clause_is_told_of_the_topic(read_facts, as_read, sentence, body, target):
    """A passive clause naming no one before its 被 (已, 近日 aside) is about the name the sentence opens
    with, not about a law or a place in the reason between (Cues.passive_topic)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert (body, "investigated", target) in found, (text, found)
        assert not {(h, r, t) for h, r, t in found if r == "investigated" and t != target}, (text, found)


def test_a_passive_of_its_own_names_its_patient(read_facts, as_read):
    """The names before 被 in the passive's own clause are its patient, whatever the sentence opens with."""
    for text, found in both_scripts(read_facts, as_read, "微软宣布与星岚科技合作，随后星岚科技被国家市场监督管理总局立案调查。"):
        assert ("国家市场监督管理总局", "investigated", "星岚科技") in found, (text, found)
        assert ("国家市场监督管理总局", "investigated", "微软") not in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "美国联邦贸易委员会对OpenAI是否违反了《消费者保护法》展开了调查。",
    "美国联邦贸易委员会援引一份记录，就OpenAI是否存在不公平的数据安全做法进行调查。",
])
def test_whether_the_target_did_wrong_is_no_doubt_of_the_act(read_facts, as_read, sentence):
    """是否 right after the name a target marker introduces, with a predicate of its own before the cue,
    asks what the target did (context.tsv embedded_question); the inquiry is opened."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("美国联邦贸易委员会", "investigated", "OpenAI") in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "美国联邦贸易委员会对OpenAI是否展开调查尚不清楚。",
    "美国联邦贸易委员会是否会对OpenAI展开调查仍未可知。",
])
def test_whether_the_act_is_done_is_still_a_doubt(read_facts, as_read, sentence):
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("美国联邦贸易委员会", "investigated", "OpenAI") not in found, (text, found)


@pytest.mark.parametrize("sentence, bodies", [
    ("包括国防部和商务部在内的美国多个部门已禁止在政府设备上使用DeepSeek。", ("国防部", "商务部")),
    ("包括国防部和贸易部在内的韩国多个部委已限制其电脑访问DeepSeek。", ("国防部",)),
])
def test_the_names_included_act_not_the_place_of_their_kind(read_facts, as_read, sentence, bodies):
    """包括A和B在内的<place>多个<kind>: A and B act; the place only says whose (Grammar.included)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        banning = {h for h, r, t in found if r == "banned"}
        assert set(bodies) <= banning, (text, found)
        assert not banning & {"美国", "韩国", "韓國"}, (text, found)


@pytest.mark.parametrize("sentence", [
    "星岚科技被纽约时报以侵犯著作权为由起诉。",
    "星岚科技遭纽约时报以不正当竞争为由告上法庭。",
])
def test_the_grounds_of_a_passive_suit_stand_between(read_facts, as_read, sentence):
    """以…为由 (context.tsv grounds_close) between the agent and the verb of a passive is no word
    between them (Cues.passive_marker)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("纽约时报", "sued", "星岚科技") in found, (text, found)


def test_a_passive_with_an_unnamed_agent_reads_nothing(read_facts, as_read):
    """被平凉警方采取刑事强制措施: the agent is a word for the police, no name; the name before the
    passive is no patient of it."""
    for text, found in both_scripts(read_facts, as_read, "用ChatGPT编造假新闻　男子被平凉警方采取刑事强制措施"):
        assert not {(h, r, t) for h, r, t in found if t == "ChatGPT" and r == "investigated"}, (text, found)


@pytest.mark.parametrize("sentence", [
    "星岚科技在声明中称，竞争对手被纽约时报以侵犯版权为由起诉。",
    "卓汇科技表示，相关企业已被纽约时报起诉。",
])
def test_a_passive_clause_with_its_own_unnamed_subject_is_told_of_no_earlier_name(read_facts, as_read, sentence):
    """竞争对手被X起诉: the clause before 被 has a subject of its own that names no one (review A 10);
    the name the sentence opens with is not the one sued (Cues.unnamed_subject)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {(h, r, t) for h, r, t in found if r == "sued"}, (text, found)


@pytest.mark.parametrize("sentence", [
    "星岚科技与卓汇科技不正当竞争纠纷一案，北京互联网法院作出一审判决。",
    "北京互联网法院审结星岚科技与卓汇科技不正当竞争纠纷案。",
])
def test_a_court_rules_on_the_sides_a_dispute_is_named_by(read_facts, as_read, sentence):
    """A与B…纠纷一案 names a case by its two sides (context.tsv dispute_case); a court ruling in its
    sentence rules on both (litigation.Hearings.disputants), and no direction of a suit is read."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert {("北京互联网法院", "adjudicated", "星岚科技"), ("北京互联网法院", "adjudicated", "卓汇科技")} <= found, (text, found)
        assert not {(h, r, t) for h, r, t in found if r == "sued"}, (text, found)



@pytest.mark.parametrize("sentence, body, law", [
    ("《星岚法案》获欧洲议会通过。", "欧洲议会", "星岚法案"),
    ("《星岚法案》于2025年2月13日得到美国参议院一致通过。", "美国参议院", "星岚法案"),
    ("《星岚法案》已获欧盟理事会批准。", "欧盟理事会", "星岚法案"),
])
def test_a_law_passed_by_a_body_told_with_an_approval_passive(read_facts, as_read, sentence, body, law):
    """获/得到 + body + 通过/批准 (context.tsv approval_passive): the law before the word is what the body
    after it passed (issued), as 被 would tell it; the 到 of 得到 marks no place (Grammar.passive)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert (body, "issued", law) in found, (text, found)


def test_an_approval_passive_is_no_passive_of_other_acts(read_facts, as_read):
    """获 before a hostile or a deal's act is no passive of approval (星岚科技获微软投资 is told by the
    funding family; 获 marks no suit)."""
    for text, found in both_scripts(read_facts, as_read, "星岚科技获纽约时报起诉一事引发关注。"):
        assert not {(h, r, t) for h, r, t in found if r == "sued"}, (text, found)


@pytest.mark.parametrize("sentence", [
    "据获悉，欧盟委员会正式通过了《星岚法案》。",
    "记者获取的文件显示，欧盟委员会正式通过了《星岚法案》。",
])
def test_an_approval_word_inside_another_word_is_no_passive(read_facts, as_read, sentence):
    """获 of 获悉, 获取 with no body's name right after it governs nothing (review A 2): the body
    before the act passed the law (Cues.approved_by)."""
    for text in (sentence, TRADITIONAL.convert(sentence)):
        found = read_facts(as_read(text), objects=True)
        assert ("欧盟委员会", "issued", "星岚法案", "cue") in {(f.head.text, f.relation, f.tail.text, f.rule)
                                                            for f in found}, text


@pytest.mark.parametrize("sentence", [
    "外界关注美国联邦贸易委员会对OpenAI是否会进一步展开调查。",
    "目前尚不清楚美国联邦贸易委员会对OpenAI是否有必要展开调查。",
    "美国联邦贸易委员会就OpenAI是否应当被处罚进行了讨论。",
    "欧盟委员会对星岚科技是否需要展开调查仍在评估。",
])
def test_a_question_whether_the_act_will_be_done_doubts_it(read_facts, as_read, sentence):
    """是否会, 是否有必要, 是否应当被 (context.tsv question_modal), or a question whose predicate ends in
    no word launching the act (review A 1): the act is asked about, not done."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {(h, r, t) for h, r, t in found if r in ("investigated", "fined")}, (text, found)


@pytest.mark.parametrize("sentence", [
    "美国联邦贸易委员会对OpenAI是否违反了消费者保护法展开了调查。",
    "美国联邦贸易委员会对OpenAI有没有违反《消费者保护法》展开了调查。",
    "美国联邦贸易委员会对OpenAI有无违反消费者保护法展开了调查。",
])
def test_a_question_of_what_the_target_did_leaves_the_act_done(read_facts, as_read, sentence):
    """是否/有没有/有无 + the target's own predicate + a launching word: the inquiry is done; 没有 inside
    有没有 is no negation (review A 8, Cues.question_around)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert ("美国联邦贸易委员会", "investigated", "OpenAI") in found, (text, found)


@pytest.mark.parametrize("sentence", [
    "借助Claude伪造公文　一男子被杭州警方依法调查",
    "用Gemini生成假新闻　女子遭宁波警方立案调查",
])
def test_a_headlines_phrases_apart_by_an_ideographic_space_are_clauses_of_their_own(read_facts, as_read, sentence):
    """(bound49) A headline's phrases stand apart by an ideographic space: the unnamed subject of the
    passive after it (一男子被…) is the one acted on, not the model named in the phrase before it
    (kg.punctuation CLAUSE_BREAK_MARKS)."""
    for text, found in both_scripts(read_facts, as_read, sentence):
        assert not {(h, r, t) for h, r, t in found if t in ("Claude", "Gemini")}, (text, found)
        assert any(h.endswith(as_read("警方")) or h.endswith("警方") for h, r, t in found), (text, found)
