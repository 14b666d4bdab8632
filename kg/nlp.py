"""The spaCy pipeline: jieba segmentation that keeps known names whole, `kb_names`, a
PhraseMatcher of the knowledge base's names, and `ailaw_names`, which finds and types the names the
knowledge base does not know.

The authoritative mentions, with exact character offsets, are ``doc.user_data
["mentions"]`` (kg.model.Mention); ``doc.ents`` carries the same spans aligned to
tokens for spaCy tooling.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

import jieba
import jieba.posseg
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import get_words_and_spaces

from .kb import DATA_DIR, KnowledgeBase, remembered
from .model import Mention

jieba.setLogLevel(logging.WARNING)

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_NUMERAL_WORD = re.compile(r"^[一二三四五六七八九十两几多数百千万\d]+[家个位名款项批起件类种]?$")
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9.@/_-])[A-Za-z][A-Za-z0-9&+'’_.-]*"
                         r"(?:[ \u00a0]+(?:(?:of|and|for|de|la|the|on|in)[ \u00a0]+)?[A-Z0-9][A-Za-z0-9&+'’_.-]*)*")
_BOOK_TITLE = re.compile(r"《([^《》\n]{1,80})》(杂志|周刊|日报|晚报|时报)?")
_PAREN = re.compile(r"\s*[（(]\s*[“\"「]?(?P<alias>[^（）()“”\"「」\n，,；;。]{1,160}?)[”\"」]?\s*(?:[，,；;][^（）()]{0,60})?[）)]")
_SHORT_ALIAS = re.compile(r"[（(]\s*(?:以下简称|下称|简称|以下称|hereinafter)\s*[：:]?\s*[“\"「《]?(?P<alias>[^”\"」》）)]{1,20})[”\"」》]?\s*[）)]")
_DOT_PERSON = re.compile(rf"[{CJK}]{{1,8}}(?:[·•・]| ?-)[{CJK}]{{1,8}}(?:(?:[·•・]| ?-)[{CJK}]{{1,8}})?")
_NAME_DOT = re.compile(r"[·•・-]")  # what a dotted name needs: most texts have none
_CASE_NUMBER = re.compile(rf"[（(]\s*\d{{4}}\s*[）)]\s*[{CJK}]{{1,3}}\s*\d{{0,4}}\s*[{CJK}]{{1,5}}\s*\d{{1,6}}\s*号"
                          r"|\b\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{2,4})?\b")
# A 诉 B 案, Getty Images 诉 Stability AI 案, A v. B: names of characters that no verb or
# preposition interrupts (Latin words may be separated by single spaces)
_CASE_PART = r"(?:[^\s，。、；;：:（）()“”的在于对向被将为是如就由据]|(?<=[A-Za-z.]) (?=[A-Za-z]))"
_CASE_LINK = r"(?:(?<![起上投申胜败控告])诉(?![讼求状称])|v\.|V\.|vs\.?|VS\.?)"
_CASE_NAME = re.compile(rf"(?P<case>(?![和与及]){_CASE_PART}{_CASE_PART}{{1,25}}?\s*{_CASE_LINK}\s*{_CASE_PART}{{1,25}}?\s*案)")
_HAS_CASE_LINK = re.compile(_CASE_LINK)  # a cheap test first: most texts have no case name
# One-word versioned names: GPT-4o, Qwen2-72B, o3-mini, Llama3.1
_MODEL_NAME = re.compile(r"^[A-Za-z]+-?\d+(?:\.\d+)?[a-z]?(?:-[A-Za-z0-9.]+)*$|^[A-Za-z]+(?:-[A-Za-z]+)*-\d+(?:\.\d+)?[a-z]?$"
                         r"|^[A-Z][A-Za-z]+ \d+(?:\.\d+)?[a-z]?$")  # GPT 4, Llama 2
# Paul M. Nakasone: a given name, an initial, a family name
_INITIALLED = re.compile(r"^[A-Z][a-z]+ (?:[A-Z]\. )+[A-Z][a-z]+$")
# Characters that start no name: 的建议, 在中国
_FUNCTION_CHARS = frozenset("的在和与及对向被将于为是等其该此这那已也并但而据经从把让使称说表如就由")
_MODIFIERS = frozenset("母子分总内外全本该此各原新旧前后上下大小")
_NAME_PARTICLES = frozenset("of and for de la the &".split())  # lower-case words inside an English name
_TITLE_AFTER = re.compile("博士|先生|女士|教授|法官|律师")  # Stephen Thaler 博士
_ALLCAPS = re.compile(r"^[A-Z0-9&.\-]{1,6}$")
_COMMON_LATIN = frozenset("""ai api app the a an of and in on for to is this that with by at from as it its be are was
were has have had will can may new news all our their his her we they you or not if but so via per vs
pdf html http https www com org gov eu ceo cto cfo nlp cv llm agi aigc genai gpt pc id ip vr ar
june july may april march january february august september october november december monday
prompt pipeline wifi online offline covid covid-19 beta alpha pro plus ultra mini max lite open source data model
models deepfakes deepfake copyright""".split())


@lru_cache(maxsize=4)
def load_kb(data_dir: str = str(DATA_DIR)) -> KnowledgeBase:
    return KnowledgeBase.load(data_dir)


def build_nlp(data_dir: str = str(DATA_DIR)) -> Language:
    """The full pipeline: jieba tokenizer, kb_names, ailaw_names."""
    kb = load_kb(data_dir)
    for word in kb.extra_words + [suffix for suffix, _, _ in kb.suffixes if len(suffix) >= 3 and not suffix.isascii()]:
        jieba.add_word(word, freq=200000)
    for entry in kb.entries.values():
        for name in entry.names:
            # a mixed name (智谱AI) stays two tokens, so that the text's 智谱 AI matches it too
            if re.search(f"[{CJK}]", name) and not re.search("[A-Za-z0-9 ]", name):
                jieba.add_word(name, freq=200000)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = Segmenter(nlp.vocab)
    nlp.add_pipe("kb_names", config={"data_dir": data_dir})
    nlp.add_pipe("ailaw_names", config={"data_dir": data_dir})
    return nlp


def _acronym(name: str) -> bool:
    return name.isascii() and name.isupper() and len(name) <= 5 and name.isalpha()


class Segmenter:
    """spaCy's jieba tokenizer (spacy.lang.zh), which also keeps the text and the tokens as
    plain lists on the Doc (``user_data``) for the components: spaCy rebuilds Doc.text
    and makes a new Token object on every access, which costs more than the work."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = get_words_and_spaces([word for word in jieba.cut(text) if word], text)
        offsets = list(accumulate(map(len, words), initial=0))
        offsets = [offset + trailing for offset, trailing in zip(offsets, accumulate(spaces, initial=0))]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text
        doc.user_data["tokens"] = _Tokens(words, offsets[:-1], [""] * len(words), spaces, [])
        return doc


@Language.factory("kb_names", default_config={"data_dir": str(DATA_DIR)})
def _create_kb_matcher(nlp: Language, name: str, data_dir: str) -> KBMatcher:
    return KBMatcher(nlp, load_kb(data_dir))


class KBMatcher:
    """The knowledge base's names, matched on lower-cased tokens by spaCy's PhraseMatcher
    (the engine of its EntityRuler); of overlapping matches the longest wins, then the
    earliest, as the EntityRuler chooses.  Fills the entities and token kinds of
    ``doc.user_data["tokens"]``."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries = {}
        # one jieba pass over all the names, one per line: a line break ends every block
        # jieba cuts, so each name is cut as it would be alone (10,000 calls cost 0.5 s more)
        pieces: list[list[str]] = [[]]
        for piece in jieba.cut("\n".join(name for entry in kb.entries.values() for name in entry.names)):
            if piece == "\n":
                pieces.append([])
            elif piece:
                pieces[-1].append(piece)
        cut = iter(pieces)
        for entry in kb.entries.values():
            patterns = [Doc(nlp.vocab, *get_words_and_spaces(next(cut), name)) for name in entry.names]
            self.matcher.add(entry.id, patterns)
            self.entries[nlp.vocab.strings[entry.id]] = entry

    def __call__(self, doc: Doc) -> Doc:
        tokens: _Tokens = doc.user_data["tokens"]
        taken: set[int] = set()
        for key, start, end in sorted(set(self.matcher(doc)), key=lambda m: (m[1] - m[2], m[1])):
            if start in taken or end - 1 in taken:
                continue
            taken.update(range(start, end))
            entry = self.entries[key]
            tokens.kinds[start:end] = [entry.type] * (end - start)
            tokens.entities.append((tokens.offsets[start], tokens.offsets[end - 1] + len(tokens.words[end - 1]),
                                    entry.type, entry.id))
        tokens.entities.sort()
        return doc


@Language.factory("ailaw_names", default_config={"data_dir": str(DATA_DIR)})
def _create_name_finder(nlp: Language, name: str, data_dir: str) -> NameFinder:
    return NameFinder(load_kb(data_dir))


class NameFinder:
    """Find typed names: KB matches, 《titles》, suffix-typed names, name（alias）pairs,
    persons, model names, cases, Latin names; keep the longest where they overlap."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        ctx = kb.context
        self.person_titles = ctx["person_title"]
        self.model_words = ctx["model_word"]
        self.company_words = ctx["company_word"]
        self.product_words = ctx["product_description"]
        self.list_heads = dict(pair.split("=") for pair in ctx["list_head"])
        heads = "|".join(sorted(self.list_heads, key=len, reverse=True))
        self.list_pattern = re.compile(
            rf"(?P<items>(?:[^\s、，,。；;：:（）()“”]{{2,12}}(?:、|和|及|以及|与)){{1,10}}[^\s、，,。；;：:（）()“”]{{2,12}})"
            rf"等(?:\d+家|多家|知名|头部|大型|主要)?(?:[{CJK}]{{0,6}}?)(?P<head>{heads})")
        self.boundaries = kb.boundaries
        self.model_word = _any_of(self.model_words)
        self.company_word = _any_of(self.company_words)
        self.company_word_before = _any_of(self.company_words, "$")
        self.title_before = _any_of([t for t in self.person_titles if not t.isascii()], "$")
        titles = "|".join(map(re.escape, sorted(self.person_titles, key=len, reverse=True)))
        self.title_pattern = re.compile(titles)
        self.titled_name = re.compile(rf"(?:{titles})(?P<name>[{CJK}]{{2,3}}?)(?=表示|介绍|称|说|指出|认为|宣布|回应|[，,。（(、])")
        words = "|".join(map(re.escape, sorted(self.model_words, key=len, reverse=True)))
        self.quoted_model = re.compile(rf"(?:{words})\s*(?:——|—|:|：)?\s*[“\"「‘](?P<name>[^”\"」’\n]{{1,16}})[”\"」’]")
        self.boundary_word = re.compile("|".join(map(re.escape, sorted((w for w in kb.boundaries if len(w) > 1),
                                                                       key=len, reverse=True))))
        self.suffixes_by_last: dict[str, list[tuple[str, str, int]]] = {}
        for row in kb.suffixes:  # longest first, as kb.suffixes lists them
            self.suffixes_by_last.setdefault(row[0][-1], []).append(row)
        self.tags = jieba.posseg.dt.word_tag_tab  # jieba's dictionary part-of-speech tags
        # words a name may start with before 与/和 (国家信息与自由委员会): places, and 国家, 联邦…
        self.place_starts = {name for name, _ in kb.jurisdiction_names} | set(ctx["name_start"])
        # an article's credit lines, as kg.segment writes them: 新华社记者：王晓明、刘静
        self.credit_kinds = {label: kind for kind in ("person", "photo", "dateline") for label in kb.bylines.get(kind, ())}
        self.outlet_words = frozenset(kb.bylines.get("outlet_word", ()))
        self.source_line = re.compile(rf"^[\[【(（]?\d*[\]】)）]?\s*(?P<label>{_any_of(kb.bylines.get('source_note', ())).pattern})"
                                      r"\s*[:：]\s*(?:\[\d+\]\s*)?(?P<value>[^\n]+)$", re.M)
        self.source_labels = frozenset(kb.bylines.get("source", ()))
        self.source_tail = re.compile(rf"\s*(?:{_any_of(kb.bylines.get('source_tail', ())).pattern})$")
        self.credit_line = re.compile(rf"^(?P<outlet>[^\n：:]{{0,10}}?)(?P<label>{_any_of(self.credit_kinds).pattern})："
                                      r"(?P<names>[^\n]+)$", re.M)

    def __call__(self, doc: Doc) -> Doc:
        text, tokens = doc.user_data["text"], doc.user_data["tokens"]
        candidates: list[Mention] = []
        for start, end, label, kb_id in tokens.entities:
            name = text[start:end]
            if _acronym(name.upper()) and name not in self.kb.entries[kb_id].names:
                continue  # short acronyms (US, DOJ, MAS) match their exact spelling only: not us, mas
            candidates.append(Mention(name, label, start, end, kb_id=kb_id or None, mechanism="kb", confidence=0.95))
        candidates += self.book_titles(text)
        candidates += self.suffix_names(tokens, text)
        candidates += self.persons(text)
        candidates += self.cases(text)
        candidates += self.latin_names(text)
        candidates += self.quoted_models(text)
        candidates += self.listed_names(text, candidates)
        candidates += self.credited_names(text)
        candidates += self.source_names(text)
        mentions = _longest_first(candidates)
        mentions = self.short_forms(text, self.attach_aliases(text, mentions))
        doc.user_data["mentions"] = mentions
        doc.ents = self.token_spans(doc, tokens.offsets, mentions)
        return doc

    @staticmethod
    def token_spans(doc: Doc, offsets: list[int], mentions: list[Mention]) -> list[Span]:
        """The mentions (in order, without overlaps) as entity spans over the tokens that
        hold them; of two mentions inside one token the first."""
        spans: list[Span] = []
        taken = 0  # the tokens before this one are in a span already
        for mention in mentions:
            start = mention.start + len(mention.text) - len(mention.text.lstrip())  # not the space after a token
            first, end = bisect_right(offsets, start) - 1, bisect_left(offsets, mention.end)
            if first >= taken and end > first:
                spans.append(Span(doc, first, end, label=mention.type, kb_id=mention.kb_id or ""))
                taken = end
        return spans

    # -- finders ----------------------------------------------------------------------
    def book_titles(self, text: str) -> list[Mention]:
        found = []
        for match in _BOOK_TITLE.finditer(text):
            title, media = match.group(1).strip(), match.group(2)
            if not title or title.isdigit():
                continue
            if media or re.search(r"(杂志|周刊|日报|晚报|时报)$", title):
                found.append(Mention(title + (media or ""), "Company", match.start(), match.end(),
                                     mechanism="title", confidence=0.8))
                continue
            entry = self.kb.lookup(title)
            if entry is None and not re.search(f"[{CJK}]", title) and not any(
                    re.search(rf"\b{re.escape(kind)}\b", title) for kind, _ in self.kb.law_kinds if kind.isascii()):
                continue  # 《My Girl》: a song or a book, not an instrument
            type_ = entry.type if entry else "Law"
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            found.append(Mention(title, type_, start, start + len(title), kb_id=entry.id if entry else None,
                                 mechanism="title", confidence=0.9))
        return found

    def suffix_names(self, tokens: _Tokens, text: str) -> list[Mention]:
        """An unknown name ending in a typing suffix (…法院, …厅, …公司): walk left from
        the suffix token over name-like tokens, stopping at punctuation, numbers and
        boundary words (verbs, function words)."""
        found = []
        words, offsets, kinds, spaced = tokens.words, tokens.offsets, tokens.kinds, tokens.spaced
        ends = self.suffixes_by_last
        for index in [i for i, word in enumerate(words) if word[-1] in ends]:  # a cheap test first
            word = words[index]
            match = self.suffix_of(word)
            if match is None:
                continue
            suffix, type_, min_prefix = match
            start, conjunction = index, None
            while start > 0:
                previous = words[start - 1]
                if previous in ("与", "和") and start > 1 and self._joins_name(words[start - 2], kinds[start - 2]):
                    conjunction = start  # 国家信息与自由委员会: a conjunction inside one name
                    start -= 1
                    continue
                if self.tags.get(previous) == "a" and start > 1 and self.name_like(words[start - 2]):
                    conjunction = conjunction or start  # 北京极佳视界科技: an adjective inside a name
                    start -= 1
                    continue
                if not self.name_like(previous) or offsets[index] - offsets[start - 1] > 24:
                    break
                if suffix.isascii() and previous[:1].islower() and previous not in _NAME_PARTICLES:
                    break  # It also ordered OpenAI Inc: an English name is capitalised words
                if spaced[start - 1] and re.search(f"[{CJK}]", previous):
                    break  # 日本视觉传播公司 Amana 株式会社: the name starts after the space
                if type_ == "Jurisdiction" and self.kb.lookup(previous):
                    break  # 广东省深圳市: two places, not one
                start -= 1
            end = offsets[index] + len(word)
            glossed = bool(_PAREN.match(text[end:end + 40]))
            if conjunction is not None and words[start] not in self.place_starts and not glossed:
                start = conjunction  # 开发者和组织: a coordination, not one name; 公司和知识产权委员会（CIPC）: one
            # drop leading place-independent junk the walk may have taken
            while start < index and (words[start] in self.boundaries or not words[start].strip()):
                start += 1
            begin = offsets[start]
            name = text[begin:end]
            if len(name) - len(suffix) < min_prefix or self.generic(name, suffix):
                continue
            proper = [i for i in range(start, index) if self.proper(words[i]) or kinds[i]]
            if type_ not in ("Regulator", "Legislature", "Court", "Jurisdiction"):
                # 日本视觉传播公司, 中国AI大模型: a place and a description name no company or model
                proper = [i for i in proper if kinds[i] != "Jurisdiction" and self.tags.get(words[i]) != "ns"]
            if not glossed and not proper and \
                    not (len(word) > len(suffix) and self.proper(word[: -len(suffix)])):
                continue  # 原告公司, 领域人工智能公司: a description, unless a proper name or an alias is there
            if name.isascii() and not re.match(r"[A-Z]", name):
                continue
            found.append(Mention(name, type_, begin, end, mechanism="suffix", confidence=0.75))
        return found

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
                if suffix.isascii() and not word == suffix:
                    continue  # English suffixes are whole words
                return suffix, type_, min_prefix
        return None

    def generic(self, name: str, suffix: str) -> bool:
        """唱片公司, 人工智能公司, 数据保护监管机构: a description, not a name."""
        prefix = name[: len(name) - len(suffix)].strip()
        return (not prefix or name in self.company_words or prefix in self.kb.generic_words
                or all(part in self.kb.generic_words for part in re.findall(f"[{CJK}]{{2}}|[A-Za-z]+", prefix)))

    def _joins_name(self, word: str, kind: str) -> bool:
        """A word before 与/和 that can continue a name: not itself a finished name."""
        return self.name_like(word) and self.suffix_of(word) is None and not self.kb.lookup(word) and not kind

    @remembered
    def name_like(self, word: str) -> bool:
        """A token that can be part of a name: a noun, a proper noun, an unknown word or
        a Latin word; not a verb, adverb, pronoun, number or function word."""
        if word in self.boundaries or _NUMERAL_WORD.match(word) or (len(word) <= 2 and word[0] in "一二三四五六七八九十两几多数百千万"):
            return False
        if re.fullmatch(f"[{CJK}]+", word):
            tag = self.tags.get(word)
            return tag is None or tag[0] == "n" or tag in ("j", "vn", "s")
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9.&'-]*", word)) or word in (" ",)

    @remembered
    def proper(self, word: str) -> bool:
        """An unknown word, a proper noun or a Latin word: what makes a name a name."""
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.&'-]*", word) and re.search("[A-Za-z]", word):
            return word.lower() not in _COMMON_LATIN  # AI, NLP, CV name nothing
        if self.kb.lookup(word):
            return True
        return bool(re.fullmatch(f"[{CJK}]+", word)) and self.tags.get(word) in (None, "nz", "nt", "ns", "nr", "nrt", "j")

    def persons(self, text: str) -> list[Mention]:
        titles = self.title_pattern
        found = []
        for match in _DOT_PERSON.finditer(text) if _NAME_DOT.search(text) else ():
            # 美国参议员托德·杨: the name starts after the last title or boundary word
            whole = match.group(0)
            begin = max((m.end() for m in titles.finditer(whole)), default=0)
            parts = re.split("[·•・]| ?-", whole[begin:], maxsplit=1)
            if len(parts) < 2 or not parts[0] or not parts[1]:
                continue  # the title took the given name: 主席-
            given, family = parts
            begin += max(0, len(given) - 4)
            given = given[max(0, len(given) - 4):]
            while len(given) > 1 and given[0] in _FUNCTION_CHARS:
                begin, given = begin + 1, given[1:]  # 就梅根·加西亚, 和琳妮娅·塞奇
            if len(given) > 2 and self.tags.get(given[:2], "")[:1] in ("v", "p", "d", "c"):
                begin += 2  # 涉及安迪-沃霍尔: the name starts after the verb
            finish = len(whole)
            for cut_at in range(1, len(family)):
                window = family[cut_at:cut_at + 2]
                if self.boundary_word.match(family, cut_at) or (
                        len(window) == 2 and self.tags.get(window) in ("t", "v", "d")) or (
                        cut_at >= 2 and family[cut_at] in _FUNCTION_CHARS):
                    finish = len(whole) - len(family) + cut_at  # 纳德拉上周表示: the name ends before 上周
                    break
            if self.suffix_of(whole[begin:finish]) or self.kb.lookup(whole[begin:finish]):
                continue  # 安迪-沃霍尔基金会 is an organization
            found.append(Mention(whole[begin:finish], "Person", match.start() + begin, match.start() + finish,
                                 mechanism="person", confidence=0.85))
        for match in self.titled_name.finditer(text):
            name = match.group("name")
            if (name in self.boundaries or name[0] in _FUNCTION_CHARS or self.suffix_of(name) or self.kb.lookup(name)
                    or self.tags.get(name) not in (None, "nr", "nrfg", "nrt")):
                continue  # 协调, 模型, 的建议: words, not names
            found.append(Mention(name, "Person", match.start("name"), match.end("name"),
                                 mechanism="person", confidence=0.6))
        return found

    def cases(self, text: str) -> list[Mention]:
        found = [Mention(m.group(0), "Case", m.start(), m.end(), mechanism="case", confidence=0.85)
                 for m in _CASE_NUMBER.finditer(text)]
        if "案" in text and _HAS_CASE_LINK.search(text):
            found += [Mention(m.group("case"), "Case", m.start("case"), m.end("case"), mechanism="case", confidence=0.7)
                      for m in _CASE_NAME.finditer(text)]
        return found

    def latin_names(self, text: str) -> list[Mention]:
        """Latin-script names: a model when versioned or next to a model word, a company
        next to a company word or embedded in Chinese text; otherwise nothing."""
        found = []
        for match in _LATIN_NAME.finditer(text):
            name = match.group(0).strip().rstrip(".")
            if len(name) < 2 or name.lower() in _COMMON_LATIN or not re.search(r"[A-Za-z]{2}", name):
                continue
            start = match.start()
            end = start + len(name)
            before, after = text[max(0, start - 8):start], text[end:end + 8]
            if re.search(r"[（(]\s*$", before) or re.search(r"\d{5}", name) or before.endswith("《"):
                continue  # （Natural Language Processing，…）glosses a Chinese term; US20230230198A1 is a number
            if name[0].islower() and not re.search(r"\d", name):
                continue  # toC, large: not names
            words = name.split()
            if words[0].lower() in _COMMON_LATIN and len(words) > 1:
                continue
            if self.suffix_of(words[-1]):
                continue  # English suffix names are typed by suffix_names
            near_model = bool(self.model_word.search(before[-6:]) or self.model_word.search(after[:4]))
            near_company = bool(self.company_word_before.search(before.rstrip())
                                or self.company_word.match(after.lstrip()))
            versioned = bool(re.search(r"\d", name)) and bool(re.search(r"[A-Za-z]{2}", name))
            in_chinese = bool(re.search(f"[{CJK}]", before[-2:] + after[:2]))
            if _ALLCAPS.match(name) and not versioned:
                continue  # NPRM, GAAP: acronyms are named only by KB or by an alias pair
            described = _PAREN.match(text[end:end + 40])
            first = self.kb.lookup(words[0]) if len(words) > 1 else None
            if self.titled_person(before, after) or _INITIALLED.match(name):
                found.append(Mention(name, "Person", start, end, mechanism="person", confidence=0.65))
            elif first is not None and first.type == "AIModel":
                found.append(Mention(name, "AIModel", start, end, mechanism="model", confidence=0.7))  # Copilot GPTs
            elif described and any(w in described.group("alias") for w in self.product_words):
                found.append(Mention(name, "AIModel", start, end, mechanism="model", confidence=0.65))
            elif versioned and (near_model or _MODEL_NAME.match(name)):
                found.append(Mention(name, "AIModel", start, end, mechanism="model", confidence=0.7))
            elif near_model and not near_company:
                found.append(Mention(name, "AIModel", start, end, mechanism="model", confidence=0.6))
            elif near_company or (in_chinese and re.match(r"[A-Z]", name) and not versioned):
                found.append(Mention(name, "Company", start, end, mechanism="latin",
                                     confidence=0.6 if near_company else 0.45))
        return found

    def listed_names(self, text: str, known: list[Mention]) -> list[Mention]:
        """优衣库、资生堂和博世等公司: the members of a list closed by 等 + a kind of thing
        are things of that kind, when one of them is a known one."""
        found = []
        if "等" not in text:
            return found
        for match in self.list_pattern.finditer(text):
            type_ = self.list_heads[match.group("head")]
            offset = match.start("items")
            spans = [(part.group().strip(), offset + part.start() + len(part.group()) - len(part.group().lstrip()))
                     for part in re.finditer(r"(?:(?!以及)[^、和及与])+", match.group("items"))]
            spans = [(name, start, start + len(name)) for name, start in spans if name]
            # a member that holds a known name is that name (代表索尼音乐 is 索尼音乐)
            located = [any(start < m.end and m.start < end for m in known) for _, start, end in spans]
            if not any(located):
                continue  # nothing known in the list: it may be no list of names at all
            for (name, start, end), is_known in zip(spans, located):
                words = jieba.lcut(name)
                while len(words) > 1 and not self.name_like(words[0]):
                    start, name = start + len(words[0]), name[len(words[0]):]  # 曾为优衣库: the name is 优衣库
                    words = words[1:]
                if not is_known and 2 <= len(name) <= 12 and not self.boundary_word.search(name) \
                        and name[0] not in _FUNCTION_CHARS and not self.generic(name, ""):
                    found.append(Mention(name, type_, start, end, mechanism="list", confidence=0.6))
        return found

    def credited_names(self, text: str) -> list[Mention]:
        """Names on an article's credit lines (新华社记者：王晓明、刘静, By：Jane Doe、John Roe,
        摄影：李强): the knowledge base's type where it knows the name (新华社, Reuters), a
        suffix's where one types it, a person where the name has a person's shape, else an
        outlet or agency (Company).  Names run together (王晓明刘静) are cut where jieba
        sees two personal names."""
        found: list[Mention] = []
        if "：" not in text:
            return found
        for line in self.credit_line.finditer(text):
            if line.group("outlet"):
                found.append(self.credited(line.group("outlet"), line.start("outlet"), "dateline"))
            kind = self.credit_kinds[line.group("label")]
            for part in re.finditer(r"[^、]+", line.group("names")):
                offset = line.start("names") + part.start()
                for name, start in _personal_names(part.group(), offset):
                    found.append(self.credited(name, start, kind))
        return [mention for mention in found if mention is not None]

    def source_names(self, text: str) -> list[Mention]:
        """The outlet or body a source line names (来源：Reuters 官网, 资料来源：中航证券
        2024-01-24 研究报告): what comes before a date, a comma or a link, without the
        words for a website or a report after it; typed as a credit's outlet."""
        found: list[Mention] = []
        if "来源" not in text and "ource" not in text:
            return found
        for line in self.source_line.finditer(text):
            value = re.split(r"\s*(?:(?:19|20)\d\d\s*[-./年]|[，,；;:：(（<]|https?://)", line.group("value"), maxsplit=1)[0]
            name = self.source_tail.sub("", value.strip()).strip()
            if name and self.kb.lookup(name) is None and not re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}", name):
                if not re.fullmatch(f"[{CJK}A-Za-z0-9]{{2,12}}", name) or not re.search(f"[{CJK}]", name):
                    continue  # OPENAI FACES COPYRIGHT LAWSUIT…, 美国参议员 Todd Young: no outlet's name
            mention = self.credited(name, line.start("value") + line.group("value").find(name), "source") if name else None
            if mention is None or (mention.kb_id and line.group("label") in self.source_labels):
                continue  # 来源：美国财政部官网 in a newsletter: the name is read as in any sentence
            # a known name on a note of where material comes from (资料来源：中国日报 …) is a node
            # that states nothing there: it takes the place of the plain knowledge-base match
            found.append(replace(mention, mechanism="source", confidence=0.96 if mention.kb_id else 0.7))
        return found

    def credited(self, name: str, start: int, kind: str) -> Mention | None:
        name = name.strip()
        if not (re.fullmatch(f"[{CJK}·•A-Za-z0-9]{{2,16}}", name) and re.search(f"[{CJK}]", name)
                or re.fullmatch(r"[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4}", name)):
            return None
        end = start + len(name)
        entry = self.kb.lookup(name)
        if entry is not None:
            return Mention(name, entry.type, start, end, kb_id=entry.id, mechanism="credit", confidence=0.9)
        suffix = self.suffix_of(name) or self.suffix_of(name.split()[-1])
        if suffix is not None:
            return Mention(name, suffix[1], start, end, mechanism="credit", confidence=0.75)
        parent = next((entry for length in range(len(name) - 2, 1, -1)
                       if (entry := self.kb.lookup(name[:length])) is not None), None)
        if parent is not None and parent.type in ("Company", "Organization") and kind in ("source", "dateline"):
            return Mention(name, parent.type, start, end, mechanism="credit", confidence=0.7)  # 中国科学院知识产权信息
        person = (re.fullmatch(f"[{CJK}]{{2,3}}|[{CJK}]{{1,8}}[·•][{CJK}]{{1,8}}", name)
                  or re.fullmatch(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|der|da|la|le|bin|al)){1,3}", name))
        person = person and kind not in ("dateline", "source") and name.split()[-1] not in self.outlet_words  # Lawline News
        type_ = "Person" if person else "Company"
        return Mention(name, type_, start, end, mechanism="credit", confidence=0.8 if person else 0.7)

    def titled_person(self, before: str, after: str) -> bool:
        """创作者DynamicWang, Stephen Thaler 博士: a Latin name next to a person's title."""
        return bool(self.title_before.search(before.rstrip()) or _TITLE_AFTER.match(after.lstrip()))

    def quoted_models(self, text: str) -> list[Mention]:
        pattern = self.quoted_model
        return [Mention(m.group("name"), "AIModel", m.start("name"), m.end("name"), mechanism="model", confidence=0.7)
                for m in pattern.finditer(text) if not re.search(r"[，。,]", m.group("name"))]

    # -- aliases ----------------------------------------------------------------------
    def attach_aliases(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """国家信息与自由委员会（CNIL）: the bracketed name is another label of the
        mention before it; （以下简称《规定》）: later 《规定》 stands for the full name."""
        out: list[Mention] = []
        short_forms: dict[str, Mention] = {}
        consumed: set[int] = set()
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.start in consumed:
                continue
            offset = mention.end
            if mention.type == "Law" and text[mention.start - 1:mention.start] == "《":
                offset += 1  # 《…》（English title）: the alias follows the closing bracket
            tail = text[offset:offset + 200]
            short = _SHORT_ALIAS.match(tail)
            paren = _PAREN.match(tail)
            if short:
                alias = short.group("alias").strip()
                short_forms[alias] = mention
                mention = replace(mention, aliases=mention.aliases + (alias,))
                for other in mentions:
                    if offset + short.start() <= other.start < offset + short.end():
                        consumed.add(other.start)
            elif paren and self._is_alias(paren.group("alias"), mention):
                alias = paren.group("alias").strip()
                entry = self.kb.lookup(alias)
                if entry and not mention.kb_id and entry.type in (mention.type, "Organization", "Regulator", "Company"):
                    mention = replace(mention, kb_id=entry.id, type=entry.type)
                mention = replace(mention, aliases=mention.aliases + (alias,))
                for other in mentions:
                    if offset + paren.start() <= other.start < offset + paren.end():
                        consumed.add(other.start)
            canonical = short_forms.get(mention.text)
            if canonical is not None and canonical.start != mention.start:
                mention = replace(mention, type=canonical.type, kb_id=canonical.kb_id,
                                  canonical=canonical.canonical or canonical.text)
            out.append(mention)
        return out

    def short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """财政部 after 美国财政部, 联邦政府 after 加拿大联邦政府: a later name that ends an
        earlier, longer one of the same type refers to it, known or not."""
        mentions = list(mentions)
        for mention in list(mentions):
            place = self.kb.place_prefix(mention.text)
            rest = mention.text[len(place[0]):] if place else ""
            if mention.type in ("Jurisdiction", "Person", "Law", "Case") or len(rest) < 2:
                continue
            for start in _occurrences(text, rest, mention.end):
                if not any(m.start < start + len(rest) and start < m.end for m in mentions):
                    mentions.append(Mention(rest, mention.type, start, start + len(rest), mechanism="alias",
                                            confidence=mention.confidence * 0.9))
        out: list[Mention] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            if not mention.canonical and len(mention.text) >= 2:
                earlier = next((e for e in reversed(out) if len(e.text) > len(mention.text) and (
                    e.type == mention.type and (e.canonical or e.text).endswith(mention.text)
                    or mention.mechanism == "latin" and (e.canonical or e.text).endswith(" " + mention.text))), None)
                if earlier is not None:  # …Paul M. Nakasone… Nakasone: a surname alone is the person
                    mention = replace(mention, kb_id=earlier.kb_id, type=earlier.type,
                                      canonical=earlier.canonical or earlier.text)
            out.append(mention)
        return out

    def _is_alias(self, alias: str, mention: Mention) -> bool:
        alias = alias.strip()
        if not alias or alias.isdigit() or len(alias) > 160:
            return False
        if re.search(r"\d{4}\s*年|\d+月|以下|简称", alias):
            return False
        if mention.type == "Person":
            return bool(re.fullmatch(r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)+", alias))
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .,&'’:/()-]*", alias):
            return True  # an English name or abbreviation
        entry = self.kb.lookup(alias)
        return entry is not None and entry.type == mention.type


@dataclass
class _Tokens:
    """A Doc's tokens and KB entity spans as plain lists (made by Segmenter, entities
    added by KBMatcher): spaCy makes a new Token object on every access, which costs
    more than the work."""
    words: list[str]
    offsets: list[int]
    kinds: list[str]  # the KB type of the entity a token is part of, or ""
    spaced: list[bool]
    entities: list[tuple[int, int, str, str]]  # start, end, label, KB id


def _occurrences(text: str, word: str, start: int) -> Iterator[int]:
    """Where ``word`` stands in ``text`` from ``start`` on, without overlaps."""
    start = text.find(word, start)
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))


def _personal_names(part: str, offset: int) -> list[tuple[str, int]]:
    """王晓明刘静 -> 王晓明, 刘静 (names run together on a credit line); anything else whole."""
    if not re.fullmatch(f"[{CJK}]{{4,9}}", part):
        return [(part, offset)]
    pieces = jieba.posseg.lcut(part)
    if len(pieces) > 1 and all(p.flag.startswith("nr") and 2 <= len(p.word) <= 3 for p in pieces):
        starts = accumulate((len(p.word) for p in pieces), initial=offset)
        return [(p.word, start) for p, start in zip(pieces, starts)]
    return [(part, offset)]


def _any_of(words, tail: str = "") -> re.Pattern:
    """A pattern of any of the words, longest first."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")" + tail)


def _longest_first(candidates: list[Mention]) -> list[Mention]:
    """Resolve overlaps: longer spans win, then higher confidence, then earlier."""
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in candidates), default=0))  # 1: a character some chosen span holds
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), -m.confidence, m.start)):
        if mention.end <= mention.start or 1 in taken[mention.start:mention.end]:
            continue
        chosen.append(mention)
        taken[mention.start:mention.end] = b"\1" * (mention.end - mention.start)
    return sorted(chosen, key=lambda m: m.start)
