"""The curated knowledge: known entities (data/kb/*.tsv) and the lexicons that drive
the mechanisms (data/lexicon/*).  Loaded once; code holds no names or cue words."""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, wraps
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
KB_FILES = {
    "jurisdictions": "Jurisdiction", "places": "Jurisdiction", "regulators": "Regulator", "legislatures": "Legislature",
    "courts": "Court", "us_courts": "Court", "laws": "Law", "companies": "Company", "organizations": "Organization",
    "models": "AIModel", "people": "Person", "cases": "Case",
}



@dataclass(frozen=True)
class KBEntry:
    id: str
    type: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    jurisdiction: str | None
    parent: str | None

    @property
    def label(self) -> str:
        return self.zh or self.en or self.aliases[0]

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.zh, self.en, *self.aliases) if n))


#: Generated tables of Latin names read as look-ups only (cities.tsv: 11,000 cities and counties):
#: no name index, pattern or variant list of the entries holds them (each process would build
#: them over 13,000 more names, 0.3 CPU s and 25 MB at every start); a run of words is looked up
#: in them (LookupTable) where the entries' names are matched, and their ids answer as entries'.
LOOKUP_FILES = {"cities": "Jurisdiction"}
_NAME_TOKENS = re.compile(r"[^\W_]+|\S")  # a Latin name's words and marks, as jieba cuts them (latin_words)


def _name_tokens(name: str) -> list[str]:
    """A Latin name's tokens as kg.mentions.kb folds the text's: lower case, ’ as '."""
    return _NAME_TOKENS.findall(name.lower().replace("’", "'"))


def _named_by_run(entry: KBEntry, run: list[str]) -> bool:
    """Whether one of the entry's names is this run of lower-cased tokens (_name_tokens)."""
    return any(_name_tokens(name) == run for name in entry.names)


class LookupTable:
    """The rows of LOOKUP_FILES, read at the first look-up (a Chinese text alone never asks):
    by their names' lower-cased tokens (``tokens``: Merrimack County -> merrimack, county;
    Ga-Rankuwa -> ga, -, rankuwa), by their names folded (``named``), written (``starting``)
    and by id (``entry``).  A row is made a KBEntry when first asked for."""

    def __init__(self, paths: list[tuple[Path, str]]) -> None:
        self.paths = paths
        self._entries: dict[str, KBEntry] = {}

    @cached_property
    def _index(self) -> tuple[dict[str, tuple], dict[str, tuple], dict[str, list[int]]]:
        """(a name folded -> its row, an id -> its row, a first token -> the names' lengths in
        tokens, longest first); a row: (type, the file's columns, the line)."""
        by_fold: dict[str, tuple] = {}
        by_id: dict[str, tuple] = {}
        lengths: dict[str, set[int]] = {}
        for path, type_ in self.paths:
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
            header = {column: position for position, column in enumerate(lines[0].split("\t"))}
            en, aliases, key = header["en"], header["aliases"], header["id"]
            for line in lines[1:]:
                fields = line.split("\t")
                row = by_id[fields[key]] = (type_, header, line)
                for name in (fields[en], *fields[aliases].split("|")):
                    if name:
                        tokens = _name_tokens(name)
                        by_fold.setdefault("".join(name.lower().split()), row)  # as kg.graph's fold
                        by_fold.setdefault("".join(tokens), row)  # as the tokens join (Ta'if for Ta’if)
                        lengths.setdefault(tokens[0], set()).add(len(tokens))
        return by_fold, by_id, {first: sorted(found, reverse=True) for first, found in lengths.items()}

    @property
    def lengths(self) -> dict[str, list[int]]:
        """A name's first token -> how many tokens the names starting with it have, longest first."""
        return self._index[2]

    def tokens(self, run: list[str]) -> KBEntry | None:
        """The entry one of whose names is this run of lower-cased tokens (jieba's: merrimack, county)."""
        row = self._index[0].get("".join(run))
        entry = self._entry(row) if row is not None else None
        return entry if entry is not None and _named_by_run(entry, run) else None

    def named(self, key: str) -> KBEntry | None:
        """The entry of a folded name (kg.graph fold: lower case, no white space)."""
        row = self._index[0].get(key)
        return self._entry(row) if row is not None else None

    def starting(self, text: str) -> tuple[str, KBEntry] | None:
        """The longest name ``text`` starts with, written as the table writes it, as whole words."""
        ends = [found.end() for found in _NAME_TOKENS.finditer(text[:80])]
        for end in reversed(ends[:12]):
            entry = self.named(text[:end].lower().replace(" ", ""))
            if entry is not None and text[:end] in entry.names and not inside_latin_word(text, end):
                return text[:end], entry
        return None

    def holds(self, entry_id: str) -> bool:
        """Whether the id is one of the table's rows (a generated city's), no curated entry's."""
        return entry_id in self._index[1]

    def entry(self, entry_id: str) -> KBEntry | None:
        row = self._index[1].get(entry_id)
        return self._entry(row) if row is not None else None

    def _entry(self, row: tuple) -> KBEntry:
        type_, header, line = row
        fields = line.split("\t")
        entry_id = fields[header["id"]]
        entry = self._entries.get(entry_id)
        if entry is None:
            value = dict(zip(header, fields))
            entry = self._entries[entry_id] = KBEntry(
                id=entry_id, type=type_, zh=value.get("zh", "").strip(), en=value.get("en", "").strip(),
                aliases=cue_words(value.get("aliases", "")), jurisdiction=value.get("jurisdiction", "").strip() or None,
                parent=value.get("parent", "").strip() or None)
        return entry


class Entries(dict):
    """The knowledge base's entries by id; the ids of its LookupTable answer too (``[]``,
    ``get``, ``in``), though its rows are never iterated: what reads every entry reads the
    curated files' and the generated places'."""
    table: LookupTable | None = None

    def __missing__(self, key: str) -> KBEntry:
        entry = self.table.entry(key) if self.table is not None and isinstance(key, str) and key else None
        if entry is None:
            raise KeyError(key)
        return entry

    def get(self, key, default=None):
        found = dict.get(self, key)
        if found is None and self.table is not None and isinstance(key, str) and key:  # (no id: no table read)
            found = self.table.entry(key)
        return default if found is None else found

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or self.get(key) is not None


def short_acronym(name: str) -> bool:
    """US, DOJ, ADA: a name of five capital letters at most."""
    return name.isascii() and name.isalpha() and name.isupper() and len(name) <= 5


def tsv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated lexicon or knowledge-base file, by its header; blank lines
    and lines opening with # left out.  Read each time (an edited file is read as it is
    now); the same bytes are split into rows once a process (context.tsv, 140 kB, is read
    once per kind of its cues: 77 times in a build), each caller given rows of its own."""
    with open(path, "rb") as stream:
        data = stream.read()
    rows = _ROWS.get(data)
    if rows is None:
        lines = [line for line in io.StringIO(data.decode("utf-8"), newline="")  # (lines as the file's own)
                 if line.strip() and not line.startswith("#")]
        rows = _ROWS[data] = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{key: list(value) if type(value) is list else value for key, value in row.items()} for row in rows]


_ROWS: dict[bytes, list[dict]] = {}  # a file's bytes -> its rows (tsv_rows)


def remembered(method: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """A method that depends on its one string argument only, computed once per distinct
    argument and object: the same few thousand words and names come back in every document."""
    cache_name = f"_{method.__name__}_cache"

    @wraps(method)
    def cached(self, argument: str) -> Any:
        try:
            cache = self.__dict__[cache_name]
        except KeyError:  # (the first call: no new dict made at each of the others)
            cache = self.__dict__[cache_name] = {}
        try:
            return cache[argument]
        except KeyError:
            result = cache[argument] = method(self, argument)
            return result
    return cached


def cue_words(value: str) -> tuple[str, ...]:
    """The words of a lexicon cell, split at |: "起诉|诉至" -> ("起诉", "诉至")."""
    return tuple(c.strip() for c in value.split("|") if c.strip())


_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RUN = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*")  # capitalised words in a row (New York)
_LATIN_WORD = re.compile(r"[A-Z][a-z]+")


def inside_latin_word(text: str, position: int) -> bool:
    """Whether ``position`` falls between two Latin letters or digits of one word (Samsun|g):
    no known name starts or ends there."""
    pair = text[position - 1:position + 1]
    return len(pair) == 2 and pair.isascii() and pair.isalnum()


def _files_state(folder: Path) -> tuple:
    """The name, size and modification time of every file of the knowledge base and its
    lexicons: what changes when one of them is edited."""
    state = []
    for part in ("kb", "lexicon"):
        try:
            with os.scandir(folder / part) as entries:
                for entry in entries:
                    status = entry.stat()
                    state.append((part, entry.name, status.st_size, status.st_mtime_ns))
        except OSError:
            state.append((part, None))
    return tuple(sorted(state, key=repr))


#: The knowledge bases read (KnowledgeBase.load), by folder: its files' state and the KB.
_LOADED: dict[Path, tuple[tuple, KnowledgeBase]] = {}


@dataclass
class KnowledgeBase:
    data_dir: Path = DATA_DIR
    entries: dict[str, KBEntry] = field(default_factory=Entries)

    @classmethod
    def load(cls, data_dir: str | Path = DATA_DIR) -> KnowledgeBase:
        """The knowledge base of ``data_dir``: read once per process and folder, and again
        only when one of its files (data/kb, data/lexicon) has changed since (the name
        families, the pipeline and the suit table all ask for it: one build read it three
        times, 0.8 s each)."""
        folder = Path(data_dir).resolve()
        state = _files_state(folder)
        known = _LOADED.get(folder)
        if known is not None and known[0] == state:
            return known[1]
        kb = cls._read(Path(data_dir))
        _LOADED[folder] = (state, kb)
        return kb

    @classmethod
    def _read(cls, data_dir: Path) -> KnowledgeBase:
        kb = cls(data_dir, Entries())
        kb.entries.table = LookupTable([(kb.data_dir / "kb" / f"{stem}.tsv", type_) for stem, type_ in LOOKUP_FILES.items()
                                        if (kb.data_dir / "kb" / f"{stem}.tsv").exists()])
        for stem, type_ in KB_FILES.items():
            path = kb.data_dir / "kb" / f"{stem}.tsv"
            if not path.exists():
                continue
            for row in tsv_rows(path):
                entry = KBEntry(
                    id=row["id"].strip(), type=type_, zh=(row.get("zh") or "").strip(),
                    en=(row.get("en") or "").strip(), aliases=cue_words(row.get("aliases") or ""),
                    jurisdiction=(row.get("jurisdiction") or "").strip() or None,
                    parent=(row.get("parent") or "").strip() or None,
                )
                if entry.id and entry.names:
                    kb.entries[entry.id] = entry
        kb._add_place_variants()
        return kb

    def _add_place_variants(self) -> None:
        """A Chinese name that opens with a state's or a province's name is also written with
        the place's other full names: 阿尔伯塔省信息与隐私专员办公室 is also 艾伯塔省信息与隐私专员办公室,
        加州民权部 also 加利福尼亚州民权部 (a name of the place ending as the one written: no short
        form made from a full one).  A country's names stand in too many names to vary; a form
        some entry has already, or two entries would share, is none."""
        from .graph import fold
        taken = set(self.by_name)
        made: dict[str, dict[str, str]] = {}  # a variant, folded -> entry id -> the variant
        for entry in self.entries.values():
            if entry.type in ("Jurisdiction", "Person"):
                continue
            for name in entry.names:
                found = self.place_prefix(name) if _CHINESE.match(name) else None
                if found is None or len(found[0]) >= len(name) or found[1].parent is None:
                    continue  # a country's names stand for it in too many (中华人民共和国…, 美利坚合众国…)
                place, rest = found[0], name[len(found[0]):]
                for other in found[1].names:
                    variant = other + rest
                    if other != place and len(other) > 2 and other[-1] == place[-1] and _CHINESE.match(other) \
                            and fold(variant) not in taken:
                        made.setdefault(fold(variant), {}).setdefault(entry.id, variant)
        for owners in made.values():
            if len(owners) == 1:
                (entry_id, variant), = owners.items()
                entry = self.entries[entry_id]
                self.entries[entry_id] = replace(entry, aliases=(*entry.aliases, variant))
        for name in ("by_name", "_unique_by_name"):
            self.__dict__.pop(name, None)

    # -- lexicons ------------------------------------------------------------------
    def _lexicon(self, name: str) -> Path:
        return self.data_dir / "lexicon" / name

    @cached_property
    def triggers(self) -> dict[str, tuple[str, ...]]:
        """relation -> cue words."""
        return {row["relation"]: cue_words(row["cues"]) for row in tsv_rows(self._lexicon("triggers.tsv"))}

    @cached_property
    def suffixes(self) -> list[tuple[str, str, int]]:
        """(suffix, type, min_prefix), longest suffix first."""
        rows = [(r["suffix"], r["type"], int(r["min_prefix"] or 1)) for r in tsv_rows(self._lexicon("suffixes.tsv"))]
        return sorted(rows, key=lambda r: -len(r[0]))

    @cached_property
    def law_kinds(self) -> list[tuple[str, str]]:
        rows = [(r["suffix"], r["subtype"]) for r in tsv_rows(self._lexicon("law_kinds.tsv"))]
        return sorted(rows, key=lambda r: -len(r[0]))

    @cached_property
    def context(self) -> dict[str, tuple[str, ...]]:
        return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(self._lexicon("context.tsv"))}

    @cached_property
    def instruments(self) -> dict[str, tuple[str, ...]]:
        """kind -> words of numbered instruments' names (bill_prefix, number_kind, chamber)."""
        return {row["kind"]: cue_words(row["words"]) for row in tsv_rows(self._lexicon("instruments.tsv"))}

    @cached_property
    def title_words(self) -> dict[str, tuple[str, ...]]:
        """kind -> the words around a 《…》 title that make it no instrument (a work's
        character, a private document's kind): data/lexicon/titles.tsv."""
        return {row["kind"]: cue_words(row["words"]) for row in tsv_rows(self._lexicon("titles.tsv"))}

    @cached_property
    def name_edges(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(edge, kind, words): the words a name never starts (edge "start") or ends with."""
        return [(row["edge"], row["kind"], cue_words(row["words"])) for row in tsv_rows(self._lexicon("name_edges.tsv"))]

    @cached_property
    def boilerplate(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(kind, match, cues): the lines of a document that are not its news."""
        return [(row["kind"], row["match"], cue_words(row["cues"])) for row in tsv_rows(self._lexicon("boilerplate.tsv"))]

    @cached_property
    def bylines(self) -> dict[str, tuple[str, ...]]:
        """kind -> labels of a news article's source, byline and photo-credit lines."""
        return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(self._lexicon("bylines.tsv"))}

    @cached_property
    def fields(self) -> dict[str, tuple[str, ...]]:
        """kind -> the field labels of a newsletter item (日期, 来源, 内容…) and the marks of a
        table of contents (目录, 本期要点)."""
        return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(self._lexicon("fields.tsv"))}

    @cached_property
    def issue_heads(self) -> list[tuple[str, str]]:
        """(kind, pattern): the head of one issue of a newsletter (its name, its number)."""
        return [(row["kind"], row["pattern"]) for row in tsv_rows(self._lexicon("issues.tsv"))]

    @cached_property
    def sentence_words(self) -> dict[str, tuple[str, ...]]:
        """kind -> the words around a period that decide whether it ends an English sentence."""
        return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(self._lexicon("sentences.tsv"))}

    @cached_property
    def regional_words(self) -> dict[str, str]:
        """Taiwan and Hong Kong words -> the Mainland words the lexicons use (軟體 -> 软件)."""
        path = self._lexicon("regional.tsv")
        return {row["regional"]: row["mainland"] for row in tsv_rows(path)} if path.exists() else {}

    def _words(self, name: str) -> list[str]:
        lines = self._lexicon(name).read_text(encoding="utf-8").splitlines()
        return [w.strip() for w in lines if w.strip() and not w.startswith("#")]

    @cached_property
    def cues(self) -> frozenset[str]:
        """Every relation's cue words (triggers.tsv), in any language."""
        return frozenset(c for cues in self.triggers.values() for c in cues)

    @cached_property
    def boundaries(self) -> frozenset[str]:
        return frozenset(self._words("boundaries.txt")) | self.cues

    @cached_property
    def transliteration(self) -> frozenset[str]:
        """The characters of transliterated foreign names (马约卡斯)."""
        return frozenset("".join(self._words("transliteration.txt")))

    @cached_property
    def nobody(self) -> frozenset[str]:
        """Texts shaped as names that name nothing (nobody.txt): placeholder parties (John Does),
        a fictional character (Mickey Mouse), a technology's description (Generative AI)."""
        return frozenset(self._words("nobody.txt"))

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Common given names (given_names.txt: Abdi, Ada, María); none where a knowledge base's
        folder has no such list (a test's own)."""
        return frozenset(self._words("given_names.txt")) if self._lexicon("given_names.txt").exists() else frozenset()

    @cached_property
    def generic_words(self) -> frozenset[str]:
        return frozenset(self._words("generic.txt"))

    @cached_property
    def articles(self) -> frozenset[str]:
        """Leading articles a name may carry that its knowledge-base names lack (lower case)."""
        return frozenset(word.lower() for word in self._words("articles.txt"))

    @cached_property
    def legal_forms(self) -> tuple[str, ...]:
        """Trailing legal forms of company names (公司, Inc.), longest first."""
        return tuple(sorted(self.context.get("legal_form", ()), key=len, reverse=True))

    @cached_property
    def extra_words(self) -> list[str]:
        return self._words("words.txt")

    # -- lookups -------------------------------------------------------------------
    @cached_property
    def by_name(self) -> dict[str, list[KBEntry]]:
        from .graph import fold
        index: dict[str, list[KBEntry]] = {}
        for entry in self.entries.values():
            for name in entry.names:
                index.setdefault(fold(name), []).append(entry)
        return index

    @cached_property
    def _unique_by_name(self) -> dict[str, KBEntry]:
        """The folded names that name one entry only, with it: what lookup answers."""
        return {key: found[0] for key, found in self.by_name.items() if len({e.id for e in found}) == 1}

    @cached_property
    def _sense_rows(self) -> tuple[tuple[str, KBEntry, str], ...]:
        """data/kb/senses.txt's rows once, as (name, entry, how it is taken: home, anywhere or
        writer); none where the knowledge base's folder has no such file."""
        path = self.data_dir / "kb" / "senses.txt"
        return tuple((row["name"].strip(), self.entries[row["entry"].strip()], row["taken"].strip())
                     for row in (tsv_rows(path) if path.exists() else ()))

    @cached_property
    def senses(self) -> dict[str, tuple[tuple[KBEntry, bool], ...]]:
        """A short name several entries bear -> each entry it may name and whether only at home
        (data/kb/senses.txt): AP, the news agency anywhere, the Dutch data-protection authority
        at home; none where the knowledge base's folder has no such file."""
        senses: dict[str, list[tuple[KBEntry, bool]]] = {}
        for name, entry, taken in self._sense_rows:
            if taken != "writer":
                senses.setdefault(name, []).append((entry, taken == "home"))
        return {name: tuple(found) for name, found in senses.items()}

    @cached_property
    def writer_senses(self) -> dict[str, KBEntry]:
        """A bare name of a body -> the body of the same name at the place a document is written
        from, taken over the entry whose row holds the name (data/kb/senses.txt "writer"): 教育部,
        the mainland's ministry anywhere, Taiwan's in a document whose known names are Taiwan's
        (kg.mentions.kb KnowledgeBaseNames.carry); keyed by the name folded."""
        return {_fold(name): entry for name, entry, taken in self._sense_rows if taken == "writer"}

    def writer_sense(self, name: str) -> KBEntry | None:
        """The body ``name`` names in a document written from its place (``writer_senses``), or None."""
        return self.writer_senses.get(_fold(name))

    @cached_property
    def _senses_by_fold(self) -> dict[str, tuple[tuple[KBEntry, bool], ...]]:
        return {_fold(name): found for name, found in self.senses.items()}

    def has_senses(self, name: str) -> bool:
        """Whether data/kb/senses.txt gives ``name`` several senses."""
        return _fold(name) in self._senses_by_fold

    def sense(self, name: str, text: str, countries: Container[str]) -> KBEntry | None:
        """The entry a name of several senses (``senses``) names in ``text``: the first whose
        other, longer name the text writes too (Australian Federal Police ... the AFP), else the
        first taken at home whose country is one of ``countries`` (the text's: 下议院 in a
        story on Malaysia), else the one taken anywhere (AFP, the news agency, in a story on
        Pakistan); None where none fits (下议院 in a story on Canada: no known chamber)."""
        senses = self._senses_by_fold.get(_fold(name), ())
        for entry, _ in senses:
            if any(len(other) > len(name) and _written(other, text) for other in entry.names):
                return entry
        home = next((entry for entry, at_home in senses if at_home
                     and self.country_of(entry.jurisdiction) in countries), None)
        return home or next((entry for entry, at_home in senses if not at_home), None)

    def lineage(self, entry_id: str | None) -> list[str]:
        """An entry's id and the ids of the entries above it, nearest first (us-sf -> us-sf, us-ca,
        us; a unit -> its body, the body's parent); an id the knowledge base lacks: itself alone."""
        out: list[str] = []
        while entry_id and entry_id not in out:
            out.append(entry_id)
            entry = self.entries.get(entry_id)
            entry_id = entry.parent if entry is not None else None
        return out

    def country_of(self, place_id: str | None) -> str | None:
        """The id of the country (or union) a known place lies in: kr-seoul -> kr; None for
        no known place."""
        entry = self.entries.get(place_id or "")
        while entry is not None and entry.parent:
            entry = self.entries.get(entry.parent)
        return entry.id if entry is not None and entry.type == "Jurisdiction" else None

    def placed_elsewhere(self, name: str, entry: KBEntry) -> bool:
        """Whether a name opens with a place of another country than a known body's (韓國 in
        韓國科學技術情報通信部 against China's 科技部; 越南 in 越南工业和信息化部 against 工信部):
        the name is that country's body, not the known one."""
        found = self.place_prefix(name)
        if found is None or not entry.jurisdiction:
            return False
        own, known = self.country_of(found[1].id), self.country_of(entry.jurisdiction)
        return own is not None and known is not None and own != known

    def lookup(self, name: str, towns: bool = False) -> KBEntry | None:
        """The one entry a name (folded) names; None for none, or for a name two entries share.
        A short acronym the entry names in capitals, written as a given name (Ada), is not that
        entry (ADA, the Americans with Disabilities Act; 虚拟数字人Ada is no statute); an acronym
        the press writes as a word (Pofma) still is.  A generated town (LOOKUP_FILES) only where
        ``towns`` asks for one: to the rules that ask whether a name is known, a word only such a
        town names is unknown (Santander listed with banks is read as a bank, Vinh closing a
        person's name as the person's): the town is the weakest reading (kg.mentions.choose)."""
        key = _fold(name)
        entry = self._unique_by_name.get(key)
        if entry is None and towns and key[:1] < "\u2e80" and key not in self.by_name and self.lookup_table is not None:
            entry = self.lookup_table.named(key)  # Greensboro: a generated city's name, written with its own joints (no Yun Fu for Yunfu)
            entry = entry if entry is not None and _named_by_run(entry, _name_tokens(name)) else None
        if entry is not None and name in self.given_names and short_acronym(name.upper()) and name.upper() in entry.names:
            return None
        return entry

    def latin_places(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, KBEntry]]:
        """The known places (Jurisdiction entries) the capitalised Latin words of text[start:end] name,
        as (start, end, entry): in each run of such words, its longest sequences first (three words at
        most), left to right (New York federal court -> New York; federal court in Northern California
        -> California).  A court's seat (kg.facts.base Shared.named_seat) and the place of a placed
        federal court (kg.mentions.english.courts) are read from them."""
        for run in _LATIN_RUN.finditer(text, start, len(text) if end is None else end):
            words = [word.span() for word in _LATIN_WORD.finditer(text, run.start(), run.end())]
            for size in range(min(len(words), 3), 0, -1):
                for first in range(len(words) - size + 1):
                    begin, stop = words[first][0], words[first + size - 1][1]
                    entry = self.lookup(text[begin:stop])
                    if entry is not None and entry.type == "Jurisdiction":
                        yield begin, stop, entry

    def generated(self, entry: KBEntry) -> bool:
        """Whether the entry is a generated city's (LOOKUP_FILES), no curated file's (a curated
        file's id is answered without reading the table: a Chinese text's names never read it)."""
        return self.lookup_table is not None and entry.id not in self.entries.keys() and self.lookup_table.holds(entry.id)

    @property
    def lookup_table(self) -> LookupTable | None:
        """The generated Latin names read as look-ups only (LOOKUP_FILES); None where the entries are a plain dict."""
        return getattr(self.entries, "table", None)

    @cached_property
    def jurisdiction_names(self) -> list[tuple[str, KBEntry]]:
        """Names of places, longest first: for place prefixes (美国财政部 -> 美国)."""
        names = [(name, e) for e in self.entries.values() if e.type == "Jurisdiction" for name in e.names]
        return sorted(names, key=lambda pair: -len(pair[0]))

    @cached_property
    def _places_by_initial(self) -> dict[str, list[tuple[int, dict[str, KBEntry]]]]:
        """initial -> (length, name -> entry) of the place names starting with it, longest
        first; of two places of one name, the first (as jurisdiction_names orders them)."""
        index: dict[str, dict[int, dict[str, KBEntry]]] = {}
        for name, entry in self.jurisdiction_names:
            index.setdefault(name[0], {}).setdefault(len(name), {}).setdefault(name, entry)
        return {initial: sorted(by_length.items(), reverse=True) for initial, by_length in index.items()}

    def known_starts(self, name: str, also: Container[int] = ()) -> Iterator[tuple[int, KBEntry | None]]:
        """The known names ``name`` begins with, longest first, as (length, entry): 阿里巴巴达摩院
        -> (4, 阿里巴巴).  At least two characters stay after one, and a Latin word is never
        cut (Acme Robotics does not begin with ACM).  ``also``: lengths at which a name is
        known otherwise (found by another rule), given with the entry the knowledge base
        has for them, or None."""
        for length, entry in self._prefixes(name):
            if entry is not None or length in also:
                yield length, entry

    @remembered
    def _prefixes(self, name: str) -> tuple[tuple[int, KBEntry | None], ...]:
        """Every length known_starts may cut ``name`` at, longest first, with the entry its
        start names (or None): worked out once per name, which comes back in every document."""
        return tuple((length, self.lookup(name[:length])) for length in range(len(name) - 2, 1, -1)
                     if not inside_latin_word(name, length))

    @remembered
    def place_prefix(self, text: str) -> tuple[str, KBEntry] | None:
        """The longest place name that ``text`` starts with: 陕西省工业和信息化厅 -> 陕西省; a
        Latin name as whole words only (Samsung Notes does not begin with Samsun)."""
        for length, names in self._places_by_initial.get(text[:1], ()):
            name = text[:length]
            if name in names and not inside_latin_word(text, length):
                break
        else:
            name = None
        city = self.lookup_table.starting(text) if text[:1] < "\u2e80" and self.lookup_table is not None else None
        if city is not None and (name is None or len(city[0]) > len(name)):
            return city
        return (name, names[name]) if name is not None else None

    def written_under(self, name: str, entry: KBEntry) -> str | None:
        """上海市徐汇区, 深圳市南山区: a Chinese place's name written after its parent's, as an
        address is (the city, then its district): the parent's name it opens with, where at
        least two characters of its own follow; None for a name of its own (徐汇区, 北京市)."""
        parent = self.entries.get(entry.parent or "")
        if parent is None or name.isascii():
            return None
        return next((form for form in sorted(parent.names, key=len, reverse=True)
                     if name.startswith(form) and len(name) - len(form) >= 2), None)

    def version(self) -> str:
        """A hash of every data file: part of the pipeline's cache key."""
        digest = hashlib.sha256()
        for path in sorted(self.data_dir.glob("kb/*.tsv")) + sorted(self.data_dir.glob("kb/senses.txt")) \
                + sorted(self.data_dir.glob("lexicon/*")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]


def _written(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name``, a Latin one as whole words in any case."""
    if not name.isascii():
        return name in text
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text, re.IGNORECASE) is not None


def _fold(name: str) -> str:
    """kg.graph's fold, imported at the first look-up and then called directly: the module loads
    networkx, which reading the knowledge base need not, and an import statement run at each of
    the look-ups a long text makes (tens of thousands) costs a hundred times the look-up itself."""
    global _fold
    from .graph import fold
    _fold = fold
    return fold(name)
