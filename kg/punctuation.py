"""The marks that end a clause, read by the name families and the relation families alike:
a break inside a sentence (，or ：), the end of a clause or of a sentence (also 。 and ；), and
any mark of either kind a name's clause may stop at (also ！, ？ and a line break); and the
list words that join the names of a list (A、B和C; A, B and C), one table for the name families,
kg.cases and kg.facts.grammar alike.

>>> CLAUSE_END.findall("甲起诉乙，要求赔偿；法院受理。")
['，', '；', '。']
"""
from __future__ import annotations

import re

CLAUSE_BREAK_MARKS = "，,：:\u3000"  # a clause breaks off inside its sentence: 甲起诉乙，要求赔偿; a headline's
# phrases stand apart by an ideographic space (用ChatGPT编造假新闻\u3000男子被平凉警方采取刑事强制措施)
CLAUSE_END_MARKS = CLAUSE_BREAK_MARKS + "。；;"  # a clause or a sentence ends: 甲起诉乙；法院受理。
# what ends the clause a name stands in, an exclamation, a question and a line's end too
CLAUSE_OR_LINE_END_MARKS = CLAUSE_END_MARKS + "！!？?\n"

# a transliterated name's middle dot, in each glyph the press writes it with: 玛丽亚·萨拉查,
# 亚历山大・王 (the katakana dot), 布萊恩‧基恩 (the hyphenation point of Taiwan's press), • typed for it
NAME_DOTS = "·•・‧．"

# the quotation marks a name may stand in: “魔音工坊”的运营主体, 來自《X》的記者, 「奧特曼」
NAME_QUOTES = "“”「」『』\"'‘’《》"

CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAK_MARKS}]")
CLAUSE_END = re.compile(f"[{CLAUSE_END_MARKS}]")

# -- the English possessive (France's Mistral AI, the European Parliament's Legal Affairs Committee): one
# pattern for the name families and kg.facts.grammar alike
APOSTROPHES = ("'", "’")  # what POSSESSIVE begins with
POSSESSIVE = re.compile(r"['’]s\s+$")  # an owner's mark right before a name: the owner describes it
POSSESSIVE_TAIL = re.compile(r"\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s*$")  # the owner's words and its mark


# -- the typographic marks of English prose: a curly apostrophe or quote, an en or em dash, an ellipsis,
# a non-breaking space (It’s, the “answer engine”, 2019–2021): a sentence of Latin letters holding them is
# still written in Latin letters alone
TYPOGRAPHIC_MARKS = "‘’“”–—…\xa0"
_TYPOGRAPHIC_AS_ASCII = str.maketrans(dict.fromkeys(TYPOGRAPHIC_MARKS, " "))


def latin_only(text: str) -> bool:
    """Whether ``text`` is ASCII but for the typographic marks of English prose (str.isascii
    blind to them): latin_only("It’s the court’s “final” word") is True, latin_only("法院") False."""
    return text.translate(_TYPOGRAPHIC_AS_ASCII).isascii()


# -- list joiners: the one table every family's list patterns are built from -----------------
# A、B和C与D及E以及F, A, B and C, A & B.  Each family reads the members it needs and names the
# ones it leaves out (cue.LIST_MARKS: no 与, which marks a partner; roster: no 和/与, which
# open the partner; litigation: captions read commas and "and", LIST_CLOSE no 与).
ENUMERATION_COMMA = "、"
CHINESE_AND = ("和", "与", "及")  # 与 and 和 are also the partner markers of context.tsv (A与B合作)
AND_ALSO = "以及"
COMMAS = ("，", ",")
SEMICOLONS = (";", "；")
SLASHES = ("/", "／")
LATIN_AND = ("and", "&")
LIST_WORDS = (ENUMERATION_COMMA, *CHINESE_AND, AND_ALSO)  # A、B和C与D及E以及F
# kg.cases (the sides of a suit's caption): every list word, a comma, & and " and "
PARTY_JOINERS = (*LIST_WORDS, ",", "&", " and ")


def joiner(*members: str) -> str:
    """One group of list words (each a regular expression: ``\\band\\b``), in the order given."""
    return f"(?:{'|'.join(members)})"


PARTY_SEPARATOR = re.compile(joiner(*PARTY_JOINERS))  # the sides of a suit's caption: kg.cases (、|和|与|及|以及|,|&| and )
