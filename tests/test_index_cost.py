"""The indexes that keep a long sentence's per-name work from rescanning it (issue 52 item 5,
round 37) answer as the scans they replace, and are made once per item or per list of names,
not once per caption or per cue: a caption's sides looked up among the item's names
(kg.facts.english.CaptionNames), the names before a group read once for all the cues of a
sentence (Grammar.read_before), cues of one relation overlapping the ones found before."""
from __future__ import annotations

import random

import pytest

from kg.model import Document, Mention

PIECES = ["Jane Roe", "Roe", "Mary Ann Roe", "Acme Corp", "Acme", "Beta LLC", "Doe", "John Doe", "Ann Roe", " Roe"]


def _names(rng: random.Random, count: int) -> list[Mention]:
    out = []
    for _ in range(count):
        text = rng.choice(PIECES)
        start = rng.randrange(400)
        kind = rng.choice(("Person", "Person", "Company", "Case"))
        canonical = rng.choice((None, None, "Mary Ann Roe", "Acme"))
        out.append(Mention(text, kind, start, start + len(text), canonical=canonical))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_a_captions_side_is_looked_up_as_the_scans_of_the_items_names_found_it(seed):
    from kg.facts.english import CaptionNames
    rng = random.Random(seed)
    mentions, persons = _names(rng, 40), [m for m in _names(rng, 30) if m.type == "Person"]
    names = CaptionNames(mentions, persons)
    for candidate in {*PIECES, "Ann Roe", "Roe", "Ann", "", "Corp", "nobody"}:
        expected = next((m for m in mentions if (m.canonical or m.text) == candidate and m.type != "Case"), None) or \
            next((m for m in mentions if m.type == "Person" and (m.canonical or m.text).endswith(" " + candidate)), None)
        assert (names.named.get(candidate) or names.surnamed.get(candidate)) is expected, candidate
        named = {m.canonical or m.text: m for m in persons if (m.canonical or m.text).endswith(" " + candidate)}
        assert names.persons.get(candidate, {}) == named, candidate
    for end in range(0, 420, 13):
        assert list(names.after(end)) == sorted((m for m in mentions if m.start >= end), key=lambda m: m.start)


def test_an_items_names_are_indexed_once_however_many_captions_it_holds(pipeline, monkeypatch):
    """A line of 200 captions (Acme Inc v. Beta LLC, …) in sentences of ten: the names indexed once per item and
    per family asking, not once per caption."""
    from kg.facts import english
    made = []
    original = english.CaptionNames.__init__
    monkeypatch.setattr(english.CaptionNames, "__init__", lambda self, *args: made.append(1) or original(self, *args))
    # sentences of 10 captions: a run of 200 with no sentence end is read for known names only (kg.pipeline.apart)
    line = ("Acme Inc v. Beta LLC and Gamma Corp v. OpenAI Inc, " * 10 + "the suits said. ") * 20
    result = pipeline.process_documents([Document("captions.txt", "captions.txt", line + "\n", "0")])
    assert result and 0 < len(made) <= 3 * len(result[0].items)


def _old_extended(grammar, text, chosen, candidates, types, across_units=True):
    """Grammar.extended as it read all the names at each cue (before round 37)."""
    if not chosen:
        return chosen
    group = list(chosen)
    described: dict[int, int] = {}
    parents = grammar.listed_units(text, candidates, described) if across_units else set()
    for mention in sorted((m for m in candidates if m.end <= group[0].start and id(m) not in parents),
                          key=lambda m: m.start, reverse=True):
        if mention.end > group[0].start:
            continue
        if mention.type not in types or not grammar.coordinated(text, group[0], mention, from_right=True, described=described) \
                or grammar.former_office(text, mention, candidates):
            break
        group.insert(0, mention)
    return group


NAMES = [("微软", "Company"), ("OpenAI", "Company"), ("张三", "Person"), ("美国", "Jurisdiction"),
         ("工业与安全局", "Regulator"), ("作家协会", "Organization")]
GAPS = ["、", "、", "和", "与", "，", "下属的", "旗下的", "首席执行官", "及其子公司", "在", "起诉", "联合", "隶属于", ""]


@pytest.mark.parametrize("seed", range(30))
def test_a_group_extended_over_names_read_once_is_the_one_read_over_all_at_each_cue(pipeline, seed, monkeypatch):
    grammar = pipeline.extractor.shared.grammar
    rng = random.Random(seed)
    text, mentions = "", []
    for _ in range(rng.choice((10, 40, 120))):
        text += "".join(rng.sample(GAPS, rng.choice((1, 2))))
        name, kind = rng.choice(NAMES)
        mentions.append(Mention(name, kind, len(text), len(text) + len(name)))
        text += name
    types = rng.choice(({"Company", "Organization", "Person"}, {"Company"}, {"Regulator", "Jurisdiction"}))
    for across_units in (True, False):
        for last in rng.sample(range(len(mentions)), min(len(mentions), 12)):
            chosen = [mentions[last]]
            assert grammar.extended(text, chosen, mentions, types, across_units) == \
                _old_extended(grammar, text, chosen, mentions, types, across_units), (text, last)
    read = []
    original = type(grammar).listed_units
    monkeypatch.setattr(type(grammar), "listed_units", lambda self, *args: read.append(1) or original(self, *args))
    for mention in mentions:  # every cue of one sentence, asking with the same names
        grammar.extended(text, [mention], mentions, types)
    assert len(read) <= 1


def test_a_cue_overlapping_one_of_its_relation_found_before_is_none(pipeline):
    find_cues = pipeline.extractor.shared.find_cues
    for count in (1, 50, 300):
        sentence = "微软起诉OpenAI、" * count
        mentions = []
        for at in range(count):
            base = at * len("微软起诉OpenAI、")
            mentions += [Mention("微软", "Company", base, base + 2), Mention("OpenAI", "Company", base + 4, base + 10)]
        cues = find_cues(sentence, 0, len(sentence), mentions)
        assert [(c.relation, c.start) for c in cues] == [("sued", at * 11 + 2) for at in range(count)]
    text = "纽约时报提起诉讼，作家协会也提起诉讼并起诉了OpenAI"
    cues = find_cues(text, 0, len(text), [])
    for one in cues:
        assert not any(o is not one and o.relation == one.relation and o.start < one.end and one.start < o.end for o in cues)
    assert sum(c.relation == "sued" for c in cues) == 3


@pytest.mark.parametrize("seed", range(6))
def test_a_surname_ending_a_person_named_before_is_told_as_by_a_scan_of_the_names(seed):
    from kg.mentions.english.shared import EnglishWords
    rng = random.Random(seed)
    candidates = _names(rng, 30)
    # (read on a bare object holding only what person_endings reads: no generation marks among these names)
    asked = type("Asked", (), {"name_suffixes": frozenset(), "_read_once": EnglishWords._read_once,
                               "_person_endings_of": EnglishWords._person_endings_of})()
    endings = EnglishWords.person_endings(asked, candidates)
    for name in ("Roe", "Ann Roe", "Doe", "Acme", "Corp", "", "Nobody"):
        for start in range(0, 420, 17):
            expected = any(m.type == "Person" and m.end <= start and (m.canonical or m.text).endswith(" " + name)
                           for m in candidates)
            assert (endings.get(name, start + 1) <= start) == expected, (name, start)


def test_the_dates_of_a_sentence_read_once_give_each_caller_a_list_of_its_own():
    from kg.dates import date_spans
    sentence = "2023年12月27日，纽约时报起诉OpenAI，两周后微软回应。"
    first = date_spans(sentence, "2024-01-05", "2024-01-05")
    assert first and first[0][2] == "2023-12-27"
    first.clear()
    assert date_spans(sentence, "2024-01-05", "2024-01-05") == date_spans(sentence * 200, "2024-01-05", "2024-01-05")[:2]


@pytest.mark.parametrize("seed", range(6))
def test_a_settlements_suit_found_through_the_documents_sides_is_the_one_a_scan_finds(seed):
    """The document's suits indexed once by their sides (kg.facts.litigation _sides_of) give each settlement
    naming a side the suit a scan of all of them gives (_one_suit_of), in the same order, or none alike."""
    from kg.facts.litigation import _one_suit_of, _sides_of
    from kg.model import Evidence, Fact
    rng = random.Random(seed)
    pool = _names(rng, 12) + [Mention("Zeta Labs", "Company", 0, 9, kb_id="zeta")]
    sued = [Fact(rng.choice(pool), "sued", rng.choice(pool), Evidence("d.txt", rng.choice("ab"), "", rng.randrange(5), 9))
            for _ in range(rng.randrange(1, 40))]
    sides = _sides_of(sued)
    for _ in range(30):
        named = {(m.kb_id or m.canonical or m.text) for m in rng.sample(pool, rng.randrange(1, 3))}
        scanned, indexed = _one_suit_of(named, sued), _one_suit_of(named, sued, sides)
        assert (scanned is None) == (indexed is None)
        assert scanned is None or all(a is b for a, b in zip(scanned, indexed)) and len(scanned) == len(indexed)


def _read_in_document():
    """Invented items: two copies of one story (the same title and text), a long article read in
    two parts (one title, two texts) and a story of its own."""
    from dataclasses import replace

    from kg.facts.base import Document as FactsDocument
    from kg.model import Evidence, Fact, Item
    copy = "Ardent Mills sues Borel Foods\nArdent Mills sued Borel Foods in Lakeview."
    first_part = "Corvo Lab faces a suit\nHalden Press sued Corvo Lab on Monday."
    second_part = "Corvo Lab faces a suit\nThe publisher also sued the lab's parent, Vessa Group."
    items = [Item("archive.txt", 1, "Ardent Mills sues Borel Foods", ""), Item("archive.txt", 2, "Corvo Lab faces a suit", ""),
             Item("archive.txt", 2, "Corvo Lab faces a suit", "", continues=True),
             Item("archive.txt", 3, "Ardent Mills sues Borel Foods", ""), Item("archive.txt", 4, "Other news", "")]
    texts = [copy, first_part, second_part, copy, "Other news\nNothing."]

    def names(text: str, *found: str) -> list[Mention]:
        return [Mention(name, "Company", text.rindex(name), text.rindex(name) + len(name)) for name in found]

    mentions = [names(copy, "Ardent Mills", "Borel Foods"), names(first_part, "Halden Press", "Corvo Lab"),
                names(second_part, "Vessa Group"), names(copy, "Ardent Mills", "Borel Foods"), []]

    def fact(index: int, head: Mention, tail: Mention) -> Fact:
        text, start = texts[index], texts[index].index("\n") + 1
        return Fact(head, "sued", tail, Evidence("archive.txt", items[index].title, text[start:], start, len(text)))

    # the second part's suit between names of no item's (a reference's, a copy a family made): where its text holds it
    publisher = Mention("Halden Press", "Company", second_part.index("The publisher"), second_part.index(" also"))
    facts = [fact(0, *mentions[0]), fact(3, *mentions[3]), fact(1, *mentions[1]),
             fact(2, publisher, replace(mentions[2][0])),
             # a suit no name of any item makes and no text holds: its title's first item
             Fact(Mention("Ardent Mills", "Company", 0, 12), "sued", Mention("Borel Foods", "Company", 18, 29),
                  Evidence("archive.txt", items[0].title, "elsewhere", 0, 9))]
    return FactsDocument([(item, text, names) for item, text, names in zip(items, texts, mentions)], facts), facts


def test_an_items_facts_are_those_read_in_it_not_its_titles_other_copies_or_parts():
    """Document.facts_of: a copy of a story is given its own facts, not the other copy's as well; each
    part of a long article its own (a name a reference stands for: the part whose text holds the
    sentence); a fact no item's name or text places, its title's first item; an item of a title
    no fact has, none."""
    document, facts = _read_in_document()
    items = [item for item, _, _ in document.items]
    assert [document.facts_of(item) for item in items] == [[facts[0], facts[4]], [facts[2]], [facts[3]], [facts[1]], []]
    assert all(a is b for a, b in zip(document.facts_of(items[3]), [facts[1]]))


def test_an_archive_repeating_a_title_gives_each_copy_its_own_facts_only():
    """A title repeated a thousand times: each copy is given its own suit, and all the copies together
    are given each fact once (not every copy's facts per copy: quadratic in the document)."""
    from kg.facts.base import Document as FactsDocument
    from kg.model import Evidence, Fact, Item
    text = "Pell Works sues Quorra\nPell Works sued Quorra."
    items, facts = [], []
    for index in range(1000):
        names = [Mention("Pell Works", "Company", 23, 33), Mention("Quorra", "Company", 40, 46)]
        items.append((Item("export.txt", index, "Pell Works sues Quorra", ""), text, names))
        facts.append(Fact(*names[:1], "sued", names[1], Evidence("export.txt", "Pell Works sues Quorra", text[23:], 23, len(text))))
    document = FactsDocument(items, facts)
    given = [document.facts_of(item) for item, _, _ in items]
    assert all(len(own) == 1 and own[0] is fact for own, fact in zip(given, facts))
