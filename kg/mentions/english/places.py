"""English places: a nationality describing a body, a dateline's place, a town with its state, a
region, a capital and a place a body is based in."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention, overlaps_any
from ...segment import EN_DATELINE, EN_DATELINE_DASH
from .shared import _CJK, pairs, Rule


class Nationalities(Rule):
    name = "nationality"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        kinds = alternatives(words["kind_noun"])
        self.described = re.compile(rf"\s+(?:(?:[a-z][\w-]*|[A-Z]{{2,4}})\s+){{0,3}}?(?:{kinds})\s+(?=[A-Z])")

    # -- places ------------------------------------------------------------------------
    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Dutch chipmaker ASML, French start-up Mistral AI: the country, where the word
        describes a name (not French law, British creative industries)."""
        found = []
        for match in self.shared.nationality.finditer(text):
            if self.described.match(text, match.end()) is None:
                continue
            entry = self.shared.nationalities[re.sub(r"\s+", " ", match.group())]
            found.append(self.mention(match.group(), "Jurisdiction", match.start(), match.end(), 0.9, "nationality", kb_id=entry.id,
                                      aliases=(entry.en,) if entry.en else ()))  # South Korean: South Korea
        return found


# (Harbor Scorecard) – Gov. Jane Roe signed…, ( Globalvoices.org ) – On July 9…: a wire's dateline with no place,
# its outlet alone in brackets opening the lead's line before the dash
_BARE_DATELINE = re.compile(rf"\(\s*(?P<outlet>[^()\n]{{2,40}}?)\s*\)\s*{EN_DATELINE_DASH}")
_OUTLET = re.compile(r"[A-Z][\w.&'’-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w.&'’-]*){0,4}")  # Korea Bizwire, The Times of India


class Datelines(Rule):
    name = "dateline"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.place_label = kb.bylines.get("dateline_place", ("Place",))
        self.dateline = cued(rf"^(?:{alternatives(self.place_label)})：(?P<place>[^\n]+)$", re.M)

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Place：SAN FRANCISCO (kg.segment's line for an English dateline): a Jurisdiction; and the
        dateline opening the item's first line or the one after its title, which kg.segment leaves
        in the text where it opens the document (ROME (AP) — Italy's watchdog…; SEOUL, Jan. 14 —): a
        place the knowledge base knows, as a line of capitals opening a lead may be a masthead's."""
        found = []
        for match in self.dateline.finditer(text):
            start = match.start("place")
            joined = match.group("place").replace("、", ", ")  # Place：WASHINGTON、D.C.: one place, known
            whole = self.kb.lookup(joined) or self.kb.lookup(joined.title() if joined.split(",")[0].isupper() else joined)
            if whole is not None and whole.type == "Jurisdiction" and "、" in match.group("place"):
                # (the dateline's own spelling, its comma given back, is a name of the place: WASHINGTON, D.C.)
                found.append(self.mention(match.group("place"), "Jurisdiction", start, match.end("place"), 0.9, "dateline",
                                          kb_id=whole.id, aliases=(joined,)))
                continue
            for place in match.group("place").split("、"):  # Place：AUSTIN、Texas: a city and its state
                at, start = start, start + len(place) + 1
                found += self.placed(place.strip(), at)
        for line_start in self.lead_lines(text):
            lead = EN_DATELINE.match(text[line_start:line_start + 200])  # (its ^ holds at a string's start only)
            place = lead.group("place").strip() if lead else ""
            if place and self.dateline_place(place, lead):
                found += self.placed(place, line_start + lead.start("place"))
                found += self.outlet(text, line_start, lead)
            elif lead is None and (bare := _BARE_DATELINE.match(text[line_start:line_start + 200])):
                found += self.outlet(text, line_start, bare)
        return found

    def outlet(self, text: str, line_start: int, lead: re.Match) -> list[Mention]:
        """The outlet in brackets of a dateline (ROME (AP) —; SEOUL, Jan. 14 (Korea Bizwire) —; (Harbor
        Scorecard) –): a Company, the wire or paper that filed the story, where its words are a name's
        (capitalised words, or a site's address: Globalvoices.org) the knowledge base does not know as
        another kind (a known outlet is the knowledge base family's)."""
        start, end = line_start + lead.start("outlet"), line_start + lead.end("outlet")
        name = text[start:end].strip()
        start = text.index(name, start)
        if not _OUTLET.fullmatch(name) or " " not in name and not re.search(r".[A-Z0-9.]", name):
            return []  # (Updated) –: one plain word is as often a label as an outlet (a known one is the knowledge base's)
        if self.kb.lookup(name) is not None or self.place_opened(name):
            return []
        return [self.mention(name, "Company", start, start + len(name), 0.8, "dateline")]

    def place_opened(self, name: str) -> bool:
        """Whether the outlet's name opens with a place the knowledge base knows (Texas Scorecard): that
        place is left to stand alone, as where the story is told (the governor there is Texas's)."""
        words = name.split()
        return any((entry := self.kb.lookup(" ".join(words[:count]))) is not None and entry.type == "Jurisdiction"
                   for count in range(1, len(words)))

    LEAD = 1500  # how far into an item a dateline may stand: after its title, standfirst, byline, picture caption

    @staticmethod
    def lead_lines(text: str) -> list[int]:
        """Where the item's lines open within its lead (the title's line, a standfirst, a byline,
        a caption, then the dateline's paragraph)."""
        starts, at = [0], text.find("\n")
        while 0 <= at < Datelines.LEAD:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        return starts

    def dateline_place(self, place: str, lead: re.Match) -> bool:
        """A dateline's place in capitals is a place where the knowledge base knows it as one, or
        where its state (PIERRE, S.D. –), its date or its outlet (WASHINGTON, July 1, 2025 –) make
        the line a dateline: a masthead's capitals (MERIDIAN NEWSWIRE —) are none, nor a name
        the knowledge base knows as no place."""
        entry = self.kb.lookup(place.title())
        if entry is not None:
            return entry.type == "Jurisdiction"
        region = self.kb.lookup(lead.group("region").strip()) if lead.group("region") else None
        if "\n" in lead.group()[:lead.end("dash") - lead.start()]:
            return False  # ACTIONS IN THE ORDER (selected) over a list's "- " items: no dateline
        outlet = lead.group("outlet") or ""
        return region is not None and region.type == "Jurisdiction" or bool(lead.group("date")) \
            or bool(re.fullmatch(r"[A-Z][\w.&'’ -]*", outlet)) and not outlet.islower()  # SEGMENT ONE (00:40) —: a time, no outlet

    def placed(self, place: str, at: int) -> list[Mention]:
        """A dateline's place (ROME, SPRINGFIELD), the knowledge base's where it knows it, or none."""
        name = place.title() if place.isupper() else place
        entry = self.kb.lookup(name)
        if not place or entry is not None and entry.type != "Jurisdiction":
            return []
        return [self.mention(place, "Jurisdiction", at, at + len(place), 0.9, "dateline", kb_id=entry.id if entry else None,
                             canonical=None if entry or name == place else name)]


class Cities(Rule):
    name = "city"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # Sen. Jane Roe, R-Billings, / (D-Austin): a US lawmaker's party letter and home town after the name
        self.party_home = cued(r"(?:,|\()[ \t]*[RDI]-(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[,)])")
        # Palo Alto, California; the Berkeley, California-based start-up; in Tel Aviv, Israel
        self.town = cued(rf"(?<![\w.&'’-])(?i:{alternatives(words['place_before'])})[ \t]+(?P<city>[A-Z][a-zß-ÿ]+(?:[ \t][A-Z][a-zß-ÿ]+){{0,2}}),"
                             rf"[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?(?:{alternatives(words['town_noun'])})\b")
        # the city of Chattanooga, the Town of Hollisford: a town named by its formal title (municipal_title)
        self.municipal = cued(rf"(?<![\w.&'’-])(?i:{alternatives(words['municipal_title'])})[ \t]+of[ \t]+"
                                  rf"(?P<city>[A-Z][a-zß-ÿ]+(?:[ \t][A-Z][a-zß-ÿ]+){{0,2}})(?![\w-]|['’](?!s\b)|[ \t]+[A-Z&])")
        self.place_in = frozenset(words["place_in"])  # in Chester, Pennsylvania: a given name so placed is the town's
        self.city = cued(
            rf"(?<![\w.&'’-])(?i:(?P<before>{alternatives(words['place_before'])}))[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}),"
            r"[ \t]+(?P<region>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)"
            rf"(?=-based\b|[,.;:)]|[ \t]+(?:and|or|(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{alternatives(words['kind_noun'])}))\b|[ \t]*$)", re.M)  # a Waltham, Massachusetts company; the Woodside, California venture firm

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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
                    city.split()[0] in self.shared.given_names and match.group("before").lower() not in self.place_in or \
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
            if self.kb.lookup(match.group("city")) is None and match.group("city").split()[0] not in self.shared.given_names \
                    and not overlaps_any(start, end, candidates + found):
                found.append(self.mention(match.group("city"), "Jurisdiction", start, end, 0.7, "city"))
        return found


class Regions(Rule):
    name = "region"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # Superior Court of California, County of Alameda; Missouri Court of Appeals, Eastern District: a court's seat or division after a comma
        place = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
        # in East Texas, Northern California (regions); in Jefferson City, from Farmington Hills (town_named)
        self.region = cued(rf"(?<![\w.&'’-])(?P<name>(?:{alternatives(words['region_direction'])})[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))"
                               rf"(?![\w&'’-]|[ \t]+(?:[A-Z]|of\b|District\b))")
        self.town_named = cued(rf"(?<![\w.&'’-])(?:in|from|near|outside|of)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+"
                                   rf"(?:{alternatives(words['town_word'])}))(?![\w&'’-]|[ \t]+[A-Z])")
        # in Washington: a capital named by a word its country's state also bears (english.tsv capital_name)
        self.capitals = {name: place for name, place in pairs(words["capital_name"]).items() if place in kb.entries}
        self.capital = cued(rf"(?<![\w.&'’-])(?:in|from|to)[ \t]+(?P<name>{alternatives(self.capitals) or '(?!)'})"
                                rf"(?![\w&'’-]|[ \t]+(?:[Ss]tate|[A-Z]|D\.?C)|,[ \t]+D\.?C)")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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


class BasedPlaces(Rule):
    name = "based"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # what a business is called (english.tsv apposed_kind, a company's kinds but a model's words: no platform)
        business = alternatives(kind for kind, type_ in pairs(words["apposed_kind"]).items()
                                if type_ == "Company" and kind not in words["model_word"])
        # the Suwon-based company: an unknown place a body is based in
        self.based_place = cued(rf"(?<![\w.&'’-])(?:(?:The|the|A|a)[ \t]+)?(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)-based[ \t]+"
                                      rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{business})(?![\w-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """The Suwon-based company, a Harlow-based start-up: the unknown place before "-based"
        and a word for a business (english.tsv apposed_kind) is a Jurisdiction."""
        found = []
        for match in self.based_place.finditer(text):
            place = match.group("place")
            start, end = match.span("place")
            if self.kb.lookup(place) is not None or place.split()[0] in self.name_stops or \
                    place.split()[0] in self.shared.given_names or self.shared.nationality.fullmatch(place) or \
                    self.title_cased(text, start) or overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(place, "Jurisdiction", start, end, 0.6, "city"))
        return found
