"""The vocabulary the name families share, read from the knowledge base and the
lexicons: which words can be part of a name (name_like), which make it a proper name
(proper), which typing suffix a word ends in (suffix_of: …法院 Court), which names are
descriptions (generic: 唱片公司).  One per knowledge base, so that its remembered
answers serve every family."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Container, Iterable, Iterator
from functools import cached_property, lru_cache
from math import log

import jieba

from .. import prebuilt
from ..alternation import alternatives
from ..kb import DATA_DIR, KnowledgeBase, remembered

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
CJK_CHARACTER = re.compile(f"[{CJK}]")  # one CJK ideograph: the name families share it
_GENERIC_PARTS = re.compile(f"[{CJK}]{{2}}|[A-Za-z]+")  # the parts Words.generic looks up: two characters, a Latin word
NUMERAL_WORD = re.compile(r"^[一二三四五六七八九十两几多数百千万\d]+[家个位名款项批起件类种]?$")
# 这盘, 新一轮, 该项, 首批: a demonstrative or an ordinal and a measure word, never a name's part
MEASURE_PHRASE = re.compile(r"^[这那该此本每各新首][一二三四五六七八九十两几\d]?[家个位名款项批起件类种轮盘场次届期份宗单番]$")
# 五月份, 十二月底, 上月, 本週: a month or a week, a time of the sentence, never a name's part (在五月份法院最新进展: no court)
TIME_WORD = re.compile(r"^(?:[一二三四五六七八九十〇零\d]+月份?|[上下本这這][个個]?(?:月|周|週|星期))[初中底末]?$")
# Characters that start no name: 的建议, 在中国
FUNCTION_CHARS = frozenset("的在和与及对向被将于为是等其该此这那已也并但而据经从把让使称说表如就由")
_MODIFIERS = frozenset("母子分总内外全本该此各原新旧前后上下大小")


def _letter_ranges(keep) -> str:
    """A character class's body for the Latin letters (Basic Latin, Latin-1, Extended-A
    and -B, Extended Additional) that ``keep`` accepts, written as ranges
    (str.isupper: A-ZÀ-ÖØ-ÞĀĂĄ…)."""
    letters = [character for block in ((0x41, 0x7a), (0xc0, 0x24f), (0x1e00, 0x1eff))
               for character in map(chr, range(block[0], block[1] + 1)) if keep(character)]
    ranges, start = [], 0
    for index in range(1, len(letters) + 1):
        if index == len(letters) or ord(letters[index]) != ord(letters[index - 1]) + 1:
            first, last = letters[start], letters[index - 1]
            ranges.append(first if first == last else f"{first}-{last}")
            start = index
    return "".join(ranges)


# A name's letters in any Latin script, for the English families' character classes:
# Burić, Pejčinović, Łukasz, Craoltóir, Nguyễn (Latin-1 alone stops at č, ć, ł, ễ;
# in Extended-A capitals and small letters alternate, so the classes are listed)
LATIN_UPPER = _letter_ranges(str.isupper)
LATIN_LOWER = _letter_ranges(str.islower)
LATIN_LETTERS = _letter_ranges(str.isalpha)
_LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")
# a Latin letter with a diacritic, where jieba cuts a Latin word (Ph|á|t, Nestl|é)
_DIACRITIC_LETTER = re.compile(f"[{_letter_ranges(lambda character: character.isalpha() and not character.isascii())}]")


def body_heads(rows: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(a body's last character, the title of its head) of each data/lexicon/context.tsv
    body_head row, the longest title first: 会主任委员 -> (会, 主任委员), 局局长 -> (局, 局长)."""
    return tuple(sorted(((row[0], row[1:]) for row in rows), key=lambda pair: len(pair[1]), reverse=True))


def shared_titles(heads: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The titles of ``heads`` (body_heads) that open with their body's last character, so
    that a name and its head's title may share it: 院长 of (院, 院长), as in 行政院长."""
    return tuple(title for last, title in heads if title[0] == last)


def latin_words(cut: Iterable[str]) -> Iterator[str]:
    """jieba's words with a Latin word it cut at a letter with a diacritic made whole
    again (Ph|á|t -> Phát, Nestl|é -> Nestlé): jieba's Latin words are ASCII only."""
    pending = ""
    for word in cut:
        if pending and word and _LATIN_LETTER.match(pending[-1]) and _LATIN_LETTER.match(word[0]) \
                and (_DIACRITIC_LETTER.match(pending[-1]) or _DIACRITIC_LETTER.match(word[0])):
            pending += word
            continue
        if pending:
            yield pending
        pending = word
    if pending:
        yield pending


_WORD_CHARACTER = re.compile(r"[\w-]")


def bounded_starts(text: str, form: str, before: re.Pattern, after: re.Pattern) -> Iterator[int]:
    """Where ``form`` (not empty) stands in ``text``, overlapping places too, with no match of
    ``before`` on the character before it nor of ``after`` right after it: what a search of the
    form between a negative lookbehind and a negative lookahead finds, by str.find and the ends
    tested (no pattern compiled per form, no lookbehind tried at every place)."""
    at = text.find(form)
    while at >= 0:
        if not (at and before.match(text, at - 1)) and not after.match(text, at + len(form)):
            yield at
        at = text.find(form, at + 1)


def written_lower(words: str, text: str) -> bool:
    r"""Whether ``text`` writes ``words`` in lower case as words of their own (Heritage beside
    "heritage", New Guidelines beside "new guidelines"): a common noun, no name (the form
    between ``(?<![\w-])`` and ``(?![\w-])``: bounded_starts)."""
    lower = words.lower()
    if not lower:
        return re.search(r"(?<![\w-])(?![\w-])", text) is not None
    return next(bounded_starts(text, lower, _WORD_CHARACTER, _WORD_CHARACTER), None) is not None


def has_diacritic(text: str) -> bool:
    """Whether ``text`` holds a Latin letter with a diacritic: only then has latin_words
    anything to join (most items have none, and it need not look at each of their words)."""
    return _DIACRITIC_LETTER.search(text) is not None


COMMON_LATIN = frozenset("""ai api app the a an of and in on for to is this that with by at from as it its be are was
were has have had will can may new news all our their his her we they you or not if but so via per vs
pdf html http https www com org gov eu ceo cto cfo nlp cv llm agi aigc genai gpt pc id ip vr ar
june july may april march january february august september october november december monday
prompt pipeline wifi online offline covid covid-19 beta alpha pro plus ultra mini max lite open source data model
what why how when where whether
models deepfakes deepfake copyright license licence""".split())


# What jieba's own dictionary gives the words the knowledge base makes whole (boosted):
# a known name must also stand between word boundaries of the plain dictionary.
_PLAIN_FREQUENCY: dict[str, int] = {}
_BOOST = 200000
COMMON_FREQUENCY = 1000  # how often jieba's dictionary saw a common word at least (领导 31,739; 利文 11)
# every word boost, unglue and cut_apart changed in jieba's default dictionary, in order: with the
# dictionary itself, what jieba's reading of a text depends on (cut_lines' prebuilt form)
_CHANGES = hashlib.sha256()
_EDITS = [0]  # how many times boost and cut_apart were called (plain_boundaries' remembered windows)


def boost(words) -> None:
    """Make jieba keep each of ``words`` whole (knowledge-base names, suffixes),
    remembering what its own dictionary gave them."""
    jieba.dt.check_initialized()
    for word in words:
        _PLAIN_FREQUENCY.setdefault(word, jieba.dt.FREQ.get(word) or 0)
        jieba.add_word(word, freq=_BOOST)
        _CHANGES.update(f"+{word}\n".encode())
    _EDITS[0] += 1


def unglue(places: set[str], names: set[str]) -> None:
    """A word of jieba's own dictionary made of a known place and another known name (德国西门子,
    美国哈佛大学, 法国巴黎) is cut into the two: which of the whole and its two boosted halves jieba
    keeps would otherwise turn on how many names the knowledge base boosts (its total count), and
    the name after the place is a name of its own (the place its jurisdiction).  Not a known
    name itself, nor two places (捷克斯洛伐克 is no 捷克 and 斯洛伐克)."""
    openings = {place[:2] for place in places if len(place) >= 2}
    glued = [word for word, count in jieba.dt.FREQ.items()
             if count and 3 <= len(word) <= 12 and word[:2] in openings and word not in names and word not in places
             and any(word[:cut] in places and word[cut:] in names and word[cut:] not in places
                     for cut in range(2, len(word) - 1))]
    cut_apart(glued)


def cut_apart(words) -> None:
    """Make jieba cut each of ``words`` of its own dictionary (大学教授, 大学校长: a school's
    kind and a title joined; unglue's place and name) into its parts, so that a name ending in
    the first part ends there (云林科技大学 / 教授)."""
    jieba.dt.check_initialized()
    for word in words:
        if jieba.dt.FREQ.get(word):
            jieba.del_word(word)
            _CHANGES.update(f"-{word}\n".encode())
    _EDITS[0] += 1


def changes() -> str:
    """What boost, unglue and cut_apart have changed in jieba's dictionary so far (a digest of it)."""
    return _CHANGES.hexdigest()


def cut_lines(lines: list[str]) -> list[list[str]]:
    """jieba's words of each line (latin_words: a Latin word with a diacritic whole), as
    each line alone is read (one jieba pass over the lines, one per line: a line break
    ends every block jieba cuts).  Kept prebuilt (kg.prebuilt) under a name made of the
    lines, jieba's dictionary and the words boost and unglue changed in it: the knowledge
    base's 60,000 names are read so in every process that builds (0.7 s)."""
    text = "\n".join(lines)
    with jieba.dt.get_dict_file() as stream:
        dictionary = hashlib.sha256(stream.read()).hexdigest()
    name = hashlib.sha256(f"{jieba.__version__}\0{dictionary}\0{_CHANGES.hexdigest()}\0{text}".encode()).hexdigest()
    path = prebuilt.folder() / f"jieba_lines-{name[:32]}.json.z"
    found = prebuilt.read(path, "reading of lines", lambda data: _lines(data, len(lines)))
    if found is not None:
        return found
    pieces: list[list[str]] = [[]]
    for piece in latin_words(jieba.cut(text)):
        if piece == "\n":
            pieces.append([])
        elif piece:
            pieces[-1].append(piece)
    pieces += [[] for _ in range(len(lines) - len(pieces))]  # (no lines: no words)
    prebuilt.write(path, pieces[:len(lines)])
    return pieces[:len(lines)]


def _lines(data: list, count: int) -> list[list[str]]:
    """A prebuilt cut_lines: ``count`` lists of words; ValueError for anything else."""
    if not (isinstance(data, list) and len(data) == count
            and all(isinstance(words, list) and all(type(word) is str and word for word in words) for words in data)):
        raise ValueError(f"not {count} lines of words")
    return data


def plain_frequency(word: str) -> int:
    """How often jieba's own dictionary saw ``word``, as before any name was boosted (0 for
    a word it lacks)."""
    return _PLAIN_FREQUENCY[word] if word in _PLAIN_FREQUENCY else jieba.dt.FREQ.get(word) or 0


def runs_on(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs on into the next characters as one word of jieba's own
    dictionary, read without the boosted names: 三星 in 三星级, 小米 in 小米粥, 美团 in
    美(团队).  Only the end is checked: before a name, prepositions glue to it as often
    as not (对华为 is read 对华 / 为)."""
    left, right = max(0, start - 6), min(len(text), end + 6)
    if not _word_across(text, left, end, right):
        return False  # no word of the dictionary runs across the end: every reading cuts there
    cuts = plain_boundaries(text[left:right])
    return end - left not in cuts


# how often jieba's dictionary saw a word at least for a name starting inside it to be read as
# inside it (大巴 91, 讲台 198, 普通 6,768; not the junk pieces 师安永 2, 赴美国 3, 云南昆明 3)
WORD_FREQUENCY = 20


def starts_inside(text: str, start: int, end: int, known: Callable[[str], bool]) -> bool:
    """Whether text[start:end] starts inside a word of jieba's own dictionary, read without
    the boosted names: 通化 in 普(通)化 (普通 / 化), 巴中 in 大(巴中)途 (大巴 / 中途), 西安 in
    江(西安)福 (江西 / 安福), 美洲 in 中美洲.  Not where the word's part before the name is a
    known name itself (云南 of 云南昆明, 美国 of 美国纽约: two names written together), holds a
    function character (对 of 对华为: a preposition glued to the name), where a word ends right
    before the name (原告 of 原告知乎), or the word is a rare piece of the dictionary (师安永 of 核数师安永)."""
    if not start or not CJK_CHARACTER.match(text, start - 1) or not CJK_CHARACTER.match(text, start):
        return False
    left = max(0, start - 6)
    cuts = plain_boundaries(text[left:min(len(text), end + 6)])
    if start - left in cuts:
        return False
    begin = left + max(cut for cut in cuts if cut < start - left)
    stop = left + min(cut for cut in cuts if cut > start - left)
    before = text[begin:start]
    return plain_frequency(text[begin:stop]) >= WORD_FREQUENCY and not known(before) \
        and not set(before) & FUNCTION_CHARS and not _word_ends_at(text, start)


def parted_at_end(text: str, start: int, end: int, particles: Container[str] = ()) -> bool:
    """Whether the plain reading's word across the end of text[start:end] begins inside the
    name and the text after the name opens a word of its own: a function character, one of
    ``particles`` (在小红书上: 上), or a common word of jieba's own dictionary (川普 / 及其, read 川 /
    普及 / 其 only for want of the name; 谷歌 / 本月, 央视新闻 / 报道).  Not a word that holds the
    whole name (三星级), nor a name whose last character the next one binds (网络安全法 / 治体系,
    日立 / 案后: 治, 案 open no word there)."""
    if not CJK_CHARACTER.match(text, end - 1) or not CJK_CHARACTER.match(text, end):
        return False
    left = max(0, start - 6)
    cuts = plain_boundaries(text[left:min(len(text), end + 6)])
    if end - left in cuts or max(cut for cut in cuts if cut < end - left) <= start - left:
        return False  # the reading cuts at the end, or its word holds the whole name (三星级)
    return text[end] in FUNCTION_CHARS or text[end] in particles or any(
        plain_frequency(text[end:end + length]) >= WORD_FREQUENCY for length in range(2, 5))


def _word_ends_at(text: str, position: int) -> bool:
    """Whether a common word of two to four characters of jieba's own dictionary ends right at
    ``position``: 原告 before 知乎 in 原告知乎, which the plain reading cuts 原 / 告知 / 乎 only for want
    of the name (a name its dictionary lacks); nothing ends so before 通化 in 普通化 (普 alone)."""
    return any(CJK_CHARACTER.match(text, position - length)
               and plain_frequency(text[position - length:position]) >= WORD_FREQUENCY
               for length in range(2, min(4, position) + 1))


def _word_across(text: str, left: int, position: int, right: int) -> bool:
    """Whether a word of jieba's own dictionary (as plain_boundaries reads it, in
    text[left:right]) starts before ``position`` and ends after it.  Only then may the
    best reading run on across it; a name is mostly followed by a word of its own, and
    this look costs a few lookups where the reading costs the whole window's."""
    dictionary = jieba.dt.FREQ
    for start in range(position - 1, left - 1, -1):
        # jieba's dictionary holds every prefix of its words (with frequency 0), so a word
        # runs on past the position only if the piece up to it and one character more is
        # there: the pieces ending before it need no look of their own
        end = position + 1
        piece = text[start:end]
        while end <= right and piece in dictionary:
            if plain_frequency(piece):
                return True
            end += 1
            piece = text[start:end]
    return False


# plain_boundaries of each window read, with the state of the dictionary they were read in (its total,
# its number of words and the calls of boost and cut_apart, which change it): a name's window of text
# comes back at each of its mentions (a company named in every item of a newsletter)
_BOUNDARIES: dict[str, frozenset[int]] = {}
_BOUNDARIES_STATE: list[tuple[int, int, int]] = [(-1, -1, -1)]
_BOUNDARIES_KEPT = 200_000


def plain_boundaries(text: str) -> frozenset[int]:
    """Where jieba's own dictionary, without the boosted names, cuts ``text`` into words
    (jieba's route without its HMM: unknown characters stand alone)."""
    state = (jieba.dt.total, len(jieba.dt.FREQ), _EDITS[0])
    if state != _BOUNDARIES_STATE[0] or len(_BOUNDARIES) >= _BOUNDARIES_KEPT:
        _BOUNDARIES.clear()
        _BOUNDARIES_STATE[0] = state
    found = _BOUNDARIES.get(text)
    if found is None:
        found = _BOUNDARIES[text] = frozenset(_plain_boundaries(text))
    return found


def _plain_boundaries(text: str) -> set[int]:
    dictionary, total = jieba.dt.FREQ, log(jieba.dt.total)
    length = len(text)
    route: list[tuple[float, int]] = [(0.0, 0)] * (length + 1)
    for start in range(length - 1, -1, -1):
        ends, end, piece = [], start, text[start]
        while end < length and piece in dictionary:
            if plain_frequency(piece):
                ends.append(end)
            end += 1
            piece = text[start:end + 1]
        route[start] = max((log(plain_frequency(text[start:end + 1]) or 1) - total + route[end + 1][0], end)
                           for end in ends or [start])
    cuts, position = {0, length}, 0
    while position < length:
        position = route[position][1] + 1
        cuts.add(position)
    return cuts


@lru_cache(maxsize=4)
def load_kb(data_dir: str = str(DATA_DIR)) -> KnowledgeBase:
    return KnowledgeBase.load(data_dir)


@lru_cache(maxsize=4)
def vocabulary(data_dir: str = str(DATA_DIR)) -> Words:
    return Words(load_kb(data_dir))


class Tags:
    """jieba's dictionary part-of-speech tags (jieba.posseg's table), as ``get`` and ``in`` read
    them.  Reading jieba's whole dictionary file is needed by no command that reads no Chinese
    text (a build whose results all come from the cache, a one-file rebuild of an English file):
    the table is read at the first word holding a Chinese character (U+4000 to U+9FFF); a word
    without one (Court, Group, Condé) is answered before that from the dictionary's few such
    words (AT&T, C++), found by one search of its bytes (a lead byte E4 to E9 is such a
    character's) and read as jieba.posseg reads its lines.  The table holds what jieba.posseg's
    does (each line's first and last word; no tags are given to jieba's user words here), kept
    as the file's bytes, read by one split of the whole file: 0.08 CPU s, where importing
    jieba.posseg reads each line and decodes it, and its tagging model (0.2 CPU s, a 30th of a
    1 MB newsletters build).  A file with a line of other than three words parted by single
    spaces (word, count, tag) is read by jieba.posseg itself."""

    _CHINESE = re.compile("[\u4000-\u9fff]")
    # a line whose first word (after the spaces strip() takes away) holds no such character
    _OTHER_LINE = re.compile(rb"^[ \t\r\f\v]*[^ \n\xe4-\xe9]+ [^\n]*", re.MULTILINE)

    def __init__(self) -> None:
        self._table: dict[bytes, bytes] | None = None  # a word's UTF-8 -> its tag's
        self._others: dict[str, str] | None = None

    @property
    def table(self) -> dict[bytes, bytes]:
        if self._table is None:
            self._table = self._all_words()
        return self._table

    @staticmethod
    def _all_words() -> dict[bytes, bytes]:
        with jieba.dt.get_dict_file() as stream:
            data = stream.read()
        words = data.split()  # (ASCII white space, as POSTokenizer.load_word_tag strips a line's bytes)
        lines = len(words) // 3
        if len(words) == 3 * lines and data.count(b" ") == 2 * lines and all(map(bytes.isdigit, words[1::3])):
            return dict(zip(words[0::3], words[2::3]))
        from jieba import posseg
        return {word.encode("utf-8"): tag.encode("utf-8") for word, tag in posseg.dt.word_tag_tab.items()}

    def _other_words(self) -> dict[str, str]:
        with jieba.dt.get_dict_file() as stream:
            data = stream.read()
        found = {}
        for line in self._OTHER_LINE.findall(data):
            word, _, tag = line.strip().decode("utf-8").split(" ")  # (as POSTokenizer.load_word_tag reads it)
            found[word] = tag
        return found

    def _before_table(self, word: str) -> bool:
        """Whether ``word`` is answered from the dictionary's words without a Chinese character."""
        if self._table is None and self._CHINESE.search(word) is None:
            if self._others is None:
                self._others = self._other_words()
            return True
        return False

    def get(self, word: str, default: str | None = None) -> str | None:
        if self._before_table(word):
            return self._others.get(word, default)
        # (a lone surrogate's bytes are no UTF-8: no word of the file, as jieba.posseg's table has none)
        tag = self.table.get(word.encode("utf-8", "surrogatepass"))
        return default if tag is None else tag.decode("utf-8")

    def __contains__(self, word: str) -> bool:
        if self._before_table(word):
            return word in self._others
        return word.encode("utf-8", "surrogatepass") in self.table


class Words:
    """Tests on words and names that several families ask (see the module's docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.context = kb.context
        self.boundaries = kb.boundaries
        self.boundary_word = re.compile(alternatives(w for w in kb.boundaries if len(w) > 1))
        self.company_words = self.context["company_word"]
        self.person_titles = self.context["person_title"]
        self.suffixes_by_last: dict[str, list[tuple[str, str, int]]] = {}
        for row in kb.suffixes:  # longest first, as kb.suffixes lists them
            self.suffixes_by_last.setdefault(row[0][-1], []).append(row)
        self.ordinary_ends = tuple(self.context["ordinary_end"])
        self.lexicon_words = frozenset(suffix for suffix, _, _ in kb.suffixes) | kb.generic_words | set(self.company_words)

    @cached_property
    def tags(self) -> Tags:
        """jieba's dictionary part-of-speech tags (Tags: read whole at the first word holding a Chinese character)."""
        return Tags()

    @remembered
    def suffix_of(self, word: str) -> tuple[str, str, int] | None:
        """The typing suffix a word ends in (…法院, …公司), if it is a name's last word."""
        if not word or word in self.boundaries:
            return None
        for suffix, type_, min_prefix in self.suffixes_by_last.get(word[-1], ()):
            if word.endswith(suffix):
                modifier = word[: len(word) - len(suffix)]
                if word != suffix and (modifier in _MODIFIERS or self.tags.get(word, "n")[0] in "vfdamr"):
                    return None  # 母公司, 子公司, 内部: ordinary words that end like a name
                if word != suffix and word.endswith(self.ordinary_ends):
                    return None  # 借壳上市, 公司总部: one word ending in an ordinary word (上市 lists, 总部 is a seat)
                if suffix.isascii() and not word == suffix:
                    continue  # English suffixes are whole words
                return suffix, type_, min_prefix
        return None

    def generic(self, name: str, suffix: str) -> bool:
        """唱片公司, 人工智能公司, 数据保护监管机构: a description, not a name."""
        prefix = name[: len(name) - len(suffix)].strip()
        return (not prefix or name in self.company_words or prefix in self.kb.generic_words
                or all(part in self.kb.generic_words for part in _GENERIC_PARTS.findall(prefix)))

    @remembered
    def name_like(self, word: str) -> bool:
        """A token that can be part of a name: a noun, a proper noun, an unknown word or
        a Latin word; not a verb, adverb, pronoun, number or function word."""
        if word in self.boundaries or NUMERAL_WORD.match(word) or MEASURE_PHRASE.match(word) or TIME_WORD.match(word) or (
                len(word) <= 2 and word[0] in "一二三四五六七八九十两几多数百千万"
                and not (word[0] in "数百千万" and self.tags.get(word) in ("n", "nz", "nt", "j"))):
            return False  # 两家, 数百, 十大: numbers; 数字, 数据 are nouns
        if re.fullmatch(f"[{CJK}]+", word):
            tag = self.tags.get(word)
            return tag is None or tag[0] == "n" or tag in ("j", "vn", "s")
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9.&'-]*", word)) or word in (" ",)

    @remembered
    def common_noun(self, word: str) -> bool:
        """领导, 团队: a noun jieba's own dictionary saw a thousand times at least, no name's
        (a transliteration's pieces are rare words: 利文 in 沙利文, 金格 in 斯金格)."""
        tag = self.tags.get(word, "")
        return tag[:1] == "n" and tag[:2] not in ("nr", "ns", "nt", "nz") and plain_frequency(word) >= COMMON_FREQUENCY

    @remembered
    def proper(self, word: str) -> bool:
        """An unknown word, a proper noun or a Latin word: what makes a name a name."""
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.&'-]*", word) and re.search("[A-Za-z]", word):
            return word.lower() not in COMMON_LATIN  # AI, NLP, CV name nothing
        if self.kb.lookup(word):
            return True
        if word in self.lexicon_words:
            return False  # 大模型, 初创公司: words of the lexicons jieba was taught, not names
        return bool(re.fullmatch(f"[{CJK}]+", word)) and self.tags.get(word) in (None, "nz", "nt", "ns", "nr", "nrt", "j")
