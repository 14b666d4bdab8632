"""Litigation records: the sued, adjudicated and settled facts and the named cases of a
whole graph grouped into suits, one record per suit.

A report of a filing (纽约时报在纽约南区联邦地区法院起诉微软和OpenAI) is a mention of a
suit; mentions are one suit when their parties overlap, their courts agree and their
filing dates fit, so one suit reported five times is one record, and the same parties in
two courts (a suit withdrawn and filed again elsewhere) are two.  What followed (判决,
驳回起诉, 上诉, 禁令, 和解, verdict, 撤诉: the events lexicon, kg.cases.events) is an event of the suit
with its date and sentence; the latest event sets the status.  The court is the one a
sentence about the suit names (or 该法院 refers back to); a court only guessed from the
news item or from the court's other rulings is marked ``court_stated=False`` with the reason.

>>> from kg.graph import KnowledgeGraph
>>> from kg.model import Entity, Evidence
>>> graph = KnowledgeGraph()
>>> for entity in (Entity("nyt", "Company", "纽约时报"), Entity("openai", "Company", "OpenAI"),
...                Entity("sdny", "Court", "纽约南区联邦地区法院")):
...     graph.add_entity(entity)
>>> sentence = "2023年12月27日，纽约时报向纽约南区联邦地区法院起诉OpenAI，指控其侵犯版权。"
>>> graph.add_fact("nyt", "sued", "openai", Evidence("a.txt", "t", sentence, 0, 40, "2023-12-27"))
>>> [(s.caption, s.court, s.court_stated, s.filed, s.claims, s.status) for s in suits(graph)]
[('纽约时报 v. OpenAI', 'sdny', True, '2023-12-27', ['copyright'], 'filed')]

The table is made in stages, one module each, in the order ``suits`` (kg.cases.table) runs them:

    words        the lexicons read as patterns, the link of a case's sides (A 诉 B, A v. B)
    names        a party's names found in a sentence; what one table call keeps of them
    events       a sentence's events (判决, 和解, verdict) and how two dates fit
    courts       the courts a sentence names (or 该法院 refers back to)
    filed        a filing's date, and the dates that are a story's own (date lines, headlines)
    case_names   a case's name read as its two sides (A诉B案, A v. B)
    bystanders   the names of a suit's sentence that are no party (an office, kin, a judge, an owner)
    sides        the two sides of the suit one sentence tells
    mentions     the graph's sued / adjudicated / settled facts read as mentions of suits
    drafts       mentions grouped into draft suits: one suit told once
    captions     a suit's caption (the text's case name, else its sides) and its id
    folding      draft suits folded together or cut apart (co-parties, owners, several courts)
    attach       events reported on their own attached, a court inferred, precedents cited
    aliases      one party under two names (X and X Corporation, two transliterations)
    merging      rows that tell one suit merged, described parties joined to the named ones
    unnamed_rows suits whose parties the text does not name (kg.unnamed) made rows
    table        ``suits``, ``find_suits`` and the Case links: the table and its queries
"""
from __future__ import annotations

# the names other modules read from kg.cases (each defined in the module of its stage)
from ..suit_records import (STATED_COURT_REASON, Event, Suit, claim_names, event_order,  # noqa: F401
                            event_statuses, oldest_first, told_caption)
from .words import (CASE_LINK, CASE_PARTIES, CASE_SEPARATOR, LATIN_CASE_LINK, LEXICON, SIDES_LINK,  # noqa: F401
                    SUITS_LEXICON, SUIT_LINKS, TRAILING_LATIN, claim_patterns, claims_in, context_cues,
                    context_words)
from .names import NameFinder  # noqa: F401
from .events import FIT_DAYS, event_cues, event_lexicon, events_in, fits  # noqa: F401
from .courts import CourtNames, DOCUMENT_COURT_REASON  # noqa: F401
from .filed import DATELINE_CHARS, acts_on, card_filed, is_credit, is_headline, story_dated  # noqa: F401
from .case_names import case_sides  # noqa: F401
from .bystanders import KIN_WORDS, OWNED_REACH  # noqa: F401
from .sides import FOLLOWED_REACH, GOVERNMENTS  # noqa: F401
from .folding import HOUSES, bare_kind  # noqa: F401
from .merging import TOLD_BY  # noqa: F401
from .unnamed_rows import unnamed_suits  # noqa: F401
from .table import confidence, find_suits, link_cases, link_evidence, links, suits  # noqa: F401
