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

import logging
import re
from collections.abc import Iterable
from itertools import accumulate

import jieba
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .kb import DATA_DIR
from .mentions import add_name_families, load_kb
from .mentions.base import Tokens
from .mentions.words import CJK, boost, has_diacritic, latin_words

__all__ = ["Segmenter", "build_nlp", "load_kb"]

jieba.setLogLevel(logging.WARNING)


def build_nlp(data_dir: str = str(DATA_DIR)) -> Language:
    """The full pipeline: the jieba tokenizer, then the name families (kg.mentions)."""
    kb = load_kb(data_dir)
    boost(kb.extra_words + [suffix for suffix, _, _ in kb.suffixes if len(suffix) >= 3 and not suffix.isascii()])
    # a mixed name (智谱AI) stays two tokens, so that the text's 智谱 AI matches it too
    boost(name for entry in kb.entries.values() for name in entry.names
          if re.search(f"[{CJK}]", name) and not re.search("[A-Za-z0-9 ]", name))
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
        cut = jieba.cut(text)
        words, spaces = words_and_spaces(latin_words(cut) if has_diacritic(text) else cut)
        offsets = list(accumulate(map(len, words), initial=0))
        offsets = [offset + trailing for offset, trailing in zip(offsets, accumulate(spaces, initial=0))]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text
        doc.user_data["tokens"] = Tokens(words, offsets[:-1], [""] * len(words), spaces, [])
        return doc


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
