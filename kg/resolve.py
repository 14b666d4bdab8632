"""Mentions to entities: one node per real thing, with a stable id.

Names are compared folded (NFKC, lower case, no spaces or brackets) and in simplified
characters.  A knowledge-base match gives the KB id; an unknown name joins every other
name it was given as an alias (国家信息与自由委员会（CNIL）) or that a short form stands
for (以下简称《规定》), and its type is the one most of its mentions got.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache, partial

from .graph import KnowledgeGraph, fold
from .kb import KBEntry, KnowledgeBase, inside_latin_word
from .model import SIGNATURES, STATE_ACTED, UNFIT_HEADS, Entity, Fact, Mention
from .punctuation import NAME_DOTS
from .script import simplified_name

# How much one mention's type counts when an unknown name was typed differently in
# different places, by the name family that typed it (kg.mentions; a finer kind of a
# family, latin/model, before the family): a default guess (latin) counts least.
_PRIORITY = {"kb": 3, "title": 2, "alias": 2, "quoted": 2, "person": 2, "case": 2, "suffix": 1,
             "latin": 0.5, "latin/model": 2, "latin/person": 2}


def _priority(mechanism: str) -> float:
    return _PRIORITY.get(mechanism, _PRIORITY.get(mechanism.partition("/")[0], 1))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    return fold(simplified_name(name))


# A case caption joins its parties with 诉 or v. / vs. (the links nlp's case rule reads)
# and may end in 案: "Thaler v. Perlmutter案", "Thaler诉Perlmutter案" and "Thaler v. Perlmutter"
# are one case.
_CAPTION_LINK = re.compile(r"\s*(?:诉|(?<=\s)(?:v|vs|V|VS)\.?(?=\s))\s*")
_CAPTION = re.compile(r"^\S.*?(?:\s(?:v|vs|V|VS)\.?\s\S.*|诉\s*\S.*案)$")
_CAPTION_END = re.compile(r"(?:一案|案件|案)$")


def is_caption(name: str) -> bool:
    """Whether a name is a case caption: two parties joined by v. / vs., or by 诉 in a
    name ending in 案."""
    return bool(_CAPTION.match(name.strip()))


def caption_key(name: str) -> str:
    """The one key of a caption's forms: its parties joined by 诉, no trailing 案, folded."""
    return name_key(_CAPTION_LINK.sub("诉", _CAPTION_END.sub("", name.strip())))


def without_article(name: str, articles: frozenset[str]) -> str:
    """The name without a leading article (The European Commission: European Commission)."""
    first, _, rest = name.partition(" ")
    return rest.strip() if rest and first.lower() in articles else name


@lru_cache(maxsize=65536)  # (a name and the forms, both immutable: the answer read once per name, not per fact)
def without_legal_form(name: str, legal_forms: tuple[str, ...]) -> str:
    """The name without a trailing legal form (盖蒂公司: 盖蒂; Anthropic PBC: Anthropic),
    where something is left."""
    if not name.endswith(legal_forms) and not name.endswith((" ", ",")):
        return name  # (no form to take off: the test of each form in turn, skipped)
    for form in legal_forms:
        stem = name.removesuffix(form).rstrip(" ,")
        if stem != name and len(stem) >= 2:
            return stem
    return name


_NAME_PARTS = re.compile(rf"[{NAME_DOTS}]|\s+")

# Relations whose two ends are the two sides of a dispute: a party's litigation counterparts.
_LITIGATION = frozenset({"sued", "settled"})


def _leading_words(name: str) -> list[str]:
    """The shorter names a company's name begins with, word by word (Concord Music Group:
    Concord, Concord Music); none of a name of one word."""
    words = name.split()
    return [" ".join(words[:count]) for count in range(1, len(words))]


def family_name(name: str) -> str | None:
    """The family name a person's full name ends with (Albert Saniger: Saniger; 埃里克·库默:
    库默), None for a name of one word."""
    parts = _NAME_PARTS.split(name.strip())
    return parts[-1] if len(parts) > 1 and len(parts[-1]) > 1 else None


def _renamed(names: list[tuple[Mention, int]], facts: list[Fact], rename: Callable[[Mention], Mention]
             ) -> tuple[list[tuple[Mention, int]], list[Fact]]:
    """One document's names and facts with ``rename`` applied to every mention (a fact is
    rebuilt only where one of its ends changed: ``rename`` returns the mention itself
    otherwise)."""
    def fact_of(fact: Fact) -> Fact:
        head, tail = rename(fact.head), rename(fact.tail)
        return fact if head is fact.head and tail is fact.tail else replace(fact, head=head, tail=tail)
    return [(rename(mention), times) for mention, times in names], [fact_of(fact) for fact in facts]


def document_names(names: list[tuple[Mention, int]], facts: list[Fact], kb: KnowledgeBase
                   ) -> tuple[list[tuple[Mention, int]], list[Fact]]:
    """One document's names and facts as resolution reads them: a later family name, a court's
    short form, a title's short name and a company's short form each read as the full name
    the document writes (the four passes below, in this order)."""
    names, facts = persons_by_family_name(names, facts, kb)
    names, facts = courts_by_short_form(names, facts, kb)
    names, facts = titles_by_full_name(names, facts, kb)
    return companies_by_short_form(names, facts, kb)


def renames(names: list[tuple[Mention, int]], facts: list[Fact], kb: KnowledgeBase) -> bool:
    """Whether document_names changes any of a document's names or facts (each pass gives a
    mention or fact it leaves as it is back itself)."""
    renamed, changed = document_names(names, facts, kb)
    return any(new is not old for (new, _), (old, _) in zip(renamed, names)) or \
        any(new is not old for new, old in zip(changed, facts)) or (len(renamed), len(changed)) != (len(names), len(facts))


def persons_by_family_name(names: list[tuple[Mention, int]], facts: list[Fact], kb: KnowledgeBase
                           ) -> tuple[list[tuple[Mention, int]], list[Fact]]:
    """One document's names and facts with each name that is the family name of exactly
    one person the document names in full (Albert Saniger… the SEC sued Saniger; 埃里克·库默
    …库默指控林德尔) read as that person, whatever type it was given there: a person's later
    family name is that person.  Per document, so that two documents' Wangs stay two; not
    a name the knowledge base knows (Ford, Vale), nor one given another full form."""
    full: dict[str, dict[str, None]] = defaultdict(dict)  # family name -> its full forms, first named first
    for mention, _ in names:
        name = (mention.canonical or mention.text).strip()
        family = family_name(name) if mention.type == "Person" else None
        if family:
            full[family].setdefault(name)
    persons = {family: next(iter(forms)) for family, forms in full.items()
               if len({name_key(form) for form in forms}) == 1 and kb.lookup(family) is None}

    def person(mention: Mention) -> Mention:
        name = persons.get(mention.text.strip())
        if name is None or mention.kb_id or (mention.canonical and mention.canonical.strip() != mention.text.strip()):
            return mention
        return replace(mention, type="Person", canonical=name)
    return _renamed(names, facts, person) if persons else (names, facts)


def local_body_name(name: str, kb: KnowledgeBase) -> tuple[str, str, str, bool] | None:
    """A Chinese court's or procuratorate's name read as (the places before its own place,
    its own place, what it is, whether written in full with its place's level or the places
    before it): 湖北省黄石市黄石港区人民法院 is ("湖北省黄石市", "黄石港", "法院", True),
    金山法院 ("", "金山", "法院", False), 最高人民法院 ("", "最高", "法院", False: no place's
    full name, and no short name is read as it); None for a
    name of another shape (北京互联网法院 is its own place's 互联网: no local body's short
    name, and 杭州市中级人民法院's 中级 is a level, no place)."""
    bodies, levels = kb.context["local_body"], kb.context["local_level"]  # (context.tsv)
    name = simplified_name(name.strip())
    body = next((word for word in bodies if name.endswith(word)), None)
    if body is None or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return None
    full = body.startswith("人民")
    rest = name.removesuffix(body)
    level = next((word for word in levels if rest.endswith(word) and len(rest) > len(word) + 1), "")
    rest = rest.removesuffix(level)
    cut = max(rest.rfind("省"), rest.rfind("市"), rest.rfind("自治区")) + 1
    places, own = rest[:cut], rest[cut:]
    if len(own) < 2 or own.endswith("级") or (not full and places):
        return None
    return places, own, body.removeprefix("人民"), full and bool(places or level)


def courts_by_short_form(names: list[tuple[Mention, int]], facts: list[Fact], kb: KnowledgeBase
                         ) -> tuple[list[tuple[Mention, int]], list[Fact]]:
    """One document's names and facts with each Chinese court or procuratorate it writes
    in full and short (上海市金山区人民法院 … 金山法院; 湖北省黄石市黄石港区人民法院 …
    黄石市黄石港区人民法院; 北京市通州区人民检察院 … 通州检察院) read as one, under its
    fullest name: a local court's short name is its place without its level, and the
    places before it may be left out.  Per document, so that two documents' 朝阳法院 stay
    two; never where the places written before two full names differ (北京市朝阳区人民法院
    and 长春市朝阳区人民法院), nor for names the knowledge base gives to two entries."""
    groups: dict[tuple[str, str], dict[str, tuple[str, bool]]] = defaultdict(dict)  # (place, kind) -> name -> (places, full)
    for mention, _ in names:
        name = (mention.canonical or mention.text).strip()
        read = local_body_name(name, kb) if mention.type not in ("Person", "Jurisdiction") else None
        if read is not None:
            groups[read[1], read[2]][name] = (read[0], read[3])
    fullest: dict[str, str] = {}
    for forms in groups.values():
        if len({name_key(name) for name in forms}) < 2 or not any(full for _, full in forms.values()):
            continue
        places = sorted({places for places, _ in forms.values()}, key=len)
        if any(not longer.endswith(shorter) for shorter, longer in zip(places, places[1:])):
            continue  # 北京市… and 长春市…: two courts
        known = {entry.id for name in forms if (entry := kb.lookup(simplified_name(name))) is not None}
        if len(known) > 1:
            continue
        best = max(forms, key=lambda name: (forms[name][1], len(forms[name][0]), len(name), name))
        fullest.update((name, best) for name in forms if name != best)
    if not fullest:
        return names, facts

    def court(mention: Mention) -> Mention:
        name = fullest.get((mention.canonical or mention.text).strip())
        if name is None or (mention.canonical and mention.canonical.strip() != mention.text.strip()):
            return mention
        return replace(mention, canonical=name)
    return _renamed(names, facts, court)


def known_entry(name: str, kb: KnowledgeBase) -> KBEntry | None:
    """The knowledge-base entry of a name, read also without a leading article (The
    European Commission: European Commission) or, for a company or an organisation,
    without a trailing legal form (盖蒂公司: 盖蒂)."""
    simplified = simplified_name(name)
    entry = kb.lookup(simplified)
    bare = without_article(simplified, kb.articles)
    if entry is None and bare != simplified:
        entry = kb.lookup(bare)
    if entry is None:
        stem = without_legal_form(bare, kb.legal_forms)
        known = kb.lookup(stem) if stem != bare else None
        entry = known if known is not None and known.type in ("Company", "Organization") else None
    return entry


def known_entries(kb: KnowledgeBase) -> Callable[[str], KBEntry | None]:
    """known_entry of a name, read once per name for the caller's pass over one set of names
    (a document's facts and names, a corpus's mentions: the same names come back by the
    thousand in a long document)."""
    return cache(partial(known_entry, kb=kb))


def companies_by_short_form(names: list[tuple[Mention, int]], facts: list[Fact], kb: KnowledgeBase
                            ) -> tuple[list[tuple[Mention, int]], list[Fact]]:
    """One document's names and facts with each company name that is the first words of
    exactly one other company's name the document writes in full (Inflection AI …
    Inflection; Jetson Electric Bikes LLC … Jetson; The Asahi Shimbun … Asahi; X Corp. … X)
    read as that company, its legal form and a leading article left out on both sides
    (Lexos 公司 … Lexos Media IP LLC), or that is its name without its legal form (X
    Corporation … X: an unknown company so named is joined by Resolver._join_legal_forms,
    a known one here); a known company's other names count as written (X平台 … X: X Corp.).
    Per document, as persons_by_family_name; never for a short name the knowledge base
    knows (Google beside Google DeepMind), nor where two companies named in full begin with
    it (Universal Music Group and Universal Pictures), nor for two a fact of the document
    relates (Aon Consulting, part of Aon)."""
    known = known_entries(kb)

    def stem(name: str) -> str:
        return without_legal_form(without_article(name, kb.articles), kb.legal_forms)

    def entry_of(mention: Mention) -> KBEntry | None:
        return kb.entries.get(mention.kb_id) if mention.kb_id else known((mention.canonical or mention.text).strip())

    def key_of(name: str, entry: KBEntry | None) -> tuple[str, str]:
        return ("kb", entry.id) if entry else ("name", name_key(stem(name)))  # (an id may be a name's key: asahi)

    def owner(mention: Mention) -> tuple[str, str]:
        return key_of((mention.canonical or mention.text).strip(), entry_of(mention))
    # two the document relates (Aon Consulting partOf Aon, Leonardo.Ai released Leonardo) are two
    related = {frozenset((owner(fact.head), owner(fact.tail))) for fact in facts}
    fuller: dict[str, dict[tuple[str, str], tuple[str, str | None]]] = defaultdict(dict)  # short key -> company -> (full name, KB id)
    for mention, _ in names:
        if mention.type != "Company":
            continue
        name, entry = (mention.canonical or mention.text).strip(), entry_of(mention)
        own = key_of(name, entry)
        for full in {name, *(entry.names if entry else ())}:  # a known one's other names too: X平台 is X Corp.
            if not full.isascii():
                continue
            short_stem = stem(full)
            unformed = [short_stem] if short_stem != without_article(full, kb.articles) else []  # X Corporation: X
            for short in _leading_words(short_stem) + unformed:
                fuller[name_key(short)].setdefault(own, (full, entry.id if entry else None))
    if not fuller:
        return names, facts

    chosen: dict[str, tuple[str, str | None] | None] = {}  # name -> its one fuller form (read once per name)

    def fuller_form(name: str) -> tuple[str, str | None] | None:
        if name not in chosen:
            own = key_of(name, None)
            forms = [form for key, form in fuller.get(name_key(stem(name)), {}).items()
                     if key != own and frozenset((own, key)) not in related]
            chosen[name] = forms[0] if len(forms) == 1 else None
        return chosen[name]

    def company(mention: Mention) -> Mention:
        name = mention.text.strip()
        if mention.type != "Company" or mention.kb_id or (mention.canonical and mention.canonical.strip() != name) \
                or known(name) is not None:
            return mention  # (a known short name: its own entry, or the one the full name shares)
        form = fuller_form(name)
        if form is None:
            return mention
        full, kb_id = form
        return replace(mention, kb_id=kb_id, canonical=None) if kb_id else replace(mention, canonical=full)
    return _renamed(names, facts, company)


# The types whose known names titles_by_full_name reads as another's last words: a paper, a
# company, a product; never a place (Virginia is no short name of West Virginia) nor a law.
_TITLED = frozenset({"Company", "AIModel"})


def titles_by_full_name(names: list[tuple[Mention, int]], facts: list[Fact], kb: KnowledgeBase
                        ) -> tuple[list[tuple[Mention, int]], list[Fact]]:
    """One document's names and facts with each known name that is the last words of
    another known entity's English name the document writes in full read as that entity:
    The New York Times Co. … the Times is the New York Times, not the London paper the
    knowledge base calls The Times (a legal form after the full name left out).  Per document; only where one entity so named is
    named in full and the short name's own entry is named by no other form (The Times of
    London, 泰晤士报) in the document; never for two entries of different types, nor for a
    name with a legal form (News Corp is no short name of Bloomberg News), nor a place's."""
    entries: dict[str, KBEntry] = {}  # a name written -> its entry
    for mention, _ in names:
        name = (mention.canonical or mention.text).strip()
        entry = kb.entries.get(mention.kb_id) if mention.kb_id else kb.lookup(simplified_name(name))
        if entry is not None:
            entries[name] = entry

    def words(name: str, form: bool = False) -> list[str]:
        bare = without_article(name, kb.articles)
        return (without_legal_form(bare, kb.legal_forms) if form else bare).lower().split()
    plain = {name: words(name) for name in entries}  # (each name's words read once, not once per pair of names)
    formed = {name: words(name, True) for name in entries if name.isascii()}
    fuller: dict[str, KBEntry] = {}
    for short, own in entries.items():
        tail = plain[short]
        if not tail or not short.isascii() or own.type not in _TITLED:
            continue
        others = {entry.id: entry for name, entry in entries.items() if entry.id != own.id and entry.type == own.type
                  and name.isascii() and len(formed[name]) > len(tail) and formed[name][-len(tail):] == tail}
        own_forms = {name_key(name) for name, entry in entries.items() if entry.id == own.id and plain[name] != tail}
        if len(others) == 1 and not own_forms:
            fuller[short] = next(iter(others.values()))
    if not fuller:
        return names, facts

    def title(mention: Mention) -> Mention:
        entry = fuller.get((mention.canonical or mention.text).strip())
        return mention if entry is None else replace(mention, kb_id=entry.id, canonical=None)
    return _renamed(names, facts, title)


class Resolver:
    """Collects mentions over a whole corpus, then names each one's entity."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.parent: dict[str, str] = {}
        self.kb_of: dict[str, str] = {}
        self.kb_key: dict[str, str] = {}   # KB id -> the key of its first mention
        self.types: dict[str, Counter] = defaultdict(Counter)
        self.labels: dict[str, Counter] = defaultdict(Counter)
        self.mechanisms: dict[str, set[str]] = defaultdict(set)  # name key -> what found its mentions
        self._forms_joined = False  # _join_legal_forms has run since the last mention added
        self._known = known_entries(kb)  # known_entry of a name, read once per name
        self._counted: dict[str, tuple[list[str], Counter, Counter]] = {}  # root -> its keys, types, labels (_counts)

    # union-find over name keys
    def _find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self._find(a), self._find(b)
        if root_a == root_b:
            return
        kb_a, kb_b = self.kb_of.get(root_a), self.kb_of.get(root_b)
        if kb_a and kb_b and kb_a != kb_b:
            return  # two known entities never merge through an alias
        if kb_b and not kb_a:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        if kb_a or kb_b:
            self.kb_of[root_a] = kb_a or kb_b

    def add(self, mention: Mention, times: int = 1) -> None:
        """A mention, or ``times`` mentions of the same name alike but for their place."""
        self._forms_joined = False
        self._counted.clear()
        key = self.key(mention)
        root = self._find(key)
        entry = self.kb.entries.get(mention.kb_id) if mention.kb_id else self._known(mention.text)
        if entry is not None and not mention.kb_id and (mention.canonical or self.kb.generated(entry)) and entry.type != mention.type:
            entry = None  # Dazhon Darien… Darien said: the person's family name, not the place it also names; Judge Fordham
            # a person, though a generated town (cities.tsv) is so named: the town is the name the kb family read, its id given
        if entry is not None:
            self.kb_of.setdefault(root, entry.id)
            for name in entry.names:
                if name_key(name) in self.parent:
                    self._union(key, name_key(name))
            self._union(key, self.kb_key.setdefault(entry.id, key))  # a form the KB lacks: The European Commission
        self.types[key][mention.type] += times * (_priority(mention.mechanism) if entry is None else 10)
        self.labels[key][mention.text.strip()] += times
        self.mechanisms[key].add(mention.mechanism)
        bare = without_article(mention.text.strip(), self.kb.articles)
        if entry is not None and bare != mention.text.strip() and bare in entry.names:
            self.labels[key][bare] += times  # The European Commission: labelled European Commission too
        for alias in mention.aliases:
            known = self.kb.lookup(alias)
            if entry is not None and known is not None and known.id != entry.id:
                continue  # an alias naming another known entity is a mistake, not a merge
            if mention.type != "Case" and is_caption(alias):
                continue  # 加州北区法院（Bartz v. Anthropic）: the case heard there, not another name
            self.labels[name_key(alias)][alias.strip()] += times
            self.types[name_key(alias)][mention.type] += times
            self._union(key, name_key(alias))
        if mention.canonical:
            self._union(name_key(mention.canonical), key)

    def key(self, mention: Mention) -> str:
        name = mention.canonical or mention.text
        return caption_key(name) if mention.type == "Case" and is_caption(name) else name_key(name)

    def _join_legal_forms(self) -> None:
        """An unknown company named both with and without its legal form (RealPage Inc and
        RealPage, 某某科技公司 and 某某科技) is one company.  Once per mentions added (graph() reads
        the members twice): run again, it joins nothing more (a stem it joined stays joined; a key
        it passed over, of a known entity, stays known; the keys' types and labels are the same)."""
        if self._forms_joined:
            return
        self._forms_joined = True
        for key in list(self.labels):
            if not self.types[key] or self.types[key].most_common(1)[0][0] != "Company" or self.kb_of.get(self._find(key)):
                continue
            for label in list(self.labels[key]):
                stem = name_key(without_legal_form(without_article(label, self.kb.articles), self.kb.legal_forms))
                if stem != key and self.labels.get(stem) and self.types[stem] \
                        and self.types[stem].most_common(1)[0][0] in ("Company", "Organization"):
                    self._union(stem, key)

    def _join_short_parties(self, facts: list[Fact]) -> None:
        """A party the whole corpus names only by a short form is the one party named in
        full that has a litigation counterpart in common with it: a one-word Person (the
        "Andersen" of a caption Andersen v. Stability AI) is the one Person whose full name,
        in either script, ends in that word (Sarah Andersen / 莎拉·安德森), a Company the
        one Company whose name begins with it (Concord: Concord Music Group), where both
        sued, were sued by or settled with the same party.  Across documents, unlike
        persons_by_family_name, so the counterpart is what makes the two one: never when
        two persons named in full share the word, never for a name the knowledge base
        knows, never without the counterpart."""
        members = self._members()
        counterparts: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            if fact.relation in _LITIGATION:
                head, tail = self._find(self.key(fact.head)), self._find(self.key(fact.tail))
                counterparts[head].add(tail)
                counterparts[tail].add(head)
        names, types = {}, {}
        for root, keys in members.items():  # every entity: a namesake without a suit counts too
            types[root], labels, entry = self._read(root, keys)
            names[root] = set(labels) | set(entry.names if entry else ())
        full: dict[tuple[str, str], set[str]] = defaultdict(set)  # (type, short form key) -> roots named in full
        for root, labels in names.items():
            for label in labels:
                if types[root] == "Person" and family_name(label):
                    full["Person", name_key(family_name(label))].add(root)
                elif types[root] == "Company":
                    for short in _leading_words(label):
                        full["Company", name_key(short)].add(root)
        for root, labels in names.items():
            if types[root] not in ("Person", "Company") or root not in counterparts or self.kb_of.get(root) \
                    or any(len(_NAME_PARTS.split(label.strip())) > 1 for label in labels if types[root] == "Person") \
                    or any(self.kb.lookup(simplified_name(label)) is not None for label in labels):
                continue
            fuller = set().union(*(full.get((types[root], name_key(label)), set()) for label in labels)) - {root}
            if len(fuller) == 1 and counterparts[root] & counterparts[next(iter(fuller))]:
                self._union(next(iter(fuller)), root)

    def _members(self) -> dict[str, list[str]]:
        """Every name key, grouped by the root of its entity."""
        self._join_legal_forms()
        members: dict[str, list[str]] = defaultdict(list)
        for key in list(self.parent):
            members[self._find(key)].append(key)
        return members

    def _entity_ids(self, members: dict[str, list[str]]) -> dict[str, str]:
        """Root -> entity id: the KB id, else a hash of the entity's first name key, so
        that the same input gives the same ids on every run."""
        return {root: self.kb_of.get(root) or "x-" + hashlib.sha1(min(keys).encode("utf-8")).hexdigest()[:12]
                for root, keys in members.items()}

    def entities(self) -> list[Entity]:
        members = self._members()
        return self._entities(members, self._entity_ids(members))

    def _read(self, root: str, keys: list[str]) -> tuple[str, Counter, KBEntry | None]:
        """An entity's type (the knowledge base's, else the one its names are most often
        given), its labels counted, and its knowledge-base entry."""
        types, labels = self._counts(root, keys)
        kb_id = self.kb_of.get(root)
        entry = self.kb.entries.get(kb_id) if kb_id else None
        return (entry.type if entry else types.most_common(1)[0][0]), labels, entry

    def _entities(self, members: dict[str, list[str]], ids: dict[str, str]) -> list[Entity]:
        out = []
        for root, keys in members.items():
            type_, labels, entry = self._read(root, keys)
            kb_id = self.kb_of.get(root)
            mechanisms = set().union(*(self.mechanisms.get(key, set()) for key in keys))
            label = entry.label if entry else _preferred_label(labels, type_)
            out.append(Entity(ids[root], type_, label, set(labels) | {label} | city_short_names(entry, labels)
                              | names_written_within(entry, labels), kb_id=kb_id,
                              parent=entry.parent if entry else None,
                              kb_names=set(entry.names) if entry else set(),
                              label_en=entry.en or None if entry else None, mechanisms=mechanisms))
        return out

    def graph(self, facts: list[Fact], min_confidence: float = 0.0) -> KnowledgeGraph:
        """The graph of every mention added and of ``facts`` (those scored at least
        ``min_confidence``), its types fitted to the relations' signatures (typed): what
        typed changed or dropped is in ``kg.graph.graph["typing"]``, one line each."""
        kg = KnowledgeGraph()
        facts = [fact for fact in facts if fact.confidence >= min_confidence]
        self._join_short_parties(facts)
        members = self._members()
        ids = self._entity_ids(members)
        entities = self._entities(members, ids)
        label_laws_without_place(entities, self.kb)
        votes = {ids[root]: self._counts(root, keys)[0] for root, keys in members.items() if not self.kb_of.get(root)}
        resolved = [(ids[self._find(self.key(fact.head))], fact, ids[self._find(self.key(fact.tail))]) for fact in facts]
        kept, kg.graph.graph["typing"] = typed(entities, votes, resolved)
        for entity in entities:
            kg.add_entity(entity)
        for head, fact, tail in kept:
            kg.add_fact(head, fact.relation, tail, fact.evidence, fact.confidence, fact.rule)
        return kg

    def _counts(self, root: str, keys: list[str]) -> tuple[Counter, Counter]:
        """The types an entity's mentions were given and its labels, counted over its name keys:
        counted once per entity for _join_short_parties, _entities and the votes of typed alike
        (again only for an entity whose keys changed, or after a mention was added). The
        counters are shared: read, never changed."""
        counted = self._counted.get(root)
        if counted is None or counted[0] != keys:
            types, labels = Counter(), Counter()
            for key in keys:
                types.update(self.types[key])
                labels.update(self.labels[key])
            self._counted[root] = counted = (list(keys), types, labels)
        return counted[1], counted[2]


# The type an entity of a type that cannot be a party takes where its facts make it one:
# a product sued, fined or partnered with is its maker (SCHEMA.md: "a name used for a
# company and its product alike is one Company node").
PARTY_OF = {"AIModel": "Company"}


def admits(relation: str, head_type: str, tail_type: str) -> bool:
    """Whether the relation's signature (kg.model.SIGNATURES, with STATE_ACTED, less UNFIT_HEADS) allows these types."""
    heads, tails = SIGNATURES.get(relation, (None, None))
    if head_type in UNFIT_HEADS.get(relation, ()):
        return False
    return heads is None or ((head_type in heads or STATE_ACTED.get(relation) == head_type) and tail_type in tails)


def forbidden(relation: str, head_type: str, tail_type: str) -> str:
    """Why the relation's signature forbids these types: "a sued tail is no AIModel"."""
    heads, _ = SIGNATURES[relation]
    unfit = head_type not in heads or head_type in UNFIT_HEADS.get(relation, ())
    return f"a {relation} head is no {head_type}" if unfit else f"a {relation} tail is no {tail_type}"


def typed(entities: list[Entity], votes: dict[str, Counter], facts: list[tuple[str, Fact, str]]
          ) -> tuple[list[tuple[str, Fact, str]], list[str]]:
    """The facts whose two ends, once resolved, have types their relation allows, and one
    line per change that made it so.  An entity's type is the one most of its mentions
    got; where a fact's end is then of a type its relation forbids (a defendant typed
    AIModel: 人工智能语音公司Lovo … Lovo平台), an unknown entity takes another type its
    mentions were given, or its PARTY_OF type, if that type allows more of its facts
    (Lovo: Company, the party of two suits, not the product of one ownership; Thomson
    Reuters v. ROSS: the company ROSS); a fact still forbidden is dropped.
    The knowledge base's types are never changed.  ``entities`` are re-typed in place.

    >>> lovo = Entity("x-1", "AIModel", "Lovo")
    >>> actor = Entity("x-2", "Person", "Paul Lehrman")
    >>> fact = Fact(Mention("Paul Lehrman", "Person", 0, 1), "sued", Mention("Lovo", "Company", 5, 9), None)
    >>> typed([lovo, actor], {"x-1": Counter({"AIModel": 4, "Company": 2})}, [("x-2", fact, "x-1")])[1]
    ['Lovo: typed Company, not AIModel (a sued tail is no AIModel)']
    """
    by_id = {entity.id: entity for entity in entities}
    facts_of: dict[str, list[tuple[str, Fact, str]]] = defaultdict(list)
    for head, fact, tail in facts:
        facts_of[head].append((head, fact, tail))
        facts_of[tail].append((head, fact, tail))

    def allowed(node: str, type_: str) -> int:
        return sum(admits(fact.relation, type_ if head == node else by_id[head].type,
                          type_ if tail == node else by_id[tail].type) for head, fact, tail in facts_of[node])
    lines = []
    for _ in range(3):  # a change of type can make another's facts allowed; settles at once in practice
        changed = False
        for node in sorted(facts_of):
            entity = by_id[node]
            if node not in votes or all(admits(fact.relation, by_id[head].type, by_id[tail].type)
                                        for head, fact, tail in facts_of[node]):
                continue
            now = allowed(node, entity.type)
            candidates = set(votes[node]) | ({PARTY_OF[entity.type]} if entity.type in PARTY_OF else set())
            best = max((type_ for type_ in candidates if type_ != entity.type),
                       key=lambda type_: (allowed(node, type_), votes[node][type_], type_), default=None)
            if best is not None and allowed(node, best) > now:
                reason = next(forbidden(fact.relation, by_id[head].type, by_id[tail].type)
                              for head, fact, tail in facts_of[node]
                              if not admits(fact.relation, by_id[head].type, by_id[tail].type))
                lines.append(f"{entity.label}: typed {best}, not {entity.type} ({reason})")
                entity.type, changed = best, True
        if not changed:
            break
    kept = []
    for head, fact, tail in facts:
        if admits(fact.relation, by_id[head].type, by_id[tail].type):
            kept.append((head, fact, tail))
        else:
            lines.append(f"dropped {by_id[head].label} {fact.relation} {by_id[tail].label}: "
                         + forbidden(fact.relation, by_id[head].type, by_id[tail].type))
    return kept, list(dict.fromkeys(lines))


def city_short_names(entry: KBEntry | None, labels) -> set[str]:
    """A known city written with its 市 (上海市, 常熟市人民法院's 常熟市) or a district with its
    city before it (北京市海淀区) is labelled by its short name too, where the knowledge base
    gives it (上海, 常熟, 海淀区): the name Chinese text calls it by on its own."""
    if entry is None or entry.type != "Jurisdiction":
        return set()
    written = set(labels) | {entry.label}
    return {name for name in entry.names for label in written if name != label and len(name) > 1
            and not name.isascii() and (label == name + "市" or label.endswith(name))}


def names_written_within(entry: KBEntry | None, labels) -> set[str]:
    """The knowledge base's names of a known entity that a longer name of it written in the
    text holds as whole words (state of New York: New York; Google公司: Google; 美国某某政府:
    某某政府), in the text's own characters: surface forms of the node that occur in the
    text, the way the annotators may name it on its own (SCHEMA)."""
    found = set()
    for label in labels if entry is not None else ():
        simple = simplified_name(label)
        folded = simple.lower()
        for name in entry.names:
            if len(name) < 2 or len(name) >= len(simple):
                continue
            start = folded.find(name.lower())
            while start >= 0:
                end = start + len(name)
                if not inside_latin_word(simple, start) and not inside_latin_word(simple, end):
                    found.add(label[start:end] if len(label) == len(simple) == len(folded) else name)
                    break
                start = folded.find(name.lower(), start + 1)
    return found


def law_without_place(labels, kb: KnowledgeBase) -> set[str]:
    """日本著作權法, 美国版权法: a law written with the place it is the law of before it, read
    without the place (著作權法, 版权法), the way annotators name it as often as not."""
    found = set()
    for label in labels:
        place = kb.place_prefix(label)
        rest = label[len(place[0]):] if place is not None else ""
        if len(rest) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) and any(rest.endswith(kind) for kind, _ in kb.law_kinds):
            found.add(rest)
    return found


def label_laws_without_place(entities: list[Entity], kb: KnowledgeBase) -> None:
    """Labels each law written with its place (美国版权法) by its words without it too (版权法),
    where no other node is so named or would be (英国版权法 beside it: the bare words name neither)."""
    wanted = {entity.id: law_without_place(entity.labels, kb) for entity in entities if entity.type == "Law"}
    taken = Counter(name_key(label) for entity in entities for label in entity.labels)
    asked = Counter(key for names in wanted.values() for key in {name_key(bare) for bare in names})
    for entity in entities:
        for bare in wanted.get(entity.id, ()):
            if not taken[name_key(bare)] and asked[name_key(bare)] == 1:
                entity.labels.add(bare)


def _preferred_label(labels: Counter, type_: str = "") -> str:
    """The most frequent Chinese form, else the most frequent form; ties to the longer.  A
    person's family name alone is no label while a fuller form of it is one (Jane Roe, not Roe,
    however often a story writes Roe after naming her)."""
    chinese = [l for l in labels if any("\u4e00" <= ch <= "\u9fff" for ch in l)]
    pool = chinese or list(labels)
    if type_ == "Person" and not chinese:
        pool = [l for l in pool if not any(other.endswith(" " + l) for other in pool)] or pool
    return max(pool, key=lambda l: (labels[l], len(l), l))
