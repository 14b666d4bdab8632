"""A case card: a court standing as a field of its own, beside the card's parties and a ruling,
adjudicated the card's parties (Fact.rule ``casecard``):

    案件｜A v. B                       Deyerler v. HireVue｜美国伊利诺伊州北区联邦地区法院｜2024年2月26日驳回动议
    机关｜美国康涅狄格州联邦地区法院     - Court: U.S. District Court for the Northern District of Illinois
    当事人｜原告甲；被告乙               - Stage: motion to dismiss largely denied
    结论｜法院判决被告胜诉

-> the court adjudicated 甲 and 乙, and 甲 sued 乙 (the roles the party line gives them).  A
court is a field where nothing but a bullet or a label stands between it and the field mark
before it (｜, ：, 〔, 【, a line's start) and nothing but a gloss in brackets between it and
the mark after it (｜, 〕, 】, the line's end): 德里高等法院以临时禁令… is a sentence, no field;
the courts of both instances on one field (X法院（一审）　Y法院（二审）) are each a field.
The card runs from the rule line (━━━, ────) or the court field before it to the one after;
its parties are the names on its party line (当事人｜, Parties:), else the sides of the case
it names (Baker v. CVS Health: Brendan Baker, named in the card), else those of the suits it
tells.  A card that tells no ruling (only a filing) adjudicates nothing; an
English heading in capitals (RELATED DOCKET NOTE) ends it.  Words from
data/lexicon/context.tsv: party_label, plaintiff_role, defendant_role, court_field,
card_field (the labels of a card's fields), card_ruling (words telling a ruling, not a
filing or a hearing to come: 判决, 驳回, 禁令, 结论｜, Disposition:).  A card with a
plaintiff's field line only (原告｜甲) has as defendants the names its sentences list as such
(他将乙和丙列为被告, 被告之一乙): listed_as_defendant, defendant_opening.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..alternation import alternation, alternatives
from ..cases import card_filed, case_sides
from ..model import Evidence, Fact, Mention
from .base import SIGNATURES, Document, DocumentFamily, Shared, confidence, key, line_end
from .grammar import AND_ALSO, CHINESE_AND, COMMAS, ENUMERATION_COMMA, LATIN_AND, joiner, window

RULED_ON = SIGNATURES["adjudicated"][1]
LABEL_OPEN, LABEL_CLOSE = r"[【〖\[]", r"[】〗\]]"
RULE_LINE = re.compile(r"^[ \t\u3000]*[━═─┄┈—–\-=*~_┌└├│]{3,}[ \t\u3000]*$", re.MULTILINE)
FIELD_OPENING = re.compile(r"(?:^|[｜|：:〔【〖\[])[ \t\u3000]*(?:[-•·◇▪*][ \t\u3000]*)?$")
FIELD_CLOSING = re.compile(r"[ \t\u3000]*(?:[（(][^（）()\n]*[)）])?[ \t\u3000]*(?:$|[｜|〕】〗\]])", re.MULTILINE)
BRACKETS = re.compile(r"[（(][^（）()\n]*[)）]")
# 首尔行政法院（一审）　首尔高等法院（二审）, A法院、B法院: the courts of one field line, each with its gloss
COURTS_JOINER = re.compile(r"[ \t\u3000]*(?:[（(][^（）()\n]*[)）])?[ \t\u3000]*[、，,/→]?[ \t\u3000]*")
PART_SEPARATOR = re.compile(r"[；;]")
LIST_JOINER = re.compile(rf"\.?[ \t\u3000]*{joiner(ENUMERATION_COMMA, *COMMAS, *CHINESE_AND, AND_ALSO, *LATIN_AND)}[ \t\u3000]*")  # Kadince, Inc.及Jared Hales: a list's joiner
BLANK = re.compile(r"[ \t\u3000]+")
SECTION_HEADING = re.compile(r"^[ \t]*[A-Z][A-Z0-9&'’ \t-]{3,}[A-Z][ \t]*:?[ \t]*$", re.MULTILINE)
DEFENDANT_REACH = window("casecard.DEFENDANT_REACH")  # characters between 被告之一 and the defendant's name (被告之一：乙)
FIELD_LENGTH = window("casecard.FIELD_LENGTH")  # characters of a card's field line (a sentence is longer or ends with a full stop)


def spaced_label(label: str) -> str:
    """A Chinese label as a pattern letting its characters stand apart, as forms set them to
    the width of the longest label (法　　院：, 【案　　名】)."""
    if label.isascii():
        return re.escape(label)
    return r"[ \t\u3000]*".join(re.escape(character) for character in label)


class CardCourts(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        labels = alternatives(words["party_label"], literal=spaced_label)
        self.party_line = re.compile(rf"^[ \t\u3000]*(?:[-•·◇▪*][ \t\u3000]*)?(?:{labels})[ \t\u3000]*[｜|：:][ \t\u3000]*", re.MULTILINE | re.I)
        # a side's own field line (原告｜A、B等用户 / 被告｜C, Plaintiffs: A, B) names that side
        roles = alternatives((*words["plaintiff_role"], *words["defendant_role"]), literal=spaced_label)
        self.role_line = re.compile(rf"^[ \t\u3000]*(?:[-•·◇▪*][ \t\u3000]*)?(?:{roles})[ \t\u3000]*[｜|：:][ \t\u3000]*", re.MULTILINE | re.I)
        self.plaintiff_role = alternation(words["plaintiff_role"], re.I)
        self.listed_as_defendant = alternation(words["listed_as_defendant"])
        self.defendant_opening = alternation(words["defendant_opening"])
        self.defendant_role = alternation(words["defendant_role"], re.I)
        self.ruling = alternation(words["card_ruling"], re.I, latin_whole=True)
        fields = alternatives((*words["card_field"], *words["party_label"], *words["court_field"]), literal=spaced_label)
        # a label ends with its mark (法院：, Court |) or stands in brackets of its own (〖法院〗, 【案名】)
        # any short label in black brackets with its value after it (【处理结果】判处…) is a field too
        self.field_title = re.compile(rf"[ \t\u3000]*(?:(?:{fields})[ \t\u3000]*[｜|：:]|{LABEL_OPEN}(?:{fields}){LABEL_CLOSE}"
                                      rf"|【[^【】\n]{{2,8}}】[ \t\u3000]*[^\s【])", re.I)
        # a field line may be numbered as the card numbers its fields (1. 法院：X / 2. 起诉时间：…)
        self.field_line = re.compile(rf"^[ \t\u3000]*(?:(?:[-•·◇▪*]|\d{{1,2}}[ \t]*[.、．])[ \t\u3000]*)?(?:(?P<label>{fields})[ \t\u3000]*[｜|：:]"
                                     rf"|{LABEL_OPEN}(?P<bracketed>{fields}){LABEL_CLOSE})", re.I | re.M)
        # a tracker's field set as a heading of its own over its value (CAPTION / COURT / PARTIES / FILED / KEY DATES)
        self.heading_field = re.compile(rf"[ \t\u3000]*(?:{fields})(?:[ \t]*[/&][^\n/&]{{1,20}})?[ \t\u3000]*$", re.I)
        self.bracketed_label = re.compile(rf"^[ \t\u3000]*(?:[-•·◇▪*][ \t\u3000]*)?{LABEL_OPEN}(?:{fields}){LABEL_CLOSE}[ \t\u3000]*$", re.I)
        # a motion asking for a ruling (被告动议驳回起诉, moved to dismiss) is no ruling
        self.motion = re.compile(rf"(?:{alternatives(words['motion_word'])})[ \t\u3000]*$", re.I)
        # a suit its sentence tells of a plaintiff by description (其家属起诉A及B, 原告方对A及其投资方B提起诉讼)
        self.described_plaintiff = alternation(words["card_plaintiff_description"])
        verbs = alternatives(words["card_suit_verb"])
        self.suit_verb = re.compile(rf"(?P<before>{verbs})|对(?P<listed>[^，,。；;：:\n]{{1,60}}?)提起[^，,。；;：:\n]{{0,6}}?诉讼")
        # a ruling said not to be made yet (尚无裁决, 未作出判决, has not yet ruled) is none
        self.unruled = re.compile(rf"(?:{alternatives(words['ruling_negation'])})[^\n，。；,;.]{{0,4}}$", re.I)
        # an editor's comment after the card (【点睛】…裁定是风向标, Takeaway: …) tells no ruling of it
        comments = alternatives(words["card_comment"], literal=spaced_label)
        self.comment_line = re.compile(rf"[ \t\u3000]*(?:[-•·◇▪*][ \t\u3000]*)?(?:{LABEL_OPEN}[ \t\u3000]*(?:{comments})[ \t\u3000]*{LABEL_CLOSE}"
                                       rf"|(?:{comments})[ \t\u3000]*[｜|：:])", re.I)

    def facts(self, document: Document) -> list[Fact]:
        out, groups = [], self.cards(document)
        order = {id(fact): index for index, fact in enumerate(document.facts)}
        # no court, no card (most items): their suits and names are not gathered
        courted = [group for group in groups if any(m.type == "Court" for _, _, mentions in group for m in mentions)]
        carded = [group for group in courted if any(self.labelled(text, m) or self.is_field(text, m, mentions)
                                                    for _, text, mentions in group for m in mentions if m.type == "Court")]
        for group in courted:
            # the story a document's one card heads (Case: / Court: / Decided: over its sections) names the card's sides
            story = [m for other in groups if other is not group for _, _, mentions in other for m in mentions] \
                if carded == [group] else []
            text = "\n".join(text for _, text, _ in group)
            offsets = [sum(len(t) + 1 for _, t, _ in group[:i]) for i in range(len(group))]
            # the card's names where they stand in its text, each with the item and name it stands for
            placed = [(replace(m, start=m.start + at, end=m.end + at), (item, item_text, m))
                      for (item, item_text, mentions), at in zip(group, offsets) for m in mentions]
            mentions = [shifted for shifted, _ in placed]
            original = {id(shifted): found for shifted, found in placed}
            # the suits its items tell, where they stand (an item's sentence, not another item's of its title)
            # (in the document's order of facts, each item's facts read from the document's index)
            told = sorted(((f, at + f.evidence.start) for (item, item_text, _), at in zip(group, offsets)
                           for f in document.facts_of(item) if f.relation == "sued"
                           and item_text[f.evidence.start:f.evidence.end] == f.evidence.sentence),
                          key=lambda found: order[id(found[0])])
            courts = [m for m in mentions if m.type == "Court" and (self.is_field(text, m, mentions) or self.labelled(text, m))]
            rules = [match.start() for match in RULE_LINE.finditer(text)]
            lines = [text.rfind("\n", 0, c.start) + 1 for c in courts]
            labels = [(m.start(), BLANK.sub("", m.group("label") or m.group("bracketed")).lower())
                      for m in self.field_line.finditer(text)]
            for court, line in zip(courts, lines):
                start = max([r for r in rules if r < line] + [text.find("\n", b) + 1 for b in lines if b < line] + [0])
                end = min([r for r in rules if r > line] + [self.parted(text, b, line) for b in lines if b > line]
                          + [self.tail(text, line, mentions)])
                start, end = self.unrepeated(text, labels, line, self.head(text, line, start), end)
                # a heading in capitals after the card (RELATED DOCKET NOTE, NEXT DATES) opens another section
                # (not a field's own heading: PARTIES over Plaintiff: / Defendants:)
                heading = next((found for found in SECTION_HEADING.finditer(text, line + 1, end)
                                if not self.heading_field.fullmatch(found.group().strip())), None)
                end = heading.start() if heading else end
                card_told = [f for f, place in told if start <= place < end]
                facts = []
                item, item_text, at = original[id(court)]
                court_line = self.shared.evidence_at(item, item_text, at)
                facts = self.card_facts(text, (start, end), [m for m in mentions if start <= m.start < end], court,
                                        card_told, court_line, story)
                # a card telling a filing only: no court has ruled, its sides' suit stands
                ruled = self.rules(text, start, end)
                facts = [replace(f, head=self.restored(f.head, original), tail=self.restored(f.tail, original))
                         for f in facts if ruled or f.relation == "sued"]
                inside = [m for m in mentions if start <= m.start < end]
                sides = self.party_lines(text, (start, end), inside)
                sides = sides if any(sides) else self.caption_sides(inside, story, text)
                own = {key(self.restored(m, original)) for m in sides[0] + sides[1]}
                # the card's own suits, not others its story compares them with (与Mobley v. Workday案类似)
                card_told = [f for f in card_told if key(f.head) in own or key(f.tail) in own] if own \
                    else card_told if len({key(f.head) for f in card_told}) == 1 \
                    else [f for f, place in told if start <= place < end and "\n" not in text[start:place]]
                # (where the card's caption is no case name: the suits its heading line tells, 甲（Jia）诉 乙,
                # not a counter-suit or a like suit its story tells)
                labelled = self.labelled(text, court) or self.field_line.match(text, lines[courts.index(court)])
                if not labelled:  # a bare court line (an entry's 美国特拉华州联邦地区法院) bounds no card surely
                    card_told = []
                # the card's heading (【案件2】A.F. 诉 X) may stand right above the card's first line
                heading = text.rfind("\n", 0, max(start - 1, 0)) + 1
                heading = heading if start - heading <= FIELD_LENGTH else start
                headed = card_told or [f for f, place in told if heading <= place < end]
                card_told += self.described_suits(text, (start, end), inside, headed, court_line)
                out += facts + self.field_suits(text, (start, end), group, offsets, court_line,
                                                card_told + [f for f in facts if f.relation == "sued"])
        return out

    def described_suits(self, text: str, card: tuple[int, int], inside: list[Mention], told: list[Fact],
                        evidence: Evidence) -> list[Fact]:
        """The suits a card's sentence tells of its plaintiff by description only (A.F. 诉 X:
        两名未成年人的家长以化名起诉X和Y; 其家属起诉X及Y): the card's one plaintiff sued every
        name of the list, where the list holds a defendant the card already has."""
        plaintiffs = {key(f.head): f.head for f in told}
        if len(plaintiffs) != 1:
            return []
        plaintiff = next(iter(plaintiffs.values()))
        defendants = {key(f.tail) for f in told}
        names = [m for m in inside if m.type in SIGNATURES["sued"][1]]
        out = []
        for verb in self.suit_verb.finditer(text, *card):
            clause = self.shared.grammar.clause_start(text, card[0], verb.start())
            if any(clause <= m.start < verb.start() for m in inside if m.type in RULED_ON) and verb.group("before") \
                    or not self.described_plaintiff.search(text, clause, verb.start()):
                continue  # a named suer, or no plaintiff described: not the card's plaintiff's suit
            if verb.group("before"):
                stop = self.shared.grammar.clause_end(text, verb.end(), card[1])
                after = [m for m in names if verb.end() <= m.start < stop]
            else:
                after = [m for m in names if verb.start("listed") <= m.start and m.end <= verb.end("listed")]
            group = self.shared.grammar.group(text, after, SIGNATURES["sued"][1], from_right=False)
            if not any(key(m) in defendants for m in group):
                continue
            out += [Fact(plaintiff, "sued", m, evidence, confidence(plaintiff, m, 0.6), self.rule)
                    for m in group if key(m) not in defendants and key(m) != key(plaintiff)]
        return out

    def field_suits(self, text: str, card: tuple[int, int], group: list[tuple], offsets: list[int],
                    court_line: Evidence, suits: list[Fact]) -> list[Fact]:
        """The card's suits again, read from its court field and its filing field (〖法院〗X,
        〖起诉〗2023年7月): no new fact, but the litigation table (kg.cases) finds the card's
        court and its filing date (kg.cases.card_filed) in the sentences of the suits the
        card tells."""
        out = [replace(f, evidence=court_line) for f in suits]
        for line in re.finditer(r"[^\n]+", text[card[0]:card[1]]):
            if card_filed(line.group()) is None:
                continue
            at = card[0] + line.start()
            index = max(i for i, offset in enumerate(offsets) if offset <= at)
            item, item_text, _ = group[index]
            place = Mention(line.group(), "Case", at - offsets[index], at - offsets[index] + len(line.group()))
            evidence = self.shared.evidence_at(item, item_text, place)
            out += [replace(f, evidence=evidence) for f in suits]
        return out

    def cards(self, document: Document) -> list[list[tuple]]:
        """The document's items, those a card's field heads (机关｜X, 时间｜…: segmented apart
        from their card) joined to the item before them; so those a tracker's field heading
        alone heads (COURT over its court's line, PARTIES over Plaintiff: / Defendants:)."""
        groups: list[list[tuple]] = []
        for entry in document.items:
            if groups and (self.field_title.match(entry[0].title) or self.heading_field.fullmatch(entry[0].title)):
                groups[-1].append(entry)
            else:
                groups.append([entry])
        return groups

    def head(self, text: str, line: int, start: int) -> int:
        """Where the card of a court's line begins: the short field lines right above it (案件｜
        A v. B, a date, 被告｜Photobucket Inc. though its name ends with a stop), not the
        sentences of the card before."""
        while line > start:
            above = text.rfind("\n", start, line - 1) + 1
            previous = text[above:line - 1].strip()
            labelled = self.role_line.match(text, above) or self.party_line.match(text, above)
            if not previous or len(previous) > FIELD_LENGTH or previous.endswith(("。", ".", "；")) and not labelled:
                break
            line = above
        return line

    def parted(self, text: str, line: int, after: int) -> int:
        """Where the card of a court's line begins, seen from the card before (whose court's
        line is at after): the short heading lines right above the court (【案件2】A v. B) are
        that card's, unless they tell a ruling or name parties (结论｜…, 当事人｜…), which a
        compact card before may end with."""
        head = self.head(text, line, text.find("\n", after) + 1)
        if head >= line or self.rules(text, head, line) or any(
                pattern.search(text[head:line]) for pattern in (self.party_line, self.role_line)):
            return line
        return head

    def tail(self, text: str, line: int, mentions: list[Mention]) -> int:
        """Where the last card of a text ends: before the heading of the next case closing it
        (【案件2】A.F. 诉 X, the card of its court in the next item), else at the text's end."""
        end = len(text) + (not text.endswith("\n"))
        head = min(self.parted(text + "\n" * (not text.endswith("\n")), end, line), len(text))
        return head if any(m.type == "Case" and head <= m.start for m in mentions) else len(text)

    def unrepeated(self, text: str, labels: list[tuple[int, str]], line: int, start: int, end: int) -> tuple[int, int]:
        """The card holding a line, within (start, end): the text's field lines run one card
        until a label the card already has opens the next (法院｜ again), with the short
        heading lines right above that label (【案件2】A.F. 诉 X over 法院｜Y: the next card's
        heading, not the field of the card before)."""
        openings, seen = [], set()
        for at, label in labels:
            if label in seen:
                above = text.find("\n", max(other for other, _ in labels if other < at))  # the field line before's end
                openings.append(max(self.head(text, at, above), above + 1))
                seen = set()
            seen.add(label)
        return max([at for at in openings if at <= line] + [start]), min([at for at in openings if at > line] + [end])

    @staticmethod
    def restored(mention: Mention, original: dict) -> Mention:
        found = original.get(id(mention))
        return found[2] if found else mention

    def card_facts(self, text: str, card: tuple[int, int], inside: list[Mention], court: Mention, told: list[Fact],
                   evidence: Evidence, story: list[Mention] = ()) -> list[Fact]:
        """The facts of one card: the court adjudicated its parties (and those of the suits it
        tells); the plaintiffs its party lines name sued the defendants they name, and where the
        card tells no suit its case names' sides sued each other."""
        captioned = self.caption_sides(inside, story, text)
        plaintiffs, defendants = self.party_lines(text, card, inside, captioned[0])
        # the sides its field lines name sue whatever its sentences tell (案名｜甲诉乙案 told again as
        # 甲起诉乙 leaves 被告｜乙、丙 its two defendants); its caption's sides only where it tells no suit
        suing, sued = (plaintiffs, defendants) if plaintiffs and defendants else captioned if not told else ([], [])
        suits = [(p, d) for p in suing for d in sued if key(p) != key(d)]  # either side may be []
        plaintiffs, defendants = plaintiffs + captioned[0], defendants + captioned[1]
        named = {key(m) for m in plaintiffs + defendants}
        # the card's suits told in its sentences: those of its parties (OpenAI v. Open AI Inc. told as
        # OpenAI起诉…及其创办人Guy Ravine: Guy Ravine too), every one where its fields name none
        parties = plaintiffs + defendants + [m for f in told for m in (f.head, f.tail)
                                             if not named or key(f.head) in named or key(f.tail) in named]
        out = [Fact(court, "adjudicated", party, evidence, 0.6, self.rule)
               for party in {key(m): m for m in parties if m.type in RULED_ON and m.type != "Court"}.values()]
        return out + [Fact(p, "sued", d, evidence, confidence(p, d, 0.6), self.rule) for p, d in suits
                      if p.type in SIGNATURES["sued"][0] and d.type in SIGNATURES["sued"][1]]

    def rules(self, text: str, start: int, end: int) -> bool:
        """Whether the card tells a ruling: a ruling's word not asked for by a motion, not
        negated (尚无裁决) nor on an editor's comment line."""
        return any(not self.motion.search(text, max(start, match.start() - 12), match.start())
                   and not self.unruled.search(text, max(start, match.start() - 8), match.start())
                   and not self.comment_line.match(text, text.rfind("\n", 0, match.start()) + 1)
                   for match in self.ruling.finditer(text, start, end))

    def labelled(self, text: str, court: Mention) -> bool:
        """Whether a court stands alone after a bracketed label (〖法院〗美国纽约南区联邦地区法院)."""
        line = text.rfind("\n", 0, court.start) + 1
        return bool(self.bracketed_label.match(text[line:court.start])) and bool(FIELD_CLOSING.match(text, court.end))

    @staticmethod
    def is_field(text: str, court: Mention, mentions: list[Mention] = ()) -> bool:
        """Whether a court stands as a field of its own (｜X法院｜, Court: X, 〔date｜X法院〕), or
        with the other courts of its field (受诉法院｜首尔行政法院（一审）　首尔高等法院（二审）: the
        courts of the first and the second instance, each a field)."""
        courts = {m.start: m for m in mentions if m.type == "Court"}
        first = last = court
        while (before := next((c for c in courts.values() if c.end < first.start
                               and COURTS_JOINER.fullmatch(text, c.end, first.start)), None)) is not None:
            first = before
        while (after := next((c for at, c in courts.items() if at > last.end
                              and COURTS_JOINER.fullmatch(text, last.end, at)), None)) is not None:
            last = after
        line = text.rfind("\n", 0, first.start) + 1
        if BRACKETS.search(text[line:first.start] + "）") and text[line:first.start].count("（") > text[line:first.start].count("）"):
            return False  # inside a gloss: （应维也纳行政法院请求…）
        return bool(FIELD_OPENING.search(text[line:first.start])) and bool(FIELD_CLOSING.match(text, last.end))

    def party_lines(self, text: str, card: tuple[int, int], inside: list[Mention],
                    captioned: list[Mention] = ()) -> tuple[list[Mention], list[Mention]]:
        """The names on the card's party lines (当事人｜原告甲；被告乙): (plaintiffs, defendants)
        by the role each part opens with, every name a party where no part has a role.  A card
        with a defendant's line only (案名｜甲诉乙案 / 被　　告｜乙、丙) has as plaintiffs the
        plaintiffs of its caption (``captioned``)."""
        plaintiffs, defendants, unroled = [], [], []
        for line in self.party_line.finditer(text, *card):
            end = line_end(text, line.end())
            position = line.end()
            for part in PART_SEPARATOR.split(text[line.end():end]):
                part_end = position + len(part)
                glosses = [(position + g.start(), position + g.end()) for g in BRACKETS.finditer(part)]
                names = [m for m in inside if position <= m.start and m.end <= part_end and m.type in RULED_ON
                         and not any(a <= m.start < b for a, b in glosses)]
                opening = part.strip()
                if self.plaintiff_role.match(opening):
                    plaintiffs += names
                elif self.defendant_role.match(opening):
                    defendants += names
                else:
                    unroled += names
                position = part_end + 1
        for line in self.role_line.finditer(text, *card):
            end = line_end(text, line.end())
            names = [m for m in inside if line.end() <= m.start and m.end <= end and m.type in RULED_ON]
            # a spaced label (被　　告｜) is the role its characters spell
            role = BLANK.sub("", line.group().strip(" \t-•·◇▪*"))
            (defendants if self.defendant_role.match(role) else plaintiffs).extend(names)
        if plaintiffs and not defendants and not unroled:
            defendants = self.told_defendants(text, card, [m for m in inside if key(m) not in {key(p) for p in plaintiffs}])
        if defendants and not plaintiffs and not unroled:
            plaintiffs = [m for m in captioned if key(m) not in {key(d) for d in defendants}]
        if plaintiffs and defendants:
            return plaintiffs, defendants
        return [], plaintiffs + defendants + unroled

    def told_defendants(self, text: str, card: tuple[int, int], inside: list[Mention]) -> list[Mention]:
        """The defendants the sentences of a card naming its plaintiff only list as such: the
        names between 将 (把) and 列为被告 in one clause (他将乙和丙列为被告), or right after
        被告之一 / 被告为 (被告之一乙经营…)."""
        grammar, types = self.shared.grammar, SIGNATURES["sued"][1]
        names = [m for m in inside if m.type in types]
        out: list[Mention] = []
        for phrase in self.listed_as_defendant.finditer(text, *card):
            clause = grammar.clause_start(text, card[0], phrase.start())
            opening = max(text.rfind("将", clause, phrase.start()), text.rfind("把", clause, phrase.start()))
            if opening >= 0:
                out += grammar.group(text, [m for m in names if opening < m.start and m.end <= phrase.start()],
                                     types, from_right=False)
        for phrase in self.defendant_opening.finditer(text, *card):
            after = [m for m in names if m.start >= phrase.end()]
            group = grammar.group(text, after, types, from_right=False,
                                  stop=grammar.clause_end(text, phrase.end(), card[1]))
            if group and group[0].start - phrase.end() <= DEFENDANT_REACH:
                out += group
        return list({key(m): m for m in out}.values())

    def caption_sides(self, inside: list[Mention], story: list[Mention] = (),
                      text: str = "") -> tuple[list[Mention], list[Mention]]:
        """The sides of the card's case (Baker v. CVS Health), each the card's name equal to it
        or ending with it (Brendan Baker), as far as the card names them, with the names the
        card lists right after it (Garner v. Kadince: 与Kadince, Inc.及Jared Hales、Aaron Venezia
        的纠纷: all three on Kadince's side)."""
        names = [m for m in inside if m.type in RULED_ON]
        for case in (m for m in inside if m.type == "Case"):
            sides = case_sides(case.text)
            if sides is None:
                continue
            found = [[m for side in group for m in self.listed(self.named(side, names, case, story), names, text)]
                     for group in sides]
            if any(found):
                return [list({key(m): m for m in group}.values()) for group in found]  # type: ignore[return-value]
        return [], []

    @staticmethod
    def listed(found: list[Mention], names: list[Mention], text: str) -> list[Mention]:
        """The name found and the names listed right after it in the card's text, a list's
        joiner (、 及 和 , and) all that stands between each and the next."""
        if not found or not text or found[0] not in names:
            return found
        out = list(found)
        for name in sorted((m for m in names if m.start >= out[-1].end), key=lambda m: m.start):
            if not LIST_JOINER.fullmatch(text, out[-1].end, name.start):
                break
            out.append(name)
        return out

    def named(self, side: str, names: list[Mention], case: Mention, story: list[Mention] = ()) -> list[Mention]:
        """The first name outside the case standing for one side: the same name, else one whose
        last word it is (Baker: Brendan Baker), else its first words (Acme Corp.: Acme), in
        or the name its words open (Kadince: Kadince, Inc.), in
        the name or in the gloss the text gives it (杰弗里·巴特尔（Jeffrey Battle）: Battle),
        else the known body the side names (Microsoft Corporation: 微软)."""
        outside = [m for m in names if not (case.start <= m.start < case.end)] + \
            [m for m in story if m.type in RULED_ON] + \
            [m for m in names if case.start <= m.start < case.end and m.text != case.text]
        known = self.shared.kb.lookup(side)
        for test in (lambda text: text == side, lambda text: text.endswith(" " + side) and side[:1].isupper(),
                     lambda text: side.startswith(text + " ") and side[:1].isupper(),
                     lambda text: text.startswith((side + " ", side + ",")) and side[:1].isupper()):  # Kadince, Inc.
            match = next((m for m in outside if any(test(text) for text in (m.text, *m.aliases))), None)
            if match is not None:
                return [match]
        match = next((m for m in outside if known is not None and m.kb_id == known.id), None)
        return [match] if match is not None else []
