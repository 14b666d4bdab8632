"""Acts told as sought, asked for, proposed or hoped for are not done (grammar.sought, issue 49):
the word governing the act's verb or noun stands before it in its clause.  Invented names."""
from __future__ import annotations

import pytest

from kg.facts.grammar import sought


def _sought(sentence: str, word: str) -> bool:
    return sought(sentence, sentence.index(word))


@pytest.mark.parametrize("sentence, word", [
    ("The publishers want a settlement that involves Orlan Labs paying licence fees.", "settlement"),
    ("The agency welcomes comments on a proposed settlement between it and Orlan Labs, which requires Orlan Labs to stop",
     "requires"),
    ("The questions referred to the court for a preliminary ruling are as follows:", "ruling"),
    ("Its primary objective: to achieve clarification in the form of a landmark ruling by the court.", "ruling"),
    ("该公司表示愿与蓝湾数据公司密切合作。", "合作"),
    ("该公司表示願與藍灣數據公司密切合作。", "合作"),
    ("星河公司提出以90亿美元收购蓝湾公司，但遭拒绝。", "收购"),
    ("星河公司寻求与蓝湾公司达成授权协议。", "协议"),
    ("星河公司希望蓝湾公司投资或收购该公司。", "投资"),
    ("星河公司希望藍灣公司投資或收購該公司。", "投資"),
])
def test_an_act_a_word_of_seeking_governs(sentence, word):
    assert _sought(sentence, word)


@pytest.mark.parametrize("sentence, word", [
    ("Tesk Press sued Orlan Labs, seeking damages and an injunction.", "sued"),  # the suit done, the damages sought
    ("The plaintiffs sought an injunction, but the court ruled for Orlan Labs.", "ruled"),
    ("The plaintiffs sought an injunction and the court granted it.", "granted"),
    ("The agency approved a settlement that prohibits Orlan Labs from selling the data.", "prohibits"),
    ("The judge granted Tesk Press's bid for summary judgment.", "granted"),
    ("星河公司寻求和解，但法院判决蓝湾公司胜诉。", "判决"),
    ("星河公司以90亿美元收购蓝湾公司。", "收购"),
    ("星河公司表示將與藍灣公司密切合作。", "合作"),
])
def test_an_act_done(sentence, word):
    assert not _sought(sentence, word)


@pytest.fixture
def facts(read_facts):
    return lambda text, title="Wire story": set(read_facts(text, title=title))


def test_a_settlement_wanted_settles_nothing(facts):
    text = ("Tesk Press and Vanta News sued Orlan Labs in the District of Oregon. The publishers want a settlement "
            "that involves Orlan Labs paying licence fees.")
    assert not any(r == "settled" for _, r, _ in facts(text))
    done = facts(text.replace("want a settlement that involves Orlan Labs paying licence fees",
                              "reached a settlement with Orlan Labs"))
    assert ("Tesk Press", "settled", "Orlan Labs") in done


@pytest.mark.parametrize("wished, done", [
    ("星河智能科技有限公司表示愿与蓝湾数据公司密切合作。", "星河智能科技有限公司表示将与蓝湾数据公司密切合作。"),
    ("星河智能科技有限公司寻求与蓝湾数据公司合作。", "星河智能科技有限公司宣布与蓝湾数据公司合作。"),
])
def test_a_partnership_sought_is_none(facts, wished, done):
    assert ("星河智能科技有限公司", "partnered", "蓝湾数据公司") not in facts(wished, title="测试条目")
    assert ("星河智能科技有限公司", "partnered", "蓝湾数据公司") in facts(done, title="测试条目")


def test_a_rejected_bid_acquires_nothing(facts):
    bid = "今年2月，星河智能科技有限公司提出以90亿美元收购蓝湾数据公司，但遭拒绝。"
    assert not any(r == "acquired" for _, r, _ in facts(bid, title="测试条目"))
    made = facts("今年2月，星河智能科技有限公司以90亿美元收购蓝湾数据公司。", title="测试条目")
    assert ("星河智能科技有限公司", "acquired", "蓝湾数据公司") in made


def test_a_proposed_settlements_terms_ban_and_fine_nothing(facts):
    text = ("The FTC welcomes comments on a proposed settlement between the FTC and Orlan Labs, which requires "
            "Orlan Labs to stop misleading people and pay $93,000.")
    read = facts(text)
    assert not any(r in ("banned", "fined") for _, r, _ in read)
    assert any(r == "accused" and t == "Orlan Labs" for _, r, t in read)  # the charges it settles stand
    approved = facts(text.replace("welcomes comments on a proposed settlement", "approved a settlement"))
    assert any(r == "banned" and t == "Orlan Labs" for _, r, t in approved)
