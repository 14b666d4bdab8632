"""Data-only files of the pipeline's records: what `kg build` keeps in an output folder
(the graph snapshot, the per-document cache) written as zlib-compressed JSON.

A file read back from an output or cache folder is data, never code: reading one parses
JSON and makes nothing but plain values (str, int, float, bool, None, list, dict), tuples,
sets and the record classes named in ``RECORDS``, filled positionally through their own
``__init__``.  A file that is damaged, hostile or of another version raises
``RecordError``, which callers answer by rebuilding what it held.

>>> from kg.model import Evidence
>>> loads(dumps({"evidence": [Evidence("a.txt", "标题", "微软起诉。", 0, 5)], "labels": {"微软"}}))
{'evidence': [Evidence(document='a.txt', item='标题', sentence='微软起诉。', start=0, end=5, date=None, source='', link='')], 'labels': {'微软'}}
"""
from __future__ import annotations

import dataclasses
import json
import zlib

from . import model

#: The classes a file may hold, by name: the pipeline's records (kg.model); the
#: pipeline registers its own per-document result with ``record``.
RECORDS: dict[str, type] = {cls.__name__: cls for cls in (
    model.Document, model.Item, model.Mention, model.Evidence, model.Fact, model.Entity)}
SUFFIX = ".json.z"  # the name a file of records ends with
_LEVEL = 1  # zlib's fastest: a 1M-triple snapshot shrinks about 6x, its reading stays dominated by JSON


class RecordError(ValueError):
    """A file that does not hold records of this version; the message is one line."""


def record(cls: type) -> type:
    """Class decorator: let files hold instances of the dataclass ``cls``."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} is not a dataclass")
    RECORDS[cls.__name__] = cls
    return cls


def plain(value):
    """``value`` as JSON values: a tuple as {"$tuple": [...]}, a set as {"$set": [...]},
    a record as {"$Name": [its fields in order]}, a dict that JSON cannot hold as it is
    (keys that are not strings, or start with "$") as {"$dict": [[key, value], ...]}."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return [plain(one) for one in value]
    if isinstance(value, dict):
        if all(isinstance(key, str) and not key.startswith("$") for key in value):
            return {key: plain(one) for key, one in value.items()}
        return {"$dict": [[plain(key), plain(one)] for key, one in value.items()]}
    if isinstance(value, tuple):
        return {"$tuple": [plain(one) for one in value]}
    if isinstance(value, (set, frozenset)):
        values = [plain(one) for one in value]
        try:
            values.sort()  # the same set gives the same file
        except TypeError:
            pass
        return {"$frozenset" if isinstance(value, frozenset) else "$set": values}
    name = type(value).__name__
    if RECORDS.get(name) is type(value):
        return {"$" + name: [plain(getattr(value, field.name)) for field in dataclasses.fields(value)]}
    raise TypeError(f"{name} cannot be written as data")


def _made(document: dict):
    """The value a tagged JSON object stands for (json's object_hook)."""
    if len(document) != 1:
        return document
    (tag, value), = document.items()
    if not tag.startswith("$"):
        return document
    if not isinstance(value, list):
        raise RecordError(f"{tag} holds {type(value).__name__}, not a list")
    kind = tag[1:]
    if kind == "tuple":
        return tuple(value)
    if kind == "set":
        return set(value)
    if kind == "frozenset":
        return frozenset(value)
    if kind == "dict":
        return {key: one for key, one in value}
    cls = RECORDS.get(kind)
    if cls is None:
        raise RecordError(f"unknown record {kind!r}")
    return cls(*value)


def dumps(value) -> bytes:
    """``value`` as compressed JSON."""
    text = json.dumps(plain(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), _LEVEL)


def loads(data: bytes):
    """What ``dumps`` wrote; anything else raises RecordError."""
    try:
        return json.loads(zlib.decompress(data), object_hook=_made)
    except RecordError:
        raise
    except (zlib.error, ValueError, TypeError, RecursionError, MemoryError) as error:
        # ValueError: not JSON, not UTF-8, a dict's entry that is not a pair; TypeError: a
        # record with the wrong number of fields, an unhashable set member
        raise RecordError(" ".join(f"{type(error).__name__}: {error}".split())[:200]) from None
