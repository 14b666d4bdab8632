"""A body named inside a longer body's name is a node of its own: 美国卫生与公众服务部民权
办公室 is a unit of 美国卫生与公众服务部, 最高人民法院知识产权法庭 one of 最高人民法院.
The chosen (longest) name of a state body stays the mention, with the unit's own name
(民权办公室) as an alias; the body its name begins with, known or found by another family, is put on it as ``Mention.parent`` (kg.facts.ownership reads
the partOf fact and the parent's place from it).  Runs on the chosen mentions, with
the candidates that overlap them.  An English unit names its parent after it: the Criminal
Division of the Department of Justice, the Center for Digital Law at Northbrook University
(the parent found inside the unit's name or as the next name)."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..alternation import alternatives
from ..model import Mention
from .base import Family, register, set_mentions
from .english import english_lexicon
from .words import CJK, Words, plain_boundaries

STATE_BODIES = frozenset({"Regulator", "Legislature", "Court"})
PARENTS = STATE_BODIES | {"Organization", "Company"}
PARENT_CHARS = 3  # the shortest name of a parent its suffix types (经济部)
OF_PARENT = r"[ \t]+(?:of|at|within)[ \t]+(?:the[ \t]+)?"  # the Second Chamber of the Court, a Center at Acme University
_OF_PARENT = re.compile(OF_PARENT)


@register
class NestedBodies(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        self.legal_forms = words.kb.legal_forms
        # 国务院总理, 美国版权局局长: an office held by a person is no unit of its body
        self.office_titles = tuple(t for t in words.context["person_title"] if not t.isascii() and len(t) > 1)
        # 創新科技及工業局: a unit's own name opens with no conjunction or function word (及工業局 is no unit of 創新科技)
        self.function_chars = frozenset(words.context["subunit_function_char"])
        # 最高法院第二庭, 标准化技术委员会秘书处: a unit named by its suffix alone, the body's only one so called
        self.units_by_suffix_alone = frozenset(words.context["unit_by_suffix_alone"])
        # 刑事审判庭负责人, 民一庭副庭长: a unit's post written after it, its holder's office (no unit node)
        self.unit_posts = tuple(words.context["unit_post"])
        self.post_bodies = tuple(words.context["unit_post_body"])  # a court's, a procuratorate's: not a ministry's
        self.legislature_units = tuple(words.context["legislature_unit_end"])
        # 经济部智慧财产局, 公安部网安局, 内政部警政署: an agency (a bureau, an administration) goes by
        # its ministry's name and its own as one name; its ministry named there alone is no node
        self.agency_ends = tuple(words.context["agency_unit_end"])
        english = english_lexicon(words.kb)
        # the Data Standards Office, the Select Committee on X (of the Senate): a unit's own name, its unit's
        # word after another word or before its remit (the Office of the Privacy Commissioner is no unit's)
        unit_words = alternatives(english["unit_of_body"])
        word = r"[A-Z][\w&'’-]*"
        remit = rf"[ \t]+(?:of|for|on)[ \t]+{word}(?:[ \t]+(?:{word}|of|for|on|and|&))*?"
        self.english_unit = re.compile(rf"(?P<unit>(?:{word}[ \t]+)+(?:{unit_words})(?:{remit})?|(?:{unit_words}){remit})")
        self.english_unit_of = re.compile(rf"{self.english_unit.pattern}{OF_PARENT}(?P<parent>[A-Z].+)")
        self.body_types = dict(pair.split("=") for pair in english["body_head"])
        self.court_units = tuple(english["court_unit"])
        self.led_bodies = frozenset(english["body_of"])
        # the Select Committee on X of the Senate: a chamber's bare word names a legislature
        self.chambers = frozenset(english["bare_legislature"]) | frozenset(english["chamber"])

    def __call__(self, doc: Doc) -> Doc:
        candidates, mentions = doc.user_data.get("candidates", []), doc.user_data["mentions"]
        text = doc.user_data["text"]
        nested = [self.nest(mention, candidates, text) for mention in mentions]
        set_mentions(doc, [self.english_nest(text, mention, mentions) for mention in nested])
        return doc

    def english_nest(self, text: str, mention: Mention, mentions: list[Mention]) -> Mention:
        """The Data Standards Office of the Department of Digital Industry: an English unit's name
        then of / at / within the parent's, as one name (the unit named also by its own) or as
        the next name (the Center for Digital Law at Northbrook University)."""
        if mention.parent is not None or mention.type not in PARENTS or not mention.text.isascii():
            return mention
        inside = self.english_unit_of.fullmatch(mention.text)
        if inside is not None:
            name = inside.group("parent")
            known, parent_type = self.words.kb.lookup(name), self.english_body_type(name)
            if parent_type is None or not self.english_court_unit(inside.group("unit"), parent_type):
                return mention
            start = mention.start + inside.start("parent")
            parent = self.mention(name, parent_type, start, mention.end, 0.7, kb_id=known.id if known else None)
            unit = inside.group("unit")
            aliases = mention.aliases + ((unit,) if unit not in mention.aliases else ())
            return replace(mention, type=self.unit_type(mention, parent), parent=parent, aliases=aliases)
        if not self.english_unit.fullmatch(mention.text):
            return mention
        gap = _OF_PARENT.match(text, mention.end)
        parent = next((m for m in mentions if gap is not None and m.start == gap.end() and m.type in PARENTS), None)
        if parent is None or not self.english_court_unit(mention.text, parent.type):
            return mention
        return replace(mention, type=self.unit_type(mention, parent), parent=replace(parent, aliases=(), canonical=None))

    def english_court_unit(self, unit: str, parent_type: str) -> bool:
        """Whether a unit's name fits its parent: a court's unit is a chamber (the Second Chamber
        of the Supreme Court); its divisions are how the court itself is named (the Gauteng
        Division of the High Court is one court)."""
        return parent_type != "Court" or unit.endswith(self.court_units)

    def english_body_type(self, name: str) -> str | None:
        """The type of an English body's name: known, or by its kind (the Department of X, the X Court)."""
        known = self.words.kb.lookup(name)
        if known is not None:
            return known.type if known.type in PARENTS else None
        if name in self.chambers:
            return "Legislature"
        words = name.split()
        head = words[0] if words[0] in self.led_bodies and len(words) > 2 and words[1] in ("of", "for") else words[-1]
        if head == "Court":
            return "Court"
        return self.body_types.get(head)

    def nest(self, mention: Mention, candidates: list[Mention], text: str = "") -> Mention:
        """The mention with its parent, where its name is a unit's name after a body's."""
        if mention.parent is None and (known := self.known_unit(mention)) is not None:
            return self.chained(known, candidates)
        if mention.parent is not None or mention.type not in PARENTS:
            return mention
        if mention.type in STATE_BODIES:
            parent = self.parent(mention, candidates)
            if parent is not None and self.agency(mention.text[parent.end - mention.start:]):
                return mention
            if parent is not None and parent.text.endswith(self.post_bodies) and self.post_held(text, mention):
                return self.nest(parent, candidates, text)
        elif mention.kb_id is None:
            # an organisation's known unit takes its parent from the knowledge base (清华大学自动化系:
            # kg.facts.ownership name_parent), the topmost one the annotations name; an unknown one
            # the body its suffix types (南桥大学法学院)
            parent = self.typed_parent(mention)
        else:
            return mention
        if parent is None:
            return mention
        mention = replace(mention, type=self.unit_type(mention, parent))
        # 国家市场监督管理总局新闻宣传司: the unit goes by its own name too (新闻宣传司), unless every
        # body of its kind has a unit so called (知识产权庭, 第二庭): that name would join two courts' units
        rest = mention.text[parent.end - mention.start:].strip()
        aliases = mention.aliases + ((rest,) if rest not in mention.aliases and rest not in self.units_by_suffix_alone else ())
        return self.chained(replace(mention, parent=parent, aliases=aliases), candidates)

    def post_held(self, text: str, mention: Mention) -> bool:
        """黄石港区人民法院刑事审判庭负责人 X, 通州法院民一庭副庭长 X, 萧山区人民检察院检察委员会专职委员 X:
        a court's or a procuratorate's unit (context.tsv unit_post_body) named with a post in it
        (unit_post) says which office its holder has, as 美国版权局局长 does; the annotations make no
        node of the unit there, and the body is the name (its place and its parent its own).  A
        ministry's department so named (工业和信息化部装备工业一司负责人) stays a unit."""
        return text.startswith(self.unit_posts, mention.end)

    def chained(self, unit: Mention, candidates: list[Mention]) -> Mention:
        """内政部警政署刑事警察局: the parent found inside a unit's name is a unit in its turn
        (内政部警政署 of 内政部), each link its own node, named by its own name too (警政署)."""
        parent = unit.parent
        if parent is None or parent.parent is not None or parent.end - parent.start >= unit.end - unit.start:
            return unit
        return replace(unit, parent=self.nest(parent, candidates))

    def known_institute(self, parent_type: str, own, parent_id: str, rest: str) -> bool:
        """中国政法大学数据法治研究院: an organisation's unit known as one, whose own name a
        suffix makes an organisation (研究院, 研究所, 学院); a company's brand or division
        (索尼音乐, 三星电子) and a body's assembly (联合国大会) are left to the knowledge base."""
        suffix = self.words.suffix_of(rest)
        return (parent_type == "Organization" and own is not None and own.type == "Organization"
                and own.parent == parent_id and suffix is not None and suffix[1] == "Organization")

    def known_unit(self, mention: Mention) -> Mention | None:
        """美国司法部刑事司, 美国商务部国家标准与技术研究院: a state body's name followed by the
        name of a unit the knowledge base places under it (the whole name's entry, or the
        rest's, has that parent).  The unit is the known one, named also by its own name
        (刑事司), with the body as its parent."""
        if mention.text[2:].isascii():
            return None  # (every start leaves a rest opening with a Latin letter or nothing: no unit, below)
        own = self.words.kb.entries.get(mention.kb_id or "")
        for length, entry in self.words.kb.known_starts(mention.text):
            rest = mention.text[length:].strip()
            if entry is None or entry.type not in PARENTS or not rest or rest[0].isascii():
                continue
            if entry.type not in STATE_BODIES and not self.known_institute(entry.type, own, entry.id, rest):
                continue
            if rest.endswith(self.office_titles):
                return None
            unit = self.words.kb.lookup(rest)
            if unit is not None and unit.parent == entry.id and (own is None or own.id == unit.id):
                own = unit
            elif own is None or own.parent != entry.id:
                continue
            parent = self.mention(mention.text[:length], entry.type, mention.start, mention.start + length, 0.9,
                                  kb_id=entry.id)
            aliases = mention.aliases + ((rest,) if rest not in mention.aliases else ())
            return replace(mention, type=own.type, kb_id=own.id, parent=parent, aliases=aliases)
        return None

    def parent(self, mention: Mention, candidates: list[Mention]) -> Mention | None:
        inner: dict[int, Mention] = {}  # length -> the first candidate of that length at the name's start
        for c in candidates:
            # 澳门特别行政区政府经济及科技发展局: a company another family read in a state body's
            # name (…科技) is no parent of it
            if c.start == mention.start and c.end < mention.end and c.type in PARENTS - {"Company"}:
                inner.setdefault(c.end - c.start, c)
        for length, entry in self.words.kb.known_starts(mention.text, also=inner):
            if not self.unit(mention.text[length:], mention.kb_id):
                continue
            if length in inner:
                return replace(inner[length], mechanism=self.family, aliases=(), canonical=None)
            if entry.type in PARENTS:
                return self.mention(mention.text[:length], entry.type, mention.start, mention.start + length, 0.9,
                                    kb_id=entry.id)
        return self.typed_parent(mention)

    def typed_parent(self, mention: Mention) -> Mention | None:
        """經濟部國際貿易署, 经济部智慧财产局, 蓝湾集团法务部, 南桥大学法学院: a body nobody
        knows (or whose knowledge-base parent is missing) that its suffix types (经济部, 蓝湾集团),
        then a unit's name: the body is the parent, typed by its suffix.  Only a body's own name (two characters at least
        before its suffix, not a description) makes one."""
        text = mention.text
        if not re.fullmatch(f"[{CJK}]+", text):
            return None  # 公民自由、司法和内政委员会: a list or a mark inside is no body before a unit
        cuts = plain_boundaries(text)
        for length in range(len(text) - 2, PARENT_CHARS - 1, -1):
            if length not in cuts:
                continue  # 司 of 司法: the parent ends where a word does
            suffix = self.words.suffix_of(text[:length])
            if suffix is None or suffix[1] not in PARENTS or length - len(suffix[0]) < 2 \
                    or self.words.generic(text[:length], suffix[0]) or self.words.kb.place_prefix(text[:length]) \
                    or not self.unit(text[length:], mention.kb_id):
                continue
            return self.mention(text[:length], suffix[1], mention.start, mention.start + length, 0.8)
        return None

    def agency(self, rest: str) -> bool:
        """Whether a unit's own name names an agency of its body (智慧财产局, 闵行分局, 警政署),
        not a division inside it (审查委员会, 第七检察部, 数据法治研究院): the body named
        before an agency's name is how the agency's one name is written, and the
        annotations make no node of it (a unit the knowledge base knows keeps its parent)."""
        return rest.strip().endswith(self.agency_ends)

    def unit_type(self, unit: Mention, parent: Mention) -> str:
        """A unit a state body's suffix types takes a company's or an unknown organisation's type
        (SCHEMA.md: a company's division is a Company): 蓝湾集团法务部 is a Company though 部 types
        ministries; a unit of a known body keeps its type (the Committee of Ministers of the Council
        of Europe is a Regulator, 上交所上市审核委员会 one too), a unit its suffix makes a company or an organisation
        keeps it (星衡科技法律研究室), and so does a state body's (数字产业部国家人工智能中心), but
        a legislature's committee is a Legislature (议会数字事务委员会)."""
        parent_type = parent.type
        if parent_type not in STATE_BODIES and unit.type in STATE_BODIES and parent.kb_id is None:
            return parent_type
        if parent_type == "Legislature" and unit.text.endswith(self.legislature_units):
            return parent_type
        return unit.type

    def unit(self, rest: str, own: str | None = None) -> bool:
        """What follows a parent's name names a unit: a name of its own, typed by a
        suffix (民权办公室, 知识产权法庭), not a legal form (盖蒂公司 is the company) nor
        another known body's full name (the unit's own known name is: 经济部智慧财产局 is
        known as 智慧财产局 too)."""
        rest = rest.strip()
        suffix = self.words.suffix_of(rest)
        known = self.words.kb.lookup(rest) if suffix is not None else None
        return (suffix is not None and suffix[1] in STATE_BODIES | {"Organization"}
                and (len(rest) > len(suffix[0]) or rest in self.units_by_suffix_alone)
                and rest not in self.legal_forms and not rest[0].isascii() and rest[0] not in self.function_chars
                and (known is None or own is not None and known.id == own))  # 法国监管机构国家信息与自由委员会: a description, then a name
