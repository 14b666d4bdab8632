"""English names the other finders miss, each kind a small rule (Mention.mechanism
``english/<rule>``); the words they read are in data/lexicon/english.tsv.

- ``court``: US district and appeals courts in their English forms (the Northern District of
  California, the 9th U.S. Circuit Court of Appeals, a federal judge in San Francisco),
  matched to the knowledge base's court where it has one; a state court before "of" and its
  place (the Superior Court of Gwinnett County); a court's city before "federal court" (Manhattan
  federal court; a state's, New York federal court, describes one of its courts and names none) or a
  court's city or a state of one federal district after "U.S. District Court in" (its whole phrase
  another name of the court: the U.S. District Court in Minnesota); a
  numbered court after its town's possessive (Ankara’s 7th Criminal Judgeship of Peace: both names);
- ``county``: a US county named with its word (a Gwinnett County judge): a Jurisdiction;
- ``case``: cases named after their parties (Getty Images v. Stability AI, A vs B) and captions
  opened by In re (In re: Acme, Inc. Data Breach Litigation);
- ``person``: persons after a role (Disney's general counsel Jane Roe, Judge Joanna Smith;
  initials as the given name: J.D. Hollingsworth, its chief executive)
  or before one (Joel Kaplan, Meta's chief global affairs officer), after an age (17-year-old Jane
  Roe), with a generation after a comma or before a possessive (Mario Roe, Jr.; John Roe III's), and
  two persons sharing a family name (Matthew and Maria Raine);
- ``nationality``: a nationality word describing a named body is its country (French
  start-up Mistral AI: France), where the document names that country elsewhere too
  (EnglishNames.carry: a country told by an adjective alone is no party to the story);
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
  company, though it opens with a given name; the known ones may be other English rules' names
  (Quillon Ltd, Harbex and Vantrel LLC), and a member's words may hold "&" (Harth & Meadow);
- ``body``: an unknown capitalised name ending in a word that names a kind of body (the
  Nordic Robotics Institute, Acme's Applied Vision Group) or opening with one before "of"
  (the University of Tampere), or written in capitals (CALLOWAY LAW LIBRARY): a body of that
  kind (english.tsv body_head, body_of); a body's kind and its remit after on, into, for or of
  (the Presidential Commission on the Future of Work, the Judicial Panel on Multidistrict
  Litigation: english.tsv remit_head), the initials of the remit's last words kept (the
  Committee on Adopting Quantum Computing (QC));
- ``of_part``: a body another rule cut before its "of", "for" or "to" part (the Norland Authority,
  the Coastal Centre) runs on into it while its words are capitalised (the Norland Authority of
  Tivia, the Coastal Centre to Counter Fraud), up to another name that is no known place and the
  sentence's end (english.tsv of_part_head);
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
- ``site``: the name a website word gives, after "called", in quotes or as a domain in lower case
  (a website called Vexlo.com, the website ‘Vexlo’, the stock image website vexlo.com): a company;
- ``owner``: the unknown name before what a business owns (a Harlow Motors dealership): a company;
- ``platform``: a one-letter name before a word for what a platform's users hold there (her X
  account, the X app) or after "on" (posts on X): a company;
- ``backed``: the unknown name before "-backed" (the Thrive-backed start-up): a company;
- ``countried``: a known country right before a known body of its own (the UK ICO, the UK
  Information Commissioner's Office): one name, the body's;
- ``lower``: a known place and a body's words in lower case (the Colorado state legislature, the
  Texas attorney-general): the knowledge base's body of that place (english.tsv place_body_lower);
- ``dateline``: the place of an English dateline (ROME (Reuters) -), which kg.segment keeps
  on a credit line.

>>> finder = EnglishNames(vocabulary())                                # doctest: +SKIP
>>> [(m.text, m.type) for m in finder.find("Dutch chipmaker ASML hired Judge Jane Roe.", None, [])]  # doctest: +SKIP
[('Dutch', 'Jurisdiction'), ('Jane Roe', 'Person')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ...model import Item, Mention
from ..base import Family, Tokens, register, set_mentions
from ..words import Words
from . import bodies, companies, courts, laws, media, models, people, places, repeats
from ...alternation import alternatives
from .shared import _CJK, EnglishWords, Headlines, NoNames, Rule, english_lexicon, generation_pattern, given_names, opening_roles, pairs

# The English rules in the order their names are listed (Rule.sees tells what each reads);
# each names its mentions english/<detail>, its words in data/lexicon/english.tsv
RULES: tuple[type[Rule], ...] = (
    courts.Courts,  # the Northern District of California, the 9th U.S. Circuit Court of Appeals, the Superior Court of Gwinnett County
    courts.Cases,  # Getty Images v. Stability AI, In re: Acme, Inc. Data Breach Litigation
    people.Persons,  # Judge Joanna Smith, Joel Kaplan, Meta's chief global affairs officer, Matthew and Maria Raine
    companies.Firms,  # Rothwell, Figg, Ernst & Manbeck; Harrow & Finch LLP
    media.Papers,  # the Orange County Register, the St. Paul Pioneer Press
    bodies.Legislatures,  # the Standing Committee on Industry and Technology, Parliament was prorogued
    laws.Statutes,  # the Online Safety (Miscellaneous Amendments) Bill, the Right to Compute Act
    places.Nationalities,  # French start-up Mistral AI: France
    places.Datelines,  # ROME (Reuters) -: the dateline's place; (Harbor Wire) –: its outlet
    companies.Extended,  # Meta AI Studio, Google Korea, Microsoft Corp.
    models.Models,  # its R1 reasoning model, the Le Chat assistant, a product called Quillet
    bodies.Bodies,  # the Nordic Robotics Institute, the University of Tampere
    bodies.RemitBodies,  # the Presidential Commission on the Future of Work
    bodies.CapitalBodies,  # CALLOWAY LAW LIBRARY
    bodies.ApposedBodies,  # MosaicML, a San Francisco startup
    places.Cities,  # Palo Alto, California; the city of Chattanooga
    places.Regions,  # in East Texas, in Jefferson City, in Washington
    places.BasedPlaces,  # the Suwon-based company
    people.HeldOffices,  # Chinese President Xi Jinping, Industry and Science Minister Ed Husic
    people.BodyChairs,  # FTC Chair Lina Khan, the Dutch DPA chairman Aleid Wolfsen
    companies.Parties,  # sued Wiz, invested in Acme Robotics
    bodies.Placed,  # Utah Governor, California AG, the Illinois Department of Financial and Professional Regulation, the Danish government
    bodies.Countried,  # the UK ICO, the UK Information Commissioner's Office
    bodies.LowerBodies,  # the Colorado state legislature, the Texas attorney-general
    laws.Bills,  # Senate Bill 149, SB 24-205, Bill 2338 of 2023
    companies.Registered,  # Tutor Group Limited, Zorvex Labs Inc.
    companies.Backers,  # the Thrive-backed start-up
    companies.Platforms,  # her X account, Grok accounts on X
    companies.Sites,  # a website called Vexlo.com, the website ‘Vexlo’, the microblogging site Vexlo
    media.Outlets,  # By Jane Roe, Harbor Daily; THE LEDGER REVIEW | Courts; the May issue of X
    companies.Owners,  # a Harlow Motors dealership
    bodies.Units,  # the HHS Office for Civil Rights, the FTC's Office of Technology
    companies.Actors,  # Orvanta's chief executive, the U.S.-based Helixon AI
    laws.Documents,  # the draft, titled Model Audits: A Guide for Agencies; the Seoul Guiding Principles for Responsible Robotics
    companies.Listed,  # Nvidia, Cisco and Jane Street; Quillon Ltd, Harbex and Vantrel LLC
    media.Sources,  # according to The Hill, …, The Witness reported
    courts.CourtDivisions,  # Superior Court of California, County of Alameda
    bodies.Campuses,  # the University of Texas at San Antonio
    bodies.OfParts,  # the Harbor Court of Appeals, the Coastal Centre to Counter Fraud
    laws.BodyReports,  # the Report of the Royal Commission into Harbour Safety
    repeats.Repeated,  # is buying MosaicML … MosaicML had raised
)

__all__ = ["RULES", "EnglishNames", "Headlines", "NoNames", "Rule", "english_lexicon", "given_names", "opening_roles", "pairs"]


@register
class EnglishNames(Family):
    """The English name rules over an item's text: candidates that choose_names weighs
    with the other families'."""

    def __init__(self, words: Words) -> None:
        shared = EnglishWords(words)
        self.rules = tuple(rule(shared) for rule in RULES)
        self.no_names = shared.no_names
        self.nationalities = frozenset(shared.nationalities)
        # a federal judge in Chicago: the words a court_city court is named by that describe a judge or a building
        # (english.tsv court_description, each without the word before its city)
        self.court_descriptions = frozenset(re.sub(r"\s+\S+$", "", phrase).lower()
                                            for phrase in shared.words["court_description"])
        # Google Meet, Microsoft Teams, the Marvel Cinematic Universe: a known company's name running on into one of
        # its products (english.tsv product_word, up to two capitalised words between; not a medium: the HBO TV series)
        products = [word for word in shared.words["product_word"] if word not in shared.words["product_medium"]]
        self.product_after = re.compile(rf"(?:[ \t]+[A-Z][\w-]*){{0,2}}?[ \t]+(?:{alternatives(products)})(?![\w'’-])")
        # an Ontario court: the place a court named as written opens with (english.tsv place_court)
        self.place_court_words = re.compile(rf"[ \t]+(?:{alternatives(shared.words['place_court'])})$")

    def rule(self, name: str) -> Rule:
        """The rule of this name (court, person, …)."""
        return next(rule for rule in self.rules if rule.name == name)

    def find(self, text: str, tokens: Tokens | None, candidates: list[Mention]) -> list[Mention]:
        if not re.search(r"[A-Za-z]{3}", text):
            return []
        early = {rule.name: rule.find(text, []) for rule in self.rules if rule.people}
        seen = {"text": [], "candidates": candidates,
                "people": candidates + [name for names in early.values() for name in names]}
        found: list[Mention] = []
        for rule in self.rules:
            if rule.sees == "found":
                names = rule.find(text, candidates + found)
            else:
                names = early[rule.name] if rule.people else rule.find(text, seen[rule.sees])
            found += [latin for m in names if not self.no_names(text, m.start, m.end) and (latin := self.latin_part(m)) is not None]
        return found

    def carry(self, parts: list[tuple[Item, Doc]]) -> None:
        """One document's items (their names chosen): a country a nationality word alone tells
        (Chinese AI start-up DeepSeek, Dutch watchdog DPA) is dropped where no other name of the
        document (China, 中国, the Netherlands) names it: the story describes a party by its
        origin, it names no place of its own.  So is a court a judge's or a courthouse's description
        alone tells (a federal judge in Chicago, the federal courthouse in Orlando: english.tsv
        court_description) where no other name of the document (the Northern District of Illinois)
        names it: the story describes a judge, it names no court (devA62: three documents of three
        sites, 12 wrong facts; the real gold gives a court only to a court's own words, a federal
        court in DC).  So is a known company whose name only opens its products' (Zoom, Google Meet
        and Microsoft Teams meetings; Google Play; the Marvel Cinematic Universe: english.tsv
        product_word) where no other name of the document names it: the story names a product, not
        its maker (devA64: 8 such companies in 5 documents of 5 sites, none in the gold)."""
        texts = [doc.user_data["text"] for _, doc in parts]  # (the Segmenter's text: spaCy joins a Doc's tokens at every doc.text)
        self.place_courts_named_in_full(parts)
        named = {m.kb_id for (_, doc), text in zip(parts, texts) for m in doc.user_data["mentions"]
                 if m.kb_id and not self.adjective(m) and not self.described_court(m) and not self.maker(text, m)}
        for (_, doc), text in zip(parts, texts):
            mentions = doc.user_data["mentions"]
            kept = [m for m in mentions if not (self.adjective(m) or self.described_court(m) or self.maker(text, m))
                    or m.kb_id in named]
            if len(kept) < len(mentions):
                set_mentions(doc, kept)

    def place_courts_named_in_full(self, parts: list[tuple[Item, Doc]]) -> None:
        """A court named as written by its place (english/place_court: an Ontario court, a Harbor
        State court) where the document names a court in full opening with that place (the Ontario
        Superior Court, the Harbor State Second District Court of Appeals) is that court: the story
        shortens its name (the real gold gives the short form as the full name's other name, no
        node of its own)."""
        courts = [m for _, doc in parts for m in doc.user_data["mentions"] if m.type == "Court" and m.mechanism != "english/place_court"]
        for _, doc in parts:
            mentions = doc.user_data["mentions"]
            if not any(m.mechanism == "english/place_court" for m in mentions):
                continue
            changed = [self.full_court(m, courts) for m in mentions]
            if changed != mentions:
                set_mentions(doc, changed)

    def full_court(self, mention: Mention, courts: list[Mention]) -> Mention:
        """The place court ``mention`` as the full court of its place the document names, or itself."""
        if mention.mechanism != "english/place_court":
            return mention
        place = self.place_court_words.sub("", re.sub(r"\s+", " ", mention.text))
        full = next((court for court in courts if re.sub(r"\s+", " ", court.text).startswith(place + " ")), None)
        if full is None:
            return mention
        return replace(mention, kb_id=full.kb_id, canonical=full.canonical or re.sub(r"\s+", " ", full.text))

    def maker(self, text: str, mention: Mention) -> bool:
        """A known company named as the first word of one of its products (Google Meet, Microsoft Teams)."""
        return mention.type == "Company" and mention.kb_id is not None and text[mention.start:mention.end] == mention.text \
            and self.product_after.match(text, mention.end) is not None

    def described_court(self, mention: Mention) -> bool:
        """A known court named by a judge's or a building's words (court_description: federal judge)."""
        return mention.type == "Court" and mention.kb_id is not None and \
            re.sub(r"\s+", " ", mention.text).strip().lower() in self.court_descriptions

    def adjective(self, mention: Mention) -> bool:
        """A country this family's nationality rule found by its adjective (or that adjective
        found again in the item: repeated/english)."""
        return mention.type == "Jurisdiction" and mention.mechanism in ("english/nationality", "repeated/english") and \
            re.sub(r"\s+", " ", mention.text) in self.nationalities

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
