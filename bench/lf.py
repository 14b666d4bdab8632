"""Each fact rule measured the way Snorkel's LFAnalysis measures labelling functions, from a
snapshot (`bench/snapshot.py`): coverage (the documents it fires in, the facts it reads),
overlaps (its facts another rule read too), conflicts (its facts whose two names another rule
gave another relation), the facts it alone read, and its precision against gold.  The rules
that fire in one document only are listed apart: a rule written for one text is a smell.

    python bench/snapshot.py --out /tmp/now.jsonl --jobs 2
    python bench/lf.py /tmp/now.jsonl                        # the real development part (set real-dev)
    python bench/lf.py /tmp/now.jsonl --set dev --set seeds  # the written sets instead
    python bench/lf.py /tmp/now.jsonl --by family            # families (kg evaluate --by-rule) not rules
    python bench/lf.py /tmp/now.jsonl --json                 # the rows as JSON
    python bench/lf.py /tmp/now.jsonl --filters              # and each cue filter: the facts it stopped on real dev
    python bench/lf.py /tmp/now.jsonl --names                # name families (Mention.mechanism) instead of fact rules

A rule is a fact's ``Fact.rule`` (``cue``, ``english/proposed``, ``litigation/hearing``); a fact
is an edge of a document's graph, (head, relation, tail) with every rule that read it.  With
``--names`` a rule is a name family (``Mention.mechanism``: ``kb``, ``english/person``,
``repeated/glossed``) and what it reads is an entity of a document's graph, right where gold
has it; sole: no other family found it.  The judge part of bench/real is never in a snapshot.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from kg.model import SYMMETRIC_RELATIONS, scored_family  # noqa: E402


@dataclass
class RuleFigures:
    rule: str
    documents: set[str] = field(default_factory=set)
    facts: int = 0
    right: int = 0
    overlaps: int = 0          # facts another rule read too
    conflicts: int = 0         # facts whose pair another rule gave another relation
    sole: int = 0              # facts no other rule read
    overlapping: dict[str, int] = field(default_factory=dict)
    conflicting: dict[str, int] = field(default_factory=dict)

    def row(self) -> dict:
        row = asdict(self)
        row["documents"] = len(self.documents)
        row["precision"] = round(self.right / self.facts, 3) if self.facts else None
        row["only_document"] = next(iter(self.documents)) if len(self.documents) == 1 else None
        return row


def load(path: Path, sets: list[str]) -> list[dict]:
    """The snapshot's documents of ``sets``, one line each."""
    lines = []
    with open(path, encoding="utf-8") as stream:
        for number, text in enumerate(stream, 1):
            if not text.strip():
                continue
            try:
                line = json.loads(text)
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}: line {number} is no JSON ({error.msg})")
            if line.get("set") in sets:
                lines.append(line)
    return lines


def pair(head: str, relation: str, tail: str) -> tuple[str, str]:
    """The two names of a fact, in one order for a relation read either way."""
    return (head, tail) if relation not in SYMMETRIC_RELATIONS or head <= tail else (tail, head)


def analyse(lines: list[dict], by=lambda rule: rule) -> list[RuleFigures]:
    """The figures of every rule (``by``: what a fact's rule is counted as) over the documents."""
    figures: dict[str, RuleFigures] = {}
    for line in lines:
        document = f"{line['set']}/{line['doc']}"
        relations: dict[frozenset[str], dict[str, set[str]]] = defaultdict(dict)  # names -> relation -> rules
        facts = [(head, relation, tail, sorted({by(rule) for rule in rules} or {"unnamed"}), right)
                 for head, relation, tail, rules, right in line["facts"]]
        for head, relation, tail, rules, _ in facts:
            relations[frozenset((head, tail))].setdefault(relation, set()).update(rules)
        for head, relation, tail, rules, right in facts:
            others = {other: rules_of for other, rules_of in relations[frozenset((head, tail))].items() if other != relation}
            for rule in rules:
                one = figures.setdefault(rule, RuleFigures(rule))
                one.documents.add(document)
                one.facts += 1
                one.right += bool(right)
                overlapping = [other for other in rules if other != rule]
                one.overlaps += bool(overlapping)
                one.sole += not overlapping
                for other in overlapping:
                    one.overlapping[other] = one.overlapping.get(other, 0) + 1
                conflicting = {other for rules_of in others.values() for other in rules_of if other != rule}
                one.conflicts += bool(conflicting)
                for other in conflicting:
                    one.conflicting[other] = one.conflicting.get(other, 0) + 1
    return sorted(figures.values(), key=lambda one: (-one.facts, one.rule))


def analyse_names(lines: list[dict]) -> list[RuleFigures]:
    """The figures of every name family over the documents' entities (``facts``: the entities it
    found, ``right``: of them gold has, ``sole``: no other family found; no overlaps counted)."""
    figures: dict[str, RuleFigures] = {}
    for line in lines:
        for _, _, families, right in line.get("entities", ()):
            for family in families:
                one = figures.setdefault(family, RuleFigures(family))
                one.documents.add(f"{line['set']}/{line['doc']}")
                one.facts += 1
                one.right += bool(right)
                one.sole += len(families) == 1
    return sorted(figures.values(), key=lambda one: (-one.facts, one.rule))


def single_document_names(lines: list[dict], family: str) -> list[list]:
    """The entities ``family`` found, each with whether gold has it and the other families that found it."""
    return [[line["doc"], label, kind, right, [other for other in families if other != family]]
            for line in lines for label, kind, families, right in line.get("entities", ()) if family in families]


def single_document_facts(lines: list[dict], rule: str, by=lambda rule: rule) -> list[list]:
    """The facts ``rule`` read, each with whether gold has it and whether another rule read it too."""
    return [[line["doc"], head, relation, tail, right, sorted(by(r) for r in rules if by(r) != rule)]
            for line in lines for head, relation, tail, rules, right in line["facts"]
            if rule in {by(one) for one in rules}]


def gold_facts(gold: dict) -> tuple[dict[str, set[str]], set[tuple[str, str, str]]]:
    """A gold file's entities (id -> their names' keys, in both scripts) and facts (head id, relation, tail id)."""
    from kg.evaluate import in_both_scripts
    names = {e["id"]: set().union(*map(in_both_scripts, e["names"])) for e in gold["entities"]}
    facts = {(r["head"], r["relation"], r["tail"]) for r in gold["relations"]}
    facts |= {(t, r, h) for h, r, t in facts if r in SYMMETRIC_RELATIONS}
    return names, facts


def in_gold(fact, names: dict[str, set[str]], facts: set[tuple[str, str, str]]) -> bool:
    """Whether gold has a fact (kg.model.Fact) its ends' names stand for."""
    from kg.graph import search_keys
    heads = [eid for eid, keys in names.items() if search_keys(fact.head.canonical or fact.head.text) & keys]
    tails = [eid for eid, keys in names.items() if search_keys(fact.tail.canonical or fact.tail.text) & keys]
    return any((h, fact.relation, t) in facts for h in heads for t in tails)


def filter_figures(documents: list[tuple[Path, Path]], pipeline=None) -> dict[str, list[int]]:
    """Each cue filter (kg.facts.cue.CUE_FILTERS, ROLE_FILTERS) scored: [documents, facts it stopped,
    of them the facts gold has]; each (document, gold) built with kg explain's trace on."""
    from kg.evaluate import load_gold
    from kg.explain import Trace
    from kg.ingest import read_document
    from kg.pipeline import Pipeline
    pipeline = pipeline or Pipeline()
    figures: dict[str, list[int]] = {}
    for path, gold_path in documents:
        trace = Trace()
        pipeline.extractor.trace = trace
        try:
            pipeline.process_documents([read_document(path)])
        finally:
            pipeline.extractor.trace = None
        names, facts = gold_facts(load_gold(gold_path))
        stopped: dict[str, list] = {}
        for step, rule, found in trace.events:
            if step == "suppressed" and rule.startswith("cue:"):
                stopped.setdefault(rule, []).extend(found)
        for rule, found in stopped.items():
            one = figures.setdefault(rule, [0, 0, 0])
            one[0] += bool(found)
            one[1] += len(found)
            one[2] += sum(in_gold(fact, names, facts) for fact in found)
    return figures


def real_dev_documents() -> list[tuple[Path, Path]]:
    """The real development part's documents with their gold (bench/real/check.py lays them out)."""
    sys.path.insert(0, str(REPOSITORY / "bench" / "real"))
    import corpus  # bench/real/corpus.py
    from kg.evaluate import gold_for
    from kg.ingest import discover
    dev = corpus.root() / "sets" / "dev"
    return [(path, gold) for path in discover([dev]) if (gold := gold_for(path, corpus.GOLD)) is not None]


def table(rows: list[dict]) -> list[str]:
    out = ["| rule | documents | facts | precision | sole | overlaps | conflicts | overlaps most with |",
           "|---|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        most = sorted(row["overlapping"].items(), key=lambda item: (-item[1], item[0]))[:2]
        precision = "" if row["precision"] is None else f"{row['precision']:.2f}"
        out.append(f"| {row['rule']} | {row['documents']} | {row['facts']} | {precision} | {row['sole']} | "
                   f"{row['overlaps']} | {row['conflicts']} | {', '.join(f'{r} ({n})' for r, n in most)} |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--set", action="append", default=[], help="a set of the snapshot (default: real-dev)")
    parser.add_argument("--by", choices=("rule", "family"), default="rule",
                        help="count each Fact.rule, or each family kg evaluate --by-rule scores")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--names", action="store_true",
                        help="the name families (Mention.mechanism) and the entities each found, not the fact rules")
    parser.add_argument("--filters", action="store_true",
                        help="also build the real development part with the trace on and score each cue filter "
                             "(the facts it stopped, how many gold has): minutes, not seconds")
    options = parser.parse_args(argv)
    if not options.snapshot.is_file():
        print(f"{options.snapshot}: no such snapshot (write one with bench/snapshot.py)", file=sys.stderr)
        return 2
    sets = options.set or ["real-dev"]
    lines = load(options.snapshot, sets)
    if not lines:
        print(f"{options.snapshot}: no document of the sets {', '.join(sets)}", file=sys.stderr)
        return 2
    by = scored_family if options.by == "family" else (lambda rule: rule)
    rows = [one.row() for one in (analyse_names(lines) if options.names else analyse(lines, by))]
    single = [row for row in rows if row["documents"] == 1]
    if options.json:
        print(json.dumps({"sets": sets, "documents": len(lines), "rules": rows,
                          "single_document": {row["rule"]: (single_document_names(lines, row["rule"]) if options.names
                                                            else single_document_facts(lines, row["rule"], by))
                                              for row in single}}, ensure_ascii=False, indent=1))
        return 0
    if options.names:
        print(f"{len(lines)} documents of {', '.join(sets)}; {len(rows)} name families\n")
        print("| family | documents | entities | precision | sole |\n|---|---:|---:|---:|---:|")
        for row in rows:
            precision = "" if row["precision"] is None else f"{row['precision']:.2f}"
            print(f"| {row['rule']} | {row['documents']} | {row['facts']} | {precision} | {row['sole']} |")
        print(f"\nName families that fire in one document only ({len(single)}):")
        for row in single:
            print(f"- {row['rule']} in {row['only_document']}: {row['facts']} entities, {row['right']} right")
            for _, label, kind, right, others in single_document_names(lines, row["rule"]):
                also = f" (also {', '.join(others)})" if others else ""
                print(f"    {'right' if right else 'WRONG'}: {label} {kind}{also}")
        return 0
    print(f"{len(lines)} documents of {', '.join(sets)}; {len(rows)} rules\n")
    print("\n".join(table(rows)))
    if options.filters:
        print("\nCue filters on the real development part (facts each stopped; gold has: the filter was wrong):\n")
        print("| filter | documents | facts stopped | of them in gold |\n|---|---:|---:|---:|")
        for rule, (documents, stopped, right) in sorted(filter_figures(real_dev_documents()).items(),
                                                        key=lambda item: -item[1][1]):
            print(f"| {rule} | {documents} | {stopped} | {right} |")
    print(f"\nRules that fire in one document only ({len(single)}):")
    for row in single:
        print(f"- {row['rule']} in {row['only_document']}: {row['facts']} facts, {row['right']} right")
        for doc, head, relation, tail, right, others in single_document_facts(lines, row["rule"], by):
            also = f" (also {', '.join(others)})" if others else ""
            print(f"    {'right' if right else 'WRONG'}: {head} {relation} {tail}{also}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
