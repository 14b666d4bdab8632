"""The litigation table against the real-text corpus's suits: builds one part's documents
together (as an analyst's folder is built) and says, for each expected suit, whether the
table has a row with its parties, and whether that row's court, filing date and events
are right; then the rows that match no expected suit.

    python bench/real/suits.py --merge            # bench/real/suits/*.json -> bench/real/expected.json
    python bench/real/suits.py dev                # score the dev part (after check.py --sets)
    python bench/real/suits.py judge --summary    # figures only
    python bench/real/suits.py dev --why          # each suit beside its row, and the rows matching none

Names match as `kg query` matches them (any label of an entity, folded, in either script; a suit
folded from two lanes' rows matches either lane's naming of its parties); a
party the text does not name (三名作家, 李某) matches a row's party of the same words, however
another outlet words that anonymised party (李某某 for 李某, 某智能科技公司 for 某智能科技有限公司:
kg.unnamed.key).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

EXPECTED = HERE / "expected.json"


SAME = HERE / "same_suits.json"  # groups of lanes' rows that are one suit, the row to keep first
# an annotator's note in brackets after a space closing a party's or a court's name ("a family in Colorado (not
# named)", "California federal court (not named)"): no word of the text (伊普西龙信息科技(上海)有限公司: no space)
NOTE = re.compile(r"(?<=\S)\s+\([^()]*\)$")


def merge() -> list[dict]:
    """Every lane's suits in one list, each suit once (written to expected.json): the rows that
    ``same_suits.json`` says are one suit (told by two lanes' documents) are folded into the
    first, with every document, the first court given (the other lanes' names of it in
    ``court_also``), the most precise filing date and every event."""
    merged = _folded()
    EXPECTED.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return merged


def told_in(documents: set[str]) -> list[dict]:
    """The suits as a folder of these documents alone tells them: folded from the lanes' rows
    told in them only, so a suit's court, filing date and events are those its documents in the
    folder give (expected.json folds every part's: a devA build cannot read a judge document's
    ruling). A lane's row told in documents on both sides keeps all its fields (rare: its
    events do not say which document gives them)."""
    return _folded(documents)


def _folded(documents: set[str] | None = None) -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for path in sorted((HERE / "suits").glob("*.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            if documents is not None:
                if not documents & set(row.get("docs", [])):
                    continue
                row["docs"] = [doc for doc in row["docs"] if doc in documents]
            rows[path.stem, row["caption"]] = row
    for group in json.loads(SAME.read_text(encoding="utf-8")) if SAME.is_file() else []:
        present = [rows[tuple(key)] for key in group if tuple(key) in rows]
        if not present:
            continue
        kept, *folded = present
        for row in folded:
            del rows[next(key for key, value in rows.items() if value is row)]
            kept.setdefault("also", []).append({"plaintiffs": row["plaintiffs"], "defendants": row["defendants"]})
            kept["docs"] = list(dict.fromkeys(kept.get("docs", []) + row.get("docs", [])))
            if kept.get("court") and row.get("court") and row["court"] not in (kept["court"], *kept.get("court_also", [])):
                kept.setdefault("court_also", []).append(row["court"])  # the same court as another lane words it
            kept["court"] = kept.get("court") or row.get("court")
            kept["filed"] = max((kept.get("filed"), row.get("filed")), key=lambda date: len(date or ""))
            kept["events"] = _events(kept.get("events", []) + row.get("events", []))
    parts = {document["id"]: document["part"] for document in corpus.documents()}
    merged = list(rows.values())
    for row in merged:
        row["part"] = sorted({parts.get(doc, "?") for doc in row.get("docs", [])})
    return merged


def _events(events: list[dict]) -> list[dict]:
    """Each event once: of two of a kind where one date is the other's prefix (2025-06 and
    2025-06-23), the more precise; an undated one only where its kind has no dated one."""
    kept: list[dict] = []
    for event in sorted(events, key=lambda e: -len(e.get("date") or "")):
        date = event.get("date") or ""
        if not any(other["kind"] == event["kind"] and (other.get("date") or "").startswith(date) for other in kept):
            kept.append(event)
    return sorted(kept, key=lambda e: (e.get("date") or "", e["kind"]))


def _names(graph, party: str) -> set[str]:
    """The folded names a table party answers to: every label of its entity, else its words."""
    from kg.graph import all_names, fold, search_keys
    from kg.unnamed import key
    if party in graph.graph:
        return {fold(name) for name in all_names(graph.entity(party))}
    return search_keys(party) | search_keys(key(party))  # 李某某 and 李某, 某智能科技有限公司 and 某智能科技公司: one


def _expected(name: str) -> set[str]:
    """The folded names an expected party answers to: in either script, and, for a party the
    text anonymises, however another outlet words it (kg.unnamed.key); a party with a count
    after it (楊姓男子等4人, 姚某某等4人) answers as the one it names; an annotator's note in
    brackets after a described party ("a family in Colorado (not named)", "claimants (class
    members)": a space, then the bracket closing the name) is no word of the text, and the party
    answers without it as well (伊普西龙信息科技(上海)有限公司 keeps its brackets: no space)."""
    from kg.evaluate import in_both_scripts
    from kg.unnamed import key
    name = re.sub(r"(?<=.)等\s*[\d一二三四五六七八九十]+\s*[人名家]$", "", name)
    names = {name, NOTE.sub("", name)}
    return {found for one in names for found in in_both_scripts(one) | in_both_scripts(key(one))}


def _side(graph, expected: list[str], row: list[str]) -> bool:
    """Whether a table row's side is the expected one: each expected party answering to one of
    the row's parties and each of the row's parties to an expected one (two names the text
    gives one company, Character Technologies and Character.AI, are one party of the row)."""
    if not expected or not row:
        return not expected and not row
    names = [_names(graph, party) for party in row]
    wanted = [_expected(name) for name in expected]
    return (all(any(answers & found for found in names) for answers in wanted)
            and all(any(answers & found for answers in wanted) for found in names))


def _court(graph, expected: list[str], row: str | None) -> bool:
    """Whether a table row's court is the expected one: any name a lane of the suit gives it
    (UK High Court, London High Court), an annotator's note in brackets after a space dropped
    ("California federal court (not named)"); none where none is expected."""
    from kg.evaluate import in_both_scripts
    if not expected or row is None:
        return not expected and row is None
    names = {form for court in expected for form in (court, NOTE.sub("", court))}
    return bool(set().union(*(in_both_scripts(name) for name in names)) & _names(graph, row))


def score(graph, expected: list[dict], table: list | None = None) -> tuple[list[dict], int]:
    """For each expected suit {caption, agrees: None (no row with its parties) or {court,
    filed, events: bool}, row: the table's Suit or None}; and how many rows match none."""
    from kg.cases import suits
    table, taken, results = suits(graph) if table is None else table, set(), []
    for row in expected:
        sides = [row, *row.get("also", [])]  # the parties as each folded lane's documents name them
        found = next((suit for suit in table if suit.id not in taken
                      and any(_side(graph, side["plaintiffs"], suit.plaintiffs)
                              and _side(graph, side["defendants"], suit.defendants) for side in sides)), None)
        agrees = None
        if found is not None:
            taken.add(found.id)
            events = sorted((event.kind, event.date or "") for event in found.events)
            courts = [row["court"], *row.get("court_also", [])] if row.get("court") else []
            agrees = {"court": _court(graph, courts, found.court),
                      "filed": found.filed == row.get("filed"),
                      "events": events == sorted((e["kind"], e.get("date") or "") for e in row.get("events", []))}
        results.append({"caption": row["caption"], "agrees": agrees, "row": found})
    return results, len(table) - len(taken)


def _shown(graph, suit) -> str:
    """A table row's fields as an analyst reads them."""
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    return (f"{[label(p) for p in suit.plaintiffs]} v. {[label(d) for d in suit.defendants]}; court "
            f"{label(suit.court) if suit.court else None}; filed {suit.filed}; events {[(e.kind, e.date) for e in suit.events]}")


def why(graph, expected: list[dict], results: list[dict], table: list) -> None:
    """Each expected suit beside the row found for it, or the rows sharing one of its parties;
    then each row matching no expected suit, with its first sentence."""
    taken = {result["row"].id for result in results if result["row"] is not None}
    for row, result in zip(expected, results):
        print(f"== {row['caption']}\n   expected {row['plaintiffs']} v. {row['defendants']}; court {row.get('court')}; "
              f"filed {row.get('filed')}; events {[(e['kind'], e.get('date')) for e in row.get('events', [])]}")
        if result["row"] is not None:
            wrong = [field for field, ok in result["agrees"].items() if not ok]
            print(f"   row      {_shown(graph, result['row'])}: {'wrong ' + ', '.join(wrong) if wrong else 'right'}")
            continue
        names = set().union(*(_expected(name) for side in [row, *row.get("also", [])]
                              for name in side["plaintiffs"] + side["defendants"]))
        for suit in table:
            if any(_names(graph, party) & names for party in suit.parties):
                print(f"   near     {_shown(graph, suit)}{' (taken)' if suit.id in taken else ''}")
    for suit in table:
        if suit.id not in taken:
            first = suit.evidence[0] if suit.evidence else None
            print(f"-- no expected suit: {_shown(graph, suit)}"
                  + (f"\n   {first.document}: {first.sentence[:160]}" if first else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", nargs="?", choices=corpus.PARTS)
    parser.add_argument("--merge", action="store_true", help="merge suits/*.json into expected.json first")
    parser.add_argument("--summary", action="store_true", help="the totals only")
    parser.add_argument("--why", action="store_true",
                        help="each suit's expected fields beside its row's (or the rows sharing a party), then the rows matching none")
    options = parser.parse_args(argv)
    if options.why and options.part == "judge":
        parser.error("--why shows the expected suits: the judge part's are kept for its final figures only")
    expected = merge() if options.merge else json.loads(EXPECTED.read_text(encoding="utf-8"))
    if options.merge:
        print(f"{len(expected)} suits -> {EXPECTED}")
    if options.part is None:
        return 0
    from kg.pipeline import build
    folder = corpus.root() / "sets" / options.part
    wanted = told_in({path.stem for path in folder.glob("*/*.txt")})  # as the part's documents tell them
    graph = build([folder]).graph
    from kg.cases import suits
    table = suits(graph)
    results, unmatched = score(graph, wanted, table)
    if options.why:
        why(graph, wanted, results, table)
    elif not options.summary:
        for result in results:
            agrees = result["agrees"]
            marks = "no row with its parties" if agrees is None else " ".join(
                f"{field}={'ok' if ok else 'WRONG'}" for field, ok in agrees.items())
            print(f"{result['caption']}: {marks}")
    found = [r["agrees"] for r in results if r["agrees"] is not None]
    print(f"{options.part}: {len(results)} suits; a row with its parties {len(found)}; "
          + ", ".join(f"{field} right {sum(a[field] for a in found)}" for field in ("court", "filed", "events"))
          + f"; all right {sum(all(a.values()) for a in found)}; rows matching no expected suit {unmatched}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
