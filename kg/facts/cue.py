"""Relations a cue word states, with the typed names around it in its sentence:
国家网信办联合公安部发布《规范》 -> issued (each), partnered.

A cue (data/lexicon/triggers.tsv) proposes relations; the ontology's argument types
choose among them (发布 + Law: issued, 发布 + AIModel: released).  Heads come from the
left, tails from the right; coordinated names (A、B和C) share a role; 被/遭 swap the
roles, and so does 由 (该法案由参议员X于5月提出: X proposed it); 向/对/针对 (与 for a
partner) put the tail before the cue, and so does 命令 (A命令B停止…: A banned B); a
joint actor (A联合B发布) adds partnered; a draft (草案) makes issued proposed.  Words
from data/lexicon/context.tsv: passive, agent_marker, not_agent, act_filler, causative,
joint, draft, draft_modal, access, negation, act_intention, deal_talks, partner_marker, target_marker, defendant_marker,
complaint_venue_marker (X向国家网信办举报Y: Y accused, the body the venue; A代表B投诉: both accuse), report_cue
(X向苹果和谷歌举报Y: a report of Y to anyone, Y accused), sanction_intention (可能对X处以罚款, 考虑禁止X: none done),
on_behalf, person_title, judge, subject_pronoun, law_reference, not_cue, in_force, unit_of, member_of, final_passage,
legislative_passage, along_with, along_modifier, suit_filing (被A提起版权诉讼: the filing of a passive's suit), distributive (三读通过 a draft bill: it is passed, issued;
公布「A」，连同同步修正的「B」: B too; AMD、博通相继签约: no pair), joint_target (与B对A进行联合调查: A is no partner);
a seller (从A手中收购B, kg.facts.stake) is no head; a partOf cue (X所隶属的Y) reads no passive.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from ..alternation import alternation, alternatives
from ..model import SYMMETRIC_RELATIONS as SYMMETRIC
from ..model import STATE_ACTED, Fact, Mention, inside_any
from .base import HOSTILE, PARTIES, SIGNATURES, TARGETED, Sentence, SentenceFamily, Shared, confidence, key
from ..dates import CHINESE as DATE
from ..dates import CHINESE_MONTH_DAY, CHINESE_YEAR
from ..mentions.words import CJK
from ..punctuation import CLAUSE_BREAK, CLAUSE_END
from ..segment import dispatch_words
from .grammar import CHINESE_AND, ENUMERATION_COMMA, PARENTHESIS, Words, clause_breaks, joiner, party_place, sought, window
from .place import descriptions
from .stake import SellerFrame
from .triggers import Cue

WINDOW = window("cue.WINDOW")  # characters a role may stand from its cue
QUESTION_MARKS = ("？", "?")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,16}")  # the words right after a place, up to a bracket or a mark
_JOINING = "与和及、对向在由被将同跟"  # a word after a place that joins it to what follows: no name goes on
DRAFT_BEFORE = window("cue.DRAFT_BEFORE")  # characters before an instrument where a draft word describes it (the proposed X, 草案《X》)
_GLOSS = re.compile(r"[（(][^（）()]{1,8}[)）]")  # 王芳（化名）: a name's bracketed gloss
_QUOTES_AND_BLANKS = re.compile(r"[\s“”《》]")  # (Cues.wordy, sanctioned: what no word of a gap is)
LIST_MARKS = re.compile(joiner(ENUMERATION_COMMA, "和", "及"))  # what joins the names of a list (A、B和C; no 与: A与B marks a partner)
TOPIC_MODIFIER = window("cue.TOPIC_MODIFIER")  # characters of a clause on a sentence's topic before it (8月15日起施行的)
# 三大, 两家: the count of a list's names before the description of their kind (Cues.listed_before_place)
_LIST_COUNT = re.compile(r"\s*(?:等)?\s*(?:\d+|[一二两三四五六七八九十几数多]+)\s*(?:大|家|个|名|位)\s*")
_COUNT = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十百千几数多]+)\s*(?:家|个|名|位|所|间|款|部门|部委)")  # 五家, 27个, 十部门


# IT之家 3 月 12 日消息，…; 北京商报讯，…; 新华社北京12月27日电 …; 凤凰科技讯（作者/X）…: the outlet of a
# news item's dateline (a place may stand before its date; a comma, a space or a bracket ends it), no actor of
# what the item tells
DATELINE = re.compile(rf"\s*(?:[{CJK}]{{0,6}}?{CHINESE_MONTH_DAY}\s*)?(?:{dispatch_words('dispatch', 'dispatch_news')})(?:\s*[，,：:（(]|[ \u3000]+(?=\S))")
# （中央社记者X台北23日电）, (X海牙3日综合外电报导): the outlet opening a bracketed dateline
BRACKETED_DATELINE = re.compile(rf"[^（）()\n，,。；;]{{0,30}}?(?:{dispatch_words('dispatch', 'dispatch_news', 'dispatch_report')})\s*[)）]")

COMPLAINT_THEN = re.compile(r"^(?:之?后)?[，,]?")  # 接到X的举报后，对Y立案: the act after the complaint
STATE_BODIES = frozenset({"Regulator", "Legislature", "Court"})  # where a complaint is lodged (Cues.complained_of)
INTENDED = frozenset({"sued", "investigated", "accused"})  # acts an intention before their cue leaves undone (Cues.facts)
COURT_RULED = frozenset({"banned"})  # a court's order of these is its ruling on a party (美国联邦法院对X发出禁令: adjudicated)
SANCTIONS = frozenset({"fined", "banned"})  # acts a weighed or urged sanction leaves undone (可能对X处以罚款; an announced plan is told as done)
LITIGATION = frozenset({"sued", "settled"})  # acts whose other side may stand after a long description (Cues.target_marker)
MATTERED = frozenset({"investigated", "fined"})  # acts whose target 就X的… may name (Cues.matter)
BAN_ORDERING = frozenset({"Regulator", "Legislature", "Jurisdiction"})  # who orders a ban named as a noun (对X发布禁令)
DEALS = frozenset({"acquired", "investedIn", "partnered"})  # what a called-off deal would have made
SOUGHT = DEALS | {"settled"}  # what a deal or settlement sought, proposed or hoped for would make (grammar.sought)
DEPICTED_PARTIES = frozenset({"accused", "sued", "banned", "settled"})  # acts no subject of the accused content is a party of (Depicted)
DEPICTED_REACH = window("cue.DEPICTED_REACH")  # characters an accused content's noun may stand before its subject (images posted on A allegedly showing X)

# acts a company's officer announces for it: 辉达首席执行官黄仁勋宣布将与鸿海合作 (辉达 partners)
SPOKEN_FOR = frozenset({"partnered", "acquired", "investedIn"})
VENTURERS = frozenset({"Company", "Organization"})  # the partners of a venture who are partners of each other too
VENTURE_ACTS = frozenset({"released", "issued", "proposed"})  # 合作开发, 合作推出, 合作发布: what a venture makes
VENTURE_GAP = window("cue.VENTURE_GAP")  # characters a word of making may stand after the partnering word (合作共同开发, 合作将推出)



#: What may stand between a name and the 的 of a relative clause on a law and say nothing:
#: spaces and parenthesised glosses (kg.facts.grammar.PARENTHESIS).
_BLANK = re.compile(rf"(?:\s|{PARENTHESIS.pattern})*")


def dateline(text: str, mention: Mention) -> bool:
    """Whether a name is the outlet of a news item's dateline (IT之家 3 月 12 日消息，; （中央社记者X台北
    23日电）), no actor of what the item tells."""
    return DATELINE.match(text, mention.end) is not None or (
        text[mention.start - 1:mention.start] in ("（", "(") and BRACKETED_DATELINE.match(text, mention.end) is not None)


def _relative_clause(text: str, position: int, law_start: int) -> bool:
    """Whether text[position:law_start], without the quotes and spaces before the law, ends in
    的 after some words (not only spaces and glosses): ``words.endswith("的") and
    PARENTHESIS.sub("", words[:-1]).strip()`` read from both ends, not across."""
    end = law_start
    while end > position and text[end - 1] in "《「“ ":
        end -= 1
    return end > position and text[end - 1] == "的" and _BLANK.fullmatch(text, position, end - 1) is None


@dataclass
class CueAt:
    """One cue as the filters see it: its sentence, the sentence's cues, where its clause starts
    and the clause's words before it."""
    sentence: Sentence
    cue: Cue
    cues: tuple[Cue, ...]
    clause_start: int
    clause: str

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def start(self) -> int:
        return self.sentence.start


@dataclass
class Roles:
    """A cue's heads and tails, as the role filters see them."""
    heads: list[Mention]
    tails: list[Mention]


@dataclass
class Reading:
    """What the cues of one sentence have read so far: the facts, the complaints acts are based
    on (complainants, clause start, cue end) and the laws the last act of issuing was on, with
    where its cue stands (发布 issues the 《规范》 it names, and releases nothing)."""
    facts: list[Fact] = field(default_factory=list)
    complaints: list[tuple[list[Mention], int, int]] = field(default_factory=list)
    issued_before: list[Mention] = field(default_factory=list)
    issued_at: int = -1


@dataclass(frozen=True)
class CueFilter:
    """A named check that stops one cue from stating facts: ``test(cues, at)`` (``test(cues, at,
    roles)`` for a role filter) for a cue of ``relations`` (None: any).  ``kg explain`` shows the
    facts each stopped as suppressed by ``cue:<name>``; ``kg.pipeline.Without(facts={"cue:<name>"})``
    switches it off."""
    name: str
    relations: frozenset[str] | None
    test: Callable[..., bool]
    doc: str


# Checked in order on each cue before its roles are read; the first that holds stops the cue.
CUE_FILTERS = (
    CueFilter("complaint-basis", frozenset({"accused"}),
              lambda cues, at: cues.complaint(at.text, at.start, at.cue, at.sentence.mentions) is not None,
              "根据X的投诉对Y展开调查: the complaint is the basis of another act, no accusation of its subject"),
    CueFilter("settlement-agreement", frozenset({"partnered"}), lambda cues, at: cues.settling(at.text, at.cue, at.cues),
              "与司法部签订暂缓起诉协议, 签订和解协议: the agreement settles a dispute, no partnership"),
    CueFilter("joint-suit", frozenset({"partnered"}), lambda cues, at: cues.joint_suit(at.text, at.cue, at.cues),
              "A、B和C联合起诉D, A联手B对D提起诉讼: suing together, no partnership of anyone"),
    CueFilter("criticism-in-suit", frozenset({"accused"}), lambda cues, at: cues.criticism_in_suit(at),
              "原告在诉状中批评Y, 被告反对原告的动议: an objection told with a suit is the suit's, no accusation"),
    CueFilter("negated", None, lambda cues, at: cues.negated(at),
              "并未…提起诉讼, 是否起诉, 未起诉: a denied, doubted or absent act"),
    CueFilter("intended", INTENDED, lambda cues, at: cues.intends_at(at, cues.act_intention),
              "威胁起诉, 表示将考虑起诉, 可能对X展开调查: a threatened or weighed act, none done"),
    CueFilter("weighed-sanction", SANCTIONS,
              lambda cues, at: cues.intends_at(at, cues.sanction_intention),
              "可能对X处以罚款, 呼吁禁止X: a weighed or urged sanction (OpenAI计划限制…: a plan told as done)"),
    CueFilter("lifted", frozenset({"banned"}), lambda cues, at: cues.lifted.search(at.clause) is not None,
              "解除了对华为的出口限制, 撤销对X的禁令: a ban lifted, none imposed"),
    CueFilter("commissioned", frozenset({"issued", "proposed"}),
              lambda cues, at: at.text.endswith(cues.commissioning, at.start, at.cue.start),
              "该计划由总统委托编制: the actor had it made by others, and neither issued nor drafted it"),
    CueFilter("members-act", None,
              lambda cues, at: at.text.endswith(cues.members, at.start, at.cue.start)
              and not cues.represented_members(at.text, at.clause_start, at.cue, at.sentence.mentions),
              "Reddit 用户发布的内容: users post, no name acts"),
    CueFilter("called-off", DEALS,
              lambda cues, at: any(word in at.text[at.start:at.sentence.end] for word in cues.called_off),
              "拟以30亿美元收购Windsurf的交易已告吹, 试图收购: no deal was made"),
    CueFilter("deal-talks", DEALS, lambda cues, at: any(word in at.clause for word in cues.deal_talks),
              "正与A洽谈合作, 未与A达成合作: talks or a refusal, no deal"),
    CueFilter("sought", SOUGHT, lambda cues, at: sought(at.text, at.cue.start, at.clause_start),
              "愿与A合作, 寻求达成协议, 希望A投资, 提出以N亿美元收购A: a deal or a settlement sought, none made"),
)
# Checked in order on a cue's roles once they are read.
ROLE_FILTERS = (
    CueFilter("routine-joint", frozenset({"partnered"}),
              lambda cues, at, roles: at.text[at.cue.start:at.cue.end] in cues.routine_joint and bool(roles.tails)
              and at.text.startswith("等", roles.tails[-1].end),
              "将会同中央网信办等有关部门做好宣贯: the formula of routine work, no partnership"),
    CueFilter("former-unit", frozenset({"partOf"}),
              lambda cues, at, roles: at.text.endswith(cues.grammar.former, at.start, at.cue.start),
              "某集团的前子公司X: a unit no longer (context.tsv former_office, as the grammar reads it)"),
    CueFilter("unit-of-next", frozenset({"partOf"}),
              lambda cues, at, roles: bool(roles.tails) and roles.tails[0].start >= at.cue.end
              and cues.owner_of_next(at.text, roles.tails[-1], at.sentence.mentions),
              "A、B和隶属C的D: the cue and its body modify D alone (kg.facts.ownership reads it), not the list before"),
    CueFilter("shared-parent", frozenset({"partOf"}),
              lambda cues, at, roles: len({key(m) for m in cues.parents(at, roles)}) > 1,
              "迪士尼、环球影业及其子公司皮克斯: a unit has one parent, and the cue leaves open which of several"),
    CueFilter("voted-law", frozenset({"issued", "proposed"}),
              lambda cues, at, roles: bool(roles.heads) and all(h.type == "Person" for h in roles.heads)
              and bool(roles.tails) and all(t.type == "Law" for t in roles.tails)
              and (any(r in at.text[max(0, at.cue.start - 2):at.cue.end] for r in cues.vote_readings)
                   or at.text[at.cue.start:at.cue.end] in cues.vote_passing and all(t.end <= at.cue.start for t in roles.tails)),
              "副院长江某在院会敲槌三读通过《X》草案, 江某宣布《X》三读通过: a legislature's reading, or a law voted "
              "through after a person's name, is no person's act (the legislature passed it)"),
    CueFilter("court-asked", COURT_RULED,
              lambda cues, at, roles: bool(roles.heads) and all(h.type == "Court" for h in roles.heads)
              and any(plea in at.clause for plea in cues.grammar.pleas),
              "向X法院提起诉讼，要求Y停止销售: the court is asked to order it, it has not ruled"),
)


class Cues(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.filters, self.role_filters = CUE_FILTERS, ROLE_FILTERS
        self.suppressed: list[tuple[str, list[Fact]]] | None = None  # where a trace listens (kg.facts.Extractor)
        words, self.grammar = shared.words, shared.grammar
        self.find_cues = shared.find_cues
        self.descriptions = descriptions(shared)  # 中国人工智能公司X: a place describing a company
        self.place_attributes = tuple(shared.words["place_attribute"])  # 美国技术: the place is the goods' origin
        self.place_people = re.compile(rf"(?:{alternatives(shared.words['place_people'])})的")  # 意大利用户的数据, 中国制造的
        self.sellers = SellerFrame(words)  # 从私募机构A手中收购B: A sold B, the buyer stands before 从
        self._never_heads: tuple[str | None, dict[tuple[int, int], bool]] = (None, {})  # (text, span -> never_head)
        self._basis: tuple[str | None, bool] = (None, False)  # (text, whether it holds a basis_marker)
        self._starts: tuple[list[Mention] | None, list[int] | None] = (None, None)  # (names, Cues.starts_of them)
        self._firsts: dict[tuple[str, ...], Words] = {}  # (intention words: where their first characters stand)
        self.passive = words["passive"]
        self.passive_words = Words(self.passive)  # (where the last of them stands before a cue, by bisection)
        self.approval_passive = tuple(words["approval_passive"])  # 获欧洲议会通过: the law is passed
        self.approval_words = Words(self.approval_passive)
        self.party_roles = words["passive_party_role"]
        # 被FTC处以100万美元罚款: a sanction's verb and its amount between the agent and the cue (context.tsv
        # sanction_verb, currency)
        self.sanction_filler = re.compile(rf"(?:{alternation(words['sanction_verb']).pattern})?[\d.,，]+\s*[万亿千]*\s*"
                                          rf"(?:{alternation(words['currency']).pattern})(?:的)?")
        self.fine_payment = tuple(words["fine_payment"])  # A向B支付罚款: B fines A
        # 被金融科技公司Oportun收购: a few words describing the agent, ending in a kind of body, right before its name
        self.agent_description = re.compile(rf"[^\s，,。；;：:、“”《》（）()]{{0,8}}?(?:{alternatives(words['description_head'])})$")
        self.joint = words["joint"]
        # 提起版权诉讼, 提出类似诉讼: a word of filing a suit (context.tsv suit_filing) and a few words of its kind
        self.suit_filing = re.compile(rf"(?:{alternatives(words['suit_filing'])})了?[{CJK}]{{0,6}}$")
        # 提起著作侵权告诉 alone in its clause: the filing of a suit told after a comma (Cues.filing_clause)
        self.filing_only = re.compile(rf"\s*(?:{alternatives(words['suit_filing'])})了?[{CJK}]{{2,8}}")
        # 被A等三家公司联合起诉: the agents suing together, their count and kind (Cues.suing_together)
        self.agents_joint = re.compile(rf"(?:{alternatives(words['joint'])})$")
        self.agents_tail = re.compile(r"等[^，,。；;：:]{0,8}$")
        self.draft = words["draft"]
        # between an instrument and the actor of a relative clause on it: its kind (context.tsv relative_kind), that
        # or which, the actor's article (the X package that the Commission proposed)
        self.relative_object_gap = re.compile(rf",?\s+(?:(?:{alternatives(words['relative_kind'])})\s+)?(?:that|which)\s+(?:the\s+)?",
                                   re.IGNORECASE)
        self.commissioning = tuple(words["commissioning"])  # 委托编制: a text had made, not made
        self.draft_modal = tuple(words["draft_modal"])  # 拟修订, 建议修订: an act intended, a draft
        # 推动修订《X》, 研究立法修订: an amendment pushed for or studied, a draft (not 推动出台: Cues.amendment_planned)
        self.amendment_modal = tuple(words["amendment_modal"])
        self.amending = frozenset(words["amending"])
        self.distributive = tuple(words["distributive"])  # 分别, 相继: each acts apart
        self.final_passage = tuple(words["final_passage"])  # 三读通过…修正草案: the bill passed, final
        self.legislative_passage = frozenset(word.lower() for word in words["legislative_passage"])
        self.access = words["access"]
        # 向加州北部地区巡回法院提交起诉书: a place opening the name of a court no rule found (context.tsv venue_court)
        self.venue = re.compile(rf"[{CJK}]{{0,10}}?(?:{alternatives(words['venue_court'])})")
        self.ban_orders = tuple(words["ban_order"])  # 对X发布禁令: a ban a state body orders (a court's is an injunction)
        # 解除了对华为的出口限制, 撤销禁令: a word of lifting right before the ban (its target between)
        self.lifted = re.compile(rf"(?:{alternatives(words['ban_lifted'])})了?\s*(?:对[^，,。；;]{{0,24}}?的)?[{CJK}]{{0,4}}$")
        self.joint_target = re.compile(rf"(?<![面应應相反绝絕针針核比])(?:{alternatives(words['joint_target'])})(?![于於外话話接比手应應])")
        self.negation = words["negation"]
        self.negation_words = Words(self.negation)
        self.negation_adjacent = tuple(words["negation_adjacent"])  # 未起诉, 不起诉: a bare 未 or 不 right before the cue
        self.embedded_questions = frozenset(words["embedded_question"])  # 对X是否违反了…展开调查: asks what the act is about
        self.launching = re.compile(rf"(?:{alternatives(words['act_launch'])})+$")  # 展开了, 进行: what opens the act before its cue
        self.time_words = alternation(words["name_then_time"] + words["act_adverb"])  # 近日被…: no subject of its own
        self.question_modal = re.compile(alternatives(words["question_modal"]))  # 是否会, 是否应当: asks of the act to come
        self.grounds = re.compile(rf"以[^，,。；;]{{1,20}}?(?:{alternatives(words['grounds_close'])})")  # 以侵犯版权为由
        self.act_intention = tuple(words["act_intention"])  # 威胁起诉, 将考虑调查: an act not (yet) done
        self.sanction_intention = tuple(words["sanction_intention"])  # 可能对X处以罚款, 考虑禁止X: no fine, no ban yet
        # 虚拟货币, 模拟, 谷歌的收购计划, 出于安全的考虑: words holding an intention's word that tell none
        # (context.tsv intention_compound, and intention_noun heading a 的-phrase)
        self.no_intention = re.compile(rf"{alternation(words['intention_compound']).pattern}"
                                       rf"|的[{CJK}]{{0,6}}?(?:{alternatives(words['intention_noun'])})")
        self.demands = tuple(words["demand"])
        self.asked_courts = tuple(w for w in words["court_reference"] if not w.isascii())  # 要求法院阻止…: the one asked
        self.compared_before = tuple(words["compared_before"])  # 类 ChatGPT 助手: a model compared with
        self.compared_after = tuple(words["compared_after"])  # Sora 级视频生成大模型
        self.called_off = tuple(words["called_off"])  # 收购…告吹: a deal that did not happen
        self.deal_talks = tuple(words["deal_talks"])  # 正与A洽谈合作: a deal talked of, not made
        # 《人工智能法》禁止性实践指南, 《著作权法》修正案: an instrument under the law the title names
        kinds = sorted({kind for kind, subtype in shared.kb.law_kinds if not kind.isascii() and subtype != "Draft"}, key=len)
        # (《刑法》部分条文修正案: an amendment counts for the law it amends, context.tsv amendment)
        self.reported_accusation = re.compile(rf"(?:{alternatives(words['reported_accusation'])})?\s*[，,：:]\s*[“\"「]?")
        self.derived = re.compile(rf"》(?!(?:{alternatives(words['amendment'])})(?![{CJK}]))"
                                  rf"(?:{alternatives(words['derived_instrument'])}|"
                                  rf"(?P<run>[{CJK}]{{2,12}}?)(?:{alternatives(kinds)}))(?![{CJK}])")
        self.read_markers(shared)
        self.read_law_words(words)

    def negated(self, at: CueAt) -> bool:
        """A word of negation or doubt in the cue's clause before it (context.tsv negation), or the
        clause ending in a bare negation (negation_adjacent: 未起诉): the act is denied, doubted or
        absent; a question word asking what its target did is no doubt of the act (Cues.asks_of_target)."""
        text, clause_start, cue_start = at.text, at.clause_start, at.cue.start
        if at.clause.endswith(self.negation_adjacent):
            return True
        if not self.negation_words.occurs(text, clause_start, cue_start):
            return False
        starts, _ = self.negation_words.places(text)
        for position in starts[bisect_left(starts, clause_start):bisect_left(starts, cue_start)]:
            words = [w for w in self.negation if text.startswith(w, position) and position + len(w) <= cue_start]
            question = self.question_around(text, position)
            if question is not None:  # 有没有违反: 没有 inside a question word is no negation
                position, words = question, [text[question:question + len(self.question_at(text, question))]]
            if any(w not in self.embedded_questions for w in words) or words and not all(
                    self.asks_of_target(text, clause_start, position, w, cue_start, at.sentence.mentions) for w in words):
                return True
        return False

    def question_at(self, text: str, position: int) -> str:
        """The longest question word (context.tsv embedded_question) starting at ``position``, or ''."""
        return max((q for q in self.embedded_questions if text.startswith(q, position)), key=len, default="")

    def question_around(self, text: str, position: int) -> int | None:
        """Start of a question word holding the negation at ``position`` inside it (有没有 holds 没有),
        or None."""
        return next((position - k for k in range(1, 3) if position - k >= 0
                     and len(self.question_at(text, position - k)) > k), None)

    def asks_of_target(self, text: str, clause_start: int, position: int, word: str, cue_start: int,
                       mentions: list[Mention]) -> bool:
        """美国联邦贸易委员会对OpenAI是否违反了消费者保护法展开了调查: a question word (context.tsv
        embedded_question) right after the name a target or matter marker introduces (对, 就), with a
        predicate of its own before the cue, asks what the target did; the act on it is done
        (对OpenAI是否展开调查 doubts it).  The predicate must end in a word launching the act (展开了,
        进行: context.tsv act_launch) and must not open with a word of modality (是否会进一步展开调查,
        是否应当被处罚: context.tsv question_modal), which asks whether the act will be done."""
        if word not in self.embedded_questions:
            return False
        end = position
        while end > clause_start and text[end - 1].isspace():
            end -= 1  # the name right before the question word, spaces aside (no slice per mention)
        named = next((m for m in mentions if m.end == end and clause_start <= m.start), None)
        if named is None or self.target_marker(text, clause_start, named.start + 1, [named],
                                               (*self.target_markers, *self.matter_markers)) is None:
            return False
        if self.question_modal.match(text, position + len(word)):
            return False
        predicate = self.act_fillers.sub("", text[position + len(word):cue_start])
        return self.launching.search(predicate) is not None and len(self.launching.sub("", predicate)) >= 3

    def intending(self, clause: str) -> str:
        """The clause without the words that hold an intention's word and tell none (虚拟货币交易所,
        对谷歌的收购计划展开调查): what the intention filters read."""
        return self.no_intention.sub("", clause)

    def intends(self, clause: str, intention: tuple[str, ...]) -> bool:
        """Whether a word of ``intention`` stands in the clause once Cues.intending has read it
        (read once per cue, not once per word)."""
        left = self.intending(clause)
        return any(word in left for word in intention)

    def intends_at(self, at: CueAt, intention: tuple[str, ...]) -> bool:
        """Cues.intends on the cue's clause, read only where the first character of a word of
        ``intention`` stands in it (a word left once Cues.intending has read the clause begins with
        one of its characters): a clause of a thousand cues holding none is not read again at each."""
        firsts = self._firsts.get(intention)
        if firsts is None:
            firsts = self._firsts[intention] = Words(word[:1] for word in intention)
        return firsts.occurs(at.text, at.clause_start, at.cue.start) and self.intends(at.clause, intention)

    def read_markers(self, shared: Shared) -> None:
        """The marker words of roles, venues, bases, agents and units around a cue (context.tsv)."""
        words = shared.words
        self.partner_markers = words["partner_marker"]
        self.person_titles = words["person_title"]
        self.judges = words["judge"]
        self.depicted = Depicted(words)
        self.target_markers = words["target_marker"]
        self.venue_markers = tuple(words["complaint_venue_marker"])  # 向国家网信办举报Y: where a complaint is lodged
        self.report_cues = frozenset(words["report_cue"])  # 向苹果和谷歌举报Y: a report to anyone, of the names after it
        self.matter_markers = words["matter_marker"]  # 就X的…展开调查: X is investigated
        self.basis_markers = tuple(words["basis_marker"])  # 根据X的投诉对Y展开调查: X accused Y, no actor
        self.basis_marker = alternation(self.basis_markers)
        self.basis_nouns = tuple(words["basis_noun"])
        self.unnamed_groups = tuple(words["unnamed_group"])  # A联合多名作家起诉B: B is no partner
        self.means_markers = tuple(words["means_marker"])  # 利用X的内容打造Y: X owns the means, no actor
        self.not_draft = alternation(words["not_draft"])  # 咨询指引: no draft, though 咨询 is a draft's word
        self.routine_joint = frozenset(words["routine_joint"])  # 司法部会同国家网信办等部门: no partnership
        self.vote_passing = frozenset(words["vote_passing"])  # 《X》三读通过: a legislature's vote (voted-law)
        self.vote_readings = frozenset(words["vote_reading"])  # 三读通过: a legislature's reading wherever the law is
        self.defendant_markers = words["defendant_marker"]
        # A代表多名司机向法院起诉B: the phrase after the word names those A sues for, up to a clause break or a target marker
        self.behalf = alternation(w for w in words["on_behalf"] if not w.isascii())
        self.behalf_words = Words(w for w in words["on_behalf"] if not w.isascii())  # (a clause holding none is not searched)
        # 欧盟正式对社交平台X展开调查: a place acting on the named it is followed by (a target marker after a few
        # words of when and how, no 的 between) does not describe it (面向, 方向: no marker)
        self.acting_on = re.compile(rf"[^的，,。；;]{{0,10}}?(?<![面方导转走倾朝])(?:{alternatives(self.target_markers)})")
        self.behalf_end = re.compile(rf"{CLAUSE_BREAK.pattern}|{alternation(words['target_marker']).pattern}")
        self.pronouns = words["subject_pronoun"]
        # 律师X说，好莱坞公司起诉Y: a word of saying and its comma after the speaker (a few words between:
        # X的律师团队称), then the words said (Cues.speaker_only)
        self.speech_break = re.compile(rf"[^，,。；;！？!?\n]{{0,30}}?(?:{alternatives(words['speech_verb'])})\s*[，,：:]\s*[“「\"]?")
        self.speaker_goes_on = tuple(words["speaker_goes_on"])
        self.agent_markers = alternation(words["agent_marker"])
        self.agent_words = tuple(words["agent_marker"])
        self.agent_word_index = Words(self.agent_words)  # (a clause holding none is not searched for them)
        self.body_suffixes = tuple(suffix for suffix, type_, _ in shared.kb.suffixes
                                   if type_ in ("Organization", "Company", "Regulator", "Legislature", "Court")
                                   and not suffix.isascii())
        # 联合国设立的咨询机构发布…: a name that founded what acts is no actor (context.tsv relative_verb)
        self.relative = re.compile(rf"\s*(?:{alternation(words['relative_verb']).pattern})的")
        self.agent_clause = re.compile(rf"\s*了?\s*(?:{alternation(words['agent_marker']).pattern})")
        self.causatives = alternation(words["causative"])
        self.causative_words = Words(words["causative"])  # (a clause holding none is not searched for them)
        self.removals = frozenset(words["removal_cue"])  # 要求苹果下架DeepSeek: what is removed is banned
        self.not_agents = alternation(words["not_agent"])
        self.act_fillers = alternation(words["act_filler"])
        self.in_force = frozenset(words["in_force"])  # 施行, 生效: a law's own act, after it
        self.blocs = frozenset(words["bloc"])  # 欧盟: a bloc acts in its own name beside its bodies (body_named_for)
        self.members = tuple(words["member_of"])  # 用户, 网友, 员工: people the place before them describes
        # accused=tail:AIModel: a kind of name a cue's relation never has on one side (context.tsv unfit_side)
        self.unfit_sides = frozenset((relation, *side.split(":")) for relation, side in
                                     (entry.split("=") for entry in words["unfit_side"]))
        self.units = frozenset(words["unit_of"])  # 下属的, 旗下: what follows is the parent's unit
        self.parent_words = frozenset(words["parent_company"])  # TikTok中国母公司字节跳动: what follows is the parent named

    def read_law_words(self, words: dict[str, tuple[str, ...]]) -> None:
        """The words of a name joined to a law after its clause, and of a reference to a law named before."""
        # 公布「A」，连同同步修正的「B」: a name joined after the clause's end (context.tsv along_with)
        self.along_with = re.compile(rf"[》」”\s]*[，,]?\s*(?:{alternation(words['along_with']).pattern})"
                                     rf"(?:(?:{alternation(words['along_modifier']).pattern})[{CJK}]{{0,4}}的)?\s*[《「“]?")
        # 该办法, the code: a reference to a law named before; the noun is what its name must hold
        references = words["law_reference"]
        english = alternatives(r.split(" ", 1)[1] for r in references if r.lower().startswith("the "))
        chinese = alternatives(r[1:] for r in references if r.startswith("该"))
        self.law_determiners = tuple(words["law_determiner"])  # 这部, 这项: the clause is about a law named before
        self.law_noun = re.compile(rf"的(?:{alternatives(words['law_noun'])})")
        self.law_references = re.compile(rf"\s*(?:(?i:the\s+(?P<en>{english}))\b|该(?P<zh>{chinese})(?![院庭官]))")

    def switched(self, families: frozenset[str]) -> Cues:
        """The family without the filters ``families`` names (``cue:negated``: kg.pipeline.Without)."""
        if not any(name.startswith("cue:") for name in families):
            return self
        switched = copy(self)
        switched.filters = tuple(one for one in self.filters if f"cue:{one.name}" not in families)
        switched.role_filters = tuple(one for one in self.role_filters if f"cue:{one.name}" not in families)
        return switched

    def facts(self, sentence: Sentence) -> list[Fact]:
        """The facts a cue states: each cue of the sentence that no filter (CUE_FILTERS) stops
        reads its roles (Cues.read)."""
        text, start, end = sentence.text, sentence.start, sentence.end
        if text[start:end].rstrip().endswith(QUESTION_MARKS):
            return []  # 问：欧盟在《人工智能法》之外还推出了哪些计划？ asks; the answer states
        cues = sentence.cues(self.find_cues)
        reading = Reading()
        for cue in cues:
            clause_start = self.grammar.clause_start(text, start, cue.start)
            if cue.relation == "sued":
                clause_start = self.filing_clause(text, start, clause_start, cue)
            at = CueAt(sentence, cue, cues, clause_start, text[clause_start:cue.start])
            stopped = self.stopped(self.filters, at)
            if stopped is None:
                self.read(at, reading)
                continue
            if stopped.name == "complaint-basis":  # the complaint is the basis of another act (Reading.complaints)
                reading.complaints.append((self.complaint(text, start, cue, sentence.mentions), clause_start, cue.end))
            self.tell_suppressed(stopped, at, reading)
        for complainants, clause_start, cue_end in reading.complaints:  # X accused what the act X's complaint prompted targets
            reading.facts += [Fact(who, "accused", fact.tail, sentence.evidence, confidence(who, fact.tail, 0.7))
                              for fact in list(reading.facts) if fact.relation in HOSTILE and fact.head not in complainants
                              and fact.tail.start >= cue_end
                              and clause_start <= self.grammar.clause_start(text, start, fact.tail.start) <= cue_end + len("后，")
                              for who in complainants]
        return [f for f in reading.facts if not party_place(text, f.head)]  # (a list read on past the label's place)

    def filing_clause(self, text: str, start: int, clause_start: int, cue: Cue) -> int:
        """向A和B（包括其关联企业），提起著作侵权告诉: a suit's clause holding nothing but the
        filing of it, a few words of its kind and the cue (context.tsv suit_filing) goes on from the clause
        before it, where 向/对/针对 (target_marker) names the defendants; else ``clause_start``."""
        if clause_start <= start or not self.filing_only.fullmatch(text, clause_start, cue.end):
            return clause_start
        previous = self.grammar.clause_start(text, start, clause_start - 1)
        opening = PARENTHESIS.sub("", text[previous:clause_start]).rstrip(" ，,")
        marker = max(opening.rfind(marker) for marker in self.target_markers)
        # (the marker's names run to the comma: 向A和B（…）, not 向法院提交了材料)
        return previous if 0 <= marker and len(opening) - marker <= WINDOW // 2 else clause_start

    def stopped(self, filters: tuple[CueFilter, ...], at: CueAt, roles: Roles | None = None) -> CueFilter | None:
        """The first of ``filters`` that stops the cue (with its roles, for the filters of ROLE_FILTERS)."""
        return next((one for one in filters if (one.relations is None or at.cue.relation in one.relations)
                     and (one.test(self, at) if roles is None else one.test(self, at, roles))), None)

    def tell_suppressed(self, stopped: CueFilter, at: CueAt, reading: Reading) -> None:
        """Where a trace listens (kg explain): the facts the cue would have read without the filter
        that stopped it, as suppressed by ``cue:<filter>``."""
        if self.suppressed is None:
            return
        scratch = Reading(issued_before=reading.issued_before, issued_at=reading.issued_at)
        self.read(at, scratch, skip=frozenset({stopped.name}))
        kept = {(f.head.start, f.relation, f.tail.start) for f in reading.facts}
        self.suppressed.append((f"cue:{stopped.name}", [f for f in scratch.facts
                                                         if (f.head.start, f.relation, f.tail.start) not in kept]))

    def read(self, at: CueAt, reading: Reading, skip: frozenset[str] = frozenset()) -> None:
        """The facts of one cue no filter stopped: its roles, refined, then the role filters."""
        sentence, cue, text, start = at.sentence, at.cue, at.sentence.text, at.sentence.start
        heads, tails, weight = self.refined_roles(at, reading)
        relation = cue.relation
        sides = heads + tails
        distributive = bool(sides) and any(w in text[min(m.start for m in sides):cue.end] for w in self.distributive)
        if relation in SYMMETRIC and len(heads) > 1 and not tails:
            # A与B宣布合作: the two coordinated actors are the two sides (28国同意开展合作: no pair;
            # AMD、博通相继签约: each with someone else)
            heads, tails = (heads[:1], heads[1:]) if len(heads) == 2 and not distributive else ([], [])
        if relation == "partnered" and len(tails) > 1 and not distributive and self.venture(text, cue, at.cues) \
                and all(t.type in VENTURERS and t.end <= cue.start for t in tails):
            # A与B、C合作推出X: the firms of one venture work with each other too (分别: each apart; 工信部会同
            # 教育部、公安部: state bodies join the one that leads, not each other; 共同被告A、B: no venture before the cue;
            # A与B、C在云计算方面合作: agreements of A with each, no venture)
            reading.facts += [Fact(one, relation, other, sentence.evidence, confidence(one, other, weight * 0.9))
                              for index, one in enumerate(tails) for other in tails[index + 1:]
                              if self.admissible(text, start, cue, relation, one, other, sentence.mentions)]
        roles = Roles(heads, tails)
        stopped = self.stopped(tuple(one for one in self.role_filters if one.name not in skip), at, roles)
        if stopped is not None:
            if not skip:  # (a reading for the trace tells no filter of its own)
                self.tell_suppressed(stopped, at, reading)
            return
        heads, tails = roles.heads, roles.tails
        if relation == "partnered":
            tails = self.joint_targets_out(text, at.clause_start, cue, tails)
        if relation in COURT_RULED and heads and all(h.type == "Court" for h in heads):  # (asked of it: cue:court-asked)
            relation = "adjudicated"  # 东京地方法院禁止X…, 法院对X发出临时禁令: the court rules on a party, no authority bans it
        if relation == "issued" and (self.is_draft(text, cue, tails, sentence.end) or text.endswith(self.draft_modal, start, cue.start)
                                     or self.amendment_planned(text, start, cue)) \
                and not text.endswith(self.final_passage, start, cue.end) and not self.legislature_passing(text, cue, heads):
            relation = "proposed"
        if relation == "partOf" and tails and self.parents(at, roles) is heads:
            heads, tails = tails, heads  # A及其子公司B, A在意大利的子公司B: what follows is the unit of what precedes
        heads = self.listed_before_place(text, heads, sentence.mentions, relation)
        # 包括A和B在内的韩国多个部委已限制…: the names included act, not the place of their kind
        heads = [one for head in heads for one in (self.grammar.included(text, head, sentence.mentions,
                                                                         SIGNATURES[relation][0], start) or [head])]
        # 将中国AI独角兽上海稀宇科技告上法庭: a place right before a name it locates is no other side; nor one right
        # before a title (违反了禁止复制…的日本《著作权法》: the law's place)
        tails = [t for t in tails if t.type != "Jurisdiction" or not (text.startswith("《", t.end) or any(
            o.start >= t.end and not text[t.end:o.start].strip() for o in tails if o.type in PARTIES))]
        heads = [head for head in heads if not self.place_describing(text, head, cue, sentence.mentions)
                 and not self.body_named_for(head, relation, sentence.named)
                 and not self.speaker_only(text, head, cue, sentence.mentions)]
        if relation == "issued" and len(heads) == 1 and self.worded_place(text, heads[0], cue):
            heads = []
        if relation in SPOKEN_FOR:
            heads = [self.spoken_for(text, head, sentence.mentions) for head in heads]
        reading.facts += [Fact(head, relation, tail, sentence.evidence, confidence(head, tail, weight))
                          for head in heads for tail in tails
                          if self.admissible(text, start, cue, relation, head, tail, sentence.mentions)]
        if relation == "issued" and heads and tails:
            reading.issued_before, reading.issued_at = tails, cue.start
        reading.facts += self.joint_facts(at, relation, heads, tails, distributive, reading.issued_at)

    def refined_roles(self, at: CueAt, reading: Reading) -> tuple[list[Mention], list[Mention], float]:
        """The cue's heads and tails (Cues.roles), the owners, frames, subjects and laws an act
        names elsewhere in its sentence put right."""
        sentence, cue, text, start, clause_start = at.sentence, at.cue, at.sentence.text, at.sentence.start, at.clause_start
        mentions = sentence.mentions
        heads, tails, weight = self.roles(text, start, sentence.end, clause_start, cue, mentions)
        if cue.relation in HOSTILE:
            tails = self.owned_targets(text, tails, mentions, cue.relation)
        tails = self.grammar.framed(text, tails, mentions)  # 《A》项下的B: B is what is acted on
        if tails and heads and {key(head) for head in heads} <= {key(tail) for tail in tails}:
            heads = []  # 已与A达成协议，将收购后者: A, named before as a partner, is what is bought
        if tails and heads and all(h.type == "Jurisdiction" and h.end <= clause_start for h in heads):
            # 财库局上月28日、即香港金融科技周首日，发表《宣言》: the body the sentence opens with acts,
            # not a place an aside between them names
            heads = self.subject(text, start, cue, mentions, tails) or heads
        if tails and not heads:
            heads = self.subject(text, start, cue, mentions, tails)
        if cue.relation in ("issued", "proposed") and heads and (law := self.relative_object(text, heads[0], mentions)):
            tails = [law]  # the Digital Omnibus package that the Commission proposed (…the AI Act): the package
        if heads and not tails and "Law" in SIGNATURES[cue.relation][1]:
            tails = self.law_reference(text, cue, sentence.laws) or self.topic_laws(text, start, clause_start, mentions) \
                or self.referred_law(text, clause_start, cue, sentence.laws) \
                or self.shared_object(text, cue, sentence.end, cue.relation, reading.issued_before)
        return heads, tails, weight

    def joint_facts(self, at: CueAt, relation: str, heads: list[Mention], tails: list[Mention], distributive: bool,
                    issued_at: int) -> list[Fact]:
        """The partnerships of the actors of one act done together."""
        text, cue, evidence = at.sentence.text, at.cue, at.sentence.evidence
        # (将会同B组织做好实施工作: 实施 carries out what is in force, no joint act of theirs)
        # (a joint act needs its object, a product perhaps unnamed: 会同B等部门牵头推进，各市制定配套措施
        # issues nothing together)
        if len(heads) > 1 and (tails or relation == "released") and relation in ("issued", "proposed", "released") \
                and text[cue.start:cue.end] not in self.in_force and self.joint_action(text, heads, cue, at.sentence.mentions):
            # A联合B、C发布 and A、B、C联合发布 alike: the one named first works with each other
            # (the others are not each other's partners: 国家网信办、工信部、公安部联合发布)
            facts = [Fact(heads[0], "partnered", other, evidence, confidence(heads[0], other, 0.8)) for other in heads[1:]]
            if relation == "released" and issued_at != cue.start and all(head.type in VENTURERS for head in heads):
                # 华为、腾讯、百度联合推出X: firms that launch one product together are each other's partners
                # (ministries that jointly issue a rule join the first one only, and so do firms: A联合B、C发布《指南》)
                facts += [Fact(one, "partnered", other, evidence, confidence(one, other, 0.7))
                          for index, one in enumerate(heads[1:], 1) for other in heads[index + 1:]]
            return facts
        if relation in ("issued", "proposed") and not distributive and self.co_issuers(text, heads, tails):
            # 国家卫生健康委办公厅、国家中医药局综合司印发《指引》: state bodies that issue one
            # instrument together, or propose one (A和B推出公众咨询，建议修订《X》), work with the one
            # named first (分别: each acts apart)
            return [Fact(heads[0], "partnered", other, evidence, confidence(heads[0], other, 0.7)) for other in heads[1:]]
        return []

    def joint_targets_out(self, text: str, clause_start: int, cue: Cue, tails: list[Mention]) -> list[Mention]:
        """A partnered cue's tails less those a target marker puts between it and its cue (A将与B的监管机构对
        OpenAI进行联合调查: OpenAI is what the joint act is done to, no partner; context.tsv joint_target)."""
        last = None
        for last in self.joint_target.finditer(text, clause_start, cue.start):  # (the one nearest the cue)
            pass
        if last is None:
            return tails
        return [t for t in tails if not last.end() <= t.start < cue.start]

    def complaint(self, text: str, start: int, cue: Cue, mentions: list[Mention]) -> list[Mention] | None:
        """A complaint an act is based on (根据隐私研究者X的投诉对Y展开调查, 就…投诉对Y立案): the
        cue is a noun after a basis marker in its clause and a target marker follows it.  Its
        authors: the names right before 的 (none where it names none)."""
        if text[cue.start:cue.end] not in self.basis_nouns or not COMPLAINT_THEN.sub("", text[cue.end:cue.end + 4]).startswith(
                self.target_markers):
            return None
        clause_start = self.grammar.clause_start(text, start, cue.start)
        if not any(text.rfind(marker, clause_start, cue.start) >= 0 for marker in self.basis_markers):
            return None
        if not text.startswith("的", cue.start - 1):
            return []
        return [m for m in mentions if clause_start <= m.start and m.end < cue.start
                and not PARENTHESIS.sub("", text[m.end:cue.start - 1]).strip() and m.type in SIGNATURES["accused"][0]]

    def parents(self, at, roles: Roles) -> list[Mention]:
        """A partOf cue's parents: the names after it (X隶属于A), or those before it where the unit
        follows (A及其子公司B: unit_follows)."""
        heads, tails, text, cue = roles.heads, roles.tails, at.text, at.cue
        if heads and tails and tails[0].start >= cue.end \
                and self.unit_follows(PARENTHESIS.sub("", text[heads[-1].end:cue.start]).strip(), text[cue.start:cue.end]):
            return heads
        return tails

    def unit_follows(self, gap: str, cue_word: str) -> bool:
        """Whether a partOf cue between two names makes the name after it the unit: the cue
        after 的 or 其 (A及其子公司B), or the cue and the words before it one word of belonging
        right after the parent (A全资子公司B: context.tsv unit_of)."""
        return gap.endswith(("的", "其")) or gap.lstrip("”」’）) ") + cue_word in self.units  # （以下简称“公司”）全资子公司B

    @staticmethod
    def owner_of_next(text: str, owner: Mention, mentions: list[Mention]) -> bool:
        """Whether 的 and a name follow ``owner`` right after it or its gloss, or the owner is the gloss
        (隶属C（GCHQ）的D: C is D's owner)."""
        end = gloss.end() if (gloss := PARENTHESIS.match(text, owner.end)) else owner.end
        end += text.startswith(("）", ")"), end)
        return text.startswith("的", end) and any(m.start == end + 1 for m in mentions)

    def criticism_in_suit(self, at: CueAt) -> bool:
        """A word of criticism or objection (context.tsv criticism_cue: 批评, 质疑, 反对) in a sentence
        naming a lawsuit (context.tsv lawsuit): the criticism is told inside the suit's story, where
        ``sued`` and ``adjudicated`` say what was done; only one outside a lawsuit is an accusation."""
        return at.text[at.cue.start:at.cue.end] in self.shared.criticism_words \
            and self.shared.tells_lawsuit(at.text[at.sentence.start:at.sentence.end])

    @staticmethod
    def settling(text: str, cue: Cue, cues: tuple[Cue, ...]) -> bool:
        """A word of agreeing whose object is a settlement (签订和解协议, 签署了不起诉协议)."""
        return any(other.relation == "settled" and text[cue.end:other.start] in ("", "了") for other in cues)

    def joint_suit(self, text: str, cue: Cue, cues: tuple[Cue, ...]) -> bool:
        """A joint word (context.tsv joint) whose clause goes on to a word of suing (A、B和C联合起诉D,
        A联手B向法院起诉D): the plaintiffs sue together; they are not the defendant's partners, nor
        each other's."""
        return text[cue.start:cue.end] in self.joint and any(
            other.relation == "sued" and other.start >= cue.end and not CLAUSE_BREAK.search(text, cue.end, other.start)
            for other in cues)

    @staticmethod
    def venture(text: str, cue: Cue, cues: tuple[Cue, ...]) -> bool:
        """A partnering word a word of making follows (A与B、C合作开发X): one venture of all the
        partners, not A's agreements with each (A与B、C达成战略合作, 在云计算方面合作)."""
        return any(other.relation in VENTURE_ACTS and 0 <= other.start - cue.end <= VENTURE_GAP
                   and not CLAUSE_END.search(text, cue.end, other.start) for other in cues)

    @staticmethod
    def co_issuers(text: str, heads: list[Mention], tails: list[Mention]) -> bool:
        """Two or more state bodies listed one after the other (A、B、C) that issue or propose a Law."""
        return len(heads) > 1 and bool(tails) and all(h.type in ("Regulator", "Legislature") for h in heads) \
            and all(text[first.end:second.start].strip() in (ENUMERATION_COMMA, *CHINESE_AND) for first, second in zip(heads, heads[1:]))

    def subject(self, text: str, start: int, cue: Cue, mentions: list[Mention], tails: list[Mention],
                types: set[str] | None = None) -> list[Mention]:
        """Garante宣布，…，并对两家公司展开调查: an act with its target and no actor in
        reach is done by the names the sentence begins with (a date before them aside); ``types``:
        the kinds of name they may be (the act's actors unless told; a passive's topic: its targets)."""
        first = next((m for m in mentions if m.start >= start and not dateline(text, m)), None)
        if first is None or first.start >= cue.start or self.wordy(text, start, first.start).strip("，,") \
                or self.grammar.located(text, first) or self.never_head(text, first):
            return []  # 在RIAA的协调下，…: a name after 在 is no subject (此前，X…: a time word before it is); nor 路透社报导，…
        unit = next((m for m in mentions if m.start >= first.end), None)
        if first.type == "Jurisdiction" and unit is not None and unit.start == first.end and unit.start < cue.start:
            first, unit = unit, next((m for m in mentions if m.start >= unit.end), None)  # 日本软银集团: the company acts
        if unit is not None and unit.start < cue.start and text[first.end:unit.start].strip() in self.units:
            first = unit  # 美国商务部下属的工业与安全局公布…，收紧…: the unit acts, not its parent
        clause_end = self.grammar.clause_end(text, first.end, cue.start)
        starts = self.starts_of(mentions)  # (the names from the first to the clause's end, by bisection)
        opening = [m for m in (mentions if starts is None else mentions[bisect_left(starts, first.start):bisect_right(starts, clause_end)])
                   if first.start <= m.start and m.end <= clause_end]
        heads = self.grammar.group(text, opening, types or SIGNATURES[cue.relation][0], from_right=False)
        targets = {key(tail) for tail in tails}
        return heads if heads and heads[0] is first and not {key(h) for h in heads} & targets else []

    def shared_object(self, text: str, cue: Cue, end: int, relation: str, issued_before: list[Mention]) -> list[Mention]:
        """欧洲议会表决通过该法，欧盟理事会随后批准: a second body's act of issuing that closes its clause
        with no object is on the laws the clause before it issued."""
        if relation != "issued" or not issued_before:
            return []
        closing = self.grammar.clause_end(text, cue.end, end)
        return issued_before if not text[cue.end:closing].strip(" 。；;.") else []

    def law_reference(self, text: str, cue: Cue, laws: list[Mention]) -> list[Mention]:
        """OpenAI and Anthropic signed the code, 国务院随后印发该办法: a reference right
        after the cue stands for the last law before it whose name holds its noun, or whose
        title the noun introduces (行政令《…》, then 签署该行政令)."""
        found = self.law_references.match(text, cue.end)
        if found is None:
            return []
        noun = (found.group("en") or found.group("zh")).lower()
        # the noun in the law's name, or right before its title (行政令《…》 … 该行政令)
        named = [m for m in laws if m.end <= cue.start and (noun in (m.canonical or m.text).lower()
                                                            or text[:m.start].rstrip("《 ").endswith(noun))]
        return [max(named, key=lambda m: m.start)] if named else []

    def referred_law(self, text: str, clause_start: int, cue: Cue, laws: list[Mention]) -> list[Mention]:
        """这部由深圳市人大常委会表决通过的地方性法规: a clause opening with a demonstrative whose
        act describes a kind of law after 的 (context.tsv law_determiner, law_noun) acts on the law
        named last before the clause."""
        opening = text[clause_start:cue.start].lstrip()
        if not opening.startswith(self.law_determiners) or self.law_noun.match(text, cue.end) is None:
            return []
        before = [m for m in laws if m.end <= clause_start]
        return [max(before, key=lambda m: m.start)] if before else []

    def roles(self, text: str, start: int, end: int, clause_start: int, cue: Cue, mentions: list[Mention]
              ) -> tuple[list[Mention], list[Mention], float]:
        """Heads, tails and a confidence weight for one cue of the sentence."""
        head_types, tail_types = self.actor_types(text, cue, mentions), SIGNATURES[cue.relation][1]
        # X下属的A、B: the tie of a unit to its parent is what a partOf cue reads, no list to pass over
        across_units = cue.relation != "partOf"
        group = partial(self.grammar.group, across_units=across_units)
        # a role stands near its cue, or anywhere in the cue's clause (FTC向A、B…和G七家公司发出问询令)
        starts = self.starts_of(mentions)  # (a name starting after the cue ends after it: not read, by bisection)
        before = [m for m in (mentions if starts is None else mentions[:bisect_right(starts, cue.start)])
                  if m.end <= cue.start and (cue.start - m.end <= WINDOW or m.start >= clause_start)]
        after = [m for m in (mentions if starts is None else mentions[bisect_left(starts, cue.end):bisect_right(starts, cue.end + WINDOW)])
                 if m.start >= cue.end and m.start - cue.end <= WINDOW]
        # Assemblyman A, D-Hayward, who co-authored the bill: the place of a party label is no side
        before, after = [m for m in before if not party_place(text, m)], [m for m in after if not party_place(text, m)]
        if cue.relation == "sued":
            before = self.unrepresented(text, cue, before)
        if cue.relation == "banned":  # 限制其获取美国技术, 八家中国公司: a place describing goods or firms is no side
            before = [m for m in before if not self.place_attribute(text, m)]
            after = [m for m in after if not self.place_attribute(text, m)]
        marked = self.marked_roles(text, start, clause_start, cue, before, after, group, mentions)
        if marked is not None:
            return marked
        if text[clause_start:].lstrip().startswith(self.pronouns):
            before = [m for m in before if m.start >= clause_start]  # 该案指控…: the subject is 该案
        markers = self.partner_markers if cue.relation in SYMMETRIC else self.target_markers
        if cue.relation == "sued":
            # X向<法院>起诉Y, X将Y诉至<法院>: the court is where the suit is filed, the name after 将 the defendant
            # (向加州北部地区巡回法院提交起诉书: a place opening a court's name no rule found is that venue, too)
            before = [m for m in before if m.type != "Court" and not (m.type == "Jurisdiction" and self.venue.match(text, m.end))]
        # A已将B收入囊中: the name after 将 is what was bought; 美国商务部将B列入实体清单: what is listed
        if cue.relation in ("sued", "acquired", "banned"):
            markers += self.defendant_markers
        # 向A、B发出命令，要求其提供…投资…的信息: a marker of an earlier clause marks that clause's act
        marker = self.target_marker(text, clause_start, cue.start, before, markers,
                                    described=cue.relation in LITIGATION)
        if marker is not None and text.startswith("的", cue.end) and cue.relation not in SYMMETRIC:
            marker = None  # 对拜登签署的第14105号行政令的落实: the marker's object is what the clause describes
        targets = [m for m in before if m.start > marker] if marker is not None else []
        # Luka缺乏合法依据，对其处以罚款: the target (其: Luka) is not its own actor
        targeted = {key(m) for m in targets if m.mechanism == "coref"}
        laws = sorted((m for m in before if m.type == "Law"), key=lambda m: m.start)
        law_starts = [law.start for law in laws]
        heads = self.grammar.nearest_group(text, before, head_types, lambda m: (
            m not in targets and not self.earlier_object(text, m, clause_start) and not self.never_head(text, m)
            and not self.earlier_agent(text, m, clause_start, before) and not self.complained(text, m, cue)
            and key(m) not in targeted and not self.law_described(text, m.end, laws, law_starts)), across_units)
        heads = self.grammar.extended(text, heads, mentions[bisect_left(starts, start):] if starts is not None
                                      else [m for m in mentions if m.start >= start], head_types, across_units)
        if cue.relation == "accused":
            heads = self.representing(text, heads, before)
        if targets and cue.relation not in TARGETED:
            before = [m for m in before if m not in targets]  # 针对 OpenAI API 用户推出: not what was released
        elif targets and (targeted_tails := group(text, targets, tail_types, from_right=True)):
            if cue.relation == "accused" and (complained_of := self.complained_of(text, marker, cue, targeted_tails, after, end)
                                              ) is not None:
                return heads, complained_of, 0.85  # X向国家网信办举报Y: the authority hears the complaint, Y is accused
            if cue.relation == "fined" and any(w in text[targeted_tails[-1].end:cue.start] for w in self.fine_payment):
                # Cruise向NHTSA支付150万美元民事罚款: the one paid to fines the one who pays
                payee = group(text, targets, head_types, from_right=True)
                return payee, [h for h in heads if h.type in tail_types], 0.8
            return heads, targeted_tails, 0.9  # A向B提起诉讼, A对B调查, A宣布与B合作: the name after the marker
        # (X向法院提起诉讼，指控Y…: a court after 向 is no target of 指控; its tail follows the cue)
        after = [m for m in after if not self.grammar.located(text, m) and not self.describing(text, m, after)
                 and not self.compared(text, m) and not self.derived.match(text, m.end)]
        if (agent := self.agent_clause.match(text, cue.end)) and (closing := text.find("的", agent.end(), end)) >= 0:
            after = [m for m in after if m.start > closing]  # 收购由苹果前设计官X创立的公司io: what 由 names founded the object
        stop = self.grammar.clause_end(text, cue.end, end)
        if (reported := self.reported(text, cue, after, end)) is not None:
            after, stop = reported
        if text[cue.start:cue.end] in self.joint and text[cue.end:].lstrip().startswith(self.unnamed_groups):
            return heads, [], 0.0  # A联合多名知名作家起诉B: A's partners are not named, B is sued
        tails = group(text, after, tail_types, from_right=False, stop=stop)
        tails = self.listed_on(text, tails, mentions, stop)
        if tails or not heads:
            return heads, tails, 0.9
        # A就《L》发布…: the tail stands between the head and the cue, in the cue's clause
        # (国务院印发《意见》，提出…: what 提出 introduces is not the 《意见》 of the clause before)
        if text[cue.start:cue.end] in self.in_force:
            return heads, [], 0.0  # 国家网信办将确保《条例》有效实施: the law takes effect, no one issues it
        between = [m for m in before if m.start >= max(heads[-1].end, clause_start)]
        return heads, group(text, between, tail_types, from_right=True), 0.75

    def body_named_for(self, place: Mention, relation: str, named: list[Mention]) -> bool:
        """荷兰当局今天对X处以罚款 where the item names 荷兰数据保护局: the place acts through a body of its
        own the item names (a state body whose name opens with the place's), so the place is no actor of a
        fine or an inquiry (Cues.actor_types).  Not a bloc (context.tsv bloc: 欧盟): news names the bloc
        itself for its Commission's acts (欧盟宣布对X展开调查 beside 欧盟委员会表示…: 欧盟 investigated X, as
        the gold reads it)."""
        return place.type == STATE_ACTED.get(relation) and place.text not in self.blocs and any(
            m.type in STATE_BODIES and m.text != place.text and m.text.startswith(place.text) for m in named)

    @staticmethod
    def actor_types(text: str, cue: Cue, mentions: list[Mention]) -> set[str]:
        """The kinds of name that may do a cue's act: its relation's (SIGNATURES), and for a fine or an
        inquiry worded in Chinese a state or bloc too where no state body, court or legislature is
        named beside it (欧盟本月5日宣布对X罚款, X已遭英国、法国和意大利当局罚款); where one is (英国信息
        专员办公室对收集英国居民照片的X罚款), the body acts and the place only locates or describes."""
        types = SIGNATURES[cue.relation][0]
        if STATE_ACTED.get(cue.relation) is None or text[cue.start:cue.end].isascii() \
                or any(m.type in STATE_BODIES for m in mentions):
            return types
        return types | {STATE_ACTED[cue.relation]}

    def marked_roles(self, text: str, start: int, clause_start: int, cue: Cue, before: list[Mention],
                     after: list[Mention], group, mentions: list[Mention]) -> tuple[list[Mention], list[Mention], float] | None:
        """The roles a word before the cue marks: 被 (passive), 命令 (causative), 就X的 (matter), 由
        (agent); None where none does."""
        head_types, tail_types = self.actor_types(text, cue, before), SIGNATURES[cue.relation][1]
        # (遭到A和B所隶属的C起诉: a unit's tie to its parent has no passive; the passive is the clause's act's)
        marker = None if cue.relation == "partOf" else self.passive_marker(
            text, start, cue.start, before, suit=cue.relation == "sued", approval=cue.relation in ("issued", "proposed"))
        if marker is not None:
            # X被Y起诉: the tail stands before 被, the head between 被 and the cue
            heads = group(text, [m for m in before if m.start > marker], head_types, from_right=True)
            if self.unnamed_subject(text, start, marker, before):
                return heads, [], 0.8  # 竞争对手被纽约时报起诉: the clause's own subject, not a name before it
            tails = self.passive_topic(text, start, marker, cue, before, mentions, heads) \
                or group(text, [m for m in before if m.end <= marker], tail_types, from_right=True)
            return heads, tails, 0.8
        causative = self.causative_marker(text, clause_start, cue, before)
        if causative is not None:
            # Garante命令Replika停止处理意大利用户的数据: the one ordered is the target, what follows the act is not
            heads = group(text, [m for m in before if m.end <= causative.start()], head_types, from_right=True)
            # the names between the order and the act are the one object (DeepSeek背后的A和B)
            # (要求A在意大利暂停…: a place after 在 is where the act stops, not what it stops)
            ordered = [m for m in before if m.start >= causative.end() and m.type in tail_types
                       and not self.grammar.located(text, m)]
            return heads, self.removed_object(text, cue, after, ordered, group) or ordered, 0.8
        matter, opening = self.matter(text, clause_start, cue, before) if cue.relation in MATTERED else ([], -1)
        if matter:
            # 律师公会已就Ke的执业行为展开调查: whose conduct the inquiry is about is its target (就ChatGPT的事件
            # 对OpenAI展开调查: the name after 对 is); the actor stands before 就
            heads = group(text, [m for m in before if m.end <= opening], head_types, from_right=True)
            return heads, matter, 0.85
        agent = self.agent_marker(text, clause_start, cue.start, before)
        if agent is not None:
            # 该法案由欧盟委员会于2021年4月提出: the actor after 由, what was acted on before it
            heads = group(text, [m for m in before if m.start > agent], head_types, from_right=True)
            if text.startswith("的", cue.end):  # 由OpenAI投资的星岚公司: what the act made is the name after 的
                tails = group(text, [m for m in after if m.start == cue.end + 1], tail_types, from_right=False)
            else:
                tails = group(text, [m for m in before if clause_start <= m.start and m.end <= agent], tail_types,
                              from_right=True) or self.topic(text, start, agent, before, tail_types)
            if heads and tails:
                return heads, tails, 0.8
            if not heads:
                return [], [], 0.0  # 由州长签署的AB 2839: the actor is no name the text gives
        return None

    def removed_object(self, text: str, cue: Cue, after: list[Mention], ordered: list[Mention], group) -> list[Mention]:
        """德国数据保护专员要求苹果和谷歌下架DeepSeek: a removal (context.tsv removal_cue: 下架, 移除)
        ordered of platforms bans what they are to remove, the names right after the act, not
        the platforms ordered; [] where no name follows it or the act is no removal."""
        if cue.relation != "banned" or not ordered or text[cue.start:cue.end] not in self.removals:
            return []
        following = [m for m in after if m.start >= cue.end]
        if not following or text[cue.end:following[0].start].strip() not in ("", "了"):
            return []
        return group(text, following, SIGNATURES["banned"][1] - {"Jurisdiction"}, from_right=False)

    def represented_members(self, text: str, clause_start: int, cue: Cue, mentions: list[Mention]) -> bool:
        """Whether the members right before a suit's cue are those a plaintiff named right before
        the word of acting for them sues for (原告A代表全体用户起诉B: A sues, the users are whom it
        acts for; context.tsv on_behalf); not where someone unnamed acts (A的律师代表用户起诉B)."""
        behalf = self.behalf.search(text, clause_start, cue.start) if cue.relation == "sued" else None
        return behalf is not None and any(m.end == behalf.start() for m in mentions)

    def complained_of(self, text: str, marker: int, cue: Cue, addressed: list[Mention], after: list[Mention],
                      end: int) -> list[Mention] | None:
        """X向国家网信办举报Y违规收集…: a complaint addressed to state bodies (after a venue marker,
        context.tsv complaint_venue_marker: 向) is lodged with them; it accuses the names right after
        its cue, or no one it names (X向国家网信办投诉称，相关规定过于宽松).  None where the
        addressed are no venue (X向Y发出律师函: Y is accused)."""
        if not text.startswith(self.venue_markers, marker):
            return None
        following = [m for m in after if m.start >= cue.end]
        if not all(m.type in STATE_BODIES for m in addressed) and not self.reported_to(text, cue, following):
            return None
        if not following or following[0].start - cue.end > 1:
            return []
        return self.grammar.group(text, following, SIGNATURES["accused"][1], from_right=False,
                                  stop=self.grammar.clause_end(text, cue.end, end))

    def reported_to(self, text: str, cue: Cue, following: list[Mention]) -> bool:
        """柏林数据保护专员向苹果和谷歌举报DeepSeek违法: a word of reporting (context.tsv report_cue) with a
        name right after it reports that name to those addressed, whoever they are (app stores, a
        platform); X向Y发出律师函, X向Y投诉 still accuse Y."""
        return text[cue.start:cue.end] in self.report_cues and bool(following) and following[0].start - cue.end <= 1

    def representing(self, text: str, heads: list[Mention], before: list[Mention]) -> list[Mention]:
        """A代表B向X发出律师函: an accusation made for another is made by both, the one who acts
        (named right before a word of acting on behalf, context.tsv on_behalf) and the one acted for."""
        if not heads:
            return heads
        acting = [m for m in before if m.end <= heads[0].start and m.type in SIGNATURES["accused"][0]
                  and self.behalf.fullmatch(text[m.end:heads[0].start].strip())]
        return acting[-1:] + heads

    def unrepresented(self, text: str, cue: Cue, before: list[Mention]) -> list[Mention]:
        """The names before a suit's cue but those it is brought for (本案由A与B代表英国及葡萄牙的多名司机，
        向法院起诉C: 英国 and 葡萄牙 describe the drivers A and B sue for, no plaintiffs): a word of acting on
        someone's behalf (context.tsv on_behalf) opens the phrase, a clause break or a target marker ends it."""
        opening = before[0].start if before else cue.start
        if not self.behalf_words.occurs(text, opening, cue.start):
            return before
        behalf = None
        for found in self.behalf.finditer(text, opening, cue.start):
            if not inside_any(found.start(), before):
                behalf = found
        if behalf is None:
            return before
        closing = self.behalf_end.search(text, behalf.end(), cue.start)
        phrase_end = closing.start() if closing else cue.start
        return [m for m in before if not (behalf.end() <= m.start and m.end <= phrase_end)]

    def matter(self, text: str, clause_start: int, cue: Cue, before: list[Mention]) -> tuple[list[Mention], int]:
        """The names between 就 and 的 in the cue's clause (就Ke的执业行为展开调查, 就谷歌与苹果的
        合作进行审查, 就X是否存在…进行调查: a question word for 的, context.tsv embedded_question):
        whose conduct an inquiry or a fine is about (context.tsv matter_marker), or the
        names a target marker after the matter introduces (就ChatGPT的数据泄露事件对OpenAI展开调查: OpenAI);
        and where the marker 就 stands (the actor is named before it)."""
        for marker in self.matter_markers:
            position = text.rfind(marker, clause_start, cue.start)
            if position < 0 or inside_any(position, before):
                continue
            following = [m for m in before if m.start >= position + len(marker)]
            types = SIGNATURES[cue.relation][1]
            named = self.grammar.group(text, following, types, from_right=False)
            if named and named[0].start - position - len(marker) <= 2 and text.startswith(("的", *self.embedded_questions),
                                                                                          named[-1].end):
                targeted = self.targeted_after(text, named[-1].end, cue.start, following)
                return (self.grammar.group(text, targeted, types, from_right=False) if targeted else named), position
        return [], -1

    def targeted_after(self, text: str, position: int, cue_start: int, before: list[Mention]) -> list[Mention]:
        """就ChatGPT的数据泄露事件对OpenAI展开调查: the names a target marker between the matter and the
        cue introduces (a name right after it); the matter then only tells what the act is about."""
        for marker in self.target_markers:
            found = text.find(marker, position, cue_start)
            while found >= 0:
                named = [m for m in before if m.start >= found + len(marker)]
                if not inside_any(found, before) and named and named[0].start - found - len(marker) <= 1:
                    return named
                found = text.find(marker, found + 1, cue_start)
        return []

    def reported(self, text: str, cue: Cue, after: list[Mention], end: int) -> tuple[list[Mention], int] | None:
        """FTC指控，这家公司宣称…; SEC指控称：A虚称…: an accusation told as a report, a comma
        or colon after its cue, accuses the name opening the reported clause (context.tsv
        reported_accusation), not a name later in it."""
        if cue.relation != "accused":
            return None
        mark = self.reported_accusation.match(text, cue.end)
        if mark is None:
            return None
        opening = [m for m in after if mark.end() <= m.start <= mark.end() + 1]
        return opening, self.grammar.clause_end(text, mark.end(), end)

    def listed_on(self, text: str, tails: list[Mention], mentions: list[Mention], stop: int) -> list[Mention]:
        """A group of tails found near its cue with the names coordinated after it in the
        clause, however far from the cue they stand (批准发布《A》（编号）、《B》（编号）和《C》:
        three long titles, the last past the cue's window)."""
        if not tails:
            return tails
        group = list(tails)
        types = {tail.type for tail in tails}
        for mention in mentions:
            if mention.start < group[-1].end:
                continue
            along = self.along_with.match(text, group[-1].end)
            if mention.start >= stop and not (along and mention.start == along.end() and mention.type in types):
                break  # 公布「A」，连同修正的「B」、「C」: what 连同 adds after the clause shares A's role
            if mention.start >= stop:
                stop = self.grammar.clause_end(text, mention.end, len(text))
            elif mention.type not in types or not self.grammar.coordinated(text, group[-1], mention, from_right=False):
                break
            group.append(mention)
        return group

    def owned_targets(self, text: str, tails: list[Mention], mentions: list[Mention], relation: str) -> list[Mention]:
        """封禁OpenAI旗下的ChatGPT, 调查谷歌下属的DeepMind: what is acted on is the unit or
        product named after its owner and a word of belonging (context.tsv unit_of), not the owner;
        a model its owner names with 的 is what a ban stops (禁止员工使用微软的Copilot: Copilot is banned; a fine
        still falls on the owner: 对OpenAI的ChatGPT处以罚款)."""
        out = []
        starts = self.starts_of(mentions)
        for tail in tails:
            if starts is None:
                unit = next((m for m in mentions if m.start >= tail.end), None)
            else:  # (the first name starting after the tail, by bisection)
                unit = mentions[at] if (at := bisect_left(starts, tail.end)) < len(mentions) else None
            between = text[tail.end:unit.start].strip() if unit is not None else ""
            if unit is not None and unit.type in ("AIModel", "Company", "Organization") and (
                    between in self.units or (between == "的" and unit.type == "AIModel" and relation == "banned")):
                tail = unit
            tail = self.parent_named(text, tail, mentions) or tail
            # (no name from the first starting at the tail on ends before it)
            last = len(mentions) if starts is None else bisect_left(starts, tail.start)
            owner = next((mentions[at] for at in range(last - 1, -1, -1) if mentions[at].end <= tail.start), None)
            if relation == "fined" and tail.type == "AIModel" and owner is not None and owner.type == "Company" \
                    and text[owner.end:tail.start].strip() == "的":
                tail = owner
            if tail not in out:
                out.append(tail)
        return out

    def parent_named(self, text: str, tail: Mention, mentions: list[Mention]) -> Mention | None:
        """向TikTok中国母公司字节跳动发出通知函, 起诉谷歌母公司Alphabet: the name a parent company's word
        (context.tsv parent_company) follows, a place of the parent's at most between, is what is acted
        on; the unit before it only describes it."""
        after = [m for m in mentions if m.start >= tail.end]
        place = after[0] if after and after[0].type == "Jurisdiction" and not text[tail.end:after[0].start].strip() else None
        rest = after[1:] if place is not None else after
        if not rest or rest[0].type not in ("Company", "Organization"):
            return None
        between = text[(place or tail).end:rest[0].start].strip()
        return rest[0] if between.removeprefix("的") in self.parent_words else None

    def starts_of(self, mentions: list[Mention]) -> list[int] | None:
        """Where each of ``mentions`` starts, where they are in order of their starts (for bisection:
        a cue's names near it are not sought through the whole sentence), else None; kept for the
        last list asked about (the sentence's names, asked about at each of its cues)."""
        if self._starts[0] is not mentions:
            starts = [m.start for m in mentions]
            self._starts = (mentions, starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)
        return self._starts[1]

    def describing(self, text: str, mention: Mention, mentions: list[Mention]) -> bool:
        """暂停中国人工智能公司深度求索的应用: a place and a kind of company before a name
        describe the name, which is what is acted on."""
        if mention.type != "Jurisdiction":
            return False
        following = next((m for m in mentions if m.start >= mention.end), None)
        return (following is not None and self.acting_on.match(text, mention.end, following.start) is None
                and self.descriptions.describes(text[mention.end:following.start]))

    def place_attribute(self, text: str, mention: Mention) -> bool:
        """限制其获取美国技术和产品, 禁止从事与中国有关的进出口活动: a place a ban's clause names right
        before a word of goods, firms or territory (context.tsv place_attribute), or of its people or of
        making and 的 (place_people: 暂停处理意大利用户的数据, 中国制造的芯片), is an attribute of that, not what
        the ban targets (向中国出口的限制, 限制意大利用户访问, 限制中国开发先进芯片: the place is).  (Not
        admissible's member_of check: that one reads people or units right after the place, no 的, for
        every relation; this one, a ban's target only, also making: 中国制造的芯片.)"""
        return mention.type == "Jurisdiction" and (text.startswith(self.place_attributes, mention.end)
                                                   or self.place_people.match(text, mention.end) is not None)

    def compared(self, text: str, mention: Mention) -> bool:
        """发布类 ChatGPT 助手, 发布 Sora 级视频生成大模型: a model named only to compare the
        one acted on with (context.tsv compared_before, compared_after)."""
        return mention.type == "AIModel" and (
            text[:mention.start].rstrip().endswith(self.compared_before)
            or text[mention.end:mention.end + 4].lstrip().startswith(self.compared_after))

    def spoken_for(self, text: str, head: Mention, mentions: list[Mention]) -> Mention:
        """辉达（NVIDIA）首席执行官黄仁勋宣布，将与鸿海合作: a person named with a title
        right after a company speaks for it; the company is the one that partners."""
        if head.type != "Person":
            return head
        body = max((m for m in mentions if m.end <= head.start), key=lambda m: m.end, default=None)
        if body is None or body.type not in ("Company", "Organization"):
            return head
        gap = PARENTHESIS.sub("", text[body.end:head.start]).strip()
        return body if gap and gap in self.person_titles else head

    def listed_before_place(self, text: str, heads: list[Mention], mentions: list[Mention], relation: str
                            ) -> list[Mention]:
        """迪士尼、环球影业、华纳兄弟三大美国影视巨头将Y告上法庭: a place opening the description of
        a list of names, their count between (三大, 两家), is no actor: the names it describes are."""
        if len(heads) != 1 or heads[0].type != "Jurisdiction":
            return heads
        listed = [m for m in mentions if m.end <= heads[0].start]
        if not listed or not _LIST_COUNT.fullmatch(text, listed[-1].end, heads[0].start):
            return heads
        group = self.grammar.group(text, listed, set(SIGNATURES[relation][0]) - {"Jurisdiction"}, from_right=True)
        return group if len(group) > 1 else heads

    def place_describing(self, text: str, head: Mention, cue: Cue, mentions: list[Mention]) -> bool:
        """欧盟《人工智能法案》生效, 加拿大五家新闻机构联手起诉, 日本读卖新闻起诉, 韩国：《…》施行:
        a place right before a name, a count, a description of a kind of body or a colon
        says whose or which; it is not the actor of the act."""
        if head.type != "Jurisdiction" or head.end >= cue.start:
            return False
        rest = text[head.end:cue.start]
        following = rest.removeprefix("的")
        if following.startswith(("《", "：", ":")) or _COUNT.match(following):
            return True
        start = head.end + len(rest) - len(following)
        if any(m.start == start for m in mentions):
            return True  # 美国伊利诺伊州通过了…: the state acts, the country before it only locates it
        if self.unknown_body_after(text, head, cue.start, mentions) or self.descriptions.describes(following):
            return True  # 日本内容业者联手致函OpenAI: the place describes the kind of firms that act
        return self.describing(text, head, [m for m in mentions if head.end <= m.start < cue.start])

    def worded_place(self, text: str, place: Mention, cue: Cue) -> bool:
        """加州立法者通过《X》, 意大利AI领域的立法空白…仍需通过: a place that alone issues an instrument
        stands right before the act, but for words of time and manner (美国伊利诺伊州于8月通过了); other
        words between say who acts, which the place only describes or precedes (a list of states that
        sign together, 包括法国、德国和日本在内的十多个国家签署了, is more than one head)."""
        return place.type == "Jurisdiction" and place.end <= cue.start and bool(self.wordy(text, place.end, cue.start).strip(" ，,"))

    def unknown_body_after(self, text: str, place: Mention, cue_start: int, mentions: list[Mention]) -> bool:
        """法国全国出版联合会（SNE）与…起诉: a place that begins a body's name no rule found
        (words ending in a body's suffix, no other name among them) is no actor."""
        run = _NAME_RUN.match(text, place.end, cue_start)
        if run is None or run.group()[0] in _JOINING or any(place.end <= m.start < run.end() for m in mentions):
            return False
        return run.group().endswith(self.body_suffixes) and len(run.group()) > 2

    def never_head(self, text: str, mention: Mention) -> bool:
        """A name no cue acts through, whatever the cue: a dateline's outlet, the owner of the means
        (means_owner), a seller (kg.facts.stake), the agent of a relative clause (X提出的);
        asked once per name of a text, not again at each cue of its sentence."""
        if self._never_heads[0] is not text:
            self._never_heads = (text, {})
        seen, span = self._never_heads[1], (mention.start, mention.end)
        if span not in seen:
            seen[span] = bool(dateline(text, mention) or self.means_owner(text, mention) or self.grammar.cited(text, mention)
                              or self.sellers.sold(text, mention) is not None or self.relative.match(text, mention.end))
        return seen[span]

    def speaker_only(self, text: str, head: Mention, cue: Cue, mentions: list[Mention]) -> bool:
        """律师张某说，好莱坞公司起诉Y; X的律师团队称，这种做法「阻止了Y」; 专员X表示，政府希望通过《指引》…: a name
        that says, with a word of saying and its comma between it and the cue, the words of a clause that opens with
        a Chinese subject of its own (a noun, 这种做法) is no actor of the act the clause tells.  The clause read is
        the cue's own (X表示，已有客户试用，并与Y合作: 并…), or, where the words said are quoted, the quote's first
        (X称，这种做法「封锁了市场，并阻止Y」); names in it are left out (X回应：Z开源模型是…).  The speaker goes on
        acting where the clause opens, time words and adverbs aside, with a pronoun of it, a marker, a preposition
        or a word of intent (欧盟表示，将调查X; X称，已依据《法》对Y展开调查: context.tsv speaker_goes_on), with a
        Latin or numbered name (X表示，1B模型已与Y合作完成适配), or with the cue itself."""
        said = self.speech_break.match(text, head.end, cue.start)
        if said is None:
            return False
        words = "".join(" " if any(m.start <= i < m.end for m in mentions) else ch
                        for i, ch in enumerate(text[said.end():cue.start], said.end()))
        quoted = any(text.count(opening, said.start(), cue.start) > text.count(closing, said.start(), cue.start)
                     for opening, closing in ("「」", "“”"))
        clauses = CLAUSE_BREAK.split(words)
        clause = (clauses[0] if quoted else clauses[-1]).strip(" \t“”「」\"")
        while True:  # 今天将…, 已经…: time words and adverbs before the clause's first word
            filler = self.time_words.match(clause) or self.act_fillers.match(clause)
            if filler is None or not filler.group():
                break
            clause = clause[filler.end():].lstrip()
        return bool(re.match(f"[{CJK}]", clause)) and not clause.startswith(self.speaker_goes_on)

    def complained(self, text: str, mention: Mention, cue: Cue) -> bool:
        """根据X的投诉对Y展开调查: the author of the complaint the act is based on is not its actor."""
        if self._basis[0] is not text:  # (a text without any is not searched again at each name and cue)
            self._basis = (text, self.basis_marker.search(text) is not None)
        if not self._basis[1] or self.basis_marker.search(text, max(0, mention.start - 16), mention.start) is None:
            return False  # asked first: the rest of the clause is read only after a marker (linear in the names)
        rest = PARENTHESIS.sub("", text[mention.end:cue.start]).lstrip()
        return rest.startswith("的") and rest[1:].startswith(self.basis_nouns)

    def means_owner(self, text: str, mention: Mention) -> bool:
        """A和B利用《纽约时报》的内容打造ChatGPT: a name owning what an act is done with (right after
        利用, 使用, 借助: context.tsv means_marker, and before 的) is no actor of the act."""
        lead = text[max(0, mention.start - 4):mention.start].rstrip(" 《「“\"")
        return lead.endswith(self.means_markers) and text[mention.end:mention.end + 3].lstrip(" 》」”\"").startswith("的")

    def earlier_object(self, text: str, mention: Mention, clause_start: int) -> bool:
        """迪士尼宣布向OpenAI投资…，并与OpenAI签署协议: a name after 向/对 in an earlier
        clause is that clause's object, not the subject of this one."""
        return mention.end <= clause_start and text[max(0, mention.start - 2):mention.start].endswith(self.target_markers)

    def earlier_agent(self, text: str, mention: Mention, clause_start: int, before: list[Mention]) -> bool:
        """宇树科技由王兴兴创办，近年推出G1: a name after 由 in an earlier clause, right after the
        name the sentence is about, is that clause's agent; the named topic acts later, not its
        founder (该案由X提起，指控Y: with no named topic X is the actor)."""
        if mention.end > clause_start:
            return False
        marker = next((w for w in self.agent_words if text.endswith(w, 0, mention.start)), None)
        return marker is not None and any(m.end == mention.start - len(marker) for m in before)

    def admissible(self, text: str, start: int, cue: Cue, relation: str, head: Mention, tail: Mention,
                   mentions: list[Mention]) -> bool:
        """The checks a (head, tail) pair must pass beyond its types."""
        if head.start == tail.start or key(head) == key(tail):
            return False
        if relation == "banned" and head.type in ("Company", "Organization") and tail.type != "AIModel" and (
                tail.type != "Jurisdiction" or text[cue.start:cue.end] not in self.access):
            return False  # a company restricts access from a place or bars a tool (ChatGPT); it does not ban a firm
        if relation in ("banned", "fined", "investigated") and tail.type == "Jurisdiction" and (
                head.type == "Person" or (head.text.startswith(tail.text) and head.text != tail.text)):
            return False  # 意大利数据保护局…暂停处理意大利用户的数据: a body acts in its own country, not on it; a lawmaker's
            # ban on a country (禁止数据经纪商向外国…) is a bill's, and the bill proposes it
        if relation == "banned" and head.type not in BAN_ORDERING and text[cue.start:cue.end].endswith(self.ban_orders):
            return False  # 法院对X发出禁令: an injunction (adjudicated); 马斯克…支持发布禁令: a party asks; a state body's ban
        if any(m.type == "Person" and self.judged(text, start, m) for m in (head, tail)) and relation != "adjudicated":
            return False  # 法官科琳·麦克马洪: the judge is no party
        if tail.type == "Person" and relation == "adjudicated" and self.judged(text, start, tail):
            return False
        if relation in DEPICTED_PARTIES and self.depicted(text, start, tail):
            return False  # images … showing President X, 关于X的阴谋论: what the content shows or is about is no party
        if head.type == STATE_ACTED.get(relation) and self.grammar.located(text, head):
            return False  # 在美国，白宫…调查X: the place of the act, not its actor
        if (relation, "head", head.type) in self.unfit_sides or (relation, "tail", tail.type) in self.unfit_sides:
            return False  # 指控其训练Llama: the model is what a charge is about; 向X法院起诉: a court partners no one
        if head.type == "Jurisdiction" and relation in ("sued", "accused") and text[head.end:cue.start].strip():
            return False  # 加拿大多家新闻机构起诉, 美国母亲起诉: the place describes the plaintiffs
        if head.type == "Jurisdiction" and any(text.startswith(t, head.end) for t in self.person_titles):
            return False  # 美国参议员…提出: the place describes the person
        if tail.type == "Jurisdiction" and text.startswith(self.members, tail.end) and not (
                head.type in ("Company", "Organization") and text[cue.start:cue.end] in self.access):
            return False  # 暂停处理意大利用户的数据: the place describes the people (a firm barring them bars the place)
        if head.type in PARTIES and self.asked_for(text, start, cue, head, mentions):
            return False  # 马斯克要求暂停OpenAI转型: a party asks for the act; an authority's 要求 orders it
        if relation == "adjudicated" and self.grammar.asked(text, start, head.start):
            return False  # 两家报纸要求东京地方法院裁定…: a court asked to rule has not ruled (context.tsv plea)
        return not (relation in HOSTILE and self.shared.kin(head, tail))  # Meta 审查 Instagram: not its own unit

    def asked_for(self, text: str, start: int, cue: Cue, head: Mention, mentions: list[Mention]) -> bool:
        """马斯克要求暂停OpenAI转型; 马斯克要求法院阻止OpenAI转型, X要求苹果和谷歌从应用商店下架Y: a word of
        asking (context.tsv demand) right before the cue, or after the party in the cue's clause with
        the one asked right after it (a court, context.tsv court_reference; a name), makes the act
        one the party asks for, not one it does (X在提交申请后起诉Y: no one asked, the word a noun;
        根据A的要求，B…: the party asked acts)."""
        if text.endswith(self.demands, max(start, cue.start - 4), cue.start):
            return True
        opening = max(self.grammar.clause_start(text, start, cue.start), head.end if head.end <= cue.start else cue.start)
        for word in self.demands:
            found = text.find(word, opening, cue.start)
            while found >= 0:
                after = found + len(word)
                after += len(text[after:cue.start]) - len(text[after:cue.start].lstrip())
                if text.startswith(self.asked_courts, after) or any(m.start == after for m in mentions):
                    return True
                found = text.find(word, after, cue.start)
        return False

    def passive_marker(self, text: str, start: int, cue_start: int, before: list[Mention], suit: bool = False,
                       approval: bool = False) -> int | None:
        """Position of 被/遭 governing the cue: only names and a few characters between (for a
        suit, the words of filing it and its kind aside: X已被A和B提起版权诉讼); ``approval``: of
        获/得到 too (《人工智能法》获欧洲议会通过), where the last of either is the marker."""
        passives = self.passive + self.approval_passive if approval else self.passive
        position = max(self.passive_words.last(text, start, cue_start),
                       self.approved_by(text, start, cue_start, before) if approval else -1)
        role = next((r for r in self.party_roles if text.startswith(r, position)), None) if position >= 0 else None
        if role and any(0 <= m.start - position - len(role) <= 1 for m in before):
            return None  # 将被告字节跳动诉至法院: 被告 names the defendant right after it, no passive
        if position < 0 or inside_any(position, before):
            return None
        between = text[position:cue_start]
        agents = sorted((m for m in before if m.start >= position), key=lambda m: m.start)
        # 被金融科技公司Oportun收购, 被美国科技公司微软起诉: the agent's description is no word between
        opening = position + max(len(p) for p in passives if text.startswith(p, position))
        described = next((m for m in agents if self.agent_description.fullmatch(text, opening, m.start)), None)
        if described is not None:
            between = between.replace(text[opening:described.start], "", 1)
        for mention in agents:
            between = between.replace(mention.text, "")
        # 遭A、B和C当局罚款: the agents' list marks are no words between
        between = LIST_MARKS.sub("", re.sub(r"[《》“”\s]", "", self.sanction_filler.sub("", between)))
        # 被市场监管总局依法开展立案调查, 被X以侵犯版权为由起诉: the words of time and manner and the grounds
        # are no words between
        between = self.act_fillers.sub("", self.grounds.sub("", between))
        if suit:  # 被A和B提起版权诉讼: the filing of a suit of some kind is no word
            between = self.suit_filing.sub("", LIST_MARKS.sub("", self.suing_together(between)))
        return position if len(between) <= 4 else None

    def approved_by(self, text: str, start: int, cue_start: int, before: list[Mention]) -> int:
        """Position of the last 获/得到 before the cue with an agent's name right after it
        (《人工智能法》获欧洲议会通过) or the cue itself (获得通过), or -1: 获 inside 获悉, 获取, 查获
        governs nothing."""
        position = self.approval_words.last(text, start, cue_start)
        if position < 0:
            return -1
        word = max((w for w in self.approval_passive if text.startswith(w, position)), key=len, default="")
        if any(0 <= m.start - position - len(word) <= 1 for m in before) or not self.wordy(text, position + len(word), cue_start):
            return position  # 获欧洲议会通过; 在州议会获得通过: the act right after it, its agent untold
        return -1

    def unnamed_subject(self, text: str, start: int, marker: int, before: list[Mention]) -> bool:
        """Whether a later clause opens with words of its own and no name before its 被 (星岚科技称，
        竞争对手被纽约时报起诉): the one acted on is unnamed, not a name of an earlier clause.  Words
        of time or manner are none of its own (近日被, 已被: context.tsv name_then_time, act_adverb)."""
        clause_start = self.grammar.clause_start(text, start, marker)
        return clause_start > start and not any(clause_start <= m.start < marker for m in before) \
            and bool(self.time_words.sub("", self.wordy(text, clause_start, marker)))

    def passive_topic(self, text: str, start: int, marker: int, cue: Cue, before: list[Mention],
                      mentions: list[Mention], agents: list[Mention]) -> list[Mention]:
        """英伟达公司因涉嫌违反《反垄断法》，已被市场监管总局立案调查: a passive clause naming no one
        before its 被 (words of time or manner aside; any other word is its own subject) is told of the names the sentence opens
        with (Cues.subject), not of a name in the clauses between (a law, a place of the reason)."""
        clause_start = self.grammar.clause_start(text, start, marker)
        if clause_start <= start or any(clause_start <= m.start < marker for m in before) \
                or self.wordy(text, clause_start, marker):
            return []
        return self.subject(text, start, cue, mentions, agents, SIGNATURES[cue.relation][1])

    def suing_together(self, between: str) -> str:
        """What stands between a passive suit's 被 and its cue once its agents' names are out, less
        the words telling that they sue together and how many they are (被A等三家公司联合起诉, 遭A、B等
        多家媒体起诉, 被作家A（化名）等人起诉: a gloss, 等 and a few words, a word of acting jointly:
        context.tsv joint)."""
        return self.agents_tail.sub("", self.agents_joint.sub("", _GLOSS.sub("", between)))

    def causative_marker(self, text: str, clause_start: int, cue: Cue, before: list[Mention]):
        """命令/责令/要求 in the cue's clause, with a name between it and a hostile cue."""
        if cue.relation not in HOSTILE or not self.causative_words.occurs(text, clause_start, cue.start):
            return None  # (a clause with no word of ordering is not searched)
        last = next((m for m in reversed(list(self.causatives.finditer(text, clause_start, cue.start)))
                     if not inside_any(m.start(), before)), None)  # (only the last is asked about)
        if last and any(m.start >= last.end() for m in before) and any(m.end <= last.start() for m in before):
            return last
        return None

    def agent_marker(self, text: str, clause_start: int, cue_start: int, before: list[Mention]) -> int | None:
        """Position of 由 introducing the actor of the cue (该法案由参议员X于5月提出):
        only names, a date and a few words of time or manner between it and the cue;
        由于, 理由 are no 由."""
        # the last 由 of the clause that is one (the others are not asked about: a clause of a
        # thousand names and markers is read once per cue, not once per marker and name)
        if not self.agent_word_index.occurs(text, clause_start, cue_start):
            return None  # (a clause with no 由 is not searched)
        last = next((m for m in reversed(list(self.agent_markers.finditer(text, clause_start, cue_start)))
                     if not any(n.start() <= m.start() < n.end() for n in self.not_agents.finditer(text, max(0, m.start() - 1), m.end() + 1))
                     and not inside_any(m.start(), before)), None)
        if last is None:
            return None
        position = last.end()
        named = sorted((m for m in before if m.start >= position), key=lambda m: m.start)
        if named and named[-1].type == "Jurisdiction" and self.wordy(text, named[-1].end, cue_start):
            return None  # 由日本内阁通过: the actor is a body the place only begins
        if self.law_described(text, position, [m for m in named if m.type == "Law"]):
            return None  # 由参议员X提出的《法案》在议会获得通过: 由 opens a relative clause on the law, not the act's actor
        between = text[position:cue_start]
        for mention in reversed(named):
            between = between[:mention.start - position] + between[mention.end - position:]
        # the commas of a list the names leave behind (由A联合B、C、D、E、F、G于7月公布) are no words
        return last.start() if len(LIST_MARKS.sub("", self.wordy(between, 0, len(between)))) <= 4 else None

    @staticmethod
    def describes_law(text: str, position: int, law: Mention) -> bool:
        """Whether the words from ``position`` to the law are a relative clause on it (参议员X提出的《法案》:
        a verb and 的 right before it, in one clause), so a name in them is not the actor of what follows."""
        if law.type != "Law" or CLAUSE_BREAK.search(text, position, law.start):
            return False
        return _relative_clause(text, position, law.start)

    @staticmethod
    def law_described(text: str, position: int, laws: list[Mention], starts: list[int] | None = None) -> bool:
        """Whether the words from ``position`` are a relative clause on one of ``laws`` (Law
        mentions in order; ``starts`` their starts, when the caller asks for many positions)
        after it: ``any(describes_law(text, position, law) for law in laws if law.start >
        position)``, reading only the laws of position's clause and, of the words, only their
        end and what opens them (the time of a few laws, not of all of them times their
        distance: 13 M calls for a sentence of 4,000 characters)."""
        first = bisect_right([law.start for law in laws] if starts is None else starts, position)
        if first == len(laws):
            return False
        breaks = clause_breaks(text)
        following = bisect_left(breaks, position)  # CLAUSE_BREAK.search(text, position, laws[-1].start)
        clause_end = min(breaks[following], laws[-1].start) if following < len(breaks) else laws[-1].start
        for law in islice(laws, first, None):
            if law.start > clause_end:
                return False
            if _relative_clause(text, position, law.start):
                return True
        return False

    def wordy(self, text: str, start: int, end: int) -> str:
        """What is left of a stretch of text without dates, parentheses and the words of time
        and manner that may stand between an actor and its act (于2021年4月, 共同)."""
        left = self.act_fillers.sub("", CHINESE_YEAR.sub("", DATE.sub("", PARENTHESIS.sub("", text[start:end]))))
        return _QUOTES_AND_BLANKS.sub("", left)

    def topic(self, text: str, start: int, agent: int, before: list[Mention], types: set[str]) -> list[Mention]:
        """SB 1047 由X提出，并于8月由Y通过: what the sentence begins with, when the clause
        of 由 names nothing before it; a short clause on it may stand before it and a comma
        after it (8月起施行的X，由A联合B公布)."""
        first = min((m for m in before if m.end <= agent), key=lambda m: m.start, default=None)
        if first is None or first.type not in types or not self.opening_modifier(text, start, first.start):
            return []
        rest = text[first.end:agent].lstrip(" ，,》」”")
        return [first] if not rest or rest.startswith(("由", "于", "已", "在", "（", "(")) else []

    @staticmethod
    def opening_modifier(text: str, start: int, end: int) -> bool:
        """Whether what opens a sentence before its first name is nothing but a date, or a
        short relative clause on the name (8月15日起施行的, 新修订的)."""
        words = DATE.sub("", text[start:end]).strip(" ，,《「“")
        return not words or (words.endswith("的") and len(words) <= TOPIC_MODIFIER
                             and CLAUSE_BREAK.search(words) is None)

    def topic_laws(self, text: str, start: int, clause_start: int, mentions: list[Mention]) -> list[Mention]:
        """这批法案由行政院提出，立法院上月三读通过: the laws a sentence opens with as its
        topic (由, 于, 已 after them) are what a later clause's actor acts on when it names
        nothing itself."""
        opening = [m for m in mentions if start <= m.start and m.end <= clause_start]
        if not opening or opening[0].type != "Law" or DATE.sub("", text[start:opening[0].start]).strip(" ，,《「“"):
            return []
        laws = self.grammar.group(text, opening, {"Law"}, from_right=False)
        if not laws or laws[0] is not opening[0]:
            return []
        return laws if text[laws[-1].end:clause_start].lstrip(" 》」”").startswith(("由", "于", "已", "在", "（", "(")) else []

    def target_marker(self, text: str, start: int, cue_start: int, before: list[Mention],
                      markers: tuple[str, ...], described: bool = False) -> int | None:
        """Position of the last marker before the cue that introduces a name: 向/对/针对
        for a target (A对B提起诉讼), 与/和 for a partner (A宣布与B合作); ``described``: the name
        may stand after a longer description of its kind (已与人工智能（AI）音乐创作平台B达成和解)."""
        best = None
        for marker in markers:
            position = text.rfind(marker, start, cue_start)
            while position >= 0 and inside_any(position, before):
                position = text.rfind(marker, start, position)  # 与 inside 信息与隐私专员办公室 is no marker
            if position < 0:
                continue
            following = [m for m in before if m.start >= position + len(marker)]
            first = min((m.start for m in following), default=None)
            near = first is not None and (first - position - len(marker) <= 12 or described and self.descriptions.describes(
                PARENTHESIS.sub("", text[position + len(marker):first])))
            if near and not self.enumerated(text, position, before):
                best = max(best or -1, position)
        while best is not None and (first := self.group_opening(text, start, best, before, markers)) is not None:
            best = first  # 分别与OpenAI和Anthropic签署: 和 joins the partners 与 introduces
        return best

    @staticmethod
    def group_opening(text: str, start: int, position: int, before: list[Mention], markers: tuple[str, ...]) -> int | None:
        """The marker before ``position`` whose names run up to it joined only by 、和及与:
        the marker at ``position`` then joins a group, it introduces none."""
        for marker in markers:
            found = text.rfind(marker, start, position)
            if found < 0:
                continue
            between = text[found + len(marker):position]
            for mention in sorted((m for m in before if found < m.start and m.end <= position), key=lambda m: -m.start):
                between = between[:mention.start - found - len(marker)] + between[mention.end - found - len(marker):]
            if between != text[found + len(marker):position] and not between.strip("、和及与 "):
                return found
        return None

    @staticmethod
    def enumerated(text: str, position: int, before: list[Mention]) -> bool:
        """英国、美国和中国…开展合作: 和 ending an enumeration (a name right before it, named
        after a 、) joins its last name, it introduces no partner."""
        previous = [m for m in before if m.end <= position]
        return bool(previous) and not text[previous[-1].end:position].strip() and \
            text[:previous[-1].start].rstrip().endswith("、")

    def judged(self, text: str, start: int, person: Mention) -> bool:
        """Whether the person is named as a judge: 法官西德尼·斯坦, 斯坦法官."""
        before, after = text[max(start, person.start - 4):person.start], text[person.end:person.end + 8]
        after = PARENTHESIS.sub("", after).lstrip()
        return any(before.endswith(j) or after.startswith(j) for j in self.judges)

    def joint_action(self, text: str, heads: list[Mention], cue: Cue, mentions: list[Mention]) -> bool:
        """A joint word between the first actor and the cue (A联合B发布), not inside a name
        (全国作家和作曲家联合会与B起诉C: co-plaintiffs, no partners)."""
        inside = {i for mention in mentions for i in range(mention.start, mention.end)}
        span = "".join(" " if i in inside else text[i] for i in range(heads[0].start, cue.start))
        return any(j in span for j in self.joint)

    def amendment_planned(self, text: str, start: int, cue: Cue) -> bool:
        """An amendment a body pushes for, studies or begins (推动修订《X》, 研究立法修订, 启动修订: context.tsv
        amendment_modal right before a word of amending): proposed, the amended text a draft."""
        return text[cue.start:cue.end] in self.amending and text.endswith(self.amendment_modal, start, cue.start)

    def legislature_passing(self, text: str, cue: Cue, heads: list[Mention]) -> bool:
        """A legislature's vote passing a bill (巴西参议院通过第X号法案，草案转交众议院审议): issued, the bill
        still called a draft or not (context.tsv legislative_passage)."""
        return bool(heads) and all(head.type == "Legislature" for head in heads) \
            and text[cue.start:cue.end].lower() in self.legislative_passage

    def relative_object(self, text: str, head: Mention, mentions: list[Mention]) -> Mention | None:
        """The instrument a relative clause opening right before the act's actor is on (the X
        package that the Commission proposed; X, which the Senate passed): what the act was on."""
        law = max((m for m in mentions if m.end <= head.start), key=lambda m: m.end, default=None)
        return law if law is not None and law.type == "Law" and self.relative_object_gap.fullmatch(text, law.end, head.start) else None

    def is_draft(self, text: str, cue: Cue, tails: list[Mention], end: int) -> bool:
        near = text[cue.start:min(end, cue.end + 30)]
        if tails:  # 公布《准则》（Code of Practice）第三稿, its Digital Omnibus proposal: the draft word after the title and its gloss
            near += " " + PARENTHESIS.sub("", text[tails[-1].end:min(end, tails[-1].end + 60)]).lstrip()[:8]
            if tails[0].start > cue.end:  # published a consultation paper on the proposed Guidelines: the word right before it
                near += " " + text[max(cue.end, tails[0].start - DRAFT_BEFORE):tails[0].start]
        texts = [self.not_draft.sub("", part) for part in (near, *(t.text for t in tails))]  # 咨询指引 is final
        return any(d in part for part in texts for d in self.draft)


class Depicted:
    """Whether a name is the subject of the accused content before it, no party of the act: images posted
    on Facebook allegedly showing President X, a smear campaign against X, insulting replies about X (a noun of
    content, context.tsv depicted_content, then a marker, depicted_marker, and at most three words: a title);
    散布关于2020年X选举的阴谋论 (a Chinese depicted_marker right before it, a year aside)."""

    def __init__(self, words: dict[str, tuple[str, ...]]) -> None:
        content = alternatives(words["depicted_content"])
        marker = alternatives(w for w in words["depicted_marker"] if w.isascii())
        # lowercase nouns only: a company's name is no content (filed by Getty Images against X)
        self.latin = re.compile(rf"\b(?:{content})\b[^.;:!?\n]*?\b(?:{marker})\s+(?:[\w.'’-]+\s+){{0,3}}$")
        self.chinese = re.compile(rf"(?:{alternatives(w for w in words['depicted_marker'] if not w.isascii())})"
                                  rf"(?:\d{{2,4}}年)?$")

    def __call__(self, text: str, start: int, name: Mention) -> bool:
        before = text[max(start, name.start - DEPICTED_REACH):name.start]
        return bool(self.chinese.search(before) or self.latin.search(before))
