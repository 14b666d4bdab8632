"""The marks that end a clause, read by the name families and the relation families alike:
a break inside a sentence (，or ：), the end of a clause or of a sentence (also 。 and ；), and
any mark of either kind a name's clause may stop at (also ！, ？ and a line break).

>>> CLAUSE_END.findall("甲起诉乙，要求赔偿；法院受理。")
['，', '；', '。']
"""
from __future__ import annotations

import re

CLAUSE_BREAK_MARKS = "，,：:"  # a clause breaks off inside its sentence: 甲起诉乙，要求赔偿
CLAUSE_END_MARKS = CLAUSE_BREAK_MARKS + "。；;"  # a clause or a sentence ends: 甲起诉乙；法院受理。
# what ends the clause a name stands in, an exclamation, a question and a line's end too
CLAUSE_OR_LINE_END_MARKS = CLAUSE_END_MARKS + "！!？?\n"

CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAK_MARKS}]")
CLAUSE_END = re.compile(f"[{CLAUSE_END_MARKS}]")
