"""English outlets: a newspaper named in running text and the publication a story's head, masthead
or footer names."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention, overlaps_any
from .shared import _BREADCRUMB_LINE, _CREDIT_LINE, _INSIDE_SENTENCE, _MASTHEAD_LINES, Rule, english_lexicon, with_openings




class Papers(Rule):
    name = "paper"
    people = True

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        papers = alternatives(words["newspaper_word"]).replace(r"\ ", r"[ \t]+")
        self.paper = cued(rf"(?<![\w.&'’-])(?P<article>the|The)[ \t]+(?P<name>(?:[A-Z][\w.'’-]*[ \t]+){{1,4}}?(?:{papers}))(?![\w&'’-]|[ \t]+[A-Z])")
        self.gazettes = frozenset(kb.bylines.get("gazette", ()))  # the Federal Register: a state's gazette, no paper

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the Orange County Register, the St. Paul Pioneer Press: capitalised words after "the"
        ending in a newspaper's word (english.tsv newspaper_word) name a newspaper, a company;
        not a state's gazette (the Federal Register), a known name, or a headline's words.
        "The" in capitals inside a sentence (told The Harbor Times) is the paper's own: its
        name keeps it, the name without it an alias; so for a paper the knowledge base knows."""
        found = []
        for match in self.paper.finditer(text):
            name = match.group("name")
            if name in self.gazettes or name.split()[0] in self.name_stops or \
                    self.title_cased(text, match.start()) or any(w.endswith(("'s", "’s")) for w in name.split()):
                continue
            known = self.kb.lookup(name)
            titled = self.titled(text, match)
            if known is not None and (not titled or known.type != "Company"):
                continue
            if titled:
                found.append(self.mention(match.group(), "Company", match.start(), match.end(), 0.65, "paper",
                                          aliases=(name,), kb_id=known.id if known is not None else None))
            else:
                found.append(self.mention(name, "Company", match.start("name"), match.end("name"), 0.65, "paper"))
        return found

    @staticmethod
    def titled(text: str, match: re.Match) -> bool:
        """Whether the paper's "The" is written in capitals inside a sentence (after a word in
        lower case or a clause's comma on its line), where it is part of the paper's name."""
        return match.group("article") == "The" and bool(_INSIDE_SENTENCE.search(text, 0, match.start()))


class Sources(Rule):
    name = "source"
    sees = "found"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        own = english_lexicon(kb, "recognised.tsv")  # the cues the recognised family reads the model's outlets by
        self.not_outlets = frozenset(own["source_not"])  # told The Committee: a body one reports to
        # The Hill, The Witness: "The" in capitals inside a sentence (a name in capitals alone is as often a body's
        # short form, according to OVIC, as an outlet's)
        outlet = r"(?P<name>The[ \t]+[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2})"
        cues = with_openings(own["source_before"])  # According to The Markup
        self.before = cued(rf"(?<![\w-])(?:{alternatives(cues)})[ \t]+{outlet}(?![\w&'’-]|[ \t]+[A-Z(])")
        # told Harbor, obtained by Quillet: one unknown word after a cue a person's name seldom follows (english.tsv source_bare)
        # (according to Quillfork: one word only, and the cue's first word in capitals or not: after it two
        # unknown capitalised words are a person as often as an outlet, according to Oriel Fenwick)
        bare = [*words["source_bare"], *with_openings(words["source_bare_opening"])]
        self.bare = cued(rf"(?<![\w-])(?:{alternatives(bare, spaced=True)})[ \t]+(?P<name>[A-Z][\w&'’-]*[A-Za-z])(?<!['’]s)"
                         r"(?![\w&'’-]|[ \t]+[A-Z(\d]|\.[A-Za-z])")  # (told Harbor 11: a name running on into a number; Roe's reasons)
        # as previously reported by HR Beacon, a statement to FOX Ledger: one to three unknown
        # capitalised words after a cue of a report (english.tsv source_report), the cue's first word in capitals or not
        report = with_openings(words["source_report"])
        self.report = cued(rf"(?<![\w-])(?:{alternatives(report, spaced=True)})[ \t]+"
                           rf"(?P<name>[A-Z][\w&'’-]*[A-Za-z](?:[ \t]+[A-Z][\w&'’-]*[A-Za-z]){{0,2}})(?<!['’]s)"  # (according to Roe's reasons)
                           r"(?![\w&'’-]|[ \t]+(?:(?:and|&)[ \t]+)?[A-Z(\d]|\.[A-Za-z])")  # (a report by Bar and Bench: one name or two)
        self.after = cued(rf"(?:[,;:][ \t]+|[.”\"][ \t]+(?=The[ \t]))(?<![A-Z]\.[ \t]){outlet}[ \t]+"
                              rf"(?:{alternatives(own['source_after'])})(?![\w-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """An outlet named as the source of what the story tells, where the model reads no name:
        "The" written in capitals before capitalised words, after the recognised family's source
        words (according to The Hill, notes The Markup) or before them after a clause's comma
        (…, The Witness reported): a Company (in place of a person the quote's words made of it:
        no person's name opens with The); not a known name, a body one reports to (told The
        Committee), nor a line in capitals.  One unknown word after a cue a person's name seldom
        follows (told Harbor, obtained by Quillet, according to Quillfork: english.tsv source_bare and
        source_bare_opening), or one to three after a report's cue (as previously reported by HR Beacon,
        a statement to FOX Ledger: source_report), is an outlet too, not a possessive, not opening with a given name, not a person's
        family name or given name the text gave before, nor a word in capitals (told OVIC, according to FTC: a
        body's short form as often as an outlet's)."""
        found: list[Mention] = []
        others = [m for m in candidates if not (m.type == "Person" and m.text.startswith("The "))]
        # told Harbor, according to Quillfork (one word); reported by HR Beacon (one to three)
        for match in (*self.bare.finditer(text), *self.report.finditer(text)):
            name, (start, end) = match.group("name"), match.span("name")
            words = name.split()
            if name.isupper() or words[0] in self.shared.given_names or self.kb.lookup(name) is not None or \
                    any(word in self.name_stops or word in self.not_outlets for word in words) or \
                    overlaps_any(start, end, others) or overlaps_any(start, end, found) or \
                    self.title_cased(text, start) or self.shared.surname(text, name, start, candidates) or \
                    self.shared.person_named(name, candidates):
                continue
            found.append(self.mention(name, "Company", start, end, 0.55, "source"))
        for match in (*self.before.finditer(text), *self.after.finditer(text)):
            name = match.group("name").rstrip(".")  # …, notes The Hill.: the sentence's stop
            start, end = match.start("name"), match.start("name") + len(name)
            line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) % (len(text) + 1)]
            if overlaps_any(start, end, others) or overlaps_any(start, end, found) or line.isupper() or \
                    self.title_cased(text, start) or \
                    any(word in self.not_outlets or word in self.name_stops for word in name.split()[1:]):
                continue
            found.append(self.mention(name, "Company", start, end, 0.6, "source"))
        return found


class Outlets(Rule):
    name = "outlet"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # the outlet of a byline or a masthead (bylines.tsv byline_role, outlet_word)
        self.nonprofit_word = re.compile(rf"(?i)\b(?:{alternatives(words['nonprofit_word'])})\b")
        self.byline_roles = frozenset(kb.bylines.get("byline_role", ()))
        self.firm_ends = frozenset(kb.legal_forms) | frozenset(words["firm_form"])  # a firm's alert is no outlet's
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
        # (Furrow & Field Journal: an ampersand between two of its words)
        self.published_by = re.compile(rf"^[ \t]*(?:©[^\n.]*\.[ \t]+|[^\n]*?[ \t][·•|][ \t]+)?(?P<outlet>(?:The[ \t]+)?[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*\.?"
                                       rf"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*\.?){{0,4}})[ \t]+(?:is|was)[ \t]+(?:(?:published|produced)[ \t]+by|an?[ \t]+(?:[a-z-]+[ \t]+){{0,3}}(?:title|publication|imprint|service)[ \t]+of)[ \t]"
                                       rf"(?:(?:the[ \t]+)?(?P<publisher>(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]*){{1,4}})(?=[.;,]?[ \t]*(?:$|[A-Z(©])))?", re.M)
        self.over_issue = re.compile(rf"^[ \t]*{outlet}[ \t]*\n(?:[^\n]*\n)??[ \t]*(?:{alternatives(words['document_part'])})[ \t]*\d", re.M)
        self.issue_of = re.compile(rf"\b(?:(?:issue|edition)[ \t]+of|(?:first|originally)[ \t]+(?:published|appeared|ran)[ \t]+(?:in|by|on))"
                                   rf"[ \t]+{outlet}(?=[.,;:)]|[ \t]*$)", re.M)  # the May issue of X; first published in X

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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
                        words[-1].title() not in self.shared.outlet_words and not self.outlet_motto(match.group("motto"))
                        and not self.over_sections(text, match, words) and not self.over_motto(text, match)
                        and not self.over_tagline(text, match, words)
                        or any(word in self.shared.body_stops for word in words[1:]) or self.over_prose(text, match)
                        or words[0].title() != "The" and all(word.title() in self.section_words for word in words[:-1])):
                    continue  # THE BILL, CLIENT ALERT: a heading; LOCAL NEWS, WORLD NEWS: a section (THE NATIONAL COURIER is none)
                if words[-1] in self.byline_roles or words[-1] in self.firm_ends or self.kb.lookup(match.group("outlet")) is not None or \
                        any(word in self.shared.body_stops for word in words[words[0] == "The":]):
                    continue  # By Jane Roe, Courts Reporter; Strand LLP | Privacy: a firm; a known outlet
                if pattern is self.masthead and (len(words) < 2 and words[-1].title() not in self.shared.outlet_words or
                                                 match.group("section").split()[-1].title() in self.shared.outlet_words) \
                        or pattern is self.masthead_after and words[-1].title() not in self.shared.outlet_words:
                    continue  # DEALS | Venture capital, DOCKET NOTE | Harbor Tracker: a section's name, not the outlet's
                if pattern in mastheads:
                    masthead_line = line if masthead_line is None else min(line, masthead_line)
                inside = [m for m in candidates if m.start < end and start < m.end]
                if pattern is self.published_by and match.group("publisher") and any(
                        (m.start, m.end, m.type) == (start, end, "Company") for m in inside):
                    continue  # ANB News is a service of …: the outlet found already
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
        return found

    def paper_title(self, match: re.Match, words: list[str]) -> bool:
        """THE MELBOURNE MORNING LEDGER, THE NVIDIA LEDGER: a masthead in capitals opening with The,
        two words at least after it, the last an outlet's word: a place or a known name inside it
        is part of the paper's name."""
        return match.group("outlet").isupper() and words[0] == "THE" and len(words) >= 3 \
            and words[-1].title() in self.shared.outlet_words

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
        return bool(words) and words[0].lower() in ("the", "a", "your") and words[-1].title() in self.shared.outlet_words
