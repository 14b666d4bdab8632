"""Persons after a word the role lexicons lacked (entity recall on unseen text): a Malaysian
honorific (丹斯里, 拿督, 拿汀: context.tsv person_honorific) opens a person's name and stays
in it, up to a verb, a function character or a mark; a partner's kinship word (男友, 未婚妻:
context.tsv person_role_before) ends before a transliterated name.  Sentences and names
written for the tests."""
from __future__ import annotations

import pytest

from test_names_district_courts import names  # noqa: F401  (the module's fixture: mentions by their text)


@pytest.mark.parametrize("text, person", [
    ("骗子冒用某银行前总裁丹斯里莫妮卡发布视频，诱人加入投资群组。", "丹斯里莫妮卡"),
    ("卫生部前总监丹斯里阿兹米的头像遭到冒用。", "丹斯里阿兹米"),
    ("反对党议员拿督阿兹米哈山提问政府如何应对深伪内容。", "拿督阿兹米哈山"),
    ("拿汀李美玲表示，她从未授权任何广告使用她的照片。", "拿汀李美玲"),
])
def test_an_honorific_opens_a_name_and_stays_in_it(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert not any(other != person and m.type == "Person" and (person in other or other in person)
                   for other, m in found.items())


@pytest.mark.parametrize("text", [
    "该州的拿督头衔由州元首册封。",                 # the honorific named, no one holding it
    "丹斯里是马来西亚的一种荣誉头衔。",
])
def test_an_honorific_alone_names_no_one(names, text):
    assert not any(m.type == "Person" for m in names(text).values())


@pytest.mark.parametrize("text, person", [
    ("事发当晚，她和男友卡洛斯·门多萨将车停在路边。", "卡洛斯·门多萨"),
    ("原告的未婚妻玛丽亚·桑托斯表示，她会出庭作证。", "玛丽亚·桑托斯"),
])
def test_a_partners_word_ends_before_the_name(names, text, person):
    found = names(text)
    assert found[person].type == "Person"
    assert not any(other != person and other.endswith(person) for other in found)
