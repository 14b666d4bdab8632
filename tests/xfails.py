"""The strict xfail markers of the test suite, defined once and imported by every test module
(``from xfails import NAME_NOT_FOUND, gap``).

A strict xfail is a row the extractor fails today: the backlog.  Strict, because a row that
starts passing is news (the suite fails until its marker comes off).  A marker names why the
row fails; ``python bench/xfails.py`` counts the rows of each marker, per test module and
reason, most first.  A reason that fits no marker below is a one-off: ``gap("…")``.
"""
from __future__ import annotations

import pytest


def gap(reason: str) -> pytest.MarkDecorator:
    """A row the extractor fails today, for a reason of its own (strict: passing it is news)."""
    return pytest.mark.xfail(strict=True, reason=reason)


# -- any family ------------------------------------------------------------------------------
# An end of the fact is never found, or found with a wrong boundary: the name families' reach,
# not the fact family's; the row passes once the name is found.
NAME_NOT_FOUND = gap("a name the name families miss or cut wrongly")
# The name itself is the row's point (kg.mentions tests): no name family finds or cuts it yet.
NAME_NOT_READ = gap("no name family finds or cuts this name right yet")
# Both names are found; no rule reads the shape that relates them.
NO_RULE = gap("both names are found, no rule reads this shape yet")
# The partOf inventory (tests/test_facts_ownership.py): mostly a name the families do not find.
PART_OF_MISSED = gap("a partOf shape missed today, mostly a name the name families do not find")

# -- litigation (tests/test_facts_litigation.py) ---------------------------------------------
CAPTION_SIDES = gap("a caption (A诉B案, A v. B) in a sentence is one Case mention: a side named only inside it "
                    "sues and is adjudicated only where the item names it elsewhere")
CAPTION_CUT = gap("a caption cut at its legal form or et al., or In re X: no side found")
COURT_ORDER = gap("an order granted to a party (应A的申请发出禁令, granted A an injunction against B): no rule "
                  "gives the court the applicant and the enjoined side")
COURT_TOLD_APART = gap("a court acting in the sentence of a suit told only after it, or named by its short name "
                       "(the High Court)")
HEARING_SCHEDULED = gap("a hearing only scheduled (定于下月开庭) is read as heard")
SUIT_CONDITIONAL = gap("a suit on a condition (如果协商失败，将向X法院起诉) is read as filed")
SUIT_OVERREAD = gap("a name in a relative clause after the defendant (whose investor X) is read as one more defendant")
SUIT_PARTY_LIST = gap("a list no English rule reads yet: a described pair after a comma (the two men who ran it, "
                      "A and B; the two men it says ran them: A and B)")
SUIT_STORY = gap("a suit told with its plaintiff unnamed, the plaintiff named in the next sentence (The complaint, "
                 "brought by X) or the defendants listed with no suit told before")
