"""Analyst corrections that persist: a tab-separated file applied to every build.

One correction a line, ``action  subject  relation-or-value  object  note``, ``#`` starts a
comment.  Entities are named by any of their labels or by IRI / id::

    # action   subject            relation   object             note
    reject     Getty Images       sued       OpenAI             wrong defendant
    confirm    纽约时报            sued       OpenAI
    add        Anthropic          partnered  亚马逊              source=https://example.org/news/1
    merge      欧盟委员会          names      European Commission   (names: its names stay names)
    split      盖蒂图片社          	           Getty Foundation
    retype     Suno               Company
    label      微软               Microsoft Corporation
    unlabel    微软               MS
    court      纽约时报 v OpenAI   纽约南区联邦地区法院
    filed      纽约时报 v OpenAI   2023-12-27

``apply`` runs after resolution on every build, deterministically in file order; a
correction that matches nothing (its fact or entity vanished after a rebuild) is reported
as stale, never dropped silently.  A malformed line raises CorrectionError naming the file
and line, before anything is built or written.

>>> corrections = parse("reject\\tA\\tsued\\tB\\n", "c.tsv")
>>> corrections[0].action, corrections[0].line
('reject', 1)
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .dates import is_iso_date
from .graph import KnowledgeGraph
from .model import ENTITY_TYPES, RELATIONS, SIGNATURES, SYMMETRIC_RELATIONS, Entity, Evidence
from .resolve import admits, forbidden

#: The file ``kg build`` looks for in its first input folder when no --corrections is given.
DEFAULT_NAME = "corrections.tsv"
FACT_ACTIONS = ("reject", "confirm", "add")
ACTIONS = FACT_ACTIONS + ("merge", "split", "retype", "label", "unlabel", "court", "filed")
#: The third column of a merge that keeps the merged entity's names as names of the subject.
KEEP_NAMES = "names"
#: Review status of a fact (ailaw:reviewStatus): what nobody checked is "extracted".
EXTRACTED, CONFIRMED, ADDED = "extracted", "confirmed", "added"
_ENTITY_NAMESPACE = "https://w3id.org/ailaw-kg/id/"


class CorrectionError(ValueError):
    """A line of a corrections file that cannot be read: one line, with file and line number."""


@dataclass(frozen=True)
class Correction:
    action: str
    subject: str
    value: str = ""      # the relation of a fact, a type, a label, a court or a date
    object: str = ""
    note: str = ""
    line: int = 0
    file: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def source(self) -> str:
        """The ``source=URL`` an ``add`` may carry in its note."""
        match = re.search(r"source=(\S+)", self.note)
        return match.group(1) if match else ""

    def as_line(self) -> str:
        return "\t".join([self.action, self.subject, self.value, self.object, self.note]).rstrip("\t")


@dataclass
class Outcome:
    """What applying a file did: the corrections that took effect and the stale ones, each
    stale one with the reason."""
    applied: list[Correction] = field(default_factory=list)
    stale: list[tuple[Correction, str]] = field(default_factory=list)

    def reviewed(self) -> dict[str, Counter]:
        """Per relation, how many facts analysts confirmed and rejected (stale ones not counted)."""
        counts: dict[str, Counter] = {}
        for correction in self.applied:
            if correction.action in ("confirm", "reject"):
                counts.setdefault(correction.value, Counter())[correction.action] += 1
        return dict(sorted(counts.items()))


def parse(text: str, file: str = DEFAULT_NAME) -> list[Correction]:
    """The corrections of a file's text; CorrectionError on the first malformed line."""
    corrections = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0] if raw.lstrip().startswith("#") else raw
        if not line.strip():
            continue
        fields = [part.strip() for part in line.rstrip("\r\n").split("\t")]
        fields += [""] * (5 - len(fields))
        if len(fields) > 5:
            fields = fields[:4] + ["\t".join(fields[4:])]
        correction = Correction(*fields[:5], line=number, file=file)
        problem = _problem(correction)
        if problem:
            raise CorrectionError(f"{file}:{number}: {problem}")
        corrections.append(correction)
    return corrections


def read(path: str | Path, corpus: str | Path | None = None) -> list[Correction]:
    """The corrections of the file at ``path``, each naming its file as published
    (``published_name``: relative to the ``corpus`` folder, never a path of this machine)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CorrectionError(f"{path}: cannot read the corrections file ({error})") from None
    return parse(text, published_name(path, corpus))


def published_name(path: str | Path, corpus: str | Path | None = None) -> str:
    """The name a corrections file goes by in outputs (ailaw:correction "corrections.tsv:4"):
    its path relative to the corpus folder (or the folder of the corpus file) where it lies
    inside it, else its file name alone.

    >>> published_name("/srv/news/fixes/corrections.tsv", "/srv/news"), published_name("/tmp/x/mine.tsv", "/srv/news")
    ('fixes/corrections.tsv', 'mine.tsv')
    """
    path = Path(path).absolute()
    if corpus is not None:
        folder = Path(corpus).absolute()
        folder = folder if folder.is_dir() or not folder.suffix else folder.parent
        if path.is_relative_to(folder):
            return path.relative_to(folder).as_posix()
    return path.name


def _problem(correction: Correction) -> str | None:
    action, subject, value, obj = correction.action, correction.subject, correction.value, correction.object
    if action not in ACTIONS:
        return f"unknown action {action!r} (one of {', '.join(ACTIONS)})"
    if not subject:
        return f"{action} needs a subject in the second column"
    if action in FACT_ACTIONS:
        if value not in RELATIONS:
            return f"{action} needs a relation in the third column, not {value!r}"
        if not obj:
            return f"{action} needs an object in the fourth column"
    elif action in ("merge", "split"):
        if action == "merge" and value not in ("", KEEP_NAMES):
            return f"merge takes nothing or {KEEP_NAMES!r} (keep the other's names) in the third column, not {value!r}"
        if not obj:
            return f"{action} needs {'the other entity' if action == 'merge' else 'the label to split off'} in the fourth column"
    elif action == "retype":
        if value not in ENTITY_TYPES:
            return f"retype needs a type in the third column (one of {', '.join(ENTITY_TYPES)}), not {value!r}"
    elif not value:
        return f"{action} needs a value in the third column"
    elif action == "filed" and not is_iso_date(value):
        return f"filed needs a date YYYY, YYYY-MM or YYYY-MM-DD in the third column, not {value!r}"
    return None


def apply(kg: KnowledgeGraph, corrections: list[Correction], analyst: str = "analyst") -> Outcome:
    """Apply ``corrections`` to ``kg`` in order, in place.  Facts an analyst confirmed or
    added carry ``review`` = {status, analyst, note, where}; rejected facts are removed.
    The corrections of suits (court, filed) come last, in one pass over the litigation
    table of the corrected graph (the table is made once, however many there are)."""
    outcome = Outcome()
    for correction in corrections:
        if correction.action not in SUIT_ACTIONS:
            _record(outcome, correction, _APPLY[correction.action](kg, correction, analyst))
    for correction, reason in _suits(kg, [c for c in corrections if c.action in SUIT_ACTIONS], analyst):
        _record(outcome, correction, reason)
    outcome.applied.sort(key=lambda c: (c.file, c.line))
    outcome.stale.sort(key=lambda stale: (stale[0].file, stale[0].line))
    return outcome


def _record(outcome: Outcome, correction: Correction, reason: str | None) -> None:
    if reason:
        outcome.stale.append((correction, reason))
    else:
        outcome.applied.append(correction)


def _entities(kg: KnowledgeGraph, *names: str) -> tuple[list[str], str | None]:
    ids = []
    for name in names:  # any label, an id, or the IRI of an id
        found = kg.find(name[len(_ENTITY_NAMESPACE):] if name.startswith(_ENTITY_NAMESPACE) else name)
        if not found:
            return ids, f"no entity named {name!r}"
        if len(found) > 1:
            return ids, f"{name!r} names {len(found)} entities ({', '.join(found[:4])}): use an id"
        ids.append(found[0])
    return ids, None


def _edge(kg: KnowledgeGraph, head: str, relation: str, tail: str) -> tuple[str, str] | None:
    if kg.graph.has_edge(head, tail, key=relation):
        return head, tail
    if relation in SYMMETRIC_RELATIONS and kg.graph.has_edge(tail, head, key=relation):
        return tail, head
    return None


def _review(correction: Correction, status: str, analyst: str) -> dict:
    return {"status": status, "analyst": analyst, "note": correction.note, "where": correction.where}


def _stated(kg: KnowledgeGraph, correction: Correction) -> tuple[tuple[str, str] | None, str | None]:
    """The edge (head, tail) of the fact a reject or confirm names, or why there is none."""
    (ids, problem) = _entities(kg, correction.subject, correction.object)
    if problem:
        return None, problem
    edge = _edge(kg, ids[0], correction.value, ids[1])
    return edge, None if edge else "no such fact in this build"


def _reject(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    edge, problem = _stated(kg, correction)
    if edge:
        kg.graph.remove_edge(*edge, key=correction.value)
    return problem


def _confirm(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    edge, problem = _stated(kg, correction)
    if edge:
        kg.graph.edges[(*edge, correction.value)]["review"] = _review(correction, CONFIRMED, analyst)
    return problem


def _two(kg: KnowledgeGraph, correction: Correction, same: str) -> tuple[list[str], str | None]:
    """The subject's and the object's entities, or why they are not two entities."""
    ids, problem = _entities(kg, correction.subject, correction.object)
    if problem:
        return ["", ""], problem
    return ids, same if ids[0] == ids[1] else None


def _add(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    (head, tail), problem = _two(kg, correction, "subject and object are one entity")
    if problem:
        return problem
    types = kg.entity(head)["type"], kg.entity(tail)["type"]
    if not admits(correction.value, *types):  # the published graph keeps to the relations' signatures
        return f"{forbidden(correction.value, *types)} (retype it first)"
    evidence = Evidence(Path(correction.file).name, f"analyst correction, line {correction.line}",
                        correction.note or correction.as_line(), 0, 0, None, analyst, correction.source)
    kg.add_fact(head, correction.value, tail, evidence, confidence=1.0)
    edge = _edge(kg, head, correction.value, tail)
    kg.graph.edges[(*edge, correction.value)]["review"] = _review(correction, ADDED, analyst)
    return None


def _merge(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    """The object's facts move to the subject and the object is gone.  Its names go with
    it (a merge mends a wrong name or a wrong split: the wrong name is no alias of the
    right entity) unless the third column says ``names``: then they are the subject's too."""
    (keep, gone), problem = _two(kg, correction, "already one entity")
    if problem:
        return problem
    graph = kg.graph
    if correction.value == KEEP_NAMES:  # the analyst says the other's names are this one's too
        graph.nodes[keep]["labels"] |= graph.nodes[gone]["labels"]
        graph.nodes[keep]["kb_names"] |= graph.nodes[gone]["kb_names"]
        graph.nodes[keep]["label_en"] = graph.nodes[keep]["label_en"] or graph.nodes[gone]["label_en"]
    for head, tail, relation, data in list(graph.in_edges(gone, keys=True, data=True)) + \
            list(graph.out_edges(gone, keys=True, data=True)):
        new_head, new_tail = (keep if head == gone else head), (keep if tail == gone else tail)
        if new_head == new_tail:
            continue
        for evidence in data["evidence"] or [None]:
            kg.add_fact(new_head, relation, new_tail, evidence, data["confidence"])
        merged = _edge(kg, new_head, relation, new_tail)
        if "review" in data and merged:
            graph.edges[(*merged, relation)].setdefault("review", data["review"])
    for node, attributes in graph.nodes(data=True):
        if attributes.get("jurisdiction") == gone:
            attributes["jurisdiction"] = keep
    graph.remove_node(gone)
    return None


def _split(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    """The label in the object column becomes an entity of its own (same type); the facts
    whose every evidence sentence names it and none of the other labels move with it."""
    (ids, problem) = _entities(kg, correction.subject)
    if problem:
        return problem
    node, label = ids[0], correction.object
    graph = kg.graph
    labels = graph.nodes[node]["labels"]
    if label not in labels:
        return f"{correction.subject!r} has no label {label!r}"
    if len(labels) == 1:
        return f"{label!r} is the only label of {correction.subject!r}"
    new = _free_id(kg, f"{node}--{re.sub(r'[^0-9A-Za-z_-]+', '-', label).strip('-') or 'split'}")
    data = graph.nodes[node]
    kg.add_entity(Entity(new, data["type"], label, {label}, jurisdiction=data.get("jurisdiction")))
    kg.drop_name(node, label)
    others = labels
    for head, tail, relation, edge in list(graph.in_edges(node, keys=True, data=True)) + \
            list(graph.out_edges(node, keys=True, data=True)):
        sentences = [e.sentence for e in edge["evidence"]]
        if sentences and all(label in s and not any(o in s for o in others) for s in sentences):
            graph.remove_edge(head, tail, key=relation)
            graph.add_edge(new if head == node else head, new if tail == node else tail, key=relation, **edge)
    return None


def _free_id(kg: KnowledgeGraph, wanted: str) -> str:
    candidate, number = wanted, 1
    while candidate in kg.graph:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _retype(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    (ids, problem) = _entities(kg, correction.subject)
    if problem:
        return problem
    node, data = ids[0], kg.graph.nodes[ids[0]]
    if data["type"] == correction.value:
        return f"already a {correction.value}"
    for head, tail, relation in list(kg.graph.out_edges(node, keys=True)) + list(kg.graph.in_edges(node, keys=True)):
        types = [kg.entity(end)["type"] if end != node else correction.value for end in (head, tail)]
        if relation in SIGNATURES and not admits(relation, *types):
            return f"{forbidden(relation, *types)}: reject {kg.entity(head)['label']} {relation} " \
                   f"{kg.entity(tail)['label']} first"
    data["type"] = correction.value
    return None


def _label(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    (ids, problem) = _entities(kg, correction.subject)
    if problem:
        return problem
    clash = [n for n in kg.find(correction.value) if n != ids[0]]
    if clash:
        return f"{correction.value!r} is already a label of {clash[0]} (merge them instead)"
    kg.graph.nodes[ids[0]]["labels"].add(correction.value)
    return None


def _unlabel(kg: KnowledgeGraph, correction: Correction, analyst: str) -> str | None:
    (ids, problem) = _entities(kg, correction.subject)
    if problem:
        return problem
    data = kg.graph.nodes[ids[0]]
    if correction.value not in data["labels"]:
        return f"no label {correction.value!r}"
    if len(data["labels"]) == 1:
        return "an entity keeps at least one label"
    kg.drop_name(ids[0], correction.value)
    return None


def _suits(kg: KnowledgeGraph, corrections: list[Correction], analyst: str) -> list[tuple[Correction, str | None]]:
    """court / filed of suits of the litigation table (kg.cases), each named by caption
    or by its parties "A v B": kept on the graph, which kg.cases.suits reads; with the
    reason of each that matches no suit or court (None for those applied)."""
    if not corrections:
        return []
    from . import cases
    records = cases.suits(kg)
    done = []
    for correction in corrections:
        value, reason = correction.value, None
        if not cases.find_suits(kg, correction.subject, records):
            reason = f"no suit {correction.subject!r} in this build"
        elif correction.action == "court":
            courts = [node for node in kg.find(value) if kg.entity(node)["type"] == "Court"]
            if len(courts) != 1:
                reason = f"no court named {value!r} in this build" if not courts else f"{value!r} names several courts"
            else:
                value = courts[0]
        if reason is None:
            kg.graph.graph.setdefault("suit_corrections", []).append(
                {"suit": correction.subject, "field": correction.action, "value": value, "analyst": analyst,
                 "note": correction.note, "where": correction.where})
        done.append((correction, reason))
    return done


SUIT_ACTIONS = ("court", "filed")
_APPLY = {"reject": _reject, "confirm": _confirm, "add": _add, "merge": _merge, "split": _split,
          "retype": _retype, "label": _label, "unlabel": _unlabel}


def locate(paths: list[str | Path]) -> Path | None:
    """The default corrections file: corrections.tsv in the first input folder (the folder
    of the first input file), if there is one."""
    if not paths:
        return None
    first = Path(paths[0])
    candidate = (first if first.is_dir() else first.parent) / DEFAULT_NAME
    return candidate if candidate.is_file() else None


def append(path: str | Path, corrections: list[Correction]) -> Path:
    """Add lines to a corrections file (written whole, atomically)."""
    from .atomic import write_atomic
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig") if path.is_file() else HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    return write_atomic(path, text + "".join(c.as_line() + "\n" for c in corrections))


HEADER = ("# Analyst corrections, applied on every `kg build` (tab-separated).\n"
          "# action\tsubject\trelation-or-value\tobject\tnote\n")


# -- review: the facts an analyst has still to look at -------------------------------

@dataclass
class Pending:
    """One fact to review, with what an analyst needs to decide."""
    head: str
    relation: str
    tail: str
    head_label: str
    tail_label: str
    confidence: float
    status: str
    evidence: list[Evidence]

    def row(self) -> dict:
        first = self.evidence[0] if self.evidence else None
        return {"head": self.head_label, "relation": self.relation, "tail": self.tail_label,
                "confidence": self.confidence, "status": self.status,
                "date": first.date if first else None, "document": first.document if first else "",
                "sentence": first.sentence if first else "", "decision": "", "note": ""}


def pending(kg: KnowledgeGraph, relation: str | None = None, entity: str | None = None,
            since: str | None = None, include_reviewed: bool = False) -> list[Pending]:
    """The facts of ``kg`` to review, lowest confidence first: of one relation, touching one
    entity (any label), or stated on or after ``since`` (a new month's news)."""
    wanted = None
    if entity is not None:
        wanted = set(kg.find(entity))
        if not wanted:
            raise CorrectionError(f"no entity named {entity!r}")
    facts = []
    for head, name, tail, data in kg.facts(relation):
        status = data.get("review", {}).get("status", EXTRACTED)
        if status != EXTRACTED and not include_reviewed:
            continue
        if wanted is not None and not {head, tail} & wanted:
            continue
        if since and not any(e.date and e.date >= since for e in data["evidence"]):
            continue
        facts.append(Pending(head, name, tail, kg.entity(head)["label"], kg.entity(tail)["label"],
                             round(float(data["confidence"]), 3), status, list(data["evidence"])))
    return sorted(facts, key=lambda p: (p.confidence, p.relation, p.head_label, p.tail_label))


#: What a reviewer may write in the ``decision`` column of a `kg review --list` file.
DECISIONS = {"accept": "confirm", "confirm": "confirm", "reject": "reject"}


def decisions(rows: list[dict], file: str) -> list[Correction]:
    """Corrections from the rows of a reviewed `kg review --list` file (CSV or JSON):
    ``accept``/``reject``, or ``retype head Type`` / ``retype tail Type``; blank rows skipped."""
    out = []
    for number, row in enumerate(rows, start=2):
        decision = (row.get("decision") or "").strip()
        if not decision or decision.lower() == "skip":
            continue
        head, relation, tail = (row.get(k, "") or "" for k in ("head", "relation", "tail"))
        note = (row.get("note") or "").strip()
        words = decision.split()
        if words[0].lower() in DECISIONS and len(words) == 1:
            correction = Correction(DECISIONS[words[0].lower()], head, relation, tail, note, number, file)
        elif words[0].lower() == "retype" and len(words) == 3 and words[1] in ("head", "tail"):
            correction = Correction("retype", head if words[1] == "head" else tail, words[2], "", note, number, file)
        else:
            raise CorrectionError(f"{file}:{number}: decision {decision!r} is not accept, reject, skip, "
                                  "'retype head TYPE' or 'retype tail TYPE'")
        problem = _problem(correction)
        if problem:
            raise CorrectionError(f"{file}:{number}: {problem}")
        out.append(correction)
    return out
