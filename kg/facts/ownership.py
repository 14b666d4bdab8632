"""Who a model or a unit belongs to, read from the words between two names:
OpenAI 的 GPT-4o, 快手旗下的可灵, 谷歌自研的大模型 Gemini -> released; ChatGPT 开发者
OpenAI, 某大模型是中国电信自研的大模型 -> released; 阿里巴巴旗下蚂蚁集团, 欧盟委员会下设的X, 字节跳动旗下的云服务平台火山引擎,
…宣布，其下属的X -> partOf; 这家公司的最大投资者微软, 谷歌已是Anthropic的投资方 -> investedIn; and a unit named after its parent
(阿里巴巴达摩院 -> 阿里巴巴, 清华大学自动化系 -> 清华大学).  Words from
data/lexicon/context.tsv: developer, unit_of, company_word, body_kind, legal_form, investor_role.
"""
from __future__ import annotations

import re
from collections import Counter

from ..alternation import alternatives
from ..graph import fold
from ..model import Fact, Mention
from ..dates import CHINESE_DATE_SPAN
from .base import AGENTS, BODIES, Document, DocumentFamily, Sentence, SentenceFamily, Shared
from .grammar import COORDINATION, PARENTHESIS

# OpenAI 的 GPT-4o, 快手旗下的可灵, 谷歌自研的大模型 Gemini: the model belongs to the name before it
# 小红书旗下的AI绘画产品Trik AI, LG人工智能研究院拥有的超大型人工智能“EXAONE”: the kind may hold Latin letters
# and the name its quotation marks (the marks are no part of the name, and a description's AI is its kind's word);
# 旗下产品包括A、B, 推出的产品有A: the kind may open a list
OWNERSHIP = re.compile(r"^(?:的|旗下(?:的)?|(?:自研|开发|研发|推出|打造|发布|创建|领导|拥有)的)"
                       r"(?:[\u4e00-\u9fffA-Za-z]{0,8}(?:模型|人工智能|AI|产品|系统|工具|助手|平台|应用|机器人|芯片|晶片)"
                       r"(?:包括|包含|涵盖|有)?)?[“「\"]?$")

# 星辰语义大模型（TeleChat）是中国电信自研的通用大模型: a model said to be a maker's own work
MODEL_IS = re.compile(r"(?:是|为|係|為)")
MADE_BY = re.compile(r"(?:自研|自主研发|研发|开发|推出|打造|发布)的")
_REFERENCE_WORD = re.compile(r"其|它|该|此|这")  # a reference opening a name (其平台): no owner of its own
_IT = re.compile(r"其|它")


def words_outside(words: tuple[str, ...], longer: tuple[str, ...]) -> str:
    """The words as one alternation, each read only where it opens or closes none of the
    longer words that hold it (own_word's 其 in 尤其, 将其 or 其中 owns nothing).

    >>> [bool(re.search(words_outside(("其",), ("尤其", "其中")), text)) for text in ("，其平台", "尤其是", "其中")]
    [True, False, False]
    """
    def outside(word: str) -> str:
        before = "".join(f"(?<!{re.escape(other[:-len(word)])})" for other in longer
                         if other.endswith(word) and other != word)
        after = alternatives(other[len(word):] for other in longer if other.startswith(word) and other != word)
        return before + re.escape(word) + (f"(?!{after})" if after else "")

    return alternatives(words, literal=outside)


class Ownership(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.developer = shared.words["developer"]
        self.material_use = tuple(shared.words["material_use"])  # Getty的图片训练…模型: Getty's pictures, not its model
        self.grammar = shared.grammar
        # 字节跳动旗下的云服务平台火山引擎, 欧盟委员会下设的X, …宣布，其下属的X, A联同其下属的B: a unit after its parent
        units = alternatives(shared.words["unit_of"] + shared.words["unit_held"])
        kinds = alternatives(w for w in shared.words["company_word"] + shared.words["body_kind"] + shared.words["unit_kind"]
                             if not w.isascii())
        self._read_investors(shared)
        self._read_units(shared, units, kinds)
        self._read_own_words(shared, kinds)
        self._read_parents(shared)
        self._read_subject_units(shared, units, kinds)

    def _read_investors(self, shared: Shared) -> None:
        """An investor's role between two names, or opening a clause that lists the holders."""
        # 这家公司的最大投资者微软: the name after an investor's role invested in the name before
        roles = alternatives(shared.words["investor_role"])
        # (never its controlling shareholder, 控股股东: its parent)
        self.investor_gap = re.compile(rf"^的?(?:[\u4e00-\u9fff]{{0,4}}?)(?<!控股)(?:{roles})(?:包括|有|为|是)?$")
        # X成立于2024年，注册资本10亿元，股东包括A、B: a clause opening with the role tells the holders of
        # the company named last before it in the sentence
        self.investor_clause = re.compile(rf"(?:主要|其)?(?:{roles})(?:包括|有|为|是)")
        # 投资方包括A，以及B和C: a clause opening with 以及 goes on with the list
        self.list_continuation = re.compile(rf"[，,、]\s*(?:{alternatives(shared.words['list_continuation'])})\s*")
        # 谷歌此前已是Anthropic的投资方: the name before 是 invested in the one whose investor it is
        self.investor_is = re.compile(r"^[\u4e00-\u9fff]{0,4}?是$")
        self.investor_of = re.compile(rf"的(?:[\u4e00-\u9fff]{{0,4}}?)(?<!控股)(?:{roles})")

    def _read_units(self, shared: Shared, units: str, kinds: str) -> None:
        """A unit's words between its parent and its name, and the words tying a unit to its parent."""
        # 北辰集团控股的星海科技与OpenAI宣布合作: a name after 与 is the unit's partner (context.tsv unit_partner_joiner)
        self.partner_joiner = re.compile(rf"\s*(?:{alternatives(shared.words['unit_partner_joiner'])})\s*")
        described = alternatives(shared.words["unit_described"])
        former = alternatives(shared.words["former_office"])  # 某集团的前子公司X: a unit no longer
        # 某集团通过全资子公司X持有: the parent acts through the unit (context.tsv unit_through)
        through = alternatives(shared.words["unit_through"])
        # 某集团旗下媒体包括《A》、《B》: a verb may open the list after the kind (context.tsv unit_list_verb)
        listing = alternatives(shared.words["unit_list_verb"])
        self.unit_gap = re.compile(rf"^(?:.*[，,]\s*(?:由)?其|[\u4e00-\u9fff]{{0,3}}其|{through})?\s*"
                                   rf"(?:\d+(?:\.\d+)?\s*[%％])?(?:{units})\s*"  # 某集团100%控股的X: the share held
                                   rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:{kinds})(?:{listing})?)?$"
                                   # Meta的可穿戴设备部门Reality Labs: 的, a description, then a unit's kind
                                   rf"|^的(?!{former})[\u4e00-\u9fffA-Za-z]{{0,8}}?(?:{described})$")
        # X是某集团的全资子公司, X（某集团的子公司）, X为某省政府直属事业单位: the unit's kind after its parent's name
        self.unit_told = re.compile(rf"\s*[》”」]?\s*的?(?:{described})(?:之一)?\s*(?:[，,。；;）)]|$)")
        # 作为某集团的子公司，X: the parent and the unit's kind before the unit's name
        self.unit_as = re.compile(rf"(?:{alternatives(shared.words['unit_as'])})\s*$")
        self.unit_as_gap = re.compile(rf"^的?(?:{described})[，,]$")
        # 人工智能办公室设在欧盟委员会内部, 数字政策办公室隶属于创新科技及工业局, 隶属创新科技及工业局的数字政策办公室:
        # the unit named first and the parent after the words tying it (inside its parent: context.tsv inside_of)
        attached = alternatives(shared.words["attached_to"])
        self.held_by = re.compile(rf"\s*(?:{alternatives(shared.words['held_by'])})")  # X由某集团控股
        # X由某集团设立, 后者由某集团于2019年创办, X由某公司负责运营: the body it is set up or run by (context.tsv run_by)
        self.run_by = re.compile(rf"\s*(?:[于於]?\s*{CHINESE_DATE_SPAN}|[于於]?今年|[于於]?去年)?\s*(?:负责|負責|共同)?"
                                 rf"(?:{alternatives(shared.words['run_by'])})")
        self.attached_gap = re.compile(rf"^[（(]?\s*(?:{attached})\s*$")
        self.attached_before = re.compile(rf"(?:{attached})\s*$")
        self.unit_ends = tuple(shared.words["unit_name_end"])

    def _read_own_words(self, shared: Shared, kinds: str) -> None:
        """其 and 自有 standing for the owner before, and what may open a clause before its subject."""
        # Google Meet, Samsung Notes: a company's name before a word of what a product does names its product
        self.product_tails = frozenset(shared.words["product_tail"])
        # 其云服务GroqCloud, 自身AI驱动的安全运营平台Cortex, 自有的PonyPilot+: the model of the body before
        # (context.tsv own_word, never inside a word of not_own_word: 尤其, 其中, 将其)
        owners = words_outside(shared.words["own_word"], shared.words["not_own_word"])
        self.own_marker = re.compile(rf"(?:{owners})的?[^，,。；;、“”《》]{{0,14}}$")
        # 及其子公司: 其 standing for the names before it (units_owned), not inside 其他, 其中 or 尤其 (not_own_word)
        self.its = re.compile(words_outside(("其",), shared.words["not_own_word"]))
        # own_subject: what may open a clause before its subject (nothing, a description: 人工智能公司A, 总部位于巴黎的X;
        # never a tie to a name before: 起诉谷歌及其母公司Alphabet) and what names the unit or holder of a subject
        # (百度旗下百度智能云, OpenAI最大投资者微软)
        self.subject_lead = re.compile(rf"\s*(?:(?:位于|位於|(?![与與和及对對向在于於])[^，,。；;、]){{0,12}}?(?:的|{kinds}))?\s*")
        roles = alternatives((*shared.words["unit_of"], *shared.words["investor_role"], *shared.words["parent_company"]))
        self.subject_described = re.compile(rf"\s*的?[\u4e00-\u9fff]{{0,4}}?(?:{roles})的?\s*")
        # 指控其, 要求其; OpenAI公司及其ChatGPT: 其 stands for the name right before (context.tsv object_qi_verb, name_qi)
        self.object_qi = re.compile(rf"(?:{alternatives((*shared.words['object_qi_verb'], *shared.words['name_qi']))})\s*其$")
        # 对Anthropic提起诉讼，指控其抓取…来训练其聊天机器人Claude: the 其 a verb of accusing takes stands for the
        # accused, and so does every 其 after it in the clause chain up to the model
        self.accused_qi = re.compile(rf"(?:{alternatives(shared.words['accusing_qi'])})\s*其")
        # 指控Anthropic通过A、B等平台获取…，用于训练其聊天机器人Claude: the accused is the subject of what it is accused of
        self.accused_lead = re.compile(rf"(?:{alternatives(shared.words['accusing_qi'])})\s*"
                                       rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:{kinds}))?\s*$")
        self.standing = tuple(shared.words["standing_committee"])  # a congress's standing body: a node of its own
        self.inside = re.compile(rf"\s*(?:{alternatives(shared.words['inside_of'])})")

    def _read_parents(self, shared: Shared) -> None:
        """A parent company's words and a unit said to be one (为, 是)."""
        # Zoox为亚马逊旗下自动驾驶公司, 该实验室是谷歌下属的研究机构: the name before 为/是 is the unit, the
        # kind after the unit word its description (no unit of its own)
        self.unit_is = re.compile(r"^(?:为|是|系|乃|则为|则是|亦为|也是|现为|现已是)$")
        # 谷歌母公司Alphabet, 谷歌及其母公司Alphabet: the name before is a unit of the one after; Torstar是
        # 《多伦多星报》的母公司: the one after 是 a unit of the one before (a former parent, 原母公司, none)
        parents = alternatives(shared.words["parent_company"])
        self.parent_gap = re.compile(rf"^(?:的|及其|和其|与其)?\s*(?:{parents})(?:为|是|係|為)?$")  # X的控股股东为Y
        # 《A》、《B》等知名媒体的母公司潘世奇媒体: the titles listed, then what they are, then their parent
        self.listed_parent_gap = re.compile(rf"^[》」”]?\s*等[\u4e00-\u9fff]{{0,8}}的(?:{parents})\s*[「“《]?$")
        # 拥有A、B的C: C holds each title listed after its verb of holding (context.tsv unit_holding)
        self.holding_before = re.compile(rf"(?:{alternatives(shared.words['unit_holding'])})\s*[《「“]?$")
        self.parent_after = re.compile(rf"\s*[》”」]?\s*的?(?:{parents})")

    def _read_subject_units(self, shared: Shared, units: str, kinds: str) -> None:
        """A clause's units of the sentence's subject, and a unit's kind told after its name."""
        # 某集团与OpenAI宣布合作，旗下《A》和《B》的内容…: a clause opening with a unit word (no 其) holds the units
        # of the sentence's subject
        self.clause_units = re.compile(rf"[，,]\s*(?:{alternatives(shared.words['unit_of'])})\s*(?:[\u4e00-\u9fff]{{0,8}}(?:{kinds}))?\s*$")
        self.modifier_after = re.compile(rf"\s*(?:{units})")  # 由Exor控股的GEDI: Exor holds the subject, no subject
        self.subject_opening = re.compile(rf"(?:^|的|{kinds})\s*$")  # nothing, or a description, before the subject
        self.described_unit = re.compile(rf"\s*(?:{units})\s*[\u4e00-\u9fffA-Za-z]{{0,8}}?(?:{kinds})"
                                         rf"(?:之一)?\s*(?:[，,。；;）)]|$)")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, evidence, ordered = sentence.text, sentence.evidence, sentence.mentions
        facts = []
        for mention, following in zip(ordered, ordered[1:]):
            gap = text[mention.end:following.start].strip()
            # X旗下人工智能（AI）聊天机器人Grok: a gloss inside the kind is no gap
            if mention.type in BODIES | {"Person"} and following.type == "AIModel" and OWNERSHIP.match(PARENTHESIS.sub("", gap)) \
                    and not any(use in gap for use in self.material_use):
                # 宇树旗下产品包括人形机器人G1、H1: each model named together after the kind
                models = self.grammar.group(text, [m for m in ordered if m.start >= following.start], {"AIModel"},
                                            from_right=False)
                facts += [Fact(mention, "released", model, evidence, 0.8) for model in models or [following]]
            elif mention.type == "Company" and following.type == "AIModel" and self.stem_before(text, mention, following):
                facts.append(Fact(mention, "released", following, evidence, 0.8))
            if mention.type == "AIModel" and following.type in BODIES and any(gap.endswith(d) for d in self.developer):
                facts.append(Fact(following, "released", mention, evidence, 0.8))
            if mention.type == "AIModel" and following.type in BODIES and MODEL_IS.fullmatch(PARENTHESIS.sub("", gap).strip()) \
                    and MADE_BY.match(text, following.end):
                facts.append(Fact(following, "released", mention, evidence, 0.8))  # X是Y自研的大模型: Y's model
            holder = self.held(sentence, mention, following, gap)
            if holder is not None and following.type in AGENTS:
                # Ampere的两大股东甲骨文和凯雷集团: each investor named together
                investors = self.investors(text, [m for m in ordered if m.start >= following.start])
                facts += [Fact(investor, "investedIn", holder, evidence, 0.75) for investor in investors or [following]
                          if investor is not holder]
            if mention.type in AGENTS - {"Jurisdiction"} and following.type in BODIES and self.investor_is.match(gap) \
                    and self.investor_of.match(text, following.end):
                facts.append(Fact(mention, "investedIn", following, evidence, 0.75))
            if mention.type in BODIES and following.type in BODIES and \
                    (units := self.listed_units(sentence, mention, following, PARENTHESIS.sub("", gap).strip())):
                facts += [Fact(unit, "partOf", following, evidence, 0.75) for unit in units]
                continue
            if mention.type in BODIES and following.type in BODIES and self.parent_gap.match(gap):
                facts.append(Fact(mention, "partOf", following, evidence, 0.8))
                continue
            if mention.type in BODIES and following.type in BODIES and self.unit_is.match(gap.rstrip("《“「 ")) \
                    and self.parent_after.match(text, following.end):
                facts.append(Fact(following, "partOf", mention, evidence, 0.8))
                continue
            # 加州民权部（Civil Rights Department）下属的民权委员会: the parent's gloss is no gap
            if mention.type in BODIES and following.type in BODIES \
                    and self.unit_described_after(text, PARENTHESIS.sub("", gap).strip(), following):
                facts.append(Fact(mention, "partOf", following, evidence, 0.8))
                continue
            if mention.type in BODIES and following.type in BODIES and self.unit_as_gap.match(gap) \
                    and self.unit_as.search(text, max(sentence.start, mention.start - 4), mention.start):
                facts.append(Fact(following, "partOf", mention, evidence, 0.8))
                continue
            # 南湖电子（以下简称“公司”）全资子公司X: the bracket an alias closes is no gap
            if mention.type in BODIES and following.type in BODIES \
                    and self.unit_gap.match(PARENTHESIS.sub("", gap).lstrip("”」’）) ").rstrip("《“「 ")) \
                    and not self.described(text, ordered, mention):
                # 新闻集团旗下的道琼斯和纽约邮报: each unit named together (not past another parent's unit: A下属的B、C下属的D)
                units = self.grammar.group(text, [m for m in ordered if m.start >= following.start], BODIES, from_right=False,
                                           across_units=False)
                units = self.units_owned(text, ordered, mention, units or [following])
                facts += [Fact(unit, "partOf", mention, evidence, 0.8) for unit in units]
        facts += self.attached(sentence)
        facts += self.subjects_units(sentence)
        facts += self.bracketed(sentence)
        facts += self.own_products(sentence)
        facts += [Fact(maker, "released", mention, evidence, 0.8)
                  for mention in ordered if (maker := self.name_maker(mention, sentence.named)
                                             or self.maker_inside(mention, sentence.named)
                                             or self.short_form_maker(mention, sentence.named)) is not None]
        for mention in ordered:
            parent = self.unit_parent(mention, sentence.named)
            if parent is not None and not self.parent_named(mention, parent, sentence.named, sentence.text):
                continue  # 华东师范大学传播学院 alone: the school, and no node for a university never named
            facts += self.unit_facts(mention, parent, evidence)
        return facts

    def listed_units(self, sentence: Sentence, last: Mention, parent: Mention, gap: str) -> list[Mention]:
        """The units a list ending at ``last`` names before their parent ``parent``: 《A》、《B》等知名媒体的母公司C
        (what they are, then the parent's word), 拥有A、B的C (a verb of holding opening the list, then 的)."""
        text = sentence.text
        before = [m for m in sentence.mentions if m.end <= last.end]
        if self.listed_parent_gap.match(gap):
            return self.grammar.group(text, before, BODIES, from_right=True) or [last]
        if gap.lstrip("》」” ") != "的":
            return []
        units = self.grammar.group(text, before, BODIES, from_right=True) or [last]
        opening = self.grammar.clause_start(text, sentence.start, units[0].start)
        return units if self.holding_before.search(text, opening, units[0].start) else []

    def subjects_units(self, sentence: Sentence) -> list[Fact]:
        """蓝湾传媒集团与OpenAI宣布合作，旗下《南湖日报》和《东岸晚报》的内容将接入: the units named
        together after a clause's opening unit word belong to the subject, the first body of the
        sentence that holds no other (由北辰控股控股的蓝湾集团: 北辰控股 is the holder of the subject) and
        opens its clause, or follows a description."""
        text, ordered = sentence.text, sentence.mentions
        for index, following in enumerate(ordered):
            if following.type not in BODIES or not index or not self.clause_units.search(text, sentence.start, following.start):
                continue
            if ordered[index - 1].end > self.grammar.clause_start(text, sentence.start, following.start):
                return []  # a name in the clause before the unit word: the pair reading owns it
            subject = next((m for m in ordered[:index] if m.type in ("Company", "Organization")
                            and not self.modifier_after.match(text, m.end)), None)
            if subject is None or not self.subject_opening.search(
                    text[self.grammar.clause_start(text, sentence.start, subject.start):subject.start]):
                return []  # 云岭集团与OpenAI合作，旗下…: where the subject went unfound, the name after 与 is none
            units = self.grammar.group(text, ordered[index:], BODIES, from_right=False, across_units=False)
            return [Fact(unit, "partOf", subject, sentence.evidence, 0.75) for unit in units or [following]]
        return []

    def own_products(self, sentence: Sentence) -> list[Fact]:
        """Groq继续运营，其云服务GroqCloud; 派拓网络计划将其与自身的安全平台Cortex整合; 小马智行通过自有的
        PonyPilot+平台: a model after a word of owning (其, 自身, 自有) in the clause of the body named last
        before it is that body's product."""
        text, facts = sentence.text, []
        # 将其与自身的平台X: a 其 read as a name before stands for the other party, no maker
        ordered = [m for m in sentence.mentions if not _REFERENCE_WORD.match(text[m.start:m.end])]
        for index, model in enumerate(ordered):
            if model.type != "AIModel" or not index:
                continue
            previous = ordered[index - 1]
            if previous.type not in BODIES or not self.own_marker.search(text[previous.end:model.start]):
                continue
            named = [m for m in sentence.mentions if m.end <= model.start and not _IT.match(text[m.start:m.end])]
            marker = self.own_marker.search(text, previous.end, model.start)
            owner = previous if self.object_qi.search(text, previous.end, marker.start() + 1) \
                or self.accused_qi.search(text, previous.end, marker.start()) else self.own_subject(sentence, named)
            facts.append(Fact(owner, "released", model, sentence.evidence, 0.75))
        return facts

    def own_subject(self, sentence: Sentence, before: list[Mention]) -> Mention:
        """Whose 其 it is: the subject of its clause chain, not an object or a partner named
        nearer (Mistral AI与法新社签约，其聊天助手Le Chat; A在未获许可的情况下抓取Reddit用户内容训练其Claude
        模型; 该公司脱胎于剑桥大学工程系，其ARIC平台: A, 该公司).  A body is a subject where its clause
        opens with it or with a description (subject_lead: 人工智能公司A), or where a subject's unit or
        role word names it (百度旗下百度智能云宣布，其…; OpenAI最大投资者微软透过其…: the one described),
        or where a verb of accusing takes it (指控A通过B等平台获取数据，用于训练其模型: A, not the
        source named after it); with no subject, the body named last."""
        text, subjects = sentence.text, []
        bodies = [m for m in before if m.type in BODIES]
        for body in bodies:
            if subjects and self.subject_described.fullmatch(text, subjects[-1].end, body.start):
                subjects[-1] = body
            elif self.subject_lead.fullmatch(text, self.grammar.clause_start(text, sentence.start, body.start), body.start) \
                    and not text.startswith("的", body.end) \
                    or self.accused_lead.search(text, max(sentence.start, body.start - 16), body.start):
                subjects.append(body)
        return (subjects or bodies)[-1]

    @staticmethod
    def stem_before(text: str, maker: Mention, product: Mention) -> bool:
        """Whether a company's name stands right against a model's, with no word between
        (优必选Walker S, 百度文心一言): Chinese names a product by its maker's short name put first."""
        gap = text[maker.end:product.start]
        return gap in ("", " ") and not maker.text.isascii()

    def units_owned(self, text: str, ordered: list[Mention], parent: Mention, units: list[Mention]) -> list[Mention]:
        """The units a word of owning after ``parent`` reaches in the list it opens (蓝湾集团下属的A、B和C:
        each): only the first where the parent is itself one of a list of peers (NSA、FBI，以及澳大利亚信号局
        下属的ACSC、新西兰国家网络安全中心: the modifier owns the one name after it), and never past a joint
        word (科技部直属的A联合B、C: B and C are A's partners), a name opening with another place than the
        first unit's (…下属的澳大利亚网络安全中心、新西兰国家网络安全中心), one with an owner of its own
        (腾讯旗下的微信和阿里巴巴旗下的支付宝) or one after 与 (旗下的A与OpenAI宣布合作: A's partner)."""
        before = [m for m in ordered if m.end <= parent.start and m.type in BODIES]
        # 迪士尼（Disney）、康卡斯特（Comcast）旗下环球影业与华纳兄弟探索: a gloss is no gap of the list
        if before and (COORDINATION.match(gap := PARENTHESIS.sub("", text[before[-1].end:parent.start]))
                       or self.list_continuation.fullmatch(gap)):
            # 迪士尼、环球影业及其子公司皮克斯、漫威: 其 stands for the whole list, and which of them owns each is left open
            return [] if self.its.search(text[parent.end:units[0].start]) else units[:1]
        places = {place.kb_id or place.text for place in self.shared.leading_places(units[0])}
        owned = units[:1]
        for previous, unit in zip(units, units[1:]):
            own_places = {place.kb_id or place.text for place in self.shared.leading_places(unit)}
            next_start = next((m.start for m in ordered if m.start >= unit.end), unit.end)
            owns_next = self.unit_gap.match(text[unit.end:next_start].strip()) is not None
            if self.grammar.joint_gap(text[previous.end:unit.start]) or own_places and own_places != places or owns_next \
                    or self.partner_joiner.fullmatch(text, previous.end, unit.start):
                break
            owned.append(unit)
        return owned

    def unit_described_after(self, text: str, gap: str, parent: Mention) -> bool:
        """Whether the words around ``parent`` tell the name before it its unit: 为/是/系 and
        a unit word with a kind (Zoox为亚马逊旗下自动驾驶公司) or a unit's kind (X是某集团的全资
        子公司); the same in brackets (X（某集团的子公司）) or between commas (X，某集团旗下的
        人工智能企业，).  Either name's gloss is no gap: 南湖知识产权局（NIPO）是南湖创新部（MIC）的下属机构."""
        if self.unit_is.match(gap):
            told_at = gloss.end() if (gloss := PARENTHESIS.match(text, parent.end)) else parent.end
            return bool(self.described_unit.match(text, told_at) or self.unit_told.match(text, told_at))
        if gap in ("（", "("):
            return self.unit_told.match(text, parent.end) is not None
        if gap in ("，", ","):  # an apposition closes with its comma, not with the sentence
            told = self.described_unit.match(text, parent.end) or self.unit_told.match(text, parent.end)
            return told is not None and told.group().rstrip()[-1:] in ("，", ",")
        return False

    def described(self, text: str, ordered: list[Mention], parent: Mention) -> bool:
        """Whether ``parent`` follows a unit told by 为/是 (Zoox为亚马逊旗下自动驾驶公司): the
        kind after the unit word then describes that unit and is none of its own."""
        before = [m for m in ordered if m.end <= parent.start and m.type in BODIES]
        return bool(before) and self.unit_is.match(text[before[-1].end:parent.start].strip()) is not None \
            and self.described_unit.match(text, parent.end) is not None

    def unit_parent(self, mention: Mention, named: list[Mention]) -> Mention | None:
        """The body a unit's own name, or the family that found it, makes it a unit of."""
        return mention.parent or self.name_parent(mention, named)

    def unit_facts(self, mention: Mention, parent: Mention | None, evidence) -> list[Fact]:
        """A unit's partOf its parent, the parent's place where a state body's name opens
        with it, and each link of a chained name."""
        facts = []
        if parent is not None and not (mention.type == "Regulator" and self.shared.holds_office(mention.text)):
            facts.append(Fact(mention, "partOf", parent, evidence, 0.8))  # 荷兰数据保护局局长: an office, no unit
        if mention.parent is not None and mention.parent.type in ("Regulator", "Legislature", "Court"):
            # found inside the unit's name (kg.mentions.nested): its place too (a state body's; the
            # annotations place no university by the country its name opens with)
            facts += [Fact(parent, "jurisdiction", place, evidence, 0.85) for place in self.shared.leading_places(parent)
                      if self.placed_there(parent, place)]
        link = mention.parent  # 内政部警政署刑事警察局: each link of a chained name is a unit of the one before
        while link is not None and link.parent is not None:
            facts.append(Fact(link, "partOf", link.parent, evidence, 0.8))
            link = link.parent
        return facts

    def held(self, sentence: Sentence, mention: Mention, following: Mention, gap: str) -> Mention | None:
        """The company whose holders a role before ``following`` names: the name right before
        (这家公司的最大投资者微软), or the last company before a clause the role opens
        (X成立于2024年，注册资本10亿元，股东包括A)."""
        if mention.type in BODIES and self.investor_gap.match(gap):
            return mention
        text = sentence.text
        clause_start = self.grammar.clause_start(text, sentence.start, following.start)
        if clause_start <= mention.end or not self.investor_clause.fullmatch(text[clause_start:following.start].strip()):
            return None
        return next((m for m in reversed(sentence.mentions) if m.end <= clause_start and m.type in ("Company", "Organization")
                     and m.start >= sentence.start), None)

    def investors(self, text: str, following: list[Mention]) -> list[Mention]:
        """The names coordinated from the first, a list going on after 以及 (A，以及B和C),
        up to a 与 that opens another clause (…微软与谷歌竞争)."""
        investors = self.grammar.group(text, following, AGENTS, from_right=False)
        while investors and (more := next((m for m in following if m.start >= investors[-1].end + 1), None)) \
                and self.list_continuation.fullmatch(text, investors[-1].end, more.start):
            investors += self.grammar.group(text, [m for m in following if m.start >= more.start], AGENTS, from_right=False)
        return investors[:next((i for i, (a, b) in enumerate(zip(investors, investors[1:]), 1)
                                if "与" in text[a.end:b.start]), len(investors))]

    def attached(self, sentence: Sentence) -> list[Fact]:
        """A设在B内部 (之下), A隶属于B, A（隶属B）, A由B控股, A为B所有, A由B设立 (运营, 主办): A is a unit of B; 隶属B的A: the same, the
        parent first (a parent's gloss is no gap: 隶属创新科技及工业局（ITIB）的数字政策办公室)."""
        text, facts = sentence.text, []
        bodies = [m for m in sentence.mentions if m.type in BODIES]
        for first, second in zip(bodies, bodies[1:]):
            gap = PARENTHESIS.sub("", text[first.end:second.start]).strip()
            after = PARENTHESIS.sub("", text[second.end:second.end + 40])
            if self.attached_gap.match(gap):
                placed = re.match(r"\s*设", gap.lstrip("（(")) is not None  # 设在B: only where B's inside is said
                if not placed or self.inside.match(after):
                    facts.append(Fact(first, "partOf", second, sentence.evidence, 0.8))
            elif gap in ("由", "为", "為") and self.held_by.match(after):  # X由某集团控股, X为某集团所有
                facts.append(Fact(first, "partOf", second, sentence.evidence, 0.8))
            elif gap in ("由", "是由", "系由", "係由") and self.run_by.match(after):  # X由某集团设立, X由某公司运营
                facts.append(Fact(first, "partOf", second, sentence.evidence, 0.8, rule="ownership/run_by"))
            elif gap == "的" and self.attached_before.search(text, max(sentence.start, first.start - 6), first.start) \
                    and not text[max(sentence.start, first.start - 6):first.start].rstrip().endswith(("设在", "设于")):
                facts.append(Fact(second, "partOf", first, sentence.evidence, 0.8))
        return facts

    def bracketed(self, sentence: Sentence) -> list[Fact]:
        """发布方：美团（LongCat团队）, 阿里巴巴（阿里云）: the name in brackets right after a
        company's is its unit where its own name ends as a unit's does (context.tsv
        unit_name_end) or the knowledge base places it under that company (kg.mentions.alias
        takes no such name for another of the company's names)."""
        text, facts = sentence.text, []
        bodies = [m for m in sentence.mentions if m.type in BODIES]
        for first, second in zip(bodies, bodies[1:]):
            if text[first.end:second.start].strip() not in ("（", "(") \
                    or text[second.end:second.end + 1] not in ("）", ")") or first.type not in ("Company", "Organization"):
                continue
            known = self.kb.entries.get(second.kb_id or "")
            if (second.text.endswith(self.unit_ends) and second.text != first.text
                    or known is not None and first.kb_id and known.parent == first.kb_id):
                facts.append(Fact(second, "partOf", first, sentence.evidence, 0.8))
        return facts

    def placed_there(self, body: Mention, place: Mention) -> bool:
        """Whether a place a body's name begins with is its place: a known body's is the one
        the knowledge base gives it (欧洲议会 begins with 欧洲 and belongs to 欧盟)."""
        entry = self.kb.entries.get(body.kb_id or "")
        return entry is None or entry.jurisdiction is None or entry.jurisdiction == place.kb_id

    def name_parent(self, mention: Mention, named: list[Mention]) -> Mention | None:
        """阿里巴巴达摩院 -> 阿里巴巴; 清华大学自动化系 -> 清华大学: a unit named after its parent.
        An English company's name opening with a known company's (Google Books, Disney
        Enterprises, Getty Assets, Midjourney AI) is a brand, a product or a legal entity of it by
        its name alone, no unit the real annotations give (a text calling it a unit says so:
        kg.facts.cue, english); another English name (an organisation's) is a unit only where the
        item names that body on its own too, and not where it ends in a word of what a product
        does (context.tsv product_tail: Google Meet, Samsung Notes)."""
        if mention.type not in ("Company", "Organization") or mention.kb_id or \
                mention.type == "Company" and mention.text.isascii():
            return None
        for length, entry in self.kb.known_starts(mention.text):
            if mention.text[length:].strip() in self.kb.legal_forms:
                return None  # 盖蒂公司: the company itself, not a unit of it
            if mention.text.isascii() and not self.named_alone(entry.id, mention, named):
                return None
            if mention.text.isascii() and not self.product_tails.isdisjoint(mention.text[length:].split()[-1:]):
                return None  # Google Meet beside Google: a product, no unit of the company
            if entry.type in BODIES:
                length = len(mention.text[:length].rstrip())  # Nvidia Foundry: the parent is "Nvidia", not "Nvidia "
                return Mention(mention.text[:length], entry.type, mention.start, mention.start + length,
                               kb_id=entry.id, mechanism="prefix", confidence=0.9)
        return None

    def name_maker(self, model: Mention, named: list[Mention]) -> Mention | None:
        """Snowflake Arctic, Nvidia DGX Cloud, 腾讯混元 -> the company whose known name the
        model's opens with, where the item names that company on its own too (the maker
        of a model named after it; a namesake never named alone makes nothing)."""
        if model.type != "AIModel" or model.kb_id:
            return None
        for length, entry in self.kb.known_starts(model.text):
            if entry is not None and entry.type in ("Company", "Organization") and length < len(model.text):
                return next((m for m in named if m.kb_id == entry.id and not model.start <= m.start < model.end), None)
        return None

    def maker_inside(self, model: Mention, named: list[Mention]) -> Mention | None:
        """OpenAI o1, Microsoft Co-Pilot, where the item never names OpenAI or Microsoft alone: the
        known company the model's name opens with, as a mention at those words, released it (the
        real dev annotations give that maker its node and the released edge in 3 of the 4 documents
        of devA and devB naming such a model; name_maker's "never named alone" had no count behind
        it).  A known model only where that company is the knowledge base's maker of it (or of its
        family's); a company the item names alone is name_maker's."""
        if model.type != "AIModel":
            return None
        known = self.kb.entries.get(model.kb_id or "")
        for length, entry in self.kb.known_starts(model.text):
            if entry is None or entry.type != "Company":
                continue
            if known is not None and entry.id not in self.kb.lineage(known.parent):
                return None
            if any(m.kb_id == entry.id and not model.start <= m.start < model.end for m in named):
                return None
            length = len(model.text[:length].rstrip(" -"))
            return Mention(model.text[:length], "Company", model.start, model.start + length,
                           kb_id=entry.id, mechanism="prefix", confidence=0.9)
        return None

    def short_form_maker(self, model: Mention, named: list[Mention]) -> Mention | None:
        """Presto Voice in an item naming Presto Automation Inc.: an unknown model of Latin words
        whose first words are the first words of exactly one company the item names, words of its own
        following them on both sides (Susquehanna 9 beside Susquehanna 9 News is the company's short
        name), no name the knowledge base knows by those words alone, is that company's (the
        company's short name opening its product's, as name_maker's known one)."""
        words = model.text.split()
        if model.type != "AIModel" or model.kb_id or len(words) < 2 or not model.text.isascii():
            return None
        makers = {}
        for company in named:
            if company.type != "Company" or model.start <= company.start < model.end:
                continue
            own = (company.canonical or company.text).split()
            shared = next((count for count in range(min(len(own), len(words)), 0, -1) if own[:count] == words[:count]), 0)
            # Susquehanna 9 beside Susquehanna 9 News: the company's own short name, no product of it
            if 0 < shared < min(len(own), len(words)) and own[0][:1].isupper() \
                    and self.kb.lookup(" ".join(words[:shared])) is None:
                makers.setdefault(company.canonical or company.text, company)
        return next(iter(makers.values())) if len(makers) == 1 else None

    def parent_named(self, unit: Mention, parent: Mention, named: list[Mention], text: str) -> bool:
        """Whether a company or organisation read inside its unit's name (北京师范大学 in
        北京师范大学新闻传播学院, LG in LG人工智能研究院) is a node: only where the item names
        it on its own too (the annotations give no node, nor partOf, for a university or a
        company named only as the start of its unit's name; a state body they do give, but not
        inside the name of an agency the knowledge base knows (内政部警政署, 公安部网安局: the
        real dev annotations give the ministry no node, 8 such partOf of 8 false; the written
        sets' annotations do, 13 of 17); a company's unit known with its parent they give too).
        A parent named outside the unit's name (其下属的X) always is; so is one written alone
        where no family found a name (南桥大学近日宣布: the words of the parent in ``text``, the
        item's, outside every name)."""
        standing = parent.type == "Legislature" and unit.text.endswith(self.standing)  # 全国人民代表大会常务委员会
        if not unit.start <= parent.start < unit.end:
            return True
        known = self.kb.entries.get(unit.kb_id or "")
        if parent.type not in ("Company", "Organization"):
            # 工信部电子知识产权中心: a state body is a node named inside its unit's name too; not inside the name of an
            # agency the knowledge base knows as a body of its own (内政部警政署, 公安部网安局, 经济部智慧财产局: the text
            # names that agency, and the real annotations give its ministry no node unless the text names it alone too)
            if known is None and not standing:
                return True
        elif known is not None and parent.kb_id and known.parent == parent.kb_id:
            return True  # 中国政法大学数据法治研究院: a unit the knowledge base knows with its parent
        return self.names(parent, [m for m in named if not unit.start <= m.start < unit.end]) \
            or self.written_alone(parent.text, text, named)

    @staticmethod
    def written_alone(name: str, text: str, named: list[Mention]) -> bool:
        """Whether ``text`` holds ``name`` somewhere no one of ``named`` overlaps but from inside (the
        place 云岭省 in 云岭省互联网协会召开年会 is part of the name)."""
        return any(not any(m.start < at.end() and at.start() < m.end and not (at.start() <= m.start and m.end <= at.end())
                           for m in named) for at in re.finditer(re.escape(name), text))

    @staticmethod
    def names(parent: Mention, named: list[Mention]) -> bool:
        """Whether one of ``named`` names the body ``parent``: its known entry or its name."""
        key = fold(parent.text)
        return any(parent.kb_id and m.kb_id == parent.kb_id
                   or key in {fold(name) for name in (m.text, m.canonical or "", *m.aliases)} for m in named)

    @staticmethod
    def named_alone(entry_id: str, unit: Mention, named: list[Mention]) -> bool:
        """Whether the item names the known body ``entry_id`` outside the unit's name."""
        return any(m.kb_id == entry_id and not (unit.start <= m.start < unit.end) for m in named)


class UnitsNamedElsewhere(DocumentFamily):
    """北京师范大学新闻传播学院 in one item, 北京师范大学 alone in another: the unit whose
    parent its own item names only inside the unit's name (Ownership.parent_named) is
    still a unit of it where another item of the document names the parent alone."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.ownership = Ownership(shared)

    def facts(self, document: Document) -> list[Fact]:
        facts = []
        # what each item names (Ownership.names: known entries and folded names), counted on the first
        # unit, so that "another item names it" is the document's count less the item's own
        item_names: list[Counter] = []
        document_names: Counter = Counter()
        for index, (item, text, mentions) in enumerate(document.items):
            for mention in mentions:
                parent = self.ownership.unit_parent(mention, mentions)
                if parent is None or self.ownership.parent_named(mention, parent, mentions, text):
                    continue
                if not item_names:
                    item_names = [self.named(named) for _, _, named in document.items]
                    for named in item_names:
                        document_names.update(named)
                if not any(document_names[name] > item_names[index][name] for name in self.names_of(parent)):
                    continue
                facts += self.ownership.unit_facts(mention, parent, self.shared.evidence_at(item, text, mention))
        return facts

    @staticmethod
    def names_of(parent: Mention) -> list[tuple[str, str]]:
        """What a mention names the body ``parent`` by (Ownership.names): its entry, its folded name."""
        return [("id", parent.kb_id)] * bool(parent.kb_id) + [("name", fold(parent.text))]

    @staticmethod
    def named(mentions: list[Mention]) -> Counter:
        """The names of Ownership.names the mentions give, each counted once per mention:
        ("id", entry) for a known entry and ("name", folded) for each of its names."""
        counts = Counter()
        for m in mentions:
            counts.update({("name", fold(name)) for name in (m.text, m.canonical or "", *m.aliases)})
            if m.kb_id:
                counts[("id", m.kb_id)] += 1
        return counts


class LocalDepartments(DocumentFamily):
    """安徽省人民政府 and 安徽省经济和信息化厅 named in one document: a department a local government's
    place opens and a department's word ends (context.tsv local_department_end) is one of that
    government's departments (省政府各部门), partOf it; a department of another province is not."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.government_words = tuple(shared.words["local_government"])
        self.department_ends = tuple(shared.words["local_department_end"])

    def facts(self, document: Document) -> list[Fact]:
        governments = {m.text: m for _, _, mentions in document.items for m in mentions
                       if m.type == "Regulator" and m.text.endswith(self.government_words)}
        facts = []
        for item, text, mentions in document.items:
            for department in mentions:
                if department.type != "Regulator" or not department.text.endswith(self.department_ends) \
                        or any(word in department.text for word in self.government_words):  # 安徽省人民政府办公厅: kg.mentions.nested
                    continue
                places = self.shared.leading_places(department)
                government = next((governments[places[-1].text + word] for word in self.government_words
                                   if places and places[-1].text + word in governments), None)
                if government is not None:
                    facts.append(Fact(department, "partOf", government, self.shared.evidence_at(item, text, department), 0.75))
        return facts
