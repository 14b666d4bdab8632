"""The names of an entity in each language: which language a name is in, its one label
per language, and every name it is known by.

An entity node carries ``label`` (its main name: Chinese where it has one), ``labels``
(every form the text used), ``kb_names`` (every name the knowledge base gives it) and
``label_en`` (its English name: the knowledge base's, else an English form of the text).
RDF, the exports, the queries and the view read names through these functions.

>>> label_language("微软"), label_language("Microsoft")
('zh', 'en')
>>> labels_by_language({"label": "微软", "label_en": "Microsoft"})
{'zh': '微软', 'en': 'Microsoft'}
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def label_language(text: str) -> str:
    """The language tag of one name: "zh" when it has Chinese characters, else "en"
    (the one place that decides; kg.script.language_tags marks a Traditional form zh-Hant)."""
    return "zh" if _CJK.search(text) else "en"


def is_chinese(language: str) -> bool:
    return language == "zh" or language.startswith("zh-")


def english_label(label: str, names: Iterable[str], kb_english: str | None = None) -> str | None:
    """The English name of an entity: the knowledge base's where it has one; else the
    main label when it is English; else the longest English name among ``names``
    (the full name rather than its abbreviation); None when it has none."""
    if kb_english:
        return kb_english
    if label_language(label) == "en":
        return label
    english = [name for name in names if label_language(name) == "en"]
    return max(english, key=lambda name: (len(name), name)) if english else None


def labels_by_language(node: dict) -> dict[str, str]:
    """One label per language: the main label in its own language, and the English
    label where the main one is not English."""
    labels = {label_language(node["label"]): node["label"]}
    if node.get("label_en"):
        labels.setdefault("en", node["label_en"])
    return labels


def all_names(node: dict) -> set[str]:
    """Every name of an entity: its labels, the forms of the text, its KB names."""
    names = {node["label"], *node.get("labels", ()), *node.get("kb_names", ())}
    if node.get("label_en"):
        names.add(node["label_en"])
    return names
