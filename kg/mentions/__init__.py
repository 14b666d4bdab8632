"""Name finding as named rule families, one module each, each a spaCy pipeline component
(``names_<family>``) that adds the names it finds to ``doc.user_data["candidates"]``
and tags each with its family (``Mention.mechanism``).  Then ``choose_names`` keeps the
longest of overlapping candidates as ``doc.user_data["mentions"]`` (and ``doc.ents``),
and the refiners work on the chosen names.

To add a family: a module here with a ``Family`` subclass decorated with ``@register``,
its lexicon in ``data/lexicon/``, and its place in FINDERS (the order is the order in
which they run; a later family sees the candidates of the earlier ones).
"""
from __future__ import annotations

from spacy.language import Language

from . import about, alias, anonymised, bare, carrier, case, choose, coded, copyright, credit, english, footer, glossed, heads, initials, instrument, kb, latin, listed, ministers, named, nested, office, official, own, parties, people, person, programme, pseudonym, publisher, quoted, recognised, repeated, short, source, statute, subunit, suffix, title, unit, urban
from .base import Family, component_name
from .words import DATA_DIR, load_kb, vocabulary

FINDERS: tuple[type[Family], ...] = (
    kb.KnowledgeBaseNames,  # 微软, Microsoft: the knowledge base's names
    title.Titles,           # 《…》
    suffix.SuffixNames,     # …法院 Court, …厅 Regulator, …公司 Company
    carrier.Carriers,       # 埃及航空, 中国南方航空: an airline named by its country or city
    urban.CityDistricts,  # 青岛市黄岛区、西安市雁塔区: a city's district written after its city
    own.OwnCountry,         # 我国民法典, 我國經濟部: the writer's own country in the first person, 本港/本澳 its own region
    official.Officials,     # 美国总统人工智能与加密货币事务特别顾问, 美国气候问题特使
    person.Persons,         # 玛丽亚·萨拉查, 首席执行官梁振华
    case.Cases,             # （2024）京 73 行初 6353 号, A 诉 B 案
    instrument.NumberedInstruments,  # SB 1047, H.R. 5586, 第 21 号法令
    programme.Programmes,   # 启动“数字丝路”计划, AI Verify 框架, 发布人工智能大陆行动计划
    statute.BareStatutes,   # 三读通过诈欺犯罪危害防制条例, 违反个人资料（私隐）条例: laws without 《》
    about.AboutInstruments,  # 发布关于人工智能伦理的第9号通函: instruments named by their subject
    latin.LatinNames,       # Latin-script names typed by their context
    quoted.QuotedModels,    # 大模型“星河”
    coded.CodedModels,      # 推出远征A2、灵犀X2等人形机器人产品
    listed.ListedNames,     # 优衣库、资生堂和博世等公司
    named.NamedByDescription,  # 一家名为星瀚智能的初创公司
    unit.UnitNames,         # 大众汽车集团旗下软件公司CARIAD: a unit's name after its parent and 旗下
    subunit.SubUnits,       # 上交所上市审核委员会: a unit's name glued to its known body's
    glossed.GlossedCompanies,  # 以色列芯片企业迈络思（Mellanox）: a company its kind and a Latin gloss bound
    credit.CreditedNames,   # 新华社记者：王晓明、刘静
    source.SourceNames,     # 来源：Reuters 官网
    publisher.Publishers,   # 临渊律师事务所: a newsletter's publisher on its cover (kg.segment)
    copyright.CopyrightHolders,  # © 2025 Diablo Valley News Group: a notice's holder
    footer.FooterOutlets,   # X News, a Y Broadcasting station; Produced by Z Audio: footer outlets
    english.EnglishNames,   # the Northern District of California, A v. B, Dutch chipmaker ASML
    people.EnglishPersons,  # Abdi Nazemian, Brian Keene and Stewart O'Nan sued…: persons with no role word
    pseudonym.Pseudonyms,   # K.R. v. Anthropic PBC, T.W. 诉 Anthropic: a side known by initials
    short.ShortCompanies,   # 魔珐公司诉称: a company's short form, a brand no dictionary holds and 公司
    recognised.RecognisedNames,  # Strike 3 Holdings, LLC: the English parsing model's names no family found
)
REFINERS: tuple[type[Family], ...] = (
    anonymised.AnonymisedParties,  # 被告一北京某智能科技公司: no place of its own in an anonymised party's name
    nested.NestedBodies,    # 美国卫生与公众服务部民权办公室: the parent named inside a unit's name
    heads.BodyHeads,        # 国家数据局局长, 行政院长, 国科会主委: a body's head's office, the body its parent
    parties.CaptionParties,  # Gauthier v. Goodyear Tire & Rubber Co.: a side with a legal form is a company
    repeated.RepeatedNames,  # 芯片企业迈络思（Mellanox）… 迈络思: a name found by its context, wherever the item writes it again
    office.OfficeHolders,   # 总统赖清德, 由总检察长马克·德赖弗斯提出: a bare office before its holder
    ministers.Ministers,    # the Minister of Rural Affairs and Fisheries, Secretary for Housing and Transport: an office
    alias.Aliases,          # 国家信息与自由委员会（CNIL）, 以下简称, 财政部 after 美国财政部
    bare.BareBodies,        # The Commission has issued…, the DPA said: a body named by its kind word alone
    initials.Initials,      # the California State University… the CSU: initials never declared
)

__all__ = ["FINDERS", "REFINERS", "add_name_families", "load_kb", "vocabulary"]


def add_name_families(nlp: Language, data_dir: str = str(DATA_DIR)) -> None:
    """Add the finders, the choice among their candidates and the refiners to ``nlp``."""
    for family in FINDERS:
        nlp.add_pipe(component_name(family), config={"data_dir": data_dir})
    nlp.add_pipe("choose_names", config={"data_dir": data_dir})
    for family in REFINERS:
        nlp.add_pipe(component_name(family), config={"data_dir": data_dir})
