"""English laws and documents: a statute's title, a numbered bill, a document named by its title,
and a report named after the body that wrote it."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention
from .shared import _ARTICLE_BEFORE, _ARTICLES, _DATE_WORD, _MONTH_DATE, Rule, _TITLE_GLOSS, _YEAR


# a bracketed part, then the title's capitalised words again: what came before opens a longer title
_TITLE_GOES_ON = re.compile(r"[ \t]+\([A-Z][^()\n]{2,80}\)[ \t]+[A-Z]")


class Statutes(Rule):
    name = "statute"
    people = True

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        title_word = r"(?:[A-Z][\w'’-]*|and|of|for|on|the|to|in|&)"
        # the Right to Compute Act, the Freedom to Vote Act: a title holding "to" after the word it opens with
        self.to_statute = cued(rf"(?<![\w.&'’-])(?P<name>(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:{alternatives(words['to_title'])})[ \t]+to[ \t]+"
                                     rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{alternatives(words['statute_kind'])}))(?![\w&'’-])")
        self.statute = cued(
            rf"(?<![\w.&'’(-])(?P<name>[A-Z][\w'’-]*(?:,?[ \t]+{title_word}){{0,8}}[ \t]+\([A-Z][\w'’-]*(?:,?[ \t]+{title_word}){{0,10}}\)"
            rf"(?:[ \t]+[A-Z][\w'’-]*){{0,2}}?[ \t]+(?:{alternatives(words['statute_kind'])})(?:,?[ \t]+(?:19|20)\d\d)?)(?![\w&'’-])")
        # the European Convention on Human Rights, the Code of Administrative Offences: a kind of instrument before
        # of/on and its remit; the Biometric Processing Privacy Code 2025: a code named with its year, or by two words at least
        # no owner's name inside the remit; a quote closing the title ends it (the 'Basic Act on … a Trust Base' was)
        word, remit = r"[A-Z][\w&'’-]*", r"[A-Z][\w&-]*(?![\w&-]|['’]\w)"
        # (an act's or a law's title runs long, its small words in lower case: the Act on Special Cases Concerning the
        # Punishment of Sexual Crimes, the Organic Law for the Protection of Minors in Digital Environments, the Basic
        # Act on the Development of Artificial Intelligence and the Establishment of a Trust Foundation)
        self.remit_statute = cued(
            rf"(?<![\w.&-])(?<!\w['’])(?P<name>(?:{word}[ \t]+){{0,3}}(?P<kind>{alternatives(words['remit_instrument'] + words['titled_law'])})[ \t]+(?P<link>of|on|for)[ \t]+"
            rf"(?:the[ \t]+)?(?P<remit>{remit}(?:[ \t]+(?:(?:and|&)[ \t]+(?:the[ \t]+)?|the[ \t]+|(?:of|on|for|in|to|with)[ \t]+(?:the[ \t]+|an?[ \t]+)?)?{remit}){{0,9}})"
            rf"|(?:{word}[ \t]+){{1,5}}Code,?[ \t]+(?:19|20)\d\d|(?:{word}[ \t]+){{2,5}}Code)(?![\w&-]|['’]\w)")
        # the rights guaranteed under the Constitution: a country's own charter named by its kind alone (english.tsv
        # bare_instrument), capitalised after "the", no remit or other capitalised word after it (the Constitution Hall)
        self.bare_instrument = cued(rf"(?<![\w'’-])the[ \t]+(?P<name>{alternatives(words['bare_instrument'])})(?![\w&'’-]|[ \t]+(?:(?:of|on|for)\b|[A-Z\d]))")
        self.group_owners = frozenset(words["group_owner"])  # the Children's Online Privacy Code: no owner, the title's word
        self.titled_laws = frozenset(words["titled_law"]) - frozenset(words["remit_instrument"])
        self.own_worded_laws = frozenset(words["own_worded_law"])  # the Report on…: a report's own words before it
        self.document_remits = frozenset(words["document_remit"])  # the Code of Practice: a document's kind, no title
        self.instrument_words = frozenset(w for kind in (*words["remit_instrument"], *words["titled_law"]) for w in kind.split())

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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
        found += [self.mention(match.group("name"), "Law", match.start("name"), match.end("name"), 0.65, "statute")
                  for match in self.bare_instrument.finditer(text) if not self.title_cased(text, match.start("name"))]
        position = 0
        while (match := self.remit_statute.search(text, position)) is not None:
            position = match.end()
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
            second = re.search(r"[ \t]+(?:and|&)[ \t]+the[ \t]+(?P<tail>.+)$", remit)
            if second and self.instrument_words.intersection(second.group("tail").split()):
                end, remit = end - len(remit) + second.start(), remit[:second.start()]  # …Principles for X and the Y Code of Conduct: two titles
                position = end  # (the second is read on its own)
            name = " ".join(words)
            start = match.end("name") - len(name)
            name = text[start:end]
            if match.group("kind") is None and name.endswith("Code") and not _ARTICLE_BEFORE.search(text, max(0, start - 7), start):
                continue  # Visual Studio Code: a code named without its year is a title only after an article (a Children's…Code)
            if text[start:match.end("name")] != " ".join(words) or self.kb.lookup(name) is not None or self.title_cased(text, start) or \
                    remit in self.document_remits or not self.titled_law(match, start, remit) or _TITLE_GLOSS.search(text, 0, start):
                continue  # a known one, a headline's words, the Code of Practice (a document's kind), 《…》（Guidelines on…）: the title's gloss
            if _TITLE_GOES_ON.match(text, end):
                continue  # the Constitution of Ruritania (Protection of Rights) Practice Rules: a longer title's opening words
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


class Bills(Rule):
    name = "bill"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.session_bill = re.compile(rf"(?<![\w.-])(?:{alternatives(words['bill_prefix'])})[ \t]?\d{{2}}[A-Z]?-\d{{1,4}}(?![\w-])")
        self.bill = re.compile(rf"(?<![\w.])(?:{alternatives(words['bill_chamber'])})[ \t]+Bill[ \t]+(?:No\.[ \t]*)?\d+(?:-\d+)?(?![\w-])")  # Senate Bill 24-205
        # Bill 2338 of 2023, Bill C-27, Resolution 23.610: an instrument's kind and its number, no name before them
        self.numbered = re.compile(rf"(?<![\w.-])(?:{alternatives(words['numbered_instrument'])})[ \t]+(?:No\.[ \t]*)?(?:[A-Z]-)?\d+"
                                   r"(?:[./-]\d+)*(?:[ \t]+of[ \t]+(?:19|20)\d\d)?(?![\w-]|\.\d)")
        # Act 125 of 2024, Public Act 103-0804: a state's act numbered within its year or session, no name before it
        # (the year or the session's hyphen is needed: a bare "Act 2" is a play's or a plan's part)
        self.numbered_act = re.compile(r"(?<![\w.-])(?:(?:Public[ \t]+)?Act[ \t]+(?:No\.[ \t]*)?\d+[ \t]+of[ \t]+(?:19|20)\d\d"
                                       r"|Public[ \t]+Act[ \t]+\d+-\d+)(?![\w-]|\.\d)")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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


class Documents(Rule):
    name = "document"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # the European Convention on Human Rights, the Code of Administrative Offences: a kind of instrument before
        # of/on and its remit; the Biometric Processing Privacy Code 2025: a code named with its year, or by two words at least
        word, remit = r"[A-Z][\w&'’-]*", r"[A-Z][\w&-]*(?![\w&'’-])"  # no owner's name inside the remit
        # a document's title in capitals: its longer words capitalised (a short or title_lower word in lower case), a colon after one
        small = alternatives(("a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "by", "at", "as",
                              *(word for word in words["title_lower"] if word not in ("that", "than"))))  # …Systems that Roe: a clause
        cap = r"(?:[A-Z][\w'’-]*|\d[\w.]*)"
        title = rf"[A-Z][\w'’-]*:?(?:[ \t]+(?:(?:{small})[ \t]+)*{cap}:?){{2,24}}"
        nouns = alternatives(words["document_noun"])
        # the draft, titled Model Audits: A Guide for Agencies; a paper entitled "…"
        self.document_titled = cued(rf"\b(?:{nouns})s?,?[ \t]+(?:titled|entitled)[ \t]+"
                                          rf"(?:[\"“](?P<quoted>[^\"”\n]{{8,200}})[\"”]|(?P<name>{title}))")
        # a second draft, Guidance on Model Audits for Public Agencies, was…: the title in commas after the document's word
        self.document_apposed = cued(rf"(?<![\w'’-])(?P<lead>(?i:an?|the|its|their|his|her|our|this))[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{nouns}),[ \t]+(?P<name>{title})"
                                           rf"(?=,[ \t]+[a-z]|[.;]?(?:[ \t]|$))", re.M)
        # the Seoul Guiding Principles for Responsible Robotics: capitalised words ending in a document's kind, then its remit
        kinds = alternatives(words['document_kind'])
        self.document_kind = cued(rf"(?<![\w&'’-])(?:the|The|its|their|whose)[ \t]+(?P<name>(?:{cap}[ \t]+){{1,5}}(?:{kinds})"
                                        rf"[ \t]+(?:for|on|of)[ \t]+(?:the[ \t]+)?{cap}(?:[ \t]+(?:(?:{small})[ \t]+)*{cap}){{0,10}})(?![\w&'’-])")
        # the mayor released the Springfield AI Action Plan; The Global Model Safety Report, released today: no remit, so
        # an act of issuing right before or right after the title tells it is one
        issuing = alternatives(words["document_issuing"])
        bare = rf"(?P<name>(?:{cap}[ \t]+){{2,6}}(?:{kinds}))(?![\w&'’-]|[ \t]+(?:for|on|of|to)[ \t])"
        self.document_issued = cued(rf"\b(?:{issuing})[ \t]+(?:the|its|their|a|an)[ \t]+{bare}")
        self.document_released = cued(rf"(?<![\w&'’-])(?:the|The)[ \t]+{bare}(?=,[ \t]+(?:{issuing})\b)")
        # the Agency's Policy for the fair use of AI in councils, in force…; Use of data in schools, guidance issued by…;
        # its guidance “Use of biometric data at work”: a title in sentence case, told by an owner's possessive before it,
        # a document's word and an act of issuing after its comma, or a document's word before its quotes
        sentence = r"[A-Z][a-z]+[ \t]+(?:for|of|on)[ \t]+(?:[\w'’-]+[ \t]+){1,14}?[\w'’-]+"
        self.sentence_titles = (
            cued(rf"(?<=[A-Za-z]['’]s[ \t])(?P<name>(?:{alternatives(words['sentence_title_head'])})[ \t]+(?:for|of|on)[ \t]+[a-z]"
                     rf"(?:[\w'’-]*[ \t]+){{1,14}}?[\w'’-]+)(?=,[ \t]+[a-z])"),
            cued(rf"(?<![\w'’-])(?P<name>{sentence}),[ \t]+(?:(?:a|an|the)[ \t]+)?(?:{nouns})[ \t]+(?:{issuing})\b"),
            cued(rf"\b(?:{nouns})[ \t]+[“\"](?P<name>{sentence})[”\"]"))
        self.filing_words = frozenset(words["filing_word"])

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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

    @staticmethod
    def closed_title(text: str, name: str, end: int) -> bool:
        """in its May report, Schools and the Future of Learning, to keep…: a title after a preposition's
        document word holds its own small words and a comma closes it before the sentence goes on in lower
        case (In her order, Judge Roe found…: a clause's subject, neither)."""
        return re.search(r"[ \t](?:of|for|and|on|the|in|to)[ \t]", name) is not None and re.match(r",[ \t]+[a-z]", text[end:]) is not None


class BodyReports(Rule):
    name = "report"
    sees = "found"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.report_of = re.compile(rf"(?<![\w'’-])(?:{alternatives(words['report_of'])})[ \t]+of[ \t]+the[ \t]+$")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Report of the Royal Commission into Harbour Safety: a report named after the body that
        wrote it (english.tsv report_of) is a Law of its own, the body inside it kept."""
        return [self.mention(text[report.start():body.end], "Law", report.start(), body.end, 0.65, "document")
                for body in candidates if body.type in ("Regulator", "Organization", "Legislature", "Court")
                if (report := self.report_of.search(text, max(0, body.start - 40), body.start)) is not None]
