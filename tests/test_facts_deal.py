"""kg.facts.deal: an actor that deploys, licenses or tests a product is a partner of its developer."""
from __future__ import annotations

import pytest


def partners(found, developer):
    return {h if t == developer else t for h, r, t in found if r == "partnered" and developer in (h, t)}


@pytest.mark.parametrize("sentence", [
    "Among the European banks already deploying Claude, Anthropic's assistant, are BNP Paribas and Santander.",
    "BNP Paribas and Santander have been testing Claude since March, Anthropic said.",
    "Claude customers include BNP Paribas and Santander, according to Anthropic.",
    "BNP Paribas and Santander are among the first companies licensing Claude from Anthropic.",
    "Claude has been rolled out across BNP Paribas and Santander, Anthropic said on Tuesday.",
])
def test_users_of_a_product_are_partners_of_its_developer(read_facts, sentence):
    assert partners(read_facts(sentence, title="Banks sign up"), "Anthropic") == {"BNP Paribas", "Santander"}


def test_the_developer_may_be_the_name_the_document_says_released_it(read_facts):
    found = read_facts("Mistral AI launched a model called Orbit 2.5 in May. Siemens has deployed Orbit 2.5 in its plants.",
                       title="Robots")
    assert partners(found, "Mistral AI") == {"Siemens"}, found


def test_an_intention_a_plain_use_or_the_developers_own_rollout_is_no_deal(read_facts):
    assert not partners(read_facts("Santander is considering deploying Claude, Anthropic said.", title="Banks"), "Anthropic")
    assert not partners(read_facts("Lawyers for Santander used Claude to draft a brief, Anthropic said.", title="Banks"),
                        "Anthropic")
    assert not partners(read_facts("Anthropic rolled out Claude to all users on Monday.", title="Banks"), "Anthropic")


def test_a_chinese_user_before_its_verb_and_the_product_after_it(read_facts):
    found = read_facts("深度求索今年1月发布DeepSeek-R1。此后，腾讯宣布旗下产品正式接入DeepSeek-R1。")
    assert partners(found, "深度求索") == {"腾讯"} or partners(found, "DeepSeek") == {"腾讯"}, found
    found = read_facts("深度求索今年1月发布DeepSeek-R1。腾讯表示尚未接入DeepSeek-R1。")
    assert not partners(found, "深度求索") and not partners(found, "DeepSeek")
