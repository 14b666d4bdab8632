"""kg.mentions.base: what the name families share; here, doc.ents in step with the mentions."""
from dataclasses import replace

from kg.mentions.base import set_mentions
from kg.model import Mention


def _entities(doc) -> list[tuple[str, str, str]]:
    return [(span.text, span.label_, span.kb_id_) for span in doc.ents]


def test_entities_follow_the_mentions_each_time_a_refiner_changes_them(pipeline):
    text = "微软与OpenAI宣布合作。"
    doc = pipeline.nlp.make_doc(text)
    microsoft = Mention("微软", "Company", 0, 2, kb_id="microsoft")
    openai = Mention("OpenAI", "Company", 3, 9)
    set_mentions(doc, [microsoft])
    assert _entities(doc) == [("微软", "Company", "microsoft")]
    set_mentions(doc, [microsoft, openai])  # a name added
    assert _entities(doc) == [("微软", "Company", "microsoft"), ("OpenAI", "Company", "")]
    set_mentions(doc, [microsoft, replace(openai, type="Organization", kb_id="openai")])  # retyped, identified
    assert _entities(doc) == [("微软", "Company", "microsoft"), ("OpenAI", "Organization", "openai")]
    set_mentions(doc, [replace(microsoft, aliases=("Microsoft",))])  # a name dropped, another given an alias
    assert _entities(doc) == [("微软", "Company", "microsoft")]
    assert doc.user_data["mentions"][0].aliases == ("Microsoft",)


def test_a_position_is_inside_a_title_only_between_its_marks():
    from kg.mentions.base import inside_title
    text = "国务院印发《数据安全条例》，条例自明年起施行"
    opened, closed = text.index("《"), text.index("》")
    assert inside_title(text, opened + 1) and inside_title(text, closed)
    assert not inside_title(text, opened) and not inside_title(text, closed + 1)
    assert not inside_title(text, text.index("，条例") + 1)
    assert not inside_title("没有书名号的句子", 3)


def test_the_clause_before_a_position_starts_after_the_last_mark():
    from kg.mentions.base import clause_before
    text = "据悉，多地法院此后发布了关于智能写作的指引"
    assert clause_before(text, text.index("关于")) == "多地法院此后发布了"
    assert clause_before("发布了关于", 3) == "发布了"


def test_many_issuers_reads_only_the_clause_before_the_position():
    from kg.mentions.base import ManyIssuers
    many = ManyIssuers(("多地", "有关部门"))
    text = "有关部门表示，交通局印发关于共享单车的通知"
    assert not many(text, text.index("关于"))  # 有关部门 stands in the clause before the comma
    text = "去年多地交通局印发了关于共享单车的通知"
    assert many(text, text.index("关于"))


# -- the indexes families ask instead of scanning every name ---------------------------------

def test_taken_answers_as_overlaps_any_does():
    import random

    from kg.mentions.base import Taken
    from kg.model import overlaps_any
    rng = random.Random(5)
    spans = [(start, start + rng.randint(0, 6)) for start in (rng.randint(0, 60) for _ in range(40))]
    taken, listed = Taken(spans[:20]), [Mention("x", "Company", s, e) for s, e in spans[:20]]
    for start, end in spans[20:]:
        for query in [(q, q + rng.randint(1, 8)) for q in range(0, 70, 3)] + [(start, end)] * (end > start):
            assert taken.overlaps(*query) == overlaps_any(*query, listed)
            others = [m for m in listed if (m.start, m.end) != query]
            assert taken.overlaps(*query, besides_itself=True) == overlaps_any(*query, others)
        taken.add(start, end)
        listed.append(Mention("x", "Company", start, end))


def test_holding_lists_the_names_a_span_shares_a_character_with():
    import random

    from kg.mentions.base import Holding
    rng = random.Random(7)
    spans = [(start, start + rng.choice((0, 1, 3, 8))) for start in (rng.randint(0, 60) for _ in range(40))]
    listed = [Mention("x", "Company", s, e) for s, e in spans[:20]]
    holding = Holding(listed)
    for start, end in spans[20:]:
        for q in range(0, 70, 2):
            query = (q, q + rng.randint(1, 8))
            want = {id(m) for m in listed if m.start < query[1] and query[0] < m.end}  # (an empty name strictly inside too)
            assert {id(m) for m in holding.overlapping(*query)} == want
        mention = Mention("x", "Company", start, end)
        holding.add(mention)
        listed.append(mention)
    assert any(m.start == m.end for m in listed)


def test_covering_and_endings():
    from kg.mentions.base import Covering, Endings
    covering = Covering([(0, 5), (3, 12), (20, 25)])
    assert covering.covers(4, 12) and covering.covers(20, 25) and not covering.covers(10, 14) and not covering.covers(19, 21)
    persons = Endings([Mention("Paul M. Nakasone", "Person", 10, 26), Mention("Jane Roe", "Person", 40, 48)])
    assert persons.ends_with("Nakasone", before=30) and persons.ends_with("M. Nakasone")
    assert not persons.ends_with("Nakasone", before=20) and not persons.ends_with("Paul M. Nakasone")
    found = [Mention("Acme", "Company", 50, 54), Mention("John Doe", "Person", 60, 68)]
    persons.add_new(found)
    assert persons.ends_with("Doe", before=70) and not persons.ends_with("Acme")


def test_english_rules_are_registered_once_each():
    from kg.mentions.english import RULES, EnglishNames
    from kg.mentions.words import vocabulary
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)) and all(rule.sees in ("text", "candidates", "people", "found") for rule in RULES)
    # the rules that read every English name found before them run after all the others
    assert [rule.sees == "found" for rule in RULES] == sorted(rule.sees == "found" for rule in RULES)
    finder = EnglishNames(vocabulary())
    court = finder.rule("court").find("a judge of the Southern District of New York ruled", [])
    assert [(m.text, m.type, m.mechanism) for m in court] == [("Southern District of New York", "Court", "english/court")]


def test_the_entities_a_character_or_an_end_has_are_read_from_the_tokens_own_index():
    """Review B 11: the index of entities was a module global keyed on the list and its length
    (stale once the list is sorted or changed in place); it lives on the Tokens now."""
    from kg.mentions.base import Tokens
    tokens = Tokens(["美国", "联邦", "法院"], [0, 2, 4], ["", "", ""], [False] * 3,
                    [(2, 6, "Court", "c"), (0, 2, "Jurisdiction", "us")])
    assert tokens.entity_at(0)[3] == "us" and tokens.entity_at(5)[3] == "c" and tokens.entity_at(6) is None
    assert [e[3] for e in tokens.entities_ending(2)] == ["us"]
    tokens.entities[:] = [(0, 4, "Regulator", "r"), (4, 6, "Court", "c")]  # the same length, changed in place
    tokens.entities_changed()
    assert tokens.entity_at(0)[3] == "r" and tokens.entities_ending(2) == []
    other = Tokens(["甲"], [0], [""], [False], [(0, 1, "Company", "x")])
    assert other.entity_at(0)[3] == "x" and tokens.entity_at(0)[3] == "r"  # each its own
