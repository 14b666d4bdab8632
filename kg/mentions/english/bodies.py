"""English bodies: a name ending in or opened by a body's word, a body and its remit, a body's name
in capitals, a body described in commas, a
legislature's committee, a place's office and a body's unit."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KBEntry, KnowledgeBase
from ...lookahead import cued
from ...model import Mention, overlaps_any
from ...punctuation import POSSESSIVE
from .shared import _AMOUNT_AFTER, _ARTICLES, _CJK, _line_bounds, pairs, Rule

_OF_PART_TYPES = frozenset({"Court", "Regulator", "Organization", "Legislature"})  # the kinds of body an "of" part may follow


class Legislatures(Rule):
    name = "legislature"
    people = True

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        capital = r"[A-Z][\w&'’.-]*"
        kinds, chambers = alternatives(words["committee_kind"]), alternatives(words["chamber"])
        self.committee = cued(
            rf"(?<![\w.&'’-])(?P<name>(?:(?:{chambers})[ \t]+)?(?:{kinds})[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?{capital}"
            rf"(?:,?[ \t]+(?:(?:and|&|of|for|the)[ \t]+)*{capital}){{0,5}}"
            rf"|(?:{chambers})[ \t]+(?:{capital}[ \t]+){{1,3}}Committee)(?![\w&'’-])")
        self.bare_bodies = {**dict.fromkeys(words["bare_legislature"], "Legislature"), **dict.fromkeys(words["bare_force"], "Regulator")}
        self.common_bare = frozenset(words["bare_after_article"])  # the Diet: a common noun too (Diet soda), a body after "the" only
        self.bare_legislature = cued(rf"(?<![\w.&'’-])(?:{alternatives(self.bare_bodies)})(?![\w&-]|[ \t]+(?:of\b|[A-Z]))")
        # both the House and Senate, the Senate and the House: a state's or a country's two chambers, each a Legislature
        chambers = alternatives(words["chamber"])
        self.chamber_pair = cued(rf"(?<![\w.&'’-])[Tt]he[ \t]+(?P<first>{chambers})[ \t]+and[ \t]+(?:the[ \t]+)?"
                                     rf"(?P<second>{chambers})(?![\w&'’-]|[ \t]+(?:of\b|[A-Z]))")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Standing Committee on Industry and Technology, the Senate Commerce Committee: a
        legislature's committee; Parliament alone (not the European Parliament, not Parliament
        of Australia: those name it whole): the parliament of the country the story is about; so
        is the Senate alone, and so are both chambers named together (the House and Senate), and an armed service named alone (the Army) is that country's, a
        state body."""
        found = []
        for match in self.committee.finditer(text):
            end = self.shared.parent_end(text, match.start(), match.start() + len(match.group("name").rstrip(".,")))
            end = self.shared.glossed_end(text, match.start(), end)
            if not self.shared.headline_words(text, match.start(), end) and self.kb.lookup(text[match.start():end]) is None:
                found.append(self.mention(text[match.start():end], "Legislature", match.start(), end, 0.7, "legislature"))
        for match in self.chamber_pair.finditer(text):
            if match.group("first") != match.group("second") and not self.title_cased(text, match.start()):
                found += [self.mention(match.group(side), "Legislature", match.start(side), match.end(side), 0.6, "legislature")
                          for side in ("first", "second")]
        for match in self.bare_legislature.finditer(text):
            before = text[max(0, match.start() - 30):match.start()]
            if re.search(r"(?:(?<![\w.'’-])(?!(?:The|A|An)[ \t]+$)[A-Z][\w.'’-]*|['’]s)[ \t]+$", before) or self.title_cased(text, match.start()):
                continue  # the European Parliament, Canada's Parliament: another rule's name or its owner's
            if match.group() in self.common_bare and not re.search(r"\b[Tt]he[ \t]+$", before):
                continue  # Diet soda: the body's word is a common noun's here
            found.append(self.mention(match.group(), self.bare_bodies[match.group()], match.start(), match.end(), 0.6, "legislature"))
        return found


class Bodies(Rule):
    name = "body"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.organ_remits = frozenset(words["organ_remit"])  # the Board of Directors
        capital = r"[A-Z][\w&'’.-]*"
        heads = alternatives(self.shared.body_types)
        # on one line; a head followed by another capitalised word is inside a title (Foundation Models);
        # an article opens no name (The Center for Digital Rights: the Center … of the second form)
        # the Department of Families, Fairness and Housing: a comma joins the remit's words where "and" closes the series
        words_run = rf"(?:{capital}[ \t]+){{0,2}}{capital}"
        series = rf",[ \t]+(?={words_run}(?:,[ \t]+{words_run})*,?[ \t]+(?:and|&)[ \t]+{capital})"
        remit = rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{capital}(?:(?:[ \t]+(?:(?:and|&)[ \t]+|(?:for|of)[ \t]+(?:the[ \t]+)?)?|{series}){capital}){{0,5}}"
        # the Science, Technology and Communications Committee: a series of fields, closed by "and", before the kind;
        # the National Artificial Intelligence (AI) Strategy Committee: the initials of the words before them, inside
        fields = rf"(?P<fields>(?:{capital}(?:[ \t]+{capital})?,[ \t]+){{1,6}}(?:(?:and|&)[ \t]+|(?={capital}[ \t]+(?:and|&)[ \t]+)))?"
        self.body = cued(
            rf"(?<![\w.&'’-])(?P<name>(?!(?:The|A|An)[ \t]){fields}(?:{capital}[ \t]+(?:\([A-Z]{{2,6}}\)[ \t]+)?(?:(?:of|for|&|and)[ \t]+)?){{1,4}}(?:{heads})(?![ \t]+[A-Z])"
            rf"|(?:{alternatives(words['body_of'])}){remit})(?![\w&'’-])")
        # the Minderoo Centre for Technology and Democracy: its own name before the body word and its remit
        self.led_body = cued(rf"(?<![\w.&'’-])(?P<name>(?:{capital}[ \t]+){{1,3}}(?:{alternatives(words['body_of'])}){remit})(?![\w&'’-])")
        self.council_kinds = frozenset(words["council_kind"])
        self.central_banks = frozenset(words["central_bank"])  # the Bank of Norway: a country's central bank
        self.firm_forms = frozenset(words["firm_form"])  # Roe and Associates: one firm, no list
        # the Association of Acme Publishers CEO Jane Roe: a title in capitals (english.tsv person_role) ends the remit
        self.capital_titles = frozenset(role for role in words["person_role"] if role.isupper())

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Nordic Robotics Institute, the University of Tampere, Acme's Applied Vision
        Group: an unknown name made by a word naming a kind of body; a possessive before it
        owns it, it is not part of it."""
        found = []
        for match in (*self.body.finditer(text), *self.led_body.finditer(text)):
            start, words, stop, end = self.words_of(text, match)
            start, words = self.own_words(text, start, words, candidates)
            if not words:
                continue
            start, words, led, described = self.nationality_before(text, start, words)
            trimmed = self.trimmed(text, start, end, words, stop, led, candidates)
            if trimmed is None:
                continue
            end, words, stop = trimmed
            name = text[start:end]
            words[-1] = words[-1][:len(words[-1]) - stop]
            head = self.body_head(words, led)
            if head is None or self.listed(text, start, name, words, led, candidates) or \
                    self.no_name(text, start, end, name, words, led, candidates):
                continue
            # the City Council, the New Orleans City Council: a town's legislature
            type_ = "Legislature" if head == "Council" and words[-2] in self.council_kinds else self.shared.body_types[head]
            if head == "Committee" and self.legislature_owned(text, start, candidates):
                type_ = "Legislature"  # the European Parliament's Legal Affairs Committee: the legislature's, part of it
            if self.central_bank(words, led):
                type_ = "Regulator"
            if type_ in ("Company", "Organization"):
                start = self.capital_article(text, start)
            # the Greek Ministry of Migration: the text's whole phrase, its nationality too, is another name of the body
            whole = (f"{described.text} {text[start:end]}",) if described else ()
            found += [self.mention(text[start:end], type_, start, end, 0.6, "body", aliases=whole), *([described] if described else [])]
        return found

    def nationality_before(self, text: str, start: int, words: list[str]) -> tuple[int, list[str], int | None, Mention | None]:
        """Where the body word of a led name stands (the Minderoo Centre for Technology and Democracy:
        its own name before a body word and its remit), and a nationality describing a state body
        before it (the Greek Ministry of Migration), cut off as a Jurisdiction of its own: the name's
        start, its words, the body word's index, and the nationality's mention."""
        led = next((i for i, w in enumerate(words[:-2]) if w in self.shared.body_of_offices and words[i + 1] in ("of", "for")), None)
        described = None
        if led and self.shared.body_types.get(words[led]) == "Regulator" and \
                (nationality := self.shared.nationalities.get(" ".join(words[:led]))) is not None:
            # the Greek Ministry of Migration: the nationality describes a state body, its name opens with its kind
            # (a league's or an association's own name keeps it: the Hellenic League for Human Rights)
            described = self.mention(" ".join(words[:led]), "Jurisdiction", start, start + len(" ".join(words[:led])),
                                     0.9, "nationality", kb_id=nationality.id, aliases=(nationality.en,) if nationality.en else ())
            start, words, led = text.index(words[led], start), words[led:], 0
        return start, words, led, described

    def trimmed(self, text: str, start: int, end: int, words: list[str], stop: int, led: int | None,
                candidates: list[Mention]) -> tuple[int, list[str], int] | None:
        """The name's end, words and stop once what follows its remit is cut off (an amount, a known
        name or an office after "and", the place closing the remit); None where a known name opens it."""
        if len(words) > 3 and words[-1].isupper() and _AMOUNT_AFTER.match(text, end):
            end = start + len(text[start:text.rindex(words[-1], start, end)].rstrip())  # the Ministry of Finance EUR 5,000: its currency
            words = words[:-1]
        if led and overlaps_any(start, text.index(words[led], start),
                                [m for m in candidates if m.kb_id and m.type != "Jurisdiction"]):
            return None  # Microsoft Office for…: a known name before the body word is no part of it (a place is: London Borough of…)
        if words[led or 0] in self.shared.body_of_offices:  # the Ministry of Finance and Google: a known name after "and" is another
            joined = min((m.start for m in candidates if m.kb_id and m.type != "Jurisdiction" and start < m.start < end
                          and re.search(r"(?:,|\s(?:and|&))\s+$", text[start:m.start])), default=None)
            joined = self.placed_member(text, start, end, candidates) if joined is None else joined
            if joined is not None:  # (the Department of Justice, Microsoft and Google: a series of names)
                end = start + len(re.sub(r"(?:,|\s+(?:and|&))\s+$", "", text[start:joined]))
                words = text[start:end].split()
                stop = 0
        if led is not None and (place := self.remit_place(text, start, end, words, led, candidates)) is not None:
            end = place  # the Constitutional Democratic Party of Japan and Nippon Ishin: the place closes the remit
            words, stop = text[start:end].split(), 0
        if (led is not None or words[0] in self.shared.body_of_offices) and \
                (office := next((i for i in range(1, len(words) - 1) if words[i] in ("and", "&")
                                 and words[i + 1] in self.name_stops), None)):
            # the Board of Pharmacy and Governor Jane Roe: an office after "and" is another party, no remit's word
            end = start + len(" ".join(words[:office]))
            words, stop = words[:office], 0
        if (led is not None or words[0] in self.shared.body_of_offices) and \
                (title := next((i for i in range(2, len(words)) if words[i] in self.capital_titles), None)):
            # the Association of Acme Publishers CEO Jane Roe: the title and its holder after the remit are no part of it
            end = start + len(" ".join(words[:title]))
            words, stop = words[:title], 0
        return end, words, stop

    def body_head(self, words: list[str], led: int | None) -> str | None:
        """The body word the name's kind is read from, or None where the words name no body of their own."""
        head = words[-1] if words[-1] in self.shared.body_types else words[led or 0]
        if " ".join(words[-2:]) in self.shared.body_types:
            head = " ".join(words[-2:])  # the AI Litigation Task Force: a head of two words, a word of its own before it
            if len(words) < 3:
                return None
        if head == "Board" and len(words) < 3:
            return None  # its Review Board: a board's own name says more than what it does (the Generative AI Governing Board)
        if head not in self.shared.body_types:
            return None  # …Radiological Health. The Commerce Department's Bureau: cut at the stop, no body word is left
        if words[led or 0] in self.shared.body_of_offices and words[(led or 0) + 2:(led or 0) + 3] and \
                words[(led or 0) + 2] in self.organ_remits:
            return None  # the Board of Directors: a company's own organ, no body of its own
        return head

    def central_bank(self, words: list[str], led: int | None) -> bool:
        """The Bank of Norway: a bank's word opening a name before "of" and a known country alone
        (no state's nor a region's: the Bank of Scotland is a bank) is that country's central bank,
        a Regulator (english.tsv central_bank; a known bank, the Bank of China, is the knowledge base's)."""
        if led != 0 or len(words) < 3 or words[0] not in self.central_banks or words[1] != "of":
            return False
        remit = " ".join(words[2:])
        place = self.kb.place_prefix(remit)
        return place is not None and place[0] == remit and place[1].type == "Jurisdiction" \
            and self.kb.country_of(place[1].id) == place[1].id

    def listed(self, text: str, start: int, name: str, words: list[str], led: int | None, candidates: list[Mention]) -> bool:
        """Whether an "and" before the body word joins names in a list (Google and Acme Group; A, B and C
        Group) rather than the remits of one name (the Equality and Human Rights Commission); a
        partnership's form after it closes one firm's name (Roe and Associates: english.tsv firm_form)."""
        if "and" not in words[:-1] or led is not None and words.index("and") >= led \
                or words[-2] in ("and", "&") and words[-1] in self.firm_forms:
            return False
        if words[0] == "and":
            return True  # …Barron's and NYP Holdings: the name's words begin with the list's "and"
        joined = start + re.search(r"\sand\s", name).start()
        return bool(overlaps_any(start, joined, candidates) or
                    self.kb.lookup(text[start:joined]) is not None or
                    re.search(r"(?:,|\band|&)\s*$", text[max(0, start - 6):start]))

    def no_name(self, text: str, start: int, end: int, name: str, words: list[str], led: int | None,
                candidates: list[Mention]) -> bool:
        """Whether the words are no name of their own: a name alone, a headline, a known body, or
        inside a longer name."""
        # the Ministry of Justice: a stop word after "of" is the remit's (Justice, Health), no judge's title ending the name
        remit_word = led == 0 and words[-2] in ("of", "for")
        # the National Association of Attorneys General: its members, holders of an office in the plural, close its remit
        remit_word = remit_word or led is not None and len(words) > led + 3 and \
            f"{words[-2].removesuffix('s')} {words[-1]}" in self.shared.office_holders
        return bool(len(words) < 2 or words[-1] in self.name_stops and not (led == 0 and self.office_holder(words)) and not remit_word or
                    self.title_cased(text, start) or
                    self.kb.lookup(name) is not None or
                    any(m.start <= start and end <= m.end for m in candidates))


    @staticmethod
    def legislature_owned(text: str, start: int, candidates: list[Mention]) -> bool:
        """Whether a Legislature's possessive stands right before a name (the European Parliament's
        Legal Affairs Committee): a committee of a legislature is a Legislature (SCHEMA: parliaments,
        their chambers and committees), as the chamber before a committee's name makes it (english/legislature)."""
        owner = POSSESSIVE.search(text, max(0, start - 4), start)
        return owner is not None and any(m.type == "Legislature" and m.end == start - len(owner.group()) for m in candidates)

    def words_of(self, text: str, match: re.Match) -> tuple[int, list[str], int, int]:
        """A body's name's start, its words, the length of a mark after it that is no part of
        it (a sentence's stop, a possessive's) and its end, out of what the pattern matched."""
        start, spans = match.start("name"), list(re.finditer(r"\S+", match.group("name")))
        # the Department of Consumer Affairs. Because…: a full stop inside the remit ends the name there
        lead = self.remit_start([span.group() for span in spans])
        closing = next((i for i in range(lead + 2, len(spans) - 1) if self.shared.sentence_stop(spans[i].group())), len(spans) - 1)
        name_end, words = start + spans[closing].end(), [span.group() for span in spans[:closing + 1]]
        # the Science, Technology and Communications Committee: the commas of the fields' series are the name's
        listed = len(match.group("fields").split()) if match.groupdict().get("fields") else 0
        while len(words) > 1 and (words[0] in self.shared.body_stops or any(
                w in _ARTICLES or w.endswith(("'s", "’s")) or w.endswith(",") and listed <= i < self.remit_start(words)
                or self.shared.sentence_stop(w) for i, w in enumerate(words[:-1]))):
            start = text.index(words[1], start + len(words[0]))  # The, Acme's: before the name
            words, listed = words[1:], max(0, listed - 1)
        stop = self.shared.sentence_stop(words[-1])  # University of Turku. It…: the stop is no part
        # the Medical Board of Ohio's letter: the possessive's mark is no part of the name it closes
        stop = 2 if words[-1].endswith(("'s", "’s")) and len(words) > 2 else stop
        return start, words, stop, name_end - stop

    @staticmethod
    def remit_place(text: str, start: int, end: int, words: list[str], led: int, candidates: list[Mention]) -> int | None:
        """Where a body's remit ends when it is a known place followed by "and" and another
        name (the Democratic Party of Korea and Acme Group, the University of Tampere and
        Acme): a place is a remit whole, what "and" joins to it is another party."""
        remit = text.index(words[led + 2], text.index(words[led], start) + len(words[led])) if len(words) > led + 2 else None
        place = next((m for m in candidates if m.start == remit and m.type == "Jurisdiction" and m.kb_id and m.end < end), None)
        return place.end if place and re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z]", text[place.end:end]) else None

    def own_words(self, text: str, start: int, words: list[str], candidates: list[Mention]) -> tuple[int, list[str]]:
        """A body's name's start and words without what opens no part of it (none where it is a
        list: a series before its kind holding another name, Seoul, Busan and Incheon Council, or
        before a kind of no state body, Acme, Beta and Gamma Group), and words before initials that are not theirs (Acme (XYZ)
        Strategy Committee); initials after the words they abbreviate are the name's
        (the National Artificial Intelligence (AI) Strategy Committee)."""
        cut = 0
        lead = self.remit_start(words)  # (a remit's own series is the remit's: the Ministry of Agriculture, Food and Rural Affairs)
        series = next((i for i in range(min(lead, len(words)) - 1, 0, -1) if words[i] in ("and", "&")), None)
        state = self.shared.body_types.get(words[min(lead, len(words) - 1)].rstrip(".,;:")) in ("Regulator", "Legislature")
        if series is not None and any(w.endswith(",") for w in words[:series]) and (not state or overlaps_any(
                start, text.index(" " + words[series] + " ", start), [m for m in candidates if m.start >= start])):
            return start, []  # a list of names, as without the series (a state body's fields only: Acme, Beta and Gamma Group)
        for i, word in enumerate(words[cut:], cut):
            initials = re.fullmatch(r"\(([A-Z]{2,6})\)", word)
            if initials and "".join(w[0] for w in words[max(cut, i - len(initials[1])):i]) != initials[1]:
                cut = i + 1
        # Abid Hussain of Primus Solicitors: a person's name (a known given name first) and "of" before
        # a body's own name are the person's, not the body's (the Office of X keeps its "of": its body word before it)
        of = words.index("of") if "of" in words[cut:-1] else None
        if of is not None and of > cut + 1 and words[cut] in self.shared.given_names and \
                not any(w in self.shared.body_types for w in words[cut:of]):
            cut = of + 1
        for _ in range(cut):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        return start, words

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
            words[-len(office.split()):] == office.split() for office in self.shared.office_holders)

    def placed_member(self, text: str, start: int, end: int, candidates: list[Mention]) -> int | None:
        """Where a body's remit joins, after "and", another name ending in a country (the League for
        Human Rights and Acme Greece: the body in that country is a second name, no remit's word)."""
        country = next((m for m in candidates if m.end == end and m.type == "Jurisdiction" and m.kb_id in self.kb.entries
                        and not self.kb.entries[m.kb_id].parent), None)
        member = re.search(r"\s(?:and|&)\s+(?:[A-Z][\w&'’.-]*\s+)+$", text[start:country.start]) if country else None
        return start + member.start() + 1 if member else None

    def remit_start(self, words: list[str]) -> int:
        """Where a body's remit starts among its words (Department of Families, Fairness and
        Housing: 1): a comma after it joins the remit's series, a comma before it ends a name."""
        return next((i for i, w in enumerate(words[:-1]) if w in self.shared.body_of_offices and words[i + 1] in ("of", "for")),
                    len(words))


class RemitBodies(Rule):
    name = "remit"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        capital = r"[A-Z][\w&'’.-]*"
        # the Presidential Commission on the Future of Work, the Royal Commission into Robodebt: a body whose remit follows
        # on, into, for or of (english.tsv remit_head); the remit's words run on over and, of, for and the
        self.remit_types = pairs(words["remit_head"])
        self.remit_body = cued(
            rf"(?<![\w.&'’-])(?P<name>(?:{capital}[ \t]+){{0,3}}?(?P<head>{alternatives(self.remit_types)})[ \t]+(?:on|into|for|of)[ \t]+"
            rf"(?:the[ \t]+)?{capital}(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)*{capital}){{0,6}})(?![\w&'’-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The Presidential Commission on the Future of Work, a Task Force on Synthetic Media and
        Elections, the Judicial Panel on Multidistrict Litigation: a body named by its kind and
        its remit after on, into, for or of is one name, typed by its kind (english.tsv
        remit_head); a date, a role word or an owner ends the remit, an article or an owner opens no name."""
        found = []
        for match in self.remit_body.finditer(text):
            start, words = match.start("name"), match.group("name").split()
            while words[0] in _ARTICLES or words[0] in self.shared.body_stops or words[0].endswith(("'s", "’s")):
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
            words[-1] = words[-1][:len(words[-1]) - self.shared.sentence_stop(words[-1])]
            name = " ".join(words)
            if text[start:start + len(name)] != name:
                continue  # the remit's words run over a line's end or a double space
            end = self.shared.glossed_end(text, start, self.shared.parent_end(text, start, start + len(name)))
            name = text[start:end]
            if self.shared.headline_words(text, start, end) or self.kb.lookup(name) is not None or \
                    overlaps_any(start, text.index(match.group("head"), start), [m for m in candidates if m.kb_id and m.type != "Jurisdiction"]):
                continue  # a headline's words, a known body, a known company's own unit (Google Council on…)
            found.append(self.mention(text[start:end], self.remit_types[match.group("head")], start, end, 0.65, "body"))
        return found


class CapitalBodies(Rule):
    name = "capitals"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # CALLOWAY LAW LIBRARY, THE MERIDIAN CENTRE FOR DIGITAL POLICY: a body's name in capitals, on one line
        capitals = r"[A-Z][A-Z&'’.-]+"
        self.capital_body = cued(rf"(?<![\w&'’.-])(?P<name>{capitals}(?:[ \t]+(?:(?:OF|FOR|AND|&)[ \t]+)?{capitals}){{1,7}})(?![\w&'’-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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
            led = next((i for i, w in enumerate(words[:-2]) if w in self.shared.body_of_offices and words[i + 1] in ("Of", "For")), None)
            ending = next((" ".join(words[-size:]) for size in (2, 1) if " ".join(words[-size:]) in self.shared.body_types), None)
            head = ending or (words[led] if led is not None else None)  # HANBIT NEWS AGENCY: a head of two words first
            name = text[start:match.end("name")]
            line_start, line_end = _line_bounds(text, start)
            line = text[line_start:line_end]
            if line.upper() == line and text[line_start:start].strip() and text[line_start:start].strip() not in ("THE", "A", "AN"):
                continue  # … OWNED BY A THIRD PARTY: inside a line in capitals only a name opening it is read (a masthead, a heading)
            if head is None or len(words) < 2 or len(name) < 8 or words[0] in self.shared.body_stops or \
                    self.kb.lookup(name) is not None or overlaps_any(start, match.end("name"), [m for m in candidates if m.kb_id]):
                continue  # a known name, a body's word alone, a stop word opening it (CHIEF EXECUTIVE OFFICE)
            found.append(self.mention(name, self.shared.body_types[head], start, match.end("name"), 0.6, "body"))
        return found


class ApposedBodies(Rule):
    name = "apposed"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.apposed_body = cued(
            rf"(?<![\w.&'’-])(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){{0,3}}(?:[ \t]+(?:of|for)[ \t]+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)?)?),[ \t]+(?:an?|the)[ \t]+"
            rf"(?P<filler>(?:(?:[\w.-]+|[A-Z][\w.-]*,)[ \t]+){{0,4}}?)(?P<kind>{alternatives(self.shared.apposed_kinds)})(?![\w-])")  # (a town with its state: the Woodside, California venture firm)

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """NFDG, an investment partnership; MosaicML, a San Francisco startup; Common Sense
        Media, an advocacy group: an unknown name described right after it by a word naming
        its kind (english.tsv apposed_kind) is of that kind."""
        found = []
        for match in self.apposed_body.finditer(text):
            words = match.group("name").split()
            stops = [i + 1 for i, word in enumerate(words[:-1]) if self.shared.sentence_stop(word)]
            words = words[stops[-1]:] if stops else words  # …the Greek Civil War. Basbanes, a…: the last sentence's
            while words and (words[0] in self.name_stops or words[0] in self.kb.sentence_words.get("sentence_start", ())):
                words = words[1:]  # In MosaicML, a startup…: the sentence's first word is no part
            if not words or words[0] in ("of", "for") or any(w in self.shared.description_stops for w in match.group("filler").split()):
                continue  # Acme, a group of…: the kind is not the name's
            name = " ".join(words)
            end = match.end("name")
            start = end - len(name)
            if len(words) == 1 and re.search(rf"[A-Z][a-z]+[ \t]+{re.escape(name)}\b", text[:start]):
                continue  # Nicholas Basbanes … Basbanes, a former reporter: the person's family name
            inner = " of " in name or " for " in name  # the Community Action Agency of Harlow: a shorter name inside is part
            if text[start:end] != name or self.kb.lookup(name) is not None or words[0] in self.shared.given_names or \
                    self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]) or \
                    any(m.start < end and start < m.end and not (inner and start <= m.start and m.end <= end and m.mechanism != "kb")
                        for m in candidates) or \
                    any(m.type == "Person" and m.text.endswith(" " + name) for m in candidates):
                continue  # a known name, a person (Basbanes after Nicholas Basbanes), a headline, or one another rule found
            found.append(self.mention(name, self.shared.apposed_kinds[match.group("kind")], start, end, 0.6, "apposed"))
        return found


class Placed(Rule):
    name = "placed"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # the Utah AG: a short form only a US state opens (Zurich AG: a company's legal form)
        self.state_offices = pairs(words["state_office_abbreviation"])
        self.offices = pairs(words["place_office"]) | self.state_offices
        self.chambers_alone = frozenset(words["chamber_alone"])
        self.person_offices = frozenset(words["place_person_office"])  # Nevada’s Governor, the Utah Deputy Governor
        self.served_offices = frozenset(words["served_office"])  # the US Attorney for Nevada: the place served closes it
        self.ranks = frozenset(words["place_office_rank"])
        # the Mayor's Office, Governor's Press Office: an office holder's office, no capitalised word (a place) before it
        self.holders_office = cued(rf"(?<![\w.&'’-])(?P<name>(?:{alternatives(self.shared.office_holders)})['’]s"
                                         rf"[ \t]+(?:Press[ \t]+)?Office)(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+[A-Z])")
        offices = alternatives(self.offices).replace(r"\ ", r"\s+")
        name_word = r"[A-Z][\w'’-]*"
        self.place_office = cued(
            rf"(?<![\w.&'’-])(?:(?:The|THE|An?)[ \t]+)?(?P<lead>{name_word}(?:[ \t]+{name_word}){{0,3}}?|U\.S\.|U\.K\.)[ \t]+(?P<office>{offices})"
            rf"(?P<of>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{name_word}(?:,?[ \t]+(?:(?:and|&|of|for)[ \t]+)?{name_word}){{0,5}})?"
            rf"(?![\w&'’-])")
        # the Danish government, the Chinese Government, the US President: a nationality before a country's own office
        nation_offices = [office for office in words["nation_office"] if office in self.offices]
        self.nation_office = cued(rf"(?<![\w.&'’-])(?P<lead>{alternatives(self.shared.nationalities)})[ \t]+"
                                      rf"(?P<office>{alternatives(nation_offices)})(?![\w&-]|['’](?!s\b)|[ \t]+(?:of|for)[ \t]+[A-Z])")  # (the Danish government's plan)

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Utah Governor, the Illinois Department of Financial and Professional Regulation,
        the Utah Legislature: a known place followed by an office or a state body (english.tsv
        place_office; a body word opening its name before "of" needs what it is of) is that
        office or body, of the kind the lexicon gives; an office one person holds keeps its rank
        and the place's possessive (Acting US Attorney for Nevada, Nevada’s Governor: lead_place)."""
        found = [self.mention(match.group("name"), "Regulator", match.start("name"), match.end("name"), 0.7, "placed")
                 for match in self.holders_office.finditer(text) if not self.title_cased(text, match.start())
                 and not re.search(r"[A-Z][\w.'’-]*[ \t]+$", text[max(0, match.start() - 30):match.start()])]
        for match in self.place_office.finditer(text):
            office = match.group("office")
            placed = self.lead_place(match.group("lead"), office)
            if placed is None or self.title_cased(text, match.start()):
                continue
            opening, place = placed
            if office in self.state_offices and place[1].parent != "us":
                continue  # Zurich AG, Munich AG: a company's legal form
            start = match.start("lead") + opening  # The Utah Division of…: the article is no part
            if office in self.shared.body_of_offices and not match.group("of"):
                continue  # the Utah Department: no body named
            if office in self.chambers_alone and re.match(r"[ \t]+[A-Z0-9]", text[match.end():]):
                continue  # Missouri House Bill 12, the Ohio House Speaker: a bill's or an office's name
            end = match.end()
            if office in self.served_offices:
                served = self.kb.place_prefix(re.sub(r"^[ \t]+for[ \t]+", "", match.group("of") or ""))
                if served is None or served[1].type != "Jurisdiction":
                    continue  # a Nevada attorney: a lawyer, no office
                end = match.start("of") + match.group("of").index(served[0]) + len(served[0])
            if match.group("of") and (joined := re.search(r",[ \t]+(?:and|&)[ \t]", match.group("of"))) and \
                    "," not in match.group("of")[:joined.start()]:
                end = match.start("of") + joined.start()  # the Utah Department of Commerce, and Attorney General…: a list's end
            name = text[start:end]
            found.append(self.mention(name, self.offices[office], start, end, 0.8, "placed", kb_id=self.known(name)))
        return found + self.nation_offices(text)

    def lead_place(self, lead: str, office: str) -> tuple[int, tuple[str, KBEntry]] | None:
        """Where the office's name opens in the words before its office word and the known place
        they name: at the place (Republican Ohio Gov.: the party is no part), or at a rank before
        it (Acting US Attorney); between the place and the office only a word of the place's kind
        (Utah State Senate), a rank (the Utah Deputy Governor) or the place's
        possessive (Nevada’s Governor), the last two for an office one person holds.  None
        where no known place opens the words."""
        person = office in self.person_offices
        words = list(re.finditer(r"\S+", lead))
        for at, word in enumerate(words):
            place = self.kb.place_prefix(lead[word.start():])
            if place is not None and place[1].type == "Jurisdiction":
                break
        else:
            return None
        rest = lead[word.start() + len(place[0]):]
        ranks = rest.split()
        if re.match(r"['’]s(?:\s|$)", rest) and person:
            ranks = ranks[1:]  # Nevada’s Governor: the place's own office
        elif rest and not rest[0].isspace():
            return None  # Samsung Notes: no place's whole name
        if ranks and not (" ".join(ranks) in self.shared.place_kinds or person and all(w in self.ranks for w in ranks)):
            return None
        before = [w.group() for w in words[:at]]
        ranked = person and before and all(w in self.ranks for w in before)
        return (0 if ranked or not before else word.start()), place

    def nation_offices(self, text: str) -> list[Mention]:
        """the Danish government, the Chinese Government, the Australian AG: a nationality and a
        country's own office (english.tsv nation_office) are that office, one name, the knowledge
        base's where it knows it (the Chinese Government); not inside a compound (Australian
        government-issued devices) nor a title-case headline."""
        found = []
        for match in self.nation_office.finditer(text):
            if self.title_cased(text, match.start()):
                continue
            name = match.group()
            found.append(self.mention(name, self.offices[match.group("office")], match.start(), match.end(), 0.75, "placed",
                                      kb_id=self.known(name)))
        return found

    def known(self, name: str) -> str | None:
        """The knowledge base's office of this name, written in either case (US government, the UK Government)."""
        entry = self.kb.lookup(name)  # (folded: any case, any white space between the words)
        return entry.id if entry is not None and entry.type in ("Regulator", "Legislature") else None


class Units(Rule):
    name = "unit"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        capital = r"[A-Z][\w&'’.-]*"
        # the HHS Office for Civil Rights, the FTC's Office of Technology: a unit after its body's name
        unit_heads = alternatives(words["unit_head"])
        self.unit = re.compile(rf"(?:['’]s)?[ \t]+(?P<unit>(?:{unit_heads})[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?"
                               rf"{capital}(?:,?[ \t]+(?:(?:and|&|of|for|on|the)[ \t]+)*{capital}){{0,5}})(?![\w&'’-])")
        # the agency's Center for Devices and Radiological Health: a unit after a reference to a state body
        body_references = alternatives(noun for noun, type_ in pairs(words["reference"]).items() if type_ == "Regulator")
        self.referred_unit = cued(rf"\b[Tt]he[ \t]+(?:{body_references})(?={self.unit.pattern})")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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


class Countried(Rule):
    name = "countried"
    sees = "candidates"

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the UK ICO, the UK Information Commissioner's Office, the US FTC: a known country
        right before a known body of its own (a regulator, a court, a legislature) is part of
        the body's name, no place of its own; another country's body keeps it apart."""
        places = {m.end: m for m in candidates if m.type == "Jurisdiction" and m.kb_id}
        found = []
        for body in candidates:
            place = places.get(body.start - 1)
            entry = self.kb.entries.get(body.kb_id) if body.kb_id else None
            if place is None or entry is None or body.type not in ("Regulator", "Court", "Legislature") or \
                    text[place.end] != " " or entry.jurisdiction != place.kb_id or self.title_cased(text, place.start):
                continue
            found.append(self.mention(text[place.start:body.end], body.type, place.start, body.end, 0.9, "countried",
                                      kb_id=body.kb_id))
        return found


class LowerBodies(Rule):
    name = "lower"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.kinds = pairs(words["place_body_lower"])
        name_word = r"[A-Z][\w'’-]*"
        self.body = cued(rf"(?<![\w.&'’-])(?:(?:{alternatives(self.shared.name_stops)})[ \t]+)?(?P<place>{name_word}(?:[ \t]+{name_word}){{0,2}}?)[ \t]+"
                             rf"(?P<kind>{alternatives(self.kinds)})(?![\w&-])")
        # a place's whole legislature: the knowledge base's legislature of that place that is no chamber of another
        self.legislatures = {entry.jurisdiction: entry for entry in kb.entries.values()
                             if entry.type == "Legislature" and entry.jurisdiction and not entry.parent}

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Colorado state legislature, the Texas attorney-general: a known place and a body's
        words in lower case name the knowledge base's body of that place (english.tsv
        place_body_lower), no place of its own; a place the knowledge base has no such body of
        is left alone."""
        found = []
        for match in self.body.finditer(text):
            place = self.kb.lookup(match.group("place"))
            if place is None or place.type != "Jurisdiction" or self.title_cased(text, match.start()):
                continue
            kind = self.kinds[match.group("kind")]
            words = match.group("kind").replace("-", " ").split()
            entry = self.kb.lookup(f"{match.group('place')} {' '.join(words[-2:] if kind == 'Regulator' else words[-1:])}")
            if kind == "Legislature" and (entry is None or entry.type != kind):
                entry = self.legislatures.get(place.id)
            if entry is None or entry.type != kind or entry.jurisdiction != place.id:
                continue
            found.append(self.mention(text[match.start("place"):match.end()], kind, match.start("place"), match.end(), 0.8,
                                      "lower", kb_id=entry.id))
        return found


class Campuses(Rule):
    name = "campus"
    sees = "found"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # the University of Texas at San Antonio: a university's campus in a place after "at" (english.tsv campus_head)
        place = r"[A-Z][\w.'’]*(?:[ \t-]+[A-Z][\w.'’]*){0,2}"
        self.campus = re.compile(rf"[ \t]+at[ \t]+(?P<place>{place})(?![\w'’-]|[ \t]+[A-Z])")
        self.heads = tuple(words["campus_head"])

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The University of Texas at San Antonio, the University of Illinois at Urbana-Champaign:
        a university's name runs on over "at" into its campus, a place the knowledge base knows."""
        found = []
        for body in candidates:
            if body.type != "Organization" or not any(head in body.text.split() for head in self.heads):
                continue
            campus = self.campus.match(text, body.end)
            entry = self.kb.lookup(campus.group("place")) if campus else None
            if entry is not None and entry.type == "Jurisdiction":
                found.append(self.mention(text[body.start:campus.end()], "Organization", body.start, campus.end(), 0.8, "campus"))
        return found


class OfParts(Rule):
    name = "of_part"
    sees = "found"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # the Harbor Court of Appeals, the Coastal Centre to Counter Fraud: a body's name running on over "of", "for" or
        # "to" into capitalised words ("and", "&" and "of" between them), no article's lower-case clause after it
        capital = r"[A-Z][\w&'’.-]*"
        self.part = re.compile(rf"[ \t]+(?:of|for|to|OF|FOR|TO)[ \t]+(?:(?:the|THE)[ \t]+)?"
                               rf"(?P<part>{capital}(?:[ \t]+(?:(?:and|&|of|AND|OF)[ \t]+)?{capital}){{0,5}})(?![\w&'’-])")
        self.heads = frozenset(head.upper() for head in words["of_part_head"])
        # the Authority of Tivia and Quillon Labs: a body's or a firm's last word after "and" ends a name of its own
        self.name_ends = frozenset(word for head in self.shared.body_types for word in head.split()[-1:]) | \
            frozenset(words["body_final"])

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The Norland Authority of Tivia, the Writers Union of Authors and Composers, the Coastal
        Centre to Counter Fraud: a body another rule cut before its "of", "for" or "to" part
        (its last word one of english.tsv of_part_head) runs on into that part while its words
        are capitalised, up to another name that is no known place (the Authority of Tivia and
        Acme: Acme is no part of it) and a sentence's end; the whole is a body of the same kind.
        Where another name runs on over the body's end, that name has read the part already."""
        found = []
        for body in candidates:
            last = body.text.split()[-1] if body.text.split() else ""
            if body.type not in _OF_PART_TYPES or last.upper() not in self.heads or not last[:1].isupper() or \
                    body.end >= len(text) or _CJK.search(body.text):
                continue
            match = self.part.match(text, body.end)
            if match is None or self.title_cased(text, body.start) or \
                    any(m.start < body.end < m.end for m in candidates):
                continue  # another name reads on over the body's end: its own reading of the part (the Ministry of X and Y)
            end = self.part_end(text, match, candidates)
            if end is None:
                continue  # the part is another name's
            name = text[body.start:end]
            found.append(self.mention(name, body.type, body.start, end, 0.75, "of_part"))
        return found

    def part_end(self, text: str, match: re.Match[str], candidates: list[Mention]) -> int | None:
        """Where the part after a body's "of" ends: before another name in it that is no known
        place or whose last word names a body or a firm after "and", before a sentence's stop and
        a possessive, never on a joining word."""
        start, end = match.start("part"), match.end("part")
        inner = [m.start for m in candidates if start <= m.start < end and m.type != "Jurisdiction"]
        end = min(inner, default=end)
        words = text[start:end].split()
        stops = [i for i, word in enumerate(words) if self.shared.sentence_stop(word)]
        words = words[:stops[0] + 1] if stops else words
        joins = [i for i, word in enumerate(words) if word.upper() in ("AND", "&")]
        if joins and re.sub(r"(?:['’]s?|[.,;:])+$", "", words[-1]) in self.name_ends:
            words = words[:joins[-1]]  # the Authority of Tivia and Quillon Labs: another body's name after "and"
        while words and (words[-1].upper() in ("AND", "&", "OF") or not words[-1][:1].isupper()):
            words.pop()
        if not words:
            return None
        last = re.sub(r"(?:['’]s?|[.,;:])+$", "", words[-1])
        if not last:
            return None
        return start + text[start:end].index(words[-1], len(" ".join(words[:-1]))) + len(last)
