"""The indexes that keep one long sentence's cost linear in its names and cues (issue 52
item 5) answer as the scans they replace: the same kinds of context words, the same names
overlapping a cue, the same cues inside longer ones, the same spans held by longer ones."""
from __future__ import annotations

import random
import re

import pytest

from kg.alternation import alternation, openings, openings_of
from kg.cases import event_cues
from kg.cases.sides import _Inside
from kg.facts.triggers import Cue, _outside_longer
from kg.model import Mention, Overlapping, overlaps_any

KINDS = {"title": ["首席执行官", "CEO", "Chief Executive", "董事长"], "suit": ["起诉", "sued", "诉"],
         "court": ["法院", "Court of Appeals"], "one": ["该"], "odd": ["ſtate", "Ｋ社"]}
SENTENCES = ["纽约时报起诉OpenAI和微软，该案由联邦法院审理。", "Acme Corp's chief executive SUED Beta LLC in the court of appeals",
             "董事長張三表示，公司將起訴", "The ſtate sued Kelvin K and İnci", "ＡＣＭＥ董事长", "", "x"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_kind_skipped_for_its_openings_has_no_match_in_the_sentence(sentence):
    for start in range(0, len(sentence) + 1, 3):
        for end in range(start, len(sentence) + 1, 4):
            held = openings_of(sentence, start, end)
            for words in KINDS.values():
                pattern, needed = alternation(words, re.IGNORECASE), openings(words)
                if held is not None and needed is not None and needed.isdisjoint(held):
                    assert pattern.search(sentence, start, end) is None, (words, sentence[start:end])


def test_openings_are_not_told_for_cased_letters_outside_ascii():
    assert openings(["ſtate"]) is None and openings([""]) is None  # ſ matches s in any case
    assert openings_of("The ſtate", 0, 9) is None and openings_of("ＡＣＭＥ", 0, 4) is None
    assert openings(["Board", "董事会"]) == {"boa", "董事会"}
    assert "boa" in openings_of("the BOARD", 0, 9)


def _random_spans(rng: random.Random, count: int, length: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(count):
        start = rng.randrange(length)
        spans.append((start, min(length, start + rng.choice((0, 1, 2, 3, 5, 8, 30)))))
    return spans


@pytest.mark.parametrize("seed", range(5))
def test_overlapping_finds_the_names_overlaps_any_would(seed):
    rng = random.Random(seed)
    mentions = [Mention("x", "Company", start, end) for start, end in _random_spans(rng, 60, 200)]
    index = Overlapping(mentions)
    for start, end in _random_spans(rng, 300, 200):
        expected = [m for m in mentions if overlaps_any(start, end, [m])]
        assert sorted(index.overlapping(start, end), key=id) == sorted(expected, key=id)


@pytest.mark.parametrize("seed", range(5))
def test_overlapping_one_character_tells_what_inside_any_tells(seed):
    from kg.model import inside_any
    rng = random.Random(seed)
    mentions = [Mention("x", "Company", start, end) for start, end in _random_spans(rng, 60, 200)]
    index = Overlapping(mentions)
    for position in range(-2, 203):  # (the English companies' party names ask it so: kg.mentions.english.companies)
        assert bool(index.overlapping(position, position + 1)) == inside_any(position, mentions), position


@pytest.mark.parametrize("seed", range(5))
def test_cues_inside_longer_cues_of_another_relation_are_left_out_as_by_a_scan(seed):
    rng = random.Random(seed)
    hits = [Cue(rng.choice(("sued", "accused", "partnered")), start, end) for start, end in _random_spans(rng, 80, 120)
            if end > start]
    expected = [cue for cue in hits if not any(other.relation != cue.relation and other.start <= cue.start
                                               and cue.end <= other.end and other.end - other.start > cue.end - cue.start
                                               for other in hits)]
    assert _outside_longer(hits) == expected


@pytest.mark.parametrize("seed", range(5))
def test_a_span_held_by_a_longer_one_is_found_by_bisection_as_by_a_scan(seed):
    rng = random.Random(seed)
    spans = _random_spans(rng, 40, 100)
    inside = _Inside(spans)
    for start, end in _random_spans(rng, 300, 100):
        expected = any(s <= start and end <= e and e - s > end - start for s, e in spans)
        assert inside.longer(start, end) == expected


def test_event_cues_read_once_give_each_caller_its_own_list():
    sentence = "纽约时报起诉OpenAI，法院驳回了该起诉。"
    first = event_cues(sentence)
    first.clear()
    assert event_cues(sentence) and event_cues(sentence) == event_cues(sentence)


# -- the name families' indexes (registered_forms, learn._ruled, litigation's only_suit) ------
def _old_finditer(text: str, short: str, end: int) -> list[int]:
    pattern = rf"(?<![\w&.'’-]){re.escape(short)}(?![\w&-]|\s+[A-Z])"
    return [end + at.start() for at in re.finditer(pattern, text[end:])]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("short", ["Brindle", "Acme Acme", "Aa Bb Aa"])
def test_a_short_forms_occurrences_after_an_end_are_those_a_scan_of_the_rest_finds(seed, short):
    from kg.mentions.alias import WordOccurrences
    rng = random.Random(seed)
    pieces = ["Brindle", "Acme", "Aa", "Bb", " ", " ", ", ", ".", "-", "c", "Brindle Capital", "brindle", "’"]
    text = "".join(rng.choice(pieces) for _ in range(120))
    for end in range(len(text) + 1):  # each end asked of a fresh index: exactly the scan's places
        assert list(WordOccurrences(text, short).after(end)) == _old_finditer(text, short, end), (text, end)
    # asked at growing ends, as registered_forms asks: a place given again only where the
    # starts are not apart; otherwise each later answer holds nothing beyond the first's and the cut's
    index, given = WordOccurrences(text, short), set()
    for end in sorted(rng.sample(range(len(text) + 1), 12)):
        answer = list(index.after(end))
        expected = _old_finditer(text, short, end)
        if index.apart:
            cut = [end] if expected[:1] == [end] else []
            assert answer == expected or set(answer) <= set(cut) and set(expected) - set(cut) <= given
        else:
            assert answer == expected
        given |= set(answer)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("words", ["Heritage", "New Guidelines", "Aa", "x-Y", "Ǆa"])
def test_written_lower_finds_what_a_search_of_the_lower_case_form_between_word_ends_finds(seed, words):
    from kg.mentions.words import written_lower
    rng = random.Random(seed)
    pieces = ["heritage", "Heritage", "new guidelines", "new", " guidelines", "aa", "Aa", "x-y", "ǆa", "ǅa",
              " ", " ", "-", "_", "é", ".", ", ", "1", "\n"]
    for _ in range(60):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        old = re.search(rf"(?<![\w-]){re.escape(words.lower())}(?![\w-])", text) is not None
        assert written_lower(words, text) == old, (words, text)


def _facts(rng: random.Random, count: int):
    from kg.model import Evidence, Fact
    names = [Mention(n, "Company", 0, len(n)) for n in ("Acme", "Beta", "OpenAI", "微软")]
    return [Fact(rng.choice(names), rng.choice(("sued", "partnered", "invested")), rng.choice(names),
                 Evidence("d", rng.choice(("one", "two", "three")), "s", start, start + 5),
                 rule=rng.choice(("litigation/sued", "deal/x", ""))) for start in (rng.randrange(50) for _ in range(count))]


@pytest.mark.parametrize("seed", range(5))
def test_the_relations_ruled_by_item_are_those_a_scan_per_item_read(seed):
    from kg.facts.base import key
    from kg.learn import _ruled
    from kg.model import family
    facts = _facts(random.Random(seed), 80)
    by_item = _ruled(facts)
    for title in ("one", "two", "three", "none"):
        expected: dict = {}
        for fact in facts:
            if fact.evidence.item != title:
                continue
            head, tail = key(fact.head), key(fact.tail)
            expected.setdefault((head, tail), {}).setdefault(fact.relation, set()).add(family(fact.rule or "unnamed"))
            expected.setdefault(("head", head), set()).add(fact.relation)
            expected.setdefault(("tail", tail), set()).add(fact.relation)
            expected.setdefault(("at", head, tail, fact.relation), set()).add(fact.evidence.start)
        assert by_item.get(title, {}) == expected


@pytest.mark.parametrize("seed", range(8))
def test_the_one_suit_of_an_item_is_told_as_by_a_scan_per_sentence(seed):
    from kg.facts.base import key
    from kg.facts.litigation import _tails_by_sentence
    rng = random.Random(seed)
    sued = [fact for fact in _facts(rng, rng.randrange(0, 6)) if rng.random() < 0.9]
    expected = {frozenset(key(f.tail) for f in sued if f.evidence.start == start) for start in {f.evidence.start for f in sued}}
    assert {frozenset(tails) for tails in _tails_by_sentence(sued).values()} == expected


@pytest.mark.parametrize("seed", range(20))
def test_a_lead_sentence_is_found_in_linear_time_where_the_pattern_finds_one(seed):
    from kg.segment import _LEAD, _lead_sentence
    rng = random.Random(seed)
    pieces = ["纽约时报起诉", "OpenAI", "，", "。", "！", "？", "\n", " ", "a" * 7, "微软" * 5]
    for _ in range(40):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        assert _lead_sentence(text) == bool(_LEAD.search(text)), text


@pytest.fixture(scope="module")
def latin_names():
    from kg.kb import KnowledgeBase
    from kg.mentions.latin import LatinNames
    from kg.mentions.words import DATA_DIR, Words
    return LatinNames(Words(KnowledgeBase.load(DATA_DIR)))


@pytest.mark.parametrize("seed", range(6))
def test_a_name_listed_beside_a_person_is_found_by_bisection_as_by_a_pass_over_the_names(latin_names, seed):
    from kg.mentions.latin import Beside
    rng = random.Random(seed)
    pieces = ["Brian Keene", "Jane Roe", "Brian Keene", "和", "、", "、", " ", "\n", "（Alan Krysiak）", "英国", "的", "，",
              "x" * 50]
    spans, text = [], ""
    for _ in range(120):
        piece = rng.choice(pieces)
        if piece[0].isupper() or piece == "英国":
            spans.append((piece, len(text)))
        text += piece
    named = [Mention(piece, "Jurisdiction" if piece == "英国" else rng.choice(("Person", "Person", "Company")),
                     start, start + len(piece)) for piece, start in spans]
    beside, listed = Beside(text, named), 0
    for piece, start in spans:
        end = start + len(piece)
        places = {(m.start, m.end) for m in named if m.type == "Jurisdiction"}
        expected = latin_names.person_shaped(piece.split()) and 2 <= len(piece.split()) <= 3 and any(
            person.type == "Person" and (person.end <= start and latin_names.listing_gap(text, person.end, start, places)
                                         or end <= person.start and latin_names.listing_gap(text, end, person.start, places))
            for person in named)
        assert latin_names.listed_with_person(piece, text, start, end, beside) == expected, (text, start)
        listed += expected
    assert listed  # (the invented texts list some names beside persons)


@pytest.mark.parametrize("seed", range(4))
def test_facts_by_item_of_a_growing_list_are_those_read_whole(seed):
    from kg.facts.base import FactsByItem, by_item
    rng = random.Random(seed)
    facts, indexed = _facts(rng, 40), FactsByItem()
    for _ in range(4):  # each document family reads the facts so far, its own appended after
        for relation in ("sued", "invested", "none"):
            assert indexed(facts, relation) == by_item(facts, relation)
        facts = facts + _facts(rng, rng.randrange(15))
    other = _facts(rng, 30)  # a list that did not grow from the last one is read anew
    assert indexed(other, "sued") == by_item(other, "sued")
    assert indexed(other[:10], "sued") == by_item(other[:10], "sued")


def test_an_owner_before_a_plaintiff_is_searched_only_where_its_match_can_start():
    from types import SimpleNamespace

    from kg.facts.litigation import MembersAreNoParties
    owners = ["owned by", "a unit of", "belonging to", "part of"]
    refiner = MembersAreNoParties.__new__(MembersAreNoParties)
    refiner.owner_before = re.compile(rf"\b(?:{'|'.join(map(re.escape, owners))})\s+(?:the\s+)?$", re.IGNORECASE)
    refiner.owner_reach = max(map(len, owners))
    rng = random.Random(11)
    pieces = owners + ["the", "THE", "xthe", "x", "Alden", ",", "by", "of", "papers"]
    told = 0
    for _ in range(20_000):
        sentence = "".join(rng.choice(pieces) + rng.choice(("", " ", "  ", "\n", "\t")) for _ in range(rng.randint(1, 8)))
        before = rng.randint(0, len(sentence))
        fact = SimpleNamespace(evidence=SimpleNamespace(start=100, sentence=sentence))
        whole = 0 < before <= len(sentence) and bool(refiner.owner_before.search(sentence[:before]))
        assert refiner.owning(Mention("X", "Company", 100 + before, 101 + before), fact) == whole, (sentence, before)
        told += whole
    assert told > 100


@pytest.mark.parametrize("seed", range(8))
def test_a_sentences_suit_frame_is_told_as_by_the_product_of_its_sides(seed):
    from kg.facts.base import key
    from kg.facts.frame import SuitFrames
    from kg.model import Evidence, Fact
    rng = random.Random(seed)
    names = [Mention(n, "Company", 0, len(n)) for n in ("Acme", "Beta", "Gamma", "微软")]
    for _ in range(30):
        facts = [Fact(rng.choice(names), "sued", rng.choice(names), Evidence("d", "t", "s", 0, 5))
                 for _ in range(rng.randrange(1, 7))]
        pairs = {(key(f.head), key(f.tail)) for f in facts}
        whole = {(h, t) for h in {key(f.head) for f in facts} for t in {key(f.tail) for f in facts}}
        frame = SuitFrames.told(facts)
        assert (frame is not None) == (pairs == whole), pairs
        if frame is not None:
            assert set(frame.sides["plaintiff"]) == {key(f.head) for f in facts}


@pytest.mark.parametrize("seed", range(6))
def test_a_cases_surname_is_found_by_the_index_as_by_a_pass_over_the_parties(seed):
    from kg.facts.case import by_surname, named_by_surname, surname_of_one
    rng = random.Random(seed)
    texts = ["Steve McKinney", "Ann McKinney", "Jane Roe", "Roe", "Acme Roe", "Mira  Hale", "Hale", "O'Brien",
             "Pat O'Brien", "Cornish-Adebiyi", "Li Cornish-Adebiyi", "星岚科技"]
    for _ in range(20):
        mentions = [Mention(text, rng.choice(("Person", "Person", "Company")), 0, len(text))
                    for text in rng.sample(texts, rng.randrange(len(texts)))]
        people = by_surname(mentions)
        for surname in ("McKinney", "Roe", "Hale", "O'Brien", "Cornish-Adebiyi", "roe", "星岚科技", ""):
            assert surname_of_one(surname, people) is named_by_surname(surname, mentions), (surname, mentions)


@pytest.mark.parametrize("seed", range(4))
def test_an_owned_product_is_found_among_the_companies_ending_near_it_as_among_all(latin_names, seed):
    rng = random.Random(seed)
    pieces = ["卓汇科技", "星桥资本", "的", "自研的", "开发的", " ", "  ", "\n", "Lumora", "Zorvia", "平台", "，", "和", "x" * 9]
    for _ in range(30):
        owners, text = [], ""
        for _ in range(rng.randrange(2, 16)):
            piece = rng.choice(pieces)
            if piece in ("卓汇科技", "星桥资本", "Lumora"):
                owners.append(Mention(piece, rng.choice(("Company", "Company", "Person")), len(text), len(text) + len(piece)))
            text += piece
        for start in range(len(text) + 1):
            expected = any(owner.type == "Company" and owner.end <= start
                           and latin_names.owner_gap.fullmatch(text, owner.end, start) for owner in owners)
            for ends in (None, sorted(m.end for m in owners if m.type == "Company")):
                assert latin_names.owned_product("Lumora", text, start, True, owners, ends) == (
                    expected or bool(latin_names.developer_after.match(text, start + len("Lumora")))), (text, start)


@pytest.mark.parametrize("seed", range(4))
def test_a_surname_alone_is_found_by_str_find_as_by_its_own_pattern(seed):
    from kg.mentions.people import _alone, _alone_starts
    rng = random.Random(seed)
    pieces = ["Roe", "roe", "Roes", " ", "'", "’", "s", "-", ".", "&", "é", "Ro", "e", "1", "_", "李", "\t", ","]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(14)))
        for surname in ("Roe", "Ro", "e", "Roe's", "R.", "é", ""):
            assert list(_alone_starts(surname, text)) == [m.start() for m in _alone(surname).finditer(text)], (surname, text)


def test_a_finder_of_every_entity_cut_to_some_finds_what_a_finder_of_those_finds():
    from kg.cases import NameFinder
    from kg.cases.names import _finder_of, _reading
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, labels in (("acme", "Company", {"Acme", "Acme Corp"}), ("roe", "Person", {"Jane Roe"}),
                               ("roe-2", "Person", {"John Roe"}), ("xh", "Company", {"星辉科技"}),
                               ("xh-2", "Company", {"星辉"}), ("beta", "Company", {"Beta"})):
        graph.add_entity(Entity(node, kind, sorted(labels)[0], labels))
    sentences = ["Acme Corp sued Roe and Beta.", "星辉科技起诉了星辉", "Jane Roe v. John Roe", "ROE met ACME", "nothing here"]
    wanted = [["acme", "roe"], ["xh-2", "beta"], ["roe-2"], [], ["acme", "roe", "roe-2", "xh", "xh-2", "beta"]]
    seen = []

    @_reading
    def read(graph):
        for nodes in wanted:
            finder = _finder_of(graph, nodes)
            assert not isinstance(finder, NameFinder)  # (the finder of every entity, kept for the call)
            seen.extend((finder(sentence), NameFinder(graph, nodes)(sentence)) for sentence in sentences)
    read(graph)
    assert all(cut == alone for cut, alone in seen) and any(cut for cut, _ in seen)
    assert isinstance(_finder_of(graph, ["acme"]), NameFinder)  # (outside a suits call: a finder of its own)


def test_a_partys_keys_kept_for_a_suits_call_are_those_read_each_time():
    from kg.cases.names import _reading
    from kg.cases.aliases import _longer_name_keys, _names_of, _shorter_name_keys, _title_words
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, labels in (("nyt", "Company", {"The New York Times", "纽约时报"}), ("roe", "Person", {"Jane Ann Roe"}),
                               ("acme", "Company", {"Acme Corporation", "Acme"})):
        graph.add_entity(Entity(node, kind, sorted(labels)[0], labels))
    readers = (_longer_name_keys, _shorter_name_keys, _names_of, _title_words)
    alone = {(reader, party): reader(graph, party) for reader in readers for party in ("nyt", "roe", "acme", "李某")}

    @_reading
    def read(graph):
        return {(reader, party): (reader(graph, party), reader(graph, party)) for reader, party in alone}
    kept = read(graph)
    assert all(kept[key] == (value, value) for key, value in alone.items())


def _parties(*entities: tuple[str, str, str]):
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, label in entities:
        graph.add_entity(Entity(node, kind, label))
    return graph


def test_the_party_labels_opening_or_ending_at_a_place_are_those_of_every_length():
    """kg.unnamed's names read at a place are bounded by the longest label opening (ending)
    with its character: the same party as trying every length up to the longest label of all."""
    from kg.unnamed import _Names
    graph = _parties(("a", "Company", "星海数据科技有限公司"), ("b", "Company", "星海"), ("c", "Person", "Jane Roe"),
                     ("d", "Company", "蓝湾智能"), ("e", "Organization", "Open Lab Foundation"), ("f", "Company", "湾智"))
    names = _Names(graph)

    def opening(text, start):  # every length, as before
        for length in range(min(names.longest, len(text) - start), 1, -1):
            if (node := names.of.get(text[start:start + length])) is not None:
                return node, length
        return None

    def ending(text, end):
        for length in range(min(names.longest, end), 1, -1):
            if (node := names.of.get(text[end - length:end])) is not None:
                return node
        return None
    texts = ["星海数据科技有限公司起诉蓝湾智能，Jane Roe与Open Lab Foundation旁听。", "星海起诉湾智", "Jane Ro", "", "海"]
    for text in texts:
        for at in range(-3, len(text) + 4):
            assert names.matched_at(text, at) == opening(text, at), (text, at)
            assert names.ending_at(text, at) == ending(text, at), (text, at)
    assert names.matched_at(texts[0], 0) == ("a", 10) and names.ending_at(texts[1], 2) == "b"


def test_the_labels_a_sentence_writes_are_walked_once_per_sentence():
    from kg.cases import NameFinder
    graph = _parties(("a", "Company", "Acme"), ("b", "Person", "Jane Roe"), ("c", "Company", "Acme Labs"))
    finder = NameFinder(graph, ["a", "b", "c"])
    lowered = "jane roe sued acme labs and acme."
    first = finder.written(lowered)
    assert [(start, end, sorted(nodes)) for start, end, nodes in first] == [
        (0, 8, ["b"]), (14, 18, ["a"]), (14, 23, ["c"]), (28, 32, ["a"])]
    assert finder.written(lowered) is first and finder.written("acme") == [(0, 4, {"a"})]


def test_a_finders_places_of_a_sentence_it_has_read_are_those_of_a_walk_of_their_own():
    from kg.cases import NameFinder
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, labels in (("acme", "Company", {"Acme", "Acme Corp"}), ("roe", "Person", {"Jane Roe"}),
                               ("xh", "Company", {"星辉科技"}), ("xh-2", "Company", {"星辉"}), ("cme", "Company", {"CME"})):
        graph.add_entity(Entity(node, kind, sorted(labels)[0], labels))
    sentences = ["Acme Corp sued Roe and ACME.", "星辉科技起诉了星辉", "Jane Roe's Acmecorp", "İnci met Acme", "", "nothing"]
    read = NameFinder(graph, [node for node, _ in graph.entities()])
    for sentence in sentences:
        read(sentence)  # (the walk that keeps the places too)
        fresh = NameFinder(graph, [node for node, _ in graph.entities()])
        assert read.written(sentence.lower()) == fresh.written(sentence.lower()), sentence
        assert read.written(sentence.lower()) is read.written(sentence.lower())  # (kept, not walked again)
    assert read.written("acme corp") == [(0, 4, {"acme"}), (0, 9, {"acme"}), (1, 4, {"cme"})]


def test_places_in_brackets_are_read_only_where_a_place_is_listed():
    from kg.facts.grammar import bracketed_places
    text = "Suno（美国马萨诸塞州）和Udio、Reddit (US)"
    suno, place, udio = Mention("Suno", "Company", 0, 4), Mention("美国马萨诸塞州", "Jurisdiction", 5, 12), \
        Mention("Udio", "Company", 14, 18)
    reddit, us = Mention("Reddit", "Company", 19, 25), Mention("US", "Jurisdiction", 27, 29)
    assert bracketed_places(text, [udio, suno, reddit]) == set()
    assert bracketed_places(text, [us, udio, place, suno, reddit]) == {id(place), id(us)}


def test_an_evidence_iri_kept_is_the_one_hashed_again():
    from kg.model import Evidence
    from kg.rdf import _evidence_iri
    one = Evidence("a.txt", "Item", "Acme sued Beta.", 0, 15, "2024-03-05")
    same, other = Evidence("a.txt", "Item", "Acme sued Beta.", 0, 15, "2024-03-05"), Evidence("a.txt", "Item", "Acme sued Beta.", 0, 15)
    assert _evidence_iri(one) == _evidence_iri(same) == _evidence_iri.__wrapped__(one)
    assert _evidence_iri(other) == _evidence_iri.__wrapped__(other) != _evidence_iri(one)


def test_an_entitys_data_is_the_graphs_own_for_either_kind_of_graph():
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    for graph in (KnowledgeGraph(), KnowledgeGraph(nodes_only=True)):
        graph.add_entity(Entity("acme", "Company", "Acme", {"Acme"}))
        assert graph.entity("acme") is graph.graph.nodes["acme"]
        graph.entity("acme")["label"] = "Acme Corp"
        assert graph.graph.nodes["acme"]["label"] == "Acme Corp"
        with pytest.raises(KeyError):
            graph.entity("beta")


def test_the_case_names_read_once_in_a_suits_call_are_those_read_outside_it():
    from kg.cases.names import _reading
    from kg.cases.case_names import _case_names
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, labels in (("case-1", {"Acme v. Beta", "Acme Corp v. Beta LLC"}), ("case-2", {"星辉诉云海案"}),
                         ("case-3", {"No. 3:24-cv-01"})):
        graph.add_entity(Entity(node, "Case", sorted(labels)[0], labels))
    graph.add_entity(Entity("acme", "Company", "Acme", {"Acme"}))
    outside, inside = _case_names(graph), []

    @_reading
    def read(graph):
        inside.extend([_case_names(graph), _case_names(graph)])
    read(graph)
    assert inside[0] == outside and inside[1] is inside[0]  # (kept for the call, the same names)
    assert _case_names(graph) is not inside[0]  # (outside a suits call: read anew)
    assert {case.node for case in outside} == {"case-1", "case-2", "case-3"}


def test_each_party_once_keeps_a_side_of_one_party_and_still_drops_a_shorter_name_beside_a_longer():
    from kg.cases import Suit
    from kg.cases.merging import _each_party_once
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, labels in (("acme", "Company", {"Acme"}), ("acme-corp", "Company", {"Acme Corporation"}),
                               ("wallace", "Person", {"Kirk Wallace"}), ("johnson", "Person", {"Kirk Wallace Johnson"}),
                               ("beta", "Company", {"Beta"})):
        graph.add_entity(Entity(node, kind, next(iter(labels)), labels))

    def suit(plaintiffs, defendants):
        return Suit("id", "caption", plaintiffs, defendants, None, False, "", None, [], [], "filed")
    for plaintiffs, defendants, kept in (
            (["acme"], ["beta"], (["acme"], ["beta"])), (["wallace"], [], (["wallace"], [])),
            (("acme",), ["johnson"], (["acme"], ["johnson"])),  # (a tuple of one: a list of it, as before)
            (["acme", "acme-corp"], ["wallace", "johnson"], (["acme-corp"], ["johnson"])),
            (["beta", "acme"], ["wallace"], (["beta", "acme"], ["wallace"]))):
        row = _each_party_once(graph, suit(plaintiffs, defendants))
        assert (row.plaintiffs, row.defendants) == kept and all(type(side) is list for side in kept)


@pytest.mark.parametrize("seed", range(3))
def test_the_suit_filters_asked_once_per_sentence_keep_what_each_suits_own_asking_kept(seed):
    from kg.cases.bystanders import (_WHOSE_KIN, _without_descriptors, _without_examples, _without_kin,
                                     _without_kind_words, _without_warned)
    from kg.cases.sides import _each_party_judged, _followed, _glossed, _NamesOfSentence, _without_followed
    from kg.graph import KnowledgeGraph
    from kg.model import Entity
    graph = KnowledgeGraph()
    for node, kind, labels in (("us", "Jurisdiction", {"美国", "U.S."}), ("cn", "Jurisdiction", {"中国"}),
                               ("ohio", "Jurisdiction", {"Ohio"}), ("acme", "Company", {"Acme", "阿克米"}),
                               ("beta", "Company", {"Beta"}), ("roe", "Person", {"Sewell Roe", "罗伊"}),
                               ("swift", "Person", {"Taylor Swift"}), ("kind", "Company", {"公司"}),
                               ("barz", "Person", {"巴兹"}), ("ann", "Person", {"Ann Barz"}), ("wire", "Company", {"Harbor Wire"})):
        graph.add_entity(Entity(node, kind, sorted(labels)[0], labels))
    sentences = ["起诉人工智能公司的美国大型报纸和阿克米起诉了中国AI独角兽", "Harbor Wire reported that Acme sued Beta.",
                 "Jane Roe alleged that her 14-year-old son Sewell Roe fell victim to Beta, and sued Acme.",
                 "The labels sued Acme, claiming it copied songs from top artists, including Taylor Swift.",
                 "Ohio joined Beta and Acme in suing U.S. firms; 该公司起诉了罗伊", "作家巴兹（Ann Barz）起诉阿克米",
                 "Besides Beta, Acme sued Ohio and sent letters to Sewell Roe."]
    nodes = [node for node, _ in graph.entities()]
    rng = random.Random(seed)
    filters = [lambda s: lambda side: _without_descriptors(graph, s, side),
               lambda s: lambda side: _without_examples(graph, s, side),
               lambda s: lambda side: _without_kin(graph, s, _without_warned(graph, s, side)),
               lambda s: lambda side: _without_kin(graph, s, _without_warned(graph, s, side), _WHOSE_KIN),
               lambda s: lambda side: _without_kind_words(graph, side)]
    for sentence in sentences:
        for _ in range(20):
            groups = [(frozenset(rng.sample(nodes, rng.randrange(4))), set(rng.sample(nodes, rng.randrange(4))))
                      for _ in range(rng.randrange(1, 6))]
            for made in filters:
                keep = made(sentence)
                assert _each_party_judged(groups, keep, keep) == [(frozenset(keep(set(d))), keep(set(p))) for d, p in groups]
                assert _each_party_judged(groups, None, keep) == [(d, keep(set(p))) for d, p in groups]
            everyone = set().union(*(p for _, p in groups))
            followed = _followed(graph, sentence, everyone)
            assert [_without_followed(graph, sentence, p, followed & p) for _, p in groups] == \
                [_without_followed(graph, sentence, p) for _, p in groups]
            named = set(nodes)
            names, glosses = _NamesOfSentence(graph, sentence, named), {}
            assert [_glossed(graph, sentence, set(p), named, names, glosses) for _, p in groups] == \
                [_glossed(graph, sentence, set(p), named, _NamesOfSentence(graph, sentence, named)) for _, p in groups]
    # (the invented sentences do cut: a place describing, a relative, a word of a kind, those followed, a gloss)
    assert _without_descriptors(graph, sentences[0], {"us", "cn", "acme"}) == {"acme"}
    assert _without_kin(graph, sentences[2], {"roe", "acme"}) == {"acme"}
    assert _without_kind_words(graph, {"kind", "beta"}) == {"beta"}
    assert _followed(graph, sentences[4], {"ohio", "acme", "beta"}) == {"acme", "beta"}
    assert _glossed(graph, sentences[5], {"barz"}, set(nodes)) == {"ann"}


# -- round 60: the captions holding a name -----------------------------------------------------
@pytest.mark.parametrize("seed", range(5))
def test_the_names_outside_every_caption_are_those_a_scan_of_the_captions_finds(seed):
    from kg.facts.english import CaptionNames
    rng = random.Random(seed)
    mentions = [Mention(f"n{number}", rng.choice(("Case", "Company", "Person")), start, end)
                for number, (start, end) in enumerate(_random_spans(rng, 80, 200))]
    cases = [m for m in mentions if m.type == "Case"]
    expected = {m.text for m in mentions if m.type != "Case"
                and not any(c.start <= m.start and m.end <= c.end for c in cases)}
    assert CaptionNames(mentions, bare=lambda name: name).outside == expected


@pytest.fixture(scope="module")
def words():
    from kg.kb import KnowledgeBase
    from kg.mentions.words import DATA_DIR, Words
    return Words(KnowledgeBase.load(DATA_DIR))


def _declared_by_a_scan_of_each(aliases, text, mentions, declared):
    """declared_forms as it read before its plain look: a pattern scan per short form."""
    found, taken = [], list(mentions)
    for alias, full, end in declared:
        if full.type == "Jurisdiction":
            continue
        before = "(?<![A-Za-z0-9])" if alias[0].isascii() else ""
        after = "(?![A-Za-z0-9])" if alias[-1].isascii() else ""
        for at in re.finditer(before + re.escape(alias) + after, text[end:]):
            start, stop = end + at.start(), end + at.end()
            if overlaps_any(start, stop, taken):
                continue
            mention = aliases.mention(alias, full.type, start, stop, full.confidence * 0.9, "declared",
                                      kb_id=full.kb_id, canonical=full.canonical or full.text, aliases=full.aliases)
            found.append(mention)
            taken.append(mention)
    return found


@pytest.mark.parametrize("seed", range(6))
def test_declared_short_forms_looked_up_plainly_first_are_those_a_scan_of_each_finds(words, seed):
    from kg.mentions.alias import Aliases
    aliases, rng = Aliases(words), random.Random(seed)
    pieces = ["DFS", "dfs", "DFSX", "数管局", "数管", "Board", "board", "星数局", " ", "，", "。", "(", "1", "x", "Acme"]
    full = [Mention("Department of Financial Services", "Regulator", 0, 5), Mention("数据管理局", "Regulator", 0, 5),
            Mention("Acme Board", "Organization", 0, 5), Mention("United States", "Jurisdiction", 0, 5)]
    for _ in range(30):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(2, 60)))
        mentions = [Mention(text[s:s + 3], "Company", s, s + 3) for s in sorted(rng.sample(range(len(text) + 1), 2))]
        declared = [(rng.choice(["DFS", "数管局", "Board", "星数局", "US", "Acme"]), rng.choice(full), rng.randrange(len(text) + 1))
                    for _ in range(rng.randrange(5))]
        assert aliases.declared_forms(text, mentions, declared) == \
            _declared_by_a_scan_of_each(aliases, text, mentions, declared), (text, declared)


def test_the_victim_screen_looks_each_name_up_once_and_drops_what_a_look_per_fact_end_dropped(words):
    from kg.facts.base import Shared, key
    from kg.facts.litigation import VictimsAreNoParties
    from kg.mentions.base import TextsPlaces
    from kg.model import Evidence, Fact, Item
    screen = VictimsAreNoParties(Shared(words.kb))
    bodies = ["Megan Roe sued Acme, saying its chatbot encouraged her 14-year-old son, Sam Roe, to harm himself.",
              "王丽起诉Acme，称其14岁的儿子李明与聊天机器人交谈后自杀。", "Ann Lee sued Beta. Sam Roe's case settled."]
    items = [Item("archive.txt", n, f"Story {n}", bodies[n % 3]) for n in range(60)]  # one archive, its stories again and again
    persons = [Mention(name, "Person", 0, len(name)) for name in ("Megan Roe", "Sam Roe", "王丽", "李明", "Ann Lee", "A")]
    company = Mention("Acme", "Company", 0, 4)
    facts = [Fact(*((person, relation, company) if n % 2 else (company, relation, person)),
                  Evidence("archive.txt", f"Story {n % 60}", "", 0, 1))
             for n, (person, relation) in enumerate((p, r) for _ in range(20) for p in persons
                                                    for r in ("sued", "settled", "adjudicated", "partnered"))]
    looked: list[str] = []
    look = screen.named_victim
    screen.named_victim = lambda name, texts: looked.append(name) or look(name, texts)
    kept = screen.screen(facts, items)
    assert sorted(looked) == sorted({n for p in persons for n in (p.text, key(p)) if len(n) >= 2})  # each name once
    texts = TextsPlaces([item.text for item in items], 0)  # as the screen read before: a look per fact end (no index)
    victims = {name for f in facts if f.relation in ("sued", "settled", "adjudicated") for end in (f.head, f.tail)
               if end.type == "Person" for name in {end.text, key(end)} if len(name) >= 2 and look(name, texts)}
    assert victims == {"Sam Roe", "李明"}
    assert kept == [f for f in facts if f.relation not in ("sued", "settled", "adjudicated")
                    or not any(end.type == "Person" and {end.text, key(end)} & victims for end in (f.head, f.tail))]


def test_name_keys_try_only_the_cuts_a_legal_form_can_open_and_find_every_run_of_them():
    from kg.cases.aliases import _form_openings, _forms_after
    labels = ["Acme Corp", "Acme, Inc.", "Acme Holdings Co. Ltd", "魔珐科技有限公司", "Beta (Pty) Ltd", "Gamma\u3000GmbH",
              "Incorporated Inc", "Corp", "LLC LLC", "Zeta S.à r.l.", "Kalo", ""]
    for label in labels:
        every = {label[:cut] for cut in range(1, len(label)) if _forms_after().fullmatch(label[cut:])}
        tried = {label[:cut] for cut in range(1, len(label))
                 if (label[cut] in _form_openings() or label[cut].isspace()) and _forms_after().fullmatch(label[cut:])}
        assert tried == every, label
    assert {"Acme", "Acme Holdings", "Acme Holdings Co.", "魔珐科技", "魔珐科技有限"} & set().union(
        *({label[:cut] for cut in range(1, len(label)) if _forms_after().fullmatch(label[cut:])} for label in labels))
