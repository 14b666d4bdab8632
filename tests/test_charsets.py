"""kg.charsets: each distinct character set optimized once, the same programs compiled."""
import gc
import re

import pytest

from kg import charsets

try:
    from re import _compiler as compiler, _parser as parser
except ImportError:  # Python 3.10
    import sre_compile as compiler, sre_parse as parser

CLASSES = [
    (r"[\u4e00-\u9fff]+诉[\u4e00-\u9fff]+案", 0),
    (r"[，,、]\s*(?:以及|和|与)?[\u4e00-\u9fffA-Za-z]", 0),
    (r"[^，。；\n]{2,20}(?:法院|法庭)", 0),
    (r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*", re.IGNORECASE),
    (r"[k\u212a]elvin|[ſs]ued|[Σσς]", re.IGNORECASE),
    (r"[\w.&'’-]+\s+[\d\-–]+", 0),
    (r"[\U0001F600-\U0001F64F\u4e00-\u9fff]", re.IGNORECASE),
    (r"[a-z0-9_]+", re.ASCII | re.IGNORECASE),
    (r"(?i:[a-f])[^\W\d]", 0),
]


def programs(patterns, optimize):
    """The compiled code of each pattern with ``optimize`` as re's character-set optimizer."""
    kept, compiler._optimize_charset = compiler._optimize_charset, optimize
    try:
        return [compiler._code(parser.parse(pattern, flags), flags) for pattern, flags in patterns]
    finally:
        compiler._optimize_charset = kept


@pytest.fixture
def stock_and_memo():
    if not charsets.install():
        pytest.skip("this Python's re compiler has no optimizer of the known shape")
    stock = compiler._optimize_charset.__wrapped__
    return stock, charsets.once(stock)


def test_charsets_give_the_same_program_first_and_again(stock_and_memo):
    stock, memo = stock_and_memo
    expected = programs(CLASSES, stock)
    assert programs(CLASSES, memo) == expected
    assert programs(CLASSES, memo) == expected  # now from the memo
    assert len(memo.kept) < sum(pattern.count("[") for pattern, _ in CLASSES) + len(CLASSES)


def test_charsets_bytes_and_locale_patterns_compile_the_same(stock_and_memo):
    stock, memo = stock_and_memo
    patterns = [(rb"[a-z\xe9]+", re.IGNORECASE | re.LOCALE), (rb"[^\x00-\x1f]", 0), (rb"[\d.]+", re.ASCII)]
    assert programs(patterns, memo) == programs(patterns, stock) == programs(patterns, memo)


def test_charsets_installed_patterns_still_match():
    charsets.install()
    assert re.fullmatch(r"[\u4e00-\u9fff]+", "星海数据科技有限公司")
    assert re.search(r"[k]elvin", "KELVIN", re.IGNORECASE)
    assert not re.search(r"[^，。]+。", "，，")


def test_charsets_the_package_patterns_compile_to_the_same_programs(stock_and_memo):
    """Every pattern the package has compiled by now (its families made), against the stock optimizer."""
    from kg.pipeline import Pipeline
    Pipeline()
    patterns = {(found.pattern, found.flags) for found in gc.get_objects()
                if isinstance(found, re.Pattern) and isinstance(found.pattern, (str, bytes))}
    assert len(patterns) > 200
    stock, memo = stock_and_memo
    ordered = sorted(patterns, key=repr)
    assert programs(ordered, memo) == programs(ordered, stock)
