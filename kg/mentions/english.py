"""English names the other finders miss, each kind a small rule (Mention.mechanism
``english/<rule>``); the words they read are in data/lexicon/english.tsv.

- ``court``: US district and appeals courts in their English forms (the Northern District of
  California, the 9th U.S. Circuit Court of Appeals, a federal judge in San Francisco),
  matched to the knowledge base's court where it has one; a state court before "of" and its
  place (the Superior Court of Gwinnett County);
- ``county``: a US county named with its word (a Gwinnett County judge): a Jurisdiction;
- ``case``: cases named after their parties (Getty Images v. Stability AI, A vs B) and captions
  opened by In re (In re: Acme, Inc. Data Breach Litigation);
- ``person``: persons after a role (Disney's general counsel Jane Roe, Judge Joanna Smith;
  initials as the given name: J.D. Hollingsworth, its chief executive)
  or before one (Joel Kaplan, Meta's chief global affairs officer), and two persons sharing
  a family name (Matthew and Maria Raine);
- ``nationality``: a nationality word describing a named body is its country (French
  start-up Mistral AI: France);
- ``city``: an unknown place named with its state (Palo Alto, California) or before
  "-based" and a business (the Suwon-based company);
- ``extended``: a known company or model name continued by capitalised words is a name of
  its own (Meta AI Studio, Hangzhou DeepSeek Artificial Intelligence; Microsoft Corp. is
  Microsoft);
- ``model``: a name before a model word (its R1 reasoning model, the Le Chat assistant)
  or given to one (a product called Quillet);
- ``party``: an unknown capitalised name right after a word that takes a party (sued Wiz,
  invested in Acme Robotics, start-up Acme): a company, or a person opening with a given
  name; the weakest of the English rules, any other family's name wins over it;
- ``listed``: an unknown name listed with known companies (Nvidia, Cisco and Jane Street): a
  company, though it opens with a given name;
- ``body``: an unknown capitalised name ending in a word that names a kind of body (the
  Nordic Robotics Institute, Acme's Applied Vision Group) or opening with one before "of"
  (the University of Tampere), or written in capitals (CALLOWAY LAW LIBRARY): a body of that
  kind (english.tsv body_head, body_of); a body's kind and its remit after on, into, for or of
  (the Presidential Commission on the Future of Work, the Judicial Panel on Multidistrict
  Litigation: english.tsv remit_head), the initials of the remit's last words kept (the
  Committee on Adopting Quantum Computing (QC));
- ``outlet``: the publication a story's head names (By Jane Roe, Harbor Daily; a masthead
  over a section or an issue's number; the May issue of X): a company;
- ``firm``: a partnership named after its partners, commas between them and "&" before the
  last (Rothwell, Figg, Ernst & Manbeck; Harrow, Quill & Benton LLP): one firm, not a list, an
  Organization as law firms are (SCHEMA);
- ``paper``: a newspaper named in running text, its name ending in a newspaper's word after "the"
  (the Orange County Register, the St. Paul Pioneer Press and the South Florida Sun Sentinel): a
  company (commercial media), though a place opens its name (english.tsv newspaper_word);
- ``legislature``: a legislature's committee (the Standing Committee on Industry and Technology, the
  Senate Commerce Committee) and a parliament named by its word alone (Parliament was prorogued:
  the country's own): a Legislature (english.tsv committee_kind, bare_legislature);
- ``statute``: a statute's title with a bracketed part, and its year after a comma (the
  Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Amendment Rules,
  2025; the Online Safety (Miscellaneous Amendments) Bill): a Law (english.tsv statute_kind);
- ``owner``: the unknown name before what a business owns (a Harlow Motors dealership): a company;
- ``backed``: the unknown name before "-backed" (the Thrive-backed start-up): a company;
- ``dateline``: the place of an English dateline (ROME (Reuters) -), which kg.segment keeps
  on a credit line.

>>> finder = EnglishNames(vocabulary())                                # doctest: +SKIP
>>> [(m.text, m.type) for m in finder.find("Dutch chipmaker ASML hired Judge Jane Roe.", None, [])]  # doctest: +SKIP
[('Dutch', 'Jurisdiction'), ('Jane Roe', 'Person')]
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..alternation import alternation, alternatives
from ..kb import KnowledgeBase, cue_words, tsv_rows
from ..lookahead import scanning
from ..model import Mention, inside_any, overlaps_any
from .base import Family, Tokens, register
from .words import LATIN_LETTERS, LATIN_LOWER, LATIN_UPPER, Words

# A capitalised name: words starting with a capital (or a digit), with of/and/for/de inside
_WORD = r"[A-Z][\w.&'’-]*"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|de|the|and|&)\s+)?{_WORD}){{0,6}}"
# A v. B, A vs B, and the bare v of British and Commonwealth captions (Parker v Forsyth)
_CASE_LINK = re.compile(r"\s+(?:v\.|vs\.?|versus|v(?=\s+[A-Z]))\s+")
_CASE_END = re.compile(r"\s(?:v\.?|vs\.?|versus)\s+$")
_NEXT_CASE = re.compile(r"\s+and\s+(?=[^,;]*\s(?:v\.?|vs\.?|versus)\s)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CHINESE_BEFORE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$")  # a Chinese character or mark right before
_LATIN = "0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # a Latin word's characters (\w holds Chinese too)
_ARTICLES = ("The", "A", "An")  # before a name, no part of it
_DATE_WORD = alternatives(name for name in (*calendar.month_name, *calendar.day_name) if name)  # a date after a title ends it
# …Risk Management on Nov 13, …in Sept. 2024: a month's abbreviation and a number after a title end it too
_MONTH_DATE = alternatives(name for name in (*calendar.month_abbr, "Sept") if name) + r"\.?[ \t]+\d"
_YEAR = r"(?:19|20)\d\d"  # a year after a title ends it too (published the Framework in 2024)
_CREDIT_LINE = re.compile(r"(?:[^\s：]{1,12} ){0,2}[^\s：]{1,12}：")  # By：Jane Roe, Edited by：Jane Roe, as kg.segment gives a credit line
# V1, 2.5, v3.1: the version a maker's name goes on with to name its model (HKGAI V1)
_VERSION_WORD = re.compile(r"[Vv]?\d+(?:\.\d+)*")
# Home › Bollywood › News; News › Justice | Ture: a path, its last step with the section's name in a second language
_BREADCRUMB_LINE = re.compile(r"[A-Z][\w&' -]{0,30}(?:\s+[›>»]\s+[A-Z][\w&' -]{0,30}){1,4}(?:\s*[|｜]\s*[A-Z][\w&' -]{0,30})?")
_AMOUNT_AFTER = re.compile(r"[ \t]+\d")  # EUR 175,000: a code right before a number is the amount's currency
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their)[ \t]+$")  # develop a Children's Online Privacy Code
_TITLE_GLOSS = re.compile(r"》\s*[（(]\s*$")  # 《…》（Guidelines on…）: an English gloss of a title right before it
_MASTHEAD_LINES = 3  # a masthead stands on a story's first lines (under the item's title, a file's name)


_BAR = re.compile(r"\s[|｜]\s")


def _line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding text[start:end] (or the position ``start``) opens and where it
    closes: at its line break, or at the text's end."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def english_lexicon(kb: KnowledgeBase, name: str = "english.tsv") -> dict[str, tuple[str, ...]]:
    """kind -> words of an English lexicon (data/lexicon/english.tsv)."""
    return {row["kind"]: cue_words(row["cues"]) for row in tsv_rows(kb.data_dir / "lexicon" / name)}


def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """Common given names (Abdi, Linnea, María): data/lexicon/given_names.txt."""
    with open(kb.data_dir / "lexicon" / "given_names.txt", encoding="utf-8") as stream:
        return frozenset(line.strip() for line in stream if line.strip() and not line.startswith("#"))


class Headlines:
    """Whether the line at a position is a headline in title case (Universal Music Settles
    with Udio): every longer word capitalised but those a title may leave in lower case
    (english.tsv title_lower, Chicago style), no full stop at its end; its words run on, no
    name ends there."""

    LONGEST = 240  # a press release's headline runs long (AG Secures $2.5 Million Settlement With … Over …)
    LONGEST_MIXED = 160  # a line with Chinese in it and a run of English names is a sentence sooner

    def __init__(self, lexicon: dict[str, tuple[str, ...]]) -> None:
        self.lower = frozenset(lexicon["title_lower"])
        # asked once per name of an item: each line's bars and each part's verdict are worked
        # out once (a line of 100 KB read again for each of its thousands of names was quadratic)
        self.bars = lru_cache(maxsize=256)(self._bars)
        self.headline = lru_cache(maxsize=4096)(self._headline)

    def __call__(self, text: str, position: int) -> bool:
        line_start, line_end = _line_bounds(text, position)
        bars = self.bars(text, line_start, line_end)
        if bars:  # NYC.GOV | Office of the Mayor | News: a page's bar, each part a label of its own
            before = bisect_right([end for _, end in bars], position)  # the bars wholly before the position
            line_start, line_end = (bars[before - 1][1] if before else line_start,
                                    bars[before][0] if before < len(bars) else line_end)
        return self.headline(text, line_start, line_end)

    @staticmethod
    def _bars(text: str, line_start: int, line_end: int) -> tuple[tuple[int, int], ...]:
        return tuple(bar.span() for bar in _BAR.finditer(text, line_start, line_end))

    def _headline(self, text: str, start: int, end: int) -> bool:
        if end - start >= self.LONGEST:
            return False
        line = text[start:end]
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line)[1:] if len(w) >= 4 and w not in self.lower]
        longest = self.LONGEST_MIXED if _CJK.search(line) else self.LONGEST
        return len(line) < longest and len(words) >= 3 and all(w[0].isupper() for w in words) and \
            not re.search(r"(?:[a-z][.]|[。！？])\s*$", line)  # a sentence full of names ends in a full stop, a headline does not


class NoNames:
    """What is shaped like a Latin-script name and never is one: a date or a time stamp (Jan
    14, January 27, Tuesdays 2: english.tsv month_short, date_word; Updated 5: bylines.tsv date_label), a funding round (Series C,
    Series B-2, Pre-A, Seed round: english.tsv funding_round), a part of the document itself
    (Issue 37, Vol. 3: document_part; Recommendation 3: report_part), a room (Room 114: place_part), the press office heading a release (Office of Public
    Affairs: press_office), a description (Calif.-based, Microsoft-backed: context.tsv
    describing_suffix), a field's label opening a line (Deal type:, Case type:,
    Investors named:) and a cross-head in capitals opened by a question's word or a pointer to
    more material (WHAT IT MEANS FOR LLC OWNERS, RELATED AUTHORITY: english.tsv heading_opener).
    Every family that reads Latin names asks it."""

    def __init__(self, kb: KnowledgeBase) -> None:
        words = english_lexicon(kb)
        code = r"(?:[A-Z](?:-?\d+)?\+?|\d+)"  # the round's letter, B-2, A+, 2
        self.round = re.compile(rf"(?:{alternatives(words['funding_round'])})(?:[ \t-]+(?:{code}|(?i:round|funding|financing)))*")
        parts = alternatives([*words["document_part"], *words["report_part"], *words["place_part"]])
        self.part = re.compile(rf"(?:{parts})[ \t]*(?:No\.[ \t]*)?\d[\w.-]*")
        self.press_offices = frozenset(words["press_office"])  # a release's heading: Office of Public Affairs
        self.heading_openers = frozenset(word.upper() for word in words["heading_opener"])  # WHAT IT MEANS, HOW IT WORKS
        self.kb = kb
        self.demonym_endings = words["demonym_ending"]
        # Korean-specialized, English-language, Open-source: a capitalised word joined to a lower-case
        # participle or a word that describes (english.tsv compound_tail), an adjective, no name
        tails = alternatives(words["compound_tail"])
        self.compound = re.compile(rf"[A-Z][\w.]*(?:-[a-z]+)*-(?:[a-z]+(?:ed|ing)|{tails})")
        self.label_end = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}[ \t]*[:：]")  # Deal| type:
        # Jan 14, Sept. 3, Updated 5:20 PM: a date or a time stamp, never a name
        stamps = alternatives([*words["month_short"], *words["date_word"], *kb.bylines.get("date_label", ()), *kb.bylines.get("furniture", ())])
        self.stamp = re.compile(rf"(?:{stamps})\.?[ \t]+\d{{1,2}}(?![\d.,]?\d)")
        self.section = re.compile(r"[|｜][ \t]*$")  # a field between a masthead's bars
        # NYC.GOV | Office of the Mayor | News: but a body named by its kind and what it is of is the page's publisher
        self.office = re.compile(rf"(?:{alternatives(words['body_of'])})[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
        self.section_end = re.compile(r"[ \t]*[|｜]")
        self.crumb = re.compile(r"[ \t]*[>›»][ \t]*\S")  # a breadcrumb's step
        self.crumb_before = re.compile(r"\S[ \t]*[>›»][ \t]*$")
        # Calif.-based, Microsoft-backed, Cloud-powered: a description (context.tsv describing_suffix)
        self.describing = re.compile(f"(?:{alternatives(kb.context['describing_suffix'])})$")
        self.described_first = re.compile(rf"\S+(?:{alternatives(kb.context['describing_suffix'])})\s")  # London-based AI company

    def __call__(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if self.round.fullmatch(name) or self.part.fullmatch(name) or name in self.press_offices or self.stamp.fullmatch(name) \
                or self.describing.search(name) or self.compound.fullmatch(name) or self.described_first.match(name):
            return True  # Cloud-based, Korean-specialized, English-language: a description
        line_start = text.rfind("\n", 0, start) + 1
        if self.section.search(text, line_start, start) and self.section_end.match(text, end) and not self.office.match(name) or \
                self.crumb.match(text, end) or self.crumb_before.search(text, line_start, start):
            return True  # Harbor Wire | Markets & Regulation | May 5; Local News > Housing: a section's name
        if name.isupper() and name.split()[0] in self.heading_openers:
            return True  # WHAT IT MEANS FOR LLC OWNERS, HOW IT WORKS: a cross-head's words, no name
        return not text[line_start:start].strip() and self.label_end.match(text, end) is not None or self.demonym(name)

    def demonym(self, name: str) -> bool:
        """Oregonians, Californians, Texans, New Yorkers: a known place's people in the plural
        (english.tsv demonym_ending after the place's name, its last vowel or s given back)."""
        for ending in self.demonym_endings:
            if name.endswith(ending) and len(name) > len(ending) + 2:
                stem = name[:-len(ending)]
                if any((entry := self.kb.lookup(stem + back)) is not None and entry.type == "Jurisdiction"
                       for back in ("", "a", "o", "e", "s", "y")):
                    return True
        return False


def pairs(words: tuple[str, ...]) -> dict[str, str]:
    """French=fr|Dutch=nl -> {"French": "fr", "Dutch": "nl"}."""
    return dict(word.split("=", 1) for word in words if "=" in word)


@register
class EnglishNames(Family):
    """The English name rules over an item's text: candidates that choose_names weighs
    with the other families'."""

    def __init__(self, words: Words) -> None:
        kb = self.kb = words.kb
        self.suffix_of = words.suffix_of  # …Commission, …Inc.: what an English name's last word makes it
        words = english_lexicon(kb)
        self.nationalities = {word: kb.entries[place] for word, place in pairs(words["nationality"]).items()
                              if place in kb.entries}
        kinds = alternatives(words["kind_noun"])
        self.described = re.compile(rf"\s+(?:(?:[a-z][\w-]*|[A-Z]{{2,4}})\s+){{0,3}}?(?:{kinds})\s+(?=[A-Z])")
        self.given_names = given_names(kb)
        self.company_words = frozenset(words["company_word"])  # Llama Productions: a company whatever the known name
        self.body_finals = frozenset(words["body_final"])  # its partner Global Ventures Fund: a body, no person
        self.nationality = alternation(self.nationalities, spaced=True, whole_words=True)
        # what a business is called (english.tsv apposed_kind, a company's kinds but a model's words: no platform)
        business = alternatives(kind for kind, type_ in pairs(words["apposed_kind"]).items()
                                if type_ == "Company" and kind not in words["model_word"])
        # the Suwon-based company: an unknown place a body is based in
        self.based_place = scanning(rf"(?<![\w.&'’-])(?:(?:The|the|A|a)[ \t]+)?(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)-based[ \t]+"
                                      rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{business})(?![\w-])")
        roles = sorted(words["person_role"], key=len, reverse=True)
        self.place_openers = frozenset(words["place_opener"] + words["region_direction"])
        self.role_words = frozenset(word.lower() for role in roles for word in role.split() if len(word) > 3)  # General, Minister
        # Jane Roe, Jane M. Roe, Ursula von der Leyen (english.tsv name_particle)
        # (on one line: By reporter Jane Roe / Posted… is no name running on; Al-Haroun, De La Torre)
        word = rf"[{LATIN_UPPER}][{LATIN_LOWER}'’]+(?:-[{LATIN_LETTERS}][{LATIN_LOWER}'’]+)*"  # Cármen Lúcia, Pejčinović
        particle = alternatives(words["name_particle"] + tuple(p.title() for p in words["name_particle"]))
        person = rf"{word}(?:[ \t]+[A-Z]\.)?(?:(?:[ \t]+(?:{particle})){{0,2}}[ \t]+{word}){{1,2}}"
        # J.D. Hollingsworth, R.J. Castellano: initials as the given name (not U.S. Steel, E.U. Commissioner)
        initialled = rf"(?!U\.[SK]\.|E\.U\.|U\.N\.)(?:[A-Z]\.){{2,3}}[ \t]+{word}(?:[ \t]+{word})?"
        # Judge Jane Roe; Getty's chief executive, Craig Peters
        # (after a role, two initials may stand for the given name: Acting Judge DJ Smit)
        self.titled = scanning(rf"(?<![\w.])(?:{alternatives(roles)}),?\s+(?P<name>{person}|{initialled}|[A-Z]{{2}}[ \t]+{word})(?![\w])")
        # Union Minister for Electronics and IT Ashwini Vaishnaw: the holder after the portfolio's words
        self.portfolio_holder = scanning(
            rf"(?<![\w.])(?:{alternatives(words['portfolio_office'])})[ \t]+(?:for|of)[ \t]+(?:(?:[A-Z][\w'’-]*,?|and|&)[ \t]+){{0,7}}?"
            rf"[A-Z][\w'’-]*[ \t]+(?P<name>[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+)(?=[ \t]+[a-z]|[ \t]*[,;:])")
        plural_roles = alternatives(words["plural_role"])
        self.titled_pair = scanning(rf"(?<![\w.])(?:{plural_roles})\s+(?P<first>{person})\s+and\s+(?P<second>{person})(?![\w])")
        lower_roles = alternatives(dict.fromkeys([*(r for r in roles if r[:1].islower()), *words["apposed_role"]]))
        # Jane Roe, the president who heads…; JB Lee, its chief executive (two initials as the given name);
        # not Acme Legal, on behalf of the authors: a phrase of a preposition or a verb is no description (apposition_stop)
        self.apposed = scanning(rf"(?<![\w.&'’-])(?P<name>{person}|{initialled}|[A-Z]{{2}}[ \t]+[A-Z][a-z'’-]+),\s+(?:(?:the|a|an|another|former)\s+)?(?:{_NAME}(?:['’]s?)?\s+)?"
                                  rf"(?:(?!(?:{alternatives(words['apposition_stop'])})\s)[a-z][\w'’-]*\s+){{0,4}}?(?:{lower_roles})\b")
        # a claimant, Jane Roe, … / his solicitor, John Doe, …: a person described before the name between commas
        self.described_person = scanning(
            rf"(?<![\w'’-])(?:[Tt]he|an?|An?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*['’]s)[ \t]+(?:[\w-]+(?:['’]s)?[ \t]+){{0,3}}?"
            rf"(?:{alternatives(words['described_person'])}),[ \t]+(?P<name>{person})(?=[ \t]*[,;.)])")
        # Jane Roe's voice and likeness: what only a person has, after the name's possessive (english.tsv personal_attribute)
        self.personal_possessive = scanning(rf"(?<![\w.&'’-])(?P<name>{person})['’]s[ \t]+(?:own[ \t]+)?"
                                            rf"(?:{alternatives(words['personal_attribute'])})(?![\w-])")
        # Mr Justice Roe, Lord Roe, Dame Jane Roe: a British title that the name is written with
        self.honorific = scanning(rf"(?<![\w.&'’-])(?P<name>(?P<title>{alternatives(words['honorific'])})(?:[ \t]+{word}){{1,2}})(?![\w&'’-])")
        self.shared_family = scanning(r"(?<![\w.])(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][a-z]+)\s+"
                                        r"(?P<family>[A-Z][a-z'’-]+)(?![\w])")
        directions = alternatives(words["direction"])
        prefixes = alternatives(words["district_court"], spaced=True)
        self.district = scanning(rf"(?:(?P<prefix>{prefixes})\s+)?(?P<direction>(?:{directions}) )?District of "
                                   r"(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
        self.ordinals = pairs(words["ordinal"])
        self.circuit = scanning(rf"(?P<number>{alternatives(self.ordinals)})\s+(?:U\.S\.\s+)?Circuit"
                                  r"(?:\s+Court\s+of\s+Appeals)?")
        self.court_cities = {city: kb.entries[court] for city, court in pairs(words["court_city"]).items()
                             if court in kb.entries}
        phrases = alternatives(words["court_phrase"], spaced=True)
        cities = alternatives(self.court_cities, spaced=True)
        word = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"  # DeKalb, McHenry, DuPage: a capital inside a place's word
        place = rf"{word}(?:[ \t]+{word}){{0,2}}"
        self.state_court = scanning(rf"(?<![\w.])(?:{alternatives(words['state_court'])})[ \t]+of[ \t]+(?:the[ \t]+)?"
                                      rf"(?:State[ \t]+of[ \t]+)?(?P<place>{place})(?![\w-])")
        # the Amsterdam Court of Appeal, the Hamburg Regional Court: a known place before a court's kind
        self.placed_court = scanning(rf"(?<![\w.&'’-])(?:(?:The|the)[ \t]+)?(?P<place>{place})[ \t]+(?:{alternatives(words['state_court'])})"
                                       rf"(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z])")
        # a court numbered in its town (the Ankara 4th Criminal Court of Peace, the 71st District Court): the number is its name's
        self.numbered_court = scanning(rf"(?<![\w.&'’-])(?:(?P<place>{place})[ \t]+)?(?P<number>\d{{1,3}}(?:st|nd|rd|th))[ \t]+"
                                         rf"(?:[A-Z][a-z]+[ \t]+){{0,3}}Court(?:[ \t]+of[ \t]+[A-Z][a-z]+)?(?![\w&'’-])")
        self.county = scanning(rf"(?<![\w.&'’-])(?P<name>(?:St\.[ \t]+)?{place})[ \t]+County(?![\w-]|[ \t]+[A-Z])")
        # the Baltimore County Circuit Court, the Alameda County Sheriff's Office: a county's body by its head after the county
        county_heads = {**{court: "Court" for court in words["state_court"]}, **pairs(words["county_body"])}
        self.county_heads = {re.sub(r"\s+", " ", head): type_ for head, type_ in county_heads.items()}
        # Superior Court of California, County of Alameda; Missouri Court of Appeals, Eastern District: a court's seat or division after a comma
        place = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
        division, kind = alternatives(words["court_division"]), alternatives(words["court_division_kind"])
        self.court_tail = re.compile(rf",[ \t]+(?:(?:{alternatives(words['court_seat'])})[ \t]+of[ \t]+{place}"
                                     rf"|(?:(?:{kind})[ \t]+){{1,2}}(?:{division})(?:[ \t]+of[ \t]+{place})?"
                                     rf"|\d+(?:st|nd|rd|th)[ \t]+(?:{division}))(?![\w'’-])")
        self.county_body = scanning(rf"(?<![\w.&'’-])(?P<county>(?P<name>(?:St\.[ \t]+)?{place})[ \t]+(?:{alternatives(words['county_word'])}))[ \t]+"
                                      rf"(?P<body>(?:[A-Z][\w'’&-]*[ \t]+){{0,2}}?(?:{alternatives(self.county_heads)}))(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+[A-Z])")
        self.court_city = scanning(rf"(?P<phrase>{phrases})\s+(?P<city>{cities or '(?!)'})(?![\w])")
        self.place_label = kb.bylines.get("dateline_place", ("Place",))
        self.dateline = scanning(rf"^(?:{alternatives(self.place_label)})：(?P<place>[^\n]+)$", re.M)
        self.name_stops = frozenset(words["name_stop"]) | frozenset(words["post_nominal"]) | \
            set(kb.sentence_words.get("sentence_start", ()))
        self.legal_forms = frozenset(kb.legal_forms)
        self.legal_ends = tuple(form for form in kb.legal_forms if form.endswith("."))
        self.comma_form = re.compile(rf",\s(?:{alternatives(form for form in kb.legal_forms if form.endswith('.'))})")
        # In re Zorbi Privacy Litigation, In re: Acme, Inc. Data Breach Litigation: a caption opened by In re, a legal
        # form after a comma inside it when the caption's words go on after the form, on its line
        line_name = _NAME.replace(r"\s+", r"[ \t]+")
        self.in_re = re.compile(rf"(?<![A-Za-z])In re:?\s+{line_name}(?:{self.comma_form.pattern}[ \t]+{line_name})?")
        # The New York Times v. Microsoft and OpenAI: the words joining a caption's defendants
        self.caption_join = re.compile(rf",?\s+(?:{alternatives(words['caption_join'])})\s+")
        # Fidelity Management & Research; a word ends where Chinese begins (In re Acme Litigation一案的法院)
        self.joined_words = re.compile(r" and(?: [A-Z][\w'’-]*){1,4}(?![\w'’-])")  # …Fire and Casualty Company
        self.next_word = re.compile(r"(?: &)? (?P<word>[A-Z](?:(?![\u3400-\u9fff])[\w.&'’-])*)")
        self.abbreviations = frozenset(kb.sentence_words.get("abbreviation", ())) | \
            frozenset(kb.sentence_words.get("name_end", ()))  # data/lexicon/sentences.tsv
        self.body_types = pairs(words["body_head"])
        self.name_finals = frozenset(words["name_final"])
        self.offices = pairs(words["place_office"])
        self.place_kinds = frozenset(words["place_kind"])
        self.chambers_alone = frozenset(words["chamber_alone"])
        # the Land Hessen, the Freistaat Bayern: a state called by its title (english.tsv place_title)
        self.titled_place = scanning(rf"(?<![\w-])(?:{alternatives(words['place_title'])})[ \t]+(?P<place>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)")
        forms = alternatives(set(kb.legal_forms) - {"Co.", "Cos."} | {"Limited"})
        # Latin letters only: in Chinese text (与Kadince, Inc.及) the name starts after the Chinese word before it
        self.legal_name = scanning(rf"(?<![{_LATIN}.&'’-])(?P<name>[A-Z][{_LATIN}&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][{_LATIN}&'’-]*){{0,3}}),?"
                                     rf"[ \t]+(?P<form>{forms})(?![{_LATIN}])")
        self.body_of_offices = frozenset(words["body_of"]) | frozenset(words["state_body_of"])
        self.office_holders = frozenset(words["office_holder"])  # the Office of the Privacy Commissioner
        self.organ_remits = frozenset(words["organ_remit"])  # the Board of Directors
        # Sen. Jane Roe, R-Billings, / (D-Austin): a US lawmaker's party letter and home town after the name
        self.party_home = scanning(r"(?:,|\()[ \t]*[RDI]-(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[,)])")
        # the Mayor's Office, Governor's Press Office: an office holder's office, no capitalised word (a place) before it
        self.holders_office = scanning(rf"(?<![\w.&'’-])(?P<name>(?:{alternatives(self.office_holders)})['’]s"
                                         rf"[ \t]+(?:Press[ \t]+)?Office)(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+[A-Z])")
        offices = alternatives(self.offices).replace(r"\ ", r"\s+")
        name_word = r"[A-Z][\w'’-]*"
        self.place_office = scanning(
            rf"(?<![\w.&'’-])(?:(?:The|THE|An?)[ \t]+)?(?P<lead>{name_word}(?:[ \t]+{name_word}){{0,3}}?|U\.S\.|U\.K\.)[ \t]+(?P<office>{offices})"
            rf"(?P<of>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{name_word}(?:,?[ \t]+(?:(?:and|&|of|for)[ \t]+)?{name_word}){{0,5}})?"
            rf"(?![\w&'’-])")
        # a known company's name continued, before a model word: its product (the Nvidia DGX Cloud AI platform)
        self.model_after = re.compile(rf"(?:[ \t]+(?:AI|[a-z][\w-]*)){{0,2}}[ \t]+(?:{alternatives(words['model_word'])})\b")
        # Snowflake Arctic, a mixture-of-experts model; Acme Cloud, the company's managed service: a known company's
        # name continued, described in commas as a model (model_word): its product, not a unit of it
        self.model_described = re.compile(rf",[ \t]+(?:an?|the|its|the[ \t]+company['’]s)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
                                          rf"(?:{alternatives(words['model_word'])})\b")
        self.session_bill = re.compile(rf"(?<![\w.-])(?:{alternatives(words['bill_prefix'])})[ \t]?\d{{2}}[A-Z]?-\d{{1,4}}(?![\w-])")
        self.bill = re.compile(rf"(?<![\w.])(?:{alternatives(words['bill_chamber'])})[ \t]+Bill[ \t]+(?:No\.[ \t]*)?\d+(?:-\d+)?(?![\w-])")  # Senate Bill 24-205
        # Bill 2338 of 2023, Bill C-27, Resolution 23.610: an instrument's kind and its number, no name before them
        self.numbered = re.compile(rf"(?<![\w.-])(?:{alternatives(words['numbered_instrument'])})[ \t]+(?:No\.[ \t]*)?(?:[A-Z]-)?\d+"
                                   r"(?:[./-]\d+)*(?:[ \t]+of[ \t]+(?:19|20)\d\d)?(?![\w-]|\.\d)")
        # Act 125 of 2024, Public Act 103-0804: a state's act numbered within its year or session, no name before it
        # (the year or the session's hyphen is needed: a bare "Act 2" is a play's or a plan's part)
        self.numbered_act = re.compile(r"(?<![\w.-])(?:(?:Public[ \t]+)?Act[ \t]+(?:No\.[ \t]*)?\d+[ \t]+of[ \t]+(?:19|20)\d\d"
                                       r"|Public[ \t]+Act[ \t]+\d+-\d+)(?![\w-]|\.\d)")
        self.generation = re.compile(rf"[ \t]+(?:{alternatives(words['generational'])})(?![\w'’-])")
        self.body_stops = self.name_stops - {"AI"}  # words no body name opens with (AI Verify Foundation is one)
        capital = r"[A-Z][\w&'’.-]*"
        heads = alternatives(self.body_types)
        # on one line; a head followed by another capitalised word is inside a title (Foundation Models);
        # an article opens no name (The Center for Digital Rights: the Center … of the second form)
        # the Department of Families, Fairness and Housing: a comma joins the remit's words where "and" closes the series
        words_run = rf"(?:{capital}[ \t]+){{0,2}}{capital}"
        series = rf",[ \t]+(?={words_run}(?:,[ \t]+{words_run})*,?[ \t]+(?:and|&)[ \t]+{capital})"
        remit = rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{capital}(?:(?:[ \t]+(?:(?:and|&)[ \t]+|(?:for|of)[ \t]+(?:the[ \t]+)?)?|{series}){capital}){{0,5}}"
        self.body = scanning(
            rf"(?<![\w.&'’-])(?P<name>(?!(?:The|A|An)[ \t])(?:{capital}[ \t]+(?:(?:of|for|&|and)[ \t]+)?){{1,4}}(?:{heads})(?![ \t]+[A-Z])"
            rf"|(?:{alternatives(words['body_of'])}){remit})(?![\w&'’-])")
        # the Minderoo Centre for Technology and Democracy: its own name before the body word and its remit
        self.led_body = scanning(rf"(?<![\w.&'’-])(?P<name>(?:{capital}[ \t]+){{1,3}}(?:{alternatives(words['body_of'])}){remit})(?![\w&'’-])")
        # Parents Against Data Mining: a group's members, the word joining them to what they oppose and what that is
        self.opposing_group = scanning(
            rf"(?<![\w.&'’-])(?P<name>(?P<members>(?:{capital}[ \t]+){{1,3}})(?:{alternatives(words['opposing_word'])})"
            rf"(?:[ \t]+(?:(?:and|&|of|the)[ \t]+)?{capital}){{1,4}})(?![\w&'’-])")
        # Harbor City Light, Gas and Water: a town's utility named by the series of its services
        services = alternatives(words["utility_service"])
        self.utility = scanning(
            rf"(?<![\w.&'’-])(?P<name>(?P<town>(?:{capital}[ \t]+){{1,3}}?)(?:{services})(?:,[ \t]+(?:{services}))*,?[ \t]+(?:and|&)[ \t]+"
            rf"(?:{services}))(?![\w&'’-]|[ \t]+[A-Z])")
        self.law_kinds = frozenset(words["titled_law"]) | frozenset(words["remit_instrument"])
        # CALLOWAY LAW LIBRARY, THE MERIDIAN CENTRE FOR DIGITAL POLICY: a body's name in capitals, on one line
        capitals = r"[A-Z][A-Z&'’.-]+"
        self.capital_body = scanning(rf"(?<![\w&'’.-])(?P<name>{capitals}(?:[ \t]+(?:(?:OF|FOR|AND|&)[ \t]+)?{capitals}){{1,7}})(?![\w&'’-])")
        # the Presidential Commission on the Future of Work, the Royal Commission into Robodebt: a body whose remit follows
        # on, into, for or of (english.tsv remit_head); the remit's words run on over and, of, for and the
        self.remit_types = pairs(words["remit_head"])
        self.remit_body = scanning(
            rf"(?<![\w.&'’-])(?P<name>(?:{capital}[ \t]+){{0,3}}?(?P<head>{alternatives(self.remit_types)})[ \t]+(?:on|into|for|of)[ \t]+"
            rf"(?:the[ \t]+)?{capital}(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)*{capital}){{0,6}})(?![\w&'’-])")
        models = alternatives(words["model_word"])
        # a full stop inside a name (Pony.ai, v2.5), not the one ending its sentence (a tool called Flow.)
        model_name = r"[A-Z](?:[\w-]|\.(?=\w))*(?:[ \t]+(?:[A-Z](?:[\w-]|\.(?=\w))*|\d(?:\w|\.(?=\w))*)){0,2}"
        self.apposed_model = scanning(
            rf"(?<![\w.&'’-])(?P<name>{model_name})(?:,?[ \t]+and[ \t]+(?P<second>{model_name}))?,[ \t]+(?:(?:an?|its|their)[ \t]+)?"
            # the MyCity Chatbot, an AI assistant; Nimbus, its new humanoid robot: "AI" may describe the kind too
            rf"(?P<filler>(?:(?:[a-z][\w-]*|AI|[A-Z][a-z]+(?=[ \t]+[a-z]))[ \t]+){{0,4}}?)(?:{alternatives(words['apposed_model_word'])})\b(?![ \t]+(?:maker|makers|developer|company|firm|start-?up))")
        self.apposed_kinds = pairs(words["apposed_kind"])
        self.apposed_body = scanning(
            rf"(?<![\w.&'’-])(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){{0,3}}(?:[ \t]+(?:of|for)[ \t]+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)?)?),[ \t]+(?:an?|the)[ \t]+"
            rf"(?P<filler>(?:(?:[\w.-]+|[A-Z][\w.-]*,)[ \t]+){{0,4}}?)(?P<kind>{alternatives(self.apposed_kinds)})(?![\w-])")  # (a town with its state: the Woodside, California venture firm)
        # Palo Alto, California; the Berkeley, California-based start-up; in Tel Aviv, Israel
        self.town = scanning(rf"(?<![\w.&'’-])(?i:{alternatives(words['place_before'])})[ \t]+(?P<city>[A-Z][a-zß-ÿ]+(?:[ \t][A-Z][a-zß-ÿ]+){{0,2}}),"
                             rf"[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?(?:{alternatives(words['town_noun'])})\b")
        # the city of Chattanooga, the Town of Hollisford: a town named by its formal title (municipal_title)
        self.municipal = scanning(rf"(?<![\w.&'’-])(?i:{alternatives(words['municipal_title'])})[ \t]+of[ \t]+"
                                  rf"(?P<city>[A-Z][a-zß-ÿ]+(?:[ \t][A-Z][a-zß-ÿ]+){{0,2}})(?![\w-]|['’](?!s\b)|[ \t]+[A-Z&])")
        # in East Texas, Northern California (regions); in Jefferson City, from Farmington Hills (town_named)
        self.region = scanning(rf"(?<![\w.&'’-])(?P<name>(?:{alternatives(words['region_direction'])})[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))"
                               rf"(?![\w&'’-]|[ \t]+(?:[A-Z]|of\b|District\b))")
        self.town_named = scanning(rf"(?<![\w.&'’-])(?:in|from|near|outside|of)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+"
                                   rf"(?:{alternatives(words['town_word'])}))(?![\w&'’-]|[ \t]+[A-Z])")
        # in Washington: a capital named by a word its country's state also bears (english.tsv capital_name)
        self.capitals = {name: place for name, place in pairs(words["capital_name"]).items() if place in kb.entries}
        self.capital = scanning(rf"(?<![\w.&'’-])(?:in|from|to)[ \t]+(?P<name>{alternatives(self.capitals) or '(?!)'})"
                                rf"(?![\w&'’-]|[ \t]+(?:[Ss]tate|[A-Z]|D\.?C)|,[ \t]+D\.?C)")
        self.place_in = frozenset(words["place_in"])  # in Chester, Pennsylvania: a given name so placed is the town's
        self.city = scanning(
            rf"(?<![\w.&'’-])(?i:(?P<before>{alternatives(words['place_before'])}))[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}),"
            r"[ \t]+(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)"
            rf"(?=-based\b|[,.;:)]|[ \t]+(?:and|or|(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{alternatives(words['kind_noun'])}))\b|[ \t]*$)", re.M)  # a Waltham, Massachusetts company; the Woodside, California venture firm
        # Chinese President Xi Jinping, Industry and Science Minister Ed Husic: an office named by its
        # country's adjective or its portfolio, before the person holding it
        office = alternatives(words["office_title"])
        holder = r"(?=[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)"
        self.nation_office = scanning(rf"(?<![\w.&'’-])(?P<nation>{alternatives(self.nationalities)})[ \t]+(?:{office}){holder}")
        self.portfolio_office = scanning(
            rf"(?<![\w.&'’-])(?P<portfolio>[A-Z][a-z]+(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)[A-Z][a-z]+){{0,3}})[ \t]+"
            rf"(?:{alternatives(words['portfolio_office'])}){holder}")
        self.office_words = frozenset(word for title in words["office_title"] for word in title.split())  # Lord Chancellor
        self.office_modifiers = frozenset(words["office_modifier"])  # Prime Minister, Deputy Secretary: no portfolio
        self.group_words = frozenset(words["group_adjective"])  # against Black and Hispanic renters: no parties
        self.description_stops = frozenset(words["description_stop"])  # Acme, a startup that builds models: no model
        self.model_fillers = frozenset(words["kind_noun"]) | self.description_stops
        # its R1 reasoning model, its xGen family of AI models (a camel-cased name opens in lower case)
        # (the startup's Comet browser, its Buy for Me feature: any owner, a small word inside)
        # (his Creativity Machine, ElevenLabs' Flash v2.5 voice model: any owner, a version's word inside)
        self.model_name = scanning(rf"(?:\b(?P<article>its|their|his|her|our|the|a|an|new|latest)|[A-Za-z][\w.-]*(?:['’]s|s['’]))\s+"
                                     rf"(?P<name>(?:[A-Z]|[a-z]{{1,5}}(?=[A-Z]))[\w.-]*(?:\s+(?:(?:for|to|of|with)\s+)?(?:[A-Z0-9][\w.-]*|v\d[\w.]*)){{0,2}})"
                                     rf"\s+(?P<filler>family\s+of\s+(?:[\w-]+\s+)?|(?:[a-z][\w-]*\s+){{0,2}}?)(?:{models})\b")
        # shopping tools, Rufus and Buy for Me; agents such as Operator and Mariner: products listed after their kind
        product = r"[A-Z][\w.-]*(?:[ \t]+(?:(?:for|to|of|with)[ \t]+)?[A-Z0-9][\w.-]*){0,2}"
        self.model_list = re.compile(
            rf"\b(?:{alternatives(words['model_plural'])})(?:,|[ \t]+such[ \t]+as|[ \t]+including|[ \t]+called|[ \t]+named)[ \t]+"
            rf"(?P<list>{product}(?:,[ \t]+{product})*,?[ \t]+(?:and|or)[ \t]+{product})(?=[.,;:)]|[ \t]+[a-z]|[ \t]*$)", re.M)
        # a product called AI Revenue Management: the name a model word is given
        self.model_called = scanning(rf"\b(?:{models})[ \t]+(?:called|named|dubbed|known[ \t]+as|branded)[ \t]+"
                                       rf"(?P<name>{model_name})(?![\w-])")
        # its first product, Tinker, arrived; its own AI translation tool, SUVAS,; its self-driving system, the
        # Aurora Driver,: the name in commas after a model word, up to two words describing the model before it
        self.model_before = scanning(rf"\b(?i:its|their|the|a|an)\s+(?:(?:first|new|latest|own|flagship|next)\s+)?"
                                       rf"(?:[\w-]+[ \t]+){{0,2}}?(?:{models}),[ \t]+(?:the[ \t]+)?(?P<name>{model_name}),")
        # Zoom's AI Companion, Google's Cloud Contact Center AI, its AI DJ: after an owner, a capitalised name
        # holding a word only a product's name holds (english.tsv product_mark: AI, GPT, Chatbot)
        marks = alternatives(words["product_mark"])
        self.owned_model = scanning(rf"(?:\b(?i:its|their)|[A-Za-z][\w.-]*(?:['’]s|s['’]))[ \t]+(?:(?:new|own|pilot|flagship|latest)[ \t]+)?"
                                      rf"(?P<name>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,3}})(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:and|or|in|on|for|to|with|is|was|has|had|will|can|as|from|by)\b)")
        self.not_product = frozenset(words["not_product"])  # Meta's AI Research Lab, OpenAI's AI Safety team
        self.product_mark = re.compile(rf"(?<![\w-])(?:{marks})(?![\w-])")
        cues = alternatives(words["role_cue"], spaced=True)
        # Acme Robotics, Fidelity Management & Research Company
        self.party = scanning(rf"\b(?:(?i:another|a[ \t]+second|a[ \t]+third|one[ \t]+more)[ \t]+(?:{cues}),|(?:{cues}))"
                                rf"\s+(?P<name>[A-Z][\w.&'’-]*(?:(?:\s&)?\s[A-Z][\w.&'’-]*){{0,3}})")
        # sued Acme and Beta, bought Mipsology and Nod.ai: another party joined to the one named
        self.party_next = re.compile(rf"(?:,[ \t]+|,?[ \t]+(?:{alternatives(words['party_join'])})[ \t]+)"
                                     r"(?P<name>[A-Z][\w.&'’-]*(?:(?:[ \t]&)?[ \t][A-Z][\w.&'’-]*){0,3})")
        # a member may carry its short name in brackets: Munhwa Broadcasting Corp. (MBC) and SBS
        # (and two names of one body joined by a slash: CBC/Radio-Canada)
        # a member may open with a lowercase article (the Guardian, the Plain Dealer): the list runs on past it
        member = r"(?:the )?[A-Z][\w.&'’-]*(?:/[A-Z][\w.&'’-]*)?(?: [A-Z][\w.&'’-]*){0,3}(?: \([A-Z][\w.&'’-]*\))?"
        # no member opens inside a word: Qwen2.5 72B and DeepSeek-V3 is no list of B (a model's size, 72B, is the model's)
        self.listing = scanning(rf"(?<![\w.&'’-]){member}(?:, {member})*,? and {member}")
        self.courts_by_name = {entry.en.lower(): entry for entry in kb.entries.values() if entry.type == "Court" and entry.en}
        self.no_names = NoNames(kb)
        self.title_cased = Headlines(words)
        # the outlet of a byline or a masthead (bylines.tsv byline_role, outlet_word)
        self.nonprofit_word = re.compile(rf"(?i)\b(?:{alternatives(words['nonprofit_word'])})\b")
        self.byline_roles = frozenset(kb.bylines.get("byline_role", ()))
        self.firm_ends = frozenset(kb.legal_forms) | frozenset(words["firm_form"])  # a firm's alert is no outlet's
        self.outlet_words = frozenset(kb.bylines.get("outlet_word", ()))
        self.section_words = frozenset(words["section_word"])  # LOCAL NEWS: a section's label, no masthead
        # a full stop inside only (Nod.ai), not the sentence's; a capital with its accent opens one (ÉIRE DAILY)
        outlet_word = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&'’-]*(?:\.[\w&'’-]+)*"
        outlet = rf"(?P<outlet>(?:The[ \t]+)?{outlet_word}(?:[ \t]+(?:of[ \t]+)?{outlet_word}){{0,4}})"
        credited_by = r"By[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}"  # By Jane Roe,
        staff = rf"(?:[A-Z][a-z]+[ \t]+)?(?:{alternatives(self.byline_roles)})"  # Staff Writer, Deal desk,
        after = r"(?:[ \t]+(?P<channel>\d+)(?:[ \t]+[A-Z]\w*)*)?[ \t]*(?:[—–|-][^\n]*)?$"  # KXYZ| 7 Digital; — May 5, 2025
        self.credited_outlet = re.compile(rf"^[ \t]*(?:{credited_by}[ \t]*[,|]|{staff},)[ \t]+{outlet}{after}", re.M)
        # THE LEDGER REVIEW | Courts; DOCKET NOTE | Harbor Litigation Tracker (the side an outlet's word ends)
        top = r"^[ \t]*"  # a masthead stands on the first lines (_MASTHEAD_LINES, told in outlets)
        self.masthead = re.compile(rf"{top}{outlet}[ \t]*[|｜][ \t]*(?P<section>[A-Z][\w ,&-]{{0,30}})$", re.M)
        self.masthead_after = re.compile(rf"{top}[A-Z][\w ,&-]{{0,30}}?[ \t]*[|｜][ \t]*{outlet}[ \t]*$", re.M)
        # BENCHSIDE LAW REPORT; GILT & LEDGER — THE BUSINESS QUARTERLY; Harbor Newswire | Markets | May 5, 2025:
        # a masthead ending in an outlet's word, alone on its line or before a section, a motto or a date
        named = rf"(?P<outlet>(?:(?:The|THE)[ \t]+)?{outlet_word}(?:[ \t]+(?:(?:of|&)[ \t]+)?{outlet_word}){{0,4}})"
        # RIVERSIDE RADIO 94.6, HARBOR FM 101: a station's frequency after its name is no part of it
        frequency = r"(?:[ \t]+\d{2,3}(?:\.\d)?(?:[ \t]*(?:FM|AM|MHz))?)?"
        self.masthead_alone = re.compile(rf"{top}{named}{frequency}[ \t]*(?:(?P<motto>[—–][^\n]*)|[|｜·•][^\n]*)?$", re.M)
        # The weekly letter on…, The journal of…: what a publication is, on the line under its masthead
        self.motto_line = re.compile(rf"[ \t]*(?:The|A|An)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{alternatives(words['publication_word'])})[ \t]+(?:on|of|for|about)[ \t]")
        # Nation | Technology, Explainer · Politics · Technology, Economy / IT: a section's path under a masthead
        step = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Za-z&][\w&'’-]*){0,3}"
        self.section_path = re.compile(rf"^[ \t]*{step}(?:[ \t]+[|｜·•/][ \t]+{step})+[ \t]*$", re.M)
        # Jan 14, 2025 (Harbor Financial Wire) -; OSLO (Fjord Wire) -: a wire's dateline names its outlet
        lead = r"(?:[A-Z][A-Z.'’ -]+|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)(?:,[^\n()]{0,30})?"
        self.dateline_outlet = re.compile(rf"^[ \t]*{lead}[ \t]+\({named}\)[ \t]*[-—–]", re.M)
        # The Gateway A.M. is published by X LLC, Court Notes is an independent title of X, X Wire is a service of
        # the Y Broadcaster (after a dateline and a dot: Posted 5 May · X is …): a footer naming the
        # publication and its publisher (the initials' full stops are the name's, not the sentence's)
        # (Furrow & Field Journal: an ampersand between two of its words; the publisher's own name after it,
        # capitalised words up to the stop, is a Company whatever its last word: Bayside Trade Press)
        self.published_by = re.compile(rf"^[ \t]*(?:©[^\n.]*\.[ \t]+|[^\n]*?[ \t][·•|][ \t]+)?(?P<outlet>(?:The[ \t]+)?[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*\.?"
                                       rf"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*\.?){{0,4}})[ \t]+(?:is|was)[ \t]+(?:(?:published|produced)[ \t]+by|an?[ \t]+(?:[a-z-]+[ \t]+){{0,3}}(?:title|publication|imprint|service)[ \t]+of)[ \t]"
                                       rf"(?:(?:the[ \t]+)?(?P<publisher>(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*){{1,4}})(?=[.;,]?[ \t]*(?:$|[A-Z(©])))?", re.M)
        self.over_issue = re.compile(rf"^[ \t]*{outlet}[ \t]*\n(?:[^\n]*\n)??[ \t]*(?:{alternatives(words['document_part'])})[ \t]*\d", re.M)
        self.issue_of = re.compile(rf"\b(?:(?:issue|edition)[ \t]+of|(?:first|originally)[ \t]+(?:published|appeared|ran)[ \t]+(?:in|by|on))"
                                   rf"[ \t]+{outlet}(?=[.,;:)]|[ \t]*$)", re.M)  # the May issue of X; first published in X
        # the HHS Office for Civil Rights, the FTC's Office of Technology: a unit after its body's name
        unit_heads = alternatives(words["unit_head"])
        self.unit = re.compile(rf"(?:['’]s)?[ \t]+(?P<unit>(?:{unit_heads})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?"
                               rf"{capital}(?:,?[ \t]+(?:(?:and|&|of|for|on|the)[ \t]+)*{capital}){{0,5}})(?![\w&'’-])")
        # the agency's Center for Devices and Radiological Health: a unit after a reference to a state body
        body_references = alternatives(noun for noun, type_ in pairs(words["reference"]).items() if type_ == "Regulator")
        self.referred_unit = scanning(rf"\b[Tt]he[ \t]+(?:{body_references})(?={self.unit.pattern})")
        self.owned = scanning(rf"\b(?:a|an|the)[ \t]+(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){{0,2}})[ \t]+"
                                rf"(?:{alternatives(words['owned_noun'])})\b")
        papers = alternatives(words["newspaper_word"]).replace(r"\ ", r"[ \t]+")
        self.paper = scanning(rf"(?<![\w.&'’-])(?:the|The)[ \t]+(?P<name>(?:[A-Z][\w.'’-]*[ \t]+){{1,4}}?(?:{papers}))(?![\w&'’-]|[ \t]+[A-Z])")
        self.gazettes = frozenset(kb.bylines.get("gazette", ()))  # the Federal Register: a state's gazette, no paper
        kinds, chambers = alternatives(words["committee_kind"]), alternatives(words["chamber"])
        self.committee = scanning(
            rf"(?<![\w.&'’-])(?P<name>(?:(?:{chambers})[ \t]+)?(?:{kinds})[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?{capital}"
            rf"(?:,?[ \t]+(?:(?:and|&|of|for|the)[ \t]+)*{capital}){{0,5}}"
            rf"|(?:{chambers})[ \t]+(?:{capital}[ \t]+){{1,3}}Committee)(?![\w&'’-])")
        self.bare_bodies = {**dict.fromkeys(words["bare_legislature"], "Legislature"), **dict.fromkeys(words["bare_force"], "Regulator")}
        self.bare_legislature = scanning(rf"(?<![\w.&'’-])(?:{alternatives(self.bare_bodies)})(?![\w&-]|[ \t]+(?:of\b|[A-Z]))")
        # both the House and Senate, the Senate and the House: a state's or a country's two chambers, each a Legislature
        chambers = alternatives(words["chamber"])
        self.chamber_pair = scanning(rf"(?<![\w.&'’-])[Tt]he[ \t]+(?P<first>{chambers})[ \t]+and[ \t]+(?:the[ \t]+)?"
                                     rf"(?P<second>{chambers})(?![\w&'’-]|[ \t]+(?:of\b|[A-Z]))")
        self.council_kinds = frozenset(words["council_kind"])
        title_word = r"(?:[A-Z][\w'’-]*|and|of|for|on|the|to|in|&)"
        # the Right to Compute Act, the Freedom to Vote Act: a title holding "to" after the word it opens with
        self.to_statute = scanning(rf"(?<![\w.&'’-])(?P<name>(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:{alternatives(words['to_title'])})[ \t]+to[ \t]+"
                                     rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{alternatives(words['statute_kind'])}))(?![\w&'’-])")
        self.statute = scanning(
            rf"(?<![\w.&'’(-])(?P<name>[A-Z][\w'’-]*(?:,?[ \t]+{title_word}){{0,8}}[ \t]+\([A-Z][\w'’-]*(?:,?[ \t]+{title_word}){{0,10}}\)"
            rf"(?:[ \t]+[A-Z][\w'’-]*){{0,2}}?[ \t]+(?:{alternatives(words['statute_kind'])})(?:,?[ \t]+(?:19|20)\d\d)?)(?![\w&'’-])")
        # the European Convention on Human Rights, the Code of Administrative Offences: a kind of instrument before
        # of/on and its remit; the Biometric Processing Privacy Code 2025: a code named with its year, or by two words at least
        word, remit = r"[A-Z][\w&'’-]*", r"[A-Z][\w&-]*(?![\w&'’-])"  # no owner's name inside the remit
        # (an act's or a law's title runs long, its small words in lower case: the Act on Special Cases Concerning the
        # Punishment of Sexual Crimes, the Organic Law for the Protection of Minors in Digital Environments)
        self.remit_statute = scanning(
            rf"(?<![\w.&'’-])(?P<name>(?:{word}[ \t]+){{0,3}}(?P<kind>{alternatives(words['remit_instrument'] + words['titled_law'])})[ \t]+(?P<link>of|on|for)[ \t]+"
            rf"(?:the[ \t]+)?(?P<remit>{remit}(?:[ \t]+(?:(?:and|&|the)[ \t]+|(?:of|on|for|in|to|with)[ \t]+(?:the[ \t]+)?)?{remit}){{0,9}})"
            rf"|(?:{word}[ \t]+){{1,5}}Code,?[ \t]+(?:19|20)\d\d|(?:{word}[ \t]+){{2,5}}Code)(?![\w&'’-])")
        self.group_owners = frozenset(words["group_owner"])  # the Children's Online Privacy Code: no owner, the title's word
        self.titled_laws = frozenset(words["titled_law"]) - frozenset(words["remit_instrument"])
        self.own_worded_laws = frozenset(words["own_worded_law"])  # the Report on…: a report's own words before it
        self.document_remits = frozenset(words["document_remit"])  # the Code of Practice: a document's kind, no title
        # a document's title in capitals: its longer words capitalised (a short or title_lower word in lower case), a colon after one
        small = alternatives(("a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "by", "at", "as",
                              *(word for word in words["title_lower"] if word not in ("that", "than"))))  # …Systems that Roe: a clause
        cap = r"(?:[A-Z][\w'’-]*|\d[\w.]*)"
        title = rf"[A-Z][\w'’-]*:?(?:[ \t]+(?:(?:{small})[ \t]+)*{cap}:?){{2,24}}"
        nouns = alternatives(words["document_noun"])
        # the draft, titled Model Audits: A Guide for Agencies; a paper entitled "…"
        self.document_titled = scanning(rf"\b(?:{nouns})s?,?[ \t]+(?:titled|entitled)[ \t]+"
                                          rf"(?:[\"“](?P<quoted>[^\"”\n]{{8,200}})[\"”]|(?P<name>{title}))")
        # a second draft, Guidance on Model Audits for Public Agencies, was…: the title in commas after the document's word
        self.document_apposed = scanning(rf"(?<![\w'’-])(?P<lead>(?i:an?|the|its|their|his|her|our|this))[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{nouns}),[ \t]+(?P<name>{title})"
                                           rf"(?=,[ \t]+[a-z]|[.;]?(?:[ \t]|$))", re.M)
        # the Seoul Guiding Principles for Responsible Robotics: capitalised words ending in a document's kind, then its remit
        kinds = alternatives(words['document_kind'])
        self.document_kind = scanning(rf"(?<![\w&'’-])(?:the|The|its|their|whose)[ \t]+(?P<name>(?:{cap}[ \t]+){{1,5}}(?:{kinds})"
                                        rf"[ \t]+(?:for|on|of)[ \t]+(?:the[ \t]+)?{cap}(?:[ \t]+(?:(?:{small})[ \t]+)*{cap}){{0,10}})(?![\w&'’-])")
        # the mayor released the Springfield AI Action Plan; The Global Model Safety Report, released today: no remit, so
        # an act of issuing right before or right after the title tells it is one
        issuing = alternatives(words["document_issuing"])
        bare = rf"(?P<name>(?:{cap}[ \t]+){{2,6}}(?:{kinds}))(?![\w&'’-]|[ \t]+(?:for|on|of|to)[ \t])"
        self.document_issued = scanning(rf"\b(?:{issuing})[ \t]+(?:the|its|their|a|an)[ \t]+{bare}")
        self.document_released = scanning(rf"(?<![\w&'’-])(?:the|The)[ \t]+{bare}(?=,[ \t]+(?:{issuing})\b)")
        # the Agency's Policy for the fair use of AI in councils, in force…; Use of data in schools, guidance issued by…;
        # its guidance “Use of biometric data at work”: a title in sentence case, told by an owner's possessive before it,
        # a document's word and an act of issuing after its comma, or a document's word before its quotes
        sentence = r"[A-Z][a-z]+[ \t]+(?:for|of|on)[ \t]+(?:[\w'’-]+[ \t]+){1,14}?[\w'’-]+"
        self.sentence_titles = (
            scanning(rf"(?<=[A-Za-z]['’]s[ \t])(?P<name>(?:{alternatives(words['sentence_title_head'])})[ \t]+(?:for|of|on)[ \t]+[a-z]"
                     rf"(?:[\w'’-]*[ \t]+){{1,14}}?[\w'’-]+)(?=,[ \t]+[a-z])"),
            scanning(rf"(?<![\w'’-])(?P<name>{sentence}),[ \t]+(?:(?:a|an|the)[ \t]+)?(?:{nouns})[ \t]+(?:{issuing})\b"),
            scanning(rf"\b(?:{nouns})[ \t]+[“\"](?P<name>{sentence})[”\"]"))
        self.report_of = re.compile(rf"(?<![\w'’-])(?:{alternatives(words['report_of'])})[ \t]+of[ \t]+the[ \t]+$")
        self.filing_words = frozenset(words["filing_word"])
        partner = r"[A-Z][\w'’-]+"
        self.firm = scanning(rf"(?<![\w.&'’-]){partner}(?:,[ \t]+{partner})+,?[ \t]+&[ \t]+{partner}"
                               rf"(?:,?[ \t]+(?:{alternatives(words['firm_form'])}))?(?![\w&'’-])")
        # Harlow & Finch LLP: two partners make a firm only before a professional partnership's form
        self.firm_pair = scanning(rf"(?<![\w.&'’-]){partner}[ \t]+&[ \t]+{partner},?[ \t]+"
                                  rf"(?:{alternatives(words['professional_form'])})(?![\w&'’-])")
        # Orvanta's chief executive, Quorra's board: an unknown name owning what only a business has (company_role)
        unknown = r"[A-Z][\w.&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w.&-]*){0,2}"
        self.possessor = scanning(rf"(?<![\w.&'’-])(?P<name>{unknown})['’]s[ \t]+(?:(?:former|new|longtime|acting|interim|top|own)[ \t]+)?"
                                    rf"(?:{alternatives(words['company_role'])})(?![\w-])")
        # a spokesperson for Velocity Robotics, a partner at Brightwater Legal, the executive director of the Open Data Project
        self.represented_nouns = pairs(words["represented_noun"])
        self.represented = scanning(rf"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)[ \t]+|,[ \t]+)(?:(?:former|senior|chief|lead|managing|founding)[ \t]+)?"
                                      rf"(?P<noun>{alternatives(self.represented_nouns)})[ \t]+(?:for|at|with|of[ \t]+the)[ \t]+(?P<name>{unknown})(?![\w&'’-])")
        # a start-up called Nimbalo, the firm, named Quorra,: the name its kind is given (apposed_kind)
        self.called = scanning(rf"\b(?P<kind>{alternatives(self.apposed_kinds_of(words))}),?[ \t]+(?:{alternatives(words['called_word'])})[ \t]+"
                                 rf"(?P<name>{unknown})(?![\w&'’-])")
        # short seller Wolfpack Research, the advocacy group Fair Screen: the unknown name right after the kind of
        # body that publishes accusations (accuser_kind), typed by it
        self.accuser_kinds = pairs(words["accuser_kind"])
        self.kinded = scanning(rf"(?<![\w-])(?P<kind>(?i:{alternatives(self.accuser_kinds)}))[ \t]+(?P<name>{unknown})(?![\w&'’-])")
        # the U.S.-based Helixon AI, Berlin-based Quantara, the Delaware-incorporated Quorra: the name right after
        # where it is based or registered
        self.based_name = scanning(rf"-(?:based|incorporated|registered)[ \t]+(?P<name>{unknown})(?![\w&'’-])")
        self.backed = scanning(r"(?<![\w.&'’-])(?P<name>[A-Z][\w.&'’]*(?:[ \t]+[A-Z][\w.&'’]*){0,2})-backed(?![\w-])")

    def find(self, text: str, tokens: Tokens | None, candidates: list[Mention]) -> list[Mention]:
        if not re.search(r"[A-Za-z]{3}", text):
            return []
        persons = self.persons(text) + self.firms(text) + self.papers(text) + self.legislatures(text) + self.statutes(text)
        found = [*self.courts(text), *self.cases(text), *persons, *self.nationality_words(text),
                 *self.dateline_places(text), *self.extended(text, candidates), *self.models(text, candidates),
                 *self.bodies(text, candidates), *self.remit_bodies(text, candidates), *self.capital_bodies(text, candidates),
                 *self.opposing_groups(text, candidates), *self.utilities(text, candidates),
                 *self.apposed_bodies(text, candidates), *self.cities(text, candidates), *self.regions(text, candidates), *self.based_places(text, candidates),
                 *self.held_offices(text), *self.titled_places(text), *self.parties(text, candidates + persons), *self.placed(text),
                 *self.bills(text), *self.registered(text, candidates), *self.backers(text, candidates),
                 *self.outlets(text, candidates), *self.owners(text, candidates), *self.units(text, candidates),
                 *self.actors(text, candidates + persons), *self.documents(text, candidates)]
        found = [latin for m in found if not self.no_names(text, m.start, m.end) and (latin := self.latin_part(m)) is not None]
        found += self.court_divisions(text, candidates + found)
        found += self.body_reports(text, candidates + found)
        return found + self.repeated(text, candidates + found)

    @staticmethod
    def latin_part(mention: Mention) -> Mention | None:
        """An English name ends where Chinese text stands (a Latin word's \\w takes Chinese
        characters in too): of 零售商Brightwell Labs, of Clinics和Norvale Medical Group the name
        is the Latin run after the last Chinese character, Brightwell Labs, Norvale Medical
        Group; a run opening with no capital is none."""
        chinese = list(_CJK.finditer(mention.text))
        if not chinese:
            return mention
        after = mention.text[chinese[-1].end():]
        name = after.lstrip()
        if not name[:1].isupper() or len(name.split()) == 1 and len(name) < 3:
            return None
        start = mention.end - len(name)
        return replace(mention, text=name, start=start)

    def court_divisions(self, text: str, courts: list[Mention]) -> list[Mention]:
        """Superior Court of California, County of Alameda; Missouri Court of Appeals, Eastern
        District: a court's name runs on over a comma into the seat or the division it names
        (english.tsv court_seat, court_division)."""
        found = []
        for court in courts:
            if court.type == "Court" and (tail := self.court_tail.match(text, court.end)) is not None:
                start = court.start + len(court.text) - len(court.text.lstrip())
                while (word := re.match(r"\S+[ \t]+", text[start:court.end])) and \
                        (word.group().strip() in _ARTICLES or word.group().strip() in self.name_stops):
                    start += word.end()  # The Supreme Court, Appellate Division: the article is no part of it
                found.append(self.mention(text[start:tail.end()], "Court", start, tail.end(), 0.8, "court"))
        return found

    def placed(self, text: str) -> list[Mention]:
        """Utah Governor, the Illinois Department of Financial and Professional Regulation,
        the Utah Legislature: a known place followed by an office or a state body (english.tsv
        place_office; a body word opening its name before "of" needs what it is of) is that
        office or body, of the kind the lexicon gives."""
        found = [self.mention(match.group("name"), "Regulator", match.start("name"), match.end("name"), 0.7, "placed")
                 for match in self.holders_office.finditer(text) if not self.title_cased(text, match.start())
                 and not re.search(r"[A-Z][\w.'’-]*[ \t]+$", text[max(0, match.start() - 30):match.start()])]
        for match in self.place_office.finditer(text):
            place = self.kb.place_prefix(match.group("lead"))
            if place is None or not match.group("lead").startswith(place[0] + " ") and match.group("lead") != place[0]:
                continue
            if place[1].type != "Jurisdiction" or self.title_cased(text, match.start()):
                continue
            start = match.start("lead")  # The Utah Division of…: the article is no part
            office = match.group("office")
            if office in self.body_of_offices and not match.group("of"):
                continue  # the Utah Department: no body named
            if office in self.chambers_alone and re.match(r"[ \t]+[A-Z0-9]", text[match.end():]):
                continue  # Missouri House Bill 12, the Ohio House Speaker: a bill's or an office's name
            lead_rest = match.group("lead")[len(place[0]):].strip()
            if lead_rest:  # Utah State Senate: only a word of the kind (State) may stand between
                if lead_rest not in self.place_kinds:
                    continue
            end = match.end()
            if match.group("of") and (joined := re.search(r",[ \t]+(?:and|&)[ \t]", match.group("of"))) and \
                    "," not in match.group("of")[:joined.start()]:
                end = match.start("of") + joined.start()  # the Utah Department of Commerce, and Attorney General…: a list's end
            name = text[start:end]
            found.append(self.mention(name, self.offices[office], start, end, 0.8, "placed"))
        return found

    def outlets(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The publication a story comes from, named in its head: after a byline or a
        staff role and a comma (By Jane Roe, Harbor Daily; Staff Writer, The Lakeside
        Courier; Deal desk, The Ledger Review — May 5, 2025), as a masthead beside a section
        (THE LEDGER REVIEW | Courts, DOCKET NOTE | Harbor Litigation Tracker), over its issue's number (The Policy Brief / Issue 12),
        or as what an issue is of (the May issue of Ledger Review Monthly): a Company
        (commercial media); a broadcaster's call sign without its channel (KXYZ 7 News), a regional
        station's name with it (By Jane Roe, Bayside 4 Digital Desk: Bayside 4)."""
        found = []
        mastheads = (self.masthead_alone, self.masthead, self.masthead_after)
        patterns = (*mastheads, self.credited_outlet, self.over_issue, self.issue_of, self.dateline_outlet, self.published_by)
        masthead_line = None  # a story's head has one masthead: a line under it names a section (Intellectual Property | AI)
        for pattern in patterns:
            for match in pattern.finditer(text):
                start, end = match.span("outlet")
                words = match.group("outlet").split()
                line = text.count("\n", 0, start)
                if pattern in mastheads and (line >= _MASTHEAD_LINES or masthead_line is not None and line > masthead_line):
                    continue
                if pattern is self.masthead_alone and (
                        words[-1].title() not in self.outlet_words and not self.outlet_motto(match.group("motto"))
                        and not self.over_sections(text, match, words) and not self.over_motto(text, match)
                        and not self.over_tagline(text, match, words)
                        or any(word in self.body_stops for word in words[1:]) or self.over_prose(text, match)
                        or words[0].title() != "The" and all(word.title() in self.section_words for word in words[:-1])):
                    continue  # THE BILL, CLIENT ALERT: a heading; LOCAL NEWS, WORLD NEWS: a section (THE NATIONAL COURIER is none)
                if words[-1] in self.byline_roles or words[-1] in self.firm_ends or self.kb.lookup(match.group("outlet")) is not None or \
                        any(word in self.body_stops for word in words[words[0] == "The":]):
                    continue  # By Jane Roe, Courts Reporter; Strand LLP | Privacy: a firm; a known outlet
                if pattern is self.masthead and (len(words) < 2 and words[-1].title() not in self.outlet_words or
                                                 match.group("section").split()[-1].title() in self.outlet_words) \
                        or pattern is self.masthead_after and words[-1].title() not in self.outlet_words:
                    continue  # DEALS | Venture capital, DOCKET NOTE | Harbor Tracker: a section's name, not the outlet's
                if pattern in mastheads:
                    masthead_line = line if masthead_line is None else min(line, masthead_line)
                inside = [m for m in candidates if m.start < end and start < m.end]
                if pattern is self.published_by and match.group("publisher") and any(
                        (m.start, m.end, m.type) == (start, end, "Company") for m in inside):
                    found += self.publisher(match, candidates + found)  # ANB News is a service of …: the outlet found already
                    continue
                if found and overlaps_any(start, end, found) or inside and not (
                        pattern is self.masthead_alone and all(start <= m.start and m.end <= end for m in inside) and (
                            self.over_tagline(text, match, words) and all(m.type == "Jurisdiction" for m in inside)
                            or self.paper_title(match, words))
                        or pattern is self.credited_outlet and all(  # By Jane Roe | Chronicle News Service: no Chronicle News
                            m.type == "Company" and start <= m.start and m.end <= end and m.end - m.start < end - start for m in inside)):
                    continue  # THE DUBLIN COURIER over its tagline, THE NVIDIA LEDGER: a name inside a paper's name is no part of the story
                if pattern is self.credited_outlet and match.group("channel") and not match.group("outlet").isupper():
                    end = match.end("channel")  # SoCal 11 Digital Team: a regional station is named with its channel (KXYZ without)
                name = text[start:end]
                bare = re.sub(r"^(?:The|THE)\s+", "", name)  # The Fenwick Ledger is named Fenwick Ledger too
                canonical = " ".join(word.capitalize() for word in bare.split()) if name.isupper() and len(name) > 4 else None  # BENCHSIDE LAW REPORT, COUNSEL'S DIGEST
                type_ = "Organization" if pattern in mastheads and self.nonprofit_tagline(text, match) else "Company"
                # its publisher named after it (is published by X LLC): a fact of the footer, no credit line
                detail = "published" if pattern is self.published_by else "outlet"
                found.append(self.mention(name, type_, start, end, 0.6, detail, canonical=canonical,
                                          aliases=(bare,) if bare != name else ()))
                if pattern is self.published_by and match.group("publisher"):
                    found += self.publisher(match, candidates + found)
        return found

    def publisher(self, match: re.Match, candidates: list[Mention]) -> list[Mention]:
        """X is a publication of Bayside Trade Press: the publisher a footer names after its
        title, where no other rule (a legal form, a suffix) named it."""
        start, end = match.span("publisher")
        if overlaps_any(start, end, candidates) or self.kb.lookup(match.group("publisher")) is not None:
            return []
        return [self.mention(match.group("publisher"), "Company", start, end, 0.6, "publisher")]

    def units(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the HHS Office for Civil Rights, the FTC's Office of Technology: a unit named after a
        state body's name (english.tsv unit_head, then of/for and capitalised words) is a
        Regulator of its own, the body its parent (kg.facts.ownership reads partOf); the
        body's name alone is the unit's, with its parent's, where there is no possessive."""
        found = []
        for body in candidates:
            if body.type not in ("Regulator", "Legislature") or _CJK.search(body.text):
                continue
            match = self.unit.match(text, body.end)
            if match is None or self.title_cased(text, body.start):
                continue
            name = match.group("unit").rstrip(".,")
            end = match.start("unit") + len(name)
            if self.kb.lookup(name) is not None or any(m.start < end and match.start("unit") < m.end and m.end > end
                                                       for m in candidates):
                continue  # a known unit (Bureau of Consumer Protection) is the knowledge base's, with its parent
            start = match.start("unit") if text[body.end] in "'’" else body.start
            found.append(self.mention(text[start:end], "Regulator", start, end, 0.75, "unit", parent=body))
        for reference in self.referred_unit.finditer(text):  # the agency's Center for…: the body is told before
            match = self.unit.match(text, reference.end())
            name = re.split(r"\.\s", match.group("unit"))[0].rstrip(".,")  # …Radiological Health. The draft: the stop ends it
            start, end = match.start("unit"), match.start("unit") + len(name)
            if self.kb.lookup(name) is not None or self.title_cased(text, reference.start()) or \
                    overlaps_any(start, end, candidates) or _CJK.search(text[max(0, start - 2):end + 2]):
                continue
            found.append(self.mention(name, "Regulator", start, end, 0.7, "unit"))
        return found

    def paper_title(self, match: re.Match, words: list[str]) -> bool:
        """THE MELBOURNE MORNING LEDGER, THE NVIDIA LEDGER: a masthead in capitals opening with The,
        two words at least after it, the last an outlet's word: a place or a known name inside it
        is part of the paper's name."""
        return match.group("outlet").isupper() and words[0] == "THE" and len(words) >= 3 \
            and words[-1].title() in self.outlet_words

    def over_sections(self, text: str, match: re.Match, words: list[str]) -> bool:
        """THE DOMINION STANDARD over Explainer · Politics · Technology, THE LEDGERLINE · LIVE: a
        name in capitals opening with The, its section's path beside it or on a head line (one
        naming no known name), is a masthead whatever its last word."""
        if words[0] != "THE" or len(words) < 2 or not match.group("outlet").isupper():
            return False
        line_end = text.find("\n", match.end("outlet"))
        rest = text[match.end("outlet"):line_end if line_end >= 0 else len(text)]
        if re.match(r"[ \t]*[|｜·•][ \t]*[A-Z]", rest):
            return True
        head = "\n".join(text.split("\n")[:_MASTHEAD_LINES + 1])
        return any(self.kb.lookup(step.strip()) is None for path in self.section_path.finditer(head)
                   for step in re.split(r"[|｜·•/]", path.group()))

    @staticmethod
    def over_prose(text: str, match: re.Match) -> bool:
        """THE ROUND AND THE REVIEW, SHOW NOTES over a paragraph of sentences: a cross-head of the
        story (its next line a long sentence), not a masthead, which stands over a headline, a
        tagline or a date; one with a motto or a section beside it (DEVICEWATCH DAILY — Announcements) is a masthead."""
        if match.group().strip() != match.group("outlet").strip():
            return False
        following = [line.strip() for line in text[match.end():].split("\n")[1:] if line.strip() and not _CREDIT_LINE.match(line)]
        return bool(following) and len(following[0].split()) >= 12 and following[0][-1] in ".!?\"”'’"

    def over_motto(self, text: str, match: re.Match) -> bool:
        """BRIEFS & BYTES over The weekly letter on legal technology: a name in capitals over a
        line saying what the publication is (an article, a publication's word and what it is
        of: english.tsv publication_word) is a masthead whatever its last word."""
        if not match.group("outlet").isupper() or len(match.group("outlet")) < 4:
            return False
        # the credit lines kg.segment puts under an item's title (By：Jane Roe) stand between them
        following = [line for line in text[match.end():].split("\n")[1:] if not _CREDIT_LINE.match(line)]
        return bool(following) and self.motto_line.match(following[0]) is not None

    def over_tagline(self, text: str, match: re.Match, words: list[str]) -> bool:
        """CX PULSE over Customer experience, contact centers and the tech behind them; PeopleOps
        Today over The workplace compliance newsroom; FILMIBAZAAR LIVE over Home › Bollywood: the
        text's first line, a short name in capitals (or of three title-case words at most, over a
        tagline opening with an article), over a tagline in lower-case words that tells no
        sentence, or over the page's breadcrumb, is a masthead whatever its last word."""
        if match.start("outlet") != len(text) - len(text.lstrip()) or len(words) > 4:
            return False
        following = [line.strip() for line in text[match.end():].split("\n")[1:] if line.strip() and not _CREDIT_LINE.match(line)]
        if not following:
            return False
        tagline = following[0]
        if match.group("outlet").isupper() and len(match.group("outlet")) >= 4:
            if _BREADCRUMB_LINE.fullmatch(tagline):
                return True
        elif not (len(words) <= 3 and all(word[:1].isupper() for word in words) and re.match(r"(?:The|A|An|Your)\s", tagline)):
            return False
        tagline_words = tagline.split()
        lower = sum(1 for word in tagline_words[1:] if word[:1].islower())
        return 3 <= len(tagline_words) <= 12 and lower * 2 >= len(tagline_words) and tagline[:1].isupper() \
            and not re.search(r"[.!?;]\s*$|[:|›>·•$€£%]", tagline)  # Fictitious authorities: the court…, Acme's $12 billion start-up: a headline

    def nonprofit_tagline(self, text: str, match: re.Match) -> bool:
        """VERITAS CHECK over Independent, nonpartisan fact-checking: a masthead whose tagline says it
        is no business (english.tsv nonprofit_word) names an Organization, not commercial media."""
        following = [line for line in text[match.end():].split("\n")[1:] if line.strip() and not _CREDIT_LINE.match(line)]
        return bool(following) and self.nonprofit_word.search(following[0]) is not None

    def outlet_motto(self, motto: str | None) -> bool:
        """— THE BUSINESS QUARTERLY after a masthead: what the publication is, ending in an outlet's word."""
        words = re.findall(r"[A-Za-z]+", motto or "")
        return bool(words) and words[0].lower() in ("the", "a", "your") and words[-1].title() in self.outlet_words

    def papers(self, text: str) -> list[Mention]:
        """the Orange County Register, the St. Paul Pioneer Press: capitalised words after "the"
        ending in a newspaper's word (english.tsv newspaper_word) name a newspaper, a company;
        not a state's gazette (the Federal Register), a known name, or a headline's words."""
        found = []
        for match in self.paper.finditer(text):
            name = match.group("name")
            if name in self.gazettes or self.kb.lookup(name) is not None or name.split()[0] in self.name_stops or \
                    self.title_cased(text, match.start()) or any(w.endswith(("'s", "’s")) for w in name.split()):
                continue
            found.append(self.mention(name, "Company", match.start("name"), match.end("name"), 0.65, "paper"))
        return found

    def legislatures(self, text: str) -> list[Mention]:
        """the Standing Committee on Industry and Technology, the Senate Commerce Committee: a
        legislature's committee; Parliament alone (not the European Parliament, not Parliament
        of Australia: those name it whole): the parliament of the country the story is about; so
        is the Senate alone, and so are both chambers named together (the House and Senate), and an armed service named alone (the Army) is that country's, a
        state body."""
        found = []
        for match in self.committee.finditer(text):
            end = self.parent_end(text, match.start(), match.start() + len(match.group("name").rstrip(".,")))
            end = self.glossed_end(text, match.start(), end)
            if not self.headline_words(text, match.start(), end) and self.kb.lookup(text[match.start():end]) is None:
                found.append(self.mention(text[match.start():end], "Legislature", match.start(), end, 0.7, "legislature"))
        for match in self.chamber_pair.finditer(text):
            if match.group("first") != match.group("second") and not self.title_cased(text, match.start()):
                found += [self.mention(match.group(side), "Legislature", match.start(side), match.end(side), 0.6, "legislature")
                          for side in ("first", "second")]
        for match in self.bare_legislature.finditer(text):
            before = text[max(0, match.start() - 30):match.start()]
            if re.search(r"(?:(?<![\w.'’-])(?!(?:The|A|An)[ \t]+$)[A-Z][\w.'’-]*|['’]s)[ \t]+$", before) or self.title_cased(text, match.start()):
                continue  # the European Parliament, Canada's Parliament: another rule's name or its owner's
            found.append(self.mention(match.group(), self.bare_bodies[match.group()], match.start(), match.end(), 0.6, "legislature"))
        return found

    def statutes(self, text: str) -> list[Mention]:
        """The Information Technology (Intermediary Guidelines and Digital Media Ethics Code)
        Amendment Rules, 2025: a title in capitals with a bracketed part, ending in a kind of
        instrument and perhaps its year, is a Law; a known one is the knowledge base's."""
        found = []
        for match in self.statute.finditer(text):
            words = match.group("name").split()
            while words and (words[0] in _ARTICLES or words[0] in self.name_stops):
                words = words[1:]  # The Data Protection (Amendment) Act
            name = " ".join(words)
            start = match.end("name") - len(name)
            inner = re.search(r"\(([^()]*)\)", name).group(1)
            if not words or text[start:match.end("name")] != name or self.kb.lookup(name) is not None or \
                    self.title_cased(text, start) or re.fullmatch(r"[A-Z0-9&.-]+", inner):
                continue  # the Artificial Intelligence (AI) Act: a short name glossed, no part of a title
            found.append(self.mention(name, "Law", start, match.end("name"), 0.75, "statute"))
        for match in self.to_statute.finditer(text):  # the Right to Compute Act
            words = match.group("name").split()
            while words[0] in _ARTICLES or words[0] in self.name_stops or words[0].endswith(("'s", "’s")):
                words = words[1:]  # Montana's Right to Compute Act
            start = match.end("name") - len(" ".join(words))
            if text[start:match.end("name")] == " ".join(words) and not self.title_cased(text, start):
                found.append(self.mention(text[start:match.end("name")], "Law", start, match.end("name"), 0.75, "statute"))
        for match in self.remit_statute.finditer(text):
            words = match.group("name").split()
            owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s")) and w not in self.group_owners]
            words = words[owners[-1] + 1:] if owners else words  # the Treasury Board's Directive on…: the owner is no part
            while len(words) > 1 and (words[0] in _ARTICLES or words[0] in self.name_stops):
                words = words[1:]
            end, remit = match.end("name"), match.group("remit") or ""
            # the Code of Practice in Ruritania, …on Biometric Surveillance in August: a place or a date after any link is no part
            place = next((place for place in re.finditer(r"(?=[ \t]+(?P<link>in|to|with|on|by)[ \t]+(?:the[ \t]+)?(?P<tail>.+)$)", remit)
                          if place.group("link") in ("in", "to", "with") and self.kb.lookup(place.group("tail")) is not None
                          or re.match(_DATE_WORD, place.group("tail")) or re.match(_MONTH_DATE, place.group("tail"))), None)
            if place:
                end, remit = end - len(remit) + place.start(), remit[:place.start()]
            name = " ".join(words)
            start = match.end("name") - len(name)
            name = text[start:end]
            if match.group("kind") is None and name.endswith("Code") and not _ARTICLE_BEFORE.search(text, max(0, start - 7), start):
                continue  # Visual Studio Code: a code named without its year is a title only after an article (a Children's…Code)
            if text[start:match.end("name")] != " ".join(words) or self.kb.lookup(name) is not None or self.title_cased(text, start) or \
                    remit in self.document_remits or not self.titled_law(match, start, remit) or _TITLE_GLOSS.search(text, 0, start):
                continue  # a known one, a headline's words, the Code of Practice (a document's kind), 《…》（Guidelines on…）: the title's gloss
            found.append(self.mention(name, "Law", start, end, 0.7, "statute"))
        return found

    def titled_law(self, match: re.Match, start: int, remit: str) -> bool:
        """The Act on Special Cases Concerning the Punishment of Sexual Crimes, the Organic Law for the
        Protection of Minors: an act's or a law's kind opening its title (english.tsv titled_law) names a
        law before on/for and a remit of two capitalised words at least, no date (the Act on Monday), not
        before "of" (the AI Act of the European Union); a regulation's kind, and a body of rules, needs
        its own words before it (the Federal Rules of Civil Procedure; no bare Rules of Golf)."""
        kind = match.group("kind")
        own_words = kind not in self.own_worded_laws or match.start("kind") > start  # the Federal Rules of…, not the Rules of Golf
        if kind not in self.titled_laws:
            return own_words
        capitals = re.findall(r"[A-Z][\w&-]*", remit)
        return match.group("link") != "of" and len(capitals) >= 2 and not re.match(_DATE_WORD, capitals[0]) and own_words

    def documents(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """A policy document named by its title (a Law, SCHEMA: guidelines, reports, strategies): after
        a document's word and titled (the draft, titled Model Audits: A Guide for Agencies; a paper
        entitled "…"), in commas after a document's word (a second draft, Guidance on Model Audits
        for Public Agencies, was…: not after a preposition, In her order, Roe found…), or ending in a
        document's kind before its remit (the Seoul Guiding Principles for Responsible Robotics)."""
        found = []
        for pattern in (self.document_titled, self.document_apposed, self.document_kind, self.document_issued,
                        self.document_released):
            for match in pattern.finditer(text):
                group = "quoted" if pattern is self.document_titled and match.group("quoted") else "name"
                # …Robots on Tuesday, …Framework for Generative AI in 2024: a date or a year after a title ends it
                name = re.split(rf"[ \t]+(?:on|in|by)[ \t]+(?={_DATE_WORD}|{_YEAR}\b)", match.group(group))[0].rstrip(":,. ")
                start = match.start(group)
                end = start + len(name)
                if pattern is self.document_apposed and (
                        re.search(r"(?i:\b(?:in|under|by|with|per|from|on|at|to|of|for))[ \t]+$", text[max(0, match.start() - 8):match.start()])) \
                        and not self.closed_title(text, name, end):
                    continue  # In her order, Roe found…; Under the order, Acme must…: a clause, no title
                if self.kb.lookup(name) is not None or self.title_cased(text, start) or \
                        all(word in self.filing_words for word in re.findall(r"[A-Z]\w+", name)) or \
                        any(m.start < start < m.end or m.start < end < m.end for m in candidates):
                    continue  # a known title, a headline, Opinion and Order; a name that runs across the title's edge
                found.append(self.mention(name, "Law", start, end, 0.7, "document"))
        for pattern in self.sentence_titles:
            for match in pattern.finditer(text):
                start, end = match.span("name")
                if not any(m.start < end and start < m.end for m in candidates) and self.kb.lookup(match.group("name")) is None:
                    found.append(self.mention(match.group("name"), "Law", start, end, 0.6, "document"))
        return found

    def body_reports(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Report of the Royal Commission into Harbour Safety: a report named after the body that
        wrote it (english.tsv report_of) is a Law of its own, the body inside it kept."""
        return [self.mention(text[report.start():body.end], "Law", report.start(), body.end, 0.65, "document")
                for body in candidates if body.type in ("Regulator", "Organization", "Legislature", "Court")
                if (report := self.report_of.search(text, max(0, body.start - 40), body.start)) is not None]

    @staticmethod
    def closed_title(text: str, name: str, end: int) -> bool:
        """in its May report, Schools and the Future of Learning, to keep…: a title after a preposition's
        document word holds its own small words and a comma closes it before the sentence goes on in lower
        case (In her order, Judge Roe found…: a clause's subject, neither)."""
        return re.search(r"[ \t](?:of|for|and|on|the|in|to)[ \t]", name) is not None and re.match(r",[ \t]+[a-z]", text[end:]) is not None

    def firms(self, text: str) -> list[Mention]:
        """Rothwell, Figg, Ernst & Manbeck: partners' names between commas, the last after "&",
        are one firm's name (a list of parties joins its last with "and"); none of them a known
        name but a person's (Apple, Google & Meta are three; a partner may share a known
        person's family name); two partners before a professional form (Harlow & Finch LLP)."""
        found = []
        for match in (*self.firm.finditer(text), *self.firm_pair.finditer(text)):
            partners = re.split(r",?[ \t]+&[ \t]+|,[ \t]+", match.group())
            if any(self.kb.lookup(partner) is not None and self.kb.lookup(partner).type != "Person" or partner in self.name_stops
                   for partner in partners) or \
                    self.title_cased(text, match.start()):
                continue
            found.append(self.mention(match.group(), "Organization", match.start(), match.end(), 0.7, "firm"))
        return found

    def owners(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """a Harlow Motors dealership, an Orvane factory: the unknown name before a word for
        what a business owns (english.tsv owned_noun) is that business."""
        found = []
        for match in self.owned.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or self.nationality.fullmatch(name) \
                    or self.title_cased(text, start) or overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(name, "Company", start, end, 0.55, "owner"))
        return found

    def backers(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Thrive-backed start-up, a Sequoia Capital-backed lab: the name before "-backed"
        is a company that invests (a nationality or a state before it is a place: U.S.-backed)."""
        found = []
        for match in self.backed.finditer(text):
            words = match.group("name").split()
            while words and (words[0] in self.name_stops or words[0] in _ARTICLES):
                words = words[1:]
            if not words:
                continue
            end = match.end("name")
            start = end - len(" ".join(words))
            name = text[start:end]
            if self.kb.lookup(name) is not None or self.nationality.fullmatch(name) or self.title_cased(text, start) or \
                    _CJK.search(text[max(0, start - 2):end + 2]) or overlaps_any(start, end, candidates):
                continue  # known to the knowledge base (its family names it), U.S.-backed, a headline
            found.append(self.mention(name, "Company", start, end, 0.6, "backed"))
        return found

    def registered(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Tutor Group Limited, Zorvex Labs Inc.: an unknown capitalised name ending in a legal
        form of a company (context.tsv legal_form) is a company."""
        found = []
        for match in self.legal_name.finditer(text):
            words = match.group("name").split()
            while words and (not words[0] or words[0] in self.name_stops or words[0] in _ARTICLES):
                words = words[1:]
            # a headline's capitalised words run into the name (Settles With Udio, Inc.); a name Chinese
            # bounds (对象：Rimar Capital USA, Inc.、) is the whole run, though its line is all capitals
            if not words or self.title_cased(text, match.start()) and not _CHINESE_BEFORE.search(text, 0, match.start()):
                continue
            start = match.end("name") - len(" ".join(words))
            end = match.end()
            name = text[start:end]
            if self.kb.lookup(name) is not None or any(m.start <= start and end <= m.end for m in candidates):
                continue
            mention = self.mention(name, "Company", start, end, 0.6, "registered")
            if name.endswith(".") and re.match(r"\s*(?:$|[^a-z\s])", text[end:end + 3]):
                # … is published by Harbor Media Ltd. © Harbor Media Ltd 2024: the stop may end the sentence too
                mention = replace(mention, aliases=mention.aliases + (name[:-1],))
            found.append(mention)
        return found

    @staticmethod
    def apposed_kinds_of(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
        return pairs(words["apposed_kind"])

    def actors(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Unknown names of businesses and bodies told by what stands around them: the owner of
        what only a business has (Orvanta's chief executive: ``possessor``), the body someone
        speaks or works for (a spokesperson for Velocity Robotics, a partner at Brightwater
        Legal: ``represented``), the name a kind is given (a start-up called Nimbalo:
        ``called``) and the name after where it is based (the U.S.-based Helixon AI: ``based``).
        Not a known name, a place, a person (a given name before a family name, or a family
        name named in full before), a sentence's first word, nor in a headline."""
        found = []
        for rule, pattern in (("possessor", self.possessor), ("represented", self.represented),
                              ("called", self.called), ("based", self.based_name), ("kinded", self.kinded)):
            for match in pattern.finditer(text):
                words = self.party_words(match.group("name"))
                if not words:
                    continue
                start = match.start("name")
                name = " ".join(words)
                end = start + len(name)
                if text[start:end] != name or words[0] in self.name_stops or words[0] in self.nationalities or \
                        words[0] in self.kb.sentence_words.get("sentence_start", ()) and start == text.rfind("\n", 0, start) + 1 or \
                        " ".join(words) in self.group_words or self.kb.lookup(name) is not None or \
                        len(words) > 1 and words[0] in self.given_names or self.surname(text, name, start, candidates) or \
                        any(m.type == "Person" and m.text.endswith(" " + name) for m in candidates) or \
                        self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]) or \
                        overlaps_any(start, end, candidates) or self.no_names(text, start, end):
                    continue
                type_ = "Company"
                if rule == "represented":
                    type_ = self.represented_nouns[match.group("noun")]
                elif rule == "called":
                    type_ = self.apposed_kinds.get(match.group("kind"), "Company")
                elif rule == "kinded":
                    type_ = self.accuser_kinds[match.group("kind").lower()]
                suffix = self.suffix_of(words[-1])
                if suffix is not None and suffix[1] in ("Company", "Organization", "Regulator", "Court"):
                    type_ = suffix[1]  # …Institute, …Labs: the name's own last word says what it is
                found.append(self.mention(name, type_, start, end, 0.55, rule))
        return found

    def bills(self, text: str) -> list[Mention]:
        """Senate Bill 149, House Bill 1806, Assembly Bill No. 2013, a bill numbered within
        its session (SB 24-205, SB25B-004: the year, a special session's letter, the number),
        and an instrument's kind and number with no name before (Bill 2338 of 2023, Brazil's
        Bill 2630, Resolution 23.610) or an act numbered within its year (Act 125 of 2024): a Law."""
        found = [self.mention(m.group(), "Law", m.start(), m.end(), 0.8, "bill")
                 for pattern in (self.bill, self.session_bill, self.numbered_act) for m in pattern.finditer(text)]
        for match in self.numbered.finditer(text):  # not the Privacy Amendment Bill 2024: the year of a named bill
            before = re.search(r"(\S+)[ \t]+$", text[max(0, match.start() - 40):match.start()])
            word = before.group(1) if before else ""
            if not word[:1].isupper() or word.endswith(("'s", "’s", ",", ".", ":", ";")) or \
                    word in self.kb.sentence_words.get("sentence_start", ()):
                found.append(self.mention(match.group(), "Law", match.start(), match.end(), 0.8, "bill"))
        return found

    def repeated(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """A name the rules above found where its context typed it (is buying MosaicML) is
        the same name wherever else the item writes it (MosaicML had raised…): a distinctive
        Latin name only (several words, or a capital or digit inside: MosaicML, DBRX, Silo AI)."""
        taken = sorted((m.start, m.end) for m in candidates)
        known: dict[str, Mention] = {}
        for mention in candidates:
            if mention.mechanism.startswith(f"{self.family}/") and mention.mechanism != f"{self.family}/repeated" \
                    and mention.kb_id is None and self.distinctive(mention.text, text):
                known.setdefault(mention.text, mention)
        found = []
        for name, mention in known.items():
            for match in re.finditer(rf"(?<![\w.&'’-]){re.escape(name)}(?![\w&-]|[.’'][\w])", text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                found.append(self.mention(name, mention.type, start, end, 0.5, "repeated", canonical=mention.canonical))
                taken.append((start, end))
        return found

    def distinctive(self, name: str, text: str) -> bool:
        """Several words, a capital or a digit inside (MosaicML), or one word the item never
        writes in lower case (Hardware giant Bunnings… Bunnings said: no ordinary word)."""
        words = name.split()
        if not re.search(r"[A-Za-z]", name) or words[0] in self.name_stops or _CJK.search(name):
            return False
        if len(words) >= 2 or re.search(r".[A-Z0-9]", name):
            return True
        return len(name) >= 4 and name[0].isupper() and name not in self.given_names and \
            re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text) is None

    def parties(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """sued Wiz, invested in Acme Robotics, bought Mipsology and Nod.ai: an unknown name
        where a party stands, and each name coordinated with it."""
        found = []
        for match in self.party.finditer(text):
            start, raw = match.start("name"), match.group("name")
            while raw is not None:
                words = self.party_words(raw)
                if not words or words[0] in self.name_stops or words[0] in self.nationalities or \
                        " ".join(words) in self.group_words or "-based" in words[0] or self.title_cased(text, match.start()):
                    break  # buy Finnish AI lab Silo AI: a description, no name
                name = " ".join(words)
                if self.kb.lookup(name) is None and not inside_any(start, candidates) and \
                        not _CJK.search(text[max(0, start - 2):start + len(name) + 2]) and not self.surname(text, name, start, candidates):
                    person = len(words) >= 2 and words[0] in self.given_names
                    found.append(self.mention(name, "Person" if person else "Company", start, start + len(name), 0.5, "party"))
                following = self.party_next.match(text, start + len(name)) if name == raw.rstrip(",;:") else None
                start, raw = (following.start("name"), following.group("name")) if following else (0, None)
        return found + self.listed(text, candidates)

    def surname(self, text: str, name: str, start: int, candidates: list[Mention]) -> bool:
        """Albert Saniger… charges against Saniger: a single word that ended a person's full name
        before (a person found, or a known given name before it) is that person's family name
        (kg.mentions.people short reads it), no party of its own."""
        if " " in name:
            return False
        if any(m.type == "Person" and m.end <= start and (m.canonical or m.text).endswith(" " + name) for m in candidates):
            return True
        return any(match.group(1) in self.given_names
                   for match in re.compile(rf"(?<![\w.&'’-])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?{re.escape(name)}(?![\w&-])").finditer(text, 0, start))

    def party_words(self, raw: str) -> list[str]:
        """The words of a party's name out of the capitalised words after its cue: up to a
        sentence's end (acquire Silo AI. Together with…), without a name stop or a
        possessive after it (sued Acme on Monday; against Acme's unit)."""
        words = raw.rstrip(".,;:").split()
        ends = [i for i, word in enumerate(words[:-1]) if self.sentence_stop(word)]
        words = words[:ends[0] + 1] if ends else words
        words[-1] = words[-1][:len(words[-1]) - self.sentence_stop(words[-1])]
        while words and (words[-1] in self.name_stops and not (len(words) > 1 and words[-1] in self.name_finals)
                         or words[-1].endswith(("'s", "’s"))):
            words.pop()
        return words

    def listed(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Nvidia, Andreessen Horowitz, Bpifrance and General Catalyst: unknown names listed
        with known companies are companies (Jane Street too: kg.mentions.people leaves them)."""
        found = []
        companies = {(m.start, m.end) for m in candidates if m.type == "Company" and m.mechanism != f"{self.family}/party"}
        places = {(m.start, m.end) for m in candidates if m.type == "Jurisdiction" and m.kb_id}
        # a known company's name of several words is one member, whatever words it holds (The Globe and Mail)
        masked = list(text)
        for m in candidates:
            if m.type == "Company" and m.kb_id and " " in text[m.start:m.end]:
                masked[m.start:m.end] = "K" + "k" * (m.end - m.start - 1)
        for listing in self.listing.finditer("".join(masked)):
            members, position = [], listing.start()
            for part in re.split(r"(,? and |, )", listing.group()):
                if not re.fullmatch(r",? and |, ", part):
                    short = re.search(r" \([^()]*\)$", part)  # (MBC): the member's short name, no part of it
                    article = 4 if part.startswith("the ") else 0  # the Plain Dealer: the name is Plain Dealer
                    members.append((position + article, position + (short.start() if short else len(part))))
                position += len(part)
            known = sum(member in companies for member in members)
            if not known and sum(member in places for member in members) >= 3 and not self.title_cased(text, listing.start()):
                found += self.listed_places(text, members, candidates)
            if not known or self.title_cased(text, listing.start()):
                continue
            for start, end in members:
                words = text[start:end].split()
                stops = [i for i, word in enumerate(words) if self.sentence_stop(word)]
                if stops:  # …, Lux Capital and Playground Global. The fund…: no stop, no next sentence
                    end = start + len(" ".join(words[:stops[0] + 1])) - 1
                name = text[start:end]
                # a capital The inside a list is part of a title (Politico, The Republican and Vox Media)
                titled = start > listing.start() and name.startswith("The ") and len(name.split()) > 1 and \
                    name.split()[1] not in self.name_stops
                if (start, end) in companies or name.split()[0] in self.name_stops and not titled or self.kb.lookup(name) or \
                        self.nationality.match(name) or \
                        overlaps_any(start, end, candidates):
                    continue
                given = name.split()[0] in self.given_names and len(name.split()) > 1
                # among one company (at Apple, and Daniel Levy) a given name may still open a person's name
                found.append(self.mention(name, "Company", start, end, 0.5, "party" if given and known < 2 else "listed"))
        return found

    def listed_places(self, text: str, members: list[tuple[int, int]], candidates: list[Mention]) -> list[Mention]:
        """California, Oregon, Tennessee and Washington: a name the knowledge base leaves to the
        text (Washington, the state or the capital), listed with three known places, is a place."""
        found = []
        for start, end in members:
            end -= self.sentence_stop(text[start:end].split()[-1]) if text[start:end].split() else 0
            name = text[start:end]
            if len(name.split()) > 2 or name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or \
                    overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(name, "Jurisdiction", start, end, 0.5, "listed"))
        return found

    # -- known names continued, model names ----------------------------------------------
    def extended(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Meta AI Studio (Meta AI + Studio), Hangzhou DeepSeek Artificial Intelligence (a
        place, DeepSeek, more words): a name of its own, of the known name's type, but a
        company's before a model word is its product (the Nvidia DGX Cloud AI platform); a
        legal form only (Microsoft Corp.) is the known company itself; "and" runs on into words
        ending in a company's word or legal form (State Farm Fire and Casualty Company: one company)."""
        found = []
        starts = {m.start: m for m in candidates}
        for known in candidates:
            if known.mechanism != "kb" or known.type not in ("Company", "AIModel", "Organization") or \
                    _CJK.search(text[max(0, known.start - 2):known.end + 2]) or known.text.isupper() and len(known.text) > 4:
                continue  # ACME SAYS IT WILL…: a line in capitals runs on in capitals, no longer name
            end, words = known.end, []
            country = self.country_after(text, known, starts)
            if country is not None:  # Google Korea, Microsoft Japan: the company's unit in a country
                found.append(self.mention(text[known.start:country.end], "Company", known.start, country.end, 0.8, "extended"))
                continue
            while (following := self.next_word.match(text, end)) and following.group("word") not in self.name_stops \
                    and following.start("word") not in starts and not following.group("word").endswith(("'s", "’s")):
                word = following.group("word").rstrip(",;:")
                word = word[:len(word) - self.sentence_stop(word)]  # who now leads Microsoft AI. Microsoft…
                words.append(word)
                end = following.start("word") + len(word)
                if word != following.group("word"):
                    break
            joined = self.joined_words.match(text, end)
            if words and joined and joined.group().split()[-1] in self.company_words | self.legal_forms:
                words += joined.group().split()[1:]  # State Farm Fire and Casualty Company: one registered name
                end = joined.end()
            start = known.start
            before = next((m for m in candidates if m.end + 1 == known.start and m.type == "Jurisdiction"
                           and m.mechanism == "kb" and text[m.end] == " "), None)
            if not words or self.title_cased(text, known.start) or text.startswith("the ", known.start):
                continue  # the Independent Electoral Commission: a known name (The Independent) read in lower case runs on into no name of its own
            suffix = self.suffix_of(words[-1])
            if suffix is not None and suffix[1] != known.type and words[-1] not in self.legal_forms:
                continue  # Acme Data Protection Commission: the last word types the longer name (kg.mentions.suffix), not the known one
            if all(word in self.legal_forms for word in words):
                found.append(self.mention(text[known.start:end], known.type, known.start, end, 0.96, "extended",
                                          kb_id=known.kb_id))
                continue
            if before is not None:
                start = before.start  # Hangzhou DeepSeek Artificial Intelligence: a registered name
            type_ = "AIModel" if known.type == "Company" and (self.model_after.match(text, end) or
                                                              self.model_described.match(text, end)) else known.type
            if words[-1] in self.company_words:
                type_ = "Company"  # Llama Productions: a company's last word, whatever the known name it opens with
            elif words[-1] in self.body_types:
                type_ = self.body_types[words[-1]]  # the ChatGPT Taskforce, the Gemini Institute: a body's word types it
            found.append(self.mention(text[start:end], type_, start, end, 0.8, "extended"))  # the Nvidia DGX Cloud platform
        return found

    def country_after(self, text: str, known: Mention, starts: dict[int, Mention]) -> Mention | None:
        """The country a known company's name runs into (Google Korea, Amazon India, not Google
        Korea Ltd's…: the name ends with the country), where no capitalised word follows it."""
        if known.type != "Company" or text[known.end:known.end + 1] != " ":
            return None
        place = starts.get(known.end + 1)
        entry = self.kb.entries.get(place.kb_id) if place is not None and place.kb_id else None
        if entry is None or entry.type != "Jurisdiction" or entry.parent or self.title_cased(text, known.start) or \
                re.match(r"[ \t]+[A-Z]|['’]s\b", text[place.end:]):
            return None
        return place

    def sentence_stop(self, word: str) -> int:
        """1 where a capitalised word ends its sentence with a full stop (Suno., Turku.), 0
        where the stop is its own (Inc., Jr., an initial J.)."""
        return int(word.endswith(".") and word[:-1] not in self.abbreviations
                   and not re.fullmatch(r"(?:[A-Z]\.)+", word))

    def remit_start(self, words: list[str]) -> int:
        """Where a body's remit starts among its words (Department of Families, Fairness and
        Housing: 1): a comma after it joins the remit's series, a comma before it ends a name."""
        return next((i for i, w in enumerate(words[:-1]) if w in self.body_of_offices and words[i + 1] in ("of", "for")),
                    len(words))

    def bodies(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Nordic Robotics Institute, the University of Tampere, Acme's Applied Vision
        Group: an unknown name made by a word naming a kind of body; a possessive before it
        owns it, it is not part of it."""
        found = []
        for match in (*self.body.finditer(text), *self.led_body.finditer(text)):
            start, spans = match.start("name"), list(re.finditer(r"\S+", match.group("name")))
            # the Department of Consumer Affairs. Because…: a full stop inside the remit ends the name there
            lead = self.remit_start([span.group() for span in spans])
            closing = next((i for i in range(lead + 2, len(spans) - 1) if self.sentence_stop(spans[i].group())), len(spans) - 1)
            name_end, words = start + spans[closing].end(), [span.group() for span in spans[:closing + 1]]
            while len(words) > 1 and (words[0] in self.body_stops or any(
                    w in _ARTICLES or w.endswith(("'s", "’s")) or w.endswith(",") and i < self.remit_start(words)
                    or self.sentence_stop(w) for i, w in enumerate(words[:-1]))):
                start = text.index(words[1], start + len(words[0]))  # The, Acme's: before the name
                words = words[1:]
            stop = self.sentence_stop(words[-1])  # University of Turku. It…: the stop is no part
            # the Medical Board of Ohio's letter: the possessive's mark is no part of the name it closes
            stop = 2 if words[-1].endswith(("'s", "’s")) and len(words) > 2 else stop
            end = name_end - stop
            # the Minderoo Centre for Technology and Democracy: its own name before a body word and its remit
            led = next((i for i, w in enumerate(words[:-2]) if w in self.body_of_offices and words[i + 1] in ("of", "for")), None)
            described = None
            if led and self.body_types.get(words[led]) == "Regulator" and \
                    (nationality := self.nationalities.get(" ".join(words[:led]))) is not None:
                # the Greek Ministry of Migration: the nationality describes a state body, its name opens with its kind
                # (a league's or an association's own name keeps it: the Hellenic League for Human Rights)
                described = self.mention(" ".join(words[:led]), "Jurisdiction", start, start + len(" ".join(words[:led])),
                                         0.9, "nationality", kb_id=nationality.id, aliases=(nationality.en,) if nationality.en else ())
                start, words, led = text.index(words[led], start), words[led:], 0
            if len(words) > 3 and words[-1].isupper() and _AMOUNT_AFTER.match(text, end):
                end = start + len(text[start:text.rindex(words[-1], start, end)].rstrip())  # the Ministry of Finance EUR 5,000: its currency
                words = words[:-1]
            if led and overlaps_any(start, text.index(words[led], start),
                                    [m for m in candidates if m.kb_id and m.type != "Jurisdiction"]):
                continue  # Microsoft Office for…: a known name before the body word is no part of it (a place is: London Borough of…)
            if words[led or 0] in self.body_of_offices:  # the Ministry of Finance and Google: a known name after "and" is another
                joined = min((m.start for m in candidates if m.kb_id and m.type != "Jurisdiction" and start < m.start < end
                              and re.search(r"(?:,|\s(?:and|&))\s+$", text[start:m.start])), default=None)
                joined = self.placed_member(text, start, end, candidates) if joined is None else joined
                if joined is not None:  # (the Department of Justice, Microsoft and Google: a series of names)
                    end = start + len(re.sub(r"(?:,|\s+(?:and|&))\s+$", "", text[start:joined]))
                    words = text[start:end].split()
                    stop = 0
            if (led is not None or words[0] in self.body_of_offices) and \
                    (office := next((i for i in range(1, len(words) - 1) if words[i] in ("and", "&")
                                     and words[i + 1] in self.name_stops), None)):
                # the Board of Pharmacy and Governor Jane Roe: an office after "and" is another party, no remit's word
                end = start + len(" ".join(words[:office]))
                words, stop = words[:office], 0
            name = text[start:end]
            words[-1] = words[-1][:len(words[-1]) - stop]
            head = words[-1] if words[-1] in self.body_types else words[led or 0]
            if " ".join(words[-2:]) in self.body_types:
                head = " ".join(words[-2:])  # the AI Litigation Task Force: a head of two words, a word of its own before it
                if len(words) < 3:
                    continue
            if head == "Board" and len(words) < 3:
                continue  # its Review Board: a board's own name says more than what it does (the Generative AI Governing Board)
            if head not in self.body_types:
                continue  # …Radiological Health. The Commerce Department's Bureau: cut at the stop, no body word is left
            if words[led or 0] in self.body_of_offices and words[(led or 0) + 2:(led or 0) + 3] and \
                    words[(led or 0) + 2] in self.organ_remits:
                continue  # the Board of Directors: a company's own organ, no body of its own
            if "and" in words[:-1] and (led is None or words.index("and") < led):  # the Equality and Human Rights Commission, not Google and Acme Group
                joined = start + name.index(" and ")
                if overlaps_any(start, joined, candidates) or \
                        self.kb.lookup(text[start:joined]) is not None or words[0] == "and" or \
                        re.search(r"(?:,|\band|&)\s*$", text[max(0, start - 6):start]):  # A, B and C Group: a list
                    continue
            # the Ministry of Justice: a stop word after "of" is the remit's (Justice, Health), no judge's title ending the name
            remit_word = led == 0 and words[-2] in ("of", "for")
            if len(words) < 2 or words[-1] in self.name_stops and not (led == 0 and self.office_holder(words)) and not remit_word or \
                    self.title_cased(text, start) or \
                    self.kb.lookup(name) is not None or \
                    any(m.start <= start and end <= m.end for m in candidates):
                continue  # a name alone, a headline, a known body, or inside a longer name
            # the City Council, the New Orleans City Council: a town's legislature
            type_ = "Legislature" if head == "Council" and words[-2] in self.council_kinds else self.body_types[head]
            if type_ in ("Company", "Organization"):
                start = self.capital_article(text, start)
            found += [self.mention(text[start:end], type_, start, end, 0.6, "body"), *([described] if described else [])]
        return found

    def remit_bodies(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The Presidential Commission on the Future of Work, a Task Force on Synthetic Media and
        Elections, the Judicial Panel on Multidistrict Litigation: a body named by its kind and
        its remit after on, into, for or of is one name, typed by its kind (english.tsv
        remit_head); a date, a role word or an owner ends the remit, an article or an owner opens no name."""
        found = []
        for match in self.remit_body.finditer(text):
            start, words = match.start("name"), match.group("name").split()
            while words[0] in _ARTICLES or words[0] in self.body_stops or words[0].endswith(("'s", "’s")):
                start = text.index(words[1], start + len(words[0]))  # The, Acme's: before the name
                words = words[1:]
            head_words = len(match.group("head").split())
            remit_start = next(i for i in range(len(words)) if " ".join(words[i:i + head_words]) == match.group("head")) + head_words + 1
            # a date or a role word ends the remit, and so does an owner (the Council of Europe's Committee of Ministers)
            stop = next((i for i in range(remit_start, len(words)) if words[i].rstrip(".,") in self.name_stops
                         or words[i].endswith(("'s", "’s"))), len(words))
            words = words[:stop]
            while words and words[-1] in ("and", "&", "of", "for", "the"):
                words = words[:-1]  # the Commission on Trade and Monday's…: no remit word ends on a joining word
            if len(words) <= remit_start or words[remit_start] == "the" and len(words) == remit_start + 1:
                continue
            words[-1] = words[-1][:len(words[-1]) - self.sentence_stop(words[-1])]
            name = " ".join(words)
            if text[start:start + len(name)] != name:
                continue  # the remit's words run over a line's end or a double space
            end = self.glossed_end(text, start, self.parent_end(text, start, start + len(name)))
            name = text[start:end]
            if self.headline_words(text, start, end) or self.kb.lookup(name) is not None or \
                    overlaps_any(start, text.index(match.group("head"), start), [m for m in candidates if m.kb_id and m.type != "Jurisdiction"]):
                continue  # a headline's words, a known body, a known company's own unit (Google Council on…)
            found.append(self.mention(text[start:end], self.remit_types[match.group("head")], start, end, 0.65, "body"))
        return found

    def opposing_groups(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Parents Against Data Mining, the Riverton Community Against Pollution: an unknown
        name joining its members to what they oppose (english.tsv opposing_word) is a group, an
        Organization; an article or a sentence's opening word is no member, a law's kind before
        the word makes a law's title (the Law Against Discrimination), a headline no name."""
        found = []
        for match in self.opposing_group.finditer(text):
            start, words = match.start("name"), match.group("members").split()
            # For Parents Against…: a sentence's word before the members is none, a word naming who they are is one;
            # a full stop among them ends the sentence before (sued Acme. Residents Against…)
            while len(words) > 1 and (words[0] in _ARTICLES or words[0] in self.body_stops or
                                      any(self.sentence_stop(word) for word in words[:-1])):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            end = match.end("name") - self.sentence_stop(match.group("name").split()[-1])
            if words[0] in _ARTICLES or words[-1] in self.law_kinds or any(self.sentence_stop(w) for w in words[:-1]) or \
                    self.title_cased(text, start) or self.kb.lookup(text[start:end]) is not None or \
                    any(m.start <= start and end <= m.end and m.type == "Law" for m in candidates):
                continue
            found.append(self.mention(text[start:end], "Organization", start, end, 0.6, "group"))
        return found

    def utilities(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Harbor City Light, Gas and Water; Brookfield Light, Water and Power: a town's public
        utility named by the series of its services (english.tsv utility_service) is a Company,
        the town and the services one name; a series with no town before it is no name."""
        found = []
        for match in self.utility.finditer(text):
            start, town = match.start("name"), match.group("town").split()
            while town and (town[0] in _ARTICLES or town[0] in self.body_stops):
                start = text.index(town[1], start + len(town[0])) if len(town) > 1 else match.start("name") + len(match.group("town"))
                town = town[1:]
            end = match.end("name")
            if not town or self.title_cased(text, start) or self.kb.lookup(text[start:end]) is not None:
                continue
            found.append(self.mention(text[start:end], "Company", start, end, 0.65, "utility"))
        return found

    def capital_bodies(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """CALLOWAY LAW LIBRARY, THE MERIDIAN CENTRE FOR DIGITAL POLICY: a name in capitals
        that ends in a body's word, or opens with one before OF/FOR and its remit (english.tsv
        body_head, body_of), is that body, as its words in title case would be; an article
        opens no name, a section's heading (RECOMMENDATIONS) holds no body's word."""
        found = []
        for match in self.capital_body.finditer(text):
            words = [word.title() for word in match.group("name").split()]
            start = match.start("name")
            if words[0] in _ARTICLES:
                start += len(re.match(r"\S+\s+", match.group("name")).group())
                words = words[1:]
            led = next((i for i, w in enumerate(words[:-2]) if w in self.body_of_offices and words[i + 1] in ("Of", "For")), None)
            ending = next((" ".join(words[-size:]) for size in (2, 1) if " ".join(words[-size:]) in self.body_types), None)
            head = ending or (words[led] if led is not None else None)  # HANBIT NEWS AGENCY: a head of two words first
            name = text[start:match.end("name")]
            line_start, line_end = _line_bounds(text, start)
            line = text[line_start:line_end]
            if line.upper() == line and text[line_start:start].strip() and text[line_start:start].strip() not in ("THE", "A", "AN"):
                continue  # … OWNED BY A THIRD PARTY: inside a line in capitals only a name opening it is read (a masthead, a heading)
            if head is None or len(words) < 2 or len(name) < 8 or words[0] in self.body_stops or \
                    self.kb.lookup(name) is not None or overlaps_any(start, match.end("name"), [m for m in candidates if m.kb_id]):
                continue  # a known name, a body's word alone, a stop word opening it (CHIEF EXECUTIVE OFFICE)
            found.append(self.mention(name, self.body_types[head], start, match.end("name"), 0.6, "body"))
        return found

    def parent_end(self, text: str, start: int, end: int) -> int:
        """Where a body's remit ends before "of" and a known body (the Standing Committee on
        Trade of the House of Commons: the committee, the House its parent, no part of its name)."""
        for link in re.finditer(r"[ \t]+of[ \t]+(?:the[ \t]+)?", text[start:end]):
            parent = self.kb.lookup(text[start + link.end():end])
            if parent is not None and parent.type != "Jurisdiction":  # the Public Service Commission of Wisconsin: its place is its name's
                return start + link.start()
        return end

    @staticmethod
    def glossed_end(text: str, start: int, end: int) -> int:
        """Where a body's name ends when brackets follow it: the Committee on Adopting Quantum
        Computing (QC) keeps the initials of its remit's last words, a gloss of a part of the
        name; the initials of the whole name (the Committee on Robotic Automation (CRA)) are its
        alias, no part, and so are those taking in its kind's words (the Select Committee on
        Adopting Robotic Automation (SCARA))."""
        gloss = re.match(r"[ \t]*\((?P<initials>[A-Z]{2,6})\)", text[end:])
        if gloss is None:
            return end
        remit = re.split(r"[ \t](?:on|into|for|of)[ \t]", text[start:end], maxsplit=1)
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", remit[-1]) if w[0].isupper()]
        initials = gloss.group("initials")
        tail = "".join(w[0] for w in words[-len(initials):])
        return end + gloss.end() if len(remit) == 2 and len(words) >= len(initials) and tail == initials else end

    def headline_words(self, text: str, start: int, end: int) -> bool:
        """Whether a name stands in a headline (kg Headlines): a line that is the name alone is
        the name (a report's cover: Select Committee on …), no headline."""
        line_start, line_end = _line_bounds(text, start, end)
        return self.title_cased(text, start) and bool(text[line_start:start].strip() or text[end:line_end].strip())

    def placed_member(self, text: str, start: int, end: int, candidates: list[Mention]) -> int | None:
        """Where a body's remit joins, after "and", another name ending in a country (the League for
        Human Rights and Acme Greece: the body in that country is a second name, no remit's word)."""
        country = next((m for m in candidates if m.end == end and m.type == "Jurisdiction" and m.kb_id in self.kb.entries
                        and not self.kb.entries[m.kb_id].parent), None)
        member = re.search(r"\s(?:and|&)\s+(?:[A-Z][\w&'’.-]*\s+)+$", text[start:country.start]) if country else None
        return start + member.start() + 1 if member else None

    @staticmethod
    def capital_article(text: str, start: int) -> int:
        """Cendyn bought The Rainmaker Group: a capital "The" inside a sentence is the name's own
        (a company's or a group's style, kept as the gold keeps it); after a stop it opens the sentence."""
        return start - 4 if re.search(r"[\w,;] The $", text[max(0, start - 6):start]) else start

    def office_holder(self, words: list[str]) -> bool:
        """Whether a body's name opened by its kind and "of the" ends in a public office (the
        Office of the Data Protection Commissioner, the Office of the Attorney General), a word
        that ends no other name."""
        return len(words) > 3 and words[1:3] == ["of", "the"] and any(
            words[-len(office.split()):] == office.split() for office in self.office_holders)

    def apposed_bodies(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """NFDG, an investment partnership; MosaicML, a San Francisco startup; Common Sense
        Media, an advocacy group: an unknown name described right after it by a word naming
        its kind (english.tsv apposed_kind) is of that kind."""
        found = []
        for match in self.apposed_body.finditer(text):
            words = match.group("name").split()
            stops = [i + 1 for i, word in enumerate(words[:-1]) if self.sentence_stop(word)]
            words = words[stops[-1]:] if stops else words  # …the Greek Civil War. Basbanes, a…: the last sentence's
            while words and (words[0] in self.name_stops or words[0] in self.kb.sentence_words.get("sentence_start", ())):
                words = words[1:]  # In MosaicML, a startup…: the sentence's first word is no part
            if not words or words[0] in ("of", "for") or any(w in self.description_stops for w in match.group("filler").split()):
                continue  # Acme, a group of…: the kind is not the name's
            name = " ".join(words)
            end = match.end("name")
            start = end - len(name)
            if len(words) == 1 and re.search(rf"[A-Z][a-z]+[ \t]+{re.escape(name)}\b", text[:start]):
                continue  # Nicholas Basbanes … Basbanes, a former reporter: the person's family name
            inner = " of " in name or " for " in name  # the Community Action Agency of Harlow: a shorter name inside is part
            if text[start:end] != name or self.kb.lookup(name) is not None or words[0] in self.given_names or \
                    self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]) or \
                    any(m.start < end and start < m.end and not (inner and start <= m.start and m.end <= end and m.mechanism != "kb")
                        for m in candidates) or \
                    any(m.type == "Person" and m.text.endswith(" " + name) for m in candidates):
                continue  # a known name, a person (Basbanes after Nicholas Basbanes), a headline, or one another rule found
            found.append(self.mention(name, self.apposed_kinds[match.group("kind")], start, end, 0.6, "apposed"))
        return found

    def known_and_ai(self, name: str) -> bool:
        """Meta's Llama AI models, its Gemini AI assistant: a known model's or company's name and
        "AI" describing it, no longer name (the knowledge base's name is the model)."""
        words = name.split()
        return len(words) > 1 and words[-1] == "AI" and self.kb.lookup(" ".join(words[:-1])) is not None

    def models(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """its R1 reasoning model, the Le Chat assistant, its xGen family of models: an unknown
        name before a model word; its first product, Tinker,: after one, between commas."""
        found = []
        for match in self.model_name.finditer(text):
            name = match.group("name")
            if match.group("article") in ("a", "an") and match.group("filler").strip() and " " not in name:
                continue  # an Arabic large language model, a French voice assistant: a word describing the model, no name
            if name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or self.body_named(name) or \
                    self.known_and_ai(name) or \
                    inside_any(match.start("name"), (m for m in candidates if m.type != "AIModel")) or \
                    " " in name and name.split()[-1] in self.outlet_words:
                continue  # the Harbor Radio app, the Lakeside Times app: an outlet's own app, no model named
            found.append(self.mention(name, "AIModel", match.start("name"), match.end("name"), 0.7, "model"))
        for match in self.model_before.finditer(text):
            name = match.group("name")
            if name.split()[0] not in self.name_stops and self.kb.lookup(name) is None and not self.body_named(name) and \
                    not self.known_and_ai(name) and not overlaps_any(match.start("name"), match.end("name"), candidates):
                found.append(self.mention(name, "AIModel", match.start("name"), match.end("name"), 0.7, "model"))
        for match in self.owned_model.finditer(text):  # Zoom's AI Companion, its AI DJ
            name, (start, end) = match.group("name"), match.span("name")
            words = name.split()
            if len(words) < 2 or not self.product_mark.search(name) or any(w in self.not_product for w in words) or \
                    words[0] in self.name_stops and not self.product_mark.fullmatch(words[0]) or \
                    self.kb.lookup(name) is not None or self.suffix_of(words[-1]) or \
                    overlaps_any(start, end, (m for m in (*candidates, *found) if m.type != "AIModel")):
                continue  # Meta's AI Research Lab, the EU's AI Act: a unit's or a law's name, no product
            found.append(self.mention(name, "AIModel", start, end, 0.65, "model"))
        for match in self.model_list.finditer(text):  # its shopping tools, Rufus and Buy for Me
            position, items = match.start("list"), []
            for part in re.split(r"(,?[ \t]+(?:and|or)[ \t]+|,[ \t]+)", match.group("list")):
                if part.strip() and not re.fullmatch(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+", part):
                    items.append((position, position + len(part) - self.sentence_stop(part.split()[-1])))  # …Buy for Me.
                position += len(part)
            known = [self.kb.lookup(text[start:end]) for start, end in items]
            if any(entry is not None and entry.type != "AIModel" for entry in known) or self.title_cased(text, match.start()):
                continue  # platforms such as YouTube, Instagram and X: companies
            for (start, end), entry in zip(items, known):
                if entry is None and text[start:end].split()[0] not in self.name_stops and \
                        not overlaps_any(start, end, (m for m in candidates if m.type != "AIModel")):
                    found.append(self.mention(text[start:end], "AIModel", start, end, 0.65, "model"))
        for match in self.model_called.finditer(text):  # a product called Quillet
            start, end = match.span("name")
            if match.group("name").split()[0] not in self.body_stops and self.kb.lookup(match.group("name")) is None and \
                    not overlaps_any(start, end, (m for m in candidates if m.type != "AIModel")):
                found.append(self.mention(match.group("name"), "AIModel", start, end, 0.7, "model"))
        for match in self.apposed_model.finditer(text):  # DBRX, an open large language model
            if any(word in self.model_fillers for word in match.group("filler").split()):
                continue  # Acme, a startup that builds models: no model
            for group in ("name", "second"):
                name = match.group(group)
                if not name or name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or \
                        overlaps_any(match.start(group), match.end(group), (m for m in candidates if m.type != "AIModel"
                                                                            and not self.maker_of(m, name, match.start(group)))):
                    continue
                found.append(self.mention(name, "AIModel", match.start(group), match.end(group), 0.7, "model"))
        return found

    def body_named(self, name: str) -> bool:
        """Whether a name opens with a body's kind before of or for (the Ministry of Justice reviewed
        the tool): a body's name, no model's."""
        words = name.split()
        return len(words) > 2 and words[0] in self.body_of_offices and words[1] in ("of", "for")

    @staticmethod
    def maker_of(known: Mention, name: str, start: int) -> bool:
        """Whether ``known`` is the maker's name a model's ``name`` at ``start`` opens with and
        goes on with a version only (HKGAI V1, a large language model: the model, not the
        research centre HKGAI)."""
        rest = name[known.end - start:]
        return known.mechanism == "kb" and known.start == start and rest[:1] == " " \
            and _VERSION_WORD.fullmatch(rest.strip()) is not None

    # -- courts ------------------------------------------------------------------------
    def courts(self, text: str) -> list[Mention]:
        """the Southern District of New York, U.S. District Court for the District of
        Massachusetts, the 9th Circuit, a federal judge in San Francisco; a state court
        before "of" and its place (the Superior Court of Gwinnett County) and the county
        a court sits for (a Gwinnett County judge: a Jurisdiction)."""
        found = []
        for match in self.district.finditer(text):
            if not match.group("prefix") and not match.group("direction") and \
                    not re.search(r"\b(?:in|for|of)\s+the\s+$", text[max(0, match.start() - 8):match.start()]):
                continue  # the District of Columbia passed…: a place; in the District of Delaware: a court
            district = f"{match.group('direction') or ''}District of {match.group('state')}"
            district = re.sub(r"\s+", " ", district)
            entry = self.courts_by_name.get(f"u.s. district court for the {district}".lower())
            if entry is None and not match.group("direction") and not match.group("prefix"):
                continue
            start = match.start() + match.group().rindex("District of") - len(match.group("direction") or "") \
                if (match.group("prefix") or "")[:1].islower() else match.start()
            # federal court in the Middle District of North Carolina: the court's name starts at its district
            found.append(self.mention(text[start:match.end()], "Court", start, match.end(), 0.9, "court",
                                      kb_id=entry.id if entry else None))
        for match in self.circuit.finditer(text):
            entry = self.courts_by_name.get(f"u.s. court of appeals for the {self.ordinals[match.group('number')]} circuit".lower())
            if entry is not None:
                found.append(self.mention(match.group(), "Court", match.start(), match.end(), 0.9, "court", kb_id=entry.id))
        for match in self.state_court.finditer(text):  # the Superior Court of Gwinnett County
            if self.kb.lookup(match.group()) is None and match.group("place").split()[0] not in self.name_stops:
                found.append(self.mention(match.group(), "Court", match.start(), match.end(), 0.8, "court"))
        for match in self.placed_court.finditer(text):  # the Amsterdam Court of Appeal
            place = self.kb.lookup(match.group("place"))
            name = text[match.start("place"):match.end()]
            if place is not None and place.type == "Jurisdiction" and self.kb.lookup(name) is None:
                found.append(self.mention(name, "Court", match.start("place"), match.end(), 0.8, "court"))
        for match in self.numbered_court.finditer(text):  # the Ankara 4th Criminal Court of Peace, the 71st District Court
            place = match.group("place")
            entry = self.kb.lookup(place) if place else None
            start = match.start("place") if entry is not None and entry.type == "Jurisdiction" else match.start("number")
            if not self.title_cased(text, start) and self.kb.lookup(text[start:match.end()]) is None:
                found.append(self.mention(text[start:match.end()], "Court", start, match.end(), 0.8, "court"))
        for match in self.county_body.finditer(text):  # the Baltimore County Circuit Court: the county and its body
            start = self.county_start(match)
            if start is None or self.title_cased(text, start):
                continue
            body = re.sub(r"\s+", " ", match.group("body"))
            type_ = next(kind for head, kind in self.county_heads.items() if body.endswith(head))
            found.append(self.mention(text[start:match.end()], type_, start, match.end(), 0.8, "county"))
            found.append(self.mention(text[start:match.end("county")], "Jurisdiction", start, match.end("county"), 0.7, "county"))
        for match in self.county.finditer(text):  # a Gwinnett County judge
            if match.group("name").split()[0] not in self.name_stops and self.kb.lookup(match.group()) is None:
                found.append(self.mention(match.group(), "Jurisdiction", match.start(), match.end(), 0.7, "county"))
        for match in self.court_city.finditer(text):
            # a federal judge in San Francisco: the court is the judge's words, the city a place of its own
            entry = self.court_cities[re.sub(r"\s+", " ", match.group("city"))]
            end = match.start() + len(re.sub(r"\s+\w+$", "", match.group("phrase")))
            found.append(self.mention(text[match.start():end], "Court", match.start(), end, 0.8, "court", kb_id=entry.id,
                                      canonical=entry.en))
        return found

    # -- cases -------------------------------------------------------------------------
    def cases(self, text: str) -> list[Mention]:
        """Getty Images v. Stability AI, The New York Times Co. v. Microsoft Corp.: the
        capitalised words on both sides of v./vs., up to a comma or a lower-case word."""
        found = []
        for link in _CASE_LINK.finditer(text):
            preceding = text[max(0, link.start() - 80):link.start()]
            before = re.search(rf"(?:(?<=[\s,(“\"])|^)(?P<name>{_NAME})$", preceding)
            after = re.match(_NAME, text[link.end():link.end() + 80])
            if before is None or after is None:
                continue
            plaintiff = self.name_start(before.group("name").split("\n")[-1])  # a caption starts its line
            if _CASE_END.search(preceding, 0, before.start()):  # A v. B and C v. B: the second case's plaintiff is C
                plaintiff = re.split(r"\s+and\s+", plaintiff)[-1]
            defendant = re.split(r"(?<!Inc)(?<!Corp)(?<!Co)(?<!Ltd)(?<!Cos)\.\s", after.group())[0]  # …AI. The
            defendant = _CJK.split(defendant, maxsplit=1)[0]  # 在Kohls v. Ellison一案中: the Chinese after is no party
            defendant = defendant.split("\n", 1)[0].rstrip()  # a heading's caption ends with its line
            next_case = _NEXT_CASE.search(text, link.end(), link.end() + 120)
            if next_case and next_case.start() < link.end() + len(defendant):  # A v. B and C v. B: the first ends at B
                defendant = text[link.end():next_case.start()]
            defendant = defendant if defendant.endswith(self.legal_ends) else defendant.rstrip(".,")
            legal_form = self.comma_form.match(text, link.end() + len(defendant))
            if legal_form and defendant == after.group().rstrip(".,"):
                defendant += legal_form.group()  # Garcia v. Character Technologies, Inc.
            defendant = self.first_defendant(defendant)
            plaintiff = _CJK.split(plaintiff)[-1]  # 在Kohls v. Ellison: from the Latin name on
            if not plaintiff or not defendant or _CJK.search(plaintiff + defendant):
                continue
            start = link.start() - len(plaintiff)
            end = link.end() + len(defendant)
            found.append(self.mention(text[start:end], "Case", start, end, 0.85, "case"))
        for match in self.in_re.finditer(text):  # In re Zorbi Privacy Litigation: a caption of one side
            name = _CJK.split(match.group(), maxsplit=1)[0].rstrip(".,")
            found.append(self.mention(name, "Case", match.start(), match.start() + len(name), 0.85, "case"))
        return found

    def first_defendant(self, side: str) -> str:
        """Microsoft and OpenAI -> Microsoft: a caption's side of known names joined by and/&
        (The New York Times v. Microsoft and OpenAI) is named by its first defendant; the others
        stand after the caption (kg.facts.english reads them there).  A side known whole
        (Cushman & Wakefield) or with an unknown part (Diamond and Precious Metals Regulator) is kept."""
        parts = self.caption_join.split(side)
        if len(parts) < 2 or self.kb.lookup(side) is not None or any(self.kb.lookup(part) is None for part in parts):
            return side
        return parts[0]

    def name_start(self, name: str) -> str:
        """In Getty Images -> Getty Images: a sentence's opening word is not the name's, nor a
        section's numeral (II. Texas v. Meta)."""
        words = name.split()
        starts = set(self.kb.sentence_words.get("sentence_start", ())) - {"The"}
        while words and (words[0] in starts or re.fullmatch(r"[IVX]+\.", words[0]) and len(words) > 1):
            words = words[1:]
        return " ".join(words)

    # -- persons -----------------------------------------------------------------------
    def persons(self, text: str) -> list[Mention]:
        found = []
        for pattern in (self.titled, self.apposed, self.described_person, self.personal_possessive):
            for match in pattern.finditer(text):
                name, start = match.group("name"), match.start("name")
                if re.search(r"['’]s\b", name) or self.title_cased(text, match.start("name")):
                    continue  # the Justice Department's Civil Rights Division, Judge Rules Against X: no person
                while len(name.split()) > 2 and name.split()[0].lower() in self.role_words:
                    start += len(name.split()[0]) + 1  # Governor General Mary Simon: General is the title's
                    name = text[start:match.end("name")]
                if self.kb.lookup(name) is not None and self.kb.lookup(name).type != "Person":
                    continue
                if any(word in self.name_stops for word in name.split()) or name.split()[-1] in self.body_finals:
                    continue  # In March, after artists complained…: a month, a sentence's first word, no person
                if any(self.kb.lookup(word) is not None and self.kb.lookup(word).type != "Person" and not self.place_surname(name, i)
                       and not self.place_given(name, i) for i, word in enumerate(name.split())):
                    continue  # Judge Microsoft Corp…: no person
                generation = self.generation.match(text, match.end("name"))  # the novelist Andre Roe III: III is his name's
                end = generation.end() if generation else match.end("name")
                found.append(self.mention(text[start:end], "Person", start, end, 0.75, "person"))
        found += self.honorifics(text)
        lower_words = frozenset(re.findall(r"(?<![\w'’-])[a-z]+", text))
        for match in self.portfolio_holder.finditer(text):  # Minister for Electronics and IT Ashwini Vaishnaw
            name = match.group("name")
            if any(word.lower() in lower_words or word in self.name_stops for word in name.split()) or \
                    self.kb.lookup(name) is not None or self.title_cased(text, match.start()):
                continue  # Minister of Artificial Intelligence and Digital Innovation, then a full stop: no person
            found.append(self.mention(name, "Person", match.start("name"), match.end("name"), 0.7, "person"))
        for match in self.titled_pair.finditer(text):  # writers Grady Hendrix and Jennifer Roberson: both
            for group in ("first", "second"):
                name = match.group(group)
                if self.kb.lookup(name) is None and not re.search(r"['’]s\b", name):
                    found.append(self.mention(name, "Person", match.start(group), match.end(group), 0.7, "person"))
        for match in self.shared_family.finditer(text):
            first, second, family = match.group("first", "second", "family")
            if not {first, second} <= self.given_names or self.kb.lookup(family) is not None:
                continue  # Bpifrance and General Catalyst: no persons
            found.append(self.mention(first, "Person", match.start("first"), match.end("first"), 0.6, "person",
                                 canonical=f"{first} {family}"))
            found.append(self.mention(f"{second} {family}", "Person", match.start("second"), match.end("family"), 0.6, "person"))
        return found

    def place_surname(self, name: str, index: int) -> bool:
        """Whether the word at ``index`` of a name a role describes is a family name that is also a
        known place's (Dazhon Darien, the school's athletic director): the last word of two or
        three, after words that are neither known names nor open a place's (New Haven, North
        Austin, Fort Worth are places)."""
        words = name.split()
        entry = self.kb.lookup(words[index])
        return index == len(words) - 1 > 0 and len(words) <= 3 and entry is not None and entry.type == "Jurisdiction" and \
            words[0] not in self.place_openers and self.kb.lookup(" ".join(words[:-1])) is None and \
            not any(self.kb.lookup(word) is not None for word in words[:-1])

    def place_given(self, name: str, index: int) -> bool:
        """Whether the word at ``index`` of a name a role describes is a given name that is also a
        known place's (Judge Victoria Kolakowski; Media contact: Jordan Feltwell, Public Information
        Officer): the first of two or three, the words after it no known name nor a place's kind
        (Judge Orange County is no person)."""
        words = name.split()
        entry = self.kb.lookup(words[index])
        return index == 0 and 2 <= len(words) <= 3 and entry is not None and entry.type == "Jurisdiction" and \
            words[0] not in self.place_openers and self.kb.lookup(name) is None and \
            not any(self.kb.lookup(word) is not None or word in self.place_kinds for word in words[1:])

    def honorifics(self, text: str) -> list[Mention]:
        """Mr Justice Ritchie-Hale, Lord Roe, Dame Jane Roe: a person named with a British title,
        the title part of the name (but a judge's given name and surname after "Justice" are
        the name alone: Mrs Justice Jane Roe is Jane Roe), in a title-case line too (Justices: Lord Roe, Lady Doe); not an
        office (Lord Chancellor, Lord Chief Justice)."""
        found = []
        for match in self.honorific.finditer(text):
            name = match.group("name")
            named = text[match.end("title"):match.end()].split()
            if any(word in self.name_stops or word.lower() in self.role_words or word in self.office_modifiers or
                   word in self.office_words or self.kb.lookup(word) is not None
                   and self.kb.lookup(word).type not in ("Person", "Jurisdiction") for word in named) or \
                    _CJK.search(text[max(0, match.start() - 2):match.end() + 2]):
                continue
            start = match.start()
            if match.group("title").endswith("Justice") and len(named) == 2:
                start = match.end() - len(" ".join(named))  # Mrs Justice Jane Roe: a judge's full name is the name
            found.append(self.mention(text[start:match.end()], "Person", start, match.end(), 0.75, "honorific"))
        return found

    # -- places ------------------------------------------------------------------------
    def nationality_words(self, text: str) -> list[Mention]:
        """Dutch chipmaker ASML, French start-up Mistral AI: the country, where the word
        describes a name (not French law, British creative industries)."""
        found = []
        for match in self.nationality.finditer(text):
            if self.described.match(text, match.end()) is None:
                continue
            entry = self.nationalities[re.sub(r"\s+", " ", match.group())]
            found.append(self.mention(match.group(), "Jurisdiction", match.start(), match.end(), 0.9, "nationality", kb_id=entry.id,
                                      aliases=(entry.en,) if entry.en else ()))  # South Korean: South Korea
        return found

    def titled_places(self, text: str) -> list[Mention]:
        """the Land Hessen (a German state as a party): a known place after its state's title is
        that place, named so."""
        found = []
        for match in self.titled_place.finditer(text):
            place = match.group("place")
            entry = self.kb.lookup(place) or self.kb.lookup(place.split()[0])
            if entry is None or entry.type != "Jurisdiction":
                continue
            end = match.start("place") + (len(place) if self.kb.lookup(place) else len(place.split()[0]))
            found.append(self.mention(text[match.start():end], "Jurisdiction", match.start(), end, 0.9, "titled", kb_id=entry.id))
        return found

    def held_offices(self, text: str) -> list[Mention]:
        """Chinese President Xi Jinping, Industry and Science Minister Ed Husic: an office
        named by a nationality or a portfolio before its holder's name (a Regulator; the
        person is a name of its own)."""
        found = []
        for match in self.nation_office.finditer(text):
            found.append(self.mention(match.group(), "Regulator", match.start(), match.end(), 0.8, "office"))
        for match in self.portfolio_office.finditer(text):
            words = re.findall(r"[A-Z][a-z]+", match.group("portfolio"))
            if any(word in self.name_stops or word in self.kb.sentence_words.get("sentence_start", ()) or
                   word in self.nationalities or word in self.office_modifiers or self.kb.lookup(word) is not None
                   for word in words) or self.title_cased(text, match.start()):
                continue  # The Minister, U.S. Secretary, Prime Minister: no portfolio; a place's office is english/placed
            found.append(self.mention(match.group(), "Regulator", match.start(), match.end(), 0.7, "office"))
        return [m for m in found if not _CJK.search(text[max(0, m.start - 2):m.end + 2])]

    def county_start(self, match: re.Match) -> int | None:
        """Where the county's name of a county body's match starts: after a sentence's end
        and the words that open no name (Monday. The St. Charles County Circuit Court ->
        St. Charles); None when no name is left."""
        start = match.start("name")
        for word in re.finditer(r"\S+", match.group("name")):
            if word.group() in self.name_stops or word.group().endswith(".") and word.group() != "St.":
                start = match.start("name") + word.end()
            else:
                break
        while start < match.end("name") and match.string[start] in " \t":
            start += 1
        return start if start < match.end("name") else None

    def cities(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """based in Palo Alto, California; the Berkeley, California-based start-up: an
        unknown place named with the known state or country it is in (a Jurisdiction); so is
        one described as a town after it (in Ardmoor, a town of 30,000; english.tsv town_noun)."""
        found = []
        for match in self.city.finditer(text):
            city, region = match.group("city", "region")
            region = re.sub(r"^(?:Co\.?|County)[ \t]+", "", region)  # Swords, Co Dublin: the Irish county by its place
            entry = self.kb.lookup(region) or self.kb.lookup(region.rstrip("."))  # …and Tartu, Estonia.
            start, end = match.span("city")
            if entry is None or entry.type != "Jurisdiction" or self.kb.lookup(city) is not None or \
                    city.split()[0] in self.given_names and match.group("before").lower() not in self.place_in or \
                    any(word in self.name_stops for word in city.split()) or \
                    _CJK.search(text[max(0, start - 2):end + 2]) or overlaps_any(start, end, candidates):
                continue  # Paris, France: the knowledge base's; Daniel Levy, Israel: no place (in Chester, Pennsylvania is one)
            found.append(self.mention(city, "Jurisdiction", start, end, 0.7, "city"))
        for match in self.party_home.finditer(text):  # Sen. Jane Roe, R-Billings: a lawmaker's party and home town
            start, end = match.span("city")
            if self.kb.lookup(match.group("city")) is None and not overlaps_any(start, end, candidates + found):
                found.append(self.mention(match.group("city"), "Jurisdiction", start, end, 0.7, "city"))
        for match in self.municipal.finditer(text):  # the city of Chattanooga (not the City of London Police: a longer name)
            start, end = match.span("city")
            if re.search(r"[A-Z][\w'’.-]*[ \t]+$", text[max(0, match.start() - 30):match.start()]):
                continue  # the London Borough of Haringey: a body's name of its own
            if self.kb.lookup(match.group("city")) is None and not any(w in self.name_stops for w in match.group("city").split()) \
                    and not self.title_cased(text, match.start()) and not overlaps_any(start, end, candidates + found):
                found.append(self.mention(match.group("city"), "Jurisdiction", start, end, 0.7, "city"))
        for match in self.town.finditer(text):  # parents in Ardmoor, a town of 30,000
            start, end = match.span("city")
            if self.kb.lookup(match.group("city")) is None and match.group("city").split()[0] not in self.given_names \
                    and not overlaps_any(start, end, candidates + found):
                found.append(self.mention(match.group("city"), "Jurisdiction", start, end, 0.7, "city"))
        return found

    def regions(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """in East Texas, Northern California: a part of a known state or province named by its
        direction (english.tsv region_direction) is a Jurisdiction; in Jefferson City, from
        Farmington Hills: an unknown place named with a town's word (english.tsv town_word)
        after in/from is one too."""
        found = []
        for match in self.region.finditer(text):
            entry = self.kb.lookup(match.group("place"))
            start, end = match.span("name")
            if entry is None or entry.type != "Jurisdiction" or entry.parent is None or self.kb.lookup(match.group("name")) is not None \
                    or self.title_cased(text, start) or overlaps_any(start, end, [m for m in candidates if m.end - m.start > end - start]):
                continue  # South Korea (known), a country's part (Western Europe: no state), a headline's words
            found.append(self.mention(match.group("name"), "Jurisdiction", start, end, 0.7, "city"))
        for match in self.town_named.finditer(text):
            start, end = match.span("name")
            if self.kb.lookup(match.group("name")) is not None or match.group("name").split()[0] in self.name_stops or \
                    self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]):
                continue
            found.append(self.mention(match.group("name"), "Jurisdiction", start, end, 0.75, "city"))
        for match in self.capital.finditer(text):  # the Madison Building in Washington: the capital, not the state
            entry = self.kb.entries[self.capitals[match.group("name")]]
            found.append(self.mention(match.group("name"), "Jurisdiction", match.start("name"), match.end("name"), 0.75, "city",
                                      kb_id=entry.id, canonical=entry.en))
        return found

    def based_places(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The Suwon-based company, a Harlow-based start-up: the unknown place before "-based"
        and a word for a business (english.tsv apposed_kind) is a Jurisdiction."""
        found = []
        for match in self.based_place.finditer(text):
            place = match.group("place")
            start, end = match.span("place")
            if self.kb.lookup(place) is not None or place.split()[0] in self.name_stops or \
                    place.split()[0] in self.given_names or self.nationality.fullmatch(place) or \
                    self.title_cased(text, start) or overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(place, "Jurisdiction", start, end, 0.6, "city"))
        return found

    def dateline_places(self, text: str) -> list[Mention]:
        """Place：SAN FRANCISCO (kg.segment's line for an English dateline): a Jurisdiction."""
        found = []
        for match in self.dateline.finditer(text):
            start = match.start("place")
            for place in match.group("place").split("、"):  # Place：AUSTIN、Texas: a city and its state
                at, start = start, start + len(place) + 1
                place = place.strip()
                name = place.title() if place.isupper() else place
                entry = self.kb.lookup(name)
                if not place or entry is not None and entry.type != "Jurisdiction":
                    continue
                found.append(self.mention(place, "Jurisdiction", at, at + len(place), 0.9, "dateline",
                                          kb_id=entry.id if entry else None,
                                          canonical=None if entry or name == place else name))
        return found

