"""The knowledge base's names (data/kb/*.tsv), matched on lower-cased tokens as spaCy's
PhraseMatcher (the engine of its EntityRuler) would: 微软, Microsoft, 国家网信办.  Of
overlapping matches the longest wins, then the earliest, as the EntityRuler chooses.
A name that runs on into a longer word (三星 in 三星级酒店) is none.  Also fills the
entities and token kinds of the Doc's tokens, which the suffix family reads (广东省深圳市:
two places, not one)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces

from ..alternation import alternatives
from ..kb import KBEntry
from ..model import Mention
from .base import Family, Tokens, register, set_mentions
from .own import writers_country
from .english.shared import english_lexicon
from .words import CJK, CJK_CHARACTER, Words, body_heads, cut_lines, parted_at_end, plain_boundaries, runs_on, shared_titles, starts_inside

_CJK_PAIR = re.compile(f"[{CJK}]{{2}}")  # a name's last character and the next one
_CJK_CHAR = re.compile(f"[{CJK}]")
_YEAR_BEFORE = re.compile(r"\d[ \u00a0]$")  # 500 B.C.: a year right before the name
_PARTY_TAG = re.compile(r"(?<![\w-])[DRI]-$")  # R-Tenn., D-Calif.: a legislator's party before the state's name


def inside_noun(text: str, start: int, words: Words) -> bool:
    """Whether jieba's own reading puts ``start`` inside a common noun begun before it: 台中 in
    平台中的 (平台 / 中 / 的), 台南 in 讲台南侧; not 台湾 in 此后台湾 (此后 / 台湾: a cut at the
    name), nor after a preposition or verb glued to it (对华为: 对华 is no common noun).  jieba's
    tags (``words.tags``) are read only after a Chinese character: English text never loads them."""
    if not start or not re.match(f"[{CJK}]", text[start - 1]):
        return False
    left = max(0, start - 6)
    cuts = sorted(plain_boundaries(text[left:min(len(text), start + 6)]))
    if start - left in cuts:
        return False
    begin = max(cut for cut in cuts if cut < start - left)
    stop = min(cut for cut in cuts if cut > start - left)
    return words.tags.get(text[left + begin:left + stop]) == "n"


def folded(word: str) -> str:
    """A token as names are compared: lower-cased, a typographic apostrophe as the plain one
    (Information Commissioner’s Office is the knowledge base's Information Commissioner's Office)."""
    return word.lower().replace("’", "'")
# what may follow a national body's name to name one of its chapters: of Louisiana, of the District of Columbia
_CHAPTER_PLACE = re.compile(r" of (?:the )?([A-Z][\w.'’-]*(?: (?:of )?[A-Z][\w.'’-]*){0,3})")


# 澳大利亚联邦巡回与家事法院, written 巡回和家事法院: a conjunction inside a Chinese name is written either way
_CONJUNCTION = re.compile(f"(?<=[{CJK}])[与和](?=[{CJK}])")


def conjoined(name: str) -> list[str]:
    """A name and, where one conjunction joins two of its Chinese words, the name with the
    other one (与 for 和 and back): 竞争与市场管理局, 竞争和市场管理局."""
    found = list(_CONJUNCTION.finditer(name))
    if len(found) != 1:
        return [name]
    at = found[0].start()
    return [name, name[:at] + ("和" if name[at] == "与" else "与") + name[at + 1:]]


# GPT-4 written GPT 4 or GPT4, Claude 3 written Claude-3: a model's word and its version, however joined
_VERSIONED = re.compile(r"^([A-Za-z]{2,})([- ]?)(\d[\w.]*)(.*)$")


def versioned(name: str) -> list[str]:
    """The other spellings of a model's name whose Latin word is followed by its version
    (GPT-4: GPT 4, GPT4; Claude 3: Claude-3, Claude3), the word and the version joined by a
    hyphen, a space or nothing, where the word is an acronym or four letters at least (not
    Gen-3, which "Snapdragon 8 Gen 3" is not); none for another name."""
    found = _VERSIONED.match(name)
    if found is None or not (found.group(1).isupper() or len(found.group(1)) >= 4):
        return []  # Gen-3 (Runway's) is no "Gen 3" of a chip's generation: a short word must be an acronym
    word, joint, version, rest = found.groups()
    return [f"{word}{other}{version}{rest}" for other in ("-", " ", "") if other != joint]


# Thomson-Reuters, Open AI, RobertKyncl: a Latin name's words joined by a hyphen, a space or nothing
_JOINT = re.compile(r"[ \u00a0\-\u2010\u2011]")
_LATIN_PART = re.compile(r"[A-Za-z0-9&.'’]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # OpenAI: a word's lower-case letter, then a capital


def joined(name: str) -> str:
    """A Latin name without its words' joints, its case kept: Thomson-Reuters, Thomson Reuters
    and ThomsonReuters are one (ThomsonReuters), thomson reuters another."""
    return _JOINT.sub("", name)


def respaced(name: str) -> list[str]:
    """The other spellings of a Latin name of two words or more, its words joined by a hyphen,
    a space or nothing (Thomson Reuters: Thomson-Reuters, ThomsonReuters; Mercedes-Benz:
    Mercedes Benz), and of a one-word name parted where a capital follows a small letter
    (OpenAI: Open AI, Open-AI); a part of one letter (xAI, X Corp) makes none.  Taken only
    written with the case of one of the name's spellings (KnowledgeBaseNames.cased)."""
    parts = _JOINT.split(name)
    if not name.isascii() or len(parts) == 1:
        parts = _CAMEL.split(name) if name.isascii() and name[:1].isupper() and _LATIN_PART.fullmatch(name) else []
    if len(parts) < 2 or len(parts) > 5 or not all(_LATIN_PART.fullmatch(part) and len(part) > 1 for part in parts):
        return []
    return [form for form in dict.fromkeys(joint.join(parts) for joint in (" ", "-", "")) if form != name]


def legal_form_tail(legal_forms: tuple[str, ...]) -> re.Pattern:
    """What may follow a company's name as its legal form, written after a comma or a space
    (iTutorGroup, Inc.; Acme Ltd) or glued in Chinese (某某有限公司): Latin forms only after a
    space, and ending at a word's end."""
    latin = alternatives(form for form in legal_forms if form[:1].isascii())
    chinese = alternatives(form for form in legal_forms if not form[:1].isascii())
    return re.compile(rf",?[ \u00a0](?:{latin})(?![A-Za-z0-9])|(?:{chinese})")


def written_forms(name: str, text: str, end: int, tail: re.Pattern) -> tuple[str, ...]:
    """The longer forms the text writes of a known company's name: with its legal form
    after it (iTutorGroup, Inc.; News Corp. with the period of an abbreviated form), each
    also without a closing period, which annotators keep or leave (a sentence's full stop
    after Inc. is the abbreviation's too)."""
    found = tail.match(text, end)
    if found is not None:
        full = name + found.group()
    elif name[-1:].isalpha() and name.rsplit(" ", 1)[-1] + "." in _ABBREVIATED and text[end:end + 1] == ".":
        full = name + "."  # News Corp.-owned: the abbreviation's period, no sentence's
    else:
        return ()
    return tuple(dict.fromkeys(form for form in (full, full.rstrip(".")) if form != name))


# 第十四届全国人民代表大会常务委员会, 十四届全国人大常委会: a legislature's term written before its name
_TERM = re.compile(r"第?[一二三四五六七八九十百\d]+届$")


def termed(name: str, text: str, start: int) -> tuple[str, ...]:
    """A known legislature's name with its term before it, as the text writes it (第十四届全国人民代表大会
    常务委员会): the same body, which annotators name with its term or without."""
    term = _TERM.search(text, max(0, start - 6), start)
    return (term.group() + name,) if term else ()


_ABBREVIATED = frozenset({"Corp.", "Inc.", "Co.", "Ltd.", "Cos."})  # legal forms written with a period


def _acronym(name: str) -> bool:
    return name.isascii() and name.isupper() and len(name) <= 5 and name.isalpha()


_OTHER_SPACE = re.compile(r"[^\S ]")  # a white space but the plain space


def name_words(tokens: list[str], name: str) -> list[str]:
    """spaCy's ``get_words_and_spaces(tokens, name)[0]``: the words of ``name`` as jieba cut it,
    its spaces left out.  Where the tokens spell the name exactly, each of its spaces a token
    of its own, one at a time and none first (most names: OpenAI, New York Times), that is
    the tokens but the spaces, made at once (the knowledge base's 35,000 spellings at every
    start); spaCy's alignment for any other."""
    if "".join(tokens) == name and name.count(" ") == tokens.count(" ") and not name.startswith(" ") \
            and "  " not in name and _OTHER_SPACE.search(name) is None:
        return [token for token in tokens if token != " "]
    return get_words_and_spaces(tokens, name)[0]


_WORD_AFTER = re.compile(r"[ \t\u00a0]+([A-Z][\w'’.-]*|&)")  # the capitalised word a name runs on with (Camden Property)
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][\w'’-]*)[ \t\u00a0]+$")  # the capitalised word right before a name
_CHINESE_COUNTRIES = frozenset({"cn", "tw", "hk", "mo"})
_OPENING = re.compile(r"(?:^|[.!?:;\n][\"'”’“‘)\]]*)[ \t\u00a0]*[\"'“‘(\[]*$")  # where a sentence opens
TOWN = "kb/town"  # the mechanism of a generated town's mention (TownWords): the weakest reading (kg.mentions.choose)


def _possessed(word: str) -> str:
    """A word without its possessive ending (Sheriff's, Sheriff’s: Sheriff)."""
    return re.sub(r"['’]s$", "", word)


class TownWords:
    """Where a generated city's name (cities.tsv, kg.kb.LookupTable) names the town: a town no
    curated file lists shares its name with companies, people and places of other kinds far more
    often than a jurisdiction the files hold (a known place's name beats those readings), so it is
    read alone only.  Not where a capitalised word runs on after it (Camden Property Trust,
    Bletchley Park: another name), unless that word is a body's the town has (Greensboro City
    Council, Malden Police: english.tsv place_kind, council_kind; context.tsv seated_kind and the
    first words of local_seat_word_en, court_seat_word_en); not right after a person's title or a
    given name (Gov. Harlow, Judge Fordham, Sam Camden: english.tsv person_role, surname_title,
    name_title, honorific, courtesy_title; given_names.txt), nor before a title written after a
    name (Fordham法官: context.tsv title_after); and in a Chinese text, where a Chinese writer
    writes a town in characters, not in a Latin run of several words (Beijing Jincheng Tongda, a
    firm's name given in English), nor a town of China, Taiwan, Hong Kong or Macao written in
    Latin letters (a romanised name: a firm's, a person's)."""

    def __init__(self, words: Words) -> None:
        english, context = english_lexicon(words.kb), words.context
        seats = [*context["local_seat_word_en"], *context["court_seat_word_en"]]
        self.bodies = frozenset([*english["place_kind"], *english["council_kind"], *context["seated_kind"],
                                 *(_possessed(seat.split()[0]) for seat in seats)])
        titles = [*english["person_role"], *english["surname_title"], *english["name_title"], *english["honorific"],
                  *english["courtesy_title"]]
        self.title_before = re.compile(rf"(?<![\w.'’-])(?:{alternatives(titles, spaced=True)})[ \t\u00a0]+$")
        self.title_after = tuple(context["title_after"])
        self.given_names = words.kb.given_names

    def alone(self, text: str, start: int, end: int, entry: KBEntry) -> bool:
        if not text[start].isupper():
            return False  # libertad vigilada: a common word of another language
        after = _WORD_AFTER.match(text, end)
        if after is not None and _possessed(after.group(1)) not in self.bodies:
            return False  # Camden Property Trust; not Greensboro City Council, the Merrimack County Sheriff
        before = text[max(0, start - 60):start]
        if self.title_before.search(before) or text.startswith(self.title_after, end):
            return False  # Gov. Harlow, Judge Fordham, Fordham法官
        word = _WORD_BEFORE.search(before)
        if word is not None and word.group(1) in self.given_names:
            return False  # Sam Camden: a person's surname
        if word is not None and not _OPENING.search(before, 0, word.start()):
            return False  # Tranh Quoc Vinh: the last word of a longer name (not In Harlow, opening its sentence)
        if CJK_CHARACTER.search(text) is not None:
            return word is None and (entry.parent or entry.jurisdiction) not in _CHINESE_COUNTRIES  # Beijing Jincheng, Jincheng
        return True


@register
class KnowledgeBaseNames(Family):
    def __init__(self, words: Words) -> None:
        self.kb = kb = words.kb
        self.words = words  # its tags (平台 n: the word a place's name may start inside, inside_noun), read when first asked for
        # 盘古Pro MoE, DeepSeek-V3.2-Speciale, o3-mini: a known model's name with a variant's words
        # after it names the variant, a model of its own; a hyphened word that describes
        # (GPT-4-powered, Llama-based) is none, nor a word of capitals (a slug's GEMINI-SUIT), nor a
        # sentence's full stop (GPT-4.)
        variant = alternatives(words.context["model_variant"])
        describing = alternatives(suffix.lstrip("-") for suffix in words.context["describing_suffix"])
        hyphened = (rf"-(?!(?:{describing})(?![A-Za-z0-9])|[A-Z]{{4,}}(?![A-Za-z0-9]))"
                    rf"(?:[A-Z0-9][A-Za-z0-9]*|(?i:{variant}))(?:\.\d+)*")  # -V3.2, -mini; not -based, -SUIT
        self.variant_tail = re.compile(rf"(?:{hyphened}|[ \u00a0]*(?:{variant}))(?![A-Za-z0-9])"
                                       rf"(?:(?:{hyphened}|[ \u00a0]+(?:{variant}))(?![A-Za-z0-9]))*")
        # 签署多部人工智能法案, 多项关于深度伪造的人工智能法案: a kind of law, not the one the name is known for
        # 国家数据局局长: a body's name runs on into the title of its own head (局 + 局长), no longer word
        self.head_titles = body_heads(words.context["body_head"])
        # 行政院长: jieba keeps a name and its own head's title that shares the name's last
        # character (院 + 院长) as one word, which spells no name: the name is the word's start
        self.shared_titles = shared_titles(self.head_titles)
        # 国家发展改革委会同…: the joint word of the official formula is a word of its own, though
        # jieba's plain reading joins 委 and 会 (委会); the name before it is whole
        self.formula_joints = tuple(words.context["routine_joint"])
        # 微信公众号, 微信小程序: an account or a mini-program a platform hosts, named after it (context.tsv platform_channel)
        self.channels = tuple(words.context["platform_channel"])
        # 在小红书上: the place word after a name, a word of its own though the plain reading joins it (书上)
        self.postpositions = frozenset(words.context["name_postposition"])
        self.eras = frozenset(words.context["year_era"])
        self.plural = re.compile(rf"(?:{alternatives(words.context['plural_determiner'])})(?:[^，,。；;：:、《》\n]{{0,20}}的)?\s*$")
        self.town_words = TownWords(words)
        # every name as its lower-cased jieba tokens, the way the text is cut: each name cut
        # as it would be alone, in one jieba pass kept prebuilt between processes (cut_lines)
        named = [(entry, spelling) for entry in kb.entries.values() for name in entry.names for spelling in conjoined(name)]
        # a model's other spellings after every written name, so that no spelling takes another entry's name
        named += [(entry, spelling) for entry in kb.entries.values() if entry.type == "AIModel"
                  for name in entry.names for spelling in versioned(name)]
        # a name of several senses (data/kb/senses.txt) no entry's row holds (国会下议院): its first sense's, chosen again in choose_senses
        named += [(senses[0][0], name) for name, senses in kb.senses.items()]
        # then each Latin name's other joints (respaced), where no other entry's name is joined so
        spellings = [(entry, spelling, folded(joined(spelling)))
                     for entry in kb.entries.values() for name in entry.names for spelling in respaced(name)]
        owners: dict[str, set[str]] = {}
        for entry, _, key in spellings:
            owners.setdefault(key, set()).add(entry.id)
        respelt = len(named)
        named += [(entry, spelling) for entry, spelling, key in spellings if len(owners[key]) == 1]
        cut = iter(cut_lines([name for _, name in named]))
        self.names: dict[tuple[str, ...], KBEntry] = {}
        lengths: dict[str, set[int]] = {}  # a name's first token -> how many tokens names starting with it have
        self.respelt: set[tuple[str, ...]] = set()  # the token runs only another joint of a name spells
        for position, (entry, name) in enumerate(named):
            tokens = tuple(folded(word) for word in name_words(next(cut), name))
            if tokens and tokens not in self.names:  # of two entries of one name, the first
                self.names[tokens] = entry
                lengths.setdefault(tokens[0], set()).add(len(tokens))
                if position >= respelt:
                    self.respelt.add(tokens)
        self.lengths = {first: sorted(counts, reverse=True) for first, counts in lengths.items()}  # longest first
        self.legal_tail = legal_form_tail(kb.legal_forms)

    def __call__(self, doc: Doc) -> Doc:
        tokens: Tokens = doc.user_data["tokens"]
        taken: set[int] = set()
        text = doc.user_data["text"]
        for start, end, entry, title_rest in sorted(self.matches(tokens.words), key=lambda m: (m[0] - m[1], m[0])):
            if start in taken or end - 1 in taken:
                continue
            if self.kb.generated(entry):
                begin, stop = tokens.offsets[start], tokens.offsets[end - 1] + len(tokens.words[end - 1])
                if self.town_words.alone(text, begin, stop, entry):
                    taken.update(range(start, end))
                    tokens.towns.append((begin, stop, entry.type, entry.id))  # the weakest reading (kg.mentions.choose)
                continue
            taken.update(range(start, end))
            tokens.kinds[start:end] = [entry.type] * (end - start)
            tokens.entities.append((tokens.offsets[start], tokens.offsets[end - 1] + len(tokens.words[end - 1]) - title_rest,
                                    entry.type, entry.id))
        tokens.entities.sort()
        tokens.towns.sort()
        self.choose_senses(doc.user_data["text"], tokens)
        tokens.entities_changed()
        super().__call__(doc)
        candidates = doc.user_data["candidates"]
        doc.user_data["towns"] = [m for m in candidates if m.mechanism == TOWN]
        candidates[:] = [m for m in candidates if m.mechanism != TOWN]
        return doc

    def choose_senses(self, text: str, tokens: Tokens) -> None:
        """A name of several senses (data/kb/senses.txt) as the entry it names in this item
        (KnowledgeBase.sense): AP, the news agency, or the Dutch authority in a story on the
        Netherlands; left out where it names none of them (下议院 in a story on Canada)."""
        countries = None
        for position, (start, end, label, kb_id) in enumerate(tokens.entities):
            if not self.kb.has_senses(text[start:end]):
                continue
            countries = self.countries(tokens) if countries is None else countries
            sense = self.kb.sense(text[start:end], text, countries)
            tokens.entities[position] = (start, end, sense.type, sense.id) if sense is not None else None
            first, last = tokens.offsets.index(start), bisect_left(tokens.offsets, end)
            tokens.kinds[first:last] = [sense.type if sense is not None else ""] * (last - first)
        tokens.entities[:] = [entity for entity in tokens.entities if entity is not None]

    def carry(self, parts: list) -> None:
        """One document's items in order (their names chosen): a body's bare name of a writer's
        sense (data/kb/senses.txt: 教育部, 法务部) is the body of the writer's place where the
        document's other known names are more Taiwan's than the mainland's (writers_country), as
        Taiwan's press names its own government's ministries; the mainland's (or a name of its
        own) elsewhere, a Hong Kong paper's story on the mainland too."""
        mentions = [m for _, doc in parts for m in doc.user_data["mentions"]]
        # a set (Mention is frozen: equal mentions hash alike), not a list scanned per name: quadratic in a long document
        bare = {m for m in mentions if m.type == "Regulator" and self.kb.writer_sense(m.text) is not None}
        if not bare or writers_country(self.kb, (m.kb_id for m in mentions if m not in bare)) != "tw":
            return
        for _, doc in parts:
            found = doc.user_data["mentions"]
            if any(m in bare for m in found):
                set_mentions(doc, [replace(m, kb_id=self.kb.writer_sense(m.text).id) if m in bare else m for m in found])

    def matches(self, words: list[str]) -> list[tuple[int, int, KBEntry, int]]:
        """Every run of tokens that spells a known name, compared lower-cased (as spaCy's
        PhraseMatcher on LOWER does, without a Doc and a lexeme per name: the knowledge
        base's 30,000 names cost that 3 s at every start); each with how many characters of
        its last token are its head's title, not the name (行政院长: 1, else 0)."""
        lower = [folded(word) for word in words]
        found = []
        cities = self.kb.lookup_table
        for start, word in enumerate(lower):
            for length in self.lengths.get(word, ()):  # only the lengths some name has (美国: 2 to 9 tokens)
                run = tuple(lower[start:start + length])
                entry = self.names.get(run) if start + length <= len(lower) else None
                if entry is not None and (run not in self.respelt or self.cased(words[start:start + length], entry)):
                    found.append((start, start + length, entry, 0))
            for length in cities.lengths.get(word, ()) if cities is not None and word[:1] < "\u2e80" else ():
                entry = cities.tokens(lower[start:start + length]) if start + length <= len(lower) else None
                if entry is not None:  # Greensboro, Merrimack County: a generated city's name, looked up (kb.LookupTable)
                    found.append((start, start + length, entry, 0))
        for end, word in enumerate(lower, 1):
            if not word.endswith(self.shared_titles):  # (one test of them all for most words)
                continue
            title = next((title for title in self.shared_titles if word.endswith(title) and len(word) > len(title)), None)
            if title is not None:
                found.extend(self.name_before_title(lower[:end - 1] + [word[:1 - len(title)]], len(title) - 1))
        return found

    def cased(self, words: list[str], entry: KBEntry) -> bool:
        """Whether a name written with other joints than the knowledge base's keeps the case of
        one of its spellings (Open AI for OpenAI; not open ai, nor in AI for INAI)."""
        written = joined("".join(words))
        return any(joined(name) == written for name in entry.names)

    def name_before_title(self, words: list[str], title_rest: int) -> list[tuple[int, int, KBEntry, int]]:
        """The known names ``words`` end with, its last word cut before its head's title
        (行政院 of the word 行政院长), each with the title's ``title_rest`` characters."""
        found = []
        for start in range(len(words)):
            if len(words) - start in self.lengths.get(words[start], ()):
                entry = self.names.get(tuple(words[start:]))
                if entry is not None:
                    found.append((start, len(words), entry, title_rest))
        return found

    def known(self, name: str) -> bool:
        """Whether the knowledge base knows ``name`` (云南 before 昆明: two names written together)."""
        return self.kb.lookup(name) is not None

    def head_after(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` is followed by the title of its own head
        (国家数据局局长: 局 + 局长, context.tsv body_head), or goes on with one that shares
        its last character (行政院长: 院 + 院长)."""
        return any(last == text[end - 1] and text.startswith(title, end) for last, title in self.head_titles) \
            or any(text.startswith(title, end - 1) for title in self.shared_titles)

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        starts = {start for start, _, _, _ in tokens.entities}
        places = {end: (start, kb_id) for start, end, label, kb_id in tokens.entities if label == "Jurisdiction"}
        towns = set(tokens.towns)
        for start, end, label, kb_id in [*tokens.entities, *tokens.towns]:
            name = text[start:end]
            if _acronym(name.upper()) and name not in self.kb.entries[kb_id].names and name not in self.kb.senses:
                continue  # short acronyms (US, DOJ, MAS) match their exact spelling only: not us, mas
            if _CJK_PAIR.match(text, end - 1) and end not in starts and not self.head_after(text, end) \
                    and not text.startswith(self.formula_joints, end) and runs_on(text, start, end) \
                    and not parted_at_end(text, start, end, self.postpositions):
                # 三星 in 三星级酒店, 小米 in 小米粥: a known name inside a longer word; but where
                # another known name starts right after it, the two are two (德国西门子), and where
                # the word after the name is one of its own (川普及其: 川普 / 及其, not 普及)
                continue
            if label == "Company" and text.startswith(self.channels, end):
                continue  # 据网信中国微信公众号消息: the account the news came through, not the platform's company
            if label == "Jurisdiction" and inside_noun(text, start, self.words):
                continue  # 台中 in 平台中的: a place's name starting inside a common noun (平台), no place
            if starts_inside(text, start, end, self.known):
                continue  # 通化 in 普通化, 巴中 in 大巴中途: a known name whose start falls inside a word of its own
            if label == "Jurisdiction" and name[:1].isascii() and start > 1 and text[start - 1] == "-" \
                    and text[start - 2].islower():
                continue  # Canada in CBC/Radio-Canada: the last part of a hyphened name, no place (not BRIEF-SEC's SEC)
            if label == "Jurisdiction" and name in self.eras and _YEAR_BEFORE.search(text, max(0, start - 2), start):
                continue  # founded in 500 B.C.: an era after a year, no place (in B.C. Supreme Court: British Columbia)
            if label == "Jurisdiction" and name.endswith(".") and _PARTY_TAG.search(text, max(0, start - 3), start):
                continue  # Marsha Blackburn, R-Tenn.: a legislator's party and state abbreviated, no place the text is about
            if label == "Jurisdiction" and name[-1:].isascii() and text[end:end + 1] == "-" and text[end + 1:end + 2].isdigit():
                continue  # Taipei in the supercomputer Taipei-1: a name numbered after the place's (not Paris-based)
            if label == "Law" and self.plural.search(text, max(0, start - 30), start):
                continue  # 同时签署多部人工智能法案: several laws of a kind, not the EU's AI Act
            if self.lowered(name, self.kb.entries[kb_id]) and not among_chinese(text, start, end):
                continue  # an AI scientist, not The AI Scientist: a known title's words written as common words
            if label == "Law" and (placed := self.placed_law(text, start, end, self.kb.entries[kb_id], places)):
                found.append(placed)  # 约为美国著作权法: the law of the place written before it, not the one of its words
                continue
            chapter = self.chapter(text, end, self.kb.entries[kb_id]) if label == "Organization" else None
            if chapter is not None:  # the American Civil Liberties Union of Louisiana: a body of its own, placed there
                found.append(self.mention(text[start:chapter], label, start, chapter, 0.9))
                continue
            tail = self.variant_tail.match(text, end) if label == "AIModel" else None
            if tail is not None and (tail.group().startswith("-") or not name[-1:].isascii() or tail.group()[:1].isspace()):
                # DeepSeek-V3.2-Speciale: the variant, a model the knowledge base does not know as this one
                found.append(self.mention(text[start:tail.end()], label, start, tail.end(), 0.9))
                continue
            if name.startswith("the ") and any(known.lower() == name[4:].lower() for known in self.kb.entries[kb_id].names):
                start, name = start + 4, name[4:]  # at the Alan Turing Institute: an article in lower case, no part of the name
            forms = written_forms(name, text, end, self.legal_tail) if label == "Company" else \
                termed(name, text, start) if label == "Legislature" else ()
            found.append(self.mention(name, label, start, end, 0.95, "town" if (start, end, label, kb_id) in towns else "",
                                      kb_id=kb_id or None, aliases=forms))
        return found

    def countries(self, tokens: Tokens) -> set[str]:
        """The countries an item names most often, by its known places (ties all): what the
        item is about, where a name of several senses is taken at home."""
        named = Counter(self.kb.country_of(kb_id) for _, _, label, kb_id in tokens.entities if label == "Jurisdiction")
        named.pop(None, None)
        most = max(named.values(), default=0)
        return {country for country, times in named.items() if times == most}

    def placed_law(self, text: str, start: int, end: int, entry: KBEntry, places: dict) -> Mention | None:
        """美国 + 著作权法: a known law's words right after a place the law is not of (a law known by
        its words alone, or another place's) name the place's law, one Law (known where the whole
        name is; 中国著作权法 is matched whole as China's); None where no such place stands there."""
        place_start, place_id = places.get(start, (None, None))
        if place_start is None or not re.fullmatch(f"[{CJK}]+", text[place_start:end]) \
                or entry.jurisdiction in (place_id, self.kb.country_of(place_id)):
            return None
        known = self.kb.lookup(text[place_start:end])
        return self.mention(text[place_start:end], "Law", place_start, end, 0.9,
                            kb_id=known.id if known is not None and known.type == "Law" else None)

    def chapter(self, text: str, end: int, entry: KBEntry) -> int | None:
        """Where the name of a known national organisation's chapter ends: the American Civil
        Liberties Union of Louisiana, a body of the state inside the organisation's country
        (not the Federal Court of Australia, whose place is the country itself)."""
        found = _CHAPTER_PLACE.match(text, end)
        country = self.kb.country_of(entry.jurisdiction) if entry.jurisdiction else None
        if found is None or country is None:
            return None
        words = found.group(1).split(" ")
        for count in range(len(words), 0, -1):  # longest first: of New York, not of New
            place = self.kb.lookup(" ".join(words[:count]))
            if place is not None and place.type == "Jurisdiction" and place.id != country \
                    and self.kb.country_of(place.id) == country:
                return found.start(1) + len(" ".join(words[:count]))
        return None

    @staticmethod
    def lowered(name: str, entry: KBEntry) -> bool:
        """Whether a Latin name of several words is written with a word in lower case that
        every spelling the knowledge base has of it capitalises (its chief AI scientist: no
        model named The AI Scientist); articles and short words aside (the Independent); a
        product's or a company's name only; a one-word name likewise written all in lower case
        (a human operator: no Operator)."""
        words = name.split()
        if len(words) == 1 and len(name) > 3 and name.isalpha() and name.islower() and entry.type in ("AIModel", "Company"):
            # a human operator: a known product's one word (Operator) written as the common word it is
            return all(known[:1].isupper() for known in entry.names if known.lower() == name)
        if len(words) < 2 or not name.isascii() or entry.type not in ("AIModel", "Company"):
            return False  # the U.S. government, the Biden administration: a state body's names run in lower case too
        spellings = [known.split() for known in entry.names if known.lower() == name.lower()]
        return bool(spellings) and all(
            any(len(word) > 3 and word.islower() and known[i][:1].isupper() for i, word in enumerate(words))
            for known in spellings)


def among_chinese(text: str, start: int, end: int) -> bool:
    """Whether a Latin name stands in Chinese words, not in an English sentence: the nearest
    character on each side, spaces aside, is a Chinese one or a mark, and one at least is Chinese
    (涉及meta公司的, 在 bilibili 等网站, 子reddit上).  Written so, a known company's name all in
    lower case is the company's, not the English word it also spells."""
    before, after = text[:start].rstrip(" \u00a0"), text[end:].lstrip(" \u00a0")
    left, right = before[-1:], after[:1]
    if left.isascii() and left.isalnum() or right.isascii() and right.isalnum():
        return False
    return bool(_CJK_CHAR.match(left) or _CJK_CHAR.match(right))
