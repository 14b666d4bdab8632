"""English names of businesses told by their context: a known name continued, a legal form, a firm
of partners, a party after a verb that takes one, a listed member, a backer, an owner, and the
actors a possessive, a representative or a kind's name tells."""
from __future__ import annotations

import re
from dataclasses import replace

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention, Overlapping, overlaps_any
from ..base import Covering, Endings
from .shared import _ARTICLES, _CHINESE_BEFORE, _CJK, _LATIN, pairs, Rule, trailing_mark

_LIST_JOIN = re.compile(r"(,? and |, )")  # what joins a listing's members (Parties.listed)
_LIST_JOINER = re.compile(r",? and |, ")
_SHORT_AFTER = re.compile(r" \([^()]*\)$")
_CODE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Za-z]?")  # H200, A100: a product's code of letters and digits
_CAPITALS_PLURAL = re.compile(r"[A-Z]{2,5}s")  # GPUs, LLMs: a plural of initials, a kind of product, no name
_ASIDE = re.compile(r"\([^()]*\)")  # a member's bracketed short name or description


class Firms(Rule):
    name = "firm"
    people = True

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        partner = r"[A-Z][\w'’-]+"
        self.firm = cued(rf"(?<![\w.&'’-]){partner}(?:,[ \t]+{partner})+,?[ \t]+&[ \t]+{partner}"
                               rf"(?:,?[ \t]+(?:{alternatives(words['firm_form'])}))?(?![\w&'’-])")
        # Harlow & Finch LLP, Harlow Finch Quill & Benton PC, Harlow Finch LLP: partners make a firm without commas
        # only before a professional partnership's form
        self.firm_pair = cued(rf"(?<![\w.&'’-]){partner}(?:[ \t]+{partner}){{0,3}}(?:[ \t]+&[ \t]+{partner})?,?[ \t]+"
                                  rf"(?:{alternatives(words['professional_form'])})(?![\w&'’-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Rothwell, Figg, Ernst & Manbeck: partners' names between commas, the last after "&",
        are one firm's name (a list of parties joins its last with "and"); none of them a known
        name but a person's (Apple, Google & Meta are three; a partner may share a known
        person's family name); partners before a professional form, without commas (Harlow & Finch
        LLP, Harlow Finch Quill & Benton PC, Harlow Finch LLP), a sentence's opening word no partner."""
        found = []
        for paired, match in (*((False, m) for m in self.firm.finditer(text)), *((True, m) for m in self.firm_pair.finditer(text))):
            start, name = match.start(), match.group()
            while paired and name.split(maxsplit=1)[0] in self.name_stops:
                opener = name.split(maxsplit=1)[0]  # The Harlow Finch LLP, At Harlow Finch LLP: no partner of it
                start, name = start + len(opener) + 1, name[len(opener) + 1:].lstrip()
            partners = re.split(r",?[ \t]+&[ \t]+|,[ \t]+", name)
            if len(name.split()) < 2 or self.title_cased(text, match.start()) or \
                    any(self.kb.lookup(partner) is not None and self.kb.lookup(partner).type != "Person" or partner in self.name_stops
                        for partner in partners):
                continue
            found.append(self.mention(name, "Organization", start, match.end(), 0.7, "firm"))
        return found


class Extended(Rule):
    name = "extended"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.company_words = frozenset(words["company_word"])  # Llama Productions: a company whatever the known name
        self.product_words = frozenset(words["product_word"])  # Google Play, Microsoft Teams: the company's product
        self.legal_forms = frozenset(kb.legal_forms)
        self.describing_plurals = frozenset(words["describing_plural"])  # Acme Headnotes: what the company makes, no name
        # AFP Superintendent Jane Roe, Acme Chairman John Doe: a person's title (english.tsv person_role, one capitalised
        # word) after a known name opens the holder's name, it carries the known one on into no longer name
        self.titles = frozenset(role for role in words["person_role"] if role[:1].isupper() and " " not in role and role.isalpha())
        # Acme Advisory Opinion 24-1: a known body's name run on into a filing's or an instrument's word (english.tsv
        # filing_word) names that paper, not a body of its own: the known name ends before it
        self.filing_words = frozenset(words["filing_word"])
        forms = self.legal_forms | frozenset(words["professional_form"])
        self.undotted_forms = forms - {form.removesuffix(".") for form in forms if form.endswith(".")}  # LLP, not Inc
        self.dotted_forms = frozenset(form for form in forms if form.endswith("."))  # Inc., Co.
        # Fidelity Management & Research; a word ends where Chinese begins (In re Acme Litigation一案的法院)
        self.joined_words = re.compile(r" and(?: [A-Z][\w'’-]*){1,4}(?![\w'’-])")  # …Fire and Casualty Company
        self.next_word = re.compile(r"(?: &)? (?P<word>[A-Z](?:(?![\u3400-\u9fff])[\w.&'’-])*)")
        # a known company's name continued, before a model word: its product (the Nvidia DGX Cloud AI platform)
        self.model_after = re.compile(rf"(?:[ \t]+(?:AI|[a-z][\w-]*)){{0,2}}[ \t]+(?:{alternatives(words['model_word'])})\b")
        # Snowflake Arctic, a mixture-of-experts model; Acme Cloud, the company's managed service: a known company's
        # name continued, described in commas as a model (model_word): its product, not a unit of it
        self.model_described = re.compile(rf",[ \t]+(?:an?|the|its|the[ \t]+company['’]s)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
                                          rf"(?:{alternatives(words['model_word'])})\b")

    # -- known names continued, model names ----------------------------------------------
    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Meta AI Studio (Meta AI + Studio), Hangzhou DeepSeek Artificial Intelligence (a
        place, DeepSeek, more words): a name of its own, of the known name's type, but a
        company's before a model word is its product (the Nvidia DGX Cloud AI platform); a
        legal form only (Microsoft Corp.) is the known company itself; "and" runs on into words
        ending in a company's word or legal form (State Farm Fire and Casualty Company: one company)."""
        found = []
        starts = {m.start: m for m in candidates}
        places: dict[int, Mention] = {}  # a known place by where a name after it and a space starts (the first)
        for m in candidates:
            if m.type == "Jurisdiction" and m.mechanism == "kb" and text[m.end:m.end + 1] == " ":
                places.setdefault(m.end + 1, m)
        for known in candidates:
            if known.mechanism != "kb" or known.type not in ("Company", "AIModel", "Organization") or \
                    _CJK.search(text[max(0, known.start - 2):known.end + 2]) or known.text.isupper() and len(known.text) > 4:
                continue  # ACME SAYS IT WILL…: a line in capitals runs on in capitals, no longer name
            end, words = known.end, []
            country = self.country_after(text, known, starts)
            if country is not None:  # Google Korea, Microsoft Japan: the company's unit in a country
                found.append(self.mention(text[known.start:country.end], "Company", known.start, country.end, 0.8, "extended"))
                continue
            closed = known.text.split()[-1] in self.dotted_forms and not self.form_after(text, end)  # Alphabet Inc. All of…
            while not closed and (following := self.next_word.match(text, end)) and following.group("word") not in self.name_stops \
                    and following.group("word") not in self.titles and following.start("word") not in starts and not following.group("word").endswith(("'s", "’s")) \
                    and not self.describing(following.group("word")):
                word = following.group("word").rstrip(",;:")
                word = word[:len(word) - self.shared.sentence_stop(word)]  # who now leads Microsoft AI. Microsoft…
                word = word[:trailing_mark(word, run=True)]  # ‘Deepseek App’, Acme Labs’ platform: the marks end the name
                if word.endswith(".") and word[:-1] in self.undotted_forms:
                    word = word[:-1]  # …from Latham & Watkins LLP. The judge…: a form never written with a stop ends the sentence
                words.append(word)
                end = following.start("word") + len(word)
                if word != following.group("word") or word in self.dotted_forms and not self.form_after(text, end):
                    break  # …parent Alphabet Inc. All of the defendants…: a dotted legal form ends the name, bar one more form
            joined = self.joined_words.match(text, end)
            if words and joined and joined.group().split()[-1] in self.company_words | self.legal_forms \
                    and words[-1] not in self.legal_forms:  # Dow Jones & Company Inc. and NYP Holdings Inc.: a form closes the first
                words += joined.group().split()[1:]  # State Farm Fire and Casualty Company: one registered name
                end = joined.end()
            start = known.start
            before = places.get(known.start)
            if not words or self.title_cased(text, known.start) or text.startswith("the ", known.start):
                continue  # the Independent Electoral Commission: a known name (The Independent) read in lower case runs on into no name of its own
            if self.no_name_after(text, known, words, end):
                continue  # Acme Global Chair Jane Roe, Acme H200 chips, Acme Advisory Opinion 24-1: the known name alone
            suffix = self.shared.suffix_of(words[-1])
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
            if type_ == "Company" and words[-1] in self.product_words:
                continue  # Google Play, HBO TV: a company's product or site, no company of its own; the known one is the name
            if words[-1] in self.company_words:
                type_ = "Company"  # Llama Productions: a company's last word, whatever the known name it opens with
            elif words[-1] in self.shared.body_types:
                type_ = self.shared.body_types[words[-1]]  # the ChatGPT Taskforce, the Gemini Institute: a body's word types it
            found.append(self.mention(text[start:end], type_, start, end, 0.8, "extended"))  # the Nvidia DGX Cloud platform
        return found

    def no_name_after(self, text: str, known: Mention, words: list[str], end: int) -> bool:
        """Whether the capitalised words a known name runs on into name no body of their own: they
        qualify a person's title right after them (Acme Global Chair Jane Roe: english.tsv person_role),
        they close with a filing's word (Acme Advisory Opinion: filing_word), or a known company's run
        holds a product's code of letters and digits (Acme H200 chips)."""
        following = self.next_word.match(text, end)
        if following is not None and following.group("word").rstrip(",;:.") in self.titles:
            return True
        if words[-1] in self.filing_words:
            return True
        return known.type == "Company" and any(_CODE.fullmatch(word) for word in words) \
            and not self.model_after.match(text, end) and not self.model_described.match(text, end)

    def describing(self, word: str) -> bool:
        """Whether a word after a known name says what the company makes or who stands for it (Acme GPUs,
        Acme LLMs, Acme Headnotes, the Acme Defendants: english.tsv describing_plural): the known name ends there."""
        word = word.rstrip(",;:.")
        return _CAPITALS_PLURAL.fullmatch(word) is not None or word in self.describing_plurals

    def form_after(self, text: str, end: int) -> bool:
        """Whether another legal form follows a name's (GmbH & Co. KG)."""
        following = self.next_word.match(text, end)
        return following is not None and following.group("word").rstrip(",;:.") in self.legal_forms | self.undotted_forms

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


class Parties(Rule):
    name = "party"
    sees = "people"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        cues = alternatives(words["role_cue"], spaced=True)
        # Acme Robotics, Fidelity Management & Research Company
        # three ecommerce companies — Acme Ecom, …; music publishers (including Concord and …): a list's opener between
        opener = alternatives(words["party_opener"], spaced=True)
        self.party = cued(rf"\b(?:(?i:another|a[ \t]+second|a[ \t]+third|one[ \t]+more)[ \t]+(?:{cues}),|(?:{cues}))"
                                rf"(?P<opener>[ \t]+(?:{opener}))?\s+(?P<name>[A-Z][\w.&'’-]*(?:(?:\s&)?\s[A-Z][\w.&'’-]*){{0,3}})")
        # sued Acme and Beta, bought Mipsology and Nod.ai: another party joined to the one named
        self.party_next = re.compile(rf"(?:,[ \t]+|,?[ \t]+(?:{alternatives(words['party_join'])})[ \t]+)"
                                     r"(?P<name>[A-Z][\w.&'’-]*(?:(?:[ \t]&)?[ \t][A-Z][\w.&'’-]*){0,3})")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """sued Wiz, invested in Acme Robotics, bought Mipsology and Nod.ai: an unknown name
        where a party stands, and each name coordinated with it; a company, but a person where
        a known given name opens it or the item named a person so (a suit filed by Tavi Roe,
        or by Tavi alone, after Tavi Roe, son of…)."""
        found, named = [], None  # named: the candidates by where they stand (read once, as inside_any asks)
        for match in self.party.finditer(text):
            start, raw = match.start("name"), match.group("name")
            if match.group("opener") and not self.party_next.match(text, match.end("name")):
                continue  # AI companies — Issue 112 —: after a dash or "including" the names are a list
            while raw is not None:
                words = self.shared.party_words(raw)
                if not words or words[0] in self.name_stops or words[0] in self.shared.nationalities or \
                        " ".join(words) in self.shared.group_words or "-based" in words[0] or self.title_cased(text, match.start()):
                    break  # buy Finnish AI lab Silo AI: a description, no name
                name = " ".join(words)
                named = named or Overlapping(candidates)
                if self.kb.lookup(name) is None and not named.overlapping(start, start + 1) and \
                        not _CJK.search(text[max(0, start - 2):start + len(name) + 2]) and not self.shared.surname(text, name, start, candidates):
                    person = len(words) >= 2 and words[0] in self.shared.given_names or self.shared.person_named(name, candidates)
                    found.append(self.mention(name, "Person" if person else "Company", start, start + len(name), 0.5, "party"))
                following = self.party_next.match(text, start + len(name)) if name == raw.rstrip(",;:") else None
                start, raw = (following.start("name"), following.group("name")) if following else (0, None)
        return found


class Listed(Rule):
    name = "listed"
    sees = "found"  # a known member may be a name another English rule found (SerpApi LLC, Quillon Ltd)

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # a member may carry its short name in brackets: Munhwa Broadcasting Corp. (MBC) and SBS
        # (and two names of one body joined by a slash: CBC/Radio-Canada)
        # a member may open with a lowercase article (the Guardian, the Plain Dealer): the list runs on past it
        # or a description of it in brackets, opening in lower case: Quillon Ltd (a music studio), Harbex (described as a botnet)
        # a member's words may hold an ampersand (Better Homes & Gardens, a magazine listed with others)
        member = r"(?:the )?[A-Z][\w.&'’-]*(?:/[A-Z][\w.&'’-]*)?(?:(?: &)? [A-Z][\w.&'’-]*){0,3}(?: \((?:[A-Z][\w.&'’-]*|[a-z][^()\n]{0,80})\))?"
        # no member opens inside a word: Qwen2.5 72B and DeepSeek-V3 is no list of B (a model's size, 72B, is the model's)
        # a list may also close on what is no member (Acme, Quillon, Harbex, and more; Acme, Quillon, and one other
        # firm): three members and "and", or two and a comma before "and", then a word in lower case
        self.known_english = frozenset(f"{self.family}/{rule}" for rule in ("paper", "registered"))
        self.listing = cued(rf"(?<![\w.&'’-]){member}(?:(?:, {member})*,? and {member}|(?:, {member}){{2,}},? and (?=[a-z])|, {member}, and (?=[a-z]))")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Nvidia, Andreessen Horowitz, Bpifrance and General Catalyst: unknown names listed
        with known companies are companies (Jane Street too: kg.mentions.people leaves them);
        listed with known organisations alone, organisations (shadow libraries such as LibGen,
        Z-Library and Quillshelf).  A known company may be one another English rule found by its
        legal form (Quillon Ltd (Lithuania), Harbex and Vantrel LLC), not a known name its rule ran
        on into capitalised words (the BBC Lifetime Achievement Award: an award, not a company, and
        no list of companies; devB72: two awards so listed)."""
        found, named = [], Overlapping(candidates)  # (the candidates by where they stand: overlaps_any, read once)
        companies = {(m.start, m.end) for m in candidates if m.type == "Company" and self.known_company(m)}
        organisations = {(m.start, m.end) for m in candidates if m.type == "Organization" and m.kb_id}
        places = {(m.start, m.end) for m in candidates if m.type == "Jurisdiction" and m.kb_id}
        # a known company's name of several words is one member, whatever words it holds (The Globe and Mail)
        masked = list(text)
        for m in candidates:
            if m.type == "Company" and m.kb_id and " " in text[m.start:m.end]:
                masked[m.start:m.end] = "K" + "k" * (m.end - m.start - 1)
        for listing in self.listing.finditer("".join(masked)):
            members, position = [], listing.start()
            # (an aside's words are no members: Tunecraft (a remix and video platform) is one; masked, same length)
            for part in _LIST_JOIN.split(_ASIDE.sub(lambda aside: "(" + "x" * (len(aside.group()) - 2) + ")", listing.group())):
                if part and not _LIST_JOINER.fullmatch(part):  # (an open list's close leaves an empty part)
                    short = _SHORT_AFTER.search(part)  # (MBC): the member's short name, no part of it
                    article = 4 if part.startswith("the ") else 0  # the Plain Dealer: the name is Plain Dealer
                    members.append((position + article, position + (short.start() if short else len(part))))
                position += len(part)
            members = self.one_sentence(text, members)
            known = sum(member in companies for member in members)
            if not known and sum(member in places for member in members) >= 3 and not self.title_cased(text, listing.start()):
                found += self.listed_places(text, members, candidates)
            kind = "Company"
            if not known and (known := sum(member in organisations for member in members)):
                kind = "Organization"  # LibGen, Z-Library and Quillshelf: the known members' kind
            if not known or self.title_cased(text, listing.start()):
                continue
            for start, end in members:
                name = text[start:end]
                owned = trailing_mark(name, possessive=True)  # Disney and Universal's characters: the possessive's mark is no part
                if owned < len(name):
                    end = start + owned
                    name = text[start:end]
                # a capital The inside a list is part of a title (Politico, The Republican and Vox Media)
                titled = start > listing.start() and name.startswith("The ") and len(name.split()) > 1 and \
                    name.split()[1] not in self.name_stops
                if (start, end) in companies or (start, end) in organisations or \
                        name.split()[0] in self.name_stops and not titled or self.kb.lookup(name) or \
                        self.shared.nationality.match(name) or \
                        named.overlapping(start, end):
                    continue
                given = name.split()[0] in self.shared.given_names and len(name.split()) > 1
                # among one company (at Apple, and Daniel Levy) a given name may still open a person's name
                found.append(self.mention(name, "Company" if given else kind, start, end, 0.5,
                                          "party" if given and known < 2 else "listed"))
        return found

    def known_company(self, mention: Mention) -> bool:
        """Whether a company found before counts as a list's known member: another family's
        name, a name the knowledge base knows, or an English rule's newspaper or registered
        company (Vantrel LLC); not the weakest rule's party, nor a name another English rule
        typed by its words alone (the BBC Lifetime Achievement Award, Certain Security
        Technologies and Products: no list of companies; devB72 and fresh10: three such)."""
        english = mention.mechanism.startswith(f"{self.family}/")
        return mention.kb_id is not None or not english or mention.mechanism in self.known_english

    def one_sentence(self, text: str, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A listing's members within one sentence: the last ends at its sentence's full stop
        (…, Lux Capital and Playground Global. The fund…), and a member holding a full stop
        opens the list after it (…sued Microsoft. Kai Bird, Jia Roe and Dan Poe…: the known
        name before the stop is another sentence's, no member), so that a known name closing
        the list (Kobalt and Merlin.) is still the known name it is."""
        kept: list[tuple[int, int]] = []
        for index, (start, end) in enumerate(members):
            words = text[start:end].split()
            stop = next((i for i, word in enumerate(words) if self.shared.sentence_stop(word)), None)
            if stop is None:
                kept.append((start, end))
                continue
            cut = start + len(" ".join(words[:stop + 1]))
            if index == len(members) - 1:
                kept.append((start, cut - 1))
            else:
                after = text[cut:end].lstrip()
                kept = [(end - len(after), end)] if after else []
        return kept

    def listed_places(self, text: str, members: list[tuple[int, int]], candidates: list[Mention]) -> list[Mention]:
        """California, Oregon, Tennessee and Washington: a name the knowledge base leaves to the
        text (Washington, the state or the capital), listed with three known places, is a place."""
        found = []
        for start, end in members:
            end -= self.shared.sentence_stop(text[start:end].split()[-1]) if text[start:end].split() else 0
            name = text[start:end]
            if len(name.split()) > 2 or name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or \
                    overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(name, "Jurisdiction", start, end, 0.5, "listed"))
        return found


class Registered(Rule):
    name = "registered"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        forms = alternatives(set(kb.legal_forms) - {"Co.", "Cos."} | {"Limited"})
        # Hangzhou Lianmo Network Technology Co., Ltd.: a lead word (english.tsv company_form_lead) before the form
        lead = alternatives(words["company_form_lead"])
        # Latin letters only: in Chinese text (与Kadince, Inc.及) the name starts after the Chinese word before it
        self.legal_name = cued(rf"(?<![{_LATIN}.&'’-])(?P<name>[A-Z][{_LATIN}&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][{_LATIN}&'’-]*){{0,3}}),?"
                                     rf"[ \t]+(?P<form>(?:(?:{lead}),?[ \t]+)?(?:{forms}))(?![{_LATIN}])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Tutor Group Limited, Zorvex Labs Inc.: an unknown capitalised name ending in a legal
        form of a company (context.tsv legal_form) is a company."""
        found, covering = [], Covering((m.start, m.end) for m in candidates)
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
            if self.kb.lookup(name) is not None or covering.covers(start, end):
                continue
            mention = self.mention(name, "Company", start, end, 0.6, "registered")
            if name.endswith(".") and re.match(r"\s*(?:$|[^a-z\s])", text[end:end + 3]):
                # … is published by Harbor Media Ltd. © Harbor Media Ltd 2024: the stop may end the sentence too
                mention = replace(mention, aliases=mention.aliases + (name[:-1],))
            found.append(mention)
        return found


class Backers(Rule):
    name = "backed"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.backed = cued(r"(?<![\w.&'’-])(?P<name>[A-Z][\w.&'’]*(?:[ \t]+[A-Z][\w.&'’]*){0,2})-backed(?![\w-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
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
            if self.kb.lookup(name) is not None or self.shared.nationality.fullmatch(name) or self.title_cased(text, start) or \
                    _CJK.search(text[max(0, start - 2):end + 2]) or overlaps_any(start, end, candidates):
                continue  # known to the knowledge base (its family names it), U.S.-backed, a headline
            found.append(self.mention(name, "Company", start, end, 0.6, "backed"))
        return found


class Platforms(Rule):
    name = "platform"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        letter = r"(?<![\w.&'’-])(?P<name>[B-HJ-Z])(?![\w&'’-]|\.\w)"  # not A or I, words of their own (A platform that fails)
        self.platform = re.compile(rf"{letter}(?:['’]s)?[ \t]+(?:{alternatives(words['platform_use'])})\b"
                                   rf"|\b(?:{alternatives(words['platform_before'])})[ \t]+{letter.replace('name', 'after')}"
                                   rf"(?![ \t]+(?!(?:{alternatives(words['platform_clause_word'])})\b)[a-z])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """her X account, the X platform, Grok accounts on X: a name of one capital letter
        before a word for what a platform's users hold or do there (english.tsv platform_use),
        or after "on" (platform_before) unless a lower-case word other than a clause's
        (platform_clause_word: for, from) follows it (on X day), is the platform's company; a
        letter is no name anywhere else."""
        found = []
        for match in self.platform.finditer(text):
            group = "name" if match.group("name") else "after"
            start, end = match.span(group)
            if self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]) or overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(match.group(group), "Company", start, end, 0.75, "platform"))
        return found


class Sites(Rule):
    name = "site"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # a domain (vexlo.com, Quillmark.com.cn) or up to three capitalised words, in quotes or not
        domain = r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:" + alternatives(words["site_domain"]) + r")(?![\w-]|\.\w)"
        capitalised = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2}"
        self.party_cues = frozenset(words["role_cue"])  # the website Vexlo: english/party's (a cue of its own)
        self.site = cued(rf"(?<![\w-])(?P<word>{alternatives(words['site_word'])})(?P<called>,?[ \t]+(?:{alternatives(words['site_called'])}))?[ \t]+"
                         rf"(?:(?P<domain>{domain})|[‘“'\"](?P<quoted>{capitalised}|{domain})[.,]?[’”'\"]|(?P<name>{capitalised})(?![\w&'’-]|\.\w))")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """the stock image website vexlo.com, a website called Vexlo.com, the website ‘Vexlo’, the
        microblogging site Vexlo: the name a website word gives (english.tsv site_word), after
        "called" or "named" (site_called), in quotes, or a domain in lower case (site_domain), is the
        site's company (the real texts' gold types a site so); not a known name of another kind,
        a headline's words, nor a name another family found."""
        found = []
        for match in self.site.finditer(text):
            group = next(group for group in ("domain", "quoted", "name") if match.group(group))
            start, end = match.span(group)
            name = match.group(group)
            if group == "name" and not match.group("called") and match.group("word") in self.party_cues:
                continue  # the website Vexlo: the party rule's name
            known = self.kb.lookup(name)
            if name.split()[0] in self.name_stops or (known is not None and known.type != "Company") or \
                    self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]) or overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(name, "Company", start, end, 0.6, "site"))
        return found


class Owners(Rule):
    name = "owner"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        self.owned = cued(rf"\b(?:a|an|the)[ \t]+(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){{0,2}})[ \t]+"
                                rf"(?:{alternatives(words['owned_noun'])})\b")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """a Harlow Motors dealership, an Orvane factory: the unknown name before a word for
        what a business owns (english.tsv owned_noun) is that business."""
        found = []
        for match in self.owned.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or self.shared.nationality.fullmatch(name) \
                    or self.title_cased(text, start) or overlaps_any(start, end, candidates):
                continue
            found.append(self.mention(name, "Company", start, end, 0.55, "owner"))
        return found


class Actors(Rule):
    name = "actor"
    sees = "people"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        # Orvanta's chief executive, Quorra's board: an unknown name owning what only a business has (company_role)
        unknown = r"[A-Z][\w.&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w.&-]*){0,2}"
        self.possessor = cued(rf"(?<![\w.&'’-])(?P<name>{unknown})['’]s[ \t]+(?:(?:former|new|longtime|acting|interim|top|own)[ \t]+)?"
                                    rf"(?:{alternatives(words['company_role'])})(?![\w-])")
        # short seller Wolfpack Research, the advocacy group Fair Screen: the unknown name right after the kind of
        # body that publishes accusations (accuser_kind), typed by it
        self.accuser_kinds = pairs(words["accuser_kind"])
        self.kinded = cued(rf"(?<![\w-])(?P<kind>(?i:{alternatives(self.accuser_kinds)}))[ \t]+(?P<name>{unknown})(?![\w&'’-])")
        # the U.S.-based Helixon AI, Berlin-based Quantara, the Delaware-incorporated Quorra: the name right after
        # where it is based or registered
        self.based_name = cued(rf"-(?:based|incorporated|registered)[ \t]+(?P<name>{unknown})(?![\w&'’-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Unknown names of businesses and bodies told by what stands around them: the owner of
        what only a business has (Orvanta's chief executive: ``possessor``) and the name after
        where it is based (the U.S.-based Helixon AI: ``based``).
        Not a known name, a place, a person (a given name before a family name, or a family
        name named in full before), a sentence's first word, nor in a headline."""
        found, persons = [], Endings(m for m in candidates if m.type == "Person")
        for rule, pattern in (("possessor", self.possessor), ("based", self.based_name), ("kinded", self.kinded)):
            for match in pattern.finditer(text):
                words = self.shared.party_words(match.group("name"))
                if not words:
                    continue
                start = match.start("name")
                name = " ".join(words)
                end = start + len(name)
                if text[start:end] != name or words[0] in self.name_stops or words[0] in self.shared.nationalities or \
                        words[0] in self.kb.sentence_words.get("sentence_start", ()) and start == text.rfind("\n", 0, start) + 1 or \
                        " ".join(words) in self.shared.group_words or self.kb.lookup(name) is not None or \
                        len(words) > 1 and words[0] in self.shared.given_names or self.shared.surname(text, name, start, candidates) or \
                        persons.ends_with(name) or \
                        self.title_cased(text, start) or _CJK.search(text[max(0, start - 2):end + 2]) or \
                        overlaps_any(start, end, candidates) or self.shared.no_names(text, start, end):
                    continue
                type_ = "Company"
                if rule == "kinded":
                    type_ = self.accuser_kinds[match.group("kind").lower()]
                suffix = self.shared.suffix_of(words[-1])
                if suffix is not None and suffix[1] in ("Company", "Organization", "Regulator", "Court"):
                    type_ = suffix[1]  # …Institute, …Labs: the name's own last word says what it is
                found.append(self.mention(name, type_, start, end, 0.55, rule))
        return found
