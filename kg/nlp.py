"""The spaCy pipeline: jieba segmentation that keeps known names whole, then the name
families of kg.mentions, each a pipeline component (names_kb: the knowledge base's
names; names_title: 《…》; names_suffix: …法院; …), then choose_names, which keeps the
longest of overlapping candidates, and the refiners (names_alias).

The authoritative mentions, with exact character offsets, are ``doc.user_data
["mentions"]`` (kg.model.Mention); ``doc.ents`` carries the same spans aligned to
tokens for spaCy tooling, and ``doc.user_data["candidates"]`` every name a family
found, overlaps included.
"""
from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterable, Iterator
from itertools import accumulate
from pathlib import Path

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import prebuilt
from .kb import DATA_DIR
from .mentions import add_name_families, load_kb
from .mentions.base import Tokens
from .mentions.words import CJK, boost, changes, cut_apart, has_diacritic, latin_words, unglue

__all__ = ["Segmenter", "build_nlp", "load_kb"]

jieba.setLogLevel(logging.WARNING)


def load_dictionary(tokenizer: jieba.Tokenizer | None = None, folder: Path | None = None) -> None:
    """jieba's dictionary (its words' frequencies and their prefixes, jieba.dt.FREQ) read
    from a prebuilt form (kg.prebuilt): the words as sorted lines and their frequencies as
    numbers, checked on reading, named after the dictionary file it was made from.
    jieba's own cache (marshal, in the temporary folder) is never read.  Where there is
    none, or it is damaged, the dictionary is built from its file (one line says why, for
    a damaged one) and kept prebuilt for the next process."""
    tokenizer = tokenizer or jieba.dt
    if tokenizer.initialized:
        return
    with tokenizer.get_dict_file() as stream:
        source = stream.read()
    path = (folder or prebuilt.folder()) / f"jieba-{hashlib.sha256(source).hexdigest()[:24]}.json.z"
    loaded = prebuilt.read(path, "dictionary", _dictionary)
    if loaded is None:
        loaded = tokenizer.gen_pfdict(io.BytesIO(source))  # a stream of the dictionary's lines
        words = sorted(loaded[0])
        prebuilt.write(path, {"total": loaded[1], "words": "\n".join(words), "counts": [loaded[0][w] for w in words]})
    tokenizer.FREQ, tokenizer.total = loaded
    tokenizer.initialized = True


def _dictionary(data: dict) -> tuple[dict[str, int], int]:
    """(frequencies, total) of a prebuilt dictionary's JSON; ValueError where they do not agree."""
    words, counts, total = data["words"].split("\n"), data["counts"], data["total"]
    if not (type(total) is int and total > 0 and isinstance(counts, list) and len(words) == len(counts)
            and all(type(count) is int and count >= 0 for count in counts)):
        raise ValueError("its words, counts and total do not agree")
    return dict(zip(words, counts)), total


def _initialize(dictionary=None) -> None:
    """jieba's Tokenizer.initialize for its default tokenizer: the default dictionary
    through load_dictionary, another one as jieba reads it."""
    if dictionary is None and jieba.dt.dictionary == jieba.DEFAULT_DICT:
        load_dictionary()
    else:
        type(jieba.dt).initialize(jieba.dt, dictionary)


jieba.dt.initialize = _initialize  # every first use of jieba (jieba.cut, posseg) loads it so


def build_nlp(data_dir: str = str(DATA_DIR)) -> Language:
    """The full pipeline: the jieba tokenizer, then the name families (kg.mentions)."""
    kb = load_kb(data_dir)
    boost(kb.extra_words + [suffix for suffix, _, _ in kb.suffixes if len(suffix) >= 3 and not suffix.isascii()])
    # a mixed name (智谱AI) stays two tokens, so that the text's 智谱 AI matches it too
    names = [name for entry in kb.entries.values() for name in entry.names
             if re.search(f"[{CJK}]", name) and not re.search("[A-Za-z0-9 ]", name)]
    boost(names)
    cut_apart(kb.context["glued_title"])
    unglue({name for entry in kb.entries.values() if entry.type == "Jurisdiction" for name in entry.names} & set(names), set(names))
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = Segmenter(nlp.vocab)
    add_name_families(nlp, data_dir)
    return nlp


class Segmenter:
    """spaCy's jieba tokenizer (spacy.lang.zh), which also keeps the text and the tokens as
    plain lists on the Doc (``user_data``) for the components: spaCy rebuilds Doc.text
    and makes a new Token object on every access, which costs more than the work."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        cut = cut_text(text)
        words, spaces = words_and_spaces(latin_words(cut) if has_diacritic(text) else cut)
        offsets = list(accumulate(map(len, words), initial=0))
        offsets = [offset + trailing for offset, trailing in zip(offsets, accumulate(spaces, initial=0))]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text
        doc.user_data["tokens"] = Tokens(words, offsets[:-1], [""] * len(words), spaces, [])
        return doc


_BLOCK = jieba.re_han_default  # what jieba cuts as one run: Han characters, Latin letters, digits, +#&._%-
_SKIP = jieba.re_skip_default  # the whitespace between the runs it keeps as words of their own
_BLOCKS_KEPT = 200_000  # blocks whose words are kept; over that the cache starts again
_BLOCK_KEPT_LONGEST = 64  # a longer block (a whole clause) is hardly met again: cut, not kept


class _BlockCuts:
    """jieba's words of each block (a run _BLOCK matches) as jieba.cut gives them, kept by the
    block: a word or a clause met again (a name, "of", 起诉) is not cut again. jieba's reading of a
    block depends only on the block and the dictionary: the cache is kept under what boost and
    unglue changed (kg.mentions.words changes()) and the dictionary jieba reads (its file, its
    table of words, their total and number: set_dictionary, add_word anywhere; not del_word,
    which sets a count to 0)."""

    def __init__(self) -> None:
        self.words: dict[str, tuple[str, ...]] = {}
        self.changes: tuple = ()

    def check(self) -> None:
        """Start again where the dictionary has changed since the words kept were read."""
        table = jieba.dt.FREQ
        if self.changes != (now := (changes(), jieba.dt.dictionary, id(table), jieba.dt.total, len(table))):
            self.words, self.changes = {}, now

    def __call__(self, block: str) -> tuple[str, ...]:
        found = self.words.get(block)
        if found is None:
            found = tuple(_unhyphened(jieba.cut(block)))
            if len(block) <= _BLOCK_KEPT_LONGEST:
                if len(self.words) >= _BLOCKS_KEPT:
                    self.words = {}
                self.words[block] = found
        return found


def _unhyphened(words: Iterable[str]) -> Iterator[str]:
    """jieba's words with the stop an abbreviation ends with apart from the hyphen after it
    (U.S.-based: jieba's U . S .- based, the last stop of U.S. glued to the hyphen, so that no
    known name spelt U.S. or U.K. matched there)."""
    for word in words:
        if word == ".-":
            yield from word
        else:
            yield word


_block_cuts = _BlockCuts()


def cut_text(text: str) -> Iterator[str]:
    """jieba.cut(text), each block's words read once per process (_BlockCuts): the blocks are
    split as jieba.cut splits them, and what lies between them given as jieba gives it (each
    whitespace run of _SKIP whole, every other character alone)."""
    _block_cuts.check()
    for block in _BLOCK.split(text):
        if not block:
            continue
        if _BLOCK.match(block):
            yield from _block_cuts(block)
        else:
            for piece in _SKIP.split(block):
                if _SKIP.match(piece):
                    yield piece
                else:
                    yield from piece


def words_and_spaces(cut: Iterable[str]) -> tuple[list[str], list[bool]]:
    """jieba's words of a text (every character of it, a whitespace character a word of its
    own but for \\r\\n) as spaCy's ``get_words_and_spaces`` makes them for a Doc: a space right
    after a word is that word's trailing space, other runs of whitespace are tokens.  The
    same answer without looking for each word in the text again."""
    words: list[str] = []
    spaces: list[bool] = []
    gap = ""  # the whitespace since the last word
    for word in cut:
        if not word:
            continue
        if not word.isspace():
            if gap:
                words.append(gap)
                spaces.append(False)
                gap = ""
            words.append(word)
            spaces.append(False)
        elif word == " " and not gap and words and not spaces[-1]:
            spaces[-1] = True
        else:
            gap += word
    if gap:
        words.append(gap)
        spaces.append(False)
    return words, spaces
