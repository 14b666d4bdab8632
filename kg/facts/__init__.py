"""Relation extraction as named rule families, one module each: every fact a family
reads carries the module's name as its ``Fact.rule`` (``kg evaluate --by-rule`` scores
each family and what leaving it out costs).

An item is read sentence by sentence: the REFERENCE resolvers add the names that
references stand for (该公司: the company named before), then the SENTENCE families read
the sentence, in order; the ITEM refiners then revise the item's facts; the DOCUMENT families read what needs more than
one sentence, each seeing the facts read before it.  To add a family: a module here
with a class of kg.facts.base (SentenceFamily, ItemRefiner or DocumentFamily), its
words in data/lexicon/, and its place in one of the lists below.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from copy import copy

from ..kb import KnowledgeBase
from ..model import Fact, Item, Mention
from . import agencysettled, allegation, backer, card, case, casecard, context, coref, cue, cutoff, deal, enactment, english, founders, frame, funding, imprint, inherit, inquiry, inquiry_parse, issuer, kb, lineup, listing, litigation, objectless, office, ownership, pair, parsed, place, purchase, review, roster, ruledsides, sanction_parse, sanctions, seat, settlement, signatories, sources, stake, statehouse, story, supply, title
from . import learned  # the relation classifier (kg.learn), last of the document families
from .base import SIGNATURES, Document, DocumentFamily, FactsByItem, ItemRefiner, Sentence, SentenceFamily, Shared, paired
from .base import distinct, evidence, left_out, ruled, stating, within

REFERENCE = (
    coref.References,               # 该机构, 该公司, 两家公司: the names named before
)
SENTENCE: tuple[type[SentenceFamily], ...] = (
    cue.Cues,                       # 国家网信办联合公安部发布《规范》: issued, partnered
    place.Places,                   # 美国财政部, 欧盟《人工智能法案》, 中国企业百度、腾讯: jurisdiction
    ownership.Ownership,            # OpenAI 的 GPT-4o, 阿里巴巴旗下蚂蚁集团, 阿里巴巴达摩院
    case.CaseParties,               # 纽约时报诉微软和OpenAI案: sued
    funding.Funding,                # A完成融资，投资方包括B、C: investedIn A
    signatories.SignatoryRoles,     # A、B和C均在首批签署方之列, A and B were among the signatories: each issued it
    roster.Rosters,                 # 与A合作的企业还包括B、C: A partnered each
    roster.PairedLists,             # 微软与OpenAI、亚马逊与Anthropic的合作: each pair partnered
    roster.Clients,                 # Scale AI的客户包括A、B / A是Scale AI的客户之一: partnered
    roster.PairGoingOn,             # A与B达成和解，并宣布建立合作关系: partnered
    roster.Licences,                # 迪士尼授权OpenAI在Sora中使用其角色: partnered
    deal.SignedAgreements,          # A与B、C签署《…合作协议》: A partnered B and C (the cue family reads the title as issued)
    issuer.NamedIssuers,            # 《规定》（A、B令第12号）, the Treasury Board's Directive: each issued it
    issuer.TitledIssuers,           # 《国务院关于…的意见》, 全国人大常委会2025年度立法工作计划: the body opening the title issued it
    issuer.Sponsors,                # SB 53的提案人、州参议员X / X是SB 53的提案人: proposed
    issuer.Submissions,             # 国务院提请全国人大常委会审议《X（草案）》: proposed
    founders.Founders,              # A、B和C共同成立X论坛: each pair of founders partnered
    sanctions.SettlementPayments,   # Cleo AI同意支付1700万美元，了结FTC的指控: the FTC fined (and settled with) Cleo AI
    sanctions.JudgeOrders,          # Justice Y ordered A to pay $5,000 (the item's court): the court fined A
    sanctions.ReceivedFines,        # A收到意大利数据保护局开出的罚单: fined
    sanctions.GrantedPenalties,     # 市场监管总局给予A罚款50万元的行政处罚: fined
    listing.Listings,               # 美国商务部将华为列入实体清单, added X to the Entity List: banned
    cutoff.Cutoffs,                 # 台积电停止为华为代工, stopped supplying Huawei: banned
    inquiry.Inquiries,              # FTC向A、B发出指令，要求其说明…: investigated
    inquiry.Findings,               # X调查后认定，A未…: investigated A
    inquiry.UndergoneInquiries,     # A正接受美国证券交易委员会的调查: investigated A
    inquiry.InquiryScopes,          # FTC启动调查。此次调查涉及A、B: investigated A and B
    inquiry.Demands,                # 金管会要求A提出说明: investigated A
    stake.Stakes,                   # 美国政府取得英特尔约10%的股份: investedIn
    stake.Backed,                   # 亚马逊支持的Anthropic, 作为OpenAI的最大投资方，微软…: investedIn
    purchase.FrontedPurchases,      # 英伟达完成对Run:ai的收购; 英特尔将A、B收入囊中: acquired each
    supply.Supplies,                # 该公司使用iCIMS提供的系统: partnered
    lineup.ProductLines,            # 公司主要产品包括X和Y: the company released X and Y
    card.Cards,                     # 规则：《办法》 / 机构：A、B等部门: each issued it, A partnered B
    card.DealCards,                 # 投资方：A（领投）、B / 标的：X: each investedIn X; 买方：A: acquired
    card.ActCards,                  # 【主体】A / 【对象】B / 【措施】禁止使用: A banned B
    english.EnglishSentences,       # a lawsuit filed by X against Y
    enactment.Enactments,           # Sens. A, B and C, all members of …, introduced the Y Act: proposed
    inquiry_parse.ParsedInquiries,  # the FTC issued information requests on Thursday to A, B and C: investigated
    inquiry_parse.ToldInquiries,    # X closed three investigations. The cases involved A, B and C: X investigated each
    sanction_parse.ParsedSanctions, # A was fined 15 million euros ($15.6 million) by B: fined; B announced the blockade of A: banned
    parsed.ParsedSuits,             # X, the label known for …, and Y, which …, filed a suit against Z (the parse)
    deal.NounDeals,                 # Acme's tie-up with Beta, deals with firms like Beta; A与B的联盟: partnered (a settlement with: settled)
    seat.ReferenceSeats,            # …OpenAI… The San Francisco start-up: OpenAI jurisdiction San Francisco
    seat.DescribedSeats,            # 亚马逊…。这家美国线上零售商: 亚马逊 jurisdiction 美国
    litigation.DefendantsNamedAfter,  # X提起诉讼，被告为Y / 要求Y停止…: sued
    litigation.FacedSuits,          # X同时还面临A、B以及C的相关诉讼: each sued X
    objectless.ObjectlessFilings,   # 王某随后起诉，星河公司辩称…: 王某 sued the sentence's one other party
    litigation.SuitsBroughtBy,      # Y在X提起的诉讼中…, 在X提起的诉讼中，Y…: X sued Y
    litigation.TargetedSuits,       # 一场集体诉讼拉开序幕。A将矛头直指B、C: A sued B and C
    litigation.LabelledSides,       # 原告A诉称，被告B…: A sued B; X法院判决被告B赔偿原告A: X adjudicated A and B
    litigation.CountedPlaintiffs,   # A、B和C起诉X。同日，三人又起诉Y: A, B and C sued Y
    litigation.AppealedRulings,     # 上诉人A…不服X法院…判决，提起上诉: X adjudicated A (and 被上诉人 B)
    litigation.CourtOutcomes,       # A在X法院一审胜诉: X adjudicated A
    settlement.Sides,               # A、B与C达成和解: A and B each settled with C
    agencysettled.AgencySettled,    # Acme finalized its settlement with the FTC; the SEC announced settled charges against Acme: settled
    allegation.Claims,              # 美国电影协会声称OpenAI侵犯其会员的版权: accused
    allegation.WarningsReceived,    # 谷歌收到迪士尼的侵权警告: 迪士尼 accused 谷歌
    allegation.Letters,             # 美国电影协会致函OpenAI，要求其防止侵权: accused
)
ITEM: tuple[type[ItemRefiner], ...] = (
    title.PlacesInTitles,           # 香港拟修订《版权条例》 / 商务及经济发展局建议修订《版权条例》: 香港 acts on none
    litigation.DefendantsSueNoOne,  # X起诉Y，另诉Z / X起诉Y，指控其…: Y sues and accuses no one
    litigation.SuitAccusations,     # 提起诉讼，指控其…: the suit, not an accusation
    litigation.SettlementAgreements,  # 与司法部签订暂缓起诉协议: settled, not partnered
    litigation.CoDefendantsSettle,  # A与B已就多起诉讼达成和解: A and B are one side, no settlement between them
    settlement.OneSide,             # A和B同意与X和解: A and B are one side, no settlement between them
    litigation.JudgesAreNoParties,  # Y法官在另一起作家诉Anthropic的案件中…: Y sued no one
    litigation.CourtOfficersAreNoParties,  # X法院副院长Y通报案件审理情况: the court adjudicated no Y
    litigation.QualifyingPlacesAreNoParties,  # sued Acme, the Boston, Massachusetts company: Boston sued by no one
    litigation.MembersAreNoParties,  # YouTube创作者起诉OpenAI: YouTube sues no one
    issuer.ExecutiveBills,          # 欧盟委员会公布的《数字综合法案》: a bill a state body publishes, proposed
    stake.PartialPurchases,         # Meta收购Scale AI 49%的股份: investedIn, no acquisition
    backer.Backers,                 # Microsoft, which invested in OpenAI and supplies its computing power: partnered
    kb.OtherMakers,                 # 微软和OpenAI…训练ChatGPT: ChatGPT is OpenAI's, 微软 released none of it
)
DOCUMENT: tuple[type[DocumentFamily], ...] = (
    kb.KnownFacts,                  # the knowledge base's places, developers and parents
    english.EnglishDocument,        # a court named where a judge rules adjudicates the item's suit
    story.EnglishStory,             # the judge ruled…; the authors, including X; the round was led by Y
    deal.Customers,                 # Among the firms deploying ChatGPT Enterprise are A and B: A, B partnered OpenAI
    ownership.UnitsNamedElsewhere,  # 北京师范大学新闻传播学院 …, 北京师范大学 named alone in another item: partOf
    ownership.LocalDepartments,     # 安徽省人民政府 …, 安徽省科学技术厅 in its document: the department partOf the government
    imprint.Imprints,               # THE X DAILY over the story, © 2025 X Media Group below it: the daily partOf the group
    office.OfficeHolders,           # Illinois Governor JB Pritzker … Pritzker signed X: the governor issued X too
    inherit.Inheritance,            # a law's place from its issuer's; Qwen3 -> Qwen3-235B
    case.CasePartiesNamedElsewhere,  # 甲公司诉乙公司著作权侵权纠纷一案, 甲公司 and 乙公司 named elsewhere: sued
    review.DealReviews,             # 欧盟委员会有条件批准了该交易 (A收购B): investigated A and B
    inquiry.FinesAfterInquiry,      # X对A处以罚款 … 调查发现…, X fined A … its investigation: investigated A
    litigation.DefendantsNamedLater,  # …提起诉讼。被告同样包括Y。: sued Y
    litigation.SuitsBroughtLater,   # A与B已就数起诉讼达成和解。这些诉讼由X提起: X sued (and settled with) A and B
    litigation.ComplaintNamesDefendants,  # A joined a suit against six developers. The complaint names X, Y: sued
    litigation.DefendantsAdded,     # …and added Y as a defendant; 追加Y为被告; 修改后的起诉书点名Y: sued Y
    litigation.Prosecutions,        # X检察官办公室提起公诉 (United States v. Tatum): sued Tatum
    litigation.JudgmentHeadings,    # 上海知识产权法院民事判决书 上诉人A 被上诉人B: adjudicated A and B
    litigation.Hearings,            # 在X法院审理: adjudicated
    litigation.CaseRulings,         # X法院在A诉B一案中认定: adjudicated A and B
    casecard.CardCourts,            # 机关｜X法院 / 当事人｜原告A；被告B / 结论｜…: X adjudicated A and B
    litigation.ReferredLitigation,  # 该法院判决, 法官Y裁定, 移送至X法院
    litigation.CoDefendants,        # 判处被告人刘某…、被告人陈某…: the court (and prosecutor) of one, of each
    context.ItemPlace,              # the one place an item's title names
    statehouse.StateOffices,        # SACRAMENTO, Calif. — … signed by Gov. Roe: the governor's office is California's
    statehouse.StateBodies,         # …report to the attorney general (a Denver story): the attorney general is Colorado's
    statehouse.NationalBodies,      # 新加坡政府在国会提出法案 (a Singapore story): the bare 国会 is Singapore's
    litigation.PlaintiffPartners,   # A, B and C filed the class action… The case, A v. X: B and C sued X
    litigation.CoPlaintiffs,        # Ruiz's co-plaintiffs are the poet A and B; two other plaintiffs, A and B: sued
    litigation.ListedPlaintiffs,    # A起诉X。原告还包括B和C; 原告阵容…：B、C等悉数在列: B and C sued X
    litigation.BroughtBy,           # The case, A v. X, was brought by A and B, and by C: B and C sued X
    litigation.SuitsAccuseNoMore,   # A sued B… B says A copied…, A says B's chief lied: the suit's, no accusation (a screen)
    litigation.VictimsAreNoParties,  # a suit filed by A, who claimed… her 14-year-old son, B, …: B is no party (a screen)
    litigation.CounselAreNoParties,  # the complaint was filed by law firms A and B; the barrister for the claimant, C: no one suing (a screen)
    litigation.NoPartiesAnywhere,   # judges, places describing the ones suing, datelines: no party of any family's suit (a screen)
    sources.SourcesAreNoParties,    # X告诉某日报…; 科技媒体X…报道称: the outlet told is no party of any fact (a screen)
    litigation.Settlements,         # 双方达成和解; A sued X…, and X agreed to pay… to resolve claims
    litigation.AgencyOrders,        # the FTC sued X… under the proposed order, X may not…: settled
    litigation.CourtActs,           # the court granted Avianca's motion: the document's court adjudicated
    litigation.CitedCourts,         # Roe v. Acme, No. 1:24-cv-1 (N.D. Cal.); the High Court case of Roe v Acme: adjudicated both
    frame.SuitFrames,               # A faces a lawsuit. B filed the complaint. / A提起诉讼。被告为B。: A sued B
    litigation.ListedSides,         # A、B和C起诉X, read at A alone: B and C sued X too (the lists of every suit family)
    litigation.OfficersBeside,      # a suit against Acme and CEO Jane Roe; 起诉A公司及其首席执行官某某: the officer sued too
    ruledsides.RuledSides,          # A and B sued X; the court ruled on A: it adjudicated X, and then B, too
    ruledsides.SidesBeside,         # the court ruled on A … The claim, brought by B against A: it adjudicated B too
    title.TitleFacts,               # the title's fact told again in the body: its evidence and date
    learned.LearnedRelations,       # a pair no rule read, where the relation classifier is sure enough
    pair.Pairs,                     # 微软遭意大利数据保护局罚款, Anthropic, the developer of Claude: a pair no rule related
)

__all__ = ["DOCUMENT", "ITEM", "REFERENCE", "SENTENCE", "SIGNATURES", "Extractor", "isolated"]

log = logging.getLogger("kg")


def isolated(said: set, key: object, line: str, *args: object) -> bool:
    """Whether an error a family raised is kept to what that family would have read (the other
    families read on), with one warning line (``line % args``) per ``key``; False under
    KG_STRICT=1 (the tests), where the error is the caller's to raise, so that it fails its test.
    (The fact families: tripped; the name families: kg.pipeline._each.)"""
    if os.environ.get("KG_STRICT"):
        return False
    if key not in said:
        said.add(key)
        log.warning(line, *args)
    return True


def tripped(rule: str, item: Item, error: Exception, said: set[tuple[str, str]]) -> None:
    """A family that raised on an item's text loses the facts it would have read there, and no
    more (one warning line per document and family; KG_STRICT=1 raises: isolated)."""
    if not isolated(said, (item.document, rule), "%s: item %d: rule %s skipped (%s: %s)", item.document,
                    item.index, rule, type(error).__name__, str(error)[:200]):
        raise error


class Extractor:
    """The families assembled: ``facts`` reads one item, ``document_facts`` a document.
    ``trace``: where set (kg.explain.Trace), told what each family read and what each
    refiner and filter changed; None in a build."""

    trace = None

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.shared = Shared(kb)
        self.references = [family(self.shared) for family in REFERENCE]
        self.sentence_families = [family(self.shared) for family in SENTENCE]
        self.item_refiners = [family(self.shared) for family in ITEM]
        # the screen of every family's suit (litigation.NoPartiesAnywhere) applies four of the item refiners again
        self.document_families = [family(self.shared, self.item_refiners) if family is litigation.NoPartiesAnywhere
                                  else family(self.shared) for family in DOCUMENT]
        #: (document, rule) of the families that raised (tripped), said once each
        self.tripped: set[tuple[str, str]] = set()

    def without(self, families: frozenset[str]) -> Extractor:
        """These families but the ones named (``kg evaluate --by-rule`` builds without each)."""
        extractor = copy(self)
        extractor.references = [one for one in self.references if not left_out(one, families)]
        extractor.sentence_families = [one.switched(families) for one in self.sentence_families if not left_out(one, families)]
        extractor.item_refiners = [one for one in self.item_refiners if not left_out(one, families)]
        extractor.document_families = [one for one in self.document_families if not left_out(one, families)]
        return extractor

    @property
    def vetoes(self) -> list:
        """The checks of the families that read some cues themselves (kg.facts.triggers)."""
        return [family.veto for family in self.sentence_families if type(family).veto is not SentenceFamily.veto]

    def facts(self, item: Item, text: str, mentions: list[Mention],
              earlier: tuple[tuple[str, list[Mention]], ...] = ()) -> list[Fact]:
        """The facts of one item; ``earlier``: the text and names of the parts of its story told
        before it (Item.continues), the latest first, which its references may reach back to."""
        facts: list[Fact] = []
        mentions = sorted(stating(mentions), key=lambda m: m.start)
        starts = [m.start for m in mentions]
        laws = [m for m in mentions if m.type == "Law"]  # what a reference to a law (该办法) may stand for
        vetoes = self.vetoes
        traced = self.trace is not None
        # each family with its rule, once an item (Family.rule: a property made at each call)
        named = [(family, family.rule) for family in self.sentence_families]
        if not traced:  # (in a build, once an item: what a family stopped is told to no one)
            for family in self.sentence_families:
                family.suppressed = None
        for start, end, date in self.shared.dated_sentences(item, text):
            inside = within(mentions, starts, start, end)
            sentence = Sentence(item, text, start, end, inside, evidence(item, text, start, end, date), laws, mentions,
                                vetoes, starts, earlier=earlier)
            for resolver in self.references:
                inside += resolver.mentions(sentence)
            inside.sort(key=lambda m: m.start)
            readers = named if inside else [
                (family, rule) for family, rule in named if family.reads_without_names(text, start, end)]
            for family, rule in readers:
                if traced:
                    family.suppressed = []
                try:
                    read = family.facts(sentence)
                except Exception as error:
                    tripped(rule, item, error, self.tripped)
                    continue
                if read:
                    ruled(rule, read)
                if traced:
                    self.trace.read(rule, read)
                    for finer, stopped in family.suppressed:
                        self.trace.refined(finer, ruled(rule, stopped), [])
                facts += read
        for refiner in self.item_refiners:
            try:
                refined = refiner.refine(facts)
            except Exception as error:
                tripped(refiner.rule, item, error, self.tripped)
                continue
            if self.trace is not None:
                self.trace.refined(refiner.rule, facts, refined)
            facts = refined
        kept = [fact for fact in distinct(facts) if paired(fact)]
        if self.trace is not None:
            self.trace.refined("paired", facts, kept)
        return kept

    def screened(self, facts: list[Fact], items: Sequence[Item] = ()) -> list[Fact]:
        """The document's facts as the document families' screens leave them (kg.facts.learned's veto);
        ``items``: the document's items in order (a story's screen reads them: kg.facts.litigation)."""
        for family in self.document_families:
            try:
                kept = family.screen(facts, items)
            except Exception as error:
                if not items:
                    raise
                tripped(family.rule, items[0], error, self.tripped)
                continue
            if self.trace is not None and len(kept) != len(facts):
                self.trace.refined(family.rule, facts, kept)
            facts = kept
        return facts

    def document_facts(self, items: list[tuple[Item, str, list[Mention]]], facts: list[Fact]) -> list[Fact]:
        """Facts that need the whole document, given the facts of its items."""
        credited = [mentions for _, _, mentions in items]
        items = [(item, text, stating(mentions)) for item, text, mentions in items]
        out: list[Fact] = []
        indexed = FactsByItem()  # (each family reads facts + out: the same list, grown)
        for family in self.document_families:
            try:
                read = family.facts(Document(items, facts + out, credited, indexed))
            except Exception as error:
                tripped(family.rule, items[0][0], error, self.tripped)
                continue
            kept = ruled(family.rule, [fact for fact in read if paired(fact)])
            if self.trace is not None:
                self.trace.read(family.rule, ruled(family.rule, read))
                self.trace.refined("paired", read, kept)
            out += kept
        return out
