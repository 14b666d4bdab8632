"""English courts and the suits before them: a US district or circuit court, a state court and its
place, a court's seat or division after a comma, and a case named by its parties."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention
from .shared import (_ARTICLES, _CASE_END, _CASE_LINK, _CJK, _INSIDE_SENTENCE, _NAME, _NAME_JOINS, _NEXT_CASE, _WORD, crown_caption,
                     crown_claimant_of, english_lexicon, joined_name, pairs, Rule)

_AND = re.compile(r"\s+and\s+")
# …AI. The: a sentence after the side; …Workday.1 In this case: a footnote's number after the full stop too
_SENTENCE_AFTER = re.compile(r"(?<!Inc)(?<!Corp)(?<!Co)(?<!Ltd)(?<!Cos)\.\s|\.\d{1,3}[ \t]+(?=[A-Z])")
_SECTION_NUMERAL = re.compile(r"[IVX]+\.")  # II. Texas v. Meta
_CIRCUIT = re.compile(r"\b(?:Circuit|U\.S\.)")  # a federal court numbered by its circuit


class Courts(Rule):
    name = "court"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        directions = alternatives(words["direction"])
        prefixes = alternatives(words["district_court"], spaced=True)
        # U.S. District Court (Northern District of California): a prefix opening a bracket is closed after the district
        self.district = cued(rf"(?:(?P<prefix>{prefixes})(?:(?<=\()|\s+))?(?P<direction>(?:{directions}) )?District of "
                                   r"(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<close>\))?")
        self.ordinals = pairs(words["ordinal"])
        self.circuit = cued(rf"(?P<number>{alternatives(self.ordinals)})\s+(?:U\.S\.\s+)?Circuit"
                                  r"(?:\s+Court\s+of\s+Appeals)?")
        districts = self.single_districts(kb)  # (a pass over every entry of the knowledge base: once)
        self.one_district = frozenset(districts)
        self.court_cities = {**districts,
                             **{city: kb.entries[court] for city, court in pairs(words["court_city"]).items() if court in kb.entries}}
        phrases = alternatives(words["court_phrase"], spaced=True)
        cities = alternatives(self.court_cities, spaced=True)
        word = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"  # DeKalb, McHenry, DuPage: a capital inside a place's word
        place = rf"{word}(?:[ \t]+{word}){{0,2}}"
        # (the Circuit Court for Pinellas County: "for" a county names its court as "of" does)
        self.state_court = cued(rf"(?<![\w.])(?:{alternatives(words['state_court'])})[ \t]+(?:of[ \t]+(?:the[ \t]+)?"
                                      rf"(?:State[ \t]+of[ \t]+)?(?P<place>{place})|for[ \t]+(?P<county>{place}[ \t]+County))(?![\w-])")
        # the Amsterdam Court of Appeal, the Hamburg Regional Court: a known place before a court's kind
        self.placed_court = cued(rf"(?<![\w.&'’-])(?:(?:The|the)[ \t]+)?(?P<place>{place})[ \t]+(?:{alternatives(words['state_court'])})"
                                       rf"(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z])")
        # a court numbered in its town (the Ankara 4th Criminal Court of Peace, the 71st District Court): the number is its name's
        # (Ankara’s 7th Criminal Judgeship of Peace: a court's word of english.tsv numbered_court, its town's possessive before)
        # the Fourth District Court of Appeal, the California Second District Court of Appeals, the Texas Thirteenth Court of
        # Appeals: a state's appeals court numbered by a word (english.tsv court_ordinal), as by a number
        court_ordinals = alternatives(words["court_ordinal"])
        self.court_ordinals = frozenset(words["court_ordinal"])
        self.numbered_court = cued(rf"(?<![\w.&'’-])(?:(?P<place>{place})(?P<owner>['’]s)?[ \t]+)?(?P<number>\d{{1,3}}(?:st|nd|rd|th)|{court_ordinals})[ \t]+"
                                         rf"(?:[A-Z][a-z]+[ \t]+){{0,3}}(?:{alternatives(words['numbered_court'])})(?:[ \t]+of[ \t]+[A-Z][a-z]+)?(?![\w&'’-])")
        self.county = cued(rf"(?<![\w.&'’-])(?P<name>(?:St\.[ \t]+)?{place})[ \t]+County(?![\w-]|[ \t]+[A-Z])")
        # the Baltimore County Circuit Court, the Alameda County Sheriff's Office: a county's body by its head after the county
        county_heads = {**{court: "Court" for court in words["state_court"]}, **pairs(words["county_body"])}
        self.county_heads = {re.sub(r"\s+", " ", head): type_ for head, type_ in county_heads.items()}
        # Superior Court of California, County of Alameda; Missouri Court of Appeals, Eastern District: a court's seat or division after a comma
        place = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
        self.county_body = cued(rf"(?<![\w.&'’-])(?P<county>(?P<name>(?:St\.[ \t]+)?{place})[ \t]+(?:{alternatives(words['county_word'])}))[ \t]+"
                                      rf"(?P<body>(?:[A-Z][\w'’&-]*[ \t]+){{0,2}}?(?:{alternatives(self.county_heads)}))(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+[A-Z])")
        self.court_city = cued(rf"(?P<phrase>{phrases})\s+(?P<city>{cities or '(?!)'})(?![\w]|[ \t]+[A-Z])")  # (in Kansas City: no Kansas)
        # Manhattan federal court: the federal court of a court's city (a state's, New York federal court: placed_federal_courts)
        self.city_court = cued(rf"(?<![\w.&'’-])(?P<city>{cities or '(?!)'})[ \t]+(?:{alternatives(words['city_court'])})(?![\w&'’-])")
        self.courts_by_name = {entry.en.lower(): entry for entry in kb.entries.values() if entry.type == "Court" and entry.en}
        # California federal court, a federal court in Texas: the federal court of a state (or of a city no court_city
        # names), a Court named as written (round 58's convention); english.tsv placed_federal_court is what "in" follows
        word = r"[A-Z][a-z]+"
        place = rf"{word}(?:[ \t]+{word}){{0,2}}"
        self.federal_after_place = cued(rf"(?<![\w.&'’-])(?P<place>{place})[ \t]+(?:{alternatives(words['city_court'])})(?![\w&'’-])")
        self.federal_before_place = cued(rf"(?<![\w.&'’-])(?:{alternatives(words['placed_federal_court'])})[ \t]+in[ \t]+"
                                         rf"(?P<place>{place})(?![\w&'’-]|[ \t]+[A-Z])")
        # a Paris court, the Budapest court, a Harbor State district court: a state's or a city's court named as written
        # (english.tsv place_court; lower-case words: "Paris Court" opens a headline's or a full name's words)
        self.court_after_place = cued(rf"(?<![\w.&'’-])(?P<place>{place})[ \t]+(?:{alternatives(words['place_court'])})"
                                      rf"(?![\w&'’-]|[ \t]+(?:of|for)[ \t]+[A-Z])")

    # -- courts ------------------------------------------------------------------------
    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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
            prefix = match.group("prefix") or ""
            bracketed = prefix.endswith("(")
            start = match.start() + match.group().rindex("District of") - len(match.group("direction") or "") \
                if prefix[:1].islower() or bracketed and not match.group("close") else match.start()
            # federal court in the Middle District of North Carolina: the court's name starts at its district; a bracket
            # after the court's words closes after the district (U.S. District Court (Northern District of California))
            end = match.end() if bracketed or not match.group("close") else match.start("close")
            found.append(self.mention(text[start:end], "Court", start, end, 0.9, "court",
                                      kb_id=entry.id if entry else None))
        for match in self.circuit.finditer(text):
            entry = self.courts_by_name.get(f"u.s. court of appeals for the {self.ordinals[match.group('number')]} circuit".lower())
            if entry is not None:
                found.append(self.mention(match.group(), "Court", match.start(), match.end(), 0.9, "court", kb_id=entry.id))
        for match in self.state_court.finditer(text):  # the Superior Court of Gwinnett County
            if self.kb.lookup(match.group()) is None and (match.group("place") or match.group("county")).split()[0] not in self.name_stops:
                found.append(self.mention(match.group(), "Court", match.start(), match.end(), 0.8, "court"))
        for match in self.placed_court.finditer(text):  # the Amsterdam Court of Appeal
            place = self.kb.lookup(match.group("place"))
            name = text[match.start("place"):match.end()]
            if place is not None and place.type == "Jurisdiction" and self.kb.lookup(name) is None:
                found.append(self.mention(name, "Court", match.start("place"), match.end(), 0.8, "court"))
        for match in self.numbered_court.finditer(text):  # the Ankara 4th Criminal Court of Peace, the 71st District Court
            place_start = self.known_place(text, match)
            placed = place_start is not None
            start = place_start if placed and not match.group("owner") else match.start("number")
            # Ankara’s 7th Criminal Judgeship of Peace: the court's own words, and the whole phrase another name of it
            whole = (text[place_start:match.end()],) if placed and match.group("owner") else ()
            if match.group("number") in self.court_ordinals and _CIRCUIT.search(match.group()):
                continue  # the Second Circuit Court of Appeals: a federal circuit, the circuit rule's (known to the knowledge base)
            if not self.title_cased(text, start) and self.kb.lookup(text[start:match.end()]) is None:
                found.append(self.mention(text[start:match.end()], "Court", start, match.end(), 0.8, "court", aliases=whole))
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
            city = re.sub(r"\s+", " ", match.group("city"))
            entry = self.court_cities[city]
            if "Court" not in match.group("phrase") and self.state(city):
                continue  # federal court in New York: named as written (placed_federal_courts); a federal judge in New York: no node
            end = match.start() + len(re.sub(r"\s+\w+$", "", match.group("phrase")))
            # the U.S. District Court in Oakland: a court's words before its seat name it whole too (an altLabel)
            whole = (re.sub(r"\s+", " ", match.group()),) if "ourt" in match.group("phrase") else ()
            found.append(self.mention(text[match.start():end], "Court", match.start(), end, 0.8, "court", kb_id=entry.id,
                                      canonical=entry.en, aliases=whole))
        found += self.placed_federal_courts(text)
        for match in self.city_court.finditer(text):  # Manhattan federal court: that city's federal court
            city = re.sub(r"\s+", " ", match.group("city"))
            entry = self.court_cities[city]
            if not self.title_cased(text, match.start()) and not self.state(city):
                found.append(self.mention(match.group(), "Court", match.start(), match.end(), 0.8, "court", kb_id=entry.id,
                                          canonical=entry.en))
        return found

    def placed_federal_courts(self, text: str) -> list[Mention]:
        """California federal court, an Illinois federal court, a federal court in Texas: the
        federal court of a state (or of a city court_city does not seat a court in), named as
        written without its article; the court of a one-district state (Delaware) is the knowledge
        base's court, so that the full name elsewhere in the text is the same node. A federal
        judge in New York stays a person's description (no node), as a federal court with no
        place does."""
        found = []
        for pattern in (self.federal_after_place, self.federal_before_place, self.court_after_place):
            federal = pattern is not self.court_after_place
            for match in pattern.finditer(text):
                start = self.place_start(text, match)
                if start is None:
                    continue
                place = re.sub(r"\s+", " ", text[start:match.end("place")])
                if federal and place in self.court_cities and not self.state(place):
                    continue  # Manhattan federal court: the city's court (court_city)
                begin = match.start() if pattern is self.federal_before_place else start
                if pattern is not self.federal_before_place and self.title_cased(text, begin):
                    continue
                if not federal:  # a Paris court: the place's court, no district of the knowledge base
                    found.append(self.mention(text[begin:match.end()], "Court", begin, match.end(), 0.7, "place_court"))
                    continue
                entry = self.court_cities.get(place) if place in self.one_district else None
                found.append(self.mention(text[begin:match.end()], "Court", begin, match.end(), 0.8, "court",
                                          kb_id=entry.id if entry else None))
        return found

    def place_start(self, text: str, match: re.Match) -> int | None:
        """Where the known place of a placed federal court starts: its longest last words the
        knowledge base knows as a place below a country (a state or a city: of
        KnowledgeBase.latin_places, one ending where the place does); None where none."""
        start, end = match.span("place")
        return next((begin for begin, stop, entry in self.kb.latin_places(text, start, end) if stop == end and entry.parent), None)

    def state(self, place: str) -> bool:
        """Whether a place is a state of a country (New York, Delaware, Wyoming), not a city: "New York
        federal court", "federal court in Delaware" name the state's federal court as written
        (placed_federal_courts; round 58's convention of the real gold, round 55's had no node), not
        the district court_city seats in its city, while "Manhattan federal court" is its city's court,
        "U.S. District Court in Minnesota" a name, and "a federal judge in New York" a person's
        description (no node)."""
        entry = self.kb.lookup(place)
        parent = self.kb.entries.get(entry.parent or "") if entry is not None and entry.type == "Jurisdiction" else None
        return parent is not None and parent.parent is None

    def known_place(self, text: str, match: re.Match) -> int | None:
        """Where the known place before a numbered court starts: the capitalised words before the
        number, or their last ones (Gina Roe Texas Thirteenth Court of Appeals: Texas, not the
        name before it); None where no place the knowledge base knows ends there."""
        if not match.group("place"):
            return None
        start, end = match.span("place")
        for word in re.finditer(r"\S+", text[start:end]):
            entry = self.kb.lookup(text[start + word.start():end])
            if entry is not None and entry.type == "Jurisdiction":
                return start + word.start()
        return None

    @staticmethod
    def single_districts(kb: KnowledgeBase) -> dict:
        """A state with one federal district (Minnesota, Wyoming, Delaware) for its district court: the
        knowledge base's courts named "… for the District of" a place it knows, no direction before."""
        single = {}
        for entry in kb.entries.values():
            state = re.fullmatch(r"U\.S\. District Court for the District of (.+)", entry.en or "") if entry.type == "Court" else None
            place = kb.lookup(state.group(1)) if state else None
            if place is not None and place.type == "Jurisdiction":
                single[state.group(1)] = entry
        return single

    def county_start(self, match: re.Match) -> int | None:
        """Where the county's name of a county body's match starts: after a sentence's end
        and the words that open no name (Monday. The St. Charles County Circuit Court ->
        St. Charles); None when no name is left."""
        start = match.start("name")
        for word in re.finditer(r"\S+", match.group("name")):
            # California's Contra Costa County: the state's possessive owns the county, no part of its name
            if word.group() in self.name_stops or word.group().endswith(".") and word.group() != "St." or \
                    re.search(r"['’]s$", word.group()):
                start = match.start("name") + word.end()
            else:
                break
        while start < match.end("name") and match.string[start] in " \t":
            start += 1
        return start if start < match.end("name") else None


class Cases(Rule):
    name = "case"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.legal_ends = tuple(form for form in kb.legal_forms if form.endswith("."))
        self.legal_forms = frozenset(kb.legal_forms)
        self.comma_form = re.compile(rf",\s(?:{alternatives(form for form in kb.legal_forms if form.endswith('.'))})")
        # In re Zorbi Privacy Litigation, In re: Acme, Inc. Data Breach Litigation: a caption opened by In re, a legal
        # form after a comma inside it when the caption's words go on after the form, on its line
        line_name = _NAME.replace(r"\s+", r"[ \t]+")
        self.in_re = re.compile(rf"(?<![A-Za-z])In [Rr]e:?\s+{line_name}(?:{self.comma_form.pattern}[ \t]+{line_name}"
                                rf"|[ \t]+\([A-Z][\w.]*\)[ \t]+{line_name})?")  # In Re: Acme (USA) Inc.
        # Acme Studios, Inc., et al. v. …; Ledger News, LP et al. v. …; … v. Corvane Corporation et al.: a side's legal
        # form after a comma, and "et al." for the parties it leaves unnamed, are part of the caption
        forms = alternatives(kb.legal_forms)
        # Roe and another v Doe, X v Roe and another matter: the others a side leaves unnamed (english_facts.tsv caption_others)
        unnamed = english_lexicon(kb, "english_facts.tsv")["caption_others"]
        others = rf",?\s+(?:{alternatives(unnamed, spaced=True)})(?![\w'’-])"
        self.side_end = re.compile(rf"(?P<form>,\s(?:{forms})(?![\w&'’-]))?(?P<others>{others})?$")
        self.others_after = re.compile(others)
        self.others_words = tuple(word.split()[-1] for word in unnamed)
        # The New York Times v. Microsoft and OpenAI: the words joining a caption's defendants
        self.caption_join = re.compile(rf",?\s+(?:{alternatives(words['caption_join'])})\s+")
        # (a side's name closing the words before v., the name opening those after it; compiled once)
        # Ahmad bin Kassim v Rohani bte Yusof: a patronymic's small word inside a side (english.tsv patronymic)
        side = joined_name(f"{_NAME_JOINS}|{alternatives(words['patronymic'])}")
        self.side_before = re.compile(rf"(?:(?<=[\s,(“\"])|^)(?P<name>{side})$")
        # Talvor Zorbi Enterprise Centre GmbH and Beta Publishing Corporation v. X: a side longer than a name's seven words
        # where it is registered names only, each closed by its legal form (Cases.registered_side)
        self.long_side_before = re.compile(rf"(?:(?<=[\s,(“\"])|^)(?P<name>{_WORD}(?:\s+(?:(?:{_NAME_JOINS})\s+)?{_WORD}){{7,15}})$")
        self.form_end = re.compile(rf"(?<![\w&'’-])(?:{forms})$")
        self.caption_openers = frozenset(words["caption_opener"])  # The Case Acme v Beta (Cases.name_start)
        self.side_after = re.compile(side)
        # R (Ayinde) v London Borough of Haringey, Ayinde, R (On the Application Of) v X: a judicial review's first
        # side, the Crown's name and its claimant's, whole (english.tsv crown_side, crown_claimant)
        self.crown_before = re.compile(rf"(?:(?<=[\s,(“\"])|^)(?:{crown_caption(words).pattern})$")
        self.sentence_starts = frozenset(kb.sentence_words.get("sentence_start", ())) - {"The"}  # (Cases.name_start)
        # Valu v Minister (No 2), Republic v Acme & Others (Ex parte Zorbi Institute): a bracket going on a caption after its
        # defendant (english.tsv caption_tail); GEMA v. Acme Ltd./Acme LLC, Roe v. X / xAI: the defendant's other name after a slash
        self.tail = re.compile(rf"[ \t]+\((?:{alternatives(words['caption_tail'])})[ \t][^()\n]{{1,80}}\)"
                               r"|[ \t]*/[ \t]*(?:[A-Z]|[a-z]+[A-Z])[\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,5}")

    # -- cases -------------------------------------------------------------------------
    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Getty Images v. Stability AI, The New York Times Co. v. Microsoft Corp.: the
        capitalised words on both sides of v./vs., up to a comma or a lower-case word."""
        found = []
        for link in _CASE_LINK.finditer(text):
            preceding = text[max(0, link.start() - 80):link.start()]
            tail = self.side_end.search(preceding) if preceding.endswith((".", *self.others_words)) or "," in preceding[-8:] else None
            tail_length = len(tail.group()) if tail and (tail.group("form") or tail.group("others")) else 0
            crown = self.crown_before.search(preceding)
            crown = crown if crown_claimant_of(crown) and "\n" not in crown.group() else None
            before = self.side_before.search(preceding[:len(preceding) - tail_length])
            side = before.group("name") if before is not None else ""
            if before is not None and len(side.split()) >= 7:  # (a side of a name's seven words may go on before them)
                side = self.registered_side(text[max(0, link.start() - tail_length - 160):link.start() - tail_length], side)
            after = self.side_after.match(text[link.end():link.end() + 80])
            if (before is None and crown is None) or after is None:
                continue
            if crown is None and before.group("name") in self.legal_forms:
                continue  # Acme (US) Inc. and others v X: a legal form alone, its name cut at the bracket, is no side
            if crown is not None:  # R (Ayinde) v X, Ayinde, R v X: the Crown's side with its claimant
                plaintiff = crown.group()
            else:
                side_start = link.start() - tail_length - len(side)
                inside = bool(_INSIDE_SENTENCE.search(text, max(0, side_start - 8), side_start)) and "\n" not in side
                plaintiff = self.name_start(side.split("\n")[-1], inside) + preceding[len(preceding) - tail_length:]
            if _CASE_END.search(preceding, 0, (crown or before).start()):  # A v. B and C v. B: the second case's plaintiff is C
                plaintiff = _AND.split(plaintiff)[-1]
            defendant = _SENTENCE_AFTER.split(after.group())[0]  # …AI. The
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
            if others := self.others_after.match(text, link.end() + len(defendant)):
                defendant += others.group()  # v. Corvane Corporation et al.
            plaintiff = _CJK.split(plaintiff)[-1]  # 在Kohls v. Ellison: from the Latin name on
            if not plaintiff or not defendant or _CJK.search(plaintiff + defendant):
                continue
            start = link.start() - len(plaintiff)
            end = link.end() + len(defendant)
            if self.unnamed_heading(text, start, end, plaintiff, defendant):
                continue
            found.append(self.mention(text[start:end], "Case", start, end, 0.85, "case", aliases=self.with_tail(text, start, end)))
        for match in self.in_re.finditer(text):  # In re Zorbi Privacy Litigation: a caption of one side
            name = _CJK.split(match.group(), maxsplit=1)[0]
            name = name.rstrip(",") if name.endswith(self.legal_ends) else name.rstrip(".,")  # In re: Acme Inc.
            found.append(self.mention(name, "Case", match.start(), match.start() + len(name), 0.85, "case"))
        return found

    def with_tail(self, text: str, start: int, end: int) -> tuple[str, ...]:
        """The caption with its tail, as its other name (Valu v Minister (No 2); GEMA v. Acme Ltd./Acme LLC): the
        caption itself stays the mention, as its sides are read from it (kg.mentions.parties, kg.facts.english)."""
        tail = self.tail.match(text, end)
        if tail is None:
            return ()
        name = text[start:tail.end()]
        return (name if name.endswith(self.legal_ends) else name.rstrip("."),)

    def unnamed_heading(self, text: str, start: int, end: int, plaintiff: str, defendant: str) -> bool:
        """Market Harm vs. Piracy, Company Disclosure vs. Lawsuit Allegations: a heading that sets two
        matters against each other, no caption; a caption alone on its line (The Acme v. Beta Lawsuit too) is
        a case's only where the knowledge base knows a side or the text names one outside the line; a
        caption after a field's label (Case: Acme v. Beta) is one."""
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start:start] + " " + text[end:line_end]  # (The …, … Lawsuit, II. …)
        if not text[line_start:start].strip(" \t•·*-–—") and re.match(r"\s*[:：]\s", text[end:line_end]):
            rest = ""  # Ethical Defense vs. Actual Practice: Anthropic presents itself…: a heading its paragraph runs on from
        if len(rest.split(None, 2)) > 2 or re.search(r"(?<![\w'’-])[a-z]|[:：]", rest):
            return False  # a sentence's caption (Marsh v. Tello was refiled.); a field's (Case: Acme v. Beta)
        sides = [self.side_end.sub("", side).strip(" ,.") for side in (plaintiff, defendant)]  # Acme Media, Inc. -> Acme Media
        elsewhere = text[:line_start] + "\n" + text[line_end:]
        return not any(self.kb.lookup(side) is not None or re.search(rf"(?<![\w-]){re.escape(side)}(?![\w-])", elsewhere)
                       or self.kb.lookup(side.split()[0]) is not None for side in sides if side)

    def first_defendant(self, side: str) -> str:
        """Microsoft and OpenAI -> Microsoft: a caption's side of known names joined by and/&
        (The New York Times v. Microsoft and OpenAI) is named by its first defendant; the others
        stand after the caption (kg.facts.english reads them there).  A side known whole
        (Cushman & Wakefield) or with an unknown part (Diamond and Precious Metals Regulator) is kept."""
        parts = self.caption_join.split(side)
        if len(parts) < 2 or self.kb.lookup(side) is not None or any(self.kb.lookup(part) is None for part in parts):
            return side
        return parts[0]

    def name_start(self, name: str, inside: bool = False) -> str:
        """In Getty Images -> Getty Images: a sentence's opening word is not the name's, nor a
        section's numeral (II. Texas v. Meta), nor the sentence before it (…of California. Acme v. Beta).
        A sentence's leading article is no word of the caption (The Zorbi Law Firm v. Acme -> Zorbi Law Firm v.
        Acme), nor the matter's word after it (The Case Zorbi Company v Acme), unless the knowledge base knows the
        side with its article (The New York Times v. Microsoft); a capitalised article ``inside`` a sentence (ruled
        in The Daily Ledger Company v. Acme) is the name's."""
        words = whole = name.split()
        stops = [i for i, word in enumerate(words[:-1]) if self.shared.sentence_stop(word)]
        words = words[stops[-1] + 1:] if stops else words
        while words and (words[0] in self.sentence_starts or _SECTION_NUMERAL.fullmatch(words[0]) and len(words) > 1):
            words = words[1:]
        if len(words) > 2 and words[0] in _ARTICLES and words[1] in self.caption_openers:
            words = words[2:]
        elif len(words) > 1 and words[0] in _ARTICLES and not (inside and words is whole) \
                and not self.known_with_article(" ".join(words)):
            words = words[1:]
        return " ".join(words)

    def known_with_article(self, side: str) -> bool:
        """The New York Times, The Intercept Media and Acme: the knowledge base knows the side, or its first
        name, as written with its article."""
        first = self.caption_join.split(side)[0]
        return any(self.kb.lookup(name) is not None for name in {side, first, self.side_end.sub("", first).strip(" ,.")})

    def registered_side(self, preceding: str, side: str) -> str:
        """Talvor Zorbi Enterprise Centre GmbH and Beta Publishing Corporation: a side of more words than a
        name's seven, read whole where its run of capitalised words is registered names only, each closed
        by its legal form; else the seven words read (``side``)."""
        longer = self.long_side_before.search(preceding)
        if longer is None or len(longer.group("name")) <= len(side) or "\n" in longer.group("name"):
            return side
        parts = self.caption_join.split(longer.group("name"))
        return longer.group("name") if all(self.form_end.search(part) for part in parts) else side


class CourtDivisions(Rule):
    name = "division"
    sees = "found"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # Superior Court of California, County of Alameda; Missouri Court of Appeals, Eastern District: a court's seat or division after a comma
        # (a place's word holds a full stop only inside it, U.S., or as St.: …Northern District of California. The: the sentence ends)
        word = r"[A-Z](?:[\w'’-]|\.(?=\w))*"
        place = rf"(?:St\.[ \t]+)?{word}(?:[ \t]+{word}){{0,2}}"
        division, kind = alternatives(words["court_division"]), alternatives(words["court_division_kind"])
        self.court_tail = re.compile(rf",[ \t]+(?:(?:{alternatives(words['court_seat'])})[ \t]+of[ \t]+{place}"
                                     rf"|(?:(?:{kind})[ \t]+){{1,2}}(?:{division})(?:[ \t]+of[ \t]+{place})?"
                                     rf"|\d+(?:st|nd|rd|th)[ \t]+(?:{division}))(?![\w'’-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Superior Court of California, County of Alameda; Missouri Court of Appeals, Eastern
        District: a court's name runs on over a comma into the seat or the division it names
        (english.tsv court_seat, court_division)."""
        found = []
        for court in candidates:
            if court.type == "Court" and (tail := self.court_tail.match(text, court.end)) is not None:
                start = court.start + len(court.text) - len(court.text.lstrip())
                while (word := re.match(r"\S+[ \t]+", text[start:court.end])) and \
                        (word.group().strip() in _ARTICLES or word.group().strip() in self.name_stops):
                    start += word.end()  # The Supreme Court, Appellate Division: the article is no part of it
                # U.S. District Court, Northern District of California: a district court whose district the knowledge base
                # knows as a court is that court
                entry = self.kb.lookup(tail.group().lstrip(", \t")) if "District Court" in court.text else None
                known = {"kb_id": entry.id, "canonical": entry.en} if entry is not None and entry.type == "Court" else {}
                found.append(self.mention(text[start:tail.end()], "Court", start, tail.end(), 0.8, "court", **known))
        return found
