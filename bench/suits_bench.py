"""How long the suit table (kg.cases.suits) takes on a large synthetic graph, as it grows.

    .venv/bin/python bench/suits_bench.py [--suits 250,500,1000,2000] [--runs 3]

For each size, a graph of that many suits: each of three authors (Latin names of two words)
against a company, in a sentence of its own document, and the same suit told again in passing
by one author's last name against the company under a shorter name (Roe sued Acme 7 beside Ann
Roe, Bo Lee and Cy Park v. Acme 7 Inc.), a row ``_told_in_part`` folds into the fuller one.
Prints the median seconds of --runs and the rows made; the figure to watch: seconds growing in
proportion to the suits, not to their square.  It prints figures; it is not a test.
"""
from __future__ import annotations

import argparse
import statistics
import time

from kg import cases
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence


def synthetic_graph(count: int) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for number in range(count):
        company = f"acme-{number}"
        graph.add_entity(Entity(company, "Company", f"Acme {number} Inc.", {f"Acme {number}"}))
        authors = [f"author-{number}-{seat}" for seat in range(3)]
        for seat, author in enumerate(authors):
            graph.add_entity(Entity(author, "Person", f"Writer{seat} Family{number}x{seat}"))
        names = ", ".join(graph.entity(author)["label"] for author in authors)
        sentence = f"{names} sued Acme {number} Inc. in federal court in San Francisco on 3 May 2024."
        for author in authors:
            graph.add_fact(author, "sued", company, Evidence(f"d{number}.txt", "i", sentence, 0, len(sentence), "2024-05-04"), rule="bench")
        passing = f"Family{number}x0 sued Acme {number}, the report said."
        short = f"short-{number}"
        graph.add_entity(Entity(short, "Person", f"Family{number}x0"))
        graph.add_fact(short, "sued", company, Evidence(f"e{number}.txt", "i", passing, 0, len(passing), "2024-06-01"), rule="bench")
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suits", default="250,500,1000,2000")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    for count in map(int, options.suits.split(",")):
        times, rows = [], 0
        for _ in range(options.runs):
            graph = synthetic_graph(count)
            began = time.perf_counter()
            rows = len(cases.suits(graph))
            times.append(time.perf_counter() - began)
        print(f"{count:>6} suits  {statistics.median(times):8.2f} s  {rows} rows")


if __name__ == "__main__":
    main()
