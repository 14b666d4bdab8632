"""kg.facts.roster: a roster of one actor's partners (与A合作的企业包括B、C) partners A with each."""
from __future__ import annotations


def test_each_firm_of_the_roster_partnered_the_actor(read_facts):
    found = read_facts("目前和商汤科技开展智能驾驶合作的企业还包括比亚迪、一家青岛工厂以及蔚来。")
    partners = {t for h, r, t in found if r == "partnered" and h == "商汤科技"}
    partners |= {h for h, r, t in found if r == "partnered" and t == "商汤科技"}
    assert partners >= {"比亚迪", "蔚来"}


def test_a_list_that_is_no_roster_of_partners_partners_nothing(read_facts):
    found = read_facts("商汤科技的客户还包括比亚迪和蔚来。")
    assert not {f for f in found if f[1] == "partnered" and f[0] == "商汤科技" and f[2] in ("比亚迪", "蔚来")}
