"""Data-only files of the pipeline's records: what `kg build` keeps in an output folder
(the graph snapshot, the per-document cache) written as zlib-compressed JSON.

A file read back from an output or cache folder is data, never code: reading one parses
JSON and makes nothing but plain values (str, int, float, bool, None, list, dict), tuples,
sets and the record classes named in ``RECORDS``, filled positionally through their own
``__init__``; a record written twice (the very object: a fact's mention is one of its
item's mentions, the facts of one sentence share its evidence; or, of the classes of
``BY_VALUE``, an equal one) is written once and then as its number, and read back as one
object again (a cache entry a third smaller, read
back 40 % faster).  A file that is damaged, hostile or of another version raises
``RecordError``, which callers answer by rebuilding what it held.

>>> from kg.model import Evidence
>>> loads(dumps({"evidence": [Evidence("a.txt", "标题", "微软起诉。", 0, 5)], "labels": {"微软"}}))
{'evidence': [Evidence(document='a.txt', item='标题', sentence='微软起诉。', start=0, end=5, date=None, source='', link='')], 'labels': {'微软'}}
"""
from __future__ import annotations

import dataclasses
import json
import operator
import types
import typing
import zlib
from functools import lru_cache

from . import model

#: The classes a file may hold, by name: the pipeline's records (kg.model); the
#: pipeline registers its own per-document result with ``record``.
RECORDS: dict[str, type] = {cls.__name__: cls for cls in (
    model.Document, model.Item, model.Mention, model.Evidence, model.Fact, model.Entity)}
SUFFIX = ".json.z"  # the name a file of records ends with
#: The most JSON a file may inflate to (a snapshot of a million triples is about 400 MB):
#: a small file that inflates without end is refused before it fills the memory.
MAX_JSON_BYTES = 2 << 30
_LEVEL = 1  # zlib's fastest: a 1M-triple snapshot shrinks about 6x, its reading stays dominated by JSON


class RecordError(ValueError):
    """A file that does not hold records of this version; the message is one line."""


def record(cls: type) -> type:
    """Class decorator: let files hold instances of the dataclass ``cls``."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls.__name__} is not a dataclass")
    RECORDS[cls.__name__] = cls
    _MAKERS.pop("$" + cls.__name__, None)
    return cls


_SCALARS = frozenset((str, bool, int, float))


def plain(value):
    """``value`` as JSON values: a tuple as {"$tuple": [...]}, a set as {"$set": [...]},
    a record as {"$Name": [its fields in order]}, a dict that JSON cannot hold as it is
    (keys that are not strings, or start with "$") as {"$dict": [[key, value], ...]}; a
    record met before (the very object: a fact's mention is one of its item's mentions) as
    {"$ref": [n]}, n counting the records written before, each when its fields are done."""
    return _Plain().plain(value)


class _Plain:
    """One value made plain: the records written so far, by identity, and their number."""

    def __init__(self) -> None:
        self.written: dict[int, int] = {}  # id of a record -> its number
        self.kept: list = []  # the records numbered, alive while their ids are
        self.kinds: dict[type, tuple] = {}  # a class met -> what its values are made as (_kind_of)
        self.equal: dict = {}  # a record of a class of BY_VALUE -> its number

    def plain(self, value):
        if value is None or type(value) in _SCALARS:
            return value
        found = self.kinds.get(type(value))
        if found is None:
            found = self.kinds[type(value)] = _kind_of(type(value))
        kind = found[0]
        if kind is _LIST:
            return self.items(value)
        if kind is _DICT:
            if all(isinstance(key, str) and not key.startswith("$") for key in value):
                return {key: one if one is None or type(one) in _SCALARS else self.plain(one)
                        for key, one in value.items()}
            return {"$dict": [[self.plain(key), self.plain(one)] for key, one in value.items()]}
        if kind is _RECORD:
            number = self.written.get(id(value))
            if number is not None:
                return {REF: [number]}
            _, tag, fields_of, by_value = found
            if by_value:  # an equal record written before is that one (read back as one object)
                try:
                    number = self.equal.get(value)
                    if number is not None:
                        return {REF: [number]}
                    self.equal[value] = len(self.kept)
                except TypeError:  # (a field that cannot be hashed: written as it is)
                    pass
            fields = self.items(fields_of(value))
            self.written[id(value)] = len(self.kept)
            self.kept.append(value)
            return {tag: fields}
        if kind is _TUPLE:
            return {"$tuple": self.items(value)}
        if kind is _SET:
            before = len(self.kept)
            values = self.items(value)
            if len(self.kept) == before:  # (records inside keep their order: the numbers follow it)
                try:
                    values.sort()  # the same set gives the same file
                except TypeError:
                    pass
            return {"$frozenset" if isinstance(value, frozenset) else "$set": values}
        return value  # (a str, bool, int or float of a subclass)

    def items(self, values) -> list:
        """Each of ``values`` made plain, in order (the scalars as they are, without a call)."""
        plain = self.plain
        return [one if one is None or type(one) in _SCALARS else plain(one) for one in values]


_LIST, _DICT, _TUPLE, _SET, _SCALAR, _RECORD = "list", "dict", "tuple", "set", "scalar", "record"


def _kind_of(cls: type) -> tuple:
    """How ``plain`` makes a value of ``cls``, looked up once a class and file: (_LIST,),
    (_DICT,), ... or (_RECORD, its tag, a function giving its fields' values in order);
    TypeError for a class no file may hold."""
    for kind, bases in ((_LIST, list), (_DICT, dict), (_TUPLE, tuple), (_SET, (set, frozenset)),
                        (_SCALAR, (str, bool, int, float))):
        if issubclass(cls, bases):
            return (kind,)
    names = _field_names(cls)
    if names is None:
        raise TypeError(f"{cls.__name__} cannot be written as data")
    getter = operator.attrgetter(*names) if names else (lambda value: ())
    return (_RECORD, "$" + cls.__name__, (lambda value: (getter(value),)) if len(names) == 1 else getter,
            cls in BY_VALUE)


#: Record classes whose equal values are written once (the first, then as its number) and read
#: back as one object: frozen, of plain fields, compared by value wherever they are read (the
#: evidence of a sentence, which each fact read there holds a copy of: a fifth of a cache entry).
BY_VALUE = frozenset({model.Evidence})


REF = "$ref"  # a record written before, by its number


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a record class (RECORDS), in order, looked up once a class; None
    for a class no file may hold."""
    if RECORDS.get(cls.__name__) is not cls:
        return None
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(field.name for field in dataclasses.fields(cls))
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class _Made:
    """The values tagged JSON objects stand for (json's object_hook), in one file: the
    records made so far, in the order the file completes them, for its references."""

    def __init__(self) -> None:
        self.records: list = []

    def __call__(self, document: dict):
        if len(document) != 1:
            return document
        (tag, value), = document.items()
        maker = _MAKERS.get(tag)
        if maker is None:
            if not tag.startswith("$"):
                return document
            if tag == REF:
                return self.earlier(value)
            maker = _record_maker(tag[1:])
        if not isinstance(value, list):
            raise RecordError(f"{tag} holds {type(value).__name__}, not a list")
        made = maker(value)
        if tag not in _BUILT_IN:
            self.records.append(made)
        return made

    def earlier(self, value):
        if not (isinstance(value, list) and len(value) == 1 and type(value[0]) is int
                and 0 <= value[0] < len(self.records)):
            raise RecordError(f"{REF} to no record written before it: {str(value)[:40]}")
        return self.records[value[0]]


_BUILT_IN = {"$tuple": tuple, "$set": set, "$frozenset": frozenset,
             "$dict": lambda pairs: {key: one for key, one in pairs}}
#: How each tag's value is made: the built-in kinds, and each record class once it was read (``record``
#: forgets a class's when the name is given another)
_MAKERS: dict[str, typing.Callable[[list], object]] = dict(_BUILT_IN)


def _record_maker(kind: str) -> typing.Callable[[list], object]:
    """The record class ``kind`` made from its fields, each checked for its type (RecordError
    otherwise), made once a class (a cache entry holds 1,000s of records of a few classes)."""
    cls = RECORDS.get(kind)
    if cls is None:
        raise RecordError(f"unknown record {kind!r}")
    fields = _field_types(cls)
    checks, count = tuple(check for _, _, check in fields), len(fields)
    kinds = tuple(_kinds(hint) for _, hint, _ in fields)
    deep = tuple((number, check) for number, (check, (_, whole)) in enumerate(zip(checks, kinds)) if not whole)
    kinds = tuple(allowed for allowed, _ in kinds)

    def make(value: list):
        if len(value) > count:
            raise RecordError(f"{kind} holds {len(value)} fields, not {count}")
        # the fast test: each field's class one its type takes as it is (str, int, a record, None),
        # then the full test of the fields holding more (a list's items); the slow one tells what failed
        if all(map(operator.contains, kinds, map(type, value))) and \
                all(check(value[number]) for number, check in deep if number < len(value)):
            return cls(*value)
        for check, one in zip(checks, value):
            if not check(one):
                name, hint, _ = fields[next(number for number, (test, each) in enumerate(zip(checks, value))
                                            if not test(each))]
                raise RecordError(f"{kind}.{name} holds {type(one).__name__}, not {_shown(hint)}")
        return cls(*value)
    _MAKERS["$" + kind] = make
    return make


@lru_cache(maxsize=None)
def _field_types(cls: type) -> tuple[tuple[str, object, typing.Callable[[object], bool]], ...]:
    """(name, type, the test of a value of that type) of each field of the record class,
    its annotations resolved."""
    hints = typing.get_type_hints(cls)
    return tuple((field.name, hints[field.name], _checker(hints[field.name])) for field in dataclasses.fields(cls))


def _kinds(hint) -> tuple[frozenset[type], bool]:
    """The classes a value read from a file (JSON's values, the tuples, sets and records the
    tags make: each of its exact class) may be of to be of the type ``hint``, and whether
    that class alone tells (str, int, float, None, a record, X | Y of those) or the items of
    a list, tuple, set or dict must be tested too.  Only a first test: a value whose class is
    not among them goes to ``fits``'s test, which decides (a record of a subclass)."""
    if hint is None or hint is type(None):
        return frozenset({type(None)}), True
    if hint is float:
        return frozenset({int, float}), True
    if hint in (str, int, bool) or (isinstance(hint, type) and _field_names(hint) is not None):
        return frozenset({hint}), True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        each = [_kinds(one) for one in typing.get_args(hint)]
        return frozenset().union(*(allowed for allowed, _ in each)), all(whole for _, whole in each)
    containers = {list: {list}, tuple: {tuple}, dict: {dict}, set: {set, frozenset}, frozenset: {set, frozenset}}
    return frozenset(containers.get(origin, ())), False


def _shown(hint) -> str:
    return getattr(hint, "__name__", None) if isinstance(hint, type) else str(hint).replace("typing.", "")


def fits(value, hint) -> bool:
    """Whether ``value`` (as a file gives it: records already checked, tuples, sets) is of
    the type ``hint`` (str, int, float, bool, None, X | Y, list[X], tuple[X, ...],
    set[X], dict[K, V], a record class, typing.Any).

    >>> fits([["a"]], list[list[str]]), fits(["a", 1], list[str]), fits(3, float), fits(True, int)
    (True, False, True, False)
    """
    return _checker(hint)(value)


@lru_cache(maxsize=None)
def _checker(hint) -> typing.Callable[[object], bool]:
    """The test of ``fits`` for one type, made once per type: a cache entry or a snapshot
    holds hundreds of thousands of fields of a few types, each of which would otherwise
    take the type apart again (typing.get_origin, get_args: 80% of reading a cache entry)."""
    if hint is typing.Any or hint is object:
        return lambda value: True
    if hint is None or hint is type(None):
        return lambda value: value is None
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _either(arguments)
    if hint is float:
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if origin is list or origin in (set, frozenset):
        kinds, each = (list if origin is list else (set, frozenset)), _checker(arguments[0])
        return lambda value: isinstance(value, kinds) and all(map(each, value))
    if origin is tuple:
        return _tuple_checker(arguments)
    if origin is dict:
        key, one = _checker(arguments[0]), _checker(arguments[1])
        return lambda value: isinstance(value, dict) and all(key(k) and one(v) for k, v in value.items())
    if isinstance(origin, type):
        return lambda value: isinstance(value, origin)
    if isinstance(hint, type):
        return lambda value: isinstance(value, hint)
    return lambda value: False


def _either(arguments: tuple) -> typing.Callable[[object], bool]:
    """X | Y: the value is of one of the types; those that are a plain class (str, None, a
    record; not int or float, which take no bool) are one isinstance test."""
    plain = tuple(type(None) if one is None else one for one in arguments
                  if (one is None or isinstance(one, type)) and one not in (int, float, object)
                  and typing.get_origin(one) is None)
    checks = tuple(_checker(one) for one in arguments if not (one in plain or (one is None and type(None) in plain)))
    if not checks:
        return lambda value: isinstance(value, plain)
    return lambda value: isinstance(value, plain) or any(check(value) for check in checks)


def _tuple_checker(arguments: tuple) -> typing.Callable[[object], bool]:
    """tuple[X, ...] or tuple[X, Y]."""
    if len(arguments) == 2 and arguments[1] is Ellipsis:
        each = _checker(arguments[0])
        return lambda value: isinstance(value, tuple) and all(map(each, value))
    checks = tuple(_checker(one) for one in arguments)
    return lambda value: isinstance(value, tuple) and len(value) == len(checks) and all(
        check(one) for check, one in zip(checks, value))


def dumps(value) -> bytes:
    """``value`` as compressed JSON."""
    # (check_circular: plain makes every list and dict anew, so none holds itself; not checked, a fifth faster)
    text = json.dumps(plain(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False)
    return zlib.compress(text.encode("utf-8"), _LEVEL)


def loads(data: bytes, max_json: int = MAX_JSON_BYTES):
    """What ``dumps`` wrote; anything else raises RecordError: a stream that inflates past
    ``max_json`` bytes, or a record whose fields are not of their types."""
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(data, max_json + 1)
        if len(text) > max_json:
            raise RecordError(f"inflates past the limit of {max_json:,} bytes")
        if not inflater.eof:
            raise RecordError("a compressed stream cut short")
        return json.loads(text, object_hook=_Made())
    except RecordError:
        raise
    except (zlib.error, ValueError, TypeError, RecursionError, MemoryError) as error:
        # ValueError: not JSON, not UTF-8, a dict's entry that is not a pair; TypeError: a
        # record with the wrong number of fields, an unhashable set member
        raise RecordError(" ".join(f"{type(error).__name__}: {error}".split())[:200]) from None
