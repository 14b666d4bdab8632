"""The learned relation family (kg.facts.learned), its features and model (kg.learn) and
its training (bench/train_relations.py)."""
from __future__ import annotations

import importlib.util
import json
import math
import os
import pickle
from pathlib import Path

import pytest

from kg import learn
from kg.facts import learned
from kg.model import Evidence, Item, Mention

REPOSITORY = Path(__file__).resolve().parent.parent


def candidates_of(pipeline, path: Path) -> list[learn.Candidate]:
    """The candidates the family sees in a document, as training reads them."""
    with learned.collecting(pipeline.extractor) as candidates:
        pipeline.process(path)
    return candidates


def model_file(tmp_path: Path, relation: str, weights: dict, bias: float, threshold: float | None) -> Path:
    path = tmp_path / f"model-{relation}-{threshold}.json"
    path.write_text(json.dumps({"format": learn.FORMAT, "trained_on": ["hand"], "commit": "",
                                "relations": {relation: {"weights": weights, "bias": bias,
                                                         "threshold": threshold}}}), encoding="utf-8")
    return path


def learned_facts(pipeline, path: Path) -> list[tuple[str, str, str]]:
    result = pipeline.process(path)
    return sorted((f.head.text, f.relation, f.tail.text) for f in result.facts if f.rule == "learned")


def test_stored_model_loads_and_validates():
    if not learn.MODEL_FILE.is_file():
        pytest.skip("no model trained yet")
    model = learn.read_model(learn.MODEL_FILE)
    assert model.relations
    for relation, one in model.relations.items():
        assert all(isinstance(k, str) and isinstance(v, float) for k, v in one.weights.items())
        assert one.threshold is None or 0 <= one.threshold <= 1
    assert model.meta["format"] == learn.FORMAT and model.meta["trained_on"]
    assert "fresh19" not in model.meta["trained_on"] and "fresh20" not in model.meta["trained_on"]  # held out


@pytest.mark.parametrize("content", [
    pickle.dumps({"relations": {}}),                        # a pickle: never read back as one
    b'{"format": "ailaw-kg relation classifier", "relations": {"sued": {"weights": {"b:x": "1"}, "bias": 0}}}',
    b'{"format": "ailaw-kg relation classifier", "relations": {"owns": {"weights": {}, "bias": 0}}}',
    b'{"format": "ailaw-kg relation classifier", "relations": {"sued": {"weights": {}, "bias": 0, "threshold": 2}}}',
    b'{"format": "something else", "relations": {}}',
    b'[1, 2, 3]',
    b'{"format": "ailaw-kg relation classifier", "enabled": "yes", "relations": {}}',
    b'{"format": "ailaw-kg relation classifier", "relations": {"sued": {"weights": {}, "bias": 0, "veto": []}}}',
    b'{"format": "ailaw-kg relation classifier", "relations": {"sued": {"weights": {}, "bias": 0, '
    b'"veto": {"weights": {}, "bias": "low", "threshold": 0.2}}}}',
    b'{"format": "ailaw-kg relation classifier", "relations": {"sued": {"weights": {}, "bias": 0, '
    b'"veto": {"weights": {}, "bias": 0, "threshold": -1}}}}',
])
def test_malformed_or_pickled_model_is_refused_in_one_line(tmp_path, content):
    path = tmp_path / "relations.json"
    path.write_bytes(content)
    with pytest.raises(learn.ModelError) as refused:
        learn.read_model(path)
    assert "\n" not in str(refused.value) and str(path) in str(refused.value)


def test_features_never_hold_a_name(pipeline, write_doc):
    path = write_doc("names.txt", "北辰星图科技有限公司起诉南岭云算数据公司侵犯其商业秘密。\n"
                     "Bluefin Harbor Labs Inc. and Quarrystone Analytics Inc. agreed to merge their robotics units.\n")
    found = candidates_of(pipeline, path)
    assert found
    names = {c.head.text for c in found} | {c.tail.text for c in found}
    parts = {word.lower() for name in names for word in name.split() if len(word) >= 3}
    for candidate in found:
        for feature in candidate.features:
            value = feature.split(":", 1)[-1].lower()
            assert not any(name.lower() in value for name in names), feature
            assert value not in parts, feature


def test_chinese_pair_no_rule_reads_gets_the_learned_fact(pipeline, write_doc, tmp_path, monkeypatch):
    path = write_doc("zh.txt", "北辰星图科技有限公司和南岭云算数据公司本周在杭州同台展示了新的芯片。\n")
    model = model_file(tmp_path, "partnered", {"bonly:和": 4.0, "c:partnered": 1.0}, -1.0, 0.5)
    monkeypatch.setenv("KG_RELATION_MODEL", str(model))
    facts = learned_facts(pipeline, path)
    assert ("北辰星图科技有限公司", "partnered", "南岭云算数据公司") in facts or (
        "南岭云算数据公司", "partnered", "北辰星图科技有限公司") in facts


def test_english_pair_no_rule_reads_gets_the_learned_fact(pipeline, write_doc, tmp_path, monkeypatch):
    path = write_doc("en.txt", "Quarrystone Analytics Inc. is now the parent of Bluefin Harbor Labs Inc., "
                     "the filing shows.\n")
    model = model_file(tmp_path, "acquired", {"hf|b:parent": 3.0}, -1.0, 0.5)  # the head first only
    monkeypatch.setenv("KG_RELATION_MODEL", str(model))
    facts = learned_facts(pipeline, path)
    assert ("Quarrystone Analytics Inc.", "acquired", "Bluefin Harbor Labs Inc.") in facts
    assert ("Bluefin Harbor Labs Inc.", "acquired", "Quarrystone Analytics Inc.") not in facts


def test_threshold_is_respected_and_switch_turns_family_off(pipeline, write_doc, tmp_path, monkeypatch):
    path = write_doc("zh2.txt", "北辰星图科技有限公司和南岭云算数据公司本周在杭州同台展示了新的芯片。\n")
    # probability 1 / (1 + e^-1) = 0.73: under a threshold of 0.8, nothing
    monkeypatch.setenv("KG_RELATION_MODEL", str(model_file(tmp_path, "partnered", {"bonly:和": 2.0}, -1.0, 0.8)))
    assert learned_facts(pipeline, path) == []
    monkeypatch.setenv("KG_RELATION_MODEL", str(model_file(tmp_path, "partnered", {"bonly:和": 2.0}, -1.0, 0.7)))
    assert learned_facts(pipeline, path)
    monkeypatch.setenv("KG_RELATION_MODEL", str(model_file(tmp_path, "partnered", {"bonly:和": 2.0}, -1.0, None)))
    assert learned_facts(pipeline, path) == []
    monkeypatch.setenv("KG_RELATION_MODEL", str(model_file(tmp_path, "partnered", {"bonly:和": 2.0}, -1.0, 0.7)))
    monkeypatch.setenv(learn.SWITCH, "0")
    assert learned_facts(pipeline, path) == []


def test_a_model_cross_validation_disabled_reads_nothing(pipeline, write_doc, tmp_path, monkeypatch):
    path = write_doc("zh3.txt", "北辰星图科技有限公司和南岭云算数据公司本周在杭州同台展示了新的芯片。\n")
    model = model_file(tmp_path, "partnered", {"bonly:和": 4.0}, -1.0, 0.5)
    data = json.loads(model.read_text(encoding="utf-8"))
    model.write_text(json.dumps(data | {"enabled": False}), encoding="utf-8")
    monkeypatch.setenv("KG_RELATION_MODEL", str(model))
    assert learned_facts(pipeline, path) == []


def _train_module():
    spec = importlib.util.spec_from_file_location("train_relations", REPOSITORY / "bench" / "train_relations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _NoKB:
    entries: dict = {}


def _tiny_table(train):
    """Six documents of two sets, each with one pair that is sued where 起诉 stands
    between its ends, and one that is not."""
    table = train.Table()
    for number in range(6):
        item = Item(f"d{number}.txt", 1, "标题", "甲起诉乙。")
        evidence = Evidence(f"d{number}.txt", "标题", "甲起诉乙。", 0, 5)
        a, b, c = (Mention(f"公司{number}{x}", "Company", i, i + 1) for i, x in enumerate("甲乙丙"))
        made = [learn.Candidate(a, b, item, 0, 5, evidence, ["b:起诉", "bias", "o:hf"], ["sued", "partnered"], [], []),
                learn.Candidate(b, c, item, 0, 5, evidence, ["b:和", "bias", "o:hf"], ["sued", "partnered"], [], [])]
        gold = {"entities": [{"id": "e1", "type": "Company", "names": [a.text]},
                             {"id": "e2", "type": "Company", "names": [b.text]},
                             {"id": "e3", "type": "Company", "names": [c.text]}],
                "relations": [{"head": "e1", "relation": "sued", "tail": "e2", "item": "标题"}]}
        table.add("seeds" if number % 2 else "dev", Path(f"d{number}.txt"), gold, None, made, _NoKB())
    table.freeze(["partnered", "sued"])
    return table


def test_training_is_deterministic_and_learns_the_cue():
    train = _train_module()
    table = _tiny_table(train)
    rows = list(range(len(table.rows)))
    first = train.train(table, rows, ["partnered", "sued"])
    second = train.train(_tiny_table(train), rows, ["partnered", "sued"])
    assert first == second
    weights, bias = first["sued"]
    assert weights["b:起诉"] > 0 > weights.get("b:和", 0.0)
    assert "partnered" not in first  # no positive example: no model


def test_a_relation_cross_validation_disabled_adds_nothing_the_others_still_do(pipeline, write_doc, tmp_path,
                                                                               monkeypatch):
    path = write_doc("zh4.txt", "北辰星图科技有限公司和南岭云算数据公司本周在杭州同台展示了新的芯片。\n")
    model = model_file(tmp_path, "partnered", {"bonly:和": 4.0}, -1.0, 0.5)
    data = json.loads(model.read_text(encoding="utf-8"))
    monkeypatch.setenv("KG_RELATION_MODEL", str(model))
    assert learned_facts(pipeline, path)  # enabled where the file says nothing of it
    data["relations"]["partnered"]["enabled"] = False
    data["relations"]["sued"] = {"weights": {"bonly:和": 4.0}, "bias": -1.0, "threshold": 0.5, "enabled": True}
    off = tmp_path / "off.json"
    off.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("KG_RELATION_MODEL", str(off))
    facts = learned_facts(pipeline, path)
    assert facts and {relation for _, relation, _ in facts} == {"sued"}  # the disabled one reads nothing


def test_a_relation_whose_enabled_is_not_a_boolean_is_refused(tmp_path):
    path = tmp_path / "relations.json"
    path.write_text(json.dumps({"format": learn.FORMAT, "relations": {
        "sued": {"weights": {}, "bias": 0.0, "threshold": 0.5, "enabled": "yes"}}}), encoding="utf-8")
    with pytest.raises(learn.ModelError, match="sued: 'enabled' must be true or false"):
        learn.read_model(path)


def test_stored_model_enables_only_relations_cross_validation_found_raising_real_f1():
    if not learn.MODEL_FILE.is_file():
        pytest.skip("no model trained yet")
    data = json.loads(learn.MODEL_FILE.read_text(encoding="utf-8"))
    assert "real-dev" in data["trained_on"]
    found = data["cross_validation"]["relations"]
    for relation, body in data["relations"].items():
        assert isinstance(body["enabled"], bool)
        if body["enabled"]:
            before, after = found[relation]["real"]
            assert after > before and body["threshold"] is not None, relation
    assert data["enabled"] == any(body["enabled"] or "veto" in body for body in data["relations"].values())
    for relation, body in data["relations"].items():  # a veto only where cross-validation enabled it
        assert ("veto" in body) <= data["cross_validation"]["vetoes"].get(relation, False), relation
        assert body["weights"] or not body["enabled"]  # weights only where the relation adds (a small file)


def test_outlets_are_grouped_whole_into_folds_the_same_every_time():
    train = _train_module()
    assert train.outlet_group("Mondaq (中文)") == train.outlet_group("Mondaq") == "mondaq"
    assert train.outlet_group("网易（网易号）") == "网易"

    def table(order):
        made = train.Table()
        for name, group in order:
            made.documents.append({"set": "real-dev", "kind": "zh-news", "group": group, "path": Path(name)})
        return made
    documents = [(f"d{n}", f"outlet:o{n % 7}") for n in range(30)] + [(f"w{n}", f"fresh{n % 4}") for n in range(12)]
    first = train.folds(table(documents), 5)
    again = train.folds(table(documents), 5)
    assert first == again
    by_group: dict[str, set[int]] = {}
    made = table(documents)
    for number, fold_number in first.items():
        by_group.setdefault(made.documents[number]["group"], set()).add(fold_number)
    assert all(len(one) == 1 for one in by_group.values())  # an outlet never on both sides
    assert len({fold_number for one in by_group.values() for fold_number in one}) == 5
    assert set(first) == set(range(len(documents)))


def test_real_documents_are_the_dev_part_only(tmp_path, monkeypatch):
    train = _train_module()
    rows = [{"id": "a", "kind": "zh-news", "part": "dev", "outlet": "甲报 (转载)"},
            {"id": "b", "kind": "zh-news", "part": "judge", "outlet": "乙报"}]
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for row in rows:
        for part in ("dev", "judge"):
            text = tmp_path / "sets" / part / row["kind"] / f"{row['id']}.txt"
            text.parent.mkdir(parents=True, exist_ok=True)
            text.write_text("甲公司起诉乙公司。\n", encoding="utf-8")
        (gold_dir / f"{row['id']}.txt.json").write_text(json.dumps({"entities": [], "relations": []}),
                                                        encoding="utf-8")
    monkeypatch.setenv("AILAW_REAL", str(tmp_path))
    monkeypatch.setattr(train.corpus, "documents", lambda: rows)
    monkeypatch.setattr(train.corpus, "GOLD", gold_dir)
    found = train.real_documents()
    assert [(path.name, kind, group) for path, _, kind, group in found] == [("a.txt", "zh-news", "outlet:甲报")]


def test_relation_enabled_only_where_real_f1_rises_and_written_holds():
    train = _train_module()
    from kg.evaluate import Score
    tally = train.Tally()
    figures = {  # relation: (rules real, learned real, rules written, learned written) as (tp, predicted, gold)
        "sued": ((5, 10, 20), (8, 13, 20), (10, 10, 10), (10, 10, 10)),        # real rises: on
        "partOf": ((5, 10, 20), (5, 12, 20), (10, 10, 10), (10, 10, 10)),      # real falls: off
        "accused": ((5, 10, 20), (8, 13, 20), (10, 10, 10), (10, 14, 10)),     # written falls: off
    }
    for relation, (a, b, c, d) in figures.items():
        for (tp, predicted, gold), into, split in ((a, tally.rules, "real"), (b, tally.learned, "real"),
                                                    (c, tally.rules, "written"), (d, tally.learned, "written")):
            into[relation, split] = Score(tp, predicted, gold, tp)
    assert train.chosen(tally) == {"accused": False, "partOf": False, "sued": True}
    before, after = tally.total("real", {"sued"})
    assert (before.true_positive, after.true_positive) == (15, 18)


def test_written_model_is_json_the_same_every_time_and_validates(tmp_path):
    train = _train_module()
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    train.write_model(_tiny_table(train), ["partnered", "sued"], {"sued": True}, {}, None, first)
    train.write_model(_tiny_table(train), ["partnered", "sued"], {"sued": True}, {}, None, second)
    assert first.read_bytes() == second.read_bytes()
    model = learn.read_model(first)  # plain JSON, validated
    assert set(model.relations) == {"sued"} and not list(tmp_path.glob("*.part"))
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["relations"]["sued"]["enabled"] == (data["relations"]["sued"]["threshold"] is not None)
    assert data["enabled"] == data["relations"]["sued"]["enabled"]


def test_candidates_for_a_model_are_those_that_can_add_one_of_its_relations(pipeline, write_doc, monkeypatch):
    """With the model's relations, the featurizer makes exactly the candidates of the full list
    that can add one of them (admitted by the types, not read by a rule for the pair), with the
    same features: the sentences and pairs it leaves unread would have added nothing."""
    path = write_doc("mixed.txt", "北辰星图科技有限公司起诉南岭云算数据公司侵犯其商业秘密。\n"
                     "北辰星图科技有限公司和南岭云算数据公司本周在杭州同台展示了新的芯片。\n"
                     "Quarrystone Analytics Inc. is now the parent of Bluefin Harbor Labs Inc., the filing shows.\n")
    family = next(f for f in pipeline.extractor.document_families if isinstance(f, learned.LearnedRelations))
    original, seen = family.featurizer.candidates, {}

    def each_way(document, wanted=None):
        seen[None] = original(document)
        for relations in ({"sued"}, {"partnered", "acquired"}):
            seen[frozenset(relations)] = original(document, frozenset(relations))
        return []
    monkeypatch.setattr(family.featurizer, "candidates", each_way)
    with learned.collecting(pipeline.extractor):
        pipeline.process(path)

    def shown(found):
        return [(c.head.text, c.tail.text, c.start, tuple(c.features), tuple(c.admitted)) for c in found]
    for wanted in ({"sued"}, {"partnered", "acquired"}):
        can_add = [c for c in seen[None] if set(c.admitted) & wanted - set(c.known)]
        assert shown(seen[frozenset(wanted)]) == shown(can_add)
    assert seen[frozenset({"partnered", "acquired"})]
    # the suit the rule reads (北辰… sued 南岭…): no candidate for "sued" in that order, though its types admit it
    suit = ("北辰星图科技有限公司", "南岭云算数据公司")
    assert any((c.head.text, c.tail.text) == suit and "sued" in c.admitted for c in seen[None])
    assert not any((c.head.text, c.tail.text) == suit for c in seen[frozenset({"sued"})])


def veto_file(tmp_path: Path, weights: dict, bias: float, threshold: float) -> Path:
    """A model that adds nothing and vetoes "sued": a rule's fact scored below ``threshold`` is dropped."""
    path = tmp_path / f"veto-{threshold}-{len(weights)}.json"
    path.write_text(json.dumps({"format": learn.FORMAT, "trained_on": ["hand"], "commit": "", "relations": {
        "sued": {"enabled": False, "weights": {}, "bias": 0.0, "threshold": None,
                 "veto": {"weights": weights, "bias": bias, "threshold": threshold}}}}), encoding="utf-8")
    return path


def suits(pipeline, path: Path) -> list[tuple[str, str]]:
    return sorted((f.head.text, f.tail.text) for f in pipeline.process(path).facts if f.relation == "sued")


@pytest.mark.parametrize("text, kept", [
    ("北辰星图科技有限公司起诉南岭云算数据公司侵犯其商业秘密。\n", True),            # the cue the veto trusts
    ("北辰星圖科技有限公司起訴南嶺雲算數據公司侵犯其商業秘密。\n", True),            # Traditional: the same words
    ("北辰星图科技有限公司将南岭云算数据公司告上法庭。\n", False),                # a cue it does not: dropped
    ("Quarrystone Analytics Inc. sued Bluefin Harbor Labs Inc. over a patent.\n", True),
    ("Quarrystone Analytics Inc. filed a lawsuit against Bluefin Harbor Labs Inc. in Delaware.\n", False),
])
def test_veto_drops_a_rule_fact_it_scores_low_and_keeps_the_others(pipeline, write_doc, tmp_path, monkeypatch,
                                                                   text, kept):
    path = write_doc(f"veto-{abs(hash(text))}.txt", text)
    monkeypatch.setenv("KG_RELATION_MODEL", os.devnull)
    assert len(suits(pipeline, path)) == 1  # the rules read the suit
    # p = 1 / (1 + e^-(3 - 1)) = 0.88 where 起诉 (or the verb "sue") stands between the ends, 0.27 elsewhere
    monkeypatch.setenv("KG_RELATION_MODEL", str(veto_file(tmp_path, {"b:起诉": 3.0, "yv:su": 3.0}, -1.0, 0.5)))
    assert len(suits(pipeline, path)) == (1 if kept else 0)
    monkeypatch.setenv(learn.SWITCH, "0")  # KG_LEARNED=0: the rules alone, nothing dropped
    assert len(suits(pipeline, path)) == 1


def test_a_fact_the_veto_drops_in_one_sentence_stands_where_another_states_it(pipeline, write_doc, tmp_path,
                                                                              monkeypatch):
    path = write_doc("veto-two.txt", "北辰星图科技有限公司将南岭云算数据公司告上法庭。\n"
                     "北辰星图科技有限公司起诉南岭云算数据公司侵犯其商业秘密。\n")
    monkeypatch.setenv("KG_RELATION_MODEL", str(veto_file(tmp_path, {"b:起诉": 3.0}, -1.0, 0.5)))
    facts = [f for f in pipeline.process(path).facts if f.relation == "sued"]
    assert facts and all("起诉" in f.evidence.sentence for f in facts)


def test_veto_threshold_drops_only_where_wrong_far_outweighs_right():
    train = _train_module()
    # (probability, right): the three lowest are wrong, then a right one among wrong ones, then right ones
    scored = [(0.05, False), (0.1, False), (0.12, False), (0.2, True), (0.25, False), (0.3, False),
              (0.4, True), (0.45, True), (0.6, False), (0.9, True)]
    threshold = train._veto_threshold(scored)
    assert 0.3 < threshold <= 0.31  # drops five wrong and one right: gain 5 * 0.7 - 1.3 = 2.2
    assert train._veto_threshold([(0.1, True), (0.2, False), (0.3, True)]) is None  # never mostly wrong
    assert train._veto_threshold([(0.1, False), (0.9, False)]) is None  # too little gain below VETO_MAX


def test_veto_enabled_only_where_real_f1_rises_and_written_holds():
    train = _train_module()
    from kg.evaluate import Score
    tally = train.Tally()
    figures = {  # relation: (rules real, vetoed real, rules written, vetoed written) as (tp, predicted, gold)
        "sued": ((8, 12, 20), (8, 9, 20), (10, 10, 10), (10, 10, 10)),      # three wrong dropped: on
        "partOf": ((8, 12, 20), (6, 9, 20), (10, 10, 10), (10, 10, 10)),    # two right of three dropped: off
        "accused": ((8, 12, 20), (8, 9, 20), (10, 10, 10), (8, 8, 10)),     # the written sets lose: off
    }
    for relation, (a, b, c, d) in figures.items():
        for (tp, predicted, gold), into, split in ((a, tally.rules, "real"), (b, tally.screened, "real"),
                                                    (c, tally.rules, "written"), (d, tally.screened, "written")):
            into[relation, split] = Score(tp, predicted, gold, tp)
        tally.learned[relation, "real"] = tally.rules[relation, "real"]
        tally.learned[relation, "written"] = tally.rules[relation, "written"]
    assert train.chosen_vetoes(tally, {}) == {"accused": False, "partOf": False, "sued": True}
    _, after = tally.total("real", set(), {"sued"})
    assert (after.true_positive, after.predicted) == (24, 33)


def test_a_learned_fact_carries_its_rule_and_its_score(pipeline, write_doc, tmp_path, monkeypatch):
    path = write_doc("score.txt", "北辰星图科技有限公司和南岭云算数据公司本周在杭州同台展示了新的芯片。\n")
    monkeypatch.setenv("KG_RELATION_MODEL", str(model_file(tmp_path, "partnered", {"bonly:和": 2.0}, -1.0, 0.7)))
    found = [f for f in pipeline.process(path).facts if f.rule == "learned"]
    assert found and all(f.relation == "partnered" for f in found)
    probability = 1 / (1 + math.exp(-1.0))  # bias -1 + weight 2: the regression's score
    for fact in found:
        assert fact.confidence == round(min(fact.head.confidence, fact.tail.confidence) * probability, 3)
